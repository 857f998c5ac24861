import CopydeskCore
import Foundation
import Testing

@testable import CopydeskLSP

/// Issue 5's bad-input list, the cases not already covered by EndToEndTests / BadInputTests (see the
/// robustness report for the full map). Each one: the server answers clearly, loses nothing, and still
/// answers the next request.
@Suite(.serialized) struct BadInputRobustnessTests {
    func frame(_ s: String) -> [UInt8] { Array("Content-Length: \(s.utf8.count)\r\n\r\n\(s)".utf8) }
    func frame(_ body: [UInt8]) -> [UInt8] { Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body }

    /// A temporary workspace directory, removed at the end of the test.
    final class TempDir {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-robust-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        var path: String { url.path }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let u = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: u)
        }
        func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
        func uri(_ name: String) -> String { DocumentURI.fromPath(url.appendingPathComponent(name).path) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    func workspaceFolders(_ paths: [String]) -> JSONValue {
        .array(
            paths.map {
                ["uri": .string(DocumentURI.fromPath($0)), "name": .string(($0 as NSString).lastPathComponent)]
            })
    }

    /// Hostile files on a real disk, indexed by the real binary: invalid UTF-8, binary (NUL bytes), symlink
    /// loops (file → itself, two files → each other, a directory → its parent), a symlink to a file outside
    /// the workspace, a FIFO and a directory named like articles; plus a workspace folder that does not
    /// exist and one that is a file. Indexing ends, only the readable articles count, and requests are answered.
    @Test func hostileFilesOnDiskAndMissingWorkspaceFolders() throws {
        let ws = try TempDir()
        let outside = try TempDir()
        try ws.write("people.news.md", "[@jack-ma]: Jack Ma\n  type: person\n")
        try ws.write(
            "invalid-utf8.news.md",
            Array("[@bad-bytes]: Bad \u{201C}Bytes\u{201D}\n  type: person\n\nText ".utf8) + [
                0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x0A,
            ])
        try ws.write("binary.news.md", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00] + Array("[@from-binary]: X\n".utf8))
        try ws.write("sub/story.news.md", "Met [@jack-ma] and [@bad-bytes].\n")
        try outside.write("secret.news.md", "[@outside]: Outside\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: ws.path + "/self.news.md", withDestinationPath: ws.path + "/self.news.md")
        try fm.createSymbolicLink(atPath: ws.path + "/ping.news.md", withDestinationPath: ws.path + "/pong.news.md")
        try fm.createSymbolicLink(atPath: ws.path + "/pong.news.md", withDestinationPath: ws.path + "/ping.news.md")
        try fm.createSymbolicLink(atPath: ws.path + "/sub/up", withDestinationPath: ws.path)
        try fm.createSymbolicLink(
            atPath: ws.path + "/escape.news.md", withDestinationPath: outside.path + "/secret.news.md")
        try fm.createDirectory(atPath: ws.path + "/folder.news.md", withIntermediateDirectories: true)
        #expect(mkfifo(ws.path + "/pipe.news.md", 0o644) == 0)
        try ws.write("plain-file", "not a folder")

        let p = try ServerProcess()
        let id = p.request(
            "initialize",
            [
                "processId": .null, "capabilities": ["window": ["workDoneProgress": true]],
                "workspaceFolders": workspaceFolders([ws.path, ws.path + "/does-not-exist", ws.path + "/plain-file"]),
            ])
        #expect(p.response(id)?["result"]["capabilities"].exists == true)
        p.notify("initialized")
        let end = p.waitFor { $0["method"] == "$/progress" && $0["params"]["value"]["kind"] == "end" }
        // people, invalid-utf8 (repaired), sub/story: three articles; the rest are refused or skipped.
        #expect(
            end.match?["params"]["value"]["message"].string?.contains("Indexed 3 of") == true, "\(end.match ?? .null)")
        let logs = end.seen.filter { $0["method"] == "window/logMessage" }.compactMap { $0["params"]["message"].string }
        #expect(logs.contains { $0.contains("does-not-exist") }, "\(logs)")
        #expect(logs.contains { $0.contains("plain-file") }, "\(logs)")

        // The story's mentions resolve against the readable files only.
        let story = ws.uri("sub/story.news.md")
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(story), "languageId": "markdown", "version": 1,
                    "text": "Met [@jack-ma] and [@bad-bytes] and [@outside] and [@from-binary].\n",
                ]
            ])
        let diags = p.waitFor {
            $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == story
        }.match
        let undefined =
            diags?["params"]["diagnostics"].array?.filter { $0["code"] == "undefined-entity" }.compactMap {
                $0["message"].string
            } ?? []
        #expect(
            undefined.count == 2 && undefined.allSatisfy { $0.contains("outside") || $0.contains("from-binary") },
            "\(undefined)")

        // Requests naming the odd files are answered (unknown document, or null), never hang.
        for name in [
            "pipe.news.md", "self.news.md", "ping.news.md", "escape.news.md", "binary.news.md", "folder.news.md",
        ] {
            let r = p.response(
                p.request(
                    "textDocument/hover",
                    ["textDocument": ["uri": .string(ws.uri(name))], "position": ["line": 0, "character": 2]]))
            #expect(r != nil, "no answer for a hover on \(name)")
            #expect(
                r?["error"]["code"] == .int(ErrorCode.invalidParams) || r?["result"] == .null, "\(name): \(r ?? .null)")
        }
        // The invalid UTF-8 file is readable through the server (repaired): hover on its definition.
        let h = p.response(
            p.request(
                "textDocument/hover",
                [
                    "textDocument": ["uri": .string(ws.uri("invalid-utf8.news.md"))],
                    "position": ["line": 0, "character": 4],
                ]))
        #expect(h?["result"]["contents"]["value"].string?.contains("Bad") == true, "\(h ?? .null)")
        // Watched-file events for the odd paths are harmless too.
        p.notify(
            "workspace/didChangeWatchedFiles",
            [
                "changes": .array(
                    ["pipe.news.md", "self.news.md", "escape.news.md", "folder.news.md", "gone.news.md"].map {
                        ["uri": .string(ws.uri($0)), "type": 2]
                    })
            ])
        #expect(p.response(p.request("workspace/symbol", ["query": "outside"]))?["result"] == [])
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    /// Framing garbage the existing end-to-end tests do not send: binary noise before a message, a header
    /// block that never ends, a Content-Length one byte over the limit, duplicate and padded headers, raw
    /// invalid UTF-8 inside a JSON string. Each is answered (or skipped) and the next request is answered.
    @Test func framingGarbageAndInvalidUTF8InsideJSON() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        func expectAnswered(after bytes: [UInt8], _ label: String, id: Int) {
            p.write(bytes + frame(#"{"jsonrpc":"2.0","id":\#(id),"method":"workspace/symbol","params":{"query":"q"}}"#))
            #expect(p.response(id)?["result"] == [], "after \(label)")
        }
        expectAnswered(after: [0x00, 0xFF, 0xFE, 0x0D, 0x0A, 0x1B, 0x5B, 0x41], "binary noise", id: 101)
        expectAnswered(
            after: Array(String(repeating: "X-Garbage: 1234567890\r\n", count: 600).utf8), "a 13 KB header block",
            id: 102)
        expectAnswered(
            after: Array("Content-Length: \(MessageFramer.defaultMaxContentLength + 1)\r\n\r\n".utf8),
            "a length over the maximum", id: 103)
        expectAnswered(after: Array("Content-Length:    2   \r\n\r\n{}".utf8), "padded length, body {}", id: 104)
        expectAnswered(
            after: Array("Content-Length: 2\r\nContent-Length: 2\r\n\r\n[]".utf8), "duplicate headers", id: 105)
        expectAnswered(after: Array("Content-Length: 1e3\r\n\r\n".utf8), "an exponent length", id: 106)

        // Raw invalid UTF-8 bytes inside the text of didOpen: the document opens (bytes replaced by U+FFFD).
        let uri = "file:///nowhere/bytes.news.md"
        let open: [UInt8] =
            Array(
                #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"Met [@x] \#u{201C}"#
                    .utf8)
            + [0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80] + Array(#"\u201D 😀\r\n"}}}"#.utf8)
        p.write(frame(open))
        let d = p.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri }
            .match
        #expect(d?["params"]["diagnostics"].array?.contains { $0["code"] == "undefined-entity" } == true)
        let h = p.response(p.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]]))
        #expect(h?["result"].exists == true && h?["error"].exists == false)
        expectAnswered(after: [], "invalid UTF-8 in a string", id: 107)
    }

    /// Every position-taking request with positions past the end of a line, past the last line, negative,
    /// at the integer limits, fractional and huge: clamped (or refused clearly), never a crash; then the next one.
    @Test func positionsOutOfRangeInEveryPositionRequest() {
        let c = TestClient(["a.news.md": "[@jack-ma]: Jack Ma\r\n\r\nMet [@jack-ma] 😀 “hi”[^r]\r\n\r\n[^r]: R\r\n"])
        let doc: JSONValue = ["uri": .string(TestClient.uri("a.news.md"))]
        let positions: [JSONValue] = [
            ["line": 2, "character": 10_000], ["line": 10_000, "character": 0], ["line": -1, "character": -1],
            ["line": .int(Int.max), "character": .int(Int.max)], ["line": .int(Int.min), "character": .int(Int.min)],
            ["line": 2, "character": 1.5], ["line": 1e300, "character": 0],
        ]
        let methods: [(String, JSONValue)] = [
            ("textDocument/hover", [:]), ("textDocument/definition", [:]), ("textDocument/declaration", [:]),
            ("textDocument/references", ["context": ["includeDeclaration": true]]),
            ("textDocument/documentHighlight", [:]), ("textDocument/prepareRename", [:]),
            ("textDocument/rename", ["newName": "new-id"]), ("textDocument/completion", [:]),
        ]
        for (method, extra) in methods {
            for pos in positions {
                var params: [String: JSONValue] = ["textDocument": doc, "position": pos]
                if case .object(let e) = extra { params.merge(e) { a, _ in a } }
                let r = c.request(method, .object(params))
                // A result (often null), or a clear refusal: invalid params, or rename's "nothing to rename here".
                let ok =
                    r["id"].exists
                    && (r["error"].isNull
                        || [.int(ErrorCode.invalidParams), .int(ErrorCode.requestFailed)].contains(r["error"]["code"]))
                #expect(ok, "\(method) at \(pos): \(r)")
            }
        }
        // Ranges: reversed, past the end, negative — in code actions, semantic tokens and a change.
        for range: JSONValue in [
            ["start": ["line": 2, "character": 9], "end": ["line": 0, "character": 0]],
            ["start": ["line": 99, "character": 0], "end": ["line": -5, "character": 3]],
        ] {
            let ca = c.request(
                "textDocument/codeAction", ["textDocument": doc, "range": range, "context": ["diagnostics": []]])
            #expect(ca["error"].isNull, "\(ca)")
            let st = c.request("textDocument/semanticTokens/range", ["textDocument": doc, "range": range])
            #expect(st["error"].isNull, "\(st)")
        }
        // A reversed range in a code action means the same range as the ordered one.
        let forward = c.request(
            "textDocument/codeAction",
            [
                "textDocument": doc,
                "range": ["start": ["line": 2, "character": 0], "end": ["line": 2, "character": 14]],
                "context": ["diagnostics": []],
            ])
        let backward = c.request(
            "textDocument/codeAction",
            [
                "textDocument": doc,
                "range": ["start": ["line": 2, "character": 14], "end": ["line": 2, "character": 0]],
                "context": ["diagnostics": []],
            ])
        #expect(forward["result"] == backward["result"])
        #expect(c.request("workspace/symbol", ["query": "jack"])["result"].array?.isEmpty == false)
    }

    /// A file renamed on disk while open: the open text keeps shadowing the old URI, the new path is indexed,
    /// and closing the old URI drops it (its file is gone), so nothing is counted twice and nothing is lost.
    @Test func fileRenamedWhileOpen() {
        let c = TestClient(["a.news.md": "[@jack-ma]: Jack Ma\n  type: person\n", "b.news.md": "Met [@jack-ma].\n"])
        let old = TestClient.uri("a.news.md")
        let new = TestClient.uri("renamed.news.md")
        c.fs.set("/ws/a.news.md", nil)
        c.fs.set("/ws/renamed.news.md", "[@jack-ma]: Jack Ma\n  type: person\n")
        c.notify(
            "workspace/didChangeWatchedFiles",
            ["changes": [["uri": .string(old), "type": 3], ["uri": .string(new), "type": 1]]])
        // While the old URI is open, both hold the definition: that is a duplicate, reported on the open one.
        #expect(c.server.index.files[DocumentID(old)] != nil && c.server.index.files[DocumentID(new)] != nil)
        #expect(c.diagnostics("a.news.md").contains { $0["code"] == "duplicate-definition" })
        // The editor follows the rename: close the old URI, open the new one.
        c.notify("textDocument/didClose", ["textDocument": ["uri": .string(old)]])
        #expect(c.server.index.files[DocumentID(old)] == nil)
        c.openDocument("renamed.news.md", text: "[@jack-ma]: Jack Ma\n  type: person\n")
        #expect(!c.diagnostics("renamed.news.md").contains { $0["code"] == "duplicate-definition" })
        #expect(!c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
        let def = c.result(
            "textDocument/definition",
            ["textDocument": ["uri": .string(TestClient.uri("b.news.md"))], "position": ["line": 0, "character": 7]])
        #expect(def[0]["uri"].string == new, "\(def)")
        // Edits to the closed old URI are refused clearly and change nothing.
        c.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": .string(old), "version": 9], "contentChanges": [["text": "[@jack-ma]: X\n"]]])
        #expect(c.server.index.definitions(ofEntity: "jack-ma").count == 1)
    }

    /// A 50 MB article on disk: indexed in the background while requests keep being answered; its definition
    /// (at the very end) and its mentions are found across the workspace. (Opening it in the editor is
    /// measured with the release binary by Tests/bench/huge_article.py: analysis takes seconds there.)
    @Test func fiftyMegabyteArticleOnDisk() throws {
        let ws = try TempDir()
        let paragraph =
            "Officials said on Monday that the “plan” 😀 would cost José Müller’s firm $15 billion, according to a report.\r\n\r\n"
        var big = "---\r\ntitle: Huge\r\n---\r\n# Huge\r\n\r\nThe [founder][@jack-ma] spoke.\r\n\r\n"
        let count = (50 << 20) / paragraph.utf8.count + 1
        big += String(repeating: paragraph, count: count)
        let defLine = 7 + 2 * count
        big += "[@huge-entity]: Huge Entity\r\n  type: organization\r\n"
        #expect(big.utf8.count > 50 << 20)
        try ws.write("huge.news.md", big)
        try ws.write("people.news.md", "[@jack-ma]: Jack Ma\n  type: person\n")
        let story = "Met [@huge-entity] and [@jack-ma].\n"
        try ws.write("story.news.md", story)

        let p = try ServerProcess()
        _ = p.initialize(rootPath: ws.path, capabilities: ["window": ["workDoneProgress": true]])
        // While the big file is being indexed, the main loop still answers at once (a request that reads one
        // open document; index-dependent ones wait for the index).
        let started = Date()
        let noteURI = ws.uri("note.news.md")
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(noteURI), "languageId": "markdown", "version": 1, "text": "# Note\n\nText.\n",
                ]
            ])
        let during = p.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(noteURI)]])
        let answer = p.response(during)
        #expect(answer?["result"].array?.first?["name"].string == "Note", "\(answer ?? .null)")
        let end = p.waitFor { $0["method"] == "$/progress" && $0["params"]["value"]["kind"] == "end" }
        #expect(
            end.match?["params"]["value"]["message"].string?.contains("Indexed 3 of 3") == true, "\(end.match ?? .null)"
        )
        let indexSeconds = Date().timeIntervalSince(started)
        #expect(
            end.seen.contains { $0["id"] == .int(during) } == false,
            "the request was answered before indexing ended (\(indexSeconds) s)")

        let uri = ws.uri("story.news.md")
        p.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(story)]])
        let diags = p.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri }
            .match
        #expect(diags?["params"]["diagnostics"].array?.contains { $0["code"] == "undefined-entity" } == false)
        let def = p.response(
            p.request(
                "textDocument/definition",
                ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 8]]))
        #expect(def?["result"][0]["uri"].string == ws.uri("huge.news.md"))
        #expect(def?["result"][0]["range"]["start"]["line"] == .int(defLine), "\(def ?? .null)")
        let refs = p.response(
            p.request(
                "textDocument/references",
                [
                    "textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 26],
                    "context": ["includeDeclaration": false],
                ]))
        #expect(Set(refs?["result"].array?.compactMap { $0["uri"].string } ?? []) == [uri, ws.uri("huge.news.md")])
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }
}
