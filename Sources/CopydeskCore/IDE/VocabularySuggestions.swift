/// Words a writer may want to teach Copydesk (`.copydesk.json` `reportingVerbs` and `abbreviations`), found
/// where the analysis probably went wrong:
///
/// - a reporting verb it does not know, next to a quote it found no speaker for: `Lewin chirped, “…”`, `“…,” Lewin
///   quipped on Monday.`, `“…,” opined Lewin to reporters.` → "chirped", "quipped", "opined" (a tag that ends
///   its sentence after the name and the verb gives the quote its speaker: `QuoteSpeakers.swift`);
/// - an abbreviation that ended a sentence: `Cllr. Lee said…` split after "Cllr." → "Cllr".
///
/// The edit itself (the configuration file's text) is the file edge's (`CopydeskFiles.ConfigurationEdits`).
public struct VocabularySuggestion: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `.copydesk.json` `reportingVerbs`.
        case reportingVerb
        /// `.copydesk.json` `abbreviations` (without the final dot).
        case abbreviation
    }
    public let kind: Kind
    /// The word as written (an abbreviation without its dot).
    public let word: String
    /// The word in the article.
    public let range: TextRange

    public init(kind: Kind, word: String, range: TextRange) {
        self.kind = kind
        self.word = word
        self.range = range
    }
}

extension ArticleAnalysis {
    /// Suggestions that concern `range` (a cursor or a finding): a verb next to a quote with no speaker that
    /// overlaps it, an abbreviation that ends a sentence where `range` touches the word or the first word
    /// after it.
    public func vocabularySuggestions(at range: TextRange) -> [VocabularySuggestion] {
        var out: [VocabularySuggestion] = []
        for q in quotes where q.attribution == nil && UnattributedQuoteRule.isDirectQuote(q, in: self) {
            guard q.range.overlaps(range) || q.range.touches(range.start) else { continue }
            if let s = unknownReportingVerb(near: q), !out.contains(s) { out.append(s) }
        }
        for s in suspectedAbbreviations() {
            if s.range.touches(range.start) || range.overlaps(s.range) { out.append(s) }
        }
        return out
    }

    /// Every sentence end that looks like an abbreviation taken for a full stop: a capitalised word of two to
    /// five ASCII letters right before the dot that the lexicon does not know as an abbreviation, followed in
    /// the same paragraph by a sentence starting with a capitalised word that is not a function word ("The",
    /// "He"), when the word has no vowel (Cllr, Wdn) or its sentence is one or two words ("Calif. Gov…").
    /// The suggestion's range is the word; it is also offered from the next sentence's first word.
    public func suspectedAbbreviations() -> [VocabularySuggestion] {
        var out: [VocabularySuggestion] = []
        let b = syntax.prose
        for i in sentences.indices.dropLast() {
            let s = sentences[i]
            let next = sentences[i + 1]
            guard !s.isHeadline, next.paragraph == s.paragraph, s.range.end >= 3, b[s.range.end - 1] == 0x2E else {
                continue
            }
            var start = s.range.end - 1
            while start > s.range.start && Self.isASCIILetter(b[start - 1]) { start -= 1 }
            let word = TextRange(start, s.range.end - 1)
            guard (2...5).contains(word.count), Self.isUpper(b[word.start]),
                start == s.range.start || !Self.isWordByte(b[start - 1])
            else { continue }
            let w = text[word]
            let classes = Lexicon.lookup(wordHash(w))
            if classes & (WordClass.titleAbbrev.rawValue | WordClass.otherAbbrev.rawValue) != 0 { continue }
            guard let nextWord = firstWord(of: next.range), Self.isUpper(b[nextWord.start]),
                Lexicon.lookup(wordHash(text[nextWord])) & WordClass.function.rawValue == 0
            else { continue }
            let noVowel = !w.lowercased().contains { "aeiouy".contains($0) }
            let shortSentence = words(in: s.range).count <= 2
            guard noVowel || shortSentence else { continue }
            out.append(VocabularySuggestion(kind: .abbreviation, word: w, range: word))
            out.append(VocabularySuggestion(kind: .abbreviation, word: w, range: nextWord))
        }
        return out
    }

