import EarshotCore
import Foundation

/// One labelled text to train or evaluate on.
public struct TrainingExample: Sendable, Hashable {
    public var text: String
    public var label: String

    public init(text: String, label: String) {
        self.text = text
        self.label = label
    }
}

/// Reads labelled examples from CSV/TSV or JSON Lines files.
public enum TrainingData {
    /// File extensions `load` understands, by format.
    public static let csvExtensions = ["csv", "tsv"]
    public static let jsonLinesExtensions = ["jsonl", "ndjson"]

    /// Reads labelled examples; the format comes from the extension.
    ///
    /// - `.csv` (`.tsv`: tab-separated): RFC 4180 with a header row naming the columns;
    ///   quoted fields, doubled quotes, embedded newlines and CRLF line ends are accepted.
    /// - `.jsonl` / `.ndjson`: one JSON object per line; blank lines are skipped; a label
    ///   may be a string, number or boolean (it becomes its JSON spelling, e.g. `1`, `true`).
    ///
    /// Every error names the file and, where one applies, the line, e.g.
    /// `data.csv line 14: column "label" is empty`. Empty texts and labels are errors
    /// rather than silently skipped rows, and so is a file without examples.
    public static func load(path: String, textColumn: String = "text", labelColumn: String = "label") throws(ModelError) -> [TrainingExample] {
        let ext = (path as NSString).pathExtension.lowercased()
        guard csvExtensions.contains(ext) || jsonLinesExtensions.contains(ext) else {
            let what = ext.isEmpty ? "the file name has no extension" : "unknown extension \".\(ext)\""
            throw ModelError("\(what), so its format is unknown; name it .csv, .tsv, .jsonl or .ndjson", path: path)
        }
        // A device has no end (`/dev/zero` was read until 16 GiB or memory ran out); a pipe is
        // fine: it ends when its writer does.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFCHR || info.st_mode & S_IFMT == S_IFBLK {
            throw ModelError("is a device, not a file of training data", path: path)
        }
        var bytes: [UInt8]
        do {
            bytes = try FileRead.bytes(path: path, limit: 16 << 30)   // training data may be large
        } catch {
            throw ModelError(error.reason == "no such file" ? "no such file" : "cannot read the file: \(error.reason)", path: path)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let line = FileRead.firstInvalidUTF8Line(bytes, loneCRBreaksLines: csvExtensions.contains(ext)) {
            throw ModelError("invalid UTF-8 (save the file as UTF-8)", path: path, line: line)
        }
        let examples: [TrainingExample]
        do throws(ModelError) {
            if csvExtensions.contains(ext) {
                examples = try parseCSV(bytes, separator: ext == "tsv" ? UInt8(ascii: "\t") : UInt8(ascii: ","),
                                        textColumn: textColumn, labelColumn: labelColumn)
            } else {
                examples = try parseJSONLines(bytes, textColumn: textColumn, labelColumn: labelColumn)
            }
        } catch {
            throw ModelError(error.message, path: path, line: error.line)
        }
        if examples.isEmpty { throw ModelError("no examples (the file is empty or has only a header)", path: path) }
        return examples
    }

