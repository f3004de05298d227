import EarshotConfig
import EarshotCore
import Foundation

/// `type: sentiment` — the VADER-family engine (plugins/analyzers/sentiment) as an analyzer.
/// Scores the item's text (with its title, when there is one) and sets `analysis.sentiment`.
public struct SentimentAnalyzer: SynchronousAnalyzer {
    public let engine: SentimentEngine
    public init(engine: SentimentEngine) { self.engine = engine }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        analysis.sentiment = sentiment(title: item.title, text: item.text)
    }

    public func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                            context: AnalyzerContext, failed: (Int, any Error) -> Void) {
        for i in items.indices { analyses[i].sentiment = sentiment(title: items[i].title, text: items[i].text) }
    }

    private func sentiment(title: String?, text: String) -> Sentiment {
        let s = engine.score(title.map { $0 + ". " + text } ?? text)
        return Sentiment(compound: s.compound, pos: s.positive, neu: s.neutral, neg: s.negative)
    }
}

public enum SentimentPlugin {
    public enum LexiconMode: String, CaseIterable { case extend, replace }

    /// Keys: `lexicon` (a `word<TAB>mean<TAB>…` file), `lexicon_mode` (extend | replace), `emoji`
    /// (an `emoji<TAB>description` file replacing the built-in emoji table).
    public static let factory = AnalyzerFactory(provides: [.sentiment]) { setup in
        let s = setup.section
        let path = s.nonEmptyString("lexicon")
        let mode = s.choice("lexicon_mode", LexiconMode.self) ?? .extend
        let emojiPath = s.nonEmptyString("emoji")
        if s.raw("lexicon_mode") != nil && path == nil { s.error("lexicon_mode", "lexicon_mode needs a lexicon: file") }
        var lexicon = SentimentLexicon.builtIn
        if let path {
            do {
                let external = try SentimentLexicon.load(path: path)
                lexicon = mode == .replace ? external : lexicon.merging(external)
            } catch {
                s.error("lexicon", "lexicon \(path): \(error)")
                return nil
            }
        }
        var emoji: [String: String]?
        if let emojiPath {
            do {
                let text = try String(contentsOfFile: emojiPath, encoding: .utf8)
                emoji = try SentimentEngine.emojiTable(tsv: text, source: emojiPath)
            } catch {
                s.error("emoji", "emoji table \(emojiPath): \(error)")
                return nil
            }
        }
        return SentimentAnalyzer(engine: SentimentEngine(lexicon: lexicon, emoji: emoji))
    }
}
