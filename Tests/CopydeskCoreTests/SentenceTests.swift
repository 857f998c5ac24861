import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Sentence segmentation: each marked range is one body sentence (the headline line is not marked).
private func checkSentences(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in
        a.sentences.filter { !$0.isHeadline }.map(\.range)
    }
}

@Test func honorificsAndAbbreviationsDoNotEndSentences() {
    checkSentences("1️⃣Mr. Ma met Dr. Lee and Sen. Warren at Apple Inc. on Jan. 5 in the U.S. capital.1️⃣ 2️⃣Mr Ma left.2️⃣")
    checkSentences("1️⃣He moved to the U.S.1️⃣ 2️⃣The firm, Acme Inc., grew.2️⃣ 3️⃣It is based in Washington, D.C.3️⃣")
}

@Test func pluralTitlesDoNotEndSentences() {
    checkSentences(
        "1️⃣Florida Sens. Ann Cole and Tom Hart voted no.1️⃣ 2️⃣Reps. Lee and Ma, its No. 2 and No. 3, agreed.2️⃣ 3️⃣Then they left.3️⃣"
    )
}

@Test func moneyDecimalsAndInitialsStayInside() {
    checkSentences(
        "1️⃣They made $15 billion, or HK$19.8 billion (S$3.7 billion), up 2.5 percent.1️⃣ 2️⃣Donald J. Trump agreed.2️⃣")
}

@Test func aUnitWrittenAgainstItsNumberIsNoInitial() {
    checkSentences("1️⃣It reached 35C.1️⃣ 2️⃣Nights were cold.2️⃣ 3️⃣Paul J. Keating reached 40F in May.3️⃣")
}

@Test func ellipsesAndQuotesClosingAfterTheStop() {
    checkSentences("1️⃣He said: “We will win.”1️⃣ 2️⃣She said \"no\".2️⃣ 3️⃣Then… silence.3️⃣ 4️⃣He paused...4️⃣ 5️⃣Then he left.5️⃣")
    checkSentences("1️⃣“Why?” he asked.1️⃣ 2️⃣“Because!” she said.2️⃣")
}

@Test func headlineWithoutStopIsOneSentence() {
    let f = Fixture(
        "Trumponomics: Trump Meets With Chinese Billionaire to Talk 1 Million Jobs\n\nBody text. More text.\n")
    let a = analyzeFixture(f)
    #expect(a.sentences.first?.isHeadline == true)
    #expect(
        f.source[a.sentences[0].range] == "Trumponomics: Trump Meets With Chinese Billionaire to Talk 1 Million Jobs")
    #expect(a.sentences.filter { !$0.isHeadline }.count == 2)
}

@Test func positionsSurviveEmojiAccentsCurlyQuotesAndCRLF() {
    checkSentences("1️⃣José Núñez 🎉 said “ça va.”1️⃣ 2️⃣Zoë agreed.2️⃣\r\n3️⃣A new line 😀 here.3️⃣\r\n\r\n4️⃣Next paragraph.4️⃣\r\n")
}

@Test func sentencesLieInsideParagraphs() {
    let f = Fixture("H\n\nOne. Two\n\nThree.\n")
    let a = analyzeFixture(f)
    let body = a.sentences.filter { !$0.isHeadline }
    #expect(body.map { f.source[$0.range] } == ["One.", "Two", "Three."])
    #expect(body.map(\.paragraph) == [1, 1, 2])
}

@Test func abbreviationsAreConfigurable() {
    let text = "Headline\n\nHe met Brig. Núñez 🎖️ today. Then he left.\n"
    let plain = analyzeFixture(Fixture(text))
    #expect(plain.sentences.filter { !$0.isHeadline }.count == 3)
    let configured = analyzeFixture(Fixture(text), options: AnalysisOptions(extraAbbreviations: ["Brig"]))
    #expect(configured.sentences.filter { !$0.isHeadline }.count == 2)
}
