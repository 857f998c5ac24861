/// `unused-source` (hint): A source that is defined but never cited.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain unused-source` and of the hover text.
public struct UnusedSourceRule: Rule {
    public init() {}
    public let id = "unused-source"
    public let defaultSeverity = Severity.hint
    public let readsAnalysis = false

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

extension UnusedSourceRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A source that is defined but never cited.",
        detects:
            "A source definition `[^id]: …` whose id is never cited as `[^id]` in the article. The finding is tagged \"unnecessary\", so editors fade the definition.",
        rationale: "An uncited source is either dead weight or a claim that lost its citation in an edit.",
        fires: [RuleExample("Sales rose last year.\n\n[^ap]: AP, 29 November 2016\n")],
        quiet: [RuleExample("Sales rose last year[^ap].\n\n[^ap]: AP, 29 November 2016\n")],
        fix: "Cite it with `[^id]` after the claim it supports, or delete the definition.")
}
