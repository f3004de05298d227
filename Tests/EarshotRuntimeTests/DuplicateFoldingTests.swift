import EarshotCore
@testable import EarshotRuntime
import EarshotTesting
import Foundation
import GRDB
import Testing

/// `duplicates: fold` in the state store: copies of an escalated item join its escalation.
@Suite struct DuplicateFoldingTests {
    static func item(_ id: String, copyOf group: String? = nil) -> AnalyzedItem {
        var a = Analysis()
        a.duplicateOf = group
        return AnalyzedItem(item: Item(id: id, source: "s", text: "text of \(id)"), analysis: a)
    }

    static func escalation(_ route: String, _ item: AnalyzedItem) -> Escalation {
        Escalation(id: Escalation.stableID(route: route, items: [item.item]), created: Date(), kind: .mention,
                   route: route, severity: .medium, team: nil, reasons: ["test"], items: [item])
    }

    /// Commits one escalation per (route, item) with sink "x", folding on `folding`.
    static func commit(_ store: SQLiteStateStore, _ pairs: [(String, AnalyzedItem)], folding: Set<String>) async throws -> CommitResult {
        let escs = pairs.map { escalation($0.0, $0.1) }
        return try await store.commit(BatchCommit(source: "s", cursor: nil, escalations: escs,
                                                  sinksByEscalation: Dictionary(escs.map { ($0.id, ["x"]) }, uniquingKeysWith: { a, _ in a }),
                                                  epoch: 1, foldingRoutes: folding))
    }

    @Test func copiesFoldIntoTheFirstItemsEscalationOnce() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try SQLiteStateStore(directory: dir)
        let x = Self.item("x"), y = Self.item("y", copyOf: "x"), z = Self.item("z", copyOf: "x"), other = Self.item("o")
        let r = try await Self.commit(store, [("r", x), ("r", y), ("r", z), ("r", other)], folding: ["r"])
        #expect(r.deliveries.map { $0.escalation.items[0].item.id } == ["x", "o"])
        let ex = Self.escalation("r", x).id
        #expect(r.folded == [FoldedDuplicate(route: "r", item: "y", group: "x", escalation: ex),
                             FoldedDuplicate(route: "r", item: "z", group: "x", escalation: ex)])
        #expect(try await store.foldedDuplicates(escalations: [ex, Self.escalation("r", other).id]) == [ex: 2])
        // The same copy again (a file processed twice after a crash) is neither sent nor counted twice.
        let again = try await Self.commit(store, [("r", y), ("r", Self.item("w", copyOf: "x"))], folding: ["r"])
        #expect(again.deliveries.isEmpty)
        #expect(again.folded.map(\.item) == ["w"])
        #expect(try await store.foldedDuplicates(escalations: [ex]) == [ex: 3])
        #expect(try await store.recentEscalations(limit: 10).count == 2)
    }

    @Test func escalateRoutesSendEveryCopy() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try SQLiteStateStore(directory: dir)
        let r = try await Self.commit(store, [("r", Self.item("x")), ("r", Self.item("y", copyOf: "x"))], folding: [])
        #expect(r.deliveries.count == 2)
        #expect(r.folded.isEmpty)
    }

    /// The group's first item never matched the route: its first copy that did escalates, and the
    /// later copies join that one, also after a restart (the groups live in the state).
    @Test func aGroupWhoseFirstItemDidNotEscalateFoldsIntoItsFirstEscalatedCopy() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let y = Self.item("y", copyOf: "x")
        do {
            let store = try SQLiteStateStore(directory: dir)
            let first = try await Self.commit(store, [("r", y)], folding: ["r"])
            #expect(first.deliveries.count == 1 && first.folded.isEmpty)
        }
        let store = try SQLiteStateStore(directory: dir)
        let later = try await Self.commit(store, [("r", Self.item("z", copyOf: "x"))], folding: ["r"])
        #expect(later.deliveries.isEmpty)
        #expect(later.folded.map(\.escalation) == [Self.escalation("r", y).id])
    }

    /// Folding is per route: a copy joins the group's escalation on the route that had it, and
    /// escalates on a route that had not seen the group.
    @Test func foldingIsPerRoute() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try SQLiteStateStore(directory: dir)
        let x = Self.item("x"), y = Self.item("y", copyOf: "x")
        _ = try await Self.commit(store, [("r1", x)], folding: ["r1", "r2"])
        let r = try await Self.commit(store, [("r1", y), ("r2", y)], folding: ["r1", "r2"])
        #expect(r.folded.map(\.route) == ["r1"])
        #expect(r.deliveries.map(\.escalation.route) == ["r2"])
    }

    /// A state directory written before folding existed (schema v1) opens, keeps its escalations
    /// and folds from then on.
    @Test func aVersionOneStateIsMigrated() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let x = Self.item("x")
        let ex = Self.escalation("r", x)
        do {
            let pool = try DatabasePool(path: dir + "/earshot.sqlite")
            try SQLiteStateStore.migrator.migrate(pool, upTo: "v1")
            try await pool.write { db in
                try db.execute(sql: "INSERT INTO seen (route, item_id, escalation_id, at) VALUES ('r', 'x', ?, 0)", arguments: [ex.id])
                try db.execute(sql: "INSERT INTO escalation (id, created, route, kind, severity, body) VALUES (?, 0, 'r', 'mention', 'medium', ?)",
                               arguments: [ex.id, try EarshotJSON.encoder().encode(ex)])
            }
        }
        // `earshot status` opens it read-only, before any newer daemon migrated it.
        let readOnly = try SQLiteStateStore(directory: dir, readOnly: true)
        #expect(try await readOnly.recentEscalations(limit: 5).map(\.id) == [ex.id])
        #expect(try await readOnly.foldedDuplicates(escalations: [ex.id]) == [:])
        let store = try SQLiteStateStore(directory: dir)
        #expect(try await store.recentEscalations(limit: 5).map(\.id) == [ex.id])
        let r = try await Self.commit(store, [("r", Self.item("y", copyOf: "x"))], folding: ["r"])
        #expect(r.folded.map(\.escalation) == [ex.id])
        #expect(try await store.foldedDuplicates(escalations: [ex.id]) == [ex.id: 1])
    }
}
