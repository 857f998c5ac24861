import CopydeskCore
import Testing

@testable import CopydeskLSP

/// A workspace used by several features: a people file defining entities (not always open) and stories
/// with emoji, accented names, curly quotes and CRLF line ends before the positions that matter.
enum Workspaces {
    static let people = """
        ---\r
        title: Who’s who 🎉\r
        ---\r
        [@2️⃣jack-ma2️⃣]: Jack Ma\r
          type: person\r
          description: Founder of Alibaba\r
          aliases: Ma, Mr Ma\r
          same-as: https://www.wikidata.org/wiki/Q1151\r
        [@3️⃣josé3️⃣]: José Müller\r
          type: person\r

        """
    static let story = """
        # Trade talks 🎉\r
        \r
        “Great meeting,” said [Jack 1️⃣Ma][@4️⃣jack-ma4️⃣] in 😀 New York.\r
        Later [José Müller][@3️⃣josé3️⃣] and [@4️⃣jack-ma4️⃣] spoke[^5️⃣reu5️⃣].\r
        \r
        [^6️⃣reu6️⃣]: Reuters, 29 Nov 2016\r

        """
}

/// Go to definition from `1️⃣` in `from`: the result locations must be exactly the `expect` marker's ranges.
func checkDefinition(
    _ files: [String: String], from: String, expect marker: String, open: [String]? = nil,
    method: String = "textDocument/definition", sourceLocation: SourceLocation = #_sourceLocation
) {
    for utf8 in [false, true] {
        let c = TestClient(files, open: open, capabilities: clientCapabilities(utf8: utf8))
        let r = c.result(method, c.positionParams(from))
        let locs = r.array ?? (r.isNull ? [] : [r])
        let got = Set(locs.map { c.describe(uri: $0["uri"].string!, range: $0["range"]) })
        #expect(got == c.marked(marker), "utf8=\(utf8)", sourceLocation: sourceLocation)
    }
}

/// References from `1️⃣` in `from` (both encodings): exactly the ranges marked by `expect`.
func checkReferences(
    _ files: [String: String], from: String, includeDeclaration: Bool, expect markers: [String],
    open: [String]? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    for utf8 in [false, true] {
        let c = TestClient(files, open: open, capabilities: clientCapabilities(utf8: utf8))
        var params = c.positionParams(from)
        if case .object(var o) = params {
            o["context"] = ["includeDeclaration": .bool(includeDeclaration)]
            params = .object(o)
        }
        let got = Set(
            (c.result("textDocument/references", params).array ?? []).map {
                c.describe(uri: $0["uri"].string!, range: $0["range"])
            })
        let want = markers.reduce(into: Set<String>()) { $0.formUnion(c.marked($1)) }
        #expect(got == want, "utf8=\(utf8)", sourceLocation: sourceLocation)
    }
}

/// Hover at `1️⃣`: the contents must contain every string in `contains`, and the range must be `range`'s marked range.
func checkHover(
    _ files: [String: String], at path: String, contains: [String], range marker: String? = nil,
    open: [String]? = nil, markdown: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) {
    for utf8 in [false, true] {
        let c = TestClient(files, open: open, capabilities: clientCapabilities(utf8: utf8, markdown: markdown))
        let h = c.result("textDocument/hover", c.positionParams(path))
        let value = h["contents"]["value"].string ?? ""
        #expect(h["contents"]["kind"].string == (markdown ? "markdown" : "plaintext"), sourceLocation: sourceLocation)
        for s in contains { #expect(value.contains(s), "hover: \(value)", sourceLocation: sourceLocation) }
        if let marker {
            #expect(
                c.describe(uri: TestClient.uri(path), range: h["range"]) == c.marked(marker).first,
                sourceLocation: sourceLocation)
        }
    }
}

@Suite struct NavigationTests {
    static let files = ["people.news.md": Workspaces.people, "story.news.md": Workspaces.story]

    @Test func definitionOfAMentionIsInTheOtherArticle() {
        checkDefinition(Self.files, from: "story.news.md", expect: "2️⃣")
        checkDefinition(Self.files, from: "story.news.md", expect: "2️⃣", open: ["story.news.md"])
        checkDefinition(Self.files, from: "story.news.md", expect: "2️⃣", method: "textDocument/declaration")
    }

