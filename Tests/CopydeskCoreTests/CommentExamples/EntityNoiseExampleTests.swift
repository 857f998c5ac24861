import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/EntityFinder.swift` on words that name nothing or
// are cut wrongly: a state after a town, a party's tag, a credit line, an office after a title in lower case, a given
// name that is a function word (the checks: `CommentExampleSupport.swift`; the coverage check:
// `CommentExampleCoverageTests.swift`).

/// EntityFinder.swift — a name before a comma and a US state is a town, a place; the state's abbreviation is part of
/// its address, no entity ("Tampa, Fla.", "Concord, N.H."); a state written out stays one.
@Test func entityFinderATownBeforeAStateIsAPlace() {
    exampleEntity("She met voters in Tampa, Fla., on Monday.", "Tampa", .place)
    exampleEntity("She met voters in Tampa, Fla., on Monday.", "Fla", nil)
    exampleEntity("ORLANDO, Fla. (Reuters) - Barack Obama met voters.", "ORLANDO", .place)
    exampleEntity("A crowd in Concord, N.H., cheered.", "Concord", .place)
    exampleEntity("A crowd in Concord, N.H., cheered.", "N.H.", nil)
    exampleEntity("The rally in San Bernardino, California, was calm.", "San Bernardino", .place)
    exampleEntity("The rally in San Bernardino, California, was calm.", "California", .place)
    // Near miss: a person's name keeps its kind ("Will Smith" opens with no given name of the lists, "Ann Reeve" does).
    exampleEntity("Ann Reeve, Texas, won.", "Ann Reeve", .person)
}

/// EntityFinder.swift — a party's initial hyphenated to a state is a member's affiliation, no name.
@Test func entityFinderAPartysTagNamesNothing() {
    exampleEntity("Sen. Ted Cruz, R-Texas, said so.", "R-Texas", nil)
    exampleEntity("Sen. Rand Paul, R-Ky., agreed.", "R-Ky", nil)
    exampleEntity("Rep. Ann Lake (D-Calif.) agreed.", "D-Calif", nil)
    exampleEntity("Sen. Kelly Ayotte, R-N.H., refunded it.", "R-N.H.", nil)
    // Near miss: a hyphenated name that is no state ("Coca-Cola").
    exampleEntity("Sen. Ted Cruz, R-Texas, said so. Coca-Cola agreed.", "Coca-Cola", .organization)
}

/// EntityFinder.swift — a credit line's word names nothing, and opening a sentence it is no part of the name after it.
@Test func entityFinderACreditLinesWordNamesNothing() {
    let credits = "(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Mary Major)"
    exampleEntity(credits, "Editing", nil)
    exampleEntity(credits, "Additional", nil)
    exampleEntity(credits, "Mary Major", .person)
    exampleEntity("Vexlo paid. Contributing: Herb Jackson, Moon Daily.", "Contributing", nil)
    exampleEntity("Vexlo paid.\n\nFollow Pam Key on Twitter @pamkeyNEN.", "Pam Key", .unknown)
    exampleEntity("Vexlo paid.\n\nFollow Pam Key on Twitter @pamkeyNEN.", "Follow Pam Key", nil)
}

/// EntityFinder.swift — a department after a title in lower case and "of" is the office's: alone it names nobody,
/// before a name opening with a given name the name is the person's, with a role.
@Test func entityFinderAnOfficeAfterALowerCaseTitleIsNoName() {
    exampleEntity("He praised the former secretary of State Hillary Clinton on Monday.", "Hillary Clinton", .person)
    exampleEntity("He praised the former secretary of State Hillary Clinton on Monday.", "State Hillary Clinton", nil)
    exampleEntity("It was signed by then-Secretary of State Hillary Clinton in 2011.", "Hillary Clinton", .person)
    exampleEntity("It was signed by then-Secretary of the Treasury Jack Lew in 2014.", "Jack Lew", .person)
    exampleEntity("She served as secretary of State. Then she ran.", "State", nil)
    exampleEntity("Clinton, the secretary of the Treasury, spoke.", "Treasury", nil)
    // Near miss: a body's name after "of" stays ("the president of State Farm").
    exampleEntity("Ann Lee, the president of State Farm, spoke.", "State Farm", .unknown)
}

/// EntityFinder.swift — a given name that is a function word ("Will") opens a name at a sentence's start, but in a
/// question it is the modal.
@Test func entityFinderAGivenNameThatIsAFunctionWordOpensAName() {
    exampleEntity("Will Smith said the film was good.", "Will Smith", .person)
    exampleEntity("Will Smith said the film was good.", "Smith", nil)
    exampleEntity("Rep. Will Hurd of Texas said so.", "Will Hurd", .person)
    exampleEntity("Will Obama sign it? Obama said no.", "Will Obama", nil)
    exampleEntity("Will Obama sign it? Obama said no.", "Obama", .person)
}

/// SpeakerAfter.swift — a source phrase runs over a state's dotted abbreviation after a town's comma, as over "Fla.".
@Test func speakerAfterASourcePhraseRunsOverADottedState() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣a broker based in Concord, N.H., who lost his job2️⃣.", .direct)
}

/// EntityFinder.swift — a programme's or a speech's title in Title Case over a lower-case "the" names nobody: before
/// or ending in a noun of one, or after a broadcaster's possessive.
@Test func entityFinderAProgrammesTitleOverTheNamesNobody() {
    let speech = "Obama gave the State of the Union address. He used his State of the Union Address well."
    exampleEntity(speech, "State", nil)
    exampleEntity(speech, "Union", nil)
    exampleEntity(speech, "Union Address", nil)
    let shows =
        "Cruz told CBS' Face the Nation that he won. Carson said on NBC's “Meet the Press” that he lost. "
        + "During his Meet the Press interview, Pence spoke."
    exampleEntity(shows, "Face", nil)
    exampleEntity(shows, "Nation", nil)
    exampleEntity(shows, "Meet", nil)
    exampleEntity(shows, "Press", nil)
    exampleEntity(shows, "CBS", .organization)
    // Near misses: a word that names on its own before "the" ("told CNN the Senate vote was close"), and a title
    // that heads an office ("Director of the Program").
    exampleEntity("Trump told CNN the Senate vote was close.", "Senate", .organization)
    exampleEntity("Ann Lee is Director of the Program on Energy.", "Program", .unknown)
}

/// EntityFinder.swift — a nationality's or a party's adjective before a plural of people that the function words
/// hold describes it ("the American people", "Some Republican experts"), as before any other noun.
@Test func entityFinderAnAdjectiveBeforeAPluralOfPeopleNamesNoOne() {
    exampleEntity("It is of interest to the American people.", "American", nil)
    exampleEntity("Some Republican experts have urged it.", "Republican", nil)
    exampleEntity("Democratic voters are more likely to say so.", "Democratic", nil)
    // Near miss: before a function word that is no noun the adjective is read as before ("voted Democratic in").
    exampleEntity("Ohio voted Democratic in 2008. Democratic voters stayed home.", "Democratic", .unknown)
    // The vague attribution reads the whole group ("Some Republican experts have urged"), as "Some Tory MPs said".
    exampleVague("1️⃣Some Republican experts have urged1️⃣ party leaders to act.")
}
