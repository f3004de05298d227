import EarshotConfig
import EarshotCore
import Foundation
import Logging

/// Analyzes and routes items: the part of the engine that a config reload replaces as a whole.
public struct Pipeline: Sendable {
    public let analyzers: [EarshotConfiguration.NamedAnalyzer]
    public let router: Router

    public init(analyzers: [EarshotConfiguration.NamedAnalyzer], router: Router) {
        self.analyzers = analyzers; self.router = router
    }

    public init(configuration c: EarshotConfiguration) {
        self.init(analyzers: c.analyzers, router: c.router)
    }

    /// Runs every analyzer in order. An analyzer that throws is logged and skipped: the item goes on
    /// with what the others found, so one broken analyzer never loses items.
    public func analyze(_ item: Item, context: AnalyzerContext) async -> Analysis {
        var analysis = Analysis()
        if let lang = item.language { analysis.language = lang }
        for a in analyzers {
            do {
                try await a.analyzer.analyze(item, &analysis, context: context)
            } catch {
                context.logger.warning("analyzer failed; item continues without it", metadata: [
                    "analyzer": "\(a.name)", "item": "\(item.id)", "error": "\(error)"])
            }
        }
        return analysis
    }

    /// The escalations the routes decide for one analyzed item.
    public func escalations(for subject: AnalyzedItem, now: Date) -> [(Escalation, [String])] {
        router.match(subject).map { m in
            let esc = Escalation(
                id: Escalation.stableID(route: m.route, itemIDs: [subject.item.id]),
                created: now, kind: .mention, route: m.route, severity: m.severity,
                team: subject.analysis.team, reasons: m.reasons, items: [subject])
            return (esc, m.sinks)
        }
    }
}
