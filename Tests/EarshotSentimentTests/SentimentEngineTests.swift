import EarshotCore
import Logging
@testable import EarshotSentiment
import EarshotTesting
import Testing

/// Rule tests on a small hand-made lexicon, so each expectation is worked out from the
/// published constants rather than from the built-in ratings.
@Suite struct SentimentEngineTests {
    static let lexicon = try! SentimentLexicon(tsv: """
        # test lexicon
        good\t1.9
        bad\t-2.5
        great\t3.1
        fab\t2.0
        nice\t1.0
        horrible\t-2.5
        no\t-1.2
        shit\t-2.6
        smiling\t1.6
        :)\t2.0
        schön\t2.0
        """, source: "test")
    let engine = SentimentEngine(lexicon: Self.lexicon, emoji: ["😀": "smiling"])

    /// The sum of valences a compound score came from (inverse of x / sqrt(x² + 15)).
    func raw(_ text: String) -> Double {
        let c = engine.score(text).compound
        return c * (15 / (1 - c * c)).squareRoot()
    }

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

    @Test func singleWordAndNormalisation() {
        let s = engine.score("good")
        #expect(close(s.compound, 1.9 / (1.9 * 1.9 + 15).squareRoot()))
        #expect(close(s.positive, 1) && s.neutral == 0 && s.negative == 0)
        let t = engine.score("The book was good.")
        #expect(close(t.positive, 2.9 / 5.9))
        #expect(close(t.neutral, 3 / 5.9))
        #expect(close(t.positive + t.neutral + t.negative, 1))
    }

    /// A word typed with combining accents finds the key written composed, and the other way round.
    @Test func decomposedAccentsFindComposedKeys() throws {
        #expect(close(raw("sch\u{6F}\u{308}n"), 2.0), "schön typed as o + U+0308")
        let decomposedKey = try SentimentLexicon(tsv: "cafe\u{301}\t2.0\n", source: "test")
        let engine = SentimentEngine(lexicon: decomposedKey, emoji: [:])
        #expect(engine.score("caf\u{E9}").compound > 0.4 && engine.score("caf\u{E9}") == engine.score("cafe\u{301}"))
    }

    /// A held letter is shortened to two, then to one, only for words no key spells out.
    @Test func heldLetters() {
        #expect(close(raw("goooood"), 1.9))            // → "good" (two kept)
        #expect(close(raw("baaaaad"), -2.5))           // "baad" is no key → "bad"
        #expect(close(raw("sooo good"), 1.9 + 0.293))  // the booster "so"
        #expect(close(raw("nooo good"), raw("no good")))
        #expect(close(raw("It is GOOOOD"), 1.9 + 0.733))   // capitals still count
        #expect(raw("baad") == 0)                       // a double is no held letter
        #expect(raw("g" + String(repeating: "o", count: 70) + "d") == 0)   // over 64 bytes: not tried
        #expect(raw("schööön") == 0)                    // only ASCII letters are shortened

        let spelled = try! SentimentLexicon(tsv: "good\t1.9\ngoood\t3.0\n", source: "test")
        let withKey = SentimentEngine(lexicon: spelled, emoji: [:])
        #expect(close(withKey.score("GOOOD").compound, withKey.score("goood").compound))   // the key as written wins
        #expect(close(withKey.score("gooooood").compound, withKey.score("good").compound))
        let off = SentimentEngine(lexicon: Self.lexicon, emoji: [:], lengthening: false)
        #expect(off.score("goooood").compound == 0 && off.score("good").compound > 0)
    }

    @Test func negation() {
        #expect(close(raw("not good"), 1.9 * -0.74))
        #expect(close(raw("it isn't good"), 1.9 * -0.74), "n't counts as a negator")
        #expect(close(raw("ISN'T it good"), 1.9 * -0.74), "negators match in any case")
        #expect(close(raw("not very good"), (1.9 + 0.293) * -0.74))
        #expect(close(raw("never was it good"), 1.9 * -0.74), "three words back still negates")
        #expect(close(raw("never was it a good"), 1.9), "four words back does not")
        #expect(close(raw("never so good"), (1.9 + 0.293) * 1.25))
        #expect(close(raw("without doubt good"), 1.9))
        #expect(close(raw("without good"), 1.9 * -0.74))
        // Typographic quotes, as phone keyboards type them, read as ASCII apostrophes.
        #expect(close(raw("it isn\u{2019}t good"), 1.9 * -0.74), "n’t counts as a negator")
        #expect(engine.score("I don\u{2019}t find it good, it isn\u{2019}t great") == engine.score("I don't find it good, it isn't great"))
        #expect(engine.score("\u{2018}good\u{2019} \u{1F600}") == engine.score("'good' \u{1F600}"), "and emoji are still translated")
        #expect(close(raw("schön isn\u{2019}t it"), 2.0))
    }

