import CopydeskCore

/// `textDocument/completion` after `[@` (entity ids, from the index) and `[^` (the article's source ids).
/// The edit replaces the id being typed and adds `]` if missing.
struct CompletionRequest: SnapshotRequest {
    static let method = "textDocument/completion"
    static let limit = 200
    let at: TextDocumentPosition
    init(_ p: Params) throws(ResponseError) { at = try TextDocumentPosition(p) }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        let article = doc.article
        guard let context = article.completionContext(at: s.encoding.offset(at.position, in: doc.text)) else {
            return .null
        }
        let replace = s.encoding.range(context.replace, in: doc.text)
        let close = context.closed ? "" : "]"
        var items: [JSONValue] = []
        var incomplete = false
        switch context.kind {
        case .entity:
            guard
                let found = s.index.entityCompletions(
                    context.typed, limit: CompletionRequest.limit, isCancelled: { token.isCancelled })
            else { throw .cancelled }
            incomplete = found.incomplete
            for c in found.items {
                let d = c.definition
                var item: [String: JSONValue] = [
                    "label": .string(c.id), "kind": 7,
                    "detail": .string(d.name + (d.field("type").map { " (\($0))" } ?? "")),
                    "filterText": .string(c.id + " " + d.name),
                    "sortText": .string("\(c.rank)\(c.id)"),
                    "textEdit": ["range": replace, "newText": .string(c.id + close)],
                ]
                if let desc = d.description, !desc.isEmpty {
                    item["documentation"] =
                        s.client.completionMarkdown
                        ? ["kind": "markdown", "value": .string(escapeMarkdown(desc))] : .string(desc)
                }
                items.append(.object(item))
            }
        case .source:
            for d in article.sourceCompletions(context) {
                items.append([
                    "label": .string(d.id), "kind": 18,
                    "detail": .string(String(d.text.prefix(80))),
                    "documentation": .string(d.text),
                    "textEdit": ["range": replace, "newText": .string(d.id + close)],
                ])
            }
        }
        return ["isIncomplete": .bool(incomplete), "items": .array(items)]
    }
}
