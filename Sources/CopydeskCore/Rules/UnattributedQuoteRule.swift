/// `unattributed-quote` (warning): A direct quote of four or more words with no speaker nearby.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain unattributed-quote` and of the hover text.
public struct UnattributedQuoteRule: Rule {
    public init() {}
    public let id = "unattributed-quote"
    public let defaultSeverity = Severity.warning
    public static let minimumWords = Quote.directMinimumWords

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let citationStarts = Set(analysis.syntax.citations.map(\.range.start))
        for q in analysis.quotes where q.attribution == nil && Self.isDirectQuote(q, in: analysis) {
            if Self.isCited(q, citationStarts, analysis.text.bytes) { continue }
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Quote with no speaker: say who said it in this sentence or the next (e.g. '…,” Smith said'), or cite it with [^id].",
                    at: q.range))
        }
    }

    /// A citation `[^id]` stands right after the quote (closing punctuation and spaces aside): its source.
    static func isCited(_ q: Quote, _ citationStarts: Set<Int>, _ bytes: [UInt8]) -> Bool {
        guard !citationStarts.isEmpty else { return false }
        var i = q.range.end
        var steps = 0
        while i < bytes.count && steps < 4 {
            if citationStarts.contains(i) { return true }
            let b = bytes[i]
            guard b == 0x20 || b == 0x2C || b == 0x2E || b == 0x3B || b == 0x29 else { return false }
            i += 1
            steps += 1
        }
        return citationStarts.contains(i)
    }
}

extension UnattributedQuoteRule {
    /// A free-standing direct quote (the rule's subject, and what the speaker inlay hint and the sourcing
    /// summary count): four or more words, not a title, not a partial quote, not in a headline or heading.
    public static func isDirectQuote(_ q: Quote, in analysis: ArticleAnalysis) -> Bool {
        guard q.isDirect else { return false }
        if analysis.syntax.paragraphs.indices.contains(q.paragraph) {
            let kind = analysis.syntax.paragraphs[q.paragraph].kind
            if kind == .headline || kind == .heading { return false }
        }
        return true
    }
}

extension UnattributedQuoteRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A direct quote of four or more words with no speaker nearby.",
        detects:
            "A direct quote of four or more words with no speaker in its sentence, in the adjacent sentence of its paragraph, or in the run of quote paragraphs it continues. Left alone: scare quotes (fewer than four words), titles, partial quotes woven into the writer's sentence (\"a request for “records sufficient to show…”\", \"a new “too big to fail” tax\"), cited headlines and quotes in headlines. A quote cited right after its closing mark (“…”[^ap]) has its source.",
        rationale: "A quote without a speaker cannot be checked and reads as the outlet's own voice.",
        fires: [RuleExample("Nothing moved. “The plan is dead and we all know it.”\n")],
        quiet: [
            RuleExample("“We will build the factory next year,” Clark said.\n"),
            RuleExample("Critics called it a “great meeting”.\n"),
            RuleExample("Firms facing a new “too big to fail” tax lost.\n"),
        ],
        fix:
            "Name the speaker in the quote's sentence or the next one (\"…,” Clark said.\"), or turn the quote into reported speech with its source."
    )
}
