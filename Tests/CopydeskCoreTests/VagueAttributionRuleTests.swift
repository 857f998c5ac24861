import Testing

@testable import CopydeskCore

@Test func vagueAttributionPhrases() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Sources say1️⃣ the deal is off. The firm 2️⃣reportedly2️⃣ lost money 🎉. 3️⃣It is believed3️⃣ José left.\r\n\r\n4️⃣Critics of the plan argue4️⃣ it fails. 5️⃣Some people say5️⃣ so. The sources were named in the report.\r\n"
        ], messageContains: "name the source")
}

@Test func namedSourcesAreNotVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nAnalysts at Goldman Sachs said the deal is off. Clark said so. The people said nothing new here.\n"
        ])
}

@Test func agentlessPassivesAreVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe files 1️⃣are thought1️⃣ to be lost. The deal 2️⃣is understood2️⃣ to be worth £1bn. Shares rose 3️⃣amid speculation3️⃣ that it would merge. A rate rise is 4️⃣widely expected4️⃣ in May. The plan 5️⃣is seen5️⃣ as a gamble.\n"
        ])
}

@Test func passivesWithAnAgentOrThatAttributeNothingAreNot() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe plan was called reckless by the minister. The rules will be reviewed next year. She was honoured for her work. Tagging is being considered. Blair dismissed reports he told Brown he would quit. People want to have a say. The plan is thought by analysts to be doomed. It grew less than people thought it would. The party knows what it was expected to deliver.\n"
        ])
}

@Test func typedGroupsSpeculationAndUnnamedEstimatesAreVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nYukos' US 1️⃣lawyers claim1️⃣ the sale was illegal. It cancelled 65 flights, 2️⃣said industry officials2️⃣. Piracy cost £3.7bn, 3️⃣according to analysts3️⃣. 4️⃣Speculation4️⃣ has mounted since May. There are 5️⃣an estimated5️⃣ five million blogs. Mr Blair 6️⃣is expected6️⃣ to outline his plans. Shares rose 7️⃣amid widespread suggestions7️⃣ of a bid.\n\nHer lawyers said so. Information is expected to be provided within 48 hours. According to Jane Smith, it was sold.\n"
        ])
}

@Test func aNationTypesItsStatesOfficials() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIsraeli officials said the crossing would reopen. Senior Chinese trade officials said the tariffs stay. US diplomats say talks stalled. 1️⃣Officials said1️⃣ it was calm. Russian 2️⃣newspapers have claimed2️⃣ the bid was rigged. Yukos 3️⃣advisers say3️⃣ the deal is off.\n"
        ])
}

@Test func aPerceptionSupposedOrSoughtIsNoVagueAttribution() {
    // "might be seen as", "seeks to be seen as": no one's opinion is reported; "is seen as" still is.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe move might be seen as a snub. Reed seeks to be seen as the leader. The deal would be considered a loss. The plan 1️⃣is seen1️⃣ as a gamble.\n"
        ])
}

@Test func aGroupOwnedOrInTheContentAfterTheVerbIsNotVague() {
    // "said his critics …": the speaker's own critics; "saying that people …": the content's subject; "some-
    // thing" broken at its hyphen; "…, said industry officials." still speaks unnamed.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nReed said his critics “seem to think” he is weak. Hale spoke on Sunday, saying that people -- unnamed -- are angry. The judge said some- thing odd. Sales fell, 1️⃣said industry officials1️⃣.\n"
        ])
}

@Test func unnamedGroupsOfAnyTradeSpeakUnnamed() {
    // A quantifier reaches its group through modifiers; a relative "who" and denial verbs count; an owned
    // group, a named one and a group that is an object do not.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Some farm workers at the site reported1️⃣ damage. It will upset 2️⃣some senior party members, who say2️⃣ he is needed. Union 3️⃣officials denied3️⃣ there was a strike. Local 4️⃣residents said4️⃣ the river rose. A 5️⃣source close to him said5️⃣ he would quit.\n\nIts members said so. The residents of Elm Street said so. The firm sued some users over the leak. Many of the workers left. Reed wrote to investors, asking for time. Ames tells employees, in a memo, to wait. The Society of Civil Engineers estimates it at $3bn. He saw the unease many women feel about it. Party officials expect to hear from him. He trains his eyes on members to make them feel heard.\n"
        ])
}

@Test func hearsayAfterAPrepositionAndReducedRelativesAreVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nShares fell 1️⃣despite claims1️⃣ that the books were wrong. He quit 2️⃣following reports2️⃣ that he lied. The vote - 3️⃣expected to3️⃣ fall in May - is close. The unit, 4️⃣thought to4️⃣ be worth £3m, is for sale.\n\nShares fell over claims of fraud. The man, known to friends as Bud, left. The form, expected to be provided by May, is late. The unit, said to her, was sold. The plan, expected by analysts to fail, passed.\n"
        ])
}

@Test func quantifiersThatSpeakConnectionsAndThereIsSpeculationAreVague() {
    // "Many believe": the quantifier speaks; "Many claims were false" and "caused some worry": nouns. "linked to an
    // email address" connects things.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Many believe1️⃣ the vote was rigged. 2️⃣Some say2️⃣ he left. Owen has 3️⃣been linked3️⃣ with a move. 4️⃣There is speculation4️⃣ that he will go. 5️⃣Critics have accused5️⃣ the firm of lying. Industry 6️⃣watchers expect6️⃣ prices to rise. He is a man who 7️⃣many believe7️⃣ lied.\n\nMany claims were false. Some reports were wrong. The results caused some worry at the party. The account was linked to an email address. There is talk of a strike.\n"
        ])
}

@Test func aVaguePhraseIsQuotedAsWrittenButForItsSentencesCapital() {
    // The sentence's capital on the first word goes; a party's adjective keeps its capital.
    let files = [
        "a.txt":
            "H\n\nAnalysts said the deal is off. Talks stalled, and many Democratic lawmakers claim a deal is near.\n"
    ]
    let messages = lintWorkspace(files)["a.txt"]!.1.filter { $0.ruleID == "vague-attribution" }.map(\.message)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("'analysts said'") })
    #expect(messages.contains { $0.contains("'many Democratic lawmakers claim'") })
}

