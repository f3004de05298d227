import Foundation
import Testing

@testable import EarshotLanguage
import EarshotTesting

@Suite struct AccuracyTests {
    let identifier = try! LanguageIdentifier()

    @Test func testSetHasAtLeastHundredLongSentencesPerLanguage() throws {
        let rows = try loadTestSet()
        for code in TrainingText.codes {
            let long = rows.filter { $0.language == code && $0.isLong }
            #expect(long.count >= 100, "\(code): only \(long.count) sentences of 40+ characters")
        }
    }

    @Test func longSentencesReachNinetySevenPercent() throws {
        let rows = try loadTestSet().filter(\.isLong)
        var correct = 0
        var perLanguage: [String: (correct: Int, total: Int)] = [:]
        var misses: [String] = []
        for row in rows {
            let guess = identifier.identify(row.text)
            let hit = guess.code == row.language
            if hit { correct += 1 } else { misses.append("line \(row.line): \(row.language) read as \(guess.code)") }
            perLanguage[row.language, default: (0, 0)].total += 1
            if hit { perLanguage[row.language, default: (0, 0)].correct += 1 }
        }
        let accuracy = Double(correct) / Double(rows.count)
        print("language accuracy on \(rows.count) sentences of 40+ characters: \(accuracy); misses: \(misses)")
        #expect(accuracy >= 0.97)
        for (code, counts) in perLanguage {
            #expect(Double(counts.correct) / Double(counts.total) >= 0.95, "\(code): \(counts.correct)/\(counts.total)")
        }
    }

    @Test func shortSentencesMostlyRight() throws {
        let rows = try loadTestSet().filter { !$0.isLong }
        #expect(rows.count >= 70)
        let correct = rows.filter { identifier.identify($0.text).code == $0.language }.count
        let wrongLanguage = rows.filter {
            let code = identifier.identify($0.text).code
            return code != $0.language && code != LanguageGuess.undetermined
        }.count
        print("language accuracy on \(rows.count) short sentences: \(Double(correct) / Double(rows.count))")
        #expect(Double(correct) / Double(rows.count) >= 0.85)
        #expect(wrongLanguage <= rows.count / 20)
    }

    @Test func confidenceStaysWithinZeroAndOne() throws {
        let open = try LanguageIdentifier(minConfidence: 0, minLetters: 0)
        for row in try loadTestSet() {
            let guess = open.identify(row.text)
            #expect((0...1).contains(guess.confidence), "line \(row.line): \(guess.confidence)")
        }
    }

    @Test func testSentencesAreNotTrainingSentences() throws {
        let training = Set(TrainingText.all.flatMap { sample in
            sample.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        })
        let reused = try loadTestSet().filter { training.contains($0.text) }
        #expect(reused.isEmpty, "test sentences found in the training text: \(reused.map(\.line))")
    }
}

@Suite struct UndeterminedTests {
    let identifier = try! LanguageIdentifier()

    @Test(arguments: [
        "",
        "   \n\t ",
        "1234567890 555-0199 3.14 42",
        "https://www.example.com/path/to/the-best-english-words?query=hello",
        "www.example.org/news/today",
        "😀🎉👍🔥🔥🔥❤️🙏🏽👨‍👩‍👧",
        "@alice @bob_the_builder @support",
        "#",
        "!!! ??? ... :-) :'( <3",
        "&amp; &lt;&gt; &#39;",
        "\u{301}\u{301}\u{308}",
    ])
    func textWithoutEnoughLettersIsUndetermined(_ text: String) {
        #expect(identifier.identify(text) == LanguageGuess(code: "und", confidence: 0))
    }

    @Test func shortTextFollowsMinLetters() throws {
        // 10 letters: below the default of 12.
        #expect(identifier.identify("Thanks a lot!").code == "und")
        let lenient = try LanguageIdentifier(minConfidence: 0, minLetters: 0)
        #expect(lenient.identify("Thanks a lot!").code != "und")
        let strict = try LanguageIdentifier(minLetters: 200)
        #expect(strict.identify("This sentence is clearly written in English but it is not long enough.").code == "und")
    }

