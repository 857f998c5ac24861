// libFuzzer entry for the server's wire side: Content-Length framing (`MessageFramer`, fed in chunks
// as `read` would return them), JSON parsing (`JSONParser`), message classification
// (`IncomingMessage.decode`) and dispatch through a real `Server` in-process (inline runtime, an
// in-memory workspace, an output sink that only checks and answers). Built by Tests/fuzz/run.sh against
// CopydeskCore, CopydeskFiles and CopydeskLSP compiled as separate modules (never part of `swift build`).
//
// Input layout: byte 0 = options, the rest = the byte stream the client sends on stdin.
//   bit 0   prelude: the server is initialized (workspace /ws of three articles, a.news.md opened)
//           before the stream; off: the stream must initialize it itself (whole captured sessions).
//   bit 1   prelude negotiates UTF-8 positions (else UTF-16).
//   bit 2   prelude client uses pull diagnostics.
//   bits 3–5 read size: the stream is fed to the framer 2^(3 + n) bytes at a time (8 … 1024).
//
// Invariants checked on every input (a failure traps, which libFuzzer reports as a crash):
// - every request handed to the server is answered by exactly one response carrying its id;
// - every outgoing message is valid JSON that parses back to the same value;
// - open documents hold valid UTF-8 with consistent line starts, and their diagnostics lie inside the text;
// - after the stream, the server (unless told to exit) still answers a well-formed request.
import CopydeskCore
import CopydeskFiles
import CopydeskLSP

/// Checks each outgoing message; remembers server→client requests so the harness can answer them.
final class CheckingSink: MessageSink, @unchecked Sendable {
    var messages: [JSONValue] = []
    func send(_ message: JSONValue) {
        let bytes = message.serialized()
        guard let back = try? JSONParser.parse(bytes) else {
            check(false, "server sent invalid JSON: \(message.jsonString.prefix(300))")
            return
        }
        // Printed fragments (`JSONValue.fragment`) read back as the values they print.
        let read = try? message.resolvingFragments()
        check(read != nil, "server printed an invalid fragment: \(message.jsonString.prefix(300))")
        check(back == read, "JSON does not round-trip: \(message.jsonString.prefix(300))")
        messages.append(read ?? message)
    }
}

/// A tiny in-memory workspace under /ws (no glob filtering: every article path counts; the configuration
/// is the folder's `.copydesk.json`, parsed by CopydeskFiles like the real one).
struct FuzzFileSystem: WorkspaceFileSystem {
    static let files: [String: [UInt8]] = [
        "/ws/a.news.md": Array(
            "---\ntitle: A “story” 😀\n---\n# Headline\n\n[Jack Ma][@jack-ma] said “growth is strong”[^r] José\r\nPeople said it was big.\n\n[^r]: Report, 2016\n[@acme]: Acme Corp\n  type: organization\n  aliases: Acme\n"
                .utf8),
        "/ws/people.news.md": Array(
            "[@jack-ma]: Jack Ma\n  type: person\n  description: Founder\n  aliases: Ma, Jack\n  same-as: https://example.org/ma\n"
                .utf8),
        "/ws/notes.txt": Array("Plain headline\n\nMa met Acme officials on Monday, “officials said”.\n".utf8),
        "/ws/.copydesk.json": Array("{\"rules\": {\"vague-attribution\": \"warning\"}}".utf8),
    ]
    func discover(root: String) -> (files: [String], problems: [String]) {
        (FuzzFileSystem.files.keys.filter { $0.hasPrefix(root + "/") && ArticleKind.forPath($0) != nil }.sorted(), [])
    }
    func isSelected(path: String, root: String) -> Bool {
        path.hasPrefix(root + "/") && ArticleKind.forPath(path) != nil
    }
    func configuration(forFile path: String, root: String) -> (Configuration, [String]) {
        guard let bytes = FuzzFileSystem.files[root + "/.copydesk.json"] else { return (.default, []) }
        do { return (try ConfigurationLoader.parse(bytes, path: root + "/.copydesk.json").configuration, []) } catch {
            return (.default, ["\(error)"])
        }
    }
    func configurationChanged() {}
    func read(path: String, roots: [String]) -> [UInt8]? {
        guard roots.contains(where: { path.hasPrefix($0 + "/") }) else { return nil }
        return FuzzFileSystem.files[path]
    }
    func readDiscovered(path: String) -> [UInt8]? { FuzzFileSystem.files[path] }
    func isDirectory(_ path: String) -> Bool { path == "/ws" }
}

struct Harness {
    let sink = CheckingSink()
    let runtime = InlineRuntime()
    let server: Server

    init() {
        server = Server(sink: sink, runtime: runtime, fileSystem: FuzzFileSystem())
    }

    /// How many responses each id may still receive: one per request (or invalid message) the client sent
    /// with that id (a client may reuse ids; the server must answer each message once, never more).
    var expected: [JSONValue: Int] = [:]
    var answered: [JSONValue: Int] = [:]
    var shutdownAnswered = false

    /// Hands one decoded message to the server, answers what it asks, checks the at-most-once rule.
    /// A request need not be answered at once: a pulled diagnostic sent before `initialized` waits for the
    /// index (or for shutdown), so completeness is checked when `shutdown` is answered.
    mutating func deliver(_ message: IncomingMessage) {
        let before = sink.messages.count
        switch message {
        case .request(let id, _, _): expected[id.json, default: 0] += 1
        // else answered with id null
        case .invalid(let id, _) where RequestID(id) != nil: expected[id, default: 0] += 1
        default: break
        }
        server.receive(message)
        answerServerRequests(from: before)
        countResponses(from: before)
        if case .request(let id, "shutdown", _) = message,
            sink.messages[before...].contains(where: {
                $0["id"] == id.json && $0["method"].isNull && $0["error"].isNull
            })
        {
            shutdownAnswered = true
        }
        if shutdownAnswered {
            for (id, n) in expected where answered[id, default: 0] != n {
                check(
                    false,
                    "after shutdown, id \(id.jsonString) was sent \(n)× but answered \(answered[id, default: 0])×")
            }
        }
    }

