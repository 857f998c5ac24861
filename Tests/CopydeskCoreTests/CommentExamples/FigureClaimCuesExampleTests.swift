import Testing

// Fixtures for the examples quoted in the comments of `Analysis/FigureClaimCues.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// FigureClaimCues.swift — money with its hedges and comparatives ("more than $3bn") and counts of things in the
/// world ("rescued 300 passengers", "opened 45 investigations") are claim cues.
@Test func figureClaimCuesOverviewAmountsAndCounts() {
    exampleClaims("The firm lost 1️⃣more than $3bn1️⃣ last year.")
    exampleClaims("The crew rescued 1️⃣300 passengers1️⃣.")
    exampleClaims("Police opened 1️⃣45 investigations1️⃣.")
}

/// FigureClaimCues.swift — a hedge ("as many as") is quoted with the figure; "43 per cent" is a percentage;
/// "lowered the rate by 25 basis points" is hundredths of a percentage point.
@Test func figureClaimCuesHedgesAndPercentUnits() {
    exampleClaims("Police arrested 1️⃣as many as 40 people1️⃣.")
    exampleClaims("1️⃣Some 43 per cent1️⃣ of voters backed Hale.")
    exampleClaims("The bank lowered the rate by 1️⃣25 basis points1️⃣.")
}

/// FigureClaimCues.swift — an imperial measure in two parts is quoted whole ("6ft 10in", "7lb 4oz"); a measure in
/// one part ends at its unit.
@Test func figureClaimCuesAMeasureInTwoParts() {
    exampleClaims("The giant squid measured 1️⃣6ft 10in1️⃣ from tip to tail.")
    exampleClaims("The baby weighed 1️⃣7lb 4oz1️⃣ at birth.")
    exampleClaims("The trawler landed a fish of 1️⃣5kg1️⃣ in 20 minutes.")
}

/// FigureClaimCues.swift — a career ordinal after a possessive ("Hewitt's 24th title") and an ordinal streak ("the
/// 12th consecutive month of job growth", "the 20th straight win") are claims.
@Test func figureClaimCuesCareerOrdinalsAndStreaks() {
    exampleClaims("It was Hewitt's 1️⃣24th1️⃣ title.")
    exampleClaims("It was the 1️⃣12th1️⃣ consecutive month of job growth.")
    exampleClaims("It was the 1️⃣20th1️⃣ straight win.")
}

/// FigureClaimCues.swift — a span of history scopes a record ("had never reached the fourth round in the club's
/// 118-year history"); "a 12-month low", "a 30-year high" are records over a span.
@Test func figureClaimCuesSpansOfHistoryAndExtremes() {
    exampleClaims("Leeds had never reached the fourth round in the club's 1️⃣118-year history1️⃣.")
    exampleClaims("The pound hit a 1️⃣12-month low1️⃣.")
    exampleClaims("Prices hit a 1️⃣30-year high1️⃣.")
}

/// FigureClaimCues.swift — a figure in thousands joined to its noun ("a 50,000-seat stadium"), an electoral
/// majority ("a 300-vote margin", "a majority of 1,234"), a multiple ("six times more") and a market move ("the
/// index fell 20 points") are claims.
@Test func figureClaimCuesThousandsJoinedAndMajorities() {
    exampleClaims("The city built a 1️⃣50,000-seat1️⃣ stadium.")
    exampleClaims("Hale won by a 1️⃣300-vote margin1️⃣.")
    exampleClaims("Labour won a 1️⃣majority of 1,2341️⃣.")
    exampleClaims("Women were 1️⃣six times more1️⃣ likely to vote.")
    exampleClaims("The index fell 1️⃣20 points1️⃣ on Monday.")
}

