/// The learned cue tagger: cue words the rules miss — beliefs, intentions and expectations ("believes",
/// "wants", "hopes"), judgements ("criticized", "praised", "endorsed"), noun cues ("criticism", "support")
/// — decided by an averaged perceptron over hashed context features, trained on PolNeAR's even half.
///
/// - Candidates: words outside quotes, names and every rule cue whose stem (`stemHash`: "endorsing" → "endors") is
///   in the model's vocabulary (stems that were part of a gold cue in training at least twice and in at least 10 %
///   of their uses, or once in at least half of them; no function words: two-fold cross-validation on PolNeAR's
///   even half rises 0.605 → 0.608 over a threshold of two, and one weak sighting does not add a word), or in its
///   lexicon (`AttributionWords.cueLexicon`: verbs of saying, thinking, perceiving and wanting, nouns of speech and
///   of attitude, adjectives of a state of mind — data, matched by stem) that training saw fewer than ten times
///   (`minLexiconCount`; a stem seen more often and seldom in a cue stays out). Training writes both into the
///   model's vocabulary, so a word it never saw is judged from its context with no lookup added per token nor
///   work per process (the candidates it adds cost about 1 % of the analysis instructions): cross-validated cue F1
///   0.614 → 0.619.
///   The lexicon gives candidates only, no features: its classes as features (alone and with the subject, the
///   rules' judgements, the neighbours) cross-validated 0.615–0.617, below candidates alone, and cost 2 % more
///   instructions (branch cue9 had both, and a lookup per word, for 6–7 % of the analysis speed). Every other token
///   costs a class test, at most one pass over its letters and one set lookup, so the tagger keeps the analysis
///   speed.
/// - Features of a candidate (hashed into a fixed table of `2^tableBits` 16-bit weights by one multiply,
///   `TaggerFeature.index`): its neighbours within two tokens and the word's bigrams with them, its stem alone and
///   with each neighbour, what follows it (a name, a pronoun, a determiner), the rules' judgements there
///   (`isNounUse`, `isActionUse`, a clause opening after it, a participle after "be"), its distance from the
///   sentence's ends, and the nearest rule cue on each side (PolNeAR nests no relation in another's content).
///   Eleven more (the word alone, suffixes, shape, lexicon classes, what stands before it, the shapes after it, its
///   clause's subject) were dropped: they cross-validated the same and cost 3 % of lint's instructions
///   (`taggerFeatures`).
/// - An accepted head becomes a relation built by the reporting-verb mechanism (`verbCue`: auxiliaries,
///   particle, passive, a speaker beside it, then `contentSpans`), with kind `.learned` and the score as its
///   confidence; a head right after another learned cue lengthens it ("voiced concern about"). The rules' firm
///   no stands (`isRuledOut`: "agreed to acquire", "decided to run", "the report was published on Monday").
/// - A second task of the same model grows every verb cue's phrase — the rules' and its own — word by word on each
///   side over the words PolNeAR counts in it (`extendedCue`: "now says", "called on", "voiced concern about"),
///   from the word, its neighbour, their shapes (weekday, adverb, auxiliary, name…) and the cue's head.
/// - A third task vetoes the rules' verb cues PolNeAR would not mark where the rules find more than one cue in a
///   sentence (PolNeAR gives a token one relation: "X said …, according to the Times"; "…, said Bolton" after a
///   quoted "I've always said"), from its head's candidate features in a table region of their own, the cue's
///   shape (passive, speaker beside or after it, agent, sentence end) and the kind and distance of its sentence's
///   other rule cues (`vetoedRuleCues`); a verb cue scoring below the veto threshold is dropped after the tagger
///   has read the rules' cues. A cue alone in its sentence is never judged: vetoing those too gained more cue F1
///   (cross-validated 0.612 against 0.608) but left claims unsourced that PolNeAR counts as sourced. Two-fold
///   cross-validation on the even half: cue F1 0.603 → 0.605; the threshold is the most lenient of those that
///   cross-validate alike (−5 to −15 weight units: 0.608), so it drops the fewest relations. Its examples are
///   shuffled apart from the others' and learned after them in each epoch, so the candidate and extension tasks
///   learn as they would without it (but for collisions in the table).
/// - A learned cue with no source beside it takes the owner of a noun cue ("his remarks", "Clinton's statement":
///   `possessiveSource`) or its clause's subject further back (`learnedClauseSubject`).
/// - A learned relation sources claims only when sure (`sourcingConfidence`) and naming a source that is not a
///   figure nor only its clause's subject (`Cue.clauseSubject`); the others are guesses, adopted after the claim
///   stage (`AttributionSet.guesses`).
/// - Training (`CueTagger.train`, run by `copydesk-quality --train-attribution --half even`) is deterministic:
///   fixed vocabulary thresholds, fixed epochs, fixed-seed shuffles; the weights are the mean of twenty averaged
///   perceptrons trained in twenty shuffled orders (a single order's model put borderline words such as "feel",
///   "suspect" on either side of the threshold depending on the seed; the mean of ten did so less — two-fold
///   cross-validation on PolNeAR's even half rose 0.600 → 0.602, the gain in precision — and still flipped
///   "suspect" or the "of" of "criticism of" when the examples changed; twenty: 0.609 with the veto and the
///   vocabulary above, against 0.609 for ten); it returns the encoded
///   model that `CueTaggerWeights.swift` holds as base64 (2^18 weights: 0.5 MB). The cue threshold sits 2 score
///   units below zero: with the lexicon's candidates, cross-validated cue F1 is 0.621 from −1 to −3 (recall for
///   precision) against 0.619 at zero (without them, −5 lost 0.006). `--train-attribution --half even --dev`
///   cross-validates it inside the even half (`--ceiling`: `goldCoverage`; `--probe TEXT`: `candidateScores`).
///
/// Model encoding (little-endian): "CDT3", table bits (UInt8) and three zero bytes, the weight scale (Float32
/// bits), the cue, extension and veto thresholds (Int32 each, in weight units), the vocabulary size (UInt32), the
/// vocabulary (UInt64 stem hashes, `stemHash`), then the `2^tableBits` weights (Int16).
public struct CueTagger: Sendable {
    static let magic: [UInt8] = Array("CDT3".utf8)
    let tableBits: Int
    let weights: [Int16]
    /// A weight unit in score units (score = Σ weights × scale).
    let scale: Float
    /// Scores above this (in weight units) are cues.
    let threshold: Int32
    /// Scores above this (in weight units) join a word to the cue phrase next to it.
    let extensionThreshold: Int32
    /// A rule's verb cue scoring below this (in weight units) on the veto task is dropped (`isVetoed`).
    let vetoThreshold: Int32
    let vocabulary: HashSet64
    let vocabularyCount: Int

