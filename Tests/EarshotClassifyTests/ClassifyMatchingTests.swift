@testable import EarshotClassify
import EarshotTesting
import EarshotCore
import Testing

@Suite struct ClassifyMatchingTests {
    func labels(_ rules: [ClassifyRule], _ text: String, title: String? = nil, sentiment: Double? = nil) async throws -> [String] {
        try await run(ClassifyAnalyzer(rules: rules), item(text, title: title), sentiment: sentiment).labels
    }

    @Test func matchesCaseAndAccentInsensitivelyOnWordBoundaries() async throws {
        let r = [try ClassifyRule(label: "cafe", any: ["café"]), try ClassifyRule(label: "cat", any: ["cat"])]
        #expect(try await labels(r, "Best CAFE! in town") == ["cafe"])
        #expect(try await labels(r, "un café, s'il vous plaît") == ["cafe"])
        #expect(try await labels(r, "concatenate the cats") == [])
        #expect(try await labels(r, "my cat.") == ["cat"])
        #expect(try await labels(r, "cat") == ["cat"])
    }

    /// Scripts written without spaces between words: a phrase there matches inside the run of
    /// text, where the space-bounded form never could; Latin words keep their boundaries.
    @Test func phrasesInScriptsWithoutSpacesMatchInsideTheText() async throws {
        let r = [try ClassifyRule(label: "refund", any: ["退款", "返金*", "คืนเงิน"]),
                 try ClassifyRule(label: "mixed", any: ["iphone 坏了"])]
        #expect(try await labels(r, "我要退款！马上") == ["refund"])
        #expect(try await labels(r, "返金してください") == ["refund"])
        #expect(try await labels(r, "ฉันต้องการคืนเงินทันที") == ["refund"])
        #expect(try await labels(r, "我的iPhone坏了") == [], "the Latin side keeps its word boundary")
        #expect(try await labels(r, "我的 iPhone 坏了吗") == ["mixed"])
        #expect(try await labels(r, "myiphone 坏了") == [])
        #expect(try await labels(r, "请退货") == [])
        #expect(FoldedPhrase("退款")?.bytes == Array("退款".utf8))
        #expect(FoldedPhrase("iPhone 坏了")?.bytes == Array(" iphone 坏了".utf8))
        #expect(FoldedPhrase("cat")?.bytes == Array(" cat ".utf8))
        #expect(FoldedPhrase("안녕")?.bytes == Array(" 안녕 ".utf8), "Korean separates words by spaces")
    }

    @Test func multiWordPhrasesMatchAcrossPunctuationAndSpaces() async throws {
        let r = [try ClassifyRule(label: "dm", any: ["please DM us"])]
        #expect(try await labels(r, "Sorry! Please... DM   us, thanks") == ["dm"])
        #expect(try await labels(r, "please dm usually") == [])
        #expect(try await labels(r, "please, do DM us") == [])
    }

    @Test func apostrophesVanishInTextAndPhrases() async throws {
        let r = [try ClassifyRule(label: "broken", any: ["doesn't work"])]
        #expect(try await labels(r, "It DOESNT work") == ["broken"])
        #expect(try await labels(r, "it doesn’t work at all") == ["broken"])
    }

    @Test func trailingStarMatchesWordPrefixes() async throws {
        let r = [try ClassifyRule(label: "refund", any: ["refund*"])]
        #expect(try await labels(r, "I was refunded") == ["refund"])
        #expect(try await labels(r, "Refunds please") == ["refund"])
        #expect(try await labels(r, "prerefund") == [])
        let two = [try ClassifyRule(label: "x", any: ["money back*"])]
        #expect(try await labels(two, "my money backlog") == ["x"])
        #expect(try await labels(two, "my money is back") == [])
    }

    @Test func allNoneAndAnyCombine() async throws {
        let r = [try ClassifyRule(label: "late", any: ["late", "delayed"], all: ["flight"], none: ["not late"])]
        #expect(try await labels(r, "Flight delayed again") == ["late"])
        #expect(try await labels(r, "Train delayed again") == [])
        #expect(try await labels(r, "flight was late") == ["late"])
        #expect(try await labels(r, "flight was not late") == [])
    }

