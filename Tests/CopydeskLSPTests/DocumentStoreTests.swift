import CopydeskCore
import CopydeskTestSupport
import Testing

@testable import CopydeskLSP

/// Incremental edits: `1️⃣…1️⃣` (or a single `1️⃣` for an insertion) is replaced by `insert`; the result must be `expect`.
func checkEdit(_ marked: String, insert: String, expect: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let f = Fixture(marked)
    let o = f.offsets["1️⃣"]!
    let r = TextRange(o[0], o.count > 1 ? o[1] : o[0])
    for enc in [PositionEncoding.utf16, .utf8] {
        let s = enc.position(of: r.start, in: f.source)
        let e = enc.position(of: r.end, in: f.source)
        let change = ContentChange(
            range: (
                .init(line: s["line"].int!, character: s["character"].int!),
                .init(line: e["line"].int!, character: e["character"].int!)
            ), text: insert)
        var store = DocumentStore()
        store.open(uri: "file:///t.news.md", languageId: nil, version: 1, text: f.text)
        let doc = store.change(uri: "file:///t.news.md", version: 2, changes: [change], encoding: enc)
        #expect(doc?.text.string == expect, "\(enc)", sourceLocation: sourceLocation)
    }
}

@Suite struct DocumentStoreTests {
    @Test func editsAroundEmojiAccentsCurlyQuotesAndCRLF() {
        checkEdit("“Hi” 😀1️⃣ José", insert: "🎉", expect: "“Hi” 😀🎉 José")
        checkEdit("Jos1️⃣é1️⃣ Müller", insert: "e", expect: "Jose Müller")
        checkEdit("a😀1️⃣\r\n1️⃣b", insert: " ", expect: "a😀 b")
        checkEdit("line1️⃣\r\nline2\r\nli1️⃣ne3", insert: "", expect: "linene3")
        checkEdit("“quote”1️⃣", insert: "\r\nnext", expect: "“quote”\r\nnext")
        checkEdit("Zoë 😀\r1️⃣Olá\r\n1️⃣x", insert: "—", expect: "Zoë 😀\r—x")  // a lone \r ends a line too
        checkEdit("a\r1️⃣b", insert: "\n", expect: "a\r\nb")  // …and joins a following \n
    }

    @Test func positionsPastTheEndClampAndReversedRangesAreOrdered() {
        var store = DocumentStore()
        let uri = "file:///t.news.md"
        store.open(uri: uri, languageId: nil, version: 1, text: "ab😀\r\ncd\r\n")
        // Past the end of line 0 → end of line 0 (before CRLF).
        var d = store.change(
            uri: uri, version: 2,
            changes: [ContentChange(range: (.init(line: 0, character: 99), .init(line: 0, character: 120)), text: "!")],
            encoding: .utf16)
        #expect(d?.text.string == "ab😀!\r\ncd\r\n")
        // Past the last line → end of text.
        d = store.change(
            uri: uri, version: 3,
            changes: [
                ContentChange(range: (.init(line: 50, character: 0), .init(line: 60, character: 3)), text: "END")
            ], encoding: .utf16)
        #expect(d?.text.string == "ab😀!\r\ncd\r\nEND")
        // Reversed range.
        d = store.change(
            uri: uri, version: 4,
            changes: [ContentChange(range: (.init(line: 1, character: 2), .init(line: 1, character: 0)), text: "CD")],
            encoding: .utf16)
        #expect(d?.text.string == "ab😀!\r\nCD\r\nEND")
        // A UTF-16 column between the two halves of 😀 snaps to the character's start: never splits it.
        d = store.change(
            uri: uri, version: 5,
            changes: [ContentChange(range: (.init(line: 0, character: 3), .init(line: 0, character: 3)), text: "|")],
            encoding: .utf16)
        #expect(d?.text.string == "ab|😀!\r\nCD\r\nEND")
        // A UTF-8 column inside 😀 snaps too.
        d = store.change(
            uri: uri, version: 6,
            changes: [ContentChange(range: (.init(line: 0, character: 5), .init(line: 0, character: 5)), text: "|")],
            encoding: .utf8)
        #expect(d?.text.string == "ab||😀!\r\nCD\r\nEND")
        // Negative positions clamp to the start.
        d = store.change(
            uri: uri, version: 7,
            changes: [ContentChange(range: (.init(line: -1, character: -4), .init(line: 0, character: 0)), text: "<")],
            encoding: .utf16)
        #expect(d?.text.string == "<ab||😀!\r\nCD\r\nEND")
        #expect(d?.version == 7)
    }

