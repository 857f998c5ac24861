import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/ColonCue.swift`, `ContentSpan.swift` and `SourceSpan.swift`: 1️⃣ cue,
// 2️⃣ source, 3️⃣ content.

@Test func colonBeforeAQuote() {
    checkRelation("2️⃣Trump2️⃣1️⃣:1️⃣ 3️⃣“It was great.”3️⃣", .direct)
}

@Test func paragraphEndingWithAColonIntroducesTheNextQuote() {
    checkRelation("Then came 2️⃣Clark2️⃣1️⃣:1️⃣\n\n3️⃣“We will win this one.”3️⃣", .direct)
}

@Test func transcriptLabelSpeaksForItsParagraph() {
    checkRelation("2️⃣RAMOS2️⃣1️⃣:1️⃣ 3️⃣Taxes rose last year3️⃣. They fell this year.", .indirect)
}

@Test func aQuoteOverSeveralSentencesIsOneContent() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣: 3️⃣“We won. We will win again. Then we rest.”3️⃣", .direct)
    checkRelation("3️⃣“We won. We will win again,”3️⃣ 2️⃣Clark2️⃣ 1️⃣said1️⃣.", .direct)
}

@Test func anAdverbialBetweenCueAndClauseIsNoContent() {
    checkRelation("2️⃣Allen2️⃣ 1️⃣said1️⃣ on ABC on Sunday 3️⃣that the war was lost3️⃣.", .indirect)
}

@Test func theListenerOfToldIsNoContent() {
    checkRelation("2️⃣Smith2️⃣ 1️⃣told1️⃣ reporters 3️⃣that the deal was off3️⃣.", .indirect)
    checkRelation("And 2️⃣he2️⃣ would have 1️⃣to tell1️⃣ Holder.", .other)
}

@Test func sourcePhrasesTakeAppositivesTitlesAndRelativePronouns() {
    checkRelation(
        "2️⃣Harley Lewin, a partner at the firm2️⃣, 1️⃣says1️⃣ 3️⃣Ma is great at PR3️⃣.", .indirect)
    checkRelation("2️⃣The Associated Press2️⃣ 1️⃣reported1️⃣ 3️⃣that she had won3️⃣.", .other)
    checkRelation(
        "They won the backing of Gordon Humphrey, 2️⃣who2️⃣ 1️⃣told1️⃣ POLITICO 3️⃣that he will help3️⃣.", .indirect)
    checkRelation("2️⃣A spokesman for the company2️⃣ 1️⃣said1️⃣ 3️⃣the plant was safe3️⃣.", .indirect)
    checkRelation("2️⃣A spokeswoman for Hillary Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was ready3️⃣.", .indirect)
    checkRelation("2️⃣Officials at the State Department2️⃣ 1️⃣said1️⃣ 3️⃣the emails were classified3️⃣.", .indirect)
    checkRelation("It angered voters 2️⃣who2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("2️⃣Sen. Chuck Grassley (R-Iowa)2️⃣ on Wednesday 1️⃣said1️⃣ 3️⃣the vote would wait3️⃣.", .indirect)
    checkRelation("2️⃣The venture capitalist Marc Andreessen2️⃣ 1️⃣said1️⃣ 3️⃣he would vote3️⃣.", .indirect)
    checkRelation("2️⃣Jerusalem editor Aaron Klein2️⃣ 1️⃣said1️⃣ 3️⃣the deal was off3️⃣.", .indirect)
    checkRelation(
        "3️⃣“He will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Scott Reed, senior strategist at the chamber2️⃣.", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Clark2️⃣, adding that he was tired.", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣John Smith of Acme Steel2️⃣.", .direct)
}

@Test func aQuoteSpokenByTheRelationOfAnotherSentenceJoinsItsContent() {
    checkRelation(
        "2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣the plan would work3️⃣. 3️⃣“We have the people and the money.”3️⃣", .mixed)
    checkRelation("2️⃣Clark2️⃣ 1️⃣told1️⃣ the crowd on Monday.\n\n3️⃣“We have the people and the money.”3️⃣", .direct)
}

@Test func aDashBeforeAQuoteAndASignOffLine() {
    checkRelation(
        "When 2️⃣Trump2️⃣ finally wrapped up 1️⃣—1️⃣ 3️⃣“I will fight for you!”3️⃣", .direct)
    let f = Fixture("Headline\n\n“We will win the state and the next one.”\n\n— 1️⃣Bernie Sanders1️⃣.\n")
    let a = analyzeFixture(f)
    #expect(relations(a).compactMap(\.speakerRange) == [f.range("1️⃣")])
    #expect(a.quotes.first?.attribution != nil)
}

@Test func aBeliefInsideReportedSpeechIsPartOfItsContent() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣told1️⃣ reporters 3️⃣he thought Fields had made it up3️⃣.", .indirect)
    let f = Fixture("Headline\n\nTrump told reporters he thought Fields had made it up.\n")
    #expect(relations(analyzeFixture(f)).count == 1)
}

@Test func whichStandsForADocument() {
    checkRelation("They cited the audit, 2️⃣which2️⃣ 1️⃣said1️⃣ 3️⃣costs had doubled3️⃣.", .indirect)
}

@Test func clausesAfterListenersAndAdverbials() {
    checkRelation("2️⃣Pate2️⃣ 1️⃣also told1️⃣ Breitbart News 3️⃣he’d support Clinton3️⃣.", .indirect)
    checkRelation("2️⃣Adelson2️⃣ 1️⃣said1️⃣ on Friday 3️⃣he met Trump3️⃣.", .indirect)
    checkRelation("2️⃣Polls in New Hampshire2️⃣ 1️⃣show1️⃣ 3️⃣a close race3️⃣.", .other)
    checkRelation("2️⃣A Monmouth poll out Monday2️⃣ 1️⃣showed1️⃣ 3️⃣Clinton ahead3️⃣.", .other)
}
