/// Check-worthy sentences (claims), their kind, and what sources each. The cues of each kind: `ClaimCues.swift`;
/// word lists: `ClaimWords.swift`.
///
/// A sentence is a claim when it holds one of these (after Full Fact's taxonomy; the writer's own cue first, a
/// cause only when nothing else is found, a cue inside a direct quote — or a ranking inside a quoted phrase of three
/// words or more, someone else's words: `the “longest standoff in history”` — last):
/// - a **quantity**: money (`$3.2m`, `HK$19.8 billion`, `68m euros`, `4p`), a percentage (`5%`, `43 per cent`), a
///   magnitude (`5 million shares`, `a million albums`), a measure written against its number (`50GB`, `100km`), a
///   count of things in the world (`more than 100 pupils`, `1,100 flights`, `hundreds of complaints`, `four people were
///   ejected`, `he and three others`, `42 ethnic minority MPs`, `12 Texas counties`, `40 Americans`, `thousands of
///   Iowans`, a group's members: `two of the states he won`, `four of his aides`, `three of its eight ranking events`;
///   not `one or two of the`, a figure in thousands alone: `rose to 5,000`, a bare count of casualties: `84 were
///   killed`, `at least 12 died`, `a shooting that killed 14`; years in a role: `12 years as a congresswoman`; a career
///   tally or a streak, results with a tally's scope: `11 goals this season`, `five Grammy awards in her career`, `six
///   straight games`, `14 of its last 16 matches`, `14 of their 20 league matches`, `unbeaten in 11 matches`, `31 goals
///   in 26 games last season`, `three Super Bowls since 2001`, `in the last six presidential elections`, a streak or a
///   run of a statistic's periods: `for five straight years`, `11 of the past 15 fiscal years`, results won in the
///   perfect: `has grabbed 11 goals`; not `has received 12 nominations`; groups of people: `12 aides`, `Some 300
///   supporters`; a figure in thousands joined to its noun: `the 4,000-member union`), a sum without its figure (`a
///   multi-million dollar windfall`, `millions in dollars`, `a tycoon worth millions`, `has spent billions`), a poll's
///   or a vote's margin (`a 10-point lead among likely voters`, `leads Reed by 7 points nationally`, `in the state`,
///   `won by 20 points among women`, `a 22-point defeat in the primary`, `less than one percentage point`; not a
///   score's: `Leicester lead by seven points`, with no word of voting), an electoral majority (`an 80-seat majority`,
///   `a five-seat majority`, `Labour's majority at the 2001 election was 167`), a vote's tally (`confirmed 92 to 0`, `voted 5-4`, `a 52-48 vote`, a head-to-head of
///   people: `Cruz trails Trump 458 to 359`; not a match's `won 3-2`, `Wales lead England 13-6`), a fraction (`a third
///   of`, `Half of the delegates`, `one in four`, `nine out of 10`; not the ordinal `a third attempt`), a multiple
///   (`tripled`, `to triple production`, `three times as many`, `twice as likely`, `twice the rate`, `tenfold`), odds
///   (`the 7-2 favourite`), a market move (`fell 20 points`; not a player's `added 14 points`). A prediction word in
///   the sentence ("will", "is projected to", "set to") makes it a **prediction**;
/// - a **comparison or record**: a ranked superlative (`the world's fourth-largest`, `Russia's second biggest`, `one of
///   the largest`, `among the biggest`, `the largest in Europe`, `the warmest on record`, scoped by a clause in the
///   perfect, `the largest penalty the FSA has imposed` — not a person's own, `the highest office he has held` —, or by
///   "this" and a period or "in the" and a reporting period, `the fastest by a Briton this season`, `the biggest source
///   of asylum seekers in the quarter`, `the most widely used … on the planet`, `the UK's most multi-racial`, `the only
///   firm … in the UK`, `the only senators to vote against`, `the main export product in Ghana`; not `not the only`,
///   `not the first to`), a superlative with a span (`the worst since 1987`, `the highest in 20 years`; a count's
///   superlative further on: `the most visited show in the 60-year history of the museum`), a record (`record losses`,
///   `a new record`, `a club record`, `unprecedented` (not `not unprecedented`), `all-time`, over a span: `a two-year low`, `a 12-month high`;
///   one a verb sets or breaks, whoever's: `broke the women's marathon world record`), a first (`the first convictions
///   for piracy`, `for the first time since 1966`, `its first title since 1966`), a career ordinal after a possessive
///   (`his 12th Academy Award nomination`, `her first ATP final`) or a place's first (`the nation's first Jewish
///   president`), an ordinal of a streak or of who did it (`the 12th consecutive month`, `the fifth month in a row`,
///   `the third year running`, `the 12th state to vote`, `the second to hit the UK`, a count within a period: `the
///   fourth strike on the railways this year`, `the third by-election loss this parliament`), an election's ranking
///   (`won the most seats`), a streak ended (`ended five years of English dominance`), a ranking by a measure (`the
///   best-selling debut`), a margin over all others (`by far the biggest source`), a vote's ranking (`voted the best finale`), a standing in the polls (`continues to lead in
///   the polls`, `trails in the latest poll`) or among voters (`leads Sanders among Latinos`, `leads among graduates`),
///   a comparison with all others or all time (`more votes than any other candidate`, `higher than ever`; not `now more
///   than ever`, `better than any`), a win streak unbroken since a year or part of one (`No Republican has carried the
///   state since 1988`, `have not won the seat since the autumn of 2003`), the last to do it (`the last Democrat to win
///   Kentucky`; not `the last time`), a record by its phrase (`made history`; not `could make history`), a record
///   within a competition, a career or a history (`a tournament-high break`, `the highest break of the tournament`,
///   `the first ranking title of his career`, `shortlisted for the fourth time`, `never reached the fourth round in
///   their 118-year history`, `took 0.03 seconds off the mark`, `took almost three seconds off the previous mark`), a
///   tally of events over a span (`raised rates five times between 2003 and 2004`), a rank in a field (`ranks fifth
///   among EU countries`), a career's or an owner's first (`reached the third round for the first time`, `her first
///   West End appearance in four years`, `the first annual loss in the company's nine-year history`), a rate's step in
///   words (`a quarter-point cut`), a drought (`without a win in seven matches`), a personal best (not a lead doubled
///   in play: `doubled it`, `doubled their lead`);
/// - a **cause** by an explicit connective: "led to", "because of", "thanks to", "driven by", "triggered",
///   "hit by", "due to", "stemming from" — also with a degree between, "thanks in part to", "driven largely by" —
///   (not the scheduling "is due to begin", nor speculation: "could have contributed to").
///
/// Not claims: dates, years, ages and times alone; scores and results, awards, nominations, line-ups and sport
/// distances (`18-17`, `11 goals`, `12 Oscar nominations`, `five nods`, `5.05m`, `the women's 8km race`); numbers in
/// names (`13 Going on 30`, `PlayStation 5`, `the 7610 phone`); small counts that refer back or announce their list
/// (`the two men`, `three divisions: games, …`, `three articles from Reuters, CNN and AP`, `two unions, the
/// Steelworkers and the Teamsters, …`, `bound by two rules. One was …`), count kinds (`two ways`) or what won results
/// (`one of four films to get four nominations`); counts in a work's plot (`the film follows three children`), any
/// count after "the" whose figure the article gave before (`the 335 versions …` then `The 335 accounts`); superlatives
/// of description or judgement with no scope or hedged (`its largest store`, `the evening's loudest cheer`, `the
/// greatest impact`, `may be America's most successful`, a person's, a place after it saying only where: `Trump's
/// biggest booster`, `Clinton's biggest boosters in Iowa`, an evaluation whatever its scope: `the most powerful woman
/// in the world`, `one of the biggest challenges in years`); an owner's record (`her legislative record`, `the Obama
/// record`); a place's numbered part (`New York's 19th District`); an owner's first since its own event (`her first
/// speech since accepting the nomination`); a career first only foreseen (`is expected to win his first cap`); a first
/// that only says which of its owner's things, with no scope (`Clinton's first Senate campaign`, `its first meeting`,
/// `her first race for the Senate`); a figure in a sentence-opening supposition (`If it cost $5m, …`, `Imagine paying
/// $50,000 a year…`); a poll's own methodology (a count beside "surveyed", "sample", a poll's sample — "a poll of 800
/// voters", not another count of its sentence — and a figure after a margin of error), a study's sample
/// (`Researchers analysed the records of 340,000 adults`) and a document's basis (`the index is based on approvals
/// for about 18,000 homes`); a few speakers counted in the source of a verb of speech
/// (`Three people familiar with the matter said`; not `two dozen governors have said`, nor those who asked to act: `at
/// least two institutions have asked to meet the chairman`, nor a count in the source's relative clause or apposition:
/// `Sir Dennis, who set up the airline with two leased aircraft, has not commented`); questions and all-capitals
/// teasers; headlines.
///
/// Sourcing (`Claim.sourcedBy`, kept equal to `isSourced`), first that holds:
/// - a citation `[^id]` in the sentence or right after its stop; a link in the sentence;
/// - a claim inside a direct quote whose speaker was found (`.quote`); a claim inside a quote with no speaker is
///   left to `unattributed-quote`;
/// - an attribution of the sentence that reports (`X said`, `according to X`, `analysts predict`, `the poll
///   found`) — not an intention or a speech event ("seeking to cut", "was speaking to"), a work's authorship ("is
///   written and directed by"), a phrasal verb of
///   action ("called in sick"), an intention before "to" ("hopes to raise"; "hopes sales will reach $5bn" reports,
///   as "hopes that…" does), a conditional or adjectival participle ("If found guilty", "an estimated"), or a
///   passive with no agent ("is projected to", "it is reported", "is expected to grow by 3%": a measure or an
///   infinitive's "by" names no agent; reduced: "The deal, thought to be worth £2m,"), a hearsay adverb
///   ("reportedly", whoever stands before it), an act a declaration, a demand or a plea performs ("declared a
///   national emergency", "demanded a ransom of $5m", "denies 14 counts of fraud"), a participle with no source
///   before the noun it
///   describes ("alleged offences"), a request ("asked the court to order"), a naming ("Called GSM"), a verb
///   phrase read as a source ("to resolve access disputes"), a bare quantifier as the source ("Some fear"), a
///   participle after its noun for a figure before it ("… and an e-mail suggesting"), a statement not made ("has
///   not said"), a relation inside an agentless passive ("is thought to be considering a bid", "are understood to
///   have insisted on") or after an expletive one ("It is understood ministers are considering…"), an inference whose subject is what moved, and
///   any relation inside it ("Shares jumped 17%, suggesting investors believe…"), what a subject underwent ("saw
///   their share of the vote fall to 18%") or added to ("have added to the pressure"), a sum invested ("put
///   £500,000 into", "put up £750,000"), an agreement reached ("agreed on policy"), a deal agreed
///   or an offer rejected ("agreed to a £1.1bn takeover") — or one whose content, found elsewhere, holds the
///   figure. Per figure (`reportsFigure`): an expectation a comparison measures a figure against ("better than
///   some in the City had feared") and a ranking's own infinitive ("the third retailer to warn") report none; a stance, judgement, intention or document
///   sources only a figure in its content ("Canova received $250,000 after Sanders endorsed him" is the writer's),
///   speech or a verb of assertion with someone asserting ("which they claim", a participle of assertion in its
///   own clause with its speaker: "Sanders rips the $70 billion deal, arguing that…"; not "a petition calling on
///   the council to think again") also one in another clause (partial
///   attribution); a count in the source phrase is the writer's ("More than two dozen governors have said"), not
///   a share ("Three-quarters said") nor a count just after a poll;
/// - partial attribution: a direct quote in the sentence whose speaker was found, named in this sentence or the
///   next (`.quote`; the guide labels such a sentence sourced);
/// - named evidence (`a CBS News poll`, `FEC filings`, `the poll, released on Wednesday, showed`, `Trump's plan
///   to…` for the figure of the plan's own complement only, a complement after "that" only with its modal — not
///   `the donation to his campaign that Hale made, all $2,700`, nor `Bush's proposals would see the budget rise by
///   $19bn`, nor a figure elsewhere in the sentence, `gave $750 to Reed's campaign` — `those surveyed`, `in the
///   survey`, `in polls from Quinnipiac`; not `in the polls`, a standing that names no poll, nor `Bush in
///   polling`, a name a preposition parts from the noun, nor `his tally for the season`, a pronoun's measure, nor
///   a capitalised word of a title, `comedy The Best Man's Speech`, nor evidence a result beat or missed for any
///   figure but its own, `beat City forecasts of about £80m`, nor a plan told as hearsay, `is reportedly considering
///   raising its offer to 600p`) —
///   evidence that speaks past no noun a number or a measure's compound tells (`fell 312.4 points`, `the 10-year
///   note down 7 basis points`) — a measure
///   (`the FTSE 100 index`) only when it speaks, and never before a noun it describes (`average fares`) — or, for a
///   ranking, the agent of a ranking participle (`listed
///   as the third biggest spammer by watchdog Spamhaus`);
/// - the named publisher of a rating or a price that the figure is (`the 2-1 favourite with bookmaker Paddock Bet`,
///   `a 71% approval rating on review aggregator ScoreReel`);
/// - a document whose terms the sentence gives ("Under the new rule, …", "Under the proposals, published by…"), or
///   that states them for a figure in the
///   clause of its verb of terms ("A new rule will require workers earning up to $47,476 to…"; not "the plan would
///   raise $15 trillion");
/// - typed reports whose content is the figure (`reports of more than 100 assaults`, `estimates of up to 5,000`);
/// - a light verb with a speech noun for a figure in the "that" clause it reports (`Trump made a plea … to accept
///   that he is bringing millions`; not `made the case to 23 leaders that`);
/// - a forecast or a target its subject revises (`It has raised its sales target to four million`); an estimate
///   its maker puts at the figure (`Bridgeport Labs put the number of infections at about 20,000`);
/// - a list or a ranking made public, for the count of its entries after "of" (`released a list of more than
///   200,000 donors`, `published its list of the 400 richest Americans`);
/// - a stance whose holder follows it, for a figure in its content after "is that" (`The concern within the
///   administration is that …`, as "the administration fears that" would report it; not `The concern is that …`,
///   the writer's, nor `There is a belief that …`, no one's);
/// - evidence a hearing heard (`…, Leeds Crown Court heard`, `The jury was told that…`, `An inquest heard`, `a
///   court has heard`);
/// - data a named agent recorded, when no other evidence speaks (`the attacks logged by NetWarden`; a market's
///   `strong demand from China` is no one's); a cause a document credits (`The study credits…`); a plan its maker
///   unveiled (`has unveiled a £120m plan`, as `announced` reports); a bookmaker's further price (`…, with Velvet
///   Avenue at 4/1`);
/// - an interview transcript's answer: a paragraph opening "A:" right after one opening "Q:" (the interviewee's
///   words), or a turn: a paragraph opening with the name of someone named in full, a colon and a clause
///   ("Matthews: Well, …"; not a tally, "Clinton: 1,769.");
/// - carried (`.carried`): in the same paragraph, the previous sentence was sourced and this one continues it —
///   it has "also" (a pronoun alone narrates: "He is in talks…"), continues a poll's or a study's results, named
///   or speaking ("A second poll found that…"; not a plan's or a demand's: "Lee's demand for 10%" sources its own
///   figure only), or the figures of an "According to X, …" sentence, or a forecast right after the speaker's figure, or gives
///   another percentage or sum after one from the same speaker, or states a result after any figure of theirs
///   ("The unemployment rate fell to 4.1%", "Sales at stores open at least a year rose 4.1%", "has risen to £1,200",
///   "Removals rose to 12,430"), or goes on from the figure before ("That would add about £70", "that number had
///   dropped to 41,000", "Almost half of those sales"), or opens on the organisation whose run of figures it follows
///   ("The airline carried 14.6 million passengers", "It opened 37 new routes"); across a paragraph break only on
///   "He also…", a definite reference to the organisation that reported a claim ("Tesco said sales rose 5%… ¶ The
///   company has 2,000 stores"; one the entity stage did not type but the source describes: "Pellow's, the homeware
///   retailer, has reported…"), or, right after the lead, on a result or a count of the data an organisation or a
///   document gave the lead ("…, Home Office figures show. ¶ A total of 33,930 applications were made"); never
///   a figure under an agentless passive of belief ("Apple is thought to have about 70%", `isHearsay`), nor a
///   result after a forecaster's figure ("Most analysts expect rates to be held at 4.75%. Average earnings have
///   risen by about 4%": a forecaster hands on forecasts only), nor a share price after a speaker's figure ("Shares
///   in the company jumped 11%": the market's), nor, in
///   the paragraph, a count of the sentence's own speakers ("Hundreds of viewers also contacted the BBC to
///   complain").
extension ClaimStage {
    /// The claim-word classes of the word with hash `h` (`ClaimWords.classes`, from the stage's table).
    @inline(__always) func claimClasses(_ h: UInt64) -> ClaimWordClass {
        ClaimWordClass(rawValue: claimWords.lookup(h))
    }

