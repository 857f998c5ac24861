import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/EntityFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// EntityFinder.swift — a name set off by commas after "the"/"a" and a noun of a kind of organisation ("The firm,
/// Paion, said", "a charity, Shelter, warned") is an organisation's.
@Test func entityFinderNamesSetOffByCommasAfterAnOrganisationNoun() {
    exampleEntity("The firm, Paion, said sales fell.", "Paion", .organization)
    exampleEntity("Last week a charity, Shelter, warned that rents would rise.", "Shelter", .organization)
}

/// EntityFinder.swift — an appositive headed by a noun of organisations makes the name before it an organisation
/// ("Crowdpac, a political website", "Wealth-X, a private company that…").
@Test func entityFinderAppositivesHeadedByAnOrganisationNoun() {
    exampleEntity("Donations rose, according to Crowdpac, a political website.", "Crowdpac", .organization)
    exampleEntity(
        "Donations rose, according to Crowdpac, a political crowdfunding website, on Monday.", "Crowdpac", .organization
    )
    exampleEntity(
        "The number fell, according to Wealth-X, a private company that tracks the rich.", "Wealth-X", .organization)
}

/// EntityFinder.swift — not "Ann Ford, a senior analyst at the firm" (head "analyst"), "Ann Ford, the company's
/// founder" (a possessive is no head), nor "Vance, whose company sells pumps," / "Conte, whose company makes…" (no
/// article): these name people.
@Test func entityFinderAppositivesThatMakeNoOrganisation() {
    exampleEntity("Ann Ford, a senior analyst at the firm, said sales fell.", "Ann Ford", .person)
    exampleEntity("Ann Ford, the company's founder, said sales fell.", "Ann Ford", .person)
    exampleEntity("Sales fell, said Vance, whose company sells pumps, on Monday.", "Vance", .person)
    exampleEntity("Sales fell, said Conte, whose company makes boats.", "Conte", .person)
    exampleEntity("The pumps came from Vance, whose company sells pumps, last year.", "Vance", .unknown)
}

/// EntityFinder.swift — a workplace after a trade and "at" is an organisation ("an analyst at Jefferies", "a senior
/// analyst at Jefferies", "a fellow at Brookings").
@Test func entityFinderWorkplacesAfterATradeAndAt() {
    exampleEntity("Sales fell, said an analyst at Jefferies.", "Jefferies", .organization)
    exampleEntity("Sales fell, said a senior analyst at Jefferies.", "Jefferies", .organization)
    exampleEntity("Sales fell, said a fellow at Brookings.", "Brookings", .organization)
}

/// EntityFinder.swift — a person's trade or office in lower case before a name says who it is ("actor Tom Hanks",
/// "striker Julio Baptista", "spokesman John Smith", "billionaire Warren Buffett"; "music producer Phil Spector" is
/// no organisation).
@Test func entityFinderTradesInLowerCaseBeforeANameMakeAPerson() {
    exampleEntity("The film stars actor Tom Hanks.", "Tom Hanks", .person)
    exampleEntity("The goal came from striker Julio Baptista.", "Julio Baptista", .person)
    exampleEntity("The plan was confirmed by spokesman John Smith.", "John Smith", .person)
    exampleEntity("The deal was backed by billionaire Warren Buffett.", "Warren Buffett", .person)
    exampleEntity("The album was made by music producer Phil Spector.", "Phil Spector", .person)
}

/// EntityFinder.swift — "giant" is no organisation descriptor: "retailing giant Amancio Ortega" makes no
/// organisation of the name.
@Test func entityFinderGiantDescribesNoOrganisation() {
    exampleEntity("The shares were bought by retailing giant Amancio Ortega.", "Amancio Ortega", .unknown)
}

/// EntityFinder.swift — an inner quote's first word ("he said, 'We can…'") counts only as a sentence start's; a
/// number's abbreviation ("the No. 2 spot") is none; "The Brazilian added" names nobody.
@Test func entityFinderSentenceAndQuoteStartsAndNumberAbbreviations() {
    exampleEntity("Ann Ford smiled, and he said, 'We can win.'", "We", nil)
    exampleEntity("The team climbed to the No. 2 spot.", "No", nil)
    exampleEntity("Ana Souza scored twice. The Brazilian added that the team was tired.", "Brazilian", nil)
}

