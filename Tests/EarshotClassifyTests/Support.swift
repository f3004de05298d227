import EarshotClassify
import EarshotConfig
import EarshotCore
import EarshotDuplicates
import EarshotReach
import EarshotSentiment
import Foundation
import Logging
import Synchronization

/// The repository root, found from this file (symlinks resolved, so scratch packages work too).
let repoRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func repoFile(_ path: String) throws -> String {
    try String(contentsOf: repoRoot.appendingPathComponent(path), encoding: .utf8)
}

/// A source that never emits: config tests need one.
struct IdleSource: Source {
    func run(context: SourceContext) async throws {}
}

let testRegistry: PluginRegistry = {
    var r = PluginRegistry()
    r.sources["idle"] = SourceFactory { _ in IdleSource() }
    r.analyzers["classify"] = ClassifyPlugin.factory
    r.analyzers["reach"] = ReachPlugin.factory
    r.analyzers["duplicates"] = DuplicatesPlugin.factory
    r.analyzers["sentiment"] = SentimentPlugin.factory
    return r
}()

let idleSource = """
sources:
  - name: in
    type: idle

"""

/// Builds a config made of the idle source plus `yaml`.
func buildConfig(_ yaml: String, file: String = "test.yaml") -> Result<EarshotConfiguration, ConfigErrors> {
    ConfigBuilder.build(text: idleSource + yaml, file: file, registry: testRegistry, environment: [:])
}

/// The problems of a config that must not build ("" when it builds).
func problems(_ yaml: String) -> String {
    switch buildConfig(yaml) {
    case .success: return ""
    case .failure(let e): return e.description
    }
}

/// A clock that only moves when told to.
final class ManualClock: WallClock {
    private let current: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = Mutex(start) }
    func now() -> Date { current.withLock { $0 } }
    func sleep(for duration: Duration) async throws { advance(by: duration) }
    func advance(by d: Duration) { current.withLock { $0 = $0.addingTimeInterval(d.seconds) } }
}

func context(_ clock: any WallClock = SystemClock()) -> AnalyzerContext {
    AnalyzerContext(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), clock: clock)
}

/// Runs `analyzer` on a fresh analysis of `item`, with an optional sentiment already set.
func run(_ analyzer: any Analyzer, _ item: Item, sentiment: Double? = nil, clock: any WallClock = SystemClock()) async throws -> Analysis {
    var a = Analysis()
    if let sentiment { a.sentiment = Sentiment(compound: sentiment, pos: 0, neu: 0, neg: 0) }
    try await analyzer.analyze(item, &a, context: context(clock))
    return a
}

func item(_ text: String, title: String? = nil, id: String? = nil) -> Item {
    Item(id: id, source: "test", title: title, text: text)
}
