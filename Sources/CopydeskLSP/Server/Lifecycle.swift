import CopydeskCore
import CopydeskFiles
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `initialize`: capabilities, trace, workspace folders (or the root), settings in `initializationOptions`.
struct InitializeParams {
    let capabilities: ClientCapabilities
    let trace: String?
    let folders: [Server.Folder]
    /// The `copydesk` section of `initializationOptions` (or the options themselves), when not empty.
    let settings: JSONValue?

    init(_ p: Params) throws(ResponseError) {
        let p = try p.object()
        capabilities = ClientCapabilities(p.field("capabilities").json)
        trace = try p.field("trace").optionalString()
        if let list = p.field("workspaceFolders").json.array {
            folders = list.compactMap(Server.Folder.init)
        } else if let uri = try p.field("rootUri").optionalString(), let path = DocumentURI.path(uri) {
            folders = [Server.Folder(uri: uri, path: path, name: path)]
        } else if let path = try p.field("rootPath").optionalString(), path.hasPrefix("/") {
            folders = [Server.Folder(uri: DocumentURI.fromPath(path), path: path, name: path)]
        } else {
            folders = []
        }
        let options = p.field("initializationOptions").json
        if let opts = options["copydesk"].object ?? options.object, !opts.isEmpty {
            settings = .object(opts)
        } else {
            settings = nil
        }
    }
}

/// `workspace/didChangeWorkspaceFolders`.
struct DidChangeWorkspaceFolders {
    let added: [Server.Folder]
    let removed: [Server.Folder]
    init(_ p: Params) throws(ResponseError) {
        let event = try p.field("event").object()
        added = (event.field("added").json.array ?? []).compactMap(Server.Folder.init)
        removed = (event.field("removed").json.array ?? []).compactMap(Server.Folder.init)
    }
}

extension Server.Folder {
    /// A `WorkspaceFolder` with a `file:` URI; nil for anything else (other schemes are not ours to read).
    init?(_ json: JSONValue) {
        guard let uri = json["uri"].string, let path = DocumentURI.path(uri) else { return nil }
        self.init(uri: uri, path: path, name: json["name"].string ?? path)
    }
}

extension Server {
    static let semanticTokenTypes = ["class", "macro", "string", "keyword"]
    static let semanticTokenModifiers = ["declaration"]

    func initialize(_ p: InitializeParams) -> JSONValue {
        client = p.capabilities
        encoding = PositionEncoding.negotiate(client.positionEncodings)
        if let t = p.trace { trace = t }
        if let settings = p.settings { clientSettings = settings }
        folders = p.folders
        lifecycle = .running
        // Index-dependent answers wait for the first index (an answer before it would flash false errors).
        // A client that never sends `initialized` still gets one: indexing starts after the bound.
        runtime.post(after: Server.indexWaitBound) { s in s.startIndexingIfNeverStarted() }

        var caps: [String: JSONValue] = [
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "hoverProvider": true,
            "definitionProvider": true,
            "declarationProvider": true,
            "referencesProvider": true,
            "documentHighlightProvider": true,
            "renameProvider": client.prepareRename ? ["prepareProvider": true] : true,
            "completionProvider": ["triggerCharacters": ["@", "^"], "resolveProvider": false],
            "codeActionProvider": client.codeActionLiterals
                ? ["codeActionKinds": ["quickfix"], "resolveProvider": false] : true,
            "documentSymbolProvider": true,
            "workspaceSymbolProvider": true,
            "semanticTokensProvider": [
                "legend": [
                    "tokenTypes": .array(Server.semanticTokenTypes.map { .string($0) }),
                    "tokenModifiers": .array(Server.semanticTokenModifiers.map { .string($0) }),
                ],
                "full": true, "range": true,
            ],
            "workspace": ["workspaceFolders": ["supported": true, "changeNotifications": true]],
            "inlayHintProvider": ["resolveProvider": false],
            "codeLensProvider": ["resolveProvider": false],
            "documentLinkProvider": ["resolveProvider": false],
            "executeCommandProvider": ["commands": .array(Commands.all.map { .string($0) })],
        ]
        if client.pullDiagnostics {
            caps["diagnosticProvider"] = [
                "identifier": "copydesk", "interFileDependencies": true, "workspaceDiagnostics": true,
            ]
        }
        return [
            "capabilities": .object(caps), "serverInfo": ["name": "copydesk", "version": .string(Copydesk.version)],
        ]
    }

