import EarshotCore
import Foundation
import Testing

/// The hand-written escalation writer must say what `JSONEncoder` says: the same JSON value
/// (compared parsed), and an escalation that decodes back to itself.
@Suite struct EscalationJSONTests {
    static func rich() -> Escalation {
        var a = Analysis()
        a.sentiment = Sentiment(compound: -0.4588, pos: 0, neu: 0.61, neg: 0.39)
        a.language = "fr"
        a.languageConfidence = 0.9999999
        a.team = "legal"
        a.severity = .critical
        a.reach = 73.25
        a.duplicateOf = "h:0123"
        a.addLabel("intent/legal", reason: "rule legal")
        a.addLabel("intent/complaint", reason: "rule complaint \"quoted\"")
        a.extras = ["model": .object(["label": .string("complaint"), "score": .number(0.875), "all": .array([.number(1), .number(1e-7), .null, .bool(true)])]),
                    "ünïcode key": .string("tab\there\nand \u{1} control, slash / and back\\slash"), "big": .number(123456789.125), "neg": .number(-3)]
        let item = Item(id: "m-1", source: "inbox", url: "https://example.com/p/1?x=1&y=2", title: "Titre «ça»", text: "Je vais voir mon avocat 😡\r\nMerci",
                        author: Author(id: "42", handle: "@jane", name: "Jane \"J\" Doe", followers: 1200),
                        published: Date(timeIntervalSince1970: 1_795_000_000), inReplyTo: "m-0", thread: "t-9", language: "fr",
                        metrics: Metrics(likes: 3, shares: 0, replies: 12))
        let bare = Item(source: "feed", text: "minimal")
        return Escalation(id: "esc_abc", created: Date(timeIntervalSince1970: 1_795_000_123), kind: .mention, route: "legal", severity: .critical,
                          team: "legal", reasons: ["label intent/legal (rule legal)", "sentiment -0.46 < -0.05"],
                          items: [AnalyzedItem(item: item, analysis: a), AnalyzedItem(item: bare, analysis: Analysis())],
                          group: .init(key: "label=intent/legal", count: 2), ackURL: "https://earshot.example/ack/esc_abc")
    }

    static func minimal() -> Escalation {
        Escalation(id: "esc_1", created: Date(timeIntervalSince1970: 0), kind: .spike, route: "r", severity: .low, team: nil,
                   reasons: [], items: [])
    }

    @Test(arguments: [rich(), minimal()])
    func sameJSONValueAsTheEncoderAndRoundTrips(_ e: Escalation) throws {
        let fast = try #require(EscalationJSON.encode(e))
        let codable = try EarshotJSON.encoder().encode(e)
        let a = try JSONSerialization.jsonObject(with: fast) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: codable) as? NSDictionary
        #expect(a != nil)
        #expect(a == b, "\(String(decoding: fast, as: UTF8.self))\n\(String(decoding: codable, as: UTF8.self))")
        #expect(try EarshotJSON.decoder().decode(Escalation.self, from: fast) == e)
    }

    @Test func nonFiniteNumbersAreLeftToTheEncoder() {
        var e = Self.minimal()
        var a = Analysis()
        a.reach = .nan
        e.items = [AnalyzedItem(item: Item(source: "s", text: "t"), analysis: a)]
        #expect(EscalationJSON.encode(e) == nil)
        #expect(throws: (any Error).self) { try EarshotJSON.encoder().encode(e) }
    }

    /// Escalations already in a state database keep their labels and reasons: `labels` gives the
    /// order, `label_reasons` (an object) the reasons; what lacks one gets "".
    @Test func labelsAndReasonsAsStoredBeforeDecodeInOrder() throws {
        let json = #"""
        {"labels": ["intent/legal", "intent/complaint", "topic/x"], "extras": {},
         "label_reasons": {"intent/complaint": "rule complaint", "intent/legal": "rule legal"}}
        """#
        let a = try EarshotJSON.decoder().decode(Analysis.self, from: Data(json.utf8))
        #expect(a.labels == ["intent/legal", "intent/complaint", "topic/x"])
        #expect(a.labelEntries.map(\.reason) == ["rule legal", "rule complaint", ""])
        #expect(a.reason(for: "intent/complaint") == "rule complaint")
        #expect(a.reason(for: "intent/praise") == nil)
        #expect(a.hasLabel("topic/x") && !a.hasLabel("topic"))
        let bare = try EarshotJSON.decoder().decode(Analysis.self, from: Data("{}".utf8))
        #expect(bare == Analysis())
    }
}
