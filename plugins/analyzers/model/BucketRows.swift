/// The weight row of each hash bucket a model knows: an open-addressing table from bucket to
/// row, looked up a few hundred times per text.
///
/// A Swift `Dictionary` hashes every key with SipHash, which was a fifth of prediction time;
/// buckets are already well-mixed hash values, so a multiplicative hash of the key is enough.
struct BucketRows: Sendable {
    /// Bucket + 1 (0 = empty) in the low 32 bits, row in the high 32 bits.
    private let slots: [UInt64]
    private let mask: Int
    private let shift: UInt64

    /// Row `r` belongs to `buckets[r]`; buckets must be distinct and below 2^32 − 1 (they are
    /// below `2^featureBits`, at most 2^26).
    init(_ buckets: [UInt32]) {
        var capacity = 16
        while capacity < buckets.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        var table = [UInt64](repeating: 0, count: capacity)
        for (row, bucket) in buckets.enumerated() {
            var i = Self.slot(bucket, shift: shift)
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = UInt64(bucket + 1) | UInt64(row) << 32
        }
        slots = table
    }

    @inline(__always)
    private static func slot(_ bucket: UInt32, shift: UInt64) -> Int {
        Int((UInt64(bucket) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The row of `bucket`, or nil when the model never saw it.
    @inline(__always)
    subscript(bucket: UInt32) -> Int32? {
        let key = bucket &+ 1
        var i = Self.slot(bucket, shift: shift)
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if UInt32(truncatingIfNeeded: slot) == key { return Int32(truncatingIfNeeded: slot >> 32) }
            i = (i + 1) & mask
        }
    }
}
