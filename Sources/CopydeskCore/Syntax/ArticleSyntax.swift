/// The parsed form of one article: every element of the article format (v1) with its UTF-8 ranges,
/// plus a `prose` view for text analysis. Produced by `ArticleParser.parse`, which never fails.
///
/// Invariants:
/// - `prose.count == text.count`, and `prose` holds the same bytes as `text` except that markup
///   (annotation brackets and ids, citations, link URLs, inline code, HTML comments, emphasis marks,
///   heading/list/blockquote markers) and non-prose blocks (front matter, definitions, fenced code)
///   are blanked to ASCII spaces (line terminators are kept). So any offset into `prose` is an offset
///   into `text`, and analysis never needs an offset map.
/// - Every range lies within `0...text.count` and on UTF-8 scalar boundaries.
/// - Ids are stored normalized (lowercased); `idRange` points at the id as written.
public struct ArticleSyntax: Sendable {
    public let text: SourceText
    public let kind: ArticleKind
    public let prose: [UInt8]
    public let frontMatter: FrontMatter?
    /// The headline: front matter `title`, else the first level-1 heading, else (plain text) the first non-empty line.
    public let title: String?
    /// Where the headline stands in the text, when it is in the body (a heading or the first line of a `.txt`).
    public let headlineRange: TextRange?
    public let headings: [Heading]
    public let paragraphs: [Paragraph]
    public let entityDefinitions: [EntityDefinition]
    public let sourceDefinitions: [SourceDefinition]
    public let entityMentions: [EntityMention]
    public let citations: [Citation]
    public let links: [Link]
    public let suppressions: [Suppression]
    public let problems: [SyntaxProblem]

    public init(
        text: SourceText, kind: ArticleKind, prose: [UInt8], frontMatter: FrontMatter?, title: String?,
        headlineRange: TextRange?, headings: [Heading], paragraphs: [Paragraph],
        entityDefinitions: [EntityDefinition], sourceDefinitions: [SourceDefinition],
        entityMentions: [EntityMention], citations: [Citation], links: [Link],
        suppressions: [Suppression], problems: [SyntaxProblem]
    ) {
        self.text = text
        self.kind = kind
        self.prose = prose
        self.frontMatter = frontMatter
        self.title = title
        self.headlineRange = headlineRange
        self.headings = headings
        self.paragraphs = paragraphs
        self.entityDefinitions = entityDefinitions
        self.sourceDefinitions = sourceDefinitions
        self.entityMentions = entityMentions
        self.citations = citations
        self.links = links
        self.suppressions = suppressions
        self.problems = problems
    }
}

/// How a file is read, from its name: `*.news.md` annotated; other `*.md` Markdown; `*.txt` plain text.
public enum ArticleKind: String, Sendable, Hashable, CaseIterable {
    /// `*.news.md`: the full article format.
    case annotated
    /// `*.md`: Markdown prose; annotations are still parsed if present.
    case markdown
    /// `*.txt`: paragraphs separated by blank lines, a bulleted line (`- `, `* `, `+ `, `• `) an item of its own;
    /// the first non-empty line is the headline.
    case plainText

    /// The kind for a path or URI, or nil when the file is not an article.
    public static func forPath(_ path: String) -> ArticleKind? {
        let lower = path.lowercased()
        if lower.hasSuffix(".news.md") { return .annotated }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") { return .plainText }
        return nil
    }
}

/// A `key: value` line: a front-matter entry or an entity definition's field.
public struct KeyedField: Sendable, Hashable {
    public let key: String
    public let value: String
    public let keyRange: TextRange
    public let valueRange: TextRange
    public init(key: String, value: String, keyRange: TextRange, valueRange: TextRange) {
        self.key = key
        self.value = value
        self.keyRange = keyRange
        self.valueRange = valueRange
    }
}

public struct FrontMatter: Sendable {
    /// A `key: value` line of the block.
    public typealias Entry = KeyedField
    public static let knownKeys: Set<String> = ["id", "title", "outlet", "published", "byline", "url", "lang"]
    /// The whole block, from the opening `---` through the closing `---` line.
    public let range: TextRange
    public let entries: [Entry]
    public init(range: TextRange, entries: [Entry]) {
        self.range = range
        self.entries = entries
    }
    public subscript(key: String) -> String? { entries.first { $0.key == key }?.value }
}

public struct Heading: Sendable, Hashable {
    public let level: Int
    public let title: String
    /// The heading's whole line (without the terminator).
    public let range: TextRange
    /// The heading's text, without `#`s.
    public let titleRange: TextRange
    public init(level: Int, title: String, range: TextRange, titleRange: TextRange) {
        self.level = level
        self.title = title
        self.range = range
        self.titleRange = titleRange
    }
}

/// A block of prose analysed for sentences, quotes and claims.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case headline, heading, body, listItem, blockquote
    }
    public let kind: Kind
    /// From the first to the last byte of the block's lines (terminators between lines included).
    public let range: TextRange
    public init(kind: Kind, range: TextRange) {
        self.kind = kind
        self.range = range
    }
}

public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person, organization, place, event, other
}

