/// The content of a relation (PolNeAR's Content) and its kind.
///
/// - Source and cue before the content: what follows them ("Kerry said that 100,000 would be accepted"), past
///   the listener of "told", "warned"… ("told reporters that…"); a participle of stance right after the noun it
///   describes takes its object only, up to the main clause's verb ("the PAC supporting Jeb Bush, spent…":
///   `stanceObject`).
/// - A content stops where the next relation of its sentence takes over (`AttributionStage.contentLimit`): at a
///   participle of assertion after a comma, which reports what follows it on its own ("Reeve told investors that
///   the mill was safe, adding that…": `continuationComma`); at the source of a trailing report ("…, The Post
///   reported."); for a cue with no source, at the comma before the next cue's source ("When asked about the
///   levy, Reeve said…"); before ", but" and a new subject ("Neither club disclosed the fee, but it is reported…":
///   `butClauseEnd`).
/// - A trailing cue ("“We won,” Clark said", "The plan is dead, officials said, and…", "…, the researchers reported
///   in the journal X": a time or a place after it is no content, `isTimeTail`, `isPlaceTail`): what precedes it (a quote,
///   or a clause set off by a comma or a dash before a named source — never the subject of a cue with no source), and
///   what follows a comma after it ("“A,” he said, “B.”" is one relation with two spans). A participle after a
///   comma reports what follows it ("“A,” Reeve said, adding that…"), one opening the sentence the clause up to
///   its comma ("Declaring that the dam would hold, the engineer…").
/// - "according to X": the rest of the sentence on both sides. A colon: what follows it, or the quote opening
///   the next paragraph; a cue that ends its sentence with a colon ("Soerens argued that:"): the next paragraph. A passive: the subject
///   (after a subordinator: "when the deal was reported"; none for a listener: "we are being told"), what stands
///   between the participle and "by", what follows.
/// - A quote that runs over several sentences is content whole ("He said: “One. Two. Three.”").
/// The kind: direct when every content word is quoted, mixed when some are, indirect for speech without
/// quotes, other for beliefs, intentions and documents.
extension ReadsMentions {
    /// The relation whose source and cue run from `lo` to `hi` (in the sentence `a..<e`) stands in a relative clause
    /// on "which" whose object is the pronoun: "which" right before the source, and the clause ending right after the
    /// cue (at a comma, a dash or the sentence's end) — "He is charged with theft, which he denies, and faces a fine",
    /// "The board cited the figure, which the union disputes." Not a cue with its own object ("She denies the charge
    /// of theft").
    func isObjectRelativeCue(_ lo: Int, _ hi: Int, _ a: Int, _ e: Int) -> Bool {
        guard lo - 1 > a, lo < hi, toks[lo - 1].hash == Lexicon.hWhich, !inQuote(lo - 1) else { return false }
        guard hi + 1 < e else { return true }
        let n = toks[hi + 1]
        return n.punct == .comma || n.punct == .dash || n.punct == .semicolon || n.isTerminator
    }

