import EarshotConfig
import EarshotCore
@testable import EarshotFeedSource
import EarshotFeeds
import EarshotHTTP
import EarshotTesting
import Foundation
import Synchronization
import Testing

/// A feed server whose document and behaviour a test changes between polls.
final class FeedDouble: Sendable {
    struct State {
        var body = ""
        var type = "application/rss+xml"
        var etag: String?
        var lastModified: String?
        var failWith: Int?
        var retryAfter: String?
    }
    final class Box: Sendable { let state = Mutex(State()) }

    let box: Box
    let server: TestHTTPServer

    private init(box: Box, server: TestHTTPServer) { self.box = box; self.server = server }

    static func start(_ body: String, etag: String? = nil) async throws -> FeedDouble {
        let box = Box()
        box.state.withLock { $0.body = body; $0.etag = etag }
        let server = try await TestHTTPServer { req in
            let s = box.state.withLock { $0 }
            if let code = s.failWith {
                return .status(code, headers: s.retryAfter.map { [("Retry-After", $0)] } ?? [])
            }
            // A 304 repeats the ETag only, as servers may.
            if let etag = s.etag, req.header("If-None-Match") == etag { return .status(304, headers: [("ETag", etag)]) }
            var headers = s.etag.map { [("ETag", $0)] } ?? []
            if let lm = s.lastModified { headers.append(("Last-Modified", lm)) }
            return .ok(s.body, type: s.type, headers: headers)
        }
        return FeedDouble(box: box, server: server)
    }

    func set(_ f: (inout State) -> Void) { box.state.withLock { s in f(&s) } }
}

private func feedSource(_ url: URL, _ fetcher: HTTPFetcher, extra: String = "") throws -> FeedSource {
    let yaml = """
    sources:
      - name: acme-news
        type: feed
        url: \(url.absoluteString)
    \(extra)
    """
    let config = try buildSources(yaml, fetcher: fetcher).get()
    return try #require(config.sources.first?.source as? FeedSource)
}

