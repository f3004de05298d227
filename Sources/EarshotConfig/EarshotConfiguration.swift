import EarshotCore
import Foundation
import Logging

/// A fully built configuration: settings plus constructed plugins, ready for the runtime.
public struct EarshotConfiguration: Sendable {
    /// Where the state lives when the config names no `state_dir`.
    public static let defaultStateDirectory = "/var/lib/earshot"
    public enum LogFormat: String, Sendable, CaseIterable { case logfmt, json }

    public struct NamedSource: Sendable { public let name: String; public let type: String; public let source: any Source }
    public struct NamedAnalyzer: Sendable { public let name: String; public let type: String; public let analyzer: any Analyzer }
    public struct NamedSink: Sendable { public let name: String; public let type: String; public let sink: any Sink }

    public var file: String
    public var stateDirectory: String
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    public var brandHandles: [String]
    public var sources: [NamedSource]
    public var analyzers: [NamedAnalyzer]
    public var routes: [Route]
    public var sinks: [NamedSink]
    /// Delivery retries: first back-off, doubling up to `retryMax`; after `deadAfter` attempts a delivery is a dead letter.
    public var retryInitial: Duration
    public var retryMax: Duration
    public var deadAfter: Int
    /// Fetches that polling sources (feed, mastodon) may run at once, all sources together (`polling.max_concurrent`).
    public var maxConcurrentPolls: Int = 16
    /// The proxy polling sources fetch through (`polling.proxy`, `polling.no_proxy`); nil: direct.
    public var pollingProxy: HTTPProxy?
    /// What is valid but probably not meant, sorted by position (`Diagnostics.warning`): `earshot check`
    /// prints them as `PATH:LINE:COL: warning: message`, `earshot run` logs them at start and reload.
    public var warnings: [ConfigProblem] = []

    public var router: Router { Router(routes: routes) }
}

/// Turns a config file into an `EarshotConfiguration`, reporting every problem at once.
public enum ConfigBuilder {
    public static let defaultPath = "/etc/earshot/earshot.yaml"

    /// Reads and builds `path`. Problems carry `path:line:col`.
    public static func load(path: String, registry: PluginRegistry, environment: [String: String] = ProcessInfo.processInfo.environment,
                            checkOnly: Bool = false, requireSources: Bool = true) -> Result<EarshotConfiguration, ConfigErrors> {
        let text: String
        switch readText(path: path) {
        case .success(let t): text = t
        case .failure(let e): return .failure(e)
        }
        return build(text: text, file: path, registry: registry, environment: environment, checkOnly: checkOnly,
                     requireSources: requireSources)
    }

    /// The config file's text (UTF-8), or the one problem that keeps it from being read.
    static func readText(path: String) -> Result<String, ConfigErrors> {
        do {
            return .success(try FileRead.utf8Text(path: path))
        } catch {
            let message = error.line == nil ? "cannot read the config file: \(error.reason)" : "the config file is \(error.reason)"
            return .failure(ConfigErrors([ConfigProblem(ConfigLocation(file: path, line: error.line ?? 1, column: 1), message)]))
        }
    }

