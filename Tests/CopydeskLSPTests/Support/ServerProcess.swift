import Foundation

@testable import CopydeskLSP

/// The built `copydesk` binary, next to the test bundle in the build products directory.
func copydeskBinary() -> URL {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("copydesk")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("copydesk")
}

/// `copydesk lsp` running as a child process, spoken to over pipes.
///
/// Waits for a message a test expects default to `patience`, which is long: a passing test never waits it out,
/// and under ThreadSanitizer on a busy two-core machine the debug server is slow (`heldPullsCostNoCPU`, whose first
/// pull reads 300 articles, took 64 s idle and 122 s with both cores busy). Only waits that expect nothing (a held
/// request) are short.
final class ServerProcess: @unchecked Sendable {
    /// Seconds a test waits for a message (or an exit) it expects before it counts as never coming.
    static let patience: Double = 300
    let process = Process()
    private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    private let cond = NSCondition()
    private var buffer: [UInt8] = []
    private var eof = false
    private var nextID = 1000

    init(arguments: [String] = ["lsp", "--stdio"], directory: URL? = nil) throws {
        // A server that died must fail the test, not kill the test runner with SIGPIPE on the next write.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = copydeskBinary()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let handle = stdout.fileHandleForReading
        let t = Thread { [self] in
            while true {
                let data = handle.availableData
                cond.lock()
                if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
                cond.broadcast()
                cond.unlock()
                if data.isEmpty { return }
            }
        }
        t.start()
        // Drain stderr so the child never blocks on it.
        let errHandle = stderr.fileHandleForReading
        Thread { while !errHandle.availableData.isEmpty {} }.start()
    }

    func write(_ bytes: [UInt8]) { try? stdin.fileHandleForWriting.write(contentsOf: Data(bytes)) }
    func write(_ s: String) { write(Array(s.utf8)) }
    func send(_ message: JSONValue) { write(OutgoingMessage.frame(message)) }
    func closeInput() { try? stdin.fileHandleForWriting.close() }

    @discardableResult
    func request(_ method: String, _ params: JSONValue = [:], id: Int? = nil) -> Int {
        let i =
            id
            ?? {
                nextID += 1
                return nextID
            }()
        send(["jsonrpc": "2.0", "id": .int(i), "method": .string(method), "params": params])
        return i
    }
    func notify(_ method: String, _ params: JSONValue = [:]) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// The next framed message, or nil on timeout / end of output.
    func next(timeout: Double = ServerProcess.patience) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        cond.lock()
        defer { cond.unlock() }
        while true {
            var framer = MessageFramer()
            framer.append(buffer)
            if case .body(let body)? = framer.nextEvent() {
                let consumed = buffer.count - framer.pendingByteCount
                buffer.removeFirst(consumed)
                return try? JSONParser.parse(body)
            }
            if eof { return nil }
            if !cond.wait(until: deadline) { return nil }
        }
    }

    /// Messages until one matches `predicate` (returned last), skipping notifications and server requests.
    func waitFor(timeout: Double = ServerProcess.patience, _ predicate: (JSONValue) -> Bool) -> (
        match: JSONValue?, seen: [JSONValue]
    ) {
        var seen: [JSONValue] = []
        let deadline = Date().addingTimeInterval(timeout)
        while let m = next(timeout: max(0.01, deadline.timeIntervalSinceNow)) {
            seen.append(m)
            // Answer server→client requests so the server can proceed.
            if m["method"].exists, m["id"].exists {
                let result: JSONValue = m["method"] == "workspace/configuration" ? [.null] : .null
                send(["jsonrpc": "2.0", "id": m["id"], "result": result])
            }
            if predicate(m) { return (m, seen) }
        }
        return (nil, seen)
    }

    func response(_ id: Int, timeout: Double = ServerProcess.patience) -> JSONValue? {
        waitFor(timeout: timeout) { $0["id"] == .int(id) && $0["method"].isNull }.match
    }

    /// Waits for the process to end; nil if it does not within `timeout`.
    func exitCode(timeout: Double = ServerProcess.patience) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    func initialize(rootPath: String? = nil, capabilities: JSONValue = [:]) -> JSONValue? {
        var params: [String: JSONValue] = ["processId": .null, "capabilities": capabilities]
        if let rootPath {
            params["rootUri"] = .string(DocumentURI.fromPath(rootPath))
            params["workspaceFolders"] = [["uri": .string(DocumentURI.fromPath(rootPath)), "name": "ws"]]
        }
        let id = request("initialize", .object(params))
        let r = response(id)
        notify("initialized")
        return r
    }

    deinit { if process.isRunning { process.terminate() } }
}
