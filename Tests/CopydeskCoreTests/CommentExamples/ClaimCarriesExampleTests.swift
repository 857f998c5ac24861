import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimCarries.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimCarries.swift — a figure its source predicts ("predicted that prices would rise by 2%") is a forecast, and
/// a result after a forecaster's figure is the writer's.
@Test func claimCarriesAForecastHandsOnNoResult() {
    exampleSourced("Ann Ford predicted that prices would rise by 2%. Wages fell 3%.", [true, false])
}

/// ClaimCarries.swift — after any figure of theirs, a sentence stating a result continues the source ("The
/// department said 250,000 jobs were added. Unemployment fell to 4.1%.", "Revenue fell 8% to $14bn", "Profits were
/// up 5%", "Sales have risen 5%", past a relative clause: "Wider production, which includes mining, fell 0.8%",
/// past a place: "The average price of a home in the UK now stands at £152,300").
@Test func claimCarriesAResultAfterTheSpeakersFigure() {
    exampleSourced("The department said 250,000 jobs were added. Unemployment fell to 4.1%.", [true, true])
    exampleSourced("Tesco said profit rose 5%. Revenue fell 8% to $14bn.", [true, true])
    exampleSourced("Tesco said 300 stores opened. Profits were up 5%.", [true, true])
    exampleSourced("Tesco said 300 stores opened. Sales have risen 5%.", [true, true])
    exampleSourced(
        "The ONS said factory output rose 1.2%. Wider production, which includes mining, fell 0.8%.", [true, true])
    exampleSourced(
        "The ONS said factory output rose 1.2%. Wider industrial production, which also includes mining, fell 0.8%.",
        [true, true])
    exampleSourced(
        "Halifax said prices rose 2% in May. The average price of a home in the UK now stands at £152,300.",
        [true, true])
}

/// ClaimCarries.swift — a multiple is a result too, hedged by "more than" or alone, carried as a share is ("Net profit
/// more than doubled to $410m", "Net profit tripled."); near misses: after a person's statement with no figure, or
/// with no source before, it is the writer's.
@Test func claimCarriesAMultipleAfterTheSpeakersFigure() {
    exampleSourced(
        "The firm said revenue rose 24% to $3.1bn. Net profit more than doubled to $410m, while sales climbed 40%.",
        [true, true])
    exampleSourced("The firm said revenue rose 24% to $3.1bn. Net profit tripled.", [true, true])
    exampleSourced("Mr Hughes said the survey was flawed. Net profit doubled to £4m.", [false])
    exampleSourced("Net profit doubled to £4m.", [false])
}

/// ClaimCarries.swift — a result right after an organisation's or a document's statement on data it names, with no
/// figure, continues it ("The British Retail Consortium said its own survey pointed to a weak start to the year.
/// Like-for-like sales fell 0.9% in January."); a result after a statement that names no data ("The firm said it was
/// pleased. Revenue fell 8%."), after a person's ("Mr Hughes said the survey was flawed. Unemployment rose to 5.2%
/// last year.") or after a forecast ("The retailer expects its survey to show a slowdown. Sales fell 2% in May.") is
/// the writer's.
@Test func claimCarriesAResultAfterAnOrganisationsStatementOnData() {
    exampleSourced(
        "The British Retail Consortium said its own survey pointed to a weak start to the year. Like-for-like sales fell 0.9% in January.",
        [true])
    exampleSourced("The firm said its figures showed a weak Christmas. Revenue fell 8%.", [true])
    exampleSourced("The firm said it was pleased. Revenue fell 8%.", [false])
    exampleSourced("Mr Hughes said the survey was flawed. Unemployment rose to 5.2% last year.", [false])
    exampleSourced("The retailer expects its survey to show a slowdown. Sales fell 2% in May.", [false])
    // Across a paragraph break it needs a cue.
    exampleSourced("The firm said its figures showed a weak Christmas.\n\nRevenue fell 8%.", [false])
}

/// ClaimCarries.swift — a result past a short fronted adverbial continues the source ("Compared with a year earlier,
/// the jobless rate was down 0.4%", "In the year to March, exports rose 3%", "Over the quarter, revenue fell 2%");
/// past one, narration is still the writer's.
@Test func claimCarriesAResultPastAFrontedAdverbial() {
    exampleSourced(
        "The ONS said 250,000 jobs were added. Compared with a year earlier, the jobless rate was down 0.4%.",
        [true, true])
    exampleSourced("Tesco said 300 stores opened. In the year to March, exports rose 3%.", [true, true])
    exampleSourced("Tesco said 300 stores opened. Over the quarter, revenue fell 2%.", [true, true])
    exampleSourced("Tom Reed said 300 people came. Over the quarter, he paid $5m for the hall.", [true, false])
}

/// ClaimCarries.swift — a pronoun alone carries nothing ("He and three others were indicted" narrates), and "He
/// paid $5m" states no result.
@Test func claimCarriesNarrationCarriesNothing() {
    exampleSourced("Tom Reed said 40 people were hurt. He and three others were indicted on Monday.", [true, false])
    exampleSourced("Tom Reed said 300 people came. He paid $5m for the hall.", [true, false])
}

