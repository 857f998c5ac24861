import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes framed messages to a file descriptor; one lock so concurrent senders never interleave bytes.
final class FileDescriptorSink: MessageSink, @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var broken = false
    init(fd: Int32) { self.fd = fd }

    func send(_ message: JSONValue) {
        let bytes = OutgoingMessage.frame(message)
        lock.lock()
        defer { lock.unlock() }
        guard !broken else { return }
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    broken = true
                    return
                }
                off += n
            }
        }
    }
}

/// The main loop's queue: messages from the reader thread and tasks posted by background work, in order.
final class EventQueue: @unchecked Sendable {
    enum Event {
        case message(IncomingMessage)
        case parseError(String)
        case framingError(String)
        case task(@Sendable (Server) -> Void)
        case endOfInput
    }
    private let condition = NSCondition()
    private var events: [Event] = []
    private var head = 0

    func push(_ batch: [Event]) {
        condition.lock()
        events.append(contentsOf: batch)
        condition.signal()
        condition.unlock()
    }

    func pop() -> Event {
        condition.lock()
        defer { condition.unlock() }
        while head == events.count { condition.wait() }
        let e = events[head]
        head += 1
        if head > 1024 && head * 2 > events.count {
            events.removeFirst(head)
            head = 0
        }
        return e
    }
}

struct ThreadRuntime: ServerRuntime {
    let queue: EventQueue
    func background(_ work: @escaping @Sendable () -> Void) {
        let t = Thread { work() }
        t.stackSize = 8 << 20
        t.start()
    }
    func post(_ task: @escaping @Sendable (Server) -> Void) { queue.push([.task(task)]) }
    func post(after seconds: Double, _ task: @escaping @Sendable (Server) -> Void) {
        let q = queue
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { q.push([.task(task)]) }
    }
}

/// Reads stdin on its own thread: frames, parses JSON, notes `$/cancelRequest` at once, queues the rest.
enum StdioReader {
    static func start(fd: Int32, queue: EventQueue, cancellations: CancellationRegistry, maxContentLength: Int) {
        let t = Thread {
            var framer = MessageFramer(maxContentLength: maxContentLength)
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    queue.push([.endOfInput])
                    return
                }
                var batch: [EventQueue.Event] = []
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
        t.stackSize = 8 << 20
        t.start()
    }
}