    /// Learned relations scoring at most this far above the cue threshold are guesses: shown, never sourcing a
    /// claim (`AttributionSet.guesses`). Chosen on BBC's tune half (the lowest that flags no sourced claim more
    /// than the rules alone) and PolNeAR's even half, as 12 over a threshold of zero; the threshold is now −2, so
    /// the relations that source claims are as sure as before.
    public static let sourcingConfidence = 14.0

    /// The model checked in (`CueTaggerWeights.encoded`), decoded once; nil when it does not decode.
    public static let shipped: CueTagger? = Base64.decode(CueTaggerWeights.encoded).flatMap { CueTagger(encoded: $0) }

    /// The model in `bytes` (the encoding above), or nil when malformed.
    public init?(encoded bytes: [UInt8]) {
        guard bytes.count >= 28, Array(bytes[0..<4]) == CueTagger.magic else { return nil }
        let bits = Int(bytes[4])
        guard bits >= 8 && bits <= 24 else { return nil }
        func u32(_ i: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i + $1]) << (8 * $1) } }
        let count = Int(u32(24))
        let weightsAt = 28 + 8 * count
        guard bytes.count == weightsAt + 2 * (1 << bits) else { return nil }
        // A sparse set (a quarter full): most tokens are no candidate, and a miss stops at the first empty slot.
        var vocab = HashSet64(capacity: 2 * count)
        for v in 0..<count {
            let at = 28 + 8 * v
            vocab.insert((0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * $1) })
        }
        // Read in place (2^18 weights on every process start).
        let w = bytes.withUnsafeBytes { raw in
            [Int16](unsafeUninitializedCapacity: 1 << bits) { buffer, n in
                for i in 0..<(1 << bits) {
                    buffer[i] = Int16(
                        littleEndian: raw.loadUnaligned(fromByteOffset: weightsAt + 2 * i, as: Int16.self))
                }
                n = 1 << bits
            }
        }
        tableBits = bits
        weights = w
        scale = Float(bitPattern: u32(8))
        threshold = Int32(bitPattern: u32(12))
        extensionThreshold = Int32(bitPattern: u32(16))
        vetoThreshold = Int32(bitPattern: u32(20))
        vocabulary = vocab
        vocabularyCount = count
    }

    /// The score of the features `emit` adds, summed as they come (`TaggerScore`), in weight units: one
    /// extension step or one veto. (`learnedCues`, which scores every candidate, holds one scratch space for all.)
    @inline(__always) func score(_ emit: (inout TaggerScore) -> Void) -> Int32 {
        weights.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: TaggerScore.scratchSize) { scratch in
                var f = TaggerScore(w, scratch: scratch)
                emit(&f)
                return f.sum()
            }
        }
    }

    /// The score of a feature list, in weight units.
    @inline(__always) func score(_ f: [Int32]) -> Int32 {
        weights.withUnsafeBufferPointer { w in
            var score: Int32 = 0
            for i in f { score &+= Int32(w[Int(i)]) }
            return score
        }
    }

    /// The encoded size of this model, in bytes.
    public var encodedSize: Int { 28 + 8 * vocabularyCount + 2 * weights.count }
    /// Number of weights and of vocabulary words (for the weights file's header and its test).
    public var shape: (weights: Int, vocabulary: Int) { (weights.count, vocabularyCount) }
}

