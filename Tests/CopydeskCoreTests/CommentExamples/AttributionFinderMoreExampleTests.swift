import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AttributionFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AttributionFinder.swift — a headline's colon after the name opening it is a cue ("Lynch: No outside influence"),
/// and a title-case headline's capitalised reporting verb is one, the capitalised run before it the source
/// ("Conservative Icon Morton Blackwell Endorses Ted Cruz").
@Test func attributionFinderMoreHeadlineCues() {
    checkRelation("2️⃣Lynch2️⃣1️⃣:1️⃣ 3️⃣No outside influence3️⃣", .indirect, headline: true)
    checkRelation("2️⃣Conservative Icon Morton Blackwell2️⃣ 1️⃣Endorses1️⃣ 3️⃣Ted Cruz3️⃣", .other, headline: true)
}

/// AttributionFinder.swift — the learned tagger accepts cue words the rules miss and grows a verb cue's phrase over
/// the words PolNeAR counts in it ("voiced concern about", "is set to"); a topic preposition opening the content
/// belongs to the cue ("expressing dismay at…").
@Test func attributionFinderMoreLearnedCues() {
    checkRelation("2️⃣Farmers2️⃣ 1️⃣voiced concern about1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
    checkRelation("2️⃣The senator2️⃣ 1️⃣is set to announce1️⃣ 3️⃣that he will run3️⃣.", .other, learned: true)
    checkRelation("2️⃣Fans2️⃣ 1️⃣have been expressing dismay at1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// AttributionFinder.swift — with the learned tagger, the agent after "from" of a noun cue is its source and the
/// "from" is never part of the cue ("drew criticism from the board", "drew criticism from the union").
@Test func attributionFinderMoreLearnedNounCueAgents() {
    checkRelation("The plan drew 1️⃣criticism1️⃣ from 2️⃣the board2️⃣.", .other, learned: true)
    checkRelation("The mayor's plan drew 1️⃣criticism1️⃣ from 2️⃣the union2️⃣.", .other, learned: true)
}
