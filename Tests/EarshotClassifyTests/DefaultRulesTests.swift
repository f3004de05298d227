import EarshotClassify
import EarshotConfig
import EarshotCore
import Foundation
import Testing

@Suite struct DefaultRulesTests {
    @Test func embeddedPackMatchesTheYAMLFile() throws {
        let file = try repoFile("plugins/analyzers/classify/default-rules.yaml")
        let upToDate = file == DefaultRules.yaml
        #expect(upToDate,
                "DefaultRules.swift is out of date with default-rules.yaml: run plugins/analyzers/classify/generate-default-rules.sh")
    }

    /// The pack, aliases expanded, stays far below the limit a YAML file may hold
    /// (`YAMLLoader.maxValues`), which its doc comment sizes against this pack (2,534 values).
    @Test func thePackIsFarBelowTheYAMLValueLimit() throws {
        let diagnostics = Diagnostics()
        let root = try #require(YAMLLoader.parse(DefaultRules.yaml, file: "default-rules.yaml", environment: [:], diagnostics: diagnostics))
        func count(_ n: ConfigNode) -> Int {
            switch n.value {
            case .null, .scalar: return 1
            case .sequence(let items): return 1 + items.reduce(0) { $0 + count($1) }
            case .mapping(let entries): return 1 + entries.reduce(0) { $0 + count($1.value) }
            }
        }
        let values = count(root)
        #expect(!diagnostics.hasErrors)
        #expect(values > 1_000 && values < YAMLLoader.maxValues / 50, "\(values) values")
    }

    @Test func everyDefaultRuleIsValid() throws {
        let rules = try ClassifyPlugin.defaultRules.get()
        let file = try repoFile("plugins/analyzers/classify/default-rules.yaml")
        // Each `- name:` entry in the file became a rule.
        let entries = file.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- name:") }
        #expect(rules.count == entries.count)
        let labels = Set(rules.map(\.label))
        #expect(labels == ["intent/complaint", "intent/question", "intent/praise", "intent/churn",
                           "intent/legal", "intent/safety", "intent/deflection"])
        for r in rules {
            #expect(!r.any.isEmpty || r.regex != nil || r.sentimentBelow != nil, "rule \(r.name) has nothing to match")
        }
        #expect(rules.first { $0.label == "intent/churn" }?.team == "support")
        #expect(rules.first { $0.label == "intent/legal" }?.team == "legal")
        #expect(rules.filter { $0.label == "intent/safety" }.allSatisfy { $0.team == "product" && $0.severity! >= .high })
        #expect(rules.filter { $0.label == "intent/legal" }.allSatisfy { $0.severity! >= .high })
        #expect(rules.filter { $0.label == "intent/complaint" }.allSatisfy { $0.team == "support" })
    }

    static let examples: [(String, Double?, [String], [String])] = [
        // text, sentiment, labels it must have, labels it must not have
        ("My package still hasn't arrived and it's been two weeks", nil, ["intent/complaint"], ["intent/praise"]),
        ("The app keeps crashing every time I open it", nil, ["intent/complaint"], []),
        ("I was charged twice for the same order", nil, ["intent/complaint"], []),
        ("Why is my internet slow again", -0.1, ["intent/complaint"], []),
        ("Why is my internet slow again", nil, [], ["intent/complaint"]),
        ("Still nothing from you about my parcel", -0.1, ["intent/complaint"], []),
        ("Still nothing from you about my parcel", 0.6, [], ["intent/complaint"]),
        ("This news is miserable", -0.6, [], ["intent/complaint"]),
        ("Sorry to hear that! Please DM us your order number and we'll look into it.", -0.3,
         ["intent/deflection"], ["intent/complaint"]),
        ("Hi there, please call our hotline so the team can help", nil, ["intent/deflection"], []),
        ("Have a look at our FAQ page for this", nil, ["intent/deflection"], []),
        ("Please DM me, I have been waiting a week", -0.4, ["intent/complaint"], ["intent/deflection"]),
        ("I can't recall the email I signed up with, can you help?", nil, ["intent/question"], ["intent/safety"]),
        ("I'm a lawyer and use it for all my case notes, love it", 0.6, ["intent/praise"], ["intent/legal"]),
        ("Can I cancel my order and rebook it for Friday?", nil, ["intent/question"], ["intent/churn"]),
        ("I'll be cancelling my membership at the end of the month", nil, ["intent/churn"], []),
        ("5/5 service, no complaints", 0.4, ["intent/praise"], ["intent/complaint"]),
        ("Does the pro plan include international calls", nil, ["intent/question"], []),
        ("Can you believe how fast this arrived!", 0.8, [], ["intent/question"]),
        ("Not gonna lie, the support on live chat was amazing", 0.6, ["intent/praise"], []),
        ("not great, the app is still broken", -0.5, ["intent/complaint"], ["intent/praise"]),
        // Words in their everyday senses (the sentiments are what the engine gives, roughly).
        ("Got a shock when I opened this month's bill", -0.3, [], ["intent/safety"]),
        ("Swallowed my pride and called support again", 0.0, [], ["intent/safety"]),
        ("My mum is in hospital and I need to change her delivery address", -0.3, [], ["intent/safety"]),
        ("Bleeding money on these data charges", -0.3, [], ["intent/safety"]),
        ("My son swallowed a battery from your remote", -0.3, ["intent/safety"], []),
        ("Perfect. Another 2 hour delay.", 0.57, [], ["intent/praise"]),
        ("Thanks in advance, I need help resetting my password", 0.4, [], ["intent/praise"]),
        ("Thank you for not delivering my order", 0.3, [], ["intent/praise"]),
        ("Can't recommend them, the router still doesn't connect", -0.3, ["intent/complaint"], []),
        // Earnest praise written with a negation is not also a complaint.
        ("Cannot fault them", 0.26, ["intent/praise"], ["intent/complaint"]),
        ("Can't recommend them enough", -0.39, ["intent/praise"], ["intent/complaint"]),
        ("My phone battery is swollen", -0.34, ["intent/safety"], []),
        ("My lawyer will be in touch. You've cost me my job with this missed delivery", -0.4, ["intent/legal"], []),
        ("I bought it in store last week and it already broke", -0.4, [], ["intent/deflection"]),
        ("The contractor cancelled my appointment again", -0.2, [], ["intent/churn"]),
        ("Uber drivers keep cancelling my ride", -0.2, [], ["intent/churn"]),
        ("My bank flagged it as fraud and blocked the card", -0.6, [], ["intent/legal"]),
        ("Please see our FAQ, or contact support at help@example.com", nil, ["intent/deflection"], []),
        ("I'm cancelling my subscription and switching to another provider", nil, ["intent/churn"], []),
        ("My flight was cancelled, I need a new one", nil, ["intent/complaint"], ["intent/churn"]),
        ("I've spoken to my lawyer about this", nil, ["intent/legal"], []),
        ("Reporting you to the regulator", nil, ["intent/legal"], []),
        ("My charger caught fire last night", nil, ["intent/safety"], []),
        ("Is this model part of the recall?", nil, ["intent/safety", "intent/question"], []),
        ("How do I change my delivery address", nil, ["intent/question"], ["intent/complaint"]),
        ("Thank you so much, great service today!", 0.9, ["intent/praise"], ["intent/complaint"]),
        ("Thanks for nothing", -0.2, ["intent/complaint"], ["intent/praise"]),
        ("Fantastic hospitality at the hotel", 0.8, ["intent/praise"], ["intent/safety"]),
        ("just had lunch with friends", 0.0, [], ["intent/complaint", "intent/question", "intent/praise", "intent/churn",
                                                  "intent/legal", "intent/safety", "intent/deflection"]),
    ]

    @Test(arguments: examples)
    func defaultPackLabels(_ example: (String, Double?, [String], [String])) async throws {
        let (text, sentiment, must, mustNot) = example
        let analyzer = ClassifyAnalyzer(rules: try ClassifyPlugin.defaultRules.get())
        let a = try await run(analyzer, item(text), sentiment: sentiment)
        for l in must { #expect(a.hasLabel(l), "\(text) → \(a.labels), expected \(l)") }
        for l in mustNot { #expect(!a.hasLabel(l), "\(text) → \(a.labels), did not expect \(l)") }
    }

    @Test func safetyIsCriticalForProduct() async throws {
        let a = try await run(ClassifyAnalyzer(rules: try ClassifyPlugin.defaultRules.get()),
                              item("the battery exploded and my son was injured"))
        #expect(a.severity == .critical)
        #expect(a.team == "product")
    }

    @Test func aLegalThreatInsideAComplaintGoesToLegal() async throws {
        let a = try await run(ClassifyAnalyzer(rules: try ClassifyPlugin.defaultRules.get()),
                              item("Your product is broken and support never answered. I have contacted my lawyer."), sentiment: -0.7)
        #expect(a.hasLabel("intent/complaint"))
        #expect(a.hasLabel("intent/legal"))
        #expect(a.team == "legal")
    }
}
