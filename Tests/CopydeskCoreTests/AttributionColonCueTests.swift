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

@Test func aDatelineDashBeforeAQuoteNamesNoSpeaker() {
    // "WASHINGTON (AP) — “…,” said Sen. John Thune.": the dateline names the place and the agency; the speaker is
    // the one the verb after the quote names. Near miss: a clause before the dash still speaks.
    let f = Fixture(
        "Headline\n\nWASHINGTON (AP) — “This is a matter of national security,” said Sen. 1️⃣John Thune1️⃣.\n\n"
            + "LONDON (Reuters) - “We will fight on,” said 2️⃣Jane Hale2️⃣, a lawyer for the group.\n\n"
            + "When 3️⃣Hale3️⃣ finally wrapped up — “We will fight on!”\n")
    let a = analyzeFixture(f)
    let speakers = a.quotes.map { q in q.attribution.flatMap { a.attributions[$0].speakerRange } }
    #expect(speakers == [f.range("1️⃣"), f.range("2️⃣"), f.range("3️⃣")])
    #expect(relations(a).filter { $0.kind == .colon }.count == 1)
    // The verb's content is the quote, not the dateline before it.
    let contents = relations(a).filter { $0.kind == .reportingVerb }.map { r in r.contentRanges.map { f.source[$0] } }
    #expect(contents == [["“This is a matter of national security,”"], ["“We will fight on,”"]])
}

@Test func aLabelInsideItsQuoteStaysOutOfTheContent() {
    checkRelation("“2️⃣RAMOS2️⃣1️⃣:1️⃣ 3️⃣Will you run again?”3️⃣", .direct)
}

/// The relations of an article whose headline is `headline`: (cue, source) of those in the headline.
private func headlineRelations(_ headline: String) -> [(cue: String, source: String?)] {
    let f = Fixture(headline + "\n\nThe council met on Monday.\n")
    let a = analyzeFixture(f)
    let end = headline.utf8.count
    return relations(a).filter { $0.cueRange.end <= end }.map { r in
        (f.source[r.cuePhraseRange ?? r.cueRange], r.sourceRange.map { f.source[$0] })
    }
}

@Test func aNameBeforeAHeadlineColonSpeaksWhatFollows() {
    let found = headlineRelations("Lopez: No outside influence on the dam inquiry")
    #expect(found.map(\.cue) == [":"])
    #expect(found.first?.source == "Lopez")
    // A name with its lower-case group, and a name before "to" or "on" (whom it addresses, what it speaks on).
    #expect(headlineRelations("Lopez camp: No outside influence on the dam inquiry").map(\.source) == ["Lopez camp"])
    #expect(headlineRelations("Lopez to the council: The dam will hold").map(\.source) == ["Lopez"])
    #expect(headlineRelations("Lopez on the Dam Inquiry: No Outside Influence").map(\.source) == ["Lopez"])
    // Near miss: a longer phrase before the colon is a topic, not a speaker.
    #expect(headlineRelations("The Latest on the dam inquiry: Council meets").isEmpty)
    #expect(headlineRelations("Latest on the dam inquiry: Council meets").isEmpty)
    // A kicker names no speaker.
    #expect(headlineRelations("Breaking: Council Just Made A Surprise Announcement").isEmpty)
    #expect(headlineRelations("Paid Notice: Deaths LOPEZ, ANN").isEmpty)
    #expect(headlineRelations("DVD review: The Dam").isEmpty)
}

@Test func aBylineLabelIsNoSpeaker() {
    checkNoRelation("BYLINE: Ann Lopez.")
}

@Test func headlinesHoldReportingVerbCues() {
    let found = headlineRelations("Mayor says the dam will hold")
    #expect(found.map(\.cue) == ["says"])
    #expect(found.first?.source == "Mayor")
}

@Test func aVerbInThePastBeforeTheColonJoinsTheCueAndItsSubjectSpeaks() {
    checkRelation(
        "2️⃣Ann Reeve2️⃣ smiled, then leaned in and 1️⃣boomed:1️⃣ 3️⃣“We will win in November.”3️⃣", .direct)
    checkRelation("2️⃣Ann Reeve2️⃣ 1️⃣resisted:1️⃣ 3️⃣“We have no power to do that.”3️⃣", .direct)
}

/// "as follows" before the colon is the cue's, and its source is what stands before it, never "follows".
@Test func asFollowsBeforeAColonBelongsToTheCue() {
    checkRelation("2️⃣Transcript2️⃣ 1️⃣as follows:1️⃣ 3️⃣“We will win this one.”3️⃣", .direct)
    checkRelation(
        "The mayor spoke for an hour. 2️⃣Partial transcript2️⃣ 1️⃣as follows:1️⃣\n\n3️⃣“We will win this one.”3️⃣", .direct)
    // Near miss: another word before the colon stays the source.
    checkRelation("Then came 2️⃣Clark2️⃣1️⃣:1️⃣\n\n3️⃣“We will win this one.”3️⃣", .direct)
}
