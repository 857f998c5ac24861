/// Attributions: who says each sentence, and each quote's speaker.
///
/// Sentences:
/// - A reporting verb (`ReportingVerbs.builtIn` plus configuration) outside quotes, with a speaker before it
///   ("Clark said", "Harley Lewin, a partner at Y, says" — appositives are skipped, "he added") or, when the
///   verb follows a comma, a quote mark or the sentence start, after it ("…,” said Smith"). With neither, the
///   nearest name or pronoun earlier in the sentence speaks (`isDirect == false`), else no one is named.
/// - "according to X", "in the words of X"; a colon right before an opening quote ("Trump: “…”"), or ending a paragraph whose
///   next paragraph opens with a quote; a transcript label ("Q:", "RAMOS:") for its whole paragraph; a
///   sign-off line ("— Sanders.").
/// - Pronoun speakers resolve to people: those named earlier in the same sentence, else in the nearest earlier
///   sentence of this or the previous paragraph that names any (names inside quotes do not count). When that
///   sentence's own speaker is one of them, the pronoun means the speaker.
/// - A sentence with no attribution of its own inherits the previous sentence's only on a continuity cue
///   ("Also, …", "In addition, …", "The report also …").
///
/// Quotes (first match wins): an attribution in a sentence the quote overlaps, else in the next, else the
/// previous sentence of the paragraph; an earlier attributed quote or sentence of the same paragraph (a
/// paragraph keeps its speaker); for a quote opening its paragraph, a quote run — the previous paragraph's
/// attributed quote, a named speaker or colon ending the previous paragraph, or a named speaker of the quote
/// opening the next paragraph; finally `.implicit` — a person or pronoun named in the paragraph, a document
/// ("the ad", "the statement"), or a bracketed source after the quote ("[WaPo.]"). Implicit speakers never
/// source a claim.
struct Speaker {
    var first: Int
    var last: Int
    var form: Attribution.SpeakerForm
    var mention: Int?
}

