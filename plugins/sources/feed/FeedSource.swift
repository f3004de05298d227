import EarshotConfig
import EarshotCore
import EarshotFeeds
import EarshotHTTP
import Foundation
import Logging

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
        var reported: [String] = []
        let target = SavedSchedule.target([settings.url.absoluteString] + settings.headers.flatMap { [$0.name, $0.value] })
        try await ScheduleCheckpoint.loop(
            interval: settings.interval, target: target, resuming: cursor.schedule, origin: settings.url.absoluteString,
            context: context,
            poll: {
                cursor = try await poll(cursor, context: context, reported: &reported)
                return nil
            },
            cursor: { schedule in
                cursor.schedule = schedule
                return cursor.encoded()
            })
    }

    /// One round: a conditional GET, then the entries not seen before, emitted with the new cursor.
    /// Returns the cursor to continue from; throws (leaving the cursor as it was) on any failure.
    func poll(_ cursor: FeedCursor, context: SourceContext) async throws -> FeedCursor {
        var reported: [String] = []
        return try await poll(cursor, context: context, reported: &reported)
    }

    /// As `poll(_:context:)`, logging what the parser had to repair in the document — a warning when
    /// the XML broke off and entries after the break were lost, else a notice — unless the same
    /// problems (positions aside: new entries move them) were logged for the last document read.
    func poll(_ cursor: FeedCursor, context: SourceContext, reported: inout [String]) async throws -> FeedCursor {
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
            return next
        }
        let document: FeedDocument
        do {
            document = try FeedParser.parse(result.body, baseURL: result.url, maxBytes: settings.maxSize)
        } catch {
            let type = result.contentType.map { " (Content-Type \($0))" } ?? ""
            throw FeedSourceError(message: "\(result.url.absoluteString): not a readable feed\(type): \(error)")
        }
        let problems = document.warnings.map { $0.filter { !$0.isNumber } }
        if problems != reported {
            let hadProblems = !reported.isEmpty
            reported = problems
            if document.warnings.isEmpty {
                if hadProblems { context.logger.notice("feed reads without repairs again", metadata: ["url": "\(settings.url.absoluteString)"]) }
            } else {
                let what = document.warnings.joined(separator: "; ")
                let metadata: Logger.Metadata = ["url": "\(settings.url.absoluteString)", "problems": "\(what)"]
                if document.brokeOff != nil {
                    context.logger.warning("feed is not well-formed: only the entries before the break are read", metadata: metadata)
                } else {
                    context.logger.notice("feed repaired while reading", metadata: metadata)
                }
            }
        }
        let (items, seen) = Self.newItems(document.entries, seen: cursor.seen, source: context.name, feedLanguage: document.language)
        next.seen = seen
        if !items.isEmpty || next != cursor {
            try await context.emit(SourceBatch(items: items, origin: settings.url.absoluteString, cursor: next.encoded()))
        }
        return next
    }

    /// The entries whose ids are not in `seen`, oldest first, and the ids to remember: this document's,
    /// then older ones, at most `max(FeedCursor.keep, entries)` of them.
    static func newItems(_ entries: [FeedEntry], seen: [String], source: String, feedLanguage: String? = nil) -> (items: [Item], seen: [String]) {
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
        let keep = max(FeedCursor.keep, current.count)
        let remembered = current + seen.filter { !inDocument.contains($0) }
        return (items.reversed(), Array(remembered.prefix(keep)))
    }
}
