import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AttributionWords.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AttributionWords.swift — a document verb reports with a document subject or a "that" clause ("the audit found
/// that…"); "police found a body" reports nothing.
@Test func attributionWordsDocumentVerbsReportWithAClause() {
    checkRelation("2️⃣The audit2️⃣ 1️⃣found1️⃣ 3️⃣that sales fell3️⃣.", .other)
    checkNoRelation("Police found a body in the river.", learned: false)
}

/// AttributionWords.swift — a recipient verb's object is the listener, not the content ("warned him that…").
@Test func attributionWordsRecipientVerbsTakeTheListener() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣warned1️⃣ him 3️⃣that the bridge was unsafe3️⃣.", .indirect)
}

/// AttributionWords.swift — infinitive cues ("seemed to suggest") and clause-only cues that mostly are no cue
/// ("continued to climb", "spoke to the gathering"); a verb of depicting only with "as" ("paints herself as a
/// reformer", not "painted the house").
@Test func attributionWordsInfinitiveAndClauseOnlyCues() {
    checkRelation("2️⃣The figures2️⃣ 1️⃣seemed to suggest1️⃣ 3️⃣a slowdown3️⃣.", .other)
    checkNoRelation("Prices continued to climb in May.", learned: false)
    checkNoRelation("Clark spoke to the gathering on Friday.", learned: false)
    checkRelation("2️⃣Clark2️⃣ 1️⃣paints1️⃣ 3️⃣herself as a reformer3️⃣.", .other)
    checkNoRelation("Clark painted the house last summer.", learned: false)
}

/// AttributionWords.swift — the reporting-verb scan reads a cue phrase from its end ("as Vulture put it", "fired
/// back that…").
@Test func attributionWordsPhraseCueEnds() {
    exampleSpeakers("The show was a flop, as 1️⃣Vulture1️⃣ put it.")
    checkRelation("2️⃣Clark2️⃣ 1️⃣fired back1️⃣ 3️⃣that the plan was a sham3️⃣.", .indirect)
}

/// AttributionWords.swift — "each" is no plural quantifier: its verb takes "-s" ("each reports to the board"), so
/// the word after it stays a verb.
@Test func attributionWordsEachTakesAVerb() {
    checkRelation("2️⃣Each2️⃣ 1️⃣reports1️⃣ 3️⃣to the board3️⃣.", .other)
}

/// AttributionWords.swift — what one claims by taking it ("claimed the title") is no speech.
@Test func attributionWordsClaimedThingsAreTaken() {
    checkNoRelation("Clark claimed the title in Paris.", learned: false)
}

/// AttributionWords.swift — nouns of an event are no complement nouns: their "that" mostly opens a relative clause
/// ("the statement that he issued", "the report that…").
@Test func attributionWordsEventNounsOpenARelativeClause() {
    checkNoRelation("The statement that he issued was short.", learned: false)
    checkNoRelation("The report that the board released was short.", learned: false)
}

/// AttributionWords.swift — an utterance noun after a preposition before a cue is an adjunct ("Cole in his comments
/// argued").
@Test func attributionWordsUtteranceNounsAreAdjuncts() {
    checkRelation("2️⃣Cole2️⃣ in his comments 1️⃣argued1️⃣ 3️⃣that taxes must rise3️⃣.", .indirect)
}

