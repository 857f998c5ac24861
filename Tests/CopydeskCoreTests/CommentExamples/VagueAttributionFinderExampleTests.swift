import Testing

// Fixtures for the examples quoted in the comments of `Analysis/VagueAttributionFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// VagueAttributionFinder.swift — an impersonal passive credits no one ("it is said", "it was widely believed", "it
/// has been reported"); a consensus only with an adverb of how widely ("it is generally agreed that").
@Test func vagueAttributionFinderExamplesOfImpersonalPassives() {
    exampleVague("1️⃣It is said1️⃣ that the mayor will resign.")
    exampleVague("1️⃣It was widely believed1️⃣ that the mayor would resign.")
    exampleVague("1️⃣It has been reported1️⃣ that the mayor will resign.")
    exampleVague("1️⃣It is generally agreed1️⃣ that the plan failed.")
}

/// VagueAttributionFinder.swift — a personal passive with no agent is vague ("is tipped to", "are being warned to",
/// "is being hailed as"), and so is a judgement with no agent ("is widely regarded as", "was seen as", "is
/// considered one of").
@Test func vagueAttributionFinderExamplesOfAgentlessPassives() {
    exampleVague("Clark 1️⃣is tipped1️⃣ to become the next chairman.")
    exampleVague("Drivers 1️⃣are being warned1️⃣ to avoid the bridge.")
    exampleVague("The deal 1️⃣is being hailed1️⃣ as a breakthrough.")
    exampleVague("The bridge is 1️⃣widely regarded1️⃣ as a landmark.")
    exampleVague("The vote 1️⃣was seen1️⃣ as a test for the mayor.")
    exampleVague("The school 1️⃣is considered1️⃣ one of the best in the region.")
}

/// VagueAttributionFinder.swift — a passive with an agent names its source ("is regarded by analysts as"), but an
/// agent that names no one does not ("is seen by many as"); a name is no attribution ("is known as the Garden of
/// England").
@Test func vagueAttributionFinderExamplesOfPassiveAgents() {
    exampleVague("The plan is regarded by analysts as a failure.")
    exampleVague("The plan 1️⃣is seen by many1️⃣ as a failure.")
    exampleVague("Kent is known as the Garden of England.")
}

/// VagueAttributionFinder.swift — a reduced relative that reports a belief is vague: "the poll - expected to fall
/// on 5 May -", "the unit, thought to be worth £300m,".
@Test func vagueAttributionFinderExamplesOfReducedRelatives() {
    exampleVague("The poll - 1️⃣expected to1️⃣ fall on 5 May - will decide the matter.")
    exampleVague("The unit, 1️⃣thought to1️⃣ be worth £300m, was sold.")
}

/// VagueAttributionFinder.swift — an unnamed group speaking is vague ("some senior members, who say", "an official
/// said", "Many in the industry fear", "many attribute it to"); not a connection ("companies linked to him"), a
/// verb that is a noun ("people to have a say") nor an agreement reached ("all 12 members agreed on policy").
@Test func vagueAttributionFinderExamplesOfUnnamedGroups() {
    exampleVague("The plan angered 1️⃣some senior members, who say1️⃣ it is unfair.")
    exampleVague("An 1️⃣official said1️⃣ the bridge would close.")
    exampleVague("1️⃣Many in the industry fear1️⃣ the rules will hurt sales.")
    exampleVague("The shop closed, and 1️⃣many attribute1️⃣ it to the new road.")
    exampleVague("1️⃣Some computer users reported1️⃣ crashes.")
    exampleVague("The mayor questioned companies linked to him.")
    exampleVague("The mayor wants people to have a say.")
    exampleVague("All 12 members agreed on policy.")
}

/// VagueAttributionFinder.swift — a connection of things is no attribution ("was linked to an account"); feelings
/// provoked ("sparked fears of") and speculation as the subject ("Recent speculation has linked…", "Speculation of
/// a shake-up has mounted") are vague.
@Test func vagueAttributionFinderExamplesOfConnectionsAndSpeculation() {
    exampleVague("The phone was linked to an account.")
    exampleVague("The strike 1️⃣sparked fears1️⃣ of shortages.")
    exampleVague("Recent 1️⃣speculation1️⃣ has linked Clark with the post.")
    exampleVague("1️⃣Speculation1️⃣ of a shake-up has mounted.")
}

