import EarshotConfig
import EarshotCore
import EarshotFeedSource
import EarshotMastodonSource
import EarshotHTTP
import Foundation
import Logging
import Synchronization

/// A SourceContext whose emitted batches, saved cursor and health reports a test can read.
final class RecordingContext: Sendable {
    private let state: Mutex<(batches: [SourceBatch], cursor: String?, health: [SourceHealth])>
    let name: String

    init(name: String = "test-source", cursor: String? = nil) {
        self.name = name
        state = Mutex((batches: [], cursor: cursor, health: []))
    }

    var batches: [SourceBatch] { state.withLock { $0.batches } }
    var items: [Item] { batches.flatMap(\.items) }
    var cursor: String? { state.withLock { $0.cursor } }
    var health: [SourceHealth] { state.withLock { $0.health } }

    /// The context to hand a source. Emitting a batch saves its cursor, as the engine does.
    func context(clock: any WallClock = ImmediateClock(), logger: Logger? = nil) -> SourceContext {
        SourceContext(
            name: name, logger: logger ?? Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), clock: clock,
            emit: { batch in
                self.state.withLock { s in
                    s.batches.append(batch)
                    if let c = batch.cursor { s.cursor = c }
                }
            },
            loadCursor: { self.state.withLock { $0.cursor } },
            health: { h in self.state.withLock { $0.health.append(h) } })
    }
}

/// A clock that never waits but records what it was asked to sleep, and stops a source (by throwing
/// CancellationError) after a set number of sleeps.
final class ImmediateClock: WallClock {
    private let slept = Mutex<[Duration]>([])
    let maxSleeps: Int
    /// What `now()` says, when fixed; the real time otherwise.
    let fixedNow: Date?

    init(maxSleeps: Int = Int.max, now: Date? = nil) { self.maxSleeps = maxSleeps; fixedNow = now }

    var sleeps: [Duration] { slept.withLock { $0 } }
    func now() -> Date { fixedNow ?? Date() }
    func sleep(for duration: Duration) async throws {
        let count = slept.withLock { $0.append(duration); return $0.count }
        if count >= maxSleeps { throw CancellationError() }
        await Task.yield()
    }
}

/// Builds a configuration containing only `sources:` with the given plugins registered.
func buildSources(_ yaml: String, fetcher: HTTPFetcher, environment: [String: String] = [:]) -> Result<EarshotConfiguration, ConfigErrors> {
    var registry = PluginRegistry()
    registry.sources["feed"] = FeedSourcePlugin.factory(fetcher: fetcher)
    registry.sources["mastodon"] = MastodonSourcePlugin.factory(fetcher: fetcher)
    return ConfigBuilder.build(text: yaml, file: "test.yaml", registry: registry, environment: environment)
}

/// The repository root, from this file's path (Tests/EarshotHTTPTests/…).
var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

func makeFetcher(maxConcurrent: Int = 16, ratio: Int = 500) -> HTTPFetcher {
    HTTPFetcher(configuration: .init(maxConcurrentFetches: maxConcurrent, connectTimeout: .seconds(2), decompressionRatioLimit: ratio),
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
}

enum Fixtures {
    static func rss(_ items: [(guid: String, title: String, text: String)], title: String = "Acme news") -> String {
        var s = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>\(title)</title><link>https://acme.example/</link><description>d</description>
        """
        for i in items {
            s += "<item><guid>\(i.guid)</guid><title>\(i.title)</title><link>https://acme.example/\(i.guid)</link>"
            s += "<description>\(i.text)</description><pubDate>Sun, 22 Nov 2026 10:00:00 GMT</pubDate></item>"
        }
        return s + "</channel></rss>"
    }

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
      <title>Forum</title><id>urn:forum</id><updated>2026-11-22T10:00:00Z</updated>
      <entry>
        <id>urn:forum:post:7</id><title>Facturation en double</title>
        <link href="/posts/7"/>
        <author><name>Marie</name><email>marie@example.org</email></author>
        <updated>2026-11-22T09:00:00Z</updated>
        <content type="html">&lt;p&gt;On m'a factur&#233; deux fois.&lt;/p&gt;</content>
      </entry>
    </feed>
    """

    static let jsonFeed = """
    {"version": "https://jsonfeed.org/version/1.1", "title": "Status",
     "items": [{"id": "j1", "url": "https://status.example/j1", "content_text": "The app crashes on login.",
                "date_published": "2026-11-22T08:00:00Z", "authors": [{"name": "Ops"}]}]}
    """
}
