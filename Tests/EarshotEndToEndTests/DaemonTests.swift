import EarshotTesting
import Foundation
import Testing

/// The drop-directory source the end-to-end configs share, as a `sources:` entry.
let inboxSource = """
  - name: inbox
    type: directory
    path: inbox
    settle: 200ms
    rescan: 1s

"""

/// What every end-to-end config starts with: state, log level and the inbox source.
let daemonConfigHead = """
state_dir: state
log: { level: info }
sources:

""" + inboxSource

let config = daemonConfigHead + """
analyzers:
  - type: classify
    default_rules: false
    rules:
      - { name: cancel-words, label: intent/churn, any: [cancel, "switching to"], team: support, severity: high }
      - { label: topic/billing, any: [invoice, "charged twice", refund*] }
routes:
  - name: churn-risk
    when: { labels_any: [intent/churn] }
    to: [alerts]
  - name: billing
    when: { labels_any: [topic/billing] }
    to: [alerts]
sinks:
  - { name: alerts, type: log, path: alerts.log, format: logfmt }
"""

/// A new temporary directory holding `earshot.yaml`: `config` with its drop-directory source
/// replaced by `sources` (list entries, indented as in `config`). The caller removes it.
func daemonDirectory(_ prefix: String, sources: String) throws -> String {
    try daemonDirectory(prefix, config: config.replacingOccurrences(of: inboxSource, with: sources + "\n"))
}

/// A new temporary directory holding `earshot.yaml` with this text. The caller removes it.
func daemonDirectory(_ prefix: String, config text: String) throws -> String {
    let dir = try makeTemporaryDirectory(prefix)
    try text.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
    return dir
}