/// Hashed features: a template id and a value mixed into a table index.
enum TaggerFeature {
    /// The top `bits` bits of one multiply (multiply-shift hashing): the values are word hashes or small codes set
    /// apart by their template's odd multiple. A 64-bit finaliser (three more multiplies) before it cross-validated
    /// no better (cue F1 0.620 with it, 0.623 without, `--train-attribution --dev --half even`).
    @inline(__always) static func index(_ template: UInt64, _ value: UInt64, bits: Int) -> Int32 {
        let x = value ^ (template &* 0xD6E8_FEB8_6659_FD93)
        return Int32(truncatingIfNeeded: (x &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}

extension AttributionStage {
    /// A token as a context value: its word hash, a class for numbers, its punctuation, or the sentence edge.
    @inline(__always) func taggerValue(_ i: Int, _ a: Int, _ e: Int) -> UInt64 {
        guard i >= a && i < e else { return 0xE0 }
        let t = toks[i]
        switch t.kind {
        case .word: return t.hash
        case .number: return 0xE1
        case .punct: return 0xF00 | UInt64(t.punct.rawValue)
        }
    }

    /// Word classes that are never a candidate (function words, "be", determiners, fillers).
    @inline(__always) static var taggerExcluded: UInt64 {
        WordClass.function.rawValue | WordClass.beForm.rawValue | WordClass.determiner.rawValue
            | WordClass.speakerSkip.rawValue
    }

    /// Token `k` is a word that may be a cue, wherever it stands: no function word, form of "be" or determiner,
    /// no part of a name.
    @inline(__always) func isTaggerWord(_ k: Int) -> Bool {
        toks[k].kind == .word && toks[k].cls & AttributionStage.taggerExcluded == 0 && mentionOf[k] < 0
    }

    /// Candidate `k` of sentence `s` may be a cue: a word outside quotes and rule cues whose stem is in the
    /// vocabulary.
    @inline(__always) func isTaggerCandidate(_ k: Int, _ model: CueTagger, ruleCue: [Bool]) -> Bool {
        isTaggerWord(k) && !ruleCue[k] && !inQuote(k) && model.vocabulary.contains(stemHash(k))
    }

    /// The word at `k` without its inflection (`wordStemHash`, WordHash.swift): "endorses", "endorsed", "endorsing"
    /// → "endors", so a form never seen in training shares its seen forms' vocabulary entry and weights.
    @inline(__always) func stemHash(_ k: Int) -> UInt64 {
        let t = toks[k]
        return wordStemHash(syntax.prose, Int(t.start), Int(t.end), hash: t.hash)
    }

    /// The feature indices of candidate `k` in sentence `s` (`ruleCue`: the rules' cue tokens), added to `f` (a list:
    /// emptied by the caller): the word's neighbours within two tokens and its bigrams with them, its stem alone and
    /// with each neighbour, its distance from the sentence's ends, what follows it (a name, a pronoun, a determiner),
    /// the rules' judgements there, and the nearest rule cue on each side.
    ///
    /// Eleven more were dropped in session 13: the word alone, its suffixes, shape and lexicon classes, what stands
    /// before it (two `isSubjectLike` reads), the shapes of the two words after it, its clause's subject. Each alone
    /// was worth at most 0.002 of cross-validated cue F1 (`--train-attribution --dev --half even`), all eleven
    /// together 0.002 (0.623 → 0.621), and the analysis of PolNeAR train runs 3 % fewer instructions without them.
    /// On the held-out odd half cue F1 went 0.625 → 0.624, source F1 0.722 → 0.720 and unsourced-claim precision
    /// 0.902 → 0.900 (938 flags, 94 false alarms); BBC's tune and measure rows did not change.
    func taggerFeatures<Sink: TaggerFeatureSink>(
        _ k: Int, sentence s: Int, ruleCue: [Bool], bits: Int, into f: inout Sink
    ) {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let w0 = toks[k].hash
        let wm1 = taggerValue(k - 1, a, e)
        let wm2 = taggerValue(k - 2, a, e)
        let wp1 = taggerValue(k + 1, a, e)
        let wp2 = taggerValue(k + 2, a, e)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            f.add(TaggerFeature.index(template, value, bits: bits))
        }
        add(0, 0)
        add(2, wm1)
        add(3, wp1)
        add(4, wm2)
        add(5, wp2)
        add(6, w0 &* 31 ^ wm1)
        add(7, w0 &* 31 ^ wp1)
        add(8, w0 &* 31 ^ wp2)
        add(9, wm1 &* 31 ^ wp1)
        if k + 1 < e {
            var after: UInt64 = 0
            if mentionOf[k + 1] >= 0 { after |= 1 }
            if toks[k + 1].isA(.personPronoun) || toks[k + 1].isA(.otherPronoun) { after |= 2 }
            if toks[k + 1].isA(.determiner) { after |= 4 }
            add(17, after)
        }
        // The rules' judgements here.
        var rules: UInt64 = 0
        if isNounUse(k, a, e) { rules |= 1 }
        if isActionUse(k, e) { rules |= 2 }
        if opensClause(k + 1, e) { rules |= 4 }
        if isParticiple(k) { rules |= 8 }
        if inversionAllowed(k, a) { rules |= 16 }
        add(18, rules)
        add(19, rules &* 131 ^ w0)
        add(20, UInt64(min(k - a, 8)))
        add(21, UInt64(min(e - 1 - k, 8)))
        let stem = stemHash(k)
        add(22, stem)
        // The nearest rule cue before and after it in the sentence: its distance, whether it is a speech verb,
        // whether a comma stands between (PolNeAR marks no relation inside another's content: "Trump said
        // …, according to the Times").
        let nearBefore = nearestRuleCue(k, -1, a, e, ruleCue: ruleCue)
        add(26, nearBefore)
        add(28, nearBefore &* 131 ^ w0)
        let nearAfter = nearestRuleCue(k, 1, a, e, ruleCue: ruleCue)
        add(27, nearAfter)
        add(29, nearAfter &* 131 ^ w0)
        // The stem with its neighbours ("knows he will", "offered support for"), so that one form's evidence serves
        // the others.
        add(30, stem &* 31 ^ wp1)
        add(33, stem &* 31 ^ wm1)
    }

    /// The nearest rule cue to token `k` on side `dir` (−1 before, +1 after) in the sentence `a..<e`, as a feature
    /// value: its distance (at most 6), whether it is a speech verb (8), whether a comma stands between (16); 0 when
    /// there is none.
    @inline(__always) func nearestRuleCue(_ k: Int, _ dir: Int, _ a: Int, _ e: Int, ruleCue: [Bool]) -> UInt64 {
        var comma = false
        var j = k + dir
        while j >= a && j < e {
            if toks[j].punct == .comma { comma = true }
            if ruleCue[j] {
                return UInt64(min(abs(j - k), 6)) | (toks[j].isA(.speech) ? 8 : 0) | (comma ? 16 : 0)
            }
            j += dir
        }
        return 0
    }

    /// A token's shape for the phrase-extension task: a weekday ("said Sunday"), an adverb ("now says"), a
    /// determiner, a form of "be", an auxiliary, a function word, a name, a capital, a pronoun, punctuation.
    @inline(__always) func extensionShape(_ j: Int, _ a: Int, _ e: Int) -> UInt64 {
        guard j >= a && j < e else { return 1 << 12 }
        let t = toks[j]
        guard t.kind == .word else { return t.kind == .punct ? 1 << 11 | UInt64(t.punct.rawValue) << 16 : 1 << 10 }
        var shape: UInt64 = 0
        if t.isA(.weekday) { shape |= 1 }
        if isAdverbLike(j) { shape |= 2 }
        if t.isA(.determiner) { shape |= 4 }
        if t.isA(.beForm) { shape |= 8 }
        if held.cueAuxiliaries.contains(t.hash) { shape |= 16 }
        if t.isA(.function) { shape |= 32 }
        if mentionOf[j] >= 0 { shape |= 64 }
        if t.isCap { shape |= 128 }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) { shape |= 256 }
        if t.isA(.possessivePronoun) || t.has(Token.possessive) { shape |= 512 }
        return shape
    }

    /// The feature indices of token `j`, `dist` tokens outside the cue phrase on side `dir` (−1 left, +1 right),
    /// as a candidate to join the phrase of the cue whose head is token `head` (`learned`: the tagger's cue, else
    /// a rule's), added to `f` (a list: emptied by the caller). (The word's and the head's lexicon classes, and the
    /// word with the shape beyond it, were dropped in session 13: cross-validated cue F1 0.621 with and without them.)
    func extensionFeatures<Sink: TaggerFeatureSink>(
        _ j: Int, dir: Int, dist: Int, head: Int, learned: Bool, sentence s: Int, bits: Int, into f: inout Sink
    ) {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let w = taggerValue(j, a, e)
        let out = taggerValue(j + dir, a, e)
        let h = toks[head].hash
        let side = UInt64(bitPattern: Int64(dir * 8 + min(dist, 4)))
        let origin: UInt64 = learned ? 1 : 2
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            f.add(TaggerFeature.index(template, value, bits: bits))
        }
        add(100, side)
        add(101, w &* 31 ^ side)
        add(102, w &* 31 ^ UInt64(bitPattern: Int64(dir)))
        add(103, (w &* 31 ^ h) &* 31 ^ side)
        add(104, out &* 31 ^ side)
        add(105, (w &* 31 ^ out) &* 31 ^ side)
        add(106, h &* 31 ^ side)
        add(107, side &* 31 ^ origin)
        add(110, (w &* 31 ^ origin) &* 31 ^ side)
        let shape = extensionShape(j, a, e)
        let outShape = extensionShape(j + dir, a, e)
        add(108, shape &* 31 ^ side)
        add(111, (shape &* 31 ^ outShape) &* 31 ^ side)
        add(113, (shape &* 31 ^ h) &* 31 ^ side)
    }

