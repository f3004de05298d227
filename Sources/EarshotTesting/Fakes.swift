import EarshotConfig
import EarshotCore
import Foundation
import Logging
import Synchronization

/// A sink that records what it receives; can be told to fail.
public final class RecordingSink: Sink {
    public struct Received: Sendable { public var escalation: Escalation; public var deliveryID: String }
    private let state = Mutex<(received: [Received], failures: [DeliveryError], closed: Int)>(([], [], 0))

    public init() {}

    /// The next `count` deliveries fail with `error`.
    public func failNext(_ count: Int, with error: DeliveryError) {
        state.withLock { $0.failures.append(contentsOf: Array(repeating: error, count: count)) }
    }

    public var received: [Received] { state.withLock { $0.received } }
    public var closeCount: Int { state.withLock { $0.closed } }

    public func deliver(_ escalation: Escalation, context: SinkContext) async throws {
        try state.withLock { s in
            if !s.failures.isEmpty { throw s.failures.removeFirst() }
            s.received.append(Received(escalation: escalation, deliveryID: context.deliveryID))
        }
    }

    public func close() async { state.withLock { $0.closed += 1 } }
}

/// A source that emits the batches it was given, once, then waits until cancelled.
public struct ScriptedSource: Source {
    public let batches: [SourceBatch]
    public init(_ batches: [SourceBatch]) { self.batches = batches }
    public init(items: [Item]) { self.batches = [SourceBatch(items: items, origin: "script")] }

    public func run(context: SourceContext) async throws {
        for b in batches { try await context.emit(b) }
        while !Task.isCancelled { try await Task.sleep(for: .milliseconds(20)) }
    }
}

/// A clock tests move by hand; `sleep` returns once the clock has been advanced past its deadline,
/// or throws `CancellationError` as soon as its task is cancelled (as `Task.sleep` does).
public final class TestClock: WallClock {
    private struct Sleeper { var id: Int; var deadline: Date; var continuation: CheckedContinuation<Void, any Error> }
    private let state: Mutex<(now: Date, nextID: Int, sleepers: [Sleeper])>

    public init(now: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        state = Mutex((now, 0, []))
    }

    public func now() -> Date { state.withLock { $0.now } }

    /// How many sleeps are waiting for the clock to move.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    public func advance(by d: Duration) {
        let due = state.withLock { s -> [CheckedContinuation<Void, any Error>] in
            s.now = s.now.addingTimeInterval(d.seconds)
            let now = s.now
            let ready = s.sleepers.filter { $0.deadline <= now }.map(\.continuation)
            s.sleepers.removeAll { $0.deadline <= now }
            return ready
        }
        for c in due { c.resume() }
    }

    public func sleep(for duration: Duration) async throws {
        let id = state.withLock { s in s.nextID += 1; return s.nextID }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
                let resume: Result<Void, any Error>? = state.withLock { s in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    let deadline = s.now.addingTimeInterval(duration.seconds)
                    if deadline <= s.now { return .success(()) }
                    s.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: c))
                    return nil
                }
                if let resume { c.resume(with: resume) }
            }
        } onCancel: {
            let c = state.withLock { s -> CheckedContinuation<Void, any Error>? in
                guard let i = s.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return s.sleepers.remove(at: i).continuation
            }
            c?.resume(throwing: CancellationError())
        }
    }
}

/// A log handler that keeps records in memory, for tests that check what was logged.
public final class InMemoryLogRecorder: Sendable {
    public struct Record: Sendable { public var level: Logger.Level; public var message: String; public var metadata: [String: String] }
    private let records = Mutex<[Record]>([])
    public init() {}
    public var all: [Record] { records.withLock { $0 } }
    func append(_ r: Record) { records.withLock { $0.append(r) } }

    public func logger(label: String = "test", level: Logger.Level = .trace) -> Logger {
        var l = Logger(label: label) { _ in Handler(recorder: self) }
        l.logLevel = level
        return l
    }

    struct Handler: LogHandler {
        let recorder: InMemoryLogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            var md = metadata
            if let m = event.metadata { md.merge(m) { _, n in n } }
            recorder.append(Record(level: event.level, message: event.message.description, metadata: md.mapValues { $0.description }))
        }
    }
}

/// A registry with test doubles: `scripted` sources (items given by the test), `recording` sinks.
public struct TestPlugins: Sendable {
    public let sinks: [String: RecordingSink]

    public init(sinkNames: [String]) {
        sinks = Dictionary(uniqueKeysWithValues: sinkNames.map { ($0, RecordingSink()) })
    }

    public func registry(base: PluginRegistry = PluginRegistry(), items: [Item] = []) -> PluginRegistry {
        var r = base
        let sinks = self.sinks
        r.sinks["recording"] = SinkFactory { setup in sinks[setup.name] }
        r.sources["scripted"] = SourceFactory { _ in ScriptedSource(items: items) }
        return r
    }
}

/// Makes a fresh temporary directory that the caller removes.
public func makeTemporaryDirectory(_ prefix: String = "earshot-test") throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
