import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ColonCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ColonCue.swift — a headline's colon after the name opening it is a cue and the name its speaker ("Lynch: No
/// outside influence on probe"), also a name before "to" or "on" that addresses someone or speaks on something
/// ("Clinton to Planned Parenthood: Trump will…", "Gillibrand on Hillary Releasing Her Speech Transcripts: …"); a
/// kicker is no name ("Breaking: …").
@Test func colonCueMoreHeadlineSpeakers() {
    checkRelation("2️⃣Lynch2️⃣1️⃣:1️⃣ 3️⃣No outside influence on probe3️⃣", .indirect, headline: true)
    checkRelation("2️⃣Clinton2️⃣ to Planned Parenthood1️⃣:1️⃣ 3️⃣Trump will cut your funds3️⃣", .indirect, headline: true)
    checkRelation("2️⃣Gillibrand2️⃣ on Hillary Releasing Her Speech Transcripts1️⃣:1️⃣ 3️⃣Do it3️⃣", .indirect, headline: true)
    checkNoRelation("Breaking: Cole wins in Ohio", learned: false, headline: true)
}
