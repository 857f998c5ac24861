import CopydeskCore

/// What `workspace/diagnostic` needs to answer "unchanged" without analysing anything, and the pulls it
/// holds open. A file on disk's diagnostics depend on its text (its stamp) and on what every other file
/// defines and the settings (the epoch): while neither moved, its last result id still stands.
struct WorkspacePulls {
    struct Held {
        let id: RequestID
        let params: JSONValue
        /// `changes` when it was held: it runs again once that moved.
        let at: Int
    }
    /// Bumped when any file's diagnostics may change (definitions elsewhere, settings, an index merged).
    private(set) var epoch = 0
    /// Bumped on every change at all (a file, definitions, an open document's diagnostics).
    private(set) var changes = 0
    private var stamps: [DocumentID: Int] = [:]
    private var nextStamp = 0
    /// What a file on disk's diagnostics depend on: the epoch and the file's stamp.
    struct InputsKey: Hashable, Sendable {
        let epoch: Int
        let stamp: Int
    }
    /// Files on disk: the inputs' key and the result id last reported for them.
    private var results: [DocumentID: (key: InputsKey, resultID: String)] = [:]
    private var held: [Held] = []

    mutating func fileChanged(_ id: DocumentID) {
        nextStamp += 1
        stamps[id] = nextStamp
        changes += 1
    }
    mutating func definitionsChanged() {
        epoch += 1
        changes += 1
    }
    mutating func openDocumentChanged() { changes += 1 }

    func key(_ id: DocumentID) -> InputsKey { InputsKey(epoch: epoch, stamp: stamps[id] ?? 0) }
    /// The result id last computed for a file on disk, if its inputs have not changed since.
    func resultID(_ id: DocumentID) -> String? {
        guard let r = results[id], r.key == key(id) else { return nil }
        return r.resultID
    }
    mutating func store(_ computed: [(DocumentID, key: WorkspacePulls.InputsKey, resultID: String)]) {
        for (id, key, rid) in computed { results[id] = (key, rid) }
    }

    mutating func hold(_ id: RequestID, _ params: JSONValue) { held.append(Held(id: id, params: params, at: changes)) }
    /// The held pulls that may have news (something changed since they were held).
    mutating func takeWoken() -> [Held] {
        let woken = held.filter { $0.at != changes }
        held.removeAll { $0.at != changes }
        return woken
    }
    mutating func takeHeld() -> [Held] {
        defer { held = [] }
        return held
    }
    /// Removes a held pull; false when `id` is not held.
    mutating func cancel(_ id: RequestID) -> Bool {
        guard held.contains(where: { $0.id == id }) else { return false }
        held.removeAll { $0.id == id }
        return true
    }
}

/// `textDocument/diagnostic`: the open document's current diagnostics (or "unchanged").
struct DocumentDiagnosticRequest: SnapshotRequest {
    static let method = "textDocument/diagnostic"
    let uri: String
    let previousResultID: String?
    init(_ p: Params) throws(ResponseError) {
        uri = try p.field("textDocument").field("uri").string()
        previousResultID = try p.field("previousResultId").optionalString()
    }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(uri)
        let id = Server.resultID(doc.diagnostics, version: doc.version)
        if previousResultID == id { return ["kind": "unchanged", "resultId": .string(id)] }
        return [
            "kind": "full", "resultId": .string(id),
            "items": .array(doc.diagnostics.map { s.lspDiagnostic($0, text: doc.text) }),
        ]
    }
}

/// `workspace/diagnostic` params: the result ids the client holds, by canonical URI.
struct WorkspaceDiagnosticParams {
    let previous: [String: String]
    init(_ p: Params) throws(ResponseError) {
        let list = p.field("previousResultIds")
        var previous: [String: String] = [:]
        for (i, item) in (list.json.array ?? []).enumerated() {
            let e = Params(item, path: "\(list.path)[\(i)]")
            previous[DocumentURI.canonical(try e.field("uri").string())] = try e.field("value").string()
        }
        self.previous = previous
    }
}