@Test func aVaguePhraseQuotesItsGroupWhole() {
    // The range opens at the group word, the message quotes the modifiers the source holds before it, as written but
    // for an article's capital. Near misses: a group with no modifier, a quantifier (which takes none; here the
    // source wrongly runs back to "attend and"), a capital after a lowercase word where a full stop is missing.
    let files = [
        "a.txt":
            "H\n\nUnion leaders said the offer was an insult to staff. Climate scientists say the summer was hot. A senior official said the plan was dead. Verizon executives have admitted the strike hurt. Officials said the plan was dead.\n\nMany prominent Republicans have said they will not attend and others have said they are busy.\n\nHe is still in jail Analysts believe he will stay.\n"
    ]
    let messages = lintWorkspace(files)["a.txt"]!.1.filter { $0.ruleID == "vague-attribution" }.map(\.message)
    for phrase in [
        "'Union leaders said'", "'Climate scientists say'", "'a senior official said'",
        "'Verizon executives have admitted'", "'officials said'", "'others have said'", "'analysts believe'",
    ] {
        #expect(messages.contains { $0.contains(phrase) }, "\(phrase) in \(messages)")
    }
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nUnion 1️⃣leaders said1️⃣ the offer was an insult to staff. Local 2️⃣residents said2️⃣ the car park had closed.\n"
        ])
}

@Test func peopleQuestionedAreNoGroupsDoubt() {
    // Police asking people questions voice no doubt ("questioned 300 people"); a group's doubt with its question
    // still is vague.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nOfficers questioned 300 people in the days after the attack. 1️⃣Critics questioned1️⃣ whether the plan would work.\n"
        ])
}

@Test func aGroupsDoubtOrConvictionIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nHowever, 1️⃣some growers are wary1️⃣ of the scheme. Because the bank has no assets here, 2️⃣lawyers are unsure2️⃣ how the case will end. The mayor praised the park, but 3️⃣many remain unconvinced3️⃣.\n\nThe lawyers are unsure of it. Her advisers were confident. Some growers are tall. Growers are wary of it, Ms Dale said.\n"
        ])
}

@Test func evidenceNoOneIsSaidToHaveMadeIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nMost voters want the tax cut, 1️⃣a survey suggests1️⃣. 2️⃣Polls have shown2️⃣ the race is tight. 3️⃣A recent study found3️⃣ that bees are in decline.\n\nA Gallup poll found the race is close. The survey found little support. A poll by the college found the same. A study for the council shows rising rents. She ran the poll.\n"
        ])
}

@Test func evidenceAndModellingNoOneIsSaidToHaveMadeAreVague() {
    // Science and health copy's unnamed work. Near misses: the evidence named before, and a named analysis.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Evidence suggests1️⃣ the drug works in 60% of patients. 2️⃣Modelling suggests2️⃣ cases will peak in May. 3️⃣An analysis found3️⃣ that 40% were.\n\nThe evidence suggests the drug works. An analysis by the Resolution Foundation found that 40% were.\n"
        ])
}

@Test func negatedPassivesAndSpeculationWithItsTopicAreVagueButNamingIsNot() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe order was rarely used as it 1️⃣was not seen1️⃣ as fair. The mill 2️⃣is not expected2️⃣ to close until 2030. 3️⃣Speculation3️⃣ of a merger has grown since March.\n\nThe valley is known as the Garden of Kent. The bill was not passed by the Senate. The rumour of a merger grew.\n"
        ])
}

@Test func aGroupJoinedToANameOrDescribedByOneStaysUnnamed() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Commentators and Acme itself claim1️⃣ the ban is unfair. Meanwhile 2️⃣companies visited by the Herald News team insist2️⃣ that stock is fine.\n\nThe companies visited by the Herald News team were closed. Acme and Bolt claim the ban is unfair.\n"
        ])
}

@Test func feelingsNoOneIsSaidToHoldAreVague() {
    // Fears, concerns and questions that no one named holds: after "there is" with what they are about, after
    // "amid", provoked by something, or voiced in the passive. Near misses: a named holder, an owner, an agent,
    // "there are concerns" with nothing they are about, "renewed" as an adjective, and a provoked event.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣There are fears1️⃣ the bridge will close. The vote came 2️⃣amid growing concern2️⃣ about pay. The leak 3️⃣fuelled speculation3️⃣ that she would quit. 4️⃣Concerns have been raised4️⃣ about the scheme. 5️⃣Questions were asked5️⃣ about the deal.\n\nThe union raised concerns about pay. His concerns were raised with the board. Concerns were raised by the union. There are concerns. She spoke about renewed fears of flooding. The ruling sparked protests.\n"
        ])
}

@Test func aFindingATypedGroupReportsIsVague() {
    // A verb of finding before a clause, after an unnamed typed group. Near misses: a finding with an object (an
    // action), a definite group, a group a named body places, and a person named.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Researchers found1️⃣ 20% of patients developed the condition. 2️⃣Investigators found2️⃣ that the pilot had slept.\n\nPolice found a body. Investigators found the wreckage of the plane. The researchers found that 20% of patients developed the condition. Researchers at the University of Bristol found that 20% of patients developed the condition. Dr Jane Hale found that 20% of patients developed the condition.\n"
        ])
}

@Test func aGroupWordThatEndsAnOrganisationsNameIsTheNames() {
    // Past a lower-case "for" or "and", a capitalised group word that closes an organisation's name is no group that
    // speaks. Near misses: a group after "for" outside any name, a party before its group, lower-case traders.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe Office for Students says 40% of universities face deficits. The Society of Motor Manufacturers and Traders said sales rose 40%.\n\nThe move is a blow for 1️⃣residents, who say1️⃣ the plan is unfair. Tory 2️⃣MPs said2️⃣ the plan would fail. 3️⃣Manufacturers and traders said3️⃣ sales rose.\n"
        ])
}

