import CopydeskCore
import Foundation
import Testing

@testable import CopydeskLSP

/// Issue 9, item 1: no answer depends on an unfinished workspace index. The index of a generated
/// workspace is held back (`deferBackground`) while an article is opened and every index-dependent
/// request is sent; every publish and every answer is recorded and checked once the index has landed.
@Suite struct FirstIndexTests {
    static let count = 2_000

    /// `count` articles; article i defines `person-i` and mentions person i+1.
    static func workspace() -> [String: String] {
        var files: [String: String] = [:]
        for i in 0..<count {
            let next = (i + 1) % count
            files["articles/a\(i).news.md"] =
                "---\ntitle: Article \(i)\n---\n[Person \(next)][@person-\(next)] spoke.\n\n[@person-\(i)]: Person \(i)\n  type: person\n"
        }
        files["story.news.md"] = "Today [Person Seven][@person-1771️⃣7] met [@person-12342️⃣] again.\n"
        return files
    }

    /// The wait is bounded, but its end is never an answer from a partial index: a request still waiting
    /// when its bound passes is answered ServerCancelled with `retriggerRequest: true`, and asked again
    /// once the index has landed it gets the whole workspace's answer.
    @Test func aRequestWhoseWaitRunsOutIsCancelledNotAnsweredFromAPartialIndex() {
        let c = TestClient(Self.workspace(), open: ["story.news.md"], deferBackground: true)
        let at = c.positionParams("story.news.md")
        let waiting = c.send("textDocument/hover", at)
        #expect(c.responses(waiting).isEmpty)
        c.server.indexWaitExpired(.int(waiting))
        c.collect()
        let answers = c.responses(waiting)
        #expect(answers.count == 1)
        #expect(answers.first?["error"]["code"].int == -32802, "\(answers)")
        #expect(answers.first?["error"]["data"]["retriggerRequest"] == .bool(true))
        #expect(answers.first?["result"].exists != true)
        // Expiring again (the timer of a request already answered) answers nothing more.
        c.server.indexWaitExpired(.int(waiting))
        c.collect()
        #expect(c.responses(waiting).count == 1)
        #expect(!c.server.indexReady)
        c.runBackground()
        #expect(c.responses(waiting).count == 1)
        let hover = c.result("textDocument/hover", at)["contents"]["value"].string ?? ""
        #expect(hover.contains("Person 1777") && !hover.contains("not defined"), "hover: \(hover)")
    }

    @Test func nothingIndexDependentIsAnsweredOrPublishedBeforeTheFirstIndex() {
        let c = TestClient(Self.workspace(), open: ["story.news.md"], deferBackground: true)
        let story = TestClient.uri("story.news.md")
        let at = c.positionParams("story.news.md")
        let position = c.position("story.news.md")
        let references: JSONValue = [
            "textDocument": ["uri": .string(story)], "position": position, "context": ["includeDeclaration": true],
        ]
        let rename: JSONValue = ["textDocument": ["uri": .string(story)], "position": position, "newName": "person-x"]
        let ids: [String: Int] = [
            "hover": c.send("textDocument/hover", at),
            "definition": c.send("textDocument/definition", at),
            "declaration": c.send("textDocument/declaration", at),
            "references": c.send("textDocument/references", references),
            "highlight": c.send("textDocument/documentHighlight", at),
            "rename": c.send("textDocument/rename", rename),
            "completion": c.send("textDocument/completion", c.positionParams("story.news.md", "2️⃣")),
            "symbols": c.send("workspace/symbol", ["query": "person-1777"]),
            "codeAction": c.send(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": .string(story)],
                    "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
                    "context": ["diagnostics": []],
                ]),
        ]
        c.runBackground()
        #expect(c.server.indexedFileCount == Self.count + 1)

