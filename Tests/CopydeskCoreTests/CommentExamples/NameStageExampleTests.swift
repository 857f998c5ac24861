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
