import Foundation
import CopydeskCore

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
                if let path = DocumentURI.path(uri) { fs.append(Folder(uri: uri, path: path, name: f["name"].string ?? path)) }
            }
        } else if let uri = p["rootUri"].string, let path = DocumentURI.path(uri) {
            fs.append(Folder(uri: uri, path: path, name: path))
        } else if let path = p["rootPath"].string, path.hasPrefix("/") {
            fs.append(Folder(uri: DocumentURI.fromPath(path), path: path, name: path))
        }
        if let opts = p["initializationOptions"]["copydesk"].object ?? p["initializationOptions"].object, !opts.isEmpty {
            clientSettings = .object(opts)
        }
        folders = fs
        lifecycle = .running

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
            "codeActionProvider": client.codeActionLiterals ? ["codeActionKinds": ["quickfix"], "resolveProvider": false] : true,
            "documentSymbolProvider": true,
            "workspaceSymbolProvider": true,
            "semanticTokensProvider": [
                "legend": ["tokenTypes": .array(Server.semanticTokenTypes.map { .string($0) }),
                           "tokenModifiers": .array(Server.semanticTokenModifiers.map { .string($0) })],
                "full": true, "range": true,
            ],
            "workspace": ["workspaceFolders": ["supported": true, "changeNotifications": true]],
        ]
        if client.pullDiagnostics {
            caps["diagnosticProvider"] = ["identifier": "copydesk", "interFileDependencies": true, "workspaceDiagnostics": true]
        }
        return ["capabilities": .object(caps), "serverInfo": ["name": "copydesk", "version": .string(Copydesk.version)]]
    }

    func initialized(_ p: JSONValue) {
        for f in folders {
            loadFolderConfiguration(f)
            if !fileSystem.isDirectory(f.path) { log("workspace folder \(f.path) does not exist or is not a directory; skipped", type: 2) }
        }
        registerWatchers()
        if client.configuration {
            requestConfiguration { s in s.startIndexing(s.folders) }
        } else {
            startIndexing(folders)
        }
    }

    // MARK: Configuration

    func loadFolderConfiguration(_ f: Folder) {
        var problems: [String] = []
        folderConfigurations[f.path] = Settings.fromFile(fileSystem.configurationFile(root: f.path), problems: &problems)
        for p in problems { log("\(f.path)/.copydesk.json: \(p)", type: 2) }
    }

    /// The effective configuration for a document: its folder's `.copydesk.json`, then client settings.
    func configuration(for id: DocumentID) -> Configuration {
        let path = DocumentURI.path(id.rawValue)
        let folder = path.flatMap { p in folders.filter { LocalFileSystem.isInside(p, roots: [$0.path]) }.max { $0.path.count < $1.path.count } }
        let base = folder.flatMap { folderConfigurations[$0.path] } ?? .default
        var problems: [String] = []
        return Settings.apply(clientSettings, to: base, problems: &problems)
    }

    func folderConfiguration(_ f: Folder) -> Configuration {
        var problems: [String] = []
        return Settings.apply(clientSettings, to: folderConfigurations[f.path] ?? .default, problems: &problems)
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
        if section.exists {
            clientSettings = section
            relintAll()
        } else if client.configuration {
            requestConfiguration { s in s.relintAll() }
        } else {
            relintAll()
        }
    }

    func registerWatchers() {
        guard client.watchedFilesDynamicRegistration, !watchersRegistered else { return }
        watchersRegistered = true
        let patterns = ["**/*.news.md", "**/*.md", "**/*.txt", "**/.copydesk.json"]
        let watchers: [JSONValue] = patterns.map { ["globPattern": .string($0)] }
        request("client/registerCapability", ["registrations": [[
            "id": "copydesk-watched-files", "method": "workspace/didChangeWatchedFiles",
            "registerOptions": ["watchers": .array(watchers)],
        ]]]) { s, _, error in
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
            folderConfigurations[path] = nil
            removedPaths.append(path)
        }
        if !removedPaths.isEmpty {
            for id in Array(index.files.keys) {
                guard documents[id] == nil, let path = DocumentURI.path(id.rawValue) else { continue }
                if LocalFileSystem.isInside(path, roots: removedPaths) && !LocalFileSystem.isInside(path, roots: folders.map(\.path)) {
                    indexRemove(id)
                }
            }
            relintAll()
        }
        var added: [Folder] = []
        for f in event["added"].array ?? [] {
            guard let uri = f["uri"].string, let path = DocumentURI.path(uri), !folders.contains(where: { $0.path == path }) else { continue }
            let folder = Folder(uri: uri, path: path, name: f["name"].string ?? path)
            folders.append(folder)
            loadFolderConfiguration(folder)
            added.append(folder)
        }
        if !added.isEmpty { startIndexing(added) }
    }

    // MARK: Indexing

    /// Indexes `targets` on a background thread, with `$/progress` when the client supports it.
    func startIndexing(_ targets: [Folder]) {
        let existing = targets.filter { fileSystem.isDirectory($0.path) }
        guard !existing.isEmpty else { return }
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
        let fs = fileSystem, sink = sink, stop = stopFlag
        let configs = targets.map { folderConfiguration($0) }
        runtime.background {
            let started = Date()
            @Sendable func progress(_ value: JSONValue) {
                if let progressToken { sink.send(OutgoingMessage.notification("$/progress", ["token": progressToken, "value": value])) }
            }
            progress(["kind": "begin", "title": "Indexing articles", "cancellable": false, "message": "discovering files", "percentage": 0])
            var paths: [(String, ArticleKind)] = []
            for (i, f) in targets.enumerated() {
                for p in fs.discover(root: f.path, configuration: configs[i]) {
                    if let k = ArticleKind.forPath(p) { paths.append((p, k)) }
                }
            }
            let total = paths.count
            let allPaths = paths
            var summaries = [FileSummary?](repeating: nil, count: total)
            let chunk = 64
            let chunks = (total + chunk - 1) / chunk
            let done = AtomicCounter()
            let lastReported = AtomicCounter()
            summaries.withUnsafeMutableBufferPointer { out in
                let outPtr = UnsafeMutableSendablePointer(out.baseAddress)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    if stop.isSet { return }
                    for i in (c * chunk)..<min(total, (c + 1) * chunk) {
                        let (path, kind) = allPaths[i]
                        guard let bytes = fs.readDiscovered(path: path) else { continue }
                        let syntax = ArticleParser.parse(SourceText(decoding: bytes), kind: kind)
                        outPtr.base![i] = FileSummary(syntax: syntax, document: DocumentID(DocumentURI.fromPath(path)))
                    }
                    let n = done.add(min(total, (c + 1) * chunk) - c * chunk)
                    // Report at most ~every 2%.
                    let step = max(chunk, total / 50)
                    if n - lastReported.value >= step, lastReported.setIfGreater(n) {
                        progress(["kind": "report", "message": .string("\(n)/\(total) files"),
                                  "percentage": .int(total == 0 ? 100 : n * 100 / total)])
                    }
                }
            }
            let found = summaries.compactMap { $0 }
            let result = found
            let stopped = stop.isSet
            // `end` is sent from the main loop once the summaries are merged: after it, requests see the whole index.
            self.runtime.post { s in
                s.finishIndexing(result, stopped: stopped)
                let seconds = Date().timeIntervalSince(started)
                progress(["kind": "end", "message": .string("Indexed \(found.count) of \(total) files in \(String(format: "%.2f", seconds)) s")])
            }
        }
    }

    func finishIndexing(_ summaries: [FileSummary], stopped: Bool) {
        indexRunsInFlight -= 1
        let touched = touchedWhileIndexing
        if indexRunsInFlight == 0 { touchedWhileIndexing = [] }
        guard !stopped else { return }
        for s in summaries where documents[s.document] == nil && !touched.contains(s.document) {
            indexReplace(s)
        }
        indexedFileCount = index.documentCount
        relintAll()
    }
}

/// True for the first caller of `claim()` only.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false
    func claim() -> Bool { lock.lock(); defer { lock.unlock() }; if claimed { return false }; claimed = true; return true }
}

/// A lock-protected counter for progress reports from concurrent workers.
final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var v = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return v }
    func add(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; v += n; return v }
    func setIfGreater(_ n: Int) -> Bool { lock.lock(); defer { lock.unlock() }; if n > v { v = n; return true }; return false }
}

/// Lets concurrent workers write disjoint slots of one buffer.
struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>?
    init(_ b: UnsafeMutablePointer<T>?) { base = b }
}

