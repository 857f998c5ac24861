/// The attribution stage: who says what, sentence by sentence, as PolNeAR marks it — a cue, a source and the
/// content credited to it (`Attribution.cuePhraseRange` with its head `cueRange`, `sourceRange` with the name
/// or pronoun `speakerRange`, `contentRanges`, `relation`). Measured by `copydesk-quality --attributions`.
///
/// Code map (one mechanism per file, each with its fixture tests in `Tests/CopydeskCoreTests/` —
/// `Attribution<Mechanism>Tests.swift`, one relation per fixture marked cue 1️⃣, source 2️⃣, content 3️⃣;
/// pronouns, carried sources and quote speakers in `AttributionTests.swift`):
/// - `AttributionFinder.swift` — this stage (`AttributionStage.attributionSet()`): scans each sentence for cues
///   and builds the immutable `AttributionSet` later stages read (claims read `bySentence`; quote speakers read
///   the relations). A belief nested in what a speech verb of the same sentence reports is part of that content,
///   not its own relation; a later clause with a verb cue of its own ends a content (`contentLimit`), and so does a
///   verb coordinated with the cue that shares its source ("said the plan failed, and accused…": `coordinationLimit`,
///   where the forms of the two verb groups match, `verbGroupForm`). The
///   mechanisms below extend `ReadsMentions` (the values up to the mentions), so the
///   quote-speaker stage shares them.
/// - `ReportingVerbCue.swift` — "Clark said", "said Clark", "he added", the verb group in the cue ("has also
///   said", "would never flatly deny", "now says"; a topic preposition opening the content joins it here: "boasted
///   of", "apologized for"), passives ("is expected", "was called reckless by the chairman"), cues only in context ("agreed
///   that…", not "agreed to acquire"; "claims" the verb, not "the claims").
/// - `NounPhraseCue.swift` — "according to X", "in the words of X", "(source: X)", "in a statement", "in an
///   interview with".
/// - `StanceAdjectiveCue.swift` — a state of mind with a "that" clause: "is convinced that…", "remain confident
///   that…", and a judgement with "of": "has been critical of…" (the subject the source).
/// - `NounComplementCue.swift` — a noun of assertion with its owner and a "that" clause: "Trump's claim that…",
///   "his warning that…" (the owner the source, the clause up to its first comma the content).
/// - `AdverbCue.swift` — "reportedly": a relation with no source, its content the clause around the adverb.
/// - `DocumentSource.swift` — documents and data as sources: "records show", "a study by X found", "polls
///   suggest", "X's annual ranking puts", "In a CNN poll, 38 percent…".
/// - `ColonCue.swift` — "Trump: “…”", a headline's "Lynch: No outside influence", a paragraph ending with a
///   colon, transcript labels, sign-offs. (Headlines are scanned for cues like any sentence.)
/// - `HeadlineCue.swift` — a headline in title case, whose capitalised verb the reporting-verb mechanism reads as a
///   name: "Trump Says He Never Pledged…", "Conservative Icon Morton Blackwell Endorses Ted Cruz".
/// - `SourceSpan.swift` — the speaker and the whole source phrase next to a cue (appositives, titles, a
///   relative "who"/"which" standing for it; partitives "most of the…", coordinated names "Smith and Jones",
///   a subject running on through a preposition "people briefed on the talks", the noun phrase opening a clause
///   for a participle or a coordinated verb after it ("A campaign official walked out, saying…"), tails "close to the campaign",
///   a cue word as a noun "the report said", the owner of a noun cue "her criticism of", never a verb after
///   "to": "to voice concern", nor a noun cue's own article "a call for"; past a dateline "WASHINGTON (AP) —").
///   `ReportingVerbCue.swift` adds the agent after "from" of a noun cue ("drew criticism from X") and raising
///   verbs that name no source ("It seems…"). `SourceSpan.swift` states the conventions and maps the six files
///   that share the mechanism: `SpeakerBefore.swift`, `SpeakerAfter.swift`, `SubjectPhrase.swift`,
///   `SourceStart.swift`, `SourceAppositives.swift`, `ClauseSubject.swift`.
/// - `ContentSpan.swift` — the content of a relation (one span or several) and its kind (direct, indirect,
///   mixed, other).
/// - `PronounResolution.swift` — "he", "she", "the Brazilian", "the 35-year-old" to the people named before
///   ("he" never to one named as a woman, by honorific or given name: `Gender.swift`); "the firm", "the
///   association" to the organisations named before.
/// - `CarriedAttribution.swift` — a sentence with a continuity cue ("Also, …") keeps the previous source.
/// - `QuoteSpeakers.swift` — the quote-speaker stage (`QuoteSpeakerStage.quoteSpeakers()` → `QuoteSpeakers`):
///   each quote's speaker, from the relations and the paragraph around it; a quote spoken by a relation of
///   another sentence joins that relation's content.
/// - `AttributionWords.swift` — the word lists (data), hashed into `Lexicon.classes` by `WordHash.swift`, and the
///   tagger's lexicon (`cueLexicon`, stems of words of saying, thinking and wanting: candidates of `CueTagger`).
/// - `CueTagger.swift` — the learned cue tagger: after the rules, an averaged perceptron accepts the cue words
///   they miss ("feel", "voiced concern about", "endorsed"), each built into a relation by `verbCue` (kind
///   `.learned`); its less sure relations are guesses, adopted only after the claim stage. The same model grows
///   every verb cue's phrase as PolNeAR marks it ("now says", "called on") and vetoes the rules' verb cues PolNeAR
///   would not mark beside another (the rules' cue on "report" in "Shares closed at a record high, according to a
///   Reuters report"). Trained by `copydesk-quality --train-attribution --half even`; `CueTaggerWeights.swift` is
///   the generated model.

