import CopydeskCore
import CopydeskTestSupport
import Testing

@testable import CopydeskLSP

/// Applies a WorkspaceEdit (changes or documentChanges) to the fixtures' texts: path → new text.
func applyWorkspaceEdit(_ edit: JSONValue, client c: TestClient) -> [String: String] {
    var perURI: [String: [JSONValue]] = [:]
    if let dcs = edit["documentChanges"].array {
        for dc in dcs { perURI[dc["textDocument"]["uri"].string!, default: []] += dc["edits"].array ?? [] }
    }
    for (uri, edits) in edit["changes"].object ?? [:] { perURI[uri, default: []] += edits.array ?? [] }
    var out: [String: String] = [:]
    for (uri, edits) in perURI {
        let path = String(DocumentURI.path(uri)!.dropFirst(TestClient.root.count + 1))
        var text = c.fixtures[path]!.source
        // Apply from the end so earlier ranges stay valid.
        let sorted = edits.sorted { a, b in
            (a["range"]["start"]["line"].int!, a["range"]["start"]["character"].int!) > (
                b["range"]["start"]["line"].int!, b["range"]["start"]["character"].int!
            )
        }
        for e in sorted {
            let r = e["range"]
            text = TextEdits.apply(
                [
                    ContentChange(
                        range: (
                            .init(line: r["start"]["line"].int!, character: r["start"]["character"].int!),
                            .init(line: r["end"]["line"].int!, character: r["end"]["character"].int!)
                        ),
                        text: e["newText"].string!)
                ], to: text, encoding: c.server.encoding)
        }
        out[path] = text.string
    }
    return out
}

/// Rename at `1️⃣` in `from` to `newName`: the edited files must equal `expect` (path → text); files not listed are untouched.
func checkRename(
    _ files: [String: String], from: String, to newName: String, expect: [String: String],
    open: [String]? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    for (utf8, documentChanges) in [(false, true), (true, false)] {
        let c = TestClient(
            files, open: open, capabilities: clientCapabilities(utf8: utf8, documentChanges: documentChanges))
        let prep = c.result("textDocument/prepareRename", c.positionParams(from))
        #expect(prep["range"].exists, sourceLocation: sourceLocation)
        var params = c.positionParams(from)
        if case .object(var o) = params {
            o["newName"] = .string(newName)
            params = .object(o)
        }
        let edit = c.result("textDocument/rename", params)
        #expect(edit[documentChanges ? "documentChanges" : "changes"].exists, sourceLocation: sourceLocation)
        #expect(applyWorkspaceEdit(edit, client: c) == expect, "utf8=\(utf8)", sourceLocation: sourceLocation)
    }
}

@Suite struct RenameTests {
    @Test func renameAnEntityAcrossArticles() {
        let people = "[@jack-ma]: Jack Ma 🎉\r\n  type: person\r\n"
        let story = "“Hi,” said [Jack Ma][@jack-1️⃣ma] and [@JACK-MA].\r\nÉmile [@other].\r\n"
        let disk = "José met [@jack-ma].\n"
        let files = ["people.news.md": people, "story.news.md": story, "disk.news.md": disk]
        let expect = [
            "people.news.md": "[@ma-yun]: Jack Ma 🎉\r\n  type: person\r\n",
            "story.news.md": "“Hi,” said [Jack Ma][@ma-yun] and [@ma-yun].\r\nÉmile [@other].\r\n",
            "disk.news.md": "José met [@ma-yun].\n",
        ]
        checkRename(files, from: "story.news.md", to: "ma-yun", expect: expect)
        checkRename(files, from: "story.news.md", to: "ma-yun", expect: expect, open: ["story.news.md"])
    }

    @Test func renameASourceOnlyInItsArticle() {
        let a = "Rose 🎉[^reu] and fell[^r1️⃣eu].\n\n[^reu]: Reuters\n"
        checkRename(
            ["a.news.md": a, "b.news.md": "X[^reu].\n\n[^reu]: R\n"], from: "a.news.md", to: "reuters-2016",
            expect: ["a.news.md": "Rose 🎉[^reuters-2016] and fell[^reuters-2016].\n\n[^reuters-2016]: Reuters\n"])
    }

