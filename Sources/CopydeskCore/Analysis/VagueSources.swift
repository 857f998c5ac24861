/// Vague attributions read from the attribution stage's relations: a relation whose source is a description that
/// names no one and refers back to no one (`VagueStage.unnamedSources`).
///
/// The phrase mechanisms of `VagueAttributionFinder.swift` read groups by word lists ("officials said", "according
/// to analysts"). A relation already knows its source phrase, so any unnamed one is read here, whatever its noun:
/// - a bare plural: "Banks say", "Local health chiefs say", "Theatre owners have blamed";
/// - a phrase opened by an indefinite determiner: "Other polls have shown", "several brokers argued" — singular
///   only for evidence, a body or one of a typed group: "A report has claimed", "One bookmaker said",
///   "a person familiar with the plans said" (not "A spokesman said", who speaks for the body the article names);
/// - the subject of a clause that a speech participle after its comma speaks for: "Banks played down the claims,
///   saying…" — there also a plural people noun of the function list and a party typing it: "Analysts played down
///   the claims, saying…", "Labour sources played down the claims, saying…";
/// - after "according to", with what it is of, in or about: "according to a survey of estate agents", "according
///   to one of the largest lenders in the region", "according to estimates from rival teams".
///
/// Not vague: a definite or owned source ("the report", "its accounts", "both men"), a body's kind named as one
/// issuer ("according to a congressional report": `VagueWords.issuerModifiers`), a pronoun, a name or a demonym
/// anywhere in the phrase but a place or a person it is described by ("Analysts at Goldman Sachs", "Americans
/// say"; "campaigners in Whitby", "critics of Mr Blair" stay vague), an owner after "by", "from" or "for" that is
/// named or definite ("a study by consultants Aviaplan", "A survey for the BBC"), a figure or a share ("Six in 10
/// voters say"), the groups a poll breaks its answers down by (`VagueWords.polledGroups`: "Voters say"), a source
/// after its verb (a passive's agent: "advised by doctors"; "said industry officials" is `groupAfterVerb`'s), and a
/// relation whose sentence names who reports it after "according to" (`namedCompilationAfter`), and a report that
/// tells its hearer the answer to a question, which credits no claim (`tellsAQuestion`).
///
/// Invariant: a relation the phrase mechanisms already flagged (its range overlapping theirs) is not flagged again.
extension VagueStage {
    /// Vague attributions of the relations in `attributions` whose source names no one, none overlapping `found`.
    func unnamedSources(_ attributions: [Attribution], found: [VagueAttribution]) -> [VagueAttribution] {
        var out: [VagueAttribution] = []
        // By index, reading fields in place: most relations fail the first test, and a copy of each cost more
        // than the rest of the mechanism.
        for i in attributions.indices {
            guard attributions[i].kind == .reportingVerb || attributions[i].kind == .accordingTo,
                attributions[i].speakerForm == .description, attributions[i].entity == nil
            else { continue }
            let sentence = attributions[i].sentence
            let according = attributions[i].kind == .accordingTo
            let verb = attributions[i].cueRange
            guard let source = attributions[i].sourceRange, !paras[sents[sentence].paragraph].isHeadline else {
                continue
            }
            let a = sents[sentence].tokStart
            let e = sents[sentence].tokEnd
            let cue = attributions[i].cuePhraseRange ?? verb
            // A source after its verb is read by `groupAfterVerb` or is a passive's agent; only "according to" puts
            // an unnamed source there.
            guard according || source.end <= cue.start,
                let first = tokenStarting(atOrAfter: source.start, in: sentence),
                case let last = (tokenStarting(atOrAfter: source.end, in: sentence) ?? e) - 1, last >= first,
                // ("Banks played down the claims, saying…": a speech participle after its clause's comma speaks for
                // the clause's subject, whatever that clause's own verb; "Shares rose, suggesting…" is no speech.)
                case let speaking = speaksAfterItsClause(verb, after: last, sentence),
                let head = unnamedHead(first, last, a, according: according, speaking: speaking),
                !inQuote(first), !namedCompilationAfter(last, e), !insideInference(first, a),
                // (A relative clause that withholds the name stands between the source and its verb.)
                according || speaking || reports(verb: verb, after: last, head: head, sentence)
                    || withholdsName(after: last)
            else { continue }
            // The source, then its verb; or "according to", then the source (up to its head noun if longer than eight
            // words); a source far from its verb is quoted alone.
            let range =
                cue.end <= source.start
                ? TextRange(cue.start, Int(toks[last - first < 8 ? last : head].end))
                : cue.start - source.end <= 60 ? TextRange(source.start, cue.end) : tokRange(first, head)
            if found.contains(where: { $0.sentence == sentence && $0.range.overlaps(range) })
                || out.contains(where: { $0.range.overlaps(range) })
            {
                continue
            }
            let opener = cue.end <= source.start ? tokenStarting(atOrAfter: cue.start, in: sentence) ?? first : first
            out.append(VagueAttribution(range: range, sentence: sentence, phrase: quoted(opener, range)))
        }
        return out
    }

