/// `duplicate-definition` (warning): An entity id defined more than once in the workspace, or a source id twice in an article.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain duplicate-definition` and of the hover text.
public struct DuplicateDefinitionRule: Rule {
    public init() {}
    public let id = "duplicate-definition"
    public let readsWorkspaceIndex = true
    public let defaultSeverity = Severity.warning
    public let readsAnalysis = false

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let text = context.text
        let doc = context.document
        // Entities: this document's definitions plus every other document's, from the index.
        let local = context.syntax.entityDefinitions
        for (k, d) in local.enumerated() where !d.id.isEmpty {
            var others: [SpanLocation] = local.enumerated().filter { $0.offset != k && $0.element.id == d.id }
                .map { text.location($0.element.idRange, in: doc) }
            others += context.index.definitions(ofEntity: d.id).filter { $0.location.document != doc }.map(\.idLocation)
            guard !others.isEmpty else { continue }
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Entity '\(d.id)' is defined \(others.count + 1) times: keep one definition and delete or rename the others.",
                    at: d.idRange,
                    related: others.map {
                        RelatedInformation(location: $0, message: "Entity '\(d.id)' is also defined here")
                    }))
        }
        let sources = context.syntax.sourceDefinitions
        for (k, s) in sources.enumerated() where !s.id.isEmpty {
            let others = sources.enumerated().filter { $0.offset != k && $0.element.id == s.id }.map {
                text.location($0.element.idRange, in: doc)
            }
            guard !others.isEmpty else { continue }
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Source '\(s.id)' is defined \(others.count + 1) times in this article: merge them into one definition.",
                    at: s.idRange,
                    related: others.map {
                        RelatedInformation(location: $0, message: "Source '\(s.id)' is also defined here")
                    }))
        }
    }
}

extension DuplicateDefinitionRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "An entity id defined more than once in the workspace, or a source id twice in an article.",
        detects:
            "An entity id with two or more `[@id]: …` definitions anywhere in the workspace, or a source id with two `[^id]: …` definitions in one article. Each definition is flagged and points at the other place(s).",
        rationale: "With two definitions, hovers and links show one of them and the other silently disagrees.",
        fires: [RuleExample("Sales rose[^ap].\n\n[^ap]: AP, 29 November 2016\n\n[^ap]: AP, 30 November 2016\n")],
        quiet: [RuleExample("Sales rose[^ap].\n\n[^ap]: AP, 29 November 2016\n")],
        fix: "Keep one definition (merge what differs) and delete the other, or give the second thing its own id.")
}
