import EarshotConfig
import EarshotCore
import Foundation

/// The `classify` analyzer plugin: the built-in default rule pack, then rules from `rules_file:`,
/// then the rules under `rules:`.
public enum ClassifyPlugin {
    public static let factory = AnalyzerFactory(provides: [.labels, .team, .severity]) { setup in
        let s = setup.section
        var rules: [ClassifyRule] = []
        var packCount = 0   // the default pack's rules come first
        var ok = true
        if s.bool("default_rules") ?? true {
            switch defaultRules {
            case .success(let r): rules += r; packCount = r.count
            case .failure(let e):
                s.error(nil, "the built-in default rule pack is broken (a bug in this build): \(e)")
                ok = false
            }
        }
        // The default pack's sentiment rules stay silent without a sentiment analyzer (its phrase
        // rules still work), so `check` warns; a rule the user wrote with a sentiment limit would
        // never fire, so that is an error (in `parseRules`).
        let sentiment = setup.earlierAnalyzers.contains(.sentiment)
        if packCount > 0 && !sentiment {
            s.warning("type", "the default rule pack needs a sentiment analyzer listed before classify: without one intent/praise is never labelled and complaints are found by phrases alone (add `- type: sentiment` above this analyzer, or set default_rules: false)")
        }
        if let file = s.nonEmptyString("rules_file") {
            if let r = rulesFile(file, from: s, sentimentAvailable: sentiment) { rules += r } else { ok = false }
        }
        if let sections = s.sections("rules") {
            let r = parseRules(sections, sentimentAvailable: sentiment)
            if r.count < sections.count { ok = false }
            rules += r
        }
        if ok && rules.isEmpty {
            s.error(nil, "classify has no rules: keep default_rules: true, or add rules: or rules_file:")
            return nil
        }
        guard ok else { return nil }
        // The default pack's customer-intent labels do not apply to the company's own posts (a
        // reply apologising for "your broken order" is no complaint); its deflection rules apply
        // to them only, once brand handles say which posts are the brand's (a customer asking
        // "please DM me" deflects nothing). Every rule the user wrote applies to every post.
        let customerOnly = rules.indices.map { $0 < packCount && !brandLabels.contains(rules[$0].label) }
        let brandOnly = rules.indices.map { $0 < packCount && brandLabels.contains(rules[$0].label) }
        return ClassifyAnalyzer(rules: rules, customerOnly: customerOnly, brandOnly: brandOnly, brandHandles: setup.brandHandles)
    }

    /// Labels of the default pack that are about the company's own replies.
    static let brandLabels: Set<String> = ["intent/deflection"]

    /// The built-in pack (`default-rules.yaml`, embedded as `DefaultRules.yaml`), parsed once.
    public static let defaultRules: Result<[ClassifyRule], ConfigErrors> = parse(yaml: DefaultRules.yaml, file: "default-rules.yaml")

    /// Parses a YAML document with a top-level `rules:` list; problems carry `file:line:col`.
    public static func parse(yaml: String, file: String, environment: [String: String] = [:]) -> Result<[ClassifyRule], ConfigErrors> {
        let diags = Diagnostics()
        var rules: [ClassifyRule] = []
        if let root = YAMLLoader.parse(yaml, file: file, environment: environment, diagnostics: diags) {
            rules = parseDocument(ConfigSection(root, diagnostics: diags, environment: environment))
        }
        return diags.hasErrors ? .failure(ConfigErrors(diags.sorted)) : .success(rules)
    }

    private static func parseDocument(_ root: ConfigSection, sentimentAvailable: Bool = true) -> [ClassifyRule] {
        defer { root.finish() }
        guard let sections = root.sections("rules") else {
            root.error(nil, "a rules file needs a top-level rules: list")
            return []
        }
        return parseRules(sections, sentimentAvailable: sentimentAvailable)
    }

