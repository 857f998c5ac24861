/// `unsourced-claim` (warning): A check-worthy claim (number, record, forecast, cause) with no citation, link or attribution.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain unsourced-claim` and of the hover text.
public struct UnsourcedClaimRule: Rule {
    public init() {}
    public let id = "unsourced-claim"
    public let defaultSeverity = Severity.warning

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let text = context.text
        for claim in analysis.claims where !claim.isSourced {
            let range = analysis.sentences[claim.sentence].range
            let message =
                "No source for this \(claim.reason.kindName) claim '\(text[claim.cueRange])': add a citation [^id], a link, or an attribution such as 'X said'."
            diagnostics.append(
                context.diagnostic(
                    self,
                    message, at: range,
                    fixes: [.addCitation(insertAt: Self.citationPoint(in: range, bytes: text.bytes))]))
        }
    }

    /// The end of the sentence before its final punctuation and closing quotes/brackets.
    static func citationPoint(in range: TextRange, bytes: [UInt8]) -> Int {
        var e = range.end
        while e > range.start {
            let b = bytes[e - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x20 {
                e -= 1
                continue
            }
            // ” ’ … (E2 80 9D / 99 / A6)
            if e - 3 >= range.start, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80,
                [0x9D, 0x99, 0xA6].contains(bytes[e - 1])
            {
                e -= 3
                continue
            }
            break
        }
        return e
    }
}

extension UnsourcedClaimRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A check-worthy claim (quantity, comparison or record, prediction, cause) with no source.",
        detects:
            "A check-worthy sentence — a quantity (money, a percentage, a count of things in the world, a fraction or a multiple), a comparison or record, a prediction with a figure, or a cause stated by an explicit connective (\"driven by\", \"hit by\", \"thanks to\") — with no citation, no link, no attribution in the sentence or carried into it (a run of figures from the same source in the same paragraph), and not inside a quote whose speaker is known. The message names the kind and quotes the figure whole (\"No source for this quantity claim '$3.2m'\"). Headlines, dates, years, ages, times of day, scores and results (a career tally is a claim: \"has grabbed 11 goals\", \"six straight wins\"), awards, line-ups, event names (\"the women's 8km race\"), counts that refer back (\"the two men\"), speculation (\"could have contributed to\"), product names with numbers and superlatives used as description or judgement (\"the most powerful woman in the world\", \"her legislative record\") are never claims; a request (\"asked the court to award $5bn\"), a naming, \"Some fear…\" or a pronoun alone sources nothing.",
        rationale:
            "Readers and fact-checkers need to know where a number or a \"largest\" comes from; an unsourced figure reads as the outlet's own finding.",
        fires: [
            RuleExample("Alibaba made $15 billion in sales last year.\n"),
            RuleExample("Four people were ejected from the ground.\n"),
        ],
        quiet: [
            RuleExample("Alibaba made $15 billion in sales last year, the company said.\n"),
            RuleExample(
                "Alibaba made $15 billion in sales last year[^filing].\n\n[^filing]: Alibaba Group annual report, 2016\n"
            ), RuleExample("Alibaba is based in Hangzhou.\n"), RuleExample("The Falcons won 3-1 on Sunday.\n"),
            RuleExample("She runs in the women's 8km race on Sunday.\n"),
        ],
        fix:
            "Say where the claim comes from: a citation `[^id]` with its definition (the editor's quick fix inserts one before the final punctuation), a link, or an attribution such as \"…, the company said\" or \"according to X\"."
    )
}
