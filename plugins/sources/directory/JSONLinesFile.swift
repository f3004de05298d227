import EarshotCore
import Foundation

/// A JSON Lines file read in chunks of whole lines, so that a large file is never all in memory:
/// `validate` decodes every line once (a broken line fails the file before anything is emitted),
/// then `nextBatch` decodes again, batch by batch, while the items are emitted.
///
/// The file is read through an open descriptor; if it changes size while being read the reader
/// reports `.changed` (the caller lets it settle and takes it again). A single line longer than
/// the chunk size is read whole (the chunk grows to hold it), so memory is bounded by the chunk
/// size or the longest line, whichever is larger.
struct JSONLinesFile {
    enum Failure: Error {
        case changed, unreadable(String)

        var readResult: DropInbox.ReadResult {
            switch self {
            case .changed: return .changed
            case .unreadable(let why): return .unreadable(why)
            }
        }
    }

    struct Chunk {
        var bytes: [UInt8]
        /// Where `bytes` starts in the file, and the line number of its first line.
        var offset: Int
        var line: Int
    }

    private let fd: Int32
    private let size: Int
    private let chunkSize: Int
    private var pending: [UInt8] = []
    private var scratch: [UInt8]
    private var consumed = 0
    private var linesBefore = 0
    private var eof = false
    /// Items of the chunks read so far that were not handed out yet.
    private var decoded: [Item] = []

    /// Takes an open descriptor of a regular file of `size` bytes, positioned at its start; the
    /// caller keeps ownership (closes it).
    init(fd: Int32, size: Int, chunkSize: Int = 1 << 20) {
        self.fd = fd
        self.size = size
        self.chunkSize = max(1, chunkSize)
        scratch = [UInt8](repeating: 0, count: self.chunkSize)
    }

    /// The next run of whole lines (the last one may lack its line break), or nil at the end.
    mutating func nextChunk() throws(Failure) -> Chunk? {
        while true {
            if let cut = pending.lastIndex(of: 0x0A), pending.count >= chunkSize || eof {
                return take(upTo: cut + 1)
            }
            if eof {
                return pending.isEmpty ? nil : take(upTo: pending.count)
            }
            // A line longer than a chunk makes `pending` grow a chunk per read until it ends.
            var n: Int
            repeat {
                n = scratch.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            } while n < 0 && errno == EINTR
            if n < 0 { throw .unreadable(String(cString: strerror(errno))) }
            pending.append(contentsOf: scratch[0..<n])
            if n == 0 {
                eof = true
                if consumed + pending.count != size { throw .changed }   // shrank while being read
            } else if consumed + pending.count > size {
                throw .changed                                           // grew while being read
            }
        }
    }

    private mutating func take(upTo end: Int) -> Chunk {
        let bytes = Array(pending[..<end])
        pending.removeFirst(end)
        let chunk = Chunk(bytes: bytes, offset: consumed, line: linesBefore + 1)
        consumed += end
        linesBefore += bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return chunk
    }

    /// Checks the whole file as `DropFormats.prepare` checks a `.jsonl` file, reporting the same
    /// problems at the same lines and offsets; returns the number of items. Throws `DropFileError`
    /// for a broken file and `Failure` when the file could not be read or changed meanwhile.
    mutating func validate(file: String, source: String) throws -> Int {
        var problems = ProblemList(file: file)
        var count = 0
        var sawContent = false
        while let chunk = try nextChunk() {
            try chunk.bytes.withUnsafeBufferPointer { (b) throws(DropFileError) in
                let start = chunk.offset == 0 ? TextBytes.bomLength(b) : 0
                try TextBytes.requireText(b, from: start, file: file, baseOffset: chunk.offset, baseLine: chunk.line)
                if !TextBytes.isBlank(b, from: start) { sawContent = true }
                JSONLines.forEachLine(b, from: start, firstLine: chunk.line, source: source) { line, result in
                    switch result {
                    case .success: count += 1
                    case .failure(let e): JSONLines.add(e, line: line, to: &problems)
                    }
                }
            }
        }
        if size == 0 { throw DropFileError(file: file, message: "the file is empty (0 bytes)") }
        if !sawContent { throw DropFileError(file: file, message: "the file is empty (only blank space)") }
        try problems.throwIfAny()
        return count
    }

    /// The next up to `size` items, or nil at the end. Lines that do not decode are skipped (run
    /// `validate` first: a file that changed in between is reported as `.changed`).
    mutating func nextBatch(size batchSize: Int, source: String) throws(Failure) -> [Item]? {
        while decoded.count < batchSize, let chunk = try nextChunk() {
            chunk.bytes.withUnsafeBufferPointer { b in
                JSONLines.forEachLine(b, from: chunk.offset == 0 ? TextBytes.bomLength(b) : 0, firstLine: chunk.line,
                                      source: source) { _, result in
                    if case .success(let item) = result { decoded.append(item) }
                }
            }
        }
        guard !decoded.isEmpty else { return nil }
        let n = min(batchSize, decoded.count)
        defer { decoded.removeFirst(n) }
        return Array(decoded.prefix(n))
    }
}
