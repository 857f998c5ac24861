import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the source-span mechanism (`Analysis/Attribution/SourceSpan.swift` and the files its code map
// lists): 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func sourcePhrasesTakeAppositivesTitlesAndRelativePronouns() {
    checkRelation(
        "2️⃣Harley Lewin, a partner at the firm2️⃣, 1️⃣says1️⃣ 3️⃣Ma is great at PR3️⃣.", .indirect)
    checkRelation("2️⃣The Associated Press2️⃣ 1️⃣reported1️⃣ 3️⃣that she had won3️⃣.", .other)
    checkRelation(
        "They won the backing of Gordon Humphrey, 2️⃣who2️⃣ 1️⃣told1️⃣ POLITICO 3️⃣that he will help3️⃣.", .indirect)
    checkRelation("2️⃣A spokesman for the company2️⃣ 1️⃣said1️⃣ 3️⃣the plant was safe3️⃣.", .indirect)
    checkRelation("2️⃣A spokeswoman for Hillary Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was ready3️⃣.", .indirect)
    checkRelation("2️⃣Officials at the State Department2️⃣ 1️⃣said1️⃣ 3️⃣the emails were classified3️⃣.", .indirect)
    checkRelation("It angered voters 2️⃣who2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("2️⃣Sen. Chuck Grassley (R-Iowa)2️⃣ on Wednesday 1️⃣said1️⃣ 3️⃣the vote would wait3️⃣.", .indirect)
    checkRelation("2️⃣The venture capitalist Marc Andreessen2️⃣ 1️⃣said1️⃣ 3️⃣he would vote3️⃣.", .indirect)
    checkRelation("2️⃣Jerusalem editor Aaron Klein2️⃣ 1️⃣said1️⃣ 3️⃣the deal was off3️⃣.", .indirect)
    checkRelation(
        "3️⃣“He will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Scott Reed, senior strategist at the chamber2️⃣.", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Clark2️⃣, adding that he was tired.", .direct)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣John Smith of Acme Steel2️⃣.", .direct)
}

@Test func aSubjectAfterACommaAndACoordinatorRunsBackOverItsPreposition() {
    checkRelation(
        "The plan failed, but 2️⃣sources close to the chancellor2️⃣ 1️⃣said1️⃣ 3️⃣no decision had been taken3️⃣.",
        .indirect)
    checkRelation(
        "Ministers met, and 2️⃣people briefed on the talks2️⃣ 1️⃣said1️⃣ 3️⃣the deal was off3️⃣.", .indirect)
    // Near miss: a verb after the coordinator is no subject's opening.
    checkRelation(
        "Trump waved, and descended an escalator in New York 1️⃣to declare1️⃣ 3️⃣that he would run3️⃣.", .other)
}

@Test func aContentEndsBeforeALaterCuesOwnClausePastACueNestedInIt() {
    checkRelation(
        "2️⃣The Treasury2️⃣ 1️⃣declined1️⃣ 3️⃣to comment on what it called “speculation”3️⃣, but a source said the plan was dead.",
        .mixed)
    // Near miss: the nested cue keeps its own content.
    checkRelation(
        "The Treasury declined to comment on what 2️⃣it2️⃣ 1️⃣called1️⃣ 3️⃣“speculation”3️⃣, but a source said the plan was dead.",
        .direct)
}

@Test func aParticipleSetOffAfterTheOpeningSubjectSpeaksForIt() {
    checkRelation("2️⃣The agency2️⃣, 1️⃣citing1️⃣ 3️⃣privacy rules3️⃣, declined to release the names.", .other)
    checkRelation("2️⃣Local officials2️⃣, 1️⃣citing1️⃣ 3️⃣privacy rules3️⃣, declined to release the names.", .other)
    // Near miss: a name in apposition to the object, not the opening subject, is no participle's subject.
    checkRelation(
        "2️⃣Maria Lopez2️⃣ criticised the mayor, Tom Hardy, 1️⃣saying1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
}

@Test func aParticipleRightAfterANameTakesTheNameNotTheClausesSubject() {
    checkRelation("The routine begins with 2️⃣Noah2️⃣ 1️⃣commenting on1️⃣ 3️⃣how the talks could fail3️⃣.", .other)
    checkRelation("Some senators vented about 2️⃣Lee2️⃣ 1️⃣vowing1️⃣ 3️⃣to fight on3️⃣.", .other)
    // Near miss: a finite cue after the same phrase reads the clause's subject, its preposition and all.
    checkRelation("2️⃣People briefed on the talks with Lee2️⃣ 1️⃣said1️⃣ 3️⃣the deal was off3️⃣.", .indirect)
}

@Test func whichStandsForADocument() {
    checkRelation("They cited the audit, 2️⃣which2️⃣ 1️⃣said1️⃣ 3️⃣costs had doubled3️⃣.", .indirect)
}

@Test func aFigureHeadsTheDescriptionItCounts() {
    checkRelation("2️⃣64 percent of Democrats2️⃣ 1️⃣said1️⃣ 3️⃣the plan was fair3️⃣.", .indirect)
    checkRelation("2️⃣Nine in 10 voters2️⃣ 1️⃣say1️⃣ 3️⃣the race is close3️⃣.", .indirect)
    checkRelation("2️⃣About six in 102️⃣ 1️⃣say1️⃣ 3️⃣the race is close3️⃣.", .indirect)
    // A share given with the sign is one too, not a name before it.
    checkRelation("Among Democrats, 2️⃣42%2️⃣ 1️⃣say1️⃣ 3️⃣they are liberal3️⃣.", .indirect)
    checkRelation("2️⃣Just 8%2️⃣ 1️⃣said1️⃣ 3️⃣they would stay home3️⃣.", .indirect)
    checkRelation("2️⃣40%2️⃣ 1️⃣support1️⃣ 3️⃣Cole3️⃣.", .other)
}

@Test func aQuantifierBeforeOfHeadsTheSource() {
    checkRelation("2️⃣Most of the farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣Only a quarter of the nurses2️⃣ 1️⃣say1️⃣ 3️⃣the rota is fair3️⃣.", .indirect)
    // Near miss: a quantifier of an opening phrase stays out of the source after its comma.
    checkRelation("Most of all, 2️⃣the farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func coordinatedSourcesBeforeTheCueAreOneSource() {
    checkRelation("2️⃣Maria Lopez and Tom Hardy2️⃣ 1️⃣say1️⃣ 3️⃣the bridge is unsafe3️⃣.", .indirect)
    checkRelation(
        "It is a pact that 2️⃣Maria Lopez and local farmers2️⃣ 1️⃣hope1️⃣ 3️⃣will last3️⃣.", .other)
    // Near miss: a pair after a preposition is not the subject of the cue.
    checkRelation(
        "In the race between Maria Lopez and 2️⃣Tom Hardy2️⃣ 1️⃣said1️⃣ 3️⃣the bridge is unsafe3️⃣.",
        .indirect)
}

@Test func aSourceAfterItsCueTakesItsRoleAndTail() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Labour pollster Ann Reeve2️⃣.", .direct)
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a former U.S. customs official who ran the port2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a source close to the mayor2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a lawyer familiar with the talks2️⃣.", .direct)
    // Near misses: a name before a verb phrase keeps to itself, and a description stops before a comma.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve2️⃣ on Monday.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a source2️⃣ on Monday.", .direct)
}

@Test func aParticipleAfterACommaSpeaksForTheClauseSubject() {
    checkRelation(
        "2️⃣Maria Lopez2️⃣ criticised the mayor, Tom Hardy, 1️⃣saying1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    // Without the comma, a determined noun phrase right after a verb is that verb's object: PolNeAR's source is the
    // sender ("released a statement saying", "sent a letter urging"), and the cue takes in the verb and the
    // statement it sent (`statementVerb`).
    checkRelation(
        "2️⃣Maria Lopez2️⃣ 1️⃣sent a letter saying1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    // With no name in its clause, a participle after a comma takes the description opening the clause, never the
    // object after it.
    checkRelation(
        "2️⃣The farm union2️⃣ walked out on Monday, 1️⃣telling1️⃣ reporters 3️⃣the offer was poor3️⃣.", .indirect)
    // Near miss: a clause whose subject runs on to no verb form we know names no subject.
    checkRelation("Across the valley the farm stood empty for years, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
}

@Test func contractedAndIndefinitePronounsAreSources() {
    checkRelation("2️⃣We’ll2️⃣ 1️⃣argue1️⃣ 3️⃣that the bridge was unsafe3️⃣.", .other)
    checkRelation("2️⃣Not everyone2️⃣ 1️⃣agreed1️⃣ 3️⃣that the bridge was unsafe3️⃣.", .other)
    checkRelation("2️⃣Everyone2️⃣ 1️⃣agreed1️⃣ 3️⃣that the bridge was unsafe3️⃣.", .other)
    checkRelation("One firm counts 2,400 of them; 2️⃣another2️⃣ 1️⃣says1️⃣ 3️⃣there are 1,8003️⃣.", .indirect)
}

@Test func aSourceAfterItsCueRunsOverEachAppositive() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, a pollster at Acme, a firm in Leeds2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, Mrs. Hardy's chief of staff2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, Democrat of Vermont2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, his chief of staff2️⃣.", .direct)
    // Near miss: a participle after the comma opens a clause of the sentence, not an appositive.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, a pollster2️⃣, adding that it was cold.", .direct)
}

@Test func aDescriptionKeepsItsQuantifiersTitlesAndCompounds() {
    checkRelation("2️⃣Other farm leaders2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣All three candidates2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣The two sides2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣Mrs. Lopez's campaign2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣The 31-page memo2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    // Near miss: "that" after a verb opens its clause; it is no determiner of the source.
    checkRelation("Lopez denied that 2️⃣farm leaders2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func aSubjectPronounJoinsACoordinatedSource() {
    checkRelation("2️⃣He and Tom Hardy2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    // Near miss: an object pronoun before "and" is not part of the subject.
    checkRelation("Lopez met her and 2️⃣Tom Hardy2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func anAppositiveIsANounPhraseBetweenCommas() {
    checkRelation("2️⃣Maria Lopez, the mayor2️⃣, 1️⃣said1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    checkRelation("2️⃣The mayor, Maria Lopez2️⃣, 1️⃣said1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    // A company's name closing on an abbreviation's period.
    checkRelation("2️⃣Acme Corp., the maker of anvils2️⃣, 1️⃣said1️⃣ 3️⃣profits fell 20 percent3️⃣.", .indirect)
    checkRelation("2️⃣Acme Corp2️⃣., in a filing, 1️⃣said1️⃣ 3️⃣profits fell 20 percent3️⃣.", .indirect)
    // Near misses: a participle or an adverbial between the commas is not part of the source.
    checkRelation("2️⃣Maria Lopez2️⃣, leading in the polls, 1️⃣said1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    checkRelation("2️⃣Maria Lopez2️⃣, for example, 1️⃣said1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
}

@Test func aPostNominalAfterTheNameKeepsItsAppositive() {
    // "III", "Jr." after a name are a role, not the end of the subject: the name with its appositive is the source.
    checkRelation(
        "2️⃣Tom Hart III, founder of the Media Research Center2️⃣, 1️⃣said1️⃣ 3️⃣the plan was weak3️⃣.", .indirect)
    checkRelation(
        "3️⃣“I support Cruz,”3️⃣ 2️⃣Tom Hart Jr., founder of the Media Research Center2️⃣, 1️⃣said1️⃣.", .direct)
}

@Test func aSubjectRunsFromTheSentenceStartThroughItsModifiers() {
    checkRelation("2️⃣Farmers briefed on the plan2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣Nurses in both hospitals2️⃣ 1️⃣say1️⃣ 3️⃣the rota is unfair3️⃣.", .indirect)
    // Near miss: an opening clause is not part of the subject.
    checkRelation("When the vote closed in Ohio 2️⃣the farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func anAbbreviationInsideAnAppositiveKeepsTheName() {
    checkRelation(
        "2️⃣Maria Lopez, who met Mr. Hardy2️⃣, 1️⃣said1️⃣ 3️⃣the plan was bad3️⃣.", .indirect)
    // Near miss: a question mark inside the stretch still ends the walk back (the relative names no one).
    checkRelation("Did Lopez, who met Mr. Hardy? Well, 2️⃣she2️⃣ 1️⃣said1️⃣ 3️⃣the plan was bad3️⃣.", .indirect)
}

@Test func aCueWordAfterADeterminerIsANounSource() {
    checkRelation("3️⃣“It was late,”3️⃣ 2️⃣the council report2️⃣ 1️⃣said1️⃣.", .direct)
    checkRelation("2️⃣Her statement2️⃣ 1️⃣says1️⃣ 3️⃣the plan was bad3️⃣.", .indirect)
    // Near miss: a cue word after a preposition is no source; the subject before it is.
    checkRelation("2️⃣Maria Lopez2️⃣ in her report 1️⃣said1️⃣ 3️⃣the plan was bad3️⃣.", .indirect)
}

@Test func namesJoinedAfterTheCueShareTheRelation() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Maria Lopez and Tom Hardy2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hardy, a partner at Acme Inc. in Leeds2️⃣.", .direct)
    // Near miss: "and" before a clause does not join a second source.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Maria Lopez2️⃣ and left.", .direct)
}

@Test func aNameBeforeADashParenthesisIsTheSpeaker() {
    checkRelation(
        "2️⃣Maria Lopez2️⃣ — whose firm built the bridge — 1️⃣said1️⃣ 3️⃣it was safe3️⃣.", .indirect)
    // Contrast: between commas the same words are an appositive inside the source.
    checkRelation(
        "2️⃣Maria Lopez, whose firm built the bridge2️⃣, 1️⃣said1️⃣ 3️⃣it was safe3️⃣.", .indirect)
}

@Test func aNameWithABracketKeepsItBeforeARelativeClauseWithItsOwnCue() {
    checkRelation(
        "2️⃣Rep. Ann Cole (D-Md.)2️⃣, who criticized a bill to help farmers in Central Ohio, 1️⃣said1️⃣ 3️⃣it was late3️⃣.",
        .indirect)
}

@Test func aRelativeClauseAfterADocumentBelongsToIt() {
    checkRelation(
        "2️⃣A survey of local delegates, who are key to the race2️⃣, 1️⃣found1️⃣ 3️⃣that most back the mayor3️⃣.",
        .other)
    // Near miss: a participle phrase there stays out.
    checkRelation(
        "2️⃣The poll2️⃣, released on Monday by the college, 1️⃣found1️⃣ 3️⃣that most back the mayor3️⃣.", .other)
}

@Test func aGerundAfterAnAdjunctPrepositionSpeaksForTheClauseSubject() {
    checkRelation(
        "2️⃣Maria Lopez2️⃣ answered the farm union on Monday by 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    checkRelation(
        "“It is late,” 2️⃣the mayor2️⃣ said, before 1️⃣saying1️⃣ 3️⃣that the board had failed3️⃣.", .indirect)
}

@Test func aSourceAfterItsCueTakesTheRoleInItsAppositive() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣recalled1️⃣ 2️⃣Tom Hardy, then mayor of Leeds2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, Acme chief executive2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, a teacher in Nashville, Tennessee2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hardy, managing director of a mill in Leeds2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, Cole’s Office of Budget director2️⃣.", .direct)
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, head of the union, and a nurse who ran the ward2️⃣.", .direct)
    // Near misses: "which" after the role stays out; a participle opens a clause of its own.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, head of the union2️⃣, which represents nurses.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve2️⃣, citing two reports.", .direct)
}

@Test func aGerundInASubordinateClauseSpeaksForThatClauseSubject() {
    checkRelation(
        "Voters backed Ann Cole, while 2️⃣her rival2️⃣ gained ground by 1️⃣saying1️⃣ 3️⃣the vote was rigged3️⃣.",
        .indirect)
}

@Test func anAdverbialSetOffByCommasKeepsTheSubjectBeforeIt() {
    checkRelation("2️⃣The farm union2️⃣, for instance, 1️⃣said1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    checkRelation("2️⃣Local farmers and growers2️⃣, in fact, 1️⃣insist1️⃣ 3️⃣that the price is low3️⃣.", .other)
    // A longer phrase from a preposition, with names, times and figures in it, after the subject opening the sentence.
    checkRelation("2️⃣The company2️⃣, in a statement on Monday, 1️⃣said1️⃣ 3️⃣it would cut 300 jobs3️⃣.", .indirect)
    checkRelation(
        "2️⃣The Obama administration2️⃣, in an effort to help workers, 1️⃣has said1️⃣ 3️⃣it would act3️⃣.", .indirect)
    checkRelation(
        "2️⃣The news site2️⃣, in a long look at the last days of the campaign, 1️⃣described1️⃣ 3️⃣a candidate aggrieved3️⃣.",
        .other)
    checkRelation("2️⃣The agency2️⃣, citing privacy rules, 1️⃣said1️⃣ 3️⃣it would not release the names3️⃣.", .indirect)
    // Near misses: "including" adds to the subject; after a clause, the phrase ends it and the speaker follows.
    checkRelation(
        "2️⃣Democratic candidates, including Clinton and Sanders2️⃣, 1️⃣have proposed1️⃣ 3️⃣new spending3️⃣.", .other)
    checkRelation(
        "3️⃣The firm lobbied on taxes and other issues, at both the federal and state levels3️⃣, 1️⃣said1️⃣ 2️⃣Charlie Black2️⃣.",
        .indirect)
}

@Test func aReactionTakenInNamesItsGiverAsSource() {
    // Learned cues (the opt-in tagger): the rules take neither as a cue.
    checkRelation("The plan 1️⃣has drawn harsh criticism1️⃣ from 2️⃣the farm union2️⃣.", .other, learned: true)
    // The object of a verb of feeling holds the feeling.
    checkRelation("Her stance 1️⃣has angered1️⃣ 2️⃣some farmers2️⃣.", .other, learned: true)
}

@Test func aRelativeClauseInsideTheSubjectBelongsToTheSource() {
    checkRelation("Still, 2️⃣farmers who have lost their crops2️⃣ 1️⃣say1️⃣ 3️⃣the aid came late3️⃣.", .indirect)
    checkRelation(
        "2️⃣Senior union officials who have run the numbers2️⃣ 1️⃣say1️⃣ 3️⃣the plan is too costly3️⃣.", .indirect)
    // The subject of a clause after "that" or a subordinator (a learned cue, as is "angry about" below).
    checkRelation(
        "The news is that 2️⃣more than half of the farmers in Leeds2️⃣ 1️⃣opted for1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
    // A quantifier floating after "be" stays out; the subject before it is the source.
    checkRelation("2️⃣The farmers2️⃣ are all 1️⃣angry about1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true, learned: true)
    // A place adverb between the subject and its verb stays out.
    checkRelation("2️⃣Many farmers2️⃣ here 1️⃣say1️⃣ 3️⃣they are tired3️⃣.", .indirect)
}

@Test func aRelativeClauseWithItsOwnCueStaysOutOfTheSource() {
    // Before the cue any cue keeps it out; after the cue a speech verb does (PolNeAR's sources after the cue take
    // a relative clause with a cue of belief or stance more often than not).
    checkRelation(
        "2️⃣Tom Hardy2️⃣, who estimated that half the farms had closed, 1️⃣said1️⃣ 3️⃣it was late3️⃣.", .indirect)
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hardy2️⃣, who added that half the farms had closed.", .direct)
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hardy, who endorsed the plan last year2️⃣.", .direct)
    // Near miss: a relative clause with no cue of its own describes the source and belongs to it.
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hardy, who farms near Leeds2️⃣.", .direct)
}

@Test func aGroupNounAfterTheCueHeadsItsDescription() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣people familiar with the talks2️⃣.", .direct)
    // Near miss: a group noun after a verb that tells is its object, not the source.
    checkRelation("2️⃣Clark2️⃣ 1️⃣told1️⃣ people the plan was late.", .other)
}

@Test func aRoleOpeningTheClauseBelongsToTheNameAfterIt() {
    checkRelation("2️⃣GOP frontrunner Ann Clark2️⃣ 1️⃣said1️⃣ 3️⃣the dam would fail3️⃣.", .indirect)
    checkRelation("On Monday, 2️⃣GOP frontrunner Ann Clark2️⃣ 1️⃣said1️⃣ 3️⃣the dam would fail3️⃣.", .indirect)
    // Near miss: after another word the role may be a verb's object, and the name alone speaks.
    checkRelation("Then frontrunner 2️⃣Ann Clark2️⃣ 1️⃣said1️⃣ 3️⃣the dam would fail3️⃣.", .indirect)
}

@Test func longBeforeTheCueIsAnAdverbNotTheSource() {
    checkRelation("2️⃣Farmers in the valley2️⃣ 1️⃣long feared1️⃣ 3️⃣the dam would fail3️⃣.", .other)
    // Near miss: the adjective inside the subject stays in its description.
    checkRelation("2️⃣The long report2️⃣ 1️⃣said1️⃣ 3️⃣the dam would fail3️⃣.", .indirect)
}

@Test func theObjectOfAccordingToIsTheWholeSource() {
    checkRelation("3️⃣The rain came late3️⃣, 1️⃣according to1️⃣ 2️⃣F.A.A. records2️⃣.", .indirect)
    checkRelation(
        "1️⃣According to1️⃣ 2️⃣a letter to the board from the mayor2️⃣, 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("3️⃣The rain came late3️⃣, 1️⃣according to1️⃣ 2️⃣John Weaver, a strategist2️⃣.", .indirect)
    // Near misses: opening the sentence, or set off inside it, the source ends at its comma.
    checkRelation("1️⃣According to1️⃣ 2️⃣the budget office2️⃣, 3️⃣the deficit will rise3️⃣.", .indirect)
    checkRelation("3️⃣The network3️⃣, 1️⃣according to1️⃣ 2️⃣him2️⃣, 3️⃣cut his report3️⃣.", .indirect)
    // A pronoun takes no appositive: the clause after its comma is the content, even when it ends the sentence.
    checkRelation(
        "3️⃣He left the firm years ago after3️⃣, 1️⃣according to1️⃣ 2️⃣him2️⃣, 3️⃣the network censured his report3️⃣.",
        .indirect)
}

@Test func aNameKeepsItsTitleOwnerAndBracket() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Labour Rep. Ann Reeve of Leeds2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Gov. Ann Reeve (D-Vt.)2️⃣.", .direct)
    checkRelation("2️⃣Acme News’ Ann Reeve2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣Lopez’s top farm policy aide Ann Reeve2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    // A bracket and a comma before the verb: the name before the bracket, not the place inside it or before it.
    checkRelation("After winning Ohio, 2️⃣Gov. Ann Reeve (R-OH)2️⃣, 1️⃣said1️⃣ 3️⃣the race was not over3️⃣.", .indirect)
    // Near miss: an appositive naming the person keeps its organisation's bracket.
    checkRelation(
        "2️⃣Jeff Hale, chairman of America Rising (a Republican PAC)2️⃣, 1️⃣said1️⃣ 3️⃣the crowd was small3️⃣.", .indirect)
}

@Test func anAdverbAfterTheVerbIsNoInvertedSpeaker() {
    // No subject right before the verb (a quote inside the participle phrase): the name further back, never the adverb.
    checkRelation(
        "3️⃣“We have had better conventions,”3️⃣ Texas delegate 2️⃣Ann Reeve2️⃣, wearing “Cruz” pins, 1️⃣said matter-of-factly1️⃣.",
        .direct)
}

@Test func aSourceKeepsItsHedgesAndAPairInsideItsSubject() {
    checkRelation("2️⃣Some 22 percent of farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣More than half of the farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣At least 40 farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation("2️⃣Leaders of the farm union and the mill workers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    // Near misses: a pair after a preposition inside a clause that opens the sentence is no source, nor is one
    // after a verb.
    checkRelation(
        "Lopez mailed copies of the maps and 2️⃣a letter2️⃣ 1️⃣saying1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    checkRelation(
        "After a meeting of the farm union and 2️⃣the mill workers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func aFloatingQuantifierLeavesTheSubjectAsSource() {
    checkRelation("2️⃣Maria Lopez and Tom Hardy2️⃣ 1️⃣both said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
    // Near miss: opening the sentence, the quantifier is the source.
    checkRelation("2️⃣Both2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

@Test func aRelativeWithItsCliticAndOthersAfterTheCueAreSources() {
    checkRelation("It angered voters 2️⃣who’ve2️⃣ 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Maria Lopez and others2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Maria Lopez and her aides2️⃣.", .direct)
    // Near miss: "and" before a verb does not join a source.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Maria Lopez2️⃣ and left.", .direct)
}

@Test func aSumIsNoConjunctOfASource() {
    checkRelation("It made £21.5m and 2️⃣analysts2️⃣ 1️⃣believe1️⃣ 3️⃣it could be sold3️⃣.", .other)
    checkRelation("It made $40m and 2️⃣analysts2️⃣ 1️⃣believe1️⃣ 3️⃣it could be sold3️⃣.", .other)
    checkRelation("2️⃣Two aides and a lawyer2️⃣ 1️⃣believe1️⃣ 3️⃣it could be sold3️⃣.", .other)
    checkRelation("2️⃣Smith and Jones2️⃣ 1️⃣believe1️⃣ 3️⃣it could be sold3️⃣.", .other)
}

@Test func aParticipleAfterTheMainClauseTakesItsWholeSubject() {
    checkRelation(
        "2️⃣A city council spokesman2️⃣ later walked back the plan, 1️⃣saying1️⃣ 3️⃣the budget was tight3️⃣.", .indirect)
    checkRelation(
        "2️⃣The deputy head of the farm union2️⃣ walked out, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    // An opening adverbial is no subject, nor is a time before the verb.
    checkRelation(
        "Hours later, 2️⃣Maria Lopez2️⃣ returned the favour, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    checkRelation(
        "2️⃣The farm union2️⃣ on Monday walked out, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    // An appositive or a relative clause between the subject and its verb belongs to it; a relative clause with a
    // cue of its own does not.
    checkRelation(
        "2️⃣Davis, a retired teacher2️⃣, lashed out at the board, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    checkRelation(
        "2️⃣Local farmers, who sold the land2️⃣, were angry at the board, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.",
        .indirect)
    checkRelation(
        "2️⃣Local farmers2️⃣, who denounced the sale, were angry at the board, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.",
        .indirect)
    // A name in apposition to a description is the source.
    checkRelation(
        "The other speaker, 2️⃣former Mayor Tom Hardy2️⃣, drew a contrast, 1️⃣saying1️⃣ 3️⃣the offer was poor3️⃣.",
        .indirect)
}

@Test func aCoordinatedVerbSharesItsClauseSubject() {
    checkRelation("2️⃣The judge2️⃣ rubbed his chin, and 1️⃣then said1️⃣ 3️⃣the case was closed3️⃣.", .indirect)
}

@Test func aDescriptionBeforeAParenthesisAndItsCueIsTheSource() {
    // An appositive or a relative clause belongs to the description (PolNeAR's sources take a relative clause
    // with no cue of its own more often than not); a participle clause stays out.
    checkRelation(
        "2️⃣The farm union, a group of local growers2️⃣, 1️⃣said1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    checkRelation(
        "2️⃣The lawmaker, who represents the valley2️⃣, 1️⃣said1️⃣ 3️⃣the offer was poor3️⃣.", .indirect)
    // A cue further inside the clause is not the clause's own: the clause still belongs to the source.
    checkRelation(
        "2️⃣Farm unions, who are close to the firms that oppose the rule2️⃣, 1️⃣have vowed1️⃣ 3️⃣to fight it3️⃣.",
        .indirect)
    checkRelation(
        "2️⃣Some growers2️⃣, angered by the offer, 1️⃣said1️⃣ 3️⃣the price was too low3️⃣.", .indirect)
    // A run of words with its own verb is no appositive: the name there is the subject.
    checkRelation(
        "As a farmer, owner of a mill, 2️⃣Tom Hardy2️⃣ has become a voice, 1️⃣saying1️⃣ 3️⃣the price was too low3️⃣.",
        .indirect)
}

@Test func aCueWordAfterOtherIsANounSource() {
    checkRelation("2️⃣Other farm advocates2️⃣ 1️⃣also said1️⃣ 3️⃣the price was too low3️⃣.", .indirect)
    // After "one", "another", "each" or "every": a word in "-ing" or a singular noun cue is the noun.
    checkRelation("2️⃣Another ranking2️⃣ 1️⃣says1️⃣ 3️⃣he is not a billionaire3️⃣.", .indirect)
    checkRelation("2️⃣One report2️⃣ 1️⃣found1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    // Near miss: "One said" keeps its verb.
    checkRelation("2️⃣One2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    let f = Fixture("Headline\n\nOne ranking pegs him as the richest man. Each listing says he is not.\n")
    #expect(relations(analyzeFixture(f)).map { f.source[$0.cueRange] } == ["pegs", "says"])
}

@Test func aParticipleOpeningTheSentenceSpeaksForTheSubjectAfterItsClause() {
    checkRelation(
        "1️⃣Declaring1️⃣ 3️⃣that the dam would hold3️⃣, 2️⃣the county engineer2️⃣ reopened the road.", .other)
    checkRelation(
        "1️⃣Having announced1️⃣ 3️⃣that the dam would hold3️⃣, 2️⃣Judge Reeve2️⃣ reopened the road.", .indirect)
    checkRelation(
        "But in 1️⃣describing1️⃣ 3️⃣the dam as safe3️⃣, 2️⃣the county engineer2️⃣ reopened the road.", .other)
}

@Test func aParticipleAfterASpeechVerbSpeaksForItsSpeaker() {
    checkRelation(
        "“The engineer will close the road,” 2️⃣Ann Reeve2️⃣ said, 1️⃣adding1️⃣ 3️⃣that the dam was safe3️⃣.",
        .indirect)
}

@Test func aSourceAfterItsCueRunsOverAnAgeAHomeTownAndAState() {
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, 31, a nurse at the clinic2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, 67, of Exeter2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, a nurse in Tampa, Fla.2️⃣, on Monday.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, now a nurse at the clinic2️⃣.", .direct)
}

@Test func aSubjectRunsOnThroughAParticipleAndAfterACoordinator() {
    checkRelation("2️⃣Local farmers backing the plan2️⃣ 1️⃣said1️⃣ 3️⃣the price was fair3️⃣.", .indirect)
    checkRelation("And 2️⃣a survey from the county board2️⃣ 1️⃣shows1️⃣ 3️⃣that prices rose3️⃣.", .other)
}

@Test func aQuantifierRightBeforeItsNounOpensTheDescription() {
    checkRelation("But 2️⃣many farmers2️⃣ 1️⃣say1️⃣ 3️⃣the price is fair3️⃣.", .indirect)
}

@Test func aListOfNamesOpeningTheClauseIsOneSource() {
    checkRelation("2️⃣Ann Reeve, Tom Hardy and Maria Lopez2️⃣ 1️⃣say1️⃣ 3️⃣the bridge is unsafe3️⃣.", .indirect)
    checkRelation("2️⃣Neither Ann Reeve nor Tom Hardy2️⃣ 1️⃣said1️⃣ 3️⃣the bridge was unsafe3️⃣.", .indirect)
    // Near miss: a name before an opening phrase's comma is no conjunct.
    checkRelation("In Leeds, 2️⃣Tom Hardy and Maria Lopez2️⃣ 1️⃣say1️⃣ 3️⃣the bridge is unsafe3️⃣.", .indirect)
}

@Test func theNameOpeningTheClauseHeadsItsAppositives() {
    // Not the place inside the appositive, nor the appositive alone.
    checkRelation(
        "2️⃣Christopher Harvey, a delegate from Houston, Texas2️⃣, 1️⃣said1️⃣ 3️⃣the vote was fair3️⃣.", .indirect)
    checkRelation("2️⃣Rep. Ann Cole (D-Md.), chair of the panel2️⃣, 1️⃣said1️⃣ 3️⃣the bill would pass3️⃣.", .indirect)
    // Near miss: an adverbial set off by commas after the appositive stays out.
    checkRelation(
        "2️⃣Tom Reed, the head of the county party2️⃣, for example, 1️⃣said1️⃣ 3️⃣the count was slow3️⃣.", .indirect)
}

@Test func aDatelineIsNoSubject() {
    checkRelation(
        "LONDON (Reuters) – 2️⃣The health secretary2️⃣ has visited the ward, 1️⃣saying1️⃣ 3️⃣the clinic would stay open3️⃣.",
        .indirect)
}

@Test func aSourceInsideTheSubjectRunsBackToItsStart() {
    // The name or description before the cue is the object of a preposition or a relative clause inside the
    // subject opening the clause.
    checkRelation(
        "At the town hall, 2️⃣a woman who had been a nurse in Ohio2️⃣ 1️⃣said1️⃣ 3️⃣the clinic was closing3️⃣.",
        .indirect)
    checkRelation(
        "2️⃣More than half of the nurses at the clinic in Leeds2️⃣ 1️⃣said1️⃣ 3️⃣the rota was unfair3️⃣.", .indirect)
    checkRelation("2️⃣Friends of Mr. Hart who have seen him in Leeds2️⃣ 1️⃣say1️⃣ 3️⃣he is tired3️⃣.", .indirect)
}

/// The source phrase of the speaker `speakerBefore` finds for the cue word `word` of `text` (a paragraph after a
/// headline, or the headline itself): what a cue there, the rules' or the tagger's, would take; nil when none.
private func sourceBefore(_ word: String, in text: String, headline: Bool = false) -> String? {
    let source = SourceText(headline ? text + "\n\nThe body.\n" : "Headline\n\n" + text + "\n")
    let (stage, _) = CueTagger.ruleStage(ArticleParser.parse(source, kind: .plainText))
    guard let k = stage.toks.indices.first(where: { source[stage.toks[$0].range] == word }) else {
        Issue.record("no token «\(word)»")
        return nil
    }
    guard let sp = stage.speakerBefore(k, stage.sents[stage.sentenceOfToken(k)].tokStart) else { return nil }
    let (f, l) = stage.sourceTokens(sp)
    return String(source[stage.tokRange(f, l)])
}

@Test func aNounCuesArticleAndModifiersAreNoSource() {
    #expect(sourceBefore("defender", in: "Ann Cole has been a dogged defender of the plan.") == nil)
    #expect(sourceBefore("concern", in: "Cost was a main concern for the nurses.") == nil)
    #expect(sourceBefore("call", in: "Ann Cole renewed her demand with a call for a vote.") == nil)
    // The name before the appositive the noun cue opens speaks.
    #expect(sourceBefore("supporter", in: "It matters to Tom Hart, a fierce supporter of the plant.") == "Tom Hart")
    // Near misses: a verb in "-ed" or "-s", or a plural subject, keeps its subject.
    #expect(sourceBefore("criticized", in: "A spokesman criticized the plan.") == "A spokesman")
    #expect(sourceBefore("says", in: "The report says the plan failed.") == "The report")
    #expect(sourceBefore("support", in: "The voters support the plan.") == "The voters")
}

@Test func aPastLikeItsNounBeforeAnObjectKeepsItsSubject() {
    // "forecast" is its own past: before a figure, "that", an article or a noun it is the subject's verb.
    #expect(sourceBefore("forecast", in: "The company forecast revenue of about $37.5bn.") == "The company")
    #expect(sourceBefore("forecast", in: "The bank forecast that rates would fall.") == "The bank")
    #expect(sourceBefore("forecast", in: "The firm forecast a loss of £2m.") == "The firm")
    // Near misses: before a preposition or a verb it is the noun the description modifies.
    #expect(sourceBefore("forecast", in: "The company forecast of growth was wrong.") == nil)
    #expect(sourceBefore("forecast", in: "Cole said the bank forecast in March was too high.") == nil)
    #expect(sourceBefore("forecast", in: "Cole said the bank forecast was too high.") == nil)
}

@Test func wordsAfterAnAuxiliaryBelongToTheVerbPhraseNotTheSource() {
    #expect(sourceBefore("noted", in: "Local critics have in particular noted the cost.") == "Local critics")
    #expect(sourceBefore("cited", in: "The nurses have for the first time cited the rota.") == "The nurses")
    #expect(sourceBefore("called", in: "Ann Cole has nevertheless called for a vote.") == "Ann Cole")
    #expect(sourceBefore("urged", in: "Tom Hart and Ann Cole have both urged a delay.") == "Tom Hart and Ann Cole")
    // Near miss: "has" as a main verb before a clause of its own.
    #expect(sourceBefore("say", in: "Ann Cole has the support of the union, officials say.") == "officials")
}

@Test func aSourceAfterItsCueRunsToTheEndOfItsNounPhrase() {
    // An owner's name before the name, a description's tail on "to" or "as", a sixth word.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Leeds's Ann Reeve, a local nurse2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a longtime adviser to the mayor2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣the ward nurse known as Bob2️⃣.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a former senior hospital trust official2️⃣.", .direct)
    // Near miss: a time stays out.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣the official2️⃣ in March.", .direct)
}

@Test func aSourceAfterItsCueKeepsItsPostNominalBracketAndNamedAppositive() {
    // A post-nominal with its period, then the bracket and the appositive after it.
    checkRelation(
        "3️⃣“We have to be careful,”3️⃣ 1️⃣said1️⃣ 2️⃣Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer2️⃣.", .direct)
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣C. Stewart Verdery Jr., a senior homeland security official2️⃣.", .direct)
    // A name inside a description, with its bracket and appositive; a role's complement before the name.
    checkRelation(
        "3️⃣“He is struggling,”3️⃣ 1️⃣said1️⃣ 2️⃣former Vermont governor Howard Dean (D), a Clinton supporter2️⃣.",
        .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣former secretary of state Ann Reeve2️⃣.", .direct)
    // A name closing the sentence after a description's head is in apposition to it.
    checkRelation(
        "3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hart, a senior executive at the parent company, United Technologies2️⃣.",
        .direct)
    // A description's tail cut off at its length limit ends on a content word, with the relative clause after it.
    checkRelation(
        "3️⃣“It was all lies,”3️⃣ 1️⃣said1️⃣ 2️⃣one owner of a shop that sells cheap shoes who declined to be named2️⃣.",
        .direct)
    // Near misses: a lower-case word after the name is no post-nominal, and a place closing the sentence stays out.
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve2️⃣ sr.", .direct)
    checkRelation("3️⃣“It is late,”3️⃣ 1️⃣said1️⃣ 2️⃣a delegate from Houston2️⃣, Texas.", .direct)
}

@Test func aBareCueWordModifyingANounBelongsToTheSubject() {
    // "state" before "director" or "officials" is a noun's modifier, no verb and no edge of the phrase.
    checkRelation(
        "2️⃣Ann Cole's state director, Tom Hart2️⃣, reached out to voters, 1️⃣writing1️⃣ 3️⃣that the race was close3️⃣.",
        .indirect)
    checkRelation("2️⃣The state officials2️⃣ 1️⃣said1️⃣ 3️⃣the deficit rose3️⃣.", .indirect)
    // Near miss: before a clause the word is the verb.
    checkRelation("2️⃣The officials2️⃣ 1️⃣state1️⃣ 3️⃣that the deficit rose3️⃣.", .other)
}

@Test func aBracketAfterTheNameAndAListWithItsLastCommaBelongToTheSource() {
    checkRelation(
        "2️⃣Sen. Ann Cole (D-Md.)2️⃣ on Monday criticized the plan, 1️⃣saying1️⃣ 3️⃣it would fail3️⃣.", .indirect)
    checkRelation("2️⃣Ann Reeve, Tom Hardy, and Maria Lopez2️⃣ 1️⃣say1️⃣ 3️⃣the bridge is unsafe3️⃣.", .indirect)
    checkRelation(
        "But 2️⃣nurses, porters, and many local doctors2️⃣ 1️⃣say1️⃣ 3️⃣the ward is unsafe3️⃣.", .indirect)
    // Near miss: ", and" between two clauses joins no source.
    checkRelation("Prices rose, and 2️⃣analysts2️⃣ 1️⃣say1️⃣ 3️⃣the bank will act3️⃣.", .indirect)
}

/// A pair whose first name has an appositive ending on a name or a relative clause: both people speak
/// (`appositiveConjunctStart`).
@Test func aFirstConjunctWithAnAppositiveJoinsTheSource() {
    checkRelation(
        "2️⃣Dr Sarah Jones, a GP in Leeds, and Prof Mark Lee2️⃣ 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
    checkRelation(
        "2️⃣Ann Cole, who runs a ward at St Mary's, and Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
    // Near misses: after "by" the first name opens no clause, and a verb between the commas ends the appositive.
    checkRelation(
        "It was backed by Dr Sarah Jones, a GP in Leeds, and 2️⃣Prof Mark Lee2️⃣ 1️⃣said1️⃣ 3️⃣it would fail3️⃣.",
        .indirect)
    checkRelation(
        "Ann Cole, the GP, was upset in Leeds, and 2️⃣Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
}

/// "Tesco, Sainsbury's and Asda said prices would rise.": a name ending in "'s" before a comma or "and" owns nothing
/// and is a conjunct of the list (`isListedPossessiveName`).
@Test func aNameEndingInPossessiveThatOwnsNothingIsAConjunctOfTheList() {
    // (Tesco named mid-sentence first: a capitalised word opening a sentence before a comma needs it.)
    checkRelation(
        "Prices at Tesco fell. 2️⃣Tesco, Sainsbury's and Asda2️⃣ 1️⃣said1️⃣ 3️⃣prices would rise3️⃣.", .indirect)
    checkRelation("On Monday, 2️⃣Sainsbury's, Tesco and Asda2️⃣ 1️⃣said1️⃣ 3️⃣prices would rise3️⃣.", .indirect)
    checkRelation("On Monday, 2️⃣Tesco and Sainsbury's2️⃣ 1️⃣said1️⃣ 3️⃣prices would rise3️⃣.", .indirect)
    // Near misses: an owner before its noun heads no conjunct of its own, and a name after a verb is its object.
    checkRelation("2️⃣Tesco's rivals and Asda2️⃣ 1️⃣said1️⃣ 3️⃣prices would rise3️⃣.", .indirect)
    checkRelation("The rise hit Sainsbury's, and 2️⃣Asda2️⃣ 1️⃣said1️⃣ 3️⃣prices would rise3️⃣.", .indirect)
}

/// The source phrase of the relation `verbCue` builds around the cue word `word` of `text` (a paragraph after a
/// headline), as the rules or the tagger would: nil when it names none.
private func cueSource(_ word: String, in text: String) -> String? {
    let source = SourceText("Headline\n\n" + text + "\n")
    let (stage, _) = CueTagger.ruleStage(ArticleParser.parse(source, kind: .plainText))
    guard let k = stage.toks.indices.first(where: { source[stage.toks[$0].range] == word }) else {
        Issue.record("no token «\(word)»")
        return nil
    }
    let c = stage.verbCue(at: k, sentence: stage.sentenceOfToken(k), nearest: false)
    guard let sp = c.speaker else { return nil }
    let (f, l) = stage.sourceTokens(sp, after: sp.first > c.last ? (c.byToken ?? c.last) : -1)
    return String(source[stage.tokRange(f, l)])
}

@Test func theAgentAfterFromIsTheSourceOfANounCue() {
    #expect(
        cueSource("criticism", in: "The plan faced criticism from Tom Hart, a local farmer.")
            == "Tom Hart, a local farmer")
    #expect(cueSource("praise", in: "The mayor won praise from the nurses.") == "the nurses")
    // Near misses: a speech verb keeps its subject; a time after "from" is no agent.
    #expect(cueSource("said", in: "He said from his office that the plan would fail.") == "He")
    #expect(cueSource("support", in: "The plan has had support from Monday on.") != "Monday")
}

@Test func aParticipleAfterACommaInsideAQuoteTakesTheClauseSubject() {
    // Not the name right before the quote.
    #expect(
        cueSource(
            "telling",
            in:
                "Ann Cole has hailed the vote to leave the European Union as “fantastic,” telling reporters it was great."
        ) == "Ann Cole")
}

@Test func aRaisingVerbNamesNoSource() {
    #expect(cueSource("seems", in: "It seems the plan failed.") == nil)
    checkRelation("3️⃣Ann Cole3️⃣ 1️⃣appeared1️⃣ 3️⃣to enjoy the debate3️⃣.", .other)
    // Near miss: appearing somewhere is no raising.
    #expect(cueSource("appeared", in: "Ann Cole appeared on Sunday shows to defend the plan.") == "Ann Cole")
}

@Test func aRaisingVerbBeforeAVerbThatReportsHedgesItsSubjectsReport() {
    // "seems to think", "appeared to imply": one cue; the subject reports what the second verb says.
    checkRelation("2️⃣He2️⃣ 1️⃣seems to think1️⃣ 3️⃣the plan failed3️⃣.", .other)
    checkRelation("2️⃣Ann Cole2️⃣ 1️⃣appeared to imply1️⃣ 3️⃣that the plan would fail3️⃣.", .other)
    // Near miss: the subject of a raising verb set off by a comma is not found after the verb.
    #expect(sourceOfCue("seemed", in: "Some nurses, who lived in Leeds, seemed to know little about it.") != "little")
}

@Test func aTitleCaseHeadlinesAuxiliariesAndAdverbsStandBetweenSourceAndCue() {
    #expect(sourceBefore("Calling", in: "Tom Hart Is Now Calling The Mayor A Liar", headline: true) == "Tom Hart")
    #expect(sourceBefore("Endorses", in: "Tom Hart Finally Endorses The Mayor", headline: true) == "Tom Hart")
}

@Test func aComparativeOrParticipleAfterBeOpensThePredicateNotTheSource() {
    #expect(sourceBefore("willing", in: "The union is now more willing to talk.") == "The union")
    #expect(sourceBefore("proud", in: "Ann Cole is most proud of the new ward.") == "Ann Cole")
    #expect(sourceBefore("frustrated", in: "Her donors are growing increasingly frustrated.") == "Her donors")
    // Near miss: a noun after "be" opens a clause of its own.
    #expect(sourceBefore("believe", in: "The problem is voters believe the plan failed.") == "voters")
}

@Test func aRelativePronounAfterADashStandsForTheNameBeforeIt() {
    #expect(sourceBefore("endorsed", in: "On Monday, Tom Hart—who had previously endorsed Ann Cole—spoke.") == "who")
}

@Test func theOwnerBeforeANounCuesModifiersIsItsSource() {
    #expect(
        sourceBefore("endorsement", in: "Tom Hart's energetic endorsement of the plan surprised them.") == "Tom Hart's")
    #expect(sourceBefore("remark", in: "Her offhand remark about the plan surprised them.") == "Her")
    // Near miss: a verb after an owned subject keeps the whole subject.
    #expect(sourceBefore("said", in: "His former adviser said the plan would fail.") == "His former adviser")
}

@Test func aRelativeClauseAfterTheOpeningNamesAppositivesEndsThem() {
    // A relative clause with a cue of its own is that relation's; the name and its appositive are this one's.
    checkRelation(
        "2️⃣Tom Reed, the head of the nurses' union2️⃣, which endorsed Ann Cole in May, 1️⃣said1️⃣ 3️⃣the vote was fair3️⃣.",
        .indirect)
    // A relative clause with no cue of its own belongs to the source, as one right after the name does.
    checkRelation(
        "2️⃣Tom Reed, an official at the clinic in Leeds, which has a long waiting list2️⃣, 1️⃣said1️⃣ 3️⃣the rota was unfair3️⃣.",
        .indirect)
}

@Test func aNameFoundFurtherBackWithinTheOpeningSubjectTakesThePhrase() {
    // No subject right before the cue: the nearest name stands inside the noun phrase opening the clause.
    #expect(
        sourceOfCue("denouncing", in: "Ann Cole and her aides spent the week denouncing the plan.")
            == "Ann Cole and her aides")
    // Near miss: a possessive name owns the phrase and stays the source alone.
    #expect(sourceOfCue("denounce", in: "Ann Cole's message is to denounce the plan.") == "Ann Cole's")
    // After a verb of spending time, its subject acts, whoever owns it (`spendingVerb`).
    #expect(sourceOfCue("denouncing", in: "Ann Cole's aides spent the week denouncing the plan.") == "Ann Cole's aides")
}

@Test func aParticipleAfterAVerbsObjectIsTheVerbsSubjects() {
    // The participle follows the verb's object or adjunct: the verb's subject speaks (`objectVerb`).
    #expect(sourceOfCue("explaining", in: "He sent a memo to the board in April explaining his plan.") == "He")
    #expect(
        sourceOfCue("calling", in: "Local nurses have launched petitions calling on the board to act.")
            == "Local nurses")
    #expect(sourceOfCue("talking", in: "Ann Cole was on the radio talking about the plan.") == "Ann Cole")
    #expect(sourceOfCue("denouncing", in: "Ann Cole's aides went on air denouncing the plan.") == "Ann Cole's aides")
    #expect(sourceOfCue("criticizing", in: "Ann Cole took the unusual step of criticizing the board.") == "Ann Cole")
    // A participle coordinated with another takes that one's source.
    #expect(
        sourceOfCue(
            "vowing",
            in: "The union raised the stakes on Monday, with its officials underlining the risks and vowing to strike.")
            == "its officials")
    // In the passive, the one heard does what the participle says.
    #expect(sourceOfCue("asking", in: "A nurse can be heard asking the mayor about the plan.") == "A nurse")
}

@Test func aParticipleAfterAPersonOrADepictionIsTheirs() {
    // Near misses: people right before the participle, a verb of depicting, "be" before a description, a passive
    // and a gerund after a preposition keep the subject of the verb out.
    #expect(sourceOfCue("asking", in: "The meeting drew voters asking about the plan.") == "voters")
    #expect(
        sourceOfCue("telling", in: "The union released an ad featuring nurses telling their stories.") != "The union")
    #expect(
        sourceOfCue("supporting", in: "The big spenders were a group of unions supporting the plan.")
            != "The big spenders")
    #expect(
        sourceOfCue("promising", in: "Their advantages will be tested against the messages of rivals promising change.")
            != "Their advantages")
    #expect(sourceOfCue("suggesting", in: "Tom Hart scolded Ann Cole for suggesting the plan.") != "Tom Hart")
}

@Test func aVerbBeforeItsObjectIsNoPartOfTheDescription() {
    // The verb whose object the source is stays out of it (`isVerbBeforeObject`).
    #expect(sourceOfCue("talking", in: "The meeting got people talking about the plan.") == "people")
    #expect(
        sourceOfCue("calling", in: "Nurses have taken to the streets, including carers calling for higher pay.")
            == "carers")
    // Near miss: a participle that describes the noun belongs to the description.
    #expect(sourceOfCue("said", in: "Registered voters said the plan was fair.") == "Registered voters")
}

@Test func aParticipleAfterACommaAndAnAdverbSpeaksForTheClauseSubject() {
    #expect(sourceOfCue("denouncing", in: "Ann Cole spoke for an hour, loudly denouncing the plan.") == "Ann Cole")
    #expect(
        sourceOfCue("wanting", in: "Some nurses declined to comment, not wanting to upset the board.") == "Some nurses")
}

@Test func anInfinitiveOfPurposeIsTheVerbsSubjects() {
    // "to" after a verb's object or adjunct, or right after a verb taking its subject's infinitive (`objectVerb`).
    #expect(sourceOfCue("defend", in: "Ann Cole went on the radio to defend the plan.") == "Ann Cole")
    #expect(sourceOfCue("defend", in: "Local nurses have volunteered to publicly defend the plan.") == "Local nurses")
    #expect(sourceOfCue("ask", in: "Local clubs are permitted to ask the board for a review.") == "Local clubs")
    // Near misses: "for" gives the infinitive its own subject, a verb of making someone act leaves it to its
    // object, and a participle after a noun describes the noun.
    #expect(
        sourceOfCue("defend", in: "The board has created an opening for Ann Cole to defend the plan.") != "The board")
    #expect(sourceOfCue("reject", in: "The union urged its members to reject the plan.") != "The union")
    #expect(sourceOfCue("defend", in: "Local nurses lack the staff needed to defend the plan.") != "Local nurses")
}

@Test func aVerbWithOnBeforeTheCueBelongsToTheVerbPhrase() {
    // "go on", "keep on", "carry on" take the cue as their complement (`onCatenativeVerbs`).
    #expect(sourceOfCue("say", in: "The union went on to say that the plan would fail.") == "The union")
    #expect(sourceOfCue("slam", in: "The editorial goes on to slam the plan.") == "The editorial")
    #expect(sourceOfCue("insisting", in: "The mayor carried on insisting that the plan would work.") == "The mayor")
    // Near miss: such a verb with no cue after it is no part of a report's verb phrase.
    #expect(sourceOfCue("said", in: "The talks went on for hours, officials said.") == "officials")
}

@Test func anAdjectiveWhoseInfinitiveIsTheCueBelongsToTheVerbPhrase() {
    // After "be", an adjective taking the cue as its infinitive (`infinitiveAdjectives`) is part of the verb
    // phrase; the subject before "be" is the source.
    #expect(sourceOfCue("stress", in: "Ministers are keen to stress that the cuts are temporary.") == "Ministers")
    #expect(
        sourceOfCue("say", in: "Democratic voters are slightly more likely to say that the plan is fair.")
            == "Democratic voters")
    #expect(sourceOfCue("say", in: "Police were unable to say how many officers had been injured.") == "Police")
    #expect(sourceOfCue("argue", in: "Labour is likely to argue that the scheme costs too much.") == "Labour")
    // Near misses: with no adjective before "to" the subject of "be" says nothing ("The aim is to stress"), and an
    // adjective set off by a comma with no "be" keeps the clause's subject.
    #expect(sourceOfCue("stress", in: "The aim is to stress that the cuts are temporary.") == nil)
    #expect(
        sourceOfCue("point", in: "Ann Cole has become his fiercest critic, quick to point out flaws in the plan.")
            == "Ann Cole")
}

@Test func aPairAfterWithIsTheSubjectOfTheParticipleCueAfterIt() {
    // "with" opening an absolute clause: the pair or list before the participle cue is its subject.
    #expect(
        sourceOfCue("calling", in: "Sanders won, with Fox News and NBC News calling the race for him.")
            == "Fox News and NBC News")
    #expect(
        sourceOfCue(
            "calling",
            in: "The party is split, with Donald Trump, Mike Huckabee and Chris Christie all calling for a strong rule."
        )
            == "Donald Trump, Mike Huckabee and Chris Christie")
    // Near misses: a second conjunct opening on a verb joins predicates, and a pair after "with" before no
    // participle is a preposition's object.
    #expect(
        sourceOfCue(
            "attacking",
            in: "Cruz won, helped by super PACs that sided with Cruz and bankrolled ads attacking Dewhurst.")
            == "bankrolled ads")
    #expect(
        sourceOfCue("said", in: "Compared with Fox News and NBC News, the paper said the race was close.")
            == "the paper")
}

@Test func aDatedRoleMayOpenOnAnOwnersName() {
    // "now", "then" before an owner's name and the role it owns open an appositive of the source, after the cue and
    // before it.
    #expect(
        sourceOfCue("said", in: "\"It will fail,\" said Susan Crawford, then Maples's literary agent.")
            == "Susan Crawford, then Maples's literary agent")
    #expect(
        sourceOfCue("said", in: "Corey Lewandowski, then Trump's campaign manager, said the plan would fail.")
            == "Corey Lewandowski, then Trump's campaign manager")
    // Near misses: a name with no "'s" after "then" is no role, and a verb after "now" opens none.
    #expect(sourceOfCue("said", in: "\"It will fail,\" said Jane Hart, then Leeds.") == "Jane Hart")
    #expect(sourceOfCue("said", in: "\"It will fail,\" said Jane Hart, now leading in the polls.") == "Jane Hart")
}

/// The source phrase of the relation whose cue holds the word `word` in `text` (a paragraph after a headline).
private func sourceOfCue(_ word: String, in text: String) -> String? {
    let source = SourceText("Headline\n\n" + text + "\n")
    let a = ArticleAnalyzer.analyze(ArticleParser.parse(source, kind: .plainText))
    guard let at = a.attributions.first(where: { source[$0.cuePhraseRange ?? $0.cueRange].contains(word) }) else {
        return nil
    }
    return at.sourceRange.map { String(source[$0]) }
}

@Test func aParenthesisAddingMembersBelongsToTheSource() {
    checkRelation(
        "2️⃣Local nurses, including Ann Cole and Tom Hart2️⃣, 1️⃣have opposed1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation(
        "2️⃣Ann Cole, along with the nurse Tom Hart2️⃣, 1️⃣says1️⃣ 3️⃣the rota is unfair3️⃣.", .indirect)
    // Near miss: an adverbial set off by commas stays out.
    checkRelation("2️⃣Local nurses2️⃣, for instance, 1️⃣say1️⃣ 3️⃣the rota is unfair3️⃣.", .indirect)
}

@Test func aPairBeforeTheCueTakesANameWithItsBracketAndThePeopleItExemplifies() {
    #expect(
        sourceBefore("suggested", in: "Sen. Ann Cole (D-Md.) and former mayor Tom Hart suggested a plan.")
            == "Sen. Ann Cole (D-Md.) and former mayor Tom Hart")
    #expect(
        sourceBefore("say", in: "Critics like Ann Cole and Tom Hart say the plan is unfair.")
            == "Critics like Ann Cole and Tom Hart")
    #expect(
        sourceBefore("argue", in: "Unions such as Acme Steel and the Leeds Guild argue the plan is unfair.")
            == "Unions such as Acme Steel and the Leeds Guild")
    // Near miss: "like" after a verb introduces no examples; the pair after it is no source.
    #expect(
        sourceBefore("say", in: "It felt like Ann Cole and Tom Hart say the plan is unfair.") == "Tom Hart")
}

@Test func aNumberStandingForPeopleTakesItsShareArticlePartitiveAndHedge() {
    #expect(sourceBefore("say", in: "About one in five say they would not vote.") == "About one in five")
    #expect(sourceBefore("declared", in: "None of those three have declared a preference.") == "None of those three")
    #expect(sourceBefore("admit", in: "The two admit that the goals are hard.") == "The two")
    #expect(sourceBefore("endorsed", in: "Only three senators publicly endorsed him.") == "Only three senators")
    // Near miss: an article before a noun stays the description's own start.
    #expect(sourceBefore("said", in: "The three nurses said the rota was unfair.") == "The three nurses")
}

@Test func aHomeTownAfterTheOpeningNameBelongsToItsAppositives() {
    checkRelation(
        "2️⃣Ann Reeve, 29, of Tampa, Fla.2️⃣, 1️⃣says1️⃣ 3️⃣her biggest concern is jobs3️⃣.", .indirect)
    checkRelation(
        "2️⃣Tom Hart, a driver from Ava, Mo., who is a member of the union2️⃣, 1️⃣said1️⃣ 3️⃣the plan was fair3️⃣.",
        .indirect)
}

@Test func aSecondNameWithItsOwnAppositiveJoinsTheSource() {
    checkRelation(
        "2️⃣Ann Cole, head of the Leeds Institute, and Tom Hart, co-founder of Acme Steel2️⃣, 1️⃣applauded1️⃣ 3️⃣the move3️⃣.",
        .other)
}

@Test func aParenthesisSetOffByDashesAddingMembersBelongsToTheSource() {
    checkRelation(
        "2️⃣Local nurses — including Ann Cole and Tom Hart2️⃣ — 1️⃣have long argued1️⃣ 3️⃣that the rota is unfair3️⃣.",
        .indirect)
    // Near miss: a parenthesis about the name stays out.
    checkRelation(
        "2️⃣Ann Cole2️⃣ — whose husband built the ward — 1️⃣has argued1️⃣ 3️⃣that the rota is unfair3️⃣.", .indirect)
}

@Test func aQuantifierOrArticleHeadsAPhraseWithAFigure() {
    #expect(
        sourceBefore("endorsed", in: "Nearly all of the mayors of the 10 largest cities have publicly endorsed her.")
            == "Nearly all of the mayors of the 10 largest cities")
    #expect(sourceBefore("said", in: "The 60 delegates said the vote was fair.") == "The 60 delegates")
}

