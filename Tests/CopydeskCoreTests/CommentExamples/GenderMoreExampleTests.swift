import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Gender.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// Gender.swift — a title before the name shows a person's gender ("spokeswoman Hope Hicks"), and pronoun
/// resolution passes over people of the other gender: "he" is not Hope Hicks.
@Test func genderMoreTitleMarksAWoman() {
    exampleResolves("Spokeswoman Hope Hicks met Tom Baker on Monday. “We are done,” he 1️⃣said1️⃣.", "Tom Baker")
}

/// Gender.swift — a title of a man or a woman before the name marks the gender, also in lower case before it
/// ("spokeswoman Hope Hicks"), so "he" passes over her and "she" over a spokesman.
@Test func genderMoreATitleInLowerCaseBeforeTheName() {
    exampleResolves("Donald Trump met spokeswoman Hope Hicks. He 1️⃣said1️⃣ the race was close.", "Donald Trump")
    exampleResolves("Ann Cole met spokesman Jo Hicks. She 1️⃣said1️⃣ the race was close.", "Ann Cole")
    // The nearest person is the one of the other gender, so only the title can turn "he" away from her.
    exampleResolves("The rally drew Tom Baker and spokeswoman Hope Hicks. “We are done,” he 1️⃣said1️⃣.", "Tom Baker")
    exampleResolves("On Monday, spokeswoman Hope Hicks met Tom Baker. “We are done,” he 1️⃣said1️⃣.", "Tom Baker")
    exampleResolves("The rally drew Ann Baker and spokesman Jo Hicks. “We are done,” she 1️⃣said1️⃣.", "Ann Baker")
}
