import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/ReportingVerbCue.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func speakerBeforeTheVerbThenIndirectContent() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣the plant would close in May3️⃣.", .indirect)
    checkRelation("In 2017, 2️⃣Kerry2️⃣ 1️⃣said1️⃣ 3️⃣that 100,000 would be accepted3️⃣.", .indirect)
}

@Test func trailingCueTakesTheQuoteBeforeIt() {
    checkRelation("3️⃣“We won,”3️⃣ 2️⃣Clark2️⃣ 1️⃣said1️⃣.", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 2️⃣Clark2️⃣ 1️⃣said in a statement1️⃣ Thursday evening.", .direct)
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣officials2️⃣ 1️⃣said1️⃣.", .indirect)
}

@Test func inversionWithAQuoteOnEachSide() {
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Clark2️⃣, 3️⃣“and we will win again.”3️⃣", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Clark, a partner at the firm2️⃣.", .direct)
}

@Test func auxiliariesParticlesAndNounPhrasesJoinTheCue() {
    checkRelation("2️⃣Smith2️⃣ 1️⃣has also said1️⃣ 3️⃣that prices will rise3️⃣.", .indirect)
    checkRelation("2️⃣Sanders2️⃣ 1️⃣is pledging1️⃣ 3️⃣to take his campaign to the floor3️⃣.", .other)
    checkRelation("2️⃣Trump2️⃣ 1️⃣is saying1️⃣ 3️⃣that the judge is biased3️⃣.", .indirect)
    checkRelation("2️⃣He2️⃣ held a call 1️⃣to defend1️⃣ 3️⃣the company3️⃣.", .other)
    checkRelation("2️⃣The company2️⃣ 1️⃣said in a statement1️⃣ 3️⃣that it would appeal3️⃣.", .indirect)
    checkRelation("2️⃣Smith2️⃣ 1️⃣called for1️⃣ 3️⃣an inquiry into the deal3️⃣.", .other)
    checkRelation("2️⃣Smith2️⃣ 1️⃣asked for1️⃣ 3️⃣an inquiry into the deal3️⃣.", .indirect)
    checkRelation("2️⃣Smith2️⃣ 1️⃣pointed out1️⃣ 3️⃣that the deal was late3️⃣.", .other)
    checkRelation("3️⃣“He had a lot of supporters,”3️⃣ 2️⃣Blunt2️⃣ 1️⃣said1️⃣ of Cruz.", .direct)
    checkRelation("2️⃣Smith2️⃣ 1️⃣commented on1️⃣ 3️⃣the deal3️⃣.", .indirect)
}

@Test func theWholeVerbGroupBetweenSpeakerAndVerbJoinsTheCue() {
    // Auxiliaries, negations and adverbs — listed ones and any in "-ly" — up to the speaker, as PolNeAR marks them.
    checkRelation("2️⃣Smith2️⃣ 1️⃣has long argued1️⃣ 3️⃣that the tax is unfair3️⃣.", .indirect)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣would never flatly deny1️⃣ 3️⃣that the mill was sold3️⃣.", .other)
    checkRelation("2️⃣The union2️⃣ 1️⃣now says1️⃣ 3️⃣the strike will go ahead3️⃣.", .indirect)
    // "cannot" written as one word is an auxiliary as "can not" and "can't" are.
    checkRelation("2️⃣The mayor2️⃣ 1️⃣cannot say1️⃣ 3️⃣whether the levy will pass3️⃣.", .indirect)
    // A noun in "-ly" is no adverb of the verb, listed or after an article.
    for text in ["The Reeve family said the march was on.", "Officials at the rally said the march was on."] {
        let f = Fixture("Headline\n\n" + text + "\n")
        let cues = relations(analyzeFixture(f)).map { f.source[$0.cuePhraseRange ?? $0.cueRange] }
        #expect(cues == ["said"], "\(text)")
    }
}

@Test func aTopicPrepositionOpeningTheContentJoinsTheCue() {
    checkRelation("2️⃣Reeve2️⃣ 1️⃣has boasted of1️⃣ 3️⃣his record on jobs3️⃣.", .other)
    checkRelation("2️⃣The mayor2️⃣ 1️⃣apologized for1️⃣ 3️⃣the delays at the depot3️⃣.", .other)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣boasted of1️⃣ 3️⃣a record year at the mill3️⃣.", .other)
    // Not a preposition that opens no topic ("in May"), nor one that opens a figure ("about 40", "at least 12").
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣in May the plant would close3️⃣.", .indirect)
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣about 40 jobs would go3️⃣.", .indirect)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣has warned1️⃣ 3️⃣that at least 12 jobs would go3️⃣.", .indirect)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣complained1️⃣ 3️⃣at least 12 times3️⃣.", .indirect)
}

@Test func mixedQuoteIsMixed() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣the plan was “a disaster for everyone”3️⃣.", .mixed)
}

@Test func passiveWithAnAgentNamesItsSource() {
    checkRelation("3️⃣The plan3️⃣ 1️⃣was called1️⃣ 3️⃣reckless3️⃣ by 2️⃣the chairman2️⃣.", .other)
    checkRelation("3️⃣The move3️⃣ 1️⃣was first reported1️⃣ by 2️⃣MSNBC2️⃣.", .other)
}

@Test func aPassivesAgentAfterItsListenerNamesItsSource() {
    // "to him" is the listener, not an infinitive whose verb owns the "by" after it.
    checkRelation("3️⃣Scenes from the film3️⃣ 1️⃣were described1️⃣ 3️⃣to him3️⃣ by 2️⃣a Post reporter2️⃣.", .other)
}

@Test func aPassivesAgentAfterTheQuoteItCallsItsSubjectByNamesItsSource() {
    // The quote the passive calls its subject by is one word of the predicate; the agent after it is the source.
    checkRelation(
        "3️⃣The plan3️⃣ 1️⃣was described1️⃣ 3️⃣as “reckless”3️⃣ by 2️⃣the shadow chancellor2️⃣.", .mixed, cueAtLeast: true)
    checkRelation("3️⃣The decision3️⃣ 1️⃣was called1️⃣ 3️⃣“a betrayal”3️⃣ by 2️⃣union leaders2️⃣.", .mixed, cueAtLeast: true)
    // Near misses: a "by" inside a quote that closes the sentence names no one, nor does a passive with no "by".
    checkRelation(
        "The players 1️⃣were told1️⃣ 3️⃣“we will not be beaten by anyone”3️⃣.", .direct, cueAtLeast: true)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was described1️⃣ 3️⃣as “reckless”3️⃣.", .mixed, cueAtLeast: true)
}

@Test func aParticipleBeforeByAndItsAgentIsAPassiveWithoutBe() {
    checkRelation("As 1️⃣reported1️⃣ by 2️⃣the Daily Courier2️⃣, 3️⃣the mill was sold in May3️⃣.", .other)
    // The agent's appositive holds no clause with its own verb.
    checkRelation("As 1️⃣reported1️⃣ by 2️⃣Ann Reeve2️⃣, 3️⃣the council took the loss in May3️⃣.", .other)
    // An adverb before the participle belongs to its cue, as before a verb.
    checkRelation("3️⃣Her remarks3️⃣, 1️⃣first reported1️⃣ by 2️⃣the Daily Courier2️⃣, angered the board.", .other)
}