    func initialized() {
        for f in folders where !fileSystem.isDirectory(f.path) {
            log("workspace folder \(f.path) does not exist or is not a directory; skipped", type: 2)
        }
        registerWatchers()
        if client.configuration {
            requestConfiguration { s in s.startIndexing(s.folders) }
        } else {
            startIndexing(folders)
        }
    }

    // MARK: Configuration

    func folder(containing path: String) -> Folder? { snapshot.folder(containing: path) }

    /// The effective configuration for a document (problems found on the way are logged once).
    func configuration(for id: DocumentID) -> Configuration {
        let (effective, problems) = snapshot.configuration(for: id)
        for p in problems where reportedProblems.insert(p).inserted { log(p, type: 2) }
        return effective
    }

    /// Asks the client for the `copydesk` section; `then` runs once the answer (or an error) is in.
    func requestConfiguration(then: @escaping @Sendable (Server) -> Void) {
        request("workspace/configuration", ["items": [["section": "copydesk"]]]) { s, result, error in
            if error.isNull, let first = result.array?.first {
                var problems: [String] = []
                _ = Settings.apply(first, to: .default, problems: &problems)
                for p in problems { s.log("settings (copydesk): \(p)", type: 2) }
                s.clientSettings = first.isNull ? .null : first
            }
            then(s)
        }
    }

    /// `workspace/didChangeConfiguration`; `section` is the pushed `settings.copydesk` (absent: not pushed).
    func didChangeConfiguration(_ section: JSONValue) {
        let globsBefore = Settings.globs(clientSettings)
        let then: @Sendable (Server) -> Void = { s in
            // Different include/exclude settings select different files: index again.
            if Settings.globs(s.clientSettings) != globsBefore { s.reindexAll() } else { s.relintAll() }
        }
        // A client that answers workspace/configuration is asked again (VS Code pushes its raw settings
        // section here, while its configuration middleware shapes the answer); otherwise the pushed
        // `settings.copydesk` is used.
        if client.configuration {
            requestConfiguration(then: then)
        } else {
            if section.exists { clientSettings = section }
            then(self)
        }
    }

    /// Drops every file that is not open from the index and indexes all folders again.
    /// Like the first index, answers and diagnostics wait for it (the index is partial meanwhile).
    func reindexAll() {
        for id in Array(index.files.keys) where documents[id] == nil { indexRemove(id) }
        indexReady = false
        startIndexing(folders)
    }

    func registerWatchers() {
        guard client.watchedFilesDynamicRegistration, !watchersRegistered else { return }
        watchersRegistered = true
        let watchers: [JSONValue] = ArticleFiles.watchPatterns.map { ["globPattern": .string($0)] }
        request(
            "client/registerCapability",
            [
                "registrations": [
                    [
                        "id": "copydesk-watched-files", "method": "workspace/didChangeWatchedFiles",
                        "registerOptions": ["watchers": .array(watchers)],
                    ]
                ]
            ]
        ) { s, _, error in
            if error.exists { s.log("client refused file watching: \(error["message"].string ?? "")", type: 2) }
        }
    }

    // MARK: Workspace folders

    func didChangeWorkspaceFolders(_ n: DidChangeWorkspaceFolders) {
        let removedPaths = n.removed.map(\.path)
        folders.removeAll { removedPaths.contains($0.path) }
        if !removedPaths.isEmpty {
            for id in Array(index.files.keys) {
                guard documents[id] == nil, let path = DocumentURI.path(id.rawValue) else { continue }
                if LocalFileSystem.isInside(path, roots: removedPaths)
                    && !LocalFileSystem.isInside(path, roots: folders.map(\.path))
                {
                    indexRemove(id)
                }
            }
            relintAll()
        }
        var added: [Folder] = []
        for folder in n.added where !folders.contains(where: { $0.path == folder.path }) {
            folders.append(folder)
            added.append(folder)
        }
        if !added.isEmpty { startIndexing(added) }
    }

