/// A lint rule: one file per rule under `Rules/`, one line in `RuleRegistry.all`.
///
/// A rule reads the document's analysis (and the workspace index for cross-file facts) and appends
/// diagnostics with its default severity; `Linter` then applies configuration and suppressions.
public protocol Rule: Sendable {
    /// Stable id, kebab-case (`unsourced-claim`). Never change one: users' configs and suppressions name it.
    var id: String { get }
    var defaultSeverity: Severity { get }
    /// What it detects, why, examples that fire and that do not, how to fix: held in the rule's own file.
    var documentation: RuleDocumentation { get }
    /// True when the rule reads the workspace index (definitions in other articles). A rule that does not
    /// declare it is given an empty index, so the declaration cannot drift from the code; the server uses
    /// it to know which cached diagnostics a change of definitions elsewhere can invalidate.
    var readsWorkspaceIndex: Bool { get }
    /// False for a rule that reads only the syntax (definitions, citations, parse problems): it runs once over
    /// the whole document, with an empty analysis; a rule that reads the analysis runs per segment of a large
    /// document (`DocumentSegments`), on that segment alone.
    var readsAnalysis: Bool { get }
    /// True when the rule judges an entity by the whole document's facts about it (`RuleContext.entities`: its
    /// full name, role or honorific in another segment of a large document): such a rule is linted again,
    /// without re-analysis, when an edit elsewhere changes those facts.
    var readsDocumentEntities: Bool { get }
    /// The rule as a `OncePerEntityRule`, nil for any other rule: what `Linter.findingsBySubject` reads, where a
    /// cast (`as? any OncePerEntityRule`) looked the conformance up in the runtime for every rule and document.
    var oncePerEntity: (any OncePerEntityRule)? { get }
    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic])
}

extension Rule {
    /// One line for `--help`, `copydesk rules` and SARIF: the documentation's summary.
    public var summary: String { documentation.summary }
    public var readsWorkspaceIndex: Bool { false }
    public var readsAnalysis: Bool { true }
    public var readsDocumentEntities: Bool { false }
    public var oncePerEntity: (any OncePerEntityRule)? { nil }
}

/// A rule that reports an entity at most once in a document, at the first place in the text it judges
/// (`unidentified-speaker`). It gives each finding with the entity it is about, so that over the segments of a
/// large document (`DocumentSegments`) only the document's first finding per entity (per document-wide name,
/// `DocumentEntities`) is kept, where a whole-document run reports it, without linting the other segments again.
public protocol OncePerEntityRule: Rule {
    /// Per entity (an index into `context.entities`) that the rule reports, its first finding in text order; the
    /// list in text order.
    func firstFindings(_ context: RuleContext) -> [(entity: Int, finding: Diagnostic)]
}

extension OncePerEntityRule {
    /// Which findings a document keeps depends on its other segments' findings about the same names.
    public var readsDocumentEntities: Bool { true }
    public var oncePerEntity: (any OncePerEntityRule)? { self }

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        for f in firstFindings(context) { diagnostics.append(f.finding) }
    }
}

/// What a rule may look at.
public struct RuleContext: Sendable {
    public let document: DocumentID
    public let analysis: ArticleAnalysis
    public let index: WorkspaceIndex
    public let configuration: Configuration
    /// The analysis's entities as the whole document knows them (indexed like `analysis.entities`): for a
    /// segment of a large document, with the full names, roles and honorifics other segments give them
    /// (`DocumentEntities`); otherwise the analysis's own.
    public let entities: [ProseEntity]
    public init(
        document: DocumentID, analysis: ArticleAnalysis, index: WorkspaceIndex, configuration: Configuration,
        entities: [ProseEntity]? = nil
    ) {
        self.document = document
        self.analysis = analysis
        self.index = index
        self.configuration = configuration
        self.entities = entities ?? analysis.entities
    }
    public var syntax: ArticleSyntax { analysis.syntax }
    public var text: SourceText { analysis.syntax.text }

    public func diagnostic(
        _ rule: some Rule, _ message: String, at range: TextRange,
        related: [RelatedInformation] = [], tags: Set<DiagnosticTag> = [], fixes: [FixHint] = []
    ) -> Diagnostic {
        Diagnostic(
            ruleID: rule.id, severity: rule.defaultSeverity, message: message, range: range,
            related: related, tags: tags, fixes: fixes)
    }
}