    /// The cue phrase `first...last` of the cue headed by `head`, grown by the tagger over the words next to it
    /// (PolNeAR's cues take in "about" of "voiced concern about", "to" of "is set to", "on" of "called on", the
    /// day of "said Sunday"), never over punctuation, a name, `blocked` tokens (the relation's source), quotes or
    /// another sentence.
    func extendedCue(
        _ first: Int, _ last: Int, head: Int, learned: Bool, model: CueTagger, blocked: (Int) -> Bool
    ) -> (Int, Int) {
        let s = sentenceOfToken(head)
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var lo = first
        var hi = last
        for dir in stride(from: -1, through: 1, by: 2) {
            var j = dir < 0 ? first - 1 : last + 1
            var dist = 1
            while j >= a && j < e && dist <= 4 && toks[j].kind == .word && mentionOf[j] < 0 && !inQuote(j)
                && !blocked(j)
            {
                let score = model.score { f in
                    extensionFeatures(
                        j, dir: dir, dist: dist, head: head, learned: learned, sentence: s, bits: model.tableBits,
                        into: &f)
                }
                if score <= model.extensionThreshold { break }
                if dir < 0 { lo = j } else { hi = j }
                j += dir
                dist += 1
            }
        }
        return (lo, hi)
    }

    /// A rule's cue the veto task may judge: a verb's (not "according to", a colon, a label, nor a document's, which
    /// holds its own relation inside another's content as a speech verb does: "cited a paper that found…"), when
    /// another rule cue stands in its sentence (`neighbours`).
    func isVetoable(_ c: Cue) -> Bool {
        c.kind == .reportingVerb && c.learned == nil && !c.label && !c.document
    }

