#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to a standard stream without buffering surprises, for the CLI's output (`Terminal`), the server's
/// messages (`StdioTransport`) and its log lines: the whole of `bytes`, in as few `write` calls as the kernel takes,
/// retried when a signal interrupts one. False when a write failed; the rest is dropped.
public enum StandardStreams {
    @discardableResult
    public static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = sysWrite(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { return false }
                off += n
            }
            return true
        }
    }

    private static func sysWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(fd, p, n)
        #elseif canImport(Musl)
            return Musl.write(fd, p, n)
        #else
            return Darwin.write(fd, p, n)
        #endif
    }
}
