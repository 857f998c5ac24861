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
        // A root lies inside another when one of the folders above it is a root: looked up folder by folder up
        // to "/" (`Paths.selfAndAncestors`, the one walk up the tree; the roots are absolute and standard, so these
        // are the folders `Paths.relative` finds it in).
        // Comparing every pair of roots grew as the square of the paths: files named on the command line outside
        // any workspace are a root each (80 files: 6,400 comparisons, each building a string, a tenth of lint).
        return roots.filter { r in !Paths.selfAndAncestors(r).dropFirst().contains(where: roots.contains) }.sorted()
    }
}
