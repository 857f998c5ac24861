import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Checks for the examples the analysis code quotes in its comments (`CommentExampleCoverageTests.swift` finds the
// ones no test holds). Each takes one paragraph; a headline is put before it. Markers as in `Fixture`: a pair of
// the same emoji marker (1️⃣…1️⃣) delimits a range.

/// The claims' cue ranges in `marked` are exactly the marked ranges (none when nothing is marked).
func exampleClaims(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in a.claims.map(\.cueRange) }
}

/// Whether each claim of `text` is sourced, in text order.
func exampleSourced(_ text: String, _ want: [Bool], sourceLocation: SourceLocation = #_sourceLocation) {
    let a = analyzeFixture(Fixture("Headline\n\n" + text))
    let got = a.claims.map(\.isSourced)
    #expect(
        got == want, "sourced \(got) want \(want) for \(a.claims.map { "«\(a.text[$0.cueRange])»" })",
        sourceLocation: sourceLocation)
}

/// The kind of each claim of `text`, in text order (`Claim.Reason`'s case names: "forecast", "quantity", …).
func exampleReasons(_ text: String, _ want: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let a = analyzeFixture(Fixture("Headline\n\n" + text))
    let got = a.claims.map { "\($0.reason)" }
    #expect(
        got == want, "kinds \(got) want \(want) for \(a.claims.map { "«\(a.text[$0.cueRange])»" })",
        sourceLocation: sourceLocation)
}

/// The vague attributions' ranges in `marked` are exactly the marked ranges.
func exampleVague(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in a.vagueAttributions.map(\.range) }
}

/// The body sentences of `marked` are exactly the marked ranges.
func exampleSentences(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in
        a.sentences.filter { !$0.isHeadline }.map(\.range)
    }
}

/// The quotes of `marked` are exactly the marked ranges (quote marks included).
func exampleQuotes(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in a.quotes.map(\.range) }
}

/// The speakers (the names inside the sources) of the relations in `marked` are exactly the marked ranges.
func exampleSpeakers(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in
        relations(a).compactMap(\.speakerRange)
    }
}

/// `text` has an entity named `name` of `kind` (`nil`: no entity of that name).
func exampleEntity(
    _ text: String, _ name: String, _ kind: ProseEntity.Kind?, sourceLocation: SourceLocation = #_sourceLocation
) {
    let a = analyzeFixture(Fixture("Headline\n\n" + text))
    let got = a.entity(named: name)?.kind
    let all = a.entities.map { "\($0.canonicalName) (\($0.kind))" }
    #expect(
        got == kind, "entity «\(name)»: \(String(describing: got)), entities \(all)", sourceLocation: sourceLocation)
}

/// The relation whose cue phrase is marked 1️⃣…1️⃣ in `marked` has as its source the entity named `name` (nil: none).
func exampleResolves(_ marked: String, _ name: String?, sourceLocation: SourceLocation = #_sourceLocation) {
    let f = Fixture("Headline\n\n" + marked + "\n")
    let a = analyzeFixture(f)
    let cue = f.range("1️⃣")
    guard let r = relations(a).first(where: { ($0.cuePhraseRange ?? $0.cueRange) == cue }) else {
        Issue.record("no relation with cue «\(f.source[cue])»", sourceLocation: sourceLocation)
        return
    }
    #expect(
        a.speakerName(r) == name, "resolves to \(a.speakerName(r) ?? "none"), want \(name ?? "none")",
        sourceLocation: sourceLocation)
}
