import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimFinder.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimFinder.swift — a poll's own methodology is no claim: a poll's sample, "a poll of 800 voters".
@Test func claimFinderAPollsSampleIsNoClaim() {
    exampleClaims("A poll of 800 voters was taken last week.")
}

/// ClaimFinder.swift — not an attribution that reports: a speech event ("was speaking to"), an intention before
/// "to" ("hopes to raise"), an agentless passive ("is expected to grow by 3%"), a request ("asked the court to
/// order"), a relation inside an agentless passive ("is thought to be considering a bid"), an inference whose
/// subject is what moved ("Shares jumped 17%, suggesting investors believe…").
@Test func claimFinderAttributionsThatDoNotReport() {
    exampleSourced("Ann Ford was speaking to reporters after sales rose 20%.", [false])
    exampleSourced("The firm hopes to raise $5m.", [false])
    exampleSourced("The economy is expected to grow by 3%.", [false])
    exampleSourced("The council asked the court to order a $5m fine.", [false])
    exampleSourced("Tesco is thought to be considering a bid for the firm, worth £2bn.", [false])
    exampleSourced("Shares jumped 17%, suggesting investors believe the deal will go ahead.", [false])
}

/// ClaimFinder.swift — "hopes sales will reach $5bn" reports, as "hopes that…" does.
@Test func claimFinderHopesThatReports() {
    exampleSourced("Ann Ford hopes sales will reach $5bn.", [true])
}

/// ClaimFinder.swift — per figure: a ranking's own infinitive ("the third retailer to warn") reports none; a stance
/// or intention sources only a figure in its content ("Canova received $250,000 after Sanders endorsed him" is the
/// writer's); a plan told as hearsay ("is reportedly considering raising its offer to 600p") is no one's.
@Test func claimFinderFiguresTheRelationDoesNotReport() {
    exampleSourced("Tesco became the third retailer to warn on profits.", [false])
    exampleSourced("Canova received $250,000 after Sanders endorsed him.", [false])
    exampleSourced("Kessler is reportedly considering raising its offer to 600p.", [false])
}

/// ClaimFinder.swift — speech or a verb of assertion with someone asserting ("which they claim", "Sanders rips the
/// $70 billion deal, arguing that…") also sources a figure in another clause.
@Test func claimFinderAssertionsSourceAFigureInAnotherClause() {
    exampleSourced("The group raised $5m last year, which they claim was fair.", [true])
    exampleSourced("Sanders rips the $70 billion deal, arguing that it hurts workers.", [true])
}

/// ClaimFinder.swift — a count in the source phrase is the writer's ("More than two dozen governors have said").
@Test func claimFinderACountInTheSourcePhraseIsTheWriters() {
    exampleSourced("More than two dozen governors have said they will refuse the funds.", [false])
}

/// ClaimFinder.swift — a document that states the terms for a figure ("A new rule will require workers earning up
/// to $47,476 to…"); a stance whose holder follows it ("The concern within the administration is that …", as "the
/// administration fears that" would report it).
@Test func claimFinderDocumentsAndStancesThatSource() {
    exampleSourced("A new rule will require workers earning up to $47,476 to be paid overtime.", [true])
    exampleSourced("The administration fears that prices will rise 10%.", [true])
    exampleSourced("The concern within the administration is that prices will rise 10%.", [true])
}

