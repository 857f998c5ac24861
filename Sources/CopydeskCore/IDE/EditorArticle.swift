/// The editor API (rust-analyzer's `ide` layer): editor questions answered in plain core values — what is
/// under the cursor (`CursorTarget`), what hover shows (`HoverModel`), what edit fixes a finding (`Fix`,
/// `TextEdit`, printed here by the core that parses the same syntax), what completion applies
/// (`CompletionContext`), every occurrence of a target (`Occurrence`). Offsets are UTF-8 bytes; the
/// server only converts positions and JSON. Invariant: nothing here knows LSP, JSON or IO.

/// One article as the editor sees it: its text and everything derived from it, computed against an index.
public struct EditorArticle: Sendable {
    public let id: DocumentID
    public let text: SourceText
    public let syntax: ArticleSyntax
    public let analysis: ArticleAnalysis
    public let diagnostics: [Diagnostic]

    public init(
        id: DocumentID, text: SourceText, syntax: ArticleSyntax, analysis: ArticleAnalysis, diagnostics: [Diagnostic]
    ) {
        self.id = id
        self.text = text
        self.syntax = syntax
        self.analysis = analysis
        self.diagnostics = diagnostics
    }

    /// Parse, analyse and lint `text` against `index` (the one pipeline).
    public init(
        text: SourceText, kind: ArticleKind, id: DocumentID, index: WorkspaceIndex, configuration: Configuration
    ) {
        let r = DocumentPipeline.run(text, kind: kind, id: id, index: index, configuration: configuration)
        self.init(id: id, text: text, syntax: r.syntax, analysis: r.analysis, diagnostics: r.diagnostics)
    }
}
