import Foundation

/// The language of a text as an ISO 639-1 code, with how sure the identifier is.
public struct LanguageGuess: Sendable, Equatable {
    /// The code reported when the identifier cannot tell.
    public static let undetermined = "und"

    /// An ISO 639-1 code such as `en`, or `und` when the text is too short, has no letters,
    /// or no language reached the identifier's minimum confidence.
    public var code: String
    /// Posterior probability of the best candidate, 0…1. For `und` it is the best
    /// candidate's (too low) posterior, or 0 when there was nothing to score.
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }
}

/// Why a `LanguageIdentifier` could not be configured.
public struct LanguageIdentifierError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        case unknownLanguage
        case emptyLanguageList
        case invalidSetting
    }

    public var code: Code
    /// A sentence naming the configuration key, the offending value and what is accepted.
    public var message: String

    public var description: String { message }
}

/// Identifies the language of short texts such as posts, reviews and support messages.
///
/// Latin-script text is scored by a character 1–4-gram naive Bayes model over
/// `en fr es de it pt nl`; text written mostly in another script is reported by its
/// script alone (Cyrillic `ru`, Greek `el`, Arabic `ar`, Hebrew `he`, Han `zh`,
/// Han with kana `ja`, Hangul `ko`, Thai `th`, Devanagari `hi`). URLs, `@handles`,
/// e-mail addresses, digits, punctuation and emoji are ignored; `#` markers are dropped
/// and the hashtag's words are kept.
///
/// The model is built from the embedded training text the first time any identifier is
/// created (a few milliseconds); after that, `identify` allocates nothing for texts that
/// fit on the stack and is safe to call from any thread.
public struct LanguageIdentifier: Sendable {
    /// Every code `identify` can return besides `und`.
    public static let supported: [String] = TrainingText.codes + Script.scriptLanguageCodes

    /// Divides the summed n-gram log-likelihoods before the softmax. The 1–4-grams of a
    /// text overlap, so the plain sum counts each letter about four times and would make
    /// every posterior look certain; this brings posteriors closer to observed accuracy.
    static let temperature: Double = 5

    /// Familiarity check against languages the model does not know (Swedish read as German,
    /// Polish as Dutch): the share of the text's 3- and 4-grams the winning language saw in
    /// training, shrunk toward `coveragePrior` by `coveragePriorWeight` pseudo-counts so short
    /// texts are not judged on a handful of n-grams. Text in a known language mostly lands
    /// at 0.6–1; the confidence is scaled down linearly from `coverageFull` to 0 at `coverageFloor`.
    static let coveragePrior = 0.7
    static let coveragePriorWeight = 10.0
    static let coverageFloor = 0.2
    static let coverageFull = 0.6

    /// The codes this identifier may answer (besides `und`).
    public var languages: [String] { storage.languages }
    /// Below this confidence the answer is `und`.
    public var minConfidence: Double { storage.minConfidence }
    /// Texts with fewer letters than this are `und` (Han, kana and Hangul count double).
    public var minLetters: Int { storage.minLetters }

    /// Everything `identify` reads, behind one reference so that handing the identifier to
    /// the scanning closure costs one retain rather than a copy of every array.
    private final class Storage: Sendable {
        let languages: [String]
        let minConfidence: Double
        let minLetters: Int
        let model: NGramModel
        /// Indices into `model.languages` of the Latin-script languages scored: all of the
        /// model's when any was chosen (so a language left out is recognized and answered
        /// `und`, rather than called the nearest chosen one), none otherwise.
        let latinIndices: [Int]
        /// The same, as lanes of the model's score vectors.
        let latinLanes: SIMDMask<SIMD8<Int32>>
        /// Per index into `model.languages`: whether it may be answered.
        let chosen: [Bool]
        let scriptCodes: Set<String>
        let earlyStop: NGramModel.EarlyStop

        init(languages: [String], minConfidence: Double, minLetters: Int, model: NGramModel, earlyStop: NGramModel.EarlyStop) {
            self.languages = languages
            self.minConfidence = minConfidence
            self.minLetters = minLetters
            self.model = model
            self.earlyStop = earlyStop
            chosen = model.languages.map { languages.contains($0) }
            latinIndices = chosen.contains(true) ? Array(model.languages.indices) : []
            var lanes = SIMDMask<SIMD8<Int32>>()
            for index in latinIndices { lanes[index] = true }
            latinLanes = lanes
            scriptCodes = Set(languages.filter { Script.scriptLanguageCodes.contains($0) })
        }
    }

    private let storage: Storage

