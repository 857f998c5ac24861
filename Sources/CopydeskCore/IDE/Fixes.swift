/// A replacement of `range` (UTF-8 bytes of the article) by `newText`.
public struct TextEdit: Sendable, Hashable {
    public let range: TextRange
    public let newText: String
    public init(_ range: TextRange, _ newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A quick fix: edits to this article, in one step.
public struct Fix: Sendable, Hashable {
    public let title: String
    public let edits: [TextEdit]
    public let isPreferred: Bool
}

extension Suppression.Kind {
    /// The directive word in the comment (`copydesk-disable-next-line`…), as `ArticleParser` reads it.
    public var directive: String {
        switch self {
        case .nextLine: return "copydesk-disable-next-line"
        case .disable: return "copydesk-disable"
        case .enable: return "copydesk-enable"
        }
    }
}

extension Suppression {
    /// The comment text for a directive: `<!-- copydesk-disable-next-line rule -- reason -->`.
    public static func comment(_ kind: Kind, rules: [String], reason: String?) -> String {
        var s = "<!-- \(kind.directive)"
        if !rules.isEmpty { s += " " + rules.joined(separator: ", ") }
        if let reason { s += " -- \(reason)" }
        return s + " -->"
    }
}

extension EditorArticle {
    /// Every fix for one of this article's findings: those its rule hinted at (preferred), then
    /// "suppress it on the next line" with a reason to fill in.
    public func fixes(for d: Diagnostic) -> [Fix] {
        d.fixes.compactMap { fix($0, for: d) } + [suppression(of: d)]
    }

    /// Suppresses the rule for the line the finding starts on, keeping that line's indentation.
    public func suppression(of d: Diagnostic) -> Fix {
        let line = text.line(containing: d.range.start)
        let lineStart = text.lineStarts[line]
        var indentEnd = lineStart
        while indentEnd < text.count && (text.bytes[indentEnd] == 0x20 || text.bytes[indentEnd] == 0x09) {
            indentEnd += 1
        }
        let indent = String(decoding: text.bytes[lineStart..<indentEnd], as: UTF8.self)
        let comment = Suppression.comment(.nextLine, rules: [d.ruleID], reason: "TODO: reason")
        return Fix(
            title: "Suppress \(d.ruleID) on the next line",
            edits: [TextEdit(TextRange(lineStart, lineStart), indent + comment + text.lineEnding)], isPreferred: false)
    }

    /// The edits for one fix hint.
    public func fix(_ hint: FixHint, for d: Diagnostic) -> Fix? {
        let eol = text.lineEnding
        switch hint {
        case .addCitation(let at):
            let id = freshSourceID()
            let pos = citationPoint(near: at)
            return Fix(
                title: "Add a citation [^\(id)] and a stub source definition",
                edits: [
                    TextEdit(TextRange(pos, pos), "[^\(id)]"),
                    appendBlock("[^\(id)]: TODO: who or what supports this claim"),
                ], isPreferred: true)
        case .defineEntity(let id):
            let surface = syntax.entityMentions.first { $0.id == id && $0.surfaceRange != nil }?.surface
            let block = "[@\(id)]: \(surface ?? id)\(eol)  type: other\(eol)  description: TODO"
            return Fix(title: "Define entity @\(id)", edits: [appendBlock(block)], isPreferred: true)
        case .defineSource(let id):
            return Fix(
                title: "Define source ^\(id)", edits: [appendBlock("[^\(id)]: TODO: describe the source")],
                isPreferred: true)
        case .annotate(let id):
            return annotation(of: d.range, as: id)
        }
    }

    /// "Annotate 'X' as [X][@id]" for a plain-prose name.
    public func annotation(of range: TextRange, as id: String) -> Fix? {
        let name = text[range]
        guard !name.isEmpty else { return nil }
        return Fix(
            title: "Annotate '\(name)' as [\(name)][@\(id)]", edits: [TextEdit(range, "[\(name)][@\(id)]")],
            isPreferred: true)
    }

    /// Where a citation goes: at `offset`, but never inside a quote — right after its closing mark, where
    /// a citation counts as the quote's source.
    public func citationPoint(near offset: Int) -> Int {
        let pos = min(max(0, offset), text.count)
        if let q = analysis.quotes.first(where: { $0.range.start < pos && pos < $0.range.end }) { return q.range.end }
        return pos
    }

    /// An edit appending `block` at the end of the article, after a blank line, in its own line ending.
    func appendBlock(_ block: String) -> TextEdit {
        let eol = text.lineEnding
        let last = text.lineCount - 1
        var prefix = ""
        if text.lineStarts[last] < text.count {
            prefix = eol + eol  // ends inside a line
        } else if last > 0 && text.lineContentRange(last - 1).count > 0 {
            prefix = eol  // no blank line yet
        }
        return TextEdit(TextRange(text.count, text.count), prefix + block + eol)
    }

    func freshSourceID() -> String {
        let used = Set(syntax.sourceDefinitions.map(\.id) + syntax.citations.map(\.id))
        var n = 1
        while used.contains("source-\(n)") { n += 1 }
        return "source-\(n)"
    }
}
