/// Entity facts gathered across the segments of a large document (`DocumentSegments`), for the rules that
/// judge a name by what the rest of the article says about it (`Rule.readsDocumentEntities`: the speaker rules).
///
/// Each segment groups its own names; this pass, over the entities the segments' analyses already hold, groups
/// them again as the whole text's grouping would: full names by name (`Sarah Clarke` in two segments is one
/// person), a surname alone in a segment that names no one in full with it (`Ms Clarke`, `Clarke said`) with the
/// nearest full name of that surname in an earlier segment, else the first one in the document, else with the same
/// surname alone in other segments; a one-word name that no mention shows to be a person (no honorific, title or
/// role), with no such full name, and the first word of an organisation named in full anywhere ("Cambridge" and
/// "Cambridge Holdings") is an organisation, as the whole text's grouping joins it to it. A group's facts —
/// canonical name, kind, first full and role mentions, an honorific — are what each of its segment entities shows
/// the rules (`RuleContext.entities`), in the segment's offsets (a mention in another segment stands at -1 or `Int.max`). A one-segment document's facts are its own.
/// The pass also says, per segment, which of its names its own text leaves of unknown kind but another segment
/// shows to be people (`Facts.people`: a group with a member that has an honorific, a title or a speech verb): the
/// input the segment's analysis reads (`AnalysisOptions.knownPeople`). Names carry the kind the segment's own text
/// shows, not the one it was analysed with, so the facts are a function of the names and settle in one round.
/// An edit that leaves the segments' names as they were, up to positions in the same order, keeps the previous
/// facts (`facts(reusing:…)`, the edited segment's positions carried over) instead of grouping every segment again.
enum DocumentEntities {
    /// What the rules see of entity `index` of a segment where it differs from the segment's own entity.
    struct Override: Sendable, Equatable {
        let index: Int
        let canonicalName: String
        let kind: ProseEntity.Kind
        let hasFullName: Bool
        let firstFullMention: TextRange
        let firstRoleMention: TextRange?
        let hasHonorific: Bool
        let hasRole: Bool
    }

    /// A person or unknown entity of one segment as the document-wide pass reads it: computed once with the
    /// segment's analysis (`SegmentAnalysis.names`), names hashed, offsets the segment's.
    struct Name: Sendable, Equatable {
        let index: Int
        let nameKey: Int
        /// The last word's hash for a full name, the name's for one word.
        let surnameKey: Int
        let isFull: Bool
        let kind: ProseEntity.Kind
        let firstFull: TextRange
        let firstRole: TextRange?
        let lastMention: Int
        let hasHonorific: Bool
        let hasRole: Bool
        /// The entity's own first full mention (what an override is compared with).
        let ownFirstFull: TextRange
    }

    /// The entities of a segment the pass groups: persons and unknowns (an organisation or place keeps its own);
    /// and organisations named in full, by their first word (kind `.organization`, never given an override).
    /// `lent`: the entities counted as people only by what other segments show (`ArticleAnalysis.lentPeople`),
    /// which stay of unknown kind here, so that a segment's names say only what its own text shows.
    static func names(_ entities: [ProseEntity], lent: [Int] = []) -> [Name] {
        var out: [Name] = []
        var k = 0
        for (i, e) in entities.enumerated() {
            // `lent` is in entity order.
            var isLent = false
            if k < lent.count && lent[k] == i {
                isLent = true
                k += 1
            }
            guard let first = e.mentions.first, let last = e.mentions.last else { continue }
            if e.kind == .organization {
                guard e.hasFullName, let space = e.canonicalName.firstIndex(of: " ") else { continue }
                let word = e.canonicalName[..<space]
                out.append(
                    Name(
                        index: i, nameKey: word.hashValue, surnameKey: 0, isFull: true, kind: .organization,
                        firstFull: e.firstFullMention, firstRole: nil, lastMention: last.start, hasHonorific: false,
                        hasRole: false, ownFirstFull: e.firstFullMention))
                continue
            }
            guard e.kind == .person || e.kind == .unknown else { continue }
            let name = e.canonicalName
            let isFull = e.hasFullName
            let surname: Substring
            if isFull {
                guard let space = name.lastIndex(of: " ") else { continue }
                surname = name[name.index(after: space)...]
            } else {
                guard !name.contains(" ") else { continue }
                surname = Substring(name)
            }
            out.append(
                Name(
                    index: i, nameKey: name.hashValue, surnameKey: surname.hashValue, isFull: isFull,
                    kind: isLent ? .unknown : e.kind,
                    firstFull: isFull ? e.firstFullMention : first, firstRole: e.firstRoleMention,
                    lastMention: last.start, hasHonorific: e.hasHonorific, hasRole: e.hasRole,
                    ownFirstFull: e.firstFullMention))
        }
        return out
    }

