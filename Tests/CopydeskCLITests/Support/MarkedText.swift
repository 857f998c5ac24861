/// A fixture text with emoji markers (1️⃣ … 9️⃣): each marker is removed and its UTF-8 offset recorded.
/// (`$` is common in news, so markers are emoji.)
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
    let text: String
    let offsets: [String: [Int]]

    init(_ marked: String) {
        var out: [UInt8] = []
        var offsets: [String: [Int]] = [:]
        let bytes = Array(marked.utf8)
        let markerBytes = MarkedText.markers.map { Array($0.utf8) }
        var i = 0
        outer: while i < bytes.count {
            for (k, m) in markerBytes.enumerated() where i + m.count <= bytes.count && Array(bytes[i..<(i + m.count)]) == m {
                offsets[MarkedText.markers[k], default: []].append(out.count)
                i += m.count
                continue outer
            }
            out.append(bytes[i]); i += 1
        }
        text = String(decoding: out, as: UTF8.self)
        self.offsets = offsets
    }

    func offset(_ marker: String) -> Int { offsets[marker]![0] }

    /// 1-based line, and 1-based columns in UTF-8 bytes and UTF-16 units, of a byte offset, computed
    /// independently of the code under test (CR before LF belongs to the terminator).
    func lineColumn(_ offset: Int) -> (line: Int, utf8: Int, utf16: Int) {
        let bytes = Array(text.utf8)
        var line = 1, start = 0
        for i in 0..<offset where bytes[i] == 0x0A { line += 1; start = i + 1 }
        let prefix = String(decoding: bytes[start..<offset], as: UTF8.self)
        return (line, offset - start + 1, prefix.utf16.count + 1)
    }
}
