/// `file://` URIs ↔ absolute paths (RFC 8089 / 3986), for the server (LSP document URIs) and SARIF.
public enum FileURI {
    /// `/a b/é.md` → `file:///a%20b/%C3%A9.md`. Everything but unreserved characters and `/` is escaped.
    public static func uri(forPath absolutePath: String) -> String {
        "file://" + percentEncode(absolutePath)
    }

    /// `file:///a%20b/x.md` (or `file://localhost/…`) → `/a b/x.md`; nil for other schemes, a remote
    /// host, or escapes that do not decode to UTF-8.
    public static func path(fromURI uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<q] }
        if !rest.hasPrefix("/") {
            guard rest.lowercased().hasPrefix("localhost/") else { return nil }
            rest = rest.dropFirst("localhost".count)
        }
        // Fast path (the server converts every indexed file's URI): nothing escaped, already standard.
        if !rest.utf8.contains(UInt8(ascii: "%")) && Paths.isStandardAbsolute(rest) { return String(rest) }
        var bytes: [UInt8] = []
        var it = Array(rest.utf8)[...]
        while let b = it.first {
            it = it.dropFirst()
            if b == UInt8(ascii: "%"), it.count >= 2, let h = hex(it[it.startIndex]), let l = hex(it[it.startIndex + 1])
            {
                bytes.append(h << 4 | l)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        return Paths.standardize(s)
    }

    /// True when `uri` is already what `uri(forPath: path(fromURI: uri))` gives (`file:///` then a standard
    /// absolute path of unreserved characters): a byte scan, no allocation. The server canonicalises every
    /// URI a workspace pull lists (10,000 at 10,000 articles).
    public static func isCanonical(_ uri: String) -> Bool {
        let u = uri.utf8
        guard u.starts(with: "file:///".utf8), u.dropFirst(7).allSatisfy(isUnreserved) else { return false }
        return Paths.isStandardAbsolute(uri.dropFirst(7))  // "file://" is 7 ASCII characters
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters and `/`.
    public static func percentEncode(_ path: String) -> String {
        if path.utf8.allSatisfy(isUnreserved) { return path }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for b in path.utf8 {
            if isUnreserved(b) {
                out.append(b)
            } else {
                out += [UInt8(ascii: "%"), hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986 unreserved characters, and `/`: what a path keeps as is in a URI.
    private static func isUnreserved(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default: return false
        }
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
