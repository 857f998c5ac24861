import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the standard streams without buffering surprises (one `write` per call).
enum Terminal {
    static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = sysWrite(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                off += n
            }
        }
    }
    static func out(_ s: String) { write(Array(s.utf8), to: 1) }
    static func err(_ s: String) { write(Array(s.utf8), to: 2) }
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

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

/// "copydesk: 120/840 files" on stderr, redrawn at most ten times a second; erased by `finish`.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private var done = 0
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    func tick() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        if now - lastDraw >= 100_000_000 || done == total {
            lastDraw = now
            drawn = true
            Terminal.err("\r\u{1B}[Kcopydesk: \(label) \(done)/\(total) files")
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Terminal.err("\r\u{1B}[K") }
    }
}
