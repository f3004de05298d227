import Foundation

/// Files the language tests read, found from this file's real location (the test folder may
/// be reached through a symlink from a scratch package).
enum TestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let testSet = testsFolder.appendingPathComponent("testset.tsv")
    static let sampleConfig = repositoryRoot.appendingPathComponent("plugins/analyzers/language/sample.yaml")
    static let corpora = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora")
}

struct LabelledText: Sendable {
    var language: String
    var text: String
    var line: Int

    /// The accuracy set holds sentences of 40 characters (Unicode scalars) or more.
    var isLong: Bool { text.unicodeScalars.count >= 40 }
}

struct TestSetError: Error, CustomStringConvertible {
    var description: String
}

/// Parses `lang<TAB>sentence` lines; blank lines and lines starting with `#` are skipped.
func parseTestSet(_ content: String, name: String) throws -> [LabelledText] {
    var rows: [LabelledText] = []
    for (index, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
        if line.isEmpty || line.hasPrefix("#") { continue }
        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw TestSetError(description: "\(name) line \(index + 1): expected lang<TAB>sentence, found no tab")
        }
        let language = String(parts[0])
        guard !language.isEmpty, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw TestSetError(description: "\(name) line \(index + 1): language \"\(language)\" is not a lowercase code")
        }
        guard !parts[1].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw TestSetError(description: "\(name) line \(index + 1): sentence is empty")
        }
        rows.append(LabelledText(language: language, text: String(parts[1]), line: index + 1))
    }
    return rows
}

func loadTestSet() throws -> [LabelledText] {
    let content = try String(contentsOf: TestFiles.testSet, encoding: .utf8)
    return try parseTestSet(content, name: TestFiles.testSet.lastPathComponent)
}
