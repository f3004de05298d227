import Foundation

/// One delivery of an escalation to one sink, as kept in the durable outbox.
public struct Delivery: Sendable, Hashable {
    /// Stable: escalation id + sink name. Sinks pass it on (`X-Earshot-Delivery`, `Message-ID`).
    public var id: String
    public var sink: String
    public var escalation: Escalation
    public var attempts: Int

    public init(id: String, sink: String, escalation: Escalation, attempts: Int = 0) {
        self.id = id; self.sink = sink; self.escalation = escalation; self.attempts = attempts
    }

    public static func id(escalation: String, sink: String) -> String { "\(escalation).\(sink)" }
}

/// What one processed batch changes in the state, written atomically.
public struct BatchCommit: Sendable {
    public var source: String
    public var cursor: String?
    /// Escalations proposed for this batch; the store keeps only those whose (route, item) pairs are new.
    public var escalations: [Escalation]
    public var sinksByEscalation: [String: [String]]
    /// The delivery epoch of the running sink workers (see `pendingDeliveries`).
    public var epoch: Int64

    public init(source: String, cursor: String?, escalations: [Escalation], sinksByEscalation: [String: [String]], epoch: Int64) {
        self.source = source; self.cursor = cursor; self.escalations = escalations
        self.sinksByEscalation = sinksByEscalation; self.epoch = epoch
    }
}

/// Durable state: which items each route has seen, source cursors, and the outbox of deliveries.
/// Small on purpose, so that a store for another database (PostgreSQL for several instances)
/// can follow. Every method is atomic.
public protocol StateStore: Sendable {
    func cursor(source: String) async throws -> String?
    /// Records the batch: marks each (route, item) seen, queues a delivery per sink for each
    /// escalation none of whose items the route had seen, and saves the cursor.
    /// Returns the deliveries it queued (the rest were duplicates).
    func commit(_ batch: BatchCommit) async throws -> [Delivery]
    /// Deliveries to `sink` not yet done and due at `now`, oldest first: those that failed at least
    /// once, and those queued under an earlier `epoch` (before a restart or reload). New deliveries
    /// of the current epoch reach their sink from memory and are not returned.
    func pendingDeliveries(sink: String, now: Date, limit: Int, epoch: Int64) async throws -> [Delivery]
    func markDelivered(_ ids: [String], at: Date) async throws
    /// Records a failed attempt; the delivery is retried at `retryAt`, or becomes a dead letter if nil.
    func markFailed(_ id: String, error: String, retryAt: Date?) async throws
    func counts() async throws -> OutboxCounts
    func recentEscalations(limit: Int) async throws -> [Escalation]
    /// Source health for `earshot status`.
    func recordSourceStatus(_ status: SourceStatus) async throws
    func sourceStatuses() async throws -> [SourceStatus]
}

public struct OutboxCounts: Sendable, Hashable, Codable {
    public var pending: Int
    public var delivered: Int
    public var dead: Int
    public init(pending: Int, delivered: Int, dead: Int) { self.pending = pending; self.delivered = delivered; self.dead = dead }
}

public struct SourceStatus: Sendable, Hashable, Codable {
    public var source: String
    public var lastPoll: Date?
    public var lastError: String?
    public var items: Int
    public init(source: String, lastPoll: Date?, lastError: String?, items: Int) {
        self.source = source; self.lastPoll = lastPoll; self.lastError = lastError; self.items = items
    }
}
