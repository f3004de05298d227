import EarshotConfig
import EarshotCore
import Foundation
import Testing
@testable import EarshotDirectorySource

@Suite struct ConfigTests {
    func registry() -> PluginRegistry {
        var r = PluginRegistry()
        r.sources["directory"] = DirectorySourcePlugin.factory(feedDecoder: nil)
        return r
    }

    func build(_ yaml: String, checkOnly: Bool = false) -> Result<EarshotConfiguration, ConfigErrors> {
        ConfigBuilder.build(text: yaml, file: "t.yaml", registry: registry(), environment: [:], checkOnly: checkOnly)
    }

    func problems(_ yaml: String) -> [ConfigProblem] {
        if case .failure(let e) = build(yaml) { return e.problems }
        return []
    }

    /// The repository root, found from this file (its folder may be reached through a symlink).
    var repoRoot: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test(arguments: [false, true])
    func sampleConfigBuilds(checkOnly: Bool) throws {
        let url = repoRoot.appendingPathComponent("plugins/sources/directory/sample.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let inbox = FileManager.default.currentDirectoryPath + "/var/inbox"
        let existedBefore = FileManager.default.fileExists(atPath: inbox)
        let config = try build(text, checkOnly: checkOnly).get()
        #expect(config.sources.map(\.name) == ["inbox"])
        #expect(config.sources.map(\.type) == ["directory"])
        let source = try #require(config.sources.first?.source as? DirectorySource)
        #expect(source.settings.path == inbox)
        #expect(source.settings.settle == .seconds(2))
        #expect(source.settings.maxFileSize == 10 << 20)
        #expect(source.settings.formats == ["json", "jsonl", "ndjson", "csv", "txt", "eml"])
        // Building (even not in check mode) creates nothing: `run` does.
        if !existedBefore { #expect(!FileManager.default.fileExists(atPath: inbox)) }
    }

    @Test func defaults() throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let config = try build("sources:\n  - name: drop\n    type: directory\n    path: \(dir)\n").get()
        let s = try #require(config.sources.first?.source as? DirectorySource).settings
        #expect(s.path == dir)
        #expect(s.settle == .seconds(2))
        #expect(s.rescan == .seconds(30))
        #expect(s.maxFileSize == 10 * 1024 * 1024)
        #expect(s.batchSize == 1000)
        #expect(s.formats == Set(DropFormats.extensions))
    }

    @Test func missingPath() {
        let p = problems("sources:\n  - name: drop\n    type: directory\n    settle: 2s\n")
        #expect(p.map(\.description) == ["t.yaml:2:5: sources[0].path is required"])
    }

    @Test func badSettleDurationAndUnknownKey() {
        let p = problems("""
        sources:
          - name: drop
            type: directory
            path: /tmp
            settle: soon
            max_file_sise: 5MB
        """)
        #expect(p.map(\.description) == [
            "t.yaml:5:13: sources[0].settle: \"soon\" is not a duration (use e.g. 500ms, 30s, 5m, 2h, 7d)",
            "t.yaml:6:5: unknown key \"max_file_sise\" in sources[0] (did you mean \"max_file_size\"?)",
        ])
    }

    @Test func otherBadValues() {
        let p = problems("""
        sources:
          - name: drop
            type: directory
            path: /tmp
            rescan: 10ms
            max_file_size: huge
            batch_size: 0
            formats: [jsonl, yaml]
        """)
        let messages = p.map(\.message)
        #expect(messages.contains("sources[0].rescan must be at least 100ms, not 10ms"))
        #expect(messages.contains { $0.hasPrefix("sources[0].max_file_size must be a size like") })
        #expect(messages.contains("sources[0].batch_size must be between 1 and 1000000, not 0"))
        #expect(messages.contains { $0.hasPrefix("sources[0].formats: unknown format \"yaml\"") })
        #expect(p.count == 4)
    }

    @Test func pathThatIsAFileOrCannotBeCreated() throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/file", "x")
        let p = problems("sources:\n  - name: drop\n    type: directory\n    path: \(dir)/file\n")
        #expect(p.map(\.description) == ["t.yaml:4:11: sources[0].path: \(dir)/file exists but is not a directory"])
        let q = problems("sources:\n  - name: drop\n    type: directory\n    path: \(dir)/file/inbox\n")
        #expect(q.first?.message == "sources[0].path: \(dir)/file/inbox cannot be created: \(dir)/file is not a directory")
        if getuid() != 0 {
            let r = problems("sources:\n  - name: drop\n    type: directory\n    path: /proc/earshot-inbox\n")
            #expect(r.first?.message.contains("is not writable") == true)
        }
    }

    @Test func factoryMakesARunnableSourceForAMissingDirectory() async throws {
        let base = try makeTempDir()
        defer { cleanup(base) }
        let config = try build("sources:\n  - name: drop\n    type: directory\n    path: \(base)/new/inbox\n    settle: 0s\n    rescan: 100ms\n").get()
        #expect(!FileManager.default.fileExists(atPath: base + "/new"))
        let source = try #require(config.sources.first?.source)
        let recorder = Recorder()
        let task = Task { try await source.run(context: recorder.context()) }
        #expect(await eventually { exists(base + "/new/inbox/.done") && exists(base + "/new/inbox/.failed") })
        task.cancel()
        _ = await task.result
    }
}
