import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Maps `items` on up to `workers` threads (default: every active core), keeping order. Items are
/// handed out one at a time, so a few long files do not leave a core idle. `body` must be safe to
/// call concurrently (it only reads shared values).
public func concurrentMap<T, R>(
    _ items: [T], workers: Int = availableCores,
    _ body: (T) -> R
) -> [R] {
    let n = items.count
    let w = max(1, min(workers, n))
    if w <= 1 { return items.map(body) }
    return withoutActuallyEscaping(body) { body in
        let results = UnsafeMutablePointer<R?>.allocate(capacity: n)
        results.initialize(repeating: nil, count: n)
        defer {
            results.deinitialize(count: n)
            results.deallocate()
        }
        let next = Atomic<Int>(0)
        let shared = UnsafeSendable(items: items, body: body, results: results)
        DispatchQueue.concurrentPerform(iterations: w) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= n { break }
                shared.results[i] = shared.body(shared.items[i])
            }
        }
        return (0..<n).map { results[$0]! }
    }
}

/// The values the workers share. Each result slot is written by exactly one worker (the index each takes
/// from the atomic counter), which the compiler cannot see: hence `@unchecked`.
private struct UnsafeSendable<T, R>: @unchecked Sendable {
    let items: [T]
    let body: (T) -> R
    let results: UnsafeMutablePointer<R?>
}

/// The cores this process may run on: the CPU affinity mask (so `taskset -c 0` means 1), else the
/// active processor count. Computed once.
public let availableCores: Int = {
    let fallback = ProcessInfo.processInfo.activeProcessorCount
    #if os(Linux)
        // sched_getaffinity is not imported into Swift; /proc/self/status has the same mask in hex.
        if case .success(let bytes) = ArticleReader.readBytes("/proc/self/status"),
            let allowed = coresAllowed(procStatus: String(decoding: bytes, as: UTF8.self))
        {
            return min(allowed, max(fallback, 1))
        }
    #endif
    return fallback
}()

/// The number of bits set in the `Cpus_allowed:` hex mask of a `/proc/<pid>/status` text.
func coresAllowed(procStatus: String) -> Int? {
    guard let line = procStatus.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else {
        return nil
    }
    let count = line.dropFirst("Cpus_allowed:".count).reduce(0) { n, c in n + (c.hexDigitValue?.nonzeroBitCount ?? 0) }
    return count > 0 ? count : nil
}
