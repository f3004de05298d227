import EarshotCore
import Foundation
import Testing
@testable import EarshotFeeds

@Suite("Broken and hostile input")
struct BrokenInputTests {
    @Test func emptyData() {
        #expect(parseError(Data())?.message == "the document is empty")
        #expect(parseError(Data(" \n\t ".utf8))?.message == "the document is empty")
    }

    @Test func truncatedXML() throws {
        let full = try fixture("rss2.xml")
        let error = try #require(parseError(full.prefix(full.count / 2)))
        #expect(error.line != nil && error.column != nil)
        #expect(error.description.hasPrefix("line "))
        #expect(!error.message.contains("(null)"))
    }

    /// A document cut off after whole entries keeps them (with a warning and `brokeOff`); the
    /// entry in progress is dropped; cut before any whole entry, it is an error as before.
    @Test func truncatedXMLKeepsTheWholeEntries() throws {
        let full = try fixture("rss2.xml")
        let bytes = Array(full)
        let secondItemEnd = try #require(String(decoding: bytes, as: UTF8.self).range(of: "Relative link item"))
        let cut = String(decoding: bytes, as: UTF8.self)[..<secondItemEnd.upperBound]   // inside the second item
        let doc = try FeedParser.parse(Data(cut.utf8))
        #expect(doc.entries.count == 1)
        #expect(doc.entries.first?.title == (try FeedParser.parse(full)).entries.first?.title)
        let broke = try #require(doc.brokeOff)
        #expect(broke.line != nil && broke.message.contains("ends"), "\(broke)")
        #expect(doc.warnings.last?.contains("kept the 1 entry read before it") == true, "\(doc.warnings)")

        let atom = try fixture("atom.xml")
        let atomText = String(decoding: atom, as: UTF8.self)
        let afterFirst = try #require(atomText.range(of: "</a:entry>"))
        let atomDoc = try FeedParser.parse(Data(atomText[..<afterFirst.upperBound].utf8))
        #expect(atomDoc.entries.count == 1 && atomDoc.brokeOff != nil)
    }

