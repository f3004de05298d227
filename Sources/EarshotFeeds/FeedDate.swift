import Foundation

/// Lenient parser for the date formats found in feeds.
public enum FeedDate {
    /// Parses a feed date; nil when the text holds no recognisable date.
    ///
    /// Accepts RFC 3339 / ISO 8601 (`2024-03-05T14:30:00Z`, fractional seconds, `+0100` offsets without a colon,
    /// date-only, space instead of `T`, basic format `20240305T143000Z`) and RFC 822 / 1123 / 850 and asctime
    /// (`Tue, 05 Mar 2024 14:30:00 GMT` with or without weekday, 2- or 4-digit year, missing seconds, full or
    /// abbreviated month and weekday names, named zones such as GMT/UT/EST/PDT/CET, numeric zones, `GMT+2`, AM/PM,
    /// month before day). A date without a zone is taken as UTC; two-digit years 00–49 are 20xx, 50–99 19xx.
    public static func parse(_ s: String) -> Date? {
        var bytes = Array(s.utf8)
        if bytes.count > 200 { return nil }
        // Trim whitespace.
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        if start > 0 { bytes.removeFirst(start) }
        guard !bytes.isEmpty else { return nil }
        if let d = parseISO(bytes) { return d }
        return parseLoose(bytes)
    }

    // MARK: ISO 8601 / RFC 3339

    private static func parseISO(_ b: [UInt8]) -> Date? {
        var p = 0
        guard let year = digits(b, &p, min: 4, max: 4) else { return nil }
        var sep: UInt8 = 0
        if p < b.count, b[p] == UInt8(ascii: "-") || b[p] == UInt8(ascii: "/") || b[p] == UInt8(ascii: ".") {
            sep = b[p]; p += 1
        }
        guard let month = digits(b, &p, min: sep == 0 ? 2 : 1, max: 2) else { return nil }
        var day = 1
        if p < b.count, sep != 0, b[p] == sep {
            p += 1
            guard let d = digits(b, &p, min: 1, max: 2) else { return nil }
            day = d
        } else if sep == 0 {
            guard let d = digits(b, &p, min: 2, max: 2) else { return nil }
            day = d
        } else if p < b.count {
            return nil
        }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if p < b.count {
            guard b[p] == UInt8(ascii: "T") || b[p] == UInt8(ascii: "t") || b[p] == UInt8(ascii: " ") else { return nil }
            p += 1
            while p < b.count, b[p] == UInt8(ascii: " ") { p += 1 }
            guard let h = digits(b, &p, min: 1, max: 2) else { return nil }
            hour = h
            let colon = p < b.count && b[p] == UInt8(ascii: ":")
            if colon { p += 1 }
            guard let m = digits(b, &p, min: 2, max: 2) else { return nil }
            minute = m
            if p < b.count, (colon && b[p] == UInt8(ascii: ":")) || (!colon && isDigit(b[p])) {
                if colon { p += 1 }
                guard let sec = digits(b, &p, min: 2, max: 2) else { return nil }
                second = sec
                if p < b.count, b[p] == UInt8(ascii: ".") || b[p] == UInt8(ascii: ",") {
                    p += 1
                    var scale = 0.1
                    let fracStart = p
                    while p < b.count, isDigit(b[p]) {
                        fraction += Double(b[p] - 0x30) * scale
                        scale /= 10
                        p += 1
                    }
                    if p == fracStart { return nil }
                }
            }
            while p < b.count, b[p] == UInt8(ascii: " ") { p += 1 }
            if p < b.count {
                guard let z = zone(b, &p), p == b.count else { return nil }
                offset = z
            }
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        fraction: fraction, offset: offset)
    }

