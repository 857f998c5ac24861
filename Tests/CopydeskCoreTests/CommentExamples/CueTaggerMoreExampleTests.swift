import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/CueTagger.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// CueTagger.swift — the features pair a stem with its neighbours ("knows he will", "offered support for"), so that
/// one form's evidence serves the others: with the tagger on, both are cues whose subject is the source.
@Test func cueTaggerMoreStemWithNeighbours() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣knows1️⃣ 3️⃣he will lose3️⃣.", .other, learned: true)
    checkRelation("2️⃣The mayor2️⃣ 1️⃣offered support for1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// CueTagger.swift — PolNeAR gives a token one relation: "…, said Bolton" after a quoted "I've always said" is one
/// relation, Bolton's, with the quote its content.
@Test func cueTaggerMoreOneRelationPerToken() {
    checkRelation("3️⃣“I've always said the plan was dead,”3️⃣ 1️⃣said1️⃣ 2️⃣Bolton2️⃣.", .direct, learned: true)
}

/// CueTagger.swift — a learned cue with no source beside it takes the subject with its clitic that opens its verb
/// group, the cue's own first token when it is a contracted subject ("She’ll be eager to prove").
@Test func cueTaggerMoreLearnedSubjects() {
    checkRelation("1️⃣2️⃣She’ll2️⃣ be eager to prove1️⃣ 3️⃣that the plan works3️⃣.", .other, learned: true)
}
