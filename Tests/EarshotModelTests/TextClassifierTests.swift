import EarshotCore
import EarshotTesting
import Foundation
import Testing
@testable import EarshotModel

/// A small synthetic set: billing vs. delivery vs. praise, with shared filler words and handles.
func syntheticExamples() -> [TrainingExample] {
    let billing = ["charged twice for my order", "refund my payment please", "wrong amount on the invoice",
                   "my card was billed again", "where is my refund", "double charge on my statement",
                   "the invoice shows a fee I never agreed to", "cancel the payment and refund me"]
    let delivery = ["parcel still not delivered", "my package is lost", "courier never showed up",
                    "delivery is three days late", "tracking says delivered but no parcel", "where is my package",
                    "the driver left the box in the rain", "shipping takes forever"]
    let praise = ["thanks for the quick help", "great service as always", "love the new app",
                  "you folks are amazing", "thank you so much", "best support team ever",
                  "really happy with the product", "great job on the update"]
    var out: [TrainingExample] = []
    for (label, texts) in [("billing", billing), ("delivery", delivery), ("praise", praise)] {
        for (i, t) in texts.enumerated() {
            out.append(TrainingExample(text: "@brand\(i) \(t)", label: label))
        }
    }
    return out
}

func quickOptions() -> TrainingOptions {
    var o = TrainingOptions()
    o.epochs = 10
    o.featureBits = 16
    return o
}

@Suite struct TextClassifierTests {
    @Test func learnsTheObvious() throws {
        let model = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        #expect(model.labels == ["billing", "delivery", "praise"])
        #expect(model.best("@someone I was charged twice, refund please").label == "billing")
        #expect(model.best("my parcel is late and still not delivered").label == "delivery")
        #expect(model.best("thanks, great help").label == "praise")
        let p = model.predict("refund my double charge")
        #expect(p.map(\.label).first == "billing")
        #expect(p.count == 3 && zip(p, p.dropFirst()).allSatisfy { $0.probability >= $1.probability })
        #expect(abs(p.map(\.probability).reduce(0, +) - 1) < 1e-4)
        #expect(model.evaluate(syntheticExamples()).accuracy == 1)
    }

    @Test func aHandleCannotDecideTheLabel() throws {
        // Every "complaint" mentions @badbrand, every other text @goodbrand: the handle alone
        // would separate them perfectly, but it is masked, so it carries no signal.
        var examples: [TrainingExample] = []
        for i in 0..<10 {
            examples.append(TrainingExample(text: "@badbrand broken again \(i)", label: "complaint"))
            examples.append(TrainingExample(text: "@goodbrand works fine \(i)", label: "other"))
        }
        let model = try TextClassifier.train(examples, options: quickOptions())
        let a = model.predict("@badbrand hello")
        let b = model.predict("@goodbrand hello")
        #expect(a == b)
    }

    @Test func deterministicGivenTheSeed() throws {
        let examples = syntheticExamples()
        let a = try TextClassifier.train(examples, options: quickOptions())
        let b = try TextClassifier.train(examples, options: quickOptions())
        #expect(a.serialized() == b.serialized())
        var other = quickOptions()
        other.seed = 99
        let c = try TextClassifier.train(examples, options: other)
        #expect(a.serialized() != c.serialized())
    }

