import EarshotConfig
import Foundation

/// The `type: mastodon` section, validated.
struct MastodonSettings: Sendable {
    enum Mode: Sendable, Equatable {
        /// The public timeline of a hashtag, without its `#`.
        case hashtag(String)
        /// An account as `user` (local to the instance) or `user@host`, without the leading `@`.
        case account(String)
        /// A full-text status search (needs a token).
        case search(String)
    }

    var instance: URL
    var mode: Mode
    var token: String?
    var interval: Duration = .seconds(120)
    var limit = 40
    var maxPages = 5
    var timeout: Duration = .seconds(30)
    var maxSize = 5 << 20
    var userAgent: String?

    static let minimumInterval = Duration.seconds(10)

    var instanceHost: String { instance.host ?? "" }

    /// Reads the section, reporting every problem; nil when any key is wrong.
    static func read(_ s: ConfigSection) -> MastodonSettings? {
        var ok = true
        let label = { (key: String) in s.path.isEmpty ? key : "\(s.path).\(key)" }
        let instance = instanceURL(s)
        if instance == nil { ok = false }

        var modes: [(key: String, mode: Mode)] = []
        if s.has("hashtag") {
            if let raw = s.nonEmptyString("hashtag") {
                let tag = raw.trimmingCharacters(in: .whitespaces).drop { $0 == "#" }
                if !tag.isEmpty, tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    modes.append(("hashtag", .hashtag(String(tag))))
                } else {
                    s.error("hashtag", "\(label("hashtag")): \"\(raw)\" is not a hashtag (letters, digits and _ only)"); ok = false
                }
            } else { ok = false }
        }
        if s.has("account") {
            if let raw = s.nonEmptyString("account") {
                let acct = raw.trimmingCharacters(in: .whitespaces).drop { $0 == "@" }
                let parts = acct.split(separator: "@", omittingEmptySubsequences: false)
                let valid = (1...2).contains(parts.count) && parts.allSatisfy { p in
                    !p.isEmpty && p.allSatisfy { $0.isLetter || $0.isNumber || "_.-".contains($0) }
                }
                if valid { modes.append(("account", .account(String(acct)))) } else {
                    s.error("account", "\(label("account")): \"\(raw)\" is not an account (expected @user or @user@host)"); ok = false
                }
            } else { ok = false }
        }
        if s.has("search") {
            if let q = s.nonEmptyString("search") { modes.append(("search", .search(q.trimmingCharacters(in: .whitespaces)))) } else { ok = false }
        }
        let token = s.secret("token")
        if s.has("token"), token?.isEmpty ?? true { ok = false }

        if modes.count > 1 {
            s.error(modes[1].key, "set only one of hashtag, account and search (found \(modes.map(\.key).joined(separator: " and ")))")
            ok = false
        } else if modes.isEmpty, ok {
            s.error(nil, "\(s.path.isEmpty ? "the mastodon source" : s.path) needs one of hashtag, account or search")
            ok = false
        }
        if case .search? = modes.first?.mode, token == nil {
            s.error("search", "\(label("search")) needs an access token: set token or token_file (Mastodon's search API requires one)")
            ok = false
        }

        let interval = optional(s, "interval", &ok) { s.duration($0, minimum: minimumInterval) }
        let limit = optional(s, "limit", &ok) { s.int($0, in: 1...40) }
        let maxPages = optional(s, "max_pages", &ok) { s.int($0, in: 1...100) }
        let timeout = optional(s, "timeout", &ok) { s.duration($0, minimum: .seconds(1)) }
        let maxSize = optional(s, "max_size", &ok) { key -> Int? in
            guard let v = s.byteSize(key) else { return nil }
            guard v >= 1024 else { s.error(key, "\(label(key)) must be at least 1KB, not \(v) bytes"); return nil }
            return v
        }
        let userAgent = optional(s, "user_agent", &ok) { s.nonEmptyString($0) }

        guard ok, let instance, let mode = modes.first?.mode else { return nil }
        var settings = MastodonSettings(instance: instance, mode: mode, token: token)
        settings.interval = interval ?? settings.interval
        settings.limit = limit ?? settings.limit
        settings.maxPages = maxPages ?? settings.maxPages
        settings.timeout = timeout ?? settings.timeout
        settings.maxSize = maxSize ?? settings.maxSize
        settings.userAgent = userAgent
        return settings
    }

    private static func optional<T>(_ s: ConfigSection, _ key: String, _ ok: inout Bool, _ read: (String) -> T?) -> T? {
        guard s.has(key) else { return nil }
        let v = read(key)
        if v == nil { ok = false }
        return v
    }

    /// `instance`: an https URL (plain http only for localhost), reduced to scheme, host and port.
    private static func instanceURL(_ s: ConfigSection) -> URL? {
        let label = s.path.isEmpty ? "instance" : "\(s.path).instance"
        guard let text = s.nonEmptyString("instance", required: true) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            s.error("instance", "\(label): \"\(text)\" is not a URL (expected e.g. https://mastodon.social)")
            return nil
        }
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(host.lowercased())
        guard scheme == "https" || (scheme == "http" && loopback) else {
            s.error("instance", "\(label): \"\(text)\" must be an https URL")
            return nil
        }
        var c = URLComponents()
        c.scheme = scheme
        c.host = host
        c.port = url.port
        return c.url
    }
}
