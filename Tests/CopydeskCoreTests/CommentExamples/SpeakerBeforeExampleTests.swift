import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SpeakerBefore.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SpeakerBefore.swift — the subject stands before the verb group's auxiliaries, adverbs and prepositional phrases
/// ("has in particular noted", "They have both urged", "has for the first time").
@Test func speakerBeforeVerbGroupRuns() {
    checkRelation("2️⃣Critics2️⃣ have in particular 1️⃣noted1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣They2️⃣ 1️⃣have both urged1️⃣ voters 3️⃣to stay home3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ has for the first time 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — a lower-case word right after a subject pronoun starts its predicate; the pronoun is the
/// source ("They stop reporting", "they remain hopeful that").
@Test func speakerBeforeSubjectPronounBeforeItsPredicate() {
    checkRelation("2️⃣They2️⃣ stop 1️⃣reporting1️⃣ 3️⃣the crimes3️⃣.", .other)
    checkRelation("2️⃣They2️⃣ 1️⃣remain hopeful1️⃣ 3️⃣that the plan works3️⃣.", .other)
}

/// SpeakerBefore.swift — a cue opening on a particle has its verb before it; the subject stands before the verb
/// ("Bozell points out").
@Test func speakerBeforeParticleCues() {
    checkRelation("2️⃣Bozell2️⃣ 1️⃣points out1️⃣ 3️⃣that the plan failed3️⃣.", .other)
}

/// SpeakerBefore.swift — a floating quantifier ("Bolton and Gorka both denounced", "they all said") or a place
/// adverb ("Her campaign workers here said") after the subject is no part of it.
@Test func speakerBeforeFloatingQuantifiersAndPlaceAdverbs() {
    checkRelation("2️⃣Bolton and Gorka2️⃣ 1️⃣both denounced1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣They2️⃣ 1️⃣all said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Her campaign workers2️⃣ here 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — a verb taking the cue as its complement belongs to the verb phrase and the subject stands
/// before it ("Reeve carried on insisting…"); "Reeve started the debate by asking" has no such verb right before
/// the cue.
@Test func speakerBeforeCatenativeVerbs() {
    checkRelation("2️⃣Reeve2️⃣ carried on 1️⃣insisting1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    exampleSpeakers("1️⃣Reeve1️⃣ started the debate by asking why the plan failed.")
}

/// SpeakerBefore.swift — a participle after the time a verb of spending takes ("spent the day attacking Cole") or
/// after a verb's object ("He sent a memo to the Post explaining his plan") is that verb's subject's.
@Test func speakerBeforeParticiplesAfterAnObject() {
    checkRelation("2️⃣Hart2️⃣ spent the day 1️⃣attacking1️⃣ 3️⃣Cole3️⃣.", .other)
    checkRelation("2️⃣He2️⃣ sent a memo to the Post 1️⃣explaining1️⃣ 3️⃣his plan3️⃣.", .other)
}

/// SpeakerBefore.swift — a post-nominal after the name ("Sadiq Khan MP said", "Sarah Clarke KC told") and a
/// bracketed party or place ("Sen. Chuck Grassley (R-Iowa) said", "Gov. John Kasich (R-OH), said") belong to the
/// source; an appositive reading that names a person stands ("the nominee, Sen. Tim Kaine (D-Va.),", "Jeff Bechdel,
/// chairman of America Rising (a PAC),").
@Test func speakerBeforePostNominalsAndBrackets() {
    checkRelation("2️⃣Sadiq Khan MP2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Sarah Clarke KC2️⃣ 1️⃣told1️⃣ the court 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Sen. Chuck Grassley (R-Iowa)2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Gov. John Kasich (R-OH)2️⃣, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣The nominee, Sen. Tim Kaine (D-Va.)2️⃣, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Jeff Bechdel, chairman of America Rising (a PAC)2️⃣, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — the name before a parenthesis set off by dashes is the speaker ("Mrs. Clinton -- whose
/// husband signed the act -- has derided"); a parenthesis adding members belongs to the source ("Local nurses —
/// including Ann Cole and Tom Hart — have argued", "Democrats — and some Republicans — say").
@Test func speakerBeforeDashParentheses() {
    checkRelation("2️⃣Mrs. Clinton2️⃣ -- whose husband signed the act -- 1️⃣has derided1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation(
        "2️⃣Local nurses — including Ann Cole and Tom Hart2️⃣ — 1️⃣have argued1️⃣ 3️⃣that the ward is full3️⃣.", .indirect)
    checkRelation("2️⃣Democrats — and some Republicans2️⃣ — 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — an adverbial set off by commas between the subject and its verb is no part of the source
/// ("The government, for instance, refused…", "Officials, in fact, insist…", "…, in a filing with the SEC,", "…, in
/// an effort to improve the lot of workers,", "Proponents of the bill, however, say", "NATO's chief, meanwhile,
/// called on"); a participle after a comma takes the clause's subject ("The departments declined to comment,
/// saying…"); a description opens the clause with its relative clause ("Republican lawmakers, who are close to the
/// industry, have vowed…").
@Test func speakerBeforeAdverbialsSetOffByCommas() {
    checkRelation("2️⃣The government2️⃣, for instance, 1️⃣refused1️⃣ 3️⃣to comment3️⃣.", .other)
    checkRelation("2️⃣Officials2️⃣, in fact, 1️⃣insist1️⃣ 3️⃣the plan failed3️⃣.", .other)
    checkRelation("2️⃣The firm2️⃣, in a filing with the SEC, 1️⃣said1️⃣ 3️⃣sales fell3️⃣.", .indirect)
    checkRelation("2️⃣The firm2️⃣, in an effort to improve the lot of workers, 1️⃣said1️⃣ 3️⃣wages would rise3️⃣.", .indirect)
    checkRelation("2️⃣Proponents of the bill2️⃣, however, 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣NATO's chief2️⃣, meanwhile, 1️⃣called on1️⃣ 3️⃣members to spend more3️⃣.", .other)
    checkRelation("2️⃣The departments2️⃣ declined to comment, 1️⃣saying1️⃣ 3️⃣the case was open3️⃣.", .indirect)
    checkRelation("2️⃣Republican lawmakers, who are close to the industry2️⃣, 1️⃣have vowed1️⃣ 3️⃣to block the bill3️⃣.", .indirect)
}

/// SpeakerBefore.swift — a share of people is the source ("42 percent say", "the two write", "Less than a quarter
/// agreed"), not of a noun cue it counts ("35% support among women").
@Test func speakerBeforeSharesOfPeople() {
    checkRelation("2️⃣42 percent2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣The two2️⃣ 1️⃣write1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Less than a quarter2️⃣ 1️⃣agreed1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkNoRelation("Cole has 35% support among women.", learned: false)
}

/// SpeakerBefore.swift — an object pronoun is no subject; it ends the phrase of the subject that holds it ("People
/// familiar with them say").
@Test func speakerBeforeObjectPronounsEndTheSubject() {
    checkRelation("2️⃣People familiar with them2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — "who" (with its clitic: "superdelegates who’ve already said"), "which" ("the report, which
/// found…") and "who" after a dash ("Graham—who had endorsed…") is the source phrase; the description before "who"
/// is the speaker ("a man who told reporters").
@Test func speakerBeforeRelativePronouns() {
    checkRelation("Cole counts on superdelegates 2️⃣who’ve2️⃣ 1️⃣already said1️⃣ 3️⃣they back him3️⃣.", .indirect)
    checkRelation("Cole cited the report, 2️⃣which2️⃣ 1️⃣found1️⃣ 3️⃣that sales fell3️⃣.", .other)
    checkRelation("Cole thanked Graham—2️⃣who2️⃣ 1️⃣had endorsed1️⃣ 3️⃣him on Friday3️⃣.", .other)
    exampleSpeakers("Police arrested 1️⃣a man1️⃣ who told reporters that the plan failed.")
}

/// SpeakerBefore.swift — a cue word after a determiner is a noun and heads the subject ("the report said", "said
/// the report shows" keeps its subject, "the April report" is no time).
@Test func speakerBeforeNounCuesAfterDeterminers() {
    checkRelation("2️⃣The report2️⃣ 1️⃣said1️⃣ 3️⃣sales fell3️⃣.", .indirect)
    checkRelation("Cole said 2️⃣the report2️⃣ 1️⃣shows1️⃣ 3️⃣sales fell3️⃣.", .other)
    checkRelation("2️⃣The April report2️⃣ 1️⃣showed1️⃣ 3️⃣sales fell3️⃣.", .other)
}

/// SpeakerBefore.swift — a verb in the past right before a cue that is no verb (a quantifier, a colon) is the cue's
/// own verb, its subject the source ("Clinton avoided all mention of", "Trump went even further: “…”").
@Test func speakerBeforePastVerbBeforeANonVerbCue() {
    checkRelation("2️⃣Clinton2️⃣ avoided 1️⃣all mention of1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Trump2️⃣ went even further1️⃣:1️⃣ 3️⃣“The plan is dead.”3️⃣", .direct)
}

/// SpeakerBefore.swift — a participle before a verb cue ends the subject; an auxiliary after it opens the cue's
/// verb group ("the delegates selected has publicly signaled"); a noun phrase ending on a clause holds it
/// ("Advisers who have run the numbers argue").
@Test func speakerBeforeParticiplesEndTheSubject() {
    checkRelation("2️⃣The delegates selected2️⃣ 1️⃣has publicly signaled1️⃣ 3️⃣support for Cole3️⃣.", .other)
    checkRelation("2️⃣Advisers who have run the numbers2️⃣ 1️⃣argue1️⃣ 3️⃣the plan failed3️⃣.", .other)
}

/// SpeakerBefore.swift — a plural or preposition-carried subject keeps its head ("the voters say", "Supporters of
/// the law hope", "those surveyed say", "sources close to the campaign", "Sources close to his campaign say",
/// "people familiar with her thinking say").
@Test func speakerBeforeDescriptionsWithAPluralDeterminer() {
    checkRelation("2️⃣The voters2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Supporters of the law2️⃣ 1️⃣hope1️⃣ 3️⃣it survives3️⃣.", .other)
    checkRelation("2️⃣Those surveyed2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Sources close to the campaign2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Sources close to his campaign2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣People familiar with her thinking2️⃣ 1️⃣say1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// SpeakerBefore.swift — a headline in title case capitalises its auxiliaries and adverbs too; the subject stands
/// before them ("Sanders Isn't Now Saying").
@Test func speakerBeforeTitleCaseNegatedVerbGroup() {
    checkRelation("2️⃣Sanders2️⃣ 1️⃣Isn't Now Saying1️⃣ 3️⃣He Will Quit3️⃣", .indirect, headline: true)
}

/// SpeakerBefore.swift — a participle before a verb cue ends the subject, it is no verb of the cue's ("Those
/// surveyed support": a learned cue).
@Test func speakerBeforeParticipleBeforeALearnedVerbCue() {
    checkRelation("2️⃣Those surveyed2️⃣ 1️⃣support1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}

/// SpeakerBefore.swift — isNounCueModifier (learned cues): a noun cue's own article and adjectives are no source
/// ("the full support of": the clause's subject speaks); a name before the appositive they open is ("Adelson, a
/// fierce supporter of…").
@Test func speakerBeforeNounCueModifiersAreNoSource() {
    // (Only that "the full" is no source: which of Cole and the union the tagger reads as the holder is its own.)
    let g = Fixture("Headline\n\nCole has the full support of the union.\n")
    var learned = AnalysisOptions()
    learned.learnedCues = true
    let b = analyzeFixture(g, options: learned)
    let support = relations(b).filter { b.text[$0.cueRange].contains("support") }
    #expect(!support.isEmpty, "no relation on «support»")
    for r in support {
        #expect(r.sourceRange.map { !b.text[$0].hasPrefix("the full") } ?? true, "source «the full…»")
    }
    let f = Fixture(
        "Headline\n\nSheldon Adelson spoke first. 2️⃣Adelson2️⃣, a 1️⃣fierce supporter of1️⃣ Israel, declined to comment.\n")
    var options = AnalysisOptions()
    options.learnedCues = true
    let a = analyzeFixture(f, options: options)
    let r = relations(a).first { $0.cuePhraseRange == f.range("1️⃣") }
    #expect(r?.sourceRange == f.range("2️⃣"), "source \(r?.sourceRange.map { "«\(a.text[$0])»" } ?? "none")")
}

/// SpeakerBefore.swift — auxiliaryBefore: a pronoun ends the run back to an auxiliary ("in what it calls"): the
/// pronoun is the subject, not the subject before "has".
@Test func speakerBeforePronounEndsTheAuxiliaryRun() {
    exampleSpeakers("The firm has in what 1️⃣it1️⃣ calls a review cut 40 jobs.")
}
