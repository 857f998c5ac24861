/// Runs the registered rules over one analysed document, then applies configuration (severity
/// overrides, rules turned off) and suppression comments. Pure: same inputs, same diagnostics.
public enum Linter {
    public static func lint(
        _ analysis: ArticleAnalysis, document: DocumentID, index: WorkspaceIndex,
        configuration: Configuration = .default, rules: [any Rule] = RuleRegistry.all
    ) -> [Diagnostic] {
        let found = findings(analysis, document: document, index: index, configuration: configuration, rules: rules)
        return finish(found, syntax: analysis.syntax, configuration: configuration, rules: rules)
    }

    /// What `rules` find, before configuration and suppressions (rules the configuration turns off do not run);
    /// `entities` are the document-wide entity facts (`RuleContext.entities`), when not the analysis's own.
    static func findings(
        _ analysis: ArticleAnalysis, document: DocumentID, index: WorkspaceIndex, configuration: Configuration,
        rules: [any Rule], entities: [ProseEntity]? = nil
    ) -> [Diagnostic] {
        let context = RuleContext(
            document: document, analysis: analysis, index: index, configuration: configuration, entities: entities)
        let local = RuleContext(
            document: document, analysis: analysis, index: WorkspaceIndex(), configuration: configuration,
            entities: entities)
        var out: [Diagnostic] = []
        // Each context is passed as it is: a conditional expression would copy one (its analysis, index and
        // configuration, some thirty references) for every rule.
        for rule in rules where configuration.severity(of: rule.id, default: rule.defaultSeverity) != nil {
            if rule.readsWorkspaceIndex {
                rule.check(context, into: &out)
            } else {
                rule.check(local, into: &out)
            }
        }
        return out
    }

    /// `findings` in text order, each with the entity it is about when its rule reports an entity once per document
    /// (`OncePerEntityRule`), nil otherwise: a segment's findings, of which `DocumentSegments` keeps the document's
    /// first per entity.
    static func findingsBySubject(
        _ analysis: ArticleAnalysis, document: DocumentID, index: WorkspaceIndex, configuration: Configuration,
        rules: [any Rule], entities: [ProseEntity]? = nil
    ) -> (findings: [Diagnostic], subjects: [Int?]) {
        let withIndex = RuleContext(
            document: document, analysis: analysis, index: index, configuration: configuration, entities: entities)
        let local = RuleContext(
            document: document, analysis: analysis, index: WorkspaceIndex(), configuration: configuration,
            entities: entities)
        var found: [(finding: Diagnostic, subject: Int?)] = []
        func check(_ rule: any Rule, _ context: RuleContext) {
            if let once = rule.oncePerEntity {
                for f in once.firstFindings(context) {
                    found.append((f.finding, f.entity))
                }
            } else {
                var out: [Diagnostic] = []
                rule.check(context, into: &out)
                for d in out { found.append((d, nil)) }
            }
        }
        // Each context is passed as it is, not copied per rule (as in `findings`).
        for rule in rules where configuration.severity(of: rule.id, default: rule.defaultSeverity) != nil {
            if rule.readsWorkspaceIndex {
                check(rule, withIndex)
            } else {
                check(rule, local)
            }
        }
        found.sort {
            ($0.finding.range.start, $0.finding.range.end, $0.finding.ruleID)
                < ($1.finding.range.start, $1.finding.range.end, $1.finding.ruleID)
        }
        return (found.map(\.finding), found.map(\.subject))
    }

    /// Findings with the configuration's severities, without those a suppression comment of `syntax` covers,
    /// in text order.
    static func finish(_ found: [Diagnostic], syntax: ArticleSyntax, configuration: Configuration, rules: [any Rule])
        -> [Diagnostic]
    {
        var finisher = Finisher(syntax: syntax, configuration: configuration, rules: rules)
        var out: [Diagnostic] = []
        out.reserveCapacity(found.count)
        for d in sorted(found) { finisher.add(d, shift: 0, into: &out) }
        return out
    }

