import CopydeskTestSupport
import Testing

@testable import CopydeskCore

@Test func unsourcedClaimFlagsTheSentence() {
    checkRule(
        "unsourced-claim",
        [
            "a.txt":
                "Alibaba 🛒 Bets Big\r\n\r\n1️⃣They made $15 billion in sales to Chinese consumers past year.1️⃣ Núñez said sales rose 5 percent.\r\n\r\n2️⃣José’s firm is the “largest” in Spain.2️⃣\r\n"
        ], messageContains: "add a citation [^id], a link, or an attribution such as 'X said'")
}

@Test func theMessageNamesTheKindAndQuotesTheFigureWhole() {
    checkRule(
        "unsourced-claim",
        ["a.txt": "H\n\n1️⃣They paid $3.2m for the club.1️⃣\n"],
        messageContains: "No source for this quantity claim '$3.2m'")
    checkRule(
        "unsourced-claim",
        ["a.txt": "H\n\n1️⃣Nigeria is the world's fourth-largest cocoa producer.1️⃣\n"],
        messageContains: "No source for this comparison claim 'fourth-largest'")
}

@Test func unsourcedClaimIsClearedByCitationLinkOrAttribution() {
    checkRule(
        "unsourced-claim",
        [
            "a.news.md":
                "# H\n\nSales hit $15 billion[^ap]. Costs hit $3 billion ([Reuters](https://reuters.com)). Profit was $2 billion, Ma said.\n\n[^ap]: AP\n",
            "b.txt": "Headline 1 Million Jobs\n\nAccording to Mr. Trump, it cost $5 billion.\n",
        ])
}

@Test func unsourcedClaimFixInsertsBeforeTheFinalStop() {
    let f = Fixture("H\n\nThey made $15 billion in sales1️⃣.” Next.\n")
    let (_, diags) = lintWorkspace(["a.txt": "H\n\nThey made $15 billion in sales.” Next.\n"])["a.txt"]!
    let d = diags.first { $0.ruleID == "unsourced-claim" }!
    #expect(d.fixes == [.addCitation(insertAt: f.offset("1️⃣"))])
}

@Test func hearsayLeavesAClaimUnsourced() {
    // "reportedly" is a relation with no source (`AdverbCue.swift`): the figure still needs one.
    checkRule(
        "unsourced-claim",
        ["a.txt": "H\n\n1️⃣The hackers have reportedly broken into more than 100 accounts.1️⃣\n"])
    checkRule(
        "vague-attribution",
        ["a.txt": "H\n\nThe hackers have 1️⃣reportedly1️⃣ broken into more than 100 accounts.\n"])
}

@Test func aJudgementOfAPlanLeavesItsFigureUnsourced() {
    // "critical of" credits the plan to no one's report: its figure is the writer's (`ClaimWords.notSourcingCue`);
    // a speech verb still sources it.
    checkRule(
        "unsourced-claim",
        ["a.txt": "H\n\n1️⃣Cole was critical of the $5bn plan.1️⃣ Hart said the plan would cost $5bn.\n"])
}

@Test func aDemandLeavesItsFigureUnsourced() {
    // "pushed for" is an aim, as "wants" is (`ClaimWords.notSourcingCue`).
    checkRule("unsourced-claim", ["a.txt": "H\n\n1️⃣Unions pushed for a $15 minimum wage.1️⃣\n"])
}

@Test func aRaisingVerbWithNoSourceLeavesAClaimUnsourced() {
    // "appears to", "seems to": the writer's hedge names no one, as an agentless passive does.
    checkRule(
        "unsourced-claim",
        [
            "a.txt":
                "H\n\n1️⃣The firm appears to have lost 300 jobs.1️⃣ 2️⃣It seemed to earn $5m last year.2️⃣\n\n"
                + "Lee appeared to suggest that the firm had lost 300 jobs.\n"
        ])
}