/// AttributionWords.swift — after a verb of perceiving, depicting or leaving someone at it, the participle is the
/// object's ("heard him saying", "left voters wondering").
@Test func attributionWordsDepictionVerbsLeaveTheParticipleToTheObject() {
    checkRelation("Clark heard 2️⃣him2️⃣ 1️⃣saying1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("The ruling left 2️⃣voters2️⃣ 1️⃣wondering1️⃣ 3️⃣what comes next3️⃣.", .other)
}

/// AttributionWords.swift — verbs whose infinitive's subject is their own speak for their subject ("voted to
/// endorse", "volunteered to advocate", "seeking to paint"); a participle after a noun describes it ("the
/// infrastructure needed to identify").
@Test func attributionWordsSubjectControlVerbs() {
    checkRelation("2️⃣The board2️⃣ voted 1️⃣to endorse1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Clark2️⃣ has volunteered 1️⃣to advocate for1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Clark2️⃣ is seeking 1️⃣to paint1️⃣ 3️⃣the mayor as weak3️⃣.", .other)
    checkRelation("The state lacks the infrastructure needed 1️⃣to identify1️⃣ 3️⃣fraud3️⃣.", .other)
}

/// AttributionWords.swift — a participle right after a noun of people is theirs ("drew rivals asking", "focused on
/// law-abiding folks wanting"); an agent's preposition stops the walk back to the verb, the object acts ("letters
/// from voters asking", "an ad by the group attacking", "with officials vowing").
@Test func attributionWordsPeopleNounsAndObjectWalkStops() {
    checkRelation("The debate drew 2️⃣rivals2️⃣ 1️⃣asking for1️⃣ 3️⃣money3️⃣.", .other)
    checkRelation("Clark focused on 2️⃣law-abiding folks2️⃣ 1️⃣wanting1️⃣ 3️⃣safety3️⃣.", .other)
    checkRelation("Clark read 2️⃣letters from voters2️⃣ 1️⃣asking for1️⃣ 3️⃣help3️⃣.", .other)
    checkRelation("Clark condemned 2️⃣an ad by the group2️⃣ 1️⃣attacking1️⃣ 3️⃣the mayor3️⃣.", .other)
    checkRelation("The talks ended with 2️⃣officials2️⃣ 1️⃣vowing1️⃣ 3️⃣to return3️⃣.", .other)
}

/// AttributionWords.swift — after "be" and a participle, "that", "with", "about" open what a state of mind is about
/// ("is concerned that", "was impressed with"): no passive; a topic preposition right after a cue belongs to it
/// ("was asked about").
@Test func attributionWordsStateComplementsAndTopicPrepositions() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣is concerned1️⃣ 3️⃣that costs will rise3️⃣.", .other)
    checkNoRelation("Clark was impressed with the plan.", learned: false)
    checkRelation("Clark 1️⃣was asked about1️⃣ 3️⃣the plan3️⃣.", .indirect)
}

/// AttributionWords.swift — nouns in "-ly" are never adverbs of a verb group ("the state assembly voted").
@Test func attributionWordsLyNounsAreNoAdverbs() {
    checkRelation("2️⃣The state assembly2️⃣ voted 1️⃣to endorse1️⃣ 3️⃣the plan3️⃣.", .other)
}

/// AttributionWords.swift — a relative pronoun is no clause joiner: "the report, which officials say is flawed, …"
/// goes on with the clause before it.
@Test func attributionWordsClauseJoinersLeaveRelativeClauses() {
    exampleSpeakers("The report, which 1️⃣officials1️⃣ say is flawed, was released on Monday.")
}

/// AttributionWords.swift — the words of a time or occasion after a trailing cue are no content ("…, the agency
/// reported late Friday.", "…, she said on Monday night.", "…, it said in a statement this week.", "…, she said at
/// a rally").
@Test func attributionWordsTimeTailsAreNoContent() {
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣the agency2️⃣ 1️⃣reported1️⃣ late Friday.", .other)
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣she2️⃣ 1️⃣said1️⃣ on Monday night.", .indirect)
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣it2️⃣ 1️⃣said in a statement1️⃣ this week.", .indirect)
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣she2️⃣ 1️⃣said1️⃣ at a rally.", .indirect)
}

/// AttributionWords.swift — with a raising verb the subject is part of what seems, and the relation names no source
/// ("Trump appeared to enjoy it").
@Test func attributionWordsRaisingVerbsNameNoSource() {
    checkRelation("3️⃣Trump3️⃣ 1️⃣appeared1️⃣ 3️⃣to enjoy it3️⃣.", .other)
}

/// AttributionWords.swift — an irregular past after a clause's subject opens its verb phrase ("The campaign took
/// the unusual step of…", "Trump made his case, saying…").
@Test func attributionWordsIrregularPastsOpenTheVerbPhrase() {
    checkRelation("2️⃣The campaign2️⃣ took the unusual step of 1️⃣saying1️⃣ 3️⃣the vote was rigged3️⃣.", .indirect)
    checkRelation("2️⃣Trump2️⃣ made his case, 1️⃣saying1️⃣ 3️⃣the vote was rigged3️⃣.", .indirect)
}