    /// The feature indices of the rule cue `c` for the veto task, in a table region of their own (each index
    /// rehashed): its head's candidate features (`taggerFeatures`, with `ruleCue` not marking `c` itself), the
    /// cue's shape (passive, speaker beside it or after it, agent, length, sentence end) alone and with its head,
    /// and the kind, side and distance of the nearest other rule cues of its sentence (`before`, `after`) —
    /// PolNeAR marks one relation where the rules may find two ("…, said Bolton" after a quoted "I've always
    /// said"; "X said …, according to the Times").
    /// (`f`: a list is emptied by the caller.)
    func vetoFeatures<Sink: TaggerFeatureSink>(
        _ c: Cue, before: Cue?, after: Cue?, ruleCue: [Bool], bits: Int,
        into f: inout Sink
    ) {
        let k = headToken(c)
        let s = c.sentence
        let e = sents[s].tokEnd
        var region = VetoRegion(inner: f, bits: bits)
        taggerFeatures(
            k, sentence: s, ruleCue: ruleCue, bits: bits, into: &region)
        f = region.inner
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            f.add(TaggerFeature.index(template, value, bits: bits))
        }
        var shape: UInt64 = 0
        if c.passive { shape |= 1 }
        if c.direct { shape |= 2 }
        if c.byToken != nil { shape |= 8 }
        if let sp = c.speaker {
            if sp.first > c.last { shape |= 16 }
            if sp.form == .pronoun { shape |= 32 }
            if sp.mention != nil { shape |= 64 }
        } else {
            shape |= 128
        }
        if c.last > c.first { shape |= 256 }
        if c.last + 1 >= e || toks[c.last + 1].isTerminator { shape |= 512 }
        if c.first > sents[s].tokStart, toks[c.first - 1].kind == .punct { shape |= 1024 }
        let h = toks[k].hash
        add(201, shape)
        add(202, shape &* 131 ^ h)
        @inline(__always) func addNeighbour(_ side: UInt64, _ o: Cue?) {
            guard let o else {
                add(side, 0)
                return
            }
            let dist = UInt64(min(o.first > c.last ? o.first - c.last : c.first - o.last, 12) / 3)
            let kind: UInt64 =
                switch o.kind {
                case .accordingTo: 1
                case .colon: 2
                case .reportingVerb: o.direct ? 3 : 4
                default: 5
                }
            add(side, kind | dist << 4)
            add(side + 10, (kind | dist << 4) &* 131 ^ h)
        }
        addNeighbour(203, before)
        addNeighbour(204, after)
    }

    /// The rule cues the veto task drops (by index into `cues`, the rules' cues): a verb cue with another rule cue in
    /// its sentence, scoring below the model's veto threshold, judged with every rule cue in place.
    /// (`ruleCue`: `ruleCueMask(cues)`, as it was when this returns.)
    func vetoedRuleCues(_ model: CueTagger, _ cues: [Cue], ruleCue: inout [Bool]) -> [Bool] {
        var vetoed = [Bool](repeating: false, count: cues.count)
        let order = neighbourOrder(cues)
        for (p, i) in order.enumerated() where isVetoable(cues[i]) {
            let c = cues[i]
            let (before, after) = neighbours(p, order, cues)
            if before == nil && after == nil { continue }
            for j in c.first...c.last { ruleCue[j] = false }
            let score = model.score { f in
                vetoFeatures(
                    c, before: before, after: after, ruleCue: ruleCue,
                    bits: model.tableBits, into: &f)
            }
            for j in c.first...c.last { ruleCue[j] = true }
            vetoed[i] = score < model.vetoThreshold
        }
        return vetoed
    }

    /// The indices of `cues` in text order (sentence, first token).
    func neighbourOrder(_ cues: [Cue]) -> [Int] {
        cues.indices.sorted { (cues[$0].sentence, cues[$0].first) < (cues[$1].sentence, cues[$1].first) }
    }

    /// The cues next to the `p`-th of `order` in its sentence, before and after it.
    func neighbours(_ p: Int, _ order: [Int], _ cues: [Cue]) -> (Cue?, Cue?) {
        let c = cues[order[p]]
        let before = p > 0 ? cues[order[p - 1]] : nil
        let after = p + 1 < order.count ? cues[order[p + 1]] : nil
        return (
            before.flatMap { $0.sentence == c.sentence && $0.last < c.first ? $0 : nil },
            after.flatMap { $0.sentence == c.sentence && $0.first > c.last ? $0 : nil }
        )
    }

    /// A cue whose phrase the tagger may grow: a verb's, the rules' or its own (not "according to", "in a
    /// statement", a colon or a transcript label, which PolNeAR marks as they stand).
    func isExtendable(_ c: Cue) -> Bool {
        (c.kind == .reportingVerb || c.learned != nil) && c.head != nil && !c.label && toks[c.first].kind == .word
    }

    /// The rules' firm no: "agreed to acquire" is an action, "decided to run" and "spoke to the crowd" report
    /// nothing (a clause-only cue word without its clause), nor does a bare passive (`isBarePassive`) or a false
    /// report cue ("State released…", "related to", `isFalseReportCue`) — whatever the tagger's score.
    func isRuledOut(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        return isActionUse(k, e) || toks[k].isA(.clauseOnlyCue) && isNounUse(k, sents[s].tokStart, e)
            || isFalseReportCue(k, sents[s].tokStart, e) || isBarePassive(k, s)
    }

    /// "The report was published on Monday", "the letter was sent": a passive that names no agent and opens
    /// nothing after it (no clause, quote, colon, infinitive or "as") reports nothing; its subject is what was
    /// done, not what anyone said. (A state of mind is no passive: "voters are worried about".)
    func isBarePassive(_ k: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard let p = passiveCue(k, sentence: s), p.byToken == nil, !isStateParticiple(k, e) else { return false }
        if opensClause(k + 1, e) { return false }
        let n = k + 1 < e ? toks[k + 1].hash : 0
        return n != Lexicon.hTo && n != Lexicon.hAs
    }

    /// The head token of cue `c`.
    func headToken(_ c: Cue) -> Int {
        guard let h = c.head else { return c.first }
        return (c.first...c.last).first { toks[$0].start == Int32(h.start) } ?? c.first
    }

    /// The rule cues' token mask.
    func ruleCueMask(_ cues: [Cue]) -> [Bool] {
        var tokens = [Bool](repeating: false, count: toks.count)
        for c in cues where c.first <= c.last && c.last < toks.count {
            for i in c.first...c.last { tokens[i] = true }
        }
        return tokens
    }

    /// The subject of the clause a learned cue's verb heads, further back than `verbCue` looks ("Clark has yet to
    /// voice concern about"): the subject a coordinated speech verb takes (`clauseSubject`), when only words stand
    /// between it and the cue — no punctuation, rule cue, "that", "who" or "which" (the verb is then another
    /// clause's) — past one parenthesis set off by commas right after the subject ("Martin, away from his job,
    /// has been impressed").
    func learnedClauseSubject(_ c: Cue, ruleCue: [Bool]) -> Speaker? {
        let a = sents[c.sentence].tokStart
        guard let sp = clauseSubject(before: c.first, a), sp.last < c.first else { return nil }
        var from = sp.last + 1
        if toks[from].punct == .comma {
            var j = from + 1
            while j < c.first && j <= from + 12 && toks[j].kind != .punct && !ruleCue[j] && !inQuote(j) { j += 1 }
            guard j < c.first, j > from + 1, toks[j].punct == .comma else { return nil }
            from = j + 1
        }
        for j in from..<c.first {
            let t = toks[j]
            if ruleCue[j] || inQuote(j) || t.kind == .punct || t.hash == Lexicon.hThat || t.hash == Lexicon.hWho
                || t.hash == Lexicon.hWhich
            {
                return nil
            }
        }
        return sp
    }

    /// "He seemed to indicate", "She’ll be eager to prove", "I’d love", "voters who are inclined to believe": the
    /// subject pronoun, subject with its clitic or relative pronoun that opens the verb group a learned cue at
    /// `first` ends — up to four lower-case words back, past a raising verb the rules took as a cue of its own
    /// ("seemed"), or the cue's own first token when it is a contracted subject ("who’s"). Nil when punctuation, "that", another rule cue or a name stands between
    /// ("Clark seemed to…" is `learnedClauseSubject`'s).
    func pronounOpeningVerbGroup(_ first: Int, _ s: Int, ruleCue: [Bool]) -> Int? {
        if isContractedSubject(first) || held.relativeContractions.contains(toks[first].hash), !inQuote(first) {
            return first
        }
        let a = sents[s].tokStart
        var j = first - 1
        while j >= a && j >= first - 4 && isLowerWord(j) && !inQuote(j) {
            let h = toks[j].hash
            // ("People in the audience who are inclined to believe": a relative pronoun is the clause's subject.)
            if h == Lexicon.hWho || h == Lexicon.hWhich { return j < first - 1 || !ruleCue[j] ? j : nil }
            if h == Lexicon.hThat || ruleCue[j] && !held.raisingVerbs.contains(h) { return nil }
            j -= 1
        }
        guard j >= a, j < first, !inQuote(j), toks[j].kind == .word else { return nil }
        return isSubjectPronoun(j) || toks[j].hash == Lexicon.hYou ? j : nil
    }

    /// The cues the tagger adds to the rules' `cues`: one per accepted candidate, built around it as a verb cue.
    /// (`ruleCue`: `ruleCueMask(cues)`.)
    func learnedCues(_ model: CueTagger, ruleCues cues: [Cue], ruleCue: [Bool]) -> [Cue] {
        var out: [Cue] = []
        let threshold = model.threshold
        model.weights.withUnsafeBufferPointer { w in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: TaggerScore.scratchSize) { scratch in
                for s in sents.indices {
                    var k = sents[s].tokStart
                    let e = sents[s].tokEnd
                    while k < e {
                        guard isTaggerCandidate(k, model, ruleCue: ruleCue) else {
                            k += 1
                            continue
                        }
                        var f = TaggerScore(w, scratch: scratch)
                        taggerFeatures(
                            k, sentence: s, ruleCue: ruleCue, bits: model.tableBits,
                            into: &f)
                        let score = f.sum()
                        if score > threshold && !isRuledOut(k, s) {
                            // "voiced concern about": a head right after a learned cue's phrase lengthens that phrase.
                            if let p = out.last, p.sentence == s, p.last < k, k - p.last <= 2,
                                !(p.last + 1..<k).contains(where: { toks[$0].kind == .punct })
                            {
                                out[out.count - 1].last = max(k, particleAfterVerb(k, e) ?? k)
                                k = out[out.count - 1].last + 1
                                continue
                            }
                            // Its source stands next to it or not at all (the nearest name further back is a
                            // guess the rules make for speech verbs only).
                            var c = verbCue(at: k, sentence: s, nearest: false)
                            c.learned = Float(score - threshold) * model.scale
                            if c.speaker == nil, c.first == k, let sp = possessiveSource(before: k, sents[s].tokStart) {
                                // "his remarks", "Clinton's statement": the owner of a noun cue speaks.
                                c.speaker = sp
                            } else if c.speaker == nil, !c.passive, let sp = learnedClauseSubject(c, ruleCue: ruleCue) {
                                c.speaker = sp
                                c.clauseSubject = true
                            } else if c.speaker == nil, !c.passive,
                                let p = pronounOpeningVerbGroup(c.first, s, ruleCue: ruleCue)
                            {
                                c.speaker = Speaker(first: p, last: p, form: .pronoun, mention: nil)
                                c.clauseSubject = true
                            }
                            // The phrase never takes in a rule's cue.
                            while c.first < k && ruleCue[c.first] { c.first += 1 }
                            while c.last > k && ruleCue[c.last] { c.last -= 1 }
                            out.append(c)
                            k = max(k, c.last) + 1
                            continue
                        }
                        k += 1
                    }
                }
            }
        }
        return out
    }
}

