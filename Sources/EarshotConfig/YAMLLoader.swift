import Foundation
import Yams

/// Reads YAML into a `ConfigNode` tree with positions, expanding `${VAR}` from the environment.
public enum YAMLLoader {
    /// Parses `text` (read from `file`). YAML syntax errors, duplicate keys and unset variables
    /// are reported to `diagnostics`; the result is nil when nothing could be parsed or when
    /// aliases expand past `valueLimit(for:)` (one message then, instead of one per value cut).
    public static func parse(_ text: String, file: String, environment: [String: String],
                             diagnostics: Diagnostics) -> ConfigNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            report(e, file: file, text: text, diagnostics: diagnostics)
            return nil
        } catch {
            diagnostics.error(ConfigLocation(file: file, line: 1, column: 1), "cannot parse YAML: \(error)")
            return nil
        }
        guard let root else {
            return ConfigNode(value: .mapping([]), location: ConfigLocation(file: file, line: 1, column: 1), path: "")
        }
        var conv = Converter(file: file, environment: environment, diagnostics: diagnostics,
                             limit: valueLimit(for: text))
        let tree = conv.convert(root, path: "")
        return conv.values > conv.limit ? nil : tree
    }

    /// The most values `text` may expand to: `maxValues` beyond what it could hold written out.
    /// Every value written takes at least one byte of the text (`[a,b]`: a character and a
    /// comma each), so a file without aliases never reaches it, however long; only what
    /// aliases add counts against `maxValues`.
    static func valueLimit(for text: String) -> Int { maxValues + text.utf8.count }

    /// Most values (scalars, lists, mappings) that alias expansion may add to one file, beyond
    /// what it holds written out (see `valueLimit(for:)`). Yams shares an aliased value, but the
    /// converted tree holds a copy per use, so aliases nested inside each other multiply: nine
    /// levels of nine (a YAML "billion laughs", 25 lines) took over 4 GB and a minute before
    /// this limit. The default rule pack holds 2,534 values in all (a test keeps it under a
    /// fiftieth of this).
    public static let maxValues = 250_000

    /// The character at a 1-based line and column of `text` (columns count characters), or nil.
    static func character(atLine line: Int, column: Int, in text: String) -> Character? {
        guard line >= 1, column >= 1 else { return nil }
        var n = 1
        // `\r\n` is one Character: split on any line break, not on "\n" alone.
        for l in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if n == line {
                let chars = Array(l)
                return column <= chars.count ? chars[column - 1] : nil
            }
            n += 1
        }
        return nil
    }

    static func report(_ e: YamlError, file: String, text: String, diagnostics: Diagnostics) {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var msg = "YAML syntax error: \(problem)"
            if let context { msg += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            if character(atLine: mark.line, column: mark.column, in: text) == "\t" {
                msg += "; it is a tab: YAML indents with spaces only"
            }
            diagnostics.error(ConfigLocation(file: file, line: mark.line, column: mark.column), msg)
        case let .reader(problem, offset, _, yaml):
            var line = 1, col = 1
            if let offset {
                for ch in yaml.unicodeScalars.prefix(offset) { if ch == "\n" { line += 1; col = 1 } else { col += 1 } }
            }
            diagnostics.error(ConfigLocation(file: file, line: line, column: col), "cannot read YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first occurrence of the (alphabetically first) duplicated key;
            // point at the second, which is the one to delete. Only that key is located.
            let names = duplicates
            let (first, again) = secondOccurrence(of: names.first ?? "", in: text, from: context.mark.line)
            let at = again ?? (context.mark.line, context.mark.column)
            let firstAt = first.map { " (first at line \($0.line))" } ?? ""
            diagnostics.error(ConfigLocation(file: file, line: at.line, column: at.column),
                              "duplicate key \(names.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping\(firstAt)")
        default:
            diagnostics.error(ConfigLocation(file: file, line: 1, column: 1), "cannot parse YAML: \(e)")
        }
    }

    /// Where `key` is written as a block-mapping key (`key:` or `- key:` at the start of a line) for
    /// the first and second time from line `start` on, at the same indentation: a best effort for
    /// messages, nil where not found (flow mappings, quoted keys).
    static func secondOccurrence(of key: String, in text: String, from start: Int) -> (first: (line: Int, column: Int)?, second: (line: Int, column: Int)?) {
        guard !key.isEmpty else { return (nil, nil) }
        var found: [(line: Int, column: Int)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= start {
            var line = Substring(raw)
            var column = 1
            while line.first == " " || line.first == "-" { line = line.dropFirst(); column += 1 }
            guard line.hasPrefix(key), line.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if let first = found.first, first.column != column { continue }
            found.append((i + 1, column))
            if found.count == 2 { break }
        }
        return (found.first, found.count == 2 ? found[1] : nil)
    }

    struct Converter {
        let file: String
        let environment: [String: String]
        let diagnostics: Diagnostics
        var depth = 0
        /// Most values to convert (`YAMLLoader.valueLimit(for:)`).
        let limit: Int
        /// Values converted so far, against `limit`; over it, every value is null.
        var values = 0

        func location(_ mark: Mark?) -> ConfigLocation {
            ConfigLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        mutating func convert(_ node: Node, path: String) -> ConfigNode {
            let loc = location(node.mark)
            depth += 1
            defer { depth -= 1 }
            guard depth < 64 else {
                diagnostics.error(loc, "YAML is nested too deeply")
                return ConfigNode(value: .null, location: loc, path: path)
            }
            values += 1
            guard values <= limit else {
                if values == limit + 1 {
                    diagnostics.error(loc, "the file holds more than \(limit) values once its aliases (*name) are expanded; aliases of lists that themselves hold aliases multiply — repeat less")
                }
                return ConfigNode(value: .null, location: loc, path: path)
            }
            switch node {
            case .scalar(let s):
                let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
                if !quoted && (s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL") {
                    return ConfigNode(value: .null, location: loc, path: path)
                }
                let expanded = expand(s.string, at: loc)
                return ConfigNode(value: .scalar(expanded, quoted: quoted), location: loc, path: path)
            case .sequence(let seq):
                var out: [ConfigNode] = []
                for (i, n) in seq.enumerated() { out.append(convert(n, path: "\(path)[\(i)]")) }
                return ConfigNode(value: .sequence(out), location: loc, path: path)
            case .mapping(let map):
                var entries: [ConfigNode.Entry] = []
                var seen: [String: ConfigLocation] = [:]
                for (k, v) in map {
                    let kloc = location(k.mark)
                    guard case .scalar(let ks) = k else {
                        diagnostics.error(kloc, "keys must be plain words, not a list or mapping")
                        continue
                    }
                    let key = ks.string
                    if let first = seen[key] {
                        diagnostics.error(kloc, "duplicate key \"\(key)\" (first at line \(first.line))")
                        continue
                    }
                    seen[key] = kloc
                    let childPath = path.isEmpty ? key : "\(path).\(key)"
                    entries.append(.init(key: key, keyLocation: kloc, value: convert(v, path: childPath)))
                }
                return ConfigNode(value: .mapping(entries), location: loc, path: path)
            case .alias:
                diagnostics.error(loc, "YAML aliases are not supported in Earshot config; repeat the value")
                return ConfigNode(value: .null, location: loc, path: path)
            }
        }

        /// Expands `${VAR}` and `${VAR:-default}`; `$$` is a literal `$`.
        func expand(_ s: String, at loc: ConfigLocation) -> String {
            guard s.contains("$") else { return s }
            var out = ""
            var i = s.startIndex
            while i < s.endIndex {
                let c = s[i]
                if c == "$", s.index(after: i) < s.endIndex {
                    let next = s[s.index(after: i)]
                    if next == "$" { out.append("$"); i = s.index(i, offsetBy: 2); continue }
                    if next == "{", let close = s[i...].firstIndex(of: "}") {
                        let inner = String(s[s.index(i, offsetBy: 2)..<close])
                        var name = inner, fallback: String?
                        if let r = inner.range(of: ":-") { name = String(inner[..<r.lowerBound]); fallback = String(inner[r.upperBound...]) }
                        if name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                            diagnostics.unreadableValue(loc, "\"${\(inner)}\" is not a valid variable reference (use ${NAME} or ${NAME:-default}; $$ for a literal $)")
                        } else if let v = environment[name], !(v.isEmpty && fallback != nil) {
                            out += v
                        } else if let fallback {
                            out += fallback
                        } else {
                            diagnostics.unreadableValue(loc, "environment variable \(name) is not set (referenced as ${\(name)})")
                        }
                        i = s.index(after: close)
                        continue
                    }
                    if next == "{" {
                        // No closing brace: a typo, not a literal (a literal $ is written $$).
                        diagnostics.unreadableValue(loc, "\"\(s[i...].prefix(40))\" opens a variable reference with ${ but never closes it with }; write $$ for a literal $")
                        return s
                    }
                }
                out.append(c)
                i = s.index(after: i)
            }
            return out
        }
    }
}
