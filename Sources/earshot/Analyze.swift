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
        Input: `id<TAB>text` lines, or plain lines (numbered from 1), ending in LF, CRLF or CR; a line \
        over 16 MiB is analyzed up to there, with a warning. Lines are read and answered as they arrive \
        (rows are written after each read of up to 1 MiB). Without --config the default chain \
        runs: language, sentiment (with --lexicon, that lexicon), classify with the default rule pack, \
        and the model analyzer when --model is given. With --config, that config's analyzers run. \
        `tsv` prints a header and the columns id, sentiment, pos, neu, neg, language, labels, \
        model_label, model_score; `json` one object per line with the id and the analysis.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, tsv }

    @Option(help: "json or tsv.") var format: Format = .json
    @OptionGroup var chain: AnalyzeChainOptions

    func run() async throws {
        let (pipeline, ctx, _) = try chain.pipeline()
        let encoder = EarshotJSON.encoder()
        // Output is built as bytes (appending to a String cost more than the analysis of a sentence)
        // and written every 64 KiB and after each read.
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        if format == .tsv { out += "id\tsentiment\tpos\tneu\tneg\tlanguage\tlabels\tmodel_label\tmodel_score\n".utf8 }
        // Lines are analyzed in batches, as the daemon does: each chunk read from stdin (up to
        // 1 MiB) is one or more batches, and its rows are written before the next read, so a
        // pipe that stays open gets its answers as its lines arrive and memory stays bounded
        // whatever the input's size.
        var batch: [Item] = [], ids: [String] = []   // ids as given (an item given "" gets a hash id)
        batch.reserveCapacity(Pipeline.sliceSize)
        func flush() async throws {
            for (id, analysis) in zip(ids, await pipeline.analyze(batch, context: ctx)) {
                switch format {
                case .json:
                    struct Row: Encodable { var id: String; var analysis: Analysis }
                    out += try encoder.encode(Row(id: id, analysis: analysis))
                    out.append(UInt8(ascii: "\n"))
                case .tsv:
                    Self.appendTSVRow(to: &out, id: id, analysis)
                }
                if out.count > 1 << 16 { try writeStandardOutput(out, command: "analyze"); out.removeAll(keepingCapacity: true) }
            }
            batch.removeAll(keepingCapacity: true)
            ids.removeAll(keepingCapacity: true)
        }
        func analyze(_ lines: inout InputLines) async throws {
            while let line = lines.next() {
                batch.append(Item(id: line.id, source: "analyze", text: line.text))
                ids.append(line.id)
                if batch.count == Pipeline.sliceSize { try await flush() }
            }
            try await flush()
            try writeStandardOutput(out, command: "analyze")
            out.removeAll(keepingCapacity: true)
        }

        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []   // read but not yet analyzed: a line whose end has not arrived
        var linesBefore = 0
        var cutting = false         // the line in `pending` is over the limit: its rest is dropped
        func warnCut() {
            printError("earshot analyze: line \(linesBefore + 1) is longer than \(Self.maxLineBytes >> 20) MiB; only its first \(Self.maxLineBytes >> 20) MiB are analyzed")
        }
        while true {
            let count = try Self.readStandardInput(into: &chunk)
            if count == 0 { break }
            var from = 0
            if cutting {
                // Drop the over-long line's rest, up to its line break.
                guard let end = chunk[0..<count].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { continue }
                cutting = false
                from = end
            }
            // Only the new bytes are searched: a long line arriving in many reads stays linear.
            guard let breakInChunk = InputLines.lastBreak(chunk[from..<count]) else {
                pending += chunk[from..<count]
                if pending.count > Self.maxLineBytes {
                    warnCut()
                    var cut = Self.maxLineBytes
                    while cut > 0, pending[cut] & 0xC0 == 0x80 { cut -= 1 }   // not inside a UTF-8 character
                    pending.removeSubrange(cut...)
                    cutting = true
                }
                continue
            }
            let lastBreak = pending.count + breakInChunk - from
            pending += chunk[from..<count]
            var lines = InputLines(Array(pending[...lastBreak]), linesBefore: linesBefore)
            try await analyze(&lines)
            linesBefore = lines.linesRead
            pending.removeSubrange(...lastBreak)
        }
        var last = InputLines(pending, linesBefore: linesBefore)   // a last line without a line break
        try await analyze(&last)
    }

    /// The longest line analyzed (its text is cut there, with a warning), so memory stays bounded
    /// whatever the input.
    static let maxLineBytes = 16 << 20

    /// One `read(2)` of standard input into `buffer`: the bytes read, 0 at the end of input.
    static func readStandardInput(into buffer: inout [UInt8]) throws -> Int {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n >= 0 { return n }
            if errno == EINTR { continue }
            printError("earshot analyze: cannot read standard input: \(String(cString: strerror(errno)))")
            throw Exit.runtimeFailure
        }
    }

    /// One TSV row: a field's control characters (tabs, line breaks, escapes) become spaces, so a
    /// row stays one line of nine columns and prints safely on a terminal.
    static func appendTSVRow(to out: inout [UInt8], id: String, _ a: Analysis) {
        var modelLabel = "", modelScore: Double?
        if case .object(let m)? = a.extras["model"] {
            modelLabel = m["label"]?.stringValue ?? ""
            modelScore = m["score"]?.doubleValue
        }
        func field(_ s: String) {
            for b in s.utf8 { out.append(b < 0x20 || b == 0x7F ? 0x20 : b) }
        }
        func tab() { out.append(UInt8(ascii: "\t")) }
        func number(_ d: Double?) { if let d { DecimalText.appendFixed(d, decimals: 4, to: &out) } }
        field(id); tab()
        number(a.sentiment?.compound); tab()
        number(a.sentiment?.pos); tab()
        number(a.sentiment?.neu); tab()
        number(a.sentiment?.neg); tab()
        field(a.language ?? ""); tab()
        for (k, label) in a.labelEntries.lazy.map(\.label).enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            field(label)
        }
        tab()
        field(modelLabel); tab()
        number(modelScore); out.append(UInt8(ascii: "\n"))
    }
}

