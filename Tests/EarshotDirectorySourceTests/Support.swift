import EarshotCore
import EarshotTesting
import Foundation
import Logging
import Synchronization
import Testing
@testable import EarshotDirectorySource

/// A fresh temporary directory, removed by the caller with `cleanup`.
func makeTempDir(_ prefix: String = "earshot-dir") throws -> String {
    let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func cleanup(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

func write(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func write(_ path: String, bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func read(_ path: String) -> String? {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self) }
}

func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
}

func listing(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
}

/// Parses `text` as a file named `name` for source "inbox".
func parse(_ name: String, _ text: String, feed: FeedFileDecoder? = nil) throws -> [Item] {
    try DropFormats.parse(Data(text.utf8), fileName: name, source: "inbox", feedDecoder: feed)
}

/// The DropFileError parsing throws, or nil (and a test failure) when it does not throw one.
func parseError(_ name: String, _ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> DropFileError? {
    do {
        let items = try DropFormats.parse(data, fileName: name, source: "inbox", feedDecoder: nil)
        Issue.record("expected \(name) to fail, got \(items.count) items", sourceLocation: sourceLocation)
        return nil
    } catch let e as DropFileError {
        return e
    } catch {
        Issue.record("expected a DropFileError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

func parseError(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> DropFileError? {
    parseError(name, Data(text.utf8), sourceLocation: sourceLocation)
}

/// Waits (really) until `condition` holds, up to `timeout` seconds. The limit is generous because the
/// suite runs many tests at once on a 2-core CI machine; a condition that holds returns at once.
func eventually(timeout: Double = 60, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}

struct EmitFailure: Error, CustomStringConvertible {
    var description: String { "the engine is unavailable" }
}

/// Records what a running source emits and reports; can be told to fail emits.
final class Recorder: Sendable {
    struct State {
        var batches: [SourceBatch] = []
        var health: [SourceHealth] = []
        /// Emits that succeed before every later one throws (nil: never throw).
        var failAfter: Int?
        var emits = 0
    }
    let state: Mutex<State>
    /// What the source logged.
    let logs = InMemoryLogRecorder()

    init(failAfter: Int? = nil) { state = Mutex(State(failAfter: failAfter)) }

    var batches: [SourceBatch] { state.withLock { $0.batches } }
    var items: [Item] { batches.flatMap(\.items) }
    var health: [SourceHealth] { state.withLock { $0.health } }

    func context(clock: any WallClock = SystemClock()) -> SourceContext {
        SourceContext(
            name: "inbox", logger: logs.logger(), clock: clock,
            emit: { [self] batch in
                try state.withLock { s in
                    s.emits += 1
                    if let n = s.failAfter, s.emits > n { throw EmitFailure() }
                    s.batches.append(batch)
                }
            },
            loadCursor: { nil },
            health: { [self] h in state.withLock { $0.health.append(h) } })
    }
}

/// Runs a directory source on `settings` until `body` returns, then cancels it.
func withRunningSource(_ settings: DirectorySettings, recorder: Recorder, clock: any WallClock = SystemClock(),
                       feed: FeedFileDecoder? = nil, _ body: () async throws -> Void) async throws {
    let source = DirectorySource(settings: settings, feedDecoder: feed)
    let context = recorder.context(clock: clock)
    let task = Task { try await source.run(context: context) }
    do {
        try await body()
    } catch {
        task.cancel(); _ = await task.result
        throw error
    }
    task.cancel()
    let result = await task.result
    if case .failure(let e) = result, !(e is CancellationError) { Issue.record("source ended with \(e)") }
}

/// Settings for a drop directory at `path` with test-friendly defaults.
func testSettings(_ path: String, settle: Duration = .zero, rescan: Duration = .milliseconds(200),
                  maxFileSize: Int = 1 << 20, batchSize: Int = 1000) -> DirectorySettings {
    var s = DirectorySettings(path: path)
    s.settle = settle
    s.rescan = rescan
    s.maxFileSize = maxFileSize
    s.batchSize = batchSize
    return s
}
