/// Check-worthy sentences (claims), their kind, and what sources each. Word lists: `ClaimWords.swift`.
///
/// A sentence is a claim when it holds one of these (after Full Fact's taxonomy; the writer's own cue first, a
/// cause only when nothing else is found, a cue inside a direct quote last):
/// - a **quantity**: money (`$3.2m`, `HK$19.8 billion`, `68m euros`, `4p`), a percentage (`5%`, `43 per cent`),
///   a magnitude (`5 million shares`, `a million albums`), a measure written against its number (`50GB`,
///   `100km`), a count of things in the world (`more than 100 pupils`, `1,100 flights`, `hundreds of
///   complaints`, `four people were ejected`, `he and three others`, `42 ethnic minority MPs`, a figure in
///   thousands alone: `rose to 5,000`), a sum without its figure (`a multi-million dollar windfall`, `millions in
///   dollars`), a fraction (`a third of`, `one in four`, `nine
///   out of 10`), a multiple (`tripled`, `to triple production`, `three times as many`, `tenfold`), odds (`the
///   7-2 favourite`), a market move (`fell 20 points`). A prediction word in the sentence ("will", "is
///   projected to", "set to") makes it a **prediction**;
/// - a **comparison or record**: a ranked superlative (`the world's fourth-largest`, `Russia's second
///   biggest`, `one of the largest`, `among the biggest`, `the largest in Europe`, `the warmest on record`, `the
///   most widely used … on the planet`, `the UK's most multi-racial`, `the only firm … in the UK`), a superlative
///   with a span
///   (`the worst since 1987`, `the highest in 20 years`), a record (`record losses`, `a new record`,
///   `unprecedented`, `all-time`), a first (`the first convictions for piracy`, `for the first time since
///   1966`), a career ordinal after a possessive (`his 12th Academy Award nomination`), a ranking by a measure
///   (`the best-selling debut`);
/// - a **cause** by an explicit connective: "led to", "because of", "thanks to", "driven by", "triggered",
///   "hit by", "due to" (not the scheduling "is due to begin", nor speculation: "could have contributed to").
///
/// Not claims: dates, years, ages and times alone; scores and results, awards, nominations, line-ups and sport
/// distances (`18-17`, `11 goals`, `12 Oscar nominations`, `5.05m`, `the women's 8km race`); numbers in names
/// (`13 Going on 30`, `PlayStation 5`, `the 7610 phone`); small counts that refer back or announce their list
/// (`the two men`, `three divisions: games, …`) or count kinds (`two ways`); superlatives of description or
/// judgement with no scope or hedged (`its largest store`, `the evening's loudest cheer`, `the greatest impact`,
/// `may be America's most successful`); a figure in a sentence-opening supposition (`If it cost $5m, …`); a
/// poll's own methodology (a
/// count beside "surveyed", "sample"; a margin of error); questions and all-capitals teasers; headlines.
///
/// Sourcing (`Claim.sourcedBy`, kept equal to `isSourced`), first that holds:
/// - a citation `[^id]` in the sentence or right after its stop; a link in the sentence;
/// - a claim inside a direct quote whose speaker was found (`.quote`); a claim inside a quote with no speaker is
///   left to `unattributed-quote`;
/// - an attribution of the sentence that reports (`X said`, `according to X`, `analysts predict`, `the poll
///   found`) — not an intention or a speech event ("seeking to cut", "was speaking to"), a phrasal verb of
///   action ("called in sick"), a conditional or adjectival participle ("If found guilty", "an estimated"), or a
///   passive with no agent ("is projected to", "it is reported"), a participle with no source before the noun it
///   describes ("alleged offences"), a request ("asked the court to order"), a
///   naming ("Called GSM"), or a bare quantifier as the source ("Some fear") — or one whose content, found
///   elsewhere, holds the figure;
/// - named evidence (`a CBS News poll`, `FEC filings`, `the poll, released on Wednesday, showed`, `Trump's plan
///   to…`, `those surveyed`) — a measure (`the FTSE 100 index`) only when it speaks — or, for a ranking, the
///   agent of a ranking participle (`listed as the third biggest spammer by watchdog Spamhaus`);
/// - carried (`.carried`): in the same paragraph, the previous sentence was sourced and this one continues it —
///   it has "also" (a pronoun alone narrates: "He is in talks…"), continues a poll's or a study's results (not a
///   plan's or a demand's: "Lee's demand for 10%" sources its own figure only), or gives
///   another percentage or sum after one from the same speaker; across a paragraph break only on "He also…".
extension AnalysisBuilder {
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

