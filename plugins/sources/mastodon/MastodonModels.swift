import Foundation

/// The parts of a Mastodon status (API `Status` entity) that become an item. Fields other than `id` are
/// optional so that servers speaking the API loosely (Pleroma, GoToSocial, older Mastodon) still decode.
struct StatusFields: Decodable, Sendable {
    var id: String
    var uri: String?
    var url: String?
    var createdAt: String?
    var content: String?
    var spoilerText: String?
    var language: String?
    var inReplyToID: String?
    var conversationID: String?
    var repliesCount: Int?
    var reblogsCount: Int?
    var favouritesCount: Int?
    var account: MastodonAccount?

    enum CodingKeys: String, CodingKey {
        case id, uri, url, content, language, account
        case createdAt = "created_at", spoilerText = "spoiler_text", inReplyToID = "in_reply_to_id"
        case conversationID = "conversation_id", repliesCount = "replies_count", reblogsCount = "reblogs_count"
        case favouritesCount = "favourites_count"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.flexibleID(.id)
        uri = try c.decodeIfPresent(String.self, forKey: .uri)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        createdAt = try c.decodeIfPresent(String.self, forKey: .createdAt)
        content = try c.decodeIfPresent(String.self, forKey: .content)
        spoilerText = try c.decodeIfPresent(String.self, forKey: .spoilerText)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        inReplyToID = try c.flexibleIDIfPresent(.inReplyToID)
        conversationID = try c.flexibleIDIfPresent(.conversationID)
        repliesCount = try? c.decodeIfPresent(Int.self, forKey: .repliesCount)
        reblogsCount = try? c.decodeIfPresent(Int.self, forKey: .reblogsCount)
        favouritesCount = try? c.decodeIfPresent(Int.self, forKey: .favouritesCount)
        account = try c.decodeIfPresent(MastodonAccount.self, forKey: .account)
    }
}

/// A timeline entry: a status, or a boost wrapping the original in `reblog`.
struct TimelineStatus: Decodable, Sendable {
    var fields: StatusFields
    var reblog: StatusFields?

    enum CodingKeys: String, CodingKey { case reblog }

    init(from decoder: any Decoder) throws {
        fields = try StatusFields(from: decoder)
        reblog = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(StatusFields.self, forKey: .reblog)
    }

    /// The status to analyze: the original for a boost, else the status itself.
    var original: StatusFields { reblog ?? fields }
}

struct MastodonAccount: Decodable, Sendable {
    var id: String?
    var acct: String?
    var username: String?
    var displayName: String?
    var url: String?
    var followersCount: Int?

    enum CodingKeys: String, CodingKey {
        case id, acct, username, url
        case displayName = "display_name", followersCount = "followers_count"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.flexibleIDIfPresent(.id)
        acct = try c.decodeIfPresent(String.self, forKey: .acct)
        username = try c.decodeIfPresent(String.self, forKey: .username)
        displayName = try c.decodeIfPresent(String.self, forKey: .displayName)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        followersCount = try? c.decodeIfPresent(Int.self, forKey: .followersCount)
    }
}

/// `/api/v2/search` results; only statuses are asked for.
struct SearchResults: Decodable, Sendable {
    var statuses: [TimelineStatus]
}

extension KeyedDecodingContainer {
    /// An id given as a string (Mastodon) or a number (some other servers).
    func flexibleID(_ key: Key) throws -> String {
        if let s = try? decode(String.self, forKey: key) { return s }
        if let n = try? decode(Int64.self, forKey: key) { return String(n) }
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected an id (string or number)")
    }

    func flexibleIDIfPresent(_ key: Key) throws -> String? {
        guard contains(key), !((try? decodeNil(forKey: key)) ?? true) else { return nil }
        return try flexibleID(key)
    }
}

/// Orders Mastodon ids: numeric ids by value (as decimal strings of any length), others as text.
enum StatusID {
    static func less(_ a: String, _ b: String) -> Bool {
        let numeric = { (s: String) in !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        if numeric(a) && numeric(b) {
            let a = a.drop { $0 == "0" }, b = b.drop { $0 == "0" }
            return a.count != b.count ? a.count < b.count : a < b
        }
        return a < b
    }

    static func max(_ a: String?, _ b: String) -> String {
        guard let a else { return b }
        return less(a, b) ? b : a
    }
}

/// Plain text of a status's HTML `content`: tags dropped, `<br>` and paragraph ends as line breaks,
/// character references decoded, spaces collapsed. Link text is kept whole (Mastodon's hidden `https://`
/// spans included), so URLs read as written.
enum StatusHTML {
    static func plainText(_ html: String) -> String {
        var out = ""
        var i = html.startIndex
        // Once a `<` has no `>` after it, no later one has: without this, each of many `<` would
        // search to the end again (time growing with the square of the text).
        var closed = true
        func tagEnd(after i: String.Index) -> String.Index? {
            guard closed else { return nil }
            let close = html[i...].firstIndex(of: ">")
            closed = close != nil
            return close
        }
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = tagEnd(after: i) {
                let tag = html[html.index(after: i)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if name == "br" || (tag.hasPrefix("/") && ["p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"].contains(String(name))) {
                    out.append("\n")
                }
                i = html.index(after: close)
            } else if c == "&", let semi = html[i...].prefix(12).firstIndex(of: ";"),
                      let decoded = entity(html[html.index(after: i)..<semi]) {
                out.append(decoded)
                i = html.index(after: semi)
            } else {
                out.append(c)
                i = html.index(after: i)
            }
        }
        let lines = out.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func entity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default: break
        }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" { value = UInt32(digits.dropFirst(), radix: 16) } else { value = UInt32(digits) }
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
        return String(Character(scalar))
    }
}
