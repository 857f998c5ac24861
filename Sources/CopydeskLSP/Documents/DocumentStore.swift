import CopydeskCore

/// One open document: its text and everything derived from it, as an immutable value.
/// An edit produces a new `OpenDocument`; handlers holding the old one keep a consistent view.
///
/// The text is held as `DocumentSegments` (the core's one pipeline): an edit re-parses only the segments it
/// touched and keeps the others' analyses, so a keystroke in a huge article re-analyses a few kilobytes.
public struct OpenDocument: Sendable {
    /// The URI exactly as the client sent it (answers use it).
    public let uri: String
    public let id: DocumentID
    public let version: Int
    public let kind: ArticleKind
    /// Text, syntax, and the segments' analyses.
    public let document: DocumentSegments
    public let summary: FileSummary
    /// Diagnostics (empty until `analyzed(index:configuration:)` fills them; `isAnalyzed`).
    public internal(set) var diagnostics: [Diagnostic]
    public internal(set) var isAnalyzed: Bool

    public var text: SourceText { document.text }
    public var syntax: ArticleSyntax { document.syntax }
    /// The analysis (empty until `analyzed`; for a large document assembled from its segments on first use).
    public var analysis: ArticleAnalysis {
        guard isAnalyzed else {
            return ArticleAnalysis(
                syntax: syntax, sentences: [], quotes: [], attributions: [], entities: [], claims: [],
                vagueAttributions: [])
        }
        return document.analysis
    }

    /// Parse only (cut into segments by `policy`); analysis is filled by `analyzed(index:configuration:)`.
    init(
        uri: String, id: DocumentID, version: Int, kind: ArticleKind, text: SourceText,
        policy: SegmentationPolicy = .standard
    ) {
        self.init(uri: uri, id: id, version: version, document: DocumentSegments(text, kind: kind, policy: policy))
    }

    init(uri: String, id: DocumentID, version: Int, document: DocumentSegments) {
        self.uri = uri
        self.id = id
        self.version = version
        self.kind = document.kind
        self.document = document
        self.summary = FileSummary(syntax: document.syntax, document: id)
        self.diagnostics = []
        self.isAnalyzed = false
    }

    private init(_ doc: OpenDocument, document: DocumentSegments, diagnostics: [Diagnostic]) {
        self.uri = doc.uri
        self.id = doc.id
        self.version = doc.version
        self.kind = doc.kind
        self.document = document
        self.summary = doc.summary
        self.diagnostics = diagnostics
        self.isAnalyzed = true
    }

    /// The document as the core's editor API sees it.
    public var article: EditorArticle {
        EditorArticle(id: id, text: text, syntax: syntax, analysis: analysis, diagnostics: diagnostics)
    }

    /// The document as the core's editor API sees it for a question about `range` (hover): for a huge article,
    /// only the segments there are assembled, with the document-wide entities they name
    /// (`DocumentSegments.analysis(around:)`).
    public func article(around range: TextRange) -> EditorArticle {
        guard isAnalyzed else { return article }
        return EditorArticle(
            id: id, text: text, syntax: syntax, analysis: document.analysis(around: range), diagnostics: diagnostics)
    }

    /// This document with its analysis and diagnostics computed against `index` (the same pipeline as a
    /// fresh `copydesk lint`), re-using the analyses of segments an edit did not touch when `inputsKey` — which
    /// stands for the workspace's definitions — and the configuration are those they were computed with.
    public func analyzed(index: WorkspaceIndex, configuration: Configuration, inputsKey: Int = 0) -> OpenDocument {
        let r = document.analyzed(id: id, index: index, configuration: configuration, inputsKey: inputsKey)
        return OpenDocument(self, document: r.document, diagnostics: r.diagnostics)
    }

    /// Bytes `analyzed` would analyse with these inputs.
    public func bytesToAnalyze(configuration: Configuration, inputsKey: Int) -> Int {
        document.bytesToAnalyze(configuration: configuration, inputsKey: inputsKey)
    }

    /// This (not yet analysed) document with the segment analyses of `other` it can use.
    func adoptingAnalyses(from other: OpenDocument) -> OpenDocument {
        var d = OpenDocument(
            uri: uri, id: id, version: version, document: document.adoptingAnalyses(from: other.document))
        d.diagnostics = diagnostics
        d.isAnalyzed = isAnalyzed
        return d
    }
}

/// The open documents (a value). Text sync: `open`, `change` (incremental, in order), `close`.
public struct DocumentStore: Sendable {
    public private(set) var documents: [DocumentID: OpenDocument] = [:]
    /// How `open` cuts a document into segments (`.standard`: one segment up to 1 MB); an open document keeps
    /// its own policy through edits. Tests open documents with a smaller one to segment a small article.
    public let policy: SegmentationPolicy

    public init(policy: SegmentationPolicy = .standard) { self.policy = policy }

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
        let doc = OpenDocument(
            uri: uri, id: id, version: version, kind: kind, text: SourceText(text), policy: policy)
        documents[id] = doc
        return doc
    }

    /// Applies `changes` in order. Returns nil for a document that is not open.
    @discardableResult
    public mutating func change(uri: String, version: Int, changes: [ContentChange], encoding: PositionEncoding)
        -> OpenDocument?
    {
        let id = DocumentID(DocumentURI.canonical(uri))
        // Out of the store while it changes, so that the text and its prose are held once and change in place.
        guard let removed = documents.removeValue(forKey: id) else { return nil }
        let openedAs = removed.uri
        let diagnostics = removed.diagnostics
        let wasAnalyzed = removed.isAnalyzed
        var document = (consume removed).document
        var changed = false
        document.edit { text in
            let c = TextEdits.apply(changes, to: &text, encoding: encoding)
            changed = c != nil
            return c
        }
        var doc = OpenDocument(uri: openedAs, id: id, version: version, document: document)
        if !changed {
            // Nothing changed: the document keeps its analysis, with the new version.
            doc.diagnostics = diagnostics
            doc.isAnalyzed = wasAnalyzed
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