/// VagueAttributionFinder.swift — an estimate with a named compilation is not vague ("an estimated £2.3bn,
/// according to figures from the Taskforce"); an unnamed group joined to a name or described by one still is
/// ("Commentators and the firm itself claim", "companies contacted by the BBC insist").
@Test func vagueAttributionFinderExamplesOfEstimatesAndJoinedGroups() {
    exampleVague("Fraud costs charities an estimated £2.3bn, according to figures from the Taskforce.")
    exampleVague("1️⃣Commentators and the firm itself claim1️⃣ the plan works.")
    exampleVague("1️⃣Companies contacted by the BBC insist1️⃣ prices will fall.")
}

/// VagueAttributionFinder.swift — an unnamed group's doubt or conviction is vague: "some farmers are sceptical",
/// "others remain wary".
@Test func vagueAttributionFinderExamplesOfGroupStances() {
    exampleVague("1️⃣Some farmers are sceptical1️⃣.")
    exampleVague("1️⃣Others remain wary1️⃣.")
    // A word of degree before the adjective ("are more sceptical", "are increasingly wary").
    exampleVague("1️⃣Some economists are more sceptical1️⃣ about the plan.")
    exampleVague("1️⃣Many investors are increasingly wary1️⃣ of the bank.")
}

/// VagueAttributionFinder.swift — evidence no one is said to have made is vague ("…, a poll suggests", "Surveys
/// have shown", "A new study found"); not "a BBC poll found", "a poll by Gallup found", nor evidence whose owner
/// follows ("estimates from the council").
@Test func vagueAttributionFinderExamplesOfUnnamedEvidence() {
    exampleVague("Prices will rise, 1️⃣a poll suggests1️⃣.")
    exampleVague("1️⃣Surveys have shown1️⃣ that prices rose.")
    exampleVague("1️⃣A new study found1️⃣ that prices rose.")
    exampleVague("A BBC poll found that prices rose.")
    exampleVague("A poll by Gallup found that prices rose.")
    exampleVague("The plan relies on estimates from the council.")
}

/// VagueAttributionFinder.swift — an unnamed group typed by a nationality is still vague ("ordinary Chinese traders
/// say"; the message keeps the nationality's capital).
@Test func vagueAttributionFinderExamplesOfNationalityInPhrase() {
    exampleVague("Ordinary Chinese 1️⃣traders say1️⃣ prices rose.")
}

/// VagueAttributionFinder.swift — hearsay a preposition introduces with its clause is vague ("amid talk of",
/// "despite claims his advice was…", "following reports that"); not when it names who reported ("after reports by
/// the BBC").
@Test func vagueAttributionFinderExamplesOfHearsayAfterPrepositions() {
    exampleVague("The mayor resigned 1️⃣amid talk1️⃣ of a scandal.")
    exampleVague("The mayor stayed 1️⃣despite claims1️⃣ his advice was wrong.")
    exampleVague("The mayor resigned 1️⃣following reports1️⃣ that he lied.")
    exampleVague("The mayor resigned after reports by the BBC.")
}

/// VagueAttributionFinder.swift — hearsay or feelings as the subject of "there is", with what they are about, are
/// vague: "there are reports that…", "there are fears the crush will…", "there is concern over…", "there has been
/// speculation about…".
@Test func vagueAttributionFinderExamplesOfHearsayAfterThereIs() {
    exampleVague("1️⃣There are reports1️⃣ that the mayor will resign.")
    exampleVague("1️⃣There are fears1️⃣ the crush will worsen.")
    exampleVague("1️⃣There is concern1️⃣ over the plan.")
    exampleVague("1️⃣There has been speculation1️⃣ about the plan.")
}

/// VagueAttributionFinder.swift — hearsay or feelings something provoked ("The move fuelled speculation that…",
/// "sparked fears of a strike") or voiced by no one ("questions were raised over…") are vague.
@Test func vagueAttributionFinderExamplesOfProvokedAndVoicedFeelings() {
    exampleVague("The move 1️⃣fuelled speculation1️⃣ that the mayor will resign.")
    exampleVague("The vote 1️⃣sparked fears1️⃣ of a strike.")
    exampleVague("1️⃣Questions were raised1️⃣ over the plan.")
}

