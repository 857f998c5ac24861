import Foundation
import Testing

@testable import CopydeskCore

/// A document cut into segments (`DocumentSegments`) and edited gives exactly what a fresh run of the
/// pipeline gives on the edited text: syntax, diagnostics and the analysis the server reads. Tested on
/// generated articles (quote runs across paragraphs, pronouns, surnames after full names, definitions,
/// citations, comments, fences, headings, CRLF and CR line ends) and on the seeds, cut into tiny segments so
/// that every kind of edit lands near a boundary.
enum IncrementalFixtures {
    /// Every safe break is a candidate (modulus 1) or one in two; any size is cut.
    static let tiny = SegmentationPolicy(minimumDocumentBytes: 0, boundaryModulus: 1)
    static let small = SegmentationPolicy(minimumDocumentBytes: 0, boundaryModulus: 2)

    static let paragraphs: [String] = [
        "Sarah Clarke, a partner at Clarke & Co, said the deal was worth $15 billion.",
        "“We will build it here,” Ms Clarke said. “It is the largest plant in Europe.",
        "“And it will open next year,” she added.",
        "He said sales rose 40% last year, according to Reuters.",
        "The company reportedly plans to cut 2,000 jobs, sources say.",
        "Officials expect the shortfall to rise to $427bn by 2030.",
        "Clarke told reporters: “Nothing is decided.”",
        "The report also found that prices doubled.[^ap]",
        "It also said exports fell 3%.",
        "[Jack Ma][@jack-ma] met [@jack-ma] in Hangzhou on Monday.",
        "Mr Ma said the results were the best since 1966.",
        "Trade volumes grew, driven by demand from China.",
        "The minister, who spoke in London, warned of higher prices:",
        "\"This is the worst crisis in a generation,\" said Tom Brown, an economist.",
        "They also found that wages fell.",
        "# A heading about the “markets”",
        "## Analysis",
        "- Prices rose 5% in March.\n- Wages fell 2%.",
        "> “Quoted in a blockquote,” said Anna Lee.",
        "<!-- copydesk-disable-next-line unsourced-claim -->\nThe deficit reached $2 trillion.",
        "<!-- a comment that runs\n\nacross a blank line -->",
        "```\ncode with “quotes” and 50% figures\n\nstill code\n```",
        "[@jack-ma]: Jack Ma\n  type: person",
        "[^ap]: AP, 29 November 2016",
        "[^unused]: Reuters",
        "Profits fell sharply[^nowhere], the filing shows.",
        "Dr. Lee said it was “a disaster for everyone involved.”",
    ]

    static func article(_ rng: inout SplitMix, paragraphs count: Int, lineEnd: String = "\n") -> String {
        var parts: [String] = []
        if rng.next() % 3 == 0 { parts.append("---\ntitle: A test\nid: t-1\n---") }
        if rng.next() % 2 == 0 { parts.append("# Headline about “growth”") }
        for _ in 0..<count { parts.append(paragraphs[Int(rng.next() % UInt64(paragraphs.count))]) }
        return parts.joined(separator: "\n\n").replacingOccurrences(of: "\n", with: lineEnd) + lineEnd
    }

    static let insertions: [String] = [
        "x", " ", "\n", "\n\n", "“", "”", "\"", "he ", "She said ", ":", "<!--", "-->", "```", "\r\n", "\r",
        "# ", "[^ap]", "Ms Clarke said “yes.”\n\nHe added: ", "Sarah Clarke", "😀", "\n\nNew paragraph. ",
    ]

    /// Everything a client of the pipeline reads, as comparable values.
    struct Outcome: Equatable {
        var diagnostics: [Diagnostic]
        var prose: [UInt8]
        var lists: [String]
        var sentences: [Sentence]
        var quotes: [Quote]
        var attributions: [Attribution]
        var entities: [ProseEntity]
        var claims: [Claim]
        var vague: [VagueAttribution]
        var starts: [Int]
    }

