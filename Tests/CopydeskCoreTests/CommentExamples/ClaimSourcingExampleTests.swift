import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimSourcing.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimSourcing.swift — the sentence's reporting relation is the one whose content holds the figure: "As Nigeria
/// announced its plan, Ghana announced revenues had doubled to $2bn" is Ghana's figure; a participle with no one
/// speaking ("Adding to the chaos…") sources nothing.
@Test func claimSourcingTheRelationWhoseContentHoldsTheFigure() {
    exampleSourced("As Nigeria announced its plan, Ghana announced revenues had doubled to $2bn.", [true])
    checkRelation("As Nigeria announced its plan, 2️⃣Ghana2️⃣ 1️⃣announced1️⃣ 3️⃣revenues had doubled to $2bn3️⃣.", .indirect)
    exampleSourced("Adding to the chaos, sales fell 20%.", [false])
}

/// ClaimSourcing.swift — a participle whose subject is the figure ("nearly a fifth saying they were sick"), one
/// right after its noun ("an e-mail suggesting…"), or one describing a noun ("for alleged offences", "a rise in
/// reported cases") reports no figure.
@Test func claimSourcingParticiplesThatReportNoFigure() {
    exampleSourced("Staff fell ill, with nearly a fifth saying they were sick.", [false])
    exampleSourced("Five mailed thousands of dossiers and an e-mail suggesting the firm was corrupt.", [false])
    exampleSourced("Reed was charged in 2019 for alleged offences worth £2m.", [false])
    exampleSourced("Officials saw a rise in reported cases of 20%.", [false])
}

/// ClaimSourcing.swift — a hearsay adverb ("The group reportedly demanded $5m"), a verb under an agentless passive
/// of belief ("Kingsley are understood to have insisted on a clause of 15%"), a raising verb with no source ("The
/// firm appears to have lost $5m", "It seems sales fell 5%") and the reader ("As you might expect, …") source
/// nothing.
@Test func claimSourcingHearsayAndHedgesAreNotSourced() {
    exampleSourced("The group reportedly demanded $5m.", [false])
    exampleSourced("Kingsley are understood to have insisted on a clause of 15%.", [false])
    exampleSourced("The firm appears to have lost $5m.", [false])
    exampleSourced("It seems sales fell 5%.", [false])
    exampleSourced("As you might expect, sales fell 5%.", [false])
}

/// ClaimSourcing.swift — reduced passives of belief or report ("a deal reported to be worth £3m", "a fee thought to
/// be £2m", ", reported to be worth £3m"), a relation inside one ("Dunmore is thought to be considering a bid of
/// 450p", "is thought to have said", "a club believed to have demanded") and an opening "It is understood" (with
/// "that" or not), "It was thought" are hearsay; not "said he would have insisted".
@Test func claimSourcingReducedAndExpletiveHearsayPassives() {
    exampleSourced("Reed signed a deal reported to be worth £3m.", [false])
    exampleSourced("Reed was sold for a fee thought to be £2m.", [false])
    exampleSourced("The scheme is funded by a partnership with Kestrel, reported to be worth £3m.", [false])
    exampleSourced("Dunmore is thought to be considering a bid of 450p.", [false])
    exampleSourced("Reed is thought to have said that 40 staff would go.", [false])
    exampleSourced("Reed joined a club believed to have demanded £5m.", [false])
    exampleSourced("It is understood that Kessler is prepared to raise its offer to about 45 euros.", [false])
    exampleSourced("It is understood ministers are considering a £2bn cut.", [false])
    exampleSourced("It was thought the firm had lost £2bn.", [false])
    exampleSourced("Reed said he would have insisted on a clause of 15%.", [true])
}

