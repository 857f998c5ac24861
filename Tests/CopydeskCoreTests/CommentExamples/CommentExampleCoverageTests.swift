import Foundation
import Testing

// Every example the analysis code quotes in a comment is a fixture: its text (the longest part between "…" when it
// has one) stands verbatim in the code of some test of this target (not in a test's comment), case, quote style,
// written line breaks and fixture markers aside. A new example needs a fixture before it lands; an example whose
// code does not do what its comment says is no example, and the comment changes.

/// A quoted example: the source file, the text between the quotes, and the part a fixture must hold (normalised).
private struct CommentExample: Hashable {
    let file: String
    let text: String
    let key: String
}

private enum CommentExamples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `.swift` files under `dir`, sorted by path.
    static func swiftFiles(under dir: URL) -> [URL] {
        let paths = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The comment blocks of a file: runs of lines that start with `//`, the slashes and one space dropped, joined
    /// by spaces.
    static func commentBlocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("//") {
                var body = t.dropFirst(t.hasPrefix("///") ? 3 : 2)
                if body.first == " " { body = body.dropFirst() }
                current.append(String(body))
            } else if !current.isEmpty {
                blocks.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        return blocks
    }

    /// The part of a quoted text a fixture must hold, or nil when the text is no example: code (a backtick), under
    /// eight characters or three words, padded, or a template ("X said", "N times").
    static func key(_ content: String) -> String? {
        let words = content.split(whereSeparator: \.isWhitespace)
        guard !content.contains("`"), content.unicodeScalars.count >= 8, words.count >= 3,
            content == content.trimmingCharacters(in: .whitespaces)
        else { return nil }
        let fragments = content.replacingOccurrences(of: "...", with: "…").split(
            separator: "…", omittingEmptySubsequences: false
        )
        .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:")) }
        .filter { $0.split(whereSeparator: \.isWhitespace).count >= 2 }
        guard var best = fragments.first else { return nil }
        for f in fragments where f.unicodeScalars.count > best.unicodeScalars.count { best = f }
        let tokens = best.unicodeScalars.split {
            !($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_")
        }
        if tokens.contains(where: { ["X", "Y", "Z", "N"].contains(String(String.UnicodeScalarView($0))) }) {
            return nil
        }
        return best
    }

    /// The quoted examples of a comment block: a straight double quote after a space, an opening parenthesis or the
    /// block's start, up to the next one, followed by the end, a space or punctuation.
    static func examples(in block: String) -> [(text: String, key: String)] {
        let s = Array(block.unicodeScalars)
        let closers = Set(" ,.;:)—-".unicodeScalars)
        var out: [(String, String)] = []
        var i = 0
        while i < s.count {
            if s[i] == "\"" && (i == 0 || s[i - 1] == " " || s[i - 1] == "(") {
                guard let j = s[(i + 1)...].firstIndex(of: "\"") else { break }
                if j + 1 == s.count || closers.contains(s[j + 1]) {
                    let content = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    if let k = key(content) {
                        out.append((content, k))
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Lowercased, white space (and a line break written `\n` or "¶") as one space, curly quotes straight, `\"` as `"`,
    /// fixture markers removed.
    static func normalized(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var space = false
        while i < scalars.count {
            let c = scalars[i]
            if ("1"..."9").contains(c), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}",
                scalars[i + 2] == "\u{20E3}"
            {
                i += 3
                continue
            }
            if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "\"" {
                i += 1
                continue
            }
            // A line break written in a string literal, or a comment's "¶" for one, is white space.
            let escapedBreak = c == "\\" && i + 1 < scalars.count && (scalars[i + 1] == "n" || scalars[i + 1] == "r")
            if escapedBreak || c == "¶" || c.properties.isWhitespace {
                if escapedBreak { i += 1 }
                if !space { out.append(" ") }
                space = true
                i += 1
                continue
            }
            space = false
            switch c {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            default: out.append(c)
            }
            i += 1
        }
        return String(out).lowercased()
    }

    /// Which of `keys` occur in `text`: one pass over the text, a key checked where its first four bytes stand.
    static func occurring(_ keys: [[UInt8]], in text: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: keys.count)
        var byPrefix: [UInt32: [Int]] = [:]
        for (k, key) in keys.enumerated() where key.count >= 4 {
            let p = UInt32(key[0]) | UInt32(key[1]) << 8 | UInt32(key[2]) << 16 | UInt32(key[3]) << 24
            byPrefix[p, default: []].append(k)
        }
        // Keys under four bytes (none in practice) are looked for one by one.
        for (k, key) in keys.enumerated() where key.count < 4 {
            found[k] = text.indices.contains { i in
                i + key.count <= text.count && Array(text[i..<(i + key.count)]) == key
            }
        }
        guard text.count >= 4 else { return found }
        text.withUnsafeBufferPointer { t in
            for i in 0...(t.count - 4) {
                let p = UInt32(t[i]) | UInt32(t[i + 1]) << 8 | UInt32(t[i + 2]) << 16 | UInt32(t[i + 3]) << 24
                guard let candidates = byPrefix[p] else { continue }
                for k in candidates where !found[k] && i + keys[k].count <= t.count {
                    var same = true
                    for d in 4..<keys[k].count where t[i + d] != keys[k][d] {
                        same = false
                        break
                    }
                    if same { found[k] = true }
                }
            }
        }
        return found
    }

    /// Every example of the analysis code (deduplicated per file), in file order.
    static func all() throws -> [CommentExample] {
        let dir = root.appendingPathComponent("Sources/CopydeskCore/Analysis")
        var out: [CommentExample] = []
        for url in swiftFiles(under: dir) where url.lastPathComponent != "CueTaggerWeights.swift" {
            var seen = Set<String>()
            for block in commentBlocks(try String(contentsOf: url, encoding: .utf8)) {
                for (text, key) in examples(in: block) where seen.insert(normalized(key)).inserted {
                    out.append(CommentExample(file: url.lastPathComponent, text: text, key: normalized(key)))
                }
            }
        }
        return out
    }

    /// The code of every test of this target (its comment lines left out: an example quoted in a test's comment is
    /// no fixture), normalised.
    static func testText() throws -> String {
        let dir = root.appendingPathComponent("Tests/CopydeskCoreTests")
        var code: [Substring] = []
        for url in swiftFiles(under: dir) {
            let text = try String(contentsOf: url, encoding: .utf8)
            code += text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        }
        return normalized(code.joined(separator: "\n"))
    }
}

@Test func everyExampleQuotedInTheAnalysisCommentsIsAFixture() throws {
    let examples = try CommentExamples.all()
    // The scan finds the comments' examples (thousands of them): a scan that found none would pass for nothing.
    #expect(examples.count > 1000, "only \(examples.count) examples found")
    let tests = Array(try CommentExamples.testText().utf8)
    let found = CommentExamples.occurring(examples.map { Array($0.key.utf8) }, in: tests)
    for (e, covered) in zip(examples, found) where !covered {
        Issue.record("\(e.file): the example \"\(e.text)\" is in no test: give it a fixture (CommentExamples/)")
    }
}