@Test func aSourceAfterItsCueTakesASecondConjunctEndingTheClause() {
    checkRelation("3️⃣The plan3️⃣ 1️⃣was criticized1️⃣ by 2️⃣Ann Cole and some local nurses2️⃣.", .other)
    // Near miss: "and" joining a verb phrase or a clause is no conjunct of the source.
    #expect(sourceOfCue("praised", in: "The plan was praised by Ann Cole and was dropped.") == "Ann Cole")
    #expect(sourceOfCue("said", in: "“It is late,” said Ann Cole and the nurses agreed.") == "Ann Cole")
}

@Test func aSubjectPronounBeforeAPredicateWordIsTheSource() {
    // "alone" after "They" belongs to the predicate: it heads no description.
    checkRelation("2️⃣They2️⃣ alone 1️⃣say1️⃣ 3️⃣the plan was late3️⃣.", .indirect)
    // Near miss: the reader's "you" reports nothing, and the rules take no source from it.
    #expect(sourceOfCue("believe", in: "If you believe the figures, sales fell 5%.") == nil)
    // Near miss: an owner before a noun is no subject.
    checkRelation("2️⃣His aides2️⃣ 1️⃣said1️⃣ 3️⃣the plan was late3️⃣.", .indirect)
}

@Test func negativeDeterminersOpenTheSource() {
    checkRelation("But 2️⃣no one2️⃣ 1️⃣said1️⃣ 3️⃣the storm would come3️⃣.", .indirect)
    checkRelation("2️⃣Neither man2️⃣ 1️⃣said1️⃣ 3️⃣the storm would come3️⃣.", .indirect)
}