/// ClaimCarries.swift — a sentence with a market price as its subject carries no source ("Its shares fell 3p",
/// "Shares in Harland fell", "The company's shares jumped", "Its stock rose", "Copper hit $3,300 a tonne").
@Test func claimCarriesAMarketPriceIsNoSpeakers() {
    exampleSourced("Tesco said sales rose 5%. Its shares fell 3p.", [true, false])
    exampleSourced("Harland said profits rose 5%. Shares in Harland fell 4%.", [true, false])
    exampleSourced("Harland said profits rose 5%. The company's shares jumped 4%.", [true, false])
    exampleSourced("Harland said profits rose 5%. Its stock rose 4%.", [true, false])
    exampleSourced("Rio Group said output rose 5%. Copper hit $3,300 a tonne.", [true, false])
}

/// ClaimCarries.swift — a definite reference to the source's document carries ("…, according to the British Retail
/// Forum. It was the first December fall since the survey began"), and so does a sentence going on from the figure
/// before ("By 6 p.m. that number had dropped to 41,000").
@Test func claimCarriesReferencesToTheDocumentAndTheFigureBefore() {
    exampleSourced(
        "Sales fell 2% in December, according to the British Retail Forum. It was the first December fall since the survey began.",
        [true, true])
    exampleSourced(
        "Police said 60,000 people had gathered. By 6 p.m. that number had dropped to 41,000.", [true, true])
}

/// ClaimCarries.swift — a paragraph opening on the organisation that reported carries its source ("Tesco said… ¶
/// Tesco has…", "The Leeds-based firm", "It employs 5,000 staff", a name described as an organisation: "Pellow's,
/// the homeware and furniture retailer"); not a person's ("Clinton said… ¶ Clinton could have about 90% of the
/// delegates…").
@Test func claimCarriesADefiniteReferenceToTheReportingOrganisation() {
    exampleSourced("Tesco said sales rose 5%.\n\nTesco has 2,000 stores.", [true, true])
    exampleSourced("Harrowfield Group said profit rose 23%.\n\nThe Leeds-based firm made £612m.", [true, true])
    exampleSourced("Harrowfield Group said profit rose 23%. It employs 5,000 staff.", [true, true])
    exampleSourced(
        "Pellow's, the homeware and furniture retailer, has reported a 12% rise in sales.\n\nThe company has 300 stores.",
        [true, true])
    exampleSourced(
        "Hillary Clinton said she won 55% of the vote.\n\nClinton could have about 90% of the delegates by June.",
        [true, false])
}

/// ClaimCarries.swift — the lead's document source ("according to the latest survey from the Northgate Building
/// Society") carries to the results of the paragraph after it; "He also said" carries across a break.
@Test func claimCarriesTheLeadsDataSource() {
    exampleSourced(
        "House prices rose 2% in May, according to the latest survey from the Northgate Building Society.\n\nThe average price of a home in the UK now stands at £152,300.",
        [true, true])
    exampleSourced(
        "House prices rose 2% in May, according to the latest survey from the Northgate Building Society.\n\nA total of 3,200 homes were sold.",
        [true, true])
    exampleSourced("Tom Reed said sales rose 5%.\n\nHe also said 200 stores would open.", [true, true])
}

/// ClaimCarries.swift — a subject ends at its verb of level as at one of change, so "The typical rate now stands at
/// 3.98%" states a result that the lead's data source carries to; a figure that narrates still does not.
@Test func claimCarriesALevelVerbEndsTheSubject() {
    exampleSourced(
        "The average mortgage rate has fallen below 4%, figures from Moneyfacts show.\n\nThe typical rate now stands at 3.98%.",
        [true, true])
    exampleSourced(
        "The average mortgage rate has fallen below 4%, figures from Moneyfacts show.\n\nUnemployment remained at 4.2%.",
        [true, true])
    // Near miss: a paragraph that narrates is the writer's.
    exampleSourced(
        "The average mortgage rate has fallen below 4%, figures from Moneyfacts show.\n\nHe paid $5m for the hall.",
        [true, false])
}

/// ClaimCarries.swift — after the speaker's figure, a sentence stating a result continues the source (what GUIDE.md
/// calls a results statement followed by more results: "Revenue fell 8% to $14bn"); one that narrates ("He paid
/// $5m") does not.
@Test func claimCarriesAResultsStatementFollowedByMoreResults() {
    exampleSourced(
        "Harland said 300 stores opened last year. Revenue fell 8% to $14bn.",
        [true, true])
    exampleSourced(
        "Harland said 300 stores opened last year. He paid $5m for the hall.",
        [true, false])
}

/// ClaimCarries.swift — "This year's figures" is no reference to the figure before (neither "This" and a verb nor
/// "this" and a noun of a figure): it carries nothing (figures not out yet source nothing themselves); "This
/// number" goes on from the figure before.
@Test func claimCarriesThisYearsFiguresIsNoReferenceToTheFigureBefore() {
    exampleSourced(
        "Tom Reed said 40 people were hurt. This year's figures due in May include $5m in damage.", [true, false])
    exampleSourced("Tom Reed said 40 people were hurt. This number due in May covers $5m in damage.", [true, true])
}

/// ClaimCarries.swift — a statistic of the same data stated as a level continues the source's results ("The average
/// overcharge was £47", "The median income is £28,000"); a level of no statistic does not ("The bill was £47").
@Test func claimCarriesAStatisticsLevelContinuesTheResults() {
    exampleSourced(
        "The regulator found that one in five customers had been overcharged. The average overcharge was £47.",
        [true, true])
    exampleSourced("The census found 12,000 people lived in the town. The median income is £28,000.", [true, true])
    exampleSourced(
        "The regulator found that one in five customers had been overcharged. The bill was £47.", [true, false])
}
