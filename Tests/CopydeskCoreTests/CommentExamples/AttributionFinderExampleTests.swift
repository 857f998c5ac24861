import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AttributionFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AttributionFinder.swift — NounComplementCue: a noun of assertion with its owner and a "that" clause ("Trump's
/// claim that…"): the owner the source.
@Test func attributionFinderNounComplementCueOwnerIsTheSource() {
    checkRelation("Donald Trump spoke. 2️⃣Trump's2️⃣ 1️⃣claim1️⃣ 3️⃣that the vote was rigged was false3️⃣.", .other)
}

/// AttributionFinder.swift — DocumentSource: documents and data as sources, "In a CNN poll, 38 percent…".
@Test func attributionFinderAPollAsADocumentSource() {
    checkRelation("1️⃣In1️⃣ 2️⃣a CNN poll2️⃣, 3️⃣38 percent backed the plan3️⃣.", .other)
    exampleSourced("In a CNN poll, 38 percent backed the plan.", [true])
}

/// AttributionFinder.swift — SourceSpan: the noun phrase opening a clause for a participle after it ("A campaign
/// official walked out, saying…"), tails ("close to the campaign"), a cue word as a noun ("the report said"), past
/// a dateline ("WASHINGTON (AP) —"), the phrase starting before the name ("former President Obama"), an owner's
/// bare apostrophe ("Fox News' Bret Baier").
@Test func attributionFinderSourceSpanConventions() {
    checkRelation("2️⃣A campaign official2️⃣ walked out, 1️⃣saying1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("2️⃣People close to the campaign2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("3️⃣Sales fell 5%3️⃣, 2️⃣the report2️⃣ 1️⃣said1️⃣.", .indirect)
    checkRelation("WASHINGTON (AP) — 2️⃣The senator2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("3️⃣The plan failed3️⃣, 2️⃣former President Obama2️⃣ 1️⃣said1️⃣.", .indirect)
    checkRelation("2️⃣Fox News' Bret Baier2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
}

/// AttributionFinder.swift — the head of "was reported by" is its participle, and the source starts after the "by".
@Test func attributionFinderAPassivesHeadAndAgent() {
    checkRelation("3️⃣The deal3️⃣ was 1️⃣reported1️⃣ by 2️⃣the Times2️⃣.", .other, cueAtLeast: true)
}

/// AttributionFinder.swift — a participle opening the sentence ("Declaring that…, the senator offered…"): the
/// subject after its comma speaks; the content is the clause up to the comma.
@Test func attributionFinderAFrontedParticiplesContent() {
    checkRelation("1️⃣Declaring1️⃣ 3️⃣that the war was over3️⃣, 2️⃣the senator2️⃣ offered a toast.", .other)
}

/// AttributionFinder.swift — a belief inside what a speech verb of the same sentence reports is part of that
/// content, not a relation of its own ("Trump told reporters he thought Fields made it up", "Clark said voters
/// suspect…").
@Test func attributionFinderNestedBeliefsBelongToTheSpeechVerb() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣told1️⃣ reporters 3️⃣he thought Fields made it up3️⃣.", .indirect)
    exampleSpeakers("1️⃣Trump1️⃣ told reporters he thought Fields made it up.")
    exampleSpeakers("1️⃣Clark1️⃣ said voters suspect the plan.")
}

/// AttributionFinder.swift — "Neymar scored twice. The Brazilian added…": a description that stands for a person
/// speaks as a pronoun would.
@Test func attributionFinderADescriptionOfThePersonNamedLast() {
    checkRelation("Neymar scored twice. 2️⃣The Brazilian2️⃣ 1️⃣added1️⃣ 3️⃣that the team was tired3️⃣.", .indirect)
}

/// AttributionFinder.swift — a preposition opening the content right after a verb cue introduces its topic and
/// belongs to the cue ("apologized for the columns"); a manner adverb closing a speech verb's clause belongs to it
/// ("he said flatly: “…”").
@Test func attributionFinderATopicPrepositionBelongsToTheCue() {
    checkRelation("2️⃣The paper2️⃣ 1️⃣apologized for1️⃣ 3️⃣the columns3️⃣.", .other)
    checkRelation("Asked about the plan, 2️⃣he2️⃣ 1️⃣said flatly1️⃣: 3️⃣“No.”3️⃣", .direct)
}

/// AttributionFinder.swift — a participle right after a comma speaks for the cue before it when a name speaks it
/// ("Sanders criticized the plan, saying…", also past a description: "Democratic presidential candidate Sen. Bernie
/// Sanders"); not a relative clause's ("Farmers, who denounced the sale, were angry, saying…": the farmers speak).
@Test func attributionFinderParticiplesShareTheSpeakerBefore() {
    checkRelation("2️⃣Sanders2️⃣ criticized the plan, 1️⃣saying1️⃣ 3️⃣it was unfair3️⃣.", .indirect)
    checkRelation(
        "2️⃣Democratic presidential candidate Sen. Bernie Sanders2️⃣ criticized the plan, 1️⃣saying1️⃣ 3️⃣it was unfair3️⃣.",
        .indirect)
    checkRelation("2️⃣Farmers2️⃣, who denounced the sale, were angry, 1️⃣saying1️⃣ 3️⃣the price was too low3️⃣.", .indirect)
}

/// AttributionFinder.swift — a cue with no source before a cue with one stops at the last comma before the next
/// cue's source: a question ("Asked if he would run, Hague replied…"), a passive ("The mill is expected to close,
/// officials said").
@Test func attributionFinderAQuestionOrAPassiveBeforeTheAnswer() {
    checkRelation("1️⃣Asked1️⃣ 3️⃣if he would run3️⃣, Hague replied that he would not.", .indirect)
    checkRelation("Asked if he would run, 2️⃣Hague2️⃣ 1️⃣replied1️⃣ 3️⃣that he would not3️⃣.", .indirect)
    checkRelation("3️⃣The mill3️⃣ 1️⃣is expected1️⃣ 3️⃣to close3️⃣, officials said.", .other)
    checkRelation("3️⃣The mill is expected to close3️⃣, 2️⃣officials2️⃣ 1️⃣said1️⃣.", .indirect)
}

/// AttributionFinder.swift — a verb coordinated with one of the same speaker before it in a matching form shares
/// its speaker ("responded by calling him dopey and accusing him…", "has also called for… and proposed", "has also
/// called"; a modal matches any finite form: "would not identify").
@Test func attributionFinderCoordinatedVerbsOfOneSpeaker() {
    checkRelation("2️⃣Clinton2️⃣ responded by calling him dopey and 1️⃣accusing1️⃣ 3️⃣him of lying3️⃣.", .other)
    checkRelation("2️⃣Reed2️⃣ has also called for a tax cut and 1️⃣proposed1️⃣ 3️⃣a new levy3️⃣.", .other)
    checkRelation("2️⃣Police2️⃣ would not identify the man and 1️⃣said1️⃣ 3️⃣he was 40 years old3️⃣.", .indirect)
}

/// AttributionFinder.swift — a trailing cue that ends the sentence reports the clause before its comma, and this
/// content stops there ("He said at a conference that he was comfortable, The Post reported."); a later cue whose
/// subject opens a clause after a comma reports its own ("42% say they're liberal, while 47% say…"); not a comma
/// closing a clause the content opened ("told him that if Iran were a stock, he would…"), nor a verb set off by
/// commas ("the good old days when, he said, protesters…"), nor a list ("sites such as Google, Amazon, eBay and
/// Yahoo showed…").
@Test func attributionFinderWhereAContentStops() {
    checkRelation("2️⃣He2️⃣ 1️⃣said1️⃣ at a conference 3️⃣that he was comfortable3️⃣, The Post reported.", .indirect)
    checkRelation("3️⃣He said at a conference that he was comfortable3️⃣, 2️⃣The Post2️⃣ 1️⃣reported1️⃣.", .other)
    checkRelation("2️⃣42%2️⃣ 1️⃣say1️⃣ 3️⃣they're liberal3️⃣, while 47% say they're not.", .indirect)
    checkRelation("2️⃣Reed2️⃣ 1️⃣told1️⃣ him 3️⃣that if Iran were a stock, he would sell it3️⃣.", .indirect)
    checkRelation("2️⃣Trump2️⃣ 1️⃣recalled1️⃣ 3️⃣the good old days when, he said, protesters were carried out3️⃣.", .indirect)
    checkRelation("Trump recalled the good old days when, 2️⃣he2️⃣ 1️⃣said1️⃣, 3️⃣protesters were carried out3️⃣.", .indirect)
    checkRelation(
        "2️⃣A study2️⃣ 1️⃣found1️⃣ 3️⃣that sites such as Google, Amazon, eBay and Yahoo showed a rise in sales3️⃣.", .other)
}

/// AttributionFinder.swift — a word after a determiner is the head of a noun phrase, never part of the verb group
/// of the cue after it ("the statement talked about…").
@Test func attributionFinderANounBeforeTheCueIsNoPartOfIt() {
    checkRelation("2️⃣The statement2️⃣ 1️⃣talked about1️⃣ 3️⃣the plan3️⃣.", .other)
}

/// AttributionFinder.swift — a noun cue's source is its owner alone, not the words before it ("including Mr. Trump's
/// assertion that…").
@Test func attributionFinderANounCuesOwnerAlone() {
    checkRelation(
        "The report rejected several claims, including 2️⃣Mr. Trump's2️⃣ 1️⃣assertion1️⃣ 3️⃣that the plan would create 300 jobs3️⃣.",
        .other)
}

/// AttributionFinder.swift — a noun of assertion inside what a speech verb of its sentence reports keeps its own
/// relation, its owner the source ("echoed the campaign's claim that…").
@Test func attributionFinderANounOfAssertionInsideSpeechKeepsItsRelation() {
    checkRelation(
        "Clark said Cole echoed 2️⃣the campaign's2️⃣ 1️⃣claim1️⃣ 3️⃣that the plan would create 300 jobs3️⃣.", .other)
}

/// AttributionFinder.swift — the tagger vetoes a rule cue PolNeAR would not mark beside another: in "Shares closed at
/// a record high, according to a Reuters report" the rules' cue on "report" goes, "according to" stays.
@Test func attributionFinderTheTaggerVetoesARuleCue() {
    let f = Fixture("Headline\n\nShares closed at a record high, according to a Reuters report.\n")
    let rules = relations(analyzeFixture(f)).map { "\(f.source[$0.cueRange])" }
    var options = AnalysisOptions()
    options.learnedCues = true
    let tagged = relations(analyzeFixture(f, options: options)).map { "\(f.source[$0.cueRange])" }
    #expect(rules == ["according to", "report"])
    #expect(tagged == ["according to"])
}
