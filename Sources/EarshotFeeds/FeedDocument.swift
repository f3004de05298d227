import Foundation

/// One item of a feed (RSS item, Atom entry, JSON Feed item), reduced to what Earshot analyzes.
public struct FeedEntry: Sendable, Equatable {
    /// The entry's own identifier: RSS `guid`, RSS 1.0 `rdf:about`, Atom `id`, JSON Feed `id`; nil if absent or empty.
    public var id: String?
    /// Absolute URL of the entry's page (relative links are resolved against xml:base, the feed link or `baseURL`).
    public var link: String?
    /// Title as plain text.
    public var title: String?
    /// Plain text of the richest body: content:encoded / Atom content / JSON content, else description / summary.
    public var text: String
    /// Display name of the author, if the feed gives one.
    public var authorName: String?
    /// An identifier for the author when the feed has one: an e-mail address, else a URI (Atom `uri`, JSON Feed `url`).
    public var authorHandle: String?
    /// When the entry was published; falls back to `updated` when the feed gives only that.
    public var published: Date?
    /// When the entry was last updated, if the feed says so.
    public var updated: Date?
    /// What this entry answers: `thr:in-reply-to` ref (Atom threading) or a JSON Feed `_in_reply_to` extension.
    public var inReplyTo: String?
    /// Language tag from the entry (xml:lang, dc:language, JSON `language`), else the feed's.
    public var language: String?

    public init(id: String? = nil, link: String? = nil, title: String? = nil, text: String = "",
                authorName: String? = nil, authorHandle: String? = nil, published: Date? = nil,
                updated: Date? = nil, inReplyTo: String? = nil, language: String? = nil) {
        self.id = id
        self.link = link
        self.title = title
        self.text = text
        self.authorName = authorName
        self.authorHandle = authorHandle
        self.published = published
        self.updated = updated
        self.inReplyTo = inReplyTo
        self.language = language
    }

    /// A key that identifies the entry across polls: `id`, else `link`, else `"sha256:"` + hex SHA-256 of title + text.
    public var stableID: String {
        if let id, !id.isEmpty { return id }
        if let link, !link.isEmpty { return link }
        return "sha256:" + SHA256.hex(Array(((title ?? "") + "\n" + text).utf8))
    }
}

/// The format a document was recognised as.
public enum FeedKind: String, Sendable, CaseIterable {
    case rss090, rss091, rss092, rss20, rss10rdf, atom03, atom10, jsonFeed10, jsonFeed11
}

/// A parsed feed: channel-level facts and its entries in document order.
public struct FeedDocument: Sendable {
    public var kind: FeedKind
    public var title: String?
    /// Absolute URL of the site the feed belongs to, if given.
    public var link: String?
    public var language: String?
    public var entries: [FeedEntry]
    /// Problems that were repaired rather than rejected (e.g. invalid UTF-8 replaced); empty for a clean document.
    public var warnings: [String]
    /// Where the XML broke off, when only the entries before a well-formedness error were kept (the
    /// rest of the document is lost); also described in `warnings`.
    public var brokeOff: FeedParseError?

    public init(kind: FeedKind, title: String? = nil, link: String? = nil, language: String? = nil,
                entries: [FeedEntry] = [], warnings: [String] = []) {
        self.kind = kind
        self.title = title
        self.link = link
        self.language = language
        self.entries = entries
        self.warnings = warnings
    }
}

/// Why a document could not be read as a feed, with the position in the document when known.
public struct FeedParseError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// 1-based column of the problem, when known.
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line 12, column 4: mismatched tag`, or just the message when there is no position.
    public var description: String {
        switch (line, column) {
        case let (l?, c?): return "line \(l), column \(c): \(message)"
        case let (l?, nil): return "line \(l): \(message)"
        default: return message
        }
    }
}
