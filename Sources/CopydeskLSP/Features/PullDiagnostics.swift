import CopydeskCore

/// What `workspace/diagnostic` needs to answer without analysing anything, and the pulls it holds open.
/// A file on disk's diagnostics depend on its text (its stamp) and on what every other file defines and
/// the settings (the epoch): while neither moved, its last result id still stands.
///
/// While a pull is held, the documents that change are noted (`touched`): when it wakes and the epoch has
/// not moved, only those can have a new report, so waking costs what changed, not the workspace (a held
/// pull wakes after every keystroke in an open document).
struct WorkspacePulls {
    struct Held {
        let id: RequestID
        let request: WorkspaceDiagnosticParams
        /// `changes` when it was held: it runs again once that moved.
        let at: Int
        /// `epoch` when it was held: if that moved, every file's report may have changed.
        let epoch: Int
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
    /// Files on disk whose last computed result id still stands (their inputs have not moved since): one
    /// lookup per file answers "is the client's report current?".
    private var current: [DocumentID: String] = [:]
    private var held: [Held] = []
    /// Documents changed while a pull was held (cleared when none is held any more).
    private var touched = Set<DocumentID>()

    mutating func fileChanged(_ id: DocumentID) {
        nextStamp += 1
        stamps[id] = nextStamp
        current[id] = nil
        changes += 1
        if !held.isEmpty { touched.insert(id) }
    }
    /// A file that was not indexed is: nothing cached can be about it (a file leaves the index through
    /// `fileChanged`, which retires its stamp), so it needs no stamp of its own (indexing 100,000 files adds
    /// none).
    mutating func fileAdded(_ id: DocumentID) {
        changes += 1
        if !held.isEmpty { touched.insert(id) }
    }
    mutating func definitionsChanged() {
        epoch += 1
        current.removeAll(keepingCapacity: true)
        changes += 1
    }
    mutating func openDocumentChanged(_ id: DocumentID) {
        changes += 1
        if !held.isEmpty { touched.insert(id) }
    }

    func key(_ id: DocumentID) -> InputsKey { InputsKey(epoch: epoch, stamp: stamps[id] ?? 0) }
    /// The result id last computed for a file on disk, if its inputs have not changed since.
    func resultID(_ id: DocumentID) -> String? { current[id] }
    /// Results computed off the main loop from inputs `key`: kept unless those inputs moved meanwhile.
    mutating func store(_ computed: [(DocumentID, key: WorkspacePulls.InputsKey, resultID: String)]) {
        for (id, key, rid) in computed where key == self.key(id) { current[id] = rid }
    }

