import EarshotCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Labels items by phrase rules (see `ClassifyRule`); sets the team and raises the severity of
/// the rules that fire.
///
/// Text and title are folded once per item and every phrase of every rule is found in one pass
/// over the folded bytes, so the cost per item barely grows with the number of phrases. Only
/// rules with a `regex` run a regular expression, and only once their other conditions hold.
public struct ClassifyAnalyzer: SynchronousAnalyzer, LabelListing {
    public let rules: [ClassifyRule]
    public var labelsItMayAdd: Set<String> { Set(rules.map(\.label)) }
    /// Per rule: whether it reads a customer's intent (complaint, churn, …), so it does not
    /// label posts by the company's own accounts (`brandHandles`).
    public let customerOnly: [Bool]
    /// Per rule: whether it reads a brand's own reply (deflection), so that, once brand handles
    /// are known, it does not label customers' posts ("please DM me" is no deflection).
    public let brandOnly: [Bool]
    /// The company's handles (`brand.handles`), lowercased, without a leading `@`.
    public let brandHandles: Set<String>
    private let checks: [RuleCheck]
    /// Per rule, which 64-bit words of the hit set hold its `any` phrases (bit w for word w), when
    /// the pack has at most 64 words: a text with no hit in them fails the rule at once. 0: not
    /// known. Kept apart from `checks`, densely, for the first test of the rule loop.
    private let anyWordsOf: [UInt64]
    /// Per rule and kind (any, also_any, all, none), a bit mask over the phrase ids, kept sparse: only
    /// its non-zero words, as `(word index, bits)` pairs in `maskWords`/`maskBits` (a rule's
    /// phrases are a few neighbouring ids, while the whole pack spans many words).
    private let maskWords: [Int32]
    private let maskBits: [UInt64]
    /// 64-bit words in a hit set (one bit per phrase id).
    private let words: Int
    /// Whether a rule reads the title alone (`field: title`): its hit set is then zeroed for items without one.
    private let readsTitleAlone: Bool
    private let regexes: [CompiledRegex]
    /// What a firing rule sets, per rule, with its reason (`rule NAME`) built once: read from
    /// here rather than from `rules[i]`, whose copy retained and released every string and list
    /// of the rule.
    private let outcomes: [(label: String, reason: String, team: String?, severity: Severity?)]
    private let matcher: PhraseMatcher
    private let scansText: Bool
    private let scansTitle: Bool
    private let needsUnion: Bool

