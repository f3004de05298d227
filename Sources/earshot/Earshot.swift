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
        subcommands: [Run.self, Check.self, TestItems.self, Analyze.self, Train.self, Status.self, Ack.self, Retry.self, Bench.self])
}

/// Options shared by the commands that read a config.
struct ConfigOption: ParsableArguments {
    @Option(name: [.customShort("c"), .customLong("config")], help: "The config file.")
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

/// Prints a loaded config's warnings to stderr as `PATH:LINE:COL: warning: message` (`check`, `test`).
func printWarnings(of c: EarshotConfiguration) {
    for w in c.warnings { printError("\(w.location): warning: \(w.message)") }
}

/// Writes `s` and a line break to standard error with write(2). When stderr cannot be written
/// (a full disk, closed) the message is lost but the command goes on to its exit status;
/// FileHandle's write would trap there and lose the rows already analyzed.
func printError(_ s: String) {
    let bytes = Array((s.hasSuffix("\n") ? s : s + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if n > 0 { offset += n; continue }
        if n < 0, errno == EINTR { continue }
        return
    }
}

/// Whether standard input, output or error (`fd` 0, 1, 2) was closed when the process
/// started. The runtime then reuses the number for a descriptor of its own (an eventfd or an
/// epoll instance, before any of our code runs), so the descriptor is open and `EBADF` never
/// shows: what shows is the anonymous inode behind it, which a shell never hands a command.
func standardStreamWasClosed(_ fd: Int32) -> Bool {
    var target = [CChar](repeating: 0, count: 64)
    let n = readlink("/proc/self/fd/\(fd)", &target, target.count - 1)
    guard n > 0 else { return false }
    return String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self).hasPrefix("anon_inode:")
}

/// Why standard output could not be written, in words: "it is closed" rather than the
/// "Invalid argument" of the runtime's descriptor that took its number.
func standardOutputProblem(_ code: Int32) -> String {
    standardStreamWasClosed(STDOUT_FILENO) ? "it is closed" : String(cString: strerror(code))
}

/// Writes all of `bytes` to standard output with write(2). A failed write (a full disk, a reader
/// that went away while SIGPIPE is ignored) prints one line naming the command and exits 1,
/// instead of trapping as FileHandle's write does.
func writeStandardOutput(_ bytes: [UInt8], command: String) throws {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if n > 0 { offset += n; continue }
        if n < 0, errno == EINTR { continue }
        printError("earshot \(command): cannot write standard output: \(n < 0 ? standardOutputProblem(errno) : "nothing written")")
        throw Exit.runtimeFailure
    }
}

/// Flushes what `print` buffered and fails (exit 1) when it could not be written, so that a
/// report sent to a full disk is not lost with exit status 0. (`fflush(NULL)` flushes every
/// stream: Swift 6 does not let code name the C `stdout` global.) A write that failed earlier
/// leaves its bytes buffered, so the flush fails again and is caught here too.
func finishStandardOutput(command: String) throws {
    if fflush(nil) != 0 {
        printError("earshot \(command): cannot write standard output: \(standardOutputProblem(errno))")
        throw Exit.runtimeFailure
    }
}

/// Bootstraps swift-log once, to stderr, in the config's format.
func bootstrapLogging(level: Logger.Level, format: EarshotConfiguration.LogFormat) {
    LoggingSystem.bootstrap { label in
        LineLogHandler(label: label, level: level, format: format == .json ? .json : .logfmt)
    }
}
