import Foundation

/// Why a dropped file cannot be taken, with where: `inbox.csv line 14: column "text" is empty`.
///
/// A file with several problems carries them all (up to `DropFileError.maxProblems`, then a count
/// of the rest), so the sender can fix everything before dropping the file again.
public struct DropFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// One problem and where it is: a line (text formats), a record (items of a JSON array) or neither.
    public struct Problem: Sendable, Equatable {
        public var line: Int?
        public var record: Int?
        public var message: String
        public init(line: Int? = nil, record: Int? = nil, message: String) {
            self.line = line; self.record = record; self.message = message
        }
    }

    /// How many problems an error keeps; the rest are only counted.
    public static let maxProblems = 20

    /// The file's name (without directory).
    public var file: String
    /// At least one problem, in file order.
    public var problems: [Problem]
    /// Problems found beyond those kept in `problems`.
    public var omitted: Int

    public init(file: String, line: Int? = nil, record: Int? = nil, message: String) {
        self.file = file
        self.problems = [Problem(line: line, record: record, message: message)]
        self.omitted = 0
    }

    public init(file: String, problems: [Problem], omitted: Int = 0) {
        precondition(!problems.isEmpty, "a DropFileError needs a problem")
        self.file = file; self.problems = problems; self.omitted = omitted
    }

    /// The first problem's line, if it has one.
    public var line: Int? { problems[0].line }
    /// The first problem's record number (1-based), if it has one.
    public var record: Int? { problems[0].record }
    /// The first problem's message.
    public var message: String { problems[0].message }

    /// One line per problem, `FILE line N: message` (or `FILE record N (line M): message`).
    public var description: String {
        var lines = problems.map { p -> String in
            var s = file
            switch (p.record, p.line) {
            case (let r?, let l?): s += " record \(r) (line \(l))"
            case (let r?, nil): s += " record \(r)"
            case (nil, let l?): s += " line \(l)"
            case (nil, nil): break
            }
            return s + ": " + p.message
        }
        if omitted > 0 { lines.append("\(file): and \(omitted) more problem\(omitted == 1 ? "" : "s")") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems of one file, keeping the first `DropFileError.maxProblems`.
struct ProblemList {
    let file: String
    private(set) var problems: [DropFileError.Problem] = []
    private(set) var omitted = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { problems.isEmpty }

    mutating func add(line: Int? = nil, record: Int? = nil, _ message: String) {
        if problems.count < DropFileError.maxProblems {
            problems.append(.init(line: line, record: record, message: message))
        } else {
            omitted += 1
        }
    }

    func throwIfAny() throws(DropFileError) {
        if !problems.isEmpty { throw DropFileError(file: file, problems: problems, omitted: omitted) }
    }
}
