import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for logfmt lines, shared by the log handler and the log sink.
public enum LogfmtWriter {
    /// A value as logfmt wants it: bare when it has no space, quote, `=`, backslash or character
    /// that could act on a terminal or break the line; else quoted, with `\"`, `\\`, `\n`, `\r`,
    /// `\t`, and `\u00XX` / `\u2028` for the other control characters (C0, DEL, C1), the Unicode
    /// line and paragraph separators and the bidirectional overrides. So a mention cannot clear or
    /// retitle the terminal of an operator running `tail -f`, nor fake a second line.
    public static func quote(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            guard b.isEmpty || needsQuotes(b) else { return String(decoding: b, as: UTF8.self) }
            var out: [UInt8] = [0x22]
            out.reserveCapacity(b.count + 8)
            func escape(_ scalar: UInt32) { appendEscape(scalar, to: &out) }
            var i = 0
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x00..<0x20, 0x7F: escape(UInt32(c))
                default:
                    if let (scalar, length) = unsafeScalar(b, i) {
                        escape(scalar)
                        i += length
                        continue
                    }
                    out.append(c)
                }
                i += 1
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `\uXXXX` for `scalar` (at most U+FFFF), appended to `out`.
    private static func appendEscape(_ scalar: UInt32, to out: inout [UInt8]) {
        out += [0x5C, 0x75]   // \u
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((scalar >> UInt32(shift)) & 0xF)]) }
    }

    /// `b` with every character a terminal would act on or read as another line — C0 controls
    /// (tab aside), DEL, C1, U+2028/U+2029 and the bidirectional overrides — as a `\u001b`-style
    /// escape, or nil when it has none (the common case).
    private static func escapingTerminalControls(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        func unsafe(_ i: Int) -> (UInt32, Int)? {
            let c = b[i]
            if (c < 0x20 && c != 0x09) || c == 0x7F { return (UInt32(c), 1) }
            return c == 0xC2 || c == 0xE2 ? unsafeScalar(b, i) : nil
        }
        guard b.indices.contains(where: { unsafe($0) != nil }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        var i = 0
        while i < b.count {
            if let (scalar, length) = unsafe(i) {
                appendEscape(scalar, to: &out)
                i += length
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    /// One line of text for a terminal, as it is except for what a terminal would act on or read as
    /// another line — C0 controls (tab aside), DEL, C1, U+2028/U+2029 and the bidirectional overrides
    /// — which become `\u001b`-style escapes. Unlike `quote`, nothing else is escaped or quoted.
    public static func terminalSafeLine(_ line: String) -> String {
        var line = line
        return line.withUTF8 { b in
            escapingTerminalControls(b).map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: b, as: UTF8.self)
        }
    }

    /// A JSON text with every character `quote` escapes that JSON leaves raw — DEL, C1 controls,
    /// U+2028/U+2029 and the bidirectional overrides — written as a `\uXXXX` escape instead. JSON
    /// text on one line has no raw C0 character (JSON escapes them in strings), so this is
    /// `terminalSafeLine` on bytes. Such characters can only stand inside strings, where the
    /// escape means the same character: any JSON reader gets the same value and a terminal
    /// showing the line gets nothing it would act on. Returns `json` itself when it has none.
    public static func terminalSafeJSON(_ json: [UInt8]) -> [UInt8] {
        json.withUnsafeBufferPointer { escapingTerminalControls($0) } ?? json
    }

    /// The scalar and UTF-8 length at `i` when it is a C1 control (U+0080–U+009F), a line or
    /// paragraph separator (U+2028, U+2029) or a bidirectional embedding, override or isolate
    /// (U+202A–U+202E, U+2066–U+2069).
    private static func unsafeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        if b[i] == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return (UInt32(b[i + 1]), 2) }
        guard b[i] == 0xE2, i + 2 < b.count else { return nil }
        let scalar = 0x2000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        switch (b[i + 1], b[i + 2]) {
        case (0x80, 0xA8...0xAE), (0x81, 0xA6...0xA9): return (scalar, 3)
        default: return nil
        }
    }

    /// Whether a value must be quoted: a space, quote, `=`, backslash, or any character
    /// `quote` escapes.
    private static func needsQuotes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            switch b[i] {
            case 0x00...0x20, 0x22, 0x3D, 0x5C, 0x7F: return true
            case 0xC2, 0xE2: if unsafeScalar(b, i) != nil { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    /// Writes every byte, retrying on EINTR and short writes. Returns false on error.
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + off, bytes.count - off)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            off += n
        }
        return true
    }
}
