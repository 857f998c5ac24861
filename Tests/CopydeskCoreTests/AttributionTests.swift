import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/PronounResolution.swift`, `CarriedAttribution.swift` and
// `QuoteSpeakers.swift`, and the speaker ranges the rules read.

/// Checks the speaker ranges of the attributions in a fixture.
private func checkSpeakers(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in
        a.attributions.filter { $0.kind != .implicit && $0.kind != .carried }.compactMap(\.speakerRange)
    }
}

@Test func speakerBeforeAndAfterTheVerb() {
    checkSpeakers("“We won,” 1️⃣Clark1️⃣ said. “We lost,” said 2️⃣José Núñez2️⃣ 🎉.")
    checkSpeakers("1️⃣Harley Lewin1️⃣, a partner at NY law firm McCarter & English, says, “Ma is great at PR.”")
}

@Test func accordingToAndColon() {
    checkSpeakers("According to 1️⃣Mr. Trump1️⃣, it was a “great meeting”.")
    checkSpeakers("1️⃣Trump1️⃣: “It was great.”")
}

@Test func theNameHeadingASourcePhraseIsItsSpeaker() {
    // A name the phrase's preposition or relative clause holds does not speak; the name before it does
    // (`namedSpeaker`).
    checkSpeakers("Republican Rep. 1️⃣Lee Zeldin1️⃣ of New York, a Trump supporter, said the vote was close.")
    checkSpeakers("My friend 1️⃣Andy McCarthy1️⃣ at the now-defunct National Review wrote that it was over.")
    checkSpeakers("1️⃣Walker1️⃣, who ran for the Republican nomination, said the race was open.")
    // A name opening the phrase before its appositive heads it, past the names inside the appositive.
    checkSpeakers(
        "1️⃣Bill McInturff1️⃣, the Republican half of a polling team for The Wall Street Journal and NBC News, sounded "
            + "a cautious note about the economy.")
    // A place never speaks through a preposition: the description is the speaker, naming nobody.
    checkSpeakers("1️⃣A lawmaker in the Philippines1️⃣ said the vote was close.")
    // A noun that speaks for what follows keeps it.
    checkSpeakers("A spokeswoman for 1️⃣YouTube1️⃣ said the video was removed.")
}

@Test func aTitleBeforeANameHoldsNoPrepositionsObject() {
    // "of State" is part of the title: the name after it speaks.
    checkSpeakers("Former Secretary of State 1️⃣Hillary Clinton1️⃣ said the deal was weak.")
}

@Test func anOrganisationNamedInASpeakersRoleIsNoPerson() {
    // "The founder of X said": X (a name of no known kind) is the speaker's entity, but not a person a later "he"
    // could stand for.
    let f = Fixture("Headline\n\nThe founder of Zarbo said the vote was rigged.\n\n“It was,” he added.\n")
    let a = analyzeFixture(f)
    let founder = a.attributions.first { !$0.isPronoun }!
    #expect(founder.entity.map { a.entities[$0].canonicalName } == "Zarbo")
    let he = a.attributions.first { $0.isPronoun }!
    #expect(he.entity == nil)
    #expect(he.candidates.isEmpty)
}

@Test func reportingVerbsAreConfigurable() {
    let text = "Headline\n\nThe deal is done, Smith harrumphed.\n"
    let plain = analyzeFixture(Fixture(text))
    #expect(plain.attributions.isEmpty)
    let configured = analyzeFixture(Fixture(text), options: AnalysisOptions(extraReportingVerbs: ["harrumphed"]))
    #expect(configured.attributions.map(\.kind) == [.reportingVerb])
    #expect(ReportingVerbs.builtIn.contains("said") && ReportingVerbs.builtIn.contains("according"))
}

@Test func pronounsResolveToTheNearestEarlierPerson() {
    let f = Fixture(
        "Headline\n\nHarley Lewin, a partner at a law firm, says Ma is great.\n\n“There is nothing to lose,” he added.\n"
    )
    let a = analyzeFixture(f)
    let he = a.attributions.first { $0.isPronoun }!
    #expect(he.entity.map { a.entities[$0].canonicalName } == "Harley Lewin")
    #expect(he.candidates.count == 1)
}

@Test func twoPeopleMakeAPronounAmbiguous() {
    // Two people sharing the previous sentence's subject leave "he" open (GUIDE.md: only the subject settles it).
    let f = Fixture("Headline\n\nMr Ma and Mr. Trump met on Monday.\n\n“It went well,” he said.\n")
    let a = analyzeFixture(f)
    let he = a.attributions.first { $0.isPronoun }!
    #expect(Set(he.candidates.map { a.entities[$0].canonicalName }) == ["Ma", "Trump"])
}

@Test func aPronounNeverMeansAPersonMarkedAsTheOtherGender() {
    // "she" passes over "Mr Blunkett" to "Mrs Quinn"; the two people no longer make it ambiguous.
    let f = Fixture(
        "Headline\n\nMr Blunkett and Mrs Quinn met again. She said it was over. Sir Alex Ferguson spoke to Lady "
            + "Thatcher. He said she was right.\n")
    let a = analyzeFixture(f)
    let speakers = a.attributions.filter(\.isPronoun).map(a.speakerName)
    #expect(speakers == ["Quinn", "Alex Ferguson"])
    #expect(a.attributions.filter(\.isPronoun).allSatisfy { $0.candidates.count == 1 })
}

@Test func aPronounNeverMeansAPersonWhoseGivenNameIsTheOtherGenders() {
    // The subject of the sentence before (titles, no honorifics) is no referent of a pronoun of the other gender:
    // "She" is Hillary Clinton, "He" Bernie Sanders; "Trump" alone is a man by his canonical name, "Donald Trump".
    let f = Fixture(
        "Headline\n\nSenator Tim Kaine met Secretary Hillary Clinton. She said it went well.\n\nSpeaker Nancy "
            + "Pelosi spoke to Senator Bernie Sanders. He said the bill would pass.\n\nPresident Donald Trump arrived "
            + "in Berlin. Trump met Chancellor Angela Merkel. She said the talks were good.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(pronouns.map(a.speakerName) == ["Hillary Clinton", "Bernie Sanders", "Angela Merkel"])
    #expect(pronouns.allSatisfy { $0.candidates.count == 1 })
}

@Test func aSubjectAfterAFrontedPhraseIsThePronounsReferent() {
    // The person right after an opening phrase's comma is the sentence's subject, whoever the phrase names: "he"
    // is Clark twice, never Ma; after a phrase and no person, the pronoun stays open between the two.
    let f = Fixture(
        "Headline\n\nAsked about the deal on Monday, Mr Clark met Mr Ma. “It went well,” he said.\n\nAfter "
            + "meeting Mr Ma in Beijing, Mr Clark flew home. “It was useful,” he said.\n\nIn Beijing, the minister "
            + "met Mr Ma and Mr Clark. “It was useful,” he said.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(pronouns.count == 3)
    #expect(pronouns.prefix(2).map(a.speakerName) == ["Clark", "Clark"])
    #expect(pronouns.map(\.candidates.count) == [1, 1, 2])
}

@Test func aNameDescribingAThingOfAPersonsIsNoReferent() {
    // "The Romney attack" is no mention of Romney as a person a pronoun may mean: "he" is Trump.
    let f = Fixture(
        "Headline\n\nMr Romney spoke in Utah.\n\nThe Romney attack hit Mr Trump hard, and he responded "
            + "that it was “a disgrace to the party,” he said.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(!pronouns.isEmpty)
    #expect(pronouns.allSatisfy { $0.candidates.count == 1 && a.speakerName($0) == "Trump" })
}

@Test func aPronounSpeakerBeforePassesItsPersonOnOverThoseItNames() {
    // The sentence before names Mrs Smith only as an object; its own speaker, "she", already resolved to Mrs Jones,
    // is the next "she"'s referent too.
    let f = Fixture(
        "Headline\n\nMrs Jones has voted for decades. What angered her, she said, was a question a man put to "
            + "Mrs Smith. “I got angry,” she said.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(pronouns.count == 2)
    #expect(pronouns.map(a.speakerName) == ["Jones", "Jones"])
}

@Test func aSentenceOpeningWithADescribedPersonLeavesTheNextPronounOpen() {
    // "The former ambassador" is the subject a later "he" continues; the people that sentence names are objects,
    // so the pronoun resolves to nobody rather than to Mr Trump. "The general election" describes no person.
    let f = Fixture(
        "Headline\n\nThe former ambassador also discussed the plans of Mr Trump. “It is a mistake,” he said.\n\nMr "
            + "Smith spoke in Ohio. The general election worries Mr Jones. “It is close,” he said.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(pronouns.count == 2)
    #expect(pronouns.first?.entity == nil)
    #expect(pronouns.last.map(a.speakerName) == "Jones")
}

@Test func aSentenceOpeningWithATitleStandsForThePersonNamedWithIt() {
    // "The senator" is Sen. Ted Cruz, named with the title two sentences before, not Mr Trump, whom the
    // description's sentence names; "the governor" has no one named with that title, so "he" stays open.
    let f = Fixture(
        "Headline\n\nSen. Ted Cruz spoke in Iowa. Voters cheered. The senator praised Mr Trump. “It was good,” he "
            + "said.\n\nMr Smith arrived. The governor met Mr Jones. “It was fine,” he said.\n")
    let a = analyzeFixture(f)
    let pronouns = a.attributions.filter(\.isPronoun)
    #expect(pronouns.count == 2)
    #expect(pronouns.first.map(a.speakerName) == "Ted Cruz")
    #expect(pronouns.last?.entity == nil)
}

@Test func aNationalityOrAnAgeAfterTheSpeaksForThePersonNamedBefore() {
    let f = Fixture(
        "Headline\n\nThierry Henry scored twice for Arsenal. The Frenchman added that the team was ready. Andy "
            + "Murray won in straight sets. “I was tired,” said the Scot. Jose Mourinho praised his side. The "
            + "41-year-old said the title race was over. The Guardian reported the story.\n")
    let a = analyzeFixture(f)
    let speakers = relations(a).map(a.speakerName)
    #expect(speakers == ["Thierry Henry", "Andy Murray", "Jose Mourinho", "Jose Mourinho", "Guardian"])
    // The description names nobody of its own; a newspaper after "the" still does.
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("Frenchman") && !names.contains("Scot") && names.contains("Guardian"))
}

@Test func aSentenceOpeningWithThePronounContinuesItsSubject() {
    // "He praised Ma's plan": "he" there is Clark, so Ma is no subject to refer back to; the same holds for a
    // description ("the Briton"), and a resolved description passes its person on to the next "he".
    let f = Fixture(
        "Headline\n\nMr Clark met Mr Ma on Monday. He praised Mr Ma's plan. “It went well,” he said.\n\nTim Henman "
            + "beat Alberto Martin. He lost to Roger Federer last year. “I felt good,” said the Briton.\n\nGreg "
            + "Rusedski won in three sets. The 31-year-old said he was pleased. “It's never nice,” he said.\n")
    let a = analyzeFixture(f)
    let speakers = relations(a).filter { $0.isDirect || $0.speakerForm == .description }.map(a.speakerName)
    #expect(speakers == ["Clark", "Tim Henman", "Greg Rusedski", "Greg Rusedski"])
}

@Test func theFirmOrTheAssociationSpeaksForTheOrganisationNamedBefore() {
    // A name ending in the noun wins over a nearer organisation; "the campaign" is someone's, and "the group" of
    // protesters names no organisation.
    let f = Fixture(
        "Headline\n\nThe Local Government Association met Burton Holdings on Monday. A spokesman for the association "
            + "said: “Councils have done all they can.” The firm said sales fell.\n\nThe campaign said it would "
            + "appeal. The group shouted slogans, and the group said it would return.\n")
    let a = analyzeFixture(f)
    let speakers = relations(a).filter { $0.speakerForm == .description }.map(a.speakerName)
    #expect(speakers == ["Local Government Association", "Burton Holdings", nil, nil, nil])
}

@Test func theFirmIsNoPublicBodyOrPartyNamedBefore() {
    // "the bank" after "Police said" is the bank named before the police; "the firm" after Labour is Rank.
    let f = Fixture(
        "Headline\n\nThieves robbed high-street bank Lloyds on Monday. Police said two men were held. "
            + "The bank said no staff were hurt.\n\nLeisure group Rank met Labour on Friday. "
            + "Labour said the talks went well. The firm said it agreed.\n")
    let a = analyzeFixture(f)
    let speakers = relations(a).filter { $0.speakerForm == .description }.map(a.speakerName)
    #expect(speakers == ["Lloyds", "Rank"])
}

@Test func theWatchdogIsTheRegulatorNamedBeforeTheBusinessItFined() {
    // Near miss: "the firm" still goes to the business named nearest.
    let f = Fixture(
        "Headline\n\nThe Financial Services Authority has fined lender Northgate Home Loans £2.5m.\n\nThe "
            + "watchdog said staff had sold policies. The firm said it accepted the findings.\n")
    let a = analyzeFixture(f)
    let speakers = relations(a).filter { $0.speakerForm == .description }.map(a.speakerName)
    #expect(speakers == ["Financial Services Authority", "Northgate Home Loans"])
}

@Test func attributionCarriesOnlyOnAContinuityCue() {
    let f = Fixture("Headline\n\nSmith said sales rose. Also, profits fell 5 percent. Costs rose 3 percent.\n")
    let a = analyzeFixture(f)
    let kinds = a.sentences.indices.map { s in a.attributions.filter { $0.sentence == s }.map(\.kind) }
    #expect(kinds == [[], [.reportingVerb], [.carried], []])
}

@Test func aRelationThatNamesNoSourceCarriesNone() {
    // An agentless passive, a hearsay adverb, a raising verb: no one's statement for the next sentence to continue.
    exampleSourced("The mill is expected to close. Also, the closure will cost 300 jobs.", [false])
    exampleSourced("The hackers have reportedly infiltrated the bank. Furthermore, they stole $2m.", [false])
    exampleSourced("The vote appears likely to pass. Moreover, the plan will cost $5m.", [false])
    let f = Fixture("Headline\n\nThe mill is expected to close. Also, the closure will cost 300 jobs.\n")
    #expect(!analyzeFixture(f).attributions.contains { $0.kind == .carried })
    // Near miss: a named source carries.
    exampleSourced("Cole said the mill would close. Also, the closure will cost 300 jobs.", [true])
}

@Test func quotesTakeTheSpeakerOfTheirSentenceOrTheNext() {
    let f = Fixture(
        "Headline\n\n“We will build the factory,” Smith said. “It will be large and it will be ours.”\n\nThe plan says “nothing about the workers at all”.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.quotes.count == 3)
    #expect(a.quotes[0].attribution != nil && a.quotes[1].attribution != nil)
    #expect(a.quotes[0].attribution == a.quotes[1].attribution)
}

@Test func transcriptLabelsAttributeTheirParagraph() {
    let f = Fixture(
        "Headline\n\nQ: Will sales rise 5 percent? They fell 3 percent.\n\nRAMOS: Taxes rose 2 percent. Costs rose 4 percent.\n\nUPDATE: Prices rose by $1 billion.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.claims.map(\.isSourced) == [true, true, true, false])
}

@Test func quoteParagraphRunsKeepTheirSpeaker() {
    let f = Fixture(
        "Headline\n\n“We will win this state,” Clark said.\n\n“And we will win the next one too.”\n\n“Not only can we win, we are the best chance to win.”\n\n“We have the plan and we have the people,” Núñez 🎉 said.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.quotes.count == 4)
    #expect(a.quotes.allSatisfy { $0.attribution != nil })
    let speakers = a.quotes.map { q in a.attributions[q.attribution!].speakerRange.map { f.source[$0] } ?? "-" }
    #expect(speakers == ["Clark", "Clark", "Clark", "Núñez"])
}