extension Token {
    /// A form of "be" or an auxiliary that makes a finite verb phrase ("is", "were", "has", "would":
    /// `AttributionWords.finiteAuxiliaries`) — what opens a verb phrase after a subject, which no appositive holds.
    @inline(__always) var isBeOrFiniteAuxiliary: Bool {
        isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(hash)
    }

    /// A closing or straight single quote right after a word: an owner's bare apostrophe ("Sanders' claim",
    /// "Fox News' Bret Baier").
    @inline(__always) var isBareApostrophe: Bool {
        (punct == .sqClose || punct == .sqStraight) && !has(Token.spaceBefore)
    }
}

/// A cue found in a sentence, before its source is resolved and its content delimited.
struct Cue {
    var sentence: Int
    var kind: Attribution.Kind
    /// First and last token of the cue ("has also said", "according to", ":").
    var first: Int
    var last: Int
    var speaker: Speaker?
    /// The speaker stands next to a speech verb.
    var direct: Bool
    /// The content is the subject before the cue and what follows it ("X is expected to…", "X was called Y by Z").
    var passive = false
    /// The source is a document or data ("records show").
    var document = false
    /// The "by" before a passive's agent ("was called reckless by the chairman"), or the "from" before a noun
    /// cue's ("drew criticism from the board"): the source starts after it.
    var byToken: Int? = nil
    /// A transcript label ("RAMOS:") speaking for a sentence of its paragraph: the content is the sentence.
    var label = false
    /// The head of the cue, what `Attribution.cueRange` holds (the verb of "has also said", the participle of
    /// "was reported by"); nil when it is the whole phrase.
    var head: TextRange? = nil
    /// A cue the tagger found (`CueTagger.swift`): its confidence (the score above the threshold).
    var learned: Float? = nil
    /// A learned cue's speaker is its clause's subject further back (`learnedClauseSubject`), not a name beside it.
    var clauseSubject = false
    /// A participle opening the sentence ("Declaring that…, the senator offered…"): the comma closing its clause,
    /// before the subject that speaks; the content is the clause up to it.
    var frontedComma: Int? = nil
    /// A verb coordinated with an earlier one by "and"/"but", sharing its clause's subject ("Farage said the plan
    /// failed, and accused Number 10 of…"): the coordinator's token.
    var coordinator: Int? = nil
    /// A noun of assertion with its "that" clause ("Trump's claim that…", `NounComplementCue.swift`): the clause
    /// ends at the first comma, semicolon, dash or parenthesis.
    var nounClause = false
}

/// The form of a verb group, as `AttributionStage.verbGroupForm` reads it: verbs coordinated at one level share it.
enum VerbGroupForm {
    case past
    case perfect
    case present
    case ing
}

struct Speaker {
    var first: Int
    var last: Int
    var form: Attribution.SpeakerForm
    var mention: Int?
    /// Last token of the whole source phrase, when it runs past the name ("Smith, a partner at Y").
    var phraseLast: Int? = nil
    /// First token of the whole source phrase, when it starts before the name ("former President Obama").
    var phraseFirst: Int? = nil
    /// A relative pronoun that stands for the speaker in its clause ("Humphrey, who told POLITICO…").
    var relative: Int? = nil
}

/// Who a source phrase names (`namedSpeaker`): the mention of its head (nil: nobody named), the range and form the
/// relation shows, and whether the mention heads the phrase (false: an organisation a role names, no person).
struct NamedSpeaker {
    var mention: Int?
    var range: TextRange
    var form: Attribution.SpeakerForm
    var heads = true
}

/// What the attribution stage found: an immutable value.
struct AttributionSet {
    /// Relations in text order of (sentence, cue), then the carried ones.
    let attributions: [Attribution]
    /// Per sentence: indices into `attributions`. A range: relations come in sentence order and a carried one is the
    /// only one of its sentence, so each sentence's are consecutive (one array per text, not one per sentence).
    let bySentence: [Range<Int>]
    /// Entities that speak with a speech verb and are not groups: people.
    let people: [Int]
    /// The tagger's less sure relations (`CueTagger.sourcingConfidence`): they describe the text as PolNeAR
    /// would, but join the analysis only after the claim stage (`ArticleAnalyzer.analyze`), so a guess never
    /// sources a claim, speaks a quote or carries to the next sentence.
    let guesses: [Attribution]
}

