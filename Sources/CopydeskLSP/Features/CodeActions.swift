import CopydeskCore

extension Server {
    func codeActions(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        guard p["range"].exists else { throw .invalidParams("expected range") }
        let range = try encoding.range(p["range"], in: doc.text)
        if let only = p["context"]["only"].array?.compactMap(\.string), !only.isEmpty,
            !only.contains(where: { "quickfix".hasPrefix($0) || $0.hasPrefix("quickfix") })
        {
            return []
        }
        let text = doc.text
        let eol = text.lineEnding
        var actions: [JSONValue] = []
        let relevant = doc.diagnostics.filter { d in
            d.range.overlaps(range) || d.range.touches(range.start) || range.touches(d.range.start)
        }
        for d in relevant {
            let lspDiag = lspDiagnostic(d, text: text)
            for fix in d.fixes {
                guard let (title, edits) = fixEdits(fix, diagnostic: d, doc: doc, eol: eol) else { continue }
                actions.append(action(title, edits, doc: doc, diagnostic: lspDiag, preferred: true))
            }
            // Suppress the rule for the line the finding starts on, with a reason to fill in.
            let line = text.line(containing: d.range.start)
            let lineStart = text.lineStarts[line]
            var indentEnd = lineStart
            while indentEnd < text.count && (text.bytes[indentEnd] == 0x20 || text.bytes[indentEnd] == 0x09) {
                indentEnd += 1
            }
            let indent = String(decoding: text.bytes[lineStart..<indentEnd], as: UTF8.self)
            let comment = "\(indent)<!-- copydesk-disable-next-line \(d.ruleID) -- TODO: reason -->\(eol)"
            actions.append(
                action(
                    "Suppress \(d.ruleID) on the next line", [(TextRange(lineStart, lineStart), comment)],
                    doc: doc, diagnostic: lspDiag, preferred: false))
        }
        // A plain-prose name that links to a defined entity (name or alias) can be annotated even when no
        // rule flagged it.
        if case .proseName(let id?, let occurrence, _)? = target(at: range.start, in: doc),
            !actions.contains(where: { $0["title"].string?.hasPrefix("Annotate") == true }),
            !doc.syntax.entityMentions.contains(where: { $0.range.overlaps(occurrence) })
        {
            let name = text[occurrence]
            let edit = action(
                "Annotate '\(name)' as [\(name)][@\(id)]", [(occurrence, "[\(name)][@\(id)]")],
                doc: doc, diagnostic: .null, preferred: false)
            if case .object(var o) = edit {
                o["diagnostics"] = nil
                actions.append(.object(o))
            }
        }
        return .array(actions)
    }

    func action(
        _ title: String, _ edits: [(TextRange, String)], doc: OpenDocument, diagnostic: JSONValue, preferred: Bool
    ) -> JSONValue {
        let lspEdits: [JSONValue] = edits.map {
            ["range": encoding.range($0.0, in: doc.text), "newText": .string($0.1)]
        }
        let edit: JSONValue =
            client.documentChanges
            ? [
                "documentChanges": [
                    [
                        "textDocument": ["uri": .string(doc.uri), "version": .int(doc.version)],
                        "edits": .array(lspEdits),
                    ]
                ]
            ]
            : ["changes": [doc.uri: .array(lspEdits)]]
        return [
            "title": .string(title), "kind": "quickfix", "diagnostics": [diagnostic], "isPreferred": .bool(preferred),
            "edit": edit,
        ]
    }

    /// An edit appending `block` at the end of the document, after a blank line.
    func appendBlock(_ block: String, to doc: OpenDocument, eol: String) -> (TextRange, String) {
        let text = doc.text
        let last = text.lineCount - 1
        var prefix = ""
        if text.lineStarts[last] < text.count {
            prefix = eol + eol
        }  // ends inside a line
        else if last > 0 && text.lineContentRange(last - 1).count > 0 {
            prefix = eol
        }  // no blank line yet
        return (TextRange(text.count, text.count), prefix + block + eol)
    }

    func freshSourceID(in doc: OpenDocument) -> String {
        let used = Set(doc.syntax.sourceDefinitions.map(\.id) + doc.syntax.citations.map(\.id))
        var n = 1
        while used.contains("source-\(n)") { n += 1 }
        return "source-\(n)"
    }

    func fixEdits(_ fix: FixHint, diagnostic d: Diagnostic, doc: OpenDocument, eol: String) -> (
        String, [(TextRange, String)]
    )? {
        switch fix {
        case .addCitation(let at):
            let id = freshSourceID(in: doc)
            let pos = min(max(0, at), doc.text.count)
            return (
                "Add a citation [^\(id)] and a stub source definition",
                [
                    (TextRange(pos, pos), "[^\(id)]"),
                    appendBlock("[^\(id)]: TODO: who or what supports this claim", to: doc, eol: eol),
                ]
            )
        case .defineEntity(let id):
            let surface = doc.syntax.entityMentions.first { $0.id == id && $0.surfaceRange != nil }?.surface
            let name = surface ?? id
            let block = "[@\(id)]: \(name)\(eol)  type: other\(eol)  description: TODO"
            return ("Define entity @\(id)", [appendBlock(block, to: doc, eol: eol)])
        case .defineSource(let id):
            return ("Define source ^\(id)", [appendBlock("[^\(id)]: TODO: describe the source", to: doc, eol: eol)])
        case .annotate(let id):
            let name = doc.text[d.range]
            guard !name.isEmpty else { return nil }
            return ("Annotate '\(name)' as [\(name)][@\(id)]", [(d.range, "[\(name)][@\(id)]")])
        }
    }
}
