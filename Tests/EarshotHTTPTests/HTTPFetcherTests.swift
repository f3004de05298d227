import EarshotCore
@testable import EarshotHTTP
import EarshotTesting
import Foundation
import Synchronization
import Testing

@Suite("HTTPFetcher against a local server")
struct HTTPFetcherTests {
    @Test func fetchesBodyAndRecordsHeaders() async throws {
        let server = try await TestHTTPServer { _ in
            .ok("<rss/>", type: "application/rss+xml", headers: [("ETag", "\"v1\""), ("Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT")])
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let r = try await fetcher.fetch(FetchRequest(url: server.url("/feed")))
        #expect(r.kind == .fetched)
        #expect(String(decoding: r.body, as: UTF8.self) == "<rss/>")
        #expect(r.contentType == "application/rss+xml")
        #expect(r.validators == Validators(etag: "\"v1\"", lastModified: "Sun, 22 Nov 2026 10:00:00 GMT"))
        let sent = try #require(server.requests.first)
        #expect(sent.header("User-Agent") == HTTPFetcher.defaultUserAgent)
        #expect(sent.header("User-Agent")?.hasPrefix("Earshot/") == true)
        #expect(sent.header("Accept-Encoding")?.contains("gzip") == true)
        #expect(sent.header("If-None-Match") == nil)
    }

    @Test func userAgentAndHeadersCanBeOverridden() async throws {
        let server = try await TestHTTPServer { _ in .ok("x") }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        _ = try await fetcher.fetch(FetchRequest(url: server.url("/"), headers: [("X-Api-Key", "k1")], userAgent: "Custom/1"))
        let sent = try #require(server.requests.first)
        #expect(sent.header("User-Agent") == "Custom/1")
        #expect(sent.header("X-Api-Key") == "k1")
    }

    @Test func conditionalGetGivesNotModified() async throws {
        let server = try await TestHTTPServer { req in
            req.header("If-None-Match") == "\"abc\"" ? .status(304) : .ok("<rss/>", headers: [("ETag", "\"abc\"")])
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let first = try await fetcher.fetch(FetchRequest(url: server.url("/f")))
        #expect(first.kind == .fetched)
        let second = try await fetcher.fetch(FetchRequest(url: server.url("/f"), validators: first.validators))
        #expect(second.kind == .notModified)
        #expect(second.body.isEmpty)
        #expect(second.validators.etag == "\"abc\"")
        #expect(server.requests.last?.header("If-None-Match") == "\"abc\"")
    }

    @Test func rateLimitCarriesRetryAfterSecondsOrDate() async throws {
        let server = try await TestHTTPServer { req in
            switch req.path {
            case "/secs": return .status(429, headers: [("Retry-After", "120")])
            case "/date": return .status(503, headers: [("Retry-After", "Sun, 22 Nov 2026 10:05:00 GMT")])
            case "/reset": return .status(429, headers: [("X-RateLimit-Reset", "2026-11-22T10:01:00.000Z")])
            default: return .status(503)
            }
        }
        let now = try #require(HTTPDate.parse("Sun, 22 Nov 2026 10:00:00 GMT"))
        let fetcher = HTTPFetcher(configuration: .init(connectTimeout: .seconds(2)), now: { now })
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        for (path, status, wait) in [("/secs", 429, 120), ("/date", 503, 300), ("/reset", 429, 60)] {
            let e = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url(path))) }
            #expect(e?.code == .rateLimited)
            #expect(e?.status == status)
            #expect(e?.retryAfter == .seconds(wait))
        }
        let plain = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/x"))) }
        #expect(plain?.code == .httpStatus)
        #expect(plain?.retryAfter == nil)
    }

    @Test func errorStatusesCarryTheStatus() async throws {
        let server = try await TestHTTPServer { req in req.path == "/gone" ? .status(404) : .status(500) }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let e500 = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/boom"))) }
        #expect(e500?.status == 500)
        #expect(e500?.isTransient == true)
        #expect(e500?.description.contains("HTTP 500") == true)
        let e404 = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/gone"))) }
        #expect(e404?.status == 404)
        #expect(e404?.isTransient == false)
    }

    @Test func redirectsAreFollowedAndLoopsFailFast() async throws {
        let server = try await TestHTTPServer { req in
            switch req.path {
            case "/old": return .redirect("/new", status: 301)
            case "/new": return .ok("moved here")
            case "/a": return .redirect("/b")
            case "/b": return .redirect("/a")
            default:
                let n = Int(req.path.dropFirst(6)) ?? 0      // /chainN → /chainN+1
                return .redirect("/chain\(n + 1)")
            }
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let r = try await fetcher.fetch(FetchRequest(url: server.url("/old")))
        #expect(r.url.path == "/new")
        #expect(String(decoding: r.body, as: UTF8.self) == "moved here")

        // A loop is recognised as one (not left to run into the 20 s deadline, which would be `.timeout`).
        let loop = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/a"), timeout: .seconds(20))) }
        #expect(loop?.code == .redirectLoop)

        let chain = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/chain0"))) }
        #expect(chain?.code == .tooManyRedirects)
        #expect(server.requests.filter { $0.path.hasPrefix("/chain") }.count == 6)
    }

    /// A redirect the client cannot follow says why, rather than just "HTTP 301".
    @Test func redirectsThatCannotBeFollowedSayWhy() async throws {
        let server = try await TestHTTPServer { req in
            switch req.path {
            case "/ftp": return .redirect("ftp://files.example/feed.xml", status: 301)
            case "/choices": return .redirect("https://mirror.example/feed.xml", status: 300)
            default: return .status(302)
            }
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let ftp = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/ftp"))) }
        #expect(ftp?.message == "HTTP 301 Moved Permanently to ftp://files.example/feed.xml, not followed (only http and https redirects are)")
        let bare = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/bare"))) }
        #expect(bare?.message == "HTTP 302 Found without a Location header to follow")
        let choices = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/choices"))) }
        #expect(choices?.message == "HTTP 300 Multiple Choices to https://mirror.example/feed.xml, not followed", "no word about the scheme when it is https")
    }

    @Test(arguments: ["head", "body"])
    func slowResponsesTimeOut(_ stall: String) async throws {
        let server = try await TestHTTPServer { _ in
            var r = TestHTTPServer.Response.ok("<rss/>")
            if stall == "head" { r.delay = .seconds(5) } else { r.bodyDelay = .seconds(5) }
            return r
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        // The server answers after 5 s, so a `.timeout` error shows the 400 ms deadline cut the fetch short
        // (wall time is not asserted: on a loaded CI machine it says more about the machine than the code).
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/slow"), timeout: .milliseconds(400)))
        }
        #expect(e?.code == .timeout)
        #expect(e?.message.contains("400ms") == true)
    }

    @Test func gzipBodiesAreInflated() async throws {
        let feed = Fixtures.rss([("g1", "Hello", "World")])
        let server = try await TestHTTPServer { _ in .gzip(Array(feed.utf8)) }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let r = try await fetcher.fetch(FetchRequest(url: server.url("/gz")))
        #expect(String(decoding: r.body, as: UTF8.self) == feed)
    }

    @Test func gzipBombIsCutAtTheSizeLimit() async throws {
        let bomb = TestGzip.compress([UInt8](repeating: UInt8(ascii: "a"), count: 16 << 20))
        #expect(bomb.count < 150_000)     // 16 MB in a small body
        let server = try await TestHTTPServer { _ in
            TestHTTPServer.Response(status: 200, headers: [("Content-Type", "application/xml"), ("Content-Encoding", "gzip")], body: bomb)
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/bomb"), maxBytes: 1 << 20))
        }
        #expect(e?.code == .tooLarge)
        #expect(e?.message == "response larger than 1048576 bytes")
    }

    @Test func inflationBeyondTheRatioLimitFails() async throws {
        let bomb = TestGzip.compress([UInt8](repeating: 0, count: 1 << 20))
        let server = try await TestHTTPServer { _ in
            TestHTTPServer.Response(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb)
        }
        let fetcher = makeFetcher(ratio: 20)
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/bomb"), maxBytes: 10 << 20))
        }
        #expect(e?.code == .decompression)
    }

    @Test func plainBodiesOverTheLimitFail() async throws {
        let big = String(repeating: "x", count: 300_000)
        let server = try await TestHTTPServer { req in
            var r = TestHTTPServer.Response.ok(big)
            if req.path == "/nolength" { r.headers.append(("Transfer-Encoding", "chunked")) }
            return r
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        for path in ["/length", "/nolength"] {
            let e = await #expect(throws: FetchError.self) {
                try await fetcher.fetch(FetchRequest(url: server.url(path), maxBytes: 100_000))
            }
            #expect(e?.code == .tooLarge)
        }
        let ok = try await fetcher.fetch(FetchRequest(url: server.url("/length"), maxBytes: 300_000))
        #expect(ok.body.count == 300_000)
    }

    @Test func connectionProblemsAreNetworkErrors() async throws {
        let server = try await TestHTTPServer { _ in
            var r = TestHTTPServer.Response.ok(String(repeating: "y", count: 10_000))
            r.cutAfter = 100
            return r
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let cut = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: server.url("/cut"))) }
        #expect(cut?.code == .network)
        #expect(cut?.message.hasPrefix("the connection closed before the whole response arrived") == true, "\(cut as Any)")

        let closed = try await TestHTTPServer { _ in .ok("") }
        let deadURL = closed.url("/")
        await closed.shutdown()
        let refused = await #expect(throws: FetchError.self) { try await fetcher.fetch(FetchRequest(url: deadURL)) }
        #expect(refused?.code == .network)
    }

    @Test func onlyHTTPURLsAreFetched() async throws {
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown() } }
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: URL(string: "file:///etc/passwd")!))
        }
        #expect(e?.code == .invalidURL)
    }

    @Test func concurrentFetchesAreLimited() async throws {
        let server = try await TestHTTPServer { _ in
            var r = TestHTTPServer.Response.ok("x")
            r.delay = .milliseconds(200)
            return r
        }
        let fetcher = makeFetcher(maxConcurrent: 2)
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { g in
            for i in 0..<6 { g.addTask { _ = try await fetcher.fetch(FetchRequest(url: server.url("/\(i)"))) } }
            try await g.waitForAll()
        }
        // 6 fetches of 200 ms, two at a time: at least three rounds.
        #expect(ContinuousClock.now - start >= .milliseconds(580))
    }

    @Test func shutdownIsIdempotentAndLaterFetchesFail() async throws {
        let fetcher = makeFetcher()
        try await fetcher.shutdown()
        try await fetcher.shutdown()
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: URL(string: "http://127.0.0.1:9/")!))
        }
        #expect(e?.code == .shutdown)
    }
}