/// `[@id]: Display Name` followed by indented `field: value` lines.
public struct EntityDefinition: Sendable, Hashable {
    /// An indented `field: value` line.
    public typealias Field = KeyedField
    public static let knownFields: Set<String> = ["type", "description", "aliases", "same-as"]
    public let id: String
    public let idRange: TextRange
    public let name: String
    public let nameRange: TextRange
    /// The whole block, definition line through the last field line.
    public let range: TextRange
    public let fields: [Field]
    public init(id: String, idRange: TextRange, name: String, nameRange: TextRange, range: TextRange, fields: [Field]) {
        self.id = id
        self.idRange = idRange
        self.name = name
        self.nameRange = nameRange
        self.range = range
        self.fields = fields
    }
    public func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }
    public var type: EntityType? { field("type").flatMap { EntityType(rawValue: $0.lowercased()) } }
    public var description: String? { field("description") }
    public var sameAs: String? { field("same-as") }
    /// Surface forms from `aliases:` (trimmed, non-empty), not including `name`.
    public var aliases: [String] {
        (field("aliases") ?? "").split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

/// `[^id]: free text`, with indented continuation lines.
public struct SourceDefinition: Sendable, Hashable {
    public let id: String
    public let idRange: TextRange
    /// The text after the colon and of continuation lines, joined with single spaces.
    public let text: String
    public let textRange: TextRange
    public let range: TextRange
    public init(id: String, idRange: TextRange, text: String, textRange: TextRange, range: TextRange) {
        self.id = id
        self.idRange = idRange
        self.text = text
        self.textRange = textRange
        self.range = range
    }
}

/// `[surface][@id]` (surfaceRange set) or `[@id]` (surfaceRange nil).
public struct EntityMention: Sendable, Hashable {
    public let id: String
    public let idRange: TextRange
    public let surface: String
    /// The surface text inside the first brackets, when the long form is used.
    public let surfaceRange: TextRange?
    public let range: TextRange
    public init(id: String, idRange: TextRange, surface: String, surfaceRange: TextRange?, range: TextRange) {
        self.id = id
        self.idRange = idRange
        self.surface = surface
        self.surfaceRange = surfaceRange
        self.range = range
    }
}

/// `[^id]` in prose.
public struct Citation: Sendable, Hashable {
    public let id: String
    public let idRange: TextRange
    public let range: TextRange
    public init(id: String, idRange: TextRange, range: TextRange) {
        self.id = id
        self.idRange = idRange
        self.range = range
    }
}

/// A Markdown inline link `[text](url)`, or an autolink `<https://…>`.
public struct Link: Sendable, Hashable {
    public let url: String
    public let textRange: TextRange
    public let urlRange: TextRange
    public let range: TextRange
    public init(url: String, textRange: TextRange, urlRange: TextRange, range: TextRange) {
        self.url = url
        self.textRange = textRange
        self.urlRange = urlRange
        self.range = range
    }
}

/// A suppression comment. `rules` empty means every rule.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case nextLine, disable, enable }
    public let kind: Kind
    public let rules: [String]
    public let reason: String?
    /// The comment itself.
    public let range: TextRange
    /// The bytes the suppression covers: for `nextLine`, the next non-blank line; for `disable`, up to the
    /// matching `enable` or the end of the text; for `enable`, empty.
    public let scope: TextRange
    public init(kind: Kind, rules: [String], reason: String?, range: TextRange, scope: TextRange) {
        self.kind = kind
        self.rules = rules
        self.reason = reason
        self.range = range
        self.scope = scope
    }
    /// True when a finding of `rule` starting at `r.start` is silenced by this comment.
    public func covers(rule: String, range r: TextRange) -> Bool {
        kind != .enable && (rules.isEmpty || rules.contains(rule)) && r.start >= scope.start && r.start < scope.end
    }
}

/// A problem found while parsing (a malformed front-matter line, an unclosed fence, a bad id…).
/// Reported by the `syntax` rule; never stops the parse.
public struct SyntaxProblem: Sendable, Hashable {
    public let code: String
    public let message: String
    public let range: TextRange
    public init(code: String, message: String, range: TextRange) {
        self.code = code
        self.message = message
        self.range = range
    }
}

extension StringProtocol {
    /// Trims ASCII spaces and tabs (and line ends) from both ends.
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isSpaceOrLineEnd { s = s.dropFirst() }
        while let l = s.last, l.isSpaceOrLineEnd { s = s.dropLast() }
        return String(s)
    }
}

extension Character {
    /// Space, tab, or a line end. ("\r\n" is one `Character`, equal to neither "\r" nor "\n".)
    public var isSpaceOrLineEnd: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n" }
}

/// Normalizes an entity or source id (case-insensitive): lowercased.
@inline(__always)
public func normalizeID<S: StringProtocol>(_ id: S) -> String { id.lowercased() }

/// Letters, digits, `-`, `_`, `.`; non-empty; does not start or end with `.`.
public func isValidID<S: StringProtocol>(_ id: S) -> Bool {
    guard !id.isEmpty, id.first != ".", id.last != "." else { return false }
    return id.unicodeScalars.allSatisfy { s in
        // ASCII first: the Unicode property lookup was 12% of indexing a 100k-article workspace.
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: return true
        case 0..<0x80: return false
        default: return s.properties.isAlphabetic
        }
    }
}