    @Test func severalChangesApplyInOrder() {
        var store = DocumentStore()
        store.open(uri: "file:///t.news.md", languageId: nil, version: 1, text: "José 😀\n")
        let d = store.change(
            uri: "file:///t.news.md", version: 2,
            changes: [
                ContentChange(range: (.init(line: 0, character: 0), .init(line: 0, character: 4)), text: "Émile"),
                ContentChange(range: (.init(line: 0, character: 5), .init(line: 0, character: 5)), text: " said"),
                ContentChange(range: nil, text: "whole\r\nnew"),
                ContentChange(range: (.init(line: 1, character: 3), .init(line: 1, character: 3)), text: "!"),
            ], encoding: .utf16)
        #expect(d?.text.string == "whole\r\nnew!")
    }

    /// Random edits (UTF-16 and UTF-8 ranges, emoji, CRLF, lone CR, line ends, multi-line deletes) against a plain
    /// model of the same edits; diagnostics equal a fresh parse's. (The 100,000-edit stress run is issue 5's.)
    @Test func randomEditsMatchAPlainModel() {
        var rng = SplitMix(seed: 42)
        let pieces = [
            "a", "é", "😀", "“", "”", "\r\n", "\n", "\r", "x\ry", " ", "[@jack-ma]", "[^r]", "[^r]: R\n",
            "[@jack-ma]: Jack\n", "José", "👩🏽‍💻",
        ]
        let c = TestClient(["t.news.md": "Start “😀” [@jack-ma].\r\n"])
        let uri = TestClient.uri("t.news.md")
        var model = Array(c.fixtures["t.news.md"]!.text.unicodeScalars)
        for round in 0..<400 {
            let utf8 = round % 2 == 0
            // Pick scalar positions in the model, convert to LSP positions in the chosen encoding.
            let a = Int(rng.next() % UInt64(model.count + 1))
            let b = min(model.count, a + Int(rng.next() % 6))
            func lspPos(_ i: Int) -> (Int, Int) {
                var line = 0
                var col = 0
                var k = 0
                while k < i {
                    let s = model[k]
                    if s == "\n" {
                        line += 1
                        col = 0
                    } else if s == "\r" && k + 1 < model.count && model[k + 1] == "\n" {
                    } else if s == "\r" {
                        line += 1
                        col = 0
                    }  // a lone \r ends a line (LSP)
                    else {
                        col += utf8 ? String(s).utf8.count : (s.value > 0xFFFF ? 2 : 1)
                    }
                    k += 1
                }
                return (line, col)
            }
            // Avoid splitting CRLF pairs (LSP cannot address between \r and \n).
            func ok(_ i: Int) -> Bool { !(i > 0 && i < model.count && model[i - 1] == "\r" && model[i] == "\n") }
            guard ok(a), ok(b) else { continue }
            let insert = pieces[Int(rng.next() % UInt64(pieces.count))]
            let (sl, sc) = lspPos(a)
            let (el, ec) = lspPos(b)
            // The server's negotiated encoding is UTF-16 here; UTF-8 ranges go through the store directly.
            if utf8 {
                var store = DocumentStore()
                store.open(uri: uri, languageId: nil, version: 0, text: String(String.UnicodeScalarView(model)))
                let d = store.change(
                    uri: uri, version: 1,
                    changes: [
                        ContentChange(
                            range: (.init(line: sl, character: sc), .init(line: el, character: ec)), text: insert)
                    ], encoding: .utf8)
                model.replaceSubrange(a..<b, with: Array(insert.unicodeScalars))
                #expect(d?.text.string == String(String.UnicodeScalarView(model)))
                c.notify(
                    "textDocument/didChange",
                    [
                        "textDocument": ["uri": .string(uri), "version": .int(round + 2)],
                        "contentChanges": [["text": .string(String(String.UnicodeScalarView(model)))]],
                    ])
            } else {
                c.notify(
                    "textDocument/didChange",
                    [
                        "textDocument": ["uri": .string(uri), "version": .int(round + 2)],
                        "contentChanges": [
                            [
                                "range": [
                                    "start": ["line": .int(sl), "character": .int(sc)],
                                    "end": ["line": .int(el), "character": .int(ec)],
                                ], "text": .string(insert),
                            ]
                        ],
                    ])
                model.replaceSubrange(a..<b, with: Array(insert.unicodeScalars))
            }
            let doc = c.server.documents[DocumentID(DocumentURI.canonical(uri))]!
            #expect(doc.text.string == String(String.UnicodeScalarView(model)), "round \(round)")
            if round % 50 == 0 {
                let fresh = DocumentPipeline.analyze(
                    ArticleParser.parse(SourceText(doc.text.string), kind: .annotated), id: doc.id,
                    index: c.server.index, configuration: .default
                ).diagnostics
                #expect(doc.diagnostics == fresh)
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct BadInputTests {
    @Test func positionsPastTheEndAreClampedInRequests() {
        let c = TestClient(["a.news.md": "[@jack-ma]: Jack Ma\n\nMet [@jack-ma] 😀\n"])
        for pos: JSONValue in [
            ["line": 2, "character": 999], ["line": 999, "character": 0], ["line": -3, "character": -1],
        ] {
            let r = c.request(
                "textDocument/hover", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))], "position": pos])
            #expect(r["error"].isNull, "\(pos)")
        }
        let reversed = c.request(
            "textDocument/semanticTokens/range",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": ["line": 2, "character": 20], "end": ["line": 0, "character": 0]],
            ])
        #expect((reversed["result"]["data"].array?.count ?? 0) > 0)
    }

    @Test func wrongParamTypesAreInvalidParams() {
        let c = TestClient(["a.news.md": "x\n"])
        for (method, params) in [
            ("textDocument/hover", JSONValue.object(["textDocument": 5])),
            (
                "textDocument/definition",
                ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))], "position": "here"]
            ),
            ("textDocument/codeAction", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]]),
            ("initialize", [1, 2]),
        ] {
            let code = c.request(method, params)["error"]["code"]
            #expect(
                code == .int(method == "initialize" ? ErrorCode.invalidRequest : ErrorCode.invalidParams), "\(method)")
        }
        // A malformed didChange is logged and nothing is lost: the text is unchanged and the next request answers.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "contentChanges": [["range": "bad", "text": 3]],
            ])
        #expect(c.server.documents[DocumentID(TestClient.uri("a.news.md"))]?.text.string == "x\n")
        #expect(c.request("workspace/symbol", ["query": ""])["result"].exists)
    }

    @Test func unknownURIsAreAnsweredClearly() {
        let c = TestClient(["a.news.md": "x\n"])
        let r = c.request(
            "textDocument/hover",
            ["textDocument": ["uri": "file:///elsewhere/b.news.md"], "position": ["line": 0, "character": 0]])
        #expect(r["error"]["code"] == .int(ErrorCode.invalidParams))
        #expect(r["error"]["message"].string?.contains("unknown document") == true)
        // A change to a document that is not open is ignored (logged), and nothing breaks.
        c.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": "file:///elsewhere/b.news.md", "version": 2], "contentChanges": [["text": "y"]]])
        #expect(c.request("workspace/symbol", ["query": ""])["result"].exists)
    }

    @Test func invalidUTF8AndBinaryFilesOnDisk() {
        let c = TestClient([:], initialize: false)
        c.fs.setBytes("/ws/bad.news.md", Array("[@jack-ma]: Jack\n\u{FF}".utf8) + [0xFF, 0xFE, 0x0A])
        c.fs.setBytes("/ws/bin.news.md", [0x00, 0x01, 0x02, 0x5B, 0x40])
        _ = c.request(
            "initialize", ["rootUri": .string(DocumentURI.fromPath("/ws")), "capabilities": clientCapabilities()])
        c.notify("initialized", [:])
        #expect(c.server.index.isEntityDefined("jack-ma"))
        #expect(c.server.index.files.count == 1)
        // Hover on the repaired file works.
        let h = c.request(
            "textDocument/hover",
            ["textDocument": ["uri": .string(TestClient.uri("bad.news.md"))], "position": ["line": 0, "character": 3]])
        #expect(h["result"]["contents"]["value"].string?.contains("Jack") == true)
    }

    @Test func aFileDeletedWhileOpenKeepsTheOpenText() {
        let c = TestClient(["a.news.md": "[@jack-ma]: Jack Ma\n", "b.news.md": "Met [@jack-ma].\n"])
        c.fs.set("/ws/a.news.md", nil)
        c.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(TestClient.uri("a.news.md")), "type": 3]]])
        // Still open: the open text shadows the disk.
        #expect(c.server.index.isEntityDefined("jack-ma"))
        c.notify("textDocument/didClose", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])
        #expect(!c.server.index.isEntityDefined("jack-ma"))
        #expect(c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
        #expect(
            c.notifications("textDocument/publishDiagnostics").last {
                $0["params"]["uri"].string == TestClient.uri("a.news.md")
            }?["params"]["diagnostics"] == [])
    }

    @Test func watchedFilesCreateChangeDelete() {
        let c = TestClient(["b.news.md": "Met [@ghost].\n"])
        #expect(c.received.contains { $0["method"] == "client/registerCapability" })
        c.fs.set("/ws/new.news.md", "[@ghost]: Ghost\n")
        c.notify(
            "workspace/didChangeWatchedFiles",
            ["changes": [["uri": .string(TestClient.uri("new.news.md")), "type": 1]]])
        #expect(!c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
        c.fs.set("/ws/new.news.md", nil)
        c.notify(
            "workspace/didChangeWatchedFiles",
            ["changes": [["uri": .string(TestClient.uri("new.news.md")), "type": 3]]])
        #expect(c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
    }

    @Test func workspaceFoldersAddRemoveAndMissingFolder() {
        let c = TestClient(["b.news.md": "Met [@ghost].\n"])
        c.fs.set("/other/p.news.md", "[@ghost]: Ghost\n")
        c.notify(
            "workspace/didChangeWorkspaceFolders",
            [
                "event": [
                    "added": [
                        ["uri": .string(DocumentURI.fromPath("/other")), "name": "o"],
                        ["uri": .string(DocumentURI.fromPath("/does-not-exist")), "name": "x"],
                    ],
                    "removed": [],
                ]
            ])
        #expect(!c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
        c.notify(
            "workspace/didChangeWorkspaceFolders",
            ["event": ["added": [], "removed": [["uri": .string(DocumentURI.fromPath("/other")), "name": "o"]]]])
        #expect(c.diagnostics("b.news.md").contains { $0["code"] == "undefined-entity" })
        #expect(c.request("workspace/symbol", ["query": ""])["result"].exists)
    }

    @Test func indexingReportsProgressBeginReportEnd() {
        var files: [String: String] = [:]
        for i in 0..<200 { files["s\(i).news.md"] = "# Story \(i)\n\nText.\n" }
        let c = TestClient(files, open: [])
        let kinds = c.notifications("$/progress").compactMap { $0["params"]["value"]["kind"].string }
        #expect(kinds.first == "begin")
        #expect(kinds.last == "end")
        #expect(kinds.contains("report"))
        #expect(c.received.contains { $0["method"] == "window/workDoneProgress/create" })
        #expect(c.server.index.files.count == 200)
    }

    @Test func traceSetting() {
        let c = TestClient(["a.news.md": "x\n"])
        c.notify("$/setTrace", ["value": "messages"])
        c.request("workspace/symbol", ["query": ""])
        #expect(c.notifications("$/logTrace").count == 1)
    }
}

