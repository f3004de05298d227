import EarshotCore
import Foundation

/// Decodes a feed document dropped as .xml/.rss/.atom into items (injected by the registry; nil = such files go to .failed with "feed files are not supported in this build").
public typealias FeedFileDecoder = @Sendable (_ data: Data, _ fileName: String, _ source: String) throws -> [Item]

/// The drop-directory file formats (SPEC §4), chosen by extension.
///
/// A file is taken whole or not at all: any problem in any record fails the whole file, listing
/// every problem found (up to `DropFileError.maxProblems`), so the sender can fix and re-drop it.
public enum DropFormats {
    /// Every extension a drop directory understands (lowercase, without the dot).
    public static let extensions = ["json", "jsonl", "ndjson", "csv", "txt", "eml", "xml", "rss", "atom"]

    /// The lowercased extension of `fileName` when it is one of `extensions`, else nil.
    public static func format(ofFileName fileName: String) -> String? {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        return extensions.contains(ext) ? ext : nil
    }

    /// Parses a whole file's bytes by its extension into items (source set to `source`), or throws DropFileError.
    public static func parse(_ data: Data, fileName: String, source: String, feedDecoder: FeedFileDecoder?) throws -> [Item] {
        let prepared = try prepare([UInt8](data), fileName: fileName, source: source, feedDecoder: feedDecoder)
        var all: [Item] = []
        all.reserveCapacity(prepared.count)
        var cursor = prepared.makeCursor()
        while let batch = prepared.nextBatch(&cursor, size: 10_000) { all += batch }
        return all
    }

    /// Checks a whole file and readies it for emitting in batches.
    ///
    /// All the file's items are decoded here (bounded by `max_file_size`); the drop directory streams
    /// JSON Lines files with `JSONLinesFile` instead, so `prepare` sees them only from `parse`.
    static func prepare(_ bytes: [UInt8], fileName: String, source: String, feedDecoder: FeedFileDecoder?) throws(DropFileError) -> PreparedDrop {
        guard let format = format(ofFileName: fileName) else {
            throw DropFileError(file: fileName, message: "unsupported file type (known extensions: \(extensions.map { "." + $0 }.joined(separator: ", ")))")
        }
        if bytes.isEmpty { throw DropFileError(file: fileName, message: "the file is empty (0 bytes)") }
        switch format {
        case "xml", "rss", "atom":
            guard let feedDecoder else {
                throw DropFileError(file: fileName, message: "feed files are not supported in this build")
            }
            do {
                return PreparedDrop(items: try feedDecoder(Data(bytes), fileName, source))
            } catch let e as DropFileError {
                throw e
            } catch {
                throw DropFileError(file: fileName, message: "not a readable feed: \(error)")
            }
        case "eml":
            return try bytes.withUnsafeBufferPointer { b throws(DropFileError) in
                if TextBytes.isBlank(b) { throw DropFileError(file: fileName, message: "the file is empty (only blank space)") }
                return PreparedDrop(items: [try EmailMessage.item(b, file: fileName, source: source)])
            }
        default:
            break
        }
        return try bytes.withUnsafeBufferPointer { b throws(DropFileError) in
            let start = TextBytes.bomLength(b)
            try TextBytes.requireText(b, from: start, file: fileName)
            if TextBytes.isBlank(b, from: start) { throw DropFileError(file: fileName, message: "the file is empty (only blank space)") }
            switch format {
            case "json": return PreparedDrop(items: try json(b, from: start, file: fileName, source: source))
            case "jsonl", "ndjson": return PreparedDrop(items: try JSONLines.items(b, from: start, file: fileName, source: source))
            case "csv": return PreparedDrop(items: try csv(b, from: start, file: fileName, source: source))
            default: // txt
                let text = String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self)
                return PreparedDrop(items: [Item(source: source, text: text.trimmingCharacters(in: .whitespacesAndNewlines))])
            }
        }
    }

    // MARK: .json

    static func json(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String, source: String) throws(DropFileError) -> [Item] {
        var reader = JSONReader(b, from: start, to: b.count)
        reader.skipWhitespace()
        var problems = ProblemList(file: file)
        if b[reader.index] == UInt8(ascii: "[") {
            var items: [Item] = []
            var record = 0
            do throws(JSONSyntaxError) {
                try reader.forEachElement { value, line in
                    record += 1
                    guard case .object(let obj) = value else {
                        problems.add(line: line, record: record, "an item must be an object like {\"text\": \"...\"}, not \(ItemMapping.kind(value))")
                        return
                    }
                    switch ItemMapping.item(from: obj, source: source) {
                    case .success(let item): if problems.isEmpty { items.append(item) }
                    case .failure(let p): for m in p.messages { problems.add(line: line, record: record, m) }
                    }
                }
            } catch {
                problems.add(line: error.line, "invalid JSON at column \(error.column): \(error.message)")
            }
            try problems.throwIfAny()
            return items
        }
        let value: JSONValue
        do throws(JSONSyntaxError) { value = try reader.document() } catch {
            throw DropFileError(file: file, line: error.line, message: "invalid JSON at column \(error.column): \(error.message)")
        }
        guard case .object(let obj) = value else {
            throw DropFileError(file: file, line: 1, message: "a .json file holds an item (an object) or a list of items, not \(ItemMapping.kind(value))")
        }
        switch ItemMapping.item(from: obj, source: source) {
        case .success(let item): return [item]
        case .failure(let p):
            for m in p.messages { problems.add(m) }
            try problems.throwIfAny()
            return []
        }
    }

    // MARK: .csv

    static func csv(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String, source: String) throws(DropFileError) -> [Item] {
        var reader = CSVReader(b, from: start)
        var problems = ProblemList(file: file)
        let first: CSVReader.Record?
        do throws(CSVReader.SyntaxError) { first = try reader.next() } catch { throw DropFileError(file: file, line: error.line, message: error.message) }
        guard let header = first else { throw DropFileError(file: file, message: "the file is empty") }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = columns.firstIndex(of: "text") else {
            var message = "no \"text\" column in the header row (columns found: \(header.fields.map { "\"\($0)\"" }.joined(separator: ", ")))"
            // A one-column header holding another separator: a spreadsheet's ";" export, or tab-separated values.
            if columns.count == 1, let other = [(";", "semicolons"), ("\t", "tabs")].first(where: { columns[0].contains($0.0) }) {
                message += "; the columns look separated by \(other.1): a .csv file is read with commas between columns"
            }
            throw DropFileError(file: file, line: header.line, message: message)
        }
        var seen: [String: Int] = [:]
        for (i, c) in columns.enumerated() {
            if let first = seen[c] { problems.add(line: header.line, "column \"\(c)\" appears twice (columns \(first + 1) and \(i + 1))") }
            seen[c] = i
        }
        try problems.throwIfAny()

        var items: [Item] = []
        while true {
            let record: CSVReader.Record
            do throws(CSVReader.SyntaxError) {
                guard let r = try reader.next() else { break }
                record = r
            } catch {
                problems.add(line: error.line, error.message)
                break
            }
            guard record.fields.count == columns.count else {
                problems.add(line: record.line, "\(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), but the header row has \(columns.count) columns")
                continue
            }
            if Blank.isBlank(record.fields[textColumn]) {
                problems.add(line: record.line, "column \"text\" is empty")
                continue
            }
            var object: [String: JSONValue] = [:]
            for (i, name) in columns.enumerated() where !record.fields[i].isEmpty {
                let value = JSONValue.string(record.fields[i])
                if let dot = name.firstIndex(of: ".") {
                    let outer = String(name[..<dot]), inner = String(name[name.index(after: dot)...])
                    var nested: [String: JSONValue] = [:]
                    if case .object(let o)? = object[outer] { nested = o }
                    nested[inner] = value
                    object[outer] = .object(nested)
                } else {
                    object[name] = value
                }
            }
            switch ItemMapping.item(from: object, source: source) {
            case .success(let item): if problems.isEmpty { items.append(item) }
            case .failure(let p): for m in p.messages { problems.add(line: record.line, "column " + m) }
            }
        }
        try problems.throwIfAny()
        return items
    }
}