    /// Inclusive token ranges of the content of cue `c`, in `spans` (emptied first: the caller's one buffer for
    /// every cue, not an array per cue).
    /// (`source`: the tokens of the cue's source phrase, `sourceTokens` of its speaker; `until`: where the next
    /// relation of the sentence takes over, `AttributionStage.contentLimit` — the content stops there, as its
    /// sentence would.)
    func contentSpans(of c: Cue, source: (Int, Int)?, until: Int? = nil, into spans: inout [(Int, Int)]) {
        spans.removeAll(keepingCapacity: true)
        let s = c.sentence
        let a = sents[s].tokStart
        let e = min(sents[s].tokEnd, until ?? Int.max)
        if c.label {
            let from = c.last >= a && c.last < e ? c.last + 1 : a
            if let r = trimmed(from, e - 1) { spans.append(extendToQuotes(r)) }
            return
        }
        var lo = c.first
        var hi = c.last
        var sourceLast = -1
        if let sp = c.speaker, sp.first >= a, sp.last < e, let src = source {
            lo = min(lo, src.0)
            hi = max(hi, src.1)
            sourceLast = src.1
        }
        // A span never covers the cue (a label inside its quote, "RAMOS: …", would otherwise take it in) and
        // never overlaps the span before it.
        func add(_ r: (Int, Int)?) {
            guard let r else { return }
            var (x, y) = extendToQuotes(r)
            if x <= c.last && y >= c.first {
                // Keep the side of the cue the span was found on.
                if r.0 > c.last { x = c.last + 1 } else { y = c.first - 1 }
            }
            if let last = spans.last, x <= last.1 { x = last.1 + 1 }
            if x <= y { spans.append((x, y)) }
        }
        let sourceAfterCue = sourceLast > c.last
        if let comma = c.frontedComma {
            // ("Asked by reporters whether…, the mayor said": the agent is no part of the question.)
            if let by = c.byToken {
                add(trimmed(c.last + 1, by - 1))
                add(trimmed(max(by, sourceLast) + 1, comma - 1))
            } else {
                add(trimmed(c.last + 1, comma - 1))
            }
            return
        }
        if c.passive {
            // ("Cruz has been asked about", "we are being told that": the subject of a passive "told" is its
            // listener.)
            // ("It seems the plan failed": an empty "it" is no part of the content.)
            let expletive =
                c.first - 1 >= a && toks[c.first - 1].hash == Lexicon.hIt && !inQuote(c.first - 1)
                && (c.first - 1 == a || toks[c.first - 2].kind == .punct)
            if !toks[c.last].isA(.recipientVerb) && !expletive {
                // The subject starts after a subordinator that opens the passive's clause ("…old when the
                // statement was signed").
                // A hearsay adverb's clause starts after a comma too ("In total, the hackers have reportedly…").
                let adverb = toks[c.first].isA(.hearsayAdverb)
                var from = a
                for i in stride(from: c.first - 1, through: a, by: -1)
                where !inQuote(i)
                    && (toks[i].kind == .word && held.subordinators.contains(toks[i].hash)
                        || adverb && toks[i].punct == .comma)
                {
                    from = i + 1
                    break
                }
                add(trimmed(from, c.first - 1))
            }
            if let by = c.byToken {
                add(trimmed(c.last + 1, by - 1))
                add(trimmed(max(by, sourceLast) + 1, e - 1))
            } else {
                add(trimmed(c.last + 1, e - 1))
            }
            return
        }
        if c.kind == .colon {
            if let r = trimmed(c.last + 1, e - 1) {
                add(r)
            } else if let q = quoteOpeningNextParagraph(after: c.last) {
                add(q)
            }
            return
        }
        if c.kind == .accordingTo {
            add(trimmed(a, lo - 1))
            add(trimmed(hi + 1, e - 1))
            return
        }
        var afterStart = hi + 1
        var listenerOnly = false
        // (Not past a topic particle: "asked about the levy" names no listener; nor a noun's or a state's clause:
        // "his warning that…", "is convinced that…".)
        if !sourceAfterCue, !c.nounClause, !toks[c.last].isA(.beliefAdjective),
            toks[c.last].isA(.recipientVerb)
                || toks[c.first].isA(.recipientVerb) && !held.topicPrepositions.contains(toks[c.last].hash)
        {
            afterStart = pastListener(hi + 1, e)
            listenerOnly = afterStart >= e
        }
        // "talked to reporters about the plan", "spoke with aides about…": the listener and "about" are no content.
        if (c.first...c.last).contains(where: { held.talkForms.contains(toks[$0].hash) }),
            let about = topicAfterListener(hi + 1, e) ?? topicAfterListener(hi, e)
        {
            afterStart = about + 1
        }
        afterStart = afterStart < e ? pastAdverbial(afterStart, e) : e
        // ("Sales rose 3%, as the agency projected": "as" after the clause's comma joins the cue's clause to it.)
        let asClause =
            lo - 2 > a && toks[lo - 1].hash == Lexicon.hAs && isLowerWord(lo - 1) && toks[lo - 2].punct == .comma
            && c.speaker != nil
        let before = trimmed(a, asClause ? lo - 2 : lo - 1)
        // "would have to tell Holder": the listener alone is no content; a clause before a trailing cue is ("The deal
        // is dead, Cole told reporters"), an adjunct or a dateline there is not ("At a town hall, a woman asked
        // Clinton", "WASHINGTON (UPI) — Clinton told…").
        if listenerOnly, let b = before,
            held.subordinators.contains(toks[b.0].hash) || held.nounPrepositions.contains(toks[b.0].hash)
                || held.adverbialPrepositions.contains(toks[b.0].hash)
                || held.pluralPrepositions.contains(toks[b.0].hash) || toks[b.0].has(Token.allCaps)
        {
            return
        }
        let after = afterStart < e ? trimmed(afterStart, e - 1) : nil
        // A trailing cue follows its content: a quote ("“We won,” Clark said") or a clause and a comma
        // ("The plan is dead, officials said"). Only a quote that resumes after it belongs to it too ("“A,” he
        // said, “B.”"); "said Devine, suggesting…" and "said in a statement Thursday" do not.
        var j = lo - 1
        while j >= a && (toks[j].punct == .comma || toks[j].punct == .dash) { j -= 1 }
        let quoteBefore = j >= a && (toks[j].punct == .dqClose || toks[j].punct == .dqStraight) && inQuote(j)
        // Only a fronted quote, or a clause set off by a comma or a dash before a named source ("The plan is dead,
        // officials said") or compared by "than" ("…more than the budget office had predicted"), is content before
        // the cue: words running straight into it, or set off before a cue with no source, are its clause's
        // subject ("And Martin, away from Leeds, has been impressed") or the noun a relative clause describes
        // ("the lesson they intended"), never what it reports.
        let setOff =
            quoteBefore || asClause || c.speaker != nil && (j < lo - 1 || lo > a && toks[lo - 1].hash == Lexicon.hThan)
        // ("“…,” Reeve said, adding that…", "“…,” Reeve said, before adding that…": a participle after its speaker's
        // verb, or a gerund after an adjunct's preposition, reports what follows it.)
        let participle =
            endsInIng(c.first) && c.first > a && !sourceAfterCue
            && (toks[c.first - 1].punct == .comma
                || held.participleAdjuncts.contains(toks[c.first - 1].hash)
                    && !inQuote(c.first - 1))
        // ("The plan is dead, officials said, and the town agreed": a clause joined after the cue's comma is no
        // part of what it reports.)
        // ("The benefits levelled off at 9,800 steps, the team found, meaning the target is too high": nor is a
        // participle after the cue's comma, which comments on it.)
        let joinedAfter =
            hi + 2 < e && toks[hi + 1].punct == .comma && isLowerWord(hi + 2)
            && (held.coordinators.contains(toks[hi + 2].hash) || endsInIng(hi + 2) && !inQuote(hi + 2))
        let trailing =
            before != nil && setOff
            && (quoteBefore || sourceAfterCue || after == nil || isTimeTail(after!) || isPlaceTail(after!)
                || joinedAfter)
            && !participle
        // "The plan, he said, will fail", "The argument would be aided, Devine said, by the calendar", "And Trump,
        // said Sunshine, doesn't forgive": a cue and its source set off by commas inside the clause they report — the
        // words after the second comma continue those before the first — report both parts.
        // The first part runs back to the comma before it ("…, the best way to do that, they think, is…"); a relative
        // pronoun ending it stands for it alone ("…, which, his advisers believe, would lead…").
        // (Not a participle with its agent, which describes the noun before it: "Her remarks, first reported by the
        // Courier, angered the board".)
        if let before, let after, c.speaker != nil, c.byToken == nil, !participle, !quoteBefore, j >= a, j == lo - 2,
            toks[j + 1].punct == .comma, hi + 2 < e, toks[hi + 1].punct == .comma,
            continuesClause(hi + 2, opening: before.0)
        {
            var from = before.0
            if toks[j].hash == Lexicon.hWhich || toks[j].hash == Lexicon.hWho {
                from = j
            } else if let comma = (before.0..<j).last(where: { toks[$0].punct == .comma && !inQuote($0) }) {
                from = comma + 1
            }
            add(trimmed(from, before.1))
            add(after)
            return
        }
        // "He is charged with theft, which he denies, and faces a fine": a cue whose subject follows "which" and that
        // ends its clause reports the relative pronoun, its object, standing for what it refers to — never the clause
        // after the comma (`isObjectRelativeCue`).
        if sourceLast >= 0, !sourceAfterCue, isObjectRelativeCue(lo, hi, a, e) {
            add((lo - 1, lo - 1))
            return
        }
        if !trailing {
            // "Soerens argued that:", "The report found:" end their sentence: the content is the paragraph after
            // it (for the rules' cues: the learned tagger's weaker ones, "include:", may introduce a list of the
            // writer's).
            if e - 1 > c.last, toks[e - 1].punct == .colon, c.learned == nil,
                after == nil || after!.0 == after!.1 && toks[after!.0].hash == Lexicon.hThat,
                let next = paragraphAfter(e - 1)
            {
                add(next)
                return
            }
            add(
                after.map {
                    butClauseEnd(stanceObject(c, $0, sourceLast: sourceLast) ?? subordinateClauseEnd($0, a, lo))
                })
            return
        }
        // ("WASHINGTON (AP) — “This is a matter of national security,” said…": a dateline opening the sentence is
        // no part of what the trailing cue reports.)
        let dateline = afterDateline(a, before: lo)
        if dateline > a, let b = before, dateline <= b.1 { add(trimmed(dateline, b.1)) } else { add(before) }
        if let after, toks[after.0].isOpenQuote { add(after) }
        return
    }

