/// One occurrence of a target: a definition or a use, in this article or another.
public struct Occurrence: Sendable, Hashable {
    public let location: SpanLocation
    public let isDefinition: Bool
    /// Only the id inside the occurrence (what rename replaces); nil for plain-prose names.
    public let idLocation: SpanLocation?

    /// What references and highlights show: the id of a definition, the whole of a use.
    public var shown: SpanLocation { isDefinition ? (idLocation ?? location) : location }
}

extension EditorArticle {
    /// Every occurrence of `target`: across the workspace for entities (the index's annotated mentions, and
    /// plain-prose names linked to the entity in `open` articles, whose analysis is at hand); within this
    /// article for sources and for names linked to no id. Nil when `isCancelled` says so midway.
    public func occurrences(
        of target: CursorTarget, index: WorkspaceIndex, open: [EditorArticle], isCancelled: () -> Bool = { false }
    ) -> [Occurrence]? {
        var out: [Occurrence] = []
        switch target {
        case .entity(let id, _, _, _), .proseName(let id?, _, _):
            for d in index.definitions(ofEntity: id) {
                out.append(Occurrence(location: d.location, isDefinition: true, idLocation: d.idLocation))
            }
            let key = normalizeID(id)
            // Each document once, sorted (an index invariant).
            for (n, docID) in index.documents(mentioning: key).enumerated() {
                if n % 256 == 0 && isCancelled() { return nil }
                guard let file = index.files[docID] else { continue }
                // Borrowed: `for m in mentions` copied every mention of the file (three retains each) to test its id.
                file.entityMentions.withUnsafeBufferPointer { ms in
                    for i in ms.indices where ms[i].id == key {
                        out.append(
                            Occurrence(location: ms[i].location, isDefinition: false, idLocation: ms[i].idLocation))
                    }
                }
            }
            for a in open {
                for r in a.plainMentions(of: key) {
                    out.append(Occurrence(location: a.text.location(r, in: a.id), isDefinition: false, idLocation: nil))
                }
            }
        case .proseName(nil, _, let e?):
            for r in analysis.entities[e].mentions {
                out.append(Occurrence(location: text.location(r, in: id), isDefinition: false, idLocation: nil))
            }
        case .source(let sid, _, _, _):
            for d in syntax.sourceDefinitions where d.id == sid {
                out.append(
                    Occurrence(
                        location: text.location(d.range, in: id), isDefinition: true,
                        idLocation: text.location(d.idRange, in: id)))
            }
            for c in syntax.citations where c.id == sid {
                out.append(
                    Occurrence(
                        location: text.location(c.range, in: id), isDefinition: false,
                        idLocation: text.location(c.idRange, in: id)))
            }
        case .proseName(nil, _, nil):
            break
        }
        return out
    }

    /// Plain-prose names the analysis linked to entity `id`, outside annotated mentions.
    public func plainMentions(of id: String) -> [TextRange] {
        var out: [TextRange] = []
        for e in analysis.entities where e.definedID == id {
            for r in e.mentions where !syntax.entityMentions.contains(where: { $0.range.overlaps(r) }) { out.append(r) }
        }
        return out
    }
}