@Test func aConjunctAfterAVerbIsItsObjectNotASource() {
    // "Wall Street" is the object of "blamed"; "and" joins two clauses.
    checkRelation("Ann Cole blamed Wall Street and 2️⃣Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣the banks were fine3️⃣.", .indirect)
    // Near miss: two names opening the clause share the cue.
    checkRelation("2️⃣Ann Cole and Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣the banks were fine3️⃣.", .indirect)
}

@Test func aNameAfterAnObjectNounHeadsAContactRelative() {
    // "the kind" is the object of "were"; "Tom Hart described" is a relative clause without "that".
    checkRelation("The gifts were the kind 2️⃣Tom Hart2️⃣ 1️⃣had described1️⃣ 3️⃣last year3️⃣.", .other)
    // Near miss: a role before a name opening the clause is the name's.
    checkRelation("2️⃣The venture capitalist Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣he would vote3️⃣.", .indirect)
}

@Test func aPrepositionRightBeforeItsNounDescribesTheSource() {
    #expect(sourceOfCue("said", in: "An inside source said the plan was late.") == "An inside source")
    #expect(sourceOfCue("say", in: "Outside experts say the plan was late.") == "Outside experts")
    // Near miss: "outside" before a determiner opens a phrase of its own, which stays out of "Most".
    #expect(sourceOfCue("said", in: "Most inside the room said the plan was late.") == "Most inside the room")
}

