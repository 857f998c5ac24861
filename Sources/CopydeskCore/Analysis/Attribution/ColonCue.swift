/// Colons and labels as cues: a colon (or dash) right before an opening quote ("Trump: “…”"), a headline's
/// colon after the name opening it ("Lynch: No outside influence on probe", "Clinton camp: …", "Clinton to Planned
/// Parenthood: …": `headlineColonSpeaker`; not a kicker: "Breaking: …"), a paragraph ending with a colon whose next
/// paragraph opens with a quote, transcript labels ("Q:", "RAMOS:") for their whole paragraph or quote, and a
/// sign-off line after a quote ("— Sanders."); never a dateline's dash. "as follows" before the colon is the cue's
/// ("Transcript as follows:"), and its source is what stands before it.
extension ReadsMentions {
    /// "Transcript as follows:", "The text of the statement as follows:": the index of "as" when "as follows" stands
    /// right before the colon at `k` (the cue then opens there, and its source is before "as", never "follows").
    func asFollowsStart(before k: Int, _ a: Int) -> Int? {
        guard k - 2 >= a, toks[k - 1].hash == AttributionWords.hFollows, toks[k - 2].hash == Lexicon.hAs,
            isLowerWord(k - 1), !inQuote(k - 2)
        else { return nil }
        return k - 2
    }

    /// The speaker of a headline's colon at `k` (the headline from `a`): a name opening it — "Lynch: No outside
    /// influence", "Clinton camp: …" (headlines hold no mentions: one to four words, the first capitalised, no
    /// function word among them) — or the name before "to" or "on" that addresses someone or
    /// speaks on something ("Clinton to Planned Parenthood: Trump will…", "Gillibrand on Hillary Releasing Her
    /// Speech Transcripts: …"). A kicker is no name ("Breaking: …", "Paid Notice: …", "DVD review: …"); nil
    /// otherwise.
    func headlineColonSpeaker(before k: Int, _ a: Int) -> Speaker? {
        func nameWord(_ i: Int) -> Bool { toks[i].kind == .word && toks[i].isCap && !toks[i].isA(.function) }
        guard nameWord(a), !held.notSpeakerLabels.contains(toks[a].hash),
            !held.headlineKickers.contains(toks[a].hash),
            !held.headlineKickers.contains(toks[k - 1].hash)
        else { return nil }
        if k - a <= 4,
            (a + 1..<k).allSatisfy({ toks[$0].kind == .word && !toks[$0].isA(.function) && !inQuote($0) })
        {
            return Speaker(first: a, last: k - 1, form: .description, mention: nil)
        }
        var j = a + 1
        while j < k && j - a < 4 && nameWord(j) { j += 1 }
        guard j < k, toks[j].hash == Lexicon.hTo || toks[j].hash == Lexicon.hOn, k - j <= 10,
            (j..<k).allSatisfy({
                !inQuote($0) && (toks[$0].kind != .punct || toks[$0].punct == .period || toks[$0].punct == .hyphen)
            })
        else { return nil }
        return Speaker(first: a, last: j - 1, form: .description, mention: nil)
    }

    /// "Trump: “…”", "When Trump finally wrapped up — “I will fight for you!”" (no cue earlier in the sentence).
    func colonBeforeQuote(at k: Int, sentence s: Int, firstCue: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        guard t.punct == .colon || t.punct == .dash, k + 1 < e, firstCue >= Int(t.start) else { return nil }
        // A headline's "Lynch: No outside influence on probe": a name opening the headline speaks what follows.
        if t.punct == .colon, paras[sents[s].paragraph].isHeadline, !inQuote(k), k > a,
            let sp = headlineColonSpeaker(before: k, a)
        {
            return Cue(sentence: s, kind: .colon, first: k, last: k, speaker: sp, direct: false)
        }
        guard toks[k + 1].isOpenQuote, inQuote(k + 1) else { return nil }
        // "WASHINGTON (AP) — “This is a matter of national security,” said…": a dateline's dash names the place and
        // the agency, no speaker (`afterDateline`); the verb after the quote names its speaker.
        if t.punct == .dash, afterDateline(a, before: k + 2) == k + 1 { return nil }
        // A dash follows a clause ("When Trump finally wrapped up —"): its subject speaks.
        if t.punct == .dash, let sp = nearestSubject(before: k, a) {
            return Cue(sentence: s, kind: .colon, first: k, last: k, speaker: sp, direct: false)
        }
        // "Reeve leaned in and boomed: “…”": a verb in the past before the colon is the cue's and its subject speaks
        // (the verb is no source); not a passive ("has been largely ignored: “…”").
        if t.punct == .colon, k - 2 >= a, isLowerWord(k - 1), !inQuote(k - 1), isParticiple(k - 1),
            !isPassiveParticiple(k - 1, a), let sp = nearestSubject(before: k - 1, a)
        {
            return Cue(sentence: s, kind: .colon, first: k - 1, last: k, speaker: sp, direct: true)
        }
        // (A passive's subject is what was done, not who speaks: no colon cue.)
        if t.punct == .colon, k - 2 >= a, isLowerWord(k - 1), !inQuote(k - 1), isPassiveParticiple(k - 1, a) {
            return nil
        }
        if t.punct == .colon, let first = asFollowsStart(before: k, a) {
            let sp = speakerBefore(first, a) ?? nearestSubject(before: first, a)
            return Cue(sentence: s, kind: .colon, first: first, last: k, speaker: sp, direct: false)
        }
        if let sp = speakerBefore(k, a) {
            return Cue(sentence: s, kind: .colon, first: k, last: k, speaker: sp, direct: t.punct == .colon)
        }
        return nil
    }

