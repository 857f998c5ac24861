/// Source spans: the subject phrase — the noun phrase opening a clause right before its verb phrase, as PolNeAR
/// marks a source (`subjectPhrase`), subject and contracted pronouns, the owner of a noun cue (`possessiveSource`),
/// and where a description, a number word standing for people, a figure and a hedge before them start ("About one
/// in five", "64 percent of Democrats", "more than": `descriptionStart`, `numeralStart`, `quantityStart`,
/// `hedgeStart`). The conventions they follow are in `SourceSpan.swift`.
extension ReadsMentions {
    /// The noun phrase opening a clause at `s` that ends right before its verb phrase (before token `end`), as
    /// PolNeAR marks a source: "A Clinton campaign official", "The deputy head of China's delegation to the
    /// forum", "Republican politicians and their allies in the conservative movement", a name with its role
    /// ("Democratic front-runner Hillary Clinton") and an appositive set off by commas ("Davis, a longtime
    /// liberal,"). Nil when no verb phrase we know follows it (so "Trump tries to…" names no subject here).
    ///
    /// With `closingComma`, the phrase ends on an appositive, a relative clause or a participle clause closed by
    /// the comma there, right before a cue ("The lawmaker, who represents the district, said…": the clause belongs to
    /// the source, as an appositive does — PolNeAR's sources take it more often than not — unless it holds a cue
    /// of its own).
    func subjectPhrase(at s: Int, before end: Int, closingComma: Int? = nil) -> Speaker? {
        // ("Joining Rubio in the group…": a participle opens no subject.)
        guard s < end, toks[s].kind == .word, !inQuote(s), !opensVerbPhrase(s), !endsInIng(s) else { return nil }
        if isSubjectPronoun(s) {
            return s + 1 < end && opensVerbPhrase(s + 1)
                ? Speaker(first: s, last: s, form: .pronoun, mention: nil) : nil
        }
        var head = -1
        var i = s
        while i < end && i < s + 16 {
            let u = toks[i]
            if inQuote(i) { return nil }
            if mentionOf[i] >= 0 {
                let m = mentions[Int(mentionOf[i])]
                guard m.tokEnd <= end else { return nil }
                head = m.tokEnd - 1
                i = m.tokEnd
                continue
            }
            if u.kind == .number {
                head = i
                i += 1
                continue
            }
            if u.kind == .punct {
                // "a CNN/ORC poll", "the 43-year-old", "Sanders’ aides", "Mrs. Clinton".
                let joins =
                    u.punct == .hyphen && !u.has(Token.spaceBefore) || u.punct == .slash
                    || u.isBareApostrophe && head == i - 1
                    || isTitlePeriod(i, after: s)
                guard joins else { break }
                i += 1
                continue
            }
            // "House Republicans supporting the bill", "groups backing Cruz": a participle after the head carries the
            // phrase on to its object.
            if head >= 0, head == i - 1, endsInIng(i), isLowerWord(i), i + 1 < end, !inQuote(i + 1),
                toks[i + 1].isA(.determiner) || toks[i + 1].isA(.possessivePronoun) || mentionOf[i + 1] >= 0
            {
                i += 1
                continue
            }
            // (After a preposition or a determiner a word is a noun: "the secretary of state talked".)
            let afterJoin =
                i > s && toks[i - 1].kind == .word && toks[i - 1].isA(.function)
                && !held.quantifierPronouns.contains(toks[i - 1].hash)
                && !held.indefiniteSources.contains(toks[i - 1].hash)
                && !held.groupNouns.contains(toks[i - 1].hash)
            // ("Trump's Virginia state director, Mike Rubino, reached out": a cue word modifying a noun is no verb.)
            if head >= 0 && !afterJoin && opensVerbPhrase(i) && !modifiesNounAfter(i, end) { break }
            if u.isA(.function) && !u.isA(.determiner) && !u.isA(.possessivePronoun)
                && !held.descriptionModifiers.contains(u.hash) && !held.groupNouns.contains(u.hash)
                && !held.quantifierPronouns.contains(u.hash) && !held.indefiniteSources.contains(u.hash)
                && !held.predeterminers.contains(u.hash)
            {
                // "officials in the FBI", "Republicans and their allies": a preposition or "and" carries the phrase on
                // to another noun (not to a time: "The campaign on Monday said").
                guard head >= 0, i + 1 < end,
                    held.subjectTailPrepositions.contains(u.hash) || u.hash == Lexicon.hAnd,
                    toks[i + 1].kind == .word || toks[i + 1].kind == .number, !inQuote(i + 1),
                    !toks[i + 1].isA(.weekday), !toks[i + 1].isA(.month), !toks[i + 1].isA(.beForm),
                    !held.cueAuxiliaries.contains(toks[i + 1].hash)
                else { break }
                i += 1
                continue
            }
            // After a head, a determiner, a quantifier or a name opens another noun phrase ("The plans that
            // countries offered", "the kind of campaign Ayotte hoped"), unless a preposition or "and" joined it (or
            // the head is a title: "talk show host Ann Reeve").
            let joined =
                i == s || i > s && (toks[i - 1].isA(.determiner) || toks[i - 1].isA(.possessivePronoun))
                || i > s && toks[i - 1].kind == .word && (toks[i - 1].isA(.function) || endsInIng(i - 1))
            if head >= 0 && !joined
                && (u.isA(.determiner) || u.isA(.possessivePronoun) || held.quantifierPronouns.contains(u.hash)
                    || held.indefiniteSources.contains(u.hash))
            {
                return nil
            }
            if u.isA(.determiner) || u.isA(.possessivePronoun) {
                i += 1
                continue
            }
            head = i
            i += 1
        }
        // ("A few days later, …": a time is no subject.)
        guard head >= 0, i < end, i == head + 1, !toks[head].isA(.timeUnit) else { return nil }
        // "The Sanders campaign on Monday also doubled down": a time between the subject and its verb.
        let verb = timeAdjunctEnd(i, end).map { $0 + 1 } ?? i
        // "Sanders himself": a reflexive after the subject stays out.
        if i + 1 < end, held.reflexives.contains(toks[i].hash) { i += 1 }
        var phraseLast: Int? = nil
        var name: Int? = nil
        if opensVerbPhrase(verb) && closingComma == nil {
        } else if toks[i].punct == .comma, i + 1 < end, isAppositiveStart(i + 1) || opensInclusion(i + 1) {
            // "Davis, a longtime liberal, lashed out", "Local farmers, who own the land, want": an appositive or a
            // relative clause between the subject and its verb belongs to it (PolNeAR's sources take such a clause
            // more often than not), unless the clause holds a cue of its own ("who estimated that…": that relation's).
            let l = phraseRunEnd(from: i + 1, limit: i + 25, end)
            if let c = closingComma {
                guard l + 1 == c, toks[c].punct == .comma else { return nil }
            } else {
                guard l + 2 < end, toks[l + 1].punct == .comma, opensVerbPhrase(l + 2) else { return nil }
            }
            // ("Some corporate donors, targeted by a boycott call, opted…": a participle clause stays out.)
            let outside = isReportingRelative(i + 1, l + 1) || isParticiple(i + 1)
            let relative =
                toks[i + 1].isA(.relativePronoun) || toks[i + 1].hash == Lexicon.hWho
                || toks[i + 1].hash == Lexicon.hWhose
            // (An appositive holds no verb: "As a correspondent, host of a podcast, Axelrod has become…".)
            if !relative, !outside, l >= i + 2,
                (i + 2...l).contains(where: {
                    isLowerWord($0)
                        && (toks[$0].isBeOrFiniteAuxiliary
                            || held.irregularPasts.contains(toks[$0].hash))
                })
            {
                return nil
            }
            if mentionOf[head] < 0, mentionOf[l] >= 0, !toks[l].has(Token.possessive),
                toks[i + 1].isCap || toks[i + 1].isA(.title), !toks[i + 1].isA(.determiner)
            {
                // "the other candidate on the stage, former Secretary of State Hillary Clinton, drew…": a name (with
                // its role) in apposition to a description is the source.
                name = Int(mentionOf[l])
            } else if !outside {
                phraseLast = l
            }
        } else {
            return nil
        }
        var sp: Speaker
        if let name {
            sp = speakerOfMention(name)
            sp.phraseFirst = i + 1
            return sp
        }
        if mentionOf[head] >= 0 {
            sp = speakerOfMention(Int(mentionOf[head]))
            sp.phraseFirst = s
        } else {
            sp = Speaker(first: s, last: head, form: .description, mention: nil)
        }
        sp.phraseLast = phraseLast
        return sp
    }

