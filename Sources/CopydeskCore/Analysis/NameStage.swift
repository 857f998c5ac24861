/// The name stage: which capitalised words are names and which names are one entity, decided over the whole
/// document before any later stage runs. The mention stage (`EntityFinder.swift`) of a document analysed as a
/// whole runs it over its own candidates; a large document cut into segments (`DocumentSegments`) runs it once
/// over every segment's candidates (a cheap names-only pass: tokens, quotes, capitalised sequences), and each
/// segment's analysis reads the result (`AnalysisOptions.names`): so the names, their grouping and their kinds are
/// those of a whole-document run by construction.
///
/// The values, each immutable:
/// - `NameCandidates` — one part's (a segment's, or the whole text's) candidate mentions in text order, without
///   positions (`NameKey`: name hashes, kind, honorific, role, and the word whose mid-sentence capital decides a
///   sentence-initial one-word candidate), with their ranges beside them; the words the part capitalises
///   mid-sentence; and its annotated mentions with the candidates they overlap.
/// - `DocumentNames` — the decisions over all parts: the words capitalised mid-sentence anywhere (a candidate that
///   depends on one is a name when any part so capitalises it), the grouping (`DocumentNames.group`: full names by
///   their words, a surname alone with the nearest full name before it, else the first; the first word of an
///   organisation named in full with it), kinds, canonical names, annotations and index links (`link`), and the
///   facts the rules read of each entity (first full and role mentions, honorifics) as references into the parts.
/// - `NameReads` — what one part's analysis reads of `DocumentNames` (and of the people other parts show by
///   speech verbs): equal reads give an equal analysis, so a segment whose reads stay is not analysed again.
///
/// Positions: the grouping compares mentions only by their order, so an edit that keeps a part's candidates (up
/// to positions) keeps the decisions (`DocumentNames.reusable`).
struct NameKey: Sendable, Equatable {
    var fullKey: UInt64
    var firstKey: UInt64
    var lastKey: UInt64
    /// A hash of the name's bytes (its canonical text).
    var textHash: UInt64
    /// The word a sentence-initial one-word candidate needs capitalised mid-sentence somewhere, or 0 (a name).
    var conditional: UInt64
    var parts: Int32
    var kind: ProseEntity.Kind
    var honorific: Bool
    var role: Bool
}

/// One annotated mention of a part, as the name stage reads it.
struct AnnotationLink: Sendable, Equatable {
    var id: String
    /// The surface text when the long form (`[Name][@id]`) is used.
    var surface: String?
    /// The part's candidates the surface overlaps (linked when they are names).
    var overlaps: [Int32]
}

/// One part's name candidates (see the file's comment).
struct NameCandidates: Sendable {
    var keys: [NameKey] = []
    /// Per candidate: its mention range and its name's range (the part's offsets).
    var ranges: [TextRange] = []
    var nameRanges: [TextRange] = []
    /// Words capitalised mid-sentence (`Token.base`), sorted, unique.
    var capitals: [UInt64] = []
    /// The candidates' conditional words (`NameKey.conditional`), sorted, unique.
    var conditionals: [UInt64] = []
    var annotations: [AnnotationLink] = []
    /// Per annotation: the range it extends an entity with when it links no candidate.
    var annotationRanges: [TextRange] = []

    /// The same candidates and annotations, up to positions.
    func sameNames(_ o: NameCandidates) -> Bool {
        keys == o.keys && annotations == o.annotations
    }
}

/// A position in the parts: candidate or annotation `index` of part `part`.
struct NameRef: Sendable, Equatable {
    var part: Int32
    var index: Int32
    var isAnnotation: Bool
}

/// What the rules read of an entity, document-wide (`DocumentNames.Entity`).
struct NameFacts: Sendable, Equatable {
    var firstFull: NameRef?
    var firstRole: NameRef?
    /// The first mention or annotated range (what `firstFullMention` is without a full name).
    var first: NameRef
    var hasHonorific: Bool
}

/// The document-wide name stage (see the file's comment).
struct DocumentNames: Sendable {
    struct Entity: Sendable {
        /// The entity's identity across edits: the full key of the mention that made it (`group`), or of its id.
        var key: UInt64
        var kind: ProseEntity.Kind
        var canonical: String
        var definedID: String?
        var facts: NameFacts
        var hasMentions: Bool
    }