@Suite("feed source")
struct FeedSourceTests {
    @Test func firstPollEmitsEntriesMappedToItems() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "Billing is &lt;b&gt;broken&lt;/b&gt;"), ("a2", "Second", "Love it")]))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let rec = RecordingContext(name: "acme-news")
        _ = try await source.poll(FeedCursor(), context: rec.context())

        let batch = try #require(rec.batches.first)
        #expect(rec.batches.count == 1)
        #expect(batch.origin == double.server.url("/feed.xml").absoluteString)
        #expect(batch.items.map(\.id) == ["a2", "a1"])      // oldest (last in the document) first
        let first = try #require(batch.items.first { $0.id == "a1" })
        #expect(first.source == "acme-news")
        #expect(first.title == "First")
        #expect(first.text == "Billing is broken")
        #expect(first.url == "https://acme.example/a1")
        #expect(first.published == HTTPDate.parse("Sun, 22 Nov 2026 10:00:00 GMT"))
        let cursor = try FeedCursor.decode(try #require(batch.cursor))
        #expect(Set(cursor.seen) == ["a1", "a2"])
    }

    @Test func unchangedFeedEmitsNothingAndNewEntriesOnce() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let rec = RecordingContext()
        var cursor = try await source.poll(FeedCursor(), context: rec.context())
        cursor = try await source.poll(cursor, context: rec.context())
        #expect(rec.batches.count == 1)    // nothing new, cursor unchanged: no batch at all

        double.set { $0.body = Fixtures.rss([("a3", "Third", "three"), ("a1", "First", "one")]) }
        cursor = try await source.poll(cursor, context: rec.context())
        #expect(rec.batches.count == 2)
        #expect(rec.batches.last?.items.map(\.id) == ["a3"])
        #expect(cursor.seen == ["a3", "a1"])
    }

    /// A feed that breaks off still yields its whole entries, and the source reports itself failing
    /// (so `earshot status` shows it) while it polls on its interval; fixed, it is ok again and the
    /// entries after the break come in.
    @Test func aBrokenFeedYieldsItsWholeEntriesAndReportsItself() async throws {
        let whole = Fixtures.rss([("a1", "First", "one"), ("a2", "Second", "two")])
        let cut = try #require(whole.range(of: "Second"))
        let double = try await FeedDouble.start(String(whole[..<cut.upperBound]))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let round = try await source.pollRound(FeedCursor(), context: RecordingContext().context())
        #expect(round.partial?.contains("not well-formed XML") == true && round.partial?.contains("only the entries before the break are read") == true, "\(round.partial ?? "")")

        let rec = RecordingContext()
        let clock = ImmediateClock(maxSleeps: 4)
        let fixer = SleepHook(after: 2) { double.set { $0.body = whole } }
        await #expect(throws: CancellationError.self) {
            try await source.run(context: rec.context(clock: HookedClock(clock, fixer)))
        }
        #expect(rec.items.map(\.id) == ["a1", "a2"])
        #expect(rec.health.count == 2, "one report while broken, one when fixed: \(rec.health)")
        if case .failing(let m)? = rec.health.first { #expect(m.contains("/feed.xml: not well-formed XML")) } else { Issue.record("not reported") }
        #expect(rec.health.last == .ok)
        // Not backed off: a partial read is still a read.
        #expect(clock.sleeps.allSatisfy { $0.seconds > 270 && $0.seconds < 330 }, "\(clock.sleeps)")
    }

    /// The ids of a partial document do not push older ones out of the seen list: the entries
    /// after the break are still in the feed, and would be emitted again once it is fixed.
    @Test func aPartialDocumentForgetsNoSeenIDs() {
        let seen = (0..<600).map { "old\($0)" }
        let entries = [FeedEntry(id: "new1", title: "t")]
        let partial = FeedSource.newItems(entries, seen: seen, source: "s", partial: true)
        #expect(partial.items.map(\.id) == ["new1"] && partial.seen.count == 601 && partial.seen.first == "new1")
        let whole = FeedSource.newItems(entries, seen: seen, source: "s")
        #expect(whole.seen.count == FeedCursor.keep)
    }

    @Test func conditionalGetUsesThePersistedETag() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]), etag: "\"e1\"")
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let rec = RecordingContext()
        let cursor = try await source.poll(FeedCursor(), context: rec.context())
        #expect(cursor.etag == "\"e1\"")
        #expect(try FeedCursor.decode(try #require(rec.cursor)).etag == "\"e1\"")

        // A restart: the cursor comes back from the store and the server answers 304.
        let restarted = RecordingContext(cursor: rec.cursor)
        let saved = try FeedCursor.decode(try #require(try await restarted.context().loadCursor()))
        _ = try await source.poll(saved, context: restarted.context())
        #expect(double.server.requests.last?.header("If-None-Match") == "\"e1\"")
        #expect(restarted.batches.isEmpty)
    }

    /// A 304 that repeats only the ETag keeps the Last-Modified the 200 gave, for the next request.
    @Test func validatorsA304LeavesOutAreKept() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]), etag: "\"e1\"")
        double.set { $0.lastModified = "Sun, 22 Nov 2026 10:00:00 GMT" }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let rec = RecordingContext()
        var cursor = try await source.poll(FeedCursor(), context: rec.context())
        cursor = try await source.poll(cursor, context: rec.context())   // 304 with the ETag only
        #expect(cursor.etag == "\"e1\"" && cursor.lastModified == "Sun, 22 Nov 2026 10:00:00 GMT")
        _ = try await source.poll(cursor, context: rec.context())
        #expect(double.server.requests.last?.header("If-Modified-Since") == "Sun, 22 Nov 2026 10:00:00 GMT")
    }

    @Test func restartWithSavedCursorRepeatsNothingWithoutValidators() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one"), ("a2", "Second", "two")]))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/feed.xml"), fetcher)
        let rec = RecordingContext()
        _ = try await source.poll(FeedCursor(), context: rec.context())
        let again = RecordingContext(cursor: rec.cursor)
        _ = try await source.poll(try FeedCursor.decode(rec.cursor!), context: again.context())
        #expect(again.items.isEmpty)
    }

    @Test func atomAndJSONFeedsAreMapped() async throws {
        let double = try await FeedDouble.start(Fixtures.atom)
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/forum/atom"), fetcher)
        let rec = RecordingContext()
        _ = try await source.poll(FeedCursor(), context: rec.context())
        let item = try #require(rec.items.first)
        #expect(item.id == "urn:forum:post:7")
        #expect(item.text == "On m'a facturé deux fois.")
        #expect(item.author?.name == "Marie")
        #expect(item.author?.handle == "marie@example.org")
        #expect(item.language == "fr")
        #expect(item.url == double.server.url("/posts/7").absoluteString)   // relative link, resolved
        #expect(item.published == ISO8601.parse("2026-11-22T09:00:00Z"))

        double.set { $0.body = Fixtures.jsonFeed; $0.type = "application/feed+json" }
        let rec2 = RecordingContext()
        _ = try await source.poll(FeedCursor(), context: rec2.context())
        #expect(rec2.items.map(\.id) == ["j1"])
        #expect(rec2.items.first?.text == "The app crashes on login.")
    }

    @Test func wrongContentTypeIsStillParsed() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]))
        double.set { $0.type = "text/html; charset=utf-8" }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let rec = RecordingContext()
        _ = try await feedSource(double.server.url("/f"), fetcher).poll(FeedCursor(), context: rec.context())
        #expect(rec.items.map(\.id) == ["a1"])
    }

    @Test func gzippedFeedIsRead() async throws {
        let body = Array(Fixtures.rss([("z1", "Zipped", "compressed")]).utf8)
        let server = try await TestHTTPServer { _ in .gzip(body) }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let rec = RecordingContext()
        _ = try await feedSource(server.url("/f"), fetcher).poll(FeedCursor(), context: rec.context())
        #expect(rec.items.map(\.id) == ["z1"])
    }

    @Test func truncatedXMLIsAReportedFailureThenRecovery() async throws {
        let full = Fixtures.rss([("a1", "First", "one")])
        let double = try await FeedDouble.start(String(full.prefix(full.count / 2)))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/f"), fetcher)

        await #expect(throws: FeedSourceError.self) { try await source.poll(FeedCursor(), context: RecordingContext().context()) }

        // In the run loop: three failures → one report, back-off doubling; then the feed is fixed.
        let rec = RecordingContext()
        let clock = ImmediateClock(maxSleeps: 5)
        let fixer = SleepHook(after: 3) { double.set { $0.body = full } }
        await #expect(throws: CancellationError.self) {
            try await source.run(context: rec.context(clock: HookedClock(clock, fixer)))
        }
        #expect(rec.health.count == 2)
        if case .failing(let m)? = rec.health.first { #expect(m.contains("not a readable feed")) } else { Issue.record("no failure reported") }
        #expect(rec.health.last == .ok)
        #expect(rec.items.map(\.id) == ["a1"])
        let s = clock.sleeps.map(\.seconds)
        // interval 5m ±10%: failures back off 10m, 20m, 40m (±10%), then the normal interval.
        #expect(s.count == 5)
        #expect(s[0] > 540 && s[0] < 660)
        #expect(s[1] > 1080 && s[1] < 1320)
        #expect(s[2] > 2160 && s[2] < 2640)
        #expect(s[3] > 270 && s[3] < 330)
    }

    @Test func serverErrorsBackOffAndRetryAfterIsHonoured() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]))
        double.set { $0.failWith = 500 }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/f"), fetcher, extra: "    interval: 30s")
        let rec = RecordingContext()
        let clock = ImmediateClock(maxSleeps: 3)
        await #expect(throws: CancellationError.self) { try await source.run(context: rec.context(clock: clock)) }
        #expect(rec.health == [.failing("GET \(double.server.url("/f").absoluteString): HTTP 500 Internal Server Error")])
        let factors: [Double] = clock.sleeps.map { $0.seconds / 30 }
        #expect(factors.allSatisfy { $0 >= 1.8 })
        #expect(clock.sleeps[1] > clock.sleeps[0] && clock.sleeps[2] > clock.sleeps[1])

        double.set { $0.failWith = 429; $0.retryAfter = "7200" }
        let rec2 = RecordingContext()
        let clock2 = ImmediateClock(maxSleeps: 1)
        await #expect(throws: CancellationError.self) { try await source.run(context: rec2.context(clock: clock2)) }
        #expect(clock2.sleeps == [.seconds(7200)])
    }

    @Test func cancellationStopsTheLoop() async throws {
        let double = try await FeedDouble.start(Fixtures.rss([("a1", "First", "one")]))
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try feedSource(double.server.url("/f"), fetcher, extra: "    interval: 30s")
        let rec = RecordingContext()
        let task = Task { try await source.run(context: rec.context(clock: SystemClock())) }
        while rec.batches.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}

