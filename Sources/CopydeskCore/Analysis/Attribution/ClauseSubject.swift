/// Source spans: a clause and its subject further back — where the clause holding a cue starts and what opens it
/// (past a dateline, an opening adverbial or a time: `clauseStart`, `clauseOpening`), the subject a participle
/// after a comma speaks for ("The departments declined…, saying", `participleSubject`; "The agency, citing privacy
/// rules, …": the phrase opening the sentence, `openingSubject`), the nearest subject before
/// a cue, and the verbs whose time or object a participle or an infinitive follows ("He spent much of his speech
/// praising…", `spendingVerb`; "went on ABC to defend…", `objectVerb`). The conventions they follow are in
/// `SourceSpan.swift`.
extension ReadsMentions {
    /// "The departments declined to discuss the case, saying…", "His chief aide doubled down on attacks, saying…":
    /// the subject of the clause before the comma at `j` — a description opening the sentence (after an opening
    /// phrase set off by a comma) that ends before a verb in the past tense, an auxiliary, a form of "be" or a cue,
    /// with no other comma up to `j`.
    func participleSubject(before j: Int, _ a: Int) -> Speaker? {
        var f = afterDateline(a, before: j)
        if toks[f].kind == .word, toks[f].isA(.function), !toks[f].isA(.determiner), !toks[f].isA(.possessivePronoun),
            !held.quantifierPronouns.contains(toks[f].hash)
        {
            // "In responding Friday, Clinton's campaign took…"
            while f < j && toks[f].punct != .comma { f += 1 }
            f += 1
        }
        guard f < j, toks[f].kind == .word, !inQuote(f), !endsInIng(f) || toks[f].isCap,
            mentionOf[f] < 0 || !toks[mentions[Int(mentionOf[f])].tokEnd - 1].has(Token.possessive)
                || mentions[Int(mentionOf[f])].tokEnd < j
        else { return nil }
        var l = f
        while l + 1 < j && l < f + 8 {
            let u = toks[l + 1]
            if u.kind == .punct && u.punct != .hyphen || inQuote(l + 1) { return nil }
            if u.isA(.beForm) || held.cueAuxiliaries.contains(u.hash) || isLowerWord(l + 1) && isParticiple(l + 1) {
                break
            }
            l += 1
        }
        guard l + 1 < j, l < f + 8, !toks[l].isA(.function) || toks[l].isA(.otherPronoun) else { return nil }
        for i in (l + 1)..<j where toks[i].punct == .comma || toks[i].punct == .semicolon || inQuote(i) { return nil }
        if toks[f].isA(.personPronoun) || toks[f].isA(.otherPronoun) || isContractedSubject(f) {
            return l == f ? Speaker(first: f, last: f, form: .pronoun, mention: nil) : nil
        }
        if mentionOf[f] >= 0, mentions[Int(mentionOf[f])].tokEnd - 1 == l {
            return speakerOfMention(Int(mentionOf[f]))
        }
        return Speaker(first: f, last: l, form: .description, mention: nil)
    }

    /// Where the clause holding token `k` starts, from `a`: after the last semicolon, colon or quotation mark
    /// before `k` ("Critics were blunt; local farmers, angry at the board, said…").
    func clauseStart(_ a: Int, before k: Int) -> Int {
        var c = k - 1
        while c > a {
            if toks[c].punct == .semicolon || toks[c].punct == .colon || toks[c].isDoubleQuote { return c + 1 }
            c -= 1
        }
        return afterDateline(a, before: k)
    }

    /// "The agency, citing privacy rules, …", "Clinton, speaking in Ohio, …": the noun phrase that opens the
    /// sentence (after a dateline) and ends at `l` — a name, or a description from the opening — the subject of a
    /// participle set off by commas right after it; nil otherwise.
    func openingSubject(endingAt l: Int, _ a: Int) -> Speaker? {
        guard l >= a, toks[l].kind == .word, !inQuote(l), !toks[l].has(Token.possessive) else { return nil }
        let f = afterDateline(a, before: l + 1)
        if mentionOf[l] >= 0, case let m = Int(mentionOf[l]), mentions[m].tokEnd - 1 == l {
            return mentions[m].tokStart == f ? speakerOfMention(m) : nil
        }
        guard !toks[l].isA(.function) || held.groupNouns.contains(toks[l].hash), !toks[l].isA(.reporting),
            descriptionStart(l, a) == f
        else { return nil }
        return Speaker(first: f, last: l, form: .description, mention: nil)
    }

