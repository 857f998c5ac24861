import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/AttributionWords.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// AttributionWords.swift — headlineAdverbs: a known "-ly" adverb belongs to a title-case headline's verb group
/// ("Donald Trump Finally Endorses…"), so the name before it is the source.
@Test func attributionWordsMoreHeadlineAdverbs() {
    checkRelation("2️⃣Donald Trump2️⃣ 1️⃣Finally Endorses1️⃣ 3️⃣Ted Cruz3️⃣", .other, headline: true)
}

/// AttributionWords.swift — headlineKickers: a kicker before a headline's colon names no speaker ("Latest on the
/// inquiry: …").
@Test func attributionWordsMoreHeadlineKickers() {
    checkNoRelation("Latest on the inquiry: Cole quits", learned: false, headline: true)
}

/// AttributionWords.swift — with the learned tagger: a verb taking in a reaction names who it comes from as the
/// source ("drew sharp criticism from"), a verb of feeling its object ("has angered some Democrats"), and a stance
/// adjective is a cue word of the tagger's lexicon ("was skeptical of").
@Test func attributionWordsMoreLearnedReactionsAndFeelings() {
    checkRelation("The plan 1️⃣drew sharp criticism1️⃣ from 2️⃣fellow candidates2️⃣.", .other, learned: true)
    checkRelation("Her stance 1️⃣has angered1️⃣ 2️⃣some Democrats2️⃣.", .other, learned: true)
    checkRelation("2️⃣Cole2️⃣ 1️⃣was skeptical of1️⃣ 3️⃣the plan3️⃣.", .other, learned: true)
}
