import CopydeskCore
import CopydeskFiles
import CopydeskTestSupport
import Foundation
import Testing

@testable import CopydeskLSP

/// Capabilities with the refresh, resource-operation and showDocument support the issue 10 features use.
private func richCapabilities(utf8: Bool = false, create: Bool = true) -> JSONValue {
    guard case .object(var caps) = clientCapabilities(utf8: utf8), case .object(var ws) = caps["workspace"] else {
        return clientCapabilities(utf8: utf8)
    }
    ws["workspaceEdit"] = [
        "documentChanges": true, "resourceOperations": create ? ["create", "rename", "delete"] : [],
    ]
    ws["inlayHint"] = ["refreshSupport": true]
    ws["codeLens"] = ["refreshSupport": true]
    caps["workspace"] = .object(ws)
    if case .object(var td) = caps["textDocument"] {
        td["documentLink"] = ["tooltipSupport": true]
        caps["textDocument"] = .object(td)
    }
    caps["window"] = ["workDoneProgress": true, "showDocument": ["support": true]]
    return .object(caps)
}

/// Applies the edits a WorkspaceEdit makes to one file (`current` nil: the file does not exist), as a client
/// would; returns the file's new text and whether the edit created it.
private func applyFileEdit(_ edit: JSONValue, uri: String, current: String?, encoding: PositionEncoding) -> (
    text: String, created: Bool
) {
    var created = false
    var edits: [JSONValue] = []
    for dc in edit["documentChanges"].array ?? [] {
        if dc["kind"].string == "create", dc["uri"].string == uri { created = true }
        if dc["textDocument"]["uri"].string == uri { edits += dc["edits"].array ?? [] }
    }
    edits += edit["changes"][uri].array ?? []
    var text = SourceText(current ?? "")
    for e in edits.reversed() {
        let r = e["range"]
        text = TextEdits.apply(
            [
                ContentChange(
                    range: (
                        .init(line: r["start"]["line"].int!, character: r["start"]["character"].int!),
                        .init(line: r["end"]["line"].int!, character: r["end"]["character"].int!)
                    ),
                    text: e["newText"].string!)
            ], to: text, encoding: encoding)
    }
    return (text.string, created)
}

private func textDocument(_ path: String) -> JSONValue { ["textDocument": ["uri": .string(TestClient.uri(path))]] }

private func wholeRange(_ c: TestClient, _ path: String) -> JSONValue {
    let f = c.fixtures[path]!
    return [
        "start": ["line": 0, "character": 0],
        "end": c.server.encoding.position(of: f.source.count, in: f.source),
    ]
}

private let speakers = """
    # Talks

    Harley Lewin, a partner at a law firm, says 😀 Alibaba is great.

    “There is nothing to lose here at all,”1️⃣ he added2️⃣. Ma met [@trump]3️⃣ on Monday[^call]4️⃣.

    [^call]: Phone call with the company on Monday morning, 2017
    """

@Test(arguments: [false, true]) func inlayHintsAreConvertedAndSwitchedPerKind(utf8: Bool) {
    let c = TestClient(
        ["a.news.md": speakers, "defs.news.md": "[@trump]: Donald Trump\n"], open: ["a.news.md"],
        capabilities: clientCapabilities(utf8: utf8))
    let params: JSONValue = [
        "textDocument": ["uri": .string(TestClient.uri("a.news.md"))], "range": wholeRange(c, "a.news.md"),
    ]
    let hints = c.result("textDocument/inlayHint", params).array ?? []
    #expect(
        hints.map { $0["label"].string ?? "" } == ["— Harley Lewin", "Donald Trump", "Phone call with the company on…"])
    #expect(
        hints.map { $0["position"] } == [
            c.position("a.news.md", "2️⃣"), c.position("a.news.md", "3️⃣"), c.position("a.news.md", "4️⃣"),
        ])
    #expect(hints[2]["tooltip"].string == "Phone call with the company on Monday morning, 2017")
    #expect(hints.allSatisfy { $0["paddingLeft"] == true })

    c.settings = ["inlayHints": ["speakers": false], "inlayHints.sources": false]
    c.notify("workspace/didChangeConfiguration", ["settings": .null])
    let fewer = c.result("textDocument/inlayHint", params).array ?? []
    #expect(fewer.map { $0["label"].string ?? "" } == ["Donald Trump"])
}

