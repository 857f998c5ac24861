import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ContentSpan.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ContentSpan.swift — a participle of stance right after the noun it describes takes its object only, up to the
/// main clause's verb ("the PAC supporting Jeb Bush, spent…", "Right to Rise USA, the super PAC supporting Jeb
/// Bush, spent $1.2 million", "The PACs supporting Kasich and Rand Paul paid $176,000").
@Test func contentSpanAStanceParticiplesObjectOnly() {
    checkRelation("Right to Rise USA, 2️⃣the PAC2️⃣ 1️⃣supporting1️⃣ 3️⃣Jeb Bush3️⃣, spent $1.2 million on ads.", .other)
    checkRelation("Right to Rise USA, 2️⃣the super PAC2️⃣ 1️⃣supporting1️⃣ 3️⃣Jeb Bush3️⃣, spent $1.2 million on ads.", .other)
    checkRelation("2️⃣The PACs2️⃣ 1️⃣supporting1️⃣ 3️⃣Kasich and Rand Paul3️⃣ paid $176,000 for the ads.", .other)
}

/// ContentSpan.swift — a trailing cue's content is what precedes it ("…, The Post reported."), a quote that resumes
/// after it belongs to it too ("“A,” he said, “B.”"), a clause before a trailing cue with a listener ("The deal is
/// dead, Cole told reporters"); "said Devine, suggesting…" takes nothing after it.
@Test func contentSpanTrailingCues() {
    checkRelation("3️⃣The deal is off3️⃣, 2️⃣The Post2️⃣ 1️⃣reported1️⃣.", .other)
    checkRelation("3️⃣“A,”3️⃣ 2️⃣he2️⃣ 1️⃣said1️⃣, 3️⃣“B.”3️⃣", .direct)
    checkRelation("3️⃣The deal is dead3️⃣, 2️⃣Cole2️⃣ 1️⃣told1️⃣ reporters.", .indirect)
    checkRelation("3️⃣The plan is dead3️⃣, 1️⃣said1️⃣ 2️⃣Devine2️⃣, suggesting a new vote.", .indirect)
}

/// ContentSpan.swift — a participle after a comma reports what follows it ("“A,” Reeve said, adding that…", "“…,”
/// Reeve said, before adding that…"), one opening the sentence the clause up to its comma ("Declaring that the dam
/// would hold, the engineer…").
@Test func contentSpanParticiplesReportWhatFollowsThem() {
    checkRelation("3️⃣“The mill is safe,”3️⃣ 2️⃣Reeve2️⃣ 1️⃣said1️⃣, adding that the dam would hold.", .direct)
    checkRelation("“The mill is safe,” 2️⃣Reeve2️⃣ said, 1️⃣adding1️⃣ 3️⃣that the dam would hold3️⃣.", .indirect)
    checkRelation("“The mill is safe,” 2️⃣Reeve2️⃣ said, before 1️⃣adding1️⃣ 3️⃣that the dam would hold3️⃣.", .other)
    checkRelation("1️⃣Declaring1️⃣ 3️⃣that the dam would hold3️⃣, 2️⃣the engineer2️⃣ left the site.", .other)
}

/// ContentSpan.swift — a passive's content is its subject, after a subordinator ("when the deal was reported");
/// none for a listener ("Cruz has been asked about"); an infinitive is no listener ("said to expect delays").
@Test func contentSpanPassivesSubjects() {
    checkRelation("Shares fell when 3️⃣the deal3️⃣ 1️⃣was reported1️⃣.", .other)
    checkRelation("Cruz has 1️⃣been asked about1️⃣ 3️⃣the plan3️⃣.", .indirect)
    checkRelation("3️⃣Drivers3️⃣ 1️⃣were said1️⃣ 3️⃣to expect delays3️⃣.", .indirect)
}

/// ContentSpan.swift — a quote that runs over several sentences is content whole ("He said: “One. Two. Three.”").
@Test func contentSpanAQuoteOverSeveralSentencesIsWhole() {
    checkRelation("2️⃣He2️⃣ 1️⃣said1️⃣: 3️⃣“One. Two. Three.”3️⃣", .direct)
}

/// ContentSpan.swift — the listener alone is no content, and an adjunct or a dateline before the cue is not either
/// ("At a town hall, a woman asked Clinton", "WASHINGTON (UPI) — Clinton told…").
@Test func contentSpanAdjunctsAndDatelinesAreNoContent() {
    checkRelation("At a town hall, 2️⃣a woman2️⃣ 1️⃣asked1️⃣ Clinton.", .other)
    checkRelation("WASHINGTON (UPI) — 2️⃣Clinton2️⃣ 1️⃣told1️⃣ reporters.", .other)
}

/// ContentSpan.swift — a clause compared by "than" is content before the cue ("…more than the budget office had
/// predicted"); the noun a relative clause describes is not ("the lesson they intended").
@Test func contentSpanWhatStandsBeforeTheCue() {
    checkRelation("3️⃣Costs rose 10%, more than3️⃣ 2️⃣the budget office2️⃣ 1️⃣had predicted1️⃣.", .indirect)
    checkRelation("It was not the lesson 2️⃣they2️⃣ 1️⃣intended1️⃣.", .other)
}

/// ContentSpan.swift — a participle after the cue's comma comments on it and is no content ("The benefits levelled
/// off at 9,800 steps, the team found, meaning the target is too high").
@Test func contentSpanAParticipleAfterTheCuesCommaComments() {
    checkRelation(
        "3️⃣The benefits levelled off at 9,800 steps3️⃣, 2️⃣the team2️⃣ 1️⃣found1️⃣, meaning the target is too high.", .other)
}

