/// `unattributed-quote` (warning): a direct quote of four or more words with no speaker in its sentence or in
/// the adjacent sentence of its paragraph. Left alone: scare quotes (fewer than four words), titles (Title Case
/// words with no sentence inside, or a headline cited with `"…," by NAME` / `("…," Outlet)`), partial quotes
/// woven into the writer's sentence (lower case right after a determiner, preposition, coordinator or naming
/// verb: `a request for “records sufficient to show…”`), and quotes in headlines. A quote continued from the
/// previous paragraph keeps that paragraph's speaker.
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
        for q in analysis.quotes
        where q.attribution == nil && q.wordCount >= Self.minimumWords && !q.isTitle && !q.isPartial {
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
}
