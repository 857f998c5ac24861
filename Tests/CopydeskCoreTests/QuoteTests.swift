import CopydeskTestSupport
import Testing

@testable import CopydeskCore

private func checkQuotes(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in a.quotes.map(\.range) }
}

@Test func straightAndCurlyQuotesPairPerParagraph() {
    checkQuotes("He said 1️⃣\"we will win\"1️⃣ and 2️⃣“they will lose”2️⃣.")
    checkQuotes("Zoë 🎉 said 1️⃣“ça va, José”1️⃣.\r\n\r\nThen 2️⃣\"Núñez won\"2️⃣.\r\n")
}

@Test func nestedQuotesOfTheOtherFamilyStayInside() {
    checkQuotes("1️⃣\"He called it “a disaster” today,\"1️⃣ she said.")
}

@Test func unclosedQuoteContinuesIntoTheNextParagraph() {
    let f = Fixture("Headline\n\nShe said: “We will build it.\n\n“And we will pay for it,” she added.\n")
    let a = analyzeFixture(f)
    #expect(a.quotes.count == 2)
    #expect(a.quotes[0].continues)
    #expect(!a.quotes[1].continues)
    #expect(f.source[a.quotes[0].contentRange] == "We will build it.")
    #expect(a.quotes.allSatisfy { $0.attribution != nil })
}

@Test func strayMarkDoesNotSwallowTheNextParagraph() {
    let f = Fixture("Headline\n\nA stray “ mark here.\n\nNo quotes at all.\n")
    let a = analyzeFixture(f)
    #expect(a.quotes.allSatisfy { !$0.continues })
    #expect(a.quotes.allSatisfy { $0.paragraph == 1 })
}

@Test func aStrayStraightMarkEndsWithItsParagraphWhenTheNextOpensAQuoteOfItsOwn() {
    // The next paragraph's first mark opens (a space before it, a word after): the open mark above was stray.
    checkQuotes(
        "(A spokesman said that, 1️⃣''At this point, it is a snapshot.'.')1️⃣\n\n"
            + "Members have a 2️⃣''Teamsters for Trump''2️⃣ page.\n\nLee said that 3️⃣''a lot of people like him.''3️⃣\n")
    // Near miss: a mark that closes the run in the next paragraph still continues it.
    let f = Fixture("Headline\n\nShe said: \"We will build it.\n\nAnd we will pay for it,\" she added.\n")
    #expect(analyzeFixture(f).quotes.map(\.continues) == [true, false])
}

@Test func wordCountsAndTitles() {
    let f = Fixture("Headline\n\nHe starred in “The Art of the Deal” and said “this is a great day”.\n")
    let a = analyzeFixture(f)
    #expect(a.quotes.map(\.wordCount) == [5, 5])
    #expect(a.quotes.map(\.isTitle) == [true, false])
}

@Test func partialQuotesAreMarked() {
    check(
        "Headline\n\nA request for 1️⃣“records sufficient to show it”1️⃣ and 2️⃣“the province of José”2️⃣ 🎉 came. There were “no easy answers”. He said, “it is done.” “Nothing” happened."
    ) { a in
        a.quotes.filter(\.isPartial).map(\.range)
    }
}

@Test func aQuoteBeforeTheNounItDescribesIsPartial() {
    // A name for a thing before its noun; near misses: a verb of report after the quote, a word after a quote
    // that ends on its own mark, a function word after it.
    check(
        "Headline\n\nFirms facing a new 1️⃣“too big to fail”1️⃣ tax lost. They backed the 2️⃣“pay as you go”2️⃣ rule. "
            + "Then “the plan is dead” said Clark. Firms said “it will fail,” and left. He warned “this will fail” and left."
    ) { a in
        a.quotes.filter(\.isPartial).map(\.range)
    }
}

@Test func bbcQuoteRunsPrintedAsOneParagraphPairPerQuote() {
    // `…conjoined. "The film…`: a straight mark opening after a stop ends the open quote there, unclosed.
    checkQuotes(
        "1️⃣\"The technology is very much conjoined now.1️⃣ 2️⃣\"The film comes from the same file,\"2️⃣ he says. 3️⃣\"I find it exciting.\"3️⃣"
    )
}
