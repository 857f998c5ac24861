import Testing

@testable import CopydeskCore

private func summary(_ path: String, _ text: String) -> FileSummary {
    FileSummary(
        syntax: ArticleParser.parse(SourceText(text), kind: ArticleKind.forPath(path)!), document: DocumentID(path))
}

@Test func indexUpdatesAreSnapshots() {
    let a = summary("a.news.md", "[@ma]: Jack Ma\n  aliases: Ma, Mr Ma\n")
    let b = summary("b.news.md", "[Ma][@ma] said [@ma] and [@trump].\n")
    let v1 = WorkspaceIndex(summaries: [a, b])
    #expect(v1.isEntityDefined("MA"))
    #expect(v1.entities(withSurfaceForm: "mr ma") == ["ma"])
    #expect(v1.mentions(ofEntity: "ma").map(\.location.document.rawValue) == ["b.news.md", "b.news.md"])

    let v2 = v1.updating(summary("a.news.md", "[@jack-ma]: Jack Ma\n"))
    #expect(!v2.isEntityDefined("ma") && v2.isEntityDefined("jack-ma"))
    #expect(v2.entities(withSurfaceForm: "mr ma").isEmpty)
    #expect(v1.isEntityDefined("ma"), "the old snapshot is unchanged")

    let v3 = v2.removing(DocumentID("b.news.md"))
    #expect(v3.mentions(ofEntity: "ma").isEmpty && v3.documentCount == 1)
}

@Test func definitionsKeyChangesOnlyWithDefinitions() {
    let base = summary("a.news.md", "Text one.\n\n[@ma]: Jack Ma\n")
    #expect(
        summary("a.news.md", "Text two, longer.\n\n[@ma]: Jack Ma\n").definitionsKey != base.definitionsKey,
        "moving a definition changes its location")
    #expect(summary("a.news.md", "Text 1ne.\n\n[@ma]: Jack Ma\n").definitionsKey == base.definitionsKey)
    #expect(summary("a.news.md", "Text one.\n\n[@ma]: Jack Ma\n  type: person\n").definitionsKey != base.definitionsKey)
}

/// Nothing another file's analysis reads changes with the title or the source definitions (sources resolve
/// in their own article), so typing in them must not look like a definitions change to the server.
@Test func titleAndSourcesAreNotDefinitions() {
    let base = summary("a.news.md", "---\ntitle: One\n---\nText one.[^s]\n\n[^s]: A source\n\n[@ma]: Jack Ma\n")
    for edited in [
        "---\ntitle: Two\n---\nText one.[^s]\n\n[^s]: A source\n\n[@ma]: Jack Ma\n",
        "---\ntitle: One\n---\nText one.[^s]\n\n[^s]: B source\n\n[@ma]: Jack Ma\n",
    ] {
        let s = summary("a.news.md", edited)
        #expect(s.definitionsKey == base.definitionsKey && s.definitionsContentKey == base.definitionsContentKey)
    }
}

/// `linkingKey` moves with the ids, names and aliases (what other files' prose and ids are matched
/// against), not with the other fields.
@Test func linkingKeyFollowsIdsNamesAndAliases() {
    let base = summary("p.news.md", "[@ma]: Jack Ma\n  type: person\n  description: Founder\n")
    let described = summary("p.news.md", "[@ma]: Jack Ma\n  type: organization\n  description: Investor\n")
    #expect(described.linkingKey == base.linkingKey && described.definitionsContentKey != base.definitionsContentKey)
    for other in [
        "[@ma]: Jack Ma\n  aliases: Ma\n", "[@ma]: Jack Ma Yun\n", "[@jack-ma]: Jack Ma\n", "[@ma]: Jack Ma\n[@x]: X\n",
    ] {
        #expect(summary("p.news.md", other).linkingKey != base.linkingKey, "\(other)")
    }
    #expect(summary("a.news.md", "No definitions.\n").linkingKey == FileSummary.noLinkingKey)
}

