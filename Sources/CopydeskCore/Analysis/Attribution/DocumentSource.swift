/// Documents and data as sources: a document noun heading the subject of a reporting verb — "records show",
/// "company filings show", "a study by X found", "polls suggest", "X's annual ranking puts…", with a relative
/// clause set off by commas ("The report, which was leaked on Monday, shows"), a participle or a time after it
/// ("records compiled by the center show", "a poll last week showed") — or the object of "according to"
/// (`NounPhraseCue`), or a poll that "in" frames ("In a CNN poll last month, 38 percent…", "…led 2-1 in an NBC poll
/// Jan. 17-23.": `pollFrameCue`, its tail `pollTailEnd`). A
/// document noun elsewhere ("the data center", "a survey of voters was taken") is not a source.
extension ReadsMentions {
    /// A document verb at `k` ("show", "found", "suggest"…) whose subject is headed by a document noun.
    func documentCue(at k: Int, sentence s: Int) -> Cue? {
        let t = toks[k]
        guard t.kind == .word, t.isA(.documentVerb), !t.isCap else { return nil }
        let a = sents[s].tokStart
        // "a video put out by the campaign", "the figures shown by the chart": a participle describing the noun
        // before it, not its verb.
        if k + 1 < sents[s].tokEnd,
            toks[k + 1].hash == Lexicon.hBy || toks[k + 1].hash == Lexicon.hOut && t.hash == Lexicon.hPut
        {
            return nil
        }
        // "The index of Britain's biggest listed companies rose": a participle describing the noun after it.
        if isParticipleModifier(k, a, sents[s].tokEnd) { return nil }
        let first = auxiliariesBefore(k, a)
        // "It showed $200,000 in payments", "which found…": a pronoun for a thing stands for the document — not
        // with a modal in the verb group, which sets a task, no finding ("It must now find savings of £300m").
        if first > a, toks[first - 1].hash == Lexicon.hIt || toks[first - 1].hash == Lexicon.hWhich,
            !inQuote(first - 1), !hasModal(first, k)
        {
            var c = Cue(
                sentence: s, kind: .reportingVerb, first: first, last: k,
                speaker: Speaker(first: first - 1, last: first - 1, form: .pronoun, mention: nil), direct: false)
            c.document = true
            c.head = t.range
            return c
        }
        // "a 2014 paper that found…", "the study that showed…": "that" after a document stands for it (the
        // relative pronoun is the source phrase, as "who" is for a person).
        if first - 1 > a, toks[first - 1].hash == Lexicon.hThat, !inQuote(first - 1),
            var subject = documentSubject(before: first - 1, a)
        {
            subject.relative = first - 1
            var c = Cue(sentence: s, kind: .reportingVerb, first: first, last: k, speaker: subject, direct: false)
            c.document = true
            c.head = t.range
            return c
        }
        // "Forbes lists the Kochs with…", "Gallup ranks…": a named publication or institution lists figures.
        if t.isA(.listingVerb), first > a, !inQuote(first - 1) {
            let m = Int(mentionOf[first - 1])
            var speaker: Speaker? = nil
            if m >= 0, entities[mentions[m].entity].kind == .organization || toks[first - 1].isA(.knownOrganization) {
                speaker = speakerOfMention(m)
            } else if toks[first - 1].isA(.knownOrganization) {
                speaker = Speaker(first: first - 1, last: first - 1, form: .description, mention: nil)
            } else if first - 2 >= a, toks[first - 1].isA(.speakingNoun), !toks[first - 1].isCap,
                toks[first - 2].isA(.determiner) || toks[first - 2].isA(.possessivePronoun),
                held.describedListingVerbs.contains(t.hash) || putsAtFigure(k, s)
            {
                // "The agency lists the population as…", "the department put the cost at $5m": an institution
                // described, not named, lists figures as much as a named one — not "The company ranks among the
                // largest" (it is ranked) nor "The company put 300 workers on leave" (an action).
                speaker = Speaker(first: first - 2, last: first - 1, form: .description, mention: nil)
            }
            if let speaker {
                var c = Cue(sentence: s, kind: .reportingVerb, first: first, last: k, speaker: speaker, direct: false)
                c.document = true
                c.head = t.range
                return c
            }
        }
        // "The poll, released on Wednesday by the institute, showed…": past a comma-delimited phrase.
        var before = first
        if before > a, toks[before - 1].punct == .comma {
            var c = before - 2
            while c > a && c >= before - 24 && toks[c].punct != .comma && !toks[c].isTerminator { c -= 1 }
            if c > a, toks[c].punct == .comma { before = c }
        }
        guard
            var subject = documentSubject(before: first, a)
                ?? (before < first ? documentSubject(before: before, a) : nil)
        else { return nil }
        // ("A survey of delegates, who are key to the race, found…": a relative clause there belongs to the
        // source, as after a person; a participle phrase does not.)
        if before < first, subject.last < before,
            toks[before + 1].hash == Lexicon.hWho
                || toks[before + 1].hash == Lexicon.hWhich, !isReportingRelative(before + 1, first - 1)
        {
            subject.phraseLast = first - 2
        }
        var c = Cue(sentence: s, kind: .reportingVerb, first: first, last: k, speaker: subject, direct: false)
        c.document = true
        c.head = t.range
        return c
    }