    /// The source opening at `first` stands in a clause that a participle or a verb of report governs: "Shares
    /// rose, suggesting investors expect a higher offer" (the writer's inference), "He said analysts expect a
    /// higher offer" (the group is inside what someone else reports).
    private func insideInference(_ first: Int, _ a: Int) -> Bool {
        guard first > a, toks[first - 1].kind == .word else { return false }
        return endsInIng(first - 1) || toks[first - 1].isA(.reporting)
    }

    /// The cue word `cue`, after an unnamed source that ends at token `last` and has its head noun at `head`, is a
    /// verb a group speaks or judges with (`isGroupVerb`), or one evidence speaks with after evidence — not an
    /// action or a wish ("Ministers have ruled out changes", "the themes marketers hope to win over"), nor a
    /// participle ("figures showing that"; "saying" after the comma that closes the source's clause is
    /// `speaksAfterItsClause`'s).
    private func reports(verb cue: TextRange, after last: Int, head: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard let v = tokenStarting(atOrAfter: cue.start, in: s), Int(toks[v].end) <= cue.end, v > last,
            toks[v].kind == .word
        else { return false }
        guard !endsInIng(v),
            // (A passive's subject is what is reported: "Sales are forecast to grow" is `agentlessPassive`'s.)
            !be.contains(toks[v - 1].hash),
            // The verb right after the source, past auxiliaries, adverbs and a parenthesis ("Proponents of the bill,
            // however, say").
            (last + 1..<v).allSatisfy({ isVerbGroupInsert($0) }),
            // (A wish or a plan, not a report.)
            !(v + 1 < e && toks[v + 1].hash == Lexicon.hTo),
            // ("nations worried about China", "Figures reported on Sunday now suggest": a participle after its noun
            // describes it.)
            !(v == last + 1 && isParticiple(v) && !toks[v].isA(.speech) && v + 1 < e
                && held.participlePrepositions.contains(toks[v + 1].hash))
        else { return false }
        if tellsAQuestion(cue, s) { return false }
        if isGroupVerb(v) { return true }
        // "Researchers found 20% of patients developed the condition.", "Investigators found that the pilot had
        // slept.": a typed group's finding (a verb of finding is a relation's cue only before a clause, so "Police
        // found a body" never reaches here).
        if toks[v].isA(.documentVerb), isGroupWord(head) { return true }
        return vagueClasses(toks[v].hash) & VagueWords.evidenceVerb != 0
            && vagueClasses(toks[head].hash) & VagueWords.evidence != 0
    }