@Test func aFeelingAnUnnamedGroupVoicesIsVague() {
    // "raised", "voiced" or "expressed" with a feeling's noun after it (past one adjective): an unnamed group's worry,
    // quoted with its verb. Near misses: money raised, a definite or owned group, a group whose view a named person
    // reports, and something else raised.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Critics have raised concerns1️⃣ about the plan. 2️⃣Parents voiced serious doubts2️⃣ about the school. 3️⃣Some experts have expressed fears3️⃣ that it will fail.\n\nResidents raised £5,000 for the hospice. The union raised concerns about pay. Her lawyers raised concerns about the trial. Parents raised concerns about it, Ms Dale said. Residents raised the alarm after smoke was seen.\n"
        ])
    checkRule(
        "vague-attribution", ["a.txt": "H\n\n1️⃣Parents voiced serious doubts1️⃣ about the school.\n"],
        messageContains: "'parents voiced serious doubts'")
}

@Test func hearsayAPrepositionIntroducesWithAClauseWithoutThatIsVague() {
    // "despite claims its audit was…", "after reports the deal had…": the clause may open without "that" (a pronoun,
    // a possessive or "the"). Near misses: hearsay whose own phrase follows ("reports by the paper"), and what a
    // named inquiry looks into ("into claims that…").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe board met 1️⃣despite claims1️⃣ its audit was altered. Shares fell 2️⃣after reports2️⃣ the merger had stalled. The mayor resigned 3️⃣following claims3️⃣ Ms Ward's office lost files.\n\nShares rose following reports by the paper. The council opened an inquiry into claims that the audit was altered.\n"
        ])
}

@Test func howOftenABeliefIsHeldAndTypedOutletsAndUnionsAreVague() {
    // An adverb between "be" and the participle ("it is often reported", "is commonly thought to"), outlets,
    // agencies and unions typed but unnamed, complaints and declarations, and a group's verb in the progressive.
    // Near misses: "it is still not known why" (no belief reported), a group word that only describes the noun after
    // it ("media accounts"), an "-ing" word no "be" makes the group's verb, "the media" (a definite group), a word
    // such as "media" or "unions" with anything but its verb after it (the unnamed group it describes speaks: "Heads of
    // unions who marched said", `VagueSources.swift`), and a view denied to a group ("not everyone").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣It is often reported1️⃣ that the mill lost £5m. The ferry 2️⃣is commonly thought2️⃣ to be unsafe. Local 3️⃣media reported3️⃣ that ten people died. 4️⃣Residents complained4️⃣ that the noise was loud. 5️⃣Many economists are predicting5️⃣ a slump. 6️⃣Unions claim6️⃣ the cuts will cost 900 jobs. Not 7️⃣everyone is convinced7️⃣ the plan will work.\n\nIt is still not known why the ferry sank. He shared posts on social media accounts and said he was a helper. The critics had a point in warning us. The media praised the mayor. A media watchdog said it would act. 8️⃣Heads of unions who marched said8️⃣ no. Not everyone was claiming victory.\n"
        ])
}

@Test func unnamedAgentsEvidenceAndHearsayAfterThereHaveBeenAreVague() {
    // An agent that names no one ("by many", "by some"), figures and data no one is said to have compiled, "there
    // have been claims", hearsay with what it is about ("reports of gunfire"), and a forecast in the passive.
    // Near misses: a named agent ("by the mayor"), a count after "by some", a measure after "by" that is no agent
    // ("to rise by 3%" still fires: see 5), figures a name owns, and "talk of" (as often a plan as a rumour).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe deal 1️⃣was seen by many1️⃣ as a defeat. 2️⃣Official figures show2️⃣ that rents rose. 3️⃣There have been claims3️⃣ that the count was wrong. 4️⃣There were reports4️⃣ of gunfire in the port. Sales 5️⃣are forecast5️⃣ to rise by 3%.\n\nThe deal was seen by the mayor as a defeat. The film was seen by some 20,000 fans in a week. Figures from the council show that rents rose. There is talk of a strike.\n"
        ])
}

@Test func hopesConsensusEvidenceAfterAccordingToAndQuantifiersPastAuxiliariesAreVague() {
    // "it is hoped that", a consensus with an adverb of how widely, unnamed evidence or a described group after
    // "according to", and a quantifier that speaks past auxiliaries. Near misses: a decision ("It was agreed that…"
    // with no adverb), evidence with its owner after it or named before ("the exit polls"), and a quantifier that
    // never speaks ("Some have left").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣It is hoped1️⃣ that the pier will reopen. 2️⃣It is now widely accepted2️⃣ that the dam failed. Rents rose by 4%, 3️⃣according to industry estimates3️⃣. 4️⃣According to press reports4️⃣, the club is for sale. 5️⃣Some have suggested5️⃣ that the coach should go.\n\nIt was agreed that the vote would wait. Rents rose, according to estimates that were published on Monday by the council. According to the exit polls, turnout fell. Some have left the club.\n"
        ])
}

@Test func hearsayThatArisesFromNoOneNamedIsVague() {
    // "Reports emerged that…", "Rumours are circulating that…": hearsay as the subject of a verb of arising, with
    // what it says after it. Near misses: hearsay the article names ("The reports"), hearsay as an object ("denied
    // reports that surfaced"), and a verb of arising with nothing said after it.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Reports emerged1️⃣ that the mill had lost £2m. 2️⃣Rumours are circulating2️⃣ that the club will be sold.\n\nThe reports emerged that week. He denied reports that surfaced on Monday. Rumours emerged slowly.\n"
        ])
}

@Test func hearsayWhoseTopicStandsBeforeItsVerbIsVague() {
    // "Rumours of a £20m bid have been circulating": what the hearsay says, after "of", before the verb of arising.
    // Near misses: hearsay the article names, and a report of an event that does not arise.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Rumours of a £20m bid have been circulating1️⃣ for weeks. 2️⃣Reports of a takeover emerged2️⃣ on Monday.\n\nThe rumours of a bid have been circulating. Reports of the crash were broadcast live.\n"
        ])
}

@Test func theAgentOfAnInfinitiveAfterAPassiveIsNotItsAgent() {
    // "are expected to raise tax by the maximum amount": the "by" after "to raise" is that verb's, so the expectation
    // is no one's. Near misses: an agent right after the passive, and one after a listener ("to him" opens no
    // infinitive).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nMore than half of England's councils 1️⃣are expected1️⃣ to raise tax by the maximum amount.\n\nThe plan is expected by the council to cost more. Scenes from the film were described to him by a Post reporter.\n"
        ])
}