/// ClaimSourcing.swift — an indirect question ("asked who paid $5m"), what the subject underwent ("has seen its
/// profits squeezed"), a work's authorship ("The film is written and directed by Payne") and naming with no one
/// speaking ("Called Global System for Mobiles, it…", "a virus dubbed Skulls") report nothing; "Gingrich called it
/// “the loudest…”" still does.
@Test func claimSourcingQuestionsUndergoneEventsAuthorshipAndNaming() {
    exampleSourced("Police asked who paid $5m.", [false])
    exampleSourced("The firm has seen its profits squeezed by 20%.", [false])
    exampleSourced("The film is written and directed by Payne, and cost $5m.", [false])
    exampleSourced("Called Global System for Mobiles, it has 2 billion users.", [false])
    exampleSourced("A virus dubbed Skulls hit 3,000 phones.", [false])
    exampleSourced("Gingrich called it “the loudest of 5,000 rallies.”", [true])
    checkRelation("2️⃣Gingrich2️⃣ 1️⃣called1️⃣ 3️⃣it “the loudest of 5,000 rallies.”3️⃣", .mixed, cueAtLeast: true)
}

/// ClaimSourcing.swift — a statement not made reports nothing ("has not said", "never said"), but a belief denied
/// is still held ("I don't think he leads").
@Test func claimSourcingNegatedSpeechButHeldBelief() {
    exampleSourced("The firm has not said that it lost $5m.", [false])
    exampleSourced("The firm never said that it lost $5m.", [false])
    exampleSourced("I don't think he leads in the polls.", [true])
    exampleSourced("Sarah Hale said she doesn't think he leads in the polls.", [true])
}

/// ClaimSourcing.swift — a participle after a clause whose subject moved by a figure ("Shares in Calder jumped 17%,
/// suggesting investors expect…", "Its shares closed up 11%, suggesting…") is the writer's inference; "Others
/// thought to be…" is neither named nor typed.
@Test func claimSourcingAMoveInferenceAndBareQuantifiers() {
    exampleSourced("Shares in Calder jumped 17%, suggesting investors expect a sale.", [false])
    exampleSourced("Its shares closed up 11%, suggesting a sale is near.", [false])
    exampleSourced("Others thought to be bidding offered £3m.", [false])
}

/// ClaimSourcing.swift — speech or assertion sources a writer's figure in another clause ("It lost $5m and said
/// debts will rise", "a $27bn bill, which they claim is owed", "arguing that it favours banks"); not a gerund's
/// event ("a loss blamed on the media declaring him the winner") nor an expectation a comparison measures ("better
/// than some in the City had feared"); "less than half of what researchers say" is a figure's "than".
@Test func claimSourcingPartialAttributionAndComparisons() {
    exampleSourced("It lost $5m and said debts will rise.", [true])
    exampleSourced("They sent a $27bn bill, which they claim is owed.", [true])
    exampleSourced("Sanders rips the $70 billion deal, arguing that it favours banks.", [true])
    exampleSourced("Reed suffered a $5m loss blamed on the media declaring him the winner.", [false])
    exampleSourced("Shares rose 3p, better than some in the City had feared.", [false])
    exampleSourced("It got less than half of what researchers say it needs.", [true])
}

/// ClaimSourcing.swift — a pledge's figure stays the pledge's ("has promised to deport 11 million illegal
/// immigrants"); a count of the source is the writer's ("Only three senators endorsed him") but a share is a poll's
/// result ("52 percent of voters say") and a figure in an appositive is partial attribution ("Paulson, who made
/// billions, told investors").
@Test func claimSourcingAFigureThatCountsItsSource() {
    exampleSourced("Reed has promised to deport 11 million illegal immigrants.", [true])
    exampleSourced("Only three senators endorsed him.", [false])
    exampleSourced("In a poll, 52 percent of voters say taxes are too high.", [true])
    exampleSourced("Paulson, who made billions, told investors the market would fall.", [true])
}

/// ClaimSourcing.swift — a ranking in the source names it, as an appositive does: "The UK's biggest supermarket said
/// profit rose to £1.6bn" is sourced, as "Kestrel, the country's largest bus operator, said" is; a count of the
/// source is still the writer's ("Only three senators endorsed him", above).
@Test func claimSourcingARankingThatNamesItsSource() {
    exampleSourced("The UK's biggest supermarket said profit rose to £1.6bn in the six months to August.", [true])
    exampleSourced("The world's largest miner has said it will cut 4,000 jobs.", [true])
    exampleSourced("Kestrel, the country's largest bus operator, said fares would rise.", [true])
    // Near misses: the writer's ranking with no relation, and a count of speakers, stay unsourced.
    exampleSourced("Kestrel is the country's largest bus operator.", [false])
    exampleSourced("Twelve of the country's largest firms have signed the letter.", [false])
}