    @Test func minConfidenceTurnsWeakAnswersIntoUnd() throws {
        let text = "Decaffeinated or regular?"
        let open = try LanguageIdentifier(minConfidence: 0)
        let guess = open.identify(text)
        #expect(guess.code != "und")
        let strict = try LanguageIdentifier(minConfidence: 1)
        let refused = strict.identify(text)
        #expect(refused.code == "und")
        #expect(refused.confidence == guess.confidence)
    }

    @Test(arguments: [
        "Zamówiłem buty w zeszłym tygodniu, ale paczka nadal nie dotarła do mnie.",
        "Tilasin kengät viime viikolla, mutta paketti ei ole vieläkään saapunut.",
        "Geçen hafta bir çift ayakkabı sipariş ettim ama kargo hâlâ gelmedi.",
        "Minulý týden jsem si objednal boty, ale balík pořád nedorazil.",
    ])
    func unsupportedLatinLanguagesAreUndetermined(_ text: String) {
        #expect(identifier.identify(text).code == "und")
    }

    @Test func malformedUTF8IsHandled() {
        let bytes: [UInt8] = [0xC3, 0x28, 0xFF, 0xFE] + Array("The weather is lovely today and we are going to the beach".utf8) + [0xE2, 0x82]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(identifier.identify(text).code == "en")
    }
}

@Suite struct TextCleaningTests {
    let identifier = try! LanguageIdentifier()

    @Test func englishTweetWithFrenchHashtagStaysEnglish() {
        let tweet = "Just landed and the hotel staff were amazing, can't wait to explore the old town tomorrow #vacancesaparis #bonjour"
        let guess = identifier.identify(tweet)
        #expect(guess.code == "en")
        #expect(guess.confidence > 0.9)
    }

    @Test(arguments: [
        ("en", "Merci beaucoup! Your support team fixed my billing problem in five minutes, really impressed."),
        ("fr", "Je suis tellement déçue par cette commande, rien ne fonctionne comme prévu, what a joke"),
        ("de", "Ich habe gestern das neue Update installiert und jetzt funktioniert gar nichts mehr, thanks a lot"),
        ("es", "Muchísimas gracias por todo, el envío llegó antes de lo previsto, you guys rock"),
    ])
    func mixedTextFollowsItsMainLanguage(_ expected: String, _ text: String) {
        #expect(identifier.identify(text).code == expected)
    }

    @Test func urlsAndHandlesDoNotCount() {
        let text = "@HelpDeskTeam @TheBestShopEver regardez https://example.com/the-best-english-words-in-this-very-long-address "
            + "c'est vraiment magnifique, merci"
        #expect(identifier.identify(text).code == "fr")
        let email = "contact support.team@example-shop.com, ma commande n'est toujours pas arrivée"
        #expect(identifier.identify(email).code == "fr")
    }

    @Test func decomposedAccentsAreComposed() {
        let composed = "Ça me paraît très compliqué, je préfère qu'on en reparle à la réunion."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        #expect(identifier.identify(decomposed) == identifier.identify(composed))
        #expect(identifier.identify(decomposed).code == "fr")
    }

    @Test func upperCaseReadsLikeLowerCase() {
        let text = "Die Lieferung ist schon wieder zu spät und niemand antwortet auf meine Nachrichten."
        #expect(identifier.identify(text.uppercased()) == identifier.identify(text))
    }

    @Test func longTextIsHandled() {
        let paragraph = "Nous avons passé une excellente semaine à la montagne avec les enfants. "
        let guess = identifier.identify(String(repeating: paragraph, count: 2_000))
        #expect(guess.code == "fr")
        #expect(guess.confidence > 0.99)
    }
}

@Suite struct ScriptTests {
    let identifier = try! LanguageIdentifier()

