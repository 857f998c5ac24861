import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The language server's state machine. Runs on one thread (the main loop): messages are handled one
/// at a time in arrival order, so edits apply in order and every read sees the latest text. Work that
/// may take long (indexing folders, workspace-wide diagnostics) runs on a background thread against
/// immutable snapshots and posts its result back to the main loop.
public final class Server {
    enum Lifecycle { case uninitialized, running, shutDown }

    public struct Folder: Sendable, Hashable {
        public let uri: String
        public let path: String
        public let name: String
    }

    let sink: MessageSink
    let runtime: ServerRuntime
    let fileSystem: WorkspaceFileSystem
    public let cancellations: CancellationRegistry
    let stopFlag = StopFlag()

    var lifecycle = Lifecycle.uninitialized
    public internal(set) var client = ClientCapabilities()
    public internal(set) var encoding = PositionEncoding.utf16
    var trace = "off"
    public internal(set) var folders: [Folder] = []
    public internal(set) var documents = DocumentStore()
    public internal(set) var index = WorkspaceIndex()
    /// The client's `copydesk` settings, applied over each file's `.copydesk.json` configuration.
    var clientSettings: JSONValue = .null
    /// Configuration problems already logged (each is logged once).
    var reportedProblems = Set<String>()
    /// Pending server→client requests.
    var pending: [String: @Sendable (Server, JSONValue, JSONValue) -> Void] = [:]
    var nextOutgoingID = 1
    var progressTokens = 0
    /// Index runs in flight, and documents changed (watched files) while one ran: the run must not overwrite them.
    var indexRunsInFlight = 0
    /// False until the first workspace index is merged; until then
    /// diagnostics are not published and the requests in `waitsForIndex` wait, in `waitingForIndex`.
    var indexReady = false
    /// An index run was started (by `initialized`, a folder change, a re-index, or the bound after `initialize`).
    var indexingStarted = false
    var waitingForIndex: [(RequestID, String, JSONValue)] = []
    var touchedWhileIndexing = Set<DocumentID>()
    var watchersRegistered = false
    /// Set when `exit` arrives: the process exit code.
    public internal(set) var exitCode: Int32? = nil
    /// Diagnostics last published per document (to clear them on close).
    var published = Set<DocumentID>()
    /// For a document published in segments, what each segment's findings were written as (reused while unchanged).
    var publishedSegments: [DocumentID: PublishedSegments] = [:]
    /// Counts re-analyses per document (tests check that typing in one article leaves the others alone).
    public internal(set) var analysisCount: [DocumentID: Int] = [:]
    public internal(set) var indexedFileCount = 0
    /// Files on disk analysed for `workspace/diagnostic` (tests check that unchanged pulls analyse nothing).
    public internal(set) var workspaceAnalysisCount = 0
    /// Changes whenever the definitions anywhere in the index change (or the configuration is reloaded): an open
    /// document's segment analyses computed under another value are redone (`OpenDocument.analyzed`).
    var definitionsGeneration = 0
    /// Analyses of more bytes than this run on a worker (`Server.defaultBackgroundAnalysisThreshold`; tests lower
    /// it together with the documents' segmentation policy, to take that path with a small article).
    var backgroundAnalysisThreshold = Server.defaultBackgroundAnalysisThreshold
    /// Large documents being analysed in the background, and those edited meanwhile.
    var analysesRunning = Set<DocumentID>()
    var analysesStale = Set<DocumentID>()
    /// Result ids of files on disk and workspace pulls held open (`workspace/diagnostic`).
    var pulls = WorkspacePulls()
    /// Baselines read and decisions made in the editor (`Features/Decisions.swift`).
    let decisions = WorkspaceDecisions()

    /// What request handlers read: the current state as one immutable value.
    public var snapshot: Snapshot {
        Snapshot(
            documents: documents, index: index, encoding: encoding, client: client,
            folders: folders, clientSettings: clientSettings, fileSystem: fileSystem, decisions: decisions)
    }

