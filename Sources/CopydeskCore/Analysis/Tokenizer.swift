/// Splits prose bytes into word, number and punctuation tokens in one pass, hashing each word for
/// lexicon lookups. Works on `ArticleSyntax.prose`, so markup is already spaces.
///
/// Invariants: tokens are in text order, do not overlap, and start/end on UTF-8 scalar boundaries.

enum TokenKind: UInt8 { case word, number, punct }

enum Punct: UInt8 {
    case none, period, comma, colon, semicolon, question, exclaim, ellipsis
    case dqOpen, dqClose, dqStraight, sqOpen, sqClose, sqStraight
    case lparen, rparen, dash, hyphen, currency, percent, slash, amp, other
}

struct Token {
    var start: Int32
    var end: Int32
    var kind: TokenKind
    var punct: Punct
    var flags: UInt16
    var cls: UInt64
    /// Lexicon hash of the lowercased word.
    var hash: UInt64
    /// Hash without a possessive `'s`.
    var base: UInt64

    static let capitalized: UInt16 = 1
    static let allCaps: UInt16 = 2
    static let possessive: UInt16 = 4
    /// Whitespace (or the paragraph start) comes right before the token.
    static let spaceBefore: UInt16 = 8
    /// A dotted abbreviation such as `U.S.`; the token includes its final dot.
    static let dotted: UInt16 = 16
    static let newlineBefore: UInt16 = 32
    static let hyphenated: UInt16 = 64

    @inline(__always) func has(_ f: UInt16) -> Bool { flags & f != 0 }
    @inline(__always) func isA(_ c: WordClass) -> Bool { cls & c.rawValue != 0 }
    @inline(__always) var isWord: Bool { kind == .word }
    @inline(__always) var isCap: Bool { kind == .word && flags & Token.capitalized != 0 }
    var range: TextRange { TextRange(Int(start), Int(end)) }
    @inline(__always) var isOpenQuote: Bool { punct == .dqOpen || punct == .dqStraight }
    @inline(__always) var isDoubleQuote: Bool { punct == .dqOpen || punct == .dqClose || punct == .dqStraight }
    @inline(__always) var isTerminator: Bool {
        punct == .period || punct == .question || punct == .exclaim || punct == .ellipsis
    }
}

/// Character classes of the tokenizer.
enum CharClass {
    case space, newline, letter, digit
    case punct(Punct)
}