    // MARK: Indexing

    /// Indexes `targets` on a background thread, with `$/progress` when the client supports it.
    func startIndexing(_ targets: [Folder]) {
        indexingStarted = true
        let existing = targets.filter { fileSystem.isDirectory($0.path) }
        guard !existing.isEmpty else {
            markIndexReady()
            return
        }
        indexRunsInFlight += 1
        if client.workDoneProgress {
            progressTokens += 1
            let token = JSONValue.string("copydesk/index/\(progressTokens)")
            // Index once the client has created the token; if it never answers, index without progress.
            let once = StopFlag()
            request("window/workDoneProgress/create", ["token": token]) { s, _, error in
                guard once.claim() else { return }
                s.runIndexer(existing, progressToken: error.isNull ? token : nil)
            }
            runtime.post(after: 5) { s in
                guard once.claim() else { return }
                s.runIndexer(existing, progressToken: nil)
            }
        } else {
            runIndexer(existing, progressToken: nil)
        }
    }

    func runIndexer(_ targets: [Folder], progressToken: JSONValue?) {
        let fs = fileSystem
        let sink = sink
        let stop = stopFlag
        let clientGlobs = Settings.globs(clientSettings)
        let runtime = self.runtime
        runtime.background {
            let started = Date()
            @Sendable func progress(_ value: JSONValue) {
                if let progressToken {
                    sink.send(OutgoingMessage.notification("$/progress", ["token": progressToken, "value": value]))
                }
            }
            progress([
                "kind": "begin", "title": "Indexing articles", "cancellable": false, "message": "discovering files",
                "percentage": 0,
            ])
            var paths: [(String, ArticleKind)] = []
            var problems: [String] = []
            for f in targets {
                let found = fs.discover(root: f.path)
                problems += found.problems
                for p in found.files {
                    if let g = clientGlobs, let rel = Paths.relative(p, to: f.path), !g.selects(rel) { continue }
                    if let k = ArticleKind.forPath(p) { paths.append((p, k)) }
                }
            }
            let discoveryProblems = problems
            let total = paths.count
            let allPaths = paths
            let chunk = 64
            let chunks = Array(0..<((total + chunk - 1) / chunk))
            // Files done and the count last reported: at most ~every 2%, in increasing order (the check and
            // the send share one lock).
            let reported = Locked((done: 0, last: 0))
            let step = max(chunk, total / 50)
            let roots = targets.map(\.path)
            // Each chunk's summaries are merged on the main loop as soon as they are parsed, while the workers
            // parse the next ones (the merge was a serial second phase: a sixth of the CPU at 100k articles).
            // Until the run ends (`finishIndexing`), requests that need the index still wait.
            let parsed = concurrentMap(chunks) { c -> (summaries: [FileSummary], unreadable: [String]) in
                var out: (summaries: [FileSummary], unreadable: [String]) = ([], [])
                if stop.isSet { return out }
                let range = (c * chunk)..<min(total, (c + 1) * chunk)
                for i in range {
                    let (path, kind) = allPaths[i]
                    // Read and decoded once (BOM dropped, invalid UTF-8 repaired), as the editor will see it.
                    guard case .success(let text) = fs.readArticle(path: path) else {
                        out.unreadable.append(path)
                        continue
                    }
                    let syntax = ArticleParser.parse(text, kind: kind)
                    out.summaries.append(FileSummary(syntax: syntax, document: DocumentID(DocumentURI.fromPath(path))))
                }
                let summaries = out.summaries
                runtime.post { s in s.mergeIndexed(summaries, from: roots) }
                reported.withLock { r in
                    r.done += range.count
                    guard r.done - r.last >= step else { return }
                    r.last = r.done
                    progress([
                        "kind": "report", "message": .string("\(r.done)/\(total) files"),
                        "percentage": .int(total == 0 ? 100 : r.done * 100 / total),
                    ])
                }
                return out
            }
            let found = parsed.reduce(0) { $0 + $1.summaries.count }
            let unreadable = parsed.flatMap(\.unreadable)
            let stopped = stop.isSet
            // `end` is sent from the main loop once the summaries are merged: after it, requests see the whole index.
            runtime.post { s in
                for p in discoveryProblems.prefix(20) { s.log(p, type: 2) }
                if let first = unreadable.first {
                    s.log(
                        "could not read \(unreadable.count) article(s), skipped: \(first)\(unreadable.count > 1 ? " …" : "")",
                        type: 2)
                }
                s.finishIndexing(stopped: stopped)
                let seconds = Date().timeIntervalSince(started)
                progress([
                    "kind": "end",
                    "message": .string(
                        "Indexed \(found) of \(total) files in \(CopydeskFiles.twoDecimals(seconds)) s"),
                ])
            }
        }
    }