    @Test func aBreakKeepsOnlyWhatCameBeforeIt() throws {
        let xml = """
        <rss version="2.0"><channel><title>t</title>
        <item><guid>1</guid><title>one</title></item>
        <item><guid>2</guid><title>two</title><description>a <b>bold</description></item>
        <item><guid>3</guid><title>three</title></item>
        </channel></rss>
        """
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.map(\.title) == ["one"])   // two is cut at the break, three comes after it
        #expect(doc.brokeOff?.line == 3 && doc.brokeOff?.message.contains("mismatched tag") == true)
        #expect(doc.title == "t")
    }

    @Test func forbiddenCharactersAreReplacedNotFatal() throws {
        // Leading blank lines count in the line the warning names.
        let xml = "\n\n<rss version=\"2.0\"><channel>\n<item><title>form\u{0C}feed and\u{0B}tab</title></item>\n<item><title>two\u{01}\u{FFFE}</title></item></channel></rss>"
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.map(\.title) == ["form feed and tab", "two \u{FFFD}"])
        #expect(doc.brokeOff == nil)
        #expect(doc.warnings == ["line 4: 4 characters a feed may not contain replaced (control characters by spaces, U+FFFE/U+FFFF by U+FFFD)"], "\(doc.warnings)")
        // Five backspaces in a channel title are not "binary data"; a NUL is.
        let backspaces = "<rss version=\"2.0\"><channel><title>t\u{08}\u{08}\u{08}\u{08}\u{08}</title><item><title>x</title></item></channel></rss>"
        #expect(try FeedParser.parse(Data(backspaces.utf8)).entries.count == 1)
        #expect(parseError(Data("<rss>\u{0}</rss>".utf8))?.message.contains("binary") == true)
    }

    @Test func controlCharactersInAJSONFeedAreReplacedToo() throws {
        let json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"title\": \"a\u{0B}b\", \"content_text\": \"x\"}]}"
        let doc = try FeedParser.parse(Data(json.utf8))
        #expect(doc.entries.map(\.title) == ["a b"])
        #expect(doc.warnings.count == 1, "\(doc.warnings)")
        // Five of them at the start are mended too, not taken for binary data.
        let five = json.replacingOccurrences(of: "a\u{0B}b", with: "a\u{0B}\u{0B}\u{0B}\u{0B}\u{0B}b")
        #expect(try FeedParser.parse(Data(five.utf8)).entries.map(\.title) == ["a b"])
    }

    /// Raw tabs and line breaks inside JSON strings (invalid JSON, common in feeds built by string concatenation)
    /// are escaped; between tokens they stay whitespace; an escape already opened before one gets its letter.
    @Test func rawLineBreaksInJSONFeedStringsAreEscaped() throws {
        let json = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n\t\"title\": \"t\",\r\n \"items\": [\n"
            + "{\"id\": \"1\", \"title\": \"a\tb\", \"content_text\": \"line one\r\nline \\\"two\\\"\"},\n"
            + "{\"id\": \"2\", \"title\": \"back\\\nslash\", \"content_text\": \"x\"}]}"
        let doc = try FeedParser.parse(Data(json.utf8))
        #expect(doc.entries.map(\.title) == ["a b", "back slash"])
        #expect(doc.entries.first?.text == "line one\r\nline \"two\"")
        #expect(doc.warnings == ["line 4: 4 raw tabs or line breaks inside JSON strings escaped"], "\(doc.warnings)")
        // Valid JSON is not touched and gets no warning.
        let valid = try FeedParser.parse(Data("{\"version\": \"https://jsonfeed.org/version/1\",\n\"items\": [{\"id\": \"1\", \"title\": \"a\\tb\"}]}".utf8))
        #expect(valid.warnings.isEmpty && valid.entries.map(\.title) == ["a b"])
        // A document the mending does not save is reported as it is: its error's position counts
        // the document's own bytes, not the escapes added.
        let broken = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"title\": \"a\nb\"} {\"id\": \"2\"}]}"
        let original = (try? JSONSerialization.jsonObject(with: Data(broken.utf8))) == nil
        #expect(original)
        let message = try #require(parseError(Data(broken.utf8))?.message)
        var expected = "invalid JSON"
        do { _ = try JSONSerialization.jsonObject(with: Data(broken.utf8)) } catch {
            if let d = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { expected += ": " + d }
        }
        #expect(message == expected)
        // A document that ends inside a string is still an error, not a mended one.
        let cut = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"title\": \"a\nb"
        #expect(parseError(Data(cut.utf8))?.message.hasPrefix("invalid JSON") == true)
    }

    /// An entity after a break is past the break: the break is what is reported, at its position.
    @Test func anEntityAfterTheBreakIsNotWhatIsReported() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>one</title></item><item><title>x</titel>&nbsp;</item></channel></rss>"
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.map(\.title) == ["one"])
        #expect(doc.brokeOff?.message.contains("mismatched tag") == true, "\(String(describing: doc.brokeOff))")
        #expect(doc.warnings.allSatisfy { !$0.contains("undefined entity") }, "\(doc.warnings)")
    }

    @Test func aBreakAfterTheLastEntryKeepsThemAll() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>one</title></item><item><title>two</title></item>"
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.map(\.title) == ["one", "two"] && doc.brokeOff != nil)
    }

    /// Mended, not broken: a reference to a character XML forbids becomes a space, and a bare '&'
    /// before a space (which libxml2 reports as "name expected", not as an entity error) is escaped.
    @Test(arguments: [
        ("a&#8;b&#x1B;c&#65;&#xFFFE;", "a b cA"),
        ("Ben & Jerry", "Ben & Jerry"),
    ])
    func mendedDocumentsKeepEveryEntry(title: String, expected: String) throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>\(title)</title></item><item><title>two</title></item></channel></rss>"
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.map(\.title) == [expected, "two"])
        #expect(doc.brokeOff == nil && doc.warnings.count == 1, "\(doc.warnings)")
    }

    @Test func truncatedJSON() throws {
        let full = try fixture("jsonfeed10.json")
        let error = try #require(parseError(full.prefix(full.count / 2)))
        #expect(error.message.hasPrefix("invalid JSON"))
    }

    @Test func mismatchedTagHasPosition() throws {
        let xml = "<rss version=\"2.0\">\n<channel>\n  <title>x</titel>\n</channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.line == 3)
        #expect(error.message.contains("mismatched tag"))
        #expect(error.description.hasPrefix("line 3, column "))
    }

    @Test func billionLaughsIsRejected() throws {
        var dtd = "<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n\(dtd)]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.message.contains("entit"))
        #expect(error.line == 3)
    }

    @Test func quadraticBlowupIsRejected() throws {
        let big = String(repeating: "x", count: 50_000)
        let refs = String(repeating: "&a;", count: 50_000)
        let xml = "<!DOCTYPE rss [<!ENTITY a \"\(big)\">]><rss><channel><title>\(refs)</title></channel></rss>"
        #expect(parseError(Data(xml.utf8)) != nil)
    }

    @Test func xxeInternalSubsetIsRefused() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
        """
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.message.contains("entity declarations are refused"))
    }

    @Test func externalDTDIsNeverLoaded() throws {
        // An external DTD that would define &xxe; as the password file: never fetched, so the reference is undefined.
        let dtdURL = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-xxe-\(UUID().uuidString).dtd")
        try Data("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">".utf8).write(to: dtdURL)
        defer { try? FileManager.default.removeItem(at: dtdURL) }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "\(dtdURL.absoluteString)">
        <rss version="2.0"><channel><item><title>a&xxe;b</title><description>x</description></item></channel></rss>
        """
        do {
            let doc = try parse(xml)
            let all = doc.entries.map { ($0.title ?? "") + $0.text }.joined()
            #expect(!all.contains("root:"))
        } catch {
            #expect(!String(describing: error).contains("root:"))
        }
    }

    @Test func parameterEntityIsRefused() throws {
        let xml = """
        <!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>
        <rss version="2.0"><channel><title>t</title></channel></rss>
        """
        #expect(parseError(Data(xml.utf8)) != nil)
    }

    @Test func oversizeIsRejectedBeforeParsing() throws {
        let data = try fixture("rss2.xml")
        let error = try #require(parseError(data, maxBytes: 100))
        #expect(error.message.contains("over the limit of 100 bytes"))
        #expect(try FeedParser.parse(data, maxBytes: data.count).entries.count == 3)
    }

    @Test func binaryJunk() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<20 {
            let junk = Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            #expect(parseError(junk) != nil)
        }
        let gzipHeader = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]) + Data(repeating: 0, count: 50)
        #expect(parseError(gzipHeader)?.message.contains("binary") == true)
    }

    @Test func junkAfterAnXMLStartNeverCrashes() throws {
        var rng = SplitMix64(seed: 7)
        let base = Array(try fixture("atom.xml"))
        for _ in 0..<50 {
            var bytes = base
            for _ in 0..<8 { bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? FeedParser.parse(Data(bytes))
        }
    }

    @Test func htmlPageInsteadOfFeed() throws {
        let html = """
        <!DOCTYPE html>
        <html><head><title>Blog</title>
        <link rel="alternate" type="application/rss+xml" href="https://blog.example/feed.xml">
        </head><body><p>Hello</p></body></html>
        """
        let error = try #require(parseError(Data(html.utf8)))
        #expect(error.message.contains("HTML page"))
        #expect(error.message.contains("https://blog.example/feed.xml"))
        #expect(parseError(Data("<html><body>x</body></html>".utf8))?.message.contains("HTML page") == true)
    }

    @Test func wrongRootElement() throws {
        let error = try #require(parseError(Data("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>".utf8)))
        #expect(error.message.contains("root element is <opml>"))
    }

    @Test func notXMLNorJSON() throws {
        let error = try #require(parseError(Data("Hello, this is text".utf8)))
        #expect(error.message.contains("expected XML"))
    }

    @Test func jsonThatIsNotAFeed() throws {
        #expect(parseError(Data("{\"a\": 1}".utf8))?.message.contains("jsonfeed.org") == true)
        #expect(parseError(Data("[1, 2, 3]".utf8))?.message.contains("not a feed") == true)
        #expect(parseError(Data("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": 5}".utf8))?
            .message.contains("items") == true)
        #expect(parseError(Data("{\"version\": ".utf8))?.message.hasPrefix("invalid JSON") == true)
    }

    @Test func bareAmpersandAndHTMLEntitiesAreRepaired() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>AT&T says&nbsp;hi &hellip; &unknown;</title></item></channel></rss>"
        let doc = try parse(xml)
        #expect(doc.entries.first?.title == "AT&T says hi … &unknown;")
        #expect(doc.warnings.count == 1)
    }

    @Test func repairDoesNotTouchCDATA() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>&nbsp;x</title><description><![CDATA[a &copy; b]]></description></item></channel></rss>"
        let doc = try parse(xml)
        #expect(doc.entries.first?.text == "a © b")
    }

    @Test func errorDescriptionFormat() {
        #expect(FeedParseError("mismatched tag", line: 12, column: 4).description == "line 12, column 4: mismatched tag")
        #expect(FeedParseError("the document is empty").description == "the document is empty")
    }
}