    @Test func writeLoadRoundTripGivesIdenticalPredictions() throws {
        let model = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        let path = try temporaryFile("placeholder", "").replacingOccurrences(of: "placeholder", with: "m.model")
        try model.write(to: path)
        let loaded = try TextClassifier.load(path: path)
        #expect(loaded.labels == model.labels)
        #expect(loaded.options == model.options)
        #expect(loaded.trainingCount == model.trainingCount)
        for text in ["refund me", "parcel lost", "thanks!", "unrelated words entirely", ""] {
            #expect(loaded.predict(text) == model.predict(text))
        }
        #expect(loaded.serialized() == model.serialized())
        // Overwriting goes through a temporary file and leaves nothing else behind.
        try model.write(to: path)
        let dir = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["m.model", "placeholder"])
    }

    @Test func writeIntoAMissingDirectoryFails() throws {
        let model = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        let message = errorText { try model.write(to: "/nonexistent-dir/x.model") }
        #expect(message.hasPrefix("/nonexistent-dir/x.model: cannot create a temporary file"))
    }

    @Test func corruptAndTruncatedFilesGiveErrorsNotCrashes() throws {
        let model = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        let good = model.serialized()
        func message(_ bytes: [UInt8]) -> String {
            errorText { _ = try TextClassifier.deserialize(bytes) }
        }
        #expect(message([]) == "empty file, not a model")
        #expect(message(Array("text,label\nhello,a\n".utf8)).contains("not an Earshot model file"))
        // Every truncation is caught.
        let cuts = Array(stride(from: 0, to: good.count, by: max(1, good.count / 300))) + [good.count - 1, 17, 20]
        for cut in cuts {
            #expect(!message(Array(good.prefix(cut))).isEmpty)
        }
        #expect(message(Array(good.prefix(good.count - 1))).contains("truncated"))
        // Cut inside or just after the magic: still truncated, not "not a model file".
        for cut in [3, 8, 10, 15] { #expect(message(Array(good.prefix(cut))).hasPrefix("truncated"), "cut at \(cut)") }
        // A flipped bit anywhere past the preamble is caught (header JSON, weights or checksum).
        for position in [20, good.count / 2, good.count - 10, good.count - 1] {
            var bad = good
            bad[position] ^= 0x10
            #expect(!message(bad).isEmpty)
        }
        var flipped = good
        flipped[good.count / 2] ^= 0x01
        #expect(message(flipped).contains("checksum mismatch"))
        #expect(message(good + [0]).contains("unexpected bytes after the model"))
        var newer = good
        newer[8] = 2
        #expect(message(newer).contains("model format version 2 is newer"))
        // A long but legal file name (240 bytes) is written: the temporary name stays within 255.
        let longName = FileManager.default.temporaryDirectory.path + "/" + String(repeating: "m", count: 234) + ".model"
        defer { try? FileManager.default.removeItem(atPath: longName) }
        try model.write(to: longName)
        #expect(try TextClassifier.load(path: longName).labels == model.labels)
        // A file made by other means with a valid checksum but weights whose sums overflow (NaN scores).
        let huge = TextClassifier(labels: model.labels, options: model.options, trainingCount: model.trainingCount, buckets: model.buckets,
                                  idf: model.idf, weights: model.weights.map { _ in 3e38 }, bias: model.bias)
        #expect(message(huge.serialized()) == "corrupt: non-finite weights or weights beyond ±1000000", "\(message(huge.serialized()))")
        // A file made by other means, whose labels `earshot train` would refuse.
        for (labels, why) in [(["billing", "", "praise"], "an empty label"), (["billing", "a,b", "praise"], "contains a comma")] {
            let crafted = TextClassifier(labels: labels, options: model.options, trainingCount: model.trainingCount, buckets: model.buckets,
                                         idf: model.idf, weights: model.weights, bias: model.bias)
            #expect(message(crafted.serialized()).hasPrefix("corrupt header: ") && message(crafted.serialized()).contains(why),
                    "\(message(crafted.serialized()))")
        }

        let path = try temporaryFile("bad.model", Array(good.prefix(100)))
        #expect(errorText { _ = try TextClassifier.load(path: path) }.hasPrefix(path + ": truncated"))
        #expect(errorText { _ = try TextClassifier.load(path: "/nonexistent/x.model") } == "/nonexistent/x.model: no such model file")
        let directory = FileManager.default.temporaryDirectory.path
        #expect(errorText { _ = try TextClassifier.load(path: directory) } == "\(directory): cannot read the model file: is a directory, not a file")
        // A device is refused before it is read (/dev/zero would be read until memory ran out).
        #expect(errorText { _ = try TextClassifier.load(path: "/dev/zero") } == "/dev/zero: cannot read the model file: not a regular file (a device or a pipe)")
        // So is a pipe nobody writes to, which opening alone used to wait on forever.
        let fifo = directory + "/earshot-\(UUID().uuidString).model"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        #expect(errorText { _ = try TextClassifier.load(path: fifo) } == "\(fifo): cannot read the model file: not a regular file (a device or a pipe)")
    }

    /// A label too rare for the folds is named, with three labels as with two: a fold that trains
    /// without it could never answer it.
    @Test func crossValidationNamesALabelTooRareForTheFolds() {
        var examples: [TrainingExample] = []
        for i in 0..<10 {
            examples.append(TrainingExample(text: "refund please \(i)", label: "billing"))
            examples.append(TrainingExample(text: "app crashes \(i)", label: "bug"))
        }
        examples.append(TrainingExample(text: "i will sue", label: "legal"))
        #expect(errorText { _ = try TextClassifier.crossValidate(examples, folds: 3, seed: 1) }
                .contains("would train without label \"legal\" (1 example in all)"))
    }

    @Test func rejectsUnusableTrainingInput() throws {
        let one = [TrainingExample(text: "a", label: "x"), TrainingExample(text: "b", label: "x")]
        #expect(errorText { _ = try TextClassifier.train(one) }.contains("only one label (\"x\")"))
        #expect(errorText { _ = try TextClassifier.train([]) } == "no training examples")
        var bad = TrainingOptions()
        bad.featureBits = 40
        #expect(errorText { _ = try TextClassifier.train(syntheticExamples(), options: bad) } == "featureBits must be 8...26, got 40")
    }

    /// Weights for many labels over many features are refused with the estimate before they are
    /// allocated (10,000 labels over 2^18 features died in the allocation).
    @Test func trainingThatWouldNotFitInMemoryIsRefusedFirst() throws {
        #expect(TextClassifier.trainingBytes(features: 1 << 18, labels: 10_000) == (1 << 18) * (3 * 10_000 + 10_000) * 4)
        #expect(TextClassifier.trainingBytes(features: 10, labels: 3) == 10 * (3 * 8 + 3) * 4)   // padded to 8 classes
        #expect(TextClassifier.trainingBytes(features: Int.max / 2, labels: 10_000) == .max)
        #expect(TextClassifier.describeBytes(41_943_040_000) == "41.9 GB")
        #expect(TextClassifier.describeBytes(999) == "999 bytes")

        var options = quickOptions()
        options.memoryLimit = 10_000
        let message = errorText { _ = try TextClassifier.train(syntheticExamples(), options: options) }
        #expect(message.hasPrefix("training 3 labels over "), "\(message)")
        #expect(message.contains("distinct features needs about "), "\(message)")
        #expect(message.contains("more than the 10.0 kB allowed (memoryLimit); use fewer labels, or fewer feature buckets (--feature-bits, now 16)"), "\(message)")
        // The default limit is half the machine's memory, and a small set is far below it.
        #expect(TrainingOptions().effectiveMemoryLimit == Int(ProcessInfo.processInfo.physicalMemory / 2))
        _ = try TextClassifier.train(syntheticExamples(), options: quickOptions())
    }

    @Test func splitIsStratifiedAndDeterministic() {
        var examples: [TrainingExample] = []
        for i in 0..<100 { examples.append(TrainingExample(text: "a\(i)", label: i < 70 ? "common" : "rare")) }
        examples.append(TrainingExample(text: "lonely", label: "single"))
        let (train, eval) = TextClassifier.split(examples, evalFraction: 0.2, seed: 7)
        #expect(eval.filter { $0.label == "common" }.count == 14)
        #expect(eval.filter { $0.label == "rare" }.count == 6)
        #expect(!eval.contains { $0.label == "single" })
        #expect(train.count + eval.count == examples.count)
        #expect(Set(train).isDisjoint(with: eval))
        #expect(TextClassifier.split(examples, evalFraction: 0.2, seed: 7).eval == eval)
        #expect(TextClassifier.split(examples, evalFraction: 0.2, seed: 8).eval != eval)

        let folds = TextClassifier.foldAssignment(examples, folds: 5, seed: 3)
        for f in 0..<5 {
            let members = examples.indices.filter { folds[$0] == f }
            #expect(members.count == 20 || members.count == 21)
            #expect(members.filter { examples[$0].label == "common" }.count == 14)
        }
    }

    @Test func evaluationMatchesHandComputedScores() {
        let report = EvaluationReport(gold: ["a", "a", "a", "b", "b", "c"], predicted: ["a", "a", "b", "b", "c", "c"])
        #expect(report.count == 6)
        #expect(abs(report.accuracy - 4.0 / 6) < 1e-12)
        let a = report.perLabel["a"]!, b = report.perLabel["b"]!
        #expect(a.precision == 1 && abs(a.recall - 2.0 / 3) < 1e-12 && a.support == 3)
        #expect(b.precision == 0.5 && b.recall == 0.5)
        #expect(report.perLabel["c"]!.f1 == 2.0 / 3)
        #expect(abs(report.macroF1 - (0.8 + 0.5 + 2.0 / 3) / 3) < 1e-12)
        #expect(report.table == """
            6 examples: accuracy 66.67%, macro-F1 65.56%
            label  precision  recall      f1  support
            a         100.00   66.67   80.00        3
            b          50.00   50.00   50.00        2
            c          50.00  100.00   66.67        1
            """)
    }
}

@Suite struct TrainingChoiceTests {
    @Test func idfIsChosenByCrossValidationOnTheTrainingDataAndRecorded() throws {
        let examples = syntheticExamples()
        var options = quickOptions()
        options.chooseIDF = true
        let extractor = options.extractor
        let counts = examples.map { extractor.counts($0.text) }
        var inner = options
        inner.chooseIDF = false
        guard let expected = try TextClassifier.chooseIDF(counts: counts, labels: examples.map(\.label), options: inner) else {
            Issue.record("chooseIDF made no choice on \(examples.count) examples")
            return
        }
        // Configure the other value, so only the choice can produce `expected`.
        options.idf = !expected
        let model = try TextClassifier.train(examples, options: options)
        #expect(model.options.idf == expected)
        #expect(!model.options.chooseIDF)
        // The choice travels in the model file.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("choice-\(getpid()).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path)
        #expect(try TextClassifier.load(path: path).options.idf == expected)
    }

    @Test func noChoiceWhenALabelHasTooFewExamplesOrTheSetIsLarge() throws {
        var examples = syntheticExamples()
        examples.append(TrainingExample(text: "a lone example", label: "rare"))
        let options = quickOptions()
        let counts = examples.map { options.extractor.counts($0.text) }
        #expect(try TextClassifier.chooseIDF(counts: counts, labels: examples.map(\.label), options: options) == nil)
        // Over the limit the configured idf stands, without extra training runs.
        var limited = quickOptions()
        limited.idf = false
        limited.chooseIDFLimit = 10
        #expect(try TextClassifier.train(syntheticExamples(), options: limited).options.idf == false)
        limited.idf = true
        #expect(try TextClassifier.train(syntheticExamples(), options: limited).options.idf == true)
    }

    @Test func optionsFromOlderFilesKeepTheirFeatures() throws {
        // A header written before signal features and the idf choice existed.
        let old = #"{"epochs":10,"learningRate":0.2,"l2":1e-05,"featureBits":18,"seed":1,"wordBigrams":true,"charNgramMin":2,"charNgramMax":4,"sublinearTF":true,"idf":true,"balanceClasses":false,"averageWeights":true,"minDocumentFrequency":1}"#
        let decoded = try JSONDecoder().decode(TrainingOptions.self, from: Data(old.utf8))
        #expect(decoded.signals == false)
        #expect(decoded.extractor.signals == false)
        #expect(decoded.charNgramMin == 2 && decoded.balanceClasses == false)
        #expect(TrainingOptions().signals == true)
        #expect(decoded.nbScale == false && TrainingOptions().nbScale == true)
        let roundTrip = try JSONDecoder().decode(TrainingOptions.self, from: JSONEncoder().encode(TrainingOptions()))
        #expect(roundTrip == TrainingOptions())
    }
}

@Suite struct BucketRowsTests {
    @Test func findsEveryRowAndNothingElse() {
        var rng = SplitMix64(seed: 3)
        var buckets = Set<UInt32>()
        while buckets.count < 5_000 { buckets.insert(UInt32(truncatingIfNeeded: rng.next() >> 38)) }   // 26-bit buckets
        let list = Array(buckets).sorted()
        let rows = BucketRows(list)
        for (row, bucket) in list.enumerated() { #expect(rows[bucket] == Int32(row)) }
        var misses = 0
        for probe in UInt32(0)..<20_000 where !buckets.contains(probe) {
            if rows[probe] != nil { misses += 1 }
        }
        #expect(misses == 0)
        #expect(BucketRows([])[0] == nil)
        #expect(BucketRows([0])[0] == 0, "bucket 0 is a key like any other")
    }
}

@Suite struct SignalSourcesTests {
    @Test func trainingRecordsWhereSignalsCameFromAndTheFileKeepsIt() throws {
        let model = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        #expect(model.options.signalSources == FeatureExtractor.signalSourcesFingerprint)
        #expect(FeatureExtractor.signalSourcesFingerprint.count == 16)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("signals-\(getpid()).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path)
        #expect(try TextClassifier.load(path: path).options.signalSources == FeatureExtractor.signalSourcesFingerprint)
        var plain = quickOptions()
        plain.signals = false
        #expect(try TextClassifier.train(syntheticExamples(), options: plain).options.signalSources == nil)
    }

    @Test func aModelFromAnotherLexiconOrRulePackWarnsOnce() async throws {
        var options = TrainingOptions()
        #expect(ModelAnalyzer.staleness(of: options) != nil, "signals without a record")
        options.signalSources = FeatureExtractor.signalSourcesFingerprint
        #expect(ModelAnalyzer.staleness(of: options) == nil)
        options.signals = false
        options.signalSources = nil
        #expect(ModelAnalyzer.staleness(of: options) == nil, "no signals, nothing to shift")

        // A model whose record names other sources than this build's.
        let fresh = try TextClassifier.train(syntheticExamples(), options: quickOptions())
        var other = fresh.options
        other.signalSources = "0000000000000000"
        let stale = TextClassifier(labels: fresh.labels, options: other, trainingCount: fresh.trainingCount,
                                   buckets: fresh.buckets, idf: fresh.idf, weights: fresh.weights, bias: fresh.bias)
        let recorder = InMemoryLogRecorder()
        let context = AnalyzerContext(logger: recorder.logger(), clock: TestClock())
        let analyzer = ModelAnalyzer(classifier: stale, settings: ModelAnalyzerSettings(path: "/models/complaints.model"))
        #expect(analyzer.staleSignals?.contains("0000000000000000") == true)
        for text in ["refund my double charge", "my parcel is lost"] {
            var analysis = Analysis()
            try await analyzer.analyze(Item(id: text, source: "t", text: text), &analysis, context: context)
            #expect(analysis.extras["model"] != nil, "the model still answers")
        }
        let warnings = recorder.all.filter { $0.level == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("retrain this model:") == true)
        #expect(warnings.first?.metadata["model"] == "/models/complaints.model")

        let current = ModelAnalyzer(classifier: fresh, settings: ModelAnalyzerSettings(path: "m.model"))
        var analysis = Analysis()
        try await current.analyze(Item(id: "x", source: "t", text: "thanks"), &analysis, context: context)
        #expect(recorder.all.filter { $0.level == .warning }.count == 1, "a current model does not warn")
    }
}

@Suite struct NaiveBayesScaleTests {
    /// Bucket 10 occurs only in label 1's texts, 20 only in label 0's, 30 in every text, 40 in
    /// one text of each label; bucket 50 (a character feature) like 10.
    @Test func featuresThatSplitTheLabelsWeighMore() {
        func doc(_ words: [UInt32], chars: [UInt32] = []) -> FeatureExtractor.Counts {
            .init(words: words.map { .init(bucket: $0, count: 1) }, chars: chars.map { .init(bucket: $0, count: 1) })
        }
        let counts = [doc([10, 30, 40], chars: [50]), doc([10, 30], chars: [50]), doc([10, 30], chars: [50]),
                      doc([20, 30, 40]), doc([20, 30]), doc([20, 30])]
        let targets = [1, 1, 1, 0, 0, 0]
        let buckets: [UInt32] = [10, 20, 30, 40, 50]
        let s = TextClassifier.nbScales(counts: counts, targets: targets, rows: BucketRows(buckets), rowCount: buckets.count)
        // Add-one document counts per bucket: label 1 has 4, 1, 4, 2, 4 (15 in all), label 0 has
        // 1, 4, 4, 2, 1 (12).
        let expected: [Float] = zip([4, 1, 4, 2, 4] as [Float], [1, 4, 4, 2, 1] as [Float]).map { 1 + abs(logf(($0 / 15) / ($1 / 12))) }
        for r in 0..<5 { #expect(abs(s[r] - expected[r]) < 1e-5, "row \(r): \(s[r]) vs \(expected[r])") }
        #expect(min(s[0], s[1], s[4]) > 2 && max(s[2], s[3]) < 1.3, "features both labels share stay near 1: \(s)")
        #expect(s.allSatisfy { $0 >= 1 })
    }

    /// Two labels: the scale is in the model's per-row weights and changes the model; more labels:
    /// the option changes nothing. Either way the option is recorded.
    @Test func appliesToTwoLabelModelsOnly() throws {
        let two = syntheticExamples().filter { $0.label != "praise" }
        var on = quickOptions(), off = quickOptions()
        on.nbScale = true
        off.nbScale = false
        let a = try TextClassifier.train(two, options: on), b = try TextClassifier.train(two, options: off)
        #expect(a.options.nbScale && !b.options.nbScale)
        #expect(a.idf != b.idf && a.weights != b.weights)
        #expect(zip(a.idf, b.idf).allSatisfy { $0 >= $1 })
        #expect(a.best("charged twice, refund please").label == "billing")
        let three = syntheticExamples()
        let c = try TextClassifier.train(three, options: on), d = try TextClassifier.train(three, options: off)
        #expect(c.idf == d.idf && c.weights == d.weights)
        // The scale travels in the file as part of the per-row weights.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nb-\(getpid()).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try a.write(to: path)
        let loaded = try TextClassifier.load(path: path)
        #expect(loaded.options.nbScale && loaded.idf == a.idf)
        #expect(loaded.predict("where is my refund") == a.predict("where is my refund"))
    }
}
