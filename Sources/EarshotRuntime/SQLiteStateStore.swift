import EarshotCore
import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The default state store: one SQLite database (WAL mode) in `state_dir`, with versioned migrations.
///
/// Escalations are kept as JSON with their deliveries; `seen` remembers every (route, source,
/// item id) for as long as the state directory exists, which is what makes "never escalates
/// twice" hold across restarts. Item ids are only unique within a source, so the source is part
/// of the key. Nothing is pruned yet: a very busy instance grows by roughly 100 bytes
/// per routed item plus the escalation bodies.
public final class SQLiteStateStore: StateStore {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if needed) `directory/earshot.sqlite` and migrates it. `existing: true` (implied
    /// by `readOnly`) opens only a state that is there, creating nothing: for commands like `ack`, which
    /// must not leave a database (owned by whoever ran them) where the daemon has not run yet.
    public init(directory: String, readOnly: Bool = false, existing: Bool = false) throws {
        path = Self.databasePath(in: directory)
        if !readOnly && !existing {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(5)
        config.label = "earshot-state"
        if (readOnly || existing) && !FileManager.default.fileExists(atPath: path) {
            throw StateStoreError("no state at \(path): the daemon has not run with this state_dir yet")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if !readOnly { try Self.migrator.migrate(pool) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY && !readOnly {
            // The first write (GRDB's check of the file, or a migration) found the file read-only.
            if existing { throw StateStoreError("cannot write the state in \(path): \(error)", readOnlyForThisUser: true) }
            throw Self.notWritable(path)
        } catch {
            // SQLite's own words ("file is not a database") do not say which file.
            throw StateStoreError("cannot open the state in \(path): \(error)")
        }
        // Only for the daemon's open: `ack` and `retry` (`existing`) run as whoever types them, and
        // their own message on a failed write says to run them as the daemon's user, where this
        // one's ("the daemon's user must own …") would invite a chown that breaks the daemon.
        if !readOnly && !existing { try Self.requireWritable(pool, path: path) }
    }

    /// The database file of a state directory.
    public static func databasePath(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("earshot.sqlite")
    }

    private static func notWritable(_ path: String) -> StateStoreError {
        StateStoreError("the state in \(path) can only be read, not written (is it owned by another user? the daemon's user must own state_dir and the files in it)",
                        permanent: true)
    }

    /// SQLite opens a database file it may not write (another user's, mode 0644) read-only
    /// without a word, and a migrated state needs no write to open: the daemon would start and
    /// then fail every batch with "attempt to write a readonly database". Refused here instead.
    static func requireWritable(_ pool: DatabasePool, path: String) throws {
        let readOnly = try pool.write { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
        if readOnly { throw notWritable(path) }
    }

    /// Whether opening the state for writing, or a write, failed because this process may only read it (SQLite's
    /// SQLITE_READONLY family: another user's file, a read-only mount), by its result code rather
    /// than the wording of its message.
    public static func isReadOnlyFailure(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_READONLY || (error as? StateStoreError)?.readOnlyForThisUser == true
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE seen (
                    route TEXT NOT NULL, item_id TEXT NOT NULL, escalation_id TEXT NOT NULL, at REAL NOT NULL,
                    PRIMARY KEY (route, item_id)) WITHOUT ROWID;
                CREATE TABLE escalation (
                    id TEXT PRIMARY KEY NOT NULL, created REAL NOT NULL, route TEXT NOT NULL, kind TEXT NOT NULL,
                    severity TEXT NOT NULL, body BLOB NOT NULL, acked_at REAL);
                CREATE INDEX escalation_created ON escalation(created);
                CREATE TABLE delivery (
                    id TEXT PRIMARY KEY NOT NULL, escalation_id TEXT NOT NULL REFERENCES escalation(id),
                    sink TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt REAL NOT NULL, last_error TEXT, done_at REAL, epoch INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX delivery_pending ON delivery(sink, status, next_attempt);
                CREATE TABLE cursor (source TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated REAL NOT NULL);
                CREATE TABLE source_status (
                    source TEXT PRIMARY KEY NOT NULL, last_poll REAL, last_error TEXT, items INTEGER NOT NULL DEFAULT 0);
                """)
        }
        // v2: near-duplicates fold into the escalation of their group (routes with `duplicates: fold`).
        // `duplicate_group` names the escalation a group joined when its first escalated item was
        // itself a copy (the group's first item never matched the route); `duplicates` counts the
        // items folded into an escalation.
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE escalation ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE duplicate_group (
                    route TEXT NOT NULL, group_id TEXT NOT NULL, escalation_id TEXT NOT NULL,
                    PRIMARY KEY (route, group_id)) WITHOUT ROWID;
                """)
        }
        // v3: `seen` is keyed by source too. Before, an item of one source whose id another source
        // had already used (two feeds numbering entries 1, 2, 3) was taken as seen and dropped.
        // Rows from before keep source '' and count as seen for every source, as they did; the
        // column defaults to '' so that an older Earshot run on this state by mistake still records
        // (as such rows) rather than failing every batch.
        m.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE seen_v3 (
                    route TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', item_id TEXT NOT NULL, escalation_id TEXT NOT NULL,
                    at REAL NOT NULL, PRIMARY KEY (route, item_id, source)) WITHOUT ROWID;
                INSERT INTO seen_v3 (route, source, item_id, escalation_id, at) SELECT route, '', item_id, escalation_id, at FROM seen;
                DROP TABLE seen;
                ALTER TABLE seen_v3 RENAME TO seen;
                """)
        }
        return m
    }

    public func cursor(source: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM cursor WHERE source = ?", arguments: [source])
        }
    }

    public func commit(_ batch: BatchCommit) async throws -> CommitResult {
        let encoder = EarshotJSON.encoder()
        return try await pool.write { db in
            var out = CommitResult()
            // Seen already: this source's row, or one from before sources were recorded ('').
            let markSeen = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO seen (route, source, item_id, escalation_id, at)
                SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM seen WHERE route = ?1 AND item_id = ?3 AND source = '')
                """)
            let insertEsc = try db.cachedStatement(sql: "INSERT OR IGNORE INTO escalation (id, created, route, kind, severity, body) VALUES (?, ?, ?, ?, ?, ?)")
            let insertDel = try db.cachedStatement(sql: "INSERT OR IGNORE INTO delivery (id, escalation_id, sink, next_attempt, epoch) VALUES (?, ?, ?, ?, ?)")
            // A near-duplicate names its group by the first item's id and, when known, its source (ids
            // are unique within a source only: another source's item 1 is another group). A group
            // without a source (a window saved before sources were kept) matches by id alone.
            let seenEscalation = try db.cachedStatement(sql: "SELECT escalation_id FROM seen WHERE route = ? AND item_id = ? ORDER BY at LIMIT 1")
            let seenEscalationOfSource = try db.cachedStatement(sql: """
                SELECT escalation_id FROM seen WHERE route = ? AND item_id = ? AND (source = ? OR source = '') ORDER BY at LIMIT 1
                """)
            func groupKey(_ a: Analysis) -> String? {
                guard let id = a.duplicateOf else { return nil }
                return a.duplicateOfSource.map { "\($0)\u{1F}\(id)" } ?? id
            }
            let groupEscalation = try db.cachedStatement(sql: "SELECT escalation_id FROM duplicate_group WHERE route = ? AND group_id = ?")
            let insertGroup = try db.cachedStatement(sql: "INSERT OR IGNORE INTO duplicate_group (route, group_id, escalation_id) VALUES (?, ?, ?)")
            let countDuplicate = try db.cachedStatement(sql: "UPDATE escalation SET duplicates = duplicates + 1 WHERE id = ?")
            let repointSeen = try db.cachedStatement(sql: "UPDATE seen SET escalation_id = ? WHERE route = ? AND item_id = ? AND source = ?")
            for var esc in batch.escalations {
                let sinks = batch.sinksByEscalation[esc.id] ?? []
                let now = esc.created.timeIntervalSince1970
                let folds = batch.foldingRoutes.contains(esc.route)
                var fresh: [AnalyzedItem] = []
                for ai in esc.items {
                    if folds, let first = ai.analysis.duplicateOf, let group = groupKey(ai.analysis) {
                        // The first item's own escalation on this route, else the one its group joined.
                        let firstEscalation = try ai.analysis.duplicateOfSource.map {
                            try String.fetchOne(seenEscalationOfSource, arguments: [esc.route, first, $0])
                        } ?? String.fetchOne(seenEscalation, arguments: [esc.route, first])
                        if let target = try firstEscalation ?? String.fetchOne(groupEscalation, arguments: [esc.route, group]) {
                            try markSeen.execute(arguments: [esc.route, ai.item.source, ai.item.id, target, now])
                            if db.changesCount > 0 {
                                try countDuplicate.execute(arguments: [target])
                                out.folded.append(FoldedDuplicate(route: esc.route, item: ai.item.id, group: first, escalation: target))
                            }
                            continue
                        }
                    }
                    try markSeen.execute(arguments: [esc.route, ai.item.source, ai.item.id, esc.id, now])
                    if db.changesCount > 0 { fresh.append(ai) }
                }
                if fresh.isEmpty { continue }
                if fresh.count != esc.items.count {
                    esc.items = fresh
                    esc.id = Escalation.stableID(route: esc.route, items: fresh.map(\.item))
                    if let g = esc.group { esc.group = .init(key: g.key, count: fresh.count) }
                    for ai in fresh { try repointSeen.execute(arguments: [esc.id, esc.route, ai.item.id, ai.item.source]) }
                }
                if folds {
                    for ai in fresh {
                        if let group = groupKey(ai.analysis) { try insertGroup.execute(arguments: [esc.route, group, esc.id]) }
                    }
                }
                let body = try EscalationJSON.encode(esc) ?? encoder.encode(esc)
                try insertEsc.execute(arguments: [esc.id, now, esc.route, esc.kind.rawValue, esc.severity.rawValue, body])
                for sink in sinks {
                    let d = Delivery(id: Delivery.id(escalation: esc.id, sink: sink), sink: sink, escalation: esc)
                    try insertDel.execute(arguments: [d.id, esc.id, sink, now, batch.epoch])
                    if db.changesCount > 0 { out.deliveries.append(d) }
                }
            }
            if let cursor = batch.cursor {
                try db.execute(sql: "INSERT INTO cursor (source, value, updated) VALUES (?, ?, ?) ON CONFLICT(source) DO UPDATE SET value = excluded.value, updated = excluded.updated",
                               arguments: [batch.source, cursor, Date().timeIntervalSince1970])
            }
            return out
        }
    }

    public func pendingDeliveries(sink: String, now: Date, limit: Int, epoch: Int64) async throws -> [Delivery] {
        let decoder = EarshotJSON.decoder()
        return try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id, d.sink, d.attempts, e.body FROM delivery d JOIN escalation e ON e.id = d.escalation_id
                WHERE d.status = 0 AND d.sink = ? AND d.next_attempt <= ? AND (d.attempts > 0 OR d.epoch < ?)
                ORDER BY d.next_attempt LIMIT ?
                """, arguments: [sink, now.timeIntervalSince1970, epoch, limit])
            return try rows.map { row in
                let body: Data = row["body"]
                let esc = try decoder.decode(Escalation.self, from: body)
                return Delivery(id: row["id"], sink: row["sink"], escalation: esc, attempts: row["attempts"])
            }
        }
    }

    public func markDelivered(_ ids: [String], at: Date) async throws {
        guard !ids.isEmpty else { return }
        try await pool.write { db in
            let st = try db.cachedStatement(sql: "UPDATE delivery SET status = 1, done_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
            for id in ids { try st.execute(arguments: [at.timeIntervalSince1970, id]) }
        }
    }

    public func markFailed(_ id: String, error: String, retryAt: Date?) async throws {
        try await pool.write { db in
            if let retryAt {
                try db.execute(sql: "UPDATE delivery SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
                               arguments: [error, retryAt.timeIntervalSince1970, id])
            } else {
                try db.execute(sql: "UPDATE delivery SET attempts = attempts + 1, last_error = ?, status = 2 WHERE id = ?",
                               arguments: [error, id])
            }
        }
    }

    public func pendingBySink() async throws -> [String: Int] {
        try await pool.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT sink, COUNT(*) AS n FROM delivery WHERE status = 0 GROUP BY sink") {
                out[row["sink"]] = row["n"]
            }
            return out
        }
    }

    public func counts() async throws -> OutboxCounts {
        try await pool.read { db in
            var c = OutboxCounts(pending: 0, delivered: 0, dead: 0)
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM delivery GROUP BY status") {
                let n: Int = row["n"]
                switch row["status"] as Int {
                case 0: c.pending = n
                case 1: c.delivered = n
                default: c.dead = n
                }
            }
            return c
        }
    }

    public func recentEscalations(limit: Int) async throws -> [Escalation] {
        let decoder = EarshotJSON.decoder()
        return try await pool.read { db in
            try Data.fetchAll(db, sql: "SELECT body FROM escalation ORDER BY created DESC, rowid DESC LIMIT ?", arguments: [limit])
                .map { try decoder.decode(Escalation.self, from: $0) }
        }
    }

    /// How many near-duplicates each of these escalations absorbed (escalations with none are left out).
    /// A state a newer version has not migrated yet (opened read-only by `earshot status` while
    /// an older daemon runs) has no counts: none are reported.
    public func foldedDuplicates(escalations ids: [String]) async throws -> [String: Int] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.read { db in
            var out: [String: Int] = [:]
            guard try db.columns(in: "escalation").contains(where: { $0.name == "duplicates" }) else { return out }
            let st = try db.cachedStatement(sql: "SELECT duplicates FROM escalation WHERE id = ?")
            for id in ids {
                if let n = try Int.fetchOne(st, arguments: [id]), n > 0 { out[id] = n }
            }
            return out
        }
    }

    /// Turns dead letters back into pending deliveries, due now, with a fresh count of attempts (their
    /// last error is kept until the next attempt), in one transaction: those of the sinks in `sinks`,
    /// all of them when `ids` is empty, else only the ones named in `ids` (delivery ids, or
    /// escalation ids for all of an escalation's dead letters). A running daemon's sink worker picks
    /// them up within a second (it looks for due deliveries then), a stopped one at its start.
    /// Returns how many were queued again per id, or under the key `""` when `ids` is empty, so a
    /// caller can name the ids that matched nothing.
    public func requeueDeadLetters(sinks: [String], ids: [String] = [], at now: Date) async throws -> [String: Int] {
        guard !sinks.isEmpty else { return ids.isEmpty ? ["": 0] : Dictionary(ids.map { ($0, 0) }, uniquingKeysWith: { a, _ in a }) }
        return try await pool.write { db in
            // epoch 0 is older than any run's: the worker takes it up although no attempt is counted.
            let sinkMarks = Array(repeating: "?", count: sinks.count).joined(separator: ", ")
            let base = "UPDATE delivery SET status = 0, attempts = 0, epoch = 0, next_attempt = ? WHERE status = 2 AND sink IN (\(sinkMarks))"
            let head: StatementArguments = [now.timeIntervalSince1970] + StatementArguments(sinks)
            guard !ids.isEmpty else {
                try db.execute(sql: base, arguments: head)
                return ["": db.changesCount]
            }
            var counts: [String: Int] = [:]
            for id in ids where counts[id] == nil {
                try db.execute(sql: base + " AND (id = ? OR escalation_id = ?)", arguments: head + [id, id])
                counts[id] = db.changesCount
            }
            return counts
        }
    }

    /// Dead letters with their last error, newest first.
    public func deadLetters(limit: Int) async throws -> [(id: String, sink: String, error: String?)] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, sink, last_error FROM delivery WHERE status = 2 ORDER BY next_attempt DESC LIMIT ?", arguments: [limit])
                .map { ($0["id"], $0["sink"], $0["last_error"]) }
        }
    }

    public func recordSourceStatus(_ s: SourceStatus) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO source_status (source, last_poll, last_error, items) VALUES (?, ?, ?, ?)
                ON CONFLICT(source) DO UPDATE SET last_poll = excluded.last_poll, last_error = excluded.last_error, items = excluded.items
                """, arguments: [s.source, s.lastPoll?.timeIntervalSince1970, s.lastError, s.items])
        }
    }

    public func sourceStatuses() async throws -> [SourceStatus] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source_status ORDER BY source").map { row in
                SourceStatus(source: row["source"], lastPoll: (row["last_poll"] as Double?).map(Date.init(timeIntervalSince1970:)),
                             lastError: row["last_error"], items: row["items"])
            }
        }
    }

    /// What `acknowledge` found.
    public enum Acknowledgement: Sendable, Equatable {
        /// Recorded now.
        case recorded
        /// Someone acknowledged it before, at this time (which stands).
        case already(Date)
        /// No escalation has that id.
        case unknown
    }

    /// Records that a person took escalation `id` at `at`, unless someone already did.
    public func acknowledge(_ id: String, at: Date) async throws -> Acknowledgement {
        try await pool.write { db in
            try db.execute(sql: "UPDATE escalation SET acked_at = ? WHERE id = ? AND acked_at IS NULL", arguments: [at.timeIntervalSince1970, id])
            if db.changesCount > 0 { return .recorded }
            guard let row = try Row.fetchOne(db, sql: "SELECT acked_at FROM escalation WHERE id = ?", arguments: [id]) else { return .unknown }
            return (row["acked_at"] as Double?).map { .already(Date(timeIntervalSince1970: $0)) } ?? .unknown
        }
    }

    /// When each of these escalations was acknowledged, for those that were.
    public func acknowledgements(escalations ids: [String]) async throws -> [String: Date] {
        try await pool.read { db in
            var out: [String: Date] = [:]
            let st = try db.cachedStatement(sql: "SELECT acked_at FROM escalation WHERE id = ?")
            for id in ids {
                if let t = try Double.fetchOne(st, arguments: [id]) { out[id] = Date(timeIntervalSince1970: t) }
            }
            return out
        }
    }

    /// The journal mode SQLite reports (`wal` once opened by this store).
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?" }
    }
}

public struct StateStoreError: Error, CustomStringConvertible {
    public var description: String
    /// The state cannot work until someone fixes the file system (not a passing failure): the
    /// daemon exits 78 on it, which systemd does not restart in a loop.
    public var permanent: Bool
    /// The state was there but this process may only read it (another user's file).
    public var readOnlyForThisUser: Bool
    public init(_ d: String, permanent: Bool = false, readOnlyForThisUser: Bool = false) {
        description = d; self.permanent = permanent; self.readOnlyForThisUser = readOnlyForThisUser
    }
}
