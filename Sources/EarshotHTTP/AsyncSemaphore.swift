/// Limits how many tasks run a section at once; waiters are served first come, first served.
///
/// A waiting task that is cancelled stops waiting and gets `CancellationError`.
public actor AsyncSemaphore {
    private var available: Int
    /// Permits in all: free, held, and owed (negative `available` after a shrink).
    public private(set) var permits: Int
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0

    public init(permits: Int) {
        precondition(permits > 0, "a semaphore needs at least one permit")
        available = permits
        self.permits = permits
    }

    /// Changes the number of permits. Growing wakes waiters at once; shrinking takes effect as holders
    /// signal (nobody holding a permit is interrupted).
    public func setPermits(_ n: Int) {
        precondition(n > 0, "a semaphore needs at least one permit")
        available += n - permits
        permits = n
        while available > 0, !waiters.isEmpty {
            available -= 1
            waiters.removeFirst().continuation.resume()
        }
    }

    /// Waits for a permit. Pair every successful call with one `signal()`.
    public func wait() async throws {
        try Task.checkCancellation()
        if available > 0 { available -= 1; return }
        let id = nextID
        nextID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
                waiters.append((id, c))
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Returns a permit, waking the longest waiter.
    public func signal() {
        if waiters.isEmpty || available < 0 { available += 1 } else { waiters.removeFirst().continuation.resume() }
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let i = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: i).continuation.resume(throwing: CancellationError())
    }

    /// Runs `body` holding a permit.
    public nonisolated func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await wait()
        do {
            let v = try await body()
            await signal()
            return v
        } catch {
            await signal()
            throw error
        }
    }

    /// Permits free right now (for tests and status).
    public var freePermits: Int { max(0, available) }
    public var waiting: Int { waiters.count }
}
