/// Paragraphs and sentence segmentation.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis, together with any closing quotes or brackets right after
/// it (`."`, `.”`, `?)`), when whitespace or the paragraph end follows and none of these holds:
/// the dot belongs to a title abbreviation (Mr., Dr., Sen., Sens.; No. only before a number) or an initial (J.);
/// the dot belongs to another abbreviation (Inc., Jan., U.S.) and the next word is not one that starts sentences
/// (The, He…);
/// the next word starts with a lowercase letter. Decimals and money (`$15.5`, `HK$19.8`) are single number
/// tokens, so their dots never end anything. Headlines and headings are one sentence each, stop or not.
/// What the text stage found: paragraphs, tokens and sentences — an immutable value the later stages read.
struct TextUnits {
    var paras: [ParagraphInfo] = []
    var toks: [Token] = []
    var sents: [SentenceInfo] = []
    var sentences: [Sentence] = []
    /// Per token: its sentence (the sentences cover their paragraph's tokens, and the paragraphs every token), so the
    /// stages find it without a search (`sentenceOfToken`).
    var sentenceOf: [Int32] = []
}

extension Segmenter {
    /// The text stage: paragraphs → tokens → sentences.
    func textUnits() -> TextUnits {
        var w = TextUnits(paras: paragraphInfos())
        tokenize(&w)
        segment(&w)
        return w
    }

