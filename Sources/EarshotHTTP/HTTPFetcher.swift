import AsyncHTTPClient
import EarshotCore
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Synchronization

/// Fetches documents over HTTP(S) for polling sources, defensively: a deadline per request, a size cap
/// enforced while the (decompressed) body streams in, conditional GETs, bounded redirects, and a limit on
/// how many fetches run at once across all sources.
///
/// One fetcher serves the whole daemon; it owns a connection pool, opened on the first fetch (so a
/// fetcher made only to validate config costs nothing). Call `shutdown()` when done; a fetcher dropped
/// without it closes its pool in the background.
public final class HTTPFetcher: Sendable {
    public struct Configuration: Sendable {
        /// Fetches allowed at once across every source using this fetcher (`max_concurrent_polls`).
        public var maxConcurrentFetches: Int
        public var connectTimeout: Duration
        public var maxRedirects: Int
        /// Sent when a request sets none.
        public var userAgent: String
        /// A compressed body may inflate to at most this multiple of its compressed size.
        public var decompressionRatioLimit: Int
        /// The proxy for every request whose host its `noProxy` does not list (`polling.proxy`); nil:
        /// direct. The starting value: `HTTPFetcher.setProxy` may replace it before the first fetch.
        public var proxy: HTTPProxy?
        public var idleConnectionTimeout: Duration

        public init(maxConcurrentFetches: Int = 16, connectTimeout: Duration = .seconds(10), maxRedirects: Int = 5,
                    userAgent: String = HTTPFetcher.defaultUserAgent, decompressionRatioLimit: Int = 500,
                    proxy: HTTPProxy? = nil, idleConnectionTimeout: Duration = .seconds(60)) {
            self.maxConcurrentFetches = max(1, maxConcurrentFetches)
            self.connectTimeout = connectTimeout
            self.maxRedirects = max(0, maxRedirects)
            self.userAgent = userAgent
            self.decompressionRatioLimit = max(1, decompressionRatioLimit)
            self.proxy = proxy
            self.idleConnectionTimeout = idleConnectionTimeout
        }
    }

    public static let version = "0.1.0"
    public static let defaultUserAgent = "Earshot/\(version) (+https://github.com/earshot; feed poller)"

