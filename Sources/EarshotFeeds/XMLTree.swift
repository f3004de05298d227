import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Namespace URIs the feed formats use.
enum NS {
    static let none = ""
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rss2Userland = "http://backend.userland.com/rss2"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let thr = "http://purl.org/syndication/thread/1.0"
    static let wfw = "http://wellformedweb.org/CommentAPI/"
    static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    static let media = "http://search.yahoo.com/mrss/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Conventional prefixes, used only when a document uses a prefix it never declared (a common mistake).
    static let conventionalPrefixes: [String: String] = [
        "atom": atom, "rdf": rdf, "content": content, "dc": dc, "dcterms": dcterms, "thr": thr, "wfw": wfw,
        "itunes": itunes, "media": media, "xhtml": xhtml,
    ]
}

/// An element of a parsed XML document; text runs are children named `#text`.
final class XNode {
    let name: String
    let ns: String
    var attributes: [(ns: String, name: String, value: String)]
    var children: [XNode] = []
    var textValue: String
    /// Owned by the tree's root, which outlives every use of a node (a weak reference costs a side table per node).
    unowned(unsafe) var parent: XNode?

    init(name: String, ns: String, attributes: [(ns: String, name: String, value: String)] = [], text: String = "") {
        self.name = name
        self.ns = ns
        self.attributes = attributes
        self.textValue = text
        self.isText = name == "#text"
    }

    let isText: Bool
    /// Whether the element's end tag was read: false only in what was kept of a document that
    /// broke off (see `XMLTreeBuilder.Outcome.broken`), where the element in progress is cut short.
    var complete = false

    /// The concatenated text directly inside this element.
    var text: String {
        if children.count == 1 { return children[0].isText ? children[0].textValue : "" }
        var s = ""
        for child in children where child.isText { s += child.textValue }
        return s
    }

    /// Trimmed text, nil when empty.
    var trimmedText: String? {
        let t = text.trimmedWhitespace
        return t.isEmpty ? nil : t
    }

    func attribute(_ name: String, ns: String = NS.none) -> String? {
        for a in attributes where a.name == name && a.ns == ns { return a.value }
        return nil
    }

    func child(_ name: String, _ ns: String) -> XNode? {
        for c in children where c.name == name && c.ns == ns { return c }
        return nil
    }

    func children(_ name: String, _ ns: String) -> [XNode] {
        children.filter { $0.name == name && $0.ns == ns }
    }

    /// The first child with one of the given names in the namespace.
    func child(anyOf names: [String], _ ns: String) -> XNode? {
        for c in children where c.ns == ns && names.contains(c.name) { return c }
        return nil
    }

    /// This subtree as XML/HTML markup (used for Atom xhtml content).
    func appendMarkup(to out: inout String) {
        for c in children {
            if c.isText {
                out += escapeMarkup(c.textValue)
            } else {
                out += "<" + c.name
                for a in c.attributes where a.ns == NS.none { out += " \(a.name)=\"\(escapeMarkup(a.value))\"" }
                out += ">"
                c.appendMarkup(to: &out)
                out += "</" + c.name + ">"
            }
        }
    }
}

func escapeMarkup(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") }) else { return s }
    return s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
}