@Suite struct DocumentKindTests {
    @Test func kindsFromNamesAndLanguageIds() {
        #expect(DocumentStore.kind(uri: "file:///a/b.news.md", languageId: "markdown") == .annotated)
        #expect(DocumentStore.kind(uri: "file:///a/b.md", languageId: "newsmd") == .markdown)
        #expect(DocumentStore.kind(uri: "file:///a/b.TXT", languageId: nil) == .plainText)
        #expect(DocumentStore.kind(uri: "untitled:Untitled-1", languageId: "text") == .plainText)
        #expect(DocumentStore.kind(uri: "untitled:Untitled-2", languageId: nil) == .annotated)
        #expect(DocumentStore.kind(uri: "file:///a/.copydesk.json", languageId: "json") == nil)
    }

    @Test func nonArticlesAreNotIndexedOrLinted() {
        let c = TestClient(["a.news.md": "Met [@ghost].\n"])
        c.notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": .string(TestClient.uri(".copydesk.json")), "languageId": "json", "version": 1,
                    "text": "{\"rules\": {\"x\": \"off\"}} [@ghost]: G\n",
                ]
            ])
        #expect(
            c.notifications("textDocument/publishDiagnostics").allSatisfy {
                $0["params"]["uri"].string != TestClient.uri(".copydesk.json")
            })
        #expect(c.diagnostics("a.news.md").contains { $0["code"] == "undefined-entity" })
    }
}
