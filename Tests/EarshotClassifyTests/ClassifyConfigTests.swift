import EarshotClassify
import EarshotConfig
import EarshotCore
import Foundation
import Testing

@Suite struct ClassifyConfigTests {
    @Test func buildsRulesFromConfigAfterTheDefaultPack() async throws {
        let config = try buildConfig("""
        analyzers:
          - type: classify
            rules:
              - label: topic/mileage
                name: mileage-words
                any: ["mileage", "fuel economy"]
                team: product
                severity: low
                field: text
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        let defaults = try ClassifyPlugin.defaultRules.get()
        #expect(analyzer.rules.count == defaults.count + 1)
        #expect(analyzer.rules.last?.name == "mileage-words")
        let a = try await run(analyzer, item("The FUEL  economy is poor"))
        #expect(a.labels == ["topic/mileage"] || a.labels.last == "topic/mileage")
        #expect(a.labelReasons["topic/mileage"] == "rule mileage-words")
    }

    /// A post by one of the company's accounts (brand.handles) gets the pack's deflection label but
    /// none of its customer-intent labels: an apology for "your broken order" is no complaint.
    /// The user's own rules still apply to it.
    @Test func brandPostsGetDeflectionButNoCustomerIntent() async throws {
        let config = try buildConfig("""
        brand:
          handles: ["@AcmeHelp"]
        analyzers:
          - type: classify
            rules:
              - { label: topic/orders, any: [order] }
              - { label: intent/deflection, any: [our wiki] }
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        let text = "So sorry your order arrived broken, that is terrible. Please DM us your order number."
        func labels(_ handle: String?) async throws -> Set<String> {
            let item = Item(source: "test", text: text, author: handle.map { Author(handle: $0) })
            return Set(try await run(analyzer, item, sentiment: -0.6).labels)
        }
        #expect(try await labels("@acmehelp") == ["intent/deflection", "topic/orders"])
        #expect(try await labels("acmehelp") == ["intent/deflection", "topic/orders"])
        // A customer who writes "DM us" deflects nothing: with brand handles known, deflection is
        // the brand's alone.
        let customer = try await labels("@jane")
        #expect(customer.contains("intent/complaint") && !customer.contains("intent/deflection"), "\(customer)")
        #expect(try await labels(nil) == customer)
        // A rule of the user's own applies to every post, whatever its label.
        let wiki = Item(source: "test", text: "it says so in our wiki", author: Author(handle: "@jane"))
        #expect(try await run(analyzer, wiki, sentiment: 0).labels == ["intent/deflection"])
    }

    @Test func defaultRulesCanBeTurnedOff() throws {
        let config = try buildConfig("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - label: x
                any: [x]
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        #expect(analyzer.rules.map(\.label) == ["x"])
    }

    @Test func noRulesAtAllIsAnError() {
        #expect(problems("""
        analyzers:
          - type: classify
            default_rules: false
        """) == "test.yaml:5:5: classify has no rules: keep default_rules: true, or add rules: or rules_file:")
    }

    @Test func unknownKeyHasDidYouMean() {
        let p = problems("""
        analyzers:
          - type: classify
            rules:
              - label: x
                anny: [a]
                any: [b]
        """)
        #expect(p == "test.yaml:8:9: unknown key \"anny\" in analyzers[0].rules[0] (did you mean \"any\"?)")
        #expect(problems("""
        analyzers:
          - type: classify
            default_rule: false
        """) == "test.yaml:6:5: unknown key \"default_rule\" in analyzers[0] (did you mean \"default_rules\"?)")
    }

    /// A phrase list anchored in one rule is reused in another with an alias, spliced in among
    /// that rule's own phrases; a list nested deeper, or a map, is an error that says where.
    @Test func anAnchoredPhraseListIsSplicedIntoAnother() async throws {
        let config = try buildConfig("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: churn, any: [cancel my plan], none: &keep [dont cancel, wont cancel] }
              - { label: leaving, any: [leaving, *keep], none: [*keep, not leaving] }
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        #expect(analyzer.rules[1].any.count == 3 && analyzer.rules[1].none.count == 3, "\(analyzer.rules[1])")
        #expect(try await run(analyzer, item("I am leaving, bye")).labels == ["leaving"])
        #expect(try await run(analyzer, item("I am leaving but I wont cancel my plan")).labels.isEmpty)
        #expect(try await run(analyzer, item("not leaving after all")).labels.isEmpty)
        #expect(try await run(analyzer, item("dont cancel me")).labels.isEmpty, "the alias as a phrase of any, and as a veto")

        #expect(problems("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: x, any: [a, [b, [c]]] }
        """) == "test.yaml:8:34: analyzers[0].rules[0].any[1][1] must be a single value, not a list (a list inside analyzers[0].rules[0].any is spliced in one level deep only)")
        #expect(problems("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: x, any: [a, {b: c}] }
        """) == "test.yaml:8:30: analyzers[0].rules[0].any[1] must be a single value, or a list of values to splice in (such as an alias *name), not a mapping")
    }

    /// `also_any` is a second group beside `any`: one phrase of each must occur; alone it is an error.
    @Test func alsoAnyNeedsOneOfEachGroup() async throws {
        let config = try buildConfig("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: x/food-object, any: [glass in, hair in], also_any: [salad, soup] }
        """).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        for (text, expected) in [("there was glass in my salad", true), ("hair in my face", false), ("a lovely soup", false),
                                 ("Hair in the SOUP!", true)] {
            #expect(try await run(analyzer, item(text)).hasLabel("x/food-object") == expected, "\(text)")
        }
        let bad = problems("""
        analyzers:
          - type: classify
            default_rules: false
            rules:
              - { label: y, all: [a], also_any: [b] }
        """)
        #expect(bad.contains("also_any needs any: it is a second group of phrases beside it (one of each must occur)"), "\(bad)")
    }

    /// A `none` phrase found wherever the rule's other phrases are means the rule never fires:
    /// an error, not a rule that silently does nothing.
    @Test func aRuleThatNoneRulesOutIsAnError() throws {
        func check(_ rule: String) -> String {
            problems("analyzers:\n  - type: classify\n    default_rules: false\n    rules:\n      - \(rule)\n")
        }
        #expect(check("{ label: a, any: [a], none: [a] }").contains("the rule can never fire: none rules out every phrase of any: \"a\" (by \"a\")"))
        #expect(check("{ label: r, any: [refund now, refunded], none: [refund*] }").contains("none rules out every phrase of any: \"refund now\" (by \"refund*\"), \"refunded\" (by \"refund*\")"))
        #expect(check("{ label: l, all: [very late, order], none: [LATE] }").contains("none: \"LATE\" occurs wherever all: \"very late\" does"))
        #expect(check("{ label: f, any: [glass in], also_any: [salad], none: [salad] }").contains("every phrase of also_any"))
        // Not ruled out: another phrase of any can still fire, a longer none phrase, a prefix
        // phrase that a whole word does not cover, none beside a regex only.
        for fine in ["{ label: a, any: [a, b], none: [a] }", "{ label: b, any: [late], none: [very late] }",
                     "{ label: c, any: [refund*], none: [refund] }", "{ label: d, regex: 'x+', none: [x] }"] {
            #expect(check(fine).isEmpty, "\(fine): \(check(fine))")
        }
        #expect(throws: ClassifyRule.Invalid.self) { try ClassifyRule(label: "z", all: ["a b"], none: ["b"]) }
    }

    @Test func ruleWithoutConditionIsAnError() {
        let p = problems("""
        analyzers:
          - type: classify
            rules:
              - label: a
                any: [a]
              - label: lonely
                none: [b]
        """)
        #expect(p == "test.yaml:9:9: analyzers[0].rules[1]: rule \"lonely\" has nothing to match: give it at least one of any, all, regex, sentiment_below, sentiment_above")
    }

    @Test func missingLabelIsAnError() {
        #expect(problems("""
        analyzers:
          - type: classify
            rules:
              - any: [a]
        """) == "test.yaml:7:9: analyzers[0].rules[0].label is required")
    }

    @Test func aCommaInALabelIsAnError() {
        #expect(problems("""
        analyzers:
          - type: classify
            rules:
              - label: "billing, refunds"
                any: [refund]
        """) == "test.yaml:7:16: analyzers[0].rules[0].label \"billing, refunds\": a label cannot contain a comma (labels are listed comma-separated in alert lines and TSV); use / or - instead")
        // A tab (a YAML escape in double quotes) would split a TSV row.
        #expect(problems("""
        analyzers:
          - type: classify
            rules:
              - label: "billing\\trefunds"
                any: [refund]
        """).contains("a label cannot contain a control character (U+9)"))
    }

    @Test func badSeverityIsAnError() {
        #expect(problems("""
        analyzers:
          - type: classify
            rules:
              - label: a
                any: [a]
                severity: hgih
        """) == "test.yaml:9:19: analyzers[0].rules[0].severity: unknown value \"hgih\" (did you mean \"high\"?); expected one of low, medium, high, critical")
    }

    @Test func badFieldIsAnError() {
        #expect(problems("""
        analyzers:
          - type: classify
            rules:
              - label: a
                any: [a]
                field: body
        """) == "test.yaml:9:16: analyzers[0].rules[0].field: unknown value \"body\"; expected one of text, title, all")
    }

    @Test func badRegexIsAnError() {
        let p = problems("""
        analyzers:
          - type: classify
            rules:
              - label: a
                regex: "order (\\\\d+"
        """)
        #expect(p.hasPrefix("test.yaml:8:16: analyzers[0].rules[0].regex: invalid regular expression \"order (\\d+\""), "\(p)")
    }

    @Test func badPhrasesAreErrors() {
        let p = problems("""
        analyzers:
          - type: classify
            rules:
              - label: a
                any: ["re*fund", "ok"]
                all: ["?!"]
                none: []
        """)
        #expect(p == """
        test.yaml:8:14: analyzers[0].rules[0].any: phrase "re*fund": "*" may only end a phrase ("refund*" matches refunds, refunded)
        test.yaml:9:14: analyzers[0].rules[0].all: phrase "?!": the phrase has no letters or digits to match
        test.yaml:10:15: analyzers[0].rules[0].none is an empty list; remove it or add phrases
        """)
    }

    @Test func sentimentLimitsAreChecked() {
        #expect(problems("""
        analyzers:
          - type: sentiment
          - type: classify
            rules:
              - label: a
                sentiment_below: -2
        """) == "test.yaml:9:26: analyzers[1].rules[0].sentiment_below must be between -1.0 and 1.0, not -2")
        #expect(problems("""
        analyzers:
          - type: sentiment
          - type: classify
            rules:
              - label: a
                sentiment_below: -0.5
                sentiment_above: 0.5
        """) == "test.yaml:9:26: analyzers[1].rules[0]: sentiment_below -0.5 and sentiment_above 0.5 leave no sentiment that fires the rule")
    }

    /// A rule the user wrote with a sentiment limit never fires without a sentiment analyzer
    /// before classify; the default pack's sentiment rules may stay silent (its phrases still work).
    @Test func sentimentLimitsNeedSentimentBeforeClassify() {
        let rule = """
          - type: classify
            rules:
              - label: angry
                any: [bill]
                sentiment_below: -0.3
        """
        let needs = "sentiment_below needs the sentiment analyzer listed before classify under analyzers: (without it this rule never fires)"
        #expect(problems("analyzers:\n" + rule) == "test.yaml:9:26: analyzers[0].rules[0]: " + needs)
        #expect(problems("analyzers:\n" + rule + "\n  - type: sentiment") == "test.yaml:9:26: analyzers[0].rules[0]: " + needs)
        #expect(problems("analyzers:\n  - type: sentiment\n" + rule) == "")
        #expect(problems("analyzers:\n  - type: classify") == "")
    }

    @Test func rulesFileIsReadRelativeToTheConfigWithItsOwnPositions() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("classify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        # team rules
        rules:
          - label: topic/battery
            any: [battery, charging]
          - label: topic/screen
            any: [screen]
            sevrity: high
        """.write(to: dir.appendingPathComponent("team-rules.yaml"), atomically: true, encoding: .utf8)
        let configPath = dir.appendingPathComponent("earshot.yaml").path
        let yaml = idleSource + """
        analyzers:
          - type: classify
            default_rules: false
            rules_file: team-rules.yaml
        """
        let bad = ConfigBuilder.build(text: yaml, file: configPath, registry: testRegistry, environment: [:])
        guard case .failure(let e) = bad else { Issue.record("a misspelt key in the rules file must fail"); return }
        #expect(e.description == "\(dir.path)/team-rules.yaml:7:5: unknown key \"sevrity\" in rules[1] (did you mean \"severity\"?)")

        try """
        rules:
          - label: topic/battery
            any: [battery, charging]
        """.write(to: dir.appendingPathComponent("team-rules.yaml"), atomically: true, encoding: .utf8)
        let config = try ConfigBuilder.build(text: yaml, file: configPath, registry: testRegistry, environment: [:]).get()
        let analyzer = try #require(config.analyzers.first?.analyzer as? ClassifyAnalyzer)
        #expect(try await run(analyzer, item("Battery drains fast")).labels == ["topic/battery"])
    }

    @Test func rulesFileProblems() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("classify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let configPath = dir.appendingPathComponent("earshot.yaml").path
        func build(_ file: String) -> String {
            let yaml = idleSource + "analyzers:\n  - type: classify\n    rules_file: \(file)\n"
            switch ConfigBuilder.build(text: yaml, file: configPath, registry: testRegistry, environment: [:]) {
            case .success: return ""
            case .failure(let e): return e.description
            }
        }
        #expect(build("missing.yaml") == "\(configPath):6:17: rules_file: cannot read \(dir.path)/missing.yaml: no such file")
        try "labels: []\n".write(to: dir.appendingPathComponent("wrong.yaml"), atomically: true, encoding: .utf8)
        #expect(build("wrong.yaml") == """
        \(dir.path)/wrong.yaml:1:1: a rules file needs a top-level rules: list
        \(dir.path)/wrong.yaml:1:1: unknown key "labels"
        """)
        try "rules:\n  - label: x\n    any: [a\n".write(to: dir.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        #expect(build("broken.yaml").hasPrefix("\(dir.path)/broken.yaml:4:1: YAML syntax error"))
    }

    /// The default pack without a sentiment analyzer before it loads, with a warning at classify's `type`.
    @Test func defaultPackWithoutSentimentIsAWarning() throws {
        func warnings(_ analyzers: String) throws -> [String] {
            try buildConfig("analyzers:\n" + analyzers).get().warnings.map(\.description)
        }
        let alone = try warnings("  - type: classify\n")
        #expect(alone.count == 1)
        #expect(alone.first?.hasPrefix("test.yaml:5:11: the default rule pack needs a sentiment analyzer listed before classify") == true, "\(alone)")
        #expect(try warnings("  - type: classify\n  - type: sentiment\n").count == 1, "after classify is too late")
        #expect(try warnings("  - type: sentiment\n  - type: classify\n").isEmpty)
        #expect(try warnings("  - type: classify\n    default_rules: false\n    rules: [{label: x, any: [y]}]\n").isEmpty)
    }

    @Test func sampleConfigBuilds() throws {
        let sample = try repoFile("plugins/analyzers/classify/sample.yaml")
        let config = try buildConfig(sample, file: "sample.yaml").get()
        #expect(config.analyzers.map(\.type) == ["sentiment", "classify"])
    }
}
