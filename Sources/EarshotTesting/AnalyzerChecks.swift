import EarshotCore
import Foundation
import Logging

/// Checks for analyzer plugins.
public enum AnalyzerChecks {
    /// Items that exercise what analyzers read: text with and without a title, a language the
    /// source gave, non-ASCII text and emoji, questions, empty text.
    public static let variedItems: [Item] = [
        Item(id: "1", source: "t", text: "I want to cancel my subscription, your support never answers!"),
        Item(id: "2", source: "t", title: "Refund?", text: "Where is my refund? I have waited three weeks."),
        Item(id: "3", source: "t", text: "Le colis est arrivé ce matin, merci beaucoup 😍", language: "fr"),
        Item(id: "4", source: "t", text: "ok", language: "nl"),
        Item(id: "5", source: "t", text: "Die App stürzt ständig ab und der Kundendienst ist nicht erreichbar."),
        Item(id: "6", source: "t", title: "Great service", text: "THANK YOU for fixing it so fast!!! :)"),
        Item(id: "7", source: "t", text: ""),
        Item(id: "8", source: "t", text: "My charger caught fire last night, I'm calling a lawyer about this recall"),
        Item(id: "9", source: "t", title: "Question", text: "does anyone know how to export my data"),
    ]

    /// The differences between `analyzeEach` over `items` (in one call) and `analyzeNow` per
    /// item; empty when they agree, as they must. Failures count: an item `analyzeNow` throws
    /// for must be reported to `failed`.
    public static func analyzeEachDifferences(_ analyzer: some SynchronousAnalyzer, items: [Item] = variedItems) -> [String] {
        let context = AnalyzerContext(logger: Logger(label: "analyzer-checks") { _ in SwiftLogNoOpLogHandler() },
                                      clock: SystemClock())
        var expected: [Analysis] = []
        var expectedFailures: Set<Int> = []
        for (i, item) in items.enumerated() {
            var a = Analysis()
            do { try analyzer.analyzeNow(item, &a, context: context) } catch { expectedFailures.insert(i) }
            expected.append(a)
        }
        var batch = [Analysis](repeating: Analysis(), count: items.count)
        var failures: Set<Int> = []
        items.withUnsafeBufferPointer { items in
            batch.withUnsafeMutableBufferPointer { out in
                analyzer.analyzeEach(items, into: out, context: context) { i, _ in failures.insert(i) }
            }
        }
        var differences: [String] = []
        for i in items.indices where batch[i] != expected[i] {
            differences.append("item \(items[i].id): analyzeEach gave \(batch[i]), analyzeNow \(expected[i])")
        }
        if failures != expectedFailures {
            differences.append("failed items: analyzeEach \(failures.sorted()), analyzeNow \(expectedFailures.sorted())")
        }
        return differences
    }
}
