import Foundation
import Testing

@testable import CopydeskLSP

/// The real binary over pipes: lifecycle, exit codes, framing edge cases, bad input, cancellation.
@Suite(.serialized) struct EndToEndTests {
    func frame(_ s: String) -> String { "Content-Length: \(s.utf8.count)\r\n\r\n\(s)" }

    @Test func shutdownThenExitIsZero() throws {
        let p = try ServerProcess()
        #expect(p.initialize()?["result"]["capabilities"]["hoverProvider"] == true)
        #expect(p.response(p.request("shutdown", .null))?["result"] == .null)
        // After shutdown, requests are refused.
        #expect(p.response(p.request("textDocument/hover", [:]))?["error"]["code"] == .int(ErrorCode.invalidRequest))
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    @Test func exitWithoutShutdownIsOne() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        p.notify("exit")
        #expect(p.exitCode() == 1)
    }

    @Test func endOfInputIsOneAndDoesNotHang() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        p.closeInput()
        #expect(p.exitCode() == 1)
        let q = try ServerProcess()
        q.write("Content-Length: 100\r\n\r\n{\"jsonrpc\"")  // truncated, then EOF
        q.closeInput()
        #expect(q.exitCode() == 1)
    }

    @Test func requestsBeforeInitializeAreRefused() throws {
        let p = try ServerProcess()
        p.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": "file:///x.news.md", "text": "x", "version": 1, "languageId": "markdown"]])
        let id = p.request(
            "textDocument/hover",
            ["textDocument": ["uri": "file:///x.news.md"], "position": ["line": 0, "character": 0]])
        #expect(p.response(id)?["error"]["code"] == .int(ErrorCode.serverNotInitialized))
        #expect(p.initialize()?["result"].exists == true)
        // A second initialize is an invalid request.
        #expect(
            p.response(p.request("initialize", ["capabilities": [:]]))?["error"]["code"]
                == .int(ErrorCode.invalidRequest))
    }

    @Test func malformedJSONIsAParseErrorAndReadingContinues() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        p.write(frame("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": "))  // invalid JSON
        let e = p.waitFor { $0["error"].exists }.match
        #expect(e?["error"]["code"] == .int(ErrorCode.parseError))
        #expect(e?["id"] == .null)
        #expect(p.response(p.request("workspace/symbol", ["query": "x"]))?["result"] == [])
    }

    @Test func severalMessagesInOneWriteAndOneMessageInManyWrites() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        let a = #"{"jsonrpc":"2.0","id":1,"method":"workspace/symbol","params":{"query":"a"}}"#
        let b = #"{"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":"b"}}"#
        // Content-Type accepted, header names case-insensitive.
        p.write(
            frame(a)
                + "content-length: \(b.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(b)"
        )
        #expect(p.response(1)?["result"] == [])
        #expect(p.response(2)?["result"] == [])
        let c = Array(frame(#"{"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"é🎉"}}"#).utf8)
        for byte in c { p.write([byte]) }
        #expect(p.response(3)?["result"] == [])
    }

    @Test func badHeadersAreRefusedAndTheNextRequestIsAnswered() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        let ok = #"{"jsonrpc":"2.0","id":7,"method":"workspace/symbol","params":{"query":"a"}}"#
        for bad in [
            "Content-Length: 99999999999999\r\n\r\n", "Content-Length: abc\r\n\r\n{}", "X-Nothing: 1\r\n\r\n{}",
            "Content-Length: -5\r\n\r\n",
        ] {
            p.write(bad + frame(ok))
            let seen = p.waitFor { $0["id"] == 7 }
            #expect(seen.match?["result"] == [], "after \(bad.debugDescription)")
            #expect(
                seen.seen.contains { $0["error"]["code"] == .int(ErrorCode.parseError) },
                "after \(bad.debugDescription)")
        }
    }

    @Test func truncatedBodyDoesNotSwallowTheNextMessage() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        let ok = #"{"jsonrpc":"2.0","id":8,"method":"workspace/symbol","params":{"query":"a"}}"#
        // Declares 60 bytes but sends 10, then a whole message: the body is invalid and the message after it is recovered.
        p.write(
            "Content-Length: 60\r\n\r\n{\"jsonrpc\"" + frame(ok)
                + frame(ok.replacingOccurrences(of: "\"id\":8", with: "\"id\":9")))
        let r = p.waitFor { $0["id"] == 9 }
        #expect(r.match?["result"] == [])
        #expect(r.seen.contains { $0["error"]["code"] == .int(ErrorCode.parseError) })
    }

    @Test func invalidRequestsAndUnknownMethods() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        p.write(frame("[1,2]"))
        #expect(p.waitFor { $0["error"].exists }.match?["error"]["code"] == .int(ErrorCode.invalidRequest))
        p.write(frame(#"{"id":4,"method":"workspace/symbol"}"#))  // no jsonrpc
        #expect(p.waitFor { $0["error"].exists }.match?["id"] == 4)
        p.write(frame(#"{"jsonrpc":"2.0","id":5,"method":42}"#))
        #expect(p.response(5)?["error"]["code"] == .int(ErrorCode.invalidRequest))
        p.notify("custom/unknownNotification", ["x": 1])  // ignored, no answer
        #expect(p.response(p.request("custom/unknown"))?["error"]["code"] == .int(ErrorCode.methodNotFound))
        // Params of the wrong type.
        let bad = p.request("textDocument/hover", ["textDocument": 5, "position": "here"])
        #expect(p.response(bad)?["error"]["code"] == .int(ErrorCode.invalidParams))
        let unknown = p.request(
            "textDocument/hover",
            ["textDocument": ["uri": "file:///nowhere/x.news.md"], "position": ["line": 0, "character": 0]])
        #expect(p.response(unknown)?["error"]["message"].string?.contains("unknown document") == true)
        #expect(p.response(p.request("workspace/symbol", ["query": ""]))?["result"] == [])
    }

    @Test func cancelledRequestGetsExactlyOneCancelledResponse() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        // The request and its cancellation arrive together: the server answers -32800 once.
        p.write(
            frame(#"{"jsonrpc":"2.0","id":77,"method":"workspace/symbol","params":{"query":""}}"#)
                + frame(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":77}}"#))
        let r = p.response(77)
        #expect(r?["error"]["code"] == .int(ErrorCode.requestCancelled))
        let after = p.request("workspace/symbol", ["query": "z"])
        let rest = p.waitFor { $0["id"] == .int(after) }
        #expect(!rest.seen.contains { $0["id"] == 77 })
        // Cancelling something already answered is harmless.
        p.notify("$/cancelRequest", ["id": .int(after)])
        #expect(p.response(p.request("shutdown", .null))?["result"] == .null)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    @Test func workspaceIndexingReportsProgressAndResolvesAcrossFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "[@jack-ma]: Jack Ma\n  type: person\n".write(
            to: dir.appendingPathComponent("sub/people.news.md"), atomically: true, encoding: .utf8)
        for i in 0..<30 {
            try "# Story \(i)\n\nText [@jack-ma].\n".write(
                to: dir.appendingPathComponent("s\(i).news.md"), atomically: true, encoding: .utf8)
        }
        // A nested .copydesk.json governs its folder (as in `copydesk lint`).
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("quiet"), withIntermediateDirectories: true)
        try #"{"rules": {"undefined-entity": "off"}}"#.write(
            to: dir.appendingPathComponent("quiet/.copydesk.json"), atomically: true, encoding: .utf8)
        // A symlink loop must not hang discovery.
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("sub/loop"), withDestinationURL: dir)
        let p = try ServerProcess()
        _ = p.initialize(rootPath: dir.path, capabilities: ["window": ["workDoneProgress": true]])
        let end = p.waitFor { $0["method"] == "$/progress" && $0["params"]["value"]["kind"] == "end" }
        #expect(end.match != nil)
        let kinds = end.seen.filter { $0["method"] == "$/progress" }.compactMap { $0["params"]["value"]["kind"].string }
        #expect(kinds.first == "begin")
        #expect(end.match?["params"]["value"]["message"].string?.contains("31") == true)
        let story = DocumentURI.fromPath(dir.appendingPathComponent("s3.news.md").path)
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(story), "languageId": "markdown", "version": 1,
                    "text": "Text [@jack-ma] and [@ghost].\n",
                ]
            ])
        let diags = p.waitFor { $0["method"] == "textDocument/publishDiagnostics" }.match
        let codes = diags?["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []
        #expect(codes == ["undefined-entity"])
        let quiet = DocumentURI.fromPath(dir.appendingPathComponent("quiet/q.news.md").path)
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(quiet), "languageId": "markdown", "version": 1, "text": "Text [@ghost].\n",
                ]
            ])
        let quietDiags = p.waitFor {
            $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"] == .string(quiet)
        }.match
        #expect(quietDiags?["params"]["diagnostics"] == [])
        let def = p.response(
            p.request(
                "textDocument/definition",
                ["textDocument": ["uri": .string(story)], "position": ["line": 0, "character": 8]]))
        #expect(def?["result"][0]["uri"].string?.hasSuffix("sub/people.news.md") == true)
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    /// A workspace of `n` small articles in a fresh temporary folder.
    func makeWorkspace(_ n: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "[@jack-ma]: Jack Ma\n  type: person\n".write(
            to: dir.appendingPathComponent("people.news.md"), atomically: true, encoding: .utf8)
        let body = String(
            repeating: "“We sold $15 billion last year,” said [Jack Ma][@jack-ma], the largest total ever. ", count: 20)
        for i in 0..<n {
            try "# Story \(i)\n\n\(body)\n".write(
                to: dir.appendingPathComponent("s\(i).news.md"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func cancellingALongRunningRequest() throws {
        let dir = try makeWorkspace(1500)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try ServerProcess()
        _ = p.initialize(
            rootPath: dir.path,
            capabilities: ["window": ["workDoneProgress": true], "textDocument": ["diagnostic": [:]]])
        _ = p.waitFor { $0["method"] == "$/progress" && $0["params"]["value"]["kind"] == "end" }
        // workspace/diagnostic lints every article off the main loop; cancel it while it runs.
        let id = p.request("workspace/diagnostic", ["previousResultIds": []])
        usleep(20_000)
        p.notify("$/cancelRequest", ["id": .int(id)])
        // Meanwhile other requests are answered.
        let symbols = p.request("workspace/symbol", ["query": "jack"])
        var answers: [JSONValue] = []
        _ = p.waitFor { m in
            if m["id"] == .int(id) || m["id"] == .int(symbols) { answers.append(m) }
            return answers.count == 2
        }
        #expect(answers.first { $0["id"] == .int(symbols) }?["result"].array?.count == 1)
        #expect(answers.first { $0["id"] == .int(id) }?["error"]["code"] == .int(ErrorCode.requestCancelled))
        let after = p.request("shutdown", .null)
        let rest = p.waitFor { $0["id"] == .int(after) }
        #expect(!rest.seen.contains { $0["id"] == .int(id) }, "a second response to the cancelled request")
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    @Test func pulledDiagnosticsWaitForTheFirstIndex() throws {
        let dir = try makeWorkspace(400)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try ServerProcess()
        // Pull diagnostics: the first answer must already know the workspace (not flash a false error).
        _ = p.initialize(
            rootPath: dir.path,
            capabilities: ["textDocument": ["diagnostic": [:]], "workspace": ["diagnostics": ["refreshSupport": true]]])
        let uri = DocumentURI.fromPath(dir.appendingPathComponent("new.news.md").path)
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(uri), "languageId": "markdown", "version": 1,
                    "text": "Met [@jack-ma] and [@ghost].\n",
                ]
            ])
        let r = p.response(p.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]]))
        let codes = r?["result"]["items"].array?.compactMap { $0["code"].string } ?? []
        #expect(codes == ["undefined-entity"], "\(r ?? .null)")
        #expect(r?["result"]["items"][0]["message"].string?.contains("ghost") == true)
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    /// Shutdown does not wait for the workspace index: sent while 3,001 files are being indexed, it is answered and
    /// the server exits before the index run has read them all. An order, not a time (a bound in seconds failed
    /// under ThreadSanitizer on a busy machine): the run's end, if it is reported at all, counts fewer files.
    @Test func shutdownWhileIndexingExitsPromptly() throws {
        let dir = try makeWorkspace(3000)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try ServerProcess()
        _ = p.initialize(rootPath: dir.path, capabilities: ["window": ["workDoneProgress": true]])
        let id = p.request("shutdown", .null)
        let (answer, before) = p.waitFor { $0["id"] == .int(id) && $0["method"].isNull }
        #expect(answer?["result"] == .null)
        p.notify("exit")
        let after = p.waitFor { _ in false }.seen
        #expect(p.exitCode() == 0)
        let ends = (before + after).compactMap { m -> String? in
            guard m["method"] == "$/progress", m["params"]["value"]["kind"] == "end" else { return nil }
            return m["params"]["value"]["message"].string
        }
        #expect(!ends.contains { $0.hasPrefix("Indexed 3001 of 3001") }, "\(ends)")
    }

    @Test func aHugeArticleDoesNotHoldUpOtherRequests() throws {
        let p = try ServerProcess()
        _ = p.initialize()
        let paragraph =
            "“We sold $15 billion last year,” said Jack Ma, the largest total ever; José Müller 😀 agreed.\r\n\r\n"
        let huge = String(repeating: paragraph, count: (4 << 20) / paragraph.utf8.count)
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": "file:///tmp/huge.news.md", "languageId": "markdown", "version": 1, "text": .string(huge),
                ]
            ])
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": "file:///tmp/small.news.md", "languageId": "markdown", "version": 1,
                    "text": "[@jack-ma]: Jack Ma\n",
                ]
            ])
        let id = p.request(
            "textDocument/hover",
            ["textDocument": ["uri": "file:///tmp/small.news.md"], "position": ["line": 0, "character": 3]])
        let (h, seen) = p.waitFor { $0["id"] == .int(id) && $0["method"].isNull }
        #expect(h?["result"]["contents"]["value"].string?.contains("Jack Ma") == true)
        // The answer does not wait for the huge article's analysis (tens of seconds in a debug build): no findings
        // for it were published before the answer. An order, not a time — under a sanitizer on a busy machine every
        // step is slower, and a bound in seconds failed there.
        #expect(
            !seen.contains {
                $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["uri"] == "file:///tmp/huge.news.md"
            })
        #expect(p.response(p.request("shutdown", .null))?["result"] == .null)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let p = try ServerProcess(arguments: ["lsp", "--tcp"])
        #expect(p.exitCode() == 2)
    }
}
