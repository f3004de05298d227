import EarshotConfig
import EarshotCore
import Foundation

/// Marks near-duplicates: an item whose SimHash is within `maxDistance` bits of an item seen in
/// the last `window` gets `duplicateOf` = that first item's id (copies, retweets, copy-paste
/// campaigns). Items with fewer than `minWords` words are neither checked nor remembered.
///
/// The window lives in memory; the engine saves it in `state_dir` and loads it at the next
/// start, and a config reload keeps it, when the fingerprint settings (`max_distance`,
/// `shingle`) are unchanged (see `StatefulAnalyzer`).
public struct DuplicatesAnalyzer: StatefulAnalyzer {
    public let window: Duration
    public let maxDistance: Int
    public let maxItems: Int
    public let minWords: Int
    public let shingle: Int
    private let index: DuplicateIndex

    public static let defaultWindow = Duration.seconds(24 * 3600)

    public init(window: Duration = defaultWindow, maxDistance: Int = 3, maxItems: Int = 100_000,
                minWords: Int = 4, shingle: Int = 1) {
        precondition((0...DuplicateIndex.maxDistanceLimit).contains(maxDistance) && maxItems > 0 && shingle > 0)
        self.window = window
        self.maxDistance = maxDistance
        self.maxItems = maxItems
        self.minWords = minWords
        self.shingle = shingle
        index = DuplicateIndex(window: window.seconds, maxDistance: maxDistance, maxItems: maxItems)
    }

    public func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {
        let text = item.title.map { $0 + "\n" + item.text } ?? item.text
        let (hash, words) = SimHash.fingerprint(text, shingle: shingle)
        guard words >= minWords else { return }
        // A date in the future (a wrong clock at the sender, a typo) counts as now: taken as
        // written it would make every remembered item look older than the window and evict it.
        let now = context.clock.now()
        let time = min(item.published ?? now, now)
        if let first = await index.check(id: item.id, source: item.source, hash: hash, time: time) {
            analysis.duplicateOf = first.id
            analysis.duplicateOfSource = first.source.isEmpty ? nil : first.source
        }
    }

    /// How many items the window holds now.
    public func count() async -> Int { await index.count }

    /// Takes over the remembered items of the analyzer this one replaces on a reload, when both
    /// compute fingerprints alike (same `maxDistance` and `shingle`); this one's `window` and
    /// `maxItems` then apply to them.
    public func adoptState(from previous: any Analyzer) async -> Int? {
        guard let old = previous as? DuplicatesAnalyzer, old.maxDistance == maxDistance, old.shingle == shingle else { return nil }
        let (ids, sources, hashes, times) = await old.index.remembered()
        return await index.adopt(ids: ids, sources: sources, hashes: hashes, times: times)
    }

    /// The file `saveState` writes: JSON, fingerprints in hexadecimal (exact in any JSON reader).
    struct Snapshot: Codable {
        static let currentVersion = 1
        var version: Int
        var maxDistance: Int
        var shingle: Int
        var ids: [String]
        /// The source of each id (ids are unique within a source only); absent in files written
        /// before 2026-12-01, whose items then count as from an unknown source.
        var sources: [String]?
        var hashes: [String]
        /// Seconds since 2001-01-01 (the item's published date, or when it was seen).
        var times: [Double]
    }

    /// Writes the window unless this analyzer already wrote the same window to `path` and the
    /// file is still there: the engine saves every few minutes, and a quiet stream should not
    /// rewrite megabytes each time.
    public func saveState(to path: String) async throws {
        guard let (ids, sources, hashes, times, changes) = await index.changedSinceSave(to: path) else { return }
        let snapshot = Snapshot(version: Snapshot.currentVersion, maxDistance: maxDistance, shingle: shingle, ids: ids,
                                sources: sources, hashes: hashes.map { String($0, radix: 16) }, times: times)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys   // the same window gives the same bytes
        try encoder.encode(snapshot).write(to: URL(fileURLWithPath: path), options: .atomic)
        await index.saved(to: path, changes: changes)
    }

