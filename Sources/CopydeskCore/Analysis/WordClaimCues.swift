/// Claim cues in words (part of the claim stage's cue finding, `ClaimCues.swift`): comparisons and records ("its
/// first title since 1966", "the best-selling debut", "the highest since", "unbroken since"), rankings and
/// superlatives with their scope, "only" claims, fractions and counts in words, a bare sum; and the superlatives used
/// as description or judgement that are none ("its flagship store", "the evening's loudest cheer").
extension ClaimStage {
    func wordCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        let cls = claimClasses(t.hash)
        // Most words start no cue: one table lookup decides.
        if cls.isDisjoint(with: ClaimWordClass.anyCueStart) && !t.has(Token.hyphenated) { return nil }
        if t.isCap && !isInitial(k, sentenceStart: a) { return nil }
        // "Banks suffered at least 158 failures in two years": "least" or "most" after "at" hedges the figure after
        // it and ranks nothing, whatever span follows (the figure's cue quotes it whole, hedge and all: "at least
        // 158 failures"); "the least reliable network in two years" still ranks.
        if t.hash == ClaimWords.least || t.hash == ClaimWords.most, k > a, toks[k - 1].hash == ClaimWords.at {
            return nil
        }
        // A poll margin in words: "leads by five points in Ohio", "a double-digit lead nationally".
        if cls.contains(.countWord) || t.hash == ClaimWords.double || t.hash == ClaimWords.one
            || t.has(Token.hyphenated),
            let last = pollMarginEnd(k, a, e)
        {
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .percent)
        }
        // "Scores of people were injured": "scores" counts only before "of" and what it counts, with no article or
        // owner before it ("the scores of both sides", "his scores of 68 and 70" tell results).
        if t.hash == ClaimWords.scores {
            guard k + 2 < e, toks[k + 1].hash == ClaimWords.of,
                k == a
                    || !(toks[k - 1].isA(.determiner) || toks[k - 1].isA(.possessivePronoun)
                        || toks[k - 1].has(Token.possessive)),
                let noun = countedNoun(after: k, a, e, small: false, approximate: true)
            else { return nil }
            return ClaimCue(reason: .quantity, first: k, last: noun, figure: .count)
        }
        // "Several million people watched", "a few billion dollars": a vague multiple of a magnitude counts, quoted
        // whole, as "two million" does.
        if held.vagueMultipliers.contains(t.hash), k + 1 < e, toks[k + 1].kind == .word, !toks[k + 1].isCap,
            toks[k + 1].isA(.magnitude), let first = vagueMultipleStart(k + 1, a)
        {
            let end = amountEnd(k, e)
            let last = end > k + 1 ? end : countedNoun(after: end, a, e, small: false, approximate: true) ?? end
            // ("more than a few billion dollars": quoted with its comparative.)
            return ClaimCue(reason: .quantity, first: comparativeStart(first, a) ?? first, last: last, figure: .count)
        }
        // Counts in words: "four children", "hundreds of complaints", "five million", "One in four", "Twenty-three
        // of the 53".
        if cls.contains(.countWord) || t.has(Token.hyphenated) && isHyphenatedCount(k) {
            // ("more than two million copies": quoted whole, with its comparative and the noun counted.)
            if k + 1 < e, toks[k + 1].kind == .word, !toks[k + 1].isCap, toks[k + 1].isA(.magnitude) {
                let end = amountEnd(k, e)
                let last = end > k + 1 ? end : countedNoun(after: end, a, e, small: false, approximate: true) ?? end
                return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .count)
            }
            // ("Nearly one in three children": a ratio with its hedge, as a number has.)
            if let last = ratioEnd(k, e) {
                return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .count)
            }
            if let last = timesEnd(k, a, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .other) }
            if k + 1 < e, toks[k + 1].isA(.percent) || toks[k + 1].hash == ClaimWords.per {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .percent)
            }
            // "a dozen aides", "more than a hundred homes": the figure is quoted whole, with its "a"; so is "two
            // hundred jobs", "about two thousand people", with the number word before "hundred" or "thousand".
            let multiplied =
                k > a && held.wordHundreds.contains(t.hash)
                && (claimClasses(toks[k - 1].hash).contains(.countWord) || isHyphenatedCount(k - 1))
            // ("several hundred pounds", "a few dozen staff": the vague multiple is the figure's.)
            let from =
                vagueMultipleStart(k, a)
                ?? (k > a && (toks[k - 1].hash == ClaimWords.a || multiplied)
                    ? (comparativeStart(k - 1, a) ?? k - 1)
                    : (comparativeStart(k, a) ?? k))
            if k > a, toks[k - 1].kind == .word, claimClasses(toks[k - 1].hash).contains(.rankWord) {
                return nil
            }
            if let c = recordMargin(k, from, e) { return c }
            if let last = partitiveEnd(k, e) {
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .count)
            }
            if let noun = groupShareEnd(k, a, e) {
                return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
            }
            if let noun = countedNoun(after: k, a, e, small: cls.contains(.smallCount), approximate: from < k) {
                return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
            }
            if let noun = careerTallyEnd(k, a, e) {
                return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
            }
            if let last = casualtyEnd(after: k, a, e) {
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .count)
            }
            if isKillingObject(from, a) {
                return ClaimCue(reason: .quantity, first: from - 1, last: k, figure: .count)
            }
            if let c = durationTally(k, from, a, e) { return c }
            if let c = averagedDuration(k, from, a, e) { return c }
            return bareSum(k, a, e)
        }
        if t.hash == ClaimWords.one, let last = ratioEnd(k, e) {
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .count)
        }
        // "less than one percentage point", "one percent".
        if t.hash == ClaimWords.one, k + 1 < e, toks[k + 1].isA(.percent), toks[k + 1].hash != ClaimWords.per {
            let last = k + 2 < e && toks[k + 2].hash == ClaimWords.point ? k + 2 : k + 1
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .percent)
        }
        // "rose by a full percentage point", "half a percentage point": a percentage point needs no digit.
        if t.hash == ClaimWords.a || t.hash == ClaimWords.half, let last = percentagePointEnd(k, e) {
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .percent)
        }
        // "more than a million albums", "one billion dollars".
        if t.hash == ClaimWords.a || t.hash == ClaimWords.one, k + 1 < e, toks[k + 1].kind == .word,
            !toks[k + 1].isCap, claimClasses(toks[k + 1].hash).contains(.largeMagnitude)
        {
            let end = amountEnd(k, e)
            let last = end > k + 1 ? end : countedNoun(after: end, a, e, small: false, approximate: true) ?? end
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .count)
        }
        if t.has(Token.hyphenated) {
            // "Forty-three per cent", "fourth-largest".
            let (head, tail) = hyphenParts(k)
            let headCls = claimClasses(head)
            if headCls.contains(.countWord), k + 1 < e, toks[k + 1].isA(.percent) || toks[k + 1].hash == ClaimWords.per
            {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .percent)
            }
            if headCls.contains(.ordinal) && claimClasses(tail).contains(.measureSuperlative) {
                return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
            }
            // "a five-seat majority": an electoral majority in words.
            if headCls.contains(.countWord), held.electoralUnits.contains(tail), k + 1 < e,
                held.majorityWords.contains(toks[k + 1].hash)
            {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .count)
            }
            // "a nine-game winning streak": a streak of results.
            if headCls.contains(.countWord), isStreakOfResults(unit: tail, after: k, e) {
                return ClaimCue(reason: .quantity, first: k, last: k + 2, figure: .count)
            }
            // "a two-year low", "a five-year high": a record over a span.
            if headCls.contains(.countWord), held.spanUnits.contains(tail), isSpanExtreme(k + 1, e) {
                return ClaimCue(reason: .superlative, first: k, last: k + 1, figure: .other)
            }
            // "in the company's nine-year history": a span of history scopes a record (as "118-year history").
            if headCls.contains(.countWord), tail == ClaimWords.year, k + 1 < e, toks[k + 1].hash == ClaimWords.history,
                scopesAHistory(k, a)
            {
                return ClaimCue(reason: .superlative, first: k, last: k + 1, figure: .other)
            }
            // "a quarter-point reduction", "a half-point rise": a rate's step in words.
            if headCls.contains(.fraction), tail == ClaimWords.point {
                return ClaimCue(reason: .quantity, first: k, last: k, figure: .percent)
            }
            // "a tournament-high break of 142", "a season-best 7.12 seconds": a record within a competition or a
            // career.
            if held.extremeScopes.contains(head), held.recordExtremes.contains(tail) {
                return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
            }
            // "a multi-million dollar windfall", "a multi-billion pound deal": a sum without its figure.
            if head == ClaimWords.multi && claimClasses(tail).contains(.largeMagnitude) {
                return ClaimCue(reason: .quantity, first: k, last: amountEnd(k, e), figure: .money)
            }
        }
        // "have been worst affected", "were hardest hit": a superlative of harm after "be" ranks who suffered it.
        if held.harmSuperlatives.contains(t.hash), k > a, k + 1 < e, claimClasses(toks[k - 1].hash).contains(.be),
            held.harmParticiples.contains(toks[k + 1].hash)
        {
            return ClaimCue(reason: .superlative, first: k, last: k + 1, figure: .other)
        }
        if cls.contains(.fraction), let c = fractionCue(k, a, e) { return c }
        if t.hash == ClaimWords.twice, let last = twiceEnd(k, e) {
            return ClaimCue(reason: .quantity, first: k, last: last, figure: .other)
        }
        // "took the lead … and doubled it", "doubled their lead": a lead in play is a result.
        if cls.contains(.multiplier), !doublesALead(k, a, e) {
            return ClaimCue(reason: .quantity, first: k, last: k, figure: .other)
        }
        if cls.contains(.multiplierBase), k > a,
            claimClasses(toks[k - 1].hash).contains(.modal) || isMultipleOf(k, a, e)
        {
            return ClaimCue(reason: .quantity, first: k, last: k, figure: .other)
        }
        // ("it's not unprecedented for agencies to…": a record denied says it has happened before.)
        if cls.contains(.recordWord), !(k > a && held.negations.contains(toks[k - 1].hash)) {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
        }
        if cls.contains(.ordinal) || t.hash == ClaimWords.first, let c = possessiveOrdinal(k, k, a, e) { return c }
        // "set a personal best of 7.81m": a career's record.
        if t.hash == Lexicon.hBest, k > a, toks[k - 1].hash == ClaimWords.personal {
            return ClaimCue(reason: .superlative, first: k - 1, last: k, figure: .other)
        }
        // A ranking by a measure needs no scope after "the": "the best-selling debut", "the most-watched show".
        if cls.contains(.measureSuperlative), !judgesItsHead(k, e),
            isRankedSuperlative(k, a, e)
                || held.measuredRankings.contains(t.hash) && k > a && toks[k - 1].hash == ClaimWords.the
        {
            // The message quotes the ranking with its scope: "world's second largest", "Germany's largest".
            var first = k > a && claimClasses(toks[k - 1].hash).contains(.ordinal) ? k - 1 : k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: k, figure: .other)
        }
        // "won the most seats", "the most delegates": a ranking of an election's count; "Sudan, Yemen and
        // Afghanistan recorded the most cases", "Texas executed the most prisoners": of any count of things in the
        // world, a plural noun (not a result's: "scored the most goals", `notCountNoun`; nor an adjective: "the most
        // vulnerable", "the most dangerous").
        if t.hash == ClaimWords.most, k > a, k + 1 < e, toks[k - 1].hash == ClaimWords.the,
            held.electoralCounts.contains(toks[k + 1].hash) || isCountedPlural(k + 1)
        {
            return ClaimCue(reason: .superlative, first: k - 1, last: k + 1, figure: .other)
        }
        if t.hash == ClaimWords.most, let last = mostRankingEnd(k, a, e) {
            // The message quotes the ranking with its ordinal and scope: "world's third most valuable".
            var first = k > a && claimClasses(toks[k - 1].hash).contains(.ordinal) ? k - 1 : k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: last, figure: .other)
        }
        if t.hash == ClaimWords.only, isOnlyClaim(k, a, e) {
            // The message quotes what is the only one: "the only firm", "the only mobile phone operators".
            return ClaimCue(reason: .superlative, first: k - 1, last: nounRunEnd(after: k, e), figure: .other)
        }
        // "the main export product in Nigeria": a rank word with a place scope ranks like a superlative (the message
        // quotes what it ranks).
        if held.rankAdjectives.contains(t.hash), k > a, toks[k - 1].hash == ClaimWords.the,
            hasPlaceScope(after: k, e, within: 5)
        {
            return ClaimCue(reason: .superlative, first: k - 1, last: nounRunEnd(after: k, e), figure: .other)
        }
        // "Britain now ranks fifth among European Union countries", "was ranked third for the number of claims", "The
        // UK ranks ninth in Europe for broadband take-up": a rank in a field or by a measure (a player's "ranked 87th
        // in the world" is a standing, a result).
        if held.rankVerbs.contains(t.hash), k + 2 < e,
            !claimClasses(toks[k + 1].hash).isDisjoint(with: [.ordinal, .fraction]),
            toks[k + 2].hash == ClaimWords.among || toks[k + 2].hash == Lexicon.hFor
                || toks[k + 2].hash == ClaimWords.inn
                    && (k + 3..<min(e, k + 7)).contains(where: { toks[$0].hash == Lexicon.hFor })
        {
            return ClaimCue(reason: .superlative, first: k, last: k + 1, figure: .other)
        }
        if cls.contains(.standingVerb), let last = standingOverRival(k, e) {
            return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
        }
        if t.hash == ClaimWords.polls || t.hash == ClaimWords.polling || t.hash == ClaimWords.poll,
            let first = pollStanding(k, a)
        {
            return ClaimCue(reason: .superlative, first: first, last: k, figure: .other)
        }
        if cls.contains(.judgementSuperlative) || cls.contains(.measureSuperlative), isVotedRanking(k, a) {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
        }
        // "one of the most substantive contests in history": a judgement for all its span.
        if cls.contains(.judgementSuperlative), hasRecordSpan(after: k, e), !judgesItsHead(k, e),
            !(t.hash == ClaimWords.most && k + 1 < e && held.evaluativeAdjectives.contains(toks[k + 1].hash))
        {
            // The message quotes "most" with its adjective: "The West End had its most successful year ever" gives
            // 'most successful', not 'most' ("won the most ever" has none to quote).
            let adjective =
                t.hash == ClaimWords.most && k + 1 < e && isLowerWord(k + 1) && !toks[k + 1].isA(.function)
                && toks[k + 1].hash != ClaimWords.ever
            let last = !adjective ? k : endsInLy(k + 1) && k + 2 < e && isLowerWord(k + 2) ? k + 2 : k + 1
            return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
        }
        if t.hash == ClaimWords.record || t.hash == ClaimWords.records, isRecordClaim(k, a, e) {
            // The message quotes what the record is: "record losses", "a record crowd".
            let noun = k + 1 < e && toks[k + 1].kind == .word && !toks[k + 1].isCap && !toks[k + 1].isA(.function)
            return ClaimCue(reason: .superlative, first: k, last: noun ? k + 1 : k, figure: .other)
        }
        if t.hash == ClaimWords.first, isFirstClaim(k, a, e) {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
        }
        if t.hash == ClaimWords.history, madeHistory(k, a) {
            return ClaimCue(reason: .superlative, first: k - 1, last: k, figure: .other)
        }
        if t.hash == ClaimWords.last, let last = lastClaimEnd(k, a, e) {
            return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
        }
        // "for the second time in two years", "the third meeting since December": an ordinal with a span.
        if cls.contains(.ordinal), isOrdinalWithSpan(k, last: k, a, e) {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
        }
        if t.hash == ClaimWords.than, let first = rankingThan(k, a, e) {
            return ClaimCue(reason: .superlative, first: first, last: k + 1, figure: .other)
        }
        if t.hash == ClaimWords.since, let year = yearAfter(since: k, e), let first = unbrokenSince(k, a, e) {
            return ClaimCue(reason: .superlative, first: first, last: year, figure: .other)
        }
        if cls.contains(.causalStart), let last = causalEnd(k, a, e) {
            return ClaimCue(reason: .causal, first: k, last: last, figure: .other)
        }
        return nil
    }

    /// The multiplier at `k` doubles a lead in play: "doubled it" after "took the lead", "doubled their lead",
    /// "doubled the advantage".
    func doublesALead(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 1 < e else { return false }
        if toks[k + 1].hash == Lexicon.hIt {
            return (a..<k).contains(where: { held.leadNouns.contains(toks[$0].hash) })
        }
        let n = toks[k + 1].hash == ClaimWords.the || toks[k + 1].isA(.possessivePronoun) ? k + 2 : k + 1
        return n < e && held.leadNouns.contains(toks[n].hash)
    }

    /// The end of "a percentage point", "a full percentage point" or "half a percentage point" opening at `k` ("a" or
    /// "half"): the token of "point" or "points".
    func percentagePointEnd(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        if toks[k].hash == ClaimWords.half {
            guard j < e, toks[j].hash == ClaimWords.a else { return nil }
            j += 1
        }
        if j < e, held.wholeWords.contains(toks[j].hash) { j += 1 }
        guard j + 1 < e, toks[j].hash == Lexicon.hPercentage,
            toks[j + 1].hash == ClaimWords.point || toks[j + 1].hash == ClaimWords.points
        else { return nil }
        return j + 1
    }

    /// "made history" at `k - 1`, `k`: a record stated by its phrase ("Obama made history on Tuesday by nominating
    /// the first Muslim…") — not a forecast or a hope ("will be making history", "could make history").
    func madeHistory(_ k: Int, _ a: Int) -> Bool {
        guard k > a, held.madeForms.contains(toks[k - 1].hash), !inQuote(k) else { return false }
        for j in max(a, k - 4)..<(k - 1) where claimClasses(toks[j].hash).contains(.modal) { return false }
        return true
    }

    /// "the last Democrat to win Kentucky", "the last president to visit Cuba": "the last", a kind of who did it
    /// (a capitalised kind or `lastRankNouns`), "to" and a verb — a record as "the first … to" is (not "the last
    /// time", "the last day to register", nor a denial: "not the last"). The noun's index.
    func lastClaimEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k > a, k + 3 < e, toks[k - 1].hash == ClaimWords.the else { return nil }
        if k - 2 >= a, held.negations.contains(toks[k - 2].hash) { return nil }
        let n = toks[k + 1]
        guard n.kind == .word, !inQuote(k + 1), n.isCap || held.lastRankNouns.contains(n.hash),
            toks[k + 2].hash == ClaimWords.to, toks[k + 3].kind == .word, !toks[k + 3].isCap,
            !toks[k + 3].isA(.function)
        else { return nil }
        return k + 1
    }

    /// A comparison with all others or with all time, a ranking in disguise: "raised more money from small donors
    /// than any candidate in history", "turnout higher than ever" — "than" at `k` before "any" or "ever", a
    /// comparative of a measure up to eight words before it, or "more"/"fewer"/"less" with a plural noun between
    /// (not "now more than ever", "more than anything", a judgement: "better than any"). The comparative's index.
    func rankingThan(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 1 < e, held.rankingThanHeads.contains(toks[k + 1].hash) else { return nil }
        var j = k - 1
        while j >= a && j >= k - 8 && toks[j].kind == .word {
            let h = toks[j].hash
            if held.measureComparatives.contains(h) { return j }
            if held.amountComparatives.contains(h) {
                return j + 1 < k && (j + 1..<k).contains(where: { isPlural($0) || toks[$0].hash == ClaimWords.money })
                    ? j : nil
            }
            j -= 1
        }
        return nil
    }

    /// Token `k` is a year: four digits from 1000 to 2999 ("1988").
    func isYear(_ k: Int) -> Bool {
        guard toks[k].kind == .number, len(k) == 4 else { return false }
        let s = Int(toks[k].start)
        let c = syntax.prose[s]
        return (c == 0x31 || c == 0x32)
            && (s..<(s + 4)).allSatisfy { syntax.prose[$0] >= 0x30 && syntax.prose[$0] <= 0x39 }
    }

    /// A streak unbroken since a year: "No Republican has carried the state since 1988", "Democrats have not won
    /// Texas since 1976", "have not led the table since the autumn of 2003" — "since" at `k`, which the caller has
    /// found a year after (`yearAfter`), a verb of winning or holding up to six words before it, and a negation up to
    /// three words before the verb. The negation's index.
    func unbrokenSince(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var j = k - 1
        while j >= a && j >= k - 6 && toks[j].kind == .word {
            if held.electoralWins.contains(toks[j].hash) {
                var n = j - 1
                while n >= a && n >= j - 3 && toks[n].kind == .word {
                    if held.negations.contains(toks[n].hash) { return n }
                    n -= 1
                }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The year after "since" at `k`, at once or past up to three words of a time within it ("since 1988", "since
    /// the autumn of 2003", "since March 2001").
    func yearAfter(since k: Int, _ e: Int) -> Int? {
        var j = k + 1
        while j < e && j <= k + 3 && toks[j].kind == .word
            && (toks[j].hash == ClaimWords.the || toks[j].hash == ClaimWords.of || toks[j].isA(.month)
                || held.partsOfAYear.contains(toks[j].hash))
        {
            j += 1
        }
        return j < e && isYear(j) ? j : nil
    }

    /// A sum without its figure: a bare plural magnitude right after a word of money, "a tycoon worth millions",
    /// "has raised billions", "spent millions on ads" — not "millions of" (a count or a sum with its noun, found
    /// before) nor a magnitude in quotes' or names' capitals.
    func bareSum(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let cls = claimClasses(toks[k].hash)
        guard cls.contains(.vagueCount), cls.contains(.magnitude), k > a, toks[k - 1].kind == .word,
            held.sumVerbs.contains(toks[k - 1].hash)
        else { return nil }
        if k + 1 < e, toks[k + 1].hash == ClaimWords.of { return nil }
        return ClaimCue(reason: .quantity, first: k - 1, last: k, figure: .money)
    }

    /// A number written in words with a hyphen: "twenty-three", "forty-one" (tens, a hyphen, a unit).
    func isHyphenatedCount(_ k: Int) -> Bool {
        let (head, tail) = hyphenParts(k)
        return held.tens.contains(head)
            && (tail == ClaimWords.one || claimClasses(tail).contains(.smallCount))
    }

    /// Token `j` is the noun of an extreme after a span ("low" in "a two-year low", "high" in "a 12-month high")
    /// that ends its noun phrase: not "a four-year high school".
    func isSpanExtreme(_ j: Int, _ e: Int) -> Bool {
        guard j < e, toks[j].kind == .word, held.spanExtremes.contains(toks[j].hash) else { return false }
        return j + 1 >= e || !isLowerWord(j + 1) || toks[j + 1].isA(.function)
    }

    /// "twice as many", "twice as likely", "twice the number": a multiple of a measure, its last token — not "twice
    /// as hard" (a judgement) nor "arrested twice".
    func twiceEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e else { return nil }
        if toks[k + 1].hash == ClaimWords.as, held.twiceMeasures.contains(toks[k + 2].hash) { return k + 2 }
        if toks[k + 1].hash == ClaimWords.the, held.twiceNouns.contains(toks[k + 2].hash) { return k + 2 }
        return nil
    }

    /// "double", "triple" or "treble" at `k` multiplies a measure, as "twice the" does: after a hedge, "than" or a
    /// form of "be" (`ClaimWords.multipleLeads`) and before "the", an owner's word or "that", "those", "what"
    /// (`ClaimWords.multipleReferents`) — "Waits were more than double the 18-minute target", "Visits are almost
    /// double the national average", "Prices are now treble what they were". Not the verb with its subject before it
    /// ("They double the dose for children"; after a modal or "to" it is `.modal`'s: "plans to double the number").
    func isMultipleOf(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, k + 1 < e, !toks[k].isCap else { return false }
        let before = toks[k - 1].hash
        guard held.multipleLeads.contains(before) || claimClasses(before).contains(.be) else { return false }
        let next = toks[k + 1]
        return next.hash == ClaimWords.the || next.isA(.possessivePronoun) || held.multipleReferents.contains(next.hash)
    }

    /// Token `i` closes a phrase: a comma, a stop, a semicolon, a dash or a closing bracket or quote.
    func isPhraseEnd(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .punct else { return false }
        return t.isTerminator || t.punct == .comma || t.punct == .semicolon || t.punct == .dash
            || t.punct == .rparen || t.punct == .dqClose
    }

    /// An ordinal from `k` to `last` after a possessive and before a noun — a tally or a first in a career
    /// ("his 12th Academy Award nomination", "Greene's second consecutive defeat", "her first ATP final") or a
    /// place's first ("the nation's first Jewish president") — not a time or a stage ("his first day", "their
    /// second half"), nor a first foreseen ("is expected to win his first cap"), nor a first that only identifies
    /// which of its owner's things ("Clinton's first Senate campaign", "his second inaugural address"; a first with
    /// a scope, "its first title since 1966", is `isFirstClaim`'s).
    func possessiveOrdinal(_ k: Int, _ last: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard k > a, last + 1 < e else { return nil }
        let p = toks[k - 1]
        guard isPossessive(k - 1) || p.isA(.possessivePronoun) else { return nil }
        let n = toks[last + 1]
        guard n.kind == .word, !n.isA(.function), !n.isA(.timeUnit),
            !claimClasses(n.hash).contains(.notFirstNoun)
        else { return nil }
        // A word ordinal ("first", "second") needs a place owner or an achievement; a figure ("12th") is a tally —
        // unless a name follows an owner that is no person: "New York's 19th District", "Ohio's 10th Congressional
        // district" say which of the place's numbered parts, as a name does.
        if last == k, !isPlaceOwner(k - 1), !namesCareerFirst(after: last, e) { return nil }
        // "is expected to win his first cap", "will make her first start": a first foreseen is a forecast with no
        // number, which the guide counts no claim.
        if last == k, forecastBefore(k - 1, a) { return nil }
        if last > k, n.isCap, !p.isA(.possessivePronoun), !isPersonMention(k - 1 - (p.has(Token.possessive) ? 0 : 1)),
            !namesCareerFirst(after: last, e)
        {
            return nil
        }
        return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
    }

    /// A word of prediction ("will", "expected", "set to", "could", "likely to"; `ClaimWordClass.prediction`)
    /// stands in the clause before token `j`, within six words.
    func forecastBefore(_ j: Int, _ a: Int) -> Bool {
        var i = j - 1
        while i >= a && i >= j - 6 && toks[i].kind == .word {
            if claimClasses(toks[i].hash).contains(.prediction), !toks[i].isCap { return true }
            i -= 1
        }
        return false
    }

    /// Token `j`, a possessive, is a place whose firsts are records: "the nation's", "Britain's", a place the
    /// entity stage knows — not a person or a body, whose firsts are its own ("Obama's first chief of staff").
    func isPlaceOwner(_ j: Int) -> Bool {
        if claimClasses(toks[j].hash).contains(.scopeNoun) { return true }
        return mentionKind(j) == .place
    }

    /// The noun phrase after the ordinal at `k` (up to four words) names a career achievement or a streak: "her
    /// first ATP final", "his first Grand Slam title", "their first straight win".
    func namesCareerFirst(after k: Int, _ e: Int) -> Bool {
        var j = k + 1
        while j < e && j <= k + 4 && toks[j].kind == .word && !toks[j].isA(.function) {
            if held.careerFirsts.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// "a third of", "nearly a fifth", "three-quarters", "half of", "two-thirds" — not "the first half", nor an
    /// ordinal after "a" ("a third attempt").
    func fractionCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        if t.has(Token.hyphenated) { return ClaimCue(reason: .quantity, first: k, last: k, figure: .count) }
        let next = k + 1 < e ? toks[k + 1] : nil
        // "a third Obama term", "a third world country", "half-time", "a quarter hour".
        if let n = next,
            n.punct == .hyphen || n.isA(.timeUnit) || n.isCap
                || (!n.isA(.function) && claimClasses(n.hash).contains(.notFirstNoun))
        {
            return nil
        }
        // "Half of the delegates are unbound": a share that opens its sentence.
        if k == a, t.hash == ClaimWords.half, let n = next, n.hash == ClaimWords.of {
            return ClaimCue(reason: .quantity, first: k, last: k, figure: .count)
        }
        guard k > a else { return nil }
        let p = toks[k - 1]
        if p.isA(.month) || claimClasses(p.hash).contains(.ordinal) || p.hash == ClaimWords.first
            || p.hash == ClaimWords.the
        {
            return nil
        }
        let counted =
            p.hash == ClaimWords.a || p.hash == ClaimWords.one || claimClasses(p.hash).contains(.countWord)
        if t.hash == ClaimWords.half {
            // "half of", "nearly half those surveyed", "half the staff"; a share of a capacity after a comparison:
            // "playing to houses less than half full".
            guard let n = next,
                n.hash == ClaimWords.of || n.hash == ClaimWords.the || n.hash == ClaimWords.those
                    || n.isA(.possessivePronoun)
                    || p.hash == ClaimWords.than && held.capacityAdjectives.contains(n.hash)
            else { return nil }
            if counted || p.hash == ClaimWords.nearly || p.hash == ClaimWords.almost || p.hash == ClaimWords.about
                || p.hash == ClaimWords.than || claimClasses(p.hash).contains(.be)
            {
                // The message quotes "more than half", not "than half".
                let first = p.hash == ClaimWords.than ? (comparativeStart(k, a) ?? k - 1) : k - 1
                return ClaimCue(reason: .quantity, first: first, last: k, figure: .count)
            }
            return nil
        }
        guard counted else { return nil }
        // "a third attempt", "a fifth straight win": after a bare "a" and before a content word it is an ordinal,
        // not a share ("a third of voters", "a quarter million", "nearly a fifth saying" stay fractions).
        if p.hash == ClaimWords.a, comparativeStart(k - 1, a) == nil, let n = next, n.kind == .word,
            !n.isA(.function), !claimClasses(n.hash).contains(.countWord), !n.isA(.magnitude)
        {
            return nil
        }
        // The hedge is quoted with the share: "nearly a fifth", "rose by more than a third", "at least a quarter".
        let first = comparativeStart(k - 1, a) ?? k - 1
        // ("a quarter million": the magnitude is the figure's.)
        let last = next.map { $0.kind == .word && $0.isA(.magnitude) } == true ? k + 1 : k
        return ClaimCue(reason: .quantity, first: first, last: last, figure: .count)
    }

    /// A superlative of size that ranks: after an ordinal ("second largest"), a possessive scope ("the
    /// world's biggest", "Germany's largest"), "one of the", or before a scope ("the largest in Europe",
    /// "the biggest ever", "the highest since 1987", "on record").
    func isRankedSuperlative(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        var j = k - 1
        if j >= a, claimClasses(toks[j].hash).contains(.ordinal) { return true }
        // "The largest number of applications came from Iran", "the highest proportion of complaints": a ranking of
        // counts or shares.
        if k + 2 < e, held.rankedMeasures.contains(toks[k + 1].hash), toks[k + 2].hash == ClaimWords.of {
            return true
        }
        if j >= a, toks[j].hash == ClaimWords.the, j - 2 >= a, toks[j - 1].hash == ClaimWords.of,
            toks[j - 2].hash == ClaimWords.one
        {
            return true
        }
        // "among the biggest laggards".
        if j - 1 >= a, toks[j].hash == ClaimWords.the, toks[j - 1].hash == ClaimWords.among { return true }
        // "by far the biggest source of revenue", "far and away the largest": a margin over all the others ranks.
        if j - 2 >= a, toks[j].hash == ClaimWords.the,
            toks[j - 1].hash == ClaimWords.far && toks[j - 2].hash == ClaimWords.by
                || j - 3 >= a && toks[j - 1].hash == ClaimWords.away && toks[j - 3].hash == ClaimWords.far
        {
            return true
        }
        // "Truancy is highest among 14-year-olds": a predicate superlative ranks the groups after "among".
        if j >= a, claimClasses(toks[j].hash).contains(.be), k + 1 < e, toks[k + 1].hash == ClaimWords.among {
            return true
        }
        while j >= a && j >= k - 2 {
            let p = toks[j]
            // A person's superlative describes, like "its largest store" ("Trump's biggest booster", "Sanders'
            // largest event"), unless a span ranks it ("her highest ratings ever"); a place after it only says
            // where ("Clinton's biggest boosters in Iowa").
            if p.has(Token.possessive) {
                if isPersonMention(j) { return hasRecordSpan(after: k, e) }
                return p.isCap || claimClasses(p.hash).contains(.scopeNoun)
            }
            if isPossessive(j) {
                if isPersonMention(j - 1) { return hasRecordSpan(after: k, e) }
                return toks[j - 1].isCap  // "Wales' largest club"
            }
            if p.kind != .word { break }
            j -= 1
        }
        // A span may follow the noun phrase it ranks: "the largest audience for a BBC period drama in almost a
        // decade".
        return hasRecordSpan(after: k, e, within: 8) || hasPlaceScope(after: k, e, within: 5)
            || hasPeriodScope(after: k, e) || hasPerfectClauseScope(after: k, a, e)
    }

    /// A clause in the perfect scopes "the" superlative at `k` over all that its subject has done, as "ever" does:
    /// "the largest penalty the FSA has imposed on a lender", "the biggest crowd they have played to" — the head
    /// noun (one to three words), then a subject of up to three words (a body's name, "it", "they", "the" and a noun)
    /// and "has", "have" or "had" with a participle. Not "the biggest shop in town, which has opened" (a comma ends
    /// the phrase), nor a person's ("the highest office he has held").
    func hasPerfectClauseScope(after k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, toks[k - 1].hash == ClaimWords.the else { return false }
        var n = k + 1
        while n < e && n <= k + 3 && isLowerWord(n) && !toks[n].isA(.function) { n += 1 }
        guard n > k + 1 else { return false }
        let subject = n
        while n < e && n < subject + 3 && toks[n].kind == .word
            && !held.perfectAuxiliaries.contains(toks[n].hash)
        {
            n += 1
        }
        // A person's own superlative says which of theirs ("the highest office he has held", "the best film
        // Loach has made"), as "his biggest" does; "we" and "I" speak of what they have seen ("the slowest pace
        // we have seen").
        guard n > subject, n + 1 < e, held.perfectAuxiliaries.contains(toks[n].hash),
            toks[subject].isCap && !isPersonMention(subject) || toks[subject].hash == ClaimWords.the
                || toks[subject].hash == Lexicon.hIt || toks[subject].hash == Lexicon.hThey
        else { return false }
        let verb = toks[n + 1].hash == ClaimWords.ever && n + 2 < e ? n + 2 : n + 1
        return isLowerWord(verb) && !toks[verb].isA(.function)
    }

    /// A competition or a period that scopes a ranking after "of the" or "this", within five words after `k`: "the
    /// highest break of the tournament", "the fastest time of the season", "the highest of the year", "the fastest by
    /// a Briton this season".
    func hasPeriodScope(after k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n + 1 < e && n <= k + 5 {
            if n + 2 < e, toks[n].hash == ClaimWords.of, toks[n + 1].hash == ClaimWords.the,
                held.rankingPeriods.contains(toks[n + 2].hash)
            {
                return true
            }
            // "the fastest by a Briton this season", "the highest this year", "The biggest source of asylum seekers
            // in the quarter".
            if toks[n].hash == ClaimWords.this, held.rankingPeriods.contains(toks[n + 1].hash) { return true }
            if n + 2 < e, toks[n].hash == ClaimWords.inn, toks[n + 1].hash == ClaimWords.the,
                held.reportingPeriods.contains(toks[n + 2].hash)
            {
                return true
            }
            if toks[n].kind != .word { return false }
            n += 1
        }
        return false
    }

    /// The superlative at `k` sizes a noun whose size is a judgement (up to three words on: "the biggest challenge",
    /// "the biggest Oscar buzzes"): an evaluation, whatever its scope.
    func judgesItsHead(_ k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + 3 && toks[n].kind == .word {
            if held.judgementHeads.contains(toks[n].hash) { return true }
            n += 1
        }
        return false
    }

    /// A place that scopes a ranking within `within` words after `k`: "in Europe", "in the world", "on the
    /// planet", "in the UK", "in the region" (`ClaimWords.localScopeNouns`, after "in the") — words, numbers and
    /// hyphens between ("the only firm with a mobile network in the UK").
    func hasPlaceScope(after k: Int, _ e: Int, within: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + within {
            if toks[n].hash == ClaimWords.inn || toks[n].hash == ClaimWords.on, n + 1 < e {
                let w = toks[n + 1].hash == ClaimWords.the && n + 2 < e ? n + 2 : n + 1
                // An owner is no place: "the only hitch in Reed's plans".
                let place = toks[w].isCap && !endsAPossessiveName(w, e)
                let local = w == n + 2 && held.localScopeNouns.contains(toks[w].hash)
                if (place || local) && toks[n].hash == ClaimWords.inn || held.worldNouns.contains(toks[w].hash) {
                    return true
                }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen && !toks[n].isDoubleQuote { break }
            n += 1
        }
        return false
    }

    /// The capitalised words from `w` end in a possessive: "Tom Reed's", "Clinton's".
    func endsAPossessiveName(_ w: Int, _ e: Int) -> Bool {
        var j = w
        while j < e && j <= w + 3 && toks[j].kind == .word && toks[j].isCap {
            if isPossessive(j) || j + 1 < e && isPossessive(j + 1) { return true }
            j += 1
        }
        return false
    }

    /// "the only firm with a mobile network in the UK", "the only operators until 1993", "the only senators to
    /// vote against": "the only" with a place, a span or what they alone did — not "the only way to", "the
    /// only thing".
    func isOnlyClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, toks[k - 1].hash == ClaimWords.the else { return false }
        // "isn't the only candidate ready to…": a denial ranks nothing.
        if k - 2 >= a, held.negations.contains(toks[k - 2].hash) { return false }
        if hasPlaceScope(after: k, e, within: 8) { return true }
        var n = k + 1
        while n < e && n <= k + 8 && toks[n].kind != .punct {
            let h = toks[n].hash
            if (h == ClaimWords.since || h == ClaimWords.until) && n + 1 < e && toks[n + 1].kind == .number {
                return true
            }
            if h == ClaimWords.ever { return true }
            // "the only Republicans to vote against", "the only candidate to have released…": the only ones who
            // did something — not a kind or a manner ("the only way to win", "the only option to").
            if h == ClaimWords.to, n > k + 1, n <= k + 4, n + 1 < e, toks[n + 1].kind == .word, !toks[n + 1].isCap,
                !toks[n + 1].isA(.determiner), !held.notOnlyNouns.contains(toks[n - 1].hash),
                (k + 1..<n).allSatisfy({
                    toks[$0].kind == .word && (!toks[$0].isA(.function) || toks[$0].hash == Lexicon.hOther)
                })
            {
                return true
            }
            n += 1
        }
        return false
    }

    /// Token `j` is a plural noun of a count of things in the world: lower case, no function word, not a result's or
    /// a kind's (`ClaimWords` `notCountNoun`: "goals", "points", "ways"), nor an adjective (`isPlural`: no "-us").
    func isCountedPlural(_ j: Int) -> Bool {
        let t = toks[j]
        return t.kind == .word && !t.isCap && !t.isA(.function) && isPlural(j)
            && !claimClasses(t.hash).contains(.notCountNoun) && !held.evaluativeAdjectives.contains(t.hash)
    }

    /// The start of a vague multiple of the number word or magnitude at `k`: "several" right before it, or "a few"
    /// ("several hundred pounds", "a few thousand fans", "Several million people"). Not before a word that is no
    /// number ("several people", "a few weeks"), nor "few" with no "a" before it, which counts little.
    func vagueMultipleStart(_ k: Int, _ a: Int) -> Int? {
        guard k > a, toks[k].kind == .word, !toks[k].isCap, held.vagueMultipliers.contains(toks[k - 1].hash) else {
            return nil
        }
        let h = toks[k].hash
        guard
            held.wordHundreds.contains(h) || toks[k].isA(.magnitude) || claimClasses(h).contains(.vagueCount)
                || h == ClaimWords.dozen
        else { return nil }
        if toks[k - 1].hash != ClaimWords.few { return k - 1 }
        return k - 2 >= a && toks[k - 2].hash == ClaimWords.a ? k - 2 : nil
    }

    /// "the most widely used technology on the planet", "the UK's most multi-racial seats": "most" before an
    /// adjective, ranked by a named possessive scope or a place or span after it; the last token of the
    /// adjective ("most widely used"). An ordinal before "most" ranks the same way: "is now the world's third most
    /// valuable company", "the second most visited museum in Europe". Not "the most of", "most people", nor a
    /// judgement, with no scope ("one of the most influential teachers") or with one ("the most powerful woman in
    /// the world"), nor a person's ordinal ("his second most senior aide").
    func mostRankingEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k > a, k + 1 < e else { return nil }
        // (The word before an ordinal stands for the word before "most": "the world's third most valuable".)
        let ranked = claimClasses(toks[k - 1].hash).contains(.ordinal) && k - 1 > a ? k - 1 : k
        let p = toks[ranked - 1]
        let n = toks[k + 1]
        guard n.kind == .word, !n.isCap, !n.isA(.function), !held.evaluativeAdjectives.contains(n.hash) else {
            return nil
        }
        let last = endsInLy(k + 1) && k + 2 < e && toks[k + 2].kind == .word ? k + 2 : k + 1
        if p.hash == ClaimWords.the {
            // A count's superlative reaches further for its span: "the most visited show in the 60-year history of
            // the museum". The span is counted from the adjective, the superlative's last word, as a one-word
            // superlative's is from itself: "It was the most expensive signing in the club's history" ranks as "the
            // biggest signing in the club's history" does.
            let within = held.countedParticiples.contains(n.hash) ? 9 : 5
            guard hasRecordSpan(after: last, e, within: within) || hasPlaceScope(after: k, e, within: 7) else {
                return nil
            }
        } else {
            // A place or a body ranks ("the UK's most multi-racial"); a person's "most" describes ("Trump's most
            // provocative declarations").
            guard p.has(Token.possessive), isPlaceOrBody(ranked - 1) else { return nil }
        }
        return last
    }

    /// A standing in the polls, a ranking of candidates by the polls' figures: "continues to lead in polls",
    /// "trails in the latest national polls", "tops the polls" — the standing word (up to five words before).
    func pollStanding(_ k: Int, _ a: Int) -> Int? {
        var j = k - 1
        while j >= a && j >= k - 6 && toks[j].kind == .word {
            if held.pollStandings.contains(toks[j].hash) { return j }
            j -= 1
        }
        return nil
    }

    /// A candidate's standing among a group of voters with no figure: "Clinton leads Sanders among Latinos",
    /// "trailed Reed so badly among minority voters", "leads among college graduates" — a verb of leading or
    /// trailing, a name (not a place's or a body's: "Chelsea lead Arsenal") within five words after it, then
    /// "among" and its group within twelve words of the verb (with no rival, right after the verb), and no figure
    /// between (a margin is `pollMarginEnd`'s; a standing "in the polls" is `pollStanding`'s). The last token.
    func standingOverRival(_ k: Int, _ e: Int) -> Int? {
        var n = k + 1
        var named = false
        while n < e && n <= k + 12 && !toks[n].isTerminator && toks[n].punct != .semicolon {
            let h = toks[n].hash
            // "trails Reed by about 15 points": the margin is the cue (`pollMarginEnd`).
            if toks[n].kind == .number || h == ClaimWords.double || claimClasses(h).contains(.countWord) {
                return nil
            }
            if !named, n <= k + 5, mentionOf[n] >= 0 {
                let kind = entities[mentions[Int(mentionOf[n])].entity].kind
                guard kind != .place && kind != .organization else { return nil }
                named = true
            } else if h == ClaimWords.among && n + 1 < e && toks[n + 1].kind == .word {
                // "leads among college graduates", "leads narrowly among": with no rival named, right after the verb.
                return named || n == k + 1 || n == k + 2 && endsInLy(k + 1) ? n + 1 : nil
            }
            n += 1
        }
        return nil
    }

    /// A superlative at `k` that a vote or a ranking gave: "voted the best farewell episode", "was ranked as the
    /// worst", "rated the safest" — a ranking stated as a fact, sourced only by who ranked ("by readers of…").
    func isVotedRanking(_ k: Int, _ a: Int) -> Bool {
        guard k - 2 >= a, toks[k - 1].hash == ClaimWords.the else { return false }
        var j = k - 2
        if toks[j].hash == ClaimWords.as, j > a { j -= 1 }
        return toks[j].kind == .word && held.votedRankings.contains(toks[j].hash)
    }

    /// "since 1987", "ever", "in history", "on record" within a few words after `k` (`within`, five by default;
    /// "since" and a year within eight).
    func hasRecordSpan(after k: Int, _ e: Int, within: Int = 5) -> Bool {
        var n = k + 1
        // "since" and a year reach further: "the best audience for a new drama since 2002".
        while n < e && n <= k + max(within, 8) {
            let h = toks[n].hash
            if n > k + within {
                if h == ClaimWords.since { return yearAfter(since: n, e) != nil }
                if toks[n].kind == .punct && toks[n].punct != .hyphen { return false }
                n += 1
                continue
            }
            if h == ClaimWords.since || h == ClaimWords.ever { return true }
            // "in history", "in the country's history", "in the 120-year history of the gallery".
            if h == ClaimWords.history, (max(k + 1, n - 6)..<n).contains(where: { toks[$0].hash == ClaimWords.inn }) {
                return true
            }
            if h == ClaimWords.record, toks[n - 1].hash == ClaimWords.on { return true }
            // "the worst in 20 years", "the highest for a decade", "the biggest rise in a generation".
            if h == ClaimWords.inn || h == ClaimWords.forr, n + 2 < e {
                // Past a comparative: "in more than 50 years", "for at least a decade".
                var m = n + 1
                while m + 2 < e && m <= n + 3 && isLowerWord(m) && toks[m].hash != ClaimWords.a
                    && !claimClasses(toks[m].hash).contains(.countWord)
                {
                    m += 1
                }
                if m > n + 1 && comparativeStart(m, n + 1) != n + 1 { m = n + 1 }
                let q = toks[m]
                let u = toks[m + 1]
                let counted =
                    q.kind == .number || q.hash == ClaimWords.a
                    || claimClasses(q.hash).contains(.countWord)
                if counted && (u.isA(.timeUnit) || held.spans.contains(u.hash)) { return true }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen { return false }
            n += 1
        }
        return false
    }

    /// The span of years at `k` ("112-year", "nine-year") names a history after "in" and an owner or "the", within
    /// four words — "for the first time in their 112-year history", "in the company's nine-year history" — whose
    /// record is no judgement's ("the most talented player in the 60-year history of the club").
    func scopesAHistory(_ k: Int, _ a: Int) -> Bool {
        guard k - 2 >= a,
            toks[k - 1].isA(.possessivePronoun) || isPossessive(k - 1) || toks[k - 1].hash == ClaimWords.the,
            (max(a, k - 4)..<(k - 1)).contains(where: { toks[$0].hash == ClaimWords.inn })
        else { return false }
        return !(a..<k).contains(where: { claimClasses(toks[$0].hash).contains(.judgementSuperlative) })
    }

    /// "in their 112-year history", "in the history of the Syrian crisis" from `n` ("in"): a history that scopes
    /// "the first time" however many words name it.
    func isInHistory(_ n: Int, _ e: Int) -> Bool {
        guard n < e, toks[n].hash == ClaimWords.inn else { return false }
        var j = n + 1
        while j < e && j <= n + 5 && (toks[j].kind == .word || toks[j].kind == .number || toks[j].punct == .hyphen) {
            if toks[j].hash == ClaimWords.history { return true }
            j += 1
        }
        return false
    }

    /// "record losses", "a record", "a new record", "world record", "a club record", "record high" — not "record label",
    /// "his record", "track record", "on record", "on the record".
    func isRecordClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        // "broke the women's marathon world record", "set a new national record", "equalled her own record": a
        // record the verb sets, whoever's it was.
        if setsARecord(k, a) { return true }
        if k > a {
            let p = toks[k - 1]
            if p.has(Token.possessive) || held.hasOrOn.contains(p.hash) || p.isA(.possessivePronoun) {
                return false
            }
            // A person's record ("the Obama record") or an owner's record described ("Bloomberg's mayoral
            // record", "her legislative record"): "record" heads the noun phrase — a history, not a record set.
            if isPersonMention(k - 1) { return false }
            // "went on the record recently", "spoke off the record": speaking in public or not, no record set.
            if k - 2 >= a, p.hash == ClaimWords.the, held.recordIdiomHeads.contains(toks[k - 2].hash) {
                return false
            }
            var j = k - 1
            while j > a && j >= k - 2 && isLowerWord(j) && !toks[j].isA(.function) { j -= 1 }
            if j < k - 1, isPossessive(j) || toks[j].isA(.possessivePronoun) { return false }
        }
        let next = k + 1 < e ? toks[k + 1] : nil
        let previous = k > a ? toks[k - 1].hash : 0
        if let n = next, n.kind == .word, !n.isA(.function) {
            if held.recordHighs.contains(n.hash) { return true }
            if claimClasses(n.hash).contains(.notRecordNoun) { return false }
            // "the record Millennium Stadium crowd": a record before a name only after an article.
            if n.isCap { return previous == ClaimWords.the || previous == ClaimWords.a }
            if toks[k].hash == ClaimWords.record { return true }  // "record losses", "a record crowd"
        }
        if k > a {
            let p = toks[k - 1].hash
            // "a club record", "a national record": a record within a scope.
            return p == ClaimWords.a || p == ClaimWords.new || p == ClaimWords.allTime || p == ClaimWords.world
                || held.recordScopes.contains(p)
        }
        return false
    }

    /// A verb of setting or breaking a record (`ClaimWords.recordSettingVerbs`) stands before the noun phrase that
    /// "record" at `k` ends, within seven tokens of words, numbers and possessives: "broke the Irish indoor 400m
    /// record", "set a new world record" — not "has a good record", "his record".
    func setsARecord(_ k: Int, _ a: Int) -> Bool {
        guard toks[k].hash == ClaimWords.record else { return false }
        var j = k - 1
        while j >= a && j >= k - 8 {
            let t = toks[j]
            if t.kind == .word, held.recordSettingVerbs.contains(t.hash), !t.isCap { return j < k - 1 }
            guard t.kind == .word || t.kind == .number || t.punct == .hyphen, !inQuote(j) else { return false }
            if t.kind == .word, t.isA(.function), !t.isA(.determiner), !t.isA(.possessivePronoun),
                t.hash != ClaimWords.own
            {
                return false
            }
            j -= 1
        }
        return false
    }

    /// "to" at `j` starts an infinitive: a lower-case word after it that is no function word ("the first woman to
    /// win"), or "be" or "have" ("She was the first woman to be elected"); not a preposition's "to" ("the first
    /// boat from the navy to the island").
    func startsInfinitive(_ j: Int, _ e: Int) -> Bool {
        guard toks[j].hash == ClaimWords.to, j + 1 < e, toks[j + 1].kind == .word, !toks[j + 1].isCap else {
            return false
        }
        let h = toks[j + 1].hash
        return !toks[j + 1].isA(.function) || h == ClaimWords.be || h == Lexicon.hHave
    }

    /// The lowercase word at `j` is a verb of the ordinal's noun phrase, its end: a form of "be", a modal or a
    /// perfect's auxiliary ("The first trains are now unlikely to run", "The first patients will begin to…").
    func endsOrdinalPhrase(_ j: Int) -> Bool {
        let h = toks[j].hash
        return !toks[j].isCap && h != ClaimWords.to
            && (!claimClasses(h).isDisjoint(with: [.be, .modal]) || held.perfectAuxiliaries.contains(h))
    }

    /// "the first convictions for piracy", "one of the first to", "for the first time since", "the first ever",
    /// "its first title since 1966" (after "the" or an owner, with a scope: "since", "to do"; "for" only after
    /// "the"); not a denial ("not the first to").
    func isFirstClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 1 < e, k > a else { return false }
        let n = toks[k + 1]
        if n.hash == ClaimWords.ever { return true }
        if n.hash == Lexicon.hTimeWord {
            // "for the first time since 1966", "in history", "in more than 400 years", "in a decade".
            if k + 2 < e && (toks[k + 2].hash == ClaimWords.since || toks[k + 2].hash == ClaimWords.inn)
                && k + 3 < e && (toks[k + 3].kind == .number || toks[k + 3].hash == ClaimWords.history)
                || hasRecordSpan(after: k + 1, e, within: 2) || isInHistory(k + 2, e)
            {
                return true
            }
            // "reached the third round of the Australian Open for the first time": a career's first, after a verb of
            // selection or winning.
            if k - 2 >= a, toks[k - 1].hash == ClaimWords.the, toks[k - 2].hash == Lexicon.hFor,
                (max(a, k - 12)..<(k - 2)).contains(where: { held.careerVerbs.contains(toks[$0].hash) })
            {
                return true
            }
            // "It is the first time the Conservatives have lost the seat since it was created in 1950": a clause
            // between, then "since" a date or an event (not an owner's own: "since leaving office"). After "It is
            // the", a cleft, the clause runs on to the sentence's end, past a hyphenated word ("at a by-election").
            guard toks[k - 1].hash == ClaimWords.the else { return false }
            let cleft =
                k - 3 >= a && claimClasses(toks[k - 2].hash).contains(.be)
                && (toks[k - 3].hash == Lexicon.hIt || toks[k - 3].hash == Lexicon.hThis)
            var j = k + 2
            // "It was the first time she had broken two minutes indoors": in a cleft, a first in the perfect ranks
            // too (GUIDE.md's ordinal records), over the subject's whole past — unless "since" its own event bounds
            // it ("since leaving office", below).
            var perfect = false
            while j + 1 < e && (j <= k + 14 || cleft)
                && (toks[j].kind == .word || cleft && toks[j].punct == .hyphen && attached(j))
            {
                if cleft, j > k + 2, held.perfectAuxiliaries.contains(toks[j].hash), isLowerWord(j + 1) {
                    perfect = true
                }
                // (In a cleft, since a named event too: "since Brent East in 2003".)
                if toks[j].hash == ClaimWords.since {
                    return toks[j + 1].kind == .number || toks[j + 1].isA(.determiner)
                        || toks[j + 1].isA(.otherPronoun) || toks[j + 1].isA(.personPronoun)
                        || cleft && toks[j + 1].isCap
                }
                j += 1
            }
            return perfect
        }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) || p.isA(.possessivePronoun) else { return false }
        if n.kind == .word, claimClasses(n.hash).contains(.notFirstNoun) { return false }
        // "Two new jails will be built. The first is due to open in the spring": an ordinal with no noun, the
        // subject of its own verb, counts off things named before; it ranks nothing ("the first to" still ranks).
        if n.kind == .word, n.hash != ClaimWords.to, !claimClasses(n.hash).isDisjoint(with: [.be, .modal]) {
            return false
        }
        // "is not the first candidate to…": a denial ranks nothing (as "not the only").
        if p.hash == ClaimWords.the, k - 2 >= a, held.negations.contains(toks[k - 2].hash) { return false }
        var j = k + 1
        // Five words after "first": a hyphenated compound is one ("the first 30-minute comedy series to…").
        var limit = k + 6
        while j < min(e, limit) {
            let h = toks[j].hash
            // "The first trains are now unlikely to run before 2033": a verb before "to" ends the ordinal's noun
            // phrase, the subject of that verb (as "The first is due to open"); its "to" is the predicate's.
            if toks[j].kind == .word, endsOrdinalPhrase(j) { return false }
            // An owner's first since its own event ("her first speech since accepting the nomination") tells the
            // owner's story; since a date or another's event it ranks ("its first title since 1966").
            if h == ClaimWords.since, p.hash != ClaimWords.the, j + 1 < e, isLowerWord(j + 1), endsInIng(j + 1) {
                return false
            }
            if h == ClaimWords.since || startsInfinitive(j, e) { return true }
            // "the first annual loss in the company's nine-year history": a first in a history ranks it.
            if h == ClaimWords.inn, isInHistory(j, e) { return true }
            // "her first West End appearance in four years": an owner's first over a span ranks it.
            if p.hash != ClaimWords.the, h == ClaimWords.inn || h == Lexicon.hFor,
                hasRecordSpan(after: j - 1, e, within: 1)
            {
                return true
            }
            // "the first ranking title of his career": a first within a career ranks it.
            if h == ClaimWords.of, j + 2 < e, toks[j + 1].isA(.possessivePronoun),
                held.careerSpans.contains(toks[j + 2].hash)
            {
                return true
            }
            // "the first convictions for piracy" ranks; an owner's "first campaign for the White House" says which.
            if h == Lexicon.hFor && j > k + 1 && !toks[j - 1].isCap && p.hash == ClaimWords.the { return true }
            // Words, numbers and hyphens between: "the first 30-minute comedy series … since"; a plural owner's
            // apostrophe too ("the first national teachers' strike").
            if toks[j].kind == .punct && toks[j].punct != .hyphen && !isPossessive(j) { return false }
            if toks[j].punct == .hyphen || isPossessive(j) { limit += toks[j].punct == .hyphen ? 2 : 1 }
            j += 1
        }
        // "It is the first national teachers' strike in Scotland since the 1980s": "since" and a date reach further,
        // up to nine words after "first" (and "to" after "the first").
        while j < min(e, k + 10) && (toks[j].kind == .word || isPossessive(j)) {
            let h = toks[j].hash
            // "the first law enforcement officer in Franklin County to be convicted": "to" and a verb too, past a
            // longer noun phrase — up to a verb of its own, the phrase's end (above).
            if endsOrdinalPhrase(j) { return false }
            if p.hash == ClaimWords.the, startsInfinitive(j, e) { return true }
            if h == ClaimWords.since {
                return j + 1 < e && toks[j + 1].kind == .number
                    || j + 2 < e && toks[j + 1].hash == ClaimWords.the && toks[j + 2].kind == .number
            }
            j += 1
        }
        return false
    }
}
