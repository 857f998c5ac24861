import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SubjectPhrase.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SubjectPhrase.swift — the noun phrase opening a clause right before its verb phrase is the source: a description
/// with "and" and a preposition, a name with its role, an appositive set off by commas; a participle opens no
/// subject; no known verb phrase, no subject ("Trump tries to…").
@Test func subjectPhraseNounPhraseOpeningClause() {
    checkRelation(
        "2️⃣Republican politicians and their allies in the conservative movement2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Democratic front-runner Hillary Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Davis, a longtime liberal2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkNoRelation("Trump tries to win Ohio.", learned: false)
    exampleSpeakers("Joining Rubio in the group, 1️⃣Hart1️⃣ said the plan was dead.")
}

/// SubjectPhrase.swift — a participle after the head carries the phrase on to its object ("House Republicans
/// supporting the bill"); after a preposition or determiner a word is a noun; a cue word modifying a noun is no
/// verb; a preposition or "and" carries the phrase on, but not to a time; a title's name belongs to it.
@Test func subjectPhraseHeadAndTail() {
    checkRelation("2️⃣House Republicans supporting the bill2️⃣ 1️⃣said1️⃣ 3️⃣it would pass3️⃣.", .indirect)
    checkRelation("2️⃣Groups backing Cruz2️⃣ 1️⃣say1️⃣ 3️⃣he will win3️⃣.", .indirect)
    checkRelation("Later 2️⃣the secretary of state2️⃣ 1️⃣talked1️⃣ about 3️⃣the deal3️⃣.", .other, cueAtLeast: true)
    checkRelation(
        "2️⃣Trump's Virginia state director, Mike Rubino2️⃣, reached out to voters, 1️⃣saying1️⃣ 3️⃣the race was close3️⃣.",
        .indirect)
    checkRelation("2️⃣Republicans and their allies2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Officials in the FBI2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣The campaign2️⃣ on Monday 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Talk show host Ann Reeve2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SubjectPhrase.swift — an opening time is no subject; a time between the subject and its verb stays out; an
/// appositive or relative clause between subject and verb belongs to it, a participle clause stays out; an
/// appositive holds no verb; a name in apposition to a description is the source.
@Test func subjectPhraseBetweenSubjectAndVerb() {
    checkRelation("A few days later, 2️⃣Hart2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣The Sanders campaign2️⃣ on Monday also doubled down, 1️⃣saying1️⃣ 3️⃣the plan would work3️⃣.", .indirect)
    checkRelation("2️⃣Davis, a longtime liberal2️⃣, 1️⃣lashed out at1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Local farmers, who own the land2️⃣, 1️⃣want1️⃣ 3️⃣the plan dropped3️⃣.", .other)
    checkRelation(
        "2️⃣Some corporate donors2️⃣, targeted by a boycott call, opted to stay, 1️⃣saying1️⃣ 3️⃣the call was unfair3️⃣.", .indirect
    )
    checkRelation(
        "As a correspondent, host of a podcast, 2️⃣Axelrod2️⃣ has become a critic, 1️⃣saying1️⃣ 3️⃣the plan is weak3️⃣.", .indirect)
    checkRelation(
        "The other candidate on the stage, 2️⃣former Secretary of State Hillary Clinton2️⃣, drew cheers, 1️⃣saying1️⃣ 3️⃣the plan was weak3️⃣.",
        .indirect)
}

/// SubjectPhrase.swift — "it" is often an object ("called it quits") and names no speaker; the owner before a noun
/// cue is its source.
@Test func subjectPhrasePronounsAndOwners() {
    checkRelation("2️⃣Hart2️⃣ called it quits, 1️⃣saying1️⃣ 3️⃣he was tired3️⃣.", .indirect)
}

/// SubjectPhrase.swift — a description runs back to its determiner over a title's period and an owner's bare
/// apostrophe, an article or owner and a hedge before a number word; "that" opens a clause; "more" before a
/// modifier compares; a describing participle is no verb.
@Test func subjectPhraseDescriptionStart() {
    checkRelation("2️⃣Mrs. Clinton's campaign2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣The voters’ own survey2️⃣ 1️⃣shows1️⃣ 3️⃣the plan is dead3️⃣.", .other)
    checkRelation("Hart denied that 2️⃣Colorado leaders2️⃣ 1️⃣had said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣His three rivals2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣About two dozen states2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Fans of his more emotive style2️⃣ 1️⃣say1️⃣ 3️⃣the race is close3️⃣.", .indirect)
    checkRelation("2️⃣His paid staff2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣The elected officials2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Only three2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SubjectPhrase.swift — with a closing comma right before a cue, a relative clause belongs to the source ("The
/// lawmaker, who represents the district, said…"), as an appositive does.
@Test func subjectPhraseARelativeClauseClosedBeforeTheCue() {
    checkRelation("2️⃣The lawmaker, who represents the district2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SubjectPhrase.swift — possessiveSource: after a content word a possessive and its noun are that verb's object
/// ("voiced his concern"): the verb's subject speaks, not the owner.
@Test func subjectPhraseOwnerAfterAVerbIsNoSource() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣voiced his concern about1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// SubjectPhrase.swift — a quantifier opens the description right before its noun, not after "the" ("the more
/// voters fear" compares: the speaker is "voters"; "More voters fear" keeps it).
@Test func subjectPhraseComparativeMoreIsNoQuantifier() {
    exampleSpeakers("The more 1️⃣voters1️⃣ fear the plan, the more they back Cole.")
    exampleSpeakers("1️⃣More voters1️⃣ fear the plan.")
}
