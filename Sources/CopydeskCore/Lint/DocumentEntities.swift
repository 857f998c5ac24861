/// The document-wide entity facts the rules that judge a name by the whole article read
/// (`Rule.readsDocumentEntities`: the speaker rules) in a segment of a large document (`DocumentSegments`).
///
/// A segment's entities are the name stage's (`DocumentNames`, `NameStage.swift`): the same grouping, names and
/// kinds as a whole-document run. What the segment's own analysis cannot show is where the rest of the article
/// names them: the first full mention, the first role, an honorific. Those come from the name stage's facts, in the
/// segment's offsets (a mention in another segment stands at -1 or `Int.max`: the rules only compare positions), as
/// `Override`s of the entities that differ from the segment's own; a segment is linted again by those rules when
/// its overrides change (an edit elsewhere added or removed a full name, role or honorific), not re-analysed.
enum DocumentEntities {
    /// What the rules see of entity `index` of a segment where it differs from the segment's own entity.
    struct Override: Sendable, Equatable {
        let index: Int
        let hasFullName: Bool
        let firstFullMention: TextRange
        let firstRoleMention: TextRange?
        let hasHonorific: Bool
        let hasRole: Bool
    }

    /// The overrides of segment `p`'s `entities` (its analysis's, whose keys are `keys`) by the name stage's facts.
    static func overrides(_ p: Int, keys: [UInt64], entities: [ProseEntity], names: DocumentNames) -> [Override] {
        var out: [Override] = []
        for (i, key) in keys.enumerated() {
            guard let g = names.byKey[key] else { continue }
            let facts = names.entities[Int(g)].facts
            let e = entities[i]
            let full = names.range(facts.firstFull ?? facts.first, in: p)
            let role = facts.firstRole.map { names.range($0, in: p) }
            guard
                e.hasFullName != (facts.firstFull != nil) || e.firstFullMention != full || e.firstRoleMention != role
                    || e.hasHonorific != facts.hasHonorific || e.hasRole != (role != nil)
            else { continue }
            out.append(
                Override(
                    index: i, hasFullName: facts.firstFull != nil, firstFullMention: full, firstRoleMention: role,
                    hasHonorific: facts.hasHonorific, hasRole: role != nil))
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
                canonicalName: e.canonicalName, kind: e.kind, mentions: e.mentions,
                firstFullMention: o.firstFullMention, definedID: e.definedID, hasRole: o.hasRole)
            v.hasFullName = o.hasFullName
            v.firstRoleMention = o.firstRoleMention
            v.hasHonorific = o.hasHonorific
            out[o.index] = v
        }
        return out
    }
}
