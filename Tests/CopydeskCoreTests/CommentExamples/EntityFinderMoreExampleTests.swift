import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/EntityFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// EntityFinder.swift — a noun of one kind of business or body after "the" stands for the organisation named last
/// ("the airline said", "the agency declined": `describedOrganisation`), not a public body such as "Police" for a
/// business noun; "the agency" takes a body named as one before a business named nearer.
@Test func entityFinderMoreOrganisationNounsStandForTheBodyNamedLast() {
    exampleResolves("Skyvale Airways cut 300 jobs. The airline 1️⃣said1️⃣ costs rose.", "Skyvale Airways")
    exampleResolves("Skyvale Airways cut 300 jobs, Police said. The airline 1️⃣said1️⃣ costs rose.", "Skyvale Airways")
    exampleResolves(
        "The Food Standards Agency fined Acme Foods Ltd on Monday. The agency 1️⃣declined1️⃣ to comment.",
        "Food Standards Agency")
    exampleResolves(
        "The Environmental Protection Authority fined Acme Foods Ltd on Monday. The agency 1️⃣declined1️⃣ to comment.",
        "Environmental Protection Authority")
}

/// EntityFinder.swift — "Linda Park, the mayor, said", "David West, 52, said": an office, a trade or an age set off
/// after a given name and a place's word says a person ("Victoria Park, the city's largest park" names none).
@Test func entityFinderAnAppositiveRoleOrAgeMakesAGivenNameAndPlaceWordAPerson() {
    exampleEntity("Linda Park, the mayor, said the budget was fair.", "Linda Park", .person)
    exampleEntity("David West, 52, said the plan was fair.", "David West", .person)
    exampleEntity("Victoria Park, the city's largest park, reopened.", "Victoria Park", .place)
}

/// EntityFinder.swift — particles such as "of", "de", two in a row: "von der Leyen" ("Ursula von der Leyen", "Carlos
/// de la Vega" are one name each).
@Test func entityFinderTwoParticlesInARowJoinAName() {
    exampleEntity("Ursula von der Leyen spoke on Monday.", "Ursula von der Leyen", .person)
    exampleEntity("Carlos de la Vega said no.", "Carlos de la Vega", .person)
    exampleEntity("Vincent van Gogh painted it.", "Vincent van Gogh", .person)
}

/// EntityFinder.swift — honorifics ("Sir Alan" a given name's: the person named in full with it); "Sir Alan",
/// "Dame Judi": a knight or a dame called by a given name alone.
@Test func entityFinderSirAndAGivenNameIsThePersonNamedInFull() {
    let a = analyzeFixture(Fixture("H\n\nSir Alan Sugar spoke. Sir Alan said it was fun. Mr Alan said no.\n"))
    #expect(a.entity(named: "Alan Sugar")?.mentions.count == 2, "\(a.entities.map(\.canonicalName))")
    #expect(a.entity(named: "Alan") != nil, "Mr Alan is a surname, no knight's given name")
}