    /// Merges summaries an index run parsed (of files under `roots`): not over open documents or files changed
    /// (watched) while the run was going, and not from a folder removed meanwhile.
    func mergeIndexed(_ summaries: [FileSummary], from roots: [String]) {
        let current = folders.map(\.path)
        let folderRemoved = !roots.allSatisfy(current.contains)  // then each file is checked
        for s in summaries where documents[s.document] == nil && !touchedWhileIndexing.contains(s.document) {
            if folderRemoved {
                guard let path = DocumentURI.path(s.document.rawValue), LocalFileSystem.isInside(path, roots: current)
                else { continue }
            }
            indexReplace(s)
        }
    }

    /// An index run ended (its summaries are merged): the first one makes the index ready.
    func finishIndexing(stopped: Bool) {
        indexRunsInFlight -= 1
        if indexRunsInFlight == 0 { touchedWhileIndexing = [] }
        guard !stopped else {
            if indexRunsInFlight == 0 { markIndexReady() }
            return
        }
        indexedFileCount = index.documentCount
        if indexRunsInFlight == 0 && !indexReady { markIndexReady() } else { relintAll() }
    }

    /// Shutdown: the requests still waiting for the first index, and the pulls held open, are answered with
    /// ServerCancelled (the client is told not to ask again).
    func answerWaitingRequestsAtShutdown() {
        let waiting = waitingForIndex.map(\.0) + pulls.takeHeld().map(\.id)
        waitingForIndex = []
        for id in waiting {
            respond(
                id,
                error: ResponseError(
                    ErrorCode.serverCancelled, "the server shut down before it had an answer",
                    data: ["retriggerRequest": false]))
            cancellations.forget(id)
        }
    }

    /// How long a request waits for the first index (seconds).
    static let indexWaitBound: Double = 10

    /// A request has waited `indexWaitBound` for the index and is still waiting: it is answered −32802
    /// ServerCancelled with `retriggerRequest: true` (ask again), never computed from a partial index.
    func indexWaitExpired(_ id: RequestID) {
        guard let i = waitingForIndex.firstIndex(where: { $0.0 == id }) else { return }
        waitingForIndex.remove(at: i)
        respond(
            id,
            error: ResponseError(
                ErrorCode.serverCancelled,
                "the workspace index is not ready yet (\(index.documentCount) files indexed so far); ask again",
                data: ["retriggerRequest": true]))
        cancellations.forget(id)
    }

    /// The bound after `initialize` passed and indexing never started (a client that never sent
    /// `initialized`): start it, so waiting requests are answered from the whole workspace once it lands.
    func startIndexingIfNeverStarted() {
        guard !indexReady, !indexingStarted else { return }
        startIndexing(folders)
    }

    /// The first index is in: analyse and publish the open documents, then answer the requests that waited
    /// for it.
    func markIndexReady() {
        guard !indexReady else { return }
        indexReady = true
        relintAll()
        let waiting = waitingForIndex
        waitingForIndex = []
        for (id, method, params) in waiting { handleRequest(id, method, params) }
    }
}
