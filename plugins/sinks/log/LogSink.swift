import EarshotConfig
import EarshotCore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes one line per escalation to a file or stdout, flushed at once so `tail -f` shows it.
/// The file is opened on first delivery in append mode; a reload (SIGHUP) builds a new sink, which
/// opens the path again, so a file moved away by logrotate is followed by a fresh one.
public final class LogSink: Sink, FileSystemFootprint {
    public enum Format: String, Sendable, CaseIterable { case logfmt, json }

    public let path: String
    public let format: Format
    public let maxText: Int
    private let fd = Mutex<Int32>(-1)
    /// The descriptor `-` writes to: 1, or a pipe in tests. It is never closed, not even after a
    /// failed write (a reader that went away): closed, its number would go to the next file the
    /// daemon opens, and this sink's lines into that file.
    let standardOutput: Int32

    public convenience init(path: String, format: Format, maxText: Int = 280) {
        self.init(path: path, format: format, maxText: maxText, standardOutput: STDOUT_FILENO)
    }

    init(path: String, format: Format, maxText: Int, standardOutput: Int32) {
        self.path = path; self.format = format; self.maxText = maxText; self.standardOutput = standardOutput
    }

    public var writesFile: String? {
        guard path != "-" else { return nil }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    public func deliver(_ escalation: Escalation, context: SinkContext) async throws {
        let line = try render(escalation, deliveryID: context.deliveryID)
        try fd.withLock { fd in
            if fd < 0 { fd = try open() }
            // Where the line starts (-1 for a pipe or terminal): a write that fails part way (a full
            // disk) is cut back to it, so the retry does not follow half a line.
            let start = fd == standardOutput ? -1 : lseek(fd, 0, SEEK_END)
            guard LogfmtWriter.writeAll(fd, Array(line.utf8)) else {
                let err = String(cString: strerror(errno))
                if start >= 0 { _ = ftruncate(fd, start) }
                if fd != standardOutput { _ = Glibc.close(fd) }
                fd = -1
                throw DeliveryError("cannot write to \(path): \(err)", retryable: true)
            }
        }
    }

    public func close() async {
        fd.withLock { fd in
            if fd >= 0 && fd != standardOutput { _ = Glibc.close(fd) }
            fd = -1
        }
    }

    private func open() throws -> Int32 {
        if path == "-" { return standardOutput }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw DeliveryError("cannot open \(path): \(String(cString: strerror(errno)))", retryable: true)
        }
        return fd
    }

    /// The line written for `e` (ending in a newline).
    public func render(_ e: Escalation, deliveryID: String) throws -> String {
        switch format {
        case .json:
            let data = try EscalationJSON.encode(e) ?? EarshotJSON.encoder().encode(e)
            return String(decoding: LogfmtWriter.terminalSafeJSON([UInt8](data)), as: UTF8.self) + "\n"
        case .logfmt:
            var f: [(String, String)] = [
                ("time", EarshotJSON.formatDate(e.created)), ("escalation", e.id), ("delivery", deliveryID),
                ("kind", e.kind.rawValue), ("route", e.route), ("severity", e.severity.rawValue),
            ]
            if let t = e.team { f.append(("team", t)) }
            if let first = e.items.first {
                let item = first.item, a = first.analysis
                f.append(("source", item.source))
                f.append(("item", item.id))
                if e.items.count > 1 { f.append(("items", "\(e.items.count)")) }
                if let h = item.author?.handle ?? item.author?.name { f.append(("author", h)) }
                if let s = a.sentiment { f.append(("sentiment", DecimalText.fixed(s.compound, decimals: 3))) }
                if !a.labelEntries.isEmpty { f.append(("labels", a.labels.joined(separator: ","))) }
                if let u = item.url { f.append(("url", u)) }
                f.append(("reasons", e.reasons.joined(separator: "; ")))
                var text = (item.title.map { $0 + ": " } ?? "") + item.text
                // Characters are never more than UTF-8 bytes: most texts skip counting graphemes.
                if text.utf8.count > maxText, text.count > maxText { text = String(text.prefix(maxText)) + "…" }
                f.append(("text", text))
            } else {
                f.append(("reasons", e.reasons.joined(separator: "; ")))
            }
            return f.map { "\($0.0)=\(LogfmtWriter.quote($0.1))" }.joined(separator: " ") + "\n"
        }
    }
}

public enum LogSinkPlugin {
    /// `type: log` — keys: `path` (file, or `-` for stdout; default `-`), `format` (logfmt | json),
    /// `max_text` (characters of text per line in logfmt, default 280).
    public static let factory = SinkFactory { setup in
        let s = setup.section
        let path = s.nonEmptyString("path") ?? "-"
        let format = s.choice("format", LogSink.Format.self) ?? .logfmt
        let maxText = s.int("max_text", in: 0...1_000_000) ?? 280
        if path != "-" {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                if isDir.boolValue { s.error("path", "log sink path \(path) is a directory; name a file"); return nil }
                if !FileManager.default.isWritableFile(atPath: path) { s.error("path", "log sink path \(path) is not writable"); return nil }
            } else {
                var dir = (path as NSString).deletingLastPathComponent
                if dir.isEmpty { dir = "." }
                while !FileManager.default.fileExists(atPath: dir) && dir != "/" && dir != "." {
                    dir = (dir as NSString).deletingLastPathComponent
                    if dir.isEmpty { dir = "." }
                }
                var dirIsDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: dir, isDirectory: &dirIsDir), !dirIsDir.boolValue {
                    s.error("path", "log sink path \(path) cannot be created: \(dir) is not a directory"); return nil
                }
                if !FileManager.default.isWritableFile(atPath: dir) {
                    s.error("path", "log sink path \(path) cannot be created: \(dir) is not writable"); return nil
                }
            }
        }
        return LogSink(path: path, format: format, maxText: maxText)
    }
}
