import CopydeskCore
import Foundation
import Testing

@testable import CopydeskLSP

/// A huge article in the server: kept as segments, edited in place, its diagnostics published straight as
/// JSON bytes. What a client sees must be what a fresh `copydesk lint` of the same text gives.
///
/// The server here cuts documents by `policy` and analyses on a worker above `backgroundThreshold`: a
/// 1 MB-scale server scaled down about 25 times, so an article of some forty kilobytes takes the huge article's
/// paths (segments of a few kilobytes, a first analysis on a worker, each edit's on the main loop) in a debug
/// build's fraction of a second per analysis, not the seconds of a megabyte.
@Suite struct HugeDocumentTests {
    /// Documents over 32 KB are cut into segments of a few kilobytes.
    static let policy = SegmentationPolicy(minimumDocumentBytes: 32 << 10, boundaryModulus: 4)
    /// The opened article's first analysis runs on a worker; an edit's (a few segments) on the main loop.
    static let backgroundThreshold = 16 << 10

    /// A server whose documents are cut by `policy`, analysed on a worker above `backgroundThreshold`.
    static func client(deferBackground: Bool = false) -> TestClient {
        let c = TestClient(["huge.news.md": "# placeholder\n"], open: [], deferBackground: deferBackground)
        c.server.documents = DocumentStore(policy: policy)
        c.server.backgroundAnalysisThreshold = backgroundThreshold
        return c
    }

    /// A generated article over the size at which `policy` cuts documents into segments.
    static func hugeArticle() -> String {
        let paragraphs = [
            "Sarah Clarke, a partner at Clarke & Co, said the deal was worth $15 billion.",
            "“We will build it here,” Ms Clarke said. “It is the largest plant in Europe.",
            "“And it will open next year,” she added.",
            "Profits rose 40% last year 😀, driven by demand from China.",
            "The company reportedly plans to cut 2,000 jobs, sources say.",
            "Officials expect the shortfall to rise to $427bn by 2030.[^ap]",
        ]
        var out = "---\ntitle: Huge\n---\n# Huge “article”\n\n[@jack-ma]: Jack Ma\n  type: person\n\n"
        var i = 0
        while out.utf8.count <= policy.minimumDocumentBytes + 8_000 {
            out +=
                "In week \(i), " + paragraphs[i % paragraphs.count]
                + (i % 7 == 0 ? " [Jack Ma][@jack-ma] agreed." : "") + "\n\n"
            i += 1
        }
        return out + "[^ap]: AP, 29 November 2016\n[^unused]: Reuters\n"
    }

