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
        // Each id once, grouped by document (sorted) then by offset; each document's edits printed straight
        // to JSON (a popular entity has hundreds).
        var ids = try s.occurrences(of: t, in: doc, token: token).compactMap(\.idLocation)
        ids.sort { ($0.document, $0.range.start, $0.range.end) < ($1.document, $1.range.start, $1.range.end) }
        var edits: [(DocumentID, JSONValue)] = []
        var k = 0
        while k < ids.count {
            var j = k
            var printed = EditsWriter(encoding: s.encoding, newText: newName)
            while j < ids.count && ids[j].document == ids[k].document {
                if j == k || ids[j].range != ids[j - 1].range { printed.append(ids[j]) }
                j += 1
            }
            edits.append((ids[k].document, printed.finish()))
            k = j
        }
        return s.workspaceEdit(edits)
    }
}

extension Snapshot {
    /// A `WorkspaceEdit`: `documentChanges` with versions (null for files not open) when the client
    /// supports it, else `changes`.
    func workspaceEdit(_ edits: [(DocumentID, [JSONValue])]) -> JSONValue {
        workspaceEdit(edits.map { ($0.0, JSONValue.array($0.1)) })
    }

    /// `workspaceEdit` with each document's `TextEdit[]` given as one value (printed, for rename).
    func workspaceEdit(_ edits: [(DocumentID, JSONValue)]) -> JSONValue {
        if client.documentChanges {
            return [
                "documentChanges": .array(
                    edits.map { id, e in
                        [
                            "textDocument": [
                                "uri": .string(uri(for: id)),
                                "version": documents[id].map { .int($0.version) } ?? .null,
                            ],
                            "edits": e,
                        ]
                    })
            ]
        }
        var changes: [String: JSONValue] = [:]
        for (id, e) in edits { changes[uri(for: id)] = e }
        return ["changes": .object(changes)]
    }
}