    /// The shape of a quantity, for carrying a source over a run of figures of one kind.
    enum FigureKind { case percent, money, count, other }

    /// What a sourced sentence hands on to the next: a speaker (carried on a cue or a run of like figures) or
    /// named evidence such as a poll (carried over a run of its results).
    enum Carrier { case speaker, evidence }

    struct ClaimCue {
        var reason: Claim.Reason
        var first: Int
        var last: Int
        var figure: FigureKind
        /// The direct quote holding the cue, if any.
        var quote: Int? = nil
    }

    /// The claims of the article, from the sentences, quotes, mentions and attributions already found.
    func claimStage() -> [Claim] {
        let citations = syntax.citations.map(\.range.start).sorted()
        let links = syntax.links.map(\.range).sorted()
        var ci = 0
        var li = 0
        var out: [Claim] = []
        // Per sentence with a claim: the source that a following sentence may carry on (speaker or evidence).
        var carrierOf: [Int: Carrier] = [:]
        // Per sourced sentence: the relation its source goes back to, over a run of carried sentences.
        var chainSource: [Int: Int] = [:]
        var figures: [FigureKind] = []  // per claim of `out`
        // Room for an article's usual claims (half a dozen): one allocation, not one per doubling from a single claim.
        out.reserveCapacity(8)
        figures.reserveCapacity(8)
        var contents: [(range: TextRange, attribution: Int)]? = nil  // built on first need
        var sources: [Bool?] = []  // per relation: `sourcesFigures`, asked on first need
        func holder(_ cue: TextRange) -> Int? {
            if contents == nil {
                contents = contentIndex()
                sources = [Bool?](filled: nil, count: attributions.count)
            }
            return contentHolder(cue, contents!, &sources)
        }
        // The lead: the first paragraph after the headline.
        let leadParagraph = sents.first(where: { !paras[$0.paragraph].isHeadline })?.paragraph ?? -2
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let r = sentences[s].range
            let extendedEnd =
                s + 1 < sents.count && sents[s + 1].paragraph == sents[s].paragraph
                ? sentences[s + 1].range.start : paras[sents[s].paragraph].range.end + 1
            while ci < citations.count && citations[ci] < r.start { ci += 1 }
            while li < links.count && links[li].end <= r.start { li += 1 }
            guard let cue = claimCue(s), !isShouted(s), !isQuestion(s) else { continue }
            var by: Claim.Sourcing? = nil
            // The evidence test is passed as its sentence and carriers, not as a closure: a closure calling
            // `evidenceBefore` captured this stage, a copy of it (some thirty references) per sentence with a cue.
            if ci < citations.count, citations[ci] <= extendedEnd {
                by = .citation
            } else if li < links.count, links[li].start < r.end {
                by = .link
            } else if let q = cue.quote {
                // The speaker's own figure; a quote with no speaker is `unattributed-quote`'s finding.
                guard quotes[q].attribution != nil else { continue }
                by = .quote(q)
            } else if let a = reportingAttribution(s, cue: cue, evidence: (s, carrierOf)) {
                by = .attribution(a)
                carrierOf[s] = headsARun(a) ? .evidence : .speaker
            } else if let a = holder(tokRange(cue.first, cue.last)),
                attributions[a].sentence != s || reportsFigure(a, cue, evidence: (s, carrierOf))
            {
                // Inside the content of a relation found elsewhere: a quote run's speaker, a report's statement
                // continued over several sentences.
                by = .attribution(a)
                carrierOf[s] = .speaker
            } else if let q = spokenQuote(in: s) {
                // Partial attribution: the writer's figure beside a quote whose speaker is named, here or in the
                // next sentence ("In 2009, when Obama offered states billions, “states were hemorrhaging money.
                // They needed it,” DeSantis said.").
                by = .quote(q)
                carrierOf[s] = .speaker
            } else if cue.reason == .superlative, let ev = rankingAgent(s) {
                // "Listed as the third biggest spammer by watchdog Spamhaus": the ranking's author sources it.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = ratingPublisher(s, cue: cue) {
                // "the 2-1 favourite with bookmaker Paddock Bet": the named publisher of a rating or a price.
                by = .evidence(ev)
            } else if let ev = unveiledPlan(s, figure: tokRange(cue.first, cue.last)) {
                // "The Executive has unveiled a £120m plan": its maker announces the plan's sum, as "announced" does.
                by = .evidence(ev)
            } else if let ev = putEstimate(s, figure: tokRange(cue.first, cue.last)) {
                // "Bridgeport Labs put the number of infections at about 20,000": the estimate's maker.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = revisedForecast(s, figure: tokRange(cue.first, cue.last)) {
                // "It has raised its sales target to four million": the forecaster's own figure.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = reportsOf(cue, in: s) {
                // "outraged by reports of more than 100 assaults": typed reports whose content is the figure
                // (sourced, and vague, as the guide counts "Reports say").
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = releasedList(cue, in: s) {
                // "Forbes published its list of the 400 richest Americans": the list gives the figure.
                by = .evidence(ev)
            } else if let ev = termsOpening(s)
                ?? (cue.reason == .superlative ? nil : termsSubject(s, figure: tokRange(cue.first, cue.last)))
            {
                // The terms of a rule or a deal: the document sources them, and hands nothing on.
                by = .evidence(ev)
            } else if !isHearsay(s, cue), let ev = namedEvidence(s, figure: tokRange(cue.first, cue.last)) {
                // ("is reportedly considering raising its offer to 600p": a plan told as hearsay is no one's.)
                by = .evidence(ev)
                carrierOf[s] = carriesResults(ev, in: s) ? .evidence : .speaker
            } else if let ev = stanceFrame(s, figure: tokRange(cue.first, cue.last)) {
                // "The concern within the administration is that …": the holder's stance, as "the administration
                // fears that …" would report it.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = lightVerbSpeech(s, figureStart: cue.first) {
                // "Trump made a plea … to accept that he is bringing millions": "made a plea" says, as "pleaded" would.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = hearingFrame(s) {
                // "…, Birmingham Crown Court heard", "The jury was told that…": evidence given at a hearing.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let label = transcriptAnswer(s) {
                // An interview's answer ("Q: …" then "A: …"): the interviewee's words, as in a quote.
                by = .evidence(label)
                carrierOf[s] = .speaker
            } else if s > 0, sents[s - 1].paragraph + 1 == sents[s].paragraph, opensWithPronounAlso(s),
                reportingAttribution(s - 1) != nil
            {
                // Across a paragraph break only on an explicit cue: "He also highlighted plans for…".
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = .speaker
            } else if s > 0, sents[s - 1].paragraph + 1 == sents[s].paragraph, cue.figure != .other,
                out.last?.sentence == s - 1, !isHearsay(s, cue),
                let ai = reportingAttribution(s - 1), opensWithReference(s, toSourceOf: ai)
            {
                // Or on a definite reference to the organisation that reported a claim: "Harrowfield reported a 23%
                // rise. ¶ The Leeds-based company made £612m…" (GUIDE.md: "a definite reference to the source"; not
                // after a plan with no claim: "Skyway said it would review its policy. ¶ The airline, which flies to
                // 64 destinations, …").
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = .speaker
            } else if s > 0, sents[s - 1].paragraph == leadParagraph, sents[s].paragraph == leadParagraph + 1,
                cue.reason != .forecast, cue.figure != .other, !isHearsay(s, cue), opensOnData(s, cue.figure),
                out.last.map({ $0.sentence != s - 1 || !forecasts($0) }) ?? true,
                let ai = leadDataSource(s - 1, withFigure: out.last?.sentence == s - 1)
            {
                // The lead names the source of its data and the paragraph after it gives the details: "…, Home Office
                // figures show. ¶ A total of 33,930 applications were made in 2004" (GUIDE.md's carry across a break
                // with weak context, which its readers label sourced; not a person's figure, nor a forecaster's).
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = headsARun(ai) ? .evidence : .speaker
            } else if s > 0, sents[s - 1].paragraph == sents[s].paragraph, !isHearsay(s, cue),
                !sentenceAttributions[s].contains(where: { countsSource($0, cue) })
            {
                // (Not a count of the sentence's own speakers: "Hundreds of viewers also contacted the BBC to
                // complain" is the writer's count, whoever spoke before.)
                let previousClaim = out.last.flatMap { $0.sentence == s - 1 ? $0 : nil }
                let carrier: Carrier? =
                    previousClaim != nil
                    ? carrierOf[s - 1]
                    : (reportingAttribution(s - 1).map { headsARun($0) ? .evidence : .speaker }
                        ?? (namedEvidence(s - 1).map { carriesResults($0, in: s - 1) ? .evidence : .speaker }))
                let previousFigure = previousClaim != nil ? figures.last : nil
                // A forecast right after a speaker's figure goes on with the plan it reports ("Bello said the
                // scheme aims to reach 600,000 tonnes by 2008. The government will pump 154m naira into…"): a
                // writer seldom forecasts on their own.
                let continuesForecast = carrier == .speaker && cue.reason == .forecast && previousClaim != nil
                // A forecaster hands on forecasts, not results: "most analysts expect rates to be held at 4.75%.
                // Average earnings have risen by about 4% a year" is the writer's figure.
                let afterForecast = cue.reason != .forecast && previousClaim.map(forecasts) == true
                if let c = carrier,
                    continuesForecast
                        || continuesSource(
                            s, cue.figure, carrier: c, previousFigure: afterForecast ? nil : previousFigure)
                {
                    by = .carried(fromSentence: s - 1)
                    carrierOf[s] = c
                } else if let c = carrier, cue.figure != .other, !afterForecast, previousClaim != nil,
                    let ai = chainSource[s - 1], opensWithReference(s, toSourceOf: ai)
                {
                    // The organisation that reported goes on with its figures, right after one of them: "Skyvale
                    // reported a 41% jump… Revenue climbed 24%. The airline carried 14.6 million passengers", "It
                    // opened 37 new routes" (not after a sentence of narrative with no figure of theirs).
                    by = .carried(fromSentence: s - 1)
                    carrierOf[s] = c
                }
            }
            // The relation a run of carried figures goes back to.
            switch by {
            case .attribution(let ai): chainSource[s] = ai
            case .carried(let p): chainSource[s] = chainSource[p] ?? reportingAttribution(p)
            default: break
            }
            var claim = Claim(
                sentence: s, reason: cue.reason, cueRange: tokRange(cue.first, cue.last), isSourced: by != nil)
            claim.sourcedBy = by
            out.append(claim)
            figures.append(cue.figure)
        }
        return out
    }

