import EarshotCore
import Foundation

/// The model file: versioned, little-endian, checksummed.
///
/// ```
/// "EARSHOTM"            8 bytes magic
/// version               UInt32 (1)
/// header length H       UInt32
/// header                H bytes of JSON: labels, options, trainingCount, features, classes
/// bias                  classes × Float32
/// buckets               features × UInt32, strictly ascending
/// idf                   features × Float32
/// weights               features × classes Float32, row-major
/// CRC-32 (IEEE)         UInt32 of every byte before it
/// ```
extension TextClassifier {
    static let magic: [UInt8] = Array("EARSHOTM".utf8)
    public static let formatVersion: UInt32 = 1

    struct Header: Codable {
        var labels: [String]
        var options: TrainingOptions
        var trainingCount: Int
        var features: Int
        var classes: Int
    }

    /// The model file's bytes.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = Self.magic
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings and numbers cannot fail.
        let header = try! encoder.encode(Header(labels: labels, options: options, trainingCount: trainingCount,
                                                features: buckets.count, classes: labels.count))
        out.reserveCapacity(24 + header.count + 4 * (bias.count + 2 * buckets.count + weights.count))
        Self.append(Self.formatVersion, to: &out)
        Self.append(UInt32(header.count), to: &out)
        out += header
        for v in bias { Self.append(v.bitPattern, to: &out) }
        for b in buckets { Self.append(b, to: &out) }
        for v in idf { Self.append(v.bitPattern, to: &out) }
        for v in weights { Self.append(v.bitPattern, to: &out) }
        Self.append(CRC32.checksum(out), to: &out)
        return out
    }

    /// Writes the model atomically: a temporary file in the same directory, flushed, then renamed over `path`.
    public func write(to path: String) throws(ModelError) {
        let bytes = serialized()
        let directory = (path as NSString).deletingLastPathComponent
        // The name's first 100 bytes at most: a legal 240-byte name plus the suffix would pass the
        // file system's 255-byte limit.
        let name = String(decoding: (path as NSString).lastPathComponent.utf8.prefix(100), as: UTF8.self)
        let temp = (directory.isEmpty ? "." : directory) + "/.\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temp, contents: nil) else {
            throw ModelError("cannot create a temporary file in \(directory.isEmpty ? "." : directory) (does the directory exist and is it writable?)", path: path)
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw ModelError("cannot write: \(error.localizedDescription)", path: path)
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temp)
            throw ModelError("cannot move the new model into place: \(reason)", path: path)
        }
    }

    /// Loads a model file written by ``write(to:)``.
    ///
    /// Largest weight, bias or idf magnitude a model file may hold.
    static let maxWeightMagnitude: Float = 1_000_000

    /// Wrong, truncated, corrupted or newer-format files throw a `ModelError` naming the path.
    public static func load(path: String) throws(ModelError) -> TextClassifier {
        let bytes: [UInt8]
        do {
            // A model file may be large (Banking77's is 9 MB) but is a regular file, whose size
            // bounds the read; a device or a pipe would be read until memory runs out.
            bytes = try FileRead.bytes(path: path, limit: .max, regularFileOnly: true)
        } catch {
            throw ModelError(error.reason == "no such file" ? "no such model file" : "cannot read the model file: \(error.reason)", path: path)
        }
        do throws(ModelError) {
            return try deserialize(bytes)
        } catch {
            throw ModelError(error.message, path: path)
        }
    }

    /// Parses model file bytes; errors carry no path.
    public static func deserialize(_ bytes: [UInt8]) throws(ModelError) -> TextClassifier {
        guard !bytes.isEmpty else { throw ModelError("empty file, not a model") }
        // A file cut inside the magic is truncated too, not a stranger's file.
        guard bytes.starts(with: magic) || magic.starts(with: bytes) else {
            throw ModelError("not an Earshot model file (it does not start with \"EARSHOTM\")")
        }
        guard bytes.count >= 16 else {
            throw ModelError("truncated: \(bytes.count) bytes, shorter than the 16-byte preamble")
        }
        var reader = Reader(bytes: bytes, offset: 8)
        let version = reader.uint32()
        guard version == formatVersion else {
            throw ModelError(version > formatVersion
                ? "model format version \(version) is newer than this Earshot reads (\(formatVersion)); upgrade Earshot or retrain"
                : "unknown model format version \(version)")
        }
        let headerLength = Int(reader.uint32())
        guard headerLength <= bytes.count - 16 else {
            throw ModelError("truncated: the header needs \(headerLength) bytes but the file has \(bytes.count - 16) after the preamble")
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[16..<(16 + headerLength)]))
        } catch {
            throw ModelError("corrupt header (not the expected JSON)")
        }
        let k = header.classes, f = header.features
        guard k >= 2, k == header.labels.count, Set(header.labels).count == k, f >= 0, f <= 1 << 26 else {
            throw ModelError("corrupt header (\(header.labels.count) labels, \(k) classes, \(f) features)")
        }
        // What `earshot train` refuses in a label, a file made otherwise may not carry either.
        if let bad = header.labels.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || TrainingData.labelProblem($0) != nil }) {
            throw ModelError("corrupt header: " + (TrainingData.labelProblem(bad) ?? "an empty label"))
        }
        do { try header.options.validate() } catch { throw ModelError("corrupt header: \(error.message)") }
        let expected = 16 + headerLength + 4 * (k + 2 * f + f * k) + 4
        guard bytes.count >= expected else {
            throw ModelError("truncated: expected \(expected) bytes, found \(bytes.count)")
        }
        guard bytes.count == expected else {
            throw ModelError("corrupt: \(bytes.count - expected) unexpected bytes after the model")
        }
        let stored = UInt32(bytes[expected - 4]) | UInt32(bytes[expected - 3]) << 8 | UInt32(bytes[expected - 2]) << 16 | UInt32(bytes[expected - 1]) << 24
        guard CRC32.checksum(bytes[0..<(expected - 4)]) == stored else {
            throw ModelError("corrupt: checksum mismatch (the file was damaged or changed after it was written)")
        }
        reader.offset = 16 + headerLength
        let bias = (0..<k).map { _ in Float(bitPattern: reader.uint32()) }
        let buckets = (0..<f).map { _ in reader.uint32() }
        let idf = (0..<f).map { _ in Float(bitPattern: reader.uint32()) }
        let weights = (0..<(f * k)).map { _ in Float(bitPattern: reader.uint32()) }
        let limit = UInt64(1) << UInt64(header.options.featureBits)
        for i in buckets.indices where UInt64(buckets[i]) >= limit || (i > 0 && buckets[i] <= buckets[i - 1]) {
            throw ModelError("corrupt: feature buckets out of order or out of range")
        }
        // Training never comes near the bound (regularised weights stay below a few hundred, idf
        // below 30); a crafted file with weights of 3e38 overflowed to inf − inf = NaN scores.
        let bound = TextClassifier.maxWeightMagnitude
        func sane(_ v: [Float]) -> Bool { v.allSatisfy { $0.isFinite && abs($0) <= bound } }
        guard sane(bias), sane(idf), sane(weights) else {
            throw ModelError("corrupt: non-finite weights or weights beyond ±\(Int(bound))")
        }
        return TextClassifier(labels: header.labels, options: header.options, trainingCount: header.trainingCount,
                              buckets: buckets, idf: idf, weights: weights, bias: bias)
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset: Int

        mutating func uint32() -> UInt32 {
            let v = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return v
        }
    }
}

/// CRC-32 as in zlib, PNG and gzip (reflected polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
