/// The lexicon, the rule words and the emoji table compiled for byte-level lookup.
///
/// One open-addressing hash table maps lowercase UTF-8 keys to everything the rules need to
/// know about a token. It is built once per `SentimentEngine`, never mutated afterwards, and
/// freed with the last engine that shares it; that immutability makes it safe to share
/// across threads.
final class SentimentTable: @unchecked Sendable {
    /// 16 bytes, so four share a cache line (the table is read at random, once per rated word).
    struct Entry {
        var valence: Double
        var keyOffset: Int32
        /// Keys are at most `UInt16.max` bytes (longer lexicon keys are left out).
        var keyLength: UInt16
        var word: UInt8
        var flags: UInt8
    }

    static let inLexicon: UInt8 = 1
    static let isBooster: UInt8 = 2
    static let isNegator: UInt8 = 4
    static let isUpper: UInt8 = 8
    static let isPhraseWord: UInt8 = 16
    /// With `isBooster`: the word dampens rather than boosts.
    static let isDampener: UInt8 = 32

    let keyBytes: UnsafeMutableBufferPointer<UInt8>
    let entries: UnsafeMutableBufferPointer<Entry>
    /// Open-addressing slots: the key's hash in the high 32 bits, entry index + 1 in the low
    /// ones, 0 when empty — most words are in no table, and the hash in the slot rejects them
    /// without reading an entry.
    let slots: UnsafeMutableBufferPointer<UInt64>
    let mask: UInt32
    /// One bit per value of a key hash's high 18 bits (32 KB, about an L1 data cache): a clear
    /// bit proves a word is in no table before the slots (which need not stay cached) are read.
    /// With the built-in lexicon's 16,200 keys about 6% of the bits should be set. Measured
    /// (alternating builds, sentences per CPU-second): at 11,700 keys an 8 KB filter (17% set)
    /// cost 2–3% of sentiment's speed against 16 KB; at 16,200 keys 16 KB (12% set) cost about
    /// 3% against 32 KB, which runs as fast as the smaller lexicon did.
    let filter: UnsafeMutableBufferPointer<UInt64>
    /// Emoji descriptions by Unicode scalar value.
    let emoji: [UInt32: [UInt8]]
    /// The smallest UTF-8 lead byte of an emoji key: texts without a byte this large skip translation.
    let emojiMinLeadByte: UInt8
    /// Whether `emoji` has any entry.
    let hasEmoji: Bool
    /// Idioms and two-word dampeners as word ids packed into one integer (see `pack`).
    let idiomKeys: [UInt32]
    let idiomValences: [Double]
    let dampenerPhraseKeys: [UInt32]

