import CopydeskCore
import CopydeskFiles
import Testing

/// The configuration after applying `edit` to `text`.
private func apply(_ edit: FileEdit?, _ text: String?) throws -> (String, Configuration) {
    let e = try #require(edit)
    #expect(e.current.map(\.string) == text)
    let result = e.result
    let c = try ConfigurationLoader.parse(Array(result.utf8), path: "/w/.copydesk.json").configuration
    return (result, c)
}

@Test func addingAWordCreatesTheConfigurationWhenThereIsNone() throws {
    let edit = try ConfigurationEdits.adding("chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: nil)
        .get()
    #expect(edit?.createsFile == true)
    let (text, c) = try apply(edit, nil)
    #expect(text == "{\n  \"reportingVerbs\": [\"chirped\"]\n}\n")
    #expect(c.reportingVerbs == ["chirped"])
}

@Test func addingAWordKeepsTheFileAsWritten() throws {
    let original = """
        {
            "rules": { "vague-attribution": "off" },
            "reportingVerbs": [
                "quipped"
            ],
            "abbreviations": []
        }

        """
    let verb = try ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array(original.utf8)
    ).get()
    let (afterVerb, c1) = try apply(verb, original)
    #expect(afterVerb.contains("\"quipped\", \"chirped\"\n    ],"))
    #expect(c1.reportingVerbs == ["quipped", "chirped"])
    #expect(c1.rules["vague-attribution"] == .off)
    // Only the changed line is replaced.
    #expect(verb?.newText == "        \"quipped\", \"chirped\"\n")

    let abbreviation = try ConfigurationEdits.adding(
        "Cllr.", as: .abbreviation, path: "/w/.copydesk.json", current: Array(afterVerb.utf8)
    ).get()
    let (_, c2) = try apply(abbreviation, afterVerb)
    #expect(c2.abbreviations == ["Cllr"])
}

@Test func aMissingKeyIsAddedWithTheFilesIndentationAndAStringBecomesAList() throws {
    let original = "{\n\t\"exclude\": [\"drafts/**\"],\n\t\"reporting-verbs\": \"quipped\"\n}\n"
    let abbreviation = try ConfigurationEdits.adding(
        "Cllr", as: .abbreviation, path: "/w/.copydesk.json", current: Array(original.utf8)
    ).get()
    let (text, c) = try apply(abbreviation, original)
    #expect(text.contains("\"quipped\",\n\t\"abbreviations\": [\"Cllr\"]\n}"))
    #expect(c.abbreviations == ["Cllr"])
    let verb = try ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array(text.utf8)
    ).get()
    let (_, c2) = try apply(verb, text)
    #expect(c2.reportingVerbs == ["quipped", "chirped"])
    let empty = ConfigurationEdits.adding("x\"y", as: .reportingVerb, path: "/w/.copydesk.json", current: [])
    #expect(throws: ConfigurationError.self) { try empty.get() }
    let emptyObject = try ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array("{}".utf8)
    ).get()
    #expect(try apply(emptyObject, "{}").1.reportingVerbs == ["chirped"])
}

@Test func aWordAlreadyListedOrAnInvalidFileGivesNoEdit() throws {
    let listed = "{ \"reportingVerbs\": [\"Chirped\"] }"
    let none = try ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array(listed.utf8)
    ).get()
    #expect(none == nil)
    let invalid = ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array("{ \"reportingVerbs\": [1] }".utf8))
    #expect(throws: ConfigurationError.self) { try invalid.get() }
}

@Test func acceptingAFindingEditsTheBaselineSoItIsNoLongerReported() throws {
    let text = SourceText("# Trade\n\nAlibaba made $15 billion in sales last year. The firm grew.\n")
    let syntax = ArticleParser.parse(text, kind: .annotated)
    let index = WorkspaceIndex(summaries: [FileSummary(syntax: syntax, document: DocumentID("a"))])
    let analysis = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: .default, index: index))
    let diagnostics = Linter.lint(analysis, document: DocumentID("a"), index: index)
    let finding = try #require(diagnostics.first { $0.ruleID == "unsourced-claim" })
    let article = BaselineFile.articleKey(syntax: syntax, path: "/w/news/a.news.md", root: "/w")
    #expect(article == "news/a.news.md")
    let entry = Baseline.entry(for: finding, analysis: analysis, article: article)

    let created = try #require(try BaselineFile.acceptEdit(entry, root: "/w", current: nil).get())
    #expect(created.createsFile)
    #expect(created.path == "/w/.copydesk-baseline.json")
    let baseline = try BaselineFile.parse(Array(created.result.utf8), path: created.path).get()
    let split = baseline.partition(diagnostics, analysis: analysis, article: article)
    #expect(split.baselined == [finding])

    // A second finding is added to the existing file with a line-sized edit.
    let other = BaselineEntry(
        rule: "unused-source", article: "b.news.md", sentenceHash: "0", sentence: "s", message: "m")
    let edit = try #require(
        try BaselineFile.acceptEdit(other, root: "/w", current: Array(created.result.utf8)).get())
    #expect(!edit.createsFile)
    #expect(edit.newText.split(separator: "\n").count <= 3)
    #expect(try BaselineFile.parse(Array(edit.result.utf8), path: edit.path).get().entries.count == 2)
    #expect(throws: ConfigurationError.self) {
        try BaselineFile.acceptEdit(other, root: "/w", current: Array("[]".utf8)).get()
    }
}

@Test func aNewKeyInACRLFFileKeepsCRLF() throws {
    let original = "{\r\n  \"exclude\": []\r\n}\r\n"
    let edit = try ConfigurationEdits.adding(
        "chirped", as: .reportingVerb, path: "/w/.copydesk.json", current: Array(original.utf8)
    ).get()
    let (text, c) = try apply(edit, original)
    #expect(text == "{\r\n  \"exclude\": [],\r\n  \"reportingVerbs\": [\"chirped\"]\r\n}\r\n")
    #expect(c.reportingVerbs == ["chirped"])
}
