import EarshotConfig
import EarshotCore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `earshot run` as a swift-service-lifecycle `Service`: starts the engine, tells systemd it is
/// ready, reloads the config on SIGHUP (keeping the old one if the new one has problems), and on
/// graceful shutdown (SIGTERM/SIGINT via the ServiceGroup) drains and stops.
public struct DaemonService: Service {
    public let engine: Engine
    public let configPath: String
    public let logger: Logger
    public let notifier: SystemdNotifier
    /// Builds a configuration from the file again; called on SIGHUP.
    public let reloadConfiguration: @Sendable () -> Result<EarshotConfiguration, ConfigErrors>
    public let stopDeadline: Duration

    public init(engine: Engine, configPath: String, logger: Logger, notifier: SystemdNotifier = SystemdNotifier(),
                stopDeadline: Duration = .seconds(3),
                reloadConfiguration: @escaping @Sendable () -> Result<EarshotConfiguration, ConfigErrors>) {
        self.engine = engine; self.configPath = configPath; self.logger = logger; self.notifier = notifier
        self.stopDeadline = stopDeadline; self.reloadConfiguration = reloadConfiguration
    }

    public func run() async throws {
        let hups = await UnixSignalsSequence(trapping: .sighup)
        await engine.start()
        notifier.notify("READY=1\nSTATUS=running")
        for await _ in hups.cancelOnGracefulShutdown() {
            notifier.notify("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())")
            logger.info("SIGHUP: reloading configuration", metadata: ["config": "\(configPath)"])
            switch reloadConfiguration() {
            case .success(let c):
                await engine.reload(c)
                notifier.notify("READY=1\nSTATUS=running")
            case .failure(let errors):
                logger.error("the new configuration has problems; keeping the running one", metadata: [
                    "config": "\(configPath)", "problems": .stringConvertible(errors.problems.count)])
                for p in errors.problems { logger.error("config problem", metadata: ["at": "\(p.location)", "problem": "\(p.message)"]) }
                // `systemctl status` shows this line: the operator sees the reload did not take.
                // One line: sd_notify reads a line break as the start of another assignment.
                var first = ""
                if let p = errors.problems.first {   // sorted by position, as the log lists them
                    let message = String(p.message.prefix(120).unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
                    first = " (first: \(p.location): \(message))"
                }
                notifier.notify("READY=1\nSTATUS=running the previous config; the reload was refused: \(errors.problems.count) problem(s)\(first)")
            }
        }
        notifier.notify("STOPPING=1")
        logger.info("shutting down: finishing the batch in flight and flushing sinks")
        await engine.stop(deadline: stopDeadline)
    }

    static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
    }
}