/// VagueAttributionFinder.swift — a participle of belief after a dash or an appositive's noun, before an
/// infinitive, is vague: "the poll - expected to fall in May -", "…, a number expected to double by 2050".
@Test func vagueAttributionFinderExamplesOfReducedRelativesOfExpectation() {
    exampleVague("The poll - 1️⃣expected to1️⃣ fall in May - will decide the matter.")
    exampleVague("The city has 9,000 people, a number 1️⃣expected to1️⃣ double by 2050.")
}

/// VagueAttributionFinder.swift — speculation as the subject, with what it is about, is vague: "Speculation that he
/// will go grew".
@Test func vagueAttributionFinderExamplesOfSpeculationWithTopic() {
    exampleVague("1️⃣Speculation1️⃣ that he will go grew.")
}

/// VagueAttributionFinder.swift — "according to" a typed group or body, unnamed, is vague ("according to its
/// backers", "according to one charity", "according to media trackers"), as a party's group is ("Labour campaigners
/// said").
@Test func vagueAttributionFinderExamplesOfAccordingToTypedGroups() {
    exampleVague("The plan will save money, 1️⃣according to its backers1️⃣.")
    exampleVague("The plan will save money, 1️⃣according to one charity1️⃣.")
    exampleVague("Sales rose, 1️⃣according to media trackers1️⃣.")
    exampleVague("Labour 1️⃣campaigners said1️⃣ the plan would fail.")
}

/// VagueAttributionFinder.swift — evidence whose owner is named is not vague: "according to estimates from the
/// council", "figures that were released by the firm", "figures that were released Thursday by Crowdpac", "a survey
/// of 1,000 voters by Gallup", "according to a Reuters poll", "a group called Which?" (a word describing a name).
@Test func vagueAttributionFinderExamplesOfAccordingToNamedEvidence() {
    exampleVague("Costs rose, according to estimates from the council.")
    exampleVague("Costs rose, according to figures that were released by the firm.")
    exampleVague("Costs rose, according to figures that were released Thursday by Crowdpac.")
    exampleVague("Costs rose, according to a survey of 1,000 voters by Gallup.")
    exampleVague("Sales rose, according to a Reuters poll.")
    exampleVague("Costs rose, according to a group called Which?")
}

/// VagueAttributionFinder.swift — a figure estimated by no one is vague ("most of their estimated 7.5 million
/// streetlights", "The cost was estimated at £2m", "Her fortune, estimated at $5bn,"); not the active verb of a
/// subject ("Cole estimated at").
@Test func vagueAttributionFinderExamplesOfEstimatedFigures() {
    exampleVague("The city will replace most of 1️⃣their estimated1️⃣ 7.5 million streetlights.")
    exampleVague("The cost was 1️⃣estimated at1️⃣ £2m.")
    exampleVague("Her fortune, 1️⃣estimated at1️⃣ $5bn, was frozen.")
    exampleVague("Cole estimated at the hearing that costs would rise.")
    // "put at" is read as "estimated at".
    exampleVague("The cost of the scheme is 1️⃣put at1️⃣ £2bn.")
    exampleVague("He put the cost at £2bn. The bill has been put at £40m by the council.")
}

/// VagueAttributionFinder.swift — hearsay that arises from no one named is vague ("claims surfaced last week
/// that…"); not hearsay the article owns ("his claims surfaced").
@Test func vagueAttributionFinderExamplesOfHearsayThatArises() {
    exampleVague("1️⃣Claims surfaced1️⃣ last week that the mayor lied.")
    exampleVague("After his claims surfaced, the mayor resigned.")
}

/// VagueAttributionFinder.swift — hearsay after a preposition is vague when a clause opens with no "that": a
/// possessive ("the minister's statement was", a name's possessive "claims Lord Goldsmith's statement was drawn
/// up"); not a noun phrase of the hearsay's own ("reports by the BBC"); feelings with a clause's subject after them
/// ("concern he may…").
@Test func vagueAttributionFinderExamplesOfClausesWithoutThat() {
    exampleVague("The mayor stayed 1️⃣despite claims1️⃣ the minister's statement was false.")
    exampleVague("The row grew 1️⃣after claims1️⃣ Lord Goldsmith's statement was drawn up in haste.")
    exampleVague("1️⃣There is concern1️⃣ he may resign.")
}

/// VagueAttributionFinder.swift — feelings voiced in the passive with no agent are vague: "Fears were expressed".
@Test func vagueAttributionFinderExamplesOfFeelingsVoiced() {
    exampleVague("1️⃣Fears were expressed1️⃣ that the bridge will close.")
}

