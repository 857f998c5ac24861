import CopydeskCore

extension Server {
    static func resultID(_ diagnostics: [Diagnostic], version: Int?) -> String {
        var h = Hasher()
        h.combine(diagnostics)
        return "\(version ?? -1)-\(UInt(bitPattern: h.finalize()))"
    }

    /// `textDocument/diagnostic`: the open document's current diagnostics (or "unchanged").
    func documentDiagnostic(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try requestDocument(p)
        let id = Server.resultID(doc.diagnostics, version: doc.version)
        if p["previousResultId"].string == id { return ["kind": "unchanged", "resultId": .string(id)] }
        return [
            "kind": "full", "resultId": .string(id),
            "items": .array(doc.diagnostics.map { lspDiagnostic($0, text: doc.text) }),
        ]
    }

    /// `workspace/diagnostic`: every indexed article. Computed off the main loop against a snapshot of the
    /// index and documents (values), so typing and hovering are not held up; cancellable.
    func workspaceDiagnostic(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> Reply {
        var previous: [String: String] = [:]
        for item in p["previousResultIds"].array ?? [] {
            if let u = item["uri"].string, let v = item["value"].string { previous[DocumentURI.canonical(u)] = v }
        }
        let index = self.index
        let documents = self.documents
        let encoding = self.encoding
        let fs = self.fileSystem
        let roots = folders.map(\.path)
        var configs: [DocumentID: Configuration] = [:]
        let ids = index.files.keys.sorted()
        for id in ids { configs[id] = configuration(for: id) }
        let frozen = configs
        let previousIDs = previous
        return .later { (token: CancellationToken) throws(ResponseError) -> JSONValue in
            var items: [JSONValue] = []
            for (n, id) in ids.enumerated() {
                if n % 64 == 0 { try token.check() }
                let text: SourceText
                let diags: [Diagnostic]
                var version: JSONValue = .null
                var uri = id.rawValue
                if let d = documents[id] {
                    text = d.text
                    diags = d.diagnostics
                    version = .int(d.version)
                    uri = d.uri
                } else {
                    guard let path = DocumentURI.path(id.rawValue), let kind = ArticleKind.forPath(path),
                        let bytes = fs.read(path: path, roots: roots)
                    else { continue }
                    text = SourceText(decoding: bytes)
                    let syntax = ArticleParser.parse(text, kind: kind)
                    diags =
                        DocumentPipeline.analyze(syntax, id: id, index: index, configuration: frozen[id] ?? .default)
                        .diagnostics
                }
                let rid = Server.resultID(diags, version: version.int)
                if previousIDs[id.rawValue] == rid {
                    items.append([
                        "kind": "unchanged", "resultId": .string(rid), "uri": .string(uri), "version": version,
                    ])
                    continue
                }
                items.append([
                    "kind": "full", "resultId": .string(rid), "uri": .string(uri), "version": version,
                    "items": .array(
                        diags.map { Server.lspDiagnostic($0, text: text, encoding: encoding, uriFor: { $0.rawValue }) }),
                ])
            }
            return ["items": .array(items)]
        }
    }
}