/// EntityFinder.swift — a word hyphenated to a modifier ("Ten-year-old Dakota Fanning", "the Paris-based Euronext")
/// and a capitalised role so hyphenated ("Co-anchor Norah O'Donnell", "Front-runner Hillary Clinton", "Man-of-the-
/// match Stephen Jones") are no part of the name after them.
@Test func entityFinderHyphenatedModifiersAndRolesAreNoPartOfTheName() {
    exampleEntity("The film stars Ten-year-old Dakota Fanning.", "Dakota Fanning", .unknown)
    exampleEntity("The film stars Ten-year-old Dakota Fanning.", "Ten-year-old Dakota Fanning", nil)
    exampleEntity("Trading began on the Paris-based Euronext.", "Euronext", .organization)
    exampleEntity("The show was hosted by Co-anchor Norah O'Donnell.", "Norah O'Donnell", .unknown)
    exampleEntity("The race was led by Front-runner Hillary Clinton.", "Hillary Clinton", .person)
    exampleEntity("The award went to Man-of-the-match Stephen Jones.", "Stephen Jones", .person)
}

/// EntityFinder.swift — a sentence set wholly in capitals ("DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK") yields none.
@Test func entityFinderShoutedSentencesYieldNoNames() {
    exampleEntity("DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK", "Turkey", nil)
    exampleEntity("DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK", "TURKEY", nil)
}

/// EntityFinder.swift — "for" carries a name on after an organisation's word or one other word ("Club for Growth",
/// "Americans for Prosperity"); not after a title ("MP for Richmond") nor before a day ("HuffPollster for
/// Wednesday").
@Test func entityFinderForCarriesAnOrganisationsName() {
    exampleEntity("The ad was paid for by the Club for Growth.", "Club for Growth", .organization)
    exampleEntity("The ad was paid for by Americans for Prosperity.", "Americans for Prosperity", .unknown)
    exampleEntity("Ann Ford, the MP for Richmond, voted no.", "MP for Richmond", nil)
    exampleEntity("The poll came from HuffPollster for Wednesday.", "HuffPollster for Wednesday", nil)
    exampleEntity("The poll came from HuffPollster for Wednesday.", "HuffPollster", .organization)
}

/// EntityFinder.swift — "and" carries an institution's complement on ("Centers for Disease Control and
/// Prevention"); "the Bureau of Labor Statistics and Moody's" and "the National Association of Black Journalists
/// and National Association of Hispanic Journalists" stay two names.
@Test func entityFinderAndCarriesAnInstitutionsComplementOnly() {
    exampleEntity(
        "The report came from the Centers for Disease Control and Prevention.",
        "Centers for Disease Control and Prevention", .organization)
    exampleEntity(
        "Data from the Bureau of Labor Statistics and Moody's showed growth.", "Bureau of Labor Statistics",
        .organization)
    exampleEntity("Data from the Bureau of Labor Statistics and Moody's showed growth.", "Moody", .unknown)
    exampleEntity(
        "A letter came from the National Association of Black Journalists and National Association of Hispanic Journalists.",
        "National Association of Black Journalists", .organization)
    exampleEntity(
        "A letter came from the National Association of Black Journalists and National Association of Hispanic Journalists.",
        "National Association of Hispanic Journalists", .organization)
}

/// EntityFinder.swift — a party's member, a nationality or a trade before a given name and a surname ("Actress
/// Julia Roberts" opening a sentence, "Tory Michael Howard") is the person's affiliation; "Tory leader Michael
/// Howard": the adjective names nobody.
@Test func entityFinderAffiliationsBeforeAGivenNameAreNoPartOfIt() {
    exampleEntity("Actress Julia Roberts arrived late.", "Julia Roberts", .person)
    exampleEntity("The vote was called by Tory Michael Howard.", "Michael Howard", .person)
    exampleEntity("The vote was called by Tory leader Michael Howard.", "Michael Howard", .person)
    exampleEntity("The vote was called by Tory leader Michael Howard.", "Tory", nil)
}

/// EntityFinder.swift — a sentence adverb or a title's plural opening the sentence is no part of the name after it
/// ("Unfortunately England have…", "Advisors Goldman Sachs are…"); plurals that open names of teams and places stay
/// ("Queens Park Rangers", "Lords Cricket Ground").
@Test func entityFinderPluralTitlesAndSentenceAdverbs() {
    exampleEntity("Unfortunately England have lost again.", "England", .place)
    exampleEntity("Unfortunately England have lost again.", "Unfortunately England", nil)
    exampleEntity("Advisors Goldman Sachs are paid well.", "Goldman Sachs", .unknown)
    exampleEntity("The fans of Queens Park Rangers cheered.", "Queens Park Rangers", .unknown)
    exampleEntity("The match was played at Lords Cricket Ground.", "Lords Cricket Ground", .unknown)
}