    public let configuration: Configuration
    /// Connection pools, each opened at its first fetch: one through the proxy, one direct.
    private struct Clients {
        var proxy: HTTPProxy?
        var proxied: HTTPClient?
        var direct: HTTPClient?
        var shutDown = false
        var all: [HTTPClient] { [proxied, direct].compactMap { $0 } }
    }
    private let state: Mutex<Clients>
    /// Without a proxy; the proxied client adds one to a copy.
    private let clientConfiguration: HTTPClient.Configuration
    private let limiter: AsyncSemaphore
    private let givenLogger: Logger?
    /// Made when first needed, so that a fetcher created before `LoggingSystem.bootstrap` (the
    /// daemon's shared one is made while the config is read) still logs through the daemon's handler.
    private var logger: Logger { givenLogger ?? Logger(label: "earshot.http") }
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - logger: default: a logger labelled `earshot.http`, made at first use.
    ///   - now: the clock Retry-After dates are measured against.
    public init(configuration: Configuration = Configuration(),
                logger: Logger? = nil,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        state = Mutex(Clients(proxy: configuration.proxy))
        givenLogger = logger
        self.now = now
        limiter = AsyncSemaphore(permits: configuration.maxConcurrentFetches)

        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: Self.timeAmount(configuration.idleConnectionTimeout),
            concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.maxConcurrentFetches)
        pool.retryConnectionEstablishment = false
        var config = HTTPClient.Configuration(
            redirectConfiguration: configuration.maxRedirects == 0
                ? .disallow : .follow(max: configuration.maxRedirects, allowCycles: false),
            timeout: .init(connect: Self.timeAmount(configuration.connectTimeout), read: nil),
            connectionPool: pool,
            proxy: nil,
            decompression: .enabled(limit: .ratio(configuration.decompressionRatioLimit)))
        config.httpVersion = .automatic
        clientConfiguration = config
    }

    deinit {
        for client in state.withLock({ $0.all }) { _ = client.shutdown() }
    }

    /// The proxy in use (set at creation or by `setProxy`).
    public var proxy: HTTPProxy? { state.withLock { $0.proxy } }

    /// Sets the proxy (`polling.proxy` of the config `earshot run` starts with). Only before the
    /// first fetch: returns false, changing nothing, once a connection pool is open and the
    /// proxy differs — a reload cannot move open connections, a restart applies it.
    @discardableResult
    public func setProxy(_ proxy: HTTPProxy?) -> Bool {
        state.withLock { s in
            if s.proxy == proxy { return true }
            guard s.all.isEmpty else { return false }
            s.proxy = proxy
            return true
        }
    }

    /// Changes how many fetches may run at once (a config reload's `polling.max_concurrent`). Fetches in
    /// flight finish; a lower limit applies as they do.
    public func setMaxConcurrentFetches(_ n: Int) async {
        await limiter.setPermits(max(1, n))
    }

    /// Closes the connection pools; fetches after this fail with `.shutdown`. Safe to call twice.
    public func shutdown() async throws {
        let clients = state.withLock { s -> [HTTPClient] in
            defer { s.proxied = nil; s.direct = nil; s.shutDown = true }
            return s.all
        }
        for client in clients {
            do { try await client.shutdown() } catch let e as HTTPClientError where e == .alreadyShutdown {}
        }
    }

    /// The pool for a request to `host`: through the proxy unless there is none or `no_proxy` lists the host.
    private func client(url: String, host: String) throws -> HTTPClient {
        try state.withLock { s in
            if s.shutDown { throw FetchError(.shutdown, "the HTTP client is shut down", url: url) }
            guard let proxy = s.proxy, !proxy.bypasses(host: host) else {
                if let c = s.direct { return c }
                let c = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration,
                                   backgroundActivityLogger: logger)
                s.direct = c
                return c
            }
            if let c = s.proxied { return c }
            var config = clientConfiguration
            config.proxy = .server(host: proxy.host, port: proxy.port)
            let c = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config, backgroundActivityLogger: logger)
            s.proxied = c
            return c
        }
    }

    /// GETs `request.url`, waiting for a free slot first.
    ///
    /// Returns for 2xx (`.fetched`) and 304 (`.notModified`). Throws `FetchError` for everything else
    /// (with `retryAfter` on 429 and 503), and `CancellationError` when the task is cancelled.
    public func fetch(_ request: FetchRequest) async throws -> FetchResult {
        let url = request.url.absoluteString
        guard let scheme = request.url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = request.url.host, !host.isEmpty else {
            throw FetchError(.invalidURL, "only absolute http and https URLs can be fetched", url: url)
        }
        try await limiter.wait()
        do {
            let result = try await withDeadline(request.timeout, url: url) { try await self.perform(request, url: url) }
            await limiter.signal()
            return result
        } catch {
            await limiter.signal()
            throw error
        }
    }

    /// Runs `body`, cancelling it when `timeout` passes (the client's own deadline does not cover a body
    /// that stalls after the head arrived).
    private func withDeadline<T: Sendable>(_ timeout: Duration, url: String,
                                          _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask { try await Task.sleep(for: timeout); return nil }
            defer { group.cancelAll() }
            if let value = try await group.next() ?? nil { return value }
            if Task.isCancelled { throw CancellationError() }
            throw FetchError(.timeout, "no complete response within \(DurationText.format(timeout))", url: url)
        }
    }

    private func perform(_ request: FetchRequest, url: String) async throws -> FetchResult {
        var req = HTTPClientRequest(url: url)
        req.method = .GET
        req.headers.add(name: "User-Agent", value: request.userAgent ?? configuration.userAgent)
        req.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let accept = request.accept { req.headers.add(name: "Accept", value: accept) }
        if let etag = request.validators?.etag { req.headers.add(name: "If-None-Match", value: etag) }
        if let lm = request.validators?.lastModified { req.headers.add(name: "If-Modified-Since", value: lm) }
        for h in request.headers { req.headers.replaceOrAdd(name: h.name, value: h.value) }

        let client = try client(url: url, host: request.url.host ?? "")
        let started = ContinuousClock.now
        let deadline = NIODeadline.now() + Self.timeAmount(request.timeout)
        do {
            let response = try await client.execute(req, deadline: deadline, logger: logger)
            let status = Int(response.status.code)
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            let finalURL = response.url ?? request.url
            let validators = Validators(etag: response.headers.first(name: "ETag"),
                                        lastModified: response.headers.first(name: "Last-Modified"))
            let contentType = response.headers.first(name: "Content-Type")
            switch status {
            case 304:
                let kept = validators.isEmpty ? (request.validators ?? validators) : validators
                logger.debug("fetched", metadata: ["url": "\(url)", "status": .stringConvertible(304)])
                return FetchResult(kind: .notModified, statusCode: 304, url: finalURL, body: Data(),
                                   contentType: contentType, validators: kept, headers: headers)
            case 200..<300:
                let body = try await readBody(response, limit: request.maxBytes, url: url)
                logger.debug("fetched", metadata: [
                    "url": "\(url)", "status": .stringConvertible(status), "bytes": .stringConvertible(body.count),
                    "ms": .stringConvertible(Int((ContinuousClock.now - started).seconds * 1000))])
                return FetchResult(kind: .fetched, statusCode: status, url: finalURL, body: body,
                                   contentType: contentType, validators: validators, headers: headers)
            case 300..<400:
                // The client follows http(s) redirects itself; one that reaches here could not be followed.
                let phrase = "HTTP \(status) \(response.status.reasonPhrase)"
                guard let location = response.headers.first(name: "Location"), !location.isEmpty else {
                    throw FetchError(.httpStatus, phrase + " without a Location header to follow", url: url, status: status)
                }
                let scheme = URL(string: location)?.scheme?.lowercased()
                let why = scheme.map { $0 != "http" && $0 != "https" } == true ? " (only http and https redirects are)" : ""
                throw FetchError(.httpStatus, phrase + " to \(location.prefix(200)), not followed\(why)", url: url, status: status)
            default:
                let phrase = "HTTP \(status) \(response.status.reasonPhrase)"
                var retryAfter = HTTPDate.retryAfter(response.headers.first(name: "Retry-After"), now: now())
                if retryAfter == nil, status == 429 {
                    retryAfter = RateLimit.untilReset(response.headers.first(name: "X-RateLimit-Reset"), now: now())
                }
                if status == 429 || (status == 503 && retryAfter != nil) {
                    // The wait stays out of the message so that health reports do not change every poll.
                    throw FetchError(.rateLimited, phrase, url: url, status: status, retryAfter: retryAfter)
                }
                throw FetchError(.httpStatus, phrase, url: url, status: status, retryAfter: retryAfter)
            }
        } catch let e as FetchError {
            throw e
        } catch {
            if Task.isCancelled { throw CancellationError() }
            var mapped = map(error, url: url, timeout: request.timeout)
            // A failure to reach the proxy is not the feed's: say which proxy.
            if let proxy = state.withLock({ s in s.proxy.flatMap { $0.bypasses(host: request.url.host ?? "") ? nil : $0 } }) {
                if let e = error as? HTTPClientError, e == .invalidProxyResponse {
                    mapped.message = "the proxy \(proxy.host):\(proxy.port) refused to open a tunnel (CONNECT) to the server"
                } else if mapped.code == .network || mapped.code == .timeout {
                    mapped.message += " (through the proxy \(proxy.host):\(proxy.port))"
                }
            }
            throw mapped
        }
    }

    private func readBody(_ response: HTTPClientResponse, limit: Int, url: String) async throws -> Data {
        let tooLarge = FetchError(.tooLarge, "response larger than \(limit) bytes", url: url, status: Int(response.status.code))
        let encoded = !(response.headers.first(name: "Content-Encoding") ?? "identity").lowercased().contains("identity")
        if !encoded, let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
            throw tooLarge
        }
        var data = Data()
        for try await chunk in response.body {
            guard data.count + chunk.readableBytes <= limit else { throw tooLarge }
            data.append(contentsOf: chunk.readableBytesView)
        }
        return data
    }

    private func map(_ error: any Error, url: String, timeout: Duration) -> FetchError {
        if let e = error as? HTTPClientError {
            switch e {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return FetchError(.timeout, "no complete response within \(DurationText.format(timeout))", url: url)
            case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
                return FetchError(.timeout, "could not connect within \(DurationText.format(configuration.connectTimeout))", url: url)
            case .redirectCycleDetected:
                return FetchError(.redirectLoop, "redirect loop (a URL redirected back to one already visited)", url: url)
            case .redirectLimitReached:
                return FetchError(.tooManyRedirects, "more than \(configuration.maxRedirects) redirects", url: url)
            case .alreadyShutdown:
                return FetchError(.shutdown, "the HTTP client is shut down", url: url)
            case .remoteConnectionClosed:
                return FetchError(.network, "the server closed the connection before the response was complete", url: url)
            default:
                return FetchError(.network, "\(e)", url: url)
            }
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("HTTPParserError") {
            // NIO's parser names the byte it choked on ("invalid constant string"); say what it means.
            let detail = "\(error)"
            if detail.contains("unexpected") || detail.lowercased().contains("eof") {
                return FetchError(.network, "the connection closed before the whole response arrived (\(detail))", url: url)
            }
            return FetchError(.network, "the server's answer is not valid HTTP (\(detail))", url: url)
        }
        if typeName.contains("Decompression") {
            let what = "\(error)".contains("limit")
                ? "compressed response inflates more than \(configuration.decompressionRatioLimit)x its size"
                : "compressed response is corrupt (\(error))"
            return FetchError(.decompression, what, url: url)
        }
        return FetchError(.network, Self.describe(error), url: url)
    }

    /// A short description of a NIO or system error: `connection refused`, not a type dump.
    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if let r = text.range(of: "errno: ") ?? text.range(of: "errno ") {
            let digits = text[r.upperBound...].prefix { $0.isNumber }
            if let code = Int32(digits) { return String(cString: strerror(code)).lowercased() }
        }
        return text
    }

    static func timeAmount(_ d: Duration) -> TimeAmount {
        let c = d.components
        return .nanoseconds(c.seconds * 1_000_000_000 + c.attoseconds / 1_000_000_000)
    }
}

/// Durations as people read them in messages: `30s`, `1m30s`, `250ms`.
public enum DurationText {
    public static func format(_ d: Duration) -> String {
        var ms = Int64((d.seconds * 1000).rounded())
        if ms <= 0 { return "0s" }
        var out = ""
        for (unit, size) in [("h", Int64(3_600_000)), ("m", 60_000), ("s", 1000), ("ms", 1)] where ms >= size {
            out += "\(ms / size)\(unit)"
            ms %= size
        }
        return out
    }
}
