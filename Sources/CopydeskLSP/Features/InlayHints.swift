import CopydeskCore

/// `textDocument/inlayHint`: the core's `InlayHint`s (`ArticleAnalysis.inlayHints`) for the requested
/// range — the resolved speaker after quotes and pronoun attributions, the display name after `[@id]`, the
/// first words of the source after `[^id]` — each kind switchable in the `copydesk` settings
/// (`inlayHints.speakers`, `inlayHints.entityNames`, `inlayHints.sources`; all on by default).
struct InlayHintRequest: SnapshotRequest {
    static let method = "textDocument/inlayHint"
    let uri: String
    let range: LSPRange

    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        range = try LSPRange(p.field("range"))
    }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(uri)
        let kinds = InlayHintSettings.kinds(s.clientSettings)
        if kinds.isEmpty { return [] }
        let r = s.encoding.range(range, in: doc.text)
        let hints = doc.analysis.inlayHints(index: s.index, in: r, kinds: kinds)
        return .array(
            hints.map { h in
                var o: [String: JSONValue] = [
                    "position": s.encoding.position(of: h.offset, in: doc.text), "label": .string(h.label),
                    "paddingLeft": true,
                ]
                if let t = h.tooltip { o["tooltip"] = .string(t) }
                return .object(o)
            })
    }
}

/// The `inlayHints` settings: `{"inlayHints": {"speakers": false}}` or the flat `"inlayHints.speakers": false`.
enum InlayHintSettings {
    static let keys: [(InlayHint.Kind, String)] = [
        (.speaker, "speakers"), (.entityName, "entityNames"), (.source, "sources"),
    ]

    static func kinds(_ settings: JSONValue) -> Set<InlayHint.Kind> {
        var out = Set<InlayHint.Kind>()
        for (kind, key) in keys {
            let value = settings["inlayHints"][key].bool ?? settings["inlayHints.\(key)"].bool ?? true
            if value { out.insert(kind) }
        }
        return out
    }
}

extension Server {
    /// Asks the client to request inlay hints and code lenses again (a definition elsewhere, the settings or
    /// the configuration changed what they show), when it supports being asked.
    func refreshEditorViews() {
        if client.inlayHintRefresh { request("workspace/inlayHint/refresh", .null) { _, _, _ in } }
        if client.codeLensRefresh { request("workspace/codeLens/refresh", .null) { _, _, _ in } }
    }
}
