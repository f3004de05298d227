@testable import EarshotSentiment
import Foundation
import Testing

@Suite struct SentimentLexiconTests {
    @Test func parsesColumnsCommentsAndCRLF() throws {
        let lexicon = try SentimentLexicon(tsv: "# header\r\n\r\ngood\t1.9\t0.5\t[1, 2]\r\nBad\t-2.5\r\n  \r\n:)\t2\r\n",
                                           source: "mini.tsv")
        #expect(lexicon.count == 3)
        #expect(lexicon.valence(of: "good") == 1.9)
        #expect(lexicon.valence(of: "BAD") == -2.5, "keys fold to lowercase")
        #expect(lexicon.valence(of: ":)") == 2)
    }

    @Test func lowercaseLineWinsOverFoldedOne() throws {
        let lexicon = try SentimentLexicon(tsv: "xd\t2.7\nXD\t1.0\n:D\t1.0\n:d\t2.3\n", source: "s")
        #expect(lexicon.valence(of: "xd") == 2.7)
        #expect(lexicon.valence(of: ":d") == 2.3)
    }

    @Test func badNumberNamesSourceAndLine() throws {
        #expect {
            try SentimentLexicon(tsv: "# c\ngood\t1.9\n\nbad\tabc\n", source: "words.tsv")
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "words.tsv line 4: mean \"abc\" of \"bad\" is not a number"
        }
        #expect(throws: SentimentLexiconError.self) { try SentimentLexicon(tsv: "x\tnan\n", source: "s") }
        for notDecimal in ["0x2", "inf", "-infinity", "0x1p1", "2,5"] {
            #expect(throws: SentimentLexiconError.self, "\(notDecimal)") { try SentimentLexicon(tsv: "x\t\(notDecimal)\n", source: "s") }
        }
        #expect(try SentimentLexicon(tsv: "a\t-1.5e0\nb\t+2\nc\t.5\n", source: "s").count == 3)
        #expect(throws: SentimentLexiconError.self) { try SentimentLexicon(tsv: "x\t\t1\n", source: "s") }
    }

    @Test func aMeanOffTheScaleIsRefused() throws {
        #expect {
            try SentimentLexicon(tsv: "good\t1.9\nsuperb\t25\n", source: "words.tsv")
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "words.tsv line 2: mean 25 of \"superb\" is outside −4…+4, the scale the rules expect (rescale a lexicon written on another scale)"
        }
        #expect(throws: SentimentLexiconError.self) { try SentimentLexicon(tsv: "x\t-4.01\n", source: "s") }
        #expect(try SentimentLexicon(tsv: "a\t4\nb\t-4\n", source: "s").count == 2)
    }

    @Test func missingColumnNamesSourceAndLine() {
        #expect {
            try SentimentLexicon(tsv: "good\t1.9\ngreat 3.1\n", source: "words.tsv")
        } throws: { error in
            let e = error as? SentimentLexiconError
            return e?.line == 2 && e?.source == "words.tsv" && e?.description.contains("no tab") == true
        }
        #expect {
            try SentimentLexicon(tsv: "\t1.0\n", source: "w")
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "w line 1: word column is empty"
        }
    }

    @Test func loadNamesPath() throws {
        #expect {
            try SentimentLexicon.load(path: "/nonexistent/lexicon.tsv")
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "/nonexistent/lexicon.tsv: cannot read the file: no such file"
        }
        #expect {
            try SentimentLexicon.load(path: FileManager.default.temporaryDirectory.path)
        } throws: { error in
            (error as? SentimentLexiconError)?.description.hasSuffix(": cannot read the file: is a directory, not a file") == true
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-lexicon-\(UUID()).tsv")
        try Data("happy\t2.5\nsad\toops\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try SentimentLexicon.load(path: url.path)
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "\(url.path) line 2: mean \"oops\" of \"sad\" is not a number"
        }
        // Bytes that are not UTF-8 are reported at their line, not for the whole file.
        try Data([UInt8]("happy\t2.5\n".utf8) + [0x73, 0x61, 0xFF, 0x64, 0x09, 0x31, 0x0A]).write(to: url)
        #expect {
            try SentimentLexicon.load(path: url.path)
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "\(url.path) line 2: not valid UTF-8 (save the file as UTF-8)"
        }
    }

    @Test func mergingLetsOtherWin() throws {
        let base = try SentimentLexicon(tsv: "good\t1.9\nbad\t-2.5\n", source: "a")
        let extra = try SentimentLexicon(tsv: "good\t3.0\nacme\t-1\n", source: "b")
        let merged = base.merging(extra)
        #expect(merged.count == 3)
        #expect(merged.valence(of: "good") == 3.0)
        #expect(merged.valence(of: "bad") == -2.5)
        let engine = SentimentEngine(lexicon: merged)
        #expect(engine.score("acme").compound < 0)
    }

    @Test func emojiTableParsing() throws {
        let table = try SentimentEngine.emojiTable(tsv: "😀\tgrinning face\n# c\n\n😢\tcrying face\textra\n", source: "e")
        #expect(table == ["😀": "grinning face", "😢": "crying face"])
        #expect {
            try SentimentEngine.emojiTable(tsv: "😀\tok\n😢\n", source: "emoji.txt")
        } throws: { error in
            (error as? SentimentLexiconError)?.description == "emoji.txt line 2: expected emoji<TAB>description"
        }
    }

    @Test func builtInLexiconIsWellFormed() {
        let parsed = SentimentLexicon.parseBuckets(SentimentLexicon.builtInLexiconText)
        #expect(parsed.errors.isEmpty, "\(parsed.errors.prefix(5))")
        #expect(parsed.duplicates.isEmpty, "rated twice: \(parsed.duplicates.prefix(20))")
        #expect(SentimentLexicon.builtIn.count >= 4000)
        let ruleWords = SentimentRules.negators + SentimentRules.boosters + SentimentRules.dampeners + ["but", "least"]
        let rated = ruleWords.filter { SentimentLexicon.builtIn.valence(of: $0) != nil }
        #expect(rated.isEmpty, "rule words must not be rated: \(rated)")
    }

    /// A key the tokenizer can never produce is dead weight: tokens lose the ASCII punctuation
    /// around them (unless two characters or fewer would remain), so `100%` is looked up as
    /// `100`. Scoring each key alone must give it its own sign. A key that strips to another key
    /// of the same sign passes (`hatin'` did, as `hatin`, and was dropped as redundant); this
    /// found `<333` and `100%`.
    @Test func everyBuiltInKeyIsReachable() {
        let engine = SentimentEngine()
        var unreachable: [String] = []
        for (key, valence) in SentimentLexicon.parseBuckets(SentimentLexicon.builtInLexiconText).entries {
            let compound = engine.score(key).compound
            if compound == 0 || (compound > 0) != (valence > 0) { unreachable.append(key) }
        }
        #expect(unreachable.isEmpty, "keys that score 0 or the wrong sign alone: \(unreachable.sorted().prefix(30))")
    }

    @Test func builtInLexiconPolarity() {
        let engine = SentimentEngine()
        for text in ["I love this, thank you so much!", "Great service and friendly staff :)",
                     "Finally fixed, works perfectly now", "Congrats on the new job! So happy for you"] {
            #expect(engine.score(text).compound > 0.3, "\(text)")
        }
        for text in ["This is the worst service ever", "My order arrived broken and nobody helps. Useless.",
                     "I hate waiting on hold for hours :(", "Overcharged again, total scam",
                     "Not good at all"] {
            #expect(engine.score(text).compound < -0.3, "\(text)")
        }
        #expect(abs(engine.score("The meeting is on Tuesday at 10").compound) < 0.05)
    }
}
