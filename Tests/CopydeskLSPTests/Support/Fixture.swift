import CopydeskCore

/// Text with emoji markers: `1️⃣` marks the cursor; a pair of the same marker (`2️⃣jack-ma2️⃣`) marks an
/// expected range. Markers are removed from the text; offsets are UTF-8 offsets into the clean text.
struct Fixture {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
    let text: String
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
        text = String(decoding: out, as: UTF8.self)
        self.offsets = offsets
    }

    var source: SourceText { SourceText(text) }
    func offset(_ marker: String) -> Int? { offsets[marker]?.first }
    /// Every range marked by pairs of `marker`.
    func ranges(_ marker: String) -> [TextRange] {
        guard let o = offsets[marker] else { return [] }
        return stride(from: 0, to: o.count - 1, by: 2).map { TextRange(o[$0], o[$0 + 1]) }
    }
}