@Test func aHedgeBeforeACountOrAnIndefiniteSourceBelongsToIt() {
    #expect(sourceOfCue("said", in: "All but two said the plan was late.") == "All but two")
    #expect(sourceOfCue("said", in: "All but one senator said the plan was late.") == "All but one senator")
    #expect(sourceOfCue("agrees", in: "Almost everyone agrees the plan was late.") == "Almost everyone")
    // Near miss: a bare count and "Not everyone" keep what they had.
    #expect(sourceOfCue("said", in: "Two said the plan was late.") == "Two")
    #expect(sourceOfCue("agrees", in: "Not everyone agrees the plan was late.") == "Not everyone")
}

@Test func aLongerRoleAfterAnOwnersNameLeadsToTheNameItDescribes() {
    // After an owner's name the role may run to five words before the name ("Cole's top foreign policy aide").
    #expect(
        sourceOfCue("said", in: "The plan was late, said Cole's top foreign policy aide Tom Hart.")
            == "Cole's top foreign policy aide Tom Hart")
    // Near miss: a name that owns nothing is the source alone.
    #expect(sourceOfCue("said", in: "The plan was late, said Ann Cole.") == "Ann Cole")
}

@Test func aPrepositionAfterTheSubjectHeadCarriesTheSourceToItsObject() {
    checkRelation("2️⃣Groups outside the party2️⃣ 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
    checkRelation("2️⃣Critics within the party2️⃣ 1️⃣say1️⃣ 3️⃣the plan is flawed3️⃣.", .indirect)
    // Near miss: a time after the subject is no part of it.
    checkRelation("2️⃣The campaign2️⃣ on Monday 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
}

@Test func aSubjectAfterACommaClosingAClauseIsTheSource() {
    checkRelation("3️⃣The deal is close3️⃣, 2️⃣people familiar with the talks2️⃣ 1️⃣said1️⃣.", .indirect)
    // An object pronoun ends the phrase of the subject holding it; it is no subject itself.
    checkRelation("3️⃣The mayor will resign next week3️⃣, 2️⃣a source close to him2️⃣ 1️⃣said1️⃣.", .indirect)
}

@Test func anOpeningConnectiveOrIndefiniteLeavesTheSubjectWhole() {
    checkRelation(
        "Nonetheless, 2️⃣nurses supporting the bill2️⃣ 1️⃣have said1️⃣ 3️⃣it will pass3️⃣.", .indirect)
}

@Test func anOwnerOfTheReportedSubjectIsNoInvertedSource() {
    // "Cole’s" owns the subject of what is said, not the saying: the speaker is the name before the verb.
    let f = Fixture(
        "Headline\n\nOne of the authors of the report, Ann Reeve, said Cole’s nomination will test the theory.\n")
    let a = analyzeFixture(f)
    let sources = relations(a).compactMap { $0.sourceRange.map { f.source[$0] } }
    // (The description the name is in apposition to is part of its source phrase, as PolNeAR marks it.)
    #expect(sources == ["One of the authors of the report, Ann Reeve"], "sources \(sources)")
    // Near miss: an owner before a role and a name heads that name's phrase.
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Cole’s campaign manager Tom Hart2️⃣.", .direct)
}

@Test func anAdjunctBetweenTheOpeningNameAndItsVerbStaysOut() {
    checkRelation(
        "2️⃣Tom Cole2️⃣, speaking at a rally in Dayton, Ohio, 1️⃣warned1️⃣ 3️⃣that taxes would rise3️⃣.", .indirect)
    checkRelation(
        "2️⃣Ann Reeve2️⃣, during a town hall in Tampa, Fla., 1️⃣said1️⃣ 3️⃣the plan was fair3️⃣.", .indirect)
    // Near miss: an appositive with a place in it belongs to the source.
    checkRelation(
        "2️⃣Chris Hart, a delegate from Houston, Texas2️⃣, 1️⃣said1️⃣ 3️⃣the plan was fair3️⃣.", .indirect)
}

@Test func aVerbTakingTheCueAsItsComplementStaysOutOfTheSource() {
    checkRelation(
        "2️⃣Mayor Ann Cole2️⃣ has lately started 1️⃣asking1️⃣ voters 3️⃣to back the levy3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Tom Hart2️⃣ began 1️⃣urging1️⃣ the board 3️⃣to wait3️⃣.", .other, cueAtLeast: true)
}

@Test func aRelativeClauseInsideALaterAppositiveKeepsTheName() {
    checkRelation(
        "2️⃣Tom Hart, the head of the union, a group that has sued the city2️⃣, 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.",
        .indirect)
    checkRelation(
        "2️⃣Ann Cole, a pollster who works for the mayor2️⃣, 1️⃣said1️⃣ 3️⃣the race was close3️⃣.", .indirect)
}

@Test func aConnectiveAdverbBetweenCommasStaysOutOfTheSource() {
    checkRelation(
        "2️⃣Supporters of the levy2️⃣, however, 1️⃣say1️⃣ 3️⃣it would keep the pool open3️⃣.", .indirect)
    checkRelation("2️⃣The union's chief2️⃣, meanwhile, 1️⃣said1️⃣ 3️⃣the talks had stalled3️⃣.", .indirect)
}

@Test func aTimeIsNoSource() {
    // The time alone is no source; the noun phrase it ends is.
    checkRelation("2️⃣Records filed on Sunday night2️⃣ 1️⃣revealed1️⃣ 3️⃣that the firm paid3️⃣.", .other)
    // Near miss: a time modifying the noun of a source keeps it.
    checkRelation("2️⃣The April audit2️⃣ 1️⃣said1️⃣ 3️⃣the firm paid3️⃣.", .indirect)
}

@Test func anOwnersBareApostropheJoinsTheDescription() {
    checkRelation("2️⃣The nurses' union2️⃣ 1️⃣said1️⃣ 3️⃣the rota was unfair3️⃣.", .indirect)
    // Near miss: an owner in "'s" heads the phrase as before.
    checkRelation("2️⃣The nurse's union2️⃣ 1️⃣said1️⃣ 3️⃣the rota was unfair3️⃣.", .indirect)
}

@Test func aParticipleAfterACommaSharesTheSourceOfTheCueBeforeIt() {
    checkRelation(
        "2️⃣Democratic presidential candidate Sen. Ann Reeve (D-Ohio)2️⃣ on Saturday criticized the levy, "
            + "1️⃣saying1️⃣ 3️⃣the deal was weak3️⃣.", .indirect)
    // Near miss: with no cue before it, the participle still takes its clause's subject.
    checkRelation("2️⃣Ann Reeve2️⃣ walked out of the talks, 1️⃣saying1️⃣ 3️⃣the deal was weak3️⃣.", .indirect)
}

@Test func aNameInAppositionKeepsItsTitleAndBracket() {
    checkRelation(
        "2️⃣Another former lawmaker, Sen. Joe Hale (I-Conn.)2️⃣, 1️⃣also stated1️⃣ 3️⃣that the levy was weak3️⃣.",
        .indirect)
}

@Test func anInclusionAfterAPlaceInTheSubjectBelongsToTheSource() {
    checkRelation(
        "2️⃣Six newspapers in New Jersey, including the Dayton Star2️⃣, 1️⃣said1️⃣ 3️⃣the levy was weak3️⃣.", .indirect)
}

/// A web domain is a source as a whole: "Breitbart.com reported", not "com reported".
@Test func aWebDomainIsAWholeSource() {
    checkRelation("2️⃣Breitbart.com2️⃣ 1️⃣reported1️⃣ 3️⃣that 300 people came3️⃣.", .other)
    checkRelation("1️⃣According to1️⃣ 2️⃣www.state.gov2️⃣, 3️⃣the fee rose to $40 in May3️⃣.", .indirect)
}

/// A hedge opens the subject its quantifier heads, past the prepositions inside it; an adverb with no "-ly" between
/// the subject and its verb stays out of the source.
@Test func aHedgedQuantifierHeadsTheSubjectAndAnAdverbStaysOut() {
    checkRelation(
        "2️⃣Nearly all of the mayors of the largest cities in the state2️⃣ 1️⃣have endorsed1️⃣ 3️⃣her3️⃣.", .other)
    checkRelation("2️⃣Mr. Hale2️⃣ seldom 1️⃣speaks of1️⃣ 3️⃣his brother3️⃣.", .other)
    checkRelation("2️⃣Ann Cole2️⃣ sometimes 1️⃣says1️⃣ 3️⃣taxes are too high3️⃣.", .indirect)
}

/// A place after a preposition belongs to the subject ("Officials in the state"), even when its noun is a cue word;
/// a document or an utterance there is an adjunct, and the name before it the source.
@Test func aPlaceInTheSubjectBelongsToItAndAMediumIsAnAdjunct() {
    checkRelation("2️⃣Officials in the state2️⃣ 1️⃣said1️⃣ 3️⃣the deficit rose 5 percent3️⃣.", .indirect)
    checkRelation("2️⃣Lopez2️⃣ in her report 1️⃣said1️⃣ 3️⃣the deficit rose 5 percent3️⃣.", .indirect)
    checkRelation("2️⃣He2️⃣ in his comments 1️⃣argued1️⃣ 3️⃣the deficit rose 5 percent3️⃣.", .indirect)
}

/// A verb right before a cue that is no verb is the cue's own, its subject the source; a participle before a verb
/// cue ends the subject, and a noun after a determiner is no verb.
@Test func aVerbBeforeANounCueOrAColonIsTheCuesNotTheSources() {
    checkRelation("Now 2️⃣his friends2️⃣ make 1️⃣jokes about1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ went even further1️⃣:1️⃣ 3️⃣“We will lose the seat.”3️⃣", .direct)
    checkRelation("2️⃣Those involved2️⃣ 1️⃣said1️⃣ 3️⃣taxes rose3️⃣.", .indirect)
    checkRelation("2️⃣The political left2️⃣ 1️⃣are questioning1️⃣ 3️⃣whether the bid goes too far3️⃣.", .other)
}

/// "much of" heads its phrase as "most of" does, and a participle after the time a verb of spending takes is that
/// verb's subject's; not after a passive, where the noun before the participle acts.
@Test func muchOfHeadsItsPhraseAndASpenderActs() {
    checkRelation("2️⃣His campaign and much of the media2️⃣ 1️⃣will tell1️⃣ you 3️⃣that he won3️⃣.", .other)
    checkRelation("2️⃣He2️⃣ spent much of his speech 1️⃣praising1️⃣ 3️⃣the candidate3️⃣.", .other)
    checkRelation("More than $800,000 was spent on 2️⃣ads2️⃣ 1️⃣attacking1️⃣ 3️⃣Cole3️⃣.", .other)
}

/// A noun phrase right after a cue that a finite verb follows is the reported clause's subject, not a speaker
/// inverted after the cue: the source is the subject before the comma, or none.
@Test func aNounPhraseAFiniteVerbFollowsIsNoInvertedSpeaker() {
    checkRelation("2️⃣Sen. Ann Reeve (D-Ohio)2️⃣, 1️⃣said1️⃣ 3️⃣the levy was a mistake3️⃣.", .indirect)
    checkRelation("1️⃣Says1️⃣ 3️⃣Reeve would lose the seat3️⃣.", .indirect)
    // Near miss: an inverted speaker that no finite verb follows stays the source.
    checkRelation("3️⃣“The levy was a mistake,”3️⃣ 1️⃣said1️⃣ 2️⃣the mayor, who has opposed it2️⃣.", .direct)
    checkRelation("3️⃣The levy was a mistake3️⃣, 1️⃣said1️⃣ 2️⃣Ann Reeve2️⃣ on Monday.", .indirect)
}

/// An appositive before the cue that gives a role with "now" or "then" belongs to the source, as one after the cue
/// does; "now" before a verb opens no role.
@Test func aRoleWithNowBeforeTheCueBelongsToTheSource() {
    checkRelation(
        "2️⃣Ann Reeve, now a partner at the firm2️⃣, 1️⃣has denied1️⃣ 3️⃣that the levy was illegal3️⃣.", .other)
    checkRelation(
        "2️⃣The former mayor, then a member of the board2️⃣, 1️⃣endorsed1️⃣ 3️⃣Tom Hart3️⃣.", .other)
    // Near miss: "now" before a participle is no role.
    checkRelation("2️⃣Ann Reeve2️⃣, now leading in the polls, 1️⃣has denied1️⃣ 3️⃣that the levy was illegal3️⃣.", .other)
}

/// A description opening the clause that the name after it is set off against belongs to the source, whichever
/// path found the name (here a participle's subject), also when an owner's name opens it; a clause that opens on a
/// preposition has no description.
@Test func aDescriptionTheNameIsInAppositionToBelongsToTheSource() {
    checkRelation(
        "2️⃣The French minister of energy, Ann Reeve2️⃣, spoke at length, 1️⃣saying1️⃣ 3️⃣the deal mattered3️⃣.",
        .indirect)
    checkRelation("2️⃣The party chairman, Tom Hart2️⃣, 1️⃣declared1️⃣ 3️⃣that the request was denied3️⃣.", .indirect)
    // An owner's name opens the description too.
    checkRelation(
        "2️⃣Mayor Ann Reeve's husband, Tom Hart2️⃣, spoke at length, 1️⃣saying1️⃣ 3️⃣the deal mattered3️⃣.", .indirect)
    // Near miss: "In Dayton" is no description of the name.
    checkRelation("In Dayton, 2️⃣Ann Reeve2️⃣, spoke at length, 1️⃣saying1️⃣ 3️⃣the deal mattered3️⃣.", .indirect)
}

/// A possessive or a cue word in the object of "close to" or "familiar with" belongs to the subject, whose head
/// stands further back, and a bare cue word after a plural noun is that plural's verb: neither is a noun cue's
/// owner or modifier.
@Test func aSubjectsTailAndAPluralBeforeABareCueKeepTheSubject() {
    checkRelation("Rather, 2️⃣sources close to her campaign2️⃣ 1️⃣say1️⃣ 3️⃣she backs the plan3️⃣.", .indirect)
    checkRelation("2️⃣Sources close to the team2️⃣ 1️⃣say1️⃣ 3️⃣she backs the plan3️⃣.", .indirect)
    checkRelation("2️⃣People familiar with her plans2️⃣ 1️⃣say1️⃣ 3️⃣she will run3️⃣.", .indirect)
    checkRelation("But 2️⃣her allies2️⃣ 1️⃣fear1️⃣ 3️⃣that more emails might come out3️⃣.", .other)
    // Near misses: a singular noun before the bare cue word modifies it, and the owner speaks.
    checkRelation("2️⃣His2️⃣ campaign 1️⃣pledge1️⃣ 3️⃣that taxes would fall3️⃣, however, was broken.", .other)
    checkRelation("2️⃣His aides2️⃣ 1️⃣said1️⃣ 3️⃣the talks had failed3️⃣.", .indirect)
}

/// A cue word after "of" is the object that ends the subject ("secretary of state"), not a noun cue with no owner.
@Test func aCueWordAfterOfEndsTheSubject() {
    checkRelation("2️⃣The former secretary of state2️⃣ 1️⃣said1️⃣ 3️⃣the levy must go3️⃣.", .indirect)
    checkRelation(
        "2️⃣The front-runner and former secretary of state2️⃣ 1️⃣talked about1️⃣ 3️⃣the levy3️⃣.", .other)
    // Near miss: a capitalised "State" after "of" is a name's.
    checkRelation("2️⃣The Department of State2️⃣ 1️⃣said1️⃣ 3️⃣the levy must go3️⃣.", .indirect)
}

/// A description before a parenthesis set off by dashes is the source, as a name there is (the parenthesis stays
/// out); not a preposition's object, nor before a participle, which speaks for its clause's subject.
@Test func aDescriptionBeforeADashParenthesisIsTheSource() {
    checkRelation("2️⃣Local farmers2️⃣ — who own the land — 1️⃣say1️⃣ 3️⃣that the levy is unfair3️⃣.", .indirect)
    checkRelation(
        "2️⃣Republican establishment figures2️⃣ — whose party was once united — both 1️⃣suggested1️⃣ 3️⃣that the vote was unfair3️⃣.",
        .indirect, cueAtLeast: true)
    // Near misses.
    checkRelation("2️⃣He2️⃣ struggles with a task in politics - bragging - 1️⃣conceding1️⃣ 3️⃣that he feels bad3️⃣.", .other)
    checkRelation(
        "Interviews with chairs on the map — counties that will decide the race — 1️⃣revealed1️⃣ 3️⃣that Cole is ahead3️⃣.",
        .other)
}

/// A noun in "-ly" ("family", "rally") is no adverb of the verb group: it heads or ends the subject.
@Test func aNounInLyIsNoAdverb() {
    checkRelation("2️⃣The family2️⃣ 1️⃣said1️⃣ 3️⃣the levy was unfair3️⃣.", .indirect)
    checkRelation("2️⃣A member of the family2️⃣ 1️⃣suggested1️⃣ 3️⃣that they leave3️⃣.", .indirect)
    // Near miss: an adverb in "-ly" joins the verb group, and the subject stands before it.
    checkRelation("2️⃣Cole2️⃣ 1️⃣flatly denied1️⃣ 3️⃣that the levy was unfair3️⃣.", .other)
}

/// A fraction after "a" is a share of people that speaks, with its hedge ("Less than a third agreed"), whether or
/// not the fraction is also an ordinal.
@Test func aFractionAfterAIsAShareThatSpeaks() {
    checkRelation("2️⃣A third2️⃣ 1️⃣said1️⃣ 3️⃣the levy was unfair3️⃣.", .indirect)
    checkRelation("2️⃣Less than a quarter2️⃣ 1️⃣said1️⃣ 3️⃣the levy was unfair3️⃣.", .indirect)
    // Near miss: an ordinal after "the" is no share.
    checkRelation("The third 1️⃣said1️⃣ 3️⃣the levy was unfair3️⃣.", .indirect)
}

/// After the cue, a party and state after the name's comma belong to the source, and so does a name in apposition
/// to a description that ends on a name, before the sentence's end or a comma; a relative pronoun that a
/// parenthesis interrupts does not.
@Test func aPartyAndStateAndANameAfterADescriptionBelongToTheSource() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Sen. Lindsey Graham, R-S.C.2️⃣", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣his best friend at Lehigh, Bruce Turry2️⃣.", .direct)
    checkRelation(
        "3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣his best friend at Lehigh, Bruce Turry2️⃣, who, like Ann, became a pilot.",
        .direct)
    // Near miss: a name followed by its own verb is the next clause's subject.
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣his friend at Lehigh2️⃣, and Bruce Turry agreed.", .direct)
}

