import EarshotCore
import Foundation
import Testing

@Suite struct UnicodeNormalizationTests {
    /// Normalized in pieces, a long text comes out as Foundation's whole-text normalization:
    /// decomposed and composed letters, marks in non-canonical order, Hangul jamo, emoji with
    /// modifiers, and pieces whose cut falls right before an ASCII character after a mark.
    @Test func piecesGiveTheWholeTextsForm() {
        var rng = SplitMix64(seed: 3)
        let parts = ["cafe\u{301}", "café", " ", "a\u{323}\u{302}", "a\u{302}\u{323}", "\u{1100}\u{1161}\u{11A8}", "한국어",
                     "ﬁ", "①", "Å", "x", "\n", "👍🏽", "Ελληνικά", "ο\u{301}", "\u{301}", "e", ".", "ǆ", "ｗｉｄｅ"]
        for round in 0..<20 {
            var text = ""
            while text.utf8.count < 3 * UnicodeNormalization.pieceBytes + 500 {
                text += parts[Int(rng.next() % UInt64(parts.count))]
            }
            #expect(UnicodeNormalization.composed(text) == text.precomposedStringWithCanonicalMapping, "round \(round)")
            #expect(UnicodeNormalization.compatibilityDecomposed(text) == text.decomposedStringWithCompatibilityMapping, "round \(round)")
        }
    }

    /// A stretch without any ASCII character is still cut (at a character boundary) so the time
    /// stays proportional; the text keeps every character.
    @Test func aLongStretchWithoutASCIIIsCutAtACharacter() {
        let text = String(repeating: "é", count: UnicodeNormalization.hardLimitBytes)   // 2 bytes each
        let composed = UnicodeNormalization.composed(text)
        #expect(composed == text)
        let decomposed = UnicodeNormalization.compatibilityDecomposed(text)
        #expect(decomposed.unicodeScalars.count == 2 * text.count)
        #expect(UnicodeNormalization.composed(decomposed) == text)
    }

    @Test func shortAndEmptyTexts() {
        #expect(UnicodeNormalization.composed("") == "")
        #expect(UnicodeNormalization.composed("cafe\u{301}") == "café")
        #expect(UnicodeNormalization.compatibilityDecomposed("ﬁ") == "fi")
    }
}
