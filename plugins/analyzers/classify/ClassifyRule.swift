import EarshotCore
import Foundation

/// One rule of the classify analyzer: when its conditions hold for an item, the item gets `label`.
///
/// Every condition present must hold: one of `any` occurs, one of `alsoAny` occurs, every one of `all` occurs, none of
/// `none` occurs, `regex` matches, and the analysis already has a sentiment below / above the
/// limits. Phrases match case- and accent-insensitively on word boundaries, across runs of
/// punctuation and white space; a phrase ending in `*` matches any word starting with it.
public struct ClassifyRule: Sendable {
    /// Which part of an item a rule reads.
    public enum Field: String, Sendable, CaseIterable {
        case text, title, all
    }

    /// Why a rule cannot be built.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public let label: String
    /// Shown in reasons (`rule NAME`); the label when not given.
    public let name: String
    public let team: String?
    public let severity: Severity?
    public let field: Field
    public let any: [String]
    /// A second group of which one phrase must occur as well ("glass in" and a food word), which
    /// saves a regex: with `any`, it is a conjunction of two alternatives.
    public let alsoAny: [String]
    public let all: [String]
    public let none: [String]
    /// Case-insensitive; matched against the raw (unfolded) text of `field`.
    public let regex: SharedRegex?
    /// Fires only when the analysis has a sentiment whose compound is strictly below this.
    public let sentimentBelow: Double?
    /// Fires only when the analysis has a sentiment whose compound is strictly above this.
    public let sentimentAbove: Double?

    /// Checks the rule: it needs a label and at least one of any/all/regex/sentiment limits,
    /// and every phrase must have something to match.
    public init(label: String, name: String? = nil, team: String? = nil, severity: Severity? = nil,
                field: Field = .all, any: [String] = [], alsoAny: [String] = [], all: [String] = [], none: [String] = [],
                regex: SharedRegex? = nil, sentimentBelow: Double? = nil, sentimentAbove: Double? = nil) throws(Invalid) {
        guard !label.trimmingCharacters(in: .whitespaces).isEmpty else { throw Invalid(message: "a rule needs a label") }
        if any.isEmpty && all.isEmpty && regex == nil && sentimentBelow == nil && sentimentAbove == nil {
            throw Invalid(message: Self.needsCondition(label))
        }
        if !alsoAny.isEmpty && any.isEmpty { throw Invalid(message: "rule \"\(label)\": " + Self.alsoAnyNeedsAny) }
        for p in any + alsoAny + all + none {
            if let why = FoldedPhrase.problem(with: p) { throw Invalid(message: "phrase \"\(p)\": \(why)") }
        }
        if let why = Self.ruledOut(any: any, alsoAny: alsoAny, all: all, none: none) {
            throw Invalid(message: "rule \"\(label)\" can never fire: \(why)")
        }
        self.label = label
        self.name = (name?.isEmpty == false) ? name! : label
        self.team = team
        self.severity = severity
        self.field = field
        self.any = any; self.alsoAny = alsoAny; self.all = all; self.none = none
        self.regex = regex
        self.sentimentBelow = sentimentBelow
        self.sentimentAbove = sentimentAbove
    }

    /// Why `none` keeps the rule from ever firing, or nil when it does not: a phrase of `none`
    /// occurs wherever a phrase of `all` does, or wherever each phrase of `any` (or of
    /// `also_any`) does. Phrase `n` occurs wherever `p` does when `n`'s folded form lies
    /// inside `p`'s (`refund*` inside `refund now`, `late` inside `very late`). Phrases must
    /// be valid (`FoldedPhrase.problem(with:)` nil).
    static func ruledOut(any: [String], alsoAny: [String], all: [String], none: [String]) -> String? {
        let excluders = none.compactMap { n in FoldedPhrase(n).map { (n, $0.bytes) } }
        guard !excluders.isEmpty else { return nil }
        func excluder(of phrase: String) -> String? {
            guard let p = FoldedPhrase(phrase)?.bytes else { return nil }
            return excluders.first { Self.bytes(p, contain: $0.1) }?.0
        }
        for p in all {
            if let n = excluder(of: p) { return "none: \"\(n)\" occurs wherever all: \"\(p)\" does" }
        }
        for (key, list) in [("any", any), ("also_any", alsoAny)] where !list.isEmpty {
            let pairs = list.map { ($0, excluder(of: $0)) }
            if pairs.allSatisfy({ $0.1 != nil }) {
                let shown = pairs.prefix(3).map { "\"\($0.0)\" (by \"\($0.1!)\")" }.joined(separator: ", ")
                return "none rules out every phrase of \(key): \(shown)\(pairs.count > 3 ? ", …" : "")"
            }
        }
        return nil
    }

    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Why `also_any` without `any` is refused, for the rule's builder and the config's reader alike.
    static let alsoAnyNeedsAny = "also_any needs any: it is a second group of phrases beside it (one of each must occur)"

    static func needsCondition(_ label: String) -> String {
        "rule \"\(label)\" has nothing to match: give it at least one of any, all, regex, sentiment_below, sentiment_above"
    }
}
