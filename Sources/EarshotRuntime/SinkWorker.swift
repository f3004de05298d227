import EarshotCore
import Foundation
import Logging

/// Delivers to one sink, in order, with retries from the durable outbox.
///
/// New deliveries arrive in memory from the engine; failed ones are written back with their next
/// attempt time and picked up again from the store when due. A slow sink only delays itself.
actor SinkWorker {
    let name: String
    let sink: any Sink
    let store: any StateStore
    let logger: Logger
    let clock: any WallClock
    let retryInitial: Duration
    let retryMax: Duration
    let deadAfter: Int
    let epoch: Int64

    private var queue: [Delivery] = []
    private var queued: Set<String> = []
    private var waiter: CheckedContinuation<Void, Never>?
    private var stopping = false
    private var loop: Task<Void, Never>?
    private var delivered = 0
    /// While the sink is failing: since when, and how many attempts failed. Only the first failure
    /// is a warning; the rest are debug lines until a delivery succeeds ("sink recovered"), so a
    /// sink that is down with many deliveries waiting does not write a warning for each of them
    /// at every retry (300 waiting deliveries to a full disk: 140 warnings in 15 s).
    private var failing: (since: Date, attempts: Int)?

    init(name: String, sink: any Sink, store: any StateStore, logger: Logger, clock: any WallClock,
         retryInitial: Duration, retryMax: Duration, deadAfter: Int, epoch: Int64) {
        self.epoch = epoch
        self.name = name; self.sink = sink; self.store = store; self.logger = logger; self.clock = clock
        self.retryInitial = retryInitial; self.retryMax = retryMax; self.deadAfter = deadAfter
    }

    func start() {
        loop = Task { await self.run() }
    }

    func enqueue(_ ds: [Delivery]) {
        for d in ds where !queued.contains(d.id) {
            queued.insert(d.id)
            queue.append(d)
        }
        wake()
    }

    private func wake() {
        if let w = waiter { waiter = nil; w.resume() }
    }

    /// Stops after delivering what is queued, or when `deadline` passes; what is left stays in the outbox.
    func stop(deadline: Duration) async {
        stopping = true
        wake()
        let loop = self.loop
        let timer = Task { try? await Task.sleep(for: deadline); loop?.cancel() }
        await loop?.value
        timer.cancel()
        await sink.close()
    }

    private func run() async {
        var nextReload = clock.now()
        while true {
            if queue.isEmpty {
                if stopping || Task.isCancelled { return }
                if clock.now() >= nextReload {
                    await reloadDue()
                    nextReload = clock.now().addingTimeInterval(1)
                    if !queue.isEmpty { continue }
                }
                await waitForWork(timeout: .seconds(1))
                continue
            }
            // Take the whole queue at once (removing from the front of an array one by one is
            // quadratic: it doubled the CPU time of 100,000 queued deliveries). What arrives meanwhile
            // waits for the next round; what is left when cancelled goes back to the front.
            var done: [String] = []
            let batch = queue
            queue.removeAll()
            var next = 0
            while next < batch.count, !Task.isCancelled {
                let d = batch[next]
                next += 1
                if await attempt(d) { done.append(d.id) } else { queued.remove(d.id) }
                if done.count >= 512 { await flushDone(&done) }
            }
            if next < batch.count { queue.insert(contentsOf: batch[next...], at: 0) }
            await flushDone(&done)
        }
    }

    private func waitForWork(timeout: Duration) async {
        let t = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.wake()
        }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            if !queue.isEmpty || stopping { c.resume() } else { waiter = c }
        }
        t.cancel()
    }

    private func flushDone(_ done: inout [String]) async {
        guard !done.isEmpty else { return }
        do {
            try await store.markDelivered(done, at: clock.now())
            delivered += done.count
            for id in done { queued.remove(id) }
            done.removeAll(keepingCapacity: true)
        } catch {
            // They were delivered; if the store cannot record it, they may be delivered again after a
            // restart (at-least-once). Receivers drop duplicates by the delivery id.
            logger.error("cannot record deliveries as done", metadata: ["sink": "\(name)", "error": "\(error)"])
            for id in done { queued.remove(id) }
            done.removeAll()
        }
    }

    /// Delivers once; returns true when delivered.
    private func attempt(_ d: Delivery) async -> Bool {
        let ctx = SinkContext(logger: logger, deliveryID: d.id)
        do {
            try await sink.deliver(d.escalation, context: ctx)
            if let failing {
                logger.info("sink recovered", metadata: [
                    "sink": "\(name)", "failed_attempts": .stringConvertible(failing.attempts),
                    "failing_for": "\(Int(clock.now().timeIntervalSince(failing.since).rounded()))s"])
                self.failing = nil
            }
            return true
        } catch {
            let retryable = (error as? DeliveryError)?.retryable ?? true
            let attempts = d.attempts + 1
            let message = "\(error)"
            if retryable && attempts < deadAfter {
                let backoff = min(retryMax.seconds, retryInitial.seconds * pow(2, Double(attempts - 1)))
                let at = clock.now().addingTimeInterval(backoff)
                logger.log(level: failing == nil ? .warning : .debug, "delivery failed; will retry", metadata: [
                    "sink": "\(name)", "delivery": "\(d.id)", "attempt": .stringConvertible(attempts),
                    "retry_in": "\(Int(backoff))s", "error": "\(message)"])
                if failing == nil {
                    logger.warning("sink failing; its further delivery failures are logged at debug level until it delivers again",
                                   metadata: ["sink": "\(name)"])
                }
                try? await store.markFailed(d.id, error: message, retryAt: at)
            } else {
                logger.error("delivery failed for good; kept as a dead letter", metadata: [
                    "sink": "\(name)", "delivery": "\(d.id)", "attempts": .stringConvertible(attempts), "error": "\(message)"])
                try? await store.markFailed(d.id, error: message, retryAt: nil)
            }
            // A delivery the receiver refuses for good (a 400) says nothing about the sink being down.
            if retryable {
                if failing == nil { failing = (clock.now(), 0) }
                failing!.attempts += 1
            }
            return false
        }
    }

    /// Picks up deliveries that are due: left over from before a restart, or waiting for a retry.
    private func reloadDue() async {
        do {
            enqueue(try await store.pendingDeliveries(sink: name, now: clock.now(), limit: 1000, epoch: epoch))
        } catch {
            logger.error("cannot read the outbox", metadata: ["sink": "\(name)", "error": "\(error)"])
        }
    }
}
