import CopydeskCore

/// `textDocument/documentSymbol`: headline, headings (nested by level), entity and source definitions.
struct DocumentSymbolRequest: SnapshotRequest {
    static let method = "textDocument/documentSymbol"
    let uri: String
    init(_ p: Params) throws(ResponseError) { uri = try p.field("textDocument").field("uri").string() }
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        try s.documentSymbols(uri, token)
    }
}

/// `workspace/symbol`: entities by id, name or alias; articles by title.
struct WorkspaceSymbolRequest: SnapshotRequest {
    static let method = "workspace/symbol"
    let query: String
    init(_ p: Params) throws(ResponseError) { query = try p.field("query").optionalString() ?? "" }
    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        try s.workspaceSymbols(query, token)
    }
}

extension Snapshot {
    enum SymbolKind {
        static let file = 1, module = 2, namespace = 3, classKind = 5, key = 20, string = 15, object = 19
    }

    func entityKind(_ d: EntityDefinition) -> Int {
        switch d.type {
        case .person?: return SymbolKind.object
        case .organization?: return SymbolKind.classKind
        case .place?: return SymbolKind.namespace
        default: return SymbolKind.classKind
        }
    }

    func documentSymbols(_ uri: String, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try document(uri)
        let s = doc.syntax
        let text = doc.text
        struct Sym {
            var name: String
            var detail: String?
            var kind: Int
            var range: TextRange
            var selection: TextRange
            var level: Int
            var children: [Sym] = []
        }
        var flat: [Sym] = []
        if let title = s.title, !title.isEmpty {
            let r =
                s.frontMatter?.entries.first(where: { $0.key == "title" })?.valueRange ?? s.headlineRange
                ?? TextRange(0, 0)
            flat.append(Sym(name: title, detail: "headline", kind: SymbolKind.file, range: r, selection: r, level: 0))
        }
        for h in s.headings where !(s.headlineRange.map { h.range.overlaps($0) } ?? false) {
            flat.append(
                Sym(
                    name: h.title.isEmpty ? "(empty heading)" : h.title, detail: String(repeating: "#", count: h.level),
                    kind: SymbolKind.namespace, range: h.range, selection: h.titleRange, level: h.level))
        }
        for d in s.entityDefinitions {
            flat.append(
                Sym(
                    name: d.name.isEmpty ? d.id : d.name,
                    detail: "@\(d.id)" + (d.field("type").map { " · \($0)" } ?? ""),
                    kind: entityKind(d), range: d.range, selection: d.idRange, level: 99))
        }
        for d in s.sourceDefinitions {
            flat.append(
                Sym(
                    name: "^\(d.id)", detail: String(d.text.prefix(60)), kind: SymbolKind.key, range: d.range,
                    selection: d.idRange, level: 99))
        }
        if !client.hierarchicalSymbols {
            return .array(
                flat.map { sym in
                    [
                        "name": .string(sym.name), "kind": .int(sym.kind),
                        "location": ["uri": .string(doc.uri), "range": encoding.range(sym.range, in: text)],
                    ]
                })
        }
        func json(_ sym: Sym) -> JSONValue {
            var o: [String: JSONValue] = [
                "name": .string(sym.name), "kind": .int(sym.kind),
                "range": encoding.range(sym.range, in: text),
                "selectionRange": encoding.range(sym.selection, in: text),
            ]
            if let d = sym.detail { o["detail"] = .string(d) }
            if !sym.children.isEmpty { o["children"] = .array(sym.children.map(json)) }
            return .object(o)
        }
        // Headings nest under the nearest earlier heading of a lower level; the range of a heading grows to
        // cover its children so every child lies inside its parent.
        var roots: [Sym] = []
        var stack: [Sym] = []
        func closeTop() {
            let top = stack.removeLast()
            if stack.isEmpty {
                roots.append(top)
            } else {
                stack[stack.count - 1].children.append(top)
                stack[stack.count - 1].range = TextRange(
                    stack[stack.count - 1].range.start, max(stack[stack.count - 1].range.end, top.range.end))
            }
        }
        for sym in flat {
            if sym.kind == SymbolKind.namespace {
                while let top = stack.last, top.level >= sym.level {
                    _ = top
                    closeTop()
                }
                stack.append(sym)
            } else {
                while !stack.isEmpty { closeTop() }
                roots.append(sym)
            }
        }
        while !stack.isEmpty { closeTop() }
        return .array(roots.map(json))
    }

    func workspaceSymbols(_ query: String, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let query = query.lowercased()
        var out: [JSONValue] = []
        let limit = 500
        func matches(_ s: String) -> Bool { query.isEmpty || s.lowercased().contains(query) }
        for (n, id) in index.entityDefinitions.keys.sorted().enumerated() {
            if n % 512 == 0 { try token.check() }
            guard out.count < limit else { break }
            for d in index.entityDefinitions[id] ?? [] {
                let def = d.definition
                guard matches(id) || matches(def.name) || def.aliases.contains(where: matches) else { continue }
                out.append([
                    "name": .string(def.name.isEmpty ? id : def.name), "kind": .int(entityKind(def)),
                    "containerName": .string("@\(id)"), "location": location(d.idLocation),
                ])
            }
        }
        for (n, (docID, f)) in index.files.sorted(by: { $0.key < $1.key }).enumerated() {
            if n % 512 == 0 { try token.check() }
            guard out.count < limit else { break }
            guard let title = f.title, matches(title) else { continue }
            let zero = LineColumns(line: 0, utf8: 0, utf16: 0)
            out.append([
                "name": .string(title), "kind": .int(SymbolKind.file),
                "containerName": .string(relativePath(DocumentURI.path(docID.rawValue) ?? docID.rawValue)),
                "location": location(SpanLocation(document: docID, range: TextRange(0, 0), start: zero, end: zero)),
            ])
        }
        return .array(out)
    }
}