    @Test func definitionOfACitationIsTheSourceDefinition() {
        checkDefinition(
            ["a.news.md": "Sales 🎉 rose[^r1️⃣eu].\r\n\r\n[^2️⃣reu2️⃣]: Reuters\r\n"], from: "a.news.md", expect: "2️⃣")
    }

    @Test func definitionOfAPlainAliasIsTheEntityDefinition() {
        checkDefinition(
            ["people.news.md": Workspaces.people, "b.news.md": "Émile said that Mr 1️⃣Ma was “pleased”.\n"],
            from: "b.news.md", expect: "2️⃣")
    }

    @Test func definitionOfPlainTextIsNothing() {
        checkDefinition(["a.news.md": "Nothing 1️⃣here 🎉.\n"], from: "a.news.md", expect: "2️⃣")
    }

    @Test func referencesOfAnEntity() {
        let story = """
            “Great,” said 2️⃣[Jack 1️⃣Ma][@jack-ma]2️⃣ in 😀 New York.\r
            Later 2️⃣[@jack-ma]2️⃣ spoke.\r

            """
        let other = "Ünïcode 🎉 2️⃣[Ma][@JACK-MA]2️⃣.\n"
        let people = "[@3️⃣jack-ma3️⃣]: Jack Ma\n  type: person\n"
        let files = ["story.news.md": story, "other.news.md": other, "people.news.md": people]
        checkReferences(files, from: "story.news.md", includeDeclaration: false, expect: ["2️⃣"])
        checkReferences(files, from: "story.news.md", includeDeclaration: true, expect: ["2️⃣", "3️⃣"])
        checkReferences(
            files, from: "story.news.md", includeDeclaration: true, expect: ["2️⃣", "3️⃣"], open: ["story.news.md"])
    }

    @Test func referencesOfASourceStayInTheArticle() {
        let a = "Sales rose2️⃣[^reu]2️⃣ and 🎉 fell2️⃣[^r1️⃣eu]2️⃣.\r\n\r\n[^3️⃣reu3️⃣]: Reuters\r\n"
        let b = "Other[^reu].\n\n[^reu]: Reuters too\n"
        checkReferences(
            ["a.news.md": a, "b.news.md": b], from: "a.news.md", includeDeclaration: true, expect: ["2️⃣", "3️⃣"])
    }

    @Test func documentHighlightWithinTheDocument() {
        let a = "2️⃣[Jack 1️⃣Ma][@jack-ma]2️⃣ and 🎉 2️⃣[@jack-ma]2️⃣.\n\n[@3️⃣jack-ma3️⃣]: Jack Ma\n"
        let c = TestClient(["a.news.md": a, "b.news.md": "[@jack-ma] elsewhere\n"])
        let hs = c.result("textDocument/documentHighlight", c.positionParams("a.news.md")).array ?? []
        let reads = Set(
            hs.filter { $0["kind"] == 2 }.map { c.describe(uri: TestClient.uri("a.news.md"), range: $0["range"]) })
        let writes = Set(
            hs.filter { $0["kind"] == 3 }.map { c.describe(uri: TestClient.uri("a.news.md"), range: $0["range"]) })
        #expect(reads == c.marked("2️⃣"))
        #expect(writes == c.marked("3️⃣"))
    }

    @Test func hoverOnAnEntityMention() {
        checkHover(
            Self.files, at: "story.news.md",
            contains: [
                "Jack Ma", "person", "Founder of Alibaba", "wikidata.org/wiki/Q1151", "Who’s who 🎉", "people.news.md",
                "Mentioned 2 times in 1 article",
            ],
            range: nil)
        checkHover(
            Self.files, at: "story.news.md", contains: ["Jack Ma", "Founder of Alibaba"], open: ["story.news.md"],
            markdown: false)
    }

    @Test func hoverRangeIsTheWholeMention() {
        checkHover(
            ["a.news.md": "Émile 🎉 saw 2️⃣[Jack 1️⃣Ma][@jack-ma]2️⃣.\n\n[@jack-ma]: Jack Ma\n"], at: "a.news.md",
            contains: ["Jack Ma"], range: "2️⃣")
    }

