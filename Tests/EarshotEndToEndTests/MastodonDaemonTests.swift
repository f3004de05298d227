import EarshotTesting
import Foundation
import Synchronization
import Testing

/// A minimal Mastodon instance on 127.0.0.1: the #acme tag timeline, newest first, honouring min_id.
private final class TagTimeline: Sendable {
    private let statuses = Mutex<[(id: Int, acct: String, html: String)]>([])

    func post(_ id: Int, _ acct: String, _ html: String) { statuses.withLock { $0.append((id, acct, html)) } }

    func answer(_ req: TestHTTPServer.Request) -> TestHTTPServer.Response {
        guard req.path == "/api/v1/timelines/tag/acme" else { return .status(404, body: "{\"error\": \"Record not found\"}") }
        let minID = req.query["min_id"].flatMap(Int.init) ?? 0
        let page = statuses.withLock { $0 }.filter { $0.id > minID }.sorted { $0.id > $1.id }
        let body = "[" + page.map { s in
            let user = String(s.acct.split(separator: "@")[0])
            let content = String(decoding: try! JSONEncoder().encode(s.html), as: UTF8.self)
            return """
            {"id": "\(s.id)", "created_at": "2026-11-22T10:00:00.000Z", "in_reply_to_id": null, "sensitive": false,
             "spoiler_text": "", "visibility": "public", "language": "en", "uri": "https://remote.example/users/\(user)/statuses/\(s.id)",
             "url": "https://remote.example/@\(user)/\(s.id)", "replies_count": 0, "reblogs_count": 4, "favourites_count": 9,
             "content": \(content), "reblog": null, "account": {"id": "7", "username": "\(user)", "acct": "\(s.acct)",
             "display_name": "\(user)", "followers_count": 2500, "url": "https://remote.example/@\(user)"},
             "media_attachments": [], "mentions": [], "tags": [], "emojis": []}
            """
        }.joined(separator: ",") + "]"
        return .ok(body, type: "application/json; charset=utf-8")
    }
}

@Suite(.serialized) struct MastodonDaemonTests {
    @Test func pollsAHashtagTimelineAndResumesFromItsCursorAfterARestart() async throws {
        let timeline = TagTimeline()
        timeline.post(101, "jane@remote.example", "<p>I will cancel my plan, <a href=\"https://x\">#acme</a> keeps crashing</p>")
        timeline.post(102, "li@remote.example", "<p>Lovely day with <a href=\"https://x\">#acme</a></p>")
        let server = try await TestHTTPServer { timeline.answer($0) }
        defer { Task { await server.shutdown() } }

        let dir = try daemonDirectory("earshot-e2e-mastodon", sources: """
              - name: masto
                type: mastodon
                instance: http://127.0.0.1:\(server.port)
                hashtag: acme
                interval: 10s
            """)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let alerts = dir + "/alerts.log"

        var daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the churn post escalated") { lines(alerts).count == 1 }
        let first = lines(alerts)
        #expect(first[0].contains("route=churn-risk") && first[0].contains("source=masto") && first[0].contains("author=@jane@remote.example"), "\(first[0])")
        #expect(first[0].contains("https://remote.example/@jane/101"))
        var (status, _) = try await daemon.terminate()
        #expect(status == 0)

        // Restart: the saved min_id is sent, only the new post is read, nothing escalates twice.
        timeline.post(103, "bob@remote.example", "<p>Switching to a competitor, <a href=\"https://x\">#acme</a> support never answers</p>")
        let before = server.requests.count
        daemon = try Daemon(config: "earshot.yaml", cwd: dir)
        try await waitFor("the new post escalated") { lines(alerts).count == 2 }
        #expect(server.requests[before].query["min_id"] == "102", "the cursor survives a restart")
        try await Task.sleep(for: .milliseconds(300))
        (status, _) = try await daemon.terminate()
        #expect(status == 0)
        let after = lines(alerts)
        #expect(after.count == 2)
        #expect(after[1].contains("author=@bob@remote.example"))
    }
}