    /// A modal stands among the tokens `first..<k` of a verb group ("must now find", "will show"; the claims'
    /// modal class): the group sets a task or foresees, it reports nothing found — "It must now find savings of
    /// £300m over the next two years" is no document's finding, "It showed $200,000 in payments" is.
    func hasModal(_ first: Int, _ k: Int) -> Bool {
        (first..<k).contains { ClaimWords.classes(toks[$0].hash).contains(.modal) }
    }

    /// "In a CNN/ORC poll last month, 38 percent of voters said…", "Clinton led by 12 points in the latest Post-ABC
    /// poll": a poll or survey framed by "in" at `k` is the source of the rest of its sentence, as "according to"
    /// frames one (kind `.accordingTo`: the content is the sentence on both sides, and the sentences that go on
    /// with the poll's results are sourced by it). The phrase opens with a determiner, an owner or a noun modifier
    /// ("latest", "recent": `AttributionWords.nounModifiers`), and only modifiers and "of" stand before its head
    /// (not "a memo released as polls closed"). Fronted, it runs to its comma ("In a poll conducted by the Times and ABC News, …"); after a
    /// clause it ends at its head, a single poll or an average of several, before a comma or the sentence's end.
    /// Not "rose in the polls" (an idiom: "the polls" alone), "third in many Iowa polls" (a standing among
    /// several), "questions in the survey" (no clause around it).
    func pollFrameCue(at k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard toks[k].hash == Lexicon.hIn, !inQuote(k), k + 2 < e else { return nil }
        let first = toks[k + 1]
        guard
            first.isA(.determiner) || first.isA(.possessivePronoun) || first.has(Token.possessive)
                || held.nounModifiers.contains(first.hash)
        else { return nil }
        // The head: the first poll noun within a few words; before it only modifiers, names, figures and "of".
        var head = k + 2
        var average = false
        while head < e && head <= k + 14 && !held.framingPollNouns.contains(toks[head].hash) {
            let t = toks[head]
            guard !inQuote(head), t.kind == .word || t.kind == .number || t.punct == .slash || t.punct == .hyphen
            else { return nil }
            if t.kind == .word && isLowerWord(head) {
                if t.hash == AttributionWords.average { average = true }
                guard !t.isA(.function) || t.hash == Lexicon.hOf, !isParticiple(head), !endsInIng(head) else {
                    return nil
                }
            }
            head += 1
        }
        guard head < e, head <= k + 14, !inQuote(head), held.framingPollNouns.contains(toks[head].hash),
            head > k + 2 || toks[head].hash != AttributionWords.polls
        else { return nil }
        var sourceLast = head
        if k == a {
            // Fronted: the phrase runs to its comma, and a clause follows.
            var c = head + 1
            while c < e && c <= head + 16 && toks[c].punct != .comma && !toks[c].isTerminator && !inQuote(c) { c += 1 }
            guard c + 1 < e, c <= head + 16, toks[c].punct == .comma else { return nil }
            sourceLast = c - 1
        } else {
            // After a clause: one poll (or an average) closes it, with its dates, margin, place or time ("in an NBC
            // poll Jan. 17-23.", "in the average of New Hampshire polls by nearly 9 points.").
            guard k - a >= 3, let (end, margin) = pollTailEnd(head + 1, e),
                toks[end].punct == .comma || toks[end].isTerminator,
                average || toks[head].hash == AttributionWords.poll || toks[head].hash == AttributionWords.survey
            else { return nil }
            // The dates, place and participle belong to the source; the margin is the content's.
            sourceLast = (margin ?? end) - 1
        }
        var cue = Cue(
            sentence: s, kind: .accordingTo, first: k, last: k,
            speaker: Speaker(first: k + 1, last: sourceLast, form: .description, mention: nil), direct: false)
        cue.document = true
        return cue
    }