@Suite(.serialized) struct DaemonTests {
    @Test func runDropReloadStopRestartNothingTwiceNothingLost() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let inbox = dir + "/inbox", alerts = dir + "/alerts.log"
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)

        // 1. Start, drop files of several formats, see the escalations in the log sink.
        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the inbox to be created") { FileManager.default.fileExists(atPath: inbox + "/.done") }
        try drop("a.jsonl", """
            {"id": "m1", "text": "I will cancel my subscription today", "author": {"handle": "@jane"}}
            {"id": "m2", "text": "Love the new release"}
            """, into: inbox)
        try drop("b.txt", "You charged twice on my last invoice", into: inbox)
        try drop("c.csv", "id,text,author.handle\nm3,\"Switching to a competitor, bye\",@bob\n", into: inbox)
        try await waitFor("three escalations") { lines(alerts).count == 3 }
        let first = lines(alerts)
        #expect(first.contains { $0.contains("route=churn-risk") && $0.contains("item=m1") && $0.contains("author=@jane") && $0.contains("reasons=\"label intent/churn (rule cancel-words)\"") })
        #expect(first.contains { $0.contains("route=churn-risk") && $0.contains("item=m3") })
        #expect(first.contains { $0.contains("route=billing") && $0.contains("charged twice") })
        try await waitFor("files moved to .done") {
            Set(try FileManager.default.contentsOfDirectory(atPath: inbox + "/.done")) == ["a.jsonl", "b.txt", "c.csv"]
        }

        // 2. A broken file goes to .failed with a reason; the daemon keeps going.
        try drop("broken.json", "{\"text\": \"unterminated", into: inbox)
        try await waitFor("the broken file in .failed") { FileManager.default.fileExists(atPath: inbox + "/.failed/broken.json.error") }

        // 3. SIGHUP with an invalid config keeps the old one; a valid one takes over.
        try (config + "\nbogus_key: 1\n").write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try await waitFor("the rejected reload in the log") { daemon.stderr.contains("keeping the running one") }
        #expect(daemon.stderr.contains("unknown key"))
        let reloaded = config.replacingOccurrences(of: "  - name: billing\n", with: "  - name: billing-v2\n")
        try reloaded.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try await waitFor("the reload") { daemon.stderr.contains("configuration reloaded") }
        try drop("d.jsonl", #"{"id": "m4", "text": "Where is my refund?"}"# + "\n", into: inbox)
        try await waitFor("the new route escalates") { lines(alerts).contains { $0.contains("route=billing-v2") && $0.contains("item=m4") } }

        // 4. SIGTERM: exit 0, quickly.
        let (status, took) = try await daemon.terminate()
        #expect(status == 0)
        #expect(took < .seconds(5))
        #expect(daemon.stderr.contains("shutting down"))
        let beforeRestart = lines(alerts)

        // 5. Restart on the same state and drop the same files again: nothing escalates twice.
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the daemon up again") { daemon.stderr.contains("earshot started") }
        for (name, content) in [("a.jsonl", try String(contentsOfFile: inbox + "/.done/a.jsonl", encoding: .utf8)),
                                ("c.csv", try String(contentsOfFile: inbox + "/.done/c.csv", encoding: .utf8)),
                                ("d.jsonl", try String(contentsOfFile: inbox + "/.done/d.jsonl", encoding: .utf8))] {
            try drop(name, content, into: inbox)
        }
        try await waitFor("the second copies processed") {
            try FileManager.default.contentsOfDirectory(atPath: inbox + "/.done").count == 7
        }
        try await Task.sleep(for: .milliseconds(500))
        #expect(lines(alerts) == beforeRestart, "the same items must not escalate again")
        let (status2, _) = try await daemon.terminate()
        #expect(status2 == 0)

        // Nothing in the inbox was lost: every file dropped is in .done or .failed.
        let done = try FileManager.default.contentsOfDirectory(atPath: inbox + "/.done")
        #expect(done.count == 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox + "/.failed").sorted() == ["broken.json", "broken.json.error"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox).filter { !$0.hasPrefix(".") }.isEmpty)

        // status reads the same state.
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.status == 0)
        #expect(st.stdout.contains("outbox: 0 pending, 4 delivered, 0 dead letters"))
        #expect(st.stdout.contains("; 1 file in inbox/.failed (see the .error beside each)"), "\(st.stdout)")
    }

    /// Two sources that both number their items 1, 2, 3: each source's item 1 escalates (ids are
    /// unique within a source only), and each only once across a restart.
    @Test func theSameIdInTwoSourcesEscalatesForEach() async throws {
        let dir = try daemonDirectory("earshot-e2e-ids", sources: """
              - { name: shop-a, type: directory, path: inbox-a, settle: 200ms, rescan: 1s }
              - { name: shop-b, type: directory, path: inbox-b, settle: 200ms, rescan: 1s }
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alerts = dir + "/alerts.log"
        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("both inboxes") { FileManager.default.fileExists(atPath: dir + "/inbox-b/.done") }
        try drop("a.jsonl", #"{"id": "1", "text": "Shop A: I will cancel my order"}"# + "\n", into: dir + "/inbox-a")
        try drop("b.jsonl", #"{"id": "1", "text": "Shop B: switching to another shop"}"# + "\n", into: dir + "/inbox-b")
        try await waitFor("two escalations") { lines(alerts).count == 2 }
        #expect(lines(alerts).contains { $0.contains("source=shop-a") && $0.contains("item=1") })
        #expect(lines(alerts).contains { $0.contains("source=shop-b") && $0.contains("item=1") })
        _ = try await daemon.terminate()
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the daemon up again") { daemon.stderr.contains("earshot started") }
        try drop("a2.jsonl", #"{"id": "1", "text": "Shop A: I will cancel my order"}"# + "\n", into: dir + "/inbox-a")
        try await waitFor("the copy processed") { FileManager.default.fileExists(atPath: dir + "/inbox-a/.done/a2.jsonl") }
        try await Task.sleep(for: .milliseconds(500))
        #expect(lines(alerts).count == 2, "seen on shop-a already")
        _ = try await daemon.terminate()

        // ack: once, then again (the first time stands), and status shows it.
        let id = try #require(lines(alerts).first?.split(separator: " ").first { $0.hasPrefix("escalation=") }?.dropFirst("escalation=".count))
        let ack = try await EarshotBinary.run(["ack", "--config", "earshot.yaml", String(id)], cwd: dir)
        #expect(ack.status == 0 && ack.stdout == "acknowledged \(id)\n", "\(ack.stdout)\(ack.stderr)")
        let again = try await EarshotBinary.run(["ack", "--config", "earshot.yaml", String(id)], cwd: dir)
        #expect(again.status == 0 && again.stdout.hasPrefix("\(id) was already acknowledged at 20"), "\(again.stdout)")
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.stdout.split(separator: "\n").contains { $0.contains(String(id)) && $0.contains("(acknowledged 20") }, "\(st.stdout)")
        let json = try await EarshotBinary.run(["status", "--config", "earshot.yaml", "--json"], cwd: dir)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["acknowledged"] as? [String: String])?[String(id)]?.hasPrefix("20") == true, "\(json.stdout)")
        let firstSource = (object?["sources"] as? [[String: Any]])?.first
        #expect(firstSource?["last_poll"] != nil && firstSource?["lastPoll"] == nil, "snake_case keys: \(json.stdout)")
        let unknown = try await EarshotBinary.run(["ack", "--config", "earshot.yaml", "esc_nope"], cwd: dir)
        #expect(unknown.status == 1 && unknown.stderr.contains("no escalation with id esc_nope"))

        // During a sink outage (its directory gone, a file in its place) and from a shell without the
        // service's environment (an unset ${VAR}), status and ack still read the state; stderr notes why
        // the daemon would refuse the config.
        let original = try String(contentsOfFile: dir + "/earshot.yaml", encoding: .utf8)
        try "x".write(toFile: dir + "/logs", atomically: true, encoding: .utf8)
        try original.replacingOccurrences(of: "path: alerts.log", with: "path: logs/alerts.log")
            .replacingOccurrences(of: "routes:", with: "brand: { handles: [\"${EARSHOT_E2E_UNSET_HANDLE}\"] }\nroutes:")
            .write(toFile: dir + "/outage.yaml", atomically: true, encoding: .utf8)
        let during = try await EarshotBinary.run(["status", "--config", "outage.yaml"], cwd: dir)
        #expect(during.status == 0 && during.stdout.contains(String(id)), "\(during.stdout)\(during.stderr)")
        #expect(during.stderr.hasPrefix("earshot status: note: the config has problems, the state is read anyway: outage.yaml:"), "\(during.stderr)")
        #expect(during.stderr.contains("(and 1 more; see earshot check)"), "\(during.stderr)")
        let ackDuring = try await EarshotBinary.run(["ack", "--config", "outage.yaml", String(id)], cwd: dir)
        #expect(ackDuring.status == 0 && ackDuring.stdout.hasPrefix("\(id) was already acknowledged"), "\(ackDuring.stderr)")

        // ack where the daemon has not run creates no state (it would be owned by whoever ran ack).
        try original.replacingOccurrences(of: "state_dir: state", with: "state_dir: fresh-state")
            .write(toFile: dir + "/fresh.yaml", atomically: true, encoding: .utf8)
        let none = try await EarshotBinary.run(["ack", "--config", "fresh.yaml", String(id)], cwd: dir)
        #expect(none.status == 1 && none.stderr.contains("no state at fresh-state/earshot.sqlite"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/fresh-state"))
    }

    /// Two daemons, each with its own state_dir (so neither state_dir lock sees the other), on one
    /// inbox: the second says why it waits, the file escalates once, and when the first stops the
    /// second takes over.
    @Test func twoDaemonsOnOneInboxTakeEachFileOnce() async throws {
        let shared = try makeTemporaryDirectory("earshot-e2e-shared")
        defer { try? FileManager.default.removeItem(atPath: shared) }
        let inbox = shared + "/inbox"
        let sources = "  - { name: inbox, type: directory, path: \(inbox), settle: 200ms, rescan: 1s }"
        let a = try daemonDirectory("earshot-e2e-first", sources: sources)
        let b = try daemonDirectory("earshot-e2e-second", sources: sources)
        defer { for d in [a, b] { try? FileManager.default.removeItem(atPath: d) } }
        let first = try Daemon(config: "earshot.yaml", cwd: a)
        try await waitFor("the inbox") { FileManager.default.fileExists(atPath: inbox + "/.done") }
        let second = try Daemon(config: "earshot.yaml", cwd: b)
        try await waitFor("the second daemon to say why it waits") {
            second.stderr.contains("another process holds the lock on the drop directory \(inbox)")
        }
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: b)
        #expect(st.stdout.contains("another process holds the lock"), "\(st.stdout)")

        try drop("a.jsonl", #"{"id": "t1", "text": "I will cancel my subscription"}"# + "\n", into: inbox)
        try await waitFor("the escalation") { lines(a + "/alerts.log").count == 1 }
        try await Task.sleep(for: .seconds(1.5))
        #expect(lines(b + "/alerts.log").isEmpty)

        #expect(try await first.terminate().0 == 0)
        try drop("b.jsonl", #"{"id": "t2", "text": "Switching to a competitor"}"# + "\n", into: inbox)
        try await waitFor("the second daemon's escalation") { lines(b + "/alerts.log").count == 1 }
        #expect(lines(b + "/alerts.log").first?.contains("item=t2") == true)
        #expect(lines(a + "/alerts.log").count == 1)
        #expect(try await second.terminate().0 == 0)
    }

    /// Whether this test process can run the earshot binary as the user `nobody` (it must be root,
    /// have `runuser`, and `nobody` must reach the binary): what the next test needs, since mode
    /// bits do not stop root.
    static let canRunAsNobody: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: EarshotBinary.runuser), getpwnam("nobody") != nil
        else { return false }
        return (try? EarshotBinary.runBlocking(["--help"], user: "nobody"))?.status == 0
    }()

    /// A first `earshot run` as root leaves the database root's; the daemon's user (here `nobody`),
    /// who owns the directory and the lock, must be told at once and exit 78, not start and then
    /// fail every batch on "attempt to write a readonly database".
    @Test(.enabled(if: canRunAsNobody, "needs root, runuser and a binary the user nobody can run"))
    func aStateFileOfAnotherUserIsRefusedWithExit78() async throws {
        let dir = try daemonDirectory("earshot-e2e-owner", config: config)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try Daemon(config: "earshot.yaml", cwd: dir)
        // The inbox is made once the daemon runs (its signal handlers are in place by then).
        try await waitFor("the daemon to run") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        #expect(try await first.terminate().0 == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/state/earshot.sqlite"))
        let nobody = getpwnam("nobody")!.pointee.pw_uid
        for path in [dir, dir + "/state", dir + "/state/earshot.lock"] { #expect(chown(path, nobody, gid_t(getgid())) == 0) }
        #expect(chmod(dir, 0o755) == 0)
        let refused = try Daemon(arguments: ["run", "--config", "earshot.yaml"], cwd: dir, user: "nobody")
        try await waitFor("the daemon to refuse the state") { !refused.process.isRunning }
        refused.process.waitUntilExit()
        try await waitFor("its log line") { refused.stderr.contains("cannot open the state store") }   // the pipe may lag the exit
        let message = refused.stderr
        #expect(refused.process.terminationStatus == 78, "\(message)")
        #expect(message.contains("can only be read, not written (is it owned by another user?"), "\(message)")
        // ack and retry, as the same user, cannot write it either and say why in one line.
        for command in ["ack", "retry"] {
            let run = try EarshotBinary.runBlocking([command, "--config", "earshot.yaml"] + (command == "ack" ? ["esc_x"] : []), cwd: dir, user: "nobody")
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            // At the open (GRDB's first write) or at the command's own write, depending on the files SQLite finds.
            #expect(run.stderr.hasPrefix("earshot \(command): cannot ") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
            #expect(run.stderr.hasSuffix(" in state/earshot.sqlite: the state is read-only for this user (run it as the daemon's user, e.g. sudo -u earshot earshot \(command) …)\n"),
                    "\(run.stderr)")
        }
    }

    /// A sink that fails until its dead letters are given up on; once the cause is fixed, `earshot
    /// retry` queues them again and the running daemon delivers them.
    @Test func deadLettersAreSentAgainByRetry() async throws {
        let dir = try daemonDirectory("earshot-e2e-retry", config: config
            .replacingOccurrences(of: "path: alerts.log", with: "path: logs/alerts.log")
            .appending("\ndelivery: { retry_initial: 10ms, retry_max: 20ms, dead_after: 2 }\n"))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/logs", withIntermediateDirectories: true)
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the inbox") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        // The outage: the log directory is replaced by a file.
        try FileManager.default.removeItem(atPath: dir + "/logs")
        try "x".write(toFile: dir + "/logs", atomically: true, encoding: .utf8)
        try drop("a.jsonl", #"{"id": "r1", "text": "I will cancel my subscription"}"# + "\n", into: dir + "/inbox")
        try await waitFor("the dead letter") { daemon.stderr.contains("kept as a dead letter") }
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.stdout.contains("1 dead letters") && st.stdout.contains("`earshot retry` sends dead letters again"), "\(st.stdout)")
        #expect(try await EarshotBinary.run(["retry", "--config", "earshot.yaml", "--sink", "nope"], cwd: dir).status == 1)

        // Fixed: retry, and the running daemon delivers.
        try FileManager.default.removeItem(atPath: dir + "/logs")
        try FileManager.default.createDirectory(atPath: dir + "/logs", withIntermediateDirectories: true)
        // A mistyped id beside the right one: the right one goes, the other is named, exit 1.
        let escalation = try #require(st.stdout.split(separator: "\n").first { $0.contains("dead: esc_") }?
            .split(separator: " ").first { $0.hasPrefix("esc_") }.map { String($0.split(separator: ".")[0]) })
        let retry = try await EarshotBinary.run(["retry", "--config", "earshot.yaml", escalation, "esc_typo"], cwd: dir)
        #expect(retry.status == 1 && retry.stdout.hasPrefix("1 dead letter queued again"), "\(retry.stdout)\(retry.stderr)")
        #expect(retry.stderr.contains("no dead letter for the configured sinks with id esc_typo"), "\(retry.stderr)")
        try await waitFor("the delivery") { lines(dir + "/logs/alerts.log").count == 1 }
        #expect(lines(dir + "/logs/alerts.log").first?.contains("item=r1") == true)
        let after = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(after.stdout.contains("outbox: 0 pending, 1 delivered, 0 dead letters"), "\(after.stdout)")
        let none = try await EarshotBinary.run(["retry", "--config", "earshot.yaml"], cwd: dir)
        #expect(none.status == 1 && none.stderr.contains("no dead letter for the configured sinks in"), "\(none.stderr)")
        #expect(try await daemon.terminate().0 == 0)
    }

    /// A log sink on stdout whose reader has gone (`earshot run | head -1`): the write fails, the
    /// delivery is retried, the other sink delivers, and the daemon lives on (SIGPIPE would end it).
    @Test func stdoutWithoutAReaderDoesNotKillTheDaemon() async throws {
        let dir = try daemonDirectory("earshot-e2e-pipe", config: config
            .replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts, screen]")
            .appending("\n  - { name: screen, type: log, path: \"-\" }\n"))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let daemon = try Daemon(arguments: ["run", "--config", "earshot.yaml"], cwd: dir, closedStdout: true)
        try await waitFor("the inbox") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        try drop("a.jsonl", #"{"id": "p1", "text": "I will cancel my subscription"}"# + "\n", into: dir + "/inbox")
        try await waitFor("the file sink's line") { lines(dir + "/alerts.log").count == 1 }
        try await waitFor("the failed stdout write in the log") { daemon.stderr.contains("screen") && daemon.stderr.contains("Broken pipe") }
        #expect(daemon.process.isRunning, "\(daemon.stderr)")
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
    }

    /// SIGTERM stops after the batch in flight, not at the end of a large file: the file stays in
    /// the inbox, and the next start finishes it with nothing escalated twice.
    @Test func stopEndsALargeFileAfterTheBatchInFlight() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e-stop")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.replacingOccurrences(of: "    rescan: 1s\n", with: "    rescan: 1s\n    batch_size: 100\n")
            .write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let total = 200_000, every = 20_000
        var body = ""
        body.reserveCapacity(total * 40)
        for i in 0..<total {
            body += i % every == 0 ? "{\"id\": \"x\(i)\", \"text\": \"I will cancel now\"}\n" : "{\"id\": \"x\(i)\", \"text\": \"fine day\"}\n"
        }
        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the inbox") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        try drop("big.jsonl", body, into: dir + "/inbox")
        try await waitFor("the first escalation") { lines(dir + "/alerts.log").count >= 1 }
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        let stoppedAt = lines(dir + "/alerts.log").count
        #expect(stoppedAt < total / every, "the whole file was done before the stop took effect; make it larger")
        #expect(FileManager.default.fileExists(atPath: dir + "/inbox/big.jsonl"), "an unfinished file stays in the inbox")

        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the file finished", timeout: .seconds(120)) { FileManager.default.fileExists(atPath: dir + "/inbox/.done/big.jsonl") }
        try await waitFor("every escalation") { lines(dir + "/alerts.log").count >= total / every }
        try await Task.sleep(for: .milliseconds(300))
        let ids = lines(dir + "/alerts.log").compactMap { $0.split(separator: " ").first { $0.hasPrefix("item=") } }
        #expect(ids.count == total / every && Set(ids).count == ids.count, "each once: \(ids)")
        _ = try await daemon.terminate()
    }

    /// A second `earshot run` on the same state_dir refuses to start; the first runs on.
    @Test func oneDaemonPerStateDirectory() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e-lock")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let first = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the first daemon up") { first.stderr.contains("earshot started") }
        let second = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the second daemon to give up") { !second.process.isRunning }
        #expect(second.process.terminationStatus == 1)
        #expect(second.stderr.contains("cannot lock the state directory") && second.stderr.contains("another earshot run is using this state_dir"),
                "\(second.stderr)")
        #expect(first.process.isRunning)
        let (status, _) = try await first.terminate()
        #expect(status == 0)
        // Once the first is gone, a new one starts.
        let third = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the third daemon up") { third.stderr.contains("earshot started") }
        _ = try await third.terminate()
    }

    /// Under systemd (NOTIFY_SOCKET), a refused reload shows in the unit's STATUS, not "running".
    @Test func aRefusedReloadShowsInTheSystemdStatus() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e-notify")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let path = dir + "/notify.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        try #require(fd >= 0 && bound == 0)
        var messages: [String] = []
        func receive() {
            var buf = [UInt8](repeating: 0, count: 4096)
            while case let n = recv(fd, &buf, buf.count, Int32(MSG_DONTWAIT)), n > 0 { messages.append(String(decoding: buf.prefix(n), as: UTF8.self)) }
        }
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir, env: ["NOTIFY_SOCKET": path])
        try await waitFor("READY") { receive(); return messages.contains { $0.contains("READY=1") } }
        try (config + "\nbogus_key: 1\n").write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try await waitFor("the refused reload's status") { receive(); return messages.contains { $0.contains("the reload was refused") } }
        let status = messages.last { $0.contains("the reload was refused") } ?? ""
        #expect(status.contains("STATUS=running the previous config; the reload was refused: 1 problem(s) (first: earshot.yaml:"), "\(messages)")
        #expect(status.contains("unknown key \"bogus_key\""), "\(status)")
        _ = try await daemon.terminate()
    }

    /// Two sources on one drop directory, or a sink writing into one, are refused by check.
    @Test func checkRefusesOverlappingDropDirectories() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e-overlap")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let overlapping = config
            .replacingOccurrences(of: inboxSource, with: inboxSource + "  - { name: again, type: directory, path: ./inbox/ }\n")
            .replacingOccurrences(of: "path: alerts.log", with: "path: inbox/alerts.jsonl")
        try overlapping.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(r.status == 78)
        #expect(r.stderr.contains("source \"again\" takes files from \(dir)/inbox, as source \"inbox\" does"), "\(r.stderr)")
        #expect(r.stderr.contains("sink \"alerts\" writes \(dir)/inbox/alerts.jsonl, inside the drop directory of source \"inbox\""), "\(r.stderr)")

        // Through a symbolic link it is the same directory; a file the source would not take
        // (.log, or in a subdirectory) is no overlap.
        try FileManager.default.createDirectory(atPath: dir + "/inbox/logs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/inbox")
        try config
            .replacingOccurrences(of: inboxSource, with: inboxSource + "  - { name: linked, type: directory, path: link }\n")
            .replacingOccurrences(of: "path: alerts.log", with: "path: inbox/alerts.log")
            .write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let linked = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(linked.status == 78)
        #expect(linked.stderr.contains("source \"linked\" takes files from \(dir)/inbox, as source \"inbox\" does"), "\(linked.stderr)")
        #expect(!linked.stderr.contains("sink"), "a .log file is not taken: \(linked.stderr)")
        try config.replacingOccurrences(of: "path: alerts.log", with: "path: inbox/logs/alerts.jsonl")
            .write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        #expect(try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir).status == 0)
    }

    @Test func checkReportsEveryProblemAndExits78() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = config
            .replacingOccurrences(of: "    settle: 200ms", with: "    settle: soon")
            .replacingOccurrences(of: "    to: [alerts]\n  - name: billing", with: "    to: [alert]\n  - name: billing")
            + "\nsorces: []\n"
        try bad.write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["check", "--config", "bad.yaml"], cwd: dir)
        #expect(r.status == 78)
        let out = r.stderr.split(separator: "\n").map(String.init)
        #expect(out.count == 3)
        #expect(out.allSatisfy { $0.hasPrefix("bad.yaml:") })
        #expect(out.contains { $0.hasPrefix("bad.yaml:7:13: ") && $0.contains("\"soon\" is not a duration") })
        #expect(out.contains { $0.contains("sink \"alert\", which is not defined") && $0.contains("did you mean \"alerts\"") })
        #expect(out.contains { $0.contains("unknown key \"sorces\" (did you mean \"sources\"?)") })

        try config.write(toFile: dir + "/good.yaml", atomically: true, encoding: .utf8)
        let ok = try await EarshotBinary.run(["check", "--config", "good.yaml"], cwd: dir)
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("ok"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/inbox"), "check creates nothing")
        let short = try await EarshotBinary.run(["check", "-c", "good.yaml"], cwd: dir)   // -c, as most daemons spell it
        #expect(short.status == 0 && short.stdout.hasPrefix("good.yaml: ok"), "\(short.stderr)")
        // A warning (the default pack without a sentiment analyzer) is printed with its position; the exit is 0.
        try config.replacingOccurrences(of: "    default_rules: false\n", with: "").write(toFile: dir + "/warn.yaml", atomically: true, encoding: .utf8)
        let warned = try await EarshotBinary.run(["check", "--config", "warn.yaml"], cwd: dir)
        #expect(warned.status == 0 && warned.stdout.hasSuffix("1 sink(s) (1 warning above)\n"), "\(warned.stdout)")
        #expect(warned.stderr.hasPrefix("warn.yaml:") && warned.stderr.contains(": warning: the default rule pack needs a sentiment analyzer"), "\(warned.stderr)")
        #expect(warned.stderr.split(separator: "\n").count == 1)
        let full = try await EarshotBinary.runToFullDisk(["check", "--config", "good.yaml"], cwd: dir)
        #expect(full.status == 1 && full.stderr == "earshot check: cannot write standard output: No space left on device\n", "\(full.stderr)")

        let usage = try await EarshotBinary.run(["run", "--no-such-flag"])
        #expect(usage.status == 64)

        // Every problem at once: a missing model path does not make the analyzer's other keys
        // unknown, a missing model file shows beside a range error, an empty only_labels is
        // refused, and "no sources" shows beside the others.
        try """
            analyzers:
              - type: model
                min_score: 0.5
                only_labels: []
              - type: model
                path: nonexistent.model
                min_score: 2
            """.write(toFile: dir + "/model.yaml", atomically: true, encoding: .utf8)
        let model = try await EarshotBinary.run(["check", "--config", "model.yaml"], cwd: dir)
        #expect(model.status == 78)
        #expect(model.stderr == """
            model.yaml:1:1: no sources: add at least one under sources:
            model.yaml:2:5: analyzers[0].path is required
            model.yaml:4:18: analyzers[0].only_labels is an empty list, so no label could ever be added; remove it to allow every label
            model.yaml:6:11: nonexistent.model: no such model file
            model.yaml:7:16: analyzers[1].min_score must be between 0.0 and 1.0, not 2

            """, "\(model.stderr)")
    }

    @Test func testCommandExplainsWithoutState() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "--format", "json", "-"], stdin: """
            {"id": "t1", "text": "cancel everything"}
            {"id": "t2", "text": "nice weather"}
            """, cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let objs = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objs.count == 2)
        let routes0 = objs[0]?["routes"] as? [[String: Any]]
        #expect(routes0?.first?["route"] as? String == "churn-risk")
        #expect((objs[1]?["routes"] as? [Any])?.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: dir + "/state"), "a dry run records nothing")
        #expect(!FileManager.default.fileExists(atPath: dir + "/alerts.log"), "and delivers nothing")

        let text = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "-"], stdin: #"{"text": "I want to cancel"}"#, cwd: dir)
        #expect(text.stdout.contains("route churn-risk [high] → alerts: label intent/churn (rule cancel-words)"))

        let directory = try await EarshotBinary.run(["test", "--config", "earshot.yaml", dir], cwd: dir)
        #expect(directory.status == 1 && directory.stderr == "earshot test: cannot read \(dir): is a directory, not a file\n", "\(directory.stderr)")
        let format = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "--stdin-format", "pdf"], stdin: "{}", cwd: dir)
        #expect(format.status == 64 && format.stderr.contains("--stdin-format pdf: use one of json, jsonl"), "\(format.stderr)")

        // Standard input that never ends is read up to a limit, not until memory runs out.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec \"$0\" test --config earshot.yaml - < /dev/zero", EarshotBinary.path]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let endless = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1 && endless.hasPrefix("earshot test: cannot read standard input: larger than 256 MiB"), "\(endless)")
    }

    /// Item text reaches the terminal `earshot test` runs on with nothing it would act on.
    @Test func testCommandOutputIsSafeOnATerminal() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let hostile = #"{"id": "x\u001b]0;t\u0007", "text": "I want to cancel\u009b2J \u202eylno"}"#
        for format in ["text", "json"] {
            let r = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "--format", format, "-"], stdin: hostile, cwd: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }, "\(format): \(r.stdout)")
            #expect(r.stdout.contains(#"\u009b2J"#) && r.stdout.contains(#"\u202eylno"#), "\(format): \(r.stdout)")
        }
    }

    /// A dropped feed file that breaks off is refused whole (a polled feed keeps its whole entries,
    /// but a file is read once); one with a bare '&' or a control character is mended and read.
    @Test func aFeedFileThatBreaksOffIsRefusedWhole() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let head = "<rss version=\"2.0\"><channel><title>t</title>\n<item><guid>1</guid><title>Ben & Jerry\u{0C}</title></item>\n"
        try (head + "<item><guid>2</guid><title>two</title></item>\n").write(toFile: dir + "/cut.rss", atomically: true, encoding: .utf8)
        let cut = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "cut.rss"], cwd: dir)
        #expect(cut.status == 1 && cut.stdout.isEmpty, "\(cut.stdout)")
        #expect(cut.stderr.contains("cut.rss line 3:") && cut.stderr.contains("refused whole"), "\(cut.stderr)")
        try (head + "</channel></rss>\n").write(toFile: dir + "/whole.rss", atomically: true, encoding: .utf8)
        let whole = try await EarshotBinary.run(["test", "--config", "earshot.yaml", "whole.rss"], cwd: dir)
        #expect(whole.status == 0 && whole.stdout.contains("\"Ben & Jerry\""), "\(whole.stdout)\(whole.stderr)")
    }
}

/// Every plugin's `sample.yaml` is what its README tells users to copy: the real binary, with every
/// built-in plugin registered, must accept each one as it stands.
@Suite struct SampleConfigTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var samples: [String] {
        let fm = FileManager.default
        var out: [String] = []
        for kind in ["sources", "analyzers", "sinks"] {
            let dir = repositoryRoot.appendingPathComponent("plugins/\(kind)").path
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where fm.fileExists(atPath: "\(dir)/\(name)/sample.yaml") {
                out.append("plugins/\(kind)/\(name)/sample.yaml")
            }
        }
        return out.sorted()
    }

    @Test func everyPluginFolderHasASampleAndAReadme() {
        let fm = FileManager.default
        #expect(Self.samples.count >= 10)
        for kind in ["sources", "analyzers", "sinks"] {
            let dir = Self.repositoryRoot.appendingPathComponent("plugins/\(kind)").path
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] {
                #expect(fm.fileExists(atPath: "\(dir)/\(name)/sample.yaml"), "plugins/\(kind)/\(name) has no sample.yaml")
                #expect(fm.fileExists(atPath: "\(dir)/\(name)/README.md"), "plugins/\(kind)/\(name) has no README.md")
            }
        }
    }

    /// Analyzer and sink samples are fragments: a config needs a source, so one is appended (after the
    /// sample's own lines, so reported positions still match the file). The model sample names a model
    /// file a user trains first; the test trains one with `earshot train` and points the sample at it.
    @Test(arguments: samples)
    func theBinaryAcceptsTheSample(_ path: String) async throws {
        let dir = try makeTemporaryDirectory("earshot-sample")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text = try String(contentsOfFile: Self.repositoryRoot.appendingPathComponent(path).path, encoding: .utf8)
        if !text.split(separator: "\n").contains(where: { $0.hasPrefix("sources:") }) {
            text += "\nsources:\n  - { name: inbox, type: directory, path: inbox }\n"
        }
        if path.contains("/model/") {
            let data = dir + "/train.csv"
            try ("text,label\n" + (0..<20).map { "\($0 % 2 == 0 ? "refund not received" : "thanks great app") \($0),\($0 % 2 == 0 ? "complaint" : "other")" }
                .joined(separator: "\n") + "\n").write(toFile: data, atomically: true, encoding: .utf8)
            let train = try await EarshotBinary.run(["train", "--data", data, "--out", dir + "/complaints.model", "--eval-fraction", "0"], cwd: dir)
            #expect(train.status == 0, "\(train.stderr)")
            text = text.replacingOccurrences(of: "/var/lib/earshot/models/complaints.model", with: dir + "/complaints.model")
        }
        try text.write(toFile: dir + "/sample.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["check", "--config", "sample.yaml"], cwd: dir)
        #expect(r.status == 0, "\(path): \(r.stderr)")
    }

    @Test func theShippedExampleConfigChecks() async throws {
        let r = try await EarshotBinary.run(["check", "--config", "etc/earshot/earshot.yaml"], cwd: Self.repositoryRoot.path)
        #expect(r.status == 0 && r.stderr.isEmpty, "no problem, no warning: \(r.stderr)")
    }
}
