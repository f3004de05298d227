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
