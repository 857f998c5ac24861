/// Where a large document may be cut into segments that are analysed on their own (`DocumentSegments`).
///
/// A candidate boundary is the start of a block of non-blank lines after a blank line, where no analysis of the
/// article reads across the break (every cross-paragraph dependency of the stages needs one of these):
/// - a double quote mark (`"`, `''`, `“ ” „ « »`) in the block before or after: quote runs continue into the
///   next paragraph, and a quote opening a paragraph takes its speaker from the paragraph before or after
///   (`QuoteFinder`, `QuoteSpeakers`, `ContentSpan.quoteOpeningNextParagraph`, `ColonCue`);
/// - "he" or "she" in the block after: a pronoun speaker resolves to the people of the previous paragraph
///   (`PronounResolution`);
/// - a pronoun opening the block after ("It also…", "They also…"): a claim is carried across the break
///   (`ClaimFinder`);
/// - a colon ending the block before: it introduces the next paragraph (`ColonCue`).
/// Of those, the ones whose next block's opening bytes hash to a multiple of `boundaryModulus` are candidates:
/// content-defined, so an edit adds or removes only the candidates beside it; and, so that repeated paragraphs
/// (whose hashes are all equal) still get cut, the safe break after `4 × boundaryModulus` others without a
/// candidate (counted from the last candidate: a boundary, wherever a scan starts). Whether a candidate is
/// taken also depends on the parse: see `DocumentSegments`.
public struct SegmentationPolicy: Sendable, Hashable {
    /// Documents up to this many bytes are one segment: analysed as a whole, exactly as always.
    public var minimumDocumentBytes: Int
    /// One candidate in about this many safe breaks (larger: longer segments).
    public var boundaryModulus: UInt64

    public init(minimumDocumentBytes: Int, boundaryModulus: UInt64) {
        self.minimumDocumentBytes = minimumDocumentBytes
        self.boundaryModulus = max(1, boundaryModulus)
    }

    /// One megabyte (about 170,000 words: longer than any news article) as a whole; above it segments of
    /// about a hundred kilobytes (re-analysing two of them is a few milliseconds).
    public static let standard = SegmentationPolicy(minimumDocumentBytes: 1 << 20, boundaryModulus: 128)
}

/// The candidate boundaries of a text from a given block start onwards, found lazily in order.
struct BoundaryCandidates {
    private let text: SourceText
    private let modulus: UInt64
    /// Candidates found so far, ascending.
    private var found: [Int] = []
    /// The next line to scan, and the block before it (when one ended before a blank line).
    private var line: Int
    private var previous: Block?
    private var sawBlank = false
    private var exhausted = false
    /// Safe breaks since the last candidate.
    private var safeSinceCandidate = 0

    /// A block of non-blank lines and what the boundary rules read from it.
    struct Block {
        var start: Int
        var hasQuote = false
        var hasPersonPronoun = false
        var opensWithPronoun = false
        var endsWithColon = false
    }

    /// Scans from `start`, which must be the start of a line.
    init(_ text: SourceText, from start: Int, policy: SegmentationPolicy) {
        self.text = text
        self.modulus = policy.boundaryModulus
        self.line = text.line(containing: start)
    }

    /// The first candidate after `offset` (skipping `skip` more), or the text's end.
    mutating func next(after offset: Int, skipping skip: Int = 0) -> Int {
        var k = firstIndex(after: offset)
        var remaining = skip
        while true {
            while k >= found.count && !exhausted { scanBlock() }
            if k >= found.count { return text.count }
            if remaining == 0 { return found[k] }
            remaining -= 1
            k += 1
        }
    }

    private func firstIndex(after offset: Int) -> Int {
        var lo = 0
        var hi = found.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if found[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Reads the next block (and the blank lines before it), recording a candidate at its start if it is one.
    private mutating func scanBlock() {
        let bytes = text.bytes
        // Blank lines.
        while line < text.lineCount {
            let r = text.lineContentRange(line)
            if !Self.isBlank(bytes, r) { break }
            sawBlank = true
            line += 1
        }
        guard line < text.lineCount, text.lineContentRange(line).start < text.count else {
            exhausted = true
            return
        }
        var block = Block(start: text.lineContentRange(line).start)
        var lastNonSpace: UInt8 = 0
        var firstWordSeen = false
        bytes.withUnsafeBufferPointer { b in
            while line < text.lineCount {
                let r = text.lineContentRange(line)
                if Self.isBlank(bytes, r) { break }
                var i = r.start
                while i < r.end {
                    let c = b[i]
                    if c != 0x20 && c != 0x09 { lastNonSpace = c }
                    switch c {
                    case 0x22:
                        block.hasQuote = true
                    case 0x27:
                        if i + 1 < r.end && b[i + 1] == 0x27 { block.hasQuote = true }
                    case 0xE2:
                        if i + 2 < r.end, b[i + 1] == 0x80, b[i + 2] >= 0x9C && b[i + 2] <= 0x9F {
                            block.hasQuote = true
                        }
                    case 0xC2:
                        if i + 1 < r.end, b[i + 1] == 0xAB || b[i + 1] == 0xBB { block.hasQuote = true }
                    default:
                        break
                    }
                    if Self.isLetter(c) && (i == r.start || !Self.isWordByte(b[i - 1])) {
                        var j = i
                        while j < r.end && Self.isWordByte(b[j]) { j += 1 }
                        let w = Self.lowerWord(b, i, j)
                        let isHeShe = w == Self.he || w == Self.she
                        if isHeShe { block.hasPersonPronoun = true }
                        if !firstWordSeen {
                            firstWordSeen = true
                            block.opensWithPronoun = isHeShe || w == Self.it || w == Self.they
                        }
                        lastNonSpace = b[j - 1]
                        i = j
                        continue
                    }
                    i += 1
                }
                line += 1
            }
        }
        block.endsWithColon = lastNonSpace == 0x3A
        if let p = previous, sawBlank, block.start > 0, isCandidate(p, block) { found.append(block.start) }
        previous = block
        sawBlank = false
    }

    private mutating func isCandidate(_ p: Block, _ q: Block) -> Bool {
        guard !p.hasQuote, !q.hasQuote, !q.hasPersonPronoun, !q.opensWithPronoun, !p.endsWithColon else {
            return false
        }
        // FNV-1a of the block's first 32 bytes.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let end = min(text.count, q.start + 32)
        for i in q.start..<end { h = (h ^ UInt64(text.bytes[i])) &* 0x100_0000_01b3 }
        safeSinceCandidate += 1
        guard h % modulus == 0 || safeSinceCandidate >= 4 * modulus else { return false }
        safeSinceCandidate = 0
        return true
    }

    private static func isBlank(_ b: [UInt8], _ r: TextRange) -> Bool {
        var i = r.start
        while i < r.end {
            if b[i] != 0x20 && b[i] != 0x09 { return false }
            i += 1
        }
        return true
    }

    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) private static func isWordByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c >= 0x80
    }

    /// Up to 4 ASCII letters lowercased into one integer (0 for longer or non-ASCII words).
    private static func lowerWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> UInt32 {
        guard j - i <= 4 else { return 0 }
        var w: UInt32 = 0
        for k in i..<j {
            guard b[k] < 0x80 else { return 0 }
            w = w << 8 | UInt32(b[k] | 0x20)
        }
        return w
    }
    private static let he: UInt32 = 0x6865
    private static let she: UInt32 = 0x73_6865
    private static let it: UInt32 = 0x6974
    private static let they: UInt32 = 0x7468_6579
}
