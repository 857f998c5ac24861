/// A strict JSON (RFC 8259) parser over UTF-8 bytes. Never traps: every malformed input is a
/// `JSONParseError`. Nesting deeper than `maxDepth` is an error (no recursion blow-up).
public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public var description: String { "\(message) at byte \(offset)" }
}

public enum JSONParser {
    public static let maxDepth = 256

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buf) throws(JSONParseError) -> JSONValue in
            var p = Cursor(buf: buf)
            p.skipWS()
            let v = try p.value(depth: 0)
            p.skipWS()
            if p.i != buf.count { throw p.fail("trailing characters") }
            return v
        }
    }

    public static func parse(_ string: String) throws(JSONParseError) -> JSONValue { try parse(Array(string.utf8)) }

    private struct Cursor {
        let buf: UnsafeBufferPointer<UInt8>
        var i = 0

        func fail(_ m: String) -> JSONParseError { JSONParseError(message: m, offset: i) }

        mutating func skipWS() {
            while i < buf.count {
                let c = buf[i]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
            }
        }

        mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
            guard depth < JSONParser.maxDepth else { throw fail("nesting too deep") }
            guard i < buf.count else { throw fail("unexpected end of input") }
            switch buf[i] {
            case UInt8(ascii: "{"):
                i += 1
                var o: [String: JSONValue] = [:]
                skipWS()
                if i < buf.count && buf[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(o)
                }
                while true {
                    skipWS()
                    guard i < buf.count, buf[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                    let k = try string()
                    skipWS()
                    guard i < buf.count, buf[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                    i += 1
                    skipWS()
                    o[k] = try value(depth: depth + 1)
                    skipWS()
                    guard i < buf.count else { throw fail("unterminated object") }
                    if buf[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    if buf[i] == UInt8(ascii: "}") {
                        i += 1
                        return .object(o)
                    }
                    throw fail("expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                i += 1
                var a: [JSONValue] = []
                skipWS()
                if i < buf.count && buf[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(a)
                }
                while true {
                    skipWS()
                    a.append(try value(depth: depth + 1))
                    skipWS()
                    guard i < buf.count else { throw fail("unterminated array") }
                    if buf[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    if buf[i] == UInt8(ascii: "]") {
                        i += 1
                        return .array(a)
                    }
                    throw fail("expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default:
                return try number()
            }
        }

        mutating func literal(_ word: String) throws(JSONParseError) {
            let p = Array(word.utf8)
            let n = p.count
            guard i + n <= buf.count else { throw fail("invalid literal") }
            for k in 0..<n where buf[i + k] != p[k] { throw fail("invalid literal") }
            i += n
        }

        mutating func number() throws(JSONParseError) -> JSONValue {
            let start = i
            var isInt = true
            if i < buf.count && buf[i] == UInt8(ascii: "-") { i += 1 }
            guard i < buf.count, isDigit(buf[i]) else { throw fail("invalid value") }
            if buf[i] == UInt8(ascii: "0") { i += 1 } else { while i < buf.count && isDigit(buf[i]) { i += 1 } }
            if i < buf.count && buf[i] == UInt8(ascii: ".") {
                isInt = false
                i += 1
                guard i < buf.count, isDigit(buf[i]) else { throw fail("invalid number") }
                while i < buf.count && isDigit(buf[i]) { i += 1 }
            }
            if i < buf.count && (buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E")) {
                isInt = false
                i += 1
                if i < buf.count && (buf[i] == UInt8(ascii: "+") || buf[i] == UInt8(ascii: "-")) { i += 1 }
                guard i < buf.count, isDigit(buf[i]) else { throw fail("invalid number") }
                while i < buf.count && isDigit(buf[i]) { i += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
            if isInt, let v = Int(text) { return .int(v) }
            guard let d = Double(text) else { throw fail("invalid number") }
            // 1e999 would become infinity, which JSON cannot express (it would be written back as null).
            guard d.isFinite else { throw fail("number out of range") }
            return .double(d)
        }

        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

        mutating func hex4() throws(JSONParseError) -> UInt32 {
            guard i + 4 <= buf.count else { throw fail("truncated \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = buf[i]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw fail("invalid \\u escape")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        mutating func string() throws(JSONParseError) -> String {
            i += 1  // opening quote
            let start = i
            // Fast path: no escapes.
            while i < buf.count {
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: buf[start..<i])
                    i += 1
                    return String(decoding: slice, as: UTF8.self)
                }
                if c == UInt8(ascii: "\\") { break }
                if c < 0x20 { throw fail("control character in string") }
                i += 1
            }
            var out = Array(UnsafeBufferPointer(rebasing: buf[start..<i]))
            while i < buf.count {
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c < 0x20 { throw fail("control character in string") }
                if c != UInt8(ascii: "\\") {
                    out.append(c)
                    i += 1
                    continue
                }
                i += 1
                guard i < buf.count else { break }
                let e = buf[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // High surrogate: pair it with a following \uDC00-\uDFFF, else U+FFFD.
                        if i + 6 <= buf.count && buf[i] == UInt8(ascii: "\\") && buf[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                i = save
                                scalar = 0xFFFD
                            }
                        } else {
                            scalar = 0xFFFD
                        }
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        scalar = 0xFFFD
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
                default: throw fail("invalid escape")
                }
            }
            throw fail("unterminated string")
        }
    }
}