    @Test func renameRefusesInvalidIdsWithAMessage() {
        let c = TestClient(["a.news.md": "[@jack-1️⃣ma] 🎉\n\n[@jack-ma]: Jack Ma\n[@other]: Other\n"])
        for bad in ["two words", ".dot", "", "a[b]"] {
            var params = c.positionParams("a.news.md")
            if case .object(var o) = params {
                o["newName"] = .string(bad)
                params = .object(o)
            }
            let r = c.request("textDocument/rename", params)
            #expect(r["error"]["code"] == .int(ErrorCode.requestFailed), "\(bad)")
            #expect(r["error"]["message"].string?.contains("not a valid id") == true)
        }
        var params = c.positionParams("a.news.md")
        if case .object(var o) = params {
            o["newName"] = "other"
            params = .object(o)
        }
        #expect(
            c.request("textDocument/rename", params)["error"]["message"].string?.contains("already defined") == true)
    }

    @Test func prepareRenameOnPlainTextIsNull() {
        let c = TestClient(["a.news.md": "Plain 1️⃣text.\n"])
        #expect(c.result("textDocument/prepareRename", c.positionParams("a.news.md")).isNull)
    }
}

/// Completion at `1️⃣`: the labels must be exactly `labels` (order-insensitive), and applying the first
/// item's textEdit must give `applied` (when given).
func checkCompletion(
    _ files: [String: String], at path: String, labels: Set<String>, applied: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for utf8 in [false, true] {
        let c = TestClient(files, capabilities: clientCapabilities(utf8: utf8))
        let r = c.result("textDocument/completion", c.positionParams(path))
        let items = r["items"].array ?? []
        #expect(Set(items.compactMap { $0["label"].string }) == labels, "utf8=\(utf8)", sourceLocation: sourceLocation)
        if let applied, let first = items.first(where: { $0["label"].string == labels.sorted().first }) {
            let edit = first["textEdit"]
            let out = applyWorkspaceEdit(["changes": [TestClient.uri(path): [edit]]], client: c)
            #expect(out[path] == applied, sourceLocation: sourceLocation)
        }
    }
}

@Suite struct CompletionTests {
    static let people =
        "[@jack-ma]: Jack Ma\n  description: Founder of Alibaba\n[@josé]: José Müller\n[@trump]: Donald Trump\n"

    @Test func entityIdsAfterAt() {
        checkCompletion(
            ["people.news.md": Self.people, "a.news.md": "Émile 🎉 met [@j1️⃣\n"], at: "a.news.md",
            labels: ["jack-ma", "josé"], applied: "Émile 🎉 met [@jack-ma]\n")
        checkCompletion(
            ["people.news.md": Self.people, "a.news.md": "“Hi” [Jack][@1️⃣] 🎉\n"], at: "a.news.md",
            labels: ["jack-ma", "josé", "trump"])
        // A name typed after `[@` finds the id.
        checkCompletion(
            ["people.news.md": Self.people, "a.news.md": "[@donald1️⃣\n"], at: "a.news.md", labels: ["trump"])
    }

    @Test func sourceIdsAfterCaret() {
        checkCompletion(
            ["a.news.md": "Rose 🎉[^1️⃣]\r\n\r\n[^reuters]: Reuters\r\n[^ap]: AP\r\n", "b.news.md": "[^other]: O\n"],
            at: "a.news.md", labels: ["reuters", "ap"],
            applied: "Rose 🎉[^ap]\r\n\r\n[^reuters]: Reuters\r\n[^ap]: AP\r\n")
    }

    @Test func nothingElsewhere() {
        let c = TestClient(["a.news.md": "Plain 1️⃣text.\n"])
        #expect(c.result("textDocument/completion", c.positionParams("a.news.md")).isNull)
    }
}

