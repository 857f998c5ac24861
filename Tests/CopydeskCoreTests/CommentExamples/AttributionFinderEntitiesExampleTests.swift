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

/// AttributionFinder.swift — "The club paid £2m for Ade's academy place, he added.": when each person the sentence
/// names before the pronoun is named in what it says, the people before the sentence are read
/// (PronounResolution.swift: "Hallam chairman Andy Bell said the deal was good. The club paid £2m for Ade's academy
/// place, he added.": Bell).
@Test func attributionFinderPronounPastThePeopleItsContentNames() {
    exampleResolves(
        "Wexford signed Tom Ade. Hallam chairman Andy Bell said the deal was good. The club paid £2m for Ade's academy place, he 1️⃣added1️⃣.",
        "Andy Bell")
    // Near misses: the person before is not named in what is said; one who speaks in the sentence keeps it.
    exampleResolves("Tom Ade said he was happy. The fee was £2m, he 1️⃣added1️⃣.", "Tom Ade")
    exampleResolves(
        "Wexford signed Tom Ade. Andy Bell said the deal was good. Ade told the BBC he was happy, and “Ade will score goals,” he 1️⃣said1️⃣.",
        "Tom Ade")
}
