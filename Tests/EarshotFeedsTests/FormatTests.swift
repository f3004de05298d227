import Foundation
import Testing
@testable import EarshotFeeds

@Suite("Feed formats")
struct FormatTests {
    @Test func rss2WithContentEncodedAndDCCreator() throws {
        let doc = try FeedParser.parse(fixture("rss2.xml"))
        #expect(doc.kind == .rss20)
        #expect(doc.title == "Acme Support Blog")
        #expect(doc.link == "https://blog.acme.example/")
        #expect(doc.language == "en-GB")
        #expect(doc.entries.count == 3)

        let first = doc.entries[0]
        #expect(first.id == "acme-post-1001")
        #expect(first.link == "https://blog.acme.example/posts/outage")
        #expect(first.title == "Outage on Tuesday & what we learned")
        #expect(first.text == "We’re sorry.\nThe status page was down too.\nDetails:\nRoot cause\nFix")
        #expect(first.authorName == "Jane Roe")
        #expect(first.published == utc("2024-03-05T14:30:00Z"))
        #expect(first.inReplyTo == nil, "wfw:commentRss belongs to the item, it is not a parent")
        #expect(first.language == "en-GB")
        #expect(first.stableID == "acme-post-1001")

        let second = doc.entries[1]
        #expect(second.id == nil)
        #expect(second.link == "https://blog.acme.example/posts/relative", "resolved against the channel link")
        #expect(second.stableID == "https://blog.acme.example/posts/relative")
        #expect(second.authorName == "Support Team")
        #expect(second.authorHandle == "support@acme.example")
        #expect(second.text == "Escaped HTML description")
        #expect(second.published == utc("2024-03-06T14:15:00Z"))

        let third = doc.entries[2]
        #expect(third.title == nil)
        #expect(third.id == "https://blog.acme.example/posts/permalink-guid")
        #expect(third.link == "https://blog.acme.example/posts/permalink-guid", "a permalink guid doubles as link")
        #expect(third.authorName == "Acme Editors", "managingEditor is the fallback author")
        #expect(third.authorHandle == "editor@acme.example")
        #expect(third.published == nil)
    }

    @Test func rss1RDFMatchedByNamespaceNotPrefix() throws {
        let doc = try FeedParser.parse(fixture("rss1.rdf"))
        #expect(doc.kind == .rss10rdf)
        #expect(doc.language == "fr")
        #expect(doc.entries.count == 2)
        let a = doc.entries[0]
        #expect(a.id == "https://news.example.org/a", "rdf:about is the id, whatever the prefix")
        #expect(a.title == "Premier article")
        #expect(a.text == "Le café est froid.")
        #expect(a.authorName == "Marie Curie")
        #expect(a.published == utc("2024-03-05T09:00:00Z"))
        #expect(a.language == "fr")
        let b = doc.entries[1]
        #expect(b.text == "Encoded wins", "content:encoded beats description")
        #expect(b.published == utc("2024-03-06T00:00:00Z"))
    }

    @Test func rss091WithNetscapeDoctypeAndHTMLEntities() throws {
        let doc = try FeedParser.parse(fixture("rss091.xml"))
        #expect(doc.kind == .rss091)
        #expect(doc.entries.count == 2)
        #expect(doc.entries[0].title == "Café opening — tonight")
        #expect(doc.entries[0].text == "Join us for crème brûlée & coffee.")
        #expect(doc.entries[0].authorHandle == "webmaster@oldschool.example.com")
        #expect(doc.entries[0].authorName == nil)
        #expect(doc.entries[1].text == "")
        #expect(doc.entries[1].stableID == "http://oldschool.example.com/2.html")
        #expect(!doc.warnings.isEmpty, "the entity repair is reported")
    }

