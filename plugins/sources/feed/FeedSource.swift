import EarshotConfig
import EarshotCore
import EarshotFeeds
import EarshotHTTP
import Foundation

/// Registers `type: feed`: polls an RSS, Atom or JSON Feed URL.
public enum FeedSourcePlugin {
    /// The factory for the plugin registry. Every feed source shares `fetcher` (and its concurrency limit).
    public static func factory(fetcher: HTTPFetcher) -> SourceFactory {
        SourceFactory { setup in
            guard let settings = FeedSettings.read(setup.section) else { return nil }
            return FeedSource(settings: settings, fetcher: fetcher)
        }
    }
}

/// What a feed source remembers between polls (its cursor): the validators for a conditional GET,
/// the ids of the entries already emitted, newest first, and where its poll schedule stood.
struct FeedCursor: Codable, Equatable, Sendable {
    var etag: String?
    var lastModified: String?
    var seen: [String]
    var schedule: SavedSchedule?

    static let keep = 500

    init(etag: String? = nil, lastModified: String? = nil, seen: [String] = []) {
        self.etag = etag; self.lastModified = lastModified; self.seen = seen
    }

    var validators: Validators { Validators(etag: etag, lastModified: lastModified) }

    func encoded() -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: (try? enc.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> FeedCursor {
        try JSONDecoder().decode(FeedCursor.self, from: Data(text.utf8))
    }
}

/// A feed that could not be read, with the URL it came from.
struct FeedSourceError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Polls one feed URL every `interval`, emitting entries it has not emitted before.
struct FeedSource: Source {
    let settings: FeedSettings
    let fetcher: HTTPFetcher

    func run(context: SourceContext) async throws {
        var cursor = FeedCursor()
        if let saved = try await context.loadCursor() {
            do { cursor = try FeedCursor.decode(saved) } catch {
                context.logger.warning("saved feed cursor is unreadable; starting afresh", metadata: ["error": "\(error)"])
            }
        }
        let target = SavedSchedule.target([settings.url.absoluteString] + settings.headers.flatMap { [$0.name, $0.value] })
        try await ScheduleCheckpoint.loop(
            interval: settings.interval, target: target, resuming: cursor.schedule, origin: settings.url.absoluteString,
            context: context,
            poll: {
                let round = try await pollRound(cursor, context: context)
                cursor = round.cursor
                return PollRound(degraded: round.partial)
            },
            cursor: { schedule in
                cursor.schedule = schedule
                return cursor.encoded()
            })
    }

    /// One round: a conditional GET, then the entries not seen before, emitted with the new cursor.
    /// Returns the cursor to continue from; throws (leaving the cursor as it was) on any failure.
    func poll(_ cursor: FeedCursor, context: SourceContext) async throws -> FeedCursor {
        try await pollRound(cursor, context: context).cursor
    }

    /// As `poll(_:context:)`, also saying why the document was read only in part (it broke off:
    /// the entries before the break were emitted, later ones cannot be read), for the source's
    /// health. Repairs that lose nothing (entities, control characters) are logged at debug level.
    func pollRound(_ cursor: FeedCursor, context: SourceContext) async throws -> (cursor: FeedCursor, partial: String?) {
        let request = FetchRequest(url: settings.url, headers: settings.headers, validators: cursor.validators,
                                   timeout: settings.timeout, maxBytes: settings.maxSize, userAgent: settings.userAgent,
                                   accept: "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
        let result = try await fetcher.fetch(request)
        var next = cursor
        if result.kind == .fetched {
            next.etag = result.validators.etag
            next.lastModified = result.validators.lastModified
        } else {
            // A 304 need not repeat every validator (RFC 9110 §15.4.5): keep those it left out.
            next.etag = result.validators.etag ?? cursor.etag
            next.lastModified = result.validators.lastModified ?? cursor.lastModified
        }
        guard result.kind == .fetched else {
            if next != cursor { try await context.emit(SourceBatch(items: [], origin: settings.url.absoluteString, cursor: next.encoded())) }
            return (next, nil)
        }
        let document: FeedDocument
        do {
            document = try FeedParser.parse(result.body, baseURL: result.url, maxBytes: settings.maxSize)
        } catch {
            let type = result.contentType.map { " (Content-Type \($0))" } ?? ""
            throw FeedSourceError(message: "\(result.url.absoluteString): not a readable feed\(type): \(error)")
        }
        if !document.warnings.isEmpty {
            context.logger.debug("feed repaired while reading", metadata: [
                "url": "\(settings.url.absoluteString)", "problems": "\(document.warnings.joined(separator: "; "))"])
        }
        // The position is left out: new entries move it, and each change would be a new failure.
        // `earshot test` on a saved copy of the document names the line.
        let partial = document.brokeOff.map {
            "\(result.url.absoluteString): not well-formed XML (\($0.message)); only the entries before the break are read"
        }
        let (items, seen) = Self.newItems(document.entries, seen: cursor.seen, source: context.name,
                                          feedLanguage: document.language, partial: partial != nil)
        next.seen = seen
        if !items.isEmpty || next != cursor {
            try await context.emit(SourceBatch(items: items, origin: settings.url.absoluteString, cursor: next.encoded()))
        }
        return (next, partial)
    }

    /// The entries whose ids are not in `seen`, oldest first, and the ids to remember: this document's,
    /// then older ones, at most `max(FeedCursor.keep, entries)` of them. Of a `partial` document
    /// (one that broke off) none is forgotten: the entries after the break are still in the feed,
    /// and forgetting their ids would emit them again once it is fixed.
    static func newItems(_ entries: [FeedEntry], seen: [String], source: String, feedLanguage: String? = nil,
                         partial: Bool = false) -> (items: [Item], seen: [String]) {
        let known = Set(seen)
        var items: [Item] = []
        var current: [String] = []
        var inDocument = Set<String>()
        for entry in entries {
            let id = entry.stableID
            guard inDocument.insert(id).inserted else { continue }
            current.append(id)
            if !known.contains(id) { items.append(FeedItems.item(from: entry, id: id, source: source, feedLanguage: feedLanguage)) }
        }
        let remembered = current + seen.filter { !inDocument.contains($0) }
        let keep = partial ? remembered.count : max(FeedCursor.keep, current.count)
        return (items.reversed(), Array(remembered.prefix(keep)))
    }
}
