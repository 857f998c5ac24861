import CopydeskTestSupport
import Testing

@testable import CopydeskCore

@Test func surnamesAndHonorificsGroupWithTheFullName() {
    let f = Fixture(
        "Headline\n\nMa and Trump met. Jack Ma said it went well. Mr Ma left, and Mr. Trump stayed with US President-elect Donald Trump.\n"
    )
    let a = analyzeFixture(f)
    let ma = a.entities.first { $0.canonicalName == "Jack Ma" }!
    #expect(ma.mentions.map { f.source[$0] } == ["Ma", "Jack Ma", "Mr Ma"])
    #expect(f.source[ma.firstFullMention] == "Jack Ma")
    #expect(ma.kind == .person)
    let trump = a.entities.first { $0.canonicalName == "Donald Trump" }!
    #expect(trump.mentions.count == 3)
    #expect(trump.hasRole)
}

@Test func aSurnameMarkedAsOneGenderJoinsAPersonOfThatGender() {
    // "Mrs. Clinton" is Hillary though Bill is named nearer before it, and (before any full name) the first woman
    // of that surname after it rather than the first person; "Mr. Clinton" is Bill; "Clinton" alone, the nearest.
    let f = Fixture(
        "Headline\n\nMrs. Clinton spoke first. Bill Clinton and his wife, Hillary Clinton, campaigned in Ohio. "
            + "Bill Clinton spoke. Mrs. Clinton told supporters to vote. Mr. Clinton said later that he agreed. "
            + "Clinton left.\n")
    let a = analyzeFixture(f)
    let hillary = a.entities.first { $0.canonicalName == "Hillary Clinton" }!
    #expect(hillary.mentions.map { f.source[$0] } == ["Mrs. Clinton", "Hillary Clinton", "Mrs. Clinton"])
    let bill = a.entities.first { $0.canonicalName == "Bill Clinton" }!
    #expect(bill.mentions.map { f.source[$0] } == ["Bill Clinton", "Bill Clinton", "Mr. Clinton", "Clinton"])
}

@Test func aFullNamesGenderComesFromItsHonorificToo() {
    // Neither given name is known; "Ms Abara Okoro" shows the woman, so "Ms Okoro" is hers, not the nearer man's.
    let f = Fixture(
        "Headline\n\nMs Abara Okoro met Mr Chidi Okoro. Mr Chidi Okoro spoke. Ms Okoro said the plan was good.\n")
    let a = analyzeFixture(f)
    let abara = a.entities.first { $0.canonicalName == "Abara Okoro" }!
    #expect(abara.mentions.map { f.source[$0] } == ["Ms Abara Okoro", "Ms Okoro"])
}

@Test func anOfficeAfterATitleIsNoPartOfTheName() {
    let f = Fixture(
        "Headline\n\nFormer Secretary of State Hillary Clinton spoke. Chief of Staff Cheryl Mills and Secretary of "
            + "State John F. Kerry left. Secretary of State Kerry called the Secretary of Labor.\n")
    let a = analyzeFixture(f)
    #expect(a.entities.map(\.canonicalName) == ["Hillary Clinton", "Cheryl Mills", "John F. Kerry"])
    #expect(a.entities.allSatisfy { $0.kind == .person && $0.hasRole })
    let kerry = a.entities.first { $0.canonicalName == "John F. Kerry" }!
    #expect(kerry.mentions.map { f.source[$0] } == ["John F. Kerry", "Kerry"])
}

@Test func forAndOfJoinAnOrganisationsNameButNotAPersonsTitle() {
    let f = Fixture(
        "Headline\n\nThe Centers for Disease Control, Democracy for America and the Hollywood Chamber of Commerce "
            + "wrote to Ann Cole for Congress. Support for Sanders grew in the UK for Germany's sake.\n")
    let a = analyzeFixture(f)
    #expect(
        a.entities.map(\.canonicalName) == [
            "Centers for Disease Control", "Democracy for America", "Hollywood Chamber of Commerce", "Ann Cole",
            "Congress", "Sanders", "UK", "Germany",
        ])
}

@Test func theWordBeforeOfOrForHeadsTheName() {
    // Speaking makes a name of unknown kind a person; an organisation's word before "of" or "for" heads the name.
    let f = Fixture(
        "Headline\n\nThe Bank of America said profits fell. The University of Michigan said 40 people were hurt. "
            + "The Center for American Progress said it disagreed. Ashok Vishwanathan of Operation Black Vote said "
            + "it was wrong. He was a student of Hall of Famer Angelo Dundee.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Bank of America")?.kind == .organization)
    #expect(a.entity(named: "University of Michigan")?.kind == .organization)
    #expect(a.entity(named: "Center for American Progress")?.kind == .organization)
    #expect(a.entity(named: "Ashok Vishwanathan")?.kind == .person)
    // A place's word there heads no place for sure.
    #expect(a.entity(named: "Hall of Famer Angelo Dundee")?.kind == .unknown)
}

@Test func andRunsAnInstitutionsNameOnAfterItsComplement() {
    let f = Fixture(
        "Headline\n\nThe Department of Health and Human Services said 20 million people gained cover. The Office "
            + "of Management and Budget agreed. Researchers at the University of Pennsylvania and Carnegie Mellon "
            + "disagreed, as did the Department of Justice and Attorney General Loretta Lynch.\n")
    let a = analyzeFixture(f)
    #expect(
        a.entities.map(\.canonicalName) == [
            "Department of Health and Human Services", "Office of Management and Budget",
            "University of Pennsylvania", "Carnegie Mellon", "Department of Justice", "Loretta Lynch",
        ])
    #expect(a.entities.prefix(3).allSatisfy { $0.kind == .organization })
}