@Test func aNameInApostropheSBeforeAVerbOnlyFormIsItsSubject() {
    checkRelation("2️⃣Sainsbury's2️⃣ 1️⃣said1️⃣ 3️⃣profits rose 5%3️⃣.", .indirect)
    // Near miss: before a form that may be a noun or an adjective, the name owns it.
    checkNoRelation("Trump's stated goal is growth.")
}

@Test func aFigureIsAPassivesAgent() {
    checkRelation("3️⃣The plan3️⃣ 1️⃣was rejected1️⃣ by 2️⃣more than 60 percent of voters2️⃣.", .other)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was rejected1️⃣ by 2️⃣40 states2️⃣.", .other)
}

@Test func aMeasureAfterByAndAnInfinitivesByNameNoAgent() {
    // A figure that counts no one measures; a "by" after an infinitive is that verb's.
    checkRelation("3️⃣Sales3️⃣ 1️⃣are expected1️⃣ 3️⃣to grow by 3% next year3️⃣.", .other)
    checkRelation("3️⃣The fee3️⃣ 1️⃣is expected1️⃣ 3️⃣to be cut by the board3️⃣.", .other)
    checkRelation("3️⃣Fees3️⃣ 1️⃣were reported1️⃣ 3️⃣down by 40 percent3️⃣.", .other)
}

@Test func passiveWithoutAnAgentHasNoSource() {
    checkRelation("3️⃣The bill3️⃣ 1️⃣is expected1️⃣ 3️⃣to pass on Monday3️⃣.", .other)
}

@Test func agreedThatReportsAgreedToActs() {
    checkRelation("2️⃣Both unions2️⃣ 1️⃣agreed1️⃣ 3️⃣that the talks had failed3️⃣.", .other)
    checkNoRelation("The company agreed to acquire its rival for $5 billion.")
    checkNoRelation("Hiring continues to buck the trend.")
}

@Test func aPluralAfterAPrepositionOrBeforeARelativeClauseIsANoun() {
    // No verb's "-s" form stands after a preposition ("to states" is no infinitive).
    checkNoRelation("The grants go to states that lack funds.", learned: false)
    checkNoRelation("The vote came amid calls for Lee to resign.", learned: false)
    // "that" with a verb straight after it opens a relative clause on the noun.
    checkNoRelation("Most Southern states that will vote in March have large cities.", learned: false)
    checkNoRelation("Voters in big states that have backed him are restless.", learned: false)
    // Near misses: the verb with its subject, before a reported clause.
    checkRelation("2️⃣The ruling2️⃣ 1️⃣states1️⃣ 3️⃣that the law is void3️⃣.", .indirect)
    checkRelation("2️⃣Lee2️⃣ 1️⃣claims1️⃣ 3️⃣that the vote will be close3️⃣.", .indirect)
}

@Test func cueWordsUsedAsNounsAreNoCues() {
    checkNoRelation("The claims were false.")
    checkNoRelation("His report on the budget ran long.")
    checkNoRelation("Rubio collapsed in his home state.")
    checkNoRelation("The campaign will shift staff to the early states.")
    checkNoRelation("Ohio state officials met on Monday.")
    checkNoRelation("Editor's note: the plan changed on Monday.")
    checkNoRelation("Clinton leads by 271 pledged delegates.")
    checkNoRelation("And, thanks to the chaos, she won.")
    // No rule reads a cue here; the tagger reads a poll's finding (a relation PolNeAR marks too).
    checkNoRelation("Gallup finds states shifting toward the GOP.", learned: false)
    checkNoRelation("It was quiet until recent comments drew fire.")
    // A plan or a project after a noun that is no subject: what it names, not an intention or a forecast.
    checkNoRelation("A third of workers lack retirement plans through their jobs.")
    checkNoRelation("The fund paid for transportation projects.")
    checkNoRelation("The fund paid for more than 3,500 projects.")
}

@Test func aBareCueWordOpeningTheSentenceBeforeANounIsItsModifier() {
    // News prose opens with no imperative: a bare cue word before a lower-case noun modifies it.
    checkNoRelation("Rail fares in England will rise by 4.6% in March.")
    checkNoRelation("Rail passengers made 1.6 billion journeys last year.")
    checkNoRelation("Report cards for 40 schools were published.")
    // Near miss: after its subject the word is the verb.
    checkRelation("2️⃣Unions2️⃣ 1️⃣rail against1️⃣ 3️⃣the 4.6% rise3️⃣.", .other)
}

@Test func cueWordsInANounPhraseAreNouns() {
    // A plural owner's bare apostrophe, a determiner of amount, or an adjective after a determiner.
    checkNoRelation("Sanders’ plans for the economy changed in May.", learned: false)
    checkNoRelation("The states' plans for closing gaps changed.", learned: false)
    checkNoRelation("The bill may not gain enough support to pass the Senate.", learned: false)
    checkNoRelation("Her own plans to boost incomes changed in May.", learned: false)
    checkNoRelation("A simple call to the office would have settled it.", learned: false)
    checkNoRelation("The army moved with Turkish support in May.", learned: false)
    // A noun opening a clause after a comma, before "for" or a verb of its own; "support for" anywhere.
    checkNoRelation("As Lee gained scrutiny, support for him grew.", learned: false)
    checkNoRelation("For Lee's backers, support is as strong.", learned: false)
    checkNoRelation("Lee has support from most of the voters.", learned: false)
    // Near misses: the verb after its subject, and after an appositive's comma.
    checkRelation("2️⃣The company2️⃣ 1️⃣plans1️⃣ 3️⃣to cut jobs3️⃣.", .other)
    checkRelation("2️⃣Most voters2️⃣ 1️⃣support1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Cole, a senator2️⃣, 1️⃣calls for1️⃣ 3️⃣an inquiry3️⃣.", .other)
    // A closing single quote mark is no owner's apostrophe: "claims" stays the cue of Cole's report.
    let quoted = Fixture("Headline\n\n‘Lee has lost the votes’ claims Cole.\n")
    let found = relations(analyzeFixture(quoted)).map { quoted.source[$0.cueRange] }
    #expect(found == ["claims"])
}

/// A noun that is a cue word too, ending a noun compound before a form of "be" or a finite
/// auxiliary, heads that verb's subject: it reports nothing.
@Test func aCueWordEndingACompoundBeforeAnAuxiliaryIsANoun() {
    checkNoRelation("The strong jobs report has cleared the way for a rate rise.", learned: false)
    checkNoRelation("Immigrant rights advocates have been outraged by the raids.", learned: false)
    checkNoRelation("Nobody knows how the chemical weapons report will influence Moscow.", learned: false)
}

/// Near misses of the one before: a relative word opening the phrase moves the verb's object before it, and
/// a subject pronoun before the word makes it a verb.
@Test func aCueWordAfterARelativeWordOrAPronounStaysAVerb() {
    for (text, cue) in [
        ("They signed a deal that voters hope will pass.", "hope"),
        ("It is less than what the engineers estimate will be needed.", "estimate"),
        ("The new rules are what he plans is the answer.", "plans"),
    ] {
        let f = Fixture("Headline\n\n" + text + "\n")
        #expect(relations(analyzeFixture(f)).map { f.source[$0.cueRange] } == [cue], "\(text)")
    }
}

