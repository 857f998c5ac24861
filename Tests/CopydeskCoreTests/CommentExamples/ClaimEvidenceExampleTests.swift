import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimEvidence.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimEvidence.swift — evidence the sentence names ("FEC filings show", data "compiled by" a named body) sources
/// its figure; a benchmark ("beat City forecasts of about £80m") gives none.
@Test func claimEvidenceNamedEvidenceSourcesTheFigure() {
    exampleSourced("FEC filings show Hale raised $2 million.", [true])
    exampleSourced("The data, compiled by the Unit for Labour Studies, shows that 40% of staff left.", [true])
    exampleSourced("Almost a third of all the attacks logged by NetWarden hit banks.", [true])
    exampleSourced("The results were the best in its history and beat City forecasts of about £80m.", [false])
    exampleSourced("Sales rose 5% to $2 billion but missed the estimates.", [false])
}

/// ClaimEvidence.swift — "the same arguments: …", "his statement: …": a colon after a cue introduces someone's
/// content.
@Test func claimEvidenceAColonAfterACueIntroducesContent() {
    exampleSourced("Reed made the same arguments: taxes would rise 10%.", [true])
    exampleSourced("Reed issued his statement: sales fell 20%.", [true])
}

/// ClaimEvidence.swift — a plan or a pledge gives the figure of its own complement ("Trump's plan to deport 11
/// million", "his proposals, including a $15 minimum wage"); what it "would see", a finite verb after the
/// complement or a relative clause's figure is the writer's.
@Test func claimEvidenceAPlanGivesOnlyTheFigureOfItsComplement() {
    exampleSourced("Trump's plan to deport 11 million immigrants drew protests.", [true])
    exampleSourced("Reed defended his proposals, including a $15 minimum wage.", [true])
    exampleSourced("Reed's pledge that taxes would fall 10% won votes.", [true])
    exampleSourced("Reed's plan to be the first to cut taxes by 10% was praised.", [true])
    exampleSourced("Reed's proposals would see 2,000 new homes built.", [false])
    exampleSourced("Sanders’ plans for the economy would cost $15 trillion.", [false])
    exampleSourced("Her plan to cut taxes is costed at $3bn.", [false])
    exampleSourced("He returned the contribution to his campaign that Pate made—all $2,700.", [false])
}

/// ClaimEvidence.swift — an owned intention noun ("Trump's most famously false contention") sources its figure; a
/// pronoun's measure ("his tally for the season"), a role taken ("since Dorsey took charge in 2003") and a noun
/// used as a modifier ("the US budget deficit") do not.
@Test func claimEvidenceOwnedIntentionNounsButNotMeasuresOrRoles() {
    exampleSourced("Trump's most famously false contention was that 3 million people voted illegally.", [true])
    exampleSourced("Kane has scored 30 goals, his tally for the season.", [false])
    exampleSourced("Sales rose 20% since Dorsey took charge in 2003.", [false])
    exampleSourced("The US budget deficit rose to $500 billion.", [false])
}

/// ClaimEvidence.swift — a hearing's noun before "heard" sources the sentence's statement: "Pell diverted £1.2m,
/// Leeds Crown Court heard", "An inquest heard".
@Test func claimEvidenceAHearingHeardTheStatement() {
    exampleSourced("Pell diverted £1.2m, Leeds Crown Court heard.", [true])
    exampleSourced("An inquest heard that Reed drove at 90mph.", [true])
}

/// ClaimEvidence.swift — where a hearing sits stands between its noun and its verb of hearing ("An inquest in
/// Shrewsbury heard", "A hearing at Westminster Magistrates' Court was told"); a place with no verb of hearing
/// sources nothing.
@Test func claimEvidenceAHearingWhereItSitsHeardTheStatement() {
    exampleSourced("An inquest in Shrewsbury heard midwives missed three chances to act.", [true])
    exampleSourced("An inquest at Shirehall in Shrewsbury heard that midwives missed three chances to act.", [true])
    exampleSourced("A hearing at Westminster Magistrates' Court was told he had debts of £40,000.", [true])
    exampleSourced("The trial in Leeds cost £2m.", [false])
}

