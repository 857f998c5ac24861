import Testing

// Fixtures for the examples quoted in the comments of `Analysis/WordClaimCues.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// WordClaimCues.swift — comparisons and records ("its first title since 1966", "the highest since") are claim
/// cues; superlatives used as description ("its flagship store", "the evening's loudest cheer") are none.
@Test func wordClaimCuesOverviewRecordsAndDescriptions() {
    exampleClaims("Leeds won its 1️⃣first1️⃣ title since 1966.")
    exampleClaims("Unemployment is the 1️⃣highest1️⃣ since 1987.")
    exampleClaims("The chain closed its flagship store on Friday.")
    exampleClaims("Hale drew the evening's loudest cheer.")
}

/// WordClaimCues.swift — a poll margin in words is a claim: "leads by five points in Ohio", "a double-digit lead
/// nationally".
@Test func wordClaimCuesPollMarginInWords() {
    exampleClaims("Hale leads by 1️⃣five points1️⃣ in Ohio.")
    exampleClaims("Hale holds a 1️⃣double-digit lead1️⃣ nationally.")
}

/// WordClaimCues.swift — "one billion dollars": "a" or "one" before a large magnitude is a sum in words.
@Test func wordClaimCuesLargeMagnitudeInWords() {
    exampleClaims("The city spent 1️⃣one billion dollars1️⃣ on roads.")
}

/// WordClaimCues.swift — hyphenated words that are figures: "Forty-three per cent", "a five-seat majority", "a
/// five-year high", "a quarter-point reduction", "a half-point rise", "a season-best 7.12 seconds", "a multi-
/// billion pound deal".
@Test func wordClaimCuesHyphenatedWords() {
    exampleSourced("Forty-three per cent of voters backed Hale.", [false])
    exampleClaims("Labour won a 1️⃣five-seat majority1️⃣.")
    exampleClaims("Prices hit a 1️⃣five-year high1️⃣.")
    exampleClaims("The bank made a 1️⃣quarter-point1️⃣ reduction in rates.")
    exampleClaims("The bank announced a 1️⃣half-point1️⃣ rise.")
    exampleClaims("Hale ran a 1️⃣season-best1️⃣ 7.12 seconds.")
    exampleClaims("Reed signed a 1️⃣multi-billion1️⃣ pound deal.")
}

/// WordClaimCues.swift — "it's not unprecedented for agencies to…": a record denied says it has happened before, no
/// cue.
@Test func wordClaimCuesDeniedRecordIsNoCue() {
    exampleClaims("It's not unprecedented for agencies to share data.")
}

/// WordClaimCues.swift — a ranking by a measure needs no scope after "the" ("the most-watched show"), is quoted
/// with its scope ("world's second largest"); "the most delegates" ranks an election's count.
@Test func wordClaimCuesMeasuredRankings() {
    exampleClaims("It was the 1️⃣most-watched1️⃣ show.")
    exampleSourced("Acme is the world's second largest brewer.", [false])
    exampleClaims("Hale won 1️⃣the most delegates1️⃣.")
}

/// WordClaimCues.swift — a rank word with a place scope ("the main export product in Nigeria") and a rank in a
/// field or by a measure ("Britain now ranks fifth among European Union countries", "was ranked third for the
/// number of claims") rank like superlatives.
@Test func wordClaimCuesRankWordsAndRankVerbs() {
    exampleClaims("Britain now 1️⃣ranks fifth1️⃣ among European Union countries.")
    exampleClaims("Leeds was 1️⃣ranked third1️⃣ for the number of claims.")
}

/// WordClaimCues.swift — "a record crowd", "a new record", "a national record", records a verb sets ("set a new
/// national record", "set a new world record"), "the record Millennium Stadium crowd" are records; a person's
/// record ("the Obama record") is a history, no record set.
@Test func wordClaimCuesRecords() {
    exampleClaims("The final drew a 1️⃣record crowd1️⃣.")
    exampleClaims("Hale set a new 1️⃣record1️⃣.")
    exampleClaims("Hale set a new national 1️⃣record1️⃣.")
    exampleClaims("Hale broke a national 1️⃣record1️⃣.")
    exampleClaims("Hale set a new world 1️⃣record1️⃣.")
    exampleClaims("The 1️⃣record1️⃣ Millennium Stadium crowd cheered.")
    exampleClaims("Hale defended the Obama record.")
}

