import EarshotConfig
import EarshotCore
import EarshotLanguage
import Foundation

/// `type: sentiment` — the VADER-family engine (plugins/analyzers/sentiment) as an analyzer.
/// Scores the item's text (with its title, when there is one) and sets `analysis.sentiment`.
public struct SentimentAnalyzer: SynchronousAnalyzer {
    public let engine: SentimentEngine
    /// When set, only items in one of these languages are scored: the language an earlier
    /// `language` analyzer found, else the one the source gave (as a route's `language` does:
    /// `en` covers `en-US`, see `LanguageTag`); an item with neither counts as `und`. Others
    /// keep no sentiment, as if unscored (the lexicon is English: French "pain" is bread, not
    /// suffering).
    public let languages: [String]?

    public init(engine: SentimentEngine, languages: [String]? = nil) {
        self.engine = engine
        self.languages = languages
    }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        guard languages == nil || scores(found: analysis.language, given: item.language) else { return }
        analysis.sentiment = sentiment(title: item.title, text: item.text)
    }

    public func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                            context: AnalyzerContext, failed: (Int, any Error) -> Void) {
        if languages == nil {   // the common case: the loop reads nothing else
            for i in items.indices {
                // Most items have no title: then the text's bytes are read where they lie. Going
                // through `sentiment(title:text:)` copied the strings out of the item (a retain
                // and a release each, about 3% of this analyzer's time).
                if items[i].title == nil, let s = items[i].text.utf8.withContiguousStorageIfAvailable({ engine.score(utf8: $0) }) {
                    analyses[i].sentiment = Sentiment(s)
                } else {
                    analyses[i].sentiment = sentiment(title: items[i].title, text: items[i].text)
                }
            }
            return
        }
        for i in items.indices where scores(found: analyses[i].language, given: items[i].language) {
            analyses[i].sentiment = sentiment(title: items[i].title, text: items[i].text)
        }
    }

    private func scores(found: String?, given: String?) -> Bool {
        let tag = found ?? given ?? "und"
        return languages?.contains { LanguageTag.range($0, matches: tag) } ?? true
    }

    private func sentiment(title: String?, text: String) -> Sentiment {
        let s = engine.score(title.map { $0 + ". " + text } ?? text)
        return Sentiment(s)
    }
}

public enum SentimentPlugin {
    public enum LexiconMode: String, CaseIterable { case extend, replace }

    /// Keys: `lexicon` (a `word<TAB>mean<TAB>…` file), `lexicon_mode` (extend | replace), `emoji`
    /// (an `emoji<TAB>description` file replacing the built-in emoji table), `languages` (score
    /// only items in these languages; needs a `language` analyzer earlier in the list),
    /// `lengthening` (rate "goooood" as "good"; default true).
    public static let factory = AnalyzerFactory(provides: [.sentiment]) { setup in
        let s = setup.section
        var languages: [String]?
        if let codes = s.strings("languages") {
            if codes.isEmpty { s.error("languages", "languages must list at least one language code (e.g. [en, und])") }
            for code in codes where code.isEmpty || code != code.lowercased() || !code.allSatisfy(\.isLetter) {
                if let cut = code.firstIndex(where: { $0 == "-" || $0 == "_" }), cut != code.startIndex {
                    let base = code[..<cut].lowercased()
                    s.error("languages", "languages: \"\(code)\" names a region or script; list the language alone (\(base)): the language analyzer reports languages without regions, and \(base) also covers a source's \(code)")
                } else {
                    s.error("languages", "languages: \"\(code)\" is not a language code; use lowercase codes as the language analyzer reports them (en, fr, …, und)")
                }
            }
            // A code the language analyzer never gives can still come from a source (it keeps the
            // source's tag when it cannot tell), so it is allowed; but not a word ("english") or
            // "und" misspelled ("udn"), which would leave every short text unscored without a word.
            let known = Set(LanguageIdentifier.supported + ["und"])
            for code in codes where !code.isEmpty && code == code.lowercased() && code.allSatisfy(\.isLetter) && !known.contains(code) {
                if code.count > 3 || code.sorted() == Array("und").sorted() {
                    s.error("languages", "languages: \"\(code)\" is not a language code; use und or codes such as \(LanguageIdentifier.supported.joined(separator: ", "))")
                }
            }
            if !setup.earlierAnalyzers.contains(.language) {
                s.error("languages", "languages needs the language analyzer listed before sentiment under analyzers: (without it, only a language the source gives would count, and items without one would be und)")
            }
            languages = codes
        }
        let path = s.nonEmptyString("lexicon")
        let mode = s.choice("lexicon_mode", LexiconMode.self) ?? .extend
        let emojiPath = s.nonEmptyString("emoji")
        let lengthening = s.bool("lengthening") ?? true
        if s.raw("lexicon_mode") != nil && path == nil { s.error("lexicon_mode", "lexicon_mode needs a lexicon: file") }
        var lexicon = SentimentLexicon.builtIn
        if let path {
            do {
                let external = try SentimentLexicon.load(path: path)
                // An empty file is a mistake either way, and with `replace` it would rate every text 0.
                guard !external.entries.isEmpty else {
                    s.error("lexicon", "lexicon: \(path) has no entries (every line is blank or a comment)")
                    return nil
                }
                // Text is rated one word at a time, so a key with a space is never looked up
                // (vaderSentiment's own file has four, such as "can't stand"): said, not refused.
                let spaced = external.entries.keys.filter { $0.contains(" ") }.sorted()
                if !spaced.isEmpty {
                    let shown = spaced.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (spaced.count > 3 ? ", …" : "")
                    s.warning("lexicon", "lexicon: \(path): \(spaced.count) \(spaced.count == 1 ? "entry contains" : "entries contain") a space (\(shown)) and will never match: words are rated one at a time")
                }
                lexicon = mode == .replace ? external : lexicon.merging(external)
            } catch {
                s.error("lexicon", "lexicon: \(error)")
                return nil
            }
        }
        var emoji: [String: String]?
        if let emojiPath {
            do {
                let text = try FileRead.utf8Text(path: emojiPath)
                emoji = try SentimentEngine.emojiTable(tsv: text, source: emojiPath)
            } catch {
                s.error("emoji", "emoji table: \(error)")
                return nil
            }
        }
        return SentimentAnalyzer(engine: SentimentEngine(lexicon: lexicon, emoji: emoji, lengthening: lengthening),
                                 languages: languages)
    }
}
