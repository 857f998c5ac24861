/// Entry point of prose analysis. (Stub: filled in by the analysis work.)
public enum ArticleAnalyzer {
    public static func analyze(_ syntax: ArticleSyntax, options: AnalysisOptions = AnalysisOptions()) -> ArticleAnalysis {
        ArticleAnalysis(syntax: syntax, sentences: [], quotes: [], attributions: [], entities: [], claims: [], vagueAttributions: [])
    }
}
