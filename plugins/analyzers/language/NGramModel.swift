import Foundation

/// One value per model language, in `NGramModel.languages` order; lanes past the last language are ignored.
typealias LanguageVector = SIMD8<Float>

/// Character 1–4-gram naive Bayes model over the Latin-script languages.
///
/// Built once, at first use, from the training text in `TrainingText`. N-grams never
/// cross a word boundary except through the single boundary id at either end of a word
/// (`" th"`, `"he "`). Each n-gram is a `UInt32` of up to four 8-bit letter ids.
///
/// Scoring is bound by memory, not arithmetic, so the tables are small and each lookup
/// touches one cache line: per n-gram the model keeps, for every language, how far its
/// log-probability lies below the best language's for that n-gram, in steps of
/// `1 / penaltyScale`, in one byte (a per-n-gram shift does not change which language
/// wins or the posteriors, which only depend on differences). 1- and 2-grams are found
/// in a direct table indexed by the key; 3- and 4-grams in an open-addressing table whose
/// 16-byte entries hold the key, the penalties and which languages saw the n-gram.
/// N-grams no language has seen are skipped when scoring. What this cannot do: tell
/// apart two languages by more than 255 / `penaltyScale` nats on a single n-gram (the
/// penalty saturates; with Lidstone smoothing that needs an n-gram seen about e^16 times
/// more often in one language than another, more than the training text holds).
final class NGramModel: Sendable {
    static let maxOrder = 4
    /// Additive (Lidstone) smoothing constant.
    static let smoothing: Double = 0.2
    /// Penalty steps per nat: quantization error at most 1/32 nat per n-gram.
    static let penaltyScale: Float = 16

    static let shared = NGramModel(training: TrainingText.all)

    /// What scoring one text yields.
    struct Scores {
        /// Summed log-probabilities of the text's known n-grams, per language, up to a
        /// shift shared by all languages (only differences between lanes mean anything).
        var logLikelihoods: LanguageVector {
            -LanguageVector(penalties) / NGramModel.penaltyScale
        }
        /// Summed quantized penalties per language (lower is likelier).
        var penalties = SIMD8<UInt32>()
        /// Per language, how many of the text's 3- and 4-grams it saw in training.
        var covered = SIMD8<Int32>()
        /// How many of the text's n-grams the model knows.
        var known = 0
        /// N-grams of order 3 or 4 in the text.
        var long = 0
        /// The `long` count at which the early stop is next checked.
        var nextCheck: Int

        init(stop: EarlyStop) { nextCheck = stop.minimumLong }
    }

    /// An open-addressing slot for a 3- or 4-gram; `key == 0` marks an empty slot (every
    /// n-gram key is non-zero).
    struct Entry {
        var key: UInt32 = 0
        /// Bit `i` is set when language `i` saw the n-gram in training.
        var seenBy: UInt8 = 0
        var penalties = SIMD8<UInt8>()
    }

    let languages: [String]
    private let slots: [Entry]
    /// Penalties of every 1- and 2-gram, indexed by the key itself; lane 7 is 1 when some
    /// language saw the n-gram (all lanes 0 otherwise), so it also counts known n-grams.
    private let shortGrams: [SIMD8<UInt8>]
    private let slotMask: Int
    private let shift: UInt32

