import EarshotCore
import Foundation
import Testing
@testable import EarshotDirectorySource

@Suite struct JSONFormatTests {
    @Test func singleObjectWithEveryField() throws {
        let items = try parse("one.json", """
        {"id": "m1", "source": "elsewhere", "url": "https://x.example/1", "title": "Hi", "text": "The app crashes",
         "author": {"id": "u1", "handle": "@jane", "name": "Jane", "followers": 1200},
         "published": "2026-11-22T10:00:00Z", "in_reply_to": "m0", "thread": "t1", "language": "en",
         "metrics": {"likes": 3, "shares": 1, "replies": 0}, "unknown": {"deep": [1, 2]}}
        """)
        #expect(items.count == 1)
        let i = try #require(items.first)
        #expect(i.id == "m1")
        #expect(i.source == "inbox")
        #expect(i.url == "https://x.example/1")
        #expect(i.title == "Hi")
        #expect(i.text == "The app crashes")
        #expect(i.author == Author(id: "u1", handle: "@jane", name: "Jane", followers: 1200))
        #expect(i.published == Date(timeIntervalSince1970: 1_795_341_600))
        #expect(i.inReplyTo == "m0")
        #expect(i.thread == "t1")
        #expect(i.language == "en")
        #expect(i.metrics == Metrics(likes: 3, shares: 1, replies: 0))
    }

