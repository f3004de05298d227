/// Fast ASCII-whitespace helpers (Foundation's `trimmingCharacters` bridges through UTF-16 and is slow).
extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmedWhitespace: String {
        let u = utf8
        var start = u.startIndex
        var end = u.endIndex
        while start < end, isASCIIWhitespace(u[start]) { start = u.index(after: start) }
        while end > start {
            let before = u.index(before: end)
            guard isASCIIWhitespace(u[before]) else { break }
            end = before
        }
        if start == u.startIndex && end == u.endIndex { return self }
        return String(self[start..<end])
    }

    /// The string with runs of ASCII whitespace collapsed to one space, trimmed.
    var collapsedWhitespace: String {
        var needsWork = false
        var previousSpace = true
        for b in utf8 {
            let space = isASCIIWhitespace(b)
            if space && (previousSpace || b != 0x20) { needsWork = true; break }
            previousSpace = space
        }
        if !needsWork { return previousSpace && !isEmpty ? trimmedWhitespace : self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pending = false
        for b in utf8 {
            if isASCIIWhitespace(b) {
                pending = true
            } else {
                if pending && !out.isEmpty { out.append(0x20) }
                pending = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Byte-wise substring test (Foundation's `contains` may go through ICU).
    func containsBytes(_ needle: String) -> Bool {
        let h = Array(utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if h[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }
}

@inline(__always) func isASCIIWhitespace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
}
