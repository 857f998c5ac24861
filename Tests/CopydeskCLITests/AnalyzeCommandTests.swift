import CopydeskCore
import CopydeskFiles
import CopydeskTestSupport
import Foundation
import Testing

@testable import CopydeskCLI

/// Emoji, accents, curly quotes and CRLF before and inside every span; markers: 1 the claim's sentence, 2 its
/// cue, 3 the quote, 4 its words, 5 the speaker, 6 the cue of the attribution.
private let marked =
    "# Zoë’s café 😀\r\n\r\n1️⃣Alibaba made 2️⃣$15 billion2️⃣ in sales last year.1️⃣ 3️⃣“4️⃣We will build the café next year,4️⃣”3️⃣ 5️⃣Clark5️⃣ 6️⃣said6️⃣.\r\n"

private func json(_ stdout: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as! [String: Any]
}

/// A span's offsets, checked against its text in the file's bytes.
private func span(_ value: Any?, in bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> TextRange? {
    guard let s = value as? [String: Any], let start = s["startOffset"] as? Int, let end = s["endOffset"] as? Int,
        start >= 0, start <= end, end <= bytes.count
    else {
        Issue.record("not a span: \(String(describing: value))", sourceLocation: sourceLocation)
        return nil
    }
    #expect(
        s["text"] as? String == String(decoding: bytes[start..<end], as: UTF8.self), sourceLocation: sourceLocation)
    return TextRange(start, end)
}

@Test func analyzeJSONGivesUTF8SpansOfWhatTheAnalysisFound() throws {
    let m = Fixture(marked)
    let bytes = Array(m.text.utf8)
    let t = TempFolder([".copydesk.json": "{}", "a.news.md": m.text])
    let r = try Binary.run(["analyze", "--format", "json", "a.news.md"], cwd: t.path)
    #expect(r.status == 0, "\(r.stderr)")
    let top = try json(r.stdout)
    #expect(top["version"] as? Int == 1 && top["offsetUnit"] as? String == "utf-8")
    let file = (top["files"] as! [[String: Any]])[0]
    #expect(
        Array(file.keys).sorted() == [
            "attributions", "bytes", "claims", "entities", "kind", "path", "quotes", "sentences", "vagueAttributions",
        ])
    #expect(file["path"] as? String == "a.news.md" && file["bytes"] as? Int == bytes.count)

    let sentences = file["sentences"] as! [[String: Any]]
    #expect(sentences.count == 3)
    #expect(sentences[0]["headline"] as? Bool == true && sentences[1]["headline"] as? Bool == false)
    #expect(span(sentences[1]["span"], in: bytes) == m.range("1️⃣"))
    #expect(sentences[1]["line"] as? Int == 3 && sentences[1]["paragraph"] as? Int == 1)

    let claim = (file["claims"] as! [[String: Any]])[0]
    #expect(claim["sentence"] as? Int == 1 && claim["kind"] as? String == "quantity")
    #expect(span(claim["span"], in: bytes) == m.range("1️⃣"))
    #expect(span(claim["cue"], in: bytes) == m.range("2️⃣"))
    #expect(claim["sourced"] as? Bool == false && claim["sourcedBy"] is NSNull)

    let quote = (file["quotes"] as! [[String: Any]])[0]
    #expect(span(quote["span"], in: bytes) == m.range("3️⃣"))
    #expect(span(quote["content"], in: bytes) == m.range("4️⃣"))
    #expect(span(quote["speaker"], in: bytes) == m.range("5️⃣"))
    #expect(quote["mechanism"] as? String == "reportingVerb" && quote["words"] as? Int == 7)

    let attributions = file["attributions"] as! [[String: Any]]
    let attribution = attributions[quote["attribution"] as! Int]
    #expect(span(attribution["cue"], in: bytes) == m.range("6️⃣"))
    #expect(span(attribution["source"], in: bytes) == m.range("5️⃣"))
    #expect(attribution["sentence"] as? Int == 2 && attribution["mechanism"] as? String == "reportingVerb")
    #expect(["direct", "indirect", "mixed", "other"].contains(attribution["kind"] as? String ?? ""))

    let entities = file["entities"] as! [[String: Any]]
    let clark = entities[attribution["sourceEntity"] as! Int]
    #expect(clark["name"] as? String == "Clark" && clark["kind"] as? String == "person")
    #expect((clark["mentions"] as! [Any]).map { span($0, in: bytes) } == [m.range("5️⃣")])
}

