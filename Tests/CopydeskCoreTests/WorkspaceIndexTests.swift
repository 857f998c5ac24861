import Testing

@testable import CopydeskCore

private func summary(_ path: String, _ text: String) -> FileSummary {
    FileSummary(
        syntax: ArticleParser.parse(SourceText(text), kind: ArticleKind.forPath(path)!), document: DocumentID(path))
}

@Test func indexUpdatesAreSnapshots() {
    let a = summary("a.news.md", "[@ma]: Jack Ma\n  aliases: Ma, Mr Ma\n")
    let b = summary("b.news.md", "[Ma][@ma] said [@ma] and [@trump].\n")
    let v1 = WorkspaceIndex(summaries: [a, b])
    #expect(v1.isEntityDefined("MA"))
    #expect(v1.entities(withSurfaceForm: "mr ma") == ["ma"])
    #expect(v1.mentions(ofEntity: "ma").map(\.location.document.rawValue) == ["b.news.md", "b.news.md"])

    let v2 = v1.updating(summary("a.news.md", "[@jack-ma]: Jack Ma\n"))
    #expect(!v2.isEntityDefined("ma") && v2.isEntityDefined("jack-ma"))
    #expect(v2.entities(withSurfaceForm: "mr ma").isEmpty)
    #expect(v1.isEntityDefined("ma"), "the old snapshot is unchanged")

    let v3 = v2.removing(DocumentID("b.news.md"))
    #expect(v3.mentions(ofEntity: "ma").isEmpty && v3.documentCount == 1)
}

@Test func definitionsKeyChangesOnlyWithDefinitions() {
    let base = summary("a.news.md", "Text one.\n\n[@ma]: Jack Ma\n")
    #expect(
        summary("a.news.md", "Text two, longer.\n\n[@ma]: Jack Ma\n").definitionsKey != base.definitionsKey,
        "moving a definition changes its location")
    #expect(summary("a.news.md", "Text 1ne.\n\n[@ma]: Jack Ma\n").definitionsKey == base.definitionsKey)
    #expect(summary("a.news.md", "Text one.\n\n[@ma]: Jack Ma\n  type: person\n").definitionsKey != base.definitionsKey)
}

@Test func duplicateDefinitionsAreKeptInOrder() {
    let idx = WorkspaceIndex(summaries: [summary("b.news.md", "[@x]: X2\n"), summary("a.news.md", "[@x]: X1\n")])
    #expect(idx.definitions(ofEntity: "x").map(\.definition.name) == ["X1", "X2"])
    let after = idx.removing(DocumentID("a.news.md"))
    #expect(after.definitions(ofEntity: "x").map(\.definition.name) == ["X2"])
    #expect(after.entities(withSurfaceForm: "x2") == ["x"] && after.entities(withSurfaceForm: "x1").isEmpty)
}
