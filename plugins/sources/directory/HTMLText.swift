import Foundation

/// Crude HTML-to-text for HTML-only email bodies: drops tags, comments, `<script>` and `<style>`,
/// breaks lines at block elements, decodes the common entities, collapses blank space.
enum HTMLText {
    static func strip(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(html.unicodeScalars)
        var i = 0
        func lowerASCII(_ from: Int, _ count: Int) -> String {
            guard from + count <= s.count else { return "" }
            return String(String.UnicodeScalarView(s[from..<from + count])).lowercased()
        }
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var j = from
            while j + n.count <= s.count {
                if (0..<n.count).allSatisfy({ Character(s[j + $0]).lowercased() == String(n[$0]) }) { return j }
                j += 1
            }
            return nil
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if lowerASCII(i, 4) == "<!--" {
                    i = (find("-->", from: i + 4).map { $0 + 3 }) ?? s.count
                    continue
                }
                var j = i + 1
                var quote: Unicode.Scalar?
                while j < s.count {
                    if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { break }
                    j += 1
                }
                var name = ""
                var k = i + 1
                if k < s.count, s[k] == "/" { k += 1 }
                while k < j, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) { name.unicodeScalars.append(s[k]); k += 1 }
                name = name.lowercased()
                if (name == "script" || name == "style"), s[i + 1] != "/" {
                    i = (find("</\(name)", from: j).flatMap { e in find(">", from: e) }.map { $0 + 1 }) ?? s.count
                    continue
                }
                if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"].contains(name) {
                    out.append("\n")
                }
                i = min(j + 1, s.count)
                continue
            }
            if c == "&", let (decoded, next) = entity(s, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        // Collapse runs of blanks within lines and of empty lines.
        var lines: [String] = []
        for line in String(out).split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(joined)
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "hellip": "…",
        "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "euro": "€", "copy": "©",
    ]

    private static func entity(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var j = start + 1
        var name = ""
        while j < s.count, j - start <= 10, s[j] != ";" {
            name.unicodeScalars.append(s[j]); j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let v = value, let scalar = Unicode.Scalar(v) else { return nil }
            return (String(Character(scalar)), j + 1)
        }
        guard let v = named[name.lowercased()] else { return nil }
        return (v, j + 1)
    }
}
