import Foundation

/// Parses durations as written in config: `500ms`, `30s`, `5m`, `2h`, `7d`, or sums like `1h30m`.
public enum DurationSyntax {
    public static func parse(_ text: String) -> Duration? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !s.isEmpty else { return nil }
        var total = Duration.zero
        var i = s.startIndex
        var parsedAny = false
        while i < s.endIndex {
            let numStart = i
            while i < s.endIndex, s[i].isASCII, s[i].isNumber || s[i] == "." { i = s.index(after: i) }
            guard numStart < i, let n = Double(s[numStart..<i]), n.isFinite else { return nil }
            let unitStart = i
            while i < s.endIndex, s[i].isLetter { i = s.index(after: i) }
            let unit = s[unitStart..<i]
            let factor: Double
            switch unit {
            case "ms": factor = 0.001
            case "s": factor = 1
            case "m": factor = 60
            case "h": factor = 3600
            case "d": factor = 86400
            case "w": factor = 604800
            default: return nil
            }
            let secs = n * factor
            guard secs < 1e11 else { return nil }
            total += .milliseconds(Int64((secs * 1000).rounded()))
            parsedAny = true
        }
        return parsedAny ? total : nil
    }

    /// The shortest way to write `d` in config syntax (`90s` → `1m30s`).
    public static func format(_ d: Duration) -> String {
        var ms = Int64((d.seconds * 1000).rounded())
        if ms == 0 { return "0s" }
        var out = ""
        for (unit, size) in [("d", Int64(86_400_000)), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)] where ms >= size {
            out += "\(ms / size)\(unit)"
            ms %= size
        }
        return out
    }
}

/// Suggests the closest known word for a misspelt one ("did you mean").
public enum Suggest {
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            if d <= max(2, c.count / 3), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// `" (did you mean \"x\"?)"` or an empty string.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }
}
