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

    @Test func trainEvaluatesCrossValidatesAndAnalyzeUsesTheModel() async throws {
        let dir = try makeTemporaryDirectory("earshot-train")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.rows.write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        let train = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "m.model", "--folds", "4"], cwd: dir)
        #expect(train.status == 0, "\(train.stderr)")
        let out = train.stdout
        #expect(out.contains("data.csv: 80 examples, 2 labels"))
        #expect(out.contains("held-out (16 examples, 20%): accuracy"))
        #expect(out.split(separator: "\n").filter { $0.hasPrefix("fold ") }.count == 4)
        #expect(out.contains("4-fold cross-validation: mean accuracy"))
        let weights = out.split(separator: "\n").first { $0.hasPrefix("feature weights: sublinear tf ") }
        #expect(weights?.hasSuffix("idf × naive-Bayes log-count ratio") == true, "two labels: \(out)")
        #expect(FileManager.default.fileExists(atPath: dir + "/m.model"))

        let analyzed = try await EarshotBinary.run(["analyze", "--format", "tsv", "--model", "m.model"],
                                                   stdin: "a\tmy refund never arrived, terrible\nb\tlove the new version, great\n", cwd: dir)
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let rows = analyzed.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["id", "sentiment", "pos", "neu", "neg", "language", "labels", "model_label", "model_score"])
        #expect(rows.count == 3)
        #expect(rows.dropFirst().map { $0[0] } == ["a", "b"])
        #expect(rows.dropFirst().map { $0[7] } == ["complaint", "other"])
        #expect(rows.dropFirst().allSatisfy { Double($0[8]).map { (0.5...1).contains($0) } == true })
    }

    /// What cannot work is said before any training, and what was not measured is not scored.
    @Test func impossibleRequestsAreToldPlainly() async throws {
        let dir = try makeTemporaryDirectory("earshot-train-edges")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.rows.write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        // Every label once: nothing can be held back, so no accuracy is printed for it.
        try "text,label\nhello there,a\nworld news,b\n".write(toFile: dir + "/two.csv", atomically: true, encoding: .utf8)
        let two = try await EarshotBinary.run(["train", "--data", "two.csv", "--out", "two.model"], cwd: dir)
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.contains("held-out: none (no label has the two examples it takes to hold one back)"), "\(two.stdout)")
        #expect(!two.stdout.contains("accuracy"), "\(two.stdout)")
        // A label rarer than the folds: the fold that holds it all is named.
        var skewed = "text,label\n"
        for i in 0..<10 { skewed += "common text \(i),a\n" }
        skewed += "the rare one,b\n"
        try skewed.write(toFile: dir + "/skew.csv", atomically: true, encoding: .utf8)
        let skew = try await EarshotBinary.run(["train", "--data", "skew.csv", "--out", "s.model", "--folds", "2"], cwd: dir)
        #expect(skew.status == 1)
        #expect(skew.stderr.contains("would train without label \"b\" (1 example in all); use fewer folds or more examples of it"), "\(skew.stderr)")
        // More folds than examples, or an --out that cannot be written: refused before training.
        let folds = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "m.model", "--folds", "500"], cwd: dir)
        #expect(folds.status == 1)
        #expect(folds.stderr == "earshot train: --folds 500 is more than the 80 examples\n", "\(folds.stderr)")
        #expect(!folds.stdout.contains("held-out"))
        let missing = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "no/such/dir/m.model"], cwd: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "earshot train: --out no/such/dir/m.model: the directory no/such/dir does not exist\n", "\(missing.stderr)")
        #expect(!missing.stdout.contains("held-out"))
        let isDir = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", dir], cwd: dir)
        #expect(isDir.stderr == "earshot train: --out \(dir) is a directory; give a file path\n", "\(isDir.stderr)")
        // A pipe (or device) at --out would be replaced by the renamed model file: refused, and left as it is.
        #expect(mkfifo(dir + "/pipe.model", 0o600) == 0)
        let pipe = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "pipe.model"], cwd: dir)
        #expect(pipe.status == 1)
        #expect(pipe.stderr == "earshot train: --out pipe.model exists and is not a regular file (a device or a pipe); give a file path\n", "\(pipe.stderr)")
        var pipeInfo = stat()
        #expect(stat(dir + "/pipe.model", &pipeInfo) == 0 && pipeInfo.st_mode & S_IFMT == S_IFIFO)
        // A negative number is the option's value, refused with its range (not "Missing value").
        let negative = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "n.model", "--eval-fraction", "-0.1"], cwd: dir)
        #expect(negative.status == 64 && negative.stderr.contains("--eval-fraction must be at least 0 and below 1"), "\(negative.stderr)")
        let bits = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "n.model", "--feature-bits", "27"], cwd: dir)
        #expect(bits.status == 64 && bits.stderr.contains("--feature-bits must be 8...26"), "\(bits.stderr)")
        let epochs = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "n.model", "--epochs", "-3"], cwd: dir)
        #expect(epochs.status == 64 && epochs.stderr.contains("--epochs must be 1...10000"), "\(epochs.stderr)")
        let tooMany = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "n.model", "--epochs", "1000000"], cwd: dir)
        #expect(tooMany.status == 64 && tooMany.stderr.contains("--epochs must be 1...10000"), "\(tooMany.stderr)")
        // The model is never written over its own training data (by any spelling of the path),
        // nor trained to predict its own text, nor written to an empty path.
        let before = try String(contentsOfFile: dir + "/data.csv", encoding: .utf8)
        for out in ["data.csv", "./data.csv", dir + "/data.csv"] {
            let over = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", out, "--eval-fraction", "0"], cwd: dir)
            #expect(over.status == 64 && over.stderr.contains("--out \(out) is the --data file; writing the model there would destroy the training data"), "\(over.stderr)")
        }
        #expect(try String(contentsOfFile: dir + "/data.csv", encoding: .utf8) == before)
        let same = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "s.model", "--label-column", "text"], cwd: dir)
        #expect(same.status == 64 && same.stderr.contains("--text-column and --label-column both name \"text\""), "\(same.stderr)")
        let empty = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", ""], cwd: dir)
        #expect(empty.status == 64 && empty.stderr.contains("--out is empty"), "\(empty.stderr)")
        // The report cannot be written: exit 1 with the reason (the model itself was written).
        let full = try await EarshotBinary.runToFullDisk(["train", "--data", "data.csv", "--out", "f.model", "--eval-fraction", "0"], cwd: dir)
        #expect(full.status == 1)
        #expect(full.stderr == "earshot train: cannot write standard output: No space left on device\n", "\(full.stderr)")
    }

    /// `--feature-bits` sets the hash space the model is trained and then read with.
    @Test func featureBitsAreKeptInTheModel() async throws {
        let dir = try makeTemporaryDirectory("earshot-train-bits")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.rows.write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        let train = try await EarshotBinary.run(["train", "--data", "data.csv", "--out", "small.model", "--feature-bits", "10",
                                                 "--eval-fraction", "0"], cwd: dir)
        #expect(train.status == 0, "\(train.stderr)")
        let file = try Data(contentsOf: URL(fileURLWithPath: dir + "/small.model"))
        #expect(String(decoding: file, as: UTF8.self).contains("\"featureBits\":10"))
        let analyzed = try await EarshotBinary.run(["analyze", "--format", "tsv", "--model", "small.model"],
                                                   stdin: "a\tmy refund never arrived, terrible\nblank\t   \n", cwd: dir)
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let rows = analyzed.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 3 && rows[1][7] == "complaint", "\(analyzed.stdout)")
        // A text of white space only has nothing to read: no answer from the model's bias alone.
        #expect(rows.count == 3 && rows[2][0] == "blank" && rows[2][7].isEmpty && rows[2][8].isEmpty, "\(analyzed.stdout)")
    }

    @Test func brokenTrainingDataSaysWhereAndWritesNothing() async throws {
        let dir = try makeTemporaryDirectory("earshot-train")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "text,label\nfine,a\n\"never closed,b\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["train", "--data", "bad.csv", "--out", "m.model"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv line 3"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/m.model"))
        let folds = try await EarshotBinary.run(["train", "--data", "bad.csv", "--out", "m.model", "--folds", "1"], cwd: dir)
        #expect(folds.status == 64)
    }
}
