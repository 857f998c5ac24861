/// Vague attributions: phrases that credit no one in particular (outside quotes, never in headlines).
///
/// - An adverb of hearsay: "reportedly", "allegedly", "supposedly".
/// - An impersonal passive: "it is said", "it was widely believed", "it has been reported", "it's understood".
/// - A personal passive with no agent: "are thought to", "is understood to be", "is said to have", "is
///   tipped to", "is being hailed as"; a judgement with no agent: "is widely regarded as", "was seen as", "is
///   considered one of". A passive with an agent ("was called reckless by the minister", "is regarded by
///   analysts as") names its source, and a passive that attributes nothing ("will be reviewed", "was honoured
///   for", "is being considered.") is not an attribution at all.
/// - "widely" before a verb of belief or expectation: "widely expected", "widely tipped".
/// - Speculation with no one behind it: "amid speculation that", "amid reports", "amid rumours".
/// - An unnamed group speaking: "sources say", "experts believe", "critics of the plan argue", "some people
///   say" — not when the group is the object of a verb ("dismissed reports he told…") or the verb is a noun
///   ("people to have a say").
extension AnalysisBuilder {
    mutating func findVagueAttributions() {
        vague = vagueStage()
        for v in vague { sentenceHasVague[v.sentence] = true }
    }

