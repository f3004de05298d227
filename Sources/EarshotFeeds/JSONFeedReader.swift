import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedReader {
    static func read(_ bytes: [UInt8], baseURL: URL?) throws -> FeedDocument {
        let object: Any
        var warnings: [String] = []
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            // Raw tabs and line breaks inside strings (feeds built by string concatenation) are
            // escaped and the document read again; if that fails too, the first error stands (its
            // position counts the document's own bytes).
            var mended = bytes
            escapeRawLineBreaksInStrings(&mended, warnings: &warnings)
            guard mended != bytes, let again = try? JSONSerialization.jsonObject(with: Data(mended), options: []) else {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                throw FeedParseError("invalid JSON" + (detail.map { ": \($0)" } ?? ""))
            }
            object = again
        }
        guard let feed = object as? [String: Any] else {
            throw FeedParseError("not a feed: the JSON document is not an object with a jsonfeed.org \"version\"")
        }
        guard let version = feed["version"] as? String, version.containsBytes("jsonfeed.org/version/") else {
            throw FeedParseError("not a feed: JSON without a \"version\" naming https://jsonfeed.org/version/1 or /1.1")
        }
        let kind: FeedKind = version.hasSuffix("/1") ? .jsonFeed10 : .jsonFeed11
        guard let items = (feed["items"] ?? [Any]()) as? [Any] else {
            throw FeedParseError("JSON Feed \"items\" is not an array")
        }
        let link = string(feed["home_page_url"])
        let base = link.flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 } ?? baseURL
        let language = string(feed["language"])
        let feedAuthor = author(feed)
        var entries: [FeedEntry] = []
        entries.reserveCapacity(items.count)
        for case let item as [String: Any] in items {
            var entry = FeedEntry()
            entry.id = string(item["id"])
            entry.link = (string(item["url"]) ?? string(item["external_url"])).map { XMLFeedReader.resolve($0, against: base) }
            entry.title = string(item["title"])?.collapsedWhitespace
            if let html = string(item["content_html"]) {
                entry.text = HTMLText.plainText(html)
            } else if let text = string(item["content_text"]) {
                entry.text = text.trimmedWhitespace
            } else if let summary = string(item["summary"]) {
                entry.text = summary.trimmedWhitespace
            }
            if let a = author(item) ?? feedAuthor { (entry.authorName, entry.authorHandle) = a }
            entry.updated = string(item["date_modified"]).flatMap(FeedDate.parse)
            entry.published = string(item["date_published"]).flatMap(FeedDate.parse) ?? entry.updated
            entry.inReplyTo = inReplyTo(item)
            entry.language = string(item["language"]) ?? language
            entries.append(entry)
        }
        return FeedDocument(kind: kind, title: string(feed["title"]), link: link, language: language, entries: entries,
                            warnings: warnings)
    }

    /// Escapes the raw tabs, line feeds and carriage returns JSON forbids inside a string (`\t`, `\n`, `\r`),
    /// as a feed written by string concatenation has them; outside strings they are whitespace and stay.
    /// Called only when the document does not parse as it is.
    /// It follows string state only (quotes and backslash escapes): a document that ends inside a string is left
    /// as it is, and a stray quote that flips the state is not mended (the parser reports either).
    static func escapeRawLineBreaksInStrings(_ bytes: inout [UInt8], warnings: inout [String]) {
        var inString = false, escaped = false
        var firstLine = 0, count = 0, line = 1
        var out: [UInt8] = []
        for (i, c) in bytes.enumerated() {
            if c == 0x0A { line += 1 }
            guard inString else {
                if c == UInt8(ascii: "\"") { inString = true }
                if count > 0 { out.append(c) }
                continue
            }
            if c == 0x09 || c == 0x0A || c == 0x0D {
                if count == 0 {
                    out.reserveCapacity(bytes.count + 64)
                    out.append(contentsOf: bytes[..<i])
                    firstLine = c == 0x0A ? line - 1 : line
                }
                count += 1
                // After a backslash the escape is already open: only its letter is missing.
                if escaped { escaped = false } else { out.append(UInt8(ascii: "\\")) }
                out.append(c == 0x09 ? UInt8(ascii: "t") : c == 0x0A ? UInt8(ascii: "n") : UInt8(ascii: "r"))
                continue
            }
            if escaped { escaped = false } else if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "\"") { inString = false }
            if count > 0 { out.append(c) }
        }
        // A document that ends inside a string is truncated: leave it as it is, for the parser to say where.
        guard count > 0, !inString else { return }
        bytes = out
        warnings.append("line \(firstLine): \(count) raw \(count == 1 ? "tab or line break" : "tabs or line breaks") inside JSON strings escaped")
    }

    /// A non-empty string; numbers are accepted too (some feeds write numeric ids).
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String:
            let t = s.trimmedWhitespace
            return t.isEmpty ? nil : s
        case let n as NSNumber:
            return n.stringValue
        default:
            return nil
        }
    }

    /// First of `authors` (1.1) or `author` (1.0): name, and url as handle.
    private static func author(_ object: [String: Any]) -> (String?, String?)? {
        let candidate = (object["authors"] as? [[String: Any]])?.first ?? object["author"] as? [String: Any]
        guard let a = candidate else { return nil }
        let name = string(a["name"]), url = string(a["url"])
        return name == nil && url == nil ? nil : (name, url)
    }

    /// `_in_reply_to` (a string, or an object with `url`/`id`), or any `_extension` object with `in_reply_to`.
    private static func inReplyTo(_ item: [String: Any]) -> String? {
        func value(_ v: Any?) -> String? {
            if let s = string(v) { return s }
            if let o = v as? [String: Any] { return string(o["url"]) ?? string(o["id"]) }
            return nil
        }
        if let v = value(item["_in_reply_to"]) { return v }
        for (key, v) in item where key.hasPrefix("_") {
            if let ext = v as? [String: Any], let r = value(ext["in_reply_to"]) { return r }
        }
        return nil
    }
}
