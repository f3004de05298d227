import Foundation
import Testing

/// `earshot SUBCOMMAND --help` as a person reads it in an 80-column terminal.
@Suite struct HelpTextTests {
    /// The subcommands `earshot --help` lists.
    static func subcommands() async throws -> [String] {
        let help = try await EarshotBinary.run(["--help"]).stdout
        let listed = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        return listed.split(separator: "\n").compactMap { line in
            // "  name   abstract": a name starts at column 3; wrapped abstract lines are indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// Help text before USAGE is wrapped by ArgumentParser alone: a line break written into a
    /// discussion string shows as a ragged short line in the middle of a paragraph.
    @Test func helpParagraphsAreWrappedOnlyAtTheTerminalWidth() async throws {
        let names = try await Self.subcommands()
        #expect(names.count >= 9 && names.contains("train") && names.contains("retry"), "\(names)")
        for name in names {
            let r = try await EarshotBinary.run([name, "--help"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let head = r.stdout.components(separatedBy: "USAGE:").first ?? ""
            for paragraph in head.components(separatedBy: "\n\n") {
                let lines = paragraph.split(separator: "\n")
                for line in lines.dropLast() {
                    #expect(line.count >= 60, "earshot \(name) --help: a short line inside a paragraph: \"\(line)\"")
                }
            }
        }
    }
}
