/// Pronoun speakers resolve to people: those named earlier in the same sentence, else in the nearest earlier
/// sentence of this or the previous paragraph that names any (names inside quotes do not count). When that
/// sentence's own speaker is one of them, the pronoun means the speaker.
extension ReadsMentions {
    /// People named outside quotes, per sentence, in text order: (offset, entity).
    func personsBySentence(isPerson: [Bool]) -> [[(Int, Int)]] {
        var out = [[(Int, Int)]](repeating: [], count: sents.count)
        for m in mentions where !m.inQuote && isPerson[m.entity] {
            out[m.sentence].append((m.range.start, m.entity))
        }
        return out
    }

    /// The people a pronoun at token `p` may refer to; the nearest is last.
    func resolvePronoun(
        at p: Int, sentence s: Int, persons: [[(Int, Int)]], attributions: [Attribution], bySentence: [[Int]]
    ) -> [Int] {
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
                for ai in bySentence[s] where attributions[ai].cueRange.start < Int(toks[p].start) {
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
                for ai in bySentence[s2].reversed() {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                return cands
            }
            // A sentence whose speaker was itself a resolved pronoun passes that person on.
            for ai in bySentence[s2].reversed() {
                if attributions[ai].isPronoun, let e = attributions[ai].entity, attributions[ai].candidates.count == 1 {
                    return [e]
                }
            }
            s2 -= 1
        }
        return []
    }
}
