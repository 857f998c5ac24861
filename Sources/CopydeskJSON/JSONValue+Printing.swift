/// Prints `JSONValue` as compact UTF-8 JSON. Object keys come in dictionary order (not sorted: sorting every
/// small object costs more than it is worth on large responses; `serialized(sortedKeys: true)` for humans).
extension JSONValue {
    public func serialized(sortedKeys: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out, sortedKeys: sortedKeys)
        return out
    }

    public var jsonString: String { String(decoding: serialized(), as: UTF8.self) }

    public func write(into out: inout [UInt8], sortedKeys: Bool = false) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
        case .int(let i): JSONValue.writeInt(i, into: &out)
        case .double(let d):
            if d.isFinite {
                // Swift's shortest round-trip form ("1000.0", "1e-07"): a double stays a double when read back.
                out.append(contentsOf: Array("\(d)".utf8))
            } else {
                out.append(contentsOf: [110, 117, 108, 108])
            }
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .fragment(let f):
            // Room for it and the message's remaining punctuation at once: a fragment of megabytes (a huge
            // article's diagnostics) is then copied once, not again when the next few bytes outgrow the buffer.
            let needed = out.count + f.bytes.count
            if needed > out.capacity { out.reserveCapacity(max(needed + 256, 2 * out.capacity)) }
            out.append(contentsOf: f.bytes)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (k, v) in a.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out, sortedKeys: sortedKeys)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            var first = true
            if sortedKeys {
                for key in o.keys.sorted() {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    JSONValue.writeString(key, into: &out)
                    out.append(UInt8(ascii: ":"))
                    o[key]!.write(into: &out, sortedKeys: true)
                }
            } else {
                for (key, value) in o {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    JSONValue.writeString(key, into: &out)
                    out.append(UInt8(ascii: ":"))
                    value.write(into: &out)
                }
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends the decimal digits of `v` (no intermediate `String`: answers carry thousands of positions).
    public static func writeInt(_ v: Int, into out: inout [UInt8]) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var x = v.magnitude
        if x < 10 {
            out.append(0x30 + UInt8(x))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 0
            while x > 0 {
                digits[19 - n] = 0x30 + UInt8(x % 10)
                x /= 10
                n += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - n)...]))
        }
    }

    /// Appends `s` as a JSON string literal: runs that need no escape are copied in one go; `"`, `\\`,
    /// control characters and DEL are escaped. The one string escaper of the JSON module.
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            if runStart < utf8.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
