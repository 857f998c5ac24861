import CopydeskCore
import CopydeskFiles
import Foundation

extension Server {
    static let semanticTokenTypes = ["class", "macro", "string", "keyword"]
    static let semanticTokenModifiers = ["declaration"]

    func initialize(_ p: JSONValue) throws(ResponseError) -> JSONValue {
        guard case .object = p else { throw .invalidParams("initialize expects InitializeParams (an object)") }
        client = ClientCapabilities(p["capabilities"])
        encoding = PositionEncoding.negotiate(client.positionEncodings)
        if let t = p["trace"].string { trace = t }
        var fs: [Folder] = []
        if let list = p["workspaceFolders"].array {
            for f in list {
                guard let uri = f["uri"].string else { continue }
                if let path = DocumentURI.path(uri) {
                    fs.append(Folder(uri: uri, path: path, name: f["name"].string ?? path))
                }
            }
        } else if let uri = p["rootUri"].string, let path = DocumentURI.path(uri) {
            fs.append(Folder(uri: uri, path: path, name: path))
        } else if let path = p["rootPath"].string, path.hasPrefix("/") {
            fs.append(Folder(uri: DocumentURI.fromPath(path), path: path, name: path))
        }
        if let opts = p["initializationOptions"]["copydesk"].object ?? p["initializationOptions"].object, !opts.isEmpty
        {
            clientSettings = .object(opts)
        }
        folders = fs
        lifecycle = .running
        // Pulled diagnostics wait for the first index (an answer before it would flash false errors); never
        // longer than this, whatever the client does (even one that never sends `initialized`).
        runtime.post(after: 10) { s in s.markIndexReady() }

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

    func initialized(_ p: JSONValue) {
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

    /// The workspace folder holding `path` (the innermost, when folders nest).
    func folder(containing path: String) -> Folder? {
        folders.filter { LocalFileSystem.isInside(path, roots: [$0.path]) }.max { $0.path.count < $1.path.count }
    }

    /// The effective configuration for a document: the `.copydesk.json` governing it, then client settings.
    func configuration(for id: DocumentID) -> Configuration {
        var problems: [String] = []
        var base = Configuration.default
        if let path = DocumentURI.path(id.rawValue), let f = folder(containing: path) {
            let (c, p) = fileSystem.configuration(forFile: path, root: f.path)
            base = c
            problems += p
        }
        let effective = Settings.apply(clientSettings, to: base, problems: &problems)
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

    func didChangeConfiguration(_ p: JSONValue) {
        let section = p["settings"]["copydesk"]
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
    func reindexAll() {
        for id in Array(index.files.keys) where documents[id] == nil { indexRemove(id) }
        relintAll()
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

    func didChangeWorkspaceFolders(_ p: JSONValue) throws(ResponseError) {
        let event = p["event"]
        guard event.exists else { throw .invalidParams("expected {event: {added, removed}}") }
        var removedPaths: [String] = []
        for f in event["removed"].array ?? [] {
            guard let uri = f["uri"].string, let path = DocumentURI.path(uri) else { continue }
            folders.removeAll { $0.path == path }
            removedPaths.append(path)
        }
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
        for f in event["added"].array ?? [] {
            guard let uri = f["uri"].string, let path = DocumentURI.path(uri),
                !folders.contains(where: { $0.path == path })
            else { continue }
            let folder = Folder(uri: uri, path: path, name: f["name"].string ?? path)
            folders.append(folder)
            added.append(folder)
        }
        if !added.isEmpty { startIndexing(added) }
    }

    // MARK: Indexing

    /// Indexes `targets` on a background thread, with `$/progress` when the client supports it.
    func startIndexing(_ targets: [Folder]) {
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
            let once = OnceFlag()
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
            var summaries = [FileSummary?](repeating: nil, count: total)
            let chunk = 64
            let chunks = (total + chunk - 1) / chunk
            let done = AtomicCounter()
            let lastReported = AtomicCounter()
            var failures = [FileReadError?](repeating: nil, count: total)
            failures.withUnsafeMutableBufferPointer { failed in
                let failedPtr = UnsafeMutableSendablePointer(failed.baseAddress)
                summaries.withUnsafeMutableBufferPointer { out in
                    let outPtr = UnsafeMutableSendablePointer(out.baseAddress)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        if stop.isSet { return }
                        for i in (c * chunk)..<min(total, (c + 1) * chunk) {
                            let (path, kind) = allPaths[i]
                            let text: SourceText
                            switch fs.readArticle(path: path) {
                            case .success(let t): text = t
                            case .failure(let e):
                                failedPtr.base![i] = e
                                continue
                            }
                            let syntax = ArticleParser.parse(text, kind: kind)
                            outPtr.base![i] = FileSummary(
                                syntax: syntax, document: DocumentID(DocumentURI.fromPath(path)))
                        }
                        let n = done.add(min(total, (c + 1) * chunk) - c * chunk)
                        // Report at most ~every 2%, in increasing order (the check and the send share one lock).
                        let step = max(chunk, total / 50)
                        lastReported.ifAtLeast(step, beyondLastTo: n) {
                            progress([
                                "kind": "report", "message": .string("\(n)/\(total) files"),
                                "percentage": .int(total == 0 ? 100 : n * 100 / total),
                            ])
                        }
                    }
                }
            }
            // A file the indexer skips is said in the log, never silently dropped.
            let skipped = failures.compactMap { $0 }
            let readProblems =
                skipped.prefix(20).map { "not indexed: \($0.description)" }
                + (skipped.count > 20 ? ["not indexed: \(skipped.count - 20) more files"] : [])
            let found = summaries.compactMap { $0 }
            let result = found
            let stopped = stop.isSet
            // `end` is sent from the main loop once the summaries are merged: after it, requests see the whole index.
            self.runtime.post { s in
                for p in discoveryProblems.prefix(20) + readProblems { s.log(p, type: 2) }
                s.finishIndexing(result, stopped: stopped)
                let seconds = Date().timeIntervalSince(started)
                progress([
                    "kind": "end",
                    "message": .string(
                        "Indexed \(found.count) of \(total) files in \(String(format: "%.2f", seconds)) s"),
                ])
            }
        }
    }

    func finishIndexing(_ summaries: [FileSummary], stopped: Bool) {
        indexRunsInFlight -= 1
        let touched = touchedWhileIndexing
        if indexRunsInFlight == 0 { touchedWhileIndexing = [] }
        guard !stopped else {
            if indexRunsInFlight == 0 { markIndexReady() }
            return
        }
        let roots = folders.map(\.path)
        for s in summaries where documents[s.document] == nil && !touched.contains(s.document) {
            // A folder removed while it was being indexed stays out.
            guard let path = DocumentURI.path(s.document.rawValue), LocalFileSystem.isInside(path, roots: roots) else {
                continue
            }
            indexReplace(s)
        }
        indexedFileCount = index.documentCount
        relintAll()
        if indexRunsInFlight == 0 { markIndexReady() }
    }

    /// Shutdown before the first index: the pulls still waiting are answered with ServerCancelled (their
    /// diagnostics would lack the workspace's definitions; the client is told not to ask again).
    func cancelPullsWaitingForIndex() {
        let waiting = pullsWaitingForIndex
        pullsWaitingForIndex = []
        for (id, _, _) in waiting {
            respond(
                id,
                error: ResponseError(
                    ErrorCode.serverCancelled, "the server shut down before the workspace was indexed",
                    data: ["retriggerRequest": false]))
            cancellations.forget(id)
        }
    }

    /// The first index is in: answer the pulls that waited for it.
    func markIndexReady() {
        guard !indexReady else { return }
        indexReady = true
        let waiting = pullsWaitingForIndex
        pullsWaitingForIndex = []
        for (id, method, params) in waiting { handleRequest(id, method, params) }
    }
}

/// True for the first caller of `claim()` only.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false
    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}

/// A lock-protected counter for progress reports from concurrent workers.
final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var v = 0
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return v
    }
    func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        v += n
        return v
    }
    /// Runs `body` (under the lock) and records `n` when `n` is at least `step` beyond the last recorded value.
    func ifAtLeast(_ step: Int, beyondLastTo n: Int, _ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if n - v >= step {
            v = n
            body()
        }
    }
}

/// Lets concurrent workers write disjoint slots of one buffer.
struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>?
    init(_ b: UnsafeMutablePointer<T>?) { base = b }
}
