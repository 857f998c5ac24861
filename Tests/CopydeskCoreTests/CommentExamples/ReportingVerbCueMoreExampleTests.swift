import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ReportingVerbCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ReportingVerbCue.swift — agentAfterNounCue (a learned cue: the rules take no noun of reaction): a noun of
/// reaction or stance followed by "from" and a name or description has that agent as its source, whoever stands
/// before it ("drew sharp criticism from fellow candidates", "an admission from Warren").
@Test func reportingVerbCueMoreReactionTakenIn() {
    checkRelation(
        "It was an 1️⃣admission1️⃣ from 2️⃣Warren2️⃣ 3️⃣that the bill had failed3️⃣.", .other, cueAtLeast: true, learned: true)
}

/// ReportingVerbCue.swift — experiencerAfter (a learned cue): an active verb of feeling names its object as the
/// source, not the subject ("has angered some Democrats", "Her stance has angered some Democrats").
@Test func reportingVerbCueMoreVerbsOfFeeling() {
    checkRelation("The vote 1️⃣has angered1️⃣ 2️⃣some Democrats2️⃣.", .other, learned: true)
}

/// ReportingVerbCue.swift — a state of mind is no passive (a learned cue): its subject holds it and is the source,
/// and the cue takes "be" ("Martin has been impressed with", "has been impressed with").
@Test func reportingVerbCueMoreStateOfMind() {
    checkRelation("2️⃣Martin2️⃣ 1️⃣has been impressed with1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
    checkRelation("2️⃣Cole2️⃣ 1️⃣has been impressed with1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// ReportingVerbCue.swift — nounPhraseAfterVerb: "said in an interview with CNN" — the noun phrase joins the cue, and
/// so does the interviewer (a name, or a few lower-case words), which the content no longer opens with.
@Test func reportingVerbCueMoreInterviewWith() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣said in an interview with CNN1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("3️⃣“We won,”3️⃣ 2️⃣Cole2️⃣ 1️⃣said in an interview with CNN1️⃣.", .direct)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said in an interview with The Washington Post1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said in an interview with reporters1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation(
        "2️⃣Cole2️⃣ 1️⃣said in an interview with MSNBC's Tamron Hall1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — a naming participle after a noun is no report: "a company called Cambridge Analytica",
/// and "officials, called superdelegates" with a lower-case name set off by commas; a verb with an object still
/// reports.
@Test func reportingVerbCueMoreNamingParticipleSetOffByCommas() {
    checkNoRelation("Party officials, called superdelegates, vote too.", learned: false)
    checkRelation("2️⃣Party officials2️⃣ 1️⃣called1️⃣ 3️⃣the plan a failure3️⃣.", .other)
}

/// ReportingVerbCue.swift — the subject opening a clause right after a comma ("…, Ann Cole replied"); a subject
/// pronoun after a mostly-noun word opens a relative clause, not its content ("the comments he made"); a quote
/// that is a name after a naming participle is no judgement ("a website called “Real News”").
@Test func reportingVerbCueMoreSubjectsAfterCommasAndNamesInQuotes() {
    checkRelation("3️⃣“We won,”3️⃣ 2️⃣Ann Cole2️⃣ 1️⃣replied1️⃣.", .direct)
    checkNoRelation("The comments he made were brief.", learned: false)
    checkNoRelation("He ran a website called “Real News” for years.", learned: false)
}

/// ReportingVerbCue.swift — a cue word in "-s" right after a verb in the past (or after "further" there) is that
/// verb's object, never a verb of its own (`isObjectOfPastVerb`).
@Test func reportingVerbCueObjectOfAPastVerbIsNoCue() {
    checkNoRelation("Lazar released notes from Blumenthal to Clinton.", learned: false)
    checkNoRelation("Trump made further demands on Monday.", learned: false)
    checkNoRelation("Cole has released notes that show the plan.", learned: false)
    exampleSpeakers("1️⃣Trump1️⃣ criticized claims that he lied.")
    // Not after a subject alone: "further" there is the verb group's.
    checkRelation("2️⃣The complaint2️⃣ 1️⃣further states1️⃣ 3️⃣that the firm lied3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — a form in "-ing" after a linking verb (and a word of degree) is an adjective, no cue.
@Test func reportingVerbCueAdjectiveAfterALinkingVerbIsNoCue() {
    exampleSpeakers("The plan does not look promising, 1️⃣Cole1️⃣ said.")
    checkNoRelation("The message sounds threatening to voters.", learned: false)
    checkNoRelation("It seemed very worrying to the board.", learned: false)
}

/// ReportingVerbCue.swift — "talk" and "speak" report a topic after "about", past a listener too
/// (`topicAfterListener`: "spoke to 300 supporters about", "talked with aides about"); the listener and "about" are
/// no content. Before a place or a time they report nothing; "talks" is a verb after its subject.
@Test func reportingVerbCueTalkAboutPastAListener() {
    checkRelation("2️⃣Sen. Ann Cole2️⃣ 1️⃣spoke1️⃣ to 300 supporters about 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole2️⃣ 1️⃣talked1️⃣ to reporters about 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole2️⃣ 1️⃣spoke1️⃣ with aides about 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole2️⃣ 1️⃣talked1️⃣ with aides about 3️⃣the plan3️⃣.", .other)
    checkNoRelation("Sen. Ann Cole spoke to reporters on Monday.", learned: false)
    checkRelation("2️⃣Angela Merkel2️⃣ 1️⃣talks about1️⃣ 3️⃣a European consensus on migration3️⃣.", .other)
}

/// ReportingVerbCue.swift, ContentSpan.swift — a clause of comparison ending the sentence, "as" with a determined
/// subject and a clause-only cue, reports the clause before its comma ("…, as the agency projected."); a claim
/// there is sourced. Without "as" such a cue at the end reports nothing.
@Test func reportingVerbCueAsClauseAtTheEnd() {
    checkRelation("3️⃣Sales rose 3 percent this year3️⃣, as 2️⃣the agency2️⃣ 1️⃣projected1️⃣.", .other)
    checkRelation("3️⃣Sales rose 3%3️⃣, as 2️⃣the agency2️⃣ 1️⃣projected1️⃣.", .other)
    exampleSourced("Sales rose 3%, as the agency projected.", [true])
    checkNoRelation("Weaver spoke to CNN after the senator spoke.", learned: false)
}

/// ReportingVerbCue.swift — a gerund completing an adjective after "be" or a linking verb speaks for the subject
/// (`adjectiveComplementVerb`); after a name the gerund is that person's.
@Test func reportingVerbCueGerundAfterAnAdjective() {
    checkRelation("2️⃣Sen. Ann Cole2️⃣ is wary of 1️⃣saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣She2️⃣ was careful about 1️⃣claiming1️⃣ 3️⃣the plan failed3️⃣.", .other)
    checkRelation("2️⃣They2️⃣ seem intent on 1️⃣arguing1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("Cole accused 2️⃣Trump2️⃣ of 1️⃣suggesting1️⃣ 3️⃣the plan failed3️⃣.", .other)
}

/// ReportingVerbCue.swift — after a singular noun in lower case an "-ed" form may describe it: the cue word in
/// "-s" after it stays a verb (`isObjectOfPastVerb`).
@Test func reportingVerbCueVerbAfterAParticipleThatDescribesItsNoun() {
    checkRelation("2️⃣The man arrested2️⃣ 1️⃣says1️⃣ 3️⃣he is innocent3️⃣.", .indirect)
}
