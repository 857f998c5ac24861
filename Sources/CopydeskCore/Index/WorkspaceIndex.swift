/// An immutable snapshot of every article's definitions and references in a workspace.
/// `updating`/`removing` return new values; old snapshots stay valid (value semantics).
///
/// Invariants:
/// - `entityDefinitions[id]` lists every definition of `id` across files, ordered by document then offset.
/// - `mentioning[id]` lists the documents mentioning `id`, sorted, each once, and counts their mentions.
/// - `files` is the only source of truth; the maps are derived from it and kept in step incrementally.
/// - Entity ids are workspace-wide; source ids are per article (a citation only resolves in its own file).
///
/// Cost of an update (`replace`), the per-keystroke path: proportional to what changed in that one file,
/// never to the workspace. The maps are `ShardedMap`s, so even while an old snapshot is alive an update
/// copies 1/256 of a map, not all of it; a map entry is touched only when the file's contribution to it
/// changed (an edit that keeps the ids a file mentions, and how often, leaves `mentioning` alone; one
/// that only moves its definitions leaves `surfaceForms` alone).
public struct WorkspaceIndex: Sendable {
    public private(set) var files = ShardedMap<DocumentID, FileSummary>()
    /// id → its definitions (more than one: a duplicate).
    public private(set) var entityDefinitions = ShardedMap<String, [FileSummary.EntityDef]>()
    /// The documents mentioning an entity (annotated mentions), sorted, each once, and how many mentions
    /// they hold in all (hover's "mentioned N times in M articles", kept here in the same update).
    public struct Mentioning: Sendable, Equatable {
        public fileprivate(set) var documents: [DocumentID]
        public fileprivate(set) var count: Int
    }
    /// id → its mentioning documents and mention count.
    private var mentioning = ShardedMap<String, Mentioning>()
    /// Lowercased surface form (name or alias) → entity ids, for linking plain prose to definitions.
    public private(set) var surfaceForms = ShardedMap<String, [String]>()
    /// Length in bytes → the defined entity ids of that length, for "did you mean" (`entityIDs(near:)`).
    private var idsByLength: [Int: Set<String>] = [:]

    public init() {}

    public init(summaries: [FileSummary]) {
        for s in summaries.sorted(by: { $0.document < $1.document }) { replace(s) }
    }

    public var documentCount: Int { files.count }

    /// A new index with `summary` replacing the one for its document.
    public func updating(_ summary: FileSummary) -> WorkspaceIndex {
        var copy = self
        copy.replace(summary)
        return copy
    }

    public func removing(_ document: DocumentID) -> WorkspaceIndex {
        var copy = self
        copy.remove(document)
        return copy
    }

    public mutating func remove(_ document: DocumentID) {
        guard let old = files.removeValue(forKey: document) else { return }
        removeDefinitions(old.entityDefinitions, of: document)
        for run in Self.idRuns(old.entityMentions) { removeMention(of: run.id, by: document, count: run.count) }
    }