/// WordClaimCues.swift — a multiplier that doubles a lead in play ("doubled the advantage") is a result, no cue.
@Test func wordClaimCuesDoublingALeadIsNoCue() {
    exampleClaims("Reed scored and Hale doubled the advantage.")
}

/// WordClaimCues.swift — "made history" states a record ("Obama made history on Tuesday by nominating the first
/// Muslim…"); a forecast or hope ("could make history") is none.
@Test func wordClaimCuesMadeHistory() {
    exampleClaims("Obama 1️⃣made history1️⃣ on Tuesday by nominating the first Muslim judge.")
    exampleClaims("Hale could make history in May.")
}

/// WordClaimCues.swift — a comparison with all others or all time is a ranking in disguise: "raised more money from
/// small donors than any candidate in history", "turnout higher than ever".
@Test func wordClaimCuesComparisonWithAllOthers() {
    exampleClaims("Hale raised 1️⃣more money from small donors than any1️⃣ candidate in history.")
    exampleClaims("Officials reported turnout 1️⃣higher than ever1️⃣.")
}

/// WordClaimCues.swift — a streak unbroken since a year: "have not led the table since the autumn of 2003".
@Test func wordClaimCuesUnbrokenSince() {
    exampleClaims("Leeds have 1️⃣not led the table since the autumn of 20031️⃣.")
}

/// WordClaimCues.swift — a sum without its figure: "a tycoon worth millions", "has raised billions", "spent
/// millions on ads".
@Test func wordClaimCuesBareSums() {
    exampleClaims("Reed, a tycoon 1️⃣worth millions1️⃣, backed her.")
    exampleClaims("The group has 1️⃣raised billions1️⃣.")
}

/// WordClaimCues.swift — "twice as likely", "twice the number": a multiple of a measure.
@Test func wordClaimCuesTwiceAMeasure() {
    exampleClaims("Women were 1️⃣twice as likely1️⃣ to vote.")
    exampleClaims("Ohio reported 1️⃣twice the number1️⃣ of cases.")
}

/// WordClaimCues.swift — "double", "triple" or "treble" after a hedge, "than" or "be" and before what it multiplies
/// is a measure's multiple, as "twice the" is; the verb with its subject before it is none.
@Test func wordClaimCuesAMultipleOfAMeasure() {
    exampleClaims("Waits were more than 1️⃣double1️⃣ the 18-minute target.")
    exampleClaims("Visits are almost 1️⃣double1️⃣ the national average.")
    exampleClaims("Prices are now 1️⃣treble1️⃣ what they were.")
    exampleClaims("Its debt is 1️⃣double1️⃣ that of 2019.")
    exampleClaims("The firm plans to 1️⃣double1️⃣ the number of stores.")
    exampleClaims("They double the dose for children.")
}

/// WordClaimCues.swift — an ordinal after a possessive is a tally or a first in a career ("Greene's second
/// consecutive defeat", "his first Grand Slam title", "their first straight win"), not a time or stage ("their
/// second half") nor a first that only identifies which ("Clinton's first Senate campaign", "Obama's first chief of
/// staff").
@Test func wordClaimCuesPossessiveOrdinals() {
    exampleClaims("It was Greene's 1️⃣second1️⃣ consecutive defeat.")
    exampleClaims("Reed won his 1️⃣first1️⃣ Grand Slam title.")
    exampleClaims("Leeds earned their 1️⃣first1️⃣ straight win.")
    exampleClaims("Leeds improved in their second half.")
    exampleClaims("Reed ran Clinton's first Senate campaign.")
    exampleClaims("Reed was Obama's first chief of staff.")
}

/// WordClaimCues.swift — shares in words: "half the staff", "playing to houses less than half full"; not "a third
/// world country", "a quarter hour", nor an ordinal after "a" ("a fifth straight win").
@Test func wordClaimCuesFractions() {
    exampleClaims("Nurses make up 1️⃣nearly half1️⃣ the staff.")
    exampleClaims("The cast were playing to houses 1️⃣less than half1️⃣ full.")
    exampleClaims("Reed called it a third world country.")
    exampleClaims("Hale spoke for a quarter hour.")
    exampleClaims("Leeds chased a fifth straight win.")
}