/// VagueAttributionFinder.swift — a group that goes with someone named, who speaks for it, is not vague: "Ms Henry
/// and other labor leaders", "Mr Reed and other officials".
@Test func vagueAttributionFinderExamplesOfGroupsJoinedToSomeoneNamed() {
    exampleVague("Ms Henry and other labor leaders said the plan would fail.")
    exampleVague("Mr Reed and other officials said the plan would fail.")
}

/// VagueAttributionFinder.swift — one of a typed group, unnamed, is vague: "a senior diplomat".
@Test func vagueAttributionFinderExamplesOfOneOfAGroup() {
    exampleVague("A senior 1️⃣diplomat said1️⃣ the talks had stalled.")
}

/// VagueAttributionFinder.swift — a group a preposition describes speaks unnamed ("sources close to the club",
/// "Many within the party say", "those in the industry say"); not "many in the crowd to cheer" nor "those who
/// said".
@Test func vagueAttributionFinderExamplesOfDescribedGroups() {
    exampleVague("1️⃣Sources close to the club said1️⃣ the manager would stay.")
    exampleVague("1️⃣Many within the party say1️⃣ the plan will fail.")
    exampleVague("1️⃣Those in the industry say1️⃣ prices will rise.")
    exampleVague("The mayor asked many in the crowd to cheer.")
    exampleVague("The mayor thanked those who said yes.")
}

/// VagueAttributionFinder.swift — a quantifier that opens a clause speaks ("…, but some say"); not an object
/// ("causing some worry").
@Test func vagueAttributionFinderExamplesOfQuantifiersOpeningClauses() {
    exampleVague("The plan is popular, but 1️⃣some say1️⃣ it will fail.")
    exampleVague("The plan is causing some worry.")
}

/// VagueAttributionFinder.swift — a preposition or a pronoun after a speech verb is no unnamed group: "stated of
/// politicians", "said they support parents".
@Test func vagueAttributionFinderExamplesOfNoGroupAfterVerb() {
    exampleVague("The mayor stated of politicians that they lie.")
    exampleVague("The mayor said they support parents.")
}

/// VagueAttributionFinder.swift — "it is widely believed", "it is generally accepted that", "it is expected that"
/// report an unnamed belief; "it is not known why" reports none.
@Test func vagueAttributionFinderExamplesOfImpersonalBeliefs() {
    exampleVague("1️⃣It is widely believed1️⃣ that the mayor lied.")
    exampleVague("1️⃣It is generally accepted1️⃣ that the plan failed.")
    exampleVague("1️⃣It is expected1️⃣ that the plan will fail.")
    exampleVague("It is not known why the mayor lied.")
}

/// VagueAttributionFinder.swift — a verdict no one named delivered is vague as a modifier ("the widely derided
/// plan", "Cole's much derided plan"); not the active verb of critics named as subject ("Critics widely condemned
/// the plan").
@Test func vagueAttributionFinderExamplesOfVerdicts() {
    exampleVague("The mayor dropped the 1️⃣widely derided1️⃣ plan.")
    exampleVague("The council dropped Cole's 1️⃣much derided1️⃣ plan.")
    exampleVague("Critics widely condemned the plan.")
}

/// VagueAttributionFinder.swift — words between "be" and the participle keep an agentless passive vague: "is also
/// thought to", "are never expected to"; a hedge of degree before the preposition: "was largely blamed on".
@Test func vagueAttributionFinderExamplesOfAdverbsInPassives() {
    exampleVague("The mayor 1️⃣is also thought1️⃣ to be ill.")
    exampleVague("The loans 1️⃣are never expected1️⃣ to be repaid.")
    exampleVague("The crash 1️⃣was largely blamed1️⃣ on the weather.")
}

/// VagueAttributionFinder.swift — blame laid by no one named is vague ("was blamed on pilot error"); a connection
/// of things is not ("was linked to an email account").
@Test func vagueAttributionFinderExamplesOfBlameAndConnections() {
    exampleVague("The crash 1️⃣was blamed1️⃣ on pilot error.")
    exampleVague("The phone was linked to an email account.")
}