/// The lines of `earshot analyze`'s input (also `earshot bench analyzers`'): `id<TAB>text`, or
/// plain text numbered by its line (from 1); LF, CRLF or CR alone; blank lines are skipped but
/// counted; invalid UTF-8 is decoded with replacement characters rather than rejected.
struct InputLines: Sequence, IteratorProtocol {
    private let input: [UInt8]
    private var start = 0
    /// Lines read so far, counting any before this buffer (`linesBefore`) and blank ones.
    private(set) var linesRead: Int

    /// `linesBefore`: lines of the same input before this buffer, so numbering continues; 0
    /// means the buffer starts the input, where a UTF-8 byte-order mark is skipped (it would
    /// otherwise begin the first id).
    init(_ input: [UInt8], linesBefore: Int = 0) {
        self.input = input
        self.linesRead = linesBefore
        if linesBefore == 0, input.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    }

    /// Where the last line break of `bytes` is (the `\n` of a CRLF), or nil. A `\r` that ends
    /// `bytes` does not count: its `\n` may come with the next read.
    static func lastBreak(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.endIndex - 1
        if i >= bytes.startIndex, bytes[i] == 0x0D { i -= 1 }
        while i >= bytes.startIndex {
            if bytes[i] == 0x0A || bytes[i] == 0x0D { return i }
            i -= 1
        }
        return nil
    }

    mutating func next() -> (id: String, text: String)? {
        while start < input.count {
            let lineEnd = input[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? input.count
            linesRead += 1
            let lineStart = start
            start = lineEnd + 1
            if lineEnd < input.count, input[lineEnd] == 0x0D, start < input.count, input[start] == 0x0A { start += 1 }
            guard lineEnd > lineStart else { continue }
            if let tab = input[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")) {
                return (String(decoding: input[lineStart..<tab], as: UTF8.self),
                        String(decoding: input[(tab + 1)..<lineEnd], as: UTF8.self))
            }
            return (String(linesRead), String(decoding: input[lineStart..<lineEnd], as: UTF8.self))
        }
        return nil
    }
}

/// Which analyzers run: a config's, or the default chain (with an optional model and lexicon), narrowed
/// by `--only`. Shared by `earshot analyze` and `earshot bench analyzers`.
struct AnalyzeChainOptions: ParsableArguments {
    enum LexiconMode: String, ExpressibleByArgument, CaseIterable { case replace, extend }

