import Testing

// Fixtures for the examples quoted in the comments of `Analysis/ClaimWords.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClaimWords.swift — plural magnitudes with "of" make a vague count ("millions of people"); base multiplication
/// verbs claim after "to" ("to triple production"); comparatives after "N times" ("six times more", "four times
/// bigger").
@Test func claimWordsVagueCountsAndMultipliers() {
    exampleClaims("1️⃣Millions of people1️⃣ watched the final.")
    exampleClaims("1️⃣Millions of voters1️⃣ stayed home.")
    exampleClaims("Acme plans to 1️⃣triple1️⃣ production by 2030.")
    exampleClaims("Smokers are 1️⃣six times more1️⃣ likely to fall ill.")
    exampleClaims("The new plant is 1️⃣four times bigger1️⃣ than the old one.")
}

/// ClaimWords.swift — a judgement superlative claims only with a span of time ("worst since 1987", "in a decade",
/// "for a generation"); a possessive scope makes a superlative a ranking ("the country's biggest"); a ranked
/// measure before "of" ("the biggest share of the market").
@Test func claimWordsSuperlativesWithSpanOrScope() {
    exampleClaims("The drought is the 1️⃣worst1️⃣ since 1987.")
    exampleClaims("It was the 1️⃣hottest1️⃣ summer in a decade.")
    exampleClaims("It was the 1️⃣worst1️⃣ defeat for a generation.")
    exampleClaims("Acme is the 1️⃣country's biggest1️⃣ bank.")
    exampleClaims("Acme has the 1️⃣biggest1️⃣ share of the market.")
}

/// ClaimWords.swift — intentions, refusals and speech events do not source a figure: "was speaking to", "posted a
/// loss", "Whitfield declined to comment on how the curbs would hit sales in China, which accounted for 14% of
/// revenue".
@Test func claimWordsNotSourcingCues() {
    exampleSourced("Clark was speaking to reporters as shares fell 8%.", [false])
    exampleSourced("Acme posted a loss of $5m on Monday.", [false])
    exampleSourced(
        "Whitfield declined to comment on how the curbs would hit sales in China, which accounted for 14% of revenue.",
        [false])
}

/// ClaimWords.swift — verbs by which evidence speaks source a figure: "the poll found", "the index showed" (a
/// measure noun is a source only when it speaks), "the report blames the rise on…" (a cause the document gives).
@Test func claimWordsEvidenceVerbs() {
    exampleSourced("The poll found 40% of voters back Reed.", [true])
    exampleSourced("The index showed prices rose 3% in May.", [true])
    exampleSourced("The report blames the rise on a 5% tax.", [true])
}

/// ClaimWords.swift — cue verbs that ask someone to act when an object and "to" follow report no content ("asked
/// the court to order"); a question word after the cue still reports ("told them what").
@Test func claimWordsDirectiveCues() {
    exampleSourced("Lawyers asked the court to order Acme to pay $5m.", [false])
    exampleSourced("Reed told them to pay $5m.", [false])
    exampleSourced("Reed told them what 40 workers earn.", [true])
}

/// ClaimWords.swift — verbs of a candidate's standing over a rival ("leads Sanders among Latinos", "trailed Reed
/// among women") and the bare count object of a verb of killing ("a shooting that killed 14") are claims.
@Test func claimWordsStandingAndKillingVerbs() {
    exampleClaims("Clark 1️⃣leads Sanders among Latinos1️⃣.")
    exampleClaims("Clark 1️⃣trailed Reed among women1️⃣.")
    exampleClaims("He fled after a shooting that 1️⃣killed 141️⃣.")
}

/// ClaimWords.swift — a participle of assertion after a comma reports like its finite form ("…, arguing that the
/// deal favours banks"): its named speaker sources a figure.
@Test func claimWordsAssertingParticiple() {
    exampleSourced("Reed rejected the plan, arguing that the deal favours banks that lent $5bn.", [true])
}

/// ClaimWords.swift — basis points attach to a number ("cut by 25bp"); a verb of change or arrival after its
/// measure states a result ("Sales reached $14bn", "rose 5 points"); "the total reached 1.2m" is a count in
/// millions.
@Test func claimWordsAttachedUnitsAndResults() {
    exampleClaims("The bank cut rates by 1️⃣25bp1️⃣ on Thursday.")
    exampleClaims("Sales reached 1️⃣$14bn1️⃣ in 2019.")
    exampleClaims("The FTSE 100 rose 1️⃣5 points1️⃣ on Monday.")
    exampleClaims("The total reached 1️⃣1.2m1️⃣ in May.")
}