    @Test func fieldSelectsTitleOrText() async throws {
        let rules = [try ClassifyRule(label: "t", field: .title, any: ["recall"]),
                     try ClassifyRule(label: "b", field: .text, any: ["recall"]),
                     try ClassifyRule(label: "a", all: ["recall", "charger"])]
        #expect(try await labels(rules, "charger", title: "Recall notice") == ["t", "a"])
        #expect(try await labels(rules, "recall of a charger") == ["b", "a"])
        // A phrase does not run from the title into the text.
        let span = [try ClassifyRule(label: "s", any: ["notice charger"])]
        #expect(try await labels(span, "charger", title: "Recall notice") == [])
    }

    @Test func sentimentLimitsNeedASentiment() async throws {
        let r = [try ClassifyRule(label: "angry", any: ["why"], sentimentBelow: -0.2),
                 try ClassifyRule(label: "happy", sentimentAbove: 0.5)]
        #expect(try await labels(r, "why is it down", sentiment: -0.5) == ["angry"])
        #expect(try await labels(r, "why is it down", sentiment: -0.2) == [])   // strictly below
        #expect(try await labels(r, "why is it down", sentiment: nil) == [])
        #expect(try await labels(r, "great", sentiment: 0.8) == ["happy"])
        #expect(try await labels(r, "great", sentiment: nil) == [])
    }

    @Test func regexMatchesRawTextCaseInsensitively() async throws {
        let r = [try ClassifyRule(label: "order", regex: try SharedRegex(#"order #?\d{5}"#)),
                 try ClassifyRule(label: "q", regex: try SharedRegex(#"\?"#)),
                 try ClassifyRule(label: "both", any: ["refund"], regex: try SharedRegex("!!"))]
        #expect(try await labels(r, "ORDER #12345 missing") == ["order"])
        #expect(try await labels(r, "order 123") == [])
        #expect(try await labels(r, "where is it?") == ["q"])
        #expect(try await labels(r, "refund now!!") == ["both"])
        #expect(try await labels(r, "refund now!") == [])
    }

    @Test func theMostSevereRuleSetsTheTeamAndSeverityIsRaised() async throws {
        let rules = [try ClassifyRule(label: "a", name: "first", team: "support", severity: .medium, any: ["fire"]),
                     try ClassifyRule(label: "b", team: "product", severity: .critical, any: ["fire"]),
                     try ClassifyRule(label: "d", team: "legal", severity: .critical, any: ["fire"]),
                     try ClassifyRule(label: "c", severity: .low, any: ["fire"])]
        let a = try await run(ClassifyAnalyzer(rules: rules), item("fire!"))
        #expect(a.labels == ["a", "b", "d", "c"])
        #expect(a.team == "product", "the most severe rule's team; the first of equal severity")
        #expect(a.severity == .critical)
        let onlyFirst = try await run(ClassifyAnalyzer(rules: rules), item("no match"))
        #expect(onlyFirst.team == nil)
        let unrated = [try ClassifyRule(label: "x", team: "support", any: ["x"]), try ClassifyRule(label: "y", team: "product", any: ["x"])]
        #expect(try await run(ClassifyAnalyzer(rules: unrated), item("x")).team == "support", "rules without severity: the first")
        #expect(a.labelReasons["a"] == "rule first")
        #expect(a.labelReasons["b"] == "rule b")
    }

    @Test func keepsTeamSetByAnEarlierAnalyzer() async throws {
        var a = Analysis()
        a.team = "sales"
        try await ClassifyAnalyzer(rules: [try ClassifyRule(label: "x", team: "support", any: ["x"])])
            .analyze(item("x"), &a, context: context())
        #expect(a.team == "sales")
        #expect(a.labels == ["x"])
    }

    @Test func rejectsRulesThatCannotMatch() {
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "x", none: ["a"]) }
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "", any: ["a"]) }
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "x", any: ["!!!"]) }
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "x", any: ["re*fund"]) }
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "x", any: ["*"]) }
    }

    @Test func manyRulesSharingPhrasesStayIndependent() async throws {
        var rules: [ClassifyRule] = []
        for i in 0..<300 { rules.append(try ClassifyRule(label: "l\(i)", any: ["word\(i)", "shared"], none: ["stop\(i)"])) }
        let a = try await run(ClassifyAnalyzer(rules: rules), item("word7 and word299 and stop299 word130"))
        #expect(a.labels == ["l7", "l130"])
        let all = try await run(ClassifyAnalyzer(rules: rules), item("shared"))
        #expect(all.labels.count == 300)
    }

    /// `all` phrases whose ids lie in different 64-bit words of the hit set must all be found.
    @Test func allPhrasesSpanningManyIDsMustAllOccur() async throws {
        var rules: [ClassifyRule] = []
        for i in 0..<150 { rules.append(try ClassifyRule(label: "l\(i)", any: ["word\(i)"])) }
        rules.append(try ClassifyRule(label: "both", all: ["word3", "word140"], none: ["word70"]))
        let analyzer = ClassifyAnalyzer(rules: rules)
        #expect(try await run(analyzer, item("word3 word140")).labels == ["l3", "l140", "both"])
        #expect(try await run(analyzer, item("word3 only")).labels == ["l3"])
        #expect(try await run(analyzer, item("word140 only")).labels == ["l140"])
        #expect(try await run(analyzer, item("word3 word70 word140")).labels == ["l3", "l70", "l140"])
    }
}

