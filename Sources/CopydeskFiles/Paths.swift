#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// POSIX path helpers. Paths are `/`-separated strings; nothing here touches Foundation's URL.
///
/// Separators are found in the UTF-8 bytes, as POSIX defines them (the byte `/`), not by comparing `Character`s:
/// a character search walks grapheme clusters, and a lint calls these several times per file (`parent` alone cost
/// 2 % of a whole-process lint of 840 files). A `/` is never inside a multi-byte UTF-8 sequence, so the slices cut
/// there are whole scalars.
public enum Paths {
    /// The separator byte.
    static let slash = UInt8(ascii: "/")

    /// The current directory, or "/" if it cannot be read.
    public static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "/" }
        let bytes = buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `path` made absolute (against the current directory) and standardized lexically
    /// (`.` and `..` and repeated `/` removed). Symlinks are not resolved.
    public static func absolute(_ path: String, relativeTo base: String? = nil) -> String {
        // Most paths are already absolute and standard (every file a walk finds): nothing to rewrite.
        if isStandardAbsolute(path) { return path }
        let joined = path.hasPrefix("/") ? path : join(base ?? currentDirectory(), path)
        return standardize(joined)
    }

    /// Lexical normalization of an absolute or relative path.
    public static func standardize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for bytes in path.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            let part = Substring(bytes)
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                    continue
                }
                if isAbsolute { continue }
            }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        if isAbsolute { return "/" + body }
        return body.isEmpty ? "." : body
    }

    /// True when `standardize` would leave `path` as it is and it is absolute: it starts with `/`, and has
    /// no empty, `.` or `..` segment and no trailing `/` (a cheap check before the allocating rewrite).
    public static func isStandardAbsolute<S: StringProtocol>(_ path: S) -> Bool {
        var it = path.utf8.makeIterator()
        guard it.next() == UInt8(ascii: "/") else { return false }
        var length = 0  // of the current segment
        var dots = 0  // dots in it
        var more = false
        while let b = it.next() {
            more = true
            if b == UInt8(ascii: "/") {
                // "//", "/./" and "/../" are rewritten by `standardize`.
                if length == 0 || (length == dots && length <= 2) { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if b == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !more || (length > 0 && !(length == dots && length <= 2))
    }

    public static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || b.hasPrefix("/") { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The parent directory ("/" for "/"; "." for a bare relative name).
    public static func parent(_ path: String) -> String {
        guard let at = path.utf8.lastIndex(of: slash) else { return "." }
        if at == path.startIndex { return "/" }
        return String(path[..<at])
    }

    /// `folder` and every folder above it, nearest first, ending at `boundary` when `folder` lies inside it,
    /// else at "/". The one walk up the tree (to `.copydesk.json`, to a git root). Lazy: each folder's string is made
    /// when the walk reaches it, so a walk that stops early pays for no more (the configuration of a file's folder is
    /// most often cached already: the list of every folder up to "/", made for each file linted, was most of it).
    public static func selfAndAncestors(_ folder: String, upTo boundary: String? = nil) -> UnfoldFirstSequence<String> {
        sequence(first: folder) { dir in
            dir == "/" || dir == boundary || dir == "." || dir.isEmpty ? nil : parent(dir)
        }
    }

    public static func lastComponent(_ path: String) -> String {
        guard let at = path.utf8.lastIndex(of: slash) else { return path }
        return String(path[path.utf8.index(after: at)...])
    }

    /// `path` relative to `base` when it lies inside it (both absolute, standardized); else nil.
    public static func relative(_ path: String, to base: String) -> String? {
        if path == base { return "" }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// True when `path` is `folder` or lies under it (both absolute, standardized; lexical, no `stat`).
    /// The one answer to "is this path inside that folder" for the CLI and the server.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        relative(path, to: folder) != nil
    }

    /// True when `path` lies in one of `folders` (or is one).
    public static func isInside(_ path: String, anyOf folders: [String]) -> Bool {
        folders.contains { relative(path, to: $0) != nil }
    }

    /// `path` with every symbolic link resolved (`realpath`), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// For display: `path` relative to the current directory when inside it, else absolute.
    public static func display(_ absolutePath: String, cwd: String) -> String {
        relative(absolutePath, to: cwd).map { $0.isEmpty ? "." : $0 } ?? absolutePath
    }

    public enum FileType: Sendable, Equatable { case regular, directory, other }

    /// What is at `path` (following symlinks), or nil when nothing is (or a symlink dangles).
    public static func fileType(_ path: String) -> FileType? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public static func exists(_ path: String) -> Bool { fileType(path) != nil }

    /// True when `path` itself is a symbolic link (dangling or not).
    public static func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// "device:inode" of what `path` points at: equal for two names of one file (symlinks, hard links).
    public static func fileKey(_ path: String) -> String? {
        identity(path).map { "\($0.device):\($0.inode)" }
    }

    /// (device, inode) of what `path` points at, for loop detection.
    static func identity(_ path: String) -> FileIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// A readable message for the current `errno`.
    static func errnoMessage(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
}
