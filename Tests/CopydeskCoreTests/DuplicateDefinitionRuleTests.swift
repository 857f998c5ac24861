import Testing

@testable import CopydeskCore

@Test func duplicateDefinitionPointsAtTheOtherPlace() {
    let files = [
        "a.news.md": "# A\n\n[@1️⃣jack-ma1️⃣]: Jack Ma\n\n[^2️⃣ap2️⃣]: AP\n[^3️⃣ap3️⃣]: AP again\n",
        "b.news.md": "[@4️⃣Jack-Ma4️⃣]: Jack Ma\n  type: person\n",
    ]
    checkRule("duplicate-definition", files)
    let result = lintWorkspace(files)
    let (_, diags) = result["a.news.md"]!
    let entity = diags.first { $0.ruleID == "duplicate-definition" && $0.message.contains("Entity") }!
    #expect(entity.related.map(\.location.document) == [DocumentID("b.news.md")])
    #expect(entity.related[0].location.start == LineColumns(line: 0, utf8: 2, utf16: 2))
}
