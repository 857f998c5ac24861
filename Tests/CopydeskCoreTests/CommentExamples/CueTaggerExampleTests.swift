import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/CueTagger.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

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

/// CueTagger.swift — the rules may find two cues where PolNeAR marks one ("X said …, according to the Times"): both
/// the speech verb and "according to" are rule cues, each with its speaker.
@Test func cueTaggerTwoRuleCuesInOneSentence() {
    exampleSpeakers("1️⃣Cole1️⃣ said the plan failed, according to the 2️⃣Times2️⃣.")
}

/// CueTagger.swift — a learned cue's clause subject, past one parenthesis set off by commas right after it ("Martin,
/// away from his job, has been impressed").
@Test func cueTaggerClauseSubjectPastAParenthesis() {
    checkRelation(
        "2️⃣Martin, away from his job2️⃣, 1️⃣has been impressed with1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// CueTagger.swift — a relative pronoun opening the verb group of a cue is its source ("voters who are inclined to
/// believe", "People in the audience who are inclined to believe").
@Test func cueTaggerRelativePronounOpeningTheVerbGroup() {
    checkRelation("Cole courted voters 2️⃣who2️⃣ 1️⃣are inclined to believe1️⃣ 3️⃣the rumors3️⃣.", .other, learned: true)
    checkRelation(
        "Cole spoke to people in the audience 2️⃣who2️⃣ 1️⃣are inclined to believe1️⃣ 3️⃣the rumors3️⃣.", .other,
        learned: true)
}
