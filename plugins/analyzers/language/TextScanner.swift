/// Writing systems the scanner counts letters of; every one but `latin` maps to a
/// language by script alone.
enum Script: Int, CaseIterable, Sendable {
    case latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, thai, devanagari, other

    /// The language a text in this script is reported as (`nil` for Latin and unknown scripts).
    ///
    /// Han without kana is reported as `zh`; the identifier promotes it to `ja` when kana are present.
    var languageCode: String? {
        switch self {
        case .latin, .other: nil
        case .cyrillic: "ru"
        case .greek: "el"
        case .arabic: "ar"
        case .hebrew: "he"
        case .han: "zh"
        case .kana: "ja"
        case .hangul: "ko"
        case .thai: "th"
        case .devanagari: "hi"
        }
    }

    /// The codes `languageCode` can return, in `LanguageIdentifier.supported` order.
    static let scriptLanguageCodes: [String] = ["ru", "el", "ar", "he", "zh", "ja", "ko", "th", "hi"]
}

/// Letter counts per script for one scanned text.
struct ScriptCounts: Sendable {
    private var counts = SIMD16<Int32>()

    subscript(script: Script) -> Int {
        get { Int(counts[script.rawValue]) }
        set { counts[script.rawValue] = Int32(clamping: newValue) }
    }

    /// Letters weighted for the `minLetters` test: one CJK character carries about as much
    /// text as two Latin letters, so Han, kana and Hangul count double.
    var weightedLetters: Int {
        totalLetters + self[.han] + self[.kana] + self[.hangul]
    }

    var totalLetters: Int { Int(counts.wrappedSum()) }

    mutating func add(_ other: ScriptCounts) { counts &+= other.counts }
}

/// Turns text into a stream of small letter ids for the n-gram model.
///
/// The output starts and ends with `space` and separates words with a single `space`.
/// Whitespace-delimited tokens that are URLs, `@handles` or e-mail addresses are dropped,
/// and so are HTML entities such as `&amp;`; `#` markers, digits, punctuation and emoji
/// become word boundaries. Latin letters are
/// lower-cased and get an id; letters of other scripts are only counted.
enum TextScanner {
    /// The id of a word boundary.
    static let space: UInt8 = 1
    /// The id shared by Latin letters outside Latin-1 and Latin Extended-A.
    static let otherLatin: UInt8 = 2

    static let latinTableSize = 0x250

    struct Result {
        /// Number of ids written, including the leading and trailing `space`.
        var count = 0
        var scripts = ScriptCounts()
        /// A combining diacritical mark was seen: the text was not precomposed.
        var sawCombiningMark = false
    }

