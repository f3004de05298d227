import ArgumentParser
import EarshotConfig
import EarshotPlugins
import EarshotRuntime
import Foundation
import Logging
import ServiceLifecycle

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Runs the daemon in the foreground (SIGTERM/SIGINT stop it, SIGHUP reloads the config).")

    @OptionGroup var config: ConfigOption

    func run() async throws {
        // A daemon must not die because a reader went away (a log sink on a closed pipe, a
        // peer that hung up): with SIGPIPE ignored the write fails with EPIPE, which the sink
        // reports and retries like any other failed delivery.
        signal(SIGPIPE, SIG_IGN)
        let path = config.path
        let c = try loadConfiguration(path)
        bootstrapLogging(level: c.logLevel, format: c.logFormat)
        let logger = Logger(label: "earshot")
        logWarnings(of: c, logger)
        // One daemon per state_dir: a second would migrate the database under the first and take
        // the same drop files. So the lock comes before the store is even opened; it is released
        // when the process ends, however it ends.
        let lockPath = (c.stateDirectory as NSString).appendingPathComponent("earshot.lock")
        do {
            try FileManager.default.createDirectory(atPath: c.stateDirectory, withIntermediateDirectories: true)
        } catch {
            // As unusable as one it may not write (below): the config's or the system's to fix.
            logger.critical("cannot create the state directory", metadata: ["state_dir": "\(c.stateDirectory)", "error": "\(error.localizedDescription)"])
            throw Exit.config
        }
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        if lock < 0 || flock(lock, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            var why = code == EWOULDBLOCK ? "another earshot run is using this state_dir" : String(cString: strerror(code))
            if code == EACCES || code == EPERM {
                // Typically a first `earshot run` as root left the lock (or the directory) owned by root.
                let owned = FileManager.default.fileExists(atPath: lockPath) ? lockPath : c.stateDirectory
                var st = stat()
                if stat(owned, &st) == 0 {
                    why += "; \(owned) belongs to \(userDescription(st.st_uid)) and this process runs as \(userDescription(geteuid()))"
                }
            }
            logger.critical("cannot lock the state directory", metadata: ["lock": "\(lockPath)", "error": "\(why)"])
            // A state_dir this user may not write (or a path that is no directory) is the config's or
            // the system's to fix: exit 78, which systemd does not restart every few seconds forever.
            // Another instance, or anything else, may pass: exit 1.
            let unusable: Set<Int32> = [EACCES, EPERM, EROFS, ENOTDIR]
            throw unusable.contains(code) ? Exit.config : Exit.runtimeFailure
        }
        defer { close(lock) }
        let store: SQLiteStateStore
        do {
            store = try SQLiteStateStore(directory: c.stateDirectory)
        } catch {
            logger.critical("cannot open the state store", metadata: ["state_dir": "\(c.stateDirectory)", "error": "\(error)"])
            throw (error as? StateStoreError)?.permanent == true ? Exit.config : Exit.runtimeFailure
        }
        let engine = Engine(configuration: c, store: store, logger: logger)
        let fetcher = BuiltinPlugins.sharedFetcher
        await fetcher.setMaxConcurrentFetches(c.maxConcurrentPolls)
        fetcher.setProxy(c.pollingProxy)
        if let proxy = c.pollingProxy {
            logger.info("polling through a proxy", metadata: ["proxy": "\(proxy)", "no_proxy": "\(proxy.noProxy.joined(separator: ","))"])
        }
        let daemon = DaemonService(engine: engine, configPath: path, logger: logger) {
            let reloaded = ConfigBuilder.load(path: path, registry: BuiltinPlugins.registry())
            if case .success(let new) = reloaded {
                logWarnings(of: new, logger)
                Task { await fetcher.setMaxConcurrentFetches(new.maxConcurrentPolls) }
                if !fetcher.setProxy(new.pollingProxy) {
                    logger.warning("polling.proxy changed; it applies after a restart (open connections keep the old one)",
                                   metadata: ["proxy": "\(fetcher.proxy.map(\.description) ?? "none")"])
                }
            }
            return reloaded
        }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: daemon)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do {
            try await group.run()
        } catch {
            await BuiltinPlugins.shutdownFetcher()
            logger.critical("earshot stopped on an error", metadata: ["error": "\(error)"])
            throw Exit.runtimeFailure
        }
        await BuiltinPlugins.shutdownFetcher()
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the config: exits 0 (printing any warnings as PATH:LINE:COL: warning: message), or prints every problem as PATH:LINE:COL: message and exits 78.")

    @OptionGroup var config: ConfigOption

    func run() async throws {
        let c = try loadConfiguration(config.path, checkOnly: true)
        // Warnings go to stderr like problems, and do not change the exit status: the config is valid.
        printWarnings(of: c)
        let warned = c.warnings.isEmpty ? "" : " (\(c.warnings.count) warning\(c.warnings.count == 1 ? "" : "s") above)"
        print("\(config.path): ok — \(c.sources.count) source(s), \(c.analyzers.count) analyzer(s), \(c.routes.count) route(s), \(c.sinks.count) sink(s)\(warned)")
        try finishStandardOutput(command: "check")
    }
}

/// Logs a loaded config's warnings (valid, but probably not meant), one line each, at start and reload.
func logWarnings(of c: EarshotConfiguration, _ logger: Logger) {
    for w in c.warnings { logger.warning("config warning", metadata: ["at": "\(w.location)", "warning": "\(w.message)"]) }
}

/// `uid 0 (root)`, or `uid 1234` when the user database has no name for it.
func userDescription(_ uid: uid_t) -> String {
    guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
    return "uid \(uid) (\(String(cString: name)))"
}
