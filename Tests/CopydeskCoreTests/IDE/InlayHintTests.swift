import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Parses and analyses an annotated fixture against an index of itself plus `others`.
func analyzeArticle(_ f: Fixture, kind: ArticleKind = .annotated, others: [String] = []) -> (
    ArticleAnalysis, WorkspaceIndex
) {
    let syntax = ArticleParser.parse(f.source, kind: kind)
    var summaries = [FileSummary(syntax: syntax, document: DocumentID("a"))]
    for (i, o) in others.enumerated() {
        summaries.append(
            FileSummary(syntax: ArticleParser.parse(SourceText(o), kind: .annotated), document: DocumentID("o\(i)")))
    }
    let index = WorkspaceIndex(summaries: summaries)
    return (ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: .default, index: index)), index)
}

/// "offset marker: label" for each hint, markers named by the fixture.
private func hints(
    _ marked: String, kinds: Set<InlayHint.Kind> = Set(InlayHint.Kind.allCases), others: [String] = []
) -> [String] {
    let f = Fixture(marked)
    let (analysis, index) = analyzeArticle(f, others: others)
    let names = Dictionary(
        f.offsets.flatMap { marker, offsets in offsets.map { ($0, marker) } }, uniquingKeysWith: { a, _ in a })
    return analysis.inlayHints(index: index, kinds: kinds).map { "\(names[$0.offset] ?? "@\($0.offset)") \($0.label)" }
}

@Test func aQuoteGetsTheSpeakerItWasCreditedTo() {
    let got = hints(
        """
        Harley Lewin, a partner at a law firm, met reporters on Monday.

        “There is nothing to lose here at all,”1️⃣ Lewin said.
        """, kinds: [.speaker])
    #expect(got == ["1️⃣ — Harley Lewin"])
}

@Test func aQuoteWithNoSpeakerSaysSo() {
    let got = hints("Nothing moved. “The plan is dead and we all know it.”1️⃣\n", kinds: [.speaker])
    #expect(got == ["1️⃣ speaker?"])
}

@Test func aPronounAttributionGetsTheResolvedPersonAndTheQuoteNoSecondHint() {
    let got = hints(
        """
        Harley Lewin, a partner at a law firm, says Alibaba is great.

        “There is nothing to lose at all,” he added1️⃣.
        """, kinds: [.speaker])
    #expect(got == ["1️⃣ — Harley Lewin"])
}

@Test func anAmbiguousPronounIsHedged() {
    let f = Fixture("Mr Ma and Dr. José Núñez met on Monday.\n\n“It went very well indeed,” he said1️⃣.\n")
    let (analysis, index) = analyzeArticle(f)
    let speaker = analysis.inlayHints(index: index, kinds: [.speaker])
    #expect(speaker.count == 1)
    #expect(speaker.first?.offset == f.offset("1️⃣"))
    #expect(speaker.first?.label.hasSuffix("?") == true)
    #expect(speaker.first?.tooltip?.hasPrefix("Could be ") == true)
}

@Test func shortFormMentionsShowTheDisplayNameFromAnyArticle() {
    let got = hints(
        "[@jack-ma]1️⃣ met [Trump][@trump] and [@nobody]. [@trump]2️⃣ spoke.\n", kinds: [.entityName],
        others: ["[@jack-ma]: Jack Ma\n  type: person\n", "[@trump]: Donald Trump\n"])
    #expect(got == ["1️⃣ Jack Ma", "2️⃣ Donald Trump"])
}

@Test func citationsShowTheFirstWordsOfTheirSource() {
    let got = hints(
        """
        Alibaba made $15 billion in sales last year[^filing]1️⃣. It grew[^short]2️⃣ and[^missing].

        [^filing]: Alibaba Group annual report, 2016, filed with the SEC,
          https://example.com/filing
        [^short]: Interview by phone
        """, kinds: [.source])
    #expect(got == ["1️⃣ Alibaba Group annual report, 2016, filed…", "2️⃣ Interview by phone"])
}

@Test func hintsAreLimitedToTheRangeAskedAndOffsetsAreBytesPastAccents() {
    let f = Fixture("Café “Nothing works here, and nobody cares”1️⃣ — 😀 [@x]2️⃣\n\n[@x]: Ünal Ölçer\n")
    let (analysis, index) = analyzeArticle(f)
    let all = analysis.inlayHints(index: index)
    #expect(all.map(\.offset) == [f.offset("1️⃣"), f.offset("2️⃣")])
    #expect(all.map(\.label) == ["speaker?", "Ünal Ölçer"])
    let second = analysis.inlayHints(index: index, in: TextRange(f.offset("1️⃣") + 1, f.source.count))
    #expect(second.map(\.label) == ["Ünal Ölçer"])
}

@Test func aQuoteWhoseAttributionNamesNoOneIsSpeakerUnknownAndCountedSo() {
    let f = Fixture(
        "Trade grew. As reported, it “makes me think of jobs for dairy farmers here”1️⃣ at home.\n")
    let (analysis, index) = analyzeArticle(f)
    let speaker = analysis.inlayHints(index: index, kinds: [.speaker])
    #expect(speaker.map(\.label) == ["speaker?"])
    #expect(speaker.map(\.offset) == [f.offset("1️⃣")])
    #expect(analysis.sourcingSummary(index: index).quotesWithoutSpeaker == 1)
}

@Test func aPronounWithTwoCuesGetsOneHint() {
    let got = hints(
        """
        President-elect Donald Trump said the talks went well. He promised1️⃣ as well to call for new rules.
        """, kinds: [.speaker])
    #expect(got == ["1️⃣ — Donald Trump"])
}
