import EarshotTesting
import Foundation
import Testing

/// A copy-paste campaign through the real daemon: one escalation per group on a route, the
/// copies counted in `earshot status`, the same picture in the `earshot test` dry run.
@Suite struct DuplicateCampaignTests {
    static let config = daemonConfigHead + """
        analyzers:
          - type: duplicates
          - type: classify
            default_rules: false
            rules:
              - { label: topic/billing, any: ["charged twice", refund*] }
        routes:
          - name: billing
            when: { labels_any: [topic/billing] }
            to: [alerts]
            continue: true
          - name: every-copy
            when: { labels_any: [topic/billing] }
            to: [copies]
            duplicates: escalate
        sinks:
          - { name: alerts, type: log, path: alerts.log, format: logfmt }
          - { name: copies, type: log, path: copies.log, format: logfmt }
        """

    /// Five reposts of one complaint (handles, links and case differ) and one other complaint.
    static let campaign: String = {
        let base = "You charged twice on my card and the refund never came, this is the third month in a row"
        var lines = [#"{"id": "c0", "text": "\#(base)"}"#]
        for (i, variant) in ["@acme \(base) https://t.co/x1", "RT @jane: \(base)", base.uppercased(), "\(base)!!", "@acmehelp \(base)"].enumerated() {
            lines.append(#"{"id": "c\#(i + 1)", "text": "\#(variant)"}"#)
        }
        lines.append(#"{"id": "other", "text": "Still waiting for the refund of my cancelled order from last week, please check"}"#)
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The group's first item does not match the route (handles are masked for the fingerprint,
    /// not for `text_matches`): the first copy that does escalates, later copies join it.
    @Test func dryRunFoldsIntoTheFirstCopyThatEscalated() async throws {
        let dir = try makeTemporaryDirectory("earshot-dupes")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let config = Self.config.replacingOccurrences(of: "when: { labels_any: [topic/billing] }\n    to: [alerts]",
                                                      with: "when: { text_matches: \"@acmehelp\" }\n    to: [alerts]")
        #expect(config != Self.config)
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let base = "my refund never came and nobody answers the phone or the chat since last week"
        let input = [#"{"id": "d0", "text": "\#(base)"}"#, #"{"id": "d1", "text": "@acmehelp \#(base)"}"#,
                     #"{"id": "d2", "text": "@acmehelp \#(base) https://t.co/y"}"#].joined(separator: "\n") + "\n"
        let r = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "--format", "json", "-"], stdin: input, cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let routes = r.stdout.split(separator: "\n").map { line -> [String: String] in
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            var out: [String: String] = [:]
            for route in object?["routes"] as? [[String: Any]] ?? [] {
                out[route["route"] as? String ?? "?"] = route["folds_into"] as? String ?? "-"
            }
            return out
        }
        #expect(routes == [["every-copy": "-"], ["billing": "-", "every-copy": "-"], ["billing": "d1", "every-copy": "-"]], "\(r.stdout)")
    }

    @Test func aCampaignEscalatesOncePerRouteThatFolds() async throws {
        let dir = try makeTemporaryDirectory("earshot-dupes")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)

        // The dry run shows the folding before anything runs.
        let dry = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "-"], stdin: Self.campaign, cwd: dir)
        #expect(dry.status == 0, "\(dry.stderr)")
        let foldLines = dry.stdout.split(separator: "\n").filter { $0.contains("folds into the escalation of c0") }
        #expect(foldLines.count == 5, "\(dry.stdout)")
        #expect(foldLines.allSatisfy { $0.contains("route billing ") })

        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the inbox") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        try drop("campaign.jsonl", Self.campaign, into: dir + "/inbox")
        try await waitFor("every copy on the route that escalates them") { lines(dir + "/copies.log").count == 7 }
        try await waitFor("the file processed") { FileManager.default.fileExists(atPath: dir + "/inbox/.done/campaign.jsonl") }
        try await Task.sleep(for: .milliseconds(300))
        let alerts = lines(dir + "/alerts.log")
        #expect(alerts.count == 2, "\(alerts)")
        #expect(alerts.contains { $0.contains("item=c0") } && alerts.contains { $0.contains("item=other") })
        #expect(daemon.stderr.contains("near-duplicates folded into an earlier escalation"), "\(daemon.stderr)")
        #expect(daemon.stderr.contains("items=5"))

        // A reload keeps the duplicates window: a copy dropped afterwards still folds.
        daemon.signal(SIGHUP)
        try await waitFor("the reload") { daemon.stderr.contains("configuration reloaded") }
        #expect(daemon.stderr.contains("analyzer memory kept across the reload"), "\(daemon.stderr)")
        let copy = Self.campaign.split(separator: "\n")[2].replacingOccurrences(of: "\"c2\"", with: "\"after-reload\"")
        try drop("later.jsonl", copy + "\n", into: dir + "/inbox")
        try await waitFor("the copy on the route that escalates every copy") { lines(dir + "/copies.log").count == 8 }
        try await waitFor("the file processed") { FileManager.default.fileExists(atPath: dir + "/inbox/.done/later.jsonl") }
        try await Task.sleep(for: .milliseconds(300))
        #expect(lines(dir + "/alerts.log").count == 2, "\(lines(dir + "/alerts.log"))")
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/state/analyzers/duplicates.json"))

        // A restart loads the saved window: one more copy still folds.
        let restarted = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the window restored") { restarted.stderr.contains("analyzer memory restored") }
        #expect(restarted.stderr.contains("entries=2"), "\(restarted.stderr)")   // c0 and "other"
        try drop("restart.jsonl", copy.replacingOccurrences(of: "after-reload", with: "after-restart") + "\n", into: dir + "/inbox")
        try await waitFor("the copy on the route that escalates every copy") { lines(dir + "/copies.log").count == 9 }
        try await waitFor("the file processed") { FileManager.default.fileExists(atPath: dir + "/inbox/.done/restart.jsonl") }
        try await Task.sleep(for: .milliseconds(300))
        #expect(lines(dir + "/alerts.log").count == 2, "\(lines(dir + "/alerts.log"))")
        #expect(try await restarted.terminate().0 == 0)

        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml", "--recent", "50"], cwd: dir)
        #expect(st.status == 0, "\(st.stderr)")
        #expect(st.stdout.contains("(+7 near-duplicates folded in)"), "\(st.stdout)")
        #expect(st.stdout.split(separator: "\n").filter { $0.contains("folded in") }.count == 1)
    }

    /// Two feeds carrying one entry (the same id, the same text) arrive through two sources: ids are
    /// unique within a source only, so the second is a copy and folds into the first's escalation.
    @Test func theSameEntryFromTwoSourcesEscalatesOnce() async throws {
        let dir = try daemonDirectory("earshot-dupes-sources", config: Self.config.replacingOccurrences(of: inboxSource, with: inboxSource
                + "  - { name: mirror, type: directory, path: mirror, settle: 200ms, rescan: 1s }\n"))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("both inboxes") { FileManager.default.fileExists(atPath: dir + "/mirror/.done") }
        let entry = #"{"id": "f1", "text": "You charged twice on my card and the refund never came, this is the third month"}"# + "\n"
        try drop("a.jsonl", entry, into: dir + "/inbox")
        try await waitFor("the first escalation") { lines(dir + "/alerts.log").count == 1 }
        try drop("b.jsonl", entry, into: dir + "/mirror")
        try await waitFor("the copy on the route that escalates every copy") { lines(dir + "/copies.log").count == 2 }
        try await waitFor("the mirror's file processed") { FileManager.default.fileExists(atPath: dir + "/mirror/.done/b.jsonl") }
        try await Task.sleep(for: .milliseconds(300))
        #expect(lines(dir + "/alerts.log").count == 1, "\(lines(dir + "/alerts.log"))")
        #expect(daemon.stderr.contains("near-duplicates folded into an earlier escalation"), "\(daemon.stderr)")
        #expect(try await daemon.terminate().0 == 0)
    }

    /// Ids are unique within a source only: a copy of shop B's item 1 joins shop B's escalation,
    /// not that of shop A's unrelated item 1 (the fold once looked the group up by id alone).
    @Test func aCopyJoinsItsOwnSourcesItemNotAnotherWithTheSameId() async throws {
        let dir = try daemonDirectory("earshot-dupes-ids", config: Self.config.replacingOccurrences(of: inboxSource, with: """
              - { name: shop-a, type: directory, path: a, settle: 200ms, rescan: 1s }
              - { name: shop-b, type: directory, path: b, settle: 200ms, rescan: 1s }
              - { name: shop-c, type: directory, path: c, settle: 200ms, rescan: 1s }

            """))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the inboxes") { FileManager.default.fileExists(atPath: dir + "/c/.done") }
        let invoice = "You charged twice on my card and the refund never came, this is the third month in a row"
        try drop("a.jsonl", #"{"id": "1", "text": "The router keeps dropping every evening and I want a refund for the whole month of it"}"# + "\n", into: dir + "/a")
        try await waitFor("shop A's escalation") { lines(dir + "/alerts.log").count == 1 }
        try drop("b.jsonl", #"{"id": "1", "text": "\#(invoice)"}"# + "\n", into: dir + "/b")
        try await waitFor("shop B's escalation") { lines(dir + "/alerts.log").count == 2 }
        try drop("c.jsonl", #"{"id": "1", "text": "\#(invoice)!!"}"# + "\n", into: dir + "/c")
        try await waitFor("the copy on the route that escalates every copy") { lines(dir + "/copies.log").count == 3 }
        try await waitFor("shop C's file processed") { FileManager.default.fileExists(atPath: dir + "/c/.done/c.jsonl") }
        try await Task.sleep(for: .milliseconds(300))
        #expect(lines(dir + "/alerts.log").count == 2)
        #expect(try await daemon.terminate().0 == 0)
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        let folded = st.stdout.split(separator: "\n").filter { $0.contains("near-duplicate") }
        #expect(folded.count == 1 && folded.first?.contains("shop-b 1") == true, "\(st.stdout)")
    }
}