    @Test(arguments: [
        ("ru", "Здравствуйте, мой заказ до сих пор не пришёл, помогите пожалуйста."),
        ("el", "Καλησπέρα, η παραγγελία μου δεν έχει φτάσει ακόμα."),
        ("ja", "注文した商品がまだ届いていません。確認していただけますか。"),
        ("zh", "我的订单到现在还没有送到，请帮我查一下。"),
        ("ko", "주문한 상품이 아직 도착하지 않았어요. 확인 부탁드립니다."),
        ("ar", "مرحبا، طلبي لم يصل بعد، هل يمكنكم المساعدة؟"),
        ("he", "שלום, ההזמנה שלי עדיין לא הגיעה, אפשר לבדוק?"),
        ("th", "สวัสดีครับ สินค้าที่สั่งยังไม่มาส่งเลย"),
        ("hi", "नमस्ते, मेरा ऑर्डर अभी तक नहीं आया है, कृपया मदद करें।"),
    ])
    func otherScriptsMapToTheirLanguage(_ expected: String, _ text: String) {
        let guess = identifier.identify(text)
        #expect(guess.code == expected)
        #expect(guess.confidence > 0.8)
    }

    @Test func scriptLanguagesLeftOutAreUndetermined() throws {
        let latinOnly = try LanguageIdentifier(languages: ["en", "fr"])
        #expect(latinOnly.identify("Здравствуйте, мой заказ до сих пор не пришёл.").code == "und")
    }

    @Test func mixedScriptsLowerTheConfidence() {
        let mostlyRussian = identifier.identify("Спасибо большое за помощь, всё работает отлично! great job")
        #expect(mostlyRussian.code == "ru")
        #expect(mostlyRussian.confidence < 0.9)
    }
}