/// A list of names whose conjuncts have owners ("MSNBC’s Ann Cole and Reuters’ Tom Hart") is the source whole, and
/// so is a list of plain plurals opening the sentence with no comma before "and".
@Test func aListWithOwnersOrOfPlainPluralsIsTheSourceWhole() {
    checkRelation(
        "Instead, 2️⃣Matthews, MSNBC’s Ann Cole and Reuters’ Tom Hart2️⃣ 1️⃣argued1️⃣ 3️⃣that the plan was naive3️⃣.",
        .indirect)
    checkRelation("2️⃣Neighbours, teachers and old rivals2️⃣ 1️⃣say1️⃣ 3️⃣she is a fair judge3️⃣.", .indirect)
    // Near miss: an opening adverbial's noun before the comma is no conjunct.
    checkRelation("At the fair, 2️⃣teachers and old rivals2️⃣ 1️⃣say1️⃣ 3️⃣she is a fair judge3️⃣.", .indirect)
}

/// A name heading a description after it ("Tom Hart of Kentucky") keeps the title before it, and so a list ending
/// on it is the source whole.
@Test func aNameHeadingADescriptionKeepsItsTitle() {
    checkRelation(
        "On Sunday, 2️⃣Reeve, Hardy, Ohio Gov. Ann Cole and Sen. Tom Hart of Kentucky2️⃣ 1️⃣said1️⃣ 3️⃣the levy was "
            + "fair3️⃣.",
        .indirect)
    // Near miss: with no title before it, the name opens the source after the opening adverbial.
    checkRelation("In Iowa, 2️⃣Tom Hart of Kentucky2️⃣ 1️⃣said1️⃣ 3️⃣the levy was fair3️⃣.", .indirect)
}