@Test func countriesInCapitalsArePlacesAndNoOrganisationsFirstWord() {
    let f = Fixture(
        "Headline\n\nThe US and the UK met. US Airways said 40 flights were cut. The London Stock Exchange fell. "
            + "London was calm.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "US")?.kind == .place && a.entity(named: "UK")?.kind == .place)
    #expect(a.entity(named: "US Airways")?.kind == .organization && a.entity(named: "US Airways")?.mentions.count == 1)
    #expect(a.entity(named: "London Stock Exchange")?.kind == .organization)
    #expect(a.entity(named: "London")?.kind == .place && a.entity(named: "London")?.mentions.count == 1)
}

@Test func aTitleAloneNamesNobody() {
    let f = Fixture(
        "Headline\n\nChief executive Stuart Rose said sales fell. Kofi Annan, the UN Secretary General, urged calm. "
            + "Billie Jean King spoke. King said she would play.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("Chief") && !names.contains("General"))
    #expect(names.contains("Stuart Rose") && names.contains("Kofi Annan"))
    // A surname that is a title word still names its person.
    #expect(a.entity(named: "Billie Jean King")?.mentions.count == 2)
}

@Test func britishCouncilAndPoliceRanksAreTitles() {
    // "Cllr", "Councillor", "Det Insp": the rank is no part of the name, so the surname with it joins the full name.
    let f = Fixture(
        "Headline\n\nCllr Adrian Robson, leader of the Conservative group, said traders had not been consulted. "
            + "\"Shops are struggling,\" Cllr Robson said. Det Insp Mark Cuthbert said officers would stay. "
            + "\"It was isolated,\" Det Insp Cuthbert said. Councillor Jane Hill spoke. Councillor Hill left.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Adrian Robson")?.mentions.count == 2)
    #expect(a.entity(named: "Mark Cuthbert")?.mentions.count == 2)
    #expect(a.entity(named: "Jane Hill")?.mentions.count == 2)
    // Near miss: an office named by its rank alone is still an entity.
    let g = Fixture("Headline\n\nThe State Department Inspector General issued subpoenas.\n")
    #expect(analyzeFixture(g).entity(named: "State Department Inspector General") != nil)
}

@Test func aPluralOpeningASentenceSpeaksAsAGroupNotAName() {
    // "Rescuers said" is no person; a plural the text capitalises mid-sentence ("Barclays") stays a name.
    let f = Fixture(
        "Headline\n\nRescuers said the water rose. Companies say costs fell. Reports indicate that 30 died. "
            + "Barclays said it would cut jobs. A strategist at Barclays agreed.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("Rescuers") && !names.contains("Companies") && !names.contains("Reports"))
    #expect(names.contains("Barclays"))
    // A plural cue word opening the sentence is still the subject of the cue after it.
    let indicate = relations(a).first { f.source[$0.cueRange] == "indicate" }
    #expect(indicate?.sourceRange.map { f.source[$0] } == "Reports")
}

@Test func anOfficesPostNominalBeforeANameIsItsTitle() {
    let f = Fixture(
        "Headline\n\nLabour MP Diane Abbott said the plan would fail. The Tory MP said it was wrong. Sadiq Khan MP "
            + "said the scheme failed.\n")
    let a = analyzeFixture(f)
    let abbott = a.entity(named: "Diane Abbott")
    #expect(abbott?.kind == .person && abbott?.hasRole == true)
    // After an article one word before a post-nominal describes: "Tory" is no person.
    #expect(a.entity(named: "Tory")?.kind != .person)
    let sources = relations(a).map(a.speakerName)
    #expect(sources == ["Diane Abbott", nil, "Sadiq Khan"])
}

@Test func organisationSuffixesAndFirstWords() {
    let f = Fixture(
        "Headline\n\nAlibaba Group Holding is bidding. Analysts like Alibaba. Intime Retail Group agreed.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(names.contains("Alibaba Group Holding") && names.contains("Intime Retail Group"))
    let alibaba = a.entities.first { $0.canonicalName == "Alibaba Group Holding" }!
    #expect(alibaba.kind == .organization && alibaba.mentions.count == 2)
}

@Test func sentenceInitialCommonWordsAreNotNames() {
    let f = Fixture("Headline\n\nMany questions remain. Coach closed a store. Sales fell at Coach.\n")
    let a = analyzeFixture(f)
    #expect(!a.entities.contains { $0.canonicalName == "Many" })
    #expect(a.entities.first { $0.canonicalName == "Coach" }?.mentions.count == 2)
}

@Test func accentedNamesKeepTheirPositions() {
    let f = Fixture("Headline\n\n🎉 1️⃣José Núñez1️⃣ arrived.\r\n\r\n“Hola,” 2️⃣Núñez2️⃣ said.\r\n")
    let a = analyzeFixture(f)
    let jose = a.entities.first { $0.canonicalName == "José Núñez" }!
    #expect(jose.mentions == [f.range("1️⃣"), f.range("2️⃣")])
}

@Test func annotatedMentionsAndAliasesLinkToDefinitions() {
    let defs = "[@jack-ma]: Jack Ma\n  type: person\n  aliases: Ma, Mr Ma\n"
    let article = Fixture("# Headline\n\n[Jack Ma][@jack-ma] spoke. Later Mr Ma left.\n")
    let defSyntax = ArticleParser.parse(SourceText(defs), kind: .annotated)
    let syntax = ArticleParser.parse(article.source, kind: .annotated)
    let index = WorkspaceIndex(summaries: [
        FileSummary(syntax: defSyntax, document: DocumentID("defs.news.md")),
        FileSummary(syntax: syntax, document: DocumentID("a.news.md")),
    ])
    let a = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(index: index))
    #expect(a.entities.first { $0.canonicalName == "Jack Ma" }?.definedID == "jack-ma")

    let plain = ArticleParser.parse(SourceText("Headline\n\nOfficials met Ma on Monday.\n"), kind: .plainText)
    let b = ArticleAnalyzer.analyze(plain, options: AnalysisOptions(index: index))
    #expect(b.entities.first { $0.canonicalName == "Ma" }?.definedID == "jack-ma")
}

@Test func theExamplesOfTheEntityFinderDocumentation() {
    // A capitalised speech verb ends a Title Case name; an inner capital makes an organisation; Mc/Mac/De
    // prefixes do not; weekdays and months alone are no entities; a post-nominal is a role; a person's name before
    // "of" does not absorb the organisation after it.
    let f = Fixture(
        "Headline\n\nHoward Dean Tells Democratic Convention the news. It ran on HuffPost on Monday in March. Ann McCarter read it. Sarah Clarke KC spoke, and Ms Clarke left. Ashok Vishwanathan of Operation Black Vote spoke.\n"
    )
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(names.contains("Howard Dean"))
    #expect(a.entities.first { $0.canonicalName == "HuffPost" }?.kind == .organization)
    #expect(a.entities.first { $0.canonicalName == "Ann McCarter" } != nil)
    #expect(!names.contains("Monday") && !names.contains("March"))
    let clarke = a.entities.first { $0.canonicalName == "Sarah Clarke" }
    #expect(clarke?.mentions.count == 2)
    #expect(clarke?.kind == .person && clarke?.hasRole == true && clarke?.hasHonorific == true)
    #expect(names.contains("Ashok Vishwanathan") && names.contains("Operation Black Vote"))
}

@Test func aPartyIsAnOrganisationAndNoShortNameOfItsHouse() {
    // "Labour" and "the Liberal Democrats" speak as parties, never as people; "Senate Republicans" is no name of
    // "the Senate", which stays an organisation of its own.
    let f = Fixture(
        "Headline\n\nLabour and the Liberal Democrats criticised the plan. A spokesman for Labour said it would "
            + "fail. The Liberal Democrats said it was wrong. Senate Republicans blocked the bill, and the Senate "
            + "adjourned.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Labour")?.kind == .organization)
    #expect(a.entity(named: "Liberal Democrats")?.kind == .organization)
    #expect(a.entity(named: "Senate Republicans")?.kind == .organization)
    let senate = a.entity(named: "Senate")
    #expect(senate != nil && senate?.mentions.count == 1)
}

@Test func aBareNounOfAKindOfOrganisationBeforeANameMakesItOne() {
    // "Leisure group Rank" is an organisation, so "Rank said" makes no person of it; after "the" the noun may
    // open a relative clause ("the firm Smith founded") and says nothing of the name.
    let f = Fixture(
        "Headline\n\nLeisure group Rank could sell its film unit. Rank said the talks were early. "
            + "Law firm Wilson Sonsini declined to comment. Smith said the firm Jones founded was sold.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Rank")?.kind == .organization)
    #expect(a.entity(named: "Wilson Sonsini")?.kind == .organization)
    #expect(a.entity(named: "Jones")?.kind != .organization)
}

