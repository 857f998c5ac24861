import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/ColonCue.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func colonBeforeAQuote() {
    checkRelation("2️⃣Trump2️⃣1️⃣:1️⃣ 3️⃣“It was great.”3️⃣", .direct)
}

@Test func paragraphEndingWithAColonIntroducesTheNextQuote() {
    checkRelation("Then came 2️⃣Clark2️⃣1️⃣:1️⃣\n\n3️⃣“We will win this one.”3️⃣", .direct)
}

@Test func transcriptLabelSpeaksForItsParagraph() {
    checkRelation("2️⃣RAMOS2️⃣1️⃣:1️⃣ 3️⃣Taxes rose last year3️⃣. They fell this year.", .indirect)
}

@Test func aDashBeforeAQuoteAndASignOffLine() {
    checkRelation(
        "When 2️⃣Trump2️⃣ finally wrapped up 1️⃣—1️⃣ 3️⃣“I will fight for you!”3️⃣", .direct)
    let f = Fixture("Headline\n\n“We will win the state and the next one.”\n\n— 1️⃣Bernie Sanders1️⃣.\n")
    let a = analyzeFixture(f)
    #expect(relations(a).compactMap(\.speakerRange) == [f.range("1️⃣")])
    #expect(a.quotes.first?.attribution != nil)
}

@Test func aLabelInsideItsQuoteStaysOutOfTheContent() {
    checkRelation("“2️⃣RAMOS2️⃣1️⃣:1️⃣ 3️⃣Will you run again?”3️⃣", .direct)
}
