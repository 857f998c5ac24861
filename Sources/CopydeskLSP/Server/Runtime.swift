import CopydeskFiles
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where outgoing messages go (stdout in the real server, an array in tests). Must be thread-safe:
/// background indexing sends `$/progress` while the main loop answers requests.
/// A part already printed (a huge document's diagnostics, long lists of locations) travels inside the message
/// as a `JSONValue.fragment`.
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
    /// Tasks posted for the server to run itself after each message (in-process runtimes; the threaded
    /// one queues them on the main loop instead and returns none).
    func takePosted() -> [@Sendable (Server) -> Void]
}

extension ServerRuntime {
    public func takePosted() -> [@Sendable (Server) -> Void] { [] }
}

/// Request ids the client has cancelled. Written by the reader thread as soon as a `$/cancelRequest`
/// is read (so a request queued behind a long one is already known cancelled when its turn comes),
/// read by handlers through `CancellationToken`.
public final class CancellationRegistry: Sendable {
    private struct State {
        var cancelled = Set<RequestID>()
        /// Requests answered from a background worker and not answered yet: their cancellation must
        /// outlive the main loop's handling of `$/cancelRequest`.
        var running = Set<RequestID>()
    }
    private let state = Locked(State())
    public init() {}
    public func cancel(_ id: RequestID) { state.withLock { _ = $0.cancelled.insert(id) } }
    public func isCancelled(_ id: RequestID) -> Bool { state.withLock { $0.cancelled.contains(id) } }
    public func forget(_ id: RequestID) { state.withLock { _ = $0.cancelled.remove(id) } }
    /// Forgets a cancellation unless the request is still running in the background.
    public func forgetIfAnswered(_ id: RequestID) {
        state.withLock { if !$0.running.contains(id) { $0.cancelled.remove(id) } }
    }
    public func startedInBackground(_ id: RequestID) { state.withLock { _ = $0.running.insert(id) } }
    public func answeredInBackground(_ id: RequestID) {
        state.withLock {
            $0.running.remove(id)
            $0.cancelled.remove(id)
        }
    }
    public var count: Int { state.withLock { $0.cancelled.count } }
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

/// A one-way flag, safe across threads.
public final class StopFlag: Sendable {
    private let value = Atomic(false)
    public init() {}
    public var isSet: Bool { value.load(ordering: .acquiring) }
    public func set() { value.store(true, ordering: .releasing) }
    /// True for the first caller only (then the flag is set).
    public func claim() -> Bool {
        value.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}

/// Runs background work inline and keeps posted tasks for the server to run as soon as the message
/// being handled is done (`takePosted`): deterministic in-process tests.
public final class InlineRuntime: ServerRuntime {
    private let posted = Locked<[@Sendable (Server) -> Void]>([])
    public init() {}
    public func background(_ work: @escaping @Sendable () -> Void) { work() }
    public func post(_ task: @escaping @Sendable (Server) -> Void) { posted.withLock { $0.append(task) } }
    public func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void) {}
    public func takePosted() -> [@Sendable (Server) -> Void] {
        posted.withLock {
            let tasks = $0
            $0 = []
            return tasks
        }
    }
}

/// Collects outgoing messages (tests).
public final class CollectingSink: MessageSink {
    private let items = Locked<[JSONValue]>([])
    public init() {}
    /// Keeps the message as a client would read it: printed fragments (`JSONValue.fragment`) parsed back.
    public func send(_ message: JSONValue) {
        let read: JSONValue
        do { read = try message.resolvingFragments() } catch {
            preconditionFailure("the server printed invalid JSON: \(error)")
        }
        items.withLock { $0.append(read) }
    }
    public var messages: [JSONValue] { items.withLock { $0 } }
    public func drain() -> [JSONValue] {
        items.withLock {
            let m = $0
            $0 = []
            return m
        }
    }
}
