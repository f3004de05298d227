import EarshotCore
import HeapModule

/// Rule-based sentence sentiment in the VADER family (Hutto & Gilbert, ICWSM 2014).
///
/// The engine splits a text on whitespace, strips punctuation around each token (unless
/// that leaves two characters or fewer, which keeps emoticons such as `:)` whole), rates
/// tokens from its lexicon and adjusts each rating by the published rules: boosters and
/// dampeners, capitals, negation, "but", "least", idioms and punctuation emphasis. Emoji
/// are first replaced by their descriptions, which the lexicon then rates.
///
/// Beyond the published rules, a word the lexicon does not know that is written with a held
/// letter ("goooood", "SOOO", "yesss") is looked up with the letter shortened (`lengthening`,
/// on by default; social text lengthens words for emphasis, Brody & Diakopoulos, EMNLP 2011).
///
/// Work is done on the UTF-8 bytes with one precomputed hash table, so scoring allocates
/// nothing for ASCII text. An engine is immutable and can be shared between tasks. It is
/// meant for sentences and short posts; long texts are scored as one bag of rated words.
public struct SentimentEngine: Sendable {
    /// Raised whenever a rule change alters what the engine gives for a text with the same
    /// lexicon, so that models trained on its scores (the `model` analyzer's signal
    /// features) can tell they were trained on other scores. 2: held letters (`lengthening`).
    public static let rulesRevision = 2

    let table: SentimentTable
    /// Whether a word written with a held letter ("goooood") is rated as its plain spelling.
    public let lengthening: Bool

    /// Builds an engine; `emoji` maps single emoji (one Unicode scalar) to an English
    /// description, replacing the built-in table (keys of several scalars are ignored).
    public init(lexicon: SentimentLexicon = .builtIn, emoji: [String: String]? = nil, lengthening: Bool = true) {
        table = SentimentTable(lexicon: lexicon, emoji: emoji ?? SentimentEngine.builtInEmoji)
        self.lengthening = lengthening
    }

    /// Scores one text; empty or whitespace-only text scores all zero.
    public func score(_ text: String) -> SentimentScores {
        var text = text
        return text.withUTF8 { score(utf8: $0) }
    }

