import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells systemd about the daemon's state (`READY=1`, `RELOADING=1`, `STOPPING=1`) by sending a
/// datagram to `$NOTIFY_SOCKET`, a filesystem path or (leading `@`) an abstract socket. Does
/// nothing when the variable is unset, i.e. when not run by systemd with `Type=notify`.
public struct SystemdNotifier: Sendable {
    public let socketPath: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Sends `state`; returns false (and never throws) if it could not be sent.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        #if canImport(Glibc)
        guard let path = socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }   // abstract namespace
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard bytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let len = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let message = Array(state.utf8)
        let sent = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                sendto(fd, message, message.count, 0, sa, len)
            }
        }
        return sent == message.count
        #else
        return false
        #endif
    }
}