    /// Per part: which candidates are names, and, for those, their entity (-1 for the others).
    let entityOf: [[Int32]]
    /// Per part, per annotation: the entity whose range it extends, or -1 (it linked the names it overlaps).
    let extends: [[Int32]]
    /// Per part: its conditional words the document capitalises mid-sentence (sorted).
    let known: [[UInt64]]
    /// In order of first mention, then the entities only annotations name.
    let entities: [Entity]
    /// The parts' candidates it was computed from (`reusable`), with their current positions.
    private(set) var parts: [NameCandidates]
    /// Entities by key.
    let byKey: [UInt64: Int32]

    /// The name stage over `parts` (in text order, part `p` starting at `starts[p]` of `text`), with `index` for
    /// definitions.
    init(parts: [NameCandidates], starts: [Int], text: SourceText, index: WorkspaceIndex) {
        self.parts = parts
        // Which words are capitalised mid-sentence anywhere.
        var capitals = HashSet64(capacity: parts.count == 1 ? parts[0].capitals.count : 1 << 14)
        for p in parts { for w in p.capitals { capitals.insert(w) } }
        var known: [[UInt64]] = []
        known.reserveCapacity(parts.count)
        var refs: [NameRef] = []
        var keys: [NameKey] = []
        let total = parts.reduce(0) { $0 + $1.keys.count }
        refs.reserveCapacity(total)
        keys.reserveCapacity(total)
        for (p, part) in parts.enumerated() {
            var words: [UInt64] = []
            for (k, key) in part.keys.enumerated() where key.conditional == 0 || capitals.contains(key.conditional) {
                if key.conditional != 0 { words.append(key.conditional) }
                refs.append(NameRef(part: Int32(p), index: Int32(k), isAnnotation: false))
                keys.append(key)
            }
            words.sort()
            known.append(Self.unique(words))
        }
        self.known = known
        let groups = Self.group(keys)
        var entityOf = parts.map { [Int32](repeating: -1, count: $0.keys.count) }
        for (mi, r) in refs.enumerated() { entityOf[Int(r.part)][Int(r.index)] = groups.entityOf[mi] }
        var entities: [Entity] = groups.keys.indices.map { e in
            let best = refs[Int(groups.best[e])]
            let name = parts[Int(best.part)].nameRanges[Int(best.index)].shifted(starts[Int(best.part)])
            return Entity(
                key: groups.keys[e], kind: groups.kinds[e], canonical: text[name], definedID: nil,
                facts: NameFacts(
                    firstFull: groups.firstFull[e] < 0 ? nil : refs[Int(groups.firstFull[e])],
                    firstRole: groups.firstRole[e] < 0 ? nil : refs[Int(groups.firstRole[e])],
                    first: refs[Int(groups.first[e])], hasHonorific: groups.honorific[e]),
                hasMentions: true)
        }
        self.entityOf = entityOf
        self.extends = Self.link(parts: parts, starts: starts, entityOf: entityOf, entities: &entities, index: index)
        self.entities = entities
        var byKey: [UInt64: Int32] = [:]
        if parts.count > 1 {
            byKey.reserveCapacity(entities.count)
            for (e, x) in entities.enumerated() { byKey[x.key] = Int32(e) }
        }
        self.byKey = byKey
    }

    private static func unique(_ sorted: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(sorted.count)
        for w in sorted where out.last != w { out.append(w) }
        return out
    }

    /// Whether this stage, computed from `self.parts`, is that of `parts`: every part's names the same up to
    /// positions (the grouping compares positions only by order, which the candidates' order keeps; the facts
    /// refer to candidates, not offsets). Unchanged parts share their arrays, so they compare by identity.
    /// A part may capitalise other words mid-sentence ("On Monday" → "On Wednesday"): the decisions stay unless a
    /// word that some candidate depends on starts or stops being capitalised anywhere.
    func reusable(for parts: [NameCandidates]) -> Bool {
        guard parts.count == self.parts.count else { return false }
        var changed: [UInt64] = []
        for (a, b) in zip(parts, self.parts) {
            if !a.sameNames(b) { return false }
            if a.capitals != b.capitals {
                let x = Set(a.capitals)
                let y = Set(b.capitals)
                changed += x.symmetricDifference(y)
            }
        }
        for w in changed {
            let before = self.parts.contains { Self.sortedContains($0.capitals, w) }
            let after = parts.contains { Self.sortedContains($0.capitals, w) }
            if before != after && parts.contains(where: { Self.sortedContains($0.conditionals, w) }) { return false }
        }
        return true
    }

