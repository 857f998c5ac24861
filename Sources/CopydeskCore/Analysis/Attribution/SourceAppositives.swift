/// Source spans: appositives — the name before a run of appositives that ends at the cue's comma ("X, a partner at Y,
/// says", `appositiveSpeaker`; "Chris Hart, a delegate from Houston, Texas, said", `openingAppositiveSpeaker`),
/// post-nominals ("Brent Bozell III,"), a bracketed party, an adjunct set off by commas that stays out of the source
/// ("Cole, speaking at a rally, warned", `isAdjunctClause`), and where an appositive after a name opens ("now a
/// partner", "including A and B") and a run of them after a cue ends (`appositivesEnd`). The conventions they
/// follow are in `SourceSpan.swift`.
extension ReadsMentions {
    /// "Brent Bozell III,", "Joseph Dunford Jr.,": the token after the post-nominal (and its period) that starts at
    /// `n`, right after a name (`EntityWords.postNominals`: a role, not a name part); `n` when there is none. Letters
    /// in capitals take no period of their own: in "The plan would fail, said a Labour MP." the full stop ends the
    /// sentence.
    func postNominalEnd(after n: Int, _ j: Int) -> Int {
        guard n < j, toks[n].kind == .word, held.postNominals.contains(toks[n].base) else { return n }
        let period = n + 1 < j && toks[n + 1].punct == .period && attached(n + 1) && !toks[n].has(Token.allCaps)
        return period ? n + 2 : n + 1
    }

    /// The first token of a post-nominal that ends right before `c`, after a name; `c` when there is none.
    func postNominalStart(before c: Int, _ a: Int) -> Int {
        var p = c - 1
        if p > a, toks[p].punct == .period, attached(p) { p -= 1 }
        guard p > a, toks[p].kind == .word, held.postNominals.contains(toks[p].base), mentionOf[p - 1] >= 0
        else { return c }
        return p
    }

    /// "X, a partner at Y, says", "Clinton, 35, the daughter of…, said": skip up to three comma-delimited
    /// appositives back from the comma at `j` to a name.
    func appositiveSpeaker(before j: Int, _ a: Int) -> Speaker? {
        if let sp = openingAppositiveSpeaker(before: j, a) { return sp }
        var c = j - 1
        var steps = 0
        var commas = 0
        while c > a && steps < 40 {
            let u = toks[c]
            // (A period inside the sentence ends an abbreviation: "who met Mr. Romney".)
            if u.isDoubleQuote || u.isTerminator && u.punct != .period || u.punct == .colon
                || u.punct == .semicolon || inQuote(c)
            {
                return nil
            }
            if u.punct == .comma {
                var n = postNominalStart(before: c, a) - 1
                // ("Acme Corp., the maker of anvils, said": a name closing on an abbreviation's period.)
                if toks[n].punct == .period, attached(n), n - 1 > a, toks[n - 1].isA(.orgSuffix), mentionOf[n - 1] >= 0
                {
                    n -= 1
                }
                if mentionOf[n] >= 0, !toks[n].has(Token.possessive) {
                    var sp = speakerOfMention(Int(mentionOf[n]))
                    // "Cruz, leading in the polls, questioned…", "Clinton, for example, named…": a participle
                    // or an adverbial between the commas is no appositive.
                    // ("Six newspapers in New Jersey, including the Asbury Park Press, said": an inclusion too.)
                    if isAppositiveStart(c + 1) || opensInclusion(c + 1), !isReportingRelative(c + 1, j) {
                        sp.phraseLast = j - 1
                    }
                    return sp
                }
                // "the assailant, John McGraw, told": a name in apposition to the description before it — with its
                // title and a bracketed party ("Another former lawmaker, Sen. Joe Cole (I-Conn.), stated"), after a
                // noun cue word the description ends on ("the authors of that 2013 report, Ari Hale, said").
                let nameEnd = bracketStart(before: j - 1, a).map { $0 - 1 } ?? j - 1
                if commas == 0, nameEnd > c, mentionOf[nameEnd] >= 0,
                    case let m = Int(mentionOf[nameEnd]),
                    mentions[m].tokStart == c + 1 || roleStart(before: mentions[m].tokStart, a) == c + 1,
                    isLowerWord(n), !toks[n].isA(.function), !toks[n].has(Token.possessive),
                    !toks[n].isA(.reporting)
                        || toks[n].isA(.nounToo) && n - 1 >= a
                            && (toks[n - 1].kind == .number || toks[n - 1].isA(.determiner)
                                || toks[n - 1].isA(.possessivePronoun))
                {
                    var sp = speakerOfMention(m)
                    sp.phraseFirst = descriptionStart(n, a)
                    // ("the authors of that 2013 report", "the head of the agency": the head before "of" too.)
                    if let f = sp.phraseFirst, f - 2 >= a, toks[f - 1].hash == Lexicon.hOf, isLowerWord(f - 2),
                        !toks[f - 2].isA(.function), !toks[f - 2].isA(.reporting), !inQuote(f - 2)
                    {
                        sp.phraseFirst = descriptionStart(f - 2, a)
                    }
                    if j - 1 > sp.last { sp.phraseLast = j - 1 }
                    return sp
                }
                commas += 1
                if commas == 3 { return nil }
            }
            c -= 1
            steps += 1
        }
        return nil
    }

