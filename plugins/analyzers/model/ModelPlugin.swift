import EarshotConfig
import EarshotCore
import Foundation
import Synchronization

/// `type: model` — a classifier trained by `earshot train`. Adds the top label (prefixed, when
/// its probability reaches `min_score` and it is in `only_labels`) and puts the prediction under
/// `extras["model"]` as `{label, score}`.
public struct ModelAnalyzer: SynchronousAnalyzer, LabelListing {
    public var labelsItMayAdd: Set<String> {
        Set(classifier.labels.filter { settings.onlyLabels?.contains($0) ?? true }.map { settings.labelPrefix + $0 })
    }

    public let classifier: TextClassifier
    public let settings: ModelAnalyzerSettings
    /// The name it adds labels under in reasons (`model complaints.model`).
    public let reason: String
    /// Why the model's signal features no longer mean what they meant in training, or nil.
    /// Logged once, at the first item; the model keeps working, less well.
    public let staleSignals: String?
    private let warning = OnceFlag()

    public init(classifier: TextClassifier, settings: ModelAnalyzerSettings) {
        self.classifier = classifier
        self.settings = settings
        self.reason = "model \((settings.path as NSString).lastPathComponent)"
        self.staleSignals = Self.staleness(of: classifier.options)
    }

    /// Signal features come from the built-in lexicon, sentiment rules and default rules of the build that
    /// computes them; a model trained by a build where those differed sees shifted features.
    static func staleness(of options: TrainingOptions) -> String? {
        guard options.signals else { return nil }
        let current = FeatureExtractor.signalSourcesFingerprint
        guard let trained = options.signalSources else {
            return "the model does not record which sentiment lexicon and rules and default rules its signal features came from"
        }
        return trained == current ? nil
            : "the built-in sentiment lexicon, sentiment rules or default rules differ from those the model was trained with (\(trained), now \(current))"
    }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        if let why = staleSignals, warning.first() {
            context.logger.warning("retrain this model: \(why)", metadata: ["model": "\(settings.path)"])
        }
        let text = item.title.map { $0 + ". " + item.text } ?? item.text
        // Nothing to read: the model's answer would be its bias alone, which says nothing.
        guard !text.allSatisfy(\.isWhitespace) else { return }
        let best = classifier.best(text)
        analysis.extras["model"] = .object(["label": .string(best.label), "score": .number(best.probability)])
        if let label = settings.label(for: best) {
            analysis.addLabel(label, reason: reason + " " + DecimalText.fixed(best.probability, decimals: 2))
        }
    }
}

/// True the first time `first()` is called, false after that, from any thread.
private final class OnceFlag: Sendable {
    private let done = Mutex(false)
    func first() -> Bool {
        done.withLock { d in
            defer { d = true }
            return !d
        }
    }
}

public enum ModelPlugin {
    public static let factory = AnalyzerFactory(provides: [.labels]) { setup in
        let s = setup.section
        // Every key is read (and so checked, and known) before a missing path ends the setup.
        let path = s.nonEmptyString("path", required: true)
        let minScore = s.double("min_score", in: 0...1)
        let labelPrefix = s.string("label_prefix")
        let onlyLabels = s.strings("only_labels")
        if let onlyLabels, onlyLabels.isEmpty {
            s.error("only_labels", "\(s.path).only_labels is an empty list, so no label could ever be added; remove it to allow every label")
        }
        guard let path else { return nil }
        let settings = ModelAnalyzerSettings(
            path: path, minScore: minScore ?? 0, labelPrefix: labelPrefix ?? "", onlyLabels: onlyLabels)
        do throws(ModelError) {
            return ModelAnalyzer(classifier: try settings.loadClassifier(), settings: settings)
        } catch {
            let key = ["only_labels", "label_prefix", "min_score"].first { error.message.hasPrefix($0) } ?? "path"
            s.error(key, error.description)
            return nil
        }
    }
}