        // Every publish for the story, before and after the index: never a false "not defined".
        let publishes = c.notifications("textDocument/publishDiagnostics").filter {
            $0["params"]["uri"].string == story
        }
        #expect(!publishes.isEmpty)
        for p in publishes {
            let codes = p["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []
            #expect(!codes.contains("undefined-entity"), "published before the index: \(p)")
        }
        // Every request answered exactly once, with the whole workspace's answer.
        for (name, id) in ids { #expect(c.responses(id).count == 1, "\(name) answered \(c.responses(id).count) times") }
        func result(_ name: String) -> JSONValue { c.responses(ids[name]!).first?["result"] ?? .null }
        let hover = result("hover")["contents"]["value"].string ?? ""
        #expect(hover.contains("Person 1777") && !hover.contains("not defined"), "hover: \(hover)")
        let target = TestClient.uri("articles/a1777.news.md")
        #expect(result("definition").array?.map { $0["uri"].string } == [target])
        #expect(result("declaration").array?.map { $0["uri"].string } == [target])
        let refs = Set(result("references").array?.compactMap { $0["uri"].string } ?? [])
        #expect(refs == [target, TestClient.uri("articles/a1776.news.md"), story])
        #expect(result("highlight").array?.count == 1)
        #expect(result("rename")["documentChanges"].array?.count == 3)
        let labels = result("completion")["items"].array?.compactMap { $0["label"].string } ?? []
        #expect(labels.contains("person-1234") && labels.contains("person-12345") == false, "\(labels.prefix(5))")
        #expect(result("symbols").array?.contains { $0["name"].string == "Person 1777" } == true)
        let titles = result("codeAction").array?.compactMap { $0["title"].string } ?? []
        #expect(!titles.contains { $0.hasPrefix("Define entity") }, "\(titles)")
    }
}

/// Issue 9, item 2: the request Neovim 0.7–0.12 and eglot send for code actions: the cursor position as
/// the range (here the start of the line) and the line's diagnostics, as published, in the context.
@Suite struct CodeActionContextTests {
    @Test func diagnosticsInTheContextGetTheirFixesWhateverTheRange() {
        for utf8 in [false, true] {
            let c = TestClient(
                ["a.news.md": "Intro line.\n1️⃣Émile 🎉 met [@ghost] today.\n"],
                capabilities: clientCapabilities(utf8: utf8))
            let line = c.diagnostics("a.news.md").filter { $0["range"]["start"]["line"] == 1 }
            #expect(line.count == 1)
            let cursor = c.position("a.news.md")
            let actions =
                c.result(
                    "textDocument/codeAction",
                    [
                        "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                        "range": ["start": cursor, "end": cursor],
                        "context": ["diagnostics": .array(line), "triggerKind": 1],
                    ]
                ).array ?? []
            let titles = actions.compactMap { $0["title"].string }
            #expect(titles.contains("Define entity @ghost"), "utf8=\(utf8): \(titles)")
            #expect(titles.contains("Suppress undefined-entity on the next line"), "\(titles)")
        }
    }

    /// A diagnostic in the context that is not ours (another server's) brings nothing.
    @Test func foreignDiagnosticsAreIgnored() {
        let c = TestClient(["a.news.md": "Fine 1️⃣text.\n"])
        let cursor = c.position("a.news.md")
        let foreign: JSONValue = [
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 4]],
            "message": "spelling", "source": "ltex", "code": "undefined-entity",
        ]
        let actions = c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": cursor, "end": cursor], "context": ["diagnostics": [foreign]],
            ])
        #expect(actions == [])
    }
}

/// Issue 9, item 3: idle means idle. Unchanged reports come from what is cached, and a pull that would
/// only say "unchanged" is held open until something changes or the client cancels.
@Suite struct IdlePullTests {
    static let files = [
        "people.news.md": "[@jack-ma]: Jack Ma\n  type: person\n",
        "a.news.md": "Met [@jack-ma] and [@ghost].\n",
        "b.news.md": "Sales rose 15% in 2016.\n",
    ]

    func previous(_ report: JSONValue) -> JSONValue {
        .array(
            (report["items"].array ?? []).map { ["uri": $0["uri"], "value": $0["resultId"]] })
    }

