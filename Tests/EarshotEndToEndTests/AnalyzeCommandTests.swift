import EarshotTesting
import Foundation
import Testing

/// `earshot analyze` as scripts and benchmarks use it: lines in, one row per line out, in order.
@Suite struct AnalyzeCommandTests {
    static func columns(_ stdout: String) -> [[String]] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Plain lines are numbered from 1 counting blank lines (which print nothing); `id<TAB>text`
    /// keeps the id and the rest of the line, tabs included, as the text; CRLF endings are cut.
    @Test func tsvRowsKeepIdsOrderAndColumns() async throws {
        let input = "I love this, thank you!\r\n\nThe delivery was awful and nobody answers.\n"
            + "q7\tWhy is my order late?\textra column stays text\n"
            + "The table is in the room\n"
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.columns(r.stdout)
        #expect(rows.first == ["id", "sentiment", "pos", "neu", "neg", "language", "labels", "model_label", "model_score"])
        #expect(rows.dropFirst().map { $0[0] } == ["1", "3", "q7", "5"])
        #expect(rows.allSatisfy { $0.count == 9 }, "\(rows)")
        let body = Array(rows.dropFirst())
        guard body.count == 4 else { return }
        let compound = body.map { Double($0[1]) ?? .nan }
        #expect(compound[0] > 0.5 && compound[1] < -0.3 && compound[3] == 0, "\(compound)")
        #expect(body[3][1...4] == ["0.0000", "0.0000", "1.0000", "0.0000"])
        // Every number is printed as %.4f, and pos + neu + neg is 1 for a rated text.
        for row in body {
            for field in row[1...4] {
                #expect(field.split(separator: ".").last?.count == 4 && Double(field) != nil, "\(row)")
            }
            let shares = row[2...4].compactMap(Double.init).reduce(0, +)
            #expect(abs(shares - 1) < 0.001, "\(row)")
        }
        #expect(body.allSatisfy { $0[5] == "en" }, "\(body.map { $0[5] })")
        #expect(body[2][6].split(separator: ",").contains("intent/question"), "\(body[2])")
        #expect(body[1][6].split(separator: ",").contains("intent/complaint"), "\(body[1])")
        #expect(body.allSatisfy { $0[7].isEmpty && $0[8].isEmpty })
    }