/// ClaimWords.swift — a verb after "record" makes it the subject, no record claim: "the record shows".
@Test func claimWordsRecordNounBeforeVerb() {
    exampleClaims("The record shows 1️⃣40 arrests1️⃣ in May.")
}

/// ClaimWords.swift — a comparison with all others ranks: "more votes than any other candidate", "higher than any
/// other state", "larger than ever", "fewer delegates than ever" (not "now more than ever").
@Test func claimWordsRankingThanAny() {
    exampleClaims("Reed won 1️⃣more votes than any1️⃣ other candidate.")
    exampleClaims("Rents are 1️⃣higher than any1️⃣ other state.")
    exampleClaims("Prices are 1️⃣larger than ever1️⃣.")
    exampleClaims("Reed won 1️⃣fewer delegates than ever1️⃣.")
    exampleClaims("We need him now more than ever.")
}

/// ClaimWords.swift — who was the last to do something is a record ("the last Democrat to win Kentucky", "the last
/// president to visit", "the last Republican to"); "made history by nominating the first…" states a record.
@Test func claimWordsLastToAndHistory() {
    exampleClaims("Reed was the 1️⃣last Democrat1️⃣ to win Kentucky.")
    exampleClaims("Reed was the 1️⃣last president1️⃣ to visit Cuba.")
    exampleClaims("Reed was the 1️⃣last Republican1️⃣ to win Ohio.")
    exampleClaims("The party 1️⃣made history1️⃣ by nominating the first woman.")
}

/// ClaimWords.swift — "twice as" with a measure ("twice as likely", "twice as high") and "twice the" with a measure
/// ("twice the number", "twice the national average") are claims.
@Test func claimWordsTwice() {
    exampleClaims("Women are 1️⃣twice as likely1️⃣ to vote.")
    exampleClaims("Rents are 1️⃣twice as high1️⃣ in Leeds.")
    exampleClaims("Acme hired 1️⃣twice the number1️⃣ of staff.")
    exampleClaims("Rents are 1️⃣twice the national1️⃣ average.")
}

/// ClaimWords.swift — how full a place is, after a share of it and a comparison: "more than half empty".
@Test func claimWordsCapacityShare() {
    exampleClaims("The stadium was 1️⃣more than half1️⃣ empty.")
}

/// ClaimWords.swift — verbs of a market's close before "up" or "down" ("Its shares closed up 11%", "ended down
/// 3p"), verbs of a level before "at" ("now stands at £152,300", "remained at 4.75%") and a result's subject with a
/// tail ("Sales at stores open a year rose", "Profit in the UK fell") state results.
@Test func claimWordsMarketClosesAndLevels() {
    exampleClaims("Its shares closed up 1️⃣11%1️⃣ on Friday.")
    exampleClaims("Acme shares ended down 1️⃣3p1️⃣.")
    exampleClaims("The average house price now stands at 1️⃣£152,3001️⃣.")
    exampleClaims("The base rate remained at 1️⃣4.75%1️⃣.")
    exampleClaims("Sales at stores open a year rose 1️⃣4%1️⃣.")
    exampleClaims("Profit in the UK fell 1️⃣8%1️⃣.")
}

/// ClaimWords.swift — nouns after odds make a bookmaker's price: "a 7-2 favourite", "a 100-1 shot".
@Test func claimWordsOdds() {
    exampleClaims("Reed is a 1️⃣7-21️⃣ favourite to win.")
    exampleClaims("Reed is a 1️⃣100-11️⃣ shot for the title.")
}

/// ClaimWords.swift — words that open a supposition make no claim: "Unless 40% vote, …".
@Test func claimWordsSuppositions() {
    exampleClaims("Unless 40% vote, the strike cannot go ahead.")
}

/// ClaimWords.swift — a ranking participle with an agent sources the ranking: "listed as … by Spamhaus".
@Test func claimWordsRankingAgent() {
    exampleSourced("Acme was listed as the world's largest spammer by Spamhaus.", [true])
}

