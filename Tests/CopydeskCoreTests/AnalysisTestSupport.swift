import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Parses and analyses one fixture (markers removed) as `kind`.
func analyzeFixture(_ fixture: Fixture, kind: ArticleKind = .plainText, options: AnalysisOptions = AnalysisOptions())
    -> ArticleAnalysis
{
    ArticleAnalyzer.analyze(ArticleParser.parse(fixture.source, kind: kind), options: options)
}

extension ArticleAnalysis {
    /// The entity whose canonical name is `name`, if any.
    func entity(named name: String) -> ProseEntity? { entities.first { $0.canonicalName == name } }

    /// The canonical name of the entity a relation's source resolves to, if any.
    func speakerName(_ r: Attribution) -> String? { r.entity.map { entities[$0].canonicalName } }
}

/// Every range marked by a pair of the same emoji marker, in text order.
func markedRanges(_ fixture: Fixture) -> [TextRange] {
    var out: [TextRange] = []
    for (_, o) in fixture.offsets {
        var k = 0
        while k + 1 < o.count {
            out.append(TextRange(o[k], o[k + 1]))
            k += 2
        }
    }
    return out.sorted()
}

/// Checks that the ranges `actual` picks out of the analysis of `marked` are exactly the marked ranges.
/// Failures print the text of both sides.
func check(
    _ marked: String, kind: ArticleKind = .plainText, options: AnalysisOptions = AnalysisOptions(),
    sourceLocation: SourceLocation = #_sourceLocation, _ actual: (ArticleAnalysis) -> [TextRange]
) {
    let f = Fixture(marked)
    let a = analyzeFixture(f, kind: kind, options: options)
    let got = actual(a).sorted()
    let want = markedRanges(f)
    #expect(
        got == want, "got \(got.map { "«\(f.source[$0])»" }) want \(want.map { "«\(f.source[$0])»" })",
        sourceLocation: sourceLocation)
}
