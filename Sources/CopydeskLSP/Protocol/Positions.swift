import CopydeskCore

/// The negotiated position encoding: UTF-8 when the client offers it (no conversion at all), else
/// UTF-16 (the LSP default). Every LSP position crossing this module's edge goes through here.
public enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"

    /// Picks from `general.positionEncodings` (client preference order is ignored: UTF-8 is cheapest for us).
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        if let o = offered, o.contains("utf-8") { return .utf8 }
        return .utf16
    }

    /// Byte offset for an LSP position; out-of-range lines/columns are clamped (never trap).
    public func offset(line: Int, character: Int, in text: SourceText) -> Int {
        let p = TextPosition(line: line, column: character)
        switch self {
        case .utf8: return text.offset(of: p)
        case .utf16: return text.offset(utf16: p)
        }
    }

    public func position(of offset: Int, in text: SourceText) -> JSONValue {
        let p: TextPosition
        switch self {
        case .utf8: p = text.position(of: offset)
        case .utf16: p = text.utf16Column(of: offset)
        }
        return ["line": .int(p.line), "character": .int(p.column)]
    }

    public func range(_ r: TextRange, in text: SourceText) -> JSONValue {
        ["start": position(of: r.start, in: text), "end": position(of: r.end, in: text)]
    }

    public func position(_ lc: LineColumns) -> JSONValue {
        ["line": .int(lc.line), "character": .int(self == .utf8 ? lc.utf8 : lc.utf16)]
    }

    public func range(_ loc: SpanLocation) -> JSONValue {
        ["start": position(loc.start), "end": position(loc.end)]
    }

    /// `range(loc)` printed straight to JSON bytes (what `LocationsWriter` puts in each location).
    func writeRange(_ loc: SpanLocation, into out: inout [UInt8]) {
        out.append(contentsOf: #"{"start":"#.utf8)
        writePosition(loc.start, into: &out)
        out.append(contentsOf: #","end":"#.utf8)
        writePosition(loc.end, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private func writePosition(_ lc: LineColumns, into out: inout [UInt8]) {
        out.append(contentsOf: #"{"line":"#.utf8)
        JSONValue.writeInt(lc.line, into: &out)
        out.append(contentsOf: #","character":"#.utf8)
        JSONValue.writeInt(self == .utf8 ? lc.utf8 : lc.utf16, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Length of a same-line range in this encoding's units.
    public func length(_ r: TextRange, in text: SourceText) -> Int {
        switch self {
        case .utf8: return r.count
        case .utf16: return text.utf16Column(of: r.end).column - text.utf16Column(of: r.start).column
        }
    }

    /// Decodes an LSP `Position` object; -32602 when it is not one.
    public func offset(_ position: JSONValue, in text: SourceText) throws(ResponseError) -> Int {
        guard let line = position["line"].int, let ch = position["character"].int else {
            throw .invalidParams("expected a Position {line, character}")
        }
        return offset(line: line, character: ch, in: text)
    }

    /// Decodes an LSP `Range`; a reversed range is put in order.
    public func range(_ range: JSONValue, in text: SourceText) throws(ResponseError) -> TextRange {
        let a = try offset(range["start"], in: text)
        let b = try offset(range["end"], in: text)
        return TextRange(min(a, b), max(a, b))
    }
}

/// An array of LSP `Location`s printed straight to JSON bytes, for answers that carry hundreds of them
/// (references on a popular entity: 582 at 10,000 articles). Building them as `JSONValue` trees cost three
/// small dictionaries per location, built, printed and freed: most of the answer's time. The positions
/// are the index's precomputed line/columns; each document's URI is looked up and escaped once per run of
/// locations in it (the core returns them grouped by document).
struct LocationsWriter {
    let encoding: PositionEncoding
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var count = 0
    private var lastDocument: DocumentID?
    /// `{"uri":"…","range":` for `lastDocument`.
    private var prefix: [UInt8] = []

    init(encoding: PositionEncoding, capacity: Int = 0) {
        self.encoding = encoding
        bytes.reserveCapacity(1 + capacity * 120)
    }

    /// Appends one location; `uri` gives the URI to show for a document (called once per run of a document).
    mutating func append(_ loc: SpanLocation, uri: (DocumentID) -> String) {
        if loc.document != lastDocument {
            lastDocument = loc.document
            prefix.removeAll(keepingCapacity: true)
            prefix.append(contentsOf: #"{"uri":"#.utf8)
            JSONValue.writeString(uri(loc.document), into: &prefix)
            prefix.append(contentsOf: #","range":"#.utf8)
        }
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        count += 1
        bytes.append(contentsOf: prefix)
        encoding.writeRange(loc, into: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// The array, as a value the message printer copies verbatim.
    consuming func finish() -> JSONValue {
        bytes.append(UInt8(ascii: "]"))
        return .fragment(JSONFragment(bytes: bytes))
    }
}

/// A `TextEdit[]` replacing each of some ranges with the same text, printed straight to JSON bytes (a rename
/// of a popular entity: hundreds of edits, each two small dictionaries and two positions as a tree).
struct EditsWriter {
    let encoding: PositionEncoding
    /// `,"newText":"…"}` (the same for every edit).
    private let tail: [UInt8]
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var count = 0

    init(encoding: PositionEncoding, newText: String) {
        self.encoding = encoding
        var t = Array(#","newText":"#.utf8)
        JSONValue.writeString(newText, into: &t)
        t.append(UInt8(ascii: "}"))
        tail = t
    }

    mutating func append(_ loc: SpanLocation) {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        count += 1
        bytes.append(contentsOf: #"{"range":"#.utf8)
        encoding.writeRange(loc, into: &bytes)
        bytes.append(contentsOf: tail)
    }

    consuming func finish() -> JSONValue {
        bytes.append(UInt8(ascii: "]"))
        return .fragment(JSONFragment(bytes: bytes))
    }
}
