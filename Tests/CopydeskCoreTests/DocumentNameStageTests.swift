import Testing

@testable import CopydeskCore

/// The document-wide name stage (`NameStage.swift`): a large article cut into segments decides which capitalised
/// words are names, and which names are one entity, as a whole-document run does — whatever segment the full name,
/// the surname alone, or the mid-sentence capital that makes a word a name stands in.
enum NameStageFixtures {
    static let id = DocumentID("file:///t.news.md")
    static let whole = SegmentationPolicy(minimumDocumentBytes: .max, boundaryModulus: 1)

    /// `paragraphs` with paragraphs about nothing between them (claims, no names), so that each of them lands in a
    /// segment of its own under `IncrementalFixtures.small`.
    static func article(_ paragraphs: [String]) -> SourceText {
        var parts: [String] = []
        for (k, p) in paragraphs.enumerated() {
            parts.append(p)
            for n in 0..<30 { parts.append("On day \(k * 30 + n) exports rose \(n + 2)% in March, the ministry said.") }
        }
        return SourceText(parts.joined(separator: "\n\n") + "\n")
    }

    /// The entities as (name, kind, mentions), the relations as (cue, speaker, entity, candidates): sorted.
    static func summary(_ a: ArticleAnalysis) -> (entities: [String], attributions: [String]) {
        let entities = a.entities.map { "\($0.canonicalName) \($0.kind) \($0.mentions)" }.sorted()
        let attributions = a.attributions.map { at in
            "\(at.cueRange) \(at.speakerRange.map { "\($0)" } ?? "-") "
                + "\(at.entity.map { a.entities[$0].canonicalName } ?? "-") "
                + "\(at.candidates.map { a.entities[$0].canonicalName })"
        }.sorted()
        return (entities, attributions)
    }

    /// The segmented run gives the whole-document run's entities, relations and findings.
    static func expectSame(
        _ segmented: (ArticleAnalysis, [Diagnostic]), _ whole: (ArticleAnalysis, [Diagnostic]),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(summary(segmented.0).entities == summary(whole.0).entities, sourceLocation: sourceLocation)
        #expect(summary(segmented.0).attributions == summary(whole.0).attributions, sourceLocation: sourceLocation)
        #expect(
            segmented.1 == whole.1, "\(SegmentedSpeakerFixtures.difference(segmented.1, whole.1))",
            sourceLocation: sourceLocation)
    }

    /// The segmented run and the whole-document run of `text`: (segments, segmented, whole).
    static func runs(_ text: SourceText) -> (
        segments: Int, segmented: (ArticleAnalysis, [Diagnostic]), whole: (ArticleAnalysis, [Diagnostic])
    ) {
        let r = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
            .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
        let w = DocumentPipeline.run(text, kind: .annotated, id: id, index: WorkspaceIndex(), policy: whole)
        return (r.document.segmentCount, (r.document.analysis, r.diagnostics), (w.analysis, w.diagnostics))
    }
}

/// A full name in one segment; in a later one the surname alone, then another full name with that surname: the
/// surname is the nearest full name before it ("Donald J. Trump", in the other segment), not the full name after it
/// in its own segment, as the whole text groups it — the pronoun's candidates and every mention are the same.
@Test func aSurnameJoinsTheNearestFullNameInAnotherSegment() {
    typealias F = NameStageFixtures
    let text = F.article([
        "“We will win Ohio,” said Donald J. Trump, the candidate, on Tuesday.",
        "“We will win Iowa,” said Tom Brown, an economist.",
        "Later, Trump met Brown at the port. “It went well,” he said. Donald Trump Jr. left on Friday.",
    ])
    let (segments, segmented, whole) = F.runs(text)
    #expect(segments >= 3)
    F.expectSame(segmented, whole)
    // The later "Trump" is "Donald J. Trump"'s.
    let s = text.string
    let later = s.utf8.distance(from: s.utf8.startIndex, to: s.range(of: "Trump met")!.lowerBound)
    let entity = segmented.0.entities.first { e in e.mentions.contains { $0.start == later } }
    #expect(entity?.canonicalName == "Donald J. Trump")
}

