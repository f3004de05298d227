import ArgumentParser
import EarshotConfig
import EarshotCore
import EarshotDirectorySource
import EarshotPlugins
import EarshotRuntime
import Foundation

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows sources (last poll, errors), outbox depth, dead letters and recent escalations.")

    @OptionGroup var config: ConfigOption
    @Option(help: "How many recent escalations to show.") var recent: Int = 10
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
        let c = try loadOutline(config.path, command: "status")
        let store: SQLiteStateStore
        do { store = try SQLiteStateStore(directory: c.stateDirectory, readOnly: true) } catch {
            printError("earshot status: \(error)")
            throw Exit.runtimeFailure
        }
        let sources: [SourceStatus], counts: OutboxCounts, dead: [(id: String, sink: String, error: String?)]
        do {
            sources = try await store.sourceStatuses()
            counts = try await store.counts()
            dead = try await store.deadLetters(limit: 20)
        } catch {
            // A damaged or foreign file: name it (SQLite's "file is not a database" does not).
            printError("earshot status: cannot read the state in \(store.path): \(error)")
            throw Exit.runtimeFailure
        }
        let recentEsc = try await store.recentEscalations(limit: recent)
        let folded = try await store.foldedDuplicates(escalations: recentEsc.map(\.id))
        let acked = try await store.acknowledgements(escalations: recentEsc.map(\.id))
        let configuredSinks = Set(c.sinks.map(\.name))
        let orphaned = ((try? await store.pendingBySink()) ?? [:]).filter { !configuredSinks.contains($0.key) }
        if json {
            struct Out: Encodable {
                var sources: [SourceStatus]; var outbox: OutboxCounts; var dead_letters: [[String: String]]; var recent: [Escalation]
                var folded_duplicates: [String: Int]
                var acknowledged: [String: String]
                var pending_for_removed_sinks: [String: Int]
            }
            let out = Out(sources: sources, outbox: counts,
                          dead_letters: dead.map { ["id": $0.id, "sink": $0.sink, "error": $0.error ?? ""] }, recent: recentEsc,
                          folded_duplicates: folded, acknowledged: acked.mapValues(EarshotJSON.formatDate),
                          pending_for_removed_sinks: orphaned)
            print(String(decoding: try EarshotJSON.encoder(pretty: true).encode(out), as: UTF8.self))
            try finishStandardOutput(command: "status")
            return
        }
        print("state: \(store.path)")
        print("sources:")
        let configured = Set(c.sources.map(\.name))
        for s in c.sources {
            let st = sources.first { $0.source == s.name }
            let last = st?.lastPoll.map(EarshotJSON.formatDate) ?? "never"
            let health = st?.lastError.map { "FAILING: \($0)" } ?? "ok"
            let items = st?.items ?? 0
            print("  \(s.name) (\(s.type)): last activity \(last), \(items) \(items == 1 ? "item" : "items") since start, \(health)\(failedFiles(s))")
        }
        for st in sources where !configured.contains(st.source) {
            print("  \(st.source) (no longer configured): last activity \(st.lastPoll.map(EarshotJSON.formatDate) ?? "never")")
        }
        print("outbox: \(counts.pending) pending, \(counts.delivered) delivered, \(counts.dead) dead letters")
        for (sink, n) in orphaned.sorted(by: { $0.key < $1.key }) {
            print("  \(n) pending for sink \(sink), which the config no longer has (they go out if it comes back)")
        }
        for d in dead { print("  dead: \(d.id) → \(d.sink): \(d.error ?? "?")") }
        if counts.dead > 0 { print("  (once the cause is fixed, `earshot retry` sends dead letters again)") }
        print("recent escalations:")
        if recentEsc.isEmpty { print("  none") }
        for e in recentEsc {
            let who = e.items.first.map { "\($0.item.source) \($0.item.id)" } ?? ""
            let copies = folded[e.id].map { " (+\($0) near-duplicate\($0 == 1 ? "" : "s") folded in)" } ?? ""
            let ack = acked[e.id].map { " (acknowledged \(EarshotJSON.formatDate($0)))" } ?? ""
            print("  \(EarshotJSON.formatDate(e.created)) \(e.id) \(e.route) [\(e.severity.rawValue)] \(who)\(copies)\(ack): \(e.reasons.joined(separator: "; "))")
        }
        try finishStandardOutput(command: "status")
    }
}

struct Ack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Acknowledges an escalation (esc_…), recording that a person has taken it.")

    @OptionGroup var config: ConfigOption
    @Argument(help: "The escalation id, as printed by sinks and `earshot status`.") var id: String

    func run() async throws {
        let c = try loadOutline(config.path, command: "ack")
        let store = try openForWriting(c, command: "ack")
        let result: SQLiteStateStore.Acknowledgement
        do { result = try await store.acknowledge(id, at: Date()) } catch {
            printError("earshot ack: cannot record the acknowledgement in \(store.path): \(writeProblem(error, command: "ack"))")
            throw Exit.runtimeFailure
        }
        guard result != .unknown else {
            printError("earshot ack: no escalation with id \(id) in \(store.path)")
            throw Exit.runtimeFailure
        }
        if case .already(let when) = result {
            print("\(id) was already acknowledged at \(EarshotJSON.formatDate(when))")
        } else {
            print("acknowledged \(id)")
        }
        try finishStandardOutput(command: "ack")
    }
}

