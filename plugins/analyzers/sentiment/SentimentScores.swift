import EarshotCore

/// The sentiment of one text.
///
/// `compound` is the normalised sum of rule-adjusted valences in −1…1 (≥ 0.05 is commonly
/// read as positive, ≤ −0.05 as negative). `positive`, `neutral` and `negative` are the
/// shares of the text's weight in each class and sum to 1, except for a text without words,
/// where all four are 0. Values are not rounded.
public struct SentimentScores: Sendable, Equatable {
    public var compound: Double
    public var positive: Double
    public var neutral: Double
    public var negative: Double

    public init(compound: Double, positive: Double, neutral: Double, negative: Double) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    /// All zero: the scores of a text without words.
    public static let zero = SentimentScores(compound: 0, positive: 0, neutral: 0, negative: 0)
}

extension Sentiment {
    /// The scores as an item's analysis keeps them.
    public init(_ s: SentimentScores) {
        self.init(compound: s.compound, pos: s.positive, neu: s.neutral, neg: s.negative)
    }
}
