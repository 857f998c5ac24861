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
            "An attribution to no one in particular: an unnamed group speaking (\"sources say\", \"experts believe\", \"critics argue\", \"some people say\", \"residents said\", \"union officials denied\") or doubting (\"some farmers are sceptical\", \"lawyers are unsure\"), evidence no one is said to have made (\"a poll suggests\", \"surveys have shown\"), a passive with no agent (\"it is said\", \"are thought to\", \"is understood to be\", \"is widely regarded as\", \"is tipped to\") or a reduced relative (\"the vote, expected to fall in May,\"), speculation with no one behind it (\"amid speculation that\", \"following reports that\", \"fuelled speculation that\"), fears or concerns no one named holds (\"there are fears that\", \"amid growing concern about\", \"concerns have been raised\"), hearsay that arises (\"there have been claims that\", \"reports emerged that\"), a consensus or a verdict no one named delivered (\"it is widely accepted that\", \"is seen by many as\", \"was widely criticised\"), a group a person's or a place's name only describes (\"critics of Mr Blair say\", \"a source close to the minister said\"), unnamed figures (\"official figures show\", \"according to industry estimates\"), \"widely expected\", or an adverb of hearsay (\"reportedly\", \"allegedly\"). A passive with an agent (\"was called reckless by the minister\") and a passive that attributes nothing (\"will be reviewed\", \"was honoured for\") are not vague.",
        rationale:
            "A vague source cannot be checked by the reader; news style names it, or says why it cannot be named.",
        fires: [
            RuleExample("The deal is reportedly worth $1 billion.\n"), RuleExample("Sources say the deal is off.\n"),
            RuleExample("The files are thought to be lost.\n"),
            RuleExample("Most voters back the plan, a poll suggests.\n"),
            RuleExample("Concerns have been raised about the scheme.\n"),
        ],
        quiet: [
            RuleExample("Analysts at Goldman Sachs said the deal is off.\n"),
            RuleExample("The plan was called reckless by the minister.\n"),
            RuleExample("The rules will be reviewed.\n"),
            RuleExample("The union raised concerns about the scheme.\n"),
        ],
        fix:
            "Name the source (\"two officials at the Treasury said\"), or say why it cannot be named (\"who spoke on condition of anonymity because the talks are private\")."
    )
}
