import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimCues.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimCues.swift — a question asserts nothing ("Who told you that 90 percent of your e-mails were kept?").
@Test func claimCuesAQuestionAssertsNothing() {
    exampleClaims("Who told you that 90 percent of your e-mails were kept?")
}

/// ClaimCues.swift — a hedged ranking ("probably the world's most enthusiastic", "may be one of the largest"), a
/// goal ("a target for the UK to have the most extensive market", "Its ambition is to become the largest") and a
/// supposition ("If it cost $5m, it would fail") are no claims.
@Test func claimCuesHedgedAndAspiredRankingsAndSuppositions() {
    exampleClaims("Reed is probably the world's most enthusiastic collector.")
    exampleClaims("The firm may be one of the largest in Europe.")
    exampleClaims("Ofcom set a target for the UK to have the most extensive market in Europe.")
    exampleClaims("Its ambition is to become the largest retailer in Europe.")
    exampleClaims("If it cost $5m, it would fail.")
    // The word of aiming five words before the infinitive.
    exampleClaims("The government's target is for the UK to have the most extensive broadband market in the G7.")
    // Near miss: a ranking the writer states, with no aim.
    exampleClaims("The UK has the 1️⃣most extensive1️⃣ broadband market in the G7.")
}

/// ClaimCues.swift — a ranking in a quoted phrase is someone's words ("the “longest standoff in history” might be
/// over"), sourced with its quote; a word in scare quotes stays the writer's ("the “largest” in Spain").
@Test func claimCuesARankingInAQuotedPhraseGoesWithItsQuote() {
    exampleClaims("Reed said the “1️⃣longest1️⃣ standoff in history” might be over.")
    exampleSourced("Reed said the “longest standoff in history” might be over.", [true])
    exampleClaims("The firm is the “1️⃣largest1️⃣” in Spain.")
    exampleSourced("The firm is the “largest” in Spain.", [false])
}

/// ClaimCues.swift — "Electrical goods were the best-performing category, with sales up 60%" gives a share after
/// its ranking (the claim's cue is the ranking); "The figures beat forecasts and sent shares up 23p, or 5%" has a
/// market's price.
@Test func claimCuesTheFirstFigureAfterARanking() {
    exampleClaims("Electrical goods were the 1️⃣best-performing1️⃣ category, with sales up 60%.")
    exampleClaims("The figures beat forecasts and sent shares up 1️⃣23p1️⃣, or 5%.")
}

/// ClaimCues.swift — a share before a verb of speech is a poll's result, not the source's size ("three in 10 say").
@Test func claimCuesAShareIsNoCountOfSpeakers() {
    exampleClaims("Voters are unhappy, and 1️⃣three in 101️⃣ say taxes are too high.")
}

/// ClaimCues.swift — a count after a work's plot verb ("The film, which features A and B, follows", "The film,
/// which features the voices of A and B, follows two siblings") or after a work's "about" ("a film about four
/// friends", "a novel about four friends") is the story's.
@Test func claimCuesACountInAWorksPlotIsTheStorys() {
    exampleClaims("The film, which features Ann Lee and Bob Ray, follows four friends.")
    exampleClaims("The film, which features the voices of Ann Lee and Bob Ray, follows two siblings.")
    exampleClaims("It is a film about four friends.")
    exampleClaims("It is a novel about four friends.")
}

/// ClaimCues.swift — a prediction word in the figure's clause makes a forecast ("is set to grow"); one in another
/// clause does not ("The firm, which will close in May, employs 300 people" states a count).
@Test func claimCuesAPredictionInTheFiguresClause() {
    exampleClaims("Sales are set to grow by 1️⃣5%1️⃣.")
    exampleClaims("The firm, which will close in May, employs 1️⃣300 people1️⃣.")
}

/// ClaimCues.swift — a poll's methodology is no claim: "1,004 adults were surveyed", "a poll of 1,000 voters", "the
/// survey was conducted among 1,031 adults", "conducted Nov. 6 to 10 among 1,003 adults", "plus or minus four
/// percentage points", "a margin of error of plus or minus 3.5 points"; a result before the margin ("44% to 43%,
/// within the poll's margin of error") is one, and a poll named leaves other counts alone.
@Test func claimCuesAPollsMethodologyIsNoClaim() {
    exampleClaims("In all, 1,004 adults were surveyed.")
    exampleClaims("A poll of 1,000 voters was taken in May.")
    exampleClaims("The survey was conducted among 1,031 adults.")
    exampleClaims("The poll was conducted Nov. 6 to 10 among 1,003 adults.")
    exampleClaims("The poll has a margin of error of plus or minus four percentage points.")
    exampleClaims("The poll has a margin of error of plus or minus 3.5 points.")
    exampleClaims("Reed leads Hale 1️⃣44%1️⃣ to 43%, within the poll's margin of error.")
    exampleSourced("Obama won 332 electoral votes in 2012, the poll was conducted by phone.", [false])
}