/// Code actions over the range `2️⃣…2️⃣`: titles must include `titles`; applying the action titled `apply`
/// must give `result`.
func checkCodeAction(
    _ files: [String: String], in path: String, titles: [String], apply: String? = nil, result: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for utf8 in [false, true] {
        let c = TestClient(files, capabilities: clientCapabilities(utf8: utf8))
        let f = c.fixtures[path]!
        let r = f.ranges("2️⃣").first!
        let actions =
            c.result(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": .string(TestClient.uri(path))],
                    "range": c.server.encoding.range(r, in: f.source), "context": ["diagnostics": []],
                ]
            ).array ?? []
        let got = actions.compactMap { $0["title"].string }
        for t in titles { #expect(got.contains(t), "titles: \(got)", sourceLocation: sourceLocation) }
        if let apply, let result {
            guard let a = actions.first(where: { $0["title"].string == apply }) else {
                Issue.record("no action \(apply)", sourceLocation: sourceLocation)
                continue
            }
            #expect(a["kind"] == "quickfix", sourceLocation: sourceLocation)
            #expect(a["diagnostics"].array?.isEmpty == false, sourceLocation: sourceLocation)
            #expect(
                applyWorkspaceEdit(a["edit"], client: c)[path] == result, "utf8=\(utf8)", sourceLocation: sourceLocation
            )
        }
    }
}

@Suite struct CodeActionTests {
    @Test func defineAnUndefinedEntity() {
        checkCodeAction(
            ["a.news.md": "“Hi” 🎉 said [José][@2️⃣jose2️⃣].\n"], in: "a.news.md",
            titles: ["Define entity @jose", "Suppress undefined-entity on the next line"],
            apply: "Define entity @jose",
            result: "“Hi” 🎉 said [José][@jose].\n\n[@jose]: José\n  type: other\n  description: TODO\n")
    }

    @Test func defineAnUndefinedSourceWithCRLF() {
        checkCodeAction(
            ["a.news.md": "Rose 🎉 15%[^2️⃣reu2️⃣].\r\n"], in: "a.news.md", titles: ["Define source ^reu"],
            apply: "Define source ^reu", result: "Rose 🎉 15%[^reu].\r\n\r\n[^reu]: TODO: describe the source\r\n")
    }

    @Test func suppressForTheNextLineKeepsIndentation() {
        checkCodeAction(
            ["a.news.md": "Intro.\n\n  Émile met [@2️⃣ghost2️⃣].\n"], in: "a.news.md",
            titles: ["Suppress undefined-entity on the next line"], apply: "Suppress undefined-entity on the next line",
            result:
                "Intro.\n\n  <!-- copydesk-disable-next-line undefined-entity -- TODO: reason -->\n  Émile met [@ghost].\n"
        )
    }

    @Test func suppressionActuallySilencesTheRule() {
        let c = TestClient([
            "a.news.md":
                "Intro.\n\n<!-- copydesk-disable-next-line undefined-entity -- TODO: reason -->\nÉmile met [@ghost].\n"
        ])
        #expect(!c.diagnostics("a.news.md").contains { $0["code"] == "undefined-entity" })
    }

    @Test func noActionsWithoutDiagnostics() {
        let c = TestClient(["a.news.md": "Fine text.\n"])
        let actions = c.result(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 4]],
                "context": ["diagnostics": []],
            ])
        #expect(actions == [])
    }
}

@Suite struct SymbolTests {
    @Test func documentSymbolsListHeadlineHeadingsEntitiesSources() {
        let a =
            "---\ntitle: Talks 🎉 end\n---\n## Background\n\nText[^ap].\n\n[@jack-ma]: Jack Ma\n  type: person\n[^ap]: AP\n"
        let c = TestClient(["a.news.md": a])
        let syms =
            c.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])
            .array ?? []
        let names = syms.compactMap { $0["name"].string }
        #expect(names == ["Talks 🎉 end", "Background", "Jack Ma", "^ap"])
        for s in syms {
            // selectionRange must lie inside range.
            let r = s["range"]
            let sel = s["selectionRange"]
            #expect(
                (r["start"]["line"].int!, r["start"]["character"].int!) <= (
                    sel["start"]["line"].int!, sel["start"]["character"].int!
                ))
            #expect(
                (sel["end"]["line"].int!, sel["end"]["character"].int!) <= (
                    r["end"]["line"].int!, r["end"]["character"].int!
                ))
        }
    }

    @Test func workspaceSymbolsByNameAliasAndTitle() {
        let c = TestClient(
            ["people.news.md": Workspaces.people, "story.news.md": "# Trade talks\n\nText.\n"], open: [])
        func names(_ q: String) -> Set<String> {
            Set((c.result("workspace/symbol", ["query": .string(q)]).array ?? []).compactMap { $0["name"].string })
        }
        #expect(names("jack") == ["Jack Ma"])
        #expect(names("mr ma") == ["Jack Ma"])
        #expect(names("müller") == ["José Müller"])
        #expect(names("trade") == ["Trade talks"])
        #expect(names("who’s") == ["Who’s who 🎉"])
    }
}