@Test func inlayHintsAreRefreshedWhenADefinitionElsewhereChanges() {
    let c = TestClient(
        ["a.news.md": speakers, "defs.news.md": "[@trump]: Donald Trump\n"], capabilities: richCapabilities())
    c.clearReceived()
    c.notify(
        "textDocument/didChange",
        [
            "textDocument": ["uri": .string(TestClient.uri("defs.news.md")), "version": 2],
            "contentChanges": [["text": "[@trump]: Donald J. Trump\n"]],
        ])
    #expect(c.received.contains { $0["method"].string == "workspace/inlayHint/refresh" })
    #expect(c.received.contains { $0["method"].string == "workspace/codeLens/refresh" })
    let params: JSONValue = [
        "textDocument": ["uri": .string(TestClient.uri("a.news.md"))], "range": wholeRange(c, "a.news.md"),
    ]
    #expect((c.result("textDocument/inlayHint", params).array ?? []).contains { $0["label"] == "Donald J. Trump" })
    // Typing in prose that changes no definition asks for nothing.
    c.clearReceived()
    c.notify(
        "textDocument/didChange",
        [
            "textDocument": ["uri": .string(TestClient.uri("defs.news.md")), "version": 3],
            "contentChanges": [["text": "[@trump]: Donald J. Trump\n\nMore text.\n"]],
        ])
    #expect(!c.received.contains { $0["method"].string == "workspace/inlayHint/refresh" })
}

private let sourcing = """
    # Trade 😀 talks

    Alibaba made $15 billion in sales last year. Sales rose 40 percent[^filing]. Sources say the deal is close.

    Nothing moved. 1️⃣“The talks are over and they know it well.”1️⃣

    [^filing]: Annual report
    """

@Test func theCodeLensSummarisesSourcingAndClickingItShowsTheFindings() throws {
    let c = TestClient(["a.news.md": sourcing], capabilities: richCapabilities())
    let lenses = c.result("textDocument/codeLens", textDocument("a.news.md")).array ?? []
    #expect(lenses.count == 1)
    let lens = try #require(lenses.first)
    #expect(lens["range"]["start"] == ["line": 0, "character": 0])
    #expect(
        lens["command"]["title"].string
            == "1 unsourced claim · 1 sourced · 1 quote (1 without speaker) · 0 named sources, 1 anonymous")
    #expect(lens["command"]["command"] == "copydesk.showFindings")
    let args = lens["command"]["arguments"]
    #expect(args[0].string == TestClient.uri("a.news.md"))
    let locations = args[2].array ?? []
    #expect(locations.count == 3)  // the claim, the quote, the vague attribution
    #expect(locations.contains { c.describe(uri: $0["uri"].string!, range: $0["range"]) == c.marked("1️⃣").first })

    c.clearReceived()
    let answer = c.result(
        "workspace/executeCommand", ["command": "copydesk.showFindings", "arguments": args])
    #expect(answer.array?.count == 3)
    let show = c.received.first { $0["method"].string == "window/showDocument" }
    #expect(show?["params"]["uri"] == locations[0]["uri"])
    #expect(show?["params"]["selection"] == locations[0]["range"])

    let summary = c.result(
        "workspace/executeCommand",
        ["command": "copydesk.showSourcingSummary", "arguments": [.string(TestClient.uri("a.news.md"))]])
    #expect(summary["unsourcedClaims"] == 1)
    #expect(summary["quotesWithoutSpeaker"] == 1)
    #expect(
        c.notifications("window/showMessage").last?["params"]["message"].string?.hasPrefix("Trade 😀 talks: 1 unsourced")
            == true)
    let unknown = c.request("workspace/executeCommand", ["command": "copydesk.nope"])
    #expect(unknown["error"]["code"] == .int(ErrorCode.invalidParams))
}