/// VagueAttributionFinder.swift — "is not known as a debater" is a description, no hearsay; "is known to have", "it
/// is known that" report one.
@Test func vagueAttributionFinderExamplesOfKnownAs() {
    exampleVague("Clark is not known as a debater.")
    exampleVague("Clark 1️⃣is known1️⃣ to have lied.")
    exampleVague("1️⃣It is known1️⃣ that Clark lied.")
}

/// VagueAttributionFinder.swift — an event's expected passive is a forecast, vague: "The deal is expected to be
/// completed by March", "is expected to be released in 2027".
@Test func vagueAttributionFinderExamplesOfExpectedEvents() {
    exampleVague("The deal 1️⃣is expected1️⃣ to be completed by March.")
    exampleVague("The film 1️⃣is expected1️⃣ to be released in 2027.")
}

/// VagueAttributionFinder.swift — news given to people and a court's steps are events too: "Staff in the UK are
/// expected to be told next week", "He is expected to be sentenced in May"; a rule's passive is still none ("information is expected
/// to be provided within 48 hours").
@Test func vagueAttributionFinderExamplesOfExpectedNewsAndCourtSteps() {
    exampleVague("Staff in the UK 1️⃣are expected1️⃣ to be told next week whether their roles are affected.")
    exampleVague("He 1️⃣is expected1️⃣ to be sentenced in May.")
    exampleVague("Full information is expected to be provided within 48 hours.")
}

/// VagueAttributionFinder.swift — "is regarded as", "was considered one of" are a judgement of someone unnamed; an
/// agent that names no one keeps it so ("is regarded by some as").
@Test func vagueAttributionFinderExamplesOfJudgements() {
    exampleVague("The bridge 1️⃣is regarded1️⃣ as a landmark.")
    exampleVague("The school 1️⃣was considered1️⃣ one of the best.")
    exampleVague("The plan 1️⃣is regarded by some1️⃣ as a failure.")
}

/// VagueAttributionFinder.swift — a group's verb of speech after its first verb's short phrase is vague: "backed
/// the deal and claimed".
@Test func vagueAttributionFinderExamplesOfSecondVerbs() {
    exampleVague("Consumer 1️⃣groups backed the deal and claimed1️⃣ it would cut prices.")
}

/// VagueAttributionFinder.swift — a capitalised group word inside a name is no unnamed group: "the American Society
/// of Civil Engineers estimates".
@Test func vagueAttributionFinderExamplesOfGroupWordsInNames() {
    exampleVague("The American Society of Civil Engineers estimates that repairs will cost $2bn.")
}

/// VagueAttributionFinder.swift — a sentence with a percentage ("60 per cent") or a split "by 60% to 30%" gives a
/// poll's breakdown by group, which the poll sources: no vague group.
@Test func vagueAttributionFinderExamplesOfPollBreakdowns() {
    exampleVague("Supporters of Cole said by 60 per cent to 30 that they backed the plan.")
}

/// VagueAttributionFinder.swift — no unnamed group speaks when it goes with someone named ("Ms Henry and other
/// labor leaders have said"), a nation types its officials ("senior Chinese officials", "officials in Washington
/// say"), in a comparison ("as much as people thought", "more than experts predicted") or for a poll's respondents
/// ("voters in the survey said", "firms surveyed by the CBI").
@Test func vagueAttributionFinderExamplesOfGroupsThatDoNotSpeak() {
    exampleVague("Ms Henry and other labor leaders have said the plan would fail.")
    exampleVague("Senior Chinese officials said the talks would resume.")
    exampleVague("Officials in Washington say the talks will resume.")
    exampleVague("Sales rose twice as much as people thought.")
    exampleVague("Sales rose more than experts predicted.")
    exampleVague("Voters in the survey said they backed the plan.")
    exampleVague("Firms surveyed by the CBI said prices rose.")
}

/// VagueAttributionFinder.swift — past a describing preposition, a person's name is part of the group's description
/// ("sources close to Ms Hale said", "sources at the club"); not "lawyers for Mr Hale", "aides to Mr Hale", his
/// own.
@Test func vagueAttributionFinderExamplesOfDescribedByAName() {
    exampleVague("1️⃣Sources close to Ms Hale said1️⃣ she would resign.")
    exampleVague("1️⃣Sources at the club said1️⃣ the manager would stay.")
    exampleVague("Lawyers for Mr Hale said he would appeal.")
    exampleVague("Aides to Mr Hale said he would appeal.")
}

