import EarshotConfig
import EarshotCore
import EarshotRuntime
import EarshotTesting
import Foundation
import Testing

/// Labels by text, and throws on "boom" (after labelling). Synchronous, so a batch runs it
/// in place while the sequencer after it is awaited item by item: both paths are compared.
private struct WordLabels: SynchronousAnalyzer {
    func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        if item.text.contains("cancel") { analysis.addLabel("churn", reason: "word") }
        if item.text.contains("boom") { throw DeliveryError("exploded on \(item.id)", retryable: false) }
    }
}

/// Keeps state across items: numbers them in the order it sees them and notes what the
/// analyzer before it found on each.
private final class Sequencer: Analyzer, @unchecked Sendable {
    private let lock = NSLock()
    private var seen = 0

    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        let n: Int = lock.withLock { seen += 1; return seen }
        analysis.extras["sequence"] = .number(Double(n))
        analysis.extras["after_churn"] = .bool(analysis.hasLabel("churn"))
    }
}

@Suite struct BatchAnalysisTests {
    /// A pipeline from a config, with fresh analyzers (the sequencer's count starts at 0).
    static func pipeline() throws -> Pipeline {
        let yaml = """
        state_dir: unused
        sources:
          - { name: inbox, type: scripted }
        analyzers:
          - type: words
          - type: sequence
        routes: []
        sinks: []
        """
        let c = try configuration(yaml, items: [], plugins: TestPlugins(sinkNames: [])) { r in
            r.analyzers["words"] = AnalyzerFactory(provides: [.labels]) { _ in WordLabels() }
            r.analyzers["sequence"] = AnalyzerFactory(provides: []) { _ in Sequencer() }
        }
        return Pipeline(configuration: c)
    }

    /// Enough items for several slices, with failures and labels spread across them.
    static let items: [Item] = (0..<(Pipeline.sliceSize * 2 + 37)).map { i in
        let text = i % 7 == 0 ? "please cancel \(i)" : i % 11 == 0 ? "boom \(i)" : i % 13 == 0 ? "boom cancel \(i)" : "fine \(i)"
        return Item(id: "i\(i)", source: "t", text: text, language: i % 5 == 0 ? "nl" : nil)
    }

    @Test func aBatchIsAnalyzedExactlyAsItemByItem() async throws {
        let logs = InMemoryLogRecorder()
        let context = AnalyzerContext(logger: logs.logger(), clock: SystemClock())
        let single = try Self.pipeline()
        var expected: [Analysis] = []
        for item in Self.items { expected.append(await single.analyze(item, context: context)) }
        let batched = await (try Self.pipeline()).analyze(Self.items, context: context)
        #expect(batched.count == Self.items.count)
        let firstDifference = zip(batched, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil, "first differing item: \(firstDifference.map { "\($0)" } ?? "-")")
        // The failures were logged once per item and analysis, and the items went on.
        let failures = logs.all.filter { $0.message.contains("analyzer failed") }
        let booms = Self.items.filter { $0.text.contains("boom") }.count
        #expect(failures.count == 2 * booms)
        #expect(batched[13].hasLabel("churn") && batched[13].extras["after_churn"] == .bool(true))
        #expect(batched[5].language == "nl")
    }

    @Test func anEmptyBatchHasNoAnalyses() async throws {
        let context = AnalyzerContext(logger: InMemoryLogRecorder().logger(), clock: SystemClock())
        #expect(await (try Self.pipeline()).analyze([], context: context).isEmpty)
    }
}