    /// Reads `rules_file`, relative to the directory of the config file that names it.
    private static func rulesFile(_ file: String, from s: ConfigSection, sentimentAvailable: Bool) -> [ClassifyRule]? {
        var path = file
        if !path.hasPrefix("/") {
            let dir = (s.location.file as NSString).deletingLastPathComponent
            if !dir.isEmpty { path = (dir as NSString).appendingPathComponent(path) }
        }
        let text: String
        do {
            text = try FileRead.utf8Text(path: path)
        } catch {
            s.error("rules_file", "rules_file: \(error.readingProblem)")
            return nil
        }
        let before = s.diagnostics.problems.count
        guard let root = YAMLLoader.parse(text, file: path, environment: s.environment, diagnostics: s.diagnostics) else { return nil }
        let rules = parseDocument(ConfigSection(root, diagnostics: s.diagnostics, environment: s.environment),
                                  sentimentAvailable: sentimentAvailable)
        return s.diagnostics.problems.count == before ? rules : nil
    }

    /// Rules that are valid; every problem of the others is reported. Without
    /// `sentimentAvailable` (no sentiment analyzer runs before classify), a sentiment limit is
    /// a problem: the rule could never fire.
    static func parseRules(_ sections: [ConfigSection], sentimentAvailable: Bool = true) -> [ClassifyRule] {
        if !sentimentAvailable {
            for r in sections {
                for key in ["sentiment_below", "sentiment_above"] where r.raw(key) != nil {
                    r.error(key, "\(r.path): \(key) needs the sentiment analyzer listed before classify under analyzers: (without it this rule never fires)")
                }
            }
        }
        return sections.compactMap(parseRule)
    }

    private static func parseRule(_ r: ConfigSection) -> ClassifyRule? {
        defer { r.finish() }
        let before = r.diagnostics.problems.count
        let label = r.nonEmptyString("label", required: true)
        if let label, let bad = label.unicodeScalars.first(where: { $0 == "," || $0.properties.generalCategory == .control }) {
            // Labels are listed comma-separated in `earshot analyze` TSV and in logfmt alert lines.
            let what = bad == "," ? "a comma" : "a control character (U+\(String(bad.value, radix: 16, uppercase: true)))"
            r.error("label", "\(r.path).label \"\(label)\": a label cannot contain \(what) (labels are listed comma-separated in alert lines and TSV); use / or - instead")
        }
        let name = r.nonEmptyString("name")
        let team = r.nonEmptyString("team")
        let severity = r.choice("severity", Severity.self)
        let field = r.choice("field", ClassifyRule.Field.self) ?? .all
        let lists = ["any", "all", "none", "also_any"].map { key -> [String] in
            let phrases = r.strings(key, splicing: true) ?? []
            if r.raw(key) != nil && phrases.isEmpty { r.error(key, "\(r.path).\(key) is an empty list; remove it or add phrases") }
            for p in phrases {
                if let why = FoldedPhrase.problem(with: p) { r.error(key, "\(r.path).\(key): phrase \"\(p)\": \(why)") }
            }
            return phrases
        }
        let regex = r.regex("regex")
        let below = r.double("sentiment_below", in: -1...1)
        let above = r.double("sentiment_above", in: -1...1)
        if let below, let above, below <= above {
            r.error("sentiment_below", "\(r.path): sentiment_below \(below) and sentiment_above \(above) leave no sentiment that fires the rule")
        }
        let conditionKeys = ["any", "all", "regex", "sentiment_below", "sentiment_above"]
        if !conditionKeys.contains(where: { r.raw($0) != nil }) {
            r.error(nil, "\(r.path): " + ClassifyRule.needsCondition(label ?? "?"))
        }
        if r.raw("also_any") != nil && r.raw("any") == nil {
            r.error("also_any", "\(r.path)." + ClassifyRule.alsoAnyNeedsAny)
        }
        if r.diagnostics.problems.count == before,
           let why = ClassifyRule.ruledOut(any: lists[0], alsoAny: lists[3], all: lists[1], none: lists[2]) {
            r.error("none", "\(r.path): the rule can never fire: \(why)")
        }
        guard let label, r.diagnostics.problems.count == before else { return nil }
        do {
            return try ClassifyRule(label: label, name: name, team: team, severity: severity, field: field,
                                    any: lists[0], alsoAny: lists[3], all: lists[1], none: lists[2], regex: regex,
                                    sentimentBelow: below, sentimentAbove: above)
        } catch {
            r.error(nil, "\(r.path): \(error.message)")
            return nil
        }
    }
}
