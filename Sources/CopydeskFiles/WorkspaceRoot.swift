/// The workspace a path belongs to, for cross-article lookups (an entity defined in one article is
/// defined for all articles of its workspace): the nearest folder at or above the path that holds
/// `.copydesk.json`, else the nearest that holds `.git` (a folder, or a worktree's file), else none
/// (the caller then uses the path itself).
public enum WorkspaceRoot {
    /// `path` absolute; a folder is its own first candidate, a file starts at its folder.
    public static func find(for path: String) -> String? {
        let abs = Paths.absolute(path)
        let start = Paths.fileType(abs) == .directory ? abs : Paths.parent(abs)
        let folders = Paths.selfAndAncestors(start)
        return folders.first { CopydeskFiles.configurationFile(in: $0) != nil }
            ?? folders.first { Paths.exists(Paths.join($0, ".git")) }
    }

    /// The distinct workspaces of several paths: each path's root (or the path itself when it has none),
    /// with folders inside another one dropped. Sorted.
    public static func roots(for paths: [String]) -> [String] {
        var roots = Set<String>()
        for p in paths {
            let abs = Paths.absolute(p)
            roots.insert(find(for: abs) ?? abs)
        }
        let sorted = roots.sorted()
        return sorted.filter { r in !sorted.contains { $0 != r && Paths.relative(r, to: $0) != nil } }
    }
}
