import CopydeskCore
import CopydeskFiles

/// Everything a request handler may read, as one immutable value (rust-analyzer's `Analysis`): the open
/// documents, the workspace index, the settings and the negotiated encoding. `Server` produces a new one
/// on every state transition; a handler — on the main loop or a worker — is a function of it and cannot
/// change the server.
public struct Snapshot: Sendable {
    public let documents: DocumentStore
    public let index: WorkspaceIndex
    public let encoding: PositionEncoding
    public let client: ClientCapabilities
    public let folders: [Server.Folder]
    /// The client's `copydesk` settings, applied over each file's `.copydesk.json`.
    let clientSettings: JSONValue
    let fileSystem: WorkspaceFileSystem
    /// Baselines and taught words (`Features/Decisions.swift`), applied over each file's configuration.
    let decisions: WorkspaceDecisions

    /// The open document a request names; a workspace file that is not open is read from disk and analysed
    /// (a read-only view).
    func document(_ uri: String) throws(ResponseError) -> OpenDocument {
        let id = DocumentID(DocumentURI.canonical(uri))
        if let d = documents[id] { return d }
        if let path = DocumentURI.path(uri), isWorkspaceArticle(path),
            let bytes = fileSystem.read(path: path, roots: folders.map(\.path))
        {
            var store = DocumentStore()
            if let doc = store.open(
                uri: uri, languageId: nil, version: 0,
                text: String(decoding: SourceText(decoding: bytes).bytes, as: UTF8.self))
            {
                return doc.analyzed(index: index, configuration: configuration(for: id).configuration)
            }
        }
        throw ResponseError(
            ErrorCode.invalidParams, "unknown document (not open and not in a workspace folder): \(uri)")
    }

    /// The open documents, as the core's editor API sees them.
    var openArticles: [EditorArticle] { documents.ids.compactMap { documents[$0]?.article } }

    /// Would indexing pick up `path`? (Inside a folder, selected by its configuration and the client's globs.)
    func isWorkspaceArticle(_ path: String) -> Bool {
        guard ArticleKind.forPath(path) != nil, let f = folder(containing: path),
            fileSystem.isSelected(path: path, root: f.path)
        else { return false }
        if let g = Settings.globs(clientSettings), let rel = Paths.relative(path, to: f.path) { return g.selects(rel) }
        return true
    }

    /// The workspace folder holding `path` (the innermost, when folders nest).
    func folder(containing path: String) -> Server.Folder? {
        folders.filter { LocalFileSystem.isInside(path, roots: [$0.path]) }.max { $0.path.count < $1.path.count }
    }

    /// The effective configuration for a document: the `.copydesk.json` governing it, then client settings;
    /// and the problems found on the way (the server logs them once).
    func configuration(for id: DocumentID) -> (configuration: Configuration, problems: [String]) {
        var problems: [String] = []
        var base = Configuration.default
        if let path = DocumentURI.path(id.rawValue), let f = folder(containing: path) {
            let (c, p) = fileSystem.configuration(forFile: path, root: f.path)
            base = c
            problems += p
        }
        var effective = Settings.apply(clientSettings, to: base, problems: &problems)
        if let path = DocumentURI.path(id.rawValue) {
            effective = applyingDecisions(to: effective, path: path, problems: &problems)
        }
        return (effective, problems)
    }

    /// The URI to show the client for a document: the one it opened it with, else the canonical one.
    func uri(for id: DocumentID) -> String { documents[id]?.uri ?? id.rawValue }

    /// A path relative to its workspace folder, for display.
    func relativePath(_ path: String) -> String {
        for f in folders where LocalFileSystem.isInside(path, roots: [f.path]) && path != f.path {
            return String(path.dropFirst(f.path.count + (f.path.hasSuffix("/") ? 0 : 1)))
        }
        return path
    }

    func location(_ loc: SpanLocation) -> JSONValue {
        ["uri": .string(uri(for: loc.document)), "range": encoding.range(loc)]
    }

    func location(_ r: TextRange, in doc: OpenDocument) -> JSONValue {
        ["uri": .string(doc.uri), "range": encoding.range(r, in: doc.text)]
    }

    /// Core `Diagnostic` → LSP `Diagnostic`.
    func lspDiagnostic(_ d: Diagnostic, text: SourceText) -> JSONValue {
        Server.lspDiagnostic(d, text: text, encoding: encoding, uriFor: { uri(for: $0) })
    }

}
