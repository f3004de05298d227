import EarshotCore
import Foundation
import Testing
@testable import EarshotModel

/// Writes `bytes` to a fresh temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-model-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Array(text.utf8))
}

/// The error `body` throws, as text; fails the test if it does not throw.
func errorText(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    do {
        try body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return ""
    } catch {
        return "\(error)"
    }
}

@Suite struct CSVTests {
    @Test func quotesDoubledQuotesNewlinesAndCRLF() throws {
        let csv = "id,text,label\r\n"
            + "1,plain text,a\r\n"
            + "2,\"with, comma\",b\r\n"
            + "3,\"she said \"\"no\"\"\",a\r\n"
            + "4,\"two\r\nlines\",b\r\n"
            + "\r\n"
            + "6,last,\" c \""
        let path = try temporaryFile("data.csv", csv)
        let examples = try TrainingData.load(path: path, textColumn: "text", labelColumn: "label")
        #expect(examples == [
            TrainingExample(text: "plain text", label: "a"),
            TrainingExample(text: "with, comma", label: "b"),
            TrainingExample(text: "she said \"no\"", label: "a"),
            TrainingExample(text: "two\r\nlines", label: "b"),
            TrainingExample(text: "last", label: "c"),
        ])
    }

    @Test func recordLinesCountEmbeddedNewlines() throws {
        let records = try CSVReader.parse(Array("a,b\n\"x\ny\",1\nz,2\n".utf8))
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[1].fields == ["x\ny", "1"])
    }

    @Test func bomAndTSV() throws {
        let path = try temporaryFile("data.tsv", [0xEF, 0xBB, 0xBF] + Array("text\tlabel\nhello, world\tgreeting\n".utf8))
        #expect(try TrainingData.load(path: path) == [TrainingExample(text: "hello, world", label: "greeting")])
    }

    @Test func unterminatedQuoteNamesTheLineItOpensOn() throws {
        let path = try temporaryFile("data.csv", "text,label\nfine,a\n\"never closed,b\nmore,a\n")
        let message = errorText { _ = try TrainingData.load(path: path) }
        #expect(message.hasSuffix("data.csv line 3: the quoted field starting on this line is never closed (missing '\"')"), "\(message)")
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        let path = try temporaryFile("data.csv", "text,label\nhe said \"hi\" twice,greeting\n")
        #expect(try TrainingData.load(path: path) == [TrainingExample(text: "he said \"hi\" twice", label: "greeting")])
    }

    @Test func textAfterClosingQuote() throws {
        let path = try temporaryFile("data.csv", "text,label\n\"quoted\"tail,a\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.contains("data.csv line 2: unexpected text after a closing quote"))
    }

    @Test func missingColumnListsTheColumns() throws {
        let path = try temporaryFile("data.csv", "tweet_id,body,label\n1,hi,a\n")
        let message = errorText { _ = try TrainingData.load(path: path, textColumn: "text", labelColumn: "label") }
        #expect(message.hasSuffix("data.csv line 1: missing column \"text\"; columns are: tweet_id, body, label"))
    }

    @Test func anotherSeparatorIsNamed() throws {
        let semicolons = try temporaryFile("data.csv", "text;label\nhello;a\n")
        #expect(errorText { _ = try TrainingData.load(path: semicolons) }.hasSuffix(
            "missing column \"text\"; columns are: text;label (the columns look separated by semicolons; this file is read with commas between columns: .csv commas, .tsv tabs)"))
        let commas = try temporaryFile("data.tsv", "text,label\nhello,a\n")
        #expect(errorText { _ = try TrainingData.load(path: commas) }.contains("look separated by commas; this file is read with tabs"))
    }

    /// A header naming the text or label column twice is refused: which one was meant is unknown.
    /// A repeated column that is not used does not matter.
    @Test func aUsedColumnNamedTwiceIsRefused() throws {
        let path = try temporaryFile("data.csv", "text,label,text\nfoo,a,\nbar,b,y\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.csv line 1: the header names column \"text\" twice (fields 1 and 3); rename one"))
        let unused = try temporaryFile("data.csv", "note,text,label,note\nx,foo,a,y\n")
        #expect(try TrainingData.load(path: unused).map(\.text) == ["foo"])
    }

    @Test func emptyLabelAndEmptyText() throws {
        let path = try temporaryFile("data.csv", "text,label\nok,a\nno label,\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.csv line 3: column \"label\" is empty"))
        let path2 = try temporaryFile("data.csv", "text,label\n  ,a\n")
        #expect(errorText { _ = try TrainingData.load(path: path2) }.hasSuffix("data.csv line 2: column \"text\" is empty"))
    }

    /// Labels are listed comma-separated in alert lines and TSV: a comma, a control character or a line separator in one is refused.
    @Test func labelsWithACommaOrAControlCharacterAreRefused() throws {
        let path = try temporaryFile("data.csv", "text,label\nok,a\nbad,\"billing, refunds\"\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix(
            "data.csv line 3: column \"label\": the label \"billing, refunds\" contains a comma: labels are listed comma-separated in alert lines and TSV; use / or - instead"))
        let tsv = try temporaryFile("data.jsonl", "{\"text\": \"a\", \"label\": \"x\\ty\"}\n")
        #expect(errorText { _ = try TrainingData.load(path: tsv) }.contains("data.jsonl line 1: \"label\": the label \"x\ty\" contains a control character (U+9)"))
        #expect(TrainingData.labelProblem("billing/refunds") == nil && TrainingData.labelProblem("1") == nil)
        #expect(TrainingData.labelProblem("a\u{2028}b")?.contains("contains a line separator (U+2028)") == true)
        // The analyzer's prefix is checked the same way.
        let settings = ModelAnalyzerSettings(path: "m.model", labelPrefix: "model,")
        #expect(errorText { try settings.validate() }.hasPrefix("label_prefix: the prefix \"model,\" contains a comma"))
    }

    /// A device has no end: refused before it is read (/dev/zero was read until memory ran out).
    @Test func aDeviceIsRefusedBeforeItIsRead() throws {
        let device = FileManager.default.temporaryDirectory.path + "/earshot-\(UUID().uuidString).csv"
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/zero")
        defer { try? FileManager.default.removeItem(atPath: device) }
        #expect(errorText { _ = try TrainingData.load(path: device) } == "\(device): is a device, not a file of training data")
    }

    /// A label number beyond 2^53 would be rounded, so two ids would become one label: refused.
    @Test func aLabelNumberTooLargeToKeepIsRefused() throws {
        let big = try temporaryFile("big.jsonl", "{\"text\": \"a\", \"label\": 1}\n{\"text\": \"b\", \"label\": 12345678901234567890}\n")
        #expect(errorText { _ = try TrainingData.load(path: big) }.contains("big.jsonl line 2: \"label\" is a number too large to keep exactly; quote it to make it text"))
    }

    @Test func wrongFieldCount() throws {
        let path = try temporaryFile("data.csv", "text,label\nok,a\ntoo,many,fields\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.csv line 3: expected 2 fields as in the header, found 3"))
    }

    @Test(arguments: ["", "text,label\n", "\n\n"])
    func emptyFiles(content: String) throws {
        let path = try temporaryFile("data.csv", content)
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.csv: no examples (the file is empty or has only a header)"))
    }

    @Test func invalidUTF8NamesItsLine() throws {
        let bytes = Array("text,label\nok,a\nbad ".utf8) + [0xC3, 0x28] + Array(",b\n".utf8)
        let path = try temporaryFile("data.csv", bytes)
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.csv line 3: invalid UTF-8 (save the file as UTF-8)"))
        #expect(FileRead.firstInvalidUTF8Line(Array("é ok\n€\n".utf8)) == nil)
        #expect(FileRead.firstInvalidUTF8Line([0x61, 0x0A, 0xED, 0xA0, 0x80]) == 2)  // UTF-16 surrogate
        #expect(FileRead.firstInvalidUTF8Line([0xE2, 0x82]) == 1)  // truncated sequence
    }

    /// A lone CR (inside a quoted field too) ends a line for the CSV reader; the UTF-8 check
    /// counts the same way in a CSV file, so both kinds of message name the same line.
    @Test func lineNumbersAgreeAfterALoneCarriageReturn() throws {
        let start = Array("text,label\n\"two\rlines\",a\n".utf8)
        let empty = try temporaryFile("empty.csv", start + Array("no label,\n".utf8))
        #expect(errorText { _ = try TrainingData.load(path: empty) }.hasSuffix("empty.csv line 4: column \"label\" is empty"))
        let broken = try temporaryFile("broken.csv", start + Array("bad ".utf8) + [0xC3, 0x28] + Array(",b\n".utf8))
        #expect(errorText { _ = try TrainingData.load(path: broken) }.hasSuffix("broken.csv line 4: invalid UTF-8 (save the file as UTF-8)"))
        // JSON Lines count LF only (a CR there is white space, or the end of a CRLF).
        #expect(FileRead.firstInvalidUTF8Line(Array("a\rb\r\n".utf8) + [0xFF]) == 2)
        #expect(FileRead.firstInvalidUTF8Line(Array("a\rb\r\n".utf8) + [0xFF], loneCRBreaksLines: true) == 3)
    }

    @Test func unknownExtensionAndMissingFile() throws {
        let path = try temporaryFile("data.xlsx", "text,label\n")
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.xlsx: unknown extension \".xlsx\", so its format is unknown; name it .csv, .tsv, .jsonl or .ndjson"))
        let bare = try temporaryFile("data", "text,label\n")
        #expect(errorText { _ = try TrainingData.load(path: bare) }.hasSuffix("data: the file name has no extension, so its format is unknown; name it .csv, .tsv, .jsonl or .ndjson"))
        #expect(errorText { _ = try TrainingData.load(path: "/nonexistent/d.csv") } == "/nonexistent/d.csv: no such file")
    }
}