    /// Token `i` is a pronoun that can be a clause's subject and a speaker: a personal or other pronoun but "it"
    /// (often an object: "called it quits"), or one with its clitic ("He’s", "they’re").
    func isSubjectPronoun(_ i: Int) -> Bool {
        let t = toks[i]
        return t.isA(.personPronoun) || t.isA(.otherPronoun) && t.hash != Lexicon.hIt || isContractedSubject(i)
    }

    /// Token `i` is a subject pronoun with its clitic ("He’s", "they’re", "we’ll"), naming a speaker.
    func isContractedSubject(_ i: Int) -> Bool {
        let h = toks[i].hash
        return held.contractedSubjects.contains(h) && !held.impersonalContractions.contains(h)
    }

    /// The owner before a noun cue at `k` ("his remarks", "Clinton's statement"): a possessive pronoun or a
    /// possessive name right before it is the source. Nil when the noun follows no possessive.
    func possessiveSource(before k: Int, _ a: Int) -> Speaker? {
        let j = k - 1
        guard j >= a, !inQuote(j), toks[j].kind == .word else { return nil }
        // After a content word the noun is that verb's object ("voiced his concern"): the verb's subject speaks.
        let o = toks[j].isA(.possessivePronoun) || mentionOf[j] < 0 ? j : mentions[Int(mentionOf[j])].tokStart
        if o - 1 >= a, toks[o - 1].kind == .word, !toks[o - 1].isA(.function) { return nil }
        return ownerAt(j)
    }