@Test func aSupposedExpectationInThePerfectAndANationThreeWordsBeforeItsOfficialsAreNotVague() {
    // "might have been expected to" supposes an expectation, as "might be seen as" does; "American law enforcement
    // officials" are the state's, typed by a nation three words before them. Their near misses fire: the plain
    // passive and the officials with no nation.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe mayor 1️⃣is expected1️⃣ to resign. Then law enforcement 2️⃣officials said2️⃣ the post was old.\n\nHe might have been expected to make peace. American law enforcement officials said the post was old.\n"
        ])
}

@Test func aGroupThatAPrepositionalPhraseWithANameDescribesStaysUnnamed() {
    // "Sources in Madrid said", "critics of Mr Blair say", "a source close to Ms Hale said": a person's or a
    // place's name is in the phrase that describes the group, whose members stay unnamed. Near misses: a state's
    // officials typed by a place ("officials in Paris say", as "French officials say"), the group's own
    // representatives ("lawyers for Ms Hale"), names in apposition to the group ("Analysts Ann Cole and Tom Hale
    // said"), an organisation named as the source ("analysts at Vexlo Bank said"), and a poll's respondents (named in
    // the phrase, or a breakdown by percentage).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Sources in Madrid said1️⃣ the bid failed. 2️⃣Critics of Mr Blair say2️⃣ the war was illegal. A 3️⃣source close to Ms Hale said3️⃣ the deal was done.\n\nOfficials in Paris say the talks stalled. Lawyers for Ms Hale said she would appeal. Analysts Ann Cole and Tom Hale said the shares were cheap. Analysts at Vexlo Bank said the shares were cheap. Voters in the Vexlo poll said they were unsure. Critics of Mr Blair in Leeds said by 60% to 30% that he lied.\n"
        ])
}

@Test func aNameBeforeAPlacesWordDescribesTheGroupAsAPlace() {
    // "Farmers in the Somali region say": a name of no known kind before "region" names a place. Near miss: a
    // state's officials typed by it, as by any place ("Officials in the Somali region say").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Farmers in the Somali region say1️⃣ the rains failed. 2️⃣Farmers in Ethiopia's Somali region say2️⃣ the wells are dry.\n\nOfficials in the Somali region say the road is open.\n"
        ])
}

@Test func aGroupsProgressivePastAnAdverbOrBeenAndItsHopesAreVague() {
    // "had been expecting", "are now forecasting", "executives hope", "watchers question", "producers say". Near
    // misses: a noun after a preposition ("to call into question", "stayed home in hope").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Economists had been expecting1️⃣ a rise. 2️⃣Some analysts are now forecasting2️⃣ a cut. 3️⃣Executives hope3️⃣ sales recover. 4️⃣Some industry watchers question4️⃣ whether it works. It costs £250,000 a week, 5️⃣producers say5️⃣.\n\nHe cited fees from firms to call into question her record. Some fans stayed home in hope of a refund.\n"
        ])
}

@Test func evidenceQualifiedByRecencyAndATypeIsUnnamed() {
    // "according to the latest industry figures", "according to unofficial overnight figures"; "sources close to" a
    // body are not the body. Near misses: definite evidence with no qualifier ("the exit polls", named or to be),
    // and evidence whose owner follows.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nUsers passed seven million, 1️⃣according to the latest industry figures1️⃣. It drew 9.8 million viewers, 2️⃣according to unofficial overnight figures2️⃣. 3️⃣Sources close to Mercer Inns say3️⃣ it will bid.\n\nAccording to the exit polls, turnout rose. Users passed seven million, according to the latest figures from Ofcom.\n"
        ])
}

@Test func evidenceByATypedAgentIsUnnamed() {
    // "A report by a campaign group has found", "a study by researchers found": the agent typed, not named. Near
    // misses: a named agent, and a report with no agent ("according to a congressional report" names its issuer's
    // kind).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣A report by a campaign group has found1️⃣ that rivers are dirty. 2️⃣A study by researchers found2️⃣ that 40% were.\n\nA report by Oxfam has found that rivers are dirty. Rivers are dirty, according to a congressional report.\n"
        ])
}

@Test func aVerdictThatManyDeliveredIsVagueButAPlainOneIsNot() {
    // "was widely criticised", "has been roundly condemned", "the much derided plan": a verdict after an adverb of how
    // many delivered it, with no one named. Near misses: a plain verdict ("was criticised for", whose critics the
    // article often names next), one with its agent ("widely praised by critics"), and the active verb of critics
    // named as its subject ("Critics widely condemned").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe ruling was 1️⃣widely criticised1️⃣ last year. The levy has been 2️⃣roundly condemned2️⃣. They scrapped the 3️⃣much derided3️⃣ plan.\n\nThe mayor was criticised for the delay. The film was widely praised by critics in Leeds. Critics widely condemned the levy.\n"
        ])
}

@Test func aVerdictThatDescribesWithNoAgentIsVague() {
    // "has been criticised as unworkable", "was condemned as a betrayal", "has been branded a failure": a verdict in
    // the passive that describes what it judges, with no one named. Near misses: an agent later in the clause, "for"
    // (critics often named next), "as" opening a clause, a product's label, a verdict supposed, and a welcome.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe plan has 1️⃣been criticised1️⃣ as unworkable. The deal 2️⃣was condemned2️⃣ as a betrayal. The policy has 3️⃣been branded3️⃣ a failure. The launch 4️⃣was labelled4️⃣ a disaster.\n\nThe plan was condemned as a betrayal of voters by the union. The bill was criticised for its cost. He was mocked as the crowd jeered. The phone is branded as a Vodafone model. The program is labelled as a file called Skulls. It could be branded a failure. She was welcomed as a hero.\n"
        ])
}

@Test func peopleKnownByTheirTieAndTypedGroupsAreVague() {
    // Friends, relatives and "those close to" someone, and groups typed by their cause ("rights groups say"), speak
    // unnamed; a tip names what it is for. Near misses: the speaker's own friends ("His friends say"), groups referred
    // back to ("The groups said"), "those" that a poll surveyed or a relative clause describes.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Friends of the couple say1️⃣ they split. 2️⃣Relatives of the victims said2️⃣ they were angry. 3️⃣Those close to the singer say3️⃣ she is tired. Rights 4️⃣groups say4️⃣ the law is harsh. The film 5️⃣is tipped5️⃣ for Oscar success.\n\nHis friends say he was devastated. The groups said they would appeal. Nearly half of those surveyed said he should return. Those who backed him said little.\n"
        ])
}

