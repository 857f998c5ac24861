import CopydeskTestSupport
import Testing

@testable import CopydeskCore

@Test func surnamesAndHonorificsGroupWithTheFullName() {
    let f = Fixture(
        "Headline\n\nMa and Trump met. Jack Ma said it went well. Mr Ma left, and Mr. Trump stayed with US President-elect Donald Trump.\n"
    )
    let a = analyzeFixture(f)
    let ma = a.entities.first { $0.canonicalName == "Jack Ma" }!
    #expect(ma.mentions.map { f.source[$0] } == ["Ma", "Jack Ma", "Mr Ma"])
    #expect(f.source[ma.firstFullMention] == "Jack Ma")
    #expect(ma.kind == .person)
    let trump = a.entities.first { $0.canonicalName == "Donald Trump" }!
    #expect(trump.mentions.count == 3)
    #expect(trump.hasRole)
}

@Test func organisationSuffixesAndFirstWords() {
    let f = Fixture(
        "Headline\n\nAlibaba Group Holding is bidding. Analysts like Alibaba. Intime Retail Group agreed.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(names.contains("Alibaba Group Holding") && names.contains("Intime Retail Group"))
    let alibaba = a.entities.first { $0.canonicalName == "Alibaba Group Holding" }!
    #expect(alibaba.kind == .organization && alibaba.mentions.count == 2)
}

@Test func sentenceInitialCommonWordsAreNotNames() {
    let f = Fixture("Headline\n\nMany questions remain. Coach closed a store. Sales fell at Coach.\n")
    let a = analyzeFixture(f)
    #expect(!a.entities.contains { $0.canonicalName == "Many" })
    #expect(a.entities.first { $0.canonicalName == "Coach" }?.mentions.count == 2)
}

@Test func accentedNamesKeepTheirPositions() {
    let f = Fixture("Headline\n\n🎉 1️⃣José Núñez1️⃣ arrived.\r\n\r\n“Hola,” 2️⃣Núñez2️⃣ said.\r\n")
    let a = analyzeFixture(f)
    let jose = a.entities.first { $0.canonicalName == "José Núñez" }!
    #expect(jose.mentions == [f.range("1️⃣"), f.range("2️⃣")])
}

@Test func annotatedMentionsAndAliasesLinkToDefinitions() {
    let defs = "[@jack-ma]: Jack Ma\n  type: person\n  aliases: Ma, Mr Ma\n"
    let article = Fixture("# Headline\n\n[Jack Ma][@jack-ma] spoke. Later Mr Ma left.\n")
    let defSyntax = ArticleParser.parse(SourceText(defs), kind: .annotated)
    let syntax = ArticleParser.parse(article.source, kind: .annotated)
    let index = WorkspaceIndex(summaries: [
        FileSummary(syntax: defSyntax, document: DocumentID("defs.news.md")),
        FileSummary(syntax: syntax, document: DocumentID("a.news.md")),
    ])
    let a = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(index: index))
    #expect(a.entities.first { $0.canonicalName == "Jack Ma" }?.definedID == "jack-ma")

    let plain = ArticleParser.parse(SourceText("Headline\n\nOfficials met Ma on Monday.\n"), kind: .plainText)
    let b = ArticleAnalyzer.analyze(plain, options: AnalysisOptions(index: index))
    #expect(b.entities.first { $0.canonicalName == "Ma" }?.definedID == "jack-ma")
}
