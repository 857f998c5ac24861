import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AdverbCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AdverbCue.swift — "reportedly" credits the clause to unnamed reports, as "are reported to have…" would: a
/// relation with no source that sources no claim; "allegedly" (a charge) is no cue.
@Test func adverbCueExamplesOfHearsayAdverbs() {
    checkRelation("3️⃣The hackers have3️⃣ 1️⃣reportedly1️⃣ 3️⃣infiltrated 100 accounts3️⃣.", .other)
    exampleSourced("The hackers have reportedly infiltrated 100 accounts.", [false])
    exampleVague("The hackers have 1️⃣reportedly1️⃣ infiltrated 100 accounts.")
    checkRelation("3️⃣The hackers3️⃣ 1️⃣are reported1️⃣ 3️⃣to have infiltrated 100 accounts3️⃣.", .other, cueAtLeast: true)
    exampleSourced("The hackers are reported to have infiltrated 100 accounts.", [false])
    checkNoRelation("Police arrested a man who allegedly assaulted a reporter.", learned: false)
}
