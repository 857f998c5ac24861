import CopydeskCore
import Testing

@testable import CopydeskLSP

/// Issue 5's incremental edit stress: 100,000 random incremental edits sent through the server
/// (`textDocument/didChange`, batches of edits per notification, applied in order by the document
/// store), half with UTF-16 positions and half with UTF-8 positions. After every batch:
/// - the server's text equals the same edits applied to a plain line/scalar model (written here,
///   independently of `SourceText`/`TextEdits`);
/// - the edited article's diagnostics — stored and published — equal those of a fresh parse and lint of
///   the model text against a freshly built index;
/// - a second open article that uses the first one's definitions also has fresh-equal diagnostics (so
///   skipped re-analyses are only ever the ones that could not change anything).
/// Edits: emoji and ZWJ sequences, accents, curly quotes, CRLF, LF and lone CR, inserts at line ends, deletes across
/// lines, columns past the end of a line, lines past the end of the file, reversed ranges, and markup
/// (mentions, definitions, citations) so diagnostics keep changing.
@Suite struct EditStressTests {
    static let totalEdits = 100_000
    static let editsPerBatch = 50

    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func randomIncrementalEditsMatchAPlainModel(encoding: PositionEncoding) {
        var rng = SplitMix(seed: encoding == .utf8 ? 8 : 16)
        let start =
            "---\r\ntitle: “Start” 😀\r\n---\r\n# Headline\r\n\r\n[Jack Ma][@jack-ma] said “growth is strong”[^r]. José\r\nOfficials said it was big.\n\n[^r]: Reuters, 2016\n[@acme]: Acme Corp\n  aliases: Acme\n"
        let other = "Met [@jack-ma] and [@acme] at Acme.\n\n“We agreed,” Ma said.\n"
        let c = TestClient(
            ["a.news.md": start, "b.news.md": other], capabilities: clientCapabilities(utf8: encoding == .utf8))
        #expect(c.server.encoding == encoding)
        let uri = TestClient.uri("a.news.md")
        let aID = DocumentID(DocumentURI.canonical(uri))
        let bID = DocumentID(DocumentURI.canonical(TestClient.uri("b.news.md")))
        var model = TextModel(start)
        let batches = Self.totalEdits / 2 / Self.editsPerBatch
        var applied = 0
        var diagnosticShapes = Set<[String]>()
        for batch in 0..<batches {
            var changes: [JSONValue] = []
            for _ in 0..<Self.editsPerBatch {
                changes.append(model.randomEdit(&rng, encoding: encoding))
                applied += 1
            }
            c.clearReceived()
            let version = batch + 2
            c.notify(
                "textDocument/didChange",
                [
                    "textDocument": ["uri": .string(uri), "version": .int(version)],
                    "contentChanges": .array(changes),
                ])
            guard let doc = c.server.documents[aID], let b = c.server.documents[bID] else {
                Issue.record("document closed")
                return
            }
            let expected = model.string
            guard doc.text.string == expected else {
                Issue.record(
                    "batch \(batch) (\(encoding)): text differs from the model\nserver: \(doc.text.string.debugDescription)\nmodel:  \(expected.debugDescription)"
                )
                return
            }
            #expect(doc.version == version)
            // Fresh: parse the model text and the other article from scratch, index both, lint both.
            let freshA = ArticleParser.parse(SourceText(expected), kind: .annotated)
            let freshB = ArticleParser.parse(SourceText(other), kind: .annotated)
            let index = WorkspaceIndex(summaries: [
                FileSummary(syntax: freshA, document: aID), FileSummary(syntax: freshB, document: bID),
            ])
            let diagsA = DocumentPipeline.analyze(freshA, id: aID, index: index, configuration: .default).diagnostics
            let diagsB = DocumentPipeline.analyze(freshB, id: bID, index: index, configuration: .default).diagnostics
            #expect(
                doc.diagnostics == diagsA,
                "batch \(batch) (\(encoding)): diagnostics of the edited article differ from a fresh parse")
            #expect(
                b.diagnostics == diagsB,
                "batch \(batch) (\(encoding)): diagnostics of the dependent article differ from a fresh parse")
            let published = c.notifications("textDocument/publishDiagnostics").last {
                $0["params"]["uri"].string == uri
            }
            #expect(published?["params"]["version"] == .int(version))
            let wire = diagsA.map {
                Server.lspDiagnostic(
                    $0, text: SourceText(expected), encoding: encoding, uriFor: { c.server.uri(for: $0) })
            }
            #expect(
                published?["params"]["diagnostics"] == .array(wire),
                "batch \(batch) (\(encoding)): published diagnostics")
            if doc.diagnostics != diagsA || b.diagnostics != diagsB { return }
            diagnosticShapes.insert(diagsA.map(\.ruleID) + ["|"] + diagsB.map(\.ruleID))
        }
        #expect(applied == Self.totalEdits / 2)
        // Diagnostics really changed along the way (in both articles), so the comparisons were not vacuous.
        #expect(diagnosticShapes.count > 20, "\(diagnosticShapes.count) distinct diagnostic lists")
        // The edits really exercised the interesting shapes.
        #expect(
            model.stats.crossLine > 1000 && model.stats.atLineEnd > 1000 && model.stats.pastEnd > 100
                && model.stats.reversed > 100 && model.stats.astral > 1000 && model.stats.crlf > 1000
                && model.stats.loneCR > 1000 && model.stats.merged > 10, "\(model.stats)")
    }
}