@Test func aNameSetOffAfterANounOfOrganisationsOrBasedInAPlaceIsOne() {
    // A company that speaks and that the gazetteer does not know is described as one: by a bare noun before it
    // ("security lab Vexlo"), by that noun and commas around it ("The firm, Tarvane, said"), or by a place joined to
    // "based" before its one word ("Oslo-based Quorra"). Near misses: a person's name of two words after "-based"
    // ("Ohio-based Dan Mercer said") and a person's trade between commas ("The chemist, Ruth Akers, said").
    let f = Fixture(
        "Headline\n\nSecurity lab Vexlo said the file was harmless. The firm, Tarvane, said it hoped to sell shares. "
            + "Oslo-based Quorra said it would bid. Ohio-based Dan Mercer said the race was close. The chemist, Ruth "
            + "Akers, said the test was sound.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Vexlo")?.kind == .organization)
    #expect(a.entity(named: "Tarvane")?.kind == .organization)
    #expect(a.entity(named: "Quorra")?.kind == .organization)
    #expect(a.entity(named: "Dan Mercer")?.kind == .person)
    #expect(a.entity(named: "Ruth Akers")?.kind == .person)
}

@Test func anAppositiveOfOrganisationsAWorkplaceOrAWebAddressMakesAnOrganisation() {
    // "Quillo, a political fundraising website", "a senior analyst at Brackley", "according to Factwise.org": an
    // organisation each. Near misses: a person described by a trade ("Ann Ford, a senior analyst"), an appositive
    // whose head is quoted ("a studio ''fixer''"), a full name with a given name ("Ruth Penn, the founder of the
    // company"), and "whose" for the article ("Vance, whose company, Pumpco,").
    let f = Fixture(
        "Headline\n\nThe figures came from Quillo, a political fundraising website. Ann Ford, a senior analyst at "
            + "Brackley, said the shares were cheap. The claim was false, according to Factwise.org. They hired Dredd, a "
            + "studio ''fixer'', to help. Ruth Penn, the founder of the company, spoke. They met Vance, whose company, "
            + "Pumpco, went bust.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Quillo")?.kind == .organization)
    #expect(a.entity(named: "Brackley")?.kind == .organization)
    #expect(a.entity(named: "Factwise.org")?.kind == .organization)
    #expect(a.entity(named: "Ann Ford")?.kind == .person)
    #expect(a.entity(named: "Dredd") != nil && a.entity(named: "Dredd")?.kind != .organization)
    #expect(a.entity(named: "Ruth Penn")?.kind == .person)
    #expect(a.entity(named: "Vance") != nil && a.entity(named: "Vance")?.kind != .organization)
}

