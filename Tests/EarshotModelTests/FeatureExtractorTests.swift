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
