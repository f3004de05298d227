#if canImport(Glibc)
import Glibc
#endif
import EarshotCore
import Foundation
import Logging

/// Takes complete files from a drop directory, emits their items, and moves each file to
/// `.done/` or (with a `NAME.error`) to `.failed/`. Never deletes an input file.
///
/// A file is ready when it arrived by rename (inotify IN_MOVED_TO) or its size and mtime have not
/// changed for `settle` (measured on the context's clock). If emitting fails (the engine is
/// stopping), the file stays in the inbox and is taken again on the next start; its items keep
/// their ids, so the engine drops the ones it already has.
struct DirectorySource: Source, FileSystemFootprint {
    let settings: DirectorySettings
    let feedDecoder: FeedFileDecoder?

    var takesFilesFrom: String? { settings.path }

    func wouldTake(fileNamed name: String) -> Bool {
        !name.hasPrefix(".") && DropFormats.format(ofFileName: name).map { settings.formats.contains($0) } == true
    }

    func run(context: SourceContext) async throws {
        let inbox = DropInbox(settings: settings, feedDecoder: feedDecoder, context: context)
        try await inbox.run()
    }
}

/// The running state of one directory source; lives inside one `run` call.
final class DropInbox {
    struct Signature: Equatable {
        var size: Int
        var mtimeSeconds: Int
        var mtimeNanoseconds: Int
        var inode: UInt64
    }

    struct Candidate {
        var name: String
        var signature: Signature
    }

    let settings: DirectorySettings
    let feedDecoder: FeedFileDecoder?
    let context: SourceContext
    let wakeup = Wakeup()
    private var watcher: InotifyWatcher?
    private var tracked: [String: (signature: Signature, since: Date)] = [:]
    private var arrivedByRename: Set<String> = []
    private var loggedIgnored: Set<String> = []
    private var lastHealth: SourceHealth?
    /// Files taken but not moved out (a move failed): the source stays failing while one is
    /// still in the inbox, rather than reporting ok on the scans where it is settling again.
    private var stuck: Set<String> = []
    private var directoriesReady = false

    var doneDirectory: String { settings.path + "/.done" }
    var failedDirectory: String { DirectorySourcePlugin.failedDirectory(of: settings.path) }

    init(settings: DirectorySettings, feedDecoder: FeedFileDecoder?, context: SourceContext) {
        self.settings = settings; self.feedDecoder = feedDecoder; self.context = context
    }

    func run() async throws {
        defer {
            watcher?.stop()
            lock.release()
        }
        while !Task.isCancelled {
            // A directory renamed away or removed and made again at the path (`mv inbox x; mkdir
            // inbox`) is another inode: the lock, the watcher and .done/.failed are set up anew for
            // it, or another daemon could lock the new one while this one reads it too.
            if directoriesReady && !lock.covers(settings.path) { directoriesReady = false }
            if !directoriesReady || !FileManager.default.fileExists(atPath: settings.path) {
                lock.release()
                directoriesReady = makeDirectories()
                if directoriesReady { startWatcher() }
            }
            var wait = settings.rescan
            if directoriesReady && takeLock() {
                try await scan()
                wait = nextWait()
            } else if directoriesReady {
                wait = min(wait, Self.lockRetry)
            }
            await sleep(wait)
        }
        throw CancellationError()
    }

    // MARK: the drop directory's lock

    /// How often a source whose directory another process holds tries again.
    static let lockRetry: Duration = .seconds(1)

    /// The advisory lock (flock) this source holds on its drop directory while it runs, so
    /// that two daemons (each with its own state_dir, so the state_dir lock cannot tell) never
    /// both take the same files. It is released when the source stops (a reload stops the old
    /// sources before starting the new ones) or the process ends, however it ends.
    enum DirectoryLock {
        case none
        case held(Int32)
        /// The file system does not do flock (some network or FUSE file systems): the source
        /// reads without it, as it would anyway, and says so each time it sets the directory up.
        case unsupported

        mutating func release() {
            if case .held(let fd) = self { close(fd) }
            self = .none
        }

        /// Whether the directory locked is still the one at `path` (same device and inode); true
        /// when no lock is held.
        func covers(_ path: String) -> Bool {
            guard case .held(let fd) = self else { return true }
            var locked = stat(), current = stat()
            guard fstat(fd, &locked) == 0, stat(path, &current) == 0 else { return false }
            return locked.st_dev == current.st_dev && locked.st_ino == current.st_ino
        }
    }
    private var lock = DirectoryLock.none