extension Server {
    static func resultID(_ diagnostics: [Diagnostic], version: Int?) -> String {
        var h = Hasher()
        h.combine(diagnostics)
        return "\(version ?? -1)-\(UInt(bitPattern: h.finalize()))"
    }

    /// `workspace/diagnostic`: every indexed article. What the client already has (`previousResultIds`) and
    /// is still current is answered "unchanged" from `pulls`, without analysing; when that is everything,
    /// the request is held open until something changes or the client cancels (idle means idle). The rest
    /// is analysed off the main loop against a snapshot of the index and documents (values); cancellable.
    func workspaceDiagnostic(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> Reply {
        let previous = try WorkspaceDiagnosticParams(Params(p)).previous
        enum Plan: Sendable {
            case unchanged(uri: String, resultID: String, version: JSONValue)
            case open(OpenDocument, resultID: String)
            case disk(DocumentID, key: WorkspacePulls.InputsKey, Configuration)
        }
        var plan: [Plan] = []
        var news = false
        for id in index.files.keys.sorted() {
            if let d = documents[id] {
                let rid = Server.resultID(d.diagnostics, version: d.version)
                if previous[id.rawValue] == rid {
                    plan.append(.unchanged(uri: d.uri, resultID: rid, version: .int(d.version)))
                } else {
                    plan.append(.open(d, resultID: rid))
                    news = true
                }
            } else if let rid = pulls.resultID(id), previous[id.rawValue] == rid {
                plan.append(.unchanged(uri: id.rawValue, resultID: rid, version: .null))
            } else {
                plan.append(.disk(id, key: pulls.key(id), configuration(for: id)))
                news = true
            }
        }
        guard news else { return .held }
        let index = self.index
        let encoding = self.encoding
        let fs = self.fileSystem
        let roots = folders.map(\.path)
        let runtime = self.runtime
        let steps = plan
        let previousIDs = previous
        return .later { (token: CancellationToken) throws(ResponseError) -> JSONValue in
            var items: [JSONValue] = []
            var computed: [(DocumentID, key: WorkspacePulls.InputsKey, resultID: String)] = []
            defer {
                let done = computed
                runtime.post { s in
                    s.pulls.store(done)
                    s.workspaceAnalysisCount += done.count
                }
            }
            func full(_ uri: String, _ rid: String, _ version: JSONValue, _ diags: [Diagnostic], _ text: SourceText)
                -> JSONValue
            {
                [
                    "kind": "full", "resultId": .string(rid), "uri": .string(uri), "version": version,
                    "items": .array(
                        diags.map { Server.lspDiagnostic($0, text: text, encoding: encoding, uriFor: { $0.rawValue }) }),
                ]
            }
            for (n, step) in steps.enumerated() {
                if n % 64 == 0 { try token.check() }
                switch step {
                case .unchanged(let uri, let rid, let version):
                    items.append([
                        "kind": "unchanged", "resultId": .string(rid), "uri": .string(uri), "version": version,
                    ])
                case .open(let d, let rid):
                    items.append(full(d.uri, rid, .int(d.version), d.diagnostics, d.text))
                case .disk(let id, let key, let configuration):
                    guard let path = DocumentURI.path(id.rawValue), let kind = ArticleKind.forPath(path),
                        let bytes = fs.read(path: path, roots: roots)
                    else { continue }
                    let text = SourceText(decoding: bytes)
                    let diags = DocumentPipeline.run(
                        text, kind: kind, id: id, index: index, configuration: configuration
                    ).diagnostics
                    let rid = Server.resultID(diags, version: nil)
                    computed.append((id, key, rid))
                    if previousIDs[id.rawValue] == rid {
                        items.append([
                            "kind": "unchanged", "resultId": .string(rid), "uri": .string(id.rawValue),
                            "version": .null,
                        ])
                    } else {
                        items.append(full(id.rawValue, rid, .null, diags, text))
                    }
                }
            }
            return ["items": .array(items)]
        }
    }

    /// Runs the held workspace pulls again when something changed since they were held.
    func wakeHeldPulls() {
        for h in pulls.takeWoken() { handleRequest(h.id, "workspace/diagnostic", h.params) }
    }
}
