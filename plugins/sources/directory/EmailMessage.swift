import EarshotCore
import EarshotFeeds
import Foundation

/// Reads one RFC 5322 / MIME message (`.eml`) into an item: From → author (name, address as handle),
/// Subject → title, Date → published, Message-ID → id, In-Reply-To → in_reply_to, the first
/// References id → thread, and the text/plain body (or a crudely stripped text/html one).
///
/// Understands folded headers, RFC 2047 encoded words, multipart bodies (attachments skipped),
/// quoted-printable and base64, and the charsets utf-8, us-ascii, iso-8859-1, iso-8859-15 and
/// windows-1252. Invalid UTF-8 where UTF-8 is declared is an error, never replaced silently.
/// An unreadable Date header is ignored (the item just has no `published`).
enum EmailMessage {
    static func item(_ b: UnsafeBufferPointer<UInt8>, file: String, source: String) throws(DropFileError) -> Item {
        var start = TextBytes.bomLength(b)
        // An mbox "From " separator line may precede the headers.
        if b.count - start >= 5, Array(b[start..<start + 5]) == Array("From ".utf8) {
            while start < b.count, b[start] != 0x0A { start += 1 }
            if start < b.count { start += 1 }
        }
        let top = try entity(b, start..<b.count, file: file, isTopLevel: true)
        guard !top.headers.isEmpty else {
            throw DropFileError(file: file, line: 1, message: "not an email: no headers (an .eml file starts with lines like \"From: ...\" and \"Subject: ...\")")
        }

        let from = top.header("from").map(parseAddress)
        let subject = top.header("subject").map { decodeEncodedWords($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let published = top.header("date").flatMap(parseDate)
        let messageID = top.header("message-id").flatMap { firstMessageID($0) ?? nonEmpty($0) }
        let inReplyTo = top.header("in-reply-to").flatMap(firstMessageID)
        let thread = top.header("references").flatMap(firstMessageID)

        guard let body = try text(of: top, in: b, file: file, depth: 0) else {
            throw DropFileError(file: file, message: "the email has no text/plain or text/html body")
        }
        let content = body.html ? HTMLText.plainText(body.text) : body.text
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw DropFileError(file: file, line: TextBytes.line(at: body.offset, in: b), message: "the email body is empty")
        }
        var author: Author?
        if let from, from.name != nil || from.address != nil { author = Author(handle: from.address, name: from.name) }
        return Item(id: messageID, source: source, title: subject.flatMap(nonEmpty), text: trimmed, author: author,
                    published: published, inReplyTo: inReplyTo, thread: thread)
    }

    // MARK: entities

    struct Entity {
        var headers: [(name: String, value: String)]
        var body: Range<Int>

        func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

        /// `type/subtype` lowercased and its parameters (names lowercased).
        var contentType: (type: String, params: [String: String]) {
            guard let raw = header("content-type") else { return ("text/plain", [:]) }
            let (value, params) = EmailMessage.parseParameters(raw)
            return (value.isEmpty ? "text/plain" : value.lowercased(), params)
        }
    }

    /// Splits headers (unfolded) from the body of the entity in `range`.
    static func entity(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, file: String, isTopLevel: Bool) throws(DropFileError) -> Entity {
        var headers: [(name: String, value: String)] = []
        var i = range.lowerBound
        let end = range.upperBound
        var bodyStart = end
        while i < end {
            var lineEnd = i
            while lineEnd < end, b[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > i, b[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let next = min(lineEnd + 1, end)
            if contentEnd == i { bodyStart = next; break }   // the blank line ending the headers
            let lineBytes = UnsafeBufferPointer(rebasing: b[i..<contentEnd])
            if let bad = TextBytes.firstInvalidUTF8(lineBytes) {
                throw DropFileError(file: file, line: TextBytes.line(at: i + bad, in: b),
                                    message: "invalid UTF-8 in a header at byte offset \(i + bad) (non-ASCII header text must be UTF-8 or an encoded word =?charset?Q?...?=)")
            }
            let text = String(decoding: lineBytes, as: UTF8.self)
            if text.first == " " || text.first == "\t" {
                if headers.isEmpty {
                    throw DropFileError(file: file, line: TextBytes.line(at: i, in: b), message: "not an email: the first header line starts with a space")
                }
                headers[headers.count - 1].value += " " + text.trimmingCharacters(in: .whitespaces)
            } else if let colon = text.firstIndex(of: ":"), colon != text.startIndex,
                      text[..<colon].allSatisfy({ $0.isASCII && $0 != " " && !$0.isWhitespace }) {
                headers.append((text[..<colon].lowercased(), text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            } else if isTopLevel || !headers.isEmpty {
                let what = isTopLevel && headers.isEmpty ? "not an email: " : ""
                throw DropFileError(file: file, line: TextBytes.line(at: i, in: b),
                                    message: "\(what)expected a header line \"Name: value\", found \"\(text.prefix(60))\"")
            } else {
                // A MIME part without headers: the part is all body.
                bodyStart = i; break
            }
            i = next
        }
        if i >= end { bodyStart = end }
        return Entity(headers: headers, body: bodyStart..<end)
    }

    struct BodyText { var text: String; var html: Bool; var offset: Int }

    /// The best text of an entity: text/plain first, then text/html; attachments are skipped.
    static func text(of e: Entity, in b: UnsafeBufferPointer<UInt8>, file: String, depth: Int) throws(DropFileError) -> BodyText? {
        let (type, params) = e.contentType
        if type.hasPrefix("multipart/") {
            guard depth < 10 else { throw DropFileError(file: file, message: "MIME parts nested more than 10 levels deep") }
            guard let boundary = params["boundary"], !boundary.isEmpty else {
                throw DropFileError(file: file, line: TextBytes.line(at: e.body.lowerBound, in: b),
                                    message: "\(type) without a boundary parameter in Content-Type")
            }
            var html: BodyText?
            for part in try parts(of: e.body, boundary: boundary, in: b, file: file) {
                let pe = try entity(b, part, file: file, isTopLevel: false)
                if let d = pe.header("content-disposition"), parseParameters(d).value.lowercased() == "attachment" { continue }
                guard let t = try text(of: pe, in: b, file: file, depth: depth + 1) else { continue }
                if !t.html { return t }
                if html == nil { html = t }
            }
            return html
        }
        guard type == "text/plain" || type == "text/html" else { return nil }
        let raw = UnsafeBufferPointer(rebasing: b[e.body])
        let encoding = (e.header("content-transfer-encoding") ?? "7bit").trimmingCharacters(in: .whitespaces).lowercased()
        let bytes: [UInt8]
        switch encoding {
        case "7bit", "8bit", "binary", "": bytes = Array(raw)
        case "quoted-printable": bytes = decodeQuotedPrintable(raw)
        case "base64":
            guard let d = decodeBase64(raw) else {
                throw DropFileError(file: file, line: TextBytes.line(at: e.body.lowerBound, in: b),
                                    message: "the \(type) part is not valid base64")
            }
            bytes = d
        default:
            throw DropFileError(file: file, line: TextBytes.line(at: e.body.lowerBound, in: b),
                                message: "unsupported Content-Transfer-Encoding \"\(encoding)\" (supported: 7bit, 8bit, binary, quoted-printable, base64)")
        }
        let charset = params["charset"]?.lowercased() ?? "us-ascii"
        let decoded: String
        switch Charsets.decode(bytes, charset: charset) {
        case .success(let s): decoded = s
        case .failure(.unsupported):
            throw DropFileError(file: file, line: TextBytes.line(at: e.body.lowerBound, in: b),
                                message: "unsupported charset \"\(charset)\" (supported: \(Charsets.supported))")
        case .failure(.invalidUTF8(let offset)):
            if bytes.count == raw.count && (encoding != "quoted-printable" && encoding != "base64") {
                let abs = e.body.lowerBound + offset
                throw DropFileError(file: file, line: TextBytes.line(at: abs, in: b),
                                    message: "invalid UTF-8 at byte offset \(abs) in the \(type) part (charset \(charset))")
            }
            throw DropFileError(file: file, line: TextBytes.line(at: e.body.lowerBound, in: b),
                                message: "invalid UTF-8 at byte offset \(offset) of the decoded \(encoding) content of the \(type) part starting here (charset \(charset))")
        }
        return BodyText(text: decoded, html: type == "text/html", offset: e.body.lowerBound)
    }

    /// The byte ranges of the parts between `--boundary` lines; the preamble and epilogue are dropped.
    static func parts(of range: Range<Int>, boundary: String, in b: UnsafeBufferPointer<UInt8>, file: String) throws(DropFileError) -> [Range<Int>] {
        let delimiter = Array(("--" + boundary).utf8)
        var result: [Range<Int>] = []
        var partStart: Int?
        var i = range.lowerBound
        var closed = false
        while i < range.upperBound {
            var lineEnd = i
            while lineEnd < range.upperBound, b[lineEnd] != 0x0A { lineEnd += 1 }
            let next = min(lineEnd + 1, range.upperBound)
            if lineEnd - i >= delimiter.count, (0..<delimiter.count).allSatisfy({ b[i + $0] == delimiter[$0] }) {
                var k = i + delimiter.count
                let isClose = k + 1 < lineEnd && b[k] == UInt8(ascii: "-") && b[k + 1] == UInt8(ascii: "-")
                if isClose { k += 2 }
                if TextBytes.isBlank(b, from: k, to: lineEnd) {
                    if let s = partStart {
                        // The line break before the delimiter belongs to the delimiter.
                        var e = i
                        if e > s, b[e - 1] == 0x0A { e -= 1 }
                        if e > s, b[e - 1] == 0x0D { e -= 1 }
                        result.append(s..<max(s, e))
                    }
                    if isClose { closed = true; break }
                    partStart = next
                }
            }
            i = next
        }
        if !closed, let s = partStart, s < range.upperBound { result.append(s..<range.upperBound) }
        if result.isEmpty {
            throw DropFileError(file: file, line: TextBytes.line(at: range.lowerBound, in: b),
                                message: "multipart body has no part delimited by \"--\(boundary)\"")
        }
        return result
    }

    // MARK: transfer encodings

    static func decodeQuotedPrintable(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "=") {
                // Soft line break: "=" then optional spaces then CRLF/LF.
                var j = i + 1
                while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
                if j < b.count, b[j] == 0x0D, j + 1 < b.count, b[j + 1] == 0x0A { i = j + 2; continue }
                if j < b.count, b[j] == 0x0A { i = j + 1; continue }
                if j == b.count { break }
                if i + 2 < b.count, let h = hexValue(b[i + 1]), let l = hexValue(b[i + 2]) {
                    out.append(h << 4 | l); i += 3; continue
                }
                out.append(c); i += 1   // a stray "=" is kept, as RFC 2045 suggests
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func decodeBase64(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var clean = b.filter { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        while clean.count % 4 != 0 { clean.append(UInt8(ascii: "=")) }
        guard let d = Data(base64Encoded: Data(clean)) else { return nil }
        return [UInt8](d)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    // MARK: header values

    /// `value; name=param; name2="quoted"` → the value and its parameters (names lowercased).
    static func parseParameters(_ s: String) -> (value: String, params: [String: String]) {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for ch in s {
            if escaped { current.append(ch); escaped = false; continue }
            if quoted && ch == "\\" { escaped = true; continue }
            if ch == "\"" { quoted.toggle(); continue }
            if ch == ";" && !quoted { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        var params: [String: String] = [:]
        for p in parts.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            let name = p[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            params[name] = p[p.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        }
        return (parts[0].trimmingCharacters(in: .whitespaces), params)
    }

    /// The display name and address of the first mailbox in a From header.
    static func parseAddress(_ raw: String) -> (name: String?, address: String?) {
        if let lt = raw.lastIndex(of: "<"), let gt = raw[lt...].firstIndex(of: ">") {
            let address = raw[raw.index(after: lt)..<gt].trimmingCharacters(in: .whitespaces)
            var name = raw[..<lt].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            let decoded = decodeEncodedWords(name).trimmingCharacters(in: .whitespaces)
            return (nonEmpty(decoded), nonEmpty(address))
        }
        // `jane@example.com (Jane Doe)`
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
            let name = decodeEncodedWords(String(raw[raw.index(after: open)..<close])).trimmingCharacters(in: .whitespaces)
            return (nonEmpty(name), nonEmpty(raw[..<open].trimmingCharacters(in: .whitespaces)))
        }
        let t = raw.trimmingCharacters(in: .whitespaces)
        return t.contains("@") ? (nil, nonEmpty(t)) : (nonEmpty(decodeEncodedWords(t)), nil)
    }

    /// The first `<id>` of a Message-ID / In-Reply-To / References header, without the brackets.
    static func firstMessageID(_ s: String) -> String? {
        guard let lt = s.firstIndex(of: "<"), let gt = s[lt...].firstIndex(of: ">") else { return nil }
        return nonEmpty(String(s[s.index(after: lt)..<gt]).trimmingCharacters(in: .whitespaces))
    }

    static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// Decodes RFC 2047 encoded words (`=?utf-8?B?...?=`, `=?iso-8859-1?Q?...?=`); the space between
    /// two adjacent encoded words is dropped. Malformed or unsupported words stay as written.
    static func decodeEncodedWords(_ s: String) -> String {
        guard s.contains("=?") else { return s }
        let u = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        var pendingSpace: [UInt8] = []   // whitespace after an encoded word, dropped if another follows
        var lastWasEncoded = false
        while i < u.count {
            if u[i] == UInt8(ascii: "="), i + 1 < u.count, u[i + 1] == UInt8(ascii: "?"),
               let (decoded, next) = encodedWord(u, at: i) {
                if !lastWasEncoded { out += pendingSpace }
                pendingSpace = []
                out += Array(decoded.utf8)
                lastWasEncoded = true
                i = next
                continue
            }
            if u[i] == 0x20 || u[i] == 0x09 {
                if lastWasEncoded { pendingSpace.append(u[i]) } else { out.append(u[i]) }
                i += 1
                continue
            }
            if lastWasEncoded { out += pendingSpace; pendingSpace = [] }
            lastWasEncoded = false
            out.append(u[i])
            i += 1
        }
        out += pendingSpace
        return String(decoding: out, as: UTF8.self)
    }

    private static func encodedWord(_ u: [UInt8], at start: Int) -> (String, Int)? {
        // =?charset?X?text?=
        var i = start + 2
        let csStart = i
        while i < u.count, u[i] != UInt8(ascii: "?") { if u[i] == 0x20 { return nil }; i += 1 }
        guard i + 2 < u.count, u[i + 2] == UInt8(ascii: "?") else { return nil }
        var charset = String(decoding: u[csStart..<i], as: UTF8.self).lowercased()
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let enc = u[i + 1] | 0x20
        i += 3
        let textStart = i
        while i + 1 < u.count, !(u[i] == UInt8(ascii: "?") && u[i + 1] == UInt8(ascii: "=")) {
            if u[i] == 0x20 { return nil }
            i += 1
        }
        guard i + 1 < u.count else { return nil }
        let text = Array(u[textStart..<i])
        let bytes: [UInt8]
        switch enc {
        case UInt8(ascii: "b"):
            guard let d = text.withUnsafeBufferPointer({ decodeBase64($0) }) else { return nil }
            bytes = d
        case UInt8(ascii: "q"):
            let spaced = text.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }
            bytes = spaced.withUnsafeBufferPointer { decodeQuotedPrintable($0) }
        default: return nil
        }
        guard case .success(let s) = Charsets.decode(bytes, charset: charset) else { return nil }
        return (s, i + 2)
    }

    // MARK: dates

    /// RFC 5322 dates (`Tue, 22 Nov 2026 10:00:00 +0000`, obsolete zones and 2-digit years too).
    static func parseDate(_ raw: String) -> Date? {
        var s = ""
        var depth = 0
        for ch in raw {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { s.append(ch == "," ? " " : ch) }
        }
        var tokens = s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let f = tokens.first, f.first?.isLetter == true { tokens.removeFirst() }   // day of week
        guard tokens.count >= 4 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let day = Int(tokens[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(tokens[1].lowercased().prefix(3))),
              var year = Int(tokens[2]) else { return nil }
        if tokens[2].count <= 2 { year += year < 50 ? 2000 : 1900 } else if tokens[2].count == 3 { year += 1900 }
        let hms = tokens[3].split(separator: ":").compactMap { Int($0) }
        guard hms.count >= 2, hms.count == tokens[3].split(separator: ":").count,
              (0...23).contains(hms[0]), (0...59).contains(hms[1]) else { return nil }
        var offset = 0
        if tokens.count >= 5 {
            let z = tokens[4]
            if let sign = z.first, sign == "+" || sign == "-", z.count == 5, let v = Int(z.dropFirst()) {
                offset = (v / 100 * 3600 + v % 100 * 60) * (sign == "-" ? -1 : 1)
            } else {
                let zones = ["ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
                             "mst": -7, "mdt": -6, "pst": -8, "pdt": -7]
                offset = (zones[z.lowercased()] ?? 0) * 3600
            }
        }
        var c = DateComponents()
        c.year = year; c.month = month + 1; c.day = day
        c.hour = hms[0]; c.minute = hms[1]; c.second = hms.count > 2 ? hms[2] : 0
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let d = cal.date(from: c) else { return nil }
        return d.addingTimeInterval(TimeInterval(-offset))
    }
}

/// The charsets `.eml` bodies and encoded words may use.
enum Charsets {
    enum Failure: Error { case unsupported, invalidUTF8(offset: Int) }

    static let supported = "utf-8, us-ascii, iso-8859-1, iso-8859-15, windows-1252"

    static func decode(_ bytes: [UInt8], charset: String) -> Result<String, Failure> {
        switch charset.trimmingCharacters(in: .whitespaces) {
        case "utf-8", "utf8", "us-ascii", "ascii", "":
            if let bad = bytes.withUnsafeBufferPointer({ TextBytes.firstInvalidUTF8($0) }) { return .failure(.invalidUTF8(offset: bad)) }
            return .success(String(decoding: bytes, as: UTF8.self))
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1":
            return .success(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            let map: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x160, 0xA8: 0x161, 0xB4: 0x17D, 0xB8: 0x17E, 0xBC: 0x152, 0xBD: 0x153, 0xBE: 0x178]
            return .success(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(map[$0] ?? UInt32($0))! })))
        case "windows-1252", "cp1252", "x-cp1252":
            return .success(String(String.UnicodeScalarView(bytes.map { b -> Unicode.Scalar in
                if b >= 0x80 && b <= 0x9F, let v = cp1252High[Int(b - 0x80)], let s = Unicode.Scalar(v) { return s }
                return Unicode.Scalar(b)
            })))
        default:
            return .failure(.unsupported)
        }
    }

    /// Windows-1252 0x80–0x9F (nil where the code page leaves a hole: kept as the C1 control).
    private static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}
