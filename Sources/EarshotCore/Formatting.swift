import Crypto
import Foundation

// Small, fast encoders for hot paths: fixed-point numbers, hex ids, hashing strings.

/// Fast fixed-point formatting for `earshot analyze --format tsv` and the logfmt log sink, where
/// `String(format: "%.4f")` took most of the run time.
public enum DecimalText {
    public static func fixed(_ d: Double, decimals: Int) -> String {
        var s = ""
        appendFixed(d, decimals: decimals, to: &s)
        return s
    }

    /// Appends `d` with exactly `decimals` (0...6) decimals, as `%.Nf` prints it. Values within 1e-6 of
    /// a decimal tie, with 1e9 or more units of the last decimal, or not finite go through
    /// `String(format:)`.
    public static func appendFixed(_ d: Double, decimals: Int, to out: inout String) {
        var bytes: [UInt8] = []
        appendFixed(d, decimals: decimals, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// As `appendFixed(_:decimals:to:)` for a `String`, into UTF-8 bytes: the digits are written
    /// directly, with no intermediate strings (the TSV output of `earshot analyze` prints four
    /// numbers per line).
    public static func appendFixed(_ d: Double, decimals: Int, to out: inout [UInt8]) {
        let decimals = min(max(decimals, 0), 6)
        guard d.isFinite else { out += String(format: "%.\(decimals)f", d).utf8; return }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let x = abs(d) * Double(scale)
        // Near a decimal tie the scaled product's own rounding error decides the digit; printf
        // decides from the exact binary value, so leave those (rare) cases to it, and products
        // of 1e9 or more, whose rounding error (up to 2^-53 of them) could reach the tie margin.
        if x >= 1e9 || abs(x - x.rounded(.down) - 0.5) < 1e-6 { out += String(format: "%.\(decimals)f", d).utf8; return }
        let scaled = UInt64(x.rounded(.toNearestOrAwayFromZero))
        if d.sign == .minus { out.append(UInt8(ascii: "-")) }   // as printf: -0.00001 → "-0.0000"
        appendDigits(scaled / UInt64(scale), minimumCount: 1, to: &out)
        guard decimals > 0 else { return }
        out.append(UInt8(ascii: "."))
        appendDigits(scaled % UInt64(scale), minimumCount: decimals, to: &out)
    }

    /// Appends `value` in decimal, left-padded with zeros to `minimumCount` digits (at most 20).
    private static func appendDigits(_ value: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for UInt64.max's 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = value, i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0 || buffer.count - i < minimumCount
            out.append(contentsOf: buffer[i...])
        }
    }
}

/// Lowercase hexadecimal of bytes (ids from hashes), without `String(format: "%02x")` per byte.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SHA256 {
    /// Hashes a string's UTF-8 bytes.
    mutating func update(utf8 s: String) {
        var s = s
        s.withUTF8 { update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// Hashes one byte (ids put a NUL between their parts, so that "ab"+"c" and "a"+"bc" differ).
    mutating func update(byte: UInt8) {
        withUnsafeBytes(of: byte) { update(bufferPointer: $0) }
    }
}
