import EarshotRuntime
import Foundation
import Logging
import Testing

/// The daemon's log lines as an operator's tools read them: one line per record, `jq` or logfmt.
@Suite struct LineLogHandlerTests {
    /// Logs one record through a `LineLogHandler` writing into a pipe and returns the line.
    static func line(_ format: LineLogHandler.Format, _ metadata: Logger.Metadata) throws -> String {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let handler = LineLogHandler(label: "test", level: .info, format: format, fileDescriptor: fds[1])
        Logger(label: "test") { _ in handler }.info("delivered", metadata: metadata)
        close(fds[1])
        return String(decoding: FileHandle(fileDescriptor: fds[0]).readDataToEndOfFile(), as: UTF8.self)
    }

    static let metadata: Logger.Metadata = [
        "pending": .stringConvertible(3), "ratio": .stringConvertible(0.25), "fresh": .stringConvertible(true),
        "item": "123", "sinks": .array(["alerts", .stringConvertible(2)]),
    ]

    /// Counts logged as numbers are JSON numbers; a string that looks like a number (an item id)
    /// stays a string; lists are JSON arrays.
    @Test func jsonLinesKeepNumbersAsNumbers() throws {
        let text = try Self.line(.json, Self.metadata)
        #expect(text.hasSuffix("}\n") && text.filter { $0 == "\n" }.count == 1, "\(text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["msg"] as? String == "delivered" && object["level"] as? String == "info")
        #expect((object["pending"] as? NSNumber)?.intValue == 3 && object["pending"] is NSNumber)
        #expect((object["ratio"] as? NSNumber)?.doubleValue == 0.25)
        #expect(text.contains("\"fresh\":true"), "\(text)")
        #expect(object["item"] as? String == "123")
        #expect(text.contains("\"sinks\":[\"alerts\",2]"), "\(text)")
    }

    /// logfmt writes every value as text, quoting only what needs it.
    @Test func logfmtLinesWriteValuesAsText() throws {
        let text = try Self.line(.logfmt, Self.metadata)
        #expect(text.contains(" msg=delivered ") && text.contains(" pending=3") && text.contains(" item=123"), "\(text)")
        #expect(text.contains(" ratio=0.25") && text.contains(" fresh=true"), "\(text)")
    }
}
