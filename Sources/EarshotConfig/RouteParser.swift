import EarshotCore
import Foundation

/// Reads one entry of `routes:`.
enum RouteParser {
    /// `sources`: the names configured, which `when.source` must use. `knownLabels`: every label an
    /// analyzer may add, or nil when that is not known (a route on another label gets a warning).
    static func parse(_ s: ConfigSection, seenRoutes: inout [String: ConfigLocation], sinks: Set<String>, sources: Set<String>,
                      provided: Set<AnalysisField>, knownLabels: Set<String>?) -> Route? {
        let name = s.nonEmptyString("name", required: true)
        if let name {
            if let first = seenRoutes[name] {
                s.error("name", "duplicate route name \"\(name)\" (first defined at \(first))")
            } else {
                seenRoutes[name] = s.location(of: "name")
            }
        }
        let to = s.strings("to", required: true) ?? []
        if s.raw("to") != nil && to.isEmpty { s.error("to", "routes[].to must name at least one sink") }
        for sink in to where !sinks.contains(sink) {
            s.error("to", "route \"\(name ?? "?")\" sends to sink \"\(sink)\", which is not defined under sinks:\(Suggest.hint(for: sink, in: sinks))")
        }
        var listed = Set<String>()
        for sink in to where !listed.insert(sink).inserted {   // in config order; each name reported once
            s.error("to", "route \"\(name ?? "?")\" lists sink \"\(sink)\" more than once (an escalation is delivered once per sink)")
        }
        let severity = s.choice("severity", Severity.self)
        let cont = s.bool("continue") ?? false
        let duplicates = s.choice("duplicates", Route.DuplicateHandling.self)
        if s.raw("duplicates") != nil && !provided.contains(.duplicate) {
            s.error("duplicates", "\(s.path).duplicates needs the duplicates analyzer, which is not configured under analyzers: (no item would be a duplicate)")
        }
        for later in ["group_by", "group_wait", "repeat_interval", "escalate"] where s.raw(later) != nil {
            s.error(later, "\(later): grouping and escalation ladders are not part of this version of Earshot yet; remove the key")
        }
        var cond = RouteCondition()
        if let w = s.section("when") {
            cond = parseCondition(w, provided: provided)
            checkNames(w, cond, sources: sources, knownLabels: knownLabels)
            w.finish()
        }
        guard let name else { return nil }
        return Route(name: name, when: cond, to: to, severity: severity, continueMatching: cont, duplicates: duplicates ?? .fold)
    }

    /// Values of `when` that can never hold: a source that is not configured, something that is not a
    /// language tag (errors); a label no analyzer adds (a warning: an exec analyzer, say, may add it).
    static func checkNames(_ w: ConfigSection, _ c: RouteCondition, sources: Set<String>, knownLabels: Set<String>?) {
        for source in c.source ?? [] where !sources.contains(source) {
            w.error("source", "when.source: no source is named \"\(source)\"\(Suggest.hint(for: source, in: sources)); the sources are: \(sources.sorted().joined(separator: ", "))")
        }
        for tag in c.language ?? [] where !isLanguageTag(tag) {
            w.error("language", "when.language: \"\(tag)\" is not a language tag; use codes such as en, fr, pt-BR (und: undetermined)")
        }
        guard let knownLabels else { return }
        for (key, labels) in [("labels_any", c.labelsAny), ("labels_all", c.labelsAll)] {
            for label in labels ?? [] where !knownLabels.contains(label) {
                let adders = knownLabels.isEmpty ? "no analyzer adds labels" : "no analyzer adds the label \"\(label)\"\(Suggest.hint(for: label, in: knownLabels))"
                w.warning(key, "when.\(key): \(adders), so this never holds for it")
            }
        }
    }

    /// A BCP 47-like tag: a primary subtag of 2–3 letters, then subtags of 1–8 letters or digits
    /// separated by `-` (or `_`, as some sources write it).
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = parts.first, primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              (2...3).contains(primary.count) || (parts.count > 1 && ["x", "i"].contains(primary.lowercased())) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    static func parseCondition(_ w: ConfigSection, provided: Set<AnalysisField>) -> RouteCondition {
        var c = RouteCondition()
        c.labelsAny = w.strings("labels_any")
        c.labelsAll = w.strings("labels_all")
        c.team = w.strings("team")
        c.source = w.strings("source")
        c.language = w.strings("language")
        c.sentimentBelow = w.double("sentiment_below", in: -1...1)
        c.sentimentAbove = w.double("sentiment_above", in: -1...1)
        c.reachAtLeast = w.double("reach_at_least", in: 0...100)
        c.severityAtLeast = w.choice("severity_at_least", Severity.self)
        c.textMatches = w.regex("text_matches")
        c.duplicate = w.bool("duplicate")
        if w.raw("duplicate") != nil && !provided.contains(.duplicate) {
            w.error("duplicate", "when.duplicate needs the duplicates analyzer, which is not configured under analyzers: (no item would be a duplicate)")
        }
        if let kinds = w.strings("kind") {
            var out: [Escalation.Kind] = []
            for k in kinds {
                if let v = Escalation.Kind(rawValue: k) {
                    if v != .mention {
                        // Nothing in this version makes spike or sla escalations: such a route never matches.
                        w.error("kind", "when.kind: \(k) escalations (surges, unanswered complaints) are not part of this version of Earshot yet; only mention is produced")
                    }
                    out.append(v)
                } else {
                    let all = Escalation.Kind.allCases.map(\.rawValue)
                    w.error("kind", "when.kind: unknown kind \"\(k)\"\(Suggest.hint(for: k, in: all)); expected one of \(all.joined(separator: ", "))")
                }
            }
            c.kind = out
        }
        for (key, field, analyzer) in [("sentiment_below", AnalysisField.sentiment, "sentiment"),
                                       ("sentiment_above", .sentiment, "sentiment"),
                                       ("reach_at_least", .reach, "reach")]
        where w.raw(key) != nil && !provided.contains(field) {
            w.error(key, "when.\(key) needs the \(analyzer) analyzer, which is not configured under analyzers: (this route would never match)")
        }
        return c
    }
}
