/// Parses the article format (v1) into an `ArticleSyntax`. Never fails: malformed input yields
/// `SyntaxProblem`s and a best-effort tree.
///
/// Code map (one pass each, all on bytes, in `ParserState.run`'s order):
/// 1. `FrontMatterParser` — the leading `---` block (annotated and Markdown articles).
/// 2. Fences (`markFences`) — fenced code blocks, opaque to what follows.
/// 3. HTML comments (`scanComments`) — blanked; suppression directives read from them (`parseDirective`).
/// 4. Block pass (`parseBlocks`) — lines classified as fence, definition, heading, list item,
///    blockquote, break, blank or prose; definitions are blanked in `prose`.
/// 5. Inline pass (`parseInlines`, per prose block) — mentions, citations, links, code spans, emphasis;
///    their markup is blanked in `prose`.
/// 6. `resolveSuppressionScopes` — what each suppression covers (for a fragment, `parseFragment`, the whole
///    document resolves them).
public enum ArticleParser {
    /// The end of a bare `http://` or `https://` URL starting at `i` (before `e`), or nil when none starts
    /// there: it runs to a space, `<`, `>` or `"`, and trailing punctuation belongs to the sentence.
    public static func bareURLEnd(_ b: [UInt8], at i: Int, end e: Int) -> Int? {
        func has(_ p: StaticString) -> Bool {
            let n = p.utf8CodeUnitCount
            guard i + n <= e else { return false }
            return p.withUTF8Buffer { b[i..<(i + n)].elementsEqual($0) }
        }
        guard has("https://") || has("http://") else { return nil }
        var j = i
        while j < e && b[j] > 0x20 && b[j] != 0x3C && b[j] != 0x3E && b[j] != 0x22 { j += 1 }
        while j > i, [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x21, 0x3F, 0x27].contains(b[j - 1]) { j -= 1 }
        return j
    }

    public static func parse(_ text: SourceText, kind: ArticleKind) -> ArticleSyntax {
        var p = ParserState(text: text, kind: kind)
        p.run()
        return p.syntax()
    }

    /// Where a fragment stands in its document (`parseFragment`).
    public struct FragmentContext: Sendable, Hashable {
        /// The fragment opens the document (front matter may open it).
        public var isDocumentStart: Bool
        /// A headline was already found before the fragment.
        public var sawHeadline: Bool
        public init(isDocumentStart: Bool, sawHeadline: Bool) {
            self.isDocumentStart = isDocumentStart
            self.sawHeadline = sawHeadline
        }
        public static let documentStart = FragmentContext(isDocumentStart: true, sawHeadline: false)
    }

    /// A fragment of a document parsed on its own (`parseFragment`).
    public struct Fragment: Sendable {
        /// In the fragment's own offsets; suppression scopes are left unresolved (empty, at the comment's end):
        /// what they cover depends on the whole document (`resolveSuppressionScopes`).
        public let syntax: ArticleSyntax
        /// A construct runs past the fragment's end (a fence, an HTML comment or front matter left open), so
        /// the whole document reads the text after it differently: the fragment must not end here.
        public let isOpenAtEnd: Bool
        /// What the next fragment starts with.
        public let exit: FragmentContext
    }

    /// Parses `text` as a piece of a larger document that starts at a blank-line boundary, in `context`. When
    /// the fragment is not `isOpenAtEnd`, its syntax is exactly the whole document's parse of those bytes
    /// (shifted), apart from suppression scopes: what `DocumentSegments` relies on to re-parse an edited
    /// paragraph without the rest of the document.
    public static func parseFragment(_ text: SourceText, kind: ArticleKind, context: FragmentContext) -> Fragment {
        var p = ParserState(text: text, kind: kind)
        p.allowsFrontMatter = context.isDocumentStart
        p.sawHeadline = context.sawHeadline
        p.resolvesScopes = false
        p.run()
        let open = p.problems.contains {
            $0.code == "unclosed-fence" || $0.code == "unclosed-comment" || $0.code == "front-matter-unclosed"
        }
        return Fragment(
            syntax: p.syntax(), isOpenAtEnd: open,
            exit: FragmentContext(isDocumentStart: false, sawHeadline: p.sawHeadline))
    }

