import CopydeskCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read as an article. A value, never a crash; `description` names the path.
public enum FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    /// Permission denied, I/O error, not a regular file…
    case unreadable(path: String, reason: String)
    /// The first invalid byte: 1-based line, 1-based byte column, 0-based byte offset.
    case invalidUTF8(path: String, line: Int, column: Int, byteOffset: Int)
    case tooLarge(path: String, bytes: Int)
    /// A NUL byte near the start (at this offset): a binary file, or text in UTF-16/UTF-32.
    case binary(path: String, byteOffset: Int, utf16: Bool)

    public var path: String {
        switch self {
        case .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .invalidUTF8(let p, _, _, _),
            .tooLarge(let p, _),
            .binary(let p, _, _):
            return p
        }
    }

    /// The reason without the path.
    public var reason: String {
        switch self {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory"
        case .unreadable(_, let r): return "cannot read: \(r)"
        case .invalidUTF8(_, let l, let c, let o):
            return "not valid UTF-8 (first bad byte at line \(l), column \(c), byte offset \(o)); save it as UTF-8"
        case .tooLarge(_, let n): return "too large to lint (\(n) bytes; the limit is \(ArticleReader.maximumSize))"
        case .binary(_, let o, true): return "looks like UTF-16 text (NUL byte at offset \(o)); save it as UTF-8"
        case .binary(_, let o, false): return "looks binary (NUL byte at offset \(o)); not an article"
        }
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reads files for the linter and the server.
public enum ArticleReader {
    private static func sysRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(fd, p, n)
        #elseif canImport(Musl)
            return Musl.read(fd, p, n)
        #else
            return Darwin.read(fd, p, n)
        #endif
    }

    /// Files larger than this are refused (no article is this long; it protects memory).
    public static let maximumSize = 64 << 20

    /// Reads and decodes an article. A UTF-8 byte-order mark is dropped (offsets then count from after
    /// it); invalid UTF-8 is an error, not repaired text.
    /// `streams`: also read a pipe or character device to its end (a path the user named, such as
    /// `copydesk lint <(git show HEAD:a.news.md)`); discovery never does.
    public static func read(_ path: String, streams: Bool = false) -> Result<SourceText, FileReadError> {
        readBytes(path, streams: streams).flatMap { decode($0, path: path) }
    }

    /// How far `binaryByteOffset` looks (as git does: a NUL in the first 8 KB means binary).
    public static let binaryProbeLength = 8192

    /// Offset of a NUL byte in the first `binaryProbeLength` bytes: the file is binary (or UTF-16/32) and
    /// is neither linted nor indexed, by the CLI and the server alike.
    public static func binaryByteOffset(_ bytes: [UInt8]) -> Int? {
        bytes.prefix(binaryProbeLength).firstIndex(of: 0)
    }

    /// Decodes bytes already read (from stdin, or an editor buffer) with the same rules as `read`.
    public static func decode(_ raw: [UInt8], path: String) -> Result<SourceText, FileReadError> {
        var bytes = raw
        if let nul = binaryByteOffset(bytes) {
            let utf16 =
                bytes.count >= 2
                && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
                    || (nul <= 1 && bytes.count.isMultiple(of: 2)))
            return .failure(.binary(path: path, byteOffset: nul, utf16: utf16))
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bytes.removeFirst(3) }
        let text = SourceText(decoding: bytes)
        if !text.wasRepaired { return .success(text) }
        if let bad = firstInvalidUTF8(bytes) {
            var line = 1
            var lineStart = 0
            for i in 0..<bad where bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            return .failure(.invalidUTF8(path: path, line: line, column: bad - lineStart + 1, byteOffset: bad))
        }
        return .success(text)
    }

    /// The raw bytes of a regular file (with `streams`, also of a FIFO or character device, read in
    /// blocking mode until EOF or `maximumSize`).
    public static func readBytes(_ path: String, streams: Bool = false) -> Result<[UInt8], FileReadError> {
        // O_NONBLOCK: opening a FIFO named like an article must not wait for a writer forever
        // (found by the server's bad-input tests); fstat below refuses anything but a regular file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let e = errno
            if e == ENOENT || e == ENOTDIR { return .failure(.notFound(path: path)) }
            if e == EISDIR { return .failure(.isDirectory(path: path)) }
            return .failure(.unreadable(path: path, reason: Paths.errnoMessage(e)))
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR {
            let type = st.st_mode & S_IFMT
            guard streams, type == S_IFIFO || type == S_IFCHR else {
                return .failure(.unreadable(path: path, reason: "not a regular file"))
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        return readBytes(fileDescriptor: fd, path: path)
    }

    /// Reads an open descriptor to its end (stdin for `copydesk lint -`); `path` names it in errors.
    public static func readBytes(fileDescriptor fd: Int32, path: String) -> Result<[UInt8], FileReadError> {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(path: path, reason: Paths.errnoMessage())) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory(path: path)) }
        let expected = Int(st.st_size)
        if expected > maximumSize { return .failure(.tooLarge(path: path, bytes: expected)) }
        var out = [UInt8](repeating: 0, count: max(expected, 0))
        var filled = 0
        // Read what stat promised, then on until EOF (files can grow, and pipes/proc files report 0).
        while true {
            let n: Int
            if filled == out.count {
                // Probe for EOF without growing the buffer (the usual case: the file had its stat size).
                var probe = [UInt8](repeating: 0, count: 4096)
                n = probe.withUnsafeMutableBytes { sysRead(fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    out.append(contentsOf: probe[..<n])
                    filled += n
                    if filled > maximumSize { return .failure(.tooLarge(path: path, bytes: filled)) }
                    continue
                }
            } else {
                n = out.withUnsafeMutableBytes { buf in sysRead(fd, buf.baseAddress! + filled, buf.count - filled) }
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                if e == EISDIR { return .failure(.isDirectory(path: path)) }
                return .failure(.unreadable(path: path, reason: Paths.errnoMessage(e)))
            }
            if n == 0 { break }
            filled += n
            if filled > maximumSize { return .failure(.tooLarge(path: path, bytes: filled)) }
        }
        out.removeSubrange(filled...)
        return .success(out)
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil when all are valid.
    /// Rejects overlongs, surrogates and code points above U+10FFFF.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            while i < n {
                // Fast path: 8 ASCII bytes at a time.
                while i + 8 <= n {
                    let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let len: Int
                var lo: UInt8 = 0x80
                var hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0:
                    len = 3
                    lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED:
                    len = 3
                    hi = 0x9F
                case 0xF0:
                    len = 4
                    lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4:
                    len = 4
                    hi = 0x8F
                default: return i
                }
                guard i + len <= n else { return i }
                if b[i + 1] < lo || b[i + 1] > hi { return i }
                for k in 2..<max(2, len) where b[i + k] & 0xC0 != 0x80 { return i }
                i += len
            }
            return nil
        }
    }
}
