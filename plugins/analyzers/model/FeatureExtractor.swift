import EarshotClassify
import EarshotCore
import EarshotSentiment
import Foundation

/// Turns text into hashed, counted features: the tokenizer and hashing the classifier uses.
///
/// Tokens are lowercased and accent-folded (NFKD, combining marks dropped); apostrophes
/// inside words vanish (`don't` = `dont`); letters repeated three or more times are cut to
/// two (`sooooo` = `soo`). `@handles` become the single token ``handleToken`` and URLs
/// ``urlToken``, so no particular account or link can decide a label; a number becomes
/// ``numberToken`` and digits inside words become `0` (`2nd` → `0nd`). Runs of `?` and `!`
/// and emoji are tokens of their own; other punctuation separates tokens.
///
/// Features are word unigrams and bigrams, optionally signal features (what the sentiment
/// engine and the default rules say, see ``signals``) and character n-grams inside each
/// word (padded with `<` and `>`), hashed with a fixed function (FNV-1a 64 + a 64-bit
/// finalizer) into `2^featureBits` buckets, so the same text gives the same features in
/// every process and on every machine.
public struct FeatureExtractor: Sendable, Equatable {
    public static let handleToken = "@user"
    public static let urlToken = "<url>"
    public static let numberToken = "<num>"

    public var featureBits: Int
    public var wordBigrams: Bool
    /// Character n-gram lengths inside words, or `nil` for none.
    public var charNgrams: ClosedRange<Int>?

    /// Signal features: what Earshot's own analyzers already know about the text, as a few
    /// extra word features (see ``signalTokens(_:tokens:)``). They carry prior knowledge into
    /// small training sets; they come from the built-in sentiment lexicon and the default
    /// `classify` rule pack of the running build, so a model should be retrained when those change.
    public var signals: Bool

    public init(featureBits: Int = 18, wordBigrams: Bool = true, charNgrams: ClosedRange<Int>? = nil, signals: Bool = false) {
        self.featureBits = featureBits
        self.wordBigrams = wordBigrams
        self.charNgrams = charNgrams
        self.signals = signals
    }

    /// Identifies what signal features are computed from — the built-in lexicon, the sentiment
    /// engine's rules and the default rule pack — as 16 hex digits (FNV-1a 64 over the sorted
    /// lexicon, `SentimentEngine.rulesRevision` and the pack's YAML). Computed once, at first use.
    public static let signalSourcesFingerprint: String = {
        let rules = FNV1a.hash("sentiment rules \(SentimentEngine.rulesRevision)".utf8, seed: lexicon.fingerprint)
        let h = FNV1a.hash(DefaultRules.yaml.utf8, seed: rules)
        return Hex.string(withUnsafeBytes(of: h.bigEndian) { Array($0) })
    }()

    private static let sentimentEngine = SentimentEngine()
    private static let lexicon = SentimentLexicon.builtIn
    /// The default rule pack; empty (no rule features) if it ever failed to parse, which its
    /// own tests rule out.
    private static let defaultRules = ClassifyAnalyzer(rules: (try? ClassifyPlugin.defaultRules.get()) ?? [])

    /// The signal features of a text, as pseudo-words that no tokenizer output can spell
    /// (they contain `<`): the sentiment engine's compound in ninths of −1…1
    /// (`<compound:-2>`), its negative and positive shares in fifths, one `<lexneg>` or
    /// `<lexpos>` per word the lexicon rates at −1 or below / +1 or above, and one
    /// `<rule:LABEL>` per default rule that fires (`<rule:intent/complaint>`).
    static func signalTokens(_ text: String, tokens: [String]) -> [String] {
        let s = sentimentEngine.score(text)
        var out = [
            "<compound:\(Int((s.compound * 4).rounded()))>",
            "<negshare:\(Int((s.negative * 5).rounded()))>",
            "<posshare:\(Int((s.positive * 5).rounded()))>",
        ]
        for token in tokens {
            guard let v = lexicon.valence(of: token) else { continue }
            if v <= -1 { out.append("<lexneg>") } else if v >= 1 { out.append("<lexpos>") }
        }
        var analysis = Analysis()
        analysis.sentiment = Sentiment(s)
        defaultRules.apply(text: text, title: nil, &analysis)
        for entry in analysis.labelEntries { out.append("<rule:\(entry.label)>") }
        return out
    }

