/// Finding the claim of a sentence: the cue of each kind (quantity, comparison or record, prediction, cause) and
/// the not-claims around them. What a claim is and what sources it: the doc comment of `ClaimFinder.swift`;
/// the words matched: `ClaimWords.swift`.
///
/// Code map: this file holds the sentence's cue (`claimCue`: the writer's own first, then a cause, then one inside
/// a direct quote), questions and headings, predictions and methodology, causes (`causalEnd`), hedges, goals
/// (`isAspired`) and a scale's steps (`scaleStepEnd`), and what a work's plot counts (`tellsAPlot`);
/// `FigureClaimCues.swift` the cues a figure starts (`numberCue`); `WordClaimCues.swift` those a word starts
/// (`wordCue`: records, firsts, rankings, superlatives, fractions in words).
extension ClaimStage {

    /// A question asserts nothing ("Who told you that 90 percent of your e-mails were kept?").
    func isQuestion(_ s: Int) -> Bool {
        var k = sents[s].tokEnd - 1
        while k > sents[s].tokStart && toks[k].kind == .punct && toks[k].punct != .question && !toks[k].isTerminator {
            k -= 1
        }
        return toks[k].punct == .question
    }

    /// An all-capitals sentence is a section heading or a teaser, not a claim.
    func isShouted(_ s: Int) -> Bool {
        var upper = 0
        var words = 0
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && len(k) > 1 {
            words += 1
            if toks[k].has(Token.allCaps) { upper += 1 }
        }
        return words >= 3 && upper * 5 >= words * 4
    }

    /// A direct quote (four or more words, not a title, not a phrase woven into the writer's sentence).
    @inline(__always) func isDirectQuote(_ q: Int) -> Bool {
        quotes[q].isDirect
    }