extension AttributionStage {
    /// Each cue's source phrase (`sourceTokens`) and who it names (`namedSpeaker`), read once for the people check
    /// and again for the relation; nil for a cue with no speaker.
    private func namedSources(_ cues: [Cue]) -> [(phrase: (Int, Int), named: NamedSpeaker)?] {
        cues.map { c in
            c.speaker.map { sp in
                // A source after its cue starts past the cue (or its "by"); a noun cue's owner is the owner alone
                // ("including Mr. Trump's assertion that…").
                let phrase =
                    c.nounClause
                    ? (min(sp.first, sp.phraseFirst ?? sp.first), sp.last)
                    : sourceTokens(sp, after: sp.first > c.last ? (c.byToken ?? c.last) : -1)
                return (phrase, namedSpeaker(sp, phrase: phrase))
            }
        }
    }

    /// The attribution stage: the rules' cues, then the tagger's → relations with sources and contents → carried
    /// attributions.
    func attributionSet() -> AttributionSet {
        var cues = cuesInSentences()
        let model = options.learnedCues ? options.cueModel ?? CueTagger.shipped : nil
        if let model {
            // The tagger reads the rules' cues as they stand; then the veto drops the rule cues PolNeAR would not mark
            // where a sentence holds more than one.
            var ruleCue = ruleCueMask(cues)
            let learned = learnedCues(model, ruleCues: cues, ruleCue: ruleCue)
            let vetoed = vetoedRuleCues(model, cues, ruleCue: &ruleCue)
            // In place: a filter, a map and a `+` were three arrays (the filter grown by doubling) per text.
            var kept = 0
            for i in cues.indices where !vetoed[i] {
                cues[kept] = cues[i]
                kept += 1
            }
            cues.removeLast(cues.count - kept)
            cues.append(contentsOf: learned)
        }
        cues.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        shareSpeakersWithParticiples(&cues)
        // Named speakers of speech verbs are people (unless known to be organisations, places or groups, or named
        // right after "the": `isAfterThe`).
        var people: [Int] = []
        var isPerson = entities.map { $0.kind == .person }
        for e in mentionSet.lentPeople { isPerson[e] = true }
        let sources = namedSources(cues)
        for (i, c) in cues.enumerated() where c.direct {
            if let named = sources[i]?.named, named.heads, let m = named.mention,
                entities[mentions[m].entity].kind == .unknown, !looksLikeGroup(m), !isAfterThe(m)
            {
                people.append(mentions[m].entity)
                isPerson[mentions[m].entity] = true
            }
        }
        let persons = personsBySentence(isPerson: isPerson)
        // For a described speaker ("the Brazilian added"): the people, and the full names of no known kind.
        var described: FlatLists<PersonAt>? = nil
        var out: [Attribution] = []
        // At most one relation a cue (carried ones rarely add more): one allocation, not one per doubling.
        out.reserveCapacity(cues.count)
        var guesses: [Attribution] = []
        var bySentence = [Range<Int>](filled: 0..<0, count: sents.count)
        // The speech relation last seen and its content (token ranges), to find cues nested in it.
        var outer: (sentence: Int, content: [(Int, Int)]) = (-1, [])
        // One buffer for every cue's content spans (at most three a cue), refilled by `contentSpans`; `outer` keeps
        // a copy in a buffer of its own, so refilling never copies a shared one.
        var content: [(Int, Int)] = []
        content.reserveCapacity(4)
        for (ci, c) in cues.enumerated() {
            // "Trump told reporters he thought Fields made it up": a belief or intention inside what a speech
            // verb of the same sentence reports is part of that content, not a relation of its own — the rules' or
            // the tagger's ("Clark said voters suspect…": PolNeAR gives a token one relation; cross-validated on
            // its even half the tagger's nested cues were mostly false) — speech verbs inside keep theirs: "X said
            // Y told him…".
            // (A noun of assertion names its owner: "echoed the campaign's claim that…" keeps it.)
            if c.sentence == outer.sentence, c.kind == .reportingVerb, !c.document, !c.passive, !c.nounClause,
                !(c.first...c.last).contains(where: { toks[$0].isA(.speech) }),
                outer.content.contains(where: { $0.0 <= c.first && c.last <= $0.1 })
            {
                continue
            }
            var entity: Int? = nil
            var candidates: [Int] = []
            var range: TextRange? = nil
            var isPronoun = false
            var form = c.speaker?.form ?? .none
            let src = sources[ci]?.phrase
            if let sp = c.speaker, let named = sources[ci]?.named {
                range = named.range
                form = named.form
                entity = named.mention.map { mentions[$0].entity }
                if form == .description, entity == nil, describesPerson(sp.first, sp.last) {
                    // "Neymar scored twice. The Brazilian added…": the person named last, as a pronoun would be.
                    if described == nil {
                        var isNamed = isPerson
                        for m in mentions where m.parts >= 2 && entities[m.entity].kind == .unknown {
                            isNamed[m.entity] = true
                        }
                        described = personsBySentence(isPerson: isNamed)
                    }
                    entity =
                        resolvePronoun(
                            at: sp.first, sentence: c.sentence, persons: described!, attributions: out,
                            bySentence: bySentence
                        ).last
                    if let e = entity {
                        // One candidate: a later pronoun reads the person on from it (`resolvePronoun`).
                        candidates = [e]
                        if entities[e].kind == .unknown, !people.contains(e) { people.append(e) }
                    }
                } else if form == .description, entity == nil {
                    // "The firm said", "a spokesman for the association": the organisation named before.
                    entity = describedOrganisation(named.range, sentence: c.sentence)
                }
                if form == .pronoun {
                    isPronoun = true
                    // ("Cole voiced his concern that…": a possessive owner resolves as "he" would.)
                    let possessive =
                        toks[sp.first].hash == AttributionWords.hHis || toks[sp.first].hash == AttributionWords.hHer
                    if toks[sp.first].isA(.personPronoun) || possessive {
                        candidates = resolvePronoun(
                            at: sp.first, sentence: c.sentence, persons: persons, attributions: out,
                            bySentence: bySentence)
                        entity = candidates.last
                    }
                }
            }
            contentSpans(of: c, source: src, until: contentLimit(ci, cues, sources), into: &content)
            if isPronoun, !candidates.isEmpty {
                // "“…pretending like Donald Trump isn't happening,” he said": a speaker does not name himself; a
                // person named in what the pronoun says is not its referent, while another candidate remains.
                let named = candidates.filter { namedIn(content, $0) }
                if !named.isEmpty, named.count < candidates.count {
                    candidates.removeAll { named.contains($0) }
                    entity = candidates.last
                } else if named.count == candidates.count, let sp = c.speaker,
                    !out.contains(where: { $0.sentence == c.sentence && $0.entity.map(named.contains) == true })
                {
                    // "The club paid £2m for Ade's academy place, he added.": each candidate is named in what the
                    // pronoun says; the people before the sentence are read instead (none of them named there). Not
                    // when one of them speaks in the sentence already: a content read too far back may hold the
                    // speaker's own name.
                    let before = resolvePronoun(
                        at: sp.first, sentence: c.sentence, persons: persons, attributions: out,
                        bySentence: bySentence, pastOwnSentence: true)
                    if !before.isEmpty, !before.contains(where: { namedIn(content, $0) }) {
                        candidates = before
                        entity = before.last
                    }
                }
            }
            // Built in place at the end of `out` (a guess moves on to `guesses` below): a local relation appended at
            // the end was copied, its arrays retained, and the local released.
            let ai = out.count
            out.append(
                Attribution(
                    kind: c.learned == nil ? c.kind : .learned, sentence: c.sentence,
                    cueRange: c.head ?? tokRange(c.first, c.last),
                    speakerRange: range, entity: entity, candidates: candidates, isPronoun: isPronoun))
            out[ai].speakerForm = form
            out[ai].isDirect = c.direct && c.speaker != nil
            out[ai].sourceRange = src.map { tokRange($0.0, $0.1) }
            out[ai].confidence = c.learned.map(Double.init)
            var (first, last) = (c.first, c.last)
            if let model, isExtendable(c) {
                // The tagger grows a verb cue's phrase over the words PolNeAR counts in it ("voiced concern about",
                // "is set to", "called on", "said Sunday"), never into the source; the content gives up the words
                // the phrase takes; nor the word that introduces a source after it ("from" of "drew criticism
                // from the union").
                (first, last) = extendedCue(
                    c.first, c.last, head: headToken(c), learned: c.learned != nil, model: model,
                    blocked: { j in
                        src.map { $0.0 <= j && j <= $0.1 || j > c.last && j + 1 == $0.0 } ?? false
                            || j < c.first && isNounAfterDeterminer(j)
                    })
                if first < c.first || last > c.last {
                    // In place: the spans the phrase leaves non-empty, trimmed.
                    var n = 0
                    for i in content.indices {
                        var (x, y) = content[i]
                        if x >= first && x <= last { x = last + 1 }
                        if y >= first && y <= last { y = first - 1 }
                        if x <= y {
                            content[n] = (x, y)
                            n += 1
                        }
                    }
                    content.removeLast(content.count - n)
                }
            }
            if let (x, y) = content.first, x == last + 1, x < y, isExtendable(c), isLowerWord(x), !inQuote(x),
                held.topicPrepositions.contains(toks[x].hash), !opensFigure(x)
            {
                // "has boasted of his…", "apologized for the columns", "expressing dismay at…": a preposition opening
                // the content right after a verb cue introduces its topic and belongs to the cue, as PolNeAR marks it
                // (not one opening a figure, "at least 12", "about 40": a claim reads the figure's phrase whole).
                last = x
                content[0].0 = x + 1
            }
            if last + 2 < sents[c.sentence].tokEnd, isLowerWord(last + 1), endsInLy(last + 1), !inQuote(last + 1),
                toks[headToken(c)].isA(.speech), case let p = toks[last + 2].punct,
                p == .comma || p == .period || p == .colon || p == .semicolon
            {
                // "Clinton said sarcastically.", "Marsh wrote recently.", "he said flatly: “…”": a manner or time
                // adverb closing a speech verb's clause belongs to its cue (PolNeAR marks it so); the content gives
                // it up.
                last += 1
                // (And the mark after it: "flatly:".)
                if let (x, y) = content.first, x == last {
                    let from =
                        x + 1 <= y && (toks[x + 1].punct == .colon || toks[x + 1].punct == .comma) ? x + 2 : x + 1
                    if from <= y { content[0].0 = from } else { content.removeFirst() }
                }
            }
            out[ai].cuePhraseRange = tokRange(first, last)
            // Only a rule's speech relation holds others inside its content: the tagger's relations never remove a
            // rule's (as its guesses never source a claim).
            if c.learned == nil, c.direct || (c.first...c.last).contains(where: { toks[$0].isA(.speech) }) {
                outer.sentence = c.sentence
                outer.content.removeAll(keepingCapacity: true)
                outer.content.append(contentsOf: content)
            }
            out[ai].contentRanges = content.map { tokRange($0.0, $0.1) }
            out[ai].relation = relation(of: c, content: content)
            // A less sure learned relation is a guess; so is one that names no source, only its clause's subject
            // further back, or a figure as its source ("Some 63% backed his rival": a poll's result is the claim
            // itself, not who reports it).
            if let score = c.learned,
                Double(score) <= CueTagger.sourcingConfidence || c.clauseSubject
                    || c.speaker.map({ sp in (sp.first...sp.last).contains { toks[$0].kind == .number } }) ?? true
            {
                guesses.append(out.removeLast())
                continue
            }
            // Cues are sorted by sentence: the new relation extends its sentence's range (or starts it).
            let before = bySentence[c.sentence]
            assert(before.isEmpty || before.upperBound == ai)
            bySentence[c.sentence] = (before.isEmpty ? ai : before.lowerBound)..<(ai + 1)
        }
        carryAttributions(&out, &bySentence)
        return AttributionSet(attributions: out, bySentence: bySentence, people: people, guesses: guesses)
    }

