/// The name stage after an edit that changed some parts' names (`DocumentNames.updated`): regrouped only where the
/// edit can change a decision, equal to the stage computed from scratch (`DocumentNames.init`).
///
/// The grouping (`DocumentNames.grouping`) decides a name by the names that share a key with it in a role: its full
/// key (full names by their words, a one-word name with the one-word entity of its word made before it), a person's
/// last word (a surname alone joins the nearest full name ending with it, of its gender when marked: the genders of
/// those full names' entities are read from the names with their full keys), an organisation's first word, and a
/// person's given name (a given name alone joins the one full name that opens with it: `NameKey.isGivenName`). The
/// names of the changed parts, before and after, and every name that shares such a key with one of them, and so on,
/// form a class closed under sharing keys: grouped alone, in text order, it is grouped as in the whole document, and
/// every other name keeps its entity (whose mentions all lie outside the class). The entities are then ordered again
/// by first mention, annotations and the index linked again (the index's answers kept for the entities that stay),
/// and a part is to be read again (`recheck`) only when it is new, a name of it changed entity, or an entity it
/// names changed what a part reads of it.
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
        /// organisation's, or as a given name): a full person's or unknown's last word (or a place's that opens with
        /// a given name: `NameKey.opensPlaceWithGivenName`), a full organisation's first
        /// word and a full person's or unknown's given name; a one-word name's, unless it is an organisation
        /// (surname) or a person that is no given name (organisation's word).
        @inline(__always) static func roles(_ key: NameKey) -> (last: Bool, first: Bool) {
            key.parts >= 2
                ? (
                    key.kind != .organization && (key.kind != .place || key.opensPlaceWithGivenName),
                    key.kind == .organization || key.kind != .place && key.isGivenName
                )
                : (key.kind != .organization, key.kind != .person || key.isGivenName)
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

    /// The stage of `parts` — this one's parts, in order, but runs of them an edit replaced (other `NamesToken`s; a
    /// run may hold more or fewer parts than it replaced) — over the same index, and, per part, whether what it reads
    /// of the stage may have changed; nil when the edit is better served by computing the stage again (many parts
    /// changed, a word that decides a kept part's candidate started or stopped being capitalised somewhere, or the
    /// edit's class holds most names).
    func updated(to parts: [NameCandidates], starts: [Int], text: SourceText, index: WorkspaceIndex) -> (
        names: DocumentNames, recheck: [Bool]
    )? {
        guard parts.count > 1, self.parts.count > 1 else { return nil }
        // The kept parts (by identity, in order) and the runs of changed ones between them, before and after.
        var oldIndex: [ObjectIdentifier: Int] = [:]
        oldIndex.reserveCapacity(self.parts.count)
        for (q, part) in self.parts.enumerated() { oldIndex[ObjectIdentifier(part.token)] = q }
        var oldOf = [Int](repeating: -1, count: parts.count)
        var newOf = [Int](repeating: -1, count: self.parts.count)
        var lastKept = -1
        for (p, part) in parts.enumerated() {
            guard let q = oldIndex[ObjectIdentifier(part.token)] else { continue }
            guard q > lastKept else { return nil }
            oldOf[p] = q
            newOf[q] = p
            lastKept = q
        }
        let isChanged = oldOf.map { $0 < 0 }
        let changedCount = isChanged.count(where: { $0 })
        guard changedCount > 0 || newOf.contains(-1), changedCount * 4 <= parts.count else { return nil }
        // Per changed part, new and old: the run it belongs to (runs in text order).
        var newRun = [Int](repeating: -1, count: parts.count)
        var oldRun = [Int](repeating: -1, count: self.parts.count)
        var runs: [(old: Range<Int>, new: Range<Int>)] = []
        do {
            var p = 0
            var q = 0
            while p < parts.count || q < self.parts.count {
                let p0 = p
                let q0 = q
                while p < parts.count && oldOf[p] < 0 { p += 1 }
                while q < self.parts.count && newOf[q] < 0 { q += 1 }
                if p > p0 || q > q0 {
                    for i in p0..<p { newRun[i] = runs.count }
                    for i in q0..<q { oldRun[i] = runs.count }
                    runs.append((q0..<q, p0..<p))
                }
                p += 1
                q += 1
            }
        }
        // The words capitalised anywhere.
        var capitals = capitalSet
        var words = Set<UInt64>()
        for run in runs {
            var before = Set<UInt64>()
            var after = Set<UInt64>()
            for q in run.old { before.formUnion(self.parts[q].capitals) }
            for p in run.new { after.formUnion(parts[p].capitals) }
            words.formUnion(before.symmetricDifference(after))
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
        // Each run names mostly what it named (a keystroke re-cuts a few segments): its names before and after,
        // aligned from both ends, are the same names in the same order but for a middle. Those aligned keep their
        // decisions unless the class reaches them; the middle's, before and after, start it.
        var keys = ClassKeys()
        var selection = [[Int32]](repeating: [], count: parts.count)
        // Per old changed part, per candidate: its new position (part << 32 | candidate; -1: none); per new changed
        // part, per candidate: its old position (-1: none, or in the middle).
        var newPosition = [[Int64]](repeating: [], count: self.parts.count)
        var oldPosition = [[Int64]](repeating: [], count: parts.count)
        var known = parts.indices.map { oldOf[$0] < 0 ? [] : self.known[oldOf[$0]] }
        func old(_ at: Int64) -> NameKey { self.parts[Int(at >> 32)].keys[Int(at & 0xFFFF_FFFF)] }
        func new(_ at: Int64) -> NameKey { parts[Int(at >> 32)].keys[Int(at & 0xFFFF_FFFF)] }
        for run in runs {
            var before: [Int64] = []
            var after: [Int64] = []
            for q in run.old {
                newPosition[q] = [Int64](repeating: -1, count: self.parts[q].keys.count)
                for (k, key) in self.parts[q].keys.enumerated() where isName(key, capitalSet) {
                    before.append(Int64(q) << 32 | Int64(k))
                }
            }
            for p in run.new {
                oldPosition[p] = [Int64](repeating: -1, count: parts[p].keys.count)
                var words: [UInt64] = []
                for (k, key) in parts[p].keys.enumerated() where isName(key, capitals) {
                    after.append(Int64(p) << 32 | Int64(k))
                    if key.conditional != 0 { words.append(key.conditional) }
                }
                words.sort()
                known[p] = Self.unique(words)
            }
            func align(_ o: Int64, _ n: Int64) {
                newPosition[Int(o >> 32)][Int(o & 0xFFFF_FFFF)] = n
                oldPosition[Int(n >> 32)][Int(n & 0xFFFF_FFFF)] = o
            }
            var head = 0
            while head < min(before.count, after.count) && old(before[head]) == new(after[head]) {
                align(before[head], after[head])
                head += 1
            }
            var tail = 0
            while tail < min(before.count, after.count) - head
                && old(before[before.count - 1 - tail]) == new(after[after.count - 1 - tail])
            {
                align(before[before.count - 1 - tail], after[after.count - 1 - tail])
                tail += 1
            }
            for at in before[head..<(before.count - tail)] { _ = keys.add(old(at)) }
            for at in after[head..<(after.count - tail)] { _ = keys.add(new(at)) }
        }
        // The class: every name sharing a key with it, and so on. The parts are visited round, each time all its
        // names against the keys so far (which only grow), until every part has been visited since a key was last
        // added: one round and the stretch to the last part that added one (a class's names appear early).
        var clean = 0
        var p = 0
        while clean < parts.count {
            var list: [Int32] = []
            var grew = false
            let aligned = oldPosition[p]
            parts[p].keys.withUnsafeBufferPointer { ks in
                if isChanged[p] {
                    for k in ks.indices where isName(ks[k], capitals) && (aligned[k] < 0 || keys.touches(ks[k])) {
                        list.append(Int32(k))
                        if keys.add(ks[k]) { grew = true }
                    }
                    return
                }
                for k in ks.indices where keys.touches(ks[k]) && isName(ks[k], capitals) {
                    list.append(Int32(k))
                    if keys.add(ks[k]) { grew = true }
                }
            }
            selection[p] = list
            clean = grew ? 0 : clean + 1
            p = p + 1 == parts.count ? 0 : p + 1
        }
        let candidates = parts.reduce(0) { $0 + $1.keys.count }
        if selection.reduce(0, { $0 + $1.count }) * 2 > candidates { return nil }
        // The old position of each new name that had one (kept parts: the same candidate of the old part).
        func oldAt(_ p: Int, _ k: Int) -> Int64 {
            oldOf[p] >= 0 ? Int64(oldOf[p]) << 32 | Int64(k) : oldPosition[p][k]
        }
        func oldEntity(_ at: Int64) -> Int { Int(entityOf[Int(at >> 32)][Int(at & 0xFFFF_FFFF)]) }
        // The entities of the class before the edit (all their mentions are in it: the middles' names, and the
        // names it reached).
        let named = entities.firstIndex { !$0.hasMentions } ?? entities.count
        var gone = [Bool](repeating: false, count: named)
        for q in self.parts.indices where newOf[q] < 0 {
            for (k, e) in entityOf[q].enumerated() where e >= 0 && newPosition[q][k] < 0 { gone[Int(e)] = true }
        }
        for p in parts.indices {
            for k in selection[p] {
                let at = oldAt(p, Int(k))
                if at >= 0 { gone[oldEntity(at)] = true }
            }
        }
        // The class grouped, and its entities placed among the others by first mention (the others' mentions at
        // their new positions).
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
        func moved(_ r: NameRef) -> NameRef {
            let q = Int(r.part)
            if newOf[q] >= 0 { return NameRef(part: Int32(newOf[q]), index: r.index, isAnnotation: r.isAnnotation) }
            let at = newPosition[q][Int(r.index)]
            return NameRef(part: Int32(at >> 32), index: Int32(at & 0xFFFF_FFFF), isAnnotation: false)
        }
        let shifted = runs.contains { $0.old.count != $0.new.count }
        var identity = !shifted
        for e in 0..<named where !gone[e] {
            var x = entities[e]
            x.nameFirst = moved(x.nameFirst)
            x.facts.firstFull = x.facts.firstFull.map(moved)
            x.facts.firstRole = x.facts.firstRole.map(moved)
            place(before: Int64(x.nameFirst.part) << 32 | Int64(x.nameFirst.index))
            remap[e] = Int32(next.count)
            if next.count != e { identity = false }
            x.kind = x.nameKind
            x.definedID = nil
            x.linkedID = nil
            x.facts.first = x.nameFirst
            next.append(x)
            isMade.append(false)
        }
        place(before: Int64.max)
        var assigned: [[Int32]] = []
        assigned.reserveCapacity(parts.count)
        var i = 0
        for p in parts.indices {
            var row: [Int32]
            if isChanged[p] {
                row = oldPosition[p].map { $0 < 0 ? -1 : remap[oldEntity($0)] }
            } else if !identity {
                row = entityOf[oldOf[p]].map { $0 < 0 ? -1 : remap[Int($0)] }
            } else {
                row = entityOf[oldOf[p]]
            }
            for k in selection[p] {
                row[Int(k)] = madeIndex[Int(grouped.entity[i])]
                i += 1
            }
            assigned.append(row)
        }
        let extends = Self.link(
            parts: parts, starts: starts, entityOf: assigned, entities: &next, index: index, previous: self)
        let stage = DocumentNames(
            parts: parts, capitalSet: capitals, known: known, entityOf: assigned, entities: next, extends: extends)
        let recheck = recheck(
            stage, oldOf: oldOf, newOf: newOf, run: (old: oldRun, new: newRun), selection: selection, isMade: isMade)
        return (stage, recheck)
    }

    /// Per part of `stage` (this stage updated, `updated`; `oldOf`, `newOf`: each kept part's index here and there,
    /// else -1; `run`: each changed part's run, here and there, else -1): whether
    /// what it reads of the stage may have changed — it changed; a name of the class (`selection`) is of another
    /// entity; it names an entity whose kind, name, id or facts changed (a fact in a changed part compared by its
    /// run only, as another part reads it: `range(_:in:)`); an annotation of it extends another entity.
    private func recheck(
        _ stage: DocumentNames, oldOf: [Int], newOf: [Int], run: (old: [Int], new: [Int]), selection: [[Int32]],
        isMade: [Bool]
    ) -> [Bool] {
        var out = oldOf.map { $0 < 0 }
        for p in out.indices where !out[p] {
            let q = oldOf[p]
            for k in selection[p]
            where entities[Int(entityOf[q][Int(k)])].key != stage.entities[Int(stage.entityOf[p][Int(k)])].key {
                out[p] = true
                break
            }
        }
        // `a` a fact of the stage, `b` this one's.
        func sameRef(_ a: NameRef?, _ b: NameRef?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            let ra = run.new[Int(a.part)]
            let rb = run.old[Int(b.part)]
            if ra >= 0 || rb >= 0 { return ra == rb }
            return Int(a.part) == newOf[Int(b.part)] && a.index == b.index && a.isAnnotation == b.isAnnotation
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
            for (e, o) in zip(stage.extends[p], extends[oldOf[p]])
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