    @Test func unchangedPullsAreHeldWithoutReanalysisUntilSomethingChanges() {
        let c = TestClient(Self.files, open: ["a.news.md"], capabilities: clientCapabilities(pull: true))
        let first = c.result("workspace/diagnostic", ["previousResultIds": []])
        #expect(first["items"].array?.count == 3)
        let analysed = c.server.workspaceAnalysisCount
        #expect(analysed == 2)  // the two files on disk; the open one is already analysed

        // Nothing changed: the pull is held open, and nothing is analysed again.
        let held = c.send("workspace/diagnostic", ["previousResultIds": previous(first)])
        #expect(c.responses(held).isEmpty)
        #expect(c.server.workspaceAnalysisCount == analysed)
        // The client gives up: the held pull is answered "cancelled".
        c.cancel(held)
        #expect(c.responses(held).first?["error"]["code"] == -32800)

        // Held again; a file on disk changes: only that one comes back in full.
        let next = c.send("workspace/diagnostic", ["previousResultIds": previous(first)])
        #expect(c.responses(next).isEmpty)
        c.fs.set("/ws/b.news.md", "Sales rose 15% in 2016, officials said.\n")
        c.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(TestClient.uri("b.news.md")), "type": 2]]])
        let report = c.responses(next).first?["result"] ?? .null
        #expect(kinds(report) == [TestClient.uri("b.news.md"): "full"], "\(report)")
        #expect(c.server.workspaceAnalysisCount == analysed + 1)
    }

    /// uri → kind of each item of a workspace report.
    func kinds(_ report: JSONValue) -> [String: String] {
        Dictionary(
            (report["items"].array ?? []).map { ($0["uri"].string ?? "", $0["kind"].string ?? "") },
            uniquingKeysWith: { a, b in a + "," + b })
    }

    /// The client's result ids after applying `report` item by item over `held` (what vscode-languageclient does).
    func merged(_ held: JSONValue, _ report: JSONValue) -> JSONValue {
        var ids: [String: JSONValue] = [:]
        for p in held.array ?? [] { ids[p["uri"].string ?? ""] = p["value"] }
        for i in report["items"].array ?? [] { ids[i["uri"].string ?? ""] = i["resultId"] }
        return .array(ids.sorted { $0.key < $1.key }.map { ["uri": .string($0.key), "value": $0.value] })
    }

    /// A held pull woken by a keystroke in an open article reports that article alone: not an `unchanged`
    /// item for every file of the workspace (which made every keystroke cost O(workspace) in JSON).
    @Test func aWokenPullReportsOnlyWhatChanged() {
        var files = Self.files
        for i in 0..<20 { files["more/m\(i).news.md"] = "Sales rose \(i)% in 2016.\n" }
        let c = TestClient(files, open: ["a.news.md"], capabilities: clientCapabilities(pull: true))
        let first = c.result("workspace/diagnostic", ["previousResultIds": []])
        #expect(first["items"].array?.count == 23)
        var previous = previous(first)
        let analysed = c.server.workspaceAnalysisCount

        for version in 2...4 {
            let held = c.send("workspace/diagnostic", ["previousResultIds": previous])
            #expect(c.responses(held).isEmpty)
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md")), "version": .int(version)],
                    "contentChanges": [
                        [
                            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
                            "text": "x",
                        ]
                    ],
                ])
            let report = c.responses(held).first?["result"] ?? .null
            #expect(kinds(report) == [TestClient.uri("a.news.md"): "full"], "\(report)")
            #expect(report["items"][0]["version"] == .int(version))
            previous = merged(previous, report)
        }
        #expect(c.server.workspaceAnalysisCount == analysed)  // no file on disk was analysed again

        // A file the client knows is deleted: an empty report for it, once.
        let held = c.send("workspace/diagnostic", ["previousResultIds": previous])
        c.fs.set("/ws/b.news.md", nil)
        c.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(TestClient.uri("b.news.md")), "type": 3]]])
        let report = c.responses(held).first?["result"] ?? .null
        #expect(kinds(report) == [TestClient.uri("b.news.md"): "full"], "\(report)")
        #expect(report["items"][0]["items"] == [])
        previous = merged(previous, report)
        let quiet = c.send("workspace/diagnostic", ["previousResultIds": previous])
        #expect(c.responses(quiet).isEmpty, "nothing new: held")
        c.cancel(quiet)
    }

    /// What another file can see of an edit decides what the next workspace pull analyses again: typing in an
    /// open article's title or source definitions, nothing on disk; a changed description, only the files that
    /// mention that entity; a new alias (plain prose anywhere may now name it), everything.
    @Test func aDefinitionEditReanalysesOnlyTheFilesThatCanSeeIt() {
        let files = [
            "people.news.md": "[@jack-ma]: Jack Ma\n  type: person\n  description: Founder\n",
            "a.news.md": "Met [@jack-ma] and [@ghost].\n",
            "b.news.md": "Sales rose 15% in 2016.\n",
            "c.news.md": "Prices fell, said [Jack Ma][@jack-ma].\n",
            "open.news.md": "---\ntitle: Open\n---\nCosts rose 5%.[^s]\n\n[^s]: A report\n\n[@local]: Local Thing\n",
        ]
        let c = TestClient(
            files, open: ["open.news.md", "people.news.md"], capabilities: clientCapabilities(pull: true))
        let first = c.result("workspace/diagnostic", ["previousResultIds": []])
        var previous = previous(first)
        var analysed = c.server.workspaceAnalysisCount
        var version = 1
        func edit(_ path: String, _ line: Int, _ character: Int, _ text: String) -> JSONValue {
            version += 1
            let held = c.send("workspace/diagnostic", ["previousResultIds": previous])
            let at: JSONValue = ["line": .int(line), "character": .int(character)]
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(TestClient.uri(path)), "version": .int(version)],
                    "contentChanges": [["range": ["start": at, "end": at], "text": .string(text)]],
                ])
            let report = c.responses(held).first?["result"] ?? .null
            previous = merged(previous, report)
            return report
        }
        // The title, then a source's text: the open article alone is reported; no file on disk is analysed.
        for (line, character) in [(1, 9), (5, 8)] {
            let report = edit("open.news.md", line, character, "x")
            #expect(kinds(report) == [TestClient.uri("open.news.md"): "full"], "\(report)")
            #expect(c.server.workspaceAnalysisCount == analysed)
        }
        // A description: the files mentioning jack-ma (a, c) are analysed again, not b.
        _ = edit("people.news.md", 2, 22, " and investor")
        #expect(c.server.workspaceAnalysisCount == analysed + 2)
        analysed = c.server.workspaceAnalysisCount
        // An alias: every file on disk may name it in plain prose.
        _ = edit("people.news.md", 1, 14, "\n  aliases: Ma Yun")
        #expect(c.server.workspaceAnalysisCount == analysed + 3)
    }

    /// A shutdown answers a held pull (every request gets exactly one response).
    @Test func shutdownAnswersAHeldPull() {
        let c = TestClient(Self.files, open: ["a.news.md"], capabilities: clientCapabilities(pull: true))
        let first = c.result("workspace/diagnostic", ["previousResultIds": []])
        let held = c.send("workspace/diagnostic", ["previousResultIds": previous(first)])
        #expect(c.responses(held).isEmpty)
        _ = c.request("shutdown", .null)
        #expect(c.responses(held).count == 1)
    }
}

