import EarshotCore
import Foundation

/// Precision, recall and F1 of one label, and how many gold examples carry it.
public struct LabelScores: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var support: Int
}

/// How well a classifier's top label matches gold labels.
public struct EvaluationReport: Sendable, Equatable {
    /// Share of examples whose top label is the gold one.
    public var accuracy: Double
    /// Unweighted mean of per-label F1 over every label that is gold or predicted at least once
    /// (as scikit-learn's `f1_score(average="macro")`).
    public var macroF1: Double
    public var perLabel: [String: LabelScores]
    public var count: Int

    /// Scores predicted labels against gold labels, pairwise.
    public init(gold: [String], predicted: [String]) {
        precondition(gold.count == predicted.count, "gold and predicted differ in length")
        var tp: [String: Int] = [:], goldCount: [String: Int] = [:], predictedCount: [String: Int] = [:]
        var correct = 0
        for (g, p) in zip(gold, predicted) {
            goldCount[g, default: 0] += 1
            predictedCount[p, default: 0] += 1
            if g == p { tp[g, default: 0] += 1; correct += 1 }
        }
        var perLabel: [String: LabelScores] = [:]
        for label in Set(goldCount.keys).union(predictedCount.keys) {
            let t = Double(tp[label] ?? 0)
            let support = goldCount[label] ?? 0
            let predicted = predictedCount[label] ?? 0
            let precision = predicted > 0 ? t / Double(predicted) : 0
            let recall = support > 0 ? t / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perLabel[label] = LabelScores(precision: precision, recall: recall, f1: f1, support: support)
        }
        self.perLabel = perLabel
        self.count = gold.count
        self.accuracy = gold.isEmpty ? 0 : Double(correct) / Double(gold.count)
        // Sum in label order so the figure does not depend on dictionary order.
        self.macroF1 = perLabel.isEmpty ? 0 : perLabel.keys.sorted().map { perLabel[$0]!.f1 }.reduce(0, +) / Double(perLabel.count)
    }
}

/// Per-fold reports of a k-fold cross-validation and their means.
public struct CrossValidationReport: Sendable {
    public var folds: [EvaluationReport]
    /// Scores of all folds' predictions pooled together.
    public var pooled: EvaluationReport
    public var meanAccuracy: Double { folds.map(\.accuracy).reduce(0, +) / Double(max(folds.count, 1)) }
    public var meanMacroF1: Double { folds.map(\.macroF1).reduce(0, +) / Double(max(folds.count, 1)) }
}

extension TextClassifier {
    /// Scores the top label of each example against its label.
    public func evaluate(_ examples: [TrainingExample]) -> EvaluationReport {
        EvaluationReport(gold: examples.map(\.label), predicted: examples.map { best($0.text).label })
    }

    /// Splits examples into training and evaluation sets, stratified by label.
    ///
    /// For each label (in sorted order) its examples are shuffled with one SplitMix64
    /// generator seeded with `seed`, and the first `floor(n × evalFraction + 0.5)` go to
    /// evaluation (at least one and at most n − 1 when a label has two or more examples;
    /// none when it has one). Both sets keep the input order.
    public static func split(_ examples: [TrainingExample], evalFraction: Double, seed: UInt64) -> (train: [TrainingExample], eval: [TrainingExample]) {
        var rng = SplitMix64(seed: seed)
        var isEval = [Bool](repeating: false, count: examples.count)
        for indices in indicesByLabel(examples) {
            var shuffled = indices
            rng.shuffle(&shuffled)
            let n = shuffled.count
            var take = Int((Double(n) * evalFraction + 0.5).rounded(.down))
            take = n < 2 ? 0 : min(max(take, 1), n - 1)
            for i in shuffled.prefix(take) { isEval[i] = true }
        }
        var train: [TrainingExample] = [], eval: [TrainingExample] = []
        for (i, e) in examples.enumerated() { if isEval[i] { eval.append(e) } else { train.append(e) } }
        return (train, eval)
    }

    /// The fold (0..<k) of each example for stratified k-fold cross-validation.
    ///
    /// For each label (in sorted order) its examples are shuffled with one SplitMix64
    /// generator seeded with `seed` and dealt round-robin, the deal continuing across labels.
    public static func foldAssignment(_ examples: [TrainingExample], folds k: Int, seed: UInt64) -> [Int] {
        foldAssignment(labels: examples.map(\.label), folds: k, seed: seed)
    }