/// ClaimFinder.swift — frames that source a figure with no reporting verb: a ranking's agent ("Listed as the third
/// biggest spammer by watchdog Spamhaus"), a plan unveiled ("The Executive has unveiled a £120m plan"), an estimate
/// put ("Bridgeport Labs put the number of infections at about 20,000"), a target raised ("It has raised its sales
/// target to four million"), a poll's question ("Asked who would make the best prime minister, 39% chose Tony
/// Blair"), typed reports ("outraged by reports of more than 100 assaults"), a list made public ("Forbes published
/// its list of the 400 richest Americans"), a hearing ("…, Birmingham Crown Court heard"), a person's plan ("the
/// Sanders plan").
@Test func claimFinderNamedEvidenceAndFramesThatSource() {
    exampleSourced("Listed as the third biggest spammer by watchdog Spamhaus, the firm denied wrongdoing.", [true])
    exampleSourced("The Executive has unveiled a £120m plan to fix roads.", [true])
    exampleSourced("Bridgeport Labs put the number of infections at about 20,000.", [true])
    exampleSourced("Tesco sells cars. It has raised its sales target to four million.", [true])
    exampleSourced("Parents were outraged by reports of more than 100 assaults at the school.", [true])
    exampleSourced("The pair stole £40,000 from the shop, Birmingham Crown Court heard.", [true])
    exampleSourced("Critics attacked the Sanders plan to spend $5 trillion on roads.", [true])
}

/// ClaimFinder.swift — a turn of a transcript: a paragraph opening with the name of someone named in full, a colon
/// and a clause ("Matthews: Well, …").
@Test func claimFinderInterviewTurnsAreTheSpeakers() {
    exampleSourced("Chris Matthews asked about the race.\n\nMatthews: Well, we are up 10 points.", [true])
}

/// ClaimFinder.swift — carried in the same paragraph: not on a pronoun alone ("He is in talks…"), but on a poll's
/// further results ("A second poll found that…"), a result after a figure of theirs ("Removals rose to 12,430"), a
/// forecast right after the speaker's figure ("Bello said the scheme aims to reach 600,000 tonnes by 2008. The
/// government will pump 154m naira into…"), the organisation whose run of figures it follows ("Skyvale reported a
/// 41% jump… Revenue climbed 24%. The airline carried 14.6 million passengers"); not a price from another, unnamed
/// bookmaker ("Another bookmaker offered 6-1 on him").
@Test func claimFinderCarriedSourcesInAParagraph() {
    exampleSourced("Tom Reed said sales rose 5%. He is in talks to buy a rival for $2m.", [true, false])
    exampleSourced("A poll by Gallup found that 40% backed the plan. A second poll found that 35% did.", [true, true])
    exampleSourced("The Home Office said 3,000 people were held. Removals rose to 12,430.", [true, true])
    exampleSourced(
        "Bello said the scheme aims to reach 600,000 tonnes by 2008. The government will pump 154m naira into it.",
        [true, true])
    exampleSourced(
        "Skyvale Airways reported a 41% jump in profit. Revenue climbed 24%. The airline carried 14.6 million passengers.",
        [true, true, true])
    exampleSourced(
        "Bookmaker Fenwick Lane makes Reed the 2-1 favourite. Another bookmaker offered 6-1 on him.", [true, false])
}

/// ClaimFinder.swift — across a paragraph break only on "He also…" ("He also highlighted plans for…"), a definite
/// reference to the organisation that reported ("Tesco said sales rose 5%… ¶ The company has 2,000   stores",
/// "Harrowfield reported a 23% rise. ¶ The Leeds-based company made £612m…"), or a count of the lead's data ("…,
/// Home Office figures show. ¶ A total of 33,930 applications were made in 2004").
@Test func claimFinderCarriedSourcesAcrossAParagraphBreak() {
    exampleSourced("Tom Reed said sales rose 5%.\n\nHe also highlighted plans for 200 new stores.", [true, true])
    exampleSourced("Tesco said sales rose 5% in the year.\n\nThe company has 2,000 stores.", [true, true])
    exampleSourced(
        "Harrowfield Group reported a 23% rise in profit.\n\nThe Leeds-based company made £612m last year.",
        [true, true])
    exampleSourced(
        "Asylum claims rose 10% last year, Home Office figures show.\n\nA total of 33,930 applications were made in 2004.",
        [true, true])
}