    /// "WASHINGTON (AP) — Sen. Ann Cole said…", "NEW YORK, Nov. 19 (UPI) — …", "Paris (AFP) – …": the first token
    /// after a dateline opening the sentence that starts at `a` (before token `k`), else `a`. A dateline holds
    /// capitalised words, numbers, commas, periods and brackets only, and ends on a dash after a bracketed agency
    /// or after a place in capitals.
    func afterDateline(_ a: Int, before k: Int) -> Int {
        var i = a
        var capitals = true
        while i < k && i <= a + 12 {
            let t = toks[i]
            if inQuote(i) { return a }
            switch t.kind {
            case .word:
                guard t.isCap else { return a }
                if !t.has(Token.allCaps) { capitals = false }
            case .number:
                capitals = false
            case .punct:
                if t.punct == .dash {
                    return i > a && i + 1 < k && (capitals || toks[i - 1].punct == .rparen) ? i + 1 : a
                }
                guard t.punct == .comma || t.punct == .period || t.punct == .lparen || t.punct == .rparen else {
                    return a
                }
            }
            i += 1
        }
        return a
    }

    /// The first token of the subject of the clause holding token `k` (`clauseStart`, then `clauseOpening`) when its
    /// sentence, from `a`, opens at most 80 tokens back; nil past that, so that the walks looking for it stay linear in
    /// long run-on sentences.
    func boundedSubjectOpening(_ a: Int, before k: Int) -> Int? {
        guard k - a <= 80 else { return nil }
        return clauseOpening(clauseStart(a, before: k), before: k)
    }

    /// The first token of a clause's subject, from the clause start `start` (before `k`): past an opening
    /// coordinator ("But", "And") and up to two fronted adverbials set off by a comma ("In the days after the
    /// vote, …", "Earlier, …", "Though stopping short of it, …", "Speaking on CNN, …").
    func clauseOpening(_ start: Int, before k: Int) -> Int {
        var s = start
        // ("Then frontrunner Ann Clark said": "then" may open an inversion, "Then came Clark".)
        let h = toks[s].hash
        if s + 1 < k, toks[s].kind == .word, held.coordinators.contains(h) || h == Lexicon.hSo, h != Lexicon.hThen {
            s += 1
        }
        var n = 0
        while n < 2 && s < k && opensAdverbial(s) {
            var c = s + 1
            while c < k && c < s + 30 && toks[c].punct != .comma {
                if inQuote(c) || toks[c].punct == .semicolon || toks[c].punct == .colon || toks[c].isTerminator {
                    return s
                }
                c += 1
            }
            guard c + 1 < k, toks[c].punct == .comma else { return s }
            s = c + 1
            n += 1
        }
        return s
    }