/// WordClaimCues.swift — a superlative of size ranks after a possessive scope ("the world's biggest"), before a
/// scope ("the biggest ever", "the highest since 1987"), after a margin ("far and away the largest"), as a
/// predicate before "among" ("Truancy is highest among 14-year-olds"), or a person's with a span ("her highest
/// ratings ever").
@Test func wordClaimCuesRankedSuperlativesOfSize() {
    exampleClaims("Acme is the 1️⃣world's biggest1️⃣ brewer.")
    exampleClaims("It was the 1️⃣biggest1️⃣ ever.")
    exampleClaims("Acme is far and away the 1️⃣largest1️⃣.")
    exampleClaims("Truancy is 1️⃣highest1️⃣ among 14-year-olds.")
    exampleClaims("Hale saw her 1️⃣highest1️⃣ ratings ever.")
}

/// WordClaimCues.swift — a person's superlative describes ("Trump's biggest booster", "Sanders' largest event"); a
/// place after it only says where ("Clinton's biggest boosters in Iowa").
@Test func wordClaimCuesPersonsSuperlativesDescribe() {
    exampleClaims("Reed is Trump's biggest booster.")
    exampleClaims("Bernie Sanders spoke in May. It was Sanders' largest event.")
    exampleClaims("Reed is one of Clinton's biggest boosters in Iowa.")
}

/// WordClaimCues.swift — a clause in the perfect scopes a superlative ("the largest penalty the FSA has imposed on
/// a lender", "the biggest crowd they have played to"); not after a comma ("the biggest shop in town, which has
/// opened") nor a person's own ("the best film Loach has made").
@Test func wordClaimCuesPerfectClauseScopes() {
    exampleClaims("It is the 1️⃣largest1️⃣ penalty the FSA has imposed on a lender.")
    exampleClaims("It was the 1️⃣biggest1️⃣ crowd they have played to.")
    exampleClaims("Reed owns the biggest shop in town, which has opened.")
    exampleClaims("It is the best film Loach has made.")
}

/// WordClaimCues.swift — a competition or period scopes a ranking: "the fastest time of the season", "the highest
/// of the year", "the highest this year".
@Test func wordClaimCuesCompetitionOrPeriodScopes() {
    exampleClaims("Hale ran the 1️⃣fastest1️⃣ time of the season.")
    exampleClaims("The score was the 1️⃣highest1️⃣ this year.")
}

/// WordClaimCues.swift — a superlative sizing a noun whose size is a judgement ("the biggest Oscar buzzes") is an
/// evaluation.
@Test func wordClaimCuesJudgedSizeIsNoCue() {
    exampleClaims("It drew the biggest Oscar buzzes.")
}

/// WordClaimCues.swift — "the only" with a span or what they alone did ("the only operators until 1993", "the only
/// Republicans to vote against", "the only candidate to have released…") — not an owner ("the only hitch in Reed's
/// plans"), "the only thing", a kind ("the only option to"), or a denial ("isn't the only candidate ready to…").
@Test func wordClaimCuesOnlyClaims() {
    exampleClaims("They were 1️⃣the only operators1️⃣ until 1993.")
    exampleClaims("They were 1️⃣the only1️⃣ Republicans to vote against.")
    exampleClaims("Hale is 1️⃣the only candidate1️⃣ to have released her taxes.")
    exampleClaims("It was the only hitch in Reed's plans.")
    exampleClaims("It was the only thing.")
    exampleClaims("It was the only option to win.")
    exampleClaims("Hale isn't the only candidate ready to quit.")
}

/// WordClaimCues.swift — "most" before an adjective ranked by a place or span ("the most widely used technology on
/// the planet", "the most visited show in the 60-year history of the museum"); a person's "most" describes
/// ("Trump's most provocative declarations").
@Test func wordClaimCuesMostBeforeAnAdjective() {
    exampleClaims("Email is the 1️⃣most widely used1️⃣ technology on the planet.")
    exampleClaims("It was the 1️⃣most visited1️⃣ show in the 60-year history of the museum.")
    exampleClaims("It was one of Trump's most provocative declarations.")
}