@Suite("Recoverable XML errors")
struct RecoverableXMLErrorTests {
    @Test func fatalErrorAfterNamespaceWarningStillFails() throws {
        let xml = "<rss version=\"2.0\"><channel><item><dc:creator>Bob</dc:creator><title>x</titel></item></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.message.contains("mismatched tag"))
    }

    @Test func trailingJunkAfterRootIsTolerated() throws {
        let xml = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>\n<!-- cache 12ms --> junk"
        #expect(try parse(xml).title == "t")
    }
}

@Suite("Resource limits")
struct ResourceLimitTests {
    @Test func deeplyNestedXMLIsRejectedWithoutCrashing() throws {
        let depth = 100_000
        let xml = "<rss version=\"2.0\"><channel><item><description>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</description></item></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.line == 1)
    }

    @Test func deeplyNestedJSONIsRejectedWithoutCrashing() {
        let json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[" + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "]}"
        #expect(parseError(Data(json.utf8)) != nil)
    }

    @Test func tooManyAttributesOnOneTagAreRefused() throws {
        let attributes = (0..<300).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let xml = "<rss version=\"2.0\">\n<channel>\n<item \(attributes)><title>t</title></item></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.line == 3 && error.column == 1)
        #expect(error.message.contains("300 attributes, more than 256"))
        // As many as are allowed, spaced around `=`, with quotes of both kinds: read.
        let allowed = (0..<256).map { $0.isMultiple(of: 2) ? "a\($0) = '1'" : "a\($0)=\"1\"" }.joined(separator: " ")
        #expect(try parse("<rss version=\"2.0\"><channel \(allowed)><title>t</title></channel></rss>").title == "t")
    }

    @Test func attributesInsideCDATACommentsAndEscapedHTMLAreNotCounted() throws {
        let tag = "<p " + (0..<300).map { "a\($0)=\"1\"" }.joined(separator: " ") + ">"
        let escaped = tag.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
        let xml = "<rss version=\"2.0\"><channel><title>t</title><!-- \(tag) --><item><title>i</title>"
            + "<description><![CDATA[\(tag)]]></description></item><item><title>j</title><description>\(escaped)</description></item></channel></rss>"
        let doc = try FeedParser.parse(Data(xml.utf8))
        #expect(doc.entries.count == 2)
    }

    @Test func tooManyNamespacesInScopeAreRefused() throws {
        // Each element declares a few; it is the sum over the open elements that counts.
        let open = (0..<30).map { d in "<e\(d) " + (0..<10).map { "xmlns:p\(d)x\($0)=\"u\($0)\"" }.joined(separator: " ") + ">" }
        let xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>"
            + open.joined() + "x" + (0..<30).reversed().map { "</e\($0)>" }.joined() + "</description></item></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.message.contains("more than 256 namespace declarations in scope"))
        // The same declarations on elements that close again never add up.
        let siblings = (0..<30).map { d in "<e\(d) " + (0..<10).map { "xmlns:p\(d)x\($0)=\"u\($0)\"" }.joined(separator: " ") + ">x</e\(d)>" }
        let fine = "<rss version=\"2.0\"><channel><title>t</title>" + siblings.joined() + "</channel></rss>"
        #expect(try parse(fine).title == "t")
        // Default namespaces count too, and self-closing tags keep none in scope.
        let selfClosing = String(repeating: "<x xmlns=\"u\"/>", count: 1000)
        #expect(try parse("<rss version=\"2.0\"><channel><title>t</title>\(selfClosing)</channel></rss>").title == "t")
    }

    @Test func attributeDeclarationsInTheDTDAreRefused() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ATTLIST item a CDATA \"x\" b CDATA \"y\">\n]>\n<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.message.contains("declares attributes (<!ATTLIST)"))
        #expect(error.line == 3)
    }

    @Test func manyEmptyProcessingInstructionsArePaddedInOnePass() throws {
        var bytes = Array(("<rss>" + String(repeating: "<?a?>x<?bb ?>", count: 3) + "<?c?></rss>").utf8)
        FeedInput.padEmptyProcessingInstructions(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<rss>" + String(repeating: "<?a ?>x<?bb ?>", count: 3) + "<?c ?></rss>")
        let xml = "<rss version=\"2.0\"><channel><title>t</title>" + String(repeating: "<?a?>", count: 100_000) + "</channel></rss>"
        #expect(try parse(xml).title == "t")
    }

    @Test func deepHTMLInsideContentIsFine() throws {
        let html = String(repeating: "<div>", count: 50_000) + "deep" + String(repeating: "</div>", count: 50_000)
        #expect(HTMLText.plainText(html) == "deep")
    }

    @Test func leadingBlankLinesKeepErrorLinesRight() throws {
        let xml = "\n\n<rss version=\"2.0\">\n<channel>\n<title>x</titel></channel></rss>"
        let error = try #require(parseError(Data(xml.utf8)))
        #expect(error.line == 5)
    }
}

