/// A state of mind with its holder and a "that" clause: "The minister is convinced that the mill will reopen",
/// "Union leaders remain confident that…", "Many voters are not confident that…", "Her aides have long been
/// concerned that…". The subject is the source; the cue runs from the verb group ("is", "remain", "have long been") to the
/// adjective (`AttributionWords.beliefAdjectives`); the clause after it, with its "that", is the content.
///
/// A stance with "of" is a judgement of what follows it, its holder the subject: "The council has been critical of
/// the mayor." (`AttributionWords.judgementAdjectives`); the cue runs on to "of", the noun phrase after it is the
/// content, and the adjective heads the cue (a judgement of a figure's plan sources no figure:
/// `ClaimWords.notSourcingCue`). Not an adjective of a feeling's cause or of a quality: "She is proud of her team."
/// and "The bridge is critical to the plan." hold no relation.
///
/// - An empty "it" holds no state ("It is certain that…" names nobody).
/// - Inside what a speech verb reports the state is part of that content ("said he was convinced that…"), as any
///   belief nested there is (`AttributionFinder.swift`).
extension ReadsMentions {
    /// The cue of a stance adjective at `k` followed by "that" (checked by the caller), or with `judging` of a
    /// judgement adjective followed by "of" (checked by the caller); nil without a verb group and a holder before it.
    func stanceAdjectiveCue(at k: Int, sentence s: Int, judging: Bool = false) -> Cue? {
        let a = sents[s].tokStart
        guard k + 2 < sents[s].tokEnd, isLowerWord(k), judging || toks[k].isA(.beliefAdjective)
        else { return nil }
        // Back over the verb group: adverbs, "not", auxiliaries, a form of "be" or a linking verb (at least one).
        var first = k
        var linked = false
        var j = k - 1
        while j >= a, j >= k - 5, isLowerWord(j), !inQuote(j) {
            let t = toks[j]
            if t.isA(.beForm) || held.linkingVerbs.contains(t.hash) {
                linked = true
            } else if !(held.finiteAuxiliaries.contains(t.hash) || t.hash == Lexicon.hNot
                || isAdverbLike(j))
            {
                break
            }
            first = j
            j -= 1
        }
        guard linked, let sp = speakerBefore(first, a), toks[sp.first].hash != Lexicon.hIt else { return nil }
        var c = Cue(
            sentence: s, kind: .reportingVerb, first: first, last: judging ? k + 1 : k, speaker: sp, direct: false)
        if judging { c.head = tokRange(k, k) }
        return c
    }
}
