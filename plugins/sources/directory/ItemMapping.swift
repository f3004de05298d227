import EarshotCore
import Foundation

/// Turns a JSON object (or a CSV row shaped as one) with SPEC §3 field names into an `Item`.
///
/// `source` in the input is ignored and replaced; unknown fields are ignored; numbers may also be
/// given as numeric strings (CSV cells are always strings). An item without `id` gets
/// `Item.stableID`, so the same input always yields the same ids.
enum ItemMapping {
    /// What is wrong with one record, a message per field.
    struct ItemProblems: Error { var messages: [String] }

    /// The item, or every problem of the record (each a message naming the field).
    static func item(from object: [String: JSONValue], source: String) -> Result<Item, ItemProblems> {
        var problems: [String] = []

        func string(_ key: String, in obj: [String: JSONValue], label: String? = nil) -> String? {
            switch obj[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case .number(let n)?: return formatNumber(n)
            case .bool?, .array?, .object?:
                problems.append("\(label ?? key) must be a string, not \(kind(obj[key]!))")
                return nil
            }
        }
        func int(_ key: String, in obj: [String: JSONValue], label: String) -> Int? {
            switch obj[key] {
            case nil, .null?: return nil
            case .number(let n)?:
                if n >= 0, n == n.rounded(), n <= Double(Self.maxCount) { return Int(n) }
                problems.append(n >= 0 && n == n.rounded() ? "\(label) must be at most \(Self.maxCount), not \(n < 1e18 ? String(Int64(n)) : formatNumber(n))"
                                                            : "\(label) must be a whole number of at least 0, not \(formatNumber(n))")
                return nil
            case .string(let s)?:
                let t = Blank.trim(s)
                if t.isEmpty { return nil }
                if let v = Int(t.replacingOccurrences(of: "_", with: "")), v >= 0 {
                    if v <= Self.maxCount { return v }
                    problems.append("\(label) must be at most \(Self.maxCount), not \"\(s)\"")
                    return nil
                }
                problems.append("\(label) must be a whole number of at least 0, not \"\(s)\"")
                return nil
            default:
                problems.append("\(label) must be a whole number, not \(kind(obj[key]!))")
                return nil
            }
        }
        func nonEmpty(_ s: String?) -> String? {
            guard let s, !Blank.isBlank(s) else { return nil }
            return s
        }

        let id = nonEmpty(string("id", in: object))
        let url = nonEmpty(string("url", in: object))
        let title = nonEmpty(string("title", in: object))
        let inReplyTo = nonEmpty(string("in_reply_to", in: object))
        let thread = nonEmpty(string("thread", in: object))
        let language = nonEmpty(string("language", in: object))

        var text: String?
        switch object["text"] {
        case nil, .null?: problems.append("text is missing (every item needs a non-empty \"text\")")
        case .string(let s)?:
            if Blank.isBlank(s) { problems.append("text is empty") } else { text = s }
        case let v?: problems.append("text must be a string, not \(kind(v))")
        }

        var author: Author?
        switch object["author"] {
        case nil, .null?: break
        case .string(let s)?:
            if let s = nonEmpty(s) { author = s.hasPrefix("@") ? Author(handle: s) : Author(name: s) }
        case .object(let a)?:
            let value = Author(id: nonEmpty(string("id", in: a, label: "author.id")),
                               handle: nonEmpty(string("handle", in: a, label: "author.handle")),
                               name: nonEmpty(string("name", in: a, label: "author.name")),
                               followers: int("followers", in: a, label: "author.followers"))
            if value != Author() { author = value }
        case let v?: problems.append("author must be an object like {\"handle\": \"@jane\"}, not \(kind(v))")
        }

        var metrics: Metrics?
        switch object["metrics"] {
        case nil, .null?: break
        case .object(let m)?:
            let value = Metrics(likes: int("likes", in: m, label: "metrics.likes"),
                                shares: int("shares", in: m, label: "metrics.shares"),
                                replies: int("replies", in: m, label: "metrics.replies"))
            if value != Metrics() { metrics = value }
        case let v?: problems.append("metrics must be an object like {\"likes\": 3}, not \(kind(v))")
        }

        var published: Date?
        switch object["published"] {
        case nil, .null?: break
        case .number(let n)?: published = Date(timeIntervalSince1970: n)
        case .string(let s)?:
            let t = Blank.trim(s)
            if t.isEmpty { break }
            if t.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }), let n = Double(t) {
                published = Date(timeIntervalSince1970: n)
            } else if let d = RFC3339.parse(t) {
                published = d
            } else {
                problems.append("published: \"\(s)\" is not a date (use RFC 3339 like 2026-11-22T10:00:00Z, or unix seconds)")
            }
        case let v?: problems.append("published must be a date string or unix seconds, not \(kind(v))")
        }

        guard problems.isEmpty, let text else { return .failure(ItemProblems(messages: problems)) }
        return .success(Item(id: id, source: source, url: url, title: title, text: text, author: author,
                             published: published, inReplyTo: inReplyTo, thread: thread, language: language,
                             metrics: metrics))
    }

    static func kind(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// Integers without a fraction (`12`, not `12.0`); others as Swift prints them.
    /// Largest count (followers, likes, shares) an item may give: below 2^53, where a JSON
    /// number stops being exact, with a round figure a message can state.
    static let maxCount = 9_000_000_000_000_000

    static func formatNumber(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 9e15 { return String(Int64(n)) }
        return String(n)
    }
}

/// Native (non-bridging) whitespace helpers: `trimmingCharacters(in:)` goes through NSString and
/// dominated decoding time for large JSON Lines files.
enum Blank {
    static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    static func trim(_ s: String) -> String {
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = u.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == u.startIndex && u.index(after: last) == u.endIndex { return s }
        return String(u[first...last])
    }
}

/// A fast path for the common RFC 3339 form `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` (which also
/// rejects impossible dates like 2026-02-30 that Foundation rolls over); other spellings fall
/// back to `EarshotJSON.parseDate`.
enum RFC3339 {
    static func parse(_ s: String) -> Date? {
        var s = s
        let shaped = s.withUTF8 { b in
            b.count >= 20 && b[4] == UInt8(ascii: "-") && b[7] == UInt8(ascii: "-") && b[10] | 0x20 == UInt8(ascii: "t")
                && b[13] == UInt8(ascii: ":") && b[16] == UInt8(ascii: ":")
        }
        return shaped ? s.withUTF8 { fast($0) } : EarshotJSON.parseDate(s)
    }

    private static func fast(_ b: UnsafeBufferPointer<UInt8>) -> Date? {
        func num(_ at: Int, _ len: Int) -> Int? {
            var v = 0
            for k in at..<at + len {
                let c = b[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2), let sec = num(17, 2),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
        var i = 19
        var fraction = 0.0
        if b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { fraction += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] | 0x20 == UInt8(ascii: "z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"), let oh = num(i + 1, 2), let om = num(i + 4, 2), oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        // Reject days past the month's end (e.g. 2026-02-30).
        guard daysFromCivil(y, mo, 1) + monthLength(y, mo) > days else { return nil }
        let seconds = Double(days * 86400 + h * 3600 + mi * 60 + sec - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func monthLength(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