    mutating func findClaims() {
        claims = claimStage()
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
        var figures: [FigureKind] = []  // per claim of `out`
        var contents: [(range: TextRange, attribution: Int)]? = nil  // built on first need
        func holder(_ cue: TextRange) -> Int? {
            if contents == nil { contents = contentIndex() }
            return contentHolder(cue, contents!)
        }
        let table = ClaimWords.table
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let r = sentences[s].range
            let extendedEnd =
                s + 1 < sents.count && sents[s + 1].paragraph == sents[s].paragraph
                ? sentences[s + 1].range.start : paras[sents[s].paragraph].range.end + 1
            while ci < citations.count && citations[ci] < r.start { ci += 1 }
            while li < links.count && links[li].end <= r.start { li += 1 }
            guard let cue = claimCue(s, table), !isShouted(s), !isQuestion(s) else { continue }
            var by: Claim.Sourcing? = nil
            if ci < citations.count, citations[ci] <= extendedEnd {
                by = .citation
            } else if li < links.count, links[li].start < r.end {
                by = .link
            } else if let q = cue.quote {
                // The speaker's own figure; a quote with no speaker is `unattributed-quote`'s finding.
                guard quotes[q].attribution != nil else { continue }
                by = .quote(q)
            } else if let a = reportingAttribution(s, figure: tokRange(cue.first, cue.last)) {
                by = .attribution(a)
                carrierOf[s] = .speaker
            } else if let a = holder(tokRange(cue.first, cue.last)) {
                // Inside the content of a relation found elsewhere: a quote run's speaker, a report's statement
                // continued over several sentences.
                by = .attribution(a)
                carrierOf[s] = .speaker
            } else if cue.reason == .superlative, let ev = rankingAgent(s) {
                // "Listed as the third biggest spammer by watchdog Spamhaus": the ranking's author sources it.
                by = .evidence(ev)
                carrierOf[s] = .speaker
            } else if let ev = namedEvidence(s) {
                by = .evidence(ev)
                carrierOf[s] = carriesResults(ev, in: s) ? .evidence : .speaker
            } else if s > 0, sents[s - 1].paragraph + 1 == sents[s].paragraph, opensWithPronounAlso(s),
                reportingAttribution(s - 1) != nil
            {
                // Across a paragraph break only on an explicit cue: "He also highlighted plans for…".
                by = .carried(fromSentence: s - 1)
                carrierOf[s] = .speaker
            } else if s > 0, sents[s - 1].paragraph == sents[s].paragraph {
                let previousClaim = out.last.flatMap { $0.sentence == s - 1 ? $0 : nil }
                let carrier: Carrier? =
                    previousClaim != nil
                    ? carrierOf[s - 1]
                    : (reportingAttribution(s - 1) != nil
                        ? .speaker
                        : (namedEvidence(s - 1).map { carriesResults($0, in: s - 1) ? .evidence : .speaker }))
                let previousFigure = previousClaim != nil ? figures.last : nil
                if let c = carrier, continuesSource(s, cue.figure, carrier: c, previousFigure: previousFigure) {
                    by = .carried(fromSentence: s - 1)
                    carrierOf[s] = c
                }
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

    /// The first attribution of sentence `s` that reports a source's content: not a participle with no one
    /// speaking ("Adding to the chaos…"), an intention or a speech event ("seeking to cut", "was speaking to"),
    /// a phrasal verb of action ("called in sick"), a conditional or adjectival participle ("If found guilty",
    /// "an estimated five million"), or a passive with no agent ("is projected to").
    private func reportingAttribution(_ s: Int, figure: TextRange? = nil) -> Int? {
        for ai in sentenceAttributions[s] {
            let at = attributions[ai]
            // "nearly a fifth saying they were sick": a participle whose subject is the figure itself.
            if let f = figure, let sp = at.speakerRange, sp.overlaps(f),
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), isIngForm(k)
            {
                continue
            }
            // "Five mailed thousands of dossiers and an e-mail suggesting…": a participle right after its noun
            // reports that noun's content, not a figure stated before it.
            if let f = figure, let sp = at.sourceRange ?? at.speakerRange, f.end <= sp.start,
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), isIngForm(k), k > sents[s].tokStart,
                Int(toks[k - 1].end) == sp.end
            {
                continue
            }
            if sourcesFigures(ai) { return ai }
        }
        return nil
    }

