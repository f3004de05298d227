import Foundation

/// One value per model language, in `NGramModel.languages` order; lanes past the last language are ignored.
typealias LanguageVector = SIMD8<Float>

/// Character 1–4-gram naive Bayes model over the Latin-script languages.
///
/// Built once, at first use, from the training text in `TrainingText`. N-grams never
/// cross a word boundary except through the single boundary id at either end of a word
/// (`" th"`, `"he "`). Each n-gram is a `UInt32` of up to four 8-bit letter ids, found
/// through a direct table (1- and 2-grams) or an open-addressing table (3- and 4-grams)
/// that point into dense per-n-gram vectors of log-probabilities (one SIMD lane per
/// language); n-grams no language has seen are skipped when scoring.
struct NGramModel: Sendable {
    static let maxOrder = 4
    /// Additive (Lidstone) smoothing constant.
    static let smoothing: Double = 0.2

    static let shared = NGramModel(training: TrainingText.all)

    /// What scoring one text yields.
    struct Scores {
        /// Summed log-probabilities of the text's known n-grams, per language.
        var logLikelihoods = LanguageVector()
        /// Per language, how many of the text's 3- and 4-grams it saw in training.
        var covered = SIMD8<Int32>()
        /// N-grams in the text, and how many of them the model knows.
        var total = 0
        var known = 0
        /// N-grams of order 3 or 4 in the text.
        var long = 0
    }

    let languages: [String]
    /// Open-addressing slots: n-gram key in the low 32 bits, dense index + 1 in the high
    /// 32 bits; 0 marks an empty slot (every key is non-zero).
    private let slots: [UInt64]
    /// Log-probabilities per n-gram, by dense index.
    private let vectors: [LanguageVector]
    /// Per n-gram, bit `i` is set when language `i` saw it in training.
    private let seenBy: [UInt8]
    /// Dense index + 1 of every 1- and 2-gram, indexed by the key itself (0 = unknown):
    /// the most frequent lookups skip hashing and probing.
    private let shortGrams: [Int32]
    private let slotMask: Int
    private let shift: UInt32

    init(training: [(code: String, text: String)]) {
        precondition(training.count <= LanguageVector.scalarCount,
                     "NGramModel holds \(LanguageVector.scalarCount) languages; widen LanguageVector")
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
        var logDenominators = [LanguageVector](repeating: LanguageVector(), count: Self.maxOrder + 1)
        for order in 1...Self.maxOrder {
            for language in 0..<languageCount {
                logDenominators[order][language] = Float(log(Double(totals[order][language]) + alpha * (distinct[order] + 1)))
            }
        }
        let logAlpha = Float(log(alpha))

        var capacity = 16
        while capacity < gramKeys.count * 2 { capacity <<= 1 }
        slotMask = capacity - 1
        shift = UInt32(32 - capacity.trailingZeroBitCount)
        var table = [UInt64](repeating: 0, count: capacity)
        var values = [LanguageVector](repeating: LanguageVector(), count: gramKeys.count)
        var seen = [UInt8](repeating: 0, count: gramKeys.count)
        for (dense, key) in gramKeys.enumerated() {
            let order = Self.order(of: key)
            var position = Self.hash(key, shift: shift)
            while table[position] != 0 { position = (position + 1) & slotMask }
            table[position] = UInt64(key) | UInt64(dense + 1) << 32
            var numerators = LanguageVector(repeating: logAlpha)
            for language in 0..<languageCount where counts[dense][language] > 0 {
                seen[dense] |= 1 << UInt8(language)
                numerators[language] = Float(log(Double(counts[dense][language]) + alpha))
            }
            values[dense] = numerators - logDenominators[order]
        }
        var direct = [Int32](repeating: 0, count: 1 << 16)
        for (dense, key) in gramKeys.enumerated() where key < 1 << 16 { direct[Int(key)] = Int32(dense + 1) }
        shortGrams = direct
        slots = table
        vectors = values
        seenBy = seen
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
        var text = text
        let result: R? = text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
                let scan = TextScanner.scan(bytes, into: out)
                if scan.sawCombiningMark { return nil }
                return body(UnsafeBufferPointer(rebasing: out[0..<scan.count]), scan.scripts)
            }
        } ?? nil
        if let result { return result }
        // Decomposed (NFD) or non-contiguous text: compose it once and scan again.
        text = text.precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
                let scan = TextScanner.scan(bytes, into: out)
                return body(UnsafeBufferPointer(rebasing: out[0..<scan.count]), scan.scripts)
            }
        }!
    }

    /// Calls `body` with every n-gram (orders 1…4) of a scanned id stream.
    @inline(__always)
    static func forEachGram(ids: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
        var window: UInt32 = UInt32(TextScanner.space)
        var lastSpace = 0
        var j = 1
        while j < ids.count {
            let id = ids[j]
            window = (window << 8) | UInt32(id)
            if id != TextScanner.space { body(window & 0xFF, 1) }
            // An n-gram starting at s is kept when no boundary lies strictly inside it.
            var order = 2
            while order <= maxOrder {
                let start = j - order + 1
                if start < 0 || lastSpace > start { break }
                body(order == 4 ? window : window & ((1 << (8 * UInt32(order))) - 1), order)
                order += 1
            }
            if id == TextScanner.space { lastSpace = j }
            j += 1
        }
    }

    /// Scores a scanned id stream against every language.
    func score(ids: UnsafeBufferPointer<UInt8>) -> Scores {
        var scores = Scores()
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        slots.withUnsafeBufferPointer { slots in
            vectors.withUnsafeBufferPointer { vectors in
                seenBy.withUnsafeBufferPointer { seenBy in
                    shortGrams.withUnsafeBufferPointer { shortGrams in
                        Self.forEachGram(ids: ids) { key, order in
                            scores.total += 1
                            if order < 3 {
                                let dense = Int(shortGrams[Int(key)]) - 1
                                if dense >= 0 {
                                    scores.known += 1
                                    scores.logLikelihoods += vectors[dense]
                                }
                                return
                            }
                            scores.long += 1
                            var position = Self.hash(key, shift: shift)
                            while true {
                                let slot = slots[position]
                                if slot == 0 { return }
                                if UInt32(truncatingIfNeeded: slot) == key {
                                    let dense = Int(slot >> 32) - 1
                                    scores.known += 1
                                    scores.logLikelihoods += vectors[dense]
                                    scores.covered &+= (SIMD8<Int32>(repeating: Int32(seenBy[dense])) &>> lanes) & 1
                                    return
                                }
                                position = (position + 1) & slotMask
                            }
                        }
                    }
                }
            }
        }
        return scores
    }
}
