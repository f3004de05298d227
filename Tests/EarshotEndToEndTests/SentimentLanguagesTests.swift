import EarshotTesting
import Foundation
import Testing

/// `languages:` on the sentiment analyzer: items in other languages keep no sentiment, so an
/// English lexicon does not score French ("pain" is bread) and no sentiment route fires on them.
@Suite struct SentimentLanguagesTests {
    static let config = """
    sources:
      - { name: inbox, type: directory, path: inbox }
    analyzers:
      - type: language
      - type: sentiment
        languages: [en, und]
    """

    @Test func onlyListedLanguagesAreScored() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-languages")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let input = "fr\tJe voudrais un pain au chocolat, merci beaucoup\n"
            + "en\tThe support team was awful and nobody answers\n"
            + "und\tok :(\n"
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--config", "earshot.yaml"], stdin: input, cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Dictionary(AnalyzeCommandTests.columns(r.stdout).dropFirst().map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(rows["fr"]?[5] == "fr" && rows["fr"]?[1] == "", "French is not scored: \(rows["fr"] ?? [])")
        #expect(rows["en"].flatMap { Double($0[1]) }.map { $0 < -0.3 } == true, "\(rows["en"] ?? [])")
        #expect(rows["und"]?[5] == "und" && rows["und"].flatMap { Double($0[1]) }.map { $0 < 0 } == true, "\(rows["und"] ?? [])")

        // Without the key, the French line gets the English lexicon's reading.
        let all = try await EarshotBinary.run(["analyze", "--format", "tsv"], stdin: input)
        let fr = AnalyzeCommandTests.columns(all.stdout).dropFirst().first { $0[0] == "fr" }
        #expect(fr.flatMap { Double($0[1]) } != nil && fr?[1] != "0.0000", "\(fr ?? [])")
    }

    @Test func checkNamesWhatIsWrong() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-languages")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [(String, String)] = [
            (Self.config.replacingOccurrences(of: "  - type: language\n", with: ""), "languages needs the language analyzer listed before sentiment"),
            (Self.config.replacingOccurrences(of: "  - type: language\n", with: "") + "\n  - type: language\n", "languages needs the language analyzer listed before sentiment"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[EN, und]"), "\"EN\" is not a language code"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[]"), "must list at least one language code"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[en, udn]"), "\"udn\" is not a language code; use und or codes such as en, fr,"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[english]"), "\"english\" is not a language code"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[en-us]"), "\"en-us\" names a region or script; list the language alone (en): the language analyzer reports languages without regions, and en also covers a source's en-us"),
            (Self.config.replacingOccurrences(of: "[en, und]", with: "[pt_BR]"), "\"pt_BR\" names a region or script; list the language alone (pt)"),
        ]
        for (yaml, message) in cases {
            try yaml.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
            let r = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
            #expect(r.status == 78, "\(yaml)")
            #expect(r.stderr.contains("earshot.yaml:") && r.stderr.contains(message), "\(r.stderr)")
        }
        try Self.config.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let ok = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        // A code only a source can give (Irish, from a feed's tag) is allowed.
        try Self.config.replacingOccurrences(of: "[en, und]", with: "[en, ga]").write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let sourceCode = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(sourceCode.status == 0, "\(sourceCode.stderr)")
    }
}
