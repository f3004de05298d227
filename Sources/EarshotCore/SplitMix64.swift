/// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and the same sequence on every platform.
///
/// Used where runs must repeat exactly: benchmark input, training shuffles, cross-validation folds.
/// `scripts/bench-model.py` reimplements it to reproduce the same splits.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates from the end, `j = next() % (i + 1)`: spelled out so other languages can match it.
    public mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}
