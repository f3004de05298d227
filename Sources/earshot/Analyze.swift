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
        Input: `id<TAB>text` lines, or plain lines (numbered from 1, as is a line whose id is empty), \
        ending in LF, CRLF or CR; a line over 16 MiB is analyzed up to there, with a warning. Lines are read and answered as they arrive \
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
        // Checked before anything is read or written: the descriptor that took a closed stream's
        // number belongs to the runtime (reading an eventfd could wait forever).
        for (fd, name) in [(STDIN_FILENO, "input"), (STDOUT_FILENO, "output")] where standardStreamWasClosed(fd) {
            printError("earshot analyze: standard \(name) is closed; give it a file or a pipe (e.g. < /dev/null, > /dev/null)")
            throw Exit.runtimeFailure
        }
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
        var splitter = LineSplitter(maxLineBytes: Self.maxLineBytes)
        while true {
            let count = try Self.readStandardInput(into: &chunk)
            if count == 0 { break }
            let before = splitter.linesCompleted
            let complete = splitter.feed(chunk[0..<count]) { line in
                printError("earshot analyze: line \(line) is longer than \(Self.maxLineBytes >> 20) MiB; only its first \(Self.maxLineBytes >> 20) MiB are analyzed")
            }
            guard !complete.isEmpty else { continue }
            var lines = InputLines(complete, linesBefore: before)
            try await analyze(&lines)
        }
        var last = InputLines(splitter.rest, linesBefore: splitter.linesCompleted)   // a last line without a line break
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
        // A value that rounds to zero prints as 0.0000, not printf's -0.0000 (words that cancel
        // out can leave a sum of -1e-16), so a script comparing with 0.0000 finds it.
        func number(_ d: Double?) { if let d { DecimalText.appendFixed(abs(d) < 0.00005 ? 0 : d, decimals: 4, to: &out) } }
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

/// Splits input arriving in reads of any size into whole lines, cutting a line longer than
/// `maxLineBytes` there (at a character boundary) and dropping its rest, the same way whatever
/// the reads' sizes (a file's or a pipe's). Line breaks are LF, CRLF or CR alone, including a
/// CRLF split between two reads; the lines come out ending in LF alone.
struct LineSplitter {
    let maxLineBytes: Int
    /// The line being read: its bytes so far, without a break.
    private var partial: [UInt8] = []
    /// The line being read was cut at the limit: its bytes up to the next break are dropped.
    private var cut = false
    /// The last byte read was a CR: an LF first in the next read belongs to it.
    private var afterCR = false
    /// Lines ended so far (blank ones too), for numbering.
    private(set) var linesCompleted = 0

    init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// The lines `bytes` completes, each ending in LF; `tooLong` is called with the 1-based
    /// number of a line when it is cut.
    mutating func feed(_ bytes: ArraySlice<UInt8>, tooLong: (Int) -> Void) -> [UInt8] {
        var out: [UInt8] = []
        var i = bytes.startIndex
        if afterCR, i < bytes.endIndex {
            afterCR = false
            if bytes[i] == 0x0A { i += 1 }
        }
        while i < bytes.endIndex {
            guard let end = bytes[i...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
                extend(with: bytes[i...], tooLong: tooLong)
                break
            }
            if partial.isEmpty && !cut && end - i <= maxLineBytes {
                out += bytes[i..<end]   // a whole line within this read, the common case
            } else {
                extend(with: bytes[i..<end], tooLong: tooLong)
                out += partial
                partial.removeAll(keepingCapacity: true)
                cut = false
            }
            out.append(0x0A)
            linesCompleted += 1
            i = end + 1
            if bytes[end] == 0x0D {
                if i == bytes.endIndex { afterCR = true } else if bytes[i] == 0x0A { i += 1 }
            }
        }
        return out
    }

    /// The last line, when the input ended without a break after it.
    var rest: [UInt8] { partial }

    private mutating func extend(with bytes: ArraySlice<UInt8>, tooLong: (Int) -> Void) {
        guard !cut else { return }
        partial += bytes
        guard partial.count > maxLineBytes else { return }
        var end = maxLineBytes
        while end > 0, partial[end] & 0xC0 == 0x80 { end -= 1 }   // not inside a UTF-8 character
        partial.removeSubrange(end...)
        cut = true
        tooLong(linesCompleted + 1)
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

    mutating func next() -> (id: String, text: String)? {
        while start < input.count {
            let lineEnd = input[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? input.count
            linesRead += 1
            let lineStart = start
            start = lineEnd + 1
            if lineEnd < input.count, input[lineEnd] == 0x0D, start < input.count, input[start] == 0x0A { start += 1 }
            guard lineEnd > lineStart else { continue }
            // An empty id is numbered like a plain line, so every row can be matched back (and
            // a `duplicate_of` names an id that appears in the output).
            if let tab = input[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")), tab > lineStart {
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

    @Option(name: [.customShort("c"), .customLong("config")], help: "Use this config's analyzers instead of the default chain.") var config: String?
    @Option(help: "A model file written by `earshot train`.") var model: String?
    @Option(help: "A sentiment lexicon file (word<TAB>mean<TAB>…).") var lexicon: String?
    @Option(help: "With --lexicon: extend the built-in lexicon (the file wins on shared words), or replace it. (default: extend, as in a config)") var lexiconMode: LexiconMode?
    @Option(help: "Only these analyzers of the chain, comma-separated (e.g. sentiment).") var only: String?
    @Flag(help: "Rate words only as spelled (sentiment's `lengthening: false`): with vaderSentiment's lexicon, vaderSentiment's scores (but its keys :Þ and :-Þ match here).")
    var noLengthening = false

    func validate() throws {
        for (option, value) in [("--config", config), ("--model", model), ("--lexicon", lexicon), ("--only", only)] where value?.isEmpty == true {
            throw ValidationError("\(option) is empty")
        }
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
        let wanted = only.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Every name must be found: a misspelt one would silently leave its analyzer out.
        let unknown = wanted.filter { w in !c.analyzers.contains { $0.type == w || $0.name == w } }
        if !unknown.isEmpty || wanted.isEmpty {
            let names = unknown.map { "\"\($0)\"" }.joined(separator: ", ")
            printError("earshot: --only \(only): \(unknown.isEmpty ? "names no analyzer" : "no such analyzer in the chain: \(names)") (it has \(c.analyzers.map(\.type).joined(separator: ", ")))")
            throw Exit.usage
        }
        return c.analyzers.filter { wanted.contains($0.type) || wanted.contains($0.name) }
    }

    /// `path` as a double-quoted YAML scalar that reads back as exactly `path`: a command-line
    /// path is taken literally, so `$` is doubled (config values expand `${VAR}`), and line
    /// breaks, control and format characters are escaped (YAML would fold a line break to a space).
    static func yamlQuoted(_ path: String) -> String {
        var out = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "$": out += "$$"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                    out += "\\U" + String(repeating: "0", count: 8 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The default chain as config text, so it is built by the same factories as a config file.
    func defaultChainYAML() -> String {
        func q(_ s: String) -> String { Self.yamlQuoted(s) }
        var y = "analyzers:\n  - type: language\n  - type: sentiment\n"
        if let lexicon { y += "    lexicon: \(q(lexicon))\n    lexicon_mode: \((lexiconMode ?? .extend).rawValue)\n" }
        if noLengthening { y += "    lengthening: false\n" }
        y += "  - type: classify\n"
        if let model { y += "  - type: model\n    path: \(q(model))\n" }
        return y
    }
}
