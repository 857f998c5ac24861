import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/QuoteSpeakers.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// QuoteSpeakers.swift — a quote opening its paragraph continues a run of quotes: its speaker is introduced at the
/// end of the previous paragraph ("Responding to the speech, Osborne said: “…” ¶ “…”", "Jared Potts echoed:", "…,”
/// Adelson said.").
@Test func quoteSpeakersQuoteRunsKeepTheirSpeaker() {
    checkRelation("Responding to the speech, 2️⃣Osborne2️⃣ 1️⃣said1️⃣: 3️⃣“We will act.”3️⃣\n\n3️⃣“The plan is fair.”3️⃣", .direct)
    checkRelation("2️⃣Jared Potts2️⃣ 1️⃣echoed1️⃣:\n\n3️⃣“The plan is fair.”3️⃣", .direct)
    checkRelation("3️⃣“We will act,”3️⃣ 2️⃣Adelson2️⃣ 1️⃣said1️⃣.\n\n3️⃣“The plan is fair.”3️⃣", .direct)
}

/// QuoteSpeakers.swift — a description or a non-speech verb at the end of the previous paragraph is not enough: a
/// paragraph of poster slogans after "the SVP pushed…" stays unattributed.
@Test func quoteSpeakersNonSpeechVerbGivesNoRun() {
    checkNoRelation("In Zurich, the SVP pushed its slogans on posters.\n\n“Stop the plan.”", learned: false)
}

/// QuoteSpeakers.swift — a person named outside the quote in its own sentence speaks it ("Carson … called the
/// political system “rotten to the core.”"); the rules read "called" as the cue.
@Test func quoteSpeakersSpeakerNamedOutsideTheQuote() {
    checkRelation("2️⃣Carson, a retired surgeon2️⃣, 1️⃣called1️⃣ 3️⃣the political system “rotten to the core.”3️⃣", .mixed)
}

/// QuoteSpeakers.swift — a speaker tag after the quote whose verb no rule knows: a name's is the quote's relation
/// ("“…,” Cole smirked.", "“…?” smirked Cole."); a pronoun's keeps the quote out of the previous paragraph's run
/// ("“…,” she smirked." is not Ann Cole's line).
@Test func quoteSpeakersUnknownSpeakerTag() {
    checkRelation("3️⃣“We will win this race,”3️⃣ 2️⃣Cole2️⃣ 1️⃣smirked1️⃣.", .direct)
    checkRelation("3️⃣“Can we win this race?”3️⃣ 1️⃣smirked1️⃣ 2️⃣Cole2️⃣.", .direct)
    checkRelation("3️⃣“We will win this race,”3️⃣ 2️⃣Cole2️⃣ 1️⃣smirked1️⃣, waving.", .direct)
    checkRelation(
        "3️⃣“We will win,”3️⃣ 2️⃣Ann Cole2️⃣ 1️⃣said1️⃣.\n\n“We will win this race,” she smirked.", .direct)
    // A tag whose verb a rule knows is a reporting verb's relation.
    checkRelation("3️⃣“We will win this race,”3️⃣ 2️⃣I2️⃣ 1️⃣confessed1️⃣.", .direct)
}

/// QuoteSpeakers.swift — a bracketed credit closing the quote's paragraph speaks the quote, as an implicit speaker
/// ("… Tune in tonight. [AP.]").
@Test func quoteSpeakersBracketedCreditClosingTheParagraph() {
    let f = Fixture(
        "Headline\n\n“The storm will hit the coast by morning.” Residents should stay indoors. Tune in tonight. [1️⃣AP.1️⃣]\n"
    )
    let a = analyzeFixture(f)
    let speakers = a.quotes.map { q in q.attribution.map { a.attributions[$0] } }
    #expect(speakers.map { $0?.kind } == [.implicit])
    #expect(speakers.map { $0?.speakerRange } == [f.range("1️⃣")])
}
