import Foundation
import Testing

@testable import CopydeskCore

/// The seed article, linted as a plain article, through the real file.
private func lintSeed() -> (SourceText, [Diagnostic]) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_c135a5b18fca3822.txt")
    let data = FileManager.default.contents(atPath: url.path) ?? Data()
    let text = SourceText(decoding: [UInt8](data))
    let analysis = ArticleAnalyzer.analyze(ArticleParser.parse(text, kind: .plainText))
    return (text, Linter.lint(analysis, document: DocumentID("seed.txt"), index: WorkspaceIndex()))
}

/// Rules reported on the text starting with `prefix` (a diagnostic touching any byte of the passage).
private func rules(on prefix: String, length: Int = 30, in text: SourceText, _ diags: [Diagnostic]) -> Set<String> {
    let hay = text.string
    guard let r = hay.range(of: prefix) else {
        Issue.record("not in seed: \(prefix)")
        return []
    }
    let start = hay.utf8.distance(from: hay.startIndex, to: r.lowerBound)
    let passage = TextRange(start, start + max(length, prefix.utf8.count))
    return Set(diags.filter { $0.range.overlaps(passage) }.map(\.ruleID))
}

@Test func seedReportsTheRequiredFindings() {
    let (text, diags) = lintSeed()
    #expect(text.count > 0)
    #expect(rules(on: "They made $15 billion in sales", in: text, diags).contains("unsourced-claim"))
    #expect(rules(on: "Alibaba Group Holding is leading a bid", in: text, diags).contains("unsourced-claim"))
    #expect(rules(on: "Clark said", length: 5, in: text, diags).contains("unidentified-speaker"))
}

@Test func seedStaysQuietWhereItShould() {
    let (text, diags) = lintSeed()
    let quiet: [(String, Int)] = [
        ("Trumponomics: Trump Meets With Chinese Billionaire", 70),
        ("Ma and Trump met at Trump Tower", 130),
        ("After the meeting at Trump Tower", 170),
        ("Harley Lewin, a partner at NY law firm", 160),
        ("\"There's nothing to lose in talking", 130),
        ("According to Mr. Trump, it was a", 45),
    ]
    for (prefix, length) in quiet {
        let found = rules(on: prefix, length: length, in: text, diags)
        #expect(!found.contains("unsourced-claim") && !found.contains("unattributed-quote"), "\(prefix): \(found)")
    }
}
