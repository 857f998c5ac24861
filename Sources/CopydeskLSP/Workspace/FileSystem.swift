import CopydeskCore
import CopydeskFiles
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The server's only access to the disk, behind a small interface so tests can substitute an in-memory
/// workspace. The real implementation is `CopydeskFiles` (the same discovery, configuration and reading
/// as `copydesk lint`).
///
/// Invariants: never reads outside the given roots (symlinks are resolved and checked), never enters
/// hidden folders or `node_modules`, never walks a folder twice (symlink loops), never reads a file
/// larger than 64 MB or one that looks binary (NUL bytes in its first 8 KB).
public protocol WorkspaceFileSystem: Sendable {
    /// Article files under `root` (absolute paths, sorted) as the `.copydesk.json` files there select
    /// them, and problems worth logging (unreadable folders, broken configuration files).
    func discover(root: String) -> (files: [String], problems: [String])
    /// Would `discover(root:)` pick up `path`? (For watched-file events and closed documents.)
    func isSelected(path: String, root: String) -> Bool
    /// The configuration from `.copydesk.json` files governing `path` (nearest above it, never above `root`).
    func configuration(forFile path: String, root: String) -> (Configuration, [String])
    /// A `.copydesk.json` was created, changed or deleted.
    func configurationChanged()
    /// The file's bytes, or nil when it is missing, unreadable, too large, binary, or outside `roots`.
    func read(path: String, roots: [String]) -> [UInt8]?
    /// Reads a file `discover` returned (already known to be inside its root).
    func readDiscovered(path: String) -> [UInt8]?
    /// Reads and decodes a file `discover` returned, or says why it cannot be indexed (logged by the indexer).
    func readArticle(path: String) -> Result<SourceText, FileReadError>
    func isDirectory(_ path: String) -> Bool
}

extension WorkspaceFileSystem {
    /// From `readDiscovered` (for file systems that only know bytes, like the tests' in-memory one).
    public func readArticle(path: String) -> Result<SourceText, FileReadError> {
        guard let bytes = readDiscovered(path: path) else {
            return .failure(.unreadable(path: path, reason: "missing, binary or unreadable"))
        }
        return ArticleReader.decode(bytes, path: path, repairing: true)
    }
}

public final class LocalFileSystem: WorkspaceFileSystem {
    /// One resolver per workspace folder (its boundary), so configuration is never read above a folder.
    private let resolvers = Locked<[String: ConfigurationResolver]>([:])

    public init() {}

    private func resolver(_ root: String) -> ConfigurationResolver {
        resolvers.withLock { resolvers in
            if let r = resolvers[root] { return r }
            let r = ConfigurationResolver(defaults: .default, boundaries: [root])
            resolvers[root] = r
            return r
        }
    }

    public func isDirectory(_ path: String) -> Bool { Paths.fileType(path) == .directory }

    public func discover(root: String) -> (files: [String], problems: [String]) {
        guard isDirectory(root) else { return ([], ["workspace folder \(root) does not exist or is not a folder"]) }
        // `confined`: a file reached through a link escaping the workspace is never read by the server.
        let result = FileDiscovery.articles(in: root, resolver: resolver(root), confined: true)
        return (result.files.map(\.path), result.issues.map(\.description))
    }

    public func isSelected(path: String, root: String) -> Bool {
        FileDiscovery.selectedKind(of: path, root: root, resolver: resolver(root)) != nil
    }

    public func configuration(forFile path: String, root: String) -> (Configuration, [String]) {
        switch resolver(root).configuration(forFile: path) {
        case .success(let loaded): return (loaded.configuration, loaded.warnings)
        case .failure(let e): return (.default, [e.description])
        }
    }

    public func configurationChanged() {
        let all = resolvers.withLock { Array($0.values) }
        for r in all { r.invalidate() }
    }

    public static func isInside(_ path: String, roots: [String]) -> Bool { Paths.isInside(path, anyOf: roots) }

    public func read(path: String, roots: [String]) -> [UInt8]? {
        guard let real = Paths.realPath(path) else { return nil }
        let realRoots = roots.map { Paths.realPath($0) ?? $0 }
        guard LocalFileSystem.isInside(real, roots: realRoots) else { return nil }
        return readDiscovered(path: real)
    }

    /// The decoded text's bytes (byte-order mark dropped, as editors drop it from the buffer, so offsets agree).
    public func readDiscovered(path: String) -> [UInt8]? {
        try? readArticle(path: path).get().bytes
    }

    /// `ArticleReader`'s rules, as `copydesk lint` reads files, except that invalid UTF-8 is repaired.
    public func readArticle(path: String) -> Result<SourceText, FileReadError> {
        ArticleReader.readRepairing(path)
    }
}
