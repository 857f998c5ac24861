/// `invalid-syntax` (warning): a malformed element of the article format — a bad front-matter line or
/// date, an invalid id, an unknown entity field or type, an unclosed fence or comment — and a
/// suppression comment that names a rule that does not exist.
///
/// Why: the parser never fails, so it recovers silently; this rule is how the writer learns that a
/// line did not mean what they thought.
///
/// Example: `published: 29/11/2016` → "'published' should be an ISO date such as 2016-11-29".
public struct InvalidSyntaxRule: Rule {
    public init() {}
    public let id = "invalid-syntax"
    public let defaultSeverity = Severity.warning
    public let summary = "A malformed element of the article format, or a suppression naming an unknown rule."

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        for p in context.syntax.problems {
            diagnostics.append(context.diagnostic(self, p.message, at: p.range))
        }
        let known = Set(RuleRegistry.ids)
        for s in context.syntax.suppressions {
            for r in s.rules where !known.contains(r) {
                diagnostics.append(
                    context.diagnostic(
                        self,
                        "Unknown rule '\(r)' in this suppression comment: known rules are \(RuleRegistry.ids.sorted().joined(separator: ", ")).",
                        at: s.range))
            }
        }
    }
}
