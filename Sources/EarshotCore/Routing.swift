import Foundation
import Logging
import Synchronization

/// A compiled regular expression that can be shared between tasks (NSRegularExpression is immutable
/// and documented as thread-safe once built).
///
/// A match gives up after ``timeBudget``: ICU backtracks, and a pattern that nests repetitions
/// (`(a+)+$`) takes time doubling with each character of a text it almost matches (24 letters:
/// 1.3 s; 40: days), so one customer's post could stop the pipeline. A match that gives up counts
/// as no match and is logged (the first time, then at 10, 100, … times per pattern); nothing
/// tells a slow pattern from a slow machine in advance.
public struct SharedRegex: @unchecked Sendable {
    public let pattern: String
    private let regex: NSRegularExpression
    private let gaveUp = GiveUps()

    /// How long one match may take before it gives up, in seconds; a long text gets 0.1 µs per
    /// UTF-16 unit if that is more (a 10 MB e-mail: 1 s), so a plain pattern always reads it through.
    public static let timeBudget = 0.25
    static let logger = Logger(label: "earshot")

    /// Case-insensitive unless `caseSensitive`; throws with the pattern's own error message.
    public init(_ pattern: String, caseSensitive: Bool = false) throws {
        self.pattern = pattern
        regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
    }

    /// How many matches gave up (for tests and status).
    public var timesGivenUp: Int { gaveUp.count.load(ordering: .relaxed) }

    public func firstMatch(in text: String) -> String? {
        let ns = text as NSString
        var found: NSRange?
        var late = false
        let start = ContinuousClock.now
        let budget = Duration.seconds(max(Self.timeBudget, Double(ns.length) * 1e-7))
        // `.reportProgress` has ICU call back now and then during a long match, so it can be stopped.
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: ns.length)) { m, _, stop in
            if let m {
                found = m.range
                stop.pointee = true
            } else if ContinuousClock.now - start > budget {
                late = true
                stop.pointee = true
            }
        }
        if let found { return ns.substring(with: found) }
        if late {
            let n = gaveUp.count.add(1, ordering: .relaxed).newValue
            if n == 1 || [10, 100, 1_000, 10_000, 100_000].contains(n) {
                // Blame the pattern's shape only when it has the shape that blows up; a plain
                // pattern can also run out of time on a very long text full of near misses.
                let why = Self.nestedRepetition(in: pattern) != nil
                    ? "a repetition inside a repetition, such as (a+)+, can take time doubling with each character; rewrite the pattern"
                    : "the text is long and holds many near misses; nothing is wrong with the pattern's shape"
                Self.logger.warning("a regular expression gave up: it takes too long on this text (\(why)); counted as no match", metadata: [
                    "pattern": "\(pattern)", "after_ms": .stringConvertible(Int(budget / .milliseconds(1))),
                    "text_length": .stringConvertible(ns.length), "times": .stringConvertible(n)])
            }
        }
        return nil
    }
}