/// FigureClaimCues.swift — a lead in the polls by a figure is a claim: "a 10-point lead in Ohio", "leads Trump by 7
/// points among young voters", "trails by 4 points in the polls", in words "a double-digit edge", "a one-point
/// difference", "leads by double digits among women"; "by 30 points", "by just four points" with an adverb between.
@Test func figureClaimCuesPollMargins() {
    exampleClaims("Hale holds a 1️⃣10-point lead1️⃣ in Ohio.")
    exampleClaims("Hale leads Trump by 1️⃣7 points1️⃣ among young voters.")
    exampleClaims("Reed trails by 1️⃣4 points1️⃣ in the polls.")
    exampleClaims("Hale holds a 1️⃣double-digit edge1️⃣ in the primary.")
    exampleClaims("The poll showed a 1️⃣one-point difference1️⃣ between the candidates.")
    exampleClaims("Hale leads by 1️⃣double digits1️⃣ among women.")
    exampleClaims("Hale won the primary by 1️⃣30 points1️⃣.")
    exampleClaims("Hale leads Reed by just 1️⃣four points1️⃣ among voters.")
}

/// FigureClaimCues.swift — a margin in an election or poll needs no lead word ("won by 20 points among women",
/// "finished 0.3 points behind Clinton at the Iowa caucuses"); "an 8-point lead over Reed in the poll", "leads
/// Sanders by 13 points in the state", "leads Trump by 7 points" in a poll's sentence; a score's margin has no
/// electoral word ("a 20-point win over the Lakers", "a 10-point lead over Chelsea").
@Test func figureClaimCuesMarginsInAnElection() {
    exampleClaims("Hale won by 1️⃣20 points1️⃣ among women voters.")
    exampleClaims("Reed finished 1️⃣0.3 points1️⃣ behind Clinton at the Iowa caucuses.")
    exampleClaims("Hale holds an 1️⃣8-point lead1️⃣ over Reed in the poll.")
    exampleClaims("Clinton leads Sanders by 1️⃣13 points1️⃣ in the state.")
    exampleClaims("Clinton leads Trump by 1️⃣7 points1️⃣, the poll found.")
    exampleClaims("Boston earned a 20-point win over the Lakers.")
    exampleClaims("Leeds holds a 10-point lead over Chelsea.")
}

/// FigureClaimCues.swift — a measure after a possessive of a class of competitor names a sporting event ("junior
/// men's 8km"), no claim.
@Test func figureClaimCuesSportingEventMeasure() {
    exampleClaims("Hale won the junior men's 8km on Sunday.")
}

/// FigureClaimCues.swift — a poll's "ties Bush at 41-41" is no odds; it is left to the tally, a claim.
@Test func figureClaimCuesPollTieIsATally() {
    exampleClaims("A new poll ties Bush at 1️⃣41-411️⃣.")
}

/// FigureClaimCues.swift — "knocked two seconds off the British record": a record's margin is a claim.
@Test func figureClaimCuesRecordMargin() {
    exampleClaims("Hale knocked 1️⃣two seconds1️⃣ off the British record.")
}

/// FigureClaimCues.swift — the noun a number counts: a small count as a rate ("three weekly journeys"), "thousands
/// of sites", a place or body named before the noun ("12 Texas counties", "1,042 Ohio registered voters"), an
/// adjective of nationality ("12 Chinese firms"), a party of a plural acronym ("12 Tory MEPs"); a number word is no
/// thing counted ("Five mailed thousands of dossiers").
@Test func figureClaimCuesCountedNouns() {
    exampleClaims("The airline runs 1️⃣three weekly journeys1️⃣ to Oslo.")
    exampleClaims("The group hacked 1️⃣thousands of sites1️⃣.")
    exampleClaims("Hale won 1️⃣12 Texas counties1️⃣.")
    exampleClaims("Officials removed 1️⃣1,042 Ohio registered voters1️⃣ from the rolls.")
    exampleClaims("Five mailed 1️⃣thousands of dossiers1️⃣.")
    exampleClaims("Officials fined 1️⃣12 Chinese firms1️⃣.")
    exampleClaims("The party expelled 1️⃣12 Tory MEPs1️⃣.")
}