/// ClaimWords.swift — a document whose terms a sentence gives sources its figures: "Under the new rule, workers
/// earning up to $47,476 must…", "Under the rule, workers must…", "the rule will require…", "the plan, which
/// includes…".
@Test func claimWordsTermsDocuments() {
    exampleSourced("Under the new rule, workers earning up to $47,476 must be paid overtime.", [true])
    exampleSourced("Under the rule, workers must be paid $15 an hour.", [true])
    exampleSourced("The rule will require firms to pay $15 an hour.", [true])
    exampleSourced("The plan, which includes $5bn for roads, passed on Monday.", [true])
}

/// ClaimWords.swift — plural evidence gives a figure after "of" ("reports of more than 100 assaults"); a list or
/// ranking made public sources the count of its entries ("released a list of more than 200,000 donors", "published
/// its list of", "released a ranking of").
@Test func claimWordsReportsAndListsOf() {
    exampleSourced("Police received reports of more than 100 assaults.", [true])
    exampleSourced("The party released a list of more than 200,000 donors.", [true])
    exampleSourced("Forbes published its list of the 400 richest Americans.", [true])
    exampleSourced("Forbes released a ranking of the 50 largest banks.", [true])
}

/// ClaimWords.swift — a light verb makes a speech noun a verb of saying: "makes the argument that" reports the
/// named speaker's content.
@Test func claimWordsLightSpeechVerbs() {
    exampleSourced("Tom Reed makes the argument that 40 percent of voters back him.", [true])
}

/// ClaimWords.swift — a small count followed by a list naming what it counts tells the story ("three articles from
/// A, B and C").
@Test func claimWordsSmallCountIntroducingList() {
    exampleClaims("Reed cited three articles from A, B and C.")
    exampleClaims("Reed cited three articles from Reuters, CNN and Yahoo.")
}

/// ClaimWords.swift — pronouns after "N of" refer to a group already named ("three of those"); "Of these, 72 have
/// settled" refers back to what the sentence before counted, no figure of its own.
@Test func claimWordsPartitivesReferringBack() {
    exampleClaims("Acme built 1️⃣40 stores1️⃣. 2️⃣Three of those2️⃣ closed in May.")
    exampleClaims("Acme faces 1️⃣90 lawsuits1️⃣. Of these, 72 have settled.")
}

/// ClaimWords.swift — a distance before an event noun names a sporting event, no claim: "the 12km race", "the 100m
/// final".
@Test func claimWordsEventDistances() {
    exampleClaims("Reed won the 12km race on Sunday.")
    exampleClaims("Reed won the 100m final on Sunday.")
}

/// ClaimWords.swift — a hedge before a causal verb makes it speculation, no claim: "could well have", "may also
/// have been" (the unhedged verb is a claim).
@Test func claimWordsHedgedCauses() {
    exampleClaims("Heat could well have contributed to the fire.")
    exampleClaims("Heat 1️⃣contributed to1️⃣ the fire.")
    exampleClaims("The fire may also have been caused by heat.")
    exampleClaims("The fire was 1️⃣caused by1️⃣ heat.")
}

/// ClaimWords.swift — auxiliaries between a bare count and its casualty word: "are confirmed dead".
@Test func claimWordsCasualties() {
    exampleClaims("1️⃣At least 12 are confirmed dead1️⃣.")
}

/// ClaimWords.swift — a noun of kind or manner after "the only" makes no ranking ("the only chance to"); nor does a
/// negation before it ("isn't the only").
@Test func claimWordsOnlyAndNegations() {
    exampleClaims("It is the only chance to win.")
    exampleClaims("Reed isn't the only candidate to win Ohio.")
    exampleClaims("Reed is 1️⃣the only candidate1️⃣ to win Ohio.")
}

/// ClaimWords.swift — participles of a vote or a ranking before "the" and a superlative: "ranked the worst".
@Test func claimWordsVotedRankings() {
    exampleClaims("Leeds was ranked the 1️⃣worst1️⃣ city for traffic.")
}

