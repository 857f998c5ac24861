import CopydeskCore

/// Test fixtures with emoji markers, shared by every test target. Each marker (1️⃣ … 9️⃣) is removed
/// from the text and its UTF-8 offset recorded; one marker is a cursor, a pair of the same marker
/// (`2️⃣jack-ma2️⃣`) delimits a range. (`$` is common in news, so markers are emoji.)
public struct Fixture: Sendable {
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
    /// The text without markers.
    public let text: String
    /// Marker → every offset where it stood (UTF-8 offsets into `text`).
    public let offsets: [String: [Int]]

    public init(_ marked: String) {
        var out: [UInt8] = []
        var offsets: [String: [Int]] = [:]
        let bytes = Array(marked.utf8)
        let markerBytes = Fixture.markers.map { Array($0.utf8) }
        var i = 0
        outer: while i < bytes.count {
            for (k, m) in markerBytes.enumerated()
            where i + m.count <= bytes.count && bytes[i..<(i + m.count)].elementsEqual(m) {
                offsets[Fixture.markers[k], default: []].append(out.count)
                i += m.count
                continue outer
            }
            out.append(bytes[i])
            i += 1
        }
        self.text = String(decoding: out, as: UTF8.self)
        self.offsets = offsets
    }

    public var source: SourceText { SourceText(text) }

    /// The first offset of `marker` (the fixture must contain it).
    public func offset(_ marker: String) -> Int { offsets[marker]![0] }

    /// The range between the first two occurrences of `marker` (empty at a lone marker).
    public func range(_ marker: String) -> TextRange {
        let o = offsets[marker]!
        return TextRange(o[0], o.count > 1 ? o[1] : o[0])
    }

    /// Every range marked by pairs of `marker`.
    public func ranges(_ marker: String) -> [TextRange] {
        guard let o = offsets[marker] else { return [] }
        return stride(from: 0, to: o.count - 1, by: 2).map { TextRange(o[$0], o[$0 + 1]) }
    }

    /// 1-based line, and 1-based columns in UTF-8 bytes and UTF-16 units, of a byte offset, computed
    /// independently of the code under test (CR before LF belongs to the terminator).
    public func lineColumn(_ offset: Int) -> (line: Int, utf8: Int, utf16: Int) {
        let bytes = Array(text.utf8)
        var line = 1
        var start = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            start = i + 1
        }
        let prefix = String(decoding: bytes[start..<offset], as: UTF8.self)
        return (line, offset - start + 1, prefix.utf16.count + 1)
    }
}