@Test func documentLinksPointAtSourceAndSameAsURLs() {
    let c = TestClient(
        [
            "a.news.md": """
            Ma 😀 met Trump[^f].

            [@ma]: Jack Ma
              same-as: 1️⃣https://www.wikidata.org/wiki/Q11370621️⃣

            [^f]: Filing, 2️⃣https://example.com/é2️⃣
            """
        ], capabilities: richCapabilities())
    let links = c.result("textDocument/documentLink", textDocument("a.news.md")).array ?? []
    #expect(
        Set(links.map { c.describe(uri: TestClient.uri("a.news.md"), range: $0["range"]) })
            == c.marked("1️⃣").union(c.marked("2️⃣")))
    #expect(
        links.map { $0["target"].string ?? "" } == ["https://www.wikidata.org/wiki/Q1137062", "https://example.com/é"])
    #expect(links[0]["tooltip"] == "Wikidata Q1137062 (Jack Ma)")
    // A client without tooltipSupport (Neovim) gets no tooltip (LSP 3.15); hover still says the Q-id.
    let plain = TestClient(
        ["a.news.md": "[@ma]: Jack Ma\n  same-as: https://www.wikidata.org/wiki/Q1137062\n"],
        capabilities: clientCapabilities(linkTooltips: false))
    let bare = plain.result("textDocument/documentLink", textDocument("a.news.md")).array ?? []
    #expect(bare.map { $0["target"].string ?? "" } == ["https://www.wikidata.org/wiki/Q1137062"])
    #expect(bare.allSatisfy { !$0["tooltip"].exists })
    // Hover on the definition shows the Q-id.
    let hover = c.result(
        "textDocument/hover",
        ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))], "position": ["line": 2, "character": 3]])
    #expect(hover["contents"]["value"].string?.contains("Wikidata: `Q1137062`") == true)
}

@Test func hoverOnAFindingShowsTheRulesShortDocumentation() {
    let c = TestClient(["a.news.md": "Nothing moved. 1️⃣“The plan is dead and we all know it.”\n"])
    let hover = c.result("textDocument/hover", c.positionParams("a.news.md"))
    let text = hover["contents"]["value"].string ?? ""
    #expect(text.contains("unattributed-quote"))
    #expect(text.contains(UnattributedQuoteRule.documentation.rationale))
}