/// Issue 9, item 4: hover shows what is about the thing under the cursor, escapes nothing that is not
/// Markdown, and says something true and useful where there is no definition.
@Suite struct HoverTextTests {
    static let people = "[@jack-ma]: Jack Ma\n  type: person\n  description: Founder of [Alibaba] and *Ant*\n"

    @Test func aFindingAboutAnotherEntityIsNotOnThisCard() {
        let c = TestClient(["p.news.md": Self.people, "a.news.md": "Met [Jack 1️⃣Ma][@jack-ma] and [@ghost] today.\n"])
        let v = c.result("textDocument/hover", c.positionParams("a.news.md"))["contents"]["value"].string ?? ""
        #expect(v.contains("Jack Ma"))
        #expect(!v.contains("undefined-entity") && !v.contains("ghost"), "\(v)")
    }

    @Test func noBackslashesBeforeBracketsAndNoRawLinks() {
        let c = TestClient(["p.news.md": Self.people, "a.news.md": "Met [Jack 1️⃣Ma][@jack-ma] and [@gh2️⃣ost].\n"])
        for marker in ["1️⃣", "2️⃣"] {
            let v =
                c.result("textDocument/hover", c.positionParams("a.news.md", marker))["contents"]["value"]
                .string ?? ""
            #expect(!v.contains("\\[") && !v.contains("\\]") && !v.contains("\\@"), "\(v)")
            #expect(!v.contains("](") && !v.contains("file://"), "\(v)")
        }
        let v = c.result("textDocument/hover", c.positionParams("a.news.md"))["contents"]["value"].string ?? ""
        #expect(v.contains("p.news.md:1"), "\(v)")
        // Real Markdown in a description is still escaped (it is text, not formatting).
        #expect(v.contains("\\*Ant\\*"), "\(v)")
    }