/// AttributionWords.swift — a name in "'s" before a verb-only form is its subject ("McDonald's told reporters").
@Test func attributionWordsVerbOnlyFormsAfterAPossessive() {
    checkRelation("2️⃣McDonald's2️⃣ 1️⃣told1️⃣ reporters 3️⃣that sales fell3️⃣.", .indirect)
}

/// AttributionWords.swift — "speak" before a place or time preposition opens an adjunct, not a report ("Speaking at
/// a rally in Ohio, Cole said…", "Cole, speaking in Dayton, …"); "report" before "from" and a place credits a
/// correspondent ("Phillip reported from Oakland, Calif.", "reporting from Kabul").
@Test func attributionWordsSpeakAndReportBeforeAPlaceOpenAnAdjunct() {
    exampleSpeakers("Speaking at a rally in Ohio, 1️⃣Cole1️⃣ said taxes would rise.")
    exampleSpeakers("1️⃣Cole1️⃣, speaking in Dayton, said taxes would rise.")
    checkNoRelation("Phillip reported from Oakland, Calif.", learned: false)
    exampleSpeakers("1️⃣Hart1️⃣, reporting from Kabul, said the road was closed.")
}

/// AttributionWords.swift — "talk" after a negated "be" is a noun ("isn't just talk").
@Test func attributionWordsTalkForms() {
    checkNoRelation("The strike isn't just talk.", learned: false)
}

/// AttributionWords.swift — after these prepositions a cue word that is a noun too and ends in "-s" is a plural
/// noun ("grants to states", "amid reports that", "despite claims of").
@Test func attributionWordsPluralNounsAfterPrepositions() {
    checkNoRelation("The bill sends grants to states.", learned: false)
    checkNoRelation("Shares fell amid reports that the firm would close.", learned: false)
    checkNoRelation("Despite claims of fraud, the vote stood.", learned: false)
}

/// AttributionWords.swift — a cue word after a determiner of amount ("no plans to"), a comparative ("fewer
/// committed voters"), a superlative ("his most trusted aide") or an adjective ("the new plans", "the official
/// claims", "a representative states") is a noun; quantifiers that stand alone as a subject report ("They all
/// agreed reforms were needed", "Most believed taxes would rise"), as does "Subsequent estimates put…".
@Test func attributionWordsNounsAfterDeterminersAndAdjectives() {
    checkNoRelation("Cole has no plans to run.", learned: false)
    checkNoRelation("Fewer committed voters showed up.", learned: false)
    checkNoRelation("Cole met his most trusted aide.", learned: false)
    checkNoRelation("Cole unveiled the new plans.", learned: false)
    checkNoRelation("The official claims were false.", learned: false)
    checkNoRelation("A representative states the rules.", learned: false)
    checkRelation("2️⃣They2️⃣ 1️⃣all agreed1️⃣ 3️⃣reforms were needed3️⃣.", .other)
    checkRelation("2️⃣Most2️⃣ 1️⃣believed1️⃣ 3️⃣taxes would rise3️⃣.", .other)
    checkRelation("2️⃣Subsequent estimates2️⃣ 1️⃣put1️⃣ 3️⃣the cost at $5m3️⃣.", .other)
}

/// AttributionWords.swift — a cue word heading a noun phrase before "for", "of", "from" is a noun ("support for him
/// has grown", "reports of fraud", "support from 52 percent of voters").
@Test func attributionWordsNounsBeforeNounPrepositions() {
    checkNoRelation("Support for him has grown.", learned: false)
    checkNoRelation("Reports of fraud spread.", learned: false)
    checkNoRelation("Cole has support from 52 percent of voters.", learned: false)
}

/// AttributionWords.swift — a participle of stance right after the noun it describes takes a noun phrase ("the
/// super PAC supporting Jeb Bush"), ending where the main verb begins.
@Test func attributionWordsStanceParticiplesTakeAnObject() {
    checkRelation("2️⃣The super PAC2️⃣ 1️⃣supporting1️⃣ 3️⃣Jeb Bush3️⃣ raised $5m.", .other)
}