    static func outcome(_ document: DocumentSegments) -> Outcome {
        let r = document.analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default)
        let s = r.document.syntax
        let a = r.document.analysis
        return Outcome(
            diagnostics: r.diagnostics, prose: s.prose, lists: syntaxSummary(s), sentences: a.sentences,
            quotes: a.quotes, attributions: a.attributions, entities: a.entities, claims: a.claims,
            vague: a.vagueAttributions, starts: r.document.segmentStarts)
    }

    static func syntaxSummary(_ s: ArticleSyntax) -> [String] {
        [
            "title \(s.title ?? "-") \(s.headlineRange.map { "\($0)" } ?? "-")",
            "front \(s.frontMatter.map { "\($0.range) \($0.entries)" } ?? "-")",
            "\(s.headings)", "\(s.paragraphs)", "\(s.entityDefinitions)", "\(s.sourceDefinitions)",
            "\(s.entityMentions)", "\(s.citations)", "\(s.links)", "\(s.suppressions)", "\(s.problems)",
        ]
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

@Test(arguments: ["\n", "\r\n", "\r"])
func aSegmentedParseIsTheWholeParse(lineEnd: String) {
    var rng = SplitMix(state: 7)
    for _ in 0..<30 {
        let text = SourceText(IncrementalFixtures.article(&rng, paragraphs: 30, lineEnd: lineEnd))
        let whole = ArticleParser.parse(text, kind: .annotated)
        let cut = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.tiny)
        #expect(cut.segmentCount > 1)
        #expect(cut.syntax.prose == whole.prose)
        #expect(IncrementalFixtures.syntaxSummary(cut.syntax) == IncrementalFixtures.syntaxSummary(whole))
    }
}

@Test(arguments: [IncrementalFixtures.tiny, IncrementalFixtures.small])
func randomEditsGiveWhatAFreshRunGives(policy: SegmentationPolicy) {
    var rng = SplitMix(state: policy.boundaryModulus)
    for round in 0..<40 {
        let lineEnd = ["\n", "\r\n", "\r"][round % 3]
        let kind: ArticleKind = round % 5 == 4 ? .plainText : .annotated
        var doc = DocumentSegments(
            SourceText(IncrementalFixtures.article(&rng, paragraphs: 25, lineEnd: lineEnd)), kind: kind, policy: policy)
        doc =
            doc.analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default)
            .document
        for _ in 0..<6 {
            let n = doc.text.count
            let a = rng.below(n + 1)
            let edit: (TextRange, String)
            switch rng.below(4) {
            case 0:
                edit = (
                    TextRange(a, a), IncrementalFixtures.insertions[rng.below(IncrementalFixtures.insertions.count)]
                )
            case 1: edit = (TextRange(a, min(n, a + 1 + rng.below(8))), "")
            case 2: edit = (TextRange(a, min(n, a + rng.below(400))), "")
            default:
                edit = (
                    TextRange(a, min(n, a + rng.below(4))),
                    IncrementalFixtures.paragraphs[rng.below(IncrementalFixtures.paragraphs.count)] + lineEnd + lineEnd
                )
            }
            let edited = doc.editing(edit.0, with: Array(edit.1.utf8))
            let fresh = DocumentSegments(edited.text, kind: kind, policy: policy)
            #expect(edited.text.lineStarts == fresh.text.lineStarts)
            let got = IncrementalFixtures.outcome(edited)
            let want = IncrementalFixtures.outcome(fresh)
            #expect(
                got == want,
                "round \(round): \(edit) on \(String(decoding: doc.text.bytes, as: UTF8.self).debugDescription)")
            if got != want { return }
            doc =
                edited.analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default)
                .document
        }
    }
}

@Test func seedsEditedGiveWhatAFreshRunGives() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().prefix(6)
    var rng = SplitMix(state: 11)
    for name in names {
        guard let kind = ArticleKind.forPath(name),
            let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path)
        else { continue }
        let doc = DocumentSegments(SourceText(decoding: Array(bytes)), kind: kind, policy: IncrementalFixtures.small)
            .analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default).document
        for _ in 0..<8 {
            let a = rng.below(doc.text.count + 1)
            let text = IncrementalFixtures.insertions[rng.below(IncrementalFixtures.insertions.count)]
            let edited = doc.editing(TextRange(a, min(doc.text.count, a + rng.below(3))), with: Array(text.utf8))
            let fresh = DocumentSegments(edited.text, kind: kind, policy: IncrementalFixtures.small)
            #expect(IncrementalFixtures.outcome(edited) == IncrementalFixtures.outcome(fresh), "\(name) at \(a)")
        }
    }
}