    /// Creates an identifier answering `languages` (all of `supported` when `nil`); text in a
    /// supported language left out of them is `und`.
    ///
    /// Codes are matched case-insensitively. Throws `LanguageIdentifierError` for an unknown
    /// code, an empty list, a `minConfidence` outside 0…1 or a negative `minLetters`.
    public init(languages: [String]? = nil, minConfidence: Double = 0.5, minLetters: Int = 12) throws {
        try self.init(languages: languages, minConfidence: minConfidence, minLetters: minLetters, earlyStop: NGramModel.EarlyStop())
    }

    /// As above, with the scan's early stop made explicit (tests compare against `.never`).
    init(languages: [String]?, minConfidence: Double, minLetters: Int, earlyStop: NGramModel.EarlyStop) throws {
        let requested = (languages ?? Self.supported).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        if requested.isEmpty {
            throw LanguageIdentifierError(
                code: .emptyLanguageList,
                message: "language: languages is empty; list at least one of: \(Self.supported.joined(separator: ", "))")
        }
        var chosen: [String] = []
        for (position, code) in requested.enumerated() {
            guard Self.supported.contains(code) else {
                throw LanguageIdentifierError(
                    code: .unknownLanguage,
                    message: "language: languages[\(position)] \"\(languages?[position] ?? code)\" is not a supported language code; "
                        + "supported: \(Self.supported.joined(separator: ", "))")
            }
            if !chosen.contains(code) { chosen.append(code) }
        }
        guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
            throw LanguageIdentifierError(
                code: .invalidSetting,
                message: "language: min_confidence \(minConfidence) is outside 0…1")
        }
        guard minLetters >= 0 else {
            throw LanguageIdentifierError(
                code: .invalidSetting,
                message: "language: min_length \(minLetters) is negative; use 0 or more letters")
        }
        storage = Storage(languages: chosen, minConfidence: minConfidence, minLetters: minLetters,
                          model: NGramModel.shared, earlyStop: earlyStop)
    }

    /// The most likely language of `text`, or `und` when it cannot tell.
    public func identify(_ text: String) -> LanguageGuess {
        let (scores, scripts) = storage.model.scanAndScore(text, candidates: storage.latinLanes, stop: storage.earlyStop)
        return Self.decide(scores: scores, scripts: scripts, storage)
    }

    /// The answer from a text's n-gram scores and the letters of each script seen (both
    /// only of the part read when the scan stopped early).
    private static func decide(scores: NGramModel.Scores, scripts: ScriptCounts, _ storage: Storage) -> LanguageGuess {
        let minLetters = storage.minLetters, scriptCodes = storage.scriptCodes, latinIndices = storage.latinIndices
        let model = storage.model
        let undetermined = LanguageGuess(code: LanguageGuess.undetermined, confidence: 0)
        let letters = scripts.totalLetters
        guard letters > 0, scripts.weightedLetters >= minLetters else { return undetermined }

        var dominant = Script.latin
        var dominantCount = scripts[.latin]
        let kana = scripts[.kana]
        for raw in (Script.latin.rawValue + 1)...Script.other.rawValue {   // not `allCases`: an array per call
            let script = Script(rawValue: raw)!
            var count = scripts[script]
            // Japanese mixes Han with kana: count them together as Japanese.
            if kana > 0 {
                if script == .han { continue }
                if script == .kana { count += scripts[.han] }
            }
            if count > dominantCount {
                dominant = script
                dominantCount = count
            }
        }
        let share = Double(dominantCount) / Double(letters)

        guard dominant == .latin else {
            guard let code = dominant.languageCode, scriptCodes.contains(code) else { return undetermined }
            return decide(code: code, confidence: share, storage)
        }
        guard !latinIndices.isEmpty else { return undetermined }

        guard scores.known > 0 else { return undetermined }
        let sums = scores.logLikelihoods
        var best = latinIndices[0]
        for index in latinIndices where sums[index] > sums[best] { best = index }
        let top = Double(sums[best])
        var normalizer = 0.0
        for index in latinIndices {
            normalizer += exp((Double(sums[index]) - top) / Self.temperature)
        }
        let posterior = 1 / normalizer
        let coverage = (Double(scores.covered[best]) + Self.coveragePrior * Self.coveragePriorWeight)
            / (Double(scores.long) + Self.coveragePriorWeight)
        let familiarity = min(1, max(0, (coverage - Self.coverageFloor) / (Self.coverageFull - Self.coverageFloor)))
        guard storage.chosen[best] else { return undetermined }   // a language the config left out
        return decide(code: model.languages[best], confidence: posterior * share * familiarity, storage)
    }

    private static func decide(code: String, confidence: Double, _ storage: Storage) -> LanguageGuess {
        LanguageGuess(code: confidence >= storage.minConfidence ? code : LanguageGuess.undetermined, confidence: confidence)
    }
}