/// ClaimEvidence.swift — a light verb with a speech noun says, the figure in its "that" clause ("made a plea …",
/// "made the case that 40 percent …", "has privately made the strongest case"); not a figure before "that" ("made
/// the case to 23 leaders that …") nor a narrated deed ("made good on a promise").
@Test func claimEvidenceALightVerbWithASpeechNounSays() {
    exampleSourced(
        "Donald Trump made a plea for the party to accept that he is bringing millions of new voters.", [true])
    exampleSourced("Sarah Hale made the case that 40 percent of voters back her.", [true])
    exampleSourced("She made the case that 40 percent of voters back her.", [true])
    exampleSourced("Donald Trump has privately made the strongest case that 40 percent of voters back him.", [true])
    exampleSourced("Sarah Hale made the case to 23 leaders that taxes must fall.", [false])
    exampleSourced("Sarah Hale made good on a promise to give $1 million.", [false])
}

/// ClaimEvidence.swift — a stance whose holder is named, after "is that", holds the figure: "The concern within the
/// administration is that …", "The big fear among investors was that …", "The administration's worry is that …",
/// "His concern is that …".
@Test func claimEvidenceANamedHoldersStanceIsThatsContent() {
    exampleSourced("The concern within the administration is that 2 million jobs could go.", [true])
    exampleSourced("The big fear among investors was that rates would hit 5%.", [true])
    exampleSourced("The administration's worry is that 2 million jobs could go.", [true])
    exampleSourced("His concern is that 2 million jobs could go.", [true])
}

/// ClaimEvidence.swift — a paragraph opening with a named speaker and a colon ("Matthews: Well, …", "Luciana Lopez:
/// No one …") is a transcript's turn: its figures are the speaker's.
@Test func claimEvidenceATranscriptTurnIsTheSpeakers() {
    exampleSourced("Chris Matthews hosted the show.\n\nMatthews: Well, about 40% of voters are angry.", [true])
    exampleSourced(
        "Luciana Lopez joined the panel.\n\nLuciana Lopez: No one expected 40% of voters to stay home.", [true])
    exampleSourced(
        "Chris Matthews hosted the show.\n\nMatthews: Well, speculation is bad. Turnout fell by 40%.", [true])
}

/// ClaimEvidence.swift — reports or estimates right before "of" and the figure give it ("reports of more than 100
/// assaults", "estimates of up to 5,000 dead"); a list someone releases gives its entries' figure ("Clinton
/// released a list of more than 200,000 donors"), not a list no one releases.
@Test func claimEvidenceReportsOfAFigureAndReleasedLists() {
    exampleSourced("Police received reports of at least 20 assaults.", [true])
    exampleSourced("Police had estimates of up to 5,000 dead.", [true])
    exampleSourced("Hillary Clinton released a list of the 400 donors.", [true])
    exampleSourced("Hillary Clinton released a list of more than 200,000 donors.", [true])
    exampleSourced("The party published its list of 25 delegates.", [true])
    exampleSourced("Forbes published its first ''400'' list of 400 people.", [true])
    exampleSourced("A list of 40 names was long.", [false])
}

/// ClaimEvidence.swift — "Under Trump's plan, …" with a binding modal, and a document right before a verb of terms
/// ("A new rule will require…", "Party rules allow for…", "the plan, which includes…") source the figure; not a
/// plain past ("Under the law, 20 million people gained coverage") nor a figure outside the terms' clause.
@Test func claimEvidenceADocumentsTermsHoldTheFigure() {
    exampleSourced("Under Trump's plan, taxes would fall by 10%.", [true])
    exampleSourced("Under the law, 20 million people gained coverage.", [false])
    exampleSourced("A new rule will require workers earning up to $47,476 to get overtime.", [true])
    exampleSourced("Party rules allow for reports at the request of 25% of members.", [true])
    exampleSourced("Reed backed the plan, which includes a $25 billion bank.", [true])
    exampleSourced("Reed cut the budget, which provides care to the nation's poorest.", [false])
    exampleSourced("Reed cut the budget, which provides care to the poorest, by $45bn.", [false])
}

