import Foundation

/// Where outgoing messages go (stdout in the real server, an array in tests). Must be thread-safe:
/// background indexing sends `$/progress` while the main loop answers requests.
public protocol MessageSink: Sendable {
    func send(_ message: JSONValue)
}

/// How the server runs work off the main loop, and how results come back to it in order.
public protocol ServerRuntime: Sendable {
    /// Runs `work` off the main loop (a background thread), or inline in tests.
    func background(_ work: @escaping @Sendable () -> Void)
    /// Queues `task` to run on the main loop after the messages already queued.
    func post(_ task: @escaping @Sendable (Server) -> Void)
    /// Queues `task` after `seconds` (used for a fallback when the client never answers a request).
    func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void)
}

/// Request ids the client has cancelled. Written by the reader thread as soon as a `$/cancelRequest`
/// is read (so a request queued behind a long one is already known cancelled when its turn comes),
/// read by handlers through `CancellationToken`.
public final class CancellationRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = Set<RequestID>()
    /// Requests answered from a background thread and not answered yet: their cancellation must outlive
    /// the main loop's handling of `$/cancelRequest`.
    private var running = Set<RequestID>()
    public init() {}
    public func cancel(_ id: RequestID) {
        lock.lock()
        cancelled.insert(id)
        lock.unlock()
    }
    public func isCancelled(_ id: RequestID) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled.contains(id)
    }
    public func forget(_ id: RequestID) {
        lock.lock()
        cancelled.remove(id)
        lock.unlock()
    }
    /// Forgets a cancellation unless the request is still running in the background.
    public func forgetIfAnswered(_ id: RequestID) {
        lock.lock()
        if !running.contains(id) { cancelled.remove(id) }
        lock.unlock()
    }
    public func startedInBackground(_ id: RequestID) {
        lock.lock()
        running.insert(id)
        lock.unlock()
    }
    public func answeredInBackground(_ id: RequestID) {
        lock.lock()
        running.remove(id)
        cancelled.remove(id)
        lock.unlock()
    }
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return cancelled.count
    }
}

public struct CancellationToken: Sendable {
    let registry: CancellationRegistry?
    let id: RequestID?
    /// Also set when the server is shutting down.
    let stop: StopFlag?
    public static let none = CancellationToken(registry: nil, id: nil, stop: nil)
    public var isCancelled: Bool {
        if let stop, stop.isSet { return true }
        guard let registry, let id else { return false }
        return registry.isCancelled(id)
    }
    public func check() throws(ResponseError) { if isCancelled { throw ResponseError.cancelled } }
}

/// A thread-safe one-way flag.
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    public init() {}
    public var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
    public func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}

/// Runs everything inline: deterministic in-process tests.
public struct InlineRuntime: ServerRuntime {
    final class Box: @unchecked Sendable { weak var server: Server? }
    let box = Box()
    public init() {}
    public func attach(_ s: Server) { box.server = s }
    public func background(_ work: @escaping @Sendable () -> Void) { work() }
    public func post(_ task: @escaping @Sendable (Server) -> Void) { if let s = box.server { task(s) } }
    public func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void) {}
}

/// Collects outgoing messages (tests).
public final class CollectingSink: MessageSink, @unchecked Sendable {
    private let lock = NSLock()
    private var items: [JSONValue] = []
    public init() {}
    public func send(_ message: JSONValue) {
        lock.lock()
        items.append(message)
        lock.unlock()
    }
    public var messages: [JSONValue] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
    public func drain() -> [JSONValue] {
        lock.lock()
        defer { lock.unlock() }
        let m = items
        items = []
        return m
    }
}
