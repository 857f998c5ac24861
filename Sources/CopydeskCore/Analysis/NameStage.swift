/// The name stage: which capitalised words are names and which names are one entity, decided over the whole
/// document before any later stage runs. The mention stage (`EntityFinder.swift`) of a document analysed as a
/// whole runs it over its own candidates; a large document cut into segments (`DocumentSegments`) runs it once
/// over every segment's candidates (a cheap names-only pass: tokens, quotes, capitalised sequences), and each
/// segment's analysis reads the result (`AnalysisOptions.names`): so the names, their grouping and their kinds are
/// those of a whole-document run by construction.
///
/// The values, each immutable:
/// - `NameCandidates` — one part's (a segment's, or the whole text's) candidate mentions in text order, without
///   positions (`NameKey`: name hashes, kind, honorific, role, the gender an honorific or title marks, and the word
///   whose mid-sentence capital decides a sentence-initial one-word candidate), with their ranges beside them; the
///   words the part capitalises mid-sentence; and its annotated mentions with the candidates they overlap.
/// - `DocumentNames` — the decisions over all parts: the words capitalised mid-sentence anywhere (a candidate that
///   depends on one is a name when any part so capitalises it), the grouping (`DocumentNames.group`: full names by
///   their words, a surname alone with the nearest full name before it, else the first — of a person who may be of
///   its gender when an honorific marks one ("Mrs. Clinton": Hillary, not Bill; `joinMarked`), and of a person when
///   the surname is a place the gazetteer knows ("Madrid" is no part of "Real Madrid"; a person's surname joins a
///   place's name of a given name and a place's word, which then names that person: "Ms Park" is "Linda Park"); a
///   given name alone with the nearest person named in full with it, as a surname ("Hillary": Hillary Clinton); the
///   first word of an organisation named in full with it, unless the organisation is a party's members: "the
///   Senate" is not "Senate Republicans"), kinds, canonical names, annotations and index links (`link`), and the
///   facts the rules read of each entity (first full and role mentions, honorifics) as references into the parts.
/// - `NameReads` — what one part's analysis reads of `DocumentNames` (and of the people other parts show by
///   speech verbs): equal reads give an equal analysis, so a segment whose reads stay is not analysed again.
///
/// Edits: the grouping compares mentions only by their order, so an edit that keeps every part's names (up to
/// positions, and to candidates that are no names) keeps the decisions (`DocumentNames.reusable`, `moved`); one
/// that changes names regroups only the names that share a key with a changed one, and so on
/// (`NameStageUpdate.swift`: `updated`, which also says which parts may read something new), else the stage is
/// computed again and the parts with an entity named in a changed part are read again (`affected`); `sameReads`
/// checks a part's reads without building them.
struct NameKey: Sendable, Equatable {
    var fullKey: UInt64
    var firstKey: UInt64
    var lastKey: UInt64
    /// A hash of the name's bytes (its canonical text).
    var textHash: UInt64
    /// Its name words (16 bits: with `gender`, the key stays 40 bytes).
    var parts: Int16
    var kind: ProseEntity.Kind
    var honorific: Bool
    var role: Bool
    /// Whether it is a sentence-initial one-word candidate, a name only when its word (`lastKey`, its only one) is
    /// capitalised mid-sentence somewhere (a flag, not the word again: a huge article keeps every candidate).
    var isConditional: Bool
    /// The person's gender as the honorific or title before the name marks it ("Mrs Clinton"), else unknown
    /// (`Gender.swift`; the given name is read from `firstKey` when needed: `personGender`).
    var gender: Gender
    /// Whether it is an honorific and a given name a knight or a dame is called by ("Sir Alan", "Dame Judi"): it
    /// joins the person named in full with that given name, as a given name alone does (`DocumentNames.grouping`).
    var byGivenName = false

    /// The person's gender as the mention's own words show it: its honorific or title, else, for a name of two or
    /// more words, its given name (its first word); unknown for an organisation or a place.
    var personGender: Gender {
        if gender != .unknown || parts < 2 || kind == .organization || kind == .place { return gender }
        return Gender(givenName: firstKey)
    }

    /// Whether the name's first word is a given name of one gender (`Gender.swift`): a one-word name so may be a
    /// person named in full with it (`DocumentNames.grouping`).
    var isGivenName: Bool { Gender(givenName: firstKey) != .unknown }

    /// Whether it is a place's name of two words that opens with a given name ("Linda Park", "David West",
    /// "Victoria Park"): a person's when a person is named by its last word ("Ms Park"), as a surname.
    var opensPlaceWithGivenName: Bool { kind == .place && parts == 2 && isGivenName }