/// ClaimWords.swift — a standing in the polls ("trails in national polls") and a lead by a margin in a sentence
/// about a vote or a poll ("leads by 7 points", "a 5-point edge", "within 4 points of", "by just four points", "by
/// only two points", "the 8-point win", "a one-point difference", "3 points over Sanders") are claims; "in the
/// district" places a lead in a race.
@Test func claimWordsPollStandingsAndMargins() {
    exampleClaims("Reed 1️⃣trails in national polls1️⃣.")
    exampleClaims("Reed leads by 1️⃣7 points1️⃣ in the poll.")
    exampleClaims("Reed has a 1️⃣5-point edge1️⃣ in the poll.")
    exampleClaims("Reed came within 1️⃣4 points1️⃣ of Clark in the vote.")
    exampleClaims("Reed won the vote by just 1️⃣four points1️⃣.")
    exampleClaims("Reed won the vote by only 1️⃣two points1️⃣.")
    exampleClaims("Reed celebrated the 1️⃣8-point win1️⃣ in the vote.")
    exampleClaims("The poll shows a 1️⃣one-point difference1️⃣.")
    exampleClaims("Clark leads 1️⃣3 points1️⃣ over Sanders in the poll.")
    exampleClaims("Reed leads Clark by 1️⃣5 points1️⃣ in the district.")
}

/// ClaimWords.swift — nouns after a tally make it a vote's ("a 5-4 decision", "a 5-4 ruling"); an electoral unit
/// joined to a figure before a margin ("a 300-vote margin"); an electoral count ranked ("the most delegates").
@Test func claimWordsVoteTallies() {
    exampleClaims("The court issued a 1️⃣5-4 decision1️⃣.")
    exampleClaims("The court issued a 1️⃣5-4 ruling1️⃣.")
    exampleClaims("Reed won with a 1️⃣300-vote margin1️⃣.")
    exampleClaims("Reed won 1️⃣the most delegates1️⃣.")
}

/// ClaimWords.swift — verbs that end a streak of a span: "ended five years of dominance", "snapped 12 years of
/// waiting".
@Test func claimWordsStreakEnders() {
    exampleClaims("The win 1️⃣ended five years of dominance1️⃣.")
    exampleClaims("The win 1️⃣snapped 12 years of waiting1️⃣.")
}

/// ClaimWords.swift — counts in a work's plot are no claims: "a saga of two families", "the novel tells of…", "the
/// series centres on…".
@Test func claimWordsWorksPlots() {
    exampleClaims("The book is a saga of two families.")
    exampleClaims("The novel tells of three sisters.")
    exampleClaims("The series centres on four brothers.")
}

/// ClaimWords.swift — participles of a work's making after "is"/"was" are authorship, not a report: "was produced
/// by".
@Test func claimWordsAuthorship() {
    exampleSourced("The film was produced by Tom Reed for $5m.", [false])
}

/// ClaimWords.swift — a possessive ordinal before a career achievement is a tally ("his third Grammy"), before a
/// streak word a run ("their second straight win"); otherwise it only identifies ("Clinton's first Senate
/// campaign").
@Test func claimWordsCareerOrdinals() {
    exampleClaims("It was his 1️⃣third1️⃣ Grammy.")
    exampleClaims("It was their 1️⃣second1️⃣ straight win.")
    exampleClaims("It was Clinton's first Senate campaign.")
}

/// ClaimWords.swift — results counted with a tally's scope are tallies: "six straight wins", "14 consecutive
/// games", "have won four titles", "have already scored", "five titles this year", "three of their past five
/// games", "won the title for the third time".
@Test func claimWordsCareerTalliesAndStreaks() {
    exampleClaims("Leeds have 1️⃣six straight wins1️⃣.")
    exampleClaims("Leeds have lost 1️⃣14 consecutive games1️⃣.")
    exampleClaims("Leeds have won 1️⃣four titles1️⃣.")
    exampleClaims("Reed has already scored 1️⃣11 goals1️⃣.")
    exampleClaims("Leeds have won 1️⃣five titles1️⃣ this year.")
    exampleClaims("Leeds have won 1️⃣three of their past five games1️⃣.")
    exampleClaims("Reed won the title for the 1️⃣third1️⃣ time.")
}

/// ClaimWords.swift — a span before an extreme makes a record: "a five-year peak".
@Test func claimWordsSpanExtremes() {
    exampleClaims("The pound hit a 1️⃣five-year peak1️⃣.")
}