    @Option(name: .customLong("config"), help: "Use this config's analyzers instead of the default chain.") var config: String?
    @Option(help: "A model file written by `earshot train`.") var model: String?
    @Option(help: "A sentiment lexicon file (word<TAB>mean<TAB>…).") var lexicon: String?
    @Option(help: "With --lexicon: extend the built-in lexicon (the file wins on shared words), or replace it. (default: extend, as in a config)") var lexiconMode: LexiconMode?
    @Option(help: "Only these analyzers of the chain, comma-separated (e.g. sentiment).") var only: String?
    @Flag(help: "Rate words only as spelled (sentiment's `lengthening: false`): with vaderSentiment's lexicon, exactly vaderSentiment's scores.")
    var noLengthening = false

    func validate() throws {
        if lexiconMode != nil && lexicon == nil { throw ValidationError("--lexicon-mode needs --lexicon") }
        if config != nil && (model != nil || lexicon != nil || noLengthening) {
            throw ValidationError("--model, --lexicon and --no-lengthening select the default chain; with --config, set them in the config")
        }
    }

    /// A route-less pipeline of the selected analyzers, a context that logs warnings to stderr, and
    /// the analyzers' types.
    func pipeline() throws -> (Pipeline, AnalyzerContext, [String]) {
        let analyzers = try analyzers()
        var logger = Logger(label: "earshot") { l in LineLogHandler(label: l, level: .warning, format: .logfmt) }
        logger.logLevel = .warning
        return (Pipeline(analyzers: analyzers, router: Router(routes: [])), AnalyzerContext(logger: logger, clock: SystemClock()),
                analyzers.map(\.type))
    }

    /// The analyzers these options select: a config's, or the default chain; narrowed by `--only`.
    func analyzers() throws -> [EarshotConfiguration.NamedAnalyzer] {
        let built: Result<EarshotConfiguration, ConfigErrors>
        if let config {
            built = ConfigBuilder.load(path: config, registry: BuiltinPlugins.registry(), requireSources: false)
        } else {
            built = ConfigBuilder.build(text: defaultChainYAML(), file: "(default analyzer chain)", registry: BuiltinPlugins.registry(),
                                        environment: [:], requireSources: false)
        }
        let c: EarshotConfiguration
        switch built {
        case .success(let v): c = v
        case .failure(let e) where config != nil:
            printError(e.description)
            throw Exit.config
        case .failure(let e):
            // The default chain is built from generated YAML: its positions mean nothing to the
            // user, so each problem is told by the option that caused it (a --lexicon or --model
            // file that cannot be used).
            for p in e.problems { printError("earshot: \(p.message)") }
            throw Exit.runtimeFailure
        }
        if config != nil, c.analyzers.isEmpty {
            printError("earshot: warning: \(config!) configures no analyzers; every row will be empty")
        }
        guard let only else { return c.analyzers }
        let wanted = Set(only.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        let chosen = c.analyzers.filter { wanted.contains($0.type) || wanted.contains($0.name) }
        if chosen.isEmpty {
            throw ValidationError("--only \(only): no such analyzer in the chain (it has \(c.analyzers.map(\.type).joined(separator: ", ")))")
        }
        return chosen
    }

    /// The default chain as config text, so it is built by the same factories as a config file.
    func defaultChainYAML() -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var y = "analyzers:\n  - type: language\n  - type: sentiment\n"
        if let lexicon { y += "    lexicon: \(q(lexicon))\n    lexicon_mode: \((lexiconMode ?? .extend).rawValue)\n" }
        if noLengthening { y += "    lengthening: false\n" }
        y += "  - type: classify\n"
        if let model { y += "  - type: model\n    path: \(q(model))\n" }
        return y
    }
}