@Test func duplicateDefinitionsAreKeptInOrder() {
    let idx = WorkspaceIndex(summaries: [summary("b.news.md", "[@x]: X2\n"), summary("a.news.md", "[@x]: X1\n")])
    #expect(idx.definitions(ofEntity: "x").map(\.definition.name) == ["X1", "X2"])
    let after = idx.removing(DocumentID("a.news.md"))
    #expect(after.definitions(ofEntity: "x").map(\.definition.name) == ["X2"])
    #expect(after.entities(withSurfaceForm: "x2") == ["x"] && after.entities(withSurfaceForm: "x1").isEmpty)
}

/// The per-keystroke path: an edit that only moves definitions, or changes which ids a file mentions,
/// updates exactly those entries, and a snapshot taken before sees none of it.
@Test func incrementalUpdatesMatchARebuildAndLeaveSnapshotsAlone() {
    let people = summary("people.news.md", "[@ma]: Jack Ma\n  aliases: Ma\n\n[@li]: Robin Li\n")
    let v1 = WorkspaceIndex(summaries: [people, summary("b.news.md", "[@ma] and [@li].\n\n[@b-local]: B Local\n")])
    // Typing above b's definition: its position moves, its content does not.
    let moved = summary("b.news.md", "Typed. [@ma] and [@li].\n\n[@b-local]: B Local\n")
    let v2 = v1.updating(moved)
    #expect(v2.definitions(ofEntity: "b-local").map(\.idLocation.range.start) == [27])
    #expect(
        v1.definitions(ofEntity: "b-local").map(\.idLocation.range.start) == [20],
        "the old snapshot keeps its positions")
    #expect(v2.entities(withSurfaceForm: "b local") == ["b-local"])
    #expect(v2.mentions(ofEntity: "ma").map(\.location.start.utf8) == [7])
    #expect(v1.mentions(ofEntity: "ma").map(\.location.start.utf8) == [0])
    // The mentioned ids change: li is no longer mentioned by b, a new id is.
    let v3 = v2.updating(summary("b.news.md", "[@ma] and [@zhang].\n\n[@b-local]: B Local\n"))
    #expect(v3.mentions(ofEntity: "li").isEmpty && v3.documents(mentioning: "li").isEmpty)
    #expect(v3.documents(mentioning: "zhang") == [DocumentID("b.news.md")])
    #expect(v2.documents(mentioning: "li") == [DocumentID("b.news.md")], "the old snapshot still has it")
    // Renaming a definition drops the old id, its length bucket and its forms.
    let v4 = v3.updating(summary("b.news.md", "[@ma] and [@zhang].\n\n[@b-other]: B Other\n"))
    #expect(!v4.isEntityDefined("b-local") && v4.entities(withSurfaceForm: "b local").isEmpty)
    #expect(v4.entities(withSurfaceForm: "b other") == ["b-other"])
    // Whatever the path taken, the result equals an index built from scratch.
    let rebuilt = WorkspaceIndex(summaries: [people, v4.files[DocumentID("b.news.md")]!])
    #expect(v4.allEntityIDs == rebuilt.allEntityIDs)
    for id in ["ma", "li", "zhang", "b-other"] {
        #expect(v4.mentions(ofEntity: id) == rebuilt.mentions(ofEntity: id))
        #expect(v4.definitions(ofEntity: id) == rebuilt.definitions(ofEntity: id))
    }
    for form in ["jack ma", "ma", "robin li", "b other"] {
        #expect(v4.entities(withSurfaceForm: form) == rebuilt.entities(withSurfaceForm: form))
    }
}

@Test func mentioningDocumentsStaySortedWhateverTheOrderOfUpdates() {
    var idx = WorkspaceIndex()
    for name in ["c", "a", "d", "b"] { idx.replace(summary("\(name).news.md", "[@x] here.\n")) }
    #expect(idx.documents(mentioning: "x").map(\.rawValue) == ["a.news.md", "b.news.md", "c.news.md", "d.news.md"])
    idx.remove(DocumentID("b.news.md"))
    #expect(idx.mentions(ofEntity: "x").map(\.location.document.rawValue) == ["a.news.md", "c.news.md", "d.news.md"])
    #expect(idx.documentCount == 3)
}