/// "Lake Wobegon" named in one segment and "Wobegon" alone in another: one entity, as the whole text groups it (a
/// one-word name joins the full name whose last word it is), with the kinds the whole text gives. (Not a place the
/// gazetteer knows: "Mexico" is no part of "New Mexico".)
@Test func aOneWordNameJoinsTheFullNameEndingWithItInAnotherSegment() {
    typealias F = NameStageFixtures
    let text = F.article([
        "Susana Martinez, the mayor of Lake Wobegon, spoke on Monday.",
        "Tom Brown, an economist, met officials from Wobegon on Tuesday. “It went well,” he said.",
        "“Wobegon will pay,” Wobegon said on Wednesday.",
    ])
    let (segments, segmented, whole) = F.runs(text)
    #expect(segments >= 3)
    F.expectSame(segmented, whole)
    #expect(!segmented.0.entities.contains { $0.canonicalName == "Wobegon" })
}

/// A given name alone joins the person named in full with it in another segment; an edit that names a second person
/// with that given name, nearer before it in a third segment, moves it there: the updated stage is the one computed
/// from scratch, and the segmented run gives the whole run's entities.
@Test func aGivenNameAloneJoinsAPersonNamedInFullWithItAcrossSegments() {
    typealias F = NameStageFixtures
    let text = F.article([
        "Hillary Clinton spoke in Ohio on Monday.",
        "Tom Brown, an economist, met Sarah Clarke and Peter Novak in Leeds, with Maria Haddad and James Dubois.",
        "Voters asked about Hillary's emails on Wednesday.",
    ])
    let (segments, segmented, whole) = F.runs(text)
    #expect(segments >= 3)
    F.expectSame(segmented, whole)
    #expect(segmented.0.entity(named: "Hillary Clinton")?.mentions.count == 2)
    let first = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
        .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
    let s = text.string
    let at = s.utf8.distance(from: s.utf8.startIndex, to: s.range(of: "Tom Brown")!.lowerBound)
    let r = first.document.editing(TextRange(at, at + 3), with: Array("Hillary".utf8))
        .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
    #expect(r.document.namesUpdated)
    F.expectSameStage(r.document.names!, F.scratch(r.document), "Tom → Hillary")
    #expect(r.document.analysis.entity(named: "Hillary Brown")?.mentions.count == 2)
    let w = DocumentPipeline.run(r.document.text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: F.whole)
    #expect(F.summary(r.document.analysis).entities == F.summary(w.analysis).entities)
}

/// A word that opens a sentence is a name when the article capitalises it mid-sentence somewhere — in another
/// segment too: "Okonjo, however, told reporters" is a speaker named by surname alone (reported as unidentified)
/// because an earlier segment says "said Okonjo would decide", far away.
@Test func aSentenceInitialWordIsANameByAnotherSegmentsMidSentenceCapital() {
    typealias F = NameStageFixtures
    let text = F.article([
        "Officials said Okonjo would decide by Friday.",
        "Okonjo, however, told reporters: “I will not sell the farm.”",
    ])
    let (segments, segmented, whole) = F.runs(text)
    #expect(segments >= 2)
    F.expectSame(segmented, whole)
    #expect(segmented.1.contains { $0.ruleID == "unidentified-speaker" && text[$0.range] == "Okonjo" })

    // The mid-sentence capital edited away: the later segment's word is no name; that segment is analysed again,
    // the others are not.
    let doc = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
        .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default).document
    let s = text.string
    let at = s.utf8.distance(from: s.utf8.startIndex, to: s.range(of: "said Okonjo")!.lowerBound) + 5
    let edited = doc.editing(TextRange(at, at + "Okonjo".utf8.count), with: Array("the mayor".utf8))
    let unanalysed = edited.segmentCount - edited.analysedSegmentCount
    let r = edited.analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
    #expect(r.document.segmentsAnalysedByLastRun - unanalysed == 1)
    let fresh = DocumentPipeline.run(
        r.document.text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: F.whole)
    #expect(r.diagnostics == fresh.diagnostics)
    #expect(!r.diagnostics.contains { $0.ruleID == "unidentified-speaker" })
}

/// Opening a large article analyses each segment once when no speech verb of a later segment shows a name of an
/// earlier one to be a person (the name stage runs first; people shown by speech are lent in text order): here
/// people introduced early by an honorific or a speech verb, met later in other segments by surname.
@Test func openingASegmentedArticleAnalysesEachSegmentOnce() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(LentPeopleFixtures.article(bytes: 200_000, seed: 11))
    let r = F.segmented(text)
    #expect(r.document.segmentCount > 20)
    #expect(r.document.segmentsAnalysedByLastRun == r.document.segmentCount)
    #expect(r.diagnostics == F.wholeFindings(text), "\(F.difference(r.diagnostics, F.wholeFindings(text)))")
}