    /// Entity `e` is named in one of the token spans `content` (what a relation says).
    private func namedIn(_ content: [(Int, Int)], _ e: Int) -> Bool {
        for span in content where span.0 <= span.1 {
            for k in span.0...span.1 where mentionOf[k] >= 0 && mentions[Int(mentionOf[k])].entity == e { return true }
        }
        return false
    }

    /// "Sanders criticized the plan, saying…", "Reeve told investors that…, adding that…": a participle right after a
    /// comma, whose own search for its clause's subject found no name (it can stop at a word of the description,
    /// "Democratic presidential candidate Sen. Bernie Sanders"), speaks for the rule cue before it in its sentence
    /// when a name speaks that cue from before it — one source for both, as PolNeAR marks them; not a relative
    /// clause's ("Farmers, who denounced the sale, were angry, saying…": the farmers speak). A description or a
    /// pronoun there is left to the participle's own search, which reads the clause as a whole.
    private func shareSpeakersWithParticiples(_ cues: inout [Cue]) {
        for i in cues.indices.dropFirst() {
            let c = cues[i]
            let p = cues[i - 1]
            guard p.sentence == c.sentence, c.kind == .reportingVerb, p.kind == .reportingVerb, c.learned == nil,
                p.learned == nil, !c.passive, !p.passive, c.frontedComma == nil, p.frontedComma == nil,
                let sp = p.speaker, sp.mention != nil, c.speaker?.mention == nil, sp.last < p.first,
                p.last < c.first - 1, sp.relative == nil, !toks[sp.first].isA(.relativePronoun),
                toks[c.first - 1].punct == .comma, !inQuote(c.first), endsInIng(c.first),
                c.head.map({ $0.start == toks[c.first].start }) ?? true
            else { continue }
            cues[i].speaker = sp
        }
    }

