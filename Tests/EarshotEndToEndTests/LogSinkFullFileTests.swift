import EarshotTesting
import Foundation
import Testing

/// The log sink on a file that cannot grow (a full disk): a write that fails part way is cut back,
/// so the file never holds half a line that a retry would then follow.
@Suite struct LogSinkFullFileTests {
    @Test func aWriteThatFailsPartWayLeavesOnlyWholeLines() async throws {
        let dir = try makeTemporaryDirectory("earshot-e2e-fsize")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try """
        state_dir: state
        sources:
          - name: inbox
            type: directory
            path: inbox
        routes:
          - name: all
            to: [alerts]
        sinks:
          - name: alerts
            type: log
            path: alerts.log
            format: json
        """.write(toFile: dir + "/earshot.yaml", atomically: true, encoding: .utf8)
        let items = (1...20).map { #"{"id": "i\#($0)", "text": "the app crashed again, item \#($0) of a long enough complaint"}"# }
        try items.joined(separator: "\n").write(toFile: dir + "/items.jsonl", atomically: true, encoding: .utf8)

        // Files this process writes may not grow past 1 KB (ulimit -f counts 512-byte blocks);
        // a write past it fails with EFBIG after writing what fits, as on a full disk.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f 2; exec \"$0\" test --config earshot.yaml --deliver items.jsonl", EarshotBinary.path]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()

        #expect(stderr.contains("delivery of") && stderr.contains("failed: cannot write to alerts.log"), "\(stderr)")
        let written = try String(contentsOfFile: dir + "/alerts.log", encoding: .utf8)
        #expect(written.isEmpty || written.hasSuffix("\n"), "a half line was left: …\(written.suffix(80))")
        let lines = written.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count < 20)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not a whole JSON line: \(line.prefix(80))")
        }
    }
}
