import CopydeskTestSupport
import Testing

@testable import CopydeskCore

@Test func theSourcingSummaryCountsClaimsQuotesAndSources() {
    let f = Fixture(
        """
        # Trade talks

        Alibaba made $15 billion in sales last year, Harley Lewin said. The firm is the largest retailer in China.
        Sales rose 40 percent[^filing]. Sources say the deal is close.

        “There is nothing to lose for anybody,” Lewin said. “The plan is dead and we all know it.”

        Nothing moved. “The talks are over and they know it well.”

        [^filing]: Annual report
        """)
    let (analysis, index) = analyzeArticle(f)
    let s = analysis.sourcingSummary(index: index)
    #expect(s.unsourcedClaims == 1)
    #expect(s.sourcedClaims == 2)
    #expect(s.quotes == 3)
    #expect(s.quotesWithoutSpeaker == 1)
    #expect(s.namedSources == 1)
    #expect(s.anonymousSources == 1)
    #expect(s.text == "1 unsourced claim · 2 sourced · 3 quotes (1 without speaker) · 1 named source, 1 anonymous")
    #expect(analysis.summaryAnchor == 0)
    let (withFrontMatter, _) = analyzeArticle(Fixture("---\ntitle: T\n---\n1️⃣# Trade talks\n\nText.\n"))
    #expect(withFrontMatter.summaryAnchor == "---\ntitle: T\n---\n".utf8.count)
}

@Test func theSummaryTextPluralisesAndLeavesOutAZeroWithoutSpeaker() {
    let s = SourcingSummary(
        unsourcedClaims: 2, sourcedClaims: 14, quotes: 7, quotesWithoutSpeaker: 0, namedSources: 5,
        anonymousSources: 0)
    #expect(s.text == "2 unsourced claims · 14 sourced · 7 quotes · 5 named sources, 0 anonymous")
}

@Test func linksCoverSourceURLsSameAsAndProseLinks() {
    let f = Fixture(
        """
        Ma met Trump[^filing], see 3️⃣https://example.com/a3️⃣ and [the report](4️⃣https://example.com/r4️⃣).

        [@jack-ma]: Jack Ma
          same-as: 2️⃣https://www.wikidata.org/wiki/Q11370622️⃣

        [@trump]: Donald Trump
          same-as: 5️⃣http://example.org/trump5️⃣

        [^filing]: Alibaba Group annual report, 2016,
          1️⃣https://example.com/filing1️⃣. Also ftp://example.com/x and xhttps://no.
        """)
    let (analysis, _) = analyzeArticle(f)
    let links = analysis.syntax.documentLinks
    #expect(links.map(\.range) == [f.range("3️⃣"), f.range("4️⃣"), f.range("2️⃣"), f.range("5️⃣"), f.range("1️⃣")])
    #expect(links.map(\.target)[4] == "https://example.com/filing")
    #expect(links[2].tooltip == "Wikidata Q1137062 (Jack Ma)")
    #expect(links[3].tooltip == "Same as: Donald Trump")
    #expect(links[4].tooltip == "Source 'filing'")
}

@Test func wikidataIDsAreReadFromItemURLsOnly() {
    #expect(DocumentLink.wikidataID("https://www.wikidata.org/wiki/Q1137062") == "Q1137062")
    #expect(DocumentLink.wikidataID("http://wikidata.org/entity/q42#sitelinks") == "Q42")
    #expect(DocumentLink.wikidataID("https://www.wikidata.org/wiki/Property:P31") == nil)
    #expect(DocumentLink.wikidataID("https://example.com/wiki/Q42") == nil)
    #expect(DocumentLink.wikidataID("https://www.wikidata.org/wiki/Q") == nil)
    let syntax = ArticleParser.parse(
        SourceText("[@ma]: Jack Ma\n  same-as: https://www.wikidata.org/wiki/Q1137062\n"), kind: .annotated)
    #expect(syntax.entityDefinitions.first?.wikidataID == "Q1137062")
}