extension SharedRegex {
    /// The first group that is repeated without bound (`+`, `*`, `{n,}`) and itself holds a
    /// repetition without bound, as in `(a+)+` or `(\w+\s?)*`: the shape that makes a backtracking
    /// engine take exponential time. A heuristic for a warning: it reads escapes, character classes
    /// and possessive or atomic forms (`a++`, `(?>…)`), but not whether the two repetitions can
    /// match the same text, so it also names some patterns that are fast.
    public static func nestedRepetition(in pattern: String) -> String? {
        let p = Array(pattern.unicodeScalars)
        var starts: [(index: Int, atomic: Bool)] = []   // open groups
        var repeats: [Bool] = [false]                    // per open group (and the top level): holds an unbounded repetition
        var i = 0
        func unbounded(at k: Int) -> (Bool, Int) {       // a quantifier at k: (unbounded and backtracking, its length)
            guard k < p.count else { return (false, 0) }
            var length = 0, open = false
            switch p[k] {
            case "+", "*": open = true; length = 1
            case "?": return (false, 1)
            case "{":
                var j = k + 1
                while j < p.count, p[j] != "}" { j += 1 }
                guard j < p.count else { return (false, 0) }
                let bounds = String(String.UnicodeScalarView(p[(k + 1)..<j]))
                // `{2}`, `{2,5}`, `{2,}`; anything else is no quantifier (ICU reads it as text).
                guard let first = bounds.split(separator: ",", omittingEmptySubsequences: false).first,
                      !first.isEmpty, bounds.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }) else { return (false, 0) }
                open = bounds.hasSuffix(",")
                length = j - k + 1
            default: return (false, 0)
            }
            if k + length < p.count, p[k + length] == "+" { return (false, length + 1) }   // possessive
            if k + length < p.count, p[k + length] == "?" { length += 1 }                   // lazy: backtracks too
            return (open, length)
        }
        while i < p.count {
            let c = p[i]
            if c == "\\" {
                // An escape, with its braces (`\p{L}`, `\x{41}`), may be repeated like a character.
                i += 2
                if i < p.count, p[i] == "{", ["p", "P", "x", "N"].contains(p[i - 1]) {
                    while i < p.count, p[i] != "}" { i += 1 }
                    i += 1
                }
            } else if c == "[" {
                i += 1
                if i < p.count, p[i] == "^" { i += 1 }
                if i < p.count, p[i] == "]" { i += 1 }
                while i < p.count, p[i] != "]" { i += p[i] == "\\" ? 2 : 1 }
                i += 1
            } else if c == "(" {
                let atomic = i + 2 < p.count && p[i + 1] == "?" && p[i + 2] == ">"
                starts.append((i, atomic))
                repeats.append(false)
                i += 1
                continue
            } else if c == ")", let open = starts.popLast() {
                let inner = repeats.removeLast()
                let (outer, length) = unbounded(at: i + 1)
                if outer && inner && !open.atomic {
                    return String(String.UnicodeScalarView(p[open.index...(i + length)]))
                }
                if (outer || inner) && !open.atomic { repeats[repeats.count - 1] = true }
                i += 1 + length
                continue
            } else {
                i += 1
            }
            // After an atom (an escape, a class, a character): its quantifier, if any.
            let (open, length) = unbounded(at: i)
            if open { repeats[repeats.count - 1] = true }
            i += length
        }
        return nil
    }
}

/// The count of matches a `SharedRegex` gave up, shared by its copies.
private final class GiveUps: Sendable {
    let count = Atomic<Int>(0)
}

/// The `when:` of a route: every key present must hold. An empty condition matches everything.
public struct RouteCondition: Sendable {
    public var labelsAny: [String]?
    public var labelsAll: [String]?
    public var team: [String]?
    public var source: [String]?
    public var language: [String]?
    public var sentimentBelow: Double?
    public var sentimentAbove: Double?
    public var reachAtLeast: Double?
    public var severityAtLeast: Severity?
    public var textMatches: SharedRegex?
    public var kind: [Escalation.Kind]?
    /// Whether the item must be (true) or must not be (false) a near-duplicate of an earlier
    /// item (`duplicate_of`, set by the `duplicates` analyzer).
    public var duplicate: Bool?

    public init() {}

    /// The reasons it holds, one per key, or nil if any key does not hold.
    public func evaluate(_ subject: AnalyzedItem, kind itemKind: Escalation.Kind = .mention) -> [String]? {
        let a = subject.analysis
        var reasons: [String] = []
        if let kinds = kind {
            guard kinds.contains(itemKind) else { return nil }
        }
        if let any = labelsAny {
            guard let hit = any.first(where: a.hasLabel) else { return nil }
            reasons.append(Self.labelReason(hit, a))
        }
        if let all = labelsAll {
            guard all.allSatisfy(a.hasLabel) else { return nil }
            reasons.append(contentsOf: all.map { Self.labelReason($0, a) })
        }
        if let teams = team {
            guard let t = a.team, teams.contains(t) else { return nil }
            reasons.append("team \(t)")
        }
        if let sources = source {
            guard sources.contains(subject.item.source) else { return nil }
            reasons.append("source \(subject.item.source)")
        }
        if let langs = language {
            guard let l = a.language ?? subject.item.language, langs.contains(where: { LanguageTag.range($0, matches: l) }) else { return nil }
            reasons.append("language \(l)")
        }
        if let limit = sentimentBelow {
            guard let s = a.sentiment?.compound, s < limit else { return nil }
            reasons.append("sentiment \(Self.fmt(s)) < \(Self.fmt(limit))")
        }
        if let limit = sentimentAbove {
            guard let s = a.sentiment?.compound, s > limit else { return nil }
            reasons.append("sentiment \(Self.fmt(s)) > \(Self.fmt(limit))")
        }
        if let limit = reachAtLeast {
            guard let r = a.reach, r >= limit else { return nil }
            reasons.append("reach \(Self.fmt(r)) >= \(Self.fmt(limit))")
        }
        if let limit = severityAtLeast {
            guard let s = a.severity, s >= limit else { return nil }
            reasons.append("severity \(s.rawValue) >= \(limit.rawValue)")
        }
        if let re = textMatches {
            guard let m = re.firstMatch(in: (subject.item.title.map { $0 + "\n" } ?? "") + subject.item.text) else { return nil }
            reasons.append("text matches /\(re.pattern)/ (\"\(m.prefix(60))\")")
        }
        if let want = duplicate {
            guard (a.duplicateOf != nil) == want else { return nil }
            reasons.append(a.duplicateOf.map { "duplicate of \($0)" } ?? "not a duplicate")
        }
        return reasons
    }

