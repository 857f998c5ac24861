/// How words are looked up: a 64-bit FNV-1a hash of the lowercased word, and the tables keyed by it. Which
/// words belong to which class is data (`Lexicon.swift`, `Attribution/AttributionWords.swift`); this file is
/// only the mechanism.
///
/// Invariant: `wordHash(s)` for a table entry equals the hash the tokenizer computes for the same word in the
/// text (ASCII lowercased, `’` folded to `'`, other bytes as written).

@inline(__always) func fnvStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }
let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325

/// The lexicon hash of a word: ASCII lowercased, `’` folded to `'`.
func wordHash(_ s: String) -> UInt64 {
    // Over the string's own UTF-8 bytes: an array of them was an allocation a call (names hashed per mention).
    var s = s
    return s.withUTF8 { wordHash(bytes: $0) }
}

/// `wordHash` of the word whose UTF-8 bytes are `bytes` (also a prefix of a name, read without making a string of
/// it).
func wordHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = fnvSeed
    var i = 0
    while i < bytes.count {
        var b = bytes[i]
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
            b = 0x27
            i += 2
        } else if b >= 0x41 && b <= 0x5A {
            b |= 0x20
        }
        h = fnvStep(h, b)
        i += 1
    }
    return h
}

/// The lexicon hash of an ASCII word written in the code, equal to `wordHash(_:)` of the same word. Word constants
/// are computed properties that call it (`static var the: UInt64 { wordHash(literal: "the") }`): in a release build
/// the compiler unrolls the loop over the literal's bytes and each read is a constant, where a `static let` holding
/// the hash is a lazy global, checked by a `swift_once` call on every read (millions of them on the per-token paths).
@inline(__always) func wordHash(literal word: StaticString) -> UInt64 {
    precondition(word.isASCII, "wordHash(literal:) folds ASCII words only")
    var h = fnvSeed
    let b = word.utf8Start
    for i in 0..<word.utf8CodeUnitCount {
        let c = b[i]
        h = fnvStep(h, c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
    }
    return h
}

/// The hash of the stem of the word in `b[s..<e]` (whose `wordHash` is `hash`), hashed as the word it leaves:
/// "endorses", "endorsed", "endorsing" → "endors", "feels" → "feel", so that inflections share what is known of
/// their word. Only words of five or more ASCII letters ending in s, d, g or e lose an ending (-ing, -ed, -es,
/// -s, then a final -e); any other word is its own stem (`hash`, at the cost of one byte read).
@inline(__always) func wordStemHash(_ b: [UInt8], _ s: Int, _ end: Int, hash: UInt64) -> UInt64 {
    var e = end
    guard e - s >= 5 else { return hash }
    let z = b[e - 1] | 0x20
    guard z == 0x73 || z == 0x64 || z == 0x67 || z == 0x65 else { return hash }
    for i in s..<e {
        let c = b[i] | 0x20
        if c < 0x61 || c > 0x7A { return hash }
    }
    let y = b[e - 2] | 0x20
    if z == 0x67 && y == 0x6E && b[e - 3] | 0x20 == 0x69 {
        e -= 3  // -ing
    } else if z == 0x64 && y == 0x65 || z == 0x73 && y == 0x65 {
        e -= 2  // -ed, -es
    } else if z == 0x73 && y != 0x73 {
        e -= 1  // -s
    }
    if e - s > 3 && b[e - 1] | 0x20 == 0x65 { e -= 1 }  // -e
    var h = fnvSeed
    for i in s..<e { h = fnvStep(h, b[i] | 0x20) }
    return h
}

/// The stem hash of a word written out (a lexicon entry), as `wordStemHash` computes it for the same word in the text.
func wordStemHash(_ word: String) -> UInt64 {
    let b = Array(word.utf8)
    return wordStemHash(b, 0, b.count, hash: wordHash(word))
}

/// A fixed open-addressing table from word hash to class bits (faster than `Dictionary` on the hot path).
/// Probes read a compact array of 32-bit tags; the entry (key and value side by side, one cache line) is read only
/// on a tag match.
struct HashTable: Sendable {
    private struct Entry {
        var key: UInt64
        var value: UInt64
    }
    private let tags: [UInt32]
    private let entries: [Entry]
    private let mask: Int

    @inline(__always) private static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 32) | 1 }

    init(_ d: [UInt64: UInt64]) {
        var cap = 16
        while cap < d.count * 3 { cap <<= 1 }
        var t = [UInt32](filled: 0, count: cap)
        var e = [Entry](filled: Entry(key: 0, value: 0), count: cap)
        for (key, value) in d {
            var i = Int(truncatingIfNeeded: key >> 7) & (cap - 1)
            while t[i] != 0 { i = (i + 1) & (cap - 1) }
            t[i] = HashTable.tag(key)
            e[i] = Entry(key: key, value: value)
        }
        tags = t
        entries = e
        mask = cap - 1
    }

    @inline(__always) func lookup(_ h: UInt64) -> UInt64 {
        let tg = HashTable.tag(h)
        // Unchecked reads: every index is masked to the tables' common power-of-two size.
        return tags.withUnsafeBufferPointer { t in
            entries.withUnsafeBufferPointer { e in
                var i = Int(truncatingIfNeeded: h >> 7) & mask
                while true {
                    let x = t[i]
                    if x == 0 { return 0 }
                    if x == tg && e[i].key == h { return e[i].value }
                    i = (i + 1) & mask
                }
            }
        }
    }
}