@Suite struct ConfigurationTests {
    @Test func unknownCodeThrowsNamingItAndTheSupportedOnes() {
        do {
            _ = try LanguageIdentifier(languages: ["en", "xx"])
            Issue.record("expected an error for the code xx")
        } catch let error as LanguageIdentifierError {
            #expect(error.code == .unknownLanguage)
            #expect(error.message.contains("\"xx\""))
            #expect(error.message.contains("languages[1]"))
            for code in LanguageIdentifier.supported { #expect(error.message.contains(code)) }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func invalidSettingsThrow() {
        #expect(throws: LanguageIdentifierError.self) { try LanguageIdentifier(languages: []) }
        #expect(throws: LanguageIdentifierError.self) { try LanguageIdentifier(minConfidence: 1.5) }
        #expect(throws: LanguageIdentifierError.self) { try LanguageIdentifier(minConfidence: -0.1) }
        #expect(throws: LanguageIdentifierError.self) { try LanguageIdentifier(minConfidence: .nan) }
        #expect(throws: LanguageIdentifierError.self) { try LanguageIdentifier(minLetters: -1) }
    }

    @Test func codesAreMatchedCaseInsensitively() throws {
        let identifier = try LanguageIdentifier(languages: ["EN", " de "])
        #expect(identifier.languages == ["en", "de"])
    }

    @Test func supportedListsTheModelLanguagesOnce() {
        let supported = LanguageIdentifier.supported
        #expect(Set(supported).count == supported.count)
        for code in ["en", "fr", "es", "de", "it", "pt", "nl"] { #expect(supported.contains(code)) }
        #expect(NGramModel.shared.languages == TrainingText.codes)
    }

    /// A language left out of the list is still recognized, and answered `und`: French is not
    /// called English because only English and German were chosen.
    @Test func subsetAnswersItsLanguagesAndUndForTheOthers() throws {
        let identifier = try LanguageIdentifier(languages: ["en", "de"])
        let spanish = "Me encanta la nueva actualización, el modo oscuro queda genial y todo va mucho más rápido."
        #expect(identifier.identify(spanish).code == "und")
        #expect(identifier.identify("bonjour comment allez vous aujourd hui").code == "und")
        #expect(identifier.identify("Muchas gracias por su ayuda, el paquete ha llegado").code == "und")
        #expect(identifier.identify("Thanks a lot for your help, the parcel arrived this morning").code == "en")
        let only = try LanguageIdentifier(languages: ["de"])
        #expect(only.identify("Wir haben das Paket heute Morgen endlich bekommen, vielen Dank!").code == "de")
        #expect(only.identify("We finally got the parcel this morning, thank you so much!").code == "und")
        // A subset answers exactly what the full identifier answers, where that is in the subset.
        let full = try LanguageIdentifier()
        for text in ["Wir haben das Paket heute Morgen endlich bekommen", "Thanks a lot for your help, the parcel arrived",
                     "Het pakket is eindelijk aangekomen, bedankt", "Grazie mille, il pacco è arrivato stamattina"] {
            let f = full.identify(text), s = identifier.identify(text)
            #expect(s == (["en", "de"].contains(f.code) ? f : LanguageGuess(code: "und", confidence: 0)), "\(text)")
        }
    }

    @Test func sampleConfigBuildsAnIdentifier() throws {
        let text = try String(contentsOf: TestFiles.sampleConfig, encoding: .utf8)
        var settings: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { settings[String(trimmed[..<colon])] = value }
        }
        #expect(settings["type"] == "language")
        let minConfidence = try #require(settings["min_confidence"].flatMap(Double.init))
        let identifier = try LanguageIdentifier(minConfidence: minConfidence)
        #expect(identifier.minConfidence == 0.5)
    }

    @Test func identifierIsUsableFromManyTasks() async throws {
        let identifier = try LanguageIdentifier()
        let rows = try loadTestSet().filter(\.isLong).prefix(200)
        let expected = rows.map { identifier.identify($0.text) }
        let results = await withTaskGroup(of: (Int, LanguageGuess).self) { group in
            for (index, row) in rows.enumerated() {
                group.addTask { (index, identifier.identify(row.text)) }
            }
            var results = [LanguageGuess?](repeating: nil, count: rows.count)
            for await (index, guess) in group { results[index] = guess }
            return results
        }
        #expect(results.map { $0! } == expected)
    }
}

@Suite struct TestSetParserTests {
    @Test func brokenLinesAreReportedWithTheirNumber() {
        #expect {
            try parseTestSet("en\tfine sentence here\nno tab on this line\n", name: "set.tsv")
        } throws: { error in
            "\(error)" == "set.tsv line 2: expected lang<TAB>sentence, found no tab"
        }
        #expect {
            try parseTestSet("# comment\nEN\tupper-case code\n", name: "set.tsv")
        } throws: { error in
            "\(error)".hasPrefix("set.tsv line 2: language \"EN\"")
        }
        #expect {
            try parseTestSet("fr\t   \n", name: "set.tsv")
        } throws: { error in
            "\(error)" == "set.tsv line 1: sentence is empty"
        }
    }
}

@Suite struct EarlyStopTests {
    /// One clear English sentence, then a longer German tail.
    static let mixed = "The parcel arrived this morning and everything inside was in perfect condition. "
        + String(repeating: "Das Paket ist heute Morgen angekommen und alles war in einwandfreiem Zustand. ", count: 3)

    @Test func stoppingEarlyGivesTheSameAnswersAsScoringEverything() throws {
        let early = try LanguageIdentifier()
        let full = try LanguageIdentifier(languages: nil, minConfidence: 0.5, minLetters: 12, earlyStop: .never)
        var differ: [String] = []
        for row in try loadTestSet() {
            let a = early.identify(row.text), b = full.identify(row.text)
            if a.code != b.code { differ.append("line \(row.line): \(a.code) vs \(b.code)") }
        }
        // Long texts are where the stop actually cuts: several test sentences in a row.
        let rows = try loadTestSet().filter(\.isLong)
        for language in TrainingText.codes {
            let paragraph = rows.filter { $0.language == language }.prefix(6).map(\.text).joined(separator: " ")
            let a = early.identify(paragraph), b = full.identify(paragraph)
            #expect(a.code == language)
            #expect(b.code == language)
            #expect(a.confidence > 0.9, "\(language): \(a.confidence)")
        }
        #expect(differ.isEmpty, "\(differ)")
    }

