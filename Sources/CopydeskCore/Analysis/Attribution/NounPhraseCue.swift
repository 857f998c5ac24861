/// Noun-phrase cues: "according to X", "per X", "in the words of X", a credit in brackets ("(source: X)"), and "in a
/// statement" / "in an interview with" when no verb in the sentence reports ("In a statement, the campaign called
/// the report false" has its verb; "In an interview with CNN, Clinton on the deal: …" does not).
extension ReadsMentions {
    /// "according to X", "per X" or "in the words of X" at token `k`; returns the cue and the token to continue from.
    func nounPhraseCue(at k: Int, sentence s: Int) -> (Cue, Int)? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        guard t.kind == .word else { return nil }
        if t.hash == Lexicon.hAccording && k + 1 < e && toks[k + 1].hash == Lexicon.hTo {
            let c = Cue(
                sentence: s, kind: .accordingTo, first: k, last: k + 1, speaker: speakerAfter(k + 2, e), direct: true)
            return (c, k + 2)
        }
        // "The last offer included 30% raises, per the union.": "per" is "according to" after a comma or opening the
        // sentence, before an article, an owner or a name ("30 per cent", "$5 per share" count).
        if t.hash == Lexicon.hPer, k + 1 < e, k == a || toks[k - 1].punct == .comma,
            toks[k + 1].isA(.determiner) || toks[k + 1].isA(.possessivePronoun) || toks[k + 1].isCap,
            let sp = speakerAfter(k + 1, e)
        {
            return (Cue(sentence: s, kind: .accordingTo, first: k, last: k, speaker: sp, direct: true), k + 1)
        }
        // "In the words of X, “…”": the frame names the speaker as "according to X" does.
        if t.hash == Lexicon.hWords && k >= a + 2 && k + 1 < e && toks[k + 1].hash == Lexicon.hOf
            && toks[k - 1].hash == Lexicon.hThe && toks[k - 2].hash == Lexicon.hIn,
            let sp = speakerAfter(k + 2, e)
        {
            return (Cue(sentence: s, kind: .accordingTo, first: k - 2, last: k + 1, speaker: sp, direct: true), k + 2)
        }
        // "Sales rose 4% (source: British Retail Consortium)": a credit in brackets names its sentence's source as
        // "according to" does.
        if t.hash == AttributionWords.hSource || t.hash == AttributionWords.hSources, k > a, k + 2 < e,
            toks[k - 1].punct == .lparen, toks[k + 1].punct == .colon, let sp = speakerAfter(k + 2, e)
        {
            return (Cue(sentence: s, kind: .accordingTo, first: k, last: k + 1, speaker: sp, direct: true), k + 2)
        }
        return nil
    }

    /// "In a statement, X …", "in an interview with CNN": a sentence with no other cue whose noun-phrase cue
    /// credits its subject. Returns nil when the sentence has none.
    func statementCue(sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var k = a
        while k + 2 < e {
            defer { k += 1 }
            guard toks[k].hash == Lexicon.hIn, !inQuote(k), toks[k + 1].isA(.determiner) else { continue }
            var j = k + 1
            while j < e && j < k + 5 && toks[j].kind == .word && !toks[j].isA(.statementNoun) { j += 1 }
            guard j < e, toks[j].kind == .word, toks[j].isA(.statementNoun), !toks[j].isCap else { continue }
            var last = j
            if j + 1 < e, toks[j + 1].hash == Lexicon.hWith { last = j + 1 }
            var cue = Cue(sentence: s, kind: .reportingVerb, first: k, last: last, speaker: nil, direct: false)
            // The subject: after the phrase ("In a statement, the campaign …") or before it.
            var n = last + 1
            if last > j {
                // skip the interviewer: "in an interview with CNN, Clinton …"
                while n < e && toks[n].punct != .comma { n += 1 }
            }
            while n < e && toks[n].punct == .comma { n += 1 }
            cue.speaker = speakerAfter(n, e) ?? nearestSubject(before: k, a)
            return cue.speaker == nil ? nil : cue
        }
        return nil
    }
}
