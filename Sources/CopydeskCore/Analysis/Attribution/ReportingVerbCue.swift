/// Reporting verbs as cues: a verb of `ReportingVerbs.builtIn` (plus configuration) outside quotes.
///
/// - The speaker stands before it ("Clark said", "Harley Lewin, a partner at Y, says" — appositives are
///   skipped, "he added") or, when the verb follows a comma, a quote mark or the sentence start, after it
///   ("…,” said Smith"). With neither, the nearest name or pronoun earlier in the sentence speaks (not direct).
///   A verb coordinated with "and"/"but" shares its clause's subject ("Trump flew to Iowa and said…"); a
///   participle after a comma speaks for the speaker of a speech verb right before it ("…,” Reeve said, adding"),
///   for the noun phrase opening the sentence when set off right after it ("The agency, citing…, said"), or
///   else for its clause's subject, one opening the sentence for the subject after its clause ("Declaring that…,
///   the engineer reopened…", "Having announced that…, Judge Reeve…"), as does a gerund after an adjunct's
///   preposition ("…by tweeting", "…, before clarifying"). A reaction taken in names its giver ("has drawn harsh
///   criticism from X", "won the backing of X") and an active verb of feeling its object ("has angered some
///   Democrats"), not the subject.
/// - The cue takes the auxiliaries, negations and adverbs between speaker and verb ("has also said", "didn’t
///   say", "is arguing", "would never flatly deny", "now says"), an infinitive "to" ("to defend"), a particle
///   ("pointed out", "called for", "commented on") and a noun-phrase cue right after it ("said in a statement"); a
///   verb of striking with "back" before "that", a colon or a quote is a retort ("fired back that…", `retortVerb`);
///   the relation adds a topic preposition opening its content ("boasted of", `AttributionWords.topicPrepositions`),
///   never one that opens a figure ("about 40", "at least 12": `opensFigure`).
/// - Passives: "is expected to…" has no source; "was first reported by MSNBC", "was called reckless by the
///   chairman" name theirs after "by", and so does a participle without "be" ("As reported by X"). The content is then the subject before the cue. A state of mind is no
///   passive ("voters were worried about", "is deeply concerned that"): its subject is the source.
/// - Only in context: "agreed that…" reports, "agreed to acquire…" is an action, and so is a verb of addition with
///   a figure for object ("The economy added 200,000 jobs", "shares added 5% on Monday": `addsAFigure`); any cue
///   word after an article or a possessive is a noun ("the claims", "Trump's report", "Sanders’ plans", "271 pledged
///   delegates"), so is a noun-too cue word heading a noun phrase ("no plans", "enough support", "her own plans", "with
///   Turkish support": `isNounPhraseHead`), opening a clause after a comma before "of", "for" or its own verb ("…,
///   support for him grew"), "support for" anywhere, a plural after a preposition ("grants to states") or before
///   "that" and a verb ("states that will vote"), and a
///   mostly-noun cue word with no subject ("state officials", "recent comments", "a personal call"), a cue word in
///   "-ing" or a singular noun cue after "one", "another", "each" or "every" ("One ranking pegs…") and a
///   naming participle ("a company called …", "A new super PAC called Future 45"), a mostly-noun cue word opening a sentence ("State released…", the
///   State Department) or modifying the noun after it there ("Rail fares…"), "related to", "say" between commas ("in places, say, Ohio") and a participle describing
///   its noun ("supporting documents", "more pledged delegates"), a cue before "than" ("easier said than done") and
///   a passive "said" of likeness ("the same cannot be said for…"); "state", "continued", "spoke", "know" report
///   only before a clause, a quote or a topic; "talk" and "talks" also only after their subject, "to" or a modal
///   ("Merkel talks about…", not "the peace talks about…"); "seemed", "declined" only before "to"; a document verb ("found",
///   "show") only before a "that" clause (its document subject is `DocumentSource`'s) or ending its sentence after
///   a subject set off by a comma ("…, Fox found.", or set off on both sides: "…, the team found, meaning…") — but
///   one of assertion ("suggest") also with a speaking subject right before it ("Experts suggest the firm
///   could…"). A participle before an infinitive in a clause "with" opens is a passive with no source ("with
///   ticket sales expected to rise by 5%"); a cue word after a measure's compound is a noun ("the 10-year note").
extension ReadsMentions {
    func reportingVerbCue(at k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        guard t.kind == .word else { return nil }
        // "has made it clear that…", "made clear she would run": "make" and "clear" before a clause report as one
        // verb (PolNeAR's even half marks 15 of 21).
        if t.hash == Lexicon.hClear {
            guard let m = clearCueVerb(k, a, e) else { return nil }
            return verbCue(at: m, sentence: s, through: k)
        }
        // "She appeared to imply that…", "Messages seem to show that…": a raising verb before "to" and a verb that
        // reports hedges that verb, whose subject then reports: one cue, the subject its source.
        if held.raisingVerbs.contains(t.hash), k + 2 < e, toks[k + 1].hash == Lexicon.hTo,
            isLowerWord(k + 2), toks[k + 2].isA(.reporting) || toks[k + 2].isA(.documentVerb), !inQuote(k + 2)
        {
            return verbCue(at: k, sentence: s, through: k + 2)
        }
        // "Trump shot back that…", "Fallon fired back: “…”": a verb of striking with "back" before a clause, a colon
        // or a quote is a retort, the verb its cue (PolNeAR's even half marks 12 of 18 "… back").
        if t.hash == Lexicon.hBack {
            guard let m = retortVerb(k, a, e) else { return nil }
            return verbCue(at: m, sentence: s, through: k)
        }
        // "points out that…", "point to the polls": "point" reports only with its particle, never after a figure
        // ("the point is", "a point guard", "scored 20 points to lead"; "pointed" reports as it did).
        if t.hash == Lexicon.hPoint || t.hash == Lexicon.hPoints || t.hash == Lexicon.hPointing,
            !(k + 1 < e && (toks[k + 1].hash == Lexicon.hOut || toks[k + 1].hash == Lexicon.hTo))
                || k > a && (toks[k - 1].kind == .number || toks[k - 1].isA(.numberWord))
        {
            return nil
        }
        // "as Vulture put it"
        let putsIt = t.hash == Lexicon.hPut && k + 1 < e && toks[k + 1].hash == Lexicon.hIt
        let titleCaseVerb =
            t.isCap && t.isA(.speech) && k > a && mentionOf[k - 1] >= 0
            && held.titleCaseSpeechVerbs.contains(t.hash)  // "Howard Dean Tells…"
        let talks = held.bareTalkForms.contains(t.hash)
        // "Union leaders pushed for a vote on the deal.": a verb of demand that no reporting verb lists reports only
        // in its "-ed" or "-ing" form with its "for" (`Lexicon.forParticleVerbs`) — not without it, "Hart pushed the
        // cart up the hill.", nor in a passive, "The team was pushed for time." (a progressive reports: "are pushing
        // for"); the bare form may be a noun: "The renewed push for reform grew."
        let asksFor =
            !t.isA(.reporting) && k + 1 < e && toks[k + 1].hash == Lexicon.hFor
            && held.forParticleVerbs.contains(t.hash) && (endsInIng(k) || isParticiple(k))
            && !(k > a && toks[k - 1].isA(.beForm) && !endsInIng(k))
        guard t.isA(.reporting) || putsIt || talks || asksFor,
            !t.isCap || titleCaseVerb || isInitial(k, sentenceStart: a)
        else {
            return nil
        }
        if isNounUse(k, a, e) || isActionUse(k, e) || isFalseReportCue(k, a, e) { return nil }
        if t.isA(.infinitiveCue) && !(k + 1 < e && toks[k + 1].hash == Lexicon.hTo) && !raisesComplement(k, a, e) {
            return nil
        }
        // "police found a body": a document verb reports only with a "that" clause (its document subject is
        // `DocumentSource`'s).
        if t.isA(.documentVerb) && !t.isA(.speech) && !opensClause(k + 1, e) && !putsIt {
            // "…, Fox found.", "…, the Post's count showed.": a finding verb that ends its sentence right after a
            // subject set off by a comma reports the clause before that comma, whoever the subject is; so does one
            // set off by a comma after it too ("…, the team found, meaning…"), which leaves it no object. A name's
            // own mark written onto its last word may end the subject ("Prices reached £3,000, the consumer group
            // Which? found."; "Prices reached £3,000? Fox found." has none).
            if (k + 1..<e).allSatisfy({ toks[$0].kind == .punct }) || toks[k + 1].punct == .comma {
                let c = verbCue(at: k, sentence: s)
                if let sp = c.speaker, sp.last < c.first, c.first == k {
                    let phrase = sourceTokens(sp, after: -1)
                    let end = k - 1 > a && endsNameWithMark(k - 1) ? k - 2 : k - 1
                    if phrase.1 == end, phrase.0 > a, toks[phrase.0 - 1].punct == .comma { return c }
                }
            }
            // "Researchers found 20% of patients developed the condition": a finding whose object is a figure with a
            // verb of its own is a clause without "that", reported by a speaking subject right before the verb.
            // "Researchers found the risk fell by 20%": so is a determined subject with a verb of its own.
            if opensFigureClause(k + 1, e) || opensDeterminedFindingClause(k + 1, e) {
                let c = verbCue(at: k, sentence: s)
                if let sp = c.speaker, c.first > a, sp.last == c.first - 1, speaks(sp) { return c }
            }
            // "Experts suggest its success could…": a verb of assertion reports with a speaking subject, a
            // person, a pronoun or a group ("Rising prices suggest…" reports nothing).
            guard t.isA(.vagueVerb) else { return nil }
            let c = verbCue(at: k, sentence: s)
            guard let sp = c.speaker, c.first > a, sp.last == c.first - 1, speaks(sp) else { return nil }
            return c
        }
        // "He's said to be furious": after a subject's clitic "is" a participle before "to" is a passive that names
        // no one, as "he is said to…" is ("he's said that…" reports).
        if k + 1 < e, toks[k + 1].hash == Lexicon.hTo, k > a, isParticiple(k), isContractedSubject(k - 1) {
            return nil
        }
        var c = verbCue(at: k, sentence: s, putsIt: putsIt)
        // "with ticket sales across the industry expected to rise by 5%": in a clause "with" opens, a participle
        // before an infinitive is a reduced passive; the noun before it is the infinitive's subject, no source.
        if c.first == k, c.speaker != nil, isParticipleAfterWith(k, a, e) { c.speaker = nil }
        // "for a fee believed to be around £6m": a participle of hearsay right after its noun, before "to be" or "to
        // have", is a reduced passive; the noun is the infinitive's subject, no source.
        if c.first == k, c.speaker != nil, k + 2 < e, toks[k + 1].hash == Lexicon.hTo,
            toks[k + 2].hash == Lexicon.hBe || toks[k + 2].hash == Lexicon.hHave,
            held.hearsayParticiples.contains(toks[k].hash), followsItsNoun(k, a)
        {
            c.speaker = nil
        }
        if c.first == k, let v = statementVerb(before: k, a) {
            c.first = v
            // The subject of the verb that issued it speaks ("The council issued a statement saying…").
            if c.speaker == nil { c.speaker = speakerBefore(v, a) }
        }
        return c
    }

    /// Token `i` is a question or exclamation mark written onto a capitalised word, with a word after it: the mark
    /// of a name such as "Which?" or "Yahoo!" ("the consumer group Which? found"), not the end of a question.
    func endsNameWithMark(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.punct == .question || t.punct == .exclaim, attached(i), i + 1 < toks.count, toks[i + 1].kind == .word
        else { return false }
        return toks[i - 1].kind == .word && toks[i - 1].isCap
    }

    /// The participle at `k` stands before an infinitive in a clause that "with" opens, within eight words and past
    /// no punctuation or relative pronoun: "with sales expected to rise" (not "with voters who pollsters expected to").
    func isParticipleAfterWith(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 2 < e, toks[k + 1].hash == Lexicon.hTo, isLowerWord(k + 2), isParticiple(k), !inQuote(k) else {
            return false
        }
        var j = k - 2
        while j >= max(a, k - 9), toks[j].kind == .word {
            if toks[j].hash == Lexicon.hWith { return true }
            if toks[j].isA(.relativePronoun) { return false }
            j -= 1
        }
        return false
    }

    /// The form of "speak" or "talk" in "-ing" at `k` opens an adjunct that names only whom it was said to: it opens a
    /// reduced clause (first in the sentence, after a comma or a subordinator) and "to" or "with" and a listener
    /// follow it, run to a comma or the sentence's end with no topic ("about"), colon or quote — the setting of
    /// what the clause's own verb reports, or of nothing, as PolNeAR reads it (its even half marks none of five):
    /// "Speaking to reporters after the vote, Cole said taxes would rise." has one relation, of "said". Not with a
    /// topic: "Speaking to reporters about the levy, Cole said it would rise." still reports.
    func opensListenerAdjunct(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard endsInIng(k), opensReducedClause(k, a), k + 2 < e else { return false }
        let n = toks[k + 1].hash
        guard n == Lexicon.hTo || n == Lexicon.hWith else { return false }
        var j = k + 2
        while j < e {
            let u = toks[j]
            if inQuote(j) || u.isOpenQuote || u.punct == .colon || u.hash == Lexicon.hAbout { return false }
            if u.punct == .comma || u.isTerminator { return j > k + 2 }
            j += 1
        }
        return true
    }

