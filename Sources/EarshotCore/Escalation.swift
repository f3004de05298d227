import Crypto
import Foundation

/// What sinks receive: one or a group of items that a route decided a person must see.
public struct Escalation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case mention, spike, sla }

    public struct Group: Sendable, Hashable, Codable {
        public var key: String
        public var count: Int
        public init(key: String, count: Int) { self.key = key; self.count = count }
    }

    public var id: String
    public var created: Date
    public var kind: Kind
    public var route: String
    public var severity: Severity
    public var team: String?
    public var reasons: [String]
    public var items: [AnalyzedItem]
    public var group: Group?
    public var ackURL: String?

    public init(id: String, created: Date, kind: Kind, route: String, severity: Severity, team: String?,
                reasons: [String], items: [AnalyzedItem], group: Group? = nil, ackURL: String? = nil) {
        self.id = id; self.created = created; self.kind = kind; self.route = route; self.severity = severity
        self.team = team; self.reasons = reasons; self.items = items; self.group = group; self.ackURL = ackURL
    }

    /// A stable id from the route and the items' sources and ids: the same items on the same
    /// route always give the same escalation id, which receivers can use to drop duplicates.
    /// The source is part of it because item ids are only unique within a source (two feeds
    /// may both number their entries 1, 2, 3).
    public static func stableID(route: String, items: [Item]) -> String {
        var h = SHA256()
        h.update(utf8: route)
        for item in items {
            h.update(byte: 0)
            h.update(utf8: item.source)
            h.update(byte: 0x1F)
            h.update(utf8: item.id)
        }
        return "esc_" + Hex.string(h.finalize().prefix(12))
    }

    enum CodingKeys: String, CodingKey {
        case id, created, kind, route, severity, team, reasons, items, group
        case ackURL = "ack_url"
    }
}

extension AnalyzedItem {
    /// Encodes as the item's own fields with `analysis` beside them, as SPEC §3 shows.
    public func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var c = encoder.container(keyedBy: ExtraKeys.self)
        try c.encode(analysis, forKey: .analysis)
    }

    public init(from decoder: any Decoder) throws {
        item = try Item(from: decoder)
        let c = try decoder.container(keyedBy: ExtraKeys.self)
        analysis = try c.decodeIfPresent(Analysis.self, forKey: .analysis) ?? Analysis()
    }

    private enum ExtraKeys: String, CodingKey { case analysis }
}

/// The JSON encoder Earshot uses wherever it writes items and escalations: ISO 8601 dates,
/// sorted keys (stable output for tests and signatures).
public enum EarshotJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(formatDate(date))
        }
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Double.self) { return Date(timeIntervalSince1970: n) }
            let s = try c.decode(String.self)
            guard let date = parseDate(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date: \"\(s)\" (expected RFC 3339, e.g. 2026-11-22T10:00:00Z)")
            }
            return date
        }
        return d
    }

    /// RFC 3339 with or without fractional seconds; a bare date is taken as midnight UTC.
    /// Impossible calendar dates (2026-02-30, month 13, hour 25) are rejected rather than rolled over.
    public static func parseDate(_ s: String) -> Date? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard fieldsInRange(t) else { return nil }
        if let d = try? Date(t, strategy: .iso8601) { return d }
        if let d = try? Date(t, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return d }
        if t.count == 10, let d = try? Date(t + "T00:00:00Z", strategy: .iso8601) { return d }
        return nil
    }

    /// Checks the leading `YYYY-MM-DD[THH:MM[:SS]]` fields against the calendar (the parser itself rolls
    /// 2026-02-30 over to March 2).
    static func fieldsInRange(_ t: String) -> Bool {
        let u = Array(t.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard u.count >= from + len else { return nil }
            var v = 0
            for b in u[from..<(from + len)] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard let year = num(0, 4), let month = num(5, 2), let day = num(8, 2), (1...12).contains(month) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if let hour = num(11, 2), hour > 23 { return false }
        if let minute = num(14, 2), minute > 59 { return false }
        if let second = num(17, 2), second > 60 { return false }
        return true
    }

    /// `2026-11-22T10:00:00Z`: UTC, whole seconds (what `ISO8601FormatStyle` prints, computed directly
    /// because the formatter was a visible share of the pipeline's time). Years outside 1...9999 use it.
    public static func formatDate(_ d: Date) -> String {
        let t = d.timeIntervalSince1970
        guard t.isFinite, t >= -62_135_596_800, t < 253_402_300_800 else {
            return d.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
        }
        let secs = Int64(t.rounded(.down))
        var days = secs / 86_400, rem = secs % 86_400
        if rem < 0 { rem += 86_400; days -= 1 }
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        // YYYY-MM-DDTHH:MM:SSZ, written in place (the guard above keeps the year within 1...9999).
        return String(unsafeUninitializedCapacity: 20) { b in
            func put(_ v: Int64, at start: Int, width: Int) {
                var v = v
                for i in stride(from: start + width - 1, through: start, by: -1) { b[i] = 0x30 + UInt8(v % 10); v /= 10 }
            }
            put(year, at: 0, width: 4); b[4] = 0x2D; put(month, at: 5, width: 2); b[7] = 0x2D; put(day, at: 8, width: 2)
            b[10] = 0x54; put(rem / 3600, at: 11, width: 2); b[13] = 0x3A; put(rem % 3600 / 60, at: 14, width: 2)
            b[16] = 0x3A; put(rem % 60, at: 17, width: 2); b[19] = 0x5A
            return 20
        }
    }
}
