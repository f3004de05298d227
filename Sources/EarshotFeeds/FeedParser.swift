import Foundation

/// Reads RSS 0.9x/1.0/2.0, Atom 1.0 (and 0.3) and JSON Feed 1.0/1.1 documents.
public enum FeedParser {
    /// Parses a feed document, detecting its format from the content (never from a URL or file extension).
    ///
    /// - Parameters:
    ///   - data: the raw bytes; UTF-8, UTF-16/32 with BOM, or an 8-bit encoding named in the XML declaration.
    ///   - baseURL: where the document came from; relative links resolve against xml:base, then the feed's own
    ///     link, then this.
    ///   - maxBytes: documents larger than this are rejected before any parsing.
    /// - Throws: `FeedParseError` saying what is wrong and, for XML errors, where.
    ///
    /// Documents with entity declarations in their DTD are refused, external entities are never loaded, and HTML
    /// named entities such as `&nbsp;` (undefined in XML) and bare `&` are repaired rather than rejected; characters
    /// XML does not allow are replaced (control characters, raw or as `&#8;`, by spaces). An XML document that breaks off (truncated, a mismatched
    /// tag, a stray `<`) keeps the entries closed before the break, if there are any. Repairs and breaks are
    /// listed in `FeedDocument.warnings`. What it cannot do: read on after a break, as a lenient HTML-style
    /// parser would; the entry in progress and everything after it are lost until the feed is fixed.
    public static func parse(_ data: Data, baseURL: URL? = nil, maxBytes: Int = 10 << 20) throws -> FeedDocument {
        let prepared = try FeedInput.prepare(data, maxBytes: maxBytes)
        switch prepared.syntax {
        case .json:
            var doc = try JSONFeedReader.read(prepared.bytes, baseURL: baseURL)
            doc.warnings = prepared.warnings + doc.warnings
            return doc
        case .xml:
            var warnings = prepared.warnings
            let shifted = { (e: FeedParseError) -> FeedParseError in
                var e = e
                e.line = e.line.map { $0 + prepared.lineOffset }
                return e
            }
            var root: XNode
            var breakOff: FeedParseError?
            switch XMLTreeBuilder.parse(Data(prepared.bytes)) {
            case .document(let r):
                root = r
            case .failed(let error):
                throw shifted(error)
            case .broken(let r, let error):
                // A bare '&' often breaks a document where libxml2 names another error ("name expected").
                let repaired = FeedInput.repairEntities(prepared.bytes)
                root = r
                breakOff = error
                if repaired != prepared.bytes {
                    switch XMLTreeBuilder.parse(Data(repaired)) {
                    case .document(let r):
                        root = r
                        breakOff = nil
                        warnings.append("\(shifted(error).description); HTML entities and bare '&' were repaired")
                    case .broken(let r, let e):
                        root = r
                        breakOff = e
                        warnings.append("HTML entities and bare '&' were repaired")
                    case .failed, .needsEntityRepair:
                        break   // keep what the unrepaired document gave
                    }
                }
            case .needsEntityRepair(let first):
                switch XMLTreeBuilder.parse(Data(FeedInput.repairEntities(prepared.bytes))) {
                case .document(let r):
                    root = r
                case .broken(let r, let error):
                    root = r
                    breakOff = error
                case .failed(let error), .needsEntityRepair(let error):
                    throw shifted(error)
                }
                warnings.append("\(shifted(first).description); HTML entities and bare '&' were repaired")
            }
            var reader = XMLFeedReader(baseURL: baseURL)
            var doc: FeedDocument
            do {
                doc = try reader.read(root)
            } catch where breakOff != nil {
                throw shifted(breakOff!)   // the break, not what it left, is the problem
            }
            if let breakOff {
                // Entries closed before the break are whole; the one in progress and the rest are lost.
                guard !doc.entries.isEmpty else { throw shifted(breakOff) }
                let n = doc.entries.count
                doc.brokeOff = shifted(breakOff)
                warnings.append("\(shifted(breakOff).description); kept the \(n) \(n == 1 ? "entry" : "entries") read before it, the rest of the document is skipped")
            }
            doc.warnings = warnings
            return doc
        }
    }
}