enum Tokenizer {
    /// Decodes the scalar at `i` (valid UTF-8 assumed) and returns its value and length.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < b.count { return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (
                ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                    | (UInt32(b[i + 3]) & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func classify(_ v: UInt32) -> CharClass {
        if v < 0x80 {
            switch v {
            case 0x20, 0x09, 0x0B, 0x0C: return .space
            case 0x0A, 0x0D: return .newline  // a lone \r ends a line too (SourceText)
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x30...0x39: return .digit
            case 0x2E: return .punct(.period)
            case 0x2C: return .punct(.comma)
            case 0x3A: return .punct(.colon)
            case 0x3B: return .punct(.semicolon)
            case 0x3F: return .punct(.question)
            case 0x21: return .punct(.exclaim)
            case 0x22: return .punct(.dqStraight)
            case 0x27: return .punct(.sqStraight)
            case 0x28, 0x5B: return .punct(.lparen)
            case 0x29, 0x5D: return .punct(.rparen)
            case 0x2D: return .punct(.hyphen)
            case 0x24: return .punct(.currency)
            case 0x25: return .punct(.percent)
            case 0x2F: return .punct(.slash)
            case 0x26: return .punct(.amp)
            default: return .punct(.other)
            }
        }
        switch v {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2028, 0x2029: return .newline
        case 0x2018, 0x201A: return .punct(.sqOpen)
        case 0x2019: return .punct(.sqClose)
        case 0x201C, 0x201E, 0xAB: return .punct(.dqOpen)
        case 0x201D, 0xBB: return .punct(.dqClose)
        case 0x2026: return .punct(.ellipsis)
        case 0x2012...0x2015: return .punct(.dash)
        case 0x2010, 0x2011: return .punct(.hyphen)
        case 0xA3, 0xA5, 0x20A0...0x20CF: return .punct(.currency)
        case 0x80...0xBF, 0xD7, 0xF7, 0x2016...0x2017, 0x201B, 0x201F...0x2027, 0x2030...0x2BFF,
            0xFE00...0xFE0F, 0x1F000...0x10FFFF:
            return .punct(.other)
        default: return .letter
        }
    }

    /// Tokens of `range` in `bytes`.
    /// ASCII byte → 0 space, 1 newline, 2 letter, 3 digit, 4 other.
    static let asciiKind: [UInt8] = (0..<128).map { b -> UInt8 in
        switch classify(UInt32(b)) {
        case .space: return 0
        case .newline: return 1
        case .letter: return 2
        case .digit: return 3
        case .punct: return 4
        }
    }

    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, table: HashTable, into out: inout [Token]
    ) {
        withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.size) { buffer in
            var batch = TokenBatch(buffer: buffer)
            tokenize(bytes, range, table: table, into: &out, batch: &batch)
            batch.flush(into: &out)
        }
    }

    /// Tokens of `range` into `batch`, which empties into `out` when full (the caller flushes the rest): one batch
    /// serves every paragraph of an article (`Segmenter.tokenize`).
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, table: HashTable, into out: inout [Token],
        batch: inout TokenBatch
    ) {
        var i = range.start
        let end = min(range.end, bytes.count)
        // Token offsets are `Int32`: checked here once, not on each plain word.
        precondition(end <= Int(Int32.max), "token offsets fit in Int32")
        // The flags the next token takes for the whitespace before it (`Token.spaceBefore`, `Token.newlineBefore`).
        var before = Token.spaceBefore | Token.newlineBefore
        let kinds = asciiKind
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                // ASCII fast path for the common cases: a letter or a space (most bytes) by comparison, the rest
                // by the table.
                let k = (b0 | 0x20) &- 0x61 < 26 ? 2 : b0 == 0x20 ? 0 : kinds[Int(b0)]
                if k == 0 {
                    before |= Token.spaceBefore
                    i += 1
                    continue
                }
                if k == 1 {
                    before |= Token.spaceBefore | Token.newlineBefore
                    i += 1
                    continue
                }
                if k == 2 {
                    // A word of ASCII letters only, ended by a byte that continues no word (most words): read
                    // here as `readWord` reads it, without a call per word; any other word is `readWord`'s.
                    var j = i
                    var h = fnvSeed
                    var upper = 0
                    while j < end {
                        let c = bytes[j]
                        if c &- 0x61 < 26 {
                            h = fnvStep(h, c)
                        } else if c &- 0x41 < 26 {
                            h = fnvStep(h, c | 0x20)
                            upper &+= 1
                        } else {
                            break
                        }
                        j &+= 1
                    }
                    var t: Token
                    if j < end && mayContinueWord(bytes, i, j, end) {
                        t = readWord(bytes, i, end, first: UInt32(b0), table: table)
                    } else {
                        var flags: UInt16 = 0
                        if b0 &- 0x41 < 26 { flags |= Token.capitalized }
                        if upper >= 2 && upper == j - i { flags |= Token.allCaps }
                        t = Token(
                            start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: j), kind: .word,
                            punct: .none, flags: flags,
                            cls: table.lookup(h), hash: h, base: h)
                        assert(same(t, readWord(bytes, i, end, first: UInt32(b0), table: table)))
                    }
                    t.flags |= before
                    batch.append(t, into: &out)
                    i = Int(t.end)
                    // The one space after a word (after most words), read here: a turn of the loop for it cost a
                    // dozen instructions more. Its flag goes to the next token, as the loop's space case gives it.
                    if i < end && bytes[i] == 0x20 {
                        before = Token.spaceBefore
                        i += 1
                    } else {
                        before = 0
                    }
                    continue
                }
            }
            let (v, len) = scalar(bytes, i)
            let c = classify(v)
            switch c {
            case .space:
                before |= Token.spaceBefore
                i += len
                continue
            case .newline:
                before |= Token.spaceBefore | Token.newlineBefore
                i += len
                continue
            case .letter, .digit:
                var t = c.isDigit ? readNumber(bytes, i, end) : readWord(bytes, i, end, first: v, table: table)
                t.flags |= before
                batch.append(t, into: &out)
                i = Int(t.end)
            case .punct(let p):
                var j = i + len
                var kind = p
                if p == .period, j < end, bytes[j] == 0x2E {  // "..." as one ellipsis
                    while j < end && bytes[j] == 0x2E { j += 1 }
                    kind = .ellipsis
                } else if p == .hyphen, j < end, bytes[j] == 0x2D {
                    while j < end && bytes[j] == 0x2D { j += 1 }
                    kind = .dash
                } else if p == .sqStraight, j < end, bytes[j] == 0x27 {
                    j += 1
                    kind = .dqStraight  // '' used as a double quote (NYT archive style)
                } else if p == .hyphen,
                    before & Token.spaceBefore != 0
                        || (j < end && (bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D))
                {
                    kind = .dash
                }
                let flags = before
                let h = p == .percent ? Lexicon.hPercentSign : 0
                batch.append(
                    Token(
                        start: Int32(i), end: Int32(j), kind: .punct, punct: kind, flags: flags,
                        cls: p == .percent
                            ? WordClass.percent.rawValue : (p == .amp ? WordClass.orgSuffix.rawValue : 0),
                        hash: h, base: h),
                    into: &out)
                i = j
            }
            // The one space after the token, as after a plain word above.
            if i < end && bytes[i] == 0x20 {
                before = Token.spaceBefore
                i += 1
            } else {
                before = 0
            }
        }
    }

    /// Whether the byte at `j`, after the ASCII letters `i..<j`, may continue their word (`readWord`): an
    /// apostrophe, a hyphen, a digit, a non-ASCII byte (`’`, a letter), or a dot that may make a dotted abbreviation
    /// (after one or two letters, before a letter: "U.S."). Other ASCII bytes end the word, and so does a dot after
    /// a longer word ("said.").
    @inline(__always) static func mayContinueWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: Int)
        -> Bool
    {
        let c = b[j]
        if c == 0x2E {
            return j + 1 < end && (j - i <= 2 && (b[j + 1] | 0x20) &- 0x61 < 26 || domainTail(b, j, end) > 0)
        }
        return c >= 0x80 || c == 0x27 || c == 0x2D || c &- 0x30 < 10
    }

    /// The length of a web domain's tail from the dot at `j` ("Breitbart.com", "www.state.gov", "bbc.co.uk"):
    /// lowercase labels of letters, digits and hyphens joined by dots, the last a top-level domain
    /// (`Lexicon.topLevelDomains`) that no letter or digit follows; 0 if none. The domain is one word, so a site that
    /// reports is a source ("Breitbart.com reported", not "com reported").
    static func domainTail(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Int {
        guard j + 1 < end, b[j + 1] &- 0x61 < 26 else { return 0 }
        var i = j
        var labels = 0
        while i < end && b[i] == 0x2E && labels < 4 {
            let start = i + 1
            var k = start
            while k < end, b[k] &- 0x61 < 26 || b[k] &- 0x30 < 10 || b[k] == 0x2D && k > start { k += 1 }
            guard k > start else { break }
            labels += 1
            let followed = k < end && (isAlnumByte(b[k]) || b[k] >= 0x80)
            if followed { return 0 }
            let last = k >= end || b[k] != 0x2E || !(k + 1 < end && b[k + 1] &- 0x61 < 26)
            if last, Lexicon.topLevelDomains.contains(wordHash(bytes: UnsafeBufferPointer(rebasing: b[start..<k]))) {
                return k - j
            }
            i = k
        }
        return 0
    }

    /// Whether two tokens agree in every field (the debug check of the plain-word path of `tokenize`).
    static func same(_ a: Token, _ b: Token) -> Bool {
        a.start == b.start && a.end == b.end && a.kind == b.kind && a.punct == b.punct && a.flags == b.flags
            && a.cls == b.cls && a.hash == b.hash && a.base == b.base
    }

    @inline(__always) static func isAlnumByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0xC0
    }

    static func readNumber(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token {
        var i = start
        var h = fnvSeed
        while i < end {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                h = fnvStep(h, c)
                i += 1
                continue
            }
            if c == 0x2E || c == 0x2C, i + 1 < end, b[i + 1] >= 0x30 && b[i + 1] <= 0x39 {
                h = fnvStep(h, c)
                i += 1
                continue
            }
            break
        }
        return Token(
            start: Int32(start), end: Int32(i), kind: .number, punct: .none, flags: 0, cls: 0, hash: h, base: h)
    }

    static func readWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, first: UInt32, table: HashTable)
        -> Token
    {
        var i = start
        var h = fnvSeed
        var beforeApos: UInt64 = 0
        var aposAt = -1
        var upper = 0
        var lower = 0
        var segment = 0
        var flags: UInt16 = 0
        while i < end {
            let c = b[i]
            if c < 0x80 {
                if c &- 0x61 < 26 {
                    // A run of lowercase ASCII letters, most of any word, in one tight loop.
                    let run = i
                    h = fnvStep(h, c)
                    i &+= 1
                    while i < end, b[i] &- 0x61 < 26 {
                        h = fnvStep(h, b[i])
                        i &+= 1
                    }
                    lower &+= i &- run
                    segment &+= i &- run
                    continue
                }
                // Below the apostrophe (a space, most often) nothing continues a word: the tests below all fail.
                if c < 0x27 { break }
                if c &- 0x41 < 26 {
                    h = fnvStep(h, c | 0x20)
                    upper &+= 1
                    segment &+= 1
                    i &+= 1
                    continue
                }
                if c &- 0x30 < 10 {
                    h = fnvStep(h, c)
                    segment += 1
                    i += 1
                    continue
                }
                if c == 0x27, i > start, i + 1 < end, isAlnumByte(b[i + 1]) {
                    beforeApos = h
                    aposAt = i
                    h = fnvStep(h, 0x27)
                    i += 1
                    continue
                }
                if c == 0x2D, i + 1 < end, isAlnumByte(b[i + 1]) {
                    flags |= Token.hyphenated
                    h = fnvStep(h, 0x2D)
                    segment = 0
                    i += 1
                    continue
                }
                if c == 0x2E, segment <= 2, segment > 0, i + 1 < end,
                    (b[i + 1] >= 0x41 && b[i + 1] <= 0x5A) || (b[i + 1] >= 0x61 && b[i + 1] <= 0x7A),
                    i + 2 >= end || !isAlnumByte(b[i + 2]) || b[i + 2] == 0x2E || (i + 3 < end && b[i + 3] == 0x2E)
                {
                    // Dotted abbreviation: U.S., a.m., D.C., Ph.D.
                    h = fnvStep(h, 0x2E)
                    flags |= Token.dotted
                    segment = 0
                    i += 1
                    continue
                }
                if c == 0x2E, segment > 0, flags & Token.dotted == 0, case let n = domainTail(b, i, end), n > 0 {
                    // "Breitbart.com", "www.state.gov": a web domain is one word.
                    for k in i..<(i + n) { h = fnvStep(h, b[k]) }
                    lower &+= n - 1
                    segment = n - 1
                    i += n
                    continue
                }
                if c == 0x2E, flags & Token.dotted != 0, segment <= 2 {
                    h = fnvStep(h, 0x2E)
                    i += 1
                }
                break
            }
            let (v, len) = scalar(b, i)
            if v == 0x2019, i > start, i + len < end, isAlnumByte(b[i + len]) {
                beforeApos = h
                aposAt = i
                h = fnvStep(h, 0x27)
                i += len
                continue
            }
            if v == 0x2010 || v == 0x2011, i + len < end, isAlnumByte(b[i + len]) {
                flags |= Token.hyphenated
                h = fnvStep(h, 0x2D)
                segment = 0
                i += len
                continue
            }
            guard case .letter = classify(v) else { break }
            for k in 0..<len { h = fnvStep(h, b[i + k]) }
            segment += 1
            if let upperCase = isUppercase(v) {
                if upperCase { upper += 1 } else { lower += 1 }
            }
            i += len
        }
        var base = h
        // Possessive: the word ends with 's after an apostrophe — not a pronoun's "is", "has" or "us" ("he's said",
        // "that's why", "let's": `Lexicon.cliticS`).
        if aposAt >= 0 {
            let tail = i - aposAt
            if tail == 2 || tail == 4, b[i - 1] == 0x73 || b[i - 1] == 0x53, !Lexicon.cliticS.contains(h) {
                base = beforeApos
                flags |= Token.possessive
            }
        }
        let firstUpper = first < 0x80 ? first &- 0x41 < 26 : isUppercase(first) ?? false
        if firstUpper { flags |= Token.capitalized }
        if upper >= 2 && lower == 0 { flags |= Token.allCaps }
        return Token(
            start: Int32(start), end: Int32(i), kind: .word, punct: .none, flags: flags,
            cls: table.lookup(h), hash: h, base: base)
    }

    /// Whether a non-ASCII scalar is uppercase (nil: not a scalar). Kept out of line: reading Unicode properties
    /// inline puts their (resilient) storage on the stack of every `readWord` call, ASCII words included.
    @inline(never) static func isUppercase(_ v: UInt32) -> Bool? {
        Unicode.Scalar(v)?.properties.isUppercase
    }
}

/// A buffer of tokens that `Tokenizer.tokenize` fills and empties into its array a batch at a time: an array's
/// `append` checks its storage's uniqueness and capacity on every call, once per token otherwise.
struct TokenBatch {
    static var size: Int { 256 }
    let buffer: UnsafeMutableBufferPointer<Token>
    var count = 0

    @inline(__always) mutating func append(_ t: Token, into out: inout [Token]) {
        if count == buffer.count { flush(into: &out) }
        buffer.initializeElement(at: count, to: t)
        count &+= 1
    }

    mutating func flush(into out: inout [Token]) {
        out.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
        count = 0
    }
}

extension CharClass {
    var isDigit: Bool { if case .digit = self { return true } else { return false } }
}

extension Lexicon {
    @inline(__always) static var hPercentSign: UInt64 { wordHash(literal: "%") }
}
