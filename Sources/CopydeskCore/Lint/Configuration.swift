/// Settings that change what the core reports. Plain values: reading `.copydesk.json` (or the
/// server's `workspace/configuration`) into this is the job of the edge modules.
public struct Configuration: Sendable, Hashable {
    public enum RuleSetting: Sendable, Hashable {
        case off
        case severity(Severity)
    }
    /// Per-rule overrides of the default severity, or `off`.
    public var rules: [String: RuleSetting] = [:]
    /// Reporting verbs added to the built-in table (any inflection listed is matched as written).
    public var reportingVerbs: [String] = []
    /// Abbreviations (without the final dot) that never end a sentence, added to the built-in list.
    public var abbreviations: [String] = []
    /// The opt-in learned cue tagger (`AnalysisOptions.learnedCues`): more attribution relations found, closer to
    /// PolNeAR's spans, for about a fifth more analysis time. Off by default.
    public var learnedCues = false
    /// Glob patterns of files to lint, relative to the workspace root (default: every article kind, the
    /// names `ArticleKind.forPath` knows; folder walks, file watchers and client globs all start from it).
    public var include: [String] = ["**/*.news.md", "**/*.md", "**/*.markdown", "**/*.txt"]
    /// Glob patterns to skip.
    public var exclude: [String] = []
    /// Findings accepted in the workspace's `.copydesk-baseline.json` and the article's name there: the
    /// pipeline (`DocumentPipeline`) drops them, as the server does. nil: none applied (`copydesk lint`
    /// partitions its findings itself, to count them).
    public var baseline: BaselineScope? = nil

    public init() {}

    public static let `default` = Configuration()

    /// The effective severity of a rule, or nil when it is turned off.
    public func severity(of rule: String, default def: Severity) -> Severity? {
        switch rules[rule] {
        case .off?: return nil
        case .severity(let s)?: return s
        case nil: return def
        }
    }
}
