import EarshotCore
import EarshotDuplicates
import Foundation
import Testing

@Suite struct DuplicatesTests {
    let campaign = "I am sick and tired of the hidden fees on my phone bill, every month there is a new charge nobody explained to me. Fix this now"

    @Test func wordsDropHandlesUrlsAndRetweetMarker() {
        #expect(SimHash.words("RT @acme: Café CLOSED (https://x.co/a) again!! www.Acme.com/help .@bob ＠carol") == ["cafe", "closed", "again"])
        #expect(SimHash.words("Art and RT") == ["art", "and", "rt"])
        #expect(SimHash.words("") == [])
    }

    @Test func exactCopyPointsToTheFirstItem() async throws {
        let d = DuplicatesAnalyzer()
        #expect(try await run(d, item(campaign, id: "1")).duplicateOf == nil)
        #expect(try await run(d, item(campaign, id: "2")).duplicateOf == "1")
        #expect(try await run(d, item(campaign, id: "3")).duplicateOf == "1")
        #expect(await d.count() == 1)
    }

    @Test func handlesUrlsRetweetMarkersAndCaseDoNotCount() async throws {
        let d = DuplicatesAnalyzer()
        #expect(try await run(d, item("@acme " + campaign + " https://t.co/abc", id: "1")).duplicateOf == nil)
        #expect(try await run(d, item("@AcmeHelp " + campaign.uppercased() + " http://bit.ly/x1y2", id: "2")).duplicateOf == "1")
        #expect(try await run(d, item("RT @someone: @acme " + campaign + "!!", id: "3")).duplicateOf == "1")
        #expect(try await run(d, item(campaign + " www.example.com/page", id: "4")).duplicateOf == "1")
    }

    /// A petition-style text, long enough that one added word moves few bits.
    let petition = """
    Dear Acme, we the undersigned customers ask you to stop charging activation fees on prepaid plans. \
    These fees are not explained at checkout, they appear on the first bill without warning, and \
    support agents tell us they cannot be refunded. Please remove them for every customer and \
    refund those already paid. Share this message and send it to Acme today.
    """

    @Test func lightEditIsWithinDistance() async throws {
        let edited = petition.replacingOccurrences(of: "Acme today", with: "Acme today please")
        let a = SimHash.fingerprint(petition).hash, b = SimHash.fingerprint(edited).hash
        #expect(SimHash.distance(a, b) <= 3, "distance \(SimHash.distance(a, b))")
        let d = DuplicatesAnalyzer()
        _ = try await run(d, item(petition, id: "1"))
        #expect(try await run(d, item(edited, id: "2")).duplicateOf == "1")
    }

    @Test func looserDistanceCatchesEditsOfShortTexts() async throws {
        let edited = campaign.replacingOccurrences(of: "Fix this now", with: "Fix this now please")
        let distance = SimHash.distance(SimHash.fingerprint(campaign).hash, SimHash.fingerprint(edited).hash)
        #expect(distance > 3 && distance <= 8, "distance \(distance)")
        let strict = DuplicatesAnalyzer(), loose = DuplicatesAnalyzer(maxDistance: 8)
        for d in [strict, loose] { _ = try await run(d, item(campaign, id: "1")) }
        #expect(try await run(strict, item(edited, id: "2")).duplicateOf == nil)
        #expect(try await run(loose, item(edited, id: "2")).duplicateOf == "1")
    }

    @Test func unrelatedTextIsNotFlagged() async throws {
        let d = DuplicatesAnalyzer()
        _ = try await run(d, item(campaign, id: "1"))
        let others = [
            "My parcel was left in the rain at the wrong door and the driver did not even knock",
            "Loving the new update, the app finally opens fast on my old phone, great work team",
            "I am sick and tired of waiting for a train that never comes, every single morning",
            "Is there a way to change the delivery address after the order has already shipped",
        ]
        for (i, t) in others.enumerated() {
            #expect(try await run(d, item(t, id: "o\(i)")).duplicateOf == nil, "\(t)")
            #expect(SimHash.distance(SimHash.fingerprint(t).hash, SimHash.fingerprint(campaign).hash) > 3)
        }
        #expect(await d.count() == 1 + others.count)
    }

    @Test func shortTextsAreIgnored() async throws {
        let d = DuplicatesAnalyzer()
        #expect(try await run(d, item("thanks a lot", id: "1")).duplicateOf == nil)
        #expect(try await run(d, item("thanks a lot", id: "2")).duplicateOf == nil)
        #expect(await d.count() == 0)
    }

    @Test func sameItemSeenAgainIsNotItsOwnDuplicate() async throws {
        let d = DuplicatesAnalyzer()
        _ = try await run(d, item(campaign, id: "1"))
        #expect(try await run(d, item(campaign, id: "1")).duplicateOf == nil)
    }