    /// The paragraphs: the parser's, or runs of non-blank lines of the prose view.
    func paragraphInfos() -> [ParagraphInfo] {
        if !syntax.paragraphs.isEmpty {
            return syntax.paragraphs.map {
                ParagraphInfo(range: $0.range, isHeadline: $0.kind == .headline || $0.kind == .heading)
            }
        }
        var paras: [ParagraphInfo] = []
        // Reserved: a paragraph needs a line of its own and a blank one after it (all but the last), so there are
        // at most half the lines, rounded up: one allocation, not one per doubling.
        paras.reserveCapacity((syntax.text.lineCount + 1) / 2)
        // No parser paragraphs: runs of non-blank lines of the prose view (which keeps the text's line
        // ends, so the text's line index applies to it).
        let b = syntax.prose
        let text = syntax.text
        var start = -1
        var lastNonBlankEnd = 0
        for line in 0..<text.lineCount {
            let r = text.lineContentRange(line)
            if (r.start..<r.end).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x09 }) {
                if start >= 0 {
                    paras.append(ParagraphInfo(range: TextRange(start, lastNonBlankEnd), isHeadline: false))
                    start = -1
                }
            } else {
                if start < 0 { start = r.start }
                var e = r.end
                while e > r.start && b[e - 1] == 0x20 { e -= 1 }
                lastNonBlankEnd = e
            }
        }
        if start >= 0 { paras.append(ParagraphInfo(range: TextRange(start, lastNonBlankEnd), isHeadline: false)) }
        if syntax.kind == .plainText, !paras.isEmpty { paras[0].isHeadline = true }
        return paras
    }

    /// Tokens of every paragraph, with the configuration's extra reporting verbs and abbreviations marked.
    func tokenize(_ w: inout TextUnits) {
        var toks: [Token] = []
        // News prose runs about five bytes a token (4.5 at the densest article of the research corpus): room for
        // four, one allocation for nearly every article, not a second one and a copy.
        toks.reserveCapacity(syntax.prose.count / 4)
        let table = Lexicon.classes
        // One token batch for the whole article (a temporary allocation per paragraph costs a malloc each).
        syntax.prose.withUnsafeBufferPointer { buf in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.size) { buffer in
                var batch = TokenBatch(buffer: buffer)
                for p in w.paras.indices {
                    w.paras[p].tokStart = toks.count
                    Tokenizer.tokenize(buf, w.paras[p].range, table: table, into: &toks, batch: &batch)
                    batch.flush(into: &toks)
                    w.paras[p].tokEnd = toks.count
                }
            }
        }
        if !options.extraReportingVerbs.isEmpty || !options.extraAbbreviations.isEmpty {
            let verbs = Set(options.extraReportingVerbs.map { wordHash($0.trimmingSpaces()) })
            let abbrevs = Set(options.extraAbbreviations.map { wordHash($0.trimmingSpaces()) })
            for i in toks.indices where toks[i].kind == .word {
                if verbs.contains(toks[i].hash) { toks[i].cls |= WordClass.reporting.rawValue }
                if abbrevs.contains(toks[i].hash) { toks[i].cls |= WordClass.titleAbbrev.rawValue }
            }
        }
        markCueNounCompounds(&toks)
        w.toks = toks
    }

    /// "The think tank said jobs were at risk": a reporting verb that opens a fixed noun compound with the word right
    /// after it (`Lexicon.cueNounCompounds`) is part of a noun, so it loses its reporting class and every stage reads
    /// it as a plain word — no cue ("think" reporting "tank said…"), nor the end of a source ("tank" for "The think
    /// tank"). "I think taxes will rise" still reports.
    func markCueNounCompounds(_ toks: inout [Token]) {
        guard toks.count > 1 else { return }
        // Read once (each read of a static checks its lazy initialisation); the pairs only for a compound's head.
        let heads = Lexicon.cueNounCompoundHeads
        let reporting = WordClass.reporting.rawValue
        toks.withUnsafeMutableBufferPointer { t in
            for i in 0..<(t.count - 1) where t[i].cls & reporting != 0 && heads.contains(t[i].hash) {
                let (h, n) = (t[i].hash, t[i + 1].hash)
                if t[i + 1].kind == .word, Lexicon.cueNounCompounds.contains(where: { $0.0 == h && $0.1 == n }) {
                    t[i].cls &= ~reporting
                }
            }
        }
    }

    private func segment(_ w: inout TextUnits) {
        let toks = w.toks
        // News sentences run about 25 tokens: room for most articles' sentences at once, not by doubling.
        w.sents.reserveCapacity(toks.count / 12 + 4)
        w.sentences.reserveCapacity(toks.count / 12 + 4)
        for p in w.paras.indices {
            w.paras[p].sentStart = w.sents.count
            let a = w.paras[p].tokStart
            let e = w.paras[p].tokEnd
            if a < e {
                if w.paras[p].isHeadline {
                    addSentence(&w, a, e, p)
                } else {
                    var s = a
                    var i = a
                    while i < e {
                        // Fast path: most tokens end no sentence (read through the buffer, no bounds check each).
                        i = toks.withUnsafeBufferPointer { t in
                            var k = i
                            while k < e && !(t[k].isTerminator || t[k].has(Token.dotted)) { k += 1 }
                            return k
                        }
                        if i == e { break }
                        if let next = boundary(toks, after: i, paragraphEnd: e) {
                            addSentence(&w, s, next, p)
                            s = next
                            i = next
                        } else {
                            i += 1
                        }
                    }
                    if s < e { addSentence(&w, s, e, p) }
                }
            }
            w.paras[p].sentEnd = w.sents.count
        }
        // Each sentence's index for each of its tokens, in sentence order: filled at once (appending a run per
        // sentence cost more than the tokens' writes). An empty text's list is `[]`: `unsafeUninitializedCapacity: 0`
        // returns the runtime's shared empty array and writes its count there, a data race between two analyses
        // (ThreadSanitizer), as `SegmentAnalysis` notes.
        let sents = w.sents
        let covered = sents.reduce(0) { $0 + $1.tokEnd - $1.tokStart }
        w.sentenceOf =
            covered == 0
            ? []
            : [Int32](unsafeUninitializedCapacity: covered) { buf, n in
                // A sentence's run written at once (a fill the compiler vectorises), not a store and a count a token.
                for (s, info) in sents.enumerated() {
                    let count = info.tokEnd - info.tokStart
                    (buf.baseAddress! + n).initialize(repeating: Int32(s), count: count)
                    n += count
                }
            }
        assert(w.sentenceOf.count == toks.count, "the sentences cover every token")
    }

    private func addSentence(_ w: inout TextUnits, _ a: Int, _ b: Int, _ p: Int) {
        w.sents.append(SentenceInfo(tokStart: a, tokEnd: b, paragraph: p))
        w.sentences.append(
            Sentence(
                range: TextRange(Int(w.toks[a].start), Int(w.toks[b - 1].end)), paragraph: p,
                isHeadline: w.paras[p].isHeadline))
    }

    /// If token `i` ends a sentence, the index of the first token of the next sentence.
    private func boundary(_ toks: [Token], after i: Int, paragraphEnd e: Int) -> Int? {
        func attached(_ j: Int) -> Bool { !toks[j].has(Token.spaceBefore) }
        let t = toks[i]
        let dottedWord = t.kind == .word && t.has(Token.dotted) && syntax.prose[Int(t.end) - 1] == 0x2E
        guard t.isTerminator || dottedWord else { return nil }
        var j = i + 1
        while j < e && attached(j) {
            let u = toks[j]
            if u.isTerminator || u.punct == .dqClose || u.punct == .sqClose || u.punct == .rparen
                || u.punct == .dqStraight || u.punct == .sqStraight
            {
                j += 1
            } else {
                return nil  // "3.5", "Yahoo!News", "www.x": no space after the stop
            }
        }
        if j >= e { return j }
        let next = toks[j]
        if next.kind == .word, syntax.prose[Int(next.start)] >= 0x61, syntax.prose[Int(next.start)] <= 0x7A {
            return nil
        }
        if t.punct == .period || dottedWord {
            var abbreviated = dottedWord
            if !dottedWord, i > 0, attached(i), toks[i - 1].kind == .word {
                let w = toks[i - 1]
                if w.isA(.titleAbbrev), next.kind == .number || !w.isA(.numberAbbrev) { return nil }
                // An initial: "Donald J. Trump" — not a unit written against its number ("reached 35C. Nights…").
                if w.end - w.start == 1 && w.isCap && !(i > 1 && toks[i - 2].kind == .number && attached(i - 1)) {
                    abbreviated = true
                }
                if w.isA(.otherAbbrev) { abbreviated = true }
            }
            if abbreviated {
                // After "Inc." or "U.S." a new sentence must visibly start.
                let starts = (next.isCap && next.isA(.function)) || next.isOpenQuote
                if !starts { return nil }
            }
        }
        return j
    }
}
