import EarshotConfig
import EarshotCore
import EarshotHTTP
@testable import EarshotMastodonSource
import EarshotTesting
import Foundation
import Synchronization
import Testing

/// A Mastodon API double serving the documented JSON shapes, with min_id/max_id/since_id paging,
/// Link headers and rate-limit headers.
final class MastodonDouble: Sendable {
    struct Status: Sendable {
        var id: Int
        var acct: String
        var html: String
        var reblogOf: Int?
        var replyTo: Int?
        var spoiler = ""
    }
    struct State: Sendable {
        var tag: [Int] = []               // ids on the #acme timeline
        var account: [Int] = []           // ids on alice's profile (boosts included)
        var search: [Int] = []
        var all: [Int: Status] = [:]
        var remaining: Int?
        var reset: String?
        var ignoreMinID = false
        var failWith: (Int, String?)?
    }
    final class Box: Sendable { let state = Mutex(State()) }

    private let box: Box
    let server: TestHTTPServer
    static let token = "s3cret"

    private init(box: Box, server: TestHTTPServer) { self.server = server; self.box = box }

    static func start() async throws -> MastodonDouble {
        let box = Box()
        let server = try await TestHTTPServer { req in MastodonDouble.answer(req, box.state.withLock { $0 }) }
        return MastodonDouble(box: box, server: server)
    }

    func set(_ f: (inout State) -> Void) { box.state.withLock { s in f(&s) } }

    /// Adds statuses `ids` by `acct` to the tag timeline (and the search results).
    func post(_ ids: ClosedRange<Int>, acct: String = "bob@remote.example") {
        set { s in
            for id in ids {
                s.all[id] = Status(id: id, acct: acct, html: "<p>Status number \(id) about <a href=\"https://x\">#acme</a></p>")
                s.tag.append(id)
                s.search.append(id)
            }
        }
    }

    private static func answer(_ req: TestHTTPServer.Request, _ s: State) -> TestHTTPServer.Response {
        if let (code, retry) = s.failWith { return .status(code, headers: retry.map { [("Retry-After", $0)] } ?? []) }
        let path = req.path
        let list: [Int]
        switch path {
        case "/api/v1/timelines/tag/acme": list = s.tag
        case "/api/v1/accounts/lookup":
            return req.query["acct"] == "alice" ? json("{\"id\": \"9\", \"username\": \"alice\", \"acct\": \"alice\"}")
                : .status(404, body: "{\"error\": \"Record not found\"}")
        case "/api/v1/accounts/9/statuses": list = s.account
        case "/api/v2/search":
            guard req.header("Authorization") == "Bearer \(token)" else { return .status(401, body: "{\"error\": \"The access token is invalid\"}") }
            list = s.search
        default: return .status(404)
        }
        let q = req.query
        let limit = min(Int(q["limit"] ?? "20") ?? 20, 40)
        let sorted = list.sorted()
        var page: [Int]
        if let min = q["min_id"].flatMap(Int.init), !s.ignoreMinID {
            page = Array(sorted.filter { $0 > min }.prefix(limit))
        } else if let since = q["since_id"].flatMap(Int.init) {
            page = Array(sorted.filter { $0 > since }.suffix(limit))
        } else if let max = q["max_id"].flatMap(Int.init) {
            page = Array(sorted.filter { $0 < max }.suffix(limit))
        } else {
            page = Array(sorted.suffix(limit))
        }
        page.reverse()
        let body = "[" + page.map { statusJSON($0, s) }.joined(separator: ",") + "]"
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json; charset=utf-8")]
        if let newest = page.first, let oldest = page.last, path != "/api/v2/search" {
            let base = "http://127.0.0.1:\(req.header("Host")?.split(separator: ":").last ?? "80")\(path)?limit=\(limit)"
            headers.append(("Link", "<\(base)&max_id=\(oldest)>; rel=\"next\", <\(base)&min_id=\(newest)>; rel=\"prev\""))
        }
        if let r = s.remaining { headers.append(("X-RateLimit-Remaining", String(r))); headers.append(("X-RateLimit-Limit", "300")) }
        if let r = s.reset { headers.append(("X-RateLimit-Reset", r)) }
        if path == "/api/v2/search" {
            return TestHTTPServer.Response(status: 200, headers: headers, body: Array("{\"accounts\": [], \"hashtags\": [], \"statuses\": \(body)}".utf8))
        }
        return TestHTTPServer.Response(status: 200, headers: headers, body: Array(body.utf8))
    }

