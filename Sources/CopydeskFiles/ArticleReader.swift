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
        bytes.withUnsafeBufferPointer { b in
            let n = min(b.count, binaryProbeLength)
            var i = 0
            // Eight bytes at a time: a word holds a zero byte iff (w - 0x01…01) & ~w & 0x80…80 is not 0.
            while i + 8 <= n {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            while i < n {
                if b[i] == 0 { return i }
                i += 1
            }
            return nil
        }
    }

    /// Decodes bytes already read (from stdin, or an editor buffer) with the same rules as `read`.
    /// `repairing`: invalid UTF-8 gives the text with U+FFFD in place of bad bytes (`wasRepaired` set)
    /// instead of an error (the server indexes such a file and logs it; the CLI refuses it).
    public static func decode(_ raw: [UInt8], path: String, repairing: Bool = false) -> Result<
        SourceText, FileReadError
    > {
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
        if !text.wasRepaired || repairing { return .success(text) }
        return .failure(invalidUTF8Error(bytes, text: text, path: path))
    }

    /// Where the first bad byte of `bytes` is. `text` is the repaired decoding of `bytes`: everything before
    /// the first bad byte is unchanged in it, so its line index (LF, CRLF and lone CR, as editors count
    /// lines) gives that byte's line and column.
    static func invalidUTF8Error(_ bytes: [UInt8], text: SourceText, path: String) -> FileReadError {
        let bad = firstInvalidUTF8(bytes) ?? bytes.count
        let p = text.position(of: bad)
        return .invalidUTF8(path: path, line: p.line + 1, column: p.column + 1, byteOffset: bad)
    }

    /// Reads and decodes an article the way the server indexes files: like `read`, but invalid UTF-8 is
    /// repaired (see `decode(_:path:repairing:)`); binary, unreadable and oversized files are errors.
    public static func readRepairing(_ path: String) -> Result<SourceText, FileReadError> {
        readBytes(path).flatMap { decode($0, path: path, repairing: true) }
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
                // Probe for EOF without growing the buffer (the usual case: the file had its stat size), into
                // a stack buffer (no allocation per file).
                let (got, probe) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buf in
                    let got = sysRead(fd, buf.baseAddress!, buf.count)
                    return (got, got > 0 ? Array(buf[..<got]) : [])
                }
                n = got
                if n > 0 {
                    out.append(contentsOf: probe)
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

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil when all are valid
    /// (`SourceText.firstInvalidUTF8`, the one validator).
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? { SourceText.firstInvalidUTF8(bytes) }
}
