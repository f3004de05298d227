import EarshotCore
import Foundation
import Testing
@testable import EarshotDirectorySource

/// The streaming JSON Lines reader must agree with the whole-file parser on every input — items,
/// errors, their lines and byte offsets — whatever the chunk size (tiny chunks put boundaries
/// inside lines, inside multi-byte characters' lines and around CRLF pairs).
@Suite struct JSONLinesFileTests {
    static let inputs: [(String, [UInt8])] = [
        ("good", Array("{\"text\": \"a\"}\n{\"text\": \"b\", \"id\": \"x\"}\n{\"text\": \"c\"}".utf8)),
        ("crlf and blank lines", Array("{\"text\": \"a\"}\r\n\r\n{\"text\": \"b\", \"id\": 42}\n   \n{\"text\": \"c\"}\r\n".utf8)),
        ("bom", [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"é à ü 😀\"}\n{\"text\": \"ok\"}\n".utf8)),
        ("broken lines", Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"\n{\"text\": \"d\"}\n[1]\n{\"txt\": 1}\n".utf8)),
        ("invalid utf-8 late", Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)),
        ("nul", Array("{\"text\": \"a\"}\n{\"text\": \"b\u{0}\"}\n".utf8)),
        ("empty", []),
        ("only blank", Array(" \n\r\n\t\n".utf8)),
        ("long line", Array(("{\"text\": \"" + String(repeating: "long ", count: 400) + "\"}\n{\"text\": \"short\"}").utf8)),
        ("no final newline", Array("{\"text\": \"a\"}\n{\"text\": \"b\"}".utf8)),
    ]

    /// What the whole-file parser says: the items' ids and texts, or the error text.
    static func expected(_ bytes: [UInt8]) -> String {
        do {
            let items = try DropFormats.parse(Data(bytes), fileName: "in.jsonl", source: "inbox", feedDecoder: nil)
            return items.map { "\($0.id)=\($0.text)" }.joined(separator: "|")
        } catch {
            return "error: \(error)"
        }
    }

    static func streamed(_ bytes: [UInt8], chunk: Int, batch: Int) throws -> String {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        try write(dir + "/in.jsonl", bytes: bytes)
        let fd = open(dir + "/in.jsonl", O_RDONLY)
        defer { close(fd) }
        var reader = JSONLinesFile(fd: fd, size: bytes.count, chunkSize: chunk)
        let count: Int
        do { count = try reader.validate(file: "in.jsonl", source: "inbox") } catch { return "error: \(error)" }
        #expect(lseek(fd, 0, SEEK_SET) == 0)
        reader = JSONLinesFile(fd: fd, size: bytes.count, chunkSize: chunk)
        var items: [Item] = []
        while let b = try reader.nextBatch(size: batch, source: "inbox") {
            #expect(b.count <= batch)
            items += b
        }
        #expect(items.count == count)
        return items.map { "\($0.id)=\($0.text)" }.joined(separator: "|")
    }

    @Test(arguments: [1, 3, 7, 64, 1 << 20])
    func agreesWithTheWholeFileParser(chunk: Int) throws {
        for (name, bytes) in Self.inputs {
            #expect(try Self.streamed(bytes, chunk: chunk, batch: 2) == Self.expected(bytes), "\(name), chunk \(chunk)")
        }
    }

    @Test func aFileThatGrowsOrShrinksWhileReadIsReportedAsChanged() throws {
        let dir = try makeTempDir()
        defer { cleanup(dir) }
        let bytes = Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8)
        try write(dir + "/in.jsonl", bytes: bytes)
        let fd = open(dir + "/in.jsonl", O_RDONLY)
        defer { close(fd) }
        for claimed in [bytes.count - 5, bytes.count + 5] {
            #expect(lseek(fd, 0, SEEK_SET) == 0)
            var reader = JSONLinesFile(fd: fd, size: claimed, chunkSize: 4)
            #expect(throws: JSONLinesFile.Failure.self) { _ = try reader.validate(file: "in.jsonl", source: "inbox") }
        }
    }
}