    /// "to reporters about", "with aides about", "to 300 supporters about": from `n`, "to" or "with", a listener of
    /// one to five words, then "about" — the index of "about", the topic's start after a form of "talk" or
    /// "speak"; nil otherwise.
    func topicAfterListener(_ n: Int, _ e: Int) -> Int? {
        guard n < e, toks[n].hash == Lexicon.hTo || toks[n].hash == Lexicon.hWith, !inQuote(n) else { return nil }
        var j = n + 1
        while j < e && j <= n + 6 && !inQuote(j) && (toks[j].kind == .word || toks[j].kind == .number)
            && toks[j].hash != Lexicon.hAbout
        {
            j += 1
        }
        return j > n + 1 && j < e && toks[j].hash == Lexicon.hAbout ? j : nil
    }

    /// The word before `k` (or before the adverb of degree "further" there) is a verb in the past — an irregular
    /// past or an "-ed" form — after its subject or auxiliary: "Lazar released notes", "Trump made further
    /// demands", "Cole has released notes", "Trump criticized claims that…". Not after a singular noun in lower
    /// case, where the form may be a participle describing it: "The man arrested says he is innocent".
    func isObjectOfPastVerb(_ k: Int, _ a: Int) -> Bool {
        var v = k - 1
        if v > a, toks[v].hash == AttributionWords.hFurther { v -= 1 }
        guard v > a, isLowerWord(v), !inQuote(v), toks[v - 1].kind == .word,
            held.irregularPasts.contains(toks[v].hash) || isParticiple(v) && !toks[v].isA(.judgement)
        else { return false }
        return isSubjectLike(v - 1) || toks[v - 1].isCap && !toks[v - 1].isA(.function)
    }

    /// The cue word in "-s" at `k` is the object of a participle in "-ing" that opens a clause after a comma or "and"
    /// ("Sales rose 5%, beating forecasts.", "Profits rose 12%, topping forecasts of 9%"): a verb never follows
    /// another. Only where no clause follows the cue word (the sentence ends, or a comma or a preposition comes),
    /// since a gerund there may be a subject: "In Iowa, polling shows Clinton has 40%." reports.
    func isObjectOfOpeningParticiple(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let v = k - 1
        guard v > a, isLowerWord(v), !inQuote(v), endsInIng(v), !toks[v].isA(.function),
            toks[v - 1].punct == .comma || toks[v - 1].hash == Lexicon.hAnd
        else { return false }
        guard k + 1 < e else { return true }
        let n = toks[k + 1]
        return n.isTerminator || n.punct == .comma || held.nounPrepositions.contains(n.hash)
    }

    /// Token `k` stands right after a lower-case noun ("a fee believed", "the unit thought"; not "he thought", "it
    /// is said").
    func followsItsNoun(_ k: Int, _ a: Int) -> Bool {
        guard k > a, isLowerWord(k - 1) else { return false }
        let p = toks[k - 1]
        return !p.isA(.function) && !p.isA(.personPronoun) && !p.isA(.otherPronoun)
    }

    /// "made it clear", "has made very clear", "making it abundantly clear": the form of "make" before "clear" at
    /// `k` (past "it" and one adverb), when a clause, "that" or a colon follows; nil for "it is clear", "made the
    /// path clear for", "a clear plan", and the passive "the costs were made clear:" (no one states it).
    func clearCueVerb(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 1 < e, !inQuote(k + 1),
            toks[k + 1].hash == Lexicon.hThat || toks[k + 1].punct == .colon || opensClause(k + 1, e)
        else { return nil }
        var j = k - 1
        if j > a, isAdverbLike(j) || toks[j].hash == Lexicon.hVery { j -= 1 }
        if j > a, toks[j].hash == Lexicon.hIt { j -= 1 }
        guard j > a, isLowerWord(j), !inQuote(j), held.makeForms.contains(toks[j].hash),
            !toks[j - 1].isA(.beForm)
        else { return nil }
        return j
    }

    /// "fired back that…", "shot back, “…”", "fired back forcefully: “…”": the verb of striking (`AttributionWords
    /// .retortVerbs`) right before "back" at `k`, when "that", a colon or a quote follows (past one adverb and a
    /// comma); nil for "prices shot back up", "fired back at Trump over the plan" (a topic, no statement) and the
    /// passive "was hit back".
    func retortVerb(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let v = k - 1
        guard v > a, isLowerWord(v), !inQuote(v), held.retortVerbs.contains(toks[v].hash),
            !toks[v - 1].isA(.beForm)
        else { return nil }
        var n = k + 1
        if n < e, isAdverbLike(n) { n += 1 }
        if n < e, toks[n].punct == .comma { n += 1 }
        guard n < e, toks[n].hash == Lexicon.hThat || toks[n].punct == .colon || toks[n].isOpenQuote else {
            return nil
        }
        return v
    }

