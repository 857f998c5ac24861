import CopydeskCore

/// `file://` URIs ↔ paths. Documents are keyed by a canonical URI (percent-decoded then re-encoded
/// one way), so `file:///a%20b.news.md` from the client and `/a b.news.md` from discovery meet.
public enum DocumentURI {
    /// The path of a `file:` URI, or nil for other schemes (`untitled:`…).
    public static func path(_ uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        // `file://host/path`: only an empty host or localhost is local.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let host = rest[..<slash].lowercased()
            guard host == "localhost" else { return nil }
            rest = rest[slash...]
        }
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<q] }
        guard let decoded = percentDecode(String(rest)) else { return nil }
        var p = decoded
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    public static func fromPath(_ path: String) -> String {
        var out = "file://"
        for b in path.utf8 {
            if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~") {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = Array("0123456789ABCDEF")
                out.append("%"); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    /// The canonical form used as `DocumentID`.
    public static func canonical(_ uri: String) -> String {
        if let p = path(uri) { return fromPath(p) }
        return uri
    }

    static func percentDecode(_ s: String) -> String? {
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let h = hex(u[i + 1]), let l = hex(u[i + 2]) {
                bytes.append(h << 4 | l); i += 3
            } else { bytes.append(u[i]); i += 1 }
        }
        guard SourceText.isValidUTF8(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
