/// The name stage after an edit that changed some parts' names (`DocumentNames.updated`): regrouped only where the
/// edit can change a decision, equal to the stage computed from scratch (`DocumentNames.init`).
///
/// The grouping (`DocumentNames.grouping`) decides a name by the names that share a key with it in a role: its full
/// key (full names by their words, a one-word name with the one-word entity of its word made before it), a person's
/// last word (a surname alone joins the nearest full name ending with it), an organisation's first word. The names
/// of the changed parts, before and after, and every name that shares such a key with one of them, and so on, form a
/// class closed under sharing keys: grouped alone, in text order, it is grouped as in the whole document, and every
/// other name keeps its entity (whose mentions all lie outside the class). The entities are then ordered again by
/// first mention, annotations and the index linked again (the index's answers kept for the entities that stay), and
/// a part is to be read again (`recheck`) only when it is new, a name of it changed entity, or an entity it names
/// changed what a part reads of it.
extension DocumentNames {
    /// The keys of a class of names (see the file's comment), by role.
    struct ClassKeys {
        private var full = HashSet64(capacity: 16)
        private var last = HashSet64(capacity: 16)
        private var first = HashSet64(capacity: 16)
        /// One bit per key (its low six bits): most names share none, and are told so without a probe.
        private var fullMask: UInt64 = 0
        private var lastMask: UInt64 = 0
        private var firstMask: UInt64 = 0

        /// 0 is the sets' empty slot: a key of 0 is stored as another constant.
        @inline(__always) private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 0x9E37_79B9_7F4A_7C15 : h }
        @inline(__always) private static func bit(_ h: UInt64) -> UInt64 { 1 &<< (h & 63) }

        /// Whether the grouping reads or writes a name's last word (as a surname) and its first word (as an
        /// organisation's): a full person's or unknown's last word, a full organisation's first word; a one-word
        /// name's, unless it is an organisation (surname) or a person (organisation's word).
        @inline(__always) static func roles(_ key: NameKey) -> (last: Bool, first: Bool) {
            key.parts >= 2
                ? (key.kind != .organization && key.kind != .place, key.kind == .organization)
                : (key.kind != .organization, key.kind != .person)
        }

        /// Whether `key` shares a key with the class in one of its roles.
        @inline(__always) func touches(_ key: NameKey) -> Bool {
            let f = Self.stored(key.fullKey)
            if fullMask & Self.bit(f) != 0 && full.contains(f) { return true }
            let r = Self.roles(key)
            if r.last {
                let l = Self.stored(key.lastKey)
                if lastMask & Self.bit(l) != 0 && last.contains(l) { return true }
            }
            if r.first {
                let w = Self.stored(key.firstKey)
                if firstMask & Self.bit(w) != 0 && first.contains(w) { return true }
            }
            return false
        }

