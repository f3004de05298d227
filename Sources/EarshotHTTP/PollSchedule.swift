import EarshotCore
import Foundation

/// When a polling source should poll next: its interval with ±10% jitter, doubling back-off after
/// consecutive failures (up to an hour, or the interval if that is longer), and never sooner than a
/// server's Retry-After.
public struct PollSchedule: Sendable {
    public let interval: Duration
    /// Fraction of the interval added or removed at random, so sources started together drift apart.
    public let jitter: Double
    /// The longest back-off after failures (never below the interval).
    public let maxBackoff: Duration
    /// Retry-After values beyond this are clamped, so a hostile header cannot stop polling for a year.
    public let maxRetryAfter: Duration
    public private(set) var consecutiveFailures = 0
    private let random: @Sendable () -> Double

    /// - Parameter random: a uniform value in 0..<1; inject a constant to make delays predictable.
    public init(interval: Duration, jitter: Double = 0.1, maxBackoff: Duration = .seconds(3600),
                maxRetryAfter: Duration = .seconds(86_400),
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.interval = interval
        self.jitter = max(0, min(jitter, 0.5))
        self.maxBackoff = max(maxBackoff, interval)
        self.maxRetryAfter = maxRetryAfter
        self.random = random
    }

    private func jittered(_ d: Duration) -> Duration {
        let factor = 1 + jitter * (2 * random() - 1)
        return .milliseconds(Int64((d.seconds * factor * 1000).rounded()))
    }

    /// The wait after a successful poll; resets the back-off. `retryAfter` still applies (e.g. a rate-limit reset).
    public mutating func afterSuccess(retryAfter: Duration? = nil) -> Duration {
        consecutiveFailures = 0
        let d = jittered(interval)
        guard let retryAfter else { return d }
        return max(d, min(retryAfter, maxRetryAfter))
    }

    /// The wait after a failed poll: interval × 2^(failures) capped at `maxBackoff`, or Retry-After if longer.
    public mutating func afterFailure(retryAfter: Duration? = nil) -> Duration {
        consecutiveFailures += 1
        let exponent = Double(min(consecutiveFailures, 30))
        let backoff = min(interval.seconds * pow(2, exponent), maxBackoff.seconds)
        let d = jittered(.milliseconds(Int64(backoff * 1000)))
        guard let retryAfter else { return d }
        return max(d, min(retryAfter, maxRetryAfter))
    }
}

/// Where a polling source's schedule stood after a poll, kept in the source's cursor so that a
/// restart or a config reload resumes it rather than polling at once: a failing server stays
/// backed off and a Retry-After is honoured across both.
public struct SavedSchedule: Codable, Equatable, Sendable {
    /// When the last poll started, in seconds since 1970.
    public var polled: Double
    /// Failed polls in a row up to it.
    public var failures: Int
    /// The server asked not to be polled before this (seconds since 1970), if it did.
    public var retryUntil: Double?
    /// What was polled (a fingerprint of the URL and credentials): a schedule earned by another
    /// target — the one a fixed config replaced — is not resumed.
    public var target: String?

    public init(polled: Double, failures: Int, retryUntil: Double? = nil, target: String? = nil) {
        self.polled = polled; self.failures = failures; self.retryUntil = retryUntil; self.target = target
    }

    enum CodingKeys: String, CodingKey { case polled, failures, target, retryUntil = "retry_until" }

    /// A short fingerprint of what a source polls, for `target` (FNV-1a of the parts; no secret
    /// is kept in the clear).
    public static func target(_ parts: [String]) -> String {
        String(parts.reduce(FNV1a.offsetBasis) { FNV1a.hash(($1 + "\u{1F}").utf8, seed: $0) }, radix: 16)
    }
}

extension PollSchedule {
    /// What to save after a poll of `target` that started at `start`; `retryAfter` is what the
    /// server asked for.
    public func saved(polledAt start: Date, retryAfter: Duration?, target: String? = nil) -> SavedSchedule {
        SavedSchedule(polled: start.timeIntervalSince1970, failures: consecutiveFailures,
                      retryUntil: retryAfter.map { start.timeIntervalSince1970 + min($0, maxRetryAfter).seconds }, target: target)
    }

