import CopydeskCore

/// `textDocument/prepareRename`: the range and text of the entity or source id under the cursor.
struct PrepareRenameRequest: SnapshotRequest {
    static let method = "textDocument/prepareRename"
    let at: TextDocumentPosition
    init(_ p: Params) throws(ResponseError) { at = try TextDocumentPosition(p) }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        switch doc.article.target(at: s.encoding.offset(at.position, in: doc.text), index: s.index) {
        case .entity(_, _, let idRange, _)?, .source(_, _, let idRange, _)?:
            return ["range": s.encoding.range(idRange, in: doc.text), "placeholder": .string(doc.text[idRange])]
        default:
            return .null
        }
    }
}

/// `textDocument/rename`: entity ids across the workspace, source ids within the article.
struct RenameRequest: SnapshotRequest {
    static let method = "textDocument/rename"
    let at: TextDocumentPosition
    let newName: String
    init(_ p: Params) throws(ResponseError) {
        at = try TextDocumentPosition(p)
        newName = try p.field("newName").string()
    }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        guard let t = doc.article.target(at: s.encoding.offset(at.position, in: doc.text), index: s.index) else {
            throw ResponseError(
                ErrorCode.requestFailed,
                "nothing to rename here: place the cursor on an entity id [@…] or a source id [^…]")
        }
        guard isValidID(newName) else {
            throw ResponseError(
                ErrorCode.requestFailed,
                "'\(newName)' is not a valid id: use letters, digits, '-', '_' and '.', not starting or ending with '.'"
            )
        }
        let newKey = normalizeID(newName)
        switch t {
        case .entity(let id, _, _, _):
            if newKey != id, s.index.isEntityDefined(newKey) {
                throw ResponseError(
                    ErrorCode.requestFailed,
                    "an entity '@\(newKey)' is already defined; renaming would merge two entities")
            }
        case .source(let id, _, _, _):
            if newKey != id, doc.syntax.sourceDefinitions.contains(where: { $0.id == newKey }) {
                throw ResponseError(ErrorCode.requestFailed, "a source '^\(newKey)' is already defined in this article")
            }
        case .proseName:
            throw ResponseError(ErrorCode.requestFailed, "only entity ids [@…] and source ids [^…] can be renamed")
        }
        var byDoc: [DocumentID: Set<SpanLocation>] = [:]
        for o in try s.occurrences(of: t, in: doc, token: token) {
            if let l = o.idLocation { byDoc[l.document, default: []].insert(l) }
        }
        return s.workspaceEdit(
            byDoc.keys.sorted().map { id in
                (
                    id,
                    byDoc[id]!.sorted { $0.range < $1.range }.map {
                        ["range": s.encoding.range($0), "newText": .string(newName)]
                    }
                )
            })
    }
}

extension Snapshot {
    /// A `WorkspaceEdit`: `documentChanges` with versions (null for files not open) when the client
    /// supports it, else `changes`.
    func workspaceEdit(_ edits: [(DocumentID, [JSONValue])]) -> JSONValue {
        if client.documentChanges {
            return [
                "documentChanges": .array(
                    edits.map { id, e in
                        [
                            "textDocument": [
                                "uri": .string(uri(for: id)),
                                "version": documents[id].map { .int($0.version) } ?? .null,
                            ],
                            "edits": .array(e),
                        ]
                    })
            ]
        }
        var changes: [String: JSONValue] = [:]
        for (id, e) in edits { changes[uri(for: id)] = .array(e) }
        return ["changes": .object(changes)]
    }
}
