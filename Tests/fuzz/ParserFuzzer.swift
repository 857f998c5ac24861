// libFuzzer entry for the article parser + analysis + every rule. Linked against CopydeskCore (built as
// its own module with coverage + ASan by Tests/fuzz/run.sh; never part of `swift build`).
// Invariants checked on every input: no crash, prose has the text's length, every range is in bounds;
// and, for inputs without a `\r`, the same text with CRLF or lone-CR line ends gets the same findings at
// the same (line, column) positions.
import CopydeskCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let kind: ArticleKind = size > 0 ? [.annotated, .markdown, .plainText][Int(bytes[0]) % 3] : .annotated
    let findings = lintChecked(bytes, kind: kind)
    if !bytes.contains(0x0D) && bytes.contains(0x0A) {
        var crlf: [UInt8] = []
        var cr: [UInt8] = []
        for b in bytes {
            if b == 0x0A {
                crlf += [0x0D, 0x0A]
                cr.append(0x0D)
            } else {
                crlf.append(b)
                cr.append(b)
            }
        }
        for (name, variant) in [("CRLF", crlf), ("lone-CR", cr)] {
            let other = lintChecked(variant, kind: kind)
            check(
                other == findings,
                "\(name) line ends change the \(kind) findings: LF \(findings.prefix(12)) vs \(other.prefix(12))")
        }
    }
    return 0
}

/// Parses, analyses and lints `bytes`, checks the range invariants, returns each finding as
/// "rule start-line:col-end-line:col" (UTF-16 columns).
func lintChecked(_ bytes: [UInt8], kind: ArticleKind) -> [String] {
    let text = SourceText(decoding: bytes)
    let syntax = ArticleParser.parse(text, kind: kind)
    check(syntax.prose.count == text.count, "prose length \(syntax.prose.count) differs from the text's \(text.count)")
    let summary = FileSummary(syntax: syntax, document: DocumentID("fuzz.news.md"))
    let index = WorkspaceIndex(summaries: [summary])
    let analysis = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(index: index))
    for s in analysis.sentences { check(s.range.end <= text.count, "sentence \(s.range) outside \(text.count) bytes") }
    return Linter.lint(analysis, document: DocumentID("fuzz.news.md"), index: index).map { d in
        check(
            d.range.start >= 0 && d.range.end <= text.count && d.range.start <= d.range.end,
            "\(d.ruleID) range \(d.range) outside \(text.count) bytes")
        let s = text.lineColumns(of: d.range.start)
        let e = text.lineColumns(of: d.range.end)
        return "\(d.ruleID) \(s.line):\(s.utf16)-\(e.line):\(e.utf16)"
    }
}