    /// Parses `Z`, `+hh:mm`, `+hhmm`, `+hh`, or a zone name with an optional offset (`GMT+2`); seconds east of UTC.
    private static func zone(_ b: [UInt8], _ p: inout Int) -> Int? {
        guard p < b.count else { return nil }
        if b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-") {
            return numericOffset(b, &p)
        }
        var q = p
        while q < b.count, isLetter(b[q]) { q += 1 }
        guard q > p, let named = namedZone(b[p..<q]) else { return nil }
        p = q
        if p < b.count, b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-") {
            guard let extra = numericOffset(b, &p) else { return nil }
            return named + extra
        }
        return named
    }

    private static func numericOffset(_ b: [UInt8], _ p: inout Int) -> Int? {
        let sign = b[p] == UInt8(ascii: "-") ? -1 : 1
        p += 1
        var q = p
        guard let h = digits(b, &q, min: 1, max: 2) else { return nil }
        var m = 0
        if q < b.count, b[q] == UInt8(ascii: ":") {
            q += 1
            guard let mm = digits(b, &q, min: 2, max: 2) else { return nil }
            m = mm
        } else if q - p == 2, q < b.count, isDigit(b[q]) {
            guard let mm = digits(b, &q, min: 2, max: 2) else { return nil }
            m = mm
        }
        guard h <= 14, m < 60 else { return nil }
        p = q
        return sign * (h * 3600 + m * 60)
    }

    // MARK: RFC 822 and friends

    private static func parseLoose(_ b: [UInt8]) -> Date? {
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute = 0, second = 0
        var fraction = 0.0
        var offset: Int?
        var pm: Bool?
        var yearDigits = 4
        var p = 0
        while p < b.count {
            let c = b[p]
            if isDigit(c) {
                let start = p
                while p < b.count, isDigit(b[p]) { p += 1 }
                guard p - start <= 4, let value = Int(String(decoding: b[start..<p], as: UTF8.self)) else { return nil }
                if p < b.count, b[p] == UInt8(ascii: ":") {
                    // A time: hh:mm[:ss[.fff]]
                    guard hour == nil, p - start <= 2 else { return nil }
                    hour = value
                    p += 1
                    guard let m = digits(b, &p, min: 2, max: 2) else { return nil }
                    minute = m
                    if p < b.count, b[p] == UInt8(ascii: ":") {
                        p += 1
                        guard let s = digits(b, &p, min: 2, max: 2) else { return nil }
                        second = s
                        if p < b.count, b[p] == UInt8(ascii: "."), p + 1 < b.count, isDigit(b[p + 1]) {
                            p += 1
                            var scale = 0.1
                            while p < b.count, isDigit(b[p]) {
                                fraction += Double(b[p] - 0x30) * scale
                                scale /= 10
                                p += 1
                            }
                        }
                    }
                    continue
                }
                // Ordinal suffixes (1st, 2nd, 3rd, 4th).
                if p + 1 < b.count, isLetter(b[p]), isLetter(b[p + 1]) {
                    let suffix = (lowerByte(b[p]), lowerByte(b[p + 1]))
                    if [(UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                        (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h"))].contains(where: { $0 == suffix }),
                       p + 2 == b.count || !isLetter(b[p + 2]) {
                        p += 2
                    }
                }
                if p - start == 4 || value > 31 {
                    guard year == nil else { return nil }
                    year = value
                    yearDigits = p - start
                } else if day == nil {
                    day = value
                } else if year == nil {
                    year = value
                    yearDigits = p - start
                } else {
                    return nil
                }
            } else if isLetter(c) {
                let start = p
                while p < b.count, isLetter(b[p]) { p += 1 }
                let word = b[start..<p]
                if let m = monthNumber(word) {
                    guard month == nil else { return nil }
                    month = m
                } else if isWeekday(word) {
                    continue
                } else if word.count == 2, lowerByte(word.first!) == UInt8(ascii: "a") || lowerByte(word.first!) == UInt8(ascii: "p"),
                          lowerByte(word.last!) == UInt8(ascii: "m") {
                    pm = lowerByte(word.first!) == UInt8(ascii: "p")
                } else if word.count == 1, lowerByte(word.first!) == UInt8(ascii: "t"), hour == nil {
                    continue // ISO-style "T" separator in an otherwise loose date
                } else if let z = namedZone(word) {
                    guard offset == nil else { continue } // e.g. "GMT (UTC)": first zone wins
                    var q = p
                    if q < b.count, b[q] == UInt8(ascii: "+") || b[q] == UInt8(ascii: "-"), let extra = numericOffset(b, &q) {
                        offset = z + extra
                        p = q
                    } else {
                        offset = z
                    }
                } else if word.count <= 3 || ["at", "of", "on"].contains(String(decoding: word, as: UTF8.self).lowercased()) {
                    continue // unknown short zone abbreviations and filler words
                } else {
                    return nil
                }
            } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && hour != nil && offset == nil
                        && p + 1 < b.count && isDigit(b[p + 1]) {
                guard let z = numericOffset(b, &p) else { return nil }
                offset = z
            } else if c == UInt8(ascii: "(") {
                // Comments such as "(PST)" or "(Coordinated Universal Time)".
                while p < b.count, b[p] != UInt8(ascii: ")") { p += 1 }
                p += 1
            } else {
                p += 1 // separators: space , - / .
            }
        }
        guard var y = year, let mo = month, let d = day else { return nil }
        if yearDigits <= 2 { y += y < 50 ? 2000 : 1900 } else if yearDigits == 3 { y += 1900 }
        var h = hour ?? 0
        if let pm {
            guard h >= 1 && h <= 12 else { return nil }
            if pm && h < 12 { h += 12 } else if !pm && h == 12 { h = 0 }
        }
        return makeDate(year: y, month: mo, day: d, hour: h, minute: minute, second: second,
                        fraction: fraction, offset: offset ?? 0)
    }

    // MARK: Helpers

    private static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                                 fraction: Double, offset: Int) -> Date? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        if hour == 24 && (minute != 0 || second != 0) { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let secs = days * 86400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: Double(secs) + fraction)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ b: [UInt8], _ p: inout Int, min: Int, max: Int) -> Int? {
        var q = p
        var value = 0
        while q < b.count, q - p < max, isDigit(b[q]) {
            value = value * 10 + Int(b[q] - 0x30)
            q += 1
        }
        guard q - p >= min else { return nil }
        p = q
        return value
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let fullWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "tues", "thur", "thurs"]

    private static func monthNumber(_ word: ArraySlice<UInt8>) -> Int? {
        let w = String(decoding: word, as: UTF8.self).lowercased()
        if w.count == 3, let i = months.firstIndex(of: w) { return i + 1 }
        if let i = fullMonths.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        return nil
    }

    private static func isWeekday(_ word: ArraySlice<UInt8>) -> Bool {
        let w = String(decoding: word, as: UTF8.self).lowercased()
        return (w.count == 3 && weekdays.contains(w)) || fullWeekdays.contains(w)
    }

    /// Offsets in seconds east of UTC for zone names seen in feeds.
    private static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3, "nst": -3 * 60 - 30, "ndt": -2 * 60 - 30,
        "bst": 1, "ist": 5 * 60 + 30, "cet": 1, "cest": 2, "met": 1, "mest": 2, "west": 1, "eet": 2, "eest": 3,
        "msk": 3, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8, "acst": 9 * 60 + 30, "aest": 10,
        "aedt": 11, "nzst": 12, "nzdt": 13,
    ].mapValues { abs($0) > 14 ? $0 * 60 : $0 * 3600 }

    private static func namedZone(_ word: ArraySlice<UInt8>) -> Int? {
        let w = String(decoding: word, as: UTF8.self).lowercased()
        if let z = zones[w] { return z }
        // RFC 822 military zones: their signs were defined backwards and are unreliable, so read them as UTC.
        if w.count == 1, w != "t" { return 0 }
        return nil
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