@Test func anEstimateNoOneMadeAndTypedInvestigatorsAndPartiesAreVague() {
    // A figure estimated by no one (after "an" or as "estimated at"), investigators, and parties typed by their role;
    // a group that is a preposition's object does not speak ("parties", "groups"), but the unnamed group it
    // describes does ("Bundlers in both parties said", `VagueSources.swift`). Near misses: an estimate with its
    // agent, a poll named by who ran it.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe trade is worth 1️⃣an estimated1️⃣ $6bn. Floods caused damage 2️⃣estimated at2️⃣ $450m. 3️⃣Investigators said3️⃣ the fire was arson. Opposition 4️⃣parties say4️⃣ the plan is flawed.\n\nLosses were estimated at £2bn by the Treasury. The cost, which the campaign estimated at $5m, was paid. Economists polled by Reuters had forecast a rise. 5️⃣Bundlers in both parties said5️⃣ their networks grew. 6️⃣Leaders of civil rights groups say6️⃣ the law is harsh.\n"
        ])
}

@Test func aFigureReportedByNoOneAndAnEventsOrganisersAreVague() {
    // An event's organisers are an unnamed group (`VagueSources.swift`; the read sets' labellers called bare
    // "organisers said" vague three times in four). Near misses: evidence that describes a named firm after
    // "according to", a reported figure's agent, and a group told (the audience, not the source).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe club was sold for 1️⃣a reported1️⃣ £85m. The band signed a deal 2️⃣reported to2️⃣ be worth £1m. 3️⃣Some scientists urged3️⃣ caution. Sales fell, 4️⃣according to one research4️⃣ firm. Industry 5️⃣insiders blame5️⃣ rising costs.\n\nTakings fell 8%, according to data firm Comscope. The share fell, according to research group Vexlo. Vexlo employs 300 operators and says it will grow. More than 300 people bought shares, 6️⃣organisers said6️⃣. Cast members were told of the closure on Tuesday.\n"
        ])
}

@Test func oneOfAGroupForecastersAndAuthoritiesSpeakUnnamed() {
    // One official, diplomat or aide unnamed (after "a", "an", "one" or "another", past one modifier), forecasters,
    // watchdogs and authorities, and a group that cautions. Near misses: the official referred back to, a named
    // nation's authorities, an agreement reached, and a group's expectation that a named compilation gives.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Forecasters expect1️⃣ the river to crest. Budget 2️⃣watchdogs say2️⃣ planning is hard. 3️⃣Some researchers caution3️⃣ that one year misleads. The fire killed nine people, 4️⃣authorities said4️⃣. A 5️⃣diplomat involved in the mediation said5️⃣ talks could resume. A senior 6️⃣official said6️⃣ the plan was dead.\n\nThe official said the plan was dead. Peruvian authorities said nine died. All 12 voting members agreed on policy. Analysts had expected a 1% rise, according to data compiled by MarketLens.\n"
        ])
}

@Test func anEstimateOwnedOrInsertedAllAndAdvocatesAreVague() {
    // "are all thought to", an owner's estimate no one made, advocates unnamed. Near miss: an estimate whose
    // compilation the sentence names.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nPesticides 1️⃣are all thought1️⃣ to have played a part. Councils switched most of 2️⃣their estimated2️⃣ 7.5 million lights. Privacy 3️⃣advocates said3️⃣ the law was weak.\n\nFraud costs an estimated £2.3bn a year, according to figures from the Charity Fraud Taskforce.\n"
        ])
}

@Test func anEstimateInWhatASourceReportsIsTheSources() {
    // "An estimated 5,000 people attended the rally, police said": the estimate is the speaker's; an unnamed speaker
    // is flagged as one, not the estimate too. Marked: an estimate no one reports.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nAn estimated 5,000 people attended the rally, police said. The damage was estimated at £450m, the council said. Floods caused an estimated £200m of damage, 1️⃣insurers said1️⃣.\n\n2️⃣An estimated2️⃣ 5,000 people attended the rally.\n"
        ])
}

@Test func aHearsayParticipleAfterItsNounAndOneTypedBodyAreVague() {
    // A participle of belief right after its noun, with no comma; insurers and groups that question; one body
    // typed but unnamed after "according to a". Near misses: an active "expected to", a body named after it.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThey paid a fee 1️⃣believed to1️⃣ be a record. 2️⃣Insurers warned2️⃣ that claims could rise. Supporters' 3️⃣groups have questioned3️⃣ whether it is affordable. Savers lose out, 4️⃣according to a consumer group4️⃣. It affects 7 million, a number 5️⃣expected to5️⃣ double.\n\nThe firm expected to make a profit. Savers lose out, according to a consumer group called Which?.\n"
        ])
}

@Test func unnamedPeopleReferredBackAreVague() {
    // After "people familiar with the matter", "the people said" and "one of the people said" refer back to them.
    // Near misses: the people of a nation opening a sentence, and an article that sourced no one unnamed.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nVeltrex is in talks to buy Castellan, 1️⃣according to people1️⃣ familiar with the matter. A deal could come next week, 2️⃣the people said2️⃣. It would pay $48 a share, 3️⃣one of the people said3️⃣.\n\nThe people said no to the plan in a referendum.\n",
            "b.txt": "H\n\nA deal could come next week, the people said.\n",
        ])
}

@Test func growersObjectorsAgenciesAndCreditsGivenByNoOneAreVague() {
    // Objectors, a group that blames, one agency unnamed, a credit no one gives, a reported sum of a named thing.
    // Near misses: an agency named, a budget reported by its studio.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nAt the hearing, 1️⃣objectors said1️⃣ the changes hurt. 2️⃣Objectors told2️⃣ the meeting the surgery was full. Conservative 3️⃣sources privately blamed3️⃣ turnout. A regional 4️⃣agency has warned4️⃣ of swarms. Its success 5️⃣is being credited5️⃣ to TikTok. It was made on 6️⃣a reported6️⃣ budget of $95m.\n\nThe UN agency said swarms were spreading. The studio reported a budget of $95m.\n"
        ])
}

