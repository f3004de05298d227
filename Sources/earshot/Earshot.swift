import ArgumentParser
import EarshotConfig
import EarshotCore
import EarshotPlugins
import EarshotRuntime
import Foundation
import Logging

@main
struct Earshot: AsyncParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        commandName: "earshot",
        abstract: "Listens to what customers say and escalates what needs a person to the team that can fix it.",
        version: version,
        subcommands: [Run.self, Check.self, TestItems.self, Analyze.self, Train.self, Status.self, Ack.self, Bench.self])
}

/// Options shared by the commands that read a config.
struct ConfigOption: ParsableArguments {
    @Option(name: [.short, .customLong("config")], help: "The config file.")
    var path: String = ConfigBuilder.defaultPath
}

/// Exit codes from SPEC §1 (sysexits.h).
enum Exit {
    static let runtimeFailure = ExitCode(1)
    static let usage = ExitCode(64)
    static let config = ExitCode(78)
}

/// Loads the config with the built-in plugins, or prints every problem and exits 78.
func loadConfiguration(_ path: String, checkOnly: Bool = false) throws -> EarshotConfiguration {
    switch ConfigBuilder.load(path: path, registry: BuiltinPlugins.registry(), checkOnly: checkOnly) {
    case .success(let c): return c
    case .failure(let e):
        printError(e.description)
        throw Exit.config
    }
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
}

/// Bootstraps swift-log once, to stderr, in the config's format.
func bootstrapLogging(level: Logger.Level, format: EarshotConfiguration.LogFormat) {
    LoggingSystem.bootstrap { label in
        LineLogHandler(label: label, level: level, format: format == .json ? .json : .logfmt)
    }
}
