import EarshotClassify
import EarshotConfig
import EarshotCore
import EarshotDirectorySource
import EarshotDuplicates
import EarshotFeeds
import EarshotLanguage
import EarshotLogSink
import EarshotModel
import EarshotReach
import EarshotSentiment
import Foundation

/// The one explicit list of the plugins built into Earshot, by `type`.
public enum BuiltinPlugins {
    public static func registry() -> PluginRegistry {
        var r = PluginRegistry()
        r.sources["directory"] = DirectorySourcePlugin.factory(feedDecoder: feedFileDecoder)
        r.analyzers["language"] = LanguagePlugin.factory
        r.analyzers["sentiment"] = SentimentPlugin.factory
        r.analyzers["classify"] = ClassifyPlugin.factory
        r.analyzers["model"] = ModelPlugin.factory
        r.analyzers["reach"] = ReachPlugin.factory
        r.analyzers["duplicates"] = DuplicatesPlugin.factory
        r.sinks["log"] = LogSinkPlugin.factory
        return r
    }

    /// Decodes feed documents dropped into a directory (.xml, .rss, .atom) with the feed parser.
    public static let feedFileDecoder: FeedFileDecoder? = { data, fileName, source in
        do {
            let doc = try FeedParser.parse(data)
            return doc.entries.map { FeedItems.item(from: $0, source: source, feedLanguage: doc.language) }
        } catch let e as FeedParseError {
            throw DropFileError(file: fileName, line: e.line, message: e.message)
        }
    }
}
