import CopydeskCore

extension Server {
    func location(_ loc: SpanLocation) -> JSONValue {
        ["uri": .string(uri(for: loc.document)), "range": encoding.range(loc)]
    }
    func location(_ r: TextRange, in doc: OpenDocument) -> JSONValue {
        ["uri": .string(doc.uri), "range": encoding.range(r, in: doc.text)]
    }

    /// `textDocument/definition` and `textDocument/declaration`.
    func definition(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        switch target(at: offset, in: doc) {
        case .entity(let id, _, _, _)?, .proseName(let id?, _, _)?:
            let defs = index.definitions(ofEntity: id)
            if !defs.isEmpty { return .array(defs.map { location($0.idLocation) }) }
            // Not defined anywhere: the first full mention of that name in this article, if the analysis has it.
            if let e = doc.analysis.entities.first(where: { $0.definedID == id }) {
                return location(e.firstFullMention, in: doc)
            }
            return .null
        case .proseName(nil, _, let e?)?:
            return location(doc.analysis.entities[e].firstFullMention, in: doc)
        case .source(let id, _, _, _)?:
            guard let d = doc.syntax.sourceDefinitions.first(where: { $0.id == id }) else { return .null }
            return location(d.idRange, in: doc)
        default:
            return .null
        }
    }

    struct Occurrence {
        let location: SpanLocation
        let isDefinition: Bool
        /// Only the id inside the occurrence (what rename replaces); nil for plain-prose names.
        let idLocation: SpanLocation?
    }

    /// Every occurrence of what the cursor is on: across the workspace for entities, in the article for sources.
    func occurrences(of t: CursorTarget, in doc: OpenDocument, token: CancellationToken) throws(ResponseError)
        -> [Occurrence]
    {
        var out: [Occurrence] = []
        switch t {
        case .entity(let id, _, _, _), .proseName(let id?, _, _):
            for d in index.definitions(ofEntity: id) {
                out.append(Occurrence(location: d.location, isDefinition: true, idLocation: d.idLocation))
            }
            let key = normalizeID(id)
            for (n, docID) in (index.mentioningDocuments[key] ?? []).sorted().enumerated() {
                if n % 256 == 0 { try token.check() }
                for m in index.files[docID]?.entityMentions ?? [] where m.id == key {
                    out.append(Occurrence(location: m.location, isDefinition: false, idLocation: m.idLocation))
                }
            }
            // Plain-prose names linked through aliases, in open documents (their analysis is at hand).
            for other in documents.ids {
                guard let od = documents[other] else { continue }
                for e in od.analysis.entities where e.definedID == key {
                    for r in e.mentions where !od.syntax.entityMentions.contains(where: { $0.range.overlaps(r) }) {
                        out.append(
                            Occurrence(location: od.text.location(r, in: od.id), isDefinition: false, idLocation: nil))
                    }
                }
            }
        case .proseName(nil, _, let e?):
            for r in doc.analysis.entities[e].mentions {
                out.append(Occurrence(location: doc.text.location(r, in: doc.id), isDefinition: false, idLocation: nil))
            }
        case .source(let id, _, _, _):
            for d in doc.syntax.sourceDefinitions where d.id == id {
                out.append(
                    Occurrence(
                        location: doc.text.location(d.range, in: doc.id), isDefinition: true,
                        idLocation: doc.text.location(d.idRange, in: doc.id)))
            }
            for c in doc.syntax.citations where c.id == id {
                out.append(
                    Occurrence(
                        location: doc.text.location(c.range, in: doc.id), isDefinition: false,
                        idLocation: doc.text.location(c.idRange, in: doc.id)))
            }
        case .proseName(nil, _, nil):
            break
        }
        return out
    }

    func references(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        guard let t = target(at: offset, in: doc) else { return [] }
        let includeDeclaration = p["context"]["includeDeclaration"].bool ?? false
        let occ = try occurrences(of: t, in: doc, token: token)
        return .array(
            occ.filter { includeDeclaration || !$0.isDefinition }.map { o in
                location(o.isDefinition ? (o.idLocation ?? o.location) : o.location)
            })
    }

    func documentHighlight(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        guard let t = target(at: offset, in: doc) else { return [] }
        var out: [JSONValue] = []
        // Only this document: build from its own syntax (no workspace walk).
        switch t {
        case .entity(let id, _, _, _), .proseName(let id?, _, _):
            for d in doc.syntax.entityDefinitions where d.id == id {
                out.append(["range": encoding.range(d.idRange, in: doc.text), "kind": 3])
            }
            for m in doc.syntax.entityMentions where m.id == id {
                out.append(["range": encoding.range(m.range, in: doc.text), "kind": 2])
            }
            for e in doc.analysis.entities where e.definedID == id {
                for r in e.mentions where !doc.syntax.entityMentions.contains(where: { $0.range.overlaps(r) }) {
                    out.append(["range": encoding.range(r, in: doc.text), "kind": 1])
                }
            }
        default:
            for o in try occurrences(of: t, in: doc, token: token) where o.location.document == doc.id {
                let r = o.isDefinition ? (o.idLocation ?? o.location) : o.location
                out.append([
                    "range": encoding.range(r), "kind": .int(o.isDefinition ? 3 : (o.idLocation == nil ? 1 : 2)),
                ])
            }
        }
        return .array(out)
    }
}