    private static func json(_ s: String) -> TestHTTPServer.Response { .ok(s, type: "application/json") }

    static func uri(_ st: Status) -> String {
        let (user, host) = split(st.acct)
        return "https://\(host)/users/\(user)/statuses/\(st.id)"
    }

    private static func split(_ acct: String) -> (String, String) {
        let p = acct.split(separator: "@")
        return (String(p[0]), p.count > 1 ? String(p[1]) : "127.0.0.1")
    }

    private static func statusJSON(_ id: Int, _ s: State) -> String {
        guard let st = s.all[id] else { return "{}" }
        let (user, host) = split(st.acct)
        let account = """
        {"id": "\(abs(user.hashValue) % 1000)", "username": "\(user)", "acct": "\(st.acct)", "display_name": "\(user.capitalized)",
         "locked": false, "bot": false, "url": "https://\(host)/@\(user)", "followers_count": \(user.count * 100),
         "following_count": 3, "statuses_count": 9, "note": "", "avatar": "", "emojis": [], "fields": []}
        """
        let reblog = st.reblogOf.map { statusJSON($0, s) } ?? "null"
        let content = (try? String(decoding: JSONEncoder().encode(st.html), as: UTF8.self)) ?? "\"\""
        return """
        {"id": "\(st.id)", "created_at": "2026-11-22T10:\(String(format: "%02d", st.id % 60)):00.000Z",
         "in_reply_to_id": \(st.replyTo.map { "\"\($0)\"" } ?? "null"), "in_reply_to_account_id": null,
         "sensitive": \(!st.spoiler.isEmpty), "spoiler_text": "\(st.spoiler)", "visibility": "public", "language": "en",
         "uri": "\(uri(st))\(st.reblogOf != nil ? "/activity" : "")", "url": "https://\(host)/@\(user)/\(st.id)",
         "replies_count": 1, "reblogs_count": 2, "favourites_count": 3, "content": \(st.reblogOf != nil ? "\"\"" : content),
         "reblog": \(reblog), "account": \(account), "media_attachments": [], "mentions": [], "tags": [], "emojis": [],
         "card": null, "poll": null}
        """
    }
}

private func mastodonSource(_ double: MastodonDouble, _ fetcher: HTTPFetcher, _ extra: String) throws -> MastodonSource {
    let yaml = """
    sources:
      - name: masto
        type: mastodon
        instance: http://127.0.0.1:\(double.server.port)
    \(extra)
    """
    let config = try buildSources(yaml, fetcher: fetcher, environment: ["MASTO_TOKEN": MastodonDouble.token]).get()
    return try #require(config.sources.first?.source as? MastodonSource)
}

@Suite("mastodon source")
struct MastodonSourceTests {
    @Test func firstRunTakesNewestPageThenOnlyNewStatuses() async throws {
        let double = try await MastodonDouble.start()
        double.post(101...150)
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    hashtag: \"#acme\"\n    limit: 20")
        let rec = RecordingContext()
        var state = MastodonState()
        _ = try await source.poll(&state, context: rec.context())
        #expect(rec.items.count == 20)
        #expect(rec.items.first?.id == "https://remote.example/users/bob/statuses/131")
        #expect(rec.items.last?.id == "https://remote.example/users/bob/statuses/150")
        #expect(rec.cursor == "{\"min_id\":\"150\"}")
        #expect(double.server.requests.count == 1)
        #expect(double.server.requests[0].query["min_id"] == nil)

        double.post(151...153)
        _ = try await source.poll(&state, context: rec.context())
        #expect(double.server.requests.last?.query["min_id"] == "150")
        #expect(rec.batches.last?.items.map { $0.id.split(separator: "/").last! } == ["151", "152", "153"])
        #expect(rec.cursor == "{\"min_id\":\"153\"}")

