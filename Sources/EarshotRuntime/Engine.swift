import EarshotConfig
import EarshotCore
import Foundation
import Logging

/// The running daemon: sources feed batches through the pipeline into the state store, and sink
/// workers deliver from the outbox. `reload` swaps sources, analyzers, routes and sinks for a new
/// configuration while the state store stays open.
public actor Engine {
    public let store: any StateStore
    private let logger: Logger
    private let clock: any WallClock
    private var configuration: EarshotConfiguration
    private var pipeline: Pipeline
    private var workers: [String: SinkWorker] = [:]
    private var epoch: Int64 = 0
    private var sourceTasks: [Task<Void, Never>] = []
    private var health: [String: SourceHealth] = [:]
    private var itemCounts: [String: Int] = [:]
    private var running = false
    private var snapshotTask: Task<Void, Never>?
    /// How often the memory of stateful analyzers is saved while running (see `StatefulAnalyzer`).
    public static let analyzerSnapshotInterval = Duration.seconds(300)

    public init(configuration: EarshotConfiguration, store: any StateStore, logger: Logger, clock: any WallClock = SystemClock()) {
        self.configuration = configuration
        self.pipeline = Pipeline(configuration: configuration)
        self.store = store
        self.logger = logger
        self.clock = clock
    }

    /// Starts sink workers (which first pick up what an earlier run left in the outbox), then sources.
    public func start() async {
        running = true
        await loadAnalyzerState()
        await startWorkers()
        startSources()
        startSnapshots()
        await warnAboutOrphanedDeliveries()
        logger.info("earshot started", metadata: [
            "config": "\(configuration.file)", "sources": .stringConvertible(configuration.sources.count),
            "analyzers": .stringConvertible(configuration.analyzers.count), "routes": .stringConvertible(configuration.routes.count),
            "sinks": .stringConvertible(configuration.sinks.count)])
    }

    /// Stops sources (a batch in flight is finished and recorded), then lets each sink deliver what
    /// it has queued until `deadline`; undelivered escalations stay in the outbox for the next start.
    public func stop(deadline: Duration = .seconds(4)) async {
        guard running else { return }
        running = false
        snapshotTask?.cancel()
        await snapshotTask?.value
        snapshotTask = nil
        await stopSources()
        await saveAnalyzerState()
        await stopWorkers(deadline: deadline)
        logger.info("earshot stopped")
    }

    /// Replaces the configuration. The caller has already built (and so validated) it.
    public func reload(_ new: EarshotConfiguration) async {
        if new.stateDirectory != configuration.stateDirectory {
            logger.warning("state_dir changed in the config; it takes effect at the next restart", metadata: [
                "running": "\(configuration.stateDirectory)", "new": "\(new.stateDirectory)"])
        }
        await stopSources()
        await stopWorkers(deadline: .seconds(2))
        // Sources are stopped: nothing analyzes while the memory of the old analyzers moves over.
        for named in new.analyzers {
            guard let stateful = named.analyzer as? any StatefulAnalyzer,
                  let old = configuration.analyzers.first(where: { $0.name == named.name && $0.type == named.type }) else { continue }
            if let kept = await stateful.adoptState(from: old.analyzer) {
                logger.info("analyzer memory kept across the reload", metadata: ["analyzer": "\(named.name)", "entries": .stringConvertible(kept)])
            } else {
                logger.info("analyzer starts with an empty memory: its settings changed", metadata: ["analyzer": "\(named.name)"])
            }
        }
        configuration = new
        pipeline = Pipeline(configuration: new)
        if running {
            await startWorkers()
            startSources()
            if snapshotTask == nil { startSnapshots() }
        }
        await warnAboutOrphanedDeliveries()
        logger.info("configuration reloaded", metadata: [
            "sources": .stringConvertible(new.sources.count), "analyzers": .stringConvertible(new.analyzers.count),
            "routes": .stringConvertible(new.routes.count), "sinks": .stringConvertible(new.sinks.count)])
    }

    /// Deliveries queued for a sink the config no longer has wait in the outbox (they go out if
    /// the sink comes back under the same name); say so, once per start or reload, per sink.
    private func warnAboutOrphanedDeliveries() async {
        guard let pending = try? await store.pendingBySink() else { return }
        let configured = Set(configuration.sinks.map(\.name))
        for (sink, n) in pending.sorted(by: { $0.key < $1.key }) where !configured.contains(sink) {
            logger.warning("deliveries wait for a sink that is no longer configured; they go out if it comes back under that name",
                           metadata: ["sink": "\(sink)", "pending": .stringConvertible(n)])
        }
    }

    // MARK: analyzer memory

    /// Where a stateful analyzer's memory is saved: `state_dir/analyzers/NAME.json`; a name with
    /// characters other than ASCII letters, digits, `-` and `_` has them replaced by `_` and a
    /// hash of the whole name appended, so that two names never share a file.
    public nonisolated static func statePath(stateDirectory: String, analyzer name: String) -> String {
        var safe = String(name.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : "_"
        })
        if safe != name || safe.isEmpty { safe += "-" + String(FNV1a.hash(name.utf8) % (1 << 32), radix: 16) }
        return (stateDirectory as NSString).appendingPathComponent("analyzers/\(safe).json")
    }

    private var statefulAnalyzers: [(name: String, analyzer: any StatefulAnalyzer)] {
        configuration.analyzers.compactMap { named in (named.analyzer as? any StatefulAnalyzer).map { (named.name, $0) } }
    }

    private func loadAnalyzerState() async {
        for (name, analyzer) in statefulAnalyzers {
            let path = Self.statePath(stateDirectory: configuration.stateDirectory, analyzer: name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                if let n = try await analyzer.loadState(from: path, now: clock.now()) {
                    logger.info("analyzer memory restored", metadata: ["analyzer": "\(name)", "entries": .stringConvertible(n)])
                } else {
                    logger.info("analyzer starts with an empty memory: the saved one was made with other settings",
                                metadata: ["analyzer": "\(name)", "file": "\(path)"])
                }
            } catch {
                logger.warning("analyzer memory not restored; starting empty", metadata: ["analyzer": "\(name)", "error": "\(error)"])
            }
        }
    }

    private func saveAnalyzerState() async {
        for (name, analyzer) in statefulAnalyzers {
            let path = Self.statePath(stateDirectory: configuration.stateDirectory, analyzer: name)
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try await analyzer.saveState(to: path)
            } catch {
                logger.warning("analyzer memory not saved", metadata: ["analyzer": "\(name)", "error": "\(error)"])
            }
        }
    }

    private func startSnapshots() {
        guard !statefulAnalyzers.isEmpty else { return }
        let clock = self.clock
        snapshotTask = Task { [weak self] in
            while !Task.isCancelled {
                do { try await clock.sleep(for: Self.analyzerSnapshotInterval) } catch { return }
                await self?.saveAnalyzerState()
            }
        }
    }

    // MARK: processing

    /// Analyzes, routes and records one batch, then hands new deliveries to the sink workers.
    /// Runs to the end even if the calling task is cancelled, so a batch is never half-recorded.
    public func process(_ batch: SourceBatch, source: String) async throws {
        let pipeline = self.pipeline
        let workers = self.workers
        let epoch = self.epoch
        let store = self.store
        let logger = self.logger
        let clock = self.clock
        let result = try await Task {
            let ctx = AnalyzerContext(logger: logger, clock: clock)
            var escalations: [Escalation] = []
            var sinksByEscalation: [String: [String]] = [:]
            let now = clock.now()
            let items = batch.items.map { item -> Item in
                var item = item
                item.source = source
                return item
            }
            let analyses = await pipeline.analyze(items, context: ctx)
            for (item, analysis) in zip(items, analyses) {
                for (esc, sinks) in pipeline.escalations(for: AnalyzedItem(item: item, analysis: analysis), now: now) {
                    escalations.append(esc)
                    sinksByEscalation[esc.id] = sinks
                }
            }
            return try await store.commit(BatchCommit(source: source, cursor: batch.cursor, escalations: escalations,
                                                      sinksByEscalation: sinksByEscalation, epoch: epoch,
                                                      foldingRoutes: pipeline.foldingRoutes))
        }.value
        let deliveries = result.deliveries
        var bySink: [String: [Delivery]] = [:]
        for d in deliveries { bySink[d.sink, default: []].append(d) }
        // One line per escalation that absorbed copies in this batch, not one per copy: a campaign
        // of a thousand reposts must not flood the log either.
        for (escalation, folded) in Dictionary(grouping: result.folded, by: \.escalation).sorted(by: { $0.key < $1.key }) {
            logger.info("near-duplicates folded into an earlier escalation", metadata: [
                "route": "\(folded[0].route)", "escalation": "\(escalation)", "items": .stringConvertible(folded.count),
                "group": "\(folded[0].group)"])
        }
        for (sink, ds) in bySink { await workers[sink]?.enqueue(ds) }
        itemCounts[source, default: 0] += batch.items.count
        let count = itemCounts[source] ?? 0
        try? await store.recordSourceStatus(SourceStatus(source: source, lastPoll: clock.now(),
                                                         lastError: failingMessage(source), items: count))
        logger.debug("batch processed", metadata: [
            "source": "\(source)", "origin": "\(batch.origin)", "items": .stringConvertible(batch.items.count),
            "escalations": .stringConvertible(deliveries.count), "folded": .stringConvertible(result.folded.count)])
    }

    private func failingMessage(_ source: String) -> String? {
        if case .failing(let m) = health[source] { return m }
        return nil
    }

    // MARK: sources

    private func startSources() {
        for s in configuration.sources {
            let name = s.name
            let source = s.source
            let log = logger.with("source", name)
            let ctx = SourceContext(
                name: name, logger: log, clock: clock,
                emit: { [weak self] batch in
                    guard let self else { throw CancellationError() }
                    try await self.process(batch, source: name)
                },
                loadCursor: { [store] in try await store.cursor(source: name) },
                health: { [weak self] h in Task { await self?.setHealth(name, h) } })
            let clock = self.clock
            sourceTasks.append(Task {
                var backoff = 1.0
                while !Task.isCancelled {
                    do {
                        try await source.run(context: ctx)
                        return   // a source that returns has nothing more to bring (a one-shot source)
                    } catch is CancellationError {
                        return
                    } catch {
                        if Task.isCancelled { return }
                        ctx.report(.failing("\(error)"))
                        log.error("source stopped with an error; restarting", metadata: [
                            "error": "\(error)", "restart_in": "\(Int(backoff))s"])
                        try? await clock.sleep(for: .milliseconds(Int64(backoff * 1000)))
                        backoff = min(backoff * 2, 300)
                    }
                }
            })
        }
    }

    private func stopSources() async {
        let tasks = sourceTasks
        sourceTasks = []
        for t in tasks { t.cancel() }
        for t in tasks { await t.value }
    }

    private func setHealth(_ source: String, _ h: SourceHealth) async {
        let old = health[source]
        health[source] = h
        guard old != h else { return }
        switch h {
        case .ok:
            if old != nil { logger.info("source recovered", metadata: ["source": "\(source)"]) }
        case .failing(let m):
            logger.warning("source failing", metadata: ["source": "\(source)", "error": "\(m)"])
        }
        try? await store.recordSourceStatus(SourceStatus(source: source, lastPoll: clock.now(),
                                                         lastError: failingMessage(source), items: itemCounts[source] ?? 0))
    }

    // MARK: sinks

    private func startWorkers() async {
        epoch = max(epoch + 1, Int64(clock.now().timeIntervalSince1970 * 1000))
        for s in configuration.sinks {
            let w = SinkWorker(name: s.name, sink: s.sink, store: store, logger: logger.with("sink", s.name), clock: clock,
                               retryInitial: configuration.retryInitial, retryMax: configuration.retryMax,
                               deadAfter: configuration.deadAfter, epoch: epoch)
            workers[s.name] = w
            await w.start()
        }
    }

    private func stopWorkers(deadline: Duration) async {
        let ws = workers
        workers = [:]
        await withTaskGroup(of: Void.self) { g in
            for w in ws.values { g.addTask { await w.stop(deadline: deadline) } }
        }
    }
}

extension Logger {
    /// A copy with one more metadata value.
    public func with(_ key: String, _ value: String) -> Logger {
        var l = self
        l[metadataKey: key] = "\(value)"
        return l
    }
}
