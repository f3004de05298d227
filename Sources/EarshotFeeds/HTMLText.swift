/// Turns the HTML found in feeds into plain text for analysis.
public enum HTMLText {
    /// Plain text of an HTML fragment.
    ///
    /// Tags are dropped; `<br>`, `<p>`, `<li>` and other block elements become line breaks; the content of
    /// `script`, `style` and `template` is dropped; character references (named, decimal, hex) are decoded;
    /// runs of whitespace (including no-break spaces) collapse to one space, consecutive line breaks to one,
    /// and the result is trimmed. Malformed markup never fails: a stray `<` or an unknown `&name;` is kept as text.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { buffer in
            var scanner = Scanner(input: buffer)
            scanner.run()
            return String(decoding: scanner.out, as: UTF8.self)
        }
    }

    /// Quick test whether a string needs `plainText` at all (has markup or a character reference).
    static func mayContainMarkup(_ s: String) -> Bool {
        s.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
    }

    private static let blockElements: Set<UInt64> = codes([
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "hr",
        "figure", "figcaption", "aside", "nav", "main", "address", "details", "summary", "form", "fieldset",
        "center", "hgroup", "menu", "legend", "option", "body", "html",
    ])
    private static let cellElements: Set<UInt64> = codes(["td", "th"])
    private static let droppedElements: Set<UInt64> = codes(["script", "style", "template", "head", "noembed", "object", "svg", "math"])
    private static let preCode = nameCode(Array("pre".utf8))

    private static func codes(_ names: [String]) -> Set<UInt64> { Set(names.map { nameCode(Array($0.utf8)) }) }

    /// Packs a tag name of up to 10 ASCII letters/digits (case-insensitive) into an integer; 0 for other names.
    @inline(__always) static func nameCode<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        guard bytes.count <= 10 else { return 0 }
        var code: UInt64 = 0
        for b in bytes {
            let c = lowerByte(b)
            let v: UInt64
            if c >= 0x61 && c <= 0x7A { v = UInt64(c - 0x61 + 1) } else if c >= 0x30 && c <= 0x39 { v = UInt64(c - 0x30 + 27) } else { return 0 }
            code = code << 6 | v
        }
        return code
    }

    private struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        var i = 0
        var pendingSpace = false
        var pendingBreak = false
        var preDepth = 0

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
            out.reserveCapacity(input.count)
        }

        mutating func run() {
            let n = input.count
            while i < n {
                let c = input[i]
                if c == UInt8(ascii: "<") {
                    if !tag() { emitByte(c); i += 1 }
                } else if c == UInt8(ascii: "&") {
                    entity()
                } else if c == 0xC2 && i + 1 < n && input[i + 1] == 0xA0 {
                    pendingSpace = true // a literal no-break space
                    i += 2
                } else {
                    emitByte(c)
                    i += 1
                }
            }
        }

        @inline(__always) mutating func emitByte(_ c: UInt8) {
            switch c {
            case 0x20, 0x09, 0x0D, 0x0C:
                pendingSpace = true
            case 0x0A:
                if preDepth > 0 { pendingBreak = true } else { pendingSpace = true }
            default:
                flush()
                out.append(c)
            }
        }

        mutating func emitScalar(_ s: Unicode.Scalar) {
            if s.value < 0x80 { emitByte(UInt8(s.value)); return }
            if s.value == 0xA0 { pendingSpace = true; return }
            flush()
            out.append(contentsOf: UTF8.encode(s)!)
        }

        @inline(__always) mutating func flush() {
            if !out.isEmpty {
                if pendingBreak { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
            }
            pendingBreak = false
            pendingSpace = false
        }

        /// Consumes a tag, comment or declaration starting at `<`; false when the `<` is literal text.
        mutating func tag() -> Bool {
            let n = input.count
            guard i + 1 < n else { return false }
            let next = input[i + 1]
            if next == UInt8(ascii: "!") {
                if hasPrefix("<!--", at: i) {
                    i = find("-->", from: i + 4).map { $0 + 3 } ?? n
                } else if hasPrefix("<![CDATA[", at: i) {
                    let end = find("]]>", from: i + 9) ?? n
                    for k in (i + 9)..<end { emitByte(input[k]) }
                    i = min(n, end + 3)
                } else {
                    i = findByte(UInt8(ascii: ">"), from: i + 2).map { $0 + 1 } ?? n
                }
                return true
            }
            if next == UInt8(ascii: "?") {
                i = findByte(UInt8(ascii: ">"), from: i + 2).map { $0 + 1 } ?? n
                return true
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < n, isLetter(input[nameStart]) else { return false }
            var j = nameStart
            while j < n, isNameByte(input[j]) { j += 1 }
            let nameEnd = j
            let name = HTMLText.nameCode(input[nameStart..<j])
            // Find the end of the tag, skipping quoted attribute values.
            var quote: UInt8 = 0
            var selfClosing = false
            while j < n {
                let c = input[j]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    selfClosing = j > 0 && input[j - 1] == UInt8(ascii: "/")
                    break
                }
                j += 1
            }
            i = min(n, j + 1)
            if !closing && !selfClosing && HTMLText.droppedElements.contains(name) {
                skipRawContent(until: lowercasedName(nameStart, nameEnd))
                return true
            }
            if HTMLText.blockElements.contains(name) {
                if !out.isEmpty { pendingBreak = true }
                if name == HTMLText.preCode { preDepth += closing ? (preDepth > 0 ? -1 : 0) : 1 }
            } else if HTMLText.cellElements.contains(name) {
                pendingSpace = true
            }
            return true
        }

        /// Skips to just after `</name ...>` (case-insensitive), or to the end.
        mutating func skipRawContent(until name: String) {
            let n = input.count
            let nameBytes = Array(name.utf8)
            var j = i
            while let lt = findByte(UInt8(ascii: "<"), from: j) {
                if lt + 1 < n, input[lt + 1] == UInt8(ascii: "/"), lt + 2 + nameBytes.count <= n {
                    var match = true
                    for (k, b) in nameBytes.enumerated() where lowerByte(input[lt + 2 + k]) != b { match = false; break }
                    if match {
                        let after = lt + 2 + nameBytes.count
                        if after == n || !isNameByte(input[after]) {
                            i = findByte(UInt8(ascii: ">"), from: after).map { $0 + 1 } ?? n
                            return
                        }
                    }
                }
                j = lt + 1
            }
            i = n
        }

        mutating func entity() {
            let n = input.count
            var j = i + 1
            if j < n, input[j] == UInt8(ascii: "#") {
                j += 1
                var hex = false
                if j < n, input[j] == UInt8(ascii: "x") || input[j] == UInt8(ascii: "X") { hex = true; j += 1 }
                let digitsStart = j
                var value: UInt32 = 0
                while j < n {
                    let c = input[j]
                    let d: UInt32
                    if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) }
                    else if hex, let h = hexValue(c) { d = h }
                    else { break }
                    value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d
                    j += 1
                }
                guard j > digitsStart else { emitByte(UInt8(ascii: "&")); i += 1; return }
                if j < n, input[j] == UInt8(ascii: ";") { j += 1 }
                emitScalar(HTMLEntities.numericScalar(value))
                i = j
                return
            }
            let nameStart = j
            while j < n, j - nameStart < 32, isAlnum(input[j]) { j += 1 }
            if j > nameStart {
                let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameStart..<j]), as: UTF8.self)
                let hasSemicolon = j < n && input[j] == UInt8(ascii: ";")
                if let value = HTMLEntities.named[name],
                   hasSemicolon || (HTMLEntities.legacyWithoutSemicolon.contains(name) && (j == n || input[j] != UInt8(ascii: "="))) {
                    emitScalar(Unicode.Scalar(value) ?? "\u{FFFD}")
                    i = hasSemicolon ? j + 1 : j
                    return
                }
            }
            emitByte(UInt8(ascii: "&"))
            i += 1
        }

        func hasPrefix(_ s: StaticString, at position: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard position + count <= input.count else { return false }
            let p = s.utf8Start
            for k in 0..<count where lowerByte(input[position + k]) != lowerByte(p[k]) { return false }
            return true
        }

        func find(_ s: StaticString, from start: Int) -> Int? {
            var j = start
            let first = s.utf8Start[0]
            while let k = findByte(first, from: j) {
                if hasPrefix(s, at: k) { return k }
                j = k + 1
            }
            return nil
        }

        func findByte(_ b: UInt8, from start: Int) -> Int? {
            var j = start
            while j < input.count {
                if input[j] == b { return j }
                j += 1
            }
            return nil
        }

        func lowercasedName(_ start: Int, _ end: Int) -> String {
            var bytes = [UInt8]()
            bytes.reserveCapacity(end - start)
            for k in start..<end { bytes.append(lowerByte(input[k])) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

@inline(__always) func lowerByte(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
@inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
@inline(__always) func isAlnum(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }
@inline(__always) func isNameByte(_ c: UInt8) -> Bool {
    isAlnum(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
}
@inline(__always) func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    default: return nil
    }
}