/// FigureClaimCues.swift — a small count that announces a list ("three divisions: gaming, …", "three core
/// divisions: gaming, …", "two airlines - US Airways and Comair", "two unions, the Steelworkers and the Teamsters,
/// backed her", "a plan bound by two core requirements. One was…"), refers back ("the other three", "The 335
/// accounts did not escape notice" after "the 335 versions of the account…"), or is a line-up ("Four British
/// athletes") is no claim.
@Test func figureClaimCuesCountsThatAreNoClaim() {
    exampleClaims("Acme has three divisions: gaming, music and film.")
    exampleClaims("Acme has three core divisions: gaming, music and film.")
    exampleClaims("The deal involves two airlines - US Airways and Comair.")
    exampleClaims("In Ohio, two unions, the Steelworkers and the Teamsters, backed her.")
    exampleClaims("In Ohio, two holdout unions, the Steelworkers and the Teamsters, backed her.")
    exampleClaims("Two unions, the United Steelworkers and the Brotherhood of Electrical Workers, backed her.")
    exampleClaims("Reed drafted a plan bound by two core requirements. One was speed.")
    exampleClaims("Reed and the other three left.")
    exampleClaims("Police studied the 1️⃣335 versions1️⃣ of the account in May. The 335 accounts did not escape notice.")
    exampleClaims("Four British athletes reached the final.")
}

/// FigureClaimCues.swift — a count of the holders of results ("the three teams to win titles") is a result the
/// reporter witnessed, no claim.
@Test func figureClaimCuesHoldersOfResults() {
    exampleClaims("Leeds was one of the three teams to win titles.")
}

/// FigureClaimCues.swift — a count as the bare object of a verb of killing or wounding ("a shooting that killed
/// 14", "the blast injured at least 30"), or with its noun ("killed 14 people").
@Test func figureClaimCuesCasualties() {
    exampleClaims("Reed was charged over a shooting that 1️⃣killed 141️⃣.")
    exampleClaims("The blast 1️⃣injured at least 301️⃣.")
    exampleClaims("The attack killed 1️⃣14 people1️⃣.")
}

/// FigureClaimCues.swift — a streak ended ("snapped 12 years of waiting"), a streak word before the count ("winless
/// in eight games"), a run word ("the past three contests"), a statistic's periods ("12 consecutive months"), a
/// verb of winning in the perfect ("has now won four titles", "has racked up 20 wins") and a tally's scope ("during
/// his tenure") make tallies claims.
@Test func figureClaimCuesStreaksAndCareerTallies() {
    exampleClaims("Leeds are winless in 1️⃣eight games1️⃣.")
    exampleClaims("Leeds lost the past 1️⃣three contests1️⃣.")
    exampleClaims("Prices rose for 1️⃣12 consecutive months1️⃣.")
    exampleClaims("Hale has now won 1️⃣four titles1️⃣.")
    exampleClaims("Hale has racked up 1️⃣20 wins1️⃣.")
    exampleClaims("Reed scored 1️⃣40 goals1️⃣ during his tenure.")
}

/// FigureClaimCues.swift — a count of a group already named ("three of those") or of a named group's members ("four
/// of his children", "14 of the justices", "Fifty of the nation’s top officials"); a base in digits is quoted with
/// the share, whole ("nine of the 13 delegates", "57 of 81 seats", "50 of its 400 stores").
@Test func figureClaimCuesCountsOfAGroup() {
    exampleClaims("Reed fired 1️⃣three of those1️⃣.")
    exampleClaims("Reed hired 1️⃣four of his children1️⃣.")
    exampleClaims("The law was upheld by 1️⃣14 of the justices1️⃣.")
    exampleClaims("1️⃣Fifty of the nation’s top officials1️⃣ resigned.")
    exampleClaims("Hale won 1️⃣nine of the 13 delegates1️⃣.")
    exampleClaims("Reform won 1️⃣57 of the 81 seats1️⃣.")
    exampleClaims("The party holds 1️⃣57 of 81 seats1️⃣.")
    exampleClaims("1️⃣Twenty-three of the 531️⃣ went home.")
    // After an owner the share is quoted whole too, not its base alone; near misses: a base in words after an owner,
    // and the base alone with no share.
    exampleClaims("The chain will close 1️⃣50 of its 400 stores1️⃣.")
    exampleClaims("The chain will close 1️⃣three of its eight stores1️⃣.")
    exampleClaims("The chain owns 1️⃣400 stores1️⃣.")
}