    public init(
        sink: MessageSink, runtime: ServerRuntime, fileSystem: WorkspaceFileSystem = LocalFileSystem(),
        cancellations: CancellationRegistry = CancellationRegistry()
    ) {
        self.sink = sink
        self.runtime = runtime
        self.fileSystem = fileSystem
        self.cancellations = cancellations
    }

    // MARK: Sending

    func respond(_ id: RequestID, _ result: JSONValue) {
        sink.send(OutgoingMessage.response(id: id.json, result: result))
    }
    func respond(_ id: RequestID, error: ResponseError) { sink.send(OutgoingMessage.error(id: id.json, error)) }
    func notify(_ method: String, _ params: JSONValue) { sink.send(OutgoingMessage.notification(method, params)) }

    /// Sends a request to the client; `then` runs on the main loop with (result, error).
    func request(
        _ method: String, _ params: JSONValue, then: @escaping @Sendable (Server, JSONValue, JSONValue) -> Void
    ) {
        let id = "copydesk-\(nextOutgoingID)"
        nextOutgoingID += 1
        pending[id] = then
        sink.send(OutgoingMessage.request(id: .string(id), method, params))
    }

    /// `window/logMessage` (type 1 error … 4 log) and stderr.
    func log(_ message: String, type: Int = 4) {
        StandardStreams.write(Array("copydesk-lsp: \(message)\n".utf8), to: 2)
        if lifecycle != .uninitialized {
            notify("window/logMessage", ["type": .int(type), "message": .string(message)])
        }
    }

    // MARK: Receiving

    /// Handles one message body as read from the wire (JSON text).
    public func receive(body: [UInt8]) {
        let json: JSONValue
        do { json = try JSONParser.parse(body) } catch {
            sink.send(OutgoingMessage.error(id: .null, ResponseError(ErrorCode.parseError, "parse error: \(error)")))
            return
        }
        receive(IncomingMessage.decode(json))
    }

    public func receive(_ json: JSONValue) { receive(IncomingMessage.decode(json)) }

    public func receive(_ message: IncomingMessage) {
        defer { runPostedTasks() }
        switch message {
        case .invalid(let id, let reason):
            let rid: JSONValue = RequestID(id) != nil ? id : .null
            sink.send(
                OutgoingMessage.error(id: rid, ResponseError(ErrorCode.invalidRequest, "invalid request: \(reason)")))
        case .response(let id, let result, let error):
            guard case .string(let key) = id, let then = pending.removeValue(forKey: key) else { return }
            then(self, result, error)
        case .notification(let method, let params):
            handleNotification(method, params)
        case .request(let id, let method, let params):
            handleRequest(id, method, params)
            if trace != "off" {
                notify("$/logTrace", ["message": .string("handled request '\(method) - (\(id))'")])
            }
        }
    }

    /// Runs what an in-process runtime kept (`ServerRuntime.takePosted`), as the main loop runs posted tasks.
    public func runPostedTasks() {
        while true {
            let tasks = runtime.takePosted()
            if tasks.isEmpty { return }
            for t in tasks {
                t(self)
                wakeHeldPulls()
            }
        }
    }

    /// A header the framer refused (bad or huge Content-Length…): answered, then reading continues.
    public func receiveFramingError(_ message: String) {
        sink.send(OutgoingMessage.error(id: .null, ResponseError(ErrorCode.parseError, message)))
    }