/// EntityFinder.swift — a day of the week dates what a name did and ends it ("in Miami Wednesday").
@Test func entityFinderDaysOfTheWeekEndAName() {
    exampleEntity("Ann Ford told reporters in Miami Wednesday that sales fell.", "Miami", .place)
    exampleEntity("Ann Ford told reporters in Miami Wednesday that sales fell.", "Miami Wednesday", nil)
}

/// EntityFinder.swift — "Association of Chief Police Officers" joins over "of" into one name.
@Test func entityFinderOfJoinsAnOrganisationsName() {
    exampleEntity(
        "The rules were set by the Association of Chief Police Officers.", "Association of Chief Police Officers",
        .organization)
}

/// EntityFinder.swift — a nationality or a party's adjective before a noun describes it and names nobody, a title
/// before it neither ("Former Conservative leader").
@Test func entityFinderNationalitiesAndPartiesBeforeANounNameNobody() {
    exampleEntity("Former Conservative leader Ian Dunn said sales fell.", "Conservative", nil)
    exampleEntity("Former Conservative leader Ian Dunn said sales fell.", "Ian Dunn", .person)
}

/// EntityFinder.swift — a place the gazetteer knows is a name anywhere ("Nigeria is hoping…"), a possessive last
/// word is read without its "'s" ("New York City's"), and a title before a known place makes no person of it
/// ("Former England skipper…").
@Test func entityFinderKnownPlacesAndPossessives() {
    exampleEntity("Nigeria is hoping for rain.", "Nigeria", .place)
    exampleEntity("New York City's mayor spoke.", "New York City", .place)
    exampleEntity("Former England skipper Tom Reed said the side was tired.", "England", .place)
}

/// EntityFinder.swift — "Director of National Intelligence James Clapper": the office after "of" belongs to the
/// title, and the name is its last two words.
@Test func entityFinderAnOfficeAfterOfBelongsToTheTitle() {
    exampleEntity("The report was sent to Director of National Intelligence James Clapper.", "James Clapper", .person)
}

/// EntityFinder.swift — a full name opening with a given name is a person's whatever describes it ("Elizabeth
/// Holmes, the company founder"); "a Martin Luther King Jr. celebration" still names him.
@Test func entityFinderFullNamesWithAGivenNameArePeople() {
    exampleEntity("Elizabeth Holmes, the company founder, said sales fell.", "Elizabeth Holmes", .person)
    exampleEntity("Ann Ford spoke at a Martin Luther King Jr. celebration.", "Martin Luther King", .person)
}

/// EntityFinder.swift — a name whose last word names a thing is no person's though a given name opens it ("The
/// Rachel Maddow Show", "Jeanne Clery Act", "Ronald Reagan Airport"); an office's adjective makes no person ("the
/// former Soviet Union").
@Test func entityFinderThingsNamedAfterPeopleAreNoPeople() {
    exampleEntity("Ann Ford was a guest on The Rachel Maddow Show.", "The Rachel Maddow Show", .unknown)
    exampleEntity("The campus broke the Jeanne Clery Act.", "Jeanne Clery Act", .unknown)
    exampleEntity("Flights left Ronald Reagan Airport late.", "Ronald Reagan Airport", .place)
    exampleEntity("Trade with the former Soviet Union fell.", "Soviet Union", .organization)
}

/// EntityFinder.swift — a bare noun of a kind of organisation before a name describes it as one ("Israeli newspaper
/// Haaretz"); "Paris-based" describes one word after it, while a person is given a trade between ("London-based
/// designer Ann Ford") or named whole ("Texas-based Matt Mackowiak said").
@Test func entityFinderBareOrganisationDescriptors() {
    exampleEntity("The story ran in Israeli newspaper Haaretz.", "Haaretz", .organization)
    exampleEntity("The dress was made by London-based designer Ann Ford.", "Ann Ford", .person)
    exampleEntity("Texas-based Matt Mackowiak said the plan failed.", "Matt Mackowiak", .person)
}

/// EntityFinder.swift — post-nominal letters follow a name as a role ("John Smith MP").
@Test func entityFinderPostNominalsAreRoles() {
    exampleEntity("The bill was tabled by John Smith MP.", "John Smith", .person)
}

/// EntityFinder.swift — title words in lower case that modify a noun are no sign of a person before a name ("the
/// general Assembly") nor a person's description ("the executive order").
@Test func entityFinderLowerCaseTitlesThatModifyANoun() {
    exampleEntity("The president signed the executive order on Monday.", "executive order", nil)
    exampleEntity("The vote went to the general Assembly.", "Assembly", .organization)
}

