import CopydeskCore

/// `textDocument/hover`: the core's `HoverModel` rendered as Markdown (when the client lists it in
/// `hover.contentFormat`) or plain text. No links (several clients show them raw): places are `path:line`.
struct HoverRequest: SnapshotRequest {
    static let method = "textDocument/hover"
    let at: TextDocumentPosition
    init(_ p: Params) throws(ResponseError) { at = try TextDocumentPosition(p) }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(at.uri)
        let offset = s.encoding.offset(at.position, in: doc.text)
        guard let model = doc.article(around: TextRange(offset, offset)).hover(at: offset, index: s.index)
        else { return .null }
        let md = s.client.hoverMarkdown
        var sections: [String] = []
        if let card = model.card { sections.append(render(card, s, markdown: md)) }
        if !model.findings.isEmpty {
            let lines = model.findings.map { d in
                // The short form of the rule's documentation (`copydesk explain RULE` prints the long one).
                let short = RuleRegistry.rule(withID: d.ruleID)?.documentation.shortForm
                if md {
                    return "⚠ **\(d.ruleID)**: \(escapeMarkdown(d.message))"
                        + (short.map { "\n\n" + escapeMarkdown($0) } ?? "")
                }
                return "\(d.ruleID): \(d.message)" + (short.map { "\n" + $0 } ?? "")
            }
            sections.append(lines.joined(separator: md ? "\n\n" : "\n"))
        }
        var result: [String: JSONValue] = [
            "contents": [
                "kind": .string(md ? "markdown" : "plaintext"),
                "value": .string(sections.joined(separator: md ? "\n\n---\n\n" : "\n\n")),
            ]
        ]
        if let range = model.range { result["range"] = s.encoding.range(range, in: doc.text) }
        return .object(result)
    }

    func render(_ card: HoverModel.Card, _ s: Snapshot, markdown md: Bool) -> String {
        func text(_ t: String) -> String { md ? escapeMarkdown(t) : t }
        func code(_ t: String) -> String { md ? "`\(t)`" : t }
        func strong(_ t: String) -> String { md ? "**\(escapeMarkdown(t))**" : t }
        func times(_ n: Int, _ what: String) -> String { "\(n) \(what)\(n == 1 ? "" : "s")" }
        var lines: [String] = []
        switch card {
        case .entity(let d, let places, let mentions, let articles):
            var head = md ? "**\(escapeMarkdown(d.name))** `@\(d.id)`" : "\(d.name) (@\(d.id))"
            if let t = d.field("type") { head += " — \(t)" }
            lines.append(head)
            if let desc = d.description, !desc.isEmpty { lines.append(text(desc)) }
            if !d.aliases.isEmpty { lines.append("Also: " + text(d.aliases.joined(separator: ", "))) }
            if let sameAs = d.sameAs, !sameAs.isEmpty { lines.append("Same as: " + (md ? "<\(sameAs)>" : sameAs)) }
            if let q = d.wikidataID { lines.append("Wikidata: " + code(q)) }
            for p in places {
                let path = s.relativePath(
                    DocumentURI.path(p.location.document.rawValue) ?? p.location.document.rawValue)
                let title = p.title.map { md ? "*\(escapeMarkdown($0))* " : "\"\($0)\" " } ?? ""
                lines.append("Defined in \(title)(\(text(path)):\(p.location.start.line + 1))")
            }
            if places.count > 1 { lines.append("⚠ defined \(places.count) times") }
            lines.append("Mentioned \(times(mentions, "time")) in \(times(articles, "article"))")
        case .undefinedEntity(let id, let name, let here):
            lines.append("\(code("@" + id)) — \(strong("not defined in any article")) of the workspace")
            lines.append("Mentioned \(times(here, "time")) in this article")
            lines.append("Define it in any article: \(code("[@\(id)]: \(name)")) with a \(code("type:")) line")
        case .unlinkedName(let name, let kind, let here, let suggested):
            lines.append("\(strong(name)) — \(kind.rawValue), not defined in any article")
            lines.append("Mentioned \(times(here, "time")) in this article")
            lines.append(
                "Annotate it as \(code("[\(name)][@\(suggested)]")) and define \(code("[@\(suggested)]: \(name)")) to link it across the archive"
            )
        case .source(let id, let sourceText?, let cites):
            lines.append(md ? "Source `^\(id)`" : "Source ^\(id)")
            lines.append(text(sourceText))
            lines.append("Cited \(times(cites, "time")) in this article")
        case .source(let id, nil, _):
            lines.append("\(code("^" + id)) — \(strong("no source definition")) in this article")
            lines.append("Define it: \(code("[^\(id)]: who or what the source is"))")
        }
        return lines.joined(separator: md ? "\n\n" : "\n")
    }
}

/// Escapes what Markdown would read as formatting, and nothing else (brackets and `@` stay as typed: a
/// backslash before them shows literally in several clients).
func escapeMarkdown(_ s: String) -> String {
    var out = ""
    var atLineStart = true
    var previous: Character? = nil
    for c in s {
        switch c {
        case "\\", "`", "*", "_", "<", "|":
            out.append("\\")
        case "(" where previous == "]":
            out.append("\\")  // `[x](y)` would be a link
        case "#", ">", "-", "+":
            if atLineStart { out.append("\\") }
        default:
            break
        }
        out.append(c)
        if c == "\n" {
            atLineStart = true
        } else if c != " " {
            atLineStart = false
        }
        previous = c
    }
    return out
}
