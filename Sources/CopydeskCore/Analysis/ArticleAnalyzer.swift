/// Prose analysis: from an `ArticleSyntax` to an `ArticleAnalysis`.
///
/// Code map (each stage one pass over the tokens, all on bytes — no regexes, no per-character Strings). Each
/// stage is a function of the values found before it and returns an immutable value; `AnalysisBuilder.run`
/// adopts them in order (sentences → quotes → mentions → attributions → quote speakers → vague → claims), the
/// only place the builder changes:
/// - `Lexicon.swift` — word tables (reporting verbs, abbreviations, titles) keyed by a word hash.
/// - `WordHash.swift` — the word hash and the open-addressing tables (the lookup mechanism, no word lists).
/// - `Tokenizer.swift` — prose bytes → `Token`s (words, numbers, punctuation) with lexicon classes.
/// - `Segmentation.swift` — `textUnits()` → `TextUnits`: paragraphs (from the parser, or runs of non-blank
///   lines), tokens, sentences.
/// - `QuoteFinder.swift` — `quoteSet()` → `QuoteSet`: paired double quotes per paragraph; unclosed quotes
///   continue to the next paragraph; BBC-style runs printed as one paragraph split per quote.
/// - `EntityFinder.swift` — `mentionSet()` → `MentionSet`: capitalised name sequences, honorifics,
///   post-nominals, surname grouping, annotated mentions.
/// - `Attribution/` — `attributionSet()` → `AttributionSet`: relations (cue, source, content, kind) by
///   mechanism — reporting verbs, noun-phrase cues, document sources, colons; pronoun resolution; carried
///   attributions — and `quoteSpeakers()` → `QuoteSpeakers`, each quote's speaker (its own code map in
///   `Attribution/AttributionFinder.swift`).
/// - `VagueAttributionFinder.swift` — `vagueStage()`: "reportedly", agentless passives, unnamed groups.
/// - `ClaimFinder.swift` + `ClaimCues.swift` + `ClaimWords.swift` — `claimStage()`: check-worthy sentences by
///   kind (quantity, comparison, prediction, cause; the cues in `ClaimCues.swift`) and what sources each
///   (`Claim.sourcedBy`, in `ClaimFinder.swift`).
///
/// Invariants: the analysis reads only `syntax.prose` and the annotation lists; every range it returns
/// is a UTF-8 range into `syntax.text`; it is a pure function of (syntax, options).
public enum ArticleAnalyzer {
    public static func analyze(_ syntax: ArticleSyntax, options: AnalysisOptions = AnalysisOptions()) -> ArticleAnalysis
    {
        var b = AnalysisBuilder(syntax: syntax, options: options)
        b.run()
        return ArticleAnalysis(
            syntax: syntax, sentences: b.sentences, quotes: b.quotes, attributions: b.attributions,
            entities: b.publicEntities(), claims: b.claims, vagueAttributions: b.vague)
    }
}

struct ParagraphInfo {
    var range: TextRange
    var isHeadline: Bool
    var tokStart = 0
    var tokEnd = 0
    var sentStart = 0
    var sentEnd = 0
}

struct SentenceInfo {
    var tokStart: Int
    var tokEnd: Int
    var paragraph: Int
}

/// The context of one analysis: what the stages found so far, adopted in order by `run`. Stages read it and
/// return values; only the `find…`/`segmentText` adopters below change it.
struct AnalysisBuilder {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    var paras: [ParagraphInfo] = []
    var toks: [Token] = []
    var sentences: [Sentence] = []
    var sents: [SentenceInfo] = []
    var quotes: [Quote] = []
    /// Per quote: token index of the opening mark (-1 when continued from the previous paragraph) and of the
    /// closing mark (-1 when unclosed); the token range of the content.
    var quoteToks: [(open: Int, close: Int, first: Int, last: Int)] = []
    /// Per token: the quote it lies in (marks included), or -1.
    var quoteOf: [Int32] = []
    var mentions: [MentionWork] = []
    /// Per token: the mention it belongs to, or -1.
    var mentionOf: [Int32] = []
    var entities: [EntityWork] = []
    var attributions: [Attribution] = []
    /// Per sentence: indices into `attributions`.
    var sentenceAttributions: [[Int]] = []
    var vague: [VagueAttribution] = []
    var claims: [Claim] = []

    init(syntax: ArticleSyntax, options: AnalysisOptions) {
        self.syntax = syntax
        self.options = options
    }

    mutating func run() {
        segmentText()
        findQuotes()
        findEntities()
        findAttributions()
        findVagueAttributions()
        attributeQuotes()
        findClaims()
    }

    /// Tokens of every paragraph, with the configuration's extra reporting verbs and abbreviations marked.
    func tokenize(_ w: inout TextUnits) {
        var toks: [Token] = []
        toks.reserveCapacity(syntax.prose.count / 5)
        let table = Lexicon.classes
        syntax.prose.withUnsafeBufferPointer { buf in
            for p in w.paras.indices {
                w.paras[p].tokStart = toks.count
                Tokenizer.tokenize(buf, w.paras[p].range, table: table, into: &toks)
                w.paras[p].tokEnd = toks.count
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
        w.toks = toks
    }

    // MARK: Small helpers shared by the stages

    @inline(__always) func tokRange(_ a: Int, _ b: Int) -> TextRange { TextRange(Int(toks[a].start), Int(toks[b].end)) }
    @inline(__always) func inQuote(_ i: Int) -> Bool { quoteOf[i] >= 0 }
    func string(_ r: TextRange) -> String { syntax.text[r] }
    /// The byte length of a token.
    @inline(__always) func len(_ i: Int) -> Int { Int(toks[i].end - toks[i].start) }
    /// True when token `i` touches token `i - 1` (no space between).
    @inline(__always) func attached(_ i: Int) -> Bool { !toks[i].has(Token.spaceBefore) }
    /// The first byte of a token.
    @inline(__always) func firstByte(_ i: Int) -> UInt8 { syntax.prose[Int(toks[i].start)] }
    @inline(__always) func isLowerWord(_ i: Int) -> Bool {
        toks[i].kind == .word
            && {
                let c = firstByte(i)
                return c >= 0x61 && c <= 0x7A
            }()
    }
}
