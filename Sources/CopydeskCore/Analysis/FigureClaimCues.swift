/// Claim cues in figures (part of the claim stage's cue finding, `ClaimCues.swift`): a number and what it counts —
/// money and amounts with their hedges and comparatives ("more than $3bn", "up to 40%"), counts of things in the
/// world ("rescued 300 passengers", "opened 45 investigations"), shares and ratios ("one in five", "three times as
/// many"), poll margins, vote tallies and electoral majorities, durations and career tallies; and the figures that
/// are no claim (scores and results, a figure repeated from earlier, a list's count, a product's number).
extension ClaimStage {
    /// The last token of the amount whose number is at `k`: "3.2m", "15 billion", "68m euros", "5bn".
    func amountEnd(_ k: Int, _ e: Int) -> Int {
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
    func comparativeStart(_ k: Int, _ a: Int) -> Int? {
        guard k - 1 >= a else { return nil }
        let p1 = toks[k - 1].hash
        if p1 == ClaimWords.some || p1 == ClaimWords.about || p1 == ClaimWords.nearly || p1 == ClaimWords.almost
            || p1 == ClaimWords.around || p1 == ClaimWords.roughly || p1 == ClaimWords.approximately
        {
            return k - 1
        }
        guard k - 2 >= a else { return nil }
        let p2 = toks[k - 2].hash
        if p1 == ClaimWords.than, held.comparativeHeads.contains(p2) { return k - 2 }
        if p1 == ClaimWords.least, p2 == ClaimWords.at { return k - 2 }
        // "up to" after a verb of a level's move is its particle and "to": "ticked up to 4.3%" quotes "4.3%"; an
        // "up" that totals ("adds up to £8m") is no hedge either.
        if p1 == ClaimWords.to, p2 == ClaimWords.up {
            if k - 3 >= a, held.upMoveVerbs.contains(toks[k - 3].hash) || held.upActionVerbs.contains(toks[k - 3].hash)
            {
                return nil
            }
            return k - 2
        }
        if p1 == ClaimWords.as, p2 == ClaimWords.many || p2 == ClaimWords.much, k - 3 >= a,
            toks[k - 3].hash == ClaimWords.as
        {
            return k - 3
        }
        return nil
    }

    func numberCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let from = comparativeStart(k, a) ?? k
        if k + 1 < e {
            let n = toks[k + 1]
            // "5%", "5 percent", "43 per cent".
            if n.punct == .percent
                || (n.kind == .word && n.isA(.percent)
                    && (n.hash != ClaimWords.per || (k + 2 < e && toks[k + 2].hash == ClaimWords.cent)))
            {
                var last = n.hash == ClaimWords.per ? k + 2 : k + 1
                // "9 percentage points": the unit is quoted whole.
                if n.hash == Lexicon.hPercentage, last + 1 < e,
                    toks[last + 1].hash == ClaimWords.points || toks[last + 1].hash == ClaimWords.point
                {
                    last += 1
                }
                // "in favour of the 1 percent.": a percentage after "the" that ends its phrase names a group.
                if from == k, k > a, toks[k - 1].hash == ClaimWords.the, last + 1 >= e || isPhraseEnd(last + 1) {
                    return nil
                }
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .percent)
            }
            // "lowered the rate by 25 basis points": hundredths of a percentage point.
            if n.hash == ClaimWords.basis, k + 2 < e,
                toks[k + 2].hash == ClaimWords.points || toks[k + 2].hash == ClaimWords.point
            {
                return ClaimCue(reason: .quantity, first: from, last: k + 2, figure: .percent)
            }
            if n.kind == .word && !n.isCap {
                let cls = claimClasses(n.hash)
                if cls.contains(.magnitude) && (attached(k + 1) || len(k + 1) > 2) {
                    let end = amountEnd(k, e)
                    let money = end > k + 1 || (k > a && toks[k - 1].punct == .currency)
                    // "5.05m" and "60m" are metres: a one-letter magnitude needs a currency or a counted noun, or a
                    // count named before it in the sentence ("The number of people waiting rose to 7.46m").
                    if len(k + 1) == 1 && !money {
                        // "won the 400m hurdles": metres that name an event.
                        if namesAnEvent(k, k + 1, a, e) { return nil }
                        guard let noun = countedNoun(after: k + 1, a, e, small: false, approximate: true) else {
                            if (a..<k).contains(where: { held.countNouns.contains(toks[$0].hash) }) {
                                return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .count)
                            }
                            return nil
                        }
                        return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
                    }
                    // "3 million customers", "2.5 million litres": the noun a magnitude counts is quoted with it, as
                    // "300 acres" is.
                    let last = money ? end : countedNoun(after: end, a, e, small: false, approximate: true) ?? end
                    return ClaimCue(reason: .quantity, first: from, last: last, figure: money ? .money : .count)
                }
                if cls.contains(.currency) {
                    return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .money)
                }
            }
            // A measure written against its number: "50GB", "100km", "5kg" — not the name of an event ("the
            // women's 8km race", "the men's 12km").
            if n.kind == .word, attached(k + 1), claimClasses(n.hash).contains(.attachedUnit) {
                if namesAnEvent(k, k + 1, a, e) { return nil }
                // A minus sign written against the number is part of it: "about -170C".
                var first = from
                if from == k, k > a, toks[k - 1].punct == .hyphen || toks[k - 1].punct == .dash, attached(k),
                    toks[k - 1].has(Token.spaceBefore) || k - 1 == a
                {
                    first = comparativeStart(k - 1, a) ?? k - 1
                }
                // "6ft 10in", "7lb 4oz": the measure's second part is quoted with it.
                var last = k + 1
                if k + 3 < e, toks[k + 2].kind == .number, attached(k + 3),
                    held.measureSubUnits.contains(toks[k + 3].hash)
                {
                    last = k + 3
                }
                return ClaimCue(reason: .quantity, first: first, last: last, figure: .other)
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
        if let c = recordMargin(k, from, e) { return c }
        // "for the first time in their 112-year history", "had never reached the fourth round in the club's
        // 118-year history": a span of history scopes a record — unless a judgement is what it scopes ("the most
        // talented player in the 60-year history of the club").
        if k + 3 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            toks[k + 2].hash == ClaimWords.year, toks[k + 3].hash == ClaimWords.history, scopesAHistory(k, a)
        {
            return ClaimCue(reason: .superlative, first: k, last: k + 3, figure: .other)
        }
        // "a 12-month low", "a 30-year high": a record over a span.
        if k + 3 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            held.spanUnits.contains(toks[k + 2].hash), isSpanExtreme(k + 3, e)
        {
            return ClaimCue(reason: .superlative, first: k, last: k + 3, figure: .other)
        }
        // "a 19-match unbeaten run": a streak of results.
        if k + 2 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            isStreakOfResults(unit: toks[k + 2].hash, after: k + 2, e)
        {
            return ClaimCue(reason: .quantity, first: k, last: k + 4, figure: .count)
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
            held.electoralUnits.contains(toks[k + 2].hash), held.majorityWords.contains(toks[k + 3].hash)
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
        if let last = timesEnd(k, a, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .other) }
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
        if let c = averagedDuration(k, from, a, e) { return c }
        // A market move: "the index fell 20 points" (points of a score are a result, not a claim: "Adjei added 14
        // points", a player's).
        if k > a, k + 1 < e, toks[k + 1].hash == ClaimWords.points, held.marketMoves.contains(toks[k - 1].hash),
            !(k - 2 >= a && (toks[k - 2].isA(.personPronoun) || isPersonMention(k - 2)))
        {
            return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .other)
        }
        // "won a majority of 167", "a majority of just 66": an electoral majority in seats or votes (GUIDE.md).
        if let m = majorityOf(k, a) { return ClaimCue(reason: .quantity, first: m, last: k, figure: .count) }
        // A figure in thousands stands for a quantity even alone: "rose to 5,000", "a majority of 1,234".
        if hasThousandsSeparator(k), !(k + 1 < e && toks[k + 1].isA(.timeUnit)) {
            return ClaimCue(reason: .quantity, first: from, last: k, figure: .count)
        }
        if countValue(k, from, a, e) { return ClaimCue(reason: .quantity, first: from, last: k, figure: .count) }
        return nil
    }

    /// A bare number is the value of a count its clause names before it (`ClaimWords.countNouns`): "The number of
    /// homicides fell to 98", "The death toll has risen to 52", "The ministry put the death toll at 52" — the
    /// number, past its hedge at `from`, right after "to" or "at" (or closing "from 109 to 98"), no comma between
    /// the count and it, and no capitalised word after it. Not "a number of" (no count), a count after a possessive
    /// pronoun (a player's tally: "It took his tally to 23, a club record."), a range after another figure ("The
    /// number of children aged 11 to 16 rose"), nor a place ("The number of staff at 10 Downing Street").
    func countValue(_ k: Int, _ from: Int, _ a: Int, _ e: Int) -> Bool {
        guard from - 2 >= a, toks[from - 1].hash == ClaimWords.to || toks[from - 1].hash == ClaimWords.at else {
            return false
        }
        if k + 1 < e, toks[k + 1].kind == .word, toks[k + 1].isCap { return false }
        var j = from - 2
        if toks[j].kind == .number {
            guard toks[from - 1].hash == ClaimWords.to, j - 1 >= a, toks[j - 1].hash == Lexicon.hFrom else {
                return false
            }
            j -= 2
        }
        while j >= a && j >= from - 14 {
            let t = toks[j]
            if t.kind == .punct && t.punct != .hyphen { return false }
            if t.kind == .word, held.countNouns.contains(t.hash), !(j + 1 < e && toks[j + 1].kind == .number) {
                return !(j > a && (toks[j - 1].hash == ClaimWords.a || toks[j - 1].isA(.possessivePronoun)))
            }
            j -= 1
        }
        return false
    }

    /// The number at `k` follows "majority of", past "just" or "only" ("a majority of 167"), or "was" or "is" after a
    /// majority as subject ("Labour's majority at the 2001 election was 167", within six words, no comma), or the
    /// "to" of a verb that moved it ("The government's majority was slashed to 27"): the token of "majority".
    func majorityOf(_ k: Int, _ a: Int) -> Int? {
        var j = k - 1
        if j > a, held.majorityHedges.contains(toks[j].hash) { j -= 1 }
        if j > a,
            claimClasses(toks[j].hash).contains(.be)
                || toks[j].hash == ClaimWords.to && toks[j - 1].kind == .word && !toks[j - 1].isA(.function)
        {
            var m = j - 1
            while m >= a && m >= j - 6 && toks[m].kind != .punct {
                if toks[m].hash == ClaimWords.majority { return m }
                m -= 1
            }
            return nil
        }
        guard j - 1 >= a, toks[j].hash == ClaimWords.of, toks[j - 1].hash == ClaimWords.majority else { return nil }
        return j - 1
    }

    /// A lead in the polls by a figure, a vote share's margin (GUIDE.md: an electoral majority or vote share is a
    /// claim): "a 10-point lead in Ohio", "leads Trump by 7 points among young voters", "trails by 4 points in the
    /// polls", "in the state", "in the race" — points with a lead word and a scope of voters, polls or a place, or
    /// with "by", "within", "ahead", "behind" (`isVoteMargin`), or a lead or a result in points ("a 22-point
    /// defeat"), in a sentence about an election; a lead with no such scope or word may be a score ("Leicester lead
    /// by seven points", "won by 20 points"). The margin may be in words: "a five-point lead", "leads by five
    /// points", "by double digits", "a double-digit lead", "by one point". The last token of the margin.
    func pollMarginEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
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
        } else if k + 4 < e, attached(k + 1), toks[k + 1].punct == .hyphen, attached(k + 2),
            toks[k + 2].hash == ClaimWords.point,
            toks[k + 3].hash == ClaimWords.polling || toks[k + 3].hash == ClaimWords.poll, isMarginNoun(k + 4)
        {
            last = k + 4  // "Clinton's 3-point polling lead"
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
            if h == ClaimWords.among || held.pollScopes.contains(h) { return last }
            if h == ClaimWords.inn, n + 1 < e {
                let w = toks[n + 1].hash == ClaimWords.the && n + 2 < e ? n + 2 : n + 1
                if toks[w].hash == ClaimWords.polls || toks[w].hash == ClaimWords.poll { return last }
                // "leads Sanders by 13 points in the state", "in the race".
                if held.raceScopes.contains(toks[w].hash) { return last }
                if mentionOf[w] >= 0, entities[mentions[Int(mentionOf[w])].entity].kind == .place { return last }
            }
            n += 1
        }
        return nil
    }

    /// The noun after a margin in points at `j`: a lead ("lead", "edge", "gap") or a result ("win", "defeat",
    /// "difference").
    func isMarginNoun(_ j: Int) -> Bool {
        held.leadWords.contains(toks[j].hash) || held.marginResults.contains(toks[j].hash)
    }

    /// A word of voting outside quotes in the sentence `a..<e` ("primary", "voters", "caucuses", "polls").
    func isElectoral(_ a: Int, _ e: Int) -> Bool {
        for j in a..<e where toks[j].kind == .word && !inQuote(j) {
            if held.electoralWords.contains(toks[j].hash) { return true }
        }
        return false
    }

    /// The points at `k + 1` are a margin ("by", "within" before the number, past "more than", "almost", "just";
    /// "ahead", "behind", "over" after "points") in a sentence about an election or a poll: a word of voting
    /// outside quotes ("primary", "voters", "caucuses", "polls").
    func isVoteMargin(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let from = comparativeStart(k, a) ?? k
        // "by 30 points", "by just four points": an adverb may stand between.
        var j = from - 1
        if j > a, isLowerWord(j), held.marginAdverbs.contains(toks[j].hash) { j -= 1 }
        let before = j >= a && held.marginOpeners.contains(toks[j].hash)
        let after = k + 2 < e && held.marginSides.contains(toks[k + 2].hash)
        return (before || after) && isElectoral(a, e)
    }

    /// A lead word within the four words before the margin at `k`: "leads Trump by 7 points".
    func isLed(_ k: Int, _ a: Int) -> Bool {
        hasWord(in: held.leadWords, before: k, from: a, within: 4)
    }

    /// The measure from `k` to `last` names a sporting event: after a possessive of a class of competitor
    /// ("the women's 8km", "junior men's 8km") or before an event noun ("12km race", "100m final").
    func namesAnEvent(_ k: Int, _ last: Int, _ a: Int, _ e: Int) -> Bool {
        if k > a, toks[k - 1].kind == .word, !toks[k - 1].isCap, toks[k - 1].has(Token.possessive) { return true }
        return last + 1 < e && held.eventNouns.contains(toks[last + 1].hash)
    }

    /// "5,000", "1,234,567": a comma between digit groups.
    func hasThousandsSeparator(_ k: Int) -> Bool {
        let b = syntax.prose
        var i = Int(toks[k].start)
        while i < Int(toks[k].end) {
            if b[i] == 0x2C { return true }
            i += 1
        }
        return false
    }

    /// Odds: "5-1" or "7/2" after "at", "odds of", a verb of offering a price ("are offering 4-6 on Wales"), or
    /// before "favourite", "shot", "chance", or a final "on" — not a tie or a lead to nil.
    func oddsEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 2 < e, attached(k + 1), attached(k + 2), toks[k + 1].punct == .hyphen || toks[k + 1].punct == .slash,
            toks[k + 2].kind == .number
        else { return nil }
        // A small tie or lead to nil is a score ("saved two break points at 5-5", "at 1-0 down"): odds are never
        // equal (they are "evens") and never against nothing (a poll's "ties Bush at 41-41" is left to the tally).
        let (x, y) = (integerValue(k), integerValue(k + 2))
        if x < 10 && (x == y || y == 0) { return nil }
        let before = k > a ? toks[k - 1].hash : 0
        let after = k + 3 < e ? toks[k + 3].hash : 0
        if before == ClaimWords.at || before == ClaimWords.of && k - 2 >= a && toks[k - 2].hash == ClaimWords.odds
            || held.oddsVerbs.contains(before)
        {
            return k + 2
        }
        // "5-4 on" is odds only where "on" ends the phrase: "won 3-1 on Sunday" is a result and a date.
        if after == ClaimWords.on {
            return k + 4 >= e || toks[k + 4].kind == .punct ? k + 2 : nil
        }
        if held.oddsNouns.contains(after) { return k + 2 }
        return nil
    }

    /// A vote's tally (GUIDE.md: an electoral majority is a claim): "was confirmed 92 to 0", "voted 5-4", "a 52-48
    /// vote" — a verb of voting within three words before, or a vote noun right after; a match's score has neither
    /// ("won 3-2"). The last token of the tally.
    func voteTallyEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
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
        if last + 1 < e, held.voteNouns.contains(toks[last + 1].hash) { return last + 1 }
        var j = k - 1
        while j >= a && j >= k - 3 && toks[j].kind == .word {
            if held.voteVerbs.contains(toks[j].hash) { return last }
            j -= 1
        }
        return standingTally(k, a) ? last : nil
    }

    /// The tally at `k` is a head-to-head standing of people: "Cruz trails Trump 458 to 359", "Rubio tops
    /// Clinton 41-40" — a verb of standing, then a name (up to three words; not a place's or a body's: "Wales lead
    /// England 13-6") right before the tally, its first figure 10 or more (a set or a goal score is less).
    func standingTally(_ k: Int, _ a: Int) -> Bool {
        guard integerValue(k) >= 10 else { return false }
        var j = k - 1
        var person = false
        while j >= a && j >= k - 4 && toks[j].kind == .word {
            if held.tallyStandings.contains(toks[j].hash) { return person }
            guard mentionOf[j] >= 0 else { return false }
            let kind = entities[mentions[Int(mentionOf[j])].entity].kind
            guard kind != .place && kind != .organization else { return false }
            person = true
            j -= 1
        }
        return false
    }

    /// The digits of the number at `k` as an integer (separators skipped, a decimal part dropped; 0 if none).
    func integerValue(_ k: Int) -> Int {
        var v = 0
        for i in Int(toks[k].start)..<Int(toks[k].end) {
            let c = syntax.prose[i]
            if c == 0x2E { break }
            if c >= 0x30 && c <= 0x39 { v = v &* 10 &+ Int(c - 0x30) }
        }
        return v
    }

    /// "took 0.03 seconds off the mark set by Amory in 1996", "knocked two seconds off the British record", "took
    /// almost three seconds off the previous mark": a record's margin (a time alone is a result). The figure or
    /// the count word at `k`, its hedge from `from`.
    func recordMargin(_ k: Int, _ from: Int, _ e: Int) -> ClaimCue? {
        guard k + 3 < e, toks[k + 1].isA(.timeUnit), toks[k + 2].hash == ClaimWords.off,
            (k + 3..<min(e, k + 6)).contains(where: { held.recordMarks.contains(toks[$0].hash) })
        else { return nil }
        return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .other)
    }

    /// A lone "1" or "0" counts nothing on its own ("No 1", "1 of 3" are handled as ratios).
    func isUnitNumber(_ k: Int) -> Bool {
        len(k) == 1 && (syntax.prose[Int(toks[k].start)] == 0x31 || syntax.prose[Int(toks[k].start)] == 0x30)
    }

    /// The noun a number counts, when it counts things in the world: "100 secondary pupils", "1,100 flights",
    /// "hundreds of complaints" — a plural, not a time, a result, an award, or a capitalised title ("13 Going on
    /// 30"). A `small` count (under ten) counts only when `approximate` ("about five") or a rate ("four flights
    /// per week", "three weekly journeys"): "two airlines", "three children" tell the story.
    func countedNoun(after k: Int, _ a: Int, _ e: Int, small: Bool, approximate: Bool) -> Int? {
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
            !toks[j].isCap || isPluralAcronym(j) || isNameModifier(j) || isDemonymPlural(j) || modifiesAcronym(j, e),
            toks[j].has(Token.spaceBefore)
        else { return nil }
        // Up to two modifiers before the noun: "100 secondary pupils", "three weekly journeys", "42 ethnic
        // minority MPs", a place or a body named ("12 Texas counties", "1,042 Ohio registered voters"); "three
        // other men", "he and three others" count people too.
        var rate = false
        while j < e && j <= k + 3 {
            let w = toks[j]
            if w.isCap && (isNameModifier(j) || modifiesAcronym(j, e)) && !isDemonymPlural(j) {
                j += 1
                continue
            }
            // A model's number inside the name: "52 Boeing 737 aircraft".
            if w.kind == .number, j > k + 1, mentionOf[j - 1] >= 0, isNameModifier(j - 1) {
                j += 1
                continue
            }
            guard w.kind == .word, !w.isCap || isPluralAcronym(j) || isDemonymPlural(j) else { return nil }
            if w.hash == Lexicon.hOther {
                j += 1
                continue
            }
            let cls = claimClasses(w.hash)
            // "people", "others", "aides", "voters" are function words to the lexicon (they open no name) but count
            // here.
            let counted =
                w.hash == Lexicon.hOthers || cls.contains(.irregularPlural) || isPluralAcronym(j)
                || held.groupNouns.contains(w.hash) || w.isCap && isDemonymPlural(j)
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

    /// Token `j` is part of a place's or a body's name that modifies a noun after it ("Texas" in "12 Texas counties", a
    /// maker before its model's number: "52 Boeing 737 aircraft"; not a name the entity stage did not type, which may
    /// be a nationality's: "Four British athletes" is a line-up), or a
    /// nationality's or a party's adjective ("55 Democratic delegates", "12 Chinese firms":
    /// `EntityWords.attributiveAdjectives`, no names) — not an owner ("Ohio's") nor a title ("13 Going on 30").
    func isNameModifier(_ j: Int) -> Bool {
        guard toks[j].kind == .word, !isPossessive(j), j + 1 < toks.count,
            toks[j + 1].kind == .word || toks[j + 1].kind == .number && j + 2 < toks.count && toks[j + 2].kind == .word
        else {
            return false
        }
        guard mentionOf[j] >= 0 else {
            return toks[j].isCap && held.attributiveAdjectives.contains(toks[j].base)
        }
        let kind = entities[mentions[Int(mentionOf[j])].entity].kind
        return kind == .place || kind == .organization
    }

    /// The number at `k` was written the same way shortly before (within the 600 tokens before it, a few
    /// paragraphs; a bound that keeps the scan cheap) as a count: a word apart after it, no date's month before it
    /// ("335 versions", not "335th", "May 25", "@Tur335").
    func repeatsEarlierFigure(_ k: Int) -> Bool {
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
    func casualtyEnd(after k: Int, _ a: Int, _ e: Int) -> Int? {
        if refersBack(k, a) { return nil }
        var j = k + 1
        while j < e && j <= k + 3 && toks[j].kind == .word && held.casualtyAuxiliaries.contains(toks[j].hash) {
            j += 1
        }
        guard j < e, toks[j].kind == .word, !toks[j].isCap, held.casualtyWords.contains(toks[j].hash) else {
            return nil
        }
        return j
    }

    /// The count from `from` is the bare object of a verb of killing or wounding: "a shooting that killed 14",
    /// "the blast injured at least 30" (a noun after it is `countedNoun`'s: "killed 14 people").
    func isKillingObject(_ from: Int, _ a: Int) -> Bool {
        from > a && toks[from - 1].kind == .word && claimClasses(toks[from - 1].hash).contains(.killingVerb)
    }

    /// The last of up to three lowercase words after `k` that are no function words: the rest of the noun phrase a
    /// claim's message quotes ("the only mobile phone operators", "the main export product", "ended five years of
    /// English dominance"); `k` if none follows.
    func nounRunEnd(after k: Int, _ e: Int) -> Int {
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
    func durationTally(_ k: Int, _ from: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard k + 3 < e, toks[k + 1].kind == .word, held.tallySpans.contains(toks[k + 1].hash) else {
            return nil
        }
        let next = toks[k + 2].hash
        if next == ClaimWords.of, from > a, held.streakEnders.contains(toks[from - 1].hash),
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

    /// A span of time that an average measures is a statistic (GUIDE.md: a measured quantity), not a plain
    /// duration: "Patients waited an average of 14 hours", "The average wait for an ambulance fell to 35 minutes",
    /// "a median stay of six days", "Ambulance response times averaged 47 minutes" — an average word or verb
    /// (`ClaimWords.averageWords`) within eight words before the number in its clause (no punctuation between), the
    /// number before a unit of time. Not "Talks lasted three hours" (no average), nor an age ("aged 84").
    func averagedDuration(_ k: Int, _ from: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard k + 1 < e, toks[k + 1].kind == .word, toks[k + 1].isA(.timeUnit), !toks[k + 1].has(Token.hyphenated)
        else { return nil }
        var j = from - 1
        while j >= a && j >= from - 8 && toks[j].kind == .word {
            if held.averageWords.contains(toks[j].hash) {
                return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .other)
            }
            j -= 1
        }
        return nil
    }

    /// A career tally or a streak: the count at `k` of results with a tally's scope — "five Grammy awards in her
    /// career", "11 goals this season", "six straight games", "14 of its last 16 matches", "14 of their 20 league
    /// matches", "without a win in seven matches", or of a statistic's
    /// periods ("for five straight years", "11 of the past 15 fiscal years") (GUIDE.md labels career
    /// tallies claims); with no such scope a count of results is a result ("Owen has 11 goals for Real", "12 Oscar
    /// nominations"). The last token of the counted results.
    func careerTallyEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var j = k + 1
        // "14 of its last 16 matches": a share of a run of results; "11 of the past 15 fiscal years": of a
        // statistic's periods (past one modifier).
        if j + 4 < e, toks[j].hash == ClaimWords.of,
            toks[j + 1].hash == ClaimWords.the || toks[j + 1].isA(.possessivePronoun),
            held.runWords.contains(toks[j + 2].hash),
            toks[j + 3].kind == .number || claimClasses(toks[j + 3].hash).contains(.countWord)
        {
            if held.tallyNouns.contains(toks[j + 4].hash) { return j + 4 }
            var n = j + 4
            if n + 1 < e, isLowerWord(n), !toks[n].isA(.function), !held.periodPlurals.contains(toks[n].hash) {
                n += 1
            }
            return held.periodPlurals.contains(toks[n].hash) ? n : nil
        }
        // "lost 14 of their 20 league matches": a share of an owner's results (past one modifier).
        // ("won only four of their 20 Six Nations matches": past a name of two words.)
        if j + 3 < e, toks[j].hash == ClaimWords.of, toks[j + 1].isA(.possessivePronoun),
            toks[j + 2].kind == .number || claimClasses(toks[j + 2].hash).contains(.countWord)
        {
            var n = j + 3
            if n + 1 < e, isLowerWord(n), !toks[n].isA(.function), !held.tallyNouns.contains(toks[n].hash) {
                n += 1
            } else {
                while n + 1 < e && n <= j + 4 && toks[n].kind == .word && toks[n].isCap { n += 1 }
            }
            return held.tallyNouns.contains(toks[n].hash) ? n : nil
        }
        var streak = false
        // "unbeaten in 11 matches", "winless in eight games": a streak word before the count.
        var scopedBefore = false
        if k - 2 >= a, toks[k - 1].hash == ClaimWords.inn, held.streakWords.contains(toks[k - 2].hash) {
            scopedBefore = true
        }
        // "without a win in seven matches": a drought, as "winless in seven" is.
        if k - 4 >= a, toks[k - 1].hash == ClaimWords.inn, held.droughtNouns.contains(toks[k - 2].hash),
            toks[k - 3].hash == ClaimWords.a, toks[k - 4].hash == ClaimWords.without
        {
            scopedBefore = true
        }
        // "Leeds are winless in seven.": after a streak's word the count needs no noun.
        if scopedBefore, j == e || toks[j].kind == .punct && toks[j].punct != .hyphen { return k }
        // Up to three modifiers before the results counted: "Grammy", "career", "straight"; a verb of winning in the
        // perfect scopes the count over a career ("has grabbed 11 goals"), a run word over a span ("in the last six
        // presidential elections", "the past three contests").
        var scoped =
            wonInThePerfect(before: k, a) || scopedBefore
            || k > a && held.runWords.contains(toks[k - 1].hash) && toks[k - 1].hash != ClaimWords.first
        while j < e && j <= k + 4 && toks[j].kind == .word {
            let h = toks[j].hash
            if held.tallyNouns.contains(h) { return scoped || hasTallyScope(after: j, e) ? j : nil }
            // "for five straight years", "12 consecutive months": a streak of a statistic's periods.
            if streak, held.periodPlurals.contains(h) { return j }
            // A title won, named: "three Super Bowls since 2001", "12 Grammys during her career".
            if toks[j].isCap, isPlural(j), j + 1 < e, toks[j + 1].kind == .word, !toks[j + 1].isCap {
                return hasTallyScope(after: j, e) ? j : nil
            }
            if held.streakWords.contains(h) || h == ClaimWords.career {
                scoped = true
                streak = streak || held.streakWords.contains(h)
            } else if toks[j].isA(.function) || claimClasses(h).contains(.countWord) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// `unit`, the second part of a count joined by a hyphen ending at `j`, is a unit of results and a streak follows:
    /// "a 19-match unbeaten run", "a nine-game winning streak".
    func isStreakOfResults(unit: UInt64, after j: Int, _ e: Int) -> Bool {
        held.resultUnits.contains(unit) && j + 2 < e && held.streakAdjectives.contains(toks[j + 1].hash)
            && held.streakNouns.contains(toks[j + 2].hash)
    }

    /// The count at `k` is the object of a verb of winning in the perfect: "has grabbed 11 goals", "has now won four
    /// titles", "has racked up 20 wins" (up to two words between the auxiliary and the verb, one after it).
    func wonInThePerfect(before k: Int, _ a: Int) -> Bool {
        var j = k - 1
        if j > a, toks[j].kind == .word, held.perfectFillers.contains(toks[j].hash) { j -= 1 }  // "racked up"
        guard j > a, toks[j].kind == .word, held.achievingVerbs.contains(toks[j].hash) else { return false }
        j -= 1
        while j >= a && j >= k - 5 && toks[j].kind == .word {
            if held.perfectAuxiliaries.contains(toks[j].hash) { return true }
            guard held.perfectFillers.contains(toks[j].hash) || endsInLy(j) else { return false }
            j -= 1
        }
        return false
    }

    /// A tally's scope within a few words after the results at `j`: "this season", "last season", "in her career", "during his
    /// tenure", "so far", "to date", "in a row", "since 2001".
    func hasTallyScope(after j: Int, _ e: Int) -> Bool {
        var n = j + 1
        // ("31 goals in 26 league games last season": past the games they came in.)
        while n + 1 < e && n <= j + 6 && (toks[n].kind == .word || toks[n].kind == .number && n > j + 1) {
            let h = toks[n].hash
            let next = toks[n + 1].hash
            // "this season", "last season": a tally over a season.
            if h == ClaimWords.this || h == ClaimWords.last, held.tallyPeriods.contains(next) { return true }
            if h == ClaimWords.so && next == ClaimWords.far || h == ClaimWords.to && next == ClaimWords.date {
                return true
            }
            // "eight league games without a win": a drought.
            if h == ClaimWords.without, next == ClaimWords.a, n + 2 < e,
                held.droughtNouns.contains(toks[n + 2].hash)
            {
                return true
            }
            // "since 2001": a tally over years.
            if h == ClaimWords.since && toks[n + 1].kind == .number { return true }
            // "in a row", "in her career", "during his tenure".
            if h == ClaimWords.inn || h == ClaimWords.during, n + 2 < e,
                toks[n + 2].hash == ClaimWords.row || held.careerSpans.contains(toks[n + 2].hash),
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
    func refersBack(_ k: Int, _ a: Int) -> Bool {
        guard k > a else { return false }
        let p = toks[k - 1]
        return held.definiteHeads.contains(p.hash) || p.isA(.possessivePronoun) || isPossessive(k - 1)
    }

    /// The counted noun at `j` announces a list of what it counts: a colon, a dash or a bracket right after it
    /// and then a name ("three core divisions: gaming, …", "two airlines - US Airways and Comair"), names in
    /// apposition that end their phrase ("two unions, the Steelworkers and the Teamsters, backed her"), or, past the
    /// rest of its noun, "from", "by" or "at" and names joined by "and" ("three news articles from Reuters, CNN
    /// and Yahoo News"); or it ends its sentence and the next takes up the first of them ("a plan bound by two
    /// core requirements. One was…").
    func introducesList(after j: Int, _ e: Int) -> Bool {
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
        guard k + 1 < e, held.listOpeners.contains(toks[k].hash) else { return false }
        return namesJoinedByAnd(from: k + 1, e)
    }

    /// Token `k` opens a sentence that takes up the first of a count just given: "One was…", "First, …", "The
    /// first is…".
    func opensEnumeration(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, t.isCap else { return false }
        if t.hash == ClaimWords.one || t.hash == ClaimWords.first { return true }
        return t.hash == ClaimWords.the && k + 1 < toks.count && toks[k + 1].hash == ClaimWords.first
    }

    /// The noun at `j` counts the holders of results: "one of four films to get four nominations", "the three
    /// teams to win titles" — results the reporter witnessed, as the results themselves are (an infinitive, then a
    /// result counted within three words).
    func holdsResults(after j: Int, _ e: Int) -> Bool {
        guard j + 3 < e, toks[j + 1].hash == ClaimWords.to, isLowerWord(j + 2) else { return false }
        var n = j + 3
        while n < e && n <= j + 5 && toks[n].kind != .punct {
            if held.tallyNouns.contains(toks[n].hash) { return true }
            n += 1
        }
        return false
    }

    /// From `i`: capitalised names separated by commas, the last after "and" ("Reuters, CNN and Yahoo News");
    /// with `articles`, each may open with "the" and hold "of" ("the United Steelworkers and the Brotherhood of
    /// Electrical Workers").
    func namesJoinedByAnd(from i: Int, _ e: Int, articles: Bool = false) -> Bool {
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

    /// The capitalised word at `j` names the party or body of a plural acronym after it: "more than 40 Labour MPs",
    /// "12 Tory MEPs" (whatever kind the name stage gave the pair).
    func modifiesAcronym(_ j: Int, _ e: Int) -> Bool {
        toks[j].kind == .word && toks[j].isCap && !isPluralAcronym(j) && !isPossessive(j) && j + 1 < e
            && isPluralAcronym(j + 1)
    }

    /// A plural of capitals: "MPs", "CDs", "DVDs" (two or more capitals, then a final "s").
    func isPluralAcronym(_ j: Int) -> Bool {
        let b = syntax.prose
        let s = Int(toks[j].start)
        let end = Int(toks[j].end)
        guard end - s >= 3, b[end - 1] == 0x73 else { return false }
        for i in s..<(end - 1) where !(b[i] >= 0x41 && b[i] <= 0x5A) { return false }
        return true
    }

    /// "per week", "a year", "each month", "every day" right after the counted noun at `j`.
    func hasRate(after j: Int, _ e: Int) -> Bool {
        guard j + 1 < e, toks[j + 1].kind == .word else { return false }
        let h = toks[j + 1].hash
        if h == ClaimWords.per { return true }
        if claimClasses(h).contains(.rate), j + 2 < e, toks[j + 2].isA(.timeUnit) { return true }
        return false
    }

    /// A count of a group already named: "Twelve of them", "three of those" (not "the two of them", a reference) —
    /// the last token.
    func partitiveEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.of, held.partitiveHeads.contains(toks[k + 2].hash) else {
            return nil
        }
        // "the two of them": a reference to people already named, not a count.
        if k > 0, toks[k - 1].hash == ClaimWords.the { return nil }
        return k + 2
    }

    /// A count of a named group's members: "two of the states he won", "four of his children", "14 of the
    /// justices" — "of", then "the" or an owner, then the plural counted (`countedNoun`: not a time, "two of the
    /// days"), past a base in words ("three of its eight ranking events") or in digits ("nine of the 13 delegates",
    /// "57 of 81 seats", after an owner too: "The chain will close 50 of its 400 stores."), or ending on a base in
    /// digits that counts nothing after it ("Twenty-three of the 53"). The last token.
    func groupShareEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 3 < e, toks[k + 1].hash == ClaimWords.of else { return nil }
        // "one or two of the candidates": a guess, not a count.
        if k > a, toks[k - 1].hash == ClaimWords.or { return nil }
        let d = toks[k + 2]
        if d.kind == .number, let noun = countedNoun(after: k + 2, a, e, small: false, approximate: true) {
            return noun
        }
        guard d.hash == ClaimWords.the || d.isA(.possessivePronoun) else { return nil }
        // "three of its eight ranking events": a base in words is no cue of its own (a small count after an owner
        // refers back), so the share counts past it.
        let base = k + 3 < e && toks[k + 3].kind == .word && claimClasses(toks[k + 3].hash).contains(.countWord)
        // "Twenty-three of the 53 went home": a base in digits that counts nothing after it ends the share; "57 of the
        // 81 seats", "57 of 81 seats", "50 of its 400 stores": one that counts a noun is quoted with the share, whole
        // (not the base alone, the whole the share is taken from). After an owner, a base that counts no noun is
        // left to the tallies of results ("14 of their 20 league matches", `careerTallyEnd`).
        if toks[k + 3].kind == .number {
            if let noun = countedNoun(after: k + 3, a, e, small: false, approximate: true) { return noun }
            if d.hash == ClaimWords.the { return k + 3 }
        }
        guard let noun = countedNoun(after: base ? k + 3 : k + 2, a, e, small: false, approximate: true) else {
            return nil
        }
        // "Fifty of the nation’s top officials": an owner, not what is counted.
        return isPossessive(noun) ? nil : noun
    }

    /// "one in four", "nine out of 10", "two in three": the last token of the ratio.
    func ratioEnd(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        guard j < e else { return nil }
        if toks[j].hash == ClaimWords.out, j + 1 < e, toks[j + 1].hash == ClaimWords.of {
            j += 2
        } else if toks[j].hash == ClaimWords.inn {
            j += 1
        } else {
            return nil
        }
        // (Not a year: "a majority of 167 in 2001".)
        guard j < e, !isYear(j) else { return nil }
        if toks[j].kind == .number || (toks[j].kind == .word && claimClasses(toks[j].hash).contains(.countWord)) {
            return j
        }
        return nil
    }

    /// "six times more", "three times as many", "10 times the", a tally over a span ("four times in the last six
    /// years", "five times between November 2003 and August 2004"), and a count of blows (`isCountOfBlows`): the
    /// last token of the multiple.
    func timesEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.times else { return nil }
        if claimClasses(toks[k + 2].hash).contains(.timesComparative) {
            // The message quotes "three times as many", not "three times as"; so "three times as fast", "three
            // times as high".
            if toks[k + 2].hash == ClaimWords.as, k + 3 < e,
                toks[k + 3].hash == ClaimWords.many || toks[k + 3].hash == ClaimWords.much
                    || isLowerWord(k + 3) && !toks[k + 3].isA(.function)
            {
                return k + 3
            }
            return k + 2
        }
        // A tally over a span: "four times in the last six years", "three times since 2001".
        if toks[k + 2].hash == ClaimWords.inn || toks[k + 2].hash == ClaimWords.since
            || toks[k + 2].hash == ClaimWords.between
        {
            return k + 1
        }
        if isCountOfBlows(k, a) { return k + 1 }
        return nil
    }

    /// The count of times at `k` counts the blows of an attack: a verb of striking (`ClaimWords.blowVerbs`) within
    /// the four words before it, past its object — "A man stabbed a shopkeeper 14 times during a robbery", "He was
    /// shot five times" (a count of things in the world, as "shot five times in the chest" is). Not a count of what
    /// someone did otherwise: "He has visited the town 14 times", nor across a comma ("stabbed, 14 times").
    func isCountOfBlows(_ k: Int, _ a: Int) -> Bool {
        hasWord(in: held.blowVerbs, before: k, from: a, within: 4)
    }

    /// An ordinal from `k` to `last` ("third", "12 th") after "the" or a possessive and before a span within a
    /// few words, a streak word or what was done: "the third meeting since December", "for the second time in two
    /// years", "the 12th consecutive month of job growth", "the fifth straight loss", "for the fifth month in a row",
    /// "the third year running", "the 12th state to hold a primary" — not "the second half".
    func isOrdinalWithSpan(_ k: Int, last: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, last + 1 < e else { return false }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) || p.isA(.possessivePronoun) else { return false }
        let n = toks[last + 1]
        // A streak of a statistic's period after its noun: "for the fifth month in a row", "for the third year
        // running" — not a narrative's ("for the second night in a row", a protest's).
        if n.kind == .word, held.statisticPeriods.contains(n.hash) {
            if last + 2 < e, toks[last + 2].hash == ClaimWords.running { return true }
            if last + 4 < e, toks[last + 2].hash == ClaimWords.inn, toks[last + 3].hash == ClaimWords.a,
                toks[last + 4].hash == ClaimWords.row
            {
                return true
            }
        }
        if n.kind == .word, n.hash != Lexicon.hTimeWord, claimClasses(n.hash).contains(.notFirstNoun) {
            return false
        }
        if n.kind == .word, held.streakWords.contains(n.hash) { return true }
        // "shortlisted for the fourth time", "has reached the final for the third time": a career's tally, after a
        // verb of selection or winning (not a narrative's count: "met her for the second time").
        if n.hash == Lexicon.hTimeWord, k - 3 >= a, toks[k - 2].hash == Lexicon.hFor, p.hash == ClaimWords.the,
            (max(a, k - 6)..<(k - 2)).contains(where: { held.careerVerbs.contains(toks[$0].hash) })
        {
            return true
        }
        // "the 12th state to hold a primary", "the third candidate to drop out", "the second to hit the UK": the
        // ordinal ranks who did it.
        // A nationality may open the noun ("the third British man to reach a final"), a group may follow it ("the
        // fourth member of the squad to be ruled out", "the 12th manager in the Football League to lose his job"),
        // and the verb may be passive.
        var j = last + 1
        while j + 1 < e && j <= last + 3 && toks[j].kind == .word && !toks[j].isA(.function) { j += 1 }
        if j > last + 1, j + 2 < e, toks[j].hash == ClaimWords.of || toks[j].hash == ClaimWords.inn,
            toks[j + 1].hash == ClaimWords.the || toks[j + 1].isA(.possessivePronoun)
        {
            var m = j + 2
            while m + 1 < e && m <= j + 4 && toks[m].kind == .word && !toks[m].isA(.function) { m += 1 }
            if m > j + 2 { j = m }
        }
        let verb = j + 2 < e && toks[j + 1].hash == ClaimWords.be ? j + 2 : j + 1
        if verb < e, toks[j].hash == ClaimWords.to, isLowerWord(verb), !toks[verb].isA(.function),
            j > last + 1 || toks[j + 1].hash != ClaimWords.last
        {
            return true
        }
        // "the fourth strike announced on Britain's railways this year", "the third time this month": a count
        // within a period, in its clause (not "the third race of the season", which names one of a calendar).
        var m = last + 1
        while m + 1 < e && m <= last + 8 && toks[m].kind == .word {
            if toks[m].hash == ClaimWords.this, held.countPeriods.contains(toks[m + 1].hash) { return true }
            m += 1
        }
        // "the third seat Labour has lost to the Liberal Democrats at a by-election since 2001": a clause in the
        // perfect counts all that its subject has done, as it ranks after a superlative.
        if hasPerfectClauseScope(after: last, a, e) { return true }
        // The ordinal's noun may run on before its span: "the third meeting between the two firms since December".
        return hasRecordSpan(after: last, e, within: 8)
    }
}