    /// - Parameters:
    ///   - customerOnly: per rule, whether it stays silent on posts by `brandHandles` (none when empty).
    ///   - brandOnly: per rule, whether it stays silent on other posts when `brandHandles` is not
    ///     empty (none when empty; without brand handles no post is known to be the brand's).
    ///   - brandHandles: the company's own accounts, as in `brand.handles` (`@acme`).
    public init(rules: [ClassifyRule], customerOnly: [Bool] = [], brandOnly: [Bool] = [], brandHandles: [String] = []) {
        precondition(customerOnly.isEmpty || customerOnly.count == rules.count)
        precondition(brandOnly.isEmpty || brandOnly.count == rules.count)
        self.rules = rules
        self.customerOnly = customerOnly.isEmpty ? Array(repeating: false, count: rules.count) : customerOnly
        self.brandOnly = brandOnly.isEmpty || brandHandles.isEmpty ? Array(repeating: false, count: rules.count) : brandOnly
        self.brandHandles = Set(brandHandles.map(Self.normalizedHandle))
        var ids: [FoldedPhrase: Int] = [:]
        var phrases: [FoldedPhrase] = []
        func id(_ p: String) -> Int {
            // ClassifyRule.init already rejected phrases that fold to nothing.
            let f = FoldedPhrase(p)!
            if let i = ids[f] { return i }
            ids[f] = phrases.count
            phrases.append(f)
            return phrases.count - 1
        }
        let phraseIDs = rules.map { r in (r.any.map(id), r.all.map(id), r.none.map(id), r.alsoAny.map(id)) }
        let words = max(1, (phrases.count + 63) / 64)
        var maskWords: [Int32] = []
        var maskBits: [UInt64] = []
        var checks: [RuleCheck] = []
        var regexes: [CompiledRegex] = []
        func mask(_ ids: [Int]) -> RuleCheck.Mask {
            var dense = [UInt64](repeating: 0, count: words)
            for i in ids { dense[i >> 6] |= 1 << UInt64(i & 63) }
            let start = maskWords.count
            for (w, bits) in dense.enumerated() where bits != 0 {
                maskWords.append(Int32(w))
                maskBits.append(bits)
            }
            return RuleCheck.Mask(start: Int32(start), end: Int32(maskWords.count))
        }
        var anyWordsOf: [UInt64] = []
        for (r, (any, all, none, alsoAny)) in zip(rules, phraseIDs) {
            var regexIndex = -1
            if let re = r.regex {
                regexIndex = regexes.count
                regexes.append(CompiledRegex(regex: re, literal: LiteralPattern(re.pattern)))
            }
            var anyWords: UInt64 = 0
            if words <= 64 { for i in any { anyWords |= 1 << UInt64(i >> 6) } }
            anyWordsOf.append(anyWords)
            checks.append(RuleCheck(field: r.field, below: r.sentimentBelow ?? .nan, above: r.sentimentAbove ?? .nan,
                                    any: mask(any), alsoAny: mask(alsoAny), all: mask(all), none: mask(none), regex: regexIndex))
        }
        self.checks = checks
        self.anyWordsOf = anyWordsOf
        self.maskWords = maskWords
        self.maskBits = maskBits
        self.words = words
        self.regexes = regexes
        outcomes = rules.map { ($0.label, "rule \($0.name)", $0.team, $0.severity) }
        matcher = PhraseMatcher(phrases)
        let withPhrases = checks.filter(\.hasPhrases)
        scansText = withPhrases.contains { $0.field != .title }
        scansTitle = withPhrases.contains { $0.field != .text }
        needsUnion = withPhrases.contains { $0.field == .all }
        readsTitleAlone = checks.contains { $0.field == .title }
    }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        apply(text: item.text, title: item.title, fromBrand: isFromBrand(item.author?.handle), &analysis)
    }

    public func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                            context: AnalyzerContext, failed: (Int, any Error) -> Void) {
        // Without brand handles the author is not read at all: the chain's hottest loop.
        if brandHandles.isEmpty {
            for i in items.indices { apply(text: items[i].text, title: items[i].title, &analyses[i]) }
        } else {
            for i in items.indices { apply(text: items[i].text, title: items[i].title, fromBrand: isFromBrand(items[i].author?.handle), &analyses[i]) }
        }
    }

    /// `@Acme`, `acme` → `acme`.
    static func normalizedHandle(_ handle: String) -> String {
        let h = handle.lowercased()
        return h.hasPrefix("@") ? String(h.dropFirst()) : h
    }

    /// Whether an author with this handle is one of the company's own accounts.
    func isFromBrand(_ handle: String?) -> Bool {
        guard !brandHandles.isEmpty, let handle else { return false }
        return brandHandles.contains(Self.normalizedHandle(handle))
    }

    /// What `analyze` does to an item with this text and title (for tools that have no item);
    /// `fromBrand`: written by one of the company's accounts, which customer-intent rules skip.
    public func apply(text: String, title: String?, fromBrand: Bool = false, _ analysis: inout Analysis) {
        let words = self.words
        let compound = analysis.sentiment?.compound
        // A team set by an earlier analyzer stands; among this analyzer's rules the most severe
        // firing rule with a team decides (the first of equal severity), so a legal threat inside
        // a complaint goes to legal, not to whoever the complaint rule names.
        let teamIsOpen = analysis.team == nil
        let brandKnown = !brandHandles.isEmpty
        var teamSeverity: Severity?
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words * 3) { buf in
            let base = buf.baseAddress!
            let textHits = UnsafeMutableBufferPointer(start: base, count: words)
            let titleHits = UnsafeMutableBufferPointer(start: base + words, count: words)
            textHits.initialize(repeating: 0)
            // Most items have no title: then the title's hits are none and the union is the text's,
            // so neither is written (at 28 words a set, that is most of the per-item overhead).
            let hasTitle = scansTitle && !(title?.isEmpty ?? true)
            if scansText { scan(text, into: textHits) }
            var unionOffset = 0
            if !hasTitle && readsTitleAlone { titleHits.initialize(repeating: 0) }   // no title: no hits
            if hasTitle, let title {
                titleHits.initialize(repeating: 0)
                scan(title, into: titleHits)
                if needsUnion {
                    for i in 0..<words { base[2 * words + i] = base[i] | base[words + i] }
                    unionOffset = 2 * words
                }
            }
            // Which words of each hit set are non-zero (bit w for word w; all ones past 64 words).
            func summary(_ start: Int) -> UInt64 {
                guard words <= 64 else { return .max }
                var bits: UInt64 = 0
                for i in 0..<words where base[start + i] != 0 { bits |= 1 << UInt64(i) }
                return bits
            }
            let textWords = summary(0), titleWords = hasTitle ? summary(words) : 0

            maskWords.withUnsafeBufferPointer { maskWords in
              maskBits.withUnsafeBufferPointer { maskBits in
                checks.withUnsafeBufferPointer { checks in
                  anyWordsOf.withUnsafeBufferPointer { anyWordsOf in
                    let anyHitWords = textWords | titleWords
                    for i in 0..<checks.count {
                        // A rule none of whose `any` words saw a hit fails (in any field): skip it
                        // before its check is even read, as most rules fail on most texts.
                        let w = anyWordsOf[i]
                        if w != 0 && w & anyHitWords == 0 { continue }
                        // Without brand handles no post is the brand's and no rule is skipped.
                        if brandKnown, fromBrand ? customerOnly[i] : brandOnly[i] { continue }
                        let c = checks[i]
                        let hits: UnsafePointer<UInt64>
                        let hitWords: UInt64
                        switch c.field {
                        case .text: hits = UnsafePointer(base); hitWords = textWords
                        case .title: hits = UnsafePointer(base + words); hitWords = titleWords
                        case .all: hits = UnsafePointer(base + unionOffset); hitWords = textWords | titleWords
                        }
                        if w != 0 && w & hitWords == 0 { continue }   // the rule's own field
                        guard c.holds(compound: compound, hits: hits, maskWords: maskWords.baseAddress!, maskBits: maskBits.baseAddress!) else { continue }
                        if c.regex >= 0 && !regexes[c.regex].matches(text: text, title: title, field: c.field) { continue }
                        let outcome = outcomes[i]
                        analysis.addLabel(outcome.label, reason: outcome.reason)
                        if teamIsOpen, let team = outcome.team {
                            let severity = outcome.severity ?? .low
                            if teamSeverity.map({ severity > $0 }) ?? true { analysis.team = team; teamSeverity = severity }
                        }
                        if let s = outcome.severity { analysis.raiseSeverity(to: s) }
                    }
                  }
                }
              }
            }
        }
    }

    private func scan(_ text: String, into hits: UnsafeMutableBufferPointer<UInt64>) {
        let matcher = matcher
        var text = text
        if text.withUTF8({ matcher.scan(ascii: $0, into: hits) }) { return }
        TextFolding.withFolded(text) { matcher.scan($0, into: hits) }
    }
}