/// The fields the attribution and claim finders fill (content spans, relation, what sources a claim), rendered
/// from a real analysis with them set as those finders set them.
@Test func analyzeJSONWritesContentAsSpanListOrNullAndWhatSourcesAClaim() throws {
    let m = Fixture(
        "# H\n\n“1️⃣We will build it,1️⃣” Clark said, “2️⃣and it will be ours.2️⃣” Sales rose 40% in May.\n")
    let syntax = ArticleParser.parse(m.source, kind: .annotated)
    let real = ArticleAnalyzer.analyze(
        syntax, options: AnalysisOptions(configuration: .default, index: WorkspaceIndex()))
    var attributions = real.attributions
    #expect(!attributions.isEmpty)
    attributions[0].contentRanges = m.ranges("1️⃣") + m.ranges("2️⃣")
    attributions[0].relation = .direct
    attributions.append(attributions[0])
    attributions[1].contentRanges = [m.range("1️⃣")]
    var claims = real.claims
    #expect(!claims.isEmpty)
    let sources: [Claim.Sourcing?] = [.citation, .link, .attribution(0), .carried(fromSentence: 1), .quote(0), nil]
    claims = sources.map {
        var c = Claim(
            sentence: claims[0].sentence, reason: .quantity, cueRange: claims[0].cueRange, isSourced: $0 != nil)
        c.sourcedBy = $0
        return c
    }
    let analysis = ArticleAnalysis(
        syntax: syntax, sentences: real.sentences, quotes: real.quotes, attributions: attributions,
        entities: real.entities, claims: claims, vagueAttributions: real.vagueAttributions)
    let report = AnalyzeReport(
        files: [AnalyzedFile(path: "a.news.md", kind: .annotated, analysis: analysis)], problems: [], warnings: [])
    let file =
        (try json(String(decoding: AnalyzeJSONFormat.render(report), as: UTF8.self))["files"] as! [[String: Any]])[0]
    let bytes = Array(m.text.utf8)
    let out = file["attributions"] as! [[String: Any]]
    #expect(out[0]["kind"] as? String == "direct")
    #expect((out[0]["content"] as? [Any])?.map { span($0, in: bytes) } == [m.range("1️⃣"), m.range("2️⃣")])
    #expect(span(out[1]["content"], in: bytes) == m.range("1️⃣"))
    // Each `sourcedBy` as "key=value" pairs in key order ("null" for JSON null).
    let by = (file["claims"] as! [[String: Any]]).map { c -> String in
        guard let o = c["sourcedBy"] as? [String: Any] else { return c["sourcedBy"] is NSNull ? "null" : "?" }
        return o.keys.sorted().map { "\($0)=\(o[$0]!)" }.joined(separator: " ")
    }
    #expect(
        by == [
            "by=citation", "by=link", "attribution=0 by=attribution", "by=carried fromSentence=1", "by=quote quote=0",
            "null",
        ])
    #expect(
        (file["claims"] as! [[String: Any]]).map { $0["sourced"] as! Bool } == [true, true, true, true, true, false])

    // The text format says the same in words.
    let text = String(decoding: AnalyzeTextFormat.render(report), as: UTF8.self)
    for words in [
        "sourced by a citation", "sourced by a link", "sourced by attribution a0", "carried from sentence s1",
        "inside quote q0", "not sourced", "content 'We will build it,' + 'and it will be ours.'",
    ] {
        #expect(text.contains(words), "\(words) in:\n\(text)")
    }
}

@Test func analyzeTextShowsEachSentenceWithItsMarks() throws {
    let m = Fixture(marked)
    let t = TempFolder([".copydesk.json": "{}", "a.news.md": m.text])
    let report = LintRun(options: try LintOptions.parse(["a.news.md"], command: .analyze), cwd: t.path).analyze()
    let plain = String(decoding: AnalyzeTextFormat.render(report), as: UTF8.self)
    let lines = plain.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("a.news.md: 3 sentences, 1 quote, ") && lines[0].contains("1 claim (1 unsourced)"))
    let claimSentence = try #require(lines.firstIndex(of: "s1 ¶1 line 3  Alibaba made $15 billion in sales last year."))
    #expect(lines[claimSentence + 1] == "    claim c0        quantity '$15 billion': not sourced")
    let quoteSentence = try #require(lines.firstIndex { $0.hasPrefix("s2 ¶1 line 3  “We will build the café") })
    #expect(
        lines[quoteSentence + 1].hasPrefix(
            "    quote q0        'We will build the café next year,' (7 words): speaker 'Clark' → e0 Clark"))
    #expect(lines.contains("s0 ¶0 line 1  # Zoë’s café 😀"))
    #expect(!plain.contains("\u{1B}"))
    let coloured = String(decoding: AnalyzeTextFormat.render(report, palette: Palette(enabled: true)), as: UTF8.self)
    #expect(coloured.contains("\u{1B}[31mnot sourced\u{1B}[0m"))
    // Through the binary (stdout is a file, not a terminal): the same plain text.
    let r = try Binary.run(["analyze", "a.news.md"], cwd: t.path)
    #expect(r.status == 0 && r.stdout == plain)
}

