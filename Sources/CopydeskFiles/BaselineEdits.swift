import CopydeskCore

extension BaselineFile {
    /// The workspace root whose baseline governs the article at `path` (absolute), for `copydesk lint` and the
    /// server alike: the nearest folder with `.copydesk.json`, else the git root, else the innermost of `folders`
    /// (the folders given on the command line, the editor's workspace folders) that holds it, else the file's
    /// folder.
    public static func root(forArticle path: String, folders: [String] = []) -> String {
        WorkspaceRoot.find(for: path)
            ?? folders.filter { Paths.relative(path, to: $0) != nil }.max { $0.count < $1.count }
            ?? Paths.parent(path)
    }

    /// How the article at `path` (absolute) is named in its root's baseline.
    public static func articleKey(syntax: ArticleSyntax, path: String, root: String) -> String {
        Baseline.articleKey(syntax: syntax, relativePath: Paths.relative(path, to: root) ?? Paths.lastComponent(path))
    }

    /// "Accept this finding": the edit adding `entry` to the baseline of `root` whose file holds `current` (nil:
    /// no file yet, the edit creates it). The file is rendered as `copydesk lint --write-baseline` writes it,
    /// so the edit touches only the lines that change. `.success(nil)` when the file already holds as many
    /// entries with that key as the article has such findings (`alreadyAccepted`); an error for a file that is
    /// not a valid baseline.
    public static func acceptEdit(
        _ entry: BaselineEntry, root: String, current: [UInt8]?
    ) -> Result<FileEdit?, ConfigurationError> {
        let path = path(root: root)
        var existing = Baseline()
        if let current {
            switch parse(current, path: path) {
            case .success(let b): existing = b
            case .failure(let e): return .failure(e)
            }
        }
        let updated = existing.updated(adding: [entry])
        return .success(FileEdit.replacing(path: path, old: current, new: render(updated)))
    }
}