@Test func aVerbOfStrikingWithBackBeforeAStatementIsARetort() {
    checkRelation("2️⃣Lee2️⃣ 1️⃣shot back1️⃣ 3️⃣that the vote was close3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣fired back1️⃣: 3️⃣“We will win the vote.”3️⃣", .direct)
    // Near misses: no statement follows, or the verb is a passive's.
    checkNoRelation("Prices shot back up in May.", learned: false)
    checkNoRelation("Lee fired back at Cole over the plan.", learned: false)
    checkNoRelation("The ball was hit back that way.", learned: false)
}

@Test func continuedReportsOnlyAfterAQuoteOrBeforeAClause() {
    checkRelation("3️⃣“We will see,”3️⃣ 2️⃣she2️⃣ 1️⃣continued1️⃣.", .direct)
    checkNoRelation("The talks are continuing this week.")
    checkNoRelation("Clinton spoke to the network on Friday.")
    checkRelation("2️⃣Clinton2️⃣ 1️⃣spoke about1️⃣ 3️⃣her plans for the city3️⃣.", .other)
}

@Test func aRaisingVerbBeforeAnAdjectiveOrAClauseIsTheWritersPerception() {
    // No source: the subject and what follows are what seems, as with "appears to".
    checkRelation("3️⃣Cole3️⃣ 1️⃣seemed1️⃣ 3️⃣rattled by the attacks3️⃣.", .other)
    checkRelation("3️⃣The vote3️⃣ 1️⃣appears1️⃣ 3️⃣increasingly likely to pass3️⃣.", .other)
    checkRelation("3️⃣Cole3️⃣ 1️⃣appeared1️⃣ 3️⃣somewhat uneasy3️⃣.", .other)
    checkRelation("3️⃣The firm3️⃣ 1️⃣seemed1️⃣ 3️⃣most concerned with costs3️⃣.", .other)
    checkRelation("It 1️⃣seemed1️⃣ 3️⃣like the talks had stalled3️⃣.", .other)
    checkRelation("It 1️⃣appears1️⃣ 3️⃣that the mill will close3️⃣.", .other)
    checkRelation("It 1️⃣seems1️⃣ 3️⃣increasingly likely that the mill will close3️⃣.", .other)
    checkRelation("3️⃣The talks3️⃣ 1️⃣appeared1️⃣ 3️⃣as if they had stalled3️⃣.", .other)
    // The writer's hedge sources no figure.
    exampleSourced("The plan appears certain to cost $5m.", [false])
    // Near misses: where, when or how one appeared.
    checkNoRelation("Cole appeared on Fox on Sunday.", learned: false)
    checkNoRelation("She appeared live on Fox.", learned: false)
    checkNoRelation("He appeared wearing a mask.", learned: false)
    checkNoRelation("Hart appeared briefly on the stage.", learned: false)
    checkNoRelation("Hart appeared twice last week.", learned: false)
    // Nor an aim or a participle.
    checkNoRelation("Cole tried not to appear flustered.", learned: false)
    checkNoRelation("The speech left the crowd seeming bored.", learned: false)
}

@Test func infinitiveOnlyCues() {
    checkRelation("2️⃣Smith2️⃣ 1️⃣declined1️⃣ 3️⃣to comment3️⃣.", .other)
    checkNoRelation("Smith appeared on Fox on Monday.")
    // "purports to" credits what follows to its subject, as "claims to" would; "the purported leak" is a noun's.
    checkRelation("2️⃣The memo2️⃣ 1️⃣purports1️⃣ 3️⃣to show the mill was sold3️⃣.", .other)
    checkNoRelation("The purported leak came on Monday.", learned: false)
}

@Test func documentVerbsNeedADocumentOrAClause() {
    checkNoRelation("Police found a body in the river.")
    checkRelation("2️⃣Police2️⃣ 1️⃣found1️⃣ 3️⃣that the door was open3️⃣.", .other)
}

@Test func aPluralThatAPrepositionGovernsIsNoSubject() {
    // "about the jobs report": the plural is the preposition's object, and "report" the noun it modifies.
    checkNoRelation("Markets moved on news about the jobs report on Friday.", learned: false)
    checkNoRelation("Yellen spoke with the markets report in hand.", learned: false)
    // A subject after "of" still reports: the phrase is a quantity's.
    checkRelation("2️⃣Many of the officials2️⃣ 1️⃣report1️⃣ 3️⃣that the plant will close3️⃣.", .other)
}

@Test func quantifiersAndNumbersBeforeACueWord() {
    checkRelation("On the economy, 2️⃣more2️⃣ 1️⃣call1️⃣ 3️⃣themselves conservative3️⃣.", .other)
    checkRelation("Men under 35 1️⃣support1️⃣ 3️⃣Sanders by 4 points3️⃣.", .other)
}

@Test func aVerbThatIsAlsoANounReportsAfterASingularSubject() {
    checkRelation("2️⃣The accord2️⃣ 1️⃣calls on1️⃣ 3️⃣all nations to limit emissions3️⃣.", .other)
}

@Test func fixedPhrasesAndPossessivesAreNoCues() {
    checkNoRelation("That said, the plan has a cost.")
    // No report takes "than" for its content, and a passive "said" of likeness reports nothing.
    checkNoRelation("Dropping the plan is easier said than done, and voters have more say than ever.")
    checkNoRelation("The same cannot be said for Jones, who lost $300.")
    checkNoRelation("Much the same could be said of the senator.")
    checkRelation("2️⃣Obama2️⃣ 1️⃣said of1️⃣ 3️⃣the families that they cared3️⃣.", .indirect)
    checkNoRelation("Trump's report ran to ten pages.")
}

@Test func namingCues() {
    checkRelation("2️⃣Critics2️⃣ 1️⃣referred to1️⃣ 3️⃣him as a sniper3️⃣.", .other)
    checkRelation("2️⃣Clinton2️⃣ 1️⃣portrayed1️⃣ 3️⃣Sanders as a hypocrite3️⃣.", .other)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣extols1️⃣ 3️⃣the mayor, who built the bridge3️⃣.", .other)
    // A verb of depicting names how its subject sees something only with "as".
    checkRelation("2️⃣The mayor2️⃣ 1️⃣paints1️⃣ 3️⃣himself as a reformer3️⃣.", .other)
    checkNoRelation("The crew painted the bridge last spring.", learned: false)
}

@Test func knowingAndSeeingReportOnlyAClause() {
    checkRelation("2️⃣Voters2️⃣ 1️⃣know1️⃣ 3️⃣that the race is close3️⃣.", .other)
    // A subject pronoun opens a clause with no "that"; an object does not.
    checkRelation("2️⃣Clinton2️⃣ 1️⃣knows1️⃣ 3️⃣she will lose the state3️⃣.", .other)
    checkNoRelation("Clinton knows him well.", learned: false)
    // So does a named or an owned subject with its modal or finite "be" or "have"; an object does not.
    checkRelation("2️⃣Cole2️⃣ 1️⃣knows1️⃣ 3️⃣Hart will run to the end3️⃣.", .other)
    checkRelation("2️⃣He2️⃣ 1️⃣knew1️⃣ 3️⃣his drinking was a danger3️⃣.", .other)
    checkNoRelation("He knows the city well.", learned: false)
    checkNoRelation("Cole knows Hart well.", learned: false)
    checkNoRelation("He knew his way home.", learned: false)
    checkNoRelation("He knew the way home.")
    checkNoRelation("She decided to run again.")
    // Realising and reaffirming too: "realized that…" reports a belief, "realized her dream" an action.
    checkRelation("2️⃣The party2️⃣ 1️⃣realized1️⃣ 3️⃣that the vote was lost3️⃣.", .other)
    checkNoRelation("She realized her dream of a farm.", learned: false)
    checkRelation("2️⃣The survey2️⃣ 1️⃣reaffirmed1️⃣ 3️⃣that the tax is unpopular3️⃣.", .other)
    checkNoRelation("The court affirmed the ruling.", learned: false)
    checkRelation("2️⃣Clinton2️⃣ 1️⃣attacked1️⃣ 3️⃣the plan3️⃣.", .other)
}