/// Inputs that crashed FoundationXML's XMLParser on Linux before the parser guarded against them.
@Suite("FoundationXML crash regressions")
struct FoundationXMLCrashTests {
    @Test func unknownEncodingWithNonUTF8ElementName() throws {
        // libxml2 passes an unknown encoding's bytes through; FoundationXML force-decodes element names as UTF-8.
        var data = Data("<?xml version=\"1.0\" encoding=\"x-unknown\"?><rss version=\"2.0\"><channel><item><title>K".utf8)
        data.append(contentsOf: [0xF6, 0x6C, 0x6E])
        data.append(Data("</title><t".utf8))
        data.append(contentsOf: [0xEF, 0xFE])
        data.append(Data("/></item></channel></rss>".utf8))
        let doc = try FeedParser.parse(data)
        #expect(doc.entries.first?.title == "Köln", "undeclared legacy bytes are read as windows-1252")
        #expect(doc.warnings.contains { $0.contains("unsupported encoding x-unknown") })
    }

    @Test(arguments: ["<?x?><rss version=\"2.0\"><channel><title>t</title></channel></rss>",
                      "<rss version=\"2.0\"><channel><?pi?><title>t</title></channel></rss>"])
    func processingInstructionWithoutData(_ xml: String) throws {
        #expect(try parse(xml).title == "t")
    }

    @Test func otherDeclaredEncodings() throws {
        var latin9 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss version=\"2.0\"><channel><title>".utf8)
        latin9.append(contentsOf: [0xA4, 0x35, 0x20, 0xBD]) // "€5 œ"
        latin9.append(Data("</title></channel></rss>".utf8))
        #expect(try FeedParser.parse(latin9).title == "€5 œ")

        var cp1251 = Data("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>".utf8)
        cp1251.append(contentsOf: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]) // "Привет"
        cp1251.append(Data("</title></channel></rss>".utf8))
        #expect(try FeedParser.parse(cp1251).title == "Привет")
    }
}