    func handleRequest(_ id: RequestID, _ method: String, _ params: JSONValue) {
        var answeredHere = true
        defer { if answeredHere { cancellations.forget(id) } }
        if cancellations.isCancelled(id) {
            respond(id, error: .cancelled)
            return
        }
        switch lifecycle {
        case .uninitialized:
            guard method == "initialize" else {
                respond(
                    id,
                    error: ResponseError(
                        ErrorCode.serverNotInitialized, "server not initialized: send 'initialize' first"))
                return
            }
        case .shutDown:
            respond(id, error: ResponseError(ErrorCode.invalidRequest, "server is shut down: only 'exit' is accepted"))
            return
        case .running:
            if method == "initialize" {
                respond(id, error: ResponseError(ErrorCode.invalidRequest, "'initialize' may only be sent once"))
                return
            }
        }
        guard let handler = Server.requestHandlers[method] else {
            respond(id, error: ResponseError(ErrorCode.methodNotFound, "method not found: \(method)"))
            return
        }
        // An answer that depends on the workspace index waits for the first one (never a false "not defined").
        if !indexReady && Server.waitsForIndex.contains(method) {
            answeredHere = false
            waitingForIndex.append((id, method, params))
            runtime.post(after: Server.indexWaitBound) { s in s.indexWaitExpired(id) }
            return
        }
        let token = CancellationToken(registry: cancellations, id: id, stop: stopFlag)
        do throws(ResponseError) {
            answeredHere = deliver(try handler(self, params, token), to: id, token: token)
        } catch {
            respond(id, error: error)
        }
    }

    /// Sends a handler's reply (now, from a worker, or later when a held pull wakes); false when the answer
    /// leaves the main loop's hands (the request stays registered until it is answered).
    func deliver(_ reply: Reply, to id: RequestID, token: CancellationToken) -> Bool {
        switch reply {
        case .now(let result):
            respond(id, result)
            return true
        case .held(let pull):
            pulls.hold(id, pull)
            return false
        case .later(let work):
            // Run against the current snapshot off the main loop; the answer is sent from there.
            let sink = self.sink
            let cancellations = self.cancellations
            cancellations.startedInBackground(id)
            runtime.background {
                let message: JSONValue
                do throws(ResponseError) {
                    message = OutgoingMessage.response(id: id.json, result: try work(token))
                } catch { message = OutgoingMessage.error(id: id.json, error) }
                sink.send(message)
                cancellations.answeredInBackground(id)
            }
            return false
        }
    }

    func handleNotification(_ method: String, _ params: JSONValue) {
        if method == "exit" {
            exitCode = lifecycle == .shutDown ? 0 : 1
            stopFlag.set()
            return
        }
        if method == "$/cancelRequest" {
            // The reader thread already marked it; once it reaches here in order, the request was answered.
            if let id = RequestID(params["id"]) {
                // A request held open or waiting for the index is answered now (exactly once).
                if pulls.cancel(id) {
                    respond(id, error: .cancelled)
                } else if let i = waitingForIndex.firstIndex(where: { $0.0 == id }) {
                    waitingForIndex.remove(at: i)
                    respond(id, error: .cancelled)
                }
                cancellations.forgetIfAnswered(id)
            }
            return
        }
        guard lifecycle == .running else { return }  // before initialize / after shutdown: dropped
        guard let handler = Server.notificationHandlers[method] else {
            if !method.hasPrefix("$/") { log("ignored unknown notification \(method)") }
            return
        }
        do throws(ResponseError) { try handler(self, params) } catch {
            log("\(method): \(error.message)", type: 1)
        }
        wakeHeldPulls()
    }

    // MARK: Dispatch tables (protocol-notes.md must list every key; a test checks)

    enum Reply {
        case now(JSONValue)
        /// Computed off the main loop (long, workspace-wide requests); must only read captured snapshots.
        case later(@Sendable (CancellationToken) throws(ResponseError) -> JSONValue)
        /// Held open (a workspace pull that has nothing new): answered when something changes.
        case held(WorkspaceDiagnosticParams)
    }
    typealias RequestHandler = @Sendable (Server, JSONValue, CancellationToken) throws(ResponseError) -> Reply

