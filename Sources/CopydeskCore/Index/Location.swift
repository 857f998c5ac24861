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

    /// `location(_:in:)` of many ranges at once, in one forward pass over the text: `lineColumns(of:)` scans
    /// a line from its start for every UTF-16 column, so an article with many mentions on long lines paid
    /// (mentions × line length) on every keystroke. Same results, in the order of `ranges`.
    public func locations(_ ranges: [TextRange], in document: DocumentID) -> [SpanLocation] {
        let clamped = ranges.map(clamp)
        var offsets: [Int] = []
        offsets.reserveCapacity(clamped.count * 2)
        for r in clamped {
            offsets.append(r.start)
            offsets.append(r.end)
        }
        let columns = lineColumns(ofAll: offsets)
        return clamped.indices.map { i in
            SpanLocation(document: document, range: clamped[i], start: columns[2 * i], end: columns[2 * i + 1])
        }
    }

    /// `lineColumns(of:)` of every offset (any order), visiting each byte at most once per line.
    func lineColumns(ofAll offsets: [Int]) -> [LineColumns] {
        var out = [LineColumns](repeating: LineColumns(line: 0, utf8: 0, utf16: 0), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = -1
        var content = TextRange(0, 0)
        var scanned = 0  // byte offset the UTF-16 count below reaches (at or past the last target)
        var units = 0
        bytes.withUnsafeBufferPointer { b in
            for k in order {
                let o = min(max(0, offsets[k]), b.count)
                if line < 0 || line + 1 < lineStarts.count && lineStarts[line + 1] <= o {
                    line = self.line(containing: o)
                    content = lineContentRange(line)
                    scanned = content.start
                    units = 0
                }
                let target = min(max(content.start, o), content.end)
                while scanned < target {
                    let len = SourceText.scalarLength(b[scanned])
                    units += len == 4 ? 2 : 1
                    scanned += len
                }
                out[k] = LineColumns(line: line, utf8: target - content.start, utf16: units)
            }
        }
        return out
    }
}