/// A relative clause on "whose" after the name opening the clause belongs to the source
/// up to the cue's comma, places inside it too; the name speaks, not the place before the comma.
@Test func aRelativeClauseOnWhoseAfterTheOpeningNameJoinsItsSource() {
    checkRelation(
        "2️⃣Dorothy Woods, whose husband was killed in Benghazi, Libya2️⃣, 1️⃣discussed1️⃣ 3️⃣the attack on Friday3️⃣.",
        .other, cueAtLeast: true)
    exampleSpeakers("1️⃣Dorothy Woods1️⃣, whose husband was killed in Benghazi, Libya, discussed the attack on Friday.")
}

/// Post-nominal letters in capitals take no period: the full stop after "MP" at the end of the sentence is the
/// sentence's, not the source's. Near miss: "Jr." keeps its own period.
@Test func aPostNominalInCapitalsEndsBeforeTheFullStop() {
    checkRelation("3️⃣The plan would fail3️⃣, 1️⃣said1️⃣ 2️⃣a Labour MP2️⃣.", .indirect)
    checkRelation("3️⃣The plan would fail3️⃣, 1️⃣said1️⃣ 2️⃣Jo Hale MP2️⃣.", .indirect)
    checkRelation("3️⃣The plan would fail3️⃣, 1️⃣said1️⃣ 2️⃣Joseph Dunford Jr., the general2️⃣.", .indirect)
}

