import EarshotConfig
import EarshotCore
import EarshotTesting
import Foundation
import Testing

/// A registry with test plugins that read a few typed keys, so config errors can be provoked.
func testRegistry() -> PluginRegistry {
    var r = TestPlugins(sinkNames: ["alerts", "hook"]).registry()
    r.sources["ticker"] = SourceFactory { setup in
        _ = setup.section.duration("interval")
        _ = setup.section.secret("token")
        return ScriptedSource(items: [])
    }
    r.analyzers["fake-sentiment"] = AnalyzerFactory(provides: [.sentiment]) { _ in NoopAnalyzer() }
    r.analyzers["noop"] = AnalyzerFactory(provides: []) { _ in NoopAnalyzer() }
    r.analyzers["listed-labels"] = AnalyzerFactory(provides: [.labels]) { _ in ListedLabels() }
    r.analyzers["unlisted-labels"] = AnalyzerFactory(provides: [.labels]) { _ in NoopAnalyzer() }
    return r
}

struct NoopAnalyzer: Analyzer {
    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {}
}

/// Says which labels it may add, as classify and model do.
struct ListedLabels: Analyzer, LabelListing {
    var labelsItMayAdd: Set<String> { ["intent/complaint", "topic/billing"] }
    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {}
}

func problems(_ yaml: String, env: [String: String] = [:]) -> [ConfigProblem] {
    switch ConfigBuilder.build(text: yaml, file: "t.yaml", registry: testRegistry(), environment: env) {
    case .success: return []
    case .failure(let e): return e.problems
    }
}

let valid = """
state_dir: /tmp/x
sources:
  - name: inbox
    type: scripted
routes:
  - name: all
    to: [alerts]
sinks:
  - name: alerts
    type: recording
"""

@Suite struct ConfigErrorTests {
    @Test func validConfigBuilds() throws {
        let c = try ConfigBuilder.build(text: valid, file: "t.yaml", registry: testRegistry(), environment: [:]).get()
        #expect(c.sources.map(\.name) == ["inbox"])
        #expect(c.routes.map(\.name) == ["all"])
        #expect(c.stateDirectory == "/tmp/x")
    }

    @Test func pollingLimit() throws {
        #expect(try ConfigBuilder.build(text: valid, file: "t.yaml", registry: testRegistry(), environment: [:]).get().maxConcurrentPolls == 16)
        let c = try ConfigBuilder.build(text: valid + "\npolling: { max_concurrent: 4 }\n", file: "t.yaml", registry: testRegistry(), environment: [:]).get()
        #expect(c.maxConcurrentPolls == 4)
        let p = problems(valid + "\npolling: { max_concurent: 4, }\npolling2: 0\n")
        #expect(p.contains { $0.description.hasPrefix("t.yaml:11:") && $0.message.contains("did you mean \"max_concurrent\"") })
        #expect(problems(valid + "\npolling: { max_concurrent: 0 }\n").count == 1)
    }

    @Test func pollingProxy() throws {
        func build(_ polling: String, _ env: [String: String] = [:]) throws -> EarshotConfiguration {
            try ConfigBuilder.build(text: valid + "\npolling:\n" + polling, file: "t.yaml", registry: testRegistry(), environment: env).get()
        }
        #expect(try ConfigBuilder.build(text: valid, file: "t.yaml", registry: testRegistry(), environment: ["https_proxy": "http://p:1"]).get().pollingProxy == nil)
        #expect(try build("  proxy: none\n").pollingProxy == nil)
        #expect(try build("  proxy: http://proxy.corp:3128\n  no_proxy: [localhost, .corp]\n").pollingProxy
                == HTTPProxy(host: "proxy.corp", port: 3128, noProxy: ["localhost", "corp"]))
        let env = ["https_proxy": "http://envproxy:8080", "no_proxy": "internal.example"]
        #expect(try build("  proxy: environment\n", env).pollingProxy == HTTPProxy(host: "envproxy", port: 8080, noProxy: ["internal.example"]))
        #expect(try build("  proxy: environment\n  no_proxy: [other.example]\n", env).pollingProxy?.noProxy == ["other.example"])
        #expect(try build("  proxy: environment\n").pollingProxy == nil, "no variable set: direct")

