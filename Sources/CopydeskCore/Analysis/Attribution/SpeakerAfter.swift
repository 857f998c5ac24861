/// Source spans: the speaker after a cue — inversion ("said Clark", `inversionSource`), the object of "according
/// to" (`objectSource`), a figure as a passive's agent (`figureAgent`), and how far a source after its cue runs: a
/// bracket, a name after a role, a relative clause, a state after a town, a tail ("a longtime adviser to Trump")
/// up to the phrase's end (`phraseEnd`). The conventions they follow are in `SourceSpan.swift`.
extension ReadsMentions {
    /// The speaker right after a cue (inversion, "according to X").
    func speakerAfter(_ k: Int, _ e: Int) -> Speaker? {
        guard k < e, !inQuote(k) else { return nil }
        if k >= 2,
            toks[k - 1].hash == Lexicon.hTo && toks[k - 2].hash == Lexicon.hAccording
                || toks[k - 1].hash == Lexicon.hOf && toks[k - 2].hash == Lexicon.hWords
        {
            return objectSource(k, e)
        }
        return inversionSource(k, e)
    }

    /// "according to F.A.A. records", "according to a letter to Facebook from the chairman", "in the words of
    /// his aides": the whole object is the source, up to a comma, a quote or the sentence end (an appositive
    /// after the comma stays out: "According to the budget office, the deficit…").
    func objectSource(_ k: Int, _ e: Int) -> Speaker? {
        guard toks[k].kind == .word || toks[k].kind == .number else { return nil }
        let end = phraseRunEnd(from: k, limit: k + 30, e)
        var sp = inversionSource(k, e) ?? Speaker(first: k, last: end, form: .description, mention: nil)
        guard sp.last <= end else { return sp }
        sp.phraseFirst = k
        sp.phraseLast = end
        // After a clause and closing the sentence ("The rain came late, according to John Weaver, a strategist.")
        // the source takes the appositives that run to its end; elsewhere the comma after it goes back to the main
        // clause ("According to the budget office, the deficit…", "Back then, according to him, the network…").
        // (A pronoun takes no appositive: "…after, according to him, Mexico's Televisa network censured…".)
        let pronoun = end == k && (sp.form == .pronoun || Lexicon.objectPronouns.contains(toks[k].hash))
        let l = pronoun ? end : appositivesEnd(after: end, e)
        guard l > end else { return sp }
        // (A clause is two words and its comma at least: "Sales fell, according to Ann Cole, a spokeswoman.")
        let before = k - 2 - sents[sentenceOfToken(k)].tokStart
        let closesSentence = before >= 3 && (l + 1 == e || l + 2 == e && toks[l + 1].isTerminator)
        // Set off inside a clause whose verb follows ("At the heart of it, according to Dennis Ross, a former
        // envoy, was a decision…"), the appositive closed by a comma before that verb is the source's too.
        let beforeVerb =
            before >= 1 && toks[k - 3].punct == .comma && l + 2 < e && toks[l + 1].punct == .comma
            && opensVerbPhrase(l + 2)
        if closesSentence || beforeVerb { sp.phraseLast = l }
        return sp
    }

