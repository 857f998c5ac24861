/// Quotes take their speakers (first match wins): an attribution in a sentence the quote overlaps, else in the
/// next, else the previous sentence of the paragraph; an earlier attributed quote or sentence of the same
/// paragraph (a paragraph keeps its speaker); a name in a speaker tag after the quote whose verb no rule knows
/// ("“…,” Cole smirked.": a relation of its own, `unknownSpeakerTag`; with a pronoun the tag keeps the quote out
/// of a run); for a quote opening its paragraph, a quote run — the previous
/// paragraph's attributed quote, a named speaker or colon ending the previous paragraph, or a named speaker of
/// the quote opening the next paragraph; finally `.implicit` — a person or pronoun named in the paragraph, a
/// document ("the ad", "the statement"), or a bracketed source after the quote ("[WaPo.]"). Implicit speakers
/// never source a claim.

/// The quote-speaker stage's result: the relations (the attribution stage's, then those found here) and each
/// quote's speaker.
struct QuoteSpeakers {
    var attributions: [Attribution]
    var speakers: [Int?]
    mutating func add(_ a: Attribution) -> Int {
        attributions.append(a)
        return attributions.count - 1
    }
}

extension QuoteSpeakerStage {
    /// Each quote's speaker: the attribution index, or nil (`QuoteSpeakers.attributions` extends the stage's
    /// relations with the implicit speakers and unclosed-quote cues found here).
    func quoteSpeakers() -> QuoteSpeakers {
        var w = QuoteSpeakers(attributions: attributions, speakers: quotes.map(\.attribution))
        var previousContinuing: Int? = nil
        // Quotes followed by a speaker tag whose verb no rule knows, read once (`unknownSpeakerTag`).
        var tagged = [Bool](repeating: false, count: quotes.count)
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
                w.speakers[pc] != nil
            {
                w.speakers[q] = w.speakers[pc]
            } else {
                let sa = sentenceOfToken(qt.open >= 0 ? qt.open : paras[para].tokStart)
                let sb = sentenceOfToken(
                    max(qt.close >= 0 ? qt.close : qt.last, qt.open >= 0 ? qt.open : paras[para].tokStart))
                // The quote's sentences, then the one after it, then the one before it (in the paragraph); tried in
                // turn, not gathered in an array per quote.
                let attributions = w.attributions
                // The relation whose content holds the quote ("X emailed supporters, telling them, “…”": the
                // telling's), else the sentence's first one that quotes (a quote run goes on with its speaker:
                // "Responding to the speech, Osborne said: “…” ¶ “…”"), else its first one not carried.
                let inner = quote.contentRange
                func speaker(_ s: Int) -> Int? {
                    let list = sentenceAttributions[s]
                    return list.first(where: { i in
                        attributions[i].contentRanges.contains { $0.start <= inner.start && inner.end <= $0.end }
                    })
                        ?? list.first(where: {
                            attributions[$0].relation == .direct || attributions[$0].relation == .mixed
                        })
                        ?? list.first(where: { attributions[$0].kind != .carried })
                        ?? list.first
                }
                var found: Int? = nil
                var s = sa
                while found == nil && s <= sb {
                    found = speaker(s)
                    s += 1
                }
                if found == nil, sb + 1 < paras[para].sentEnd { found = speaker(sb + 1) }
                if found == nil, sa - 1 >= paras[para].sentStart { found = speaker(sa - 1) }
                if let found { w.speakers[q] = found }
                // News convention: a paragraph keeps its speaker. An earlier attributed quote or attributed sentence
                // of the same paragraph speaks for this quote too.
                if w.speakers[q] == nil {
                    if let earlier = lastQuote(before: q, inParagraph: para, attributed: true, w) {
                        w.speakers[q] = w.speakers[earlier]
                    } else if sa > paras[para].sentStart,
                        let s = (paras[para].sentStart..<sa).reversed().first(where: {
                            !sentenceAttributions[$0].isEmpty
                        })
                    {
                        w.speakers[q] = sentenceAttributions[s].last
                    }
                }
                // A quote opening its paragraph continues a run of quotes: its speaker is introduced at the end of
                // the previous paragraph ("Jared Potts echoed:", "…,” Adelson said.", an attributed quote), or
                // named at the start of the next one. A description or a non-speech verb there is not enough
                // (a paragraph of poster slogans after "the SVP pushed…" stays unattributed).
                // A quote followed by a speaker tag of its own whose verb no rule knows ("“…,” Cole smirked.") is
                // that name's (a pronoun's tag only keeps the quote out of a run: `tagged`, read again below).
                let tag = w.speakers[q] == nil ? unknownSpeakerTag(q) : nil
                if let tag, mentionOf[tag.name] >= 0 { w.speakers[q] = addSpeakerTag(&w, tag) }
                tagged[q] = tag != nil
                if w.speakers[q] == nil, opensParagraph, !tagged[q], para > 0, !paras[para - 1].isHeadline {
                    let p = para - 1
                    if let prevQuote = lastQuote(before: q, inParagraph: p, attributed: false, w),
                        let prevSpeaker = w.speakers[prevQuote],
                        w.attributions[prevSpeaker].kind != .implicit
                    {
                        w.speakers[q] = prevSpeaker
                    } else if paras[p].sentEnd > paras[p].sentStart,
                        let a = sentenceAttributions[paras[p].sentEnd - 1].last(where: {
                            introducesSpeaker(w.attributions[$0])
                        })
                    {
                        w.speakers[q] = a
                    }
                }
                if w.speakers[q] == nil, opensParagraph, !tagged[q], para + 1 < paras.count,
                    !paras[para + 1].isHeadline,
                    paras[para + 1].sentEnd > paras[para + 1].sentStart,
                    let a = sentenceAttributions[paras[para + 1].sentStart].first(where: {
                        introducesSpeaker(w.attributions[$0])
                    })
                {
                    w.speakers[q] = a
                }
                if w.speakers[q] == nil {
                    let lo = max(paras[para].sentStart, sa - 8)
                    let hi = min(paras[para].sentEnd - 1, sb + 8)
                    let found = implicitSpeaker(&w, q, sentences: lo...hi)
                    w.speakers[q] = found
                }
                // A scene: “She pauses.” / “Well, thank you so much.” — a quote paragraph after a sentence
                // about one person speaks for that person.
                if w.speakers[q] == nil, opensParagraph, para > 0, !paras[para - 1].isHeadline,
                    paras[para - 1].sentEnd > paras[para - 1].sentStart
                {
                    let last = paras[para - 1].sentEnd - 1
                    let found = implicitSpeaker(&w, q, sentences: last...last)
                    w.speakers[q] = found
                }
                if w.speakers[q] == nil {
                    let found = attributionInsideUnclosed(&w, q) ?? sourceAfter(&w, q) ?? creditClosingParagraph(&w, q)
                    w.speakers[q] = found
                }
                // An action beat: a paragraph that is only a quote, followed by a paragraph whose subject is "he",
                // "she" or a named person ("She hangs up, smiling"), is that person's line of dialogue.
                if w.speakers[q] == nil, opensParagraph, isWholeParagraph(q), para + 1 < paras.count,
                    !paras[para + 1].isHeadline, paras[para + 1].sentEnd > paras[para + 1].sentStart
                {
                    let found = actionBeatSubject(&w, paragraph: para + 1)
                    w.speakers[q] = found
                }
            }
            previousContinuing = quote.continues ? q : nil
        }
        // A run of quote paragraphs whose speaker is named in the next one:
        // “Not only can Ted Cruz win…” ¶ “He may be the only one…,” Viguerie notes.
        for q in quotes.indices.reversed() where w.speakers[q] == nil {
            let para = quotes[q].paragraph
            guard !paras[para].isHeadline, quoteToks[q].open == paras[para].tokStart, para + 1 < paras.count,
                !tagged[q]
            else {
                continue
            }
            var n = q + 1
            while n < quotes.count && quotes[n].paragraph == para { n += 1 }
            guard n < quotes.count, quotes[n].paragraph == para + 1, quoteToks[n].open == paras[para + 1].tokStart,
                let a = w.speakers[n], w.attributions[a].isDirect, introducesSpeaker(w.attributions[a])
            else { continue }
            w.speakers[q] = a
        }
        creditQuotesToTheirRelations(&w)
        return w
    }

    /// A quote whose speaker is a relation of another sentence is part of that relation's content (PolNeAR's
    /// content may span sentences): "Clark said:" ¶ "“We will win.”" — the quote joins the relation's content,
    /// which becomes direct (or mixed, when it already held reported speech). Implicit speakers, titles and
    /// partial quotes are left as they are.
    private func creditQuotesToTheirRelations(_ w: inout QuoteSpeakers) {
        // Collected first and applied once per relation: a long run of quotes by one speaker stays linear.
        var added: [Int: [TextRange]] = [:]
        for q in quotes.indices where !quotes[q].isTitle && !quotes[q].isPartial {
            guard let ai = w.speakers[q], !paras[quotes[q].paragraph].isHeadline else { continue }
            // The relation's fields, read in place: a copy of the relation retained its arrays for every quote.
            let kind = w.attributions[ai].kind
            guard kind != .implicit && kind != .carried else { continue }
            let r = quotes[q].range
            if r.isEmpty || overlapsSorted(w.attributions[ai].contentRanges, r)
                || (w.attributions[ai].cuePhraseRange ?? w.attributions[ai].cueRange).overlaps(r)
            {
                continue
            }
            added[ai, default: []].append(r)
        }
        for (ai, ranges) in added {
            var updated = w.attributions[ai]
            let wasEmpty = updated.contentRanges.isEmpty
            updated.contentRanges = (updated.contentRanges + ranges).sorted()
            switch updated.relation {
            case .indirect: updated.relation = .mixed
            case .other where wasEmpty: updated.relation = .direct
            default: break
            }
            w.attributions[ai] = updated
        }
    }

    /// Whether `r` overlaps one of `ranges` (sorted, disjoint), by binary search.
    private func overlapsSorted(_ ranges: [TextRange], _ r: TextRange) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].end <= r.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].overlaps(r)
    }

    /// A quote left open by a missing closing mark that holds its own attribution: “There wasn't …, said Kessel, …
    private func attributionInsideUnclosed(_ w: inout QuoteSpeakers, _ q: Int) -> Int? {
        let qt = quoteToks[q]
        guard qt.close < 0, !quotes[q].continues, qt.first + 2 <= qt.last else { return nil }
        for k in qt.first..<(qt.last - 1) where toks[k].punct == .comma {
            let v = toks[k + 1]
            let after = toks[k + 2]
            var verb = -1
            var name = -1
            if v.kind == .word && v.isA(.speech) && mentionOf[k + 2] >= 0 {
                verb = k + 1
                name = k + 2
            } else if mentionOf[k + 1] >= 0 && after.kind == .word && after.isA(.speech) {
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
            return w.add(attr)
        }
        return nil
    }

    /// A source named in brackets right after the quote: “…” [Quartz], “…” (Reuters), “…” [WaPo.].
    private func sourceAfter(_ w: inout QuoteSpeakers, _ q: Int) -> Int? {
        let qt = quoteToks[q]
        guard qt.close >= 0 else { return nil }
        var k = qt.close + 1
        let e = paras[quotes[q].paragraph].tokEnd
        while k < e && (toks[k].punct == .period || toks[k].punct == .comma) { k += 1 }
        guard k + 2 < e, toks[k].punct == .lparen, toks[k + 1].isCap else { return nil }
        var j = k + 1
        while j < e && j < k + 6 && (toks[j].kind == .word || toks[j].punct == .period) { j += 1 }  // [WaPo.]
        guard j < e, toks[j].punct == .rparen else { return nil }
        return appendCredit(&w, open: k, close: j)
    }

    /// Records the bracketed credit between tokens `k` ("(") and `j` (")") as an implicit speaker; returns its index.
    private func appendCredit(_ w: inout QuoteSpeakers, open k: Int, close j: Int) -> Int {
        var attr = Attribution(
            kind: .implicit, sentence: sentenceOfToken(k), cueRange: tokRange(k, j),
            speakerRange: tokRange(k + 1, j - 1),
            entity: mentionOf[k + 1] >= 0 ? mentions[Int(mentionOf[k + 1])].entity : nil,
            candidates: [], isPronoun: false)
        attr.speakerForm = .description
        return w.add(attr)
    }

    /// A bracketed credit closing the quote's paragraph — "… Tune in tonight. [AP.]", "… (Reuters)" — sources the
    /// paragraph (the convention of news digests), as an implicit speaker.
    private func creditClosingParagraph(_ w: inout QuoteSpeakers, _ q: Int) -> Int? {
        let p = quotes[q].paragraph
        let a = paras[p].tokStart
        var j = paras[p].tokEnd - 1
        if j > a && toks[j].punct == .period { j -= 1 }
        guard j > a, toks[j].punct == .rparen, quoteToks[q].last < j else { return nil }
        var k = j - 1
        while k > a && k >= j - 6 && (toks[k].kind == .word || toks[k].punct == .period) { k -= 1 }
        guard toks[k].punct == .lparen, k + 1 < j, toks[k + 1].isCap, quoteToks[q].last < k else { return nil }
        return appendCredit(&w, open: k, close: j)
    }

    /// A speaker tag follows quote `q` and ends its sentence or clause, with a verb no rule knows: "“…,” she smirked.",
    /// "“…,” Cole smirked.", "“…?” smirked Cole." The quote names its own speaker, so it continues no run of quotes
    /// (the previous paragraph's speaker is not its speaker). Returns the verb's token and the name's first token
    /// (a mention's or a subject pronoun's), or nil.
    private func unknownSpeakerTag(_ q: Int) -> (verb: Int, name: Int)? {
        let c = quoteToks[q].close
        // (The tag stands in the quote's paragraph.)
        let e = paras[quotes[q].paragraph].tokEnd
        guard c >= 1, c + 3 < e else { return nil }
        let inside = toks[c - 1].punct
        guard inside == .comma || inside == .question || inside == .exclaim else { return nil }
        // The name's end after its first token: a whole mention (no owner's "'s") or a subject pronoun.
        func nameEnd(_ i: Int) -> Int? {
            if mentionOf[i] >= 0 {
                let m = mentions[Int(mentionOf[i])]
                return m.tokStart == i && !toks[m.tokEnd - 1].has(Token.possessive) ? m.tokEnd : nil
            }
            return toks[i].kind == .word && isSubjectPronoun(i) && !isContractedSubject(i) ? i + 1 : nil
        }
        func isVerb(_ i: Int) -> Bool {
            i < e && isLowerWord(i) && !inQuote(i) && !toks[i].isA(.function) && !toks[i].isA(.reporting)
                && len(i) >= 3
        }
        let tag: (verb: Int, name: Int, end: Int)
        if let n = nameEnd(c + 1), isVerb(n) {
            tag = (n, c + 1, n + 1)
        } else if isVerb(c + 1), let n = nameEnd(c + 2) {
            tag = (c + 1, c + 2, n)
        } else {
            return nil
        }
        // ("“…,” Cole smirked, waving.": a comma may end the tag too.)
        guard tag.end < e, toks[tag.end].isTerminator || toks[tag.end].punct == .comma, !inQuote(tag.end)
        else { return nil }
        return (tag.verb, tag.name)
    }

    /// Records a speaker tag's name (a mention) and verb as the quote's relation, built as a reporting verb's
    /// (`attributionInsideUnclosed`'s form); returns its index.
    private func addSpeakerTag(_ w: inout QuoteSpeakers, _ tag: (verb: Int, name: Int)) -> Int {
        let m = mentions[Int(mentionOf[tag.name])]
        var attr = Attribution(
            kind: .reportingVerb, sentence: sentenceOfToken(tag.verb), cueRange: toks[tag.verb].range,
            speakerRange: m.range, entity: m.entity, candidates: [], isPronoun: false)
        attr.speakerForm = m.parts >= 2 ? .fullName : .surnameOnly
        attr.sourceRange = m.range
        attr.isDirect = true
        return w.add(attr)
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
    private func actionBeatSubject(_ w: inout QuoteSpeakers, paragraph p: Int) -> Int? {
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
        return w.add(attr)
    }

    /// The last quote before quote `q` in paragraph `p` (quotes are in text order, so the search stops early).
    private func lastQuote(before q: Int, inParagraph p: Int, attributed: Bool, _ w: QuoteSpeakers) -> Int? {
        var i = q - 1
        while i >= 0 && quotes[i].paragraph >= p {
            if quotes[i].paragraph == p && (!attributed || w.speakers[i] != nil) { return i }
            i -= 1
        }
        return nil
    }

    /// An attribution that names who speaks (a name or a pronoun), or a colon introducing what follows.
    func introducesSpeaker(_ a: Attribution) -> Bool {
        if a.kind == .colon { return true }
        guard a.kind == .reportingVerb || a.kind == .accordingTo else { return false }
        switch a.speakerForm {
        case .fullName, .surnameOnly, .honorificSurname, .pronoun: return true
        case .description, .none: return false
        }
    }

    /// A person, organisation or pronoun named outside the quote in its own sentences: the likely speaker
    /// when no reporting verb says so ("Carson … called the political system “rotten to the core.”").
    private func implicitSpeaker(_ w: inout QuoteSpeakers, _ q: Int, sentences: ClosedRange<Int>) -> Int? {
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
                return w.add(attr)
            }
        }
        return nil
    }
}
