// libFuzzer entry for the article parser + analysis + every rule. Linked against CopydeskCore (built as
// its own module with coverage + ASan by Tests/fuzz/run.sh; never part of `swift build`).
// Invariants checked on every input: no crash, prose has the text's length, every range is in bounds.
import CopydeskCore


@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = SourceText(decoding: bytes)
    let kind: ArticleKind = size > 0 ? [.annotated, .markdown, .plainText][Int(bytes[0]) % 3] : .annotated
    let syntax = ArticleParser.parse(text, kind: kind)
    check(syntax.prose.count == text.count, "prose length \(syntax.prose.count) differs from the text's \(text.count)")
    let summary = FileSummary(syntax: syntax, document: DocumentID("fuzz.news.md"))
    let index = WorkspaceIndex(summaries: [summary])
    let analysis = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(index: index))
    for d in Linter.lint(analysis, document: DocumentID("fuzz.news.md"), index: index) {
        check(d.range.start >= 0 && d.range.end <= text.count && d.range.start <= d.range.end, "\(d.ruleID) range \(d.range) outside \(text.count) bytes")
        _ = text.lineColumns(of: d.range.start)
    }
    for s in analysis.sentences { check(s.range.end <= text.count, "sentence \(s.range) outside \(text.count) bytes") }
    return 0
}