        // A restart with the saved cursor repeats nothing.
        let restarted = RecordingContext(cursor: rec.cursor)
        let task = Task { try await source.run(context: restarted.context(clock: ImmediateClock(maxSleeps: 1))) }
        _ = await task.result
        #expect(restarted.items.isEmpty)
        #expect(double.server.requests.last?.query["min_id"] == "153")
        #expect(restarted.health == [.ok])
    }

    @Test func pagesForwardWithLinkHeadersUpToMaxPages() async throws {
        let double = try await MastodonDouble.start()
        double.post(101...110)
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    hashtag: acme\n    limit: 10\n    max_pages: 3")
        let rec = RecordingContext()
        var state = MastodonState()
        state.cursor.minID = "110"
        double.post(111...155)
        _ = try await source.poll(&state, context: rec.context())
        let ids = rec.items.compactMap { Int($0.id.split(separator: "/").last!) }
        #expect(ids == Array(111...140))              // three pages of ten, oldest first, no gaps
        #expect(rec.batches.count == 3)
        #expect(double.server.requests.map { $0.query["min_id"] } == ["110", "120", "130"])
        #expect(state.cursor.minID == "140")

        _ = try await source.poll(&state, context: rec.context())   // the rest next round
        let all = rec.items.compactMap { Int($0.id.split(separator: "/").last!) }
        #expect(all == Array(111...155))
        #expect(Set(rec.items.map(\.id)).count == rec.items.count)
    }

    @Test func serverIgnoringMinIDDoesNotCauseRepeats() async throws {
        let double = try await MastodonDouble.start()
        double.post(101...105)
        double.set { $0.ignoreMinID = true }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    hashtag: acme")
        let rec = RecordingContext()
        var state = MastodonState()
        state.cursor.minID = "103"
        _ = try await source.poll(&state, context: rec.context())
        #expect(rec.items.compactMap { Int($0.id.split(separator: "/").last!) } == [104, 105])
    }

    @Test func accountModeMapsStatusesAndBoostsToOriginals() async throws {
        let double = try await MastodonDouble.start()
        double.set { s in
            s.all[300] = .init(id: 300, acct: "carol@far.example", html: "<p>Original &amp; loud complaint<br>second line</p>", spoiler: "billing")
            s.all[301] = .init(id: 301, acct: "alice", html: "<p>We hear you</p>", replyTo: 300)
            s.all[302] = .init(id: 302, acct: "alice", html: "", reblogOf: 300)
            s.all[303] = .init(id: 303, acct: "alice", html: "", reblogOf: 300)
            s.account = [301, 302, 303]
        }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    account: \"@alice\"")
        let rec = RecordingContext(name: "masto")
        var state = MastodonState()
        _ = try await source.poll(&state, context: rec.context())
        #expect(double.server.requests.first?.path == "/api/v1/accounts/lookup")
        #expect(double.server.requests.first?.query["acct"] == "alice")
        #expect(state.accountID == "9")

        let items = rec.items
        #expect(items.count == 2)       // the reply and the boosted original, once
        let original = try #require(items.first { $0.id == "https://far.example/users/carol/statuses/300" })
        #expect(original.title == "billing")
        #expect(original.text == "Original & loud complaint\nsecond line")
        #expect(original.author?.handle == "@carol@far.example")
        #expect(original.author?.name == "Carol")
        #expect(original.author?.followers == 500)
        #expect(original.metrics == Metrics(likes: 3, shares: 2, replies: 1))
        #expect(original.language == "en")
        #expect(original.url == "https://far.example/@carol/300")
        #expect(original.published == ISO8601.parse("2026-11-22T10:00:00Z"))
        let reply = try #require(items.first { $0.id.hasSuffix("/301") })
        #expect(reply.author?.handle == "@alice@127.0.0.1")          // local account: instance host added
        #expect(reply.inReplyTo == original.id)                      // parent seen: named by its uri
        #expect(reply.source == "masto")
        #expect(rec.cursor == "{\"min_id\":\"303\"}")

        _ = try await source.poll(&state, context: rec.context())
        #expect(double.server.requests.filter { $0.path == "/api/v1/accounts/lookup" }.count == 1)   // looked up once
    }

    @Test func unknownAccountIsReported() async throws {
        let double = try await MastodonDouble.start()
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    account: \"@nobody@else.example\"")
        var state = MastodonState()
        let e = await #expect(throws: MastodonError.self) { try await source.poll(&state, context: RecordingContext().context()) }
        #expect(e?.message.contains("@nobody@else.example is not known") == true)
    }

    @Test func searchModeSendsTheToken() async throws {
        let double = try await MastodonDouble.start()
        double.post(101...103)
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    search: acme outage\n    token: ${MASTO_TOKEN}")
        let rec = RecordingContext()
        var state = MastodonState()
        _ = try await source.poll(&state, context: rec.context())
        #expect(rec.items.count == 3)
        let req = try #require(double.server.requests.first)
        #expect(req.path == "/api/v2/search")
        #expect(req.query["q"] == "acme outage")
        #expect(req.query["type"] == "statuses")
        #expect(req.header("Authorization") == "Bearer s3cret")

        double.post(104...104)
        _ = try await source.poll(&state, context: rec.context())
        #expect(double.server.requests.last?.query["min_id"] == "103")
        #expect(rec.items.count == 4)
    }

    @Test func exhaustedRateLimitPausesUntilReset() async throws {
        let double = try await MastodonDouble.start()
        double.post(101...110)
        // The source's clock, not the real time, measures the wait (on a loaded machine seconds
        // can pass between setting the reset and the source reading it); an hour off the real
        // time, so reading the real time instead would fail.
        let now = Date().addingTimeInterval(-3600)
        let reset = now.addingTimeInterval(600)
        double.set { $0.remaining = 0; $0.reset = reset.ISO8601Format() }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    hashtag: acme\n    limit: 5")
        var state = MastodonState()
        state.cursor.minID = "100"
        let pause = try await source.poll(&state, context: RecordingContext().context(clock: ImmediateClock(now: now)))
        let p = try #require(pause)
        #expect(p > .seconds(590) && p <= .seconds(600))
        #expect(double.server.requests.count == 1)       // stopped paging

        let clock = ImmediateClock(maxSleeps: 1, now: now)
        let rec = RecordingContext(cursor: "{\"min_id\":\"105\"}")
        await #expect(throws: CancellationError.self) { try await source.run(context: rec.context(clock: clock)) }
        #expect(clock.sleeps.first.map { $0 > .seconds(590) } == true)
    }

    @Test func tooManyRequestsBacksOffByRetryAfter() async throws {
        let double = try await MastodonDouble.start()
        double.set { $0.failWith = (429, "900") }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await double.server.shutdown() } }
        let source = try mastodonSource(double, fetcher, "    hashtag: acme")
        let clock = ImmediateClock(maxSleeps: 2)
        let rec = RecordingContext()
        await #expect(throws: CancellationError.self) { try await source.run(context: rec.context(clock: clock)) }
        #expect(clock.sleeps == [.seconds(900), .seconds(900)])
        #expect(rec.health.count == 1)
    }

    @Test func garbageJSONIsAFailure() async throws {
        let server = try await TestHTTPServer { _ in .ok("[{\"id\": \"1\", \"account\": 7}]", type: "application/json") }
        let fetcher = makeFetcher()
        defer { Task { try? await fetcher.shutdown(); await server.shutdown() } }
        let config = try buildSources("sources:\n  - {name: m, type: mastodon, instance: \"\(server.url("").absoluteString)\", hashtag: x}\n", fetcher: fetcher).get()
        let source = try #require(config.sources.first?.source as? MastodonSource)
        var state = MastodonState()
        let e = await #expect(throws: MastodonError.self) { try await source.poll(&state, context: RecordingContext().context()) }
        #expect(e?.message.contains("not a list of Mastodon statuses") == true)
        #expect(e?.message.contains("[0].account") == true)
    }

    @Test func htmlToText() {
        #expect(StatusHTML.plainText("<p>Hi <span class=\"h-card\"><a href=\"x\">@<span>acme</span></a></span> &lt;3 &#x1F600;</p><p>Next</p>") == "Hi @acme <3 😀\nNext")
        #expect(StatusHTML.plainText("<a href=\"https://a.example/very/long\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/very</span><span class=\"invisible\">/long</span></a>") == "https://a.example/very/long")
        #expect(StatusHTML.plainText("a < b & c &bogus; <") == "a < b & c &bogus; <")
        #expect(StatusHTML.plainText("") == "")
        // A `<` with no `>` after it is text, and so is every later one (read once, not searched again).
        #expect(StatusHTML.plainText("<b>x</b><br>a <<< b < c") == "x\na <<< b < c")
        let many = String(repeating: "<", count: 200_000)
        #expect(StatusHTML.plainText("<p>hi</p>" + many) == "hi\n" + many)
    }

    @Test func idOrdering() {
        #expect(StatusID.less("99", "100"))
        #expect(!StatusID.less("100", "99"))
        #expect(StatusID.less("109876543210987654", "109876543210987655"))
        #expect(StatusID.max(nil, "5") == "5")
        #expect(StatusID.max("12", "9") == "12")
    }
}

