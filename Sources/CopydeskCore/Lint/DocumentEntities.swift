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

    private struct Group {
        var canonicalName: String
        var kind: ProseEntity.Kind
        var hasFullName: Bool
        var firstFull: TextRange
        var firstRole: TextRange?
        var hasHonorific: Bool
        var hasRole: Bool

        mutating func add(_ e: ProseEntity, shift d: Int) {
            if kind == .unknown { kind = e.kind }
            if let r = e.firstRoleMention?.shifted(d), firstRole.map({ r < $0 }) ?? true { firstRole = r }
            hasHonorific = hasHonorific || e.hasHonorific
            hasRole = hasRole || e.hasRole
        }
    }

    /// Per segment (`entities[i]` of the segment at `ranges[i]`), the entities whose document-wide facts differ
    /// from the segment's own.
    static func overrides(entities: [[ProseEntity]], ranges: [TextRange]) -> [[Override]] {
        let starts = ranges.map(\.start)
        guard entities.count > 1 else { return entities.map { _ in [] } }
        var groups: [Group] = []
        var byName: [String: Int] = [:]
        // Per surname, (last mention, group) of every full-name person or unknown, in text order.
        var bySurname: [Substring: [(last: Int, group: Int)]] = [:]
        var groupOf: [[Int]] = entities.map { [Int](repeating: -1, count: $0.count) }
        for (s, list) in entities.enumerated() {
            let d = starts[s]
            for (i, e) in list.enumerated() where e.hasFullName {
                let g: Int
                if let existing = byName[e.canonicalName] {
                    g = existing
                    groups[g].add(e, shift: d)
                } else {
                    g = groups.count
                    byName[e.canonicalName] = g
                    groups.append(
                        Group(
                            canonicalName: e.canonicalName, kind: e.kind, hasFullName: true,
                            firstFull: e.firstFullMention.shifted(d), firstRole: e.firstRoleMention?.shifted(d),
                            hasHonorific: e.hasHonorific, hasRole: e.hasRole))
                }
                if e.kind != .organization && e.kind != .place, let surname = Self.surname(e.canonicalName) {
                    bySurname[surname, default: []].append((e.mentions.last.map { $0.start + d } ?? d, g))
                }
                groupOf[s][i] = g
            }
        }
        for key in bySurname.keys { bySurname[key]!.sort { $0.last < $1.last } }
        var bySingle: [String: Int] = [:]
        for (s, list) in entities.enumerated() {
            let d = starts[s]
            for (i, e) in list.enumerated() where !e.hasFullName && e.kind != .organization && e.kind != .place {
                guard let first = e.mentions.first, !e.canonicalName.contains(" ") else { continue }
                let g: Int
                if let anchors = bySurname[Substring(e.canonicalName)] {
                    // The nearest full name before the entity's first mention, else the first in the document.
                    let at = first.start + d
                    var lo = 0
                    var hi = anchors.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if anchors[mid].last < at { lo = mid + 1 } else { hi = mid }
                    }
                    g = lo > 0 ? anchors[lo - 1].group : anchors.map(\.group).min()!
                } else if let existing = bySingle[e.canonicalName] {
                    g = existing
                } else {
                    g = groups.count
                    bySingle[e.canonicalName] = g
                    groups.append(
                        Group(
                            canonicalName: e.canonicalName, kind: .unknown, hasFullName: false,
                            firstFull: first.shifted(d), firstRole: nil, hasHonorific: false, hasRole: false))
                }
                groups[g].add(e, shift: d)
                groupOf[s][i] = g
            }
        }
        return entities.enumerated().map { s, list in
            let r = ranges[s]
            // A mention in another segment stands before or after all of this one's (the rules only compare
            // positions), so that an edit elsewhere that moves it changes nothing here.
            func local(_ x: TextRange) -> TextRange {
                x.start < r.start
                    ? TextRange(-1, -1) : x.start >= r.end ? TextRange(Int.max, Int.max) : x.shifted(-r.start)
            }
            var out: [Override] = []
            for (i, e) in list.enumerated() where groupOf[s][i] >= 0 {
                let g = groups[groupOf[s][i]]
                let o = Override(
                    index: i, canonicalName: g.canonicalName, kind: e.kind == .unknown ? g.kind : e.kind,
                    hasFullName: g.hasFullName,
                    firstFullMention: g.hasFullName ? local(g.firstFull) : e.firstFullMention,
                    firstRoleMention: g.firstRole.map(local), hasHonorific: g.hasHonorific, hasRole: g.hasRole)
                if o.canonicalName != e.canonicalName || o.kind != e.kind || o.hasFullName != e.hasFullName
                    || o.firstFullMention != e.firstFullMention || o.firstRoleMention != e.firstRoleMention
                    || o.hasHonorific != e.hasHonorific || o.hasRole != e.hasRole
                {
                    out.append(o)
                }
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

    /// The last word of a full name ("Clarke" of "Sarah Clarke").
    private static func surname(_ name: String) -> Substring? {
        guard let space = name.lastIndex(of: " ") else { return nil }
        let s = name[name.index(after: space)...]
        return s.isEmpty ? nil : s
    }
}
