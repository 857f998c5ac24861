/// Runs the registered rules over one analysed document, then applies configuration (severity
/// overrides, rules turned off) and suppression comments. Pure: same inputs, same diagnostics.
public enum Linter {
    public static func lint(
        _ analysis: ArticleAnalysis, document: DocumentID, index: WorkspaceIndex,
        configuration: Configuration = .default, rules: [any Rule] = RuleRegistry.all
    ) -> [Diagnostic] {
        let context = RuleContext(document: document, analysis: analysis, index: index, configuration: configuration)
        let local = RuleContext(
            document: document, analysis: analysis, index: WorkspaceIndex(), configuration: configuration)
        let suppressions = analysis.syntax.suppressions
        var out: [Diagnostic] = []
        for rule in rules {
            guard let severity = configuration.severity(of: rule.id, default: rule.defaultSeverity) else { continue }
            var found: [Diagnostic] = []
            rule.check(rule.readsWorkspaceIndex ? context : local, into: &found)
            for var d in found {
                if suppressions.contains(where: { $0.covers(rule: d.ruleID, range: d.range) }) { continue }
                d.severity = severity
                out.append(d)
            }
        }
        out.sort { ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID) }
        return out
    }
}

/// The one pipeline for one document: parse → analyse → lint against a workspace index, exactly as a fresh
/// `copydesk lint` runs it. The CLI, the server (pushed and pulled diagnostics), the quality tool and the
/// tests call it, so an article's findings never depend on who asked.
public enum DocumentPipeline {
    public struct Result: Sendable {
        public let syntax: ArticleSyntax
        public let analysis: ArticleAnalysis
        public let diagnostics: [Diagnostic]
    }

    /// Parse, analyse and lint `text`.
    public static func run(
        _ text: SourceText, kind: ArticleKind, id: DocumentID, index: WorkspaceIndex,
        configuration: Configuration = .default
    ) -> Result {
        let syntax = ArticleParser.parse(text, kind: kind)
        let r = analyze(syntax, id: id, index: index, configuration: configuration)
        return Result(syntax: syntax, analysis: r.analysis, diagnostics: r.diagnostics)
    }

    /// Analyse and lint an already parsed document. `diagnostics` are what is reported; `baselined` what the
    /// configuration's baseline accepted (counted by `copydesk lint`, never shown).
    public static func analyze(
        _ syntax: ArticleSyntax, id: DocumentID, index: WorkspaceIndex, configuration: Configuration = .default,
        rules: [any Rule] = RuleRegistry.all
    ) -> (analysis: ArticleAnalysis, diagnostics: [Diagnostic], baselined: [Diagnostic]) {
        let analysis = self.analysis(syntax, index: index, configuration: configuration)
        let diagnostics = Linter.lint(
            analysis, document: id, index: index, configuration: configuration, rules: rules)
        guard let scope = configuration.baseline else { return (analysis, diagnostics, []) }
        let split = scope.partition(diagnostics, analysis: analysis)
        return (analysis, split.reported, split.baselined)
    }

    /// The analysis stage alone (what `copydesk analyze` prints), with the configuration's reporting verbs and
    /// abbreviations and the workspace's entities.
    public static func analysis(
        _ syntax: ArticleSyntax, index: WorkspaceIndex, configuration: Configuration = .default
    ) -> ArticleAnalysis {
        ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: configuration, index: index))
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
