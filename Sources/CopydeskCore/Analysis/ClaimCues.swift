/// Finding the claim of a sentence: the cue of each kind (quantity, comparison or record, prediction, cause) and
/// the not-claims around them. What a claim is and what sources it: the doc comment of `ClaimFinder.swift`;
/// the words matched: `ClaimWords.swift`.
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
    @inline(__always) private func isDirectQuote(_ q: Int) -> Bool {
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
            // "may be America's most successful", "probably the world's most enthusiastic": a judgement; "If it
            // cost $5m, …": a supposition.
            if c.reason == .superlative && isHedged(c.first, a, overPhrase: true) || c.last < supposition {
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
        if c.reason == .quantity, c.quote == nil, describesMethodology(s, figure: c) { return nil }
        return c
    }

    /// A work's plot verb stands before `k` in its clause, with the work just before it: "the film follows",
    /// "the new series, which centres on" (up to eight words back, no stop or semicolon between).
    private func tellsAPlot(before k: Int, _ a: Int) -> Bool {
        var j = k - 1
        while j > a && j >= k - 8 {
            let t = toks[j]
            if t.isTerminator || t.punct == .semicolon { return false }
            if t.kind == .word, ClaimWords.plotVerbs.contains(t.hash) {
                var w = j - 1
                if w > a, toks[w].hash == Lexicon.hWhich || toks[w].hash == Lexicon.hThat { w -= 1 }
                if w > a, toks[w].punct == .comma { w -= 1 }
                return w >= a && toks[w].kind == .word && ClaimWords.storyWorks.contains(toks[w].hash)
            }
            j -= 1
        }
        return false
    }

    /// The comma that ends a sentence-opening condition ("If it cost $5m, it would fail"), the sentence's end after
    /// an opening imperative of supposition ("Imagine paying $50,000 a year…", `ClaimWords.hypotheticalImperatives`),
    /// or the sentence start when there is neither: a figure before it is a supposition, not a claim.
    private func conditionalClauseEnd(_ a: Int, _ e: Int) -> Int {
        var i = a
        while i < e && toks[i].kind == .punct { i += 1 }
        guard i < e, conditionals.contains(toks[i].hash) else { return a }
        if ClaimWords.hypotheticalImperatives.contains(toks[i].hash) { return e }
        var j = i + 1
        while j < e {
            if toks[j].punct == .comma { return j }
            if toks[j].isTerminator || toks[j].punct == .semicolon { return a }
            j += 1
        }
        return a
    }

    /// A prediction word outside quotes ("will", "forecast", "is projected to", "set to") in the clause of the
    /// figure `c`: no clause opener (`ClaimWords.predictionBreakers`) and no semicolon, colon or dash between them
    /// ("The firm, which will close in May, employs 300 people" states a count, no forecast).
    private func isPrediction(_ s: Int, figure c: ClaimCue) -> Bool {
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && !toks[k].isCap && !inQuote(k) {
            if claimClasses(toks[k].hash).contains(.prediction) {
                // "set" and "likely" only before "to": "is set to grow", not "likely voters".
                if toks[k].hash == ClaimWords.set || toks[k].hash == ClaimWords.likely,
                    !(k + 1 < sents[s].tokEnd && toks[k + 1].hash == ClaimWords.to)
                {
                    continue
                }
                if !opensAnotherClause(between: k, c) { return true }
            }
        }
        return false
    }

    /// A clause opener or a semicolon, colon or dash stands between token `k` and the figure `c` (never when `k` is
    /// inside the figure: "50,000 expected visitors").
    private func opensAnotherClause(between k: Int, _ c: ClaimCue) -> Bool {
        guard k < c.first || k > c.last else { return false }
        let range = k < c.first ? (k + 1)..<c.first : (c.last + 1)..<k
        for j in range {
            let t = toks[j]
            if t.punct == .semicolon || t.punct == .colon || t.punct == .dash { return true }
            if t.kind == .word, ClaimWords.predictionBreakers.contains(t.hash) { return true }
        }
        return false
    }

    /// A poll's own methodology: a count beside "surveyed", "sample", "respondents" ("1,004 adults were
    /// surveyed"), a sample after a poll ("a poll of 1,000 voters", "the survey was conducted among 1,031
    /// adults"), or a figure after a margin of error ("plus or minus four percentage points"). A poll named
    /// elsewhere in the sentence leaves its other counts alone ("Obama won 332 electoral votes in 2012, the
    /// poll was conducted by phone").
    private func describesMethodology(_ s: Int, figure: ClaimCue) -> Bool {
        let a = sents[s].tokStart
        for k in a..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            if figure.figure == .count && claimClasses(toks[k].hash).contains(.methodology) {
                if !ClaimWords.pollNouns.contains(toks[k].hash) { return true }
                if k < figure.first, isSample(figure.first, after: k, a) { return true }
            }
            // The margin's own figure follows it ("a margin of error of plus or minus 3.5 points"); a result
            // before it ("44% to 43%, within the poll's margin of error") is a claim.
            if toks[k].hash == ClaimWords.margin, k + 3 < sents[s].tokEnd, toks[k + 1].hash == ClaimWords.of,
                toks[k + 2].hash == ClaimWords.error || toks[k + 3].hash == ClaimWords.error, k < figure.first
            {
                return true
            }
        }
        return false
    }

    /// The count at `first` is the sample of the poll named at `poll`: "of", "among", "with" or "from" right
    /// before it ("poll of 800 likely voters", "conducted … among 1,031 adults"), within one clause after the
    /// poll.
    private func isSample(_ first: Int, after poll: Int, _ a: Int) -> Bool {
        guard first > a, ClaimWords.sampleOpeners.contains(toks[first - 1].hash) else { return false }
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

    /// The claim cue starting at token `k` of the sentence `a..<e`, if any.
    private func cue(at k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
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

    /// The last token of the amount whose number is at `k`: "3.2m", "15 billion", "68m euros", "5bn".
    private func amountEnd(_ k: Int, _ e: Int) -> Int {
        var j = k
        if j + 1 < e, toks[j + 1].kind == .word {
            let n = toks[j + 1]
            let cls = claimClasses(n.hash)
            // "m" and "k" scale a number only when written against it ("£7m"); "million" may stand apart;
            // "$1.2bn-worth".
            let magnitude =
                cls.contains(.magnitude)
                || n.has(Token.hyphenated) && claimClasses(hyphenParts(j + 1).0).contains(.magnitude)
            if magnitude && !n.isCap && (attached(j + 1) || len(j + 1) > 2) { j += 1 }
        }
        if j + 1 < e, toks[j + 1].kind == .word, !toks[j + 1].isCap,
            claimClasses(toks[j + 1].hash).contains(.currency)
        {
            j += 1
        }
        return j
    }

    /// "more than", "fewer than", "at least", "as many as", "up to", "some", "about", "nearly" right before `k`.
    private func comparativeStart(_ k: Int, _ a: Int) -> Int? {
        guard k - 1 >= a else { return nil }
        let p1 = toks[k - 1].hash
        if p1 == ClaimWords.some || p1 == ClaimWords.about || p1 == ClaimWords.nearly || p1 == ClaimWords.almost
            || p1 == ClaimWords.around || p1 == ClaimWords.roughly || p1 == ClaimWords.approximately
        {
            return k - 1
        }
        guard k - 2 >= a else { return nil }
        let p2 = toks[k - 2].hash
        if p1 == ClaimWords.than, ClaimWords.comparativeHeads.contains(p2) { return k - 2 }
        if p1 == ClaimWords.least, p2 == ClaimWords.at { return k - 2 }
        if p1 == ClaimWords.to, p2 == ClaimWords.up { return k - 2 }
        if p1 == ClaimWords.as, p2 == ClaimWords.many || p2 == ClaimWords.much, k - 3 >= a,
            toks[k - 3].hash == ClaimWords.as
        {
            return k - 3
        }
        return nil
    }

    private func numberCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let from = comparativeStart(k, a) ?? k
        if k + 1 < e {
            let n = toks[k + 1]
            // "5%", "5 percent", "43 per cent".
            if n.punct == .percent
                || (n.kind == .word && n.isA(.percent)
                    && (n.hash != ClaimWords.per || (k + 2 < e && toks[k + 2].hash == ClaimWords.cent)))
            {
                let last = n.hash == ClaimWords.per ? k + 2 : k + 1
                // "in favour of the 1 percent.": a percentage after "the" that ends its phrase names a group.
                if from == k, k > a, toks[k - 1].hash == ClaimWords.the, last + 1 >= e || isPhraseEnd(last + 1) {
                    return nil
                }
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .percent)
            }
            if n.kind == .word && !n.isCap {
                let cls = claimClasses(n.hash)
                if cls.contains(.magnitude) && (attached(k + 1) || len(k + 1) > 2) {
                    let end = amountEnd(k, e)
                    let money = end > k + 1 || (k > a && toks[k - 1].punct == .currency)
                    // "5.05m" and "60m" are metres: a one-letter magnitude needs a currency or a counted noun.
                    if len(k + 1) == 1 && !money {
                        guard let noun = countedNoun(after: k + 1, a, e, small: false, approximate: true) else {
                            return nil
                        }
                        return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
                    }
                    return ClaimCue(reason: .quantity, first: from, last: end, figure: money ? .money : .count)
                }
                if cls.contains(.currency) {
                    return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .money)
                }
            }
            // A measure written against its number: "50GB", "100km", "5kg" — not the name of an event ("the
            // women's 8km race", "the men's 12km").
            if n.kind == .word, attached(k + 1), claimClasses(n.hash).contains(.attachedUnit) {
                if namesAnEvent(k, k + 1, a, e) { return nil }
                return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .other)
            }
            // A career ordinal after a possessive: "his 12th Academy Award nomination", "Hewitt's 24th title".
            if n.kind == .word, attached(k + 1), claimClasses(n.hash).contains(.ordinalSuffix) {
                if let c = possessiveOrdinal(k, k + 1, a, e) { return c }
                // "the 12th consecutive month of job growth", "the 20th straight win".
                if isOrdinalWithSpan(k, last: k + 1, a, e) {
                    return ClaimCue(reason: .superlative, first: k, last: k + 1, figure: .other)
                }
            }
        }
        if let last = oddsEnd(k, a, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .other) }
        if let last = voteTallyEnd(k, a, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .count) }
        // A figure in thousands joined to its noun: "the 4,000-member union", "a 50,000-seat stadium" — not an age
        // or a span ("a 1,000-year-old"), nor a sport distance ("the 10,000-metre final").
        if hasThousandsSeparator(k), k + 2 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            toks[k + 2].kind == .word, !toks[k + 2].isA(.timeUnit),
            !claimClasses(toks[k + 2].hash).contains(.notCountNoun)
        {
            return ClaimCue(reason: .quantity, first: from, last: k + 2, figure: .count)
        }
        // "an 80-seat majority", "a 300-vote margin": an electoral majority is a claim (GUIDE.md).
        if k + 3 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            ClaimWords.electoralUnits.contains(toks[k + 2].hash), ClaimWords.majorityWords.contains(toks[k + 3].hash)
        {
            return ClaimCue(reason: .quantity, first: from, last: k + 3, figure: .count)
        }
        // Points of a poll are percentage points: a share, carried over a poll's run of results.
        if let last = pollMarginEnd(k, a, e) {
            return ClaimCue(reason: .quantity, first: from, last: last, figure: .percent)
        }
        guard isPlainNumber(k, a, e), !isUnitNumber(k) else { return nil }
        // "nine out of 10", "one in four" (the first number of the pair).
        if let last = ratioEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .count) }
        // "six times more", "three times as many".
        if let last = timesEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .other) }
        if k > a, toks[k - 1].kind == .word, claimClasses(toks[k - 1].hash).contains(.rankWord) { return nil }
        if let last = partitiveEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .count) }
        if let noun = groupShareEnd(k, a, e) {
            return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
        }
        if let noun = countedNoun(after: k, a, e, small: len(k) == 1, approximate: from < k) {
            return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
        }
        if let noun = careerTallyEnd(k, a, e) {
            return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
        }
        if let last = casualtyEnd(after: k, a, e) {
            return ClaimCue(reason: .quantity, first: from, last: last, figure: .count)
        }
        if isKillingObject(from, a) { return ClaimCue(reason: .quantity, first: from - 1, last: k, figure: .count) }
        if let c = durationTally(k, from, a, e) { return c }
        // A market move: "the index fell 20 points" (points of a score are a result, not a claim).
        if k > a, k + 1 < e, toks[k + 1].hash == ClaimWords.points, ClaimWords.marketMoves.contains(toks[k - 1].hash) {
            return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .other)
        }
        // A figure in thousands stands for a quantity even alone: "rose to 5,000", "a majority of 1,234".
        if hasThousandsSeparator(k), !(k + 1 < e && toks[k + 1].isA(.timeUnit)) {
            return ClaimCue(reason: .quantity, first: from, last: k, figure: .count)
        }
        return nil
    }

    /// A lead in the polls by a figure, a vote share's margin (GUIDE.md: an electoral majority or vote share is a
    /// claim): "a 10-point lead in Ohio", "leads Trump by 7 points among young voters", "trails by 4 points in the
    /// polls", "in the state", "in the race" — points with a lead word and a scope of voters, polls or a place, or
    /// with "by", "within", "ahead", "behind" (`isVoteMargin`), or a lead or a result in points ("a 22-point
    /// defeat"), in a sentence about an election; a lead with no such scope or word may be a score ("Leicester lead
    /// by seven points", "won by 20 points"). The margin may be in words: "a five-point lead", "leads by five
    /// points", "by double digits", "a double-digit lead", "by one point". The last token of the margin.
    private func pollMarginEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var last: Int
        if toks[k].kind == .word && toks[k].has(Token.hyphenated) {
            // "a five-point lead", "a double-digit edge", "a one-point difference".
            guard k + 1 < e, isMarginNoun(k + 1) else { return nil }
            let (head, tail) = hyphenParts(k)
            guard
                tail == ClaimWords.point && (claimClasses(head).contains(.countWord) || head == ClaimWords.one)
                    || tail == ClaimWords.digit && head == ClaimWords.double
            else { return nil }
            last = k + 1
        } else if toks[k].kind == .word && toks[k].hash == ClaimWords.double {
            // "leads by double digits among women".
            guard k + 1 < e, toks[k + 1].hash == ClaimWords.digits, isLed(k, a) else { return nil }
            last = k + 1
        } else if k + 2 < e, !attached(k + 1), toks[k + 1].hash == ClaimWords.point, isMarginNoun(k + 2) {
            last = k + 2  // "a 32 point lead"
        } else if k + 3 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            toks[k + 2].hash == ClaimWords.point, isMarginNoun(k + 3)
        {
            last = k + 3  // "a 10-point lead", "a 22-point defeat"
        } else if k + 1 < e, !attached(k + 1),
            toks[k + 1].hash == ClaimWords.points
                || toks[k].hash == ClaimWords.one && toks[k + 1].hash == ClaimWords.point
        {
            // "won by 20 points among women", "finished 0.3 points behind Clinton at the Iowa caucuses": a margin
            // in an election or a poll needs no lead word; a sport's ("won by 20 points") has no electoral word.
            if isVoteMargin(k, a, e) { return k + 1 }
            guard isLed(k, a) else { return nil }
            last = k + 1  // "leads Trump by 7 points", "leads by five points"
        } else {
            return nil
        }
        // A margin in a sentence about an election or a poll: "Clinton's 3-point polling lead", "an 8-point lead
        // over Reed in the poll" (a score's margin has no such word: "a 20-point win over the Lakers", "a 10-point
        // lead over Chelsea" — nor does a name tell a candidate from a player).
        if isElectoral(a, e) { return last }
        var n = last + 1
        while n < e && n <= last + 6 && !toks[n].isTerminator && toks[n].punct != .semicolon {
            let h = toks[n].hash
            if h == ClaimWords.among || ClaimWords.pollScopes.contains(h) { return last }
            if h == ClaimWords.inn, n + 1 < e {
                let w = toks[n + 1].hash == ClaimWords.the && n + 2 < e ? n + 2 : n + 1
                if toks[w].hash == ClaimWords.polls || toks[w].hash == ClaimWords.poll { return last }
                // "leads Sanders by 13 points in the state", "in the race".
                if ClaimWords.raceScopes.contains(toks[w].hash) { return last }
                if mentionOf[w] >= 0, entities[mentions[Int(mentionOf[w])].entity].kind == .place { return last }
            }
            n += 1
        }
        return nil
    }

    /// The noun after a margin in points at `j`: a lead ("lead", "edge", "gap") or a result ("win", "defeat",
    /// "difference").
    private func isMarginNoun(_ j: Int) -> Bool {
        ClaimWords.leadWords.contains(toks[j].hash) || ClaimWords.marginResults.contains(toks[j].hash)
    }

    /// A word of voting outside quotes in the sentence `a..<e` ("primary", "voters", "caucuses", "polls").
    private func isElectoral(_ a: Int, _ e: Int) -> Bool {
        for j in a..<e where toks[j].kind == .word && !inQuote(j) {
            if ClaimWords.electoralWords.contains(toks[j].hash) { return true }
        }
        return false
    }

    /// The points at `k + 1` are a margin ("by", "within" before the number, past "more than", "almost", "just";
    /// "ahead", "behind", "over" after "points") in a sentence about an election or a poll: a word of voting
    /// outside quotes ("primary", "voters", "caucuses", "polls").
    private func isVoteMargin(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let from = comparativeStart(k, a) ?? k
        // "by 30 points", "by just four points": an adverb may stand between.
        var j = from - 1
        if j > a, isLowerWord(j), ClaimWords.marginAdverbs.contains(toks[j].hash) { j -= 1 }
        let before = j >= a && ClaimWords.marginOpeners.contains(toks[j].hash)
        let after = k + 2 < e && ClaimWords.marginSides.contains(toks[k + 2].hash)
        return (before || after) && isElectoral(a, e)
    }

    /// A lead word within the four words before the margin at `k`: "leads Trump by 7 points".
    private func isLed(_ k: Int, _ a: Int) -> Bool {
        var j = k - 1
        while j >= a && j >= k - 4 && toks[j].kind == .word {
            if ClaimWords.leadWords.contains(toks[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// The measure from `k` to `last` names a sporting event: after a possessive of a class of competitor
    /// ("the women's 8km", "junior men's 8km") or before an event noun ("12km race", "100m final").
    private func namesAnEvent(_ k: Int, _ last: Int, _ a: Int, _ e: Int) -> Bool {
        if k > a, toks[k - 1].kind == .word, !toks[k - 1].isCap, toks[k - 1].has(Token.possessive) { return true }
        return last + 1 < e && ClaimWords.eventNouns.contains(toks[last + 1].hash)
    }

    /// "5,000", "1,234,567": a comma between digit groups.
    private func hasThousandsSeparator(_ k: Int) -> Bool {
        let b = syntax.prose
        var i = Int(toks[k].start)
        while i < Int(toks[k].end) {
            if b[i] == 0x2C { return true }
            i += 1
        }
        return false
    }

    /// Odds: "5-1" or "7/2" after "at", "odds of", or before "favourite", "shot", "chance", or a final "on".
    private func oddsEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 2 < e, attached(k + 1), attached(k + 2), toks[k + 1].punct == .hyphen || toks[k + 1].punct == .slash,
            toks[k + 2].kind == .number
        else { return nil }
        let before = k > a ? toks[k - 1].hash : 0
        let after = k + 3 < e ? toks[k + 3].hash : 0
        if before == ClaimWords.at || before == ClaimWords.of && k - 2 >= a && toks[k - 2].hash == ClaimWords.odds {
            return k + 2
        }
        // "5-4 on" is odds only where "on" ends the phrase: "won 3-1 on Sunday" is a result and a date.
        if after == ClaimWords.on {
            return k + 4 >= e || toks[k + 4].kind == .punct ? k + 2 : nil
        }
        if ClaimWords.oddsNouns.contains(after) { return k + 2 }
        return nil
    }

    /// A vote's tally (GUIDE.md: an electoral majority is a claim): "was confirmed 92 to 0", "voted 5-4", "a 52-48
    /// vote" — a verb of voting within three words before, or a vote noun right after; a match's score has neither
    /// ("won 3-2"). The last token of the tally.
    private func voteTallyEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 2 < e else { return nil }
        let last: Int
        if toks[k + 1].hash == ClaimWords.to, !attached(k + 1),
            toks[k + 2].kind == .number || toks[k + 2].hash == ClaimWords.zero
        {
            last = k + 2
        } else if attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2), toks[k + 2].kind == .number {
            last = k + 2
        } else {
            return nil
        }
        if last + 1 < e, ClaimWords.voteNouns.contains(toks[last + 1].hash) { return last + 1 }
        var j = k - 1
        while j >= a && j >= k - 3 && toks[j].kind == .word {
            if ClaimWords.voteVerbs.contains(toks[j].hash) { return last }
            j -= 1
        }
        return standingTally(k, a) ? last : nil
    }

    /// The tally at `k` is a head-to-head standing of people: "Cruz trails Trump 458 to 359", "Rubio tops
    /// Clinton 41-40" — a verb of standing, then a name (up to three words; not a place's or a body's: "Wales lead
    /// England 13-6") right before the tally, its first figure 10 or more (a set or a goal score is less).
    private func standingTally(_ k: Int, _ a: Int) -> Bool {
        guard integerValue(k) >= 10 else { return false }
        var j = k - 1
        var person = false
        while j >= a && j >= k - 4 && toks[j].kind == .word {
            if ClaimWords.tallyStandings.contains(toks[j].hash) { return person }
            guard mentionOf[j] >= 0 else { return false }
            let kind = entities[mentions[Int(mentionOf[j])].entity].kind
            guard kind != .place && kind != .organization else { return false }
            person = true
            j -= 1
        }
        return false
    }

    /// The digits of the number at `k` as an integer (separators skipped, a decimal part dropped; 0 if none).
    private func integerValue(_ k: Int) -> Int {
        var v = 0
        for i in Int(toks[k].start)..<Int(toks[k].end) {
            let c = syntax.prose[i]
            if c == 0x2E { break }
            if c >= 0x30 && c <= 0x39 { v = v &* 10 &+ Int(c - 0x30) }
        }
        return v
    }

    /// A lone "1" or "0" counts nothing on its own ("No 1", "1 of 3" are handled as ratios).
    private func isUnitNumber(_ k: Int) -> Bool {
        len(k) == 1 && (syntax.prose[Int(toks[k].start)] == 0x31 || syntax.prose[Int(toks[k].start)] == 0x30)
    }

    /// The noun a number counts, when it counts things in the world: "100 secondary pupils", "1,100 flights",
    /// "hundreds of complaints" — a plural, not a time, a result, an award, or a capitalised title ("13 Going on
    /// 30"). A `small` count (under ten) counts only when `approximate` ("about five") or a rate ("four flights
    /// per week", "three weekly journeys"): "two airlines", "three children" tell the story.
    private func countedNoun(after k: Int, _ a: Int, _ e: Int, small: Bool, approximate: Bool) -> Int? {
        var j = k + 1
        // "hundreds of complaints", "thousands of sites".
        // "millions in damages" is money only before a currency: "seeking millions in dollars".
        if toks[k].kind == .word, claimClasses(toks[k].hash).contains(.vagueCount), j + 1 < e,
            toks[j].hash == ClaimWords.inn, claimClasses(toks[j + 1].hash).contains(.currency)
        {
            return j + 1
        }
        if toks[k].kind == .word, claimClasses(toks[k].hash).contains(.vagueCount), j + 1 < e,
            toks[j].hash == ClaimWords.of
        {
            j += 1
            if j < e, toks[j].hash == ClaimWords.the || toks[j].isA(.possessivePronoun) { j += 1 }
            guard j < e && toks[j].kind == .word && (!toks[j].isCap || isDemonymPlural(j)) else { return nil }
            // The message quotes the noun counted: "thousands of fake dossiers", not "thousands of fake".
            var n = j
            while n + 1 < e && n < j + 2 && !isPlural(n) && !claimClasses(toks[n].hash).contains(.irregularPlural)
                && toks[n + 1].kind == .word && !toks[n + 1].isCap && !toks[n + 1].isA(.function)
            {
                n += 1
            }
            return isPlural(n) || claimClasses(toks[n].hash).contains(.irregularPlural) ? n : j
        }
        guard j < e, toks[j].kind == .word,
            !toks[j].isCap || isPluralAcronym(j) || isNameModifier(j) || isDemonymPlural(j),
            toks[j].has(Token.spaceBefore)
        else { return nil }
        // Up to two modifiers before the noun: "100 secondary pupils", "three weekly journeys", "42 ethnic
        // minority MPs", a place or a body named ("12 Texas counties", "1,042 Ohio registered voters"); "three
        // other men", "he and three others" count people too.
        var rate = false
        while j < e && j <= k + 3 {
            let w = toks[j]
            if w.isCap && isNameModifier(j) && !isDemonymPlural(j) {
                j += 1
                continue
            }
            guard w.kind == .word, !w.isCap || isPluralAcronym(j) || isDemonymPlural(j) else { return nil }
            if w.hash == ClaimWords.other {
                j += 1
                continue
            }
            let cls = claimClasses(w.hash)
            // "people", "others", "aides", "voters" are function words to the lexicon (they open no name) but count
            // here.
            let counted =
                w.hash == ClaimWords.others || cls.contains(.irregularPlural) || isPluralAcronym(j)
                || Lexicon.groupNouns.contains(w.hash) || w.isCap && isDemonymPlural(j)
            if !counted && (w.isA(.month) || w.isA(.timeUnit) || w.isA(.clock) || w.isA(.function) || w.isA(.percent)) {
                return nil
            }
            // A number word is no thing counted: "Five mailed thousands of dossiers" counts the thousands.
            if cls.contains(.notCountNoun) && !counted || cls.contains(.countWord) { return nil }
            if cls.contains(.rate) { rate = true }
            if counted || isPlural(j) || cls.contains(.irregularPlural) {
                // A small exact count is a claim ("four people were ejected", "charged with two breaches"), not
                // when it refers back ("the two men", "those four sites") or announces a list that names what it
                // counts ("three divisions: gaming, …", "two airlines - US Airways and Comair").
                if small && !approximate && !rate && !hasRate(after: j, e)
                    && (refersBack(k, a) || introducesList(after: j, e) || holdsResults(after: j, e))
                {
                    return nil
                }
                // Any count refers back when the article gave its figure before: "the 335 versions of the
                // account…" then "The 335 accounts did not escape notice".
                if !small && !approximate && refersBack(k, a) && repeatsEarlierFigure(k) { return nil }
                return j
            }
            j += 1
        }
        return nil
    }

    /// Token `j` is part of a place's or a body's name that modifies a noun after it ("Texas" in "12 Texas
    /// counties"), or a nationality's or a party's adjective ("55 Democratic delegates", "12 Chinese firms":
    /// `EntityWords.attributiveAdjectives`, no names) — not an owner ("Ohio's") nor a title ("13 Going on 30").
    private func isNameModifier(_ j: Int) -> Bool {
        guard toks[j].kind == .word, !isPossessive(j), j + 1 < toks.count, toks[j + 1].kind == .word else {
            return false
        }
        guard mentionOf[j] >= 0 else {
            return toks[j].isCap && EntityWords.attributiveAdjectives.contains(toks[j].base)
        }
        let kind = entities[mentions[Int(mentionOf[j])].entity].kind
        return kind == .place || kind == .organization
    }

    /// The number at `k` was written the same way shortly before (within the 600 tokens before it, a few
    /// paragraphs; a bound that keeps the scan cheap) as a count: a word apart after it, no date's month before it
    /// ("335 versions", not "335th", "May 25", "@Tur335").
    private func repeatsEarlierFigure(_ k: Int) -> Bool {
        guard toks[k].kind == .number else { return false }
        let b = syntax.prose
        let s = Int(toks[k].start)
        let n = len(k)
        var i = k - 1
        while i >= 0 && i >= k - 600 {
            if toks[i].kind == .number, len(i) == n, !attached(i), !attached(i + 1), toks[i + 1].kind == .word,
                !toks[i + 1].isA(.month), !toks[i + 1].isA(.timeUnit), i == 0 || !toks[i - 1].isA(.month)
            {
                let t = Int(toks[i].start)
                var same = true
                for d in 0..<n where b[t + d] != b[s + d] {
                    same = false
                    break
                }
                if same { return true }
            }
            i -= 1
        }
        return false
    }

    /// A count with no noun that counts people by what befell them: "84 were killed", "roughly 200 wounded",
    /// "at least 12 died", "Three have been arrested" — not one that refers back ("the two were arrested").
    /// The last token of the casualty word.
    private func casualtyEnd(after k: Int, _ a: Int, _ e: Int) -> Int? {
        if refersBack(k, a) { return nil }
        var j = k + 1
        while j < e && j <= k + 3 && toks[j].kind == .word && ClaimWords.casualtyAuxiliaries.contains(toks[j].hash) {
            j += 1
        }
        guard j < e, toks[j].kind == .word, !toks[j].isCap, ClaimWords.casualtyWords.contains(toks[j].hash) else {
            return nil
        }
        return j
    }

    /// The count from `from` is the bare object of a verb of killing or wounding: "a shooting that killed 14",
    /// "the blast injured at least 30" (a noun after it is `countedNoun`'s: "killed 14 people").
    private func isKillingObject(_ from: Int, _ a: Int) -> Bool {
        from > a && toks[from - 1].kind == .word && claimClasses(toks[from - 1].hash).contains(.killingVerb)
    }

    /// The last of up to three lowercase words after `k` that are no function words: the rest of the noun phrase a
    /// claim's message quotes ("the only mobile phone operators", "the main export product", "ended five years of
    /// English dominance"); `k` if none follows.
    private func nounRunEnd(after k: Int, _ e: Int) -> Int {
        var last = k
        while last + 1 < e && last < k + 3 && toks[last + 1].kind == .word && !toks[last + 1].isCap
            && !toks[last + 1].isA(.function)
        {
            last += 1
        }
        return last
    }

    /// A span of years counted as a record or a career tally: a streak ended ("ended five years of English
    /// dominance", "snapped 12 years of waiting") or years in a role ("12 years as a congresswoman") — not a
    /// plain duration ("five years of talks", "for two years as planned").
    private func durationTally(_ k: Int, _ from: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard k + 3 < e, toks[k + 1].kind == .word, ClaimWords.tallySpans.contains(toks[k + 1].hash) else {
            return nil
        }
        let next = toks[k + 2].hash
        if next == ClaimWords.of, from > a, ClaimWords.streakEnders.contains(toks[from - 1].hash),
            toks[k + 3].kind == .word
        {
            return ClaimCue(reason: .superlative, first: from - 1, last: nounRunEnd(after: k + 3, e), figure: .other)
        }
        if next == ClaimWords.as, k + 4 < e, toks[k + 3].hash == ClaimWords.a || toks[k + 3].hash == ClaimWords.an,
            toks[k + 4].kind == .word, !toks[k + 4].isA(.function)
        {
            return ClaimCue(reason: .quantity, first: from, last: k + 4, figure: .count)
        }
        return nil
    }

    /// A career tally or a streak: the count at `k` of results with a tally's scope — "five Grammy awards in her
    /// career", "11 goals this season", "six straight games", "14 of its last 16 matches" (GUIDE.md labels career
    /// tallies claims); with no such scope a count of results is a result ("Owen has 11 goals for Real", "12 Oscar
    /// nominations"). The last token of the counted results.
    private func careerTallyEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var j = k + 1
        // "14 of its last 16 matches": a share of a run of results.
        if j + 4 < e, toks[j].hash == ClaimWords.of,
            toks[j + 1].hash == ClaimWords.the || toks[j + 1].isA(.possessivePronoun),
            ClaimWords.runWords.contains(toks[j + 2].hash),
            toks[j + 3].kind == .number || claimClasses(toks[j + 3].hash).contains(.countWord)
        {
            return ClaimWords.tallyNouns.contains(toks[j + 4].hash) ? j + 4 : nil
        }
        // Up to three modifiers before the results counted: "Grammy", "career", "straight"; a verb of winning in the
        // perfect scopes the count over a career ("has grabbed 11 goals"), a run word over a span ("in the last six
        // presidential elections", "the past three contests").
        var scoped =
            wonInThePerfect(before: k, a)
            || k > a && ClaimWords.runWords.contains(toks[k - 1].hash) && toks[k - 1].hash != ClaimWords.first
        while j < e && j <= k + 4 && toks[j].kind == .word {
            let h = toks[j].hash
            if ClaimWords.tallyNouns.contains(h) { return scoped || hasTallyScope(after: j, e) ? j : nil }
            // A title won, named: "three Super Bowls since 2001", "12 Grammys during her career".
            if toks[j].isCap, isPlural(j), j + 1 < e, toks[j + 1].kind == .word, !toks[j + 1].isCap {
                return hasTallyScope(after: j, e) ? j : nil
            }
            if ClaimWords.streakWords.contains(h) || h == ClaimWords.career {
                scoped = true
            } else if toks[j].isA(.function) || claimClasses(h).contains(.countWord) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The count at `k` is the object of a verb of winning in the perfect: "has grabbed 11 goals", "has now won four
    /// titles", "has racked up 20 wins" (up to two words between the auxiliary and the verb, one after it).
    private func wonInThePerfect(before k: Int, _ a: Int) -> Bool {
        var j = k - 1
        if j > a, toks[j].kind == .word, ClaimWords.perfectFillers.contains(toks[j].hash) { j -= 1 }  // "racked up"
        guard j > a, toks[j].kind == .word, ClaimWords.achievingVerbs.contains(toks[j].hash) else { return false }
        j -= 1
        while j >= a && j >= k - 5 && toks[j].kind == .word {
            if ClaimWords.perfectAuxiliaries.contains(toks[j].hash) { return true }
            guard ClaimWords.perfectFillers.contains(toks[j].hash) || endsInLy(j) else { return false }
            j -= 1
        }
        return false
    }

    /// A tally's scope within a few words after the results at `j`: "this season", "in her career", "during his
    /// tenure", "so far", "to date", "in a row", "since 2001".
    private func hasTallyScope(after j: Int, _ e: Int) -> Bool {
        var n = j + 1
        while n + 1 < e && n <= j + 4 && toks[n].kind == .word {
            let h = toks[n].hash
            let next = toks[n + 1].hash
            if h == ClaimWords.this && ClaimWords.tallyPeriods.contains(next) { return true }
            if h == ClaimWords.so && next == ClaimWords.far || h == ClaimWords.to && next == ClaimWords.date {
                return true
            }
            // "since 2001": a tally over years.
            if h == ClaimWords.since && toks[n + 1].kind == .number { return true }
            // "in a row", "in her career", "during his tenure".
            if h == ClaimWords.inn || h == ClaimWords.during, n + 2 < e,
                toks[n + 2].hash == ClaimWords.row || ClaimWords.careerSpans.contains(toks[n + 2].hash),
                toks[n + 1].hash == ClaimWords.a || toks[n + 1].isA(.possessivePronoun)
            {
                return true
            }
            n += 1
        }
        return false
    }

    /// The count at `k` refers back to things already named: after "the", "those", "these", a position ("the
    /// first two volunteers", "the other three") or a possessive ("the two men", "its three divisions").
    private func refersBack(_ k: Int, _ a: Int) -> Bool {
        guard k > a else { return false }
        let p = toks[k - 1]
        return ClaimWords.definiteHeads.contains(p.hash) || p.isA(.possessivePronoun) || isPossessive(k - 1)
    }

    /// The counted noun at `j` announces a list of what it counts: a colon, a dash or a bracket right after it
    /// and then a name ("three core divisions: gaming, …", "two airlines - US Airways and Comair"), names in
    /// apposition that end their phrase ("two unions, the Steelworkers and the Teamsters, backed her"), or, past the
    /// rest of its noun, "from", "by" or "at" and names joined by "and" ("three news articles from Reuters, CNN
    /// and Yahoo News"); or it ends its sentence and the next takes up the first of them ("a plan bound by two
    /// core requirements. One was…").
    private func introducesList(after j: Int, _ e: Int) -> Bool {
        if j + 2 == e, toks[j + 1].isTerminator, e + 1 < toks.count { return opensEnumeration(e) }
        guard j + 2 < e else { return false }
        let p = toks[j + 1]
        if p.punct == .colon { return true }
        if p.punct == .hyphen || p.punct == .dash || p.punct == .lparen {
            return toks[j + 2].kind == .word && toks[j + 2].isCap
        }
        // "two holdout unions, the Steelworkers and the Teamsters, backed her": the names in apposition.
        if p.punct == .comma, namesJoinedByAnd(from: j + 2, e, articles: true) { return true }
        var k = j + 1
        while k < e && k <= j + 2 && isLowerWord(k) && !toks[k].isA(.function) { k += 1 }
        guard k + 1 < e, ClaimWords.listOpeners.contains(toks[k].hash) else { return false }
        return namesJoinedByAnd(from: k + 1, e)
    }

    /// Token `k` opens a sentence that takes up the first of a count just given: "One was…", "First, …", "The
    /// first is…".
    private func opensEnumeration(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, t.isCap else { return false }
        if t.hash == ClaimWords.one || t.hash == ClaimWords.first { return true }
        return t.hash == ClaimWords.the && k + 1 < toks.count && toks[k + 1].hash == ClaimWords.first
    }

    /// The noun at `j` counts the holders of results: "one of four films to get four nominations", "the three
    /// teams to win titles" — results the reporter witnessed, as the results themselves are (an infinitive, then a
    /// result counted within three words).
    private func holdsResults(after j: Int, _ e: Int) -> Bool {
        guard j + 3 < e, toks[j + 1].hash == ClaimWords.to, isLowerWord(j + 2) else { return false }
        var n = j + 3
        while n < e && n <= j + 5 && toks[n].kind != .punct {
            if ClaimWords.tallyNouns.contains(toks[n].hash) { return true }
            n += 1
        }
        return false
    }

    /// From `i`: capitalised names separated by commas, the last after "and" ("Reuters, CNN and Yahoo News");
    /// with `articles`, each may open with "the" and hold "of" ("the United Steelworkers and the Brotherhood of
    /// Electrical Workers").
    private func namesJoinedByAnd(from i: Int, _ e: Int, articles: Bool = false) -> Bool {
        var k = i
        var names = 0
        // One name from `k`: its end, or nil when no name starts there.
        func name(_ k: Int) -> Int? {
            var k = k
            if articles, k < e, toks[k].hash == ClaimWords.the { k += 1 }
            guard k < e, toks[k].kind == .word, toks[k].isCap else { return nil }
            while k < e && toks[k].kind == .word
                && (toks[k].isCap
                    || articles && toks[k].hash == ClaimWords.of && k + 1 < e && toks[k + 1].kind == .word
                        && toks[k + 1].isCap)
            {
                k += 1
            }
            return k
        }
        while k < e && k <= i + 16 {
            guard let end = name(k) else { return false }
            k = end
            names += 1
            guard k < e else { return false }
            if toks[k].hash == Lexicon.hAnd {
                guard let last = name(k + 1) else { return false }
                k = last
                return k >= e || isPhraseEnd(k) || toks[k].hash == Lexicon.hIn
            }
            guard toks[k].punct == .comma else { return false }
            k += 1
        }
        return false
    }

    /// A plural of capitals: "MPs", "CDs", "DVDs" (two or more capitals, then a final "s").
    private func isPluralAcronym(_ j: Int) -> Bool {
        let b = syntax.prose
        let s = Int(toks[j].start)
        let end = Int(toks[j].end)
        guard end - s >= 3, b[end - 1] == 0x73 else { return false }
        for i in s..<(end - 1) where !(b[i] >= 0x41 && b[i] <= 0x5A) { return false }
        return true
    }

    /// "per week", "a year", "each month", "every day" right after the counted noun at `j`.
    private func hasRate(after j: Int, _ e: Int) -> Bool {
        guard j + 1 < e, toks[j + 1].kind == .word else { return false }
        let h = toks[j + 1].hash
        if h == ClaimWords.per { return true }
        if claimClasses(h).contains(.rate), j + 2 < e, toks[j + 2].isA(.timeUnit) { return true }
        return false
    }

    /// A count of a group already named: "Twelve of them", "three of those" — the last token.
    private func partitiveEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.of, ClaimWords.partitiveHeads.contains(toks[k + 2].hash) else {
            return nil
        }
        return k + 2
    }

    /// A count of a named group's members: "two of the states he won", "four of his children", "14 of the
    /// justices" — "of", then "the" or an owner, then the plural counted (`countedNoun`: not a time, "two of the
    /// days", nor a number, "nine of the 13 delegates", whose own figure is the cue). The last token.
    private func groupShareEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 3 < e, toks[k + 1].hash == ClaimWords.of else { return nil }
        // "one or two of the candidates": a guess, not a count.
        if k > a, toks[k - 1].hash == ClaimWords.or { return nil }
        let d = toks[k + 2]
        guard d.hash == ClaimWords.the || d.isA(.possessivePronoun),
            let noun = countedNoun(after: k + 2, a, e, small: false, approximate: true)
        else { return nil }
        // "Fifty of the nation’s top officials": an owner, not what is counted.
        return isPossessive(noun) ? nil : noun
    }

    /// "one in four", "nine out of 10", "two in three": the last token of the ratio.
    private func ratioEnd(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        guard j < e else { return nil }
        if toks[j].hash == ClaimWords.out, j + 1 < e, toks[j + 1].hash == ClaimWords.of {
            j += 2
        } else if toks[j].hash == ClaimWords.inn {
            j += 1
        } else {
            return nil
        }
        guard j < e else { return nil }
        if toks[j].kind == .number || (toks[j].kind == .word && claimClasses(toks[j].hash).contains(.countWord)) {
            return j
        }
        return nil
    }

    /// "six times more", "three times as many", "10 times the": the last token of the multiple.
    private func timesEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.times else { return nil }
        if claimClasses(toks[k + 2].hash).contains(.timesComparative) {
            // The message quotes "three times as many", not "three times as".
            if toks[k + 2].hash == ClaimWords.as, k + 3 < e,
                toks[k + 3].hash == ClaimWords.many || toks[k + 3].hash == ClaimWords.much
            {
                return k + 3
            }
            return k + 2
        }
        // A tally over a span: "four times in the last six years", "three times since 2001".
        if toks[k + 2].hash == ClaimWords.inn || toks[k + 2].hash == ClaimWords.since { return k + 1 }
        return nil
    }

    /// An ordinal from `k` to `last` ("third", "12 th") after "the" or a possessive and before a span within a
    /// few words, a streak word or what was done: "the third meeting since December", "for the second time in two
    /// years", "the 12th consecutive month of job growth", "the fifth straight loss", "the 12th state to hold a
    /// primary" — not "the second half".
    private func isOrdinalWithSpan(_ k: Int, last: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, last + 1 < e else { return false }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) || p.isA(.possessivePronoun) else { return false }
        let n = toks[last + 1]
        if n.kind == .word, n.hash != Lexicon.hTimeWord, claimClasses(n.hash).contains(.notFirstNoun) {
            return false
        }
        if n.kind == .word, ClaimWords.streakWords.contains(n.hash) { return true }
        // "the 12th state to hold a primary", "the third candidate to drop out": the ordinal ranks who did it.
        var j = last + 1
        while j + 1 < e && j <= last + 3 && isLowerWord(j) && !toks[j].isA(.function) { j += 1 }
        if j > last + 1, j + 1 < e, toks[j].hash == ClaimWords.to, isLowerWord(j + 1), !toks[j + 1].isA(.function) {
            return true
        }
        // The ordinal's noun may run on before its span: "the third meeting between the two firms since December".
        return hasRecordSpan(after: last, e, within: 8)
    }

    private func wordCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        let cls = claimClasses(t.hash)
        // Most words start no cue: one table lookup decides.
        if cls.isDisjoint(with: ClaimWordClass.anyCueStart) && !t.has(Token.hyphenated) { return nil }
        if t.isCap && !isInitial(k, sentenceStart: a) { return nil }
        // A poll margin in words: "leads by five points in Ohio", "a double-digit lead nationally".
        if cls.contains(.countWord) || t.hash == ClaimWords.double || t.hash == ClaimWords.one
            || t.has(Token.hyphenated),
            let last = pollMarginEnd(k, a, e)
        {
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .percent)
        }
        // Counts in words: "four children", "hundreds of complaints", "five million", "One in four", "Twenty-three
        // of the 53".
        if cls.contains(.countWord) || t.has(Token.hyphenated) && isHyphenatedCount(k) {
            if k + 1 < e, toks[k + 1].kind == .word, !toks[k + 1].isCap, toks[k + 1].isA(.magnitude) {
                return ClaimCue(reason: .quantity, first: k, last: amountEnd(k, e), figure: .count)
            }
            if let last = ratioEnd(k, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .count) }
            if let last = timesEnd(k, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .other) }
            if k + 1 < e, toks[k + 1].isA(.percent) || toks[k + 1].hash == ClaimWords.per {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .percent)
            }
            // "a dozen aides", "more than a hundred homes": the figure is quoted whole, with its "a".
            let from =
                k > a && toks[k - 1].hash == ClaimWords.a
                ? (comparativeStart(k - 1, a) ?? k - 1)
                : (comparativeStart(k, a) ?? k)
            if k > a, toks[k - 1].kind == .word, claimClasses(toks[k - 1].hash).contains(.rankWord) {
                return nil
            }
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
            return bareSum(k, a, e)
        }
        if t.hash == ClaimWords.one, let last = ratioEnd(k, e) {
            return ClaimCue(reason: .quantity, first: k, last: last, figure: .count)
        }
        // "less than one percentage point", "one percent".
        if t.hash == ClaimWords.one, k + 1 < e, toks[k + 1].isA(.percent), toks[k + 1].hash != ClaimWords.per {
            let last = k + 2 < e && toks[k + 2].hash == ClaimWords.point ? k + 2 : k + 1
            return ClaimCue(reason: .quantity, first: comparativeStart(k, a) ?? k, last: last, figure: .percent)
        }
        // "more than a million albums", "one billion dollars".
        if t.hash == ClaimWords.a || t.hash == ClaimWords.one, k + 1 < e, toks[k + 1].kind == .word,
            !toks[k + 1].isCap, claimClasses(toks[k + 1].hash).contains(.largeMagnitude)
        {
            return ClaimCue(
                reason: .quantity, first: comparativeStart(k, a) ?? k, last: amountEnd(k, e), figure: .count)
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
            if headCls.contains(.countWord), ClaimWords.electoralUnits.contains(tail), k + 1 < e,
                ClaimWords.majorityWords.contains(toks[k + 1].hash)
            {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .count)
            }
            // "a multi-million dollar windfall", "a multi-billion pound deal": a sum without its figure.
            if head == ClaimWords.multi && claimClasses(tail).contains(.largeMagnitude) {
                return ClaimCue(reason: .quantity, first: k, last: amountEnd(k, e), figure: .money)
            }
        }
        if cls.contains(.fraction), let c = fractionCue(k, a, e) { return c }
        if cls.contains(.multiplier) { return ClaimCue(reason: .quantity, first: k, last: k, figure: .other) }
        if cls.contains(.multiplierBase), k > a, claimClasses(toks[k - 1].hash).contains(.modal) {
            return ClaimCue(reason: .quantity, first: k, last: k, figure: .other)
        }
        if cls.contains(.recordWord) { return ClaimCue(reason: .superlative, first: k, last: k, figure: .other) }
        if cls.contains(.ordinal) || t.hash == ClaimWords.first, let c = possessiveOrdinal(k, k, a, e) { return c }
        // A ranking by a measure needs no scope after "the": "the best-selling debut", "the most-watched show".
        if cls.contains(.measureSuperlative), !judgesItsHead(k, e),
            isRankedSuperlative(k, a, e)
                || ClaimWords.measuredRankings.contains(t.hash) && k > a && toks[k - 1].hash == ClaimWords.the
        {
            // The message quotes the ranking with its scope: "world's second largest", "Germany's largest".
            var first = k > a && claimClasses(toks[k - 1].hash).contains(.ordinal) ? k - 1 : k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: k, figure: .other)
        }
        // "won the most seats", "the most delegates": a ranking of an election's count.
        if t.hash == ClaimWords.most, k > a, k + 1 < e, toks[k - 1].hash == ClaimWords.the,
            ClaimWords.electoralCounts.contains(toks[k + 1].hash)
        {
            return ClaimCue(reason: .superlative, first: k - 1, last: k + 1, figure: .other)
        }
        if t.hash == ClaimWords.most, let last = mostRankingEnd(k, a, e) {
            var first = k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: last, figure: .other)
        }
        if t.hash == ClaimWords.only, isOnlyClaim(k, a, e) {
            // The message quotes what is the only one: "the only firm", "the only mobile phone operators".
            return ClaimCue(reason: .superlative, first: k - 1, last: nounRunEnd(after: k, e), figure: .other)
        }
        // "the main export product in Nigeria": a rank word with a place scope ranks like a superlative (the message
        // quotes what it ranks).
        if ClaimWords.rankAdjectives.contains(t.hash), k > a, toks[k - 1].hash == ClaimWords.the,
            hasPlaceScope(after: k, e, within: 5)
        {
            return ClaimCue(reason: .superlative, first: k - 1, last: nounRunEnd(after: k, e), figure: .other)
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
            !(t.hash == ClaimWords.most && k + 1 < e && ClaimWords.evaluativeAdjectives.contains(toks[k + 1].hash))
        {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
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
        if t.hash == ClaimWords.since, let first = unbrokenSince(k, a, e) {
            return ClaimCue(reason: .superlative, first: first, last: k + 1, figure: .other)
        }
        if cls.contains(.causalStart), let last = causalEnd(k, a, e) {
            return ClaimCue(reason: .causal, first: k, last: last, figure: .other)
        }
        return nil
    }

    /// "made history" at `k - 1`, `k`: a record stated by its phrase ("Obama made history on Tuesday by nominating
    /// the first Muslim…") — not a forecast or a hope ("will be making history", "could make history").
    private func madeHistory(_ k: Int, _ a: Int) -> Bool {
        guard k > a, ClaimWords.madeForms.contains(toks[k - 1].hash), !inQuote(k) else { return false }
        for j in max(a, k - 4)..<(k - 1) where claimClasses(toks[j].hash).contains(.modal) { return false }
        return true
    }

    /// "the last Democrat to win Kentucky", "the last president to visit Cuba": "the last", a kind of who did it
    /// (a capitalised kind or `lastRankNouns`), "to" and a verb — a record as "the first … to" is (not "the last
    /// time", "the last day to register", nor a denial: "not the last"). The noun's index.
    private func lastClaimEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k > a, k + 3 < e, toks[k - 1].hash == ClaimWords.the else { return nil }
        if k - 2 >= a, ClaimWords.negations.contains(toks[k - 2].hash) { return nil }
        let n = toks[k + 1]
        guard n.kind == .word, !inQuote(k + 1), n.isCap || ClaimWords.lastRankNouns.contains(n.hash),
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
        guard k + 1 < e, ClaimWords.rankingThanHeads.contains(toks[k + 1].hash) else { return nil }
        var j = k - 1
        while j >= a && j >= k - 8 && toks[j].kind == .word {
            let h = toks[j].hash
            if ClaimWords.measureComparatives.contains(h) { return j }
            if ClaimWords.amountComparatives.contains(h) {
                return j + 1 < k && (j + 1..<k).contains(where: { isPlural($0) || toks[$0].hash == ClaimWords.money })
                    ? j : nil
            }
            j -= 1
        }
        return nil
    }

    /// Token `k` is a year: four digits from 1000 to 2999 ("1988").
    private func isYear(_ k: Int) -> Bool {
        guard toks[k].kind == .number, len(k) == 4 else { return false }
        let s = Int(toks[k].start)
        let c = syntax.prose[s]
        return (c == 0x31 || c == 0x32)
            && (s..<(s + 4)).allSatisfy { syntax.prose[$0] >= 0x30 && syntax.prose[$0] <= 0x39 }
    }

    /// A streak unbroken since a year: "No Republican has carried the state since 1988", "Democrats have not won
    /// Texas since 1976" — "since" at `k` and a year, a verb of winning or holding up to six words before it, and
    /// a negation up to three words before the verb. The negation's index.
    func unbrokenSince(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 1 < e, isYear(k + 1) else { return nil }
        var j = k - 1
        while j >= a && j >= k - 6 && toks[j].kind == .word {
            if ClaimWords.electoralWins.contains(toks[j].hash) {
                var n = j - 1
                while n >= a && n >= j - 3 && toks[n].kind == .word {
                    if ClaimWords.negations.contains(toks[n].hash) { return n }
                    n -= 1
                }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// A sum without its figure: a bare plural magnitude right after a word of money, "a tycoon worth millions",
    /// "has raised billions", "spent millions on ads" — not "millions of" (a count or a sum with its noun, found
    /// before) nor a magnitude in quotes' or names' capitals.
    private func bareSum(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let cls = claimClasses(toks[k].hash)
        guard cls.contains(.vagueCount), cls.contains(.magnitude), k > a, toks[k - 1].kind == .word,
            ClaimWords.sumVerbs.contains(toks[k - 1].hash)
        else { return nil }
        if k + 1 < e, toks[k + 1].hash == ClaimWords.of { return nil }
        return ClaimCue(reason: .quantity, first: k - 1, last: k, figure: .money)
    }

    /// A number written in words with a hyphen: "twenty-three", "forty-one" (tens, a hyphen, a unit).
    private func isHyphenatedCount(_ k: Int) -> Bool {
        let (head, tail) = hyphenParts(k)
        return ClaimWords.tens.contains(head)
            && (tail == ClaimWords.one || claimClasses(tail).contains(.smallCount))
    }

    /// Token `i` closes a phrase: a comma, a stop, a semicolon, a dash or a closing bracket or quote.
    private func isPhraseEnd(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .punct else { return false }
        return t.isTerminator || t.punct == .comma || t.punct == .semicolon || t.punct == .dash
            || t.punct == .rparen || t.punct == .dqClose
    }

    /// An ordinal from `k` to `last` after a possessive and before a noun — a tally or a first in a career
    /// ("his 12th Academy Award nomination", "Greene's second consecutive defeat", "her first ATP final") or a
    /// place's first ("the nation's first Jewish president") — not a time or a stage ("his first day", "their
    /// second half"), nor a first that only identifies which of its owner's things ("Clinton's first Senate
    /// campaign", "his second inaugural address"; a first with a scope, "its first title since 1966", is
    /// `isFirstClaim`'s).
    private func possessiveOrdinal(_ k: Int, _ last: Int, _ a: Int, _ e: Int) -> ClaimCue? {
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
        if last > k, n.isCap, !p.isA(.possessivePronoun), !isPersonOwner(k - 1 - (p.has(Token.possessive) ? 0 : 1)),
            !namesCareerFirst(after: last, e)
        {
            return nil
        }
        return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
    }

    /// Token `j` (a possessive or the word before a plural possessive's apostrophe) names a person the entity
    /// stage knows ("Trump's", "Mr. Ackman's", "Sanders'").
    private func isPersonOwner(_ j: Int) -> Bool {
        mentionOf[j] >= 0 && entities[mentions[Int(mentionOf[j])].entity].kind == .person
    }

    /// Token `j`, a possessive, is a place whose firsts are records: "the nation's", "Britain's", a place the
    /// entity stage knows — not a person or a body, whose firsts are its own ("Obama's first chief of staff").
    private func isPlaceOwner(_ j: Int) -> Bool {
        if claimClasses(toks[j].hash).contains(.scopeNoun) { return true }
        return mentionOf[j] >= 0 && entities[mentions[Int(mentionOf[j])].entity].kind == .place
    }

    /// The noun phrase after the ordinal at `k` (up to four words) names a career achievement or a streak: "her
    /// first ATP final", "his first Grand Slam title", "their first straight win".
    private func namesCareerFirst(after k: Int, _ e: Int) -> Bool {
        var j = k + 1
        while j < e && j <= k + 4 && toks[j].kind == .word && !toks[j].isA(.function) {
            if ClaimWords.careerFirsts.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The hashes of a hyphenated word's first and last parts ("fourth-largest" → "fourth", "largest").
    private func hyphenParts(_ k: Int) -> (UInt64, UInt64) {
        let b = syntax.prose
        var head = fnvSeed
        var tail = fnvSeed
        var i = Int(toks[k].start)
        let end = Int(toks[k].end)
        var inHead = true
        while i < end {
            var c = b[i]
            if c == 0x2D {
                inHead = false
                tail = fnvSeed
                i += 1
                continue
            }
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if inHead { head = fnvStep(head, c) }
            tail = fnvStep(tail, c)
            i += 1
        }
        return (head, tail)
    }

    /// "a third of", "nearly a fifth", "three-quarters", "half of", "two-thirds" — not "the first half", nor an
    /// ordinal after "a" ("a third attempt").
    private func fractionCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
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
            // "half of", "nearly half those surveyed", "half the staff".
            guard let n = next,
                n.hash == ClaimWords.of || n.hash == ClaimWords.the || n.hash == ClaimWords.those
                    || n.isA(.possessivePronoun)
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
            !n.isA(.function), !claimClasses(n.hash).contains(.countWord)
        {
            return nil
        }
        var first = k - 1
        if first > a, toks[first - 1].hash == ClaimWords.nearly || toks[first - 1].hash == ClaimWords.almost {
            first -= 1
        }
        return ClaimCue(reason: .quantity, first: first, last: k, figure: .count)
    }

    /// A superlative of size that ranks: after an ordinal ("second largest"), a possessive scope ("the
    /// world's biggest", "Germany's largest"), "one of the", or before a scope ("the largest in Europe",
    /// "the biggest ever", "the highest since 1987", "on record").
    private func isRankedSuperlative(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        var j = k - 1
        if j >= a, claimClasses(toks[j].hash).contains(.ordinal) { return true }
        if j >= a, toks[j].hash == ClaimWords.the, j - 2 >= a, toks[j - 1].hash == ClaimWords.of,
            toks[j - 2].hash == ClaimWords.one
        {
            return true
        }
        // "among the biggest laggards".
        if j - 1 >= a, toks[j].hash == ClaimWords.the, toks[j - 1].hash == ClaimWords.among { return true }
        while j >= a && j >= k - 2 {
            let p = toks[j]
            // A person's superlative describes, like "its largest store" ("Trump's biggest booster", "Sanders'
            // largest event"), unless a span ranks it ("her highest ratings ever"); a place after it only says
            // where ("Clinton's biggest boosters in Iowa").
            if p.has(Token.possessive) {
                if isPersonOwner(j) { return hasRecordSpan(after: k, e) }
                return p.isCap || claimClasses(p.hash).contains(.scopeNoun)
            }
            if isPossessive(j) {
                if isPersonOwner(j - 1) { return hasRecordSpan(after: k, e) }
                return toks[j - 1].isCap  // "Wales' largest club"
            }
            if p.kind != .word { break }
            j -= 1
        }
        return hasRecordSpan(after: k, e) || hasPlaceScope(after: k, e, within: 5)
    }

    /// The superlative at `k` sizes a noun whose size is a judgement (up to three words on: "the biggest challenge",
    /// "the biggest Oscar buzzes"): an evaluation, whatever its scope.
    private func judgesItsHead(_ k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + 3 && toks[n].kind == .word {
            if ClaimWords.judgementHeads.contains(toks[n].hash) { return true }
            n += 1
        }
        return false
    }

    /// A place that scopes a ranking within `within` words after `k`: "in Europe", "in the world", "on the
    /// planet", "in the UK" — words, numbers and hyphens between ("the only firm with a mobile network in the UK").
    private func hasPlaceScope(after k: Int, _ e: Int, within: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + within {
            if toks[n].hash == ClaimWords.inn || toks[n].hash == ClaimWords.on, n + 1 < e {
                let w = toks[n + 1].hash == ClaimWords.the && n + 2 < e ? n + 2 : n + 1
                // An owner is no place: "the only hitch in Reed's plans".
                let place = toks[w].isCap && !endsAPossessiveName(w, e)
                if place && toks[n].hash == ClaimWords.inn || ClaimWords.worldNouns.contains(toks[w].hash) {
                    return true
                }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen && !toks[n].isDoubleQuote { break }
            n += 1
        }
        return false
    }

    /// The capitalised words from `w` end in a possessive: "Tom Reed's", "Clinton's".
    private func endsAPossessiveName(_ w: Int, _ e: Int) -> Bool {
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
    private func isOnlyClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, toks[k - 1].hash == ClaimWords.the else { return false }
        // "isn't the only candidate ready to…": a denial ranks nothing.
        if k - 2 >= a, ClaimWords.negations.contains(toks[k - 2].hash) { return false }
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
                !toks[n + 1].isA(.determiner), !ClaimWords.notOnlyNouns.contains(toks[n - 1].hash),
                (k + 1..<n).allSatisfy({
                    toks[$0].kind == .word && (!toks[$0].isA(.function) || toks[$0].hash == ClaimWords.other)
                })
            {
                return true
            }
            n += 1
        }
        return false
    }

    /// "the most widely used technology on the planet", "the UK's most multi-racial seats": "most" before an
    /// adjective, ranked by a named possessive scope or a place or span after it; the last token of the
    /// adjective ("most widely used"). Not "the most of", "most people", nor a judgement, with no scope ("one of
    /// the most influential teachers") or with one ("the most powerful woman in the world").
    private func mostRankingEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k > a, k + 1 < e else { return nil }
        let p = toks[k - 1]
        let n = toks[k + 1]
        guard n.kind == .word, !n.isCap, !n.isA(.function), !ClaimWords.evaluativeAdjectives.contains(n.hash) else {
            return nil
        }
        if p.hash == ClaimWords.the {
            guard hasRecordSpan(after: k, e) || hasPlaceScope(after: k, e, within: 7) else { return nil }
        } else {
            // A place or a body ranks ("the UK's most multi-racial"); a person's "most" describes ("Trump's most
            // provocative declarations").
            guard p.has(Token.possessive), isPlaceOrBody(k - 1) else { return nil }
        }
        return endsInLy(k + 1) && k + 2 < e && toks[k + 2].kind == .word ? k + 2 : k + 1
    }

    /// A standing in the polls, a ranking of candidates by the polls' figures: "continues to lead in polls",
    /// "trails in the latest national polls", "tops the polls" — the standing word (up to five words before).
    private func pollStanding(_ k: Int, _ a: Int) -> Int? {
        var j = k - 1
        while j >= a && j >= k - 6 && toks[j].kind == .word {
            if ClaimWords.pollStandings.contains(toks[j].hash) { return j }
            j -= 1
        }
        return nil
    }

    /// A candidate's standing among a group of voters with no figure: "Clinton leads Sanders among Latinos",
    /// "trailed Reed so badly among minority voters", "leads among college graduates" — a verb of leading or
    /// trailing, a name (not a place's or a body's: "Chelsea lead Arsenal") within five words after it, then
    /// "among" and its group within twelve words of the verb (with no rival, right after the verb), and no figure
    /// between (a margin is `pollMarginEnd`'s; a standing "in the polls" is `pollStanding`'s). The last token.
    private func standingOverRival(_ k: Int, _ e: Int) -> Int? {
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
    private func isVotedRanking(_ k: Int, _ a: Int) -> Bool {
        guard k - 2 >= a, toks[k - 1].hash == ClaimWords.the else { return false }
        var j = k - 2
        if toks[j].hash == ClaimWords.as, j > a { j -= 1 }
        return toks[j].kind == .word && ClaimWords.votedRankings.contains(toks[j].hash)
    }

    /// "since 1987", "ever", "in history", "on record" within a few words after `k` (`within`, five by default).
    private func hasRecordSpan(after k: Int, _ e: Int, within: Int = 5) -> Bool {
        var n = k + 1
        while n < e && n <= k + within {
            let h = toks[n].hash
            if h == ClaimWords.since || h == ClaimWords.ever { return true }
            // "in history", "in the country's history".
            if h == ClaimWords.history, (max(k + 1, n - 3)..<n).contains(where: { toks[$0].hash == ClaimWords.inn }) {
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
                if counted && (u.isA(.timeUnit) || ClaimWords.spans.contains(u.hash)) { return true }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen { return false }
            n += 1
        }
        return false
    }

    /// "record losses", "a record", "a new record", "world record", "record high" — not "record label",
    /// "his record", "track record", "on record", "on the record".
    private func isRecordClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        if k > a {
            let p = toks[k - 1]
            if p.has(Token.possessive) || ClaimWords.hasOrOn.contains(p.hash) || p.isA(.possessivePronoun) {
                return false
            }
            // A person's record ("the Obama record") or an owner's record described ("Bloomberg's mayoral
            // record", "her legislative record"): "record" heads the noun phrase — a history, not a record set.
            if isPersonOwner(k - 1) { return false }
            // "went on the record recently", "spoke off the record": speaking in public or not, no record set.
            if k - 2 >= a, p.hash == ClaimWords.the, ClaimWords.recordIdiomHeads.contains(toks[k - 2].hash) {
                return false
            }
            var j = k - 1
            while j > a && j >= k - 2 && isLowerWord(j) && !toks[j].isA(.function) { j -= 1 }
            if j < k - 1, isPossessive(j) || toks[j].isA(.possessivePronoun) { return false }
        }
        let next = k + 1 < e ? toks[k + 1] : nil
        let previous = k > a ? toks[k - 1].hash : 0
        if let n = next, n.kind == .word, !n.isA(.function) {
            if ClaimWords.recordHighs.contains(n.hash) { return true }
            if claimClasses(n.hash).contains(.notRecordNoun) { return false }
            // "the record Millennium Stadium crowd": a record before a name only after an article.
            if n.isCap { return previous == ClaimWords.the || previous == ClaimWords.a }
            if toks[k].hash == ClaimWords.record { return true }  // "record losses", "a record crowd"
        }
        if k > a {
            let p = toks[k - 1].hash
            return p == ClaimWords.a || p == ClaimWords.new || p == ClaimWords.allTime || p == ClaimWords.world
        }
        return false
    }

    /// "the first convictions for piracy", "one of the first to", "for the first time since", "the first ever",
    /// "its first title since 1966" (after "the" or an owner, with a scope: "since", "to do"; "for" only after
    /// "the"); not a denial ("not the first to").
    private func isFirstClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 1 < e, k > a else { return false }
        let n = toks[k + 1]
        if n.hash == ClaimWords.ever { return true }
        if n.hash == Lexicon.hTimeWord {
            return k + 2 < e && (toks[k + 2].hash == ClaimWords.since || toks[k + 2].hash == ClaimWords.inn)
                && k + 3 < e && (toks[k + 3].kind == .number || toks[k + 3].hash == ClaimWords.history)
        }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) || p.isA(.possessivePronoun) else { return false }
        if n.kind == .word, claimClasses(n.hash).contains(.notFirstNoun) { return false }
        // "is not the first candidate to…": a denial ranks nothing (as "not the only").
        if p.hash == ClaimWords.the, k - 2 >= a, ClaimWords.negations.contains(toks[k - 2].hash) { return false }
        var j = k + 1
        while j < min(e, k + 6) {
            let h = toks[j].hash
            // An owner's first since its own event ("her first speech since accepting the nomination") tells the
            // owner's story; since a date or another's event it ranks ("its first title since 1966").
            if h == ClaimWords.since, p.hash != ClaimWords.the, j + 1 < e, isLowerWord(j + 1), endsInIng(j + 1) {
                return false
            }
            if h == ClaimWords.since
                || h == ClaimWords.to && j + 1 < e && toks[j + 1].kind == .word
                    && !toks[j + 1].isCap && !toks[j + 1].isA(.function)
            {
                return true
            }
            // "the first convictions for piracy" ranks; an owner's "first campaign for the White House" says which.
            if h == Lexicon.hFor && j > k + 1 && !toks[j - 1].isCap && p.hash == ClaimWords.the { return true }
            // Words, numbers and hyphens between: "the first 30-minute comedy series … since".
            if toks[j].kind == .punct && toks[j].punct != .hyphen { return false }
            j += 1
        }
        return false
    }

    /// An explicit causal connective at `k`: "led to", "because of", "thanks to", "driven by", "hit by", "due to"
    /// (not "is due to begin"), "as a result of", "triggered"; the last token of the connective.
    private func causalEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let t = toks[k]
        guard t.kind == .word, k + 1 < e else { return nil }
        // "thanks in part to", "due in large part to": a degree between the connective's words.
        var m = k + 1
        if toks[m].hash == ClaimWords.inn, m + 2 < e, toks[m + 1].hash == ClaimWords.part {
            m += 2
        } else if toks[m].hash == ClaimWords.inn, m + 3 < e, toks[m + 1].hash == ClaimWords.large,
            toks[m + 2].hash == ClaimWords.part
        {
            m += 3
        }
        if let allowed = ClaimWords.causalPairs[t.hash], allowed.contains(toks[m].hash) {
            if isHedged(k, a) { return nil }
            if t.hash == ClaimWords.result {
                guard k >= a + 2, toks[k - 1].hash == ClaimWords.a, toks[k - 2].hash == ClaimWords.as else {
                    return nil
                }
            }
            if t.hash == ClaimWords.due && m == k + 1 {
                // "is due to begin", "had been due to lead": a schedule, not a cause ("is due in part to" is one).
                if k > a, claimClasses(toks[k - 1].hash).contains(.be) { return nil }
                if k + 2 < e, toks[k + 2].hash == ClaimWords.be { return nil }
            }
            return m
        }
        if ClaimWords.causalVerbs.contains(t.hash), k > a, !claimClasses(toks[k - 1].hash).contains(.be),
            !isHedged(k, a)
        {
            return k
        }
        return nil
    }

    /// The verb at `k` is speculation: "could have contributed to", "may have been caused by", "might lead to";
    /// with `overPhrase`, a ranking hedged over its noun phrase: "may be one of the largest", "probably the
    /// world's".
    private func isHedged(_ k: Int, _ a: Int, overPhrase: Bool = false) -> Bool {
        var j = k - 1
        while j >= a && j >= k - 5 {
            let t = toks[j]
            // "may", not the month "May".
            if ClaimWords.hedgeModals.contains(t.hash) && !(t.isCap && j > a) { return true }
            let filler =
                ClaimWords.hedgeFillers.contains(t.hash) || claimClasses(t.hash).contains(.be)
                || overPhrase && (t.isA(.determiner) || t.hash == ClaimWords.of || t.hash == ClaimWords.among)
            guard filler else { return false }
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
            // "PlayStation 5", "Windows 95", "Xbox 360": a number right after a capitalised name.
            if pv.kind == .word && pv.isCap && mentionOf[k - 1] >= 0 { return false }
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
}