@Suite struct PhraseMatcherTests {
    /// Every phrase id found, by a naive search of each folded phrase in the folded text.
    static func naive(_ phrases: [FoldedPhrase], _ text: String) -> Set<Int> {
        let folded = Array(TextFolding.fold(text).utf8)
        var found: Set<Int> = []
        for (id, phrase) in phrases.enumerated() where phrase.bytes.count <= folded.count {
            for start in 0...(folded.count - phrase.bytes.count) where Array(folded[start..<start + phrase.bytes.count]) == phrase.bytes {
                found.insert(id)
                break
            }
        }
        return found
    }

    static func found(_ matcher: PhraseMatcher, _ text: String) -> Set<Int> {
        var hits = [UInt64](repeating: 0, count: (matcher.phraseCount + 63) / 64)
        hits.withUnsafeMutableBufferPointer { buffer in
            TextFolding.withFolded(text) { matcher.scan($0, into: buffer) }
        }
        var ids: Set<Int> = []
        for id in 0..<matcher.phraseCount where hits[id >> 6] & (1 << UInt64(id & 63)) != 0 { ids.insert(id) }
        return ids
    }

    @Test func narrowAndWideTablesFindWhatANaiveSearchFinds() throws {
        // Overlapping phrases, prefixes of each other and suffixes of each other, so failure
        // links and merged outputs matter.
        let spellings = ["refund*", "refund", "my refund", "no refund", "cancel", "cancel my", "cancel my account",
                         "account", "count", "he", "she", "hers", "his", "worst", "not the worst", "the worst ever"]
        let phrases = spellings.map { FoldedPhrase($0)! }
        let narrow = PhraseMatcher(phrases)
        let wide = PhraseMatcher(phrases, forceWide: true)
        #expect(narrow.isNarrow)
        #expect(!wide.isNarrow)
        let texts = ["Please CANCEL my account, no refund needed", "She said hers was not the worst ever",
                     "refunded? refunds! myrefund", "accounts counted", "", "the worst", "his/hers: he-she"]
        for text in texts {
            let expected = Self.naive(phrases, text)
            #expect(Self.found(narrow, text) == expected, "\(text)")
            #expect(Self.found(wide, text) == expected, "\(text)")
        }
    }

