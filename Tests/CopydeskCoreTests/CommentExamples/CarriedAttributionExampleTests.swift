import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/CarriedAttribution.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// CarriedAttribution.swift — a sentence with no attribution of its own that opens with "In addition, …" keeps the
/// previous sentence's source: the carried attribution's cue is "In addition", its speaker the previous one's, and
/// the sentence's claim is sourced.
@Test func carriedAttributionInAddition() {
    let f = Fixture("Headline\n\nClark said the plan had failed. 1️⃣In addition1️⃣, 40 workers lost their jobs.\n")
    let a = analyzeFixture(f)
    let carried = a.attributions.filter { $0.kind == .carried }
    #expect(carried.map(\.cueRange) == [f.range("1️⃣")])
    #expect(carried.map { a.speakerName($0) } == ["Clark"])
    exampleSourced("Clark said the plan had failed. In addition, 40 workers lost their jobs.", [true])
}
