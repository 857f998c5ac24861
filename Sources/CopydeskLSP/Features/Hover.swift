import CopydeskCore

extension Server {
    func hover(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        let md = client.hoverMarkdown
        var sections: [String] = []
        var range: TextRange? = nil
        switch target(at: offset, in: doc) {
        case .entity(let id, let occurrence, _, _)?:
            sections.append(entityHover(id, markdown: md))
            range = occurrence
        case .proseName(let id?, let occurrence, _)?:
            sections.append(entityHover(id, markdown: md))
            range = occurrence
        case .proseName(nil, let occurrence, let e?)?:
            let entity = doc.analysis.entities[e]
            let count = entity.mentions.count
            sections.append(
                (md ? "**\(escapeMarkdown(entity.canonicalName))**" : entity.canonicalName)
                    + " — \(entity.kind.rawValue), not defined; mentioned \(count) time\(count == 1 ? "" : "s") in this article"
            )
            range = occurrence
        case .source(let id, let occurrence, _, _)?:
            sections.append(sourceHover(id, in: doc, markdown: md))
            range = occurrence
        default: break
        }
        // Why the text here was flagged.
        // Findings at the cursor, and findings inside the sentence under the cursor (a claim flagged on its
        // figure explains itself anywhere in its sentence).
        let sentence = doc.analysis.sentenceIndex(at: offset).map { doc.analysis.sentences[$0].range }
        let flagged = doc.diagnostics.filter { d in
            (d.range.touches(offset) && (d.range.contains(offset) || d.range.isEmpty))
                || (sentence.map { $0.contains(d.range.start) && d.range.end <= $0.end } ?? false)
        }
        if !flagged.isEmpty {
            let lines = flagged.map { d in
                md ? "⚠ **\(d.ruleID)**: \(escapeMarkdown(d.message))" : "\(d.ruleID): \(d.message)"
            }
            sections.append(lines.joined(separator: md ? "\n\n" : "\n"))
            if range == nil { range = flagged.map(\.range).min { $0.count < $1.count } }
        }
        guard !sections.isEmpty else { return .null }
        var result: [String: JSONValue] = [
            "contents": [
                "kind": .string(md ? "markdown" : "plaintext"),
                "value": .string(sections.joined(separator: md ? "\n\n---\n\n" : "\n\n")),
            ]
        ]
        if let range { result["range"] = encoding.range(range, in: doc.text) }
        return .object(result)
    }

    func entityHover(_ id: String, markdown md: Bool) -> String {
        let defs = index.definitions(ofEntity: id)
        var lines: [String] = []
        if let d = defs.first?.definition {
            var head = md ? "**\(escapeMarkdown(d.name))** `@\(d.id)`" : "\(d.name) (@\(d.id))"
            if let t = d.field("type") { head += " — \(t)" }
            lines.append(head)
            if let desc = d.description, !desc.isEmpty { lines.append(md ? escapeMarkdown(desc) : desc) }
            if !d.aliases.isEmpty { lines.append("Also: " + d.aliases.joined(separator: ", ")) }
            if let s = d.sameAs, !s.isEmpty { lines.append(md ? "Same as: <\(s)>" : "Same as: \(s)") }
        } else {
            lines.append(md ? "`@\(id)` — **not defined** in the workspace" : "@\(id) — not defined in the workspace")
        }
        for def in defs {
            let docID = def.location.document
            let title = index.files[docID]?.title
            let path = DocumentURI.path(docID.rawValue) ?? docID.rawValue
            let shown = relativePath(path)
            let line = def.location.start.line + 1
            if md {
                lines.append(
                    "Defined in " + (title.map { "*\(escapeMarkdown($0))* " } ?? "")
                        + "([\(escapeMarkdown(shown)):\(line)](\(uri(for: docID))#L\(line)))")
            } else {
                lines.append("Defined in " + (title.map { "\"\($0)\" " } ?? "") + "(\(shown):\(line))")
            }
        }
        if defs.count > 1 { lines.append("⚠ defined \(defs.count) times") }
        let (mentions, articles) = mentionCounts[normalizeID(id)]
        lines.append(
            "Mentioned \(mentions) time\(mentions == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")")
        return lines.joined(separator: md ? "\n\n" : "\n")
    }

    func sourceHover(_ id: String, in doc: OpenDocument, markdown md: Bool) -> String {
        let uses = doc.syntax.citations.filter { $0.id == id }.count
        guard let def = doc.syntax.sourceDefinitions.first(where: { $0.id == id }) else {
            return md
                ? "`^\(id)` — **no source definition** in this article"
                : "^\(id) — no source definition in this article"
        }
        let head = md ? "Source `^\(def.id)`" : "Source ^\(def.id)"
        return [
            head, md ? escapeMarkdown(def.text) : def.text, "Cited \(uses) time\(uses == 1 ? "" : "s") in this article",
        ]
        .joined(separator: md ? "\n\n" : "\n")
    }

    func relativePath(_ path: String) -> String {
        for f in folders where LocalFileSystem.isInside(path, roots: [f.path]) && path != f.path {
            return String(path.dropFirst(f.path.count + (f.path.hasSuffix("/") ? 0 : 1)))
        }
        return path
    }
}

func escapeMarkdown(_ s: String) -> String {
    var out = ""
    for c in s {
        if "\\`*_[]<>#|".contains(c) { out.append("\\") }
        out.append(c)
    }
    return out
}