        let bad = problems(valid + "\npolling:\n  proxy: socks5://p:1080\n")
        #expect(bad.count == 1)
        #expect(bad.first.map { $0.description.hasPrefix("t.yaml:12:") && $0.message.contains("only http://") && $0.message.contains("environment") } == true,
                "\(bad)")
        #expect(problems(valid + "\npolling:\n  no_proxy: [localhost]\n").first?.message.contains("needs a proxy") == true)
        #expect(problems(valid + "\npolling:\n  proxy: none\n  no_proxy: [localhost]\n").count == 1)
        let badEnv = try? ConfigBuilder.build(text: valid + "\npolling:\n  proxy: environment\n", file: "t.yaml", registry: testRegistry(),
                                              environment: ["http_proxy": "http://u:p@proxy:1"]).get()
        #expect(badEnv == nil)
    }

    @Test func yamlSyntaxErrorHasPosition() {
        let p = problems("sources:\n  - name: a\n    type: [unclosed\n")
        #expect(p.count == 1)
        #expect(p[0].location.file == "t.yaml")
        #expect(p[0].location.line >= 3)
        #expect(p[0].message.contains("YAML syntax error"))
    }

    /// Aliases of lists that hold aliases multiply (a YAML "billion laughs"): refused once the
    /// expanded values pass the limit, with one message, instead of taking gigabytes.
    @Test func aliasesThatMultiplyAreRefused() {
        var yaml = valid + "\nlaughs:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip(["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"]) {
            yaml += "  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let p = problems(yaml)
        // One message, and no follow-up complaints about the values it cut off.
        #expect(p.count == 1, "\(p.prefix(3))")
        #expect(p.first?.message.contains("values once its aliases (*name) are expanded") == true, "\(p.prefix(3))")
        // An alias used a few times, as the default rule pack does, is fine.
        #expect(problems(valid + "\nshared:\n  a: &a [x, y]\n  b: [*a, *a, *a]\n").allSatisfy { !$0.message.contains("aliases") })
    }

    /// The limit is on what aliases add: a long file written out (a rules file of tens of
    /// thousands of rules) is not refused as if it were an alias bomb.
    @Test func aLongFileWithoutAliasesIsNotCapped() throws {
        let count = YAMLLoader.maxValues + 50_000
        let yaml = "items: [" + String(repeating: "a,", count: count - 1) + "a]\n"
        let diagnostics = Diagnostics()
        let root = try #require(YAMLLoader.parse(yaml, file: "long.yaml", environment: [:], diagnostics: diagnostics))
        #expect(diagnostics.problems.isEmpty, "\(diagnostics.problems.prefix(3))")
        #expect(root.entries?.first?.value.items?.count == count)
    }

    /// Many problems in one file are each listed once, in order (the repeat check is a set).
    @Test func manyProblemsAreEachListedOnce() {
        let keys = (0..<20_000).map { "  unknown_\($0): 1\n" }.joined()
        let p = problems(valid.replacingOccurrences(of: "state_dir: /tmp/x", with: "state_dir: /tmp/x\npolling:\n" + keys))
        #expect(p.count >= 20_000)
        #expect(Set(p).count == p.count)
    }

    /// A tab where YAML wants indentation: the message says so (the parser's own words do not).
    @Test func aTabForIndentationIsNamed() {
        let p = problems("state_dir: x\nsources:\n\t- name: a\n")
        #expect(p.count == 1)
        #expect(p.first?.location.line == 3 && p.first?.location.column == 1)
        #expect(p.first?.message.hasSuffix("; it is a tab: YAML indents with spaces only") == true, "\(p)")
        #expect(!problems("sources:\n  - name: a\n    type: [unclosed\n").contains { $0.message.contains("tab") })
        // With CRLF line ends too (a "\r\n" is one Character in Swift).
        let crlf = problems("state_dir: x\r\nsources:\r\n\t- name: a\r\n")
        #expect(crlf.first?.message.hasSuffix("it is a tab: YAML indents with spaces only") == true, "\(crlf)")
    }

    /// status, ack and retry read the outline: an unset ${VAR} in state_dir is named as such.
    @Test func theOutlineNamesAnUnsetVariableInStateDir() throws {
        let path = NSTemporaryDirectory() + "earshot-outline-\(UUID().uuidString.prefix(8)).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "state_dir: ${EARSHOT_NO_SUCH_VAR}\nsinks: [{name: s, type: log}]\n".write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let e) = ConfigOutline.load(path: path, environment: [:]) else { Issue.record("expected a failure"); return }
        #expect(e.description.contains("environment variable EARSHOT_NO_SUCH_VAR is not set"), "\(e)")
        try "state_dir: st\nsources: [{name: in, type: directory}]\nsinks: [{name: s, type: log}]\n".write(toFile: path, atomically: true, encoding: .utf8)
        let outline = try ConfigOutline.load(path: path, environment: [:]).get()
        #expect(outline.stateDirectory == "st" && outline.sources.map(\.name) == ["in"] && outline.sources.map(\.type) == ["directory"] && outline.sinks.map(\.name) == ["s"])
    }

    @Test func unknownTopLevelKeySuggests() {
        let p = problems(valid + "\nsorces: []\n")
        #expect(p.count == 1)
        #expect(p[0].description == "t.yaml:11:1: unknown key \"sorces\" (did you mean \"sources\"?)")
    }

    @Test func unknownPluginKeySuggests() {
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: ticker\n    intervl: 5m"))
        #expect(p.map(\.description) == ["t.yaml:5:5: unknown key \"intervl\" in sources[0] (did you mean \"interval\"?)"])
    }

    @Test func unknownPluginTypeSuggests() {
        let p = problems(valid.replacingOccurrences(of: "type: recording", with: "type: recordin"))
        #expect(p.count == 1)
        #expect(p[0].location.line == 10 && p[0].location.column == 11)
        #expect(p[0].message.hasPrefix("unknown sink type \"recordin\" (did you mean \"recording\"?)"))
    }

    /// An unknown type or a name in error is the one problem told: the section's other keys are
    /// not reported as unknown as well.
    @Test func noFollowOnUnknownKeys() {
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: scriptd\n    interval: 5m\n    path: x"))
        #expect(p.count == 1 && p[0].message.hasPrefix("unknown source type \"scriptd\""), "\(p)")
        let d = problems(valid + "\n  - name: alerts\n    type: recording\n    extra: 1\n")
        #expect(d.map(\.message) == ["duplicate sink name \"alerts\" (first defined at t.yaml:9:11)"])
    }

    @Test func duplicateNames() {
        let p = problems(valid + "\n  - name: alerts\n    type: recording\n")
        #expect(p.count == 1)
        #expect(p[0].location.line == 11)
        #expect(p[0].message == "duplicate sink name \"alerts\" (first defined at t.yaml:9:11)")
    }

    @Test func routeToUndefinedSink() {
        let p = problems(valid.replacingOccurrences(of: "to: [alerts]", with: "to: [alert]"))
        #expect(p.count == 1)
        #expect(p[0].location.line == 7)
        #expect(p[0].message.contains("sends to sink \"alert\", which is not defined under sinks: (did you mean \"alerts\"?)"))
    }

    /// A route that can never match because of a name: an unknown source or something that is no
    /// language tag is an error; a sink listed twice too; a label no analyzer adds is a warning.
    @Test func routeConditionsThatCanNeverHold() throws {
        let p = problems(valid.replacingOccurrences(of: "    to: [alerts]", with: "    when: { source: [inbx], language: [english, pt-BR, und, en_GB] }\n    to: [alerts, alerts]"))
        #expect(p.map(\.location.line) == [7, 7, 8], "\(p)")
        #expect(p.contains { $0.message == "when.source: no source is named \"inbx\" (did you mean \"inbox\"?); the sources are: inbox" })
        #expect(p.contains { $0.message.hasPrefix("when.language: \"english\" is not a language tag") })
        #expect(p.contains { $0.message == "route \"all\" lists sink \"alerts\" more than once (an escalation is delivered once per sink)" })

        func warnings(_ analyzers: String, _ when: String) throws -> [String] {
            let yaml = valid.replacingOccurrences(of: "    to: [alerts]", with: "    when: \(when)\n    to: [alerts]") + "\nanalyzers:\n" + analyzers
            return try ConfigBuilder.build(text: yaml, file: "t.yaml", registry: testRegistry(), environment: [:]).get().warnings.map(\.description)
        }
        let listed = "  - type: listed-labels\n"
        #expect(try warnings(listed, "{ labels_any: [intent/complant, topic/billing] }")
                == ["t.yaml:7:25: when.labels_any: no analyzer adds the label \"intent/complant\" (did you mean \"intent/complaint\"?), so this never holds for it"])
        #expect(try warnings(listed, "{ labels_all: [intent/complaint] }").isEmpty)
        #expect(try warnings("  - type: noop\n", "{ labels_any: [x] }") == ["t.yaml:7:25: when.labels_any: no analyzer adds labels, so this never holds for it"])
        #expect(try warnings(listed + "  - type: unlisted-labels\n", "{ labels_any: [intent/complant] }").isEmpty,
                "an analyzer that cannot list its labels may add any")
        // A pattern that repeats a repeating group is valid, with a warning naming the group.
        let slow = try warnings("  - type: noop\n", #"{ text_matches: "^(\\w+\\s?)*$" }"#)
        #expect(slow.count == 1 && slow[0].hasPrefix(#"t.yaml:7:27: routes[0].when.text_matches: the pattern repeats a group that repeats inside ((\w+\s?)*)"#), "\(slow)")
        #expect(try warnings("  - type: noop\n", #"{ text_matches: "refunds?|money back" }"#).isEmpty)
    }

    @Test func badDuration() {
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: ticker\n    interval: 5 minutes"))
        #expect(p.count == 1)
        #expect(p[0].location.line == 5 && p[0].location.column == 15)
        #expect(p[0].message.contains("\"5 minutes\" is not a duration"))
    }

    /// An unset variable is the one problem told: not also "must not be empty" for its key.
    @Test func anUnsetVariableIsReportedAlone() {
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: ticker\n    token_file: \"${EARSHOT_TEST_UNSET_TOKEN}\""))
        #expect(p.map(\.message) == ["environment variable EARSHOT_TEST_UNSET_TOKEN is not set (referenced as ${EARSHOT_TEST_UNSET_TOKEN})"], "\(p)")
    }

    @Test func unclosedVariableReferenceIsAnError() {
        let p = problems(valid.replacingOccurrences(of: "state_dir: /tmp/x", with: "state_dir: ${UNCLOSED/x"))
        #expect(p.map(\.description) == ["t.yaml:1:12: \"${UNCLOSED/x\" opens a variable reference with ${ but never closes it with }; write $$ for a literal $"])
        let c = try? ConfigBuilder.build(text: valid.replacingOccurrences(of: "state_dir: /tmp/x", with: "state_dir: /tmp/$${x"),
                                         file: "t.yaml", registry: testRegistry(), environment: [:]).get()
        #expect(c?.stateDirectory == "/tmp/${x", "$$ stays a literal $")
    }

    @Test func unsetVariableIsNamed() {
        let yaml = valid.replacingOccurrences(of: "state_dir: /tmp/x", with: "state_dir: ${EARSHOT_TEST_UNSET}/state")
        let p = problems(yaml)
        #expect(p.map(\.description) == ["t.yaml:1:12: environment variable EARSHOT_TEST_UNSET is not set (referenced as ${EARSHOT_TEST_UNSET})"])
        let c = try? ConfigBuilder.build(text: yaml, file: "t.yaml", registry: testRegistry(), environment: ["EARSHOT_TEST_UNSET": "/tmp"]).get()
        #expect(c?.stateDirectory == "/tmp/state")
    }

    @Test func variableDefaultsAndEscapes() throws {
        let yaml = valid.replacingOccurrences(of: "state_dir: /tmp/x", with: "state_dir: ${NOPE:-/tmp/x}/$${literal}")
        let c = try ConfigBuilder.build(text: yaml, file: "t.yaml", registry: testRegistry(), environment: [:]).get()
        #expect(c.stateDirectory == "/tmp/x/${literal}")
    }

    @Test func unreadableSecretFile() {
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: ticker\n    token_file: /nonexistent/earshot/token"))
        #expect(p.count == 1)
        #expect(p[0].location.line == 5)
        #expect(p[0].message == "sources[0].token_file: cannot read /nonexistent/earshot/token: no such file")
    }

    @Test func secretFileIsRead() throws {
        let dir = try makeTemporaryDirectory()
        try "s3cret\n".write(toFile: dir + "/token", atomically: true, encoding: .utf8)
        let p = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: ticker\n    token_file: \(dir)/token"))
        #expect(p.isEmpty)
    }

    @Test func unreadableConfigFile() {
        guard case .failure(let e) = ConfigBuilder.load(path: "/nonexistent/earshot.yaml", registry: testRegistry()) else {
            Issue.record("expected a failure"); return
        }
        #expect(e.description == "/nonexistent/earshot.yaml:1:1: cannot read the config file: no such file")
    }

    /// A state_dir that cannot be a directory is a config problem at its key, not a raw error at start.
    @Test func stateDirThatCannotBeADirectory() {
        let p = problems(valid.replacingOccurrences(of: "state_dir: ", with: "state_dir: /dev/null/x #"))
        #expect(p.map(\.message) == ["state_dir: /dev/null/x cannot be created: /dev/null is not a directory"], "\(p)")
    }

    @Test func configThatIsNotUTF8NamesTheLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-\(UUID()).yaml").path
        try Data(Array("log_level: info\n# caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .failure(let e) = ConfigBuilder.load(path: path, registry: testRegistry()) else {
            Issue.record("expected a failure"); return
        }
        #expect(e.description == "\(path):2:1: the config file is not valid UTF-8 (save the file as UTF-8)")
        guard case .failure(let d) = ConfigBuilder.load(path: FileManager.default.temporaryDirectory.path, registry: testRegistry()) else {
            Issue.record("expected a failure"); return
        }
        #expect(d.description.hasSuffix(":1:1: cannot read the config file: is a directory, not a file"))
    }

    /// Only mention escalations exist in this version: a route waiting for spike or sla never matches.
    @Test func kindsThisVersionDoesNotProduceAreRefused() {
        let p = problems(valid.replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts]\n    when: { kind: [mention, sla] }"))
        #expect(p.map(\.message) == ["when.kind: sla escalations (surges, unanswered complaints) are not part of this version of Earshot yet; only mention is produced"])
        #expect(problems(valid.replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts]\n    when: { kind: [mention] }")).isEmpty)
    }

    @Test func sentimentKeysNeedTheSentimentAnalyzer() {
        let yaml = valid.replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts]\n    when: { sentiment_below: -0.3 }")
        let p = problems(yaml)
        #expect(p.count == 1)
        #expect(p[0].message.contains("needs the sentiment analyzer"))
        #expect(p[0].location.line == 8)
        let fixed = yaml.replacingOccurrences(of: "routes:", with: "analyzers:\n  - type: fake-sentiment\nroutes:")
        #expect(problems(fixed).isEmpty)
    }

    @Test func duplicateKeysNeedTheDuplicatesAnalyzerAndAKnownValue() throws {
        let yaml = valid.replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts]\n    duplicates: fold\n    when: { duplicate: false }")
        let p = problems(yaml)
        #expect(p.map(\.location.line) == [8, 9], "\(p)")
        #expect(p.allSatisfy { $0.message.contains("needs the duplicates analyzer") }, "\(p)")
        let withAnalyzer = yaml.replacingOccurrences(of: "routes:", with: "analyzers:\n  - type: fake-duplicates\nroutes:")
        var r = testRegistry()
        r.analyzers["fake-duplicates"] = AnalyzerFactory(provides: [.duplicate]) { _ in NoopAnalyzer() }
        let built = try ConfigBuilder.build(text: withAnalyzer, file: "t.yaml", registry: r, environment: [:]).get()
        #expect(built.routes[0].duplicates == .fold)
        #expect(built.routes[0].when.duplicate == false)
        let escalate = try ConfigBuilder.build(text: withAnalyzer.replacingOccurrences(of: "duplicates: fold", with: "duplicates: escalate"),
                                               file: "t.yaml", registry: r, environment: [:]).get()
        #expect(escalate.routes[0].duplicates == .escalate)
        guard case .failure(let e) = ConfigBuilder.build(text: withAnalyzer.replacingOccurrences(of: "duplicates: fold", with: "duplicates: merge"),
                                                         file: "t.yaml", registry: r, environment: [:]) else {
            Issue.record("duplicates: merge was accepted"); return
        }
        #expect(e.problems.count == 1 && e.problems[0].message.contains("unknown value \"merge\""), "\(e.problems)")
        #expect(try ConfigBuilder.build(text: valid, file: "t.yaml", registry: r, environment: [:]).get().routes[0].duplicates == .fold,
                "folding is the default")
    }

    @Test func analyzersThatRememberNeedDistinctNames() throws {
        struct Remembering: StatefulAnalyzer {
            func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {}
            func adoptState(from previous: any Analyzer) async -> Int? { nil }
            func saveState(to path: String) async throws {}
            func loadState(from path: String, now: Date) async throws -> Int? { nil }
        }
        var r = testRegistry()
        r.analyzers["remembering"] = AnalyzerFactory(provides: []) { _ in Remembering() }
        let twice = valid.replacingOccurrences(of: "routes:", with: "analyzers:\n  - type: remembering\n  - type: noop\n  - type: noop\n  - type: remembering\nroutes:")
        guard case .failure(let e) = ConfigBuilder.build(text: twice, file: "t.yaml", registry: r, environment: [:]) else {
            Issue.record("two unnamed remembering analyzers were accepted"); return
        }
        #expect(e.problems.count == 1, "\(e.problems)")   // two unnamed noop analyzers are fine
        #expect(e.problems.first?.location.line == 9)
        #expect(e.problems.first?.message.contains("need distinct names") == true, "\(e.problems)")
        let named = twice.replacingOccurrences(of: "  - type: remembering\nroutes:", with: "  - { type: remembering, name: second }\nroutes:")
        #expect(try ConfigBuilder.build(text: named, file: "t.yaml", registry: r, environment: [:]).get().analyzers.map(\.name)
                == ["remembering", "noop", "noop", "second"])
    }

    @Test func everyProblemIsReportedAtOnceInOrder() {
        let yaml = """
        sources:
          - name: inbox
            type: nope
          - name: inbox
            type: scripted
        routes:
          - name: r
            to: [missing]
            severity: urgent
        sinks: []
        colour: blue
        """
        let p = problems(yaml)
        #expect(p.count == 5)
        #expect(p.map(\.location.line) == [3, 4, 8, 9, 11])
        #expect(p[3].message.contains("unknown value \"urgent\""))
    }

    @Test func wrongShapes() {
        let p = problems("sources: inbox\nsinks:\n  - name: [a, b]\n    type: recording\n")
        #expect(p.contains { $0.location.line == 1 && $0.message == "sources must be a list, not a single value" })
        #expect(p.contains { $0.location.line == 3 && $0.message.contains("must be a single value") })
    }

    @Test func laterFeaturesAreRefusedClearly() {
        let p = problems(valid.replacingOccurrences(of: "    to: [alerts]", with: "    to: [alerts]\n    group_wait: 10m"))
        #expect(p.count == 1)
        #expect(p[0].message.contains("not part of this version"))
    }

    @Test func duplicateKeysAreReported() {
        let p = problems(valid + "\nstate_dir: /tmp/y\n")
        #expect(p.count == 1)
        #expect(p[0].message == "duplicate key \"state_dir\" in a mapping (first at line 1)")
        let lines = (valid + "\nstate_dir: /tmp/y\n").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(p[0].location.line == lines.lastIndex { $0.hasPrefix("state_dir:") }! + 1, "at the key written again")
        // Inside a list item, at its own indentation.
        let nested = problems(valid.replacingOccurrences(of: "    type: scripted", with: "    type: scripted\n    name: again"))
        #expect(nested.first?.message == "duplicate key \"name\" in a mapping (first at line 3)", "\(nested)")
        #expect(nested.first?.location.line == 5, "at the second name:, inside sources[0]")
    }
}

@Suite struct DurationTests {
    @Test(arguments: [("500ms", 0.5), ("30s", 30), ("5m", 300), ("2h", 7200), ("7d", 604_800), ("1h30m", 5400), ("1.5s", 1.5)])
    func parses(_ text: String, _ seconds: Double) {
        #expect(DurationSyntax.parse(text)?.seconds == seconds)
    }

    @Test(arguments: ["", "5", "m", "5 minutes", "-5s", "5x", "1e9d"])
    func rejects(_ text: String) {
        #expect(DurationSyntax.parse(text) == nil)
    }

    @Test func formats() {
        #expect(DurationSyntax.format(.seconds(90)) == "1m30s")
        #expect(DurationSyntax.format(.milliseconds(500)) == "500ms")
    }
}
