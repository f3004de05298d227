import Foundation

/// Folds text for matching: lower case, accents removed, every run of characters that are not
/// letters or digits becomes one space, with a space at both ends. Matching a folded phrase
/// inside folded text therefore respects word boundaries ("café" matches "CAFE!" but "cat"
/// does not match "concatenate").
public enum TextFolding {
    /// Whether `scalar` belongs to a script whose words are written without spaces between
    /// them (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), by its Unicode block: there,
    /// a run between spaces is a phrase or a sentence, not a word. (Telling the words apart
    /// takes a dictionary, which Earshot does not have.)
    public static func isWrittenWithoutSpaces(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF,                     // Thai, Lao
             0x1000...0x109F, 0xAA60...0xAA7F,    // Myanmar
             0x1780...0x17FF, 0x19E0...0x19FF,    // Khmer
             0x3040...0x30FF, 0x31F0...0x31FF,    // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:   // Han
            return true
        default:
            return false
        }
    }

    public static func fold(_ text: String) -> String {
        withFolded(text) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of `fold(text)`, without building a String for ASCII text
    /// (folded into a temporary buffer, on the stack when it fits).
    @inlinable
    public static func withFolded<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let ascii: R?? = try text.utf8.withContiguousStorageIfAvailable { bytes -> R? in
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { out -> R? in
                var n = 0
                guard foldASCII(bytes, { out[n] = $0; n &+= 1 }) else { return nil }
                return try body(UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
        if let ascii, let result = ascii { return result }
        var folded = foldScalars(text)
        return try folded.withUTF8(body)
    }

    /// Emits the bytes `fold` makes of ASCII text — a space first, letters lower-cased, digits,
    /// runs of separators as one space, apostrophes dropped, a space last — for callers that
    /// consume them as they come (a matcher). Returns false at the first byte that is not
    /// ASCII, having emitted the fold of the bytes before it (the trailing space excepted).
    @inlinable @inline(__always)
    public static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Void) -> Bool {
        let table = asciiFold
        emit(0x20)
        var afterSpace = true
        for b in bytes {
            let f = table[Int(b)]
            if f == 0x20 {
                if afterSpace { continue }
                afterSpace = true
                emit(0x20)
            } else if f == 0x80 {
                return false
            } else if f != 0 {
                afterSpace = false
                emit(f)
            }
        }
        if !afterSpace { emit(0x20) }
        return true
    }

    /// Per byte: its folded ASCII byte, 0x20 for a separator, 0 to drop (the apostrophe),
    /// 0x80 when not ASCII. A pointer that is never freed (256 bytes) and never written after
    /// it is made: reading it per text costs no retain and release, as an array's buffer would.
    @usableFromInline
    nonisolated(unsafe) static let asciiFold: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            if b >= 0x80 { table[b] = 0x80; continue }
            var out: [UInt8] = [0x21]   // a non-space previous byte, so separators show as 0x20
            appendFolded(UInt8(b), to: &out)
            table[b] = out.count == 1 ? 0 : out[1]
        }
        return UnsafePointer(table)
    }()

    /// `fold` for any text, scalar by scalar.
    @usableFromInline
    static func foldScalars(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 2)
        out.append(0x20)
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        if out.count > 1 && out.last != 0x20 { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds one scalar beyond ASCII: combining marks that are not letters vanish (the accent of a
    /// decomposed "é", the Devanagari virama) while vowel signs that are letters stay,
    /// the typographic apostrophe vanishes like the ASCII one, letters and digits become their
    /// folded form (accents, case and width removed), everything else separates words.
    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 { appendFolded(UInt8(v), to: &out); return }
        if v == 0x2019 { return }
        switch v < tableEnd ? table[Int(v)] : folded(scalar) {
        case .none: separate(&out)
        case .mark: break
        case .text(let bytes): out += bytes
        }
    }

    private enum Folded { case none, mark, text([UInt8]) }

    /// The folded UTF-8 of one scalar (Foundation's diacritic-, case- and width-insensitive
    /// folding, then lower case), `.mark` for a combining mark, `.none` for a separator.
    private static func folded(_ scalar: Unicode.Scalar) -> Folded {
        let p = scalar.properties
        if isMark(p) && !p.isAlphabetic { return .mark }
        guard p.isAlphabetic || p.numericType != nil else { return .none }
        let f = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var bytes: [UInt8] = []
        for s in f.unicodeScalars {
            let q = s.properties
            if isMark(q) && !q.isAlphabetic { continue }
            guard q.isAlphabetic || q.numericType != nil else { continue }
            bytes += Array(String(s).lowercased().utf8)
        }
        return bytes.isEmpty ? .none : .text(bytes)
    }

    private static func isMark(_ p: Unicode.Scalar.Properties) -> Bool {
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Folded forms of U+0000…U+04FF (Latin, IPA, Greek, Cyrillic), computed once.
    private static let tableEnd: UInt32 = 0x500
    private static let table: [Folded] = (0..<tableEnd).map { Unicode.Scalar($0).map(folded) ?? .none }

    @inline(__always)
    private static func separate(_ out: inout [UInt8]) {
        if out.last != 0x20 { out.append(0x20) }
    }

    @inline(__always)
    private static func appendFolded(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case 0x41...0x5A: out.append(b + 0x20)
        case 0x61...0x7A, 0x30...0x39: out.append(b)
        case 0x27: break   // apostrophe: "don't" → "dont"
        default: if out.last != 0x20 { out.append(0x20) }
        }
    }
}
