/// Training text for the n-gram model: everyday sentences written for this project
/// (customer service, travel, news, social media, daily life), one language per file.
///
/// Keep the sentences varied and natural; never paste in text from the evaluation set
/// (`Tests/EarshotLanguageTests/testset.tsv`) or from other corpora.
enum TrainingText {
    /// The Latin-script languages the n-gram model knows, in model order.
    static let codes = ["en", "fr", "es", "de", "it", "pt", "nl"]

    static var all: [(code: String, text: String)] {
        [("en", english + "\n" + english2), ("fr", french + "\n" + french2),
         ("es", spanish + "\n" + spanish2), ("de", german + "\n" + german2),
         ("it", italian + "\n" + italian2), ("pt", portuguese + "\n" + portuguese2),
         ("nl", dutch + "\n" + dutch2)]
    }
}
