import ArgumentParser
import EarshotModel
import Foundation

struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trains a text classifier from labelled CSV/TSV/JSONL into a model file the `model` analyzer loads.",
        discussion: """
        Holds back --eval-fraction of the examples (stratified by label) and prints accuracy and macro-F1 \
        on them, then trains the written model on all examples. @handles and URLs are folded into \
        placeholder tokens by the feature extraction, so a brand handle cannot decide the label. \
        Besides words and character n-grams, the features include what Earshot's sentiment engine \
        and default rules say about each text. On up to 5,000 examples, whether to weigh features \
        by idf is decided by cross-validation on the training part alone (it takes a few more \
        trainings); the model file records the choice.
        """)

    @Option(help: "Labelled examples: .csv, .tsv, .jsonl or .ndjson.") var data: String
    @Option(help: "The column (or JSON field) with the text.") var textColumn: String = "text"
    @Option(help: "The column (or JSON field) with the label.") var labelColumn: String = "label"
    @Option(help: "Where to write the model (written atomically).") var out: String
    // `.unconditional`: a negative number ("-0.1") is taken as the value, and refused by `validate`
    // with the option's own range, instead of being read as an unknown option.
    @Option(parsing: .unconditional, help: "Share of examples held back for evaluation (0 to skip; the model is then trained once).") var evalFraction: Double = 0.2
    @Option(parsing: .unconditional, help: "Training passes over the data.") var epochs: Int?
    @Option(parsing: .unconditional, help: "Seed for the split and the training order.") var seed: UInt64 = 1
    @Option(parsing: .unconditional, help: "Also run stratified k-fold cross-validation with this many folds and print each fold's scores (0: skip).") var folds: Int = 0
    @Option(parsing: .unconditional, help: "Hash features into 2^N buckets (8...26); fewer take less memory to train, with more collisions.") var featureBits: Int = TrainingOptions().featureBits
    @Flag(help: "Print the per-label table.") var verbose = false

    func validate() throws {
        guard (0..<1).contains(evalFraction) else { throw ValidationError("--eval-fraction must be at least 0 and below 1") }
        if let epochs, !(1...10_000).contains(epochs) { throw ValidationError("--epochs must be 1...10000") }
        if textColumn == labelColumn { throw ValidationError("--text-column and --label-column both name \"\(textColumn)\"; the label must be another column") }
        if out.isEmpty { throw ValidationError("--out is empty; give the model file's path") }
        if Self.sameFile(out, data) { throw ValidationError("--out \(out) is the --data file; writing the model there would destroy the training data") }
        if !(8...26).contains(featureBits) { throw ValidationError("--feature-bits must be 8...26") }
        if folds == 1 || folds < 0 { throw ValidationError("--folds must be 0 (skip) or at least 2") }
    }

    func run() async throws {
        do throws(ModelError) {
            let examples = try TrainingData.load(path: data, textColumn: textColumn, labelColumn: labelColumn)
            var options = TrainingOptions()
            options.seed = seed
            options.featureBits = featureBits
            if let epochs { options.epochs = epochs }
            let labels = Set(examples.map(\.label))
            print("\(data): \(examples.count) example\(examples.count == 1 ? "" : "s"), \(labels.count) label\(labels.count == 1 ? "" : "s")")
            if folds > examples.count {
                throw ModelError("--folds \(folds) is more than the \(examples.count) examples")
            }
            try Self.checkWritable(out)
            if evalFraction > 0 {
                let (train, held) = TextClassifier.split(examples, evalFraction: evalFraction, seed: seed)
                if held.isEmpty {
                    print("held-out: none (no label has the two examples it takes to hold one back)")
                } else {
                    let model = try TextClassifier.train(train, options: options)
                    let r = model.evaluate(held)
                    print(String(format: "held-out (%d examples, %.0f%%): accuracy %.2f%%, macro-F1 %.2f", r.count, evalFraction * 100,
                                 r.accuracy * 100, r.macroF1 * 100))
                    if verbose { print(r.table) }
                }
            }
            if folds >= 2 {
                let cv = try TextClassifier.crossValidate(examples, folds: folds, seed: seed, options: options)
                for (i, r) in cv.folds.enumerated() {
                    print(String(format: "fold %d (%d examples): accuracy %.2f%%, macro-F1 %.2f", i + 1, r.count, r.accuracy * 100, r.macroF1 * 100))
                }
                print(String(format: "%d-fold cross-validation: mean accuracy %.2f%%, mean macro-F1 %.2f", folds, cv.meanAccuracy * 100, cv.meanMacroF1 * 100))
                if verbose { print(cv.pooled.table) }
            }
            let start = Date()
            let model = try TextClassifier.train(examples, options: options)
            try model.write(to: out)
            print("trained on all \(examples.count) examples in " + String(format: "%.1fs", Date().timeIntervalSince(start)) + "; wrote \(out)")
            print("feature weights: " + Self.weighting(model))
        } catch {
            printError("earshot train: \(error)")
            throw Exit.runtimeFailure
        }
        try finishStandardOutput(command: "train")
    }

    /// Whether two paths name one file (the same device and inode, so links and `./` spellings
    /// count), or the same path once standardized when the first does not exist yet.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        let resolve = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolve(a) == resolve(b)
    }

    /// Fails before any training when `--out` cannot be written: its directory is missing or
    /// it names a directory, a device or a pipe (the model is written to a temporary file and
    /// renamed over `--out`, which would replace `/dev/null` itself; a symbolic link to a
    /// regular file is replaced by the model, as before). (Permissions show when the
    /// file is written.)
    static func checkWritable(_ out: String) throws(ModelError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ModelError("--out \(out) is a directory; give a file path")
        }
        var info = stat()
        if stat(out, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw ModelError("--out \(out) exists and is not a regular file (a device or a pipe); give a file path")
        }
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty, !(FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw ModelError("--out \(out): the directory \(dir) does not exist")
        }
    }

    /// How the written model weighs features, in words (idf as `chooseIDF` left it; the
    /// naive-Bayes scale applies to two labels only).
    static func weighting(_ model: TextClassifier) -> String {
        var parts = [model.options.sublinearTF ? "sublinear tf" : "tf", model.options.idf ? "× idf" : "without idf"]
        if model.options.scalesByNaiveBayes(labelCount: model.labels.count) { parts.append("× naive-Bayes log-count ratio") }
        return parts.joined(separator: " ")
    }
}