    mutating func countResponses(from start: Int) {
        for m in sink.messages[start...] where m["method"].isNull && !m["id"].isNull {
            let id = m["id"]
            answered[id, default: 0] += 1
            check(
                answered[id]! <= expected[id, default: 0],
                "id \(id.jsonString) answered \(answered[id]!)× but sent \(expected[id, default: 0])×: \(m.jsonString.prefix(300))"
            )
        }
    }

    /// Answers server→client requests (configuration → [null], everything else → null), as a client would.
    mutating func answerServerRequests(from start: Int) {
        var i = start
        var rounds = 0
        while i < sink.messages.count && rounds < 1000 {
            let m = sink.messages[i]
            i += 1
            if let method = m["method"].string, m["id"].exists, let id = RequestID(m["id"]) {
                rounds += 1
                let result: JSONValue = method == "workspace/configuration" ? [.null] : .null
                server.receive(.response(id: id, result: result, error: .null))
            }
        }
    }

    mutating func prelude(utf8: Bool, pull: Bool) {
        var td: [String: JSONValue] = [
            "hover": ["contentFormat": ["markdown"]], "rename": ["prepareSupport": true],
            "publishDiagnostics": ["relatedInformation": true],
        ]
        if pull { td["diagnostic"] = [:] }
        let caps: JSONValue = [
            "general": ["positionEncodings": utf8 ? ["utf-8", "utf-16"] : ["utf-16"]],
            "window": ["workDoneProgress": true],
            "workspace": [
                "configuration": true, "workspaceFolders": true, "didChangeWatchedFiles": ["dynamicRegistration": true],
                "workspaceEdit": ["documentChanges": true], "diagnostics": ["refreshSupport": true],
            ],
            "textDocument": .object(td),
        ]
        deliver(
            .request(
                id: .int(-1), method: "initialize",
                params: [
                    "processId": .null, "rootUri": "file:///ws", "capabilities": caps,
                    "workspaceFolders": [["uri": "file:///ws", "name": "ws"]],
                ]))
        deliver(.notification(method: "initialized", params: [:]))
        deliver(
            .notification(
                method: "textDocument/didOpen",
                params: [
                    "textDocument": [
                        "uri": "file:///ws/a.news.md", "languageId": "markdown", "version": 1,
                        "text": .string(String(decoding: FuzzFileSystem.files["/ws/a.news.md"]!, as: UTF8.self)),
                    ]
                ]))
    }

    /// Document invariants: valid UTF-8, line starts after each `\n`, `\r\n` or lone `\r`, diagnostics in bounds.
    func checkDocuments() {
        for id in server.documents.ids {
            guard let d = server.documents[id] else { continue }
            let t = d.text
            check(SourceText.isValidUTF8(t.bytes), "document text is not valid UTF-8")
            check(t.lineStarts.first == 0, "first line does not start at 0")
            var expected = [0]
            for (i, b) in t.bytes.enumerated() where b == 0x0A || (b == 0x0D && t.bytes[safe: i + 1] != 0x0A) {
                expected.append(i + 1)
            }
            check(t.lineStarts == expected, "line starts out of step with the text")
            for diag in d.diagnostics {
                check(
                    diag.range.start >= 0 && diag.range.start <= diag.range.end && diag.range.end <= t.count,
                    "diagnostic range \(diag.range) outside a text of \(t.count) bytes")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRPC(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let options = data[0]
    let stream = UnsafeBufferPointer(start: data + 1, count: size - 1)
    var h = Harness()
    if options & 1 != 0 { h.prelude(utf8: options & 2 != 0, pull: options & 4 != 0) }
    let readSize = 1 << (3 + Int((options >> 3) & 7))
    var framer = MessageFramer(maxContentLength: 1 << 20)
    var k = 0
    var exited = false
    // The same steps as the server's stdin reader: frame, parse, decode; a body that is not JSON but holds
    // the start of another message is re-read from there.
    feeding: while k < stream.count {
        framer.append(stream[k..<min(stream.count, k + readSize)])
        k += readSize
        while let e = framer.nextEvent() {
            switch e {
            case .headerError(let m):
                h.server.receiveFramingError(m)
            case .body(let body):
                do {
                    h.deliver(IncomingMessage.decode(try JSONParser.parse(body)))
                } catch {
                    h.server.receive(body: body)  // answered with -32700
                    if let at = findContentLength(body) { framer.unread(Array(body[at...])) }
                }
            }
            if h.server.exitCode != nil {
                exited = true
                break feeding
            }
            h.checkDocuments()
        }
    }
    h.checkDocuments()
    if !exited {
        // Still alive: a well-formed request is answered (a result, or an error if not initialized / shut down).
        // One that reads a single document: requests that read the workspace index wait for the first one,
        // which a stream without `initialized` never starts (the real server stops waiting after 10 s).
        let before = h.sink.messages.count
        h.deliver(
            .request(
                id: .string("fuzz-final"), method: "textDocument/documentSymbol",
                params: ["textDocument": ["uri": "file:///ws/final.news.md"]]))
        check(
            h.sink.messages[before...].contains { $0["id"] == "fuzz-final" }, "a request after the stream got no answer"
        )
    }
    return 0
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

/// Offset (≥ 1) of `content-length:` in a body, as the stdin reader's recovery looks for it.
func findContentLength(_ body: [UInt8]) -> Int? {
    MessageFramer.findContentLength(in: body[...], from: 1)
}