@Test func aCoordinatedVerbSharesTheClauseSubject() {
    checkRelation("On Monday, 2️⃣Trump2️⃣ flew to Iowa and 1️⃣said1️⃣ 3️⃣the race was over3️⃣.", .indirect)
}

@Test func aListOfVerbPhrasesAcrossSemicolonsSharesTheFirstSubject() {
    checkRelation(
        "2️⃣Mr. Trump2️⃣ has attacked Apple; clashed with Mr. Zuckerberg over immigration; and 1️⃣posted1️⃣ on Twitter "
            + "3️⃣that Amazon would crash3️⃣.", .indirect, cueAtLeast: true)
    // Near miss: a part opening on its own subject keeps it.
    checkRelation("Ann Cole attacked the plan; 2️⃣Tom Hart2️⃣ voted no and 1️⃣said1️⃣ 3️⃣it would fail3️⃣.", .indirect)
}

@Test func aVerbCoordinatedInsideASubordinateClauseSharesThatClausesSubject() {
    checkRelation(
        "Union leaders distrust him because 2️⃣he2️⃣ favors right-to-work laws and 1️⃣opposes1️⃣ 3️⃣a wage increase3️⃣.",
        .other)
    checkRelation(
        "It was a ritual in which 2️⃣management2️⃣ took questions and 1️⃣told1️⃣ analysts 3️⃣that the stock was a buy3️⃣.",
        .indirect, cueAtLeast: true)
    // Near miss: the main clause after the subordinate clause's comma keeps its own subject.
    checkRelation(
        "Although he favors the plan, 2️⃣the governor2️⃣ flew to Iowa and 1️⃣said1️⃣ 3️⃣the race was over3️⃣.",
        .indirect)
}

@Test func negationsBelongToTheCue() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣didn’t say1️⃣ 3️⃣when the wall would be built3️⃣.", .indirect)
}

@Test func anAdverbClosingASpeechVerbsClauseBelongsToTheCue() {
    checkRelation("3️⃣“We are so sorry you are leaving,”3️⃣ 2️⃣Clinton2️⃣ 1️⃣said sarcastically1️⃣.", .direct)
    checkRelation("3️⃣The market is fragile3️⃣, 2️⃣Marsh2️⃣ 1️⃣wrote recently1️⃣.", .indirect)
    checkRelation("2️⃣The leader2️⃣ 1️⃣said flatly1️⃣: 3️⃣“It does not matter.”3️⃣", .direct)
    // Near miss: an adverb before the content's clause stays out of the cue.
    checkRelation("2️⃣He2️⃣ 1️⃣said1️⃣ 3️⃣slowly that the plan would fail3️⃣.", .indirect)
}

@Test func aNamingVerbBeforeAnObjectAndAQuoteIsItsSubjectsReport() {
    // After a common noun "called" would name the noun ("a company called …"), unless an object and a quote follow.
    checkRelation("2️⃣One lawmaker2️⃣ 1️⃣called1️⃣ 3️⃣Lee “the orange prince”3️⃣.", .mixed)
    checkRelation("2️⃣Beruff, a Scott ally2️⃣, 1️⃣called1️⃣ 3️⃣Ohio's standards “strong.”3️⃣", .mixed)
    // Near miss: the quote right after the participle is the name.
    checkNoRelation("They visit a website called “Real News Right Now” every day.", learned: false)
}

@Test func namingParticiplesAndCallsAsNouns() {
    checkNoRelation("They paid a company called Cambridge Analytica.")
    checkNoRelation("The so called “initiative” failed.")
    checkNoRelation("She got a personal call from a friend.")
    checkRelation("2️⃣The president2️⃣ 1️⃣called1️⃣ 3️⃣Clinton a liar3️⃣.", .other)
    checkRelation("2️⃣They2️⃣ 1️⃣call1️⃣ 3️⃣each other friends3️⃣.", .other)
    // A capitalised noun in a phrase "a" or "one" opens names too, and so does a name after "the".
    checkNoRelation("A newly formed super PAC called Future 45 ran ads worth $2 million.", learned: false)
    checkNoRelation("One PAC called Stop Hillary spent $768,000.", learned: false)
    checkNoRelation("The charity runs a competition called the House to Home Prize.", learned: false)
    // Near misses: a second object after the name makes it a judgement.
    checkRelation("2️⃣A lawmaker2️⃣ 1️⃣called1️⃣ 3️⃣Trump a liar3️⃣.", .other)
    checkRelation("2️⃣A Republican PAC2️⃣ 1️⃣called1️⃣ 3️⃣Clinton a threat3️⃣.", .other)
}

@Test func subjectsFurtherBackAndRelativeDocuments() {
    checkRelation("2️⃣He2️⃣ began by 1️⃣saying1️⃣, 3️⃣“We will win this race.”3️⃣", .direct)
    // PolNeAR's cue takes in the adverb ("now said"): the tagger grows the rules' phrase (`extendedCue`).
    checkRelation("2️⃣Massie2️⃣ voted no but 1️⃣now said1️⃣ 3️⃣the bill was fine3️⃣.", .indirect)
    checkRelation(
        "The board passed the resolution 2️⃣which2️⃣ 1️⃣said1️⃣ 3️⃣the city “must act now on rents.”3️⃣", .mixed)
}

@Test func anObjectPronounAfterAnInvertedVerbIsNoSpeaker() {
    checkRelation("2️⃣Romney2️⃣ attacked the plan, 1️⃣calling1️⃣ 3️⃣it “disqualifying”3️⃣.", .mixed)
}

@Test func seeingSomethingAsSomething() {
    checkRelation("2️⃣They2️⃣ 1️⃣see1️⃣ 3️⃣Mr. Trump as a risk3️⃣.", .other)
    checkNoRelation("We will see the results in May.")
}

@Test func addUpIsASumNotARemark() {
    checkNoRelation("Those pledges add up to more than $2 million.", learned: false)
    // Near miss: "added" before its content still reports.
    checkRelation("2️⃣The mayor2️⃣ 1️⃣added1️⃣ 3️⃣that the pledges were late3️⃣.", .indirect)
}

@Test func aVerbOfAssertionReportsWithASpeakingSubjectWithoutThat() {
    checkRelation("2️⃣Experts2️⃣ 1️⃣suggest1️⃣ 3️⃣the firm could be a target3️⃣.", .other)
    checkRelation("2️⃣She2️⃣ 1️⃣suggested1️⃣ 3️⃣the vote be delayed3️⃣.", .indirect)
    checkNoRelation("Rising prices suggest a shortage.", learned: false)
}

