import EarshotCore
import Foundation

/// A JSON syntax error with its line and column (1-based).
struct JSONSyntaxError: Error {
    var line: Int
    var column: Int
    var message: String
}

/// A strict RFC 8259 reader over UTF-8 bytes that knows its line, so errors and records can say
/// where they are. The input must already be valid UTF-8 (see `TextBytes.requireText`).
struct JSONReader {
    private let b: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    private let end: Int
    private(set) var line: Int
    private var lineStart: Int
    private var depth = 0
    private static let maxDepth = 100

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int = 1) {
        b = bytes; index = start; self.end = end; self.line = line; lineStart = start
    }

    var atEnd: Bool { index >= end }

    private func fail(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: index - lineStart + 1, message: message)
    }

    private func describeCurrent() -> String {
        guard index < end else { return "the end of the input" }
        let c = b[index]
        if c >= 0x21 && c < 0x7F { return "'\(Character(UnicodeScalar(c)))'" }
        if c >= 0x80 {
            // Show the whole character when it is a readable scalar.
            var j = index + 1
            while j < end, b[j] & 0xC0 == 0x80 { j += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: b[index..<j]), as: UTF8.self))'"
        }
        return "byte 0x\(String(c, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while index < end {
            switch b[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    /// Reads one value (with the whitespace around it).
    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < end else { throw fail("expected a value, found the end of the input") }
        let v: JSONValue
        switch b[index] {
        case UInt8(ascii: "{"): v = try object()
        case UInt8(ascii: "["): v = try array()
        case UInt8(ascii: "\""): v = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); v = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); v = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); v = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): v = .number(try number())
        default: throw fail("expected a value, found \(describeCurrent())")
        }
        skipWhitespace()
        return v
    }

    /// Reads a whole document: one value and nothing after it.
    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        let v = try value()
        if index < end { throw fail("unexpected \(describeCurrent()) after the JSON value") }
        return v
    }

    /// Reads a top-level array element by element, handing each to `body` with the line it starts on.
    mutating func forEachElement(_ body: (JSONValue, Int) -> Void) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < end, b[index] == UInt8(ascii: "[") else { throw fail("expected '['") }
        index += 1
        skipWhitespace()
        if index < end, b[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            depth = 1
            while true {
                skipWhitespace()
                let startLine = line
                let v = try value()
                body(v, startLine)
                guard index < end else { throw fail("the array is not closed: expected ',' or ']', found the end of the input") }
                if b[index] == UInt8(ascii: ",") { index += 1; continue }
                if b[index] == UInt8(ascii: "]") { index += 1; break }
                throw fail("expected ',' or ']' after an array element, found \(describeCurrent())")
            }
            depth = 0
        }
        skipWhitespace()
        if index < end { throw fail("unexpected \(describeCurrent()) after the JSON value") }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let p = word.utf8Start
        guard index + n <= end else { throw fail("expected a value, found \(describeCurrent())") }
        for k in 0..<n where b[index + k] != p[k] { throw fail("expected a value, found \(describeCurrent())") }
        index += n
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        depth += 1
        if depth > Self.maxDepth { throw fail("nested more than \(Self.maxDepth) levels deep") }
        index += 1
        var out: [String: JSONValue] = [:]
        out.reserveCapacity(8)
        skipWhitespace()
        if index < end, b[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(out) }
        while true {
            skipWhitespace()
            guard index < end else { throw fail("the object is not closed: expected a member name, found the end of the input") }
            guard b[index] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes, found \(describeCurrent())") }
            let keyAt = (line: line, column: index - lineStart + 1)
            let key = try string()
            skipWhitespace()
            guard index < end, b[index] == UInt8(ascii: ":") else { throw fail("expected ':' after member name \"\(key)\", found \(describeCurrent())") }
            index += 1
            // A name given twice: which value the writer meant is unknown (most readers take the
            // last without a word), so the record is refused rather than read either way.
            if out.updateValue(try value(), forKey: key) != nil {
                throw JSONSyntaxError(line: keyAt.line, column: keyAt.column,
                                      message: "member \"\(key)\" appears twice in the object; which value is meant is unknown")
            }
            guard index < end else { throw fail("the object is not closed: expected ',' or '}', found the end of the input") }
            if b[index] == UInt8(ascii: ",") { index += 1; continue }
            if b[index] == UInt8(ascii: "}") { index += 1; break }
            throw fail("expected ',' or '}' after member \"\(key)\", found \(describeCurrent())")
        }
        depth -= 1
        return .object(out)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        depth += 1
        if depth > Self.maxDepth { throw fail("nested more than \(Self.maxDepth) levels deep") }
        index += 1
        var out: [JSONValue] = []
        skipWhitespace()
        if index < end, b[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(out) }
        while true {
            out.append(try value())
            guard index < end else { throw fail("the array is not closed: expected ',' or ']', found the end of the input") }
            if b[index] == UInt8(ascii: ",") { index += 1; continue }
            if b[index] == UInt8(ascii: "]") { index += 1; break }
            throw fail("expected ',' or ']' after an array element, found \(describeCurrent())")
        }
        depth -= 1
        return .array(out)
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = index
        if b[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, b[index] >= 0x30, b[index] <= 0x39 else { throw fail("a number needs digits, found \(describeCurrent())") }
        if b[index] == 0x30 {
            index += 1
            if index < end, b[index] >= 0x30, b[index] <= 0x39 { throw fail("numbers must not have leading zeros") }
        } else {
            _ = skipDigits()
        }
        if index < end, b[index] == UInt8(ascii: ".") {
            index += 1
            if skipDigits() == 0 { throw fail("expected digits after the decimal point, found \(describeCurrent())") }
        }
        if index < end, b[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end, b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-") { index += 1 }
            if skipDigits() == 0 { throw fail("expected digits in the exponent, found \(describeCurrent())") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<index]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw fail("number \(text) is out of range") }
        return d
    }

    private mutating func skipDigits() -> Int {
        let s = index
        while index < end, b[index] >= 0x30, b[index] <= 0x39 { index += 1 }
        return index - s
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < end {
            let c = b[index]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<index]), as: UTF8.self)
                index += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw controlCharacter(c) }
            index += 1
        }
        guard index < end else { throw fail("the string is not closed: missing '\"' before the end of the input") }
        var buf = [UInt8](UnsafeBufferPointer(rebasing: b[start..<index]))
        while index < end {
            let c = b[index]
            if c == UInt8(ascii: "\"") { index += 1; return String(decoding: buf, as: UTF8.self) }
            if c < 0x20 { throw controlCharacter(c) }
            if c != UInt8(ascii: "\\") { buf.append(c); index += 1; continue }
            index += 1
            guard index < end else { break }
            let e = b[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buf.append(e)
            case UInt8(ascii: "b"): buf.append(0x08)
            case UInt8(ascii: "f"): buf.append(0x0C)
            case UInt8(ascii: "n"): buf.append(0x0A)
            case UInt8(ascii: "r"): buf.append(0x0D)
            case UInt8(ascii: "t"): buf.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < end, b[index] == UInt8(ascii: "\\"), b[index + 1] == UInt8(ascii: "u") else {
                        throw fail("\\u escape \(String(scalar, radix: 16)) is a lone surrogate")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("\\u escape \(String(scalar, radix: 16)) is not followed by a low surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("\\u escape \(String(scalar, radix: 16)) is a lone surrogate")
                }
                buf.append(contentsOf: Array(String(Character(UnicodeScalar(scalar)!)).utf8))
            default:
                index -= 1
                throw fail("invalid escape '\\\(Character(UnicodeScalar(e)))' in a string")
            }
        }
        throw fail("the string is not closed: missing '\"' before the end of the input")
    }

    private func controlCharacter(_ c: UInt8) -> JSONSyntaxError {
        c == 0x0A ? fail("the string is not closed before the end of the line (line breaks in strings must be written \\n)")
                  : fail("control character 0x\(String(c, radix: 16, uppercase: true)) in a string must be escaped")
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= end else { throw fail("\\u escape needs 4 hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[index]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("\\u escape needs 4 hex digits, found \(describeCurrent())")
            }
            v = v << 4 | d
            index += 1
        }
        return v
    }
}
