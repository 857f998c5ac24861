/// Direct quotes: double quotation marks (straight `"` or curly `“ ”`, also `„ « »`) paired within a
/// paragraph. A straight mark opens when no quote is open and closes otherwise. A curly opening mark
/// inside an open quote ends that quote unclosed. A quote still open at the end of its paragraph
/// `continues` when the next paragraph re-opens it (news convention) or closes it before opening another;
/// otherwise the mark was stray and the quote ends with its paragraph. Where paragraphs of one quote run were
/// printed as one (`…conjoined. "The film…`), a straight mark that opens (space before, word after) right after
/// a sentence's stop ends the open quote there, unclosed, and opens the next.
/// What the quote stage found: an immutable value the later stages read.
struct QuoteSet {
    var quotes: [Quote] = []
    /// Per quote: token index of the opening mark (-1 when continued from the previous paragraph) and of the
    /// closing mark (-1 when unclosed); the token range of the content.
    var quoteToks: [(open: Int, close: Int, first: Int, last: Int)] = []
    /// Per token: the quote it lies in (marks included), or -1.
    var quoteOf: [Int32]

    /// The quotes with the quote-speaker stage's speakers (`QuoteSpeakers.speakers`, one per quote). Consuming: where
    /// the caller reads the quotes without speakers no more, they are set in place, not in a copy of the quotes.
    consuming func withSpeakers(_ speakers: [Int?]) -> QuoteSet {
        for q in quotes.indices { quotes[q].attribution = speakers[q] }
        return self
    }
}

extension QuoteStage {
    /// The quote stage: paired quotation marks per paragraph, from the tokens and paragraphs.
    func quoteSet() -> QuoteSet {
        var w = QuoteSet(quoteOf: [Int32](filled: -1, count: toks.count))
        var carried = false  // the previous paragraph's quote continues into this one
        for p in paras.indices {
            let a = paras[p].tokStart
            let e = paras[p].tokEnd
            if paras[p].isHeadline { carried = false }
            var open = -2  // -2: no quote open; -1: open from the previous paragraph; else the mark
            if carried, a < e, !toks[a].isOpenQuote { open = -1 }
            carried = false
            var curly = open == -1  // the open quote uses curly marks
            var nested = false  // inside a quote of the other family within the open quote
            var i = a
            while i < e {
                let t = toks[i]
                if t.isDoubleQuote {
                    let looksOpening = looksOpening(i, e)
                    if open == -2 {
                        if t.punct != .dqClose || looksOpening {
                            open = i
                            curly = t.punct != .dqStraight
                            nested = false
                        }
                    } else if !curly && t.punct == .dqOpen && !nested && looksOpening {
                        nested = true  // "He said “no” to it"
                    } else if !curly && t.punct == .dqClose && nested {
                        nested = false
                    } else if curly && t.punct == .dqStraight && (nested || looksOpening) {
                        nested.toggle()  // “He said "no" to it”
                    } else if curly && t.punct == .dqOpen && open >= 0 && i > open + 1 && !t.has(Token.spaceBefore) {
                        // A mis-curled closing mark: “…here,“ said Jim Clyburn.
                        addQuote(&w, open: open, close: i, p: p, paraEnd: e, continues: false)
                        open = -2
                    } else if t.punct == .dqOpen && open >= 0 && i > open + 1 {
                        addQuote(&w, open: open, close: -1, p: p, paraEnd: e, continues: false, endTok: i)
                        open = i
                    } else if t.punct == .dqOpen && open == -1 {
                        addQuote(&w, open: -1, close: -1, p: p, paraEnd: i, continues: false, endTok: i)
                        open = i
                    } else if !curly && t.punct == .dqStraight && looksOpening && i > a && toks[i - 1].isTerminator
                        && (open == -1 || i > open + 1)
                    {
                        // A run of quoted paragraphs printed as one (BBC style): `…conjoined. "The film…` — the
                        // open quote ends unclosed at its sentence's stop and a new one opens.
                        addQuote(&w, open: open, close: -1, p: p, paraEnd: i, continues: false, endTok: i)
                        open = i
                    } else {
                        addQuote(&w, open: open, close: i, p: p, paraEnd: e, continues: false)
                        open = -2
                    }
                }
                i += 1
            }
            if open != -2 {
                let continues = p + 1 < paras.count && !paras[p + 1].isHeadline && nextParagraphContinues(p + 1)
                addQuote(&w, open: open, close: -1, p: p, paraEnd: e, continues: continues)
                carried = continues
            }
        }
        return w
    }

    private func nextParagraphContinues(_ p: Int) -> Bool {
        let a = paras[p].tokStart
        let e = paras[p].tokEnd
        guard a < e else { return false }
        if toks[a].isOpenQuote { return true }
        // The paragraph's first mark closes the run: a closing mark, or a straight one that does not open ("…”
        // or `…," he said`); a straight mark with a space before and a word after opens a quote of its own
        // (`a ''Teamsters for Trump'' page`), so the previous paragraph's mark was stray.
        for i in a..<e where toks[i].isDoubleQuote {
            if toks[i].punct == .dqStraight { return !looksOpening(i, e) }
            return toks[i].punct != .dqOpen
        }
        return false
    }

