import Foundation

/// Byte-level preparation of a document before any parser sees it: size cap, BOMs, encodings, safety checks.
enum FeedInput {
    enum Syntax { case xml, json }

    struct Prepared {
        var bytes: [UInt8]
        var syntax: Syntax
        var warnings: [String]
        /// Lines removed before the document start (libxml2 rejects whitespace before the XML declaration).
        var lineOffset = 0
    }

    static func prepare(_ data: Data, maxBytes: Int) throws -> Prepared {
        guard data.count <= maxBytes else {
            throw FeedParseError("document is \(data.count) bytes, over the limit of \(maxBytes) bytes")
        }
        var bytes = [UInt8](data)
        var warnings: [String] = []

        // Byte order marks and BOM-less UTF-16.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            bytes = try transcode(bytes, bytes[0] == 0xFF ? .utf32LittleEndian : .utf32BigEndian, skip: 4, label: "UTF-32")
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bytes = try transcode(bytes, bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian, skip: 2, label: "UTF-16")
        } else if bytes.starts(with: [0x3C, 0, 0x3F, 0]) || bytes.starts(with: [0, 0x3C, 0, 0x3F]) {
            bytes = try transcode(bytes, bytes[0] == 0x3C ? .utf16LittleEndian : .utf16BigEndian, skip: 0, label: "UTF-16")
        }

