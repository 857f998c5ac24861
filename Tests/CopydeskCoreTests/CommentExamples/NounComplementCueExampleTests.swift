import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/NounComplementCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// NounComplementCue.swift — the owner is a possessive pronoun or possessive noun phrase, up to two modifiers
/// before the noun: "his recent claim", "the campaign's earlier claim", "his earlier claim", "her own view", "the
/// Clinton campaign's"; the owner is the source, the clause after "that" the content.
@Test func nounComplementCueOwnerWithModifiers() {
    checkRelation("Reed repeated 2️⃣his2️⃣ recent 1️⃣claim1️⃣ 3️⃣that taxes would rise3️⃣.", .other)
    checkRelation("Reed mocked 2️⃣the campaign's2️⃣ earlier 1️⃣claim1️⃣ 3️⃣that taxes would rise3️⃣.", .other)
    checkRelation("Reed repeated 2️⃣his2️⃣ earlier 1️⃣claim1️⃣ 3️⃣that taxes would rise3️⃣.", .other)
    checkRelation("Reed gave 2️⃣her2️⃣ own 1️⃣view1️⃣ 3️⃣that taxes would rise3️⃣.", .other)
    checkRelation("Reed mocked 2️⃣the Clinton campaign's2️⃣ 1️⃣claim1️⃣ 3️⃣that taxes would rise3️⃣.", .other)
}

/// NounComplementCue.swift — "that" must open a clause with a subject, not a relative clause whose verb follows
/// "that" ("the claim that was   dismissed", "that has long…") or whose verb lacks its object ("his claim that he
/// made on Monday", "the claim that he made", "that she made on Monday"); "to" may open the object ("that Sanders
/// wanted to…").
@Test func nounComplementCueRelativeClausesAreNoContent() {
    exampleSpeakers("1️⃣Reed1️⃣ repeated the claim that was   dismissed in May.")
    exampleSpeakers("1️⃣Reed1️⃣ rejected his claim that has long divided voters.")
    checkNoRelation("Reed withdrew his claim that he made on Monday.", learned: false)
    checkNoRelation("Reed withdrew the claim that he made.", learned: false)
    checkNoRelation("Reed withdrew the claim that she made on Monday.", learned: false)
    checkRelation("Reed mocked 2️⃣her2️⃣ 1️⃣claim1️⃣ 3️⃣that Sanders wanted to raise taxes3️⃣.", .other)
}

/// NounComplementCue.swift — a noun with no owner names no source: "amid allegations that…" is vague.
@Test func nounComplementCueNoOwnerIsVague() {
    exampleVague("Reed resigned 1️⃣amid allegations1️⃣ that he lied.")
    checkNoRelation("Reed resigned amid allegations that he lied.", learned: false)
}

/// NounComplementCue.swift — after a noun, a bare form after a plural reports as a verb, its subject the noun
/// phrase ("His allies fear that…"); "his recent claims that…" stays a noun.
@Test func nounComplementCueVerbAfterNoun() {
    checkRelation("2️⃣His allies2️⃣ 1️⃣fear1️⃣ 3️⃣that taxes will rise3️⃣.", .other)
    checkRelation("Reed repeated 2️⃣his2️⃣ recent 1️⃣claims1️⃣ 3️⃣that taxes would rise3️⃣.", .indirect)
}