/// The text as lines of Unicode scalars plus each line's terminator ("\n", "\r\n" or a lone "\r", as the LSP
/// counts lines; none after the last). An edit that puts a lone "\r" right before a "\n" leaves one "\r\n".
/// Positions: (line, column) in UTF-8 or UTF-16 units of the line's content; past the end of a line means
/// its end, past the last line means the end of the text (LSP's clamping).
struct TextModel {
    var lines: [[Unicode.Scalar]]
    var terminators: [String]  // after line i; count == lines.count - 1
    struct Stats: CustomStringConvertible {
        var crossLine = 0, atLineEnd = 0, pastEnd = 0, reversed = 0, astral = 0, crlf = 0, loneCR = 0, merged = 0,
            deletes = 0
        var description: String {
            "crossLine \(crossLine) atLineEnd \(atLineEnd) pastEnd \(pastEnd) reversed \(reversed) astral \(astral) crlf \(crlf) loneCR \(loneCR) merged \(merged) deletes \(deletes)"
        }
    }
    var stats = Stats()

    static let pieces = [
        "a", "é", "😀", "👩🏽‍💻", "“", "”", "\r\n", "\n", " ", "x y", "José", "Müller", "[@jack-ma]", "[Ma][@jack-ma]",
        "[@ghost]", "[^r]", "[^s]", "\n[^r]: Reuters report\n", "\r\n[@jack-ma]: Jack Ma\r\n  type: person\r\n",
        "\n[@acme]: Acme\n", "“It is big,” officials said.", " said ", "Ma", "\r\n\r\n", "—", "🇫🇷", "# H\n", "\r",
        "x\ry",
    ]

    init(_ text: String) {
        (lines, terminators) = TextModel.split(text)
    }

