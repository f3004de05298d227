import Foundation

/// The validators of a fetched document, which the caller persists and sends back for a conditional GET.
public struct Validators: Sendable, Codable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag; self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// One GET a source wants made.
public struct FetchRequest: Sendable {
    public var url: URL
    /// Extra request headers (e.g. `Authorization`). They replace the fetcher's defaults of the same name.
    public var headers: [(name: String, value: String)]
    /// Sent as If-None-Match / If-Modified-Since; a 304 then comes back as `.notModified`.
    public var validators: Validators?
    /// Deadline for the whole exchange: connecting, redirects and reading the body.
    public var timeout: Duration
    /// The body may not exceed this many bytes, counted after decompression, while it streams in.
    public var maxBytes: Int
    /// Replaces the fetcher's User-Agent for this request.
    public var userAgent: String?
    public var accept: String?

    public init(url: URL, headers: [(name: String, value: String)] = [], validators: Validators? = nil,
                timeout: Duration = .seconds(30), maxBytes: Int = 10 << 20, userAgent: String? = nil,
                accept: String? = nil) {
        self.url = url; self.headers = headers; self.validators = validators
        self.timeout = timeout; self.maxBytes = maxBytes; self.userAgent = userAgent; self.accept = accept
    }
}

/// What a successful fetch (2xx or 304) brought back.
public struct FetchResult: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A 2xx with a body.
        case fetched
        /// 304: the document did not change since the validators were taken; `body` is empty.
        case notModified
    }

    public var kind: Kind
    public var statusCode: Int
    /// The URL that answered, after redirects.
    public var url: URL
    public var body: Data
    /// The Content-Type header as sent (recorded, never trusted to pick a parser).
    public var contentType: String?
    /// The validators to persist: the response's own, or the request's on a 304 that sent none.
    public var validators: Validators
    public var headers: [(name: String, value: String)]

    public init(kind: Kind, statusCode: Int, url: URL, body: Data, contentType: String?, validators: Validators,
                headers: [(name: String, value: String)]) {
        self.kind = kind; self.statusCode = statusCode; self.url = url; self.body = body
        self.contentType = contentType; self.validators = validators; self.headers = headers
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of a header, matched case-insensitively, in the order received.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }
}

/// A failed fetch: what went wrong, for which URL, and when trying again makes sense.
public struct FetchError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: Sendable, Equatable {
        case invalidURL
        /// The deadline passed (connect, redirects or body).
        case timeout
        /// The body (after decompression) exceeded the request's `maxBytes`.
        case tooLarge
        /// 429, or 503 with Retry-After: the server asked us to slow down.
        case rateLimited
        /// Any other 4xx or 5xx.
        case httpStatus
        case tooManyRedirects
        case redirectLoop
        /// Connecting or reading failed (refused, reset, DNS, TLS).
        case network
        /// The compressed body was corrupt, or inflated far beyond its size.
        case decompression
        /// The fetcher was shut down.
        case shutdown
    }

    public var code: Code
    public var message: String
    public var url: String
    /// The HTTP status when the server answered.
    public var status: Int?
    /// How long the server asked us to wait (Retry-After), when it did.
    public var retryAfter: Duration?

    public init(_ code: Code, _ message: String, url: String, status: Int? = nil, retryAfter: Duration? = nil) {
        self.code = code; self.message = message; self.url = url; self.status = status; self.retryAfter = retryAfter
    }

    public var description: String { "GET \(url): \(message)" }

    /// Whether polling again later can help (everything but a bad URL and 4xx other than 408/429).
    public var isTransient: Bool {
        switch code {
        case .invalidURL: return false
        case .httpStatus: return (status ?? 500) >= 500 || status == 408
        default: return true
        }
    }
}
