/// The baseline that governs one article and the name the article has in it: what an editor session applies
/// so it reports what `copydesk lint` reports (`Configuration.baseline`; `DocumentPipeline` drops the accepted
/// findings), and what "Accept this finding" records (`entry(for:analysis:)`).
public struct BaselineScope: Sendable, Hashable {
    public let baseline: Baseline
    /// The article's path relative to the baseline's workspace root (`/`-separated).
    public let relativePath: String

    public init(baseline: Baseline, relativePath: String) {
        self.baseline = baseline
        self.relativePath = relativePath
    }

    /// The findings of the analysed article that the baseline does not accept (`reported`) and those it does.
    public func partition(_ diagnostics: [Diagnostic], analysis: ArticleAnalysis) -> (
        reported: [Diagnostic], baselined: [Diagnostic]
    ) {
        if baseline.isEmpty { return (diagnostics, []) }
        return baseline.partition(diagnostics, analysis: analysis, article: article(analysis.syntax))
    }

    /// The article's key in the baseline (its front-matter id, else its relative path).
    public func article(_ syntax: ArticleSyntax) -> String {
        Baseline.articleKey(syntax: syntax, relativePath: relativePath)
    }

    /// The entry that accepts `diagnostic`.
    public func entry(for diagnostic: Diagnostic, analysis: ArticleAnalysis) -> BaselineEntry {
        Baseline.entry(for: diagnostic, analysis: analysis, article: article(analysis.syntax))
    }
}