/// ContentSpan.swift — a cue and source set off by commas inside the clause they report report both parts ("The
/// argument would be aided, Devine said, by the calendar", "And Trump, said Sunshine, doesn't forgive", "If she
/// wins, Clinton said, women…"); the first part runs back to the comma ("…, the best way to do that, they think,
/// is…"), a relative pronoun stands for it alone ("…, which, his advisers believe, would lead…").
@Test func contentSpanACueSetOffInsideItsClause() {
    checkRelation("3️⃣The argument would be aided3️⃣, 2️⃣Devine2️⃣ 1️⃣said1️⃣, 3️⃣by the calendar3️⃣.", .indirect)
    checkRelation("3️⃣And Trump3️⃣, 1️⃣said1️⃣ 2️⃣Sunshine2️⃣, 3️⃣doesn't forgive3️⃣.", .indirect)
    checkRelation("3️⃣If she wins3️⃣, 2️⃣Clinton2️⃣ 1️⃣said1️⃣, 3️⃣women will gain3️⃣.", .indirect)
    checkRelation("For the firm, 3️⃣the best way to do that3️⃣, 2️⃣they2️⃣ 1️⃣think1️⃣, 3️⃣is to wait3️⃣.", .other)
    checkRelation("The plan was dropped, 3️⃣which3️⃣, 2️⃣his advisers2️⃣ 1️⃣believe1️⃣, 3️⃣would lead to a loss3️⃣.", .other)
}

/// ContentSpan.swift — not a cue set off inside its clause: a participle with its agent describes the noun before
/// it ("Her remarks, first reported by the Courier, angered the board").
@Test func contentSpanAParticipleWithItsAgentDescribesTheNoun() {
    checkRelation("3️⃣Her remarks3️⃣, 1️⃣first reported1️⃣ by 2️⃣the Courier2️⃣, angered the board.", .other)
}

/// ContentSpan.swift — the content stops before ", but" and a new subject, while "…, but that it would…" reports
/// on.
@Test func contentSpanButThatReportsOn() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣the fee was paid, but that it would rise3️⃣.", .indirect)
}

/// ContentSpan.swift — the words after a trailing cue that only say when or where it spoke are no content ("…, the
/// agency reported late Friday.", "…, said Monday, citing two officials.", "…, the researchers reported in the
/// journal Marine Biology Letters", "…, she said at a rally in Ohio").
@Test func contentSpanTimeAndPlaceTailsAreNoContent() {
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣the agency2️⃣ 1️⃣reported1️⃣ late Friday.", .other)
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣Reuters2️⃣ 1️⃣said1️⃣ Monday, citing two officials.", .indirect)
    checkRelation(
        "3️⃣Coral grows faster in warm water3️⃣, 2️⃣the researchers2️⃣ 1️⃣reported1️⃣ in the journal Marine Biology Letters.",
        .other)
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣she2️⃣ 1️⃣said1️⃣ at a rally in Ohio.", .indirect)
}

/// ContentSpan.swift — after "told"/"asked" a question or a clause after a short listener opens the content ("asked
/// him whether…", "told CNN the deal was off"); an adverbial phrase between the cue and "that" is no content ("said
/// on ABC's This Week on Sunday that…", "said in one of a series of messages that…").
@Test func contentSpanListenersAndAdverbialsBeforeTheClause() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣asked1️⃣ him 3️⃣whether the plan would work3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣told1️⃣ CNN 3️⃣the deal was off3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ on ABC's This Week on Sunday 3️⃣that the plan would work3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ in one of a series of messages 3️⃣that the plan would work3️⃣.", .indirect)
}

/// ContentSpan.swift — a gerund's event is no speech: "blamed on the media declaring him the winner" is of kind
/// other.
@Test func contentSpanAGerundsEventIsNoSpeech() {
    checkRelation("The loss was blamed on 2️⃣the media2️⃣ 1️⃣declaring1️⃣ 3️⃣him the winner3️⃣.", .other)
}

/// ContentSpan.swift — in a stance participle's object a verb in "-s" is no plural that ends the subject: "neither
/// man has spoken" goes on with its clause.
@Test func contentSpanAVerbInSIsNoPlural() {
    checkRelation("2️⃣The PAC2️⃣ 1️⃣supporting1️⃣ 3️⃣neither man has spoken about the race3️⃣.", .other)
}

/// ContentSpan.swift — a participle after a trailing cue's comma reports what follows it, and the quote before the
/// cue stays the cue's content ("“A,” Reeve said, adding that…").
@Test func contentSpanParticipleAfterATrailingCue() {
    checkRelation("3️⃣“A,”3️⃣ 2️⃣Reeve2️⃣ 1️⃣said1️⃣, adding that the team had earned the grade.", .direct)
    checkRelation("“A,” 2️⃣Reeve2️⃣ said, 1️⃣adding1️⃣ 3️⃣that the team had earned the grade3️⃣.", .indirect)
}

/// ContentSpan.swift — words set off before a cue are its clause's subject, never what it reports ("And Martin, away
/// from Leeds, has been impressed"; a learned cue): the content is what follows the cue.
@Test func contentSpanSetOffSubjectIsNoContent() {
    checkRelation("And 2️⃣Martin, away from Leeds2️⃣, 1️⃣has been impressed with1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}
