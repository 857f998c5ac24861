/// `vague-attribution` (information): an attribution to no one in particular — "sources say", "experts
/// believe", "critics argue", "it is said/believed/understood", "reportedly", "some people say".
///
/// Why: a vague source cannot be checked; name it, or say why it cannot be named.
///
/// Example: "The deal is reportedly worth $1 billion." → flagged on "reportedly".
public struct VagueAttributionRule: Rule {
    public init() {}
    public let id = "vague-attribution"
    public let defaultSeverity = Severity.information
    public let summary = "An attribution to unnamed people: 'sources say', 'reportedly', 'it is believed'."

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
