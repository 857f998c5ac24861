import CopydeskCore

/// The `diagnostics` array of a `textDocument/publishDiagnostics` notification, printed straight to JSON bytes
/// (a `JSONValue.fragment`, spliced into the message when it is sent): a huge article carries tens of thousands
/// of findings on every keystroke, and building a `JSONValue` tree for each (five objects per finding) cost more
/// than re-analysing the edited paragraphs. Same content as `Server.lspDiagnostic` (a test compares them);
/// findings with related information go through it.
enum DiagnosticsMessage {
    /// The printed array. `segments` (the document's, in order) and `cache` (what the previous call wrote for
    /// each) let a segment whose text and findings are unchanged be copied from the last message, its line
    /// numbers moved by the lines inserted or deleted before it: a keystroke then writes the findings of the
    /// segments it touched, not the whole document's.
    static func diagnostics(
        _ diagnostics: [Diagnostic], text: SourceText, encoding: PositionEncoding, segments: [SegmentKey] = [],
        cache: inout PublishedSegments, related: (Diagnostic) -> JSONValue
    ) -> JSONFragment {
        var out: [UInt8] = []
        out.reserveCapacity(2 + diagnostics.count * 240)
        out.append(UInt8(ascii: "["))
        let reuse = cache.encoding == encoding
        var next = PublishedSegments(encoding: encoding)
        text.bytes.withUnsafeBufferPointer { bytes in
            text.lineStarts.withUnsafeBufferPointer { lineStarts in
                diagnostics.withUnsafeBufferPointer { list in
                    var positions = PositionWriter(bytes: bytes, lineStarts: lineStarts, encoding: encoding)
                    var wrote = false
                    var k = 0
                    let keys = segments.isEmpty ? [nil] : segments.map { Optional($0) }
                    for (n, key) in keys.enumerated() {
                        // This segment's findings: those starting before the next segment.
                        var e = k
                        let limit = n + 1 < keys.count ? keys[n + 1]!.start : Int.max
                        while e < list.count && list[e].range.start < limit { e += 1 }
                        defer { k = e }
                        guard e > k else { continue }
                        let slice = UnsafeBufferPointer(rebasing: list[k..<e])
                        // Findings with related information (positions elsewhere), or running past their segment,
                        // are written as they are, each time.
                        guard let key,
                            !slice.contains(where: { !$0.related.isEmpty || $0.range.end > key.start + key.length })
                        else {
                            var slots: [(at: Int, line: Int)]? = nil
                            for d in slice {
                                if wrote { out.append(UInt8(ascii: ",")) }
                                wrote = true
                                write(d, into: &out, positions: &positions, base: 0, slots: &slots, related: related)
                            }
                            continue
                        }
                        let base = positions.line(of: key.start)
                        let entry: PublishedSegments.Entry
                        if reuse, let old = cache.entries[key.identity], old.matches(slice, start: key.start) {
                            entry = old
                        } else {
                            var bytesOut: [UInt8] = []
                            var slots: [(at: Int, line: Int)]? = []
                            for (j, d) in slice.enumerated() {
                                if j > 0 { bytesOut.append(UInt8(ascii: ",")) }
                                write(
                                    d, into: &bytesOut, positions: &positions, base: base, slots: &slots,
                                    related: related)
                            }
                            entry = PublishedSegments.Entry(
                                key: key, diagnostics: Array(slice), start: key.start, bytes: bytesOut,
                                lines: slots ?? [])
                        }
                        next.entries[key.identity] = entry
                        if wrote { out.append(UInt8(ascii: ",")) }
                        wrote = true
                        entry.write(into: &out, base: base)
                    }
                }
            }
        }
        cache = next
        out.append(UInt8(ascii: "]"))
        return JSONFragment(bytes: out)
    }

    /// One finding as LSP JSON; with `slots`, its line numbers are left out and recorded (relative to `base`).
    private static func write(
        _ d: Diagnostic, into out: inout [UInt8], positions: inout PositionWriter, base: Int,
        slots: inout [(at: Int, line: Int)]?, related: (Diagnostic) -> JSONValue
    ) {
        guard d.related.isEmpty else {
            out.append(contentsOf: related(d).serialized())
            return
        }
        out.append(contentsOf: Bytes.rangeStart)
        positions.write(d.range.start, into: &out, base: base, slots: &slots)
        out.append(contentsOf: Bytes.end)
        positions.write(d.range.end, into: &out, base: base, slots: &slots)
        out.append(contentsOf: Bytes.severity)
        JSONValue.writeInt(d.severity.rank + 1, into: &out)
        out.append(contentsOf: Bytes.code)
        JSONValue.writeString(d.ruleID, into: &out)
        out.append(contentsOf: Bytes.message)
        JSONValue.writeString(d.message, into: &out)
        if d.tags.contains(.unnecessary) { out.append(contentsOf: Bytes.unnecessary) }
        out.append(UInt8(ascii: "}"))
    }

