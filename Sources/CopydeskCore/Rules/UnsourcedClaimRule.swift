/// `unsourced-claim` (warning): a check-worthy sentence — a quantity (money, a percentage, a count of things in
/// the world, a fraction or a multiple), a comparison or record, a prediction with a figure, or a cause stated
/// by an explicit connective — with no citation, no link, no attribution in the sentence or carried into it,
/// and not inside a quote whose speaker is known. The message names the kind and quotes the figure whole
/// ("No source for this quantity claim '$3.2m'"). What counts and what does not: `ClaimFinder.swift`.
///
/// Why: readers (and fact-checkers) need to know where a number or a "largest" comes from.
///
/// Example: "They made $15 billion in sales to Chinese consumers past year." → flagged; adding `[^reuters]`,
/// a link, or "…, the company said" clears it; "The Falcons won 3-1 on Sunday." is not flagged (a result).
/// Headlines, dates, years, ages, times of day, scores, awards and version numbers are never claims. The fix hint inserts a citation before the
/// sentence's final punctuation.
public struct UnsourcedClaimRule: Rule {
    public init() {}
    public let id = "unsourced-claim"
    public let defaultSeverity = Severity.warning
    public let summary = "A check-worthy claim (number, record, forecast, cause) with no citation, link or attribution."

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
