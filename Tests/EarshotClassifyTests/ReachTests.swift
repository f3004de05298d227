import EarshotCore
import EarshotReach
import Foundation
import Testing

@Suite struct ReachTests {
    func reachOf(followers: Int?, likes: Int? = nil, shares: Int? = nil, replies: Int? = nil,
                 _ analyzer: ReachAnalyzer = ReachAnalyzer()) async throws -> Double? {
        let metrics = (likes ?? shares ?? replies) == nil ? nil : Metrics(likes: likes, shares: shares, replies: replies)
        let i = Item(source: "t", text: "x", author: followers.map { Author(handle: "a", followers: $0) }, metrics: metrics)
        return try await run(analyzer, i).reach
    }

    @Test func followsTheDocumentedFormula() async throws {
        // 0.6 × log10(1+1000)/6 + 0.4 × log10(1 + 10 + 2·5 + 2·5)/4, × 100.
        let expected = 100 * (0.6 * log10(1001.0) / log10(1_000_001.0) + 0.4 * log10(31.0) / log10(10_001.0))
        let r = try #require(try await reachOf(followers: 1000, likes: 10, shares: 5, replies: 5))
        #expect(abs(r - expected) < 0.06)
    }

    @Test func staysWithin0And100() async throws {
        #expect(try await reachOf(followers: 0, likes: 0) == 0)
        #expect(try await reachOf(followers: 500_000_000, likes: 9_000_000, shares: 1_000_000) == 100)
        #expect(try await reachOf(followers: -5) == 0)
    }

    @Test func growsWithFollowersAndEngagement() async throws {
        let small = try #require(try await reachOf(followers: 100))
        let big = try #require(try await reachOf(followers: 100_000))
        let viral = try #require(try await reachOf(followers: 100, likes: 5_000, shares: 800))
        #expect(small < big)
        #expect(small < viral)
    }

    @Test func unknownAudienceLeavesReachUnset() async throws {
        #expect(try await reachOf(followers: nil) == nil)
        let i = Item(source: "t", text: "x", author: Author(handle: "a"), metrics: Metrics())
        #expect(try await run(ReachAnalyzer(), i).reach == nil)
    }

    @Test func weightsComeFromConfig() async throws {
        let config = try buildConfig("""
        analyzers:
          - type: reach
            followers_weight: 1
            engagement_weight: 0
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ReachAnalyzer)
        #expect(analyzer.followersWeight == 1 && analyzer.engagementWeight == 0)
        // Engagement no longer counts.
        #expect(try await reachOf(followers: 0, likes: 10_000, analyzer) == 0)
    }

    @Test func configErrors() {
        #expect(problems("""
        analyzers:
          - type: reach
            follower_weight: 2
        """) == "test.yaml:6:5: unknown key \"follower_weight\" in analyzers[0] (did you mean \"followers_weight\"?)")
        #expect(problems("""
        analyzers:
          - type: reach
            followers_weight: 0
            engagement_weight: 0
        """) == "test.yaml:6:23: analyzers[0]: followers_weight and engagement_weight are both 0; give at least one a positive weight")
        #expect(problems("""
        analyzers:
          - type: reach
            engagement_weight: lots
        """) == "test.yaml:6:24: analyzers[0].engagement_weight must be a number, not \"lots\"")
    }

    @Test func sampleConfigBuilds() throws {
        let sample = try repoFile("plugins/analyzers/reach/sample.yaml")
        let config = try buildConfig(sample, file: "sample.yaml").get()
        #expect(config.analyzers.map(\.type) == ["reach"])
    }
}
