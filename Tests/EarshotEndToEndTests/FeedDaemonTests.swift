import EarshotTesting
import Foundation
import Synchronization
import Testing

/// An RSS document with `entries` as (guid, title, description), newest first.
private func rss(_ entries: [(String, String, String)]) -> String {
    let items = entries.map { guid, title, text in
        "<item><guid isPermaLink=\"false\">\(guid)</guid><title>\(title)</title><link>https://blog.example/\(guid)</link><description>\(text)</description></item>"
    }.joined(separator: "\n")
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Acme reviews</title><link>https://blog.example/</link>
        \(items)
        </channel></rss>
        """
}

/// The feed the test server publishes, and the ETag that goes with its current version.
private final class PublishedFeed: Sendable {
    private let state = Mutex<(body: String, etag: String)>(("", ""))
    func publish(_ body: String, etag: String) { state.withLock { $0 = (body, etag) } }
    var current: (body: String, etag: String) { state.withLock { $0 } }
}

@Suite(.serialized) struct FeedDaemonTests {
    @Test func pollsALocalFeedRemembersItAcrossRestartsAndNeverEscalatesTwice() async throws {
        let feed = PublishedFeed()
        feed.publish(rss([
            ("r2", "Refund please", "You charged twice on my invoice"),
            ("r1", "Leaving", "I will cancel my plan, switching to a competitor"),
            ("r0", "Nice", "Lovely update"),
        ]), etag: "\"v1\"")
        let server = try await TestHTTPServer { request in
            let (body, etag) = feed.current
            if request.header("If-None-Match") == etag { return .status(304, headers: [("ETag", etag)]) }
            return .ok(body, type: "application/rss+xml", headers: [("ETag", etag)])
        }
        defer { Task { await server.shutdown() } }

        let dir = try daemonDirectory("earshot-e2e-feed", sources: """
                  - name: reviews
                    type: feed
                    url: \(server.url("/reviews.rss").absoluteString)
                    interval: 30s
                """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alerts = dir + "/alerts.log"
        let check = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(check.status == 0, "\(check.stderr)")

        // 1. The first poll escalates the two complaints, with the entry's link and the feed's source name.
        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("two escalations from the feed") { lines(alerts).count == 2 }
        let first = lines(alerts)
        #expect(first.contains { $0.contains("route=billing") && $0.contains("source=reviews") && $0.contains("item=r2") })
        #expect(first.contains { $0.contains("route=churn-risk") && $0.contains("item=r1") && $0.contains("https://blog.example/r1") })
        #expect(server.requests.first?.header("User-Agent")?.hasPrefix("Earshot/") == true)
        var (status, took) = try await daemon.terminate()
        #expect(status == 0)
        #expect(took < .seconds(5))

        // 2. Restart with the feed unchanged: a conditional GET (304), nothing escalates again.
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the second poll") { server.requests.count == 2 }
        #expect(server.requests[1].header("If-None-Match") == "\"v1\"", "the ETag survives a restart")
        try await Task.sleep(for: .milliseconds(500))
        (status, _) = try await daemon.terminate()
        #expect(status == 0)
        #expect(lines(alerts) == first)

        // 3. A new version keeps the old entries and adds one: only the new one escalates.
        feed.publish(rss([
            ("r3", "Billing again", "Still waiting for my refund"),
            ("r2", "Refund please", "You charged twice on my invoice"),
            ("r1", "Leaving", "I will cancel my plan, switching to a competitor"),
            ("r0", "Nice", "Lovely update"),
        ]), etag: "\"v2\"")
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the new entry escalated") { lines(alerts).count == 3 }
        try await Task.sleep(for: .milliseconds(500))
        (status, _) = try await daemon.terminate()
        #expect(status == 0)
        let after = lines(alerts)
        #expect(after.count == 3)
        #expect(after.last?.contains("item=r3") == true)

        // status shows the source healthy and the outbox drained.
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.status == 0)
        #expect(st.stdout.contains("reviews"))
        #expect(st.stdout.contains("outbox: 0 pending, 3 delivered, 0 dead letters"), "\(st.stdout)")
    }

    /// `polling.max_concurrent` reaches the fetcher every polling source shares: six feeds that
    /// each take a second to answer are fetched at most two at a time.
    @Test func pollingMaxConcurrentLimitsFetchesAcrossSources() async throws {
        let server = try await TestHTTPServer { request in
            var response = TestHTTPServer.Response.ok(rss([("g\(request.path)", "Fine", "All good here")]),
                                                      type: "application/rss+xml")
            response.delay = .seconds(1)
            return response
        }
        defer { Task { await server.shutdown() } }
        let feeds = (1...6).map { n in
            """
                  - name: feed\(n)
                    type: feed
                    url: \(server.url("/feed\(n).rss").absoluteString)
                    interval: 1h
            """
        }.joined(separator: "\n")
        let dir = try daemonDirectory("earshot-e2e-polls", sources: feeds)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/earshot.yaml"
        try (String(contentsOfFile: path, encoding: .utf8) + "\npolling:\n  max_concurrent: 2\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let check = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(check.status == 0, "\(check.stderr)")

        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("all six feeds fetched") { Set(server.requests.map(\.path)).count == 6 }
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        #expect(server.maxInFlight <= 2, "\(server.maxInFlight) fetches at once")
        #expect(server.maxInFlight == 2, "the two permits were used together")
    }

    /// `polling.proxy` reaches the shared fetcher: a feed on a host only the proxy can reach
    /// is polled through it and escalates.
    @Test func feedsArePolledThroughTheConfiguredProxy() async throws {
        let origin = try await TestHTTPServer { _ in
            .ok(rss([("p1", "Refund please", "You charged twice on my invoice")]), type: "application/rss+xml")
        }
        let proxy = try await TestConnectProxy(upstreamPort: origin.port)
        defer { Task { await proxy.shutdown(); await origin.shutdown() } }
        let dir = try daemonDirectory("earshot-e2e-proxy", sources: """
                  - name: reviews
                    type: feed
                    url: http://reviews.example.invalid/feed.rss
                    interval: 1h
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/earshot.yaml"
        try (String(contentsOfFile: path, encoding: .utf8) + "\npolling:\n  proxy: http://127.0.0.1:\(proxy.port)\n  no_proxy: [localhost]\n")
            .write(toFile: path, atomically: true, encoding: .utf8)

        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the feed escalated through the proxy") { lines(dir + "/alerts.log").count == 1 }
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        #expect(proxy.targets == ["reviews.example.invalid:80"])
        #expect(origin.requests.first?.header("Host") == "reviews.example.invalid")
        #expect(lines(dir + "/alerts.log").first?.contains("item=p1") == true)
        #expect(daemon.stderr.contains("polling through a proxy") && daemon.stderr.contains("127.0.0.1:\(proxy.port)"), "\(daemon.stderr)")
    }

    /// A reload (SIGHUP) or a restart resumes a failing feed's schedule: a server that answered 503
    /// with Retry-After is not polled again at once. A healthy feed is polled at once, as before.
    @Test func reloadAndRestartKeepThePollSchedule() async throws {
        let server = try await TestHTTPServer { request in
            request.path.hasPrefix("/busy")
                ? .status(503, headers: [("Retry-After", "3600")])
                : .ok(rss([("r1", "Nice", "Lovely update")]), type: "application/rss+xml")
        }
        defer { Task { await server.shutdown() } }
        let dir = try daemonDirectory("earshot-e2e-feed", sources: """
              - { name: busy, type: feed, url: "\(server.url("/busy.xml").absoluteString)", interval: 30s }
              - { name: calm, type: feed, url: "\(server.url("/calm.xml").absoluteString)", interval: 30s }
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func polls(_ path: String) -> Int { server.requests.filter { $0.path == path }.count }
        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("both feeds polled once, and recorded") {
            polls("/busy.xml") == 1 && polls("/calm.xml") == 1 && daemon.stderr.contains("source failing")
        }
        try await Task.sleep(for: .milliseconds(500))   // the schedules are recorded after each poll
        daemon.signal(SIGHUP)
        try await waitFor("the reload") { daemon.stderr.contains("configuration reloaded") }
        try await waitFor("the schedule resumed") { daemon.stderr.contains("resuming the poll schedule") }
        #expect(daemon.stderr.contains("next_poll_in=36"), "the Retry-After of an hour: \(daemon.stderr)")
        try await waitFor("the healthy feed polled again") { polls("/calm.xml") == 2 }
        _ = try await daemon.terminate()
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the daemon up again") { daemon.stderr.contains("resuming the poll schedule") }
        try await waitFor("the healthy feed polled again") { polls("/calm.xml") == 3 }
        try await Task.sleep(for: .seconds(1))
        #expect(polls("/busy.xml") == 1, "no poll before the server's Retry-After")
        // A config that changes what the source polls (the usual fix for a failing feed) does not
        // inherit the old URL's back-off: the new URL is polled at once.
        try String(contentsOfFile: dir + "/earshot.yaml", encoding: .utf8).replacingOccurrences(of: "/busy.xml", with: "/busy2.xml")
            .write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try await waitFor("the new URL polled") { polls("/busy2.xml") == 1 }
        _ = try await daemon.terminate()
        // status says when each source last polled, a failing one included.
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.stdout.split(separator: "\n").contains { $0.contains("busy (feed): last activity 20") && $0.contains("503") }, "\(st.stdout)")
    }

    /// A feed that breaks off part-way: the entries before the break are escalated, the source
    /// shows as failing in the log and `status`; once fixed (and reloaded) the rest comes in, ok
    /// again, and nothing is escalated twice.
    @Test func aFeedThatBreaksOffDeliversWhatItCanAndSaysSo() async throws {
        let whole = [
            ("r2", "Refund please", "You charged twice on my invoice"),
            ("r1", "Leaving", "I will cancel my plan, switching to a competitor"),
        ]
        let feed = PublishedFeed()
        feed.publish(rss(whole).replacingOccurrences(of: "<title>Leaving</title>", with: "<title>Leaving</titel>"), etag: "\"v1\"")
        let server = try await TestHTTPServer { request in
            let (body, etag) = feed.current
            return .ok(body, type: "application/rss+xml", headers: [("ETag", etag)])
        }
        defer { Task { await server.shutdown() } }
        let dir = try daemonDirectory("earshot-e2e-feed", sources: """
              - { name: reviews, type: feed, url: "\(server.url("/reviews.rss").absoluteString)", interval: 30s }
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alerts = dir + "/alerts.log"
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the entry before the break escalated, the source reported") {
            lines(alerts).count == 1 && daemon.stderr.contains("source failing")
        }
        #expect(lines(alerts).first?.contains("item=r2") == true)
        #expect(daemon.stderr.contains("not well-formed XML (mismatched tag"), "\(daemon.stderr)")
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.stdout.contains("reviews (feed): last activity 20") && st.stdout.contains("1 item since start, FAILING:")
                && st.stdout.contains("only the entries before the break are read"), "\(st.stdout)")

        feed.publish(rss(whole), etag: "\"v2\"")
        daemon.signal(SIGHUP)
        try await waitFor("the entry after the break escalated") { lines(alerts).count == 2 }
        try await waitFor("the source recovered") { daemon.stderr.contains("source recovered") }
        try await Task.sleep(for: .milliseconds(300))
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        #expect(lines(alerts).count == 2 && lines(alerts).last?.contains("item=r1") == true, "\(lines(alerts))")
    }

    @Test func anUnreachableOrBrokenFeedIsReportedAndTheDaemonKeepsRunning() async throws {
        let server = try await TestHTTPServer { request in
            request.path == "/broken.xml" ? .ok("<rss><channel><item><title>cut") : .status(404)
        }
        defer { Task { await server.shutdown() } }
        let dir = try daemonDirectory("earshot-e2e-feed", sources: """
              - name: broken
                type: feed
                url: \(server.url("/broken.xml").absoluteString)
              - name: missing
                type: feed
                url: \(server.url("/missing.xml").absoluteString)
              - name: inbox
                type: directory
                path: inbox
                settle: 200ms
                rescan: 1s
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("both failures logged") {
            daemon.stderr.contains("broken.xml") && daemon.stderr.contains("404")
        }
        // The other source still works.
        try await waitFor("the inbox to be created") { FileManager.default.fileExists(atPath: dir + "/inbox/.done") }
        try drop("a.txt", "please cancel my account", into: dir + "/inbox")
        try await waitFor("the dropped file escalated") { lines(dir + "/alerts.log").count == 1 }
        let (status, _) = try await daemon.terminate()
        #expect(status == 0)
        let st = try await EarshotBinary.run(["status", "--config", "earshot.yaml"], cwd: dir)
        #expect(st.stdout.split(separator: "\n").contains { $0.contains("broken (feed)") && $0.contains("FAILING") }, "\(st.stdout)")
        #expect(st.stdout.split(separator: "\n").contains { $0.contains("missing (feed)") && $0.contains("404") }, "\(st.stdout)")
    }
}
