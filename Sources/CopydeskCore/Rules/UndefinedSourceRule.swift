/// `undefined-source` (error): a citation `[^id]` with no `[^id]: …` definition in the same article.
///
/// Why: a citation that resolves to nothing is a claim that looks sourced but is not.
///
/// Example: `…$15 billion in sales[^reuters].` with no `[^reuters]: …` line → flagged on `reuters`.
public struct UndefinedSourceRule: Rule {
    public init() {}
    public let id = "undefined-source"
    public let defaultSeverity = Severity.error
    public let summary = "A citation [^id] with no source definition in the article."

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