/// AttributionWords.swift — verbs that make a retort with "back" ("shot back: “…”"); alone they are no speech
/// ("shot a video", "pushed the bill").
@Test func attributionWordsRetortVerbs() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣shot back1️⃣: 3️⃣“That is false.”3️⃣", .direct)
    checkNoRelation("Cole shot a video.", learned: false)
    checkNoRelation("Cole pushed the bill.", learned: false)
}

/// AttributionWords.swift — verbs that take a cue as their complement stand between the subject and the cue ("Cole
/// began asking…", "Cole has lately started urging…", "Cole went on to say…", "Hart goes on to slam…", "Reeve kept
/// on arguing…").
@Test func attributionWordsCatenativeVerbsKeepTheSubject() {
    exampleSpeakers("1️⃣Cole1️⃣ began asking why the plan failed.")
    checkRelation("2️⃣Cole2️⃣ has lately started 1️⃣urging1️⃣ voters 3️⃣to stay home3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ went on 1️⃣to say1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Hart2️⃣ goes on 1️⃣to slam1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Reeve2️⃣ kept on 1️⃣arguing1️⃣ 3️⃣that the plan failed3️⃣.", .other)
}

/// AttributionWords.swift — a reflexive pronoun stresses the subject before it ("Sanders himself, who…").
@Test func attributionWordsReflexivesStressTheSubject() {
    exampleSpeakers("1️⃣Sanders himself1️⃣, who said the plan failed, will run.")
}

/// AttributionWords.swift — "-ing" words that name a role open no clause ("Guido Schmidt, managing director of…").
@Test func attributionWordsRoleParticiples() {
    checkRelation("3️⃣“Sales fell,”3️⃣ 1️⃣said1️⃣ 2️⃣Guido Schmidt, managing director of Acme2️⃣.", .direct)
}

/// AttributionWords.swift — a share of a group before "of" is a poll's answer ("a majority of voters", "half of
/// respondents"); "in" frames a poll as the source ("In a CNN poll, 38 percent…"), "the polls" alone is an idiom
/// ("rose in the polls"); "the RealClearPolitics average of New Hampshire polls" is one figure from several polls.
@Test func attributionWordsPollRespondents() {
    checkRelation("2️⃣A majority of voters2️⃣ 1️⃣say1️⃣ 3️⃣taxes are too high3️⃣.", .indirect)
    checkRelation("2️⃣Half of respondents2️⃣ 1️⃣said1️⃣ 3️⃣taxes are too high3️⃣.", .indirect)
    checkRelation("1️⃣In1️⃣ 2️⃣a CNN poll2️⃣, 3️⃣38 percent said taxes are too high3️⃣.", .other)
    exampleSourced("In a CNN poll, 38 percent said taxes are too high.", [true])
    checkRelation("3️⃣Cole has 30 percent3️⃣ 1️⃣in1️⃣ 2️⃣the RealClearPolitics average of New Hampshire polls2️⃣.", .other)
}

/// AttributionWords.swift — "here" after a subject and before its verb is no part of the source ("Many people here
/// say").
@Test func attributionWordsHereIsNoPartOfTheSource() {
    checkRelation("2️⃣Many people2️⃣ here 1️⃣say1️⃣ 3️⃣taxes are too high3️⃣.", .indirect)
}

/// AttributionWords.swift — "now" and "then" open a role in apposition ("Dunn, now a partner at…", "Susan Crawford,
/// then his agent").
@Test func attributionWordsAppositiveRoleAdverbs() {
    checkRelation("2️⃣Dunn, now a partner at Acme2️⃣, 1️⃣said1️⃣ 3️⃣sales fell3️⃣.", .indirect)
    checkRelation("2️⃣Susan Crawford, then his agent2️⃣, 1️⃣said1️⃣ 3️⃣the deal was off3️⃣.", .indirect)
}