    /// The "(" of a bracket closing at `r` ("Joe Cole (I-Conn.)"), within eight tokens; nil when `r` closes none.
    func bracketStart(before r: Int, _ a: Int) -> Int? {
        guard r > a, toks[r].punct == .rparen else { return nil }
        var o = r - 1
        while o > a && o >= r - 8 && toks[o].punct != .lparen && toks[o].punct != .rparen { o -= 1 }
        return o > a && toks[o].punct == .lparen ? o : nil
    }

    /// "Chris Hart, a delegate from Houston, Texas, said", "Rep. Ann Cole (D-Md.), chair of the panel, said": the
    /// name opening the clause (`clauseOpening`), then a comma and appositives (commas inside them too) up to the
    /// comma at `j` before the cue. The name is the speaker, the appositives part of its source phrase — not a
    /// name inside an appositive ("Houston"), which the nearest comma would give. Nil when the clause opens on
    /// no name followed by a comma.
    func openingAppositiveSpeaker(before j: Int, _ a: Int) -> Speaker? {
        guard let o = boundedSubjectOpening(a, before: j) else { return nil }
        guard o < j, mentionOf[o] >= 0 || o + 1 < j && mentionOf[o + 1] >= 0 else { return nil }
        // (The name after a title or role opening the clause: "Rep. Ann Cole", "Former senator Ann Cole".)
        let m = Int(mentionOf[o] >= 0 ? mentionOf[o] : mentionOf[o + 1])
        if mentions[m].tokStart != o && roleStart(before: mentions[m].tokStart, a) > o { return nil }
        var n = postNominalEnd(after: mentions[m].tokEnd, j)
        // "Ann Cole (D-Md.),": a bracketed party or place after the name.
        if let r = bracketEnd(after: n - 1, j) { n = r + 1 }
        guard n < j - 1, toks[n].punct == .comma, !toks[n - 1].has(Token.possessive) else { return nil }
        if isAdjunctClause(n + 1, j) {
            // "Cole, speaking at a rally in Dayton, Ohio, warned", "Ann Reeve, during a town hall in Tampa, Fla.,
            // said": a participle or a prepositional phrase between the name and its verb stays out of the
            // source (`subjectPhrase` leaves a participle clause out too); the name opening the clause speaks, not
            // a place inside the adjunct.
            var sp = speakerOfMention(m)
            if n - 1 > sp.last { sp.phraseLast = n - 1 }
            return sp
        }
        // ("Dorothy Woods, whose husband was killed in Benghazi, Libya, discussed": a relative clause first.)
        let relativeFirst = toks[n + 1].isA(.relativePronoun) || toks[n + 1].hash == Lexicon.hWhose
        guard isAppositiveStart(n + 1) || opensInclusion(n + 1) || relativeFirst else { return nil }
        // "Rep. Ann Cole (D-Md.), who said the bill was fair, said": a relative clause with a cue of its own is that
        // relation's ("who" its source); the name, with its bracket, is this one's.
        if isReportingRelative(n + 1, j) {
            var sp = speakerOfMention(m)
            if n - 1 > sp.last { sp.phraseLast = n - 1 }
            return sp
        }
        // Appositives only: no quote, clause break or verb of their own between the name and the cue's comma.
        for i in (n + 1)..<j {
            let u = toks[i]
            if u.isDoubleQuote || inQuote(i) || u.punct == .semicolon || u.punct == .colon
                || u.isTerminator && !isInnerPeriod(i, j + 1)
            {
                return nil
            }
        }
        // "Ann Cole, the president of the union, which endorsed Clark, said": a relative clause after the
        // appositives ends them; with a cue of its own it is that relation's and stays out, else it belongs to the
        // source as one right after the name does (`subjectPhrase`).
        var relative: Int? = nil
        for c in (n + 1)..<(j - 1)
        where toks[c].punct == .comma && (toks[c + 1].isA(.relativePronoun) || toks[c + 1].hash == Lexicon.hWho) {
            relative = c
            break
        }
        if !relativeFirst {
            for i in (n + 1)..<(relative ?? j) where isLowerWord(i) {
                let t = toks[i]
                // "Tom Hart, the head of the union, a group that has sued the city, said", "Ann Cole, a pollster
                // who works for X, said": the verbs after a relative pronoun are its clause's, inside the source.
                if t.isA(.relativePronoun) || t.hash == Lexicon.hWhose, i > n + 1, isLowerWord(i - 1),
                    !toks[i - 1].isA(.function)
                {
                    break
                }
                if t.isBeOrFiniteAuxiliary
                    || held.irregularPasts.contains(t.hash) || t.isA(.reporting) && !endsInIng(i)
                {
                    return nil
                }
            }
        }
        var sp = speakerOfMention(m)
        sp.phraseLast = j - 1
        if let c = relative, isReportingRelative(c + 1, j) {
            sp.phraseLast = c - 1
            return sp
        }
        // "…, the chairman of the county party, for example, said": an adverbial set off by commas ends the run.
        // ("Ann Reeve, 29, of Tampa, Fla.,": a home town on "of" is no adverbial.)
        // ("Ann Cole, head of the union, and Tom Hart, its treasurer,": a second name with its own appositive
        // joins the source.)
        for c in (n + 1)..<j
        where toks[c].punct == .comma && !isAppositiveStart(c + 1) && toks[c + 1].hash != Lexicon.hOf
            && !(toks[c + 1].hash == Lexicon.hAnd && c + 2 < j && mentionOf[c + 2] >= 0)
        {
            sp.phraseLast = c - 1
            break
        }
        return sp
    }

