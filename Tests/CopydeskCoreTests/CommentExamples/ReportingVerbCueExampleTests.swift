import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ReportingVerbCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ReportingVerbCue.swift — the speaker stands before the verb or, after a comma or quote mark, after it ("…,” said
/// Smith"); a participle after a comma speaks for the speech verb's speaker ("…,” Reeve said, adding"), a fronted
/// participle for the subject after its clause ("Declaring that…, the engineer reopened…"), a gerund after an
/// adjunct's preposition for its clause's subject ("…, before clarifying").
@Test func reportingVerbCueSpeakerAroundTheVerb() {
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣said1️⃣ 2️⃣Smith2️⃣.", .direct)
    checkRelation("“We won,” 2️⃣Reeve2️⃣ said, 1️⃣adding1️⃣ 3️⃣that the team would rest3️⃣.", .indirect)
    checkRelation("1️⃣Declaring1️⃣ 3️⃣that the bridge was safe3️⃣, 2️⃣the engineer2️⃣ reopened it.", .other)
    checkRelation("“We won,” 2️⃣the governor2️⃣ said, before 1️⃣clarifying1️⃣ 3️⃣that the count was not final3️⃣.", .other)
}

/// ReportingVerbCue.swift — a bare cue word opening the sentence before a lower-case noun modifies it ("Rail
/// fares…"); after its subject it is the verb.
@Test func reportingVerbCueABareCueWordOpeningTheSentenceModifiesTheNounAfterIt() {
    checkNoRelation("Rail fares in England will rise by 4.6% in March.")
    checkNoRelation("Rail passengers made 1.6 billion journeys.")
    checkRelation("2️⃣Unions2️⃣ 1️⃣rail against1️⃣ 3️⃣the 4.6% rise3️⃣.", .other)
    exampleSourced("Rail fares in England will rise by 4.6% in March.", [false])
}

/// ReportingVerbCue.swift — a verb of striking with "back" before "that", a colon or a quote is a retort, the verb
/// its cue ("Trump shot back that…", "Fallon fired back: “…”", "shot back, “…”", "fired back forcefully: “…”"); not
/// "fired back at Trump over the plan" (a topic, no statement) nor "prices shot back up".
@Test func reportingVerbCueRetorts() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣fired back1️⃣ 3️⃣that the plan was a fraud3️⃣.", .indirect)
    checkRelation("2️⃣Trump2️⃣ 1️⃣shot back1️⃣ 3️⃣that the judge was biased3️⃣.", .indirect)
    checkRelation("2️⃣Fallon2️⃣ 1️⃣fired back1️⃣: 3️⃣“That is false.”3️⃣", .direct)
    checkRelation("2️⃣Cole2️⃣ 1️⃣shot back1️⃣, 3️⃣“That is false.”3️⃣", .direct)
    exampleSpeakers("1️⃣Cole1️⃣ fired back forcefully: “That is false.”")
    checkNoRelation("Cole fired back at Trump over the plan.", learned: false)
    checkNoRelation("Prices shot back up in May.", learned: false)
}

/// ReportingVerbCue.swift — a state of mind is no passive ("voters were worried about", "is deeply concerned
/// that"): its subject is the source and the cue takes "be".
@Test func reportingVerbCueStateOfMind() {
    checkRelation("2️⃣The mayor2️⃣ 1️⃣is deeply concerned1️⃣ 3️⃣that the plant will close3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣was deeply concerned1️⃣ 3️⃣that the mill would close3️⃣.", .other)
    checkRelation("2️⃣Voters2️⃣ 1️⃣are worried1️⃣ about 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
}

/// ReportingVerbCue.swift — isStateParticiple: "is widely regarded", "was named director", "has been largely
/// ignored" are passives, not states of mind, so their subject is no source; "Cruz has been asked about": the
/// subject of a speech verb's passive is its listener.
@Test func reportingVerbCuePassivesThatAreNoState() {
    exampleSpeakers("The plan is widely regarded as a failure.")
    exampleSpeakers("Cole was named director.")
    exampleSpeakers("The plan has been largely ignored.")
    checkRelation("Cruz has been 1️⃣asked1️⃣ about 3️⃣the plan3️⃣.", .indirect, cueAtLeast: true)
}

/// ReportingVerbCue.swift — a raising verb before "to" and a reporting verb is one cue whose subject reports ("She
/// appeared to imply that…", "Messages seem to show that…"); alone it credits no one ("Trump appeared to enjoy
/// it"), and "appears in court" is no raising use.
@Test func reportingVerbCueRaisingVerbs() {
    checkRelation("2️⃣She2️⃣ 1️⃣appeared to imply1️⃣ 3️⃣that the deal was dead3️⃣.", .other)
    checkRelation("2️⃣Messages2️⃣ 1️⃣seem to show1️⃣ 3️⃣that the deal was dead3️⃣.", .other)
    exampleSpeakers("Trump appeared to enjoy it.")
    checkNoRelation("Cole appears in court on Monday.", learned: false)
}

/// ReportingVerbCue.swift — "made clear she would run", "has made very clear", "making it abundantly clear": "make"
/// and "clear" before a clause report as one verb; not "it is clear", "made the path clear for", "a clear plan".
@Test func reportingVerbCueMakeClear() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣made clear1️⃣ 3️⃣she would run3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣has made very clear1️⃣ 3️⃣that she will run3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ spent the week 1️⃣making it abundantly clear1️⃣ 3️⃣that she will run3️⃣.", .other)
    checkNoRelation("It is clear that she will run.", learned: false)
    checkNoRelation("The ruling made the path clear for a vote.", learned: false)
    checkNoRelation("Cole has a clear plan.", learned: false)
}