@Suite("mastodon error bodies")
struct MastodonErrorBodyTests {
    /// Some servers answer 200 with `{"error": "..."}`: the message quotes the server, not the decoder.
    @Test func theServersOwnErrorTextIsQuoted() {
        #expect(MastodonSource.serverError(Data(#"{"error": "This method requires an authenticated user"}"#.utf8))
                == "the server answered \"This method requires an authenticated user\"")
        #expect(MastodonSource.serverError(Data("[]".utf8)) == nil)
        #expect(MastodonSource.serverError(Data("not json".utf8)) == nil)
    }
}

@Suite("mastodon source config")
struct MastodonConfigTests {
    let fetcher = makeFetcher()

    func problems(_ body: String, env: [String: String] = [:]) -> [String] {
        let yaml = "sources:\n  - name: m\n    type: mastodon\n" + body
        switch buildSources(yaml, fetcher: fetcher, environment: env) {
        case .success: return []
        case .failure(let e): return e.problems.map(\.description)
        }
    }

    @Test func modesAreExclusiveAndRequired() {
        let both = problems("    instance: https://m.example\n    hashtag: acme\n    account: \"@a\"\n")
        #expect(both.count == 1)
        #expect(both.first?.contains("set only one of hashtag, account and search (found hashtag and account)") == true)
        #expect(problems("    instance: https://m.example\n").first?.contains("needs one of hashtag, account or search") == true)
    }

