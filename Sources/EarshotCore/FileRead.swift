#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so that a failure says what happened in plain words
/// ("is a directory", "permission denied") rather than a Foundation error domain and code.
///
/// Reads regular files, devices (`/dev/null` reads as empty) and named pipes alike, to their
/// end, but at most `limit` bytes: a file that never ends (`/dev/zero`) or a wrong path to a
/// huge file is an error, not a read until memory runs out.
public enum FileRead {
    /// What a config, secret, rule pack or lexicon may hold; far more than any of them needs.
    public static let defaultLimit = 256 << 20

    /// Why a file could not be read: `reason` is short and lowercase ("no such file"); `line`
    /// is set when one line is at fault (text that is not UTF-8).
    public struct Failure: Error, CustomStringConvertible, Sendable, Equatable {
        public let path: String
        public let line: Int?
        public let reason: String
        public init(path: String, line: Int? = nil, reason: String) { self.path = path; self.line = line; self.reason = reason }
        public var description: String { line.map { "\(path) line \($0): \(reason)" } ?? "\(path): \(reason)" }
        /// For a message about a file named in a config: `cannot read PATH: no such file`, or
        /// `PATH line 3 is not valid UTF-8 (…)`.
        public var readingProblem: String { line.map { "\(path) line \($0) is \(reason)" } ?? "cannot read \(path): \(reason)" }
    }

    /// The file as UTF-8 text, a leading byte-order mark removed; bytes that are not UTF-8 are
    /// an error naming the first line that has them.
    public static func utf8Text(path: String, limit: Int = defaultLimit) throws(Failure) -> String {
        var bytes = try self.bytes(path: path, limit: limit)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let line = firstInvalidUTF8Line(bytes) {
            throw Failure(path: path, line: line, reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file's bytes; more than `limit` of them is an error. With `regularFileOnly`, a device
    /// or a pipe is refused before anything is read (for files whose own size bounds the read);
    /// the path is then opened without blocking, since opening a pipe nobody writes to waits for
    /// a writer forever (on a regular file the flag changes nothing).
    public static func bytes(path: String, limit: Int = defaultLimit, regularFileOnly: Bool = false) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (regularFileOnly ? O_NONBLOCK : 0))
        if fd < 0 { throw Failure(path: path, reason: reason(errno)) }
        defer { close(fd) }
        return try bytes(fileDescriptor: fd, name: path, limit: limit, regularFileOnly: regularFileOnly)
    }

    /// What an open descriptor (standard input) gives until its end; `name` is for messages.
    public static func bytes(fileDescriptor fd: Int32, name path: String, limit: Int = defaultLimit,
                             regularFileOnly: Bool = false) throws(Failure) -> [UInt8] {
        var st = stat()
        var out: [UInt8] = []
        if fstat(fd, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { throw Failure(path: path, reason: "is a directory, not a file") }
            if regularFileOnly && type != S_IFREG { throw Failure(path: path, reason: "not a regular file (a device or a pipe)") }
            if st.st_size > 0 {
                guard st.st_size <= limit else { throw Failure(path: path, reason: tooLarge(limit)) }
                out.reserveCapacity(Int(st.st_size))
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                guard out.count + n <= limit else { throw Failure(path: path, reason: tooLarge(limit)) }
                out += chunk[0..<n]
                continue
            }
            if n == 0 { return out }
            if errno == EINTR { continue }
            throw Failure(path: path, reason: reason(errno))
        }
    }

    /// The 1-based line holding the first byte sequence that is not valid UTF-8, if any. With
    /// `loneCRBreaksLines`, a CR not followed by LF also ends a line, as `CSVReader` counts
    /// them (so a CSV file's messages agree on its line numbers).
    public static func firstInvalidUTF8Line(_ bytes: [UInt8], loneCRBreaksLines: Bool = false) -> Int? {
        var line = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A || (loneCRBreaksLines && b == 0x0D && !(i + 1 < n && bytes[i + 1] == 0x0A)) { line += 1 }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return line
            }
            guard i + length <= n else { return line }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return line }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return line }
            i += length
        }
        return nil
    }

    static func tooLarge(_ limit: Int) -> String {
        "larger than \(limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"), more than a file of this kind holds (is it the right path, or a file that never ends such as /dev/zero?)"
    }

    /// A short description of an `errno` value from opening or reading a file.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory, not a file"
        case ENOTDIR: return "a directory in the path is a file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
