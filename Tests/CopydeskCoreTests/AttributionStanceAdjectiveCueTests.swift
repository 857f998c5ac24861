import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/StanceAdjectiveCue.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func aStateOfMindWithAThatClauseCreditsItToItsHolder() {
    checkRelation("2️⃣The minister2️⃣ 1️⃣is convinced1️⃣ 3️⃣that the mill will reopen3️⃣.", .other)
    checkRelation("2️⃣Union leaders2️⃣ 1️⃣remain confident1️⃣ 3️⃣that members will back the deal3️⃣.", .other)
    checkRelation("2️⃣Her aides2️⃣ 1️⃣have long been concerned1️⃣ 3️⃣that the fund will run dry3️⃣.", .other)
    checkRelation("2️⃣Many voters2️⃣ 1️⃣are not confident1️⃣ 3️⃣that the plan will work3️⃣.", .other)
}

@Test func aStateOfMindNeedsAHolderAndAVerbBeforeIt() {
    // An empty "it" holds nothing; an adjective without "be" or a linking verb before it is no state of a subject.
    checkNoRelation("It is certain that the mill will reopen.", learned: false)
    checkNoRelation("A confident minister left early. Sure that it would rain, we left.", learned: false)
    // Inside what a speech verb reports, the state is part of its content.
    checkRelation("2️⃣Cole2️⃣ 1️⃣said1️⃣ 3️⃣he was convinced that the mill would reopen3️⃣.", .indirect)
}

@Test func aJudgementWithOfCreditsWhatFollowsToItsHolder() {
    checkRelation("2️⃣The council2️⃣ 1️⃣has been critical of1️⃣ 3️⃣the mayor3️⃣.", .other)
    checkRelation("2️⃣Most members2️⃣ 1️⃣were supportive of1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("2️⃣Hart2️⃣ 1️⃣remained deeply skeptical of1️⃣ 3️⃣the deal3️⃣.", .other)
}

@Test func aFeelingOrAQualityWithOfIsNoJudgement() {
    // A feeling's cause, a quality, an importance and an attributive adjective hold no relation.
    checkNoRelation("She is proud of her team.", learned: false)
    checkNoRelation("The bridge is critical to the plan.", learned: false)
    checkNoRelation("The plan is typical of the council.", learned: false)
    checkNoRelation("Voters wary of the plan stayed home.", learned: false)
    checkNoRelation("It is critical of course.", learned: false)
}