    @Test func hoverOnACitationShowsTheSourceText() {
        checkHover(
            ["a.news.md": "Sales 🎉 rose 2️⃣[^r1️⃣eu]2️⃣.\r\n\r\n[^reu]: Reuters, “Alibaba” report\r\n"], at: "a.news.md",
            contains: ["Reuters, “Alibaba” report", "Cited 1 time"], range: "2️⃣")
    }

    @Test func hoverOnAPlainAlias() {
        checkHover(
            ["people.news.md": Workspaces.people, "b.news.md": "Émile said that Mr 1️⃣Ma was “pleased”.\n"],
            at: "b.news.md",
            contains: ["Jack Ma", "Founder of Alibaba"])
    }

    @Test func hoverOnAFlaggedPlaceSaysWhy() {
        checkHover(["a.news.md": "Met [@gh1️⃣ost] 🎉.\n"], at: "a.news.md", contains: ["undefined-entity", "not defined"])
    }

    @Test func hoverOnNothingIsNull() {
        let c = TestClient(["a.news.md": "Plain 1️⃣words.\n"])
        #expect(c.result("textDocument/hover", c.positionParams("a.news.md")).isNull)
    }
}

@Suite struct MentionCountTests {
    /// Hover counts stay exact as mentions are added and removed in open and on-disk files.
    @Test func countsFollowEdits() {
        let c = TestClient(
            [
                "p.news.md": "[@jack-ma]: Jack Ma\n", "a.news.md": "[@jack-ma] [@jack-ma]\n",
                "b.news.md": "[Ma][@jack-ma]\n",
            ], open: ["a.news.md"])
        func hover() -> String {
            c.result(
                "textDocument/hover",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                    "position": ["line": 0, "character": 3],
                ])["contents"]["value"].string ?? ""
        }
        #expect(hover().contains("Mentioned 3 times in 2 articles"))
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("a.news.md")), "version": 2],
                "contentChanges": [["text": "[@jack-ma] 😀\n"]],
            ])
        #expect(hover().contains("Mentioned 2 times in 2 articles"))
        c.fs.set("/ws/b.news.md", nil)
        c.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(TestClient.uri("b.news.md")), "type": 3]]])
        #expect(hover().contains("Mentioned 1 time in 1 article"))
    }
}

@Suite struct ProseNameNavigationTests {
    /// An undefined plain-prose name: definition goes to its first full mention in the article.
    @Test func definitionOfAnUndefinedNameIsItsFirstFullMention() {
        let text =
            "“Sales 😀 rose,” said 2️⃣Harley Lewin2️⃣, a partner at the firm.\r\n\r\n“We are pleased,” 1️⃣Lewin said.\r\n"
        checkDefinition(["a.news.md": text], from: "a.news.md", expect: "2️⃣")
    }

    @Test func highlightOfAPlainNameListsItsMentions() {
        let text = "“Sales rose,” said 3️⃣Harley Lewin3️⃣, a partner.\n\n“We are 😀 pleased,” 3️⃣Lew1️⃣in3️⃣ said.\n"
        let c = TestClient(["a.news.md": text])
        let refs =
            c.result(
                "textDocument/references",
                [
                    "textDocument": ["uri": .string(TestClient.uri("a.news.md"))],
                    "position": c.position("a.news.md"), "context": ["includeDeclaration": true],
                ]
            ).array ?? []
        #expect(Set(refs.map { c.describe(uri: $0["uri"].string!, range: $0["range"]) }) == c.marked("3️⃣"))
    }
}

@Suite struct DefinitionBlockTests {
    @Test func hoverAnywhereInADefinitionBlock() {
        checkHover(
            [
                "a.news.md":
                    "Text [@jack-ma].\r\n\r\n[@jack-ma]: Jack Ma 😀\r\n  type: person\r\n  description: Founder of 1️⃣Alibaba\r\n"
            ],
            at: "a.news.md", contains: ["Jack Ma", "Mentioned 1 time in 1 article"])
        checkHover(
            ["a.news.md": "Text[^ap].\n\n[^ap]: AP, “wire” 1️⃣report\n  continued 😀\n"], at: "a.news.md",
            contains: ["AP, “wire” report"])
    }
}