    /// The claim cue of sentence `s`: the writer's own first, then a cause, then one inside a direct quote.
    func claimCue(_ s: Int) -> ClaimCue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var inside: ClaimCue? = nil
        var causal: ClaimCue? = nil
        var k = a
        var found: ClaimCue? = nil
        let starts = WordClass.claimCueStart.rawValue
        let supposition = conditionalClauseEnd(a, e)
        while k < e {
            // The fast path, one test for most tokens: a word that starts no cue (no `WordClass.claimCueStart` bit,
            // no hyphen), or a punctuation mark other than a currency sign (`cue(at:)` reads only those).
            let t = toks[k]
            if t.kind == .word && t.cls & starts == 0 && !t.has(Token.hyphenated)
                || t.kind == .punct && t.punct != .currency
            {
                k += 1
                continue
            }
            let q = Int(quoteOf[k])
            let direct = q >= 0 && isDirectQuote(q)
            if direct && inside != nil {
                k += 1
                continue
            }
            guard var c = cue(at: k, a, e) else {
                k += 1
                continue
            }
            // "the film follows three children who…": a count in a work's plot is the story's.
            if c.reason == .quantity && c.figure == .count && tellsAPlot(before: c.first, a) {
                k = max(k + 1, c.last + 1)
                continue
            }
            // "Three people familiar with the matter said", "Officials from two delegations … told": a count of
            // the speakers is the source's size, not a claim (a claim in what they said is still found after it).
            if c.reason == .quantity && c.figure == .count && countsSpeakers(c, s) {
                k = max(k + 1, c.last + 1)
                continue
            }
            // A step of a scale is no ranking: "the lowest of four grades" (the count of the steps after a ranking
            // word), "the second-highest level on its five-point scale" (a ranking and, with it, the scale's count).
            if c.reason == .quantity, held.scaleSteps.contains(toks[c.last].hash), c.first - 2 >= a,
                toks[c.first - 1].hash == ClaimWords.of,
                !claimClasses(toks[c.first - 2].hash).isDisjoint(with: [.measureSuperlative, .judgementSuperlative])
            {
                k = max(k + 1, c.last + 1)
                continue
            }
            if c.reason == .superlative, let end = scaleStepEnd(c.last, e) {
                k = end + 1
                continue
            }
            // A poll's own sample is no claim, but the finding after it is: "A YouGov poll of 2,000 adults last week
            // found 73% supported a change in the law" claims '73%' (`describesMethodology`).
            if c.reason == .quantity, !direct, describesMethodology(s, figure: c) {
                k = max(k + 1, c.last + 1)
                continue
            }
            // "may be America's most successful", "probably the world's most enthusiastic": a judgement; "aims to
            // be the biggest", "a target for the UK to have the most extensive market": a goal; "If it cost $5m, …": a
            // supposition.
            if c.reason == .superlative && (isHedged(c.first, a, overPhrase: true) || isAspired(c.first, a))
                || c.last < supposition || c.reason == .quantity && isWeighedAlternative(c, a, e)
            {
                k = max(k + 1, c.last + 1)
                continue
            }
            // A ranking in a quoted phrase is someone's words, not the writer's ("the “longest standoff in
            // history” might be over"): it goes with its quote, as in a direct quote. A word or two in scare quotes
            // stays the writer's ("the “largest” in Spain").
            if direct || q >= 0 && c.reason == .superlative && quotes[q].wordCount >= 3 {
                c.quote = q
                if inside == nil && c.reason != .causal { inside = c }
            } else if c.reason == .causal {
                if causal == nil { causal = c }
            } else {
                found = c
                break
            }
            k = max(k + 1, c.last + 1)
        }
        guard var c = found ?? causal ?? inside else { return nil }
        if c.reason == .quantity, c.quote == nil, isPrediction(s, figure: c) { c.reason = .forecast }
        return c
    }

    /// The kind of the first figure of sentence `s` after token `k`, outside quotes: "Electrical goods were the
    /// best-performing category, with sales up 60%" gives a share after its ranking, so it carries as a share does —
    /// `.other` when a market's price stands anywhere in it ("The figures beat forecasts and sent shares up 23p, or
    /// 5%").
    func figureAfter(_ k: Int, in s: Int) -> FigureKind {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var j = a
        while j < e {
            if held.marketPriceNouns.contains(toks[j].hash) { return .other }
            if j > k, quoteOf[j] < 0, let c = cue(at: j, a, e) {
                if c.figure != .other { return c.figure }
                j = max(j + 1, c.last + 1)
                continue
            }
            j += 1
        }
        return .other
    }

    /// The small count `c` lies inside the source before a verb of speech in sentence `s` ("Three people familiar with
    /// the matter said", "Two senior officials told the BBC") — not a tally of many ("two dozen governors have
    /// said"), not a figure as a passive's agent after its cue ("was
    /// rejected by 64 percent of voters") nor a share ("Six in 10 say", "nearly a fifth saying": a poll's or a
    /// count's result).
    func countsSpeakers(_ c: ClaimCue, _ s: Int) -> Bool {
        // A count ends on the noun it counts; a share ends on its fraction or its base ("nearly a fifth saying",
        // "three in 10 say").
        let n = toks[c.last]
        guard n.kind == .word, !claimClasses(n.hash).contains(.fraction) else { return false }
        // Only a few speakers describe a source ("three people familiar with", "two senior officials"); a tally of
        // many who took a side is the writer's count ("More than two dozen governors have said", "The 40 accounts
        // left had posted").
        guard
            let f = (c.first...c.last).first(where: {
                toks[$0].kind == .number || toks[$0].kind == .word && claimClasses(toks[$0].hash).contains(.countWord)
            }),
            toks[f].kind == .number ? integerValue(f) < 10 : claimClasses(toks[f].hash).contains(.smallCount),
            f + 1 > c.last
                || !claimClasses(toks[f + 1].hash).contains(.vagueCount)
                    && !claimClasses(toks[f + 1].hash).contains(.countWord)
        else { return false }
        let r = tokRange(c.first, c.last)
        for ai in sentenceAttributions[s] {
            let at = attributions[ai]
            guard let src = at.sourceRange ?? at.speakerRange, src.start <= r.start, r.end <= src.end,
                src.end <= at.cueRange.start, let k = tokenStarting(at: at.cueRange.start, in: s)
            else { continue }
            // A count inside the source's relative clause or apposition tells the source's story, not its size:
            // "Sir Dennis, who set up the airline in 1996 with two leased aircraft, has not commented".
            if let f = tokenStarting(at: src.start, in: s),
                (f..<c.first).contains(where: { toks[$0].punct == .comma || toks[$0].isA(.relativePronoun) })
            {
                continue
            }
            // The cue's head may follow auxiliaries ("have told"): the first word of speech in the cue.
            var h = k
            while h < sents[s].tokEnd && Int(toks[h].start) < at.cueRange.end && !toks[h].isA(.speech) { h += 1 }
            // A request to act is no report whose source the count describes: "At least two large institutions have
            // asked to meet the chairman" counts who acted.
            if h + 2 < sents[s].tokEnd, toks[h + 1].hash == Lexicon.hTo, isLowerWord(h + 2) { continue }
            if h < sents[s].tokEnd && Int(toks[h].start) < at.cueRange.end { return true }
        }
        return false
    }

    /// A work's plot verb stands before `k` in its clause, with the work just before it: "the film follows",
    /// "the new series, which centres on", or before a clause set off by commas ("The film, which features A and
    /// B, follows") (up to eight words back, no stop or semicolon between); or the count follows a work's "of" or
    /// "about": "her story of three generations", "a film about four friends".
    func tellsAPlot(before k: Int, _ a: Int) -> Bool {
        // (The figure may open on "about", read as its approximation: "a novel about four friends".)
        if k - 1 >= a, toks[k].hash == Lexicon.hAbout, held.storyWorks.contains(toks[k - 1].hash) { return true }
        if k - 2 >= a, toks[k - 2].kind == .word,
            toks[k - 1].hash == ClaimWords.of && held.storiesOf.contains(toks[k - 2].hash)
                || toks[k - 1].hash == Lexicon.hAbout && held.storyWorks.contains(toks[k - 2].hash)
        {
            return true
        }
        var j = k - 1
        while j > a && j >= k - 8 {
            let t = toks[j]
            if t.isTerminator || t.punct == .semicolon { return false }
            if t.kind == .word, held.plotVerbs.contains(t.hash) {
                var w = j - 1
                if w > a, toks[w].hash == Lexicon.hWhich || toks[w].hash == Lexicon.hThat { w -= 1 }
                let commaBefore = w > a && toks[w].punct == .comma
                if commaBefore { w -= 1 }
                if w >= a && toks[w].kind == .word && held.storyWorks.contains(toks[w].hash) { return true }
                // "The film, which features the voices of A and B, follows two siblings": the work before a clause
                // set off by commas.
                guard commaBefore else { return false }
                var c = w
                while c > a && c >= w - 20 && toks[c].punct != .comma && !toks[c].isTerminator { c -= 1 }
                return c > a && toks[c].punct == .comma && toks[c - 1].kind == .word
                    && held.storyWorks.contains(toks[c - 1].hash)
            }
            j -= 1
        }
        return false
    }

    /// The comma that ends a sentence-opening condition ("If it cost $5m, it would fail"), the sentence's end after
    /// an opening imperative of supposition ("Imagine paying $50,000 a year…", `ClaimWords.hypotheticalImperatives`),
    /// or the sentence start when there is neither: a figure before it is a supposition, not a claim.
    func conditionalClauseEnd(_ a: Int, _ e: Int) -> Int {
        var i = a
        while i < e && toks[i].kind == .punct { i += 1 }
        guard i < e, conditionals.contains(toks[i].hash) else { return a }
        if held.hypotheticalImperatives.contains(toks[i].hash) { return e }
        var j = i + 1
        while j < e {
            if toks[j].punct == .comma { return j }
            if toks[j].isTerminator || toks[j].punct == .semicolon { return a }
            j += 1
        }
        return a
    }

    /// The figure of `c` is one of the alternatives a "whether" clause weighs, with another figure beside its "or":
    /// "Whether the final bill is £40m or £60m, taxpayers will pay." states neither sum, as a supposition does not
    /// (both figures: "or" after the first, before the second). Not a figure a "whether" clause takes as given ("MPs
    /// asked whether the £40m payment was legal.") nor one beside "or" with no "whether" ("Tickets cost £40 or £60.").
    /// "whether" stands within eight tokens before the figure, in its clause; "or" within three tokens of it.
    func isWeighedAlternative(_ c: ClaimCue, _ a: Int, _ e: Int) -> Bool {
        var w = c.first - 1
        while w >= a && w >= c.first - 8 && toks[w].hash != Lexicon.hWhether {
            if toks[w].isTerminator || toks[w].punct == .semicolon || toks[w].punct == .colon { return false }
            w -= 1
        }
        guard w >= a, toks[w].hash == Lexicon.hWhether else { return false }
        // "or" after the figure, a figure within three tokens after it: "90 branches or 120".
        var n = c.last + 1
        while n < e && n <= c.last + 3 && toks[n].hash != ClaimWords.or { n += 1 }
        if n < e, n <= c.last + 3, toks[n].hash == ClaimWords.or {
            for j in (n + 1)..<min(e, n + 4) where opensFigureToken(j) { return true }
        }
        // "or" before the figure, after a figure of the same clause: the second alternative.
        var m = c.first - 1
        while m > w && m >= c.first - 3 && toks[m].hash != ClaimWords.or { m -= 1 }
        guard m > w, toks[m].hash == ClaimWords.or else { return false }
        for j in (w + 1)..<m where opensFigureToken(j) { return true }
        return false
    }

    /// A prediction word outside quotes ("will", "forecast", "is projected to", "set to"; "likely" not in a
    /// comparison: "twice as likely to be affected"; not a verb coordinated after the figure, "costs £39.99 and will
    /// be released") in the clause of the figure `c`: no clause opener
    /// (`ClaimWords.predictionBreakers`) and no semicolon, colon or dash between them ("The firm, which will close in
    /// May, employs 300 people" states a count, no forecast).
    func isPrediction(_ s: Int, figure c: ClaimCue) -> Bool {
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && !toks[k].isCap && !inQuote(k) {
            if claimClasses(toks[k].hash).contains(.prediction) {
                // "set" and "likely" only before "to": "is set to grow", not "likely voters".
                if toks[k].hash == ClaimWords.set || toks[k].hash == ClaimWords.likely,
                    !(k + 1 < sents[s].tokEnd && toks[k + 1].hash == ClaimWords.to)
                {
                    continue
                }
                // "The $5bn mission will launch in 2027": a modal after a subject whose noun the figure sizes
                // (`sizesTheSubject`) forecasts what the thing will do, not the figure — a quantity, as GUIDE.md
                // counts plain scheduling no forecast.
                if k > c.last, claimClasses(toks[k].hash).contains(.modal), sizesTheSubject(c, before: k, s) {
                    continue
                }
                // "The game costs £39.99 and will be released in March": a verb coordinated after the figure's
                // clause tells what comes next of its subject, not of the figure.
                if k > c.last, k > sents[s].tokStart,
                    toks[k - 1].hash == Lexicon.hAnd || toks[k - 1].hash == Lexicon.hBut
                {
                    continue
                }
                // "The economy grew by 0.4% in the quarter, ahead of forecasts of 0.2%", "Sales rose 5%, more than
                // expected": a forecast the figure is compared with, after it, leaves the figure a result
                // (`ClaimWords.forecastComparisons`; "Sales will rise 5%, the firm forecast" still forecasts) — so
                // does a verb that measures the figure against it: "Sales rose 5%, beating forecasts."
                // (`ClaimWords.benchmarkWords`).
                if k > c.last + 1,
                    held.forecastComparisons.contains(toks[k - 1].hash)
                        || held.benchmarkWords.contains(toks[k - 1].hash)
                {
                    continue
                }
                // "twice as likely to be affected", "more likely to vote": a comparison of likelihood, no forecast.
                if toks[k].hash == ClaimWords.likely, k > sents[s].tokStart,
                    toks[k - 1].hash == ClaimWords.as || held.likelihoodComparatives.contains(toks[k - 1].hash)
                {
                    continue
                }
                if !opensAnotherClause(between: k, c) { return true }
            }
        }
        return false
    }

    /// The figure `c` sizes the noun of the subject before the modal at `k`: the sentence opens on "the", "a" or an
    /// owner, then the figure, then one to three lower-case words and the modal — "The $5bn mission will launch in
    /// 2027", "Its £40m bridge will open in May". Not a figure the modal's verb gives: "The bridge will cost £40m".
    func sizesTheSubject(_ c: ClaimCue, before k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        guard c.first == a + 1, toks[a].isA(.determiner) || toks[a].isA(.possessivePronoun),
            k - c.last - 1 >= 1, k - c.last - 1 <= 3
        else { return false }
        return (c.last + 1..<k).allSatisfy { isLowerWord($0) && !toks[$0].isA(.function) }
    }

    /// A clause opener or a semicolon, colon or dash stands between token `k` and the figure `c`, or `k` stands in a
    /// clause set off by a comma before the figure that a clause opener opens (never when `k` is inside the figure:
    /// "50,000 expected visitors").
    func opensAnotherClause(between k: Int, _ c: ClaimCue) -> Bool {
        guard k < c.first || k > c.last else { return false }
        let range = k < c.first ? (k + 1)..<c.first : (c.last + 1)..<k
        for j in range {
            let t = toks[j]
            if t.punct == .semicolon || t.punct == .colon || t.punct == .dash { return true }
            if t.kind == .word, held.predictionBreakers.contains(t.hash) { return true }
        }
        // "The firm, which will close in May, employs 300 people": a clause set off by commas before the figure
        // holds the word when it opens on a clause opener.
        let a = sents[sentenceOfToken(k)].tokStart
        if k < c.first, range.contains(where: { toks[$0].punct == .comma }) {
            var j = k - 1
            while j >= a && toks[j].punct != .comma && !toks[j].isTerminator {
                if toks[j].kind == .word, held.predictionBreakers.contains(toks[j].hash) { return true }
                j -= 1
            }
        }
        // "The firm, which employs about 6,500 people, has said it will consider a move": the figure's clause, set
        // off by commas and opened by a clause opener, ends before the word.
        if k > c.last, range.contains(where: { toks[$0].punct == .comma }) {
            var j = c.first - 1
            while j >= a && toks[j].punct != .comma && !toks[j].isTerminator {
                if toks[j].kind == .word, held.predictionBreakers.contains(toks[j].hash) { return j > a }
                j -= 1
            }
        }
        return false
    }

    /// A poll's own methodology: a count beside "surveyed", "sample", "respondents" ("1,004 adults were
    /// surveyed"), a sample after a poll ("a poll of 1,000 voters", "the survey was conducted among 1,031
    /// adults") or before what a study or a trial found ("In a study of 3,000 schools, one in five had no library"), a
    /// study's sample after what its researchers did ("The team followed 12,000 women"), or a figure
    /// after a margin of error ("plus or minus four percentage points"); never votes or seats ("polled 15,402
    /// votes"), nor a share of the sample ("nearly half of those surveyed"). A poll named
    /// elsewhere in the sentence leaves its other counts alone ("Obama won 332 electoral votes in 2012, the
    /// poll was conducted by phone").
    func describesMethodology(_ s: Int, figure: ClaimCue) -> Bool {
        let a = sents[s].tokStart
        // "polled 15,402 votes": votes won, not a sample.
        if held.electoralCounts.contains(toks[figure.last].hash) { return false }
        // "nearly half of those surveyed", "a third of those polled": a share of the sample is a finding.
        if toks[figure.last].hash == ClaimWords.half || claimClasses(toks[figure.last].hash).contains(.fraction) {
            return false
        }
        for k in a..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            if figure.figure == .count && claimClasses(toks[k].hash).contains(.methodology), !askedByPolice(k, a) {
                if !ClaimWords.pollNouns.contains(toks[k].hash) { return true }
                // (A study's or a trial's sample only before a figure it found: `ClaimWords.sampledStudies`.)
                if k < figure.first, isSample(figure.first, after: k, a),
                    !ClaimWords.sampledStudies.contains(toks[k].hash)
                        || (figure.last + 1..<sents[s].tokEnd).contains(where: { opensFigureToken($0) })
                {
                    return true
                }
            }
            // A study's sample: "Researchers analysed the records of 340,000 adults", "The study followed 12,000
            // women" (not "Police analysed 2,000 videos": no study's subject).
            if figure.figure == .count, k < figure.first, figure.first - k <= 6,
                held.studyVerbs.contains(toks[k].hash), hasStudySubject(before: k, a)
            {
                return true
            }
            // A document's basis is its sample: "Northgate's index is based on mortgage approvals for about 18,000
            // homes", "Its figures are based on 12,000 mortgage offers" (evidence before "based on", the count
            // within eight words after it).
            if figure.figure == .count, toks[k].hash == ClaimWords.based, k + 1 < figure.first,
                figure.first - k <= 8, toks[k + 1].hash == ClaimWords.on,
                (a..<k).contains(where: { toks[$0].isA(.sourceNoun) })
            {
                return true
            }
            // The margin's own figure follows it ("a margin of error of plus or minus 3.5 points") or modifies it
            // ("with a two percent plus or minus margin of error": the margin within four words after the figure,
            // words only between); a result before it ("44% to 43%, within the poll's margin of error") is a claim.
            if toks[k].hash == ClaimWords.margin, k + 3 < sents[s].tokEnd, toks[k + 1].hash == ClaimWords.of,
                toks[k + 2].hash == ClaimWords.error || toks[k + 3].hash == ClaimWords.error,
                k < figure.first
                    || k > figure.last && k - figure.last <= 4
                        && (figure.last + 1..<k).allSatisfy({ toks[$0].kind == .word })
            {
                return true
            }
        }
        return false
    }

    /// The methodology verb at `k` ("questioned", "interviewed") is police questioning people in an inquiry, not a
    /// poll's interviewers: police within three words before it (`ClaimWords.inquirers`: "Officers questioned 300
    /// people in the days after the attack", "Police interviewed 200 witnesses on Monday", "Detectives have
    /// questioned 45 people"). The count is of people the inquiry reached, a claim as "Detectives have spoken to 300
    /// people" is; "Pollsters interviewed 1,000 adults by telephone" and "1,004 adults were surveyed" stay a poll's
    /// sample.
    func askedByPolice(_ k: Int, _ a: Int) -> Bool {
        (max(a, k - 3)..<k).contains { held.inquirers.contains(toks[$0].hash) }
    }

    /// A study's subject ends right before the verb at `verb`: within three words ("The study team followed"), or
    /// before where it works, in capitals ("Researchers at the University of Bristol tracked", "The team from
    /// Oxford and Cambridge analysed"); also across a parenthetical between commas ("The study, published in the
    /// Lancet, followed 12,000 women"; not "Police, who were called at 2am, followed 12,000 fans").
    func hasStudySubject(before verb: Int, _ a: Int) -> Bool {
        var k = verb
        if k - 2 > a, toks[k - 1].punct == .comma,
            let open = (max(a, k - 16)..<(k - 1)).last(where: { toks[$0].punct == .comma })
        {
            k = open
        }
        if (max(a, k - 3)..<k).contains(where: { held.studySubjects.contains(toks[$0].hash) }) { return true }
        var j = k - 1
        while j >= max(a, k - 10), toks[j].kind == .word {
            if held.studySubjects.contains(toks[j].hash) { return true }
            guard toks[j].isCap || held.studyPlaceLinks.contains(toks[j].hash) else { return false }
            j -= 1
        }
        return false
    }

    /// The count at `first` is the sample of the poll named at `poll`: "of", "among", "with" or "from" right
    /// before it ("poll of 800 likely voters", "conducted … among 1,031 adults"), within one clause after the
    /// poll.
    func isSample(_ first: Int, after poll: Int, _ a: Int) -> Bool {
        guard first > a, held.sampleOpeners.contains(toks[first - 1].hash) else { return false }
        var j = poll + 1
        while j < first - 1 {
            // (An abbreviation's period ends no clause: "conducted Nov. 6 to 10 among 1,003 adults".)
            let abbreviation =
                toks[j].punct == .period && (toks[j - 1].isA(.otherAbbrev) || toks[j - 1].isA(.titleAbbrev))
            if toks[j].isTerminator && !abbreviation || toks[j].punct == .semicolon { return false }
            j += 1
        }
        return first - poll <= 24
    }

    /// The claim cue starting at token `k` of the sentence `a..<e`, if any; a range is quoted whole (`rangeCue`,
    /// `hyphenRangeCue`), and so is a rate's unit after it (`perUnitEnd`).
    func cue(at k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard var c = figureOrRangeCue(at: k, a, e) else { return nil }
        if c.reason == .quantity, let last = perUnitEnd(after: c.last, a, e) { c.last = last }
        return c
    }

    /// The cue at `k` before any rate's unit: a range whole, or the figure or the word's own cue.
    private func figureOrRangeCue(at k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let c = figureOrWordCue(at: k, a, e)
        if k > a, toks[k].kind != .word, c.map({ $0.first == k }) ?? true, let r = rangeCue(k, c, a, e) { return r }
        if toks[k].kind != .word, let r = hyphenRangeCue(k, c, a, e) { return r }
        return c
    }

    /// "Carbon dioxide reached 424 parts per million", "a rate of 12 deaths per 100,000 people": the base of a ratio
    /// after "per" — a number or a magnitude ("million", "thousand"), and the noun it counts — belongs to the figure
    /// and is quoted with it (not "424 parts"). The last token of the base; nil when none follows `last`, and for a
    /// rate over time, which the count's noun already names: "It runs four flights per week."
    func perUnitEnd(after last: Int, _ a: Int, _ e: Int) -> Int? {
        let j = last + 2
        guard j < e, toks[last + 1].hash == ClaimWords.per,
            toks[j].kind == .number || held.wordHundreds.contains(toks[j].hash)
                || claimClasses(toks[j].hash).contains(.largeMagnitude)
        else { return nil }
        return countedNoun(after: j, a, e, small: false, approximate: true) ?? j
    }

    /// "£5-10m", "10-20cm", "5-10%": a range written with a hyphen between its figures, quoted whole from the first
    /// figure to the end of the second's cue — the second takes the first's currency ("The repairs will cost £5-10m",
    /// not "£5"; "with 10-20cm likely on higher ground", not "20cm"). A second number that is no cue alone gives none:
    /// a score or a span ("won 3-1", "the 2014-15 season") is no range of figures.
    private func hyphenRangeCue(_ k: Int, _ c: ClaimCue?, _ a: Int, _ e: Int) -> ClaimCue? {
        guard c != nil || toks[k].kind == .number else { return nil }
        let j = (c?.last ?? k) + 1
        guard j + 1 < e, toks[j].punct == .hyphen, attached(j), attached(j + 1) else { return nil }
        let first = c?.first ?? k
        if let c, c.figure == .money, toks[j + 1].kind == .number {
            return ClaimCue(reason: .quantity, first: first, last: amountEnd(j + 1, e), figure: .money)
        }
        guard let second = figureOrWordCue(at: j + 1, a, e), second.first == j + 1, second.reason == .quantity else {
            return nil
        }
        return ClaimCue(reason: .quantity, first: first, last: second.last, figure: second.figure)
    }

    /// "between 10 and 20 people", "from £5 to £7.50", "between £1.2bn and £1.5bn": a range of figures, quoted
    /// whole from its "between" or "from" to the end of the second figure's cue (a figure alone there need not be a
    /// cue: "10" counts nothing until "20 people"). Years count nothing: "from 2010 to 2015" is no cue.
    private func rangeCue(_ k: Int, _ c: ClaimCue?, _ a: Int, _ e: Int) -> ClaimCue? {
        let opener = toks[k - 1].hash
        guard opener == ClaimWords.between || opener == Lexicon.hFrom else { return nil }
        let j = (c?.last ?? k) + 1
        guard j + 1 < e, toks[j].hash == (opener == ClaimWords.between ? Lexicon.hAnd : ClaimWords.to),
            let second = figureOrWordCue(at: j + 1, a, e), second.first == j + 1, second.reason == .quantity
        else { return nil }
        return ClaimCue(reason: .quantity, first: k - 1, last: second.last, figure: second.figure)
    }

    /// The cue a currency sign, a number or a word at `k` starts (`numberCue`, `wordCue`), before any range.
    private func figureOrWordCue(at k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        switch t.kind {
        case .punct:
            // "$3.2m", "HK$19.8 billion", "£7m".
            guard t.punct == .currency, k + 1 < e, attached(k + 1), toks[k + 1].kind == .number else { return nil }
            var start = k
            if k > a, attached(k), toks[k - 1].kind == .word, len(k - 1) <= 3 { start = k - 1 }
            return ClaimCue(
                reason: .quantity, first: comparativeStart(start, a) ?? start, last: amountEnd(k + 1, e),
                figure: .money)
        case .number:
            return numberCue(k, a, e)
        case .word:
            return wordCue(k, a, e)
        }
    }

    /// An explicit causal connective at `k`: "led to", "because of", "thanks to", "driven by", "hit by", "due to"
    /// (not "is due to begin"), "as a result of", "triggered"; the last token of the connective.
    func causalEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let t = toks[k]
        guard t.kind == .word, k + 1 < e else { return nil }
        // "thanks in part to", "due in large part to", "driven largely by": a degree between the connective's words.
        var m = k + 1
        if toks[m].hash == ClaimWords.inn, m + 2 < e, toks[m + 1].hash == ClaimWords.part {
            m += 2
        } else if toks[m].hash == ClaimWords.inn, m + 3 < e, toks[m + 1].hash == ClaimWords.large,
            toks[m + 2].hash == ClaimWords.part
        {
            m += 3
        } else if m + 1 < e, held.degreeAdverbs.contains(toks[m].hash) {
            // "driven largely by", "due mainly to": a degree adverb between.
            m += 1
        }
        if let allowed = ClaimWords.causalPairs[t.hash], allowed.contains(toks[m].hash) {
            if isHedged(k, a) { return nil }
            if t.hash == ClaimWords.result {
                guard k >= a + 2, toks[k - 1].hash == ClaimWords.a, toks[k - 2].hash == ClaimWords.as else {
                    return nil
                }
            }
            // "his car was hit by a lorry", "hit by a stray bullet": a blow, a narrative event, no cause of an outcome.
            if t.hash == ClaimWords.hit, struckByObject(after: m, e) { return nil }
            if t.hash == ClaimWords.due && m == k + 1 {
                // "is due to begin", "had been due to lead": a schedule, not a cause ("is due in part to" is one).
                if k > a, claimClasses(toks[k - 1].hash).contains(.be) { return nil }
                if k + 2 < e, toks[k + 2].hash == ClaimWords.be { return nil }
            }
            return m
        }
        if held.causalVerbs.contains(t.hash), k > a, !claimClasses(toks[k - 1].hash).contains(.be),
            !isHedged(k, a), !invokesProvision(after: k, e)
        {
            return k
        }
        return nil
    }

    /// After the verb at `k`, up to an article or an owner and one lowercase word, a rule's provision or an alarm
    /// (`ClaimWords.invokedProvisions`): "Theresa May triggered Article 50", "triggered a break clause", "triggered
    /// the alarm" invoke or set off, they cause no outcome (not "triggered a sell-off").
    func invokesProvision(after k: Int, _ e: Int) -> Bool {
        var j = k + 1
        if j < e, toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun) { j += 1 }
        if j + 1 < e, isLowerWord(j), !held.invokedProvisions.contains(toks[j].hash) { j += 1 }
        return j < e && toks[j].kind == .word && held.invokedProvisions.contains(toks[j].hash)
    }

    /// After "by" at `m`, an article or an owner and up to two lowercase words, then a vehicle or a missile
    /// (`ClaimWords.strikingObjects`): "hit by a lorry", "hit by a stray bullet" (not "hit by rising costs").
    func struckByObject(after m: Int, _ e: Int) -> Bool {
        var j = m + 1
        guard j < e, toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun) else { return false }
        j += 1
        while j < e && j <= m + 4 && isLowerWord(j) {
            if held.strikingObjects.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The verb at `k` is speculation: "could have contributed to", "may have been caused by", "might lead to";
    /// with `overPhrase`, a ranking hedged over its noun phrase: "may be one of the largest", "probably the
    /// world's".
    func isHedged(_ k: Int, _ a: Int, overPhrase: Bool = false) -> Bool {
        var j = k - 1
        while j >= a && j >= k - 5 {
            let t = toks[j]
            // "may", not the month "May".
            if held.hedgeModals.contains(t.hash) && !(t.isCap && j > a) { return true }
            let filler =
                held.hedgeFillers.contains(t.hash) || claimClasses(t.hash).contains(.be)
                || overPhrase && (t.isA(.determiner) || t.hash == ClaimWords.of || t.hash == ClaimWords.among)
            guard filler else { return false }
            j -= 1
        }
        return false
    }

    /// The ranking ending at `last` names a step of a scale: "scale" or a count of the steps within eight words after
    /// it ("the second-highest level on its five-point scale", "the lowest of four grades"). The scale's last token.
    func scaleStepEnd(_ last: Int, _ e: Int) -> Int? {
        var j = last + 1
        while j < e && j <= last + 8 && (toks[j].kind == .word || toks[j].kind == .number) {
            if toks[j].hash == ClaimWords.scale { return j }
            if held.scaleSteps.contains(toks[j].hash), j > last + 1,
                toks[j - 1].kind == .number || toks[j - 1].isA(.numberWord)
            {
                return j
            }
            j += 1
        }
        return nil
    }

    /// The ranking at `k` is a goal: an infinitive of being or having ("to be", "to have", "to become") within eight
    /// words before it, a word of aiming within five words before that ("aims to be the biggest", "set a target for
    /// the UK to have the most extensive broadband market", "Its ambition is to become the largest", "The
    /// government's target is for the UK to have the most extensive").
    func isAspired(_ k: Int, _ a: Int) -> Bool {
        var j = k - 2
        while j >= a && j >= k - 9 {
            if toks[j].hash == ClaimWords.to, held.aspiredStates.contains(toks[j + 1].hash) {
                var g = j - 1
                while g >= a && g >= j - 5 {
                    if held.aspirationWords.contains(toks[g].hash) { return true }
                    g -= 1
                }
                return false
            }
            if toks[j].kind != .word { return false }
            j -= 1
        }
        return false
    }

    /// A number that measures something: not a year, date, time, age, score, ordinal or version.
    func isPlainNumber(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .number else { return true }
        let s = Int(t.start)
        let n = len(k)
        var dots = 0
        var separators = 0
        for i in s..<(s + n) where syntax.prose[i] == 0x2E || syntax.prose[i] == 0x2C {
            separators += 1
            if syntax.prose[i] == 0x2E { dots += 1 }
        }
        if dots >= 2 { return false }  // 10.2.1
        if n == 4 && separators == 0 {
            let c = syntax.prose[s]
            if c == 0x31 || c == 0x32 { return false }  // a year
        }
        if k + 1 < e {
            let nx = toks[k + 1]
            if attached(k + 1) {
                if nx.kind == .word { return false }  // 1990s, 3rd, 10am
                if nx.punct == .colon || nx.punct == .hyphen || nx.punct == .slash { return false }  // 3:30, 3-2, 9/11
            }
            if nx.kind == .word
                && (nx.isA(.month) || nx.isA(.clock) || nx.hash == Lexicon.hYearOld || nx.hash == Lexicon.hYearsOld)
            {
                return false
            }
            if nx.hash == Lexicon.hYears, k + 2 < e, toks[k + 2].hash == Lexicon.hOld { return false }
        }
        if k > a {
            let pv = toks[k - 1]
            if attached(k) && (pv.punct == .colon || pv.punct == .hyphen || pv.punct == .slash || pv.punct == .other) {
                return false
            }
            // "PlayStation 5", "Windows 95", "Xbox 360": a number right after a capitalised name; "iPhone 15",
            // "iOS 17": right after a product's name whose capital is its second letter.
            if pv.kind == .word && (pv.isCap && mentionOf[k - 1] >= 0 || isProductCased(k - 1)) { return false }
            if pv.kind == .word
                && (pv.isA(.month) || pv.isA(.versionWord) || pv.hash == Lexicon.hAged || pv.hash == Lexicon.hAge)
            {
                return false
            }
            if pv.punct == .period, k - 2 >= a, toks[k - 2].isA(.month) { return false }
            // "Smith, 45, said": an age between commas after a name.
            if pv.punct == .comma, k - 2 >= a, mentionOf[k - 2] >= 0, k + 1 < e, toks[k + 1].punct == .comma {
                return false
            }
        }
        return true
    }

    /// Word `j` opens with a lower-case letter and a capital: "iPhone", "iOS", "eBay" — a product's or a firm's name.
    private func isProductCased(_ j: Int) -> Bool {
        let start = Int(toks[j].start)
        guard Int(toks[j].end) - start >= 3 else { return false }
        let b = syntax.prose
        return b[start] &- 0x61 < 26 && b[start + 1] &- 0x41 < 26
    }
}
