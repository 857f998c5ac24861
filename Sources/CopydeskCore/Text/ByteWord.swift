/// Eight bytes of a text read as one word, for the scans that pass over every byte of every article looking for a
/// few byte values (line breaks for `SourceText`'s line index, `<` for the parser's comments): a word holding none
/// of them is skipped whole, instead of a compare and a branch per byte.
enum ByteWord {
    /// `0x01` in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes of `buf` from `offset` (`offset + 8 <= buf.count`: the caller's loop guarantees it, and the
    /// load stays inside the buffer). Byte order does not matter to `contains`.
    @inline(__always) static func load(_ buf: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawBufferPointer(buf).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// True when some byte of `word` is `byte`. XOR turns that byte into zero, and `(x − 0x01…01) & ~x & 0x80…80`
    /// is nonzero exactly when `x` has a zero byte (a borrow reaches a byte's top bit only through a zero byte below
    /// it, so a word without one never tests true).
    @inline(__always) static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & (ones &* 0x80) != 0
    }
}