@Test func aPossessiveKeepsItsSuffixAndATitleOrANumberMakesNoPersonOfAThing() {
    // "the Justice Department's", "Ellis City's": a possessive last word keeps its word's class (organisation,
    // place); a title before a thing's word ("an Executive Order", "the Miss Universe pageant") and a regnal number
    // after a common word ("World War II") make no person. Near misses: "Elizabeth II", "Pope John Paul II" and "Navy
    // SEAL Charles Keating IV" are people, and so is "Dr. West" though "West" ends places' names.
    let f = Fixture(
        "Headline\n\nThe case went to the Justice Department's security office. Officials at Ellis City's hall "
            + "agreed. He signed an Executive Order on guns. She won the Miss Universe pageant. It was the "
            + "post-World War II era. Elizabeth II and Pope John Paul II met. Navy SEAL Charles Keating IV died. "
            + "Dr. West's view held.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Justice Department")?.kind == .organization)
    #expect(a.entity(named: "Ellis City")?.kind == .place)
    #expect(!a.entities.contains { $0.kind == .person && ["Order", "Universe", "War"].contains($0.canonicalName) })
    #expect(a.entity(named: "Elizabeth")?.kind == .person)
    #expect(a.entity(named: "John Paul")?.kind == .person)
    #expect(a.entity(named: "Navy SEAL Charles Keating")?.kind == .person)
    #expect(a.entity(named: "West")?.kind == .person)
}

@Test func anOfficeOrAnInstitutionNamedAfterAPlacesWordIsNoPlace() {
    // "the Secretary of State" is an office (no entity, as "Secretary of Labor" alone is none); "the Department of
    // State" and "the Arts Council of Orange County" are organisations by the head before "of". Near miss: "Orange
    // County" alone is a place.
    let f = Fixture(
        "Headline\n\nThe Secretary of State said no. The Department of State agreed. The Arts Council of Orange "
            + "County met. They live in Orange County.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Secretary of State") == nil)
    #expect(a.entity(named: "Department of State")?.kind == .organization)
    #expect(a.entity(named: "Arts Council of Orange County")?.kind == .organization)
    #expect(a.entity(named: "Orange County")?.kind == .place)
}

@Test func aNameThatSpeaksAfterTheIsNoPerson() {
    // "the Island Executive has insisted", "according to the Harbour Gazette": after a lower-case "the" a name is a
    // body's or a group's, so speaking makes no person of it. Near miss: the same words without "the" speak as a
    // person ("Marta Ivens has insisted").
    let f = Fixture(
        "Headline\n\nBut the Island Executive has insisted the plan is legal. Marta Ivens has insisted it is not. "
            + "The decision was wrong, the Harbour Gazette said.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Island Executive") != nil)
    #expect(a.entity(named: "Island Executive")?.kind != .person)
    #expect(a.entity(named: "Harbour Gazette")?.kind != .person)
    #expect(a.entity(named: "Marta Ivens")?.kind == .person)
}

@Test func aNameEndingInAThingOrAStationIsNoPerson() {
    // A given name opening a name that ends in a thing's word ("Tony Award", "Nora Quist Show") makes no person, nor
    // does speaking after a sentence's opening "The"; "Radio" ends an organisation's name; an organisation's first
    // word alone is not its unit ("KLRT" is not "KLRT Radio", "ACME" not the "ACME Foundation"). Near misses: "Tony
    // Blair" is a person, and "Ormond" alone is the "Ormond Group".
    let f = Fixture(
        "Headline\n\nShe won a Tony Award in 2004. The Nora Quist Show said it would air. Valley Public Radio "
            + "reported the vote. KLRT said the count was slow. KLRT Radio aired it. Tony Blair said no. ACME said it "
            + "would pay. The ACME Foundation gave $5m. The Ormond Group fell. Ormond said sales were weak.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Tony Award") != nil && a.entity(named: "Tony Award")?.kind != .person)
    #expect(a.entity(named: "Nora Quist Show") != nil && a.entity(named: "Nora Quist Show")?.kind != .person)
    #expect(a.entity(named: "Valley Public Radio")?.kind == .organization)
    #expect(a.entity(named: "KLRT")?.mentions.count == 1)
    #expect(a.entity(named: "KLRT Radio")?.mentions.count == 1)
    #expect(a.entity(named: "Tony Blair")?.kind == .person)
    #expect(a.entity(named: "ACME")?.mentions.count == 1)
    #expect(a.entity(named: "Ormond Group")?.mentions.count == 2)
}

