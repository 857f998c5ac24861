/// `vague-attribution` (information): An attribution to unnamed people: 'sources say', 'reportedly', 'it is believed'.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain vague-attribution` and of the hover text.
public struct VagueAttributionRule: Rule {
    public init() {}
    public let id = "vague-attribution"
    public let defaultSeverity = Severity.information

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        for v in context.analysis.vagueAttributions {
            diagnostics.append(
                context.diagnostic(
                    self,
                    "Vague attribution '\(v.phrase)': name the source (who, in what role) or cite it with [^id].",
                    at: v.range))
        }
    }
}

extension VagueAttributionRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "An attribution to unnamed people: 'sources say', 'reportedly', 'it is believed'.",
        detects:
            "An attribution to no one in particular: \"sources say\", \"experts believe\", \"critics argue\", \"it is said/believed/understood\", \"reportedly\", \"some people say\".",
        rationale:
            "A vague source cannot be checked by the reader; news style names it, or says why it cannot be named.",
        fires: [
            RuleExample("The deal is reportedly worth $1 billion.\n"), RuleExample("Sources say the deal is off.\n"),
        ],
        quiet: [RuleExample("Analysts at Goldman Sachs said the deal is off.\n")],
        fix:
            "Name the source (\"two officials at the Treasury said\"), or say why it cannot be named (\"who spoke on condition of anonymity because the talks are private\")."
    )
}
