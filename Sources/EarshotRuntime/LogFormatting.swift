import EarshotCore
import Foundation
import Logging

/// Writes log records as one line each, `logfmt` (`time=… level=… msg="…" key=value`) or JSON,
/// to stderr by default. Lines are written with one `write(2)` so they never interleave.
public struct LineLogHandler: LogHandler {
    public enum Format: Sendable { case logfmt, json }

    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public let label: String
    private let format: Format
    private let fd: Int32

    public init(label: String, level: Logger.Level, format: Format, fileDescriptor: Int32 = 2) {
        self.label = label; self.logLevel = level; self.format = format; self.fd = fileDescriptor
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let m = event.metadata { all.merge(m) { _, new in new } }
        let time = Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        var line: String
        switch format {
        case .logfmt:
            line = "time=\(time) level=\(event.level.rawValue) msg=\(LogfmtWriter.quote(event.message.description))"
            for (k, v) in all.sorted(by: { $0.key < $1.key }) { line += " \(k)=\(LogfmtWriter.quote(v.description))" }
        case .json:
            var obj: [String: Any] = ["time": time, "level": event.level.rawValue, "msg": event.message.description]
            for (k, v) in all { obj[k] = Self.jsonValue(v) }
            let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            line = String(decoding: LogfmtWriter.terminalSafeJSON([UInt8](data)), as: UTF8.self)
        }
        line += "\n"
        LogfmtWriter.writeAll(fd, Array(line.utf8))
    }

    /// A metadata value as JSON: counts and other numbers logged as `.stringConvertible(n)` become
    /// JSON numbers (and Bools true/false), so `jq 'select(.pending > 100)'` works; `.string`
    /// values stay strings even when they look like numbers (an item id "123" is no count);
    /// lists and dictionaries become JSON arrays and objects.
    static func jsonValue(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): return s
        case .stringConvertible(let c):
            switch c {
            case let b as Bool: return b
            case let i as Int: return i
            case let i as Int64: return i
            case let i as Int32: return i
            case let u as UInt: return u
            case let u as UInt64: return u
            case let d as Double where d.isFinite: return d
            default: return c.description
            }
        case .array(let a): return a.map(jsonValue)
        case .dictionary(let d): return d.mapValues(jsonValue)
        }
    }
}

