import Foundation

/// An RFC 4180 record reader over UTF-8 bytes: quoted fields with doubled quotes and embedded
/// line breaks, CRLF/LF/CR record ends. Completely empty lines are skipped. Shared by the drop
/// directory (CSV mentions) and the model analyzer (CSV/TSV training data).
///
/// It does not detect the separator or the encoding: the caller chooses the one and validates the other.
public struct CSVReader {
    public struct Record: Sendable {
        public var fields: [String]
        /// The line the record starts on (1-based).
        public var line: Int
    }

    public struct SyntaxError: Error, Sendable {
        public var line: Int
        public var message: String
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private var line = 1
    private let separator: UInt8
    private let strictQuotes: Bool

    /// - Parameters:
    ///   - strictQuotes: when false, a quote inside an unquoted field (`he said "hi"`) is kept as text
    ///     instead of being an error.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, separator: UInt8 = UInt8(ascii: ","),
                strictQuotes: Bool = true) {
        b = bytes; index = start; end = bytes.count
        self.separator = separator; self.strictQuotes = strictQuotes
    }

    /// Every record of `bytes`.
    public static func parse(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","),
                             strictQuotes: Bool = true) throws(SyntaxError) -> [Record] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> [Record] in
            var reader = CSVReader(buffer, separator: separator, strictQuotes: strictQuotes)
            var records: [Record] = []
            while let r = try reader.next() { records.append(r) }
            return records
        }
    }

    /// The next record, or nil at the end of the input.
    public mutating func next() throws(SyntaxError) -> Record? {
        // Skip empty lines.
        while index < end, b[index] == 0x0A || b[index] == 0x0D { consumeLineBreak() }
        guard index < end else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            fields.append(try field())
            if index >= end { break }
            let c = b[index]
            if c == separator { index += 1; continue }
            consumeLineBreak()
            break
        }
        return Record(fields: fields, line: startLine)
    }

    private mutating func consumeLineBreak() {
        if b[index] == 0x0D {
            index += 1
            if index < end, b[index] == 0x0A { index += 1 }
        } else {
            index += 1
        }
        line += 1
    }

    private mutating func field() throws(SyntaxError) -> String {
        guard index < end, b[index] == UInt8(ascii: "\"") else {
            let start = index
            while index < end {
                let c = b[index]
                if c == separator || c == 0x0A || c == 0x0D { break }
                if c == UInt8(ascii: "\""), strictQuotes {
                    throw SyntaxError(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\"), as in \"say \"\"hi\"\"\"")
                }
                index += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<index]), as: UTF8.self)
        }
        let openLine = line
        index += 1
        var buf: [UInt8] = []
        while index < end {
            let c = b[index]
            if c == UInt8(ascii: "\"") {
                if index + 1 < end, b[index + 1] == UInt8(ascii: "\"") {
                    buf.append(c); index += 2; continue
                }
                index += 1
                if index < end {
                    let n = b[index]
                    if n != separator, n != 0x0A, n != 0x0D {
                        throw SyntaxError(line: line, message: "unexpected text after a closing quote (a quote inside a quoted field must be doubled: \"\")")
                    }
                }
                return String(decoding: buf, as: UTF8.self)
            }
            if c == 0x0A || (c == 0x0D && !(index + 1 < end && b[index + 1] == 0x0A)) { line += 1 }
            buf.append(c)
            index += 1
        }
        throw SyntaxError(line: openLine, message: "the quoted field starting on this line is never closed (missing '\"')")
    }
}
