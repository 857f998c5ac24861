import CopydeskCore

/// `textDocument/definition` and `textDocument/declaration` (the definition *is* the declaration here).
struct DefinitionRequest: SnapshotRequest {
    static let method = "textDocument/definition"
    let at: TextDocumentPosition
    init(_ p: Params) throws(ResponseError) { at = try TextDocumentPosition(p) }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        let offset = s.encoding.offset(at.position, in: doc.text)
        // The segments under the cursor of a huge article, with the document-wide entities they name.
        let article = doc.article(around: TextRange(offset, offset))
        switch article.target(at: offset, index: s.index) {
        case .entity(let id, _, _, _)?, .proseName(let id?, _, _)?:
            let defs = s.index.definitions(ofEntity: id)
            if !defs.isEmpty { return .array(defs.map { s.location($0.idLocation) }) }
            // Not defined anywhere: the first full mention of that name in this article, if the analysis has it.
            if let e = article.analysis.entities.first(where: { $0.definedID == id }) {
                return s.location(e.firstFullMention, in: doc)
            }
            return .null
        case .proseName(nil, _, let e?)?:
            return s.location(article.analysis.entities[e].firstFullMention, in: doc)
        case .source(let id, _, _, _)?:
            guard let d = doc.syntax.sourceDefinitions.first(where: { $0.id == id }) else { return .null }
            return s.location(d.idRange, in: doc)
        default:
            return .null
        }
    }
}

struct DeclarationRequest: SnapshotRequest {
    static let method = "textDocument/declaration"
    let definition: DefinitionRequest
    init(_ p: Params) throws(ResponseError) { definition = try DefinitionRequest(p) }
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        try definition.answer(s, token)
    }
}

extension Snapshot {
    /// Every occurrence of `target` (the core's `occurrences`), or −32800 when cancelled midway.
    func occurrences(of target: CursorTarget, in doc: OpenDocument, token: CancellationToken) throws(ResponseError)
        -> [Occurrence]
    {
        guard
            let occ = doc.article.occurrences(
                of: target, index: index, open: openArticles, isCancelled: { token.isCancelled })
        else { throw .cancelled }
        return occ
    }
}

/// `textDocument/references`: entities across the workspace, sources within the article.
struct ReferencesRequest: SnapshotRequest {
    static let method = "textDocument/references"
    let at: TextDocumentPosition
    let includeDeclaration: Bool
    init(_ p: Params) throws(ResponseError) {
        at = try TextDocumentPosition(p)
        includeDeclaration = try p.field("context").field("includeDeclaration").optionalBool() ?? false
    }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        let offset = s.encoding.offset(at.position, in: doc.text)
        guard let t = doc.article.target(at: offset, index: s.index) else { return [] }
        let occ = try s.occurrences(of: t, in: doc, token: token)
        var out = LocationsWriter(encoding: s.encoding, capacity: occ.count)
        // A closure literal, not `s.uri(for:)`: that partial application copies the snapshot at every call.
        for o in occ where includeDeclaration || !o.isDefinition { out.append(o.shown) { s.uri(for: $0) } }
        return out.finish()
    }
}

/// `textDocument/documentHighlight`: within the document; definitions Write, annotated mentions Read,
/// plain-prose names Text.
struct DocumentHighlightRequest: SnapshotRequest {
    static let method = "textDocument/documentHighlight"
    let at: TextDocumentPosition
    init(_ p: Params) throws(ResponseError) { at = try TextDocumentPosition(p) }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        let offset = s.encoding.offset(at.position, in: doc.text)
        // The segments under the cursor of a huge article, with the document-wide entities they name.
        let article = doc.article(around: TextRange(offset, offset))
        guard let t = article.target(at: offset, index: s.index) else { return [] }
        var out: [JSONValue] = []
        func add(_ r: TextRange, _ kind: Int) {
            out.append(["range": s.encoding.range(r, in: doc.text), "kind": .int(kind)])
        }
        switch t {
        case .entity(let id, _, _, _), .proseName(let id?, _, _):
            // Only this document: built from its own syntax (no workspace walk).
            for d in doc.syntax.entityDefinitions where d.id == id { add(d.idRange, 3) }
            for m in doc.syntax.entityMentions where m.id == id { add(m.range, 2) }
            for r in article.plainMentions(of: id) { add(r, 1) }
        default:
            // Sources and names linked to no id: within this article (no other article is read).
            guard
                let occurrences = article.occurrences(
                    of: t, index: s.index, open: [], isCancelled: { token.isCancelled })
            else { throw .cancelled }
            for o in occurrences where o.location.document == doc.id {
                out.append([
                    "range": s.encoding.range(o.shown),
                    "kind": .int(o.isDefinition ? 3 : (o.idLocation == nil ? 1 : 2)),
                ])
            }
        }
        return .array(out)
    }
}