        var start = 0
        while start < bytes.count, isXMLSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { throw FeedParseError("the document is empty") }
        // Binary data (gzip, images) has NUL bytes early; a text document may have a few stray
        // control characters (an XML or JSON one gets them replaced below), but no NUL.
        let head = bytes[start..<min(bytes.count, start + 512)]
        let controls = head.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        let textStart = head.first == UInt8(ascii: "<") || head.first == UInt8(ascii: "{") || head.first == UInt8(ascii: "[")
        if head.contains(0) || (controls > 4 && !textStart) {
            throw FeedParseError("not a feed: the document is binary data, not text")
        }
        if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
            try fixUTF8(&bytes, declared: nil, warnings: &warnings)
            // JSON forbids these raw inside strings too; a space is valid anywhere in JSON.
            replaceForbiddenCharacters(&bytes, warnings: &warnings)
            return Prepared(bytes: bytes, syntax: .json, warnings: warnings)
        }
        guard bytes[start] == UInt8(ascii: "<") else {
            let preview = String(decoding: bytes[start..<min(bytes.count, start + 20)], as: UTF8.self)
            throw FeedParseError("not a feed: expected XML ('<') or JSON ('{'), found \"\(preview)\"", line: 1, column: 1)
        }
        let lineOffset = bytes[..<start].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        if start > 0 { bytes.removeFirst(start) }

        do {
            try normaliseEncoding(&bytes, warnings: &warnings)
            replaceForbiddenCharacters(&bytes, lineOffset: lineOffset, warnings: &warnings)
            let root = try checkProlog(bytes)
            try checkMarkupLimits(bytes, from: root)
            padEmptyProcessingInstructions(&bytes)
        } catch var error as FeedParseError {
            error.line = error.line.map { $0 + lineOffset }
            throw error
        }
        return Prepared(bytes: bytes, syntax: .xml, warnings: warnings, lineOffset: lineOffset)
    }

    // MARK: Encodings

    private static func transcode(_ bytes: [UInt8], _ encoding: String.Encoding, skip: Int, label: String) throws -> [UInt8] {
        guard let s = String(data: Data(bytes[skip...]), encoding: encoding) else {
            throw FeedParseError("the document starts like \(label) but is not valid \(label)")
        }
        var out = Array(s.utf8)
        if let decl = encodingDeclaration(out) { out.replaceSubrange(decl, with: Array("UTF-8".utf8)) }
        return out
    }

    /// The byte range of the `encoding` value in a leading XML declaration.
    static func encodingDeclaration(_ b: [UInt8]) -> Range<Int>? {
        guard b.starts(with: Array("<?xml".utf8)) else { return nil }
        var end = 5
        while end + 1 < b.count, !(b[end] == UInt8(ascii: "?") && b[end + 1] == UInt8(ascii: ">")) {
            end += 1
            if end > 400 { return nil }
        }
        let decl = b[0..<end]
        let key = Array("encoding".utf8)
        guard let k = decl.indices.first(where: { i in i + key.count <= end && Array(b[i..<i + key.count]) == key }) else { return nil }
        var p = k + key.count
        while p < end, isXMLSpace(b[p]) || b[p] == UInt8(ascii: "=") { p += 1 }
        guard p < end, b[p] == UInt8(ascii: "\"") || b[p] == UInt8(ascii: "'") else { return nil }
        let quote = b[p]
        let valueStart = p + 1
        var q = valueStart
        while q < end, b[q] != quote { q += 1 }
        return valueStart..<q
    }

    private static let cp1252Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252",
        "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1",
    ]

    /// Encodings Foundation can decode, by the labels feeds use.
    private static let foundationLabels: [String: String.Encoding] = [
        "iso-8859-2": .isoLatin2, "iso8859-2": .isoLatin2, "latin2": .isoLatin2,
        "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250, "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "cp1253": .windowsCP1253, "windows-1254": .windowsCP1254, "cp1254": .windowsCP1254,
        "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "x-sjis": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-2022-jp": .iso2022JP, "macintosh": .macOSRoman, "mac": .macOSRoman, "x-mac-roman": .macOSRoman,
    ]

    /// Re-encodes the document as UTF-8 with a matching declaration, whatever it declared: libxml2 then only
    /// ever sees valid UTF-8 (FoundationXML crashes on element names that are not valid UTF-8).
    private static func normaliseEncoding(_ bytes: inout [UInt8], warnings: inout [String]) throws {
        let declRange = encodingDeclaration(bytes)
        let label = declRange.map { String(decoding: bytes[$0], as: UTF8.self).lowercased() } ?? "utf-8"
        switch label {
        case "utf-8", "utf8":
            try fixUTF8(&bytes, declared: label, warnings: &warnings)
        case _ where cp1252Labels.contains(label):
            // Documents labelled Latin-1 are nearly always windows-1252 (as browsers assume): decode as that.
            if bytes.contains(where: { $0 >= 0x80 }) { bytes = windows1252ToUTF8(bytes) }
        case "iso-8859-15", "iso8859-15", "latin9", "latin-9":
            if bytes.contains(where: { $0 >= 0x80 }) { bytes = latin9ToUTF8(bytes) }
        case _ where foundationLabels[label] != nil:
            guard let s = String(data: Data(bytes), encoding: foundationLabels[label]!) else {
                throw FeedParseError("the document declares encoding \(label) but its bytes are not valid \(label)")
            }
            bytes = Array(s.utf8)
        case _ where label.hasPrefix("utf-16") || label.hasPrefix("utf-32") || label == "ucs-2":
            // Real UTF-16/32 was transcoded already; an 8-bit document with this label is mislabelled.
            try fixUTF8(&bytes, declared: "utf-8", warnings: &warnings)
            warnings.append("declared encoding \(label) but the bytes are 8-bit; read as UTF-8")
        default:
            try fixUTF8(&bytes, declared: "utf-8", warnings: &warnings)
            warnings.append("unsupported encoding \(label) declared; read as UTF-8")
        }
        if label != "utf-8", let r = encodingDeclaration(bytes) {
            bytes.replaceSubrange(r, with: Array("UTF-8".utf8))
        }
    }

    /// Replaces the characters XML 1.0 forbids anywhere, which libxml2 would stop at (losing the
    /// rest of the document; JSON forbids the same controls inside strings): C0 controls other
    /// than tab, line feed and carriage return (a form feed or backspace pasted into a title)
    /// become spaces, keeping columns and word breaks; the noncharacters U+FFFE and U+FFFF
    /// become U+FFFD. Runs on UTF-8, where a byte below 0x20 is
    /// never part of another character. `lineOffset` is added to the line the warning names.
    static func replaceForbiddenCharacters(_ bytes: inout [UInt8], lineOffset: Int = 0, warnings: inout [String]) {
        var count = 0
        var firstLine = 0
        bytes.withUnsafeMutableBufferPointer { b in
            for i in b.indices {
                let c = b[i]
                let forbidden: Bool
                if c < 0x20 {
                    forbidden = c != 0x09 && c != 0x0A && c != 0x0D
                    if forbidden { b[i] = 0x20 }
                } else if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF {
                    forbidden = true
                    b[i + 2] = 0xBD
                } else {
                    forbidden = false
                }
                if forbidden {
                    if count == 0 { firstLine = b[..<i].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } + lineOffset }
                    count += 1
                }
            }
        }
        if count > 0 {
            warnings.append("line \(firstLine): \(count) \(count == 1 ? "character" : "characters") a feed may not contain replaced (control characters by spaces, U+FFFE/U+FFFF by U+FFFD)")
        }
    }

    /// ISO-8859-15: Latin-1 with eight code points replaced (euro sign, Š, š, Ž, ž, Œ, œ, Ÿ).
    static func latin9ToUTF8(_ b: [UInt8]) -> [UInt8] {
        let replaced: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x160, 0xA8: 0x161, 0xB4: 0x17D, 0xB8: 0x17E,
                                         0xBC: 0x152, 0xBD: 0x153, 0xBE: 0x178]
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 { out.append(c); continue }
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(replaced[c] ?? UInt32(c))!)!)
        }
        return out
    }

    /// Makes `bytes` valid UTF-8: unchanged when valid; read as windows-1252 when it has no valid multi-byte
    /// sequence at all (an undeclared legacy encoding); otherwise invalid bytes become U+FFFD.
    private static func fixUTF8(_ bytes: inout [UInt8], declared: String?, warnings: inout [String]) throws {
        let (firstInvalid, multibyte) = validateUTF8(bytes)
        guard let bad = firstInvalid else { return }
        let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        if multibyte == 0 {
            bytes = windows1252ToUTF8(bytes)
            warnings.append("line \(line): not valid UTF-8 and no encoding declared; read as windows-1252")
        } else {
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            warnings.append("line \(line): invalid UTF-8 bytes replaced with U+FFFD")
        }
    }

    /// Offset of the first invalid UTF-8 byte (nil if valid) and the number of valid multi-byte sequences.
    static func validateUTF8(_ b: [UInt8]) -> (Int?, Int) {
        var i = 0
        var multibyte = 0
        var firstInvalid: Int?
        let n = b.count
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = b.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var len = 0
            var minValue: UInt32 = 0
            var value: UInt32 = 0
            if c & 0xE0 == 0xC0 { len = 2; value = UInt32(c & 0x1F); minValue = 0x80 }
            else if c & 0xF0 == 0xE0 { len = 3; value = UInt32(c & 0x0F); minValue = 0x800 }
            else if c & 0xF8 == 0xF0 { len = 4; value = UInt32(c & 0x07); minValue = 0x10000 }
            var ok = len > 0 && i + len <= n
            if ok {
                for k in 1..<len {
                    let cc = b[i + k]
                    if cc & 0xC0 != 0x80 { ok = false; break }
                    value = value << 6 | UInt32(cc & 0x3F)
                }
                if ok && (value < minValue || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) { ok = false }
            }
            if ok {
                multibyte += 1
                i += len
            } else {
                if firstInvalid == nil { firstInvalid = i }
                i += 1
            }
        }
        return (firstInvalid, multibyte)
    }

    static func windows1252ToUTF8(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 { out.append(c); continue }
            var scalar = UInt32(c)
            if c < 0xA0 {
                let mapped = HTMLEntities.cp1252High[Int(c - 0x80)]
                if mapped != 0 { scalar = mapped }
            }
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        }
        return out
    }

    // MARK: Safety and sniffing

    /// Rejects entity declarations in an internal DTD subset and HTML pages, before libxml2 sees the
    /// document. Returns where the prolog ends: the root element's `<` (or what stands there instead).
    private static func checkProlog(_ b: [UInt8]) throws -> Int {
        var p = 0
        let n = b.count
        while p < n {
            while p < n, isXMLSpace(b[p]) { p += 1 }
            guard p < n, b[p] == UInt8(ascii: "<") else { return p }
            if starts(b, "<?", at: p) {
                p = (find(b, "?>", from: p) ?? n) + 2
            } else if starts(b, "<!--", at: p) {
                p = (find(b, "-->", from: p + 4) ?? n) + 3
            } else if startsCaseInsensitive(b, "<!DOCTYPE", at: p) {
                var q = p + 9
                var inSubset = false
                var quote: UInt8 = 0
                while q < n {
                    let c = b[q]
                    if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == UInt8(ascii: "[") {
                        inSubset = true
                    } else if c == UInt8(ascii: "]") {
                        inSubset = false
                    } else if inSubset && starts(b, "<!ENTITY", at: q) {
                        let (line, column) = position(b, q)
                        throw FeedParseError("the DTD declares entities; documents with entity declarations are refused (entity expansion and external-entity attacks)",
                                             line: line, column: column)
                    } else if inSubset && starts(b, "<!ATTLIST", at: q) {
                        // libxml2 adds declared defaults to every element of that name, checking each
                        // against the others: 20,000 declared attributes in 340 KB took 47 s.
                        let (line, column) = position(b, q)
                        throw FeedParseError("the DTD declares attributes (<!ATTLIST); documents with attribute declarations are refused (their defaults can make parsing take minutes)",
                                             line: line, column: column)
                    } else if c == UInt8(ascii: ">") && !inSubset {
                        break
                    }
                    q += 1
                }
                let doctype = String(decoding: b[p..<min(q, n)], as: UTF8.self).lowercased()
                if doctype.hasPrefix("<!doctype html") { throw htmlError(b) }
                p = q + 1
            } else {
                var q = p + 1
                while q < n, isNameByte(b[q]) { q += 1 }
                let name = String(decoding: b[(p + 1)..<q], as: UTF8.self).lowercased()
                if name == "html" || name.hasSuffix(":html") { throw htmlError(b) }
                return p
            }
        }
        return n
    }

    /// Most attributes one start tag may have. libxml2 (2.9) compares each attribute of a tag with
    /// every other to find duplicates: 160,000 on one tag took 17 s. Feeds use a handful.
    static let maxAttributesPerElement = 256
    /// Most namespace declarations in scope at once. libxml2 (2.9) looks an element's prefix up
    /// through every declaration in scope: 40,000 in scope over 500,000 small elements took 10 s.
    static let maxNamespacesInScope = 256

    /// Refuses a document whose start tags would make libxml2 take time growing with the square of
    /// the document: too many attributes on one tag, or too many namespace declarations in scope.
    /// One pass over the markup from the root element on (`checkProlog` has read the prolog and its
    /// DOCTYPE), skipping comments, CDATA sections and processing instructions; it stops where the
    /// markup breaks (an unclosed quote, a `<` inside a quoted value), as libxml2 stops reading there too.
    static func checkMarkupLimits(_ bytes: [UInt8], from root: Int) throws {
        let failure: (offset: Int, message: String)? = bytes.withUnsafeBufferPointer { b in
            let n = b.count
            let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), equals = UInt8(ascii: "=")
            var declared: [Int] = []   // namespace declarations of each open element
            var inScope = 0
            var i = root
            func past(_ closer: StaticString, from p: Int) -> Int {
                find(bytes, closer, from: p).map { $0 + closer.utf8CodeUnitCount } ?? n
            }
            while i < n {
                guard let base = b.baseAddress, let hit = memchr(base + i, Int32(lt), n - i) else { break }
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if starts(bytes, "<!--", at: start) { i = past("-->", from: start + 4); continue }
                if starts(bytes, "<![CDATA[", at: start) { i = past("]]>", from: start + 9); continue }
                if starts(bytes, "<?", at: start) { i = past("?>", from: start + 2); continue }
                if starts(bytes, "<!", at: start) { i = past(">", from: start + 2); continue }   // no DOCTYPE after the root
                if starts(bytes, "</", at: start) {
                    inScope -= declared.popLast() ?? 0
                    i = past(">", from: start + 2)
                    continue
                }
                var q = start + 1, attributes = 0, namespaces = 0, quote: UInt8 = 0
                // The run of non-space bytes being read, and the one before it: the name before an
                // `=` is one of them (`a="x"` or `a = "x"`), found without reading back.
                var run = start + 1, previousRun = start + 1..<start + 1, inRun = true
                while q < n {
                    let c = b[q]
                    if quote != 0 {
                        if c == quote { quote = 0 } else if c == lt { return nil }   // broken markup: libxml2 stops here
                        q += 1
                        continue
                    }
                    if isXMLSpace(c) {
                        if inRun { previousRun = run..<q; inRun = false }
                    } else if !inRun {
                        run = q
                        inRun = true
                    }
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                    } else if c == equals {
                        attributes += 1
                        let name = run < q ? run..<q : previousRun
                        if name.count >= 5, starts(bytes, "xmlns", at: name.lowerBound),
                           name.count == 5 || b[name.lowerBound + 5] == UInt8(ascii: ":") {
                            namespaces += 1
                        }
                    } else if c == gt || c == lt {
                        break
                    }
                    q += 1
                }
                if attributes > maxAttributesPerElement {
                    return (start, "an element with \(attributes) attributes, more than \(maxAttributesPerElement); the document is refused (so many make parsing take minutes)")
                }
                if q > start + 1, q < n, b[q] == gt, b[q - 1] != UInt8(ascii: "/") {
                    declared.append(namespaces)
                    inScope += namespaces
                }
                if inScope > maxNamespacesInScope {
                    return (start, "more than \(maxNamespacesInScope) namespace declarations in scope; the document is refused (so many make parsing take minutes)")
                }
                i = q < n && b[q] == gt ? q + 1 : max(q, start + 1)
            }
            return nil
        }
        if let failure {
            let (line, column) = position(bytes, failure.offset)
            throw FeedParseError(failure.message, line: line, column: column)
        }
    }

    private static func htmlError(_ b: [UInt8]) -> FeedParseError {
        let head = String(decoding: b.prefix(65536), as: UTF8.self)
        var message = "not a feed: this is an HTML page"
        if let link = advertisedFeed(head) { message += " (it links to a feed at \(link))" }
        return FeedParseError(message)
    }

    /// The href of the first `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">` in a page.
    private static func advertisedFeed(_ html: String) -> String? {
        var search = html.startIndex..<html.endIndex
        while let r = html.range(of: "<link", options: .caseInsensitive, range: search) {
            guard let end = html.range(of: ">", range: r.upperBound..<html.endIndex) else { return nil }
            let tag = html[r.upperBound..<end.lowerBound]
            let lower = tag.lowercased()
            if lower.containsBytes("rss+xml") || lower.containsBytes("atom+xml") || lower.containsBytes("feed+json"),
               let h = tag.range(of: "href=", options: .caseInsensitive) {
                var value = tag[h.upperBound...]
                if let q = value.first, q == "\"" || q == "'" {
                    value = value.dropFirst()
                    if let close = value.firstIndex(of: q) { return String(value[..<close]) }
                }
                return String(value.prefix { !$0.isWhitespace && $0 != "/" })
            }
            search = end.upperBound..<html.endIndex
        }
        return nil
    }

    /// Turns `<?name?>` into `<?name ?>`: FoundationXML on Linux crashes (strlen of NULL) on a processing
    /// instruction without data.
    static func padEmptyProcessingInstructions(_ bytes: inout [UInt8]) {
        var insertAt: [Int] = []
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 1
            while i + 1 < n {
                if b[i] == UInt8(ascii: "?") && b[i + 1] == UInt8(ascii: ">") {
                    // Walk back over the target name to see whether this closes `<?name?>`.
                    var j = i - 1
                    while j > 0, isNameByte(b[j]) { j -= 1 }
                    if j >= 1, j < i - 1, b[j] == UInt8(ascii: "?"), b[j - 1] == UInt8(ascii: "<") { insertAt.append(i) }
                }
                i += 1
            }
        }
        guard !insertAt.isEmpty else { return }
        // One pass: inserting at each position in turn moves the rest of the document every time,
        // which made a file of many `<?a?>` take minutes (8 MB: 5 minutes).
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + insertAt.count)
        var from = 0
        for position in insertAt {
            out.append(contentsOf: bytes[from..<position])
            out.append(0x20)
            from = position
        }
        out.append(contentsOf: bytes[from...])
        bytes = out
    }

    /// Rewrites references the XML parser cannot take: HTML named entities become numeric references,
    /// unknown names and bare `&` become `&amp;`, and a numeric reference to a character XML forbids
    /// (`&#8;`) becomes a space. CDATA sections and comments are left alone.
    static func repairEntities(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 256)
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                let closer: StaticString? = starts(b, "<![CDATA[", at: i) ? "]]>" : (starts(b, "<!--", at: i) ? "-->" : nil)
                if let closer {
                    let end = min(n, (find(b, closer, from: i + 4) ?? n) + closer.utf8CodeUnitCount)
                    out.append(contentsOf: b[i..<end])
                    i = end
                    continue
                }
            }
            guard c == UInt8(ascii: "&") else { out.append(c); i += 1; continue }
            var j = i + 1
            if j < n, b[j] == UInt8(ascii: "#") {
                j += 1
                let hex = j < n && (b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X"))
                if hex { j += 1 }
                let digitStart = j
                while j < n, hexValue(b[j]) != nil { j += 1 }
                if j > digitStart, j < n, b[j] == UInt8(ascii: ";") {
                    if let value = numericValue(b[digitStart..<j], hex: hex), !isXMLCharacter(value) {
                        out.append(0x20)   // `&#8;` names a character XML forbids even as a reference
                    } else {
                        out.append(contentsOf: b[i...j])
                    }
                    i = j + 1
                    continue
                }
            } else {
                while j < n, j - i < 40, isNameByte(b[j]) { j += 1 }
                if j > i + 1, j < n, b[j] == UInt8(ascii: ";") {
                    let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
                    if ["amp", "lt", "gt", "quot", "apos"].contains(name) {
                        out.append(contentsOf: b[i...j])
                    } else if let value = HTMLEntities.named[name] {
                        out.append(contentsOf: Array("&#\(value);".utf8))
                    } else {
                        out.append(contentsOf: Array("&amp;".utf8))
                        out.append(contentsOf: b[(i + 1)...j])
                    }
                    i = j + 1
                    continue
                }
            }
            out.append(contentsOf: Array("&amp;".utf8))
            i += 1
        }
        return out
    }

    /// The value of a character reference's digits, nil when they are no number of that base
    /// (libxml2 then reports the reference) or too large to be a character.
    static func numericValue(_ digits: ArraySlice<UInt8>, hex: Bool) -> UInt32? {
        var value: UInt32 = 0
        for d in digits {
            guard let v = hexValue(d), hex || v < 10 else { return nil }
            value = value &* (hex ? 16 : 10) &+ v
            if value > 0x10FFFF { return 0x110000 }   // not a character either
        }
        return value
    }

    /// Whether XML 1.0 allows the character (its `Char` production).
    static func isXMLCharacter(_ c: UInt32) -> Bool {
        c == 0x09 || c == 0x0A || c == 0x0D || (0x20...0xD7FF).contains(c) || (0xE000...0xFFFD).contains(c)
            || (0x10000...0x10FFFF).contains(c)
    }

    static func position(_ b: [UInt8], _ offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for k in 0..<offset where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return (line, offset - lineStart + 1)
    }

    private static func starts(_ b: [UInt8], _ s: StaticString, at p: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard p + count <= b.count else { return false }
        for k in 0..<count where b[p + k] != s.utf8Start[k] { return false }
        return true
    }

    private static func startsCaseInsensitive(_ b: [UInt8], _ s: StaticString, at p: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard p + count <= b.count else { return false }
        for k in 0..<count where lowerByte(b[p + k]) != lowerByte(s.utf8Start[k]) { return false }
        return true
    }

    private static func find(_ b: [UInt8], _ s: StaticString, from start: Int) -> Int? {
        b.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var p = start
            // memchr for the first byte: the markup scan skips long comments and CDATA with this.
            while p < buffer.count, let hit = memchr(base + p, Int32(s.utf8Start[0]), buffer.count - p) {
                p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if starts(b, s, at: p) { return p }
                p += 1
            }
            return nil
        }
    }

    @inline(__always) static func isXMLSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
