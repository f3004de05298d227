import Foundation

/// Byte-level checks shared by the text formats: BOM, strict UTF-8, NUL bytes, line numbers.
enum TextBytes {
    /// The index just past a leading UTF-8 byte-order mark, or 0.
    static func bomLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or nil when all of `b` is UTF-8.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < n else { return i }
                let cc = b[i + k]
                if k == 1 {
                    if cc < lo || cc > hi { return i }
                } else if cc & 0xC0 != 0x80 {
                    return i
                }
            }
            i += need + 1
        }
        return nil
    }

    /// The 1-based line that byte `offset` is on.
    static func line(at offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, b.count)
        while i < end {
            if b[i] == 0x0A { line += 1 }
            i += 1
        }
        return line
    }

    /// Checks that `b` (from `start`) is UTF-8 text without NUL bytes; throws with the offset and line.
    /// For a part of a file, `baseOffset` and `baseLine` are where `b` starts in the file.
    static func requireText(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String,
                            baseOffset: Int = 0, baseLine: Int = 1) throws(DropFileError) {
        let body = UnsafeBufferPointer(rebasing: b[start...])
        if let bad = firstInvalidUTF8(body) {
            let offset = start + bad
            throw DropFileError(file: file, line: baseLine - 1 + line(at: offset, in: b),
                                message: "invalid UTF-8 at byte offset \(baseOffset + offset) (byte 0x\(String(b[offset], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        if let nul = body.firstIndex(of: 0) {
            let offset = start + nul
            throw DropFileError(file: file, line: baseLine - 1 + line(at: offset, in: b),
                                message: "NUL byte at byte offset \(baseOffset + offset): this looks like a binary file, not text")
        }
    }

    /// True when `b` from `start` holds only spaces, tabs and line breaks.
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) -> Bool {
        var i = start
        let e = end ?? b.count
        while i < e {
            switch b[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return false
            }
        }
        return true
    }
}
