import EarshotConfig
import EarshotCore
import EarshotHTTP
import Foundation

/// Registers `type: mastodon`: polls a hashtag timeline, an account's statuses or a search on one instance.
public enum MastodonSourcePlugin {
    /// The factory for the plugin registry. Every source shares `fetcher` (and its concurrency limit).
    public static func factory(fetcher: HTTPFetcher) -> SourceFactory {
        SourceFactory { setup in
            guard let settings = MastodonSettings.read(setup.section) else { return nil }
            return MastodonSource(settings: settings, fetcher: fetcher)
        }
    }
}

/// The persisted cursor: the newest timeline id emitted (the next poll asks for what came after
/// it), and where the poll schedule stood.
struct MastodonCursor: Codable, Equatable, Sendable {
    var minID: String?
    var schedule: SavedSchedule?

    enum CodingKeys: String, CodingKey { case minID = "min_id", schedule }

    func encoded() -> String {
        String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

struct MastodonError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// What a source keeps between rounds while it runs.
struct MastodonState: Sendable {
    var cursor = MastodonCursor()
    /// The numeric id `account:` resolves to, looked up once per run.
    var accountID: String?
    /// Local status id → uri of statuses seen recently, so replies can name their parent by uri.
    var uris = RecentMap(capacity: 5000)
}

/// A dictionary that forgets its oldest keys beyond `capacity`.
struct RecentMap: Sendable {
    let capacity: Int
    private var values: [String: String] = [:]
    private var order: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    subscript(key: String) -> String? { values[key] }

    mutating func set(_ key: String, _ value: String) {
        if values.updateValue(value, forKey: key) == nil { order.append(key) }
        if order.count > capacity {
            let drop = order.count - capacity
            for k in order.prefix(drop) { values[k] = nil }
            order.removeFirst(drop)
        }
    }
}

/// Polls one Mastodon timeline. The first run takes only the newest page; later rounds walk forward from
/// the saved `min_id` page by page (at most `max_pages` a round), emitting a batch with its cursor per page.
struct MastodonSource: Source {
    let settings: MastodonSettings
    let fetcher: HTTPFetcher

    func run(context: SourceContext) async throws {
        var state = MastodonState()
        if let saved = try await context.loadCursor() {
            do { state.cursor = try JSONDecoder().decode(MastodonCursor.self, from: Data(saved.utf8)) } catch {
                context.logger.warning("saved mastodon cursor is unreadable; starting from the newest page",
                                       metadata: ["error": "\(error)"])
            }
        }
        let target = SavedSchedule.target([settings.instance.absoluteString, "\(settings.mode)", settings.token ?? ""])
        try await ScheduleCheckpoint.loop(
            interval: settings.interval, target: target, resuming: state.cursor.schedule, origin: settings.instanceHost,
            context: context,
            poll: { PollRound(retryAfter: try await poll(&state, context: context)) },
            cursor: { schedule in
                state.cursor.schedule = schedule
                return state.cursor.encoded()
            })
    }

    /// One round. Returns how long to pause when the rate limit is used up (nil otherwise).
    /// The cursor in `state` advances with each emitted page, so a failure mid-round loses nothing.
    func poll(_ state: inout MastodonState, context: SourceContext) async throws -> Duration? {
        if case .account(let acct) = settings.mode, state.accountID == nil {
            state.accountID = try await lookupAccount(acct)
        }
        var pageURL: URL? = endpoint(state: state, minID: state.cursor.minID)
        var pages = 0
        while let url = pageURL, pages < settings.maxPages {
            pages += 1
            let firstRun = state.cursor.minID == nil
            let result = try await fetcher.fetch(request(url))
            let pause = rateLimitPause(result, now: context.clock.now())
            let entries = try decode(result)
            // Servers that ignore min_id must not make us repeat ourselves.
            let fresh = entries.filter { e in state.cursor.minID.map { StatusID.less($0, e.fields.id) } ?? true }
            if fresh.isEmpty { return pause }
            var newest = state.cursor.minID
            for e in fresh { newest = StatusID.max(newest, e.fields.id) }
            let items = makeItems(fresh, state: &state, source: context.name)
            var next = state.cursor
            next.minID = newest
            try await context.emit(SourceBatch(items: items, origin: url.absoluteString, cursor: next.encoded()))
            state.cursor = next
            if firstRun || pause != nil || entries.count < settings.limit { return pause }
            pageURL = newerPage(result, after: newest, state: state)
        }
        return nil
    }

    /// Items for a page, oldest first; a boost becomes its original, and each original appears once.
    func makeItems(_ entries: [TimelineStatus], state: inout MastodonState, source: String) -> [Item] {
        let sorted = entries.sorted { StatusID.less($0.fields.id, $1.fields.id) }
        for e in sorted {
            for s in [e.fields, e.original] { state.uris.set(s.id, s.uri ?? localID(s.id)) }
        }
        var seen = Set<String>()
        var items: [Item] = []
        for e in sorted {
            let item = self.item(e.original, state: state, source: source)
            if seen.insert(item.id).inserted { items.append(item) }
        }
        return items
    }

    func item(_ s: StatusFields, state: MastodonState, source: String) -> Item {
        let host = settings.instanceHost
        var author: Author?
        if let a = s.account {
            var handle: String?
            if let acct = a.acct ?? a.username, !acct.isEmpty {
                handle = "@" + (acct.contains("@") ? acct : "\(acct)@\(host)")
            }
            let name = a.displayName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            author = Author(id: a.url, handle: handle, name: name, followers: a.followersCount)
        }
        let spoiler = s.spoilerText.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let metrics = (s.favouritesCount ?? s.reblogsCount ?? s.repliesCount) == nil ? nil
            : Metrics(likes: s.favouritesCount, shares: s.reblogsCount, replies: s.repliesCount)
        let language = s.language.flatMap { $0.isEmpty ? nil : $0 }
        return Item(id: s.uri ?? localID(s.id), source: source, url: s.url ?? s.uri, title: spoiler,
                    text: StatusHTML.plainText(s.content ?? ""), author: author,
                    published: s.createdAt.flatMap(ISO8601.parse),
                    inReplyTo: s.inReplyToID.map { state.uris[$0] ?? localID($0) },
                    thread: s.conversationID.map { "mastodon:\(host):conversation:\($0)" },
                    language: language, metrics: metrics)
    }

    /// The id used when a status has no `uri`, or for a parent only known by its local id.
    func localID(_ id: String) -> String { "mastodon:\(settings.instanceHost):\(id)" }

    // MARK: requests

    func endpoint(state: MastodonState, minID: String?) -> URL? {
        var c = URLComponents(url: settings.instance, resolvingAgainstBaseURL: false)!
        var query = [URLQueryItem(name: "limit", value: String(settings.limit))]
        switch settings.mode {
        case .hashtag(let tag):
            c.path = "/api/v1/timelines/tag/\(tag)"
        case .account:
            guard let id = state.accountID else { return nil }
            c.path = "/api/v1/accounts/\(id)/statuses"
        case .search(let q):
            c.path = "/api/v2/search"
            query = [URLQueryItem(name: "q", value: q), URLQueryItem(name: "type", value: "statuses"),
                     URLQueryItem(name: "resolve", value: "false")] + query
        }
        if let minID { query.append(URLQueryItem(name: "min_id", value: minID)) }
        c.queryItems = query
        return c.url
    }

    /// The page after `newest`: the server's `Link: rel="prev"` when it stays on the instance, else built from min_id.
    func newerPage(_ result: FetchResult, after newest: String?, state: MastodonState) -> URL? {
        let links = LinkHeader.relations(result.headerValues("Link"), base: result.url)
        if let prev = links["prev"], prev.host == settings.instance.host, prev.port == settings.instance.port,
           prev.scheme == settings.instance.scheme {
            return prev
        }
        return endpoint(state: state, minID: newest)
    }

    func request(_ url: URL) -> FetchRequest {
        var headers: [(name: String, value: String)] = []
        if let token = settings.token { headers.append(("Authorization", "Bearer \(token)")) }
        return FetchRequest(url: url, headers: headers, timeout: settings.timeout, maxBytes: settings.maxSize,
                            userAgent: settings.userAgent, accept: "application/json")
    }

    func lookupAccount(_ acct: String) async throws -> String {
        var c = URLComponents(url: settings.instance, resolvingAgainstBaseURL: false)!
        c.path = "/api/v1/accounts/lookup"
        c.queryItems = [URLQueryItem(name: "acct", value: acct)]
        let result: FetchResult
        do {
            result = try await fetcher.fetch(request(c.url!))
        } catch let e as FetchError where e.status == 404 {
            throw MastodonError(message: "account @\(acct) is not known to \(settings.instance.absoluteString) (lookup answered 404)")
        }
        struct Found: Decodable { var id: String
            init(from decoder: any Decoder) throws {
                id = try decoder.container(keyedBy: StatusFields.CodingKeys.self).flexibleID(.id)
            }
        }
        do {
            return try JSONDecoder().decode(Found.self, from: result.body).id
        } catch {
            throw MastodonError(message: "\(result.url.absoluteString): account lookup did not return an account: \(Self.serverError(result.body) ?? Self.describe(error))")
        }
    }

    func decode(_ result: FetchResult) throws -> [TimelineStatus] {
        do {
            if case .search = settings.mode {
                return try JSONDecoder().decode(SearchResults.self, from: result.body).statuses
            }
            return try JSONDecoder().decode([TimelineStatus].self, from: result.body)
        } catch {
            throw MastodonError(message: "\(result.url.absoluteString): not a list of Mastodon statuses: \(Self.serverError(result.body) ?? Self.describe(error))")
        }
    }

    /// The message of a Mastodon error body (`{"error": "..."}`), which some servers send with a 200.
    static func serverError(_ body: Data) -> String? {
        struct Answer: Decodable { var error: String }
        return (try? JSONDecoder().decode(Answer.self, from: body)).map { "the server answered \"\($0.error.prefix(200))\"" }
    }

    /// When `X-RateLimit-Remaining` is 0: the wait from `now` until `X-RateLimit-Reset`.
    func rateLimitPause(_ result: FetchResult, now: Date) -> Duration? {
        guard let remaining = result.header("X-RateLimit-Remaining").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              remaining <= 0 else { return nil }
        return RateLimit.untilReset(result.header("X-RateLimit-Reset"), now: now) ?? .seconds(300)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c):
            return "invalid JSON" + (c.codingPath.isEmpty ? "" : " at \(path(c.codingPath))")
        case DecodingError.keyNotFound(let key, let c):
            return "missing \"\(key.stringValue)\" at \(path(c.codingPath))"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "unexpected value at \(path(c.codingPath + [])): \(c.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