/// Keystrokes against the name stage: typing into a word that opens a sentence and is no name keeps the stage
/// (`namesReused`); typing into a surname that many segments read computes it again, and those segments are read
/// again, not analysed again, unless what they read changed. Each time the findings and entities are a fresh
/// whole-document run's.
@Test func keystrokesKeepOrRecomputeTheNameStageAsAWholeRunWould() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(LentPeopleFixtures.article(bytes: 150_000, seed: 31))
    var doc = F.segmented(text).document
    #expect(doc.segmentCount > 20)
    let s = text.string
    func offset(_ needle: String, from: Int) -> Int {
        let start = s.utf8.index(s.utf8.startIndex, offsetBy: from)
        return s.utf8.distance(from: s.utf8.startIndex, to: s[start...].range(of: needle)!.lowerBound)
    }
    // "Yesterday" opens a sentence: no name; "Okafor" is a surname that many segments name.
    let yesterday = offset("Yesterday", from: s.utf8.count / 2) + 3
    let surname = offset("Okafor", from: s.utf8.count / 2) + 3
    for (k, at) in [yesterday, yesterday + 1, surname, surname + 1].enumerated() {
        let edited = doc.editing(TextRange(at, at), with: Array("x".utf8))
        let unanalysed = edited.segmentCount - edited.analysedSegmentCount
        let r = edited.analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
        #expect(r.document.namesReused == (k < 2), "edit \(k)")
        let whole = DocumentPipeline.run(
            r.document.text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: NameStageFixtures.whole)
        #expect(r.diagnostics == whole.diagnostics, "edit \(k): \(F.difference(r.diagnostics, whole.diagnostics))")
        #expect(
            NameStageFixtures.summary(r.document.analysis).entities
                == NameStageFixtures.summary(whole.analysis).entities)
        if k < 2 { #expect(r.document.segmentsAnalysedByLastRun == unanalysed, "edit \(k)") }
        doc = r.document
    }
}

extension NameStageFixtures {
    /// The name stage computed from scratch over `document`'s segments' candidates.
    static func scratch(_ document: DocumentSegments) -> DocumentNames {
        DocumentNames(
            parts: document.segments.map { $0.names! }, starts: document.segmentStarts, text: document.text,
            index: WorkspaceIndex())
    }

    /// `got` decides as `want`: the same entities (keys, kinds, names, ids, facts, in the same order), the same entity
    /// for every name and annotation, the same words capitalised anywhere.
    static func expectSameStage(
        _ got: DocumentNames, _ want: DocumentNames, _ note: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let differing = zip(got.entities, want.entities).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            got.entities.count == want.entities.count && differing == nil,
            "\(note): \(got.entities.count) vs \(want.entities.count) entities; first differing: \(String(describing: differing))",
            sourceLocation: sourceLocation)
        #expect(got.entityOf == want.entityOf, "\(note)", sourceLocation: sourceLocation)
        #expect(got.extends == want.extends, "\(note)", sourceLocation: sourceLocation)
        #expect(got.known == want.known, "\(note)", sourceLocation: sourceLocation)
        #expect(
            got.capitalSet.members.sorted() == want.capitalSet.members.sorted(), "\(note)",
            sourceLocation: sourceLocation)
        #expect(
            want.entities.indices.allSatisfy { got.byKey[want.entities[$0].key] == Int32($0) }, "\(note)",
            sourceLocation: sourceLocation)
    }
}