/// A time that closes a relative clause belongs to it, and the clause's verb stands before the time: the head of
/// the description speaks, not the time. Near miss: a time after a subject with no relative clause stays out.
@Test func aTimeClosingARelativeClauseStaysInTheSource() {
    checkRelation(
        "2️⃣Families whose homes were flooded last winter2️⃣ 1️⃣say1️⃣ 3️⃣they are still waiting3️⃣.", .indirect)
    checkRelation("2️⃣Farmers whose crops failed last summer2️⃣ 1️⃣say1️⃣ 3️⃣the aid is too late3️⃣.", .indirect)
    checkRelation("2️⃣The board2️⃣ on Monday 1️⃣said1️⃣ 3️⃣the plan was unfair3️⃣.", .indirect)
}

/// A negation between a subject's noun and a prepositional phrase, or a participle or adjective that takes one, opens
/// a reduced relative clause inside the subject, as "who were not" does: the head noun speaks, not the preposition's
/// object; so does "to" after a participle, as after "close". A negation after an auxiliary negates a verb.
@Test func aNegatedReducedRelativeKeepsTheSubjectsHead() {
    checkRelation(
        "2️⃣Experts not involved in the trial2️⃣ 1️⃣said1️⃣ 3️⃣it could not prove cause and effect3️⃣.", .indirect)
    checkRelation("2️⃣Doctors never connected to the clinic2️⃣ 1️⃣said1️⃣ 3️⃣it was safe3️⃣.", .indirect)
    checkRelation("2️⃣The nurses not on duty2️⃣ 1️⃣said1️⃣ 3️⃣the ward was calm3️⃣.", .indirect)
    checkRelation("2️⃣Doctors unconnected to the research2️⃣ 1️⃣said1️⃣ 3️⃣the results were weak3️⃣.", .indirect)
    // Near misses: the relative clause spelled out, and a negation after an auxiliary, which negates the verb.
    checkRelation(
        "2️⃣Experts who were not involved in the trial2️⃣ 1️⃣said1️⃣ 3️⃣it could not prove cause and effect3️⃣.",
        .indirect)
    checkRelation(
        "2️⃣The mayor2️⃣ did not respond to the council and 1️⃣said1️⃣ 3️⃣it was weak3️⃣.", .indirect, cueAtLeast: true)
    checkRelation(
        "3️⃣The board is not bound by the ruling3️⃣, 2️⃣lawyers for the firm2️⃣ 1️⃣said1️⃣.", .indirect)
}

