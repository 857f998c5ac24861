/// `unused-source` (hint): a source defined with `[^id]: …` and never cited in the article.
///
/// Why: an uncited source is either dead weight or a claim that lost its citation in an edit.
///
/// Example: `[^ap]: AP, 29 Nov 2016` with no `[^ap]` in the text → flagged on the definition, tagged
/// "unnecessary" so editors fade it.
public struct UnusedSourceRule: Rule {
    public init() {}
    public let id = "unused-source"
    public let defaultSeverity = Severity.hint
    public let summary = "A source that is defined but never cited."

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let cited = Set(context.syntax.citations.map(\.id))
        for s in context.syntax.sourceDefinitions where !s.id.isEmpty && !cited.contains(s.id) {
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Source '\(s.id)' is never cited: cite it with [^\(s.id)] after the claim it supports, or delete the definition.",
                    at: s.range, tags: [.unnecessary]))
        }
    }
}
