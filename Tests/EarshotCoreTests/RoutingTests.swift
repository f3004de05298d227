@testable import EarshotCore
import Foundation
import Testing

func subject(_ text: String, labels: [String] = [], sentiment: Double? = nil, team: String? = nil,
             source: String = "inbox", severity: Severity? = nil, reach: Double? = nil) -> AnalyzedItem {
    var a = Analysis()
    for l in labels { a.addLabel(l, reason: "rule \(l)") }
    if let s = sentiment { a.sentiment = Sentiment(compound: s, pos: 0, neu: 0, neg: 0) }
    a.team = team
    a.severity = severity
    a.reach = reach
    return AnalyzedItem(item: Item(source: source, text: text), analysis: a)
}

@Suite struct RoutingTests {
    @Test func emptyConditionMatchesEverything() {
        let r = Router(routes: [Route(name: "all", to: ["log"])])
        let m = r.match(subject("hello"))
        #expect(m.map(\.route) == ["all"])
        #expect(m[0].severity == .medium)
    }

    @Test func firstMatchWinsUnlessContinue() {
        var churn = RouteCondition(); churn.labelsAny = ["intent/churn"]
        let routes = [Route(name: "churn", when: churn, to: ["hook"], severity: .high),
                      Route(name: "all", to: ["log"])]
        #expect(Router(routes: routes).match(subject("x", labels: ["intent/churn"])).map(\.route) == ["churn"])
        var cont = routes; cont[0].continueMatching = true
        #expect(Router(routes: cont).match(subject("x", labels: ["intent/churn"])).map(\.route) == ["churn", "all"])
        #expect(Router(routes: routes).match(subject("x")).map(\.route) == ["all"])
    }

    @Test func everyKeyMustHoldAndReasonsSayWhy() {
        var c = RouteCondition()
        c.labelsAny = ["intent/churn", "intent/legal"]
        c.sentimentBelow = -0.3
        let r = Router(routes: [Route(name: "churn-risk", when: c, to: ["hook"], severity: .high)])
        let hit = r.match(subject("cancel", labels: ["intent/churn"], sentiment: -0.82))
        #expect(hit.count == 1)
        #expect(hit[0].reasons == ["label intent/churn (rule intent/churn)", "sentiment -0.82 < -0.3"])
        #expect(r.match(subject("cancel", labels: ["intent/churn"], sentiment: 0.1)).isEmpty)
        #expect(r.match(subject("cancel", labels: ["intent/churn"])).isEmpty, "no sentiment: the key cannot hold")
        #expect(r.match(subject("cancel", labels: ["topic/x"], sentiment: -0.9)).isEmpty)
    }

    @Test func otherKeys() throws {
        var c = RouteCondition()
        c.labelsAll = ["a", "b"]; c.team = ["product"]; c.source = ["inbox"]; c.reachAtLeast = 50
        c.severityAtLeast = .high; c.textMatches = try SharedRegex("mileage|mpg")
        let r = Router(routes: [Route(name: "r", when: c, to: ["x"])])
        let good = subject("Terrible MPG on the new model", labels: ["a", "b"], team: "product", severity: .critical, reach: 70)
        #expect(r.match(good).count == 1)
        #expect(r.match(good).first?.severity == .critical, "the item's severity when the route sets none")
        for bad in [subject("Terrible MPG", labels: ["a"], team: "product", severity: .critical, reach: 70),
                    subject("Terrible MPG", labels: ["a", "b"], team: "support", severity: .critical, reach: 70),
                    subject("Terrible MPG", labels: ["a", "b"], team: "product", source: "feed", severity: .critical, reach: 70),
                    subject("Terrible MPG", labels: ["a", "b"], team: "product", severity: .medium, reach: 70),
                    subject("Terrible MPG", labels: ["a", "b"], team: "product", severity: .critical, reach: 10),
                    subject("Great range", labels: ["a", "b"], team: "product", severity: .critical, reach: 70)] {
            #expect(r.match(bad).isEmpty)
        }
    }