    @Test func atomWithXMLBaseXHTMLAndThreading() throws {
        let doc = try FeedParser.parse(fixture("atom.xml"), baseURL: URL(string: "https://ignored.example/feed"))
        #expect(doc.kind == .atom10)
        #expect(doc.title == "Example Blog")
        #expect(doc.link == "https://example.com/blog/")
        #expect(doc.language == "en")
        #expect(doc.entries.count == 3)

        let first = doc.entries[0]
        #expect(first.id == "tag:example.com,2024:1")
        #expect(first.title == "Atom rocks & rolls")
        #expect(first.link == "https://example.com/blog/2024/03/atom-rocks")
        #expect(first.text == "First & bold paragraph.\nSecond\nline.")
        #expect(first.authorName == "Ann Author")
        #expect(first.authorHandle == "ann@example.com")
        #expect(first.published == utc("2024-03-05T17:30:02Z"))
        #expect(first.updated == utc("2024-03-06T08:00:00Z"))
        #expect(first.inReplyTo == nil)

        let reply = doc.entries[1]
        #expect(reply.link == "https://other.example.net/archive/reply-1", "entry xml:base overrides the feed's")
        #expect(reply.inReplyTo == "tag:example.com,2024:1")
        #expect(reply.text == "Gute Frage")
        #expect(reply.language == "de")
        #expect(reply.authorName == "Feed Author", "entries inherit the feed author")
        #expect(reply.authorHandle == "https://example.com/about")
        #expect(reply.published == utc("2024-03-07T12:00:00.250Z"), "published falls back to updated")

        let third = doc.entries[2]
        #expect(third.link == "https://example.com/absolute-path")
        #expect(third.text == "Plain <not a tag> text", "type=text is not HTML")
    }

    @Test func atomRelativeLinksUseBaseURLWithoutXMLBase() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><id>x</id><title>e</title><link href="posts/1"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>
        """
        let doc = try parse(xml, baseURL: URL(string: "https://host.example/feeds/atom.xml"))
        #expect(doc.entries.first?.link == "https://host.example/feeds/posts/1")
    }

    @Test func jsonFeed10() throws {
        let doc = try FeedParser.parse(fixture("jsonfeed10.json"))
        #expect(doc.kind == .jsonFeed10)
        #expect(doc.title == "JSON One")
        #expect(doc.entries.count == 2)
        let a = doc.entries[0]
        #expect(a.id == "1")
        #expect(a.title == "Hello world")
        #expect(a.text == "Hi & welcome\nBye", "content_html beats summary")
        #expect(a.authorName == "Item Author")
        #expect(a.published == utc("2024-03-05T19:30:00Z"))
        let b = doc.entries[1]
        #expect(b.id == "2", "numeric ids are accepted")
        #expect(b.link == "https://json.example.com/2")
        #expect(b.text == "Plain text only")
        #expect(b.authorName == "Feed Owner", "items inherit the feed author")
        #expect(b.authorHandle == "https://json.example.com/owner")
        #expect(b.published == utc("2024-03-06T00:00:00Z"))
        #expect(b.inReplyTo == "https://json.example.com/1")
    }

    @Test func jsonFeed11() throws {
        let doc = try FeedParser.parse(fixture("jsonfeed11.json"))
        #expect(doc.kind == .jsonFeed11)
        #expect(doc.language == "es")
        let a = doc.entries[0]
        #expect(a.text == "Hola, ¿qué tal? 👋")
        #expect(a.authorName == "Ana")
        #expect(a.authorHandle == "https://json11.example.com/ana")
        #expect(a.language == "es")
        let b = doc.entries[1]
        #expect(b.link == "https://elsewhere.example/b")
        #expect(b.text == "Only a summary")
        #expect(b.language == "pt")
        #expect(b.inReplyTo == "https://json11.example.com/a")
        #expect(b.published == nil)
    }

    @Test func undeclaredWellKnownPrefixStillMatches() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>t</title><dc:creator>Bob</dc:creator></item></channel></rss>"
        #expect(try parse(xml).entries.first?.authorName == "Bob")
    }

    @Test func unknownNamespaceWithKnownLocalNameIsIgnored() throws {
        let xml = """
        <rss version="2.0" xmlns:x="urn:not-dublin-core"><channel><item><title>t</title>
        <x:creator>Mallory</x:creator></item></channel></rss>
        """
        #expect(try parse(xml).entries.first?.authorName == nil)
    }

    @Test func stableIDFallsBackToContentHash() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>Same</title><description>Body</description></item></channel></rss>"
        let a = try parse(xml).entries[0]
        let b = try parse(xml).entries[0]
        #expect(a.stableID.hasPrefix("sha256:"))
        #expect(a.stableID.count == 7 + 64)
        #expect(a.stableID == b.stableID)
        var c = a
        c.text = "Other"
        #expect(c.stableID != a.stableID)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // Padding boundaries: 55 bytes fit one block, 56 need two.
        #expect(SHA256.hex(Array(String(repeating: "a", count: 55).utf8))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 56).utf8))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test func concurrentParsesAgree() async throws {
        let data = try fixture("atom.xml")
        let expected = try FeedParser.parse(data).entries
        let results = await withTaskGroup(of: [FeedEntry]?.self) { group in
            for _ in 0..<8 { group.addTask { try? FeedParser.parse(data).entries } }
            var all: [[FeedEntry]?] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        for r in results { #expect(r == expected) }
    }
}