    static func labelReason(_ label: String, _ a: Analysis) -> String {
        if let why = a.reason(for: label), !why.isEmpty { return "label \(label) (\(why))" }
        return "label \(label)"
    }

    static func fmt(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return r == r.rounded() ? String(format: "%.1f", r) : String(format: "%g", r)
    }
}

/// A route: when its condition holds for an item, an escalation goes to its sinks.
public struct Route: Sendable {
    public var name: String
    public var when: RouteCondition
    public var to: [String]
    /// The escalation's severity; when nil, the item's own severity, else `medium`.
    public var severity: Severity?
    /// Keep matching later routes after this one matched.
    public var continueMatching: Bool
    /// What happens to an item that is a near-duplicate of one this route already escalated.
    public var duplicates: DuplicateHandling

    /// `duplicates: fold` (the default) keeps a copy-paste campaign or a wave of reposts from
    /// escalating once per copy: an item whose `duplicate_of` group already escalated on this
    /// route is recorded as part of that escalation (counted in `earshot status`) and not sent
    /// again. `escalate` treats every copy as a new mention. Without the `duplicates` analyzer
    /// no item has a group and both behave alike.
    public enum DuplicateHandling: String, Sendable, CaseIterable {
        case fold, escalate
    }

    public init(name: String, when: RouteCondition = RouteCondition(), to: [String], severity: Severity? = nil,
                continueMatching: Bool = false, duplicates: DuplicateHandling = .fold) {
        self.name = name; self.when = when; self.to = to; self.severity = severity
        self.continueMatching = continueMatching; self.duplicates = duplicates
    }
}

/// A route that matched, with why.
public struct RouteMatch: Sendable, Hashable {
    public var route: String
    public var sinks: [String]
    public var severity: Severity
    public var reasons: [String]
}

/// Ordered routes: the first that matches wins, unless it says `continue`.
public struct Router: Sendable {
    public let routes: [Route]
    public init(routes: [Route]) { self.routes = routes }

    public func match(_ subject: AnalyzedItem, kind: Escalation.Kind = .mention) -> [RouteMatch] {
        var out: [RouteMatch] = []
        for r in routes {
            guard let reasons = r.when.evaluate(subject, kind: kind) else { continue }
            let sev = r.severity ?? subject.analysis.severity ?? .medium
            out.append(RouteMatch(route: r.name, sinks: r.to, severity: sev,
                                  reasons: reasons.isEmpty ? ["route \(r.name) matches everything"] : reasons))
            if !r.continueMatching { break }
        }
        return out
    }
}

/// Language tags as sources give them (`en`, `en-US`, a feed's `en-us`) against the codes a config
/// lists.
public enum LanguageTag {
    /// Basic filtering (RFC 4647 §3.3.1): `range` matches `tag` when they are equal ignoring case,
    /// or when `range` is a prefix of `tag` ending where a subtag starts — `en` matches `en-US`
    /// (and `en_GB`, as some sources write it), `en-US` matches only `en-US` (or `en_us`).
    public static func range(_ range: String, matches tag: String) -> Bool {
        let r = range.utf8, t = tag.utf8
        guard t.count >= r.count else { return false }
        var ti = t.startIndex
        for rb in r {
            let tb = t[ti]
            if tb != rb && lower(tb) != lower(rb) && !(isSeparator(tb) && isSeparator(rb)) { return false }
            ti = t.index(after: ti)
        }
        return ti == t.endIndex || t[ti] == UInt8(ascii: "-") || t[ti] == UInt8(ascii: "_")
    }

    private static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
    /// `-` and `_` separate subtags alike (`en_GB` is how some sources write `en-GB`).
    private static func isSeparator(_ b: UInt8) -> Bool { b == UInt8(ascii: "-") || b == UInt8(ascii: "_") }
}