@Suite("feed source config")
struct FeedConfigTests {
    let fetcher = makeFetcher()

    func problems(_ body: String) -> [String] {
        let yaml = "sources:\n  - name: f\n    type: feed\n" + body
        switch buildSources(yaml, fetcher: fetcher) {
        case .success: return []
        case .failure(let e): return e.problems.map(\.description)
        }
    }

    @Test func missingURL() {
        let p = problems("    interval: 5m\n")
        #expect(p.count == 1)
        #expect(p.first?.contains("url is required") == true)
        #expect(p.first?.hasPrefix("test.yaml:2:") == true)
    }

    @Test func badValues() {
        #expect(problems("    url: ftp://x.example/feed\n").first?.contains("must be an http or https URL") == true)
        #expect(problems("    url: not a url\n").first?.contains("not an absolute URL") == true)
        #expect(problems("    url: https://user:s3cret@x.example/feed\n").first?.contains("a user name or password in the URL is neither sent nor kept secret; remove it and set headers: { Authorization:") == true)
        #expect(problems("    url: https://x.example/f\n    interval: 10s\n").first?.contains("at least 30s") == true)
        #expect(problems("    url: https://x.example/f\n    interval: often\n").first?.contains("not a duration") == true)
        #expect(problems("    url: https://x.example/f\n    max_size: huge\n").first?.contains("size") == true)
        #expect(problems("    url: https://x.example/f\n    headers: {\"Bad Name\": x}\n").first?.contains("not a valid header name") == true)
        #expect(problems("    url: https://x.example/f\n    intervl: 5m\n").first?.contains("did you mean \"interval\"") == true)
    }

