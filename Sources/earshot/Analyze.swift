import ArgumentParser
import EarshotConfig
import EarshotCore
import EarshotPlugins
import EarshotRuntime
import Foundation
import Logging

struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyzes lines of text from stdin and prints the analysis of each (for scripts and benchmarks).",
        discussion: """
        Input: `id<TAB>text` lines, or plain lines (numbered from 1). Without --config the default chain
        runs: language, sentiment (with --lexicon, that lexicon), classify with the default rule pack,
        and the model analyzer when --model is given. With --config, that config's analyzers run.
        `tsv` prints a header and the columns id, sentiment, pos, neu, neg, language, labels,
        model_label, model_score; `json` one object per line with the id and the analysis.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, tsv }
    enum LexiconMode: String, ExpressibleByArgument, CaseIterable { case replace, extend }

    @Option(help: "json or tsv.") var format: Format = .json
    @Option(name: .customLong("config"), help: "Use this config's analyzers instead of the default chain.") var config: String?
    @Option(help: "A model file written by `earshot train`.") var model: String?
    @Option(help: "A sentiment lexicon file (word<TAB>mean<TAB>…).") var lexicon: String?
    @Option(help: "With --lexicon: replace the built-in lexicon, or extend it.") var lexiconMode: LexiconMode = .replace
    @Option(help: "Only these analyzers of the chain, comma-separated (e.g. sentiment).") var only: String?

    func run() async throws {
        let built: Result<EarshotConfiguration, ConfigErrors>
        if let config {
            if model != nil || lexicon != nil {
                throw ValidationError("--model and --lexicon select the default chain; with --config, set them in the config")
            }
            built = ConfigBuilder.load(path: config, registry: BuiltinPlugins.registry(), requireSources: false)
        } else {
            built = ConfigBuilder.build(text: defaultChainYAML(), file: "(default analyzer chain)", registry: BuiltinPlugins.registry(),
                                        environment: [:], requireSources: false)
        }
        let c: EarshotConfiguration
        switch built {
        case .success(let v): c = v
        case .failure(let e): printError(e.description); throw Exit.config
        }
        var analyzers = c.analyzers
        if let only {
            let wanted = Set(only.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
            analyzers = analyzers.filter { wanted.contains($0.type) || wanted.contains($0.name) }
        }
        let pipeline = Pipeline(analyzers: analyzers, router: Router(routes: []))
        var logger = Logger(label: "earshot") { l in LineLogHandler(label: l, level: .warning, format: .logfmt) }
        logger.logLevel = .warning
        let ctx = AnalyzerContext(logger: logger, clock: SystemClock())
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let encoder = EarshotJSON.encoder()
        var out = ""
        if format == .tsv { out = "id\tsentiment\tpos\tneu\tneg\tlanguage\tlabels\tmodel_label\tmodel_score\n" }
        var number = 0
        for rawLine in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            var line = String(decoding: rawLine, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty && number > 0 { continue }
            var id = String(number), text = line
            if let tab = line.firstIndex(of: "\t") {
                id = String(line[..<tab]); text = String(line[line.index(after: tab)...])
            }
            let analysis = await pipeline.analyze(Item(id: id, source: "analyze", text: text), context: ctx)
            switch format {
            case .json:
                struct Row: Encodable { var id: String; var analysis: Analysis }
                out += String(decoding: try encoder.encode(Row(id: id, analysis: analysis)), as: UTF8.self) + "\n"
            case .tsv:
                out += Self.tsvRow(id: id, analysis)
            }
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func tsvRow(id: String, _ a: Analysis) -> String {
        func f(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "" }
        var modelLabel = "", modelScore = ""
        if case .object(let m)? = a.extras["model"] {
            modelLabel = m["label"]?.stringValue ?? ""
            modelScore = f(m["score"]?.doubleValue)
        }
        let fields = [id, f(a.sentiment?.compound), f(a.sentiment?.pos), f(a.sentiment?.neu), f(a.sentiment?.neg),
                      a.language ?? "", a.labels.joined(separator: ","), modelLabel, modelScore]
        return fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n"
    }

    /// The default chain as config text, so it is built by the same factories as a config file.
    func defaultChainYAML() -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var y = "analyzers:\n  - type: language\n  - type: sentiment\n"
        if let lexicon { y += "    lexicon: \(q(lexicon))\n    lexicon_mode: \(lexiconMode.rawValue)\n" }
        y += "  - type: classify\n"
        if let model { y += "  - type: model\n    path: \(q(model))\n" }
        return y
    }
}