    /// The word a sentence-initial one-word candidate needs capitalised mid-sentence somewhere, or 0 (a name).
    var conditional: UInt64 { isConditional ? lastKey : 0 }
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
    /// Who these candidates are (compared with `===`): kept while the part's text is.
    var token = NamesToken()
    var keys: [NameKey] = []
    /// Per candidate: its mention range, and where its name starts (its name ends where the mention does; the
    /// part's offsets).
    var ranges: [Span32] = []
    var nameStarts: [Int32] = []
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

/// A range within a part, in half the room of a `TextRange` (a huge article keeps every segment's candidates).
struct Span32: Sendable, Equatable {
    var start: Int32
    var end: Int32
    init(_ r: TextRange) {
        start = Int32(r.start)
        end = Int32(r.end)
    }
    var range: TextRange { TextRange(Int(start), Int(end)) }
}

/// The identity of one computation of `NameCandidates`.
final class NamesToken: Sendable {}

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
    struct Entity: Sendable, Equatable {
        /// The entity's identity across edits: the full key of the mention that made it (`group`), or of its id.
        var key: UInt64
        var kind: ProseEntity.Kind
        var canonical: String
        var definedID: String?
        var facts: NameFacts
        var hasMentions: Bool
        /// What its names alone decide, before annotations and the index (`link`): its kind and first mention (what
        /// orders the entities); and the id an annotation gave it (nil: none), before the index's.
        var nameKind: ProseEntity.Kind
        var nameFirst: NameRef
        var linkedID: String? = nil
    }

    /// Per part: which candidates are names, and, for those, their entity (-1 for the others).
    private(set) var entityOf: [[Int32]]
    /// Per part, per annotation: the entity whose range it extends, or -1 (it linked the names it overlaps).
    private(set) var extends: [[Int32]]
    /// Per part: its conditional words the document capitalises mid-sentence (sorted).
    private(set) var known: [[UInt64]]
    /// In order of first mention, then the entities only annotations name.
    private(set) var entities: [Entity]
    /// The parts' candidates it was computed from (`reusable`), with their current positions.
    private(set) var parts: [NameCandidates]
    /// Entities by key (a document of one part has none: nothing looks its entities up by key).
    private(set) var byKey: HashMap64
    /// The words capitalised mid-sentence in any part.
    private(set) var capitalSet: HashSet64

    /// The name stage over `parts` (in text order, part `p` starting at `starts[p]` of `text`), with `index` for
    /// definitions.
    /// `capitals`: the words capitalised mid-sentence in any part, when the caller has them.
    init(parts: [NameCandidates], starts: [Int], text: SourceText, index: WorkspaceIndex, capitals: HashSet64? = nil) {
        // Which words are capitalised mid-sentence anywhere.
        var capitalSet: HashSet64
        if let capitals {
            capitalSet = capitals
        } else {
            capitalSet = HashSet64(capacity: 1 << 14)
            for p in parts { for w in p.capitals { capitalSet.insert(w) } }
        }
        let groups = Self.group(parts, capitalSet)
        var entities = groups.named.entities(parts: parts, starts: starts, text: text)
        let extends = Self.link(
            parts: parts, starts: starts, entityOf: groups.entityOf, entities: &entities, index: index, previous: nil)
        self.init(
            parts: parts, capitalSet: capitalSet, known: groups.known, entityOf: groups.entityOf, entities: entities,
            extends: extends)
    }

    /// The stage of these decisions (`byKey` built here).
    init(
        parts: [NameCandidates], capitalSet: HashSet64, known: [[UInt64]], entityOf: [[Int32]], entities: [Entity],
        extends: [[Int32]]
    ) {
        self.parts = parts
        self.capitalSet = capitalSet
        self.known = known
        self.entityOf = entityOf
        self.entities = entities
        self.extends = extends
        var byKey = HashMap64(capacity: parts.count > 1 ? entities.count : 0)
        if parts.count > 1 {
            for (e, x) in entities.enumerated() { byKey[x.key] = Int32(e) }
        }
        self.byKey = byKey
    }

    static func unique(_ sorted: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(sorted.count)
        for w in sorted where out.last != w { out.append(w) }
        return out
    }

    /// Whether this stage, computed from `self.parts`, is that of `parts`: every part's names (the candidates that
    /// are names, and its annotations) the same up to positions (the grouping compares positions only by order,
    /// which the candidates' order keeps; the facts refer to candidates, not offsets). A part may have other
    /// candidates that are no names ("We" → "Wex" opening a sentence), or capitalise other words mid-sentence ("On
    /// Monday" → "On Wednesday"): the decisions stay unless a word that some candidate depends on starts or stops
    /// being capitalised anywhere. Unchanged parts share their arrays, so they compare by identity.
    func reusable(for parts: [NameCandidates]) -> Bool {
        guard parts.count == self.parts.count else { return false }
        var changed: [UInt64] = []
        for (a, b) in zip(parts, self.parts) {
            if !a.sameNames(b) && names(a) != names(b) { return false }
            if a.capitals != b.capitals {
                let x = Set(a.capitals)
                let y = Set(b.capitals)
                changed += x.symmetricDifference(y)
            }
        }
        for w in changed {
            let before = capitalSet.contains(w)
            let after = parts.contains { Self.sortedContains($0.capitals, w) }
            if before != after && parts.contains(where: { Self.sortedContains($0.conditionals, w) }) { return false }
        }
        return true
    }