/// ReportingVerbCue.swift — "points out that…", "point to the polls": "point" reports only with its particle, never
/// after a figure ("a point guard").
@Test func reportingVerbCuePointOut() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣points out1️⃣ 3️⃣that the bill failed3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣pointed to1️⃣ 3️⃣the polls3️⃣.", .other)
    checkRelation("2️⃣Analysts2️⃣ 1️⃣point to1️⃣ 3️⃣the polls3️⃣.", .other)
    checkNoRelation("Reeve, a point guard, scored.", learned: false)
}

/// ReportingVerbCue.swift — "as Vulture put it": "put it" is a cue with its subject the source.
@Test func reportingVerbCuePutIt() {
    checkRelation("3️⃣The plan failed3️⃣, as 2️⃣Vulture2️⃣ 1️⃣put it1️⃣.", .other)
}

/// ReportingVerbCue.swift — a document verb reports only before a "that" clause ("police found a body" reports
/// nothing) or ending its sentence after a subject set off by a comma ("…, Fox found.", "…, the Post's count
/// showed.", "…, the team found, meaning…"); a verb of assertion also with a speaking subject right before it
/// ("Experts suggest its success could…"), not "Rising prices suggest…".
@Test func reportingVerbCueDocumentVerbs() {
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣the Post’s count2️⃣ 1️⃣showed1️⃣.", .other)
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣Fox2️⃣ 1️⃣found1️⃣.", .other)
    checkRelation("3️⃣Sales fell3️⃣, 2️⃣the team2️⃣ 1️⃣found1️⃣, meaning the plan failed.", .other)
    // A name's own mark ends the subject; near miss: a question mark closing a sentence is no name's.
    checkRelation(
        "3️⃣Prices reached £3,0003️⃣, 2️⃣the consumer group Which2️⃣? 1️⃣found1️⃣.", .other)
    checkNoRelation("Prices reached £3,000? Fox found.", learned: false)
    checkNoRelation("Police found a body.", learned: false)
    checkRelation("2️⃣Experts2️⃣ 1️⃣suggest1️⃣ 3️⃣its success could fade3️⃣.", .other)
    checkNoRelation("Rising prices suggest the plan failed.", learned: false)
}