    /// The vague attributions of the article, in text order.
    func vagueStage() -> [VagueAttribution] {
        var out: [VagueAttribution] = []
        func add(_ a: Int, _ b: Int, _ s: Int) {
            let r = tokRange(a, b)
            out.append(VagueAttribution(range: r, sentence: s, phrase: string(r).lowercased()))
        }
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let a = sents[s].tokStart
            let e = sents[s].tokEnd
            var k = a
            while k < e {
                if inQuote(k) || toks[k].kind != .word {
                    k += 1
                    continue
                }
                let t = toks[k]
                if t.isA(.vagueAdverb) {
                    add(k, k, s)
                    k += 1
                    continue
                }
                if t.hash == Lexicon.hIt || t.hash == Lexicon.hItS, let end = passiveVague(k, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                if let (start, end) = agentlessPassive(k, a, e) {
                    add(start, end, s)
                    k = end + 1
                    continue
                }
                if t.hash == VagueWords.amid, k + 1 < e, VagueWords.speculation.contains(toks[k + 1].hash) {
                    add(k, k + 1, s)
                    k += 2
                    continue
                }
                if t.isA(.vagueSubject), let end = vagueSubjectVerb(k, a, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                k += 1
            }
        }
        return out
    }

    /// "it is said", "it was widely believed", "it has been reported", "it's understood".
    private func passiveVague(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        if toks[k].hash != Lexicon.hItS {
            guard j < e else { return nil }
            let h = toks[j].hash
            if h == Lexicon.hIs || h == Lexicon.hWas {
                j += 1
            } else if h == Lexicon.hHas || h == Lexicon.hHad, j + 1 < e, toks[j + 1].hash == Lexicon.hBeen {
                j += 2
            } else {
                return nil
            }
        }
        if j < e, toks[j].hash == Lexicon.hWidely || toks[j].hash == Lexicon.hGenerally || toks[j].hash == Lexicon.hAlso
        {
            j += 1
        }
        guard j < e, toks[j].kind == .word, toks[j].isA(.passiveParticiple) else { return nil }
        if hasAgent(after: j, e) { return nil }
        return j
    }

    /// A participle of belief or judgement at `k` after a form of "be" (or after "widely"), with no agent, that
    /// attributes something: "are thought to", "is understood to be", "was seen as", "widely expected".
    /// Returns the phrase's first and last tokens.
    private func agentlessPassive(_ k: Int, _ a: Int, _ e: Int) -> (Int, Int)? {
        let t = toks[k]
        guard !t.isCap else { return nil }
        let belief = t.isA(.passiveParticiple) || VagueWords.passiveExtra.contains(t.hash)
        let judgement = t.isA(.judgement)
        guard belief || judgement, k > a else { return nil }
        // "widely expected", "widely tipped".
        var j = k - 1
        if toks[j].hash == Lexicon.hWidely || toks[j].hash == Lexicon.hGenerally {
            if hasAgent(after: k, e) { return nil }
            return (j, k)
        }
        while j > a && j >= k - 2 && (toks[j].hash == VagueWords.being || toks[j].hash == Lexicon.hAlso) { j -= 1 }
        guard VagueWords.be.contains(toks[j].hash) else { return nil }
        guard k + 1 < e, !hasAgent(after: k, e) else { return nil }
        let n = toks[k + 1].hash
        if belief {
            // "are thought to", "is said to have", "is understood that": the passive reports a belief.
            guard n == Lexicon.hTo || n == Lexicon.hThat || n == Lexicon.hAs else { return nil }
            // "is expected to" is mostly a schedule ("the report is expected to be published"): only "it is
            // expected" and "widely expected" report a belief.
            if t.hash == VagueWords.expected { return nil }
        } else {
            // "is regarded as", "was considered one of", "is seen as": a judgement of someone unnamed.
            guard
                n == Lexicon.hAs || n == Lexicon.hTo || n == Lexicon.hA || n == Lexicon.hAn || n == Lexicon.hThe
                    || n == VagueWords.one || n == VagueWords.among
            else { return nil }
        }
        return (j, k)
    }

    /// An agent follows the participle at `k`: "by the minister", "by analysts".
    private func hasAgent(after k: Int, _ e: Int) -> Bool {
        var n = k + 1
        while n < e && n <= k + 4 {
            if toks[n].hash == Lexicon.hBy { return true }
            if toks[n].kind == .punct { return false }
            n += 1
        }
        return false
    }

    /// "sources say", "experts believe", "critics of the plan argue", "some people say".
    private func vagueSubjectVerb(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let t = toks[k]
        if k > a {
            let p = toks[k - 1]
            if p.kind == .word
                && (p.hash == Lexicon.hThe || p.has(Token.possessive) || p.hash == Lexicon.hThese
                    || p.hash == Lexicon.hThose || p.hash == Lexicon.hHis || p.hash == Lexicon.hTheir)
            {
                return nil
            }
            // "dismissed reports he told…", "denied reports": the group is an object, not a speaker.
            if p.kind == .word && !p.isCap && (p.isA(.reporting) || VagueWords.objectVerbs.contains(p.hash)) {
                return nil
            }
        }
        let quantifier = t.hash == Lexicon.hSome || t.hash == Lexicon.hMany || t.hash == Lexicon.hOthers
        var j = k + 1
        var between = 0
        while j < e && between <= 6 {
            let u = toks[j]
            if u.kind != .word || inQuote(j) || mentionOf[j] >= 0 { return nil }
            if u.isA(.vagueVerb) {
                // "a say", "of claims", "to say": the word is a noun or an infinitive here.
                let p = toks[j - 1]
                if p.isA(.determiner) || p.hash == Lexicon.hOf || p.hash == Lexicon.hTo { return nil }
                return j
            }
            if quantifier {
                // "some people say": the quantifier must lead straight to a subject or a verb.
                if u.hash == Lexicon.hPeopleWord || u.hash == Lexicon.hObserversWord || u.hash == Lexicon.hCriticsWord
                    || u.hash == Lexicon.hExpertsWord || u.hash == Lexicon.hAnalystsWord
                {
                    j += 1
                    between += 1
                    continue
                }
                return nil
            }
            j += 1
            between += 1
        }
        return nil
    }
}

/// Words of the vague-attribution mechanism, as data.
enum VagueWords {
    static let amid = wordHash("amid")
    static let being = wordHash("being")
    static let one = wordHash("one")
    static let among = wordHash("among")
    static let expected = wordHash("expected")
    static let be: Set<UInt64> = Set(["is", "are", "was", "were", "be", "been", "'s"].map(wordHash))
    /// What "amid" introduces when no one is named: "amid speculation that…".
    static let speculation: Set<UInt64> = Set(
        ["speculation", "reports", "rumours", "rumors", "suggestions", "claims", "allegations"].map(wordHash))
    /// Participles of attribution beyond the lexicon's `passiveParticiple`: "is tipped to", "is being hailed as".
    static let passiveExtra: Set<UInt64> = Set(["tipped", "hailed", "rated", "touted", "billed"].map(wordHash))
    /// Verbs whose object a vague subject word can be: "dismissed reports", "denied rumours".
    static let objectVerbs: Set<UInt64> = Set(
        [
            "dismissed", "denied", "rejected", "denies", "dismisses", "rejects", "ignored", "welcomed", "amid",
            "despite", "following", "after", "over", "about", "of", "from", "by", "with", "to", "among",
        ].map(wordHash))
}

extension Lexicon {
    // Word hashes used by the claim and vague-attribution mechanisms, computed from the words.
    static let possessivePronouns: Set<UInt64> = Set(["his", "her", "their", "its", "our", "my", "your"].map(wordHash))
    static let hRecordWord = wordHash("record")
    static let hResult = wordHash("result")
    static let hFrom = wordHash("from")
    static let hMostWord = wordHash("most")
    static let hRecordsWord = wordHash("records")
    static let hTimeWord = wordHash("time")
    static let hItS = wordHash("it's")
    static let hThese = wordHash("these")
    static let hThose = wordHash("those")
    static let hHis = wordHash("his")
    static let hTheir = wordHash("their")
    static let hOthers = wordHash("others")
    static let hPeopleWord = wordHash("people")
    static let hObserversWord = wordHash("observers")
    static let hCriticsWord = wordHash("critics")
    static let hExpertsWord = wordHash("experts")
    static let hAnalystsWord = wordHash("analysts")
}