/// ClaimWords.swift — participles of recording data with "by" and a name make the data the recorder's: "complaints
/// received by Ofcom", "cases recorded by the Met".
@Test func claimWordsRecordingParticiples() {
    exampleSourced("There were 400 complaints received by Ofcom.", [true])
    exampleSourced("There were 300 cases recorded by the Met.", [true])
}

/// ClaimWords.swift — verbs of making a plan public source its sum: "outlined a £2bn package", "a £40m scheme".
@Test func claimWordsUnveiledPlans() {
    exampleSourced("The minister outlined a £2bn package.", [true])
    exampleSourced("Acme unveiled a £40m scheme.", [true])
}

/// ClaimWords.swift — "That"/"This" and a verb or a figure noun go on from the figure before and carry its source:
/// "That compares with 13.1%", "This means about £70 more", "this figure rises".
@Test func claimWordsFigureSequels() {
    exampleSourced("Inflation was 14.2% in May, Reed said. That compares with 13.1% in April.", [true, true])
    exampleSourced("Prices rose 5%, Reed said. This means about £70 more a month.", [true, true])
    exampleSourced("Sales rose 5%, Reed said. This figure rises to 8% in May.", [true, true])
}

/// ClaimWords.swift — "put"/"puts" with an estimated sum's noun source the sum: "puts the cost at £500".
@Test func claimWordsEstimatedSums() {
    exampleSourced("Reed puts the cost at £500 a month.", [true])
}

/// ClaimWords.swift — what a drought goes without makes a streak ("without a goal in five games"); a rank held in a
/// field ("was ranked third for the number of…").
@Test func claimWordsDroughtsAndRanks() {
    exampleClaims("Leeds are without a goal in 1️⃣five games1️⃣.")
    exampleClaims("Leeds was 1️⃣ranked third1️⃣ for the number of burglaries.")
}

/// ClaimWords.swift — "see" with the subject's own object is what it underwent, not a report: "has seen its profits
/// squeezed".
@Test func claimWordsSeeForms() {
    exampleSourced("Acme has seen its profits squeezed by a 5% tax.", [false])
}

/// ClaimWords.swift — a hyphenated record within a competition or a career ("a season-best 7.12 seconds", "a
/// career-best 64"); a superlative ranked within a competition or period after "of the" ("the fastest time of the
/// season", "the highest of the year"), not a place ("of the town").
@Test func claimWordsCompetitionRecords() {
    exampleClaims("Reed ran a 1️⃣season-best1️⃣ 7.12 seconds.")
    exampleClaims("Reed shot a 1️⃣career-best1️⃣ 64.")
    exampleClaims("Reed ran the 1️⃣fastest1️⃣ time of the season.")
    exampleClaims("The score was the 1️⃣highest1️⃣ of the year.")
    exampleClaims("It is the oldest house of the town.")
}

/// ClaimWords.swift — a margin taken off a record is a record claim: "took 0.03 seconds off the mark set in 1996",
/// "knocked two seconds off the British record", "off her personal best".
@Test func claimWordsMarginsOffRecords() {
    exampleClaims("Reed took 1️⃣0.03 seconds1️⃣ off the mark set in 1996.")
    exampleClaims("Reed knocked 1️⃣two seconds1️⃣ off the British record.")
    exampleClaims("Reed took a second off her 1️⃣personal best1️⃣.")
}

/// ClaimWords.swift — a plea to charges is no statement ("admitted two offences"); "defend" with a figure is what a
/// contest puts at stake ("defending 1,600 seats"), no report.
@Test func claimWordsPleasAndStakes() {
    exampleSourced("Tom Reed admitted two offences of fraud.", [false])
    exampleSourced("Labour is defending 1,600 seats.", [false])
}

/// ClaimWords.swift — revising a forecast or target a source sets for itself sources the figure: "raised its
/// forecast", "their growth forecast".
@Test func claimWordsRevisedForecasts() {
    exampleSourced("Acme raised its forecast to $5bn.", [true])
    exampleSourced("Acme cut their growth forecast to 2%.", [true])
}

/// ClaimWords.swift — "The Luton-based carrier made £18m" refers back to the airline that reported and carries its
/// source.
@Test func claimWordsBusinessReference() {
    exampleSourced("Acme Airways said on Monday that sales rose 5%. The Luton-based carrier made £18m.", [true, true])
}

