import CopydeskCore

/// One open document: its text and everything derived from it, as an immutable value.
/// An edit produces a new `OpenDocument`; handlers holding the old one keep a consistent view.
public struct OpenDocument: Sendable {
    /// The URI exactly as the client sent it (answers use it).
    public let uri: String
    public let id: DocumentID
    public let version: Int
    public let kind: ArticleKind
    public let text: SourceText
    public let syntax: ArticleSyntax
    public let summary: FileSummary
    /// Analysis and diagnostics (empty until `analyzed(index:configuration:)` fills them; `isAnalyzed`).
    public internal(set) var analysis: ArticleAnalysis
    public internal(set) var diagnostics: [Diagnostic]
    public internal(set) var isAnalyzed: Bool

    /// Parse only; analysis is filled by `analyzed(index:configuration:)`.
    init(uri: String, id: DocumentID, version: Int, kind: ArticleKind, text: SourceText) {
        self.uri = uri
        self.id = id
        self.version = version
        self.kind = kind
        self.text = text
        self.syntax = ArticleParser.parse(text, kind: kind)
        self.summary = FileSummary(syntax: syntax, document: id)
        self.analysis = ArticleAnalysis(
            syntax: syntax, sentences: [], quotes: [], attributions: [], entities: [], claims: [], vagueAttributions: []
        )
        self.diagnostics = []
        self.isAnalyzed = false
    }

    /// The document as the core's editor API sees it.
    public var article: EditorArticle {
        EditorArticle(id: id, text: text, syntax: syntax, analysis: analysis, diagnostics: diagnostics)
    }

    /// This document with its analysis and diagnostics computed against `index` (the same pipeline as a
    /// fresh `copydesk lint`: `DocumentPipeline.analyze`).
    public func analyzed(index: WorkspaceIndex, configuration: Configuration) -> OpenDocument {
        var d = self
        let a = DocumentPipeline.analyze(syntax, id: id, index: index, configuration: configuration)
        d.analysis = a.analysis
        d.diagnostics = a.diagnostics
        d.isAnalyzed = true
        return d
    }
}

/// The open documents (a value). Text sync: `open`, `change` (incremental, in order), `close`.
public struct DocumentStore: Sendable {
    public private(set) var documents: [DocumentID: OpenDocument] = [:]

    public init() {}

    public subscript(id: DocumentID) -> OpenDocument? { documents[id] }
    public var ids: [DocumentID] { documents.keys.sorted() }

    /// The kind for a URI: from its name (`*.news.md`, `*.md`, `*.txt`), else from the language id
    /// (`newsmd`, `markdown`, `plaintext`/`text`); nil for a document that is not an article (a
    /// `.copydesk.json` opened by the editor, say), which the server then leaves alone.
    public static func kind(uri: String, languageId: String?) -> ArticleKind? {
        let name = DocumentURI.path(uri) ?? uri
        if let k = ArticleKind.forPath(name) { return k }
        switch languageId?.lowercased() {
        case "newsmd"?, "news-markdown"?, "copydesk"?: return .annotated
        case "markdown"?: return .markdown
        case "plaintext"?, "text"?: return .plainText
        default:
            // An unnamed buffer (`untitled:Untitled-1`) of unknown language: treat it as an annotated article.
            let last = name.split(separator: "/").last.map(String.init) ?? name
            return last.contains(".") ? nil : .annotated
        }
    }

    /// Opens (or reopens) a document; nil when it is not an article (see `kind(uri:languageId:)`).
    @discardableResult
    public mutating func open(uri: String, languageId: String?, version: Int, text: String) -> OpenDocument? {
        guard let kind = DocumentStore.kind(uri: uri, languageId: languageId) else { return nil }
        let id = DocumentID(DocumentURI.canonical(uri))
        let doc = OpenDocument(uri: uri, id: id, version: version, kind: kind, text: SourceText(text))
        documents[id] = doc
        return doc
    }

    /// Applies `changes` in order. Returns nil for a document that is not open.
    @discardableResult
    public mutating func change(uri: String, version: Int, changes: [ContentChange], encoding: PositionEncoding)
        -> OpenDocument?
    {
        let id = DocumentID(DocumentURI.canonical(uri))
        guard let old = documents[id] else { return nil }
        let text = TextEdits.apply(changes, to: old.text, encoding: encoding)
        var doc = OpenDocument(uri: old.uri, id: id, version: version, kind: old.kind, text: text)
        // Keep the previous analysis until the caller re-analyses (so reads never see a half state).
        if text == old.text {
            doc.analysis = old.analysis
            doc.diagnostics = old.diagnostics
            doc.isAnalyzed = old.isAnalyzed
        }
        documents[id] = doc
        return doc
    }

    @discardableResult
    public mutating func close(uri: String) -> OpenDocument? {
        documents.removeValue(forKey: DocumentID(DocumentURI.canonical(uri)))
    }

    mutating func replace(_ doc: OpenDocument) { documents[doc.id] = doc }
}
