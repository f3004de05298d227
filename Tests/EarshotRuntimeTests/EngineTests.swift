import EarshotConfig
import EarshotCore
@testable import EarshotRuntime
import EarshotTesting
import Foundation
import GRDB
import Testing

/// Builds a configuration with scripted items and recording sinks.
func configuration(_ yaml: String, items: [Item], plugins: TestPlugins, extra: (inout PluginRegistry) -> Void = { _ in }) throws -> EarshotConfiguration {
    var r = plugins.registry(items: items)
    extra(&r)
    return try ConfigBuilder.build(text: yaml, file: "t.yaml", registry: r, environment: [:]).get()
}

/// Waits (polling, bounded) until `condition` holds.
func eventually(_ what: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("timed out waiting for \(what)")
}

struct LabelAnalyzer: Analyzer {
    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        if item.text.contains("cancel") { analysis.addLabel("intent/churn", reason: "rule cancel"); analysis.team = "support" }
        if item.text.contains("boom") { throw DeliveryError("analyzer exploded", retryable: false) }
    }
}

let yaml = """
state_dir: unused
sources:
  - { name: inbox, type: scripted }
analyzers:
  - type: labels
routes:
  - name: churn
    when: { labels_any: [intent/churn] }
    to: [hook, alerts]
    severity: high
  - name: rest
    to: [alerts]
sinks:
  - { name: hook, type: recording }
  - { name: alerts, type: recording }
"""

func withLabels(_ r: inout PluginRegistry) {
    r.analyzers["labels"] = AnalyzerFactory(provides: [.labels]) { _ in LabelAnalyzer() }
}

@Suite struct EngineTests {
    let logs = InMemoryLogRecorder()

    /// The test config with `hook` failing its first `times` deliveries with `error`, items that
    /// escalate to it, and deliveries retried after `retryInitial`.
    func hookFailing(_ times: Int, with error: DeliveryError, items: [Item], retryInitial: Duration? = nil) throws -> (TestPlugins, EarshotConfiguration) {
        let plugins = TestPlugins(sinkNames: ["hook", "alerts"])
        plugins.sinks["hook"]!.failNext(times, with: error)
        var c = try configuration(yaml, items: items, plugins: plugins, extra: withLabels)
        if let retryInitial { c.retryInitial = retryInitial }
        return (plugins, c)
    }

    @Test func routesItemsToSinksOnceAcrossRestarts() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let items = [Item(source: "x", text: "please cancel my plan"), Item(source: "x", text: "nice app")]