@Test func aPartyOrANationalityBeforeAGivenNameIsNoPartOfTheName() {
    // "Democrat Hillary Clinton" is Hillary Clinton, and "American Andy Roddick" Andy Roddick; "Republican National
    // Convention" and "American Express" stay whole.
    let f = Fixture(
        "Headline\n\nDemocrat Hillary Clinton met voters. Hillary Clinton said the plan would work. American Andy "
            + "Roddick won in Sydney. The Republican National Convention opened. American Express reported profits.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Hillary Clinton")?.mentions.count == 2)
    #expect(a.entity(named: "Hillary Clinton")?.kind == .person)
    #expect(a.entity(named: "Andy Roddick")?.hasRole == true)
    #expect(a.entity(named: "Republican National Convention") != nil && a.entity(named: "American Express") != nil)
}

@Test func aFullNameOpeningWithAKnownGivenNameIsAPerson() {
    // Neither speaks nor has a title, yet both are people; a name whose first word is no given name of one gender
    // ("Wells Fargo") stays of unknown kind.
    let f = Fixture("Headline\n\nThe poll asked about Hillary Clinton and Donald Trump. Wells Fargo was fined.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Hillary Clinton")?.kind == .person)
    #expect(a.entity(named: "Donald Trump")?.kind == .person)
    #expect(a.entity(named: "Wells Fargo")?.kind == .unknown)
}

@Test func aGivenNameAloneIsAPersonNamedInFullWithIt() {
    // "Hillary" is Hillary Clinton, and a surname ("Clinton") still joins by surname; where two people named in full
    // share the given name, it is the nearest before it, as a surname is; with no one named in full, it stays apart.
    let f = Fixture(
        "Headline\n\nHillary Clinton spoke in Ohio. Voters asked about Hillary's emails. Clinton said little.\n\n"
            + "Bill Gates met Bill Murray. Bill laughed. Later Tom arrived.\n")
    let a = analyzeFixture(f)
    #expect(
        a.entity(named: "Hillary Clinton")?.mentions.map { f.source[$0] } == ["Hillary Clinton", "Hillary", "Clinton"])
    #expect(a.entity(named: "Bill Murray")?.mentions.map { f.source[$0] } == ["Bill Murray", "Bill"])
    #expect(a.entity(named: "Bill Gates")?.mentions.count == 1 && a.entity(named: "Tom") != nil)
}

