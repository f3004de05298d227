import Foundation

/// Writes an escalation as the JSON that `EarshotJSON.encoder()` writes — the same keys, sorted,
/// the same omitted `nil`s, dates as RFC 3339 — without going through `Codable`, which was the
/// largest share of an escalation's cost in the pipeline (it is written to the outbox once each).
///
/// It does not promise byte-identical output: numbers are written in Swift's shortest round-trip
/// form, so `JSONEncoder` and this writer may spell the same value differently (`1.0` / `1`).
/// Decoding either gives the same escalation. Returns nil when a number is not finite (NaN,
/// infinity), which JSON cannot carry; callers then fall back to `JSONEncoder`, which reports it.
public enum EscalationJSON {
    public static func encode(_ e: Escalation) -> Data? {
        var w = Writer()
        w.escalation(e)
        return w.failed ? nil : Data(w.out)
    }

    private struct Writer {
        var out: [UInt8] = []
        var failed = false
        private var first = [Bool]()

        init() { out.reserveCapacity(1024) }

        mutating func escalation(_ e: Escalation) {
            open()
            if let a = e.ackURL { key("ack_url"); string(a) }
            key("created"); string(EarshotJSON.formatDate(e.created))
            if let g = e.group {
                key("group"); open()
                key("count"); int(g.count)
                key("key"); string(g.key)
                close()
            }
            key("id"); string(e.id)
            key("items"); byte(0x5B)
            for (i, ai) in e.items.enumerated() {
                if i > 0 { byte(0x2C) }
                analyzedItem(ai)
            }
            byte(0x5D)
            key("kind"); string(e.kind.rawValue)
            key("reasons"); strings(e.reasons)
            key("route"); string(e.route)
            key("severity"); string(e.severity.rawValue)
            if let t = e.team { key("team"); string(t) }
            close()
        }

        /// The item's fields with `analysis` beside them (sorted: `analysis` comes first).
        mutating func analyzedItem(_ ai: AnalyzedItem) {
            let item = ai.item
            open()
            key("analysis"); analysis(ai.analysis)
            if let a = item.author {
                key("author"); open()
                if let f = a.followers { key("followers"); int(f) }
                if let h = a.handle { key("handle"); string(h) }
                if let i = a.id { key("id"); string(i) }
                if let n = a.name { key("name"); string(n) }
                close()
            }
            key("id"); string(item.id)
            if let r = item.inReplyTo { key("in_reply_to"); string(r) }
            if let l = item.language { key("language"); string(l) }
            if let m = item.metrics {
                key("metrics"); open()
                if let v = m.likes { key("likes"); int(v) }
                if let v = m.replies { key("replies"); int(v) }
                if let v = m.shares { key("shares"); int(v) }
                close()
            }
            if let p = item.published { key("published"); string(EarshotJSON.formatDate(p)) }
            key("source"); string(item.source)
            key("text"); string(item.text)
            if let t = item.thread { key("thread"); string(t) }
            if let t = item.title { key("title"); string(t) }
            if let u = item.url { key("url"); string(u) }
            close()
        }

        mutating func analysis(_ a: Analysis) {
            open()
            if let d = a.duplicateOf { key("duplicate_of"); string(d) }
            if let d = a.duplicateOfSource { key("duplicate_of_source"); string(d) }
            key("extras"); object(a.extras)
            key("label_reasons"); open()
            for e in a.labelEntries.sorted(by: { $0.label < $1.label }) { key(e.label); string(e.reason) }
            close()
            key("labels"); strings(a.labels)
            if let l = a.language { key("language"); string(l) }
            if let c = a.languageConfidence { key("language_confidence"); number(c) }
            if let r = a.reach { key("reach"); number(r) }
            if let s = a.sentiment {
                key("sentiment"); open()
                key("compound"); number(s.compound)
                key("neg"); number(s.neg)
                key("neu"); number(s.neu)
                key("pos"); number(s.pos)
                close()
            }
            if let s = a.severity { key("severity"); string(s.rawValue) }
            if let t = a.team { key("team"); string(t) }
            close()
        }

        mutating func value(_ v: JSONValue) {
            switch v {
            case .null: ascii("null")
            case .bool(let b): ascii(b ? "true" : "false")
            case .number(let n): number(n)
            case .string(let s): string(s)
            case .array(let a):
                byte(0x5B)
                for (i, x) in a.enumerated() {
                    if i > 0 { byte(0x2C) }
                    value(x)
                }
                byte(0x5D)
            case .object(let o): object(o)
            }
        }

        mutating func object(_ o: [String: JSONValue]) {
            open()
            for k in o.keys.sorted() { key(k); value(o[k]!) }
            close()
        }

        mutating func strings(_ list: [String]) {
            byte(0x5B)
            for (i, s) in list.enumerated() {
                if i > 0 { byte(0x2C) }
                string(s)
            }
            byte(0x5D)
        }

        // MARK: tokens

        mutating func open() { byte(0x7B); first.append(true) }
        mutating func close() { byte(0x7D); first.removeLast() }

        mutating func key(_ k: String) {
            if first[first.count - 1] { first[first.count - 1] = false } else { byte(0x2C) }
            string(k)
            byte(0x3A)
        }

        mutating func int(_ i: Int) { ascii(String(i)) }

        mutating func number(_ d: Double) {
            guard d.isFinite else { failed = true; ascii("null"); return }
            if d == d.rounded(), abs(d) < 1e15 { ascii(String(Int64(d))) } else { ascii(d.description) }
        }

        mutating func ascii(_ s: String) { out.append(contentsOf: s.utf8) }
        mutating func byte(_ b: UInt8) { out.append(b) }

        /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`,
        /// everything else (slashes and non-ASCII included) as is.
        mutating func string(_ s: String) {
            byte(0x22)
            // Most strings need no escaping: copy them whole.
            let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
                !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
            } ?? !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
            if plain {
                out.append(contentsOf: s.utf8)
                byte(0x22)
                return
            }
            for b in s.utf8 {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                case 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0x0F)])
                default: out.append(b)
                }
            }
            byte(0x22)
        }
    }
}