    /// What each suppression comment covers, in `text`: for `nextLine`, the next non-blank line; for `disable`,
    /// up to the next `enable` or the end of the text; for `enable`, nothing.
    public static func resolveSuppressionScopes(_ suppressions: [Suppression], in text: SourceText) -> [Suppression] {
        var resolved: [Suppression] = []
        resolved.reserveCapacity(suppressions.count)
        let b = text.bytes
        func isBlank(_ r: TextRange) -> Bool {
            var i = r.start
            while i < r.end {
                if b[i] != 0x20 && b[i] != 0x09 && b[i] != 0x0D { return false }
                i += 1
            }
            return true
        }
        for (k, s) in suppressions.enumerated() {
            switch s.kind {
            case .nextLine:
                // The first line after the comment's own line that is not blank.
                var line = text.line(containing: s.range.end) + 1
                var scope = TextRange(s.range.end, s.range.end)
                while line < text.lineCount {
                    let r = text.lineContentRange(line)
                    if !isBlank(r) {
                        scope = TextRange(r.start, max(r.end, r.start + 1))
                        break
                    }
                    line += 1
                }
                resolved.append(
                    Suppression(kind: s.kind, rules: s.rules, reason: s.reason, range: s.range, scope: scope))
            case .disable:
                let end = suppressions[(k + 1)...].first { $0.kind == .enable }?.range.start ?? b.count
                resolved.append(
                    Suppression(
                        kind: s.kind, rules: s.rules, reason: s.reason, range: s.range,
                        scope: TextRange(s.range.end, max(end, s.range.end))))
            case .enable:
                resolved.append(s)
            }
        }
        return resolved
    }
}

struct ParserState {
    let text: SourceText
    let kind: ArticleKind
    let b: [UInt8]
    var prose: [UInt8]
    var frontMatter: FrontMatter?
    var title: String?
    var headlineRange: TextRange?
    var headings: [Heading] = []
    var paragraphs: [Paragraph] = []
    var entityDefinitions: [EntityDefinition] = []
    var sourceDefinitions: [SourceDefinition] = []
    var mentions: [EntityMention] = []
    var citations: [Citation] = []
    var links: [Link] = []
    var suppressions: [Suppression] = []
    var problems: [SyntaxProblem] = []
    /// Byte ranges never treated as prose or scanned for comments (front matter, fences).
    var opaque: [TextRange] = []
    /// Front matter may open the text (false for a fragment after the document's start).
    var allowsFrontMatter = true
    /// A headline was found (or, for a fragment, one was found before it).
    var sawHeadline = false
    /// Suppression scopes are resolved against this text (false for a fragment: the document resolves them).
    var resolvesScopes = true

    init(text: SourceText, kind: ArticleKind) {
        self.text = text
        self.kind = kind
        self.b = text.bytes
        self.prose = text.bytes
    }

    func syntax() -> ArticleSyntax {
        ArticleSyntax(
            text: text, kind: kind, prose: prose, frontMatter: frontMatter, title: title,
            headlineRange: headlineRange, headings: headings, paragraphs: paragraphs,
            entityDefinitions: entityDefinitions, sourceDefinitions: sourceDefinitions,
            entityMentions: mentions, citations: citations, links: links,
            suppressions: suppressions, problems: problems.sorted { $0.range < $1.range })
    }

    mutating func run() {
        var firstLine = 0
        if kind != .plainText, allowsFrontMatter, let fm = FrontMatterParser.parse(text, problems: &problems) {
            frontMatter = fm.frontMatter
            firstLine = fm.nextLine
            blank(fm.frontMatter.range)
            opaque.append(fm.frontMatter.range)
            if let t = fm.frontMatter["title"], !t.isEmpty { title = t }
        }
        markFences(from: firstLine)
        scanComments()
        parseBlocks(from: firstLine)
        if resolvesScopes { suppressions = ArticleParser.resolveSuppressionScopes(suppressions, in: text) }
    }

    // MARK: Helpers

    mutating func blank(_ r: TextRange) {
        var i = r.start
        while i < r.end {
            let c = prose[i]
            if c != 0x0A && c != 0x0D { prose[i] = 0x20 }
            i += 1
        }
    }

    func isOpaque(_ offset: Int) -> Bool { opaque.contains { $0.contains(offset) } }

    func string(_ r: TextRange) -> String { String(decoding: b[r.start..<r.end], as: UTF8.self) }