/// Builds an `XNode` tree with FoundationXML's `XMLParser` (libxml2), keeping its safe defaults:
/// external entities are never resolved.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    let root = XNode(name: "#document", ns: "")
    private var current: XNode
    /// Prefix → namespace URI as seen on element names. Attribute prefixes are resolved with this (an attribute
    /// such as `rdf:about` shares its prefix with elements like `rdf:RDF`), then with the conventional prefixes.
    private var elementPrefixes: [String: String] = [:]
    private(set) var rootClosed = false
    private(set) var undefinedEntity: String?
    private(set) var firstError: (code: Int, line: Int, column: Int)?
    /// Where the document exceeded `maxDepth`; the tree (and the recursion that frees it) stays bounded.
    private var tooDeep: (line: Int, column: Int)?
    static let maxDepth = 256
    private var depth = 0
    /// Character data not yet attached to `current` (libxml2 delivers text in many small pieces).
    private var pendingText: [UInt8] = []

    override init() {
        current = root
        super.init()
    }

    enum Outcome {
        case document(XNode)
        /// The document uses an entity or a bare `&` that XML does not allow; a repair pass may fix it.
        case needsEntityRepair(FeedParseError)
        /// The document is not well-formed from some point on: the tree holds what was read before
        /// it, elements not closed by then marked incomplete.
        case broken(XNode, FeedParseError)
        case failed(FeedParseError)
    }

    /// Parses `data` into a tree; never resolves external entities.
    static func parse(_ data: Data) -> Outcome {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false // ~30% slower when on; see `elementPrefixes`
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        _ = parser.parse()
        let line = max(1, parser.lineNumber), column = max(1, parser.columnNumber)
        if let (deepLine, deepColumn) = builder.tooDeep {
            return .failed(FeedParseError("elements nested more than \(maxDepth) deep", line: deepLine, column: deepColumn))
        }
        if let entity = builder.undefinedEntity {
            return .needsEntityRepair(FeedParseError("reference to an undefined entity &\(entity);", line: line, column: column))
        }
        // libxml2 recovers from some well-formedness errors (e.g. a mismatched end tag) and goes on; the first
        // error decides, except namespace warnings and trailing junk after a complete root element.
        let first = builder.firstError ?? (parser.parserError as NSError?).map { ($0.code, line, column) }
        if let (code, errorLine, errorColumn) = first, !Self.benignErrorCodes.contains(code), !(code == 5 && builder.rootClosed) {
            let failure = FeedParseError(XMLErrorText.message(code: code), line: errorLine, column: errorColumn)
            return [22, 23, 26, 27].contains(code) ? .needsEntityRepair(failure) : .broken(builder.root, failure)
        }
        guard builder.rootClosed else {
            return .broken(builder.root, FeedParseError("the document ends before its root element is closed (truncated?)", line: line, column: column))
        }
        return .document(builder.root)
    }

    /// Namespace and version warnings that do not affect what a feed reader needs.
    private static let benignErrorCodes: Set<Int> = [97, 98, 99, 100, 200, 201, 202, 203, 204]

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        if firstError == nil, !Self.benignErrorCodes.contains(code) {
            firstError = ((parseError as NSError).code, max(1, parser.lineNumber), max(1, parser.columnNumber))
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var ns = namespaceURI ?? ""
        var name = elementName
        if let q = qName, q.utf8.contains(UInt8(ascii: ":")), let colon = q.firstIndex(of: ":") {
            let prefix = String(q[..<colon])
            if ns.isEmpty {
                // An undeclared prefix: libxml2 reports it as no namespace; map the well-known ones.
                name = String(q[q.index(after: colon)...])
                ns = NS.conventionalPrefixes[prefix] ?? ""
                if ns.isEmpty { name = q }
            } else if elementPrefixes[prefix] != ns {
                elementPrefixes[prefix] = ns
            }
        }
        var attrs: [(ns: String, name: String, value: String)] = []
        attrs.reserveCapacity(attributeDict.count)
        for (key, value) in attributeDict {
            if let colon = key.firstIndex(of: ":") {
                let prefix = String(key[..<colon])
                let local = String(key[key.index(after: colon)...])
                if prefix == "xmlns" { continue }
                let uri = prefix == "xml" ? NS.xml : (elementPrefixes[prefix] ?? NS.conventionalPrefixes[prefix] ?? prefix)
                attrs.append((uri, local, value))
            } else {
                attrs.append((NS.none, key, value))
            }
        }
        flushText()
        if depth >= Self.maxDepth {
            if tooDeep == nil { tooDeep = (max(1, parser.lineNumber), max(1, parser.columnNumber)) }
            parser.abortParsing()
            return
        }
        let node = XNode(name: name, ns: ns, attributes: attrs)
        node.parent = current
        current.children.append(node)
        current = node
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        flushText()
        // After the first error libxml2 may read on, but what it builds then need not nest as written.
        if firstError == nil { current.complete = true }
        if let parent = current.parent { current = parent }
        depth -= 1
        if depth == 0 { rootClosed = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard depth > 0 else { return }
        pendingText.append(contentsOf: CDATABlock)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        appendText(whitespaceString)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        // Called for references to entities the document never defined (e.g. &nbsp; without a DTD).
        // One met after a well-formedness error is past the break: the break is what gets reported.
        if undefinedEntity == nil && firstError == nil { undefinedEntity = name }
        parser.abortParsing()
        return nil
    }

    private func appendText(_ s: String) {
        guard depth > 0 else { return }
        pendingText.append(contentsOf: s.utf8)
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        current.children.append(XNode(name: "#text", ns: "", text: String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }
}

/// Readable texts for libxml2's error codes (XMLParser on Linux prints its own messages as "(null)").
enum XMLErrorText {
    static func message(code: Int) -> String {
        let text: String
        switch code {
        case 1: text = "internal XML parser error"
        case 2: text = "out of memory while parsing"
        case 3: text = "the document does not start like XML"
        case 4: text = "the document is empty"
        case 5: text = "the document ends too early, or has extra content after the root element"
        case 6, 7, 8: text = "invalid character reference"
        case 9: text = "invalid character (not allowed in XML, or bytes that are not valid in the declared encoding)"
        case 10...13: text = "character reference in a place where it is not allowed"
        case 14...17: text = "entity reference in a place where it is not allowed"
        case 22: text = "'&' not followed by an entity name (escape a literal ampersand as &amp;)"
        case 23: text = "entity reference without its closing ';' (escape a literal ampersand as &amp;)"
        case 26, 27: text = "reference to an undefined entity"
        case 29: text = "reference to an external entity (refused)"
        case 31, 32: text = "unsupported or unknown character encoding"
        case 33, 34: text = "attribute value is not quoted properly"
        case 36, 37: text = "entity value is not quoted properly"
        case 38: text = "'<' inside an attribute value"
        case 39, 40, 41: text = "malformed attribute"
        case 42: text = "attribute given twice"
        case 43, 44: text = "malformed quoted literal"
        case 45: text = "comment not terminated"
        case 46, 47: text = "processing instruction not terminated"
        case 56, 57: text = "malformed XML declaration"
        case 61: text = "DOCTYPE not terminated"
        case 62: text = "']]>' outside a CDATA section"
        case 63: text = "CDATA section not terminated"
        case 64: text = "processing instruction name 'xml' is reserved (XML declaration not at the very start?)"
        case 65: text = "space required"
        case 68: text = "element or attribute name expected"
        case 73: text = "'>' expected"
        case 74: text = "'</' expected"
        case 75: text = "'=' expected after attribute name"
        case 76: text = "mismatched tag: closing tag does not match the open element"
        case 77: text = "tag not finished"
        case 79, 81: text = "invalid encoding name in the XML declaration"
        case 85: text = "the document is not well-balanced (unclosed or extra closing tags)"
        case 86: text = "extra content at the end of the document"
        case 89: text = "entity reference loop (entity expansion attack?)"
        case 104: text = "entity expansion limit exceeded"
        case 111: text = "parsing stopped"
        case 200...204: text = "namespace error"
        default: text = "malformed XML"
        }
        return "\(text) [XML error \(code)]"
    }
}
