/// Splits a byte stream into LSP messages (`Content-Length: N\r\n[Content-Type: …\r\n]\r\n` + N bytes).
///
/// Pure and incremental: feed it whatever `read` returned (half a header, three messages…) and it
/// returns the events completed so far. It never allocates more than `maxContentLength` for a body:
/// a larger declared length is refused and the framer resynchronises on the next `Content-Length:`
/// header. A header block without a usable length is refused the same way. A body that is not JSON
/// but contains the start of another message (a truncated body) is re-scanned from that point, so the
/// following message is not lost.
public struct MessageFramer: Sendable {
    public enum Event: Sendable, Equatable {
        /// A complete body (not yet parsed as JSON).
        case body([UInt8])
        /// The header block was unusable (missing/non-numeric/huge length); answered with a JSON-RPC error.
        case headerError(String)
    }

    public static let defaultMaxContentLength = 64 << 20
    /// Header blocks longer than this (without a blank line) are garbage, not headers.
    public static let maxHeaderLength = 8 << 10

    public let maxContentLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// After a refused header: drop bytes until the next `Content-Length:`.
    private var resyncing = false
    /// A header already parsed whose body has not fully arrived: where the body starts and its length.
    /// Kept so that a body arriving in many small reads does not re-parse its header on every read.
    private var pending: (bodyStart: Int, length: Int)? = nil
    /// An unterminated header block already scanned up to `upTo`: a header trickling in byte by byte is
    /// scanned once overall, not once per read.
    private var headerScan: (start: Int, upTo: Int)? = nil

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength) {
        self.maxContentLength = maxContentLength
    }

    /// Bytes buffered but not yet part of a complete message.
    public var pendingByteCount: Int { buffer.count - start }

    /// Appends bytes and returns every event now complete (convenience for `append` + `nextEvent`).
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [Event] {
        append(bytes)
        var events: [Event] = []
        while let e = nextEvent() { events.append(e) }
        return events
    }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start == buffer.count {
            // The buffer of a huge message (a 50 MB didOpen) is let go, not kept resident for small ones.
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
            pending = nil
            headerScan = nil
        }
        if start > 65536 && start * 2 > buffer.count {
            if buffer.capacity > 1 << 20 {
                buffer = Array(buffer[start...])
            } else {
                buffer.removeFirst(start)
            }
            if let p = pending { pending = (p.bodyStart - start, p.length) }
            if let h = headerScan { headerScan = (h.start - start, h.upTo - start) }
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete event, or nil when more input is needed. Callers that may `unread` must take
    /// events one at a time (the framer must not run ahead past a body that turns out to be truncated).
    public mutating func nextEvent() -> Event? { next() }

    /// Puts bytes back in front of the unread input (used to recover from a truncated body).
    public mutating func unread(_ bytes: [UInt8]) {
        pending = nil
        headerScan = nil
        buffer.replaceSubrange(0..<start, with: [])
        start = 0
        buffer.insert(contentsOf: bytes, at: 0)
    }

    private static let contentLengthKey: [UInt8] = Array("content-length:".utf8)

    /// Offset of the next `Content-Length:` (case-insensitive) at or after `from` in `bytes`.
    public static func findContentLength(in bytes: ArraySlice<UInt8>, from: Int) -> Int? {
        let key = contentLengthKey
        var i = from
        let end = bytes.endIndex - key.count
        while i <= end {
            var k = 0
            while k < key.count {
                var c = bytes[i + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != key[k] { break }
                k += 1
            }
            if k == key.count { return i }
            i += 1
        }
        return nil
    }

    private mutating func next() -> Event? {
        if let p = pending {
            guard buffer.count - p.bodyStart >= p.length else { return nil }
            pending = nil
            let body = Array(buffer[p.bodyStart..<(p.bodyStart + p.length)])
            start = p.bodyStart + p.length
            return .body(body)
        }
        if resyncing {
            if let at = MessageFramer.findContentLength(in: buffer[...], from: start) {
                start = at
                resyncing = false
            } else {
                // Keep only a tail that could be the start of the key.
                start = max(start, buffer.count - (MessageFramer.contentLengthKey.count - 1))
                return nil
            }
        }
        // Skip stray line breaks between messages.
        while start < buffer.count && (buffer[start] == 0x0D || buffer[start] == 0x0A) { start += 1 }
        guard start < buffer.count else { return nil }
        // Find the blank line ending the header block.
        var headerEnd = -1
        var sepLen = 0
        var i = start
        if let h = headerScan, h.start == start { i = max(start, h.upTo - 2) }
        headerScan = nil
        let limit = min(buffer.count, start + MessageFramer.maxHeaderLength)
        while i < limit {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count && buffer[i + 1] == 0x0A {
                    headerEnd = i
                    sepLen = 2
                    break
                }
                if i + 2 < buffer.count && buffer[i + 1] == 0x0D && buffer[i + 2] == 0x0A {
                    headerEnd = i
                    sepLen = 3
                    break
                }
            }
            i += 1
        }
        if headerEnd < 0 {
            if buffer.count - start >= MessageFramer.maxHeaderLength {
                resyncing = true
                start += 1
                return .headerError("header block too long or not terminated by a blank line")
            }
            headerScan = (start, limit)
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + sepLen
        var length: Int? = nil
        var problem: String? = nil
        for rawLine in header.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : Substring(rawLine)
            guard let colon = line.firstIndex(of: ":") else {
                problem = "malformed header line"
                continue
            }
            let name = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            if name == "content-length" {
                if value.isEmpty || value.count > 18 || !value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    problem = "Content-Length is not a number: '\(value.prefix(40))'"
                } else if let n = Int(value) {
                    length = n
                }
            }
        }
        if length == nil && problem == nil { problem = "missing Content-Length header" }
        if let n = length, n > maxContentLength {
            problem = "Content-Length \(n) exceeds the maximum of \(maxContentLength) bytes"
            length = nil
        }
        guard let n = length, problem == nil || problem == "malformed header line" else {
            // Resync from inside this block: noise glued to the next message's header must not swallow it.
            start += 1
            resyncing = true
            return .headerError(problem ?? "bad header")
        }
        guard buffer.count - bodyStart >= n else {
            pending = (bodyStart, n)
            return nil
        }
        let body = Array(buffer[bodyStart..<(bodyStart + n)])
        start = bodyStart + n
        return .body(body)
    }
}