@Suite struct JSONLinesTests {
    @Test func readsObjectsSkipsBlankLinesAndSpellsScalarLabels() throws {
        let text = "{\"text\": \"late again\", \"label\": 1, \"extra\": [1]}\r\n\n{\"text\": \"thanks\", \"label\": \"praise\"}\n{\"text\": \"ok\", \"label\": true}\n"
        let path = try temporaryFile("data.jsonl", text)
        #expect(try TrainingData.load(path: path) == [
            TrainingExample(text: "late again", label: "1"),
            TrainingExample(text: "thanks", label: "praise"),
            TrainingExample(text: "ok", label: "true"),
        ])
    }

    @Test(arguments: [
        ("{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": \"b\", \"label\": \n", "line 2: not valid JSON (each line must hold one complete JSON object)"),
        ("[1, 2]\n", "line 1: expected a JSON object on this line"),
        ("{\"text\": \"a\", \"label\": 1e400}\n", "line 1: a number in this JSON object is out of range (such as 1e400); quote it to make it text"),
        ("{\"body\": \"a\", \"label\": \"x\"}\n", "line 1: missing key \"text\"; keys are: body, label"),
        ("{\"text\": \"a\"}\n", "line 1: missing key \"label\"; keys are: text"),
        ("{\"text\": 5, \"label\": \"x\"}\n", "line 1: \"text\" must be a string, found a number"),
        ("{\"text\": \"a\", \"label\": null}\n", "line 1: \"label\" must be a string, number or boolean, found null"),
        ("{\"text\": \"a\", \"label\": \" \"}\n", "line 1: \"label\" is empty"),
        ("{\"text\": \"\", \"label\": \"x\"}\n", "line 1: \"text\" is empty"),
    ])
    func brokenLines(content: String, expected: String) throws {
        let path = try temporaryFile("data.jsonl", content)
        #expect(errorText { _ = try TrainingData.load(path: path) }.hasSuffix("data.jsonl " + expected))
    }
}