    @Test func anUndefinedNameSaysSomethingTrue() {
        for text in [
            "Met [Harley Lewin][@lewin] today.\n\n“Fine,” 1️⃣Lewin said.\n",
            "Met [Harley Lewin][@le1️⃣win] today.\n",
        ] {
            let c = TestClient(["a.news.md": text])
            let v = c.result("textDocument/hover", c.positionParams("a.news.md"))["contents"]["value"].string ?? ""
            #expect(!v.contains("0 times") && !v.contains("0 articles"), "\(v)")
            #expect(v.contains("not defined in any article"), "\(v)")
            #expect(v.contains("[@lewin]: Harley Lewin"), "a hint how to define it: \(v)")
        }
    }
}

/// Typed params: a wrong field is −32602 naming it.
@Suite struct TypedParamsTests {
    @Test func invalidParamsNameTheField() {
        let c = TestClient(["a.news.md": "Text.\n"])
        let uri = JSONValue.string(TestClient.uri("a.news.md"))
        let cases: [(String, JSONValue, String)] = [
            (
                "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": "0", "character": 0]],
                "params.position.line: expected an integer"
            ),
            (
                "textDocument/rename", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]],
                "params.newName: expected a string"
            ),
            (
                "textDocument/codeAction", ["textDocument": ["uri": 3], "range": .null],
                "params.textDocument.uri: expected a string"
            ),
        ]
        for (method, params, message) in cases {
            let r = c.request(method, params)
            #expect(r["error"]["code"] == -32602, "\(method): \(r)")
            #expect(r["error"]["message"].string == message, "\(method): \(r)")
        }
    }
}

/// Re-indexing after the client's include/exclude changed: the index is partial until it lands, so the
/// same wait applies — no false "not defined" is published meanwhile.
@Suite struct ReindexTests {
    @Test func noFalseErrorWhileReindexing() {
        let c = TestClient(
            ["story.news.md": "Met [@ghost].\n", "people/p.news.md": "[@ghost]: Ghost\n"], open: ["story.news.md"],
            deferBackground: true)
        let story = TestClient.uri("story.news.md")
        c.runBackground()
        #expect(c.notifications("textDocument/publishDiagnostics").contains { $0["params"]["uri"] == .string(story) })
        c.clearReceived()
        c.settings = ["exclude": ["drafts/**"]]
        c.notify("workspace/didChangeConfiguration", ["settings": .null])
        let hover = c.send(
            "textDocument/hover",
            [
                "textDocument": ["uri": .string(TestClient.uri("story.news.md"))],
                "position": ["line": 0, "character": 7],
            ])
        c.runBackground()
        for p in c.notifications("textDocument/publishDiagnostics") {
            #expect(!(p["params"]["diagnostics"].array ?? []).contains { $0["code"] == "undefined-entity" }, "\(p)")
        }
        #expect(!c.notifications("textDocument/publishDiagnostics").isEmpty)
        let value = c.responses(hover).first?["result"]["contents"]["value"].string ?? ""
        #expect(value.contains("Ghost") && !value.contains("not defined"), "\(value)")
    }
}

/// A request waiting for the first index that the client cancels is answered −32800 at once, and only once.
@Suite struct WaitingRequestCancellationTests {
    @Test func cancellingAWaitingRequestAnswersItOnce() {
        let c = TestClient(
            ["p.news.md": "[@jack-ma]: Jack Ma\n", "a.news.md": "Met [@jack-1️⃣ma].\n"], open: ["a.news.md"],
            deferBackground: true)
        let id = c.send("textDocument/hover", c.positionParams("a.news.md"))
        #expect(c.responses(id).isEmpty)
        c.cancel(id)
        #expect(c.responses(id).first?["error"]["code"] == -32800)
        c.runBackground()
        #expect(c.responses(id).count == 1)
    }
}