@Test func anExpectationOfAStateAndUnnamedOfficeHoldersAreVague() {
    // "is expected to be out" reports an unnamed expectation ("to be provided" stays a rule); "Ministers say" and
    // "council leaders say" are unnamed groups speaking (a nation's are its state's: "French ministers said"; a
    // stance is no report: "Party leaders are wary"; one named speaks for them: "Ms Henry and other union leaders").
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe forward 1️⃣is expected1️⃣ to be out for six weeks. 2️⃣Ministers say2️⃣ the target is in reach. But council 3️⃣leaders say3️⃣ costs have risen.\n\nThe form is expected to be provided by May. French ministers said the talks stalled. Asian leaders said the sea was calm. Party leaders are wary of the plan. GOP leaders are worried that he will lose. Ms Henry and other union leaders have said the strike will hold.\n"
        ])
}

@Test func anExpectationOpeningItsSentenceAndATradeDescribedByAPlaceAreVague() {
    // "It is expected to cost" opens its sentence ("what it was expected to deliver" stays an obligation); a trade
    // described by its place stays vague in a sentence with a percentage (a poll's breakdown by voters does not).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe console is due in May. It 1️⃣is expected1️⃣ to cost around £150. Estate 2️⃣agents in London say2️⃣ prices have fallen by as much as 10%.\n\nIt was not what it was expected to deliver. Supporters of Cole in Ohio said by 60 percent to 30 that he should stay.\n"
        ])
}

@Test func anEventExpectedByADeadlineIsVague() {
    // An event's expected passive forecasts it, and "by" before a deadline names no agent; a rule's passive
    // ("to be provided") and a named agent stay unflagged.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe deal 1️⃣is expected1️⃣ to be completed by the end of March. The album 2️⃣is expected2️⃣ to be released in May. The mill 3️⃣is thought by then3️⃣ to have closed.\n\nThe form is expected to be provided by Friday. The plan was criticised by the minister.\n"
        ])
}

@Test func aQuantifierPlacedByAPrepositionAndOneUnnamedCriticSpeak() {
    // "Some in the City believe", "one analyst said", "a friend said", "another reviewer complained"; an event
    // expected to be played is a forecast. Near misses: a gerund after a preposition, a quantifier with no verb of
    // report, a friend named.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Some in the City believe1️⃣ the airline is a target. One 2️⃣analyst said2️⃣ it was cheap. But a 3️⃣friend said3️⃣ he was upset. Another 4️⃣reviewer complained4️⃣ that it was slow. The match 5️⃣is expected5️⃣ to be played on Saturday.\n\nHe had to attack a friend without saying so. Some in the City have left. Many in the crowd began to cheer. His friend Tom Hale said he was upset.\n"
        ])
}

@Test func growersAgentsReportingAndATieToACauseAreVague() {
    // Near misses: a connection ("companies linked to", "have been linked to"), and "report" with no reported clause.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nGrain 1️⃣growers say1️⃣ costs are up. Estate 2️⃣agents report2️⃣ that buyers are scarce. The rains, which 3️⃣scientists have linked3️⃣ to warmer seas, fell. 4️⃣Many in the sport attribute4️⃣ it to new shoes.\n\nIt paid companies linked to Mr Hale. It has adherents who have been linked to violence. People can flag and report abuse. Farmers are wary of it, said Ms Dale.\n"
        ])
}

@Test func oneOfATypedGroupAfterItsVerbIsVague() {
    // Near miss: one named after the verb.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n\"It is cheap,\" 1️⃣said one analyst1️⃣, who asked not to be named.\n\n\"It is cheap,\" said one analyst, Jo Hale.\n"
        ])
}

@Test func aSourceWhoseRelativeClauseWithholdsTheNameIsVague() {
    // Near misses: a relative clause that gives a name or describes, and a plain unnamed person (the body's voice).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣A nurse, who asked not to be named, said1️⃣ the ward was full.\n\n2️⃣One doctor, who declined to be named, said2️⃣ beds were scarce.\n\n3️⃣A resident, who asked to remain anonymous, said3️⃣ the water came fast.\n\nA nurse, who was named as Jo Hale, said the ward was full.\n\nA neighbour, who has lived on the street for 20 years, said the family was quiet.\n\nA nurse said the ward was full.\n"
        ])
}

@Test func oneMemberTypedByAPartyAfterItsVerbIsVague() {
    // Near misses: the member named by an appositive, and a title before a name.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe plan will cost jobs, 1️⃣said one Tory MP1️⃣.\n\nThe plan will cost jobs, said one Tory MP, Jo Hale.\n\nThe plan will cost jobs, said Tory MP Jo Hale.\n"
        ])
}

@Test func blameLaidByNoOneAndAnExpectationOfARelativeAreVague() {
    // Near misses: blame with its agent, a blamed person's answer, and a group that expects to act.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nHeatwaves have 1️⃣been blamed1️⃣ for coral bleaching. Its success 2️⃣is being credited2️⃣ in part to a campaign. Data are due, which 3️⃣economists expect3️⃣ to show a fall.\n\nThe crash was blamed on the pilot by the inquiry. He blamed the referee. Economists expect to meet on Friday.\n"
        ])
}

@Test func anAccusedGroupSpeaksOnlyWithAVerbOfItsOwn() {
    // "accused of", "blamed for" right before the preposition: the group is accused, and speaks only with a verb after
    // it. Near misses: a group that accuses, and one that blames as a relative clause's subject.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nProsecutors accused of hiding evidence in 12 cases have been suspended. 1️⃣Doctors blamed for the delays said1️⃣ they had warned managers.\n\n2️⃣Critics accused2️⃣ the firm of lying. The strike was called off, which 3️⃣critics blamed3️⃣ for the unrest.\n"
        ])
}

@Test func aGroupSpeaksPastItsRelativeClause() {
    // Near miss: a relative clause that closes on no verb of the group's.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Officials from two delegations, who spoke on condition of anonymity, said1️⃣ the talks failed.\n\nOfficials from two delegations, who arrived on Monday, left early.\n"
        ])
}

