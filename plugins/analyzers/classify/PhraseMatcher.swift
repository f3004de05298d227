import EarshotCore
import Foundation

/// A phrase as the matcher looks for it: folded bytes that start on a word boundary and, unless
/// the phrase is a prefix (`refund*`), end on one. An end written in a script that does not
/// separate words by spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) needs no boundary
/// there: `退款` is found in `我要退款`. Such phrases can therefore also match inside a longer
/// word of those scripts — telling words apart there takes a dictionary, which this does not have.
struct FoldedPhrase: Hashable, Sendable {
    /// `" cancel my "` for an exact phrase, `" refund"` for a prefix, `"退款"` in a script without spaces.
    let bytes: [UInt8]

    /// Folds `phrase` as text is folded; nil when nothing is left to match (no letters or digits),
    /// or when `*` stands anywhere but at the end.
    init?(_ phrase: String) {
        var p = phrase.trimmingCharacters(in: .whitespaces)
        let prefix = p.hasSuffix("*")
        if prefix { p.removeLast() }
        if p.contains("*") { return nil }
        let text = TextFolding.fold(p)
        var folded = Array(text.utf8)
        guard folded.count > 2 else { return nil }   // " " or "  ": nothing to match
        let first = text.unicodeScalars.dropFirst().first, last = text.unicodeScalars.dropLast().last
        if prefix || last.map(TextFolding.isWrittenWithoutSpaces) == true { folded.removeLast() }
        if first.map(TextFolding.isWrittenWithoutSpaces) == true { folded.removeFirst() }
        bytes = folded
    }

    /// Why `phrase` cannot be matched, or nil when it can.
    static func problem(with phrase: String) -> String? {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        if trimmed.dropLast(trimmed.hasSuffix("*") ? 1 : 0).contains("*") {
            return "\"*\" may only end a phrase (\"refund*\" matches refunds, refunded)"
        }
        if FoldedPhrase(phrase) == nil { return "the phrase has no letters or digits to match" }
        return nil
    }
}

/// Finds every phrase of a fixed set in folded text in one pass (Aho–Corasick over bytes,
/// compiled to a full transition table over the byte classes the phrases use).
///
/// Each text byte costs one read of the transition table that depends on the previous one,
/// so the table is kept small and its hot part dense: states are numbered breadth-first
/// (the shallow states most bytes visit sit together), entries are 16 bits wide when fewer
/// than 32,768 states suffice, and the top bit of an entry marks states where some phrase
/// ends, so the output lists are only read there. A state's row is padded to a power of two
/// of classes, so the next read's index is a shift and an OR of the state, not a multiply
/// and an add (two cycles less on that chain); with the letters and the space of a typical
/// pack (under 32 classes) a row of 16-bit entries is one 64-byte cache line. The padding's
/// price is memory: just over a power of two (33 classes: digits and letters) nearly doubles
/// the table, and phrases in other scripts add a class per distinct UTF-8 byte.
///
/// Build once, share freely: it is immutable after `init` (a class, so that handing it to a
/// closure is one retain rather than one per table; `@unchecked Sendable` because its tables are
/// pointers, written only in `init`).
final class PhraseMatcher: @unchecked Sendable {
    let phraseCount: Int
    /// Byte → class; class 0 is every byte no phrase contains.
    private let byteClass: [UInt16]
    /// log2 of the row width: the class count rounded up to a power of two.
    private let rowShift: Int
    /// Phrases ending in each state (including through failure links), flattened.
    private let outputStart: [Int32]
    private let outputIDs: [Int32]

    /// Largest state count the 16-bit table holds (the top bit is the output flag).
    static let narrowLimit = 1 << 15