@Test func analyzeSelectsReadsAndFailsLikeLint() throws {
    let t = TempFolder([
        ".copydesk.json": "{}", "a.news.md": Fixture(marked).text, "bad/.copydesk.json": "{\"rules\": 3}",
        "bad/b.txt": "T\n\nText.\n", "skip/c.md": "Prose.\n",
    ])
    let paths = ["a.news.md", "missing.md", "bad"]
    let r = try Binary.run(["analyze", "--format", "json"] + paths, cwd: t.path)
    #expect(r.status == 2)
    #expect(r.stderr.contains("copydesk: error: missing.md: no such file or folder"))
    #expect(r.stderr.contains("copydesk: error: bad/.copydesk.json:"))
    let top = try json(r.stdout)
    #expect((top["files"] as! [[String: Any]]).map { $0["path"] as! String } == ["a.news.md"])
    // The same errors as lint's, word for word.
    let lint = try json(try Binary.run(["lint", "--format", "json"] + paths, cwd: t.path).stdout)
    let errors = { (o: [String: Any]) in
        (o["errors"] as! [[String: String]]).map { "\($0["path"]!): \($0["message"]!)" }
    }
    #expect(errors(top) == errors(lint) && errors(top).count == 2)
    #expect((top["summary"] as! [String: Int]) == ["files": 1, "errors": 2, "exitCode": 2])

    // stdin, named as lint names it.
    let s = try Binary.run(
        ["analyze", "-", "--stdin-filename", "skip/d.txt"], cwd: t.path, stdin: Array("Headline\n\nSales rose.\n".utf8))
    #expect(s.status == 0 && s.stdout.hasPrefix("skip/d.txt: 2 sentences"))

    for args in [
        ["analyze", "--rule", "unsourced-claim", "a.news.md"], ["analyze", "-f", "sarif", "a.news.md"], ["analyze"],
    ] {
        let u = try Binary.run(args, cwd: t.path)
        #expect(u.status == 2 && u.stdout.isEmpty && u.stderr.hasPrefix("copydesk analyze: "), "\(args): \(u.stderr)")
    }
    #expect(try Binary.run(["help", "analyze"], cwd: t.path).stdout.hasPrefix("Usage: copydesk analyze"))
}

/// The learned cue tagger is opt-in: `.copydesk.json`'s `learnedCues` turns it on, `--learned-cues` and
/// `--no-learned-cues` override that, and lint takes the same options. "has angered" is a cue only the tagger finds.
@Test func theLearnedCueTaggerIsOffUnlessConfiguredOrAskedFor() throws {
    let text = "# Farm plan\n\nHer stance has angered some farmers in Leeds.\n"
    func learnedRelations(_ config: String, _ options: [String]) throws -> Int {
        let t = TempFolder([".copydesk.json": config, "a.news.md": text])
        let r = try Binary.run(["analyze", "--format", "json"] + options + ["a.news.md"], cwd: t.path)
        #expect(r.status == 0, "\(r.stderr)")
        let file = (try json(r.stdout)["files"] as! [[String: Any]])[0]
        let attributions = file["attributions"] as! [[String: Any]]
        return attributions.filter { $0["mechanism"] as? String == "learned" }.count
    }
    #expect(try learnedRelations("{}", []) == 0)
    #expect(try learnedRelations("{}", ["--learned-cues"]) == 1)
    #expect(try learnedRelations(#"{ "learnedCues": true }"#, []) == 1)
    #expect(try learnedRelations(#"{ "learnedCues": true }"#, ["--no-learned-cues"]) == 0)
    let t = TempFolder([".copydesk.json": #"{ "learnedCues": "on" }"#, "a.news.md": text])
    let lint = try Binary.run(["lint", "--learned-cues", "a.news.md"], cwd: t.path)
    #expect(lint.status == 2 && lint.stderr.contains("\"learnedCues\" must be true or false"), "\(lint.stderr)")
}
