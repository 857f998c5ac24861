import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ArticleAnalysis.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ArticleAnalysis.swift — a quote whose sentence names its likely source but has no reporting verb ("Carson called
/// the system “rotten to the core.”") gives the quote a speaker only and never makes a claim sourced.
@Test func articleAnalysisAnImplicitQuoteSourcesNoClaim() {
    exampleQuotes("Carson called the system 1️⃣“rotten to the core.”1️⃣")
    exampleSourced("Carson called the system “rotten to the core.” It cost 5,000 jobs.", [false])
}

/// ArticleAnalysis.swift — the speaker stands right next to a speech cue ("Clark said", "said Clark", "according to
/// Clark").
@Test func articleAnalysisTheSpeakerBesideASpeechCue() {
    checkRelation("3️⃣The plan failed3️⃣, 1️⃣according to1️⃣ 2️⃣Clark2️⃣.", .indirect)
}

/// ArticleAnalysis.swift — a comparison, ranking or record is a claim ("the first since 1966").
@Test func articleAnalysisARecordSinceAYearIsAClaim() {
    exampleClaims("The win was the 1️⃣first1️⃣ since 1966.")
}

/// ArticleAnalysis.swift — a relation's kind: reported speech without quote marks is indirect ("officials said
/// that…"); a belief or an expectation is other ("officials expect that…").
@Test func articleAnalysisRelationKinds() {
    checkRelation("2️⃣Officials2️⃣ 1️⃣said1️⃣ 3️⃣that the plan will pass3️⃣.", .indirect)
    checkRelation("2️⃣Officials2️⃣ 1️⃣expect1️⃣ 3️⃣that the plan will pass3️⃣.", .other)
}