    static func sortedContains(_ list: [UInt64], _ x: UInt64) -> Bool {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && list[lo] == x
    }

    /// This stage with the candidates' positions of `parts` (`reusable(for:)` said yes).
    func moved(to parts: [NameCandidates]) -> DocumentNames {
        var out = self
        out.parts = parts
        return out
    }

    /// What part `p`'s analysis reads: its entities in order of first name there (then those only its annotations
    /// extend), with `people` (keys of the entities a speech verb anywhere shows to be people) lent to those of
    /// unknown kind.
    func reads(_ p: Int, people: Set<UInt64>) -> NameReads {
        var local: [Int32: Int32] = [:]
        var out = NameReads(known: known[p])
        out.entityOf.reserveCapacity(entityOf[p].count)
        func localIndex(_ e: Int32) -> Int32 {
            if let l = local[e] { return l }
            let l = Int32(out.entities.count)
            local[e] = l
            let g = entities[Int(e)]
            out.entities.append(
                NameReads.Local(
                    key: g.key, kind: g.kind, canonical: g.canonical, definedID: g.definedID,
                    lent: g.kind == .unknown && g.hasMentions && people.contains(g.key)))
            return l
        }
        for e in entityOf[p] where e >= 0 { out.entityOf.append(localIndex(e)) }
        out.extends = extends[p].map { $0 < 0 ? -1 : localIndex($0) }
        return out
    }

    /// A reference resolved in part `p`'s offsets: a position in another part stands before (-1) or after
    /// (`Int.max`) all of this one's (the rules only compare positions), so that an edit elsewhere that moves it
    /// changes nothing here.
    func range(_ r: NameRef, in p: Int) -> TextRange {
        if Int(r.part) < p { return TextRange(-1, -1) }
        if Int(r.part) > p { return TextRange(Int.max, Int.max) }
        let part = parts[p]
        return r.isAnnotation ? part.annotationRanges[Int(r.index)] : part.ranges[Int(r.index)]
    }

    // MARK: Grouping

    struct Groups {
        /// Per mention: its entity.
        var entityOf: [Int32]
        /// Per entity (in order of first mention): the full key that made it, its kind, and mentions by ordinal:
        /// the first, the first of most name words (its canonical name), the first full one and the first with a
        /// role (-1: none); whether any has an honorific.
        var keys: [UInt64] = []
        var kinds: [ProseEntity.Kind] = []
        var first: [Int32] = []
        var best: [Int32] = []
        var firstFull: [Int32] = []
        var firstRole: [Int32] = []
        var honorific: [Bool] = []
    }

