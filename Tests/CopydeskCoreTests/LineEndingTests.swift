import Foundation
import Testing

@testable import CopydeskCore

/// The same article saved with LF, CRLF or lone-CR line ends (old Mac, some pasted text) gets the same
/// findings at the same lines and columns: every line end the LSP knows is a line end to the parser too.
/// Run on both seeds: the plain-text original and the annotated twin (front matter, definitions with
/// indented fields, citations, headings).
@Test(arguments: [("000_c135a5b18fca3822.txt", ArticleKind.plainText), ("c135a5b18fca3822.news.md", .annotated)])
func findingsDoNotDependOnTheLineEndingStyle(seed: String, kind: ArticleKind) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/\(seed)")
    let lf = try #require(FileManager.default.contents(atPath: url.path)).filter { $0 != 0x0D }
    func findings(_ bytes: [UInt8]) -> [String] {
        let text = SourceText(decoding: bytes)
        let syntax = ArticleParser.parse(text, kind: kind)
        let index = WorkspaceIndex(summaries: [FileSummary(syntax: syntax, document: DocumentID(seed))])
        let diags = Linter.lint(
            ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(index: index)),
            document: DocumentID(seed), index: index)
        func at(_ r: TextRange) -> String {
            let s = text.lineColumns(of: r.start)
            let e = text.lineColumns(of: r.end)
            return "\(s.line):\(s.utf16)-\(e.line):\(e.utf16)"
        }
        // The structure too: the twin lints clean, so its diagnostics alone would prove little.
        let structure =
            ["title \(syntax.title ?? "-")", "front matter \(syntax.frontMatter?.entries.map(\.key) ?? [])"]
            + syntax.headings.map { "heading \(at($0.range)) \($0.title)" }
            + syntax.paragraphs.map { "paragraph \(at($0.range))" }
            + syntax.entityDefinitions.map { "definition \(at($0.range))" }
            + syntax.sourceDefinitions.map { "source \(at($0.range))" }
            + syntax.entityMentions.map { "mention \(at($0.range))" }
            + syntax.citations.map { "citation \(at($0.range))" }
            + syntax.suppressions.map { "suppression \(at($0.range))" }
            + syntax.problems.map { "problem \(at($0.range)) \($0.message)" }
        return structure + diags.map { "\(at($0.range)) \($0.ruleID) \($0.message)" }
    }
    let expected = findings(Array(lf))
    #expect(expected.count > 10, "\(expected)")
    var crlf: [UInt8] = []
    var cr: [UInt8] = []
    for b in lf {
        if b == 0x0A {
            crlf += [0x0D, 0x0A]
            cr.append(0x0D)
        } else {
            crlf.append(b)
            cr.append(b)
        }
    }
    #expect(findings(crlf) == expected, "CRLF")
    #expect(findings(cr) == expected, "lone CR")
}