/// VagueAttributionFinder.swift — a quantifier speaks past auxiliaries ("Many would agree"), a group holds a view
/// ("many agreed with him") or ties an outcome to a cause ("many attribute to new shoes"); not a statement denied
/// to a group ("Not everyone was claiming success").
@Test func vagueAttributionFinderExamplesOfQuantifiersSpeaking() {
    exampleVague("1️⃣Many would agree1️⃣ that the plan failed.")
    exampleVague("The plan worked, and 1️⃣many agreed1️⃣ with him.")
    exampleVague("The team won, and 1️⃣many attribute1️⃣ to new shoes the rise in form.")
    exampleVague("Not everyone was claiming success.")
}

/// VagueAttributionFinder.swift — a group's verb in the progressive after "be", past an adverb, is vague: "are
/// already predicting", "critics had been warning".
@Test func vagueAttributionFinderExamplesOfProgressiveGroupVerbs() {
    exampleVague("1️⃣Analysts are already predicting1️⃣ a rise.")
    exampleVague("1️⃣Critics had been warning1️⃣ of the risk.")
}

/// VagueAttributionFinder.swift — a group's expectation that a named compilation gives is not vague: "Analysts on
/// average had expected a 1% rise, according to data compiled by MarketLens"; nor evidence published by a name
/// ("figures published by the ONS").
@Test func vagueAttributionFinderExamplesOfNamedCompilations() {
    exampleVague("Analysts on average had expected a 1% rise, according to data compiled by MarketLens.")
    exampleVague("Sales rose, according to figures published by the ONS.")
}

/// VagueAttributionFinder.swift — a group's doubt or conviction after "not" or "widely" is vague: "are not
/// convinced", "are widely divided".
@Test func vagueAttributionFinderExamplesOfGroupStanceAdverbs() {
    exampleVague("1️⃣Many are not convinced1️⃣.")
    exampleVague("1️⃣Experts are widely divided1️⃣.")
}

/// VagueAttributionFinder.swift — evidence no one is said to have made, with "one" and a lowercase word before it:
/// "one recent study found".
@Test func vagueAttributionFinderExamplesOfRecentEvidence() {
    exampleVague("1️⃣One recent study found1️⃣ that prices rose.")
}

/// VagueAttributionFinder.swift — an agent that names no one ("is considered by some to be") or a deadline ("by
/// next year") leaves the passive vague; "is often said to" keeps its adverb.
@Test func vagueAttributionFinderExamplesOfUnnamedAgentsAndDeadlines() {
    exampleVague("The plan 1️⃣is considered by some1️⃣ to be a failure.")
    exampleVague("The bridge 1️⃣is expected1️⃣ to be completed by next year.")
    exampleVague("The mayor 1️⃣is often said1️⃣ to be rude.")
}

/// VagueAttributionFinder.swift — a participle of belief right after its noun makes a vague reduced relative: "a
/// fee believed to be a Scottish record".
@Test func vagueAttributionFinderExamplesOfBeliefRightAfterNoun() {
    exampleVague("Clark signed for a fee 1️⃣believed to1️⃣ be a Scottish record.")
}

/// VagueAttributionFinder.swift — after the article sourced people familiar with the matter, "the person said"
/// refers back to them, unnamed.
@Test func vagueAttributionFinderExamplesOfPeopleReferredBack() {
    exampleVague(
        "Two 1️⃣people familiar with the talks said1️⃣ the deal was close. The talks would end soon, 2️⃣the person said2️⃣.")
}

/// VagueAttributionFinder.swift — typed groups that speak with their verb right after them, past auxiliaries, are
/// vague ("unions have long claimed", "intelligence agencies believe", "some farmers say"); not "the head of the
/// unions who said", nor delegates counted ("more delegates than her advisers expected").
@Test func vagueAttributionFinderExamplesOfVerbGroups() {
    exampleVague("1️⃣Unions have long claimed1️⃣ that pay is too low.")
    exampleVague("Intelligence 1️⃣agencies believe1️⃣ the attack was planned.")
    exampleVague("1️⃣Some farmers say1️⃣ prices fell.")
    exampleVague("The mayor met the head of the unions who said the plan was unfair.")
    exampleVague("Clark won more delegates than her advisers expected.")
}