struct Retry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sends dead letters again (deliveries that failed for good): all, one sink's, or the ones named.",
        discussion: """
            Run it once the cause is fixed (the sink's disk, directory or permissions). The deliveries get a \
            fresh count of attempts; a running daemon sends them within a second, a stopped one at its start. \
            `earshot status` lists the dead letters. Run it as the daemon's user (it writes the state).
            """)

    @OptionGroup var config: ConfigOption
    @Option(help: "Only the dead letters of this sink.") var sink: String?
    @Argument(help: "Delivery ids (esc_….SINK) or escalation ids (esc_…); none: every dead letter.") var ids: [String] = []

    func run() async throws {
        let c = try loadOutline(config.path, command: "retry")
        if let sink, !c.sinks.contains(where: { $0.name == sink }) {
            printError("earshot retry: note: the config has no sink named \"\(sink)\"; its dead letters wait until it has one again")
        }
        let store = try openForWriting(c, command: "retry")
        // Without --sink, only the sinks the config has: a removed sink's letters would wait unseen.
        let sinks = sink.map { [$0] } ?? c.sinks.map(\.name)
        let counts: [String: Int]
        do {
            counts = try await store.requeueDeadLetters(sinks: sinks, ids: ids, at: Date())
        } catch {
            printError("earshot retry: cannot queue the dead letters again in \(store.path): \(writeProblem(error, command: "retry"))")
            throw Exit.runtimeFailure
        }
        let n = counts.values.reduce(0, +)
        var named = Set<String>()
        let unmatched = ids.filter { counts[$0] == 0 && named.insert($0).inserted }
        if n > 0 {
            print("\(n) dead \(n == 1 ? "letter" : "letters") queued again: a running daemon sends \(n == 1 ? "it" : "them") within a second, a stopped one at its start")
            try finishStandardOutput(command: "retry")
        }
        let forSinks = sink.map { " for sink \($0)" } ?? " for the configured sinks"
        if !unmatched.isEmpty {
            printError("earshot retry: no dead letter\(forSinks) with id \(unmatched.joined(separator: ", ")) in \(store.path)")
            throw Exit.runtimeFailure
        }
        if n == 0 {
            printError("earshot retry: no dead letter\(forSinks) in \(store.path)")
            throw Exit.runtimeFailure
        }
    }
}

/// The state of `ack` and `retry`, which write it: only one that is there (see `existing`); a
/// state this user may only read is said so, with what to do.
func openForWriting(_ c: ConfigOutline, command: String) throws -> SQLiteStateStore {
    do { return try SQLiteStateStore(directory: c.stateDirectory, existing: true) } catch {
        let path = SQLiteStateStore.databasePath(in: c.stateDirectory)
        printError("earshot \(command): " + (SQLiteStateStore.isReadOnlyFailure(error) ? "cannot write the state in \(path): \(writeProblem(error, command: command))" : "\(error)"))
        throw Exit.runtimeFailure
    }
}

/// Why a command could not write the state, for people: SQLite's "attempt to write a readonly
/// database" means this user may not write it.
func writeProblem(_ error: any Error, command: String) -> String {
    SQLiteStateStore.isReadOnlyFailure(error)
        ? "the state is read-only for this user (run it as the daemon's user, e.g. sudo -u earshot earshot \(command) …)"
        : "\(error)"
}

/// For a drop directory, how many files wait in its `.failed/` (each beside its `NAME.error`), as
/// `; N files in PATH/.failed` — or nothing.
func failedFiles(_ source: ConfigOutline.Plugin) -> String {
    guard source.type == "directory", let path = source.path else { return "" }
    let n = DirectorySourcePlugin.failedFileCount(of: path)
    return n == 0 ? "" : "; \(n) \(n == 1 ? "file" : "files") in \(DirectorySourcePlugin.failedDirectory(of: path)) (see the .error beside each)"
}

/// The outline of the config (`ConfigOutline`) for `status`, `ack` and `retry`: they need only the state, so a
/// config the daemon would refuse right now still leads to it. Its problems, if any, are mentioned in
/// one line on stderr; a config that is not YAML at all, or has no usable state_dir, is an error (78).
func loadOutline(_ path: String, command: String) throws -> ConfigOutline {
    switch ConfigOutline.load(path: path) {
    case .failure(let e):
        printError(e.description)
        throw Exit.config
    case .success(let outline):
        if case .failure(let e) = ConfigBuilder.load(path: path, registry: BuiltinPlugins.registry(), checkOnly: true),
           let first = e.problems.first {
            let more = e.problems.count > 1 ? " (and \(e.problems.count - 1) more; see earshot check)" : " (see earshot check)"
            printError("earshot \(command): note: the config has problems, the state is read anyway: \(first)\(more)")
        }
        return outline
    }
}
