import EarshotCore
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
///
/// `@unchecked Sendable`: the tables are written only in `init` and read-only afterwards.
final class NGramModel: @unchecked Sendable {
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
    /// The 3- and 4-gram table and the 1- and 2-gram table, allocated once and freed in
    /// `deinit`: plain pointers, so the scoring loop needs no closure to reach them and keeps
    /// its sums in registers.
    private let slots: UnsafeMutableBufferPointer<Entry>
    /// Penalties of every 1- and 2-gram, indexed by the key itself; lane 7 is 1 when some
    /// language saw the n-gram (all lanes 0 otherwise), so it also counts known n-grams.
    private let shortGrams: UnsafeMutableBufferPointer<SIMD8<UInt8>>
    /// For each `Entry.seenBy` value, 1 in the lanes of the languages its bits name (what
    /// `covered` adds), so the scoring loop reads one vector instead of shifting per lane.
    private let seenLanes: UnsafeMutableBufferPointer<SIMD8<UInt8>>
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
        shortGrams = .allocate(capacity: direct.count)
        _ = shortGrams.initialize(from: direct)
        slots = .allocate(capacity: table.count)
        _ = slots.initialize(from: table)
        seenLanes = .allocate(capacity: 256)
        for bits in 0..<256 {
            var lanes = SIMD8<UInt8>()
            for lane in 0..<8 where bits & (1 << lane) != 0 { lanes[lane] = 1 }
            seenLanes[bits] = lanes
        }
    }

    deinit {
        slots.deallocate()
        shortGrams.deallocate()
        seenLanes.deallocate()
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
        var result: R?
        readComposed(text) { bytes, composed in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
                let scan = TextScanner.scan(bytes, into: out)
                if scan.sawCombiningMark && !composed { return false }
                result = body(UnsafeBufferPointer(rebasing: out[0..<scan.count]), scan.scripts)
                return true
            }
        }
        return result!
    }

    /// Calls `read` with the UTF-8 of `text` and `false`; when it returns false (it met a
    /// combining mark: the text is decomposed), again with the canonically composed (NFC) text
    /// and `true`, which it must read to the end. A Bool rather than a generic result: the
    /// scoring path returned its scores through one, and copying them out cost more than a
    /// short text's scoring.
    private static func readComposed(_ text: String, _ read: (UnsafeBufferPointer<UInt8>, Bool) -> Bool) {
        var text = text
        if text.withUTF8({ read($0, false) }) { return }
        var composed = UnicodeNormalization.composed(text)
        _ = composed.withUTF8 { read($0, true) }
    }

    /// Bytes scanned and scored at a time (then up to the next whitespace): the early stop can
    /// end a long text after its first chunks without scanning the rest. 32 rather than 64 or
    /// 128: measured on the VADER sentences, less text is scanned past the stop (64: ~4% slower,
    /// 128: ~11%); 16 gains nothing more.
    static let chunkBytes = 32

    /// Scans and scores `text` chunk by chunk (each ending at whitespace, so no token is cut)
    /// until `stop` says the answer is clear; returns the scores and the script counts of the
    /// part read.
    ///
    /// N-grams never span a word boundary, so scoring chunks one after another gives exactly
    /// the n-grams of the whole text.
    func scanAndScore(_ text: String, candidates: SIMDMask<SIMD8<Int32>>, stop: EarlyStop) -> (Scores, ScriptCounts) {
        var scores = Scores(stop: stop)
        var scripts = ScriptCounts()
        Self.readComposed(text) { bytes, composed in
            // A decomposed text is scored again from the start, in its composed form.
            scores = Scores(stop: stop)
            scripts = ScriptCounts()
            return scanAndScore(bytes, composed: composed, into: &scores, &scripts, candidates: candidates, stop: stop)
        }
        return (scores, scripts)
    }

    /// The chunk loop of `scanAndScore(_:candidates:stop:)` over UTF-8 `bytes`; returns false,
    /// having stopped, when the text is not `composed` and turns out to be decomposed.
    private func scanAndScore(_ bytes: UnsafeBufferPointer<UInt8>, composed: Bool, into scores: inout Scores,
                              _ scripts: inout ScriptCounts, candidates: SIMDMask<SIMD8<Int32>>, stop: EarlyStop) -> Bool {
        let table = TextScanner.latinIDTable
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out in
            var start = 0
            while start < bytes.count {
                var end = min(start + Self.chunkBytes, bytes.count)
                while end < bytes.count, !TextScanner.isWhitespace(bytes[end]) { end += 1 }
                let scan = TextScanner.scan(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: out, table: table)
                if scan.sawCombiningMark && !composed { return false }
                scripts.add(scan.scripts)
                if score(ids: UnsafeBufferPointer(rebasing: out[0..<scan.count]), into: &scores,
                         candidates: candidates, stop: stop) {
                    break
                }
                start = end
            }
            return true
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
    ///
    /// Visits the n-grams `forEachGram(ids:)` yields, in the same order, in one loop without a
    /// closure (so the running sums stay in registers): at each id its 1- and 2-gram (the
    /// boundary id's own 1-gram entry is all zero, so it needs no test), then its 3- and
    /// 4-gram when the word has that many ids before it.
    func score(ids: UnsafeBufferPointer<UInt8>, into scores: inout Scores, candidates: SIMDMask<SIMD8<Int32>>, stop: EarlyStop) -> Bool {
        var penalties = scores.penalties
        var covered = scores.covered
        var known = scores.known
        var long = scores.long
        var nextCheck = scores.nextCheck
        var stopped = false
        let marginSteps = stop.margin.isFinite ? UInt32(min(stop.margin * Self.penaltyScale, Float(UInt32.max))) : .max
        let shift = shift, slotMask = slotMask, checkEvery = stop.checkEvery
        let slots = UnsafePointer(slots.baseAddress!), shortGrams = UnsafePointer(shortGrams.baseAddress!)
        let seenLanes = UnsafePointer(seenLanes.baseAddress!)
        var window = UInt32(TextScanner.space)
        // Ids since the last boundary, counting the current one.
        var sinceBoundary = 0
        var j = 1
        let count = ids.count
        // Sums of up to `flushAfter` positions are kept in 16-bit lanes (one SSE register, one
        // add per n-gram; each position adds at most four penalties of at most 255), then
        // added to the 32-bit totals.
        var pending = SIMD8<UInt16>(), pendingCovered = SIMD8<UInt16>()
        var positions = 0
        let flushAfter = 60
        @inline(__always) func flush() {
            penalties &+= SIMD8<UInt32>(truncatingIfNeeded: pending)
            covered &+= SIMD8<Int32>(truncatingIfNeeded: pendingCovered)
            pending = SIMD8()
            pendingCovered = SIMD8()
            positions = 0
        }
        scan: while j < count {
            let id = ids[j]
            window = (window << 8) | UInt32(id)
            sinceBoundary += 1
            let one = shortGrams[Int(id)], two = shortGrams[Int(window & 0xFFFF)]
            pending &+= SIMD8<UInt16>(truncatingIfNeeded: one) &+ SIMD8<UInt16>(truncatingIfNeeded: two)
            known &+= Int(one[7]) &+ Int(two[7])
            var order = 3
            while order <= sinceBoundary + 1 && order <= Self.maxOrder {
                let key = order == 4 ? window : window & 0xFF_FFFF
                long &+= 1
                if let slot = Self.find(key, in: slots, shift: shift, mask: slotMask) {
                    known &+= 1
                    pending &+= SIMD8<UInt16>(truncatingIfNeeded: slot.penalties)
                    pendingCovered &+= SIMD8<UInt16>(truncatingIfNeeded: seenLanes[Int(slot.seenBy)])
                }
                if long >= nextCheck {
                    nextCheck = long &+ checkEvery
                    flush()
                    if Self.lead(of: penalties, among: candidates) >= marginSteps {
                        stopped = true
                        break scan
                    }
                }
                order += 1
            }
            if id == TextScanner.space { sinceBoundary = 0 }
            positions += 1
            if positions == flushAfter { flush() }
            j += 1
        }
        flush()
        scores.penalties = penalties
        scores.covered = covered
        scores.known = known
        scores.long = long
        scores.nextCheck = nextCheck
        return stopped
    }

    /// The table's entry for a 3- or 4-gram key, or nil when no language saw that n-gram.
    func longEntry(_ key: UInt32) -> Entry? {
        Self.find(key, in: slots.baseAddress!, shift: shift, mask: slotMask)
    }

    /// The penalties of a 1- or 2-gram key; lane 7 is 1 when some language saw it.
    func shortEntry(_ key: UInt32) -> SIMD8<UInt8> { shortGrams[Int(key)] }

    @inline(__always)
    private static func find(_ key: UInt32, in slots: UnsafePointer<Entry>, shift: UInt32, mask: Int) -> Entry? {
        var position = hash(key, shift: shift)
        while true {
            let slot = slots[position]
            if slot.key == 0 { return nil }
            if slot.key == key { return slot }
            position = (position + 1) & mask
        }
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