    /// The documented trade-off: once the beginning is clear, the rest is not read.
    @Test func aLongClearBeginningDecides() throws {
        let early = try LanguageIdentifier()
        let full = try LanguageIdentifier(languages: nil, minConfidence: 0.5, minLetters: 12, earlyStop: .never)
        #expect(early.identify(Self.mixed).code == "en")
        #expect(full.identify(Self.mixed).code == "de")
    }

    @Test func leadIsZeroOnTiesAndWithOneCandidate() {
        var all = SIMDMask<SIMD8<Int32>>()
        for lane in 0..<3 { all[lane] = true }
        #expect(NGramModel.lead(of: SIMD8(10, 30, 25, 0, 0, 0, 0, 0), among: all) == 15)
        #expect(NGramModel.lead(of: SIMD8(10, 10, 25, 0, 0, 0, 0, 0), among: all) == 0)
        var one = SIMDMask<SIMD8<Int32>>()
        one[1] = true
        #expect(NGramModel.lead(of: SIMD8(10, 30, 25, 0, 0, 0, 0, 0), among: one) == 0)
        // Lanes outside the candidates never count, however low their penalty.
        #expect(NGramModel.lead(of: SIMD8(10, 30, 25, 0, 0, 0, 0, 0), among: all) == 15)
    }
}

@Suite struct ChunkedScanTests {
    static func wholeText(_ text: String) -> (NGramModel.Scores, Int) {
        var all = SIMDMask<SIMD8<Int32>>()
        for lane in 0..<7 { all[lane] = true }
        return NGramModel.withIDs(of: text) { ids, scripts in
            var scores = NGramModel.Scores(stop: .never)
            _ = NGramModel.shared.score(ids: ids, into: &scores, candidates: all, stop: .never)
            return (scores, scripts.totalLetters)
        }
    }

    /// Chunks end at whitespace and n-grams never cross a word boundary, so scoring chunk by
    /// chunk must count exactly the n-grams of the whole text.
    @Test(arguments: [
        String(repeating: "The parcel arrived this morning, thank you so much! ", count: 12),
        "Ein sehr langer Satz ohne viele Leerzeichen: " + String(repeating: "Donaudampfschifffahrtsgesellschaftskapitän", count: 5) + " und dann noch mehr Text hinterher.",
        String(repeating: "e\u{301}te\u{301} cafe\u{301} na\u{EF}ve ", count: 20),   // decomposed: composed once, then chunked
        String(repeating: "visit https://example.com/a/very/long/path?with=query and @handle_here now ", count: 6),
        String(repeating: "x", count: 200),
        "",
    ])
    func chunkedScoresEqualWholeTextScores(_ text: String) {
        var all = SIMDMask<SIMD8<Int32>>()
        for lane in 0..<7 { all[lane] = true }
        let (chunked, scripts) = NGramModel.shared.scanAndScore(text, candidates: all, stop: .never)
        let (whole, letters) = Self.wholeText(text)
        #expect(chunked.penalties == whole.penalties)
        #expect(chunked.covered == whole.covered)
        #expect(chunked.known == whole.known && chunked.long == whole.long)
        #expect(scripts.totalLetters == letters)
    }

    @Test func longTextsStopAfterTheirOpening() {
        var all = SIMDMask<SIMD8<Int32>>()
        for lane in 0..<7 { all[lane] = true }
        let text = String(repeating: "The parcel arrived this morning and everything inside was in perfect condition. ", count: 50)
        let (scores, scripts) = NGramModel.shared.scanAndScore(text, candidates: all, stop: NGramModel.EarlyStop())
        let (whole, letters) = Self.wholeText(text)
        #expect(scores.long < whole.long / 10, "\(scores.long) of \(whole.long) long n-grams scored")
        #expect(scripts.totalLetters < letters / 10)
    }
}

