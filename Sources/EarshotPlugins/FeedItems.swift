import EarshotCore
import EarshotFeeds
import Foundation

/// Maps feed entries to items: the entry's stable id (guid/id, else link, else a content hash)
/// becomes the item id, so a feed read twice gives the same items.
public enum FeedItems {
    public static func item(from e: FeedEntry, source: String, feedLanguage: String?) -> Item {
        var author: Author?
        if e.authorName != nil || e.authorHandle != nil {
            author = Author(handle: e.authorHandle, name: e.authorName)
        }
        return Item(id: e.stableID, source: source, url: e.link, title: e.title, text: e.text, author: author,
                    published: e.published ?? e.updated, inReplyTo: e.inReplyTo, language: e.language ?? feedLanguage)
    }
}