@Test func aMostlyNounCueBeforeAPossessiveIsAVerb() {
    checkRelation("2️⃣The developer2️⃣ 1️⃣claims1️⃣ 3️⃣his fortune is worth $2 billion3️⃣.", .indirect)
    // A subject pronoun after the noun opens a relative clause: "the comments he made".
    checkNoRelation("The recent comments he made were mild.", learned: false)
}

@Test func pollRespondentsAnswerForThePoll() {
    // A share of a poll's respondents answering: the poll's finding, no relation of theirs.
    let f = Fixture("Headline\n\nIn a new survey, 48 percent of parents said the school day was too short.\n")
    let a = analyzeFixture(f)
    let cues = relations(a).map { f.source[$0.cueRange] }
    #expect(!cues.contains("said"), "unexpected cues \(cues)")
    // No poll named: the share speaks.
    checkRelation("2️⃣Half of the delegates2️⃣ 1️⃣said1️⃣ 3️⃣they would back the mayor3️⃣.", .indirect)
}

@Test func participleAfterAPrepositionDescribesItsNoun() {
    checkNoRelation("The mayor trails in pledged delegates by a wide margin.")
    checkNoRelation("Reed has won more pledged delegates than Cole.")
    checkNoRelation("Cole leads among pledged delegates.")
    // A subject before the participle keeps the verb: "Many expected cuts" is no amount before a noun.
    checkRelation("2️⃣Many2️⃣ 1️⃣expected1️⃣ 3️⃣cuts to follow3️⃣.", .other)
    checkRelation("2️⃣The mayor2️⃣ 1️⃣pledged1️⃣ 3️⃣that taxes would fall3️⃣.", .other)
}

@Test func theVerbThatIssuedAStatementJoinsItsParticiple() {
    checkRelation("2️⃣The council2️⃣ 1️⃣issued a statement saying1️⃣ 3️⃣the pool would reopen3️⃣.", .indirect)
    checkRelation(
        "2️⃣The firm2️⃣ 1️⃣put out a brief statement saying1️⃣ 3️⃣its data was safe3️⃣.", .indirect)
}

@Test func speakOrTalkBeforeAPlaceOrTimeOpensAnAdjunct() {
    checkRelation(
        "Speaking at a rally in Dayton, 2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣taxes would rise3️⃣.", .indirect)
    checkNoRelation("Cole spoke in Dayton on Monday.", learned: false)
    // Near miss: a topic after the verb reports.
    checkRelation("2️⃣Cole2️⃣ 1️⃣spoke about1️⃣ 3️⃣the tax plan3️⃣.", .other)
}

@Test func speakingToAListenerOpensAnAdjunct() {
    // "speaking to" and a listener, no topic: the setting of the clause's own report, no relation of its own.
    checkRelation(
        "Speaking to reporters after the vote, 2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣taxes would rise3️⃣.", .indirect)
    let f = Fixture("Headline\n\nSpeaking to reporters after the vote, Cole said taxes would rise.\n")
    let cues = relations(analyzeFixture(f)).map { f.source[$0.cueRange] }
    #expect(cues == ["said"], "unexpected cues \(cues)")
    checkNoRelation("Speaking to the council in May, Cole wavered on the levy.", learned: false)
    checkNoRelation("Cole, talking with aides on Monday, left early.", learned: false)
    // Near miss: a topic after the listener reports.
    let g = Fixture("Headline\n\nSpeaking to reporters about the levy, Cole said it would rise.\n")
    let topicCues = relations(analyzeFixture(g)).map { g.source[$0.cueRange] }
    #expect(topicCues == ["Speaking", "said"], "unexpected cues \(topicCues)")
}

@Test func talkOrTalksAfterItsSubjectReportsAndAsANounDoesNot() {
    checkRelation("2️⃣He2️⃣ 1️⃣talks about1️⃣ 3️⃣unity3️⃣.", .other)
    checkRelation("2️⃣Trump and his supporters2️⃣ 1️⃣talk about1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣The mayor2️⃣ came 1️⃣to talk about1️⃣ 3️⃣the dam3️⃣.", .other)
    // Near misses: nouns ("peace talks", "any talk of"), "just talk" after "be", and a sentence's first word.
    checkNoRelation("The peace talks about the border ended.", learned: false)
    checkNoRelation("Any talk of a walkout ended on Monday.", learned: false)
    checkNoRelation("The plan is not just talk.", learned: false)
    checkNoRelation("Talks about the budget resumed.", learned: false)
}

@Test func aCreditLineReportsNothing() {
    checkNoRelation("Additional reporting by Ann Reeve in Dayton.", learned: false)
    // Near miss: a passive on "-ed" names its agent.
    checkRelation("3️⃣The move3️⃣ 1️⃣was first reported1️⃣ by 2️⃣the Dayton Star2️⃣.", .other)
}

@Test func aClauseOnlyCueEndingTheSentenceNeedsItsSubject() {
    checkNoRelation("The firm worked on many development projects.", learned: false)
    checkNoRelation("The mayor campaigned in the big swing states.", learned: false)
    // Near miss: after its subject and a quote it reports.
    checkRelation("3️⃣“We will see,”3️⃣ 2️⃣she2️⃣ 1️⃣continued1️⃣.", .direct)
}

@Test func plansIsANounWithoutItsSubject() {
    checkNoRelation("The mayor laid out his own plans for the river.", learned: false)
    // Near misses: before "to", or after its subject and before a clause, "plans" and "projects" are verbs.
    checkRelation("2️⃣The mayor2️⃣ 1️⃣plans1️⃣ 3️⃣to close the bridge3️⃣.", .other)
    checkRelation("2️⃣The union2️⃣ 1️⃣plans1️⃣ 3️⃣to strike in May3️⃣.", .other)
    checkRelation("2️⃣The budget office2️⃣ 1️⃣projects1️⃣ 3️⃣that the deficit will grow3️⃣.", .other)
}

@Test func madeClearReportsAsOneVerb() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣has made it clear1️⃣ 3️⃣that she will run again3️⃣.", .other)
    checkRelation("2️⃣The mayor2️⃣ 1️⃣made clear1️⃣ 3️⃣he would veto the levy3️⃣.", .other)
    // Near misses: no "make", or no clause after it.
    checkNoRelation("It is not clear whether the levy will pass.", learned: false)
    checkNoRelation("The crews made the road clear for traffic.", learned: false)
    // Nor "clear" as an adjective of a noun, nor a passive with no subject to state it.
    checkNoRelation("The team made clear progress this year.", learned: false)
    checkNoRelation("The costs were made clear: five million a year.", learned: false)
}

@Test func pointReportsWithItsParticle() {
    checkRelation("2️⃣Critics2️⃣ 1️⃣point out1️⃣ 3️⃣that the levy has doubled3️⃣.", .other)
    // Near misses: a noun, and a score.
    checkNoRelation("The point is that nobody voted.", learned: false)
    checkNoRelation("Reeve scored 20 points to lead the team.", learned: false)
}

@Test func aPluralAfterAQuantifierIsANounNotACue() {
    // "Several reports indicate": "reports" is the subject's noun, not a cue with "Several" as its source.
    checkRelation("2️⃣Several reports2️⃣ 1️⃣indicate1️⃣ 3️⃣that 30 people died3️⃣.", .other)
    let f = Fixture("Headline\n\nSeveral reports indicate that 30 people died. Many claims surfaced on Monday.\n")
    let a = analyzeFixture(f)
    #expect(relations(a).map { f.source[$0.cueRange] } == ["indicate"])
}