/// ClaimCues.swift — a study's sample after what its researchers did ("The team followed 12,000 women", "The study
/// team followed", "The team from Oxford and Cambridge analysed") or after "based on" ("Its figures are based on
/// 12,000 mortgage offers") is methodology.
@Test func claimCuesAStudysSampleIsNoClaim() {
    exampleClaims("The team followed 12,000 women.")
    exampleClaims("The study team followed 12,000 women.")
    exampleClaims("The team from Oxford and Cambridge analysed 5,000 records.")
    exampleClaims("Its figures are based on 12,000 mortgage offers.")
}

/// ClaimCues.swift — askedByPolice: people police questioned are people an inquiry reached, a claim ("Officers
/// questioned 300 people in the days after the attack", "Police interviewed 200 witnesses on Monday", "Detectives have
/// questioned 45 people"), as "Detectives have spoken to 300 people" is; a poll's interviewers' count stays its
/// sample ("Pollsters interviewed 1,000 adults by telephone").
@Test func claimCuesPeopleQuestionedByPoliceAreAClaim() {
    exampleClaims("Officers questioned 1️⃣300 people1️⃣ in the days after the attack.")
    exampleClaims("Police interviewed 1️⃣200 witnesses1️⃣ on Monday.")
    exampleClaims("Detectives have questioned 1️⃣45 people1️⃣.")
    exampleClaims("Detectives have spoken to 1️⃣300 people1️⃣.")
    exampleClaims("Pollsters interviewed 1,000 adults by telephone.")
    exampleSourced("Officers questioned 300 people in the days after the attack.", [false])
}

/// ClaimCues.swift — "as a result of", "due in large part to", "is due in part to" are causes; "had been due to
/// lead" is a schedule and "might lead to" speculation.
@Test func claimCuesCausalConnectivesAndSchedules() {
    exampleClaims("Sales fell as a 1️⃣result of1️⃣ the strike.")
    exampleClaims("Sales fell, 1️⃣due in large part to1️⃣ the strike.")
    exampleClaims("The delay is 1️⃣due in part to1️⃣ the strike.")
    exampleClaims("Reed had been due to lead the talks.")
    exampleClaims("The strike might lead to delays.")
}

/// ClaimCues.swift — "Smith, 45, said": an age between commas after a name measures nothing.
@Test func claimCuesAnAgeBetweenCommasIsNoFigure() {
    exampleClaims("Smith, 45, said the plan was sound.")
}

/// ClaimCues.swift — describesMethodology: a count beside "surveyed" describes the poll, a share of the sample is a
/// finding ("nearly half of those surveyed"); a count with no study's subject stays a claim ("Police analysed 2,000
/// videos").
@Test func claimCuesShareOfASampleIsAFinding() {
    exampleClaims("1️⃣Nearly half1️⃣ of those surveyed backed Hale.")
    exampleClaims("Hale won 1️⃣nearly half1️⃣ of those polled.")
    exampleClaims("The survey found that 1,004 adults were surveyed.")
    exampleClaims("Police analysed 1️⃣2,000 videos1️⃣.")
    exampleClaims("Hale won 1️⃣a third1️⃣ of those polled.")
    exampleClaims("1️⃣Nearly half1️⃣ those surveyed backed Hale.")
}

/// ClaimCues.swift — isPrediction: "set" and "likely" predict only before "to" ("is set to grow"), not as
/// modifiers ("likely voters").
@Test func claimCuesSetAndLikelyPredictOnlyBeforeTo() {
    exampleReasons("The market is set to grow by 5% next year.", ["forecast"])
    exampleReasons("Some 300 likely voters backed Cole.", ["quantity"])
    exampleReasons("Cole is likely to win 300 seats.", ["forecast"])
}

