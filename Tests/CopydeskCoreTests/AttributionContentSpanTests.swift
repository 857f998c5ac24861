import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/ContentSpan.swift` (and the nested-belief rule of `AttributionFinder.swift`, the quote crediting of `QuoteSpeakers.swift`): 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func aQuoteOverSeveralSentencesIsOneContent() {
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣: 3️⃣“We won. We will win again. Then we rest.”3️⃣", .direct)
    checkRelation("3️⃣“We won. We will win again,”3️⃣ 2️⃣Clark2️⃣ 1️⃣said1️⃣.", .direct)
}

@Test func anAdverbialBetweenCueAndClauseIsNoContent() {
    checkRelation("2️⃣Allen2️⃣ 1️⃣said1️⃣ on ABC on Sunday 3️⃣that the war was lost3️⃣.", .indirect)
}

@Test func whereATrailingCueWasSaidIsNoContent() {
    // The clause before is what was reported; the place or medium after the cue is an adjunct.
    checkRelation(
        "3️⃣The worms slowed by 95%3️⃣, 2️⃣the researchers2️⃣ 1️⃣reported1️⃣ in the journal Marine Biology.", .other)
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣Cole2️⃣ 1️⃣said1️⃣ at a rally in Ohio.", .indirect)
    // To whom, after a medium: a name, a determiner or a plural noun after "to".
    checkRelation(
        "3️⃣It would cost $5m3️⃣, 2️⃣the office2️⃣ 1️⃣estimated in a memo1️⃣ to agencies last week.", .other,
        cueAtLeast: true)
    // A participle after the cue's comma comments on the report; it is not what was reported.
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣Cole2️⃣ 1️⃣said1️⃣, meaning the town loses its grant.", .indirect)
    // Near miss: a clause after the cue is its content.
    checkRelation("Later, 2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣that the plan was dead3️⃣.", .indirect)
}

@Test func aCueInAnOpeningSubordinateClauseReportsOnlyInsideIt() {
    // The main clause after the subordinate clause's comma is the writer's.
    checkRelation(
        "When 2️⃣a judge2️⃣ 1️⃣ruled1️⃣ 3️⃣in 19613️⃣, the council voted to close all four of its pools.", .other)
    checkRelation("If 2️⃣Cole2️⃣ 1️⃣says1️⃣ 3️⃣the plan is dead3️⃣, the town loses its grant.", .indirect)
    // Near miss: a cue in the main clause after the subordinate clause reports what follows it.
    checkRelation("When the vote ended, 2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣the plan, which cost £2m, was dead3️⃣.", .indirect)
}

@Test func theListenerOfToldIsNoContent() {
    checkRelation("2️⃣Smith2️⃣ 1️⃣told1️⃣ reporters 3️⃣that the deal was off3️⃣.", .indirect)
    checkRelation("And 2️⃣he2️⃣ would have 1️⃣to tell1️⃣ Holder.", .other)
}

@Test func aQuoteSpokenByTheRelationOfAnotherSentenceJoinsItsContent() {
    checkRelation(
        "2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣the plan would work3️⃣. 3️⃣“We have the people and the money.”3️⃣", .mixed)
    checkRelation("2️⃣Clark2️⃣ 1️⃣told1️⃣ the crowd on Monday.\n\n3️⃣“We have the people and the money.”3️⃣", .direct)
}

@Test func aBeliefInsideReportedSpeechIsPartOfItsContent() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣told1️⃣ reporters 3️⃣he thought Fields had made it up3️⃣.", .indirect)
    let f = Fixture("Headline\n\nTrump told reporters he thought Fields had made it up.\n")
    #expect(relations(analyzeFixture(f)).count == 1)
}

@Test func clausesAfterListenersAndAdverbials() {
    checkRelation("2️⃣Pate2️⃣ 1️⃣also told1️⃣ Breitbart News 3️⃣he’d support Clinton3️⃣.", .indirect)
    checkRelation("2️⃣Adelson2️⃣ 1️⃣said1️⃣ on Friday 3️⃣he met Trump3️⃣.", .indirect)
    checkRelation("2️⃣Polls in New Hampshire2️⃣ 1️⃣show1️⃣ 3️⃣a close race3️⃣.", .other)
    checkRelation("2️⃣A Monmouth poll out Monday2️⃣ 1️⃣showed1️⃣ 3️⃣Clinton ahead3️⃣.", .other)
}

@Test func aLaterClauseWithACueOfItsOwnEndsTheContent() {
    checkRelation("2️⃣42%2️⃣ 1️⃣say1️⃣ 3️⃣they are liberal3️⃣, while 47% say they are not.", .indirect)
    checkRelation("2️⃣One firm2️⃣ 1️⃣says1️⃣ 3️⃣there are 2,4003️⃣; another says there are 1,800.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣the bill would pass3️⃣, and Hart argued that it would not.", .indirect)
    // A cue in a parenthesis between a subject and its verb reports up to the comma closing it.
    checkRelation("Cole, 2️⃣who2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣, argued that the town needs a new one.", .indirect)
    checkRelation("2️⃣The agency2️⃣, 1️⃣citing1️⃣ 3️⃣privacy rules3️⃣, said it would not release the names.", .other)
    // Near misses: a clause the content opened, a verb set off by commas, a list before the next verb.
    checkRelation(
        "2️⃣Cole2️⃣ 1️⃣told1️⃣ him 3️⃣that if the bill passed, Hart would resign3️⃣.", .indirect)
    checkRelation(
        "2️⃣Cole2️⃣ 1️⃣recalled1️⃣ 3️⃣the days when, Hart said, the bill would have passed3️⃣.", .indirect)
    checkRelation(
        "2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣sites such as Google, Amazon and Yahoo showed the way3️⃣.", .indirect)
    checkRelation(
        "1️⃣According to1️⃣ 2️⃣aides2️⃣, 3️⃣Clinton has worried that she is out of step3️⃣.", .indirect, cueAtLeast: true)
}

@Test func aVerbCoordinatedWithTheCueReportsOnItsOwn() {
    // The content stops before "and"/"but" (and a comma before it); the coordinated verb is a relation of its own
    // with the same source, speech verb or not (a belief nested in a content is part of it).
    checkRelation("2️⃣Farage2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣, and accused Number 10 of lying.", .indirect)
    checkRelation("2️⃣Farage2️⃣ said the plan failed, and 1️⃣accused1️⃣ 3️⃣Number 10 of lying3️⃣.", .other)
    checkRelation(
        "2️⃣The FBI2️⃣ said that she had been careless, but 1️⃣did not recommend1️⃣ 3️⃣that she face charges3️⃣.", .other)
    checkRelation("2️⃣Biden2️⃣ 1️⃣criticized1️⃣ 3️⃣the tone of the race3️⃣ but defended Sanders as a mainstream candidate.", .other)
    // Coordinated with an earlier verb of the same speaker, past the participle between.
    checkRelation(
        "2️⃣Clinton2️⃣ attacked Trump, 1️⃣saying1️⃣ 3️⃣he would appoint judges3️⃣, and reminded voters of his remarks.",
        .indirect)
    checkRelation(
        "2️⃣Clinton2️⃣ attacked Trump, saying he would appoint judges, and 1️⃣reminded1️⃣ voters of his remarks.", .other,
        cueAtLeast: true)
    // Near misses: a present after a past continues the reported clause; so does a verb with a subject of its own.
    checkRelation(
        "2️⃣The organizers2️⃣ 1️⃣said1️⃣ 3️⃣they are worried about the event and want to deny him a platform3️⃣.",
        .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣voters were angry and he wanted change3️⃣.", .indirect)
}

@Test func aCueThatEndsItsSentenceWithAColonTakesTheNextParagraph() {
    checkRelation("2️⃣Soerens2️⃣ 1️⃣argued1️⃣ that:\n\n3️⃣Only 2,200 Syrians have been admitted so far3️⃣.", .indirect)
}

@Test func aStateOfMindAfterBeHasItsSubjectAsSourceNotAsContent() {
    // Learned cues (the opt-in tagger) and a rule's: the subject holds the feeling, what follows is what it is about.
    checkRelation("2️⃣Many voters2️⃣ 1️⃣were worried about1️⃣ 3️⃣the cost of the plan3️⃣.", .other)
    checkRelation("2️⃣Some parents2️⃣ 1️⃣are deeply concerned1️⃣ 3️⃣that the school will close3️⃣.", .other, learned: true)
    checkRelation("2️⃣They2️⃣ 1️⃣are convinced1️⃣ 3️⃣that the vote was fair3️⃣.", .other, learned: true)
    // A passive report keeps its subject as content; the subject of a passive "told" is its listener.
    checkRelation("We are 1️⃣being told1️⃣ 3️⃣that the plan is off3️⃣.", .indirect, cueAtLeast: true)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was first reported1️⃣ by 2️⃣the Herald2️⃣.", .other)
    // Inside a subordinate clause, the subject starts after its subordinator.
    checkRelation("She was in Paris when 3️⃣the plan3️⃣ 1️⃣was first reported1️⃣ by 2️⃣the Herald2️⃣.", .other)
}

@Test func theSubjectOfACueWithNoSourceIsNeverItsContent() {
    let f = Fixture("Headline\n\nThe union, in a rare move, agreed. The union, in a rare move, hopes for a deal.\n")
    let a = analyzeFixture(f)
    let contents = relations(a).map { r in (f.source[r.cueRange], r.contentRanges.map { f.source[$0] }) }
    #expect(contents.first { $0.0 == "agreed" }?.1 == [])
    #expect(contents.first { $0.0 == "hopes" }?.1 == ["a deal"])
}

@Test func aClauseBeforeANamedSourceIsContentOnlyWhenSetOff() {
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣officials2️⃣ 1️⃣believe1️⃣.", .other)
    checkRelation("3️⃣Costs rose more than3️⃣ 2️⃣the board2️⃣ 1️⃣had predicted1️⃣.", .indirect)
}

@Test func aCueAndSourceSetOffInsideTheClauseTheyReportTakeBothParts() {
    checkRelation("3️⃣The plan3️⃣, 2️⃣he2️⃣ 1️⃣said1️⃣, 3️⃣will fail3️⃣.", .indirect)
    checkRelation("3️⃣The plan3️⃣, 1️⃣said1️⃣ 2️⃣Tom Hart, a former aide2️⃣, 3️⃣will fail3️⃣.", .indirect)
    // (The source after its cue stops before the verb group it interrupts.)
    checkRelation("3️⃣Trump3️⃣, 1️⃣said1️⃣ 2️⃣Ann Cole, who knows him well2️⃣, 3️⃣doesn't forgive3️⃣.", .indirect)
    checkRelation("3️⃣If she wins3️⃣, 2️⃣Ann Cole2️⃣ 1️⃣said1️⃣, 3️⃣the mill will stay open3️⃣.", .indirect)
    checkRelation("3️⃣The mill would be saved3️⃣, 2️⃣Hart2️⃣ 1️⃣said1️⃣, 3️⃣by the new owners3️⃣.", .indirect)
    // The first part runs back to the comma before it; a relative pronoun ending it stands for it.
    checkRelation("In his new role, 3️⃣the best way3️⃣, 2️⃣they2️⃣ 1️⃣think1️⃣, 3️⃣is to wait3️⃣.", .other)
    checkRelation("He sold the mill, 3️⃣which3️⃣, 2️⃣his aides2️⃣ 1️⃣believe1️⃣, 3️⃣would save jobs3️⃣.", .other)
    // Near misses: a clause of its own after the second comma, and a participle that reports on its own.
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣officials2️⃣ 1️⃣said1️⃣, adding that it cost jobs.", .indirect)
    checkRelation("3️⃣The plan is dead3️⃣, 2️⃣officials2️⃣ 1️⃣said1️⃣, and the town agreed.", .indirect)
    checkRelation("3️⃣“The plan is dead,”3️⃣ 2️⃣Hart2️⃣ 1️⃣said1️⃣, 3️⃣“and we lost.”3️⃣", .direct)
}

@Test func aTrailingCueFollowedOnlyByATimeKeepsTheClauseBeforeIt() {
    checkRelation("3️⃣The mill lost $40 million3️⃣, 2️⃣the Daily Courier2️⃣ 1️⃣reported1️⃣ late Friday.", .other)
    checkRelation("3️⃣The mill cut 300 jobs3️⃣, 2️⃣the union2️⃣ 1️⃣said1️⃣ on Monday night.", .indirect)
    checkRelation(
        "3️⃣The mill cut 300 jobs3️⃣, 2️⃣Reuters2️⃣ 1️⃣reported1️⃣ Friday, citing two people at the firm.", .other)
    // Words after the cue that are not a time stay its content.
    checkRelation("2️⃣The union2️⃣ 1️⃣said1️⃣ 3️⃣Monday's vote was void3️⃣.", .indirect)
}

@Test func aParticipleOfAssertionAfterACommaReportsOnItsOwn() {
    // "adding that…" carries the report on in a relation of its own; the cue before it keeps what precedes it.
    let told = "2️⃣Reeve2️⃣ 1️⃣told1️⃣ investors 3️⃣that the mill was safe3️⃣, adding that the river had risen."
    checkRelation(told, .indirect)
    checkRelation(
        "2️⃣Reeve2️⃣ told investors that the mill was safe, 1️⃣adding1️⃣ 3️⃣that the river had risen3️⃣.", .indirect)
    checkRelation("3️⃣The mill is safe3️⃣, 2️⃣Reeve2️⃣ 1️⃣said1️⃣, noting that the river had risen.", .indirect)
    checkRelation("The mill is safe, 2️⃣Reeve2️⃣ said, 1️⃣noting1️⃣ 3️⃣that the river had risen3️⃣.", .indirect)
    // Near miss: a belief inside the content stays inside it ("hoping" is no assertion).
    let f = Fixture("Headline\n\nReeve said that the mill was safe, hoping to calm the town.\n")
    #expect(relations(analyzeFixture(f)).map { f.source[$0.cueRange] } == ["said"])
}

@Test func aQuestionPutInAClauseOfItsOwnIsTheContentOfAsked() {
    // "When asked about…": the question alone; the answer is the next cue's.
    checkRelation("When 1️⃣asked about1️⃣ 3️⃣the levy3️⃣, Reeve said it would stay.", .indirect)
    checkRelation("When asked about the levy, 2️⃣Reeve2️⃣ 1️⃣said1️⃣ 3️⃣it would stay3️⃣.", .indirect)
    // Near miss: with no answer in the sentence, the question runs on.
    checkRelation("When 1️⃣asked about1️⃣ 3️⃣the levy, which rose in May3️⃣.", .indirect)
    // The quote is spoken by the relation whose content holds it.
    let f = Fixture("Headline\n\nAnn Reeve emailed the staff on Monday, telling them, “We will keep the mill open.”\n")
    let a = analyzeFixture(f)
    #expect(a.quotes.first.flatMap { $0.attribution }.map { f.source[a.attributions[$0].cueRange] } == "telling")
}

@Test func ofRightAfterWarnedOpensItsTopic() {
    // The content stops at the participle's comma, and "of" there opens the topic (it joins the cue), no
    // listener's tail.
    checkRelation(
        "2️⃣The experts2️⃣ 1️⃣warned of1️⃣ 3️⃣fakery after the hack3️⃣, arguing that files could be forged.", .indirect)
}

@Test func aReducedPassiveOfAskNamesNoSourceAndHoldsTheQuestion() {
    // "Asked…", "when asked…" name the one asked, not the asker (`isAskedClause`); the question ends at the comma
    // closing its clause, whether or not the clause after it reports.
    checkRelation("1️⃣Asked about1️⃣ 3️⃣the levy3️⃣, Reeve said it would stay.", .indirect)
    checkRelation("Ann Reeve, when 1️⃣asked about1️⃣ 3️⃣the levy3️⃣, said it would stay.", .indirect)
    checkRelation("1️⃣Asked about1️⃣ 3️⃣the levy on Monday3️⃣, the mayor shrugged.", .indirect)
    // Near misses: an object after "asked" makes it active, and an agent names the asker.
    checkRelation(
        "2️⃣Ann Reeve, a councillor2️⃣, 1️⃣asked1️⃣ the mayor 3️⃣whether the levy would stay3️⃣.", .indirect)
    checkRelation("The mayor 1️⃣was asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣whether the levy would stay3️⃣.", .indirect)
}

@Test func aReducedPassiveOfAskWithItsAgentHoldsTheQuestionAlone() {
    // "Asked by reporters…" names the asker (`askedByAgent`); the question ends at the comma that closes its
    // parenthesis or that a clause with its own subject follows, and the agent is no part of it.
    checkRelation("1️⃣Asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣whether he would run again3️⃣, the mayor said no.", .indirect)
    checkRelation("Ann Reeve, 1️⃣asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣about the levy3️⃣, said it would fall.", .indirect)
    // Near miss: a comma that no clause of its own follows does not end the question.
    checkRelation("1️⃣Asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣whether he would run, again and again3️⃣.", .indirect)
}

@Test func aQuestionAskedIfOrWhetherIsTheContentOfAsked() {
    checkRelation("1️⃣Asked1️⃣ 3️⃣if he would run again3️⃣, Hague replied that he would not.", .indirect)
    checkRelation("Asked if he would run again, 2️⃣Hague2️⃣ 1️⃣replied1️⃣ 3️⃣that he would not3️⃣.", .indirect)
    // A quote run goes on with the speaker who quotes, not with the sentence's first relation.
    let f = Fixture(
        "Headline\n\nResponding to the speech, Ann Reeve said: “This was more talk from the mayor.\n\n"
            + "“We have heard all of it before, and we will not hear it again.”\n")
    let a = analyzeFixture(f)
    let speakers = a.quotes.map { q in q.attribution.map { f.source[a.attributions[$0].cueRange] } }
    #expect(speakers == ["said", "said"], "\(speakers)")
}

@Test func aTrailingCueEndingTheSentenceReportsTheClauseBeforeIt() {
    // The outer report takes the whole clause (the inner one nested in it); the inner one stops at the comma.
    checkRelation(
        "3️⃣Reeve said at a forum that the levy was legal3️⃣, 2️⃣the Dayton Star2️⃣ 1️⃣reported1️⃣.", .other)
    checkRelation(
        "2️⃣Reeve2️⃣ 1️⃣said1️⃣ at a forum 3️⃣that the levy was legal3️⃣, the Dayton Star reported.", .indirect,
        cueAtLeast: true)
}

@Test func aNounCueEndingTheSentenceIsNoTrailingReport() {
    let f = Fixture("Headline\n\nBut the next day, according to Hale, Reeve made further demands.\n")
    let a = analyzeFixture(f)
    #expect(relations(a).map { f.source[$0.cueRange] } == ["according to"])
}

@Test func aParticipleOfStanceAfterItsNounTakesItsObjectAlone() {
    // The main clause's verb after the object ends the content: a past form after a comma or after a name.
    checkRelation("Rise USA, 2️⃣the group2️⃣ 1️⃣supporting1️⃣ 3️⃣Jeb Bush3️⃣, spent $1.2 million on ads.", .other)
    checkRelation("2️⃣The groups2️⃣ 1️⃣supporting1️⃣ 3️⃣Kasich and Rand Paul3️⃣ paid $176,000 for files.", .other)
    // A verb in "-s" after a singular noun goes on with the object's own clause.
    checkRelation(
        "2️⃣Critics2️⃣ 1️⃣opposing1️⃣ 3️⃣the plan, but neither man has voted on it3️⃣.", .other)
    // Its figure is then the writer's: the relation sources no claim of the main clause.
    let a = analyzeFixture(Fixture("H\n\nRise USA, the group supporting Jeb Bush, spent $1.2 million on ads.\n"))
    #expect(a.claims.map(\.isSourced) == [false])
}

/// A listener named after its article ("told the BBC") is no content, and a trailing "told" with only its listener
/// after it reports the clause before its comma, as "said" does; an adjunct before it is no content.
@Test func aListenersNameIsNoContentAndATrailingToldReportsTheClauseBefore() {
    checkRelation("2️⃣He2️⃣ 1️⃣told1️⃣ the BBC 3️⃣the deal was off3️⃣.", .indirect)
    checkRelation("3️⃣The deal was dead3️⃣, 2️⃣Mr Smith2️⃣ 1️⃣told1️⃣ reporters.", .indirect)
    // Near misses: no clause before, or an adjunct.
    checkRelation("2️⃣He2️⃣ would have 1️⃣to tell1️⃣ Holder.", .other)
    checkRelation("At a town hall in Dayton, 2️⃣a young woman2️⃣ 1️⃣asked1️⃣ the mayor.", .other)
}

/// A cue in a relative clause on "which" whose object is the pronoun ("which he denies") reports the pronoun, not the
/// clause after the relative clause's comma: the fine is the writer's.
@Test func anObjectRelativeCueReportsItsPronoun() {
    checkRelation(
        "He is charged with theft, 3️⃣which3️⃣ 2️⃣he2️⃣ 1️⃣denies1️⃣, and faces a fine of up to £20,000.", .other)
    checkRelation("The board cited the figure, 3️⃣which3️⃣ 2️⃣the union2️⃣ 1️⃣disputes1️⃣.", .other)
    let f = Fixture("Headline\n\nShe is accused of fraud, which she denies, and could pay £3m.\n")
    #expect(analyzeFixture(f).claims.map(\.isSourced) == [false])
    // Near misses: a cue with its own object reports it.
    checkRelation("2️⃣She2️⃣ 1️⃣denies1️⃣ 3️⃣the charge of theft3️⃣.", .other)
    checkRelation("2️⃣The board2️⃣ 1️⃣cited1️⃣ 3️⃣the figure, which the union disputes3️⃣.", .other)
}
