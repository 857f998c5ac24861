/// The optional front matter block: `---` on the first line, flat `key: value` lines, `---`.
/// Unknown keys are kept; malformed lines, duplicate keys and a bad `published` date are problems.
/// An unclosed block ends at the first blank line (and is reported).
enum FrontMatterParser {
    struct Result {
        let frontMatter: FrontMatter
        /// The first line after the block.
        let nextLine: Int
    }

    static func parse(_ text: SourceText, problems: inout [SyntaxProblem]) -> Result? {
        let b = text.bytes
        var first = text.lineContentRange(0)
        // A UTF-8 byte-order mark before the opening fence is tolerated.
        if first.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { first = TextRange(3, first.end) }
        guard text[first] == "---" else { return nil }
        var entries: [FrontMatter.Entry] = []
        var line = 1
        var closed = false
        var lastContentEnd = first.end
        while line < text.lineCount {
            let r = text.lineContentRange(line)
            let s = text[r]
            if s == "---" || s == "..." {
                closed = true
                lastContentEnd = r.end
                line += 1
                break
            }
            if s.trimmingSpaces().isEmpty {
                if !closed && isUnclosedEnd(text, after: line) { break }
                line += 1
                continue
            }
            lastContentEnd = r.end
            if s.hasPrefix("#") {
                line += 1
                continue
            }  // a YAML comment
            guard let colon = b[r.start..<r.end].firstIndex(of: 0x3A) else {
                problems.append(
                    SyntaxProblem(
                        code: "front-matter-syntax",
                        message:
                            "Expected 'key: value' in the front matter (keys: id, title, outlet, published, byline, url, lang).",
                        range: r))
                line += 1
                continue
            }
            let keyR = trim(text, TextRange(r.start, colon))
            var valR = trim(text, TextRange(colon + 1, r.end))
            // Strip matching quotes around a value.
            if valR.count >= 2,
                (b[valR.start] == 0x22 && b[valR.end - 1] == 0x22) || (b[valR.start] == 0x27 && b[valR.end - 1] == 0x27)
            {
                valR = TextRange(valR.start + 1, valR.end - 1)
            }
            let key = text[keyR]
            if key.isEmpty || key.contains(" ") {
                problems.append(
                    SyntaxProblem(
                        code: "front-matter-syntax",
                        message: "Front matter keys are single words before a colon ('title: …').", range: r))
                line += 1
                continue
            }
            if entries.contains(where: { $0.key == key }) {
                problems.append(
                    SyntaxProblem(
                        code: "duplicate-key", message: "Front matter key '\(key)' is given twice: keep one.",
                        range: keyR))
            }
            let value = text[valR]
            if key == "published" && !isISODate(value) {
                problems.append(
                    SyntaxProblem(
                        code: "invalid-date",
                        message: "'published' should be an ISO date such as 2016-11-29 (or 2016-11-29T14:05:00Z).",
                        range: valR))
            }
            entries.append(.init(key: key, value: value, keyRange: keyR, valueRange: valR))
            line += 1
        }
        if !closed {
            problems.append(
                SyntaxProblem(
                    code: "front-matter-unclosed",
                    message: "The front matter opened on line 1 is never closed: add a line '---' after its last key.",
                    range: first))
        }
        return Result(frontMatter: FrontMatter(range: TextRange(0, lastContentEnd), entries: entries), nextLine: line)
    }

    /// With no closing `---` anywhere below, a blank line ends the block.
    private static func isUnclosedEnd(_ text: SourceText, after line: Int) -> Bool {
        var l = line + 1
        while l < text.lineCount {
            let s = text[text.lineContentRange(l)]
            if s == "---" || s == "..." { return false }
            l += 1
        }
        return true
    }

    private static func trim(_ text: SourceText, _ r: TextRange) -> TextRange {
        var s = r.start
        var e = r.end
        let b = text.bytes
        while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
        return TextRange(s, e)
    }

    /// YYYY-MM-DD, optionally followed by `T` or a space and a time.
    static func isISODate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 10 else { return false }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }
                v = v * 10 + Int(u[i] - 0x30)
            }
            return v
        }
        guard digits(0..<4) != nil, u[4] == 0x2D, let m = digits(5..<7), u[7] == 0x2D, let d = digits(8..<10),
            (1...12).contains(m), (1...31).contains(d)
        else { return false }
        return u.count == 10 || u[10] == 0x54 || u[10] == 0x20
    }
}