    /// The speaker after an inverted cue ("said Smith", "…,” said the mayor").
    func inversionSource(_ k: Int, _ e: Int) -> Speaker? {
        let t = toks[k]
        guard t.kind == .word else { return nil }
        // "…, saying the plan failed", "telling reporters": after a participle comes its object or its clause,
        // never its subject; "revealed that the President…": "that" opens the content.
        if k > 0, toks[k - 1].kind == .word, endsInIng(k - 1) || t.hash == Lexicon.hThat { return nil }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) {
            return Speaker(first: k, last: k, form: .pronoun, mention: nil)
        }
        if mentionOf[k] >= 0 {
            var sp = speakerOfMention(Int(mentionOf[k]))
            // "said Democratic pollster Stan Greenberg": a name before a role and a name only modifies it.
            if let later = nameAfterRole(sp.last, e) { sp = speakerOfMention(later) }
            // "said Cole’s nomination will test…": an owner of the reported clause's subject is no source.
            if toks[sp.last].has(Token.possessive), ownsClauseSubject(sp.last, e) { return nil }
            // "said Cole’s spokesman", "said Cole’s campaign manager, Tom Hart": the owner's noun is the source, and
            // a name in apposition after it the speaker.
            if toks[sp.last].has(Token.possessive), let owned = ownedNounEnd(sp.last, e) {
                if owned + 2 < e, toks[owned + 1].punct == .comma, mentionOf[owned + 2] >= 0, !inQuote(owned + 2) {
                    let first = sp.phraseFirst ?? mentions[Int(mentionOf[k])].tokStart
                    sp = speakerOfMention(Int(mentionOf[owned + 2]))
                    sp.phraseFirst = first
                    sp.phraseLast = mentions[Int(mentionOf[owned + 2])].tokEnd - 1
                } else {
                    sp.phraseFirst = mentions[Int(mentionOf[k])].tokStart
                    sp.phraseLast = owned
                }
                return sp
            }
            // "said Republican Rep. Lee Zeldin": a name ending in a title abbreviation runs on to the name after it.
            if sp.last + 2 < e, toks[sp.last].isA(.titleAbbrev), toks[sp.last + 1].punct == .period,
                mentionOf[sp.last + 2] >= 0
            {
                sp = speakerOfMention(Int(mentionOf[sp.last + 2]))
            }
            sp.phraseFirst = mentions[Int(mentionOf[k])].tokStart
            // "said Smith and Jones", "by Miller and Clark": a second name joined by "and" shares the relation.
            var last = sp.last
            if last + 2 < e, toks[last + 1].hash == Lexicon.hAnd, !inQuote(last + 1), mentionOf[last + 2] >= 0,
                !toks[last].has(Token.possessive)
            {
                last = mentions[Int(mentionOf[last + 2])].tokEnd - 1
                sp.phraseLast = last
            } else if last + 2 < e, toks[last + 1].hash == Lexicon.hAnd, !inQuote(last + 2),
                !toks[last].has(Token.possessive),
                toks[last + 2].hash == Lexicon.hOthers || held.descriptionModifiers.contains(toks[last + 2].hash)
                    || toks[last + 2].isA(.possessivePronoun)
            {
                // "said Doyle and others", "by Clinton and her surrogates", "Smith and other farmers".
                last += 2
                while last + 1 < e && last < sp.last + 6 && isLowerWord(last + 1)
                    && (!toks[last + 1].isA(.function) || held.groupNouns.contains(toks[last + 1].hash))
                    && !toks[last + 1].isA(.reporting) && !inQuote(last + 1)
                {
                    last += 1
                }
                sp.phraseLast = last
            }
            if let l = nameEnd(after: last, e) { sp.phraseLast = l }
            return sp
        }
        if let l = partitiveEnd(k, e) { return Speaker(first: k, last: l, form: .description, mention: nil) }
        // ("said people familiar with the talks": a group noun heads a description as a content word does.)
        if t.isA(.determiner) || !t.isA(.function) || held.groupNouns.contains(t.hash) {
            var l = k
            var words = 1
            while l + 1 < e && words < 7 {
                let u = toks[l + 1]
                // "said Republican Rep. Lee Zeldin": a title's period inside the description.
                if u.punct == .period, toks[l].isA(.titleAbbrev), l + 2 < e, mentionOf[l + 2] >= 0 {
                    l += 1
                    continue
                }
                guard u.kind == .word, !inQuote(l + 1) else { break }
                // "said former secretary of state Hillary Clinton": a role's complement before the name. (Not a
                // gerund with its object after a word that is no title: "He was accused by MPs of misleading
                // Parliament." has the MPs as its source, the verb's complement left out; "was praised by director
                // of housing Ann Cole" keeps the role's.)
                if u.hash == Lexicon.hOf, l + 3 < e, isLowerWord(l + 2), !toks[l + 2].isA(.function),
                    mentionOf[l + 3] >= 0, !inQuote(l + 3), toks[l].isA(.title) || !opensGerundClause(l + 2, e)
                {
                    l += 2
                    words += 2
                    continue
                }
                // "a former U.S. law enforcement official": a name inside a description modifies its head.
                if mentionOf[l + 1] >= 0, let h = roleHeadAfter(mentions[Int(mentionOf[l + 1])].tokEnd - 1, e) {
                    l = h
                    words += 1
                    continue
                }
                if mentionOf[l + 1] >= 0 {
                    var sp = speakerOfMention(Int(mentionOf[l + 1]))
                    if let later = nameAfterRole(sp.last, e) { sp = speakerOfMention(later) }
                    sp.phraseFirst = k
                    // ("said former Vermont governor Howard Dean (D), a Clinton supporter": with its bracket too.)
                    sp.phraseLast = nameEnd(after: sp.last, e)
                    return sp
                }
                if u.isA(.function) && !u.isA(.determiner) || u.hash == Lexicon.hThat { break }
                l += 1
                words += 1
            }
            if l == k && t.isA(.determiner) {
                // "said the 46-year-old"
                if l + 2 < e, toks[l + 1].kind == .number, toks[l + 2].kind != .punct || toks[l + 2].punct == .hyphen {
                    return Speaker(first: k, last: min(e - 1, l + 3), form: .description, mention: nil)
                }
                return nil
            }
            var sp = Speaker(first: k, last: l, form: .description, mention: nil)
            sp.phraseLast =
                (phraseEnd(after: l, e, description: true) ?? tailEnd(after: l, e) ?? relativeEnd(after: l, e)
                ?? descriptionTailEnd(after: l, e)).map { appositivesEnd(after: $0, e, description: true) }
            return sp
        }
        return nil
    }

    /// "“We lost,” said one of the players.", "The plan was criticised by one of the judges.", "by two of the three
    /// unions", "by one or more of his rivals": a number or a quantifier at `k` before "of" is a share of those its
    /// phrase names, the source from it over that phrase (`tailEnd`); the last token, or nil. Not before a verb,
    /// where the share is the reported clause's subject ("Cole said most of the money would go to schools.").
    func partitiveEnd(_ k: Int, _ e: Int) -> Int? {
        let t = toks[k]
        guard
            t.isA(.numberWord) && t.hash != Lexicon.hA && t.hash != Lexicon.hAn
                || held.quantifierPronouns.contains(t.hash)
        else { return nil }
        var h = k
        // ("one or more of his rivals": a hedge of the number.)
        if h + 3 < e, toks[h + 1].hash == Lexicon.hOr,
            toks[h + 2].isA(.numberWord) || held.quantifierPronouns.contains(toks[h + 2].hash)
        {
            h += 2
        }
        guard h + 2 < e, toks[h + 1].hash == Lexicon.hOf, !inQuote(h + 1), let l = tailEnd(after: h, e) else {
            return nil
        }
        for i in (h + 2)...l where isLowerWord(i) && toks[i].isBeOrFiniteAuxiliary { return nil }
        return l
    }

    /// Token `i` is a party's initial and a state joined by a hyphen, one word as the tokenizer reads it, as US papers
    /// write it after a lawmaker's name ("R-S.C.", "D-Calif").
    func isPartyAndState(_ i: Int) -> Bool {
        let s = Int(toks[i].start)
        let b = syntax.prose
        return toks[i].kind == .word && toks[i].has(Token.hyphenated) && len(i) >= 3
            && (b[s] == 0x52 || b[s] == 0x44 || b[s] == 0x49) && b[s + 1] == 0x2D && b[s + 2] >= 0x41
            && b[s + 2] <= 0x5A
    }

    /// How far the source phrase of a name ending at `l` runs after its cue: over a post-nominal ("Jr."), then an
    /// appositive, a tail or a bracket with the appositives after it ("said Sen. Robert P. Casey Jr. (D-Pa.), a
    /// Clinton backer"); nil when nothing follows the name.
    func nameEnd(after l: Int, _ e: Int) -> Int? {
        var n = l
        if l + 1 < e, toks[l + 1].isCap, !inQuote(l + 1) { n = postNominalEnd(after: l + 1, e) - 1 }
        if let r = phraseEnd(after: n, e) ?? tailEnd(after: n, e) ?? bracketEnd(after: n, e) {
            return appositivesEnd(after: r, e)
        }
        return n > l ? n : nil
    }

    /// Token `i` is a finite verb or auxiliary in lower case ("was", "is", "would", "has"), opening a clause's verb
    /// phrase after the noun phrase before it.
    func opensFiniteClause(_ i: Int, _ e: Int) -> Bool {
        guard i < e, isLowerWord(i), !inQuote(i) else { return false }
        let h = toks[i].hash
        return toks[i].isA(.beForm) && !held.nonFiniteBe.contains(h)
            || held.finiteAuxiliaries.contains(h)
    }

    /// The last of the lower-case content words (up to four) that the possessive at `l` owns, ending the sentence
    /// or before a comma: "said Cole’s spokesman.", "said Cole’s campaign manager, Tom Hart"; nil when none does.
    func ownedNounEnd(_ l: Int, _ e: Int) -> Int? {
        var i = l + 1
        while i < e && i <= l + 4 && isLowerWord(i) && !inQuote(i) && !toks[i].isA(.function) { i += 1 }
        guard i > l + 1, i == e || toks[i].punct == .comma || toks[i].isTerminator else { return nil }
        return i - 1
    }

    /// "said Cole’s nomination will test the theory", "said the mayor’s lead had narrowed": the possessive at `l`
    /// owns a noun (up to four lower-case words) that a verb phrase follows — the subject of the reported clause,
    /// not a speaker. Not "said Cole’s campaign manager, Tom Hart" (no verb after the noun: `ownedNounEnd`).
    func ownsClauseSubject(_ l: Int, _ e: Int) -> Bool {
        var i = l + 1
        while i < e && i <= l + 4 && isLowerWord(i) && !inQuote(i) && !toks[i].isA(.function) && !opensVerbPhrase(i) {
            i += 1
        }
        return i > l + 1 && i < e && opensVerbPhrase(i)
    }

    /// "was rejected by 64 percent of the electorate", "is backed by more than 40 states": a figure as a passive's
    /// agent, with its hedge, up to a comma or the sentence end — only a figure that counts who acted, with "of" or
    /// a noun after it (`countsAgents`). A measure is no agent: "was cut by £2m", "is forecast to rise by 3% next
    /// year", "was raised by 20,000".
    func figureAgent(_ i: Int, _ e: Int) -> Speaker? {
        guard let n = figureAfterHedge(i, e), countsAgents(after: n, e) else { return nil }
        return Speaker(first: i, last: phraseRunEnd(from: n, limit: n + 20, e), form: .description, mention: nil)
    }

    /// The number at `i` or past its hedge ("more than 60", "about 40"), outside quotes, or nil.
    func figureAfterHedge(_ i: Int, _ e: Int) -> Int? {
        var n = i
        if n + 1 < e, Lexicon.hedgePairs.contains(where: { $0.0 == toks[n].hash && $0.1 == toks[n + 1].hash }) {
            n += 2
        } else if n < e, held.partitiveHedges.contains(toks[n].hash) {
            n += 1
        }
        return n < e && toks[n].kind == .number && !inQuote(n) ? n : nil
    }

    /// The words from `i` (after "by") are a measure, no agent: a figure with its hedge that counts no one ("by 3%",
    /// "by more than £2m", "by 20,000 next year").
    func isMeasureAfterBy(_ i: Int, _ e: Int) -> Bool {
        guard let n = figureAfterHedge(i, e) else { return false }
        return !countsAgents(after: n, e)
    }

    /// The number at `n`, past its percent and magnitude ("64 percent", "43 per cent", "2 million"), goes on to what
    /// it counts: "of" ("64 percent of voters") or a word that is no time, unit of a share nor function word ("40
    /// states", "2 million viewers") — not a sum ("£2m"), a sentence's end, a comma or a time ("by 3% next year").
    func countsAgents(after n: Int, _ e: Int) -> Bool {
        if n > 0, toks[n - 1].punct == .currency { return false }
        var m = n + 1
        while m < e
            && (toks[m].punct == .percent || toks[m].isA(.percent) || toks[m].hash == Lexicon.hCent
                || toks[m].isA(.magnitude))
        {
            m += 1
        }
        guard m < e, toks[m].kind == .word, !inQuote(m) else { return false }
        let t = toks[m]
        if t.hash == Lexicon.hOf { return true }
        return !t.isA(.function) && !t.isA(.timeUnit) && !t.isA(.month) && !t.isA(.weekday)
            && !held.timeWords.contains(t.hash)
    }

    /// "said Gov. John Kasich (R-Ohio)": the closing bracket of a short bracketed party or place right after the
    /// name ending at `l`.
    func bracketEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].punct == .lparen, !inQuote(l + 1) else { return nil }
        var r = l + 2
        while r < e && r <= l + 8 && toks[r].punct != .rparen && toks[r].punct != .lparen { r += 1 }
        return r < e && toks[r].punct == .rparen ? r : nil
    }

    /// The name after a role that follows the name ending at `l`: "Fox Business moderator Gerard Baker" (one to
    /// three lower-case words, then a name; after an owner's name up to five, which its noun needs: "Clinton's top
    /// foreign policy aide Jake Sullivan"). Returns the later mention.
    func nameAfterRole(_ l: Int, _ e: Int) -> Int? {
        var j = l + 1
        let limit = toks[l].has(Token.possessive) ? l + 5 : l + 3
        while j < e && j <= limit && isLowerWord(j) && !toks[j].isA(.function) && !toks[j].isA(.reporting)
            && !inQuote(j)
        {
            j += 1
        }
        // ("said Florida's Rick Wilson", "The Post's Greg Sargent": an owner's name before the name, no role.)
        guard j > l + 1 || toks[l].has(Token.possessive), j < e, mentionOf[j] >= 0, !inQuote(j) else { return nil }
        return Int(mentionOf[j])
    }

    /// The last of the lower-case content words after a name ending at `l` inside a description ("U.S. law
    /// enforcement official"), when they run on to a word that ends the noun phrase; nil when none follow.
    func roleHeadAfter(_ l: Int, _ e: Int) -> Int? {
        var j = l
        while j + 1 < e && j < l + 4 && isLowerWord(j + 1) && !toks[j + 1].isA(.function)
            && !toks[j + 1].isA(.reporting) && !endsInIng(j + 1) && !inQuote(j + 1)
        {
            j += 1
        }
        return j > l ? j : nil
    }

    /// "a former official who oversaw the inquiry": a relative clause right after a description (no comma)
    /// belongs to it, up to a comma, a quote or the end of the sentence.
    func relativeEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].hash == Lexicon.hWho, !inQuote(l + 1) else { return nil }
        return phraseRunEnd(from: l + 1, limit: l + 25, e)
    }

    /// The last token of a phrase run from `j`: up to a comma, a sentence end, a quote, a semicolon or a colon
    /// (before token `limit` and the sentence end `e`).
    func phraseRunEnd(from start: Int, limit: Int, _ e: Int) -> Int {
        var j = start
        while j + 1 < e && j < limit {
            let u = toks[j + 1]
            // "a broker based in Tampa, Fla., who…", "in Nashville, Tennessee": a state after a place's comma runs on.
            if u.punct == .comma, j + 2 < e, let s = stateEnd(at: j + 2, e) {
                j = s
                continue
            }
            // (A dash or a spaced hyphen sets off a parenthesis: "Dino Spencer, who runs the gym — which…".)
            if u.punct == .comma || u.isTerminator && !isInnerPeriod(j + 1, e) || u.isDoubleQuote
                || u.punct == .semicolon || u.punct == .colon || u.punct == .dash || u.punct == .lparen
                || u.punct == .hyphen && u.has(Token.spaceBefore) || inQuote(j + 1)
            {
                break
            }
            j += 1
        }
        return j
    }

    /// "according to a report by the Congressional Budget Office": a "by/of/from/at/for" tail after a
    /// description belongs to it, up to a comma, a quote or the end of the sentence (at most eight words).
    func tailEnd(after head: Int, _ e: Int) -> Int? {
        var l = head
        // "a source close to the campaign", "a Democrat familiar with his remarks" (the adjective after the head,
        // or already taken into it: "a source close").
        var joined = false
        if l + 3 < e, held.sourceTailAdjectives.contains(toks[l + 1].hash), !inQuote(l + 1),
            toks[l + 2].hash == Lexicon.hTo || toks[l + 2].hash == Lexicon.hWith
        {
            l += 1
            joined = true
        } else if l + 2 < e, held.sourceTailAdjectives.contains(toks[l].hash),
            toks[l + 1].hash == Lexicon.hTo || toks[l + 1].hash == Lexicon.hWith
        {
            joined = true
        }
        guard l + 2 < e, joined || held.documentTailPrepositions.contains(toks[l + 1].hash), !inQuote(l + 1),
            joined || !opensGerundClause(l + 2, e)
        else {
            return nil
        }
        var j = l + 1
        while j + 1 < e && j < l + 9 {
            let u = toks[j + 1]
            if u.kind == .punct && u.punct != .hyphen && u.punct != .amp || inQuote(j + 1) { break }
            // (A cue word after a determiner or an owner is a noun: "familiar with his remarks".)
            if u.isA(.reporting) && !(toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun))
                || held.articles.contains(u.hash) && j > l + 1 && toks[j].kind == .word
                    && !toks[j].isA(.function)
            {
                break
            }
            j += 1
        }
        // ("said one owner of a shop that sells shoes who declined…": a tail cut off at its limit ends on its last
        // content word, never on a function word; a relative clause right after it belongs to it.)
        while j > l + 1 && toks[j].kind == .word && toks[j].isA(.function) && !toks[j].isA(.personPronoun) { j -= 1 }
        if j > l + 1, let r = relativeEnd(after: j, e) { return r }
        return j > l + 1 ? j : nil
    }

    /// The word at `i`, after a preposition, is a gerund with its object or infinitive: the verb's complement, no
    /// tail of the agent before it ("The council was criticised by residents for failing to clear the snow.", "The
    /// firm, accused by regulators of overcharging customers, said it would appeal."). A word in "-ing" that ends
    /// its phrase or meets a function word is a noun, the tail's own ("Sales fell, according to the head of
    /// marketing at the firm.").
    func opensGerundClause(_ i: Int, _ e: Int) -> Bool {
        guard i + 1 < e, isLowerWord(i), endsInIng(i), !held.roleParticiples.contains(toks[i].hash), !inQuote(i + 1)
        else { return false }
        let n = toks[i + 1]
        guard n.kind == .word else { return false }
        return n.hash == Lexicon.hTo || n.isA(.determiner) || n.isA(.possessivePronoun) || mentionOf[i + 1] >= 0
            || !n.isA(.function)
    }

    /// "said a longtime adviser to Trump", "said one Republican involved in the planning", "said the base chief
    /// known as Bob": a description after its cue runs on through "to", "in", "with" or "as" (after a role or a
    /// participle) to a comma or the sentence end, at most eight words — not into a time ("in March") or a
    /// noun-phrase cue ("in a statement"), nor over a verb.
    func descriptionTailEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, !inQuote(l + 1), toks[l + 1].kind == .word else { return nil }
        let p = toks[l + 1].hash
        guard p == Lexicon.hTo || p == Lexicon.hIn || p == Lexicon.hWith || p == Lexicon.hAs else { return nil }
        // (A noun phrase follows: a determiner, an owner or a name — not a verb: "Expect prices to rise".)
        let n = toks[l + 2]
        if n.isA(.weekday) || n.isA(.month) || n.kind == .number || held.timeWords.contains(n.hash)
            || !(n.isA(.determiner) || n.isA(.possessivePronoun) || mentionOf[l + 2] >= 0 || n.isCap)
        {
            return nil
        }
        let j = phraseRunEnd(from: l + 1, limit: l + 9, e)
        guard j + 1 >= e || toks[j + 1].punct == .comma || toks[j + 1].isTerminator else { return nil }
        for i in (l + 2)...j {
            let u = toks[i]
            // (A cue word after a determiner or an owner is a noun: "involved in the planning".)
            let verbLike = !(toks[i - 1].isA(.determiner) || toks[i - 1].isA(.possessivePronoun))
            if u.isA(.statementNoun) || u.isA(.timeUnit) || u.isA(.reporting) && isLowerWord(i) && verbLike
                || isLowerWord(i) && u.isBeOrFiniteAuxiliary
            {
                return nil
            }
        }
        return j
    }

    /// An appositive after a name that ends the sentence or meets a comma: "said John Smith, a partner at Y.",
    /// "Jennifer Palmieri, Mrs. Clinton's communications director", "Peter Welch, Democrat of Vermont" — not the
    /// verb group of the clause the source interrupts ("And Trump, said Sunshine, doesn't forgive").
    func phraseEnd(after l: Int, _ e: Int, description: Bool = false) -> Int? {
        guard l + 2 < e, toks[l + 1].punct == .comma, !inQuote(l + 2) else { return nil }
        // "said Stacey Edwards, 31, a teacher": an age is an appositive of its own.
        if toks[l + 2].kind == .number, len(l + 2) <= 3,
            l + 3 == e || toks[l + 3].punct == .comma || toks[l + 3].isTerminator
        {
            return l + 2
        }
        guard toks[l + 2].kind == .word else { return nil }
        // "said a senior executive at Carrier's parent company, United Technologies.", "said his best friend at
        // Lehigh, Bruce Turry, who…": a name closing the sentence or a comma's phrase after a description's head
        // (`description`: a description that may end on a name) is in apposition to it.
        if isLowerWord(l) || description, mentionOf[l + 2] >= 0, case let m = mentions[Int(mentionOf[l + 2])],
            m.tokStart == l + 2,
            entities[m.entity].kind != .place, !toks[m.tokEnd - 1].has(Token.possessive),
            m.tokEnd == e || m.tokEnd + 1 == e && toks[m.tokEnd].isTerminator
                || m.tokEnd + 1 < e && toks[m.tokEnd].punct == .comma && !inQuote(m.tokEnd)
        {
            return m.tokEnd - 1
        }
        let u = toks[l + 2]
        // "…, 31, of Tujunga", "…, now a partner at…", "…, then ambassador to Israel": a home town, or a role with
        // "now" or "then".
        if l + 3 < e, u.hash == Lexicon.hOf && toks[l + 3].isCap || opensDatedRole(l + 2, e) {
            return phraseRunEnd(from: l + 2, limit: l + 40, e)
        }
        // ("Mrs. Clinton's communications director", "Obama's Office of Management and Budget director".)
        let ownerRole =
            mentionOf[l + 2] >= 0 && toks[mentions[Int(mentionOf[l + 2])].tokEnd - 1].has(Token.possessive)
            && mentions[Int(mentionOf[l + 2])].tokEnd < e && toks[mentions[Int(mentionOf[l + 2])].tokEnd].kind == .word
            && !toks[mentions[Int(mentionOf[l + 2])].tokEnd].isA(.function)
        // ("Democrat of Vermont", "CrowdTangle chief executive", "said Sen. Lindsey Graham, R-S.C.": a capitalised
        // role, one running on to a lower-case noun, or a party and state.)
        let capitalRole =
            u.isCap && !u.isA(.function) && !u.isA(.weekday) && !u.isA(.month)
            && (isPartyAndState(l + 2)
                || l + 3 < e
                    && (toks[l + 3].hash == Lexicon.hOf
                        || isLowerWord(l + 3) && !toks[l + 3].isA(.function) && !toks[l + 3].isA(.reporting)
                            && !isParticiple(l + 3) && !endsInIng(l + 3) && !endsInS(l + 3)))
        // ("managing director of…": a role's "-ing" word.)
        let roleWord = isLowerWord(l + 2) && held.roleParticiples.contains(u.hash)
        guard
            u.isA(.determiner) || u.isA(.title) || u.hash == Lexicon.hWho || u.isA(.possessivePronoun) || ownerRole
                || capitalRole || roleWord
                || isLowerWord(l + 2) && !u.isA(.function) && !u.isA(.reporting) && !isAdverbLike(l + 2)
                    && !endsInIng(l + 2) && !isParticiple(l + 2) && !held.cueAuxiliaries.contains(u.hash)
        else { return nil }
        // (A relative clause with a speech verb of its own stays out, "who" is that relation's source; one with
        // another cue belongs to the source after the cue, as PolNeAR marks it more often than not: "said Robert
        // Reich, who endorsed Sanders"; "which" after a name stays out, as PolNeAR's mostly do.)
        var j = phraseRunEnd(from: l + 2, limit: l + 40, e)
        // ("Bruce Turry, who, like Freddy, …": a relative pronoun that a parenthesis interrupts is no phrase.)
        if j == l + 2, u.hash == Lexicon.hWho { return nil }
        // "Steve Bell, senior director at X, and a Republican who headed…": a second role joined by ", and".
        if j + 3 < e, toks[j + 1].punct == .comma, toks[j + 2].hash == Lexicon.hAnd, !inQuote(j + 2),
            held.articles.contains(toks[j + 3].hash) || toks[j + 3].isA(.title),
            l + 2 < j && !(l + 2...j).contains(where: { toks[$0].hash == Lexicon.hAnd })
        {
            let k = phraseRunEnd(from: j + 3, limit: j + 30, e)
            if k + 1 == e || toks[k + 1].isTerminator { j = k }
        }
        if isReportingRelative(l + 2, j + 1, speech: true) { return nil }
        // ("As reported by Western Journalism, the Times broke the story": a clause with its own verb, before any
        // relative pronoun, is no appositive.)
        var i = l + 2
        while i <= j && !toks[i].isA(.relativePronoun) {
            if isLowerWord(i),
                toks[i].isBeOrFiniteAuxiliary
                    || held.irregularPasts.contains(toks[i].hash)
            {
                return nil
            }
            i += 1
        }
        return j
    }
}