@Test func aNameGivenByAnUnnamedGroupAfterWhatIsVague() {
    // Near misses: a name given by someone, and a group that calls someone.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIt was signed, in what conservation 1️⃣groups called1️⃣ a breakthrough. He faces what 2️⃣critics call2️⃣ a cover-up.\n\nIt was what he called a draw. Officials called the police.\n"
        ])
}

@Test func anExpectationInAnAbsoluteClauseIsVague() {
    // "by about 5%" is a measure, not an agent. Near misses: the active "expected", and an agent named.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIt may go on, with ticket sales across the industry 1️⃣expected to1️⃣ rise by about 5% this year.\n\nThe firm expected to make a profit. It goes on, with sales expected by the society to rise.\n"
        ])
}

@Test func aPassiveWhoseSentenceNamesItsSourceAfterAccordingToIsNotVague() {
    // Near miss: "according to" a group unnamed leaves the passive vague too.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe market is forecast to double by 2008, according to consultancy Aldgate Partners.\n\nThe market 1️⃣is forecast1️⃣ to double by 2008, 2️⃣according to analysts2️⃣.\n"
        ])
}

@Test func aGroupTypedByAPartyAfterAccordingToIsVague() {
    // Near miss: a party's named organisation is a source named.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIt was driven by anger, 1️⃣according to Lib Dem campaigners1️⃣. It failed, 2️⃣according to Labour sources2️⃣.\n\nIt failed, according to the Labour Party.\n"
        ])
}

@Test func parentsPatientsAndNeighboursAreTypedGroups() {
    // Near miss: someone's parents are owned, named by whose they are.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nA school in Kent has shortened its day, 1️⃣according to parents1️⃣.\n\nThe ward closed, 2️⃣according to nurses2️⃣.\n\n3️⃣Some teachers say3️⃣ the plan is unworkable.\n\nHer parents said she was happy.\n"
        ])
}

@Test func aGroupTypedByANationOrAPlaceAfterAccordingToIsVague() {
    // Near misses: a nation's state officials, and a group typed by an organisation's name.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe deal will mean 50 returns a week, 1️⃣according to French media1️⃣. French 3️⃣media reported3️⃣ it.\n\nThe road closed, 2️⃣according to Cardiff residents2️⃣.\n\nThe deal failed, according to Israeli officials.\n\nGoldman Sachs published a note. The shares are cheap, according to Goldman analysts.\n"
        ])
}

@Test func aGroupsVerbOfSpeechAfterItsFirstVerbsPhraseIsVague() {
    // Near misses: a second verb that is no speech, and a verb of speech with an infinitive.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nConsumer 1️⃣groups welcomed the fine but said1️⃣ it did not go far enough.\n\nConsumer groups welcomed the fine and left. Unions backed the deal but claimed to be wary.\n"
        ])
}

@Test func anExpectationInAClauseOfPlaceIsVague() {
    // Near miss: "it" in a clause whose object is "what" is a thing obliged.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe film opens in the US, where it 1️⃣is expected1️⃣ to be released on 800 screens.\n\nThe plan did not give what it was expected to deliver.\n"
        ])
}

@Test func evidenceSeenByANamedBodyIsNotItsOwn() {
    // Near miss: figures published by a named body are its own.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIt has sold 410,000 units, 1️⃣according to figures1️⃣ seen by the BBC.\n\nIt has sold 410,000 units, according to figures published by Chartline.\n"
        ])
}

@Test func charitiesMakersAndDevelopersSpeakUnnamedWithTheirVerb() {
    // Near miss: a maker named.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nService 1️⃣charities say1️⃣ housing is poor. Handset 2️⃣makers said2️⃣ they were working on it. But 3️⃣developers have complained3️⃣ for years.\n\nHandset maker Nokia said it was working on it.\n"
        ])
}

@Test func aGroupPlacedInANameOfNoKnownKindIsVague() {
    // Near misses: a group at a body, and research a party did itself.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nLocal 1️⃣campaigners in Whitby say1️⃣ they have collected 12,000 signatures.\n\nAnalysts at Goldman Sachs said it would fall. Bills rose 76%, according to Conservative research.\n"
        ])
}

@Test func aGroupOfAPlaceLocatedBetweenCommasIsVague() {
    // A name of no known kind after "of" is the group's place, as after "in", and a place set off by commas that
    // locates it does not end the group's phrase. Near misses: a state's officials placed, a group at a body.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Residents of El Fasher, in Darfur, said1️⃣ the city had been shelled every day. 2️⃣Critics of Obamacare say2️⃣ premiums will rise.\n\nOfficials of Kafr Nabl said the road was shut. Analysts at Goldman Sachs said it would fall.\n"
        ])
}

@Test func hearsayThatEmergedAndWhatAnOutletUnderstandsAreVague() {
    // "it has emerged", "It emerged last week that…", an outlet's "understands" or "has learned" from sources it
    // does not name, and a belief whose "by" is a measure's ("dropped by about a quarter"). Near misses: a
    // person's understanding, an outlet's with an object, a thing that emerged.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nFares could be cut by 40%, 1️⃣it has emerged1️⃣. 2️⃣It emerged2️⃣ last week that the firm lost £3m. United are close to a deal, 3️⃣BBC Sport understands3️⃣. 4️⃣The Times has learned4️⃣ that the loan was extended. Stocks 5️⃣are thought5️⃣ to have dropped by about a quarter.\n\nMs Hale understands that the rules are strict. The bank understands the risks. It emerged from the water.\n"
        ])
}

@Test func vaguePhraseKeepsAnAbbreviationsCapitals() {
    // The sentence's capital goes ("analysts said"), a word's own capitals stay ("MPs say", not "mPs say").
    checkRule(
        "vague-attribution", ["a.txt": "H\n\n1️⃣MPs say1️⃣ the bill will fail.\n"], messageContains: "'MPs say'")
    checkRule(
        "vague-attribution", ["a.txt": "H\n\n1️⃣Analysts said1️⃣ the bill will fail.\n"],
        messageContains: "'analysts said'")
}