    /// Where the content of cue `i` must stop in its sentence for the next cue's relation: at the comma before a
    /// participle of assertion that carries the report on (`continuationComma`), at the comma before the source of a
    /// trailing cue that ends the sentence ("…, The Post reported."), at the comma or semicolon before a later verb
    /// cue's subject that opens a clause of its own ("42% say…, while 47% say…"), at the comma closing a parenthesis
    /// between a subject and its verb cue ("The agency, citing privacy rules, said…"), or, for a cue with no source
    /// before a cue with one — a question put in a clause of its own ("When asked about the levy, Reeve said…",
    /// "Asked if he would run, Hague replied…"), a passive ("The mill is expected to close, officials said") —
    /// at the last comma before the next cue's source, where the answer begins (PolNeAR's even half marks "asked
    /// about" with the question alone).
    private func contentLimit(
        _ i: Int, _ cues: [Cue], _ sources: [(phrase: (Int, Int), named: NamedSpeaker)?]
    ) -> Int? {
        if cues[i].nounClause, let end = nounClauseEnd(cues[i]) { return end }
        let clause = clauseLimit(i, cues, sources)
        guard let shared = coordinationLimit(i, cues) else { return clause }
        return min(shared, clause ?? shared)
    }

    /// "Farage said the plan failed, and accused Number 10 of…", "The FBI said that… but did not recommend that…":
    /// a later verb cue of the sentence coordinated with this one (its subject is this cue's speaker, across "and"
    /// or "but") is a relation of its own; this content stops before the coordinator (and a comma before it).
    private func coordinationLimit(_ i: Int, _ cues: [Cue]) -> Int? {
        let c = cues[i]
        guard let sp = c.speaker else { return nil }
        func shares(_ h: Int) -> Bool {
            guard let o = cues[h].speaker else { return false }
            return o.first <= sp.last && sp.first <= o.last
        }
        var j = i + 1
        while j < cues.count && cues[j].sentence == c.sentence {
            defer { j += 1 }
            guard let k = cues[j].coordinator, cues[j].learned == nil, k > c.last + 1, shares(j) else { continue }
            // Coordinated with a verb of the same speaker before it ("Clinton attacked Trump, saying…, and
            // reminded…", "responded by calling him dopey and accusing him…") in a form that matches: a present
            // after a past continues the reported clause ("said they are worried… and want to deny him").
            let form = verbGroupForm(cues[j])
            var h = j - 1
            while h >= 0 && cues[h].sentence == c.sentence {
                if cues[h].first < k, shares(h), formsMatch(verbGroupForm(cues[h]), form) {
                    return toks[k - 1].punct == .comma ? k - 1 : k
                }
                h -= 1
            }
        }
        return nil
    }

