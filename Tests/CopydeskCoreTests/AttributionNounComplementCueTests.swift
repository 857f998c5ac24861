import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/NounComplementCue.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func aNounOfAssertionCreditsItsThatClauseToItsOwner() {
    checkRelation("The minister repeated 2️⃣his2️⃣ 1️⃣warning1️⃣ 3️⃣that prices would rise again in May3️⃣.", .other)
    checkRelation("Critics dismissed 2️⃣the senator's2️⃣ 1️⃣assertion1️⃣ 3️⃣that the plan would create 300 jobs3️⃣.", .other)
    // A modifier between the owner and the noun; a bare apostrophe; the honorific of the owner's name.
    checkRelation(
        "It echoed 2️⃣the union's2️⃣ earlier 1️⃣claim1️⃣ 3️⃣that the mayor wanted to raise taxes3️⃣.", .other)
    checkRelation(
        "In response to 2️⃣Sanders2️⃣' 1️⃣charge1️⃣ 3️⃣that she was weak on climate change3️⃣, she said she had acted.",
        .other)
}

@Test func aNounClausesContentEndsAtTheFirstComma() {
    checkRelation(
        "Despite 2️⃣Mr. Trump's2️⃣ 1️⃣claims1️⃣ 3️⃣that his net worth exceeds $10 billion3️⃣, the firms put him far lower.",
        .indirect)
}

@Test func aRelativeClauseOrANounWithNoOwnerIsNoRelation() {
    // "that" before a verb, or a short subject whose verb meets the end or a preposition, opens a relative clause.
    checkNoRelation("His claim that was made in 2015 cost him the race.", learned: false)
    checkNoRelation("Their claim that he made on Monday cost him the race.", learned: false)
    // After a noun, a word in "-s" that reports is the verb of that noun phrase.
    checkRelation("2️⃣The company's lawyer2️⃣ 1️⃣fears1️⃣ 3️⃣that the deal will collapse3️⃣.", .other, cueAtLeast: true)
    // No owner, no source: "amid claims that…" is a vague attribution, not a relation.
    checkNoRelation("The claim that he lied cost him the race.", learned: false)
}
