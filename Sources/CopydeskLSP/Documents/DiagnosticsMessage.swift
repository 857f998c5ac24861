import CopydeskCore

/// The `textDocument/publishDiagnostics` notification for one document, written straight to JSON bytes: a huge
/// article carries tens of thousands of findings on every keystroke, and building a `JSONValue` tree for each
/// (five objects per finding) cost more than re-analysing the edited paragraphs. Same content as
/// `Server.lspDiagnostic` (a test compares them); findings with related information go through it.
enum DiagnosticsMessage {
    static func body(
        uri: String, version: Int, diagnostics: [Diagnostic], text: SourceText, encoding: PositionEncoding,
        related: (Diagnostic) -> JSONValue
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(200 + diagnostics.count * 240)
        out.append(contentsOf: #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"#.utf8)
        JSONValue.writeString(uri, into: &out)
        out.append(contentsOf: #","version":"#.utf8)
        JSONValue.writeInt(version, into: &out)
        out.append(contentsOf: #","diagnostics":["#.utf8)
        text.bytes.withUnsafeBufferPointer { bytes in
            text.lineStarts.withUnsafeBufferPointer { lineStarts in
                diagnostics.withUnsafeBufferPointer { list in
                    var positions = PositionWriter(bytes: bytes, lineStarts: lineStarts, encoding: encoding)
                    for i in list.indices {
                        if i > 0 { out.append(UInt8(ascii: ",")) }
                        guard list[i].related.isEmpty else {
                            out.append(contentsOf: related(list[i]).serialized())
                            continue
                        }
                        out.append(contentsOf: Bytes.rangeStart)
                        positions.write(list[i].range.start, into: &out)
                        out.append(contentsOf: Bytes.end)
                        positions.write(list[i].range.end, into: &out)
                        out.append(contentsOf: Bytes.severity)
                        JSONValue.writeInt(list[i].severity.rank + 1, into: &out)
                        out.append(contentsOf: Bytes.code)
                        JSONValue.writeString(list[i].ruleID, into: &out)
                        out.append(contentsOf: Bytes.message)
                        JSONValue.writeString(list[i].message, into: &out)
                        if list[i].tags.contains(.unnecessary) { out.append(contentsOf: Bytes.unnecessary) }
                        out.append(UInt8(ascii: "}"))
                    }
                }
            }
        }
        out.append(contentsOf: "]}}".utf8)
        return out
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

        mutating func write(_ offset: Int, into out: inout [UInt8]) {
            let o = min(max(0, offset), bytes.count)
            let nextStart = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
            if line < 0 || o < lineStart || o >= nextStart {
                // The line holding `o` (an offset past the end maps to the last line).
                var lo = 0
                var hi = lineStarts.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
                }
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
            JSONValue.writeInt(line, into: &out)
            out.append(contentsOf: Bytes.character)
            JSONValue.writeInt(units, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }
}
