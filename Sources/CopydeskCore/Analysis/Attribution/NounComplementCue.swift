/// A noun of assertion or belief with its owner and a "that" clause: "the union's earlier claim that the mayor wanted
/// to raise taxes", "his warning that prices would rise again in May", "the senator's assertion that the plan would
/// create 300 jobs". The owner is the source, the clause after "that" the content (`WordClass.complementNoun`, from
/// `AttributionWords.complementNouns`).
///
/// - The owner is a possessive pronoun or a possessive noun phrase ("Mr. Trump's", "the campaign's", "Sanders'"),
///   up to two modifiers before the noun ("his recent claim", "the campaign's earlier claim").
/// - "that" opens a clause with a subject: not a relative clause, whose verb follows "that" ("the claim that was
///   dismissed") or whose verb lacks its object ("his claim that he made on Monday").
/// - A noun with no owner names no source ("amid allegations that…" is vague, `VagueAttributionFinder`).
extension ReadsMentions {
    /// The cue of a noun of assertion at `k` followed by "that" (checked by the caller), or nil.
    func nounComplementCue(at k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard k + 3 < e, isLowerWord(k), toks[k].isA(.complementNoun),
            toks[k + 1].hash == Lexicon.hThat, opensComplementClause(k + 2, e),
            let sp = ownerBefore(k, a)
        else { return nil }
        var c = Cue(sentence: s, kind: .reportingVerb, first: k, last: k, speaker: sp, direct: false)
        c.nounClause = true
        return c
    }

    /// Where the clause of a noun cue ends: the first comma, semicolon, dash or parenthesis after it, outside quotes
    /// ("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the firms…"); nil at the sentence's end.
    func nounClauseEnd(_ c: Cue) -> Int? {
        var j = c.last + 3
        while j < sents[c.sentence].tokEnd {
            switch toks[j].punct {
            case .comma, .semicolon, .dash, .lparen, .rparen:
                if !inQuote(j) { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// The owner before the noun at `k`, past up to two lower-case modifiers: a possessive pronoun, a name with
    /// "'s" (or a bare apostrophe after "s") or a description ending on one ("the senator's").
    private func ownerBefore(_ k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        var modifiers = 0
        var nounBefore = false
        // (A modifier is a lower-case content word or one of `nounModifiers`: "his earlier claim", "her own view".)
        while j >= a, modifiers < 2, isLowerWord(j),
            !toks[j].isA(.function) || held.nounModifiers.contains(toks[j].hash),
            !toks[j].has(Token.possessive), !toks[j].isA(.possessivePronoun), !inQuote(j)
        {
            // (A listed adjective or a hyphenated one, "by-now-familiar", is no noun.)
            if !held.nounModifiers.contains(toks[j].hash) && !toks[j].has(Token.hyphenated) {
                nounBefore = true
            }
            j -= 1
            modifiers += 1
        }
        // ("The company's lawyer fears that…", "His allies fear that…": after a noun a word that reports as a verb in
        // "-s", or in its bare form after a plural, is that verb, its subject the noun phrase; "his recent claims
        // that…", "his campaign pledge that…" stay nouns.)
        let pluralBefore =
            isLowerWord(k - 1) && endsInS(k - 1) && !held.nounModifiers.contains(toks[k - 1].hash)
        guard j >= a, !inQuote(j), !(nounBefore && toks[k].isA(.reporting) && (endsInS(k) || pluralBefore)) else {
            return nil
        }
        // "Sanders' claim": the bare apostrophe after a word in "s".
        let bare = toks[j].isBareApostrophe && j - 1 >= a && toks[j - 1].kind == .word && endsInS(j - 1)
        let o = bare ? j - 1 : j
        guard toks[o].kind == .word else { return nil }
        if var sp = ownerAt(o, bare: bare) {
            // ("Mr. Trump's": the honorific too.)
            if let m = sp.mention { sp.phraseFirst = mentions[m].tokStart }
            return sp
        }
        guard bare || toks[o].has(Token.possessive) else { return nil }
        // "the senator's", "the Clinton campaign's": a description up to its determiner.
        let f = descriptionStart(o, a)
        guard f < o, toks[f].isA(.determiner) else { return nil }
        return Speaker(first: f, last: o, form: .description, mention: nil)
    }

    /// Token `i` opens a clause after "that" with a subject of its own, not a relative clause: not a verb or an
    /// adverb ("that was", "that has long…"), and not a short subject whose verb ends the clause or meets a
    /// preposition ("that he made.", "that she made on Monday"; "to" may open its object: "that Sanders wanted to…").
    private func opensComplementClause(_ i: Int, _ e: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word || t.isOpenQuote else { return false }
        if t.kind == .word, t.isBeOrFiniteAuxiliary || isLowerWord(i) && endsInLy(i) { return false }
        // A short subject and a verb with nothing after it: an object relative ("the claim that he made").
        var j = i + 1
        while j < e && j <= i + 3 && toks[j].kind == .word && !isVerbForm(j) { j += 1 }
        guard j < e, j <= i + 3, toks[j].kind == .word, isVerbForm(j) else { return true }
        let n = j + 1
        guard n < e else { return false }
        if toks[n].kind == .punct { return !(toks[n].punct == .period || toks[n].punct == .comma) }
        let h = toks[n].hash
        return
            !(isLowerWord(n)
            && (held.adverbialPrepositions.contains(h) || h == Lexicon.hBy || h == Lexicon.hFor))
    }

    /// A verb form that closes a short subject: a past ("made", "-ed") or a participle.
    private func isVerbForm(_ j: Int) -> Bool {
        isLowerWord(j) && (isParticiple(j) || held.irregularPasts.contains(toks[j].hash))
    }
}