@Test(arguments: [true, false]) func acceptingAFindingRecordsItAndTheServerStopsReportingIt(create: Bool) throws {
    let article = "# Trade\n\nAlibaba made 1️⃣$15 billion in sales last year. The firm grew.\n"
    let c = TestClient(["a.news.md": article], capabilities: richCapabilities(create: create))
    #expect(c.diagnostics("a.news.md").map { $0["code"].string ?? "" } == ["unsourced-claim"])
    let actions =
        c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": c.position("a.news.md"), "end": c.position("a.news.md")],
                "context": ["diagnostics": .array(c.diagnostics("a.news.md"))],
            ]
        ).array ?? []
    let accept = try #require(actions.first { $0["title"].string?.hasPrefix("Accept this finding") == true })
    #expect(accept["diagnostics"][0]["code"] == "unsourced-claim")
    let baselineURI = DocumentURI.fromPath("/ws/.copydesk-baseline.json")
    let applied = applyFileEdit(accept["edit"], uri: baselineURI, current: nil, encoding: c.server.encoding)
    #expect(applied.created == create)
    let baseline = try BaselineFile.parse(Array(applied.text.utf8), path: "/ws/.copydesk-baseline.json").get()
    #expect(baseline.entries.map(\.rule) == ["unsourced-claim"])
    #expect(baseline.entries.first?.article == "a.news.md")

    // The client runs the action's command after the edit: the finding is gone at once, file saved or not.
    c.clearReceived()
    c.request("workspace/executeCommand", accept["command"])
    #expect(c.diagnostics("a.news.md").isEmpty)
    // Running it again (or after the saved file was read back) changes nothing.
    c.fs.set("/ws/.copydesk-baseline.json", applied.text)
    c.notify(
        "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(baselineURI), "type": 2]]])
    c.request("workspace/executeCommand", accept["command"])
    #expect(c.diagnostics("a.news.md").isEmpty)

    // Editing another sentence keeps it accepted; editing its sentence brings it back.
    c.notify(
        "textDocument/didChange",
        [
            "textDocument": ["uri": .string(TestClient.uri("a.news.md")), "version": 2],
            "contentChanges": [
                ["text": "# Trade\n\nAlibaba made $15 billion in sales last year. The firm grew fast.\n"]
            ],
        ])
    #expect(c.diagnostics("a.news.md").isEmpty)
    c.notify(
        "textDocument/didChange",
        [
            "textDocument": ["uri": .string(TestClient.uri("a.news.md")), "version": 3],
            "contentChanges": [
                ["text": "# Trade\n\nAlibaba made $16 billion in sales last year. The firm grew fast.\n"]
            ],
        ])
    #expect(c.diagnostics("a.news.md").map { $0["code"].string ?? "" } == ["unsourced-claim"])
}

@Test func aBaselineOnDiskIsHonouredFromTheStartAndItsChangesAreWatched() throws {
    let article = "# Trade\n\nAlibaba made $15 billion in sales last year.\n"
    let syntax = ArticleParser.parse(SourceText(article), kind: .annotated)
    let (analysis, diagnostics, _) = DocumentPipeline.analyze(syntax, id: DocumentID("a"), index: WorkspaceIndex())
    let entry = Baseline.entry(for: diagnostics[0], analysis: analysis, article: "a.news.md")
    let text = String(decoding: BaselineFile.render(Baseline(entries: [entry])), as: UTF8.self)
    let c = TestClient(["a.news.md": article, ".copydesk-baseline.json": text])
    #expect(c.diagnostics("a.news.md").isEmpty)
    c.fs.set("/ws/.copydesk-baseline.json", nil)
    c.notify(
        "workspace/didChangeWatchedFiles",
        ["changes": [["uri": .string(DocumentURI.fromPath("/ws/.copydesk-baseline.json")), "type": 3]]])
    #expect(c.diagnostics("a.news.md").map { $0["code"].string ?? "" } == ["unsourced-claim"])
}

@Test func teachingAReportingVerbEditsTheConfigurationAndCountsAtOnce() throws {
    let article = "Lewin 1️⃣chirped, “The plan is dead and we all know it.”\n"
    let config = "{\n  \"rules\": { \"vague-attribution\": \"off\" }\n}\n"
    let c = TestClient(["a.news.md": article, ".copydesk.json": config], capabilities: richCapabilities())
    #expect(c.diagnostics("a.news.md").map { $0["code"].string ?? "" } == ["unattributed-quote"])
    let actions =
        c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": c.position("a.news.md"), "end": c.position("a.news.md")],
                "context": ["diagnostics": .array(c.diagnostics("a.news.md"))],
            ]
        ).array ?? []
    let teach = try #require(
        actions.first { $0["title"].string?.hasPrefix("Treat 'chirped' as a reporting verb") == true })
    let uri = DocumentURI.fromPath("/ws/.copydesk.json")
    let applied = applyFileEdit(teach["edit"], uri: uri, current: config, encoding: c.server.encoding)
    #expect(!applied.created)
    #expect(
        applied.text == "{\n  \"rules\": { \"vague-attribution\": \"off\" },\n  \"reportingVerbs\": [\"chirped\"]\n}\n")
    c.request("workspace/executeCommand", teach["command"])
    #expect(c.diagnostics("a.news.md").isEmpty)
    // Saved: the file is the truth, and still says so.
    c.fs.set("/ws/.copydesk.json", applied.text)
    c.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(uri), "type": 2]]])
    #expect(c.diagnostics("a.news.md").isEmpty)
}

