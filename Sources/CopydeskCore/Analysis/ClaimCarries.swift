/// Carrying a source on to the next sentence (part of the claim stage, `ClaimFinder.swift`): a sentence that
/// continues its source (`continuesSource`: "also", a run of results or of like figures, a reference to the figure
/// before), one that opens on the organisation or the country that reported (`opensWithReference`), the lead's data
/// source and the paragraph after it (`leadDataSource`, `opensOnData`), the data behind an organisation's statement
/// with no figure (`continuesStatement`); and what carries nothing (a share price, a result after a forecast or a
/// commitment: `forecasts`).
extension ClaimStage {
    /// Claim `c` is a forecast, or a figure its source expects, predicts or aims at: a relation whose cue is a verb
    /// of forecasting ("most analysts expect rates to be held at 4.75%", "predicted that prices would rise by 2%",
    /// "had been expecting a rise of 0.3%") or of a commitment (`ClaimWords.aspirationWords`: "The government has
    /// pledged to build 1.5 million homes", a target, not data: "Housebuilding fell by 10% last year" after it is
    /// the writer's).
    func forecasts(_ c: Claim) -> Bool {
        if c.reason == .forecast { return true }
        guard case .attribution(let a) = c.sourcedBy else { return false }
        return cueForecasts(a)
    }