    /// The owner that word `j` is or ends, before the noun after it: a possessive pronoun ("his"), or a name in "'s"
    /// (`bare`: before a bare apostrophe, "Sanders'") ending at `j`; nil otherwise.
    func ownerAt(_ j: Int, bare: Bool = false) -> Speaker? {
        if toks[j].isA(.possessivePronoun) {
            return Speaker(first: j, last: j, form: .pronoun, mention: nil)
        }
        if bare || toks[j].has(Token.possessive), mentionOf[j] >= 0, mentions[Int(mentionOf[j])].tokEnd == j + 1 {
            return speakerOfMention(Int(mentionOf[j]))
        }
        return nil
    }

    /// The first token of a description ending at `j`: back over up to four content words to its determiner.
    func descriptionStart(_ j: Int, _ a: Int) -> Int {
        var f = j
        var words = 1
        while f - 1 >= a && words < 5 {
            let u = toks[f - 1]
            // "a CNN/ORC poll", "the 43-year-old": a word joined by a slash or a hyphen belongs to the phrase.
            if u.punct == .slash || u.punct == .hyphen, f - 2 >= a, toks[f - 2].kind != .punct, !inQuote(f - 2) {
                f -= 2
                words += 1
                continue
            }
            // "Mrs. Clinton's campaign": a title and its period.
            if u.punct == .period, f - 2 >= a, toks[f - 2].isA(.honorific) || toks[f - 2].isA(.title) {
                f -= 2
                break
            }
            // "Sanders' team", "the voters’ own survey": an owner's bare apostrophe joins the owner to the phrase.
            if u.isBareApostrophe, f - 2 >= a,
                toks[f - 2].kind == .word, endsInS(f - 2), !inQuote(f - 2)
            {
                f -= 2
                words += 1
                continue
            }
            // "that 2013 report": a year or a count after a determiner or an owner describes the noun.
            if u.kind == .number, f - 2 >= a, !inQuote(f - 1), toks[f - 2].kind == .word,
                toks[f - 2].isA(.determiner) || toks[f - 2].isA(.possessivePronoun)
            {
                f -= 1
                words += 1
                continue
            }
            guard u.kind == .word, !inQuote(f - 1) else { break }
            // ("denied that Colorado leaders…": "that" there opens a clause; after "of" it points: "the authors of
            // that 2013 report".)
            if u.hash == Lexicon.hThat {
                if f - 2 >= a, toks[f - 2].hash == Lexicon.hOf { f -= 1 }
                break
            }
            if u.isA(.determiner) {
                f -= 1
                // "the two sides", "his three rivals": an article or owner before a number word.
                if u.isA(.numberWord), f - 1 >= a,
                    held.articles.contains(toks[f - 1].hash)
                        || toks[f - 1].isA(.possessivePronoun), !inQuote(f - 1)
                {
                    f -= 1
                } else if u.isA(.numberWord), u.hash != Lexicon.hA, u.hash != Lexicon.hAn {
                    // "Only three senators", "about two dozen states": a hedge before the number word.
                    f = hedgeStart(f, a)
                }
                break
            }
            // "most people", "many voters": a quantifier opens the description.
            // (Right before the noun only: "more emotive style", "the more voters fear" compare.)
            if held.quantifierPronouns.contains(u.hash) && !held.groupNouns.contains(u.hash) {
                if words == 1 && !(f - 2 >= a && toks[f - 2].hash == Lexicon.hThe) { f -= 1 }
                break
            }
            // "neither man", "no candidate": a negative determiner opens the description.
            if held.negativeDeterminers.contains(u.hash) {
                f -= 1
                break
            }
            // ("an inside source", "Outside experts": a preposition right before the noun describes it.)
            // ("The state officials said": a bare cue word that modifies the noun after it is part of the phrase.)
            // ("The plans countries offered promised": after its determiner a cue word is the noun a relative clause
            // with no pronoun describes, when the description ends on that clause's verb.)
            if u.isA(.function) && !held.descriptionModifiers.contains(u.hash)
                && !held.adjectivalPrepositions.contains(u.hash)
                || u.isA(.reporting) && !(isLowerWord(f - 1) && modifiesNounAfter(f - 1, j + 1))
                    && !(isLowerWord(f - 1) && f - 2 >= a && isLowerWord(j) && isParticiple(j)
                        && (toks[f - 2].isA(.determiner) || toks[f - 2].isA(.possessivePronoun)))
            {
                break
            }
            if isVerbBeforeObject(f - 1, a) { break }
            f -= 1
            words += 1
        }
        if f - 1 >= a, held.predeterminers.contains(toks[f - 1].hash), !inQuote(f - 1) { f -= 1 }
        return quantityStart(f, a)
    }