/// What a rule needs checked, as plain values: ranges into the sparse mask arrays (empty
/// when the rule has no such phrases).
private struct RuleCheck {
    struct Mask {
        let start: Int32
        let end: Int32
        var isEmpty: Bool { start == end }
    }

    let field: ClassifyRule.Field
    /// NaN when absent.
    let below: Double
    let above: Double
    let any: Mask
    let alsoAny: Mask
    let all: Mask
    let none: Mask
    let regex: Int

    var hasPhrases: Bool { !any.isEmpty || !alsoAny.isEmpty || !all.isEmpty || !none.isEmpty }

    @inline(__always)
    func holds(compound: Double?, hits: UnsafePointer<UInt64>, maskWords: UnsafePointer<Int32>, maskBits: UnsafePointer<UInt64>) -> Bool {
        if !below.isNaN {
            guard let s = compound, s < below else { return false }
        }
        if !above.isNaN {
            guard let s = compound, s > above else { return false }
        }
        // `any` first: most rules fail there, and vetoes are long lists.
        @inline(__always) func hitsOne(_ m: Mask) -> Bool {
            var k = Int(m.start)
            while k < Int(m.end) {
                if hits[Int(maskWords[k])] & maskBits[k] != 0 { return true }
                k += 1
            }
            return false
        }
        if !any.isEmpty && !hitsOne(any) { return false }
        if !alsoAny.isEmpty && !hitsOne(alsoAny) { return false }
        var k = Int(all.start)
        while k < Int(all.end) {
            if hits[Int(maskWords[k])] & maskBits[k] != maskBits[k] { return false }
            k += 1
        }
        return none.isEmpty || !hitsOne(none)
    }
}

/// A class, not a struct: checking `regexes[i]` then costs one retain, where a struct was copied
/// out of the array with its pattern string and both literal patterns (classify ran 8% faster).
private final class CompiledRegex: Sendable {
    let regex: SharedRegex
    /// The regex as a plain byte string, when it is one (`\?`), to skip the regex engine.
    let literal: LiteralPattern?
    /// A character every match contains (the `@` of `@\w`), looked for with a byte search before the
    /// regex engine is asked: most texts lack it, and each engine call converts the text to UTF-16.
    let required: LiteralPattern?

    init(regex: SharedRegex, literal: LiteralPattern?) {
        self.regex = regex
        self.literal = literal
        required = literal == nil ? LiteralPattern.requiredCharacter(of: regex.pattern) : nil
    }

    func matches(text: String, title: String?, field: ClassifyRule.Field) -> Bool {
        let subject: String
        switch field {
        case .text: subject = text
        case .title: subject = title ?? ""
        case .all: subject = title.map { $0 + "\n" + text } ?? text
        }
        if let literal { return literal.occurs(in: subject) }
        if let required, !required.occurs(in: subject) { return false }
        return regex.firstMatch(in: subject) != nil
    }
}