    /// Trims ASCII spaces/tabs from both ends of a range.
    func trimmed(_ r: TextRange) -> TextRange {
        var s = r.start
        var e = r.end
        while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D) { e -= 1 }
        return TextRange(s, e)
    }

    /// Leading spaces of a line (a tab counts as 4).
    func indent(_ r: TextRange) -> Int {
        var n = 0
        var i = r.start
        while i < r.end {
            if b[i] == 0x20 { n += 1 } else if b[i] == 0x09 { n += 4 } else { break }
            i += 1
        }
        return n
    }

    /// Is the line blank in the prose view (only spaces after blanking comments/markup)?
    func isBlankInProse(_ r: TextRange) -> Bool {
        var i = r.start
        while i < r.end {
            if prose[i] != 0x20 && prose[i] != 0x09 && prose[i] != 0x0D { return false }
            i += 1
        }
        return true
    }

    // MARK: Fences

    mutating func markFences(from firstLine: Int) {
        guard kind != .plainText else { return }
        var line = firstLine
        while line < text.lineCount {
            let r = text.lineContentRange(line)
            guard indent(r) <= 3, let fence = fenceMarker(r) else {
                line += 1
                continue
            }
            var close = line + 1
            var closed = false
            while close < text.lineCount {
                let cr = text.lineContentRange(close)
                if let f = fenceMarker(cr), f.char == fence.char, f.count >= fence.count,
                    isBlank(TextRange(f.end, cr.end))
                {
                    closed = true
                    break
                }
                close += 1
            }
            let endLine = min(close, text.lineCount - 1)
            let block = TextRange(r.start, text.lineContentRange(endLine).end)
            if !closed {
                problems.append(
                    SyntaxProblem(
                        code: "unclosed-fence",
                        message:
                            "This code fence is never closed, so the rest of the article is treated as code: add a closing \(String(repeating: Character(UnicodeScalar(fence.char)), count: fence.count)) line.",
                        range: r))
            }
            opaque.append(block)
            blank(block)
            line = endLine + 1
        }
    }

    func fenceMarker(_ r: TextRange) -> (char: UInt8, count: Int, end: Int)? {
        var i = r.start
        while i < r.end && b[i] == 0x20 { i += 1 }
        guard i < r.end, b[i] == 0x60 || b[i] == 0x7E else { return nil }
        let c = b[i]
        var n = 0
        while i < r.end && b[i] == c {
            n += 1
            i += 1
        }
        return n >= 3 ? (c, n, i) : nil
    }

    func isBlank(_ r: TextRange) -> Bool {
        var i = r.start
        while i < r.end {
            if b[i] != 0x20 && b[i] != 0x09 && b[i] != 0x0D { return false }
            i += 1
        }
        return true
    }

    // MARK: Comments and suppressions

    /// The index of the first `<` in `buf[from..<to]`, else `to` (`to` ≤ `buf.count`): eight bytes at a time
    /// (`ByteWord`), then byte by byte in the first word that holds one. A compare and a branch per byte here were
    /// 2.4 % of the instructions of a whole-process lint.
    static func firstAngle(_ buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var k = from
        while k + 8 <= to && !ByteWord.contains(ByteWord.load(buf, k), 0x3C) { k += 8 }
        while k < to && buf[k] != 0x3C { k += 1 }
        return k
    }

    mutating func scanComments() {
        let open: [UInt8] = Array("<!--".utf8)
        let close: [UInt8] = Array("-->".utf8)
        var i = 0
        let n = b.count
        while i + 4 <= n {
            // To the next `<` that can open "<!--" (every byte of every indexed article passes here).
            i = b.withUnsafeBufferPointer { ParserState.firstAngle($0, from: i, to: n - 3) }
            guard i + 4 <= n else { break }
            guard b[i] == 0x3C, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D, !isOpaque(i) else {
                i += 1
                continue
            }
            let start = i
            var j = i + open.count
            var end = -1
            while j + 3 <= n {
                if b[j] == close[0] && b[j + 1] == close[1] && b[j + 2] == close[2] {
                    end = j + 3
                    break
                }
                j += 1
            }
            if end < 0 {
                end = n
                problems.append(
                    SyntaxProblem(
                        code: "unclosed-comment",
                        message: "This HTML comment is never closed, so the rest of the article is hidden: add '-->'.",
                        range: TextRange(start, start + 4)))
            }
            let r = TextRange(start, end)
            blank(r)
            opaque.append(r)
            let body = TextRange(
                start + 4,
                end == n && !(n >= 3 && b[n - 3] == 0x2D && b[n - 2] == 0x2D && b[n - 1] == 0x3E) ? end : end - 3)
            parseDirective(body, comment: r)
            i = end
        }
    }

    mutating func parseDirective(_ body: TextRange, comment: TextRange) {
        let content = string(trimmed(body)).trimmingSpaces()
        let directives: [(String, Suppression.Kind)] = [
            ("copydesk-disable-next-line", .nextLine), ("copydesk-disable", .disable), ("copydesk-enable", .enable),
        ]
        for (word, kind) in directives {
            guard content.hasPrefix(word) else { continue }
            let rest = content.dropFirst(word.count)
            if let f = rest.first, !f.isSpaceOrLineEnd { continue }
            var rulesPart = Substring(rest)
            var reason: String? = nil
            if let dash = rest.indices.first(where: { rest[$0...].hasPrefix("--") }) {
                rulesPart = rest[rest.startIndex..<dash]
                let r = rest[rest.index(dash, offsetBy: 2)...].trimmingSpaces()
                reason = r.isEmpty ? nil : r
            }
            let rules = rulesPart.split(whereSeparator: { $0 == "," || $0.isSpaceOrLineEnd })
                .map { String($0).lowercased() }
            suppressions.append(
                Suppression(
                    kind: kind, rules: rules, reason: reason, range: comment, scope: TextRange(comment.end, comment.end)
                ))
            return
        }
    }

    // MARK: Blocks

    mutating func parseBlocks(from firstLine: Int) {
        var line = firstLine
        var current: (kind: Paragraph.Kind, start: Int, end: Int)? = nil

        func flush(_ me: inout ParserState) {
            if let c = current {
                me.paragraphs.append(Paragraph(kind: c.kind, range: TextRange(c.start, c.end)))
                me.parseInlines(TextRange(c.start, c.end))
            }
            current = nil
        }

        while line < text.lineCount {
            let r = text.lineContentRange(line)
            if isOpaque(r.start) && isBlankInProse(r) {
                flush(&self)
                line += 1
                continue
            }
            if isBlankInProse(r) {
                flush(&self)
                line += 1
                continue
            }
            let ind = indent(r)
            let first = r.start + (r.end > r.start ? min(ind, r.count) : 0)
            var s = r.start
            while s < r.end && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }

            // Definitions: `[@id]:` or `[^id]:` at the start of a line (up to 3 spaces).
            if ind <= 3, s + 3 < r.end, b[s] == 0x5B, b[s + 1] == 0x40 || b[s + 1] == 0x5E,
                let close = findDefinitionClose(from: s + 2, lineEnd: r.end)
            {
                flush(&self)
                line =
                    b[s + 1] == 0x40
                    ? parseEntityDefinition(line: line, open: s, close: close)
                    : parseSourceDefinition(line: line, open: s, close: close)
                continue
            }

            if kind == .plainText {
                if !sawHeadline {
                    flush(&self)
                    let t = trimmed(r)
                    paragraphs.append(Paragraph(kind: .headline, range: t))
                    headlineRange = t
                    if title == nil { title = string(t) }
                    parseInlines(t)
                    sawHeadline = true
                    line += 1
                    continue
                }
                // A bulleted line ("- ", "* ", "+ ", "• ") is a list item, as in Markdown: a list of figures is read
                // item by item, not as one sentence (a numbered line stays prose: "1) The race to be…" opens a
                // sentence). The bullet stays in the prose: after a quote, "- Ben Jealous." signs it (`ColonCue`).
                if bulletEnd(s, r.end) != nil {
                    flush(&self)
                    current = (.listItem, first, r.end)
                    line += 1
                    continue
                }
                if current == nil { current = (.body, first, r.end) } else { current!.end = r.end }
                line += 1
                continue
            }

            // Markdown blocks.
            if ind <= 3, let h = headingLevel(s, r.end) {
                flush(&self)
                var ts = s + h
                while ts < r.end && (b[ts] == 0x20 || b[ts] == 0x09) { ts += 1 }
                var te = trimmed(TextRange(ts, r.end)).end
                // Closing #s preceded by a space.
                var k = te
                while k > ts && b[k - 1] == 0x23 { k -= 1 }
                if k < te && (k == ts || b[k - 1] == 0x20) { te = trimmed(TextRange(ts, k)).end }
                blank(TextRange(r.start, ts))
                blank(TextRange(te, r.end))
                let titleRange = TextRange(ts, te)
                parseInlines(titleRange)
                let headingText = proseString(titleRange)
                headings.append(Heading(level: h, title: headingText, range: trimmed(r), titleRange: titleRange))
                var pkind = Paragraph.Kind.heading
                if h == 1 && headlineRange == nil && !sawHeadline {
                    headlineRange = titleRange
                    if title == nil { title = headingText }
                    pkind = .headline
                    sawHeadline = true
                }
                paragraphs.append(Paragraph(kind: pkind, range: titleRange))
                line += 1
                continue
            }
            if ind <= 3, isThematicBreak(s, r.end) {
                flush(&self)
                blank(r)
                line += 1
                continue
            }
            if ind <= 3, s < r.end, b[s] == 0x3E {  // blockquote
                var m = s + 1
                if m < r.end && b[m] == 0x20 { m += 1 }
                blank(TextRange(r.start, m))
                if current?.kind != .blockquote {
                    flush(&self)
                    current = (.blockquote, m, r.end)
                } else {
                    current!.end = r.end
                }
                line += 1
                continue
            }
            if let m = listMarkerEnd(s, r.end), ind <= 3 || current?.kind == .listItem {
                flush(&self)
                blank(TextRange(r.start, m))
                current = (.listItem, m, r.end)
                line += 1
                continue
            }
            if current == nil { current = (.body, first, r.end) } else { current!.end = r.end }
            line += 1
        }
        flush(&self)
    }

    func proseString(_ r: TextRange) -> String {
        String(decoding: prose[r.start..<r.end], as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    func headingLevel(_ s: Int, _ e: Int) -> Int? {
        var i = s
        var n = 0
        while i < e && b[i] == 0x23 {
            n += 1
            i += 1
        }
        guard n >= 1 && n <= 6 else { return nil }
        return (i == e || b[i] == 0x20 || b[i] == 0x09) ? n : nil
    }

    func isThematicBreak(_ s: Int, _ e: Int) -> Bool {
        guard s < e, b[s] == 0x2D || b[s] == 0x2A || b[s] == 0x5F else { return false }
        let c = b[s]
        var n = 0
        var i = s
        while i < e {
            if b[i] == c { n += 1 } else if b[i] != 0x20 && b[i] != 0x09 && b[i] != 0x0D { return false }
            i += 1
        }
        return n >= 3
    }

    /// End of a plain-text bullet (`- `, `* `, `+ `, `• `), or nil.
    func bulletEnd(_ s: Int, _ e: Int) -> Int? {
        guard s < e else { return nil }
        if b[s] == 0x2D || b[s] == 0x2A || b[s] == 0x2B, s + 1 < e, b[s + 1] == 0x20 { return s + 2 }
        // U+2022 BULLET.
        if s + 3 < e, b[s] == 0xE2, b[s + 1] == 0x80, b[s + 2] == 0xA2, b[s + 3] == 0x20 { return s + 4 }
        return nil
    }

    /// End of a list marker (`- `, `* `, `+ `, `1. `, `1) `), or nil.
    func listMarkerEnd(_ s: Int, _ e: Int) -> Int? {
        guard s < e else { return nil }
        if b[s] == 0x2D || b[s] == 0x2A || b[s] == 0x2B, s + 1 < e, b[s + 1] == 0x20 { return s + 2 }
        var i = s
        while i < e && i - s < 9 && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        if i > s, i + 1 < e, b[i] == 0x2E || b[i] == 0x29, b[i + 1] == 0x20 { return i + 2 }
        return nil
    }

    /// For `[@id]:`/`[^id]:` at `open`, the offset of the `]` when it is followed by `:`.
    func findDefinitionClose(from: Int, lineEnd: Int) -> Int? {
        var i = from
        while i < lineEnd && b[i] != 0x5D && b[i] != 0x5B { i += 1 }
        guard i < lineEnd, b[i] == 0x5D, i + 1 < lineEnd, b[i + 1] == 0x3A else { return nil }
        return i
    }

    mutating func checkID(_ r: TextRange, what: String) {
        let id = string(r)
        if !isValidID(id) {
            problems.append(
                SyntaxProblem(
                    code: "invalid-id",
                    message:
                        "'\(id)' is not a valid \(what) id: use letters, digits, '-', '_' and '.' (not at the ends).",
                    range: r.isEmpty ? TextRange(max(0, r.start - 2), r.end + 1) : r))
        }
    }

    /// Parses `[@id]: Name` plus indented fields starting at `line`; returns the next line to read.
    mutating func parseEntityDefinition(line: Int, open: Int, close: Int) -> Int {
        let r = text.lineContentRange(line)
        let idRange = TextRange(open + 2, close)
        checkID(idRange, what: "entity")
        let nameRange = trimmed(TextRange(close + 2, r.end))
        if nameRange.isEmpty {
            problems.append(
                SyntaxProblem(
                    code: "missing-name",
                    message:
                        "Entity '\(string(idRange))' has no display name: write it after the colon, e.g. '[@\(string(idRange))]: Jane Doe'.",
                    range: TextRange(open, close + 2)))
        }
        var fields: [EntityDefinition.Field] = []
        var end = r.end
        var next = line + 1
        while next < text.lineCount {
            let fr = text.lineContentRange(next)
            guard !isBlank(fr), indent(fr) >= 2, !isOpaque(fr.start) else { break }
            let t = trimmed(fr)
            if let colon = firstByte(0x3A, in: t) {
                let keyR = trimmed(TextRange(t.start, colon))
                let valR = trimmed(TextRange(colon + 1, t.end))
                let key = string(keyR).lowercased()
                let value = string(valR)
                if !EntityDefinition.knownFields.contains(key) {
                    problems.append(
                        SyntaxProblem(
                            code: "unknown-field",
                            message:
                                "Unknown entity field '\(key)': known fields are type, description, aliases, same-as.",
                            range: keyR))
                } else if fields.contains(where: { $0.key == key }) {
                    problems.append(
                        SyntaxProblem(
                            code: "duplicate-field", message: "Field '\(key)' is given twice: keep one.", range: keyR))
                }
                if key == "type" && EntityType(rawValue: value.lowercased()) == nil {
                    problems.append(
                        SyntaxProblem(
                            code: "invalid-type",
                            message: "Entity type '\(value)' is not one of person, organization, place, event, other.",
                            range: valR))
                }
                fields.append(.init(key: key, value: value, keyRange: keyR, valueRange: valR))
            } else {
                problems.append(
                    SyntaxProblem(
                        code: "malformed-field",
                        message:
                            "Expected 'field: value' in this entity definition (type, description, aliases, same-as).",
                        range: t))
            }
            end = fr.end
            next += 1
        }
        let block = TextRange(open, end)
        entityDefinitions.append(
            EntityDefinition(
                id: normalizeID(string(idRange)), idRange: idRange, name: string(nameRange),
                nameRange: nameRange, range: block, fields: fields))
        blank(TextRange(text.lineStarts[line], end))
        return next
    }

    mutating func parseSourceDefinition(line: Int, open: Int, close: Int) -> Int {
        let r = text.lineContentRange(line)
        let idRange = TextRange(open + 2, close)
        checkID(idRange, what: "source")
        var parts: [String] = []
        let first = trimmed(TextRange(close + 2, r.end))
        if !first.isEmpty { parts.append(string(first)) }
        var textStart = first.start
        var textEnd = first.end
        var end = r.end
        var next = line + 1
        while next < text.lineCount {
            let fr = text.lineContentRange(next)
            guard !isBlank(fr), indent(fr) >= 2, !isOpaque(fr.start) else { break }
            let t = trimmed(fr)
            if parts.isEmpty { textStart = t.start }
            parts.append(string(t))
            textEnd = t.end
            end = fr.end
            next += 1
        }
        if parts.isEmpty {
            problems.append(
                SyntaxProblem(
                    code: "empty-source",
                    message:
                        "Source '\(string(idRange))' has no text: say where the information comes from (a document, a URL, an interview).",
                    range: TextRange(open, r.end)))
        }
        sourceDefinitions.append(
            SourceDefinition(
                id: normalizeID(string(idRange)), idRange: idRange, text: parts.joined(separator: " "),
                textRange: TextRange(textStart, max(textStart, textEnd)), range: TextRange(open, end)))
        blank(TextRange(text.lineStarts[line], end))
        return next
    }

    func firstByte(_ c: UInt8, in r: TextRange) -> Int? {
        var i = r.start
        while i < r.end {
            if b[i] == c { return i }
            i += 1
        }
        return nil
    }

    // MARK: Inlines

    mutating func parseInlines(_ r: TextRange) {
        var i = r.start
        let e = r.end
        while i < e {
            // Most bytes start nothing: skip them in a tight loop (this pass reads every byte of every article
            // the server indexes). So does an "h" that is not followed by "t", which opens no bare URL ("he",
            // "which"): leaving the loop for each would cost more than the loop.
            i = b.withUnsafeBufferPointer { buf in
                var k = i
                while k < e
                    && (!Self.mayStartInline(buf[k]) || buf[k] == 0x68 && (k + 1 == e || buf[k + 1] != 0x74))
                {
                    k += 1
                }
                return k
            }
            guard i < e else { return }
            let c = b[i]
            if prose[i] == 0x20 && c != 0x20 {
                i += 1
                continue
            }  // already blanked (comment)
            switch c {
            case 0x5C:  // backslash escape
                if i + 1 < e, isASCIIPunct(b[i + 1]) {
                    prose[i] = 0x20
                    i += 2
                } else {
                    i += 1
                }
            case 0x60:  // code span
                var n = 0
                var j = i
                while j < e && b[j] == 0x60 {
                    n += 1
                    j += 1
                }
                if let closeEnd = findBacktickRun(n, from: j, end: e) {
                    blank(TextRange(i, closeEnd))
                    i = closeEnd
                } else {
                    i = j
                }
            case 0x5B:  // [
                i = parseBracket(at: i, end: e)
            case 0x3C:  // < autolink or tag
                i = parseAngle(at: i, end: e)
            case 0x68:  // h: bare URL
                i = parseBareURL(at: i, end: e)
            case 0x2A, 0x5F, 0x7E:  // * _ ~ emphasis runs at word boundaries
                var j = i
                while j < e && b[j] == c { j += 1 }
                let before: UInt8 = i > r.start ? b[i - 1] : 0x20
                let after: UInt8 = j < e ? b[j] : 0x20
                let boundary = !isWordByte(before) || !isWordByte(after)
                if boundary && (c != 0x7E || j - i >= 2) && !(before == 0x20 && after == 0x20) {
                    blank(TextRange(i, j))
                }
                i = j
            default:
                i += 1
            }
        }
    }

    /// The bytes `parseInlines` acts on: `\\` `` ` `` `[` `<` `h` `*` `_` `~` (two bit masks, no table).
    @inline(__always)
    static func mayStartInline(_ c: UInt8) -> Bool {
        let low: UInt64 = 1 << 0x2A | 1 << 0x3C
        let high: UInt64 =
            1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64) | 1 << (0x68 - 64)
            | 1 << (0x7E - 64)
        // Branch-free (spaces and letters alternate too often for branches to be predicted): the mask for the
        // byte's half of ASCII, its bit, and zero for bytes ≥ 0x80.
        return ((c < 64 ? low : high) >> UInt64(c & 63)) & UInt64(~c >> 7) != 0
    }

    func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
    }

    func isASCIIPunct(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    func findBacktickRun(_ n: Int, from: Int, end: Int) -> Int? {
        var i = from
        while i < end {
            if b[i] == 0x60 {
                var j = i
                while j < end && b[j] == 0x60 { j += 1 }
                if j - i == n { return j }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Index of the `]` closing the bracket opened at `open`, on the same block, honouring nesting and escapes.
    func matchBracket(_ open: Int, end: Int) -> Int? {
        var depth = 0
        var i = open
        while i < end {
            let c = b[i]
            if c == 0x5C {
                i += 2
                continue
            }
            if c == 0x5B {
                depth += 1
            } else if c == 0x5D {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }

    mutating func parseBracket(at i: Int, end e: Int) -> Int {
        guard let close = matchBracket(i, end: e) else { return i + 1 }
        // [^id] citation or [@id] short mention.
        if i + 1 < close, b[i + 1] == 0x5E || b[i + 1] == 0x40 {
            let idRange = TextRange(i + 2, close)
            checkID(idRange, what: b[i + 1] == 0x5E ? "source" : "entity")
            let id = normalizeID(string(idRange))
            let whole = TextRange(i, close + 1)
            if b[i + 1] == 0x5E {
                citations.append(Citation(id: id, idRange: idRange, range: whole))
                blank(whole)
            } else {
                mentions.append(
                    EntityMention(id: id, idRange: idRange, surface: string(idRange), surfaceRange: nil, range: whole))
                // Keep the id itself visible in prose so the mention stays a word of its sentence.
                blank(TextRange(i, i + 2))
                blank(TextRange(close, close + 1))
            }
            return close + 1
        }
        // [surface][@id]
        if close + 2 < e, b[close + 1] == 0x5B, b[close + 2] == 0x40, let close2 = matchBracket(close + 1, end: e) {
            let idRange = TextRange(close + 3, close2)
            checkID(idRange, what: "entity")
            let surfaceRange = TextRange(i + 1, close)
            mentions.append(
                EntityMention(
                    id: normalizeID(string(idRange)), idRange: idRange, surface: string(surfaceRange),
                    surfaceRange: surfaceRange, range: TextRange(i, close2 + 1)))
            blank(TextRange(i, i + 1))
            blank(TextRange(close, close2 + 1))
            parseInlines(surfaceRange)
            return close2 + 1
        }
        // [text](url)
        if close + 1 < e, b[close + 1] == 0x28 {
            var j = close + 2
            var depth = 1
            while j < e {
                if b[j] == 0x28 {
                    depth += 1
                } else if b[j] == 0x29 {
                    depth -= 1
                    if depth == 0 { break }
                }
                if b[j] == 0x0A || b[j] == 0x0D {  // a blank line (LF, CRLF or CR) ends the search
                    let k = b[j] == 0x0D && j + 1 < e && b[j + 1] == 0x0A ? j + 2 : j + 1
                    if k < e && (b[k] == 0x0A || b[k] == 0x0D) { break }
                }
                j += 1
            }
            if j < e && b[j] == 0x29 {
                var urlR = trimmed(TextRange(close + 2, j))
                // Drop an optional title: [t](url "title").
                if let sp = firstByte(0x20, in: urlR) { urlR = TextRange(urlR.start, sp) }
                if urlR.count >= 2, b[urlR.start] == 0x3C, b[urlR.end - 1] == 0x3E {
                    urlR = TextRange(urlR.start + 1, urlR.end - 1)
                }
                let textR = TextRange(i + 1, close)
                links.append(Link(url: string(urlR), textRange: textR, urlRange: urlR, range: TextRange(i, j + 1)))
                blank(TextRange(i, i + 1))
                blank(TextRange(close, j + 1))
                parseInlines(textR)
                return j + 1
            }
        }
        return i + 1
    }

    mutating func parseAngle(at i: Int, end e: Int) -> Int {
        var j = i + 1
        while j < e && b[j] != 0x3E && b[j] != 0x3C && b[j] != 0x20 && b[j] != 0x0A && b[j] != 0x0D { j += 1 }
        guard j < e, b[j] == 0x3E, j > i + 1 else {
            // An HTML tag with attributes: `<span class="x">`.
            if i + 1 < e, (b[i + 1] >= 0x61 && b[i + 1] <= 0x7A) || b[i + 1] == 0x2F {
                var k = i + 1
                while k < e && b[k] != 0x3E && b[k] != 0x0A && b[k] != 0x0D && b[k] != 0x3C { k += 1 }
                if k < e && b[k] == 0x3E {
                    blank(TextRange(i, k + 1))
                    return k + 1
                }
            }
            return i + 1
        }
        let inner = TextRange(i + 1, j)
        let s = string(inner)
        if s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("mailto:") {
            links.append(Link(url: s, textRange: inner, urlRange: inner, range: TextRange(i, j + 1)))
            blank(TextRange(i, j + 1))
        } else if let f = s.unicodeScalars.first, f.properties.isAlphabetic || f == "/" {
            blank(TextRange(i, j + 1))  // an HTML tag such as <br> or </em>
        }
        return j + 1
    }

    mutating func parseBareURL(at i: Int, end e: Int) -> Int {
        guard i == 0 || !isWordByte(b[i - 1]), let j = ArticleParser.bareURLEnd(b, at: i, end: e) else { return i + 1 }
        let r = TextRange(i, j)
        links.append(Link(url: string(r), textRange: r, urlRange: r, range: r))
        blank(r)
        return j
    }
}
