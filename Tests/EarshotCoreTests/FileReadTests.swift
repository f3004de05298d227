@testable import EarshotCore
import Foundation
import Testing

@Suite struct FileReadTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-fileread-\(UUID())")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    @Test func readsAFileWhole() throws {
        let url = dir.appendingPathComponent("a.txt")
        let big = [UInt8](repeating: 0x61, count: 200_000) + [0x0A]   // more than one read
        try Data(big).write(to: url)
        #expect(try FileRead.bytes(path: url.path) == big)
        #expect(try FileRead.bytes(path: "/dev/null").isEmpty)
    }

    @Test func failuresSayWhatHappenedInWords() throws {
        func reason(_ path: String) -> String? {
            do { _ = try FileRead.bytes(path: path); return nil } catch { return error.description }
        }
        #expect(reason(dir.appendingPathComponent("missing").path) == "\(dir.path)/missing: no such file")
        #expect(reason(dir.path) == "\(dir.path): is a directory, not a file")
        let file = dir.appendingPathComponent("f")
        try Data("x".utf8).write(to: file)
        #expect(reason(file.path + "/below") == "\(file.path)/below: a directory in the path is a file")
    }

    /// A file that never ends, or one larger than its kind holds, is an error at the limit, not a
    /// read until memory runs out; a regular file is measured before it is read.
    @Test func readsStopAtTheLimit() throws {
        #expect(throws: FileRead.Failure(path: "/dev/zero", reason: FileRead.tooLarge(1 << 20))) {
            try FileRead.bytes(path: "/dev/zero", limit: 1 << 20)
        }
        #expect(FileRead.tooLarge(1 << 20).hasPrefix("larger than 1 MiB, more than a file of this kind holds"))
        let url = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 1000).write(to: url)
        #expect(throws: FileRead.Failure(path: url.path, reason: FileRead.tooLarge(999))) { try FileRead.utf8Text(path: url.path, limit: 999) }
        #expect(try FileRead.bytes(path: url.path, limit: 1000).count == 1000)
    }

    @Test func utf8TextDropsTheByteOrderMarkAndNamesTheBadLine() throws {
        let url = dir.appendingPathComponent("t.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("héllo\n".utf8)).write(to: url)
        #expect(try FileRead.utf8Text(path: url.path) == "héllo\n")
        try Data(Array("ok\nok\n".utf8) + [0xC3, 0x28, 0x0A]).write(to: url)
        #expect(throws: FileRead.Failure(path: url.path, line: 3, reason: "not valid UTF-8 (save the file as UTF-8)")) {
            try FileRead.utf8Text(path: url.path)
        }
    }
}
