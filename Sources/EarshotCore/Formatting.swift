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
    /// a decimal tie, beyond ±1e12, or not finite go through `String(format:)`.
    public static func appendFixed(_ d: Double, decimals: Int, to out: inout String) {
        let decimals = min(max(decimals, 0), 6)
        guard d.isFinite, abs(d) < 1e12 else { out += String(format: "%.\(decimals)f", d); return }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let x = abs(d) * Double(scale)
        // Near a decimal tie the scaled product's own rounding error decides the digit; printf
        // decides from the exact binary value, so leave those (rare) cases to it.
        if abs(x - x.rounded(.down) - 0.5) < 1e-6 { out += String(format: "%.\(decimals)f", d); return }
        let scaled = Int64(x.rounded(.toNearestOrAwayFromZero))
        if d.sign == .minus { out += "-" }   // as printf: -0.00001 → "-0.0000"
        out += String(scaled / scale)
        guard decimals > 0 else { return }
        out += "."
        let digits = String(scaled % scale)
        if digits.count < decimals { out += String(repeating: "0", count: decimals - digits.count) }
        out += digits
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
