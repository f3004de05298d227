import EarshotTesting
import Foundation
import Testing

/// The default rule pack with the real sentiment engine in front of it (the unit tests of the pack
/// set the sentiment by hand): praise needs a positive text, sarcastic thanks is a complaint, and
/// words in their everyday senses raise nothing.
@Suite struct DefaultPackChainTests {
    @Test func theDefaultChainLabelsWhatAPersonWould() async throws {
        let cases: [(String, String, Set<String>)] = [
            ("a", "Thank you so much, great service today!", ["intent/praise"]),
            ("b", "Perfect. Another 2 hour delay.", []),
            ("c", "Thanks for nothing", ["intent/complaint"]),
            ("d", "5/5 service, no complaints", ["intent/praise"]),
            ("e", "Got a shock when I opened this month's bill", ["intent/complaint"]),
            ("f", "My son swallowed a battery from your remote", ["intent/safety", "intent/complaint"]),   // a harm reported is a complaint too
            ("g", "cheers, all sorted now, brilliant", ["intent/praise"]),
        ]
        let input = cases.map { "\($0.0)\t\($0.1)\n" }.joined()
        let r = try await EarshotBinary.run(["analyze", "--format", "tsv"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let labels = Dictionary(AnalyzeCommandTests.columns(r.stdout).dropFirst().map { ($0[0], $0[6]) }, uniquingKeysWith: { a, _ in a })
        for (id, text, expected) in cases {
            let got = Set((labels[id] ?? "").split(separator: ",").map(String.init))
            #expect(got == expected, "\(text) → \(got)")
        }
    }
}