    init(_ phrases: [FoldedPhrase], forceWide: Bool = false) {
        phraseCount = phrases.count
        var classOf = [UInt16](repeating: 0, count: 256)
        var nextClass = 1
        for p in phrases {
            for b in p.bytes where classOf[Int(b)] == 0 {
                classOf[Int(b)] = UInt16(nextClass)
                nextClass += 1
            }
        }
        let nc = nextClass
        byteClass = classOf
        let shift = Int.bitWidth - (nc - 1).leadingZeroBitCount
        rowShift = shift
        let width = 1 << shift

        // Trie.
        var trie: [[Int32]] = [[Int32](repeating: -1, count: nc)]
        var outs: [[Int32]] = [[]]
        for (id, p) in phrases.enumerated() {
            var s = 0
            for b in p.bytes {
                let c = Int(classOf[Int(b)])
                if trie[s][c] < 0 {
                    trie.append([Int32](repeating: -1, count: nc))
                    outs.append([])
                    trie[s][c] = Int32(trie.count - 1)
                }
                s = Int(trie[s][c])
            }
            outs[s].append(Int32(id))
        }

        // Breadth-first: failure links folded into a complete transition table.
        let n = trie.count
        var table = [Int32](repeating: 0, count: n * nc)
        var fail = [Int32](repeating: 0, count: n)
        var queue: [Int] = [0]
        queue.reserveCapacity(n)
        for c in 0..<nc {
            let t = trie[0][c]
            if t >= 0 { table[c] = t; fail[Int(t)] = 0; queue.append(Int(t)) } else { table[c] = 0 }
        }
        var head = 1
        while head < queue.count {
            let s = queue[head]; head += 1
            outs[s].append(contentsOf: outs[Int(fail[s])])
            for c in 0..<nc {
                let t = trie[s][c]
                let viaFail = table[Int(fail[s]) * nc + c]
                if t >= 0 {
                    table[s * nc + c] = t
                    fail[Int(t)] = viaFail
                    queue.append(Int(t))
                } else {
                    table[s * nc + c] = viaFail
                }
            }
        }

        // Renumber breadth-first (`queue` holds every state once, root first).
        var number = [Int](repeating: 0, count: n)
        for (new, old) in queue.enumerated() { number[old] = new }
        var start: [Int32] = [0]
        var ids: [Int32] = []
        for old in queue {
            ids.append(contentsOf: Set(outs[old]).sorted())
            start.append(Int32(ids.count))
        }
        outputStart = start
        outputIDs = ids
        func entry(_ old: Int32) -> UInt32 {
            let target = number[Int(old)]
            return UInt32(target) | (outs[Int(old)].isEmpty ? 0 : 1 << 31)
        }
        var renumbered = [UInt32](repeating: 0, count: n * width)
        for (new, old) in queue.enumerated() {
            for c in 0..<nc { renumbered[new << shift | c] = entry(table[old * nc + c]) }
        }
        if n < Self.narrowLimit && !forceWide {
            let table = UnsafeMutablePointer<UInt16>.allocate(capacity: renumbered.count)
            for (k, entry) in renumbered.enumerated() { table[k] = UInt16(entry & 0x7FFF) | UInt16(entry >> 16 & 0x8000) }
            narrowTable = UnsafePointer(table)
            wideTable = nil
        } else {
            let table = UnsafeMutablePointer<UInt32>.allocate(capacity: renumbered.count)
            table.initialize(from: renumbered, count: renumbered.count)
            wideTable = UnsafePointer(table)
            narrowTable = nil
        }
    }

    deinit {
        narrowTable.map { UnsafeMutablePointer(mutating: $0).deallocate() }
        wideTable.map { UnsafeMutablePointer(mutating: $0).deallocate() }
    }

    /// Whether the transition table uses 16-bit entries.
    var isNarrow: Bool { narrowTable != nil }

    /// Entries per state row: the byte classes the phrases use (class 0 included), rounded up to
    /// a power of two.
    var rowWidth: Int { 1 << rowShift }

    /// Sets bit `id` in `hits` (one bit per phrase, 64 per word) for every phrase found in `folded`.
    func scan(_ folded: UnsafeBufferPointer<UInt8>, into hits: UnsafeMutableBufferPointer<UInt64>) {
        _ = run(folded, foldingASCII: false, into: hits)
    }

    /// As `scan(_:into:)` on `TextFolding.fold(text)`, folding as it reads, for text that is
    /// ASCII: saves writing and re-reading a folded copy. Returns false at the first byte that
    /// is not ASCII (the hits set until then are right, but the scan is incomplete: fold the
    /// text and scan that).
    func scan(ascii raw: UnsafeBufferPointer<UInt8>, into hits: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        run(raw, foldingASCII: true, into: hits)
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool, into hits: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        if let narrowTable { return run(bytes, foldingASCII: foldingASCII, into: hits, delta: narrowTable) }
        return run(bytes, foldingASCII: foldingASCII, into: hits, delta: wideTable!)
    }

    /// `delta[state << rowShift | class]` is the next state, with `outputBit` set when phrases
    /// end there (the padding entries past the last class are never read): 16-bit entries when
    /// fewer than `narrowLimit` states suffice, else 32-bit; exactly one of the two is set. Plain
    /// pointers, freed in `deinit`: reading an array out of an enum cost a retain and a release
    /// per scan (classify alone ran 2–4% faster without them).
    private let narrowTable: UnsafePointer<UInt16>?
    private let wideTable: UnsafePointer<UInt32>?

    @inline(__always)
    private func run<Entry: FixedWidthInteger & UnsignedInteger>(
        _ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool, into hits: UnsafeMutableBufferPointer<UInt64>,
        delta: UnsafePointer<Entry>
    ) -> Bool {
        let outputBit: Entry = 1 << (Entry.bitWidth - 1)
        return byteClass.withUnsafeBufferPointer { cls in
            outputStart.withUnsafeBufferPointer { start in
                outputIDs.withUnsafeBufferPointer { ids in
                    let shift = rowShift
                    var s = 0
                    @inline(__always) func step(_ b: UInt8) {
                        let next = delta[s &<< shift | Int(cls[Int(b)])]
                        s = Int(next & ~outputBit)
                        guard next & outputBit != 0 else { return }
                        var i = Int(start[s])
                        let end = Int(start[s &+ 1])
                        while i < end {
                            let id = Int(ids[i])
                            hits[id >> 6] |= 1 << UInt64(id & 63)
                            i &+= 1
                        }
                    }
                    guard foldingASCII else {
                        for b in bytes { step(b) }
                        return true
                    }
                    return TextFolding.foldASCII(bytes, step)
                }
            }
        }
    }
}