/// A document under the size limit is one segment: the pipeline gives exactly the whole-document parse,
/// analysis and lint it always gave.
@Test func smallDocumentsAreAnalysedWhole() {
    var rng = SplitMix(state: 3)
    for _ in 0..<10 {
        let text = SourceText(IncrementalFixtures.article(&rng, paragraphs: 20))
        let syntax = ArticleParser.parse(text, kind: .annotated)
        let analysis = ArticleAnalyzer.analyze(syntax)
        let id = DocumentID("file:///t.news.md")
        let diagnostics = Linter.lint(analysis, document: id, index: WorkspaceIndex())
        let r = DocumentPipeline.run(text, kind: .annotated, id: id, index: WorkspaceIndex())
        #expect(DocumentSegments(text, kind: .annotated).segmentCount == 1)
        #expect(r.diagnostics == diagnostics)
        #expect(r.analysis.attributions == analysis.attributions)
        #expect(r.analysis.entities == analysis.entities)
        #expect(r.analysis.claims == analysis.claims)
        #expect(r.analysis.quotes == analysis.quotes)
    }
}

/// An edit re-analyses the segments it touched (and the one before), not the others.
@Test func anEditReanalysesOnlyTheSegmentsItTouched() {
    var rng = SplitMix(state: 5)
    let text = SourceText(IncrementalFixtures.article(&rng, paragraphs: 400))
    let doc = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
        .analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default).document
    #expect(doc.segmentCount > 20)
    let middle = doc.segmentStarts[doc.segmentCount / 2] + 3
    let edited = doc.editing(TextRange(middle, middle), with: Array("x".utf8))
    // Typing near a boundary may move it (the boundary hashes the next block's opening bytes): by one at most.
    #expect(edited.segmentCount - edited.analysedSegmentCount <= 3)
    #expect(abs(edited.segmentCount - doc.segmentCount) <= 1)
}

/// No boundary where an analysis reads across the break: a quote run continued in the next paragraph, a
/// pronoun speaker whose person is named in the paragraph before, a colon introducing the next paragraph, a
/// claim carried by "It also…". Cut as finely as the rules allow, the article is analysed as a whole.
@Test func noBoundaryCutsACrossParagraphDependency() {
    let text = SourceText(
        [
            "Sarah Clarke, a partner at Clarke & Co, spoke on Monday.",
            "“We will build the plant here. It will be the largest in Europe.",
            "“And it will open next year,” Ms Clarke said.",
            "Tom Brown, an economist, met the board.",
            "He said prices rose 40% last year.",
            "The minister gave her verdict:",
            "Exports rose 5% in March, the ministry said.",
            "It also said imports fell 3%.",
            "Profits fell in the first quarter.",
        ].joined(separator: "\n\n") + "\n")
    let cut = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.tiny)
    let starts = Set(cut.segmentStarts)
    func start(of paragraph: String) -> Int {
        let s = text.string
        return s.utf8.distance(
            from: s.utf8.startIndex, to: s.range(of: paragraph)!.lowerBound.samePosition(in: s.utf8)!)
    }
    for p in ["“And it will", "“We will", "He said", "Exports rose", "It also said"] {
        #expect(!starts.contains(start(of: p)), "cut before \(p)")
    }
    #expect(starts.contains(start(of: "Profits fell")))
    let whole = DocumentPipeline.run(
        text, kind: .annotated, id: DocumentID("file:///t.news.md"), index: WorkspaceIndex())
    let r = cut.analyzed(id: DocumentID("file:///t.news.md"), index: WorkspaceIndex(), configuration: .default)
    // Indices of relations may differ (each segment lists its own first); who speaks each quote may not.
    func speakers(_ a: ArticleAnalysis) -> [String] {
        a.quotes.map { q in
            "\(q.range) \(q.attribution.map { a.attributions[$0].speakerRange.map { a.text[$0] } ?? "-" } ?? "none")"
        }
    }
    func claims(_ a: ArticleAnalysis) -> [String] {
        a.claims.map { "\(a.sentences[$0.sentence].range) \($0.reason) \($0.isSourced)" }
    }
    #expect(speakers(r.document.analysis) == speakers(whole.analysis))
    #expect(claims(r.document.analysis) == claims(whole.analysis))
    #expect(r.diagnostics == whole.diagnostics)
}

