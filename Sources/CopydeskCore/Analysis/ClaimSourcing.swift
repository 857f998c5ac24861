/// Whether an attribution sources a claim's figure (part of the claim stage, `ClaimFinder.swift`, whose doc comment
/// lists what sources a claim): the relation of a sentence that reports (`reportingAttribution`), the relations that
/// report no one's content (`sourcesFigures`: hearsay, agentless passives, performative acts, requests), whether one
/// speaks for the figure (`reportsFigure`, `frames`), and the relation elsewhere whose content holds it
/// (`contentHolder`).
extension ClaimStage {
    /// The attribution of sentence `s` that reports a source's content — the one whose content holds the claim's cue,
    /// else the first: not a participle with no one speaking ("Adding to the chaos…"), an intention or a speech
    /// event ("seeking to cut", "was speaking to"), a phrasal verb of action ("called in sick"), a conditional or
    /// adjectival participle ("If found guilty", "an estimated five million"), or a passive with no agent ("is
    /// projected to"). (The sentence is sourced either way; the one whose content holds the figure is what a reader
    /// asks for: "As Nigeria announced its plan, Ghana announced revenues had doubled to $2bn" is Ghana's figure.)
    func reportingAttribution(
        _ s: Int, cue: ClaimCue? = nil, evidence: (sentence: Int, carriers: [Int: Carrier])? = nil
    ) -> Int? {
        let figure = cue.map { tokRange($0.first, $0.last) }
        var first: Int? = nil
        for ai in sentenceAttributions[s] {
            let at = attributions[ai]
            if let c = cue, !reportsFigure(ai, c, evidence: evidence) { continue }
            // "nearly a fifth saying they were sick": a participle whose subject is the figure itself.
            if let f = figure, let sp = at.speakerRange, sp.overlaps(f),
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), endsInIng(k)
            {
                continue
            }
            // "Five mailed thousands of dossiers and an e-mail suggesting…": a participle right after its noun
            // reports that noun's content, not a figure stated before it.
            if let f = figure, let sp = at.sourceRange ?? at.speakerRange, f.end <= sp.start,
                let k = tokenStarting(at: at.cueRange.start, in: at.sentence), endsInIng(k), k > sents[s].tokStart,
                Int(toks[k - 1].end) == sp.end
            {
                continue
            }
            guard sourcesFigures(ai) else { continue }
            guard let f = figure else { return ai }
            if attributions[ai].contentRanges.contains(where: { $0.start <= f.start && f.end <= $0.end }) {
                return ai
            }
            if first == nil { first = ai }
        }
        return first
    }

    /// Relation `ai` reports someone's content: not an implicit speaker, a participle with no one speaking, an
    /// intention, a phrasal verb of action, a conditional or adjectival participle, an agentless passive, or a raising
    /// verb with no source ("appears to").
    private func sourcesFigures(_ ai: Int) -> Bool {
        // The relation's fields, read in place: a copy of the relation retained its arrays on every call.
        let kind = attributions[ai].kind
        let s = attributions[ai].sentence
        let cueRange = attributions[ai].cueRange
        let speakerRange = attributions[ai].speakerRange
        if kind == .implicit { return false }
        if kind == .carried || kind == .accordingTo || kind == .colon { return true }
        guard let k = tokenStarting(at: cueRange.start, in: s) else { return true }
        // "One in four adults leaves school unable to read": an infinitive that names no one and holds no content (a
        // skill, an ability) reports nothing, whatever its cue word; "One in four adults cannot read, the charity
        // said" is still the charity's.
        if speakerRange == nil && attributions[ai].sourceRange == nil && attributions[ai].contentRanges.isEmpty,
            toks[k].hash == Lexicon.hTo || k > sents[s].tokStart && toks[k - 1].hash == Lexicon.hTo
        {
            return false
        }
        // No speaker beside a participle that opens a clause: "Adding to the chaos…", "Responding to…"; nor
        // before a noun it describes: "for alleged offences", "reported cases".
        let describesNoun = k + 1 < sents[s].tokEnd && isModifiedNoun(k + 1) && !endsInIng(k)
        if speakerRange == nil && (k == sents[s].tokStart || endsInIng(k) || describesNoun) { return false }
        // "The group reportedly demanded $5m", "It reportedly cost $180m": a hearsay adverb is the guide's "not
        // sourced", whoever stands before it.
        if toks[k].isA(.hearsayAdverb) { return false }
        // "Kingsley are understood to have insisted on a clause of 15%": a verb under an agentless passive of belief
        // is hearsay, whoever its subject (the guide's "not sourced", as "is understood to be" is).
        if isUnderHearsayPassive(k, s) { return false }
        // "The deal, thought to be worth £2m, was signed": a reduced passive of belief or report with no agent is
        // the guide's "not sourced", as "is thought to be" is (`isAgentlessPassive`).
        // Set off by a comma, whatever the relation took for its source: "The scheme is funded by Kestrel, reported to
        // be worth £3m".
        if speakerRange == nil && toks[k].isA(.passiveParticiple) && k + 1 < sents[s].tokEnd
            && toks[k + 1].hash == ClaimWords.to
            || isReducedHearsay(k, s) && toks[k - 1].punct == .comma
        {
            return false
        }
        // "The firm appears to have lost $5m", "It seems sales fell 5%": a raising verb with no source is the writer's
        // hedge, no one's report (the guide's "not sourced", as an agentless passive) — unless a verb of speech
        // follows ("She appeared to imply that…").
        if speakerRange == nil && held.raisingVerbs.contains(toks[k].hash),
            !(k + 2 < sents[s].tokEnd && toks[k + 1].hash == ClaimWords.to && toks[k + 2].isA(.reporting))
        {
            return false
        }
        // "released a list of donors who gave $5m", "asked who paid $5m": a relative clause on the cue's object or
        // an indirect question is no reported statement.
        if let c = attributions[ai].contentRanges.first, let f = tokenStarting(at: c.start, in: s),
            toks[f].hash == Lexicon.hWho || toks[f].hash == Lexicon.hWhich
        {
            return false
        }
        // "If you believe the figures, sales fell 5%", "As you might expect, …": the reader, no source
        // (`speakerBefore` names none), reports nothing.
        if speakerRange == nil, let f = tokenStarting(at: (attributions[ai].cuePhraseRange ?? cueRange).start, in: s),
            f > sents[s].tokStart, toks[f - 1].hash == Lexicon.hYou
        {
            return false
        }
        // "charged with alleged offences", "a rise in reported cases": a participle between a preposition and
        // its noun describes the noun, whoever the relation found as its source.
        if describesNoun, k > sents[s].tokStart, held.adjectivalHeads.contains(toks[k - 1].hash) { return false }
        let cls = claimClasses(toks[k].hash)
        let next = k + 1 < sents[s].tokEnd ? toks[k + 1].hash : 0
        if cls.contains(.notSourcingCue) && next != Lexicon.hThat && !opensFiniteClause(after: k, s) { return false }
        // "called in sick", "called off": a phrasal verb of action ("said in a statement" still reports); "have
        // added to the pressure" adds, it does not say.
        if cls.contains(.phrasalAction) && claimClasses(next).contains(.particle) { return false }
        if held.upActionVerbs.contains(toks[k].hash) && next == ClaimWords.to { return false }
        // "saw their share of the vote fall to 18%", "has seen its profits squeezed": what the subject underwent.
        if held.seeForms.contains(toks[k].hash), let c = attributions[ai].contentRanges.first,
            let f = tokenStarting(at: c.start, in: s), toks[f].isA(.possessivePronoun)
        {
            return false
        }
        // "If found guilty", "an estimated five million": a participle that reports nothing.
        if k > sents[s].tokStart, claimClasses(toks[k - 1].hash).contains(.notReportHead) { return false }
        if isAgentlessPassive(k, s) { return false }
        // "The film is written and directed by Payne": a work's authorship, not its author's report.
        if held.authorshipParticiples.contains(toks[k].hash), k > sents[s].tokStart,
            claimClasses(toks[k - 1].hash).contains(.be)
        {
            return false
        }
        if claimClasses(toks[k].hash).contains(.directiveCue) && isDirective(k, s) { return false }
        // "declared a national emergency, unlocking about $40m", "declared bankruptcy": a performative act, no report.
        if isPerformative(k, s) { return false }
        // "Called Global System for Mobiles, it…", "a virus dubbed Skulls": naming with no one speaking reports
        // nothing ("Gingrich called it “the loudest…”" still does).
        if claimClasses(toks[k].hash).contains(.namingCue), k + 1 < sents[s].tokEnd, toks[k + 1].isCap,
            k == sents[s].tokStart || speakerRange.map({ $0.contains(cueRange) }) ?? true
        {
            return false
        }
        // "go to court to resolve access disputes": a bare word right after "to" opens a verb phrase, not a
        // source ("close to that range would signal" keeps its source; "according to X" is its own kind, above).
        if let src = attributions[ai].sourceRange ?? speakerRange, let f = tokenStarting(at: src.start, in: s),
            f > sents[s].tokStart, toks[f - 1].hash == ClaimWords.to, toks[f].kind == .word, !toks[f].isCap,
            !toks[f].isA(.determiner), !toks[f].isA(.possessivePronoun), !toks[f].isA(.function)
        {
            return false
        }
        // "Nakamura has not said how many more will follow": a statement not made reports nothing (a belief denied
        // is still held: "I don't think he leads").
        if toks[k].isA(.speech) || held.disclosureVerbs.contains(toks[k].hash),
            isNegated(attributions[ai].cuePhraseRange ?? cueRange, s)
        {
            return false
        }
        // "Dunmore is thought to be considering a bid of 450p": a relation inside an agentless passive's content is
        // hearsay too.
        if sourcelessFrame(holding: cueRange, in: s, except: ai, ofBelief: false) { return false }
        // "It is understood ministers are considering…": a relation after an expletive hearsay passive is hearsay;
        // so is one before a closing one ("…, it has emerged.").
        if opensWithHearsay(s, before: k) || closesWithHearsay(s) { return false }
        // "Shares in Calder jumped 17%, suggesting investors expect…": a participle whose subject is what moved is
        // the writer's inference — what moved says nothing, nor anyone inside it ("investors believe").
        if isMoveInference(ai) { return false }
        for bi in sentenceAttributions[s] where bi != ai && isMoveInference(bi) {
            if attributions[bi].contentRanges.contains(where: { $0.start <= cueRange.start && cueRange.end <= $0.end })
            {
                return false
            }
        }
        // "Some fear that…", "Others thought to be…": a bare quantifier is neither named nor typed.
        if let sp = speakerRange, let t = tokenStarting(at: sp.start, in: s), Int(toks[t].end) == sp.end,
            held.bareSources.contains(toks[t].hash)
        {
            return false
        }
        return true
    }

    /// A relation of sentence `s` with no source — an agentless passive of belief or report, or a hearsay adverb —
    /// holds the claim's figure in its content, or an expletive one opens the sentence before the figure or closes it
    /// (`opensWithHearsay`: "It is understood that Kessler is prepared to raise its offer to about 45 euros";
    /// `closesWithHearsay`): "Apple is thought to have about 70%" is no one's figure, whatever the previous sentence
    /// said or the sentence names.
    func isHearsay(_ s: Int, _ cue: ClaimCue) -> Bool {
        sourcelessFrame(holding: tokRange(cue.first, cue.last), in: s, ofBelief: true)
            || opensWithHearsay(s, before: cue.first) || closesWithHearsay(s)
    }

    /// Sentence `s` closes on an expletive passive of belief or report, or "it has emerged", after a comma: "Fares
    /// could be cut by up to 40% under plans being considered by the Executive, it has emerged.", "…, it is
    /// understood." — hearsay over the whole sentence, whatever relation it holds (not "…, it said." nor "…, it has
    /// said.": the organisation's report, no passive).
    private func closesWithHearsay(_ s: Int) -> Bool {
        let a = sents[s].tokStart
        var j = sents[s].tokEnd - 1
        while j > a && toks[j].kind == .punct { j -= 1 }
        let passive = held.hearsayPassives.contains(toks[j].hash)
        guard passive || held.closingHearsay.contains(toks[j].hash) else { return false }
        var i = j - 1
        var be = false
        while i > a && i >= j - 3
            && (claimClasses(toks[i].hash).contains(.be) || held.perfectAuxiliaries.contains(toks[i].hash))
        {
            be = be || claimClasses(toks[i].hash).contains(.be)
            i -= 1
        }
        return i < j - 1 && i > a && toks[i].hash == Lexicon.hIt && toks[i - 1].punct == .comma && (be || !passive)
    }

    /// A relation of sentence `s` (not `except`) with no source holds `r` in its content: an agentless passive — of
    /// belief or report, or a hearsay adverb, when `ofBelief` ("is thought to", "reportedly"); any, with its cue
    /// before `r`, when not ("is thought to be considering": a passive's content also holds its subject before it).
    private func sourcelessFrame(holding r: TextRange, in s: Int, except: Int? = nil, ofBelief: Bool) -> Bool {
        for bi in sentenceAttributions[s] where bi != except {
            let b = attributions[bi]
            guard b.contentRanges.contains(where: { $0.start <= r.start && r.end <= $0.end }),
                let k = tokenStarting(at: b.cueRange.start, in: s)
            else { continue }
            let sourceless = b.speakerRange == nil && b.sourceRange == nil
            // ("a partnership with Kestrel, reported to be worth £3m": a reduced passive, with no "be"; set off by a
            // comma, the noun before it is what is reported on, whatever the relation took for its source: "The
            // scheme is funded by Kestrel, reported to be worth £3m".)
            if ofBelief, isReducedHearsay(k, s), sourceless || toks[k - 1].punct == .comma { return true }
            guard sourceless, ofBelief || b.cueRange.end <= r.start else { continue }
            if ofBelief && toks[k].isA(.hearsayAdverb) { return true }
            // (Of belief or report: "is thought to", "is expected to" — not a poll's "were asked".)
            if isAgentlessPassive(k, s), !ofBelief || held.hearsayPassives.contains(toks[k].hash) { return true }
        }
        return false
    }

    /// The word at `k` is a participle of belief or report before "to" with no "be" before it: a reduced passive
    /// ("a deal reported to be worth £3m", "a fee thought to be £2m").
    private func isReducedHearsay(_ k: Int, _ s: Int) -> Bool {
        held.hearsayPassives.contains(toks[k].hash) && k + 1 < sents[s].tokEnd
            && toks[k + 1].hash == ClaimWords.to
            && k > sents[s].tokStart && !claimClasses(toks[k - 1].hash).contains(.be)
    }

    /// Relation `ai` is a participle of inference after a clause whose subject is what moved, by a figure: "Shares
    /// in Calder jumped 17%, suggesting…", "Its shares closed up 11%, suggesting…" — the writer's inference.
    private func isMoveInference(_ ai: Int) -> Bool {
        let s = attributions[ai].sentence
        guard let sp = attributions[ai].speakerRange, let k = tokenStarting(at: attributions[ai].cueRange.start, in: s),
            endsInIng(k), k > sents[s].tokStart, toks[k - 1].punct == .comma,
            let after = tokenStarting(atOrAfter: sp.end, in: s), after + 1 < k,
            held.resultMoves.contains(toks[after].hash)
                || held.closingVerbs.contains(toks[after].hash)
                    && (toks[after + 1].hash == ClaimWords.up || toks[after + 1].hash == ClaimWords.down)
        else { return false }
        return (after + 1...min(after + 3, k - 1)).contains(where: {
            toks[$0].kind == .number || toks[$0].punct == .currency
        })
    }

    /// Sentence `s` opens with an expletive passive of belief or report before token `k`, "that" or not: "It is
    /// understood", "It was thought", "It is widely believed" — no one's frame, whatever relation follows.
    private func opensWithHearsay(_ s: Int, before k: Int) -> Bool {
        let a = sents[s].tokStart
        guard a + 2 < k, toks[a].hash == Lexicon.hIt, claimClasses(toks[a + 1].hash).contains(.be) else {
            return false
        }
        var j = a + 2
        if j < k, endsInLy(j) { j += 1 }
        return j < k && held.hearsayPassives.contains(toks[j].hash) && isAgentlessPassive(j, s)
    }

    /// The cue phrase `phrase` of sentence `s` holds a negation: "has not said", "did not disclose", "never said".
    private func isNegated(_ phrase: TextRange, _ s: Int) -> Bool {
        guard var j = tokenStarting(at: phrase.start, in: s) else { return false }
        while j < sents[s].tokEnd && Int(toks[j].end) <= phrase.end {
            if held.negations.contains(toks[j].hash) { return true }
            j += 1
        }
        return false
    }

    /// The cue at `k` sits in a comparison's clause: "than", then at most five words of its subject and auxiliaries
    /// ("than some in the City had feared", "than expected", "than it had expected") — not a figure's "than" ("Less
    /// than a third agreed", "less than half of what researchers say").
    private func isInComparison(_ k: Int, _ s: Int) -> Bool {
        var j = k - 1
        while j >= sents[s].tokStart && j >= k - 6 && (toks[j].kind == .word || toks[j].kind == .number) {
            if toks[j].kind == .number { return false }
            if toks[j].isA(.numberWord) || claimClasses(toks[j].hash).contains(.fraction) || toks[j].isA(.percent) {
                return false
            }
            if toks[j].hash == ClaimWords.than { return true }
            j -= 1
        }
        return false
    }

    /// Relation `ai` frames the figure of `cue`: its content holds the figure; or it is speech ("X said",
    /// "according to X", a colon) or a verb of assertion, which the guide lets source a writer's figure in another
    /// clause (partial attribution: "It lost $5m and said debts will rise", "a $27bn bill, which they claim is
    /// owed"); or the figure is a share in or just before its source, a poll's result named or not ("Less than a
    /// third agreed", "30 percent of all voters consider").
    /// A stance, a judgement, an intention or a document sources no figure outside its content: "Canova received
    /// $250,000 after Sanders endorsed him".
    private func frames(_ ai: Int, _ cue: ClaimCue) -> Bool {
        let at = attributions[ai]
        let f = tokRange(cue.first, cue.last)
        if at.contentRanges.contains(where: { $0.start <= f.start && f.end <= $0.end }) { return true }
        if at.kind == .accordingTo || at.kind == .colon || at.kind == .carried || at.relation != .other { return true }
        // A verb of assertion ("which they claim is owed", "experts suggest") is reporting as the guide lists it —
        // with someone asserting ("calling on the council to think again" reports no one's thought).
        if at.speakerRange != nil || at.sourceRange != nil,
            let k = tokenStarting(at: at.cueRange.start, in: at.sentence), toks[k].isA(.vagueVerb)
        {
            return true
        }
        // "Sanders rips the $70 billion deal, arguing that it favours banks": a participle of assertion opening a
        // clause of its own, its speaker named, reports as "argued" would (partial attribution) — not a gerund's
        // event ("a loss blamed on the media declaring him the winner").
        if at.speakerRange != nil, let k = tokenStarting(at: at.cueRange.start, in: at.sentence),
            k > sents[at.sentence].tokStart, toks[k - 1].punct == .comma,
            claimClasses(toks[k].hash).contains(.assertingParticiple)
        {
            return true
        }
        guard let src = at.sourceRange ?? at.speakerRange else { return isShare(cue) && f.end <= at.cueRange.start }
        if isShare(cue), src.start <= f.start && f.end <= src.end { return true }
        // "Just 30 percent of all voters consider…": a share just before its source is the source's too.
        guard isShare(cue), f.end <= src.start, let first = tokenStarting(at: src.start, in: at.sentence) else {
            return false
        }
        var k = cue.last + 1
        while k < first && k <= cue.last + 3 && toks[k].kind == .word { k += 1 }
        return k == first
    }

    /// Relation `ai`, which reports, speaks for the figure of `cue`: the figure does not count its source, the
    /// relation frames it (`frames`). A pledge's figure stays the pledge's ("has promised to deport 11 million
    /// illegal immigrants": readers differ, and PolNeAR marks it as the promise's content). A figure that counts its
    /// source is spoken for only after evidence (`evidenceBefore` of `evidence`, when given).
    func reportsFigure(
        _ ai: Int, _ cue: ClaimCue, evidence: (sentence: Int, carriers: [Int: Carrier])?
    ) -> Bool {
        if countsSource(ai, cue) {
            guard let ev = evidence, evidenceBefore(ev.sentence, ev.carriers) else { return false }
        }
        let s = attributions[ai].sentence
        if let k = tokenStarting(at: attributions[ai].cueRange.start, in: s) {
            // "Harland is the third retailer this month to warn": an infinitive that completes a ranking names what
            // is ranked, and reports no ranking.
            if cue.reason == .superlative, k > cue.last, k - 1 > sents[s].tokStart, toks[k - 1].hash == ClaimWords.to,
                k - cue.last <= 8
            {
                return false
            }
            // "rose 3p, better than some in the City had feared", "far more than it had expected": an expectation a
            // comparison measures a figure against reports no one's figure (a ranking or a cause is left to its
            // relation).
            if cue.reason != .superlative && cue.reason != .causal, isInComparison(k, s) { return false }
        }
        if !frames(ai, cue) { return false }
        return true
    }

    /// The figure of `cue` counts the source of relation `ai` ("More than two dozen other governors have
    /// said…", "Only three senators endorsed him"): the writer's count, not the source's. A share ("52 percent of
    /// voters say", "Three-quarters said") is a poll's result and stays with its respondents; a figure in an
    /// appositive after the name ("Paulson, who made billions, told investors") is partial attribution. A ranking
    /// names its source rather than counting it, as an appositive would ("The UK's biggest supermarket said profit
    /// rose to £1.6bn" is sourced, as "Kestrel, the country's largest bus operator, said" is); a count
    /// still counts ("Only three senators endorsed him").
    func countsSource(_ ai: Int, _ cue: ClaimCue) -> Bool {
        let at = attributions[ai]
        guard cue.reason != .superlative, let head = at.speakerRange ?? at.sourceRange else { return false }
        let f = tokRange(cue.first, cue.last)
        let src = at.sourceRange ?? head
        guard f.overlaps(head) || src.start <= f.start && f.end <= head.start else { return false }
        return !isShare(cue)
    }

    /// The figure of `cue` is a share: a percentage, a fraction or a ratio ("a third", "one in four").
    private func isShare(_ cue: ClaimCue) -> Bool {
        if cue.figure == .percent { return true }
        for k in cue.first...cue.last {
            let h = toks[k].hash
            if claimClasses(h).contains(.fraction) || h == ClaimWords.inn || h == ClaimWords.out { return true }
        }
        return false
    }

    /// Poll or study results come just before sentence `s` or in it: a count in a source phrase ("Three-quarters
    /// said…") then reports the respondents' answers, not the writer's count of the source.
    private func evidenceBefore(_ s: Int, _ carrierOf: [Int: Carrier]) -> Bool {
        if let ev = namedEvidence(s), carriesResults(ev, in: s) { return true }
        for p in [s - 1, s - 2] where p >= 0 && sents[s].paragraph - sents[p].paragraph <= 1 {
            if carrierOf[p] == .evidence { return true }
            if let ai = reportingAttribution(p), speaksAsEvidence(ai) { return true }
            if let ev = namedEvidence(p), carriesResults(ev, in: p) { return true }
        }
        return false
    }

    /// A direct quote in sentence `s` whose speaker was found (not an implicit one) by a relation whose content is
    /// all quoted — not a phrase quoted inside the writer's own clause ("had Congress not passed “permanent
    /// normal trade relations”").
    func spokenQuote(in s: Int) -> Int? {
        var k = sents[s].tokStart
        while k < sents[s].tokEnd {
            let q = Int(quoteOf[k])
            if q >= 0 {
                if quotes[q].isDirect, let ai = quotes[q].attribution, attributions[ai].kind != .implicit,
                    attributions[ai].relation == .direct
                {
                    return q
                }
                // Skip the rest of this quote's tokens in the sentence.
                while k < sents[s].tokEnd && Int(quoteOf[k]) == q { k += 1 }
                continue
            }
            k += 1
        }
        return nil
    }

    /// The cue at `k` performs what it names: "declared a national emergency", "declared war", "declared bankruptcy"
    /// (`ClaimWords.performedActs` after a verb of declaring, past an article and one modifier or a measure's
    /// compound: "declared a 60-day state of emergency"), a plea to charges ("denies 14 counts of fraud", "admitted
    /// two charges") or a plea entered with no charge after it, "demanded a ransom of $5m" (a demand's noun phrase),
    /// "rejected a £620m approach" (an offer turned down), "agreed to a £1.1bn takeover" (a deal accepted), "agreed
    /// on policy" (an agreement reached), "put £500,000 into" (a sum invested) — not "declared that…", "demanded
    /// that…".
    private func isPerformative(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        // "She denies 14 counts of fraud", "admitted two charges": a plea to charges, not a statement.
        if held.pleading.contains(toks[k].hash), k + 2 < e {
            var n = k + 1
            if toks[n].kind == .number || toks[n].isA(.numberWord) || toks[n].hash == ClaimWords.a
                || toks[n].hash == ClaimWords.the
            {
                n += 1
            }
            if n < e, held.chargeNouns.contains(toks[n].hash) { return true }
        }
        // "Doe pleaded not guilty and was released on $250,000 bond": a plea entered, no statement of the figure
        // ("pleaded guilty to making more than $180,000 in straw donations" admits what follows "to": a report).
        if held.pleaForms.contains(toks[k].hash) {
            var n = k + 1
            while n < e && held.pleaNegations.contains(toks[n].hash) { n += 1 }
            if n < e, held.pleas.contains(toks[n].hash) { return !(n + 1 < e && toks[n + 1].hash == ClaimWords.to) }
        }
        // "which put £500,000 into the production", "which put up £750,000 of the budget": a sum invested ("as
        // Vulture put it" still reports).
        if held.putForms.contains(toks[k].hash), k + 1 < e {
            let n =
                (toks[k + 1].hash == ClaimWords.up || toks[k + 1].hash == ClaimWords.inn) && k + 2 < e ? k + 2 : k + 1
            if toks[n].punct == .currency || toks[n].kind == .number { return true }
        }
        // "agreed to a £1.1bn takeover": a deal accepted; "all 12 voting members agreed on policy": an agreement
        // reached, no statement ("agreed on Monday that…" still reports).
        // ("Kingsford have agreed a five-year sponsorship": a deal made.)
        if toks[k].isA(.agreementVerb), k + 2 < e {
            if toks[k + 1].hash == ClaimWords.to, opensAnAct(k + 2) { return true }
            if opensAnAct(k + 1) { return true }
            if toks[k + 1].hash == ClaimWords.on, isLowerWord(k + 2),
                !(k + 3..<min(e, k + 6)).contains(where: { toks[$0].hash == Lexicon.hThat })
            {
                return true
            }
        }
        // "demanded a ransom of $5m", "demanding £5m in compensation": the demand's noun phrase, not "demanded
        // that…"; "has rejected a £620m takeover approach": an offer turned down, not "rejected claims that…".
        if held.demanding.contains(toks[k].hash) || held.rejecting.contains(toks[k].hash), k + 1 < e {
            return opensAnAct(k + 1)
        }
        // "Labour is defending more than 1,600 council seats", "defending a majority of 5,000": what a contest puts
        // at stake, no defence of a view ("defended the decision" still reports).
        if held.defending.contains(toks[k].hash), k + 1 < e {
            if opensAnAct(k + 1) { return true }
            // (Past the figure's hedge: "more than 1,600", "at least 40", `comparativeStart`.)
            let n = (k + 2..<min(k + 4, e)).first { toks[$0].kind == .number || toks[$0].punct == .currency }
            return n.map { comparativeStart($0, k + 1) == k + 1 } ?? false
        }
        guard held.declaring.contains(toks[k].hash) else { return false }
        var n = k + 1
        if n < e, held.reflexives.contains(toks[n].hash) { return declaresAState(n + 1, e) }
        if n < e, toks[n].hash == ClaimWords.a || toks[n].hash == Lexicon.hAn || toks[n].hash == ClaimWords.the {
            n += 1
        }
        // Past one modifier, or a measure's compound ("a 60-day state of emergency").
        if n + 3 < e, toks[n].kind == .number, toks[n + 1].punct == .hyphen, isLowerWord(n + 2) {
            n += 3
        } else if n + 1 < e, !held.performedActs.contains(toks[n].hash), isLowerWord(n) {
            n += 1
        }
        return n < e && held.performedActs.contains(toks[n].hash)
    }

    /// A reflexive after a verb of declaring, ending before `n`, is followed by a state the declaration puts its
    /// subject in (`ClaimWords.declaredStates`, past one adverb in "-ly"): "The council declared itself effectively
    /// bankrupt", "The firm declared itself insolvent" perform the act, as "declared bankruptcy" does — not "The
    /// committee declared itself satisfied that…", a stance it reports.
    private func declaresAState(_ n: Int, _ e: Int) -> Bool {
        var j = n
        if j + 1 < e, isLowerWord(j), endsInLy(j) { j += 1 }
        return j < e && held.declaredStates.contains(toks[j].hash)
    }

    /// The cue at `k` asks someone to act: "asked the court to order", "ordered the firm to pay" — a request
    /// reports no content of the asker's (up to three words of object, then "to" and a verb).
    private func isDirective(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        var n = k + 1
        while n < e && n <= k + 4 {
            let t = toks[n]
            // "asked how…", "told reporters that…": a question or a statement, not a request.
            if t.kind != .word || t.hash == Lexicon.hThat || held.whWords.contains(t.hash) { return false }
            if t.hash == ClaimWords.to {
                return n > k + 1 && n + 1 < e && toks[n + 1].kind == .word && !toks[n + 1].isCap
                    && !toks[n + 1].isA(.function)
            }
            n += 1
        }
        return false
    }

    /// Every content span of a relation, sorted (stably) by start, with its relation. Whether the relation reports
    /// someone's content (`sourcesFigures`, the costly test) is left to `contentHolder`, which asks it only of the
    /// spans it reads.
    func contentIndex() -> [(range: TextRange, attribution: Int)] {
        var out: [(range: TextRange, attribution: Int)] = []
        // Reserved: one allocation, not one per doubling.
        out.reserveCapacity(attributions.reduce(0) { $0 + $1.contentRanges.count })
        for ai in attributions.indices {
            for r in attributions[ai].contentRanges { out.append((r, ai)) }
        }
        out.sort { $0.range.start < $1.range.start }
        return out
    }

    /// The reporting relation whose content holds `cue`, if any: among the last eight spans of such relations that
    /// start at or before it, the latest to hold it. `sources` remembers `sourcesFigures` per relation.
    func contentHolder(
        _ cue: TextRange, _ contents: [(range: TextRange, attribution: Int)], _ sources: inout [Bool?]
    ) -> Int? {
        var lo = 0
        var hi = contents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if contents[mid].range.start <= cue.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var read = 0
        while i >= 0 && read < 8 {
            let ai = contents[i].attribution
            if sources[ai] == nil { sources[ai] = sourcesFigures(ai) }
            if sources[ai] == true {
                if cue.end <= contents[i].range.end { return ai }
                read += 1
            }
            i -= 1
        }
        return nil
    }

    /// An indefinite article or a sum at `i`, opening the object of an act (`isPerformative`): "a ransom", "£5m".
    private func opensAnAct(_ i: Int) -> Bool {
        let n = toks[i]
        return n.hash == ClaimWords.a || n.hash == Lexicon.hAn || n.punct == .currency || n.kind == .number
    }

    /// A clause with a finite verb follows the verb at `k` without "that": a subject (a determiner, a pronoun or a
    /// noun, no preposition) and a modal within a few words, before any "to" ("hopes sales will reach $5bn", "hoped
    /// the deal would close"; not "hopes to raise", "wants the council to build", "talking about what will happen").
    func opensFiniteClause(after k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard k + 2 < e, toks[k + 1].kind == .word, toks[k + 1].hash != ClaimWords.to,
            !toks[k + 1].isA(.function) || toks[k + 1].isA(.determiner) || toks[k + 1].isA(.personPronoun)
        else { return false }
        var j = k + 2
        while j < e && j <= k + 6 && toks[j].kind == .word && !inQuote(j) {
            if toks[j].hash == ClaimWords.to { return false }
            if claimClasses(toks[j].hash).contains(.modal) { return true }
            j += 1
        }
        return false
    }

    /// The verb at `k` is a passive with no agent: "is projected to", "it is reported", "are understood to have";
    /// or one with no "be" (`isReducedPassive`).
    func isAgentlessPassive(_ k: Int, _ s: Int) -> Bool {
        if endsInIng(k) { return false }  // "is proposing" is progressive, not passive
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        if isReducedPassive(k) { return true }
        var j = k - 1
        var skipped = 0
        while j >= a && skipped < 2 && toks[j].kind == .word && !toks[j].isCap
            && (toks[j].isA(.speakerSkip) && !claimClasses(toks[j].hash).contains(.be) || endsInLy(j))
        {
            j -= 1
            skipped += 1
        }
        guard j >= a, toks[j].kind == .word, claimClasses(toks[j].hash).contains(.be) else { return false }
        // An agent is "by" and no measure within three words, before any infinitive ("are expected to grow by 3%"
        // names no one).
        var n = k + 1
        while n < e && n <= k + 3 && !opensInfinitive(n, e) {
            if toks[n].hash == ClaimWords.by && !isMeasureAfterBy(n + 1, e) { return false }
            n += 1
        }
        return true
    }

    /// The verb at `k` is the infinitive of an agentless passive of belief or hearsay: "are understood to have
    /// insisted", "is thought to have said", "a club believed to have demanded" (`ClaimWords.hearsayPassives` after a
    /// form of "be" or right after its noun; not "said he would have insisted").
    private func isUnderHearsayPassive(_ k: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        func auxiliary(_ j: Int) -> Bool {
            let h = toks[j].hash
            return h == Lexicon.hTo || h == Lexicon.hHave || h == Lexicon.hBe || h == Lexicon.hBeen
        }
        var j = auxiliary(k) ? k : k - 1
        var infinitive = false
        while j > a && auxiliary(j) {
            if toks[j].hash == Lexicon.hTo { infinitive = true }
            j -= 1
        }
        guard infinitive, j > a, j < k, held.hearsayPassives.contains(toks[j].hash) else { return false }
        return claimClasses(toks[j - 1].hash).contains(.be) || followsItsNoun(j, a)
    }
}
