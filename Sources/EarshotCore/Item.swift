import Crypto
import Foundation

/// A mention: something someone said that a source brought in. Only `text` is required in input.
public struct Item: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var url: String?
    public var title: String?
    public var text: String
    public var author: Author?
    public var published: Date?
    public var inReplyTo: String?
    public var thread: String?
    public var language: String?
    public var metrics: Metrics?

    public init(id: String? = nil, source: String, url: String? = nil, title: String? = nil, text: String,
                author: Author? = nil, published: Date? = nil, inReplyTo: String? = nil, thread: String? = nil,
                language: String? = nil, metrics: Metrics? = nil) {
        self.source = source
        self.url = url
        self.title = title
        self.text = text
        self.author = author
        self.published = published
        self.inReplyTo = inReplyTo
        self.thread = thread
        self.language = language
        self.metrics = metrics
        self.id = ""
        self.id = (id?.isEmpty == false) ? id! : Item.stableID(source: source, url: url, title: title, text: text,
                                                               author: author?.handle ?? author?.id)
    }

    /// The id an item without one gets: a hash of its source and content, so the same input
    /// always gets the same id (and so never escalates twice).
    public static func stableID(source: String, url: String?, title: String?, text: String, author: String?) -> String {
        var h = SHA256()
        for part in [source, url ?? "", title ?? "", author ?? "", text] { h.update(utf8: part); h.update(byte: 0) }
        return "h:" + Hex.string(h.finalize().prefix(16))
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url, title, text, author, published, language, metrics, thread
        case inReplyTo = "in_reply_to"
    }
}

public struct Author: Sendable, Hashable, Codable {
    public var id: String?
    public var handle: String?
    public var name: String?
    public var followers: Int?

    public init(id: String? = nil, handle: String? = nil, name: String? = nil, followers: Int? = nil) {
        self.id = id; self.handle = handle; self.name = name; self.followers = followers
    }
}

public struct Metrics: Sendable, Hashable, Codable {
    public var likes: Int?
    public var shares: Int?
    public var replies: Int?

    public init(likes: Int? = nil, shares: Int? = nil, replies: Int? = nil) {
        self.likes = likes; self.shares = shares; self.replies = replies
    }
}
