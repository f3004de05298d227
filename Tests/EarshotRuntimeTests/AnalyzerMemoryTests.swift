import EarshotConfig
import EarshotCore
import EarshotRuntime
import EarshotTesting
import Foundation
import Synchronization
import Testing

/// Remembers the texts it saw, one per line, the way `duplicates` remembers fingerprints.
final class RememberingAnalyzer: StatefulAnalyzer {
    let seen = Mutex<[String]>([])
    let saves = Mutex(0)

    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        seen.withLock { $0.append(item.text) }
    }

    func adoptState(from previous: any Analyzer) async -> Int? {
        guard let old = previous as? RememberingAnalyzer else { return nil }
        let texts = old.seen.withLock { $0 }
        seen.withLock { $0 = texts }
        return texts.count
    }

    func saveState(to path: String) async throws {
        try seen.withLock { $0.joined(separator: "\n") }.write(toFile: path, atomically: true, encoding: .utf8)
        saves.withLock { $0 += 1 }   // counted once written: a test that sees the count reads the file
    }

    func loadState(from path: String, now: Date) async throws -> Int? {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard !text.hasPrefix("BROKEN") else { throw DeliveryError("not a memory file", retryable: false) }
        let texts = text.split(separator: "\n").map(String.init)
        seen.withLock { $0 = texts }
        return texts.count
    }
}

/// The engine saves what stateful analyzers remember when it stops (and every few minutes),
/// and hands it back when it starts.
@Suite struct AnalyzerMemoryTests {
    let logs = InMemoryLogRecorder()

    static let yaml = """
        state_dir: unused
        sources:
          - { name: inbox, type: scripted }
        analyzers:
          - { type: remembering, name: "memory one" }
        routes:
          - { name: all, to: [alerts] }
        sinks:
          - { name: alerts, type: recording }
        """

    func engine(_ dir: String, items: [Item], clock: any WallClock = SystemClock()) throws -> (Engine, RememberingAnalyzer, TestPlugins) {
        let analyzer = RememberingAnalyzer()
        let plugins = TestPlugins(sinkNames: ["alerts"])
        var c = try configuration(Self.yaml, items: items, plugins: plugins) { r in
            r.analyzers["remembering"] = AnalyzerFactory(provides: []) { _ in analyzer }
        }
        c.stateDirectory = dir
        return (Engine(configuration: c, store: try SQLiteStateStore(directory: dir), logger: logs.logger(), clock: clock), analyzer, plugins)
    }

    @Test func memorySurvivesARestart() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = Engine.statePath(stateDirectory: dir, analyzer: "memory one")
        #expect(path.hasPrefix(dir + "/analyzers/memory_one-") && path.hasSuffix(".json"), "\(path)")
        #expect(Engine.statePath(stateDirectory: dir, analyzer: "duplicates") == dir + "/analyzers/duplicates.json")
        #expect(path != Engine.statePath(stateDirectory: dir, analyzer: "memory_one"), "names that differ keep apart")
        #expect(Engine.statePath(stateDirectory: dir, analyzer: "../x").hasPrefix(dir + "/analyzers/___x-"))

        let (first, a1, p1) = try engine(dir, items: [Item(source: "x", text: "a"), Item(source: "x", text: "b")])
        await first.start()
        try await eventually("two deliveries") { p1.sinks["alerts"]!.received.count == 2 }
        await first.stop()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\nb")
        #expect(a1.saves.withLock { $0 } == 1)

        let (second, a2, p2) = try engine(dir, items: [Item(source: "x", text: "c")])
        await second.start()
        try await eventually("one delivery") { p2.sinks["alerts"]!.received.count == 1 }
        #expect(a2.seen.withLock { $0 } == ["a", "b", "c"])
        await second.stop()
        #expect(logs.all.contains { $0.message == "analyzer memory restored" && $0.metadata["entries"] == "2" })
    }

    @Test func aBrokenFileIsLoggedAndTheDaemonRuns() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/analyzers", withIntermediateDirectories: true)
        let path = Engine.statePath(stateDirectory: dir, analyzer: "memory one")
        try "BROKEN".write(toFile: path, atomically: true, encoding: .utf8)
        let (e, a, p) = try engine(dir, items: [Item(source: "x", text: "a")])
        await e.start()
        try await eventually("a delivery") { p.sinks["alerts"]!.received.count == 1 }
        await e.stop()
        #expect(a.seen.withLock { $0 } == ["a"])
        #expect(logs.all.contains { $0.level == .warning && $0.message == "analyzer memory not restored; starting empty"
                                    && ($0.metadata["error"] ?? "").contains("not a memory file") })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a", "the next save replaces it")
    }

    /// A crash loses at most one snapshot interval: the memory is saved periodically on the
    /// engine's clock, not only at a clean stop.
    @Test func memoryIsSavedPeriodicallyWhileRunning() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clock = TestClock()
        let (e, a, p) = try engine(dir, items: [Item(source: "x", text: "a")], clock: clock)
        await e.start()
        try await eventually("a delivery") { p.sinks["alerts"]!.received.count == 1 }
        #expect(a.saves.withLock { $0 } == 0)
        // Moved on until the snapshot task (which may not be asleep yet) has saved.
        try await eventually("a periodic save") {
            if a.saves.withLock({ $0 }) >= 1 { return true }
            clock.advance(by: Engine.analyzerSnapshotInterval)
            return false
        }
        let periodic = a.saves.withLock { $0 }
        #expect(try String(contentsOfFile: Engine.statePath(stateDirectory: dir, analyzer: "memory one"), encoding: .utf8) == "a")
        await e.stop()
        #expect(a.saves.withLock { $0 } > periodic, "and once more at the stop (memorySurvivesARestart shows that one alone)")
    }
}