@Suite struct ScoreLoopTests {
    /// What `score(ids:)` must add up: every n-gram `forEachGram(ids:)` yields, looked up one
    /// by one. The scoring loop enumerates n-grams itself (for speed), so this pins it to the
    /// enumeration training uses: a word's 3-gram right after a boundary, say, must count.
    static func reference(_ ids: UnsafeBufferPointer<UInt8>) -> NGramModel.Scores {
        let model = NGramModel.shared
        var scores = NGramModel.Scores(stop: .never)
        NGramModel.forEachGram(ids: ids) { key, order in
            if order < 3 {
                let entry = model.shortEntry(key)
                scores.penalties &+= SIMD8<UInt32>(truncatingIfNeeded: entry)
                scores.known += Int(entry[7])
                return
            }
            scores.long += 1
            guard let entry = model.longEntry(key) else { return }
            scores.known += 1
            scores.penalties &+= SIMD8<UInt32>(truncatingIfNeeded: entry.penalties)
            for lane in 0..<8 where entry.seenBy & (1 << UInt8(lane)) != 0 { scores.covered[lane] += 1 }
        }
        return scores
    }

    @Test(arguments: [
        "a", "ab", "abc", "I am ok", "The parcel arrived this morning, thank you so much!",
        "Où est la gare ? Je ne la trouve pas.", "Straße, Mädchen und Äpfel", "x y z xy yz xyz",
        "Donaudampfschifffahrtsgesellschaftskapitän", "   spaced    out   ", "12 34 !!! ...", "",
        // Long enough that 16-bit partial sums would overflow if the loop did not add them up every 60 ids.
        String(repeating: "the parcel arrived this morning and everything was fine ", count: 40),
        String(repeating: "zzzqxqzzzkkwwjj", count: 20),
    ])
    func scoreAddsExactlyTheNGramsTrainingEnumerates(_ text: String) {
        var all = SIMDMask<SIMD8<Int32>>()
        for lane in 0..<7 { all[lane] = true }
        NGramModel.withIDs(of: text) { ids, _ in
            var scores = NGramModel.Scores(stop: .never)
            _ = NGramModel.shared.score(ids: ids, into: &scores, candidates: all, stop: .never)
            let expected = Self.reference(ids)
            #expect(scores.penalties == expected.penalties, "\(text)")
            #expect(scores.covered == expected.covered, "\(text)")
            #expect(scores.known == expected.known && scores.long == expected.long,
                    "\(text): known \(scores.known) vs \(expected.known), long \(scores.long) vs \(expected.long)")
        }
    }
}

@Suite struct TextScannerTests {
    static func ids(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count + 2) { out, count in
                count = TextScanner.scan(bytes, into: out).count
            }
        }
    }

    static func id(_ letter: Character) -> UInt8 { TextScanner.latinIDTable[Int(letter.unicodeScalars.first!.value)] }

    @Test func lettersGetTheirIdsAndEverythingElseIsOneBoundary() {
        let s = TextScanner.space
        #expect(Self.ids("Hi, you!") == [s, Self.id("h"), Self.id("i"), s, Self.id("y"), Self.id("o"), Self.id("u"), s])
        // Upper and lower case share an id; digits, punctuation and runs of them are one boundary.
        #expect(Self.ids("A1-2b") == [s, Self.id("a"), s, Self.id("b"), s])
        #expect(Self.ids("é É") == [s, Self.id("é"), s, Self.id("é"), s])
    }

    @Test func entitiesURLsAndHandlesAreDropped() {
        let s = TextScanner.space
        #expect(Self.ids("a&amp;b") == [s, Self.id("a"), s, Self.id("b"), s])
        #expect(Self.ids("a & b") == [s, Self.id("a"), s, Self.id("b"), s])
        #expect(Self.ids("go https://example.com/x @someone now") == Self.ids("go now"))
    }
}

@Suite struct LanguageAnalyzerBatchTests {
    @Test func analyzeEachGivesWhatAnalyzeNowGives() throws {
        let differences = AnalyzerChecks.analyzeEachDifferences(LanguageAnalyzer(identifier: try LanguageIdentifier()))
        #expect(differences.isEmpty, "\(differences)")
    }
}