    private struct Group {
        /// The entity whose name the group bears (segment, entity index).
        var source: (segment: Int, index: Int)
        var nameKey: Int
        var kind: ProseEntity.Kind
        var hasFullName: Bool
        var firstFull: TextRange
        var firstRole: TextRange?
        var hasHonorific: Bool
        var hasRole: Bool
        /// A one-word name that no mention shows to be a person, and the first word of an organisation named in
        /// full: the organisation's, as a whole-document run groups it ("Cambridge said" after "Cambridge Holdings").
        var isOrganizationWord = false

        mutating func add(_ n: Name, shift d: Int) {
            if kind == .unknown { kind = n.kind }
            if let r = n.firstRole?.shifted(d), firstRole.map({ r < $0 }) ?? true { firstRole = r }
            hasHonorific = hasHonorific || n.hasHonorific
            hasRole = hasRole || n.hasRole
        }
    }

    /// Per segment (`names[i]` of the segment at `ranges[i]`, whose entities are `entities[i]`), the entities
    /// whose document-wide facts differ from the segment's own; and the names of its entities that its own text
    /// leaves of unknown kind but another segment shows to be people (by an honorific, title, role or speech verb
    /// of a name of the same group), sorted: the `AnalysisOptions.knownPeople` its analysis reads.
    static func overrides(names: [[Name]], entities: [[ProseEntity]], ranges: [TextRange]) -> (
        overrides: [[Override]], people: [[String]]
    ) {
        guard names.count > 1 else { return (names.map { _ in [] }, names.map { _ in [] }) }
        var groups: [Group] = []
        var byName: [Int: Int] = [:]
        // Per surname, (last mention, group) of every full name, in text order.
        var bySurname: [Int: [(last: Int, group: Int)]] = [:]
        var groupOf: [[Int]] = names.map { [Int](repeating: -1, count: $0.count) }
        var organizationWords = Set<Int>()
        for list in names { for n in list where n.kind == .organization { organizationWords.insert(n.nameKey) } }
        for (s, list) in names.enumerated() {
            let d = ranges[s].start
            for (k, n) in list.enumerated() where n.isFull && n.kind != .organization {
                let g: Int
                if let existing = byName[n.nameKey] {
                    g = existing
                    groups[g].add(n, shift: d)
                } else {
                    g = groups.count
                    byName[n.nameKey] = g
                    groups.append(
                        Group(
                            source: (s, n.index), nameKey: n.nameKey, kind: n.kind, hasFullName: true,
                            firstFull: n.firstFull.shifted(d), firstRole: n.firstRole?.shifted(d),
                            hasHonorific: n.hasHonorific, hasRole: n.hasRole))
                }
                bySurname[n.surnameKey, default: []].append((n.lastMention + d, g))
                groupOf[s][k] = g
            }
        }
        var bySingle: [Int: Int] = [:]
        for (s, list) in names.enumerated() {
            let d = ranges[s].start
            for (k, n) in list.enumerated() where !n.isFull {
                let g: Int
                if let anchors = bySurname[n.surnameKey] {
                    // The nearest full name before the entity's first mention, else the first in the document
                    // (anchors are in text order: segments in order, each segment's last mentions within it).
                    let at = n.firstFull.start + d
                    var lo = 0
                    var hi = anchors.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if anchors[mid].last < at { lo = mid + 1 } else { hi = mid }
                    }
                    g = lo > 0 ? anchors[lo - 1].group : anchors.map(\.group).min()!
                } else if let existing = bySingle[n.nameKey] {
                    g = existing
                } else {
                    g = groups.count
                    bySingle[n.nameKey] = g
                    groups.append(
                        Group(
                            source: (s, n.index), nameKey: n.nameKey, kind: .unknown, hasFullName: false,
                            firstFull: n.firstFull.shifted(d), firstRole: nil, hasHonorific: false, hasRole: false))
                }
                groups[g].add(n, shift: d)
                groupOf[s][k] = g
            }
        }
        for g in bySingle.values where organizationWords.contains(groups[g].nameKey) {
            groups[g].isOrganizationWord = !groups[g].hasHonorific && !groups[g].hasRole
        }
        let people = names.enumerated().map { s, list in
            var out = Set<String>()
            for (k, n) in list.enumerated() where n.kind == .unknown {
                let g = groups[groupOf[s][k]]
                if g.kind == .person && !g.isOrganizationWord { out.insert(entities[s][n.index].canonicalName) }
            }
            return out.sorted()
        }
        let overrides = names.enumerated().map { s, list in
            let r = ranges[s]
            // A mention in another segment stands before or after all of this one's (the rules only compare
            // positions), so that an edit elsewhere that moves it changes nothing here.
            func local(_ x: TextRange) -> TextRange {
                x.start < r.start
                    ? TextRange(-1, -1) : x.start >= r.end ? TextRange(Int.max, Int.max) : x.shifted(-r.start)
            }
            var out: [Override] = []
            for (k, n) in list.enumerated() where n.kind != .organization {
                let g = groups[groupOf[s][k]]
                let e = entities[s][n.index]
                let firstFull = g.hasFullName ? local(g.firstFull) : e.firstFullMention
                let firstRole = g.firstRole.map(local)
                // The kind the segment's own text shows (`Name.kind`), not the one it was analysed with: an entity
                // counted as a person by what other segments show gets the same override either way, so the facts
                // depend on the names alone.
                let kind = g.isOrganizationWord ? .organization : n.kind == .unknown ? g.kind : n.kind
                guard
                    g.nameKey != n.nameKey || kind != n.kind || g.hasFullName != e.hasFullName
                        || firstFull != e.firstFullMention || firstRole != e.firstRoleMention
                        || g.hasHonorific != e.hasHonorific || g.hasRole != e.hasRole
                else { continue }
                out.append(
                    Override(
                        index: n.index, canonicalName: entities[g.source.segment][g.source.index].canonicalName,
                        kind: kind, hasFullName: g.hasFullName, firstFullMention: firstFull,
                        firstRoleMention: firstRole,
                        hasHonorific: g.hasHonorific, hasRole: g.hasRole))
            }
            return out
        }
        return (overrides, people)
    }

    /// The document-wide facts (`overrides`) and the segments' names they were computed from.
    struct Facts: Sendable {
        var names: [[Name]]
        var overrides: [[Override]]
        /// Per segment, the names other segments show to be people (`overrides(names:entities:ranges:)`).
        var people: [[String]]
    }

    /// `overrides(names:entities:ranges:)`, reusing `previous` when every segment's names equal those it was
    /// computed from up to their positions within the segment, in the same order: the pass compares positions only
    /// within a segment (another segment's stand before or after all of them), so it groups alike and a
    /// segment's facts are the previous ones with its own positions carried over. `reused` says which (tests).
    static func facts(
        reusing previous: Facts?, names: [[Name]], entities: [[ProseEntity]], ranges: [TextRange]
    ) -> (facts: Facts, reused: Bool) {
        if let previous, previous.names.count == names.count {
            var out: [[Override]] = []
            out.reserveCapacity(names.count)
            for s in names.indices {
                // Unchanged segments share their arrays: the comparison is an identity check.
                if previous.names[s] == names[s] {
                    out.append(previous.overrides[s])
                } else if let moved = carried(previous.overrides[s], from: previous.names[s], to: names[s]) {
                    out.append(moved)
                } else {
                    break
                }
            }
            // Who is a person depends on the grouping only, which the names' order keeps.
            if out.count == names.count {
                return (Facts(names: names, overrides: out, people: previous.people), true)
            }
        }
        let fresh = overrides(names: names, entities: entities, ranges: ranges)
        return (Facts(names: names, overrides: fresh.overrides, people: fresh.people), false)
    }

    /// `overrides` (computed from `old`) in the positions of `new`, when `new` is `old` but for positions, whose
    /// order (and equalities) stay: nil otherwise.
    private static func carried(_ overrides: [Override], from old: [Name], to new: [Name]) -> [Override]? {
        guard old.count == new.count else { return nil }
        var pairs: [(old: Int, new: Int)] = []
        pairs.reserveCapacity(old.count * 7)
        for (a, b) in zip(old, new) {
            guard
                a.index == b.index, a.nameKey == b.nameKey, a.surnameKey == b.surnameKey, a.isFull == b.isFull,
                a.kind == b.kind, a.hasHonorific == b.hasHonorific, a.hasRole == b.hasRole,
                (a.firstRole == nil) == (b.firstRole == nil)
            else { return nil }
            pairs.append((a.firstFull.start, b.firstFull.start))
            pairs.append((a.firstFull.end, b.firstFull.end))
            pairs.append((a.lastMention, b.lastMention))
            pairs.append((a.ownFirstFull.start, b.ownFirstFull.start))
            pairs.append((a.ownFirstFull.end, b.ownFirstFull.end))
            if let ra = a.firstRole, let rb = b.firstRole {
                pairs.append((ra.start, rb.start))
                pairs.append((ra.end, rb.end))
            }
        }
        pairs.sort { $0.old != $1.old ? $0.old < $1.old : $0.new < $1.new }
        var map: [Int: Int] = [:]
        for (k, p) in pairs.enumerated() {
            if k > 0 {
                let q = pairs[k - 1]
                guard q.old == p.old ? q.new == p.new : q.new < p.new else { return nil }
            }
            map[p.old] = p.new
        }
        func moved(_ x: Int) -> Int? { x == -1 || x == Int.max ? x : map[x] }
        func moved(_ r: TextRange) -> TextRange? {
            guard let s = moved(r.start), let e = moved(r.end) else { return nil }
            return TextRange(s, e)
        }
        var out: [Override] = []
        out.reserveCapacity(overrides.count)
        for o in overrides {
            guard let full = moved(o.firstFullMention) else { return nil }
            var role: TextRange? = nil
            if let r = o.firstRoleMention {
                guard let m = moved(r) else { return nil }
                role = m
            }
            out.append(
                Override(
                    index: o.index, canonicalName: o.canonicalName, kind: o.kind, hasFullName: o.hasFullName,
                    firstFullMention: full, firstRoleMention: role, hasHonorific: o.hasHonorific, hasRole: o.hasRole))
        }
        return out
    }

    /// The segment's entities with `overrides` applied (what the rules read).
    static func applying(_ overrides: [Override], to entities: [ProseEntity]) -> [ProseEntity] {
        guard !overrides.isEmpty else { return entities }
        var out = entities
        for o in overrides {
            let e = entities[o.index]
            var v = ProseEntity(
                canonicalName: o.canonicalName, kind: o.kind, mentions: e.mentions,
                firstFullMention: o.firstFullMention, definedID: e.definedID, hasRole: o.hasRole)
            v.hasFullName = o.hasFullName
            v.firstRoleMention = o.firstRoleMention
            v.hasHonorific = o.hasHonorific
            out[o.index] = v
        }
        return out
    }
}