    /// As above, for examples given by their labels.
    static func foldAssignment(labels: [String], folds k: Int, seed: UInt64) -> [Int] {
        var rng = SplitMix64(seed: seed)
        var fold = [Int](repeating: 0, count: labels.count)
        var dealt = 0
        for indices in indicesByLabel(labels) {
            var shuffled = indices
            rng.shuffle(&shuffled)
            for i in shuffled { fold[i] = dealt % k; dealt += 1 }
        }
        return fold
    }

    /// Stratified k-fold cross-validation: trains on k − 1 folds, evaluates on the other, k times.
    public static func crossValidate(_ examples: [TrainingExample], folds k: Int, seed: UInt64,
                                     options: TrainingOptions = TrainingOptions()) throws(ModelError) -> CrossValidationReport {
        guard k >= 2, k <= examples.count else { throw ModelError("folds must be 2...\(examples.count), got \(k)") }
        try options.validate()
        let extractor = options.extractor
        let labels = examples.map(\.label)
        let folds = try foldPredictions(counts: examples.map { extractor.counts($0.text) }, labels: labels,
                                        folds: k, seed: seed) { counts, labels throws(ModelError) in
            try train(counts: counts, labels: labels, options: options)
        }
        return CrossValidationReport(folds: folds.map { EvaluationReport(gold: $0.gold, predicted: $0.predicted) },
                                     pooled: EvaluationReport(gold: folds.flatMap(\.gold), predicted: folds.flatMap(\.predicted)))
    }

    /// Stratified k-fold over extracted features: per fold, the model `fit` makes from the
    /// other folds, and its top label for each example of this fold beside the gold label.
    static func foldPredictions(
        counts: [FeatureExtractor.Counts], labels: [String], folds k: Int, seed: UInt64,
        fit: ([FeatureExtractor.Counts], [String]) throws(ModelError) -> TextClassifier
    ) throws(ModelError) -> [(gold: [String], predicted: [String])] {
        let assignment = foldAssignment(labels: labels, folds: k, seed: seed)
        var out: [(gold: [String], predicted: [String])] = []
        for f in 0..<k {
            let trainIndices = labels.indices.filter { assignment[$0] != f }
            let evalIndices = labels.indices.filter { assignment[$0] == f }
            let trainLabels = Set(trainIndices.map { labels[$0] })
            if trainLabels.count < Set(labels).count, Set(labels).count >= 2 {
                // A label so rare that this fold holds all of it: the fold's model could never
                // answer it, and its score would say nothing about that label.
                let missing = Set(labels).subtracting(trainLabels).sorted()
                let count = labels.filter { $0 == missing[0] }.count
                throw ModelError("\(k)-fold cross-validation: fold \(f + 1) would train without label \"\(missing[0])\" (\(count) example\(count == 1 ? "" : "s") in all); use fewer folds or more examples of it")
            }
            let model = try fit(trainIndices.map { counts[$0] }, trainIndices.map { labels[$0] })
            out.append((evalIndices.map { labels[$0] }, evalIndices.map { model.best(counts: counts[$0]).label }))
        }
        return out
    }

    private static func indicesByLabel(_ examples: [TrainingExample]) -> [[Int]] {
        indicesByLabel(examples.map(\.label))
    }

    private static func indicesByLabel(_ labels: [String]) -> [[Int]] {
        var byLabel: [String: [Int]] = [:]
        for (i, label) in labels.enumerated() { byLabel[label, default: []].append(i) }
        return byLabel.keys.sorted().map { byLabel[$0]! }
    }
}

extension EvaluationReport {
    /// A plain-text report for people: the totals, then one row per label (sorted by name).
    ///
    /// ```
    /// 1998 examples: accuracy 90.94%, macro-F1 91.06%
    /// label            precision  recall      f1  support
    /// card_arrival         95.00   95.00   95.00       20
    /// ```
    public var table: String {
        let width = max(5, perLabel.keys.map(\.count).max() ?? 0)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + fill : fill + s
        }
        func pct(_ x: Double) -> String { String(format: "%.2f", x * 100) }
        var lines = ["\(count) examples: accuracy \(pct(accuracy))%, macro-F1 \(pct(macroF1))%"]
        lines.append(pad("label", width, left: true) + "  precision  recall      f1  support")
        for label in perLabel.keys.sorted() {
            let s = perLabel[label]!
            lines.append(pad(label, width, left: true) + "  " + pad(pct(s.precision), 9) + "  " + pad(pct(s.recall), 6)
                         + "  " + pad(pct(s.f1), 6) + "  " + pad(String(s.support), 7))
        }
        return lines.joined(separator: "\n")
    }
}
