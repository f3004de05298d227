import EarshotClassify
import EarshotConfig
import EarshotCore
import EarshotDirectorySource
import EarshotLanguage
import EarshotLogSink
import EarshotModel
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
        r.sinks["log"] = LogSinkPlugin.factory
        return r
    }

    /// Decodes feed documents dropped into a directory (.xml, .rss, .atom); nil until the feed parser is built in.
    public static let feedFileDecoder: FeedFileDecoder? = nil
}