    /// The content `r` of a cue inside a subordinate clause that opens the sentence ("When a judge ruled in 1961,
    /// the council voted…", "If Cole says the plan is dead, …"): it ends with that clause, at the first comma
    /// outside quotes — the main clause after it is the writer's. (`lo`: where the cue's source or cue starts; a
    /// comma before it means the cue is in the main clause.)
    private func subordinateClauseEnd(_ r: (Int, Int), _ a: Int, _ lo: Int) -> (Int, Int) {
        guard toks[a].kind == .word, held.subordinators.contains(toks[a].hash),
            !(a..<lo).contains(where: { toks[$0].punct == .comma })
        else { return r }
        guard let comma = (r.0...r.1).first(where: { toks[$0].punct == .comma && !inQuote($0) }), comma > r.0 else {
            return r
        }
        // ("When asked about the levy, which rose in May": a relative clause after the comma runs on.)
        if comma < r.1, toks[comma + 1].isA(.relativePronoun) { return r }
        return (r.0, comma - 1)
    }

    /// The content `r` after a cue ends before ", but" and a new subject: "Neither club disclosed the fee, but it is
    /// reported to be about £1.3m" — the clause after "but" is the writer's ("…, but that it would…" reports on).
    private func butClauseEnd(_ r: (Int, Int)) -> (Int, Int) {
        var i = r.0 + 1
        while i + 2 <= r.1 {
            if toks[i].punct == .comma, toks[i + 1].hash == Lexicon.hBut, !inQuote(i),
                toks[i + 2].hash != Lexicon.hThat,
                opensSubject(i + 2)
            {
                return (r.0, i - 1)
            }
            i += 1
        }
        return r
    }

