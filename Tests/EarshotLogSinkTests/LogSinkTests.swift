import EarshotConfig
import EarshotCore
@testable import EarshotLogSink
import EarshotTesting
import Foundation
import Testing

func escalation(text: String = "I want to cancel \"now\"\nplease") -> Escalation {
    var a = Analysis()
    a.addLabel("intent/churn", reason: "rule cancel-words")
    a.sentiment = Sentiment(compound: -0.5, pos: 0, neu: 0.5, neg: 0.5)
    let item = Item(id: "m1", source: "inbox", url: "https://x.example/1", text: text, author: Author(handle: "@jane"))
    return Escalation(id: "esc_1", created: Date(timeIntervalSince1970: 1_800_000_000), kind: .mention, route: "churn",
                      severity: .high, team: "support", reasons: ["label intent/churn (rule cancel-words)", "sentiment -0.5 < -0.3"],
                      items: [AnalyzedItem(item: item, analysis: a)])
}

@Suite struct LogSinkTests {
    @Test func logfmtLineHasTheFieldsAnOperatorGreps() throws {
        let line = try LogSink(path: "-", format: .logfmt).render(escalation(), deliveryID: "esc_1.alerts")
        #expect(line == #"time=2027-01-15T08:00:00Z escalation=esc_1 delivery=esc_1.alerts kind=mention route=churn severity=high team=support source=inbox item=m1 author=@jane sentiment=-0.500 labels=intent/churn url=https://x.example/1 reasons="label intent/churn (rule cancel-words); sentiment -0.5 < -0.3" text="I want to cancel \"now\"\nplease""# + "\n")
    }

    @Test func longTextIsCut() throws {
        let line = try LogSink(path: "-", format: .logfmt, maxText: 10).render(escalation(text: String(repeating: "a", count: 50)), deliveryID: "d")
        #expect(line.contains("text=aaaaaaaaaa…"))
    }

    /// The limit counts characters, not bytes: ten accented letters (20 bytes) or ten emoji
    /// fit a limit of ten; eleven do not.
    @Test func theLimitCountsCharacters() throws {
        let sink = LogSink(path: "-", format: .logfmt, maxText: 10)
        for ten in [String(repeating: "é", count: 10), String(repeating: "😡", count: 10)] {
            let line = try sink.render(escalation(text: ten), deliveryID: "d")
            #expect(line.contains("text=\(ten)") && !line.contains("…"), "\(line)")
            let cut = try sink.render(escalation(text: ten + "x"), deliveryID: "d")
            #expect(cut.contains("text=\(ten)…"), "\(cut)")
        }
    }

    @Test func jsonLineIsTheEscalation() throws {
        let line = try LogSink(path: "-", format: .json).render(escalation(), deliveryID: "d")
        #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"))
        let back = try EarshotJSON.decoder().decode(Escalation.self, from: Data(line.utf8))
        #expect(back == escalation())

        // A C1 CSI or a bidi override in a mention reaches the file escaped, and reads back the same.
        let hostile = escalation(text: "refund\u{9B}2J now \u{202E}lol")
        let escaped = try LogSink(path: "-", format: .json).render(hostile, deliveryID: "d")
        #expect(escaped.contains(#"refund\u009b2J now \u202elol"#), "\(escaped)")
        #expect(try EarshotJSON.decoder().decode(Escalation.self, from: Data(escaped.utf8)) == hostile)
    }

    @Test func appendsAndReopensAfterRotation() async throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/sub/alerts.log"
        let sink = LogSink(path: path, format: .logfmt)
        let ctx = SinkContext(logger: InMemoryLogRecorder().logger(), deliveryID: "d")
        try await sink.deliver(escalation(), context: ctx)
        try await sink.deliver(escalation(), context: ctx)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 2, "written at once, no buffering")
        // logrotate moves the file; the sink built by the reload writes a fresh one.
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        await sink.close()
        let again = LogSink(path: path, format: .logfmt)
        try await again.deliver(escalation(), context: ctx)
        await again.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: path + ".1", encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func unwritablePathIsARetryableDeliveryError() async throws {
        let sink = LogSink(path: "/proc/earshot-cannot-write/alerts.log", format: .logfmt)
        await #expect(throws: DeliveryError.self) {
            try await sink.deliver(escalation(), context: SinkContext(logger: InMemoryLogRecorder().logger(), deliveryID: "d"))
        }
    }

    /// A failed write to standard output (a reader gone, a full disk) is retried on the same
    /// descriptor, which stays open: closed, its number would be reused by the next file the daemon
    /// opens, and this sink's lines would go into that file.
    @Test func failedWritesToStandardOutputNeverCloseIt() async throws {
        let full = open("/dev/full", O_WRONLY | O_CLOEXEC)   // every write fails with ENOSPC
        try #require(full >= 0)
        defer { close(full) }
        let sink = LogSink(path: "-", format: .logfmt, maxText: 280, standardOutput: full)
        let ctx = SinkContext(logger: InMemoryLogRecorder().logger(), deliveryID: "d")
        for _ in 0..<2 {
            await #expect(throws: DeliveryError.self) { try await sink.deliver(escalation(), context: ctx) }
            #expect(fcntl(full, F_GETFD) != -1, "the sink closed the descriptor it was given as standard output")
        }
        await sink.close()
        #expect(fcntl(full, F_GETFD) != -1)
    }

    @Test func configErrors() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/plain-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        var r = TestPlugins(sinkNames: []).registry()
        r.sinks["log"] = LogSinkPlugin.factory
        let yaml = """
        sources: [{ name: s, type: scripted }]
        sinks:
          - { name: a, type: log, path: \(file)/nope/alerts.log }
          - { name: b, type: log, format: yaml }
          - { name: c, type: log, path: /tmp }
        """
        guard case .failure(let e) = ConfigBuilder.build(text: yaml, file: "t.yaml", registry: r, environment: [:]) else {
            Issue.record("expected problems"); return
        }
        #expect(e.problems.map(\.location.line) == [3, 4, 5])
        #expect(e.problems[0].message.contains("cannot be created: \(file) is not a directory"))
        #expect(e.problems[1].message.contains("unknown value \"yaml\""))
        #expect(e.problems[2].message.contains("is a directory"))
    }

    @Test func sampleConfigIsValid() throws {
        let here = URL(fileURLWithPath: #filePath)
        let sample = here.deletingLastPathComponent().appendingPathComponent("../../plugins/sinks/log/sample.yaml").standardized
        var r = TestPlugins(sinkNames: []).registry()
        r.sinks["log"] = LogSinkPlugin.factory
        let text = try String(contentsOf: sample, encoding: .utf8) + "\nsources: [{ name: s, type: scripted }]\n"
        let c = try ConfigBuilder.build(text: text, file: sample.path, registry: r, environment: [:], checkOnly: true).get()
        #expect(c.sinks.map(\.name) == ["alerts", "stdout-json"])
    }
}
