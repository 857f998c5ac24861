import CopydeskCore
import CopydeskFiles
import Foundation
import Synchronization

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
    func isDirectory(_ path: String) -> Bool
}

public final class LocalFileSystem: WorkspaceFileSystem {
    /// One resolver per workspace folder (its boundary), so configuration is never read above a folder.
    private let resolvers = Mutex<[String: ConfigurationResolver]>([:])

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
        let result = FileDiscovery.articles(in: root, resolver: resolver(root))
        // Discovery lists a file reached through a symlink under its real path; one outside the folder
        // (a link escaping the workspace) is never read by the server.
        let realRoot = (root as NSString).resolvingSymlinksInPath
        let inside = result.files.map(\.path).filter {
            LocalFileSystem.isInside(($0 as NSString).resolvingSymlinksInPath, roots: [root, realRoot])
        }
        return (inside, result.issues.map(\.description))
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

    public static func isInside(_ path: String, roots: [String]) -> Bool {
        roots.contains { root in
            let r = root.hasSuffix("/") ? root : root + "/"
            return path == root || path.hasPrefix(r)
        }
    }

    public func read(path: String, roots: [String]) -> [UInt8]? {
        let real = (path as NSString).resolvingSymlinksInPath
        let realRoots = roots.map { ($0 as NSString).resolvingSymlinksInPath }
        guard LocalFileSystem.isInside(real, roots: realRoots) else { return nil }
        return readDiscovered(path: real)
    }

    public func readDiscovered(path: String) -> [UInt8]? {
        guard case .success(var bytes) = ArticleReader.readBytes(path), ArticleReader.binaryByteOffset(bytes) == nil
        else { return nil }
        // Editors drop a UTF-8 byte-order mark from the buffer; do the same so offsets agree.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bytes.removeFirst(3) }
        return bytes
    }
}
