import EarshotCore
import Foundation

/// A table of word valences (−4 very negative … +4 very positive) for `SentimentEngine`.
///
/// Keys are matched against lowercased tokens, so keys are folded to lowercase when loaded;
/// when a file holds both `XD` and `xd`, the lowercase line wins, and among equal keys the
/// later line wins. A key may be a word, a contraction, an emoticon (`:-)`) or slang.
public struct SentimentLexicon: Sendable {
    /// The valences by lowercase key.
    let entries: [String: Double]

    init(entries: [String: Double]) {
        self.entries = entries
    }

    /// Parses `word<TAB>mean<TAB>...` lines (extra columns ignored, `#` comments and blank
    /// lines skipped); errors name source and line.
    ///
    /// A line is a comment when its first non-blank character is `#`. Lines may end in
    /// CRLF. The mean must be a decimal number from −4 to +4.
    public init(tsv: String, source: String) throws {
        var entries: [String: Double] = [:]
        var explicitLowercase = Set<String>()
        var lineNumber = 0
        for rawLine in tsv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: Self.spaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2 else {
                throw SentimentLexiconError(source: source, line: lineNumber,
                                            message: "expected word<TAB>mean, found no tab in \"\(line.prefix(40))\"")
            }
            let word = columns[0].trimmingCharacters(in: Self.spaces)
            guard !word.isEmpty else {
                throw SentimentLexiconError(source: source, line: lineNumber, message: "word column is empty")
            }
            let meanText = columns[1].trimmingCharacters(in: .whitespaces)
            guard !meanText.isEmpty else {
                throw SentimentLexiconError(source: source, line: lineNumber,
                                            message: "mean column of \"\(word)\" is empty")
            }
            // Decimal only: Double() also reads "0x2", "inf" and "nan".
            guard meanText.allSatisfy({ "0123456789+-.eE".contains($0) }), let mean = Double(meanText), mean.isFinite else {
                throw SentimentLexiconError(source: source, line: lineNumber,
                                            message: "mean \"\(meanText.prefix(40))\" of \"\(word)\" is not a number")
            }
            // The rules' constants (boosters ±0.293, capitals ±0.733) are on VADER's −4…+4 scale; a
            // lexicon on another (AFINN's −5…+5) or a slipped decimal point ("25" for 2.5) would
            // outweigh every other word.
            guard (-4...4).contains(mean) else {
                throw SentimentLexiconError(source: source, line: lineNumber,
                                            message: "mean \(meanText.prefix(40)) of \"\(word)\" is outside −4…+4, the scale the rules expect (rescale a lexicon written on another scale)")
            }
            var key = word.lowercased()
            if !key.utf8.allSatisfy({ $0 < 0x80 }) { key = UnicodeNormalization.composed(key) }   // as the engine composes words
            if key == word {
                entries[key] = mean
                explicitLowercase.insert(key)
            } else if !explicitLowercase.contains(key) {
                entries[key] = mean
            }
        }
        self.entries = entries
    }

    /// Blanks trimmed around lines and fields; not tabs, which separate the columns.
    static let spaces = CharacterSet(charactersIn: " \r\u{00A0}")

    /// Reads and parses a lexicon file (see `init(tsv:source:)`); errors name the path.
    public static func load(path: String) throws -> SentimentLexicon {
        let text: String
        do {
            text = try FileRead.utf8Text(path: path)
        } catch {
            throw SentimentLexiconError(source: path, line: error.line,
                                        message: error.line == nil ? "cannot read the file: \(error.reason)" : error.reason)
        }
        return try SentimentLexicon(tsv: text, source: path)
    }

    /// This lexicon with `other`'s entries added; where both rate a key, `other` wins.
    public func merging(_ other: SentimentLexicon) -> SentimentLexicon {
        SentimentLexicon(entries: entries.merging(other.entries) { _, new in new })
    }

    /// The number of distinct keys.
    public var count: Int { entries.count }

    /// FNV-1a 64 over the entries in key order: equal for equal lexicons, different (almost
    /// surely) when any key or valence differs. Sorts every entry on each call: keep the result.
    public var fingerprint: UInt64 {
        var h = FNV1a.offsetBasis
        for (key, valence) in entries.sorted(by: { $0.key < $1.key }) { h = FNV1a.hash("\(key)=\(valence)\n".utf8, seed: h) }
        return h
    }

    /// The valence of `word` (any case), or nil when the lexicon does not rate it.
    public func valence(of word: String) -> Double? {
        entries[word.lowercased()]
    }
}

/// A lexicon file or text could not be read or parsed.
public struct SentimentLexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file path or the name the caller gave the text.
    public let source: String
    /// The 1-based line, when the error concerns one line.
    public let line: Int?
    /// What is wrong.
    public let message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(source) line \(line): \(message)" }
        return "\(source): \(message)"
    }
}
