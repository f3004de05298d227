// earshot-bench-feeds: parse every file in DIR with EarshotFeeds, print throughput, dump per-item fields.
//
// Usage: earshot-bench-feeds DIR [--out FILE] [--repeat N] [--ext rss,atom,...]
// Throughput counts FeedParser.parse alone (best of N passes), by wall clock and by process CPU time.
// The JSON is the same shape as feedparser_dump.py writes: a list of {file, index, id, title, link, date, text}.
import EarshotFeeds
import Foundation

func fail<T>(_ message: String) -> T {
    FileHandle.standardError.write(Data("earshot-bench-feeds: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var outPath: String?
var repeatCount = 1
var extensions: Set<String>?
var directory: String?
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--out": outPath = arguments.isEmpty ? fail("--out needs a file") : arguments.removeFirst()
    case "--repeat": repeatCount = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? fail("--repeat needs a number")
    case "--ext": extensions = Set((arguments.isEmpty ? "" : arguments.removeFirst()).split(separator: ",").map(String.init))
    default: directory = a
    }
}
guard let directory else { let _: Void = fail("usage: earshot-bench-feeds DIR [--out FILE] [--repeat N] [--ext rss,atom]"); exit(2) }

let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? fail("cannot list \(directory)"))
    .filter { !$0.hasPrefix(".") }
    .filter { name in extensions.map { $0.contains(String(name.split(separator: ".").last ?? "")) } ?? true }
    .sorted()
let blobs: [(String, Data)] = names.map { name in
    (name, FileManager.default.contents(atPath: directory + "/" + name) ?? fail("cannot read \(name)"))
}
let totalBytes = blobs.reduce(0) { $0 + $1.1.count }

/// CPU time of this process (user + system), in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

var best = Double.infinity
var bestCPU = Double.infinity
var results: [(String, FeedDocument?)] = []
var failures: [String] = []
for _ in 0..<max(1, repeatCount) {
    results = []
    failures = []
    let clock = ContinuousClock()
    let start = clock.now
    let startCPU = cpuSeconds()
    for (name, data) in blobs {
        do {
            results.append((name, try FeedParser.parse(data)))
        } catch {
            results.append((name, nil))
            failures.append("\(name): \(error)")
        }
    }
    let elapsed = clock.now - start
    bestCPU = min(bestCPU, cpuSeconds() - startCPU)
    best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
let items = results.reduce(0) { $0 + ($1.1?.entries.count ?? 0) }
for f in failures { FileHandle.standardError.write(Data("failed: \(f)\n".utf8)) }
FileHandle.standardError.write(Data(String(
    format: "EarshotFeeds: %d files, %d items, %.2f MB; wall %.3f s: %.0f items/s, %.2f MB/s; CPU %.3f s: %.0f items/s, %.2f MB/s\n",
    blobs.count, items, Double(totalBytes) / 1e6, best, Double(items) / best, Double(totalBytes) / 1e6 / best,
    bestCPU, Double(items) / bestCPU, Double(totalBytes) / 1e6 / bestCPU).utf8))

func isoUTC(_ date: Date) -> String {
    var t = time_t(floor(date.timeIntervalSince1970))
    var parts = tm()
    gmtime_r(&t, &parts)
    return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                  Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
}

var records: [[String: Any]] = []
for (name, doc) in results {
    for (index, e) in (doc?.entries ?? []).enumerated() {
        records.append([
            "file": name, "index": index,
            "id": e.id ?? NSNull(), "title": e.title ?? NSNull(), "link": e.link ?? NSNull(),
            "date": e.published.map(isoUTC) ?? NSNull(), "text": e.text,
        ])
    }
}
let json = (try? JSONSerialization.data(withJSONObject: records, options: [.prettyPrinted, .sortedKeys])) ?? fail("cannot encode JSON")
if let outPath {
    guard FileManager.default.createFile(atPath: outPath, contents: json) else { let _: Void = fail("cannot write \(outPath)"); exit(2) }
} else {
    FileHandle.standardOutput.write(json)
}