    /// A pattern that backtracks without end on a text it almost matches gives up after the time
    /// budget and counts as no match, instead of holding the pipeline for days; a normal match in
    /// the same regex, and other texts, are unaffected.
    @Test func aRunawayPatternGivesUp() throws {
        let re = try SharedRegex("(a+)+$")
        #expect(re.firstMatch(in: String(repeating: "a", count: 40) + "b") == nil)
        #expect(re.timesGivenUp == 1)
        #expect(re.firstMatch(in: "xx aaa") == "aaa")
        #expect(re.firstMatch(in: "no letter of it here") == nil)
        #expect(re.timesGivenUp == 1)
        let copy = re
        _ = copy.firstMatch(in: String(repeating: "a", count: 40) + "b")
        #expect(re.timesGivenUp == 2, "copies share the count")
        // A long text with a plain pattern reads through without giving up.
        let plain = try SharedRegex("refund")
        #expect(plain.firstMatch(in: String(repeating: "word ", count: 200_000) + "refund") == "refund")
        #expect(plain.timesGivenUp == 0)
    }

    /// Patterns that repeat a repeating group are named for a warning; others, and the safe forms
    /// of the same shape (possessive, atomic, bounded), are not.
    @Test(arguments: [
        ("(a+)+$", "(a+)+"), (#"^(\w+\s?)*$"#, #"(\w+\s?)*"#), ("(.*a){2,}", "(.*a){2,}"), ("x((ab)*c)+", "((ab)*c)+"),
        (#"(\p{L}+ )+!"#, #"(\p{L}+ )+"#), ("((a+))+", "((a+))+"), ("(a+?)+", "(a+?)+"),
    ])
    func nestedRepetitionIsNamed(_ pattern: String, _ group: String) {
        #expect(SharedRegex.nestedRepetition(in: pattern) == group)
    }

    @Test(arguments: ["(a+)", "(a+)?", "(a+){2}", "(a{1,3})+", "(a++)+", "(?>a+)+", #"\(a+\)+"#, "[(a+)]+", "(ab)+c*",
                      #"order #?\d{5}"#, #"[\w.+-]+@[\w-]+\.[a-z]{2,}"#, "(refund|money back)", #"\p{L}+"#, "a{x}+"])
    func otherPatternsAreNotNamed(_ pattern: String) {
        #expect(SharedRegex.nestedRepetition(in: pattern) == nil)
    }

    @Test func duplicateKeyMatchesCopiesOrOriginals() {
        var copy = subject("same words again")
        copy.analysis.duplicateOf = "first"
        var onlyCopies = RouteCondition(); onlyCopies.duplicate = true
        var noCopies = RouteCondition(); noCopies.duplicate = false
        let copies = Router(routes: [Route(name: "copies", when: onlyCopies, to: ["x"])])
        let originals = Router(routes: [Route(name: "originals", when: noCopies, to: ["x"])])
        #expect(copies.match(copy).first?.reasons == ["duplicate of first"])
        #expect(copies.match(subject("x")).isEmpty)
        #expect(originals.match(copy).isEmpty)
        #expect(originals.match(subject("x")).first?.reasons == ["not a duplicate"])
    }

    /// `when.language` and the sentiment filter compare tags by basic filtering: a listed `en`
    /// covers a source's `en-US` or `en_gb`; a listed `en-US` only itself.
    @Test func languageRangesCoverRegionalTags() {
        let cases: [(String, String, Bool)] = [
            ("en", "en", true), ("en", "EN", true), ("en", "en-US", true), ("en", "en_gb", true), ("EN", "en-us", true),
            ("en-US", "en-US", true), ("en-us", "en-US", true), ("en-US", "en", false), ("en-US", "en-GB", false),
            ("en", "eng", false), ("e", "en", false), ("en", "", false), ("und", "und", true),
            ("en_US", "en-US", true), ("en-US", "en_us", true), ("en_US", "en-GB", false),
        ]
        for (range, tag, expected) in cases {
            #expect(LanguageTag.range(range, matches: tag) == expected, "\(range) vs \(tag)")
        }
        var c = RouteCondition(); c.language = ["en"]
        var item = subject("hello")
        item.item.language = "en-US"
        #expect(Router(routes: [Route(name: "en", when: c, to: ["log"])]).match(item).map(\.route) == ["en"])
        item.item.language = "fr-CA"
        #expect(Router(routes: [Route(name: "en", when: c, to: ["log"])]).match(item).isEmpty)
    }

    @Test func kindDefaultsToMention() {
        var c = RouteCondition(); c.kind = [.spike]
        let r = Router(routes: [Route(name: "spikes", when: c, to: ["x"])])
        #expect(r.match(subject("x")).isEmpty)
        #expect(r.match(subject("x"), kind: .spike).count == 1)
    }
}

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Hello, World!", " hello world "),
        ("CAFÉ crème", " cafe creme "),
        ("don't   stop", " dont stop "),
        ("Ça coûte 12€", " ca coute 12 "),
        ("", " "),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    /// Folding the whole string with Foundation, then keeping letters and digits: the way the
    /// analyzer folded non-ASCII text before it folded scalar by scalar (about 10x faster).
    static func foldedByFoundation(_ text: String) -> String {
        let stripped = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var s = " "
        var lastSpace = true
        for scalar in stripped.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                s.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                lastSpace = false
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !lastSpace {
                s.append(" ")
                lastSpace = true
            }
        }
        if !lastSpace { s.append(" ") }
        return s
    }

    @Test(arguments: [
        "Ça coûte 12€ — très cher!", "Crème brûlée, s'il vous plaît", "e\u{301}te\u{301} (decomposed)", "Straße GROẞ",
        "İstanbul ıi", "ｆｕｌｌｗｉｄｔｈ ＡＢＣ１２３", "Ωμέγα ΣΊΣΥΦΟΣ", "Привет, МИР!", "我的订单还没到", "I’m so done 😡🙏 #fail",
        "ﬁne ligature", "½ price, x² and 3³", "naïve coöperate façade", "tab\tand\nnewline", "ÀÉÎÕÜ àéîõü ÿ Ł ø Æ œ",
        "emoji only 🔥🔥🔥", "Ἀθῆναι", "Việt Nam", "Ağrı Dağı", "हाल है",
    ])
    func scalarFoldingAgreesWithWholeStringFolding(_ text: String) {
        #expect(TextFolding.fold(text) == Self.foldedByFoundation(text), "\(text)")
    }

    @Test(arguments: [
        "", " ", "!!!", "Hello, World!", "don't   stop", "  leading and trailing  ", "a", "A-B_C/d\\e",
        "tab\tand\nnewline\r\n", "100% OK!!!", "'''", "mixed ASCII then é", "é first", "I’m so done 😡",
        String(repeating: "long ASCII text, ", count: 400),
    ])
    func asciiFoldingAgreesWithScalarFolding(_ text: String) {
        // foldASCII (the table-driven fast path) against the scalar-by-scalar fold, which
        // handles ASCII through its own per-byte rules.
        let bytes = TextFolding.withFolded(text) { Array($0) }
        #expect(bytes == Array(TextFolding.foldScalars(text).utf8), "\(text)")
        #expect(TextFolding.fold(text) == TextFolding.foldScalars(text))
    }

    @Test func aViramaDoesNotSplitAWord() {
        // Whole-string folding turned the virama (a non-letter mark) into a word break: " क या ".
        #expect(TextFolding.fold("क्या हाल है") == " कया हाल है ")
        #expect(TextFolding.fold("नमस्ते दुनिया") == " नमसते दुनिया ")
    }

    @Test func wordBoundaries() {
        let t = TextFolding.fold("Concatenate the CAT's food")
        #expect(t.contains(" cats "))
        #expect(!t.contains(" cat "))
        #expect(t.contains(" concatenate "))
    }
}

@Suite struct ModelTests {
    @Test func stableIDDependsOnSourceAndContent() {
        let a = Item(source: "inbox", text: "hello")
        #expect(a.id == Item(source: "inbox", text: "hello").id)
        #expect(a.id != Item(source: "other", text: "hello").id)
        #expect(a.id != Item(source: "inbox", text: "hello!").id)
        #expect(a.id.hasPrefix("h:") && a.id.count == 34)
        #expect(Item(id: "given", source: "inbox", text: "x").id == "given")
    }

    @Test func escalationEncodesItemsWithAnalysisBeside() throws {
        let s = subject("hi", labels: ["intent/praise"], sentiment: 0.5)
        let e = Escalation(id: Escalation.stableID(route: "r", items: [s.item]), created: Date(timeIntervalSince1970: 0),
                           kind: .mention, route: "r", severity: .low, team: nil, reasons: ["x"], items: [s])
        let json = String(decoding: try EarshotJSON.encoder().encode(e), as: UTF8.self)
        #expect(json.contains(#""created":"1970-01-01T00:00:00Z""#))
        #expect(json.contains(#""items":[{"analysis":{"#))
        #expect(json.contains(#""text":"hi""#))
        let back = try EarshotJSON.decoder().decode(Escalation.self, from: Data(json.utf8))
        #expect(back == e)
    }

    @Test func labelsKeepFirstReason() {
        var a = Analysis()
        a.addLabel("x", reason: "rule one")
        a.addLabel("x", reason: "rule two")
        a.addLabel("y", reason: "rule three")
        #expect(a.labels == ["x", "y"])
        #expect(a.labelReasons["x"] == "rule one")
        a.raiseSeverity(to: .high); a.raiseSeverity(to: .low)
        #expect(a.severity == .high)
    }

    @Test func logfmtQuoting() {
        #expect(LogfmtWriter.quote("plain") == "plain")
        #expect(LogfmtWriter.quote("two words") == "\"two words\"")
        #expect(LogfmtWriter.quote("a=\"b\"\n") == "\"a=\\\"b\\\"\\n\"")
        #expect(LogfmtWriter.quote("") == "\"\"")
        #expect(LogfmtWriter.quote("café") == "café")
        #expect(LogfmtWriter.quote("tab\there") == "\"tab\\there\"")
        #expect(LogfmtWriter.quote("line\u{2028}sep") == #""line\u2028sep""#)
        #expect(LogfmtWriter.quote("nel\u{85}x") == #""nel\u0085x""#)
        // Nothing that acts on a terminal gets through: ESC, BEL, DEL, C1, bidirectional overrides.
        #expect(LogfmtWriter.quote("hi\u{1B}[2J\u{1B}]0;pwned\u{07}") == #""hi\u001b[2J\u001b]0;pwned\u0007""#)
        #expect(LogfmtWriter.quote("@x\u{1B}[1m") == #""@x\u001b[1m""#)
        #expect(LogfmtWriter.quote("a\u{7F}b\u{9B}c") == #""a\u007fb\u009bc""#)
        #expect(LogfmtWriter.quote("abc\u{202E}fed\u{2066}") == #""abc\u202efed\u2066""#)
        #expect(LogfmtWriter.quote("nul\u{0}") == #""nul\u0000""#)
        #expect(LogfmtWriter.quote("en\u{2013}dash") == "en\u{2013}dash", "other E2 characters stay as they are")
        #expect(LogfmtWriter.quote("a=b") == "\"a=b\"")
        #expect(LogfmtWriter.quote("😡\r\n") == "\"😡\\r\\n\"")
    }

    @Test func terminalSafeLine() {
        #expect(LogfmtWriter.terminalSafeLine("plain \"text\" a=b\tc é 😡") == "plain \"text\" a=b\tc é 😡")
        #expect(LogfmtWriter.terminalSafeLine("x\u{1B}[2Jy\u{9B}z\u{202E}w\u{7F}\r\u{2028}") == #"x\u001b[2Jy\u009bz\u202ew\u007f\u000d\u2028"#)
    }

    /// JSON lines escape what JSON leaves raw and a terminal would act on; the value read back is
    /// the same text.
    @Test func terminalSafeJSON() throws {
        let text = "a\u{7F}b\u{9B}c\u{202E}d\u{2028}e\u{2013}f😡é"
        let raw = try JSONSerialization.data(withJSONObject: ["t": text])
        let safe = LogfmtWriter.terminalSafeJSON([UInt8](raw))
        #expect(String(decoding: safe, as: UTF8.self) == #"{"t":"a\u007fb\u009bc\u202ed\u2028e"# + "\u{2013}f😡é\"}")
        let back = try JSONSerialization.jsonObject(with: Data(safe)) as? [String: String]
        #expect(back?["t"] == text)
        let plain = [UInt8](#"{"t":"café – ok"}"#.utf8)
        #expect(LogfmtWriter.terminalSafeJSON(plain) == plain)
    }
}

@Suite struct DateParsingTests {
    @Test func acceptsRFC3339AndBareDates() {
        #expect(EarshotJSON.parseDate("2026-11-22T10:00:00Z") != nil)
        #expect(EarshotJSON.parseDate("2026-11-22T10:00:00.250+01:00") != nil)
        #expect(EarshotJSON.parseDate("2028-02-29") != nil, "a leap day")
        #expect(EarshotJSON.parseDate("2026-11-22") == EarshotJSON.parseDate("2026-11-22T00:00:00Z"))
    }

    @Test(arguments: ["2026-02-30", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31", "2026-11-22T25:00:00Z",
                      "2026-11-22T10:61:00Z", "2100-02-29", "22/11/2026", "", "2026-11"])
    func rejectsImpossibleOrMalformedDates(_ s: String) {
        #expect(EarshotJSON.parseDate(s) == nil, "\(s)")
    }
}

@Suite struct DecimalTextTests {
    @Test func matchesPrintfOnTypicalValues() {
        #expect(DecimalText.fixed(0, decimals: 4) == "0.0000")
        #expect(DecimalText.fixed(-0.00001, decimals: 4) == "-0.0000")   // as printf prints it
        #expect(DecimalText.fixed(-0.5, decimals: 4) == "-0.5000")
        #expect(DecimalText.fixed(1, decimals: 4) == "1.0000")
        #expect(DecimalText.fixed(0.12345678, decimals: 4) == "0.1235")
        #expect(DecimalText.fixed(-0.9999, decimals: 4) == "-0.9999")
        #expect(DecimalText.fixed(.nan, decimals: 4) == String(format: "%.4f", Double.nan))
        var rng = SplitMix64(seed: 9)
        var differ = 0
        for _ in 0..<20_000 {
            let d = (Double(rng.next() % 2_000_001) / 1_000_000 - 1) * (rng.next() % 2 == 0 ? 1 : 37.5)
            if DecimalText.fixed(d, decimals: 4) != String(format: "%.4f", d) { differ += 1 }
            if DecimalText.fixed(d, decimals: 3) != String(format: "%.3f", d) { differ += 1 }
            if DecimalText.fixed(d, decimals: 2) != String(format: "%.2f", d) { differ += 1 }   // model reasons
        }
        #expect(differ == 0)
    }

    /// The byte writer behind both: every precision, magnitudes up to 1e12, zero padding of the
    /// fraction (0.0005 → "0.0005"), carries into the integer part (9.99996 → "10.0000").
    @Test func bytesMatchPrintfAtEveryPrecisionAndMagnitude() {
        var rng = SplitMix64(seed: 21)
        var differ: [String] = []
        var bytes: [UInt8] = []
        for k in 0..<30_000 {
            let magnitude = [1.0, 10, 1_000, 1e6, 1e11][k % 5]
            let d = (Double(rng.next() % 2_000_001) / 1_000_000 - 1) * magnitude
            for decimals in 0...6 {
                bytes.removeAll(keepingCapacity: true)
                bytes += "x".utf8   // appends after what is there
                DecimalText.appendFixed(d, decimals: decimals, to: &bytes)
                let expected = "x" + String(format: "%.\(decimals)f", d)
                if String(decoding: bytes, as: UTF8.self) != expected, differ.count < 5 { differ.append("\(d) at \(decimals): \(expected)") }
            }
        }
        #expect(differ.isEmpty, "\(differ)")
        for (d, text) in [(9.99996, "10.0000"), (0.0005, "0.0005"), (-0.00004, "-0.0000"), (123.0, "123.0000"), (2e12, "2000000000000.0000")] {
            #expect(DecimalText.fixed(d, decimals: 4) == text)
        }
    }
}

@Suite struct FastFormattingTests {
    @Test func formatDateAgreesWithFoundation() {
        var rng = SplitMix64(seed: 3)
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
                     Date(timeIntervalSince1970: 4_107_542_399.9), Date(timeIntervalSince1970: -2_208_988_800)]                // 2100-02-28T23:59:59, 1900
        for _ in 0..<5_000 { dates.append(Date(timeIntervalSince1970: Double(Int64(rng.next() % 8_000_000_000) - 2_500_000_000) + 0.25)) }
        for d in dates { #expect(EarshotJSON.formatDate(d) == d.formatted(style), "\(d.timeIntervalSince1970)") }
    }

    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(Hex.string([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.string([UInt8]()) == "")
    }

    @Test func idsAreStable() {
        // Fixed values: changing how ids are computed would make restarted daemons escalate again.
        // The expected values are SHA-256 prefixes computed independently (Python hashlib).
        let a = Item(id: "a", source: "s", text: "x"), b = Item(id: "b", source: "u", text: "y")
        #expect(Escalation.stableID(route: "r", items: [a, b]) == "esc_7ab5b69990aa0f0884bc0389")
        // The same id from another source is another item.
        #expect(Escalation.stableID(route: "r", items: [Item(id: "a", source: "t", text: "x"), b]) == "esc_a5e5a6795978abc1618170bd")
        #expect(Item.stableID(source: "s", url: nil, title: nil, text: "t", author: nil) == "h:d0ca369fcb2cccfcfcee3e2626683740")
    }
}
