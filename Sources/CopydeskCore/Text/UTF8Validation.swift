/// The one UTF-8 validator of Copydesk: `SourceText(decoding:)` uses it to decide whether to repair, and
/// `CopydeskFiles.ArticleReader` to name the first bad byte of a file it refuses.
extension SourceText {
    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil when all are valid.
    /// Rejects overlongs, surrogates and code points above U+10FFFF.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            while i < n {
                // Fast path: 8 ASCII bytes at a time.
                while i + 8 <= n {
                    let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let len: Int
                var lo: UInt8 = 0x80
                var hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0:
                    len = 3
                    lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED:
                    len = 3
                    hi = 0x9F
                case 0xF0:
                    len = 4
                    lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4:
                    len = 4
                    hi = 0x8F
                default: return i
                }
                guard i + len <= n else { return i }
                if b[i + 1] < lo || b[i + 1] > hi { return i }
                for k in 2..<max(2, len) where b[i + k] & 0xC0 != 0x80 { return i }
                i += len
            }
            return nil
        }
    }
}