    /// The word at `n`, after a cue and source set off by commas, carries on the clause that opens at `o` before
    /// them: a verb or a preposition ("…, he said, will fail", "…, Devine said, by the calendar"), or any word after
    /// a subordinate clause ("If she wins, Clinton said, women…") — not "and", a participle or a quote, which open a
    /// clause of their own.
    private func continuesClause(_ n: Int, opening o: Int) -> Bool {
        guard isLowerWord(n), !inQuote(n), !endsInIng(n) else { return false }
        let h = toks[n].hash
        if held.coordinators.contains(h) { return false }
        if opensVerbPhrase(n) || held.nounPrepositions.contains(h) || h == Lexicon.hTo { return true }
        return toks[o].kind == .word && held.subordinators.contains(toks[o].hash)
    }

    /// The comma before a speech participle that carries on the report of cue `i` of `cues` (sorted by sentence and
    /// position) in its own relation: "Reeve told investors that the mill was safe, adding that…", "The mill is safe,
    /// Reeve said, noting that…" — PolNeAR gives the participle its own cue and content. The next cue of the
    /// sentence, a rule's participle of assertion (`ClaimWords`' "adding", "noting", "warning"…) outside quotes,
    /// right after a comma; nil otherwise (a belief nested in the content stays inside it).
    func continuationComma(after i: Int, in cues: [Cue]) -> Int? {
        guard i + 1 < cues.count else { return nil }
        let c = cues[i]
        let n = cues[i + 1]
        guard n.sentence == c.sentence, n.kind == .reportingVerb, n.learned == nil, !n.passive, !n.document,
            n.first > c.last + 1, toks[n.first - 1].punct == .comma, !inQuote(n.first),
            isAssertingParticiple(n.first)
        else { return nil }
        return n.first - 1
    }