/// A regular expression that only matches one fixed string without letters (`\?`, `!!!`), which
/// a byte search finds faster than the regex engine, with the same result.
struct LiteralPattern: Sendable {
    let bytes: [UInt8]

    init?(_ pattern: String) {
        var out = ""
        var escaped = false
        for ch in pattern {
            if escaped {
                guard !ch.isLetter, !ch.isNumber else { return nil }   // \d, \b, \1 …
                out.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if "^$.|?*+()[]{}".contains(ch) || ch.isLetter || ch.isWhitespace {
                return nil
            } else {
                out.append(ch)
            }
        }
        guard !escaped, !out.isEmpty else { return nil }
        bytes = Array(out.utf8)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// A character that every match of `pattern` contains, when one is easy to see: an ASCII symbol
    /// (not a letter or digit, which case-insensitivity or classes could change) standing alone at
    /// the top level of the pattern, or of each of its top-level alternatives when they all need
    /// the same one, and not made optional by `?`, `*` or `{0`. `[\w.+-]+@[\w-]+` gives `@`;
    /// `a|b@` and `(@x)?` give nothing. Nil when unsure.
    static func requiredCharacter(of pattern: String) -> LiteralPattern? {
        // Syntax this reading does not follow gives no answer: free-spacing mode (`#` starts a
        // comment), quoting (`\Q…\E`), control escapes (`\cX`), named back-references and
        // subroutines (`\k<name>`, `\g'name'`, whose brackets are no text), nested or POSIX sets
        // (`[[:punct:]]`).
        if pattern.contains("\\Q") || pattern.contains("\\c") || pattern.contains("\\k") || pattern.contains("\\g") || pattern.range(of: #"\(\?[a-zA-Z-]*x"#, options: .regularExpression) != nil {
            return nil
        }
        // Top-level alternatives that all need the same character need it too.
        let alternatives = topLevelAlternatives(pattern)
        if alternatives.count > 1 {
            let each = alternatives.map { requiredCharacter(of: $0)?.bytes }
            guard let first = each.first ?? nil, each.allSatisfy({ $0 == first }) else { return nil }
            return LiteralPattern(bytes: first)
        }
        let chars = Array(pattern)
        var depth = 0, inClass = false, i = 0
        var candidate: Character?
        func optional(after j: Int) -> Bool {
            guard j < chars.count else { return false }
            return chars[j] == "?" || chars[j] == "*" || (chars[j] == "{" && j + 1 < chars.count && chars[j + 1] == "0")
        }
        while i < chars.count {
            let c = chars[i]
            if inClass {
                if c == "[" { return nil }   // a nested set or [:class:]: its `]` does not end ours
                if c == "\\" { i += 1 } else if c == "]" { inClass = false }
            } else if c == "\\" {
                if i + 1 < chars.count, depth == 0, candidate == nil, chars[i + 1].isASCII,
                   !chars[i + 1].isLetter, !chars[i + 1].isNumber, !optional(after: i + 2) {
                    candidate = chars[i + 1]
                }
                i += 1
            } else if c == "[" {
                inClass = true
            } else if c == "{" {
                while i < chars.count && chars[i] != "}" { i += 1 }   // a quantifier's {2,5}
            } else if c == "(" {
                depth += 1
            } else if c == ")" {
                depth -= 1
            } else if c == "|" {
                if depth == 0 { return nil }
            } else if depth == 0, candidate == nil, c.isASCII, !c.isLetter, !c.isNumber, !c.isWhitespace,
                      !"^$.?*+{}".contains(c), !optional(after: i + 1) {
                candidate = c
            }
            i += 1
        }
        return candidate.map { LiteralPattern(bytes: Array(String($0).utf8)) }
    }

    /// `pattern` split at its top-level `|` (not inside groups, classes or after a backslash).
    static func topLevelAlternatives(_ pattern: String) -> [String] {
        var parts: [String] = [], current = ""
        var depth = 0, inClass = false, escaped = false
        for c in pattern {
            if escaped { escaped = false; current.append(c); continue }
            switch c {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0:
                parts.append(current); current = ""; continue
            default: break
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    func occurs(in text: String) -> Bool {
        var t = text
        return t.withUTF8 { hay in
            bytes.withUnsafeBufferPointer { needle in
                let n = needle.count
                guard hay.count >= n, let base = hay.baseAddress else { return false }
                let first = Int32(needle[0])
                var from = 0
                // memchr finds candidates for the first byte (vectorized in libc); compare the rest.
                while from <= hay.count - n,
                      let found = memchr(base + from, first, hay.count - n + 1 - from) {
                    let i = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    if n == 1 || memcmp(base + i + 1, needle.baseAddress! + 1, n - 1) == 0 { return true }
                    from = i + 1
                }
                return false
            }
        }
    }
}
