import CopydeskCore
import CopydeskFiles
import CopydeskTestSupport
import Foundation
import Synchronization

@testable import CopydeskLSP

/// An in-memory workspace: path → bytes. Implements the server's whole view of the disk.
final class MemoryFileSystem: WorkspaceFileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    init(_ files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }
    func set(_ path: String, _ text: String?) {
        lock.lock()
        files[path] = text.map { Array($0.utf8) }
        lock.unlock()
    }
    func setBytes(_ path: String, _ bytes: [UInt8]) {
        lock.lock()
        files[path] = bytes
        lock.unlock()
    }
    /// `.copydesk.json` at the root only; globs relative to the root (CopydeskFiles' Glob semantics).
    func rootConfiguration(_ root: String) -> (Configuration, [String]) {
        guard let bytes = lock.withLock({ files[root + "/.copydesk.json"] }) else { return (.default, []) }
        do { return (try ConfigurationLoader.parse(bytes, path: root + "/.copydesk.json").configuration, []) } catch {
            return (.default, [error.description])
        }
    }
    func discover(root: String) -> (files: [String], problems: [String]) {
        let (config, problems) = rootConfiguration(root)
        let globs = GlobSet(include: config.include, exclude: config.exclude)
        let paths = lock.withLock { Array(files.keys) }
        return (
            paths.filter {
                $0.hasPrefix(root + "/") && ArticleKind.forPath($0) != nil
                    && globs.selects(String($0.dropFirst(root.count + 1)))
            }.sorted(),
            problems
        )
    }
    func isSelected(path: String, root: String) -> Bool {
        let config = rootConfiguration(root).0
        return path.hasPrefix(root + "/")
            && GlobSet(include: config.include, exclude: config.exclude).selects(String(path.dropFirst(root.count + 1)))
    }
    func configuration(forFile path: String, root: String) -> (Configuration, [String]) { rootConfiguration(root) }
    func configurationChanged() {}
    func read(path: String, roots: [String]) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard LocalFileSystem.isInside(path, roots: roots), let b = files[path], !b.prefix(8192).contains(0) else {
            return nil
        }
        return b
    }
    func readDiscovered(path: String) -> [UInt8]? { read(path: path, roots: ["/"]) }
    func isDirectory(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return files.keys.contains { $0.hasPrefix(path + "/") }
    }
}

/// Client capabilities shaped like VS Code's (the parts the server reads), with a switchable encoding.
func clientCapabilities(
    utf8: Bool = false, pull: Bool = false, markdown: Bool = true, documentChanges: Bool = true,
    progress: Bool = true
) -> JSONValue {
    var td: [String: JSONValue] = [
        "hover": ["contentFormat": markdown ? ["markdown", "plaintext"] : ["plaintext"]],
        "completion": ["completionItem": ["documentationFormat": ["markdown", "plaintext"], "snippetSupport": true]],
        "documentSymbol": ["hierarchicalDocumentSymbolSupport": true],
        "rename": ["prepareSupport": true],
        "publishDiagnostics": ["relatedInformation": true, "tagSupport": ["valueSet": [1, 2]]],
        "codeAction": ["codeActionLiteralSupport": ["codeActionKind": ["valueSet": ["quickfix"]]]],
        "semanticTokens": ["multilineTokenSupport": false],
    ]
    if pull { td["diagnostic"] = ["dynamicRegistration": false, "relatedDocumentSupport": false] }
    return [
        "general": ["positionEncodings": utf8 ? ["utf-8", "utf-16"] : ["utf-16"]],
        "window": ["workDoneProgress": .bool(progress)],
        "workspace": [
            "configuration": true, "workspaceFolders": true,
            "workspaceEdit": ["documentChanges": .bool(documentChanges)],
            "didChangeWatchedFiles": ["dynamicRegistration": true], "diagnostics": ["refreshSupport": true],
        ],
        "textDocument": .object(td),
    ]
}

/// Drives a `Server` in-process, synchronously: every message is handled before `send` returns.
/// Server→client requests are answered at once (configuration with `settings`, others with null).
final class TestClient {
    static let root = "/ws"
    let sink = CollectingSink()
    let runtime: any TestRuntime
    let fs: MemoryFileSystem
    let server: Server
    var settings: JSONValue = .null
    /// Every message the server sent, in order.
    private(set) var received: [JSONValue] = []
    private var nextID = 1
    let fixtures: [String: Fixture]

    /// `files`: relative path → marked text. `open`: which to open (default: all); the rest stay on disk.
    init(
        _ files: [String: String], open: [String]? = nil, capabilities: JSONValue = clientCapabilities(),
        settings: JSONValue = .null, initialize: Bool = true, deferBackground: Bool = false
    ) {
        runtime = deferBackground ? ManualRuntime() : InlineRuntime()
        fixtures = files.mapValues(Fixture.init)
        fs = MemoryFileSystem(
            Dictionary(uniqueKeysWithValues: fixtures.map { ("\(TestClient.root)/\($0.key)", $0.value.text) }))
        server = Server(sink: sink, runtime: runtime, fileSystem: fs)
        self.settings = settings
        guard initialize else { return }
        _ = request(
            "initialize",
            [
                "processId": .null, "rootUri": .string(DocumentURI.fromPath(TestClient.root)),
                "workspaceFolders": [["uri": .string(DocumentURI.fromPath(TestClient.root)), "name": "ws"]],
                "capabilities": capabilities,
            ])
        notify("initialized", [:])
        for path in (open ?? Array(files.keys)).sorted() { openDocument(path) }
    }

