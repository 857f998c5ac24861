/// Pronoun speakers resolve to people: those named earlier in the same sentence, else in the nearest earlier
/// sentence of this or the previous paragraph that names any (names inside quotes do not count). When that
/// sentence's own speaker is one of them, the pronoun means the speaker; else a person opening that sentence, its
/// subject, does (GUIDE.md: the previous sentence's subject settles who spoke).
extension ReadsMentions {
    /// People named outside quotes, per sentence, in text order: (offset, entity). One flat list: only a pronoun
    /// reads a sentence's people.
    func personsBySentence(isPerson: [Bool]) -> FlatLists<(Int, Int)> {
        var pairs: [(Int, (Int, Int))] = []
        for m in mentions where !m.inQuote && isPerson[m.entity] {
            pairs.append((m.sentence, (m.range.start, m.entity)))
        }
        return FlatLists(count: sents.count, pairs)
    }

    /// The people a pronoun at token `p` may refer to; the nearest is last.
    func resolvePronoun(
        at p: Int, sentence s: Int, persons: FlatLists<(Int, Int)>, attributions: [Attribution],
        bySentence: [Range<Int>]
    ) -> [Int] {
        // Each entity once, at its last place. Reserved, and a slice read as it is: `removeAll(where:)` and a copy
        // of the slice each allocated.
        func distinct<C: Collection<(Int, Int)>>(_ list: C) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(list.count)
            for (_, e) in list {
                if let i = out.firstIndex(of: e) { out.remove(at: i) }
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
                if let e = openingPerson(here, sentence: s) { return [e] }
            }
            return cands
        }
        var s2 = s - 1
        let para = sents[s].paragraph
        while s2 >= 0 && s2 >= s - 30 && sents[s2].paragraph >= para - 1 && !paras[sents[s2].paragraph].isHeadline {
            if !persons[s2].isEmpty {
                let cands = distinct(persons[s2])
                // The previous sentence's speaker is the natural referent, else its subject ("Clark met Ma on
                // Monday. “It went well,” he said.": Clark).
                for ai in bySentence[s2].reversed() {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                if cands.count > 1, let e = openingPerson(Array(persons[s2]), sentence: s2) { return [e] }
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

    /// The person of `named` (a sentence's people, in text order) who opens sentence `s`, past a leading title
    /// or honorific ("Dr. Sanders trails…"): the sentence's subject; nil when another person shares it ("Ma and
    /// Núñez met…").
    private func openingPerson(_ named: [(Int, Int)], sentence s: Int) -> Int? {
        let end = sents[s].tokEnd
        var k = sents[s].tokStart
        while k < end - 1 && (toks[k].punct == .period || toks[k].isA(.title) || toks[k].isA(.honorific)) { k += 1 }
        guard let first = named.first, first.0 <= Int(toks[k].start) else { return nil }
        // Past the name's words and initials: "and" then another person is a shared subject; a possessive
        // ("Clark's aide called Hale") is no subject.
        var j = k
        while j < end && (toks[j].isCap || toks[j].punct == .period) {
            if toks[j].has(Token.possessive) { return nil }
            j += 1
        }
        if j + 1 < end, toks[j].hash == Lexicon.hAnd, named.count > 1, named[1].1 != first.1,
            named[1].0 <= Int(toks[min(j + 3, end - 1)].start)
        {
            return nil
        }
        return first.1
    }
}