    /// Verb groups of these forms (`verbGroupForm`) can be coordinated at one level: both in "-ing" or both finite,
    /// not a past beside a present ("said they are worried… and want": the present continues what was said), though a
    /// perfect takes a past participle ("has also called for… and proposed"); a modal matches any finite form.
    private func formsMatch(_ a: VerbGroupForm?, _ b: VerbGroupForm?) -> Bool {
        switch (a, b) {
        case (.ing, .ing): return true
        case (.ing, _), (_, .ing): return false
        case (.past, .present), (.past, .perfect), (.present, .past): return false
        default: return true
        }
    }

    /// The form of a verb cue's group, from its first verb: past ("said", "did not recommend", "was adamant"), a
    /// perfect ("has also called", whose coordinated participle is past in form: "and proposed"), present ("says",
    /// "just want"), a participle in "-ing"; nil for a modal ("would not identify"), an infinitive or no verb.
    private func verbGroupForm(_ c: Cue) -> VerbGroupForm? {
        for j in c.first...c.last where toks[j].kind == .word {
            let h = toks[j].hash
            // (The claims' modal class: "to" and the modals, whose verb group has no tense to match.)
            if ClaimWords.classes(h).contains(.modal) { return nil }
            if h == Lexicon.hHas || h == Lexicon.hHave { return .perfect }
            if held.pastAuxiliaries.contains(h) { return .past }
            if h == Lexicon.hNot || isAdverbLike(j) && !isParticiple(j) { continue }
            if held.irregularPasts.contains(h) || isParticiple(j) { return .past }
            return endsInIng(j) ? .ing : .present
        }
        return nil
    }

    /// Where this content stops before a later clause that reports on its own (see `contentLimit`).
    private func clauseLimit(
        _ i: Int, _ cues: [Cue], _ sources: [(phrase: (Int, Int), named: NamedSpeaker)?]
    ) -> Int? {
        if let comma = continuationComma(after: i, in: cues) { return comma }
        let c = cues[i]
        // "He said at a conference that he was comfortable, The Post reported.": a trailing cue that ends the
        // sentence, its source set off by a comma after this cue, reports the clause before that comma (this
        // relation nested in its content); this content stops there.
        if i + 1 < cues.count, cues[i + 1].sentence == c.sentence, cues[i + 1].kind == .reportingVerb,
            cues[i + 1].learned == nil, isTrailingVerb(cues[i + 1]), let source = sources[i + 1]?.phrase,
            source.1 < cues[i + 1].first,
            source.0 - 1 > c.last, toks[source.0 - 1].punct == .comma, !inQuote(source.0 - 1),
            (cues[i + 1].last + 1..<sents[c.sentence].tokEnd).allSatisfy({ toks[$0].kind == .punct })
        {
            return source.0 - 1
        }
        // "42% say they're liberal, while 47% say…", "One firm says there are 2,400; another says…": a later verb
        // cue of the sentence whose subject opens a clause after a comma or semicolon (and a conjunction) reports a
        // clause of its own; this content stops at that mark. Not past this cue's own source when it follows the
        // cue ("According to aides, Clinton has worried…" reports the clause after the comma), nor a poll's frame
        // (it sources the whole sentence), nor a comma closing a clause the content opened ("told him that if
        // Iran were a stock, he would…"); not for a verb set off by commas ("the good old days when, he said,
        // protesters…"), a participle or an infinitive ("as saying", "to confirm": no clause of their own).
        if let p = clauseMark(before: i + 1, of: i, cues, sources) { return p }
        // "The agency, citing privacy rules, said…", "Cole, who said the plan failed, argued that…": a cue inside a
        // parenthesis set off by commas between a subject and its verb cue (the later cue's source stands before
        // this one) reports up to the comma that closes it.
        if i + 1 < cues.count, case let n = cues[i + 1], n.sentence == c.sentence, n.learned == nil,
            n.first - 1 > c.last + 1, toks[n.first - 1].punct == .comma, !inQuote(n.first - 1),
            let source = sources[i + 1]?.phrase, source.1 < c.first,
            (source.1 + 1..<c.first).contains(where: { toks[$0].punct == .comma })
        {
            return n.first - 1
        }
        if c.speaker == nil, i + 1 < cues.count, cues[i + 1].sentence == c.sentence,
            let source = sources[i + 1]?.phrase
        {
            let next = min(cues[i + 1].first, source.0)
            var j = next - 1
            while j > c.last {
                if toks[j].punct == .comma, !inQuote(j) { return j }
                j -= 1
            }
        }
        // A clause of its own opened by a cue after the next: "The Treasury declined to comment on what it called
        // “speculation”, but a source said the plan was dead." (the cue nested in this content comes first).
        var m = i + 2
        while m < cues.count && cues[m].sentence == c.sentence {
            if let p = clauseMark(before: m, of: i, cues, sources) { return p }
            m += 1
        }
        return nil
    }