/// Typing inside the middle paragraph of a quote run, or in the paragraph that uses a surname introduced in
/// full two paragraphs before, re-analyses them together: the quote keeps its speaker, the surname its person.
@Test func editsInsideCrossParagraphRunsKeepTheirLinks() {
    let run = [
        "Sarah Clarke, a partner at Clarke & Co, spoke on Monday.",
        "“We will build the plant here.",
        "“It will be the largest in Europe.",
        "“And it will open next year,” Ms Clarke said.",
    ].joined(separator: "\n\n")
    let filler = (0..<40).map { "Profits fell in quarter \($0) of the year." }.joined(separator: "\n\n")
    let text = SourceText(filler + "\n\n" + run + "\n\n" + filler + "\n")
    let id = DocumentID("file:///t.news.md")
    let doc = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.tiny)
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default).document
    for probe in ["the largest", "Ms Clarke said", "build the plant"] {
        let s = text.string
        let at = s.utf8.distance(from: s.utf8.startIndex, to: s.range(of: probe)!.lowerBound.samePosition(in: s.utf8)!)
        let edited = doc.editing(TextRange(at, at), with: Array("very ".utf8))
            .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
        let fresh = DocumentPipeline.run(edited.document.text, kind: .annotated, id: id, index: WorkspaceIndex())
        #expect(edited.diagnostics == fresh.diagnostics)
        let quotes = edited.document.analysis.quotes.filter { $0.wordCount >= 4 }
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.attribution != nil }, "\(probe)")
        #expect(
            !edited.diagnostics.contains { $0.ruleID == "unidentified-speaker" || $0.ruleID == "unattributed-quote" })
    }
}

/// `SourceText.replacing` updates the line index around the edit exactly as a rebuild would, for every kind
/// of line end (including a CRLF pair split or joined by the edit).
@Test func replacingKeepsTheLineIndexExact() {
    var rng = SplitMix(state: 9)
    let pieces = ["a", "\n", "\r", "\r\n", "é", "😀", " ", "\n\n"]
    for _ in 0..<500 {
        var s = ""
        for _ in 0..<rng.below(30) { s += pieces[rng.below(pieces.count)] }
        let text = SourceText(s)
        let a = rng.below(text.count + 1)
        let b = min(text.count, a + rng.below(5))
        var ins = ""
        for _ in 0..<rng.below(4) { ins += pieces[rng.below(pieces.count)] }
        let edited = text.replacing(TextRange(a, b), with: Array(ins.utf8))
        let fresh = SourceText(decoding: edited.bytes)
        #expect(edited.lineStarts == fresh.lineStarts, "\(s.debugDescription) [\(a),\(b)) ← \(ins.debugDescription)")
        #expect(SourceText.isValidUTF8(edited.bytes))
    }
}

