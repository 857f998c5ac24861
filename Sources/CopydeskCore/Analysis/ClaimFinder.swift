/// Check-worthy sentences (claims), whether each is sourced, and vague attributions.
///
/// A sentence is a claim when, outside attributed quotes, it has (first found wins):
/// - a measured quantity: money (`$15 billion`, `HK$19.8 billion`, `500 euros`), a percentage (`5%`,
///   `5 percent`), a count with million/billion (`1 million`, `two billion`), or "more than / at least /
///   as many as N";
/// - a superlative or record: "largest", "biggest", "a record", "record high", "the first company to",
///   "for the first time since";
/// - a forecast with a number: "will", "expects", "forecast"… and a plain number in the sentence;
/// - a causal claim: "because", "caused", "due to", "led to", "as a result of"….
/// A plain number is not a year, date, time of day, age, score, ordinal or version number.
/// Headlines are never claims. A claim is sourced when its sentence has a citation (also right after its
/// final stop), a link, an attribution of its own or carried into it, or a vague attribution (which
/// `vague-attribution` reports instead).
extension AnalysisBuilder {
    mutating func findClaims() {
        let citations = syntax.citations.map(\.range.start).sorted()
        let links = syntax.links.map(\.range).sorted()
        var ci = 0
        var li = 0
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let r = sentences[s].range
            let extendedEnd =
                s + 1 < sents.count && sents[s + 1].paragraph == sents[s].paragraph
                ? sentences[s + 1].range.start : paras[sents[s].paragraph].range.end + 1
            while ci < citations.count && citations[ci] < r.start { ci += 1 }
            while li < links.count && links[li].end <= r.start { li += 1 }
            guard let (reason, cue) = claimCue(s), !isShouted(s), !isQuestion(s) else { continue }
            var sourced = !sentenceAttributions[s].isEmpty || sentenceHasVague[s] || namesEvidence(s)
            if !sourced, ci < citations.count, citations[ci] <= extendedEnd { sourced = true }
            if !sourced, li < links.count, links[li].start < r.end { sourced = true }
            // A run of figures from one source: "Carson trails them at 13 percent. Rubio comes in at 9 percent."
            if !sourced, reason == .quantity, isPercent(cue), let last = claims.last, last.sentence == s - 1,
                last.isSourced,
                last.reason == .quantity, isPercent(last.cueRange)
            {
                sourced = true
            }
            claims.append(Claim(sentence: s, reason: reason, cueRange: cue, isSourced: sourced))
        }
    }

    private func isPercent(_ r: TextRange) -> Bool {
        let b = syntax.prose
        var i = r.end - 1
        while i > r.start && b[i] == 0x20 { i -= 1 }
        if b[i] == 0x25 { return true }  // %
        return r.end - r.start >= 7 && b[r.end - 1] == 0x74 && b[r.end - 2] == 0x6E  // …percent
    }

    /// A question asserts nothing ("Who told you that 90 percent of your e-mails were kept?").
    private func isQuestion(_ s: Int) -> Bool {
        var k = sents[s].tokEnd - 1
        while k > sents[s].tokStart && toks[k].kind == .punct && toks[k].punct != .question && !toks[k].isTerminator {
            k -= 1
        }
        return toks[k].punct == .question
    }

    /// An all-capitals sentence is a section heading or a teaser, not a claim.
    private func isShouted(_ s: Int) -> Bool {
        var upper = 0
        var words = 0
        for k in sents[s].tokStart..<sents[s].tokEnd where toks[k].kind == .word && len(k) > 1 {
            words += 1
            if toks[k].has(Token.allCaps) { upper += 1 }
        }
        return words >= 3 && upper * 5 >= words * 4
    }

    /// The sentence names its evidence outside quotes ("a CBS News poll", "FEC filings show", "census data"),
    /// or gives the figure as someone's plan, proposal or claim ("Trump's plan to deport 11 million").
    private func namesEvidence(_ s: Int) -> Bool {
        let a = sents[s].tokStart
        for k in a..<sents[s].tokEnd where toks[k].kind == .word && !inQuote(k) {
            if toks[k].isA(.sourceNoun) { return true }
            // "the same arguments: …", "his statement: …" — a colon after a cue introduces someone's content.
            if k + 1 < sents[s].tokEnd, toks[k + 1].punct == .colon,
                toks[k].isA(.reporting) || toks[k].isA(.intentionNoun)
            {
                return true
            }
            if k > a, toks[k].isA(.intentionNoun) {
                // "Trump's plan", "his proposal", "Sanders's point", "Trump's most famously false contention".
                var j = k - 1
                while j > a && j >= k - 3 {
                    let p = toks[j]
                    if p.has(Token.possessive) || mentionOf[j] >= 0 || p.isA(.possessivePronoun) { return true }
                    if p.kind != .word || p.isA(.function) && !p.isA(.comparative) && p.hash != Lexicon.hMostWord {
                        break
                    }
                    j -= 1
                }
                let p = toks[j]
                if p.has(Token.possessive) || mentionOf[j] >= 0 || p.isA(.possessivePronoun) { return true }
                // "suggestions by the GOP front-runners, Donald Trump and…", "a proposal from Sanders".
                if k + 2 < sents[s].tokEnd, toks[k + 1].hash == Lexicon.hBy || toks[k + 1].hash == Lexicon.hFrom {
                    for n in (k + 2)..<min(sents[s].tokEnd, k + 8) where mentionOf[n] >= 0 { return true }
                }
            }
        }
        return false
    }

    @inline(__always) private func inAttributedQuote(_ k: Int) -> Bool {
        let q = quoteOf[k]
        guard q >= 0, let a = quotes[Int(q)].attribution else { return false }
        return attributions[a].kind != .implicit
    }

    private func claimCue(_ s: Int) -> (Claim.Reason, TextRange)? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var forecast: Int? = nil
        var causal: TextRange? = nil
        var plainNumber = false
        var k = a
        while k < e {
            if inAttributedQuote(k) {
                k += 1
                continue
            }
            let t = toks[k]
            switch t.kind {
            case .punct:
                if t.punct == .currency, k + 1 < e, attached(k + 1), toks[k + 1].kind == .number {
                    var start = k
                    if k > a, attached(k), toks[k - 1].kind == .word, len(k - 1) <= 3 { start = k - 1 }
                    return (.quantity, tokRange(start, magnitudeEnd(after: k + 1, e)))
                }
            case .number:
                if k + 1 < e {
                    let n = toks[k + 1]
                    if n.punct == .percent
                        || (n.kind == .word && n.isA(.percent)
                            && (n.hash != Lexicon.hPer || (k + 2 < e && toks[k + 2].hash == Lexicon.hCent)))
                    {
                        return (.quantity, tokRange(comparativeStart(k, a) ?? k, k + 1))
                    }
                    if n.kind == .word && (n.isA(.magnitude) || n.isA(.currencyWord)) && !n.isCap {
                        return (.quantity, tokRange(comparativeStart(k, a) ?? k, magnitudeEnd(after: k, e)))
                    }
                }
                if isPlainNumber(k, a, e) {
                    plainNumber = true
                    if let c = comparativeStart(k, a), !(k + 1 < e && toks[k + 1].isA(.timeUnit)) {
                        return (.quantity, tokRange(c, k))
                    }
                }
            case .word:
                if t.isA(.numberWord) && !t.isCap || (t.isCap && t.isA(.numberWord) && k == a) {
                    if k + 1 < e, toks[k + 1].isA(.magnitude), toks[k + 1].kind == .word, t.hash != Lexicon.hA || true {
                        if t.hash != Lexicon.hA || k + 2 < e {
                            return (.quantity, tokRange(k, magnitudeEnd(after: k, e)))
                        }
                    }
                }
                if t.isA(.superlative) { return (.superlative, t.range) }
                if t.isA(.recordWord), isRecordClaim(k, a, e) { return (.superlative, t.range) }
                if t.hash == Lexicon.hFirst, isFirstClaim(k, a, e) { return (.superlative, t.range) }
                if forecast == nil, t.isA(.forecast), !t.isCap { forecast = k }
                if causal == nil, !t.isCap || k == a {
                    if t.isA(.causal) {
                        causal = t.range
                    } else if t.isA(.causalHead), k + 1 < e, let allowed = Lexicon.causalPairs[t.hash],
                        allowed.contains(toks[k + 1].hash)
                    {
                        // "result of" only as "as a result of".
                        if t.hash != Lexicon.hResult
                            || (k >= a + 2 && toks[k - 1].hash == Lexicon.hA && toks[k - 2].hash == Lexicon.hAs)
                        {
                            causal = tokRange(k, k + 1)
                        }
                    }
                }
            }
            k += 1
        }
        if let f = forecast, plainNumber { return (.forecast, toks[f].range) }
        if let c = causal { return (.causal, c) }
        return nil
    }

    /// The last token of an amount starting at number `k`: "15 billion", "15bn", "5 million euros".
    private func magnitudeEnd(after k: Int, _ e: Int) -> Int {
        var j = k
        if j + 1 < e, toks[j + 1].kind == .word, toks[j + 1].isA(.magnitude) { j += 1 }
        if j + 1 < e, toks[j + 1].kind == .word, toks[j + 1].isA(.currencyWord), !toks[j + 1].isCap { j += 1 }
        return j
    }

    /// "more than", "fewer than", "less than", "at least", "as many as", "as much as" right before token `k`.
    private func comparativeStart(_ k: Int, _ a: Int) -> Int? {
        guard k - 2 >= a else { return nil }
        let p1 = toks[k - 1].hash
        let p2 = toks[k - 2].hash
        if p1 == Lexicon.hThan, Lexicon.comparativeHeads.contains(p2) { return k - 2 }
        if p1 == Lexicon.hLeast, p2 == Lexicon.hAt { return k - 2 }
        if p1 == Lexicon.hAs, p2 == Lexicon.hMany || p2 == Lexicon.hMuch, k - 3 >= a, toks[k - 3].hash == Lexicon.hAs {
            return k - 3
        }
        return nil
    }

    /// A number that measures something: not a year, date, time, age, score, ordinal or version.
    func isPlainNumber(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        let t = toks[k]
        let s = Int(t.start)
        let n = len(k)
        var dots = 0
        var separators = 0
        for i in s..<(s + n) where syntax.prose[i] == 0x2E || syntax.prose[i] == 0x2C {
            separators += 1
            if syntax.prose[i] == 0x2E { dots += 1 }
        }
        if dots >= 2 { return false }  // 10.2.1
        if n == 4 && separators == 0 {
            let c = syntax.prose[s]
            if c == 0x31 || c == 0x32 { return false }  // a year
        }
        if k + 1 < e {
            let nx = toks[k + 1]
            if attached(k + 1) {
                if nx.kind == .word { return false }  // 1990s, 3rd, 10am
                if nx.punct == .colon || nx.punct == .hyphen || nx.punct == .slash { return false }  // 3:30, 3-2, 9/11
            }
            if nx.kind == .word
                && (nx.isA(.month) || nx.isA(.clock) || nx.hash == Lexicon.hYearOld || nx.hash == Lexicon.hYearsOld)
            {
                return false
            }
            if nx.hash == Lexicon.hYears, k + 2 < e, toks[k + 2].hash == Lexicon.hOld { return false }
        }
        if k > a {
            let pv = toks[k - 1]
            if attached(k) && (pv.punct == .colon || pv.punct == .hyphen || pv.punct == .slash || pv.punct == .other) {
                return false
            }
            if pv.kind == .word
                && (pv.isA(.month) || pv.isA(.versionWord) || pv.hash == Lexicon.hAged || pv.hash == Lexicon.hAge)
            {
                return false
            }
            if pv.punct == .period, k - 2 >= a, toks[k - 2].isA(.month) { return false }
            // "Smith, 45, said": an age between commas after a name.
            if pv.punct == .comma, k - 2 >= a, mentionOf[k - 2] >= 0, k + 1 < e, toks[k + 1].punct == .comma {
                return false
            }
        }
        return true
    }

    private func isRecordClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        if toks[k].hash != Lexicon.hRecordWord && toks[k].hash != Lexicon.hRecordsWord { return true }  // record-high…
        if k > a, Lexicon.hOnHas.contains(toks[k - 1].hash) || toks[k - 1].has(Token.possessive) { return false }
        if k > a,
            toks[k - 1].hash == Lexicon.hA || toks[k - 1].hash == Lexicon.hNew || toks[k - 1].hash == Lexicon.hAllTime
        {
            return true
        }
        if k + 1 < e, Lexicon.hRecordHigh.contains(toks[k + 1].hash) { return true }
        return false
    }

    private func isFirstClaim(_ k: Int, _ a: Int, _ e: Int) -> Bool {
        guard k + 1 < e else { return false }
        let n = toks[k + 1].hash
        if n == Lexicon.hEver { return true }
        if n == Lexicon.hTimeWord {
            return k + 2 < e
                && (toks[k + 2].hash == Lexicon.hSince
                    || (toks[k + 2].hash == Lexicon.hIn && k + 3 < e && toks[k + 3].hash == Lexicon.hHistory))
        }
        if k > a, toks[k - 1].hash == Lexicon.hThe {
            var j = k + 1
            while j < min(e, k + 4) {
                if toks[j].hash == Lexicon.hTo && toks[j - 1].kind == .word
                    && Lexicon.hFirstFollow.contains(toks[j - 1].hash)
                {
                    return true
                }
                j += 1
            }
        }
        return false
    }

    // MARK: Vague attribution

    mutating func findVagueAttributions() {
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
                    addVague(k, k, s)
                    k += 1
                    continue
                }
                // "is widely recognized as", "was considered one of": an unnamed judgement.
                if t.isA(.judgement), k > a, toks[k - 1].isA(.beOrWidely) {
                    addVague(k - 1, k, s)
                    k += 1
                    continue
                }
                if t.hash == Lexicon.hIt || t.hash == Lexicon.hItS, let end = passiveVague(k, e) {
                    addVague(k, end, s)
                    k = end + 1
                    continue
                }
                if t.isA(.vagueSubject), let end = vagueSubjectVerb(k, a, e) {
                    addVague(k, end, s)
                    k = end + 1
                    continue
                }
                k += 1
            }
        }
    }

    private mutating func addVague(_ a: Int, _ b: Int, _ s: Int) {
        let r = tokRange(a, b)
        vague.append(VagueAttribution(range: r, sentence: s, phrase: string(r).lowercased()))
        sentenceHasVague[s] = true
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
        // "it is thought that…" yes; "it was thought out" is rare enough.
        return j
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
        }
        let quantifier = t.hash == Lexicon.hSome || t.hash == Lexicon.hMany || t.hash == Lexicon.hOthers
        var j = k + 1
        var between = 0
        while j < e && between <= 6 {
            let u = toks[j]
            if u.kind != .word || inQuote(j) || mentionOf[j] >= 0 { return nil }
            if u.isA(.vagueVerb) { return j }
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

extension Lexicon {
    static let possessivePronouns: Set<UInt64> = Set(["his", "her", "their", "its", "our", "my", "your"].map(wordHash))
    static let hRecordWord: UInt64 = 0x9c93_27ff_f794_74ac  // "record"
    static let hResult: UInt64 = 0x9b51_cd7c_d767_78c4  // "result"
    static let hFrom: UInt64 = 0x7f84_5078_d7a5_c0b5  // "from"
    static let hMostWord: UInt64 = 0x0d18_faa2_c3fe_aaf2  // "most"
    static let hRecordsWord: UInt64 = 0xa281_d6f1_b142_96ed  // "records"
    static let hTimeWord: UInt64 = 0x1e54_85ef_2e9f_9384  // "time"
    static let hItS: UInt64 = 0x2921_aac5_9795_1492  // "it's"
    static let hThese: UInt64 = 0xeaf1_ba72_5db4_c0c8  // "these"
    static let hThose: UInt64 = 0x4183_3872_8eb9_a12a  // "those"
    static let hHis: UInt64 = 0x3373_2319_3006_782b  // "his"
    static let hTheir: UInt64 = 0xeb06_b172_5dc7_0d87  // "their"
    static let hOthers: UInt64 = 0x927c_c31d_3869_9e92  // "others"
    static let hPeopleWord: UInt64 = 0x5feb_fa35_18d4_930e  // "people"
    static let hObserversWord: UInt64 = 0xe664_a49a_93d8_afac  // "observers"
    static let hCriticsWord: UInt64 = 0x2a0f_522f_8cc0_3eea  // "critics"
    static let hExpertsWord: UInt64 = 0x5aa8_8a55_af39_a466  // "experts"
    static let hAnalystsWord: UInt64 = 0x4b51_85c2_9fa2_dc46  // "analysts"
    static let comparativeHeads: Set<UInt64> = Set(
        ["more", "fewer", "less", "greater", "higher", "lower"].map(wordHash))
    static let causalPairs: [UInt64: Set<UInt64>] = {
        let to = wordHash("to")
        let by = wordHash("by")
        let of = wordHash("of")
        let inn = wordHash("in")
        let on = wordHash("on")
        let forr = wordHash("for")
        return [
            wordHash("due"): [to], wordHash("led"): [to], wordHash("leads"): [to], wordHash("lead"): [to],
            wordHash("result"): [of], wordHash("resulted"): [inn], wordHash("results"): [inn],
            wordHash("thanks"): [to], wordHash("contributed"): [to], wordHash("contributes"): [to],
            wordHash("blamed"): [on, forr], wordHash("attributed"): [to], wordHash("owing"): [to],
            wordHash("driven"): [by], wordHash("fueled"): [by], wordHash("fuelled"): [by],
            wordHash("sparked"): [by], wordHash("triggered"): [by],
        ]
    }()
}