        /// Adds `key`'s keys in its roles; whether any was new.
        mutating func add(_ key: NameKey) -> Bool {
            func insert(_ set: inout HashSet64, _ mask: inout UInt64, _ h: UInt64) -> Bool {
                let h = Self.stored(h)
                if set.contains(h) { return false }
                set.insert(h)
                mask |= Self.bit(h)
                return true
            }
            var grew = insert(&full, &fullMask, key.fullKey)
            let r = Self.roles(key)
            if r.last && insert(&last, &lastMask, key.lastKey) { grew = true }
            if r.first && insert(&first, &firstMask, key.firstKey) { grew = true }
            return grew
        }
    }

    /// The stage of `parts` — this one's parts but those an edit replaced (another `NamesToken`), over the same
    /// index — and, per part, whether what it reads of the stage may have changed; nil when the edit is better
    /// served by computing the stage again (many parts changed, a word that decides another part's candidate
    /// started or stopped being capitalised somewhere, or the edit's class holds most names).
    func updated(to parts: [NameCandidates], starts: [Int], text: SourceText, index: WorkspaceIndex) -> (
        names: DocumentNames, recheck: [Bool]
    )? {
        guard parts.count == self.parts.count, parts.count > 1 else { return nil }
        var isChanged = [Bool](repeating: false, count: parts.count)
        var changed: [Int] = []
        for p in parts.indices where parts[p].token !== self.parts[p].token {
            isChanged[p] = true
            changed.append(p)
        }
        guard !changed.isEmpty, changed.count * 4 <= parts.count else { return nil }
        // The words capitalised anywhere.
        var capitals = capitalSet
        var words = Set<UInt64>()
        for p in changed where parts[p].capitals != self.parts[p].capitals {
            words.formUnion(Set(parts[p].capitals).symmetricDifference(self.parts[p].capitals))
        }
        for w in words {
            let before = capitalSet.contains(w)
            let after = parts.contains { Self.sortedContains($0.capitals, w) }
            guard before != after else { continue }
            for p in parts.indices where !isChanged[p] && Self.sortedContains(parts[p].conditionals, w) { return nil }
            if after { capitals.insert(w) } else { capitals.remove(w) }
        }
        @inline(__always) func isName(_ key: NameKey, _ set: HashSet64) -> Bool {
            key.conditional == 0 || set.contains(key.conditional)
        }
        // The class: the changed parts' names, before and after, then every name sharing a key with it.
        var keys = ClassKeys()
        var selection = [[Int32]](repeating: [], count: parts.count)
        var known = self.known
        for p in changed {
            for key in self.parts[p].keys where isName(key, capitalSet) { _ = keys.add(key) }
            var words: [UInt64] = []
            for (k, key) in parts[p].keys.enumerated() where isName(key, capitals) {
                _ = keys.add(key)
                selection[p].append(Int32(k))
                if key.conditional != 0 { words.append(key.conditional) }
            }
            words.sort()
            known[p] = Self.unique(words)
        }
        let candidates = parts.reduce(0) { $0 + $1.keys.count }
        while true {
            var grew = false
            var selected = 0
            for p in parts.indices where !isChanged[p] {
                var list: [Int32] = []
                parts[p].keys.withUnsafeBufferPointer { ks in
                    for k in ks.indices where keys.touches(ks[k]) && isName(ks[k], capitals) {
                        list.append(Int32(k))
                        if keys.add(ks[k]) { grew = true }
                    }
                }
                selected += list.count
                selection[p] = list
            }
            if selected * 2 > candidates { return nil }
            if !grew { break }
        }
        // The entities of the class before the edit (all their mentions are in it).
        let named = entities.firstIndex { !$0.hasMentions } ?? entities.count
        var gone = [Bool](repeating: false, count: named)
        for p in parts.indices {
            if isChanged[p] {
                for e in entityOf[p] where e >= 0 { gone[Int(e)] = true }
            } else {
                for k in selection[p] { gone[Int(entityOf[p][Int(k)])] = true }
            }
        }
        // The class grouped, and its entities placed among the others by first mention.
        let grouped = Self.grouping(SelectedNames(parts, selection))
        let made = grouped.named
        var next: [Entity] = []
        next.reserveCapacity(named + made.keys.count)
        var remap = [Int32](repeating: -1, count: named)
        var madeIndex = [Int32](repeating: -1, count: made.keys.count)
        var isMade: [Bool] = []
        isMade.reserveCapacity(named + made.keys.count)
        var a = 0
        func place(before at: Int64) {
            while a < made.keys.count && made.first[a] < at {
                madeIndex[a] = Int32(next.count)
                next.append(made.entity(a, parts: parts, starts: starts, text: text))
                isMade.append(true)
                a += 1
            }
        }
        var identity = true
        for e in 0..<named where !gone[e] {
            let first = entities[e].nameFirst
            place(before: Int64(first.part) << 32 | Int64(first.index))
            remap[e] = Int32(next.count)
            if next.count != e { identity = false }
            var x = entities[e]
            x.kind = x.nameKind
            x.definedID = nil
            x.linkedID = nil
            x.facts.first = x.nameFirst
            next.append(x)
            isMade.append(false)
        }
        place(before: Int64.max)
        var entityOf = self.entityOf
        var i = 0
        for p in parts.indices {
            if isChanged[p] {
                entityOf[p] = [Int32](repeating: -1, count: parts[p].keys.count)
            } else if !identity {
                entityOf[p] = entityOf[p].map { $0 < 0 ? -1 : remap[Int($0)] }
            }
            for k in selection[p] {
                entityOf[p][Int(k)] = madeIndex[Int(grouped.entity[i])]
                i += 1
            }
        }
        let extends = Self.link(
            parts: parts, starts: starts, entityOf: entityOf, entities: &next, index: index, previous: self)
        let stage = DocumentNames(
            parts: parts, capitalSet: capitals, known: known, entityOf: entityOf, entities: next, extends: extends)
        return (stage, recheck(stage, isChanged: isChanged, selection: selection, isMade: isMade))
    }

    /// Per part of `stage` (this stage updated, `updated`): whether what it reads of the stage may have changed — it
    /// changed; a name of the class (`selection`) is of another entity; it names an entity whose kind, name, id or
    /// facts changed (a fact in another part compared by part only, as `range(_:in:)` reads it); an annotation of it
    /// extends another entity.
    private func recheck(_ stage: DocumentNames, isChanged: [Bool], selection: [[Int32]], isMade: [Bool]) -> [Bool] {
        var out = isChanged
        for p in out.indices where !isChanged[p] {
            for k in selection[p]
            where entities[Int(entityOf[p][Int(k)])].key != stage.entities[Int(stage.entityOf[p][Int(k)])].key {
                out[p] = true
                break
            }
        }
        func sameRef(_ a: NameRef?, _ b: NameRef?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return a.part == b.part
                && (isChanged[Int(a.part)] || (a.index == b.index && a.isAnnotation == b.isAnnotation))
        }
        var changedEntity = [Bool](repeating: false, count: stage.entities.count)
        // An entity no changed name is of that changed all the same (through an annotation): found by its names.
        var elsewhere = false
        entities.withUnsafeBufferPointer { before in
            stage.entities.withUnsafeBufferPointer { after in
                for e in after.indices {
                    let made = e < isMade.count && isMade[e]
                    guard let o = byKey[after[e].key].map({ Int($0) }) else {
                        changedEntity[e] = true
                        if !made && after[e].hasMentions { elsewhere = true }
                        continue
                    }
                    let x = after[e].facts
                    let y = before[o].facts
                    if after[e].kind != before[o].kind || after[e].hasMentions != before[o].hasMentions
                        || after[e].definedID != before[o].definedID || after[e].canonical != before[o].canonical
                        || x.hasHonorific != y.hasHonorific || !sameRef(x.firstFull, y.firstFull)
                        || !sameRef(x.firstRole, y.firstRole) || !sameRef(x.first, y.first)
                    {
                        changedEntity[e] = true
                        if !made && after[e].hasMentions { elsewhere = true }
                    }
                }
            }
        }
        for p in out.indices where !out[p] {
            if elsewhere {
                out[p] = stage.entityOf[p].contains { $0 >= 0 && changedEntity[Int($0)] }
            } else {
                out[p] = selection[p].contains { changedEntity[Int(stage.entityOf[p][Int($0)])] }
            }
            if out[p] { continue }
            for (e, o) in zip(stage.extends[p], extends[p])
            where (e < 0) != (o < 0)
                || (e >= 0 && (changedEntity[Int(e)] || stage.entities[Int(e)].key != entities[Int(o)].key))
            {
                out[p] = true
                break
            }
        }
        return out
    }
}
