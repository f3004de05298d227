import Foundation

/// Folds text for matching: lower case, accents removed, every run of characters that are not
/// letters or digits becomes one space, with a space at both ends. Matching a folded phrase
/// inside folded text therefore respects word boundaries ("café" matches "CAFE!" but "cat"
/// does not match "concatenate").
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 2)
        out.append(0x20)
        var asciiOnly = true
        for b in text.utf8 {
            if b >= 0x80 { asciiOnly = false; break }
            appendFolded(b, to: &out)
        }
        if !asciiOnly {
            out.removeAll(keepingCapacity: true)
            out.append(0x20)
            for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        }
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