    /// Why `label` cannot be a label, or nil: labels are listed comma-separated in alert lines and in
    /// `earshot analyze` TSV rows, so a comma, tab or line break inside one would split or break them.
    static func labelProblem(_ label: String) -> String? {
        // Line and paragraph separators (U+2028, U+2029) break lines for many readers of TSV too.
        guard let bad = label.unicodeScalars.first(where: {
            $0 == "," || $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) else { return nil }
        let what = bad == "," ? "a comma"
            : bad.properties.generalCategory == .control ? "a control character (U+\(String(bad.value, radix: 16, uppercase: true)))"
            : "a line separator (U+\(String(bad.value, radix: 16, uppercase: true)))"
        return "the label \"\(label.prefix(60))\" contains \(what): labels are listed comma-separated in alert lines and TSV; use / or - instead"
    }

    /// Parses CSV bytes (UTF-8, header row first); errors carry a line but no path.
    static func parseCSV(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), textColumn: String, labelColumn: String) throws(ModelError) -> [TrainingExample] {
        let records: [CSVReader.Record]
        do throws(CSVReader.SyntaxError) {
            records = try CSVReader.parse(bytes, separator: separator, strictQuotes: false)
        } catch {
            throw ModelError(error.message, line: error.line)
        }
        guard let header = records.first else { return [] }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        func index(of name: String) throws(ModelError) -> Int {
            guard let i = columns.firstIndex(of: name) else {
                var message = "missing column \"\(name)\"; columns are: \(columns.joined(separator: ", "))"
                // One column holding another separator: a spreadsheet's ";" export, or a file whose
                // extension does not say how it is separated.
                let separators: [(UInt8, String)] = [(UInt8(ascii: ","), "commas"), (UInt8(ascii: ";"), "semicolons"), (0x09, "tabs")]
                if columns.count == 1, let other = separators.first(where: { $0.0 != separator && columns[0].utf8.contains($0.0) }) {
                    let expected = separators.first { $0.0 == separator }?.1 ?? "another separator"
                    message += " (the columns look separated by \(other.1); this file is read with \(expected) between columns: .csv commas, .tsv tabs)"
                }
                throw ModelError(message, line: header.line)
            }
            if let again = columns[(i + 1)...].firstIndex(of: name) {
                throw ModelError("the header names column \"\(name)\" twice (fields \(i + 1) and \(again + 1)); rename one", line: header.line)
            }
            return i
        }
        let textIndex = try index(of: textColumn)
        let labelIndex = try index(of: labelColumn)
        var examples: [TrainingExample] = []
        examples.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                throw ModelError("expected \(columns.count) fields as in the header, found \(record.fields.count)", line: record.line)
            }
            let text = record.fields[textIndex]
            let label = record.fields[labelIndex].trimmingCharacters(in: .whitespaces)
            if text.allSatisfy(\.isWhitespace) { throw ModelError("column \"\(textColumn)\" is empty", line: record.line) }
            if label.isEmpty { throw ModelError("column \"\(labelColumn)\" is empty", line: record.line) }
            if let problem = labelProblem(label) { throw ModelError("column \"\(labelColumn)\": \(problem)", line: record.line) }
            examples.append(TrainingExample(text: text, label: label))
        }
        return examples
    }

    /// Parses JSON Lines bytes (UTF-8); errors carry a line but no path.
    static func parseJSONLines(_ bytes: [UInt8], textColumn: String, labelColumn: String) throws(ModelError) -> [TrainingExample] {
        var examples: [TrainingExample] = []
        var lineNumber = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let dict: [String: JSONValue]
            do {
                dict = try JSONDecoder().decode([String: JSONValue].self, from: Data(line))
            } catch {
                switch try? JSONDecoder().decode(JSONValue.self, from: Data(line)) {
                case .object?:
                    // An object after all: a value in it is none JSONValue reads, which leaves a
                    // number no Double holds.
                    throw ModelError("a number in this JSON object is out of range (such as 1e400); quote it to make it text", line: lineNumber)
                case _?: throw ModelError("expected a JSON object on this line", line: lineNumber)
                case nil: break
                }
                throw ModelError("not valid JSON (each line must hold one complete JSON object)", line: lineNumber)
            }
            guard let textValue = dict[textColumn] else {
                throw ModelError("missing key \"\(textColumn)\"; keys are: \(dict.keys.sorted().joined(separator: ", "))", line: lineNumber)
            }
            guard let labelValue = dict[labelColumn] else {
                throw ModelError("missing key \"\(labelColumn)\"; keys are: \(dict.keys.sorted().joined(separator: ", "))", line: lineNumber)
            }
            guard case .string(let text) = textValue else {
                throw ModelError("\"\(textColumn)\" must be a string, found \(textValue.kind)", line: lineNumber)
            }
            // Past 2^53 a JSON number is rounded: 12345678901234567890 and …891 would be one label.
            if case .number(let d) = labelValue, abs(d) >= 9_007_199_254_740_992 {
                throw ModelError("\"\(labelColumn)\" is a number too large to keep exactly; quote it to make it text", line: lineNumber)
            }
            guard let label = labelValue.scalarText else {
                throw ModelError("\"\(labelColumn)\" must be a string, number or boolean, found \(labelValue.kind)", line: lineNumber)
            }
            if text.allSatisfy(\.isWhitespace) { throw ModelError("\"\(textColumn)\" is empty", line: lineNumber) }
            let trimmed = label.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw ModelError("\"\(labelColumn)\" is empty", line: lineNumber) }
            if let problem = labelProblem(trimmed) { throw ModelError("\"\(labelColumn)\": \(problem)", line: lineNumber) }
            examples.append(TrainingExample(text: text, label: trimmed))
        }
        return examples
    }
}

/// Just enough of JSON to read one JSON Lines record and tell the kinds apart.
private enum JSONValue: Decodable {
    case string(String), integer(Int), number(Double), bool(Bool), null, array, object

    init(from decoder: any Decoder) throws {
        if var _ = try? decoder.unkeyedContainer() { self = .array; return }
        if (try? decoder.container(keyedBy: AnyKey.self)) != nil { self = .object; return }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else { self = .string(try c.decode(String.self)) }
    }

    /// Label text for scalars: strings as they are, numbers and booleans as spelled in JSON.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .null, .array, .object: return nil
        }
    }

    var kind: String {
        switch self {
        case .string: return "a string"
        case .integer, .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