    /// Groups mentions (in text order, compared by their order only) into entities: full names (two or more name
    /// words) by their words; a one-word mention with the one-word entity of its name made before it, else with
    /// the person whose surname it is (the nearest full-name mention before it, else the first such person), else
    /// (not a person) with the organisation whose first word it is, else as a new entity. An entity's kind is its
    /// mentions' strongest: organisation, person, place, unknown.
    static func group(_ m: [NameKey]) -> Groups {
        var byFull: [UInt64: Int32] = [:]
        var bySurname: [UInt64: [Int32]] = [:]
        var byOrgWord: [UInt64: Int32] = [:]
        var surnamePairs = Set<SurnamePair>()
        var entityOf = [Int32](repeating: -1, count: m.count)
        var keys: [UInt64] = []
        var kinds: [ProseEntity.Kind] = []
        var fullMentions: [[Int32]] = []
        func attach(_ mi: Int, _ e: Int32) {
            entityOf[mi] = e
            let k = m[mi].kind
            let ek = kinds[Int(e)]
            if k == .organization || ek == .unknown || (k == .person && ek != .organization) {
                if k != .unknown { kinds[Int(e)] = k }
            }
        }
        func newEntity(_ key: UInt64) -> Int32 {
            keys.append(key)
            kinds.append(.unknown)
            fullMentions.append([])
            byFull[key] = Int32(keys.count - 1)
            return Int32(keys.count - 1)
        }
        // Full names first, so one-word mentions can join them whichever comes first in the text.
        for mi in m.indices where m[mi].parts >= 2 {
            let key = m[mi]
            let e = byFull[key.fullKey] ?? newEntity(key.fullKey)
            attach(mi, e)
            fullMentions[Int(e)].append(Int32(mi))
            if key.kind == .organization {
                if byOrgWord[key.firstKey] == nil { byOrgWord[key.firstKey] = e }
            } else if key.kind != .place, surnamePairs.insert(SurnamePair(key: key.lastKey, entity: Int(e))).inserted {
                bySurname[key.lastKey, default: []].append(e)
            }
        }
        // Per surname, every full mention of every entity with that surname, in text order.
        var surnameStarts: [UInt64: [(at: Int32, entity: Int32)]] = [:]
        for (key, list) in bySurname {
            var starts: [(at: Int32, entity: Int32)] = []
            for e in list { for mi in fullMentions[Int(e)] { starts.append((mi, e)) } }
            starts.sort { $0.at < $1.at }
            surnameStarts[key] = starts
        }
        for mi in m.indices where m[mi].parts == 1 {
            let key = m[mi]
            if let existing = byFull[key.fullKey] {
                attach(mi, existing)
                continue
            }
            if let list = bySurname[key.lastKey], key.kind != .organization {
                // The nearest full-name mention before this one, else the first entity.
                let starts = surnameStarts[key.lastKey] ?? []
                var lo = 0
                var hi = starts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid].at < Int32(mi) { lo = mid + 1 } else { hi = mid }
                }
                attach(mi, lo > 0 ? starts[lo - 1].entity : list[0])
                continue
            }
            if let org = byOrgWord[key.firstKey], key.kind != .person {
                attach(mi, org)
                continue
            }
            attach(mi, newEntity(key.fullKey))
        }
        // Entities in order of first mention.
        var first = [Int32](repeating: Int32.max, count: keys.count)
        for (mi, e) in entityOf.enumerated() where first[Int(e)] == Int32.max { first[Int(e)] = Int32(mi) }
        let order = keys.indices.sorted { first[$0] < first[$1] }
        var remap = [Int32](repeating: 0, count: keys.count)
        for (n, old) in order.enumerated() { remap[old] = Int32(n) }
        var g = Groups(entityOf: entityOf.map { remap[Int($0)] })
        g.keys = order.map { keys[$0] }
        g.kinds = order.map { kinds[$0] }
        g.first = order.map { first[$0] }
        g.best = g.first
        g.firstFull = [Int32](repeating: -1, count: keys.count)
        g.firstRole = [Int32](repeating: -1, count: keys.count)
        g.honorific = [Bool](repeating: false, count: keys.count)
        for (mi, e32) in g.entityOf.enumerated() {
            let e = Int(e32)
            let key = m[mi]
            if key.parts > m[Int(g.best[e])].parts { g.best[e] = Int32(mi) }
            if key.parts >= 2 && g.firstFull[e] < 0 { g.firstFull[e] = Int32(mi) }
            if key.role && g.firstRole[e] < 0 { g.firstRole[e] = Int32(mi) }
            if key.honorific { g.honorific[e] = true }
        }
        return g
    }

    // MARK: Annotations and the index

    /// Gives entities their defined ids: annotated mentions first (in text order; one that overlaps no name
    /// extends the entity of its id linked before, or names a new one), then the index's names and aliases; and
    /// defined people, organisations and places their kind. Returns, per part and annotation, the entity it
    /// extends (-1: it linked the names it overlaps).
    private static func link(
        parts: [NameCandidates], starts: [Int], entityOf: [[Int32]], entities: inout [Entity], index: WorkspaceIndex
    ) -> [[Int32]] {
        var byID: [String: Int32] = [:]
        var extends: [[Int32]] = []
        extends.reserveCapacity(parts.count)
        func at(_ r: NameRef) -> Int {
            let part = parts[Int(r.part)]
            return starts[Int(r.part)]
                + (r.isAnnotation ? part.annotationRanges[Int(r.index)] : part.ranges[Int(r.index)]).start
        }
        for (p, part) in parts.enumerated() {
            var out = [Int32](repeating: -1, count: part.annotations.count)
            for (a, am) in part.annotations.enumerated() {
                var linked = false
                if am.surface != nil {
                    for k in am.overlaps where entityOf[p][Int(k)] >= 0 {
                        let e = entityOf[p][Int(k)]
                        entities[Int(e)].definedID = am.id
                        byID[am.id] = e
                        linked = true
                    }
                }
                if linked { continue }
                let ref = NameRef(part: Int32(p), index: Int32(a), isAnnotation: true)
                if let e = byID[am.id] {
                    out[a] = e
                    // An annotated range before the first mention is the entity's first.
                    if entities[Int(e)].facts.firstFull == nil && at(ref) < at(entities[Int(e)].facts.first) {
                        entities[Int(e)].facts.first = ref
                    }
                } else {
                    let e = Int32(entities.count)
                    entities.append(
                        Entity(
                            key: annotationKey(am.id), kind: .unknown,
                            canonical: am.surface
                                ?? (index.definitions(ofEntity: am.id).first?.definition.name ?? am.id),
                            definedID: am.id,
                            facts: NameFacts(firstFull: nil, firstRole: nil, first: ref, hasHonorific: false),
                            hasMentions: false))
                    byID[am.id] = e
                    out[a] = e
                }
            }
            extends.append(out)
        }
        for e in entities.indices {
            if let id = entities[e].definedID {
                if let def = index.definitions(ofEntity: id).first?.definition, let type = def.type {
                    switch type {
                    case .person: entities[e].kind = .person
                    case .organization: entities[e].kind = .organization
                    case .place: entities[e].kind = .place
                    default: break
                    }
                }
                continue
            }
            guard entities[e].hasMentions, index.documentCount > 0 else { continue }
            if let id = index.entities(withSurfaceForm: entities[e].canonical).first {
                entities[e].definedID = id
            }
        }
        return extends
    }

    /// The identity of an entity only annotations name.
    static func annotationKey(_ id: String) -> UInt64 {
        var h: UInt64 = 0x84222325_cbf29ce4
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h | 1
    }

    private struct SurnamePair: Hashable {
        let key: UInt64
        let entity: Int
    }
}

