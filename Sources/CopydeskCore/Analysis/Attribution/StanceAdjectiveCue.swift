/// A state of mind with its holder and a "that" clause: "The minister is convinced that the mill will reopen",
/// "Union leaders remain confident that…", "Many voters are not confident that…", "Her aides have long been
/// concerned that…". The subject is the source; the cue runs from the verb group ("is", "remain", "have long been") to the
/// adjective (`AttributionWords.beliefAdjectives`); the clause after it, with its "that", is the content.
///
/// - An empty "it" holds no state ("It is certain that…" names nobody).
/// - Inside what a speech verb reports the state is part of that content ("said he was convinced that…"), as any
///   belief nested there is (`AttributionFinder.swift`).
extension ReadsMentions {
    /// The cue of a stance adjective at `k` followed by "that" (checked by the caller), or nil.
    func stanceAdjectiveCue(at k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        guard k + 2 < sents[s].tokEnd, isLowerWord(k), toks[k].isA(.beliefAdjective)
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
        return Cue(sentence: s, kind: .reportingVerb, first: first, last: k, speaker: sp, direct: false)
    }
}