/// AttributionWords.swift — an adjunct on an -ing form has the clause's subject ("In declaring…, the pope…", "Ramos
/// replied by tweeting…").
@Test func attributionWordsAdjunctPrepositionsOnIngForms() {
    checkRelation("In 1️⃣declaring1️⃣ 3️⃣the plan dead3️⃣, 2️⃣the pope2️⃣ said it was unjust.", .other)
    exampleSpeakers("1️⃣Ramos1️⃣ replied by tweeting that the plan was dead.")
}

/// AttributionWords.swift — a parenthesis that adds members to a source before its cue belongs to the source
/// ("Local nurses, including Ann Cole, said", "Ann Cole, along with Tom Hart, says", "Critics, such as Ann Cole,
/// say").
@Test func attributionWordsInclusionParentheses() {
    checkRelation("2️⃣Local nurses, including Ann Cole2️⃣, 1️⃣said1️⃣ 3️⃣the ward was full3️⃣.", .indirect)
    checkRelation("2️⃣Ann Cole, along with Tom Hart2️⃣, 1️⃣says1️⃣ 3️⃣the ward is full3️⃣.", .indirect)
    checkRelation("2️⃣Critics, such as Ann Cole2️⃣, 1️⃣say1️⃣ 3️⃣the ward is full3️⃣.", .indirect)
}

/// AttributionWords.swift — prepositions carry a clause's subject on to a noun ("The deputy head of the delegation
/// to the forum", "officials in the FBI and at the Justice Department"); a name after a placing one is a place, not
/// a speaker ("a supporter from Hemet").
@Test func attributionWordsSubjectTailPrepositions() {
    checkRelation("2️⃣The deputy head of the delegation to the forum2️⃣ 1️⃣said1️⃣ 3️⃣talks failed3️⃣.", .indirect)
    checkRelation("2️⃣Officials in the FBI and at the Justice Department2️⃣ 1️⃣said1️⃣ 3️⃣talks failed3️⃣.", .indirect)
    exampleSpeakers("1️⃣A supporter from Hemet1️⃣ said the rally was full.")
}

/// AttributionWords.swift — capitalised labels with a colon do not name a speaker ("BYLINE: Amber Phillips").
@Test func attributionWordsLabelsNameNoSpeaker() {
    checkNoRelation("BYLINE: Amber Phillips", learned: false)
}

/// AttributionWords.swift — after a verb of making, letting or asking someone act, the infinitive after the object
/// is the object's, not the subject's cue ("urged voters to reject").
@Test func attributionWordsObjectControlVerbs() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣urged1️⃣ voters 3️⃣to reject the plan3️⃣.", .indirect)
}

/// AttributionWords.swift — a passive inside a subordinate clause ("…five years old when the statement was signed")
/// takes no subject from before the subordinator.
@Test func attributionWordsSubordinatorsHoldTheirSubject() {
    exampleSpeakers("Clark was five years old when the statement was signed.")
}

/// AttributionWords.swift — after a verb of depicting, the participle is its object's, not the subject's ("an ad
/// featuring Hispanics telling their stories").
@Test func attributionWordsDepictionVerbsGiveTheParticipleToTheObject() {
    exampleSpeakers("The campaign released an ad featuring 1️⃣Hispanics1️⃣ telling their stories.")
}

/// AttributionWords.swift — after a verb of making or letting someone act, the infinitive after its object is never
/// the subject's ("allowing users to tell", "caused many to wonder": no source).
@Test func attributionWordsObjectControlVerbsKeepTheInfinitiveFromTheSubject() {
    checkRelation(
        "The firm launched a tool allowing users 1️⃣to tell1️⃣ the city 3️⃣that the roads are unsafe3️⃣.", .other)
    checkRelation("The ruling caused many 1️⃣to wonder1️⃣ 3️⃣whether the plan would survive3️⃣.", .other)
}

/// AttributionWords.swift — a verb of feeling names its object as the source, with the tagger ("did not alarm the
/// pollster").
@Test func attributionWordsExperiencerVerbsObjectIsTheSource() {
    checkRelation("The surge 1️⃣did not alarm1️⃣ 2️⃣the pollster2️⃣.", .other, learned: true)
}