/// ClaimEvidence.swift — a ranking participle with a named agent ("ranked third by Forbes", "voted the best by
/// readers of Empire") and a rating's named publisher ("a 71% approval rating on review aggregator ScoreReel",
/// "Bookmaker Hallam Bet makes him the 2-1 favourite") source it; not an unnamed publisher ("bookmakers make him
/// favourite"); "a 5% rise, bookmaker Hallam said" is a report.
@Test func claimEvidenceARankingsAgentAndARatingsPublisher() {
    exampleSourced("The largest firm in Leeds was ranked third by Forbes.", [true])
    exampleSourced("The film was voted the best by readers of Empire.", [true])
    exampleSourced("The film has a 71% approval rating on review aggregator ScoreReel.", [true])
    exampleSourced("Bookmaker Hallam Bet makes him the 2-1 favourite.", [true])
    exampleSourced("Bookmaker Paddock Bet is offering 5-1 on her.", [true])
    exampleSourced("Bookmakers make him favourite at 3-1.", [false])
    exampleSourced("Prices saw a 5% rise, bookmaker Hallam said.", [true])
}

/// ClaimEvidence.swift — a document speaking ("A second poll for the paper found that…", "the study showed", "A
/// University of New Hampshire poll out this week shows") heads a run the next sentence continues; not a modifier
/// ("Clinton's polling decline").
@Test func claimEvidenceADocumentSpeakingHeadsARun() {
    exampleSourced("A second poll for the paper found that 40% back Reed. Another 30% back Hale.", [true, true])
    exampleSourced("The study showed that 40% of staff quit. Another 30% took leave.", [true, true])
    exampleSourced("A University of New Hampshire poll out this week shows Reed at 40%. Hale has 30%.", [true, true])
    exampleSourced("Clinton's polling decline showed that voters were tired. Hale has 30%.", [false])
}

/// ClaimEvidence.swift — a document not out yet sources nothing ("ahead of jobs data", a report "due later in the
/// week"); not a lead ("running ahead of Trump in the polls") nor a cause ("fell due to weak demand, its figures
/// showed").
@Test func claimEvidenceAnAwaitedDocumentSourcesNothing() {
    exampleSourced("Shares fell 2% as investors awaited a U.S. inflation report due later in the week.", [false])
    exampleSourced("Hale is running ahead of Trump in the polls with 40%.", [false])
    exampleSourced("Sales fell 10% due to weak demand, its figures showed.", [true])
}

/// ClaimEvidence.swift — an evidence noun names a source when it speaks ("the poll found", "a poll in all 50 states
/// finds"), is named ("a Reuters rolling poll", "a survey by Gallup") or is where the figure comes from ("from the
/// survey", "as of the last report"); not "six times more data", a measure ("the Dow Jones average"), "has
/// overtaken Bush in polling", adding to pressure, or a standing "in the polls".
@Test func claimEvidenceAnEvidenceNounNamesASource() {
    exampleSourced("Sales fell 10%, the poll found.", [true])
    exampleSourced("A poll in all 50 states finds Reed at 40%.", [true])
    exampleSourced("A Reuters rolling poll puts Reed at 40%.", [true])
    exampleSourced("Reed won 40% in a survey by Gallup.", [true])
    exampleSourced("Reed took 40% of the vote, from the survey.", [true])
    exampleSourced("Reed won 40% of the vote, from the report.", [true])
    exampleSourced("Reed won 40% of the vote, as of the last report.", [true])
    exampleSourced("The firm holds six times more data than its rivals.", [false])
    exampleSourced("The Dow Jones average fell 2%.", [false])
    exampleSourced("Reed has overtaken Bush in polling with 40%.", [false])
    exampleSourced("The figures will add to pressure on the Bank to keep rates at 4.75%.", [false])
    exampleSourced("Smith leads in the polls. Smith has 40%.", [false, false])
}

