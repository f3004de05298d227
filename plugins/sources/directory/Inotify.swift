#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// Wakes the source's loop: from inotify, a timer, or cancellation. Remembers which names
/// arrived by rename (IN_MOVED_TO) since they need no settle time.
final class Wakeup: Sendable {
    private struct State {
        var signaled = false
        var movedIn: Set<String> = []
        var waiter: CheckedContinuation<Void, Never>?
    }
    private let state = Mutex(State())

    func signal(movedIn names: [String] = []) {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            s.movedIn.formUnion(names)
            if let w = s.waiter { s.waiter = nil; return w }
            s.signaled = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns at the next signal (at once if one came since the last wait) or on cancellation.
    func wait() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now = state.withLock { s -> Bool in
                    if s.signaled { s.signaled = false; return true }
                    s.waiter = c
                    return false
                }
                if now { c.resume() }
            }
        } onCancel: {
            signal()
        }
    }

    /// The names that arrived by rename since the last call.
    func takeMovedIn() -> Set<String> {
        state.withLock { s in defer { s.movedIn = [] }; return s.movedIn }
    }
}

/// Watches one directory with inotify on a dedicated thread (never on the cooperative pool) and
/// signals a `Wakeup` on IN_MOVED_TO, IN_CLOSE_WRITE and IN_CREATE. `stop()` ends the thread.
final class InotifyWatcher: Sendable {
    private final class StopFlag: Sendable {
        let value = Atomic<Bool>(false)
    }
    private let stopped = StopFlag()

    /// Nil (with `error` set) when inotify is unavailable; the periodic rescan still works then.
    init?(path: String, wakeup: Wakeup, error: inout String?) {
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { error = "inotify_init1: \(String(cString: strerror(errno)))"; return nil }
        let mask = UInt32(IN_MOVED_TO) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE)
        guard inotify_add_watch(fd, path, mask) >= 0 else {
            error = "inotify_add_watch \(path): \(String(cString: strerror(errno)))"
            close(fd)
            return nil
        }
        let stopped = self.stopped
        let thread = Thread {
            Self.loop(fd: fd, wakeup: wakeup, stopped: stopped)
            close(fd)
        }
        thread.name = "earshot-inotify"
        thread.start()
        #else
        error = "inotify is only available on Linux"
        return nil
        #endif
    }

    func stop() { stopped.value.store(true, ordering: .relaxed) }

    deinit { stop() }

    #if canImport(Glibc)
    private static func loop(fd: Int32, wakeup: Wakeup, stopped: StopFlag) {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while !stopped.value.load(ordering: .relaxed) {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, 200)
            if r <= 0 { continue }
            var movedIn: [String] = []
            var any = false
            while true {
                let n = read(fd, buffer, size)
                if n <= 0 { break }
                any = true
                var offset = 0
                while offset + 16 <= n {
                    let p = buffer + offset
                    let mask = p.load(fromByteOffset: 4, as: UInt32.self)
                    let len = Int(p.load(fromByteOffset: 12, as: UInt32.self))
                    if mask & UInt32(IN_MOVED_TO) != 0, len > 0 {
                        let name = String(cString: (p + 16).assumingMemoryBound(to: CChar.self))
                        movedIn.append(name)
                    }
                    offset += 16 + len
                }
            }
            if any { wakeup.signal(movedIn: movedIn) }
        }
    }
    #endif
}
