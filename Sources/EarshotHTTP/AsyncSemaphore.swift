/// Limits how many tasks run a section at once; waiters are served first come, first served.
///
/// A waiting task that is cancelled stops waiting and gets `CancellationError`.
public actor AsyncSemaphore {
    private var available: Int
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID: UInt64 = 0

    public init(permits: Int) {
        precondition(permits > 0, "a semaphore needs at least one permit")
        available = permits
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
        if waiters.isEmpty { available += 1 } else { waiters.removeFirst().continuation.resume() }
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
    public var freePermits: Int { available }
    public var waiting: Int { waiters.count }
}
