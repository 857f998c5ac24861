import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ArticleAnalyzer.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ArticleAnalyzer.swift — a word after a straight single quote opening an inner quote ("he said, 'The lesson
/// is…'") or after a stop with no space ("tallied at the caucus.The outcome") starts a sentence: its capital names
/// nothing.
@Test func articleAnalyzerQuoteAndRunOnSentenceStarts() {
    exampleEntity("Tom Reed smiled, and he said, 'The lesson is clear.'", "The", nil)
    exampleEntity("Votes were tallied at the caucus.The outcome was close.", "The", nil)
    exampleEntity("Votes were tallied at the caucus.The outcome was close.", "The outcome", nil)
}

/// ArticleAnalyzer.swift — a word after a measure's compound is a noun ("a 30-day notice"), not an age, which names
/// a person who speaks ("The 41-year-old said").
@Test func articleAnalyzerAMeasuresCompoundIsANoun() {
    checkNoRelation("The firm gave staff a 30-day notice.", learned: false)
    checkRelation("3️⃣The plan failed3️⃣, 2️⃣The 41-year-old2️⃣ 1️⃣said1️⃣.", .indirect)
}