    /// A part's names as this stage decides them (by its words capitalised mid-sentence): the candidates that are
    /// names, and the annotations with the names they overlap (as indices among those).
    private func names(_ part: NameCandidates) -> (keys: [NameKey], annotations: [AnnotationLink]) {
        var ordinal = [Int32](filled: -1, count: part.keys.count)
        var keys: [NameKey] = []
        for (k, key) in part.keys.enumerated() where key.conditional == 0 || capitalSet.contains(key.conditional) {
            ordinal[k] = Int32(keys.count)
            keys.append(key)
        }
        let annotations = part.annotations.map { a in
            AnnotationLink(
                id: a.id, surface: a.surface, overlaps: a.overlaps.map { ordinal[Int($0)] }.filter { $0 >= 0 })
        }
        return (keys, annotations)
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

    /// This stage with the candidates of `parts` (`reusable(for:)` said yes): the same decisions, each part's names
    /// at their new places among its candidates.
    func moved(to parts: [NameCandidates]) -> DocumentNames {
        var out = self
        for p in parts.indices where !parts[p].sameNames(self.parts[p]) {
            let old = self.parts[p]
            let new = parts[p]
            // Old candidate index → new, through their order among the names.
            var names: [Int32] = []
            var map = [Int32](filled: -1, count: old.keys.count)
            for (k, key) in new.keys.enumerated() where key.conditional == 0 || capitalSet.contains(key.conditional) {
                names.append(Int32(k))
            }
            var n = 0
            var entityOf = [Int32](filled: -1, count: new.keys.count)
            var words: [UInt64] = []
            for (k, e) in self.entityOf[p].enumerated() where e >= 0 {
                map[k] = names[n]
                entityOf[Int(names[n])] = e
                let w = new.keys[Int(names[n])].conditional
                if w != 0 { words.append(w) }
                n += 1
            }
            out.entityOf[p] = entityOf
            words.sort()
            out.known[p] = Self.unique(words)
            func moved(_ r: NameRef?) -> NameRef? {
                guard var r, Int(r.part) == p, !r.isAnnotation else { return r }
                r.index = map[Int(r.index)]
                return r
            }
            for e in out.entities.indices {
                out.entities[e].facts.firstFull = moved(out.entities[e].facts.firstFull)
                out.entities[e].facts.firstRole = moved(out.entities[e].facts.firstRole)
                out.entities[e].facts.first = moved(out.entities[e].facts.first)!
                out.entities[e].nameFirst = moved(out.entities[e].nameFirst)!
            }
        }
        if zip(parts, self.parts).contains(where: { $0.capitals != $1.capitals }) {
            var capitals = HashSet64(capacity: capitalSet.count + 16)
            for p in parts { for w in p.capitals { capitals.insert(w) } }
            out.capitalSet = capitals
        }
        out.parts = parts
        return out
    }

    /// After a new stage computed from the previous one's parts but some (an edit): the entities (keys) that have a
    /// name in a changed part, before or after, and per part whether it may read something new — it is new, a
    /// word it depends on started or stopped being capitalised somewhere, or a name of it is of such an entity now
    /// (the caller checks the entities it read before). Every decision about a name involves the names of its
    /// entity (full name, surname, first word of an organisation), so a part none of whose entities has a name in a
    /// changed part reads what it read.
    func affected(since previous: DocumentNames) -> (entities: Set<UInt64>, parts: [Bool]) {
        let before = Set(previous.parts.map { ObjectIdentifier($0.token) })
        let after = Set(parts.map { ObjectIdentifier($0.token) })
        var keys = Set<UInt64>()
        var words = Set<UInt64>()
        func collect(_ stage: DocumentNames, _ p: Int) {
            for e in stage.entityOf[p] where e >= 0 { keys.insert(stage.entities[Int(e)].key) }
            for e in stage.extends[p] where e >= 0 { keys.insert(stage.entities[Int(e)].key) }
            words.formUnion(stage.parts[p].capitals)
        }
        for p in previous.parts.indices where !after.contains(ObjectIdentifier(previous.parts[p].token)) {
            collect(previous, p)
        }
        for p in parts.indices where !before.contains(ObjectIdentifier(parts[p].token)) { collect(self, p) }
        let flipped = words.filter { previous.capitalSet.contains($0) != capitalSet.contains($0) }
        let hit = entities.map { keys.contains($0.key) }
        var out = [Bool](filled: false, count: parts.count)
        for p in parts.indices {
            if !before.contains(ObjectIdentifier(parts[p].token))
                || flipped.contains(where: { Self.sortedContains(parts[p].conditionals, $0) })
                || entityOf[p].contains(where: { $0 >= 0 && hit[Int($0)] })
                || extends[p].contains(where: { $0 >= 0 && hit[Int($0)] })
            {
                out[p] = true
            }
        }
        return (keys, out)
    }

    /// What part `p`'s analysis reads: its entities in order of first name there (then those only its annotations
    /// extend), with `people` (keys of the entities a speech verb anywhere shows to be people) lent to those of
    /// unknown kind.
    func reads(_ p: Int, people: Set<UInt64>) -> NameReads {
        var local = [Int32](filled: -1, count: entities.count)
        var out = NameReads(known: known[p])
        out.entityOf.reserveCapacity(entityOf[p].count)
        func localIndex(_ e: Int32) -> Int32 {
            if local[Int(e)] >= 0 { return local[Int(e)] }
            let l = Int32(out.entities.count)
            local[Int(e)] = l
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

    /// Whether part `p` reads what `stored` says (`reads(p, people:)` excluding `spoken`, without building it):
    /// the same decisions, entities (by key, in the same order), kinds, names, ids and lent people.
    func sameReads(_ p: Int, as stored: NameReads, people: Set<UInt64>, spoken: [UInt64]) -> Bool {
        guard known[p] == stored.known, extends[p].count == stored.extends.count else { return false }
        var seen: Int32 = 0
        // Fields read in place: copying an entity (its strings) per name costs more than the comparison.
        return entities.withUnsafeBufferPointer { g in
            stored.entities.withUnsafeBufferPointer { local in
                func same(_ e: Int32, _ l: Int32) -> Bool {
                    guard g[Int(e)].key == local[Int(l)].key else { return false }
                    guard l == seen else { return l < seen }
                    // First seen here: the entity's facts.
                    seen += 1
                    let lent =
                        g[Int(e)].kind == .unknown && g[Int(e)].hasMentions && people.contains(g[Int(e)].key)
                        && !Self.sortedContains(spoken, g[Int(e)].key)
                    return g[Int(e)].kind == local[Int(l)].kind && lent == local[Int(l)].lent
                        && g[Int(e)].definedID == local[Int(l)].definedID
                        && g[Int(e)].canonical == local[Int(l)].canonical
                }
                var n = 0
                for e in entityOf[p] where e >= 0 {
                    guard n < stored.entityOf.count, same(e, stored.entityOf[n]) else { return false }
                    n += 1
                }
                guard n == stored.entityOf.count else { return false }
                for (e, l) in zip(extends[p], stored.extends) {
                    if (e < 0) != (l < 0) { return false }
                    if e >= 0 && !same(e, l) { return false }
                }
                return Int(seen) == stored.entities.count
            }
        }
    }

    /// A reference resolved in part `p`'s offsets: a position in another part stands before (-1) or after
    /// (`Int.max`) all of this one's (the rules only compare positions), so that an edit elsewhere that moves it
    /// changes nothing here.
    func range(_ r: NameRef, in p: Int) -> TextRange {
        if Int(r.part) < p { return TextRange(-1, -1) }
        if Int(r.part) > p { return TextRange(Int.max, Int.max) }
        let part = parts[p]
        return r.isAnnotation ? part.annotationRanges[Int(r.index)] : part.ranges[Int(r.index)].range
    }

    // MARK: Grouping

    struct Groups {
        /// Per part, per candidate: its entity (-1: no name); per part, its conditional words that are names.
        var entityOf: [[Int32]] = []
        var known: [[UInt64]] = []
        var named = Named()
    }

    /// Entities grouped from names (`grouping`), in order of first mention: per entity, the full key that made it,
    /// its kind, and mentions by position (part << 32 | candidate): the first, the first of most name words (its
    /// canonical name), the first full one and the first with a role (-1: none); whether any has an honorific.
    struct Named {
        var keys: [UInt64] = []
        var kinds: [ProseEntity.Kind] = []
        var first: [Int64] = []
        var best: [Int64] = []
        var firstFull: [Int64] = []
        var firstRole: [Int64] = []
        var honorific: [Bool] = []

        static func ref(_ at: Int64) -> NameRef {
            NameRef(part: Int32(at >> 32), index: Int32(at & 0xFFFF_FFFF), isAnnotation: false)
        }

        /// The entities, before annotations and the index (`link`), their canonical names read from `text`.
        func entities(parts: [NameCandidates], starts: [Int], text: SourceText) -> [Entity] {
            keys.indices.map { e in entity(e, parts: parts, starts: starts, text: text) }
        }

        func entity(_ e: Int, parts: [NameCandidates], starts: [Int], text: SourceText) -> Entity {
            let best = Self.ref(best[e])
            // Read in place: a copy of the part would retain each of its arrays.
            let p = Int(best.part)
            let k = Int(best.index)
            let name = TextRange(Int(parts[p].nameStarts[k]), Int(parts[p].ranges[k].end)).shifted(starts[p])
            let first = Self.ref(first[e])
            return Entity(
                key: keys[e], kind: kinds[e], canonical: text[name], definedID: nil,
                facts: NameFacts(
                    firstFull: firstFull[e] < 0 ? nil : Self.ref(firstFull[e]),
                    firstRole: firstRole[e] < 0 ? nil : Self.ref(firstRole[e]), first: first,
                    hasHonorific: honorific[e]),
                hasMentions: true, nameKind: kinds[e], nameFirst: first)
        }
    }

    /// The names the grouping reads, in text order, with their positions (part << 32 | candidate).
    protocol NameSequence {
        var count: Int { get }
        func visit(_ body: (Int64, NameKey) -> Void)
    }

    /// Every name among the parts' candidates: those with no conditional word, or one of `capitals`.
    struct AllNames: NameSequence {
        let parts: [NameCandidates]
        let capitals: HashSet64
        let count: Int

        init(_ parts: [NameCandidates], _ capitals: HashSet64) {
            self.parts = parts
            self.capitals = capitals
            var n = 0
            for part in parts {
                for key in part.keys where key.conditional == 0 || capitals.contains(key.conditional) { n += 1 }
            }
            count = n
        }

        func visit(_ body: (Int64, NameKey) -> Void) {
            for (p, part) in parts.enumerated() {
                part.keys.withUnsafeBufferPointer { keys in
                    for k in keys.indices where keys[k].conditional == 0 || capitals.contains(keys[k].conditional) {
                        body(Int64(p) << 32 | Int64(k), keys[k])
                    }
                }
            }
        }
    }

    /// The names at `selection` (per part, candidate indices in order).
    struct SelectedNames: NameSequence {
        let parts: [NameCandidates]
        let selection: [[Int32]]
        let count: Int

        init(_ parts: [NameCandidates], _ selection: [[Int32]]) {
            self.parts = parts
            self.selection = selection
            count = selection.reduce(0) { $0 + $1.count }
        }

        func visit(_ body: (Int64, NameKey) -> Void) {
            for (p, list) in selection.enumerated() where !list.isEmpty {
                parts[p].keys.withUnsafeBufferPointer { keys in
                    for k in list { body(Int64(p) << 32 | Int64(k), keys[Int(k)]) }
                }
            }
        }
    }

    /// Groups every name among `parts`' candidates (`grouping`).
    static func group(_ parts: [NameCandidates], _ capitals: HashSet64) -> Groups {
        var g = Groups()
        g.known.reserveCapacity(parts.count)
        for p in parts.indices {
            var words: [UInt64] = []
            for key in parts[p].keys where key.conditional != 0 && capitals.contains(key.conditional) {
                words.append(key.conditional)
            }
            words.sort()
            g.known.append(unique(words))
        }
        let names = AllNames(parts, capitals)
        let grouped = grouping(names)
        g.named = grouped.named
        g.entityOf = parts.map { [Int32](filled: -1, count: $0.keys.count) }
        var i = 0
        names.visit { at, _ in
            g.entityOf[Int(at >> 32)][Int(at & 0xFFFF_FFFF)] = grouped.entity[i]
            i += 1
        }
        return g
    }

    /// The entities `grouping` builds, with the two steps that change them (a value the loops mutate in place: local
    /// functions capturing these arrays made every access a checked one). Flat arrays, reserved for every name: no
    /// array per entity (a list of its full mentions, of a surname's entities) to grow and free.
    private struct Grouped {
        var entity: [Int32]
        var byFull: HashMap64
        /// Per entity: its surname list (`grouping`), or -1.
        var surnameList: [Int32] = []
        var keys: [UInt64] = []
        var kinds: [ProseEntity.Kind] = []

        init(count: Int, byFull: HashMap64) {
            entity = [Int32](filled: -1, count: count)
            self.byFull = byFull
            surnameList.reserveCapacity(count)
            keys.reserveCapacity(count)
            kinds.reserveCapacity(count)
        }

        /// Name `i` belongs to entity `e`, which takes its kind unless it has a stronger one.
        @inline(__always) mutating func attach(_ i: Int, _ kind: ProseEntity.Kind, _ e: Int32) {
            entity[i] = e
            let ek = kinds[Int(e)]
            if kind == .organization || ek == .unknown || (kind == .person && ek != .organization) {
                if kind != .unknown { kinds[Int(e)] = kind }
            }
        }

        /// A new entity of full key `key`, of no kind yet.
        mutating func newEntity(_ key: UInt64) -> Int32 {
            keys.append(key)
            kinds.append(.unknown)
            surnameList.append(-1)
            let e = Int32(keys.count - 1)
            byFull[key] = e
            return e
        }
    }

    /// An entity's facts as `grouping` gathers them (`Named` holds them split, one array per fact).
    private struct EntityFacts {
        var key: UInt64
        var kind: ProseEntity.Kind
        var first: Int64
        var best: Int64 = -1
        var bestParts: Int16 = 0
        var firstFull: Int64 = -1
        var firstRole: Int64 = -1
        var honorific = false
    }

    /// Groups `names` (in text order, compared by their order only) into entities: full names (two or more name
    /// words) by their words; a one-word mention with the one-word entity of its name made before it, else with the
    /// person whose surname it is (the nearest full-name mention before it, else the first such person; for one
    /// marked as a man's or a woman's, of a person whose full names show not only the other gender, when there is
    /// one: `joinMarked`), else (not a person) with the organisation whose first word it is, else as a new entity. An
    /// entity's kind is its mentions' strongest: organisation, person, place, unknown. Returns each name's entity (in
    /// `names`' order).
    ///
    /// A name reads only the names that share a key with it in a role it reads or writes (`Roles`): a full name its
    /// full key, and its last word (a person's) or first word (an organisation's); a one-word name the same three.
    /// So `names` may be any set closed under sharing them (`updated`): its grouping is the whole document's.
    static func grouping<S: NameSequence>(_ names: S) -> (entity: [Int32], named: Named) {
        let total = names.count
        // Small to start with (an article has a few hundred names; a huge document's grow as needed, and stay in
        // cache while they are no larger than its entities need): about two names per entity, and a surname or an
        // organisation's first word for one in two of those (each map is cleared slot by slot when made).
        var g = Grouped(count: total, byFull: HashMap64(capacity: min(1024, total / 2 + 8)))
        var byOrgWord = HashMap64(capacity: min(256, total / 4 + 8))
        // Per surname: its list (entities, in order of their first full mention), numbered from 0.
        var bySurname = HashMap64(capacity: min(256, total / 4 + 8))
        var surnameLists: Int32 = 0
        // Per given name of one gender (`Gender.swift`): its list of the full-name mentions that open with it and
        // name no organisation nor place, in text order ("Hillary" alone is "Hillary Clinton").
        var byGivenName = HashMap64(capacity: min(64, total / 8 + 4))
        var givenLists: [(Int, Int32)] = []
        givenLists.reserveCapacity(total / 4)
        // The full-name mentions (their indices among the names), in text order.
        var full: [Int32] = []
        full.reserveCapacity(total)
        // The names, read once (three plain loops over arrays instead of three visits through closures).
        var ats: [Int64] = []
        var keys: [NameKey] = []
        ats.reserveCapacity(total)
        keys.reserveCapacity(total)
        names.visit { at, key in
            ats.append(at)
            keys.append(key)
        }
        // Full names first, so one-word mentions can join them whichever comes first in the text.
        for i in keys.indices where keys[i].parts >= 2 {
            let key = keys[i]
            let e = g.byFull[key.fullKey] ?? g.newEntity(key.fullKey)
            g.attach(i, key.kind, e)
            full.append(Int32(i))
            if key.kind == .organization {
                // (A party's members named by their house or state are no short name of it: "the Senate" is not
                // "Senate Republicans"; nor is an organisation the short name of its unit: "BBC" is not "BBC Radio",
                // `EntityWords.unitHeads`.)
                if byOrgWord[key.firstKey] == nil, !EntityWords.partyNames.contains(key.lastKey),
                    !EntityWords.unitHeads.contains(key.lastKey)
                {
                    byOrgWord[key.firstKey] = e
                }
            } else if key.kind != .place || key.opensPlaceWithGivenName {
                // ("Linda Park", "David West": a given name before a place's word is a place's name until a person
                // is named by its surname — "Ms Park said" — who is then the person named in full.)
                if key.kind != .place, key.isGivenName {
                    let list = byGivenName[key.firstKey] ?? Int32(byGivenName.count)
                    if list == byGivenName.count { byGivenName[key.firstKey] = list }
                    givenLists.append((Int(list), Int32(i)))
                }
                guard g.surnameList[Int(e)] < 0 else { continue }
                if let list = bySurname[key.lastKey] {
                    g.surnameList[Int(e)] = list
                } else {
                    bySurname[key.lastKey] = surnameLists
                    g.surnameList[Int(e)] = surnameLists
                    surnameLists += 1
                }
            }
        }
        // Per surname list, every full mention of every entity in it (name indices), in text order.
        var inLists: [(Int, Int32)] = []
        inLists.reserveCapacity(full.count)
        for i in full where g.surnameList[Int(g.entity[Int(i)])] >= 0 {
            inLists.append((Int(g.surnameList[Int(g.entity[Int(i)])]), i))
        }
        let surnameStarts = FlatLists(count: Int(surnameLists), inLists)
        let givenStarts = FlatLists(count: byGivenName.count, givenLists)
        for i in keys.indices where keys[i].parts == 1 {
            let key = keys[i]
            if let existing = g.byFull[key.fullKey] {
                g.attach(i, key.kind, existing)
                continue
            }
            // (A place the gazetteer knows is the surname of a person only: "Houston" of "Whitney Houston", not
            // "Scotland" of "Alcohol Focus Scotland" nor "Madrid" of "Real Madrid".)
            if let s = bySurname[key.lastKey], key.kind != .organization,
                case let e = g.entity[Self.nearest(surnameStarts[Int(s)], before: ats[i], ats: ats)],
                key.kind != .place || g.kinds[Int(e)] == .person,
                g.kinds[Int(e)] != .place || key.kind == .person || key.honorific && key.kind == .unknown
            {
                // The nearest full-name mention before this one, else the first (a name marked as a man's or a
                // woman's may move: `joinMarked`). (An honorific joining a place's name makes a person of it: "Mr
                // Bridge" of "Tom Bridge", though "Bridge" after "Mr" alone may be a thing's: "Mr Universe".)
                let person = key.honorific && key.kind == .unknown && g.kinds[Int(e)] == .place
                g.attach(i, person ? .person : key.kind, e)
                continue
            }
            // A given name alone, with no honorific, is a person named in full with it ("Hillary Clinton … Hillary's
            // emails"): the nearest before it, else the first, as a surname is.
            // ("Sir Alan" too: `NameKey.byGivenName`.)
            if key.isGivenName, !key.honorific || key.byGivenName, key.kind != .organization, key.kind != .place,
                let list = byGivenName[key.firstKey]
            {
                let e = g.entity[Self.nearest(givenStarts[Int(list)], before: ats[i], ats: ats)]
                g.attach(i, key.kind, e)
                continue
            }
            // (A place is no organisation's first word: "London" is not the "London Stock Exchange".)
            if let org = byOrgWord[key.firstKey], key.kind != .person, key.kind != .place {
                g.attach(i, key.kind, org)
                continue
            }
            g.attach(i, key.kind, g.newEntity(key.fullKey))
        }
        if let fitting = Self.fitting(
            inLists, lists: Int(surnameLists), keys: keys, entity: g.entity, entities: g.keys.count)
        {
            Self.joinMarked(&g, keys: keys, ats: ats, fitting: fitting, bySurname: bySurname)
        }
        // Entities in order of first mention (the names come in text order: an entity is numbered when first met),
        // with their facts: gathered in one array (one write per fact, not one per array of `Named`), then split.
        var remap = [Int32](filled: -1, count: g.keys.count)
        var facts: [EntityFacts] = []
        facts.reserveCapacity(g.keys.count)
        for i in keys.indices {
            let at = ats[i]
            let key = keys[i]
            let old = Int(g.entity[i])
            var e = Int(remap[old])
            if e < 0 {
                e = facts.count
                remap[old] = Int32(e)
                facts.append(EntityFacts(key: g.keys[old], kind: g.kinds[old], first: at))
            }
            g.entity[i] = Int32(e)
            if key.parts > facts[e].bestParts {
                facts[e].best = at
                facts[e].bestParts = key.parts
            }
            if key.parts >= 2 && facts[e].firstFull < 0 { facts[e].firstFull = at }
            if key.role && facts[e].firstRole < 0 { facts[e].firstRole = at }
            if key.honorific { facts[e].honorific = true }
        }
        var named = Named()
        named.keys = facts.map(\.key)
        named.kinds = facts.map(\.kind)
        named.first = facts.map(\.first)
        named.best = facts.map(\.best)
        named.firstFull = facts.map(\.firstFull)
        named.firstRole = facts.map(\.firstRole)
        named.honorific = facts.map(\.honorific)
        return (g.entity, named)
    }

    /// The name of `starts` (name indices in text order, their places `ats`) nearest before place `at`, else the
    /// first.
    private static func nearest(_ starts: ArraySlice<Int32>, before at: Int64, ats: [Int64]) -> Int {
        var lo = starts.startIndex
        var hi = starts.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if ats[Int(starts[mid])] < at { lo = mid + 1 } else { hi = mid }
        }
        return Int(starts[lo > starts.startIndex ? lo - 1 : starts.startIndex])
    }

    /// Moves each one-word name marked as a man's or a woman's ("Mrs. Clinton") that joined a person by surname
    /// (`grouping`) to the person of that surname who may be of its gender (`fitting`, per surname list and gender)
    /// nearest before it, else the first such after it; where there is none, it stays. Then the entities' kinds are
    /// their mentions' strongest again (an order-free maximum, as `Grouped.attach` keeps it). A decision after the
    /// others, for a few names: the grouping's loops stay as they were for the documents without any.
    private static func joinMarked(
        _ g: inout Grouped, keys: [NameKey], ats: [Int64], fitting: FlatLists<Int32>, bySurname: HashMap64
    ) {
        var moved = false
        for i in keys.indices where keys[i].parts == 1 && keys[i].gender != .unknown && keys[i].kind != .organization {
            let key = keys[i]
            // (A name that joined the one-word entity of its word made before it did not join by surname.)
            guard let s = bySurname[key.lastKey], g.byFull[key.fullKey] != g.entity[i] else { continue }
            let own = fitting[Int(s) * 2 + (key.gender == .female ? 1 : 0)]
            guard let first = own.first else { continue }
            var lo = own.startIndex
            var hi = own.endIndex
            while lo < hi {
                let mid = (lo + hi) / 2
                if ats[Int(own[mid])] < ats[i] { lo = mid + 1 } else { hi = mid }
            }
            let e = g.entity[Int(lo > own.startIndex ? own[lo - 1] : first)]
            if e != g.entity[i] {
                g.entity[i] = e
                moved = true
            }
        }
        guard moved else { return }
        for e in g.kinds.indices { g.kinds[e] = .unknown }
        for i in keys.indices { g.attach(i, keys[i].kind, g.entity[i]) }
    }

    /// Per surname list and gender (`inLists`: (list, full-name mention); `lists` of them; list * 2 a man, + 1 a
    /// woman): the full-name mentions whose entity (`entity`, of `entities`) may be a person of that gender, its full
    /// names showing not only the other (`NameKey.personGender` of each: the same whatever the order of the names);
    /// nil when no one-word name of `keys` is marked as a man's or a woman's.
    private static func fitting(
        _ inLists: [(Int, Int32)], lists: Int, keys: [NameKey], entity: [Int32], entities: Int
    ) -> FlatLists<Int32>? {
        guard !inLists.isEmpty, keys.contains(where: { $0.parts == 1 && $0.gender != .unknown }) else { return nil }
        var shown = [UInt8](filled: 0, count: entities)
        for (_, i) in inLists { shown[Int(entity[Int(i)])] |= keys[Int(i)].personGender.rawValue }
        var pairs: [(Int, Int32)] = []
        pairs.reserveCapacity(inLists.count * 2)
        for (list, i) in inLists {
            let g = shown[Int(entity[Int(i)])]
            if g != Gender.female.rawValue { pairs.append((list * 2, i)) }
            if g != Gender.male.rawValue { pairs.append((list * 2 + 1, i)) }
        }
        return FlatLists(count: lists * 2, pairs)
    }

    // MARK: Annotations and the index

    /// Gives entities their defined ids: annotated mentions first (in text order; one that overlaps no name
    /// extends the entity of its id linked before, or names a new one), then the index's names and aliases; and
    /// defined people, organisations and places their kind. Returns, per part and annotation, the entity it
    /// extends (-1: it linked the names it overlaps).
    /// `previous`: a stage over the same index whose index links an entity with the same key, canonical name, kind by
    /// its names and annotated id keeps (looked up there, not in the index).
    static func link(
        parts: [NameCandidates], starts: [Int], entityOf: [[Int32]], entities: inout [Entity], index: WorkspaceIndex,
        previous: DocumentNames?
    ) -> [[Int32]] {
        var byID: [String: Int32] = [:]
        var extends: [[Int32]] = []
        extends.reserveCapacity(parts.count)
        func at(_ r: NameRef) -> Int {
            let part = parts[Int(r.part)]
            return starts[Int(r.part)]
                + (r.isAnnotation ? part.annotationRanges[Int(r.index)] : part.ranges[Int(r.index)].range).start
        }
        for (p, part) in parts.enumerated() {
            var out = [Int32](filled: -1, count: part.annotations.count)
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
                            hasMentions: false, nameKind: .unknown, nameFirst: ref))
                    byID[am.id] = e
                    out[a] = e
                }
            }
            extends.append(out)
        }
        for e in entities.indices {
            entities[e].linkedID = entities[e].definedID
            if let previous, entities[e].hasMentions, let o = previous.byKey[entities[e].key] {
                let before = previous.entities[Int(o)]
                if before.hasMentions && before.linkedID == entities[e].linkedID
                    && before.nameKind == entities[e].nameKind
                    && before.canonical == entities[e].canonical
                {
                    entities[e].kind = before.kind
                    entities[e].definedID = before.definedID
                    continue
                }
            }
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