@Suite struct SemanticTokenTests {
    /// Decodes the relative token stream into "line:startUTF8..<endUTF8 type" strings.
    static func decode(_ data: [Int], text: SourceText, encoding: PositionEncoding) -> [String] {
        var out: [String] = []
        var line = 0
        var col = 0
        var i = 0
        while i + 4 < data.count + 0 && i + 4 <= data.count - 1 + 1 {
            line += data[i]
            col = data[i] == 0 ? col + data[i + 1] : data[i + 1]
            let s = encoding.offset(line: line, character: col, in: text)
            let e = encoding.offset(line: line, character: col + data[i + 2], in: text)
            out.append("\(s)..<\(e) \(Server.semanticTokenTypes[data[i + 3]])\(data[i + 4] == 1 ? "+decl" : "")")
            i += 5
        }
        return out
    }

    @Test(arguments: [false, true])
    func tokensForMentionsCitationsAndDefinitions(utf8: Bool) {
        let text = "😀 [Jack Ma][@jack-ma] rose[^ap].\r\n\r\n[@jack-ma]: Jack Ma\r\n[^ap]: AP\r\n"
        let c = TestClient(["a.news.md": text], capabilities: clientCapabilities(utf8: utf8))
        let src = SourceText(text)
        let data = c.result(
            "textDocument/semanticTokens/full", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])["data"]
            .array!.map { $0.int! }
        let got = Self.decode(data, text: src, encoding: c.server.encoding)
        func r(_ s: String, _ nth: Int = 0) -> TextRange {
            var from = text.utf8.startIndex
            var found: Range<String.Index>? = nil
            for _ in 0...nth {
                found = text.range(of: s, range: from..<text.endIndex)
                from = found!.upperBound
            }
            return TextRange(
                text.utf8.distance(from: text.utf8.startIndex, to: found!.lowerBound),
                text.utf8.distance(from: text.utf8.startIndex, to: found!.upperBound))
        }
        let mention = r("[Jack Ma][@jack-ma]")
        let cite = r("[^ap]")
        let defID = r("jack-ma", 1)
        let srcID = r("ap]:")
        #expect(got.contains("\(mention.start)..<\(mention.end) class"), "\(got)")
        #expect(got.contains("\(cite.start)..<\(cite.end) macro"), "\(got)")
        let defEntity = got.contains { $0.hasSuffix("class+decl") && $0.hasPrefix("\(defID.start)..<") }
        let defSource = got.contains { $0.hasSuffix("macro+decl") && $0.hasPrefix("\(srcID.start)..<") }
        #expect(defEntity && defSource, "\(got)")
        // Range request: only the first line.
        let ranged =
            c.result(
                "textDocument/semanticTokens/range",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                    "range": ["start": ["line": 0, "character": 0], "end": ["line": 1, "character": 0]],
                ])["data"].array!.count / 5
        #expect(ranged == 2)
    }
}