    /// A paragraph ending with a colon introduces the quote that opens the next one.
    func paragraphColonCues(firstCue: [Int]) -> [Cue] {
        var out: [Cue] = []
        for p in paras.indices.dropLast() where !paras[p].isHeadline && paras[p].tokEnd > paras[p].tokStart {
            let last = paras[p].tokEnd - 1
            let next = paras[p + 1]
            guard toks[last].punct == .colon, !inQuote(last), next.tokEnd > next.tokStart,
                toks[next.tokStart].isOpenQuote,
                paras[p].sentEnd > paras[p].sentStart
            else { continue }
            let s = paras[p].sentEnd - 1
            if firstCue[s] != Int.max { continue }
            let first = asFollowsStart(before: last, sents[s].tokStart) ?? last
            let sp = speakerBefore(first, sents[s].tokStart) ?? nearestSubject(before: first, sents[s].tokStart)
            out.append(Cue(sentence: s, kind: .colon, first: first, last: last, speaker: sp, direct: false))
        }
        return out
    }

    /// A sign-off line after a quote: "— Sanders." / "- Former NAACP president Ben Jealous."
    func signOffCues() -> [Cue] {
        var out: [Cue] = []
        for p in paras.indices.dropFirst() where !paras[p].isHeadline {
            let a = paras[p].tokStart
            let e = paras[p].tokEnd
            guard e - a >= 2, e - a <= 14, toks[a].punct == .dash || toks[a].punct == .hyphen,
                let m = (a + 1..<e).last(where: { mentionOf[$0] >= 0 })
            else { continue }
            out.append(
                Cue(
                    sentence: sentenceOfToken(a), kind: .reportingVerb, first: a, last: a,
                    speaker: speakerOfMention(Int(mentionOf[m])), direct: true))
        }
        return out
    }

    /// Transcripts: a quote that opens with a capitalised speaker label ("RAMOS: …").
    func transcriptQuoteLabels() -> [Cue] {
        var out: [Cue] = []
        for q in quoteToks.indices {
            let f = quoteToks[q].first
            guard f + 1 < toks.count, f <= quoteToks[q].last, toks[f].kind == .word, toks[f].has(Token.allCaps) else {
                continue
            }
            var c = f + 1
            while c <= quoteToks[q].last && c < f + 4 && toks[c].kind == .word && toks[c].has(Token.allCaps) { c += 1 }
            guard c <= quoteToks[q].last, toks[c].punct == .colon else { continue }
            out.append(
                Cue(
                    sentence: sentenceOfToken(f), kind: .colon, first: c, last: c,
                    speaker: Speaker(first: f, last: c - 1, form: .description, mention: nil), direct: true))
        }
        return out
    }

    /// Interview transcripts: a paragraph that opens with a speaker label ("Q:", "A:", "RAMOS:") is that
    /// speaker's, sentence by sentence.
    func transcriptParagraphLabels(firstCue: [Int]) -> [Cue] {
        var out: [Cue] = []
        for p in paras.indices where !paras[p].isHeadline && paras[p].tokEnd - paras[p].tokStart >= 3 {
            let f = paras[p].tokStart
            guard toks[f].kind == .word, toks[f].isCap, toks[f].has(Token.allCaps) || len(f) == 1 else { continue }
            var c = f + 1
            while c < paras[p].tokEnd && c < f + 3 && toks[c].kind == .word && toks[c].has(Token.allCaps) { c += 1 }
            guard c < paras[p].tokEnd, toks[c].punct == .colon, attached(c), !toks[f].isA(.function),
                !held.notSpeakerLabels.contains(toks[f].hash)
            else { continue }
            for s in paras[p].sentStart..<paras[p].sentEnd where firstCue[s] == Int.max {
                var cue = Cue(
                    sentence: s, kind: .colon, first: c, last: c,
                    speaker: Speaker(first: f, last: c - 1, form: .description, mention: nil),
                    direct: s == paras[p].sentStart)
                cue.label = true
                out.append(cue)
            }
        }
        return out
    }
}