    /// Ids are unique within a source only: the same entry id carried by another feed is a copy.
    @Test func theSameIdFromAnotherSourceIsACopy() async throws {
        let d = DuplicatesAnalyzer()
        _ = try await run(d, Item(id: "f1", source: "feed-a", text: campaign))
        #expect(try await run(d, Item(id: "f1", source: "feed-b", text: campaign)).duplicateOf == "f1")
        #expect(try await run(d, Item(id: "f1", source: "feed-a", text: campaign)).duplicateOf == nil, "feed-a's own entry again")
    }

    @Test func windowExpiresWithTheClock() async throws {
        let clock = ManualClock()
        let d = DuplicatesAnalyzer(window: .seconds(3600))
        _ = try await run(d, item(campaign, id: "1"), clock: clock)
        clock.advance(by: .seconds(3000))
        #expect(try await run(d, item(campaign, id: "2"), clock: clock).duplicateOf == "1")
        clock.advance(by: .seconds(700))   // 3700 s after the first
        #expect(try await run(d, item(campaign, id: "3"), clock: clock).duplicateOf == nil)
        #expect(await d.count() == 1)       // "1" was evicted, "3" starts a new window
        #expect(try await run(d, item(campaign, id: "4"), clock: clock).duplicateOf == "3")
    }

    /// A config reload builds a new analyzer; it takes over the old one's window when the
    /// fingerprints are computed alike, so copies still point to the first item.
    @Test func aReplacementAdoptsTheWindowWhenFingerprintsMatch() async throws {
        let clock = ManualClock()
        let old = DuplicatesAnalyzer(window: .seconds(3600))
        _ = try await run(old, item(campaign, id: "1"), clock: clock)
        _ = try await run(old, item(petition, id: "p"), clock: clock)
        clock.advance(by: .seconds(2000))
        _ = try await run(old, item("The checkout page keeps timing out whenever I try to pay", id: "late"), clock: clock)

        let replacement = DuplicatesAnalyzer(window: .seconds(3600), maxItems: 50)
        #expect(await replacement.adoptState(from: old) == 3)
        #expect(try await run(replacement, item(campaign, id: "2"), clock: clock).duplicateOf == "1")

        // A narrower window keeps only what lies within it before the newest remembered item.
        let narrow = DuplicatesAnalyzer(window: .seconds(600))
        #expect(await narrow.adoptState(from: old) == 1)
        #expect(try await run(narrow, item(campaign, id: "3"), clock: clock).duplicateOf == nil)

        // Other fingerprint settings: nothing is taken over.
        let other = DuplicatesAnalyzer(window: .seconds(3600), maxDistance: 5)
        #expect(await other.adoptState(from: old) == nil)
        #expect(await other.count() == 0)
        #expect(await DuplicatesAnalyzer(shingle: 2).adoptState(from: old) == nil)
        #expect(await DuplicatesAnalyzer().adoptState(from: NoopDuplicatesStandIn()) == nil)
    }

