/// Findings a newsroom has accepted (`.copydesk-baseline.json` at the workspace root): `copydesk lint` does not
/// report them, and the server can add one ("Accept this finding"). Pure values: reading and writing the file
/// is `CopydeskFiles.BaselineFile`.
///
/// An entry is keyed by rule + article (its front-matter `id`, else its path relative to the workspace root) +
/// a hash of the normalised text of the finding's sentence, so it survives edits elsewhere in the article (the
/// finding moves, its sentence does not change) and stops matching when the sentence itself changes (the
/// finding is back). A finding outside prose (a definition, front matter) is keyed by the text of its lines.
/// Entries form a multiset: two identical findings in one sentence need two entries.
public struct Baseline: Sendable, Hashable {
    /// Sorted (`BaselineEntry` order), so the file reads and diffs well.
    public let entries: [BaselineEntry]
    /// Article → key → how many entries have it (a lint of one article looks at its own entries only).
    private let counts: [String: [BaselineEntry.Key: Int]]

    public init(entries: [BaselineEntry] = []) {
        self.entries = entries.sorted()
        var counts: [String: [BaselineEntry.Key: Int]] = [:]
        for e in entries { counts[e.article, default: [:]][e.key, default: 0] += 1 }
        self.counts = counts
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The findings of one linted article that the baseline does not cover, and those it does.
    public func partition(
        _ diagnostics: [Diagnostic], analysis: ArticleAnalysis, article: String
    ) -> (reported: [Diagnostic], baselined: [Diagnostic]) {
        guard var remaining = counts[article] else { return (diagnostics, []) }
        var reported: [Diagnostic] = []
        var baselined: [Diagnostic] = []
        for d in diagnostics {
            let key = Baseline.key(for: d, analysis: analysis, article: article)
            if let n = remaining[key], n > 0 {
                remaining[key] = n - 1
                baselined.append(d)
            } else {
                reported.append(d)
            }
        }
        return (reported, baselined)
    }

    /// This baseline with `added`, after dropping the entries `replacing` selects (e.g. every entry of the
    /// articles and rules just linted, when recording them again).
    public func updated(adding added: [BaselineEntry], replacing: (BaselineEntry) -> Bool = { _ in false }) -> Baseline
    {
        Baseline(entries: entries.filter { !replacing($0) } + added)
    }

    /// The entry that accepts `diagnostic` of an analysed article.
    public static func entry(for diagnostic: Diagnostic, analysis: ArticleAnalysis, article: String) -> BaselineEntry {
        let context = contextText(of: diagnostic.range, in: analysis)
        return BaselineEntry(
            rule: diagnostic.ruleID, article: article, sentenceHash: hash(normalize(context)),
            sentence: normalize(context), message: diagnostic.message)
    }

    static func key(for diagnostic: Diagnostic, analysis: ArticleAnalysis, article: String) -> BaselineEntry.Key {
        BaselineEntry.Key(
            rule: diagnostic.ruleID, article: article,
            sentenceHash: hash(normalize(contextText(of: diagnostic.range, in: analysis))))
    }

    /// How an article is named in the baseline: its front-matter `id` when it has one (stable across moves),
    /// else `relativePath` (from the workspace root, `/`-separated).
    public static func articleKey(syntax: ArticleSyntax, relativePath: String) -> String {
        if let id = syntax.frontMatter?["id"], !id.isEmpty { return "id:" + id }
        return relativePath
    }

    /// The sentence holding the start of `range`, else the whole lines the range spans.
    static func contextText(of range: TextRange, in analysis: ArticleAnalysis) -> String {
        let text = analysis.text
        let r = text.clamp(range)
        if let s = analysis.sentenceIndex(at: r.start) { return text[analysis.sentences[s].range] }
        let first = text.lineContentRange(text.line(containing: r.start))
        let last = text.lineContentRange(text.line(containing: max(r.start, r.end - 1)))
        return text[TextRange(first.start, max(first.start, last.end))]
    }

    /// Whitespace runs (spaces, tabs, line ends) become one space; leading and trailing whitespace goes. A
    /// re-wrapped paragraph or a change of line endings leaves a sentence's key unchanged.
    public static func normalize(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// FNV-1a (64-bit) of the UTF-8 bytes, as 16 hex digits: stable across runs, machines and versions.
    public static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// One accepted finding. `sentence` and `message` are for the humans reading the file; matching uses `key`.
public struct BaselineEntry: Sendable, Hashable, Comparable {
    public let rule: String
    public let article: String
    public let sentenceHash: String
    public let sentence: String
    public let message: String

    public init(rule: String, article: String, sentenceHash: String, sentence: String, message: String) {
        self.rule = rule
        self.article = article
        self.sentenceHash = sentenceHash
        self.sentence = sentence
        self.message = message
    }

    public struct Key: Sendable, Hashable {
        public let rule: String
        public let article: String
        public let sentenceHash: String
    }

    public var key: Key { Key(rule: rule, article: article, sentenceHash: sentenceHash) }

    /// By article, rule, sentence hash, then the human fields (a total order: the file is deterministic).
    public static func < (a: BaselineEntry, b: BaselineEntry) -> Bool {
        (a.article, a.rule, a.sentenceHash, a.sentence, a.message)
            < (b.article, b.rule, b.sentenceHash, b.sentence, b.message)
    }
}