/// What one part's analysis reads of the name stage (`DocumentNames.reads`): equal reads, equal analysis.
struct NameReads: Sendable, Equatable {
    /// The part's conditional words that the document capitalises mid-sentence (sorted): its candidates that
    /// depend on them are names.
    var known: [UInt64]
    /// Per name (the candidates that are names, in text order): its entity among `entities`.
    var entityOf: [Int32] = []
    var entities: [Local] = []
    /// Per annotation of the part: the entity among `entities` whose range it extends, or -1.
    var extends: [Int32] = []

    struct Local: Sendable, Equatable {
        var key: UInt64
        var kind: ProseEntity.Kind
        var canonical: String
        var definedID: String?
        /// Of unknown kind by its names, a person by a speech verb somewhere in the document.
        var lent: Bool
    }

    /// These reads with no entity of `spoken` (sorted keys: those a speech verb of the part itself shows to be
    /// people) lent: the analysis counts them as people either way, so that whether another part also shows them
    /// to be people is no read of this part.
    func excluding(_ spoken: [UInt64]) -> NameReads {
        guard !spoken.isEmpty else { return self }
        var out = self
        for i in out.entities.indices
        where out.entities[i].lent && DocumentNames.sortedContains(spoken, out.entities[i].key) {
            out.entities[i].lent = false
        }
        return out
    }

    /// Whether a candidate depending on `word` (0: none) is a name.
    func isName(_ word: UInt64) -> Bool {
        word == 0 || DocumentNames.sortedContains(known, word)
    }
}