    init(training: [(code: String, text: String)]) {
        precondition(training.count < LanguageVector.scalarCount,
                     "NGramModel holds \(LanguageVector.scalarCount - 1) languages (lane 7 marks known short n-grams)")
        languages = training.map(\.code)
        let languageCount = languages.count
        // Count in a scratch open-addressing table that doubles when half full, then copy
        // into a compact one.
        var scratchCapacity = 1 << 16
        var scratchMask = scratchCapacity - 1
        var scratchShift = UInt32(32 - scratchCapacity.trailingZeroBitCount)
        var scratch = [UInt64](repeating: 0, count: scratchCapacity)
        var gramKeys: [UInt32] = []
        var counts: [SIMD8<Int32>] = []
        var totals = [SIMD8<Int32>](repeating: SIMD8(), count: Self.maxOrder + 1)
        for (language, sample) in training.enumerated() {
            Self.forEachGram(in: sample.text) { key, order in
                var position = Self.hash(key, shift: scratchShift)
                var dense = -1
                while scratch[position] != 0 {
                    if UInt32(truncatingIfNeeded: scratch[position]) == key {
                        dense = Int(scratch[position] >> 32) - 1
                        break
                    }
                    position = (position + 1) & scratchMask
                }
                if dense < 0 {
                    dense = gramKeys.count
                    scratch[position] = UInt64(key) | UInt64(dense + 1) << 32
                    gramKeys.append(key)
                    counts.append(SIMD8())
                    if gramKeys.count * 2 > scratchCapacity {
                        scratchCapacity <<= 1
                        scratchMask = scratchCapacity - 1
                        scratchShift = UInt32(32 - scratchCapacity.trailingZeroBitCount)
                        scratch = [UInt64](repeating: 0, count: scratchCapacity)
                        for (existing, existingKey) in gramKeys.enumerated() {
                            var slot = Self.hash(existingKey, shift: scratchShift)
                            while scratch[slot] != 0 { slot = (slot + 1) & scratchMask }
                            scratch[slot] = UInt64(existingKey) | UInt64(existing + 1) << 32
                        }
                    }
                }
                counts[dense][language] += 1
                totals[order][language] += 1
            }
        }
        var distinct = [Double](repeating: 0, count: Self.maxOrder + 1)
        for key in gramKeys { distinct[Self.order(of: key)] += 1 }

        // log P(gram | language) = log(count + alpha) - log(N[order][language] + alpha * (V[order] + 1))
        let alpha = Self.smoothing
        var logDenominators = [[Double]](repeating: [Double](repeating: 0, count: languageCount), count: Self.maxOrder + 1)
        for order in 1...Self.maxOrder {
            for language in 0..<languageCount {
                logDenominators[order][language] = log(Double(totals[order][language]) + alpha * (distinct[order] + 1))
            }
        }

        var longCount = 0
        for key in gramKeys where Self.order(of: key) > 2 { longCount += 1 }
        var capacity = 16
        while capacity < longCount * 2 { capacity <<= 1 }
        slotMask = capacity - 1
        shift = UInt32(32 - capacity.trailingZeroBitCount)
        var table = [Entry](repeating: Entry(), count: capacity)
        var direct = [SIMD8<UInt8>](repeating: SIMD8(), count: 1 << 16)
        var logProbabilities = [Double](repeating: 0, count: languageCount)
        for (dense, key) in gramKeys.enumerated() {
            let order = Self.order(of: key)
            var seen: UInt8 = 0
            for language in 0..<languageCount {
                let count = counts[dense][language]
                if count > 0 { seen |= 1 << UInt8(language) }
                logProbabilities[language] = log(Double(count) + alpha) - logDenominators[order][language]
            }
            let best = logProbabilities.max()!
            var penalties = SIMD8<UInt8>()
            for language in 0..<languageCount {
                let steps = ((best - logProbabilities[language]) * Double(Self.penaltyScale)).rounded()
                penalties[language] = UInt8(min(255, steps))
            }
            if order <= 2 {
                penalties[7] = 1
                direct[Int(key)] = penalties
                continue
            }
            var position = Self.hash(key, shift: shift)
            while table[position].key != 0 { position = (position + 1) & slotMask }
            table[position] = Entry(key: key, seenBy: seen, penalties: penalties)
        }
        shortGrams = direct
        slots = table
    }

    /// Number of letter ids in an n-gram key.
    static func order(of key: UInt32) -> Int {
        (32 - key.leadingZeroBitCount + 7) / 8
    }