    /// What the engine saves at a stop and loads at the next start.
    @Test func theWindowIsSavedAndLoaded() async throws {
        let dir = NSTemporaryDirectory() + "earshot-dupes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clock = ManualClock()
        let old = DuplicatesAnalyzer(window: .seconds(3600))
        _ = try await run(old, item(campaign, id: "first \t\"odd\" id\n"), clock: clock)
        _ = try await run(old, item(petition, id: "p"), clock: clock)
        try await old.saveState(to: dir + "/d.json")
        // Unchanged, the window is not written again (a marker put in the file survives)...
        let saved = try String(contentsOfFile: dir + "/d.json", encoding: .utf8)
        try (saved + " ").write(toFile: dir + "/d.json", atomically: false, encoding: .utf8)
        try await old.saveState(to: dir + "/d.json")
        #expect(try String(contentsOfFile: dir + "/d.json", encoding: .utf8) == saved + " ")
        // ...but it is when the file is gone, or when it goes elsewhere, or after a change.
        try FileManager.default.removeItem(atPath: dir + "/d.json")
        try await old.saveState(to: dir + "/d.json")
        #expect(try String(contentsOfFile: dir + "/d.json", encoding: .utf8) == saved)
        try await old.saveState(to: dir + "/elsewhere.json")
        #expect(FileManager.default.fileExists(atPath: dir + "/elsewhere.json"))
        _ = try await run(old, item("a completely different complaint about the late delivery of my order", id: "x"), clock: clock)
        try await old.saveState(to: dir + "/elsewhere.json")
        #expect(try String(contentsOfFile: dir + "/elsewhere.json", encoding: .utf8).contains("\"x\""))
        try (saved + " ").write(toFile: dir + "/d.json", atomically: false, encoding: .utf8)
        try await old.saveState(to: dir + "/d.json")
        #expect(try String(contentsOfFile: dir + "/d.json", encoding: .utf8).contains("\"x\""))
        try saved.write(toFile: dir + "/d.json", atomically: true, encoding: .utf8)

        #expect(saved.contains("\"sources\":[\"test\",\"test\"]"), "\(saved)")
        let restarted = DuplicatesAnalyzer(window: .seconds(3600))
        #expect(try await restarted.loadState(from: dir + "/d.json", now: clock.now()) == 2)
        #expect(try await run(restarted, item("RT @x: " + campaign, id: "copy"), clock: clock).duplicateOf == "first \t\"odd\" id\n")
        #expect(try await DuplicatesAnalyzer(maxDistance: 4).loadState(from: dir + "/d.json", now: clock.now()) == nil, "other fingerprint settings")

        try "{\"version\": 1, \"maxDistance\": 3}".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        await #expect {
            try await DuplicatesAnalyzer().loadState(from: dir + "/broken.json", now: clock.now())
        } throws: { error in
            "\(error)".hasPrefix(dir + "/broken.json: not a duplicates window file") && "\(error)".contains("shingle")
        }
        // A window saved before sources were kept: its items count as from an unknown source, so
        // an item with one of their ids is taken for that item, not for its copy.
        let legacy = saved.replacingOccurrences(of: ",\"sources\":[\"test\",\"test\"]", with: "")
        #expect(legacy != saved)
        try legacy.write(toFile: dir + "/legacy.json", atomically: true, encoding: .utf8)
        let upgraded = DuplicatesAnalyzer(window: .seconds(3600))
        #expect(try await upgraded.loadState(from: dir + "/legacy.json", now: clock.now()) == 2)
        #expect(try await run(upgraded, item(petition, id: "p"), clock: clock).duplicateOf == nil)
        #expect(try await run(upgraded, item(petition, id: "q"), clock: clock).duplicateOf == "p")
        var snapshot = try String(contentsOfFile: dir + "/d.json", encoding: .utf8)
        snapshot = snapshot.replacingOccurrences(of: "\"version\":1", with: "\"version\":9")
        try snapshot.write(toFile: dir + "/newer.json", atomically: true, encoding: .utf8)
        await #expect {
            try await DuplicatesAnalyzer().loadState(from: dir + "/newer.json", now: clock.now())
        } throws: { error in "\(error)".contains("another version of Earshot (format 9)") }
    }

    @Test func publishedTimeWinsOverTheClock() async throws {
        let clock = ManualClock()
        let d = DuplicatesAnalyzer(window: .seconds(3600))
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var first = item(campaign, id: "1"); first.published = t0
        var late = item(campaign, id: "2"); late.published = t0.addingTimeInterval(7200)
        _ = try await run(d, first, clock: clock)
        #expect(try await run(d, late, clock: clock).duplicateOf == nil)
    }

    /// A date in the future counts as now: taken as written, one post dated 2099 made every
    /// remembered item look older than the window, and all were evicted.
    @Test func aFutureDateDoesNotEvictTheWindow() async throws {
        let clock = ManualClock()
        let d = DuplicatesAnalyzer(window: .seconds(3600))
        _ = try await run(d, item(campaign, id: "b"), clock: clock)
        var future = item("The battery exploded in my hand today and nobody at the store would listen", id: "a")
        future.published = Date(timeIntervalSince1970: 4_070_908_800)   // 2099-01-01
        #expect(try await run(d, future, clock: clock).duplicateOf == nil)
        #expect(await d.count() == 2)
        #expect(try await run(d, item(campaign.uppercased(), id: "b2"), clock: clock).duplicateOf == "b")
    }

    /// Scripts without spaces: each character is a word, so a long post is not one word under
    /// `min_words`, and its copies group (with a handle, an `RT` or a changed character too).
    @Test func copiesInScriptsWithoutSpacesGroup() async throws {
        let d = DuplicatesAnalyzer()
        let chinese = "我在你们网站上订购的商品已经三个星期了还没有收到，客服也不回复，我要退款！"
        let thai = "ฉันสั่งสินค้าจากเว็บไซต์ของคุณมาสามสัปดาห์แล้วแต่ยังไม่ได้รับเลย"
        #expect(SimHash.fingerprint(chinese).words == 34, "its Han characters; the punctuation is no word")
        #expect(SimHash.fingerprint("iPhone坏了 again").words == 4, "iphone, 坏, 了, again")
        _ = try await run(d, item(chinese, id: "z1"))
        _ = try await run(d, item(thai, id: "t1"))
        #expect(try await run(d, item("RT @x: " + chinese, id: "z2")).duplicateOf == "z1")
        #expect(try await run(d, item(thai, id: "t2")).duplicateOf == "t1")
        #expect(try await run(d, item("短一点", id: "short")).duplicateOf == nil)
        #expect(await d.count() == 2, "three characters are under min_words")
        #expect(try await run(d, item("我们公司明天上午十点在会议室开会讨论新产品的发布计划和市场推广安排", id: "other")).duplicateOf == nil)
    }

    /// A window saved while the system clock ran ahead: its future times count as the clock's
    /// now when it is read back, so one entry from next week does not evict the rest.
    @Test func aWindowSavedWithFutureTimesKeepsItsEntries() async throws {
        let clock = ManualClock()
        let dir = NSTemporaryDirectory() + "earshot-dupes-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let now = clock.now().timeIntervalSinceReferenceDate
        let other = "The battery exploded in my hand today and nobody at the store would listen"
        let saver = DuplicatesAnalyzer(window: .seconds(3600))
        _ = try await run(saver, item(campaign, id: "old"), clock: clock)
        _ = try await run(saver, item(other, id: "ahead"), clock: clock)
        try await saver.saveState(to: dir + "/d.json")
        // As if the second entry had been saved with the clock a week ahead.
        var text = try String(contentsOfFile: dir + "/d.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"times\":[\(Self.json(now)),\(Self.json(now))]",
                                         with: "\"times\":[\(Self.json(now)),\(Self.json(now + 7 * 86_400))]")
        #expect(text.contains(Self.json(now + 7 * 86_400)), "\(text)")
        try text.write(toFile: dir + "/d.json", atomically: true, encoding: .utf8)
        let restored = DuplicatesAnalyzer(window: .seconds(3600))
        #expect(try await restored.loadState(from: dir + "/d.json", now: clock.now()) == 2)
        #expect(try await run(restored, item("RT " + campaign, id: "copy"), clock: clock).duplicateOf == "old")
        #expect(try await run(restored, item(other + "!", id: "copy2"), clock: clock).duplicateOf == "ahead")
    }

    /// How `JSONEncoder` writes a time of the window file.
    static func json(_ value: Double) -> String {
        let array = String(data: try! JSONEncoder().encode([value]), encoding: .utf8)!
        return String(array.dropFirst().dropLast())
    }

    @Test func oldestAreEvictedBeyondMaxItems() async throws {
        let d = DuplicatesAnalyzer(maxItems: 3)
        let texts = [
            "The checkout page keeps timing out whenever I try to pay with my card",
            "Our delivery came with two broken plates and a cracked glass bowl inside",
            "Could someone explain why the premium plan costs more in my country",
            "The new headphones sound brilliant but the case hinge already feels loose",
            "Waited forty minutes at the counter while staff chatted about the weekend",
        ]
        for (i, t) in texts.enumerated() { _ = try await run(d, item(t, id: "\(i)")) }
        #expect(await d.count() == 3)
        #expect(try await run(d, item(texts[0], id: "x")).duplicateOf == nil)
        #expect(try await run(d, item(texts[4], id: "y")).duplicateOf == "4")
    }

    @Test func maxDistanceZeroOnlyFindsIdenticalFingerprints() async throws {
        let d = DuplicatesAnalyzer(maxDistance: 0)
        _ = try await run(d, item(campaign, id: "1"))
        #expect(try await run(d, item("@x " + campaign, id: "2")).duplicateOf == "1")
        let edited = campaign.replacingOccurrences(of: "phone", with: "internet")
        #expect(try await run(d, item(edited, id: "3")).duplicateOf == nil)
    }

    @Test func configKeysAndErrors() throws {
        let config = try buildConfig("""
        analyzers:
          - type: duplicates
            window: 2h
            max_distance: 5
            max_items: 10_000
        """).get()
        let d = try #require(config.analyzers.first?.analyzer as? DuplicatesAnalyzer)
        #expect(d.window == .seconds(7200) && d.maxDistance == 5 && d.maxItems == 10_000)
        #expect(problems("""
        analyzers:
          - type: duplicates
            windw: 2h
        """) == "test.yaml:6:5: unknown key \"windw\" in analyzers[0] (did you mean \"window\"?)")
        #expect(problems("""
        analyzers:
          - type: duplicates
            window: soon
            max_distance: 40
        """) == """
        test.yaml:6:13: analyzers[0].window: "soon" is not a duration (use e.g. 500ms, 30s, 5m, 2h, 7d)
        test.yaml:7:19: analyzers[0].max_distance must be between 0 and 10, not 40
        """)
    }

    @Test func sampleConfigBuilds() throws {
        let sample = try repoFile("plugins/analyzers/duplicates/sample.yaml")
        let config = try buildConfig(sample, file: "sample.yaml").get()
        #expect(config.analyzers.map(\.type) == ["duplicates"])
    }
}

/// Any other analyzer: a duplicates analyzer cannot take over its memory.
struct NoopDuplicatesStandIn: Analyzer {
    func analyze(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) async throws {}
}
