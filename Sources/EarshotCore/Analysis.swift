import Foundation

/// Severity of an escalation or of what a rule found; ordered from `low` to `critical`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Valence of a text: `compound` in −1…1, and the shares of positive, neutral and negative.
public struct Sentiment: Sendable, Hashable, Codable {
    public var compound: Double
    public var pos: Double
    public var neu: Double
    public var neg: Double

    public init(compound: Double, pos: Double, neu: Double, neg: Double) {
        self.compound = compound; self.pos = pos; self.neu = neu; self.neg = neg
    }
}

/// What the analyzers found about one item. Analyzers run in order and each adds to it.
public struct Analysis: Sendable, Hashable, Codable {
    public var sentiment: Sentiment?
    public var language: String?
    public var languageConfidence: Double?
    /// Labels in the order they were added, without duplicates.
    public private(set) var labels: [String] = []
    /// Why each label was added (`rule cancel-words`), keyed by label.
    public private(set) var labelReasons: [String: String] = [:]
    public var team: String?
    public var severity: Severity?
    public var reach: Double?
    public var duplicateOf: String?
    /// The source of the item `duplicateOf` names (ids are unique within a source only); nil when
    /// not known (a duplicates window saved before sources were kept).
    public var duplicateOfSource: String?
    /// What each analyzer plugin adds under its own name.
    public var extras: [String: JSONValue] = [:]

    public init() {}

    /// Adds `label` once; the first reason given is kept.
    public mutating func addLabel(_ label: String, reason: String) {
        if labelReasons[label] == nil {
            labels.append(label)
            labelReasons[label] = reason
        }
    }

    public func hasLabel(_ label: String) -> Bool { labelReasons[label] != nil }

    /// Raises severity to `s` if it is higher than what is set.
    public mutating func raiseSeverity(to s: Severity) {
        if severity.map({ $0 < s }) ?? true { severity = s }
    }

    enum CodingKeys: String, CodingKey {
        case sentiment, language, labels, team, severity, reach, extras
        case languageConfidence = "language_confidence"
        case labelReasons = "label_reasons"
        case duplicateOf = "duplicate_of"
        case duplicateOfSource = "duplicate_of_source"
    }
}

/// An item with what was found about it.
public struct AnalyzedItem: Sendable, Hashable, Codable {
    public var item: Item
    public var analysis: Analysis

    public init(item: Item, analysis: Analysis) {
        self.item = item; self.analysis = analysis
    }
}
