import Foundation
import Logging

// MARK: - Sources

/// A batch of items a source hands to the engine, with what to do once they are safely processed.
public struct SourceBatch: Sendable {
    public var items: [Item]
    /// Where the items came from, for logs (a file name, a URL).
    public var origin: String
    /// The cursor to persist once every item of the batch was analyzed, routed and recorded.
    public var cursor: String?

    public init(items: [Item], origin: String, cursor: String? = nil) {
        self.items = items; self.origin = origin; self.cursor = cursor
    }
}

/// What the runtime lends a running source.
public struct SourceContext: Sendable {
    public let name: String
    public let logger: Logger
    public let clock: any WallClock
    private let emitBatch: @Sendable (SourceBatch) async throws -> Void
    private let loadCursorFn: @Sendable () async throws -> String?
    private let healthFn: @Sendable (SourceHealth) -> Void

    public init(name: String, logger: Logger, clock: any WallClock,
                emit: @escaping @Sendable (SourceBatch) async throws -> Void,
                loadCursor: @escaping @Sendable () async throws -> String?,
                health: @escaping @Sendable (SourceHealth) -> Void) {
        self.name = name; self.logger = logger; self.clock = clock
        self.emitBatch = emit; self.loadCursorFn = loadCursor; self.healthFn = health
    }

    /// Hands a batch to the engine and returns once it is durably processed (and its cursor saved).
    /// Items keep the source's name whatever `source` they carry.
    public func emit(_ batch: SourceBatch) async throws { try await emitBatch(batch) }
    /// The cursor last saved with an emitted batch, or nil on first run.
    public func loadCursor() async throws -> String? { try await loadCursorFn() }
    /// Reports whether the source works, for the log (once per change) and `earshot status`.
    public func report(_ health: SourceHealth) { healthFn(health) }
}

public enum SourceHealth: Sendable, Equatable {
    case ok
    case failing(String)
}

/// Brings items in. `run` loops until the task is cancelled (shutdown or reload), emitting batches.
/// Errors it throws are logged and the runtime restarts it with back-off.
public protocol Source: Sendable {
    func run(context: SourceContext) async throws
}

/// What a plugin reads from or writes to on the file system, so that `check` can refuse a config
/// where two sources take the same drop directory, or a sink writes into one (Earshot would read
/// its own output). Paths are absolute.
public protocol FileSystemFootprint {
    /// A directory whose files the plugin takes (and moves away); not its subdirectories.
    var takesFilesFrom: String? { get }
    /// Whether a file of this name in `takesFilesFrom` would be taken (its extension accepted).
    func wouldTake(fileNamed name: String) -> Bool
    /// A file the plugin writes.
    var writesFile: String? { get }
}

extension FileSystemFootprint {
    public var takesFilesFrom: String? { nil }
    public func wouldTake(fileNamed name: String) -> Bool { takesFilesFrom != nil }
    public var writesFile: String? { nil }
}

// MARK: - Analyzers

public struct AnalyzerContext: Sendable {
    public let logger: Logger
    public let clock: any WallClock
    public init(logger: Logger, clock: any WallClock) { self.logger = logger; self.clock = clock }
}

/// Adds what it finds about an item to its analysis. Runs in the order the config lists.
public protocol Analyzer: Sendable {
    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws
}

/// An analyzer that can list every label it may add (rules, a model's labels), so that `earshot
/// check` can warn about a route waiting for a label nothing adds (a typo such as
/// `intent/complant`). An analyzer that provides labels without conforming turns that check off.
public protocol LabelListing {
    var labelsItMayAdd: Set<String> { get }
}

/// An analyzer that never waits: it computes from the item alone (no I/O, no actor, no other
/// task). The pipeline runs such analyzers over a batch without an async call per item, on
/// items it reads in place rather than copies (see `Pipeline.analyze(_:context:)`).
/// `analyze` is provided and calls `analyzeNow`.
public protocol SynchronousAnalyzer: Analyzer {
    func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws

    /// Analyzes `items[i]` into `analyses[i]` for every `i`, calling `failed(i, error)` for each
    /// item it could not analyze. The default calls `analyzeNow` per item; an analyzer that
    /// reads only a few fields can instead read them in place (`items[i].text`), which saves
    /// copying each whole item (a retain and a release per field).
    func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                     context: AnalyzerContext, failed: (Int, any Error) -> Void)
}

extension SynchronousAnalyzer {
    public func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        try analyzeNow(item, &analysis, context: context)
    }

    public func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                            context: AnalyzerContext, failed: (Int, any Error) -> Void) {
        for i in items.indices {
            do { try analyzeNow(items[i], &analyses[i], context: context) } catch { failed(i, error) }
        }
    }
}

/// An analyzer that remembers what it saw across items (the `duplicates` window). A config
/// reload builds every analyzer anew; the engine then hands each stateful one the instance of
/// the same name and type it replaces, so that a reload keeps what the daemon remembered. The
/// engine also saves that memory to a file in `state_dir` when the daemon stops and every few
/// minutes while it runs, and loads it when the daemon starts: a restart keeps it, a crash
/// loses at most the last few minutes. (`earshot test` and `earshot analyze` neither load nor
/// save it.)
public protocol StatefulAnalyzer: Analyzer {
    /// Takes over `previous`'s memory when its settings allow (the same kind of fingerprints,
    /// say); returns how many remembered entries were taken over, or nil when none could be.
    func adoptState(from previous: any Analyzer) async -> Int?
    /// Writes the memory to `path`, replacing the file atomically.
    func saveState(to path: String) async throws
    /// Reads what `saveState` wrote; returns how many entries it took, or nil when the file was
    /// written with settings this analyzer cannot use. Throws, saying why, on a broken file.
    /// `now` is the engine's clock at the start: a file written while the system clock ran
    /// ahead holds times from the future, which an analyzer that ages its memory must not trust.
    func loadState(from path: String, now: Date) async throws -> Int?
}

// MARK: - Sinks

public struct SinkContext: Sendable {
    public let logger: Logger
    /// A stable id for this delivery (escalation × sink): receivers can drop duplicates by it.
    public let deliveryID: String
    public init(logger: Logger, deliveryID: String) { self.logger = logger; self.deliveryID = deliveryID }
}

/// A failed delivery, saying whether trying again can help.
public struct DeliveryError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var retryable: Bool
    public init(_ message: String, retryable: Bool) { self.message = message; self.retryable = retryable }
    public var description: String { message }
}

/// Delivers escalations somewhere people look.
public protocol Sink: Sendable {
    /// Throws a `DeliveryError` that says whether a retry can help; any other error counts as retryable.
    func deliver(_ escalation: Escalation, context: SinkContext) async throws
    /// Flushes and releases what the sink holds; called on shutdown and when a reload replaces it.
    func close() async
}

extension Sink {
    public func close() async {}
}
