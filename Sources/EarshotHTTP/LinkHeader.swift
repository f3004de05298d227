import Foundation

/// Reads HTTP `Link` headers (RFC 8288), as used for pagination: `<https://x/?max_id=1>; rel="next"`.
public enum LinkHeader {
    /// The target of each relation (`next`, `prev`, …) found in `values`, resolved against `base`.
    /// A link with several relations (`rel="prev first"`) is listed under each; the first link wins per relation.
    public static func relations(_ values: [String], base: URL? = nil) -> [String: URL] {
        var out: [String: URL] = [:]
        for value in values {
            for link in splitLinks(value) {
                guard let open = link.firstIndex(of: "<"), let close = link[open...].firstIndex(of: ">") else { continue }
                let target = String(link[link.index(after: open)..<close])
                guard let url = URL(string: target, relativeTo: base)?.absoluteURL else { continue }
                for param in link[link.index(after: close)...].split(separator: ";") {
                    let kv = param.split(separator: "=", maxSplits: 1)
                    guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "rel" else { continue }
                    let rels = kv[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    for rel in rels.split(separator: " ") where out[rel.lowercased()] == nil {
                        out[rel.lowercased()] = url
                    }
                }
            }
        }
        return out
    }

    /// Splits a header value at the commas between links, not those inside `<…>` or quotes.
    private static func splitLinks(_ value: String) -> [Substring] {
        var parts: [Substring] = []
        var start = value.startIndex
        var inAngle = false, inQuote = false
        for i in value.indices {
            switch value[i] {
            case "<" where !inQuote: inAngle = true
            case ">" where !inQuote: inAngle = false
            case "\"" where !inAngle: inQuote.toggle()
            case "," where !inAngle && !inQuote:
                parts.append(value[start..<i]); start = value.index(after: i)
            default: break
            }
        }
        parts.append(value[start...])
        return parts
    }
}
