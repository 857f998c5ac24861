/// Pronoun speakers resolve to people: those named earlier in the same sentence, else in the nearest earlier
/// sentence of this or the previous paragraph that names any (names inside quotes do not count). When that
/// sentence's own speaker is one of them, the pronoun means the speaker; else a person opening that sentence, its
/// subject, does (GUIDE.md: the previous sentence's subject settles who spoke).
/// The people named outside quotes, by sentence (`ReadsMentions.personsBySentence`).
struct PersonsBySentence {
    /// (offset, entity), sentence by sentence, in text order.
    let items: [(Int, Int)]
    /// Sentence `s`'s people are `items[starts[s]..<starts[s + 1]]`.
    let starts: [Int]

    /// Sentence `s`'s people, in text order.
    subscript(s: Int) -> [(Int, Int)] { Array(items[starts[s]..<starts[s + 1]]) }
}

extension ReadsMentions {
    /// People named outside quotes, per sentence, in text order: (offset, entity).
    func personsBySentence(isPerson: [Bool]) -> PersonsBySentence {
        // One flat list with each sentence's start (a counting sort): only a pronoun reads a sentence's people,
        // so a list per sentence would be an allocation for every sentence that names one.
        var starts = [Int](repeating: 0, count: sents.count + 1)
        for m in mentions where !m.inQuote && isPerson[m.entity] { starts[m.sentence + 1] += 1 }
        for s in sents.indices { starts[s + 1] += starts[s] }
        var next = starts
        var items = [(Int, Int)](repeating: (0, 0), count: starts[sents.count])
        for m in mentions where !m.inQuote && isPerson[m.entity] {
            items[next[m.sentence]] = (m.range.start, m.entity)
            next[m.sentence] += 1
        }
        return PersonsBySentence(items: items, starts: starts)
    }

    /// The people a pronoun at token `p` may refer to; the nearest is last.
    func resolvePronoun(
        at p: Int, sentence s: Int, persons: PersonsBySentence, attributions: [Attribution], bySentence: [[Int]]
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
                if cands.count > 1, let e = openingPerson(persons[s2], sentence: s2) { return [e] }
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