    @Test func arrayOfItemsWithStableIDs() throws {
        let text = #"[{"text": "first"}, {"text": "second", "published": 1795341600}]"#
        let a = try parse("many.json", text)
        let b = try parse("many.json", text)
        #expect(a.map(\.text) == ["first", "second"])
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a[0].id.hasPrefix("h:"))
        #expect(a[0].id != a[1].id)
        #expect(a[1].published == Date(timeIntervalSince1970: 1_795_341_600))
        #expect(try parse("empty.json", "[]").isEmpty)
    }

    @Test func escapesAndUnicode() throws {
        let items = try parse("esc.json", #"{"text": "caf\u00e9 \ud83d\ude00 \"q\" a\/b\n\ttab", "title": "ünï"}"#)
        #expect(items.first?.text == "café 😀 \"q\" a/b\n\ttab")
        #expect(items.first?.title == "ünï")
    }

    @Test func syntaxErrorHasLine() throws {
        let e = try #require(parseError("bad.json", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\",}\n]"))
        #expect(e.line == 3)
        #expect(e.description.hasPrefix("bad.json line 3: invalid JSON at column"))
    }

    /// A member named twice is refused where the second one starts, also inside a nested object;
    /// the same name in different objects is fine.
    @Test func aMemberNamedTwiceIsRefused() throws {
        let e = try #require(parseError("dup.jsonl", "{\"text\": \"a\"}\n{\"text\": \"a\", \"text\": \"b\"}\n"))
        #expect(e.description.contains("dup.jsonl line 2: invalid JSON at column 15: member \"text\" appears twice in the object"))
        let nested = try #require(parseError("dup.json", "[{\"text\": \"a\",\n \"author\": {\"handle\": \"@a\",\n  \"handle\": \"@b\"}}]"))
        #expect(nested.description.contains("dup.json line 3: invalid JSON at column 3: member \"handle\" appears twice"))
        #expect(try parse("ok.json", #"[{"text": "a", "author": {"id": "1"}, "metrics": {"likes": 1}}, {"text": "b", "id": "2"}]"#).count == 2)
    }

    @Test func everyBadRecordIsListedWithRecordAndLine() throws {
        let e = try #require(parseError("recs.json", """
        [
          {"text": "fine"},
          {"title": "no text"},
          {"text": "  "},
          "just a string",
          {"text": "x", "author": {"followers": -3}, "published": "yesterday"}
        ]
        """))
        let lines = e.description.split(separator: "\n").map(String.init)
        #expect(lines.contains("recs.json record 2 (line 3): text is missing (every item needs a non-empty \"text\")"))
        #expect(lines.contains("recs.json record 3 (line 4): text is empty"))
        #expect(lines.contains { $0.hasPrefix("recs.json record 4 (line 5): an item must be an object") })
        #expect(lines.contains { $0.hasPrefix("recs.json record 5 (line 6): author.followers must be a whole number") })
        #expect(lines.contains { $0.hasPrefix("recs.json record 5 (line 6): published: \"yesterday\" is not a date") })
    }

    /// A count too large to keep exactly is refused with the limit, as a number or as text.
    @Test func aCountBeyondTheLimitSaysTheLimit() throws {
        let e = try #require(parseError("big.jsonl", """
        {"text": "a", "author": {"followers": 9007199254740991}}
        {"text": "b", "author": {"followers": "9000000000000001"}}
        {"text": "c", "author": {"followers": 1e300}}
        """))
        let lines = e.description.split(separator: "\n").map(String.init)
        #expect(lines.contains("big.jsonl line 1: author.followers must be at most 9000000000000000, not 9007199254740991"), "\(lines)")
        #expect(lines.contains("big.jsonl line 2: author.followers must be at most 9000000000000000, not \"9000000000000001\""), "\(lines)")
        #expect(lines.contains("big.jsonl line 3: author.followers must be at most 9000000000000000, not 1e+300"), "\(lines)")
        let items = try parse("max.jsonl", "{\"text\": \"a\", \"author\": {\"followers\": 9000000000000000}}\n")
        #expect(items.first?.author?.followers == 9_000_000_000_000_000)
    }

    @Test func wrongTopLevelAndTrailingGarbage() throws {
        #expect(parseError("s.json", "\"text\"")?.message.contains("not a string") == true)
        #expect(parseError("t.json", "{\"text\": \"a\"} x")?.message.contains("after the JSON value") == true)
        #expect(parseError("u.json", "{\"text\": \"a\"")?.message.contains("not closed") == true)
        #expect(parseError("d.json", String(repeating: "[", count: 500))?.message.contains("nested more than") == true)
        #expect(parseError("n.json", "{\"text\": \"a\", \"metrics\": {\"likes\": 01}}")?.message.contains("leading zeros") == true)
    }

    @Test func problemsAreCappedWithACount() throws {
        let records = (0..<30).map { _ in "{\"title\": \"x\"}" }.joined(separator: ",\n")
        let e = try #require(parseError("cap.json", "[\n" + records + "\n]"))
        #expect(e.problems.count == DropFileError.maxProblems)
        #expect(e.omitted == 10)
        #expect(e.description.hasSuffix("cap.json: and 10 more problems"))
    }
}

@Suite struct JSONLinesFormatTests {
    @Test func itemPerLineBlankLinesAndCRLF() throws {
        let items = try parse("feed.jsonl", "{\"text\": \"a\"}\r\n\r\n{\"text\": \"b\", \"id\": 42}\n   \n{\"text\": \"c\"}")
        #expect(items.map(\.text) == ["a", "b", "c"])
        #expect(items[1].id == "42")
        #expect(try parse("x.ndjson", "{\"text\": \"n\"}\n").map(\.text) == ["n"])
    }

    @Test func brokenLineIsNamed() throws {
        let e = try #require(parseError("in.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"\n{\"text\": \"d\"}\n[1]\n"))
        #expect(e.line == 3)
        #expect(e.description.contains("in.jsonl line 3: invalid JSON at column 13: the object is not closed"))
        #expect(e.description.contains("in.jsonl line 5: each line must be an item object"))
    }

    @Test func lineMissingText() throws {
        let e = try #require(parseError("in.jsonl", "{\"text\": \"a\"}\n{\"txt\": \"b\"}\n"))
        #expect(e.description == "in.jsonl line 2: text is missing (every item needs a non-empty \"text\")")
    }

    @Test func batchesReproduceTheItemsInOrder() throws {
        let lines = (1...25).map { "{\"text\": \"item \($0)\"}" }.joined(separator: "\n")
        let prepared = try DropFormats.prepare(Array(lines.utf8), fileName: "b.jsonl", source: "inbox", feedDecoder: nil)
        #expect(prepared.count == 25)
        var cursor = prepared.makeCursor()
        var sizes: [Int] = []
        var texts: [String] = []
        while let batch = prepared.nextBatch(&cursor, size: 10) { sizes.append(batch.count); texts += batch.map(\.text) }
        #expect(sizes == [10, 10, 5])
        #expect(texts == (1...25).map { "item \($0)" })
    }
}

@Suite struct CSVFormatTests {
    @Test func rfc4180QuotingNestedColumnsBOMAndCRLF() throws {
        let csv = "\u{FEFF}id,Text,author.handle,author.followers,metrics.likes,published,extra\r\n"
            + "1,\"Hello, world\",@jane,1200,3,2026-11-22T10:00:00Z,x\r\n"
            + "2,\"She said \"\"no\"\"\nthen left\",@bob,,,,\r\n"
        let items = try parse("in.csv", csv)
        #expect(items.count == 2)
        #expect(items[0].id == "1")
        #expect(items[0].text == "Hello, world")
        #expect(items[0].author == Author(handle: "@jane", followers: 1200))
        #expect(items[0].metrics == Metrics(likes: 3))
        #expect(items[0].published == Date(timeIntervalSince1970: 1_795_341_600))
        #expect(items[1].text == "She said \"no\"\nthen left")
        #expect(items[1].author == Author(handle: "@bob"))
        #expect(items[1].metrics == nil)
    }

    @Test func missingTextColumnNamesTheColumns() throws {
        let e = try #require(parseError("inbox.csv", "id,body\n1,hello\n"))
        #expect(e.description == "inbox.csv line 1: no \"text\" column in the header row (columns found: \"id\", \"body\")")
    }

    @Test(arguments: [("id;text;author.handle\n1;hi;@a\n", "semicolons"), ("id\ttext\n1\thi\n", "tabs")])
    func anotherSeparatorIsNamed(_ csv: String, _ name: String) throws {
        let e = try #require(parseError("export.csv", csv))
        #expect(e.description.hasSuffix("; the columns look separated by \(name): a .csv file is read with commas between columns"))
        // A header with commas and no text column gets no such guess.
        #expect(try #require(parseError("export.csv", "id,a;b\n1,x\n")).description.contains("separated by") == false)
    }

    @Test func emptyTextAndWrongFieldCountsHaveLines() throws {
        let csv = "id,text\n1,fine\n2,\"multi\nline\"\n3,\n4,a,b\n5\n"
        let e = try #require(parseError("inbox.csv", csv))
        let lines = e.description.split(separator: "\n").map(String.init)
        #expect(lines == [
            "inbox.csv line 5: column \"text\" is empty",
            "inbox.csv line 6: 3 fields, but the header row has 2 columns",
            "inbox.csv line 7: 1 field, but the header row has 2 columns",
        ])
    }

    @Test func unterminatedQuoteNamesItsLine() throws {
        let e = try #require(parseError("q.csv", "id,text\n1,ok\n2,\"never closed\n3,more\n"))
        #expect(e.line == 3)
        #expect(e.message.contains("never closed"))
    }

    @Test func strayQuotesAndDuplicateColumns() throws {
        #expect(parseError("a.csv", "id,text\n1,say \"hi\"\n")?.line == 2)
        #expect(parseError("b.csv", "id,text\n1,\"x\"y\n")?.message.contains("after a closing quote") == true)
        #expect(parseError("c.csv", "text,Text\na,b\n")?.message.contains("appears twice") == true)
        #expect(parseError("d.csv", "text,author.followers\nhi,lots\n")?.message.contains("author.followers must be a whole number") == true)
    }

    @Test func headerOnlyIsNoItems() throws {
        #expect(try parse("h.csv", "id,text\n").isEmpty)
    }
}

@Suite struct TextAndBytesTests {
    @Test func textFileIsOneItem() throws {
        let items = try parse("note.txt", "\n  The checkout page is broken again.\nPlease fix.\n\n")
        #expect(items.count == 1)
        #expect(items[0].text == "The checkout page is broken again.\nPlease fix.")
        #expect(items[0].title == nil)
        #expect(items[0].id == (try parse("note.txt", "The checkout page is broken again.\nPlease fix."))[0].id)
    }

    @Test(arguments: ["e.txt", "e.json", "e.jsonl", "e.csv", "e.eml"])
    func emptyAndBlankFilesFail(_ name: String) throws {
        #expect(parseError(name, Data())?.message == "the file is empty (0 bytes)")
        #expect(parseError(name, " \n\t\r\n")?.message == "the file is empty (only blank space)")
    }

    @Test(arguments: ["bad.txt", "bad.json", "bad.jsonl", "bad.csv"])
    func invalidUTF8IsAnErrorWithOffsetAndLine(_ name: String) throws {
        var bytes = Array("{\"text\": \"ok\"}\n".utf8)
        if name.hasSuffix(".csv") { bytes = Array("text\nok\n".utf8) }
        let offset = bytes.count + 3
        bytes += Array("xyz".utf8) + [0xC3, 0x28] + Array(" more\n".utf8)   // C3 then a non-continuation byte
        let e = try #require(parseError(name, Data(bytes)))
        #expect(e.message.hasPrefix("invalid UTF-8 at byte offset \(offset) (byte 0xC3)"))
        #expect(e.line == (name.hasSuffix(".csv") ? 3 : 2))
    }

    @Test func utf8EdgeCases() {
        func bad(_ b: [UInt8]) -> Int? { b.withUnsafeBufferPointer { TextBytes.firstInvalidUTF8($0) } }
        #expect(bad(Array("héllo 😀 €".utf8)) == nil)
        #expect(bad([0x61, 0xC0, 0x80]) == 1)          // overlong
        #expect(bad([0xED, 0xA0, 0x80]) == 0)          // surrogate
        #expect(bad([0xF4, 0x90, 0x80, 0x80]) == 0)    // above U+10FFFF
        #expect(bad([0x61, 0x62, 0xE2, 0x82]) == 2)    // truncated at the end
        #expect(bad([0xFF]) == 0)
    }

    @Test func binaryJunkFails() throws {
        var generator = SystemRandomNumberGenerator()
        var junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        junk[0] = 0x89   // never valid UTF-8 as a first byte
        for name in ["junk.txt", "junk.json", "junk.jsonl", "junk.csv", "junk.eml"] {
            #expect(parseError(name, Data(junk)) != nil, "\(name)")
        }
        // Valid UTF-8 but NUL bytes: binary, not text.
        #expect(parseError("nul.txt", Data([0x61, 0x00, 0x62]))?.message.contains("NUL byte at byte offset 1") == true)
    }

    @Test func feedFilesNeedADecoder() throws {
        #expect(parseError("f.xml", "<rss/>")?.message == "feed files are not supported in this build")
        let decoder: FeedFileDecoder = { data, name, source in
            [Item(source: source, title: name, text: String(decoding: data, as: UTF8.self))]
        }
        let items = try parse("f.rss", "<rss/>", feed: decoder)
        #expect(items.map(\.title) == ["f.rss"])
        let failing: FeedFileDecoder = { _, _, _ in throw DropFileError(file: "f.atom", line: 3, message: "not XML") }
        #expect(throws: DropFileError.self) { try parse("f.atom", "<x", feed: failing) }
    }

    @Test func unknownExtensionIsRejectedByParse() throws {
        #expect(parseError("notes.md", "# hi")?.message.hasPrefix("unsupported file type") == true)
        #expect(DropFormats.format(ofFileName: "A.JSONL") == "jsonl")
        #expect(DropFormats.format(ofFileName: ".json") == nil)
        #expect(DropFormats.format(ofFileName: "x.json.tmp") == nil)
    }
}

@Suite struct FastPathTests {
    @Test(arguments: [
        "2026-11-22T10:00:00Z", "2026-11-22t10:00:00z", "2026-11-22T11:30:00+01:30", "2026-11-22T05:00:00.250-05:00",
        "2024-02-29T23:59:59Z", "1969-12-31T23:59:59Z", "2000-01-01T00:00:00.5Z",
    ])
    func rfc3339FastPathAgreesWithFoundation(_ s: String) throws {
        let fast = try #require(RFC3339.parse(s))
        let reference = try #require(EarshotJSON.parseDate(s.uppercased()))
        #expect(abs(fast.timeIntervalSince(reference)) < 0.001)
    }

    @Test func rfc3339RejectsImpossibleDatesAndFallsBack() {
        #expect(RFC3339.parse("2026-02-30T10:00:00Z") == nil)
        #expect(RFC3339.parse("2026-13-01T10:00:00Z") == nil)
        #expect(RFC3339.parse("2026-11-22T25:00:00Z") == nil)
        #expect(RFC3339.parse("2026-11-22") == EarshotJSON.parseDate("2026-11-22"))   // fallback: a bare date
        #expect(RFC3339.parse("not a date") == nil)
    }

    @Test func blankAndTrim() {
        #expect(Blank.isBlank(" \t\n\u{A0}\u{3000}"))
        #expect(!Blank.isBlank(" x "))
        #expect(Blank.trim("  héllo wörld \n") == "héllo wörld")
        #expect(Blank.trim("same") == "same")
        #expect(Blank.trim(" \n ") == "")
    }
}
