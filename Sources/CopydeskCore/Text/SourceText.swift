/// An immutable article text as UTF-8 bytes, with a line index.
///
/// Invariants:
/// - Every offset in the core is a UTF-8 byte offset into `bytes` (0 ... count).
/// - Lines end at `\n`, `\r\n` or a lone `\r` (the LSP's three terminators, so a line number means the same
///   here as in every editor); a terminator is never part of a line's content.
/// - Conversions never trap: out-of-range lines/columns are clamped, and the result says so.
public struct SourceText: Sendable, Hashable {
    public private(set) var bytes: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0] == 0`; one entry more than there are terminators.
    public private(set) var lineStarts: [Int]
    /// True when `bytes` is not valid UTF-8 (the text was repaired with U+FFFD by `init(decoding:)`).
    public private(set) var wasRepaired: Bool

    public init(_ string: String) {
        let n = string.utf8.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(n + SourceText.roomToGrow(n))
        bytes.append(contentsOf: string.utf8)
        self.init(validUTF8: bytes, repaired: false)
    }

    /// Spare capacity for a text of `count` bytes that may be edited in place (`replaceSubrange`): a text over
    /// 1 MB (the server's huge article) gets 1/16 more, so that typing and pasting do not copy it into a buffer
    /// twice its size (a transient second copy of 50 MB). The spare pages are never touched, so they cost
    /// address space, not memory.
    public static func roomToGrow(_ count: Int) -> Int { count > 1 << 20 ? count / 16 : 0 }

    /// Build from raw bytes; invalid UTF-8 is replaced with U+FFFD and `wasRepaired` is set.
    public init(decoding raw: [UInt8]) {
        if SourceText.isValidUTF8(raw) {
            self.init(validUTF8: raw, repaired: false)
        } else {
            self.init(validUTF8: Array(String(decoding: raw, as: UTF8.self).utf8), repaired: true)
        }
    }

    private init(validUTF8 bytes: [UInt8], repaired: Bool) {
        self.bytes = bytes
        self.wasRepaired = repaired
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                // Eight bytes with no `\n` nor `\r` at a time (`ByteWord`; most of a text): no line starts there.
                if i + 8 <= buf.count {
                    let w = ByteWord.load(buf, i)
                    if !ByteWord.contains(w, 0x0A) && !ByteWord.contains(w, 0x0D) {
                        i += 8
                        continue
                    }
                }
                let b = buf[i]
                if b == 0x0A || (b == 0x0D && (i + 1 == buf.count || buf[i + 1] != 0x0A)) { starts.append(i + 1) }
                i += 1
            }
        }
        self.lineStarts = starts
    }

    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool { firstInvalidUTF8(bytes) == nil }

    /// `range` clamped to the text and widened to scalar boundaries (what `replacing` replaces).
    public func scalarAligned(_ range: TextRange) -> TextRange {
        var r = clamp(range)
        while r.start > 0 && r.start < bytes.count && (bytes[r.start] & 0xC0) == 0x80 { r.start -= 1 }
        while r.end < bytes.count && (bytes[r.end] & 0xC0) == 0x80 { r.end += 1 }
        return r
    }

    /// A piece of a valid text cut at scalar boundaries (a segment of a document: `DocumentSegments`).
    init(validUTF8Slice slice: ArraySlice<UInt8>) {
        self.init(validUTF8: Array(slice), repaired: false)
    }

    /// This text with the bytes of `range` replaced by `replacement` (`replaceSubrange`).
    public func replacing(_ range: TextRange, with replacement: [UInt8]) -> SourceText {
        var t = self
        t.replaceSubrange(range, with: replacement)
        return t
    }

    /// Replaces the bytes of `range` with `replacement` (valid UTF-8), updating the line index around the change
    /// instead of rebuilding it: line starts are recomputed only where a terminator (or a `\r\n` pair at either
    /// end) may have changed, the others move by the change in length. When this text holds the only reference
    /// to its bytes they change in place (an edit of a huge article then moves its tail, nothing more). The
    /// range is clamped and widened to scalar boundaries, so the text stays valid UTF-8.
    public mutating func replaceSubrange(_ range: TextRange, with replacement: [UInt8]) {
        let r = scalarAligned(range)
        guard SourceText.isValidUTF8(replacement) else {
            var raw = bytes
            raw.replaceSubrange(r.start..<r.end, with: replacement)
            self = SourceText(decoding: raw)
            return
        }
        bytes.replaceSubrange(r.start..<r.end, with: replacement)
        let delta = replacement.count - r.count
        // A line starts at p when p-1 is `\n`, or p-1 is `\r` and p is not `\n`: only p in
        // [start, start + replacement.count] read a changed byte.
        let changedEnd = r.start + replacement.count
        var k0 = 0
        var hi = lineStarts.count
        while k0 < hi {
            let mid = (k0 + hi) / 2
            if lineStarts[mid] < r.start { k0 = mid + 1 } else { hi = mid }
        }
        var k1 = k0
        while k1 < lineStarts.count && lineStarts[k1] <= r.end { k1 += 1 }
        var starts: [Int] = k0 == 0 ? [0] : []
        bytes.withUnsafeBufferPointer { b in
            var p = max(r.start, 1)
            while p <= changedEnd {
                let c = b[p - 1]
                if c == 0x0A || (c == 0x0D && (p == b.count || b[p] != 0x0A)) { starts.append(p) }
                p += 1
            }
        }
        lineStarts.replaceSubrange(k0..<k1, with: starts)
        if delta != 0 {
            lineStarts.withUnsafeMutableBufferPointer { l in
                for k in (k0 + starts.count)..<l.count { l[k] += delta }
            }
        }
    }

    public var count: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public subscript(range: TextRange) -> String {
        let r = clamp(range)
        return String(decoding: bytes[r.start..<r.end], as: UTF8.self)
    }

    public func clamp(_ range: TextRange) -> TextRange {
        let s = min(max(0, range.start), bytes.count)
        let e = min(max(s, range.end), bytes.count)
        return TextRange(s, e)
    }

    /// The line holding `offset` (0-based). Offsets past the end map to the last line.
    public func line(containing offset: Int) -> Int {
        lineStarts.lastIndex(keyedBy: { $0 }, atMost: min(max(0, offset), bytes.count))
    }

    /// The content range of a line, without its terminator (`\n`, `\r\n` or `\r`: one byte before the next
    /// line's start, one more when that pair is `\r\n`; content never holds a `\r`).
    public func lineContentRange(_ line: Int) -> TextRange {
        let l = min(max(0, line), lineStarts.count - 1)
        let start = lineStarts[l]
        var end = l + 1 < lineStarts.count ? lineStarts[l + 1] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return TextRange(start, max(start, end))
    }

    /// The text's line terminator (that of its first line; "\n" for a single line), for text inserted into it.
    public var lineEnding: String {
        guard lineStarts.count > 1 else { return "\n" }
        let end = lineStarts[1]
        if bytes[end - 1] == 0x0D { return "\r" }
        return end >= 2 && bytes[end - 2] == 0x0D ? "\r\n" : "\n"
    }

    /// 0-based line and UTF-8 column of a byte offset.
    public func position(of offset: Int) -> TextPosition {
        let l = line(containing: offset)
        let content = lineContentRange(l)
        let o = min(max(content.start, offset), content.end)
        return TextPosition(line: l, column: o - content.start)
    }

    /// Byte offset of a 0-based line and UTF-8 column; clamped to the line's content (never into a line
    /// terminator, never past the end of the text). A column inside a multi-byte character snaps back to its start.
    public func offset(of position: TextPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let content = lineContentRange(position.line)
        var o = content.start + min(max(0, position.column), content.count)
        while o > content.start && o < bytes.count && (bytes[o] & 0xC0) == 0x80 { o -= 1 }
        return o
    }

    /// The UTF-16 column of a byte offset within its line.
    public func utf16Column(of offset: Int) -> TextPosition {
        let p = position(of: offset)
        let start = lineStarts[p.line]
        // Counted per byte, with no branch on the byte: each scalar's lead byte (every byte but a continuation byte,
        // 10xxxxxx) is one UTF-16 unit, and a four-byte scalar's lead (0xF0 and up) one more, its surrogate pair. The
        // bytes are valid UTF-8, so this is the count of a walk scalar by scalar (`scalarLength`), a scalar that
        // `offset` splits included; such a walk mispredicted a branch per non-ASCII scalar, and `copydesk lint` asks
        // for two columns a finding on lines of a whole paragraph.
        var units = 0
        for x in bytes[start..<(start + p.column)] { units &+= (x & 0xC0 != 0x80 ? 1 : 0) &+ (x >= 0xF0 ? 1 : 0) }
        return TextPosition(line: p.line, column: units)
    }

    /// Byte offset of a 0-based line and UTF-16 column, clamped like `offset(of:)`. A column that falls
    /// between the two halves of a surrogate pair snaps back to the start of that character.
    public func offset(utf16 position: TextPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let content = lineContentRange(position.line)
        var i = content.start
        var units = 0
        let target = max(0, position.column)
        while i < content.end {
            let len = SourceText.scalarLength(bytes[i])
            let w = len == 4 ? 2 : 1
            if units + w > target { break }
            units += w
            i += len
        }
        return min(i, content.end)
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}

/// A 0-based line and column; the column's unit (UTF-8 bytes or UTF-16 code units) is set by the API used.
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 byte offsets.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }
    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// Like `contains`, but also true at `end` (a cursor just after the last character).
    public func touches(_ offset: Int) -> Bool { offset >= start && offset <= end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }
    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
    public var description: String { "\(start)..<\(end)" }
}