    /// Whether this source may take files: it holds the lock, or locking is not supported.
    /// While another process holds it, the source is failing with that reason, and retries.
    private func takeLock() -> Bool {
        switch lock {
        case .held, .unsupported: return true
        case .none: break
        }
        let fd = open(settings.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            report(.failing("cannot open the drop directory \(settings.path) to lock it: \(String(cString: strerror(errno)))"))
            return false
        }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            lock = .held(fd)
            return true
        }
        let code = errno
        close(fd)
        if code == EWOULDBLOCK {
            report(.failing("another process holds the lock on the drop directory \(settings.path) (another earshot run, with another state_dir?); two readers would take the same files, so this source waits until it is free"))
            return false
        }
        // Only a file system that does not do flock at all is read unlocked; anything else
        // (ENOLCK: the kernel's lock table is full; EINTR) may pass, so the source waits and retries.
        guard code == EINVAL || code == EOPNOTSUPP || code == ENOSYS else {
            report(.failing("cannot lock the drop directory \(settings.path): \(String(cString: strerror(code))); retrying"))
            return false
        }
        context.logger.warning("this file system cannot lock the drop directory; reading it unlocked (make sure no other earshot reads it)", metadata: [
            "path": "\(settings.path)", "error": "\(String(cString: strerror(code)))"])
        lock = .unsupported
        return true
    }

    // MARK: setup

    private func makeDirectories() -> Bool {
        do {
            for dir in [settings.path, doneDirectory, failedDirectory] {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
            return true
        } catch {
            report(.failing("cannot create the drop directory \(settings.path) (with .done and .failed): \(describe(error))"))
            return false
        }
    }

    private func startWatcher() {
        watcher?.stop()
        var problem: String?
        watcher = InotifyWatcher(path: settings.path, wakeup: wakeup, error: &problem)
        if let problem {
            context.logger.warning("inotify unavailable; new files are found by the periodic rescan only", metadata: [
                "error": "\(problem)", "rescan": "\(DurationText.format(settings.rescan))"])
        }
    }

    private func sleep(_ duration: Duration) async {
        let clock = context.clock
        let wakeup = self.wakeup
        let timer = Task {
            do {
                try await clock.sleep(for: duration)
                wakeup.signal()
            } catch {}
        }
        await wakeup.wait()
        timer.cancel()
    }

    /// Until the next not-yet-settled file may be ready, or the rescan interval.
    private func nextWait() -> Duration {
        let now = context.clock.now()
        var wait = settings.rescan.seconds
        // A file whose items the engine just refused (a full disk) is settled already: counting it
        // here would take it again at once, every 10 ms, with an error line each time. It waits
        // for the next rescan, or for inotify to report another file.
        for (name, t) in tracked where !stuck.contains(name) {
            let left = settings.settle.seconds - now.timeIntervalSince(t.since)
            wait = min(wait, max(left, 0.01))
        }
        return .milliseconds(Int64((wait * 1000).rounded(.up)))
    }

    private func report(_ health: SourceHealth) {
        guard health != lastHealth else { return }
        lastHealth = health
        context.report(health)
    }

    // MARK: scanning

    /// Lists the directory and processes every ready file, oldest first.
    func scan() async throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: settings.path)
        } catch {
            report(.failing("cannot list the drop directory \(settings.path): \(describe(error))"))
            directoriesReady = false
            return
        }
        let now = context.clock.now()
        arrivedByRename.formUnion(wakeup.takeMovedIn())
        var present: Set<String> = []
        var ready: [(Candidate, Int, Int)] = []
        for name in names {
            if name.hasPrefix(".") {
                if name != ".done" && name != ".failed" {
                    logIgnored(name, level: .debug, "hidden file ignored (dot-files are files still being written)")
                }
                continue
            }
            var st = stat()
            guard lstat(settings.path + "/" + name, &st) == 0 else {
                // The listing gives names as Strings: bytes that are not UTF-8 become U+FFFD, and
                // that name opens nothing. (Otherwise the file went between listing and lstat.)
                if name.unicodeScalars.contains("\u{FFFD}") {
                    logIgnored(name, level: .warning, "file ignored: its name is not valid UTF-8, so it cannot be opened; rename it (e.g. with convmv)")
                }
                continue
            }
            let type = st.st_mode & S_IFMT
            if type == S_IFLNK {
                logIgnored(name, level: .info, "symbolic link ignored (links are not followed; move or copy the file itself)")
                continue
            }
            guard type == S_IFREG else { continue }
            guard let format = DropFormats.format(ofFileName: name), settings.formats.contains(format) else {
                logIgnored(name, level: .info, "file ignored: its extension is not one of the accepted formats (\(settings.formats.sorted().joined(separator: ", ")))")
                continue
            }
            present.insert(name)
            let sig = Self.signature(st)
            if tracked[name]?.signature != sig { tracked[name] = (sig, now) }
            let settled = now.timeIntervalSince(tracked[name]!.since) >= settings.settle.seconds
            if settled || arrivedByRename.contains(name) {
                ready.append((Candidate(name: name, signature: sig), sig.mtimeSeconds, sig.mtimeNanoseconds))
            }
        }
        tracked = tracked.filter { present.contains($0.key) }
        arrivedByRename.formIntersection(present)
        loggedIgnored.formIntersection(Set(names))

        ready.sort { ($0.1, $0.2, $0.0.name) < ($1.1, $1.2, $1.0.name) }
        var healthy = true
        for (candidate, _, _) in ready {
            try Task.checkCancellation()
            if try await process(candidate) == false { healthy = false }
        }
        stuck.formIntersection(present)
        if healthy && stuck.isEmpty { report(.ok) }
    }

    private func logIgnored(_ name: String, level: Logger.Level, _ message: String) {
        guard loggedIgnored.insert(name).inserted else { return }
        context.logger.log(level: level, "\(message)", metadata: ["file": "\(name)"])
    }

    static func signature(_ st: stat) -> Signature {
        Signature(size: Int(st.st_size), mtimeSeconds: Int(st.st_mtim.tv_sec), mtimeNanoseconds: Int(st.st_mtim.tv_nsec),
                  inode: UInt64(st.st_ino))
    }

    // MARK: one file

    /// Reads, parses, emits and moves one file. Returns false when something outside the file
    /// went wrong (emit failed, a move failed), which the source reports as failing.
    func process(_ candidate: Candidate) async throws -> Bool {
        let name = candidate.name
        let full = settings.path + "/" + name
        if let format = DropFormats.format(ofFileName: name), format == "jsonl" || format == "ndjson" {
            return try await processJSONLines(candidate)
        }
        let bytes: [UInt8]
        switch readFile(full, expected: candidate.signature) {
        case .data(let d): bytes = d
        case let other: return settleOrFail(candidate, other)
        }

        let prepared: PreparedDrop
        do {
            prepared = try DropFormats.prepare(bytes, fileName: name, source: context.name, feedDecoder: feedDecoder)
        } catch {
            return fail(name, error)
        }

        var cursor = prepared.makeCursor()
        var batches = 0
        do {
            while let batch = prepared.nextBatch(&cursor, size: settings.batchSize) {
                // A stop ends the file after the batch in flight; the file stays in the inbox and
                // is taken again at the next start (what was recorded does not escalate twice).
                try Task.checkCancellation()
                try await context.emit(SourceBatch(items: batch, origin: name))
                batches += 1
            }
        } catch {
            return try emitFailed(name, error, batches: batches)
        }
        return finish(name, items: prepared.count)
    }

    /// A JSON Lines file is streamed in chunks of whole lines: validated in one pass, then decoded
    /// again and emitted batch by batch, so memory does not grow with the file.
    private func processJSONLines(_ candidate: Candidate) async throws -> Bool {
        let name = candidate.name
        let fd: Int32, size: Int
        switch openFile(settings.path + "/" + name, expected: candidate.signature) {
        case .opened(let f, let s): (fd, size) = (f, s)
        case .failed(let r): return settleOrFail(candidate, r)
        }
        defer { close(fd) }
        let count: Int
        do {
            var reader = JSONLinesFile(fd: fd, size: size)
            count = try reader.validate(file: name, source: context.name)
        } catch let e as DropFileError {
            return fail(name, e)
        } catch let e as JSONLinesFile.Failure {
            return settleOrFail(candidate, e.readResult)
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            return settleOrFail(candidate, .unreadable(String(cString: strerror(errno))))
        }
        var reader = JSONLinesFile(fd: fd, size: size)
        var batches = 0
        do {
            while true {
                let batch: [Item]?
                do throws(JSONLinesFile.Failure) {
                    batch = try reader.nextBatch(size: settings.batchSize, source: context.name)
                } catch {
                    // Changed between the passes: what was emitted is recorded as seen; the rest
                    // is taken when the file has settled again.
                    return settleOrFail(candidate, error.readResult)
                }
                guard let batch else { break }
                try Task.checkCancellation()   // as above: stop after the batch in flight
                try await context.emit(SourceBatch(items: batch, origin: name))
                batches += 1
            }
        } catch {
            return try emitFailed(name, error, batches: batches)
        }
        return finish(name, items: count)
    }

    /// What to do with a file that could not be read: forget it (gone), let it settle again
    /// (changed), or fail it with the reason (too large, unreadable).
    private func settleOrFail(_ candidate: Candidate, _ result: ReadResult) -> Bool {
        let name = candidate.name
        switch result {
        case .gone:
            tracked[name] = nil
            return true
        case .changed, .data:
            tracked[name] = (candidate.signature, context.clock.now())   // settles again from now
            arrivedByRename.remove(name)
            return true
        case .tooLarge(let size):
            return fail(name, DropFileError(file: name, message: "the file is \(DurationText.bytes(size)), larger than max_file_size \(DurationText.bytes(settings.maxFileSize)); split it or raise max_file_size"))
        case .unreadable(let why):
            return fail(name, DropFileError(file: name, message: "cannot read the file: \(why)"))
        }
    }

    private func emitFailed(_ name: String, _ error: any Error, batches: Int) throws -> Bool {
        if error is CancellationError || Task.isCancelled { throw CancellationError() }
        context.logger.error("could not hand the file's items to the engine; the file stays in the inbox and is taken again later", metadata: [
            "file": "\(name)", "error": "\(error)", "batches_done": .stringConvertible(batches)])
        report(.failing("\(name): emitting items failed: \(error)"))
        stuck.insert(name)
        return false
    }

    /// Moves a file whose items were all emitted to `.done/`.
    private func finish(_ name: String, items: Int) -> Bool {
        let full = settings.path + "/" + name
        tracked[name] = nil
        arrivedByRename.remove(name)
        switch move(full, into: doneDirectory, name: name, reserving: nil) {
        case .success(let target):
            stuck.remove(name)
            context.logger.info("file taken", metadata: [
                "file": "\(name)", "items": .stringConvertible(items), "moved_to": ".done/\(target)"])
            return true
        case .failure(let why):
            context.logger.error("file taken but could not be moved to .done; it will be read again (its items are not escalated twice)", metadata: [
                "file": "\(name)", "error": "\(why)"])
            stuck.insert(name)
            report(.failing("cannot move \(name) to \(doneDirectory): \(why)"))
            return false
        }
    }

    /// Moves a broken file to `.failed/` and writes `NAME.error` beside it.
    private func fail(_ name: String, _ error: DropFileError) -> Bool {
        tracked[name] = nil
        arrivedByRename.remove(name)
        let full = settings.path + "/" + name
        switch move(full, into: failedDirectory, name: name, reserving: ".error") {
        case .success(let target):
            stuck.remove(name)
            let text = """
            \(error.description)

            Nothing from this file was taken. Fix it and move it into \(settings.path) again.
            source: \(context.name)
            file: \(name) (kept as .failed/\(target))
            failed at: \(EarshotJSON.formatDate(context.clock.now()))

            """
            let errorPath = failedDirectory + "/" + target + ".error"
            if !FileManager.default.createFile(atPath: errorPath, contents: Data(text.utf8)) {
                context.logger.error("could not write the error file", metadata: ["file": "\(errorPath)"])
            }
            context.logger.warning("file failed; moved to .failed", metadata: [
                "file": "\(name)", "moved_to": ".failed/\(target)", "error": "\(error.description)"])
            return true
        case .failure(let why):
            context.logger.error("file failed and could not be moved to .failed", metadata: [
                "file": "\(name)", "error": "\(error.description)", "move_error": "\(why)"])
            stuck.insert(name)
            report(.failing("cannot move \(name) to \(failedDirectory): \(why)"))
            return false
        }
    }

    // MARK: file system

    enum ReadResult {
        case data([UInt8])
        case gone
        case changed
        case tooLarge(Int)
        case unreadable(String)
    }

    /// Reads a regular file without following a symlink, at most `max_file_size` bytes.
    func readFile(_ path: String, expected: Signature) -> ReadResult {
        switch openFile(path, expected: expected) {
        case .failed(let r): return r
        case .opened(let fd, let size):
            defer { close(fd) }
            return readAll(fd, size: size)
        }
    }

    enum OpenResult {
        case opened(Int32, size: Int)
        /// Never `.data`.
        case failed(ReadResult)
    }

    /// Opens a regular file without following a symlink and checks that it is still the file that
    /// settled and within `max_file_size`. The caller closes the descriptor.
    func openFile(_ path: String, expected: Signature) -> OpenResult {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            if e == ENOENT || e == ELOOP { return .failed(.gone) }
            return .failed(.unreadable(String(cString: strerror(e))))
        }
        var st = stat()
        var failure: ReadResult?
        if fstat(fd, &st) != 0 {
            failure = .unreadable(String(cString: strerror(errno)))
        } else if st.st_mode & S_IFMT != S_IFREG {
            failure = .gone
        } else if Self.signature(st) != expected {
            failure = .changed
        } else if Int(st.st_size) > settings.maxFileSize {
            failure = .tooLarge(Int(st.st_size))
        }
        if let failure {
            close(fd)
            return .failed(failure)
        }
        return .opened(fd, size: Int(st.st_size))
    }

    private func readAll(_ fd: Int32, size: Int) -> ReadResult {
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var total = 0
        while total < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
        }
        if total != size { return .changed }   // grew or shrank while being read
        bytes.removeLast(bytes.count - total)
        return .data(bytes)
    }

    enum MoveResult {
        case success(String)
        case failure(String)
    }

    /// Moves `source` into `directory` under `name`, or `stem-N.ext` when taken (also keeping
    /// `NAME + reserving` free). Never overwrites: a hard link claims the target atomically.
    func move(_ source: String, into directory: String, name: String, reserving suffix: String?) -> MoveResult {
        let (stem, ext) = Self.split(name)
        for n in 0..<10_000 {
            let target = n == 0 ? name : "\(stem)-\(n)\(ext)"
            let dest = directory + "/" + target
            var st = stat()
            if let suffix, lstat(dest + suffix, &st) == 0 { continue }
            var linked = link(source, dest) == 0
            var e = errno
            var dirStat = stat()
            if !linked, e == ENOENT, lstat(directory, &dirStat) != 0, mkdir(directory, 0o777) == 0 {
                // `.done` or `.failed` removed while running (an over-eager cleanup): made again, as
                // at start.
                context.logger.warning("made the missing directory again", metadata: ["directory": "\(directory)"])
                linked = link(source, dest) == 0
                e = errno
            }
            if linked {
                unlink(source)
                return .success(target)
            }
            if e == EEXIST { continue }
            if e == ENOENT { return .failure("\(source) or \(directory) no longer exists") }
            // No hard links here (some file systems): check, then rename.
            if lstat(dest, &st) == 0 { continue }
            if rename(source, dest) == 0 { return .success(target) }
            return .failure(String(cString: strerror(errno)))
        }
        return .failure("no free name for \(name) in \(directory)")
    }

    /// `inbox.csv` → (`inbox`, `.csv`); `a.b.jsonl` → (`a.b`, `.jsonl`).
    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }

    private func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let u = ns.userInfo[NSUnderlyingErrorKey] as? NSError, u.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(u.code)))
        }
        return ns.localizedDescription
    }
}

/// Human-readable durations and sizes for log lines and error files.
enum DurationText {
    static func format(_ d: Duration) -> String {
        let s = d.seconds
        return s < 1 ? "\(Int((s * 1000).rounded()))ms" : (s == s.rounded() ? "\(Int(s))s" : "\(s)s")
    }

    static func bytes(_ n: Int) -> String {
        if n < 1024 { return "\(n) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var v = Double(n) / 1024
        var i = 0
        while v >= 1024, i < units.count - 1 { v /= 1024; i += 1 }
        return "\(n) bytes (\(String(format: "%.1f", v)) \(units[i]))"
    }
}
