import EarshotClassify
import EarshotConfig
import EarshotCore
import EarshotDirectorySource
import EarshotDuplicates
import EarshotFeedSource
import EarshotFeeds
import EarshotHTTP
import EarshotLanguage
import EarshotLogSink
import EarshotMastodonSource
import EarshotModel
import EarshotReach
import EarshotSentiment
import Foundation

/// The one explicit list of the plugins built into Earshot, by `type`.
public enum BuiltinPlugins {
    /// - Parameter fetcher: the HTTP client every polling source shares, with its limit on fetches at once.
    public static func registry(fetcher: HTTPFetcher = sharedFetcher) -> PluginRegistry {
        var r = PluginRegistry()
        r.sources["directory"] = DirectorySourcePlugin.factory(feedDecoder: feedFileDecoder)
        r.sources["feed"] = FeedSourcePlugin.factory(fetcher: fetcher)
        r.sources["mastodon"] = MastodonSourcePlugin.factory(fetcher: fetcher)
        r.analyzers["language"] = LanguagePlugin.factory
        r.analyzers["sentiment"] = SentimentPlugin.factory
        r.analyzers["classify"] = ClassifyPlugin.factory
        r.analyzers["model"] = ModelPlugin.factory
        r.analyzers["reach"] = ReachPlugin.factory
        r.analyzers["duplicates"] = DuplicatesPlugin.factory
        r.sinks["log"] = LogSinkPlugin.factory
        return r
    }

    /// The process's one HTTP client for polling sources, with one limit on fetches at once across all
    /// of them (`polling.max_concurrent`, applied by `earshot run`). Its connection pool opens on the
    /// first fetch, so `check` and `analyze` never open one; it lives across config reloads, and
    /// `shutdownFetcher()` closes it when the daemon stops.
    public static let sharedFetcher = HTTPFetcher()

    /// Closes the shared fetcher's connections; call once, when the daemon stops.
    public static func shutdownFetcher() async {
        try? await sharedFetcher.shutdown()
    }

    /// Decodes feed documents dropped into a directory (.xml, .rss, .atom) with the feed parser. A
    /// document that breaks off fails whole, unlike a polled feed: a file is read once, so the entries
    /// from the break on would never come, and the failed file keeps them for the operator.
    public static let feedFileDecoder: FeedFileDecoder? = { data, fileName, source in
        do {
            let doc = try FeedParser.parse(data)
            if let broke = doc.brokeOff {
                throw DropFileError(file: fileName, line: broke.line, message: broke.message + "; the file is refused whole, as the entries from this point on would be lost")
            }
            return doc.entries.map { FeedItems.item(from: $0, source: source, feedLanguage: doc.language) }
        } catch let e as FeedParseError {
            throw DropFileError(file: fileName, line: e.line, message: e.message)
        }
    }
}