    /// A hashed feature and how often it occurs in one text.
    public struct Entry: Sendable, Equatable {
        public var bucket: UInt32
        public var count: Int32
    }

    /// Word features (unigrams, bigrams) and character features, each sorted by bucket.
    public struct Counts: Sendable, Equatable {
        public var words: [Entry]
        public var chars: [Entry]
    }

    /// The counted features of `text`.
    public func counts(_ text: String) -> Counts {
        let (toks, masked) = tokenize(text, masking: signals)
        let shift = UInt64(64 - featureBits)
        var words: [UInt32] = []
        words.reserveCapacity(toks.count * 2)
        var previous: UInt64? = nil
        var chars: [UInt32] = []
        for token in toks {
            let h = FNV1a.hash(token.utf8)
            words.append(UInt32(truncatingIfNeeded: Self.mix(h ^ 0x1111) >> shift))
            if wordBigrams, let p = previous {
                words.append(UInt32(truncatingIfNeeded: Self.mix(p &* 0x9E37_79B9_7F4A_7C15 ^ h ^ 0x2222) >> shift))
            }
            previous = h
            if let range = charNgrams, Self.isWord(token) {
                // The token's scalars between `<` and `>`, without a heap array per token.
                let length = token.unicodeScalars.count + 2
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: length) { scalars in
                    scalars[0] = 0x3C
                    var i = 1
                    for c in token.unicodeScalars { scalars[i] = c.value; i += 1 }
                    scalars[i] = 0x3E
                    for n in range where n <= length {
                        for start in 0...(length - n) {
                            var g = FNV1a.offsetBasis ^ UInt64(n)
                            for k in start..<(start + n) { g = FNV1a.step(g, UInt64(scalars[k])) }
                            chars.append(UInt32(truncatingIfNeeded: Self.mix(g ^ 0x3333) >> shift))
                        }
                    }
                }
            }
        }
        if signals {
            for token in Self.signalTokens(masked, tokens: toks) {
                words.append(UInt32(truncatingIfNeeded: Self.mix(FNV1a.hash(token.utf8) ^ 0x1111) >> shift))
            }
        }
        return Counts(words: Self.countSorted(&words), chars: Self.countSorted(&chars))
    }

    /// The normalized tokens of `text`, placeholders included; what the features are built from.
    public func tokens(_ text: String) -> [String] {
        tokenize(text, masking: false).tokens
    }

    /// The tokens, and with `masking` the text itself with every `@handle` and URL replaced
    /// by a space (what signal features are computed from, so a handle or a link cannot
    /// decide them either); without `masking` the second value is empty.
    func tokenize(_ text: String, masking: Bool) -> (tokens: [String], masked: String) {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var urls = URLFinder(s)
        var out: [String] = []
        // An array, made a string at the end: appending to a String.UnicodeScalarView piece by
        // piece took time growing with the square of the handles and links in the text.
        var masked: [Unicode.Scalar] = []
        if masking { masked.reserveCapacity(n) }
        var copied = 0   // s[..<copied] is accounted for in `masked`
        func mask(_ from: Int, _ to: Int) {
            guard masking else { return }
            masked.append(contentsOf: s[copied..<from])
            masked.append(" ")
            copied = to
        }
        var i = 0
        while i < n {
            let c = s[i]
            let atBoundary = i == 0 || !Self.isWordScalar(s[i - 1])
            if c == "@", atBoundary, i + 1 < n, Self.isHandleScalar(s[i + 1]) {
                let start = i
                i += 1
                while i < n, Self.isHandleScalar(s[i]) { i += 1 }
                out.append(Self.handleToken)
                mask(start, i)
                continue
            }
            if atBoundary, Self.isWordScalar(c), let end = urls.end(from: i) {
                out.append(Self.urlToken)
                mask(i, end)
                i = end
                continue
            }
            if Self.isWordScalar(c) {
                var word = String.UnicodeScalarView()
                while i < n {
                    let d = s[i]
                    if Self.isWordScalar(d) {
                        word.append(d)
                    } else if (d == "'" || d == "\u{2019}"), i + 1 < n, Self.isWordScalar(s[i + 1]) {
                        // Inside a word: dropped, so "don't" and "dont" meet.
                    } else if (d == "." || d == ","), i + 1 < n, let last = word.last,
                              Self.isNumeric(last), Self.isNumeric(s[i + 1]) {
                        // Decimal or thousands separator between digits: the number stays one token.
                    } else {
                        break
                    }
                    i += 1
                }
                out.append(Self.normalizeWord(String(word)))
                continue
            }
            if c == "?" || c == "!" {
                var question = false, bang = false
                while i < n, s[i] == "?" || s[i] == "!" {
                    if s[i] == "?" { question = true } else { bang = true }
                    i += 1
                }
                if question { out.append("?") }
                if bang { out.append("!") }
                continue
            }
            if !c.isASCII && c.properties.isEmojiPresentation {   // no ASCII character is
                out.append(String(c))
            }
            i += 1
        }
        guard masking else { return (out, "") }
        masked.append(contentsOf: s[copied..<n])
        return (out, String(String.UnicodeScalarView(masked)))
    }

    // MARK: - Pieces

    static func isWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return isWordScalar(first) && token != numberToken
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Whether the scalar has a Unicode numeric type; in ASCII only the digits do, which is
    /// answered without the (slow) property lookup.
    @inline(__always)
    static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c.value >= 0x30 && c.value <= 0x39) : c.properties.numericType != nil
    }

    /// Unicode's White_Space property; in ASCII: tab, line feed, vertical tab, form feed,
    /// carriage return and space.
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D)) : c.properties.isWhitespace
    }

    static func isHandleScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.isASCII && isWordScalar(c))
    }

    /// Where a URL starting at `i` ends (the next whitespace), or `nil` if none starts there.
    ///
    /// A URL is `scheme://…`, `www.…`, or a bare `host.tld/…` (as in `bit.ly/x`). One call
    /// reads the whole run of non-whitespace; a tokenizer asks at every word start, so it uses
    /// a ``URLFinder``, which reads each run once.
    static func urlEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var finder = URLFinder(s)
        return finder.end(from: i)
    }

    /// `urlEnd` for a tokenizer's questions at rising positions of one text: what it learned
    /// about the current run of non-whitespace (where it ends, where its next `/` is, which starts
    /// cannot begin a bare host) is kept, so a long run with many word starts ("a.a.a.a…", 400 KB
    /// took 38 s) is read a bounded number of times rather than once per start.
    struct URLFinder {
        let s: [Unicode.Scalar]
        private var runEnd = -1          // end of the run of non-whitespace being read
        private var slash = -1           // the first "/" at or after the last start asked, or runEnd
        private var noHostBefore = -1    // starts below this (in the run) begin no bare host

        init(_ s: [Unicode.Scalar]) { self.s = s }

        /// The end of the URL starting at `i`, or nil; `i` must not fall below an earlier call's.
        mutating func end(from i: Int) -> Int? {
            if i >= runEnd {
                var e = i
                while e < s.count, !FeatureExtractor.isWhitespace(s[e]) { e += 1 }
                runEnd = e; slash = -1; noHostBefore = -1
            }
            let end = runEnd
            guard end - i >= 5 else { return nil }
            if hasPrefix("www.", at: i) { return end }
            if slash < i {
                slash = i
                while slash < end, s[slash] != "/" { slash += 1 }
            }
            guard slash < end else { return nil }
            if hasPrefix("http://", at: i) || hasPrefix("https://", at: i) { return end }
            // Bare host with a path: letters/digits/dots/hyphens containing a dot, then "/".
            guard i >= noHostBefore else { return nil }
            var lastDot = -1
            for k in i..<slash {
                let c = s[k]
                guard c.isASCII, FeatureExtractor.isWordScalar(c) || c == "." || c == "-" else {
                    noHostBefore = k + 1   // every start up to here has this character in its host
                    return nil
                }
                if c == "." { lastDot = k }
            }
            // Later starts before the slash share this host's last label, or have no dot.
            let tld = lastDot + 1
            guard lastDot > i, slash - tld >= 2, s[tld..<slash].allSatisfy({ $0.properties.isAlphabetic }) else {
                noHostBefore = slash
                return nil
            }
            return end
        }

        /// Whether `s` has the ASCII `prefix` at `i`, ignoring case.
        private func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard i + n <= s.count else { return false }
            return prefix.withUTF8Buffer { p in
                (0..<n).allSatisfy { k in
                    let c = s[i + k]
                    return c.isASCII && (UInt8(c.value) | (p[k] >= 0x61 ? 0x20 : 0)) == p[k]
                }
            }
        }
    }

    /// A word as features see it: lower case and accent-folded, `<num>` for a number, a digit
    /// run as `0`, letters repeated three or more times cut to two.
    static func normalizeWord(_ word: String) -> String {
        var w = word
        let ascii: String? = w.withUTF8 { bytes in
            bytes.allSatisfy({ $0 < 0x80 }) ? normalizeASCII(bytes) : nil
        }
        return ascii ?? normalizeGeneral(word)
    }

    /// `normalizeGeneral` for ASCII bytes, without Unicode lookups or intermediate strings.
    static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var hasDigit = false, allDigits = true
        for b in bytes {
            if isDigit(b) { hasDigit = true } else if b != 0x2E && b != 0x2C { allDigits = false }
        }
        if hasDigit && allDigits { return numberToken }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { out in
            var n = 0
            var previous: UInt8? = nil
            var run = 0
            for raw in bytes {
                let c = raw &- 65 < 26 ? raw | 0x20 : raw
                if isDigit(c) {
                    if !(previous.map(isDigit) ?? false) { out[n] = 0x30; n += 1 }
                    previous = c
                    run = 0
                    continue
                }
                if c == previous { run += 1 } else { run = 1 }
                previous = c
                if run <= 2 { out[n] = c; n += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }

    /// The reference normalization, for any text.
    static func normalizeGeneral(_ word: String) -> String {
        var folded: String
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = word.lowercased()
        } else {
            let decomposed = UnicodeNormalization.compatibilityDecomposed(word.lowercased())
            var view = String.UnicodeScalarView()
            for c in decomposed.unicodeScalars where c.properties.generalCategory != .nonspacingMark {
                view.append(c)
            }
            folded = String(view).lowercased()
        }
        // Numbers and digit runs.
        var hasDigit = false, allDigits = true
        for c in folded.unicodeScalars {
            if isNumeric(c) { hasDigit = true } else if c != "." && c != "," { allDigits = false }
        }
        if hasDigit && allDigits { return numberToken }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        var run = 0
        for c in folded.unicodeScalars {
            if isNumeric(c) {
                if !(previous.map(isNumeric) ?? false) { out.append("0") }
                previous = c
                run = 0
                continue
            }
            if c == previous { run += 1 } else { run = 1 }
            previous = c
            if run <= 2 { out.append(c) }
        }
        return String(out)
    }

    /// The MurmurHash3 64-bit finalizer: spreads every input bit over the output.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xff51_afd7_ed55_8ccd
        z = (z ^ (z >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return z ^ (z >> 33)
    }

    /// Sorts ascending by 8-bit digits, least significant first, as many passes as the largest
    /// value needs (three for the default 2^18 buckets): a text's few hundred hashed features
    /// sort several times faster than with the comparison sort. Short arrays use that sort.
    static func radixSort(_ values: inout [UInt32]) {
        guard values.count > 64 else { values.sort(); return }
        let largest = values.max()!
        var scratch = [UInt32](repeating: 0, count: values.count)
        var shift: UInt32 = 0
        while shift < 32 && (shift == 0 || largest >> shift != 0) {
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                counts.initialize(repeating: 0)
                for v in values { counts[Int((v >> shift) & 0xFF)] += 1 }
                var total = 0
                for digit in 0..<256 {
                    let c = counts[digit]
                    counts[digit] = total
                    total += c
                }
                for v in values {
                    let digit = Int((v >> shift) & 0xFF)
                    scratch[counts[digit]] = v
                    counts[digit] += 1
                }
            }
            swap(&values, &scratch)
            shift += 8
        }
    }

    static func countSorted(_ buckets: inout [UInt32]) -> [Entry] {
        radixSort(&buckets)
        var out: [Entry] = []
        out.reserveCapacity(buckets.count)
        for b in buckets {
            if let last = out.last, last.bucket == b {
                out[out.count - 1].count += 1
            } else {
                out.append(Entry(bucket: b, count: 1))
            }
        }
        return out
    }
}
