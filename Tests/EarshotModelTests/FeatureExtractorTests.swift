import EarshotCore
import Testing
@testable import EarshotModel

@Suite struct FeatureExtractorTests {
    let extractor = TrainingOptions().extractor

    @Test func handlesBecomeOnePlaceholder() {
        let a = "@AcmeHelp my order is late again @bob_99"
        let b = "@globex my order is late again @x"
        #expect(extractor.counts(a) == extractor.counts(b))
        #expect(extractor.tokens(a) == ["@user", "my", "order", "is", "late", "again", "@user"])
        // An e-mail address is not a handle.
        #expect(!extractor.tokens("mail me at jo@example.com").contains("@user"))
    }

    @Test func urlsBecomeOnePlaceholder() {
        let a = extractor.counts("broken again https://t.co/AbC123 see www.acme.com/help")
        let b = extractor.counts("broken again http://example.org/x?y=1 see bit.ly/3xYz")
        #expect(a == b)
        #expect(extractor.tokens("see pic.twitter.com/abc now") == ["see", "<url>", "now"])
        #expect(extractor.tokens("version 2.0 works") == ["version", "<num>", "works"])
    }

    /// The URL finder, asked at rising word starts as the tokenizer asks, answers as a reading
    /// of the whole run from each start does (this reference is the finder's first form), on
    /// random runs of URL-like pieces.
    @Test func urlFinderAgreesWithReadingEachRunWhole() {
        func reference(_ s: [Unicode.Scalar], from i: Int) -> Int? {
            var end = i
            while end < s.count, !FeatureExtractor.isWhitespace(s[end]) { end += 1 }
            guard end - i >= 5 else { return nil }
            let lower = { (c: Unicode.Scalar) in c.isASCII ? Unicode.Scalar(UInt8(ascii: c) | 0x20) : c }
            let startsWWW = lower(s[i]) == "w" && lower(s[i + 1]) == "w" && lower(s[i + 2]) == "w" && s[i + 3] == "."
            guard startsWWW || s[i..<end].contains("/") else { return nil }
            let chunk = String(String.UnicodeScalarView(s[i..<end])).lowercased()
            if chunk.hasPrefix("http://") || chunk.hasPrefix("https://") || chunk.hasPrefix("www.") { return end }
            guard let slash = chunk.firstIndex(of: "/") else { return nil }
            let host = chunk[..<slash]
            guard let dot = host.lastIndex(of: "."), host.first != ".",
                  host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
            let tld = host[host.index(after: dot)...]
            return tld.count >= 2 && tld.allSatisfy(\.isLetter) ? end : nil
        }
        let pieces = ["http://", "HTTPS://", "www.", "WwW.", "bit", ".", "ly", "/", "x", " ", "-", "é", "a", "1", ".com", "co",
                      "?q=1", "_", "..", "\n", "ftp://", "Ω"]
        var rng = SplitMix64(seed: 11)
        for round in 0..<400 {
            var text = ""
            for _ in 0..<(1 + Int(rng.next() % 40)) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let s = Array(text.unicodeScalars)
            var finder = FeatureExtractor.URLFinder(s)
            for i in s.indices where FeatureExtractor.isWordScalar(s[i]) && (i == 0 || !FeatureExtractor.isWordScalar(s[i - 1])) {
                #expect(finder.end(from: i) == reference(s, from: i), "round \(round): \(text.debugDescription) at \(i)")
            }
        }
    }

    @Test func foldsCaseAccentsApostrophesNumbersAndElongation() {
        #expect(extractor.tokens("Café DÉJÀ vu") == ["cafe", "deja", "vu"])
        #expect(extractor.tokens("I DON'T know, can’t say") == ["i", "dont", "know", "cant", "say"])
        #expect(extractor.tokens("paid $3.50 on the 2nd, 1,000 times") == ["paid", "<num>", "on", "the", "0nd", "<num>", "times"])
        #expect(extractor.tokens("sooooo slowwww") == ["soo", "sloww"])
        #expect(extractor.tokens("why?!?! #fail 😡") == ["why", "?", "!", "fail", "😡"])
        #expect(extractor.tokens("ｆｕｌｌ width") == ["full", "width"])
    }