/// ClaimWords.swift, ClaimCarries.swift — "The country saw more than $1.2bn…" refers back to the country that
/// reported and carries its source; after a person's report it carries nothing.
@Test func claimWordsCountryReference() {
    exampleSourced(
        "Ghana announced revenues had broken new records. The country saw more than $1.2bn-worth of the beans exported during 2003-04.",
        [true, true])
    exampleSourced(
        "Ms Hale said revenues had broken new records. The country saw more than $1.2bn-worth of the beans exported during 2003-04.",
        [true, false])
}

/// ClaimWords.swift — waiting for a document not yet out leaves a figure unsourced: "ahead of jobs data".
@Test func claimWordsAwaitedDocuments() {
    exampleSourced("Shares fell 2% ahead of jobs data.", [false])
}

/// ClaimWords.swift — what a study does to its sample describes its methodology, no claim: "analysed the records of
/// 340,000 adults", "the team tracked"; researchers joined to where they work source findings ("scientists from
/// Oxford and Cambridge").
@Test func claimWordsStudyMethodology() {
    exampleClaims("Researchers analysed the records of 340,000 adults.")
    exampleClaims("The team tracked 5,000 people.")
    exampleSourced("Scientists from Oxford and Cambridge found that 40% of adults snore.", [true])
}

/// ClaimWords.swift — hearings whose evidence sources a statement: "the court heard", "an inquest heard".
@Test func claimWordsHearings() {
    exampleSourced("The court heard that Reed stole £5,000.", [true])
    exampleSourced("An inquest heard that Reed drank 12 pints.", [true])
}

/// ClaimWords.swift — an ordinal with a span "this" scopes ("the fourth strike this year"); verbs that set or break
/// a record ("broke the world record", "set a new record"); scopes a record is held within ("a national record", "a
/// tournament record").
@Test func claimWordsOrdinalsAndRecords() {
    exampleClaims("It was the 1️⃣fourth1️⃣ strike this year.")
    exampleClaims("Reed broke the world 1️⃣record1️⃣.")
    exampleClaims("Reed set a new 1️⃣record1️⃣.")
    exampleClaims("Reed set a national 1️⃣record1️⃣.")
    exampleClaims("Reed set a tournament 1️⃣record1️⃣.")
}

/// ClaimWords.swift — rank words with a place scope rank ("the main export product in Nigeria"); "most" with a
/// measure ranks ("the most populous"); an audience counted ranks ("the most watched programme"); nouns whose size
/// is a judgement rank nothing ("one of the biggest Oscar buzzes in recent years", "his biggest boosters").
@Test func claimWordsRankAdjectivesAndMeasures() {
    exampleClaims("Oil is 1️⃣the main export product1️⃣ in Nigeria.")
    exampleClaims("Lagos is the 1️⃣most populous1️⃣ city in Nigeria.")
    exampleClaims("It was the 1️⃣most watched1️⃣ programme in Britain last year.")
    exampleClaims("It was one of the biggest Oscar buzzes in recent years.")
    exampleClaims("They were his biggest boosters.")
}

/// ClaimWords.swift — plans and pledges give the figure of their own complement: "Trump's plan to deport 11
/// million", "a pledge of".
@Test func claimWordsPlansAndPledges() {
    exampleSourced("Trump's plan to deport 11 million was unveiled on Monday.", [true])
    exampleSourced("Reed's pledge of $5m was welcomed.", [true])
}

/// ClaimWords.swift — stances held by someone named after them source what follows "is that": "The concern within
/// the administration is that…", "The view among economists was that…", "the fear among investors", "the view in
/// Washington".
@Test func claimWordsStanceFrames() {
    exampleSourced("The concern within the administration is that 40% of staff will quit.", [true])
    exampleSourced("The view among economists was that prices would rise 3%.", [true])
    exampleSourced("The fear among investors is that shares will fall 10%.", [true])
    exampleSourced("The view in Washington is that 5,000 troops will stay.", [true])
}

/// ClaimWords.swift — words of money before a bare plural magnitude make a sum ("spent millions on ads"); "millions
/// of voters" is a count.
@Test func claimWordsBarePluralSums() {
    exampleClaims("Reed 1️⃣spent millions1️⃣ on ads.")
}

