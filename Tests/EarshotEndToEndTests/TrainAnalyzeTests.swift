import EarshotTesting
import Foundation
import Testing

/// `earshot train` then `earshot analyze --model`: what a user does to add a trained classifier.
@Suite struct TrainAnalyzeTests {
    static let rows: String = {
        let complaints = ["my refund never arrived", "the app crashes every time", "still waiting for support, terrible",
                          "charged twice and nobody answers", "broken again after the update"]
        let other = ["thanks, the new version is great", "love the dark mode", "what a lovely team",
                     "great service today", "the update looks nice"]
        var lines = ["text,label"]
        for i in 0..<40 {
            lines.append("\"\(complaints[i % 5]) \(i)\",complaint")
            lines.append("\"\(other[i % 5]) \(i)\",other")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func trainEvaluatesCrossValidatesAndAnalyzeUsesTheModel() throws {
        let dir = try makeTemporaryDirectory("earshot-train")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.rows.write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        let train = try EarshotBinary.run(["train", "--data", "data.csv", "--out", "m.model", "--folds", "4"], cwd: dir)
        #expect(train.status == 0, "\(train.stderr)")
        let out = train.stdout
        #expect(out.contains("data.csv: 80 examples, 2 labels"))
        #expect(out.contains("held-out (16 examples, 20%): accuracy"))
        #expect(out.split(separator: "\n").filter { $0.hasPrefix("fold ") }.count == 4)
        #expect(out.contains("4-fold cross-validation: mean accuracy"))
        let weights = out.split(separator: "\n").first { $0.hasPrefix("feature weights: sublinear tf ") }
        #expect(weights?.hasSuffix("idf × naive-Bayes log-count ratio") == true, "two labels: \(out)")
        #expect(FileManager.default.fileExists(atPath: dir + "/m.model"))

        let analyzed = try EarshotBinary.run(["analyze", "--format", "tsv", "--model", "m.model"],
                                             stdin: "a\tmy refund never arrived, terrible\nb\tlove the new version, great\n", cwd: dir)
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let rows = analyzed.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["id", "sentiment", "pos", "neu", "neg", "language", "labels", "model_label", "model_score"])
        #expect(rows.count == 3)
        #expect(rows.dropFirst().map { $0[0] } == ["a", "b"])
        #expect(rows.dropFirst().map { $0[7] } == ["complaint", "other"])
        #expect(rows.dropFirst().allSatisfy { Double($0[8]).map { (0.5...1).contains($0) } == true })
    }

    @Test func brokenTrainingDataSaysWhereAndWritesNothing() throws {
        let dir = try makeTemporaryDirectory("earshot-train")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "text,label\nfine,a\n\"never closed,b\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let r = try EarshotBinary.run(["train", "--data", "bad.csv", "--out", "m.model"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv line 3"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/m.model"))
        let folds = try EarshotBinary.run(["train", "--data", "bad.csv", "--out", "m.model", "--folds", "1"], cwd: dir)
        #expect(folds.status == 64)
    }
}
