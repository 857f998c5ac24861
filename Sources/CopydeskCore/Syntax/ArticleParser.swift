/// Parses the article format. (Stub: being written.)
public enum ArticleParser {
    public static func parse(_ text: SourceText, kind: ArticleKind) -> ArticleSyntax {
        ArticleSyntax(text: text, kind: kind, prose: text.bytes, frontMatter: nil, title: nil, headlineRange: nil,
                      headings: [], paragraphs: [], entityDefinitions: [], sourceDefinitions: [], entityMentions: [],
                      citations: [], links: [], suppressions: [], problems: [])
    }
}