// MARK: Training

extension CueTagger {
    /// One training article: its syntax and its gold cue spans (UTF-8 ranges).
    /// The attribution stage of `syntax` analysed alone with default options, and the rules' cues in it: what
    /// training, the coverage count and the probe read.
    static func ruleStage(_ syntax: ArticleSyntax) -> (AttributionStage, [Cue]) {
        let options = AnalysisOptions()
        let units = Segmenter(syntax: syntax, options: options).textUnits()
        let quotes = QuoteStage(syntax: syntax, options: options, units: units).quoteSet()
        let mentions = MentionStage(syntax: syntax, options: options, units: units, quoteSet: quotes).mentionSet()
        let b = AttributionStage(syntax: syntax, options: options, units: units, quoteSet: quotes, mentionSet: mentions)
        return (b, b.cuesInSentences())
    }

    public struct TrainingArticle: Sendable {
        public let syntax: ArticleSyntax
        public let cues: [TextRange]
        public init(syntax: ArticleSyntax, cues: [TextRange]) {
            self.syntax = syntax
            self.cues = cues
        }
    }

    /// Trains a model on `articles` and returns it encoded: deterministic (fixed thresholds, `epochs` passes in a
    /// fixed-seed order, the mean of `runs` such models in different orders). A candidate is positive when it
    /// overlaps a gold cue; so is a rule's verb cue for the veto task. The vocabulary: stems in a gold cue at least
    /// `minCueCount` times and in `minCueShare` of their uses, or `singleCueShare` for a stem seen in one.
    public static func train(
        _ articles: [TrainingArticle], epochs: Int = 8, tableBits: Int = 18, threshold: Double = -2,
        extensionThreshold: Double = 5, vetoThreshold: Double = -15, minCueCount: Int = 1, minCueShare: Double = 0.1,
        singleCueShare: Double = 0.5, minLexiconCount: Int = 10, runs: Int = 20
    ) -> [UInt8] {
        // Per article: the builder up to the rule cues, and the word tokens' gold labels.
        var prepared: [(AttributionStage, [Cue], [Bool])] = []
        var cueCount: [UInt64: Int] = [:]
        var allCount: [UInt64: Int] = [:]
        for art in articles {
            let (b, cues) = CueTagger.ruleStage(art.syntax)
            let gold = goldMask(b.toks, art.cues.sorted())
            let ruleCue = b.ruleCueMask(cues)
            for s in b.sents.indices {
                for k in b.sents[s].tokStart..<b.sents[s].tokEnd {
                    guard b.isTaggerWord(k), !b.inQuote(k), !ruleCue[k] else { continue }
                    let stem = b.stemHash(k)
                    allCount[stem, default: 0] += 1
                    if gold[k] { cueCount[stem, default: 0] += 1 }
                }
            }
            prepared.append((b, cues, gold))
        }
        var vocabulary = cueCount.filter {
            $0.value >= minCueCount
                && Double($0.value) >= (($0.value == 1) ? singleCueShare : minCueShare) * Double(allCount[$0.key]!)
        }
        .map(\.key)
        // The lexicon's stems join it unless training saw them `minLexiconCount` times or more (and kept them out).
        let inVocabulary = Set(vocabulary)
        vocabulary += AttributionWords.cueLexicon.filter {
            !inVocabulary.contains($0) && allCount[$0, default: 0] < minLexiconCount
        }
        vocabulary.sort()
        var vocab = HashSet64(capacity: vocabulary.count)
        for h in vocabulary { vocab.insert(h) }
        // Examples: feature indices (flattened) and labels.
        var offsets: [Int] = [0]
        var features: [Int32] = []
        var labels: [Bool] = []
        var f: [Int32] = []
        for (b, cues, gold) in prepared {
            let ruleCue = b.ruleCueMask(cues)
            for s in b.sents.indices {
                for k in b.sents[s].tokStart..<b.sents[s].tokEnd {
                    guard b.isTaggerWord(k), !ruleCue[k], !b.inQuote(k), vocab.contains(b.stemHash(k)),
                        !b.isRuledOut(k, s)
                    else {
                        continue
                    }
                    f.removeAll(keepingCapacity: true)
                    b.taggerFeatures(
                        k, sentence: s, ruleCue: ruleCue, bits: tableBits,
                        into: &f)
                    features.append(contentsOf: f)
                    offsets.append(features.count)
                    labels.append(gold[k])
                }
            }
        }
        // Extension examples: from each rule cue and the verb cue of each gold-positive candidate, outward on both
        // sides until the first word outside the gold cue (the path the tagger takes when it runs).
        for (b, cues, gold) in prepared {
            let ruleCue = b.ruleCueMask(cues)
            var phrases: [(Cue, Bool)] = cues.filter { b.isExtendable($0) }.map { ($0, false) }
            for s in b.sents.indices {
                for k in b.sents[s].tokStart..<b.sents[s].tokEnd
                where gold[k] && b.isTaggerWord(k) && !ruleCue[k] && !b.inQuote(k)
                    && vocab.contains(b.stemHash(k)) && !b.isRuledOut(k, s)
                {
                    phrases.append((b.verbCue(at: k, sentence: s), true))
                }
            }
            for (c, learned) in phrases {
                let s = c.sentence
                let a = b.sents[s].tokStart
                let e = b.sents[s].tokEnd
                for dir in stride(from: -1, through: 1, by: 2) {
                    var j = dir < 0 ? c.first - 1 : c.last + 1
                    var dist = 1
                    while j >= a && j < e && dist <= 4 && b.toks[j].kind == .word && b.mentionOf[j] < 0
                        && !b.inQuote(j)
                    {
                        f.removeAll(keepingCapacity: true)
                        b.extensionFeatures(
                            j, dir: dir, dist: dist, head: b.headToken(c), learned: learned, sentence: s,
                            bits: tableBits, into: &f)
                        features.append(contentsOf: f)
                        offsets.append(features.count)
                        labels.append(gold[j])
                        if !gold[j] { break }
                        j += dir
                        dist += 1
                    }
                }
            }
        }
        // Veto examples: each rule verb cue, positive when it overlaps a gold cue (after the others, shuffled apart,
        // so that the candidate and extension tasks learn as they would alone, but for collisions in the table).
        let vetoFrom = labels.count
        for (b, cues, gold) in prepared {
            var ruleCue = b.ruleCueMask(cues)
            let order = b.neighbourOrder(cues)
            for (p, i) in order.enumerated() where b.isVetoable(cues[i]) {
                let c = cues[i]
                let (before, after) = b.neighbours(p, order, cues)
                if before == nil && after == nil { continue }
                for j in c.first...c.last { ruleCue[j] = false }
                f.removeAll(keepingCapacity: true)
                b.vetoFeatures(
                    c, before: before, after: after, ruleCue: ruleCue,
                    bits: tableBits, into: &f)
                for j in c.first...c.last { ruleCue[j] = true }
                features.append(contentsOf: f)
                offsets.append(features.count)
                labels.append((c.first...c.last).contains { gold[$0] })
            }
        }
        // `runs` averaged perceptrons, each in its own fixed-seed order (the first in the order a single run takes):
        // w, and the sum of updates weighted by their time, for the average w − u / c; the model is their mean.
        let size = 1 << tableBits
        var avg = [Double](repeating: 0, count: size)
        for run in 0..<max(1, runs) {
            var w = [Double](repeating: 0, count: size)
            var u = [Double](repeating: 0, count: size)
            var c = 1.0
            var orders = [Array(0..<vetoFrom), Array(vetoFrom..<labels.count)]
            var seeds: [UInt64] = [0x5EED &+ UInt64(run) &* 0x9E37_79B9, 0x7E70 &+ UInt64(run) &* 0x9E37_79B9]
            for _ in 0..<epochs {
                for t in orders.indices {
                    // Fisher–Yates with a fixed-seed generator: the same order on every run.
                    for i in stride(from: orders[t].count - 1, to: 0, by: -1) {
                        seeds[t] = seeds[t] &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                        let j = Int((seeds[t] >> 33) % UInt64(i + 1))
                        orders[t].swapAt(i, j)
                    }
                    for x in orders[t] {
                        let fs = features[offsets[x]..<offsets[x + 1]]
                        var score = 0.0
                        for i in fs { score += w[Int(i)] }
                        let y = labels[x] ? 1.0 : -1.0
                        if y * score <= 0 {
                            for i in fs {
                                w[Int(i)] += y
                                u[Int(i)] += y * c
                            }
                        }
                        c += 1
                    }
                }
            }
            for i in 0..<size { avg[i] += w[i] - u[i] / c }
        }
        var maxAbs = 0.0
        for i in 0..<size {
            avg[i] /= Double(max(1, runs))
            maxAbs = max(maxAbs, abs(avg[i]))
        }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = CueTagger.magic
        out += [UInt8(tableBits), 0, 0, 0]
        func put32(_ v: UInt32) { for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }
        put32(Float(scale).bitPattern)
        put32(UInt32(bitPattern: Int32((threshold / scale).rounded())))
        put32(UInt32(bitPattern: Int32((extensionThreshold / scale).rounded())))
        put32(UInt32(bitPattern: Int32((vetoThreshold / scale).rounded())))
        put32(UInt32(vocabulary.count))
        for h in vocabulary { for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: h >> (8 * k))) } }
        for x in avg {
            let q = Int16(max(-32767, min(32767, (x / scale).rounded())))
            let v = UInt16(bitPattern: q)
            out.append(UInt8(truncatingIfNeeded: v))
            out.append(UInt8(truncatingIfNeeded: v >> 8))
        }
        return out
    }

    /// Per token: does it overlap any of the sorted `spans`?
    static func goldMask(_ toks: [Token], _ spans: [TextRange]) -> [Bool] {
        var mask = [Bool](repeating: false, count: toks.count)
        var j = 0
        for (i, t) in toks.enumerated() {
            while j < spans.count && spans[j].end <= Int(t.start) { j += 1 }
            var k = j
            while k < spans.count && spans[k].start < Int(t.end) {
                if spans[k].end > Int(t.start) {
                    mask[i] = true
                    break
                }
                k += 1
            }
        }
        return mask
    }
}