    /// Token `i`, before a description's noun, is the verb whose object the description is, not a word describing
    /// it: a past after its subject ("The meeting drew voters asking"), or a participle after an auxiliary, a form of
    /// "be", a subject pronoun or a comma ("have launched petitions calling", "…, featuring Hispanics telling").
    /// Not a participle that describes ("registered voters", "his paid staff", "the elected officials").
    func isVerbBeforeObject(_ i: Int, _ a: Int) -> Bool {
        guard i - 1 >= a, isLowerWord(i), !inQuote(i - 1) else { return false }
        let u = toks[i]
        let past = held.irregularPasts.contains(u.hash)
        guard past || isParticiple(i) || endsInIng(i) else { return false }
        let p = toks[i - 1]
        if p.punct == .comma || p.isBeOrFiniteAuxiliary
            || p.isA(.personPronoun) && !Lexicon.objectPronouns.contains(p.hash)
        {
            return true
        }
        // (A past-tense form after a noun or a name is that subject's verb.)
        return past && p.kind == .word && !p.isA(.function) && !p.isA(.determiner) && !p.isA(.possessivePronoun)
            && !p.has(Token.possessive) && !isAdverbLike(i - 1)
    }

    /// "The two admit", "About one in five say", "None of those three have declared", "Only three said": the first
    /// token of the phrase a number word or a quantifier at `j` (standing for people) ends — a share ("one in
    /// five"), an article or owner, a partitive ("none of", "two of") and a hedge before it.
    func numeralStart(_ j: Int, _ a: Int) -> Int {
        var f = j
        if toks[j].isA(.numberWord), f - 2 >= a, toks[f - 1].hash == Lexicon.hIn, toks[f - 2].isA(.numberWord),
            !inQuote(f - 2)
        {
            f -= 2
        }
        if f - 1 >= a, !inQuote(f - 1),
            held.articles.contains(toks[f - 1].hash) || toks[f - 1].isA(.possessivePronoun)
        {
            f -= 1
        }
        // "No one", "neither one": a negative determiner before the number word.
        if f - 1 >= a, held.negativeDeterminers.contains(toks[f - 1].hash), !inQuote(f - 1) { f -= 1 }
        if f - 2 >= a, toks[f - 1].hash == Lexicon.hOf, !inQuote(f - 2),
            held.quantifierPronouns.contains(toks[f - 2].hash)
                || held.indefiniteSources.contains(toks[f - 2].hash)
                || toks[f - 2].isA(.numberWord) && toks[f - 2].hash != Lexicon.hA && toks[f - 2].hash != Lexicon.hAn
        {
            f -= 2
        }
        return hedgeStart(f, a)
    }

    /// "64 percent of Democrats", "Nine in 10 voters": a figure right before a description heads it.
    func quantityStart(_ f: Int, _ a: Int) -> Int {
        var g = f
        if g - 1 >= a, toks[g - 1].kind == .number, !inQuote(g - 1) { g -= 1 }
        // "Nine in 10": a number word, "in", the number.
        if g < f, g - 2 >= a, toks[g - 1].hash == Lexicon.hIn, toks[g - 2].isA(.numberWord) { g -= 2 }
        // "the 10 largest cities", "The 60 delegates": an article before the figure.
        if g < f, g - 1 >= a, held.articles.contains(toks[g - 1].hash), !inQuote(g - 1) { return g - 1 }
        // "Some 22 percent", "about 40 percent", "at least 55 countries".
        if g < f, g - 1 >= a, toks[g - 1].hash == Lexicon.hSome, !inQuote(g - 1) { return g - 1 }
        return g < f ? hedgeStart(g, a) : g
    }

    /// A hedge before token `g` ("only", "nearly", "more than", "at least", "a full"): the hedge's first token, or
    /// `g` when none stands there.
    func hedgeStart(_ g: Int, _ a: Int) -> Int {
        if g - 1 >= a, held.partitiveHedges.contains(toks[g - 1].hash), !inQuote(g - 1) { return g - 1 }
        if g - 2 >= a, !inQuote(g - 2),
            Lexicon.hedgePairs.contains(where: { $0.0 == toks[g - 2].hash && $0.1 == toks[g - 1].hash })
        {
            return g - 2
        }
        return g
    }
}
