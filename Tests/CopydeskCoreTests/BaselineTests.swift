import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Parses, analyses and lints one article alone.
private func lint(_ text: String, kind: ArticleKind = .annotated) -> (ArticleAnalysis, [Diagnostic]) {
    let syntax = ArticleParser.parse(SourceText(text), kind: kind)
    let index = WorkspaceIndex(summaries: [FileSummary(syntax: syntax, document: DocumentID("a"))])
    let analysis = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: .default, index: index))
    return (analysis, Linter.lint(analysis, document: DocumentID("a"), index: index))
}

/// A baseline accepting every finding of `text`.
private func accept(_ text: String, article: String = "a.news.md") -> Baseline {
    let (analysis, diagnostics) = lint(text)
    return Baseline(entries: diagnostics.map { Baseline.entry(for: $0, analysis: analysis, article: article) })
}

/// The rule ids of `text`'s findings that `baseline` does not accept.
private func reported(_ text: String, _ baseline: Baseline, article: String = "a.news.md") -> [String] {
    let (analysis, diagnostics) = lint(text)
    return baseline.partition(diagnostics, analysis: analysis, article: article).reported.map {
        "\($0.ruleID) \(analysis.text[$0.range])"
    }
}

private let article = """
    # Trade

    Alibaba made $15 billion in sales last year. The firm met officials in Hangzhou.

    [^unused]: A source nobody cites
    """

@Test func aBaselineAcceptsEveryFindingItRecorded() {
    #expect(lint(article).1.map(\.ruleID) == ["unsourced-claim", "unused-source"])
    let baseline = accept(article)
    #expect(baseline.entries.count == 2)
    #expect(reported(article, baseline).isEmpty)
    // Another article (another path) is not covered by it.
    #expect(reported(article, baseline, article: "b.news.md").count == 2)
}

@Test func editsElsewhereInTheArticleKeepTheFindingBaselined() {
    let baseline = accept(article)
    // New paragraphs before it, another sentence edited, CRLF line ends and the sentence re-wrapped.
    let edited = """
        # Trade, updated 😀\r
        \r
        A new paragraph about “Zoë” comes first.\r
        \r
        Alibaba made $15 billion\r
          in sales last year. The firm met the mayor in Hangzhou on Monday.\r
        \r
        [^unused]: A source nobody cites\r
        """
    #expect(reported(edited, baseline).isEmpty)
}

@Test func editingTheSentenceBringsTheFindingBack() {
    let baseline = accept(article)
    let edited = article.replacingOccurrences(of: "$15 billion", with: "$16 billion")
    #expect(reported(edited, baseline) == ["unsourced-claim Alibaba made $16 billion in sales last year."])
    // The definition line is the context of a finding outside prose.
    let renamed = article.replacingOccurrences(of: "A source nobody cites", with: "Another source")
    #expect(reported(renamed, baseline) == ["unused-source [^unused]: Another source"])
}

@Test func entriesAreAMultisetAndKeyedByRule() {
    let text = "# H\n\n[Ma][@nobody] met [Ma][@nobody] today.\n"
    let twice = accept(text)
    #expect(twice.entries.count == 2)
    #expect(reported(text, twice).isEmpty)
    let once = Baseline(entries: [twice.entries[0]])
    #expect(reported(text, once) == ["undefined-entity nobody"])
    let otherRule = Baseline(
        entries: twice.entries.map {
            BaselineEntry(
                rule: "unsourced-claim", article: $0.article, sentenceHash: $0.sentenceHash, sentence: "", message: "")
        })
    #expect(reported(text, otherRule).count == 2)
}

@Test func anArticleIsNamedByItsFrontMatterIdElseItsPath() {
    let withID = ArticleParser.parse(SourceText("---\nid: trade-2017\n---\n# T\n"), kind: .annotated)
    let withoutID = ArticleParser.parse(SourceText("# T\n"), kind: .annotated)
    #expect(Baseline.articleKey(syntax: withID, relativePath: "x/a.news.md") == "id:trade-2017")
    #expect(Baseline.articleKey(syntax: withoutID, relativePath: "x/a.news.md") == "x/a.news.md")
}

@Test func normalisationAndHashAreStable() {
    #expect(Baseline.normalize("  A\tb\r\n  c  ") == "A b c")
    #expect(Baseline.hash("") == "cbf29ce484222325")  // FNV-1a 64 offset basis: nothing hashed
    #expect(Baseline.hash("a") == "af63dc4c8601ec8c")  // the published FNV-1a test vector
    #expect(Baseline.hash("Zoë 😀").count == 16 && Baseline.hash("Zoë 😀") != Baseline.hash("Zoe 😀"))
}

@Test func updatingReplacesOnlyTheSelectedEntriesAndKeepsTheOrder() {
    let e = { (article: String, rule: String) in
        BaselineEntry(rule: rule, article: article, sentenceHash: "0", sentence: "", message: "")
    }
    let b = Baseline(entries: [e("b", "unsourced-claim"), e("a", "vague-attribution"), e("a", "unsourced-claim")])
    #expect(
        b.entries.map { "\($0.article) \($0.rule)" } == [
            "a unsourced-claim", "a vague-attribution", "b unsourced-claim",
        ])
    let u = b.updated(adding: [e("0", "x")], replacing: { $0.article == "a" && $0.rule == "unsourced-claim" })
    #expect(u.entries.map { "\($0.article) \($0.rule)" } == ["0 x", "a vague-attribution", "b unsourced-claim"])
}