/// WordClaimCues.swift — a vague multiple of a number word or a magnitude is quoted whole ("several hundred pounds",
/// "a few dozen staff", "a few thousand fans"), and counts before a magnitude with its comparative ("Several million
/// people watched", "more than a few billion dollars"); not before a word that is no number, nor "many" ("how many
/// billions of gallons").
@Test func wordClaimCuesVagueMultiple() {
    exampleClaims("Many of them face a jump in monthly payments of 1️⃣several hundred pounds1️⃣.")
    exampleClaims("The club has 1️⃣a few dozen staff1️⃣.")
    exampleClaims("Only 1️⃣a few thousand fans1️⃣ turned up.")
    exampleClaims("1️⃣Several million people1️⃣ watched the final.")
    exampleClaims("The deal is worth 1️⃣more than a few billion dollars1️⃣.")
    // Near misses: a number word with no vague multiple is quoted as before; "several" before no number counts
    // nothing; "how many" asks.
    exampleClaims("1️⃣Two hundred jobs1️⃣ will go.")
    exampleClaims("Several people were hurt in a few weeks.")
    exampleClaims("It decides how many 1️⃣billions of gallons1️⃣ must be blended.")
}

/// WordClaimCues.swift — an ordinal before "most" ranks as "most" does, quoted with its ordinal and scope: "is now the
/// world's third most valuable company", "the second most visited museum in Europe"; not a person's ordinal ("his
/// second most senior aide").
@Test func wordClaimCuesOrdinalBeforeMost() {
    exampleClaims("Nvidia is now the 1️⃣world's third most valuable1️⃣ company.")
    exampleClaims("The Louvre is the 1️⃣second most visited1️⃣ museum in Europe.")
    exampleClaims("Reed was his second most senior aide.")
    // Near misses: the plain superlative ranks as before, and an ordinal with no scope or span ranks nothing.
    exampleClaims("Nvidia is the 1️⃣world's most valuable1️⃣ company.")
    exampleClaims("It was the third most expensive option on the table.")
}

/// WordClaimCues.swift — a standing in the polls ranks candidates: "continues to lead in polls", "trails in the
/// latest national polls", "tops the polls".
@Test func wordClaimCuesPollStanding() {
    exampleClaims("Hale continues to 1️⃣lead in polls1️⃣.")
    exampleClaims("Reed 1️⃣trails in the latest national polls1️⃣.")
    exampleClaims("Hale 1️⃣tops the polls1️⃣.")
}

/// WordClaimCues.swift — a candidate's standing among a group with no figure: "Clinton leads Sanders among
/// Latinos", "trailed Reed so badly among minority voters", "leads among college graduates", "leads narrowly
/// among".
@Test func wordClaimCuesStandingAmongVoters() {
    exampleClaims("Clinton 1️⃣leads Sanders among Latinos1️⃣.")
    exampleSourced("Hale trailed Reed so badly among minority voters.", [false])
    exampleSourced("Hale leads among college graduates.", [false])
    exampleClaims("Hale 1️⃣leads narrowly among women1️⃣.")
}

/// WordClaimCues.swift — a superlative a vote or ranking gave ("voted the best farewell episode", "was ranked as
/// the worst") is a ranking stated as fact, sourced only by who ranked ("by readers of…").
@Test func wordClaimCuesVotedRankings() {
    exampleClaims("It was voted the 1️⃣best1️⃣ farewell episode.")
    exampleClaims("The film was ranked as the 1️⃣worst1️⃣.")
    exampleSourced("It was voted the best farewell episode.", [false])
    exampleSourced("It was voted the best farewell episode by readers of the Radio Times.", [true])
}

/// WordClaimCues.swift — a span after a superlative ranks it: "the best audience for a new drama since 2002", "in
/// the 120-year history of the gallery", "the highest for a decade", "the biggest rise in a generation", "for at
/// least a decade".
@Test func wordClaimCuesRecordSpans() {
    exampleClaims("It was the 1️⃣best1️⃣ audience for a new drama since 2002.")
    exampleClaims("It was the 1️⃣largest1️⃣ show in the 120-year history of the gallery.")
    exampleClaims("Prices are the 1️⃣highest1️⃣ for a decade.")
    exampleClaims("It was the 1️⃣biggest1️⃣ rise in a generation.")
    exampleClaims("Prices are the 1️⃣highest1️⃣ for at least a decade.")
}