/// VagueAttributionFinder.swift — "despite claims the plan was…" introduces hearsay; "over allegations that…" does
/// not (its owner is often the suit's plaintiff).
@Test func vagueAttributionFinderExamplesOfHearsayPrepositionsList() {
    exampleVague("The mayor stayed 1️⃣despite claims1️⃣ the plan was flawed.")
    exampleVague("The firm was sued over allegations that it lied.")
}

/// VagueAttributionFinder.swift — unnamed people's feelings after "amid" are vague ("amid fears that"); "renewed"
/// is no verb that provoked them ("talked about renewed fears of terrorism").
@Test func vagueAttributionFinderExamplesOfFeelingsAfterAmid() {
    exampleVague("The mayor resigned 1️⃣amid fears1️⃣ that he lied.")
    exampleVague("The mayor talked about renewed fears of terrorism.")
}

/// VagueAttributionFinder.swift — an assumption ("it is assumed that…") or a consensus after an adverb of how
/// widely ("it is widely accepted that…") no one is said to hold is vague.
@Test func vagueAttributionFinderExamplesOfAssumptionsAndConsensus() {
    exampleVague("1️⃣It is assumed1️⃣ that the mayor will resign.")
    exampleVague("1️⃣It is widely accepted1️⃣ that the plan failed.")
}

/// VagueAttributionFinder.swift — one of a typed group, unnamed, is vague: "a senior aide told".
@Test func vagueAttributionFinderExamplesOfOneAideTelling() {
    exampleVague("A senior 1️⃣aide told1️⃣ reporters the mayor would resign.")
}

/// VagueAttributionFinder.swift — an adverb between the auxiliaries ("have also been expressed"), a degree adverb
/// before the participle ("is partly credited to"), a group's progressive after an adverb ("are now reporting").
@Test func vagueAttributionFinderAdverbsInsideAPassive() {
    exampleVague("1️⃣Fears have also been expressed1️⃣ that the plan will fail.")
    exampleVague("The recovery 1️⃣is partly credited1️⃣ to the new manager.")
    exampleVague("Local 1️⃣media are now reporting1️⃣ that the mayor lied.")
}

/// VagueAttributionFinder.swift — "despite claims that" is hearsay with no one behind it; a group word before
/// another plural only describes it, the plural opening its own phrase ("teachers unions said", "industry officials
/// who said").
@Test func vagueAttributionFinderHearsayPrepositionsAndGroupPhrases() {
    exampleVague("The shares fell 1️⃣despite claims1️⃣ that the firm would be sold.")
    exampleVague("The plan angered industry 1️⃣officials who said1️⃣ it was unfair.")
    exampleVague("Teachers 1️⃣unions said1️⃣ the plan was unfair.")
}

/// VagueAttributionFinder.swift — "how many times people told him": a question of number, not a report; a personal
/// passive with no agent ("is said to have") is vague; who obtained figures is not whose ("figures obtained by the
/// paper").
@Test func vagueAttributionFinderQuestionsOfNumberAndPersonalPassives() {
    exampleVague("The mayor asked how many times people told him to quit.")
    exampleVague("The mayor asked how many people told him to quit.")
    exampleVague("1️⃣People told1️⃣ him to quit.")
    exampleVague("The minister 1️⃣is said1️⃣ to have been furious.")
    exampleVague("Costs rose, 1️⃣according to figures1️⃣ obtained by the paper.")
}

/// VagueAttributionFinder.swift — an unnamed group speaking past a clause set off by commas is vague ("some computer
/// users, who had tested it, reported").
@Test func vagueAttributionFinderAnUnnamedGroupPastAClause() {
    exampleVague("1️⃣Some computer users, who had tested it, reported1️⃣ that it crashed.")
}

/// VagueAttributionFinder.swift — after "according to", a group described by a body it names after "at", "with",
/// "for" or "from" names its source ("according to lawyers with the CARA Project", "according to analysts at Goldman
/// Sachs"), as a person owns it after "for" ("according to lawyers for Mr Hale"); a place ("according to campaigners
/// in Whitby"), no name ("according to analysts at the bank") or "close to" leave it unnamed.
@Test func vagueAttributionFinderExamplesOfGroupsDescribedByABody() {
    exampleVague("Ten families won stays, according to lawyers with the CARA Project.")
    exampleVague("Sales rose 5%, according to analysts at Goldman Sachs.")
    exampleVague("Sales rose 5%, according to lawyers for Mr Hale.")
    exampleVague("Sales rose 5%, 1️⃣according to campaigners1️⃣ in Whitby.")
    exampleVague("Sales rose 5%, 1️⃣according to analysts1️⃣ at the bank.")
    exampleVague("Sales rose 5%, 1️⃣according to sources1️⃣ close to the White House.")
}