    /// "issued a statement saying", "sent out a tweet calling", "posted a video describing": the verb that put out
    /// the statement and its noun phrase join the cue of the participle after it (PolNeAR's even half marks the
    /// whole phrase in 12 of 16); returns the verb's token. Nothing after a preposition ("in a statement saying":
    /// `nounPhraseAfterVerb` reads it) nor without a determiner ("campaign statements saying").
    func statementVerb(before k: Int, _ a: Int) -> Int? {
        guard k >= a + 3, endsInIng(k), toks[k - 1].kind == .word,
            toks[k - 1].isA(.statementNoun), !toks[k - 1].isCap
        else { return nil }
        // The determiner, past at most two modifiers ("a brief written statement").
        var j = k - 2
        while j > a && j >= k - 4 && isLowerWord(j) && !toks[j].isA(.determiner) && !toks[j].isA(.function) {
            j -= 1
        }
        guard j > a, toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun) else { return nil }
        // The verb, past a particle ("put out", "sent out").
        var v = j - 1
        if v > a, toks[v].hash == Lexicon.hOut { v -= 1 }
        let u = toks[v]
        guard isLowerWord(v), !u.isA(.function), mentionOf[v] < 0, !isAdverbLike(v),
            isParticiple(v) || held.irregularParticiples.contains(u.hash)
                || held.irregularPasts.contains(u.hash)
        else { return nil }
        return v
    }

    /// A speaker that can assert: a person or a pronoun for one, a named mention, or a group of people
    /// ("experts", "analysts", "officials").
    private func speaks(_ sp: Speaker) -> Bool {
        let h = toks[sp.last]
        return sp.mention != nil || h.isA(.personPronoun) || h.isA(.otherPronoun) || h.isA(.vagueSubject)
            || h.isA(.speakingNoun) && !h.isA(.documentNoun)
    }

    /// The relation around the cue verb at `k` (a reporting verb, or a word the tagger accepts): a passive, or the
    /// verb with its auxiliaries, particle or noun phrase and its speaker (`nearest`: failing one beside the verb,
    /// the nearest name or pronoun before it).
    func verbCue(at k: Int, sentence s: Int, putsIt: Bool = false, through: Int? = nil, nearest: Bool = true) -> Cue {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        // "Martin has been impressed with", "voters are worried about": a state of mind is no passive — its
        // subject holds it, so is its source (PolNeAR's holder of a feeling or belief), not its content; the cue
        // takes "be".
        var verb = k
        if let p = passiveCue(k, sentence: s) {
            guard p.byToken == nil, isStateParticiple(k, e) else { return askedByAgent(p, k, a, e) }
            verb = p.first
        }
        let speech = t.isA(.speech)
        let first = auxiliariesBefore(verb, a)
        // (`through`: the phrase ends on a word after the verb, "made it clear".)
        let last = through ?? (putsIt ? k + 1 : nounPhraseAfterVerb(k, e) ?? particleAfterVerb(k, e) ?? k)
        var cue = Cue(sentence: s, kind: .reportingVerb, first: first, last: last, speaker: nil, direct: speech)
        cue.head = putsIt || through != nil ? tokRange(k, last) : t.range
        if let (comma, sp) = frontedParticipleSubject(k, first: first, last: last, a, e) {
            // "Declaring that he alone can fix it, the senator offered…", "Having announced that…, Judge Berman
            // proceeded…": a participle opening the sentence speaks for the subject after its clause.
            cue.speaker = sp
            cue.frontedComma = comma
            if first - 1 == a, toks[a].hash == Lexicon.hHaving { cue.first = a }
            return cue
        } else if isAskedClause(k, first: first, last: last, a, e) {
            // "Asked about the levy, Reeve said…", "Reeve, when asked if she would run, replied…": a reduced passive
            // of "ask" names the one asked, not the asker, and its content is the question alone (PolNeAR's even
            // half marks no source on any).
            cue.frontedComma = askedQuestionEnd(k, after: last, a, e)
            cue.direct = false
        } else if first == k, endsInIng(k), k - 1 > a, toks[k - 1].punct == .comma,
            (last + 1..<e).contains(where: { toks[$0].punct == .comma }), let sp = openingSubject(endingAt: k - 2, a)
        {
            // "The agency, citing privacy rules, declined…", "Clinton, speaking in Ohio, said…": a participle set off
            // by commas right after the noun phrase opening the sentence speaks for it.
            cue.speaker = sp
        } else if first == k, endsInIng(k), k - 2 > a, toks[k - 1].punct == .comma, isLowerWord(k - 2),
            toks[k - 2].isA(.speech), !inQuote(k - 2), let sp = speakerBefore(k - 2, a)
        {
            // "…,” Fiorina said, adding…": a participle after a speech verb speaks for that verb's speaker.
            cue.speaker = sp
        } else if endsInIng(k),
            (first..<k).allSatisfy({
                isAdverbLike($0) && !toks[$0].isA(.beForm)
                    && !held.finiteAuxiliaries.contains(toks[$0].hash)
            }),
            let comma = commaBefore(first, a),
            let sp = clauseSubject(before: comma, a)
        {
            // "Fiorina criticised Trump, the front-runner, saying…": a participle after a comma opens an adjunct
            // of the clause; its speaker is the clause's subject, not the noun before the comma (and so after an
            // adverb: "…, loudly denouncing").
            cue.speaker = sp
        } else if endsInIng(k), let p = gerundAdjunctBefore(k, a), p >= first - 1,
            let sp = subordinateSubject(before: p, a) ?? clauseSubject(before: p, a)
        {
            // "Ramos corrected the candidate by tweeting back…", "…,” the governor said, before clarifying…": a
            // gerund after an adjunct's preposition speaks for its clause's subject, not for the noun before it
            // (a quotation before the clause is that clause's verb's).
            cue.speaker = sp
            cue.direct = false
        } else if endsInIng(k), first == k, let v = adjectiveComplementVerb(k, a), let sp = speakerBefore(v, a) {
            // "Cole is wary of saying…": a gerund completing an adjective after "be" speaks for the subject.
            cue.speaker = sp
            cue.direct = false
        } else if let (sp, by) = agentAfterNounCue(k, last: last, e) {
            cue.speaker = sp
            cue.byToken = by
        } else if verb == k, let sp = experiencerAfter(k, last: last, e) {
            cue.speaker = sp
            cue.byToken = last
        } else if let sp = speakerBefore(first, a) {
            cue.speaker = sp
        } else if inversionAllowed(k, a), !held.raisingVerbs.contains(t.hash),
            let sp = speakerAfter(last + 1, e),
            sp.form != .pronoun || toks[sp.first].isA(.personPronoun),
            !opensFiniteClause((sp.phraseLast ?? sp.last) + 1, e),
            !(isLowerWord(sp.last) && endsInLy(sp.last))
        {
            // ("…, calling it “disqualifying”", "reported it to the FBI": "it" after the verb is its object; "…,
            // said the bill was a mistake": a noun phrase a finite verb follows is the reported clause's subject;
            // "…, said matter-of-factly.": an adverb is no speaker.)
            cue.speaker = sp
        } else if let c = coordinatorBefore(first, a),
            let sp = conjunctClauseSubject(before: c, a) ?? clauseSubject(before: c, a)
        {
            // "Trump flew to Iowa and said…": the coordinated verb shares the clause's subject.
            cue.speaker = sp
            cue.coordinator = c
        } else if nearest,
            !(first - 2 >= a && toks[first - 1].isA(.beForm) && toks[first - 2].hash == Lexicon.hThere),
            var sp = nearestSubject(before: first, a)
        {
            // ("…, there are fears the crowds will…": an existential names no one, nor does a name before it.)
            // "He began by saying, “…”", "Massie … but now said": the subject is further back. When that name
            // stands inside the noun phrase opening the clause, the source is the phrase ("Mrs. Clinton and her
            // aides spent the week denouncing…").
            if let c = clauseSubject(before: first, a) {
                let f = min(c.first, c.phraseFirst ?? c.first)
                let l = max(c.last, c.phraseLast ?? c.last)
                // (Not a possessive name, the owner of the phrase: "Francis' message is to call…".)
                let owner =
                    toks[sp.last].has(Token.possessive)
                    || sp.last + 1 < toks.count && toks[sp.last + 1].isBareApostrophe
                if f <= sp.first, l >= sp.last, c.relative == nil, !owner {
                    if f < sp.first { sp.phraseFirst = f }
                    if l > sp.last { sp.phraseLast = l }
                }
            }
            cue.speaker = sp
            cue.direct = false
        } else {
            // No speaker anywhere ("All that remains is to say: “…”"): no direct speaker.
            cue.direct = false
        }
        // "to" before the verb belongs to the cue ("held a call to defend", "ready to tell").
        if first > a, toks[first - 1].hash == Lexicon.hTo, !inQuote(first - 1) { cue.first = first - 1 }
        if through == nil, isRaisingUse(k, e) {
            // "It seems the plan failed", "Trump appeared to enjoy it": no one is credited; the subject is part of
            // what seems, as a passive's is.
            cue.speaker = nil
            cue.passive = true
            cue.direct = false
        }
        return cue
    }

    /// The verb at `k` raises its subject ("seems", "appeared to", "appears likely") rather than naming where
    /// someone appeared ("appeared on Sunday shows", "appears in court").
    func isRaisingUse(_ k: Int, _ e: Int) -> Bool {
        guard held.raisingVerbs.contains(toks[k].hash) else { return false }
        guard k + 1 < e, toks[k + 1].kind == .word else { return true }
        return !held.nounPrepositions.contains(toks[k + 1].hash)
    }

    /// The raising verb at `k` links its subject to a state or hedges a clause without "to" — the writer's
    /// perception, a relation with no source whose content is the subject and what follows, as PolNeAR marks it (and
    /// as "appears to" is): "Cole seemed rattled by the attacks", "The vote appears increasingly likely to pass", "It
    /// seemed like the talks had stalled", "It appears that the mill will close". Not where, when or how one
    /// appeared: "Cole appeared on Fox on Sunday", "She appeared live on Fox", "He appeared wearing a mask", "Hart
    /// appeared briefly on the stage"; nor an aim or a participle: "Cole tried not to appear flustered", "The speech
    /// left the crowd seeming bored". (A raising verb names no source, so it sources no figure: "The plan appears
    /// certain to cost $5m" stays the writer's.)
    func raisesComplement(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        // (Not an aim after "to", nor a participle.)
        guard held.raisingVerbs.contains(toks[k].hash), !endsInLy(k), !endsInIng(k),
            !(k > a && toks[k - 1].hash == Lexicon.hTo)
        else { return false }
        var j = k + 1
        // ("seems increasingly likely", "appeared somewhat uneasy": at most two degree words; a word in "-ly" only
        // before a word that is no function word — "likely" before "that" or "to" is the adjective itself, "briefly"
        // before "on" the manner of an appearance.)
        while j + 1 < e && j <= k + 2 && isLowerWord(j) {
            let degree = held.raisingDegreeWords.contains(toks[j].hash)
            guard degree || endsInLy(j) else { break }
            let next = isLowerWord(j + 1) && !toks[j + 1].isA(.function)
            if !degree && !next {
                let h = toks[j + 1].hash
                if toks[j + 1].kind == .word && h != Lexicon.hTo && h != Lexicon.hThat { return false }
                break
            }
            j += 1
        }
        guard j < e, isLowerWord(j), !inQuote(j) else { return false }
        let h = toks[j].hash
        if held.raisingClauseOpeners.contains(h) { return j == k + 1 }
        if h == Lexicon.hAs { return j == k + 1 && j + 1 < e && held.raisingClauseOpeners.contains(toks[j + 1].hash) }
        return !toks[j].isA(.function) && !held.appearanceAdverbs.contains(h) && !endsInIng(j)
    }

    /// The comma right before token `k` (after the sentence start `a`), also inside a closing quotation mark
    /// ("hailed the vote as “fantastic,” telling reporters…"); nil when none.
    func commaBefore(_ k: Int, _ a: Int) -> Int? {
        if k - 1 > a, toks[k - 1].punct == .comma { return k - 1 }
        if k - 2 > a, toks[k - 1].punct == .dqClose || toks[k - 1].punct == .dqStraight,
            toks[k - 2].punct == .comma
        {
            return k - 2
        }
        return nil
    }

    /// "drew sharp criticism from fellow candidates", "won praise from the board", "an admission from Warren": a cue
    /// word that is no speech verb (a noun of reaction or stance), its phrase ending at `last`, followed by "from"
    /// and a name or description — that agent is the source, whoever stands before the cue.
    ///
    /// A verb that takes in a reaction reaches past the noun phrase after it to "from", or "of" after a noun of
    /// stance ("has drawn harsh criticism from", "enjoys the full support of", "enjoys the backing of the union").
    func agentAfterNounCue(_ k: Int, last: Int, _ e: Int) -> (speaker: Speaker, by: Int)? {
        // (A verb in the past is no noun: "Phillip reported from Oakland" names a place, the subject reports.)
        guard !toks[k].isA(.speech), !isParticiple(k) else { return nil }
        var p = last + 1
        if p < e, toks[p].hash != Lexicon.hFrom, last == k, isLowerWord(k), !inQuote(k),
            held.receivingVerbs.contains(toks[k].hash)
        {
            while p < e && p <= last + 4 && isLowerWord(p) && !inQuote(p) && toks[p].hash != Lexicon.hFrom
                && toks[p].hash != Lexicon.hOf
                && (!toks[p].isA(.function) || toks[p].isA(.determiner)
                    || held.descriptionModifiers.contains(toks[p].hash))
            {
                p += 1
            }
            guard p > last + 1, p < e,
                toks[p].hash == Lexicon.hFrom && !toks[p - 1].isA(.determiner)
                    || toks[p].hash == Lexicon.hOf && AttributionWords.stanceNouns.contains(toks[p - 1].hash)
            else { return nil }
        }
        guard p + 1 < e, p == last + 1 ? toks[p].hash == Lexicon.hFrom : true, !inQuote(p), toks[p + 1].kind == .word
        else { return nil }
        // ("from Monday", "from last year": a time is no agent.)
        let n = toks[p + 1]
        if n.isA(.weekday) || n.isA(.month) || held.timeWords.contains(n.hash) { return nil }
        return speakerAfter(p + 1, e).map { ($0, p) }
    }

    /// "Her stance has angered some Democrats", "The surge has angered pollster Ann Reeve": the object right
    /// after a verb of feeling at `k` (in the active: "were angered by" is a state, its subject's) holds the
    /// feeling and is the source.
    func experiencerAfter(_ k: Int, last: Int, _ e: Int) -> Speaker? {
        guard last == k, isLowerWord(k), !inQuote(k), held.experiencerVerbs.contains(toks[k].hash),
            k + 1 < e, toks[k + 1].kind == .word, !inQuote(k + 1)
        else { return nil }
        var b = k - 1
        while b > 0 && b >= k - 3 && isAdverbLike(b) { b -= 1 }
        if b >= 0, toks[b].isA(.beForm) { return nil }
        let n = toks[k + 1]
        // (A clause or a preposition after it is no object: "surprised that…", "angered by".)
        if n.isA(.function) && !n.isA(.determiner) && !n.isA(.possessivePronoun)
            && !Lexicon.quantifierPronouns
                .contains(n.hash)
        {
            return nil
        }
        return speakerAfter(k + 1, e)
    }

    /// A participle opening its sentence at `k` ("Declaring…", "Having announced…"; the cue runs from `first` to
    /// `last`): the comma closing its clause and the subject of the clause after it, or nil.
    func frontedParticipleSubject(_ k: Int, first: Int, last: Int, _ a: Int, _ e: Int) -> (Int, Speaker)? {
        guard first <= a + 2 else { return nil }
        let having = first - 1 == a && toks[a].hash == Lexicon.hHaving && isParticiple(k)
        // "In declaring his statements un-Christian, the pope…", "But in describing the plan, the journalists…".
        var o = a
        if o + 1 < first, held.coordinators.contains(toks[o].hash) { o += 1 }
        let adjunct =
            first == o + 1 && endsInIng(k) && isLowerWord(k)
            && held.participleAdjuncts.contains(toks[o].hash)
        guard having || adjunct || first == a && endsInIng(k) && toks[k].isCap else { return nil }
        guard let c = clauseEndingComma(after: last, e), let sp = subjectAfterComma(c, e) else { return nil }
        return (c, sp)
    }

    /// The subject opening a clause right after the comma at `c`: a subject phrase, a subject pronoun or a name
    /// that owns nothing ("…, the senator offered", "…, she said", "…, Ann Cole replied"); nil when none does.
    func subjectAfterComma(_ c: Int, _ e: Int) -> Speaker? {
        guard c + 2 < e else { return nil }
        if let sp = subjectPhrase(at: c + 1, before: e) { return sp }
        let t = toks[c + 1]
        if t.isA(.personPronoun) && !Lexicon.objectPronouns.contains(t.hash) {
            return Speaker(first: c + 1, last: c + 1, form: .pronoun, mention: nil)
        }
        if mentionOf[c + 1] >= 0, !toks[mentions[Int(mentionOf[c + 1])].tokEnd - 1].has(Token.possessive) {
            return speakerOfMention(Int(mentionOf[c + 1]))
        }
        return nil
    }

    /// The cue "asked" at `k` (its phrase `first`…`last`) opens a reduced passive clause: it has no auxiliary and
    /// stands first in the sentence, after a subordinator ("when asked about…") or after a comma ("Reeve, asked
    /// whether…"), and the question, an adverb or a time follows it, no object or agent (", asked the senator"
    /// inverts an active, "Tanden, a supporter, asked former Attorney General Holder whether…" is one; "Asked by
    /// reporters whether…" names the asker).
    func isAskedClause(_ k: Int, first: Int, last: Int, _ a: Int, _ e: Int) -> Bool {
        guard first == k, toks[k].hash == AttributionWords.hAsked, !inQuote(k), k + 1 < e, opensReducedClause(k, a)
        else { return false }
        // The question, an adverb or a time follows the passive; a noun phrase follows the active. (The cue's
        // particle takes the noun after it: "asked about the plan".)
        let n = toks[k + 1]
        if last > k || n.kind != .word || isAdverbLike(k + 1) || n.isA(.weekday) || n.isA(.month)
            || held.timeWords.contains(n.hash)
        {
            return true
        }
        return n.isA(.function) && n.hash != Lexicon.hBy && !n.isA(.determiner) && !n.isA(.possessivePronoun)
            && !n.isA(.personPronoun) && !Lexicon.objectPronouns.contains(n.hash) && mentionOf[k + 1] < 0
    }

    /// "Asked by reporters whether he would run, the mayor said no", "Reeve, when asked by reporters about the levy,
    /// said…": a reduced passive of "ask" with its agent holds the question alone, as one without an agent does
    /// (`isAskedClause`): it ends at the comma closing the parenthesis it opened or before a clause with its own
    /// subject. Any other passive `p` of the verb at `k` is returned as it is.
    func askedByAgent(_ p: Cue, _ k: Int, _ a: Int, _ e: Int) -> Cue {
        guard p.first == k, toks[k].hash == AttributionWords.hAsked, let by = p.byToken, !inQuote(k),
            opensReducedClause(k, a), let c = askedQuestionEnd(k, after: max(by, p.speaker?.last ?? by), a, e)
        else { return p }
        var cue = p
        cue.frontedComma = c
        return cue
    }

    /// A participle at `k` can open a reduced clause there: first in the sentence, after a comma ("Reeve, asked…")
    /// or after a subordinator ("when asked…").
    func opensReducedClause(_ k: Int, _ a: Int) -> Bool {
        k == a || toks[k - 1].punct == .comma
            || isLowerWord(k - 1) && held.subordinators.contains(toks[k - 1].hash)
    }

    /// The comma that ends the question of the reduced "asked" clause at `k`, searched after token `last`: one that
    /// closes the parenthesis the clause opened ("Reeve, when asked…, said"), or that a clause with its own subject
    /// follows; nil otherwise ("…, she said when asked about the levy, which rose in May" runs on).
    func askedQuestionEnd(_ k: Int, after last: Int, _ a: Int, _ e: Int) -> Int? {
        let parenthesis =
            k > a && toks[k - 1].punct == .comma || k - 2 > a && toks[k - 2].punct == .comma && isLowerWord(k - 1)
        guard let c = clauseEndingComma(after: last, e), parenthesis || subjectAfterComma(c, e) != nil else {
            return nil
        }
        return c
    }

    /// The first comma after token `last` (within 40 tokens, outside quotes and before any stronger stop); nil
    /// when none.
    func clauseEndingComma(after last: Int, _ e: Int) -> Int? {
        var c = last + 1
        while c < e && c <= last + 40 {
            // ("While saying that he respects Mrs. Clinton, he…": a title's period ends nothing.)
            if inQuote(c) || toks[c].isTerminator && !isTitlePeriod(c, after: last)
                || toks[c].punct == .semicolon || toks[c].punct == .colon
            {
                return nil
            }
            if toks[c].punct == .comma { return c }
            c += 1
        }
        return nil
    }

    /// The preposition opening an adjunct before the gerund at `k` ("by tweeting", "before clarifying", "without
    /// specifically saying"), past up to two adverbs, after the sentence start `a`; nil when none stands there.
    func gerundAdjunctBefore(_ k: Int, _ a: Int) -> Int? {
        var j = k - 1
        while j > a && j >= k - 2 && isAdverbLike(j) { j -= 1 }
        guard j > a, isLowerWord(j), !inQuote(j),
            held.participleAdjuncts.contains(toks[j].hash)
        else { return nil }
        return j
    }

    /// "Cole is wary of saying…", "She was careful about claiming…", "They seem intent on arguing…": the gerund at
    /// `k` after "of", "about" or "on" completes an adjective after a form of "be" or a linking verb (adverbs
    /// between); returns that verb's index, whose subject speaks. Nil after a name ("accused Trump of suggesting")
    /// or a noun.
    func adjectiveComplementVerb(_ k: Int, _ a: Int) -> Int? {
        let p = k - 1
        guard p - 2 > a, isLowerWord(p), !inQuote(p),
            toks[p].hash == Lexicon.hOf || toks[p].hash == Lexicon.hAbout || toks[p].hash == Lexicon.hOn,
            isLowerWord(p - 1), !inQuote(p - 1), !toks[p - 1].isA(.function), !toks[p - 1].isA(.reporting)
        else { return nil }
        var v = p - 2
        while v > a && v >= p - 4 && isAdverbLike(v) { v -= 1 }
        guard isLowerWord(v), !inQuote(v),
            toks[v].isA(.beForm) || held.linkingVerbs.contains(toks[v].hash)
                || held.negatedBeForms.contains(toks[v].hash)
        else { return nil }
        return v
    }

    /// The subject of a subordinate clause holding token `p` ("…, while her rival, Ann Cole, has gained by
    /// saying…"): the noun phrase after the nearest subordinator before `p` when a verb phrase follows it; nil
    /// when no subordinator opens such a clause (up to a quotation, a semicolon or a colon, 40 tokens back).
    func subordinateSubject(before p: Int, _ a: Int) -> Speaker? {
        var i = p - 1
        while i > a && i >= p - 40 {
            let t = toks[i]
            if inQuote(i) || t.isDoubleQuote || t.punct == .semicolon || t.punct == .colon { return nil }
            if isLowerWord(i), held.subordinators.contains(t.hash) {
                return subjectPhrase(at: i + 1, before: p)
            }
            i -= 1
        }
        return nil
    }

    /// "Union leaders distrust him because he favors right-to-work laws and opposes a minimum wage increase", "a
    /// ritual in which management took questions and told analysts that…": the first conjunct of a verb coordinated
    /// at `c` stands in a subordinate or relative clause with a subject of its own, which the verb shares (not the
    /// main clause's). Nil when a punctuation mark comes first, or no such clause opens within 30 tokens.
    func conjunctClauseSubject(before c: Int, _ a: Int) -> Speaker? {
        var i = c - 1
        while i > a && i >= c - 30 {
            let t = toks[i]
            if t.kind == .punct && t.punct != .hyphen || inQuote(i) { return nil }
            if isLowerWord(i), held.subordinators.contains(t.hash) || t.hash == Lexicon.hWhich {
                return subjectPhrase(at: i + 1, before: c)
            }
            i -= 1
        }
        return nil
    }

    /// The "and"/"but" before the cue at `k`, past adverbs ("but now said"), if any.
    func coordinatorBefore(_ k: Int, _ a: Int) -> Int? {
        var j = k - 1
        while j > a && j >= k - 3 && isAdverbLike(j) && !held.coordinators.contains(toks[j].hash) { j -= 1 }
        return j > a && held.coordinators.contains(toks[j].hash) ? j : nil
    }

    /// The subject of the clause ending before `k`, after the sentence start, a semicolon or an opening adverbial
    /// ("On Monday, Trump flew…"), outside quotes: the noun phrase opening it when a verb phrase follows
    /// (`subjectPhrase`: "A Clinton campaign official later walked back…"; also after a quotation: "“…,” the mayor
    /// said"), else its first name or pronoun.
    func clauseSubject(before k: Int, _ a: Int) -> Speaker? {
        var start = afterDateline(a, before: k)
        var j = k - 1
        while j > a {
            if toks[j].punct == .semicolon || toks[j].punct == .colon, !continuesVerbList(after: j, before: k) {
                start = j + 1
                break
            }
            j -= 1
        }
        start = clauseOpening(start, before: k)
        if let sp = subjectPhrase(at: start, before: k) { return sp }
        // "“…,” the mayor said, before clarifying…": after a quotation the clause opens past its closing mark.
        let afterQuote = clauseOpening(clauseStart(a, before: k), before: k)
        if afterQuote > start, let sp = subjectPhrase(at: afterQuote, before: k) { return sp }
        var i = start
        while i < k && i < start + 12 {
            if inQuote(i) { return nil }
            if toks[i].kind == .word {
                if toks[i].isA(.personPronoun) || toks[i].isA(.otherPronoun) && toks[i].hash != Lexicon.hIt {
                    return Speaker(first: i, last: i, form: .pronoun, mention: nil)
                }
                // ("The governor flew to Iowa and said…": a name after a preposition is its object, no subject.)
                if mentionOf[i] >= 0, !toks[i].has(Token.possessive),
                    i == start
                        || !held.nounPrepositions.contains(toks[i - 1].hash) && toks[i - 1].hash != Lexicon.hTo
                {
                    let m = Int(mentionOf[i])
                    if mentions[m].tokEnd < k, !toks[mentions[m].tokEnd - 1].has(Token.possessive) {
                        return speakerOfMention(m)
                    }
                }
                // "Massie voted no but now said…": a capitalised word opening the sentence is its subject.
                if i == start, toks[i].isCap, !toks[i].isA(.function), !toks[i].has(Token.possessive),
                    i + 1 < k, toks[i + 1].kind == .word, !toks[i + 1].isCap
                {
                    return Speaker(first: i, last: i, form: .description, mention: nil)
                }
            }
            i += 1
        }
        return nil
    }

    /// "Trump has attacked Apple; clashed with Zuckerberg; and posted…": the part after the semicolon at `j` (up to
    /// `k`) opens on a verb, past "and", or is empty — a list of verb phrases sharing the subject before the semicolon.
    func continuesVerbList(after j: Int, before k: Int) -> Bool {
        guard toks[j].punct == .semicolon else { return false }
        var o = j + 1
        if o < k, held.coordinators.contains(toks[o].hash) { o += 1 }
        return o >= k || isLowerWord(o) && opensVerbPhrase(o)
    }

    /// A clause opens at `j`: "that", a colon, a quote ("found that…", "showed: “…”") or a subject pronoun with
    /// no "that" ("Clinton knows she will…", "polls show he leads": "he", "she", "we", "they", "I" are never a
    /// verb's object).
    /// With `pronoun` false only the marks count: after a mostly-noun word a subject pronoun opens a relative
    /// clause ("the comments he made"), not its content.
    func opensClause(_ j: Int, _ e: Int, pronoun: Bool = true) -> Bool {
        guard j < e else { return false }
        var i = j
        if toks[i].punct == .comma { i += 1 }
        guard i < e else { return false }
        let t = toks[i]
        return t.hash == Lexicon.hThat || t.punct == .colon || t.isOpenQuote
            || pronoun && i == j && (t.isA(.personPronoun) || t.isA(.otherPronoun) && t.hash != Lexicon.hIt)
    }

    /// Token `j` opens a clause without "that" by a determined subject and its verb: "The government estimates the
    /// scheme will cost £5.8bn", "The report states the firm has…" — "the", "a" or "an", one to three lower-case
    /// content words, then a modal or a finite "be" or "have" (`opensFiniteClause`).
    func opensDeterminedClause(_ j: Int, _ e: Int) -> Bool {
        guard j + 2 < e, toks[j].kind == .word, !inQuote(j),
            toks[j].hash == Lexicon.hThe || toks[j].hash == Lexicon.hA || toks[j].hash == Lexicon.hAn
        else { return false }
        var i = j + 1
        while i < e && i <= j + 3 && isLowerWord(i) && !toks[i].isA(.function) && !opensFiniteClause(i, e) { i += 1 }
        return i > j + 1 && opensFiniteClause(i, e)
    }

    /// Token `j` opens a clause without "that" by an owned or a named subject and its verb, after a cue that
    /// reports only a clause: "Cole knows Hart will run to the end.", "He knew his drinking was a danger." — a
    /// possessive ("his", "their"; not "her", which may be an object) and one to three lower-case content words,
    /// or a name, then a modal or a finite "be" or "have" (`opensFiniteClause`). An object the verb takes opens
    /// none: "He knows the city well.", "She realized her dream of a farm."
    func opensOwnedOrNamedClause(_ j: Int, _ e: Int) -> Bool {
        guard j + 1 < e, toks[j].kind == .word, !inQuote(j) else { return false }
        if mentionOf[j] >= 0 {
            let m = mentions[Int(mentionOf[j])]
            guard m.tokStart == j, !toks[m.tokEnd - 1].has(Token.possessive) else { return false }
            return opensFiniteClause(m.tokEnd, e)
        }
        guard opensPronounClause(j, e) else { return false }
        var i = j + 1
        while i < e && i <= j + 3 && isLowerWord(i) && !toks[i].isA(.function) && !opensFiniteClause(i, e) { i += 1 }
        return i > j + 1 && opensFiniteClause(i, e)
    }

    /// The form of "call" at `k` places a call: its object is a name (no owner's) or a person's object pronoun, and
    /// the sentence ends after it or a time, a purpose or a return follows (`AttributionWords.callClosers`, a
    /// weekday, a month, "to" and a verb), with no quote in the rest of its clause — no second object names the
    /// person: "Clinton called Sanders shortly after the vote." reports nothing. Not "Clinton called Sanders a
    /// liar after the vote." (the name given), nor "Cole called on Hart to resign." (a demand).
    func placesACall(_ k: Int, _ e: Int) -> Bool {
        var o = k + 1
        // ("called Wednesday for Hart to resign": a time is no person called.)
        guard o < e, toks[o].kind == .word, !inQuote(o), !toks[o].isA(.weekday), !toks[o].isA(.month) else {
            return false
        }
        if mentionOf[o] >= 0 {
            let m = mentions[Int(mentionOf[o])]
            guard m.tokStart == o, !toks[m.tokEnd - 1].has(Token.possessive) else { return false }
            o = m.tokEnd
        } else if isLowerWord(o), Lexicon.objectPronouns.contains(toks[o].hash), toks[o].hash != Lexicon.hIt,
            !held.reflexives.contains(toks[o].hash)
        {
            o += 1
        } else {
            return false
        }
        // A quote in the rest of the clause may be the name given ("called Hart on Tuesday “a fraud”").
        var j = o
        while j < e && toks[j].punct != .comma && toks[j].punct != .semicolon {
            if toks[j].isOpenQuote || inQuote(j) { return false }
            j += 1
        }
        guard o < e, !toks[o].isTerminator else { return true }
        let u = toks[o]
        guard u.kind == .word else { return false }
        if u.isA(.weekday) || u.isA(.month) || held.callClosers.contains(u.hash) { return true }
        return u.hash == Lexicon.hTo && o + 1 < e && isLowerWord(o + 1) && !toks[o + 1].isA(.function)
            && !toks[o + 1].isA(.determiner)
    }

    /// The verb of attack at `k` (before `e`) uses force: its object, past an article or an owner and up to three
    /// lower-case modifiers, is a place's name or a target (`AttributionWords.attackTargets`: "attacked the
    /// northern town", "attacked rebel positions near the city"), or harm follows within its clause after a comma
    /// (`AttributionWords.attackHarms`: "Gunmen attacked Ann Cole's village at dawn, killing 40 people"). A person, a
    /// plan or a record attacked is criticised: "The senator attacked the plan as a waste of money", "attacked the
    /// president over the tariff".
    func attacksATarget(_ k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n + 1 < e && n <= k + 14 && !inQuote(n) {
            if toks[n].punct == .comma, held.attackHarms.contains(toks[n + 1].hash) { return true }
            if toks[n].punct == .semicolon || toks[n].punct == .colon || held.subjectBreakers.contains(toks[n].hash) {
                break
            }
            n += 1
        }
        var j = k + 1
        if j < e, toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun) { j += 1 }
        var modifiers = 0
        while j < e && modifiers <= 3 && !inQuote(j) {
            if mentionOf[j] >= 0 {
                let m = mentions[Int(mentionOf[j])]
                if entities[m.entity].kind == .place { return true }
                // ("attacked Ann Cole's village": an owner's name before the target.)
                guard toks[m.tokEnd - 1].has(Token.possessive) else { return false }
                j = m.tokEnd
                modifiers += 1
                continue
            }
            guard isLowerWord(j), !toks[j].isA(.function) else { return false }
            if held.attackTargets.contains(toks[j].hash) { return true }
            j += 1
            modifiers += 1
        }
        return false
    }

    /// Token `j` opens the object of a verb of governing: a place's name ("ruled Britain for 14 years") or "the" and
    /// a noun of a polity (`AttributionWords.polityNouns`: "ruled the state for 20 years") — not "the law", "the
    /// search".
    func rulesAPlace(_ j: Int, _ e: Int) -> Bool {
        guard j < e else { return false }
        if mentionOf[j] >= 0 { return entities[mentions[Int(mentionOf[j])].entity].kind == .place }
        return j + 1 < e && toks[j].hash == Lexicon.hThe && held.polityNouns.contains(toks[j + 1].hash)
    }

    /// Token `j` opens a clause without "that" by a figure and a verb of its own: "found 20% of patients developed
    /// the condition", "found about 40% of voters were undecided" — a number (past a hedge: `figureHedges`), then
    /// within seven tokens of lower-case words and percent signs a modal, a finite "be" or "have", or a past tense
    /// in "-ed" after a word that is no preposition or determiner. A figure that is the finding's object opens no
    /// clause: "Inspectors found 40 safety breaches at the site".
    func opensFigureClause(_ j: Int, _ e: Int) -> Bool {
        var i = j
        if i < e, held.figureHedges.contains(toks[i].hash) { i += 1 }
        guard i < e, toks[i].kind == .number, !inQuote(i) else { return false }
        let first = i
        i += 1
        while i < e && i <= first + 7 {
            if opensFiniteClause(i, e) { return true }
            if toks[i].punct == .percent {
                i += 1
                continue
            }
            guard isLowerWord(i) else { return false }
            if i > first + 1, isParticiple(i), toks[i - 1].kind == .word, !toks[i - 1].isA(.function) { return true }
            i += 1
        }
        return false
    }

    /// Token `j` opens a clause without "that" by a determined subject and its verb, after a verb of finding:
    /// "Researchers found the risk fell by 20%", "Scientists found the benefits levelled off at about 9,800 steps" —
    /// "the", "a" or "an", one to three lower-case content words, then a modal, a finite "be" or "have"
    /// (`opensDeterminedClause`) or a past tense (`AttributionWords.irregularPasts`, or a word in "-ed" that no
    /// preposition of place follows: `AttributionWords.locativePrepositions`). An object the finding names opens no
    /// clause: "Police found the car in a lay-by", "Police found the car abandoned in a lay-by".
    func opensDeterminedFindingClause(_ j: Int, _ e: Int) -> Bool {
        if opensDeterminedClause(j, e) { return true }
        guard j + 2 < e, toks[j].kind == .word, !inQuote(j),
            toks[j].hash == Lexicon.hThe || toks[j].hash == Lexicon.hA || toks[j].hash == Lexicon.hAn
        else { return false }
        var i = j + 1
        while i < e && i <= j + 3 && isLowerWord(i) && !toks[i].isA(.function) {
            if i > j + 1 {
                if held.irregularPasts.contains(toks[i].hash) { return true }
                if isParticiple(i) {
                    return !(i + 1 < e && held.locativePrepositions.contains(toks[i + 1].hash))
                }
            }
            i += 1
        }
        return false
    }

    /// Token `j` opens a clause without "that" by its subject's owner: "claims his net worth is…" — not a subject
    /// pronoun, which after a noun mostly opens a relative clause ("the comments he made", "the states he won"),
    /// nor "her", which may be an object.
    func opensPronounClause(_ j: Int, _ e: Int) -> Bool {
        guard j + 1 < e, toks[j].kind == .word, !inQuote(j) else { return false }
        let t = toks[j]
        return t.isA(.possessivePronoun) && !Lexicon.objectPronouns.contains(t.hash)
    }

    /// A cue word that reports nothing where it stands, whatever the tagger scores: a mostly-noun cue word opening
    /// the sentence with its capital ("State released 3,000 pages", the State Department; "Reports say") — news
    /// prose opens with no imperative —, "related to" ("jobs related to coal"), "say" between commas ("in places,
    /// say, Ohio": for example) and a participle describing the noun after it, with no subject, auxiliary or comma
    /// before it ("released supporting documents"; not "is supporting candidates", "Reed, supporting tariffs, …").
    func isFalseReportCue(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word else { return false }
        if t.isCap, isInitial(k, sentenceStart: a), held.mostlyNouns.contains(t.hash) { return true }
        if held.relateForms.contains(t.hash), k + 1 < e, toks[k + 1].hash == Lexicon.hTo { return true }
        guard k > a else { return false }
        let p = toks[k - 1]
        if t.hash == Lexicon.hSay, p.punct == .comma, k + 1 < e, toks[k + 1].punct == .comma { return true }
        if isPollRespondentCue(k, a, e) { return true }
        if k + 1 < e, toks[k + 1].kind == .word {
            let n = toks[k + 1].hash
            // "easier said than done": no report takes "than" for its content.
            if n == Lexicon.hThan { return true }
            // "The same cannot be said for Jones", "much the same could be said of X": a passive "said" before
            // "for" or "of" judges likeness, it reports nothing.
            if t.hash == Lexicon.hSaid, n == Lexicon.hFor || n == Lexicon.hOf, isPassiveParticiple(k, a) { return true }
        }
        if isParticipleModifier(k, a, e) { return true }
        return held.adjectivalParticiples.contains(t.hash) && k + 1 < e && isLowerWord(k + 1)
            && !toks[k + 1].isA(.function) && !toks[k + 1].isA(.reporting) && p.kind == .word && !p.isA(.beForm)
            && !isSubjectLike(k - 1)
    }

    /// A participle at `k` describing the noun after it: "a lead in pledged delegates", "the details of leaked
    /// emails", "more pledged delegates", "among pledged delegates", "the least favored candidates", "Britain's
    /// biggest listed companies" — after a preposition, a word of amount or a determined superlative; not "in
    /// denying that" (no participle) nor "was praised by critics" (no preposition). A document's verb
    /// (`documentCue`) reads it too.
    func isParticipleModifier(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k > a, toks[k - 1].kind == .word, isParticiple(k), k + 1 < e, isLowerWord(k + 1) else { return false }
        let p = toks[k - 1]
        guard
            held.nounPrepositions.contains(p.hash) || held.participleModifierOpeners.contains(p.hash)
                || (held.superlativeAdverbs.contains(p.hash) || p.isA(.superlative) || p.hash == Lexicon.hBest)
                    && k - 2 >= a
                    && (toks[k - 2].isA(.determiner) || toks[k - 2].isA(.possessivePronoun)
                        || toks[k - 2].has(Token.possessive))
        else { return false }
        let n = toks[k + 1]
        return !n.isA(.function) && !n.isA(.reporting) && !n.isA(.determiner) && !n.isA(.possessivePronoun)
            && !Lexicon.objectPronouns.contains(n.hash) && !isAdverbLike(k + 1)
    }

    /// "In a recent poll, 55 percent of voters said…", "a majority of respondents say…": a share of a poll's
    /// respondents answering is the poll's finding, and PolNeAR gives the sentence to the poll (its content, not
    /// a relation of the respondents'): a cue verb whose subject is a share ("N percent of", "a majority of",
    /// "half of" — `AttributionWords.shareNouns` before "of", or a percentage) in a sentence that names a poll or
    /// a survey (`AttributionWords.pollNouns`). On PolNeAR's even half 25 of 29 such verbs are no gold cue, against
    /// 15 of 55 where the sentence names no poll ("40 percent of the delegates said" reports). Not "Voters said in
    /// a poll…" (no share), nor "55 percent of voters said…" alone.
    func isPollRespondentCue(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        // The subject: a share within the eight words before the verb, no punctuation between but a "%".
        var share = false
        var j = k - 1
        while j >= a && j >= k - 8 {
            let u = toks[j]
            if u.isA(.percent) {
                share = true
                break
            }
            if u.kind == .punct { return false }
            if j + 1 < k, toks[j + 1].hash == Lexicon.hOf, held.shareNouns.contains(u.hash) {
                share = true
                break
            }
            j -= 1
        }
        guard share else { return false }
        for i in a..<e where toks[i].kind == .word && AttributionWords.pollNouns.contains(toks[i].hash) {
            return true
        }
        return false
    }

    /// Token `k` (a cue word in "-s") heads a noun phrase because a reporting verb follows it: a finite form other
    /// than "-s" ("advocates say", "advocates hailed"; not "saying", "says", nor a word that is a noun too: "reports
    /// claims"), in lower case — unless a person's name or a pronoun stands before it, whose verb it is in a relative
    /// clause with a gap ("which Cole claims affirmed…"). A verb of a result's move after it does the same
    /// ("Treasury notes fell").
    func precedesReportingVerb(_ k: Int) -> Bool {
        let n = k + 1
        guard k > 0, n < toks.count, endsInS(k), isLowerWord(n), !inQuote(n),
            mentionOf[k - 1] < 0 || !mentionIsPerson(Int(mentionOf[k - 1])),
            !toks[k - 1].isA(.personPronoun), !toks[k - 1].isA(.otherPronoun)
        else { return false }
        let u = toks[n]
        // ("The yield on 10-year Treasury notes fell 5 basis points": so does a verb of a result's move.)
        if held.resultMoves.contains(u.hash) { return true }
        return u.isA(.reporting) && !u.isA(.nounToo) && !endsInIng(n) && !endsInS(n)
    }

    /// Token `k` (a word that is a noun too) ends a noun compound that is the subject of the verb after it: "The
    /// strong jobs report has cleared the way", "Immigrant rights advocates have been outraged": a verb with no
    /// object nor clause before a form of "be" or a finite auxiliary is no verb. The word before it is a lower-case
    /// noun or adjective, not a subject of its own (a pronoun, "who", "to", an auxiliary, an adverb), and no
    /// relative word opens the phrase, whose verb has its object moved before it ("a deal that voters hope will
    /// pass", "what the engineers estimate will be needed").
    func headsCompoundSubject(_ k: Int, _ a: Int) -> Bool {
        let p = toks[k - 1]
        // (The function words hold the pronouns, "who", "that" and the auxiliaries "be" and "have".)
        guard toks[k].isA(.nounToo), toks[k + 1].isBeOrFiniteAuxiliary, isLowerWord(k - 1), !inQuote(k + 1),
            !p.isA(.function), !held.cueAuxiliaries.contains(p.hash), !isAdverbLike(k - 1)
        else { return false }
        // The phrase's first word: back over its words, names and conjuncts too (at most six: "a pact that Maria
        // Lopez and local farmers hope will last").
        var j = k - 1
        while j > a, j >= k - 6, toks[j - 1].kind == .word, !toks[j - 1].isA(.relativePronoun),
            toks[j - 1].hash != Lexicon.hWhat
        {
            j -= 1
        }
        guard j > a else { return true }
        return !toks[j - 1].isA(.relativePronoun) && toks[j - 1].hash != Lexicon.hWhat
    }

    /// "the claims", "Trump's report", "Sanders’ plans", "a call for", "state officials", "her own plans": a cue
    /// word used as a noun.
    func isNounUse(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let t = toks[k]
        // "Iowa biofuels advocates say", "Muslim advocates hailed", "Turkish news reports identify": a cue word in
        // "-s" right before a verb that reports heads that verb's subject; no verb stands before another.
        if k > a, k + 1 < e, precedesReportingVerb(k) { return true }
        if k > a, k + 1 < e, headsCompoundSubject(k, a) { return true }
        if k + 1 < e, toks[k + 1].kind == .word {
            let n = toks[k + 1].hash
            // "Speaking at a rally in Ohio, Cole said…", "Cole, speaking in Dayton, …": "speak" or "talk" before a
            // place or time opens an adjunct, not a report ("spoke about", "talked to reporters" may report).
            // (The class bit first: the word sets are read for clause-only cue words alone.)
            if t.isA(.clauseOnlyCue), held.talkForms.contains(t.hash),
                held.adjunctPrepositions.contains(n)
            {
                return true
            }
            if t.isA(.clauseOnlyCue), held.talkForms.contains(t.hash), opensListenerAdjunct(k, a, e) { return true }
            // "Phillip reported from Oakland, Calif.": a correspondent's credit reports nothing.
            if n == Lexicon.hFrom, k + 2 < e, toks[k + 2].isCap, held.reportForms.contains(t.hash) {
                return true
            }
            // "Additional reporting by Ann Cole", "(Reporting by Tom Hart; Editing by …)": a credit line names who
            // wrote the article, it reports nothing ("was reported by" is a passive, on "-ed").
            if n == Lexicon.hBy, endsInIng(k) { return true }
        }
        // "Merkel talks about a European consensus", "I talk about it", "can't just talk about": "talk" and "talks"
        // are verbs after their subject, "to" or a modal — not in "the peace talks about the border", "any talk of
        // a walkout", "isn't just talk", nor opening the sentence ("Talks about the budget resumed").
        if held.bareTalkForms.contains(t.hash) {
            guard k > a else { return true }
            var j = k - 1
            while j > a, isAdverbLike(j) || toks[j].hash == Lexicon.hNot { j -= 1 }
            let q = toks[j]
            if q.isA(.beForm) || held.negatedBeForms.contains(q.hash) || !isSubjectLike(j) { return true }
        }
        // "Demand was driven by cheaper handsets", "Support has grown since May": a noun cue word that opens the
        // sentence right before "be" or an auxiliary is its subject, not a verb in the imperative.
        if k == a, t.isA(.nounToo), k + 1 < e, toks[k + 1].isBeOrFiniteAuxiliary { return true }
        // "Rail fares in England will rise by 4.6% in March", "Rail passengers made 1.6 billion journeys": a bare cue
        // word opening the sentence before a lower-case noun modifies that noun, as it does inside the sentence
        // (`modifiesNounAfter`) — news prose opens with no imperative. (After its subject it is the verb: "Unions
        // rail against the 4.6% rise".)
        if k == a, modifiesNounAfter(k, e) { return true }
        guard k > a else { return false }
        let p = toks[k - 1]
        // After a determiner, a possessive or a number any cue word is a noun or an adjective: "the claims",
        // "Editor's note", "271 pledged delegates", "an estimated 5 million".
        // "271 pledged delegates" (but "Men under 35 support Sanders").
        if p.kind == .number, k + 1 < e, isLowerWord(k + 1), !toks[k + 1].isA(.function) { return true }
        // "the benchmark 10-year note down 7 basis points": after a measure's compound.
        if followsMeasureCompound(k) { return true }
        // "One of the authors of that 2013 report, Ari Fleischer, said…", "in its 2015 report.": a noun cue word after
        // a number and before a punctuation mark names the document.
        if p.kind == .number, t.isA(.nounToo), k + 1 >= e || toks[k + 1].kind == .punct && !toks[k + 1].isOpenQuote {
            return true
        }
        // "the 11 states that have voted", "two claims that…", "Several reports indicate…": a plural counted by the
        // number or quantifier before it is a noun, whatever follows — a figure is no subject of a report.
        if t.isA(.nounToo),
            p.kind == .number || p.isA(.numberWord) && p.hash != Lexicon.hOne
                || held.pluralQuantifiers.contains(p.hash),
            syntax.prose[Int(t.end) - 1] == 0x73
        {
            return true
        }
        if p.kind == .word
            && (held.articles.contains(p.hash) || p.isA(.possessivePronoun) || p.has(Token.possessive))
        {
            // "Sainsbury's said", "McDonald's told": a form that is only ever a verb makes a capitalised name in
            // "'s" its subject, not its owner.
            if isNameInSSpeaking(k - 1, cue: k) { return false }
            return true
        }
        // "One ranking pegs…", "Another report says…", "each listing": after "one", "another", "each" or "every" a
        // cue word in "-ing" or a noun cue in the singular is the noun ("One said", "another claims that…" are verbs).
        if p.kind == .word, held.singularDeterminers.contains(p.hash), isLowerWord(k),
            endsInIng(k) || t.isA(.nounToo) && !endsInS(k)
        {
            return true
        }
        // "Sanders’ plans for the economy", "the states' plans for closing gaps": a plural owner's bare apostrophe
        // (not one closing a quote in single marks: "‘Tories will cut jobs’ claims Labour").
        if isPossessive(k - 1), !opensSingleQuote(before: k - 1, a) { return true }
        if t.isA(.nounToo), isNounPhraseHead(k, a) { return true }
        // "Lazar released notes from…", "Trump made further demands": a cue word in "-s" right after a verb in the
        // past (or after an adverb of degree that follows one) is that verb's object; no verb follows another.
        if endsInS(k), isObjectOfPastVerb(k, a) { return true }
        // "Sales rose 5%, beating forecasts.": the object of a participle that opens a clause.
        if endsInS(k), isObjectOfOpeningParticiple(k, a, e) { return true }
        // "does not look promising", "sounds threatening", "seemed very worrying": a form in "-ing" after a linking
        // verb (and an adverb of degree) is an adjective.
        if endsInIng(k) {
            var v = k - 1
            if v > a, held.degreeWords.contains(toks[v].hash) { v -= 1 }
            if isLowerWord(v), held.linkingVerbs.contains(toks[v].hash) { return true }
        }
        // "…, support for him has grown", "For Cruz backers, support is as strong": a noun cue word opening a clause
        // after a punctuation mark, before "of", "for" or "from" or a verb of its own ("calls for", "argued for"
        // are verbs after a comma too: "Cole, a senator, calls for…").
        if t.isA(.nounToo), held.mostlyNouns.contains(t.hash), k + 1 < e,
            p.punct == .comma || p.punct == .semicolon || p.punct == .dash || p.punct == .lparen
        {
            let n = toks[k + 1]
            if n.isBeOrFiniteAuxiliary { return true }
            if held.nounComplementOpeners.contains(n.hash), !held.callForms.contains(t.hash),
                !held.forParticleVerbs.contains(t.hash)
            {
                return true
            }
        }
        // "support for the bill", "has support from 52 percent of voters": no verb "support" takes "for" or "from".
        if t.hash == AttributionWords.hSupport, k + 1 < e,
            toks[k + 1].hash == Lexicon.hFor
                || toks[k + 1].hash == Lexicon.hFrom
        {
            return true
        }
        // "on rising consumer demand", "strong demand from China": a market's demand is a noun (the claim stage
        // reads the same words: `ClaimWords.marketDemandModifiers`); "consumers demand" is a verb.
        if t.hash == ClaimWords.demand, held.marketDemandModifiers.contains(p.hash) { return true }
        // "state", "continued": mostly not reports; a cue only before a clause, a quote or the end of the
        // sentence, or after a comma or quote mark ("…,” she continued").
        if t.isA(.clauseOnlyCue) {
            let n = k + 1
            let afterQuote = p.punct == .comma || p.isDoubleQuote || k >= a + 2 && toks[k - 2].isDoubleQuote
            // "…,” she continued.", "as the agency projected.": at the end of the sentence only after its subject,
            // an adverb or a quote — "in some states.", "on many development projects." name things.
            // ("as the agency projected.": a determined noun after "as" is the subject of a clause of comparison.)
            let determinedSubject =
                k - 3 >= a && isLowerWord(k - 1) && !p.isA(.function)
                && (held.articles.contains(toks[k - 2].hash) || toks[k - 2].isA(.possessivePronoun))
                && toks[k - 3].hash == Lexicon.hAs
            let atEnd =
                (n >= e || toks[n].isTerminator)
                && (afterQuote || isSubjectLike(k - 1) || isAdverbLike(k - 1) || p.isA(.beForm) || determinedSubject)
            // A passive participle is the passive's ("is projected by the budget office to…").
            let passive = isPassiveParticiple(k, a)
            // "spoke about", "talked of": a topic particle makes the clause — after a listener too ("spoke to 300
            // supporters about", "talked with aides about").
            var particle =
                n < e && (toks[n].hash == Lexicon.hAbout || toks[n].hash == Lexicon.hOf)
                || held.talkForms.contains(t.hash) && topicAfterListener(n, e) != nil
            // "they see Mr. Trump as a risk": a view of something "as" something.
            var j = n
            while !particle && j < e && j <= n + 5 && !inQuote(j)
                && (toks[j].kind == .word || toks[j].punct == .period && j > n && toks[j - 1].isA(.titleAbbrev))
            {
                if toks[j].hash == Lexicon.hAs && j > n { particle = true }
                j += 1
            }
            // "The report states the firm has…": after its subject (a determined noun), a determined clause with its
            // verb ("in the states the party has won" names places).
            let subject =
                isSubjectLike(k - 1)
                || k - 2 >= a && (toks[k - 2].isA(.determiner) || toks[k - 2].isA(.possessivePronoun))
                    && isLowerWord(k - 1) && !toks[k - 1].isA(.function)
            let determined = subject && (opensDeterminedClause(n, e) || opensOwnedOrNamedClause(n, e))
            if !atEnd && !afterQuote && !passive && !particle && !determined && !opensClause(n, e) { return true }
        }
        // "declined to comment", "refused to say": the second verb is the content of the first.
        if p.hash == Lexicon.hTo, k >= a + 2, toks[k - 2].isA(.infinitiveCue) { return true }
        // "so called": a fixed phrase.
        if t.hash == Lexicon.hCalled && p.hash == Lexicon.hSo { return true }
        // "a company called Cambridge Analytica", "officials, called superdelegates": a naming participle after a
        // noun (not after a name, a pronoun or a title: "the president called Clinton a liar"; nor before an object
        // and a quote: "one lawmaker called Trump “the orange prince”" is the lawmaker's verb).
        // ("a competition called the House to Home Prize": the name's article; "A new super PAC called Future 45",
        // "one PAC called Stop Hillary": a capitalised noun a phrase opened by "a" or "one" ends, no person's name.
        // Never with a second object after the name: "A lawmaker called Trump a liar.")
        if t.isA(.namingParticiple), k + 1 < e {
            var named = k + 1
            if named + 1 < e, toks[named].hash == Lexicon.hThe, toks[named + 1].isCap { named += 1 }
            // ("officials, called superdelegates, vote": a lower-case name set off by commas.)
            let setOff =
                toks[k - 1].punct == .comma && isLowerWord(named) && !toks[named].isA(.function)
                && named + 1 < e && (toks[named + 1].punct == .comma || toks[named + 1].isTerminator)
            if toks[named].isCap || toks[named].isOpenQuote || setOff, !objectComplementAfterName(named, e) {
                var q = k - 1
                if toks[q].punct == .comma && q > a { q -= 1 }
                let u = toks[q]
                if isLowerWord(q)
                    && (setOff || !u.isA(.function) && !u.isA(.title) && !held.groupNouns.contains(u.hash))
                    && !u.isA(.personPronoun) && !u.isA(.otherPronoun) && !isAdverbLike(q)
                    && !held.cueAuxiliaries.contains(u.hash) && !quotesAfterObject(k, e)
                    || u.isCap && isIndefiniteNounPhrase(ending: q, a)
                {
                    return true
                }
            }
        }
        // "That said, …": a fixed phrase, not a report.
        if p.hash == Lexicon.hThat, k == a + 1, k + 1 < e, toks[k + 1].punct == .comma { return true }
        // "thanks to the chaos"
        if t.hash == Lexicon.hThanks, k + 1 < e, toks[k + 1].hash == Lexicon.hTo { return true }
        guard t.isA(.nounToo) else { return false }
        // "a cautious note about the jobs report on Friday": a plural after a determiner that a preposition governs
        // is the preposition's object, no subject, and the cue word after it is a noun it modifies ("of" leaves
        // it: "many of the officials report that…").
        if k >= a + 3, isLowerWord(k - 1), mentionOf[k - 1] < 0, syntax.prose[Int(p.end) - 1] == 0x73,
            held.articles.contains(toks[k - 2].hash), toks[k - 3].kind == .word,
            held.nounPrepositions.contains(toks[k - 3].hash), toks[k - 3].hash != Lexicon.hOf
        {
            return true
        }
        // "the early states", "recent comments", "five states": a bare or -s form reports only after its subject
        // (a name, a pronoun, "who", a plural, an auxiliary or "to").
        // ("The developer claims his fortune is…": a clause opening with a possessive makes it a verb; so does a
        // reflexive stressing the subject before it: "Yukos itself claims the firm is…".)
        if held.mostlyNouns.contains(t.hash) && p.kind == .word && !isSubjectLike(k - 1) && !p.isA(.speakerSkip)
            && !(k - 2 >= a && held.reflexives.contains(p.hash) && isSubjectLike(k - 2))
            && !opensClause(k + 1, e, pronoun: false) && !opensPronounClause(k + 1, e)
            && !opensDeterminedClause(k + 1, e)
            && !(k + 1 < e && toks[k + 1].hash == Lexicon.hTo)
            // "the accord calls on all nations", "calls for an inquiry": the particle makes it a verb.
            && !(held.callForms.contains(t.hash) && k + 1 < e
                && (toks[k + 1].hash == Lexicon.hOn || toks[k + 1].hash == Lexicon.hFor))
        {
            return true
        }
        // "in state", "of the report": a preposition before a bare form.
        if p.kind == .word && held.nounPrepositions.contains(p.hash) { return true }
        // "block grants to states", "amid reports that…": no verb's "-s" form stands after a preposition.
        if p.kind == .word, held.pluralPrepositions.contains(p.hash), endsInS(k) { return true }
        // "Southern states that will hold contests", "a report that could raise questions": "that" with a verb
        // straight after it is the subject of a relative clause on the noun, not a reported clause.
        if k + 2 < e, toks[k + 1].hash == Lexicon.hThat,
            toks[k + 2].isBeOrFiniteAuxiliary
        {
            return true
        }
        return modifiesNounAfter(k, e)
    }

    /// "state officials", "report card", "Trump's Virginia state director", "the state rail infrastructure agency":
    /// the bare cue word at `k` modifies the lower-case noun after it (`Lexicon.bareNounCompounds`), no verb ("rail
    /// against" still rails).
    func modifiesNounAfter(_ k: Int, _ e: Int) -> Bool {
        guard k + 1 < e, isLowerWord(k + 1), held.bareNounCompounds.contains(toks[k].hash) else { return false }
        let n = toks[k + 1]
        return !n.isA(.determiner) && !n.isA(.personPronoun) && !n.isA(.otherPronoun) && !n.isA(.possessivePronoun)
            && n.hash != Lexicon.hThat && n.hash != Lexicon.hTo && !held.nounPrepositions.contains(n.hash)
            && n.hash != Lexicon.hAgainst && !isAdverbLike(k + 1) && !n.isA(.reporting)
            && !Lexicon.objectPronouns.contains(n.hash)
    }

    /// The cue word at `k` heads a noun phrase by the words right before it: a determiner of amount ("no plans",
    /// "enough support", `AttributionWords.nounQuantifiers`), or an adjective (`AttributionWords.nounModifiers`)
    /// after a determiner, an owner or another such word ("The new plans", "her own plans to…", "a simple call"),
    /// or a nationality after a determiner or a preposition ("with Turkish support").
    func isNounPhraseHead(_ k: Int, _ a: Int) -> Bool {
        let p = toks[k - 1]
        guard p.kind == .word, !p.isCap || k - 1 == a || isDemonym(k - 1) else { return false }
        if held.nounQuantifiers.contains(p.hash) { return true }
        // ("a long-running dispute over a $5m contract": a hyphenated compound in lower case is an adjective too.)
        let modifier = held.nounModifiers.contains(p.hash) || isLowerWord(k - 1) && p.has(Token.hyphenated)
        guard modifier || p.isCap && k - 1 > a && isDemonym(k - 1) else { return false }
        // The word before the adjective: the phrase's determiner, owner or another adjective; a sentence's start
        // for a modifier ("Subsequent estimates put…").
        guard k - 2 >= a else { return modifier }
        let q = toks[k - 2]
        if q.kind != .word { return isPossessive(k - 2) }
        if held.articles.contains(q.hash) || q.isA(.possessivePronoun) || q.has(Token.possessive) { return true }
        if held.nounQuantifiers.contains(q.hash) || held.nounModifiers.contains(q.hash) {
            return true
        }
        return !modifier && held.nounPrepositions.contains(q.hash)
    }

    /// An opening single quote mark (a curly one, or a straight one after a space) stands between the sentence start
    /// `a` and token `j`: the mark at `j` may close its quote ("‘Tories will cut jobs’ claims…").
    func opensSingleQuote(before j: Int, _ a: Int) -> Bool {
        var i = j - 1
        while i >= a {
            if toks[i].punct == .sqOpen { return true }
            if toks[i].punct == .sqStraight && !attached(i) { return true }
            i -= 1
        }
        return false
    }

    /// A word that can stand right before a verb as its subject or auxiliary: a name, a pronoun, "who", a plural
    /// noun, "to", a modal. An adjective in "-ous" is no plural ("more ambitious plans", "various reports").
    func isSubjectLike(_ j: Int) -> Bool {
        let p = toks[j]
        if mentionOf[j] >= 0 || p.isA(.personPronoun) || p.isA(.otherPronoun) || p.isA(.relativePronoun) {
            return true
        }
        if p.hash == Lexicon.hTo || held.cueAuxiliaries.contains(p.hash)
            || held.quantifierPronouns.contains(p.hash)
        {
            return true
        }
        let end = Int(p.end)
        return p.kind == .word && len(j) > 3 && syntax.prose[end - 1] == 0x73 && syntax.prose[end - 2] != 0x73  // -s
            && !(syntax.prose[end - 2] == 0x75 && syntax.prose[end - 3] == 0x6F)  // not -ous
    }

    /// "agreed to acquire": an agreement verb with an infinitive is an action, not a report; so are a sum ("add
    /// up to"), an addition of a figure ("added 200,000 jobs"), a recall of a figure's goods and an amount ("ran to
    /// ten pages").
    func isActionUse(_ k: Int, _ e: Int) -> Bool {
        // "The door slammed shut.", "The car slammed into a wall.": a verb of impact with no object after it — a
        // determiner, an owner, a name or a person — is an action ("Senator Cole slammed the decision." reports; so
        // does a passive's agent: "The plan was slammed by unions.").
        if held.impactVerbs.contains(toks[k].hash) {
            guard k + 1 < e else { return true }
            let n = toks[k + 1]
            return
                !(n.isA(.determiner) || n.isA(.possessivePronoun) || mentionOf[k + 1] >= 0
                || Lexicon.objectPronouns.contains(n.hash) || n.hash == Lexicon.hBy || n.hash == Lexicon.hAs)
        }
        // "those promises add up to $8.5 million": a sum, not a speaker adding a remark; so is a figure for object
        // ("The economy added 200,000 jobs": `addsAFigure`).
        if held.upActionVerbs.contains(toks[k].hash) {
            if k + 1 < e, toks[k + 1].hash == Lexicon.hUp { return true }
            if addsAFigure(k, e) { return true }
        }
        // "Ford recalled 2.4 million vehicles": a maker taking back goods, with a figure for object (a clause still
        // reports a memory: "She recalled that…"); so is "The helpline answered 12,000 calls in March", calls dealt
        // with ("He answered that the figures were wrong" still reports), and "Officers questioned 300 people in the
        // days after the attack", people asked ("Critics questioned whether the plan would work" still reports).
        if held.recallVerbs.contains(toks[k].hash) || held.answerVerbs.contains(toks[k].hash)
            || held.questionVerbs.contains(toks[k].hash),
            addsAFigure(k, e)
        {
            return true
        }
        // "The party, which ruled the state for 20 years, won 12% of the vote", "ruled Britain for 14 years": a
        // government, with a place or a polity for object (a decision still reports: "The judge ruled that the
        // search was unlawful", "The court ruled the law unconstitutional").
        if toks[k].hash == AttributionWords.ruled, rulesAPlace(k + 1, e) { return true }
        // "Rebels attacked the northern town on Friday, killing 40 people": force, not criticism ("The senator
        // attacked the plan as a waste of money" still reports).
        if held.attackVerbs.contains(toks[k].hash), attacksATarget(k, e) { return true }
        // "Clinton called Sanders shortly after the vote": a call placed to a person, no name given (`placesACall`).
        if held.callForms.contains(toks[k].hash), placesACall(k, e) { return true }
        // "Beijing responded by sidestepping Moscow, establishing a $100 billion bank": a response made by a means, an
        // act (not "responded by saying Japan should be careful", whose "saying" reports).
        if held.responseVerbs.contains(toks[k].hash), k + 2 < e, toks[k + 1].hash == Lexicon.hBy {
            var n = k + 2
            while n < e && n <= k + 4 && isAdverbLike(n) { n += 1 }
            if n < e, endsInIng(n), !toks[n].isA(.speech) { return true }
        }
        // "people claiming asylum", "claimed the lives of 30 people": a verb of taking, with the thing taken for
        // object (a figure may still open a reported clause: "organizers claimed nearly 400 delegates and
        // alternates participated").
        // ("claimed their first league win at the ground for 18 years": past up to three modifiers.)
        if held.claimVerbs.contains(toks[k].hash), k + 1 < e, toks[k + 1].hash != Lexicon.hThat {
            var n = toks[k + 1].isA(.determiner) || toks[k + 1].isA(.possessivePronoun) ? k + 2 : k + 1
            let first = n
            while n < e && n <= first + 3 && toks[n].kind == .word && toks[n].hash != Lexicon.hThat {
                // ("Cole claimed the nomination was rigged": a verb after the thing makes it a clause's subject.)
                if held.claimedThings.contains(toks[n].hash) {
                    return !(n + 1 < e && toks[n + 1].isBeOrFiniteAuxiliary)
                }
                n += 1
            }
        }
        // "the report ran to ten pages", "the bill came to 40 pages": a verb that is no speech verb, with "to"
        // and a figure, states an amount ("spoke to 300 supporters" still reports).
        if k + 2 < e, !toks[k].isA(.speech), !held.talkForms.contains(toks[k].hash),
            toks[k + 1].hash == Lexicon.hTo
        {
            let n = toks[k + 2]
            if n.kind == .number || n.isA(.numberWord) && n.hash != Lexicon.hA { return true }
        }
        // ("NATO members agreed in 2014 to spend…": past an adjunct of time too.)
        guard toks[k].isA(.agreementVerb), let to = toAfterTimeAdjunct(k, e), to + 1 < e else { return false }
        let n = toks[to + 1]
        return n.kind == .word && !n.isA(.determiner) && !n.isCap && !n.isA(.personPronoun)
            && !n.isA(.otherPronoun)
    }

    /// The "to" after the verb at `k` (before `e`), right after it or past an adjunct of time of up to three words
    /// with a number, a month, a weekday or a unit of time in it: "agreed in 2014 to spend", "agreed last week to
    /// extend", "agreed on Monday to cut" (not past "that": "agreed that 20 to 30…").
    func toAfterTimeAdjunct(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        var timed = false
        while j < e && j <= k + 4 {
            let t = toks[j]
            if t.hash == Lexicon.hTo { return j == k + 1 || timed ? j : nil }
            guard t.kind == .word || t.kind == .number, t.hash != Lexicon.hThat else { return nil }
            if t.kind == .number || t.isA(.month) || t.isA(.weekday) || t.isA(.timeUnit) { timed = true }
            j += 1
        }
        return nil
    }

    /// The verb of addition at `k` takes a figure as its object: "The economy added 200,000 jobs in March", "its
    /// shares added 5% on Monday", "adding another $3bn to the debt" — a count, not a remark. Up to three lower-case
    /// words may stand before the figure ("more than", "another"), and up to three after it before its phrase ends
    /// (at the sentence's end, a punctuation mark or a word that closes a noun phrase:
    /// `AttributionWords.figureObjectEnds`, "in", "on", "last", "and"…). A verb after the figure opens a reported
    /// clause instead ("added 60 percent of voters back him", "added 30 were hurt": a form of "be", an auxiliary,
    /// a word in "-ed" or any word past the three), and so does "that". An "of" after the figure joins a noun to
    /// its noun and widens the reach by two words: "The agency has recalled 40,000 packs of chicken sandwiches over
    /// fears of listeria." takes back goods (while "She recalled that 40,000 packs of chicken sandwiches were sold."
    /// reports).
    func addsAFigure(_ k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + 4 && !isFigure(n) {
            let t = toks[n]
            // ("another $3bn": the currency sign opens the figure.)
            if t.punct == .currency, isFigure(n + 1) {
                n += 1
                break
            }
            // (Not a preposition or an owner: "added to his portfolio of 14 courses" adds no figure.)
            guard t.kind == .word, !t.isCap, t.hash != Lexicon.hThat, !inQuote(n), t.hash != Lexicon.hTo,
                t.hash != Lexicon.hOf, !t.isA(.possessivePronoun)
            else { return false }
            n += 1
        }
        guard n < e, n <= k + 5, isFigure(n) else { return false }
        var j = n + 1
        var reach = n + 3
        while j < e && j <= reach {
            let t = toks[j]
            if t.kind != .word && t.kind != .number { return true }
            if held.figureObjectEnds.contains(t.hash) { return true }
            if t.isBeOrFiniteAuxiliary || t.hash == Lexicon.hThat
                || isParticiple(j)
            {
                return false
            }
            // ("40,000 packs of chicken sandwiches over fears": "of" and the noun it joins.)
            if t.hash == Lexicon.hOf { reach += 2 }
            j += 1
        }
        return j == e
    }

    /// Auxiliaries, negations and adverbs between the speaker and the verb at `k` join the cue, as PolNeAR marks
    /// the whole verb group ("has also said", "would never argue", "have long maintained", "now says", "both
    /// said"): up to five words of `Lexicon.cueAuxiliaries`, `AttributionWords.verbGroupAdverbs` or adverbs in "-ly"
    /// (`isCueAdverb`: "has flatly denied"). So do forms of "be" before an -ing form ("is arguing", "has been
    /// saying").
    func auxiliariesBefore(_ k: Int, _ a: Int) -> Int {
        var f = k
        let progressive = endsInIng(k)
        while f - 1 >= a && k - f < 5 {
            let p = toks[f - 1]
            guard p.kind == .word, !p.isCap, !inQuote(f - 1),
                held.cueAuxiliaries.contains(p.hash) || held.verbGroupAdverbs.contains(p.hash)
                    || progressive && p.isA(.beForm) || isCueAdverb(f - 1, a)
            else { break }
            f -= 1
        }
        return f
    }

    /// An adverb in "-ly" that can stand in a verb group ("privately", "flatly"): a lower-case word outside names,
    /// not a noun in "-ly" (`AttributionWords.lyNouns`: "The Reeve family said") nor after a determiner, a
    /// possessive or a preposition, which make it one ("the rally", "his family").
    func isCueAdverb(_ i: Int, _ a: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word, !t.isCap, mentionOf[i] < 0, endsInLy(i), !held.lyNouns.contains(t.hash)
        else { return false }
        guard i > a else { return true }
        let p = toks[i - 1]
        return
            !(p.kind == .word
            && (p.isA(.determiner) || p.isA(.possessivePronoun) || p.has(Token.possessive)
                || held.nounPrepositions.contains(p.hash)))
    }

    /// "said in a statement", "said in an interview with CNN": the noun phrase joins the cue; returns its last token.
    func nounPhraseAfterVerb(_ k: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].hash == Lexicon.hIn else { return nil }
        var j = k + 2
        var n = 0
        while j < e && n < 4 && toks[j].kind == .word && !toks[j].isA(.statementNoun) {
            guard toks[j].isA(.determiner) || isLowerWord(j) || toks[j].isCap else { return nil }
            j += 1
            n += 1
        }
        guard j < e, toks[j].kind == .word, toks[j].isA(.statementNoun) else { return nil }
        // "in an interview with CNN": the interviewer too (PolNeAR's cue runs through it).
        if j + 1 < e, toks[j + 1].hash == Lexicon.hWith { return interviewerEnd(after: j + 1, e) ?? j + 1 }
        return j
    }

    /// The last token of the interviewer after "with" at `w`: a name ("CNN", "The Washington Post", "MSNBC's
    /// Tamron Hall"), a run of capitalised words, or up to three lower-case words after a determiner ("the paper",
    /// "reporters"), not a clause ("with reporters that…" stops before "that"); nil when none follows.
    func interviewerEnd(after w: Int, _ e: Int) -> Int? {
        var i = w + 1
        guard i < e, !inQuote(i) else { return nil }
        if mentionOf[i] >= 0, case let m = mentions[Int(mentionOf[i])], m.tokStart == i {
            // ("MSNBC's Tamron Hall": the owner's name, then the person's.)
            if toks[m.tokEnd - 1].has(Token.possessive), m.tokEnd < e, mentionOf[m.tokEnd] >= 0,
                case let n = mentions[Int(mentionOf[m.tokEnd])], n.tokStart == m.tokEnd
            {
                return n.tokEnd - 1
            }
            return m.tokEnd - 1
        }
        // (A name the mention stage did not take: a run of capitalised words.)
        var c = i
        while c < e && c < i + 6 && toks[c].isCap && !inQuote(c) { c += 1 }
        if c > i { return c - 1 }
        if toks[i].isA(.determiner) || toks[i].isA(.possessivePronoun) { i += 1 }
        var n = 0
        while i < e && n < 3 && isLowerWord(i) && !toks[i].isA(.function) && !inQuote(i) {
            i += 1
            n += 1
        }
        return n > 0 ? i - 1 : nil
    }

    /// Token `j` approximates the figure after it ("about 40", "over 300", "about £105m"): it is the figure's, not a
    /// cue's particle.
    func approximatesFigure(_ j: Int) -> Bool {
        guard toks[j].hash == Lexicon.hAbout || toks[j].isA(.comparative) else { return false }
        return isFigure(j + 1) || j + 2 < toks.count && toks[j + 1].punct == .currency && isFigure(j + 2)
    }

    /// A figure follows token `j` within two tokens ("at least 12", "for 20 years", "about 40"): the preposition at `j`
    /// opens the figure's phrase, which a claim reads whole.
    func opensFigure(_ j: Int) -> Bool { isFigure(j + 1) || isFigure(j + 2) }

    /// Token `j` is a number or a number word ("40", "forty"; not the article "a").
    func isFigure(_ j: Int) -> Bool {
        j < toks.count && (toks[j].kind == .number || toks[j].isA(.numberWord) && toks[j].hash != Lexicon.hA)
    }

    /// "pointed out", "called for": the particle belongs to the cue (not "about" in "said about 40 jobs would go",
    /// `approximatesFigure`).
    func particleAfterVerb(_ k: Int, _ e: Int) -> Int? {
        guard k + 1 < e, toks[k + 1].kind == .word, !approximatesFigure(k + 1) else { return nil }
        let n = toks[k + 1].hash
        if n == Lexicon.hOut { return k + 1 }
        if n == Lexicon.hFor,
            held.callForms.contains(toks[k].hash) || held.forParticleVerbs.contains(toks[k].hash)
        {
            return k + 1
        }
        // "commented on the deal" ("said of Cruz" names a topic after the cue, not part of it).
        if n == Lexicon.hOn && held.onParticleVerbs.contains(toks[k].hash) { return k + 1 }
        // "referring to", "talked about", "asked about", "spoke against": the preposition names the topic.
        if n == Lexicon.hAbout || n == Lexicon.hAgainst
            || n == Lexicon.hTo && held.toParticleVerbs.contains(toks[k].hash)
        {
            return k + 1
        }
        return nil
    }

    /// A passive: a participle after a form of "be" ("is expected", "was first reported by MSNBC"). The agent
    /// after "by" is the source; without one there is none. The content is the subject, then what follows.
    func passiveCue(_ k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        guard isParticiple(k) else { return nil }
        var b = k - 1
        while b >= a && b >= k - 3 && toks[b].kind == .word && isAdverbLike(b) && !toks[b].isA(.beForm) { b -= 1 }
        guard b > a, toks[b].kind == .word, toks[b].isA(.beForm), !inQuote(b) else {
            return reducedPassiveCue(k, sentence: s)
        }
        var cue = Cue(sentence: s, kind: .reportingVerb, first: b, last: k, speaker: nil, direct: false)
        cue.head = t.range
        cue.passive = true
        // The agent: "by" within a few words, outside quotes ("was called reckless by the chairman"), before an
        // infinitive: the "by" after one is that verb's ("is expected to grow by 3%", "is expected to be approved by
        // the board": no one is named as expecting it).
        var j = k + 1
        var limit = k + 8
        while j < e && j <= limit {
            // ("was described as “reckless” by the shadow chancellor": a quote the passive calls its subject by is
            // one word of the predicate, the agent after it.)
            if stepOverQuotedPredicate(&j, limit: &limit, e) { continue }
            guard !inQuote(j), toks[j].kind != .punct || toks[j].punct == .hyphen else { break }
            if opensInfinitive(j, e) { break }
            if toks[j].hash == Lexicon.hBy, let sp = speakerAfter(j + 1, e) ?? figureAgent(j + 1, e) {
                cue.speaker = sp
                cue.direct = t.isA(.speech)
                cue.byToken = j
                break
            }
            j += 1
        }
        return cue
    }

    /// The closing mark of a quote opening at `j` that a passive calls its subject by, an agent free to follow it:
    /// "The decision was called “a betrayal” by union leaders.", "The plan was described as “reckless” by the shadow
    /// chancellor." — closed inside the sentence ending at `e`, of eight words at most, a word after it. Nil
    /// otherwise: a quote that closes the sentence holds any "by" ("The players were told “we will not be beaten by
    /// anyone”.").
    func quotedPredicateEnd(_ j: Int, _ e: Int) -> Int? {
        guard toks[j].isDoubleQuote, case let q = Int(quoteOf[j]), q >= 0, quoteToks[q].open == j,
            case let c = quoteToks[q].close, c > j, c + 1 < e, quotes[q].wordCount <= 8, toks[c + 1].kind == .word
        else { return nil }
        return c
    }

    /// Steps `j` past a quote the passive calls its subject by (`quotedPredicateEnd`), widening the agent search's
    /// `limit` by the quote's length, as if it were one word; false when no such quote opens at `j`.
    func stepOverQuotedPredicate(_ j: inout Int, limit: inout Int, _ e: Int) -> Bool {
        guard let c = quotedPredicateEnd(j, e) else { return false }
        limit += c - j
        j = c + 1
        return true
    }

    /// The capitalised name in "'s" at `j` is the subject of the verb right after it, not its owner: the verb is a
    /// form that is never a noun or an adjective ("Sainsbury's said", "McDonald's told";
    /// `AttributionWords.verbOnlyForms`).
    func isNameInSSpeaking(_ j: Int, cue k: Int) -> Bool {
        j + 1 == k && k < toks.count && toks[j].isCap && toks[j].has(Token.possessive)
            && held.verbOnlyForms.contains(toks[k].hash)
    }

    /// "to" at `j` opens an infinitive: a lower-case word after it that is no determiner, owner, number or pronoun
    /// ("to grow", "to be approved"; not "to the party", "to his critics", "to Nixon", "were described to him by a
    /// Post reporter").
    func opensInfinitive(_ j: Int, _ e: Int) -> Bool {
        guard toks[j].hash == Lexicon.hTo, j + 1 < e, isLowerWord(j + 1) else { return false }
        let n = toks[j + 1]
        return !n.isA(.determiner) && !n.isA(.possessivePronoun) && !n.isA(.numberWord) && !n.isA(.personPronoun)
            && !Lexicon.objectPronouns.contains(n.hash)
    }

    /// A passive without "be": a participle right before "by" and its agent ("the remarks, first reported by The
    /// New York Times", "a practice criticized by civil rights advocates", "As reported by X"). Not before "by"
    /// and an -ing form ("criticized by saying" is a means), nor without an agent.
    func reducedPassiveCue(_ k: Int, sentence s: Int) -> Cue? {
        let e = sents[s].tokEnd
        var j = k + 1
        while j < e && j <= k + 3 && isAdverbLike(j) { j += 1 }
        guard j + 1 < e, toks[j].hash == Lexicon.hBy, !inQuote(j), !endsInIng(j + 1), toks[k].kind == .word,
            !toks[k].isCap || k == sents[s].tokStart, let sp = speakerAfter(j + 1, e)
        else { return nil }
        let first = auxiliariesBefore(k, sents[s].tokStart)
        var cue = Cue(sentence: s, kind: .reportingVerb, first: first, last: k, speaker: sp, direct: false)
        cue.head = toks[k].range
        cue.byToken = j
        return cue
    }

    /// The participle at `k`, after "be", names a state of mind rather than a passive: no report the rules read
    /// ("is expected", "is widely regarded") nor speech, and a complement saying what the state is about follows it past
    /// adverbs ("was deeply concerned that", "has been impressed with"); "was named director", "was signed" are
    /// passives.
    func isStateParticiple(_ k: Int, _ e: Int) -> Bool {
        let t = toks[k]
        // ("we are being told that", "Cruz has been asked about": the subject of a speech verb's passive is its
        // listener.)
        guard !t.isA(.passiveParticiple), !t.isA(.judgement), !t.isA(.speech) else {
            return false
        }
        var j = k + 1
        while j < e && j <= k + 3 && isAdverbLike(j) { j += 1 }
        return j < e && toks[j].kind == .word && !inQuote(j) && held.stateComplements.contains(toks[j].hash)
    }

    /// A past participle: "-ed", or an irregular one the lexicon lists ("told", "thought", "known").
    func isParticiple(_ k: Int) -> Bool {
        let t = toks[k]
        if t.isA(.passiveParticiple) || t.isA(.judgement) || held.irregularParticiples.contains(t.hash) {
            return true
        }
        let end = Int(t.end)
        return len(k) > 3 && syntax.prose[end - 1] == 0x64 && syntax.prose[end - 2] == 0x65  // -ed
    }

    /// The verb at `k` has an object of one to six words and then a quote: "called Trump “the orange prince”",
    /// "called Florida's standards “strong.”" (not "a website called “Real News”", whose quote is the name).
    func quotesAfterObject(_ k: Int, _ e: Int) -> Bool {
        var j = k + 1
        while j < e && j <= k + 6 && toks[j].kind == .word && !inQuote(j) { j += 1 }
        return j > k + 1 && j < e && toks[j].isOpenQuote
    }

    /// Token `q` ends a noun phrase of up to four words that "a", "an" or "one" opens ("A newly formed super PAC",
    /// "one PAC"), and names no person.
    func isIndefiniteNounPhrase(ending q: Int, _ a: Int) -> Bool {
        guard toks[q].kind == .word, !inQuote(q) else { return false }
        if mentionOf[q] >= 0, mentionIsPerson(Int(mentionOf[q])) { return false }
        var j = q - 1
        while j >= a && j >= q - 4 && toks[j].kind == .word && !inQuote(j) {
            let h = toks[j].hash
            if h == Lexicon.hA || h == Lexicon.hAn || h == Lexicon.hOne { return true }
            if toks[j].isA(.function) { return false }
            j -= 1
        }
        return false
    }

    /// The capitalised name from `n` has a second object after it — an article, an owner or a quote ("called Trump
    /// a liar", "called Cole “the orange prince”"): the verb judges, it does not name.
    func objectComplementAfterName(_ n: Int, _ e: Int) -> Bool {
        var j = n
        while j < e && j <= n + 5 && toks[j].kind == .word && toks[j].isCap { j += 1 }
        guard j < e, j > n else { return false }
        let u = toks[j]
        return u.isOpenQuote || u.kind == .word && (held.articles.contains(u.hash) || u.isA(.possessivePronoun))
    }

    /// The participle at `k` is a passive's: a form of "be" before it, or before one adverb before it ("is
    /// projected", "has been largely ignored").
    func isPassiveParticiple(_ k: Int, _ a: Int) -> Bool {
        guard k > a, isParticiple(k) else { return false }
        return toks[k - 1].isA(.beForm) || k >= a + 2 && toks[k - 2].isA(.beForm) && isAdverbLike(k - 1)
    }

    /// Token `k` is a verb whose speaker may follow it ("…,” said Smith", "Said Smith: …").
    func inversionAllowed(_ k: Int, _ a: Int) -> Bool {
        if k == a { return true }
        let p = toks[k - 1]
        return p.punct == .comma || p.isDoubleQuote || p.punct == .dash || p.punct == .sqClose
    }

    @inline(__always) func isAdverbLike(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word, !t.isCap || t.isA(.weekday) else { return false }
        if t.isA(.speakerSkip) { return true }
        // ("The family said", "A member of the family suggested": a noun in "-ly" is no adverb.)
        return endsInLy(i) && !held.lyNouns.contains(t.hash)
    }

    /// A name right after "the" ("the Scottish Executive has insisted", "The Rachel Maddow Show said") names a body,
    /// a group or a thing, not a person: a person's name takes "the" only before a title or a description, which the
    /// mention holds ("the Rev Ann Ford") or which stands between ("the late Ann Ford"). A capital "The" counts only
    /// opening the sentence (mid-sentence it opens a title: "in The Rock Says").
    func isAfterThe(_ m: Int) -> Bool {
        let k = mentions[m].tokStart
        guard k > 0, toks[k - 1].hash == Lexicon.hThe else { return false }
        return !toks[k - 1].isCap || k - 1 == sents[mentions[m].sentence].tokStart
    }

    /// "Republicans", "Democrats", "Palestinians", "GOPers": a group, not a person.
    func looksLikeGroup(_ m: Int) -> Bool {
        let mw = mentions[m]
        guard mw.parts == 1 else { return false }
        let t = toks[mw.tokEnd - 1]
        let e = Int(t.end) - (t.has(Token.possessive) ? (syntax.prose[Int(t.end) - 2] == 0x27 ? 2 : 4) : 0)
        guard e - Int(t.start) > 4 else { return false }
        let b = syntax.prose
        let last2 = (b[e - 2], b[e - 1])
        let last3 = (b[e - 3], b[e - 2], b[e - 1])
        // -ans, -ats, -ish, -sts, -ican, -ern, -ic: Republicans, Democrats, Jewish, Marxists, American, Western, Democratic.
        return last3 == (0x61, 0x6E, 0x73) || last3 == (0x61, 0x74, 0x73) || last3 == (0x69, 0x73, 0x68)
            || (last2 == (0x74, 0x73) && b[e - 3] == 0x73) || last3 == (0x65, 0x72, 0x6E) || last2 == (0x69, 0x63)
            || (last3 == (0x63, 0x61, 0x6E) && b[e - 4] == 0x69)
    }
}