    /// Scores a text given as UTF-8 bytes (which must be valid UTF-8).
    public func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        if let plain = Self.asciiQuotes(bytes) {
            return plain.withUnsafeBufferPointer { scoreASCIIQuoted($0) }
        }
        return scoreASCIIQuoted(bytes)
    }

    /// The text with typographic single quotes (‘ U+2018, ’ U+2019, as phone keyboards type
    /// "don’t") made ASCII apostrophes, or nil when it has none: the rules read `n't`,
    /// the lexicon's keys and the punctuation around words in ASCII. (vaderSentiment itself
    /// reads "don’t" as no negation; its reference corpora have no such quote, so the
    /// agreement with it there is unchanged.)
    static func asciiQuotes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !isASCII(text) else { return nil }
        var out: [UInt8]?
        var i = 0
        let n = text.count
        while i < n {
            if text[i] == 0xE2, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0x98 || text[i + 2] == 0x99 {
                if out == nil { out = Array(text[0..<i]); out!.reserveCapacity(n) }
                out!.append(UInt8(ascii: "'"))
                i += 3
                continue
            }
            out?.append(text[i])
            i += 1
        }
        return out
    }

    private func scoreASCIIQuoted(_ bytes: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        if let translated = translateEmoji(bytes) {
            return translated.withUnsafeBufferPointer { scoreTranslated($0) }
        }
        return scoreTranslated(bytes)
    }

    // MARK: - Emoji

    /// The text with each emoji replaced by its description, or nil when it has none.
    ///
    /// A description is preceded by a space unless the text already had one there, and is
    /// not followed by one (as in the reference implementation).
    func translateEmoji(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let minLead = table.emojiMinLeadByte
        // `hasEmoji`, not `emoji.isEmpty`: reading the dictionary out of the table costs a retain
        // and a release, and most texts have no emoji to look up.
        guard table.hasEmoji else { return nil }
        if minLead >= 0x80 && Self.isASCII(text) { return nil }
        guard text.contains(where: { $0 >= minLead }) else { return nil }
        var out: [UInt8]?
        var previousWasSpace = true
        var i = 0
        let n = text.count
        while i < n {
            let lead = text[i]
            let length: Int
            var scalar: UInt32
            if lead < 0x80 {
                length = 1; scalar = UInt32(lead)
            } else if lead < 0xE0 {
                length = 2; scalar = UInt32(lead & 0x1F)
            } else if lead < 0xF0 {
                length = 3; scalar = UInt32(lead & 0x0F)
            } else {
                length = 4; scalar = UInt32(lead & 0x07)
            }
            if length > 1 {
                for k in 1..<min(length, n - i) { scalar = scalar << 6 | UInt32(text[i + k] & 0x3F) }
            }
            if lead >= minLead, let description = table.emoji[scalar] {
                if out == nil {
                    out = Array(text[0..<i])
                    out!.reserveCapacity(n + 64)
                }
                if !previousWasSpace { out!.append(0x20) }
                out!.append(contentsOf: description)
                previousWasSpace = false
            } else {
                if out != nil { out!.append(contentsOf: text[i..<min(i + length, n)]) }
                previousWasSpace = lead == 0x20
            }
            i += length
        }
        return out
    }

    // MARK: - Tokens

    struct Token {
        var valence: Double
        var word: UInt8
        var flags: UInt8

        /// The booster or dampener increment (0 for other words): it follows from the flags.
        @inline(__always) var booster: Double {
            !isBooster ? 0
                : flags & SentimentTable.isDampener != 0 ? SentimentRules.dampenerIncrement : SentimentRules.boosterIncrement
        }

        @inline(__always) var inLexicon: Bool { flags & SentimentTable.inLexicon != 0 }
        @inline(__always) var isBooster: Bool { flags & SentimentTable.isBooster != 0 }
        @inline(__always) var isNegation: Bool { flags & SentimentTable.isNegator != 0 }
        @inline(__always) var isUpper: Bool { flags & SentimentTable.isUpper != 0 }
        @inline(__always) var isPhraseWord: Bool { flags & SentimentTable.isPhraseWord != 0 }
        @inline(__always) func `is`(_ w: SentimentRules.Word) -> Bool { word == w.rawValue }
    }

    /// Whether every byte is below 0x80, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var seen: UInt64 = 0
        while i + 8 <= bytes.count {
            seen |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            seen |= UInt64(bytes[i])
            i += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// Python's `str.isspace` for the character at `i`: its UTF-8 length, or 0.
    @inline(__always)
    static func whitespaceLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b < 0x80 {
            return (b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)) ? 1 : 0
        }
        let n = t.count
        switch b {
        case 0xC2:
            return i + 1 < n && (t[i + 1] == 0x85 || t[i + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return i + 2 < n && t[i + 1] == 0x9A && t[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let b1 = t[i + 1], b2 = t[i + 2]
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
            return 0
        case 0xE3:
            return i + 2 < n && t[i + 1] == 0x80 && t[i + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// ASCII punctuation as in Python's `string.punctuation`.
    @inline(__always)
    static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// Per byte, which of the tokenizer's questions it answers yes to (`ByteClass` bits).
    /// Allocated once and never freed (256 bytes), so the hot loop reads it without bounds
    /// checks or retains; never written after initialization.
    nonisolated(unsafe) static let byteClasses: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 { table[value] = byteClass(of: UInt8(value)) }
        return UnsafePointer(table)
    }()

    private static func byteClass(of b: UInt8) -> UInt8 {
        var c: UInt8 = 0
        if b >= 0x80 { c |= ByteClass.high }
        if b < 0x80 && (b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)) { c |= ByteClass.space }
        if isPunctuation(b) { c |= ByteClass.punctuation }
        if b &- 65 < 26 { c |= ByteClass.upper }
        if b &- 97 < 26 { c |= ByteClass.lower }
        if b == 0x21 { c |= ByteClass.exclamation }
        if b == 0x3F { c |= ByteClass.question }
        if b == 0x27 { c |= ByteClass.apostrophe }
        return c
    }

    enum ByteClass {
        static let space: UInt8 = 1
        static let punctuation: UInt8 = 2
        static let upper: UInt8 = 4
        static let lower: UInt8 = 8
        /// Part of a multi-byte character (which may still be whitespace, see `whitespaceLength`).
        static let high: UInt8 = 16
        static let exclamation: UInt8 = 32
        static let question: UInt8 = 64
        static let apostrophe: UInt8 = 128
    }

    /// Classifies the token `t[start..<end]`; `classes` is `byteClasses`.
    @inline(__always)
    func classify(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ classes: UnsafePointer<UInt8>) -> Token {
        var s = start, e = end
        while s < e && classes[Int(t[s])] & ByteClass.punctuation != 0 { s += 1 }
        while e > s && classes[Int(t[e - 1])] & ByteClass.punctuation != 0 { e -= 1 }
        if s != start || e != end {   // most words have no punctuation around them to count past
            var scalars = 0
            for i in s..<e where t[i] & 0xC0 != 0x80 {
                scalars += 1
                if scalars > 2 { break }
            }
            if scalars <= 2 { s = start; e = end }
        }

        var seen: UInt8 = 0
        var hash: UInt32 = 2_166_136_261
        var i = s
        while i < e {
            let b = t[i]
            seen |= classes[Int(b)]
            hash = (hash ^ UInt32(SentimentTable.asciiLower(b))) &* 16_777_619
            i += 1
        }
        // "n't" makes a word a negator; only a word with an apostrophe can have it.
        let nt = seen & ByteClass.apostrophe != 0 && Self.hasNT(t, s, e)
        var upper = seen & ByteClass.upper != 0, lower = seen & ByteClass.lower != 0
        let base = t.baseAddress! + s
        var index: Int
        if seen & ByteClass.high == 0 {
            index = table.lookup(base, e - s, hash: hash)
            if index < 0 && lengthening && e - s >= 4 { index = lookupShortened(base, e - s) }
        } else {
            let word = String(decoding: UnsafeBufferPointer(start: base, count: e - s), as: UTF8.self)
            var lowered = word.lowercased()
            // Keys are composed (NFC); a word typed with combining accents (U+0300–U+036F, lead
            // bytes 0xCC and 0xCD: "cafe" + U+0301) is composed to find them.
            if UnsafeBufferPointer(start: base, count: e - s).contains(where: { $0 == 0xCC || $0 == 0xCD }) {
                lowered = UnicodeNormalization.composed(lowered)
            }
            index = lowered.withUTF8 { table.lookup($0.baseAddress!, $0.count) }
            (upper, lower) = Self.pythonCase(word)
        }
        var token: Token
        if index >= 0 {
            let entry = table.entries[index]
            token = Token(valence: entry.valence, word: entry.word, flags: entry.flags)
        } else {
            token = Token(valence: 0, word: 0, flags: 0)
        }
        if nt { token.flags |= SentimentTable.isNegator }
        if upper && !lower { token.flags |= SentimentTable.isUpper }
        return token
    }

    /// The lexicon entry of an ASCII word written with a letter held ("goooood", "sooo",
    /// "yesss"), or -1: runs of three or more of the same letter are shortened to two, and if
    /// that is no key, to one. Only for words no key matches as written, so a lexicon can
    /// still rate a lengthened spelling itself. Words of fewer than 4 or more than 64 bytes are
    /// not tried ("zzz" has nothing to shorten to).
    /// What it cannot do: mixed runs ("loovvee", where doubles would have to go too), two held
    /// letters that need different lengths ("cooolll": every run is cut alike, to "cooll" or "col")
    /// and doubled letters that are errors ("yess") are left unknown.
    @inline(__always)
    func lookupShortened(_ word: UnsafePointer<UInt8>, _ count: Int) -> Int {
        guard count <= 64 else { return -1 }
        // Most unknown words have no letter written three times in a row: a plain scan rules
        // them out ("1000" too; case is compared in `shortened`, a held letter is rarely of mixed case).
        var beforePrevious = word[0], previous = word[1]
        var k = 2
        while k < count {
            let b = word[k]
            if b == previous && b == beforePrevious && (b | 0x20) &- 0x61 < 26 { return shortened(word, count) }
            beforePrevious = previous
            previous = b
            k += 1
        }
        return -1
    }

    @inline(never)
    func shortened(_ word: UnsafePointer<UInt8>, _ count: Int) -> Int {
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            let out = buffer.baseAddress!
            // a held letter kept twice first ("goood" → good), then once ("sooo" → so)
            for held in stride(from: 2, through: 1, by: -1) {
                var n = 0, i = 0
                while i < count {
                    let lower = SentimentTable.asciiLower(word[i])
                    var j = i + 1
                    if lower >= 0x61 && lower <= 0x7A {
                        while j < count && SentimentTable.asciiLower(word[j]) == lower { j += 1 }
                    }
                    let copy = j - i >= 3 ? held : j - i
                    for c in 0..<copy { out[n + c] = word[i + c] }
                    n += copy
                    i = j
                }
                let index = table.lookup(out, n)
                if index >= 0 { return index }
            }
            return -1
        }
    }

    /// Whether `t[s..<e]` contains "n't" (any case).
    static func hasNT(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i + 2 < e {
            if (t[i] | 0x20) == 0x6E, t[i + 1] == 0x27, (t[i + 2] | 0x20) == 0x74 { return true }
            i += 1
        }
        return false
    }

    /// Whether a word has cased characters and lowercase or titlecase ones, as Python's `isupper` sees them.
    static func pythonCase(_ word: String) -> (upper: Bool, lower: Bool) {
        var upper = false, lower = false
        for scalar in word.unicodeScalars {
            let p = scalar.properties
            if p.isLowercase || p.generalCategory == .titlecaseLetter { lower = true }
            else if p.isUppercase { upper = true }
        }
        return (upper, lower)
    }

    // MARK: - Rules

    func scoreTranslated(_ t: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        guard !t.isEmpty else { return .zero }
        let capacity = t.count / 2 + 1
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: capacity) { tokens in
            var n = 0
            var upperCount = 0
            var exclamations = 0
            var questions = 0
            var i = 0
            let end = t.count
            let classes = Self.byteClasses
            while i < end {
                let c = classes[Int(t[i])]
                if c & ByteClass.space != 0 { i += 1; continue }
                if c & ByteClass.high != 0 {
                    let w = Self.whitespaceLength(t, i)
                    if w > 0 { i += w; continue }
                }
                let start = i
                while i < end {
                    let c = classes[Int(t[i])]
                    if c & (ByteClass.space | ByteClass.high | ByteClass.exclamation | ByteClass.question) != 0 {
                        if c & ByteClass.space != 0 { break }
                        if c & ByteClass.exclamation != 0 {
                            exclamations += 1
                        } else if c & ByteClass.question != 0 {
                            questions += 1
                        } else if Self.whitespaceLength(t, i) > 0 {
                            break
                        }
                    }
                    i += 1
                }
                let token = classify(t, start, i, classes)
                if token.isUpper { upperCount += 1 }
                tokens.baseAddress!.advanced(by: n).initialize(to: token)
                n += 1
            }
            guard n > 0 else { return .zero }
            let capsDiffer = upperCount > 0 && upperCount < n
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { sentiments in
                let w = UnsafeBufferPointer(rebasing: tokens[0..<n])
                for k in 0..<n {
                    sentiments[k] = valence(at: k, w, capsDiffer)
                }
                applyBut(w, sentiments)
                return finish(UnsafeBufferPointer(rebasing: sentiments[0..<n]), exclamations, questions)
            }
        }
    }

    /// The rule-adjusted valence of token `i`.
    @inline(__always)
    func valence(at i: Int, _ w: UnsafeBufferPointer<Token>, _ capsDiffer: Bool) -> Double {
        let n = w.count
        let item = w[i]
        if item.isBooster { return 0 }
        if item.is(.kind) && i + 1 < n && w[i + 1].is(.of) { return 0 }
        guard item.inLexicon else { return 0 }
        let rated = item.valence
        var v = rated
        if item.is(.no) && i != n - 1 && w[i + 1].inLexicon { v = 0 }
        if (i > 0 && w[i - 1].is(.no)) || (i > 1 && w[i - 2].is(.no))
            || (i > 2 && w[i - 3].is(.no) && (w[i - 1].is(.or) || w[i - 1].is(.nor))) {
            v = rated * SentimentRules.negationScalar
        }
        if item.isUpper && capsDiffer {
            v += v > 0 ? SentimentRules.capsIncrement : -SentimentRules.capsIncrement
        }
        for distance in 0..<3 where i > distance {
            let modifier = w[i - distance - 1]
            if modifier.inLexicon { continue }
            var s = 0.0
            if modifier.isBooster {
                s = v < 0 ? -modifier.booster : modifier.booster
                if modifier.isUpper && capsDiffer {
                    s += v > 0 ? SentimentRules.capsIncrement : -SentimentRules.capsIncrement
                }
                if distance == 1 { s *= 0.95 } else if distance == 2 { s *= 0.9 }
            }
            v += s
            v = negation(v, distance, i, w)
            if distance == 2 { v = idioms(v, i, w) }
        }
        // "least" negates unless in "at least" / "very least"
        if i > 0 && !w[i - 1].inLexicon && w[i - 1].is(.least) {
            if i == 1 || !(w[i - 2].is(.at) || w[i - 2].is(.very)) {
                v *= SentimentRules.negationScalar
            }
        }
        return v
    }

    @inline(__always)
    func negation(_ v: Double, _ distance: Int, _ i: Int, _ w: UnsafeBufferPointer<Token>) -> Double {
        switch distance {
        case 0:
            return w[i - 1].isNegation ? v * SentimentRules.negationScalar : v
        case 1:
            if w[i - 2].is(.never) && (w[i - 1].is(.so) || w[i - 1].is(.this)) { return v * 1.25 }
            if w[i - 2].is(.without) && w[i - 1].is(.doubt) { return v }
            return w[i - 2].isNegation ? v * SentimentRules.negationScalar : v
        default:
            // As published, "so"/"this" right before the word also counts as "never so/this".
            if (w[i - 3].is(.never) && (w[i - 2].is(.so) || w[i - 2].is(.this)))
                || w[i - 1].is(.so) || w[i - 1].is(.this) {
                return v * 1.25
            }
            if w[i - 3].is(.without) && (w[i - 2].is(.doubt) || w[i - 1].is(.doubt)) { return v }
            return w[i - 3].isNegation ? v * SentimentRules.negationScalar : v
        }
    }

    /// Special idioms around word `i` (`i > 2`) and two-word dampeners before it.
    @inline(__always)
    func idioms(_ valence: Double, _ i: Int, _ w: UnsafeBufferPointer<Token>) -> Double {
        guard w[i].isPhraseWord || w[i - 1].isPhraseWord || w[i - 2].isPhraseWord || w[i - 3].isPhraseWord
        else { return valence }
        let n = w.count
        var v = valence
        let c = w[i].word, p1 = w[i - 1].word, p2 = w[i - 2].word, p3 = w[i - 3].word
        if let idiom = table.idiom(p1, c) ?? table.idiom(p2, p1, c) ?? table.idiom(p2, p1)
            ?? table.idiom(p3, p2, p1) ?? table.idiom(p3, p2) {
            v = idiom
        }
        if i + 1 < n, let idiom = table.idiom(c, w[i + 1].word) { v = idiom }
        if i + 2 < n, let idiom = table.idiom(c, w[i + 1].word, w[i + 2].word) { v = idiom }
        if table.isDampenerPhrase(p3, p2) { v += SentimentRules.dampenerIncrement }
        if table.isDampenerPhrase(p2, p1) { v += SentimentRules.dampenerIncrement }
        return v
    }

    /// Contrastive "but": halves what comes before the first "but" and raises what follows by half.
    ///
    /// Reproduces the reference implementation exactly, including that each value is
    /// located by equality, so of two equal values the first receives the update.
    @inline(__always)
    func applyBut(_ w: UnsafeBufferPointer<Token>, _ s: UnsafeMutableBufferPointer<Double>) {
        guard let butIndex = w.firstIndex(where: { $0.is(.but) }) else { return }
        if w.count > Self.butScanLimit { return Self.applyBut(at: butIndex, indexed: s) }
        for k in 0..<w.count {
            let value = s[k]
            if value == 0 { continue }
            var at = 0
            while s[at] != value { at += 1 }
            if at < butIndex { s[at] = value * 0.5 } else if at > butIndex { s[at] = value * 1.5 }
        }
    }

    /// Up to this many words, `applyBut` searches for each value from the start (fastest for
    /// short texts); beyond, by `applyBut(at:indexed:)`, whose time grows as n log n rather than
    /// n² (a 1 MB mail with a "but" took 2 s, 5 MB 44 s).
    static let butScanLimit = 64

    /// `applyBut`'s updates, the same to the bit, with the positions that hold each value kept in
    /// a min-heap per value: the search from the start finds the smallest position holding the
    /// value, which is the heap's top; the update moves that position to its new value's heap.
    static func applyBut(at butIndex: Int, indexed s: UnsafeMutableBufferPointer<Double>) {
        var holders: [UInt64: Heap<Int>] = [:]   // value's bit pattern -> positions holding it
        for k in 0..<s.count where s[k] != 0 { holders[s[k].bitPattern, default: Heap()].insert(k) }
        for k in 0..<s.count {
            let value = s[k]
            if value == 0 { continue }
            // Position k holds the value, so its heap is there and its minimum is at most k.
            let at = holders[value.bitPattern]!.popMin()!
            let updated = at < butIndex ? value * 0.5 : at > butIndex ? value * 1.5 : value
            s[at] = updated
            holders[updated.bitPattern, default: Heap()].insert(at)
        }
    }

    @inline(__always)
    func finish(_ sentiments: UnsafeBufferPointer<Double>, _ exclamations: Int, _ questions: Int) -> SentimentScores {
        // One loop for the sum and the shares (each accumulator adds in the same order as two
        // loops would, so the results are the same to the bit; interleaved, the additions of
        // one do not wait on the other's).
        var sum = 0.0
        var positive = 0.0, negative = 0.0, neutral = 0.0
        for s in sentiments {
            sum += s
            if s > 0 { positive += s + 1 } else if s < 0 { negative += s - 1 } else { neutral += 1 }
        }
        var emphasis = Double(min(exclamations, SentimentRules.maxExclamations)) * SentimentRules.exclamationIncrement
        if questions > 1 {
            emphasis += questions <= 3 ? Double(questions) * SentimentRules.questionIncrement : SentimentRules.questionCap
        }
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = max(-1, min(1, sum / (sum * sum + SentimentRules.alpha).squareRoot()))

        if positive > -negative { positive += emphasis } else if positive < -negative { negative -= emphasis }
        let total = positive - negative + neutral
        return SentimentScores(compound: compound, positive: abs(positive / total),
                               neutral: abs(neutral / total), negative: abs(negative / total))
    }
}
