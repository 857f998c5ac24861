/// The parts of the client's `ClientCapabilities` the server acts on (read once, at `initialize`).
public struct ClientCapabilities: Sendable {
    public var positionEncodings: [String]? = nil
    public var workDoneProgress = false
    public var configuration = false
    public var workspaceFolders = false
    public var watchedFilesDynamicRegistration = false
    public var watchedFilesRelativePattern = false
    public var pullDiagnostics = false
    public var diagnosticRefresh = false
    public var semanticTokensRefresh = false
    public var hoverMarkdown = false
    public var completionMarkdown = false
    public var completionSnippets = false
    public var hierarchicalSymbols = false
    public var documentChanges = false
    public var prepareRename = false
    public var relatedInformation = true
    public var diagnosticTags: Set<Int> = []
    public var codeActionLiterals = false
    public var multilineTokens = false
    public var showMessageRequest = false
    /// `workspace.workspaceEdit.resourceOperations` lists `create` (a `CreateFile` in `documentChanges`).
    public var resourceCreate = false
    public var inlayHintRefresh = false
    public var codeLensRefresh = false
    /// `window/showDocument` (where "show the findings" takes the client).
    public var showDocument = false
    /// `textDocument.documentLink.tooltipSupport`.
    public var documentLinkTooltip = false

    public init() {}

    public init(_ c: JSONValue) {
        positionEncodings = c["general"]["positionEncodings"].array?.compactMap(\.string)
        workDoneProgress = c["window"]["workDoneProgress"].bool ?? false
        showMessageRequest = c["window"]["showMessage"].exists
        let ws = c["workspace"]
        configuration = ws["configuration"].bool ?? false
        workspaceFolders = ws["workspaceFolders"].bool ?? false
        watchedFilesDynamicRegistration = ws["didChangeWatchedFiles"]["dynamicRegistration"].bool ?? false
        watchedFilesRelativePattern = ws["didChangeWatchedFiles"]["relativePatternSupport"].bool ?? false
        diagnosticRefresh = ws["diagnostics"]["refreshSupport"].bool ?? false
        semanticTokensRefresh = ws["semanticTokens"]["refreshSupport"].bool ?? false
        documentChanges = ws["workspaceEdit"]["documentChanges"].bool ?? false
        resourceCreate = ws["workspaceEdit"]["resourceOperations"].array?.contains("create") ?? false
        inlayHintRefresh = ws["inlayHint"]["refreshSupport"].bool ?? false
        codeLensRefresh = ws["codeLens"]["refreshSupport"].bool ?? false
        showDocument = c["window"]["showDocument"]["support"].bool ?? false
        let td = c["textDocument"]
        // Pull only when the client can also be told to pull again (workspace/diagnostic/refresh):
        // otherwise a pull answered before indexing, or before another file's definition changed,
        // would never be corrected (Neovim 0.10-0.12 offer pull without refresh).
        pullDiagnostics = td["diagnostic"].exists && diagnosticRefresh
        hoverMarkdown = td["hover"]["contentFormat"].array?.contains("markdown") ?? false
        completionMarkdown =
            td["completion"]["completionItem"]["documentationFormat"].array?.contains("markdown") ?? false
        completionSnippets = td["completion"]["completionItem"]["snippetSupport"].bool ?? false
        hierarchicalSymbols = td["documentSymbol"]["hierarchicalDocumentSymbolSupport"].bool ?? false
        prepareRename = td["rename"]["prepareSupport"].bool ?? false
        relatedInformation = td["publishDiagnostics"]["relatedInformation"].bool ?? false
        diagnosticTags = Set(td["publishDiagnostics"]["tagSupport"]["valueSet"].array?.compactMap(\.int) ?? [])
        codeActionLiterals = td["codeAction"]["codeActionLiteralSupport"].exists
        multilineTokens = td["semanticTokens"]["multilineTokenSupport"].bool ?? false
        documentLinkTooltip = td["documentLink"]["tooltipSupport"].bool ?? false
    }
}