    /// Two sources taking files from one directory would take each other's files; a sink writing
    /// into a drop directory would have Earshot read its own output. Both are refused.
    /// `sections`: each plugin's config section by its name, for the message's position.
    static func checkFootprints(sources: [EarshotConfiguration.NamedSource], sinks: [EarshotConfiguration.NamedSink],
                                sections: (sources: [String: ConfigSection], sinks: [String: ConfigSection])) {
        // Symbolic links resolved where the path exists, so /srv/inbox → /var/spool/earshot/inbox is one directory.
        func standard(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        var taken: [(name: String, dir: String, footprint: any FileSystemFootprint)] = []
        for s in sources {
            guard let footprint = s.source as? any FileSystemFootprint, let dir = footprint.takesFilesFrom.map(standard) else { continue }
            if let other = taken.first(where: { $0.dir == dir }) {
                sections.sources[s.name]?.error("path", "source \"\(s.name)\" takes files from \(dir), as source \"\(other.name)\" does: each file would be taken by whichever looks first; give each source its own directory")
            }
            taken.append((s.name, dir, footprint))
        }
        for k in sinks {
            guard let written = (k.sink as? any FileSystemFootprint)?.writesFile else { continue }
            let name = (written as NSString).lastPathComponent
            let file = standard((written as NSString).deletingLastPathComponent) + "/" + name
            if let d = taken.first(where: { (file as NSString).deletingLastPathComponent == $0.dir && $0.footprint.wouldTake(fileNamed: name) }) {
                sections.sinks[k.name]?.error("path", "sink \"\(k.name)\" writes \(file), inside the drop directory of source \"\(d.name)\": Earshot would read its own output; write it elsewhere")
            }
        }
    }

    /// Builds a configuration from YAML text. `requireSources: false` lets a config that only lists
    /// analyzers through (as `earshot analyze` uses it).
    public static func build(text: String, file: String, registry: PluginRegistry, environment: [String: String],
                             checkOnly: Bool = false, requireSources: Bool = true) -> Result<EarshotConfiguration, ConfigErrors> {
        let diags = Diagnostics()
        guard let rootNode = YAMLLoader.parse(text, file: file, environment: environment, diagnostics: diags) else {
            return .failure(ConfigErrors(diags.sorted))
        }
        let root = ConfigSection(rootNode, diagnostics: diags, environment: environment)
        let stateDir = root.nonEmptyString("state_dir") ?? EarshotConfiguration.defaultStateDirectory
        // A state_dir the daemon cannot use is found here rather than as a raw SQLite error at the
        // first start. Only when set: the default is made by systemd's StateDirectory=, and users
        // other than root cannot create it (nor need to, for analyze or a sample config).
        if requireSources, root.raw("state_dir") != nil,
           let problem = DirectoryCheck.problem(stateDir.hasPrefix("/") ? stateDir
                                                : FileManager.default.currentDirectoryPath + "/" + stateDir) {
            root.error("state_dir", "state_dir: \(problem)")
        }

        var level = Logger.Level.info
        var format = EarshotConfiguration.LogFormat.logfmt
        if let log = root.section("log") {
            if let l = log.string("level") {
                if let v = Logger.Level(rawValue: l.lowercased()) { level = v } else {
                    let all = Logger.Level.allCases.map(\.rawValue)
                    log.error("level", "log.level: unknown level \"\(l)\"\(Suggest.hint(for: l, in: all)); expected one of \(all.joined(separator: ", "))")
                }
            }
            format = log.choice("format", EarshotConfiguration.LogFormat.self) ?? format
            log.finish()
        }
        var handles: [String] = []
        if let brand = root.section("brand") {
            handles = brand.strings("handles") ?? []
            brand.finish()
        }
        if let http = root.raw("http") {
            diags.error(http.location, "http: the HTTP endpoint (/healthz, /metrics, /api) is not part of this version of Earshot yet; remove the section")
        }
        var retryInitial = Duration.seconds(5), retryMax = Duration.seconds(600), deadAfter = 20
        if let d = root.section("delivery") {
            retryInitial = d.duration("retry_initial", minimum: .milliseconds(10)) ?? retryInitial
            retryMax = d.duration("retry_max", minimum: .milliseconds(10)) ?? retryMax
            deadAfter = d.int("dead_after", in: 1...10_000) ?? deadAfter
            d.finish()
        }

        var maxConcurrentPolls = 16
        var pollingProxy: HTTPProxy?
        if let p = root.section("polling") {
            maxConcurrentPolls = p.int("max_concurrent", in: 1...1_000) ?? maxConcurrentPolls
            pollingProxy = proxy(p, environment: environment)
            p.finish()
        }

        func setup(_ s: ConfigSection, name: String) -> PluginSetup {
            PluginSetup(name: name, section: s, stateDirectory: stateDir, brandHandles: handles, checkOnly: checkOnly)
        }
        func pluginType<F>(_ s: ConfigSection, _ kind: String, _ table: [String: F]) -> (String, F)? {
            guard let type = s.nonEmptyString("type", required: true) else { return nil }
            guard let f = table[type] else {
                s.error("type", "unknown \(kind) type \"\(type)\"\(Suggest.hint(for: type, in: table.keys)); known: \(table.keys.sorted().joined(separator: ", "))")
                return nil
            }
            return (type, f)
        }
        func uniqueName(_ s: ConfigSection, _ kind: String, _ seen: inout [String: ConfigLocation]) -> String? {
            guard let name = s.nonEmptyString("name", required: true) else { return nil }
            if let first = seen[name] {
                s.error("name", "duplicate \(kind) name \"\(name)\" (first defined at \(first))")
                return nil
            }
            seen[name] = s.location(of: "name")
            return name
        }

        var sources: [EarshotConfiguration.NamedSource] = []
        var sourceSections: [String: ConfigSection] = [:], sinkSections: [String: ConfigSection] = [:]
        var seenSources: [String: ConfigLocation] = [:]
        let declaredSources = root.sections("sources") ?? []
        for s in declaredSources {
            let name = uniqueName(s, "source", &seenSources)
            // Unknown keys are reported only when the plugin read its section: for an unknown
            // type or a name in error every key of it would look unknown, burying the real problem.
            guard let (type, f) = pluginType(s, "source", registry.sources), let name else { continue }
            if let src = f.make(setup(s, name: name)) { sources.append(.init(name: name, type: type, source: src)); sourceSections[name] = s }
            s.finish()
        }

        var analyzers: [EarshotConfiguration.NamedAnalyzer] = []
        var provided: Set<AnalysisField> = []
        // Every label an analyzer may add, while each one that adds labels can list them (nil: unknown).
        var knownLabels: Set<String>? = []
        var statefulNames: [String: ConfigLocation] = [:]
        for s in root.sections("analyzers") ?? [] {
            let explicitName = s.nonEmptyString("name")
            guard let (type, f) = pluginType(s, "analyzer", registry.analyzers) else { continue }   // as for sources
            let name = explicitName ?? type
            var analyzerSetup = setup(s, name: name)
            analyzerSetup.earlierAnalyzers = provided
            provided.formUnion(f.provides)
            let made = f.make(analyzerSetup)
            if f.provides.contains(.labels) {
                if let listing = made as? any LabelListing { knownLabels?.formUnion(listing.labelsItMayAdd) } else { knownLabels = nil }
            }
            if let a = made {
                // Analyzers that remember items keep that memory under their name (reloads, state_dir).
                if a is any StatefulAnalyzer {
                    if let first = statefulNames[name] {
                        s.error(explicitName == nil ? "type" : "name",
                                "a second \(type) analyzer named \"\(name)\" (the first is at \(first)): analyzers that remember items need distinct names; add `name:` to one")
                    } else {
                        statefulNames[name] = s.location(of: explicitName == nil ? "type" : "name")
                    }
                }
                analyzers.append(.init(name: name, type: type, analyzer: a))
            }
            s.finish()
        }

        var sinks: [EarshotConfiguration.NamedSink] = []
        var seenSinks: [String: ConfigLocation] = [:]
        for s in root.sections("sinks") ?? [] {
            let name = uniqueName(s, "sink", &seenSinks)
            guard let (type, f) = pluginType(s, "sink", registry.sinks), let name else { continue }   // as for sources
            if let sink = f.make(setup(s, name: name)) { sinks.append(.init(name: name, type: type, sink: sink)); sinkSections[name] = s }
            s.finish()
        }

        checkFootprints(sources: sources, sinks: sinks, sections: (sourceSections, sinkSections))

        var routes: [Route] = []
        var seenRoutes: [String: ConfigLocation] = [:]
        for s in root.sections("routes") ?? [] {
            if let r = RouteParser.parse(s, seenRoutes: &seenRoutes, sinks: Set(seenSinks.keys), sources: Set(seenSources.keys),
                                         provided: provided, knownLabels: knownLabels) {
                routes.append(r)
            }
            s.finish()
        }
        // Said beside any other problem (check lists them all), but not when `sources:` is there
        // and no list: its own error says so.
        if requireSources && declaredSources.isEmpty && (root.raw("sources").map { $0.items != nil } ?? true) {
            root.error(nil, "no sources: add at least one under sources:")
        }
        root.finish()

        if diags.hasErrors { return .failure(ConfigErrors(diags.sorted)) }
        return .success(EarshotConfiguration(
            file: file, stateDirectory: stateDir, logLevel: level, logFormat: format, brandHandles: handles,
            sources: sources, analyzers: analyzers, routes: routes, sinks: sinks,
            retryInitial: retryInitial, retryMax: retryMax, deadAfter: deadAfter, maxConcurrentPolls: maxConcurrentPolls,
            pollingProxy: pollingProxy, warnings: diags.sortedWarnings))
    }

    /// `polling.proxy`: `none` (the default), `environment` (`https_proxy`/`http_proxy` and
    /// `no_proxy` of the daemon's environment), or `http://HOST:PORT`; `polling.no_proxy`
    /// lists hosts fetched directly (with `environment` it replaces the variable's list).
    private static func proxy(_ p: ConfigSection, environment: [String: String]) -> HTTPProxy? {
        let noProxy = p.strings("no_proxy")
        guard let setting = p.nonEmptyString("proxy") else {
            if noProxy != nil { p.error("no_proxy", "no_proxy needs a proxy to bypass: set polling.proxy") }
            return nil
        }
        switch setting.trimmingCharacters(in: .whitespaces).lowercased() {
        case "none":
            if noProxy != nil { p.error("no_proxy", "no_proxy needs a proxy to bypass, but polling.proxy is none") }
            return nil
        case "environment":
            do {
                guard let found = try HTTPProxy.fromEnvironment(environment) else { return nil }
                guard let noProxy else { return found }
                return HTTPProxy(host: found.host, port: found.port, noProxy: noProxy)
            } catch {
                p.error("proxy", "\(error)")
                return nil
            }
        default:
            do {
                return try HTTPProxy.parse(setting, noProxy: noProxy ?? [])
            } catch {
                p.error("proxy", "\(error); use none, environment or http://HOST:PORT")
                return nil
            }
        }
    }
}

/// Every problem of a config, sorted by position; printed one per line as `FILE:LINE:COL: message`.
public struct ConfigErrors: Error, CustomStringConvertible, Sendable {
    public var problems: [ConfigProblem]
    public init(_ problems: [ConfigProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
