/// A sentence with no attribution of its own inherits the previous sentence's (same paragraph) only on a
/// continuity cue: "Also, …", "Moreover, …", "In addition, …", or "also" after a pronoun, a name or a speaking
/// noun near the start ("The report also found…"). A relation that names no source has none to carry: "The mill is
/// expected to close. Also, the closure will cost 300 jobs" (an agentless passive), "The hackers have reportedly
/// infiltrated the bank. Furthermore, they stole $2m" (a hearsay adverb), a raising verb ("appears likely to") —
/// the next sentence's figure stays the writer's, as the guide has it; "Cole said the mill would close. Also, the
/// closure will cost 300 jobs" carries Cole.
extension ReadsMentions {
    func carryAttributions(_ attributions: inout [Attribution], _ sentenceAttributions: inout [Range<Int>]) {
        for s in sents.indices where sentenceAttributions[s].isEmpty && !paras[sents[s].paragraph].isHeadline {
            guard s > 0, sents[s - 1].paragraph == sents[s].paragraph, let prev = sentenceAttributions[s - 1].last,
                let cue = continuityCue(s)
            else { continue }
            let p = attributions[prev]
            guard p.speakerRange != nil || p.sourceRange != nil else { continue }
            var attr = Attribution(
                kind: .carried, sentence: s, cueRange: cue, speakerRange: p.speakerRange, entity: p.entity,
                candidates: p.candidates, isPronoun: p.isPronoun)
            attr.speakerForm = p.speakerForm
            attr.sourceRange = p.sourceRange
            sentenceAttributions[s] = attributions.count..<(attributions.count + 1)
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
        if t.isA(.continuity) && !held.notContinuityOpeners.contains(t.hash) {
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
}
