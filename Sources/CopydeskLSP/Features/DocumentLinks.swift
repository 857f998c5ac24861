import CopydeskCore

/// `textDocument/documentLink`: the core's `DocumentLink`s (`ArticleSyntax.documentLinks`) — URLs in source
/// definitions, entity `same-as` values (a Wikidata item says its Q-id in the tooltip, for clients with
/// `documentLink.tooltipSupport`) and prose links.
struct DocumentLinkRequest: SnapshotRequest {
    static let method = "textDocument/documentLink"
    let uri: String

    init(_ p: Params) throws(ResponseError) { uri = try p.field("textDocument").field("uri").string() }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(uri)
        return .array(
            doc.syntax.documentLinks.map { l in
                var o: [String: JSONValue] = [
                    "range": s.encoding.range(l.range, in: doc.text), "target": .string(l.target),
                ]
                if let t = l.tooltip, s.client.documentLinkTooltip { o["tooltip"] = .string(t) }
                return .object(o)
            })
    }
}