    static func uri(_ path: String) -> String { DocumentURI.fromPath("\(root)/\(path)") }

    func openDocument(_ path: String, text: String? = nil) {
        notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(TestClient.uri(path)), "languageId": "markdown", "version": 1,
                    "text": .string(text ?? fixtures[path]!.text),
                ]
            ])
    }

    func notify(_ method: String, _ params: JSONValue) {
        server.receive(["jsonrpc": "2.0", "method": .string(method), "params": params])
        pump()
    }

    /// Sends a request; returns the whole response message ({result} or {error}).
    @discardableResult
    func request(_ method: String, _ params: JSONValue) -> JSONValue {
        let id = nextID
        nextID += 1
        server.receive(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        pump()
        return received.last { $0["id"] == .int(id) && $0["method"].isNull } ?? .null
    }

    func result(_ method: String, _ params: JSONValue) -> JSONValue { request(method, params)["result"] }

    /// Sends a request without expecting an answer yet (it may wait for the index, or be held open).
    func send(_ method: String, _ params: JSONValue) -> Int {
        let id = nextID
        nextID += 1
        server.receive(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        pump()
        return id
    }

    /// Every response to request `id` received so far (a correct server sends exactly one).
    func responses(_ id: Int) -> [JSONValue] { received.filter { $0["id"] == .int(id) && $0["method"].isNull } }

    /// Cancels request `id` as the reader thread and then the main loop would.
    func cancel(_ id: Int) {
        server.cancellations.cancel(.int(id))
        notify("$/cancelRequest", ["id": .int(id)])
    }

    /// Runs the background work and main-loop tasks a `deferBackground` client held back, until none is left.
    func runBackground() {
        while let manual = runtime as? ManualRuntime, manual.runJobs() {
            server.runPostedTasks()
            pump()
        }
        server.runPostedTasks()
        pump()
    }

    private func pump() {
        while true {
            let batch = sink.drain()
            if batch.isEmpty { return }
            for m in batch {
                received.append(m)
                if let method = m["method"].string, m["id"].exists {
                    let answer: JSONValue = method == "workspace/configuration" ? [settings] : .null
                    server.receive(["jsonrpc": "2.0", "id": m["id"], "result": answer])
                }
            }
        }
    }

    func notifications(_ method: String) -> [JSONValue] {
        received.filter { $0["method"].string == method && $0["id"].isNull }
    }
    func clearReceived() { received = [] }

    /// The latest published diagnostics for `path`.
    func diagnostics(_ path: String) -> [JSONValue] {
        notifications("textDocument/publishDiagnostics").last { $0["params"]["uri"].string == TestClient.uri(path) }?[
            "params"]["diagnostics"].array ?? []
    }

    /// The LSP position of `marker` in `path` under the negotiated encoding.
    func position(_ path: String, _ marker: String = "1️⃣") -> JSONValue {
        let f = fixtures[path]!
        return server.encoding.position(of: f.offset(marker), in: f.source)
    }

    func positionParams(_ path: String, _ marker: String = "1️⃣") -> JSONValue {
        ["textDocument": ["uri": .string(TestClient.uri(path))], "position": position(path, marker)]
    }

    /// An LSP range JSON → "path@start..<end" in UTF-8 offsets of the fixture (for comparisons).
    func describe(uri: String, range: JSONValue) -> String {
        let path = String((DocumentURI.path(uri) ?? uri).dropFirst(TestClient.root.count + 1))
        guard let f = fixtures[path] else { return "\(path)@?" }
        let s = server.encoding.offset(
            line: range["start"]["line"].int!, character: range["start"]["character"].int!, in: f.source)
        let e = server.encoding.offset(
            line: range["end"]["line"].int!, character: range["end"]["character"].int!, in: f.source)
        return "\(path)@\(s)..<\(e)"
    }

    /// The marked ranges of `marker` across all fixtures, described like `describe`.
    func marked(_ marker: String) -> Set<String> {
        var out = Set<String>()
        for (path, f) in fixtures { for r in f.ranges(marker) { out.insert("\(path)@\(r.start)..<\(r.end)") } }
        return out
    }
}

/// A runtime for the test client.
protocol TestRuntime: ServerRuntime {}

extension InlineRuntime: TestRuntime {}

/// Holds background work and posted tasks until the test runs them: the server's state between a
/// request and the index landing can be observed deterministically.
final class ManualRuntime: TestRuntime {
    private let jobs = Mutex<[@Sendable () -> Void]>([])
    private let tasks = Mutex<[@Sendable (Server) -> Void]>([])
    func background(_ work: @escaping @Sendable () -> Void) { jobs.withLock { $0.append(work) } }
    func post(_ task: @escaping @Sendable (Server) -> Void) { tasks.withLock { $0.append(task) } }
    func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void) {}
    /// Tasks are handed to the server only once the test has run the jobs (`runJobs`).
    private let released = Mutex(false)
    func takePosted() -> [@Sendable (Server) -> Void] {
        guard released.withLock({ $0 }) else { return [] }
        return tasks.withLock {
            let t = $0
            $0 = []
            return t
        }
    }
    /// Runs the held jobs (and lets posted tasks through from now on); false when there were none.
    func runJobs() -> Bool {
        released.withLock { $0 = true }
        let batch = jobs.withLock {
            let j = $0
            $0 = []
            return j
        }
        for j in batch { j() }
        return !batch.isEmpty
    }
}