    /// The token after the tail of a poll phrase that starts at `i` (`i` itself when none): its dates and times
    /// ("Jan. 17-23", "last week", "Sunday"), the margin it gives ("by nearly 9 percentage points", a figure in it),
    /// a place ("in New Hampshire"), or a participle phrase ("released Sunday", "leading up to the caucuses") — up to
    /// ten tokens, none in a quote; nil when the tail runs on. `margin`: where the margin starts.
    func pollTailEnd(_ i: Int, _ e: Int) -> (end: Int, margin: Int?)? {
        var n = i
        var margin: Int? = nil
        while n < e && n < i + 10 && !inQuote(n) {
            let t = toks[n]
            if t.kind == .number || t.isA(.month) || t.isA(.weekday) || t.punct == .hyphen || t.punct == .slash
                || t.punct == .period && attached(n) && n > i && toks[n - 1].isA(.month)
                || t.kind == .word && isLowerWord(n) && held.timeWords.contains(t.hash)
            {
                n += 1
            } else if t.hash == Lexicon.hBy, isLowerWord(n) {
                // The margin: words and a figure, to the phrase's end.
                var m = n + 1
                var figure = false
                while m < e && m <= n + 5 && (toks[m].kind == .number || isLowerWord(m) || toks[m].punct == .percent) {
                    if toks[m].kind == .number { figure = true }
                    m += 1
                }
                guard figure, margin == nil else { return nil }
                margin = n
                n = m
            } else if t.hash == Lexicon.hIn, isLowerWord(n), n + 1 < e, toks[n + 1].isCap, mentionOf[n + 1] >= 0 {
                // A place: the name after "in".
                n = Int(mentions[Int(mentionOf[n + 1])].tokEnd)
            } else if n == i, isLowerWord(n),
                held.documentTailOpeners.contains(t.hash) && isParticiple(n) || endsInIng(n)
            {
                // A participle phrase, to the comma or the sentence's end (not on over "and", "which"…: a clause).
                var m = n + 1
                while m < e && m <= n + 8 && toks[m].kind == .word && !inQuote(m)
                    && !held.subjectBreakers.contains(toks[m].hash)
                {
                    m += 1
                }
                n = m
            } else {
                break
            }
        }
        return n < e && n < i + 11 ? (n, margin) : nil
    }

    /// "put the cost at $5m": a "put" at `k` whose object is valued "at" a figure within a few words.
    private func putsAtFigure(_ k: Int, _ s: Int) -> Bool {
        guard toks[k].hash == Lexicon.hPut || toks[k].hash == AttributionWords.puts else { return false }
        let e = sents[s].tokEnd
        var n = k + 1
        while n + 1 < e && n <= k + 8 && toks[n].kind == .word {
            if toks[n].hash == AttributionWords.at {
                return toks[n + 1].kind == .number || toks[n + 1].punct == .currency
            }
            n += 1
        }
        return false
    }

    /// The noun phrase ending right before `k` when a document noun heads it: "company filings", "a study by
    /// Pew", "the Gallup poll", "Forbes's annual ranking". The head is the noun before a "by/from/of X" tail.
    func documentSubject(before k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        guard j >= a, !inQuote(j), toks[j].kind == .word || toks[j].kind == .number else { return nil }
        // Walk back over a short "by/from/of/at X" tail to the head noun. A document noun inside the tail is not
        // the head ("an email obtained by the group through public records lawsuits shows"): the walk goes on
        // to the next one when the tail after it opens with no preposition.
        var head = j
        var steps = 0
        while head >= a && steps <= 10 {
            guard
                toks[head].kind == .word || toks[head].kind == .number || toks[head].punct == .slash
                    || toks[head].punct == .hyphen,
                !inQuote(head)
            else { return nil }
            if toks[head].isA(.documentNoun) && (head == j || opensDocumentTail(head + 1)) { break }
            head -= 1
            steps += 1
        }
        guard head >= a, steps <= 10, toks[head].isA(.documentNoun) else { return nil }
        // The phrase starts at its determiner or after the modifiers before the head.
        // ("A New York Times/CBS News poll": up to eight modifiers, a pollster's name joined by a slash.)
        var f = head
        var n = 0
        while f - 1 >= a && n < 8 {
            let u = toks[f - 1]
            // "the latest Reuters/Ipsos poll", "the 31-page report": words joined by a slash or a hyphen.
            if u.punct == .slash || u.punct == .hyphen, f - 2 >= a, toks[f - 2].kind != .punct, !inQuote(f - 2) {
                f -= 2
                n += 1
                continue
            }
            guard (u.kind == .word || u.kind == .number) && !inQuote(f - 1) else { break }
            if u.isA(.determiner) || u.isA(.possessivePronoun) {
                f -= 1
                break
            }
            // ("Every recent state poll": a cue word that is a noun too modifies the head.)
            // (A word of a name is a modifier whatever it means alone: "a USA TODAY review".)
            if mentionOf[f - 1] < 0,
                u.isA(.function) || u.isA(.reporting) && !u.has(Token.possessive) && !u.isA(.nounToo)
            {
                break
            }
            f -= 1
            n += 1
        }
        j = max(j, head)
        return Speaker(first: f, last: j, form: .description, mention: nil)
    }

    /// Token `k` opens the tail of a document noun: a preposition ("a study by Pew"), a participle or relative
    /// pronoun (`Lexicon.documentTailOpeners`: "records compiled by", "a poll released Tuesday") or a time ("a
    /// poll last week", "a survey Monday").
    private func opensDocumentTail(_ k: Int) -> Bool {
        let h = toks[k].hash
        return held.documentTailPrepositions.contains(h) || held.documentTailOpeners.contains(h)
            || toks[k].isA(.weekday)
    }
}