    /// The straight mark at `i` (in a paragraph ending before `e`) opens, by its spacing: a space before it and a
    /// word right after it.
    private func looksOpening(_ i: Int, _ e: Int) -> Bool {
        toks[i].has(Token.spaceBefore) && i + 1 < e && !toks[i + 1].has(Token.spaceBefore)
    }

    /// Records a quote from mark `open` (-1: the paragraph start) to mark `close` (-1: unclosed, up to `endTok`).
    private func addQuote(
        _ w: inout QuoteSet, open: Int, close: Int, p: Int, paraEnd: Int, continues: Bool, endTok: Int? = nil
    ) {
        let pa = paras[p].tokStart
        let first = open >= 0 ? open + 1 : pa
        let last = close >= 0 ? close - 1 : (endTok ?? paraEnd) - 1
        let startOffset = open >= 0 ? Int(toks[open].start) : Int(toks[pa].start)
        let endOffset = close >= 0 ? Int(toks[close].end) : (last >= first ? Int(toks[last].end) : startOffset)
        let contentStart = first <= last ? Int(toks[first].start) : (open >= 0 ? Int(toks[open].end) : startOffset)
        let contentEnd = first <= last ? Int(toks[last].end) : contentStart
        var words = 0
        var capitalised = 0
        var longWords = 0
        var sentenceMarks = 0
        if first <= last {
            var lastWord = last
            while lastWord > first && toks[lastWord].kind == .punct { lastWord -= 1 }  // “Midday with Charlie Sykes,”
            for k in first...last {
                let t = toks[k]
                if t.kind == .word || t.kind == .number { words += 1 }
                if t.kind == .word && len(k) > 3 && !(t.isA(.function) && !t.isCap) && !t.isA(.particle) {
                    longWords += 1
                    if t.isCap { capitalised += 1 }
                }
                if k <= lastWord, t.punct == .period || t.punct == .question || t.punct == .exclaim || t.punct == .comma
                {
                    sentenceMarks += 1
                }
            }
        }
        let index = w.quotes.count
        var q = Quote(
            range: TextRange(startOffset, endOffset), contentRange: TextRange(contentStart, contentEnd),
            paragraph: p, wordCount: words, continues: continues, attribution: nil)
        q.isTitle =
            longWords >= 1 && capitalised == longWords && sentenceMarks == 0 && words <= 12
            || isCitedHeadline(open: open, close: close, first: first, last: last, paraStart: pa, paraEnd: paraEnd)
        if open > pa, first <= last {
            let before = toks[open - 1]
            let head = toks[first]
            q.isPartial =
                before.kind == .word && before.isA(.phraseHead) && w.quoteOf[open - 1] < 0
                && (head.kind == .number || (head.kind == .word && !head.isCap))
                || before.kind == .word && w.quoteOf[open - 1] < 0 && head.kind == .word && !head.isCap
                    && modifiesNounAfter(close: close, last: last, paraEnd: paraEnd)
        }
        if w.quotes.isEmpty {
            // Room for an article's quotes at the first (a dozen or so where there are any): one allocation each,
            // not one per doubling from a single element.
            w.quotes.reserveCapacity(16)
            w.quoteToks.reserveCapacity(16)
        }
        w.quotes.append(q)
        w.quoteToks.append((open: open, close: close, first: first, last: last))
        let lo = open >= 0 ? open : pa
        let hi = close >= 0 ? close : last
        if lo <= hi { for k in lo...hi { w.quoteOf[k] = Int32(index) } }
    }

    /// The quote closed at `close`, its words ending at `last` with no mark of its own, stands before a lower-case
    /// noun it describes: "a new “too big to fail” tax", "the “pay as you go” rule" — a name for a thing, no
    /// one's speech (not "Then “the plan is dead” said Clark": a verb of report after it; not "He warned “this
    /// will fail” and left": a function word after it).
    private func modifiesNounAfter(close: Int, last: Int, paraEnd: Int) -> Bool {
        guard close >= 0, close + 1 < paraEnd, toks[last].kind == .word else { return false }
        let n = toks[close + 1]
        return n.kind == .word && !n.isCap && !n.isA(.function) && !n.isA(.reporting) && !n.isA(.speech)
    }

    /// A headline cited as a source: the quoted words end with a comma and are followed by a byline
    /// (`"An NYPD sketch artist gets a gallery show," by Hyperallergic's Carey Dunne`) or, inside parentheses,
    /// by the outlet (`("Romney blasts Trump…," USATODAY.com, Thursday)`).
    private func isCitedHeadline(open: Int, close: Int, first: Int, last: Int, paraStart: Int, paraEnd: Int) -> Bool {
        guard close >= 0, first <= last, toks[last].punct == .comma, close + 1 < paraEnd else { return false }
        let next = toks[close + 1]
        if next.kind == .word && next.hash == Lexicon.hBy && close + 2 < paraEnd {
            let n = toks[close + 2]
            return n.isCap || (n.isA(.determiner) && close + 3 < paraEnd && toks[close + 3].isCap)
        }
        guard open > paraStart, toks[open - 1].punct == .lparen, next.isCap else { return false }
        var k = close + 2
        while k < paraEnd && k <= close + 8 {
            if toks[k].punct == .rparen { return true }
            if toks[k].isDoubleQuote || toks[k].punct == .lparen { return false }
            k += 1
        }
        return false
    }
}
