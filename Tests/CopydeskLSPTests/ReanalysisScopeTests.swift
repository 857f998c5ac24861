import CopydeskCore
import Testing

@testable import CopydeskLSP

/// "Typing in one article must not re-analyse the others unless their definitions changed" (issue 5), at a
/// workspace scale: 300 articles on disk, 30 open. Observed two ways: the server's per-document analysis
/// counter, and the `publishDiagnostics` notifications a client would see (one per re-analysed document).
@Suite struct ReanalysisScopeTests {
    static let people =
        "---\ntitle: People\n---\n# People\n\nProse about people 😀 “quoted”.\n\n[@jack-ma]: Jack Ma\n  type: person\n  aliases: Ma\n[@acme]: Acme Corp\n  type: organization\n"

    func workspace() -> TestClient {
        var files: [String: String] = ["people.news.md": Self.people]
        // Dependents: mention an entity that people.news.md defines (annotated, or by its alias in prose).
        for i in 0..<10 {
            files["dep\(i).news.md"] = "# Dep \(i)\n\nToday [Jack Ma][@jack-ma] spoke “at length” 😀.\r\n"
        }
        for i in 0..<5 { files["alias\(i).news.md"] = "# Alias \(i)\n\nMa and others met José.\n" }
        // Independents: their own entities only.
        for i in 0..<15 {
            files["ind\(i).news.md"] =
                "# Ind \(i)\n\n[Émile][@emile-\(i)] met [@emile-\(i)].\n\n[@emile-\(i)]: Émile \(i)\n  type: person\n"
        }
        // The rest stay on disk, unopened.
        for i in 0..<270 {
            files["disk/s\(i).news.md"] = "# Story \(i)\n\nText with [@jack-ma] and [@x-\(i)].\n\n[@x-\(i)]: X \(i)\n"
        }
        let open = files.keys.filter { !$0.hasPrefix("disk/") }
        return TestClient(files, open: open)
    }

    func counts(_ c: TestClient) -> [DocumentID: Int] { c.server.analysisCount }

    @Test func typingProseReanalysesOnlyThatArticle() {
        let c = workspace()
        #expect(c.server.index.documentCount == 301)
        let before = counts(c)
        let people = DocumentID(TestClient.uri("people.news.md"))
        c.clearReceived()
        for k in 0..<100 {
            // Keystrokes in the prose line (line 5), never touching the definitions.
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": .int(k + 2)],
                    "contentChanges": [
                        [
                            "range": ["start": ["line": 5, "character": 6], "end": ["line": 5, "character": 6]],
                            "text": k % 10 == 9 ? " " : "é",
                        ]
                    ],
                ])
        }
        let after = counts(c)
        #expect(after[people] == (before[people] ?? 0) + 100)
        let others = after.filter { $0.key != people && $0.value != before[$0.key] }
        #expect(others.isEmpty, "re-analysed while typing prose elsewhere: \(others.keys.map(\.rawValue).sorted())")
        let publishedFor = Set(
            c.notifications("textDocument/publishDiagnostics").compactMap { $0["params"]["uri"].string })
        #expect(publishedFor == [TestClient.uri("people.news.md")])
    }

    @Test func changingADefinitionReanalysesExactlyItsUsers() {
        let c = workspace()
        let before = counts(c)
        c.clearReceived()
        // Rename Jack Ma's display name (line 7 is `[@jack-ma]: Jack Ma`): a definition change.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": ["line": 7, "character": 12], "end": ["line": 7, "character": 19]],
                        "text": "Jack Ma Yun",
                    ]
                ],
            ])
        let after = counts(c)
        let reanalysed = Set(after.filter { $0.value != before[$0.key] }.keys.map { $0.rawValue })
        let expected = Set(
            ["people.news.md"] + (0..<10).map { "dep\($0).news.md" } + (0..<5).map { "alias\($0).news.md" }
        ).map { TestClient.uri($0) }
        #expect(
            reanalysed == Set(expected),
            "extra: \(reanalysed.subtracting(expected).sorted()) missing: \(Set(expected).subtracting(reanalysed).sorted())"
        )
        // Each re-analysed document was published once, nothing else was.
        let published = c.notifications("textDocument/publishDiagnostics").compactMap { $0["params"]["uri"].string }
        #expect(published.count == expected.count && Set(published) == Set(expected))
    }

    @Test func movingADefinitionUpdatesOnlyTheDuplicatesPointingAtIt() {
        let c = TestClient([
            "people.news.md": Self.people, "dup.news.md": "# Dup\n\n[@jack-ma]: Jack Ma again\n",
            "dep.news.md": "Met [@jack-ma].\n",
        ])
        func relatedLine() -> Int? {
            c.diagnostics("dup.news.md").first { $0["code"] == "duplicate-definition" }?["relatedInformation"][0][
                "location"]["range"]["start"]["line"].int
        }
        #expect(relatedLine() == 7)
        let before = counts(c)
        // Two new lines of prose above the definitions: they move down by two lines, their content is unchanged.
        c.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.uri("people.news.md")), "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]],
                        "text": "New “line” 😀.\r\nAnother.\n",
                    ]
                ],
            ])
        #expect(relatedLine() == 9)
        let dep = DocumentID(TestClient.uri("dep.news.md"))
        let dup = DocumentID(TestClient.uri("dup.news.md"))
        #expect(counts(c)[dup] == (before[dup] ?? 0) + 1)
        #expect(counts(c)[dep] == before[dep], "a mention-only user does not hold definition positions")
    }
}