/// Fix hints that the prose rules attach (add a citation, annotate a name): the edits the server builds
/// from a core `Diagnostic`, applied to the text (`2️⃣…2️⃣` marks the diagnostic's range).
func checkFix(
    _ fix: FixHint, _ marked: String, expect: String, title: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let c = TestClient(["a.news.md": marked])
    let f = c.fixtures["a.news.md"]!
    let doc = c.server.documents[DocumentID(TestClient.uri("a.news.md"))]!
    let d = Diagnostic(ruleID: "test-rule", severity: .warning, message: "m", range: f.ranges("2️⃣").first!, fixes: [fix])
    guard let fix = doc.article.fix(fix, for: d) else {
        Issue.record("no edit", sourceLocation: sourceLocation)
        return
    }
    #expect(fix.title == title, sourceLocation: sourceLocation)
    var bytes = f.source.bytes
    for e in fix.edits.sorted(by: { $0.range.start > $1.range.start }) {
        bytes.replaceSubrange(e.range.start..<e.range.end, with: Array(e.newText.utf8))
    }
    #expect(String(decoding: bytes, as: UTF8.self) == expect, sourceLocation: sourceLocation)
}

@Suite struct FixHintTests {
    @Test func addCitationInsertsAndAppendsAStub() {
        let text = "Sales rose 😀 15%2️⃣2️⃣ in “2016”.\r\n\r\n[^source-1]: Old\r\n"
        let at = Fixture(text).offset("2️⃣")
        checkFix(
            .addCitation(insertAt: at), text,
            expect:
                "Sales rose 😀 15%[^source-2] in “2016”.\r\n\r\n[^source-1]: Old\r\n\r\n[^source-2]: TODO: who or what supports this claim\r\n",
            title: "Add a citation [^source-2] and a stub source definition")
    }

    /// The stub goes after a blank line, in the text's own line ending (LF, CRLF or lone CR).
    @Test func addCitationKeepsTheLineEndingStyle() {
        for (eol, tail, sep) in [("\n", "", "\n\n"), ("\r", "\r", "\r"), ("\r\n", "\r\n\r\n", "")] {
            let text = "# “Zoë” 😀\(eol)\(eol)Sales rose 15%2️⃣2️⃣ in 2016.\(tail)"
            let at = Fixture(text).offset("2️⃣")
            checkFix(
                .addCitation(insertAt: at), text,
                expect:
                    "# “Zoë” 😀\(eol)\(eol)Sales rose 15%[^source-1] in 2016.\(tail)\(sep)[^source-1]: TODO: who or what supports this claim\(eol)",
                title: "Add a citation [^source-1] and a stub source definition")
        }
    }

    /// Issue 10: a citation offered inside a quote goes right after its closing mark, where it counts as
    /// the quote's source.
    @Test func addCitationGoesAfterTheClosingQuote() {
        let text = "“We will win 2️⃣2️⃣the vote,” the memo read.\n"
        let at = Fixture(text).offset("2️⃣")
        checkFix(
            .addCitation(insertAt: at), text,
            expect:
                "“We will win the vote,”[^source-1] the memo read.\n\n[^source-1]: TODO: who or what supports this claim\n",
            title: "Add a citation [^source-1] and a stub source definition")
    }

    @Test func annotateAPlainName() {
        checkFix(
            .annotate(id: "josé"), "“Hi,” said 2️⃣José Müller2️⃣ today.\n\n[@josé]: José Müller\n",
            expect: "“Hi,” said [José Müller][@josé] today.\n\n[@josé]: José Müller\n",
            title: "Annotate 'José Müller' as [José Müller][@josé]")
    }
}

/// Features over the prose analysis: flagged sentences, quotes and attribution cues.
@Suite struct ProseFeatureTests {
    static let text =
        "# Sales 😀\n\nJosé Müller’s company sold 2️⃣$15 billion2️⃣ of goods in 2016, the largest total ever.\n\n“We are pleased,” Müller said.\n"

    @Test func hoverOnAFlaggedClaimSaysWhy() {
        let c = TestClient(["a.news.md": Self.text.replacingOccurrences(of: "sold 2️⃣$15", with: "sold 2️⃣$1️⃣15")])
        let diags = c.diagnostics("a.news.md").map { $0["code"].string ?? "" }
        #expect(diags.contains("unsourced-claim"), "\(diags)")
        let h = c.result("textDocument/hover", c.positionParams("a.news.md"))
        #expect(h["contents"]["value"].string?.contains("unsourced-claim") == true, "\(h)")
    }