@Test func aVerbOfAdditionWithAFigureCountsAndDoesNotReport() {
    // "added 200,000 jobs", "added 5% on Monday", "add another $3bn to the debt": a count, no relation, so the
    // figures stay unsourced; with a clause, a quote or a verb after the figure "added" still reports.
    let f = Fixture(
        "Headline\n\nThe economy added 200,000 jobs in March. The company added 300 staff last year, and its shares "
            + "added 5% on Monday. The plan would add another $3bn to the debt. Police added 30 were hurt. "
            + "He added 60 percent of voters back him. The bank added that profits rose 10%. "
            + "Trump added to his portfolio of 14 courses.\n")
    let a = analyzeFixture(f)
    // Per body sentence, its relations: none for the three counts; "to his portfolio of 14" is no figure object.
    let perSentence = relationCountsPerBodySentence(a)
    #expect(perSentence == [0, 0, 0, 1, 1, 1, 1])
    let unsourced = a.claims.filter { !$0.isSourced }.map { f.source[$0.cueRange] }
    #expect(unsourced.contains("200,000 jobs") && unsourced.contains("300 staff") && unsourced.contains("$3bn"))
}

@Test func aRecallOfAFigureOfGoodsDoesNotReport() {
    // "Toyota recalled 500,000 cars in 2019": a maker taking back goods, no relation, so the figure stays unsourced;
    // a memory with a clause still reports.
    let f = Fixture(
        "Headline\n\nToyota recalled 500,000 cars in 2019. Ford recalled 2.4 million vehicles. The firm is recalling "
            + "about 40,000 units. She recalled that the plant had employed 3,000 people. He recalled 200 workers "
            + "were laid off.\n")
    let a = analyzeFixture(f)
    let perSentence = relationCountsPerBodySentence(a)
    #expect(perSentence == [0, 0, 0, 1, 1])
    let unsourced = a.claims.filter { !$0.isSourced }.map { f.source[$0.cueRange] }
    #expect(unsourced.contains("500,000 cars") && unsourced.contains("2.4 million vehicles"))
    #expect(!unsourced.contains("3,000 people") && !unsourced.contains("200 workers"))
}

@Test func aRecallOfAFigureOfGoodsReachesPastOf() {
    // "of" joins a noun to the figure's noun: the goods phrase runs on to "over", no relation, so the figure stays
    // unsourced; a memory with a clause still reports its figure.
    let f = Fixture(
        "Headline\n\nThe agency has recalled 40,000 packs of chicken sandwiches over fears of listeria.\n\n"
            + "She recalled that 40,000 packs of chicken sandwiches were sold.\n")
    let a = analyzeFixture(f)
    #expect(relationCountsPerBodySentence(a) == [0, 1])
    #expect(a.claims.map(\.isSourced) == [false, true])
}

@Test func anAnswerWithAFigureForObjectDoesNotReport() {
    // "The helpline answered 12,000 calls in March": calls dealt with, no relation, so the figure stays unsourced (it
    // was sourced by the force itself); a reply with a clause still reports.
    let f = Fixture(
        "Headline\n\nThe helpline answered 12,000 calls in March. The force answered just 62% of 999 calls within 10 "
            + "seconds. He answered that the figures were wrong. She answered that 300 staff had left.\n")
    let a = analyzeFixture(f)
    let perSentence = relationCountsPerBodySentence(a)
    #expect(perSentence == [0, 0, 1, 1])
    let unsourced = a.claims.filter { !$0.isSourced }.map { f.source[$0.cueRange] }
    #expect(unsourced == ["12,000 calls", "62%"])
}

@Test func peopleQuestionedAreAnActAndDoNotReport() {
    // "Officers questioned 300 people in the days after the attack": people asked, with a figure for object, no
    // relation (the figure is no content of 'Officers'); a doubt with a clause still reports.
    let f = Fixture(
        "Headline\n\nOfficers questioned 300 people in the days after the attack. Detectives questioned two men. "
            + "Critics questioned whether the plan would work.\n")
    let a = analyzeFixture(f)
    #expect(relationCountsPerBodySentence(a) == [0, 0, 1])
}

@Test func aResponseByAMeansIsAnActAndDoesNotReport() {
    // "Beijing responded by sidestepping Moscow, establishing a $100 billion bank": a response made by a means, no
    // relation, so its figure stays unsourced; one made by speaking still reports.
    let f = Fixture(
        "Headline\n\nBeijing responded by sidestepping Moscow, establishing a $100 billion bank in June. The DNC "
            + "responded by abruptly blocking his access to 12,000 files. A Chinese official "
            + "responded by saying Japan should be careful with its 400 ships.\n")
    let a = analyzeFixture(f)
    let perSentence = relationCountsPerBodySentence(a)
    #expect(perSentence == [0, 0, 2])
    let unsourced = a.claims.filter { !$0.isSourced }.map { f.source[$0.cueRange] }
    #expect(unsourced == ["$100 billion", "12,000 files"])
}

@Test func anAdjectiveInOusIsNoPluralSubject() {
    // "more ambitious plans": "plans" is the noun an adjective describes, not a verb with "ambitious" for subject.
    checkNoRelation("Unless countries develop more ambitious plans, the town will flood.", learned: false)
    checkNoRelation("There were various reports in May.", learned: false)
    // Near miss: a plural noun before it is its subject.
    checkRelation("2️⃣The mayors2️⃣ 1️⃣support1️⃣ 3️⃣the plan3️⃣.", .other)
}

@Test func aNounCueWordAfterANumberAndBeforePunctuationNamesTheDocument() {
    // (The description the name is in apposition to joins the source, from its noun phrase.)
    checkRelation("2️⃣One of the authors of that 2013 report, Ari Reeve2️⃣, 1️⃣said1️⃣ 3️⃣the levy was weak3️⃣.", .indirect)
    let f = Fixture("Headline\n\nThe levy was first set out in its 2015 report.\n")
    #expect(relations(analyzeFixture(f)).isEmpty)
}

@Test func aCueWordInSBeforeAReportingVerbHeadsItsSubject() {
    // No verb stands before another: "advocates" heads the subject of "say", and is no cue of its own.
    let say = "And 2️⃣Iowa biofuels advocates2️⃣ 1️⃣say1️⃣ 3️⃣they have private promises3️⃣."
    let hailed = "2️⃣Muslim advocates2️⃣ 1️⃣hailed1️⃣ 3️⃣the nomination3️⃣."
    checkRelation(say, .indirect)
    checkRelation(hailed, .other)
    for marked in [say, hailed] {
        let a = analyzeFixture(Fixture("Headline\n\n" + marked + "\n"), options: AnalysisOptions())
        #expect(relations(a).count == 1, "\(marked)")
    }
    // Near miss: after a person's name the cue word is the verb of a relative clause with a gap.
    checkRelation("It is a plan 2️⃣Tom Hart2️⃣ 1️⃣claims1️⃣ 3️⃣failed last year3️⃣.", .indirect)
}

