import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for logfmt lines, shared by the log handler and the log sink.
public enum LogfmtWriter {
    /// A value as logfmt wants it: bare when it has no space, quote or `=`, else quoted with escapes.
    public static func quote(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            guard b.isEmpty || needsQuotes(b) else { return String(decoding: b, as: UTF8.self) }
            var out: [UInt8] = [0x22]
            out.reserveCapacity(b.count + 8)
            for c in b {
                switch c {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                default: out.append(c)
                }
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A space, quote, `=`, backslash, tab or any line break (LF, VT, FF, CR, NEL, U+2028, U+2029).
    private static func needsQuotes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            switch b[i] {
            case 0x20, 0x22, 0x3D, 0x5C, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
            case 0xC2 where i + 1 < b.count && b[i + 1] == 0x85: return true
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9): return true
            default: i += 1
            }
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