    /// The comma or semicolon (and the conjunction after it) before the subject of the later verb cue `m` of cue
    /// `i`'s sentence, where that subject opens a clause of its own that ends cue `i`'s content (as `clauseLimit`
    /// describes); nil otherwise.
    private func clauseMark(
        before m: Int, of i: Int, _ cues: [Cue], _ sources: [(phrase: (Int, Int), named: NamedSpeaker)?]
    ) -> Int? {
        let c = cues[i]
        guard c.kind != .accordingTo, m < cues.count, case let n = cues[m], n.sentence == c.sentence,
            n.learned == nil, n.kind == .reportingVerb, !n.passive, toks[n.first].hash != Lexicon.hTo,
            !endsInIng(headToken(n)), n.last + 1 < toks.count, toks[n.last + 1].punct != .comma,
            let source = sources[m]?.phrase, source.1 < n.first
        else { return nil }
        let own = sources[i].map { $0.phrase.0 > c.last ? $0.phrase.1 : c.last } ?? c.last
        var p = source.0 - 1
        let joined = p > own + 1 && held.clauseJoiners.contains(toks[p].hash) && isLowerWord(p)
        if joined { p -= 1 }
        // (A bare comma before a subject that closes on "and" lists: "sites such as Google, Amazon, eBay and
        // Yahoo showed…".)
        let listed =
            !joined
            && stride(from: source.0, through: source.1, by: 1).contains {
                toks[$0].hash == Lexicon.hAnd || toks[$0].hash == Lexicon.hOr
            }
        guard p > own + 1, toks[p].punct == .comma || toks[p].punct == .semicolon, !inQuote(p), !listed,
            !(own + 1..<p).contains(where: { held.subordinators.contains(toks[$0].hash) })
        else { return nil }
        return p
    }

    /// The head of cue `c` is a verb that can end a sentence after its source: a speech verb ("said", "added"),
    /// a document verb ("found") or a past participle ("reported") — not a noun cue (a word in "-s" after a verb in
    /// the past is no cue at all: "Trump made further demands", `isObjectOfPastVerb`).
    private func isTrailingVerb(_ c: Cue) -> Bool {
        let h = c.head.flatMap { r in (c.first...c.last).first { toks[$0].start == r.start } } ?? c.last
        return toks[h].isA(.speech) || toks[h].isA(.documentVerb) || isParticiple(h)
    }

    /// Token `j` follows an article, a possessive or a determiner in its sentence ("Her stance has angered…", "the
    /// statement talked about…"): the head of a noun phrase, never part of the verb group of the cue after it.
    func isNounAfterDeterminer(_ j: Int) -> Bool {
        guard j > sents[sentenceOfToken(j)].tokStart else { return false }
        let p = toks[j - 1]
        return p.kind == .word && (p.isA(.determiner) || p.isA(.possessivePronoun) || p.has(Token.possessive))
    }