    /// Takes up a saved schedule under the current settings: the failure count carries on, and
    /// the result is how long to wait before the first poll. A healthy source polls at once (a
    /// restart or reload is when an operator expects fresh news); one that was failing waits
    /// until its last poll plus the back-off its failures earned (without jitter), and any
    /// source waits for a server's Retry-After; zero when that time has passed. A saved time in
    /// the future (the clock was set back) counts as now, so the source does not stall.
    public mutating func resume(_ saved: SavedSchedule, now: Date) -> Duration {
        consecutiveFailures = max(0, min(saved.failures, 1_000))
        let polled = min(saved.polled, now.timeIntervalSince1970)   // a clock set back
        var due = polled
        if consecutiveFailures > 0 {
            due += min(interval.seconds * pow(2, Double(min(consecutiveFailures, 30))), maxBackoff.seconds)
        }
        if let until = saved.retryUntil { due = max(due, min(until, polled + maxRetryAfter.seconds)) }
        let wait = due - now.timeIntervalSince1970
        return wait > 0 ? .milliseconds(Int64((wait * 1000).rounded())) : .zero
    }
}

/// How a poll that did not throw went.
public struct PollRound: Sendable {
    /// A Retry-After to honour before the next poll (a rate limit used up), if any.
    public var retryAfter: Duration?
    /// Why the round read only part of what it should have (items were still emitted): the source
    /// reports it as failing, so `earshot status` shows it, but polls on its interval, not backed off.
    public var degraded: String?

    public init(retryAfter: Duration? = nil, degraded: String? = nil) {
        self.retryAfter = retryAfter
        self.degraded = degraded
    }
}

/// Saving and resuming a polling source's schedule through its cursor.
public enum ScheduleCheckpoint {
    /// Waits out what is left of a saved schedule (logged when it is a wait), so a reload or a
    /// restart does not poll at once a server that asked to be left alone.
    /// A schedule saved for another `target` (the config changed what is polled) is ignored.
    public static func resume(_ schedule: inout PollSchedule, _ saved: SavedSchedule, target: String, context: SourceContext) async throws {
        guard saved.target == nil || saved.target == target else { return }
        let wait = schedule.resume(saved, now: context.clock.now())
        guard wait > .zero else { return }
        context.logger.info("resuming the poll schedule", metadata: [
            "next_poll_in": "\(Int(wait.seconds.rounded(.up)))s", "failures": .stringConvertible(saved.failures)])
        try await context.clock.sleep(for: wait)
    }

    /// The loop of a polling source, until the task is cancelled: waits out a `saved` schedule,
    /// then polls, reports health when it changes, records the cursor with the schedule, and
    /// sleeps as the schedule says (back-off after failures, a `FetchError`'s Retry-After).
    /// `poll` does one round and says how it went (`PollRound`); `cursor` gives the cursor text
    /// to record with the schedule of the round just made.
    public static func loop(interval: Duration, target: String, resuming saved: SavedSchedule?, origin: String,
                            context: SourceContext, poll: () async throws -> PollRound,
                            cursor: (SavedSchedule) -> String) async throws {
        var schedule = PollSchedule(interval: interval)
        var health = HealthReporter()
        if let saved { try await resume(&schedule, saved, target: target, context: context) }
        while true {
            try Task.checkCancellation()
            let delay: Duration, start = context.clock.now()
            var retryAfter: Duration?
            do {
                let round = try await poll()
                retryAfter = round.retryAfter
                if let degraded = round.degraded { health.failing(degraded, context) } else { health.ok(context) }
                delay = schedule.afterSuccess(retryAfter: retryAfter)
            } catch {
                if Task.isCancelled || error is CancellationError { throw CancellationError() }
                health.failing("\(error)", context)
                retryAfter = (error as? FetchError)?.retryAfter
                delay = schedule.afterFailure(retryAfter: retryAfter)
            }
            let saved = schedule.saved(polledAt: start, retryAfter: retryAfter, target: target)
            try await save(cursor(saved), origin: origin, context: context)
            try await context.clock.sleep(for: delay)
        }
    }

    /// Records the cursor with the schedule of the poll just made (an empty batch: it also tells
    /// `earshot status` when the source last polled). A store that cannot record it is logged;
    /// the source polls on.
    public static func save(_ cursor: String, origin: String, context: SourceContext) async throws {
        do {
            try await context.emit(SourceBatch(items: [], origin: origin, cursor: cursor))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.logger.warning("could not record the poll schedule", metadata: ["error": "\(error)"])
        }
    }
}

/// Tells the runtime about a source's health only when it changes (ok → failing, failing → ok, or a
/// different failure), so a source failing every poll is reported once, not every poll.
public struct HealthReporter: Sendable {
    public private(set) var last: SourceHealth?

    public init() {}

    /// Reports `.ok` if the last report was not.
    public mutating func ok(_ context: SourceContext) { update(.ok, context) }

    /// Reports a failure if it differs from the last report; every failure is logged at debug level.
    public mutating func failing(_ message: String, _ context: SourceContext) {
        context.logger.debug("poll failed", metadata: ["error": "\(message)"])
        update(.failing(message), context)
    }

    private mutating func update(_ h: SourceHealth, _ context: SourceContext) {
        guard h != last else { return }
        last = h
        context.report(h)
    }
}
