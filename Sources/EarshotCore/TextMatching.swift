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
        if asciiOnly {
            if out.count > 1 && out.last != 0x20 { out.append(0x20) }
            return String(decoding: out, as: UTF8.self)
        }
        // Slow path: let Foundation strip diacritics, then fold what remains.
        let stripped = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var s = " "
        var lastSpace = true
        for scalar in stripped.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                s.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                lastSpace = false
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue   // "don't" folds to "dont", as in the ASCII path
            } else if !lastSpace {
                s.append(" ")
                lastSpace = true
            }
        }
        if !lastSpace { s.append(" ") }
        return s
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