    @Test func noAndLeast() {
        #expect(close(raw("no good"), 1.9 * -0.74), "\"no\" before a rated word negates it and is not rated itself")
        #expect(close(raw("no"), -1.2))
        #expect(close(raw("no way or bad"), -1.2 + -2.5 * -0.74), "\"no X or Y\" negates Y")
        #expect(close(raw("least good"), 1.9 * -0.74))
        #expect(close(raw("at least good"), 1.9))
        #expect(close(raw("the least good"), 1.9 * -0.74))
    }

    @Test func contrastiveBut() {
        #expect(close(raw("good but bad"), 1.9 * 0.5 + -2.5 * 1.5))
        #expect(close(raw("bad BUT good"), -2.5 * 0.5 + 1.9 * 1.5 + 0.733 * 0), "only the first but; caps on but alone adds nothing")
        #expect(close(raw("fab but nice"), 1.0 * 0.5 + 1.0),
                "as published, values are updated at their first equal: the halved 2.0 is found for 1.0")
    }

    @Test func capitals() {
        #expect(close(raw("GOOD day"), 1.9 + 0.733))
        #expect(close(raw("GOOD DAY"), 1.9), "no emphasis when the whole text is in capitals")
        #expect(close(raw("BAD day"), -2.5 - 0.733))
        #expect(close(raw("VERY good day"), 1.9 + 0.293 + 0.733), "a capitalised booster adds emphasis too")
        #expect(close(raw("SCHÖN day"), 2.0 + 0.733), "non-ASCII words fold case and count as capitals")
    }

    @Test func boostersAndDampeners() {
        #expect(close(raw("very good"), 1.9 + 0.293))
        #expect(close(raw("very very good"), 1.9 + 0.293 + 0.293 * 0.95))
        #expect(close(raw("extremely bad"), -2.5 - 0.293))
        #expect(close(raw("barely bad"), -2.5 + 0.293))
        #expect(close(raw("kinda good"), 1.9 - 0.293))
        #expect(close(raw("it was kind of good"), 1.9 - 0.293), "\"kind of\" dampens through the idiom check")
        #expect(close(raw("very"), 0), "a booster alone is not rated")
    }

    @Test func punctuationEmphasis() {
        #expect(close(raw("good!!!"), 1.9 + 3 * 0.292, 1e-6))
        #expect(close(raw("good!!!!!!!"), 1.9 + 4 * 0.292, 1e-6), "at most four count")
        #expect(close(raw("bad!"), -2.5 - 0.292, 1e-6))
        #expect(close(raw("good?"), 1.9), "one question mark adds nothing")
        #expect(close(raw("good??"), 1.9 + 0.36, 1e-6))
        #expect(close(raw("good????"), 1.9 + 0.96, 1e-6))
        #expect(engine.score("!!!").compound == 0, "emphasis needs a rated word")
    }

    @Test func idioms() {
        #expect(close(raw("this is the shit"), 3))
        #expect(close(raw("shit"), -2.6))
    }

    @Test func emoticonsAndEmoji() {
        #expect(close(raw(":)"), 2.0), "emoticons are lexicon tokens kept whole")
        #expect(close(raw("great :)"), 3.1 + 2.0))
        #expect(close(raw("😀"), 1.6), "emoji become their description")
        #expect(close(raw("ok😀"), 1.6), "a description is separated from the preceding word")
        #expect(close(raw("😀ok"), 0), "but not from the following one, as in the reference")
        let builtIn = SentimentEngine()
        #expect(builtIn.score("😂").compound > 0.05)
        #expect(builtIn.score("😡").compound < -0.05)
        #expect(builtIn.score("❤️❤️").compound > 0.05, "presentation selectors do not glue words together")
    }

    @Test func emptyAndOddText() {
        #expect(engine.score("") == .zero)
        #expect(engine.score("  \n\t \u{00A0}\u{3000}") == .zero)
        let punctuation = engine.score("... ?! --")
        #expect(punctuation.compound == 0 && punctuation.neutral == 1)
        #expect(close(raw("good\u{00A0}good"), 3.8), "Unicode spaces split words")
        #expect(close(raw("\"good,\""), 1.9), "surrounding punctuation is stripped")
        #expect(close(raw("(good)"), 1.9))
        #expect(engine.score("\u{0}\u{7F}\u{FFFD}𝔤𝔬𝔬𝔡").compound == 0)
        let long = String(repeating: "good bad ", count: 5000)
        #expect(abs(engine.score(long).compound) <= 1)
    }
}

extension SentimentEngineTests {
    @Test func idiomsNeedEveryWord() {
        #expect(close(raw("this is the shit"), 3))
        #expect(close(raw("x is the shit x"), 3), "a two-word idiom matches before other words")
        #expect(close(raw("yes it is shit the"), -2.6), "words in the wrong order are no idiom")
    }
}

