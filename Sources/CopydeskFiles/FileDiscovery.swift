import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An article file found on disk.
public struct DiscoveredFile: Sendable, Hashable {
    /// Absolute, lexically standardized (through any symlinked folder it was reached by).
    public let path: String
    public let kind: ArticleKind
    public init(path: String, kind: ArticleKind) {
        self.path = path
        self.kind = kind
    }
}

/// Something discovery could not look into: an unreadable folder, a broken symlink named like an
/// article, a folder governed by a broken `.copydesk.json`. Discovery goes on past it.
public struct DiscoveryIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case unreadableFolder, unreadableFile, configuration }
    public let kind: Kind
    public let path: String
    public let message: String
    public init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

public struct DiscoveryResult: Sendable {
    /// Sorted by path; no file twice (even when reached through two symlinks).
    public var files: [DiscoveredFile]
    public var issues: [DiscoveryIssue]
    public init(files: [DiscoveredFile], issues: [DiscoveryIssue]) {
        self.files = files
        self.issues = issues
    }
}

/// Recursive article discovery.
///
/// Selection: a file is an article when its name ends in `.news.md`, `.md` or `.txt` (see
/// `ArticleKind.forPath`) and the governing configuration's `include` globs match it and its
/// `exclude` globs do not (globs relative to the folder of that `.copydesk.json`, else to the folder
/// being walked). Never entered: hidden folders (`.git`, `.build*`, `.venv`…), `node_modules`, folders an
/// exclude glob matches, a folder already visited (symlink loops). Hidden files are skipped too.
public enum FileDiscovery {
    /// Folder names never entered (besides every name starting with `.`).
    public static let skippedFolderNames: Set<String> = ["node_modules"]

    /// `confined`: drop files reached through a symbolic link whose real path lies outside `folder` (the
    /// server never reads outside its workspace folders). Only linked files are resolved, so this costs
    /// nothing in a folder without links.
    public static func articles(in folder: String, resolver: ConfigurationResolver, confined: Bool = false)
        -> DiscoveryResult
    {
        var walker = Walker(root: Paths.absolute(folder), resolver: resolver)
        if let id = Paths.identity(walker.root) { walker.visited.insert(id) }
        walker.walk(walker.root, viaLink: false)
        if confined { walker.dropEscapingLinks() }
        walker.dropAliases()
        walker.files.sort { $0.path < $1.path }
        return DiscoveryResult(files: walker.files, issues: walker.issues)
    }

    /// Would a walk of `root` pick up the file at `path`? For the server's file watcher: the kind when the
    /// path is an article under `root`, outside hidden folders and `node_modules`, and selected by its
    /// configuration's globs; else nil (also when its configuration is invalid).
    public static func selectedKind(of path: String, root: String, resolver: ConfigurationResolver) -> ArticleKind? {
        let abs = Paths.absolute(path)
        let base = Paths.absolute(root)
        guard let rel = Paths.relative(abs, to: base), !rel.isEmpty, let kind = ArticleKind.forPath(abs) else {
            return nil
        }
        let parts = rel.split(separator: "/")
        if parts.contains(where: { $0.hasPrefix(".") || skippedFolderNames.contains(String($0)) }) { return nil }
        guard case .success(let loaded) = resolver.configuration(forFile: abs) else { return nil }
        let globBase = loaded.folder ?? base
        guard let globRel = Paths.relative(abs, to: globBase) else { return kind }
        let globs = loaded.globs
        var folder = Paths.parent(globRel)
        while folder != "." && !folder.isEmpty {  // a pruned folder anywhere above
            if globs.prunes(folder: folder) { return nil }
            folder = Paths.parent(folder)
        }
        return globs.selects(globRel) ? kind : nil
    }

    private struct Walker {
        let root: String
        let resolver: ConfigurationResolver
        var visited = Set<FileIdentity>()
        var files: [DiscoveredFile] = []
        /// Indices in `files` of files reached through a symlink (to a file, or in a linked folder).
        var linked: [Int] = []
        var issues: [DiscoveryIssue] = []
        var reportedConfigs = Set<String>()

        init(root: String, resolver: ConfigurationResolver) {
            self.root = root
            self.resolver = resolver
        }