/// A file that passed parsing, ready to hand out its items in batches.
struct PreparedDrop: Sendable {
    let items: [Item]

    /// Where the next batch starts.
    struct Cursor { var index = 0 }

    /// How many items the file holds.
    var count: Int { items.count }

    func makeCursor() -> Cursor { Cursor() }

    /// The next up to `size` items, or nil when all were handed out.
    func nextBatch(_ cursor: inout Cursor, size: Int) -> [Item]? {
        guard cursor.index < items.count else { return nil }
        let end = min(items.count, cursor.index + size)
        defer { cursor.index = end }
        return Array(items[cursor.index..<end])
    }
}

/// JSON Lines (`.jsonl`, `.ndjson`): one item object per line; blank lines are skipped.
enum JSONLines {
    enum LineError: Error { case syntax(JSONSyntaxError), notObject(String), item([String]) }

    /// Decodes the line starting at `offset`: nil for a blank line, else the item or its problems,
    /// plus the offset of the next line.
    static func decodeLine(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, line: Int, source: String) -> (Result<Item, LineError>?, Int) {
        var end = offset
        while end < b.count, b[end] != 0x0A { end += 1 }
        let next = end < b.count ? end + 1 : end
        var contentEnd = end
        if contentEnd > offset, b[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        if TextBytes.isBlank(b, from: offset, to: contentEnd) { return (nil, next) }
        var reader = JSONReader(b, from: offset, to: contentEnd, line: line)
        let value: JSONValue
        do throws(JSONSyntaxError) { value = try reader.document() } catch { return (.failure(.syntax(error)), next) }
        guard case .object(let obj) = value else { return (.failure(.notObject(ItemMapping.kind(value))), next) }
        switch ItemMapping.item(from: obj, source: source) {
        case .success(let item): return (.success(item), next)
        case .failure(let p): return (.failure(.item(p.messages)), next)
        }
    }

    /// Decodes every line of `b` from `start` (its first line being line `firstLine` of the file) and
    /// hands each non-blank line's number and result to `body`.
    static func forEachLine(_ b: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, source: String,
                            _ body: (Int, Result<Item, LineError>) -> Void) {
        var offset = start
        var line = firstLine
        while offset < b.count {
            let (result, next) = decodeLine(b, at: offset, line: line, source: source)
            if let result { body(line, result) }
            offset = next
            line += 1
        }
    }

    /// Adds what is wrong with line `line` to `problems`.
    static func add(_ error: LineError, line: Int, to problems: inout ProblemList) {
        switch error {
        case .syntax(let e): problems.add(line: line, "invalid JSON at column \(e.column): \(e.message)")
        case .notObject(let kind): problems.add(line: line, "each line must be an item object like {\"text\": \"...\"}, not \(kind)")
        case .item(let msgs): for m in msgs { problems.add(line: line, m) }
        }
    }

    /// Every item of `b`, or every problem found.
    static func items(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String, source: String) throws(DropFileError) -> [Item] {
        var problems = ProblemList(file: file)
        var items: [Item] = []
        forEachLine(b, from: start, firstLine: 1, source: source) { line, result in
            switch result {
            case .success(let item): if problems.isEmpty { items.append(item) }
            case .failure(let e): add(e, line: line, to: &problems)
            }
        }
        try problems.throwIfAny()
        return items
    }
}