    @Test func searchNeedsAToken() throws {
        #expect(problems("    instance: https://m.example\n    search: acme\n").first?.contains("needs an access token") == true)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("masto-token-\(UUID().uuidString)")
        try "tok\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let yaml = "sources:\n  - {name: m, type: mastodon, instance: \"https://m.example\", search: acme, token_file: \"\(file.path)\"}\n"
        let s = try #require(try buildSources(yaml, fetcher: fetcher).get().sources.first?.source as? MastodonSource)
        #expect(s.settings.token == "tok")
        #expect(s.settings.mode == .search("acme"))
    }

    @Test func badValues() {
        #expect(problems("    hashtag: acme\n").first?.contains("instance is required") == true)
        #expect(problems("    instance: http://m.example\n    hashtag: acme\n").first?.contains("must be an https URL") == true)
        #expect(problems("    instance: https://m.example\n    hashtag: \"acme corp\"\n").first?.contains("is not a hashtag") == true)
        #expect(problems("    instance: https://m.example\n    account: \"@a@b@c\"\n").first?.contains("is not an account") == true)
        #expect(problems("    instance: https://m.example\n    hashtag: acme\n    interval: 5s\n").first?.contains("at least 10s") == true)
        #expect(problems("    instance: https://m.example\n    hashtag: acme\n    limit: 80\n").first?.contains("between 1 and 40") == true)
    }

    @Test func defaults() throws {
        let yaml = "sources:\n  - {name: m, type: mastodon, instance: \"https://m.example/\", account: \"@alice@m.example\"}\n"
        let s = try #require(try buildSources(yaml, fetcher: fetcher).get().sources.first?.source as? MastodonSource)
        #expect(s.settings.interval == .seconds(120))
        #expect(s.settings.limit == 40)
        #expect(s.settings.maxPages == 5)
        #expect(s.settings.mode == .account("alice@m.example"))
        #expect(s.settings.instance.absoluteString == "https://m.example")
    }

    @Test func sampleParses() throws {
        let path = repositoryRoot.appendingPathComponent("plugins/sources/mastodon/sample.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let config = try buildSources(text, fetcher: fetcher).get()
        #expect(config.sources.contains { $0.type == "mastodon" })
    }
}
