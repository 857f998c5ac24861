/// `invalid-syntax` (warning): A malformed element of the article format, or a suppression naming an unknown rule.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain invalid-syntax` and of the hover text.
public struct InvalidSyntaxRule: Rule {
    public init() {}
    public let id = "invalid-syntax"
    public let defaultSeverity = Severity.warning
    public let readsAnalysis = false

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        for p in context.syntax.problems {
            diagnostics.append(context.diagnostic(self, p.message, at: p.range))
        }
        // The known ids only when there is a suppression to check (most articles have none).
        guard !context.syntax.suppressions.isEmpty else { return }
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

extension InvalidSyntaxRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A malformed element of the article format, or a suppression naming an unknown rule.",
        detects:
            "A front-matter line that is not `key: value`, a `published` date that is not ISO (2016-11-29), an invalid entity or source id, an unknown entity field or type, an unclosed code fence or HTML comment, and a suppression comment that names a rule that does not exist.",
        rationale:
            "The parser never fails: it recovers and goes on, so this rule is how the writer learns that a line did not mean what they thought (a date that is not read as one, a suppression that silences nothing).",
        fires: [
            RuleExample("---\npublished: 29/11/2016\n---\n# Trump meets Ma\n\nThey met on Monday.\n"),
            RuleExample("<!-- copydesk-disable-next-line unsourced-claims -->\nAlibaba made $15 billion in sales.\n"),
        ],
        quiet: [RuleExample("---\npublished: 2016-11-29\n---\n# Trump meets Ma\n\nThey met on Monday.\n")],
        fix:
            "Follow the message: write dates as YYYY-MM-DD, ids with letters, digits, '-', '_' and '.', close fences and comments, and name rules as `copydesk rules` lists them."
    )
}