    /// Letter id per scalar value below `latinTableSize` (0 = not a letter). A pointer that is
    /// never freed or written after it is made: a scan reads it without the retain and release an
    /// array's `withUnsafeBufferPointer` cost (a text is scanned in 32-byte chunks, so that was a
    /// few per text).
    nonisolated(unsafe) static let latinIDTable: UnsafeBufferPointer<UInt8> = {
        let table = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: latinTableSize)
        _ = table.initialize(from: buildLatinIDs())
        return UnsafeBufferPointer(table)
    }()

    /// Scans UTF-8 `bytes` into `out`, which must hold at least `bytes.count + 2` ids.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Result {
        scan(bytes, into: out, table: latinIDTable)
    }

    /// `scan` with the id table in hand; its counters are locals of this function (not
    /// captured by a closure), so they stay in registers.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                     table: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result()
        var latin = 0
        var n = 0
        out[0] = space
        n = 1
        do {
            let end = bytes.count
            var i = 0
            while i < end {
                if isWhitespace(bytes[i]) {
                    i += 1
                    continue
                }
                var j = i
                var hasAt = false, hasScheme = false, hasSlash = false, hasDomainDot = false
                while j < end {
                    let c = bytes[j]
                    // Most bytes are none of whitespace, `@`, `/`, `.`: one table read decides.
                    let kind = tokenBytes[Int(c)]
                    if kind == 0 {
                        j += 1
                        continue
                    }
                    if kind == whitespaceByte { break }
                    if c == 0x40 {
                        hasAt = true
                    } else if c == 0x2F {
                        hasSlash = true
                        if j > i, bytes[j - 1] == 0x3A, j + 1 < end, bytes[j + 1] == 0x2F { hasScheme = true }
                    } else if c == 0x2E, j > i, j + 1 < end, isASCIIAlphanumeric(bytes[j - 1]), isASCIILetter(bytes[j + 1]) {
                        hasDomainDot = true
                    }
                    j += 1
                }
                let startsWithWWW = j - i >= 4 && (bytes[i] | 0x20) == 0x77 && (bytes[i + 1] | 0x20) == 0x77
                    && (bytes[i + 2] | 0x20) == 0x77 && bytes[i + 3] == 0x2E
                if !(hasAt || hasScheme || startsWithWWW || (hasSlash && hasDomainDot)) {
                    var k = i
                    while k < j {
                        // ASCII other than `&` (which may start an entity): its id, or a boundary.
                        let b = bytes[k]
                        if b < 0x80 && b != 0x26 {
                            k += 1
                            let id = table[Int(b)]
                            if id != 0 {
                                out[n] = id
                                n += 1
                                latin += 1
                            } else if out[n - 1] != space {
                                out[n] = space
                                n += 1
                            }
                            continue
                        }
                        let (value, length) = decode(bytes, at: k, end: j)
                        k += length
                        if value == 0x26 { k = skipEntity(bytes, at: k, end: j) }
                        if value < UInt32(latinTableSize) {
                            let id = table[Int(value)]
                            if id != 0 {
                                out[n] = id
                                n += 1
                                latin += 1
                                continue
                            }
                        } else if value >= 0x300 && value <= 0x36F {
                            result.sawCombiningMark = true
                            continue
                        } else if let script = classify(value) {
                            if script == .latin {
                                out[n] = otherLatin
                                n += 1
                                latin += 1
                                continue
                            }
                            result.scripts[script] += 1
                        }
                        if out[n - 1] != space {
                            out[n] = space
                            n += 1
                        }
                    }
                }
                if out[n - 1] != space {
                    out[n] = space
                    n += 1
                }
                i = j
            }
        }
        result.scripts[.latin] = latin
        result.count = n
        return result
    }

    private static let whitespaceByte: UInt8 = 1
    private static let markerByte: UInt8 = 2
    /// Per byte: `whitespaceByte`, `markerByte` for `@ / .`, or 0. Allocated once, never freed
    /// or written after initialization.
    nonisolated(unsafe) private static let tokenBytes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 {
            let c = UInt8(value)
            table[value] = isWhitespace(c) ? whitespaceByte : (c == 0x40 || c == 0x2F || c == 0x2E) ? markerByte : 0
        }
        return UnsafePointer(table)
    }()

    @inline(__always)
    static func isWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ c: UInt8) -> Bool {
        isASCIILetter(c) || (c >= 0x30 && c <= 0x39)
    }

    /// The index after an HTML entity's name and `;` when one starts at `k` (just after its
    /// `&`), as in `&amp;` or `&#39;`; otherwise `k`.
    private static func skipEntity(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> Int {
        var m = k
        while m < end, m - k < 10, isASCIIAlphanumeric(bytes[m]) || bytes[m] == 0x23 { m += 1 }
        return m > k && m < end && bytes[m] == 0x3B ? m + 1 : k
    }

    /// Decodes one scalar; malformed input yields U+FFFD and advances one byte.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[k])
        if b0 < 0x80 { return (b0, 1) }
        @inline(__always) func continuation(_ index: Int) -> UInt32? {
            guard index < end else { return nil }
            let b = bytes[index]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 & 0xE0 == 0xC0, let b1 = continuation(k + 1) {
            return ((b0 & 0x1F) << 6 | b1, 2)
        }
        if b0 & 0xF0 == 0xE0, let b1 = continuation(k + 1), let b2 = continuation(k + 2) {
            return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        if b0 & 0xF8 == 0xF0, let b1 = continuation(k + 1), let b2 = continuation(k + 2), let b3 = continuation(k + 3) {
            return ((b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        }
        return (0xFFFD, 1)
    }

    /// The script of a letter at or above `latinTableSize`, or `nil` when it is not a letter.
    private static func classify(_ value: UInt32) -> Script? {
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
        switch value {
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x590...0x5FF, 0xFB1D...0xFB4F: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0x97F, 0xA8E0...0xA8FF: return .devanagari
        case 0xE00...0xE7F: return .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC: return .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return .han
        case 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        default: return .other
        }
    }

    /// Ids for Latin-1 and Latin Extended-A letters (upper and lower case share one id),
    /// plus the Romanian comma-below letters; the rest of Latin Extended-B shares `otherLatin`.
    private static func buildLatinIDs() -> [UInt8] {
        var table = [UInt8](repeating: 0, count: latinTableSize)
        var idOfLower: [UInt32: UInt8] = [:]
        var next: UInt8 = otherLatin + 1
        for value in 0..<UInt32(latinTableSize) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            guard value < 0x180 || (0x218...0x21B).contains(value) else {
                table[Int(value)] = otherLatin
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
            if let id = idOfLower[lower] {
                table[Int(value)] = id
            } else {
                idOfLower[lower] = next
                table[Int(value)] = next
                next += 1
            }
        }
        return table
    }
}
