import ArgumentParser
import EarshotConfig
import EarshotCore
import EarshotDirectorySource
import EarshotPlugins
import EarshotRuntime
import Foundation
import Logging

struct TestItems: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Dry run: items from a file through the analyzers and routes, printing what matched and why.",
        discussion: """
        FILE is any drop-directory format (.json .jsonl .ndjson .csv .txt .eml .xml .rss .atom); `-` or no \
        FILE reads JSON Lines from stdin (see --stdin-format). Nothing is recorded in the state and nothing \
        is delivered unless --deliver is given.
        """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var config: ConfigOption
    @Option(help: "text or json (one object per item with item, analysis, routes).") var format: OutputFormat = .text
    @Option(help: "The source name the items appear to come from.") var source: String = "test"
    @Option(help: "Format of stdin, as a file extension.") var stdinFormat: String = "jsonl"
    @Flag(help: "Also deliver the escalations to the routes' sinks (still records no state).") var deliver = false
    @Argument(help: "The input file, or - for stdin.") var file: String = "-"

    func validate() throws {
        guard DropFormats.extensions.contains(stdinFormat.lowercased()) else {
            throw ValidationError("--stdin-format \(stdinFormat): use one of \(DropFormats.extensions.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let c = try loadConfiguration(config.path)
        printWarnings(of: c)
        let data: Data
        let name: String
        if file == "-" {
            do { data = Data(try FileRead.bytes(fileDescriptor: STDIN_FILENO, name: "standard input")) } catch {
                printError("earshot test: cannot read \(error)")
                throw Exit.runtimeFailure
            }
            name = "stdin.\(stdinFormat)"
        } else {
            do { data = Data(try FileRead.bytes(path: file)) } catch {
                printError("earshot test: cannot read \(error)")
                throw Exit.runtimeFailure
            }
            name = (file as NSString).lastPathComponent
        }
        let items: [Item]
        do {
            items = try DropFormats.parse(data, fileName: name, source: source, feedDecoder: BuiltinPlugins.feedFileDecoder)
        } catch {
            printError("earshot test: \(error)")
            throw Exit.runtimeFailure
        }
        var logger = Logger(label: "earshot") { _ in LineLogHandler(label: "earshot", level: .warning, format: .logfmt) }
        logger.logLevel = .warning
        let pipeline = Pipeline(configuration: c)
        let ctx = AnalyzerContext(logger: logger, clock: SystemClock())
        let sinks = Dictionary(c.sinks.map { ($0.name, $0.sink) }, uniquingKeysWith: { a, _ in a })
        let encoder = EarshotJSON.encoder()
        var failures = 0
        var folding = DryRunFolding(foldingRoutes: pipeline.foldingRoutes)
        for item in items {
            let analysis = await pipeline.analyze(item, context: ctx)
            let subject = AnalyzedItem(item: item, analysis: analysis)
            let matches = pipeline.router.match(subject)
            let foldsInto = folding.record(subject, matches: matches)
            switch format {
            case .json:
                struct Out: Encodable {
                    struct R: Encodable {
                        var route: String; var sinks: [String]; var severity: Severity; var reasons: [String]
                        var folds_into: String?   // the item whose escalation this one joins
                    }
                    var item: Item; var analysis: Analysis; var routes: [R]
                }
                let out = Out(item: item, analysis: analysis, routes: matches.map {
                    .init(route: $0.route, sinks: $0.sinks, severity: $0.severity, reasons: $0.reasons, folds_into: foldsInto[$0.route])
                })
                print(String(decoding: LogfmtWriter.terminalSafeJSON([UInt8](try encoder.encode(out))), as: UTF8.self))
            case .text:
                print(Self.describe(subject, matches, foldsInto: foldsInto))
            }
            if deliver {
                for (esc, sinkNames) in pipeline.escalations(for: subject, now: Date()) where foldsInto[esc.route] == nil {
                    for s in sinkNames {
                        do {
                            try await sinks[s]?.deliver(esc, context: SinkContext(logger: logger, deliveryID: Delivery.id(escalation: esc.id, sink: s)))
                        } catch {
                            failures += 1
                            printError("earshot test: delivery of \(esc.id) to \(s) failed: \(error)")
                        }
                    }
                }
            }
        }
        for s in c.sinks { await s.sink.close() }
        try finishStandardOutput(command: "test")
        if failures > 0 { throw Exit.runtimeFailure }
    }

    static func describe(_ s: AnalyzedItem, _ matches: [RouteMatch], foldsInto: [String: String] = [:]) -> String {
        let a = s.analysis
        var text = s.item.text.replacingOccurrences(of: "\n", with: " ")
        if text.count > 100 { text = String(text.prefix(100)) + "…" }
        var lines = ["item \(s.item.id) from \(s.item.source): \"\(text)\""]
        var facts: [String] = []
        if let x = a.sentiment { facts.append(String(format: "sentiment %.3f (pos %.2f neu %.2f neg %.2f)", x.compound, x.pos, x.neu, x.neg)) }
        if let l = a.language { facts.append("language \(l)" + (a.languageConfidence.map { String(format: " (%.2f)", $0) } ?? "")) }
        if !a.labelEntries.isEmpty { facts.append("labels " + a.labelEntries.map { $0.reason.isEmpty ? $0.label : "\($0.label) (\($0.reason))" }.joined(separator: ", ")) }
        if let t = a.team { facts.append("team \(t)") }
        if let sev = a.severity { facts.append("severity \(sev.rawValue)") }
        if let r = a.reach { facts.append(String(format: "reach %.1f", r)) }
        if let d = a.duplicateOf { facts.append("duplicate of \(d)") }
        for (k, v) in a.extras.sorted(by: { $0.key < $1.key }) {
            facts.append("\(k) \(String(decoding: (try? EarshotJSON.encoder().encode(v)) ?? Data(), as: UTF8.self))")
        }
        lines.append("  analysis: " + (facts.isEmpty ? "nothing found" : facts.joined(separator: "; ")))
        if matches.isEmpty { lines.append("  routes: none matched") }
        for m in matches {
            let fold = foldsInto[m.route].map { " — folds into the escalation of \($0) (near-duplicate; not sent again)" } ?? ""
            lines.append("  route \(m.route) [\(m.severity.rawValue)] → \(m.sinks.joined(separator: ", ")): \(m.reasons.joined(separator: "; "))\(fold)")
        }
        // Items are untrusted text: nothing in them may act on the terminal this is read on.
        return lines.map(LogfmtWriter.terminalSafeLine).joined(separator: "\n")
    }
}

/// The dry run's picture of `duplicates: fold` (the state store does it for the daemon): within
/// one `earshot test` run, which item escalated first for each near-duplicate group on each
/// folding route.
struct DryRunFolding {
    let foldingRoutes: Set<String>
    private var firstEscalated: [[String]: String] = [:]   // [route, group] → item id

    init(foldingRoutes: Set<String>) { self.foldingRoutes = foldingRoutes }

    /// Records the item's matches; returns, per route it folds on, the id of the item whose
    /// escalation it joins.
    mutating func record(_ s: AnalyzedItem, matches: [RouteMatch]) -> [String: String] {
        var folds: [String: String] = [:]
        for m in matches where foldingRoutes.contains(m.route) {
            // A group is its first item: an id within a source (another source's item 1 is another group).
            let key = s.analysis.duplicateOf.map { [m.route, s.analysis.duplicateOfSource ?? "", $0] } ?? [m.route, s.item.source, s.item.id]
            if let first = firstEscalated[key] { folds[m.route] = first } else { firstEscalated[key] = s.item.id }
        }
        return folds
    }
}