/// ClaimWords.swift — a negated verb of winning or holding up to a year is a streak: "has not won the state since
/// 1988", "No Democrat has held the seat since 1994", "since early 2001".
@Test func claimWordsUnbrokenSince() {
    exampleClaims("Labour has 1️⃣not won the state since 19881️⃣.")
    exampleClaims("1️⃣No Democrat has held the seat since 19941️⃣.")
    exampleClaims("Labour has 1️⃣not won the seat since early 20011️⃣.")
}

/// ClaimWords.swift — one-word causal verbs: "the crash triggered a sell-off".
@Test func claimWordsCausalVerbs() {
    exampleClaims("The crash 1️⃣triggered1️⃣ a sell-off.")
}

/// ClaimWords.swift — a preposition before a participle makes it an adjective, not a reporting cue: "of reported
/// cases".
@Test func claimWordsAdjectivalParticiples() {
    checkNoRelation("The rate of reported cases rose 40% in May.", learned: false)
    exampleSourced("The rate of reported cases rose 40% in May.", [false])
}

/// ClaimWords.swift — a modifier makes "demand" a market's, not someone's: "strong demand from China" sources
/// nothing.
@Test func claimWordsMarketDemand() {
    exampleSourced("Prices rose 5% on strong demand from China.", [false])
}

/// ClaimWords.swift — marketDemandModifiers: "rising consumer demand", "strong demand from China" are a market's
/// demand, no reporting verb and no source for a figure ("Consumers demand lower prices" is a verb).
@Test func claimWordsMarketDemandIsNoOnesReport() {
    exampleSourced("Prices rose 5% on rising consumer demand.", [false])
    checkNoRelation("Prices rose 5% on rising consumer demand.", learned: false)
    checkNoRelation("Sales rose on strong demand from China.", learned: false)
    checkRelation("2️⃣Consumers2️⃣ 1️⃣demand1️⃣ 3️⃣lower prices3️⃣.", .other)
}

/// ClaimWords.swift — estimatedNouns: "put the death toll at 300" sources the sum as "puts the cost at £500" does,
/// past one modifier.
@Test func claimWordsPutAnEstimateWithAModifiedNoun() {
    exampleSourced("Officials put the death toll at 300 people.", [true])
    exampleSourced("The council put the final bill at £5m.", [true])
}

/// ClaimWords.swift — basis points written against the number: "cut by 25bp".
@Test func claimWordsBasisPointsAbbreviated() {
    exampleClaims("The Bank cut by 1️⃣25bp1️⃣.")
}

/// ClaimWords.swift — words that stress a unit as whole: "a full percentage point", "a whole percentage point" (a
/// rate's step, a claim with no digit).
@Test func claimWordsAWholePercentagePoint() {
    exampleClaims("Rates rose by 1️⃣a whole percentage point1️⃣.")
}

/// ClaimWords.swift — predictionBreakers: a prediction word before "and" still holds the figure after it ("will close
/// plants and cut 300 jobs"), one before a clause opener does not.
@Test func claimWordsAndIsNoPredictionBreaker() {
    exampleReasons("The firm will close plants and cut 300 jobs.", ["forecast"])
    exampleReasons("The firm, which will close in May, employs 300 people.", ["quantity"])
    // The figure's clause set off by commas ends before the prediction word.
    exampleReasons("The firm, which employs about 6,500 people, has said it will consider a move.", ["quantity"])
    // Near miss: a figure in the main clause, before the word, still forecasts.
    exampleReasons("The firm said sales of 300 cars will rise.", ["forecast"])
}

/// ClaimWords.swift — perfectFillers: the adverbs between the perfect's auxiliary and a verb of winning ("have
/// already scored") still sum a career.
@Test func claimWordsHaveAlreadyScored() {
    exampleClaims("Leeds have already scored 1️⃣40 goals1️⃣ this season.")
}

/// ClaimWords.swift — "franchise" scopes a hyphenated record: "a franchise-record 14 assists".
@Test func claimWordsAFranchiseRecord() {
    exampleClaims("Kane had a 1️⃣franchise-record1️⃣ 14 assists.")
}

/// ClaimWords.swift — "of" opens a plan's complement ("his pledge of"): the pledge gives its figure; a figure in a
/// clause of its own is the writer's.
@Test func claimWordsOfOpensAPledgesComplement() {
    exampleSourced("Reed kept his pledge of $5m to the charity.", [true])
    exampleSourced("Reed kept his pledge, and gave $5m to the charity.", [false])
}