@Suite("HTTP helpers")
struct HTTPHelperTests {
    @Test func httpDatesInAllThreeForms() throws {
        let expected = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994") == expected)
        #expect(HTTPDate.parse("yesterday") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 25:49:37 GMT") == nil)
        #expect(HTTPDate.parse("") == nil)
    }

    @Test func retryAfterValues() {
        let now = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.retryAfter("30", now: now) == .seconds(30))
        #expect(HTTPDate.retryAfter("Sun, 06 Nov 1994 08:50:37 GMT", now: now) == .seconds(60))
        #expect(HTTPDate.retryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
        #expect(HTTPDate.retryAfter("-5", now: now) == nil)
        #expect(HTTPDate.retryAfter("soon", now: now) == nil)
        #expect(HTTPDate.retryAfter(nil, now: now) == nil)
        #expect(RateLimit.untilReset("784111837", now: now) == .seconds(60))
        #expect(RateLimit.untilReset("garbage", now: now) == nil)
    }

    @Test func linkHeaders() {
        let base = URL(string: "https://m.example/api/v1/timelines/tag/acme")!
        let rels = LinkHeader.relations([
            "<https://m.example/api/v1/timelines/tag/acme?max_id=10>; rel=\"next\", <https://m.example/api/v1/timelines/tag/acme?min_id=20>; rel=\"prev\"",
            "</relative?a=1,2>; rel=\"first last\"",
        ], base: base)
        #expect(rels["next"]?.absoluteString == "https://m.example/api/v1/timelines/tag/acme?max_id=10")
        #expect(rels["prev"]?.query == "min_id=20")
        #expect(rels["first"]?.absoluteString == "https://m.example/relative?a=1,2")
        #expect(rels["last"] == rels["first"])
        #expect(LinkHeader.relations(["garbage; rel=next", "<>"]).isEmpty)
    }

    /// A saved schedule resumes under the current settings: healthy, it polls at once; failing,
    /// it waits out the back-off it earned; a Retry-After if later; never for a time in the future.
    @Test func savedSchedulesResume() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        func wait(_ saved: SavedSchedule, interval: Int = 60) -> (Double, Int) {
            var s = PollSchedule(interval: .seconds(interval), random: { 0.5 })
            let w = s.resume(saved, now: now)
            return (w.seconds, s.consecutiveFailures)
        }
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 0)) == (0, 0))
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 0, retryUntil: 1_000_000 + 20)) == (20, 0), "a rate-limit reset")
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 2)) == (230, 2), "60 × 2² back-off")
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 2), interval: 1) == (0, 2), "a shorter interval since")
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 1, retryUntil: 1_000_000 + 3_590)) == (3_590, 1))
        #expect(wait(SavedSchedule(polled: 1_000_000 - 10, failures: 1, retryUntil: 1_000_000 + 9e9)) == (86_390, 1), "clamped to a day")
        #expect(wait(SavedSchedule(polled: 1_000_000 + 7_000, failures: 1)) == (120, 1), "a clock set back")
        #expect(wait(SavedSchedule(polled: 0, failures: 0)) == (0, 0))
        var s = PollSchedule(interval: .seconds(60), random: { 0.5 })
        _ = s.afterFailure(retryAfter: .seconds(120))
        #expect(s.saved(polledAt: now, retryAfter: .seconds(120), target: "t") == SavedSchedule(polled: 1_000_000, failures: 1, retryUntil: 1_000_120, target: "t"))
        #expect(SavedSchedule.target(["https://a.example/f", "Authorization", "x"]) != SavedSchedule.target(["https://a.example/f", "Authorization", "y"]))
        #expect(SavedSchedule.target(["ab", "c"]) != SavedSchedule.target(["a", "bc"]))
    }

    @Test func scheduleJittersBacksOffAndHonoursRetryAfter() {
        var low = PollSchedule(interval: .seconds(100), random: { 0 })
        #expect(low.afterSuccess() == .seconds(90))
        var high = PollSchedule(interval: .seconds(100), random: { 0.999999 })
        #expect(high.afterSuccess() > .seconds(109))
        #expect(high.afterSuccess() <= .seconds(110))

        var s = PollSchedule(interval: .seconds(60), random: { 0.5 })
        #expect(s.afterFailure() == .seconds(120))
        #expect(s.afterFailure() == .seconds(240))
        #expect(s.afterFailure() == .seconds(480))
        for _ in 0..<10 { _ = s.afterFailure() }
        #expect(s.afterFailure() == .seconds(3600))
        #expect(s.afterFailure(retryAfter: .seconds(7200)) == .seconds(7200))
        #expect(s.afterSuccess() == .seconds(60))
        #expect(s.consecutiveFailures == 0)
        #expect(s.afterSuccess(retryAfter: .seconds(500)) == .seconds(500))
        #expect(s.afterFailure(retryAfter: .seconds(10_000_000)) == .seconds(86_400))

        var slow = PollSchedule(interval: .seconds(7200), random: { 0.5 })
        #expect(slow.afterFailure() == .seconds(7200))
    }

    @Test func healthIsReportedOncePerChange() {
        let rec = RecordingContext()
        let ctx = rec.context()
        var h = HealthReporter()
        h.failing("HTTP 500", ctx)
        h.failing("HTTP 500", ctx)
        h.failing("HTTP 502", ctx)
        h.ok(ctx)
        h.ok(ctx)
        h.failing("HTTP 502", ctx)
        #expect(rec.health == [.failing("HTTP 500"), .failing("HTTP 502"), .ok, .failing("HTTP 502")])
    }

    @Test func semaphoreLimitsAndServesInOrder() async throws {
        let sem = AsyncSemaphore(permits: 2)
        final class Counter: Sendable { let m = Mutex((now: 0, peak: 0)) }
        let counter = Counter()
        try await withThrowingTaskGroup(of: Void.self) { g in
            for _ in 0..<8 {
                g.addTask {
                    try await sem.withPermit {
                        counter.m.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
                        try await Task.sleep(for: .milliseconds(20))
                        counter.m.withLock { $0.now -= 1 }
                    }
                }
            }
            try await g.waitForAll()
        }
        #expect(counter.m.withLock { $0.peak } == 2)
        #expect(await sem.freePermits == 2)
    }

    @Test func cancelledWaiterLeavesTheQueue() async throws {
        let sem = AsyncSemaphore(permits: 1)
        try await sem.wait()
        let waiter = Task { try await sem.wait() }
        while await sem.waiting == 0 { await Task.yield() }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(await sem.waiting == 0)
        await sem.signal()
        #expect(await sem.freePermits == 1)
    }

    @Test func semaphoreGrowsAtOnceAndShrinksAsHoldersLeave() async throws {
        let sem = AsyncSemaphore(permits: 1)
        try await sem.wait()
        let second = Task { try await sem.wait() }
        while await sem.waiting == 0 { await Task.yield() }
        await sem.setPermits(2)                          // growing lets the waiter in
        try await second.value
        #expect(await sem.waiting == 0)
        #expect(await sem.freePermits == 0)

        await sem.setPermits(1)                          // both holders keep their permits ...
        let third = Task { try await sem.wait() }
        while await sem.waiting == 0 { await Task.yield() }
        await sem.signal()                               // ... the first one out pays the debt,
        #expect(await sem.waiting == 1)
        await sem.signal()                               // the second one lets the waiter in.
        try await third.value
        #expect(await sem.freePermits == 0)
        #expect(await sem.permits == 1)
        await sem.signal()
        #expect(await sem.freePermits == 1)
    }

    @Test func gzipWriterRoundTripsThroughCRC() {
        #expect(TestGzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}

@Suite("HTTPFetcher through a proxy")
struct HTTPFetcherProxyTests {
    @Test func proxiedHostsGoThroughTheProxyAndNoProxyHostsDirect() async throws {
        let origin = try await TestHTTPServer { request in
            .ok("<rss><channel><title>\(request.header("Host") ?? "-") \(request.uri)</title></channel></rss>")
        }
        let proxy = try await TestConnectProxy(upstreamPort: origin.port)
        let fetcher = HTTPFetcher(configuration: .init(
            connectTimeout: .seconds(2),
            proxy: HTTPProxy(host: "127.0.0.1", port: proxy.port, noProxy: ["127.0.0.1"])))
        defer { Task { try? await fetcher.shutdown(); await proxy.shutdown(); await origin.shutdown() } }

        // A host nobody can resolve: only the proxy's tunnel reaches a server for it.
        let viaProxy = try await fetcher.fetch(FetchRequest(url: URL(string: "http://feeds.example.invalid/reviews.rss?page=2")!))
        #expect(String(decoding: viaProxy.body, as: UTF8.self).contains("feeds.example.invalid /reviews.rss?page=2"))
        #expect(proxy.targets == ["feeds.example.invalid:80"])

        // The no_proxy host is fetched directly.
        let direct = try await fetcher.fetch(FetchRequest(url: origin.url("/feed.rss")))
        #expect(String(decoding: direct.body, as: UTF8.self).contains("/feed.rss"))
        #expect(proxy.targets.count == 1, "the no_proxy host did not go through the proxy")
        #expect(origin.requests.map(\.uri) == ["/reviews.rss?page=2", "/feed.rss"])
    }

    @Test func theProxyCanBeSetBeforeTheFirstFetchOnly() async throws {
        let origin = try await TestHTTPServer { _ in .ok("<rss/>") }
        let proxy = try await TestConnectProxy(upstreamPort: origin.port)
        let fetcher = HTTPFetcher(configuration: .init(connectTimeout: .seconds(2)))
        defer { Task { try? await fetcher.shutdown(); await proxy.shutdown(); await origin.shutdown() } }
        let first = HTTPProxy(host: "127.0.0.1", port: proxy.port)
        #expect(fetcher.setProxy(first))
        #expect(fetcher.proxy == first)
        _ = try await fetcher.fetch(FetchRequest(url: URL(string: "http://a.example.invalid/")!))
        #expect(proxy.targets == ["a.example.invalid:80"])
        // Connections are open now: a different proxy is refused, the same one is fine.
        #expect(!fetcher.setProxy(nil))
        #expect(fetcher.setProxy(first))
        #expect(fetcher.proxy == first)
    }

    @Test func anUnreachableProxyIsAConnectionError() async throws {
        let fetcher = HTTPFetcher(configuration: .init(connectTimeout: .seconds(2), proxy: HTTPProxy(host: "127.0.0.1", port: 1)))
        defer { Task { try? await fetcher.shutdown() } }
        let e = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: URL(string: "http://feeds.example.invalid/x.rss")!))
        }
        #expect(e?.message.hasSuffix("(through the proxy 127.0.0.1:1)") == true, "the proxy, not the feed, is unreachable: \(e as Any)")
    }
}