@Test func aWeekdayAfterANameDatesItAndAShoutedLineNamesNothing() {
    // "told CNN Tuesday": the name is CNN; "Super Tuesday" is a day's name of its own. A line set in capitals
    // names nothing by its capitals; a name in capitals inside a sentence still does.
    let f = Fixture(
        "Headline\n\nThe senator told CNN Tuesday that the plan would pass. Voters went to the polls on Super "
            + "Tuesday in Ohio.\n\nSIGN UP FOR OUR NEWSLETTER\n\nThe NAACP said the vote was fair.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(names.contains("CNN") && !names.contains("CNN Tuesday"))
    #expect(names.contains("Super Tuesday"))
    #expect(!names.contains { $0.contains("NEWSLETTER") })
    #expect(names.contains("NAACP"))
}

@Test func aNationalityOrAPartysAdjectiveBeforeANounNamesNobody() {
    // "American voters", "a Republican senator", "the Democratic nominee" make no entities; the names they open
    // ("American Express", "the Republican National Committee") and a nationality that describes a speaker stay.
    let f = Fixture(
        "Headline\n\nAmerican voters met a Republican senator and the Democratic nominee. American Express and the "
            + "Republican National Committee paid. Thierry Henry scored. The Frenchman added that it was easy.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("American") && !names.contains("Republican") && !names.contains("Democratic"))
    #expect(names.contains("American Express") && names.contains("Republican National Committee"))
    #expect(a.attributions.contains { a.speakerName($0) == "Thierry Henry" })
}

@Test func aTradeInLowerCaseBeforeANameMakesItAPerson() {
    // Neither given name is a known one; the trade says who they are. An office's adjective ("the former Soviet
    // Union") or a prize's category ("best actress") does not.
    let f = Fixture(
        "Headline\n\nThe club signed striker Olumide Baptista. The film starred actor Kwabena Mensah. Trade with the "
            + "former Soviet Union grew. She won the best supporting actress Academy Award.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Olumide Baptista")?.kind == .person)
    #expect(a.entity(named: "Kwabena Mensah")?.kind == .person)
    #expect(a.entity(named: "Soviet Union")?.kind != .person)
    #expect(a.entity(named: "Academy Award")?.kind != .person)
}

@Test func aSentenceAdverbOrAHyphenatedModifierIsNoPartOfTheNameAfterIt() {
    // "Unfortunately", "Ten-year-old", "Paris-based" and "Oscar-winning" open no name, and "US-led" alone is none.
    // A given name ending in "-ly" stays ("Kelly Brown"), and so do names hyphenated otherwise ("Blu-ray Disc
    // Association", "Coca-Cola").
    let f = Fixture(
        "Headline\n\nUnfortunately England lost again. Ten-year-old Mia Okafor plays the lead. The "
            + "Berlin-based Zalto made a bid. Oscar-winning Ann Reeve spoke. US-led forces moved in. Kelly Brown "
            + "won. The Blu-ray Disc Association met Coca-Cola.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(names.contains("England") && !names.contains("Unfortunately England"))
    #expect(names.contains("Mia Okafor") && names.contains("Zalto") && names.contains("Ann Reeve"))
    #expect(!names.contains { $0.contains("-year-old") || $0.contains("-based") || $0.contains("-winning") })
    #expect(!names.contains("US-led"))
    #expect(names.contains("Kelly Brown"))
    #expect(names.contains("Blu-ray Disc Association") && names.contains("Coca-Cola"))
}

@Test func placesTheGazetteerKnowsAreNamesAndPlacesAnywhere() {
    // A country at a sentence start is a name though nothing capitalises it mid-sentence, and a place of more words
    // is one by its whole name or after words of direction. A place alone is no organisation's last word ("Real
    // Madrid" … "Madrid"), but still a person's surname ("Robert Houston" … "Houston"); a given name stays a
    // person's ("Florence Nightingale").
    let f = Fixture(
        "Headline\n\nNigeria is expanding its ports. Saudi Arabia, Los Angeles and Rio de Janeiro are big. "
            + "East Jerusalem is tense. Real Madrid won in Madrid. Robert Houston sang, and Houston said he was "
            + "happy. Florence Nightingale nursed.\n")
    let a = analyzeFixture(f)
    for place in ["Nigeria", "Saudi Arabia", "Los Angeles", "Rio de Janeiro", "East Jerusalem", "Madrid"] {
        #expect(a.entity(named: place)?.kind == .place, "\(place)")
    }
    #expect(a.entity(named: "Real Madrid")?.kind != .place)
    #expect(a.entity(named: "Real Madrid")?.mentions.count == 1)
    #expect(a.entity(named: "Robert Houston")?.mentions.count == 2)
    #expect(a.entity(named: "Florence Nightingale")?.kind == .person)
}

@Test func aNationalAdjectiveOrACommonAbbreviationNamesNobody() {
    // "French chefs", "Muslim leaders", 'too "American"', "not French enough", "the DVD", "TV viewers" make no
    // entities; names they open stay ("French Open", "BBC TV"), and so does an organisation in capitals ("NATO").
    let f = Fixture(
        "Headline\n\nFrench chefs and Muslim leaders said the menu was too \"American\" and not French enough. "
            + "The DVD sold well with TV viewers. The French Open began. NATO said BBC TV was wrong.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("French") && !names.contains("Muslim") && !names.contains("American"))
    #expect(!names.contains("DVD") && !names.contains("TV"))
    #expect(names.contains("French Open") && names.contains("BBC TV"))
    #expect(a.entity(named: "NATO")?.kind == .organization)
}

@Test func aRolesAbbreviationAloneNamesNobody() {
    // "the MP", "the PM", "MSPs", "MEPs": a role in abbreviation names no one alone; after a name it stays that
    // name's role ("Ann Ford MP"), and an organisation in capitals still names one ("the BMA").
    let f = Fixture(
        "Headline\n\nThe MP said the PM had erred. MSPs and MEPs voted. Ann Ford MP agreed, and the BMA disagreed.\n")
    let a = analyzeFixture(f)
    let names = a.entities.map(\.canonicalName)
    #expect(!names.contains("MP") && !names.contains("PM") && !names.contains("MSPs") && !names.contains("MEPs"))
    #expect(a.entity(named: "Ann Ford")?.kind == .person)
    #expect(names.contains("BMA"))
}

@Test func aTradeOpeningASentenceBeforeAGivenNameIsARole() {
    // "Actress Julia Okafor": the trade is her role, not her name; "Frenchman Arnaud Lemaire" likewise (a given
    // name of world news). "Star Wars" opens no known given name and stays whole.
    let f = Fixture(
        "Headline\n\nActress Julia Okafor sang. Frenchman Arnaud Lemaire lost. Star Wars opened.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Julia Okafor")?.kind == .person)
    #expect(a.entity(named: "Arnaud Lemaire")?.kind == .person)
    #expect(a.entity(named: "Star Wars") != nil)
}

@Test func aCapitalisedWordHyphenatedToALowerCasePartIsNoPartOfTheName() {
    // "Co-anchor Norah Dalton", "Front-runner Ida Marsh", "Botox-maker Allergan", "the Republican-held Senate": a
    // role or a modifier, not a name part. Near miss: a given name hyphenated so ("Dan-el Padilla") stays whole.
    let f = Fixture(
        "Headline\n\nCo-anchor Norah Dalton asked. Front-runner Ida Marsh won. Botox-maker Allergan rose. Dan-el "
            + "Padilla spoke. The Republican-held Senate voted.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Norah Dalton")?.kind == .person)
    #expect(a.entity(named: "Co-anchor Norah Dalton") == nil)
    #expect(a.entity(named: "Ida Marsh")?.kind == .person)
    #expect(a.entity(named: "Allergan") != nil && a.entity(named: "Botox-maker Allergan") == nil)
    #expect(a.entity(named: "Dan-el Padilla") != nil)
    #expect(a.entity(named: "Senate") != nil && a.entity(named: "Republican-held Senate") == nil)
}

@Test func aTradeBeforeAGivenNameOutweighsAPlacesWordAndATitleMakesNoPersonOfAParty() {
    // "spokesman Mike Lake" is a person though "Lake" ends places' names ("Victoria Park" stays a place with no trade
    // before it); "Former Tory leader" names no person "Tory"; "50GB" is a unit, no organisation.
    let f = Fixture(
        "Headline\n\nVexlo spokesman Mike Lake told reporters. They met in Victoria Park. Former Tory leader Ann Hale "
            + "spoke. The disc holds 50GB of data.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Mike Lake")?.kind == .person)
    #expect(a.entity(named: "Victoria Park")?.kind == .place)
    #expect(a.entity(named: "Tory") == nil && a.entity(named: "Ann Hale")?.kind == .person)
    #expect(a.entity(named: "GB") == nil)
}