extension AnalysisBuilder {
    mutating func findAttributions() {
        var pending: [(s: Int, kind: Attribution.Kind, cue: TextRange, speaker: Speaker?, direct: Bool)] = []
        // Per sentence: the start of its first pending cue (Int.max: none), so membership checks stay O(1).
        var firstCue = [Int](repeating: Int.max, count: sents.count)
        func add(_ p: (s: Int, kind: Attribution.Kind, cue: TextRange, speaker: Speaker?, direct: Bool)) {
            pending.append(p)
            if p.cue.start < firstCue[p.s] { firstCue[p.s] = p.cue.start }
        }
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let a = sents[s].tokStart
            let e = sents[s].tokEnd
            var k = a
            while k < e {
                if inQuote(k) {
                    k += 1
                    continue
                }
                let t = toks[k]
                if t.kind == .word && t.hash == Lexicon.hAccording && k + 1 < e && toks[k + 1].hash == Lexicon.hTo {
                    add((s, .accordingTo, tokRange(k, k + 1), speakerAfter(k + 2, e), true))
                    k += 2
                    continue
                }
                // "In the words of X, “…”": the frame names the speaker as "according to X" does.
                if t.kind == .word && t.hash == Lexicon.hWords && k >= a + 2 && k + 1 < e
                    && toks[k + 1].hash == Lexicon.hOf
                    && toks[k - 1].hash == Lexicon.hThe && toks[k - 2].hash == Lexicon.hIn,
                    let sp = speakerAfter(k + 2, e)
                {
                    add((s, .accordingTo, tokRange(k - 2, k + 1), sp, true))
                    k += 2
                    continue
                }
                // "as Vulture put it"
                let putsIt = t.hash == Lexicon.hPut && k + 1 < e && toks[k + 1].hash == Lexicon.hIt
                let titleCaseVerb =
                    t.isCap && t.isA(.speech) && k > a && mentionOf[k - 1] >= 0
                    && Lexicon.titleCaseSpeechVerbs.contains(t.hash)  // "Howard Dean Tells…"
                if t.kind == .word && (t.isA(.reporting) || putsIt)
                    && (!t.isCap || titleCaseVerb || isInitial(k, sentenceStart: a))
                {
                    let speech = t.isA(.speech)
                    if let sp = speakerBefore(k, a) {
                        add((s, .reportingVerb, t.range, sp, speech))
                    } else if inversionAllowed(k, a), let sp = speakerAfter(k + 1, e) {
                        add((s, .reportingVerb, t.range, sp, speech))
                    } else if let sp = nearestSubject(before: k, a) {
                        // "He began by saying, “…”", "Massie … but now said": the subject is further back.
                        add((s, .reportingVerb, t.range, sp, false))
                    } else {
                        // "The email goes on to say: “…”", "the resolution which said the city “…”".
                        add((s, .reportingVerb, t.range, nil, false))
                    }
                } else if (t.punct == .colon || t.punct == .dash) && k + 1 < e && toks[k + 1].isOpenQuote
                    && inQuote(k + 1)
                {
                    // "Trump: “…”", "When Trump finally wrapped up — “I will fight for you!”"
                    if firstCue[s] >= Int(t.start) {
                        if let sp = speakerBefore(k, a) {
                            add((s, .colon, t.range, sp, t.punct == .colon))
                        } else if t.punct == .dash, let sp = nearestSubject(before: k, a) {
                            add((s, .colon, t.range, sp, false))
                        }
                    }
                }
                k += 1
            }
        }
        // A paragraph ending with a colon introduces the quote that opens the next one.
        for p in paras.indices.dropLast() where !paras[p].isHeadline && paras[p].tokEnd > paras[p].tokStart {
            let last = paras[p].tokEnd - 1
            let next = paras[p + 1]
            guard toks[last].punct == .colon, !inQuote(last), next.tokEnd > next.tokStart,
                toks[next.tokStart].isOpenQuote,
                paras[p].sentEnd > paras[p].sentStart
            else { continue }
            let s = paras[p].sentEnd - 1
            if firstCue[s] != Int.max { continue }
            add(
                (
                    s, .colon, toks[last].range,
                    speakerBefore(last, sents[s].tokStart) ?? nearestSubject(before: last, sents[s].tokStart), false
                ))
        }
        // A sign-off line after a quote: "— Sanders." / "- Former NAACP president Ben Jealous."
        for p in paras.indices.dropFirst() where !paras[p].isHeadline {
            let a = paras[p].tokStart
            let e = paras[p].tokEnd
            guard e - a >= 2, e - a <= 14, toks[a].punct == .dash || toks[a].punct == .hyphen,
                (a + 1..<e).contains(where: { mentionOf[$0] >= 0 })
            else { continue }
            let m = (a + 1..<e).last(where: { mentionOf[$0] >= 0 })!
            add((sentenceOfToken(a), .reportingVerb, toks[a].range, speakerOfMention(Int(mentionOf[m])), true))
        }
        // Transcripts: a quote that opens with a capitalised speaker label ("RAMOS: …").
        for q in quoteToks.indices {
            let f = quoteToks[q].first
            guard f + 1 < toks.count, f <= quoteToks[q].last, toks[f].kind == .word, toks[f].has(Token.allCaps) else {
                continue
            }
            var c = f + 1
            while c <= quoteToks[q].last && c < f + 4 && toks[c].kind == .word && toks[c].has(Token.allCaps) { c += 1 }
            guard c <= quoteToks[q].last, toks[c].punct == .colon else { continue }
            let s = sentenceOfToken(f)
            add((s, .colon, toks[c].range, Speaker(first: f, last: c - 1, form: .description, mention: nil), true))
        }
        // Interview transcripts: a paragraph that opens with a speaker label ("Q:", "A:", "RAMOS:") is that
        // speaker's, sentence by sentence.
        for p in paras.indices where !paras[p].isHeadline && paras[p].tokEnd - paras[p].tokStart >= 3 {
            let f = paras[p].tokStart
            guard toks[f].kind == .word, toks[f].isCap, toks[f].has(Token.allCaps) || len(f) == 1 else { continue }
            var c = f + 1
            while c < paras[p].tokEnd && c < f + 3 && toks[c].kind == .word && toks[c].has(Token.allCaps) { c += 1 }
            guard c < paras[p].tokEnd, toks[c].punct == .colon, attached(c), !toks[f].isA(.function),
                !Lexicon.notSpeakerLabels.contains(toks[f].hash)
            else { continue }
            for s in paras[p].sentStart..<paras[p].sentEnd where firstCue[s] == Int.max {
                add(
                    (
                        s, .colon, toks[c].range, Speaker(first: f, last: c - 1, form: .description, mention: nil),
                        s == paras[p].sentStart
                    ))
            }
        }
        pending.sort { ($0.s, $0.cue.start) < ($1.s, $1.cue.start) }
        // Named speakers are people (unless known to be organisations or places).
        for p in pending where p.direct {
            if let m = p.speaker?.mention, entities[mentions[m].entity].kind == .unknown, !looksLikeGroup(m) {
                entities[mentions[m].entity].kind = .person
            }
        }
        let persons = personsBySentence()
        for p in pending {
            var entity: Int? = nil
            var candidates: [Int] = []
            var range: TextRange? = nil
            var isPronoun = false
            let form = p.speaker?.form ?? .none
            if let sp = p.speaker {
                range = tokRange(sp.first, sp.last)
                if let m = sp.mention {
                    entity = mentions[m].entity
                    range = mentions[m].range
                }
                if form == .pronoun {
                    isPronoun = true
                    if toks[sp.first].isA(.personPronoun) {
                        candidates = resolvePronoun(at: sp.first, sentence: p.s, persons: persons)
                        entity = candidates.last
                    }
                }
            }
            var attr = Attribution(
                kind: p.kind, sentence: p.s, cueRange: p.cue, speakerRange: range, entity: entity,
                candidates: candidates, isPronoun: isPronoun)
            attr.speakerForm = form
            attr.isDirect = p.direct && p.speaker != nil
            sentenceAttributions[p.s].append(attributions.count)
            attributions.append(attr)
        }
        carryAttributions()
    }

    /// The verb at `k` is followed by a quote, a colon or "that": it introduces speech even without a speaker next to it.
    private func introducesSpeech(_ k: Int, _ e: Int) -> Bool {
        var j = k + 1
        if j < e, toks[j].punct == .comma || toks[j].punct == .colon { j += 1 }
        guard j < e else { return false }
        return toks[j].isOpenQuote || toks[j - 1].punct == .colon || toks[j].hash == Lexicon.hThat
    }

    /// The nearest pronoun or name before `k` in the sentence, outside quotes.
    private func nearestSubject(before k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        while j >= a && j >= k - 15 {
            if !inQuote(j) {
                if mentionOf[j] >= 0, !toks[j].has(Token.possessive) { return speakerOfMention(Int(mentionOf[j])) }
                if toks[j].kind == .word, toks[j].isA(.personPronoun) || toks[j].isA(.otherPronoun) {
                    return Speaker(first: j, last: j, form: .pronoun, mention: nil)
                }
            }
            j -= 1
        }
        return nil
    }

    /// "Republicans", "Democrats", "Palestinians", "GOPers": a group, not a person.
    private func looksLikeGroup(_ m: Int) -> Bool {
        let mw = mentions[m]
        guard mw.parts == 1 else { return false }
        let t = toks[mw.tokEnd - 1]
        let e = Int(t.end) - (t.has(Token.possessive) ? (syntax.prose[Int(t.end) - 2] == 0x27 ? 2 : 4) : 0)
        guard e - Int(t.start) > 4 else { return false }
        let b = syntax.prose
        let last2 = (b[e - 2], b[e - 1])
        let last3 = (b[e - 3], b[e - 2], b[e - 1])
        // -ans, -ats, -ish, -sts, -ican, -ern, -ic: Republicans, Democrats, Jewish, Marxists, American, Western, Democratic.
        return last3 == (0x61, 0x6E, 0x73) || last3 == (0x61, 0x74, 0x73) || last3 == (0x69, 0x73, 0x68)
            || (last2 == (0x74, 0x73) && b[e - 3] == 0x73) || last3 == (0x65, 0x72, 0x6E) || last2 == (0x69, 0x63)
            || (last3 == (0x63, 0x61, 0x6E) && b[e - 4] == 0x69)
    }

    /// Token `k` is a verb whose speaker may follow it ("…,” said Smith", "Said Smith: …").
    private func inversionAllowed(_ k: Int, _ a: Int) -> Bool {
        if k == a { return true }
        let p = toks[k - 1]
        return p.punct == .comma || p.isDoubleQuote || p.punct == .dash || p.punct == .sqClose
    }

    @inline(__always) private func isAdverbLike(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word, !t.isCap else { return false }
        if t.isA(.speakerSkip) { return true }
        let e = Int(t.end)
        return len(i) > 4 && syntax.prose[e - 1] == 0x79 && syntax.prose[e - 2] == 0x6C  // -ly
    }

    private func speakerOfMention(_ m: Int) -> Speaker {
        let mw = mentions[m]
        let form: Attribution.SpeakerForm =
            mw.parts >= 2 ? .fullName : (mw.honorific ? .honorificSurname : .surnameOnly)
        return Speaker(first: mw.nameStart, last: mw.tokEnd - 1, form: form, mention: m)
    }

    /// The speaker standing before the cue at `k` (within the sentence starting at `a`).
    func speakerBefore(_ k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        var skipped = 0
        while j >= a && skipped < 3 && isAdverbLike(j) {
            j -= 1
            skipped += 1
        }
        guard j >= a, !inQuote(j) else { return nil }
        let t = toks[j]
        if t.punct == .comma {
            // "X, a partner at Y, says", "Clinton, 35, the daughter of…, said": skip up to three
            // comma-delimited appositives back to a name.
            var c = j - 1
            var steps = 0
            var commas = 0
            while c > a && steps < 40 {
                let u = toks[c]
                if u.isDoubleQuote || u.isTerminator || u.punct == .colon || u.punct == .semicolon || inQuote(c) {
                    return nil
                }
                if u.punct == .comma {
                    let n = c - 1
                    if mentionOf[n] >= 0, !toks[n].has(Token.possessive) { return speakerOfMention(Int(mentionOf[n])) }
                    commas += 1
                    if commas == 3 { return nil }
                }
                c -= 1
                steps += 1
            }
            return nil
        }
        guard t.kind == .word, !t.has(Token.possessive) else { return nil }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) {
            return Speaker(first: j, last: j, form: .pronoun, mention: nil)
        }
        if mentionOf[j] >= 0 { return speakerOfMention(Int(mentionOf[j])) }
        if t.hash == Lexicon.hWho, j - 1 >= a {
            var n = j - 1
            if toks[n].punct == .comma { n -= 1 }
            if n >= a, mentionOf[n] >= 0 { return speakerOfMention(Int(mentionOf[n])) }
            return nil
        }
        // "the two write", "both said".
        if t.isA(.determiner) && t.isA(.numberWord) || t.hash == Lexicon.hBoth {
            return Speaker(first: j, last: j, form: .description, mention: nil)
        }
        if t.isA(.function) || t.isA(.reporting) { return nil }
        // A description: "the report", "officials", "a spokesman for the company".
        var f = j
        var words = 1
        while f - 1 >= a && words < 5 {
            let u = toks[f - 1]
            guard u.kind == .word, !inQuote(f - 1) else { break }
            if u.isA(.determiner) {
                f -= 1
                break
            }
            if u.isA(.function) || u.isA(.reporting) { break }
            f -= 1
            words += 1
        }
        return Speaker(first: f, last: j, form: .description, mention: nil)
    }

    /// The speaker right after a cue (inversion, "according to X").
    func speakerAfter(_ k: Int, _ e: Int) -> Speaker? {
        guard k < e, !inQuote(k) else { return nil }
        let t = toks[k]
        guard t.kind == .word else { return nil }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) {
            return Speaker(first: k, last: k, form: .pronoun, mention: nil)
        }
        if mentionOf[k] >= 0 { return speakerOfMention(Int(mentionOf[k])) }
        if t.isA(.determiner) || !t.isA(.function) {
            var l = k
            var words = 1
            while l + 1 < e && words < 5 {
                let u = toks[l + 1]
                guard u.kind == .word, !inQuote(l + 1) else { break }
                if mentionOf[l + 1] >= 0 { return speakerOfMention(Int(mentionOf[l + 1])) }
                if u.isA(.function) && !u.isA(.determiner) { break }
                l += 1
                words += 1
            }
            if l == k && t.isA(.determiner) {
                // "said the 46-year-old"
                if l + 2 < e, toks[l + 1].kind == .number, toks[l + 2].kind != .punct || toks[l + 2].punct == .hyphen {
                    return Speaker(first: k, last: min(e - 1, l + 3), form: .description, mention: nil)
                }
                return nil
            }
            return Speaker(first: k, last: l, form: .description, mention: nil)
        }
        return nil
    }

    /// People named outside quotes, per sentence, in text order: (offset, entity).
    private func personsBySentence() -> [[(Int, Int)]] {
        var out = [[(Int, Int)]](repeating: [], count: sents.count)
        for m in mentions where !m.inQuote && entities[m.entity].kind == .person {
            out[m.sentence].append((m.range.start, m.entity))
        }
        return out
    }

    /// The people a pronoun at token `p` may refer to; the nearest is last.
    private func resolvePronoun(at p: Int, sentence s: Int, persons: [[(Int, Int)]]) -> [Int] {
        func distinct(_ list: [(Int, Int)]) -> [Int] {
            var out: [Int] = []
            for (_, e) in list {
                out.removeAll { $0 == e }
                out.append(e)
            }
            return out
        }
        let here = persons[s].filter { $0.0 < Int(toks[p].start) }
        if !here.isEmpty {
            let cands = distinct(here)
            if cands.count > 1 {
                // "Cruz says he is tied with Marco Rubio, in a finish that he said…": the sentence's own earlier
                // speaker, else its subject (a person opening the sentence), is the referent.
                for ai in sentenceAttributions[s] where attributions[ai].cueRange.start < Int(toks[p].start) {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                var k = sents[s].tokStart  // skip a leading title: "Dr. Sanders trails…"
                while k < sents[s].tokEnd - 1
                    && (toks[k].punct == .period || toks[k].isA(.title) || toks[k].isA(.honorific))
                { k += 1 }
                if let first = here.first, first.0 <= Int(toks[k].start) { return [first.1] }
            }
            return cands
        }
        var s2 = s - 1
        let para = sents[s].paragraph
        while s2 >= 0 && s2 >= s - 30 && sents[s2].paragraph >= para - 1 && !paras[sents[s2].paragraph].isHeadline {
            if !persons[s2].isEmpty {
                let cands = distinct(persons[s2])
                // The previous sentence's speaker is the natural referent.
                for ai in sentenceAttributions[s2].reversed() {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                return cands
            }
            // A sentence whose speaker was itself a resolved pronoun passes that person on.
            for ai in sentenceAttributions[s2].reversed() {
                if attributions[ai].isPronoun, let e = attributions[ai].entity, attributions[ai].candidates.count == 1 {
                    return [e]
                }
            }
            s2 -= 1
        }
        return []
    }

    private mutating func carryAttributions() {
        for s in sents.indices where sentenceAttributions[s].isEmpty && !paras[sents[s].paragraph].isHeadline {
            guard s > 0, sents[s - 1].paragraph == sents[s].paragraph, let prev = sentenceAttributions[s - 1].last,
                let cue = continuityCue(s)
            else { continue }
            let p = attributions[prev]
            var attr = Attribution(
                kind: .carried, sentence: s, cueRange: cue, speakerRange: p.speakerRange, entity: p.entity,
                candidates: p.candidates, isPronoun: p.isPronoun)
            attr.speakerForm = p.speakerForm
            sentenceAttributions[s].append(attributions.count)
            attributions.append(attr)
        }
    }

    /// "Also, …", "Moreover, …", "In addition, …", or "also" after a pronoun or a speaking noun near the start.
    private func continuityCue(_ s: Int) -> TextRange? {
        var i = sents[s].tokStart
        let e = sents[s].tokEnd
        while i < e && toks[i].kind == .punct { i += 1 }
        guard i < e else { return nil }
        let t = toks[i]
        if t.isA(.continuity) && t.hash != Lexicon.hAddedCue && t.hash != Lexicon.hTooCue && t.hash != Lexicon.hWentCue
        {
            return t.range
        }
        if t.hash == Lexicon.hIn, i + 1 < e, toks[i + 1].hash == Lexicon.hAddition { return tokRange(i, i + 1) }
        var k = i + 1
        while k < min(e, i + 5) {
            if toks[k].hash == Lexicon.hAlso, !inQuote(k) {
                let p = toks[k - 1]
                if p.isA(.personPronoun) || p.isA(.otherPronoun) || p.isA(.speakingNoun) || mentionOf[k - 1] >= 0 {
                    return toks[k].range
                }
            }
            k += 1
        }
        return nil
    }

    /// Quotes take their speakers from nearby sentences.
    mutating func attributeQuotes() {
        var previousContinuing: Int? = nil
        for q in quotes.indices {
            let quote = quotes[q]
            if paras[quote.paragraph].isHeadline {
                previousContinuing = nil
                continue
            }
            let qt = quoteToks[q]
            let para = quote.paragraph
            let opensParagraph = qt.open == -1 || qt.open == paras[para].tokStart
            if let pc = previousContinuing, quotes[pc].paragraph == para - 1, opensParagraph,
                quotes[pc].attribution != nil
            {
                quotes[q].attribution = quotes[pc].attribution
            } else {
                let sa = sentenceOfToken(qt.open >= 0 ? qt.open : paras[para].tokStart)
                let sb = sentenceOfToken(
                    max(qt.close >= 0 ? qt.close : qt.last, qt.open >= 0 ? qt.open : paras[para].tokStart))
                var order = Array(sa...sb)
                if sb + 1 < paras[para].sentEnd { order.append(sb + 1) }
                if sa - 1 >= paras[para].sentStart { order.append(sa - 1) }
                for s in order {
                    if let a = sentenceAttributions[s].first(where: { attributions[$0].kind != .carried })
                        ?? sentenceAttributions[s].first
                    {
                        quotes[q].attribution = a
                        break
                    }
                }
                // News convention: a paragraph keeps its speaker. An earlier attributed quote or attributed sentence
                // of the same paragraph speaks for this quote too.
                if quotes[q].attribution == nil {
                    if let earlier = lastQuote(before: q, inParagraph: para, attributed: true) {
                        quotes[q].attribution = earlier.attribution
                    } else if sa > paras[para].sentStart,
                        let s = (paras[para].sentStart..<sa).reversed().first(where: {
                            !sentenceAttributions[$0].isEmpty
                        })
                    {
                        quotes[q].attribution = sentenceAttributions[s].last
                    }
                }
                // A quote opening its paragraph continues a run of quotes: its speaker is introduced at the end of
                // the previous paragraph ("Jared Potts echoed:", "…,” Adelson said.", an attributed quote), or
                // named at the start of the next one. A description or a non-speech verb there is not enough
                // (a paragraph of poster slogans after "the SVP pushed…" stays unattributed).
                if quotes[q].attribution == nil, opensParagraph, para > 0, !paras[para - 1].isHeadline {
                    let p = para - 1
                    if let prevQuote = lastQuote(before: q, inParagraph: p, attributed: false),
                        prevQuote.attribution != nil,
                        attributions[prevQuote.attribution!].kind != .implicit
                    {
                        quotes[q].attribution = prevQuote.attribution
                    } else if paras[p].sentEnd > paras[p].sentStart,
                        let a = sentenceAttributions[paras[p].sentEnd - 1].last(where: {
                            introducesSpeaker(attributions[$0])
                        })
                    {
                        quotes[q].attribution = a
                    }
                }
                if quotes[q].attribution == nil, opensParagraph, para + 1 < paras.count, !paras[para + 1].isHeadline,
                    paras[para + 1].sentEnd > paras[para + 1].sentStart,
                    let a = sentenceAttributions[paras[para + 1].sentStart].first(where: {
                        introducesSpeaker(attributions[$0])
                    })
                {
                    quotes[q].attribution = a
                }
                if quotes[q].attribution == nil {
                    let lo = max(paras[para].sentStart, sa - 8)
                    let hi = min(paras[para].sentEnd - 1, sb + 8)
                    quotes[q].attribution = implicitSpeaker(q, sentences: lo...hi)
                }
                // A scene: “She pauses.” / “Well, thank you so much.” — a quote paragraph after a sentence
                // about one person speaks for that person.
                if quotes[q].attribution == nil, opensParagraph, para > 0, !paras[para - 1].isHeadline,
                    paras[para - 1].sentEnd > paras[para - 1].sentStart
                {
                    let last = paras[para - 1].sentEnd - 1
                    quotes[q].attribution = implicitSpeaker(q, sentences: last...last)
                }
                if quotes[q].attribution == nil {
                    quotes[q].attribution = attributionInsideUnclosed(q) ?? sourceAfter(q) ?? creditClosingParagraph(q)
                }
                // An action beat: a paragraph that is only a quote, followed by a paragraph whose subject is "he",
                // "she" or a named person ("She hangs up, smiling"), is that person's line of dialogue.
                if quotes[q].attribution == nil, opensParagraph, isWholeParagraph(q), para + 1 < paras.count,
                    !paras[para + 1].isHeadline, paras[para + 1].sentEnd > paras[para + 1].sentStart
                {
                    quotes[q].attribution = actionBeatSubject(paragraph: para + 1)
                }
            }
            previousContinuing = quote.continues ? q : nil
        }
        // A run of quote paragraphs whose speaker is named in the next one:
        // “Not only can Ted Cruz win…” ¶ “He may be the only one…,” Viguerie notes.
        for q in quotes.indices.reversed() where quotes[q].attribution == nil {
            let para = quotes[q].paragraph
            guard !paras[para].isHeadline, quoteToks[q].open == paras[para].tokStart, para + 1 < paras.count else {
                continue
            }
            var n = q + 1
            while n < quotes.count && quotes[n].paragraph == para { n += 1 }
            guard n < quotes.count, quotes[n].paragraph == para + 1, quoteToks[n].open == paras[para + 1].tokStart,
                let a = quotes[n].attribution, attributions[a].isDirect, introducesSpeaker(attributions[a])
            else { continue }
            quotes[q].attribution = a
        }
    }

    /// A quote left open by a missing closing mark that holds its own attribution: “There wasn't …, said Kessel, …
    private mutating func attributionInsideUnclosed(_ q: Int) -> Int? {
        let qt = quoteToks[q]
        guard qt.close < 0, !quotes[q].continues, qt.first + 2 <= qt.last else { return nil }
        for k in qt.first..<(qt.last - 1) where toks[k].punct == .comma {
            let v = toks[k + 1]
            let w = toks[k + 2]
            var verb = -1
            var name = -1
            if v.kind == .word && v.isA(.speech) && mentionOf[k + 2] >= 0 {
                verb = k + 1
                name = k + 2
            } else if mentionOf[k + 1] >= 0 && w.kind == .word && w.isA(.speech) {
                verb = k + 2
                name = k + 1
            }
            guard verb >= 0 else { continue }
            var sp = speakerOfMention(Int(mentionOf[name]))
            sp.form = mentions[Int(mentionOf[name])].parts >= 2 ? .fullName : .surnameOnly
            var attr = Attribution(
                kind: .reportingVerb, sentence: sentenceOfToken(verb), cueRange: toks[verb].range,
                speakerRange: mentions[Int(mentionOf[name])].range, entity: mentions[Int(mentionOf[name])].entity,
                candidates: [], isPronoun: false)
            attr.speakerForm = sp.form
            attr.isDirect = true
            attributions.append(attr)
            return attributions.count - 1
        }
        return nil
    }

    /// A source named in brackets right after the quote: “…” [Quartz], “…” (Reuters), “…” [WaPo.].
    private mutating func sourceAfter(_ q: Int) -> Int? {
        let qt = quoteToks[q]
        guard qt.close >= 0 else { return nil }
        var k = qt.close + 1
        let e = paras[quotes[q].paragraph].tokEnd
        while k < e && (toks[k].punct == .period || toks[k].punct == .comma) { k += 1 }
        guard k + 2 < e, toks[k].punct == .lparen, toks[k + 1].isCap else { return nil }
        var j = k + 1
        while j < e && j < k + 6 && (toks[j].kind == .word || toks[j].punct == .period) { j += 1 }  // [WaPo.]
        guard j < e, toks[j].punct == .rparen else { return nil }
        return appendCredit(open: k, close: j)
    }

    /// Records the bracketed credit between tokens `k` ("(") and `j` (")") as an implicit speaker; returns its index.
    private mutating func appendCredit(open k: Int, close j: Int) -> Int {
        var attr = Attribution(
            kind: .implicit, sentence: sentenceOfToken(k), cueRange: tokRange(k, j),
            speakerRange: tokRange(k + 1, j - 1),
            entity: mentionOf[k + 1] >= 0 ? mentions[Int(mentionOf[k + 1])].entity : nil,
            candidates: [], isPronoun: false)
        attr.speakerForm = .description
        attributions.append(attr)
        return attributions.count - 1
    }

    /// A bracketed credit closing the quote's paragraph — "… Tune in tonight. [AP.]", "… (Reuters)" — sources the
    /// paragraph (the convention of news digests), as an implicit speaker.
    private mutating func creditClosingParagraph(_ q: Int) -> Int? {
        let p = quotes[q].paragraph
        let a = paras[p].tokStart
        var j = paras[p].tokEnd - 1
        if j > a && toks[j].punct == .period { j -= 1 }
        guard j > a, toks[j].punct == .rparen, quoteToks[q].last < j else { return nil }
        var k = j - 1
        while k > a && k >= j - 6 && (toks[k].kind == .word || toks[k].punct == .period) { k -= 1 }
        guard toks[k].punct == .lparen, k + 1 < j, toks[k + 1].isCap, quoteToks[q].last < k else { return nil }
        return appendCredit(open: k, close: j)
    }

    /// Quote `q` is all its paragraph holds (marks and closing punctuation aside).
    private func isWholeParagraph(_ q: Int) -> Bool {
        let qt = quoteToks[q]
        let p = quotes[q].paragraph
        guard qt.open == paras[p].tokStart || qt.open == -1 else { return false }
        var k = qt.close >= 0 ? qt.close + 1 : qt.last + 1
        while k < paras[p].tokEnd {
            if toks[k].kind != .punct || toks[k].isOpenQuote { return false }
            k += 1
        }
        return true
    }

    /// The subject opening paragraph `p` when it is "he", "she" or a person's name, as an implicit speaker.
    private mutating func actionBeatSubject(paragraph p: Int) -> Int? {
        let k = paras[p].tokStart
        guard k < paras[p].tokEnd, !inQuote(k), toks[k].kind == .word else { return nil }
        var range: TextRange
        var entity: Int? = nil
        if toks[k].isA(.personPronoun) {
            range = toks[k].range
        } else if mentionOf[k] >= 0, !toks[k].has(Token.possessive) {
            let m = mentions[Int(mentionOf[k])]
            guard entities[m.entity].kind == .person, m.tokEnd < paras[p].tokEnd,
                !toks[m.tokEnd - 1].has(Token.possessive)
            else { return nil }
            range = m.range
            entity = m.entity
        } else {
            return nil
        }
        var attr = Attribution(
            kind: .implicit, sentence: paras[p].sentStart, cueRange: range, speakerRange: range,
            entity: entity, candidates: [], isPronoun: entity == nil)
        attr.speakerForm = entity == nil ? .pronoun : .description
        attributions.append(attr)
        return attributions.count - 1
    }

    /// The last quote before quote `q` in paragraph `p` (quotes are in text order, so the search stops early).
    private func lastQuote(before q: Int, inParagraph p: Int, attributed: Bool) -> Quote? {
        var i = q - 1
        while i >= 0 && quotes[i].paragraph >= p {
            if quotes[i].paragraph == p && (!attributed || quotes[i].attribution != nil) { return quotes[i] }
            i -= 1
        }
        return nil
    }

    /// An attribution that names who speaks (a name or a pronoun), or a colon introducing what follows.
    private func introducesSpeaker(_ a: Attribution) -> Bool {
        if a.kind == .colon { return true }
        guard a.kind == .reportingVerb || a.kind == .accordingTo else { return false }
        switch a.speakerForm {
        case .fullName, .surnameOnly, .honorificSurname, .pronoun: return true
        case .description, .none: return false
        }
    }

    /// A person, organisation or pronoun named outside the quote in its own sentences: the likely speaker
    /// when no reporting verb says so ("Carson … called the political system “rotten to the core.”").
    private mutating func implicitSpeaker(_ q: Int, sentences: ClosedRange<Int>) -> Int? {
        for s in sentences {
            var k = sents[s].tokStart
            while k < sents[s].tokEnd {
                defer { k += 1 }
                if inQuote(k) { continue }
                var speaker: TextRange? = nil
                var entity: Int? = nil
                if mentionOf[k] >= 0 {
                    let m = mentions[Int(mentionOf[k])]
                    if entities[m.entity].kind != .person { continue }
                    speaker = m.range
                    entity = m.entity
                } else if toks[k].kind == .word
                    && (toks[k].isA(.personPronoun) || toks[k].hash == Lexicon.hThey
                        || toks[k].isA(.speakingNoun))
                {
                    speaker = toks[k].range
                }
                guard let r = speaker else { continue }
                var attr = Attribution(
                    kind: .implicit, sentence: s, cueRange: r, speakerRange: r, entity: entity,
                    candidates: [], isPronoun: entity == nil)
                attr.speakerForm = entity == nil ? .pronoun : .description
                attributions.append(attr)
                return attributions.count - 1
            }
        }
        return nil
    }

    /// The sentence holding token `i` (sentences cover their paragraph's tokens).
    func sentenceOfToken(_ i: Int) -> Int {
        var lo = 0
        var hi = sents.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sents[mid].tokStart <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

extension Lexicon {
    /// Capitalised labels with a colon that do not name a speaker.
    static let notSpeakerLabels: Set<UInt64> = Set(
        [
            "update", "updated", "note", "editor's", "correction", "watch",
            "read", "related", "photo", "photos", "video", "source", "sources", "warning", "breaking", "exclusive",
            "live", "pic", "ps", "p.s.",
        ].map(wordHash))
    static let hAddedCue: UInt64 = 0x235d_e2fd_fd54_2145  // "added"
    static let hTooCue: UInt64 = 0x56f9_b319_4465_98f1  // "too"
    static let hWentCue: UInt64 = 0x3d70_02f6_19df_51a3  // "went"
    static let hAlso: UInt64 = 0x84ca_5683_ab03_58d2  // "also"
    static let hThey: UInt64 = 0x2579_baef_323c_f77f  // "they"
    static let hPut: UInt64 = 0x77f3_7019_5699_cdee  // "put"
    static let hBoth: UInt64 = 0xcd17_f69b_c69b_bca2  // "both"
}
