import Foundation

/// How `TextClassifier.train` builds features and fits weights.
///
/// The defaults are chosen to generalise across short texts (tweets, support messages,
/// intents) without tuning; see the README for the measurements behind them. The feature
/// settings are stored in the model file, so a loaded model extracts features the way it
/// was trained.
public struct TrainingOptions: Sendable, Equatable, Codable {
    /// Passes over the training data.
    public var epochs: Int = 10
    /// Adagrad base step size.
    public var learningRate: Double = 0.2
    /// L2 penalty on the weights of the features seen in each step.
    public var l2: Double = 1e-5
    /// The hash space has `2^featureBits` buckets (8...26).
    public var featureBits: Int = 18
    /// Seeds the example order; the same data, options and seed give the same model.
    public var seed: UInt64 = 1
    /// Word bigrams beside unigrams.
    public var wordBigrams: Bool = true
    /// Shortest and longest character n-gram inside words; `0` for either turns them off.
    public var charNgramMin: Int = 1
    public var charNgramMax: Int = 4
    /// Term counts weigh `1 + ln(count)` instead of `count`.
    public var sublinearTF: Bool = true
    /// Weigh features by smoothed inverse document frequency from the training data.
    public var idf: Bool = true
    /// On training sets of at most `chooseIDFLimit` examples, decide `idf` by 5-fold
    /// cross-validation on the training data itself (macro-F1; on a tie, idf stays on).
    /// Which weighting wins depends on the data (many short intents favour idf; a
    /// skewed two-label set where signal features matter can favour plain term counts),
    /// and on small data the extra training runs cost little. The model file records the
    /// `idf` chosen.
    public var chooseIDF: Bool = true
    public var chooseIDFLimit: Int = 5_000
    /// Weigh each class inversely to its frequency, which favours macro-F1 on skewed data.
    public var balanceClasses: Bool = true
    /// Add signal features (see `FeatureExtractor.signals`).
    public var signals: Bool = true
    /// Set by training when `signals` is on: `FeatureExtractor.signalSourcesFingerprint` of the
    /// build that trained the model, so a build whose lexicon, sentiment rules or default rules differ can say
    /// that the model's signal features have shifted.
    public var signalSources: String?
    /// Features found in fewer training texts than this are dropped (1 keeps all).
    public var minDocumentFrequency: Int = 1
    /// With exactly two labels, weigh each feature by how strongly it separates them in the
    /// training data (`1 + |log-count ratio|`, see `TextClassifier.nbScales`). On the complaint
    /// tweets (two labels, 1,719 texts) it is worth about +0.9 macro-F1 in 5-fold
    /// cross-validation; a many-label version (largest ratio of one label against the rest) cost
    /// Banking77 0.4 points, so it is not applied there. Files from before it read `false`.
    public var nbScale: Bool = true

    /// Whether the naive-Bayes scale applies to a model of `labelCount` labels (two only).
    public func scalesByNaiveBayes(labelCount: Int) -> Bool { nbScale && labelCount == 2 }
    /// Average the weights at the end of each epoch over the second half of training.
    public var averageWeights: Bool = true

    /// Most bytes training may take for its weights (see `TextClassifier.trainingBytes`); nil
    /// is half the machine's memory. A training set with many labels and many distinct features
    /// is refused with the estimate before it allocates, instead of the process dying in the
    /// allocation. Not kept in the model file: it is about the machine that trains.
    public var memoryLimit: Int?

    /// `memoryLimit`, or half of this machine's physical memory.
    public var effectiveMemoryLimit: Int {
        memoryLimit ?? Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)
    }

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case epochs, learningRate, l2, featureBits, seed, wordBigrams, charNgramMin, charNgramMax, sublinearTF, idf, balanceClasses, averageWeights, minDocumentFrequency
        case chooseIDF, chooseIDFLimit, signals, signalSources, nbScale
    }

    /// Keys missing from older files keep their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        epochs = try c.decodeIfPresent(Int.self, forKey: .epochs) ?? epochs
        learningRate = try c.decodeIfPresent(Double.self, forKey: .learningRate) ?? learningRate
        l2 = try c.decodeIfPresent(Double.self, forKey: .l2) ?? l2
        featureBits = try c.decodeIfPresent(Int.self, forKey: .featureBits) ?? featureBits
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? seed
        wordBigrams = try c.decodeIfPresent(Bool.self, forKey: .wordBigrams) ?? wordBigrams
        charNgramMin = try c.decodeIfPresent(Int.self, forKey: .charNgramMin) ?? charNgramMin
        charNgramMax = try c.decodeIfPresent(Int.self, forKey: .charNgramMax) ?? charNgramMax
        sublinearTF = try c.decodeIfPresent(Bool.self, forKey: .sublinearTF) ?? sublinearTF
        idf = try c.decodeIfPresent(Bool.self, forKey: .idf) ?? idf
        balanceClasses = try c.decodeIfPresent(Bool.self, forKey: .balanceClasses) ?? balanceClasses
        averageWeights = try c.decodeIfPresent(Bool.self, forKey: .averageWeights) ?? averageWeights
        minDocumentFrequency = try c.decodeIfPresent(Int.self, forKey: .minDocumentFrequency) ?? minDocumentFrequency
        chooseIDF = try c.decodeIfPresent(Bool.self, forKey: .chooseIDF) ?? chooseIDF
        chooseIDFLimit = try c.decodeIfPresent(Int.self, forKey: .chooseIDFLimit) ?? chooseIDFLimit
        // Files written before signal features existed were trained without them.
        signals = try c.decodeIfPresent(Bool.self, forKey: .signals) ?? false
        signalSources = try c.decodeIfPresent(String.self, forKey: .signalSources)
        nbScale = try c.decodeIfPresent(Bool.self, forKey: .nbScale) ?? false
    }

    /// Checks ranges; a message names the offending option.
    public func validate() throws(ModelError) {
        if epochs < 1 || epochs > 10_000 { throw ModelError("epochs must be 1...10000, got \(epochs)") }
        if !(learningRate > 0) || !learningRate.isFinite { throw ModelError("learning rate must be > 0, got \(learningRate)") }
        if !(l2 >= 0) || !l2.isFinite { throw ModelError("l2 must be >= 0, got \(l2)") }
        if minDocumentFrequency < 1 { throw ModelError("minDocumentFrequency must be >= 1, got \(minDocumentFrequency)") }
        if chooseIDFLimit < 0 { throw ModelError("chooseIDFLimit must be >= 0, got \(chooseIDFLimit)") }
        if featureBits < 8 || featureBits > 26 { throw ModelError("featureBits must be 8...26, got \(featureBits)") }
        if charNgramMin != 0 || charNgramMax != 0 {
            if charNgramMin < 1 || charNgramMax < charNgramMin || charNgramMax > 10 {
                throw ModelError("character n-grams must satisfy 1 <= min <= max <= 10 (or both 0), got \(charNgramMin)...\(charNgramMax)")
            }
        }
    }

    /// The feature extractor these options describe.
    public var extractor: FeatureExtractor {
        FeatureExtractor(featureBits: featureBits, wordBigrams: wordBigrams,
                         charNgrams: charNgramMin > 0 ? charNgramMin...charNgramMax : nil, signals: signals)
    }
}