    init(lexicon: SentimentLexicon, emoji emojiTable: [String: String]) {
        struct Draft { var word: UInt8 = 0; var flags: UInt8 = 0; var valence = 0.0 }
        var drafts: [String: Draft] = [:]
        drafts.reserveCapacity(lexicon.entries.count + 200)
        for (key, valence) in lexicon.entries where key.utf8.count <= Int(UInt16.max) {
            drafts[key, default: Draft()].valence = valence
            drafts[key, default: Draft()].flags |= Self.inLexicon
        }
        for word in SentimentRules.boosters {
            drafts[word, default: Draft()].flags |= Self.isBooster
        }
        for word in SentimentRules.dampeners {
            drafts[word, default: Draft()].flags |= Self.isBooster | Self.isDampener
        }
        for word in SentimentRules.negators {
            drafts[word, default: Draft()].flags |= Self.isNegator
        }
        let phraseWords = Set(SentimentRules.idioms.flatMap(\.words) + SentimentRules.dampenerPhrases.flatMap { $0 })
        for word in SentimentRules.Word.allCases where word != .none {
            drafts[word.spelling, default: Draft()].word = word.rawValue
            if phraseWords.contains(word.spelling) {
                drafts[word.spelling, default: Draft()].flags |= Self.isPhraseWord
            }
        }

        var capacity = 16
        while capacity < drafts.count * 2 { capacity <<= 1 }
        let totalKeyBytes = drafts.keys.reduce(0) { $0 + $1.utf8.count }
        keyBytes = .allocate(capacity: max(totalKeyBytes, 1))
        entries = .allocate(capacity: max(drafts.count, 1))
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        filter = .allocate(capacity: 1 << 12)
        filter.initialize(repeating: 0)
        mask = UInt32(capacity - 1)

        var offset = 0
        var index = 0
        for (key, draft) in drafts {
            let utf8 = Array(key.utf8)
            _ = UnsafeMutableBufferPointer(rebasing: keyBytes[offset..<offset + utf8.count]).initialize(from: utf8)
            let hash = utf8.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
            entries.baseAddress!.advanced(by: index).initialize(to: Entry(
                valence: draft.valence, keyOffset: Int32(offset), keyLength: UInt16(utf8.count),
                word: draft.word, flags: draft.flags))
            var slot = hash & mask
            while slots[Int(slot)] != 0 { slot = (slot &+ 1) & mask }
            slots[Int(slot)] = UInt64(hash) << 32 | UInt64(index + 1)
            filter[Int(hash >> 20)] |= 1 << UInt64((hash >> 14) & 63)
            offset += utf8.count
            index += 1
        }

        var emoji: [UInt32: [UInt8]] = [:]
        var minLead: UInt8 = 0xFF
        for (key, description) in emojiTable {
            let scalars = key.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { continue }
            emoji[scalar.value] = Array(description.utf8)
            minLead = min(minLead, Array(key.utf8)[0])
        }
        self.emoji = emoji
        hasEmoji = !emoji.isEmpty
        self.emojiMinLeadByte = minLead

        func id(_ spelling: String) -> UInt8 {
            SentimentRules.Word.allCases.first { $0.spelling == spelling }?.rawValue ?? 0
        }
        func key(_ words: [String]) -> UInt32 {
            Self.pack(id(words[0]), id(words[1]), words.count > 2 ? id(words[2]) : 0)
        }
        idiomKeys = SentimentRules.idioms.map { key($0.words) }
        idiomValences = SentimentRules.idioms.map(\.valence)
        dampenerPhraseKeys = SentimentRules.dampenerPhrases.map(key)
    }

    @inline(__always)
    static func pack(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
    }

    /// The valence of the two-word idiom spelled by these word ids, if any.
    @inline(__always)
    func idiom(_ a: UInt8, _ b: UInt8) -> Double? {
        guard a != 0, b != 0 else { return nil }
        return idiom(key: Self.pack(a, b, 0))
    }

    /// The valence of the three-word idiom spelled by these word ids, if any.
    @inline(__always)
    func idiom(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Double? {
        guard a != 0, b != 0, c != 0 else { return nil }
        return idiom(key: Self.pack(a, b, c))
    }

    @inline(__always)
    func idiom(key: UInt32) -> Double? {
        for k in idiomKeys.indices where idiomKeys[k] == key { return idiomValences[k] }
        return nil
    }

    @inline(__always)
    func isDampenerPhrase(_ a: UInt8, _ b: UInt8) -> Bool {
        a != 0 && b != 0 && dampenerPhraseKeys.contains(Self.pack(a, b, 0))
    }

    deinit {
        keyBytes.deallocate()
        entries.deallocate()
        slots.deallocate()
        filter.deallocate()
    }

    /// FNV-1a over the ASCII-lowercased bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for i in 0..<count {
            h = (h ^ UInt32(asciiLower(bytes[i]))) &* 16_777_619
        }
        return h
    }

    @inline(__always)
    static func asciiLower(_ b: UInt8) -> UInt8 {
        b &- 65 < 26 ? b | 0x20 : b
    }

    /// The entry for the bytes, compared ASCII-case-insensitively, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
        lookup(bytes, count, hash: Self.hash(bytes, count))
    }

    /// As `lookup(_:_:)`, with the bytes' `hash(_:_:)` already computed.
    @inline(__always)
    func lookup(_ bytes: UnsafePointer<UInt8>, _ count: Int, hash h: UInt32) -> Int {
        if filter[Int(h >> 20)] & (1 << UInt64((h >> 14) & 63)) == 0 { return -1 }
        var slot = h & mask
        let entryBase = entries.baseAddress!
        let keyBase = keyBytes.baseAddress!
        while true {
            let packed = slots[Int(slot)]
            if packed == 0 { return -1 }
            if UInt32(truncatingIfNeeded: packed >> 32) == h {
                let index = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
                let entry = entryBase[index]
                if Int(entry.keyLength) == count {
                    let key = keyBase + Int(entry.keyOffset)
                    var i = 0
                    while i < count, Self.asciiLower(bytes[i]) == key[i] { i += 1 }
                    if i == count { return index }
                }
            }
            slot = (slot &+ 1) & mask
        }
    }
}