/// Reads the element tree of an RSS, RDF or Atom document.
struct XMLFeedReader {
    let baseURL: URL?
    private var feedBase: URL?

    init(baseURL: URL?) {
        self.baseURL = baseURL
        self.feedBase = baseURL
    }

    private static let rssNamespaces: Set<String> = [NS.none, NS.rss10, NS.rss090, NS.rss2Userland]

    mutating func read(_ document: XNode) throws -> FeedDocument {
        guard let root = document.children.first(where: { !$0.isText }) else {
            throw FeedParseError("the document has no root element")
        }
        switch (root.name, root.ns) {
        case ("rss", _):
            return readRSS(root)
        case ("RDF", NS.rdf):
            return readRSS(root)
        case ("feed", NS.atom), ("feed", NS.atom03), ("feed", NS.none):
            return readAtom(root)
        default:
            let shown = root.ns.isEmpty ? root.name : "\(root.name) (namespace \(root.ns))"
            throw FeedParseError("not a feed: the root element is <\(shown)>, expected <rss>, <rdf:RDF> or Atom <feed>")
        }
    }

    // MARK: RSS

    private func rssChild(_ node: XNode, _ name: String) -> XNode? {
        node.children.first { $0.name == name && Self.rssNamespaces.contains($0.ns) }
    }

    private mutating func readRSS(_ root: XNode) -> FeedDocument {
        let kind: FeedKind
        if root.name == "RDF" {
            kind = root.children.contains { $0.ns == NS.rss090 } ? .rss090 : .rss10rdf
        } else {
            switch root.attribute("version")?.trimmedWhitespace ?? "" {
            case "0.91": kind = .rss091
            case "0.90": kind = .rss090
            case "0.92", "0.93", "0.94": kind = .rss092
            default: kind = .rss20
            }
        }
        let channel = rssChild(root, "channel") ?? root
        let title = rssChild(channel, "title").flatMap { Self.textTitle($0.text) }
        let channelBase = Self.xmlBase(of: channel, over: baseURL)
        var link = rssChild(channel, "link")?.trimmedText.map { Self.resolve($0, against: channelBase) }
        if link == nil, let atomLink = Self.alternateLink(channel) {
            link = Self.resolve(atomLink, against: channelBase)
        }
        feedBase = link.flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 } ?? baseURL
        let language = rssChild(channel, "language")?.trimmedText
            ?? channel.child("language", NS.dc)?.trimmedText
            ?? Self.xmlLang(of: channel)

        var fallbackAuthor: (String?, String?)?
        if let editor = rssChild(channel, "managingEditor")?.trimmedText { fallbackAuthor = Self.splitAuthor(editor) }
        if let creator = channel.child("creator", NS.dc)?.trimmedText ?? channel.child("author", NS.itunes)?.trimmedText {
            fallbackAuthor = (creator, nil)
        }
        if let a = channel.child("author", NS.atom).flatMap(Self.atomPerson) { fallbackAuthor = a }

