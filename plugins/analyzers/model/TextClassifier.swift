import EarshotCore
import Foundation

/// One label and how likely the classifier finds it.
public struct Prediction: Sendable, Equatable {
    public var label: String
    public var probability: Double

    public init(label: String, probability: Double) {
        self.label = label
        self.probability = probability
    }
}

/// A multinomial logistic regression (softmax) classifier over hashed text features.
///
/// Train with ``train(_:options:progress:)``, save with ``write(to:)``, load with
/// ``load(path:)``. A value is immutable and `Sendable`: share one across tasks freely.
/// Training is deterministic: the same examples in the same order with the same options
/// (seed included) give bit-identical weights.
public struct TextClassifier: Sendable {
    /// Class labels in sorted order; weight columns follow this order.
    public let labels: [String]
    /// The options the model was trained with (the feature settings among them apply to prediction).
    public let options: TrainingOptions
    /// How many examples it was trained on.
    public let trainingCount: Int
    let extractor: FeatureExtractor
    /// Hash buckets seen in training, ascending; row `r` of the weights belongs to `buckets[r]`.
    let buckets: [UInt32]
    let rowOf: BucketRows
    /// Weight per row: inverse document frequency (1 when idf is off), times the naive-Bayes
    /// scale of a two-label model trained with `nbScale`.
    let idf: [Float]
    /// Row-major `buckets.count × labels.count`.
    let weights: [Float]
    let bias: [Float]

    init(labels: [String], options: TrainingOptions, trainingCount: Int, buckets: [UInt32], idf: [Float], weights: [Float], bias: [Float]) {
        self.labels = labels
        self.options = options
        self.trainingCount = trainingCount
        self.extractor = options.extractor
        self.buckets = buckets
        self.idf = idf
        self.weights = weights
        self.bias = bias
        self.rowOf = BucketRows(buckets)
    }

    /// Number of hashed features with weights.
    public var featureCount: Int { buckets.count }

    // MARK: - Training

    /// Fits a classifier to `examples`.
    ///
    /// Needs at least two distinct labels. Training uses Adagrad on the softmax
    /// cross-entropy with an L2 penalty, over sublinear tf-idf vectors normalized to unit
    /// length. `progress` is called after each epoch with its number (from 1) and the mean
    /// training loss.
    public static func train(_ examples: [TrainingExample], options: TrainingOptions = TrainingOptions(),
                             progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil) throws(ModelError) -> TextClassifier {
        try options.validate()
        let extractor = options.extractor
        return try train(counts: examples.map { extractor.counts($0.text) }, labels: examples.map(\.label),
                         options: options, progress: progress)
    }

    /// Trains on features already extracted with `options.extractor` (cross-validation reuses them).
    ///
    /// With `options.chooseIDF` on a small enough set, first decides `idf` by cross-validation
    /// on these examples alone (see `TrainingOptions.chooseIDF`), so a held-out set or an outer
    /// cross-validation stays unseen by the choice.
    static func train(counts: [FeatureExtractor.Counts], labels exampleLabels: [String], options requested: TrainingOptions,
                      progress: ((_ epoch: Int, _ loss: Double) -> Void)? = nil) throws(ModelError) -> TextClassifier {
        try requested.validate()
        var options = requested
        if options.chooseIDF {
            options.chooseIDF = false
            if counts.count <= options.chooseIDFLimit, let choice = try chooseIDF(counts: counts, labels: exampleLabels, options: options) {
                options.idf = choice
            }
        }
        options.signalSources = options.signals ? FeatureExtractor.signalSourcesFingerprint : nil
        return try fitModel(counts: counts, labels: exampleLabels, options: options, progress: progress)
    }

    /// Folds for `chooseIDF`.
    static let idfSelectionFolds = 5

