import EarshotConfig
import EarshotCore
import Foundation

/// `type: model` — a classifier trained by `earshot train`. Adds the top label (prefixed, when
/// its probability reaches `min_score` and it is in `only_labels`) and puts the prediction under
/// `extras["model"]` as `{label, score}`.
public struct ModelAnalyzer: Analyzer {
    public let classifier: TextClassifier
    public let settings: ModelAnalyzerSettings
    /// The name it adds labels under in reasons (`model complaints.model`).
    public let reason: String

    public init(classifier: TextClassifier, settings: ModelAnalyzerSettings) {
        self.classifier = classifier
        self.settings = settings
        self.reason = "model \((settings.path as NSString).lastPathComponent)"
    }

    public func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        let text = item.title.map { $0 + ". " + item.text } ?? item.text
        let best = classifier.best(text)
        analysis.extras["model"] = .object(["label": .string(best.label), "score": .number(best.probability)])
        if let label = settings.label(for: best) {
            analysis.addLabel(label, reason: reason + " " + DecimalText.fixed(best.probability, decimals: 2))
        }
    }
}

public enum ModelPlugin {
    public static let factory = AnalyzerFactory(provides: [.labels]) { setup in
        let s = setup.section
        guard let path = s.nonEmptyString("path", required: true) else { return nil }
        let settings = ModelAnalyzerSettings(
            path: path, minScore: s.double("min_score", in: 0...1) ?? 0,
            labelPrefix: s.string("label_prefix") ?? "", onlyLabels: s.strings("only_labels"))
        do throws(ModelError) {
            return ModelAnalyzer(classifier: try settings.loadClassifier(), settings: settings)
        } catch {
            s.error(error.message.hasPrefix("only_labels") ? "only_labels" : "path", error.description)
            return nil
        }
    }
}