@Test func aTitleBeforeAPlaceOrATitlesPluralOpeningANameMakesNoPerson() {
    // "Former England captain": a title before a place the gazetteer knows leaves it a place; a title's plural
    // opening a sentence is no part of the name after it; "Vice-President" is a title. A company the gazetteer knows
    // is an organisation though it speaks ("Sony said"). Near misses: a title before an unknown name makes a person,
    // and "Kings" opens a place's name.
    let f = Fixture(
        "Headline\n\nFormer England captain Tom Hart spoke. Advisors Goldman Sachs approved the sale. "
            + "Vice-President Dick Cheney agreed. Sony said sales rose. Former Minister Okafor left. Kings Cross "
            + "station closed.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "England")?.kind == .place)
    #expect(a.entity(named: "Goldman Sachs") != nil && a.entity(named: "Advisors Goldman Sachs") == nil)
    #expect(a.entity(named: "Dick Cheney")?.kind == .person)
    #expect(a.entity(named: "Sony")?.kind == .organization)
    #expect(a.entity(named: "Okafor")?.kind == .person)
    #expect(a.entity(named: "Kings Cross") != nil)
}

@Test func aQuoteWithinAQuoteOpensLikeASentenceAndANumbersAbbreviationNamesNoOne() {
    // "'We", "'The" after a straight single quote that opens a quote within a quote, and a capital right after a stop
    // with no space, are sentence-initial words, no
    // names unless capitalised mid-sentence elsewhere; "No. 2" is a number's abbreviation. Near misses: a name
    // opening the inner quote that the article capitalises elsewhere ("'Vexlo"), and a closing single quote before a
    // name ("'Yes' Hale").
    let f = Fixture(
        "Headline\n\nAnn Hale said, 'We can win. The lesson is clear.' She said, 'Vexlo will pay.' She wants the No. 2 "
            + "job at Vexlo. Tom said 'Yes' Hale agreed. He said ,'Oh, no.' The vote ended.Then came the count.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "We") == nil)
    #expect(a.entity(named: "No") == nil)
    // After punctuation ("say ,'Oh"), and a sentence run on with no space after its stop ("ended.Then").
    #expect(a.entity(named: "Oh") == nil)
    #expect(a.entity(named: "Then") == nil)
    #expect(a.entity(named: "Vexlo") != nil)
    #expect(a.entity(named: "Ann Hale")?.kind == .person)
    #expect(a.entity(named: "Ann Hale")?.mentions.count == 2)
}

@Test func aPlacesWordAloneNamesNoPlace() {
    // "secretary of State", "the State of the Union": a word that ends places' names ("State", "Park") names no place
    // alone. Near misses: a full name ending on it ("Ohio State", "Victoria Park"), a place word that names a place
    // alone ("the West"), and a numbered one ("170th Street").
    let f = Fixture(
        "Headline\n\nShe was secretary of State for four years. He gave the State of the Union address. They met in "
            + "Victoria Park. Trade with the West grew. She rode to 170th Street.\n")
    let a = analyzeFixture(f)
    #expect(a.entity(named: "State").map { $0.kind != .place } ?? true)
    #expect(a.entity(named: "Victoria Park")?.kind == .place)
    #expect(a.entity(named: "West")?.kind == .place)
    #expect(a.entity(named: "Street")?.kind == .place)
}

@Test func aHolidayNamesNoOne() {
    // "Christmas", "Election Day": no entity, as a weekday alone is none; a place named after one stays a place.
    let f = Fixture(
        "Headline\n\nSales rose at Christmas and on Christmas Day. Voters queued on Election Day. Christmas Island "
            + "is far away.\n")
    let names = analyzeFixture(f).entities.map(\.canonicalName)
    #expect(names == ["Christmas Island"])
}

@Test func aGivenNameOfEitherGenderMakesAPersonOfNoGender() {
    // "Chris", "Hilary", "Sam" show a person, not a gender; "Al" is as often the article of a name ("Al Jazeera").
    let f = Fixture("Headline\n\nChris Dodd and Hilary Swank met Sam Stein. Al Jazeera reported it.\n")
    let a = analyzeFixture(f)
    for name in ["Chris Dodd", "Hilary Swank", "Sam Stein"] {
        #expect(a.entity(named: name)?.kind == .person, "\(name)")
    }
    #expect(a.entity(named: "Al Jazeera")?.kind != .person)
}

@Test func nationalitiesBeforeANationalitysNounNameAGroup() {
    // "African Americans", "Muslim American": a group of people, no entity; a firm named so stays one.
    let f = Fixture(
        "Headline\n\nAfrican Americans and Muslim Americans voted. Asian American voters met. American Express rose.\n")
    let names = analyzeFixture(f).entities.map(\.canonicalName)
    #expect(names == ["American Express"])
}

@Test func anAdjectiveOfStandingOpeningASentenceIsNoPartOfTheName() {
    // "Rival" is capitalised only because it opens the sentence: the firm is Sainsbury. Near miss: a name's own first
    // word opening the sentence stays in it.
    let f = Fixture("Headline\n\nRival Sainsbury cut its prices. Royal Mail cut its prices.\n")
    let names = analyzeFixture(f).entities.map(\.canonicalName)
    #expect(names == ["Sainsbury", "Royal Mail"])
}

@Test func aNameSetOffWithANounOfAPlaceIsAPlace() {
    // An appositive headed by a noun of a place, located by a preposition or ending, makes a place of the name, one
    // opening with a given name too. Near misses: the same noun modifying a trade, and a possessive.
    let f = Fixture(
        "Headline\n\nLawrence Hill, a district of Bristol, was flooded.\n\nKafr Nabl, a village near Idlib, was shelled.\n\nResidents of Ashby, a town north of London, were quiet.\n\nJim Hill, a town planner, was there.\n\nAnn Ford, the city's mayor, spoke.\n"
    )
    let a = analyzeFixture(f)
    for name in ["Lawrence Hill", "Kafr Nabl", "Ashby"] {
        #expect(a.entity(named: name)?.kind == .place, "\(name)")
    }
    for name in ["Jim Hill", "Ann Ford"] {
        #expect(a.entity(named: name)?.kind == .person, "\(name)")
    }
}

@Test func aDefiniteOwnersBodyIsOneOrganisation() {
    // "the" before an owner's possessive and an organisation's word names one body. Near miss: an owner named
    // without "the" stays an entity of its own.
    let f = Fixture(
        "Headline\n\nThe Information Commissioner's Office said 40,000 people were affected. It said the Prince's Trust had helped.\n\nThe fine was fair, it said, and Ofcom's Board agreed.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Information Commissioner's Office")?.kind == .organization)
    #expect(a.entity(named: "Prince's Trust")?.kind == .organization)
    #expect(a.entity(named: "Information Commissioner") == nil)
    #expect(a.entity(named: "Ofcom") != nil)
}

@Test func anOfficesOwnerMakesOneBodyWithoutThe() {
    // An owner's word that is an office's title names no one of its own before an organisation's word, with or
    // without "the" (`isDefiniteOwnersBody`). Near miss: a name as the owner stays an entity of its own.
    let f = Fixture(
        "Headline\n\nAn inquest at Avon Coroner's Court heard the man had died. Tom Hart's Foundation gave £5m.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Avon Coroner's Court")?.kind == .organization)
    #expect(a.entity(named: "Avon Coroner") == nil)
    #expect(a.entity(named: "Tom Hart") != nil)
    #expect(a.entity(named: "Tom Hart's Foundation") == nil)
}