    /// Requests answered from a snapshot, one type per method (see `SnapshotRequest`).
    static let snapshotRequests: [any SnapshotRequest.Type] = [
        HoverRequest.self, DefinitionRequest.self, DeclarationRequest.self, ReferencesRequest.self,
        DocumentHighlightRequest.self, PrepareRenameRequest.self, RenameRequest.self, CompletionRequest.self,
        CodeActionRequest.self, DocumentSymbolRequest.self, WorkspaceSymbolRequest.self,
        SemanticTokensFullRequest.self, SemanticTokensRangeRequest.self, DocumentDiagnosticRequest.self,
        InlayHintRequest.self, CodeLensRequest.self, DocumentLinkRequest.self,
    ]

    static func handler<R: SnapshotRequest>(_: R.Type) -> RequestHandler {
        { server, params, token throws(ResponseError) in
            let request = try R(Params(params))
            return .now(try request.answer(server.snapshot, token))
        }
    }
    typealias NotificationHandler = @Sendable (Server, JSONValue) throws(ResponseError) -> Void

    /// Method → handler: the snapshot requests, plus the state transitions and the held workspace pull.
    static let requestHandlers: [String: RequestHandler] = Dictionary(
        uniqueKeysWithValues: snapshotRequests.map { ($0.method, handler($0)) }
    ).merging(serverRequests) { a, _ in a }

    static let serverRequests: [String: RequestHandler] = [
        "initialize": { s, p, _ throws(ResponseError) in .now(s.initialize(try InitializeParams(Params(p)))) },
        "shutdown": { s, _, _ in
            s.answerWaitingRequestsAtShutdown()  // answer what still waits, before requests are refused
            s.lifecycle = .shutDown
            s.stopFlag.set()
            return .now(.null)
        },
        "workspace/diagnostic": { s, p, t throws(ResponseError) in try s.workspaceDiagnostic(p, t) },
        "workspace/executeCommand": { s, p, _ throws(ResponseError) in .now(try s.executeCommand(p)) },
    ]

    /// Requests whose answer reads the workspace index (or diagnostics computed against it): before the
    /// first index is merged they wait for it, like pulled diagnostics (bounded: see `initialize`).
    static let waitsForIndex: Set<String> = [
        "textDocument/hover", "textDocument/definition", "textDocument/declaration", "textDocument/references",
        "textDocument/documentHighlight", "textDocument/prepareRename", "textDocument/rename",
        "textDocument/completion", "textDocument/codeAction", "workspace/symbol", "textDocument/diagnostic",
        "workspace/diagnostic", "textDocument/inlayHint", "textDocument/codeLens", "workspace/executeCommand",
    ]

    static let notificationHandlers: [String: NotificationHandler] = [
        "initialized": { s, _ in s.initialized() },
        "textDocument/didOpen": { s, p throws(ResponseError) in s.didOpen(try DidOpen(Params(p))) },
        "textDocument/didChange": { s, p throws(ResponseError) in try s.didChange(try DidChange(Params(p))) },
        "textDocument/didClose": { s, p throws(ResponseError) in s.didClose(try DocumentNotification(Params(p))) },
        "textDocument/didSave": { s, p throws(ResponseError) in s.didSave(try DocumentNotification(Params(p))) },
        "workspace/didChangeConfiguration": { s, p in
            s.didChangeConfiguration(Params(p).field("settings").field("copydesk").json)
        },
        "workspace/didChangeWorkspaceFolders": { s, p throws(ResponseError) in
            s.didChangeWorkspaceFolders(try DidChangeWorkspaceFolders(Params(p)))
        },
        "workspace/didChangeWatchedFiles": { s, p throws(ResponseError) in
            s.didChangeWatchedFiles(try DidChangeWatchedFiles(Params(p)))
        },
        "$/setTrace": { s, p throws(ResponseError) in s.trace = try Params(p).field("value").string() },
        "window/workDoneProgress/cancel": { _, _ in },
    ]

    /// Every method and notification the server handles, for protocol-notes.md's test.
    public static var handledMethods: [String] {
        (Array(requestHandlers.keys) + Array(notificationHandlers.keys) + ["exit", "$/cancelRequest"]).sorted()
    }
}
