import Foundation

/// A position in a config file, printed as `FILE:LINE:COL`.
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a config file.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible, Error {
    public var location: ConfigLocation
    public var message: String
    public init(_ location: ConfigLocation, _ message: String) { self.location = location; self.message = message }
    public var description: String { "\(location): \(message)" }
}

/// A YAML value with where it stands in the file. `${VAR}` references are already expanded.
public struct ConfigNode: Sendable {
    public enum Value: Sendable {
        case null
        /// A scalar and whether it was quoted (a quoted "yes" is a string, never a boolean).
        case scalar(String, quoted: Bool)
        case sequence([ConfigNode])
        case mapping([Entry])
    }

    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: ConfigLocation
        public var value: ConfigNode
    }

    public var value: Value
    public var location: ConfigLocation
    /// Where the node is, as a key path (`sources[2].path`), for messages.
    public var path: String

    public init(value: Value, location: ConfigLocation, path: String) {
        self.value = value; self.location = location; self.path = path
    }

    public var kindName: String {
        switch value {
        case .null: return "nothing"
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var scalar: String? { if case .scalar(let s, _) = value { return s }; return nil }
    public var entries: [Entry]? { if case .mapping(let e) = value { return e }; return nil }
    public var items: [ConfigNode]? { if case .sequence(let i) = value { return i }; return nil }

    public subscript(key: String) -> ConfigNode? { entries?.first(where: { $0.key == key })?.value }
}

/// Collects every problem of a config so they can be reported at once.
public final class Diagnostics {
    public private(set) var problems: [ConfigProblem] = []
    /// Values whose text could not be read as written (an unset `${VAR}`): what a plugin later
    /// finds wrong with them ("must not be empty", "cannot read") follows from that one problem.
    private var unreadable: Set<ConfigLocation> = []
    /// The problems and warnings already listed, so that a repeat is found without reading the
    /// list (a file with 100,000 wrong values made that search take minutes).
    private var listed: Set<ConfigProblem> = [], listedWarnings: Set<ConfigProblem> = []
    public init() {}
    public func error(_ location: ConfigLocation, _ message: String) {
        guard !unreadable.contains(location) else { return }
        let p = ConfigProblem(location, message)
        if listed.insert(p).inserted { problems.append(p) }
    }

    /// Reports the problem with a value's text and keeps quiet about that value from then on.
    public func unreadableValue(_ location: ConfigLocation, _ message: String) {
        error(location, message)
        unreadable.insert(location)
    }
    public var hasErrors: Bool { !problems.isEmpty }
    /// Problems sorted by file position.
    public var sorted: [ConfigProblem] { Self.byPosition(problems) }

    /// What is valid but almost certainly not what the writer meant (a rule pack whose rules need an
    /// analyzer the config does not run): `check` prints these and still exits 0, `run` logs them.
    public private(set) var warnings: [ConfigProblem] = []
    public func warning(_ location: ConfigLocation, _ message: String) {
        let p = ConfigProblem(location, message)
        if listedWarnings.insert(p).inserted { warnings.append(p) }
    }
    /// Warnings sorted by file position.
    public var sortedWarnings: [ConfigProblem] { Self.byPosition(warnings) }

    static func byPosition(_ problems: [ConfigProblem]) -> [ConfigProblem] {
        problems.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
    }
}