    @inline(__always)
    private static func hash(_ key: UInt32, shift: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift)
    }

    /// Calls `body` with every n-gram key of `text` and its order, in text order.
    static func forEachGram(in text: String, _ body: (UInt32, Int) -> Void) {
        withIDs(of: text) { ids, _ in
            forEachGram(ids: ids, body)
        }
    }

    /// Scans `text` and calls `body` with the letter ids and script counts, without
    /// allocating for texts that fit the stack.
    static func withIDs<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>, ScriptCounts) -> R) -> R {
        withUTF8(ofComposed: text) { bytes, composed in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
                let scan = TextScanner.scan(bytes, into: out)
                if scan.sawCombiningMark && !composed { return nil }
                return body(UnsafeBufferPointer(rebasing: out[0..<scan.count]), scan.scripts)
            }
        }
    }

    /// Calls `body` with the contiguous UTF-8 of `text` and `false`; when that returns nil
    /// (the text turned out to be decomposed), or the text is not contiguous, again with the
    /// canonically composed (NFC) text and `true`.
    private static func withUTF8<R>(ofComposed text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R?) -> R {
        var text = text
        if let result = text.utf8.withContiguousStorageIfAvailable({ body($0, false) }) ?? nil { return result }
        text = text.precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { body($0, true)! }!
    }

    /// Bytes scanned and scored at a time (then up to the next whitespace): the early stop can
    /// end a long text after its first chunks without scanning the rest.
    static let chunkBytes = 64

    /// Scans and scores `text` chunk by chunk (each ending at whitespace, so no token is cut)
    /// until `stop` says the answer is clear; returns the scores and the script counts of the
    /// part read.
    ///
    /// N-grams never span a word boundary, so scoring chunks one after another gives exactly
    /// the n-grams of the whole text.
    func scanAndScore(_ text: String, candidates: SIMDMask<SIMD8<Int32>>, stop: EarlyStop) -> (Scores, ScriptCounts) {
        Self.withUTF8(ofComposed: text) { bytes, composed -> (Scores, ScriptCounts)? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
                var scores = Scores(stop: stop)
                var scripts = ScriptCounts()
                var start = 0
                while start < bytes.count {
                    var end = min(start + Self.chunkBytes, bytes.count)
                    while end < bytes.count, !TextScanner.isWhitespace(bytes[end]) { end += 1 }
                    let scan = TextScanner.scan(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: out)
                    if scan.sawCombiningMark && !composed { return nil }
                    scripts.add(scan.scripts)
                    if score(ids: UnsafeBufferPointer(rebasing: out[0..<scan.count]), into: &scores,
                             candidates: candidates, stop: stop) {
                        break
                    }
                    start = end
                }
                return (scores, scripts)
            }
        }
    }

    /// Calls `body` with every n-gram (orders 1…4) of a scanned id stream.
    @inline(__always)
    static func forEachGram(ids: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
        forEachGram(ids: ids, whileTrue: { key, order in
            body(key, order)
            return true
        })
    }

    /// Calls `body` with the n-grams (orders 1…4) of a scanned id stream until it returns false.
    @inline(__always)
    static func forEachGram(ids: UnsafeBufferPointer<UInt8>, whileTrue body: (UInt32, Int) -> Bool) {
        var window: UInt32 = UInt32(TextScanner.space)
        var lastSpace = 0
        var j = 1
        while j < ids.count {
            let id = ids[j]
            window = (window << 8) | UInt32(id)
            if id != TextScanner.space, !body(window & 0xFF, 1) { return }
            // An n-gram starting at s is kept when no boundary lies strictly inside it.
            var order = 2
            while order <= maxOrder {
                let start = j - order + 1
                if start < 0 || lastSpace > start { break }
                if !body(order == 4 ? window : window & ((1 << (8 * UInt32(order))) - 1), order) { return }
                order += 1
            }
            if id == TextScanner.space { lastSpace = j }
            j += 1
        }
    }

    /// When to stop scoring a text early: after `minimumLong` 3- and 4-grams (checked every
    /// `checkEvery`), once the best candidate leads the runner-up by `margin` nats.
    ///
    /// Language identification converges long before the end of most texts (langdetect
    /// stops sampling once its probabilities settle, for the same reason); the rest of a
    /// long text only costs lookups. At the identifier's softmax temperature of 5 a lead of
    /// 30 nats leaves the runner-up a posterior below 0.25%, so stopping there changes
    /// answers only where the text's end contradicts a long, clear beginning.
    struct EarlyStop: Sendable {
        var minimumLong = 48
        var checkEvery = 16
        var margin: Float = 30

        /// Never stops: every n-gram of the text is scored.
        static let never = EarlyStop(minimumLong: .max, checkEvery: 1 << 30, margin: .infinity)
    }

    /// Adds the n-grams of a scanned id stream to `scores`, for every language; returns true
    /// when `stop` ends the scan (`candidates`, the lanes of the languages chosen among, only
    /// decide that).
    func score(ids: UnsafeBufferPointer<UInt8>, into scores: inout Scores, candidates: SIMDMask<SIMD8<Int32>>, stop: EarlyStop) -> Bool {
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        var penalties = scores.penalties
        var known = scores.known
        var nextCheck = scores.nextCheck
        var stopped = false
        let marginSteps = stop.margin.isFinite ? UInt32(min(stop.margin * Self.penaltyScale, Float(UInt32.max))) : .max
        slots.withUnsafeBufferPointer { slots in
            shortGrams.withUnsafeBufferPointer { shortGrams in
                Self.forEachGram(ids: ids, whileTrue: { key, order in
                    if order < 3 {
                        let entry = shortGrams[Int(key)]
                        penalties &+= SIMD8<UInt32>(truncatingIfNeeded: entry)
                        known &+= Int(entry[7])
                        return true
                    }
                    scores.long += 1
                    var position = Self.hash(key, shift: shift)
                    while true {
                        let slot = slots[position]
                        if slot.key == 0 { break }
                        if slot.key == key {
                            known &+= 1
                            penalties &+= SIMD8<UInt32>(truncatingIfNeeded: slot.penalties)
                            scores.covered &+= (SIMD8<Int32>(repeating: Int32(slot.seenBy)) &>> lanes) & 1
                            break
                        }
                        position = (position + 1) & slotMask
                    }
                    if scores.long < nextCheck { return true }
                    nextCheck = scores.long &+ stop.checkEvery
                    stopped = Self.lead(of: penalties, among: candidates) >= marginSteps
                    return !stopped
                })
            }
        }
        scores.penalties = penalties
        scores.known = known
        scores.nextCheck = nextCheck
        return stopped
    }

    /// How many penalty steps the best candidate lane leads the runner-up by (0 on a tie
    /// or with fewer than two candidates).
    @inline(__always)
    static func lead(of penalties: SIMD8<UInt32>, among candidates: SIMDMask<SIMD8<Int32>>) -> UInt32 {
        let masked = SIMD8<UInt32>(repeating: .max).replacing(with: penalties, where: candidates)
        let best = masked.min()
        // Drop one best lane only: a second lane at `best` (a tie) then makes the lead 0.
        var rest = masked
        for lane in rest.indices where rest[lane] == best {
            rest[lane] = .max
            break
        }
        let second = rest.min()
        return second == .max ? 0 : second - best
    }
}
