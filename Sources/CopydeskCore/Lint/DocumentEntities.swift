/// Entity facts gathered across the segments of a large document (`DocumentSegments`), for the rules that
/// judge a name by what the rest of the article says about it (`Rule.readsDocumentEntities`: the speaker rules).
///
/// Each segment groups its own names; this pass, over the entities the segments' analyses already hold, groups
/// them again as the whole text's grouping would: full names by name (`Sarah Clarke` in two segments is one
/// person), a surname alone in a segment that names no one in full with it (`Ms Clarke`, `Clarke said`) with the
/// nearest full name of that surname in an earlier segment, else the first one in the document, else with the same
/// surname alone in other segments. A group's facts — canonical name, kind, first full and role mentions, an
/// honorific — are what each of its segment entities shows the rules (`RuleContext.entities`), in the segment's
/// offsets (a mention in another segment stands at -1 or `Int.max`). A one-segment document's facts are its own.
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
    struct Name: Sendable {
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
    }

    /// The entities of a segment the pass groups: persons and unknowns (an organisation or place keeps its own).
    static func names(_ entities: [ProseEntity]) -> [Name] {
        var out: [Name] = []
        for (i, e) in entities.enumerated() where e.kind == .person || e.kind == .unknown {
            guard let first = e.mentions.first, let last = e.mentions.last else { continue }
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
                    index: i, nameKey: name.hashValue, surnameKey: surname.hashValue, isFull: isFull, kind: e.kind,
                    firstFull: isFull ? e.firstFullMention : first, firstRole: e.firstRoleMention,
                    lastMention: last.start, hasHonorific: e.hasHonorific, hasRole: e.hasRole))
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

        mutating func add(_ n: Name, shift d: Int) {
            if kind == .unknown { kind = n.kind }
            if let r = n.firstRole?.shifted(d), firstRole.map({ r < $0 }) ?? true { firstRole = r }
            hasHonorific = hasHonorific || n.hasHonorific
            hasRole = hasRole || n.hasRole
        }
    }

    /// Per segment (`names[i]` of the segment at `ranges[i]`, whose entities are `entities[i]`), the entities
    /// whose document-wide facts differ from the segment's own.
    static func overrides(names: [[Name]], entities: [[ProseEntity]], ranges: [TextRange]) -> [[Override]] {
        guard names.count > 1 else { return names.map { _ in [] } }
        var groups: [Group] = []
        var byName: [Int: Int] = [:]
        // Per surname, (last mention, group) of every full name, in text order.
        var bySurname: [Int: [(last: Int, group: Int)]] = [:]
        var groupOf: [[Int]] = names.map { [Int](repeating: -1, count: $0.count) }
        for (s, list) in names.enumerated() {
            let d = ranges[s].start
            for (k, n) in list.enumerated() where n.isFull {
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
        return names.enumerated().map { s, list in
            let r = ranges[s]
            // A mention in another segment stands before or after all of this one's (the rules only compare
            // positions), so that an edit elsewhere that moves it changes nothing here.
            func local(_ x: TextRange) -> TextRange {
                x.start < r.start
                    ? TextRange(-1, -1) : x.start >= r.end ? TextRange(Int.max, Int.max) : x.shifted(-r.start)
            }
            var out: [Override] = []
            for (k, n) in list.enumerated() {
                let g = groups[groupOf[s][k]]
                let e = entities[s][n.index]
                let firstFull = g.hasFullName ? local(g.firstFull) : e.firstFullMention
                let firstRole = g.firstRole.map(local)
                let kind = e.kind == .unknown ? g.kind : e.kind
                guard
                    g.nameKey != n.nameKey || kind != e.kind || g.hasFullName != e.hasFullName
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