/// The speaker rules judge a surname by the whole document (`DocumentEntities`, `DocumentNames`): "Ms Clarke said" three segments
/// after "Sarah Clarke, a partner …" is introduced, as a whole-document run finds; and an edit that removes the
/// introduction makes the later segment's finding appear without re-analysing it, restoring it removes it.
@Test func speakerRulesReadTheWholeDocumentsNames() {
    let intro = "Sarah Clarke, a partner at a law firm, spoke on Monday. Tom Brown, an economist, was there too."
    let paragraphs = [
        intro,
        "Exports rose in March.", "Imports fell in April.", "The weather was mild.", "Markets were closed.",
        "“We will build the plant here,” Ms Clarke said.",
        "“I will not sell it,” Clarke said.",
        "Clarke later met Brown in the city.",
        "“It went well,” she said.",
    ]
    let text = paragraphs.joined(separator: "\n\n") + "\n"
    let id = DocumentID("file:///t.news.md")
    let speakerRules: Set<String> = ["unidentified-speaker", "ambiguous-speaker"]
    func speakerFindings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { speakerRules.contains($0.ruleID) }.map { "\($0.ruleID) \($0.range) \($0.message)" }
    }
    func whole(_ text: SourceText) -> [String] {
        speakerFindings(
            DocumentPipeline.run(
                text, kind: .annotated, id: id, index: WorkspaceIndex(),
                policy: SegmentationPolicy(minimumDocumentBytes: .max, boundaryModulus: 1)
            ).diagnostics)
    }
    let r = DocumentSegments(SourceText(text), kind: .annotated, policy: IncrementalFixtures.tiny)
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    let doc = r.document
    let speech = text.utf8.count - Array(text.utf8).reversed().firstIndex(of: UInt8(ascii: "M"))! - 1
    #expect(doc.segmentIndex(containing: speech) - doc.segmentIndex(containing: 0) >= 3)
    #expect(speakerFindings(r.diagnostics) == whole(SourceText(text)))
    #expect(!speakerFindings(r.diagnostics).contains { $0.hasPrefix("unidentified-speaker") })

    // Without the introduction, the later segments' speakers are unidentified: linted again, not re-analysed.
    let removed = doc.editing(TextRange(0, intro.utf8.count), with: Array("Nobody spoke on Monday.".utf8))
    #expect(removed.segmentCount - removed.analysedSegmentCount <= 3)
    let without = removed.analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    #expect(speakerFindings(without.diagnostics) == whole(without.document.text))
    #expect(speakerFindings(without.diagnostics).contains { $0.hasPrefix("unidentified-speaker") })

    let restored = without.document.editing(TextRange(0, "Nobody spoke on Monday.".utf8.count), with: Array(intro.utf8))
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    #expect(speakerFindings(restored.diagnostics) == speakerFindings(r.diagnostics))
    #expect(restored.diagnostics == r.diagnostics)
}

/// The document-wide name stage (`DocumentNames`) is reused while every segment's names stay, up to positions, and
/// computed again when an edit changes a name; either way the entity facts are a rebuild's.
@Test func documentEntityFactsAreReusedOnlyWhileTheNamesStay() {
    let intro = "On Monday, Sarah Clarke, a partner at a law firm, spoke. Tom Brown, an economist, was there too."
    let paragraphs = [
        intro,
        "Exports rose in March.", "Imports fell in April.", "The weather was mild.", "Markets were closed.",
        "“We will build the plant here,” Ms Clarke said.",
        "“I will not sell it,” Clarke said.",
        "Clarke later met Brown in the city.",
    ]
    let text = paragraphs.joined(separator: "\n\n") + "\n"
    let id = DocumentID("file:///t.news.md")
    func rebuilt(_ d: DocumentSegments) -> (document: DocumentSegments, diagnostics: [Diagnostic]) {
        let r = DocumentSegments(d.text, kind: .annotated, policy: IncrementalFixtures.tiny)
            .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
        return (r.document, r.diagnostics)
    }
    func fresh(_ d: DocumentSegments) -> [Diagnostic] { rebuilt(d).diagnostics }
    func overrides(_ d: DocumentSegments) -> [[DocumentEntities.Override]?] {
        d.segments.map { $0.entityLint?.overrides }
    }
    let first = DocumentSegments(SourceText(text), kind: .annotated, policy: IncrementalFixtures.tiny)
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    #expect(first.document.segmentCount > 3)
    #expect(!first.document.namesReused)

    // Same names, positions after the edit moved within the segment: the facts are carried over, as a rebuild.
    let moved = first.document.editing(TextRange(3, 3 + "Monday".utf8.count), with: Array("Wednesday".utf8))
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    #expect(moved.document.namesReused)
    #expect(moved.diagnostics == fresh(moved.document))
    #expect(overrides(moved.document) == overrides(rebuilt(moved.document).document))

    // The full name removed: the facts are rebuilt.
    let sarah = "On Wednesday, ".utf8.count
    let removed = moved.document.editing(TextRange(sarah, sarah + "Sarah ".utf8.count), with: [])
        .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    #expect(!removed.document.namesReused)
    #expect(removed.diagnostics == fresh(removed.document))
    #expect(overrides(removed.document) == overrides(rebuilt(removed.document).document))
    #expect(overrides(removed.document) != overrides(moved.document))
    #expect(!moved.diagnostics.contains { $0.ruleID == "unidentified-speaker" })
}