        var items = channel.children.filter { $0.name == "item" && Self.rssNamespaces.contains($0.ns) }
        if channel !== root {
            items += root.children.filter { $0.name == "item" && Self.rssNamespaces.contains($0.ns) }
        }
        let entries = items.filter(\.complete).map { readRSSItem($0, feedLanguage: language, fallbackAuthor: fallbackAuthor) }
        return FeedDocument(kind: kind, title: title, link: link, language: language, entries: entries)
    }

    private func readRSSItem(_ item: XNode, feedLanguage: String?, fallbackAuthor: (String?, String?)?) -> FeedEntry {
        var entry = FeedEntry()
        let base = Self.xmlBase(of: item, over: feedBase)
        let guid = rssChild(item, "guid")
        entry.id = guid?.trimmedText ?? item.attribute("about", ns: NS.rdf) ?? item.child("id", NS.atom)?.trimmedText
        if let l = rssChild(item, "link")?.trimmedText {
            entry.link = Self.resolve(l, against: base)
        } else if let l = Self.alternateLink(item) {
            entry.link = Self.resolve(l, against: base)
        } else if let guid, let g = guid.trimmedText, guid.attribute("isPermaLink")?.lowercased() != "false",
                  g.hasPrefix("http://") || g.hasPrefix("https://") {
            entry.link = g
        }
        entry.title = rssChild(item, "title").flatMap { Self.textTitle($0.text) }
            ?? item.child("title", NS.atom).flatMap(Self.atomTitle)

        if let encoded = item.child("encoded", NS.content)?.text, !Self.isBlank(encoded) {
            entry.text = HTMLText.plainText(encoded)
        } else if let content = item.child("content", NS.atom), let t = Self.atomText(content) {
            entry.text = t
        } else if let d = rssChild(item, "description")?.text, !Self.isBlank(d) {
            entry.text = HTMLText.plainText(d)
        } else if let s = item.child("summary", NS.atom).flatMap(Self.atomText) {
            entry.text = s
        } else if let s = item.child("summary", NS.itunes)?.text ?? item.child("description", NS.media)?.text {
            entry.text = HTMLText.plainText(s)
        }

        if let a = rssChild(item, "author")?.trimmedText {
            (entry.authorName, entry.authorHandle) = Self.splitAuthor(a)
        }
        if entry.authorName == nil, let c = item.child("creator", NS.dc)?.trimmedText ?? item.child("author", NS.itunes)?.trimmedText {
            entry.authorName = c
        }
        if entry.authorName == nil && entry.authorHandle == nil, let a = item.child("author", NS.atom).flatMap(Self.atomPerson) {
            (entry.authorName, entry.authorHandle) = a
        }
        if entry.authorName == nil && entry.authorHandle == nil, let a = fallbackAuthor {
            (entry.authorName, entry.authorHandle) = a
        }

        let published = rssChild(item, "pubDate") ?? item.child("date", NS.dc) ?? item.child("issued", NS.dcterms)
            ?? item.child("created", NS.dcterms) ?? item.child("published", NS.atom)
        entry.updated = (item.child("modified", NS.dcterms) ?? item.child("updated", NS.atom))?.trimmedText.flatMap(FeedDate.parse)
        entry.published = published?.trimmedText.flatMap(FeedDate.parse) ?? entry.updated
        entry.inReplyTo = Self.inReplyTo(item, base: base)
        entry.language = item.child("language", NS.dc)?.trimmedText ?? item.attribute("lang", ns: NS.xml) ?? feedLanguage
        return entry
    }

    // MARK: Atom

    private mutating func readAtom(_ feed: XNode) -> FeedDocument {
        let ns = feed.ns
        let kind: FeedKind = ns == NS.atom03 ? .atom03 : .atom10
        let feedXMLBase = Self.xmlBase(of: feed, over: baseURL)
        let link = Self.alternateLink(feed, ns: ns).map { Self.resolve($0, against: feedXMLBase) }
        feedBase = link.flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 } ?? baseURL
        let title = feed.child("title", ns).flatMap(Self.atomTitle)
        let language = Self.xmlLang(of: feed)
        let feedAuthor = feed.child("author", ns).flatMap(Self.atomPerson)
        let entries = feed.children(("entry"), ns).filter(\.complete).map { readAtomEntry($0, ns: ns, feedAuthor: feedAuthor, feedLanguage: language) }
        return FeedDocument(kind: kind, title: title, link: link, language: language, entries: entries)
    }

    private func readAtomEntry(_ e: XNode, ns: String, feedAuthor: (String?, String?)?, feedLanguage: String?) -> FeedEntry {
        var entry = FeedEntry()
        // xml:base in scope wins; otherwise the feed's link, then the document URL.
        let base = Self.hasXMLBase(e) ? Self.xmlBase(of: e, over: baseURL) : feedBase
        entry.id = e.child("id", ns)?.trimmedText
        entry.link = Self.alternateLink(e, ns: ns).map { Self.resolve($0, against: base) }
        entry.title = e.child("title", ns).flatMap(Self.atomTitle)
        if let c = e.child("content", ns).flatMap(Self.atomText), !c.isEmpty {
            entry.text = c
        } else if let s = e.child(anyOf: ["summary", "tagline"], ns).flatMap(Self.atomText) {
            entry.text = s
        } else if let encoded = e.child("encoded", NS.content)?.text {
            entry.text = HTMLText.plainText(encoded)
        }
        if let a = e.child("author", ns).flatMap(Self.atomPerson) {
            (entry.authorName, entry.authorHandle) = a
        } else if let c = e.child("creator", NS.dc)?.trimmedText {
            entry.authorName = c
        } else if let a = e.child("source", ns)?.child("author", ns).flatMap(Self.atomPerson) ?? feedAuthor {
            (entry.authorName, entry.authorHandle) = a
        }
        entry.updated = e.child(anyOf: ["updated", "modified"], ns)?.trimmedText.flatMap(FeedDate.parse)
        let published = e.child(anyOf: ["published", "issued", "created"], ns) ?? e.child("date", NS.dc)
        entry.published = published?.trimmedText.flatMap(FeedDate.parse) ?? entry.updated
        entry.inReplyTo = Self.inReplyTo(e, base: base)
        entry.language = Self.xmlLang(of: e) ?? feedLanguage
        return entry
    }

    /// The text of an Atom text construct (`type` text, html or xhtml; Atom 0.3 `mode`); nil for
    /// out-of-line (`src`) or binary content.
    static func atomText(_ node: XNode) -> String? {
        if node.attribute("src") != nil { return nil }
        let type = (node.attribute("type") ?? "text").lowercased()
        let mode = node.attribute("mode")?.lowercased()
        if mode == "base64" {
            guard let data = Data(base64Encoded: node.text, options: .ignoreUnknownCharacters) else { return nil }
            let decoded = String(decoding: data, as: UTF8.self)
            return type.hasSuffix("html") ? HTMLText.plainText(decoded) : decoded.trimmedWhitespace
        }
        if type == "xhtml" || type == "application/xhtml+xml" || mode == "xml" {
            let container = node.child("div", NS.xhtml) ?? node
            var markup = ""
            container.appendMarkup(to: &markup)
            return HTMLText.plainText(markup)
        }
        if type == "html" || type == "text/html" || mode == "escaped" {
            return HTMLText.plainText(node.text)
        }
        if type == "text" || type.hasPrefix("text/") {
            return node.text.trimmedWhitespace
        }
        return nil
    }

    /// Name and handle (e-mail, else URI) of an Atom person construct.
    static func atomPerson(_ node: XNode) -> (String?, String?)? {
        let ns = node.ns
        let name = node.child("name", ns)?.trimmedText
        let handle = node.child("email", ns)?.trimmedText ?? node.child(anyOf: ["uri", "url"], ns)?.trimmedText
        if name == nil && handle == nil {
            return node.trimmedText.map { splitAuthor($0) }
        }
        return (name, handle)
    }

    /// Splits RSS-style authors: `jo@example.com (Jo Doe)`, `Jo Doe <jo@example.com>`, `jo@example.com`, `Jo Doe`.
    static func splitAuthor(_ s: String) -> (String?, String?) {
        let t = s.trimmedWhitespace
        if let open = t.firstIndex(of: "("), t.hasSuffix(")") {
            let handle = String(t[..<open]).trimmedWhitespace
            let name = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmedWhitespace
            return (name.isEmpty ? nil : name, handle.isEmpty ? nil : handle)
        }
        if let open = t.firstIndex(of: "<"), t.hasSuffix(">") {
            let name = t[..<open].trimmingCharacters(in: CharacterSet.whitespaces.union(["\""]))
            let handle = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmedWhitespace
            return (name.isEmpty ? nil : name, handle.isEmpty ? nil : handle)
        }
        if t.containsBytes("@") && !t.containsBytes(" ") { return (nil, t) }
        return (t.isEmpty ? nil : t, nil)
    }

    // MARK: Shared helpers

    /// The href of the alternate link (`rel` absent or "alternate", HTML preferred) among Atom links.
    static func alternateLink(_ node: XNode, ns: String = NS.atom) -> String? {
        var fallback: String?
        for l in node.children where l.name == "link" && l.ns == ns {
            let rel = l.attribute("rel") ?? "alternate"
            guard rel == "alternate", let href = l.attribute("href")?.trimmedWhitespace else { continue }
            let type = l.attribute("type")?.lowercased() ?? "text/html"
            if type.containsBytes("html") { return href }
            if fallback == nil { fallback = href }
        }
        return fallback
    }

    static func inReplyTo(_ node: XNode, base: URL?) -> String? {
        guard let r = node.child("in-reply-to", NS.thr) else { return nil }
        return r.attribute("ref") ?? r.attribute("href").map { resolve($0, against: base) }
    }

    static func hasXMLBase(_ node: XNode) -> Bool {
        var n: XNode? = node
        while let cur = n {
            if cur.attribute("base", ns: NS.xml) != nil { return true }
            n = cur.parent
        }
        return false
    }

    /// The base URL in effect at `node`: every xml:base from the root down applied over `start`.
    static func xmlBase(of node: XNode, over start: URL?) -> URL? {
        var chain: [String] = []
        var n: XNode? = node
        while let cur = n {
            if let b = cur.attribute("base", ns: NS.xml) { chain.append(b) }
            n = cur.parent
        }
        var base = start
        for b in chain.reversed() {
            base = url(b, relativeTo: base) ?? base
        }
        return base
    }

    static func xmlLang(of node: XNode) -> String? {
        var n: XNode? = node
        while let cur = n {
            if let l = cur.attribute("lang", ns: NS.xml), !l.isEmpty { return l }
            n = cur.parent
        }
        return nil
    }

    static func resolve(_ s: String, against base: URL?) -> String {
        guard let base else { return s }
        if let colon = s.firstIndex(of: ":"), s[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }),
           s.first?.isLetter == true {
            return s // already absolute
        }
        return url(s, relativeTo: base)?.absoluteString ?? s
    }

    private static func url(_ s: String, relativeTo base: URL?) -> URL? {
        let trimmed = s.trimmedWhitespace
        if let u = URL(string: trimmed, relativeTo: base) { return u.absoluteURL }
        let escaped = trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["#", "%"]))
        return escaped.flatMap { URL(string: $0, relativeTo: base)?.absoluteURL }
    }

    /// RSS titles are nominally plain text but often carry HTML or escaped entities.
    static func textTitle(_ raw: String) -> String? {
        let t = HTMLText.mayContainMarkup(raw) ? HTMLText.plainText(raw) : collapse(raw)
        return t.isEmpty ? nil : t
    }

    static func collapse(_ s: String) -> String { s.collapsedWhitespace }

    /// An Atom title as one line of plain text; nil when empty.
    static func atomTitle(_ node: XNode) -> String? {
        guard let t = atomText(node)?.collapsedWhitespace, !t.isEmpty else { return nil }
        return t
    }

    static func isBlank(_ s: String) -> Bool { s.allSatisfy { $0.isWhitespace } }
}