    /// The verb in `“…,” Name verb`, `“…,” verb Name` or `Name verb, “…”` when it is not a known reporting
    /// verb: lowercase ASCII letters, three or more, and not a function word or pronoun.
    func unknownReportingVerb(near q: Quote) -> VocabularySuggestion? {
        guard let si = sentenceIndex(at: q.range.start) ?? sentenceIndex(at: max(0, q.range.end - 1)) else {
            return nil
        }
        let sentence = sentences[si].range
        let after = words(in: TextRange(min(q.range.end, sentence.end), sentence.end)).prefix(4)
        let before = words(in: TextRange(sentence.start, max(sentence.start, q.range.start))).suffix(3)
        var candidates: [TextRange] = []
        // “…,” Lewin quipped / “…,” he quipped / “…,” Harley Lewin quipped
        if let v = after.first(where: { !isNameLike($0) }), after.first.map(isNameLike) == true { candidates.append(v) }
        // “…,” quipped Lewin
        if after.count >= 2, !isNameLike(after[after.startIndex]), isNameLike(after[after.startIndex + 1]) {
            candidates.append(after[after.startIndex])
        }
        // Lewin quipped, “…”
        if before.count >= 2, !isNameLike(before[before.endIndex - 1]), isNameLike(before[before.endIndex - 2]) {
            candidates.append(before[before.endIndex - 1])
        }
        for c in candidates {
            let w = text[c]
            guard w.count >= 3, w.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            let classes = Lexicon.lookup(wordHash(w))
            let known =
                WordClass.reporting.rawValue | WordClass.function.rawValue | WordClass.personPronoun.rawValue
                | WordClass.otherPronoun.rawValue | WordClass.determiner.rawValue
            if classes & known != 0 { continue }
            return VocabularySuggestion(kind: .reportingVerb, word: w, range: c)
        }
        return nil
    }

    /// A capitalised word or a person pronoun ("Lewin", "he", "she", "they").
    func isNameLike(_ r: TextRange) -> Bool {
        let b = syntax.prose
        if Self.isUpper(b[r.start]) { return true }
        let classes = Lexicon.lookup(wordHash(text[r]))
        return classes & (WordClass.personPronoun.rawValue | WordClass.otherPronoun.rawValue) != 0
    }

    /// The words (runs of letters, digits, `'` and `-`; a Latin letter such as `é` counts) of `range` in the
    /// prose view.
    func words(in range: TextRange) -> [TextRange] {
        let b = syntax.prose
        // The byte length of the letter or digit at i, or 0 when none starts there.
        func letter(_ i: Int) -> Int {
            if Self.isASCIILetter(b[i]) || (b[i] >= 0x30 && b[i] <= 0x39) { return 1 }
            if b[i] >= 0xC3 && b[i] <= 0xDF && i + 1 < range.end && b[i + 1] & 0xC0 == 0x80 { return 2 }
            return 0
        }
        var out: [TextRange] = []
        var i = range.start
        while i < range.end {
            guard letter(i) > 0 else {
                i += 1
                continue
            }
            var j = i
            while j < range.end {
                let n = letter(j)
                if n > 0 {
                    j += n
                } else if b[j] == 0x27 || b[j] == 0x2D {
                    j += 1
                } else {
                    break
                }
            }
            out.append(TextRange(i, j))
            i = j
        }
        return out
    }

    func firstWord(of range: TextRange) -> TextRange? {
        words(in: range).first
    }

    static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    /// An ASCII letter or digit, or a byte of a non-ASCII character (a word boundary test before a word).
    static func isWordByte(_ c: UInt8) -> Bool { isASCIILetter(c) || (c >= 0x30 && c <= 0x39) || c >= 0x80 }
}
