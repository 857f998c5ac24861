// Shared by every fuzz entry (compiled with each by Tests/fuzz/run.sh).
#if canImport(Glibc)
    import Glibc
#endif

/// A failed invariant: like `precondition`, but the message survives `-O` (libFuzzer shows it above the
/// crash report), then traps.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        fputs("fuzz invariant failed: \(message())\n", stderr)
        abort()
    }
}