    /// "Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million", "The PACs supporting Kasich and
    /// Rand Paul paid $176,000": a participle of stance (`AttributionWords.stanceParticiples`) right after its source
    /// describes that noun, and its content `r` is its object alone — up to the main clause's verb, a past form, an
    /// auxiliary or a form of "be" after a comma or right after a name or a plural. Nil: no such verb, or no such cue.
    func stanceObject(_ c: Cue, _ r: (Int, Int), sourceLast: Int) -> (Int, Int)? {
        guard sourceLast == c.first - 1, held.stanceParticiples.contains(toks[c.last].hash) else {
            return nil
        }
        var i = r.0 + 1
        while i < r.1 {
            let comma = toks[i].punct == .comma
            let v = comma ? i + 1 : i
            let p = toks[i - 1]
            // (A plural, not a verb in "-s": "neither man has spoken" goes on with its clause.)
            let plural =
                endsInS(i - 1) && !p.isBeOrFiniteAuxiliary
                && !p.isA(.function)
            let afterSubject = comma || mentionOf[i - 1] >= 0 || p.isCap || plural
            if afterSubject, isLowerWord(v), !inQuote(v), !endsInIng(v),
                isParticiple(v) || held.irregularPasts.contains(toks[v].hash)
                    || toks[v].isBeOrFiniteAuxiliary
            {
                return trimmed(r.0, i - 1)
            }
            i += 1
        }
        return nil
    }

    /// "adding", "noting", "warning": a participle of assertion (`ClaimWords`' list), which reports speech.
    func isAssertingParticiple(_ k: Int) -> Bool {
        ClaimWordClass(rawValue: ClaimWords.table.lookup(toks[k].hash)).contains(.assertingParticiple)
    }

    /// The words after a cue only say when or where it spoke: "…, the agency reported late Friday.", "…, said
    /// Monday, citing two officials." — time words up to the end of the sentence or up to a comma before a
    /// participle. A trailing cue followed by them keeps the clause before it as its content.
    /// The words after a trailing cue are where it was said, not what: a preposition of place or medium opening a
    /// short phrase with no clause in it ("…, the researchers reported in the journal Marine Biology Letters", "…,
    /// she said at a rally in Ohio") or to whom ("…, estimated in a memo to agencies") — no "that", "whether" or
    /// "if", no comma, no quote, at most ten tokens.
    private func isPlaceTail(_ r: (Int, Int)) -> Bool {
        guard r.1 - r.0 < 10, toks[r.0].kind == .word else { return false }
        // "…, the office estimated in a memo to agencies last week": "to" and whom it was told (a name, a determiner or
        // a plural noun; not an infinitive, "said to expect delays").
        if toks[r.0].hash == Lexicon.hTo {
            guard r.0 < r.1 else { return false }
            let n = toks[r.0 + 1]
            guard n.kind == .word, n.isCap || n.isA(.determiner) || n.isA(.possessivePronoun) || isPlainPlural(r.0 + 1)
            else {
                return false
            }
        } else if !held.placeTailPrepositions.contains(toks[r.0].hash) {
            return false
        }
        for i in r.0...r.1 {
            let t = toks[i]
            if inQuote(i) || t.punct == .comma || t.hash == Lexicon.hThat || t.hash == Lexicon.hWhether
                || t.hash == Lexicon.hIf
            {
                return false
            }
        }
        return true
    }