/// ClaimEvidence.swift — a plan unveiled ("unveils a £2bn package"), an estimate put ("The AA puts the cost at
/// £500"), a poll's question ("Asked who would make the best prime minister, 39% chose Tony Blair") and a forecast
/// revised ("cut their target price to 8.50 euros") are their maker's figures.
@Test func claimEvidenceEstimatesPutPlansUnveiledAndForecastsRevised() {
    exampleSourced("The Scottish Executive unveils a £2bn package for schools.", [true])
    exampleSourced("Another firm, Bridgeport Labs, put the number of infections at about 20,000.", [true])
    exampleSourced("The AA puts the cost at £500.", [true])
    exampleSourced("Asked who would make the best prime minister, 39% chose Tony Blair.", [true])
    exampleSourced("Analysts at KBV cut their target price to 8.50 euros.", [true])
    exampleSourced("It has raised its sales target from three million to four million.", [true])
}

/// ClaimEvidence.swift — evidence's "has Clinton at 45%" sources the figure; "have" before a participle ("Average
/// bills have risen by 70%") is an auxiliary.
@Test func claimEvidenceHasAtAFigureButNotAPerfect() {
    exampleSourced("A poll by Gallup has Clinton at 45%.", [true])
    exampleSourced("Average bills have risen by 70%.", [false])
}

/// ClaimEvidence.swift — an intention noun followed by "by" or "from" and a named person is someone's ("suggestions
/// by the GOP front-runners, Donald Trump and…", "a proposal from Sanders"), past the owner to its complement; a
/// plan's own predicate stays the writer's.
@Test func claimEvidenceOwnerNamedAfterAnIntentionNoun() {
    exampleSourced("Voters backed a proposal from Sanders to raise the wage to $15.", [true])
    exampleSourced(
        "Voters liked the suggestions by the GOP front-runners, Donald Trump and Ted Cruz, to cut 10% of jobs.", [true])
    exampleSourced("A proposal from Bernie Sanders would raise the wage to $15.", [false])
}

/// ClaimEvidence.swift — "that" after a plan noun opens its content only with a modal ("Hale's proposal that taxes
/// would fall 10%"); a relative clause's figure is the writer's.
@Test func claimEvidenceThatOpensAPlansContentOnlyWithAModal() {
    exampleSourced("Hale's proposal that taxes would fall 10% won votes.", [true])
    exampleSourced("Hale's proposal that voters backed cut taxes by 10%.", [false])
}

/// ClaimEvidence.swift — a hearing sources what it heard ("…, the court heard"), not "the court ruled", a decision
/// the writer reports.
@Test func claimEvidenceACourtRulingIsNoHearing() {
    exampleSourced("Reed paid £1.2m in damages after the court ruled against him.", [false])
    exampleSourced("Reed diverted £1.2m, the court heard.", [true])
}

/// ClaimEvidence.swift — "According to X, …" hands its paragraph over to what X gives ("According to Marsh, rates
/// have diverged seven times. Three times, it has led to a 20% fall in output."); "X said" heads no run.
@Test func claimEvidenceAccordingToHeadsARun() {
    exampleSourced(
        "According to Marsh, rates have diverged seven times. Three times, it has led to a 20% fall in output.", [true])
    exampleSourced(
        "Marsh said rates have diverged seven times. Three times, it has led to a 20% fall in output.", [false])
}

/// ClaimEvidence.swift — a cause's "due to" awaits no document: in "fell due to weak demand, its figures showed"
/// the figures are out, and source a figure outside what they showed.
@Test func claimEvidenceACausesDueToAwaitsNoDocument() {
    exampleSourced("Profit fell due to weak demand, its figures showed, and sales dropped 10%.", [true])
}

/// ClaimEvidence.swift — a measure word before a verb of change reads it as a noun it describes: "the index rose and
/// showed …" names no evidence.
@Test func claimEvidenceAMeasureWordBeforeAVerbOfChange() {
    exampleSourced("The index rose and showed a 5% fall in prices.", [false])
}

/// ClaimEvidence.swift — a document after "in the" and up to two modifiers sources the figure ("in the latest
/// survey"); "in the latest polls", a standing in general, names none.
@Test func claimEvidenceInTheLatestSurvey() {
    exampleSourced("Hale has won 40% of the vote in the latest survey.", [true])
    exampleSourced("Hale has won 40% of the vote in the latest polls.", [false])
}
