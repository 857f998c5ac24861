/// Check-worthy sentences (claims), their kind, and what sources each. The cues of each kind: `ClaimCues.swift`;
/// word lists: `ClaimWords.swift`.
///
/// Code map: this file holds the stage's types (`FigureKind`, `Carrier`, `ClaimCue`), the stage itself
/// (`claimStage`: each sentence's cue, then the first source that holds) and the token and mention helpers the other
/// files share (`tokenStarting`, `isModifiedNoun`, `mentionKind`, `isPersonMention`, `isPlaceOrBody`,
/// `isOrganisationNoun`);
/// `ClaimSourcing.swift` whether an attribution sources a claim's figure (`reportingAttribution`, `sourcesFigures`,
/// `reportsFigure`: hearsay, also reduced — `…, reported to be worth £3m` —, performatives, stakes (`defending 1,600
/// seats`) and requests, refusals, the relation whose content holds a cue); `ClaimEvidence.swift` named evidence (not a
/// document awaited: `awaited a report due on Friday`) and the frames that source a figure with no reporting verb
/// (`namedEvidence`, hearings, stances, transcripts, terms, rankings, ratings, plans unveiled, estimates put, forecasts
/// revised, a poll's question: `pollQuestion`); `ClaimCarries.swift` carrying a source on to the next sentence
/// (`continuesSource`, `statesAResult` past a fronted adverbial, `opensWithReference`, a document named again:
/// `refersToTheDocument`, a market's price: `opensOnMarketPrice`, the lead's data source: `leadDataSource`, the data
/// behind an organisation's statement: `continuesStatement`).
///
/// A sentence is a claim when it holds one of these (after Full Fact's taxonomy; the writer's own cue first, a
/// cause only when nothing else is found, a cue inside a direct quote — or a ranking inside a quoted phrase of three
/// words or more, someone else's words: `the “longest standoff in history”` — last):
/// - a **quantity**: money (`$3.2m`, `HK$19.8 billion`, `68m euros`, `4p`), a percentage (`5%`, `43 per cent`, `25
///   basis points`), a magnitude (`5 million shares`, `a million albums`, after a count named: `The number waiting rose
///   to 7.46m`), a measure written against its number (`50GB`, `100km`), a count of things in the world (`more than 100
///   pupils`, `1,100 flights`, `hundreds of complaints`, `four people were ejected`, `he and three others`, `42 ethnic
///   minority MPs`, `40 Labour MPs`, `12 Texas counties`, `40 Americans`, `thousands of Iowans`, a group's members:
///   `two of the states he won`, `four of his aides`, `three of its eight ranking events`; not `one or two of the`, a
///   figure in thousands alone: `rose to 5,000`, a bare count of casualties: `84 were killed`, `at least 12 died`, `a
///   shooting that killed 14`; years in a role: `12 years as a congresswoman`; a career tally or a streak, results with
///   a tally's scope: `11 goals this season`, `five Grammy awards in her career`, `six straight games`, `14 of its last
///   16 matches`, `14 of their 20 league matches`, `unbeaten in 11 matches`, `eight league games without a win`, `a
///   19-match unbeaten run`, `31 goals in 26 games last season`, `three Super Bowls since 2001`, `in the last six
///   presidential elections`, a streak or a run of a statistic's periods: `for five straight years`, `11 of the past 15
///   fiscal years`, results won in the perfect: `has grabbed 11 goals`; not `has received 12 nominations`; groups of
///   people: `12 aides`, `Some 300 supporters`; a figure in thousands joined to its noun: `the 4,000-member union`), a
///   sum without its figure (`a multi-million dollar windfall`, `millions in dollars`, `a tycoon worth millions`, `has
///   spent billions`), a poll's or a vote's margin (`a 10-point lead among likely voters`, `leads Reed by 7 points
///   nationally`, `in the state`, `won by 20 points among women`, `a 22-point defeat in the primary`, `less than one
///   percentage point`; not a score's: `Leicester lead by seven points`, with no word of voting), an electoral majority
///   (`an 80-seat majority`, `a five-seat majority`, `Labour's majority at the 2001 election was 167`, `the
///   government's majority was slashed to 27`), a vote's tally (`confirmed 92 to 0`, `voted 5-4`, `a 52-48 vote`, a
///   head-to-head of people: `Cruz trails Trump 458 to 359`; not a match's `won 3-2`, `Wales lead England 13-6`), a
///   fraction (`a third of`, `Half of the delegates`, `one in four`, `nine out of 10`; not the ordinal `a third
///   attempt`), a multiple (`tripled`, `to triple production`, `three times as many`, `twice as likely`, `twice the
///   rate`, `tenfold`), odds (`the 7-2 favourite`, `are offering 4-6 on Wales`), a market move (`fell 20 points`; not a
///   player's `added 14 points`). A prediction word in the sentence ("will", "is projected to", "set to") makes it a
///   **prediction**;
/// - a **comparison or record**: a ranked superlative (`the world's fourth-largest`, `Russia's second biggest`, `one of
///   the largest`, `among the biggest`, `the largest in Europe`, `the warmest on record`, a ranking of counts or
///   shares: `the largest number of applications`, scoped by a clause in the perfect, `the largest penalty the FSA has
///   imposed` — not a person's own, `the highest office he has held` —, or by "this" and a period or "in the" and a
///   reporting period, `the fastest by a Briton this season`, `the biggest source of asylum seekers in the quarter`,
///   `the most widely used … on the planet`, `the UK's most multi-racial`, `the only firm … in the UK`, `the only
///   senators to vote against`, `the main export product in Ghana`; not `not the only`, `not the first to`), a
///   superlative with a span (`the worst since 1987`, `the highest in 20 years`; a count's superlative further on: `the
///   most visited show in the 60-year history of the museum`), a record (`record losses`, `a new record`, `a club
///   record`, `a meeting record`, `a world-record fee`, `unprecedented` (not `not unprecedented`), `all-time`, over a
///   span: `a two-year low`, `a 12-month high`; one a verb sets or breaks, whoever's: `broke the women's marathon world
///   record`), a first (`the first convictions for piracy`, `for the first time since 1966`, `its first title since
///   1966`), a career ordinal after a possessive (`his 12th Academy Award nomination`, `her first ATP final`) or a
///   place's first (`the nation's first Jewish president`), an ordinal of a streak or of who did it (`the 12th
///   consecutive month`, `the fifth month in a row`, `the third year running`, `the 12th state to vote`, `the second to
///   hit the UK`, a count within a period: `the fourth strike on the railways this year`, `the third by-election loss
///   this parliament`, or in a body's perfect clause: `the third seat Labour has lost`), an election's ranking (`won
///   the most seats`), a streak ended (`ended five years of English dominance`), a ranking by a measure (`the
///   best-selling debut`), a margin over all others (`by far the biggest source`), a vote's ranking (`voted the best
///   finale`), a standing in the polls (`continues to lead in the polls`, `trails in the latest poll`) or among voters
///   (`leads Sanders among Latinos`, `leads among graduates`), a comparison with all others or all time (`more votes
///   than any other candidate`, `higher than ever`; not `now more than ever`, `better than any`), a win streak unbroken
///   since a year or part of one (`No Republican has carried the state since 1988`, `have not won the seat since the
///   autumn of 2003`), the last to do it (`the last Democrat to win Kentucky`; not `the last time`), a record by its
///   phrase (`made history`; not `could make history`), a record within a competition, a career or a history (`a
///   tournament-high break`, `the highest break of the tournament`, `the first ranking title of his career`,
///   `shortlisted for the fourth time`, `never reached the fourth round in their 118-year history`, `took 0.03 seconds
///   off the mark`, `took almost three seconds off the previous mark`), a tally of events over a span (`raised rates
///   five times between 2003 and 2004`), a rank in a field (`ranks fifth among EU countries`, `ranks ninth in Europe
///   for broadband take-up`), a career's or an owner's first (`reached the third round for the first time`, `her first
///   West End appearance in four years`, `the first annual loss in the company's nine-year history`, in a cleft's
///   perfect: `It was the first time she had broken two minutes`), a rate's step in words (`a quarter-point cut`), a
///   drought (`without a win in seven matches`), a personal best (not a lead doubled in play: `doubled it`, `doubled
///   their lead`);
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
/// $50,000 a year…`) or among the alternatives a "whether" clause weighs (`Whether 300 or 500 jobs go, …`); a poll's
/// own methodology (a count beside "surveyed", "sample", a poll's sample — "a poll of 800
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
/// - an attribution of the sentence that reports (`X said`, `according to X`, `analysts predict`, `the poll found`) —
///   not an intention or a speech event ("seeking to cut", "was speaking to"), a work's authorship ("is written and
///   directed by"), a phrasal verb of action ("called in sick"), an intention before "to" ("hopes to raise"; "hopes
///   sales will reach $5bn" reports, as "hopes that…" does), a conditional or adjectival participle ("If found guilty",
///   "an estimated"), or a passive with no agent ("is projected to", "it is reported", "is expected to grow by 3%": a
///   measure or an infinitive's "by" names no agent; reduced: "The deal, thought to be worth £2m,"), a hearsay adverb
///   ("reportedly", whoever stands before it), an act a declaration, a demand or a plea performs ("declared a national
///   emergency", "demanded a ransom of $5m", "denies 14 counts of fraud"), a participle with no source before the noun
///   it describes ("alleged offences"), a request ("asked the court to order"), a naming ("Called GSM"), a verb phrase
///   read as a source ("to resolve access disputes"), a bare quantifier as the source ("Some fear"), a participle after
///   its noun for a figure before it ("… and an e-mail suggesting"), a statement not made ("has not said"), a relation
///   inside an agentless passive ("is thought to be considering a bid", "are understood to have insisted on") or after
///   an expletive one ("It is understood ministers are considering…") or before one closing the sentence ("…, it has
///   emerged."), an inference whose subject is what moved, and
///   any relation inside it ("Shares jumped 17%, suggesting investors believe…"), what a subject underwent ("saw their
///   share of the vote fall to 18%") or added to ("have added to the pressure"), a sum invested ("put £500,000 into",
///   "put up £750,000"), an agreement reached ("agreed on policy"), a deal agreed or an offer rejected ("agreed to a
///   £1.1bn takeover") — or one whose content, found elsewhere, holds the figure. Per figure (`reportsFigure`): an
///   expectation a comparison measures a figure against ("better than some in the City had feared") and a ranking's own
///   infinitive ("the third retailer to warn") report none; a stance, judgement, intention or document sources only a
///   figure in its content ("Canova received $250,000 after Sanders endorsed him" is the writer's), speech or a verb of
///   assertion with someone asserting ("which they claim", a participle of assertion in its own clause with its
///   speaker: "Sanders rips the $70 billion deal, arguing that…"; not "a petition calling on the council to think
///   again") also one in another clause (partial attribution); a count in the source phrase is the writer's ("More than
///   two dozen governors have said"), not a share ("Three-quarters said") nor a count just after a poll;
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
///   raising its offer to 600p`, `It is understood that Kessler is prepared to raise its offer`, nor a document still
///   to come, `is due to report its interim figures`, nor data adding to something, `The figures will add to
///   pressure`) —
///   evidence that speaks past no noun a number or a measure's compound tells (`fell 312.4 points`, `the 10-year
///   note down 7 basis points`) — a measure
///   (`the FTSE 100 index`) only when it speaks, and never before a noun it describes (`average fares`) — or, for a
///   ranking, the agent of a ranking participle (`listed
///   as the third biggest spammer by watchdog Spamhaus`);
/// - the named publisher of a rating or a price that the figure is (`the 2-1 favourite with bookmaker Paddock Bet`,
///   `a 71% approval rating on review aggregator ScoreReel`), and so a further price in its paragraph's next sentences
///   (`A hung parliament is available at 7-1.`, carried);
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
/// - data a named agent recorded, when no other evidence speaks (`the attacks logged by NetWarden`, `the smallest lead
///   recorded by the company`; a market's `strong demand from China`, `as demand from China's factories outstripped
///   supply` is no one's); a cause a document credits (`The study credits…`); a plan its maker unveiled (`has unveiled
///   a £120m plan`, as `announced` reports); a bookmaker's further price (`…, with Velvet Avenue at 4/1`); a poll's
///   question and the share that answers it (`Asked who would make the best prime minister, 39% chose…`);
/// - an interview transcript's answer: a paragraph opening "A:" right after one opening "Q:" (the interviewee's
///   words), or a turn: a paragraph opening with the name of someone named in full, a colon and a clause
///   ("Matthews: Well, …"; not a tally, "Clinton: 1,769.");
/// - carried (`.carried`): in the same paragraph, the previous sentence was sourced and this one continues it — it has
///   "also" (a pronoun alone narrates: "He is in talks…"), continues a poll's or a study's results, named or speaking
///   ("A second poll found that…"; not a plan's or a demand's: "Lee's demand for 10%" sources its own figure only), or
///   the figures of an "According to X, …" sentence, or a forecast right after the speaker's figure, or gives another
///   percentage or sum after one from the same speaker (a ranking or a cause as the first figure after it, not a
///   market's: "Clothing retailers were hardest hit, with sales down 3.1%"), or states a result after any figure of
///   theirs ("The unemployment rate fell to 4.1%", "Sales at stores open at least a year rose 4.1%", "has risen to
///   £1,200", "Removals rose to 12,430"), or goes on from the figure before ("That would add about £70", "that number
///   had dropped to 41,000", "Almost half of those sales"), or names the source's document with "the" ("It was the
///   first December fall since the survey began"), or opens on the organisation whose run of figures it follows ("The
///   airline carried 14.6 million passengers", "It opened 37 new routes"); across a paragraph break only on "He also…",
///   a definite reference to the organisation that reported a claim ("Tesco said sales rose 5%… ¶ The company has 2,000
///   stores"; one the entity stage did not type but the source describes: "Pellow's, the homeware retailer, has
///   reported…"), or, right after the lead, on a result or a count of the data an organisation or a document gave the
///   lead ("…, Home Office figures show. ¶ A total of 33,930 applications were made"); never a figure under an
///   agentless passive of belief ("Apple is thought to have about 70%", `isHearsay`), nor a result after a forecaster's
///   figure ("Most analysts expect rates to be held at 4.75%. Average earnings have risen by about 4%": a forecaster
///   hands on forecasts only), nor a market price after a speaker's figure ("Shares in the company jumped 11%", "The
///   price of crude oil has risen": the market's), nor, in the paragraph, a count of the sentence's own speakers
///   ("Hundreds of viewers also contacted the BBC to complain").
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
        // The last sentence whose price a named publisher gives (`ratingPublisher`) or that carries such a price on,
        // for the prices after it.
        var pricedBy = -2
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
                // next sentence ("In 2009, when Obama offered states $50 billion, “states were hemorrhaging money.
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
                pricedBy = s
            } else if pricedBy == s - 1, sents[s - 1].paragraph == sents[s].paragraph, isRating(cue, in: s),
                !namesPublisher(s)
            {
                // "Bookmaker Fenwick Lane makes Labour the 1-8 favourite … A hung parliament is available at 7-1.": a
                // further price in the paragraph of a named publisher's prices is the publisher's (GUIDE.md's odds
                // credited to a named bookmaker), and the run goes on — unless the sentence gives its own publisher
                // ("Another bookmaker offered 6-1 on him", unnamed).
                by = .carried(fromSentence: s - 1)
                pricedBy = s
            } else if let ev = unveiledPlan(s, figure: tokRange(cue.first, cue.last)) {
                // "The Executive has unveiled a £120m plan": its maker announces the plan's sum, as "announced" does.
                by = .evidence(ev)
            } else if let ev = issuedWarning(s, figure: tokRange(cue.first, cue.last)) {
                // "The Met Office has issued a yellow warning for up to 100mm of rain": the body's own forecast.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = putEstimate(s, figure: tokRange(cue.first, cue.last)) {
                // "Bridgeport Labs put the number of infections at about 20,000": the estimate's maker.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = revisedForecast(s, figure: tokRange(cue.first, cue.last)) {
                // "It has raised its sales target to four million": the forecaster's own figure.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = pollQuestion(s, cue) {
                // "Asked who would make the best prime minister, 39% chose Tony Blair": the poll's respondents.
                by = .evidence(ev)
                carrierOf[s] = .evidence
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
                // Or on a definite reference to the organisation that reported a claim: "Harrowfield Group reported
                // a 23% rise. ¶ The Leeds-based company made £612m…" (what GUIDE.md calls a definite reference to
                // the source; not after a plan with no claim: "Skyway Airlines said it would review its policy. ¶ The
                // airline, which flies to 64 destinations, …").
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = .speaker
            } else if s > 0, sents[s - 1].paragraph + 1 == sents[s].paragraph, out.last?.sentence == s - 1,
                out.last?.sourcedBy != nil, let c = carrierOf[s - 1], !isHearsay(s, cue),
                refersToTheFigureBefore(openingToken(s), sents[s].tokEnd)
            {
                // Or on a definite reference to the figure just sourced, as in BBC copy's one-sentence paragraphs:
                // "Figures from NHS Wales show 54.9% of patients started treatment within two months. ¶ That is down
                // from 57.2% in September" (GUIDE.md's definite reference to the source's subjects; not after a
                // quote's figure, which hands no carrier on, nor after a figure of the writer's own).
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = c
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
                // A ranking or a cause with a figure after it carries as the figure does: "Clothing retailers were
                // hardest hit, with sales down 3.1%"; a multiple alone, a relative change, as a share does: "Net
                // profit tripled."
                var figure = cue.figure == .other ? figureAfter(cue.last, in: s) : cue.figure
                if figure == .other, claimClasses(toks[cue.last].hash).contains(.multiplier) { figure = .percent }
                if let c = carrier,
                    continuesForecast
                        || continuesSource(s, figure, carrier: c, previousFigure: afterForecast ? nil : previousFigure)
                {
                    by = .carried(fromSentence: s - 1)
                    carrierOf[s] = c
                } else if let c = carrier, previousClaim == nil, let ai = reportingAttribution(s - 1),
                    continuesStatement(s, of: ai, figure)
                {
                    // An organisation's statement on data it names, then that data: "The British Retail Consortium
                    // said its own survey pointed to a weak start to the year. Like-for-like sales fell 0.9% in
                    // January."
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

    // MARK: Tokens and mentions

    /// Token `k` is a lowercase content word: the noun before it is a modifier ("budget deficit").
    func isModifiedNoun(_ k: Int) -> Bool {
        toks[k].kind == .word && !toks[k].isCap && !toks[k].isA(.function) && !toks[k].isA(.reporting)
    }

    /// Token `j` is a noun of a kind of organisation: "company", "retailer" (`EntityWords.organisationDescriptors`),
    /// "carrier", "brewer" (`ClaimWords.businessNouns`).
    func isOrganisationNoun(_ j: Int) -> Bool {
        toks[j].isA(.organisationDescriptor) || held.businessNouns.contains(toks[j].hash)
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