    /// Tokens `i..<j` (up to the comma at `j` before a cue) are an adjunct set off by commas: opening on a
    /// participle ("speaking at a rally", "clad in a red cape", "asked about it") or a preposition ("during a town
    /// hall"), with no quote, clause break or finite verb of their own. Not an appositive ("a delegate from
    /// Houston, Texas") nor a relative clause ("who represents the valley").
    func isAdjunctClause(_ i: Int, _ j: Int) -> Bool {
        // (A role's "-ing" word opens an appositive: "Ann Cole, acting director of…".)
        guard i < j, isLowerWord(i), !inQuote(i), !opensInclusion(i),
            !held.roleParticiples.contains(toks[i].hash),
            endsInIng(i) || isParticiple(i) || toks[i].isA(.function) && !isAppositiveStart(i)
        else { return false }
        for x in i..<j {
            let u = toks[x]
            if u.isDoubleQuote || inQuote(x) || u.punct == .semicolon || u.punct == .colon
                || u.isTerminator && !isInnerPeriod(x, j + 1)
            {
                return false
            }
            if x > i, isLowerWord(x),
                u.isBeOrFiniteAuxiliary
                    || held.irregularPasts.contains(u.hash) || u.isA(.reporting) && !endsInIng(x)
            {
                return false
            }
        }
        return true
    }

    /// Token `i` can open an appositive: not a participle ("leading in the polls"), an adverb ("however") or a
    /// preposition ("for example"); a determiner, a relative pronoun, a number, a name or a noun can.
    func isAppositiveStart(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word else { return true }
        // ("Mr. Lewandowski, now a paid CNN commentator, has denied", "Ann Cole, acting director of…": a role with
        // "now" or "then", or a role's "-ing" word.)
        if isLowerWord(i), held.roleParticiples.contains(t.hash) || opensDatedRole(i, toks.count) {
            return true
        }
        if endsInIng(i) || isAdverbLike(i) { return false }
        return !t.isA(.function) || t.isA(.determiner) || t.isA(.possessivePronoun) || t.hash == Lexicon.hWho
            || t.hash == Lexicon.hWhich
    }

    /// Token `i` is "now", "then" or "formerly" opening a role ("now a partner at…", "then ambassador to Israel"):
    /// a determiner, a title, a noun or an owner's name follows ("then Trump's campaign manager", `ownerNameEnd`),
    /// not a verb ("now leading in the polls").
    func opensDatedRole(_ i: Int, _ e: Int) -> Bool {
        guard i + 1 < e, held.roleAdverbs.contains(toks[i].hash), !inQuote(i + 1) else { return false }
        let n = i + 1
        return toks[n].isA(.determiner) || toks[n].isA(.title)
            || isLowerWord(n) && !toks[n].isA(.function) && !isParticiple(n) && !endsInIng(n)
            || ownerNameEnd(from: n, before: e).map { $0 + 1 < e && isLowerWord($0 + 1) } == true
    }

    /// Token `i` opens a parenthesis adding members to the source before it ("…, including Ann Cole,", "…, along
    /// with Tom Hart,", "…, such as the union,"; `AttributionWords.inclusionOpeners`).
    func opensInclusion(_ i: Int) -> Bool {
        guard i + 1 < toks.count, isLowerWord(i), !inQuote(i), held.inclusionOpeners.contains(toks[i].hash)
        else { return false }
        let h = toks[i].hash
        if h == AttributionWords.including || h == AttributionWords.like { return true }
        return held.inclusionPartners.contains(toks[i + 1].hash)
    }

    /// The end of a run of appositives after a source that follows its cue, from the phrase ending at `l`: "said
    /// Geoff Garin, a pollster working for Priorities USA, a super PAC supporting Clinton" (PolNeAR's source runs
    /// over each of them). `description`: the phrase is a description, which may end on a name ("his best friend
    /// at Lehigh, Bruce Turry": `phraseEnd`).
    func appositivesEnd(after l: Int, _ e: Int, description: Bool = false) -> Int {
        var l = l
        var n = 0
        while n < 4, let next = phraseEnd(after: l, e, description: description && n == 0) {
            l = next
            n += 1
        }
        return l
    }
}
