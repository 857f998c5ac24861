import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SpeakerBefore.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SpeakerBefore.swift — a headline in title case capitalises its auxiliaries and adverbs too; the subject stands
/// before them ("Trump Is Now Calling").
@Test func speakerBeforeMoreTitleCaseVerbGroup() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣Is Now Calling1️⃣ 3️⃣Cole A Liar3️⃣", .other, headline: true)
}

/// SpeakerBefore.swift — with the learned tagger: a cue opening on a particle has its subject before the verb ("the
/// documentarian lays out"); an irregular past before a noun cue is the cue's own verb, its subject the source
/// ("took aim at").
@Test func speakerBeforeMoreLearnedVerbCues() {
    checkRelation("2️⃣The documentarian2️⃣ 1️⃣lays out1️⃣ 3️⃣the case against the firm3️⃣.", .other, learned: true)
    checkRelation("2️⃣Cole2️⃣ 1️⃣took aim at1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// SpeakerBefore.swift — with the learned tagger: a determined phrase right after a verb is that verb's object, not
/// a subject; the subject before the verb is the source ("has taken a firm stance", "offer a potent testimony").
@Test func speakerBeforeMoreLearnedObjectsAreNoSubjects() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣has taken a firm stance against1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
    checkRelation("2️⃣Both sides2️⃣ 1️⃣offer1️⃣ 3️⃣a potent testimony to the cost3️⃣.", .other, learned: true)
}

/// SpeakerBefore.swift — with the learned tagger: a lower-case word right after a subject pronoun starts its
/// predicate and the pronoun is the source ("I’m more vocal about"); after "be" a comparative or an adverb opens
/// the predicate the cue heads, past a floating quantifier, and the subject before "be" is the source ("was most
/// proud of", "Bolton and Gorka were both sternly critical of").
@Test func speakerBeforeMoreLearnedPredicates() {
    checkRelation("2️⃣I’m2️⃣ 1️⃣more vocal about1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
    checkRelation("2️⃣Cole2️⃣ was most 1️⃣proud1️⃣ of 3️⃣the plan3️⃣.", .other, cueAtLeast: true, learned: true)
    checkRelation("2️⃣Bolton and Gorka2️⃣ 1️⃣were both sternly critical of1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// SpeakerBefore.swift — with the learned tagger: the owner opening the description before a noun cue is the
/// source, past the cue's own modifiers ("Rubio's catch phrase", "Sen. Graham's energetic endorsement of").
@Test func speakerBeforeMoreLearnedNounCueOwners() {
    checkRelation(
        "Marco Rubio spoke. 2️⃣Rubio's2️⃣ catch 1️⃣phrase1️⃣ is 3️⃣that the plan works3️⃣.", .other, cueAtLeast: true, learned: true
    )
    checkRelation("It was 2️⃣Sen. Graham's2️⃣ energetic 1️⃣endorsement of1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// SpeakerBefore.swift — a time between the subject and its verb is skipped, with "this" before its unit: "The
/// council this year said", "The mayor earlier this week said" (ClauseSubject.swift's "earlier this year" too), as
/// "last week" always was.
@Test func speakerBeforeMoreATimeWithThis() {
    checkRelation("2️⃣The council2️⃣ this year 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("2️⃣The mayor2️⃣ earlier this week 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("2️⃣The council2️⃣ earlier this year 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("2️⃣The mayor's office2️⃣ earlier this year 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("2️⃣The mayor2️⃣ last week 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — a verb taking the cue as its complement belongs to the verb phrase ("Hart tried to
/// argue…", AttributionWords.swift's "Cole tried to argue…"), with "to" before the cue's verb: the subject before
/// it speaks.
@Test func speakerBeforeMoreTriedToArgue() {
    checkRelation("2️⃣Hart2️⃣ tried 1️⃣to argue1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ tried 1️⃣to argue1️⃣ 3️⃣that the plan failed3️⃣.", .other)
}

/// SpeakerBefore.swift — a time is no speaker; the subject it ends is, when the words before it read as one noun
/// phrase ("Disclosures filed on Sunday night revealed…", a participle's own time); a time after a name is no object
/// inside the subject ("Sen. Ann Cole on Wednesday morning called…", SourceStart.swift).
@Test func speakerBeforeMoreATimeEndingTheSubject() {
    checkRelation("2️⃣Disclosures filed on Sunday night2️⃣ 1️⃣revealed1️⃣ 3️⃣that the firm paid $5m3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole2️⃣ on Wednesday morning 1️⃣called for1️⃣ 3️⃣a vote3️⃣.", .other)
}

/// SpeakerBefore.swift — the speaker stands past the verb group's auxiliaries and adverbs ("has in particular
/// noted").
@Test func speakerBeforeMorePastTheVerbGroup() {
    checkRelation("2️⃣Cole2️⃣ has in particular 1️⃣noted1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
}
