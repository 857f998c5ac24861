/// What a rule detects, why it matters, examples that fire and that do not, and how to fix it: the one
/// source of every rule's documentation. Each rule holds its own in its file (`documentation`);
/// `copydesk rules` / `copydesk explain RULE` print it, SARIF and `--help` use `summary`, and the server's
/// hover shows `shortForm`.
///
/// Invariant (tested for every registered rule): every field is non-empty, each `fires` example yields at
/// least one finding of the rule when linted alone, and each `quiet` example yields none.
public struct RuleDocumentation: Sendable, Hashable {
    /// One line: what the rule flags.
    public let summary: String
    /// What it detects, in more detail (what counts, what is left alone).
    public let detects: String
    /// Why it matters to a reader or an editor.
    public let rationale: String
    /// Articles in which the rule fires.
    public let fires: [RuleExample]
    /// Articles in which it does not.
    public let quiet: [RuleExample]
    /// How to fix the text.
    public let fix: String

    public init(
        summary: String, detects: String, rationale: String, fires: [RuleExample], quiet: [RuleExample],
        fix: String
    ) {
        self.summary = summary
        self.detects = detects
        self.rationale = rationale
        self.fires = fires
        self.quiet = quiet
        self.fix = fix
    }

    /// The summary and the reason, for a hover over a finding.
    public var shortForm: String { summary + " " + rationale }

    /// How to silence the rule where the writer knows better (the same for every rule).
    public static func suppression(of id: String) -> String {
        """
        On one line: put <!-- copydesk-disable-next-line \(id) -- reason --> on the line before it.
        In a region: <!-- copydesk-disable \(id) --> … <!-- copydesk-enable -->.
        Everywhere: "rules": { "\(id)": "off" } in .copydesk.json (or another severity: error, warning, info, hint).
        Accept the findings an archive already has: copydesk lint --write-baseline PATH… records them in
        .copydesk-baseline.json, and later runs do not report them until their sentence changes.
        """
    }
}

/// A whole (small) article that illustrates a rule. Linted alone, as a workspace of one file.
public struct RuleExample: Sendable, Hashable {
    public let text: String
    /// How the text is read (`.annotated` for `*.news.md`, `.plainText` for `*.txt`).
    public let kind: ArticleKind
    /// What to notice, when it is not obvious.
    public let note: String?

    public init(_ text: String, kind: ArticleKind = .annotated, note: String? = nil) {
        self.text = text
        self.kind = kind
        self.note = note
    }
}