    /// The report of `cue` tells its hearer the answer to a question, not a claim: its verb, a hearer of up to three
    /// lowercase words and a question word ("Alerts tell people how the threats affect them", "Labels tell shoppers
    /// where the meat comes from", "tell the public what to do") — nothing is credited, so no one is left unnamed.
    /// Not a reported clause: "Officials told reporters that the bridge was unsafe".
    private func tellsAQuestion(_ cue: TextRange, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard var w = tokenStarting(atOrAfter: cue.start, in: s) else { return false }
        while w + 1 < e && Int(toks[w + 1].end) <= cue.end { w += 1 }
        var j = w + 1
        while j < e && j <= w + 4 && isLowerWord(j) && toks[j].hash != Lexicon.hThat {
            if j > w + 1, held.whWords.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The cue word of `cue` is a speech participle after the comma that ends the clause of the source ending at
    /// token `last`: "Banks played down the claims, saying…".
    private func speaksAfterItsClause(_ cue: TextRange, after last: Int, _ s: Int) -> Bool {
        guard let v = tokenStarting(atOrAfter: cue.start, in: s), Int(toks[v].end) <= cue.end, v > last + 2 else {
            return false
        }
        return toks[v].kind == .word && endsInIng(v) && toks[v].isA(.speech) && toks[v - 1].punct == .comma
    }

    /// Token `i` may stand between a source and its verb: an auxiliary or an adverb ("have long", "did", "now",
    /// "repeatedly") or a comma with what it sets off ("however").
    private func isVerbGroupInsert(_ i: Int) -> Bool {
        let t = toks[i]
        if t.punct == .comma { return true }
        guard t.kind == .word else { return false }
        return held.auxiliaries.contains(t.hash) || held.verbInserts.contains(t.hash) || endsInLy(i)
    }

    /// The head noun of the source phrase `first...last` when the phrase names no one (see the file comment), else
    /// nil. `according`: the phrase is the object of "according to". `speaking`: its relation's cue is a speech
    /// participle after the source's clause, out of the phrase mechanisms' reach, so a plural people noun of the
    /// function list, alone or after modifiers, heads it too ("Analysts played down the claims, saying…", "Local
    /// sources played down the claims, saying…"; the phrase mechanisms read "Officials in Washington say", "more than
    /// experts predicted"), and so does a party typing it (`isUnnamedWord`).
    private func unnamedHead(_ first: Int, _ last: Int, _ a: Int, according: Bool, speaking: Bool = false) -> Int? {
        func group(_ k: Int) -> Bool { speaking && k == last && held.groupNouns.contains(toks[k].hash) }
        let d = toks[first]
        guard d.kind == .word, !d.has(Token.possessive) else { return nil }
        // The determiner: none, or an indefinite one ("a", "one", "another", "some", "other", "several").
        let indefinite = held.indefinites.contains(d.hash)
        let quantified = held.unnamedQuantifiers.contains(d.hash)
        // (Not a share, "Three-quarters said", "Dozens say": a poll's answer, a count.)
        if !indefinite, d.isA(.numberWord) || isShareWord(first) { return nil }
        var h = first
        if indefinite || quantified {
            h += 1
            // "according to one of the country's biggest lenders": one of a group, unnamed.
            if d.hash == VagueWords.one, h + 1 <= last, toks[h].hash == Lexicon.hOf {
                h += 1
                if h <= last, toks[h].hash == Lexicon.hThe { h += 1 }
            }
        } else if d.isA(.determiner) || d.isA(.possessivePronoun) || d.isA(.personPronoun) || d.isA(.otherPronoun)
            || d.isA(.function) && !group(first)
        {
            return nil
        }
        // ("how many times people told him": a question of number, not a report.)
        if (max(a, first - 3)..<first).contains(where: { toks[$0].hash == VagueWords.how }) { return nil }
        // The head: the last of the words before the phrase's first preposition, comma or clause, or the adjective
        // or participle that describes it ("a person familiar with the plans said", "A poll published last month
        // suggested").
        var head = -1
        var k = h
        while k <= last, toks[k].kind == .word, !toks[k].isA(.function) || group(k),
            isUnnamedWord(k, a, speaking: speaking),
            k == h || !held.sourceTailAdjectives.contains(toks[k].hash) && !isParticiple(k) && !endsInIng(k)
        {
            head = k
            k += 1
        }
        guard head >= h else { return nil }
        // The rest: whatever it is of, in or about may name a place or a person it is described by; an owner after
        // "by", "from" or "for" must be unnamed and indefinite too.
        var owner = false
        while k <= last {
            let t = toks[k]
            if t.kind == .number || t.punct == .percent || t.punct == .currency { return nil }
            // "according to a study it commissioned": whose it is, referred back to (`ownerClauseOpens`).
            if ownerClauseOpens(k, before: last + 1) { return nil }
            if t.kind == .word {
                if t.hash == Lexicon.hBy || t.hash == Lexicon.hFrom || t.hash == Lexicon.hFor {
                    // The owner's first word: "A survey for its members" names whose; "Figures from one of the UK's
                    // biggest lenders showed" does not.
                    owner = true
                    if k + 1 <= last, toks[k + 1].hash == Lexicon.hThe || toks[k + 1].isA(.possessivePronoun) {
                        return nil
                    }
                }
                if mentionOf[k] >= 0 {
                    let kind = entities[mentions[Int(mentionOf[k])].entity].kind
                    let place = kind == .place || kind == .unknown && followsPlacePreposition(k, a)
                    if owner ? !place : !place && kind != .person { return nil }
                } else if t.isCap, !isUnnamedWord(k, a), !t.isA(.weekday), !t.isA(.month) {
                    // (A day or a month names no one: "Statistics published on Thursday show".)
                    return nil
                }
            }
            k += 1
        }
        let plural = isPlural(head)
        // After "according to", a bare plural is evidence or a body the phrase mechanism reads ("according to
        // industry estimates"), or one described further, as often a unique body's ("according to central bank
        // figures"): vague here only with an owner that names no one ("according to estimates from rival teams").
        if according, !indefinite, !quantified, !owner { return nil }
        if held.polledGroups.contains(toks[head].base) || held.respondents.contains(toks[head].base)
            || toks[head].hash == Lexicon.hPeople && !according
            || (h..<head).contains(where: { held.issuerModifiers.contains(toks[$0].hash) })
        {
            return nil
        }
        if plural { return head }
        // A singular head: evidence, a body, one of a typed group or a person known by what they know.
        guard indefinite || quantified else { return nil }
        let c = vagueClasses(toks[head].hash)
        let singular = VagueWords.evidence | VagueWords.reportNoun | VagueWords.oneBody | VagueWords.oneOfAGroup
        return c & singular != 0 || held.familiarPeople.contains(toks[head].hash)
            || held.unnamedBodies.contains(toks[head].hash) || withholdsName(after: last) ? head : nil
    }

    /// The source ending at `last` is kept unnamed on purpose: a relative clause after it (past its comma) holds,
    /// within nine words, a word of a name withheld (`VagueWords.anonymityWords`; "named" or "identified" after
    /// "be"): "A nurse, who asked not to be named, said the ward was full." — not "A nurse, who was named as Jo
    /// Hale, said the ward was full." (a name given).
    func withholdsName(after last: Int) -> Bool {
        var j = last + 1
        if j < toks.count, toks[j].punct == .comma { j += 1 }
        guard j < toks.count, toks[j].hash == Lexicon.hWho else { return false }
        var k = j + 1
        while k < toks.count, k <= j + 9, toks[k].kind == .word {
            let h = toks[k].hash
            if held.anonymityWords.contains(h) {
                let given = h == VagueWords.named || h == VagueWords.identified
                if !given || toks[k - 1].hash == Lexicon.hBe { return true }
            }
            k += 1
        }
        return false
    }

    /// The mention holding token `k` opens right after "in" or "of": a name the entity stage could not type there
    /// is the place that describes the group, as a known place is ("Villagers in Kafr Nabl said" stays vague, as
    /// "residents in Darfur said" does); a name after "at" or "from" is an employer, which names the group
    /// ("Analysts at Goldman Sachs").
    func followsPlacePreposition(_ k: Int, _ a: Int) -> Bool {
        var j = k
        while j > a, mentionOf[j - 1] == mentionOf[k] { j -= 1 }
        guard j > a else { return false }
        return toks[j - 1].hash == Lexicon.hIn || toks[j - 1].hash == Lexicon.hOf
    }

    /// Token `k` is a count or a fraction ("Three-quarters said", "Dozens say": `ClaimWords`' classes), read only
    /// for an unnamed source's first word.
    private func isShareWord(_ k: Int) -> Bool {
        let counts = ClaimWordClass.fraction.rawValue | ClaimWordClass.countWord.rawValue
        if ClaimWords.table.lookup(toks[k].hash) & counts != 0 { return true }
        // "three-fourths", "two-fifths": a number word before a hyphen.
        guard toks[k].has(Token.hyphenated) else { return false }
        return Lexicon.classes.lookup(hyphenParts(k).0) & WordClass.numberWord.rawValue != 0
    }

    /// Token `k` is a word of an unnamed description: lower case, or the sentence's capital on a word that is no
    /// name, party, place, organisation or people ("Banks say", not "Americans say", "Democrats say") — but, where
    /// the source speaks through a participle after its clause (`speaking`), for a party that types the group after
    /// it, as "according to" reads one (`VagueWords.partyModifiers`: "Labour sources played down the claims,
    /// saying…", "Republican strategists played down the claims, saying…").
    private func isUnnamedWord(_ k: Int, _ a: Int, speaking: Bool = false) -> Bool {
        let t = toks[k]
        guard t.kind == .word, mentionOf[k] < 0 else { return false }
        if !t.isCap { return true }
        guard k == a, !t.has(Token.allCaps) else { return false }
        // (A party's adjective may end as a nationality's does: "Republican strategists".)
        if speaking, held.partyModifiers.contains(t.base), k + 1 < toks.count, isLowerWord(k + 1) { return true }
        return !isDemonymPlural(k) && !isDemonym(k) && !t.isA(.partyName) && !t.isA(.knownPlace)
            && !t.isA(.knownOrganization)
    }
}