/// Keystrokes inside and around names that the whole article uses — a letter typed into a surname, another, both
/// deleted, the surname made a new full name, that name split in two, an organisation named after it — update the
/// name stage where the edit can change a decision
/// (`DocumentNames.updated`) instead of grouping every segment's names again. After each, the stage is the one
/// computed from scratch, the findings and entities are a fresh whole-document run's, and a letter typed into a
/// surname has only the segments the edit cut again read again.
@Test func editsInsideWidelyUsedNamesUpdateTheStageAsAFreshOneWould() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(LentPeopleFixtures.article(bytes: 150_000, seed: 41))
    var doc = F.segmented(text).document
    #expect(doc.segmentCount > 20)
    struct Edit {
        let what: String
        /// Found from the middle of the text; the edit replaces `length` bytes at `at` within it.
        let needle: String
        let at: Int
        let length: Int
        let with: String
        /// Whether the stage is updated (not computed again), and at most how many segments are checked again.
        let updated: Bool
        let rechecked: Int
    }
    let edits = [
        Edit(
            what: "a letter typed into a surname", needle: "Yesterday, Okafor met ", at: 14, length: 0, with: "x",
            updated: true, rechecked: 3),
        // No name changes (the stage is moved, not updated): the new entity's first mention moves among the
        // segment's candidates, and the next edit there reads it.
        Edit(
            what: "a sentence opened before it", needle: "Yesterday, Okaxfor met ", at: 0, length: 0,
            with: "Quietly. ", updated: false, rechecked: 0),
        Edit(
            what: "a letter typed into the other name of its sentence", needle: "Okaxfor met ", at: 14, length: 0,
            with: "x", updated: true, rechecked: .max),
        Edit(what: "another letter", needle: "Okaxfor", at: 4, length: 0, with: "x", updated: true, rechecked: 3),
        Edit(what: "both deleted", needle: "Okaxxfor", at: 3, length: 2, with: "", updated: true, rechecked: 3),
        Edit(
            what: "the surname made a new full name", needle: "Yesterday, Okafor", at: 11, length: 0,
            with: "Zora ", updated: true, rechecked: .max),
        Edit(
            what: "the full name split in two", needle: "Zora Okafor", at: 4, length: 1, with: " and ",
            updated: true, rechecked: .max),
        Edit(
            what: "an organisation named after the surname", needle: "visited the plant", at: 12, length: 0,
            with: "Okafor Group ", updated: true, rechecked: .max),
        Edit(
            what: "a letter typed into a full name", needle: "Zora and Okafor", at: 2, length: 0, with: "x",
            updated: true, rechecked: .max),
    ]
    for e in edits {
        let s = doc.text.string
        let middle = s.utf8.index(s.utf8.startIndex, offsetBy: s.utf8.count / 2)
        guard let found = s[middle...].range(of: e.needle) ?? s.range(of: e.needle) else {
            Issue.record("\(e.what): no \(e.needle)")
            return
        }
        let at = s.utf8.distance(from: s.utf8.startIndex, to: found.lowerBound) + e.at
        let r = doc.editing(TextRange(at, at + e.length), with: Array(e.with.utf8))
            .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
        #expect(r.document.namesUpdated == e.updated && r.document.namesReused == !e.updated, "\(e.what)")
        #expect(r.document.segmentsRecheckedByLastRun <= e.rechecked, "\(e.what)")
        NameStageFixtures.expectSameStage(r.document.names!, NameStageFixtures.scratch(r.document), e.what)
        let whole = DocumentPipeline.run(
            r.document.text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: NameStageFixtures.whole)
        #expect(r.diagnostics == whole.diagnostics, "\(e.what): \(F.difference(r.diagnostics, whole.diagnostics))")
        #expect(
            NameStageFixtures.summary(r.document.analysis).entities
                == NameStageFixtures.summary(whole.analysis).entities, "\(e.what)")
        doc = r.document
    }
}

/// The class an edit regroups reaches names through keys it gains on the way: "Zed" alone edited reaches "Anna Zed"
/// (whose surname it is), and through that full name "Anna & Zed" (an organisation of the same words), named earlier
/// in the same paragraph, which must be read again once the full name's key is known. The updated stage is the one
/// computed from scratch, and the findings a whole-document run's.
@Test func theEditedClassReachesNamesThroughKeysItGainsLater() {
    typealias F = NameStageFixtures
    let text = F.article([
        "Officials met Anna & Zed on Monday. Anna Zed, an economist, said the port would stay open.",
        "Later Tom Brown met Sarah Clarke and Peter Novak in Leeds, with Maria Haddad and James Dubois.",
        "“It went well,” Zed said on Tuesday.",
        "Brown, Clarke, Novak, Haddad and Dubois then met Laura Moreau and David Eriksen in York.",
    ])
    let first = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
        .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
    #expect(first.document.segmentCount >= 3)
    let s = text.string
    let at = s.utf8.distance(from: s.utf8.startIndex, to: s.range(of: "Zed said")!.lowerBound) + 1
    let r = first.document.editing(TextRange(at, at), with: Array("x".utf8))
        .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
    let updated = r.document.namesUpdated
    #expect(updated)
    F.expectSameStage(r.document.names!, F.scratch(r.document), "Zed → Zxed")
    let whole = DocumentPipeline.run(
        r.document.text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: F.whole)
    #expect(r.diagnostics == whole.diagnostics)
}