    /// Rows are padded to a power of two of classes (class 0 is every byte no phrase uses): the
    /// alphabet, ten digits, the space and ten bytes of Cyrillic letters make 48 classes (rows
    /// of 64); the alphabet, four digits and the space exactly 32; no phrase at all one.
    @Test(arguments: [
        ["abcdefghijklmnopqrstuvwxyz", "order 1234", "code 5678 expired", "90 days", "café", "naïve", "jour 3",
         "refund*", "отмена заказа"],
        ["abcdefghijklmnopqrstuvwxyz", "1234"],
        [String](),
    ])
    func paddedRowsFindWhatANaiveSearchFinds(_ spellings: [String]) throws {
        let phrases = spellings.map { FoldedPhrase($0)! }
        for matcher in [PhraseMatcher(phrases), PhraseMatcher(phrases, forceWide: true)] {
            let texts = ["Order 1234 was late; code 5678 expired after 90 days", "un café naïve, über élan",
                         "ОТМЕНА ЗАКАЗА, пожалуйста", "1234 abcdefghijklmnopqrstuvwxyz 12345",
                         "abcdefghijklmnopqrstuvwxyz éèêàç", "jour 3 jour 33 1234order", "refunds", "", "0123456789"]
            for text in texts {
                #expect(Self.found(matcher, text) == Self.naive(phrases, text), "\(spellings.first ?? "none"): \(text)")
            }
        }
    }

    /// Folding while reading ASCII must find what scanning the folded copy finds.
    @Test func readingASCIIFindsWhatTheFoldedCopyGives() throws {
        let spellings = ["cancel my", "cancel my account", "dont", "refund*", "no refund", "worst", "a b"]
        let phrases = spellings.map { FoldedPhrase($0)! }
        let matcher = PhraseMatcher(phrases)
        let texts = ["  CANCEL   my...account!!", "I don't want it", "don t", "Refunded?? NO-refund", "", "   ",
                     "a  b", "a'b", "worst", "xworst worstx", "'cancel' 'my'", "\tcancel\nmy\r\naccount\t"]
        for text in texts {
            var hits = [UInt64](repeating: 0, count: 1)
            var raw = text
            let complete = raw.withUTF8 { bytes in hits.withUnsafeMutableBufferPointer { matcher.scan(ascii: bytes, into: $0) } }
            #expect(complete)
            var ids: Set<Int> = []
            for id in 0..<phrases.count where hits[0] & (1 << UInt64(id)) != 0 { ids.insert(id) }
            #expect(ids == Self.naive(phrases, text), "\(text)")
        }
        // Not ASCII: the scan says it is incomplete, and the analyzer folds the text instead.
        var hits = [UInt64](repeating: 0, count: 1)
        var accented = "cancel my compte, s'il vous plaît"
        #expect(!accented.withUTF8 { bytes in hits.withUnsafeMutableBufferPointer { matcher.scan(ascii: bytes, into: $0) } })
    }
}

@Suite struct LiteralPatternTests {
    @Test func onlyFixedStringsWithoutLettersBecomeLiterals() {
        #expect(LiteralPattern(#"\?"#)?.bytes == Array("?".utf8))
        #expect(LiteralPattern("!!!")?.bytes == Array("!!!".utf8))
        #expect(LiteralPattern(#"\d"#) == nil)
        #expect(LiteralPattern("a?") == nil)
        #expect(LiteralPattern("") == nil)
    }