    /// Every cue of every sentence, in no particular order.
    func cuesInSentences() -> [Cue] {
        var cues: [Cue] = []
        // News runs fewer cues than sentences: room for all of them at once, not a copy of the cues (large values)
        // at each doubling.
        cues.reserveCapacity(sents.count)
        // Per sentence: the start of its first cue (Int.max: none), so membership checks stay O(1).
        var firstCue = [Int](filled: Int.max, count: sents.count)
        func add(_ c: Cue) {
            cues.append(c)
            let start = Int(toks[c.first].start)
            if start < firstCue[c.sentence] { firstCue[c.sentence] = start }
        }
        // Word hashes read on every token: loaded once (a static is initialised lazily, checked on each read).
        let according = Lexicon.hAccording
        let words = Lexicon.hWords
        let source = AttributionWords.hSource
        let sources = AttributionWords.hSources
        let per = Lexicon.hPer
        let inHash = Lexicon.hIn
        let that = Lexicon.hThat
        let of = Lexicon.hOf
        for s in sents.indices {
            let a = sents[s].tokStart
            let e = sents[s].tokEnd
            let titleCase = isTitleCaseHeadline(s)
            var k = a
            while k < e {
                if inQuote(k) {
                    k += 1
                    continue
                }
                // Cheap tests on the token first: most tokens are no cue, and each call copies the stage.
                let t = toks[k]
                if t.kind == .word {
                    if t.hash == according || t.hash == words || t.hash == source || t.hash == sources || t.hash == per,
                        let (c, next) = nounPhraseCue(at: k, sentence: s)
                    {
                        add(c)
                        k = next
                        continue
                    }
                    if t.hash == inHash, let c = pollFrameCue(at: k, sentence: s) {
                        add(c)
                        k = (c.speaker?.last ?? k) + 1
                        continue
                    }
                    if t.isA(.hearsayAdverb), let c = adverbCue(at: k, sentence: s) {
                        add(c)
                        k += 1
                        continue
                    }
                    if t.isA(.documentVerb), let c = documentCue(at: k, sentence: s) {
                        add(c)
                        k = c.last + 1
                        continue
                    }
                    // ("Trump Says He…": a title-case headline's capitalised verb, `HeadlineCue.swift`.)
                    if titleCase, t.isCap, let c = headlineCue(at: k, sentence: s) {
                        add(c)
                        k = c.last + 1
                        continue
                    }
                    // ("Trump's claim that…", "is convinced that…": a noun or an adjective of their classes before
                    // "that", the class read first.)
                    let next = k + 1 < e ? toks[k + 1].hash : 0
                    let beforeThat = t.isA([.complementNoun, .beliefAdjective]) && next == that
                    if beforeThat, t.isA(.complementNoun), let c = nounComplementCue(at: k, sentence: s) {
                        add(c)
                        k += 1
                        continue
                    }
                    // (One class test: a reporting verb, or a word the scan reads from though it is none: "put" or
                    // "clear" ending a cue phrase, "talk" or "talks" as a verb.)
                    if t.isA([.reporting, .phraseCueEnd]), let c = reportingVerbCue(at: k, sentence: s) {
                        add(c)
                        k = c.last + 1
                        continue
                    }
                    if beforeThat, t.isA(.beliefAdjective), let c = stanceAdjectiveCue(at: k, sentence: s) {
                        add(c)
                        k += 1
                        continue
                    }
                    // ("has been critical of the mayor": a judgement adjective before "of", the cheap test first.)
                    if next == of, held.judgementAdjectives.contains(t.hash),
                        let c = stanceAdjectiveCue(at: k, sentence: s, judging: true)
                    {
                        add(c)
                        k += 2
                        continue
                    }
                } else if t.punct == .colon || t.punct == .dash,
                    let c = colonBeforeQuote(at: k, sentence: s, firstCue: firstCue[s])
                {
                    add(c)
                }
                k += 1
            }
            if firstCue[s] == Int.max, let c = statementCue(sentence: s) { add(c) }
        }
        for c in paragraphColonCues(firstCue: firstCue) { add(c) }
        for c in signOffCues() { add(c) }
        for c in transcriptQuoteLabels() { add(c) }
        for c in transcriptParagraphLabels(firstCue: firstCue) { add(c) }
        return cues
    }
}

extension ReadsTokens {
    /// The sentence holding token `i` (`TextUnits.sentenceOf`); past the last token, the last sentence.
    func sentenceOfToken(_ i: Int) -> Int {
        i >= 0 && i < units.sentenceOf.count
            ? Int(units.sentenceOf[i]) : sents.lastIndex(keyedBy: \.tokStart, atMost: i)
    }

    /// Token `k` is a participle whose active takes its object before the preposition right after it
    /// (`ClaimWords.objectFirstParticiples` before "of" or "for"): a passive with no "be", whose noun before it is
    /// the accused, not the accuser — "A man accused of stealing $3 million has been arrested" ("Police accused him
    /// of stealing $3 million" is active). Not after a relative clause's subject, its object gone first: "the group,
    /// which Hollande blamed for the attacks".
    func isReducedPassive(_ k: Int) -> Bool {
        guard held.objectFirstParticiples.contains(toks[k].hash), k + 1 < toks.count,
            toks[k + 1].hash == Lexicon.hOf || toks[k + 1].hash == Lexicon.hFor
        else { return false }
        let a = sents[sentenceOfToken(k)].tokStart
        // The relative pronoun within the clause (a stray symbol in a name is no boundary: "FranÃ§ois").
        var r = k - 2
        while r >= a && r >= k - 8
            && (toks[r].kind == .word || toks[r].punct == .other || toks[r].punct == .none)
            && toks[r].hash != Lexicon.hWhich && toks[r].hash != Lexicon.hWhom && toks[r].hash != Lexicon.hThat
        {
            r -= 1
        }
        return r < a || r < k - 8 || toks[r].kind != .word
    }
}
