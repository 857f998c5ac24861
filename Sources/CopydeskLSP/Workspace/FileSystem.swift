import Foundation
import CopydeskCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's only access to the disk, behind a small interface so tests can substitute a
/// workspace and so the implementation can move to `CopydeskFiles` without touching handlers.
///
/// Invariants: never follows a path outside the given roots (symlinks are resolved and checked),
/// never descends into a symlinked directory (no loops), skips hidden and build directories,
/// never reads a file larger than `maxFileSize` or one that looks binary (NUL bytes).
public protocol WorkspaceFileSystem: Sendable {
    /// Article files under `root` (absolute paths), filtered by `configuration.include/exclude`.
    func discover(root: String, configuration: Configuration) -> [String]
    /// The file's bytes, or nil when it is missing, unreadable, too large, binary, or outside `roots`.
    func read(path: String, roots: [String]) -> [UInt8]?
    /// Reads a file that `discover` returned (already known to be inside a root): no symlink resolution.
    func readDiscovered(path: String) -> [UInt8]?
    /// `.copydesk.json` in `root`, if present (raw bytes).
    func configurationFile(root: String) -> [UInt8]?
    func isDirectory(_ path: String) -> Bool
}

public struct LocalFileSystem: WorkspaceFileSystem {
    public static let maxFileSize = 64 << 20
    public static let skippedDirectories: Set<String> = ["node_modules", "DerivedData", "Pods"]

    public init() {}

    public func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    public func discover(root: String, configuration: Configuration) -> [String] {
        guard isDirectory(root) else { return [] }
        let realRoot = (root as NSString).resolvingSymlinksInPath
        let prefixCount = root.count + (root.hasSuffix("/") ? 0 : 1)
        var out: [String] = []
        var stack = [root]
        var visited = Set<String>()
        while let dir = stack.popLast() {
            // Directory symlinks are never followed, so each real directory is reached once; `visited` guards anyway.
            guard visited.insert(dir).inserted, let d = opendir(dir) else { continue }
            var entries: [(String, UInt8)] = []
            while let e = readdir(d) {
                let name = withUnsafePointer(to: e.pointee.d_name) { ptr in
                    ptr.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                entries.append((name, e.pointee.d_type))
            }
            closedir(d)
            for (name, rawType) in entries.sorted(by: { $0.0 < $1.0 }) {
                if name.hasPrefix(".") || LocalFileSystem.skippedDirectories.contains(name) { continue }
                let path = dir == "/" ? "/" + name : dir + "/" + name
                var type = rawType
                if type == UInt8(DT_UNKNOWN) {
                    var st = stat()
                    guard lstat(path, &st) == 0 else { continue }
                    switch st.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFREG: type = UInt8(DT_REG)
                    case S_IFLNK: type = UInt8(DT_LNK)
                    default: continue
                    }
                }
                switch type {
                case UInt8(DT_DIR):
                    stack.append(path)
                case UInt8(DT_REG):
                    if ArticleKind.forPath(name) != nil, Glob.included(String(path.dropFirst(prefixCount)), configuration: configuration) {
                        out.append(path)
                    }
                case UInt8(DT_LNK):
                    // Files behind symlinks count only when they resolve inside the root; directories are never followed.
                    guard ArticleKind.forPath(name) != nil else { continue }
                    let target = (path as NSString).resolvingSymlinksInPath
                    if !isDirectory(target), LocalFileSystem.isInside(target, roots: [realRoot]),
                       Glob.included(String(path.dropFirst(prefixCount)), configuration: configuration) {
                        out.append(path)
                    }
                default: continue
                }
            }
        }
        return out.sorted()
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
        return LocalFileSystem.readRegularFile(real)
    }

    public func readDiscovered(path: String) -> [UInt8]? { LocalFileSystem.readRegularFile(path) }

    /// open + fstat + read: a regular file of at most `maxFileSize` bytes without NUL bytes in its first 8 KB.
    static func readRegularFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= maxFileSize else { return nil }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        if got < size { bytes.removeLast(size - got) }
        if bytes.prefix(8192).contains(0) { return nil }
        return bytes
    }

    public func configurationFile(root: String) -> [UInt8]? {
        let path = root + "/.copydesk.json"
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              (attrs[.type] as? FileAttributeType) == .typeRegular,
              let size = (attrs[.size] as? NSNumber)?.intValue, size <= 1 << 20 else { return nil }
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}

/// Minimal glob matching for include/exclude: `**` (any directories), `*` (within a segment), `?`.
enum Glob {
    static func included(_ relativePath: String, configuration: Configuration) -> Bool {
        let inc = configuration.include.isEmpty || configuration.include.contains { matches($0, relativePath) }
        return inc && !configuration.exclude.contains { matches($0, relativePath) }
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern.utf8)[...], Array(path.utf8)[...])
    }

    private static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var p = p, s = s
        while let c = p.first {
            if c == UInt8(ascii: "*") {
                if p.dropFirst().first == UInt8(ascii: "*") {
                    // `**/` matches zero or more directories; a trailing `**` matches everything.
                    var rest = p.dropFirst(2)
                    if rest.first == UInt8(ascii: "/") { rest = rest.dropFirst() }
                    if rest.isEmpty { return true }
                    var t = s
                    while true {
                        if match(rest, t) { return true }
                        guard let slash = t.firstIndex(of: UInt8(ascii: "/")) else { return false }
                        t = t[(slash + 1)...]
                    }
                }
                let rest = p.dropFirst()
                var t = s
                while true {
                    if match(rest, t) { return true }
                    guard let f = t.first, f != UInt8(ascii: "/") else { return false }
                    t = t.dropFirst()
                }
            }
            guard let d = s.first else { return false }
            if c == UInt8(ascii: "?") ? d == UInt8(ascii: "/") : c != d { return false }
            p = p.dropFirst(); s = s.dropFirst()
        }
        return s.isEmpty
    }
}
