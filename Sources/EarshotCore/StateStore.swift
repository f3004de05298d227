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
    /// Routes with `duplicates: fold`: on them an item whose `duplicate_of` group already
    /// escalated joins that escalation instead of starting one.
    public var foldingRoutes: Set<String>

    public init(source: String, cursor: String?, escalations: [Escalation], sinksByEscalation: [String: [String]], epoch: Int64,
                foldingRoutes: Set<String> = []) {
        self.source = source; self.cursor = cursor; self.escalations = escalations
        self.sinksByEscalation = sinksByEscalation; self.epoch = epoch; self.foldingRoutes = foldingRoutes
    }
}

/// What a commit queued, and which items it folded into earlier escalations as duplicates.
public struct CommitResult: Sendable {
    public var deliveries: [Delivery]
    public var folded: [FoldedDuplicate]
    public init(deliveries: [Delivery] = [], folded: [FoldedDuplicate] = []) { self.deliveries = deliveries; self.folded = folded }
}

/// An item recorded as part of an earlier escalation of its near-duplicate group.
public struct FoldedDuplicate: Sendable, Hashable {
    public var route: String
    public var item: String
    /// The `duplicate_of` group: the id of the group's first item.
    public var group: String
    public var escalation: String
    public init(route: String, item: String, group: String, escalation: String) {
        self.route = route; self.item = item; self.group = group; self.escalation = escalation
    }
}

/// Durable state: which items each route has seen, source cursors, and the outbox of deliveries.
/// Small on purpose, so that a store for another database (PostgreSQL for several instances)
/// can follow. Every method is atomic.
public protocol StateStore: Sendable {
    func cursor(source: String) async throws -> String?
    /// Records the batch: marks each (route, item) seen, queues a delivery per sink for each
    /// escalation none of whose items the route had seen, and saves the cursor. On a route in
    /// `foldingRoutes`, an item whose `duplicate_of` group already escalated there is marked seen
    /// as part of that escalation and counted, not escalated again.
    /// Returns the deliveries it queued (the rest were repeats) and the items it folded.
    func commit(_ batch: BatchCommit) async throws -> CommitResult
    /// Deliveries to `sink` not yet done and due at `now`, oldest first: those that failed at least
    /// once, and those queued under an earlier `epoch` (before a restart or reload). New deliveries
    /// of the current epoch reach their sink from memory and are not returned.
    func pendingDeliveries(sink: String, now: Date, limit: Int, epoch: Int64) async throws -> [Delivery]
    func markDelivered(_ ids: [String], at: Date) async throws
    /// Records a failed attempt; the delivery is retried at `retryAt`, or becomes a dead letter if nil.
    func markFailed(_ id: String, error: String, retryAt: Date?) async throws
    func counts() async throws -> OutboxCounts
    /// Deliveries not yet done (retrying or not yet tried), by sink name.
    func pendingBySink() async throws -> [String: Int]
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

    /// snake_case, as every other key of `earshot status --json`.
    enum CodingKeys: String, CodingKey {
        case source, items
        case lastPoll = "last_poll", lastError = "last_error"
    }
}
