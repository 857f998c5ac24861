import CopydeskCore

extension Server {
    static let completionLimit = 200

    func completion(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let offset = try requestOffset(p, in: doc)
        let bytes = doc.text.bytes
        func isIDByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                || b == 0x5F || b == 0x2E
        }
        var start = offset
        while start > 0 && isIDByte(bytes[start - 1]) { start -= 1 }
        guard start >= 2, bytes[start - 2] == UInt8(ascii: "[") else { return .null }
        let sigil = bytes[start - 1]
        guard sigil == UInt8(ascii: "@") || sigil == UInt8(ascii: "^") else { return .null }
        var end = offset
        while end < bytes.count && isIDByte(bytes[end]) { end += 1 }
        let closes = end < bytes.count && bytes[end] == UInt8(ascii: "]")
        let typed = String(decoding: bytes[start..<offset], as: UTF8.self).lowercased()
        let replace = encoding.range(TextRange(start, end), in: doc.text)
        let md = client.completionMarkdown
        var items: [JSONValue] = []
        var incomplete = false
        if sigil == UInt8(ascii: "@") {
            // Ids that start with what was typed first, then ones that contain it, then names that do.
            var scored: [(Int, String)] = []
            for (n, (id, defs)) in index.entityDefinitions.enumerated() {
                if n % 1024 == 0 { try token.check() }
                let name = defs.first?.definition.name.lowercased() ?? ""
                if typed.isEmpty || id.hasPrefix(typed) {
                    scored.append((0, id))
                } else if id.contains(typed) {
                    scored.append((1, id))
                } else if name.contains(typed)
                    || (defs.first?.definition.aliases.contains { $0.lowercased().contains(typed) } ?? false)
                {
                    scored.append((2, id))
                }
            }
            scored.sort { $0 < $1 }
            if scored.count > Server.completionLimit {
                incomplete = true
                scored = Array(scored.prefix(Server.completionLimit))
            }
            for (rank, id) in scored {
                let d = index.entityDefinitions[id]!.first!.definition
                var item: [String: JSONValue] = [
                    "label": .string(id), "kind": 7,
                    "detail": .string(d.name + (d.field("type").map { " (\($0))" } ?? "")),
                    "filterText": .string(id + " " + d.name),
                    "sortText": .string("\(rank)\(id)"),
                    "textEdit": ["range": replace, "newText": .string(id + (closes ? "" : "]"))],
                ]
                if let desc = d.description, !desc.isEmpty {
                    item["documentation"] =
                        md ? ["kind": "markdown", "value": .string(escapeMarkdown(desc))] : .string(desc)
                }
                items.append(.object(item))
            }
        } else {
            for d in doc.syntax.sourceDefinitions where typed.isEmpty || d.id.contains(typed) {
                items.append([
                    "label": .string(d.id), "kind": 18,
                    "detail": .string(String(d.text.prefix(80))),
                    "documentation": .string(d.text),
                    "textEdit": ["range": replace, "newText": .string(d.id + (closes ? "" : "]"))],
                ])
            }
        }
        return ["isIncomplete": .bool(incomplete), "items": .array(items)]
    }
}
