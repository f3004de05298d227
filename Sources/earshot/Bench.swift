import ArgumentParser
import EarshotConfig
import EarshotCore
import EarshotPlugins
import EarshotRuntime
import Foundation
import Logging

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: measures throughput and memory on generated data (numbers for docs/PERFORMANCE.md).",
        subcommands: [BenchPipeline.self, BenchAnalyzers.self])
}

/// Times the analyzer chain in-process over `id<TAB>text` lines (the same chain `earshot analyze`
/// runs, chosen by the same options), excluding reading input and printing output, so the figure
/// stands beside a bare library loop such as vaderSentiment's `polarity_scores`. The lines go
/// through `Pipeline.analyze(_:context:)` as one batch, as the engine analyzes a source's batch.
/// The CPU time is the whole process's: pin it to one core with taskset for a one-core figure.
struct BenchAnalyzers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyzers",
        abstract: "Sentences per CPU-second of the analyzer chain, in-process (no I/O in the timed loop).")

    @OptionGroup var chain: AnalyzeChainOptions
    @Option(help: "Lines of `id<TAB>text` (or plain text).") var input: String
    @Option(help: "Timed passes over the input; the fastest is reported.") var passes: Int = 5
    @Option(help: "Untimed passes first (tables paged in, caches warm: the daemon's steady state).") var warmup: Int = 0

    func run() async throws {
        let (pipeline, ctx, types) = try chain.pipeline()
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
            throw ValidationError("cannot read \(input): \(error.localizedDescription)")
        }
        // The same lines `earshot analyze` reads (CRLF included: split as a String, "\r\n" is one
        // character and no line would end).
        let items = InputLines([UInt8](data)).map { Item(id: $0.id, source: "bench", text: $0.text) }
        guard !items.isEmpty else { throw ValidationError("\(input) has no lines") }
        var best = Double.infinity, bestWall = Double.infinity
        var checksum = 0.0
        for _ in 0..<max(0, warmup) { _ = await pipeline.analyze(items, context: ctx) }
        for _ in 0..<max(1, passes) {
            let cpu0 = BenchPipeline.cpuSeconds(), wall0 = Date()
            for a in await pipeline.analyze(items, context: ctx) {
                checksum += a.sentiment?.compound ?? 0
            }
            best = min(best, BenchPipeline.cpuSeconds() - cpu0)
            bestWall = min(bestWall, Date().timeIntervalSince(wall0))
        }
        print("analyzers: \(types.joined(separator: ", "))")
        print(String(format: "%d sentences, best of %d passes: %.0f sentences per CPU-second, %.0f per wall-second (checksum %.3f)",
                     items.count, max(1, passes), Double(items.count) / best, Double(items.count) / bestWall, checksum))
    }
}

