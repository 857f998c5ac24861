/// Identifies a document: a file path in the CLI, a URI string in the server. Opaque to the core.
public struct DocumentID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public static func < (a: DocumentID, b: DocumentID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}

/// Line and column of one position, in both UTF-8 bytes and UTF-16 code units, so that locations in
/// files that are not loaded can be reported in either encoding.
///
/// Stored as 32-bit numbers (12 bytes, not 24): the index holds several per mention of every article of
/// the archive, and no article has 2^31 lines or bytes (`ArticleReader.maximumSize` is 64 MB).
public struct LineColumns: Hashable, Sendable {
    private let storedLine: Int32
    private let storedUTF8: Int32
    private let storedUTF16: Int32
    public var line: Int { Int(storedLine) }
    public var utf8: Int { Int(storedUTF8) }
    public var utf16: Int { Int(storedUTF16) }
    public init(line: Int, utf8: Int, utf16: Int) {
        self.storedLine = Int32(clamping: line)
        self.storedUTF8 = Int32(clamping: utf8)
        self.storedUTF16 = Int32(clamping: utf16)
    }
}

/// A range in some document, with its line/column positions precomputed.
public struct SpanLocation: Hashable, Sendable {
    public let document: DocumentID
    public let range: TextRange
    public let start: LineColumns
    public let end: LineColumns
    public init(document: DocumentID, range: TextRange, start: LineColumns, end: LineColumns) {
        self.document = document
        self.range = range
        self.start = start
        self.end = end
    }
}

extension SourceText {
    public func lineColumns(of offset: Int) -> LineColumns {
        let p = position(of: offset)
        let u = utf16Column(of: offset)
        return LineColumns(line: p.line, utf8: p.column, utf16: u.column)
    }
    public func location(_ range: TextRange, in document: DocumentID) -> SpanLocation {
        let r = clamp(range)
        return SpanLocation(document: document, range: r, start: lineColumns(of: r.start), end: lineColumns(of: r.end))
    }
}