@Test func anUnknownReportingVerbBesideASpeakerlessQuoteIsSuggested() {
    func suggestions(_ marked: String) -> [String] {
        let f = Fixture(marked)
        let (analysis, _) = analyzeArticle(f)
        let at = f.offsets["1️⃣"].map { TextRange($0[0], $0[0]) } ?? TextRange(0, f.source.count)
        return analysis.vocabularySuggestions(at: at).map { "\($0.kind.rawValue) \($0.word) \(f.source[$0.range])" }
    }
    #expect(suggestions("Lewin chirped, “The plan is dead and we all know it.”\n") == ["reportingVerb chirped chirped"])
    #expect(
        suggestions("“The plan is dead and we all know it,” Lewin chirped on Monday.\n")
            == ["reportingVerb chirped chirped"])
    #expect(
        suggestions("“The plan is dead and we all know it,” chirped Lewin to reporters.\n")
            == ["reportingVerb chirped chirped"])
    // A known verb gives the quote its speaker: nothing to teach; so does a tag that ends with the name and verb.
    #expect(suggestions("“The plan is dead and we all know it,” Lewin said.\n").isEmpty)
    #expect(suggestions("“The plan is dead and we all know it,” Lewin chirped.\n").isEmpty)
    #expect(suggestions("“The plan is dead and we all know it,” chirped Lewin.\n").isEmpty)
    // Away from the quote: nothing.
    #expect(suggestions("Nothing1️⃣ moved.\n\nLewin chirped, “The plan is dead and we all know it.”\n").isEmpty)
}

@Test func anAbbreviationTakenForAFullStopIsSuggestedOnItAndOnTheNextWord() {
    let f = Fixture("The order came from 1️⃣Cllr1️⃣. 2️⃣Lee2️⃣ at the base on Monday.\n")
    let (analysis, _) = analyzeArticle(f)
    #expect(analysis.sentences.count == 2)
    let onWord = analysis.vocabularySuggestions(at: TextRange(f.offset("1️⃣") + 1, f.offset("1️⃣") + 1))
    #expect(onWord.map(\.word) == ["Cllr"])
    #expect(onWord.first?.kind == .abbreviation)
    #expect(analysis.vocabularySuggestions(at: f.range("2️⃣")).map(\.word) == ["Cllr"])
    // Once configured, the sentence is not split and nothing is suggested.
    let taught = ArticleAnalyzer.analyze(
        ArticleParser.parse(f.source, kind: .annotated), options: AnalysisOptions(extraAbbreviations: ["Cllr"]))
    #expect(taught.sentences.count == 1)
    #expect(taught.suspectedAbbreviations().isEmpty)
    // A sentence that ends on a name followed by "The" is not suspect.
    let (plain, _) = analyzeArticle(Fixture("The order came from Lee. The base was quiet on Monday.\n"))
    #expect(plain.suspectedAbbreviations().isEmpty)
}

@Test func aFileEditReplacesWholeLinesOnly() {
    let old = Array("{\n  \"a\": 1,\n  \"b\": [\"x\"]\n}\n".utf8)
    let new = Array("{\n  \"a\": 1,\n  \"b\": [\"x\", \"é\"]\n}\n".utf8)
    let e = FileEdit.replacing(path: "/w/f.json", old: old, new: new)!
    #expect(e.current?.bytes == old)
    #expect(e.range == TextRange(12, 25))
    #expect(e.newText == "  \"b\": [\"x\", \"é\"]\n")
    #expect(e.result == String(decoding: new, as: UTF8.self))
    #expect(FileEdit.replacing(path: "/w/f.json", old: old, new: old) == nil)
    let created = FileEdit.replacing(path: "/w/f.json", old: nil, new: new)!
    #expect(created.createsFile)
    #expect(created.result == String(decoding: new, as: UTF8.self))
}
