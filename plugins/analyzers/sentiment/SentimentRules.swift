/// The constants and closed word classes of the VADER rules (Hutto & Gilbert, ICWSM 2014).
///
/// The numbers are the paper's empirically derived effects; the word classes are English
/// function words (negators, degree adverbs, the contrastive conjunction) that the rules key
/// on. They are not sentiment ratings: those live in a `SentimentLexicon`.
enum SentimentRules {
    /// Added to (or, for negative valences, subtracted from) a rated word after a booster.
    static let boosterIncrement = 0.293
    /// The same magnitude for dampeners ("barely", "kind of").
    static let dampenerIncrement = -0.293
    /// Emphasis for a word written in capitals when the text mixes case.
    static let capsIncrement = 0.733
    /// Multiplier for a rated word within three words after a negator.
    static let negationScalar = -0.74
    /// Emphasis per exclamation mark, counted up to `maxExclamations`.
    static let exclamationIncrement = 0.292
    static let maxExclamations = 4
    /// Emphasis per question mark when there are two or three; `questionCap` beyond that.
    static let questionIncrement = 0.18
    static let questionCap = 0.96
    /// Normalisation constant of `x / sqrt(x² + alpha)`.
    static let alpha = 15.0

    /// Negators: a rated word within three words after one of these (or after any word
    /// containing "n't") flips and shrinks.
    static let negators: [String] = [
        // contractions, with and without the apostrophe
        "ain't", "aint", "aren't", "arent", "can't", "cant", "cannot", "couldn't", "couldnt",
        "daren't", "darent", "didn't", "didnt", "doesn't", "doesnt", "don't", "dont",
        "hadn't", "hadnt", "hasn't", "hasnt", "haven't", "havent", "isn't", "isnt",
        "mightn't", "mightnt", "mustn't", "mustnt", "needn't", "neednt", "oughtn't", "oughtnt",
        "shan't", "shant", "shouldn't", "shouldnt", "wasn't", "wasnt", "weren't", "werent",
        "won't", "wont", "wouldn't", "wouldnt",
        // plain negative words and particles
        "not", "never", "neither", "nor", "none", "nothing", "nowhere", "nope",
        "uh-uh", "uhuh", "without", "despite", "rarely", "seldom",
    ]

    /// Degree adverbs that strengthen the next rated words.
    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
        "decidedly", "deeply", "enormous", "enormously", "entirely", "especially",
        "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "fully",
        "greatly", "highly", "hugely", "incredible", "incredibly", "intensely", "major",
        "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably",
        "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously",
        "unbelievably", "unusually", "utter", "utterly", "very",
        // slang intensifiers
        "effing", "flippin", "flipping", "frackin", "fracking", "frickin", "fricking",
        "friggin", "frigging", "fuckin", "fucking", "fuggin", "fugging", "hella", "uber",
    ]

    /// Degree adverbs that weaken the next rated words.
    static let dampeners: [String] = [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little",
        "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely",
        "slight", "slightly", "somewhat", "sorta", "sortof", "sort-of",
    ]

    /// Two-word dampeners, matched on the two words before a rated word.
    static let dampenerPhrases: [[String]] = [["kind", "of"], ["sort", "of"], ["just", "enough"]]

    /// Phrases whose valence replaces that of the rated word inside them.
    static let idioms: [(words: [String], valence: Double)] = [
        (["the", "shit"], 3), (["the", "bomb"], 3), (["bad", "ass"], 1.5), (["bus", "stop"], 0),
        (["yeah", "right"], -2), (["kiss", "of", "death"], -1.5), (["to", "die", "for"], 3),
        (["beating", "heart"], 3.5),
    ]

    /// Words the rules test by identity, each given a small id at compile time.
    enum Word: UInt8, CaseIterable {
        case none = 0
        case no, but, kind, of, least, at, very, never, so, this, without, doubt, or, nor
        case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`
        case beating, heart, sort, just, enough
        // The raw spelling of each word is its case name.
        var spelling: String { String(describing: self) }
    }
}