@Test func nearIDsAreTheDefinedIDsOfCloseLength() {
    let idx = WorkspaceIndex(summaries: [
        summary("a.news.md", "[@ma]: Ma\n\n[@jack-ma]: Jack Ma\n\n[@jack-mama]: Jack Mama\n\n[@a-very-long-id]: L\n")
    ])
    #expect(Set(idx.entityIDs(near: "jack-mam")) == ["jack-ma", "jack-mama"])
    #expect(Set(idx.entityIDs(near: "m")) == ["ma"])
    #expect(idx.removing(DocumentID("a.news.md")).entityIDs(near: "jack-ma").isEmpty)
}

/// A sharded map reads like a dictionary: every key once, counts kept through updates and removals.
@Test func shardedMapBehavesLikeADictionary() {
    var m = ShardedMap<String, Int>()
    var d: [String: Int] = [:]
    for i in 0..<2000 {
        let k = "key-\(i % 700)"
        if i % 5 == 4 {
            m[k] = nil
            d[k] = nil
        } else {
            m[k] = i
            d[k] = i
        }
    }
    #expect(m.count == d.count && m.keys.count == d.count)
    #expect(Dictionary(uniqueKeysWithValues: m.map { ($0.key, $0.value) }) == d)
    let snapshot = m
    m.modify("key-1") { $0 = ($0 ?? 0) + 1_000_000 }
    #expect(m["key-1"] == (d["key-1"] ?? 0) + 1_000_000 && snapshot["key-1"] == d["key-1"])
}

/// The one-pass `locations` gives exactly what `location` gives range by range, on every line ending,
/// multi-byte and astral characters, ranges in any order, empty, and out of bounds.
@Test func batchLocationsEqualSingleLocations() {
    var rng = SystemRandomNumberGenerator()
    let pieces = ["a", "é", "😀", "“", " ", "\n", "\r\n", "\r", "[@x]", "ab"]
    for _ in 0..<200 {
        let text = SourceText(
            (0..<Int.random(in: 0..<60, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        let n = text.count
        let ranges = (0..<Int.random(in: 0..<12, using: &rng)).map { _ in
            TextRange(Int.random(in: -2...(n + 2), using: &rng), Int.random(in: -2...(n + 2), using: &rng))
        }
        let doc = DocumentID("t")
        #expect(
            text.locations(ranges, in: doc) == ranges.map { text.location($0, in: doc) },
            "\(text.string.debugDescription) \(ranges)")
    }
}

/// Mention counts are kept by the index in the same update as the mentioning documents: exact through
/// added, removed and re-counted mentions, and through a removed file.
@Test func mentionCountsFollowEveryUpdate() {
    var idx = WorkspaceIndex(summaries: [
        summary("a.news.md", "[@x] [@x] [@y]\n"), summary("b.news.md", "[X][@x]\n"), summary("p.news.md", "[@x]: X\n"),
    ])
    #expect(idx.mentionCounts(of: "X") == (3, 2) && idx.mentionCounts(of: "y") == (1, 1))
    idx.replace(summary("a.news.md", "[@y] [@x] and [@y]\n"))  // x: 2 → 1 here, y: 1 → 2
    #expect(idx.mentionCounts(of: "x") == (2, 2) && idx.mentionCounts(of: "y") == (2, 1))
    idx.replace(summary("a.news.md", "[@y] [@y] and [@x]\n"))  // same counts, another order
    #expect(idx.mentionCounts(of: "x") == (2, 2) && idx.mentionCounts(of: "y") == (2, 1))
    idx.remove(DocumentID("b.news.md"))
    #expect(idx.mentionCounts(of: "x") == (1, 1))
    idx.replace(summary("a.news.md", "No mentions.\n"))
    #expect(idx.mentionCounts(of: "x") == (0, 0) && idx.documents(mentioning: "y").isEmpty)
}