/// ReportingVerbCue.swift — after a subject's "is" a participle before "to" is a passive that names no one ("he is
/// said to…", "it is said"); followsItsNoun is false after a pronoun.
@Test func reportingVerbCueSaidToPassive() {
    checkRelation("3️⃣He3️⃣ 1️⃣is said1️⃣ 3️⃣to be furious3️⃣.", .indirect)
    checkRelation("It 1️⃣is said1️⃣ 3️⃣that the mill will close3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — in a clause "with" opens, a participle before an infinitive is a reduced passive with
/// no source ("with ticket sales across the industry expected to rise by 5%", "with sales expected to rise"); not
/// "with voters who pollsters expected to" (a relative pronoun stops it).
@Test func reportingVerbCueReducedPassiveAfterWith() {
    checkRelation("Sales fell, with ticket sales across the industry 1️⃣expected1️⃣ 3️⃣to rise by 5%3️⃣.", .other)
    checkRelation("Cole spoke, with ticket sales 1️⃣expected1️⃣ 3️⃣to rise by 5%3️⃣.", .other)
    checkRelation("Cole spoke, with sales 1️⃣expected1️⃣ 3️⃣to rise3️⃣.", .other)
}

/// ReportingVerbCue.swift — a participle of hearsay right after its noun before "to be" is a reduced passive with
/// no source ("a fee believed to be", "the unit thought").
@Test func reportingVerbCueHearsayParticipleAfterItsNoun() {
    checkRelation("Cole paid a fee 1️⃣believed1️⃣ 3️⃣to be around £6m3️⃣.", .other)
    checkRelation("Cole paid a fee the unit 1️⃣thought1️⃣ 3️⃣to be too high3️⃣.", .other)
}

/// ReportingVerbCue.swift — a naming participle ("A new super PAC called Future 45", "a website called “Real
/// News”"), "say" between commas ("in places, say, Ohio") report nothing; "Southern states that will hold
/// contests", "a report that could raise questions": "that" with a verb after it opens a relative clause.
@Test func reportingVerbCueFalseReportCues() {
    checkNoRelation("A new super PAC called Future 45 spent $5 million.", learned: false)
    checkNoRelation("Cole runs a website called “Real News.”", learned: false)
    checkNoRelation("The rule applies in places, say, Ohio.", learned: false)
    checkNoRelation("Southern states that will hold contests voted.", learned: false)
    checkNoRelation("A report that could raise questions was released.", learned: false)
}

/// ReportingVerbCue.swift — "talk" and "talks" are verbs after their subject, "to" or a modal ("I talk about it",
/// "can't just talk about"), not in "the peace talks about the border" nor "isn't just talk".
@Test func reportingVerbCueTalk() {
    checkRelation("2️⃣I2️⃣ 1️⃣talk about1️⃣ 3️⃣it often3️⃣.", .other)
    checkRelation("2️⃣We2️⃣ 1️⃣can’t just talk about1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣She2️⃣ 1️⃣talks about1️⃣ 3️⃣a European consensus3️⃣.", .other)
    checkNoRelation("The peace talks about the border resumed.", learned: false)
    checkNoRelation("The deal isn’t just talk.", learned: false)
}

/// ReportingVerbCue.swift — "…, support for him has grown", "For Cruz backers, support is as strong", "support for
/// the bill", "has support from 52 percent of voters": a noun; so is a plural after a preposition ("grants to
/// states", "block grants to states", "amid reports that…"), "The new plans", "Trump's Virginia state director".
@Test func reportingVerbCueNounUsesOfSupportAndPlurals() {
    checkNoRelation("Cole lost, but support for him has grown.", learned: false)
    checkNoRelation("For Cruz backers, support is as strong as ever.", learned: false)
    checkNoRelation("Support for the bill grew.", learned: false)
    checkNoRelation("The bill has support from 52 percent of voters.", learned: false)
    checkNoRelation("Block grants to states rose.", learned: false)
    checkNoRelation("Stocks fell amid reports that the bank failed.", learned: false)
    checkNoRelation("The new plans failed.", learned: false)
    checkNoRelation("Trump’s Virginia state director quit.", learned: false)
}

/// ReportingVerbCue.swift — a noun cue word opening the sentence before "be" or an auxiliary is its subject
/// ("Demand was driven by cheaper handsets", "Support has grown since May"); after its subject the same word is a
/// verb.
@Test func reportingVerbCueANounCueWordOpeningTheSentence() {
    checkNoRelation("Demand was driven by cheaper handsets.", learned: false)
    checkNoRelation("Support has grown since May.", learned: false)
    checkRelation("2️⃣Unions2️⃣ 1️⃣demand1️⃣ 3️⃣that the plant stays open3️⃣.", .other)
}

/// ReportingVerbCue.swift — a modifier opening the sentence makes the cue word a noun ("Subsequent estimates
/// put…"), after "another" a singular noun cue is a noun ("Another report says…") but "another claims that…" is a
/// verb, a reflexive keeps "claims" a verb ("Yukos itself claims the firm is…"), and a single quote's closing mark
/// is no possessive ("‘Tories will cut jobs’ claims Labour").
@Test func reportingVerbCueSubjectsOfNounCueWords() {
    checkRelation("2️⃣Subsequent estimates2️⃣ 1️⃣put1️⃣ 3️⃣the toll at 403️⃣.", .other)
    checkRelation("2️⃣Another report2️⃣ 1️⃣says1️⃣ 3️⃣the mill closed3️⃣.", .indirect)
    checkRelation("Cole denied one claim, but 2️⃣another2️⃣ 1️⃣claims1️⃣ 3️⃣that the mill closed3️⃣.", .indirect)
    checkRelation("2️⃣Yukos itself2️⃣ 1️⃣claims1️⃣ 3️⃣the firm is solvent3️⃣.", .indirect)
    exampleSpeakers("‘Tories will cut jobs’ claims 1️⃣Labour1️⃣.")
    checkNoRelation("The two claims that the mill closed were false.", learned: false)
}

/// ReportingVerbCue.swift — "state", "projected" report at the end of a sentence only after their subject ("as
/// analysts projected."); "in some states." names things; "refused to say": the second verb is the first's content.
@Test func reportingVerbCueClauseOnlyCues() {
    checkRelation("3️⃣The bill passed3️⃣, as 2️⃣analysts2️⃣ 1️⃣projected1️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣turnout fell in some states3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣refused1️⃣ 3️⃣to say whether she would run3️⃣.", .other)
}

/// ReportingVerbCue.swift — "called" before an object and a quote judges, it does not name ("one lawmaker called
/// Trump “the orange prince”", "called Florida's standards “strong.”", "called Cole “the orange prince”").
@Test func reportingVerbCueCalledWithObjectAndQuote() {
    checkRelation("2️⃣One lawmaker2️⃣ 1️⃣called1️⃣ 3️⃣Trump “the orange prince” on Monday3️⃣.", .mixed)
    checkRelation("2️⃣Cole2️⃣ 1️⃣called1️⃣ 3️⃣Trump “the orange prince.”3️⃣", .mixed)
    checkRelation("2️⃣Reeve2️⃣ 1️⃣called1️⃣ 3️⃣Florida’s standards “strong.”3️⃣", .mixed)
    checkRelation("2️⃣The senator2️⃣ 1️⃣called1️⃣ 3️⃣Cole “the orange prince.”3️⃣", .mixed)
}

/// ReportingVerbCue.swift — a participle opening the sentence speaks for the subject after its clause ("Declaring
/// that he alone can fix it, the senator offered…", "Having announced that…, Judge Berman proceeded…"), also after
/// an adjunct's preposition ("In declaring his statements un-Christian, the pope…", "But in describing the plan,
/// the journalists…") or a subordinator ("While saying that he respects Mrs. Clinton, he…"); the subject opens the
/// clause after the comma ("…, the senator offered", "…, Ann Cole replied").
@Test func reportingVerbCueFrontedParticiples() {
    checkRelation("1️⃣Declaring1️⃣ 3️⃣that he alone can fix it3️⃣, 2️⃣the senator2️⃣ offered a plan.", .other)
    checkRelation(
        "1️⃣Having announced1️⃣ 3️⃣that the mill would close3️⃣, 2️⃣Judge Berman2️⃣ proceeded to sentence him.", .indirect)
    checkRelation("In 1️⃣declaring1️⃣ 3️⃣his statements un-Christian3️⃣, 2️⃣the pope2️⃣ spoke for many.", .other)
    checkRelation("But in 1️⃣describing1️⃣ 3️⃣the plan3️⃣, 2️⃣the journalists2️⃣ said it failed.", .other)
    checkRelation("While 1️⃣saying1️⃣ 3️⃣that he respects Mrs. Clinton3️⃣, 2️⃣he2️⃣ voted no.", .indirect)
}

/// ReportingVerbCue.swift — a participle set off by commas after the noun phrase opening the sentence speaks for it
/// ("The agency, citing privacy rules, declined…"; "Clinton, speaking in Ohio, said…" leaves "said" to Clinton),
/// one after a speech verb for that verb's speaker ("…,” Fiorina said, adding…"), one after a comma opening an
/// adjunct for the clause's subject ("Fiorina criticised Trump, the front-runner, saying…", "hailed the vote as
/// “fantastic,” telling reporters…"; "Reed, supporting tariffs, …").
@Test func reportingVerbCueParticipleSpeakers() {
    checkRelation("2️⃣The agency2️⃣, 1️⃣citing1️⃣ 3️⃣privacy rules3️⃣, declined to comment.", .other)
    checkRelation("2️⃣Clinton2️⃣, speaking in Ohio, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("“We won,” 2️⃣Fiorina2️⃣ said, 1️⃣adding1️⃣ 3️⃣that the count was final3️⃣.", .indirect)
    checkRelation("2️⃣Fiorina2️⃣ criticised Trump, the front-runner, 1️⃣saying1️⃣ 3️⃣he was unfit3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ hailed the vote as “fantastic,” 1️⃣telling1️⃣ reporters 3️⃣that the plan worked3️⃣.", .other)
    exampleSpeakers("1️⃣Reed1️⃣, supporting tariffs, voted no.")
}

/// ReportingVerbCue.swift — a gerund after an adjunct's preposition speaks for its clause's subject, not the noun
/// before it ("Ramos corrected the candidate by tweeting back…", "“…,” the mayor said, before clarifying…"), or for
/// a subordinate clause's subject ("…, while her rival, Ann Cole, has gained by saying…"), or for a subject after
/// an adverb ("A Clinton campaign official later walked back…").
@Test func reportingVerbCueGerundAfterAdjunctPreposition() {
    exampleSpeakers("1️⃣Ramos1️⃣ corrected the candidate by tweeting back that the count was wrong.")
    checkRelation("“We won,” 2️⃣the mayor2️⃣ said, before 1️⃣clarifying1️⃣ 3️⃣that the count was not final3️⃣.", .other)
    checkRelation("Reeve lost, while her rival, 2️⃣Ann Cole2️⃣, has gained by 1️⃣saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣A Clinton campaign official2️⃣ later walked back the remark, 1️⃣saying1️⃣ 3️⃣it was wrong3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — with no speaker beside the verb the nearest name speaks, widened to the noun phrase
/// opening the clause that holds it ("Mrs. Clinton and her aides spent the week denouncing…") but not when the name
/// owns the phrase ("Francis' message is to call…"); coordinated verbs share the subject of their own clause
/// ("Union leaders distrust him because he favors right-to-work laws and opposes a minimum wage increase", "Trump
/// has attacked Apple; clashed with Zuckerberg; and posted…").
@Test func reportingVerbCueSubjectFurtherBack() {
    checkRelation("2️⃣Mrs. Clinton and her aides2️⃣ spent the week 1️⃣denouncing1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Pope Francis2️⃣’ message is 1️⃣to call for1️⃣ 3️⃣peace3️⃣.", .other)
    checkRelation(
        "Union leaders distrust him because 2️⃣he2️⃣ favors right-to-work laws and 1️⃣opposes1️⃣ 3️⃣a minimum wage increase3️⃣.",
        .other)
    checkRelation("2️⃣Trump2️⃣ has attacked Apple; clashed with Zuckerberg; and 1️⃣posted1️⃣ 3️⃣a video3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — a speaker after the verb is no object: "reported it to the FBI" ("it" is the object),
/// "…, said the bill was a mistake" (a noun phrase a finite verb follows is the reported clause's subject).
@Test func reportingVerbCueObjectsAreNoInvertedSpeakers() {
    exampleSpeakers("1️⃣Cole1️⃣ reported it to the FBI.")
    exampleSpeakers("1️⃣Cole1️⃣ spoke briefly, said the bill was a mistake and left.")
}

/// ReportingVerbCue.swift — a reduced passive of "ask" names the one asked, not the asker, and its content is the
/// question alone ("Reeve, asked whether…", "Reeve, when asked if she would run, replied…", "Asked about the
/// plan"); with its agent ("Asked by reporters whether he would run, the mayor said no", "Reeve, when asked by
/// reporters about the levy, said…") the agent is the source; ", asked the senator" inverts an active and "Tanden,
/// a supporter, asked former Attorney General Holder whether…" is one; "…, she said when asked about the levy,
/// which rose in May" runs on.
@Test func reportingVerbCueAskedClauses() {
    checkRelation("Reeve, 1️⃣asked1️⃣ 3️⃣whether she would run3️⃣, said no.", .indirect)
    checkRelation("Reeve, when 1️⃣asked1️⃣ 3️⃣if she would run3️⃣, replied that she would not.", .indirect)
    checkRelation("1️⃣Asked about1️⃣ 3️⃣the plan3️⃣, Cole said it failed.", .indirect)
    checkRelation("1️⃣Asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣whether he would run3️⃣, the mayor said no.", .indirect)
    checkRelation("Reeve, when 1️⃣asked1️⃣ by 2️⃣reporters2️⃣ 3️⃣about the levy3️⃣, said it was fair.", .indirect)
    checkRelation("3️⃣“We won,”3️⃣ 1️⃣asked1️⃣ 2️⃣the senator2️⃣.", .direct)
    checkRelation("2️⃣Tanden, a supporter2️⃣, 1️⃣asked1️⃣ former 3️⃣Attorney General Holder whether he would run3️⃣.", .indirect)
    checkRelation("“It was fair,” she said when 1️⃣asked about1️⃣ 3️⃣the levy, which rose in May3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣asked about1️⃣ 3️⃣the plan3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — "issued a statement saying", "sent out a tweet calling", "posted a video describing":
/// the verb that put out the statement and its noun phrase join the participle's cue, past two modifiers ("a brief
/// written statement"); nothing after a preposition ("in a statement saying") nor without a determiner ("campaign
/// statements saying").
@Test func reportingVerbCueStatementVerbs() {
    checkRelation("2️⃣The council2️⃣ 1️⃣issued a statement saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣sent out a tweet calling1️⃣ 3️⃣the plan a failure3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣posted a video describing1️⃣ 3️⃣the plan3️⃣.", .indirect)
    checkRelation("2️⃣The council2️⃣ 1️⃣issued a brief written statement saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ responded in a statement 1️⃣saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Cole2️⃣ 1️⃣responded in a statement1️⃣ 3️⃣saying the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣The party2️⃣ released campaign statements 1️⃣saying1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — auxiliaries, negations and adverbs between speaker and verb join the cue ("would never
/// argue", "have long maintained", "has flatly denied"), so do forms of "be" before an -ing form ("has been
/// saying").
@Test func reportingVerbCueVerbGroup() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣would never argue1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Unions2️⃣ 1️⃣have long maintained1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣has flatly denied1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣has been saying1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — an addition of a figure ("its shares added 5% on Monday", "adding another $3bn to the
/// debt"), a sum ("those promises add up to $8.5 million"), an amount ("the report ran to ten pages", "the bill
/// came to 40 pages") and an agreement with an infinitive past a time adjunct ("agreed last week to extend",
/// "agreed on Monday to cut") are actions; "agreed that 20 to 30…" and "organizers claimed nearly 400 delegates and
/// alternates participated" report.
@Test func reportingVerbCueActionUses() {
    checkNoRelation("Its shares added 5% on Monday.", learned: false)
    checkNoRelation("The bill is adding another $3bn to the debt.", learned: false)
    checkNoRelation("Those promises add up to $8.5 million.", learned: false)
    checkNoRelation("The report ran to ten pages.", learned: false)
    checkNoRelation("The bill came to 40 pages.", learned: false)
    checkNoRelation("The two sides agreed last week to extend the deal.", learned: false)
    checkNoRelation("The two sides agreed on Monday to cut rates.", learned: false)
    checkRelation("2️⃣The firms2️⃣ 1️⃣agreed1️⃣ 3️⃣that 20 to 30 jobs would go3️⃣.", .other)
    checkRelation("2️⃣Organizers2️⃣ 1️⃣claimed1️⃣ 3️⃣nearly 400 delegates and alternates participated3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — a passive's agent after "by" is its source ("was reported by", "was praised by
/// critics"), so is a reduced passive's ("the remarks, first reported by The New York Times", "a practice
/// criticized by civil rights advocates"), also past "to his critics" (no infinitive); not "criticized by saying"
/// (a means).
@Test func reportingVerbCuePassiveAgents() {
    checkRelation("3️⃣The story3️⃣ 1️⃣was reported1️⃣ by 2️⃣the Times2️⃣.", .other)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was praised1️⃣ by 2️⃣critics2️⃣.", .other)
    checkRelation("3️⃣The remarks3️⃣, 1️⃣first reported1️⃣ by 2️⃣The New York Times2️⃣, drew fire.", .other)
    checkRelation("It is a practice 1️⃣criticized1️⃣ by 2️⃣civil rights advocates2️⃣.", .other)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was explained1️⃣ 3️⃣to his critics3️⃣ by 2️⃣the mayor2️⃣.", .indirect)
    exampleSpeakers("The mayor, criticized by saying too little, quit.")
}

/// ReportingVerbCue.swift — a share of a poll's respondents answering is the poll's finding, no relation of theirs
/// ("In a recent poll, 55 percent of voters said…", "a majority of respondents say…"); "40 percent of the delegates
/// said" reports, as do "Voters said in a poll…" and "55 percent of voters said…" alone.
@Test func reportingVerbCuePollRespondents() {
    checkRelation("1️⃣In1️⃣ 2️⃣a recent poll2️⃣, 3️⃣55 percent of voters said the plan failed3️⃣.", .other)
    checkRelation("1️⃣In1️⃣ 2️⃣a survey2️⃣, 3️⃣a majority of respondents say the plan failed3️⃣.", .other)
    checkRelation("2️⃣40 percent of the delegates2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Voters2️⃣ 1️⃣said1️⃣ in a poll 3️⃣that the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣55 percent of voters2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — "jobs related to coal", "released supporting documents", "a lead in pledged delegates",
/// "the details of leaked emails", credit lines ("Additional reporting by Ann Cole", "(Reporting by Tom Hart;
/// Editing by …)") report nothing; "is supporting candidates", "in denying that" and "Turkish news reports
/// identify" do (the plural before a verb heads its subject); "polls show he leads", "claims his net worth is…"
/// open clauses.
@Test func reportingVerbCueNounAndParticipleModifiers() {
    checkNoRelation("Jobs related to coal fell.", learned: false)
    checkNoRelation("The firm released supporting documents.", learned: false)
    checkNoRelation("Cole has a lead in pledged delegates.", learned: false)
    checkNoRelation("The details of leaked emails emerged.", learned: false)
    checkNoRelation("Additional reporting by Ann Cole.", learned: false)
    checkNoRelation("(Reporting by Tom Hart; Editing by Ann Ford)", learned: false)
    checkRelation("2️⃣The union2️⃣ 1️⃣is supporting1️⃣ 3️⃣candidates who back the plan3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ was firm in 1️⃣denying1️⃣ 3️⃣that the plan failed3️⃣.", .other)
    checkRelation("2️⃣Turkish news reports2️⃣ 1️⃣identify1️⃣ 3️⃣the man as Cole3️⃣.", .other)
    checkRelation("2️⃣Polls2️⃣ 1️⃣show1️⃣ 3️⃣he leads3️⃣.", .other)
    checkRelation("2️⃣The developer2️⃣ 1️⃣claims1️⃣ 3️⃣his net worth is $10 billion3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — after a determiner or a number a cue word is a noun or an adjective ("an estimated 5
/// million"), so is one after a measure's compound ("the benchmark 10-year note down 7 basis points"), and a plural
/// after a determiner a preposition governs makes the cue word after it a noun ("a cautious note about the jobs
/// report on Friday": no one reports).
@Test func reportingVerbCueNounsAfterDeterminersAndFigures() {
    checkNoRelation("An estimated 5 million people voted.", learned: false)
    checkNoRelation("Bonds rallied, with the benchmark 10-year note down 7 basis points.", learned: false)
    exampleSpeakers("Cole struck a cautious note about the jobs report on Friday.")
}

/// ReportingVerbCue.swift — the relation adds a topic preposition opening its content ("boasted of"), never one
/// that opens a figure ("for 20 years": the figure's phrase stays whole).
@Test func reportingVerbCueTopicPrepositionNotAFigure() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣boasted of1️⃣ 3️⃣the win3️⃣.", .other)
    checkRelation("2️⃣Cole2️⃣ 1️⃣has boasted1️⃣ 3️⃣for 20 years that the tax is unfair3️⃣.", .other)
}

/// ReportingVerbCue.swift — isAfterThe: a name right after "the" ("the Scottish Executive has insisted", "The
/// Rachel Maddow Show said") names a body, not a person, even as a direct speaker; a person's name takes "the" only
/// before a title the mention holds ("the Rev Ann Ford") or a description between ("the late Ann Ford").
@Test func reportingVerbCueNamesAfterThe() {
    exampleEntity("“The plan is safe,” the Scottish Executive has insisted.", "Scottish Executive", .unknown)
    exampleEntity("The Rachel Maddow Show said, “The plan failed.”", "Rachel Maddow Show", .unknown)
    exampleEntity("“The plan failed,” said the Rev Ann Ford.", "Ann Ford", .person)
    exampleEntity("“The plan failed,” said the late Ann Ford.", "Ann Ford", .person)
    exampleEntity("“The plan failed,” said the Rev Tobin Marsh.", "Tobin Marsh", .person)
    exampleEntity("“The plan failed,” said the late Tobin Marsh.", "Tobin Marsh", .person)
    exampleEntity("“The plan failed,” said the Tobin Marsh.", "Tobin Marsh", .unknown)
}

/// ReportingVerbCue.swift — a noun cue word after a number and before a punctuation mark names the document ("One
/// of the authors of that 2013 report, Ari Fleischer, said…"): "report" is no cue, and the name after it speaks.
@Test func reportingVerbCueDocumentNounAfterAYear() {
    exampleSpeakers("One of the authors of that 2013 report, 1️⃣Ari Fleischer1️⃣, said the plan failed.")
}

/// ReportingVerbCue.swift — opensDeterminedClause: a mostly-noun cue word reports when its subject stands before it
/// and a determined subject with its verb follows ("The report states the firm has…"); "in the states the party has
/// won" names places.
@Test func reportingVerbCueStateBeforeADeterminedClause() {
    checkRelation("2️⃣The report2️⃣ 1️⃣states1️⃣ 3️⃣the firm has lost money3️⃣.", .indirect)
    checkRelation("2️⃣The report2️⃣ 1️⃣states1️⃣ 3️⃣the firm will lose money3️⃣.", .indirect)
    checkNoRelation("Voters in the states the party has won are angry.", learned: false)
}

/// ReportingVerbCue.swift — isParticipleAfterWith: a relative pronoun between "with" and the participle stops the
/// reduced passive ("with voters who pollsters expected to"): the relative clause's subject is the source.
@Test func reportingVerbCueRelativePronounStopsTheReducedPassiveAfterWith() {
    checkRelation("Turnout rose, with voters who 2️⃣pollsters2️⃣ 1️⃣expected1️⃣ 3️⃣to stay home3️⃣.", .other)
}

/// ReportingVerbCue.swift — a cue with no speaker anywhere before it has no direct speaker ("All that remains is to
/// say: “…”"), and "to" before the verb belongs to the cue ("ready to tell").
@Test func reportingVerbCueNoSpeakerAndInfinitiveTo() {
    checkRelation("All that remains is 1️⃣to say1️⃣: 3️⃣“Thank you.”3️⃣", .direct)
    checkRelation("2️⃣She2️⃣ was ready 1️⃣to tell1️⃣ voters 3️⃣that the plan failed3️⃣.", .other)
}

/// ReportingVerbCue.swift — agentAfterNounCue (learned cues): a verb that takes in a reaction reaches past the noun
/// phrase after it to "of" after a noun of stance, whose holder is the source ("enjoys the full support of", "enjoys
/// the backing of the union"); a time after "from" is no agent ("from last year").
@Test func reportingVerbCueAgentOfAStanceTakenIn() {
    checkRelation("Cole 1️⃣enjoys1️⃣ the full support of 2️⃣the union2️⃣.", .other, learned: true)
    checkRelation("Cole 1️⃣enjoys the backing1️⃣ of 2️⃣the union2️⃣.", .other, learned: true)
    checkRelation("The plan 1️⃣has drawn harsh criticism1️⃣ from 2️⃣the union2️⃣.", .other, learned: true)
    // (Only that the time is no source: what the relation makes of the rest is not this rule's.)
    let f = Fixture("Headline\n\nThe plan has drawn harsh criticism from last year on.\n")
    var learned = AnalysisOptions()
    learned.learnedCues = true
    let a = analyzeFixture(f, options: learned)
    let criticism = relations(a).filter { a.text[$0.cuePhraseRange ?? $0.cueRange].contains("criticism") }
    #expect(!criticism.isEmpty, "no relation on «criticism»")
    for r in criticism {
        #expect(r.sourceRange.map { !a.text[$0].contains("last year") } ?? true, "source «…last year…»")
    }
}

/// ReportingVerbCue.swift — experiencerAfter (a learned cue): the object right after an active verb of feeling
/// holds the feeling and is the source ("The surge has angered pollster Ann Reeve").
@Test func reportingVerbCueExperiencerAfterAVerbOfFeeling() {
    checkRelation("The surge 1️⃣has angered1️⃣ 2️⃣pollster Ann Reeve2️⃣.", .other, learned: true)
}

/// ReportingVerbCue.swift — gerundAdjunctBefore: the adjunct's preposition stands before the gerund past an adverb
/// ("without specifically saying"); the gerund speaks for its clause's subject, not the noun before it.
@Test func reportingVerbCueGerundAfterAnAdjunctPastAnAdverb() {
    checkRelation(
        "2️⃣Cole2️⃣ won the vote without 1️⃣specifically saying1️⃣ 3️⃣that the plan failed3️⃣.", .indirect)
}

/// ReportingVerbCue.swift — precedesReportingVerb: a cue word in "-s" after a person's name is that person's verb in
/// a relative clause with a gap ("which Cole claims affirmed…"), not a noun heading the next verb's subject.
@Test func reportingVerbCueVerbInARelativeClauseWithAGap() {
    exampleSpeakers("Ann Cole spoke first. The report, which 1️⃣Cole1️⃣ claims affirmed the plan, was leaked.")
}

/// ReportingVerbCue.swift — objectComplementAfterName: "called" before a name and a quote judges, it does not name
/// ("called Cole “the orange prince”").
@Test func reportingVerbCueCalledANameAndAQuote() {
    checkRelation("2️⃣The senator2️⃣ 1️⃣called1️⃣ 3️⃣Cole “the orange prince” on Monday3️⃣.", .mixed)
}

/// ReportingVerbCue.swift — isAfterThe: a capital "The" inside the sentence opens a title ("in The Rock Says"), so the
/// name after it may be a person; opening the sentence it makes the name a body's.
@Test func reportingVerbCueCapitalTheInsideTheSentence() {
    exampleEntity("In The Rock Says, Johnson wrote that he was broke.", "Rock", .person)
    exampleEntity("The Rock Says, a memoir, sold well.", "Rock", .unknown)
}