/// ClaimSourcing.swift — a phrase quoted inside the writer's own clause ("had Congress not passed “permanent normal
/// trade relations”") is no spoken quote and sources nothing.
@Test func claimSourcingAQuotedPhraseInTheWritersClause() {
    exampleSourced(
        "Trade would have fallen 20% had Congress not passed “permanent normal trade relations” with China.", [false])
}

/// ClaimSourcing.swift — an act performed ("rejected a £620m approach", "Kingsford have agreed a five-year
/// sponsorship", "demanding £5m in compensation", "defending a majority of 5,000") or a request ("ordered the firm
/// to pay", "wants the council to build") reports nothing; "rejected claims that…" and a finite clause ("hoped the
/// deal would close") still report.
@Test func claimSourcingPerformativeActsAndRequests() {
    exampleSourced("The board rejected a £620m approach.", [false])
    exampleSourced("Kingsford have agreed a five-year sponsorship worth £5m.", [false])
    exampleSourced("The club is demanding £5m in compensation.", [false])
    exampleSourced("Labour is defending a majority of 5,000.", [false])
    exampleSourced("The judge ordered the firm to pay £5m.", [false])
    exampleSourced("Reed wants the council to build homes worth £5m.", [false])
    exampleSourced("The firm rejected claims that it lost £5m.", [true])
    exampleSourced("Reed hoped the deal would close at $5bn.", [true])
}

/// ClaimSourcing.swift — isNegated: "has not said", "did not disclose", "never said": a statement not made reports
/// nothing (ClaimWords.disclosureVerbs for the bare forms after "did not").
@Test func claimSourcingADisclosureNotMadeSourcesNothing() {
    exampleSourced("The firm did not disclose the price, which was put at £5m.", [false])
    exampleSourced("The firm did not disclose whether it lost $5m.", [false])
    exampleSourced("The firm disclosed that it lost $5m.", [true])
    exampleSourced("The firm has not revealed the buyer, which paid $5m.", [false])
    exampleSourced("Cole would not confirm that the deal was worth $5m.", [false])
}

/// ClaimSourcing.swift — an opening "It is understood", with "that" or not, makes the sentence hearsay: its figure is no one's,
/// where "its offer" would source it otherwise.
@Test func claimSourcingAnOpeningItIsUnderstood() {
    exampleSourced("It is understood that Kessler is prepared to raise its offer to about 45 euros.", [false])
    exampleSourced("It is understood Kessler is prepared to raise its offer to about 45 euros.", [false])
    exampleSourced("Kessler is prepared to raise its offer to about 45 euros.", [true])
}

/// ClaimSourcing.swift — a gerund's event frames no figure outside its content ("a loss blamed on the media
/// declaring him the winner"); a participle of assertion after a comma, its speaker named, does ("Reed lost $5m,
/// arguing that …").
@Test func claimSourcingAGerundsEventFramesNoFigure() {
    exampleSourced("Reed ran up a $5m debt after a loss blamed on the media declaring him the winner.", [false])
    exampleSourced("Reed lost $5m, arguing that the media was to blame.", [true])
}

/// ClaimSourcing.swift — an infinitive that names no one and holds no content ("One in four adults leaves school
/// unable to read") sources no figure, whatever its cue word; "One in four adults cannot read, the charity said" is
/// still the charity's.
@Test func claimSourcingAnInfinitiveOfAbilityReportsNothing() {
    exampleSourced("One in four adults leaves school unable to read.", [false])
    exampleSourced("About 20% of pupils left primary school unable to write.", [false])
    exampleSourced("One in four adults cannot read, the charity said.", [true])
    exampleSourced("Nearly half of voters are likely to say the economy is weak.", [true])
}