    public mutating func replace(_ summary: FileSummary) {
        let doc = summary.document
        let old = files.updateValue(summary, forKey: doc)
        // Definitions: untouched when the key is equal; moved in place when only their positions changed.
        if old?.definitionsKey != summary.definitionsKey {
            let oldDefs = old?.entityDefinitions ?? []
            if let old, old.definitionsContentKey == summary.definitionsContentKey,
                old.entityDefinitions.map(\.definition.id) == summary.entityDefinitions.map(\.definition.id)
            {
                moveDefinitions(summary.entityDefinitions, of: doc)
            } else {
                removeDefinitions(oldDefs, of: doc)
                addDefinitions(summary.entityDefinitions)
            }
        }
        // Mentions: only the ids that appear in or disappear from this file, or whose count in it changed.
        guard let old else {
            for run in Self.idRuns(summary.entityMentions) { addMention(of: run.id, by: doc, count: run.count) }
            return
        }
        if old.entityMentions.elementsEqual(summary.entityMentions, by: { $0.id == $1.id }) { return }
        let before = Self.idRuns(old.entityMentions)
        let after = Self.idRuns(summary.entityMentions)
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if j == after.count || (i < before.count && before[i].id < after[j].id) {
                removeMention(of: before[i].id, by: doc, count: before[i].count)
                i += 1
            } else if i == before.count || after[j].id < before[i].id {
                addMention(of: after[j].id, by: doc, count: after[j].count)
                j += 1
            } else {
                let delta = after[j].count - before[i].count
                if delta != 0 { mentioning.modify(after[j].id) { $0?.count += delta } }
                i += 1
                j += 1
            }
        }
    }

    /// The ids of `mentions`, sorted, each with how many times it occurs (sorting a dozen short ids costs
    /// less than hashing each into a set, and this runs for every file of the archive when indexing).
    private static func idRuns(_ mentions: [FileSummary.Reference]) -> [(id: String, count: Int)] {
        var runs: [(id: String, count: Int)] = []
        for id in mentions.map(\.id).sorted() {
            if let last = runs.last, last.id == id {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((id, 1))
            }
        }
        return runs
    }

    // MARK: Queries

    public func definitions(ofEntity id: String) -> [FileSummary.EntityDef] {
        entityDefinitions[normalizeID(id)] ?? []
    }

    public func isEntityDefined(_ id: String) -> Bool { entityDefinitions[normalizeID(id)] != nil }

    /// The documents with annotated mentions of `id`, sorted, each once.
    public func documents(mentioning id: String) -> [DocumentID] { mentioning[normalizeID(id)]?.documents ?? [] }

    /// Annotated mentions of `id` across the workspace, and the articles holding them.
    public func mentionCounts(of id: String) -> (mentions: Int, articles: Int) {
        guard let m = mentioning[normalizeID(id)] else { return (0, 0) }
        return (m.count, m.documents.count)
    }

    /// Every annotated mention of `id` across the workspace, ordered by document then offset.
    public func mentions(ofEntity id: String) -> [FileSummary.Reference] {
        let key = normalizeID(id)
        guard let docs = mentioning[key]?.documents else { return [] }
        var out: [FileSummary.Reference] = []
        for doc in docs {
            for m in files[doc]?.entityMentions ?? [] where m.id == key { out.append(m) }
        }
        return out
    }

    /// Entity ids whose name or alias is `surface` (case-insensitive).
    public func entities(withSurfaceForm surface: String) -> [String] {
        // No definitions, no forms: the name stage asks for every entity of every article, and lowercasing its name
        // (a new string) cost more than the lookup.
        guard !surfaceForms.isEmpty else { return [] }
        return surfaceForms[surface.lowercased()] ?? []
    }

    public var allEntityIDs: [String] { entityDefinitions.keys.sorted() }

    /// Defined entity ids whose length in bytes is within `lengthDelta` of `id`'s (candidates for a
    /// "did you mean" edit-distance check, without walking every id of the workspace).
    public func entityIDs(near id: String, lengthDelta: Int = 2) -> [String] {
        let n = id.utf8.count
        return (max(0, n - lengthDelta)...(n + lengthDelta)).flatMap { idsByLength[$0] ?? [] }
    }

    // MARK: Maintenance

    private static func precedes(_ a: FileSummary.EntityDef, _ b: FileSummary.EntityDef) -> Bool {
        (a.location.document, a.location.range.start) < (b.location.document, b.location.range.start)
    }

    private static func forms(_ d: EntityDefinition) -> [String] {
        ([d.name] + d.aliases).map { $0.lowercased() }
    }

    private mutating func addDefinitions(_ defs: [FileSummary.EntityDef]) {
        for d in defs {
            let id = d.definition.id
            let isNew = entityDefinitions.modify(id) { list -> Bool in
                guard var l = list else {
                    list = [d]
                    return true
                }
                list = nil  // `l` is now the only reference: appending does not copy it
                let inOrder = Self.precedes(l[l.count - 1], d)
                l.append(d)
                if !inOrder { l.sort(by: Self.precedes) }
                list = l
                return false
            }
            if isNew { idsByLength[id.utf8.count, default: []].insert(id) }
            for key in Self.forms(d.definition) {
                surfaceForms.modify(key) { ids in
                    if !(ids?.contains(id) ?? false) { ids = (ids ?? []) + [id] }
                }
            }
        }
    }

    /// Same ids, same content, new positions: swap this document's entries, leave the forms alone.
    private mutating func moveDefinitions(_ defs: [FileSummary.EntityDef], of doc: DocumentID) {
        var byID: [String: [FileSummary.EntityDef]] = [:]
        for d in defs { byID[d.definition.id, default: []].append(d) }
        for (id, mine) in byID {
            entityDefinitions.modify(id) { list in
                var l = (list ?? []).filter { $0.location.document != doc }
                l += mine
                l.sort(by: Self.precedes)
                list = l
            }
        }
    }

    private mutating func removeDefinitions(_ defs: [FileSummary.EntityDef], of doc: DocumentID) {
        for id in Set(defs.map(\.definition.id)) {
            let kept = (entityDefinitions[id] ?? []).filter { $0.location.document != doc }
            entityDefinitions[id] = kept.isEmpty ? nil : kept
            if kept.isEmpty {
                let n = id.utf8.count
                idsByLength[n]?.remove(id)
                if idsByLength[n]?.isEmpty == true { idsByLength[n] = nil }
            }
        }
        for d in defs {
            let id = d.definition.id
            // Keep a form if another remaining definition of the same id still declares it.
            var remaining = Set<String>()
            for other in entityDefinitions[id] ?? [] { remaining.formUnion(Self.forms(other.definition)) }
            for key in Self.forms(d.definition) where !remaining.contains(key) {
                let ids = (surfaceForms[key] ?? []).filter { $0 != id }
                surfaceForms[key] = ids.isEmpty ? nil : ids
            }
        }
    }

    /// `doc` now holds `count` mentions of `id` (it held none).
    private mutating func addMention(of id: String, by doc: DocumentID, count: Int) {
        mentioning.modify(id) { entry in
            var m = entry ?? Mentioning(documents: [], count: 0)
            entry = nil  // `m` is now the only reference: inserting does not copy its array
            if m.documents.last.map({ $0 < doc }) ?? true {
                m.documents.append(doc)  // the usual case when indexing: documents come in sorted order
            } else {
                let i = Self.insertionPoint(of: doc, in: m.documents)
                if m.documents[i] != doc { m.documents.insert(doc, at: i) }
            }
            m.count += count
            entry = m
        }
    }

    /// `doc`, which held `count` mentions of `id`, holds none now.
    private mutating func removeMention(of id: String, by doc: DocumentID, count: Int) {
        mentioning.modify(id) { entry in
            guard var m = entry else { return }
            entry = nil
            let i = Self.insertionPoint(of: doc, in: m.documents)
            if i < m.documents.count && m.documents[i] == doc { m.documents.remove(at: i) }
            m.count -= count
            entry = m.documents.isEmpty ? nil : m
        }
    }

    /// The first position in sorted `docs` whose element is not less than `doc`.
    private static func insertionPoint(of doc: DocumentID, in docs: [DocumentID]) -> Int {
        var lo = 0
        var hi = docs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if docs[mid] < doc { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