@Test func aGerundWithItsObjectAfterAnAgentIsTheVerbsComplementNoTail() {
    // "for failing to…", "of overcharging…": the verb's complement after its agent, not a tail of the agent.
    checkRelation(
        "3️⃣The council3️⃣ 1️⃣was criticised1️⃣ by 2️⃣residents2️⃣ 3️⃣for failing to clear the snow3️⃣.", .other,
        cueAtLeast: true)
    checkRelation(
        "3️⃣The firm3️⃣, 1️⃣accused1️⃣ by 2️⃣regulators2️⃣ of overcharging customers, said it would appeal.", .other,
        cueAtLeast: true)
    // Near misses: a word in "-ing" that meets a function word or ends the phrase is a noun of the tail.
    checkRelation("3️⃣Sales fell3️⃣, 1️⃣according to1️⃣ 2️⃣the head of marketing at the firm2️⃣.", .indirect)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was praised1️⃣ by 2️⃣the minister for housing2️⃣.", .other, cueAtLeast: true)
}

@Test func aGerundWhoseObjectIsANameIsNoRolesComplement() {
    // After a word that is no title, "of" and a gerund before a name are the verb's complement, not a role's
    // complement leading to the name (`speakerAfter`).
    checkRelation(
        "3️⃣He3️⃣ 1️⃣was accused1️⃣ by 2️⃣MPs2️⃣ 3️⃣of misleading Parliament3️⃣.", .other, cueAtLeast: true)
    // Near misses: a title's complement leads on to the name, and a complement that is no gerund does too.
    checkRelation(
        "3️⃣The plan3️⃣ 1️⃣was praised1️⃣ by 2️⃣director of housing Ann Cole2️⃣.", .other, cueAtLeast: true)
    checkRelation(
        "3️⃣The plan3️⃣ 1️⃣was praised1️⃣ by 2️⃣former secretary of state Ann Cole2️⃣.", .other, cueAtLeast: true)
}

@Test func aShareOfThoseAnOfPhraseNamesIsTheSourceAfterItsCue() {
    // A number or a quantifier before "of", after an inverted cue or as a passive's agent: the share is the source.
    checkRelation("3️⃣“We lost,”3️⃣ 1️⃣said1️⃣ 2️⃣one of the players2️⃣.", .direct)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was criticised1️⃣ by 2️⃣one of the judges2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The deal3️⃣ 1️⃣was rejected1️⃣ by 2️⃣two of the three unions2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was opposed1️⃣ by 2️⃣one or more of his rivals2️⃣.", .other, cueAtLeast: true)
    // Near miss: before a verb, the share is the reported clause's subject.
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣most of the money would go to schools3️⃣.", .indirect)
}

@Test func aConjunctAfterABareVerbIsItsObjectAndAndJoinsClauses() {
    // After an auxiliary, "not" or "to", a content word is a bare verb; the conjunct after it is its object.
    checkRelation("Ministers will not attend the talks and 2️⃣unions2️⃣ 1️⃣have said1️⃣ 3️⃣they will strike3️⃣.", .indirect)
    checkRelation("The board will meet the unions and 2️⃣the staff2️⃣ 1️⃣say1️⃣ 3️⃣they want a deal3️⃣.", .indirect)
    // Near misses: a preposition's object and a pair of names stay coordinated.
    checkRelation("2️⃣Aides close to the minister and the party2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Clark and Jones2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}
