import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/HeadlineCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// HeadlineCue.swift — after a listener ("Tells Guest"), a title-case headline's content is found only when "That"
/// opens it: "Maher Tells Guest Muslim Violence is Beyond Compare" has its cue and source but no content.
@Test func headlineCueListenerBeforeTheContent() {
    checkRelation("2️⃣Maher2️⃣ 1️⃣Tells1️⃣ Guest Muslim Violence is Beyond Compare", .other, headline: true)
    checkRelation(
        "2️⃣Maher2️⃣ 1️⃣Tells1️⃣ Guest 3️⃣That Muslim Violence is Beyond Compare3️⃣", .indirect, headline: true)
}
