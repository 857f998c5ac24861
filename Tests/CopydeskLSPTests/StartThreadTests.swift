import Dispatch
import Synchronization
import Testing

@testable import CopydeskLSP

/// `startThread` (the server's workers and stdin reader, without Foundation's `Thread`) runs each body exactly once,
/// each on a thread of its own: the boxed closure crosses `pthread_create` and is taken back once.
@Test func startThreadRunsEachBodyOnce() {
    let done = DispatchSemaphore(value: 0)
    let runs = Atomic<Int>(0)
    for _ in 0..<8 {
        startThread {
            runs.add(1, ordering: .relaxed)
            done.signal()
        }
    }
    for _ in 0..<8 {
        #expect(done.wait(timeout: .now() + 30) == .success)
    }
    #expect(runs.load(ordering: .relaxed) == 8)
}
