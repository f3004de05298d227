import Foundation

/// Parses the date formats HTTP allows (RFC 9110 §5.6.7): IMF-fixdate, the obsolete RFC 850 form and asctime.
public enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` or `Sun Nov  6 08:49:37 1994`; nil otherwise.
    public static func parse(_ text: String) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.lowercased() }
        for p in parts {
            if p.contains(":") {
                let t = p.split(separator: ":").compactMap { Int($0) }
                guard t.count == 3 else { return nil }
                time = (t[0], t[1], t[2])
            } else if let m = months.firstIndex(of: String(p.prefix(3))), p.count == 3 {
                month = m + 1
            } else if let n = Int(p) {
                if p.count >= 4 { year = n } else if day == nil { day = n } else { year = n }
            }
        }
        guard let d = day, let m = month, var y = year, let (hh, mm, ss) = time,
              (1...31).contains(d), (0...23).contains(hh), (0...59).contains(mm), (0...60).contains(ss) else { return nil }
        if y < 100 { y += y < 70 ? 2000 : 1900 }
        var c = DateComponents()
        c.year = y; c.month = m; c.day = d; c.hour = hh; c.minute = mm; c.second = ss
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c)
    }

    /// `Retry-After` as a wait from `now`: delay-seconds or an HTTP-date (a past date means no wait).
    public static func retryAfter(_ value: String?, now: Date) -> Duration? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        if let secs = Int(v) { return secs >= 0 ? .seconds(secs) : nil }
        guard let date = parse(v) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }
}

/// Reads the `X-RateLimit-*` headers many APIs (Mastodon, GitHub) send.
public enum RateLimit {
    /// The wait until `X-RateLimit-Reset`, given as an ISO 8601 time or as Unix seconds; nil if unreadable.
    public static func untilReset(_ value: String?, now: Date) -> Duration? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        let date: Date
        if let secs = Double(v) {
            date = Date(timeIntervalSince1970: secs)
        } else if let d = ISO8601.parse(v) {
            date = d
        } else {
            return nil
        }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }
}

/// ISO 8601 timestamps as APIs write them, with or without fractional seconds.
public enum ISO8601 {
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public static func parse(_ s: String) -> Date? {
        (try? plain.parse(s)) ?? (try? fractional.parse(s))
    }
}