    /// The fixed parts of the message, as bytes once.
    enum Bytes {
        static let rangeStart = Array(#"{"range":{"start":"#.utf8)
        static let end = Array(#","end":"#.utf8)
        static let severity = Array(#"},"severity":"#.utf8)
        static let code = Array(#","code":"#.utf8)
        static let message = Array(#","source":"copydesk","message":"#.utf8)
        static let unnecessary = Array(#","tags":[1]"#.utf8)
        static let line = Array(#"{"line":"#.utf8)
        static let character = Array(#","character":"#.utf8)
    }

    /// Writes `{"line":…,"character":…}` for offsets (as `SourceText.position(of:)` / `utf16Column(of:)` count
    /// them), remembering the line and the column reached so that findings in text order (and a range's end
    /// after its start) do not rescan their line from its start.
    struct PositionWriter {
        let bytes: UnsafeBufferPointer<UInt8>
        let lineStarts: UnsafeBufferPointer<Int>
        let encoding: PositionEncoding
        var line = -1
        var lineStart = 0
        var lineEnd = 0
        var scanned = 0
        var units = 0

        /// The line holding `offset`.
        func line(of offset: Int) -> Int {
            lineStarts.lastIndex(keyedBy: { $0 }, atMost: min(max(0, offset), bytes.count))
        }

        mutating func write(_ offset: Int, into out: inout [UInt8], base: Int, slots: inout [(at: Int, line: Int)]?) {
            let o = min(max(0, offset), bytes.count)
            let nextStart = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
            if line < 0 || o < lineStart || o >= nextStart {
                // The line holding `o` (an offset past the end maps to the last line).
                let lo = line(of: o)
                line = lo
                lineStart = lineStarts[lo]
                var end = lo + 1 < lineStarts.count ? lineStarts[lo + 1] - 1 : bytes.count
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                lineEnd = max(lineStart, end)
                scanned = lineStart
                units = 0
            }
            let target = min(max(lineStart, o), lineEnd)
            if target < scanned {
                scanned = lineStart
                units = 0
            }
            if encoding == .utf8 {
                scanned = target
                units = target - lineStart
            } else {
                // Eight ASCII bytes at a time (prose is mostly ASCII), then one scalar at a time.
                while scanned + 8 <= target {
                    let word = UnsafeRawPointer(bytes.baseAddress! + scanned).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    units += 8
                    scanned += 8
                }
                while scanned < target {
                    let c = bytes[scanned]
                    if c < 0x80 {
                        units += 1
                        scanned += 1
                    } else {
                        let len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                        units += len == 4 ? 2 : 1
                        scanned += len
                    }
                }
            }
            out.append(contentsOf: Bytes.line)
            if slots != nil {
                slots!.append((out.count, line - base))
            } else {
                JSONValue.writeInt(line, into: &out)
            }
            out.append(contentsOf: Bytes.character)
            JSONValue.writeInt(units, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }
}

/// What was last published for one document, per segment (`DiagnosticsMessage.body`).
struct PublishedSegments: Sendable {
    var encoding: PositionEncoding? = nil
    var entries: [ObjectIdentifier: Entry] = [:]

    struct Entry: Sendable {
        /// Holds the segment's identity alive while the entry is kept.
        let key: SegmentKey
        /// The findings written, as they stood (the segment started at `start`).
        let diagnostics: [Diagnostic]
        let start: Int
        /// The findings' JSON with their line numbers left out: `lines` says where each goes (byte offset) and
        /// what it is relative to the segment's first line.
        let bytes: [UInt8]
        let lines: [(at: Int, line: Int)]

        /// The same findings, moved with their segment to `start` (what the JSON shows of them).
        func matches(_ now: UnsafeBufferPointer<Diagnostic>, start: Int) -> Bool {
            guard now.count == diagnostics.count else { return false }
            let shift = start - self.start
            // Field by field in place (a copy of each finding would retain all its strings and arrays).
            return diagnostics.withUnsafeBufferPointer { old in
                for i in 0..<old.count {
                    guard now[i].range.start == old[i].range.start + shift,
                        now[i].range.end == old[i].range.end + shift,
                        now[i].severity == old[i].severity, now[i].ruleID == old[i].ruleID,
                        now[i].message == old[i].message, now[i].tags == old[i].tags
                    else { return false }
                }
                return true
            }
        }

        func write(into out: inout [UInt8], base: Int) {
            var from = 0
            for slot in lines {
                out.append(contentsOf: bytes[from..<slot.at])
                JSONValue.writeInt(base + slot.line, into: &out)
                from = slot.at
            }
            out.append(contentsOf: bytes[from...])
        }
    }
}