    mutating func hold(_ id: RequestID, _ request: WorkspaceDiagnosticParams) {
        held.append(Held(id: id, request: request, at: changes, epoch: epoch))
    }
    /// The held pulls that may have news (something changed since they were held), each with the documents
    /// that may have a new report: those touched since, or nil (all of them) when the epoch moved.
    mutating func takeWoken() -> [(Held, only: Set<DocumentID>?)] {
        let woken = held.filter { $0.at != changes }
        guard !woken.isEmpty else { return [] }
        held.removeAll { $0.at != changes }
        let only = touched
        if held.isEmpty { touched = [] }
        return woken.map { ($0, $0.epoch == epoch ? only : nil) }
    }
    mutating func takeHeld() -> [Held] {
        defer {
            held = []
            touched = []
        }
        return held
    }
    /// Removes a held pull; false when `id` is not held.
    mutating func cancel(_ id: RequestID) -> Bool {
        guard held.contains(where: { $0.id == id }) else { return false }
        held.removeAll { $0.id == id }
        if held.isEmpty { touched = [] }
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

/// `workspace/diagnostic` params: the result ids the client holds, by canonical URI (parsed once: a held
/// pull keeps them).
struct WorkspaceDiagnosticParams: Sendable {
    struct Previous: Sendable {
        /// As the client wrote it (a removed file is reported under it).
        let uri: String
        let value: String
    }
    let previous: [String: Previous]
    init(_ p: Params) throws(ResponseError) {
        let list = p.field("previousResultIds")
        let items = list.json.array ?? []
        var previous = [String: Previous](minimumCapacity: items.count)
        for (i, item) in items.enumerated() {
            // Read directly (a client sends one per file of the workspace); `Params` only to name a bad field.
            guard let uri = item["uri"].string, let value = item["value"].string else {
                let e = Params(item, path: "\(list.path)[\(i)]")
                _ = try e.field("uri").string()
                _ = try e.field("value").string()
                continue
            }
            previous[DocumentURI.canonical(uri)] = Previous(uri: uri, value: value)
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

    /// The result id of the empty report sent for a file the client knows and the workspace no longer has.
    static let removedResultID = "removed"

    /// `workspace/diagnostic`. The report lists only the documents whose report changed since the result id
    /// the client holds (`previousResultIds`); the others are as the client has them. The specification lets
    /// a workspace report cover some documents (a long-running pull may report a document several times, the
    /// last report winning), and vscode-languageclient applies each item on its own, leaving the documents a
    /// report does not name alone; so listing thousands of `unchanged` items after every keystroke bought
    /// nothing and cost O(workspace) per keystroke. A file the client knows that the workspace no longer
    /// has gets an empty report. When nothing changed, the request is held open until something does (idle
    /// means idle) or the client cancels. Files on disk are analysed off the main loop against a snapshot
    /// of the index and documents (values); cancellable.
    func workspaceDiagnostic(_ p: JSONValue, _ token: CancellationToken) throws(ResponseError) -> Reply {
        workspacePull(try WorkspaceDiagnosticParams(Params(p)), only: nil)
    }

    /// `only`: the documents that may have a new report (those changed while the pull was held); nil: all.
    func workspacePull(_ request: WorkspaceDiagnosticParams, only: Set<DocumentID>?) -> Reply {
        let previous = request.previous
        enum Plan: Sendable {
            case open(OpenDocument, resultID: String)
            case disk(DocumentID, key: WorkspacePulls.InputsKey, Configuration)
            case removed(uri: String)
        }
        var plan: [(id: DocumentID, step: Plan)] = []
        /// Plans `id`'s report if it changed; true when `id` is an indexed document.
        @discardableResult
        func consider(_ id: DocumentID) -> Bool {
            let known = previous[id.rawValue]
            if let d = documents[id] {
                let rid = Server.resultID(d.diagnostics, version: d.version)
                if known?.value != rid { plan.append((id, .open(d, resultID: rid))) }
                return true
            } else if self.index.files[id] != nil {
                if let rid = pulls.resultID(id), known?.value == rid { return true }
                plan.append((id, .disk(id, key: pulls.key(id), configuration(for: id))))
                return true
            } else if let known, known.value != Server.removedResultID {
                plan.append((id, .removed(uri: known.uri)))
            }
            return false
        }
        if let only {
            for id in only { consider(id) }
        } else {
            // What the client holds, one lookup each when it is still current; then, only if some indexed
            // document is not among it (a first pull, new files), the documents it does not know.
            var indexedKnown = 0
            for (key, p) in previous {
                let id = DocumentID(key)
                if pulls.resultID(id) == p.value || consider(id) { indexedKnown += 1 }
            }
            if indexedKnown < self.index.documentCount {
                for id in self.index.files.keys where previous[id.rawValue] == nil { consider(id) }
            }
        }
        guard !plan.isEmpty else { return .held(request) }
        plan.sort { $0.id < $1.id }
        let snapshotIndex = self.index
        let encoding = self.encoding
        let fs = self.fileSystem
        let roots = folders.map(\.path)
        let runtime = self.runtime
        let steps = plan.map(\.step)
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
                case .open(let d, let rid):
                    items.append(full(d.uri, rid, .int(d.version), d.diagnostics, d.text))
                case .removed(let uri):
                    items.append([
                        "kind": "full", "resultId": .string(Server.removedResultID), "uri": .string(uri),
                        "version": .null, "items": [],
                    ])
                case .disk(let id, let key, let configuration):
                    guard let path = DocumentURI.path(id.rawValue), let kind = ArticleKind.forPath(path),
                        let bytes = fs.read(path: path, roots: roots)
                    else { continue }
                    let text = SourceText(decoding: bytes)
                    let diags = DocumentPipeline.run(
                        text, kind: kind, id: id, index: snapshotIndex, configuration: configuration
                    ).diagnostics
                    let rid = Server.resultID(diags, version: nil)
                    computed.append((id, key, rid))
                    // Analysed because its inputs moved, yet the same report: the client's is still right.
                    if previous[id.rawValue]?.value != rid { items.append(full(id.rawValue, rid, .null, diags, text)) }
                }
            }
            return ["items": .array(items)]
        }
    }

    /// Runs the held workspace pulls again when something changed since they were held: over the documents
    /// touched since, unless the epoch moved.
    func wakeHeldPulls() {
        for (h, only) in pulls.takeWoken() {
            let token = CancellationToken(registry: cancellations, id: h.id, stop: stopFlag)
            if deliver(workspacePull(h.request, only: only), to: h.id, token: token) { cancellations.forget(h.id) }
        }
    }
}
