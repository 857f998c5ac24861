/// `unattributed-quote` (warning): a direct quote of four or more words with no speaker in its sentence or in
/// the adjacent sentence of its paragraph. Left alone: scare quotes (fewer than four words), titles (Title Case
/// words with no sentence inside, or a headline cited with `"…," by NAME` / `("…," Outlet)`), partial quotes
/// woven into the writer's sentence (lower case right after a determiner, preposition, coordinator or naming
/// verb: `a request for “records sufficient to show…”`), and quotes in headlines. A quote continued from the
/// previous paragraph keeps that paragraph's speaker, and a quote cited right after its closing mark
/// (`“…”[^ap]`) has its source.
///
/// Why: a quote without a speaker cannot be checked and reads as the outlet's own voice.
///
/// Example: `“We will build the factory next year,” the statement read.` is attributed;
/// `Nothing moved. “The plan is dead and we all know it.”` is flagged.
public struct UnattributedQuoteRule: Rule {
    public init() {}
    public let id = "unattributed-quote"
    public let defaultSeverity = Severity.warning
    public let summary = "A direct quote of four or more words with no speaker nearby."
    public static let minimumWords = 4

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let citationStarts = Set(analysis.syntax.citations.map(\.range.start))
        for q in analysis.quotes
        where q.attribution == nil && q.wordCount >= Self.minimumWords && !q.isTitle && !q.isPartial {
            if Self.isCited(q, citationStarts, analysis.text.bytes) { continue }
            if analysis.syntax.paragraphs.indices.contains(q.paragraph) {
                let kind = analysis.syntax.paragraphs[q.paragraph].kind
                if kind == .headline || kind == .heading { continue }
            }
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
