import EarshotTesting
import Foundation
import Testing

/// Runs the real `earshot` binary built beside the test bundle (or `$EARSHOT_BIN`).
struct EarshotBinary {
    static var path: String {
        if let p = ProcessInfo.processInfo.environment["EARSHOT_BIN"] { return p }
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // Swift Testing on Linux runs `…/debug/earshotPackageTests.xctest`; the executable is beside it.
        return dir.appendingPathComponent("earshot").path
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    /// Writing to a pipe whose reader exited raises SIGPIPE, which would end the whole test
    /// process; ignored, the write fails with EPIPE instead.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs to completion with optional stdin.
    static func run(_ args: [String], stdin: String? = nil, cwd: String? = nil, env: [String: String] = [:]) async throws -> Output {
        try await run(args, stdinBytes: stdin.map { Data($0.utf8) }, cwd: cwd, env: env)
    }

    /// Sets `p` to run the binary with `args`, as `user` (through `runuser`, which needs root) when given.
    static func command(_ args: [String], user: String?, into p: Process) {
        if let user {
            p.executableURL = URL(fileURLWithPath: runuser)
            p.arguments = ["-u", user, "--", path] + args
        } else {
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = args
        }
    }

    static let runuser = "/usr/sbin/runuser"

    /// Runs `body` on a thread of its own and waits for it without holding one of the task pool's
    /// few threads: the commands' blocking reads and waits (an `earshot train` takes seconds in a
    /// debug build) would otherwise starve every other test of the pool while they last.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// Runs to completion with stdout going to `/dev/full`, where every write fails with ENOSPC;
    /// the result's `stdout` is empty. A crash shows as a status other than a plain exit code.
    static func runToFullDisk(_ args: [String], stdin: String = "", cwd: String? = nil) async throws -> Output {
        try await offload { try runToFullDiskBlocking(args, stdin: stdin, cwd: cwd) }
    }

    private static func runToFullDiskBlocking(_ args: [String], stdin: String, cwd: String?) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let inp = Pipe(), err = Pipe()
        p.standardInput = inp
        p.standardError = err
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw CocoaError(.fileNoSuchFile) }
        p.standardOutput = full
        _ = Self.ignoreBrokenPipes
        try p.run()
        try? inp.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
        try? inp.fileHandleForWriting.close()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let status = p.terminationReason == .exit ? p.terminationStatus : 128 + p.terminationStatus
        return Output(status: status, stdout: "", stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs to completion with stdin given as bytes (which need not be valid UTF-8).
    static func run(_ args: [String], stdinBytes stdin: Data?, cwd: String? = nil, env: [String: String] = [:]) async throws -> Output {
        try await offload { try runBlocking(args, stdinBytes: stdin, cwd: cwd, env: env) }
    }

    /// `run` without leaving the calling thread (for a static `let` that needs a command's answer).
    static func runBlocking(_ args: [String], stdinBytes stdin: Data? = nil, cwd: String? = nil, env: [String: String] = [:],
                            user: String? = nil) throws -> Output {
        let p = Process()
        command(args, user: user, into: p)
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        p.environment = ProcessInfo.processInfo.environment.merging(env) { _, n in n }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        // Stdin is written and stderr read on other threads while stdout is read here: a command
        // that answers as it reads (`analyze`) would otherwise block on a full pipe, and so would we.
        let writer = inp.fileHandleForWriting
        let written = DispatchSemaphore(value: 0)
        _ = Self.ignoreBrokenPipes
        DispatchQueue.global().async {
            // A command that exits without reading (a usage error) closes the pipe: the write
            // then fails, which is not the test's business.
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
            written.signal()
        }
        let result = collect(p, out: out, err: err)
        written.wait()
        return result
    }

    /// Reads a started process's stdout here and its stderr on another thread (either pipe
    /// filling up would otherwise block it), then waits for its exit.
    static func collect(_ p: Process, out: Pipe, err: Pipe) -> Output {
        nonisolated(unsafe) var e = Data()
        let readErr = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            e = err.fileHandleForReading.readDataToEndOfFile()
            readErr.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        readErr.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

extension EarshotBinary {
    /// Runs `script` with `/bin/sh -c`, `$EARSHOT` naming the binary: for what a Process cannot
    /// set up (stdin from a file, stderr to /dev/full, a closed descriptor). Stdin is /dev/null
    /// unless the script redirects it.
    static func shell(_ script: String, cwd: String? = nil) async throws -> Output {
        try await offload {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script]
            if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
            p.environment = ProcessInfo.processInfo.environment.merging(["EARSHOT": path]) { _, n in n }
            let out = Pipe(), err = Pipe()
            p.standardOutput = out; p.standardError = err
            p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
            try p.run()
            return collect(p, out: out, err: err)
        }
    }
}

/// A running `earshot run` (or another long-running command) whose stdout and stderr are collected.
final class Daemon: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var out = Data(), err = Data()
    /// The command's stdin, when started with `writableInput` (else it inherits the test's).
    let input: FileHandle?

    convenience init(config: String, cwd: String, env: [String: String] = [:]) throws {
        try self.init(arguments: ["run", "--config", config], cwd: cwd, env: env)
    }

    /// `closedStdout`: the reading end of stdout is closed once the command runs, as when the
    /// reader of a pipe (`earshot run | head -1`) has gone.
    init(arguments: [String], cwd: String? = nil, env: [String: String] = [:], writableInput: Bool = false,
         closedStdout: Bool = false, user: String? = nil) throws {
        EarshotBinary.command(arguments, user: user, into: process)
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        process.environment = ProcessInfo.processInfo.environment.merging(env) { _, n in n }
        if writableInput {
            _ = EarshotBinary.ignoreBrokenPipes
            let i = Pipe()
            process.standardInput = i
            input = i.fileHandleForWriting
        } else {
            input = nil
        }
        let o = Pipe(), e = Pipe()
        process.standardOutput = o; process.standardError = e
        if !closedStdout {
            o.fileHandleForReading.readabilityHandler = { [weak self] h in
                let d = h.availableData
                guard let self else { return }
                self.lock.lock(); self.out.append(d); self.lock.unlock()
            }
        }
        e.fileHandleForReading.readabilityHandler = { [weak self] h in
            let d = h.availableData
            guard let self else { return }
            self.lock.lock(); self.err.append(d); self.lock.unlock()
        }
        _ = DaemonRegistry.reapOnce
        try process.run()
        DaemonRegistry.record(process.processIdentifier)
        if closedStdout { try o.fileHandleForReading.close() }
    }

    var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
    var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }

