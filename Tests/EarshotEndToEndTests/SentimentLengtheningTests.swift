import EarshotTesting
import Foundation
import Testing

/// `lengthening:` on the sentiment analyzer, through the binary: on by default, off on request,
/// and a value that is not a boolean is named by `check`.
@Suite struct SentimentLengtheningTests {
    static func config(_ line: String) -> String {
        """
        sources:
          - { name: inbox, type: directory, path: inbox }
        analyzers:
          - type: sentiment
        \(line)
        """
    }

    @Test func heldLettersAreRatedUnlessTurnedOff() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-lengthening")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = "held\tsoooo terrrrrible\nplain\tso terrible\n"
        func scores(_ yaml: String) async throws -> [String: String] {
            try yaml.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
            let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--config", "earshot.yaml"], stdin: input, cwd: dir)
            #expect(r.status == 0, "\(r.stderr)")
            return Dictionary(AnalyzeCommandTests.columns(r.stdout).dropFirst().map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        }
        let on = try await scores(Self.config(""))
        #expect(on["held"] != nil && on["held"] == on["plain"], "\(on)")
        let off = try await scores(Self.config("    lengthening: false"))
        #expect(off["held"] == "0.0000" && off["plain"] == on["plain"], "\(off)")

        // The default chain: --no-lengthening; it belongs in the config when there is one.
        let flag = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment", "--no-lengthening"], stdin: input, cwd: dir)
        let flagged = Dictionary(AnalyzeCommandTests.columns(flag.stdout).dropFirst().map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        #expect(flagged["held"] == "0.0000" && flagged["plain"] == on["plain"], "\(flagged) \(flag.stderr)")
        let both = try await EarshotBinary.run(["analyze", "--config", "earshot.yaml", "--no-lengthening"], stdin: input, cwd: dir)
        #expect(both.status == 64 && both.stderr.contains("with --config, set them in the config"), "\(both.stderr)")
    }

    @Test func aValueThatIsNoBooleanIsNamed() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-lengthening")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.config("    lengthening: sometimes").write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
        #expect(r.status == 78)
        #expect(r.stderr.contains("earshot.yaml:") && r.stderr.contains("lengthening") && r.stderr.contains("true or false"), "\(r.stderr)")
    }

    /// Writes `lexicon` to `words.tsv` and a config that loads it into `dir`, then runs `check`.
    static func check(lexicon: String, mode: String = "extend", in dir: String) async throws -> EarshotBinary.Output {
        try lexicon.write(toFile: dir + "/words.tsv", atomically: true, encoding: .utf8)
        try config("    lexicon: words.tsv\n    lexicon_mode: \(mode)").write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        return try await EarshotBinary.run(["check", "--config", "earshot.yaml"], cwd: dir)
    }

    /// Entries with a space can never match a word: `check` says so, and the rest still loads.
    @Test func lexiconEntriesWithASpaceAreNamed() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-spaced-lexicon")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Self.check(lexicon: "fed up\t-1.8\nsplendiferous\t2.5\nhad enough\t-1\n", in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: lexicon: words.tsv: 2 entries contain a space (\"fed up\", \"had enough\") and will never match: words are rated one at a time"), "\(r.stderr)")
        let scored = try await EarshotBinary.run(["analyze", "--format", "tsv", "--config", "earshot.yaml"], stdin: "a\tsplendiferous\n", cwd: dir)
        #expect(AnalyzeCommandTests.columns(scored.stdout).dropFirst().first?[1].hasPrefix("0.") == true, "\(scored.stdout)")
    }

    /// An empty lexicon file (with `replace`, every text would score 0) is refused by `check`.
    @Test func anEmptyLexiconIsRefused() async throws {
        let dir = try makeTemporaryDirectory("earshot-sentiment-empty-lexicon")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try await Self.check(lexicon: "\n\n", mode: "replace", in: dir)
        #expect(r.status == 78)
        #expect(r.stderr.contains("has no entries (every line is blank or a comment)"), "\(r.stderr)")
    }
}
