import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Gender.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// Gender.swift — a title before the name shows a person's gender ("spokeswoman Hope Hicks"); the name is a person,
/// and a later "she" speaks for her.
@Test func genderExamplesOfTitles() {
    exampleEntity("Trump spoke through spokeswoman Hope Hicks.", "Hope Hicks", .person)
    exampleSpeakers("Tom Baker met spokeswoman Hope Hicks on Monday. \"We are done,\" 1️⃣she1️⃣ said.")
}