/// VagueAttributionFinder.swift — a subordinate clause between a group and a verb has a subject of its own: "with
/// other aides when a member of the family suggested" (but "analysts before the vote predicted": a preposition).
@Test func vagueAttributionFinderExamplesOfClausesAfterAGroup() {
    exampleVague("Hale was in the office with other aides when a member of the family suggested a photo.")
    exampleVague("1️⃣Analysts before the vote predicted1️⃣ a narrow win.")
}

/// VagueAttributionFinder.swift — "referred to" judges only before "as" ("is referred to as the father of"; not
/// "are referred to a fraud office"); an opinion as a topic is no report ("what people think of President Obama",
/// "what voters think about the economy").
@Test func vagueAttributionFinderExamplesOfReferralsAndOpinionTopics() {
    exampleVague("Mr Hale 1️⃣is referred1️⃣ to as the father of the scheme.")
    exampleVague("Syrians who apply are referred to a fraud office for a final look.")
    exampleVague("Her success will be tied to what people think of President Obama.")
    exampleVague("The race turns on what voters think about the economy.")
    exampleVague("1️⃣Analysts think1️⃣ the economy is weak.")
}

/// VagueAttributionFinder.swift — elected members in abbreviation are an unnamed group ("MPs say", "Some Tory MPs
/// said", "MEPs warned"), a party typing them as it types any group ("Tory MPs said"), a function word opening the
/// sentence no name ("Several MEPs warned"); a capitalised group word after another capital is still part of a name
/// ("the American Society of Civil Engineers estimates").
@Test func vagueAttributionFinderExamplesOfMembersInAbbreviation() {
    exampleVague("1️⃣MPs say1️⃣ the bill will fail.")
    exampleVague("Some Tory 1️⃣MPs said1️⃣ the bill will fail.")
    exampleVague("Tory 1️⃣MPs said1️⃣ the bill will fail.")
    exampleVague("Several 1️⃣MEPs warned1️⃣ the deal was dead.")
    exampleVague("The American Society of Civil Engineers estimates the cost at £2bn.")
}

/// VagueAttributionFinder.swift — a hope no one is said to hold needs no "that" when a subject opens its clause ("It
/// is hoped the bridge will reopen"); a consensus still does ("It is generally agreed the plan" is no clause).
@Test func vagueAttributionFinderExamplesOfAHopeWithoutThat() {
    exampleVague("1️⃣It is hoped1️⃣ the bridge will reopen next week.")
    exampleVague("1️⃣It is hoped1️⃣ that the bridge will reopen next week.")
    exampleVague("1️⃣It is hoped1️⃣ he will recover.")
    exampleVague("It is hoped to reopen the bridge.")
}

/// VagueAttributionFinder.swift — after "according to", a place leaves a group unnamed ("according to campaigners in
/// Whitby") — but for a state's officials, whom a place types after "in", "at" or "from" ("according to officials in
/// Moscow"), as "Officials in Moscow said" reads; what no name follows stays vague ("according to analysts at the
/// bank").
@Test func vagueAttributionFinderExamplesOfAStatesOfficialsTypedByTheirPlace() {
    exampleVague("The plan will fail, according to officials in Moscow.")
    exampleVague("The plan will fail, according to officials from Moscow.")
    exampleVague("The plan will fail, according to officials at the Kremlin.")
    exampleVague("Officials in Moscow said the plan will fail.")
    exampleVague("The plan will fail, 1️⃣according to campaigners1️⃣ in Whitby.")
    exampleVague("The plan will fail, 1️⃣according to analysts1️⃣ at the bank.")
}

/// VagueAttributionFinder.swift — one member of a group, unnamed, past up to two modifiers or a party's name; not a
/// member named by a body or a nation (`isOneOfAGroup`).
@Test func vagueAttributionFinderExamplesOfOneMemberUnnamed() {
    exampleVague("One senior Tory 1️⃣backbencher told1️⃣ the BBC the plan would fail.")
    exampleVague("One Tory 1️⃣MP said1️⃣ the plan would fail.")
    exampleVague("A White House official said the plan would fail.")
    exampleVague("One Israeli official told Reuters the plan would fail.")
}
