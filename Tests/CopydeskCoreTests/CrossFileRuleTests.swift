import Testing
@testable import CopydeskCore

@Test func undefinedEntityLooksAcrossArticles() {
    checkRule("undefined-entity", [
        "a.news.md": "[Jack Ma][@jack-ma] met [Trump][@1️⃣trmp1️⃣] in “New York” 🗽.\r\n",
        "b.news.md": "[@jack-ma]: Jack Ma\n  type: person\n\n[@trump]: Donald Trump\n",
    ], messageContains: "Did you mean 'trump'?")
    checkRule("undefined-entity", ["a.news.md": "[@José]: José Núñez\n\n[@josé] and [@2️⃣josé-n2️⃣] spoke.\n"])
}

@Test func undefinedSourceIsPerArticle() {
    checkRule("undefined-source", [
        "a.news.md": "Sales hit $15 billion[^1️⃣reuters1️⃣].\n",
        "b.news.md": "Sales hit $15 billion[^reuters].\n\n[^reuters]: Reuters, 29 Nov 2016\n",
    ])
}

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

@Test func unusedSourceIsTaggedUnnecessary() {
    checkRule("unused-source", [
        "a.news.md": "Sales hit $15 billion[^ap].\n\n[^ap]: AP\n1️⃣[^afp]: AFP, “Paris” 🇫🇷\n  continued1️⃣\n",
    ])
    let (_, diags) = lintWorkspace(["a.news.md": "x\n\n[^afp]: AFP\n"])["a.news.md"]!
    #expect(diags.first { $0.ruleID == "unused-source" }?.tags == [.unnecessary])
}

@Test func invalidSyntaxReportsProblemsAndUnknownSuppressedRules() {
    checkRule("invalid-syntax", [
        "a.news.md": "---\npublished: 1️⃣29/11/20161️⃣\n---\n2️⃣<!-- copydesk-disable-next-line no-such-rule -->2️⃣\nText.\n",
    ])
}

@Test func suppressionsSilenceTheNamedRuleOnly() {
    checkRule("undefined-source", [
        "a.news.md": "<!-- copydesk-disable-next-line undefined-source -- checking -->\nA[^x].\n\nB[^1️⃣y1️⃣].\n",
    ])
    checkRule("undefined-source", [
        "a.news.md": "<!-- copydesk-disable undefined-entity -->\nA[^1️⃣x1️⃣] [@nobody].\n<!-- copydesk-enable -->\n",
    ])
}

@Test func configurationTurnsRulesOffAndChangesSeverity() {
    var config = Configuration()
    config.rules["undefined-source"] = .off
    config.rules["unused-source"] = .severity(.warning)
    let (_, diags) = lintWorkspace(["a.news.md": "A[^x].\n\n[^y]: Y\n"], configuration: config)["a.news.md"]!
    #expect(diags.map(\.ruleID) == ["unused-source"])
    #expect(diags.map(\.severity) == [.warning])
}