/// ClaimCues.swift — a work's plot verb after a clause set off by commas counts the plot ("The film, which features
/// A and B, follows", "The film, which features the voices of A and B, follows two siblings"): no claim; a report
/// tells no plot.
@Test func claimCuesAPlotVerbPastAClauseSetOffByCommas() {
    exampleClaims("The film, which features A and B, follows two siblings who run a farm.")
    exampleClaims("The film, which features the voices of A and B, follows two siblings who run a farm.")
    // Near miss: a report is no work.
    exampleClaims("The report, which features A and B, follows 1️⃣two siblings1️⃣ who run a farm.")
}

/// ClaimCues.swift — a range of figures is quoted whole, from its "between" or "from" to the end of the second
/// figure's cue ("between 10 and 20 people": "10" counts nothing until "20 people"; "from £5 to £7.50", "between
/// £1.2bn and £1.5bn"); years count nothing ("from 2010 to 2015" is no cue).
@Test func claimCuesExamplesOfARangeQuotedWhole() {
    exampleClaims("Police said 1️⃣between 10 and 20 people1️⃣ were hurt.")
    exampleClaims("The price rose 1️⃣from £5 to £7.501️⃣.")
    exampleClaims("The bill cost 1️⃣between £1.2bn and £1.5bn1️⃣.")
    exampleClaims("The plant ran from 2010 to 2015.")
}

/// ClaimCues.swift — a range written with a hyphen is quoted whole, the second figure taking the first's currency
/// ("£5-10m", not "£5"; "10-20cm", not "20cm"); a score or a span is no range ("won 3-1", "the 2014-15 season").
@Test func claimCuesExamplesOfAHyphenRangeQuotedWhole() {
    exampleClaims("The repairs will cost 1️⃣£5-10m1️⃣.")
    exampleClaims("A yellow warning is in place, with 1️⃣10-20cm1️⃣ likely on higher ground.")
    exampleClaims("Fares rose by 1️⃣5-10%1️⃣ in March.")
    exampleClaims("Leeds won 3-1 at home.")
    exampleClaims("It was the 2014-15 season.")
}

/// ClaimCues.swift — a number right after a product's name whose capital is its second letter is part of the name
/// ("iPhone 15", "iOS 17"), as after a capitalised name ("PlayStation 5").
@Test func claimCuesExamplesOfAProductNumber() {
    exampleClaims("Apple's iPhone 15 goes on sale in September.")
    exampleClaims("The iOS 17 update shipped.")
    exampleClaims("Sales of the iPad 2 reached 1️⃣15 million1️⃣.")
}

/// ClaimCues.swift — "likely" in a comparison ("twice as likely to be affected", "more likely to vote") compares a
/// likelihood and makes no forecast; "are likely to rise" does.
@Test func claimCuesExamplesOfLikelyInAComparison() {
    exampleReasons("Women are twice as likely to be affected.", ["quantity"])
    exampleReasons("Men are 40% more likely to vote.", ["quantity"])
    exampleReasons("Women are 30% less likely to smoke.", ["quantity"])
    exampleReasons("Sales are likely to rise by 5%.", ["forecast"])
}

/// ClaimCues.swift — a forecast the figure is compared with after it ("ahead of forecasts", "more than expected", "in
/// line with forecasts") leaves the figure a result; a forecaster after it still forecasts ("Sales will rise 5%, the
/// firm forecast").
@Test func claimCuesExamplesOfAResultBesideAForecast() {
    exampleReasons("The economy grew by 0.4% in the quarter, ahead of forecasts of 0.2%.", ["quantity"])
    exampleReasons("Sales rose 5%, more than expected.", ["quantity"])
    exampleReasons("Profits rose 8%, in line with forecasts.", ["quantity"])
    exampleReasons("Sales will rise 5%, the firm forecast.", ["forecast"])
}

/// ClaimCues.swift — a prediction word of a verb coordinated after the figure's clause ("costs £39.99 and will be
/// released") tells what comes next of its subject, not of the figure; before the figure it still forecasts.
@Test func claimCuesExamplesOfAVerbCoordinatedAfterTheFigure() {
    exampleReasons("The game costs £39.99 and will be released in March.", ["quantity"])
    exampleReasons("Sales rose 5% and will rise again.", ["quantity"])
    exampleReasons("The firm will cut 200 jobs and will close two sites.", ["forecast"])
}

/// FigureClaimCues.swift — a multiple is quoted with what it compares ("three times as fast", "three times as high").
@Test func figureClaimCuesExamplesOfAMultipleQuotedWithItsAdjective() {
    exampleClaims("Bills have risen 1️⃣three times as fast1️⃣ as wages.")
    exampleClaims("Prices are 1️⃣three times as high1️⃣ as in 1997.")
}
