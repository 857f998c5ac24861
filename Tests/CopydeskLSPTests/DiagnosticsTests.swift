import CopydeskCore
import Testing

@testable import CopydeskLSP

/// Diagnostics pushed for open documents, with the rule id as `code`, across files.
/// `check`: every range marked `2️⃣…2️⃣` in any open file must carry a diagnostic of `rule`, and no other may.
func checkDiagnostics(
    _ rule: String, _ files: [String: String], open: [String]? = nil, utf8: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let c = TestClient(files, open: open, capabilities: clientCapabilities(utf8: utf8))
    var got = Set<String>()
    for path in open ?? Array(files.keys) {
        for d in c.diagnostics(path) where d["code"].string == rule {
            #expect(d["source"].string == "copydesk", sourceLocation: sourceLocation)
            got.insert(c.describe(uri: TestClient.uri(path), range: d["range"]))
        }
    }
    #expect(got == c.marked("2️⃣"), "utf8=\(utf8)", sourceLocation: sourceLocation)
}

@Suite struct DiagnosticsTests {
    static let people = """
        ---
        title: People 🎉 in the news
        ---
        [@jack-ma]: Jack Ma
          type: person
          aliases: Ma, Mr Ma
        [@josé]: José Müller
          type: person
        """

    @Test(arguments: [false, true])
    func undefinedEntityAcrossFiles(utf8: Bool) {
        checkDiagnostics(
            "undefined-entity",
            [
                "people.news.md": DiagnosticsTests.people,
                "story.news.md":
                    "“Quote 🎉” said [José Müller][@josé] and [Jack][@2️⃣jak-ma2️⃣] today.\r\nÉmile met [@2️⃣nobody2️⃣].\r\n",
            ], utf8: utf8)
    }

    @Test(arguments: [false, true])
    func undefinedEntityWhenDefinitionOnlyOnDisk(utf8: Bool) {
        // The defining article is not open: the index built from the workspace folder resolves it.
        checkDiagnostics(
            "undefined-entity",
            [
                "people.news.md": DiagnosticsTests.people,
                "story.news.md": "😀 [Ma][@jack-ma] met [@2️⃣ghost2️⃣].\n",
            ], open: ["story.news.md"], utf8: utf8)
    }

    @Test func undefinedSourceAndUnusedSourceTag() {
        checkDiagnostics("undefined-source", ["a.news.md": "Sales rose 🎉 15%[^2️⃣reuters2️⃣].\n\n[^ap]: AP\n"])
        let c = TestClient(["a.news.md": "Sales rose 15%[^reuters].\n\n[^ap]: AP, 29 Nov\n"])
        let unused = c.diagnostics("a.news.md").filter { $0["code"] == "unused-source" }
        #expect(unused.count == 1)
        #expect(unused.first?["tags"] == [1])
    }

    @Test func duplicateDefinitionCarriesRelatedInformation() {
        let c = TestClient([
            "a.news.md": "[@2️⃣jack-ma2️⃣]: Jack Ma\n  type: person\n",
            "b.news.md": "Intro 🎉 line\n[@3️⃣jack-ma3️⃣]: Jack Ma\n",
        ])
        let d = c.diagnostics("a.news.md").first { $0["code"] == "duplicate-definition" }
        #expect(d != nil)
        let related = d?["relatedInformation"].array ?? []
        #expect(related.count == 1)
        if let r = related.first {
            #expect(c.describe(uri: r["location"]["uri"].string!, range: r["location"]["range"]) == c.marked("3️⃣").first)
        }
    }