    @Test func bigramsAndCharacterNgramsAddFeatures() {
        let words = FeatureExtractor(featureBits: 18, wordBigrams: false, charNgrams: nil).counts("late delivery")
        let bigrams = FeatureExtractor(featureBits: 18, wordBigrams: true, charNgrams: nil).counts("late delivery")
        let chars = FeatureExtractor(featureBits: 18, wordBigrams: true, charNgrams: 2...4).counts("late delivery")
        #expect(words.words.count == 2 && words.chars.isEmpty)
        #expect(bigrams.words.count == 3)
        #expect(chars.chars.count > 20)
        // Order matters for bigrams but not for unigrams.
        #expect(bigrams != FeatureExtractor(featureBits: 18, wordBigrams: true, charNgrams: nil).counts("delivery late"))
        #expect(words == FeatureExtractor(featureBits: 18, wordBigrams: false, charNgrams: nil).counts("delivery late"))
    }

    @Test func bucketsStayInTheHashSpaceAndAreStable() {
        let small = FeatureExtractor(featureBits: 8, wordBigrams: true, charNgrams: 2...4)
        let c = small.counts("the quick brown fox jumps over the lazy dog")
        #expect((c.words + c.chars).allSatisfy { $0.bucket < 256 })
        // "the" occurs twice: counted, not listed twice.
        #expect(c.words.contains { $0.count == 2 })
        // A fixed hash function (FNV-1a + finalizer): saved models depend on these exact buckets.
        #expect(FeatureExtractor(featureBits: 18).counts("refund").words.map(\.bucket) == [173_627])
        #expect(FeatureExtractor.mix(0) == 0 && FeatureExtractor.mix(1) == 0xb456_bcfc_34c2_cb2c)
    }
}

@Suite struct SignalFeatureTests {
    @Test func signalsSayWhatSentimentAndTheDefaultRulesSee() {
        let text = "@acme This is the worst service ever, I want a refund and I am cancelling my account"
        let extractor = FeatureExtractor()
        let (tokens, masked) = extractor.tokenize(text, masking: true)
        let signals = FeatureExtractor.signalTokens(masked, tokens: tokens)
        let compound = signals.first { $0.hasPrefix("<compound:") }
        #expect(compound.map { $0.hasPrefix("<compound:-") } == true, "\(signals)")
        #expect(signals.contains("<lexneg>"))
        #expect(signals.contains("<rule:intent/complaint>"), "\(signals)")
        #expect(signals.contains("<rule:intent/churn>"), "\(signals)")
        let praise = FeatureExtractor.signalTokens("Thank you, wonderful help!", tokens: extractor.tokens("Thank you, wonderful help!"))
        #expect(praise.contains("<lexpos>"))
        #expect(!praise.contains("<rule:intent/complaint>"))
    }

    @Test func signalsAreExtraWordFeaturesOnlyWhenAskedFor() {
        let text = "this is broken, terrible, I want my money back"
        let plain = FeatureExtractor(featureBits: 18, wordBigrams: true, charNgrams: nil, signals: false).counts(text)
        let with = FeatureExtractor(featureBits: 18, wordBigrams: true, charNgrams: nil, signals: true).counts(text)
        #expect(with.chars == plain.chars)
        #expect(with.words.map(\.count).reduce(0, +) > plain.words.map(\.count).reduce(0, +))
        #expect(Set(plain.words.map(\.bucket)).isSubset(of: Set(with.words.map(\.bucket))))
    }