/// ClaimFinder.swift — across a paragraph break, a definite reference to the figure just sourced carries its source
/// ("Figures from NHS Wales show 54.9% of patients started treatment within two months. ¶ That is down from 57.2% in
/// September"), and the run goes on; after the writer's own figure or a quote's it carries nothing.
@Test func claimFinderTheFigureJustSourcedAcrossAParagraphBreak() {
    exampleSourced(
        "Waiting lists grew again.\n\nFigures from NHS Wales show 54.9% of patients started treatment within two months.\n\nThat is down from 57.2% in September.\n\nThe figure is the lowest since 2019.",
        [true, true, true])
    exampleSourced(
        "Waiting lists grew again.\n\nOnly 54.9% of patients started treatment within two months.\n\nThat is down from 57.2% in September.",
        [false, false])
    exampleSourced(
        "Waiting lists grew again.\n\n\"We treated 54.9% of patients within two months,\" said Dr Ann Lee.\n\nThat is down from 57.2% in September.",
        [true, false])
}

/// ClaimFinder.swift — the writer's figure beside a quote whose speaker the next sentence names is the quote's ("In
/// 2009, when Obama offered states $50 billion, “states were hemorrhaging money. They needed it,” DeSantis said.");
/// beside a quote no one speaks, it is no one's.
@Test func claimFinderAFigureBesideASpokenQuote() {
    exampleSourced(
        "In 2009, when Obama offered states $50 billion, “states were hemorrhaging money. They needed it,” DeSantis said.",
        [true])
    exampleSourced(
        "In 2009, when Obama offered states $50 billion, “states were hemorrhaging money. They needed it.”", [false])
}

/// ClaimFinder.swift — a further price in the paragraph of a named bookmaker's price is the bookmaker's ("Bookmaker
/// Fenwick Lane makes Labour the 1-8 favourite … A hung parliament is available at 7-1."); with no bookmaker named,
/// neither price is sourced.
@Test func claimFinderAFurtherPriceIsTheNamedBookmakers() {
    exampleSourced(
        "Bookmaker Fenwick Lane makes Labour the 1-8 favourite. A hung parliament is available at 7-1.", [true, true])
    exampleSourced("Labour are the 1-8 favourite. A hung parliament is available at 7-1.", [false, false])
}

/// ClaimWords.swift — odds before a plural of the nouns they price are odds too ("England are 4-1 favourites"), a
/// claim that a named bookmaker sources.
@Test func claimWordsOddsBeforeAPluralFavourite() {
    exampleSourced("England are 4-1 favourites to win the cup.", [false])
    exampleSourced(
        "Bookmaker Fenwick Lane makes Labour 1-8 favourites. A hung parliament is available at 7-1.", [true, true])
}

/// ClaimFinder.swift — across a paragraph break, a definite reference to the organisation that reported a claim
/// carries its source ("Harrowfield Group reported a 23% rise. ¶ The Leeds-based company made £612m…", what
/// GUIDE.md calls a definite reference to the source), an indefinite one does not; nor does a definite reference after a plan
/// with no claim ("Skyway Airlines said it would review its policy. ¶ The airline, which flies to 64
/// destinations, …").
@Test func claimFinderADefiniteReferenceAcrossAParagraphBreak() {
    exampleSourced(
        "Harrowfield Group reported a 23% rise.\n\nThe Leeds-based company made £612m last year.", [true, true])
    exampleSourced(
        "Harrowfield Group reported a 23% rise.\n\nThe Leeds-based firm made £612m last year.",
        [true, true])
    exampleSourced("Harrowfield Group reported a 23% rise.\n\nA company made £612m last year.", [true, false])
    exampleSourced(
        "Skyway Airlines said it would review its policy.\n\nThe airline, which flies to 64 destinations, employs 3,000 staff.",
        [false])
    exampleSourced(
        "Skyway Airlines said profits rose 12%.\n\nThe airline, which flies to 64 destinations, employs 3,000 staff.",
        [true, true])
}