/// The same with the real binary (threads, worker pool, pipes) on 2,000 articles on disk: the article is
/// opened and a hover sent right after `initialized`, while the folder is still being indexed. Every
/// message is recorded until both the hover and the index's end are in.
@Suite struct FirstIndexProcessTests {
    @Test func noFalseErrorOrHoverWhileTheRealServerIndexes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-first-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, text) in FirstIndexTests.workspace() where path != "story.news.md" {
            try text.write(to: dir.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        let p = try ServerProcess()
        _ = p.initialize(rootPath: dir.path, capabilities: ["window": ["workDoneProgress": true]])
        let story = DocumentURI.fromPath(dir.appendingPathComponent("story.news.md").path)
        p.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(story), "languageId": "markdown", "version": 1,
                    "text": "Today [Person Seven][@person-1777] met [@person-1234] again.\n",
                ]
            ])
        let hover = p.request(
            "textDocument/hover", ["textDocument": ["uri": .string(story)], "position": ["line": 0, "character": 24]])
        var seen: [JSONValue] = []
        var answered = false
        var indexed = false
        var published = false
        let deadline = Date().addingTimeInterval(ServerProcess.patience)
        while !(answered && indexed && published) && Date() < deadline {
            guard let m = p.waitFor({ _ in true }).match else { break }
            seen.append(m)
            if m["id"] == .int(hover) && m["method"].isNull { answered = true }
            if m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end" { indexed = true }
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == .string(story) {
                published = true
            }
        }
        #expect(answered && indexed && published)
        for m in seen where m["method"] == "textDocument/publishDiagnostics" {
            let codes = m["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []
            #expect(!codes.contains("undefined-entity"), "\(m)")
        }
        let value = seen.first { $0["id"] == .int(hover) }?["result"]["contents"]["value"].string ?? ""
        #expect(value.contains("Person 1777") && !value.contains("not defined"), "\(value)")
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }
}

/// The core's editor API prints what its parser reads: a suppression comment printed by `Suppression.comment`
/// parses back to the same directive, rules and reason.
@Suite struct CoreEditorAPITests {
    @Test func suppressionCommentsRoundTripThroughTheParser() {
        for kind in [Suppression.Kind.nextLine, .disable, .enable] {
            let comment = Suppression.comment(
                kind, rules: ["undefined-entity", "unsourced-claim"], reason: "TODO: why")
            let syntax = ArticleParser.parse(SourceText("\(comment)\nText [@ghost].\n"), kind: .annotated)
            #expect(syntax.suppressions.count == 1, "\(comment)")
            #expect(syntax.suppressions.first?.kind == kind)
            #expect(syntax.suppressions.first?.rules == ["undefined-entity", "unsourced-claim"])
            #expect(syntax.suppressions.first?.reason == "TODO: why")
        }
    }
}

/// Idle means idle, with the real binary: after the first workspace pull, a pull with every result id is
/// held (no answer) and the server uses next to no CPU while the client waits, even when it cancels
/// and pulls again. (The minute-long figure at 10,000 articles is `Tests/bench/idle_bench.py`.)
@Suite struct IdleProcessTests {
    static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return .nan }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return (Double(fields[11])! + Double(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test func heldPullsCostNoCPU() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-idle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<300 {
            try
                "# Story \(i)\n\nSales rose 15% in 2016, said [Person \(i)][@person-\(i)].\n\n[@person-\(i)]: Person \(i)\n"
                .write(to: dir.appendingPathComponent("s\(i).news.md"), atomically: false, encoding: .utf8)
        }
        let p = try ServerProcess()
        _ = p.initialize(
            rootPath: dir.path,
            capabilities: [
                "window": ["workDoneProgress": true], "workspace": ["diagnostics": ["refreshSupport": true]],
                "textDocument": ["diagnostic": ["dynamicRegistration": false]],
            ])
        let first = p.response(p.request("workspace/diagnostic", ["previousResultIds": []]))
        let items = first?["result"]["items"].array ?? []
        #expect(items.count == 300)
        let previous = JSONValue.array(items.map { ["uri": $0["uri"], "value": $0["resultId"]] })
        Thread.sleep(forTimeInterval: 0.5)
        let before = Self.cpuSeconds(p.process.processIdentifier)
        let held = p.request("workspace/diagnostic", ["previousResultIds": previous])
        #expect(p.response(held, timeout: 1.5) == nil, "an unchanged pull is held open")
        p.notify("$/cancelRequest", ["id": .int(held)])
        #expect(p.response(held)?["error"]["code"] == -32800)
        let again = p.request("workspace/diagnostic", ["previousResultIds": previous])
        #expect(p.response(again, timeout: 1.5) == nil)
        let used = Self.cpuSeconds(p.process.processIdentifier) - before
        #expect(used < 0.5, "server CPU while idle: \(used) s")
        #expect(p.response(p.request("shutdown", .null)) != nil)
        p.notify("exit")
        #expect(p.exitCode() == 0)
    }
}