    /// A question mark inside a link must not make the text a question, nor a handle's
    /// spelling change the sentiment.
    @Test func handlesAndLinksAreMaskedBeforeSignals() {
        let extractor = FeatureExtractor()
        let (_, masked) = extractor.tokenize("@GoodService see https://x.org/a?b=1 and www.acme.com/help?x now", masking: true)
        #expect(!masked.contains("?"))
        #expect(!masked.contains("GoodService"))
        #expect(masked.contains("see") && masked.contains("and") && masked.hasSuffix(" now"))
        #expect(extractor.tokenize("plain text", masking: false).masked.isEmpty)
        let a = extractor.counts("@GoodService is it down? https://x.org/a?b")
        let b = extractor.counts("@x is it down? http://y.com/c")
        #expect(a == b)
    }
}

@Suite struct TokenizerShortcutTests {
    /// The tokenizer answers ASCII characters without Unicode property lookups; those answers
    /// must be the lookups' own, or saved models would see different tokens.
    @Test func asciiShortcutsAgreeWithUnicodeProperties() {
        for value in UInt8(0)..<0x80 {
            let c = Unicode.Scalar(value)
            #expect(FeatureExtractor.isNumeric(c) == (c.properties.numericType != nil), "\(value)")
            #expect(FeatureExtractor.isWhitespace(c) == c.properties.isWhitespace, "\(value)")
            #expect(!c.properties.isEmojiPresentation, "\(value)")
        }
        // Beyond ASCII the lookups themselves answer.
        #expect(FeatureExtractor.isNumeric("٣") && FeatureExtractor.isNumeric("½"))
        #expect(FeatureExtractor.isWhitespace("\u{A0}") && FeatureExtractor.isWhitespace("\u{3000}"))
    }
}

@Suite struct RadixSortTests {
    @Test(arguments: [0, 1, 5, 64, 65, 300, 5_000])
    func sortsLikeTheStandardSort(_ count: Int) {
        var rng = SplitMix64(seed: UInt64(count) + 7)
        for bits in [8, 18, 26, 32] {
            var values = (0..<count).map { _ in UInt32(truncatingIfNeeded: rng.next() >> UInt64(64 - bits)) }
            values += values.prefix(count / 3)   // repeats, as counts have
            var radix = values
            FeatureExtractor.radixSort(&radix)
            #expect(radix == values.sorted(), "\(count) values of \(bits) bits")
        }
    }
}

@Suite struct NormalizeWordTests {
    static func ascii(_ word: String) -> String {
        var w = word
        return w.withUTF8 { FeatureExtractor.normalizeASCII($0) }
    }

    /// The ASCII shortcut must give exactly what the general normalization gives.
    @Test func asciiShortcutAgreesWithTheGeneralPath() {
        let fixed = ["", "a", "Hello", "HELLOOOO", "sooooo", "aaBBbb", "2nd", "B2B", "1,000", "3.50", "1.2.3", ".,", "..",
                     "x1y22z333", "000", "abc123def", "Zz", "ZZZz", "mississippi", "aaa111aaa", "9", "a.b", "COOOL1"]
        for word in fixed {
            #expect(Self.ascii(word) == FeatureExtractor.normalizeGeneral(word), "\(word)")
        }
        var rng = SplitMix64(seed: 11)
        let alphabet = Array("aAbBzZ0189.,'_xX".utf8)
        for _ in 0..<5_000 {
            let length = Int(rng.next() % 9)
            let word = String(decoding: (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }, as: UTF8.self)
            #expect(Self.ascii(word) == FeatureExtractor.normalizeGeneral(word), "\(word)")
        }
    }

    @Test func nonASCIIWordsTakeTheGeneralPath() {
        #expect(FeatureExtractor.normalizeWord("Déjà") == "deja")
        #expect(FeatureExtractor.normalizeWord("ＦＵＬＬ") == "full")
        #expect(FeatureExtractor.normalizeWord("٣٣") == FeatureExtractor.numberToken)
    }
}