/// WordClaimCues.swift — a history scopes "the first time" ("for the first time in their 112-year history", "in the
/// history of the Syrian crisis"); a judgement's span is no record ("the most talented player in the 60-year
/// history of the club").
@Test func wordClaimCuesHistoriesScopeFirsts() {
    exampleClaims("Leeds won for the 1️⃣first1️⃣ time in their 112-year history.")
    exampleClaims("It was the 1️⃣first1️⃣ time in the history of the Syrian crisis that talks failed.")
    exampleClaims("Reed is the most talented player in the 60-year history of the club.")
}

/// WordClaimCues.swift — firsts with a scope rank: "one of the first to", "the first ever", "in a decade", "reached
/// the third round of the Australian Open for the first time", "It is the first time the Conservatives have lost
/// the seat since it was created in 1950"; not an ordinal counting off things ("Two new jails will be built. The
/// first is due to open in the spring"), a denial ("is not the first candidate to…") or an owner's "first campaign
/// for the White House".
@Test func wordClaimCuesFirstClaims() {
    exampleClaims("Hale was one of the 1️⃣first1️⃣ to arrive.")
    exampleClaims("It was the 1️⃣first1️⃣ ever.")
    exampleClaims("Leeds won for the 1️⃣first1️⃣ time in a decade.")
    exampleClaims("Reed reached the third round of the Australian Open for the 1️⃣first1️⃣ time.")
    exampleClaims("It is the 1️⃣first1️⃣ time the Conservatives have lost the seat since it was created in 1950.")
    exampleClaims("1️⃣Two new jails1️⃣ will be built. The first is due to open in the spring.")
    exampleClaims("Hale is not the first candidate to quit.")
    exampleClaims("Reed launched his first campaign for the White House.")
}

/// WordClaimCues.swift — counts in words: "Twenty-three of the 53" (a share whose base in digits counts nothing after
/// it), and "a quarter million", a fraction with its magnitude, not an ordinal ("a third attempt").
@Test func wordClaimCuesShareOfADigitBaseAndAQuarterMillion() {
    exampleClaims("1️⃣Twenty-three of the 531️⃣ went home.")
    exampleClaims("The firm sold 1️⃣a quarter million1️⃣ cars.")
    exampleClaims("1️⃣A quarter million1️⃣ people marched.")
    exampleClaims("She made a third attempt.")
}

/// WordClaimCues.swift — a superlative that a vote or a ranking gave: "rated the safest" is a ranking stated as a
/// fact; the same superlative as a judgement of an option is none.
@Test func wordClaimCuesRatedTheSafest() {
    exampleClaims("Oslo was rated the 1️⃣safest1️⃣.")
    exampleClaims("Oslo was rated the 1️⃣safest1️⃣ city in Europe.")
    exampleClaims("The safest option is to wait.")
    exampleClaims("Leeds was voted the 1️⃣happiest1️⃣ place to live.")
}

/// WordClaimCues.swift — isFirstClaim: a first with its scope is a record ("the first to"), a denial is none ("not
/// the first to").
@Test func wordClaimCuesNotTheFirstTo() {
    exampleClaims("She is not the first to try.")
    exampleClaims("She is the 1️⃣first1️⃣ woman to win the race.")
}

/// WordClaimCues.swift — words, numbers and hyphens may stand between "the first" and its "since" ("the first
/// 30-minute comedy series … since"): a hyphenated compound counts as one of the five words its scope may follow.
@Test func wordClaimCuesAFirstPastAHyphenatedModifier() {
    exampleClaims("It was the 1️⃣first1️⃣ 30-minute series since 1998.")
    exampleClaims("It was the 1️⃣first1️⃣ 30-minute comedy series to win the award since 1990.")
    // Near miss: a first with no scope after it ranks nothing.
    exampleClaims("It was the first 30-minute comedy series of the night.")
}

/// WordClaimCues.swift — a plural owner's apostrophe may stand between "the first" and its "since", and "since" with a
/// date reaches up to nine words after "first".
@Test func wordClaimCuesAFirstPastAPluralOwnerAndSinceADateFurtherOn() {
    exampleClaims("This is the 1️⃣first1️⃣ teachers' strike since 1986.")
    exampleClaims("It is the 1️⃣first1️⃣ national teachers' strike in Scotland since the 1980s.")
    // Near miss: far from "first", "since" an owner's event bounds no record.
    exampleClaims("It was her first match for the Welsh national side since she was injured.")
}