    /// Lines and terminators of a text: "\r\n", "\n", or a "\r" not followed by "\n".
    static func split(_ text: String) -> ([[Unicode.Scalar]], [String]) {
        var lines: [[Unicode.Scalar]] = [[]]
        var terminators: [String] = []
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" {
                terminators.append("\r\n")
                lines.append([])
                i += 2
                continue
            }
            if s[i] == "\n" || s[i] == "\r" {
                terminators.append(String(s[i]))
                lines.append([])
                i += 1
                continue
            }
            lines[lines.count - 1].append(s[i])
            i += 1
        }
        return (lines, terminators)
    }

    var string: String {
        var out = String.UnicodeScalarView()
        for (i, l) in lines.enumerated() {
            out.append(contentsOf: l)
            if i < terminators.count { out.append(contentsOf: terminators[i].unicodeScalars) }
        }
        return String(out)
    }

    var byteCount: Int {
        lines.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } } + terminators.reduce(0) { $0 + $1.utf8.count }
    }

    static func units(_ s: Unicode.Scalar, _ e: PositionEncoding) -> Int {
        e == .utf8 ? s.utf8.count : (s.value > 0xFFFF ? 2 : 1)
    }

    func column(line: Int, scalar: Int, _ e: PositionEncoding) -> Int {
        var n = 0
        for k in 0..<scalar { n += TextModel.units(lines[line][k], e) }
        return n
    }

    /// A random position: (line, scalar index) in the model and the (line, character) sent to the server.
    mutating func randomPosition(_ rng: inout SplitMix, _ e: PositionEncoding, near: (Int, Int)? = nil) -> (
        Int, Int, Int, Int
    ) {
        var line: Int
        if let near, rng.next() % 3 != 0 {
            line = min(lines.count - 1, near.0 + Int(rng.next() % 3))
        } else {
            line = Int(rng.next() % UInt64(lines.count))
        }
        let len = lines[line].count
        switch rng.next() % 20 {
        case 0, 1, 2, 3, 4:  // at the line's end
            stats.atLineEnd += 1
            return (line, len, line, column(line: line, scalar: len, e))
        case 5:  // past the line's end: clamps to it
            stats.pastEnd += 1
            return (line, len, line, column(line: line, scalar: len, e) + 1 + Int(rng.next() % 50))
        case 6 where rng.next() % 4 == 0:  // past the last line: the end of the text
            stats.pastEnd += 1
            let last = lines.count - 1
            return (last, lines[last].count, lines.count + Int(rng.next() % 5), Int(rng.next() % 10))
        default:
            var k = Int(rng.next() % UInt64(len + 1))
            if let near, near.0 == line, rng.next() % 2 == 0 { k = min(len, near.1 + Int(rng.next() % 8)) }
            return (line, k, line, column(line: line, scalar: k, e))
        }
    }

    /// Makes one random edit, applies it to the model, returns the LSP content change.
    mutating func randomEdit(_ rng: inout SplitMix, encoding e: PositionEncoding) -> JSONValue {
        let big = byteCount > 4000
        var a = randomPosition(&rng, e)
        var b: (Int, Int, Int, Int)
        switch rng.next() % 10 {
        case 0, 1, 2: b = a  // insertion
        case 3, 4:  // delete across lines
            b = randomPosition(&rng, e, near: (a.0 + 1, 0))
        default: b = randomPosition(&rng, e, near: (a.0, a.1))
        }
        if (b.0, b.1) < (a.0, a.1) { swap(&a, &b) }
        if b.0 > a.0 { stats.crossLine += 1 }
        var insert = ""
        if !(big && rng.next() % 2 == 0) {
            for _ in 0..<(1 + Int(rng.next() % 2)) {
                insert += TextModel.pieces[Int(rng.next() % UInt64(TextModel.pieces.count))]
            }
        }
        if insert.isEmpty { stats.deletes += 1 }
        if insert.unicodeScalars.contains(where: { $0.value > 0xFFFF }) { stats.astral += 1 }
        if insert.contains("\r\n") { stats.crlf += 1 }
        if insert.unicodeScalars.contains("\r") && !insert.contains("\r\n") { stats.loneCR += 1 }
        var start = (a.2, a.3)
        var end = (b.2, b.3)
        if rng.next() % 12 == 0 {
            swap(&start, &end)
            stats.reversed += 1
        }  // a reversed range means the same range
        replace(from: (a.0, a.1), to: (b.0, b.1), with: insert)
        return [
            "range": [
                "start": ["line": .int(start.0), "character": .int(start.1)],
                "end": ["line": .int(end.0), "character": .int(end.1)],
            ],
            "text": .string(insert),
        ]
    }

    mutating func replace(from a: (Int, Int), to b: (Int, Int), with text: String) {
        let head = Array(lines[a.0][..<a.1])
        let tail = Array(lines[b.0][b.1...])
        var (newLines, newTerminators) = TextModel.split(text)
        newLines[0].insert(contentsOf: head, at: 0)
        newLines[newLines.count - 1].append(contentsOf: tail)
        lines.replaceSubrange(a.0...b.0, with: newLines)
        terminators.replaceSubrange(a.0..<b.0, with: newTerminators)
        // Where the edit joined a lone "\r" to a following "\n" (across an empty line), they are one "\r\n" now.
        var i = max(0, a.0 - 1)
        while i <= min(a.0 + newLines.count, terminators.count - 2) {
            if terminators[i] == "\r" && lines[i + 1].isEmpty && terminators[i + 1] == "\n" {
                terminators[i] = "\r\n"
                terminators.remove(at: i + 1)
                lines.remove(at: i + 1)
                stats.merged += 1
            }
            i += 1
        }
    }
}