@Test func teachingAnAbbreviationCreatesTheConfigurationWhenMissing() throws {
    let article = "The order came from Cllr. 1️⃣Lee at the base on Monday, officials said.\n"
    let c = TestClient(["a.news.md": article], capabilities: richCapabilities())
    let actions =
        c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": c.position("a.news.md"), "end": c.position("a.news.md")],
                "context": ["diagnostics": []],
            ]
        ).array ?? []
    let teach = try #require(actions.first { $0["title"].string?.hasPrefix("Treat 'Cllr' as an abbreviation") == true })
    let uri = DocumentURI.fromPath("/ws/.copydesk.json")
    #expect(
        teach["edit"]["documentChanges"][0] == [
            "kind": "create", "uri": .string(uri), "options": ["ignoreIfExists": true],
        ])
    let applied = applyFileEdit(teach["edit"], uri: uri, current: nil, encoding: c.server.encoding)
    #expect(applied.text == "{\n  \"abbreviations\": [\"Cllr\"]\n}\n")
    #expect(teach["command"]["arguments"][0]["word"] == "Cllr")
    // Once taught, the sentence is no longer split: no suggestion is left.
    c.request("workspace/executeCommand", teach["command"])
    let after =
        c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": c.position("a.news.md"), "end": c.position("a.news.md")],
                "context": ["diagnostics": []],
            ]
        ).array ?? []
    #expect(!after.contains { $0["title"].string?.hasPrefix("Treat 'Cllr'") == true })
}

@Test func restartIndexingReadsTheDiskAgainAndWrongArgumentsAreRefused() {
    let c = TestClient(
        ["a.news.md": "[@ghost] met us.\n", "b.news.md": "Nothing.\n"], open: ["a.news.md"])
    #expect(c.diagnostics("a.news.md").map { $0["code"].string ?? "" } == ["undefined-entity"])
    // Defined on disk behind the server's back (no watched-file event): a restart finds it.
    c.fs.set("/ws/b.news.md", "[@ghost]: A Ghost\n")
    let restart = c.request("workspace/executeCommand", ["command": "copydesk.restartIndexing"])
    #expect(restart["result"] == .null)
    #expect(restart["error"] == .null)
    #expect(c.diagnostics("a.news.md").isEmpty)
    let wrongKind = c.request(
        "workspace/executeCommand",
        ["command": "copydesk.addWord", "arguments": [["folder": "/ws", "kind": "noun", "word": "x"]]])
    #expect(wrongKind["error"]["code"] == .int(ErrorCode.invalidParams))
    let missing = c.request("workspace/executeCommand", ["command": "copydesk.acceptFinding", "arguments": []])
    #expect(missing["error"]["code"] == .int(ErrorCode.invalidParams))
}

@Test func everyCommandAndInlayHintSettingIsDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let notes = try String(contentsOf: root.appendingPathComponent("protocol-notes.md"), encoding: .utf8)
    let names = Commands.all + InlayHintSettings.keys.map { "inlayHints.\($0.1)" }
    #expect(names.filter { !notes.contains("`\($0)`") } == [])
    // Every capability the server advertises to a client that supports everything.
    let c = TestClient([:], capabilities: richCapabilities())
    let capabilities = c.received.first { $0["id"] == 1 }?["result"]["capabilities"].object?.keys.sorted() ?? []
    #expect(capabilities.contains("inlayHintProvider"))
    #expect(capabilities.filter { !notes.contains("`\($0)") } == [])  // `workspace.workspaceFolders`…
}