/// EntityFinder.swift — last words of regulators' names: "Food Standards Agency" is an organisation.
@Test func entityFinderRegulatorsNames() {
    exampleEntity("The rules were set by the Food Standards Agency.", "Food Standards Agency", .organization)
}

/// EntityFinder.swift — a capitalised speech verb ends a Title Case name ("Howard Dean Tells Convention").
@Test func entityFinderSpeechVerbsEndATitleCaseName() {
    exampleEntity("A sign read Howard Dean Tells Convention to vote.", "Howard Dean", .person)
}

/// EntityFinder.swift — a nationality before a given name and a surname is the person's affiliation, no part of the
/// name ("American Andy Roddick").
@Test func entityFinderANationalityBeforeAName() {
    exampleEntity("American Andy Roddick won the title.", "Andy Roddick", .person)
    exampleEntity("American Andy Roddick won the title.", "American Andy Roddick", nil)
}

/// EntityFinder.swift — a kind of organisation with a determiner before it may open a relative clause ("the firm
/// Smith founded"): the name after it is not described as an organisation; a bare one describes it ("law firm
/// Smith").
@Test func entityFinderADeterminedDescriptorDescribesNoName() {
    exampleEntity("He works for the firm Smith founded in 1990.", "Smith", .unknown)
    exampleEntity("He works for law firm Smith in Leeds.", "Smith", .organization)
}

/// EntityFinder.swift — a quote mark does not end an appositive's head ("a studio ''fixer''" heads with "fixer"),
/// so the name before it is no organisation, as "a studio" alone makes it.
@Test func entityFinderAQuotedHeadInAnAppositive() {
    exampleEntity("Reed hired Marlowe, a studio ''fixer'', to close the deal.", "Marlowe", .unknown)
    exampleEntity("Reed hired Marlowe, a studio, to close the deal.", "Marlowe", .organization)
}

/// EntityFinder.swift — a name after "known as" or "identified (only) as" is introduced, as a role introduces it
/// ("the base chief known as Bob", "a woman identified only as Maria", "gave her name only as Maria"); "a man
/// named Bob" is not.
@Test func entityFinderNamesAPersonGoesBy() {
    for (text, name, introduced) in [
        ("The base chief known as Bob spoke.", "Bob", true),
        ("A woman identified only as Maria spoke.", "Maria", true),
        ("A caller identified as Maria spoke.", "Maria", true),
        ("A voter who gave her name only as Maria spoke.", "Maria", true),
        ("A man named Bob spoke.", "Bob", false),
    ] {
        let a = analyzeFixture(Fixture("Headline\n\n" + text))
        #expect(a.entity(named: name)?.hasRole == introduced, "«\(text)»")
    }
}

/// EntityFinder.swift — a two-word sentence in capitals is a label ("FULL TEXT.", "CORRECTION APPENDED.") unless
/// the lexicon knows one of its words as a place or an organisation ("FRANCE VOTES.").
@Test func entityFinderTwoWordLabelsInCapitals() {
    exampleEntity("FULL TEXT.\n\nThe plan failed.", "FULL TEXT", nil)
    exampleEntity("CORRECTION APPENDED.\n\nThe plan failed.", "CORRECTION APPENDED", nil)
    exampleEntity("FRANCE VOTES.\n\nThe plan failed.", "FRANCE VOTES", .unknown)
}

/// EntityFinder.swift — a nationality's plural alone names a group of people, no one ("Americans say", "polls of
/// Mexicans"); its singular may be one person described ("an American", "the Brazilian").
@Test func entityFinderNationalityPluralsNameNoOne() {
    exampleEntity("Americans say the plan failed.", "Americans", nil)
    exampleEntity("The plan failed in polls of Mexicans, Ms Ray said.", "Mexicans", nil)
    exampleEntity("Mr Ray, an American, said the plan failed.", "American", .unknown)
}

/// EntityFinder.swift — an honorific alone names no one: "Mr. and Mrs. Trump", "Mr and Mrs Khan" (the name follows
/// the other honorific).
@Test func entityFinderAnHonorificAloneNamesNoOne() {
    exampleEntity("Mr. and Mrs. Trump were not invited.", "Mr", nil)
    exampleEntity("Mr. and Mrs. Trump were not invited.", "Trump", .person)
    exampleEntity("Mr and Mrs Khan spoke later.", "Mr", nil)
}