/// A small open-addressing set of non-zero word hashes, for per-article lookups on the hot path.
struct HashSet64 {
    private var keys: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// The set of the hashes of `words` (word lists stay data; this is how they are looked up).
    init(words: [String]) {
        self.init(capacity: words.count)
        for w in words { insert(wordHash(w)) }
    }

    init(capacity: Int) {
        var cap = 16
        while cap < capacity * 2 { cap <<= 1 }
        keys = [UInt64](filled: 0, count: cap)
        mask = cap - 1
    }

    mutating func insert(_ h: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: h >> 17) & mask
        while keys[i] != 0 {
            if keys[i] == h { return }
            i = (i + 1) & mask
        }
        keys[i] = h
        count += 1
    }

    /// Removes `h` (the name stage updating the words capitalised anywhere after an edit): the entries after it in its
    /// run move back, so that every probe still finds what it looks for.
    mutating func remove(_ h: UInt64) {
        guard h != 0 else { return }
        var i = Int(truncatingIfNeeded: h >> 17) & mask
        while keys[i] != h {
            if keys[i] == 0 { return }
            i = (i + 1) & mask
        }
        var j = i
        while true {
            j = (j + 1) & mask
            let k = keys[j]
            if k == 0 { break }
            // `k` may fill the hole when the hole lies on its probe path (from its home slot to `j`).
            let home = Int(truncatingIfNeeded: k >> 17) & mask
            if (j - home) & mask >= (j - i) & mask {
                keys[i] = k
                i = j
            }
        }
        keys[i] = 0
        count -= 1
    }

    /// The members, in no particular order.
    var members: [UInt64] { keys.filter { $0 != 0 } }

    @inline(__always) func contains(_ h: UInt64) -> Bool {
        // Punctuation tokens hash to 0, the empty-slot marker: never a member.
        if h == 0 { return false }
        var i = Int(truncatingIfNeeded: h >> 17) & mask
        while true {
            let k = keys[i]
            if k == h { return true }
            if k == 0 { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = keys
        keys = [UInt64](filled: 0, count: old.count * 2)
        mask = keys.count - 1
        count = 0
        for k in old where k != 0 { insert(k) }
    }
}

/// A growable open-addressing map from 64-bit hashes to `Int32` (the name stage's tables: a dictionary's hashing
/// costs more than the lookups themselves).
struct HashMap64 {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var cap = 16
        while cap < capacity * 2 { cap <<= 1 }
        keys = [UInt64](filled: 0, count: cap)
        values = [Int32](filled: 0, count: cap)
        mask = cap - 1
    }

    /// 0 marks an empty slot: a key of 0 is stored as another constant.
    @inline(__always) private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 0x9E37_79B9_7F4A_7C15 : h }

    subscript(_ key: UInt64) -> Int32? {
        get {
            let h = Self.stored(key)
            var i = Int(truncatingIfNeeded: h >> 17) & mask
            while true {
                let k = keys[i]
                if k == h { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let v = newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let h = Self.stored(key)
            var i = Int(truncatingIfNeeded: h >> 17) & mask
            while keys[i] != 0 && keys[i] != h { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = h
            values[i] = v
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](filled: 0, count: oldKeys.count * 2)
        values = [Int32](filled: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { self[k] = v }
    }
}