    /// More lines than one analysis batch (1,024) and more output than one write (64 KiB): every
    /// line comes back once, in order, scored as it would be alone.
    @Test func longInputCrossesBatchesAndWrites() async throws {
        let texts = ["great support, thanks", "terrible app, it crashes", "meeting at noon", "Où est ma commande ?"]
        var input = ""
        for i in 0..<2_600 { input += "id\(i)\t\(texts[i % 4]) \(i)\n" }
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.utf8.count > 1 << 16)
        let rows = Array(Self.columns(r.stdout).dropFirst())
        let ids = rows.map { $0[0] }
        let misplaced = ids.indices.first { ids[$0] != "id\($0)" }
        #expect(ids.count == 2_600 && misplaced == nil,
                "\(ids.count) rows; first out of place: \(misplaced.map { "row \($0) is \(ids[$0])" } ?? "none")")
        guard rows.count == 2_600 else { return }
        for k in 0..<4 {
            let group = stride(from: k, to: 2_600, by: 4).map { rows[$0] }
            #expect(Set(group.map { $0[1...6].joined(separator: "|") }).count == 1, "rows of text \(k) differ: \(group.prefix(2))")
        }
        #expect(rows[3][5] == "fr" && rows[0][5] == "en")
        #expect(Double(rows[0][1])! > 0 && Double(rows[1][1])! < 0)
    }

    /// Input larger than one read (1 MiB): numbering runs on across reads, blank lines still
    /// count, a CRLF may be split between two reads, and a last line without a newline is analyzed.
    @Test func inputLargerThanOneReadKeepsNumberingAndTheLastLine() async throws {
        var input = ""
        var expected: [String] = []
        for n in 1...40_000 {
            if n % 997 == 0 { input += "\r\n"; continue }   // blank: counted, no row
            input += "line \(n) with some words to make it longer, great or awful"
            input += n == 40_000 ? "" : (n % 2 == 0 ? "\r\n" : "\n")
            expected.append(String(n))
        }
        #expect(input.utf8.count > 2 << 20)
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Array(Self.columns(r.stdout).dropFirst())
        let ids = rows.map { $0[0] }
        let first = zip(ids, expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(ids.count == expected.count && first == nil,
                "\(ids.count) rows for \(expected.count) lines; first mismatch: \(first.map { "row \($0.offset): \($0.element)" } ?? "none")")
        #expect(rows.allSatisfy { $0.count == 9 && Double($0[1]) != nil })
    }

    /// A pipe that stays open gets each line's row without waiting for the end of input.
    @Test func answersLinesAsTheyArrive() async throws {
        let analyze = try Daemon(arguments: ["analyze", "--format", "tsv"], writableInput: true)
        let input = try #require(analyze.input)
        try input.write(contentsOf: Data("a\tThe support team was wonderful\n".utf8))
        // stdin stays open: the row must come anyway (a generous deadline, not a speed check).
        try await waitFor("the first row before the end of input") { analyze.stdout.contains("\na\t") }
        try input.write(contentsOf: Data("b\tawful".utf8))   // no newline: analyzed at the end
        try input.close()
        try await waitFor("the last row") { analyze.stdout.contains("\nb\t") }
        try await waitFor("analyze to exit") { !analyze.process.isRunning }
        #expect(analyze.process.terminationStatus == 0, "\(analyze.stderr)")
        #expect(Self.columns(analyze.stdout).dropFirst().map { $0[0] } == ["a", "b"])
    }

    /// JSON: one object per line with the id and the whole analysis; invalid UTF-8 is replaced,
    /// not fatal, and the lines around it are analyzed.
    @Test func jsonLinesAndInvalidUTF8() async throws {
        var input = Data("a\tI hate waiting on hold\n".utf8)
        input += Data([0x62, 0x09, 0x62, 0x61, 0x64, 0xFF, 0xFE, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73, 0x0A])   // b<TAB>bad\xFF\xFE bytes
        input += Data("c\tWonderful, thank you so much\n".utf8)
        let r = try await EarshotBinary.run(["analyze"], stdinBytes: input)
        #expect(r.status == 0, "\(r.stderr)")
        let objects = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 3)
        #expect(objects.map { $0?["id"] as? String } == ["a", "b", "c"])
        let compound = objects.map { (($0?["analysis"] as? [String: Any])?["sentiment"] as? [String: Any])?["compound"] as? Double }
        #expect((compound[0] ?? 0) < 0 && (compound[2] ?? 0) > 0, "\(compound)")
        #expect(compound[1] != nil)
    }

    /// `earshot bench analyzers` reads the same lines as `analyze`: a CRLF file (the VADER corpora
    /// are) is one sentence per line, not one long text, and its checksum is the sum of the
    /// compounds `analyze` prints.
    @Test func benchAnalyzersReadsTheLinesAnalyzeReads() async throws {
        let lines = ["1\tI love this, thank you!", "2\tThe delivery was awful.", "", "3\tMeeting at noon", "Plain line, great stuff"]
        let input = lines.joined(separator: "\r\n") + "\r\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-bench-\(UUID().uuidString).tsv")
        try Data(input.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let bench = try await EarshotBinary.run(["bench", "analyzers", "--only", "sentiment", "--input", file.path, "--passes", "1"])
        #expect(bench.status == 0, "\(bench.stderr)")
        #expect(bench.stdout.contains("4 sentences, best of 1 passes"), "\(bench.stdout)")
        let analyzed = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdin: input)
        let sum = Self.columns(analyzed.stdout).dropFirst().compactMap { Double($0[1]) }.reduce(0, +)
        let checksum = bench.stdout.split(separator: "(checksum ").last.flatMap { Double($0.prefix { $0 != ")" }) }
        #expect(checksum.map { abs($0 - sum) < 0.001 } == true, "bench \(checksum as Any), analyze \(sum)")
    }

    /// Standard output that cannot be written (a full disk here; a reader gone while SIGPIPE is
    /// ignored works the same) is one line on stderr and exit 1, not a trap.
    @Test func unwritableOutputIsAnErrorNotACrash() async throws {
        let r = try await EarshotBinary.runToFullDisk(["analyze", "--format", "tsv"], stdin: "a\tgreat service\n")
        #expect(r.status == 1)
        #expect(r.stderr == "earshot analyze: cannot write standard output: No space left on device\n", "\(r.stderr)")
    }

    /// A byte-order mark (as some editors save) is not part of the first id; one line longer than
    /// many reads is still one row.
    @Test func byteOrderMarkAndOneVeryLongLine() async throws {
        let long = String(repeating: "good day ", count: 400_000)   // 3.6 MB, several reads
        var input = Data([0xEF, 0xBB, 0xBF])
        input += Data("a\tgreat\nb\t\(long)\n".utf8)
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdinBytes: input)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Array(Self.columns(r.stdout).dropFirst())
        #expect(rows.map { $0[0] } == ["a", "b"])
        #expect(rows.allSatisfy { (Double($0[1]) ?? 0) > 0.5 }, "\(rows.map { $0[1] })")
    }

    /// A line over 16 MiB is analyzed up to there (cut at a character) with a warning naming it,
    /// so memory stays bounded; the lines after it are analyzed as usual. Lines may end in CR
    /// alone (old Mac files), and control characters in an id print as spaces in TSV.
    @Test func overLongLinesCarriageReturnsAndControlCharacters() async throws {
        var input = Data("a\tgreat\n".utf8)
        input += Data("b\t".utf8) + Data(repeating: UInt8(ascii: "x"), count: 16 << 20) + Data("é".utf8)
            + Data(repeating: UInt8(ascii: "y"), count: 3 << 20) + Data("\r\n".utf8)
        input += Data("c\tawful\rd\u{1B}[31m\tfine\r\rplain and good".utf8)
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdinBytes: input)
        #expect(r.status == 0)
        #expect(r.stderr == "earshot analyze: line 2 is longer than 16 MiB; only its first 16 MiB are analyzed\n", "\(r.stderr)")
        let rows = Array(Self.columns(r.stdout).dropFirst())
        #expect(rows.map { $0[0] } == ["a", "b", "c", "d [31m", "6"], "\(rows.map { $0[0] })")
        #expect(rows.allSatisfy { $0.count == 9 })
        #expect(rows.count == 5 && (Double(rows[2][1]) ?? 0) < 0 && (Double(rows[4][1]) ?? 0) > 0, "\(rows)")
    }

    /// `--lexicon` extends the built-in lexicon unless told to replace it, as `lexicon_mode` in a
    /// config does.
    @Test func aLexiconFileExtendsUnlessToldToReplace() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-lexicon-\(UUID().uuidString).tsv")
        try Data("zorbly\t2.0\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let input = "a\tgood\nb\tzorbly\n"
        func compounds(_ extra: [String]) async throws -> [Double] {
            let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment", "--lexicon", file.path] + extra, stdin: input)
            #expect(r.status == 0, "\(r.stderr)")
            return Self.columns(r.stdout).dropFirst().compactMap { Double($0[1]) }
        }
        let extended = try await compounds([])
        #expect(extended.count == 2 && extended.allSatisfy { $0 > 0.3 }, "\(extended)")
        #expect(try await compounds(["--lexicon-mode", "extend"]) == extended)
        let replaced = try await compounds(["--lexicon-mode", "replace"])
        #expect(replaced.count == 2 && replaced[0] == 0 && replaced[1] == extended[1], "\(replaced)")
    }

    /// A --lexicon or --model file that cannot be used is named by what the user gave, not by a
    /// position in the generated default chain; --lexicon-mode alone is a usage error.
    @Test func unusableFilesGivenAsOptionsAreNamed() async throws {
        let dir = FileManager.default.temporaryDirectory.path
        let lexicon = try await EarshotBinary.run(["analyze", "--lexicon", dir], stdin: "a\tgood\n")
        #expect(lexicon.status == 1)
        #expect(lexicon.stderr == "earshot: lexicon: \(dir): cannot read the file: is a directory, not a file\n", "\(lexicon.stderr)")
        let model = try await EarshotBinary.run(["analyze", "--model", "/nonexistent/m.model"], stdin: "a\tgood\n")
        #expect(model.status == 1)
        #expect(model.stderr == "earshot: /nonexistent/m.model: no such model file\n", "\(model.stderr)")
        let mode = try await EarshotBinary.run(["analyze", "--lexicon-mode", "extend"], stdin: "a\tgood\n")
        #expect(mode.status == 64)
        #expect(mode.stderr.contains("--lexicon-mode needs --lexicon"), "\(mode.stderr)")
    }

    @Test func unknownAnalyzerInOnlyIsAUsageError() async throws {
        let r = try await EarshotBinary.run(["analyze", "--only", "sentimnet"], stdin: "hello\n")
        #expect(r.status == 64)
        #expect(r.stderr.contains("no such analyzer in the chain"), "\(r.stderr)")
        // One misspelt name beside a right one would silently leave its analyzer out.
        let typo = try await EarshotBinary.run(["analyze", "--only", "sentiment,clasify"], stdin: "hello\n")
        #expect(typo.status == 64 && typo.stdout.isEmpty, "\(typo.stdout)")
        #expect(typo.stderr == "earshot: --only sentiment,clasify: no such analyzer in the chain: \"clasify\" (it has language, sentiment, classify)\n", "\(typo.stderr)")
        for option in ["--only", "--lexicon", "--model", "--config"] {
            let empty = try await EarshotBinary.run(["analyze", option, ""], stdin: "hello\n")
            #expect(empty.status == 64 && empty.stderr.contains("\(option) is empty"), "\(empty.stderr)")
        }
    }

    /// A line over the limit is cut the same way whether stdin is a file (read 1 MiB at a time)
    /// or a pipe (smaller reads), even when its break is a CR that ends a read; the next line is
    /// analyzed, and the warning is given once.
    @Test func overLongLinesAreCutAlikeFromAFileAndAPipe() async throws {
        let dir = try makeTemporaryDirectory("earshot-analyze-long")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The CR is the last byte of the 18th 1-MiB read of the file.
        var crAtRead = Data("a\t".utf8) + Data(repeating: UInt8(ascii: "x"), count: (18 << 20) - 3) + Data("\r".utf8)
        crAtRead += Data("b\tI love it\nc\tok\n".utf8)
        // The break falls inside the read that takes the line past 16 MiB.
        var pastLimit = Data("big\t".utf8) + Data(String(repeating: "table ", count: 2_813_269).utf8)
        pastLimit += Data(" I hate it, awful\nnext\tgreat\n".utf8)
        for (name, input, ids) in [("cr.txt", crAtRead, ["a", "b", "c"]), ("past.txt", pastLimit, ["big", "next"])] {
            try input.write(to: URL(fileURLWithPath: dir + "/" + name))
            let file = try await EarshotBinary.shell("\"$EARSHOT\" analyze --format tsv --only sentiment < \(name)", cwd: dir)
            let pipe = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdinBytes: input)
            #expect(file.status == 0 && pipe.status == 0, "\(file.stderr) \(pipe.stderr)")
            #expect(Self.columns(file.stdout).dropFirst().map { $0[0] } == ids, "\(name): \(file.stdout.suffix(300))")
            #expect(file.stdout == pipe.stdout, "\(name)")
            #expect(file.stderr == "earshot analyze: line 1 is longer than 16 MiB; only its first 16 MiB are analyzed\n", "\(name): \(file.stderr)")
            #expect(pipe.stderr == file.stderr, "\(name): \(pipe.stderr)")
        }
    }

    /// Paths given as options are taken literally (they are not config values, where `${VAR}`
    /// expands and `$$` is a `$`).
    @Test func optionPathsAreLiteral() async throws {
        let dir = try makeTemporaryDirectory("earshot-analyze-dollar")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["m$$x.tsv", "${HOME}.tsv", "a\nb.tsv"] {
            try "zorbly\t3.0\n".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
            let r = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment", "--lexicon", name],
                                                stdin: "a\tzorbly\n", cwd: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect((Double(Self.columns(r.stdout).dropFirst().first?[1] ?? "") ?? 0) > 0.5, "\(name): \(r.stdout)")
        }
    }

    /// An empty id is numbered like a plain line, so a `duplicate_of` names a row of the output;
    /// a score that rounds to zero prints without a sign.
    @Test func emptyIdsAreNumberedAndZeroHasNoSign() async throws {
        let dir = try makeTemporaryDirectory("earshot-analyze-ids")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "analyzers:\n  - type: sentiment\n  - type: duplicates\n".write(toFile: dir + "/d.yaml", atomically: true, encoding: .utf8)
        let r = try await EarshotBinary.run(["analyze", "-c", "d.yaml"],
                                            stdin: "\tI want a refund now, charged twice\nx\tI want a refund now, charged twice\n", cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 2 && rows[0].contains("\"id\":\"1\""), "\(rows)")
        #expect(rows.count == 2 && rows[1].contains("\"duplicate_of\":\"1\""), "\(rows)")
        // Words whose valences cancel out, summed to -1e-16 (printf would print -0.0000).
        let text = "refund the é bad the the great I crash terrible good bad app é great 😀 terrible I 😀 bad good bad café I great this bad refund"
        let zero = try await EarshotBinary.run(["analyze", "--format", "tsv", "--only", "sentiment"], stdin: "z\t\(text)\n")
        #expect(Self.columns(zero.stdout).dropFirst().first?[1] == "0.0000", "\(zero.stdout)")
    }

    /// A closed standard stream is named as such, and a stderr that cannot be written does not
    /// turn an error into a crash.
    @Test func closedStreamsAndAnUnwritableStandardError() async throws {
        let closedIn = try await EarshotBinary.shell("\"$EARSHOT\" analyze <&-")
        #expect(closedIn.status == 1)
        #expect(closedIn.stderr == "earshot analyze: standard input is closed; give it a file or a pipe (e.g. < /dev/null, > /dev/null)\n", "\(closedIn.stderr)")
        let closedOut = try await EarshotBinary.shell("echo 'a\tgood' | \"$EARSHOT\" analyze >&-")
        #expect(closedOut.status == 1 && closedOut.stderr.contains("standard output is closed"), "\(closedOut.stderr)")
        let noStderr = try await EarshotBinary.shell("\"$EARSHOT\" analyze --lexicon /nonexistent 2>/dev/full")
        #expect(noStderr.status == 1, "\(noStderr.status)")
        let rows = try await EarshotBinary.shell("printf 'a\\tgreat\\n' | \"$EARSHOT\" analyze --format tsv 2>&-")
        #expect(rows.status == 0 && rows.stdout.hasSuffix("\n") && rows.stdout.contains("a\t0."), "\(rows.stdout)")
    }
}
