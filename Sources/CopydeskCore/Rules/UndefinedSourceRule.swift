/// `undefined-source` (error): A citation [^id] with no source definition in the article.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain undefined-source` and of the hover text.
public struct UndefinedSourceRule: Rule {
    public init() {}
    public let id = "undefined-source"
    public let defaultSeverity = Severity.error
    public let readsAnalysis = false

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let defined = Set(context.syntax.sourceDefinitions.map(\.id))
        for c in context.syntax.citations where !c.id.isEmpty && !defined.contains(c.id) {
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Source '\(c.id)' is cited but not defined: add a line '[^\(c.id)]: where this comes from (title, outlet, date, URL)'.",
                    at: c.idRange, fixes: [.defineSource(id: c.id)]))
        }
    }
}

extension UndefinedSourceRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A citation [^id] with no source definition in the article.",
        detects:
            "A citation `[^id]` in the prose with no `[^id]: …` definition in the same article (sources belong to their article).",
        rationale: "A citation that resolves to nothing is a claim that looks sourced but is not.",
        fires: [RuleExample("Alibaba made $15 billion in sales[^reuters].\n")],
        quiet: [
            RuleExample(
                "Alibaba made $15 billion in sales[^reuters].\n\n[^reuters]: Reuters, 9 January 2017, https://example.com/alibaba\n"
            )
        ],
        fix: "Add `[^id]: who, what, when, URL` at the end of the article, or correct the id to one defined there.")
}