    /// Findings in text order (start, end, rule).
    static func sorted(_ found: [Diagnostic]) -> [Diagnostic] {
        found.sorted { ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID) }
    }

    /// Applies the configuration's severities and the suppression comments to findings one at a time.
    struct Finisher {
        let suppressions: [Suppression]
        /// Each rule that is on, with its severity, in `rules`' order: a list searched by id, not a dictionary (one
        /// per article: hashing every rule id to build it cost more than the few searches its findings need).
        var severities: [(rule: String, severity: Severity)] = []
        /// The last rule looked up (findings come in runs of one rule), and its severity.
        var last: (rule: String, severity: Severity?)? = nil

        init(syntax: ArticleSyntax, configuration: Configuration, rules: [any Rule]) {
            suppressions = syntax.suppressions
            severities.reserveCapacity(rules.count)
            for rule in rules {
                if let s = configuration.severity(of: rule.id, default: rule.defaultSeverity) {
                    severities.append((rule.id, s))
                }
            }
        }

        /// The severity of rule `id`, nil when it is off (of a rule listed twice, the last).
        func severity(of id: String) -> Severity? {
            severities.last(where: { $0.rule == id })?.severity
        }

        /// Appends `d` moved by `shift`, with its configured severity, unless it is off or suppressed.
        mutating func add(_ d: Diagnostic, shift: Int, into out: inout [Diagnostic]) {
            let severity: Severity?
            if let l = last, l.rule == d.ruleID {
                severity = l.severity
            } else {
                severity = self.severity(of: d.ruleID)
                last = (d.ruleID, severity)
            }
            guard let severity else { return }
            var moved = shift == 0 ? d : d.shifted(shift)
            if !suppressions.isEmpty,
                suppressions.contains(where: { $0.covers(rule: moved.ruleID, range: moved.range) })
            {
                return
            }
            moved.severity = severity
            out.append(moved)
        }
    }
}

/// The one pipeline for one document: parse → analyse → lint against a workspace index, exactly as a fresh
/// `copydesk lint` runs it. The CLI, the server (pushed and pulled diagnostics), the quality tool and the
/// tests call it, so an article's findings never depend on who asked. A document larger than
/// `SegmentationPolicy.minimumDocumentBytes` runs as segments (`DocumentSegments`), the form the server keeps
/// to re-analyse only what an edit touched.
public enum DocumentPipeline {
    public struct Result: Sendable {
        public let syntax: ArticleSyntax
        public let analysis: ArticleAnalysis
        public let diagnostics: [Diagnostic]
    }

    /// Parse, analyse and lint `text`.
    public static func run(
        _ text: SourceText, kind: ArticleKind, id: DocumentID, index: WorkspaceIndex,
        configuration: Configuration = .default, policy: SegmentationPolicy = .standard
    ) -> Result {
        let r = DocumentSegments(text, kind: kind, policy: policy).analyzed(
            id: id, index: index, configuration: configuration)
        return Result(syntax: r.document.syntax, analysis: r.document.analysis, diagnostics: r.diagnostics)
    }

    /// Analyse and lint an already parsed document. `diagnostics` are what is reported; `baselined` what the
    /// configuration's baseline accepted (counted by `copydesk lint`, never shown).
    public static func analyze(
        _ syntax: ArticleSyntax, id: DocumentID, index: WorkspaceIndex, configuration: Configuration = .default,
        rules: [any Rule] = RuleRegistry.all
    ) -> (analysis: ArticleAnalysis, diagnostics: [Diagnostic], baselined: [Diagnostic]) {
        let r = segments(syntax).analyzed(id: id, index: index, configuration: configuration, rules: rules)
        return (r.document.analysis, r.diagnostics, r.baselined)
    }

    /// Analyse and lint a document held as segments (parsed once, by `DocumentSegments`): what `copydesk lint`
    /// runs; the whole analysis is built only if asked for (`DocumentSegments.analysis`).
    public static func lint(
        _ document: DocumentSegments, id: DocumentID, index: WorkspaceIndex, configuration: Configuration = .default,
        rules: [any Rule] = RuleRegistry.all
    ) -> (document: DocumentSegments, diagnostics: [Diagnostic], baselined: [Diagnostic]) {
        document.analyzed(id: id, index: index, configuration: configuration, rules: rules)
    }

    /// The analysis stage alone (what `copydesk analyze` prints), with the configuration's reporting verbs and
    /// abbreviations and the workspace's entities.
    public static func analysis(
        _ syntax: ArticleSyntax, index: WorkspaceIndex, configuration: Configuration = .default
    ) -> ArticleAnalysis {
        guard syntax.text.count > SegmentationPolicy.standard.minimumDocumentBytes else {
            return ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: configuration, index: index))
        }
        return analyze(syntax, id: DocumentID(""), index: index, configuration: configuration, rules: []).analysis
    }

    /// The segments of a parsed document (its own parse when it is one segment).
    static func segments(_ syntax: ArticleSyntax) -> DocumentSegments {
        DocumentSegments(parsed: syntax, policy: .standard)
    }
}

/// The whole pipeline for one text, for callers that do not keep intermediate values.
public enum Copydesk {
    public static let version = "0.1.0"

    public static func parse(_ text: SourceText, kind: ArticleKind) -> ArticleSyntax {
        ArticleParser.parse(text, kind: kind)
    }

    public static func analyze(
        _ syntax: ArticleSyntax, index: WorkspaceIndex = WorkspaceIndex(),
        configuration: Configuration = .default
    ) -> ArticleAnalysis {
        DocumentPipeline.analysis(syntax, index: index, configuration: configuration)
    }
}
