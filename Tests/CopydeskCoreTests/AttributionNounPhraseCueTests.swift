import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/NounPhraseCue.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func accordingToOnEitherSide() {
    checkRelation("3️⃣Prices rose 5 percent3️⃣, 1️⃣according to1️⃣ 2️⃣census data2️⃣.", .indirect)
    checkRelation("1️⃣According to1️⃣ 2️⃣Mr. Trump2️⃣, 3️⃣it was a great meeting3️⃣.", .indirect)
    checkRelation("1️⃣In the words of1️⃣ 2️⃣Clark2️⃣, 3️⃣“it is over.”3️⃣", .direct)
    checkRelation(
        "3️⃣The deficit will fall3️⃣, 1️⃣according to1️⃣ 2️⃣a report by the Congressional Budget Office2️⃣.", .indirect)
}

@Test func perAfterACommaOrOpeningTheSentenceIsAccordingTo() {
    checkRelation("3️⃣The last offer included 30% raises3️⃣, 1️⃣per1️⃣ 2️⃣the union2️⃣.", .indirect)
    checkRelation("1️⃣Per1️⃣ 2️⃣the filing2️⃣, 3️⃣the company lost $5 billion in the quarter3️⃣.", .indirect)
    checkRelation("3️⃣The deal was worth $40m3️⃣, 1️⃣per1️⃣ 2️⃣ESPN2️⃣.", .indirect)
    // Near misses: a rate, or "per" before a bare noun.
    checkNoRelation("Profits rose 30 per cent, or $5 per share.", learned: false)
    checkNoRelation("The tax is $300, per person.", learned: false)
}

@Test func statementNounCueWithoutAVerb() {
    checkRelation("1️⃣In an interview with1️⃣ Fox News, 2️⃣Clark2️⃣ 3️⃣was blunt about the plan3️⃣.", .other)
}

// `AdverbCue.swift`
@Test func aHearsayAdverbCreditsItsClauseToNoNamedSource() {
    checkRelation("3️⃣The hackers have3️⃣ 1️⃣reportedly1️⃣ 3️⃣broken into 100 accounts3️⃣.", .other)
    // It sources no claim (`hearsayLeavesAClaimUnsourced`).
    // Near miss: "allegedly" marks a charge, not a report.
    checkNoRelation("The man allegedly assaulted a reporter.", learned: false)
}

@Test func aHearsayAdverbsClauseStartsAfterItsComma() {
    checkRelation("In total, 3️⃣the hackers have3️⃣ 1️⃣reportedly1️⃣ 3️⃣broken into 100 accounts3️⃣.", .other)
    // Near miss: the writer's doubt is no report.
    checkNoRelation("It was the supposedly imminent ban on guns.", learned: false)
}