/// Feeds a generated JSONL file through the drop directory, `classify`, routes and a log sink file,
/// in-process with the real engine and SQLite state, and reports items/s and peak memory.
struct BenchPipeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pipeline")

    enum Share: String, ExpressibleByArgument, CaseIterable { case all, some, none }

    @Option(help: "How many items the JSONL file holds.") var items: Int = 100_000
    @Option(help: "Which items a route escalates: all, some (about a third), none.") var escalate: Share = .some
    @Option(help: "Working directory (kept); default a temporary one that is removed.") var dir: String?

    func run() async throws {
        let fm = FileManager.default
        let root = dir ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("earshot-bench-\(getpid())")
        try? fm.removeItem(atPath: root)
        let inbox = root + "/inbox", state = root + "/state", log = root + "/alerts.log"
        try fm.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        defer { if dir == nil { try? fm.removeItem(atPath: root) } }

        let when: String
        switch escalate {
        case .all: when = ""
        case .some: when = "\n    when: { labels_any: [bench/complaint, bench/churn] }"
        case .none: when = "\n    when: { labels_any: [bench/never] }"
        }
        let yaml = """
        state_dir: \(state)
        log: { level: warning }
        sources:
          - { name: inbox, type: directory, path: \(inbox), settle: 100ms, rescan: 1s, max_file_size: 4GB }
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: bench/complaint, any: [broken, "doesn't work", refund, terrible, waiting], team: support }
              - { label: bench/churn, any: [cancel, "switching to", unsubscribe], team: support, severity: high }
              - { label: bench/praise, any: [love, great, thanks] }
              - { label: bench/never, any: [xyzzy-never-matches] }
        routes:
          - name: bench
            to: [alerts]\(when)
        sinks:
          - { name: alerts, type: log, path: \(log) }
        """
        let configPath = root + "/earshot.yaml"
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
        let c = try loadConfiguration(configPath)

        // Generate the input outside the inbox, then rename it in (as writers should).
        let staging = root + "/items.jsonl"
        let genStart = Date()
        try Self.writeItems(count: items, to: staging)
        let size = (try? fm.attributesOfItem(atPath: staging)[.size] as? Int) ?? 0
        print(String(format: "generated %d items (%.1f MB) in %.2fs", items, Double(size) / 1e6, Date().timeIntervalSince(genStart)))

        var logger = Logger(label: "earshot-bench") { l in LineLogHandler(label: l, level: .warning, format: .logfmt) }
        logger.logLevel = .warning
        let store = try SQLiteStateStore(directory: state)
        let engine = Engine(configuration: c, store: store, logger: logger)
        let rssBefore = Self.peakRSSKB()
        let cpuBefore = Self.cpuSeconds()
        let start = Date()
        await engine.start()
        try fm.moveItem(atPath: staging, toPath: inbox + "/items.jsonl")
        while !fm.fileExists(atPath: inbox + "/.done/items.jsonl") {
            if fm.fileExists(atPath: inbox + "/.failed/items.jsonl") {
                printError("the benchmark file failed: \((try? String(contentsOfFile: inbox + "/.failed/items.jsonl.error", encoding: .utf8)) ?? "?")")
                throw Exit.runtimeFailure
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        let ingested = Date().timeIntervalSince(start)
        while try await store.counts().pending > 0 { try await Task.sleep(for: .milliseconds(5)) }
        let elapsed = Date().timeIntervalSince(start)
        let cpu = Self.cpuSeconds() - cpuBefore
        await engine.stop()
        let counts = try await store.counts()
        let peakRSS = Self.peakRSSKB()   // before counting the log's lines, which reads the log
        let lines = Self.countLines(log)
        print(String(format: "items: %d, escalated: %d, log lines: %d", items, counts.delivered, lines))
        print(String(format: "ingest+route+record: %.2fs (%.0f items/s); until all delivered: %.2fs (%.0f items/s)",
                     ingested, Double(items) / ingested, elapsed, Double(items) / elapsed))
        print(String(format: "cpu: %.2fs (%.0f items per cpu-second)", cpu, Double(items) / cpu))
        print("peak RSS: \(peakRSS / 1024) MB (before the run: \(rssBefore / 1024) MB)")
    }

    static func writeItems(count: Int, to path: String) throws {
        let openings = ["My order", "The app", "Your support", "The new update", "Checkout", "The delivery", "My account", "The battery", "Billing", "The website"]
        let middles = ["is broken again", "doesn't work since yesterday", "was great, thanks", "keeps crashing", "charged me twice, I want a refund",
                       "is terrible", "works fine", "has been waiting for 3 weeks", "is why I'm switching to a competitor", "made my day, love it",
                       "is slow but ok", "needs a dark mode", "said cancel my plan", "is confusing", "is exactly what I needed"]
        let ends = ["", " #fail", " @acme please fix", " https://example.com/p/123", "!!!", " :(", " :)", " 😡", " 🙏"]
        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write \(path)")
        }
        defer { try? out.close() }
        var rng = SplitMix64(seed: 42)
        var buf = ""
        for i in 0..<count {
            let text = openings[Int(rng.next() % UInt64(openings.count))] + " " + middles[Int(rng.next() % UInt64(middles.count))] + ends[Int(rng.next() % UInt64(ends.count))]
            let followers = rng.next() % 100_000
            buf += #"{"id":"bench-\#(i)","text":"\#(text)","author":{"handle":"@user\#(i % 5000)","followers":\#(followers)},"published":"2026-11-22T10:00:00Z"}"# + "\n"
            if buf.utf8.count > 1 << 20 { out.write(Data(buf.utf8)); buf = "" }
        }
        out.write(Data(buf.utf8))
    }

    /// Line breaks in a file, read in 1 MB chunks (0 when it cannot be read).
    static func countLines(_ path: String) -> Int {
        guard let h = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? h.close() }
        var count = 0
        while let chunk = try? h.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }

    static func peakRSSKB() -> Int {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return u.ru_maxrss
    }

    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }
}