    func signal(_ s: Int32) { kill(process.processIdentifier, s) }

    /// Sends SIGTERM and waits for the exit; returns the status and how long it took.
    func terminate() async throws -> (Int32, Duration) {
        let start = ContinuousClock.now
        signal(SIGTERM)
        while process.isRunning {
            if ContinuousClock.now - start > .seconds(15) { process.interrupt(); break }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        DaemonRegistry.forget(process.processIdentifier)
        return (process.terminationStatus, ContinuousClock.now - start)
    }

    deinit {
        if process.isRunning { process.terminate() }
        DaemonRegistry.forget(process.processIdentifier)
    }
}

/// The daemons test processes started, one file per daemon pid holding the test process's pid.
/// A test process that crashes never runs the deinit that stops its daemons, and they would run
/// on (idle, holding inotify watches, skewing benchmarks): the next test process ends every
/// recorded daemon whose test process is gone.
enum DaemonRegistry {
    static let directory = NSTemporaryDirectory() + "earshot-e2e-daemons"
    static let reapOnce: Void = { reapOrphans() }()

    static func record(_ daemon: Int32) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? "\(getpid())".write(toFile: "\(directory)/\(daemon)", atomically: true, encoding: .utf8)
    }

    static func forget(_ daemon: Int32) {
        try? FileManager.default.removeItem(atPath: "\(directory)/\(daemon)")
    }

    /// The binary's path as /proc shows a running process's executable.
    static let binary = URL(fileURLWithPath: EarshotBinary.path).resolvingSymlinksInPath().path

    static func reapOrphans() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            guard let daemon = Int32(name),
                  let owner = (try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)).flatMap({ Int32($0) })
            else { continue }
            if kill(owner, 0) == 0 || errno == EPERM { continue }   // its test process still runs
            // The pid may belong to another program by now (pids are reused): only a process
            // running the earshot binary the tests start is ended.
            if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(daemon)/exe"),
               exe == binary || exe == binary + " (deleted)" {
                kill(daemon, SIGKILL)
            }
            forget(daemon)
        }
    }
}

/// Polls until `condition` holds or `timeout` passes; returns whether it held.
@discardableResult
func waitFor(_ what: String, timeout: Duration = .seconds(60), _ condition: () throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try condition() { return true }
        try await Task.sleep(for: .milliseconds(25))
    }
    Issue.record("timed out waiting for \(what)")
    return false
}

/// Writes a file elsewhere and renames it into `dir`, as writers into a drop directory should.
func drop(_ name: String, _ content: String, into dir: String) throws {
    let tmp = (dir as NSString).deletingLastPathComponent + "/.staging-\(name)"
    try content.write(toFile: tmp, atomically: false, encoding: .utf8)
    try FileManager.default.moveItem(atPath: tmp, toPath: dir + "/" + name)
}

func lines(_ path: String) -> [String] {
    ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
}
