import EarshotConfig
import EarshotCore
import Foundation

/// `type: language` — identifies the language from the text (plugins/analyzers/language).
/// When the text is too short or unclear (`und`), a language the source gave is kept.
public struct LanguageAnalyzer: SynchronousAnalyzer {
    public let identifier: LanguageIdentifier
    public init(identifier: LanguageIdentifier) { self.identifier = identifier }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        identify(title: item.title, text: item.text, given: item.language, &analysis)
    }

    public func analyzeEach(_ items: UnsafeBufferPointer<Item>, into analyses: UnsafeMutableBufferPointer<Analysis>,
                            context: AnalyzerContext, failed: (Int, any Error) -> Void) {
        for i in items.indices { identify(title: items[i].title, text: items[i].text, given: items[i].language, &analyses[i]) }
    }

    private func identify(title: String?, text: String, given: String?, _ analysis: inout Analysis) {
        let g = identifier.identify(title.map { $0 + ". " + text } ?? text)
        // `given` first: most items carry none, and comparing the code is a string comparison.
        if let given, !given.isEmpty, g.code == LanguageGuess.undetermined {
            analysis.language = given
            analysis.languageConfidence = nil
        } else {
            analysis.language = g.code
            analysis.languageConfidence = g.confidence
        }
    }
}

public enum LanguagePlugin {
    /// Keys: `languages` (codes to consider; default all supported), `min_confidence` (0…1, default
    /// 0.5; below it the answer is `und`), `min_length` (letters; shorter text is `und`, default 12).
    public static let factory = AnalyzerFactory(provides: [.language]) { setup in
        let s = setup.section
        let langs = s.strings("languages")
        let conf = s.double("min_confidence", in: 0...1) ?? 0.5
        let minLetters = s.int("min_length", in: 0...10_000) ?? 12
        do {
            return LanguageAnalyzer(identifier: try LanguageIdentifier(languages: langs, minConfidence: conf, minLetters: minLetters))
        } catch {
            s.error("languages", "\(error)")
            return nil
        }
    }
}