    @Test func editsInAHugeArticlePublishWhatAFreshLintFinds() throws {
        let text = Self.hugeArticle()
        let c = Self.client()
        c.openDocument("huge.news.md", text: text)
        let id = DocumentID(TestClient.uri("huge.news.md"))
        #expect(try #require(c.server.documents[id]).document.segmentCount > 5)
        var lines = text.components(separatedBy: "\n")
        var middle = lines.count / 2
        while lines[middle].isEmpty { middle += 1 }
        let edits: [(line: Int, character: Int, text: String)] = [
            (middle, 3, "x"), (middle, 4, "“"), (middle + 1, 0, "He said: \n\n"), (9, 0, "Also "),
            (lines.count - 4, 0, "New paragraph with 5% growth.\n\n"), (middle, 0, "\r\n"),
        ]
        var version = 1
        for e in edits {
            version += 1
            c.clearReceived()
            let prefix = String(lines[e.line].prefix(e.character))
            let character = prefix.utf16.count
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(TestClient.uri("huge.news.md")), "version": .int(version)],
                    "contentChanges": [
                        [
                            "range": [
                                "start": ["line": .int(e.line), "character": .int(character)],
                                "end": ["line": .int(e.line), "character": .int(character)],
                            ],
                            "text": .string(e.text),
                        ]
                    ],
                ])
            var line = lines[e.line]
            line.insert(contentsOf: e.text, at: line.index(line.startIndex, offsetBy: e.character))
            lines.replaceSubrange(e.line...e.line, with: line.components(separatedBy: "\n"))
            let doc = try #require(c.server.documents[id])
            #expect(doc.text.string == lines.joined(separator: "\n"))
            // Only the segments around the edit were analysed again.
            let published = try #require(c.notifications("textDocument/publishDiagnostics").last)
            let fresh = DocumentPipeline.run(
                doc.text, kind: .annotated, id: id, index: c.server.index, configuration: .default)
            let expected: [JSONValue] = fresh.diagnostics.map {
                Server.lspDiagnostic($0, text: doc.text, encoding: .utf16, uriFor: { $0.rawValue })
            }
            #expect(published["params"]["diagnostics"].array == expected, "after \(e)")
            #expect(published["params"]["version"].int == version)
        }
    }

    /// Edits that arrive while a huge article's first analysis runs on a worker: that analysis is stale, but the
    /// segments the edits did not touch keep what it found, so the next analysis (of the edited segments
    /// only) runs at once on the main loop, and what is published is what a fresh lint of the final text finds.
    @Test func editsDuringTheFirstAnalysisKeepWhatItAnalysed() throws {
        let c = Self.client(deferBackground: true)
        c.openDocument("huge.news.md", text: Self.hugeArticle())
        let manual = try #require(c.runtime as? ManualRuntime)
        // The first index lands; the article's analysis is queued on a worker.
        #expect(manual.runJobs())
        c.server.runPostedTasks()
        c.collect()
        let id = DocumentID(TestClient.uri("huge.news.md"))
        for (k, line) in [40, 41, 42].enumerated() {
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(TestClient.uri("huge.news.md")), "version": .int(k + 2)],
                    "contentChanges": [
                        [
                            "range": [
                                "start": ["line": .int(line), "character": 0],
                                "end": ["line": .int(line), "character": 0],
                            ],
                            "text": "Typed ",
                        ]
                    ],
                ])
        }
        c.clearReceived()
        // The stale analysis finishes: adopted where the text is unchanged, the rest analysed synchronously.
        #expect(manual.runJobs())
        c.server.runPostedTasks()
        c.collect()
        #expect(!manual.runJobs(), "a second analysis of the whole article was queued")
        let doc = try #require(c.server.documents[id])
        #expect(doc.isAnalyzed && doc.version == 4)
        let published = try #require(c.notifications("textDocument/publishDiagnostics").last)
        #expect(published["params"]["version"].int == 4)
        let fresh = DocumentPipeline.run(doc.text, kind: .annotated, id: id, index: c.server.index)
        #expect(
            published["params"]["diagnostics"].array
                == fresh.diagnostics.map {
                    Server.lspDiagnostic($0, text: doc.text, encoding: .utf16, uriFor: { $0.rawValue })
                })
    }

    /// The diagnostics printed for `publishDiagnostics` say what `Server.lspDiagnostic` says, finding by finding, in
    /// both encodings: astral characters, CRLF and lone CR line ends, related information, tags.
    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func publishedBytesMatchTheJSONModel(encoding: PositionEncoding) throws {
        let text = SourceText(
            "# Head 😀 “x”\r\n\r\nSales 😀 rose 40% last year, “we will build it here and now,” he said.\rProfits"
                + " fell 5%.[^nowhere]\n\n[@a]: A\n[@a]: B\n[^s]: Source\n[^s]: Again\n")
        let id = DocumentID("file:///t.news.md")
        let r = DocumentPipeline.run(text, kind: .annotated, id: id, index: WorkspaceIndex())
        #expect(r.diagnostics.count >= 5)
        #expect(r.diagnostics.contains { !$0.related.isEmpty })
        #expect(r.diagnostics.contains { !$0.tags.isEmpty })
        let model = { (d: Diagnostic) in
            Server.lspDiagnostic(d, text: text, encoding: encoding, uriFor: { $0.rawValue })
        }
        var cache = PublishedSegments()
        let list = DiagnosticsMessage.diagnostics(
            r.diagnostics, text: text, encoding: encoding, cache: &cache, related: model)
        #expect(try JSONParser.parse(list.bytes).array == r.diagnostics.map(model))
    }

    /// Segments whose findings are unchanged are copied from the previous message with their line numbers moved:
    /// after any edit (new lines above, text inside a segment, a citation that changes a finding elsewhere) the
    /// message says exactly what `Server.lspDiagnostic` says of the new findings.
    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func segmentsCopiedFromTheLastMessageStayExact(encoding: PositionEncoding) throws {
        let pieces = [
            "Sales 😀 rose 40% last year.", "“We will build it here and now,” he said.", "Profits fell 5%.[^s]",
            "In week 3, the company reportedly cut 200 jobs.", "Officials expect the shortfall to reach $4bn.",
        ]
        var text = "# Head\n\n"
        for i in 0..<120 { text += "Note \(i): " + pieces[i % pieces.count] + (i % 4 == 0 ? "\r\n\r\n" : "\n\n") }
        text += "[^s]: Source\n[^unused]: Nothing\n"
        let id = DocumentID("file:///t.news.md")
        let policy = SegmentationPolicy(minimumDocumentBytes: 0, boundaryModulus: 2)
        var doc = DocumentSegments(SourceText(text), kind: .annotated, policy: policy)
        var cache = PublishedSegments()
        var seed: UInt64 = 17
        let edits = ["\n", "\n\n", "x", "[^unused]", "😀", "\r\n", " rose 9% ", "“", "\n\nNew 5% rise.\n\n"]
        for round in 0..<40 {
            let r = doc.analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
            #expect(r.document.segmentCount > 5)
            let model = { (d: Diagnostic) in
                Server.lspDiagnostic(d, text: r.document.text, encoding: encoding, uriFor: { $0.rawValue })
            }
            let list = DiagnosticsMessage.diagnostics(
                r.diagnostics, text: r.document.text, encoding: encoding, segments: r.document.segmentKeys,
                cache: &cache, related: model)
            #expect(try JSONParser.parse(list.bytes).array == r.diagnostics.map(model), "round \(round)")
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let at = Int((seed >> 33) % UInt64(r.document.text.count))
            doc = r.document.editing(TextRange(at, at), with: Array(edits[round % edits.count].utf8))
        }
        #expect(!cache.entries.isEmpty)
    }
}