    /// The cue of relation `a` is a verb of forecasting or of a commitment (`forecasts`): "had been expecting",
    /// "has pledged".
    private func cueForecasts(_ a: Int) -> Bool {
        guard var k = tokenStarting(at: attributions[a].cueRange.start, in: attributions[a].sentence) else {
            return false
        }
        // Any word of the cue: "had been expecting a rise of 0.3%".
        while k < toks.count && Int(toks[k].start) < attributions[a].cueRange.end {
            if toks[k].isA(.forecast) || held.forecastingForms.contains(toks[k].hash)
                || held.aspirationWords.contains(toks[k].hash)
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// Sentence `s`, whose claim is a `figure`, continues the previous sentence's source: it has "also" near its
    /// start; or it continues a poll's or a study's results; or it gives another percentage or sum right after one
    /// from the same speaker, or after any figure of theirs states a result as they did (`statesAResult`: "The
    /// department said 250,000 jobs were added. Unemployment fell to 4.1%.", what GUIDE.md calls a results
    /// statement followed by more results). A pronoun alone carries nothing: "He is in talks to…", "He and three others
    /// were indicted" narrate what the speaker did, they do not continue what he said.
    func continuesSource(_ s: Int, _ figure: FigureKind, carrier: Carrier, previousFigure: FigureKind?)
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
        if previousFigure != nil, ranksTheDataAmongGroups(i, e) { return true }
        // "Shares in the company jumped 11%", "Its shares fell 3p", "The price of crude oil has risen by more than
        // 60%": the market's price, which no speaker reports.
        if carrier == .speaker, opensOnMarketPrice(i, e) { return false }
        // "…, according to the British Retail Forum. It was the first December fall since the survey began": a
        // definite reference to the source's document (GUIDE.md's explicit cue, "the report").
        if previousFigure != nil, refersToTheDocument(i, e) { return true }
        if previousFigure != nil && statesAResult(i, e, figure) { return true }
        if refersToTheFigureBefore(i, e) { return true }
        if previousFigure != nil && ranksTheFigureBefore(i, e) { return true }
        return figure == previousFigure && (figure == .percent || figure == .money)
    }

    /// The sentence opening at `i` breaks the figure before it down by group: a form of "be", then a superlative
    /// with no article and "among" ("A YouGov poll found 60% backed the plan. Support was highest among people aged
    /// over 65."), outside quotes. A bare predicate superlative ranks the groups of the same data — the source's
    /// data, carried (GUIDE.md: a sentence that continues the same source's data). Not a ranking with an article,
    /// which may rank anything: "It is the biggest poll ever held."
    private func ranksTheDataAmongGroups(_ i: Int, _ e: Int) -> Bool {
        var j = i + 1
        while j + 2 < e && !toks[j].isTerminator && toks[j].punct != .semicolon {
            if claimClasses(toks[j].hash).contains(.be), !inQuote(j), toks[j + 1].isA(.superlative),
                toks[j + 2].hash == ClaimWords.among
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// Sentence `s` states a result right after a sentence with no figure in which an organisation or a document
    /// reports (relation `ai`) on data it names: the paragraph goes on with that data, what GUIDE.md calls continuing
    /// the same source's statement without a cue word — "The British Retail Consortium said its own survey pointed to
    /// a weak start to the year. Like-for-like sales fell 0.9% in January." Not after a statement that names no data
    /// ("The firm said it was pleased. Revenue fell 8%."), nor after a person ("Mr Hughes said the survey was flawed.
    /// Unemployment rose to 5.2% last year." is the writer's), nor after a forecast or a commitment, which hands on no
    /// results ("The retailer expects its survey to show a slowdown. Sales fell 2% in May.").
    func continuesStatement(_ s: Int, of ai: Int, _ figure: FigureKind) -> Bool {
        let at = attributions[ai]
        guard !at.isPronoun, !cueForecasts(ai) else { return false }
        if let ent = at.entity {
            guard entities[ent].kind == .organization else { return false }
        } else if !speaksAsEvidence(ai) {
            guard let src = at.sourceRange, endsOnAnOrganisationNoun(src, in: at.sentence) else { return false }
        }
        // The content names the data: "its own survey", "the figures".
        let namesData = at.contentRanges.contains { r in
            guard var k = tokenStarting(atOrAfter: r.start, in: at.sentence) else { return false }
            while k < sents[at.sentence].tokEnd && Int(toks[k].end) <= r.end {
                if toks[k].isA(.sourceNoun), !inQuote(k) { return true }
                k += 1
            }
            return false
        }
        return namesData && statesAResult(openingToken(s), sents[s].tokEnd, figure)
    }

    /// The sentence opening at `i` names a document with "the", outside quotes (`ClaimWords.documentReferences`:
    /// "since the survey began", "The report also found").
    private func refersToTheDocument(_ i: Int, _ e: Int) -> Bool {
        var j = i
        while j + 1 < e {
            if toks[j].hash == ClaimWords.the, held.documentReferences.contains(toks[j + 1].hash), !inQuote(j) {
                return true
            }
            j += 1
        }
        return false
    }

    /// The sentence opening at `i` has a market price as its subject: shares, a traded commodity or a currency
    /// (`ClaimWords.marketPriceNouns`) within its first four words, before any verb ("Shares in Harland fell", "The
    /// company's shares jumped", "Its stock rose", "The price of crude oil has risen", "Copper hit $3,300 a tonne").
    private func opensOnMarketPrice(_ i: Int, _ e: Int) -> Bool {
        var j = i
        while j < e && j < i + 4 && toks[j].kind == .word {
            if held.marketPriceNouns.contains(toks[j].hash) { return true }
            if toks[j].isA(.function) && !toks[j].isA(.determiner) && !toks[j].isA(.possessivePronoun)
                && toks[j].hash != ClaimWords.inn && toks[j].hash != ClaimWords.of
            {
                return false
            }
            j += 1
        }
        return false
    }

    /// The sentence opening at `i` goes on from the figure before it: "That would add about £70 to the average bill"
    /// ("That" or "This" and a verb), "The figure is 4% higher than the previous year" ("The" and a noun of a figure
    /// before its verb, past an appositive: "The figure, a 26% rise on 2003, is the largest ever made by a British
    /// company"; not "The number of people waiting rose"), "By 6 p.m. that number had dropped to 41,000"
    /// ("that" or "this" and a noun of a figure within its first six words), "Almost half of those sales" (a share
    /// "of those", "of these" or "of them") — not "That day", "This year's figures".
    func refersToTheFigureBefore(_ i: Int, _ e: Int) -> Bool {
        let h = toks[i].hash
        // The verb after "That", "This" or "The figure".
        var v = i + 1
        let theFigure = h == ClaimWords.the && i + 2 < e && held.figureNouns.contains(toks[i + 1].hash)
        if theFigure {
            v = i + 2
            if toks[v].punct == .comma, let c = commaAhead(from: v + 1, within: 10, e) { v = c + 1 }
        }
        if h == Lexicon.hThat || h == Lexicon.hThis || theFigure, v < e, toks[v].kind == .word,
            !claimClasses(toks[v].hash).isDisjoint(with: [.modal, .be]) || held.figureSequels.contains(toks[v].hash)
        {
            return true
        }
        for j in i..<min(e - 1, i + 6) where toks[j].hash == Lexicon.hThat || toks[j].hash == Lexicon.hThis {
            if held.figureNouns.contains(toks[j + 1].hash) { return true }
        }
        // "Almost half of those sales were in the UK", "Of these, 72 have settled": a share of what the sentence
        // before counted (not a count of people named before: "Dozens of them protested").
        for j in i..<min(e - 1, i + 6) where toks[j].hash == ClaimWords.of {
            guard held.referringPartitives.contains(toks[j + 1].hash) else { continue }
            if j == i || toks[j - 1].kind == .number || claimClasses(toks[j - 1].hash).contains(.fraction) {
                return true
            }
        }
        return false
    }

    /// The sentence opening at `i` ranks the figure before it with "It" and "be": "The ONS said inflation rose to 3.2%
    /// in March. It was the highest rate since 2023." — "It", then a form of "be" (past a perfect's auxiliary), then "the" and,
    /// within four words, a noun of a figure or of its change (`ClaimWords.figureNouns`, `ClaimWords.changeNouns`:
    /// "It is the biggest monthly fall since 2009"). Not what "It" names otherwise: "Tesco said sales rose 3%. It is
    /// the UK's biggest retailer." is the writer's ranking of the firm.
    private func ranksTheFigureBefore(_ i: Int, _ e: Int) -> Bool {
        var j = i + 1
        if toks[i].hash == Lexicon.hIt {
            // A perfect's auxiliary, then "be": "It has been the strongest rise since 2022".
            if j < e, held.perfectAuxiliaries.contains(toks[j].hash) { j += 1 }
            guard j < e, claimClasses(toks[j].hash).contains(.be) else { return false }
            j += 1
        } else if toks[i].hash != ClaimWords.itIs {
            return false
        }
        guard j < e, toks[j].hash == ClaimWords.the else { return false }
        for n in j + 1..<min(e, j + 5) {
            if held.figureNouns.contains(toks[n].hash) || held.changeNouns.contains(toks[n].hash) { return true }
            if toks[n].kind != .word { return false }
        }
        return false
    }

    /// The sentence opening at `i` states a result: a share, a sum or a count, a subject of one to four words that
    /// names no one, then a verb of change or arrival ("Revenue fell 8% to $14bn", "The unemployment rate fell to
    /// 4.1%", "Profits were up 5%", "Annual house price inflation slowed to 11.4%", "Removals of failed asylum seekers
    /// rose to 12,430", a multiple: "Net profit more than doubled to $410m", past a relative clause: "Wider
    /// production, which includes mining, fell 0.8%", or a prepositional tail: "Sales at stores open at least a year
    /// rose 4.1%"; a statistic's level: "The average overcharge was £47", "The typical rate now stands at 3.98%"; not
    /// "He paid $5m", "Clinton won 55%", nor a count that is the subject: "Thousands of delegates rose to their
    /// feet").
    private func statesAResult(_ i: Int, _ e: Int, _ figure: FigureKind) -> Bool {
        guard figure != .other else { return false }
        let o = pastFrontedAdverbial(i, e)
        var j = o
        if j < e, toks[j].hash == ClaimWords.the || toks[j].isA(.possessivePronoun) { j += 1 }
        if figure == .count, j < e, toks[j].kind == .number || claimClasses(toks[j].hash).contains(.countWord) {
            return false
        }
        let subject = j
        // ("Unemployment remained at 4.2%": the subject ends at its verb of level too, not only of change.)
        while j < e && j < subject + 4 && toks[j].kind == .word && mentionOf[j] < 0 && !toks[j].isA(.function)
            && !movesTo(j, e)
        {
            j += 1
        }
        guard j > subject, j < e else { return false }
        // ("The typical rate now stands at 3.98%": past an adverb of the verb group; "Net profit more than doubled to
        // $410m": past the comparative that hedges a multiple.)
        if held.verbGroupAdverbs.contains(toks[j].hash), j + 1 < e, movesTo(j + 1, e) { j += 1 }
        if toks[j].hash == Lexicon.hMore, j + 2 < e, toks[j + 1].hash == ClaimWords.than, movesTo(j + 2, e) { j += 2 }
        // "The average overcharge was £47", "The median income is £28,000": a statistic of the same data stated as a
        // level.
        if subject > o, held.statisticHeads.contains(toks[subject].hash), claimClasses(toks[j].hash).contains(.be) {
            return true
        }
        // "Sales at stores open at least a year rose 4.1%": past a subject's prepositional tail that names no one (a
        // place names no one: "The average price of a home in the UK now stands at £152,300"; up to seven words, no
        // comma).
        if held.subjectTailOpeners.contains(toks[j].hash) {
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

    /// The first token past a short adverbial that opens the sentence at `i` and ends at a comma ("Compared with a
    /// year earlier, the jobless rate was down 0.4%", "In the year to March, exports rose 3%"): one of
    /// `ClaimWords.frontedAdverbialOpeners`, then at most seven words or numbers; `i` otherwise.
    private func pastFrontedAdverbial(_ i: Int, _ e: Int) -> Int {
        guard i < e, held.frontedAdverbialOpeners.contains(toks[i].hash),
            let c = commaAhead(from: i + 1, within: 7, e), c + 1 < e
        else { return i }
        for j in i + 1..<c where toks[j].kind != .word && toks[j].kind != .number { return i }
        return c + 1
    }

    /// Token `j` is a verb of a result's change or level: "rose", "fell", "totalled" (`ClaimWords.resultMoves`), or
    /// "stands at", "remained at".
    private func movesTo(_ j: Int, _ e: Int) -> Bool {
        // ("Sales have risen 5%": past the perfect's auxiliary.)
        if held.perfectAuxiliaries.contains(toks[j].hash), j + 1 < e,
            held.resultMoves.contains(toks[j + 1].hash)
        {
            return true
        }
        if held.resultMoves.contains(toks[j].hash) { return true }
        return held.levelVerbs.contains(toks[j].hash) && j + 1 < e && toks[j + 1].hash == ClaimWords.at
    }

    /// The first token of sentence `s` past its opening punctuation (a quote mark, a dash); its end when it has none.
    func openingToken(_ s: Int) -> Int {
        var i = sents[s].tokStart
        while i < sents[s].tokEnd && toks[i].kind == .punct { i += 1 }
        return i
    }

    /// Sentence `s` opens with a definite reference to the organisation that is the named source of relation `ai`: a
    /// word of its name again ("Tesco said… ¶ Tesco has…"), or "the" and up to two modifiers (a hyphenated one may
    /// hold a name) before a noun of a kind of organisation ("The company", "The Leeds-based firm", "The Luton-based
    /// carrier"; `WordClass.organisationDescriptor`, `ClaimWords.businessNouns`), or "It" before a verb of its own
    /// ("It opened 37 new routes"; not "It is", "It would", "It seems"); or to the country that is that source, "the
    /// country" or "the nation" (`ClaimWords.countryNouns`). Not a person's:
    /// a paragraph opening on someone who spoke before goes on with what they did ("Clinton said… ¶ Clinton could
    /// have about 90% of the delegates…", two PolNeAR even sentences a first version carried).
    func opensWithReference(_ s: Int, toSourceOf ai: Int) -> Bool {
        guard let sp = attributions[ai].speakerRange, !attributions[ai].isPronoun else { return false }
        if let ent = attributions[ai].entity {
            // "Ghana announced revenues had broken new records. The country saw more than $1.2bn…": a country that
            // reported, referred back to as one.
            if entities[ent].kind == .place {
                let a = sents[s].tokStart
                return a + 1 < sents[s].tokEnd && toks[a].hash == ClaimWords.the
                    && held.countryNouns.contains(toks[a + 1].hash)
            }
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
            !held.raisingVerbs.contains(toks[a + 1].hash)
        {
            return true
        }
        guard toks[a].hash == ClaimWords.the else { return false }
        var j = a + 1
        // (A hyphenated modifier may hold a name: "The Luton-based carrier".)
        while j < e && j <= a + 3 && toks[j].kind == .word && (!toks[j].isCap || toks[j].has(Token.hyphenated)) {
            if isOrganisationNoun(j) { return true }
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
        return isOrganisationNoun(j)
    }

    /// The relation of lead sentence `s` that reports data: a document's ("…, Home Office figures show", "according
    /// to the latest survey from the Northgate Building Society"), or an organisation's when the lead gives a figure
    /// (`withFigure`: "Budget airline Skyvale has reported a 41% jump…"; not "The company said demand held up"). Not a
    /// person's, a pronoun's or an unnamed group's ("Chancellor Gordon Brown said…", "Analysts said…").
    func leadDataSource(_ s: Int, withFigure: Bool) -> Int? {
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

    /// Sentence `s` opens on a statement of data: a result ("Pre-tax profits rose to £86.4m", `statesAResult`), a
    /// count ("There were 276,000 violent offences recorded…", "A total of 33,930 applications were made…": a
    /// number within three words of "There" and a form of "be", or of "A total of"), or the figure before it again
    /// (`refersToTheFigureBefore`: "The figure is 4% higher than the previous year").
    func opensOnData(_ s: Int, _ figure: FigureKind) -> Bool {
        let e = sents[s].tokEnd
        let i = openingToken(s)
        guard i + 2 < e else { return false }
        if statesAResult(i, e, figure) || refersToTheFigureBefore(i, e) { return true }
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
    func opensWithPronounAlso(_ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard a + 1 < e, claimClasses(toks[a].hash).contains(.sourcePronoun) else { return false }
        return toks[a + 1].hash == ClaimWords.also || (a + 2 < e && toks[a + 2].hash == ClaimWords.also)
    }
}
