/// An immutable snapshot of every article's definitions and references in a workspace.
/// `updating`/`removing` return new values; old snapshots stay valid (value semantics).
///
/// Invariants:
/// - `entityDefinitions[id]` lists every definition of `id` across files, ordered by document then offset.
/// - `files` is the only source of truth; the maps are derived from it and kept in step incrementally.
/// - Entity ids are workspace-wide; source ids are per article (a citation only resolves in its own file).
public struct WorkspaceIndex: Sendable {
    public private(set) var files: [DocumentID: FileSummary] = [:]
    /// id → its definitions (more than one: a duplicate).
    public private(set) var entityDefinitions: [String: [FileSummary.EntityDef]] = [:]
    /// id → the documents that mention it (annotated mentions).
    public private(set) var mentioningDocuments: [String: Set<DocumentID>] = [:]
    /// Lowercased surface form (name or alias) → entity ids, for linking plain prose to definitions.
    public private(set) var surfaceForms: [String: [String]] = [:]

    public init() {}

    public init(summaries: [FileSummary]) {
        for s in summaries { files[s.document] = s }
        for s in summaries.sorted(by: { $0.document < $1.document }) { add(s) }
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
        if let old = copy.files.removeValue(forKey: document) { copy.remove(old) }
        return copy
    }

    public mutating func replace(_ summary: FileSummary) {
        if let old = files[summary.document] {
            if old.definitionsKey == summary.definitionsKey,
                old.entityMentions.map(\.id) == summary.entityMentions.map(\.id)
            {
                files[summary.document] = summary
                return
            }
            remove(old)
        }
        files[summary.document] = summary
        add(summary)
    }

    // MARK: Queries

    public func definitions(ofEntity id: String) -> [FileSummary.EntityDef] {
        entityDefinitions[normalizeID(id)] ?? []
    }

    public func isEntityDefined(_ id: String) -> Bool { entityDefinitions[normalizeID(id)] != nil }

    /// Every annotated mention of `id` across the workspace, ordered by document then offset.
    public func mentions(ofEntity id: String) -> [FileSummary.Reference] {
        let key = normalizeID(id)
        guard let docs = mentioningDocuments[key] else { return [] }
        return docs.sorted().flatMap { doc in files[doc]?.entityMentions.filter { $0.id == key } ?? [] }
    }

    /// Entity ids whose name or alias is `surface` (case-insensitive).
    public func entities(withSurfaceForm surface: String) -> [String] {
        surfaceForms[surface.lowercased()] ?? []
    }

    public var allEntityIDs: [String] { entityDefinitions.keys.sorted() }

    // MARK: Maintenance

    private mutating func add(_ s: FileSummary) {
        for d in s.entityDefinitions {
            entityDefinitions[d.definition.id, default: []].append(d)
            entityDefinitions[d.definition.id]!.sort {
                ($0.location.document, $0.location.range.start) < ($1.location.document, $1.location.range.start)
            }
            for form in [d.definition.name] + d.definition.aliases {
                let key = form.lowercased()
                if !(surfaceForms[key]?.contains(d.definition.id) ?? false) {
                    surfaceForms[key, default: []].append(d.definition.id)
                }
            }
        }
        for m in s.entityMentions { mentioningDocuments[m.id, default: []].insert(s.document) }
    }

    private mutating func remove(_ s: FileSummary) {
        for d in s.entityDefinitions {
            let id = d.definition.id
            entityDefinitions[id]?.removeAll { $0.location.document == s.document }
            if entityDefinitions[id]?.isEmpty == true { entityDefinitions[id] = nil }
            for form in [d.definition.name] + d.definition.aliases {
                let key = form.lowercased()
                // Keep the form if another remaining definition of the same id still declares it.
                let stillDeclared = (entityDefinitions[id] ?? []).contains {
                    ([$0.definition.name] + $0.definition.aliases).contains { $0.lowercased() == key }
                }
                if !stillDeclared {
                    surfaceForms[key]?.removeAll { $0 == id }
                    if surfaceForms[key]?.isEmpty == true { surfaceForms[key] = nil }
                }
            }
        }
        for m in s.entityMentions {
            mentioningDocuments[m.id]?.remove(s.document)
            if mentioningDocuments[m.id]?.isEmpty == true { mentioningDocuments[m.id] = nil }
        }
    }
}