        /// Drops files reached through a symlink whose real path is outside the root (resolved as is).
        mutating func dropEscapingLinks() {
            guard !linked.isEmpty else { return }
            let roots = [root] + [Paths.realPath(root)].compactMap { $0 }
            var escaping = Set<Int>()
            for i in linked {
                if let real = Paths.realPath(files[i].path), Paths.isInside(real, anyOf: roots) { continue }
                escaping.insert(i)
            }
            guard !escaping.isEmpty else { return }
            let linkedSet = Set(linked)
            var renumbered: [Int] = []
            var kept: [DiscoveredFile] = []
            for i in files.indices where !escaping.contains(i) {
                if linkedSet.contains(i) { renumbered.append(kept.count) }
                kept.append(files[i])
            }
            files = kept
            linked = renumbered
        }

        /// A file reached through a symlink may be a second name of another found file: keep the first
        /// real name. Costs a `stat` per file, but only when some file was reached through a link.
        mutating func dropAliases() {
            guard !linked.isEmpty else { return }
            let linkedSet = Set(linked)
            var seen = Set<FileIdentity>()
            var keep = [Bool](repeating: true, count: files.count)
            // Real names claim their identity first, then linked names in walk order.
            for i in files.indices where !linkedSet.contains(i) {
                if let id = Paths.identity(files[i].path), !seen.insert(id).inserted { keep[i] = false }
            }
            for i in linked {
                if let id = Paths.identity(files[i].path), !seen.insert(id).inserted { keep[i] = false }
            }
            files = files.indices.filter { keep[$0] }.map { files[$0] }
        }

        mutating func walk(_ dir: String, viaLink: Bool) {
            let loaded: LoadedConfiguration
            switch resolver.configuration(forFolder: dir) {
            case .success(let c): loaded = c
            case .failure(let e):
                if reportedConfigs.insert(e.path).inserted {
                    issues.append(DiscoveryIssue(kind: .configuration, path: e.path, message: e.message))
                }
                return
            }
            let base = loaded.folder ?? root
            let globs = loaded.globs
            guard let handle = opendir(dir) else {
                issues.append(
                    DiscoveryIssue(
                        kind: .unreadableFolder, path: dir, message: "cannot read folder: \(Paths.errnoMessage())"))
                return
            }
            var entries: [(name: String, type: UInt8)] = []
            while let ent = readdir(handle) {
                // Read the name in place: copying `d_name` (a 256-byte tuple) reads past the end of a short
                // directory record, which AddressSanitizer reports as a heap overflow.
                let name = String(
                    cString: UnsafeRawPointer(ent).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                        .assumingMemoryBound(to: CChar.self))
                if name.hasPrefix(".") { continue }
                entries.append((name, ent.pointee.d_type))
            }
            closedir(handle)
            // Real entries before symlinks, so a file reached both ways keeps its own name.
            entries.sort { a, b in
                let la = a.type == UInt8(DT_LNK)
                let lb = b.type == UInt8(DT_LNK)
                return la != lb ? lb : a.name < b.name
            }
            for (name, dtype) in entries {
                let path = dir == "/" ? "/" + name : dir + "/" + name
                var isDir = dtype == UInt8(DT_DIR)
                var isFile = dtype == UInt8(DT_REG)
                let isLink = dtype == UInt8(DT_LNK)
                if isLink || dtype == UInt8(DT_UNKNOWN) {
                    switch Paths.fileType(path) {
                    case .directory?: isDir = true
                    case .regular?: isFile = true
                    case .other?: break
                    case nil:
                        // A broken symlink: worth a word only when it is named like a selected article.
                        if ArticleKind.forPath(name) != nil, selected(path, base: base, globs: globs) {
                            issues.append(
                                DiscoveryIssue(kind: .unreadableFile, path: path, message: "broken symbolic link"))
                        }
                    }
                }
                if isDir {
                    if FileDiscovery.skippedFolderNames.contains(name) { continue }
                    if let rel = Paths.relative(path, to: base), globs.prunes(folder: rel) { continue }
                    guard let id = Paths.identity(path) else {
                        issues.append(
                            DiscoveryIssue(
                                kind: .unreadableFolder, path: path,
                                message: "cannot read folder: \(Paths.errnoMessage())"))
                        continue
                    }
                    if !visited.insert(id).inserted { continue }  // a symlink loop, or a folder seen by another path
                    walk(path, viaLink: viaLink || isLink)
                } else if isFile, let kind = ArticleKind.forPath(name), selected(path, base: base, globs: globs) {
                    if viaLink || isLink { linked.append(files.count) }
                    files.append(DiscoveredFile(path: path, kind: kind))
                }
            }
        }

        func selected(_ path: String, base: String, globs: GlobSet) -> Bool {
            guard let rel = Paths.relative(path, to: base) else { return true }
            return globs.selects(rel)
        }
    }
}