/// A verb after a pronoun's clitic "'s" ("has", "is") reports, as it does after the full word; the clitic's subject
/// speaks, also for an infinitive after a passive ("she's expected to argue"). Not a participle before "to" (a
/// passive that names no one: "He's said to be furious"), nor a cue word after a name's possessive.
@Test func aVerbAfterAPronounsCliticReports() {
    checkRelation("2️⃣He's2️⃣ 1️⃣said1️⃣ 3️⃣that the plan will fail3️⃣.", .indirect)
    checkRelation("2️⃣She’s2️⃣ 1️⃣argued1️⃣ 3️⃣that the levy was illegal3️⃣.", .indirect)
    checkRelation("2️⃣He's2️⃣ 1️⃣suggesting1️⃣ 3️⃣that the delegates should switch3️⃣.", .other)
    checkRelation("Cole lacks the fame of Hart, but 2️⃣she’s2️⃣ expected 1️⃣to argue1️⃣ 3️⃣that he is out of touch3️⃣.", .other)
    // Near misses.
    checkNoRelation("He's said to be furious about the levy.", learned: false)
    checkNoRelation("Trump's claims about the levy were false.", learned: false)
}

/// A correspondent's credit ("reported from" and a capitalised place) reports nothing, and a verb in the past before
/// "from" takes no agent after it, as a noun of reaction does: its subject reports.
@Test func aCorrespondentsCreditReportsNothingAndAPastTakesNoAgent() {
    checkNoRelation("Phillip reported from Oakland, Calif.; Gearan, from Washington.", learned: false)
    checkRelation("2️⃣Phillip2️⃣ 1️⃣reported1️⃣ from the scene 3️⃣that the bridge had collapsed3️⃣.", .other)
    // Near miss: a noun of reaction takes the agent after "from".
    checkRelation("The plan won 1️⃣praise1️⃣ from 2️⃣the board2️⃣.", .other)
}

/// "nonetheless", "otherwise" stand inside a verb group as other adverbs do, so a passive past them names no source;
/// a participle after a determined superlative describes the noun after it.
@Test func aConnectiveAdverbStaysInThePassiveAndASuperlativeParticipleIsAnAdjective() {
    checkRelation("3️⃣Direct mail3️⃣ 1️⃣is nonetheless considered1️⃣ 3️⃣an effective tool3️⃣.", .other)
    checkNoRelation("Together, they are the least favored candidates in history.", learned: false)
    // A superlative adjective does the same: listed companies are no list.
    checkNoRelation("The index of Britain's biggest listed companies rose 0.8%.", learned: false)
    checkNoRelation("Cole is the best paid nurses' leader in the country.", learned: false)
    // Near miss: "most" as a subject before a past reports.
    checkRelation("2️⃣Most2️⃣ 1️⃣opposed1️⃣ 3️⃣tax rises3️⃣.", .other)
}

/// A cue after an existential "there" and "be" names no one, nor does the nearest name before it.
@Test func anExistentialCueNamesNoOne() {
    checkRelation(
        "As thousands descend on Brazil for the festival, there are 1️⃣fears1️⃣ 3️⃣the crowds will spread the virus3️⃣.",
        .other)
    // Near miss: a name before the verb with no subject beside it still speaks.
    checkRelation("2️⃣Cole2️⃣ began by 1️⃣saying1️⃣ 3️⃣the crowds will spread the virus3️⃣.", .indirect)
}

/// A title's period inside a fronted participle's clause ("Mrs. Clinton") ends nothing: the participle still speaks
/// for the subject after the clause's comma.
@Test func aTitlesPeriodDoesNotEndAFrontedParticiplesClause() {
    checkRelation(
        "While 1️⃣saying1️⃣ 3️⃣that he respects Mrs. Reeve3️⃣, 2️⃣he2️⃣ voted against the levy.", .indirect)
    // Near miss: a sentence's period does end it, and the participle finds no subject after it.
    checkRelation("While 1️⃣saying1️⃣ 3️⃣that he respects the mayor3️⃣.", .indirect)
}

/// A reflexive stressing the subject ("itself", "himself") before a cue word that is mostly a noun leaves it the
/// subject's verb.
@Test func aReflexiveAfterTheSubjectLeavesANounCueAVerb() {
    checkRelation("On Monday, 2️⃣Acme itself2️⃣ 1️⃣claims1️⃣ 3️⃣the audit was unfair3️⃣.", .indirect)
    checkRelation("2️⃣Critics and Cole himself2️⃣ 1️⃣claim1️⃣ 3️⃣the audit was unfair3️⃣.", .other)
    // Near miss: a reflexive after a verb is its object, and the noun after it no verb.
    checkNoRelation("The club made itself claims of independence.", learned: false)
}

@Test func claimingWhatOneTakesIsNoCue() {
    checkNoRelation("The number of people claiming asylum in the UK fell last year.")
    checkNoRelation("The earthquake claimed the lives of 30 people.")
    // Near miss: a claim with a clause for content still reports.
    checkRelation("2️⃣The union2️⃣ 1️⃣claimed1️⃣ 3️⃣that the lives of 30 miners were at risk3️⃣.", .indirect)
}

@Test func aCallPlacedToAPersonReportsNothing() {
    checkNoRelation("Clinton called Sanders shortly after the vote.")
    checkNoRelation("Cole called him on Tuesday to congratulate him.", learned: false)
    checkNoRelation("Cole called Hart back.", learned: false)
    // Near misses: a second object, a quote or a particle of demand names or reports.
    checkRelation("2️⃣Clinton2️⃣ 1️⃣called1️⃣ 3️⃣Sanders a liar after the vote3️⃣.", .other)
    checkRelation("2️⃣Clinton2️⃣ 1️⃣called1️⃣ 3️⃣him reckless on Tuesday3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣called on1️⃣ 3️⃣Hart to resign3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Cole2️⃣ 1️⃣called1️⃣ 3️⃣Hart on Tuesday “a fraud”3️⃣.", .mixed)
    let f = Fixture("Headline\n\nCole called Wednesday for Hart to resign.\n")
    let cues = relations(analyzeFixture(f)).map { f.source[$0.cueRange] }
    #expect(cues == ["called"], "unexpected cues \(cues)")
}

@Test func claimingTheNominationIsTakingIt() {
    checkNoRelation("Hart needs 1,237 delegates to claim the nomination in July.")
    checkNoRelation("Cole claimed the party nomination on Tuesday.")
    // Near misses: the thing claimed as the subject of a clause, with or without "that", still reports.
    checkRelation("2️⃣Cole2️⃣ 1️⃣claimed1️⃣ 3️⃣the nomination was rigged3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣claimed1️⃣ 3️⃣that the nomination was rigged3️⃣.", .indirect)
}

@Test func aHearsayParticipleRightAfterItsNounHasNoSource() {
    checkRelation("Marlow joined Ashford Rovers for a fee 1️⃣believed1️⃣ 3️⃣to be around £6m3️⃣.", .other)
    // Near miss: after a pronoun it is the subject's verb.
    checkRelation("2️⃣They2️⃣ 1️⃣believed1️⃣ 3️⃣the fee was too high3️⃣.", .other)
}

/// A cue word that is mostly a noun reports when a determined subject and its verb follow it, a clause without
/// "that" (`opensDeterminedClause`).
@Test func aNounCueBeforeADeterminedClauseReports() {
    checkRelation(
        "2️⃣The government2️⃣ 1️⃣estimates1️⃣ 3️⃣the scheme will cost £5.8bn over 10 years3️⃣.", .other)
    checkRelation("2️⃣The council2️⃣ 1️⃣reports1️⃣ 3️⃣the scheme has failed3️⃣.", .other)
    // Near miss: a verb straight after the noun is its own.
    checkNoRelation("The government estimates are due next week.", learned: false)
}