        for run in 1...2 {
            let plugins = TestPlugins(sinkNames: ["hook", "alerts"])
            let c = try configuration(yaml, items: items, plugins: plugins, extra: withLabels)
            let store = try SQLiteStateStore(directory: dir)
            let engine = Engine(configuration: c, store: store, logger: logs.logger())
            await engine.start()
            if run == 1 {
                try await eventually("two deliveries to alerts") { plugins.sinks["alerts"]!.received.count == 2 }
                try await eventually("one to hook") { plugins.sinks["hook"]!.received.count == 1 }
                let hook = plugins.sinks["hook"]!.received[0]
                #expect(hook.escalation.route == "churn")
                #expect(hook.escalation.severity == .high)
                #expect(hook.escalation.team == "support")
                #expect(hook.escalation.reasons == ["label intent/churn (rule cancel)"])
                #expect(hook.escalation.items[0].item.source == "inbox", "the source's name replaces what the item said")
                #expect(hook.deliveryID == "\(hook.escalation.id).hook")
            } else {
                try await Task.sleep(for: .milliseconds(300))
                #expect(plugins.sinks["alerts"]!.received.isEmpty, "the same items never escalate twice")
                #expect(plugins.sinks["hook"]!.received.isEmpty)
            }
            await engine.stop()
            #expect(plugins.sinks["alerts"]!.closeCount == 1)
        }
        let store = try SQLiteStateStore(directory: dir)
        #expect(try await store.counts() == OutboxCounts(pending: 0, delivered: 3, dead: 0))
        #expect(try store.journalMode() == "wal")
    }

    @Test func retryableFailuresAreRetriedThenDelivered() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (plugins, c) = try hookFailing(2, with: DeliveryError("503 from receiver", retryable: true),
                                           items: [Item(source: "x", text: "cancel now")], retryInitial: .milliseconds(20))
        let store = try SQLiteStateStore(directory: dir)
        let engine = Engine(configuration: c, store: store, logger: logs.logger())
        await engine.start()
        try await eventually("delivery after two failures") { plugins.sinks["hook"]!.received.count == 1 }
        await engine.stop()
        // The first failure of a sink is a warning (with one line saying so), the next ones debug
        // lines until it delivers again.
        let failures = logs.all.filter { $0.message == "delivery failed; will retry" }
        #expect(failures.map(\.level) == [.warning, .debug])
        #expect(logs.all.filter { $0.message.hasPrefix("sink failing") }.count == 1)
        let recovered = try #require(logs.all.first { $0.message == "sink recovered" })
        #expect(recovered.level == .info && recovered.metadata["sink"] == "hook" && recovered.metadata["failed_attempts"] == "2")
        #expect(try await store.counts().delivered == 2)
    }

    @Test func permanentFailuresBecomeDeadLetters() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (plugins, c) = try hookFailing(1, with: DeliveryError("400 bad request", retryable: false),
                                           items: [Item(source: "x", text: "cancel now")])
        let store = try SQLiteStateStore(directory: dir)
        let engine = Engine(configuration: c, store: store, logger: logs.logger())
        await engine.start()
        try await eventually("a dead letter") { try await store.counts().dead == 1 }
        try await eventually("alerts still delivered") { plugins.sinks["alerts"]!.received.count == 1 }
        await engine.stop()
        let dead = try await store.deadLetters(limit: 5)
        #expect(dead.count == 1 && dead[0].sink == "hook" && dead[0].error == "400 bad request")

        // Queued again by id, in one transaction: another sink's list leaves it, a typo matches nothing.
        let now = Date()
        #expect(try await store.requeueDeadLetters(sinks: ["alerts"], ids: [dead[0].id], at: now) == [dead[0].id: 0])
        #expect(try await store.requeueDeadLetters(sinks: [], at: now) == ["": 0])
        let counts = try await store.requeueDeadLetters(sinks: ["hook", "alerts"], ids: ["esc_typo", dead[0].id, "esc_typo"], at: now)
        #expect(counts == ["esc_typo": 0, dead[0].id: 1])
        #expect(try await store.counts().dead == 0)
        #expect(try await store.pendingBySink() == ["hook": 1])
    }

    @Test func undeliveredEscalationsSurviveARestart() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // First run: the sink fails (retryable) and the daemon stops before the retry is due.
        let (p1, c1) = try hookFailing(1, with: DeliveryError("connection refused", retryable: true),
                                       items: [Item(source: "x", text: "cancel it")], retryInitial: .milliseconds(200))
        let store = try SQLiteStateStore(directory: dir)
        let e1 = Engine(configuration: c1, store: store, logger: logs.logger())
        await e1.start()
        try await eventually("the failed attempt is recorded") { try await store.counts().pending == 1 && p1.sinks["alerts"]!.received.count == 1 }
        await e1.stop()
        #expect(p1.sinks["hook"]!.received.isEmpty)
        // Second run, no items: the pending delivery from the outbox arrives.
        let p2 = TestPlugins(sinkNames: ["hook", "alerts"])
        var c2 = try configuration(yaml, items: [], plugins: p2, extra: withLabels)
        c2.retryInitial = .milliseconds(200)
        let e2 = Engine(configuration: c2, store: try SQLiteStateStore(directory: dir), logger: logs.logger())
        await e2.start()
        try await eventually("redelivery after restart") { p2.sinks["hook"]!.received.count == 1 }
        await e2.stop()
        #expect(p2.sinks["hook"]!.received[0].escalation.route == "churn")
        #expect(p2.sinks["alerts"]!.received.isEmpty)
    }

    /// Deliveries left for a sink the new config dropped wait in the outbox; the log says so at
    /// the next start, naming the sink.
    @Test func deliveriesForARemovedSinkAreReported() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, c1) = try hookFailing(1, with: DeliveryError("connection refused", retryable: true),
                                      items: [Item(source: "x", text: "cancel it")], retryInitial: .seconds(60))
        let store = try SQLiteStateStore(directory: dir)
        let e1 = Engine(configuration: c1, store: store, logger: logs.logger())
        await e1.start()
        try await eventually("the failed attempt is recorded") { try await store.pendingBySink() == ["hook": 1] }
        await e1.stop()
        let yaml2 = yaml.replacingOccurrences(of: "    to: [hook, alerts]", with: "    to: [alerts]")
            .replacingOccurrences(of: "  - { name: hook, type: recording }\n", with: "")
        let e2 = Engine(configuration: try configuration(yaml2, items: [], plugins: TestPlugins(sinkNames: ["alerts"]), extra: withLabels),
                        store: store, logger: logs.logger())
        await e2.start()
        await e2.stop()
        let warned = logs.all.filter { $0.message.hasPrefix("deliveries wait for a sink that is no longer configured") }
        #expect(warned.count == 1 && warned.first?.metadata["sink"] == "hook" && warned.first?.metadata["pending"] == "1", "\(logs.all.map(\.message))")
    }

    @Test func aFailingAnalyzerDoesNotLoseTheItem() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plugins = TestPlugins(sinkNames: ["hook", "alerts"])
        let c = try configuration(yaml, items: [Item(source: "x", text: "boom cancel")], plugins: plugins, extra: withLabels)
        let engine = Engine(configuration: c, store: try SQLiteStateStore(directory: dir), logger: logs.logger())
        await engine.start()
        try await eventually("the item still routes") { plugins.sinks["alerts"]!.received.count == 1 }
        await engine.stop()
        #expect(logs.all.contains { $0.message.contains("analyzer failed") && $0.metadata["error"] == "analyzer exploded" })
    }

    @Test func reloadSwapsRoutesAndKeepsState() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let items = [Item(source: "x", text: "cancel please"), Item(source: "x", text: "hello")]
        let p1 = TestPlugins(sinkNames: ["hook", "alerts"])
        let engine = Engine(configuration: try configuration(yaml, items: items, plugins: p1, extra: withLabels),
                            store: try SQLiteStateStore(directory: dir), logger: logs.logger())
        await engine.start()
        try await eventually("first config delivers") { p1.sinks["alerts"]!.received.count == 2 }
        // The new config has a new route: the same items escalate on it (new route), but not again on the old ones.
        let p2 = TestPlugins(sinkNames: ["hook", "alerts"])
        let yaml2 = yaml.replacingOccurrences(of: "  - name: rest\n", with: "  - name: rest2\n")
        await engine.reload(try configuration(yaml2, items: items, plugins: p2, extra: withLabels))
        try await eventually("the new route delivers") { p2.sinks["alerts"]!.received.count == 1 }
        try await Task.sleep(for: .milliseconds(200))
        await engine.stop()
        #expect(p2.sinks["alerts"]!.received.map(\.escalation.route) == ["rest2"])
        #expect(p2.sinks["hook"]!.received.isEmpty)
        #expect(p1.sinks["alerts"]!.closeCount == 1, "the old sinks were closed by the reload")
    }
}

