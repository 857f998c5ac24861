/// Named evidence and the frames that source a figure with no reporting verb (part of the claim stage,
/// `ClaimFinder.swift`): a poll, a document or a plan the sentence names (`namedEvidence`, `isNamedEvidence`) and
/// whether its results run on (`speaksAsEvidence`, `carriesResults`); a hearing, a light verb of speech, a stance, a
/// transcript's answer, a document's terms, a ranking's agent, a rating's publisher, a plan unveiled, an estimate put
/// and a forecast revised.
extension ClaimStage {
    /// The sentence names its evidence outside quotes ("a CBS News poll", "FEC filings show", "census data",
    /// "those surveyed"), or gives the figure as someone's plan, proposal or claim ("Trump's plan to deport 11
    /// million"; a plan or a pledge only for a `figure` in its own complement): the naming word.
    func namedEvidence(_ s: Int, figure: TextRange? = nil) -> TextRange? {
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
            if recorded == nil, held.recordingParticiples.contains(toks[k].hash), k + 2 < sents[s].tokEnd,
                toks[k + 1].hash == ClaimWords.by
            {
                let n = toks[k + 2].hash == ClaimWords.the && k + 3 < sents[s].tokEnd ? k + 3 : k + 2
                // ("the smallest Labour lead recorded by the company": a definite body named before.)
                if toks[n].isCap || mentionOf[n] >= 0 || n == k + 3 && isOrganisationNoun(n) {
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
            // ("strong demand from China", "surging demand", "as demand from China's factories outstripped supply":
            // a market's demand, no one's — a modifier, or "demand" bare after a word of grammar, where someone's
            // demand is "a demand", "his demand".)
            if k > a, held.demanding.contains(toks[k].hash),
                held.marketDemandModifiers.contains(toks[k - 1].hash) || endsInIng(k - 1)
                    || toks[k].hash == ClaimWords.demand && toks[k - 1].isA(.function)
                        && !toks[k - 1].isA(.determiner) && !toks[k - 1].isA(.possessivePronoun)
            {
                continue
            }
            // ("his tally for the season", "her average": a pronoun's measure is a record of play, no one's report.)
            // ("comedy The Best Man's Speech": a capitalised word of a title is no one's speech.)
            // ("since Dorsey took charge in 2003", "in charge": a role taken, no accusation.)
            if k > a, toks[k].hash == ClaimWords.charge,
                held.takeForms.contains(toks[k - 1].hash) || toks[k - 1].hash == ClaimWords.inn
            {
                continue
            }
            if k > a, toks[k].isA(.intentionNoun), !(toks[k].isCap && mentionOf[k] >= 0),
                !(k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1)), !isAwaited(k, a, sents[s].tokEnd),
                !(held.measureNouns.contains(toks[k].hash) && toks[k - 1].isA(.possessivePronoun)),
                !isRankLevel(k)
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

    /// The noun at `k` is a level on a scale, not a stance: a noun of a level (`ClaimWords.levelNouns`) right after
    /// a superlative. "The pound fell to its lowest point since 1985." ranks the pound (the writer's record), where
    /// "The party's position is that taxes would rise by 5%." is the party's stance, which sources its figure. The
    /// caller holds `k` past its sentence's first word.
    private func isRankLevel(_ k: Int) -> Bool {
        guard held.levelNouns.contains(toks[k].hash) else { return false }
        let before = claimClasses(toks[k - 1].hash)
        return before.contains(.measureSuperlative) || before.contains(.judgementSuperlative)
    }

    /// The evidence noun at `k` is what something is measured against: a verb of beating or missing
    /// (`ClaimWords.benchmarkWords`: "beat City forecasts", "missed the estimates") within three words before it,
    /// past its modifiers.
    private func isBenchmark(_ k: Int, _ a: Int) -> Bool {
        hasWord(in: held.benchmarkWords, before: k, from: a, within: 3)
    }

    /// The figure lies in the complement of the plan noun at `k`: "to", "for", "of", "that" or a comma and
    /// "including" right after the noun (or after its owner: "a proposal from Sanders to…"), then up to eight tokens
    /// of one clause before the figure.
    private func holdsInComplement(_ k: Int, _ s: Int, _ figure: TextRange) -> Bool {
        let e = sents[s].tokEnd
        guard k + 1 < e, Int(toks[k].end) <= figure.start else { return false }
        var n = k + 1
        // "a proposal from Sanders to raise the wage to $15": past its owner, named after "from" or "by".
        if n + 1 < e, toks[n].hash == Lexicon.hFrom || toks[n].hash == Lexicon.hBy, mentionOf[n + 1] >= 0 {
            n = mentions[Int(mentionOf[n + 1])].tokEnd
        }
        if n < e, toks[n].punct == .comma { n += 1 }
        guard n < e, held.complementOpeners.contains(toks[n].hash) else { return false }
        // "that" opens a content clause only with its verb's mood ("Hale's proposal that taxes would fall 10%"); a
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
                held.finiteAuxiliaries.contains(toks[n].hash)
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
    /// inquest, tribunal…) before "heard" or a passive "told", outside quotes — "Pell diverted £1.2m, Leeds Crown
    /// Court heard", "The jury was told that…", "An inquest heard", "a court has heard". Auxiliaries and adverbs
    /// may stand between (`WordClass.speakerSkip`): "The court previously heard that…", "The jury has previously
    /// been told that…", but not a negation ("The jury was not told that…"). Where the hearing sits may stand
    /// between too (`hearingPlaceEnd`): "An inquest in Shrewsbury heard midwives missed three chances to act". The
    /// hearing's noun and verb, or nil. (Not "the court ruled", a decision the writer reports.)
    func hearingFrame(_ s: Int) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        for k in a..<(e - 1) where toks[k].kind == .word && held.hearingNouns.contains(toks[k].hash) {
            guard !inQuote(k) else { continue }
            let place = hearingPlaceEnd(after: k, e)
            var j = place + 1
            var passive = false
            while j < e - 1, j <= place + 4, toks[j].kind == .word, toks[j].isA(.speakerSkip),
                toks[j].hash != ClaimWords.heard, toks[j].hash != Lexicon.hTold, !held.negations.contains(toks[j].hash)
            {
                if claimClasses(toks[j].hash).contains(.be) { passive = true }
                j += 1
            }
            let v = toks[j].hash
            if v == ClaimWords.heard && !passive || v == Lexicon.hTold && passive { return tokRange(k, j) }
        }
        return nil
    }

    /// Where the hearing whose noun is at `k` sits, named after it: "in" or "at" and capitalised words with the
    /// links between them (`ClaimWords.studyPlaceLinks`), ending on a capital — "An inquest in Shrewsbury heard", "A
    /// hearing at Westminster Magistrates' Court was told", "An inquest at Shirehall in Shrewsbury heard". Its last
    /// token, or `k` when no place follows; a place with no verb of hearing after it sources nothing ("The trial in
    /// Leeds cost £2m").
    func hearingPlaceEnd(after k: Int, _ e: Int) -> Int {
        guard k + 2 < e, toks[k + 1].hash == Lexicon.hIn || toks[k + 1].hash == Lexicon.hAt else { return k }
        var last = k
        var j = k + 1
        while j < e - 1, j <= k + 10, toks[j].kind == .word, !inQuote(j) {
            if toks[j].isCap {
                last = j
            } else if !held.studyPlaceLinks.contains(toks[j].hash) {
                break
            }
            j += 1
        }
        return last
    }

    /// A light verb with a speech noun says, and the figure lies in the "that" clause it reports: "Trump made a
    /// plea for the party to accept that he is bringing millions of new voters" (as "pleaded" would), "she made
    /// the case that 40 percent …" — its speaker a name or a pronoun just before the verb. Not a figure before
    /// "that" ("made the case to 23 leaders that …": the audience is the writer's count), nor a narrated deed
    /// ("made good on a promise to give $1 million": only articles and lowercase words between verb and noun).
    /// Secrecy denied says too, its content the "of" phrase: "Sarah Reed has made no secret of wanting to cut 400
    /// jobs", "Mr Dale made no bones about wanting a £20m striker" — not a figure past a comma ("He made no secret of
    /// his anger, and sales fell 5%.").
    func lightVerbSpeech(_ s: Int, figureStart f: Int) -> TextRange? {
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
            // "Sarah Reed has made no secret of wanting to cut 400 jobs": secrecy denied (`ClaimWords.openedSecrets`
            // after "no") says openly what its "of" or "about" phrase holds — the figure within 24 tokens of it, no
            // comma between ("He made no secret of his anger, and sales fell 5%." is the writer's figure).
            if k + 3 < f, f <= k + 28, toks[k + 1].hash == ClaimWords.no, held.openedSecrets.contains(toks[k + 2].hash),
                held.openedSecretTails.contains(toks[k + 3].hash)
            {
                var t = k + 4
                while t < f && toks[t].punct != .comma && !toks[t].isTerminator && toks[t].punct != .semicolon
                    && toks[t].punct != .colon
                {
                    t += 1
                }
                if t == f { return tokRange(k, k + 2) }
                continue
            }
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
    func stanceFrame(_ s: Int, figure: TextRange) -> TextRange? {
        let e = sents[s].tokEnd
        var k = sents[s].tokStart
        var held = false
        // "Among aides, the fear is that …": the holder fronted, up to its comma.
        if k < e, self.held.frontedHolders.contains(toks[k].hash) {
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
        if self.held.holderPrepositions.contains(toks[n].hash) {
            n += 1
            let first = n
            while n + 1 < e && n <= j + 10 && !(claimClasses(toks[n].hash).contains(.be)) {
                if toks[n].kind != .word && toks[n].punct != .hyphen || Int(toks[n].end) > figure.start { return nil }
                n += 1
            }
            // "The fear at the time was that …": a phrase of time names no one.
            held = held || n > first && !self.held.holderTimeNouns.contains(toks[n - 1].hash)
        }
        guard held, n + 1 < e, toks[n].kind == .word, claimClasses(toks[n].hash).contains(.be),
            toks[n + 1].hash == Lexicon.hThat, Int(toks[n + 1].end) <= figure.start
        else { return nil }
        return toks[j].range
    }

    /// Sentence `s` lies in an interview transcript's answer: its paragraph opens "A:" right after a paragraph
    /// that opens "Q:" (a question, then its answer), so its figures are the interviewee's, as a quote's are its
    /// speaker's. The answer's label.
    func transcriptAnswer(_ s: Int) -> TextRange? {
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
    func reportsOf(_ cue: ClaimCue, in s: Int) -> TextRange? {
        nounOfFigure(cue, in: s, nouns: ClaimWords.reportsOfNouns).map { toks[$0].range }
    }

    /// A list or a ranking that someone makes public gives the figure of its entries right after "of":
    /// "Clinton released a list of more than 200,000 donors", "the party published its list of 25 delegates" (the
    /// list is the evidence, as a named poll is) — not a list no one releases ("a list of 40 names was long"), nor
    /// a figure further on ("released a list of donors who gave $5m").
    func releasedList(_ cue: ClaimCue, in s: Int) -> TextRange? {
        guard let k = nounOfFigure(cue, in: s, nouns: ClaimWords.listNouns) else { return nil }
        // The verb that releases it, a few words before: "released a list", "published its first ''400'' list" (a
        // determiner, a possessive, an ordinal, a title between; no clause break).
        let a = sents[s].tokStart
        var v = k - 1
        while v >= a && v >= k - 6 {
            let u = toks[v]
            if u.kind == .word && held.releaseVerbs.contains(u.hash) { return toks[k].range }
            if u.isTerminator || u.punct == .comma || u.punct == .semicolon || u.punct == .colon { return nil }
            v -= 1
        }
        return nil
    }

    /// The sentence opens "Under the new rule, …", "Under Trump's plan, …": what follows are the document's terms,
    /// its figures the document's. The document noun within a few words of "Under", its phrase definite ("the",
    /// a possessive: "Under a five-year contract, the firm…" only dates what follows) and ended by a comma.
    func termsOpening(_ s: Int) -> TextRange? {
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
                for j in (k + 1)..<e where toks[j].kind == .word && held.termsModals.contains(toks[j].hash) {
                    return toks[n].range
                }
                return nil
            }
            if t.isTerminator || inQuote(k) { return nil }
            if noun == nil, k <= a + 5, t.kind == .word, held.termsDocuments.contains(t.hash) { noun = k }
            k += 1
        }
        return nil
    }

    /// A document that states the terms holding the figure after it: "A new rule will require workers earning up
    /// to $47,476 to…", "Party rules allow for reports at the request of 25% of members", "the plan, which
    /// includes a $25 billion bank", "a bill that requires firms with more than 250 staff to publish pay data", "The
    /// draft budget for 2005-06, published on Tuesday, sets aside £4.6bn" — the document's noun, right before a verb
    /// of terms (a modal or "also" between; past a short "for" tail, a participle's phrase set off by commas, or a
    /// relative "that"), the figure in its clause (a figure: "the budget, which provides care to the nation's
    /// poorest" is no ranking of the budget's). Not a figure before the verb ("the $75 billion plan includes") nor what a
    /// plan would bring about ("the plan would raise $15 trillion"), the writer's.
    func termsSubject(_ s: Int, figure: TextRange) -> TextRange? {
        let e = sents[s].tokEnd
        // Read on every word: loaded once (each read of a static checks its lazy initialisation).
        let documents = ClaimWords.termsDocuments
        for k in sents[s].tokStart..<e where toks[k].kind == .word && documents.contains(toks[k].hash) && !inQuote(k) {
            var j = k + 1
            // "the draft budget for 2005-06, published on Tuesday, sets aside £4.6bn": past a short "for" tail and a
            // phrase set off by commas.
            if j < e, toks[j].hash == Lexicon.hFor, let t = commaAhead(from: j + 1, within: 3, e) { j = t }
            if j < e, toks[j].hash == Lexicon.hThat {
                // "a bill that requires firms with more than 250 staff to…": a relative "that" right after the
                // noun, its own verb the terms' ("The scheme that began in 2003 now has 40,000 members." states none).
                j += 1
            } else if j + 1 < e, toks[j].punct == .comma, toks[j + 1].hash == Lexicon.hWhich {
                j += 2
                // "The law, which took effect in September, allows citizens to sue for at least $100,000": a relative
                // clause set off by commas whose own verb states no terms; the terms are the main verb's after it.
                if j < e, !held.termsVerbs.contains(toks[j].hash), !held.termsModals.contains(toks[j].hash),
                    let c = commaAhead(from: j, within: 8, e), c + 1 < e
                {
                    j = c + 1
                }
            } else if j + 1 < e, toks[j].punct == .comma, isLowerWord(j + 1), isParticiple(j + 1),
                let c = commaAhead(from: j + 2, within: 6, e), c + 1 < e
            {
                j = c + 1
            }
            var modal = false
            // (Up to four words of modals and "also", counted from where they start: past the phrase set off by
            // commas too.)
            let m = j
            while j < e && j <= m + 3 && toks[j].kind == .word
                && (held.termsModals.contains(toks[j].hash) || toks[j].hash == ClaimWords.also)
            {
                if toks[j].hash != ClaimWords.also { modal = true }
                j += 1
            }
            // "would have required": the terms of a document blocked or lapsed.
            let perfect = modal && j + 1 < e && toks[j].hash == Lexicon.hHave
            if perfect { j += 1 }
            guard j < e, toks[j].kind == .word,
                perfect ? held.termsParticiples.contains(toks[j].hash) : held.termsVerbs.contains(toks[j].hash),
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
    func rankingAgent(_ s: Int) -> TextRange? {
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
    /// favourite", a further price: "…, with Velvet Avenue at 4/1", a price offered: "Bookmaker Paddock Bet is
    /// offering 5-1 on her"): the range of the word that types the publisher.
    /// Not a rating whose publisher goes unnamed ("odds of 4-1", "bookmakers make him favourite"), nor a figure that
    /// rates nothing ("a 5% rise, bookmaker Hallam said" is a report).
    func ratingPublisher(_ s: Int, cue: ClaimCue) -> TextRange? {
        guard isRating(cue, in: s) else { return nil }
        let e = sents[s].tokEnd
        for d in sents[s].tokStart..<e - 1 where held.ratingPublishers.contains(toks[d].hash) && !inQuote(d) {
            if toks[d + 1].isCap && toks[d + 1].kind == .word { return toks[d].range }
        }
        return nil
    }

    /// Sentence `s` names a publisher of ratings or prices, outside quotes ("Another bookmaker offered 6-1", "with
    /// bookmakers"): its prices are that publisher's, named or not.
    func namesPublisher(_ s: Int) -> Bool {
        (sents[s].tokStart..<sents[s].tokEnd).contains(where: {
            held.ratingPublishers.contains(toks[$0].hash) && !inQuote($0)
        })
    }

    /// The figure of `cue` is a rating or a price: a rated noun just after it ("the 2-1 favourite", "a 71% approval
    /// rating"), "odds of" before it, or odds after "at" or a verb of offering ("…, with Velvet Avenue at 4/1",
    /// "Paddock Bet is offering 5-1 on…").
    func isRating(_ cue: ClaimCue, in s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        return (cue.last + 1..<min(e, cue.last + 4)).contains(where: { held.ratedNouns.contains(toks[$0].hash) })
            || cue.first - 2 >= a && toks[cue.first - 2].hash == ClaimWords.odds
            || cue.first - 1 >= a && oddsEnd(cue.first, a, e) != nil
                && (toks[cue.first - 1].hash == ClaimWords.at
                    || held.oddsVerbs.contains(toks[cue.first - 1].hash))
    }

    /// The source of relation `ai` is a document with results ("A second poll for the paper found that…", "the
    /// study showed", "A University of New Hampshire poll out this week shows"): the sentences after it may
    /// continue its results without a cue, as after named evidence. The head of the source's first common noun
    /// phrase decides, past the names that own it — not a modifier ("Clinton's polling decline") nor a person
    /// ("Yang Shu, director of the Institute of … Studies").
    func speaksAsEvidence(_ ai: Int) -> Bool {
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
    /// has led to a 20% fall in output.").
    func headsARun(_ ai: Int) -> Bool {
        attributions[ai].kind == .accordingTo || speaksAsEvidence(ai)
    }

    /// Named evidence at `ev` has results that a following sentence may continue without a cue: a poll, a
    /// study, "those surveyed" — not a plan, a demand or a speech, whose figures end with the sentence.
    func carriesResults(_ ev: TextRange, in s: Int) -> Bool {
        guard let k = tokenStarting(at: ev.start, in: s) else { return false }
        return toks[k].isA(.sourceNoun) || claimClasses(toks[k].hash).contains(.respondents)
    }

    /// The document noun at `k` is not out yet, so it sources nothing: "while investors awaited a U.S. inflation
    /// report due later in the week", "ahead of jobs data" (not "running ahead of Trump in the polls", a lead), "is
    /// due to report its interim figures next month" (not the cause "fell due to weak demand, its figures showed").
    private func isAwaited(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        if k + 1 < e, toks[k + 1].hash == ClaimWords.due { return true }
        return (max(a, k - 6)..<k).contains(where: { i in
            held.awaitingWords.contains(toks[i].hash)
                || toks[i].hash == ClaimWords.due && toks[i + 1].hash == ClaimWords.to && i + 2 < k
                    && toks[i + 2].isA(.reporting)
                || toks[i].hash == ClaimWords.ahead && toks[i + 1].hash == ClaimWords.of
                    && !(i + 2..<k).contains(where: { toks[$0].isA(.function) && !toks[$0].isA(.determiner) })
        })
    }

    /// The evidence noun at `k` ("poll", "data", "report") names a source, not a thing: it speaks ("the poll
    /// found", "figures show"), it is named or owned ("a CBS News poll", "FEC filings", "its report"), or it is
    /// where the figure comes from ("in a statement", "from the survey") — not "six times more data".
    private func isNamedEvidence(_ k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        if isAwaited(k, a, e) { return false }
        // A measure word before a noun describes it and reports nothing: "average fares in the sector are thought
        // to have fallen", "the average band D bill expected to top £1,200" (not before a participle, an "-ing"
        // form or a verb of evidence: "data released"; a verb of change is read as such a noun, so "the index
        // rose and showed …" names no evidence).
        if held.measureNouns.contains(toks[k].hash), k + 1 < e, isModifiedNoun(k + 1), !endsInIng(k + 1),
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
                // ("The index of Britain's biggest listed companies rose 0.8%": a participle describing a noun.)
                && !isParticipleModifier(n, a, e)
                // ("The figures will add to pressure on the Bank to keep rates at 4.75%": adding to something says
                // nothing.)
                && !(held.upActionVerbs.contains(u.hash) && n + 1 < e && toks[n + 1].hash == ClaimWords.to)
            {
                return true
            }
            n += 1
        }
        // "the FTSE 100 index", "the Dow Jones average": a measure, not a document, unless it speaks.
        guard k > a, !held.measureNouns.contains(toks[k].hash) else { return false }
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
        while d > a && d >= k - 3 && (isModifiedNoun(d) || held.recencyWords.contains(toks[d].hash))
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
    func unveiledPlan(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var k = a + 1
        while k + 2 < e && Int(toks[k].end) <= figure.start {
            defer { k += 1 }
            guard held.unveilingVerbs.contains(toks[k].hash), !inQuote(k),
                let f = tokenStarting(atOrAfter: figure.start, in: s), f <= k + 3
            else { continue }
            var n = f + 1
            while n < e && n <= f + 3 && Int(toks[n].start) < figure.end { n += 1 }
            while n < e && n <= f + 4 && toks[n].kind == .word {
                if held.unveiledNouns.contains(toks[n].hash) { return toks[k].range }
                n += 1
            }
        }
        return nil
    }

    /// "The Met Office has issued a yellow warning for up to 100mm of rain in parts of Wales.": a verb of issuing
    /// (`ClaimWords.issuingVerbs`) after its subject (no passive: "A yellow warning has been issued for up to 100mm of
    /// rain." names no one), a warning noun (`ClaimWords.warningNouns`) within five words after it, a word that opens
    /// what it warns of (`ClaimWords.warningTails`) right after the noun, and the figure within eight tokens of one
    /// clause — the body's own forecast. The phrase from the verb to the noun.
    func issuedWarning(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        guard let f = tokenStarting(atOrAfter: figure.start, in: s) else { return nil }
        var k = a + 1
        while k + 2 < f {
            defer { k += 1 }
            guard held.issuingVerbs.contains(toks[k].hash), !inQuote(k), !toks[k - 1].isA(.beForm),
                toks[k - 1].hash != Lexicon.hBeen
            else { continue }
            var n = k + 1
            while n < f && n <= k + 5 && !held.warningNouns.contains(toks[n].hash)
                && (toks[n].kind == .word || toks[n].kind == .number || toks[n].punct == .hyphen)
            {
                n += 1
            }
            guard n + 1 < f, held.warningNouns.contains(toks[n].hash), held.warningTails.contains(toks[n + 1].hash),
                f - n <= 8, !(n + 1..<f).contains(where: { toks[$0].isTerminator || toks[$0].punct == .semicolon })
            else { continue }
            return tokRange(k, n)
        }
        return nil
    }

    /// "Another firm, Bridgeport Labs, put the number of infections at about 20,000", "The AA puts the cost at £500": an
    /// estimate — "put" or "puts" after its subject, "the" or an owner and a noun of a figure (`ClaimWords.figureNouns`,
    /// `ClaimWords.estimatedNouns`) right after it or after one modifier ("put the death toll at 300"), and "at"
    /// right before the figure within eight words. The phrase from the verb to the noun.
    func putEstimate(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        guard let f = tokenStarting(atOrAfter: figure.start, in: s), f - 1 > a + 2, toks[f - 1].hash == ClaimWords.at
        else { return nil }
        func isEstimated(_ n: Int) -> Bool {
            held.figureNouns.contains(toks[n].hash) || held.estimatedNouns.contains(toks[n].hash)
        }
        var k = max(a + 1, f - 9)
        while k + 2 < f - 1 {
            defer { k += 1 }
            guard held.putForms.contains(toks[k].hash), !inQuote(k),
                toks[k + 1].hash == ClaimWords.the || toks[k + 1].isA(.possessivePronoun)
            else { continue }
            if isEstimated(k + 2) { return tokRange(k, k + 2) }
            // One modifier before the noun: "put the death toll at 300", "put the final bill at £5m".
            if k + 3 < f - 1, isLowerWord(k + 2), !toks[k + 2].isA(.function), isEstimated(k + 3) {
                return tokRange(k, k + 3)
            }
        }
        return nil
    }

    /// "Asked who would make the best prime minister, 39% chose Tony Blair": a poll's question opening the sentence
    /// ("Asked" or "When asked", a comma within twenty words) and, right after its comma, a share that answers it —
    /// the respondents' answer, a finding of the poll (GUIDE.md: "respondents said"). The word "Asked".
    func pollQuestion(_ s: Int, _ cue: ClaimCue) -> TextRange? {
        let e = sents[s].tokEnd
        var k = openingToken(s)
        if k + 1 < e, toks[k].hash == ClaimWords.when { k += 1 }
        guard cue.figure == .percent, k < e, toks[k].hash == AttributionWords.hAsked,
            let c = commaAhead(from: k + 1, within: 20, e), cue.first > c, cue.first <= c + 3
        else { return nil }
        return toks[k].range
    }

    /// "Analysts at KBV cut their target price to 8.50 euros", "It has raised its sales target from three million to
    /// four million": a forecast or a target its subject revises is the subject's own figure — a verb of revising
    /// (`ClaimWords.revisingVerbs`), "its", "their", "his" or "her", up to three modifiers and a noun of forecast
    /// (`ClaimWords.forecastNouns`), the figure after it. The phrase from the verb to the noun.
    func revisedForecast(_ s: Int, figure: TextRange) -> TextRange? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var k = a + 1
        while k + 2 < e {
            defer { k += 1 }
            guard held.revisingVerbs.contains(toks[k].hash), !inQuote(k), toks[k + 1].isA(.possessivePronoun)
            else { continue }
            var n = k + 2
            while n < e && n <= k + 5 && toks[n].kind == .word && !held.forecastNouns.contains(toks[n].hash) {
                n += 1
            }
            guard n < e, held.forecastNouns.contains(toks[n].hash), Int(toks[n].end) <= figure.start else {
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
        return isParticiple(n + 1) || held.irregularPerfects.contains(toks[n + 1].hash)
    }
}