    /// Times after `now` (saved while the system clock ran ahead) count as `now`, as new items'
    /// dates do: one entry from next week would otherwise make the rest look older than the
    /// window and evict them.
    public func loadState(from path: String, now: Date) async throws -> Int? {
        let snapshot: Snapshot
        do {
            snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as DecodingError {
            throw SnapshotError(path: path, reason: "not a duplicates window file (\(Self.describe(error)))")
        }
        guard snapshot.version == Snapshot.currentVersion else {
            throw SnapshotError(path: path, reason: "written by another version of Earshot (format \(snapshot.version))")
        }
        let hashes = snapshot.hashes.compactMap { UInt64($0, radix: 16) }
        let sources = snapshot.sources ?? Array(repeating: "", count: snapshot.ids.count)
        guard hashes.count == snapshot.ids.count, snapshot.times.count == snapshot.ids.count, sources.count == snapshot.ids.count,
              snapshot.times.allSatisfy(\.isFinite) else {
            throw SnapshotError(path: path, reason: "ids, sources, fingerprints and times do not line up")
        }
        guard snapshot.maxDistance == maxDistance, snapshot.shingle == shingle else { return nil }
        let latest = now.timeIntervalSinceReferenceDate
        return await index.adopt(ids: snapshot.ids, sources: sources, hashes: hashes, times: snapshot.times.map { min($0, latest) })
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            let at = c.codingPath.map(\.stringValue).joined(separator: ".")
            return at.isEmpty ? c.debugDescription : "\(at): \(c.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A saved duplicates window that cannot be read.
public struct SnapshotError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The remembered items, oldest first, with an index for near-neighbour search.
///
/// By the pigeonhole principle two hashes within `d` bits agree exactly on at least one of
/// `d + 1` disjoint blocks of bits, so only items sharing a block with the new one are compared.
actor DuplicateIndex {
    static let maxDistanceLimit = 10

    private let window: Double
    private let maxDistance: Int
    private let maxItems: Int
    private let blocks: [(shift: UInt64, mask: UInt64)]
    /// Remembered items in arrival order, as parallel arrays; `[head...]` are alive, and item
    /// number `base + i` is at index `i`.
    private var ids: [String] = []
    /// Each item's source: "" when unknown (a window saved before sources were kept).
    private var sources: [String] = []
    private var hashes: [UInt64] = []
    private var times: [Double] = []
    private var head = 0
    private var base = 0
    /// Per block: block value → item numbers, ascending.
    private var buckets: [[UInt64: [Int]]]
    /// Items remembered or forgotten so far, and the count at the last save (with its path).
    private var changes = 0
    private var lastSave: (path: String, changes: Int)?

    init(window: Double, maxDistance: Int, maxItems: Int) {
        self.window = window
        self.maxDistance = maxDistance
        self.maxItems = maxItems
        let n = maxDistance + 1
        var blocks: [(shift: UInt64, mask: UInt64)] = []
        var shift = 0
        for i in 0..<n {
            let width = 64 / n + (i < 64 % n ? 1 : 0)
            blocks.append((UInt64(shift), width == 64 ? .max : (1 << UInt64(width)) - 1))
            shift += width
        }
        self.blocks = blocks
        buckets = Array(repeating: [:], count: n)
    }

    var count: Int { ids.count - head }

    /// The id and source ("" when unknown) of the first remembered item near `hash` within the window, or nil; an item that is
    /// no duplicate is remembered. Seeing the same item again (same id from the same source, or from
    /// an unknown one) is not a duplicate of itself; the same id from another source is a copy like
    /// any other (ids are unique within a source only: two feeds carrying one entry).
    func check(id: String, source: String, hash: UInt64, time date: Date) -> (id: String, source: String)? {
        let time = date.timeIntervalSinceReferenceDate
        while head < ids.count, times[head] < time - window { evictOldest() }

        var best = Int.max
        for (i, b) in blocks.enumerated() {
            guard let list = buckets[i][(hash >> b.shift) & b.mask] else { continue }
            for n in list {
                if n >= best { break }
                let k = n - base
                if (hashes[k] ^ hash).nonzeroBitCount <= maxDistance && abs(times[k] - time) <= window {
                    best = n
                    break
                }
            }
        }
        if best != .max {
            let first = ids[best - base], firstSource = sources[best - base]
            return first == id && (firstSource == source || firstSource.isEmpty) ? nil : (first, firstSource)
        }
        remember(id: id, source: source, hash: hash, time: time)
        return nil
    }

    private func remember(id: String, source: String, hash: UInt64, time: Double) {
        let number = base + ids.count
        ids.append(id)
        sources.append(source)
        hashes.append(hash)
        times.append(time)
        for (i, b) in blocks.enumerated() { buckets[i][(hash >> b.shift) & b.mask, default: []].append(number) }
        changes += 1
        while count > maxItems { evictOldest() }
    }

    /// The remembered items, oldest first (times as seconds since the reference date).
    func remembered() -> (ids: [String], sources: [String], hashes: [UInt64], times: [Double]) {
        (Array(ids[head...]), Array(sources[head...]), Array(hashes[head...]), Array(times[head...]))
    }

    /// The remembered items and the change count, or nil when nothing changed since they were
    /// saved to `path` and that file still exists.
    func changedSinceSave(to path: String) -> (ids: [String], sources: [String], hashes: [UInt64], times: [Double], changes: Int)? {
        if let lastSave, lastSave.path == path, lastSave.changes == changes, FileManager.default.fileExists(atPath: path) { return nil }
        let (ids, sources, hashes, times) = remembered()
        return (ids, sources, hashes, times, changes)
    }

    /// Records a save of the window as it was at `changes`.
    func saved(to path: String, changes: Int) { lastSave = (path, changes) }

    /// Remembers items handed over from another index (oldest first), as if seen here; items
    /// older than this window before the newest of them are dropped. Returns how many are kept.
    func adopt(ids newIDs: [String], sources newSources: [String], hashes newHashes: [UInt64], times newTimes: [Double]) -> Int {
        guard let newest = newTimes.max() else { return count }
        for k in newIDs.indices where newTimes[k] >= newest - window {
            remember(id: newIDs[k], source: newSources[k], hash: newHashes[k], time: newTimes[k])
        }
        return count
    }

    private func evictOldest() {
        changes += 1
        let number = base + head
        let hash = hashes[head]
        for (i, b) in blocks.enumerated() {
            let key = (hash >> b.shift) & b.mask
            guard var list = buckets[i].removeValue(forKey: key) else { continue }
            if list.first == number { list.removeFirst() } else { list.removeAll { $0 == number } }
            if !list.isEmpty { buckets[i][key] = list }
        }
        head += 1
        if head >= 1024 && head * 2 >= ids.count {
            ids.removeFirst(head)
            sources.removeFirst(head)
            hashes.removeFirst(head)
            times.removeFirst(head)
            base += head
            head = 0
        }
    }
}

/// The `duplicates` analyzer plugin.
public enum DuplicatesPlugin {
    public static let factory = AnalyzerFactory(provides: [.duplicate]) { setup in
        let s = setup.section
        let before = s.diagnostics.problems.count
        let window = s.duration("window", minimum: .seconds(1)) ?? DuplicatesAnalyzer.defaultWindow
        let distance = s.int("max_distance", in: 0...DuplicateIndex.maxDistanceLimit) ?? 3
        let maxItems = s.int("max_items", in: 1...10_000_000) ?? 100_000
        let minWords = s.int("min_words", in: 1...1_000) ?? 4
        let shingle = s.int("shingle", in: 1...8) ?? 1
        guard s.diagnostics.problems.count == before else { return nil }
        return DuplicatesAnalyzer(window: window, maxDistance: distance, maxItems: maxItems,
                                  minWords: minWords, shingle: shingle)
    }
}
