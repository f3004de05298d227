import Foundation
import Testing
@testable import EarshotFeeds

@Suite("Encodings")
struct EncodingTests {
    @Test func latin1Declared() throws {
        let doc = try FeedParser.parse(fixture("latin1.xml"))
        #expect(doc.title == "Café Crème")
        #expect(doc.entries.first?.title == "Grüße aus Köln")
        #expect(doc.entries.first?.text == "¿Dónde está el niño? © 2024")
    }

    @Test func windows1252WithCurlyQuotes() throws {
        let data = try fixture("windows1252.xml")
        #expect(data.contains(0x93), "fixture holds raw cp1252 bytes")
        let doc = try FeedParser.parse(data)
        #expect(doc.entries.first?.title == "“Smart” quotes — it’s €5")
        #expect(doc.entries.first?.text == "‘single’ … and Œuvre ™")
    }

    @Test(arguments: ["utf16le.xml", "utf16be.xml"])
    func utf16WithBOM(_ name: String) throws {
        let doc = try FeedParser.parse(fixture(name))
        #expect(doc.kind == .atom10)
        #expect(doc.title == "UTF-16 日本")
        #expect(doc.entries.first?.title == "こんにちは 😀")
        #expect(doc.entries.first?.text == "Ångström Ж")
    }

    @Test func utf8BOMIsSkipped() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>é</title></channel></rss>".utf8))
        #expect(try FeedParser.parse(data).title == "é")
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>caf\u{e9} ".utf8)
        data.append(contentsOf: [0xFF, 0xC3, 0x28])
        data.append(Data(" end</title></item></channel></rss>".utf8))
        let doc = try FeedParser.parse(data)
        let title = try #require(doc.entries.first?.title)
        #expect(title.hasPrefix("café \u{FFFD}"))
        #expect(title.hasSuffix(" end"))
        #expect(doc.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func undeclaredLegacyBytesAreReadAsWindows1252() throws {
        var data = Data("<rss version=\"2.0\"><channel><item><title>".utf8)
        data.append(contentsOf: [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]) // “Café” in cp1252
        data.append(Data("</title></item></channel></rss>".utf8))
        let doc = try FeedParser.parse(data)
        #expect(doc.entries.first?.title == "“Café”")
        #expect(!doc.warnings.isEmpty)
    }

    @Test func invalidUTF8InJSONIsReplaced() throws {
        var data = Data("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"content_text\":\"a".utf8)
        data.append(contentsOf: [0xC3, 0xA9, 0xFF])
        data.append(Data("b\"}]}".utf8))
        let doc = try FeedParser.parse(data)
        #expect(doc.entries.first?.text == "a\u{e9}\u{FFFD}b")
    }
}