    @Test func addCitationQuickFixFromTheUnsourcedClaimRule() {
        let c = TestClient(["a.news.md": Self.text])
        let f = c.fixtures["a.news.md"]!
        let actions =
            c.result(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                    "range": c.server.encoding.range(f.ranges("2️⃣")[0], in: f.source), "context": ["diagnostics": []],
                ]
            ).array ?? []
        guard let add = actions.first(where: { $0["title"].string?.hasPrefix("Add a citation [^source-1]") == true })
        else {
            Issue.record("no add-citation action in \(actions.compactMap { $0["title"].string })")
            return
        }
        let out = applyWorkspaceEdit(add["edit"], client: c)["a.news.md"] ?? ""
        #expect(out.contains("[^source-1]: TODO"))
        // Applying it silences the rule for that sentence.
        let c2 = TestClient(["a.news.md": out])
        #expect(!c2.diagnostics("a.news.md").contains { $0["code"] == "unsourced-claim" }, "\(out)")
    }

    @Test func semanticTokensIncludeQuotesAndCues() {
        let c = TestClient(["a.news.md": Self.text])
        let data = c.result(
            "textDocument/semanticTokens/full", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])["data"]
            .array!.map { $0.int! }
        let types = stride(from: 3, to: data.count, by: 5).map { Server.semanticTokenTypes[data[$0]] }
        #expect(types.contains("string"), "\(types)")
        #expect(types.contains("keyword"), "\(types)")
    }
}

@Suite struct NestedSymbolTests {
    @Test func headingsNestByLevel() {
        let a = "# Headline 😀\n\n## One\n\nText.\n\n### One.a\n\nMore “text”.\n\n## Two\r\n\r\nEnd.\r\n\r\n[@x]: X\n"
        let c = TestClient(["a.news.md": a])
        let syms =
            c.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(TestClient.uri("a.news.md"))]])
            .array ?? []
        func shape(_ s: JSONValue) -> String {
            let kids = s["children"].array ?? []
            return (s["name"].string ?? "?") + (kids.isEmpty ? "" : "(" + kids.map(shape).joined(separator: ",") + ")")
        }
        #expect(syms.map(shape) == ["Headline 😀", "One(One.a)", "Two", "X"])
    }
}

@Suite struct AnnotateActionTests {
    @Test func annotateAPlainAliasOfADefinedEntity() {
        let files = [
            "people.news.md": "[@jack-ma]: Jack Ma\n  type: person\n  aliases: Ma, Mr Ma\n",
            "a.news.md": "“Great,” said Émile 😀, and 2️⃣Mr Ma2️⃣ agreed.\r\n",
        ]
        checkCodeAction(
            files, in: "a.news.md", titles: ["Annotate 'Mr Ma' as [Mr Ma][@jack-ma]"],
            apply: nil, result: nil)
        let c = TestClient(files)
        let f = c.fixtures["a.news.md"]!
        let actions =
            c.result(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                    "range": c.server.encoding.range(
                        TextRange(f.ranges("2️⃣")[0].start + 3, f.ranges("2️⃣")[0].start + 3), in: f.source),
                    "context": ["diagnostics": []],
                ]
            ).array ?? []
        let a = actions.first { $0["title"].string?.hasPrefix("Annotate") == true }
        #expect(
            applyWorkspaceEdit(a?["edit"] ?? .null, client: c)["a.news.md"]
                == "“Great,” said Émile 😀, and [Mr Ma][@jack-ma] agreed.\r\n")
    }
}

@Suite struct FlaggedSentenceHoverTests {
    @Test func hoverAnywhereInAFlaggedSentence() {
        let text =
            "# Sales\n\nJosé Müller’s 1️⃣company sold $15 billion of goods in 2016, the largest total ever.\n\nFine 😀 words here.\n"
        checkHover(["a.news.md": text], at: "a.news.md", contains: ["unsourced-claim"])
        let c = TestClient([
            "a.news.md": text.replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(
                of: "Fine 😀", with: "Fine 1️⃣😀")
        ])
        #expect(c.result("textDocument/hover", c.positionParams("a.news.md")).isNull)
    }
}
