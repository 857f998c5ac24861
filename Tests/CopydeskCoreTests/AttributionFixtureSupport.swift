import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// The relations of an analysis in the PolNeAR sense (implicit quote speakers and carried sources aside).
func relations(_ a: ArticleAnalysis) -> [Attribution] {
    a.attributions.filter { $0.kind != .implicit && $0.kind != .carried }
}

/// How many relations each sentence after the headline has, in order.
func relationCountsPerBodySentence(_ a: ArticleAnalysis) -> [Int] {
    (1..<a.sentences.count).map { s in relations(a).filter { $0.sentence == s }.count }
}

/// Checks the relation whose cue phrase is marked 1️⃣…1️⃣ in `marked` (a paragraph; a headline is prepended):
/// its source phrase is 2️⃣…2️⃣ (none when unmarked), its content spans are the 3️⃣…3️⃣ pairs, and its kind is
/// `relation`. With `cueAtLeast`, the cue phrase only has to hold the marked words and its head: for fixtures about
/// the source or the content, where the words the tagger's phrase extension adds around a verb ("are" of "are being
/// told", `extendedCue`) are a learned judgement that a retrain may move. `learned`: with the opt-in cue tagger (for
/// a relation only it finds); the default is the rules alone, as a user's analysis runs. `headline`: `marked` is the
/// article's headline, a body paragraph after it.
func checkRelation(
    _ marked: String, _ relation: Attribution.Relation, cueAtLeast: Bool = false, learned: Bool = false,
    headline: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) {
    let f = Fixture(headline ? marked + "\n\nThe body.\n" : "Headline\n\n" + marked + "\n")
    var options = AnalysisOptions()
    options.learnedCues = learned
    let a = analyzeFixture(f, options: options)
    let text = f.source
    func show(_ r: TextRange?) -> String { r.map { "«\(text[$0])»" } ?? "nil" }
    let cue = f.range("1️⃣")
    func matches(_ r: Attribution) -> Bool {
        let phrase = r.cuePhraseRange ?? r.cueRange
        guard cueAtLeast else { return phrase == cue }
        return phrase.start <= cue.start && cue.end <= phrase.end && cue.start <= r.cueRange.start
            && r.cueRange.end <= cue.end
    }
    guard let r = relations(a).first(where: matches) else {
        Issue.record(
            "no relation with cue \(show(cue)); got \(relations(a).map { show($0.cuePhraseRange ?? $0.cueRange) })",
            sourceLocation: sourceLocation)
        return
    }
    let source = f.offsets["2️⃣"] == nil ? nil : f.range("2️⃣")
    #expect(
        r.sourceRange == source, "source \(show(r.sourceRange)), want \(show(source))", sourceLocation: sourceLocation)
    let content = f.ranges("3️⃣")
    #expect(
        r.contentRanges == content,
        "content \(r.contentRanges.map { show($0) }), want \(content.map { show($0) })", sourceLocation: sourceLocation)
    #expect(r.relation == relation, "relation \(r.relation), want \(relation)", sourceLocation: sourceLocation)
}

/// Checks that `text` (a paragraph; with `headline`, the headline) holds no relation in the PolNeAR sense (`learned:
/// false`: from the rules alone).
func checkNoRelation(
    _ text: String, learned: Bool = true, headline: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) {
    let f = Fixture(headline ? text + "\n\nThe body.\n" : "Headline\n\n" + text + "\n")
    var options = AnalysisOptions()
    options.learnedCues = learned
    let a = analyzeFixture(f, options: options)
    let found = relations(a).map { "«\(f.source[$0.cuePhraseRange ?? $0.cueRange])»" }
    #expect(found.isEmpty, "unexpected cues \(found)", sourceLocation: sourceLocation)
}