    /// Relation `ai` reports someone's content: not an implicit speaker, a participle with no one speaking, an
    /// intention, a phrasal verb of action, a conditional or adjectival participle, or an agentless passive.
    private func sourcesFigures(_ ai: Int) -> Bool {
        let at = attributions[ai]
        let s = at.sentence
        if at.kind == .implicit { return false }
        if at.kind == .carried || at.kind == .accordingTo || at.kind == .colon { return true }
        guard let k = tokenStarting(at: at.cueRange.start, in: s) else { return true }
        // No speaker beside a participle that opens a clause: "Adding to the chaos…", "Responding to…"; nor
        // before a noun it describes: "for alleged offences", "reported cases".
        let describesNoun = k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1) && !isIngForm(k)
        if at.speakerRange == nil && (k == sents[s].tokStart || isIngForm(k) || describesNoun) { return false }
        // "charged with alleged offences", "a rise in reported cases": a participle between a preposition and
        // its noun describes the noun, whoever the relation found as its source.
        if describesNoun, k > sents[s].tokStart, ClaimWords.adjectivalHeads.contains(toks[k - 1].hash) { return false }
        let cls = ClaimWords.classes(toks[k].hash)
        let next = k + 1 < sents[s].tokEnd ? toks[k + 1].hash : 0
        if cls.contains(.notSourcingCue) && next != Lexicon.hThat { return false }
        // "called in sick", "called off": a phrasal verb of action ("said in a statement" still reports).
        if cls.contains(.phrasalAction) && ClaimWords.classes(next).contains(.particle) { return false }
        // "If found guilty", "an estimated five million": a participle that reports nothing.
        if k > sents[s].tokStart, ClaimWords.classes(toks[k - 1].hash).contains(.notReportHead) { return false }
        if isAgentlessPassive(k, s) { return false }
        if ClaimWords.classes(toks[k].hash).contains(.directiveCue) && isDirective(k, s) { return false }
        // "Called Global System for Mobiles, it…", "a virus dubbed Skulls": naming with no one speaking reports
        // nothing ("Gingrich called it “the loudest…”" still does).
        if ClaimWords.classes(toks[k].hash).contains(.namingCue), k + 1 < sents[s].tokEnd, toks[k + 1].isCap,
            k == sents[s].tokStart || at.speakerRange.map({ $0.contains(at.cueRange) }) ?? true
        {
            return false
        }
        // "Some fear that…", "Others thought to be…": a bare quantifier is neither named nor typed.
        if let sp = at.speakerRange, let t = tokenStarting(at: sp.start, in: s), Int(toks[t].end) == sp.end,
            ClaimWords.bareSources.contains(toks[t].hash)
        {
            return false
        }
        return true
    }

    /// The cue at `k` asks someone to act: "asked the court to order", "urged ministers to act" — a request
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

    /// Every content span of a reporting relation (not an implicit speaker), sorted by start, with its relation.
    private func contentIndex() -> [(range: TextRange, attribution: Int)] {
        var out: [(range: TextRange, attribution: Int)] = []
        for (ai, at) in attributions.enumerated() where !at.contentRanges.isEmpty && sourcesFigures(ai) {
            for r in at.contentRanges { out.append((r, ai)) }
        }
        out.sort { $0.range.start < $1.range.start }
        return out
    }

    /// The relation whose content holds `cue`, if any.
    private func contentHolder(_ cue: TextRange, _ contents: [(range: TextRange, attribution: Int)]) -> Int? {
        var lo = 0
        var hi = contents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if contents[mid].range.start <= cue.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && i >= lo - 8 {
            if contents[i].range.start <= cue.start && cue.end <= contents[i].range.end {
                return contents[i].attribution
            }
            i -= 1
        }
        return nil
    }

    /// The token of sentence `s` that starts at byte `offset`.
    private func tokenStarting(at offset: Int, in s: Int) -> Int? {
        var lo = sents[s].tokStart
        var hi = sents[s].tokEnd
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(toks[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sents[s].tokEnd && Int(toks[lo].start) == offset ? lo : nil
    }

    /// The verb at `k` is a passive with no agent: "is projected to", "it is reported", "are understood to have".
    func isAgentlessPassive(_ k: Int, _ s: Int) -> Bool {
        if isIngForm(k) { return false }  // "is proposing" is progressive, not passive
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var j = k - 1
        var skipped = 0
        while j >= a && skipped < 2 && toks[j].kind == .word && !toks[j].isCap
            && (toks[j].isA(.speakerSkip) && !ClaimWords.classes(toks[j].hash).contains(.be) || isLyAdverb(j))
        {
            j -= 1
            skipped += 1
        }
        guard j >= a, toks[j].kind == .word, ClaimWords.classes(toks[j].hash).contains(.be) else { return false }
        var n = k + 1
        while n < e && n <= k + 3 {
            if toks[n].hash == ClaimWords.by { return false }
            n += 1
        }
        return true
    }

    @inline(__always) private func isIngForm(_ i: Int) -> Bool {
        let e = Int(toks[i].end)
        return len(i) > 4 && syntax.prose[e - 1] == 0x67 && syntax.prose[e - 2] == 0x6E && syntax.prose[e - 3] == 0x69
    }

    @inline(__always) private func isLyAdverb(_ i: Int) -> Bool {
        let e = Int(toks[i].end)
        return len(i) > 4 && syntax.prose[e - 1] == 0x79 && syntax.prose[e - 2] == 0x6C
    }

    /// Sentence `s`, whose claim is a `figure`, continues the previous sentence's source: it has "also" near its
    /// start; or it continues a poll's or a study's results; or it gives another percentage or sum right after one
    /// from the same speaker. A pronoun alone carries nothing: "He is in talks to…", "He and three others were
    /// indicted" narrate what the speaker did, they do not continue what he said.
    private func continuesSource(_ s: Int, _ figure: FigureKind, carrier: Carrier, previousFigure: FigureKind?)
        -> Bool
    {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var i = a
        while i < e && toks[i].kind == .punct { i += 1 }
        guard i < e else { return false }
        var k = i
        while k < min(e, i + 4) {
            if toks[k].hash == ClaimWords.also, !inQuote(k) { return true }
            k += 1
        }
        if carrier == .evidence && figure != .other { return true }
        return figure == previousFigure && (figure == .percent || figure == .money)
    }

    /// Sentence `s` opens with a pronoun for a source followed by "also": "He also said", "They also found".
    private func opensWithPronounAlso(_ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard a + 1 < e, ClaimWords.classes(toks[a].hash).contains(.sourcePronoun) else { return false }
        return toks[a + 1].hash == ClaimWords.also || (a + 2 < e && toks[a + 2].hash == ClaimWords.also)
    }

    /// The sentence names its evidence outside quotes ("a CBS News poll", "FEC filings show", "census data",
    /// "those surveyed"), or gives the figure as someone's plan, proposal or claim ("Trump's plan to deport 11
    /// million"): the naming word.
    private func namedEvidence(_ s: Int) -> TextRange? {
        let a = sents[s].tokStart
        for k in a..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            if toks[k].isA(.sourceNoun), isNamedEvidence(k, s) { return toks[k].range }
            if ClaimWords.classes(toks[k].hash).contains(.respondents) { return toks[k].range }
            // "the same arguments: …", "his statement: …" — a colon after a cue introduces someone's content.
            if k + 1 < sents[s].tokEnd, toks[k + 1].punct == .colon,
                toks[k].isA(.reporting) || toks[k].isA(.intentionNoun)
            {
                return toks[k].range
            }
            if k > a, toks[k].isA(.intentionNoun), !(k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1)) {
                // "Trump's plan", "his proposal", "Sanders's point", "Trump's most famously false contention" —
                // not a noun used as a modifier ("the US budget deficit").
                var j = k - 1
                while j > a && j >= k - 3 {
                    let p = toks[j]
                    if p.has(Token.possessive) || isPossessive(j) || isPersonMention(j) || p.isA(.possessivePronoun) {
                        return toks[k].range
                    }
                    if p.kind != .word || p.isA(.function) && !p.isA(.comparative) && p.hash != Lexicon.hMostWord {
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
        return nil
    }

    /// A ranking participle with a named agent ("listed as … by watchdog Spamhaus", "ranked third by Forbes",
    /// "voted the best by readers of Empire"): the participle, whose agent names who ranked.
    private func rankingAgent(_ s: Int) -> TextRange? {
        let e = sents[s].tokEnd
        for k in sents[s].tokStart..<e where ClaimWords.rankingParticiples.contains(toks[k].hash) && !inQuote(k) {
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

    /// Named evidence at `ev` has results that a following sentence may continue without a cue: a poll, a
    /// study, "those surveyed" — not a plan, a demand or a speech, whose figures end with the sentence.
    private func carriesResults(_ ev: TextRange, in s: Int) -> Bool {
        guard let k = tokenStarting(at: ev.start, in: s) else { return false }
        return toks[k].isA(.sourceNoun) || ClaimWords.classes(toks[k].hash).contains(.respondents)
    }

    /// The evidence noun at `k` ("poll", "data", "report") names a source, not a thing: it speaks ("the poll
    /// found", "figures show"), it is named or owned ("a CBS News poll", "FEC filings", "its report"), or it is
    /// where the figure comes from ("in a statement", "from the survey") — not "six times more data".
    private func isNamedEvidence(_ k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        // "the poll found", "a new poll from USA TODAY/Suffolk University found", "The poll, released on
        // Wednesday by the institute, showed".
        var n = k + 1
        while n < e && n <= k + 12 {
            let u = toks[n]
            if u.kind == .punct {
                if u.isTerminator || u.punct == .semicolon || u.punct == .colon || u.isDoubleQuote { break }
                n += 1
                continue
            }
            if u.kind == .word && !u.isCap && !inQuote(n)
                && (u.isA(.reporting) || ClaimWords.classes(u.hash).contains(.evidenceVerb))
                && !(toks[n - 1].hash == ClaimWords.to || toks[n - 1].isA(.determiner))
            {
                return true
            }
            n += 1
        }
        // "the FTSE 100 index", "the Dow Jones average": a measure, not a document, unless it speaks.
        guard k > a, !ClaimWords.measureNouns.contains(toks[k].hash) else { return false }
        let p = toks[k - 1]
        if p.has(Token.possessive) || isPossessive(k - 1) || p.isA(.possessivePronoun) { return true }
        // "a CBS News poll", "FEC filings", "a Reuters rolling poll".
        for j in max(a, k - 2)..<k where toks[j].kind == .word && toks[j].isCap && !isInitial(j, sentenceStart: a) {
            return true
        }
        if mentionOf[k - 1] >= 0 { return true }
        if k - 2 >= a, p.isA(.determiner) {
            let h = toks[k - 2].hash
            if h == ClaimWords.inn || h == Lexicon.hFrom || h == ClaimWords.by { return true }
        }
        return false
    }

    /// Token `k` is a lowercase content word: the noun before it is a modifier ("budget deficit").
    private func isModifiedNoun(_ k: Int) -> Bool {
        toks[k].kind == .word && !toks[k].isCap && !toks[k].isA(.function) && !toks[k].isA(.reporting)
    }

    /// Token `j` is a scope a ranking can run over: "world's", "country's", or a place or an organisation
    /// that the entity stage knows ("the UK's", "America's").
    private func isPlaceOrBody(_ j: Int) -> Bool {
        if ClaimWords.classes(toks[j].hash).contains(.scopeNoun) { return true }
        guard mentionOf[j] >= 0 else { return false }
        let kind = entities[mentions[Int(mentionOf[j])].entity].kind
        return kind == .place || kind == .organization
    }

    /// Token `j` belongs to the mention of a person ("the Sanders plan"), not of a place or programme.
    private func isPersonMention(_ j: Int) -> Bool {
        mentionOf[j] >= 0 && entities[mentions[Int(mentionOf[j])].entity].kind == .person
    }

    // MARK: Finding the claim

    /// A question asserts nothing ("Who told you that 90 percent of your e-mails were kept?").
    private func isQuestion(_ s: Int) -> Bool {
        var k = sents[s].tokEnd - 1
        while k > sents[s].tokStart && toks[k].kind == .punct && toks[k].punct != .question && !toks[k].isTerminator {
            k -= 1
        }
        return toks[k].punct == .question
    }

    /// An all-capitals sentence is a section heading or a teaser, not a claim.
    private func isShouted(_ s: Int) -> Bool {
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
    private func claimCue(_ s: Int, _ table: HashTable) -> ClaimCue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var inside: ClaimCue? = nil
        var causal: ClaimCue? = nil
        var k = a
        var found: ClaimCue? = nil
        let starts = ClaimWordClass.anyCueStart.rawValue
        let function = WordClass.function.rawValue
        let numberWord = WordClass.numberWord.rawValue
        let exceptions = ClaimWords.functionCueStarts
        let supposition = conditionalClauseEnd(a, e)
        while k < e {
            // The fast path: a function word that is no number and starts no cue (most tokens) costs a bit test
            // and a short scan, any other word that starts no cue one table lookup.
            let t = toks[k]
            if t.kind == .word {
                let skip = t.cls & function != 0 && t.cls & numberWord == 0 && !exceptions.contains(t.hash)
                if skip || table.lookup(t.hash) & starts == 0 && !t.has(Token.hyphenated) {
                    k += 1
                    continue
                }
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
            // "may be America's most successful", "probably the world's most enthusiastic": a judgement; "If it
            // cost $5m, …": a supposition.
            if c.reason == .superlative && isHedged(c.first, a, overPhrase: true) || c.last < supposition {
                k = max(k + 1, c.last + 1)
                continue
            }
            if direct {
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
        if c.reason == .quantity, c.quote == nil, isPrediction(s) { c.reason = .forecast }
        if c.reason == .quantity, c.quote == nil, describesMethodology(s, figure: c.figure) { return nil }
        return c
    }

    /// The comma that ends a sentence-opening condition ("If it cost $5m, it would fail"), or the sentence start
    /// when there is none: a figure before it is a supposition, not a claim.
    private func conditionalClauseEnd(_ a: Int, _ e: Int) -> Int {
        var i = a
        while i < e && toks[i].kind == .punct { i += 1 }
        guard i < e, ClaimWords.conditionals.contains(toks[i].hash) else { return a }
        var j = i + 1
        while j < e {
            if toks[j].punct == .comma { return j }
            if toks[j].isTerminator || toks[j].punct == .semicolon { return a }
            j += 1
        }
        return a
    }

    /// A prediction word outside quotes ("will", "forecast", "is projected to", "set to").
    private func isPrediction(_ s: Int) -> Bool {
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && !toks[k].isCap && !inQuote(k) {
            if ClaimWords.classes(toks[k].hash).contains(.prediction) {
                // "set" and "likely" only before "to": "is set to grow", not "likely voters".
                if toks[k].hash == ClaimWords.set || toks[k].hash == ClaimWords.likely,
                    !(k + 1 < sents[s].tokEnd && toks[k + 1].hash == ClaimWords.to)
                {
                    continue
                }
                return true
            }
        }
        return false
    }

    /// A poll's own methodology: a count beside "surveyed", "sample", "poll of" ("1,004 adults were surveyed"),
    /// or any figure of a margin of error ("plus or minus four percentage points").
    private func describesMethodology(_ s: Int, figure: FigureKind) -> Bool {
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            if figure == .count && ClaimWords.classes(toks[k].hash).contains(.methodology) { return true }
            if toks[k].hash == ClaimWords.margin, k + 3 < sents[s].tokEnd, toks[k + 1].hash == ClaimWords.of,
                toks[k + 2].hash == ClaimWords.error || toks[k + 3].hash == ClaimWords.error
            {
                return true
            }
        }
        return false
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
            let cls = ClaimWords.classes(n.hash)
            // "m" and "k" scale a number only when written against it ("£7m"); "million" may stand apart;
            // "$1.2bn-worth".
            let magnitude =
                cls.contains(.magnitude)
                || n.has(Token.hyphenated) && ClaimWords.classes(hyphenParts(j + 1).0).contains(.magnitude)
            if magnitude && !n.isCap && (attached(j + 1) || len(j + 1) > 2) { j += 1 }
        }
        if j + 1 < e, toks[j + 1].kind == .word, !toks[j + 1].isCap,
            ClaimWords.classes(toks[j + 1].hash).contains(.currency)
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
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .percent)
            }
            if n.kind == .word && !n.isCap {
                let cls = ClaimWords.classes(n.hash)
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
            if n.kind == .word, attached(k + 1), ClaimWords.classes(n.hash).contains(.attachedUnit) {
                if namesAnEvent(k, k + 1, a, e) { return nil }
                return ClaimCue(reason: .quantity, first: from, last: k + 1, figure: .other)
            }
            // A career ordinal after a possessive: "his 12th Academy Award nomination", "Hewitt's 24th title".
            if n.kind == .word, attached(k + 1), ClaimWords.classes(n.hash).contains(.ordinalSuffix),
                let c = possessiveOrdinal(k, k + 1, a, e)
            {
                return c
            }
        }
        if let last = oddsEnd(k, a, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .other) }
        guard isPlainNumber(k, a, e), !isUnitNumber(k) else { return nil }
        // "nine out of 10", "one in four" (the first number of the pair).
        if let last = ratioEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .count) }
        // "six times more", "three times as many".
        if let last = timesEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .other) }
        if k > a, toks[k - 1].kind == .word, ClaimWords.classes(toks[k - 1].hash).contains(.rankWord) { return nil }
        if let last = partitiveEnd(k, e) { return ClaimCue(reason: .quantity, first: from, last: last, figure: .count) }
        if let noun = countedNoun(after: k, a, e, small: len(k) == 1, approximate: from < k) {
            return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
        }
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
        if toks[k].kind == .word, ClaimWords.classes(toks[k].hash).contains(.vagueCount), j + 1 < e,
            toks[j].hash == ClaimWords.inn, ClaimWords.classes(toks[j + 1].hash).contains(.currency)
        {
            return j + 1
        }
        if toks[k].kind == .word, ClaimWords.classes(toks[k].hash).contains(.vagueCount), j + 1 < e,
            toks[j].hash == ClaimWords.of
        {
            j += 1
            if j < e, toks[j].hash == ClaimWords.the || toks[j].isA(.possessivePronoun) { j += 1 }
            guard j < e && toks[j].kind == .word && !toks[j].isCap else { return nil }
            // The message quotes the noun counted: "thousands of fake dossiers", not "thousands of fake".
            var n = j
            while n + 1 < e && n < j + 2 && !isPlural(n) && !ClaimWords.classes(toks[n].hash).contains(.irregularPlural)
                && toks[n + 1].kind == .word && !toks[n + 1].isCap && !toks[n + 1].isA(.function)
            {
                n += 1
            }
            return isPlural(n) || ClaimWords.classes(toks[n].hash).contains(.irregularPlural) ? n : j
        }
        guard j < e, toks[j].kind == .word, !toks[j].isCap || isPluralAcronym(j), toks[j].has(Token.spaceBefore)
        else { return nil }
        // Up to two modifiers before the noun: "100 secondary pupils", "three weekly journeys", "42 ethnic
        // minority MPs"; "three other men", "he and three others" count people too.
        var rate = false
        while j < e && j <= k + 3 {
            let w = toks[j]
            guard w.kind == .word, !w.isCap || isPluralAcronym(j) else { return nil }
            if w.hash == ClaimWords.other {
                j += 1
                continue
            }
            let cls = ClaimWords.classes(w.hash)
            // "people" and "others" are function words to the lexicon (they open no name) but count here.
            let counted = w.hash == ClaimWords.others || cls.contains(.irregularPlural) || isPluralAcronym(j)
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
                    && (refersBack(k, a) || introducesList(after: j, e))
                {
                    return nil
                }
                return j
            }
            j += 1
        }
        return nil
    }

    /// The count at `k` refers back to things already named: after "the", "those", "these", a position ("the
    /// first two volunteers", "the other three") or a possessive ("the two men", "its three divisions").
    private func refersBack(_ k: Int, _ a: Int) -> Bool {
        guard k > a else { return false }
        let p = toks[k - 1]
        return ClaimWords.definiteHeads.contains(p.hash) || p.isA(.possessivePronoun) || isPossessive(k - 1)
    }

    /// The counted noun at `j` announces a list of what it counts: a colon, a dash or a bracket right after it
    /// and then a name ("three core divisions: gaming, …", "two airlines - US Airways and Comair").
    private func introducesList(after j: Int, _ e: Int) -> Bool {
        guard j + 2 < e else { return false }
        let p = toks[j + 1]
        if p.punct == .colon { return true }
        guard p.punct == .hyphen || p.punct == .dash || p.punct == .lparen else { return false }
        return toks[j + 2].kind == .word && toks[j + 2].isCap
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

    /// A plural noun: ends in -s (not -ss, -us, -is: "press", "bonus", "analysis").
    private func isPlural(_ j: Int) -> Bool {
        let end = Int(toks[j].end)
        guard len(j) > 2, syntax.prose[end - 1] == 0x73 else { return false }
        let p = syntax.prose[end - 2]
        return p != 0x73 && p != 0x75 && p != 0x69 && p != 0x27
    }

    /// "per week", "a year", "each month", "every day" right after the counted noun at `j`.
    private func hasRate(after j: Int, _ e: Int) -> Bool {
        guard j + 1 < e, toks[j + 1].kind == .word else { return false }
        let h = toks[j + 1].hash
        if h == ClaimWords.per { return true }
        if ClaimWords.classes(h).contains(.rate), j + 2 < e, toks[j + 2].isA(.timeUnit) { return true }
        return false
    }

    /// A count of a group already named: "Twelve of them", "three of those" — the last token.
    private func partitiveEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.of, ClaimWords.partitiveHeads.contains(toks[k + 2].hash) else {
            return nil
        }
        return k + 2
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
        if toks[j].kind == .number || (toks[j].kind == .word && ClaimWords.classes(toks[j].hash).contains(.countWord)) {
            return j
        }
        return nil
    }

    /// "six times more", "three times as many", "10 times the": the last token of the multiple.
    private func timesEnd(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == ClaimWords.times else { return nil }
        if ClaimWords.classes(toks[k + 2].hash).contains(.timesComparative) {
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

    /// An ordinal after "the" or a possessive and before a span within a few words: "the third meeting since
    /// December", "for the second time in two years" — not "the second half".
    private func isOrdinalWithSpan(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, k + 1 < e else { return false }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) || p.isA(.possessivePronoun) else { return false }
        let n = toks[k + 1]
        if n.kind == .word, n.hash != Lexicon.hTimeWord, ClaimWords.classes(n.hash).contains(.notFirstNoun) {
            return false
        }
        return hasRecordSpan(after: k, e)
    }

    private func wordCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        let cls = ClaimWords.classes(t.hash)
        // Most words start no cue: one table lookup decides.
        if cls.isDisjoint(with: ClaimWordClass.anyCueStart) && !t.has(Token.hyphenated) { return nil }
        if t.isCap && !isInitial(k, sentenceStart: a) { return nil }
        // Counts in words: "four children", "hundreds of complaints", "five million", "One in four".
        if cls.contains(.countWord) {
            if k + 1 < e, toks[k + 1].kind == .word, !toks[k + 1].isCap, toks[k + 1].isA(.magnitude) {
                return ClaimCue(reason: .quantity, first: k, last: amountEnd(k, e), figure: .count)
            }
            if let last = ratioEnd(k, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .count) }
            if let last = timesEnd(k, e) { return ClaimCue(reason: .quantity, first: k, last: last, figure: .other) }
            if k + 1 < e, toks[k + 1].isA(.percent) || toks[k + 1].hash == ClaimWords.per {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .percent)
            }
            let from = comparativeStart(k, a) ?? k
            if k > a, toks[k - 1].kind == .word, ClaimWords.classes(toks[k - 1].hash).contains(.rankWord) {
                return nil
            }
            if let last = partitiveEnd(k, e) {
                return ClaimCue(reason: .quantity, first: from, last: last, figure: .count)
            }
            if let noun = countedNoun(after: k, a, e, small: cls.contains(.smallCount), approximate: from < k) {
                return ClaimCue(reason: .quantity, first: from, last: noun, figure: .count)
            }
            return nil
        }
        if t.hash == ClaimWords.one, let last = ratioEnd(k, e) {
            return ClaimCue(reason: .quantity, first: k, last: last, figure: .count)
        }
        // "more than a million albums", "one billion dollars".
        if t.hash == ClaimWords.a || t.hash == ClaimWords.one, k + 1 < e, toks[k + 1].kind == .word,
            !toks[k + 1].isCap, ClaimWords.classes(toks[k + 1].hash).contains(.largeMagnitude)
        {
            return ClaimCue(
                reason: .quantity, first: comparativeStart(k, a) ?? k, last: amountEnd(k, e), figure: .count)
        }
        if t.has(Token.hyphenated) {
            // "Forty-three per cent", "fourth-largest".
            let (head, tail) = hyphenParts(k)
            let headCls = ClaimWords.classes(head)
            if headCls.contains(.countWord), k + 1 < e, toks[k + 1].isA(.percent) || toks[k + 1].hash == ClaimWords.per
            {
                return ClaimCue(reason: .quantity, first: k, last: k + 1, figure: .percent)
            }
            if headCls.contains(.ordinal) && ClaimWords.classes(tail).contains(.measureSuperlative) {
                return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
            }
            // "a multi-million dollar windfall", "a multi-billion pound deal": a sum without its figure.
            if head == ClaimWords.multi && ClaimWords.classes(tail).contains(.largeMagnitude) {
                return ClaimCue(reason: .quantity, first: k, last: amountEnd(k, e), figure: .money)
            }
        }
        if cls.contains(.fraction), let c = fractionCue(k, a, e) { return c }
        if cls.contains(.multiplier) { return ClaimCue(reason: .quantity, first: k, last: k, figure: .other) }
        if cls.contains(.multiplierBase), k > a, ClaimWords.classes(toks[k - 1].hash).contains(.modal) {
            return ClaimCue(reason: .quantity, first: k, last: k, figure: .other)
        }
        if cls.contains(.recordWord) { return ClaimCue(reason: .superlative, first: k, last: k, figure: .other) }
        if cls.contains(.ordinal) || t.hash == ClaimWords.first, let c = possessiveOrdinal(k, k, a, e) { return c }
        // A ranking by a measure needs no scope after "the": "the best-selling debut", "the most-watched show".
        if cls.contains(.measureSuperlative),
            isRankedSuperlative(k, a, e)
                || ClaimWords.measuredRankings.contains(t.hash) && k > a && toks[k - 1].hash == ClaimWords.the
        {
            // The message quotes the ranking with its scope: "world's second largest", "Germany's largest".
            var first = k > a && ClaimWords.classes(toks[k - 1].hash).contains(.ordinal) ? k - 1 : k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: k, figure: .other)
        }
        if t.hash == ClaimWords.most, let last = mostRankingEnd(k, a, e) {
            var first = k
            if first > a, toks[first - 1].has(Token.possessive) { first -= 1 }
            return ClaimCue(reason: .superlative, first: first, last: last, figure: .other)
        }
        if t.hash == ClaimWords.only, isOnlyClaim(k, a, e) {
            // The message quotes what is the only one: "the only firm", "the only mobile phone operators".
            var last = k
            while last + 1 < e && last < k + 3 && toks[last + 1].kind == .word && !toks[last + 1].isCap
                && !toks[last + 1].isA(.function)
            {
                last += 1
            }
            return ClaimCue(reason: .superlative, first: k - 1, last: last, figure: .other)
        }
        if cls.contains(.judgementSuperlative), hasRecordSpan(after: k, e) {
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
        // "for the second time in two years", "the third meeting since December": an ordinal with a span.
        if cls.contains(.ordinal), isOrdinalWithSpan(k, a, e) {
            return ClaimCue(reason: .superlative, first: k, last: k, figure: .other)
        }
        if let last = causalEnd(k, a, e) { return ClaimCue(reason: .causal, first: k, last: last, figure: .other) }
        return nil
    }

    /// An ordinal from `k` to `last` after a possessive and before a noun — a tally or a first in a career
    /// ("his 12th Academy Award nomination", "Greene's second consecutive defeat", "her first ATP final") — not a
    /// time or a stage ("his first day", "their second half").
    private func possessiveOrdinal(_ k: Int, _ last: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        guard k > a, last + 1 < e else { return nil }
        let p = toks[k - 1]
        guard isPossessive(k - 1) || p.isA(.possessivePronoun) else { return nil }
        let n = toks[last + 1]
        guard n.kind == .word, !n.isA(.function), !n.isA(.timeUnit),
            !ClaimWords.classes(n.hash).contains(.notFirstNoun)
        else { return nil }
        return ClaimCue(reason: .superlative, first: k, last: last, figure: .other)
    }

    /// Token `j` is a possessive: "Germany's", or a plural possessive written as a word and an apostrophe
    /// ("Roberts'", "US Airways'").
    @inline(__always) private func isPossessive(_ j: Int) -> Bool {
        let t = toks[j]
        if t.has(Token.possessive) { return true }
        return (t.punct == .sqStraight || t.punct == .sqClose) && j > 0 && attached(j) && toks[j - 1].kind == .word
            && syntax.prose[Int(toks[j - 1].end) - 1] == 0x73
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

    /// "a third of", "nearly a fifth", "three-quarters", "half of", "two-thirds" — not "the first half".
    private func fractionCue(_ k: Int, _ a: Int, _ e: Int) -> ClaimCue? {
        let t = toks[k]
        if t.has(Token.hyphenated) { return ClaimCue(reason: .quantity, first: k, last: k, figure: .count) }
        let next = k + 1 < e ? toks[k + 1] : nil
        // "a third Obama term", "a third world country", "half-time", "a quarter hour".
        if let n = next,
            n.punct == .hyphen || n.isA(.timeUnit) || n.isCap
                || (!n.isA(.function) && ClaimWords.classes(n.hash).contains(.notFirstNoun))
        {
            return nil
        }
        guard k > a else { return nil }
        let p = toks[k - 1]
        if p.isA(.month) || ClaimWords.classes(p.hash).contains(.ordinal) || p.hash == ClaimWords.first
            || p.hash == ClaimWords.the
        {
            return nil
        }
        let counted =
            p.hash == ClaimWords.a || p.hash == ClaimWords.one || ClaimWords.classes(p.hash).contains(.countWord)
        if t.hash == ClaimWords.half {
            // "half of", "nearly half those surveyed", "half the staff".
            guard let n = next,
                n.hash == ClaimWords.of || n.hash == ClaimWords.the || n.hash == ClaimWords.those
                    || n.isA(.possessivePronoun)
            else { return nil }
            if counted || p.hash == ClaimWords.nearly || p.hash == ClaimWords.almost || p.hash == ClaimWords.about
                || p.hash == ClaimWords.than || ClaimWords.classes(p.hash).contains(.be)
            {
                // The message quotes "more than half", not "than half".
                let first = p.hash == ClaimWords.than ? (comparativeStart(k, a) ?? k - 1) : k - 1
                return ClaimCue(reason: .quantity, first: first, last: k, figure: .count)
            }
            return nil
        }
        guard counted else { return nil }
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
        if j >= a, ClaimWords.classes(toks[j].hash).contains(.ordinal) { return true }
        if j >= a, toks[j].hash == ClaimWords.the, j - 2 >= a, toks[j - 1].hash == ClaimWords.of,
            toks[j - 2].hash == ClaimWords.one
        {
            return true
        }
        // "among the biggest laggards".
        if j - 1 >= a, toks[j].hash == ClaimWords.the, toks[j - 1].hash == ClaimWords.among { return true }
        while j >= a && j >= k - 2 {
            let p = toks[j]
            if p.has(Token.possessive) {
                return p.isCap || ClaimWords.classes(p.hash).contains(.scopeNoun)
            }
            if isPossessive(j) { return toks[j - 1].isCap }  // "Wales' largest club"
            if p.kind != .word { break }
            j -= 1
        }
        return hasRecordSpan(after: k, e) || hasPlaceScope(after: k, e, within: 5)
    }

    /// A place that scopes a ranking within `within` words after `k`: "in Europe", "in the world", "on the
    /// planet", "in the UK" — words, numbers and hyphens between ("the only firm with a mobile network in the UK").
    private func hasPlaceScope(after k: Int, _ e: Int, within: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + within {
            if toks[n].hash == ClaimWords.inn || toks[n].hash == ClaimWords.on, n + 1 < e {
                let w = toks[n + 1].hash == ClaimWords.the && n + 2 < e ? n + 2 : n + 1
                if toks[w].isCap && toks[n].hash == ClaimWords.inn || ClaimWords.worldNouns.contains(toks[w].hash) {
                    return true
                }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen && !toks[n].isDoubleQuote { break }
            n += 1
        }
        return false
    }

    /// "the only firm with a mobile network in the UK", "the only operators until 1993": "the only" with a
    /// place or a span — not "the only way to", "the only thing".
    private func isOnlyClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, toks[k - 1].hash == ClaimWords.the else { return false }
        if hasPlaceScope(after: k, e, within: 8) { return true }
        var n = k + 1
        while n < e && n <= k + 8 && toks[n].kind != .punct {
            let h = toks[n].hash
            if (h == ClaimWords.since || h == ClaimWords.until) && n + 1 < e && toks[n + 1].kind == .number {
                return true
            }
            if h == ClaimWords.ever { return true }
            n += 1
        }
        return false
    }

    /// "the most widely used technology on the planet", "the UK's most multi-racial seats": "most" before an
    /// adjective, ranked by a named possessive scope or a place or span after it; the last token of the
    /// adjective ("most widely used"). Not "the most of", "most people", nor a judgement with no scope ("one of
    /// the most influential teachers").
    private func mostRankingEnd(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k > a, k + 1 < e else { return nil }
        let p = toks[k - 1]
        let n = toks[k + 1]
        guard n.kind == .word, !n.isCap, !n.isA(.function) else { return nil }
        if p.hash == ClaimWords.the {
            guard hasRecordSpan(after: k, e) || hasPlaceScope(after: k, e, within: 7) else { return nil }
        } else {
            // A place or a body ranks ("the UK's most multi-racial"); a person's "most" describes ("Trump's most
            // provocative declarations").
            guard p.has(Token.possessive), isPlaceOrBody(k - 1) else { return nil }
        }
        return isLyAdverb(k + 1) && k + 2 < e && toks[k + 2].kind == .word ? k + 2 : k + 1
    }

    /// "since 1987", "ever", "in history", "on record" within a few words after `k`.
    private func hasRecordSpan(after k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + 5 {
            let h = toks[n].hash
            if h == ClaimWords.since || h == ClaimWords.ever { return true }
            // "in history", "in the country's history".
            if h == ClaimWords.history, (max(k + 1, n - 3)..<n).contains(where: { toks[$0].hash == ClaimWords.inn }) {
                return true
            }
            if h == ClaimWords.record, toks[n - 1].hash == ClaimWords.on { return true }
            // "the worst in 20 years", "the highest for a decade", "the biggest rise in a generation".
            if h == ClaimWords.inn || h == ClaimWords.forr, n + 2 < e {
                let q = toks[n + 1]
                let u = toks[n + 2]
                let counted =
                    q.kind == .number || q.hash == ClaimWords.a
                    || ClaimWords.classes(q.hash).contains(.countWord)
                if counted && (u.isA(.timeUnit) || ClaimWords.spans.contains(u.hash)) { return true }
            }
            if toks[n].kind == .punct && toks[n].punct != .hyphen { return false }
            n += 1
        }
        return false
    }

    /// "record losses", "a record", "a new record", "world record", "record high" — not "record label",
    /// "his record", "track record", "on record".
    private func isRecordClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        if k > a {
            let p = toks[k - 1]
            if p.has(Token.possessive) || ClaimWords.hasOrOn.contains(p.hash) || p.isA(.possessivePronoun) {
                return false
            }
        }
        let next = k + 1 < e ? toks[k + 1] : nil
        let previous = k > a ? toks[k - 1].hash : 0
        if let n = next, n.kind == .word, !n.isA(.function) {
            if ClaimWords.recordHighs.contains(n.hash) { return true }
            if ClaimWords.classes(n.hash).contains(.notRecordNoun) { return false }
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

    /// "the first convictions for piracy", "one of the first to", "for the first time since", "the first ever".
    private func isFirstClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 1 < e, k > a else { return false }
        let n = toks[k + 1]
        if n.hash == ClaimWords.ever { return true }
        if n.hash == Lexicon.hTimeWord {
            return k + 2 < e && (toks[k + 2].hash == ClaimWords.since || toks[k + 2].hash == ClaimWords.inn)
                && k + 3 < e && (toks[k + 3].kind == .number || toks[k + 3].hash == ClaimWords.history)
        }
        let p = toks[k - 1]
        guard p.hash == ClaimWords.the || isPossessive(k - 1) else { return false }
        if n.kind == .word, ClaimWords.classes(n.hash).contains(.notFirstNoun) { return false }
        var j = k + 1
        while j < min(e, k + 6) {
            let h = toks[j].hash
            if h == ClaimWords.since
                || h == ClaimWords.to && j + 1 < e && toks[j + 1].kind == .word
                    && !toks[j + 1].isCap && !toks[j + 1].isA(.function)
            {
                return true
            }
            if h == Lexicon.hFor && j > k + 1 && !toks[j - 1].isCap { return true }
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
        if let allowed = ClaimWords.causalPairs[t.hash], allowed.contains(toks[k + 1].hash) {
            if isHedged(k, a) { return nil }
            if t.hash == ClaimWords.result {
                guard k >= a + 2, toks[k - 1].hash == ClaimWords.a, toks[k - 2].hash == ClaimWords.as else {
                    return nil
                }
            }
            if t.hash == ClaimWords.due {
                // "is due to begin", "had been due to lead": a schedule, not a cause.
                if k > a, ClaimWords.classes(toks[k - 1].hash).contains(.be) { return nil }
                if k + 2 < e, toks[k + 2].hash == ClaimWords.be { return nil }
            }
            return k + 1
        }
        if ClaimWords.causalVerbs.contains(t.hash), k > a, !ClaimWords.classes(toks[k - 1].hash).contains(.be),
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
                ClaimWords.hedgeFillers.contains(t.hash) || ClaimWords.classes(t.hash).contains(.be)
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
