import EarshotCore

/// 64-bit SimHash (Charikar, 2002) over word shingles of folded text, with @handles, URLs and a
/// leading retweet marker removed, so copies that differ only there get the same fingerprint.
public enum SimHash {
    /// The words compared: folded (lower case, no accents or punctuation), without `@handles`,
    /// URLs (`http://…`, `https://…`, `www.…`) and a leading `RT`.
    public static func words(_ text: String) -> [String] {
        var folded = TextFolding.fold(masked(text))
        return folded.withUTF8 { buf in
            wordRanges(buf).map { String(decoding: UnsafeBufferPointer(rebasing: buf[$0]), as: UTF8.self) }
        }
    }

    /// The fingerprint of `text` and how many words it has. Shingles are runs of `shingle`
    /// consecutive words (a text shorter than that is one shingle).
    public static func fingerprint(_ text: String, shingle: Int = 1) -> (hash: UInt64, words: Int) {
        return TextFolding.withFolded(masked(text)) { buf in
            let words = wordRanges(buf)
            guard !words.isEmpty else { return (0, 0) }
            let k = max(1, min(shingle, words.count))
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { counts in
                counts.initialize(repeating: 0)
                for start in 0...(words.count - k) {
                    // FNV-1a over the shingle's bytes, single spaces between words included.
                    let h = mix(FNV1a.hash(buf[words[start].lowerBound..<words[start + k - 1].upperBound]))
                    for bit in 0..<64 { counts[bit] &+= Int32(truncatingIfNeeded: (h >> UInt64(bit)) & 1) &* 2 &- 1 }
                }
                var out: UInt64 = 0
                for bit in 0..<64 where counts[bit] > 0 { out |= 1 << UInt64(bit) }
                return (out, words.count)
            }
        }
    }

    /// Byte ranges of the words of folded text, without a leading `rt`. In scripts written
    /// without spaces (Chinese, Japanese, Thai…) each character counts as a word, so a post
    /// there has as many words as characters rather than one (and `min_words` and shingles
    /// work on characters).
    private static func wordRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x20 { i += 1; continue }
            var j = i
            var wide = false   // a lead byte of 3 or 4: every script without spaces is there
            while j < b.count && b[j] != 0x20 { wide = wide || b[j] >= 0xE0; j += 1 }
            if wide { splitCharacters(b, i..<j, into: &out) } else { out.append(i..<j) }
            i = j
        }
        if let first = out.first, first.count == 2, b[first.lowerBound] == 0x72, b[first.lowerBound + 1] == 0x74 {
            out.removeFirst()
        }
        return out
    }

    /// Appends the words of `run` (no spaces in it): each character of a script without spaces
    /// on its own, the characters between them as one word.
    private static func splitCharacters(_ b: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, into out: inout [Range<Int>]) {
        var wordStart = run.lowerBound
        var k = run.lowerBound
        while k < run.upperBound {
            let lead = b[k]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(k + length, run.upperBound)
            var value = UInt32(length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07)
            for m in (k + 1)..<end { value = value << 6 | UInt32(b[m] & 0x3F) }
            if let scalar = Unicode.Scalar(value), TextFolding.isWrittenWithoutSpaces(scalar) {
                if wordStart < k { out.append(wordStart..<k) }
                out.append(k..<end)
                wordStart = end
            }
            k = end
        }
        if wordStart < run.upperBound { out.append(wordStart..<run.upperBound) }
    }

    /// `text` without the tokens (runs between white space) that are handles or URLs.
    static func masked(_ text: String) -> String {
        var t = text
        var out: [UInt8] = []
        out.reserveCapacity(t.utf8.count)
        t.withUTF8 { b in
            var i = 0
            while i < b.count {
                if isSpace(b[i]) { i += 1; continue }
                var j = i
                while j < b.count && !isSpace(b[j]) { j += 1 }
                let token = UnsafeBufferPointer(rebasing: b[i..<j])
                if !isHandleOrURL(token) {
                    out.append(contentsOf: token)
                    out.append(0x20)
                }
                i = j
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    private static func isHandleOrURL(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0
        while s < token.count, token[s] == UInt8(ascii: ".") || token[s] == UInt8(ascii: "(") || token[s] == UInt8(ascii: "\"") { s += 1 }
        let n = token.count - s
        guard n > 0 else { return false }
        if token[s] == UInt8(ascii: "@") { return true }
        if n >= 3, token[s] == 0xEF, token[s + 1] == 0xBC, token[s + 2] == 0xA0 { return true }   // full-width ＠
        if n >= 4, token[s] | 0x20 == 0x77, token[s + 1] | 0x20 == 0x77, token[s + 2] | 0x20 == 0x77,
           token[s + 3] == UInt8(ascii: ".") { return true }
        if n >= 3 {
            for i in s..<(token.count - 2)
            where token[i] == UInt8(ascii: ":") && token[i + 1] == UInt8(ascii: "/") && token[i + 2] == UInt8(ascii: "/") {
                return true
            }
        }
        return false
    }

    /// The number of bits in which `a` and `b` differ.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// splitmix64's finalizer: spreads FNV's weak high bits over the whole word.
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