@Suite struct StoreTests {
    @Test func groupsKeepOnlyNewItems() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try SQLiteStateStore(directory: dir)
        let a = AnalyzedItem(item: Item(source: "s", text: "a"), analysis: Analysis())
        let b = AnalyzedItem(item: Item(source: "s", text: "b"), analysis: Analysis())
        func esc(_ items: [AnalyzedItem]) -> Escalation {
            Escalation(id: Escalation.stableID(route: "r", items: items.map(\.item)), created: Date(), kind: .mention,
                       route: "r", severity: .low, team: nil, reasons: [], items: items)
        }
        let e1 = esc([a])
        let d1 = try await store.commit(BatchCommit(source: "s", cursor: "c1", escalations: [e1], sinksByEscalation: [e1.id: ["x"]], epoch: 1)).deliveries
        #expect(d1.count == 1)
        let e2 = esc([a, b])
        let d2 = try await store.commit(BatchCommit(source: "s", cursor: "c2", escalations: [e2], sinksByEscalation: [e2.id: ["x"]], epoch: 1)).deliveries
        try #require(d2.count == 1)
        #expect(d2[0].escalation.items.map(\.item.id) == [b.item.id], "the item already escalated on this route is dropped")
        #expect(try await store.cursor(source: "s") == "c2")
        // Pending deliveries of the current epoch are in memory; a later epoch sees them in the outbox.
        #expect(try await store.pendingDeliveries(sink: "x", now: Date().addingTimeInterval(1), limit: 10, epoch: 1).isEmpty)
        #expect(try await store.pendingDeliveries(sink: "x", now: Date().addingTimeInterval(1), limit: 10, epoch: 2).count == 2)
    }

    /// Item ids are unique only within a source: two feeds that both number their entries 1, 2, 3
    /// each escalate their own entry 1. Rows written before the source was recorded (state from an
    /// older Earshot) still count as seen for every source, as they did then.
    @Test func theSameIdFromAnotherSourceIsAnotherItem() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // An older state: the schema up to v2, with one item seen on route r.
        let queue = try DatabaseQueue(path: dir + "/earshot.sqlite")
        try SQLiteStateStore.migrator.migrate(queue, upTo: "v2")
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO seen (route, item_id, escalation_id, at) VALUES ('r', 'old', 'esc_old', 0)")
        }
        try queue.close()

        let store = try SQLiteStateStore(directory: dir)
        func esc(_ item: Item) -> Escalation {
            Escalation(id: Escalation.stableID(route: "r", items: [item]), created: Date(), kind: .mention,
                       route: "r", severity: .low, team: nil, reasons: [], items: [AnalyzedItem(item: item, analysis: Analysis())])
        }
        func commit(_ item: Item) async throws -> Int {
            let e = esc(item)
            return try await store.commit(BatchCommit(source: item.source, cursor: nil, escalations: [e], sinksByEscalation: [e.id: ["x"]],
                                                      epoch: 1)).deliveries.count
        }
        #expect(try await commit(Item(id: "1", source: "shop-a", text: "my order never arrived")) == 1)
        #expect(try await commit(Item(id: "1", source: "shop-b", text: "the app crashes")) == 1, "another source's entry 1")
        #expect(try await commit(Item(id: "1", source: "shop-a", text: "my order never arrived")) == 0, "seen on this source")
        #expect(try await commit(Item(id: "old", source: "shop-a", text: "seen before the upgrade")) == 0)
        #expect(try await commit(Item(id: "old", source: "shop-b", text: "seen before the upgrade")) == 0)
        // An older Earshot run on this state by mistake still records (source defaults to '').
        let queue2 = try DatabaseQueue(path: dir + "/earshot.sqlite")
        try await queue2.write { db in
            try db.execute(sql: "INSERT INTO seen (route, item_id, escalation_id, at) VALUES ('r', 'legacy-insert', 'esc_x', 0)")
        }
        try queue2.close()
        #expect(try await commit(Item(id: "legacy-insert", source: "shop-a", text: "x")) == 0)
    }

    /// A damaged state file is named in the error, not just "file is not a database".
    @Test func aDamagedStateFileIsNamed() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try String(repeating: "not sqlite ", count: 20).write(toFile: dir + "/earshot.sqlite", atomically: true, encoding: .utf8)
        for readOnly in [false, true] {
            #expect {
                _ = try SQLiteStateStore(directory: dir, readOnly: readOnly)
            } throws: { error in
                "\(error)".hasPrefix("cannot open the state in \(dir)/earshot.sqlite: ") && "\(error)".contains("not a database")
            }
        }
    }

    /// SQLite opens a file it may not write read-only without a word; the store refuses such a
    /// connection at once (exit 78 in `run`) rather than failing every batch later. (Mode bits do
    /// not stop root, who runs CI, so the read-only connection is made by asking for one.)
    @Test func aStateThatCanOnlyBeReadIsRefusedAtOpen() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/earshot.sqlite"
        _ = try SQLiteStateStore(directory: dir)
        var config = Configuration()
        config.readonly = true
        let pool = try DatabasePool(path: path, configuration: config)
        #expect {
            try SQLiteStateStore.requireWritable(pool, path: path)
        } throws: { error in
            (error as? StateStoreError)?.permanent == true
                && "\(error)".hasPrefix("the state in \(path) can only be read, not written (is it owned by another user?")
        }
        let writable = try DatabasePool(path: path)
        try SQLiteStateStore.requireWritable(writable, path: path)
    }

    @Test func acknowledge() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try SQLiteStateStore(directory: dir)
        let e = Escalation(id: "esc_1", created: Date(), kind: .mention, route: "r", severity: .low, team: nil, reasons: [],
                           items: [AnalyzedItem(item: Item(source: "s", text: "a"), analysis: Analysis())])
        _ = try await store.commit(BatchCommit(source: "s", cursor: nil, escalations: [e], sinksByEscalation: [:], epoch: 1))
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try await store.acknowledge("esc_1", at: first) == .recorded)
        #expect(try await store.acknowledge("esc_1", at: first.addingTimeInterval(60)) == .already(first), "the first acknowledgement stands")
        #expect(try await store.acknowledge("esc_1", at: first.addingTimeInterval(-600)) == .already(first), "even with the clock set back")
        #expect(try await store.acknowledge("esc_nope", at: Date()) == .unknown)
        #expect(try await store.acknowledgements(escalations: ["esc_1", "esc_nope"]) == ["esc_1": first])
    }

    @Test func notifierSendsADatagram() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/notify.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": path]).notify("READY=1"))
        var buf = [UInt8](repeating: 0, count: 64)
        let n = recv(fd, &buf, 64, Int32(MSG_DONTWAIT))
        #expect(n == 7)
        #expect(String(decoding: buf.prefix(max(n, 0)), as: UTF8.self) == "READY=1")
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }
}