    /// A character every match needs is found where it is certain, and nowhere else.
    @Test func requiredCharacterOnlyWhenEveryMatchHasIt() throws {
        func required(_ p: String) -> String? { LiteralPattern.requiredCharacter(of: p).map { String(decoding: $0.bytes, as: UTF8.self) } }
        #expect(required(#"@\w"#) == "@")
        #expect(required(#"[\w.+-]+@[\w-]+\.[a-z]{2,}"#) == "@", "the class's characters and the quantifier's comma are no candidates")
        #expect(required(#"(done with|leaving)\s+@\w|never again.*@\w|@\w.*never again"#) == "@", "every alternative needs it")
        #expect(required(#"a|b@"#) == nil)
        #expect(required(#"x@|y#"#) == nil, "alternatives that need different characters")
        #expect(required(#"(@x)?y"#) == nil, "inside a group")
        #expect(required(#"x@?y"#) == nil)
        #expect(required(#"x@*y"#) == nil)
        #expect(required(#"x@{0,2}y"#) == nil)
        #expect(required(#"\b(food|meal)\b"#) == nil)
        #expect(required(#"[@]x"#) == nil, "in a class")
        #expect(required(#"x\.y"#) == ".")
        // Syntax it does not follow gives no answer rather than a wrong one (each of these matches a
        // text without the character a naive reading would require).
        #expect(required(#"[[:punct:]]{3}"#) == nil)
        #expect(required(#"[a[!]]{3}x"#) == nil)
        #expect(required(#"(?x) order \s+ \d+ # an order number"#) == nil)
        #expect(required(#"abc\Q-\E?def"#) == nil)
        #expect(required(#"\c[x"#) == nil)
        #expect(required(#"(?<c>\w)\k<c>"#) == nil, "a named back-reference's brackets are no text")
        #expect(required(#"(?<c>\w)\k'c'!"#) == nil)
        #expect(required(#"(?<c>x)\g<c>"#) == nil)
        #expect(required(#"@(?<=(?:a|b)\s@)\w"#) == "@", "lookbehinds and non-capturing groups keep it")
        // A rule with such a regex labels exactly as before: the pre-check only skips texts without it.
        let rule = try ClassifyRule(label: "x", any: ["send"], regex: try SharedRegex(#"[\w.+-]+@[\w-]+\.[a-z]{2,}"#))
        let analyzer = ClassifyAnalyzer(rules: [rule])
        for (text, expected) in [("send it to help@acme.com", true), ("send it to @acme", false), ("send it", false)] {
            var a = Analysis()
            analyzer.apply(text: text, title: nil, &a)
            #expect(a.hasLabel("x") == expected, "\(text)")
        }
    }

    /// The byte search agrees with a plain substring test, wherever the pattern sits and
    /// however often its first byte occurs before it.
    @Test func findsTheLiteralWhereverItIs() throws {
        let cases: [(String, String)] = [
            ("?", "why?"), ("?", "?"), ("?", "no question"), ("?", ""), ("!!!", "wow!! !!"), ("!!!", "!!!"),
            ("!!!", "x!!!"), ("!!!", "!!"), ("?!", "??!"), ("?!", "?.?.?!"), ("?!", "?"), ("...", "a..b...c"),
            ("€!", "price€ €!"), ("!!", String(repeating: "!a", count: 50) + "!!"),
        ]
        for (pattern, text) in cases {
            let escaped = pattern.map { "\\\($0)" }.joined()   // every character escaped: `\?\!`
            let literal = try #require(LiteralPattern(escaped), "\(escaped)")
            #expect(literal.occurs(in: text) == text.contains(pattern), "\(pattern) in \(text)")
        }
    }
}

@Suite struct DefaultPackTableTests {
    /// The default pack's phrases use the letters, the space and two digits ("10 10"): with the
    /// class of every other byte that is 30 classes, so its rows fit 32 entries of 16 bits, one
    /// cache line per state, which the chain's measured speed rests on. Each further digit or
    /// accented letter in a phrase adds a class; past 32 the table doubles. Such a phrase is not
    /// wrong, only slower: spell it out or weigh the cost (docs/PERFORMANCE.md).
    @Test func defaultPackRowsFitOneCacheLine() throws {
        let rules = try ClassifyPlugin.defaultRules.get()
        let phrases = Set(rules.flatMap { $0.any + $0.alsoAny + $0.all + $0.none }.compactMap(FoldedPhrase.init))
        let matcher = PhraseMatcher(Array(phrases))
        #expect(phrases.count > 100)
        #expect(matcher.isNarrow)
        #expect(matcher.rowWidth <= 32, "the default pack's phrases use \(matcher.rowWidth)-entry rows")
    }
}

@Suite struct ClassifyAnalyzerBatchTests {
    /// The default pack (phrases, title-only and regex rules) and a rule on the title.
    @Test func analyzeEachGivesWhatAnalyzeNowGives() throws {
        var rules = try ClassifyPlugin.defaultRules.get()
        rules.append(try ClassifyRule(label: "title/refund", field: .title, any: ["refund"]))
        let differences = AnalyzerChecks.analyzeEachDifferences(ClassifyAnalyzer(rules: rules))
        #expect(differences.isEmpty, "\(differences)")
    }
}
