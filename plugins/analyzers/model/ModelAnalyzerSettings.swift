/// The `model` analyzer's configuration keys, and the labels it emits for a prediction.
///
/// The daemon's adapter decodes its YAML section into this, loads the classifier once
/// (``loadClassifier()``) and calls ``label(for:)`` per item.
public struct ModelAnalyzerSettings: Sendable, Equatable {
    /// The configuration keys, as spelled in YAML.
    public static let keys = ["type", "path", "min_score", "label_prefix", "only_labels"]

    /// `path:` the model file written by `earshot train`.
    public var path: String
    /// `min_score:` below this probability of the top label, no label is emitted (0...1).
    public var minScore: Double
    /// `label_prefix:` prepended to the model's label, e.g. `model/` or `intent/`.
    public var labelPrefix: String
    /// `only_labels:` the model labels that may be emitted (`nil`: all), e.g. `["1"]` so a
    /// binary complaint model adds a label for complaints only.
    public var onlyLabels: [String]?

    public init(path: String, minScore: Double = 0, labelPrefix: String = "", onlyLabels: [String]? = nil) {
        self.path = path
        self.minScore = minScore
        self.labelPrefix = labelPrefix
        self.onlyLabels = onlyLabels
    }

    /// Checks the values; messages name the YAML key.
    public func validate() throws(ModelError) {
        if path.isEmpty { throw ModelError("path: must name a model file") }
        if !(0...1).contains(minScore) { throw ModelError("min_score: must be between 0 and 1, got \(minScore)") }
        if !labelPrefix.isEmpty, let problem = TrainingData.labelProblem(labelPrefix) {
            throw ModelError("label_prefix: " + problem.replacingOccurrences(of: "the label", with: "the prefix"))
        }
    }

    /// Loads the model file named by `path`; `only_labels` must name labels the model has.
    public func loadClassifier() throws(ModelError) -> TextClassifier {
        try validate()
        let model = try TextClassifier.load(path: path)
        if let problem = model.labels.lazy.compactMap(TrainingData.labelProblem).first {
            throw ModelError("\(problem); retrain the model with the label renamed", path: path)
        }
        if let unknown = onlyLabels?.first(where: { !model.labels.contains($0) }) {
            throw ModelError("only_labels: \"\(unknown)\" is not a label of this model; its labels are: \(model.labels.joined(separator: ", "))", path: path)
        }
        return model
    }

    /// The label to add for the top `prediction` (prefixed), or `nil` when its probability is
    /// under `min_score` or its label is not in `only_labels`.
    public func label(for prediction: Prediction) -> String? {
        guard prediction.probability >= minScore, onlyLabels?.contains(prediction.label) ?? true else { return nil }
        return labelPrefix + prediction.label
    }
}