@Test func aStateFeltIsNoViewCredited() {
    // "feel" before an adjective or a participle tells how people are; before a clause it credits them with a view.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nMany people feel safe in the city. Mr Kruger warned vulnerable people could feel pressured into ending their lives. Residents feel very safe. Many felt so let down by the service that they left.\n\n1️⃣Some people feel1️⃣ the plan is unfair. 2️⃣Many feel2️⃣ ministers have failed. 3️⃣Critics feel3️⃣ strongly that it is wrong. 4️⃣Many people feel4️⃣ like they are ignored. 5️⃣Some feel5️⃣ as if the vote was rigged.\n"
        ])
}

@Test func aGroupThatConfirmsOrCreditsIsVague() {
    // Near misses: a body named by its kind alone confirms; the police say; "credit" as a noun.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Officials confirmed1️⃣ the plant would close. 2️⃣Economists have credited2️⃣ the tour with boosting the economy. 3️⃣Scientists have confirmed3️⃣ that 2024 was the first calendar year to exceed 1.5C.\n\nThe club confirmed the signing on Friday. Police said two men had been arrested. You have to give Sanders' supporters credit.\n"
        ])
}

@Test func creditGivenByNoOneNamedIsVague() {
    // "credited with" in the passive, as "blamed for": credit for an outcome given by no one named. Near misses: the
    // credit's giver named as its agent; a group that credits, named before the verb.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe scheme has 1️⃣been credited1️⃣ with cutting crime by 20%.\n\nThe scheme has been credited by the police chief with cutting crime. Mr Hale credited the scheme with cutting crime.\n"
        ])
}

@Test func oneMemberOfAParliamentOrAGovernmentUnnamedIsVague() {
    // A minister, an MP or a backbencher unnamed, as "a senior official said" is; the message quotes the member whole.
    // Near misses: the member named in apposition, or the one named before; the office-holder by title.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nA cabinet 1️⃣minister told1️⃣ the BBC the plan would fail. One senior Labour 2️⃣backbencher said2️⃣ the whips had misjudged the mood.\n\nA former minister, Jo Hale, said the plan would fail. Mr Dunn, a Tory MP, said it would pass. The Prime Minister said the plan would pass.\n"
        ])
    checkRule(
        "vague-attribution", ["a.txt": "H\n\nOne senior Labour 1️⃣backbencher said1️⃣ the plan would fail.\n"],
        messageContains: "'one senior Labour backbencher said'")
}

@Test func oneExpertOfficerOrViceChancellorUnnamedIsVague() {
    // An expert, an officer or a university's head, unnamed, as "an official said" is; the message quotes the member
    // whole. Near misses: the expert named in apposition; an officer of a named force; the officer named before; an
    // expert panel that speaks of nothing.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nOne 1️⃣expert said1️⃣ the plan would fail. A senior police 2️⃣officer said2️⃣ the road was shut. One 3️⃣vice-chancellor said3️⃣ fees must rise.\n\nOne expert, Jo Hale, said the plan would fail. A Met Police officer said the road was shut. The officer said the road was shut. An expert panel will meet on Monday.\n"
        ])
    checkRule(
        "vague-attribution", ["a.txt": "H\n\nA senior police 1️⃣officer said1️⃣ the road was shut.\n"],
        messageContains: "'a senior police officer said'")
}

@Test func resultsNoOneIsSaidToHaveMadeAreVague() {
    // Results speak unnamed, as "Official figures show" does. Near misses: results of a study named before ("the
    // results"), results named by their owner, and results that say nothing.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe town's population rose 3%, 1️⃣official results show1️⃣.\n\n2️⃣Early results suggest2️⃣ turnout fell.\n\nThe study tracked 400 people. The results show the drug works. Results from the council show turnout fell. The results were announced on Monday.\n"
        ])
}

@Test func aGroupThatAnnouncesRevealsOrEstimatesIsVague() {
    // Verbs of news given out or explained, spoken by an unnamed group. Near misses: a named body announces; a state
    // after "are" ("stressed" is no verb of the group's); one named in apposition explains.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Officials announced1️⃣ that the road would close. 2️⃣Scientists revealed2️⃣ that the ice was melting. 3️⃣Officials estimated3️⃣ that 40 people had died. 4️⃣Researchers explained4️⃣ that the drug was safe.\n\nThe council announced that the road would close. Teachers are stressed. One expert, Jo Hale, explained that the drug was safe.\n"
        ])
}

@Test func aGroupOutsideTheStudyItNamesIsNoRespondent() {
    // "Experts not involved in the survey said": a negation in the group's description puts the group outside the
    // evidence it names, so it is no poll's respondents. Near misses: respondents ("Voters in the survey said"), and
    // a negation in the content.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Experts not involved in the survey said1️⃣ the sample was too small. 2️⃣Doctors never involved in the study said2️⃣ its results were weak.\n\nVoters in the survey said they were unsure. Ms Cole said voters were not involved in the survey.\n"
        ])
}

@Test func evidenceAPublicBodyIssuesIsNoVagueAttribution() {
    // "Interior ministry figures show", "Health ministry data suggest": a body's kind before the evidence names its
    // issuer, as "the defence ministry said" does. Near misses: modifiers that name no body stay vague.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nInterior ministry figures show 300 people were arrested. Health ministry data suggest 400 people were admitted to hospital. The council figures suggest rents rose by 5%. The defence ministry said 300 people were arrested.\n\n1️⃣Official figures show1️⃣ 300 people were arrested. News 2️⃣reports suggest2️⃣ 40 people died.\n"
        ])
}

@Test func evidenceOfAWholeGovernmentStaysVague() {
    // A department named by what it runs issues its figures; a government's figures name no one who compiled them
    // (bbc-dev's labeller counts "Government statistics show" vague). Near miss: a ministry's figures.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Government figures show1️⃣ 40 people died. 2️⃣Government statistics show2️⃣ crime fell by 5%.\n\nJustice department figures show 40 people died.\n"
        ])
}

@Test func aPassiveWithItsAgentAfterAQuoteIsNotVague() {
    // "was described as “reckless” by the shadow chancellor": the quote the passive calls its subject by does not
    // hide the agent after it. Near miss: the same passive with no agent stays vague.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe plan was described as “reckless” by the shadow chancellor. The scheme was described as “a waste” by Ms Cole.\n\nThe deal 1️⃣was described1️⃣ as “reckless”.\n"
        ])
}
