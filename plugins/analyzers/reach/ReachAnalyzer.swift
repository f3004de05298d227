import EarshotConfig
import EarshotCore
import Foundation

/// Scores how many people a mention reaches, 0–100, from the author's followers and the item's
/// engagement, both on a log scale (see README.md for the formula).
///
/// An item with neither a follower count nor metrics gets no reach (routes with
/// `reach_at_least` then do not match it); a missing half counts as zero.
public struct ReachAnalyzer: SynchronousAnalyzer {
    public let followersWeight: Double
    public let engagementWeight: Double
    /// Followers at which the followers part is full (1.0).
    public let followersSaturation: Double
    /// Engagement at which the engagement part is full (1.0).
    public let engagementSaturation: Double

    public static let defaultFollowersWeight = 0.6
    public static let defaultEngagementWeight = 0.4
    public static let defaultFollowersSaturation = 1_000_000.0
    public static let defaultEngagementSaturation = 10_000.0

    /// Weights must not be negative and not both zero; saturations must be at least 1.
    public init(followersWeight: Double = defaultFollowersWeight, engagementWeight: Double = defaultEngagementWeight,
                followersSaturation: Double = defaultFollowersSaturation,
                engagementSaturation: Double = defaultEngagementSaturation) {
        precondition(followersWeight >= 0 && engagementWeight >= 0 && followersWeight + engagementWeight > 0)
        precondition(followersSaturation >= 1 && engagementSaturation >= 1)
        self.followersWeight = followersWeight
        self.engagementWeight = engagementWeight
        self.followersSaturation = followersSaturation
        self.engagementSaturation = engagementSaturation
    }

    public func analyzeNow(_ item: Item, _ analysis: inout Analysis, context: AnalyzerContext) throws {
        if let r = reach(of: item) { analysis.reach = r }
    }

    /// Engagement as counted here: likes + 2 × shares + 2 × replies (a share or a reply puts the
    /// mention in front of more people than a like).
    public static func engagement(_ m: Metrics) -> Double {
        Double(max(0, m.likes ?? 0)) + 2 * Double(max(0, m.shares ?? 0)) + 2 * Double(max(0, m.replies ?? 0))
    }

    /// The reach of `item`, or nil when it says nothing about followers or engagement.
    public func reach(of item: Item) -> Double? {
        let followers = item.author?.followers
        let metrics = item.metrics
        let hasMetrics = metrics.map { $0.likes != nil || $0.shares != nil || $0.replies != nil } ?? false
        guard followers != nil || hasMetrics else { return nil }
        let f = Self.part(Double(max(0, followers ?? 0)), saturation: followersSaturation)
        let e = Self.part(metrics.map(Self.engagement) ?? 0, saturation: engagementSaturation)
        let score = 100 * (followersWeight * f + engagementWeight * e) / (followersWeight + engagementWeight)
        return (score * 10).rounded() / 10
    }

    /// log10(1 + x) / log10(1 + saturation), capped at 1.
    static func part(_ x: Double, saturation: Double) -> Double {
        min(1, log10(1 + x) / log10(1 + saturation))
    }
}

/// The `reach` analyzer plugin.
public enum ReachPlugin {
    public static let factory = AnalyzerFactory(provides: [.reach]) { setup in
        let s = setup.section
        let before = s.diagnostics.problems.count
        let fw = s.double("followers_weight", in: 0...1_000) ?? ReachAnalyzer.defaultFollowersWeight
        let ew = s.double("engagement_weight", in: 0...1_000) ?? ReachAnalyzer.defaultEngagementWeight
        let fs = s.double("followers_saturation", in: 1...1e12) ?? ReachAnalyzer.defaultFollowersSaturation
        let es = s.double("engagement_saturation", in: 1...1e12) ?? ReachAnalyzer.defaultEngagementSaturation
        if fw + ew <= 0 {
            s.error("followers_weight", "\(s.path): followers_weight and engagement_weight are both 0; give at least one a positive weight")
            return nil
        }
        if s.diagnostics.problems.count > before { return nil }
        return ReachAnalyzer(followersWeight: fw, engagementWeight: ew, followersSaturation: fs, engagementSaturation: es)
    }
}
