import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/NounPhraseCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// NounPhraseCue.swift — "in a statement" / "in an interview with" is a cue only when no verb in the sentence
/// reports: "In a statement, the campaign called the report false" has its verb; "In an interview with CNN, Clinton
/// on the deal: …" does not, and its subject after the phrase (past the interviewer: "in an interview with CNN,
/// Clinton …") is the source ("In a statement, the campaign …").
@Test func nounPhraseCueStatementOnlyWithoutAVerb() {
    exampleSpeakers("In a statement, 1️⃣the campaign1️⃣ called the report false.")
    checkRelation("In a statement, 2️⃣the campaign2️⃣ 1️⃣called1️⃣ 3️⃣the report false3️⃣.", .other)
    checkRelation("1️⃣In an interview with1️⃣ CNN, 2️⃣Clinton2️⃣ on the deal: 3️⃣it is dead3️⃣.", .other)
    checkRelation("1️⃣In an interview with1️⃣ CNN, 2️⃣Clinton2️⃣ 3️⃣was blunt3️⃣.", .other)
    checkRelation("1️⃣In a statement1️⃣, 2️⃣the campaign2️⃣ 3️⃣was blunt3️⃣.", .other)
}

/// NounPhraseCue.swift — a credit in brackets ("(source: X)") names its sentence's source as "according to" does:
/// "Sales rose 4% (source: British Retail Consortium)".
@Test func nounPhraseCueACreditInBrackets() {
    checkRelation("3️⃣Sales rose 4% in March3️⃣ (1️⃣source:1️⃣ 2️⃣British Retail Consortium2️⃣).", .indirect)
    checkRelation("3️⃣Sales rose 4%3️⃣ (1️⃣Sources:1️⃣ 2️⃣the BRC2️⃣).", .indirect)
    exampleSourced("Sales rose 4% (source: British Retail Consortium).", [true])
    exampleSourced("Prices rose 4% (a source: a leak).", [false])
}
