import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value behind a `Synchronization.Mutex`, for state that threads share (the compiler checks it is
/// `Sendable`; no `@unchecked`).
///
/// Why not a bare `Mutex`: on Linux a contended `Mutex` is handed over by the kernel (a PI futex), which
/// ThreadSanitizer cannot see, so every contended lock reads to it as a data race (four threads appending
/// under one `Mutex` report "Swift access race" every run). `withLock` tells ThreadSanitizer about the
/// acquire and release it performed; outside a ThreadSanitizer build the hooks are absent and it is exactly
/// `Mutex.withLock`.
public final class Locked<Value: ~Copyable>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: consuming sending Value) {
        mutex = Mutex(value)
    }

    /// Runs `body` with exclusive access to the value.
    public func withLock<Result, E: Error>(_ body: (inout sending Value) throws(E) -> sending Result) throws(E)
        -> sending Result
    {
        try mutex.withLock { (value: inout sending Value) throws(E) -> sending Result in
            let address = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
            ThreadSanitizerHooks.acquire?(address)
            defer { ThreadSanitizerHooks.release?(address) }
            return try body(&value)
        }
    }
}

/// `__tsan_acquire` / `__tsan_release` when this process runs under ThreadSanitizer, else nil.
enum ThreadSanitizerHooks {
    typealias Hook = @convention(c) (UnsafeRawPointer?) -> Void
    static let acquire: Hook? = lookup("__tsan_acquire")
    static let release: Hook? = lookup("__tsan_release")

    private static func lookup(_ name: String) -> Hook? {
        // RTLD_DEFAULT: the symbols the process already has (the sanitizer runtime, when linked in).
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: Hook.self)
    }
}
