import Foundation
import Testing

import EarshotLanguage

/// English corpora from /work/shared/corpora (read at test time, never copied): almost every
/// item must come out as `en` or `und`. Skipped with a note when the corpora are absent.
@Suite struct CorporaTests {
    @Test(arguments: ["sentiment/tweets_GroundTruth.txt", "sentiment/nytEditorialSnippets_GroundTruth.txt"])
    func englishCorpusIsReadAsEnglish(_ relativePath: String) throws {
        let url = TestFiles.corpora.appendingPathComponent(relativePath)
        guard let content = try? String(contentsOf: url, encoding: .utf8) else {
            print("note: \(url.path) not found; skipping the English corpus check")
            return
        }
        let identifier = try LanguageIdentifier()
        var english = 0
        var otherLanguage = 0
        var total = 0
        for line in content.split(whereSeparator: \.isNewline) {
            let columns = line.split(separator: "\t", maxSplits: 2)
            guard columns.count == 3 else { continue }
            total += 1
            switch identifier.identify(String(columns[2])).code {
            case "en": english += 1
            case LanguageGuess.undetermined: break
            default: otherLanguage += 1
            }
        }
        print("\(relativePath): \(total) items, en \(english), other language \(otherLanguage), und \(total - english - otherLanguage)")
        #expect(total > 1000)
        #expect(Double(english) / Double(total) >= 0.9)
        #expect(Double(otherLanguage) / Double(total) <= 0.02)
    }
}