    /// Whether idf weighting gives the higher mean macro-F1 over stratified folds of these
    /// examples (idf on a tie), or nil when some label has too few examples to fold.
    static func chooseIDF(counts: [FeatureExtractor.Counts], labels: [String], options: TrainingOptions) throws(ModelError) -> Bool? {
        let k = idfSelectionFolds
        var perLabel: [String: Int] = [:]
        for label in labels { perLabel[label, default: 0] += 1 }
        guard perLabel.count >= 2, perLabel.values.allSatisfy({ $0 >= k }) else { return nil }
        var score: [Bool: Double] = [:]
        for idf in [true, false] {
            var candidate = options
            candidate.idf = idf
            let folds = try foldPredictions(counts: counts, labels: labels, folds: k, seed: options.seed) { counts, labels throws(ModelError) in
                try fitModel(counts: counts, labels: labels, options: candidate, progress: nil)
            }
            score[idf] = folds.map { EvaluationReport(gold: $0.gold, predicted: $0.predicted).macroF1 }.reduce(0, +)
        }
        return score[true]! >= score[false]!
    }

    /// Fits one model with exactly these options.
    private static func fitModel(counts: [FeatureExtractor.Counts], labels exampleLabels: [String], options: TrainingOptions,
                                 progress: ((_ epoch: Int, _ loss: Double) -> Void)?) throws(ModelError) -> TextClassifier {
        let labels = Array(Set(exampleLabels)).sorted()
        guard labels.count >= 2 else {
            throw ModelError(labels.isEmpty ? "no training examples" : "only one label (\"\(labels[0])\") in the training data; a classifier needs at least two")
        }
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })

        // Rows in order of first appearance, then document frequencies.
        var rowOf: [UInt32: Int32] = [:]
        var rowBuckets: [UInt32] = []
        var df: [Int32] = []
        var seenInDoc: [Int32] = []
        for (d, c) in counts.enumerated() {
            for entry in c.words + c.chars {
                let r: Int32
                if let known = rowOf[entry.bucket] {
                    r = known
                } else {
                    r = Int32(rowBuckets.count)
                    rowOf[entry.bucket] = r
                    rowBuckets.append(entry.bucket)
                    df.append(0)
                    seenInDoc.append(-1)
                }
                if seenInDoc[Int(r)] != Int32(d) {
                    seenInDoc[Int(r)] = Int32(d)
                    df[Int(r)] += 1
                }
            }
        }
        // Keep features in enough documents, and renumber rows by bucket so the model (and
        // its file) does not depend on example order.
        let order = rowBuckets.indices
            .filter { df[$0] >= Int32(options.minDocumentFrequency) }
            .sorted { rowBuckets[$0] < rowBuckets[$1] }
        let buckets = order.map { rowBuckets[$0] }
        let needed = trainingBytes(features: buckets.count, labels: labels.count)
        if needed > options.effectiveMemoryLimit {
            throw ModelError("training \(labels.count) labels over \(buckets.count) distinct features needs about "
                + "\(describeBytes(needed)) for its weights, more than the \(describeBytes(options.effectiveMemoryLimit)) allowed "
                + (options.memoryLimit == nil ? "(half of this machine's memory)" : "(memoryLimit)")
                + "; use fewer labels, or fewer feature buckets (--feature-bits, now \(options.featureBits))")
        }
        let rows = BucketRows(buckets)
        let n = Float(counts.count)
        var idf: [Float] = order.map { old in
            options.idf ? logf((1 + n) / (1 + Float(df[old]))) + 1 : 1
        }
        if options.scalesByNaiveBayes(labelCount: labels.count) {   // folded into the per-row weights the file keeps
            let scale = nbScales(counts: counts, targets: exampleLabels.map { labelIndex[$0]! }, rows: rows, rowCount: buckets.count)
            for r in idf.indices { idf[r] *= scale[r] }
        }

        // Document vectors, CSR.
        var rowStart: [Int] = [0]
        var cols: [Int32] = []
        var vals: [Float] = []
        for c in counts {
            let v = vectorize(c, rowOf: rows, idf: idf, sublinear: options.sublinearTF)
            cols += v.rows
            vals += v.values
            rowStart.append(cols.count)
        }
        let targets = exampleLabels.map { labelIndex[$0]! }
        var classWeight = [Float](repeating: 1, count: labels.count)
        if options.balanceClasses {
            var perClass = [Int](repeating: 0, count: labels.count)
            for t in targets { perClass[t] += 1 }
            for k in 0..<labels.count { classWeight[k] = n / (Float(labels.count) * Float(perClass[k])) }
        }

        let fitted = fit(rowStart: rowStart, cols: cols, vals: vals, targets: targets, classWeight: classWeight,
                         rows: buckets.count, classes: labels.count, options: options, progress: progress)
        return TextClassifier(labels: labels, options: options, trainingCount: counts.count, buckets: buckets,
                              idf: idf, weights: fitted.weights, bias: fitted.bias)
    }

    /// Per row, `1 + |r|` where `r` is the feature's log-count ratio between the two labels
    /// (Wang & Manning 2012, "Baselines and bigrams"): the log of how much larger its share is
    /// among one label's features than among the other's, counting each feature once per text
    /// and every count smoothed by 1. A feature that splits the labels gets a larger value (so more of a
    /// unit-length vector, and less shrinkage by L2); one spread evenly keeps 1. Binary only: the
    /// ratio compares two labels.
    static func nbScales(counts: [FeatureExtractor.Counts], targets: [Int], rows: BucketRows, rowCount: Int) -> [Float] {
        var inLabel = [[Float]](repeating: [Float](repeating: 1, count: rowCount), count: 2)   // smoothed by 1
        var lastDoc = [Int32](repeating: -1, count: rowCount)
        for (d, c) in counts.enumerated() {
            let y = targets[d]
            for entry in c.words + c.chars {
                guard let r = rows[entry.bucket], lastDoc[Int(r)] != Int32(d) else { continue }
                lastDoc[Int(r)] = Int32(d)
                inLabel[y][Int(r)] += 1
            }
        }
        let total0 = inLabel[0].reduce(0, +), total1 = inLabel[1].reduce(0, +)
        return (0..<rowCount).map { r in
            1 + abs(logf((inLabel[1][r] / total1) / (inLabel[0][r] / total0)))
        }
    }

    /// Bytes `fit` holds at its peak for `features` rows and `labels` classes: weights, their
    /// average and the Adagrad sums, each padded to whole vectors of 8 classes, plus the flat
    /// copy it returns. The documents' own vectors (about what the training file holds) come on top.
    static func trainingBytes(features: Int, labels: Int) -> Int {
        let padded = (labels + 7) / 8 * 8
        let perRow = (3 * padded + labels).multipliedReportingOverflow(by: MemoryLayout<Float>.size)
        let total = perRow.partialValue.multipliedReportingOverflow(by: features)
        return perRow.overflow || total.overflow ? .max : total.partialValue
    }

    /// `bytes` in the largest unit that keeps it ≥ 1 (`"7.6 GB"`, decimal units).
    static func describeBytes(_ bytes: Int) -> String {
        let units = ["bytes", "kB", "MB", "GB", "TB"]
        var value = Double(bytes), unit = 0
        while value >= 1000, unit < units.count - 1 { value /= 1000; unit += 1 }
        return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f ", value) + units[unit]
    }

    private static func fit(rowStart: [Int], cols: [Int32], vals: [Float], targets: [Int], classWeight: [Float],
                            rows: Int, classes k: Int, options: TrainingOptions,
                            progress: ((Int, Double) -> Void)?) -> (weights: [Float], bias: [Float]) {
        // Class columns padded to whole SIMD8 vectors; padding lanes get zero gradients and stay zero.
        typealias V = SIMD8<Float>
        let kv = (k + 7) / 8
        var weights = [V](repeating: .zero, count: rows * kv)
        var averaged = [V](repeating: .zero, count: rows * kv)
        var accum = [V](repeating: .zero, count: rows * kv)
        var bias = [Float](repeating: 0, count: k)
        var averagedBias = [Float](repeating: 0, count: k)
        var biasAccum = [Float](repeating: 0, count: k)
        var zv = [V](repeating: .zero, count: kv)
        var gv = [V](repeating: .zero, count: kv)
        var p = [Float](repeating: 0, count: kv * 8)
        let lr = Float(options.learningRate), lambda = Float(options.l2)
        let eps: Float = 1e-6
        var rng = SplitMix64(seed: options.seed)
        var order = Array(targets.indices)
        // Epoch-end snapshots from the middle on are averaged (Polyak–Ruppert), which
        // smooths the last steps' noise.
        let averageFrom = options.averageWeights ? options.epochs / 2 + 1 : options.epochs

        weights.withUnsafeMutableBufferPointer { w in
        averaged.withUnsafeMutableBufferPointer { avg in
        accum.withUnsafeMutableBufferPointer { a in
        bias.withUnsafeMutableBufferPointer { b in
        biasAccum.withUnsafeMutableBufferPointer { ba in
        zv.withUnsafeMutableBufferPointer { z in
        gv.withUnsafeMutableBufferPointer { g in
        p.withUnsafeMutableBufferPointer { p in
        cols.withUnsafeBufferPointer { cols in
        vals.withUnsafeBufferPointer { vals in
            for epoch in 1...options.epochs {
                rng.shuffle(&order)
                var loss: Double = 0
                for i in order {
                    let start = rowStart[i], end = rowStart[i &+ 1]
                    for v in 0..<kv { z[v] = .zero }
                    for t in start..<end {
                        let base = Int(cols[t]) &* kv, x = vals[t]
                        for v in 0..<kv { z[v] += x * w[base &+ v] }
                    }
                    var top = -Float.infinity
                    for c in 0..<k {
                        let s = z[c / 8][c % 8] + b[c]
                        p[c] = s
                        if s > top { top = s }
                    }
                    var sum: Float = 0
                    for c in 0..<k { let e = expf(p[c] - top); p[c] = e; sum += e }
                    let y = targets[i], cw = classWeight[y]
                    loss -= Double(logf(max(p[y] / sum, 1e-30)) * cw)
                    for c in 0..<k { p[c] = p[c] / sum * cw }
                    p[y] -= cw
                    for c in 0..<k {
                        let grad = p[c]
                        ba[c] += grad * grad
                        b[c] -= lr * grad / (ba[c].squareRoot() + eps)
                    }
                    for v in 0..<kv {
                        var lane = V.zero
                        for l in 0..<8 where v &* 8 &+ l < k { lane[l] = p[v &* 8 &+ l] }
                        g[v] = lane
                    }
                    // Adagrad: each weight's step shrinks with its accumulated squared gradients.
                    // The L2 term is applied to the rows of the features present (lazily).
                    for t in start..<end {
                        let base = Int(cols[t]) &* kv, x = vals[t]
                        for v in 0..<kv {
                            let grad = x * g[v] + lambda * w[base &+ v]
                            let acc = a[base &+ v] + grad * grad
                            a[base &+ v] = acc
                            w[base &+ v] -= lr * grad / (acc.squareRoot() + eps)
                        }
                    }
                }
                if epoch >= averageFrom {
                    for j in 0..<w.count { avg[j] += w[j] }
                    for c in 0..<k { averagedBias[c] += b[c] }
                }
                progress?(epoch, loss / Double(max(order.count, 1)))
            }
        }}}}}}}}}}
        let snapshots = Float(options.epochs - averageFrom + 1)
        var flat = [Float](repeating: 0, count: rows * k)
        for r in 0..<rows {
            for c in 0..<k { flat[r * k + c] = averaged[r * kv + c / 8][c % 8] / snapshots }
        }
        return (flat, averagedBias.map { $0 / snapshots })
    }

    /// Unit-length sublinear tf-idf vector over the rows the model knows; unknown buckets are dropped.
    ///
    /// Word and character features are normalized separately and weigh equally.
    static func vectorize(_ counts: FeatureExtractor.Counts, rowOf: BucketRows, idf: [Float], sublinear: Bool) -> (rows: [Int32], values: [Float]) {
        var rows: [Int32] = []
        var values: [Float] = []
        rows.reserveCapacity(counts.words.count + counts.chars.count)
        values.reserveCapacity(counts.words.count + counts.chars.count)
        var blocks = 0
        var blockStarts: [Int] = []
        for block in [counts.words, counts.chars] {
            let start = rows.count
            var norm: Float = 0
            for e in block {
                guard let r = rowOf[e.bucket] else { continue }
                let tf = sublinear ? 1 + logf(Float(e.count)) : Float(e.count)
                let v = tf * idf[Int(r)]
                rows.append(r)
                values.append(v)
                norm += v * v
            }
            if rows.count > start {
                blocks += 1
                blockStarts.append(start)
                let scale = 1 / norm.squareRoot()
                for j in start..<rows.count { values[j] *= scale }
            }
        }
        guard blocks > 1 else { return (rows, values) }
        // Two blocks, each sorted by row (rows follow bucket order): each weighs 1/sqrt(2),
        // and a row both hit becomes one entry.
        let scale = 1 / Float(2).squareRoot()
        let split = blockStarts[1]
        var outRows: [Int32] = [], outValues: [Float] = []
        outRows.reserveCapacity(rows.count)
        outValues.reserveCapacity(rows.count)
        var a = 0, b = split
        while a < split || b < rows.count {
            if b == rows.count || (a < split && rows[a] < rows[b]) {
                outRows.append(rows[a]); outValues.append(values[a] * scale); a += 1
            } else if a == split || rows[b] < rows[a] {
                outRows.append(rows[b]); outValues.append(values[b] * scale); b += 1
            } else {
                outRows.append(rows[a]); outValues.append((values[a] + values[b]) * scale); a += 1; b += 1
            }
        }
        return (outRows, outValues)
    }

    // MARK: - Prediction

    /// Probabilities of every label for `text`, most likely first (ties in label order).
    public func predict(_ text: String) -> [Prediction] {
        let p = probabilities(text)
        return labels.indices
            .sorted { p[$0] != p[$1] ? p[$0] > p[$1] : $0 < $1 }
            .map { Prediction(label: labels[$0], probability: Double(p[$0])) }
    }

    /// The most likely label for `text` and its probability.
    public func best(_ text: String) -> Prediction {
        best(counts: extractor.counts(text))
    }

    func best(counts: FeatureExtractor.Counts) -> Prediction {
        let p = probabilities(counts: counts)
        var top = 0
        for c in 1..<p.count where p[c] > p[top] { top = c }
        return Prediction(label: labels[top], probability: Double(p[top]))
    }

    /// Probabilities in `labels` order.
    func probabilities(_ text: String) -> [Float] {
        probabilities(counts: extractor.counts(text))
    }

    func probabilities(counts: FeatureExtractor.Counts) -> [Float] {
        let v = Self.vectorize(counts, rowOf: rowOf, idf: idf, sublinear: options.sublinearTF)
        let k = labels.count
        var z = bias
        for (r, x) in zip(v.rows, v.values) {
            let base = Int(r) * k
            for c in 0..<k { z[c] += x * weights[base + c] }
        }
        let top = z.max() ?? 0
        var sum: Float = 0
        for c in 0..<k { z[c] = expf(z[c] - top); sum += z[c] }
        for c in 0..<k { z[c] /= sum }
        return z
    }
}
