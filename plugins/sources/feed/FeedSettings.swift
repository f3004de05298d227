import EarshotConfig
import Foundation

/// The `type: feed` section, validated.
struct FeedSettings: Sendable {
    var url: URL
    var interval: Duration = .seconds(300)
    var timeout: Duration = .seconds(30)
    var maxSize: Int = 10 << 20
    var userAgent: String?
    var headers: [(name: String, value: String)] = []

    static let minimumInterval = Duration.seconds(30)

    /// Reads the section, reporting every problem; nil when any key is wrong.
    static func read(_ s: ConfigSection) -> FeedSettings? {
        var ok = true
        let url = HTTPConfigReading.url(s, "url", loopbackHTTPOnly: false)
        if url == nil { ok = false }
        let interval = HTTPConfigReading.optional(s, "interval", &ok) { s.duration($0, minimum: minimumInterval) }
        let timeout = HTTPConfigReading.optional(s, "timeout", &ok) { s.duration($0, minimum: .seconds(1)) }
        let maxSize = HTTPConfigReading.optional(s, "max_size", &ok) { key -> Int? in
            guard let v = s.byteSize(key) else { return nil }
            guard v >= 1024 else { s.error(key, "\(s.path).\(key) must be at least 1KB, not \(v) bytes"); return nil }
            return v
        }
        let userAgent = HTTPConfigReading.optional(s, "user_agent", &ok) { s.nonEmptyString($0) }
        let headers = HTTPConfigReading.headers(s, "headers", &ok)
        guard ok, let url else { return nil }
        var settings = FeedSettings(url: url)
        settings.interval = interval ?? settings.interval
        settings.timeout = timeout ?? settings.timeout
        settings.maxSize = maxSize ?? settings.maxSize
        settings.userAgent = userAgent
        settings.headers = headers
        return settings
    }
}

/// Readers shared by HTTP-polling sources (kept in the plugin so it depends only on core, config and HTTP).
enum HTTPConfigReading {
    /// Reads `key` with `read` when present; a present but invalid value clears `ok`.
    static func optional<T>(_ s: ConfigSection, _ key: String, _ ok: inout Bool, _ read: (String) -> T?) -> T? {
        guard s.has(key) else { return nil }
        let v = read(key)
        if v == nil { ok = false }
        return v
    }

    /// A required absolute http(s) URL. With `loopbackHTTPOnly`, plain http is accepted only for
    /// 127.0.0.1, ::1 and localhost (tests and local relays); https is required elsewhere.
    static func url(_ s: ConfigSection, _ key: String, loopbackHTTPOnly: Bool) -> URL? {
        let label = s.path.isEmpty ? key : "\(s.path).\(key)"
        guard let text = s.nonEmptyString(key, required: true) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
              let host = url.host, !host.isEmpty else {
            s.error(key, "\(label): \"\(text)\" is not an absolute URL (expected e.g. https://example.com/feed.xml)")
            return nil
        }
        if url.user != nil || url.password != nil {
            // Not sent (the fetcher does not turn them into a header) and printed in every error.
            s.error(key, "\(label): a user name or password in the URL is neither sent nor kept secret; "
                    + "remove it and set headers: { Authorization: \"Basic …\" } (with ${VAR} for the secret)")
            return nil
        }
        switch scheme {
        case "https": return url
        case "http":
            if !loopbackHTTPOnly || ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased()) { return url }
            s.error(key, "\(label): \"\(text)\" must use https (plain http is accepted only for localhost)")
            return nil
        default:
            s.error(key, "\(label): \"\(text)\" must be an http or https URL, not \(scheme)")
            return nil
        }
    }

    /// A mapping of extra request headers; names must be HTTP tokens and values single-line.
    static func headers(_ s: ConfigSection, _ key: String, _ ok: inout Bool) -> [(name: String, value: String)] {
        guard s.has(key) else { return [] }
        guard let sub = s.section(key) else { ok = false; return [] }
        var out: [(name: String, value: String)] = []
        let tokenChars = CharacterSet(charactersIn: "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for entry in sub.node.entries ?? [] {
            let name = entry.key
            guard let value = sub.string(name) else { ok = false; continue }
            if name.isEmpty || name.unicodeScalars.contains(where: { !tokenChars.contains($0) }) {
                sub.error(name, "\(sub.path).\(name): \"\(name)\" is not a valid header name"); ok = false; continue
            }
            if value.contains(where: { $0 == "\r" || $0 == "\n" }) {
                sub.error(name, "\(sub.path).\(name): header values must be on one line"); ok = false; continue
            }
            out.append((name, value))
        }
        return out
    }
}
