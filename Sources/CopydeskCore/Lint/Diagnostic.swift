/// A finding of a lint rule, in core terms (UTF-8 ranges into the linted document).
/// The CLI and the server convert it to their own output; nothing here knows either.
public struct Diagnostic: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var range: TextRange
    /// Other places that explain this one (the other definition of a duplicate id…).
    public var related: [RelatedInformation]
    public var tags: Set<DiagnosticTag>
    /// What a code action could do about it.
    public var fixes: [FixHint]

    public init(
        ruleID: String, severity: Severity, message: String, range: TextRange,
        related: [RelatedInformation] = [], tags: Set<DiagnosticTag> = [], fixes: [FixHint] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
        self.tags = tags
        self.fixes = fixes
    }
}

/// Ordered from most to least severe: `error < warning` in `Comparable` terms means "more severe".
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case error, warning, information, hint

    public var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .information: 2
        case .hint: 3
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// Accepts `error`, `warning`/`warn`, `information`/`info`, `hint`.
    public init?(name: String) {
        switch name.lowercased() {
        case "error": self = .error
        case "warning", "warn": self = .warning
        case "information", "info": self = .information
        case "hint": self = .hint
        default: return nil
        }
    }
}

public enum DiagnosticTag: String, Sendable, Hashable { case unnecessary }

public struct RelatedInformation: Sendable, Hashable {
    public var location: SpanLocation
    public var message: String
    public init(location: SpanLocation, message: String) {
        self.location = location
        self.message = message
    }
}

/// Hints for quick fixes; the server turns them into code actions.
public enum FixHint: Sendable, Hashable {
    /// Add a citation `[^id]` at `insertAt` (byte offset) plus a stub source definition.
    case addCitation(insertAt: Int)
    /// Define the undefined entity `id` (a stub definition block).
    case defineEntity(id: String)
    /// Define the undefined source `id`.
    case defineSource(id: String)
    /// Annotate the plain name at the diagnostic's range as `[name][@id]`.
    case annotate(id: String)
}