/// WordClaimCues.swift — a magnitude in words is quoted whole, with its comparative and the noun counted ("more than
/// two million copies", "more than a million albums").
@Test func wordClaimCuesExamplesOfAMagnitudeWithItsNoun() {
    exampleClaims("The album sold 1️⃣more than two million copies1️⃣.")
    exampleClaims("The band sold 1️⃣more than a million albums1️⃣.")
    exampleClaims("The deal is worth 1️⃣two million dollars1️⃣.")
}

/// WordClaimCues.swift — a ratio keeps its hedge, as a number does ("Nearly one in three children").
@Test func wordClaimCuesExamplesOfARatioWithItsHedge() {
    exampleClaims("1️⃣Nearly one in three1️⃣ children lives in poverty.")
    exampleClaims("1️⃣About one in five1️⃣ voters is undecided.")
}

/// WordClaimCues.swift — "scores" counts only before "of" and what it counts ("Scores of people were injured"), with
/// no article or owner before it ("the scores of both sides", "his scores of 68 and 70" tell results).
@Test func wordClaimCuesExamplesOfScoresOf() {
    exampleClaims("1️⃣Scores of people1️⃣ were injured in the crash.")
    exampleClaims("Police arrested 1️⃣scores of people1️⃣.")
    exampleClaims("The scores of both sides were level.")
    exampleClaims("His scores of 68 and 70 put him top.")
}

/// WordClaimCues.swift — a share in words is quoted with its hedge ("nearly a fifth", "rose by more than a third",
/// "at least a quarter").
@Test func wordClaimCuesAShareWithItsHedge() {
    exampleClaims("Staff were sick, with 1️⃣nearly a fifth1️⃣ of them off.")
    exampleClaims("The price of crude oil rose by 1️⃣more than a third1️⃣ last year.")
    exampleClaims("Fares went up for 1️⃣at least a quarter1️⃣ of passengers.")
}

/// WordClaimCues.swift — "least" or "most" after "at" hedges the figure after it and ranks nothing, whatever span
/// follows ("Banks suffered at least 158 failures in two years": a quantity quoted with its hedge, not a comparison
/// 'least'); "the least reliable network in two years" still ranks.
@Test func wordClaimCuesAtLeastHedgesTheFigureAfterIt() {
    exampleClaims("Banks suffered 1️⃣at least 158 failures1️⃣ in two years.")
    exampleReasons("Banks suffered at least 158 failures in two years.", ["quantity"])
    exampleReasons("The MPs said banks had suffered at least 158 failures in two years.", ["quantity"])
    exampleClaims("It was the 1️⃣least1️⃣ reliable network in two years.")
    exampleReasons("It was the least reliable network in two years.", ["superlative"])
}

/// WordClaimCues.swift — "most" and its adjective rank over a span counted from the adjective, as a one-word
/// superlative's is from itself: "It was the most expensive signing in the club's history" ranks as "the biggest
/// signing in the club's history" does; a judgement ("the most talented players in the club's history") and no span
/// ("of the summer") still do not.
@Test func wordClaimCuesMostRanksOverASpanFromItsAdjective() {
    exampleClaims("It was the 1️⃣most expensive1️⃣ signing in the club's history.")
    exampleClaims("It was the 1️⃣biggest1️⃣ signing in the club's history.")
    exampleClaims("He is one of the most talented players in the club's history.")
    exampleClaims("It was the most expensive signing of the summer.")
}

/// WordClaimCues.swift — a judgement superlative over a span quotes "most" with its adjective: "The West End had its
/// most successful year ever" gives 'most successful', not 'most'; "won the most ever" has none to quote.
@Test func wordClaimCuesMostIsQuotedWithItsAdjective() {
    exampleClaims("The West End had its 1️⃣most successful1️⃣ year ever.")
    exampleClaims("It was his 1️⃣most widely watched1️⃣ speech since 2010.")
    exampleClaims("Hale won the 1️⃣most1️⃣ ever.")
    exampleClaims("It was the 1️⃣best1️⃣ year ever.")
}