extension ReadsQuotes {
    /// The last token of a US state right at `i` (before the sentence end `e`) after a town's comma: an abbreviation
    /// with its period ("Fla.", "N.J.") or a name ("Tennessee"); nil when none stands there. The source span after a
    /// cue runs over it (`phraseRunEnd`), and the mention stage reads the town before it as a place (`scanNames`).
    func stateEnd(at i: Int, _ e: Int) -> Int? {
        guard i < e, toks[i].kind == .word, toks[i].isCap, !inQuote(i) else { return nil }
        let h = toks[i].hash
        if held.stateAbbreviations.contains(h), i + 1 < e, toks[i + 1].punct == .period { return i + 1 }
        // ("N.J.", "S.C.": initials with their periods.)
        if len(i) == 1, i + 3 < e, toks[i + 1].punct == .period, toks[i + 2].kind == .word, len(i + 2) == 1,
            toks[i + 2].isCap, toks[i + 3].punct == .period
        {
            return i + 3
        }
        // ("N.H.", "D.C.", "W.Va.": one dotted word, its last period with it.)
        if toks[i].has(Token.dotted), held.stateAbbreviations.contains(h) { return i }
        if held.stateNames.contains(h), i + 1 == e || toks[i + 1].kind == .punct { return i }
        return nil
    }
}
