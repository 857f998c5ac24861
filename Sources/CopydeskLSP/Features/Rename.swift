import CopydeskCore

extension Server {
    func prepareRename(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        switch target(at: offset, in: doc) {
        case .entity(_, _, let idRange, _)?, .source(_, _, let idRange, _)?:
            return ["range": encoding.range(idRange, in: doc.text), "placeholder": .string(doc.text[idRange])]
        default:
            return .null
        }
    }

    func rename(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        guard let newName = p["newName"].string else { throw .invalidParams("expected newName") }
        guard let t = target(at: offset, in: doc) else {
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
            if newKey != id, index.isEntityDefined(newKey) {
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
        let occ = try occurrences(of: t, in: doc, token: token)
        var byDoc: [DocumentID: [SpanLocation]] = [:]
        for o in occ { if let l = o.idLocation { byDoc[l.document, default: []].append(l) } }
        let order = byDoc.keys.sorted()
        if client.documentChanges {
            return [
                "documentChanges": .array(
                    order.map { id in
                        let version: JSONValue = documents[id].map { .int($0.version) } ?? .null
                        return [
                            "textDocument": ["uri": .string(uri(for: id)), "version": version],
                            "edits": .array(
                                Set(byDoc[id]!).sorted { $0.range < $1.range }.map {
                                    ["range": encoding.range($0), "newText": .string(newName)]
                                }),
                        ]
                    })
            ]
        }
        var changes: [String: JSONValue] = [:]
        for id in order {
            changes[uri(for: id)] = .array(
                Set(byDoc[id]!).sorted { $0.range < $1.range }.map {
                    ["range": encoding.range($0), "newText": .string(newName)]
                })
        }
        return ["changes": .object(changes)]
    }
}
