import EarshotSentiment
import Foundation
import Testing

/// Checks the engine against vaderSentiment's published scores on the VADER corpora, with
/// vaderSentiment's own lexicon and emoji table read at test time from the project's
/// Python environment (they are never copied into the repository).
@Suite struct ReferenceAgreementTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpora = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/sentiment")

    /// The vaderSentiment package directory, or nil (with a printed note) when unavailable.
    static func vaderDirectory() -> URL? {
        let script = repoRoot.appendingPathComponent("scripts/python-env.sh").path
        guard FileManager.default.isExecutableFile(atPath: script) else {
            print("note: \(script) missing; skipping reference agreement")
            return nil
        }
        let helper = "PY=$(\"\(script)\") && \"$PY\" -c 'import vaderSentiment,os;print(os.path.dirname(vaderSentiment.__file__))'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "command -v python3 >/dev/null || exit 3; " + helper]
        let out = Pipe()
        process.standardOutput = out
        do { try process.run() } catch {
            print("note: cannot run /bin/sh (\(error)); skipping reference agreement")
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 3 {
            print("note: python3 is not available; skipping reference agreement")
            return nil
        }
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : URL(fileURLWithPath: path)
    }

    /// Texts by id from `id<TAB>mean<TAB>text` lines.
    static func texts(_ file: String) throws -> [String: String] {
        let raw = try String(contentsOf: corpora.appendingPathComponent(file), encoding: .utf8)
        var texts: [String: String] = [:]
        for line in raw.split(whereSeparator: \.isNewline) {
            let cols = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if cols.count == 3 { texts[String(cols[0])] = cols[2].trimmingCharacters(in: .whitespaces) }
        }
        return texts
    }

    /// Reference scores by id from `id<TAB>gold_mean<TAB>score` with a header.
    static func reference(_ file: String) throws -> [(id: String, score: Double)] {
        let raw = try String(contentsOf: corpora.appendingPathComponent(file), encoding: .utf8)
        return raw.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let cols = line.split(separator: "\t")
            guard cols.count >= 3, let score = Double(cols[2]) else { return nil }
            return (String(cols[0]), score)
        }
    }

    /// With `lengthening` off the engine applies vaderSentiment's rules alone and must agree on
    /// every item; with it on (the default), words with a held letter ("Nooooo", "yaaay") are
    /// rated where vaderSentiment leaves them unrated, and ≥ 99% must still agree.
    @Test("compound matches vaderSentiment within 0.001 on ≥ 99% of tweets and NYT snippets",
          arguments: [("tweets_GroundTruth.txt", "tweets.vader.tsv"),
                      ("nytEditorialSnippets_GroundTruth.txt", "nyt.vader.tsv")], [false, true])
    func agreesWithReference(texts textFile: (String, String), lengthening: Bool) throws {
        let (textFile, scoreFile) = textFile
        guard FileManager.default.fileExists(atPath: Self.corpora.appendingPathComponent(scoreFile).path) else {
            print("note: corpora not found at \(Self.corpora.path); skipping reference agreement")
            return
        }
        guard let vader = Self.vaderDirectory() else { return }
        let lexicon = try SentimentLexicon.load(path: vader.appendingPathComponent("vader_lexicon.txt").path)
        let emojiPath = vader.appendingPathComponent("emoji_utf8_lexicon.txt").path
        let emoji = try SentimentEngine.emojiTable(tsv: String(contentsOfFile: emojiPath, encoding: .utf8),
                                                  source: emojiPath)
        #expect(lexicon.count > 7000)
        let engine = SentimentEngine(lexicon: lexicon, emoji: emoji, lengthening: lengthening)
        let texts = try Self.texts(textFile)
        let reference = try Self.reference(scoreFile)
        #expect(reference.count > 4000)
        var agree = 0
        var disagreements: [String] = []
        for (id, expected) in reference {
            let text = try #require(texts[id], "no text for id \(id)")
            let got = engine.score(text).compound
            if abs(got - expected) <= 0.001 { agree += 1 } else if disagreements.count < 10 {
                disagreements.append("\(id): expected \(expected), got \(got): \(text)")
            }
        }
        let share = Double(agree) / Double(reference.count)
        print("\(scoreFile), lengthening \(lengthening): \(agree)/\(reference.count) within 0.001 (\(String(format: "%.2f", share * 100))%)")
        for line in disagreements { print("  differs \(line)") }
        #expect(lengthening ? share >= 0.99 : agree == reference.count)
    }
}
