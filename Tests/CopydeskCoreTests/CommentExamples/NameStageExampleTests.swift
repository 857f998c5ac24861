import Testing

// Fixtures for the examples quoted in the comments of `Analysis/NameStage.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// NameStage.swift — a place the gazetteer knows is the surname of a person only: "Scotland" is not that of
/// "Alcohol Focus Scotland".
@Test func nameStageAKnownPlaceIsNoOrganisationsSurname() {
    exampleEntity("The report came from Alcohol Focus Scotland. Drinking in Scotland fell.", "Scotland", .place)
    exampleEntity(
        "The report came from Alcohol Focus Scotland. Drinking in Scotland fell.", "Alcohol Focus Scotland", .unknown)
}

/// NameStage.swift — "Linda Park", "David West": a given name before a place's word is a place's name until a person
/// is named by its surname — "Ms Park said" — who is then the person named in full ("Victoria Park" stays a place).
@Test func nameStageAGivenNameBeforeAPlacesWordIsAPersonOnceNamedBySurname() {
    exampleEntity("Linda Park spoke first. Ms Park said the budget was fair.", "Linda Park", .person)
    exampleEntity("David West arrived. Mr West said the plan was fair.", "David West", .person)
    exampleEntity("Crowds met in Victoria Park. Mr Hale said it was calm.", "Victoria Park", .place)
    exampleEntity("Linda Park spoke first.", "Linda Park", .place)
}

/// NameStage.swift — an honorific joining a place's name makes a person of it: "Mr Bridge" of "Tom Bridge", though
/// "Bridge" after "Mr" alone may be a thing's ("Mr Universe").
@Test func nameStageAnHonorificBeforeAThingsWordJoinsAGivenNameBeforeIt() {
    exampleEntity("Tom Bridge has defended the budget. Mr Bridge told the BBC it was fair.", "Tom Bridge", .person)
    exampleEntity("Tom Bridge spoke. He won Mr Universe in 1968.", "Universe", .unknown)
    exampleEntity("Tom Bridge spoke. He won Mr Universe in 1968.", "Tom Bridge", .place)
}