@Suite struct ASCIICheckTests {
    /// The eight-bytes-at-a-time check must see a high byte at every position, including
    /// the tail that does not fill a word.
    @Test func findsANonASCIIByteAnywhere() {
        for length in 0...19 {
            let plain = [UInt8](repeating: 0x61, count: length)
            #expect(plain.withUnsafeBufferPointer(SentimentEngine.isASCII), "length \(length)")
            for position in 0..<length {
                var bytes = plain
                bytes[position] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(SentimentEngine.isASCII), "length \(length), byte \(position)")
            }
        }
    }

    @Test func textsWithEmojiAreStillTranslated() {
        let engine = SentimentEngine()
        #expect(engine.score("the parcel came 😍").compound > engine.score("the parcel came").compound)
    }
}

@Suite struct SentimentAnalyzerBatchTests {
    @Test func analyzeEachGivesWhatAnalyzeNowGives() {
        let differences = AnalyzerChecks.analyzeEachDifferences(SentimentAnalyzer(engine: SentimentEngine()))
        #expect(differences.isEmpty, "\(differences)")
        let filtered = AnalyzerChecks.analyzeEachDifferences(SentimentAnalyzer(engine: SentimentEngine(), languages: ["en", "und"]))
        #expect(filtered.isEmpty, "\(filtered)")
    }

    /// With `languages`, the language found earlier decides, then the source's (`en` covers
    /// `en-US`), then `und`; both paths skip the same items.
    @Test func onlyListedLanguagesAreScored() throws {
        let analyzer = SentimentAnalyzer(engine: SentimentEngine(), languages: ["en", "und"])
        let context = AnalyzerContext(logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }, clock: SystemClock())
        let text = "the service was awful"
        let cases: [(found: String?, given: String?, scored: Bool)] = [
            ("en", nil, true), ("fr", nil, false), ("und", nil, true), (nil, nil, true),
            (nil, "en-US", true), (nil, "EN_gb", true), (nil, "fr-CA", false), ("fr", "en", false), ("en", "fr", true),
        ]
        let items = cases.map { Item(source: "t", text: text, language: $0.given) }
        var batch = cases.map { c -> Analysis in var a = Analysis(); a.language = c.found; return a }
        items.withUnsafeBufferPointer { items in
            batch.withUnsafeMutableBufferPointer { out in analyzer.analyzeEach(items, into: out, context: context) { _, _ in } }
        }
        for (i, c) in cases.enumerated() {
            var one = Analysis()
            one.language = c.found
            try analyzer.analyzeNow(items[i], &one, context: context)
            #expect((one.sentiment != nil) == c.scored && (batch[i].sentiment != nil) == c.scored, "\(c)")
        }
    }
    /// Long texts take the heap form of the "but" rule; it must give the reference search's
    /// updates to the bit, including where one value equals another after halving or raising
    /// by half (4 → 2 meets a 2, 1 → 1.5 meets a 1.5) and the first holder is the one updated.
    @Test func theButRuleForLongTextsMatchesTheReferenceSearch() {
        func reference(_ values: [Double], but: Int) -> [Double] {
            var s = values
            for k in 0..<s.count {
                let value = s[k]
                if value == 0 { continue }
                var at = 0
                while s[at] != value { at += 1 }
                if at < but { s[at] = value * 0.5 } else if at > but { s[at] = value * 1.5 }
            }
            return s
        }
        var rng = SplitMix64(seed: 7)
        let pool: [Double] = [0, 0, 0, 1, 1.5, 2, 4, -1, -2, -3, -1.5, 0.5, 2.25, 3, 6]
        for round in 0..<300 {
            let n = 1 + Int(rng.next() % 200)
            var values = (0..<n).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }
            let but = Int(rng.next() % UInt64(n))
            values[but] = 0   // "but" itself is unrated
            let expected = reference(values, but: but)
            let got = values.withUnsafeMutableBufferPointer { b in
                SentimentEngine.applyBut(at: but, indexed: b)
                return Array(b)
            }
            #expect(got.map(\.bitPattern) == expected.map(\.bitPattern), "round \(round): \(values) but at \(but)")
        }
        // Through the engine: a long text takes this form and scores as the rule says (the good
        // before "but" halved, the bad after it raised by half).
        let engine = SentimentEngine(lexicon: SentimentEngineTests.lexicon)
        let long = Array(repeating: "nice", count: 100).joined(separator: " ") + " but bad"
        let sum = 100 * 1.0 * 0.5 - 2.5 * 1.5
        #expect(abs(engine.score(long).compound - sum / (sum * sum + 15).squareRoot()) < 1e-9)
    }
}
