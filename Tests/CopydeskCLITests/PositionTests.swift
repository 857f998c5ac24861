import CopydeskCore
import CopydeskFiles
import CopydeskTestSupport
import Foundation
import Testing

@testable import CopydeskCLI

/// Lints `marked` (one article, markers 1️⃣…1️⃣ around each expected undefined-entity range) through the
/// built binary in every format, and checks each finding's line/column in text (UTF-8 bytes), JSON
/// (UTF-8 columns, UTF-16 columns, byte offsets) and SARIF (UTF-16 columns).
private func check(_ marked: String, name: String = "a.news.md", sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let m = Fixture(marked)
    let t = TempFolder([".copydesk.json": "{}", name: m.text])
    var ranges: [(Int, Int)] = []
    for (_, offsets) in m.offsets {
        var k = 0
        while k + 1 < offsets.count {
            ranges.append((offsets[k], offsets[k + 1]))
            k += 2
        }
    }
    ranges.sort { $0.0 < $1.0 }

    let text = try Binary.run(["lint", "--rule", "undefined-entity", name], cwd: t.path)
    let expectedLines = ranges.map { r -> String in
        let p = m.lineColumn(r.0)
        return "\(name):\(p.line):\(p.utf8): error:"
    }
    #expect(
        text.stdoutLines.map { String($0.prefix(while: { $0 != " " })) + " error:" } == expectedLines,
        "stdout: \(text.stdout)", sourceLocation: sourceLocation)

    // `--column-unit utf-16` (VS Code's problem matcher): the same lines, columns in UTF-16 code units.
    let text16 = try Binary.run(["lint", "--rule", "undefined-entity", "--column-unit", "utf-16", name], cwd: t.path)
    #expect(
        text16.stdoutLines.map { String($0.prefix(while: { $0 != " " })) + " error:" }
            == ranges.map { r in "\(name):\(m.lineColumn(r.0).line):\(m.lineColumn(r.0).utf16): error:" },
        "stdout: \(text16.stdout)", sourceLocation: sourceLocation)
    let json16 = try Binary.run(
        ["lint", "--rule", "undefined-entity", "--format", "json", "--column-unit=utf-16", name], cwd: t.path)
    let object16 = try JSONSerialization.jsonObject(with: Data(json16.stdout.utf8)) as! [String: Any]
    #expect(object16["columnUnit"] as? String == "utf-16", sourceLocation: sourceLocation)
    for (d, r) in zip(object16["diagnostics"] as! [[String: Any]], ranges) {
        #expect(d["column"] as? Int == m.lineColumn(r.0).utf16, sourceLocation: sourceLocation)
        #expect(d["endColumn"] as? Int == m.lineColumn(r.1).utf16, sourceLocation: sourceLocation)
        #expect(d["utf16Column"] as? Int == m.lineColumn(r.0).utf16, sourceLocation: sourceLocation)
    }

    let json = try Binary.run(["lint", "--rule", "undefined-entity", "--format", "json", name], cwd: t.path)
    let diags =
        (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["diagnostics"]
        as! [[String: Any]]
    #expect(diags.count == ranges.count, sourceLocation: sourceLocation)
    for (d, r) in zip(diags, ranges) {
        let s = m.lineColumn(r.0)
        let e = m.lineColumn(r.1)
        #expect(d["startOffset"] as? Int == r.0 && d["endOffset"] as? Int == r.1, sourceLocation: sourceLocation)
        #expect(d["line"] as? Int == s.line && d["column"] as? Int == s.utf8, sourceLocation: sourceLocation)
        #expect(d["endLine"] as? Int == e.line && d["endColumn"] as? Int == e.utf8, sourceLocation: sourceLocation)
        #expect(
            d["utf16Column"] as? Int == s.utf16 && d["utf16EndColumn"] as? Int == e.utf16,
            sourceLocation: sourceLocation)
    }

    let sarif = try Binary.run(["lint", "--rule", "undefined-entity", "--format", "sarif", name], cwd: t.path)
    let run =
        ((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any])["runs"] as! [[String: Any]])[
            0]
    let results = run["results"] as! [[String: Any]]
    #expect(results.count == ranges.count, sourceLocation: sourceLocation)
    for (res, r) in zip(results, ranges) {
        let region =
            ((res["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"]
            as! [String: Int]
        let s = m.lineColumn(r.0)
        let e = m.lineColumn(r.1)
        #expect(
            region == [
                "startLine": s.line, "startColumn": s.utf16, "endLine": e.line, "endColumn": e.utf16,
                "byteOffset": r.0, "byteLength": r.1 - r.0,
            ], sourceLocation: sourceLocation)
    }
}

@Test func positionsWithEmojiAccentsCurlyQuotesAndCRLF() throws {
    // Emoji (4 UTF-8 bytes, 2 UTF-16 units) and accents before the mention; CRLF line ends.
    try check("# “Zoë” 😀 and Ma’s day\r\n\r\nZoë Ålund 👩‍👩‍👧 said “yes” to [Zoë][@1️⃣zoë-ålund1️⃣].\r\nNext: 🇫🇷 [@1️⃣café1️⃣]\r\n")
    // The same in a .txt article, LF only, the range at the very start of a line and at the end of the text.
    try check("Headline\n\n[@1️⃣first1️⃣] then “curly” ‘quotes’ — é 😀 [x][@1️⃣last1️⃣]", name: "b.txt")
}
