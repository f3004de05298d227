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

    /// Why `also_any` without `any` is refused, for the rule's builder and the config's reader alike.
    static let alsoAnyNeedsAny = "also_any needs any: it is a second group of phrases beside it (one of each must occur)"

    static func needsCondition(_ label: String) -> String {
        "rule \"\(label)\" has nothing to match: give it at least one of any, all, regex, sentiment_below, sentiment_above"
    }
}
