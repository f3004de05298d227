import EarshotCore
import Foundation

/// Reads one mapping of the config (a plugin's section, a route) into typed values, reporting
/// every problem with its position. Each key a reader asks for counts as known; `finish()`
/// reports the keys nobody asked for as unknown, with a "did you mean" hint.
///
/// Not thread-safe: build config on one task, then hand the typed result around.
public final class ConfigSection {
    public let node: ConfigNode
    public let diagnostics: Diagnostics
    /// Variables and files the reader may consult (`*_file` secrets read files relative to the cwd).
    public let environment: [String: String]
    private var known: Set<String> = []
    private let entries: [ConfigNode.Entry]

    public init(_ node: ConfigNode, diagnostics: Diagnostics, environment: [String: String] = [:]) {
        self.node = node
        self.diagnostics = diagnostics
        self.environment = environment
        if let e = node.entries {
            entries = e
        } else {
            entries = []
            if case .null = node.value {} else {
                diagnostics.error(node.location, "\(node.path.isEmpty ? "the config" : node.path) must be a mapping of keys, not \(node.kindName)")
            }
        }
    }

    public var location: ConfigLocation { node.location }
    public var path: String { node.path }

    /// Marks keys as known without reading them (e.g. `type`, read by the registry).
    public func declare(_ keys: String...) { known.formUnion(keys) }

    public func has(_ key: String) -> Bool { known.insert(key); return raw(key) != nil }

    /// The node at `key`, or nil when absent or null.
    public func raw(_ key: String) -> ConfigNode? {
        known.insert(key)
        guard let n = entries.first(where: { $0.key == key })?.value else { return nil }
        if case .null = n.value { return nil }
        return n
    }

    /// Where `key`'s value stands, or the section itself when the key is absent.
    public func location(of key: String) -> ConfigLocation {
        entries.first(where: { $0.key == key })?.value.location ?? node.location
    }

    /// Reports a problem at `key` (or at the section when nil).
    public func error(_ key: String?, _ message: String) {
        diagnostics.error(key.map(location(of:)) ?? node.location, message)
    }

    /// Reports, at `key` (or at the section when nil), something valid that is almost certainly a
    /// mistake; the config still loads (`Diagnostics.warning`).
    public func warning(_ key: String?, _ message: String) {
        diagnostics.warning(key.map(location(of:)) ?? node.location, message)
    }

    private func label(_ key: String) -> String { node.path.isEmpty ? key : "\(node.path).\(key)" }

    // MARK: typed readers

    public func string(_ key: String, required: Bool = false) -> String? {
        guard let n = raw(key) else {
            if required { error(nil, "\(label(key)) is required") }
            return nil
        }
        guard let s = n.scalar else {
            diagnostics.error(n.location, "\(label(key)) must be a single value, not \(n.kindName)")
            return nil
        }
        return s
    }

    /// A non-empty string.
    public func nonEmptyString(_ key: String, required: Bool = false) -> String? {
        guard let s = string(key, required: required) else { return nil }
        if s.trimmingCharacters(in: .whitespaces).isEmpty { error(key, "\(label(key)) must not be empty"); return nil }
        return s
    }

    /// A list of strings; a single value counts as a list of one. With `splicing`, an item that is
    /// itself a list of values is spliced in, so a list anchored once (`none: &vetoes [a, b]`) can
    /// be reused with more values (`none: [*vetoes, c]`); one level only.
    public func strings(_ key: String, required: Bool = false, splicing: Bool = false) -> [String]? {
        guard let n = raw(key) else {
            if required { error(nil, "\(label(key)) is required") }
            return nil
        }
        if let s = n.scalar { return [s] }
        guard let items = n.items else {
            diagnostics.error(n.location, "\(label(key)) must be a list of values, not \(n.kindName)")
            return nil
        }
        var out: [String] = []
        for item in items {
            if let s = item.scalar {
                out.append(s)
            } else if splicing, let inner = item.items {
                for value in inner {
                    guard let s = value.scalar else {
                        diagnostics.error(value.location, "\(value.path) must be a single value, not \(value.kindName) (a list inside \(label(key)) is spliced in one level deep only)")
                        continue
                    }
                    out.append(s)
                }
            } else {
                let hint = splicing ? ", or a list of values to splice in (such as an alias *name)" : ""
                diagnostics.error(item.location, "\(item.path) must be a single value\(hint), not \(item.kindName)")
            }
        }
        return out
    }

    public func bool(_ key: String) -> Bool? {
        guard let n = raw(key) else { return nil }
        switch n.value {
        case .scalar(let s, quoted: false):
            switch s.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        default: break
        }
        diagnostics.error(n.location, "\(label(key)) must be true or false, not \"\(n.scalar ?? n.kindName)\"")
        return nil
    }

