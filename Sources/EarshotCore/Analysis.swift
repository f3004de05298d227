import Foundation

/// Severity of an escalation or of what a rule found; ordered from `low` to `critical`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// The position in `allCases`, without searching it twice per comparison.
    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
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
    /// The labels with why each was added, in the order they were added, without duplicates.
    /// One small array: an item has a handful of labels, and the dictionary of reasons this
    /// replaced cost every labelled item two more allocations and two string hashes (about 3%
    /// of the default analyzer chain's time).
    public private(set) var labelEntries: [LabelEntry] = []

    /// A label and why it was added (`rule cancel-words`).
    public struct LabelEntry: Sendable, Hashable {
        public let label: String
        public let reason: String
    }

    /// Labels in the order they were added, without duplicates. Built on each read (an
    /// allocation): in a loop, read it once, or use `hasLabel` / `labelEntries`.
    public var labels: [String] { labelEntries.map(\.label) }
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
        if !hasLabel(label) { labelEntries.append(LabelEntry(label: label, reason: reason)) }
    }

    public func hasLabel(_ label: String) -> Bool { labelEntries.contains { $0.label == label } }

    /// Why `label` was added, or nil when the item does not have it.
    public func reason(for label: String) -> String? {
        labelEntries.first { $0.label == label }?.reason
    }

    /// Why each label was added (`rule cancel-words`), keyed by label (built on each read).
    public var labelReasons: [String: String] {
        Dictionary(labelEntries.map { ($0.label, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

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

    /// `labels` and `label_reasons` (an object keyed by label) as before the reasons became an
    /// array; a label without a reason there gets "".
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sentiment = try c.decodeIfPresent(Sentiment.self, forKey: .sentiment)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        languageConfidence = try c.decodeIfPresent(Double.self, forKey: .languageConfidence)
        let byLabel = try c.decodeIfPresent([String: String].self, forKey: .labelReasons) ?? [:]
        for label in try c.decodeIfPresent([String].self, forKey: .labels) ?? [] {
            addLabel(label, reason: byLabel[label] ?? "")
        }
        team = try c.decodeIfPresent(String.self, forKey: .team)
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity)
        reach = try c.decodeIfPresent(Double.self, forKey: .reach)
        duplicateOf = try c.decodeIfPresent(String.self, forKey: .duplicateOf)
        duplicateOfSource = try c.decodeIfPresent(String.self, forKey: .duplicateOfSource)
        extras = try c.decodeIfPresent([String: JSONValue].self, forKey: .extras) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(sentiment, forKey: .sentiment)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(languageConfidence, forKey: .languageConfidence)
        try c.encode(labels, forKey: .labels)
        try c.encode(labelReasons, forKey: .labelReasons)
        try c.encodeIfPresent(team, forKey: .team)
        try c.encodeIfPresent(severity, forKey: .severity)
        try c.encodeIfPresent(reach, forKey: .reach)
        try c.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
        try c.encodeIfPresent(duplicateOfSource, forKey: .duplicateOfSource)
        try c.encode(extras, forKey: .extras)
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