    // MARK: Sourcing

    /// The attribution of sentence `s` that reports a source's content — the one whose content holds the claim's cue,
    /// else the first: not a participle with no one speaking ("Adding to the chaos…"), an intention or a speech
    /// event ("seeking to cut", "was speaking to"), a phrasal verb of action ("called in sick"), a conditional or
    /// adjectival participle ("If found guilty", "an estimated five million"), or a passive with no agent ("is
    /// projected to"). (The sentence is sourced either way; the one whose content holds the figure is what a reader
    /// asks for: "As Nigeria announced its plan, Ghana announced revenues had doubled to $2bn" is Ghana's figure.)
    private func reportingAttribution(
        _ s: Int, cue: ClaimCue? = nil, evidence: (sentence: Int, carriers: [Int: Carrier])? = nil
    ) -> Int? {
        let figure = cue.map { tokRange($0.first, $0.last) }
        var first: Int? = nil
        for ai in sentenceAttributions[s] {
            let at = attributions[ai]
            if let c = cue, !reportsFigure(ai, c, evidence: evidence) { continue }
            // "nearly a fifth saying they were sick": a participle whose subject is the figure itself.
            if let f = figure, let sp = at.speakerRange, sp.overlaps(f),
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), endsInIng(k)
            {
                continue
            }
            // "Five mailed thousands of dossiers and an e-mail suggesting…": a participle right after its noun
            // reports that noun's content, not a figure stated before it.
            if let f = figure, let sp = at.sourceRange ?? at.speakerRange, f.end <= sp.start,
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), endsInIng(k), k > sents[s].tokStart,
                Int(toks[k - 1].end) == sp.end
            {
                continue
            }
            guard sourcesFigures(ai) else { continue }
            guard let f = figure else { return ai }
            if attributions[ai].contentRanges.contains(where: { $0.start <= f.start && f.end <= $0.end }) {
                return ai
            }
            if first == nil { first = ai }
        }
        return first
    }

    /// Relation `ai` reports someone's content: not an implicit speaker, a participle with no one speaking, an
    /// intention, a phrasal verb of action, a conditional or adjectival participle, an agentless passive, or a raising
    /// verb with no source ("appears to").
    private func sourcesFigures(_ ai: Int) -> Bool {
        // The relation's fields, read in place: a copy of the relation retained its arrays on every call.
        let kind = attributions[ai].kind
        let s = attributions[ai].sentence
        let cueRange = attributions[ai].cueRange
        let speakerRange = attributions[ai].speakerRange
        if kind == .implicit { return false }
        if kind == .carried || kind == .accordingTo || kind == .colon { return true }
        guard let k = tokenStarting(at: cueRange.start, in: s) else { return true }
        // No speaker beside a participle that opens a clause: "Adding to the chaos…", "Responding to…"; nor
        // before a noun it describes: "for alleged offences", "reported cases".
        let describesNoun = k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1) && !endsInIng(k)
        if speakerRange == nil && (k == sents[s].tokStart || endsInIng(k) || describesNoun) { return false }
        // "The group reportedly demanded $5m", "It reportedly cost $180m": a hearsay adverb is the guide's "not
        // sourced", whoever stands before it.
        if toks[k].isA(.hearsayAdverb) { return false }
        // "Kingsley are understood to have insisted on a clause of 15%": a verb under an agentless passive of belief
        // is hearsay, whoever its subject (the guide's "not sourced", as "is understood to be" is).
        if isUnderHearsayPassive(k, s) { return false }
        // "The deal, thought to be worth £2m, was signed": a reduced passive of belief or report with no agent is
        // the guide's "not sourced", as "is thought to be" is (`isAgentlessPassive`).
        if speakerRange == nil && toks[k].isA(.passiveParticiple) && k + 1 < sents[s].tokEnd
            && toks[k + 1].hash == ClaimWords.to
        {
            return false
        }
        // "The firm appears to have lost $5m", "It seems sales fell 5%": a raising verb with no source is the writer's
        // hedge, no one's report (the guide's "not sourced", as an agentless passive) — unless a verb of speech
        // follows ("She appeared to imply that…").
        if speakerRange == nil && AttributionWords.raisingVerbs.contains(toks[k].hash),
            !(k + 2 < sents[s].tokEnd && toks[k + 1].hash == ClaimWords.to && toks[k + 2].isA(.reporting))
        {
            return false
        }
        // "released a list of donors who gave $5m", "asked who paid $5m": a relative clause on the cue's object or
        // an indirect question is no reported statement.
        if let c = attributions[ai].contentRanges.first, let f = tokenStarting(at: c.start, in: s),
            toks[f].hash == Lexicon.hWho || toks[f].hash == Lexicon.hWhich
        {
            return false
        }
        // "If you believe the figures, sales fell 5%", "As you might expect, …": the reader, no source
        // (`speakerBefore` names none), reports nothing.
        if speakerRange == nil, let f = tokenStarting(at: (attributions[ai].cuePhraseRange ?? cueRange).start, in: s),
            f > sents[s].tokStart, toks[f - 1].hash == Lexicon.hYou
        {
            return false
        }
        // "charged with alleged offences", "a rise in reported cases": a participle between a preposition and
        // its noun describes the noun, whoever the relation found as its source.
        if describesNoun, k > sents[s].tokStart, ClaimWords.adjectivalHeads.contains(toks[k - 1].hash) { return false }
        let cls = claimClasses(toks[k].hash)
        let next = k + 1 < sents[s].tokEnd ? toks[k + 1].hash : 0
        if cls.contains(.notSourcingCue) && next != Lexicon.hThat && !opensFiniteClause(after: k, s) { return false }
        // "called in sick", "called off": a phrasal verb of action ("said in a statement" still reports); "have
        // added to the pressure" adds, it does not say.
        if cls.contains(.phrasalAction) && claimClasses(next).contains(.particle) { return false }
        if Lexicon.upActionVerbs.contains(toks[k].hash) && next == ClaimWords.to { return false }
        // "saw their share of the vote fall to 18%", "has seen its profits squeezed": what the subject underwent.
        if ClaimWords.seeForms.contains(toks[k].hash), let c = attributions[ai].contentRanges.first,
            let f = tokenStarting(at: c.start, in: s), toks[f].isA(.possessivePronoun)
        {
            return false
        }
        // "If found guilty", "an estimated five million": a participle that reports nothing.
        if k > sents[s].tokStart, claimClasses(toks[k - 1].hash).contains(.notReportHead) { return false }
        if isAgentlessPassive(k, s) { return false }
        // "The film is written and directed by Payne": a work's authorship, not its author's report.
        if ClaimWords.authorshipParticiples.contains(toks[k].hash), k > sents[s].tokStart,
            claimClasses(toks[k - 1].hash).contains(.be)
        {
            return false
        }
        if claimClasses(toks[k].hash).contains(.directiveCue) && isDirective(k, s) { return false }
        // "declared a national emergency, unlocking about $40m", "declared bankruptcy": a performative act, no report.
        if isPerformative(k, s) { return false }
        // "Called Global System for Mobiles, it…", "a virus dubbed Skulls": naming with no one speaking reports
        // nothing ("Gingrich called it “the loudest…”" still does).
        if claimClasses(toks[k].hash).contains(.namingCue), k + 1 < sents[s].tokEnd, toks[k + 1].isCap,
            k == sents[s].tokStart || speakerRange.map({ $0.contains(cueRange) }) ?? true
        {
            return false
        }
        // "go to court to resolve access disputes": a bare word right after "to" opens a verb phrase, not a
        // source ("close to that range would signal" keeps its source; "according to X" is its own kind, above).
        if let src = attributions[ai].sourceRange ?? speakerRange, let f = tokenStarting(at: src.start, in: s),
            f > sents[s].tokStart, toks[f - 1].hash == ClaimWords.to, toks[f].kind == .word, !toks[f].isCap,
            !toks[f].isA(.determiner), !toks[f].isA(.possessivePronoun), !toks[f].isA(.function)
        {
            return false
        }
        // "Nakamura has not said how many more will follow": a statement not made reports nothing (a belief denied
        // is still held: "I don't think he leads").
        if toks[k].isA(.speech), isNegated(attributions[ai].cuePhraseRange ?? cueRange, s) { return false }
        // "Dunmore is thought to be considering a bid of 450p": a relation inside an agentless passive's content is
        // hearsay too.
        if sourcelessFrame(holding: cueRange, in: s, except: ai, ofBelief: false) { return false }
        // "It is understood ministers are considering…": a relation after an expletive hearsay passive is hearsay.
        if opensWithHearsay(s, before: k) { return false }
        // "Shares in Calder jumped 17%, suggesting investors expect…": a participle whose subject is what moved is
        // the writer's inference — what moved says nothing, nor anyone inside it ("investors believe").
        if isMoveInference(ai) { return false }
        for bi in sentenceAttributions[s] where bi != ai && isMoveInference(bi) {
            if attributions[bi].contentRanges.contains(where: { $0.start <= cueRange.start && cueRange.end <= $0.end })
            {
                return false
            }
        }
        // "Some fear that…", "Others thought to be…": a bare quantifier is neither named nor typed.
        if let sp = speakerRange, let t = tokenStarting(at: sp.start, in: s), Int(toks[t].end) == sp.end,
            ClaimWords.bareSources.contains(toks[t].hash)
        {
            return false
        }
        return true
    }

    /// A relation of sentence `s` with no source — an agentless passive of belief or report, or a hearsay adverb —
    /// holds the claim's figure in its content: "Apple is thought to have about 70%" is no one's figure, whatever the
    /// previous sentence said.
    private func isHearsay(_ s: Int, _ cue: ClaimCue) -> Bool {
        sourcelessFrame(holding: tokRange(cue.first, cue.last), in: s, ofBelief: true)
    }

    /// A relation of sentence `s` (not `except`) with no source holds `r` in its content: an agentless passive — of
    /// belief or report, or a hearsay adverb, when `ofBelief` ("is thought to", "reportedly"); any, with its cue
    /// before `r`, when not ("is thought to be considering": a passive's content also holds its subject before it).
    private func sourcelessFrame(holding r: TextRange, in s: Int, except: Int? = nil, ofBelief: Bool) -> Bool {
        for bi in sentenceAttributions[s] where bi != except {
            let b = attributions[bi]
            guard b.speakerRange == nil, b.sourceRange == nil, ofBelief || b.cueRange.end <= r.start,
                b.contentRanges.contains(where: { $0.start <= r.start && r.end <= $0.end }),
                let k = tokenStarting(at: b.cueRange.start, in: s)
            else { continue }
            if ofBelief && toks[k].isA(.hearsayAdverb) { return true }
            // (Of belief or report: "is thought to", "is expected to" — not a poll's "were asked".)
            if isAgentlessPassive(k, s), !ofBelief || ClaimWords.hearsayPassives.contains(toks[k].hash) { return true }
        }
        return false
    }

    /// Relation `ai` is a participle of inference after a clause whose subject is what moved, by a figure: "Shares
    /// in Calder jumped 17%, suggesting…" — the writer's inference.
    private func isMoveInference(_ ai: Int) -> Bool {
        let s = attributions[ai].sentence
        guard let sp = attributions[ai].speakerRange, let k = tokenStarting(at: attributions[ai].cueRange.start, in: s),
            endsInIng(k), k > sents[s].tokStart, toks[k - 1].punct == .comma,
            let after = tokenStarting(atOrAfter: sp.end, in: s), after + 1 < k,
            ClaimWords.resultMoves.contains(toks[after].hash)
        else { return false }
        return (after + 1...min(after + 3, k - 1)).contains(where: {
            toks[$0].kind == .number || toks[$0].punct == .currency
        })
    }

    /// Sentence `s` opens with an expletive passive of belief or report before token `k`: "It is understood
    /// (that)", "It was thought", "It is widely believed" — no one's frame, whatever relation follows.
    private func opensWithHearsay(_ s: Int, before k: Int) -> Bool {
        let a = sents[s].tokStart
        guard a + 2 < k, toks[a].hash == Lexicon.hIt, claimClasses(toks[a + 1].hash).contains(.be) else {
            return false
        }
        var j = a + 2
        if j < k, endsInLy(j) { j += 1 }
        return j < k && ClaimWords.hearsayPassives.contains(toks[j].hash) && isAgentlessPassive(j, s)
    }

    /// The cue phrase `phrase` of sentence `s` holds a negation: "has not said", "did not disclose", "never said".
    private func isNegated(_ phrase: TextRange, _ s: Int) -> Bool {
        guard var j = tokenStarting(at: phrase.start, in: s) else { return false }
        while j < sents[s].tokEnd && Int(toks[j].end) <= phrase.end {
            if ClaimWords.negations.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The cue at `k` sits in a comparison's clause: "than", then at most five words of its subject and auxiliaries
    /// ("than some in the City had feared", "than expected", "than it had expected") — not a figure's "than" ("Less
    /// than a third agreed", "less than half of what researchers say").
    private func isInComparison(_ k: Int, _ s: Int) -> Bool {
        var j = k - 1
        while j >= sents[s].tokStart && j >= k - 6 && (toks[j].kind == .word || toks[j].kind == .number) {
            if toks[j].kind == .number { return false }
            if toks[j].isA(.numberWord) || claimClasses(toks[j].hash).contains(.fraction) || toks[j].isA(.percent) {
                return false
            }
            if toks[j].hash == ClaimWords.than { return true }
            j -= 1
        }
        return false
    }

    /// Relation `ai` frames the figure of `cue`: its content holds the figure; or it is speech ("X said",
    /// "according to X", a colon) or a verb of assertion, which the guide lets source a writer's figure in another
    /// clause (partial attribution: "It lost $5m and said debts will rise", "a $27bn bill, which they claim is
    /// owed"); or the figure is a share in or just before its source, a poll's result named or not ("Less than a
    /// third agreed", "30 percent of all voters consider").
    /// A stance, a judgement, an intention or a document sources no figure outside its content: "Canova received
    /// $250,000 after Sanders endorsed him".
    private func frames(_ ai: Int, _ cue: ClaimCue) -> Bool {
        let at = attributions[ai]
        let f = tokRange(cue.first, cue.last)
        if at.contentRanges.contains(where: { $0.start <= f.start && f.end <= $0.end }) { return true }
        if at.kind == .accordingTo || at.kind == .colon || at.kind == .carried || at.relation != .other { return true }
        // A verb of assertion ("which they claim is owed", "experts suggest") is reporting as the guide lists it —
        // with someone asserting ("calling on the council to think again" reports no one's thought).
        if at.speakerRange != nil || at.sourceRange != nil,
            let k = tokenStarting(at: at.cueRange.start, in: at.sentence), toks[k].isA(.vagueVerb)
        {
            return true
        }
        // "Sanders rips the $70 billion deal, arguing that it favours banks": a participle of assertion opening a
        // clause of its own, its speaker named, reports as "argued" would (partial attribution) — not a gerund's
        // event ("a loss blamed on the media declaring him the winner").
        if at.speakerRange != nil, let k = tokenStarting(at: at.cueRange.start, in: at.sentence),
            k > sents[at.sentence].tokStart, toks[k - 1].punct == .comma,
            claimClasses(toks[k].hash).contains(.assertingParticiple)
        {
            return true
        }
        guard let src = at.sourceRange ?? at.speakerRange else { return isShare(cue) && f.end <= at.cueRange.start }
        if isShare(cue), src.start <= f.start && f.end <= src.end { return true }
        // "Just 30 percent of all voters consider…": a share just before its source is the source's too.
        guard isShare(cue), f.end <= src.start, let first = tokenStarting(at: src.start, in: at.sentence) else {
            return false
        }
        var k = cue.last + 1
        while k < first && k <= cue.last + 3 && toks[k].kind == .word { k += 1 }
        return k == first
    }

    /// Relation `ai`, which reports, speaks for the figure of `cue`: the figure does not count its source, the
    /// relation frames it (`frames`). A pledge's figure stays the pledge's ("has promised to deport 11 million
    /// illegal immigrants": readers differ, and PolNeAR marks it as the promise's content). A figure that counts its
    /// source is spoken for only after evidence (`evidenceBefore` of `evidence`, when given).
    private func reportsFigure(
        _ ai: Int, _ cue: ClaimCue, evidence: (sentence: Int, carriers: [Int: Carrier])?
    ) -> Bool {
        if countsSource(ai, cue) {
            guard let ev = evidence, evidenceBefore(ev.sentence, ev.carriers) else { return false }
        }
        let s = attributions[ai].sentence
        if let k = tokenStarting(at: attributions[ai].cueRange.start, in: s) {
            // "Harland is the third retailer this month to warn": an infinitive that completes a ranking names what
            // is ranked, and reports no ranking.
            if cue.reason == .superlative, k > cue.last, k - 1 > sents[s].tokStart, toks[k - 1].hash == ClaimWords.to,
                k - cue.last <= 8
            {
                return false
            }
            // "rose 3p, better than some in the City had feared", "far more than it had expected": an expectation a
            // comparison measures a figure against reports no one's figure (a ranking or a cause is left to its
            // relation).
            if cue.reason != .superlative && cue.reason != .causal, isInComparison(k, s) { return false }
        }
        if !frames(ai, cue) { return false }
        return true
    }

    /// The figure of `cue` counts the source of relation `ai` ("More than two dozen other governors have
    /// said…", "Only three senators endorsed him"): the writer's count, not the source's. A share ("52 percent of
    /// voters say", "Three-quarters said") is a poll's result and stays with its respondents; a figure in an
    /// appositive after the name ("Paulson, who made billions, told investors") is partial attribution.
    private func countsSource(_ ai: Int, _ cue: ClaimCue) -> Bool {
        let at = attributions[ai]
        guard let head = at.speakerRange ?? at.sourceRange else { return false }
        let f = tokRange(cue.first, cue.last)
        let src = at.sourceRange ?? head
        guard f.overlaps(head) || src.start <= f.start && f.end <= head.start else { return false }
        return !isShare(cue)
    }

    /// The figure of `cue` is a share: a percentage, a fraction or a ratio ("a third", "one in four").
    private func isShare(_ cue: ClaimCue) -> Bool {
        if cue.figure == .percent { return true }
        for k in cue.first...cue.last {
            let h = toks[k].hash
            if claimClasses(h).contains(.fraction) || h == ClaimWords.inn || h == ClaimWords.out { return true }
        }
        return false
    }

    /// Poll or study results come just before sentence `s` or in it: a count in a source phrase ("Three-quarters
    /// said…") then reports the respondents' answers, not the writer's count of the source.
    private func evidenceBefore(_ s: Int, _ carrierOf: [Int: Carrier]) -> Bool {
        if let ev = namedEvidence(s), carriesResults(ev, in: s) { return true }
        for p in [s - 1, s - 2] where p >= 0 && sents[s].paragraph - sents[p].paragraph <= 1 {
            if carrierOf[p] == .evidence { return true }
            if let ai = reportingAttribution(p), speaksAsEvidence(ai) { return true }
            if let ev = namedEvidence(p), carriesResults(ev, in: p) { return true }
        }
        return false
    }

    /// A direct quote in sentence `s` whose speaker was found (not an implicit one) by a relation whose content is
    /// all quoted — not a phrase quoted inside the writer's own clause ("had Congress not passed “permanent
    /// normal trade relations”").
    private func spokenQuote(in s: Int) -> Int? {
        var k = sents[s].tokStart
        while k < sents[s].tokEnd {
            let q = Int(quoteOf[k])
            if q >= 0 {
                if quotes[q].isDirect, let ai = quotes[q].attribution, attributions[ai].kind != .implicit,
                    attributions[ai].relation == .direct
                {
                    return q
                }
                // Skip the rest of this quote's tokens in the sentence.
                while k < sents[s].tokEnd && Int(quoteOf[k]) == q { k += 1 }
                continue
            }
            k += 1
        }
        return nil
    }

    /// The cue at `k` performs what it names: "declared a national emergency", "declared war", "declared bankruptcy"
    /// (`ClaimWords.performedActs` after a verb of declaring, past an article and one modifier or a measure's
    /// compound: "declared a 60-day state of emergency"), a plea to charges ("denies 14 counts of fraud", "admitted
    /// two charges"), "demanded a ransom of $5m" (a demand's noun phrase), "rejected a £620m approach" (an offer
    /// turned down), "agreed to a £1.1bn takeover" (a deal accepted), "agreed on policy" (an agreement reached),
    /// "put £500,000 into" (a sum invested) — not
    /// "declared that…", "demanded that…".
    private func isPerformative(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        // "She denies 14 counts of fraud", "admitted two charges": a plea to charges, not a statement.
        if ClaimWords.pleading.contains(toks[k].hash), k + 2 < e {
            var n = k + 1
            if toks[n].kind == .number || toks[n].isA(.numberWord) || toks[n].hash == ClaimWords.a
                || toks[n].hash == ClaimWords.the
            {
                n += 1
            }
            if n < e, ClaimWords.chargeNouns.contains(toks[n].hash) { return true }
        }
        // "which put £500,000 into the production", "which put up £750,000 of the budget": a sum invested ("as
        // Vulture put it" still reports).
        if ClaimWords.putForms.contains(toks[k].hash), k + 1 < e {
            let n =
                (toks[k + 1].hash == ClaimWords.up || toks[k + 1].hash == ClaimWords.inn) && k + 2 < e ? k + 2 : k + 1
            if toks[n].punct == .currency || toks[n].kind == .number { return true }
        }
        // "agreed to a £1.1bn takeover": a deal accepted; "all 12 voting members agreed on policy": an agreement
        // reached, no statement ("agreed on Monday that…" still reports).
        if toks[k].isA(.agreementVerb), k + 2 < e {
            if toks[k + 1].hash == ClaimWords.to, opensAnAct(k + 2) { return true }
            if toks[k + 1].hash == ClaimWords.on, isLowerWord(k + 2),
                !(k + 3..<min(e, k + 6)).contains(where: { toks[$0].hash == Lexicon.hThat })
            {
                return true
            }
        }
        // "demanded a ransom of $5m", "demanding £5m in compensation": the demand's noun phrase, not "demanded
        // that…"; "has rejected a £620m takeover approach": an offer turned down, not "rejected claims that…".
        if ClaimWords.demanding.contains(toks[k].hash) || ClaimWords.rejecting.contains(toks[k].hash), k + 1 < e {
            return opensAnAct(k + 1)
        }
        guard ClaimWords.declaring.contains(toks[k].hash) else { return false }
        var n = k + 1
        if n < e, toks[n].hash == ClaimWords.a || toks[n].hash == Lexicon.hAn || toks[n].hash == ClaimWords.the {
            n += 1
        }
        // Past one modifier, or a measure's compound ("a 60-day state of emergency").
        if n + 3 < e, toks[n].kind == .number, toks[n + 1].punct == .hyphen, isLowerWord(n + 2) {
            n += 3
        } else if n + 1 < e, !ClaimWords.performedActs.contains(toks[n].hash), isLowerWord(n) {
            n += 1
        }
        return n < e && ClaimWords.performedActs.contains(toks[n].hash)
    }

    /// The cue at `k` asks someone to act: "asked the court to order", "ordered the firm to pay" — a request
    /// reports no content of the asker's (up to three words of object, then "to" and a verb).
    private func isDirective(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        var n = k + 1
        while n < e && n <= k + 4 {
            let t = toks[n]
            // "asked how…", "told reporters that…": a question or a statement, not a request.
            if t.kind != .word || t.hash == Lexicon.hThat || ClaimWords.whWords.contains(t.hash) { return false }
            if t.hash == ClaimWords.to {
                return n > k + 1 && n + 1 < e && toks[n + 1].kind == .word && !toks[n + 1].isCap
                    && !toks[n + 1].isA(.function)
            }
            n += 1
        }
        return false
    }

    /// Every content span of a relation, sorted (stably) by start, with its relation. Whether the relation reports
    /// someone's content (`sourcesFigures`, the costly test) is left to `contentHolder`, which asks it only of the
    /// spans it reads.
    private func contentIndex() -> [(range: TextRange, attribution: Int)] {
        var out: [(range: TextRange, attribution: Int)] = []
        // Reserved: one allocation, not one per doubling.
        out.reserveCapacity(attributions.reduce(0) { $0 + $1.contentRanges.count })
        for ai in attributions.indices {
            for r in attributions[ai].contentRanges { out.append((r, ai)) }
        }
        out.sort { $0.range.start < $1.range.start }
        return out
    }

    /// The reporting relation whose content holds `cue`, if any: among the last eight spans of such relations that
    /// start at or before it, the latest to hold it. `sources` remembers `sourcesFigures` per relation.
    private func contentHolder(
        _ cue: TextRange, _ contents: [(range: TextRange, attribution: Int)], _ sources: inout [Bool?]
    ) -> Int? {
        var lo = 0
        var hi = contents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if contents[mid].range.start <= cue.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var read = 0
        while i >= 0 && read < 8 {
            let ai = contents[i].attribution
            if sources[ai] == nil { sources[ai] = sourcesFigures(ai) }
            if sources[ai] == true {
                if cue.end <= contents[i].range.end { return ai }
                read += 1
            }
            i -= 1
        }
        return nil
    }

    /// An indefinite article or a sum at `i`, opening the object of an act (`isPerformative`): "a ransom", "£5m".
    private func opensAnAct(_ i: Int) -> Bool {
        let n = toks[i]
        return n.hash == ClaimWords.a || n.hash == Lexicon.hAn || n.punct == .currency || n.kind == .number
    }

    /// The token of sentence `s` that starts at byte `offset`.
    func tokenStarting(at offset: Int, in s: Int) -> Int? {
        guard let k = tokenStarting(atOrAfter: offset, in: s), Int(toks[k].start) == offset else { return nil }
        return k
    }

    /// The first token of sentence `s` that starts at or after UTF-8 `offset` (a binary search).
    func tokenStarting(atOrAfter offset: Int, in s: Int) -> Int? {
        var lo = sents[s].tokStart
        var hi = sents[s].tokEnd
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(toks[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sents[s].tokEnd ? lo : nil
    }

    /// A clause with a finite verb follows the verb at `k` without "that": a subject (a determiner, a pronoun or a
    /// noun, no preposition) and a modal within a few words, before any "to" ("hopes sales will reach $5bn", "hoped
    /// the deal would close"; not "hopes to raise", "wants the council to build", "talking about what will happen").
    func opensFiniteClause(after k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard k + 2 < e, toks[k + 1].kind == .word, toks[k + 1].hash != ClaimWords.to,
            !toks[k + 1].isA(.function) || toks[k + 1].isA(.determiner) || toks[k + 1].isA(.personPronoun)
        else { return false }
        var j = k + 2
        while j < e && j <= k + 6 && toks[j].kind == .word && !inQuote(j) {
            if toks[j].hash == ClaimWords.to { return false }
            if claimClasses(toks[j].hash).contains(.modal) { return true }
            j += 1
        }
        return false
    }

    /// The verb at `k` is a passive with no agent: "is projected to", "it is reported", "are understood to have".
    func isAgentlessPassive(_ k: Int, _ s: Int) -> Bool {
        if endsInIng(k) { return false }  // "is proposing" is progressive, not passive
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var j = k - 1
        var skipped = 0
        while j >= a && skipped < 2 && toks[j].kind == .word && !toks[j].isCap
            && (toks[j].isA(.speakerSkip) && !claimClasses(toks[j].hash).contains(.be) || endsInLy(j))
        {
            j -= 1
            skipped += 1
        }
        guard j >= a, toks[j].kind == .word, claimClasses(toks[j].hash).contains(.be) else { return false }
        // An agent is "by" and no measure within three words, before any infinitive ("are expected to grow by 3%"
        // names no one).
        var n = k + 1
        while n < e && n <= k + 3 && !opensInfinitive(n, e) {
            if toks[n].hash == ClaimWords.by && !isMeasureAfterBy(n + 1, e) { return false }
            n += 1
        }
        return true
    }

    /// Claim `c` is a forecast, or a figure its source expects or predicts: a relation whose cue is a verb of
    /// forecasting ("most analysts expect rates to be held at 4.75%", "predicted that prices would rise by 2%",
    /// "had been expecting a rise of 0.3%").
    private func forecasts(_ c: Claim) -> Bool {
        if c.reason == .forecast { return true }
        guard case .attribution(let a) = c.sourcedBy,
            var k = tokenStarting(at: attributions[a].cueRange.start, in: attributions[a].sentence)
        else { return false }
        // Any word of the cue: "had been expecting a rise of 0.3%".
        while k < toks.count && Int(toks[k].start) < attributions[a].cueRange.end {
            if toks[k].isA(.forecast) || ClaimWords.forecastingForms.contains(toks[k].hash) { return true }
            k += 1
        }
        return false
    }

    /// Sentence `s`, whose claim is a `figure`, continues the previous sentence's source: it has "also" near its
    /// start; or it continues a poll's or a study's results; or it gives another percentage or sum right after one
    /// from the same speaker, or after any figure of theirs states a result as they did (`statesAResult`: "The
    /// department said 250,000 jobs were added. Unemployment fell to 4.1%." — GUIDE.md's "a results statement
    /// followed by more results"). A pronoun alone carries nothing: "He is in talks to…", "He and three others
    /// were indicted" narrate what the speaker did, they do not continue what he said.
    private func continuesSource(_ s: Int, _ figure: FigureKind, carrier: Carrier, previousFigure: FigureKind?)
        -> Bool
    {
        let e = sents[s].tokEnd
        let i = openingToken(s)
        guard i < e else { return false }
        var k = i
        while k < min(e, i + 4) {
            if toks[k].hash == ClaimWords.also, !inQuote(k) { return true }
            k += 1
        }
        if carrier == .evidence && figure != .other { return true }
        // "Shares in the company jumped 11%", "Its shares fell 3p": the market's price, which no speaker reports.
        if carrier == .speaker, opensOnSharePrice(i, e) { return false }
        if previousFigure != nil && statesAResult(i, e, figure) { return true }
        if refersToTheFigureBefore(i, e) { return true }
        return figure == previousFigure && (figure == .percent || figure == .money)
    }

    /// The sentence opening at `i` has a share price as its subject: "shares" or "stock" within its first four
    /// words, before any verb ("Shares in Harland fell", "The company's shares jumped", "Its stock rose").
    private func opensOnSharePrice(_ i: Int, _ e: Int) -> Bool {
        var j = i
        while j < e && j < i + 4 && toks[j].kind == .word {
            if ClaimWords.sharePriceNouns.contains(toks[j].hash) { return true }
            if toks[j].isA(.function) && !toks[j].isA(.determiner) && !toks[j].isA(.possessivePronoun)
                && toks[j].hash != ClaimWords.inn
            {
                return false
            }
            j += 1
        }
        return false
    }

    /// The sentence opening at `i` goes on from the figure before it: "That would add about £70 to the average bill"
    /// ("That" or "This" and a verb), "By 6 p.m. that number had dropped to 41,000" ("that" or "this" and a noun of
    /// a figure within its first six words), "Almost half of those sales" (a share "of those", "of these" or "of
    /// them") — not "That day", "This year's figures".
    private func refersToTheFigureBefore(_ i: Int, _ e: Int) -> Bool {
        let h = toks[i].hash
        if h == Lexicon.hThat || h == Lexicon.hThis, i + 1 < e, toks[i + 1].kind == .word,
            !claimClasses(toks[i + 1].hash).isDisjoint(with: [.modal, .be])
                || ClaimWords.figureSequels.contains(toks[i + 1].hash)
        {
            return true
        }
        for j in i..<min(e - 1, i + 6) where toks[j].hash == Lexicon.hThat || toks[j].hash == Lexicon.hThis {
            if ClaimWords.figureNouns.contains(toks[j + 1].hash) { return true }
        }
        // "Almost half of those sales were in the UK", "Of these, 72 have settled": a share of what the sentence
        // before counted (not a count of people named before: "Dozens of them protested").
        for j in i..<min(e - 1, i + 6) where toks[j].hash == ClaimWords.of {
            guard ClaimWords.referringPartitives.contains(toks[j + 1].hash) else { continue }
            if j == i || toks[j - 1].kind == .number || claimClasses(toks[j - 1].hash).contains(.fraction) {
                return true
            }
        }
        return false
    }

    /// The sentence opening at `i` states a result: a share, a sum or a count, a subject of one to three words that
    /// names no one, then a verb of change or arrival ("Revenue fell 8% to $14bn", "The unemployment rate fell to
    /// 4.1%", "Profits were up 5%", "Removals of failed asylum seekers rose to 12,430", past a relative clause: "Wider
    /// production, which includes mining, fell 0.8%", or a prepositional tail: "Sales at stores open at least a year
    /// rose 4.1%"; not "He paid $5m", "Clinton won 55%", nor a count that is the subject: "Thousands of delegates
    /// rose to their feet").
    private func statesAResult(_ i: Int, _ e: Int, _ figure: FigureKind) -> Bool {
        guard figure != .other else { return false }
        var j = i
        if j < e, toks[j].hash == ClaimWords.the || toks[j].isA(.possessivePronoun) { j += 1 }
        if figure == .count, j < e, toks[j].kind == .number || claimClasses(toks[j].hash).contains(.countWord) {
            return false
        }
        let subject = j
        while j < e && j < subject + 3 && toks[j].kind == .word && mentionOf[j] < 0 && !toks[j].isA(.function)
            && !ClaimWords.resultMoves.contains(toks[j].hash)
        {
            j += 1
        }
        guard j > subject, j < e else { return false }
        // "Sales at stores open at least a year rose 4.1%": past a subject's prepositional tail that names no one (a
        // place names no one: "The average price of a home in the UK now stands at £152,300"; up to seven words, no
        // comma).
        if ClaimWords.subjectTailOpeners.contains(toks[j].hash) {
            var m = j + 1
            while m < e && m <= j + 7 && toks[m].kind == .word && (mentionOf[m] < 0 || mentionKind(m) == .place) {
                if movesTo(m, e) { return true }
                m += 1
            }
            return false
        }
        // "Wider industrial production, which also includes mining, fell 0.8%": past a relative clause set off by
        // commas.
        if toks[j].punct == .comma, j + 1 < e, toks[j + 1].isA(.relativePronoun) {
            guard let c = commaAhead(from: j + 2, within: 12, e), c + 1 < e else { return false }
            j = c + 1
        }
        if claimClasses(toks[j].hash).contains(.be), j + 1 < e,
            toks[j + 1].hash == ClaimWords.up || toks[j + 1].hash == ClaimWords.down
        {
            return true
        }
        return movesTo(j, e)
    }

    /// Token `j` is a verb of a result's change or level: "rose", "fell", "totalled" (`ClaimWords.resultMoves`), or
    /// "stands at", "remained at".
    private func movesTo(_ j: Int, _ e: Int) -> Bool {
        // ("Sales have risen 5%": past the perfect's auxiliary.)
        if ClaimWords.perfectAuxiliaries.contains(toks[j].hash), j + 1 < e,
            ClaimWords.resultMoves.contains(toks[j + 1].hash)
        {
            return true
        }
        if ClaimWords.resultMoves.contains(toks[j].hash) { return true }
        return ClaimWords.levelVerbs.contains(toks[j].hash) && j + 1 < e && toks[j + 1].hash == ClaimWords.at
    }

    /// The first token of sentence `s` past its opening punctuation (a quote mark, a dash); its end when it has none.
    private func openingToken(_ s: Int) -> Int {
        var i = sents[s].tokStart
        while i < sents[s].tokEnd && toks[i].kind == .punct { i += 1 }
        return i
    }

    /// Sentence `s` opens with a definite reference to the organisation that is the named source of relation `ai`: a
    /// word of its name again ("Tesco said… ¶ Tesco has…"), or "the" and up to two modifiers (a hyphenated one may
    /// hold a name) before a noun of a kind of organisation ("The company", "The Leeds-based firm", "The Luton-based
    /// carrier"; `WordClass.organisationDescriptor`, `ClaimWords.businessNouns`), or "It" before a verb of its own
    /// ("It opened 37 new routes"; not "It is", "It would", "It seems"). Not a person's:
    /// a paragraph opening on someone who spoke before goes on with what they did ("Clinton said… ¶ Clinton could
    /// have about 90% of the delegates…", two PolNeAR even sentences a first version carried).
    private func opensWithReference(_ s: Int, toSourceOf ai: Int) -> Bool {
        guard let sp = attributions[ai].speakerRange, !attributions[ai].isPronoun else { return false }
        if let ent = attributions[ai].entity {
            guard entities[ent].kind == .organization else { return false }
        } else {
            // A name the entity stage did not type, described as an organisation: "Pellow's, the homeware and
            // furniture retailer".
            guard let src = attributions[ai].sourceRange, endsOnAnOrganisationNoun(src, in: attributions[ai].sentence)
            else { return false }
        }
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard a + 1 < e else { return false }
        if toks[a].isCap, toks[a].hash != ClaimWords.the,
            let f = tokenStarting(at: sp.start, in: attributions[ai].sentence)
        {
            var j = f
            while j < toks.count && Int(toks[j].end) <= sp.end {
                if toks[j].isCap && toks[j].hash == toks[a].hash { return true }
                j += 1
            }
        }
        // "It opened 37 new routes", "It employs 5,000 staff": the organisation's pronoun before a verb of its own
        // (not "It is…", "It seems…", "It would…": a frame or a forecast).
        if toks[a].hash == Lexicon.hIt, isLowerWord(a + 1), !toks[a + 1].isA(.function),
            !claimClasses(toks[a + 1].hash).contains(.be), !claimClasses(toks[a + 1].hash).contains(.modal),
            !AttributionWords.raisingVerbs.contains(toks[a + 1].hash)
        {
            return true
        }
        guard toks[a].hash == ClaimWords.the else { return false }
        var j = a + 1
        // (A hyphenated modifier may hold a name: "The Luton-based carrier".)
        while j < e && j <= a + 3 && toks[j].kind == .word && (!toks[j].isCap || toks[j].has(Token.hyphenated)) {
            if toks[j].isA(.organisationDescriptor) || ClaimWords.businessNouns.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The phrase `r` of sentence `s` ends on a noun of a kind of organisation ("…, the homeware retailer"; not
    /// "…, the retailer's boss").
    private func endsOnAnOrganisationNoun(_ r: TextRange, in s: Int) -> Bool {
        // The phrase's last token: the one before the first token at or after its end.
        let j = (tokenStarting(atOrAfter: r.end, in: s) ?? sents[s].tokEnd) - 1
        guard j >= sents[s].tokStart, Int(toks[j].start) >= r.start, toks[j].kind == .word, !toks[j].isCap else {
            return false
        }
        return toks[j].isA(.organisationDescriptor) || ClaimWords.businessNouns.contains(toks[j].hash)
    }

    /// The verb at `k` is the infinitive of an agentless passive of belief or hearsay: "are understood to have
    /// insisted", "is thought to have said", "a club believed to have demanded" (`ClaimWords.hearsayPassives` after a
    /// form of "be" or right after its noun; not "said he would have insisted").
    private func isUnderHearsayPassive(_ k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        func auxiliary(_ j: Int) -> Bool {
            let h = toks[j].hash
            return h == Lexicon.hTo || h == Lexicon.hHave || h == Lexicon.hBe || h == Lexicon.hBeen
        }
        var j = auxiliary(k) ? k : k - 1
        var infinitive = false
        while j > a && auxiliary(j) {
            if toks[j].hash == Lexicon.hTo { infinitive = true }
            j -= 1
        }
        guard infinitive, j > a, j < k, ClaimWords.hearsayPassives.contains(toks[j].hash) else { return false }
        return claimClasses(toks[j - 1].hash).contains(.be) || followsItsNoun(j, a)
    }

    /// The relation of lead sentence `s` that reports data: a document's ("…, Home Office figures show", "according
    /// to the latest survey from the Northgate Building Society"), or an organisation's when the lead gives a figure
    /// (`withFigure`: "Budget airline Skyvale has reported a 41% jump…"; not "The company said demand held up"). Not a
    /// person's, a pronoun's or an unnamed group's ("Chancellor Gordon Brown said…", "Analysts said…").
    private func leadDataSource(_ s: Int, withFigure: Bool) -> Int? {
        guard let ai = reportingAttribution(s), !attributions[ai].isPronoun,
            let src = attributions[ai].sourceRange ?? attributions[ai].speakerRange,
            var j = tokenStarting(atOrAfter: src.start, in: s)
        else { return nil }
        var organisation = endsOnAnOrganisationNoun(src, in: s)
        if let ent = attributions[ai].entity {
            guard entities[ent].kind == .organization else { return nil }
            organisation = true
        }
        var document = false
        while j < sents[s].tokEnd && Int(toks[j].start) < src.end {
            if isPersonMention(j) || toks[j].isA(.title) { return nil }
            if toks[j].isA(.sourceNoun) { document = true }
            if isPlaceOrBody(j) { organisation = true }
            j += 1
        }
        return document || organisation && withFigure ? ai : nil
    }

    /// Sentence `s` opens on a statement of data: a result ("Pre-tax profits rose to £86.4m", `statesAResult`) or a
    /// count ("There were 276,000 violent offences recorded…", "A total of 33,930 applications were made…": a
    /// number within three words of "There" and a form of "be", or of "A total of").
    private func opensOnData(_ s: Int, _ figure: FigureKind) -> Bool {
        let e = sents[s].tokEnd
        let i = openingToken(s)
        guard i + 2 < e else { return false }
        if statesAResult(i, e, figure) { return true }
        var j: Int
        if toks[i].hash == Lexicon.hThere, claimClasses(toks[i + 1].hash).contains(.be) {
            j = i + 2
        } else if toks[i + 1].hash == ClaimWords.total, toks[i + 2].hash == ClaimWords.of {
            j = i + 3
        } else {
            return false
        }
        let stop = min(e, j + 3)
        while j < stop {
            if toks[j].kind == .number { return true }
            j += 1
        }
        return false
    }

    /// Sentence `s` opens with a pronoun for a source followed by "also": "He also said", "They also found".
    private func opensWithPronounAlso(_ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard a + 1 < e, claimClasses(toks[a].hash).contains(.sourcePronoun) else { return false }
        return toks[a + 1].hash == ClaimWords.also || (a + 2 < e && toks[a + 2].hash == ClaimWords.also)
    }

    /// The sentence names its evidence outside quotes ("a CBS News poll", "FEC filings show", "census data",
    /// "those surveyed"), or gives the figure as someone's plan, proposal or claim ("Trump's plan to deport 11
    /// million"; a plan or a pledge only for a `figure` in its own complement): the naming word.
    private func namedEvidence(_ s: Int, figure: TextRange? = nil) -> TextRange? {
        let a = sents[s].tokStart
        // Read on every word: loaded once (each read of a static checks its lazy initialisation).
        let planNouns = ClaimWords.planNouns
        var recorded: TextRange? = nil
        for k in a..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            // A benchmark gives only its own figure: "The results were the best in its history and beat City forecasts
            // of about £80m" (the record is the writer's).
            if toks[k].isA(.sourceNoun), let f = figure, isBenchmark(k, a), !holdsInComplement(k, s, f) { continue }
            if toks[k].isA(.sourceNoun), isNamedEvidence(k, s) { return toks[k].range }
            // ("those polled"; not "polled 15,402 votes", a verb before its figure.)
            if claimClasses(toks[k].hash).contains(.respondents),
                !(k + 1 < sents[s].tokEnd && (toks[k + 1].kind == .number || toks[k + 1].punct == .currency))
            {
                return toks[k].range
            }
            // "almost a third of all the attacks logged by NetWarden": data a named agent recorded (kept in case no
            // other evidence speaks: "The data, compiled by the Unit …, shows" is the data's).
            if recorded == nil, ClaimWords.recordingParticiples.contains(toks[k].hash), k + 2 < sents[s].tokEnd,
                toks[k + 1].hash == ClaimWords.by
            {
                let n = toks[k + 2].hash == ClaimWords.the && k + 3 < sents[s].tokEnd ? k + 3 : k + 2
                if toks[n].isCap || mentionOf[n] >= 0 {
                    recorded = tokRange(k, n)
                    continue
                }
            }
            // "the same arguments: …", "his statement: …" — a colon after a cue introduces someone's content.
            if k + 1 < sents[s].tokEnd, toks[k + 1].punct == .colon,
                toks[k].isA(.reporting) || toks[k].isA(.intentionNoun)
            {
                return toks[k].range
            }
            // A plan or a pledge gives only the figure of its own complement ("Trump's plan to deport 11 million",
            // "his proposals, including a $15 minimum wage"); what it "would see" is the writer's (GUIDE.md:
            // "proposals would see" is no reporting relation), as is any other figure of the sentence.
            if planNouns.contains(toks[k].hash), !(figure.map { holdsInComplement(k, s, $0) } ?? false) {
                continue
            }
            // ("strong demand from China", "surging demand": a market's demand, no one's.)
            if k > a, ClaimWords.demanding.contains(toks[k].hash),
                ClaimWords.marketDemandModifiers.contains(toks[k - 1].hash) || endsInIng(k - 1)
            {
                continue
            }
            // ("his tally for the season", "her average": a pronoun's measure is a record of play, no one's report.)
            // ("comedy The Best Man's Speech": a capitalised word of a title is no one's speech.)
            if k > a, toks[k].isA(.intentionNoun), !(toks[k].isCap && mentionOf[k] >= 0),
                !(k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1)),
                !(ClaimWords.measureNouns.contains(toks[k].hash) && toks[k - 1].isA(.possessivePronoun))
            {
                // "Trump's plan", "his proposal", "Sanders's point", "Trump's most famously false contention" —
                // not a noun used as a modifier ("the US budget deficit").
                var j = k - 1
                // A span written with a hyphen may stand between: "the budget office's 10-year outlook".
                while j > a && j >= k - 5 {
                    let p = toks[j]
                    if p.has(Token.possessive) || isPossessive(j) || isPersonMention(j) || p.isA(.possessivePronoun) {
                        return toks[k].range
                    }
                    let spanPart = p.punct == .hyphen || p.kind == .number && toks[j + 1].punct == .hyphen
                    if p.kind != .word && !spanPart
                        || p.isA(.function) && !p.isA(.comparative) && p.hash != Lexicon.hMostWord
                    {
                        break
                    }
                    j -= 1
                }
                let p = toks[j]
                // A plural possessive ends in its own apostrophe: "the candidates’ respective estimates".
                if p.has(Token.possessive) || isPossessive(j) || isPersonMention(j) || p.isA(.possessivePronoun) {
                    return toks[k].range
                }
                // "suggestions by the GOP front-runners, Donald Trump and…", "a proposal from Sanders".
                if k + 2 < sents[s].tokEnd, toks[k + 1].hash == Lexicon.hBy || toks[k + 1].hash == Lexicon.hFrom {
                    for n in (k + 2)..<min(sents[s].tokEnd, k + 8) where mentionOf[n] >= 0 { return toks[k].range }
                }
            }
        }
        return recorded
    }

    /// The noun at `k` stands after "in" and up to three words of its own ("in a statement", "in his State of
    /// the Union speech"): a frame for what the sentence says, not an event it narrates.
    private func framesTheSentence(_ k: Int, _ s: Int) -> Bool {
        var j = k - 1
        while j >= sents[s].tokStart && j >= k - 4 && toks[j].kind == .word {
            if toks[j].hash == ClaimWords.inn { return true }
            j -= 1
        }
        return false
    }

    /// The evidence noun at `k` is what something is measured against: a verb of beating or missing
    /// (`ClaimWords.benchmarkWords`: "beat City forecasts", "missed the estimates") within three words before it,
    /// past its modifiers.
    private func isBenchmark(_ k: Int, _ a: Int) -> Bool {
        var j = k - 1
        while j >= a && j >= k - 3 && toks[j].kind == .word {
            if ClaimWords.benchmarkWords.contains(toks[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// The figure lies in the complement of the plan noun at `k`: "to", "for", "of", "that" or a comma and
    /// "including" right after the noun, then up to eight tokens of one clause before the figure.
    private func holdsInComplement(_ k: Int, _ s: Int, _ figure: TextRange) -> Bool {
        let e = sents[s].tokEnd
        guard k + 1 < e, Int(toks[k].end) <= figure.start else { return false }
        var n = k + 1
        if toks[n].punct == .comma { n += 1 }
        guard n < e, ClaimWords.complementOpeners.contains(toks[n].hash) else { return false }
        // "that" opens a content clause only with its verb's mood ("a pledge that taxes would fall 10%"); a
        // relative clause gives the writer's figure ("the contribution to his campaign that Pate made—all
        // $2,700").
        let needsModal = toks[n].hash == Lexicon.hThat
        let opener = n
        var modal = false
        while n < e && n <= k + 10 {
            if Int(toks[n].start) >= figure.start { return !needsModal || modal }
            if toks[n].kind == .word, claimClasses(toks[n].hash).contains(.modal) { modal = true }
            // "Sanders’ plans for the economy would cost $15 trillion", "her plan to cut taxes is costed at $3bn": a
            // finite verb after a "to", "for" or "of" complement is the plan's own predicate, and its figure the
            // writer's ("plan to be …" keeps its infinitive).
            if !needsModal, n > opener + 1, toks[n].kind == .word,
                AttributionWords.finiteAuxiliaries.contains(toks[n].hash)
                    || toks[n].isA(.beForm) && toks[n - 1].hash != Lexicon.hTo
            {
                return false
            }
            if toks[n].isTerminator || toks[n].punct == .semicolon || toks[n].punct == .colon { return false }
            n += 1
        }
        return false
    }

    /// A hearing that heard the sentence's statement: a hearing's noun (`ClaimWords.hearingNouns`: court, jury,
    /// inquest, tribunal…) right before "heard" or "was told", outside quotes — "Pell diverted £1.2m, Leeds Crown
    /// Court heard", "The jury was told that…", "An inquest heard". The hearing's noun and verb, or nil. (Not "the
    /// court ruled", a decision the writer reports.)
    private func hearingFrame(_ s: Int) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        for k in a..<(e - 1) where toks[k].kind == .word && ClaimWords.hearingNouns.contains(toks[k].hash) {
            guard !inQuote(k) else { continue }
            let v = toks[k + 1].hash
            if v == ClaimWords.heard { return tokRange(k, k + 1) }
            // "…, a court has heard": past "has" or "had".
            if v == Lexicon.hHas || v == Lexicon.hHad, k + 2 < e, toks[k + 2].hash == ClaimWords.heard {
                return tokRange(k, k + 2)
            }
            if claimClasses(v).contains(.be), k + 2 < e, toks[k + 2].hash == Lexicon.hTold {
                return tokRange(k, k + 2)
            }
        }
        return nil
    }

    /// A light verb with a speech noun says, and the figure lies in the "that" clause it reports: "Trump made a
    /// plea for the party to accept that he is bringing millions of new voters" (as "pleaded" would), "she made
    /// the case that 40 percent …" — its speaker a name or a pronoun just before the verb. Not a figure before
    /// "that" ("made the case to 23 leaders that …": the audience is the writer's count), nor a narrated deed
    /// ("made good on a promise to give $1 million": only articles and lowercase words between verb and noun).
    private func lightVerbSpeech(_ s: Int, figureStart f: Int) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard f > a + 1 else { return nil }
        // Loaded once: a static is checked on each read. Only the words before the figure can speak for it.
        let verbs = ClaimWords.lightSpeechVerbs
        let nouns = ClaimWords.lightSpeechNouns
        for k in (a + 1)..<f where toks[k].kind == .word && verbs.contains(toks[k].hash) {
            // The speaker just before the verb, past an auxiliary or an adverb: "Trump has privately made".
            var named = false
            var j = k - 1
            while j >= a && j >= k - 3 && toks[j].kind == .word {
                if mentionOf[j] >= 0 || toks[j].isA(.personPronoun) {
                    named = true
                    break
                }
                if toks[j].isCap { break }
                j -= 1
            }
            guard named else { continue }
            // The speech noun, after an article or lowercase words: "a plea", "the strongest case".
            var n = k + 1
            while n < e && n <= k + 4 && toks[n].kind == .word && !toks[n].isCap
                && !nouns.contains(toks[n].hash)
                && (toks[n].isA(.determiner) || !toks[n].isA(.function))
            {
                n += 1
            }
            guard n < e, n <= k + 4, toks[n].kind == .word, nouns.contains(toks[n].hash)
            else { continue }
            // "that" within the clause, before the figure.
            var t = n + 1
            while t < f && t <= n + 14 {
                if toks[t].isTerminator || toks[t].punct == .semicolon || toks[t].punct == .colon { break }
                if toks[t].hash == Lexicon.hThat { return toks[n].range }
                t += 1
            }
        }
        return nil
    }

    /// A stance whose holder is named opens sentence `s` and its content, after "is that", holds the figure: the
    /// holder after the stance ("The concern within the administration is that …", "The big fear among investors
    /// was that …"), owning it ("The administration's worry is that …", "His concern is that …") or fronted
    /// ("Among aides, the fear is that …") — the stance noun. Not a stance with no holder ("The main concern is
    /// that …" is the writer's; "There is a belief that …", no one's), an opening or a phrase that only dates it ("In
    /// 2015, the fear was that …", "The fear at the time was that …") nor a figure in the holder ("The fear among
    /// 40 staff").
    private func stanceFrame(_ s: Int, figure: TextRange) -> TextRange? {
        let e = sents[s].tokEnd
        var k = sents[s].tokStart
        var held = false
        // "Among aides, the fear is that …": the holder fronted, up to its comma.
        if k < e, ClaimWords.frontedHolders.contains(toks[k].hash) {
            var n = k + 1
            while n < e && n <= k + 6 && toks[n].kind == .word && Int(toks[n].end) <= figure.start { n += 1 }
            guard n > k + 1, n < e, toks[n].punct == .comma else { return nil }
            k = n + 1
            held = true
        }
        if k < e, toks[k].isA(.possessivePronoun) {
            held = true
            k += 1
        } else if k < e, toks[k].isA(.determiner) {
            k += 1
        }
        // An owner and modifiers before the noun: "the administration's worry", "the big fear".
        var j = k
        while j < e && j <= k + 4 && toks[j].kind == .word && !ClaimWords.stanceNouns.contains(toks[j].hash) {
            if toks[j].has(Token.possessive) || isPossessive(j) || toks[j].isA(.possessivePronoun) {
                held = true
            } else if toks[j].isA(.function) {
                return nil
            }
            j += 1
        }
        guard j + 2 < e, ClaimWords.stanceNouns.contains(toks[j].hash), !inQuote(j) else { return nil }
        var n = j + 1
        // "the concern within the administration": the holder after the noun.
        if ClaimWords.holderPrepositions.contains(toks[n].hash) {
            n += 1
            let first = n
            while n + 1 < e && n <= j + 10 && !(claimClasses(toks[n].hash).contains(.be)) {
                if toks[n].kind != .word && toks[n].punct != .hyphen || Int(toks[n].end) > figure.start { return nil }
                n += 1
            }
            // "The fear at the time was that …": a phrase of time names no one.
            held = held || n > first && !ClaimWords.holderTimeNouns.contains(toks[n - 1].hash)
        }
        guard held, n + 1 < e, toks[n].kind == .word, claimClasses(toks[n].hash).contains(.be),
            toks[n + 1].hash == Lexicon.hThat, Int(toks[n + 1].end) <= figure.start
        else { return nil }
        return toks[j].range
    }

    /// Sentence `s` lies in an interview transcript's answer: its paragraph opens "A:" right after a paragraph
    /// that opens "Q:" (a question, then its answer), so its figures are the interviewee's, as a quote's are its
    /// speaker's. The answer's label.
    private func transcriptAnswer(_ s: Int) -> TextRange? {
        var f = s
        while f > 0 && sents[f - 1].paragraph == sents[s].paragraph { f -= 1 }
        if let label = personLabel(f) { return label }
        guard f > 0, opensWithLabel(f, ClaimWords.a) else { return nil }
        var q = f - 1
        while q > 0 && sents[q - 1].paragraph == sents[f - 1].paragraph { q -= 1 }
        guard opensWithLabel(q, ClaimWords.question) else { return nil }
        return tokRange(sents[f].tokStart, sents[f].tokStart + 1)
    }

    /// Sentence `s` opens with the name of someone named in full and a colon, then a clause ("Matthews: Well, …",
    /// "Luciana Lopez: No one …"): a transcript's turn, whose figures are the speaker's as a quote's are. The label.
    private func personLabel(_ s: Int) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var c = a
        while c < e && c < a + 3 && toks[c].kind == .word && toks[c].isCap && isNamedSpeaker(c) { c += 1 }
        // A turn is a clause of words ("Matthews: Well, speculation is bad."), not a tally ("Clinton: 1,769.").
        guard c > a, c + 4 < e, toks[c].punct == .colon, attached(c), toks[c + 1].kind == .word else { return nil }
        return tokRange(a, c - 1)
    }

    /// Token `j` belongs to the mention of someone the article names in full, a person or one it cannot type
    /// (not a place or an organisation: "Twitter: …" is no speaker's turn).
    private func isNamedSpeaker(_ j: Int) -> Bool {
        guard mentionOf[j] >= 0 else { return false }
        let e = mentions[Int(mentionOf[j])].entity
        guard entities[e].kind == .person || entities[e].kind == .unknown else { return false }
        // Named in full somewhere: a mention of two words or more ("Chris Matthews", then "Matthews:").
        return mentionSet.mentionsOf[e].contains { mentions[$0].tokEnd - mentions[$0].nameStart >= 2 }
    }

    /// Sentence `s` opens with the one-letter capital `label` and a colon: "Q:", "A:".
    private func opensWithLabel(_ s: Int, _ label: UInt64) -> Bool {
        let k = sents[s].tokStart
        return k + 1 < sents[s].tokEnd && toks[k].isCap && len(k) == 1 && toks[k].hash == label
            && toks[k + 1].punct == .colon
    }

    /// The noun of `nouns` right before the figure of `cue` with "of" and only small words between ("reports of more
    /// than 100 assaults", "a list of the 400"), as a token index; nil for any other word before "of".
    private func nounOfFigure(_ cue: ClaimCue, in s: Int, nouns: HashSet64) -> Int? {
        let a = sents[s].tokStart
        var k = cue.first - 2
        while k >= a && k >= cue.first - 4 {
            if toks[k + 1].hash == ClaimWords.of {
                let t = toks[k]
                guard t.kind == .word, !inQuote(k), nouns.contains(t.hash) else { return nil }
                // Only small words between "of" and the figure: "reports of more than 100", "of at least 20".
                for j in (k + 2)..<cue.first where !isLowerWord(j) {
                    return nil
                }
                return k
            }
            k -= 1
        }
        return nil
    }

    /// Reports or estimates right before the figure of `cue` with "of" between ("reports of more than 100
    /// assaults", "estimates of up to 5,000 dead"): the figure is what they give — not records of what they count
    /// ("records of 2,000 patients") nor a figure further on ("estimates of the number range from 100,000").
    private func reportsOf(_ cue: ClaimCue, in s: Int) -> TextRange? {
        nounOfFigure(cue, in: s, nouns: ClaimWords.reportsOfNouns).map { toks[$0].range }
    }

    /// A list or a ranking that someone makes public gives the figure of its entries right after "of":
    /// "Clinton released a list of more than 200,000 donors", "the party published its list of 25 delegates" (the
    /// list is the evidence, as a named poll is) — not a list no one releases ("a list of 40 names was long"), nor
    /// a figure further on ("released a list of donors who gave $5m").
    private func releasedList(_ cue: ClaimCue, in s: Int) -> TextRange? {
        guard let k = nounOfFigure(cue, in: s, nouns: ClaimWords.listNouns) else { return nil }
        // The verb that releases it, a few words before: "released a list", "published its first ''400'' list" (a
        // determiner, a possessive, an ordinal, a title between; no clause break).
        let a = sents[s].tokStart
        var v = k - 1
        while v >= a && v >= k - 6 {
            let u = toks[v]
            if u.kind == .word && ClaimWords.releaseVerbs.contains(u.hash) { return toks[k].range }
            if u.isTerminator || u.punct == .comma || u.punct == .semicolon || u.punct == .colon { return nil }
            v -= 1
        }
        return nil
    }

    /// The sentence opens "Under the new rule, …", "Under Trump's plan, …": what follows are the document's terms,
    /// its figures the document's. The document noun within a few words of "Under", its phrase definite ("the",
    /// a possessive: "Under a five-year contract, the firm…" only dates what follows) and ended by a comma.
    private func termsOpening(_ s: Int) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard a + 2 < e, toks[a].hash == ClaimWords.under, toks[a + 1].kind == .word,
            toks[a + 1].hash == Lexicon.hThe || toks[a + 1].isA(.possessivePronoun) || toks[a + 1].has(Token.possessive)
                || isPossessive(a + 1)
        else { return nil }
        var noun: Int? = nil
        var k = a + 1
        while k < e && k <= a + 24 {
            let t = toks[k]
            if t.punct == .comma {
                // The terms bind ("must", "will", "would"); a plain past states what happened since ("Under the
                // law, 20 million people gained coverage" is the writer's).
                guard let n = noun else { return nil }
                for j in (k + 1)..<e where toks[j].kind == .word && ClaimWords.termsModals.contains(toks[j].hash) {
                    return toks[n].range
                }
                return nil
            }
            if t.isTerminator || inQuote(k) { return nil }
            if noun == nil, k <= a + 5, t.kind == .word, ClaimWords.termsDocuments.contains(t.hash) { noun = k }
            k += 1
        }
        return nil
    }

    /// A document that states the terms holding the figure after it: "A new rule will require workers earning up
    /// to $47,476 to…", "Party rules allow for reports at the request of 25% of members", "the plan, which
    /// includes a $25 billion bank", "The draft budget for 2005-06, published on Tuesday, sets aside £4.6bn" — the
    /// document's noun, right before a verb of terms (a modal or "also" between; past a short "for" tail and a
    /// participle's phrase set off by commas), the figure in its clause (a figure: "the budget, which provides care to the nation's poorest" is
    /// no ranking of the budget's). Not a figure before the verb ("the $75 billion plan includes") nor what a
    /// plan would bring about ("the plan would raise $15 trillion"), the writer's.
    private func termsSubject(_ s: Int, figure: TextRange) -> TextRange? {
        let e = sents[s].tokEnd
        // Read on every word: loaded once (each read of a static checks its lazy initialisation).
        let documents = ClaimWords.termsDocuments
        for k in sents[s].tokStart..<e where toks[k].kind == .word && documents.contains(toks[k].hash) && !inQuote(k) {
            var j = k + 1
            // "the draft budget for 2005-06, published on Tuesday, sets aside £4.6bn": past a short "for" tail and a
            // phrase set off by commas.
            if j < e, toks[j].hash == Lexicon.hFor, let t = commaAhead(from: j + 1, within: 3, e) { j = t }
            if j + 1 < e, toks[j].punct == .comma, toks[j + 1].hash == Lexicon.hWhich {
                j += 2
            } else if j + 1 < e, toks[j].punct == .comma, isLowerWord(j + 1), isParticiple(j + 1),
                let c = commaAhead(from: j + 2, within: 6, e), c + 1 < e
            {
                j = c + 1
            }
            while j < e && j <= k + 4 && toks[j].kind == .word
                && (ClaimWords.termsModals.contains(toks[j].hash) || toks[j].hash == ClaimWords.also)
            {
                j += 1
            }
            guard j < e, toks[j].kind == .word, ClaimWords.termsVerbs.contains(toks[j].hash),
                Int(toks[j].end) <= figure.start
            else { continue }
            // The figure in the terms' own clause: no punctuation between ("the budget, which provides care to
            // the poorest, by $45bn" cuts the budget by the writer's figure).
            var n = j + 1
            while n < e && Int(toks[n].start) < figure.start {
                if toks[n].kind == .punct && toks[n].punct != .hyphen { break }
                n += 1
            }
            if n < e && Int(toks[n].start) < figure.start { continue }
            return toks[k].range
        }
        return nil
    }

    /// A ranking participle with a named agent ("listed as … by watchdog Spamhaus", "ranked third by Forbes",
    /// "voted the best by readers of Empire"): the participle, whose agent names who ranked.
    private func rankingAgent(_ s: Int) -> TextRange? {
        let e = sents[s].tokEnd
        // Read on every token: loaded once (each read of a static checks its lazy initialisation).
        let participles = ClaimWords.rankingParticiples
        for k in sents[s].tokStart..<e where participles.contains(toks[k].hash) && !inQuote(k) {
            var n = k + 1
            while n + 1 < e && n <= k + 12 {
                if toks[n].kind == .punct && toks[n].punct != .hyphen { break }
                if toks[n].hash == ClaimWords.by {
                    var m = n + 1
                    while m < e && m <= n + 4 && toks[m].kind == .word {
                        if toks[m].isCap || mentionOf[m] >= 0 { return toks[k].range }
                        m += 1
                    }
                    break
                }
                n += 1
            }
        }
        return nil
    }

    /// The named publisher of a rating or a price that the claim's figure is ("the 2-1 favourite with bookmaker
    /// Paddock Bet", "a 71% approval rating on review aggregator ScoreReel", "Bookmaker Hallam Bet makes him the 2-1
    /// favourite", a further price: "…, with Velvet Avenue at 4/1"): the range of the word that types the publisher.
    /// Not a rating whose publisher goes unnamed ("odds of 4-1", "bookmakers make him favourite"), nor a figure that
    /// rates nothing ("a 5% rise, bookmaker Hallam said" is a report).
    private func ratingPublisher(_ s: Int, cue: ClaimCue) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let rated =
            (cue.last + 1..<min(e, cue.last + 4)).contains(where: { ClaimWords.ratedNouns.contains(toks[$0].hash) })
            || cue.first - 2 >= a && toks[cue.first - 2].hash == ClaimWords.odds
            // "…, with Velvet Avenue at 4/1": a further price after the first.
            || cue.first - 1 >= a && toks[cue.first - 1].hash == ClaimWords.at && oddsEnd(cue.first, a, e) != nil
        guard rated else { return nil }
        for d in a..<e - 1 where ClaimWords.ratingPublishers.contains(toks[d].hash) && !inQuote(d) {
            if toks[d + 1].isCap && toks[d + 1].kind == .word { return toks[d].range }
        }
        return nil
    }

    /// The source of relation `ai` is a document with results ("A second poll for the paper found that…", "the
    /// study showed", "A University of New Hampshire poll out this week shows"): the sentences after it may
    /// continue its results without a cue, as after named evidence. The head of the source's first common noun
    /// phrase decides, past the names that own it — not a modifier ("Clinton's polling decline") nor a person
    /// ("Yang Shu, director of the Institute of … Studies").
    private func speaksAsEvidence(_ ai: Int) -> Bool {
        let at = attributions[ai]
        let s = at.sentence
        guard let src = at.sourceRange ?? at.speakerRange, var k = tokenStarting(at: src.start, in: s) else {
            return false
        }
        let e = sents[s].tokEnd
        let inSource = { (i: Int) in i < e && Int(self.toks[i].start) < src.end }
        // "Polls show": a document opening the sentence.
        if k == sents[s].tokStart, toks[k].isCap, toks[k].isA(.sourceNoun), !inQuote(k),
            !(k + 1 < e && inSource(k + 1) && isModifiedNoun(k + 1))
        {
            return true
        }
        // Past determiners, names and "of" ("A University of New Hampshire poll"), the first run of lowercase
        // content words; its last word is the head.
        while inSource(k) && (toks[k].kind == .word && (toks[k].isA(.function) || toks[k].isCap) || isPossessive(k)) {
            k += 1
        }
        var head = -1
        // A particle ends the phrase: "poll out this week".
        while inSource(k) && isLowerWord(k) && !toks[k].isA(.function)
            && !claimClasses(toks[k].hash).contains(.particle)
        {
            head = k
            k += 1
        }
        guard head >= 0, toks[head].isA(.sourceNoun), !inQuote(head) else { return false }
        return true
    }

    /// Relation `ai` heads a run of its source's figures that the sentences after it in the paragraph continue
    /// without a cue: a document speaking (`speaksAsEvidence`) or "According to X, …", which hands its
    /// paragraph over to what X gives ("According to Marsh, rates have diverged seven times. Three times, it
    /// has led to a crisis.").
    private func headsARun(_ ai: Int) -> Bool {
        attributions[ai].kind == .accordingTo || speaksAsEvidence(ai)
    }

    /// Named evidence at `ev` has results that a following sentence may continue without a cue: a poll, a
    /// study, "those surveyed" — not a plan, a demand or a speech, whose figures end with the sentence.
    private func carriesResults(_ ev: TextRange, in s: Int) -> Bool {
        guard let k = tokenStarting(at: ev.start, in: s) else { return false }
        return toks[k].isA(.sourceNoun) || claimClasses(toks[k].hash).contains(.respondents)
    }

    /// The evidence noun at `k` ("poll", "data", "report") names a source, not a thing: it speaks ("the poll
    /// found", "figures show"), it is named or owned ("a CBS News poll", "FEC filings", "its report"), or it is
    /// where the figure comes from ("in a statement", "from the survey") — not "six times more data".
    private func isNamedEvidence(_ k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        // A measure word before a noun describes it and reports nothing: "average fares in the sector are thought
        // to have fallen", "the average band D bill expected to top £1,200" (not "the index rose", "data released").
        if ClaimWords.measureNouns.contains(toks[k].hash), k + 1 < e, isModifiedNoun(k + 1), !endsInIng(k + 1),
            !isParticiple(k + 1), !claimClasses(toks[k + 1].hash).contains(.evidenceVerb)
        {
            return false
        }
        // "the poll found", "a new poll from USA TODAY/Suffolk University found", "The poll, released on
        // Wednesday by the institute, showed" (not a noun a number, past one singular modifier, or a measure's
        // compound tells: "fell 312.4 points", "7 basis points", "the 10-year note"; "a poll in all 50 states
        // finds" still speaks; nor a noun-too cue word after an article and a modifier: "a club record").
        var n = k + 1
        while n < e && n <= k + 12 {
            let u = toks[n]
            if u.kind == .punct {
                if u.isTerminator || u.punct == .semicolon || u.punct == .colon || u.isDoubleQuote { break }
                n += 1
                continue
            }
            if u.kind == .word && !u.isCap && !inQuote(n)
                && (u.isA(.reporting) || claimClasses(u.hash).contains(.evidenceVerb))
                && !(toks[n - 1].hash == ClaimWords.to || toks[n - 1].isA(.determiner) || toks[n - 1].kind == .number)
                && !(n - 2 > k && toks[n - 2].kind == .number && isLowerWord(n - 1) && !isPlural(n - 1))
                && !followsMeasureCompound(n) && !(u.isA(.nounToo) && n - 2 > k && toks[n - 2].isA(.determiner))
                && !isPerfectAuxiliary(n, e)
            {
                return true
            }
            n += 1
        }
        // "the FTSE 100 index", "the Dow Jones average": a measure, not a document, unless it speaks.
        guard k > a, !ClaimWords.measureNouns.contains(toks[k].hash) else { return false }
        let p = toks[k - 1]
        if p.has(Token.possessive) || isPossessive(k - 1) || p.isA(.possessivePronoun) { return true }
        // "a CBS News poll", "FEC filings", "a Reuters rolling poll" — not a name that a preposition parts from
        // the noun: "has overtaken Bush in polling" names no poll.
        for j in max(a, k - 2)..<k where toks[j].kind == .word && toks[j].isCap && !isInitial(j, sentenceStart: a) {
            if j + 1 < k, toks[j + 1].isA(.function) { continue }
            return true
        }
        if mentionOf[k - 1] >= 0 { return true }
        // "in polls from Quinnipiac and Fox News", "a survey by Gallup": whose, after "from" or "by".
        if k + 2 < e, toks[k + 1].hash == Lexicon.hFrom || toks[k + 1].hash == ClaimWords.by {
            let n = toks[k + 2].hash == ClaimWords.the && k + 3 < e ? k + 3 : k + 2
            if toks[n].kind == .word, toks[n].isCap || mentionOf[n] >= 0, !inQuote(n) { return true }
        }
        // "in the survey", "from the report", "as of the last report" — not "in the polls", a race's standing in general, which names no
        // poll: a result after "Smith leads in the polls." is as unsourced as the standing.
        // ("in the latest survey", "As of the last fundraising report": up to two modifiers between.)
        var d = k - 1
        while d > a && d >= k - 3 && (isModifiedNoun(d) || ClaimWords.recencyWords.contains(toks[d].hash))
            && !toks[d].isA(.determiner)
        {
            d -= 1
        }
        if d - 1 >= a, toks[d].isA(.determiner), !isPlural(k) {
            let h = toks[d - 1].hash
            if h == ClaimWords.inn || h == Lexicon.hFrom || h == ClaimWords.by { return true }
            if h == ClaimWords.of, d - 2 >= a, toks[d - 2].hash == ClaimWords.`as` { return true }
        }
        return false
    }

    /// "The Scottish Executive has unveiled a £120m plan", "unveils a £2bn package": a verb of unveiling
    /// (`ClaimWords.unveilingVerbs`) after its subject, the figure within three words after it and a plan noun within
    /// three words after the figure — the maker's announced sum. The verb's range.
    private func unveiledPlan(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var k = a + 1
        while k + 2 < e && Int(toks[k].end) <= figure.start {
            defer { k += 1 }
            guard ClaimWords.unveilingVerbs.contains(toks[k].hash), !inQuote(k),
                let f = tokenStarting(atOrAfter: figure.start, in: s), f <= k + 3
            else { continue }
            var n = f + 1
            while n < e && n <= f + 3 && Int(toks[n].start) < figure.end { n += 1 }
            while n < e && n <= f + 4 && toks[n].kind == .word {
                if ClaimWords.unveiledNouns.contains(toks[n].hash) { return toks[k].range }
                n += 1
            }
        }
        return nil
    }

    /// "Another firm, Bridgeport Labs, put the number of infections at about 20,000", "The AA puts the cost at £500": an
    /// estimate — "put" or "puts" after its subject, "the" or an owner and a noun of a figure (`ClaimWords.figureNouns`,
    /// `ClaimWords.estimatedNouns`) right after it, and "at" right before the figure within eight words. The phrase
    /// from the verb to the noun.
    private func putEstimate(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard let f = tokenStarting(atOrAfter: figure.start, in: s), f - 1 > a + 2, toks[f - 1].hash == ClaimWords.at
        else { return nil }
        var k = max(a + 1, f - 9)
        while k + 2 < f - 1 {
            defer { k += 1 }
            guard ClaimWords.putForms.contains(toks[k].hash), !inQuote(k),
                toks[k + 1].hash == ClaimWords.the || toks[k + 1].isA(.possessivePronoun),
                ClaimWords.figureNouns.contains(toks[k + 2].hash)
                    || ClaimWords.estimatedNouns.contains(toks[k + 2].hash)
            else { continue }
            return tokRange(k, k + 2)
        }
        return nil
    }

    /// "Analysts at KBV cut their target price to 8.50 euros", "It has raised its sales target from three million to
    /// four million": a forecast or a target its subject revises is the subject's own figure — a verb of revising
    /// (`ClaimWords.revisingVerbs`), "its", "their", "his" or "her", up to three modifiers and a noun of forecast
    /// (`ClaimWords.forecastNouns`), the figure after it. The phrase from the verb to the noun.
    private func revisedForecast(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var k = a + 1
        while k + 2 < e {
            defer { k += 1 }
            guard ClaimWords.revisingVerbs.contains(toks[k].hash), !inQuote(k), toks[k + 1].isA(.possessivePronoun)
            else { continue }
            var n = k + 2
            while n < e && n <= k + 5 && toks[n].kind == .word && !ClaimWords.forecastNouns.contains(toks[n].hash) {
                n += 1
            }
            guard n < e, ClaimWords.forecastNouns.contains(toks[n].hash), Int(toks[n].end) <= figure.start else {
                continue
            }
            return tokRange(k, n)
        }
        return nil
    }

    /// "has", "have" or "had" at `n` is an auxiliary, not evidence's "has Clinton at 45%": a past participle follows
    /// it ("Average bills have risen by 70%", "has fallen", "had grown").
    private func isPerfectAuxiliary(_ n: Int, _ e: Int) -> Bool {
        let h = toks[n].hash
        guard h == Lexicon.hHas || h == Lexicon.hHave || h == Lexicon.hHad, n + 1 < e, isLowerWord(n + 1) else {
            return false
        }
        return isParticiple(n + 1) || ClaimWords.irregularPerfects.contains(toks[n + 1].hash)
    }

    /// Token `k` is a lowercase content word: the noun before it is a modifier ("budget deficit").
    private func isModifiedNoun(_ k: Int) -> Bool {
        toks[k].kind == .word && !toks[k].isCap && !toks[k].isA(.function) && !toks[k].isA(.reporting)
    }

    /// Token `j` is a scope a ranking can run over: "world's", "country's", or a place or an organisation
    /// that the entity stage knows ("the UK's", "America's").
    func isPlaceOrBody(_ j: Int) -> Bool {
        if claimClasses(toks[j].hash).contains(.scopeNoun) { return true }
        let kind = mentionKind(j)
        return kind == .place || kind == .organization
    }

    /// Token `j` belongs to the mention of a person ("the Sanders plan"; an owner: "Trump's", the word before a plural
    /// possessive's apostrophe in "Sanders'"), not of a place or programme.
    func isPersonMention(_ j: Int) -> Bool {
        mentionKind(j) == .person
    }

    /// The kind of the entity whose mention holds token `j`; nil outside a mention.
    func mentionKind(_ j: Int) -> ProseEntity.Kind? {
        mentionOf[j] >= 0 ? entities[mentions[Int(mentionOf[j])].entity].kind : nil
    }
}
