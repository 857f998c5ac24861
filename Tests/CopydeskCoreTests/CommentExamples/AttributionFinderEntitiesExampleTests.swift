import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AttributionFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AttributionFinder.swift — "“…pretending like Donald Trump isn't happening,” he said": a speaker does not name
/// himself; a person named in what the pronoun says is not its referent while another candidate remains.
@Test func attributionFinderMoreSpeakerDoesNotNameHimself() {
    exampleResolves(
        "The rally drew Tom Reed and Donald Trump. “We can't go on pretending like Donald Trump isn't happening,” he 1️⃣said1️⃣.",
        "Tom Reed")
}