    /// Token `s` opens an adverbial before a clause's subject, not the subject: a preposition or a subordinator,
    /// an adverb, a day or a month, or a participle ("Speaking on CNN", "Asked about it").
    func opensAdverbial(_ s: Int) -> Bool {
        let t = toks[s]
        guard t.kind == .word, !inQuote(s), mentionOf[s] < 0 else { return false }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) || t.isA(.determiner) || t.isA(.possessivePronoun)
            || held.quantifierPronouns.contains(t.hash) || held.indefiniteSources.contains(t.hash)
            || held.predeterminers.contains(t.hash) || held.groupNouns.contains(t.hash)
        {
            return false
        }
        if t.isA(.function) || t.isA(.speakerSkip) || t.isA(.weekday) || t.isA(.month) || isAdverbLike(s)
            || endsInIng(s) || isParticiple(s)
        {
            return true
        }
        // "Nonetheless, …", "Separately, …": a connective adverb before its comma.
        if s + 1 < toks.count, toks[s + 1].punct == .comma,
            held.connectiveAdverbs.contains(t.hash)
        {
            return true
        }
        // "Hours later, …", "Two weeks ago, …": a short time phrase before a comma.
        var j = s
        var time = false
        while j < toks.count && j < s + 5 && (toks[j].kind == .word || toks[j].kind == .number) && mentionOf[j] < 0 {
            if toks[j].isA(.timeUnit) { time = true }
            j += 1
        }
        return time && j < toks.count && toks[j].punct == .comma
    }

    /// Token `i` opens a verb phrase after a subject: a form of "be", an auxiliary or adverb, a past participle or
    /// a common irregular past ("took"), a reporting verb (not a preposition or a time: "on", "last week").
    func opensVerbPhrase(_ i: Int) -> Bool {
        guard isLowerWord(i), !inQuote(i) else { return false }
        let t = toks[i]
        if held.nounPrepositions.contains(t.hash) || held.timeWords.contains(t.hash)
            || t.isA(.timeUnit) || t.isA(.weekday)
        {
            return false
        }
        return t.isA(.beForm) || held.cueAuxiliaries.contains(t.hash) || isAdverbLike(i) || isParticiple(i)
            || held.irregularPasts.contains(t.hash) || t.isA(.reporting) || t.isA(.documentVerb)
    }

    /// The last token of a time right at `i` ("on Monday", "Tuesday night", "last week", "earlier this year"),
    /// or nil.
    func timeAdjunctEnd(_ i: Int, _ end: Int) -> Int? {
        var j = i
        if j + 1 < end, toks[j].hash == Lexicon.hOn, toks[j + 1].isA(.weekday) || toks[j + 1].isA(.month) { j += 1 }
        if j < end, toks[j].isA(.weekday) || toks[j].isA(.month) {
            if j + 1 < end, toks[j + 1].kind == .number { j += 1 }
            if j + 1 < end, held.timeWords.contains(toks[j + 1].hash) { j += 1 }
            return j
        }
        if j + 1 < end, held.timeWords.contains(toks[j].hash), toks[j + 1].isA(.timeUnit) { return j + 1 }
        return nil
    }

    /// The nearest pronoun or name before `k` in the sentence, outside quotes — not a place that a preposition
    /// governs ("descended an escalator in New York to declare": New York is no subject).
    func nearestSubject(before k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        while j >= a && j >= k - 15 {
            if !inQuote(j) {
                if mentionOf[j] >= 0, !toks[j].has(Token.possessive), case let m = Int(mentionOf[j]),
                    !isPlaceAfterPreposition(m, a)
                {
                    return speakerOfMention(m)
                }
                if toks[j].kind == .word, toks[j].isA(.personPronoun) || toks[j].isA(.otherPronoun) {
                    return Speaker(first: j, last: j, form: .pronoun, mention: nil)
                }
            }
            j -= 1
        }
        return nil
    }

    /// Mention `m` is a place right after a preposition ("in New York", "from Ohio"): its object, no subject.
    func isPlaceAfterPreposition(_ m: Int, _ a: Int) -> Bool {
        let f = mentions[m].tokStart
        return entities[mentions[m].entity].kind == .place && f - 1 >= a && isLowerWord(f - 1)
            && held.nounPrepositions.contains(toks[f - 1].hash)
    }

    /// A verb of spending time ("spent", `AttributionWords.spendingVerbs`) within eight words before the participle
    /// at `k`, with only its object between (no punctuation, no other verb form, no preposition but "of"), and no
    /// passive ("$800,000 was spent on ads attacking…": the ads attack): its index, or nil.
    func spendingVerb(before k: Int, _ a: Int) -> Int? {
        var i = k - 1
        while i > a && i >= k - 8 {
            let u = toks[i]
            guard u.kind == .word || u.kind == .number, !inQuote(i) else { return nil }
            if isLowerWord(i), held.spendingVerbs.contains(u.hash) {
                return isPassiveParticiple(i, a) ? nil : i
            }
            if u.isA(.reporting) || u.isBeOrFiniteAuxiliary
                || held.nounPrepositions.contains(u.hash) && u.hash != Lexicon.hOf
            {
                return nil
            }
            i -= 1
        }
        return nil
    }

    /// "He sent a memo to the Post explaining his plan", "Clinton was jetting around the world asking for money",
    /// "Sanders supporters have launched petitions calling on…", "took the unusual step of criticizing": the verb
    /// whose object or adjunct the participle at `k` follows, within ten words — a past, a participle, a form of
    /// "be" or a word in "-ing" that no determiner makes a modifier ("the now-denied pipeline") — with only words of
    /// noun phrases and prepositions between: the participle speaks for that verb's subject, not for the noun before
    /// it. After "and" or "or" the verb is the participle the cue is coordinated with ("underlining its superiority
    /// and vowing…"): its own source is the cue's.
    ///
    /// Nil when a person stands right before the participle or its "of" ("drew voters asking", "accused Trump of
    /// suggesting": a pronoun, a name that is no organisation's or place's, a noun of people, `peopleNouns`), after
    /// another preposition ("scolded Romney for suggesting", "wary of saying" after "be"), when the walk meets an
    /// agent's preposition, a clause's opening (`objectWalkStops`: "letters from voters asking", "with officials
    /// vowing"), an auxiliary or a subject pronoun, and when the verb is a passive ("will be tested against rivals
    /// promising…"), "be" before anything but a preposition ("were a family of super PACs supporting"), or one of
    /// perceiving, depicting or leaving someone at it in the active (`depictionVerbs`: "heard him saying",
    /// "featuring Hispanics telling", "left voters wondering"; in the passive its subject acts: "a reporter can be
    /// heard asking").
    ///
    /// With `infinitive`, `k` is the "to" of an infinitive of purpose ("went on ABC's This Week to defend…",
    /// "descended an escalator at Trump Tower to declare…", "have volunteered to publicly advocate…"). A verb right
    /// before "to" is the one when it takes an infinitive of its own subject (`subjectControlVerbs`) or is a passive
    /// after "be" ("she's expected to argue"); "for" gives the infinitive a subject of its own ("an opening for
    /// Clinton to highlight"); a verb of making someone act before an object (`objectControlVerbs`: "allowing users
    /// to tell", "caused many to wonder") leaves the infinitive no subject: the subject before the verb does not
    /// speak it.
    func objectVerb(before k: Int, _ a: Int, infinitive: Bool = false) -> Int? {
        guard k - 2 > a, toks[k - 1].kind == .word, !inQuote(k - 1) else { return nil }
        var i = k - 1
        // "Cole went on to say…", "Hart goes on to slam…": a verb with "on" before "to" takes the infinitive as its
        // complement.
        if infinitive, isLowerWord(i), toks[i].hash == Lexicon.hOn, isLowerWord(i - 1), !inQuote(i - 1),
            held.onCatenativeVerbs.contains(toks[i - 1].hash)
        {
            return i - 1
        }
        let coordinated =
            !infinitive && isLowerWord(i) && (toks[i].hash == Lexicon.hAnd || toks[i].hash == Lexicon.hOr)
        if coordinated || !infinitive && isLowerWord(i) && toks[i].hash == Lexicon.hOf { i -= 1 }
        let n = toks[i]
        guard n.kind == .word, !inQuote(i), !n.isA(.function) || n.isA(.weekday) || n.isA(.month) || n.isA(.timeUnit)
        else { return nil }
        if !coordinated && !infinitive {
            if n.isA(.personPronoun) || Lexicon.objectPronouns.contains(n.hash) || held.groupNouns.contains(n.hash)
                || held.peopleNouns.contains(n.hash)
                || n.isA(.speakingNoun) && !n.isA(.documentNoun) && !n.isA(.statementNoun)
            {
                return nil
            }
            if mentionOf[i] >= 0, case let m = Int(mentionOf[i]),
                entities[mentions[m].entity].kind == .person || entities[mentions[m].entity].kind == .unknown
                    || looksLikeGroup(m)
            {
                return nil
            }
        }
        while i > a && i >= k - 11 {
            let u = toks[i]
            guard u.kind == .word || u.kind == .number || u.punct == .hyphen, !inQuote(i) else { return nil }
            if u.kind == .word {
                // (An auxiliary or "not" belongs to a verb phrase the participle does not follow: "does not look
                // promising"; "for" gives an infinitive its own subject: "an opening for Clinton to highlight".)
                if isLowerWord(i) && held.objectWalkStops.contains(u.hash)
                    || infinitive && isLowerWord(i) && u.hash == Lexicon.hFor
                    || u.isA(.personPronoun) && !Lexicon.objectPronouns.contains(u.hash)
                    || held.finiteAuxiliaries.contains(u.hash) || held.cueAuxiliaries.contains(u.hash)
                    || u.hash == Lexicon.hNot
                {
                    return nil
                }
                let modifier =
                    toks[i - 1].isA(.determiner) || toks[i - 1].isA(.possessivePronoun)
                    || toks[i - 1].has(Token.possessive) || toks[i - 1].punct == .hyphen
                if isLowerWord(i), !modifier,
                    u.isA(.beForm) || isParticiple(i) || endsInIng(i)
                        || held.irregularPasts.contains(u.hash)
                        || held.depictionVerbs.contains(u.hash)
                {
                    if coordinated { return endsInIng(i) ? i : nil }
                    // The "be" of a passive opens its verb group ("can be heard", "are widely expected"). (Not
                    // `isPassiveParticiple`: "heard" is no participle it knows.)
                    var be: Int? = nil
                    if !u.isA(.beForm), isContractedSubject(i - 1) {
                        // ("she’s expected to argue": the verb group starts inside the contraction, whose pronoun is
                        // the subject.)
                        be = i
                    } else if !u.isA(.beForm), toks[i - 1].isA(.beForm) {
                        be = i - 1
                    } else if !u.isA(.beForm), i - 2 > a, toks[i - 2].isA(.beForm), isAdverbLike(i - 1) {
                        be = i - 2
                    }
                    if infinitive && i == k - 1 {
                        // ("the infrastructure needed to identify", "attacks designed to paint": a participle after
                        // a noun with no "be" describes it.)
                        if u.isA(.beForm) { return nil }
                        if let be { return be }
                        return held.subjectControlVerbs.contains(u.hash) ? i : nil
                    }
                    if infinitive && held.objectControlVerbs.contains(u.hash) { return nil }
                    // The subject of a passive ("will be tested against rivals promising…") does not act, but the
                    // one heard or seen does ("a reporter can be heard asking"); after "be" only a place or an
                    // occasion leaves the subject acting ("Sanders was on CNN talking about", not "were a family of
                    // super PACs supporting").
                    let depiction = held.depictionVerbs.contains(u.hash)
                    if depiction != (be != nil) { return nil }
                    if u.isA(.beForm), !held.nounPrepositions.contains(toks[i + 1].hash) { return nil }
                    return be ?? i
                }
            }
            i -= 1
        }
        return nil
    }
}