    private func isTimeTail(_ r: (Int, Int)) -> Bool {
        var i = r.0
        while i <= r.1 {
            let t = toks[i]
            if t.punct == .comma {
                return i > r.0 && i + 1 <= r.1 && toks[i + 1].kind == .word && endsInIng(i + 1)
            }
            let time =
                t.kind == .number
                || t.kind == .word && !inQuote(i)
                    && (t.isA(.weekday) || t.isA(.month) || held.timeTailWords.contains(t.hash))
            if !time { return false }
            i += 1
        }
        return true
    }

    /// After "told", "warned"…: the content starts at "that", "to", "about", a colon or a quote within a few
    /// words (the listener comes first); without one there is no content after the cue.
    private func pastListener(_ j: Int, _ e: Int) -> Int {
        if let clause = clauseAfterListener(j, e) { return clause }
        var i = j
        while i < e && i < j + 8 {
            let t = toks[i]
            // ("warned of fakery": "of" right after the verb opens its topic, not a listener's tail; "asked him
            // whether…": a question opens the clause.)
            if t.hash == Lexicon.hThat || t.isOpenQuote || t.hash == Lexicon.hTo || t.hash == Lexicon.hAbout
                || i == j && t.hash == Lexicon.hOf || t.hash == Lexicon.hIf || t.hash == Lexicon.hWhether
            {
                return i
            }
            if t.punct == .colon || t.punct == .comma { return i + 1 }
            if t.isTerminator { break }
            i += 1
        }
        return e
    }

    /// "said on ABC's This Week on Sunday that…", "said in one of a series of messages that…": an adverbial
    /// phrase between the cue and its clause is no content; the content starts at "that", a colon or a quote.
    private func pastAdverbial(_ j: Int, _ e: Int) -> Int {
        guard j < e, toks[j].kind == .word, held.adverbialPrepositions.contains(toks[j].hash) else { return j }
        var i = j + 1
        while i < e && i < j + 16 {
            let t = toks[i]
            if inQuote(i) && !t.isOpenQuote { return j }
            if t.hash == Lexicon.hThat || t.isOpenQuote { return i }
            if t.punct == .colon { return i + 1 }
            if t.isTerminator || t.punct == .semicolon { return j }
            // "said on Friday he met…": a subject pronoun right after a short adverbial opens the clause.
            if i > j + 1, i <= j + 4,
                t.isA(.personPronoun) || t.isA(.otherPronoun) || held.contractedSubjects.contains(t.hash),
                !toks[i - 1].isA(.function) || toks[i - 1].isA(.weekday)
            {
                return i
            }
            i += 1
        }
        return j
    }

    /// "told reporters he thought…", "told CNN the deal was off": a clause right after a short listener.
    private func clauseAfterListener(_ j: Int, _ e: Int) -> Int? {
        var i = j
        if i < e, mentionOf[i] >= 0 {
            i = mentions[Int(mentionOf[i])].tokEnd
        } else if i < e, Lexicon.objectPronouns.contains(toks[i].hash) {
            i += 1
        } else {
            if i < e, toks[i].isA(.determiner) { i += 1 }
            if i > j, i < e, mentionOf[i] >= 0 {
                // "told the BBC the deal was off": a name after the listener's article is the listener.
                i = mentions[Int(mentionOf[i])].tokEnd
            } else {
                var n = 0
                while i < e && n < 2 && isLowerWord(i) && !toks[i].isA(.function) {
                    i += 1
                    n += 1
                }
            }
        }
        if i > j, i < e, !inQuote(i) || toks[i].isOpenQuote, opensSubject(i) { return i }
        return nil
    }