@Test func aRailOrTrainOperatorIsAnOrganisation() {
    // "Rail" and "Trains" end the names of railway companies as "Railways" and "Airways" end others. Near miss: a
    // person's name that only begins like one.
    let f = Fixture(
        "Headline\n\nNetwork Rail said the line would reopen. Virgin Trains said services would be cut. Jane Railton said she was angry.\n"
    )
    let a = analyzeFixture(f)
    #expect(a.entity(named: "Network Rail")?.kind == .organization)
    #expect(a.entity(named: "Virgin Trains")?.kind == .organization)
    #expect(a.entity(named: "Jane Railton")?.kind == .person)
}

@Test func aNameInThePossessiveThatSpeaksIsABusiness() {
    // A shop named in the possessive is the subject of its verb; a person's possessive owns a noun, a noun of speech
    // too. Near misses: "Clark's aide said", "Clark's calls".
    let shop = analyzeFixture(Fixture("Headline\n\nSainsbury's said trade was strong.\n"))
    #expect(shop.entity(named: "Sainsbury")?.kind == .organization)
    let person = analyzeFixture(
        Fixture(
            "Headline\n\nThe chairman praised Clark's aide. Clark's aide said trade was strong. Clark's calls were ignored.\n"
        ))
    #expect(person.entity(named: "Clark") != nil)
    #expect(person.entity(named: "Clark")?.kind != .organization)
}

@Test func aSituationOrATieOpeningASentenceIsNoPartOfTheName() {
    // "Resident", "Campaigner", "Friend" before a given name and a surname say who the person is, as "Actress" does.
    // Near miss: such a word before a name that opens with no given name is the name's own ("Patient Safety Trust").
    let f = Fixture(
        "Headline\n\nResident Jim Cole said he had complained.\n\nFriend Tom Reed told the BBC he missed him.\n\nPatient Safety Trust said it would act.\n"
    )
    let names = analyzeFixture(f).entities.map(\.canonicalName)
    #expect(names.contains("Jim Cole"))
    #expect(names.contains("Tom Reed"))
    #expect(names.contains("Patient Safety Trust"))
}
