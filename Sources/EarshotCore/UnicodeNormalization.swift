import Foundation

/// Unicode normalization of texts of any length, in time proportional to their length.
///
/// Foundation's `precomposedStringWithCanonicalMapping` and
/// `decomposedStringWithCompatibilityMapping` take time that grows with the square of the
/// text's length on Linux once it holds non-ASCII letters (measured: 160,000 words of NFD text,
/// 2.9 s; a 4.5 MB run of accented letters, over 30 s). So a long text is normalized in
/// pieces of about ``pieceBytes``, each ending just before an ASCII character. That cut never
/// changes the result: an ASCII character is a starter (combining class 0) that composes with
/// nothing before it, so neither reordering nor composition crosses it. A stretch with no
/// ASCII character at all for ``hardLimitBytes`` (no space, digit or Latin letter — no text
/// people write) is cut at a character boundary instead, where one composition may be missed.
public enum UnicodeNormalization {
    /// Texts up to this many UTF-8 bytes are normalized whole.
    public static let pieceBytes = 4096
    /// Where a piece is cut even without an ASCII character.
    public static let hardLimitBytes = 65536

    /// NFC: the composed form.
    public static func composed(_ text: String) -> String {
        inPieces(text) { $0.precomposedStringWithCanonicalMapping }
    }

    /// NFKD: the compatibility decomposition.
    public static func compatibilityDecomposed(_ text: String) -> String {
        inPieces(text) { $0.decomposedStringWithCompatibilityMapping }
    }

    static func inPieces(_ text: String, _ normalize: (String) -> String) -> String {
        guard text.utf8.count > pieceBytes else { return normalize(text) }
        var text = text
        return text.withUTF8 { bytes in
            var out = ""
            out.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                let end = cut(bytes, from: start)
                out += normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end
            }
            return out
        }
    }

    /// The end of the piece that begins at `start`: the first ASCII byte at least `pieceBytes`
    /// on, else the first character start `hardLimitBytes` on, else the end of the text.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start + pieceBytes
        let hard = start + hardLimitBytes
        while i < bytes.count {
            if bytes[i] < 0x80 { return i }
            if i >= hard && bytes[i] & 0xC0 != 0x80 { return i }
            i += 1
        }
        return bytes.count
    }
}