/// FigureClaimCues.swift — "two in three" is a ratio; "10 times the" a multiple; "three times since 2001" a tally
/// over a span.
@Test func figureClaimCuesRatiosAndMultiples() {
    exampleClaims("1️⃣Two in three1️⃣ voters backed Hale.")
    exampleClaims("Reed earns 1️⃣10 times the1️⃣ average wage.")
    exampleClaims("Leeds have won the cup 1️⃣three times1️⃣ since 2001.")
}

/// FigureClaimCues.swift — an ordinal with a streak word, a span or what was done: "the fifth straight loss", "has
/// reached the final for the third time", "the third candidate to drop out", "the fourth strike announced on
/// Britain's railways this year", "the third time this month", "the third seat Labour has lost to the Liberal
/// Democrats at a by-election since 2001", "the third meeting between the two firms since December".
@Test func figureClaimCuesOrdinalsWithASpan() {
    exampleClaims("It was the 1️⃣fifth1️⃣ straight loss.")
    exampleClaims("Hale has reached the final for the 1️⃣third1️⃣ time.")
    exampleClaims("Reed was the 1️⃣third1️⃣ candidate to drop out.")
    exampleClaims("It was the 1️⃣fourth1️⃣ strike announced on Britain's railways this year.")
    exampleClaims("It was the 1️⃣third1️⃣ time this month.")
    exampleClaims("It was the 1️⃣third1️⃣ seat Labour has lost to the Liberal Democrats at a by-election since 2001.")
    exampleClaims("It was the 1️⃣third1️⃣ meeting between the two firms since December.")
}

/// FigureClaimCues.swift — a margin in a sentence about a poll: "Clinton's 3-point polling lead".
@Test func figureClaimCuesPollingLead() {
    exampleClaims("Reed cut into Clinton's 1️⃣3-point polling lead1️⃣.")
    exampleClaims("Clinton's 1️⃣3-point polling lead1️⃣ shrank.")
}

/// FigureClaimCues.swift — "without a win in seven matches": a drought, as "winless in seven" is, with no noun after
/// the count.
@Test func figureClaimCuesWinlessInSeven() {
    exampleClaims("Leeds are winless in 1️⃣seven1️⃣.")
    exampleClaims("Leeds have now gone winless in 1️⃣seven1️⃣.")
}

/// FigureClaimCues.swift — a small exact count is a claim ("charged with two breaches"), not when it refers back.
@Test func figureClaimCuesASmallExactCount() {
    exampleClaims("He was charged with 1️⃣two breaches1️⃣ of the rules.")
    exampleClaims("He met the two men in May.")
}

/// FigureClaimCues.swift — "3 million customers", "2.5 million litres": the noun a magnitude counts is quoted with
/// it, as "300 acres" is.
@Test func figureClaimCuesExamplesOfAMagnitudeWithItsNoun() {
    exampleClaims("The firm has 1️⃣3 million customers1️⃣.")
    exampleClaims("The plant burns 1️⃣2.5 million litres1️⃣ of fuel a day.")
    exampleClaims("The fire destroyed 1️⃣300 acres1️⃣ of forest.")
    exampleClaims("The firm lost 1️⃣£3 million1️⃣ last year.")
}
