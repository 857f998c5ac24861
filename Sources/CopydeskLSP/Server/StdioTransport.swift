import CopydeskFiles
import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes framed messages to a file descriptor; one lock so concurrent senders never interleave bytes.
final class FileDescriptorSink: MessageSink {
    private let fd: Int32
    /// Set once a write fails (the client went away): later messages are dropped.
    private let broken = Locked(false)
    init(fd: Int32) { self.fd = fd }

    /// Printed once (fragments spliced in as they are). A body of megabytes (a huge document's diagnostics) is
    /// written after its header under the lock rather than copied behind it; a small one goes out with its header
    /// in one write (one wake-up of the client's reader).
    func send(_ message: JSONValue) {
        var body = message.serialized()
        var header = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        if body.count < 1 << 20 {
            header.append(contentsOf: body)
            body = []
        }
        broken.withLock { broken in
            guard !broken else { return }
            broken = !writeAll(header) || !writeAll(body)
        }
    }

    /// False when the write failed.
    private func writeAll(_ bytes: [UInt8]) -> Bool { StandardStreams.write(bytes, to: fd) }
}

/// A queue of jobs for blocking consumers: a locked array and a semaphore counting its items.
final class BlockingQueue<Item: Sendable>: Sendable {
    /// A popped slot is emptied at once: an item left there until the array is compacted kept alive what it
    /// held (a didOpen's text, a background job's document, whose shared text and prose the next edit then
    /// copied instead of changing them in place: +130 MB for a 50 MB article).
    private let items = Locked<(array: [Item?], head: Int)>(([], 0))
    private let available = DispatchSemaphore(value: 0)

    func push(_ batch: [Item]) {
        items.withLock { q in
            for item in batch { q.array.append(item) }
        }
        for _ in batch { available.signal() }
    }

    /// Waits for an item.
    func pop() -> Item {
        available.wait()
        return items.withLock { q in
            let item = q.array[q.head].take()!
            q.head += 1
            if q.head == q.array.count {
                q.array.removeAll(keepingCapacity: true)
                q.head = 0
            } else if q.head > 1024 && q.head * 2 > q.array.count {
                q.array.removeFirst(q.head)
                q.head = 0
            }
            return item
        }
    }
}

/// The main loop's queue: messages from the reader thread and tasks posted by background work, in order.
enum MainLoopEvent: Sendable {
    case message(IncomingMessage)
    case parseError(String)
    case framingError(String)
    case task(@Sendable (Server) -> Void)
    case endOfInput
}
typealias EventQueue = BlockingQueue<MainLoopEvent>

/// A small fixed pool of worker threads (8 MB stacks, like the main thread) for background jobs: long
/// requests, indexing, the analysis of huge articles. No thread per job.
final class WorkerPool: Sendable {
    private let jobs = BlockingQueue<@Sendable () -> Void>()

    init(workers: Int) {
        for _ in 0..<max(1, workers) {
            startThread { [jobs] in
                while true { jobs.pop()() }
            }
        }
    }

    func run(_ job: @escaping @Sendable () -> Void) { jobs.push([job]) }
}

struct ThreadRuntime: ServerRuntime {
    let queue: EventQueue
    let pool: WorkerPool
    func background(_ work: @escaping @Sendable () -> Void) { pool.run(work) }
    func post(_ task: @escaping @Sendable (Server) -> Void) { queue.push([.task(task)]) }
    func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void) {
        let q = queue
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { q.push([.task(task)]) }
    }
}

/// Reads stdin on its own thread: frames, parses JSON, notes `$/cancelRequest` at once, queues the rest.
enum StdioReader {
    static func start(fd: Int32, queue: EventQueue, cancellations: CancellationRegistry, maxContentLength: Int) {
        startThread {
            var framer = MessageFramer(maxContentLength: maxContentLength)
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    queue.push([.endOfInput])
                    return
                }
                var batch: [MainLoopEvent] = []
                framer.append(buf[0..<n])
                while let e = framer.nextEvent() {
                    switch e {
                    case .headerError(let m): batch.append(.framingError(m))
                    case .body(let body):
                        do {
                            let json = try JSONParser.parse(body)
                            let msg = IncomingMessage.decode(json)
                            if case .notification("$/cancelRequest", let p) = msg, let id = RequestID(p["id"]) {
                                cancellations.cancel(id)
                            }
                            batch.append(.message(msg))
                        } catch {
                            batch.append(.parseError("parse error: \(error)"))
                            // A truncated body that swallowed the next message's header: re-read from that header.
                            if let at = MessageFramer.findContentLength(in: body[...], from: 1) {
                                framer.unread(Array(body[at...]))
                            }
                        }
                    }
                }
                if !batch.isEmpty { queue.push(batch) }
            }
        }
    }
}

/// Runs `body` on a new detached thread with an 8 MB stack, like the main thread's: the server's workers and its
/// stdin reader. Why not Foundation's `Thread`: the executable imports FoundationEssentials only, so that no run
/// (`copydesk lint` in CI, once per commit) loads Foundation, about 3 ms of dynamic loading each. The closure
/// crosses `pthread_create` as a retained box that the new thread takes back, once.
func startThread(_ body: @escaping @Sendable () -> Void) {
    final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    #if canImport(Darwin)
        var thread: pthread_t? = nil
        let started = pthread_create(
            &thread, &attributes,
            {
                Unmanaged<Body>.fromOpaque($0).takeRetainedValue().run()
                return nil
            }, box)
    #else
        var thread = pthread_t()
        let started = pthread_create(
            &thread, &attributes,
            {
                Unmanaged<Body>.fromOpaque($0!).takeRetainedValue().run()
                return nil
            }, box)
    #endif
    precondition(started == 0, "copydesk lsp: cannot start a thread (pthread_create: \(started))")
}