    /// Token `i` can open a clause as its subject: a pronoun (also contracted: "he'd"), a name, or "the"/"this"….
    private func opensSubject(_ i: Int) -> Bool {
        let t = toks[i]
        return t.isA(.personPronoun) || t.isA(.otherPronoun) || mentionOf[i] >= 0
            || held.contractedSubjects.contains(t.hash)
            || t.isA(.determiner) && t.hash != Lexicon.hA && t.hash != Lexicon.hAn
    }

    /// The range without punctuation at its edges (quote marks and brackets that open or close it stay); nil
    /// when no word is left.
    func trimmed(_ x0: Int, _ y0: Int) -> (Int, Int)? {
        var x = x0
        var y = y0
        while x <= y && toks[x].kind == .punct && !toks[x].isOpenQuote && toks[x].punct != .lparen
            && toks[x].punct != .currency
        {
            x += 1
        }
        while y >= x && toks[y].kind == .punct && !toks[y].isDoubleQuote && toks[y].punct != .rparen
            && toks[y].punct != .percent
        {
            y -= 1
        }
        guard x <= y else { return nil }
        var k = x
        while k <= y {
            if toks[k].kind != .punct { return (x, y) }
            k += 1
        }
        return nil
    }

    /// A span that starts or ends inside a quote running past it takes the whole quote.
    func extendToQuotes(_ r: (Int, Int)) -> (Int, Int) {
        var (x, y) = r
        let qx = quoteOf[x]
        if qx >= 0 {
            let qt = quoteToks[Int(qx)]
            let p = quotes[Int(qx)].paragraph
            x = min(x, qt.open >= 0 ? qt.open : paras[p].tokStart)
        }
        let qy = quoteOf[y]
        if qy >= 0 {
            let qt = quoteToks[Int(qy)]
            y = max(y, qt.close >= 0 ? qt.close : qt.last)
        }
        return (x, y)
    }

    /// The paragraph after the one holding token `k`, whole, if it has a word.
    private func paragraphAfter(_ k: Int) -> (Int, Int)? {
        let p = sents[sentenceOfToken(k)].paragraph
        guard p + 1 < paras.count, !paras[p + 1].isHeadline, paras[p + 1].tokEnd > paras[p + 1].tokStart else {
            return nil
        }
        return trimmed(paras[p + 1].tokStart, paras[p + 1].tokEnd - 1)
    }

    /// The quote opening the paragraph after the one holding token `k`.
    private func quoteOpeningNextParagraph(after k: Int) -> (Int, Int)? {
        let p = sents[sentenceOfToken(k)].paragraph
        guard p + 1 < paras.count, paras[p + 1].tokEnd > paras[p + 1].tokStart else { return nil }
        let f = paras[p + 1].tokStart
        let q = quoteOf[f]
        guard q >= 0 else { return nil }
        let qt = quoteToks[Int(q)]
        return (f, qt.close >= 0 ? qt.close : qt.last)
    }

    /// Direct, mixed, indirect or other (see the file's doc comment).
    func relation(of c: Cue, content: [(Int, Int)]) -> Attribution.Relation {
        guard !content.isEmpty, !c.document else { return .other }
        var quoted = 0
        var plain = 0
        for (x, y) in content {
            for k in x...y where toks[k].kind == .word {
                if inQuote(k) { quoted += 1 } else { plain += 1 }
            }
        }
        if quoted > 0 { return plain == 0 ? .direct : .mixed }
        if c.kind == .accordingTo || c.kind == .colon { return .indirect }
        // ("…, adding that…": a participle of assertion opening a clause of its own after a comma reports speech, as
        // the claim stage reads it; not a gerund's event, "blamed on the media declaring him the winner". A retort
        // is speech too: "shot back that…", `retortVerb`.)
        let a = sents[c.sentence].tokStart
        for k in c.first...c.last
        where toks[k].isA(.speech) || k > a && toks[k - 1].punct == .comma && isAssertingParticiple(k)
            || toks[k].hash == Lexicon.hBack && k > c.first && held.retortVerbs.contains(toks[k - 1].hash)
        {
            return .indirect
        }
        return .other
    }
}
