import CopydeskCore

/// A fixture text with emoji markers: each marker (1️⃣ … 9️⃣) is removed from the text and its UTF-8
/// offset recorded. A marker used twice delimits a range (`1️⃣Jack Ma1️⃣`).
struct Fixture {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
    let text: String
    /// Marker → every offset where it stood (in the text without markers).
    let offsets: [String: [Int]]

    init(_ marked: String) {
        var out: [UInt8] = []
        var offsets: [String: [Int]] = [:]
        let bytes = Array(marked.utf8)
        let markerBytes = Fixture.markers.map { Array($0.utf8) }
        var i = 0
        outer: while i < bytes.count {
            for (k, m) in markerBytes.enumerated() where i + m.count <= bytes.count && Array(bytes[i..<(i + m.count)]) == m {
                offsets[Fixture.markers[k], default: []].append(out.count)
                i += m.count
                continue outer
            }
            out.append(bytes[i]); i += 1
        }
        self.text = String(decoding: out, as: UTF8.self)
        self.offsets = offsets
    }

    func offset(_ marker: String) -> Int { offsets[marker]![0] }
    func range(_ marker: String) -> TextRange {
        let o = offsets[marker]!
        return TextRange(o[0], o.count > 1 ? o[1] : o[0])
    }
    var source: SourceText { SourceText(text) }
}
