import CopydeskFiles
/// CopydeskLSP — `copydesk lsp`: the Language Server Protocol 3.17 over stdio. The only module that
/// knows JSON-RPC and LSP; the editor questions themselves are answered by the core's editor API
/// (`CopydeskCore/IDE`), this module converts positions and JSON.
///
/// Code map:
/// - JSON: `JSONValue`, its parser and printer live in `CopydeskJSON` (re-exported here, so every file of
///   this module and its clients see them).
/// - Protocol/      `MessageFramer` (Content-Length framing, resync after bad headers), JSON-RPC message
///                  classification and error codes, `PositionEncoding` (UTF-8/UTF-16 ↔ core byte offsets;
///                  `LocationsWriter` prints long lists of locations straight to JSON bytes),
///                  `Params` (params decoded once; −32602 names the field) and `SnapshotRequest`.
/// - Documents/     `DocumentStore` of `OpenDocument` values (the core's `DocumentSegments`: text, syntax and
///                  segment analyses; summary, diagnostics; `article(around:)`, what hover reads: a huge
///                  article's segments under the cursor only), `TextEdits` (incremental changes, applied in order,
///                  clamped, in place) and `DiagnosticsMessage` (`publishDiagnostics`' findings printed straight
///                  to a JSON fragment, the unchanged segments' copied from the previous message).
/// - Workspace/     disk access behind `WorkspaceFileSystem` (implemented with `CopydeskFiles`: the same
///                  discovery, `.copydesk.json` resolution and reading as `copydesk lint`; tests substitute
///                  an in-memory one), document URIs, client settings over file configuration.
/// - Server/        `Server.swift`: the main loop's state and dispatch (method → typed handler table,
///                  requests waiting for the first index); `Snapshot.swift`: the immutable value handlers
///                  read; `Lifecycle.swift` (initialize, settings, folders, indexing) and `DocumentSync.swift`
///                  (open/change/close/watched files, re-analysis, publishing): the state transitions;
///                  `Runtime.swift` (cancellation, `ServerRuntime`; `InlineRuntime` for in-process tests);
///                  `StdioTransport.swift` (reader thread, writer, main-loop queue, worker pool).
/// - Features/      one file per feature, each a `SnapshotRequest` type per method: Hover, Navigation
///                  (definition, declaration, references, highlight), Rename, Completion, CodeActions,
///                  Symbols (document, workspace), SemanticTokens, PullDiagnostics (document pull, and the
///                  workspace pull with its result-id cache and held requests).
///
/// Invariants:
/// - Messages are handled one at a time, in arrival order, on the main loop; every request gets exactly
///   one response (a result or an error), including cancelled ones (-32800).
/// - Handlers are functions of a `Snapshot`; only notifications (and merged background results) change
///   state. Background work gets snapshots, never the server (`Server` is not `Sendable`).
/// - No answer and no published diagnostic is computed from a half-built index: index-dependent requests
///   wait for the first one (`Server.waitsForIndex`).
/// - Positions inside the core are UTF-8 byte offsets; conversion happens only in `PositionEncoding`.
/// - The server reads only inside workspace folders and what the client opened; it runs nothing and
///   never touches the network.
@_exported import CopydeskJSON

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

public enum LSPMain {
    /// Runs the server over stdin/stdout; returns the process exit code
    /// (0 after `shutdown` + `exit`; 1 for `exit` without `shutdown` or end of input).
    public static func run(arguments: [String]) -> Int32 {
        let args = arguments.filter { $0 != "lsp" }
        if args.contains("--help") || args.contains("-h") {
            print(
                "usage: copydesk lsp [--stdio]\n\nRuns the Copydesk language server (LSP 3.17) on stdin/stdout. Logs go to stderr."
            )
            return 0
        }
        for a in args where a != "--stdio" && !a.hasPrefix("--clientProcessId") {
            StandardStreams.write(Array("copydesk lsp: unknown option \(a) (only --stdio is supported)\n".utf8), to: 2)
            return 2
        }
        signal(SIGPIPE, SIG_IGN)
        let queue = EventQueue()
        let sink = FileDescriptorSink(fd: 1)
        // Two workers: background jobs (indexing, workspace pulls, huge articles) never hold up the main
        // loop, and one long job does not hold up the next.
        let runtime = ThreadRuntime(queue: queue, pool: WorkerPool(workers: 2))
        let server = Server(sink: sink, runtime: runtime)
        StdioReader.start(
            fd: 0, queue: queue, cancellations: server.cancellations,
            maxContentLength: MessageFramer.defaultMaxContentLength)
        return mainLoop(server: server, queue: queue)
    }

    static func mainLoop(server: Server, queue: EventQueue) -> Int32 {
        while true {
            switch queue.pop() {
            case .message(let m): server.receive(m)
            case .parseError(let m):
                server.sink.send(OutgoingMessage.error(id: .null, ResponseError(ErrorCode.parseError, m)))
            case .framingError(let m): server.receiveFramingError(m)
            case .task(let t):
                t(server)
                server.wakeHeldPulls()
            case .endOfInput:
                server.stopFlag.set()
                return server.lifecycle == .shutDown ? 0 : 1
            }
            if let code = server.exitCode { return code }
        }
    }
}
