/// `vague-attribution` (information): an attribution to no one in particular — an unnamed group speaking
/// ("sources say", "experts believe", "critics argue", "some people say"), an impersonal or personal passive with
/// no agent ("it is said", "are thought to", "is understood to be", "is widely regarded as", "is tipped to"),
/// speculation with no one behind it ("amid speculation that"), "widely expected", or an adverb of hearsay
/// ("reportedly", "allegedly"). What counts: `VagueAttributionFinder.swift`.
///
/// Why: a vague source cannot be checked; name it, or say why it cannot be named.
///
/// Example: "The deal is reportedly worth $1 billion." and "The files are thought to be lost." are flagged; "The
/// plan was called reckless by the minister." (an agent), "The rules will be reviewed." and "She was honoured
/// for her work." (passives that attribute nothing) are not.
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
