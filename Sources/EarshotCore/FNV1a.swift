/// FNV-1a, 64 bits: a fixed, fast, non-cryptographic hash of bytes — the same value in every
/// process and on every machine, which is what saved model files and fingerprints rely on.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    /// Folds one value (a byte, or a wider unit such as a Unicode scalar) into `h`.
    @inlinable @inline(__always)
    public static func step(_ h: UInt64, _ value: UInt64) -> UInt64 {
        (h ^ value) &* prime
    }

    /// The hash of `bytes`, continuing from `seed` (the offset basis for a fresh hash).
    @inlinable
    public static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = offsetBasis) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = step(h, UInt64(b)) }
        return h
    }
}