    public func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let s = string(key) else { return nil }
        guard let v = Int(s.replacingOccurrences(of: "_", with: "")) else {
            error(key, "\(label(key)) must be a whole number, not \"\(s)\""); return nil
        }
        if let range, !range.contains(v) { error(key, "\(label(key)) must be between \(range.lowerBound) and \(range.upperBound), not \(v)"); return nil }
        return v
    }

    public func double(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let s = string(key) else { return nil }
        guard let v = Double(s), v.isFinite else { error(key, "\(label(key)) must be a number, not \"\(s)\""); return nil }
        if let range, !range.contains(v) { error(key, "\(label(key)) must be between \(range.lowerBound) and \(range.upperBound), not \(s)"); return nil }
        return v
    }

    /// A byte size: `1048576`, `512KB`, `10MB`, `1GB` (powers of 1024).
    public func byteSize(_ key: String) -> Int? {
        guard let s = string(key) else { return nil }
        let t = s.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GIB", 1 << 30), ("MIB", 1 << 20), ("KIB", 1 << 10), ("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (u, f) in units where t.hasSuffix(u) {
            if let n = Double(t.dropLast(u.count).trimmingCharacters(in: .whitespaces)), n >= 0 { return Int(n * Double(f)) }
        }
        if let n = Int(t), n >= 0 { return n }
        error(key, "\(label(key)) must be a size like 1048576, 512KB or 10MB, not \"\(s)\"")
        return nil
    }

    /// A duration: `500ms`, `30s`, `5m`, `2h`, `7d`.
    public func duration(_ key: String, minimum: Duration? = nil) -> Duration? {
        guard let s = string(key) else { return nil }
        guard let d = DurationSyntax.parse(s) else {
            error(key, "\(label(key)): \"\(s)\" is not a duration (use e.g. 500ms, 30s, 5m, 2h, 7d)")
            return nil
        }
        if let minimum, d < minimum {
            error(key, "\(label(key)) must be at least \(DurationSyntax.format(minimum)), not \(s)")
            return nil
        }
        return d
    }

    /// One of the raw values of `T`, with a hint when misspelt.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let s = string(key) else { return nil }
        if let v = T(rawValue: s) { return v }
        let all = T.allCases.map(\.rawValue)
        error(key, "\(label(key)): unknown value \"\(s)\"\(Suggest.hint(for: s, in: all)); expected one of \(all.joined(separator: ", "))")
        return nil
    }

    /// A regular expression, compiled (case-insensitive).
    public func regex(_ key: String) -> SharedRegex? {
        guard let s = string(key) else { return nil }
        do {
            let re = try SharedRegex(s)
            if let group = SharedRegex.nestedRepetition(in: s) {
                warning(key, "\(label(key)): the pattern repeats a group that repeats inside (\(group)): on a text it almost matches, the time can double with each character; a match gives up after \(Int(SharedRegex.timeBudget * 1000)) ms and counts as no match. Repeat one of the two only, or make the inner one possessive (++, *+)")
            }
            return re
        } catch {
            // NSRegularExpression's errors say nothing useful on Linux; Swift's parser says what is wrong.
            var why = "not a valid pattern"
            do { _ = try Regex(s) } catch let parse { why = "\(parse)" }
            self.error(key, "\(label(key)): invalid regular expression \"\(s)\": \(why)")
            return nil
        }
    }

    /// A secret: the value of `key`, or the trimmed contents of the file named by `key_file`.
    public func secret(_ key: String) -> String? {
        let fileKey = key + "_file"
        let direct = string(key)
        let file = string(fileKey)
        if direct != nil && file != nil {
            error(fileKey, "set either \(label(key)) or \(label(fileKey)), not both")
            return direct
        }
        guard let file else { return direct }
        do {
            return try FileRead.utf8Text(path: file).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            self.error(fileKey, "\(label(fileKey)): \(error.readingProblem)")
            return nil
        }
    }

    /// A nested mapping.
    public func section(_ key: String) -> ConfigSection? {
        guard let n = raw(key) else { return nil }
        guard n.entries != nil else {
            diagnostics.error(n.location, "\(label(key)) must be a mapping of keys, not \(n.kindName)")
            return nil
        }
        return ConfigSection(n, diagnostics: diagnostics, environment: environment)
    }

    /// A list of mappings.
    public func sections(_ key: String) -> [ConfigSection]? {
        guard let n = raw(key) else { return nil }
        guard let items = n.items else {
            diagnostics.error(n.location, "\(label(key)) must be a list, not \(n.kindName)")
            return nil
        }
        return items.map { ConfigSection($0, diagnostics: diagnostics, environment: environment) }
    }

    /// Reports every key nobody asked for, with a hint when one is close to a known key.
    public func finish() {
        for e in entries where !known.contains(e.key) {
            let what = node.path.isEmpty ? "" : " in \(node.path)"
            diagnostics.error(e.keyLocation, "unknown key \"\(e.key)\"\(what)\(Suggest.hint(for: e.key, in: known))")
        }
    }
}