    @Test func definitionAppearingInAnotherFileClearsTheError() {
        let c = TestClient(["story.news.md": "Met [@2️⃣ghost2️⃣] today.\n", "people.news.md": "Nothing yet.\n"])
        #expect(c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
        let before = c.server.analysisCount[DocumentID(TestClient.uri("story.news.md"))] ?? 0
        // Typing in people.news.md without touching definitions must not re-analyse the story.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": ["line": 0, "character": 7], "end": ["line": 0, "character": 7]],
                        "text": " at all",
                    ]
                ],
            ])
        #expect(c.server.analysisCount[DocumentID(TestClient.uri("story.news.md"))] ?? 0 == before)
        // Adding the definition re-lints the story.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": 3],
                "contentChanges": [["text": "[@ghost]: A Ghost\n  type: person\n"]],
            ])
        #expect(!c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
        #expect(c.server.analysisCount[DocumentID(TestClient.uri("story.news.md"))]! == before + 1)
        // And removing it brings the error back.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": 4],
                "contentChanges": [["text": "gone\n"]],
            ])
        #expect(c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
    }

    @Test func pullModeDoesNotPush() {
        let c = TestClient(["a.news.md": "Met [@ghost] 🎉.\n"], capabilities: clientCapabilities(pull: true))
        #expect(c.notifications("textDocument/publishDiagnostics").isEmpty)
        let r = c.result("textDocument/diagnostic", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])
        #expect(r["kind"] == "full")
        #expect(r["items"].array?.contains { $0["code"] == "undefined-entity" } == true)
        let again = c.result(
            "textDocument/diagnostic",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "previousResultId": r["resultId"],
            ])
        #expect(again["kind"] == "unchanged")
        let ws = c.result("workspace/diagnostic", ["previousResultIds": []])
        #expect(ws["items"].array?.count == 1)
    }

    /// A pull that arrives before the first index (here: before `initialized`) waits, so it cannot report a
    /// false undefined-entity; it is answered once, when the index is in — or, at a `shutdown` before any index,
    /// with ServerCancelled (−32802, no retrigger), before shutdown's null.
    @Test func pullsBeforeTheIndexWaitAndAreAnsweredExactlyOnce() {
        for endsWith in ["initialized", "shutdown"] {
            let c = TestClient(
                [
                    "a.news.md": "Met [@jack-ma] 🎉 in “Zoë’s” café.\r\n",
                    "b.news.md": "[@jack-ma]: Jack Ma\n  type: person\n",
                ],
                capabilities: clientCapabilities(pull: true), initialize: false)
            _ = c.request(
                "initialize",
                [
                    "processId": .null, "rootUri": .string(DocumentURI.fromPath(TestClient.root)),
                    "capabilities": clientCapabilities(pull: true),
                ])
            c.server.receive([
                "jsonrpc": "2.0", "id": 100, "method": "textDocument/diagnostic",
                "params": ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]],
            ])
            #expect(c.sink.drain().filter { $0["id"] == 100 }.isEmpty, "answered before the index exists")
            let closing = c.request(
                endsWith == "initialized" ? "textDocument/documentSymbol" : "shutdown",
                ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])
            if endsWith == "initialized" {
                #expect(!closing["result"].isNull, "requests that do not read the index are answered at once")
                c.notify("initialized", [:])
            }
            let pulls = c.received.filter { $0["id"] == 100 && $0["method"].isNull }
            #expect(pulls.count == 1, "\(endsWith): \(pulls.count) answers")
            if endsWith == "initialized" {
                #expect(pulls.first?["result"]["kind"] == "full")
                #expect(
                    pulls.first?["result"]["items"].array?.contains { $0["code"] == "undefined-entity" } == false,
                    "a pull answered before indexing would not know b.news.md's definition")
            } else {
                // Never indexed: ServerCancelled, not diagnostics that would miss b.news.md's definition.
                #expect(
                    pulls.first?["error"]["code"] == -32802
                        && pulls.first?["error"]["data"]["retriggerRequest"] == false, "\(pulls)")
                let order = c.received.compactMap { $0["method"].isNull ? $0["id"].int : nil }
                #expect(
                    order.firstIndex(of: 100)! < order.lastIndex(of: 2)!,
                    "the pull is answered before shutdown's null: \(order)")
            }
        }
    }

    @Test func settingsTurnARuleOffAndReLint() {
        let c = TestClient(["a.news.md": "Met [@ghost].\n"], settings: ["rules": ["undefined-entity": "off"]])
        #expect(!c.diagnostics("a.news.md").contains { $0["code"] == "undefined-entity" })
        // The client answers workspace/configuration: the server asks again rather than trusting the push.
        c.settings = ["rules": ["undefined-entity": "warning"]]
        c.notify(
            "workspace/didChangeConfiguration", ["settings": ["copydesk": ["rules": ["undefined-entity": "error"]]]])
        let d = c.diagnostics("a.news.md").first { $0["code"] == "undefined-entity" }
        #expect(d?["severity"] == 2)
    }

    @Test func copydeskJSONInTheFolderIsRead() {
        let c = TestClient(
            ["a.news.md": "Met [@ghost].\n", ".copydesk.json": #"{"rules": {"undefined-entity": "hint"}}"#],
            open: ["a.news.md"])
        #expect(c.diagnostics("a.news.md").first { $0["code"] == "undefined-entity" }?["severity"] == 4)
    }
}

@Suite struct SettingsTests {
    @Test func clientIncludeExcludeReindexes() {
        let c = TestClient(
            ["story.news.md": "Met [@ghost].\n", "drafts/p.news.md": "[@ghost]: Ghost\n"], open: ["story.news.md"])
        #expect(!c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
        c.settings = ["exclude": ["drafts/**"]]
        c.notify("workspace/didChangeConfiguration", ["settings": .null])
        #expect(c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
        c.settings = [:]
        c.notify("workspace/didChangeConfiguration", ["settings": .null])
        #expect(!c.diagnostics("story.news.md").contains { $0["code"] == "undefined-entity" })
    }

    @Test func pushedSettingsWhenTheClientCannotBeAsked() {
        var caps = clientCapabilities()
        if case .object(var o) = caps, case .object(var ws)? = o["workspace"] {
            ws["configuration"] = false
            o["workspace"] = .object(ws)
            caps = .object(o)
        }
        let c = TestClient(["a.news.md": "Met [@ghost].\n"], capabilities: caps)
        #expect(c.diagnostics("a.news.md").first { $0["code"] == "undefined-entity" }?["severity"] == 1)
        c.notify(
            "workspace/didChangeConfiguration", ["settings": ["copydesk": ["rules": ["undefined-entity": "hint"]]]])
        #expect(c.diagnostics("a.news.md").first { $0["code"] == "undefined-entity" }?["severity"] == 4)
        #expect(!c.received.contains { $0["method"] == "workspace/configuration" })
    }

    @Test func wrongSettingsAreLoggedAndIgnored() {
        let c = TestClient(["a.news.md": "Met [@ghost].\n"], settings: ["rules": ["undefined-entity": "loud"]])
        #expect(c.diagnostics("a.news.md").first { $0["code"] == "undefined-entity" }?["severity"] == 1)
        #expect(
            c.notifications("window/logMessage").contains {
                $0["params"]["message"].string?.contains("undefined-entity") == true
            })
    }
}
