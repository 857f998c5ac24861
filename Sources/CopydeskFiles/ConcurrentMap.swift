import Dispatch
import Foundation

/// Maps `items` on up to `workers` threads (default: every active core), keeping order. Items are
/// handed out one at a time, so a few long files do not leave a core idle. `body` must be safe to
/// call concurrently (it only reads shared values).
public func concurrentMap<T, R>(_ items: [T], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                _ body: (T) -> R) -> [R] {
    let n = items.count
    let w = max(1, min(workers, n))
    if w <= 1 { return items.map(body) }
    return withoutActuallyEscaping(body) { body in
        let results = UnsafeMutablePointer<R?>.allocate(capacity: n)
        results.initialize(repeating: nil, count: n)
        defer { results.deinitialize(count: n); results.deallocate() }
        let next = NextIndex()
        let shared = UnsafeSendable(items: items, body: body, results: results)
        DispatchQueue.concurrentPerform(iterations: w) { _ in
            while true {
                let i = next.take()
                if i >= n { break }
                shared.results[i] = shared.body(shared.items[i])
            }
        }
        return (0..<n).map { results[$0]! }
    }
}

/// A shared counter handing out indices.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take() -> Int {
        lock.lock(); defer { lock.unlock() }
        let v = value; value += 1; return v
    }
}

/// The values the workers share. Each result slot is written by exactly one worker.
private struct UnsafeSendable<T, R>: @unchecked Sendable {
    let items: [T]
    let body: (T) -> R
    let results: UnsafeMutablePointer<R?>
}
