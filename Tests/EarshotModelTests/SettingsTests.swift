import Foundation
import Testing
@testable import EarshotModel

@Suite struct SettingsTests {
    @Test func labelRespectsMinScoreAndPrefix() throws {
        let settings = ModelAnalyzerSettings(path: "m.model", minScore: 0.5, labelPrefix: "model/")
        #expect(settings.label(for: Prediction(label: "1", probability: 0.7)) == "model/1")
        #expect(settings.label(for: Prediction(label: "1", probability: 0.5)) == "model/1")
        #expect(settings.label(for: Prediction(label: "1", probability: 0.49)) == nil)
        #expect(ModelAnalyzerSettings(path: "m.model").label(for: Prediction(label: "x", probability: 0.01)) == "x")
        let complaintsOnly = ModelAnalyzerSettings(path: "m.model", minScore: 0.6, labelPrefix: "intent/", onlyLabels: ["complaint"])
        #expect(complaintsOnly.label(for: Prediction(label: "complaint", probability: 0.9)) == "intent/complaint")
        #expect(complaintsOnly.label(for: Prediction(label: "other", probability: 0.9)) == nil)
        #expect(complaintsOnly.label(for: Prediction(label: "complaint", probability: 0.55)) == nil)
        #expect(errorText { try ModelAnalyzerSettings(path: "m.model", minScore: 1.5).validate() } == "min_score: must be between 0 and 1, got 1.5")
        #expect(errorText { _ = try ModelAnalyzerSettings(path: "/nonexistent/m.model").loadClassifier() } == "/nonexistent/m.model: no such model file")
        let path = try temporaryFile("placeholder", "").replacingOccurrences(of: "placeholder", with: "s.model")
        try TextClassifier.train(syntheticExamples(), options: quickOptions()).write(to: path)
        #expect(try ModelAnalyzerSettings(path: path, onlyLabels: ["billing"]).loadClassifier().labels.count == 3)
        #expect(errorText { _ = try ModelAnalyzerSettings(path: path, onlyLabels: ["bill"]).loadClassifier() }
            == "\(path): only_labels: \"bill\" is not a label of this model; its labels are: billing, delivery, praise")
    }

    /// The plugin's sample config uses only documented keys (a line-level check: this target has no YAML parser).
    @Test func sampleUsesKnownKeys() throws {
        let sample = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("plugins/analyzers/model/sample.yaml")
        let text = try String(contentsOf: sample, encoding: .utf8)
        var keys: [String] = []
        for line in text.split(separator: "\n") {
            let body = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
            guard line.hasPrefix("    ") || line.hasPrefix("  -"), let colon = body.firstIndex(of: ":") else { continue }
            keys.append(String(body[..<colon]))
        }
        #expect(keys == ["type", "path", "min_score"])
        #expect(keys.allSatisfy(ModelAnalyzerSettings.keys.contains))
        #expect(text.contains("type: model"))
    }
}