/// Standard base64 (RFC 4648) decoding, whitespace ignored: how the weights file holds the model.
enum Base64 {
    static func decode(_ s: String) -> [UInt8]? {
        // Run once per process on the half-megabyte weights file (startup of every `copydesk lint`): a table per byte
        // and an output written in place, not a `switch` and an append per character.
        var s = s
        return s.withUTF8 { text -> [UInt8]? in
            var malformed = false
            let table = sextets
            let out = [UInt8](unsafeUninitializedCapacity: text.count * 3 / 4 + 3) { buffer, count in
                var acc: UInt32 = 0
                var n = 0
                var o = 0
                var i = 0
                while i < text.count {
                    // Four valid characters at a quantum's start (all of a line but its break): three bytes at once,
                    // what the steps below write for them one character at a time.
                    if n == 0 && i + 4 <= text.count {
                        let q0 = table[Int(text[i])]
                        let q1 = table[Int(text[i + 1])]
                        let q2 = table[Int(text[i + 2])]
                        let q3 = table[Int(text[i + 3])]
                        if (q0 | q1 | q2 | q3) < 64 {
                            let quantum = UInt32(q0) << 18 | UInt32(q1) << 12 | UInt32(q2) << 6 | UInt32(q3)
                            buffer[o] = UInt8(truncatingIfNeeded: quantum >> 16)
                            buffer[o + 1] = UInt8(truncatingIfNeeded: quantum >> 8)
                            buffer[o + 2] = UInt8(truncatingIfNeeded: quantum)
                            o += 3
                            i += 4
                            continue
                        }
                    }
                    let c = text[i]
                    i += 1
                    let v = table[Int(c)]
                    if v >= 64 {
                        if v == skipped { continue }
                        malformed = true
                        break
                    }
                    acc = acc << 6 | UInt32(v)
                    n += 1
                    if n == 4 {
                        buffer[o] = UInt8(truncatingIfNeeded: acc >> 16)
                        buffer[o + 1] = UInt8(truncatingIfNeeded: acc >> 8)
                        buffer[o + 2] = UInt8(truncatingIfNeeded: acc)
                        o += 3
                        acc = 0
                        n = 0
                    }
                }
                if n == 3 {
                    buffer[o] = UInt8(truncatingIfNeeded: acc >> 10)
                    buffer[o + 1] = UInt8(truncatingIfNeeded: acc >> 2)
                    o += 2
                } else if n == 2 {
                    buffer[o] = UInt8(truncatingIfNeeded: acc >> 4)
                    o += 1
                }
                count = o
            }
            return malformed ? nil : out
        }
    }

