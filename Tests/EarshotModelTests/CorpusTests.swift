import Foundation
import Testing
@testable import EarshotModel

/// `/work/shared/corpora`-style directory beside the repository, if present.
func corporaDirectory() -> String? {
    // Resolve symlinks: a scratch package may link this folder in from the repository.
    var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
            || FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) {
            let corpora = url.deletingLastPathComponent().appendingPathComponent("shared/corpora").path
            return FileManager.default.fileExists(atPath: corpora) ? corpora : nil
        }
    }
    return nil
}

@Suite struct CorpusTests {
    /// 5-fold cross-validation on the complaint tweets.
    ///
    /// Three epochs instead of the default ten, and idf fixed to what the default options'
    /// cross-validated choice picks on this set (off), keep it quick in debug builds; the
    /// benchmark (`scripts/bench-model.py`) measures the default options.
    @Test func complaintsCrossValidation() throws {
        guard let corpora = corporaDirectory() else {
            print("note: ../shared/corpora not found; skipping the complaints cross-validation")
            return
        }
        let examples = try TrainingData.load(path: corpora + "/complaints/complaints-dev.csv", textColumn: "text", labelColumn: "label")
        #expect(examples.count > 1000)
        var options = TrainingOptions()
        options.epochs = 3
        options.chooseIDF = false
        options.idf = false
        let report = try TextClassifier.crossValidate(examples, folds: 5, seed: 2, options: options)
        print("complaints 5-fold CV macro-F1 \(report.meanMacroF1), accuracy \(report.meanAccuracy)")
        #expect(report.meanMacroF1 >= 0.77)
        #expect(report.pooled.count == examples.count)
    }
}
