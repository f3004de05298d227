import EarshotCore
import EarshotFeeds
import Foundation

/// Maps feed entries to items, for the feed source and for feed files dropped into a directory.
/// The entry's stable id (guid/id, else link, else a content hash) becomes the item id, so a feed
/// read twice gives the same items. An entry with no body text is judged by its title.
public enum FeedItems {
    public static func item(from e: FeedEntry, source: String, feedLanguage: String?) -> Item {
        item(from: e, id: e.stableID, source: source, feedLanguage: feedLanguage)
    }

    static func item(from e: FeedEntry, id: String, source: String, feedLanguage: String?) -> Item {
        var author: Author?
        if e.authorName != nil || e.authorHandle != nil {
            author = Author(handle: e.authorHandle, name: e.authorName)
        }
        let text = e.text.isEmpty ? (e.title ?? "") : e.text
        return Item(id: id, source: source, url: e.link, title: e.title, text: text, author: author,
                    published: e.published ?? e.updated, inReplyTo: e.inReplyTo, language: e.language ?? feedLanguage)
    }
}