@Test func aGovernmentThatRuledAPlaceIsAnActAndDoesNotReport() {
    // A place or a polity for object: governing, no relation, so the vote share stays unsourced. Near misses: a
    // decision with a clause, and one with an object and its state, still report.
    let f = Fixture(
        "Headline\n\nThe party, which ruled the state for 20 years, won 12% of the vote. "
            + "The Conservatives ruled Britain for 14 years and cut spending by £30bn. "
            + "The judge ruled that the search was unlawful. The court ruled the law unconstitutional.\n")
    let a = analyzeFixture(f)
    #expect(relationCountsPerBodySentence(a) == [0, 0, 1, 1])
    #expect(a.claims.map(\.isSourced) == [false, false])
}

/// `isObjectOfOpeningParticiple`: a cue word in "-s" right after a participle in "-ing" that opens a clause is the
/// participle's object, so the figure before it is the writer's.
@Test func aCueWordAfterAnOpeningParticipleIsItsObject() {
    checkNoRelation("Sales rose 5%, beating forecasts.", learned: false)
    checkNoRelation("Profits rose 12%, topping forecasts of 9%.", learned: false)
    let f = Fixture("Headline\n\nSales rose 5%, beating forecasts.\n")
    #expect(analyzeFixture(f).claims.map(\.isSourced) == [false])
    // Near misses: a gerund before a clause is the verb's subject, and a subject before the participle's place
    // reports.
    checkRelation("In Iowa, 2️⃣polling2️⃣ 1️⃣shows1️⃣ 3️⃣Clinton has 40%3️⃣.", .other)
    checkRelation("3️⃣Sales rose 5%3️⃣, 2️⃣analysts2️⃣ 1️⃣estimate1️⃣.", .other)
}

@Test func anAttackWithForceIsAnActAndDoesNotReport() {
    // "Rebels attacked the northern town on Friday, killing 40 people": a place or a target struck, or harm done after
    // a comma, is force, no relation, so its figures stay unsourced. Near misses: a plan or a person attacked is
    // criticised, and still reports.
    let f = Fixture(
        "Headline\n\nRebels attacked the northern town on Friday, killing 40 people. "
            + "Jets attacked rebel positions near the city with 30 missiles. "
            + "Gunmen attacked Ann Cole's village at dawn, killing 40 people. "
            + "The senator attacked the plan as a waste of money. "
            + "She attacked the president over the tariff of 25%.\n")
    let a = analyzeFixture(f)
    #expect(relationCountsPerBodySentence(a) == [0, 0, 0, 1, 1])
    #expect(a.claims.map(\.isSourced) == [false, false, false, true])
}

@Test func aNounTooCueWordAfterAnArticleAndAnAdjectiveIsANoun() {
    // "Train drivers are locked in a bitter dispute over pensions": after an article and an adjective (a listed one,
    // or a hyphenated compound: "a long-running dispute"), a noun-too cue word heads a noun phrase, no relation, so
    // the figure stays unsourced. Near misses: the verb after a subject opened by "a" still reports.
    let f = Fixture(
        "Headline\n\nTrain drivers are locked in a bitter dispute over pensions, with 30% of services cancelled. "
            + "The firms are in a long-running dispute over a $5m contract. "
            + "A senior official disputed the figure of 300 deaths. "
            + "A local union disputes the figure of 300 job losses.\n")
    let a = analyzeFixture(f)
    #expect(relationCountsPerBodySentence(a) == [0, 0, 1, 1])
    #expect(a.claims.map(\.isSourced) == [false, false, true, true])
}

@Test func aVerbOfDemandReportsOnlyWithItsFor() {
    // "pushed", "begged": no reporting verb, a cue only with the "for" the demand takes.
    checkRelation("2️⃣Union leaders2️⃣ 1️⃣pushed for1️⃣ 3️⃣a vote on the deal3️⃣.", .other)
    checkRelation("2️⃣The families2️⃣ 1️⃣are pushing for1️⃣ 3️⃣an inquiry3️⃣.", .other)
    checkRelation("2️⃣The families2️⃣ 1️⃣begged for1️⃣ 3️⃣an inquiry3️⃣.", .other)
    checkNoRelation("Hart pushed the cart up the hill.", learned: false)
    checkNoRelation("The team was pushed for time.", learned: false)
    checkNoRelation("The push for reform grew.", learned: false)
    // The bare form may be a noun, after an article or an owner and an adjective.
    checkNoRelation("The renewed push for reform grew.", learned: false)
    checkNoRelation("His unyielding push for reform failed.", learned: false)
}

@Test func verbsOfTellingAListenerReportAsToldDoes() {
    // "inform", "notify", "alert" and "reassure" report to a listener, as "told" does: the listener after the verb
    // is no content.
    checkRelation("2️⃣The carmaker2️⃣ 1️⃣informed1️⃣ staff 3️⃣that 1,200 jobs would go3️⃣.", .indirect)
    checkRelation("2️⃣The council2️⃣ 1️⃣has notified1️⃣ residents 3️⃣that bin collections will fall3️⃣.", .indirect)
    checkRelation("2️⃣The firm2️⃣ 1️⃣alerted1️⃣ investors 3️⃣that profits would fall3️⃣.", .indirect)
    checkRelation("2️⃣The bank2️⃣ 1️⃣reassured1️⃣ savers 3️⃣that their deposits were safe3️⃣.", .indirect)
    // Near misses: the adjectives and the noun report nothing.
    checkNoRelation("Investors can now make an informed decision.")
    checkNoRelation("The news was reassuring for savers.")
    checkNoRelation("Police remained on alert after the fire.")
    // A passive's subject is the listener, as "were told"'s is, not the source.
    checkRelation("Staff 1️⃣were informed1️⃣ 3️⃣that 1,200 jobs would go3️⃣.", .indirect)
    // The claims they report are sourced; one told to a listener who names no teller is not.
    checkRule(
        "unsourced-claim",
        [
            "a.txt":
                "H\n\nThe carmaker informed staff that 1,200 jobs would go. The council has notified residents that "
                + "it will save £2m.\n\n1️⃣Unions were informed that the site had lost £40m.1️⃣\n"
        ])
}

@Test func aVerbsDoubledFormsAreItsForms() {
    // One syllable doubles its last consonant ("slam": "slammed"); a final "l" doubles in British spelling too
    // ("signalled", "labelled", as "signaled", "labeled").
    checkRelation("2️⃣Senator Cole2️⃣ 1️⃣slammed1️⃣ 3️⃣the decision3️⃣.", .other)
    checkRelation("2️⃣The firm2️⃣ 1️⃣signalled1️⃣ 3️⃣that 400 jobs could go3️⃣.", .other)
    checkRelation("2️⃣Critics2️⃣ 1️⃣labelled1️⃣ 3️⃣the plan a waste3️⃣.", .other)
    // Near misses: "slam" with no object is an impact; a passive's agent still speaks.
    checkNoRelation("The door slammed shut.", learned: false)
    checkNoRelation("The car slammed into a wall.", learned: false)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was slammed1️⃣ by 2️⃣unions2️⃣.", .other)
}