    @Test func fullSectionBuilds() throws {
        let yaml = """
        sources:
          - name: f
            type: feed
            url: https://x.example/f
            interval: 10m
            timeout: 5s
            max_size: 2MB
            user_agent: Probe/2
            headers: {X-Token: abc}
        """
        let s = try #require(try buildSources(yaml, fetcher: fetcher).get().sources.first?.source as? FeedSource)
        #expect(s.settings.interval == .seconds(600))
        #expect(s.settings.timeout == .seconds(5))
        #expect(s.settings.maxSize == 2 << 20)
        #expect(s.settings.userAgent == "Probe/2")
        #expect(s.settings.headers.map(\.name) == ["X-Token"])
        let d = try #require(try buildSources("sources:\n  - {name: f, type: feed, url: \"https://x.example/f\"}\n", fetcher: fetcher).get().sources.first?.source as? FeedSource)
        #expect(d.settings.interval == .seconds(300))
        #expect(d.settings.timeout == .seconds(30))
        #expect(d.settings.maxSize == 10 << 20)
    }

    @Test func sampleParses() throws {
        let path = repositoryRoot.appendingPathComponent("plugins/sources/feed/sample.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let config = try buildSources(text, fetcher: fetcher).get()
        #expect(config.sources.contains { $0.type == "feed" })
    }
}

/// Runs an action when the wrapped clock has slept a given number of times.
final class SleepHook: Sendable {
    let after: Int
    let action: @Sendable () -> Void
    private let count = Mutex(0)
    init(after: Int, _ action: @escaping @Sendable () -> Void) { self.after = after; self.action = action }
    func tick() { if count.withLock({ $0 += 1; return $0 }) == after { action() } }
}

struct HookedClock: WallClock {
    let inner: ImmediateClock
    let hook: SleepHook
    init(_ inner: ImmediateClock, _ hook: SleepHook) { self.inner = inner; self.hook = hook }
    func now() -> Date { inner.now() }
    func sleep(for duration: Duration) async throws {
        hook.tick()
        try await inner.sleep(for: duration)
    }
}