    /// Per byte: its 6-bit value, `skipped` for padding and whitespace, 255 for any other byte.
    private static let skipped: UInt8 = 254
    private static let sextets: [UInt8] = (0..<256).map { c -> UInt8 in
        switch c {
        case 0x41...0x5A: UInt8(c - 0x41)
        case 0x61...0x7A: UInt8(c - 0x61 + 26)
        case 0x30...0x39: UInt8(c - 0x30 + 52)
        case 0x2B: 62
        case 0x2F: 63
        case 0x3D, 0x0A, 0x20, 0x0D: skipped
        default: 255
        }
    }

    static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(v >> 6 & 63)] : 0x3D)
            out.append(i + 2 < bytes.count ? alphabet[Int(v & 63)] : 0x3D)
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension CueTagger {
    /// The Swift source of a weights file holding `model` (base64 in lines of 100 columns) with its header.
    public static func weightsSource(_ model: [UInt8], command: String, data: String) -> String {
        let b64 = Base64.encode(model)
        var lines: [String] = []
        var i = b64.startIndex
        while i < b64.endIndex {
            let j = b64.index(i, offsetBy: 100, limitedBy: b64.endIndex) ?? b64.endIndex
            lines.append(String(b64[i..<j]))
            i = j
        }
        return """
            // Generated by `\(command)` — do not edit.
            // Trained on \(data).
            // The learned cue tagger's model (CueTagger.swift): \(model.count) bytes, base64 below.

            enum CueTaggerWeights {
                static let encoded = \"\"\"
            \(lines.map { "        " + $0 }.joined(separator: "\n"))
                    \"\"\"
            }

            """
    }
}

extension CueTagger {
    /// Where the gold cue word tokens of `articles` stand for the tagger (`copydesk-quality --train-attribution
    /// --ceiling`): in a rule's cue, inside a quote, in a name, a word class never a candidate (function word, "be",
    /// determiner), a candidate of `model`'s vocabulary, or a word outside it; counts per class, per word for names,
    /// candidates and words outside ("name: twitter", "candidate: support", "outside: campaign"), and the word tokens in gold cues a
    /// rule cue or candidate reaches (the recall the tagger can reach at all) or not.
    public static func goldCoverage(_ articles: [TrainingArticle], model: CueTagger) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for art in articles {
            let (b, cues) = CueTagger.ruleStage(art.syntax)
            let gold = goldMask(b.toks, art.cues.sorted())
            let ruleCue = b.ruleCueMask(cues)
            for k in b.toks.indices where gold[k] && b.toks[k].kind == .word {
                let word = String(decoding: art.syntax.prose[Int(b.toks[k].start)..<Int(b.toks[k].end)], as: UTF8.self)
                    .lowercased()
                let cls = b.standing(k, ruleCue: ruleCue, model: model)
                switch cls {
                case "in a name": counts["name: " + word, default: 0] += 1
                case "candidate": counts["candidate: " + word, default: 0] += 1
                case "outside vocabulary": counts["outside: " + word, default: 0] += 1
                default: break
                }
                counts[cls, default: 0] += 1
            }
            // Per run of gold tokens: reachable when a rule cue or a vocabulary candidate stands in it.
            var i = 0
            while i < gold.count {
                guard gold[i] else {
                    i += 1
                    continue
                }
                var j = i
                while j < gold.count && gold[j] { j += 1 }
                let words = (i..<j).filter { b.toks[$0].kind == .word }.count
                let reachable = (i..<j).contains { k in
                    ruleCue[k]
                        || b.isTaggerWord(k) && !b.inQuote(k) && model.vocabulary.contains(b.stemHash(k))
                }
                counts[reachable ? "tokens in reachable gold cues" : "tokens in unreachable gold cues", default: 0] +=
                    words
                i = j
            }
        }
        return counts.sorted { $0.value > $1.value }
    }
}

extension AttributionStage {
    /// Where word token `k` stands for the tagger: in a rule's cue, inside a quote, in a name, a word class never a
    /// candidate ("function word"), a candidate of `model`'s vocabulary, or a word outside it.
    func standing(_ k: Int, ruleCue: [Bool], model: CueTagger) -> String {
        if ruleCue[k] { return "rule cue" }
        if inQuote(k) { return "in quote" }
        if mentionOf[k] >= 0 { return "in a name" }
        if toks[k].cls & AttributionStage.taggerExcluded != 0 { return "function word" }
        return model.vocabulary.contains(stemHash(k)) ? "candidate" : "outside vocabulary"
    }
}

extension CueTagger {
    /// Each word token of `syntax` with where it stands for this model (`AttributionStage.standing`), for breaking
    /// the cue errors down (`copydesk-quality --attributions`).
    public func tokenStandings(_ syntax: ArticleSyntax) -> [(range: TextRange, standing: String)] {
        let (b, cues) = CueTagger.ruleStage(syntax)
        let ruleCue = b.ruleCueMask(cues)
        return b.toks.indices.filter { b.toks[$0].kind == .word }.map {
            (b.toks[$0].range, b.standing($0, ruleCue: ruleCue, model: self))
        }
    }
}

extension CueTagger {
    /// Every tagger candidate of `syntax` with its score above the cue threshold (negative: rejected), for reading
    /// why a word was or was not taken (`copydesk-quality --train-attribution --half even --probe TEXT`).
    public func candidateScores(_ syntax: ArticleSyntax) -> [(range: TextRange, margin: Float)] {
        let (b, cues) = CueTagger.ruleStage(syntax)
        let ruleCue = b.ruleCueMask(cues)
        var out: [(range: TextRange, margin: Float)] = []
        var f: [Int32] = []
        for s in b.sents.indices {
            for k in b.sents[s].tokStart..<b.sents[s].tokEnd where b.isTaggerCandidate(k, self, ruleCue: ruleCue) {
                f.removeAll(keepingCapacity: true)
                b.taggerFeatures(
                    k, sentence: s, ruleCue: ruleCue, bits: tableBits, into: &f)
                out.append((b.toks[k].range, Float(score(f) - threshold) * scale))
            }
        }
        return out
    }
}
