import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/CueTagger.swift` (the checks:
// `CommentExampleSupport.swift`; the examples still without one: `uncovered-comment-examples.txt`).

/// CueTagger.swift — the rules' firm no: "spoke to the crowd" is a clause-only cue word without its clause and
/// reports nothing.
@Test func cueTaggerRulesFirmNo() {
    checkNoRelation("Reed spoke to the crowd on Monday.", learned: false)
}

/// CueTagger.swift — a state of mind is no bare passive: "voters are worried about" reports its subject's concern.
@Test func cueTaggerStateOfMindIsNoPassive() {
    checkRelation("2️⃣Voters2️⃣ 1️⃣are worried about1️⃣ 3️⃣the plan3️⃣.", .other)
}

/// CueTagger.swift — a document's cue holds its own relation inside another's content, as a speech verb does:
/// "cited a paper that found…".
@Test func cueTaggerDocumentCueInsideContent() {
    checkRelation("2️⃣Reed2️⃣ 1️⃣cited1️⃣ 3️⃣a paper that found prices rose3️⃣.", .other)
    exampleSpeakers("2️⃣Reed2️⃣ cited 1️⃣a paper1️⃣ that found prices rose.")
}
