import CopydeskCore

/// `textDocument/codeAction`: the core's fixes (`EditorArticle.fixes`) for our diagnostics in the range or
/// listed in `context.diagnostics` (Neovim 0.7–0.12 and eglot send the cursor position as the range and
/// the line's diagnostics in the context), and "Annotate" on a plain name of a defined entity.
struct CodeActionRequest: SnapshotRequest {
    static let method = "textDocument/codeAction"
    static let ruleIDs = Set(RuleRegistry.all.map(\.id))
    let uri: String
    let range: LSPRange
    /// Our diagnostics listed in the context: rule id and range.
    let listed: [(code: String, range: LSPRange)]
    let only: [String]?

    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        range = try LSPRange(p.field("range"))
        let context = p.field("context")
        var listed: [(String, LSPRange)] = []
        // Ours: `source: copydesk`, or no source and one of our rule ids as the code (a client that drops it).
        for (i, d) in (context.field("diagnostics").json.array ?? []).enumerated()
        where d["source"] == "copydesk"
            || (d["source"].isNull && d["code"].string.map(CodeActionRequest.ruleIDs.contains) == true)
        {
            let item = Params(d, path: "\(context.path).diagnostics[\(i)]")
            listed.append((try item.field("code").string(), try LSPRange(item.field("range"))))
        }
        self.listed = listed
        only = context.field("only").json.array?.compactMap(\.string)
    }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(uri)
        if let only, !only.isEmpty, !only.contains(where: { "quickfix".hasPrefix($0) || $0.hasPrefix("quickfix") }) {
            return []
        }
        let range = s.encoding.range(self.range, in: doc.text)
        let inContext = Set(listed.map { "\($0.code) \(s.encoding.range($0.range, in: doc.text))" })
        let article = doc.article
        var actions: [JSONValue] = []
        var matched: [Diagnostic] = []
        for d in doc.diagnostics
        where d.range.overlaps(range) || d.range.touches(range.start) || range.touches(d.range.start)
            || inContext.contains("\(d.ruleID) \(d.range)")
        {
            matched.append(d)
            let lsp = s.lspDiagnostic(d, text: doc.text)
            for fix in article.fixes(for: d) { actions.append(action(fix, doc, s, diagnostic: lsp)) }
        }
        // A plain-prose name that links to a defined entity (name or alias) can be annotated even when no
        // rule flagged it.
        if case .proseName(let id?, let occurrence, _)? = article.target(at: range.start, index: s.index),
            s.index.isEntityDefined(id),
            !actions.contains(where: { $0["title"].string?.hasPrefix("Annotate") == true }),
            !doc.syntax.entityMentions.contains(where: { $0.range.overlaps(occurrence) }),
            let fix = article.annotation(of: occurrence, as: id)
        {
            actions.append(action(fix, doc, s, diagnostic: nil, preferred: false))
        }
        // Durable decisions: accept a finding (baseline), teach a word (.copydesk.json).
        actions += DecisionActions.actions(doc: doc, range: range, diagnostics: matched, s)
        return .array(actions)
    }

    func action(_ fix: Fix, _ doc: OpenDocument, _ s: Snapshot, diagnostic: JSONValue?, preferred: Bool? = nil)
        -> JSONValue
    {
        let edits: [JSONValue] = fix.edits.map {
            ["range": s.encoding.range($0.range, in: doc.text), "newText": .string($0.newText)]
        }
        var o: [String: JSONValue] = [
            "title": .string(fix.title), "kind": "quickfix", "isPreferred": .bool(preferred ?? fix.isPreferred),
            "edit": s.workspaceEdit([(doc.id, edits)]),
        ]
        if let diagnostic { o["diagnostics"] = [diagnostic] }
        return .object(o)
    }
}
