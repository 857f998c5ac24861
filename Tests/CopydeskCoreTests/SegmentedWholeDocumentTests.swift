import Testing

@testable import CopydeskCore

/// The rules that judge a name by the whole document (`Rule.readsDocumentEntities`) give a large article cut
/// into segments what a whole-document run gives: a surname that speaks unintroduced in many segments is
/// reported once, where the whole text reports it; an edit re-lints only what it changed.
enum SegmentedSpeakerFixtures {
    static let firstNames = ["Sarah", "Tom", "Anna", "Peter", "Maria", "James", "Laura", "David"]
    static let surnames = [
        "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Ferreira", "Kowalski", "Brennan", "Castellano",
        "Dubois", "Eriksen", "Fontaine", "Gallagher", "Hoffmann", "Iversen",
    ]
    static let roles = ["a partner at a law firm", "an economist", "a spokeswoman for the council", "a farmer"]

    /// Stories about people of a small cast: introduced in full with a role (some only late in the article, some
    /// never), quoted by surname, with an honorific, in the first person, and by pronoun after two people;
    /// between them paragraphs with claims and nothing about anyone, where the article may be cut (their opening
    /// words vary, so that the cuts are content-defined).
    static func article(bytes: Int, seed: UInt64) -> String {
        var rng = SplitMix(state: seed)
        var parts = ["# Ports and plants", ""]
        var size = 0
        var introduced = Set<Int>()
        func person(_ k: Int) -> (full: String, surname: String) {
            let s = surnames[k % surnames.count]
            return ("\(firstNames[k % firstNames.count]) \(s)", s)
        }
        while size < bytes {
            // The first half of the cast is introduced when first met; the second half only late, or never.
            let k = rng.below(surnames.count)
            let p = person(k)
            var story: [String] = []
            let late = size > bytes * 3 / 4
            if !introduced.contains(k) && (k < surnames.count / 2 || (late && k % 4 == 0)) {
                introduced.insert(k)
                story.append("\(p.full), \(roles[k % roles.count]), spoke in the city on Monday.")
            }
            switch rng.below(5) {
            case 0: story.append("“We will build the plant here,” \(p.surname) said.")
            case 1: story.append("“It is the largest plant in Europe,” Ms \(p.surname) said.")
            case 2: story.append("“I will not sell my farm,” \(p.surname) told reporters.")
            case 3:
                let q = person((k + 1 + rng.below(surnames.count / 2 - 1)) % (surnames.count / 2))
                if !introduced.contains(surnames.firstIndex(of: q.surname)!) {
                    story.append("\(q.full), \(roles[rng.below(roles.count)]), was there too.")
                    introduced.insert(surnames.firstIndex(of: q.surname)!)
                }
                // Both people by honorific in the same sentence (people shown to be people only in other segments:
                // `peopleShownElsewhereAreAPronounsCandidatesInEverySegment`).
                story.append("Later Ms \(p.full) met Dr \(q.full) at the port. “It went well,” she said.")
            default: story.append("“Nothing is decided,” Mr \(p.surname) said on Tuesday.")
            }
            story.append("Exports rose \(rng.below(90) + 2)% in March, the ministry said.")
            story.append("On day \(parts.count) the weather was mild and the markets were closed.")
            let block = story.joined(separator: "\n\n") + "\n\n"
            parts.append(block)
            size += block.utf8.count
        }
        return parts.joined(separator: "\n")
    }

    static let speakerRules: Set<String> = ["unidentified-speaker", "ambiguous-speaker"]
    static let id = DocumentID("file:///t.news.md")
    /// Cut even this small an article into segments of a few kilobytes.
    static let policy = SegmentationPolicy(minimumDocumentBytes: 0, boundaryModulus: 8)
    static let whole = SegmentationPolicy(minimumDocumentBytes: .max, boundaryModulus: 1)

    static func speakerFindings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { speakerRules.contains($0.ruleID) }.map { "\($0.ruleID) \($0.range) \($0.message)" }
    }

    /// The findings only one of the lists has (a short message for a failed expectation).
    static func difference(_ got: [Diagnostic], _ want: [Diagnostic]) -> String {
        func lines(_ d: [Diagnostic]) -> [String] { d.map { "\($0.ruleID) \($0.range) \($0.message)" } }
        let a = lines(got)
        let b = lines(want)
        let onlyGot = a.filter { !Set(b).contains($0) }.prefix(8)
        let onlyWant = b.filter { !Set(a).contains($0) }.prefix(8)
        return "segmented only: \(onlyGot.joined(separator: "; "))\nwhole only: \(onlyWant.joined(separator: "; "))"
    }

    /// `text` opened as one document cut by `policy` into segments, and analysed.
    static func segmented(_ text: SourceText) -> (
        document: DocumentSegments, diagnostics: [Diagnostic], baselined: [Diagnostic]
    ) {
        DocumentSegments(text, kind: .annotated, policy: policy)
            .analyzed(id: id, index: WorkspaceIndex(), configuration: .default)
    }

    static func wholeFindings(_ text: SourceText) -> [Diagnostic] {
        DocumentPipeline.run(text, kind: .annotated, id: id, index: WorkspaceIndex(), policy: whole).diagnostics
    }
}

@Test func segmentedSpeakerFindingsAreTheWholeDocuments() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(F.article(bytes: 400_000, seed: 3))
    let r = F.segmented(text)
    #expect(r.document.segmentCount > 50)
    let whole = F.wholeFindings(text)
    let got = F.speakerFindings(r.diagnostics)
    #expect(got == F.speakerFindings(whole), "\(F.difference(r.diagnostics, whole))")
    // Each of the never-introduced people spoke in many segments: reported once, at the first speech.
    let unidentified = r.diagnostics.filter { $0.ruleID == "unidentified-speaker" }
    #expect(unidentified.count >= 4)
    #expect(Set(unidentified.map { text[$0.range] }).count == unidentified.count)
    #expect(got.contains { $0.hasPrefix("ambiguous-speaker") })
    // And the rest of the findings are those of the whole text.
    #expect(r.diagnostics == whole, "\(F.difference(r.diagnostics, whole))")
}

/// Edits that change who is reported where: introducing a person in full before the first speech (the
/// finding goes), removing the first speech of a never-introduced person (the report moves to the next, in
/// another segment), each re-analysing only the segments it touched.
@Test func editedSegmentedSpeakerFindingsAreTheWholeDocuments() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(F.article(bytes: 300_000, seed: 5))
    let first = F.segmented(text)
    let reported = first.diagnostics.filter { $0.ruleID == "unidentified-speaker" }
    #expect(reported.count >= 3)
    var doc = first.document
    var rng = SplitMix(state: 17)
    for round in 0..<6 {
        let target = reported[round % reported.count]
        let name = doc.text[target.range]
        let edit: (TextRange, String)
        switch round % 3 {
        case 0:
            // Introduce the speaker at the start of the article.
            let at = doc.text.string.utf8.firstIndex(of: UInt8(ascii: "\n"))!
            let offset = doc.text.string.utf8.distance(from: doc.text.string.utf8.startIndex, to: at) + 2
            edit = (TextRange(offset, offset), "Jane \(name.split(separator: " ").last!), a farmer, spoke.\n\n")
        case 1:
            // Remove the speech where the speaker is first reported, if still there.
            let findings = doc.analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default).diagnostics
            guard let d = findings.first(where: { $0.ruleID == "unidentified-speaker" }) else { continue }
            edit = (TextRange(d.range.start, d.range.end), "the council")
        default:
            let a = rng.below(doc.text.count)
            edit = (TextRange(a, a), "x")
        }
        let edited = doc.editing(edit.0, with: Array(edit.1.utf8))
        #expect(edited.segmentCount - edited.analysedSegmentCount <= 3)
        let r = edited.analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
        let whole = F.wholeFindings(r.document.text)
        #expect(r.diagnostics == whole, "round \(round) \(edit): \(F.difference(r.diagnostics, whole))")
        doc = r.document
    }
}

/// The whole analysis of a segmented article (what hover, references and rename read) groups a surname alone in
/// one segment with the full name given in another, as a whole-document run does: one person, every mention.
@Test func segmentedEntitiesAreGroupedByTheirDocumentWideNames() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(F.article(bytes: 300_000, seed: 7))
    let r = F.segmented(text)
    #expect(r.document.segmentCount > 20)
    let whole = DocumentPipeline.run(text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: F.whole)
    func people(_ a: ArticleAnalysis) -> [String: [TextRange]] {
        var out: [String: [TextRange]] = [:]
        for e in a.entities where e.kind == .person { out[e.canonicalName] = e.mentions }
        return out
    }
    let got = people(r.document.analysis)
    let want = people(whole.analysis)
    #expect(got.count == want.count)
    for (name, mentions) in want {
        #expect(got[name] == mentions, "\(name)")
    }
    // Each surname is one person: no entity named by the surname alone is left beside its full name.
    #expect(!r.document.analysis.entities.contains { F.surnames.contains($0.canonicalName) })
}

/// Hover on a segmented article reads only the segments under the cursor (`DocumentSegments.analysis(around:)`)
/// and says what it says with the whole analysis: on every name, a defined one, and anywhere else.
@Test func hoverOnASegmentedArticleReadsTheSegmentsThere() {
    typealias F = SegmentedSpeakerFixtures
    let article = F.article(bytes: 200_000, seed: 9)
    let paragraph = "“We are ready,” said [Ms Okafor][@okafor] on Friday."
    let text = SourceText(
        "[@okafor]: Sarah Okafor\n  type: person\n\n" + article + paragraph + "\n\nOkafor left.\n")
    func analysed() -> (document: DocumentSegments, diagnostics: [Diagnostic]) {
        let r = F.segmented(text)
        return (r.document, r.diagnostics)
    }
    // Two analysed values: `doc`'s whole analysis is never built (it would then answer every question).
    let (doc, diagnostics) = analysed()
    let (other, _) = analysed()
    #expect(doc.segmentCount > 10)
    let all = other.analysis
    let whole = EditorArticle(id: F.id, text: text, syntax: doc.syntax, analysis: all, diagnostics: diagnostics)
    var offsets: [Int] = []
    for e in all.entities { offsets += e.mentions.prefix(3).map { $0.start + 1 } }
    var rng = SplitMix(state: 13)
    for _ in 0..<300 { offsets.append(rng.below(text.count + 1)) }
    offsets += [0, text.count] + doc.segmentStarts
    var cards = 0
    for offset in offsets {
        let local = doc.analysis(around: TextRange(offset, offset))
        #expect(local.sentences.count < all.sentences.count / 4)
        let here = EditorArticle(
            id: F.id, text: text, syntax: doc.syntax, analysis: local, diagnostics: diagnostics)
        let got = here.hover(at: offset, index: WorkspaceIndex())
        let want = whole.hover(at: offset, index: WorkspaceIndex())
        #expect(String(describing: got) == String(describing: want), "at \(offset)")
        if got?.card != nil { cards += 1 }
        // What definition and highlight read of the name there: its first full mention, every mention.
        func named(_ a: EditorArticle) -> String {
            switch a.target(at: offset, index: WorkspaceIndex()) {
            case .proseName(let id, let r, let e?)?:
                let entity = a.analysis.entities[e]
                return
                    "\(id ?? "-") \(r) \(entity.firstFullMention) \(entity.mentions) \(a.plainMentions(of: id ?? ""))"
            case let t?: return "\(t)"
            case nil: return "-"
            }
        }
        #expect(named(here) == named(whole), "at \(offset)")
    }
    #expect(cards > 50)
}

/// A one-word speaker that is the first word of an organisation named in full in another segment is that
/// organisation, as the whole text groups it ("Cambridge said" after "Cambridge Holdings"): no person to
/// introduce; with an honorific ("Ms Cambridge said") it is a person.
@Test func aOneWordSpeakerNamingAnOrganisationElsewhereIsNotAPerson() {
    typealias F = SegmentedSpeakerFixtures
    let filler = (0..<40).map { "On day \($0) exports rose \($0 + 2)% in March, the ministry said." }
    for speaker in ["Cambridge", "Ms Cambridge"] {
        let paragraphs =
            ["Cambridge Holdings opened a plant in the city on Monday."] + filler
            + ["“I will build it here,” \(speaker) said."] + filler
        let text = SourceText(paragraphs.joined(separator: "\n\n") + "\n")
        let r = DocumentSegments(text, kind: .annotated, policy: IncrementalFixtures.small)
            .analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
        #expect(r.document.segmentIndex(containing: text.count - 1) > 5)
        let whole = F.wholeFindings(text)
        #expect(r.diagnostics == whole, "\(speaker): \(F.difference(r.diagnostics, whole))")
        #expect(whole.contains { $0.ruleID == "unidentified-speaker" } == (speaker != "Cambridge"))
    }
}

/// People introduced early — by an honorific or by a speech verb, in full — and met later, in other segments, by
/// surname alone and then by pronoun ("Yesterday, Okafor met Lindqvist at the port. “It went well,” she said."):
/// the later segment's text shows neither to be a person, the article does.
enum LentPeopleFixtures {
    typealias F = SegmentedSpeakerFixtures

    static func article(bytes: Int, seed: UInt64) -> String {
        var rng = SplitMix(state: seed)
        var parts = ["# Harbour talks", ""]
        func filler() -> String {
            "Exports rose \(rng.below(90) + 2)% in March, the ministry said.\n\n"
                + "On day \(parts.count) the weather was mild and the markets were closed.\n"
        }
        for (k, surname) in F.surnames.enumerated() {
            let full = "\(F.firstNames[k % F.firstNames.count]) \(surname)"
            let role = F.roles[k % F.roles.count]
            switch k % 3 {
            case 0: parts.append("Ms \(full), \(role), arrived in the city on Monday.\n")
            case 1: parts.append("“We will build the plant here,” said \(full), \(role).\n")
            default: parts.append("\(full), \(role), told reporters the port would stay open.\n")
            }
            parts.append(filler())
        }
        var size = parts.reduce(0) { $0 + $1.utf8.count }
        while size < bytes {
            let a = F.surnames[rng.below(F.surnames.count)]
            var b = F.surnames[rng.below(F.surnames.count)]
            if b == a { b = F.surnames[(F.surnames.firstIndex(of: a)! + 1) % F.surnames.count] }
            let story: String
            switch rng.below(4) {
            case 0, 1: story = "Yesterday, \(a) met \(b) at the port.\n\n“It went well,” she said.\n"
            case 2: story = "Yesterday, \(a) visited the plant.\n\n“It went well,” he said.\n"
            default: story = "Later, \(a) and \(b) left the city. “Nothing is decided,” he added.\n"
            }
            let block = story + "\n" + filler()
            parts.append(block)
            size += block.utf8.count + 1
        }
        return parts.joined(separator: "\n")
    }
}

/// A segment counts as people the names other segments show to be people (the name stage's kinds, and the people a
/// speech verb elsewhere shows: `NameReads.Local.lent`), so a
/// pronoun's candidates are the whole text's: a segmented run reports the ambiguous speakers (and everything
/// else) a whole-document run reports; after edits that add or remove what shows someone to be a person, too,
/// analysing again only the segments edited and those that read that person.
@Test func peopleShownElsewhereAreAPronounsCandidatesInEverySegment() {
    typealias F = SegmentedSpeakerFixtures
    let text = SourceText(LentPeopleFixtures.article(bytes: 100_000, seed: 21))
    let first = F.segmented(text)
    #expect(first.document.segmentCount > 30)
    let whole = F.wholeFindings(text)
    let ambiguous = whole.filter { $0.ruleID == "ambiguous-speaker" }
    #expect(ambiguous.count > 20)
    #expect(first.diagnostics == whole, "\(F.difference(first.diagnostics, whole))")
    var doc = first.document
    var rng = SplitMix(state: 23)
    for round in 0..<8 {
        let s = doc.text.string
        let edit: (TextRange, String)
        var reads: String? = nil
        switch round % 4 {
        case 0:
            // Take the honorific from someone shown to be a person only by it.
            guard let r = s.range(of: "Ms ") else { continue }
            let start = s.utf8.distance(from: s.utf8.startIndex, to: r.lowerBound)
            let name = s[r.upperBound...].split(separator: ",")[0].split(separator: " ").last!
            reads = String(name)
            edit = (TextRange(start, start + 3), "")
        case 1:
            // Give one back, to someone else's introduction: a person by the name stage now, not by the speech.
            guard let r = s.range(of: "said ") else { continue }
            let start = s.utf8.distance(from: s.utf8.startIndex, to: r.upperBound)
            reads = String(s[r.upperBound...].split(separator: ",")[0].split(separator: " ").last!)
            edit = (TextRange(start, start), "Dr ")
        case 2:
            // Remove a speech that showed someone to be a person.
            guard let r = s.range(of: " told reporters") else { continue }
            let start = s.utf8.distance(from: s.utf8.startIndex, to: r.lowerBound) + 1
            let paragraph = s[..<r.lowerBound].split(separator: "\n").last!
            reads = String(paragraph.split(separator: ",")[0].split(separator: " ").last!)
            edit = (TextRange(start, start + "told reporters".utf8.count), "hoped")
        default:
            let a = rng.below(doc.text.count)
            edit = (TextRange(a, a), "x")
        }
        // The segments that read the person whose honorific or speech goes.
        let readers =
            reads.map { name in
                doc.segments.count { s in
                    s.analysis?.reads.entities.contains {
                        $0.canonical.split(separator: " ").last.map(String.init) == name
                    }
                        ?? false
                }
            } ?? 0
        let edited = doc.editing(edit.0, with: Array(edit.1.utf8))
        let unanalysed = edited.segmentCount - edited.analysedSegmentCount
        #expect(unanalysed <= 3)
        let r = edited.analyzed(id: F.id, index: WorkspaceIndex(), configuration: .default)
        // Analysed again: only segments that name the person whose honorific or speech went or came; none after a
        // keystroke (the edited segments read what their text read before).
        let again = r.document.segmentsAnalysedByLastRun - unanalysed
        #expect(again <= readers, "round \(round)")
        #expect(reads == nil || readers > 0, "round \(round)")
        let whole = F.wholeFindings(r.document.text)
        #expect(r.diagnostics == whole, "round \(round) \(edit): \(F.difference(r.diagnostics, whole))")
        doc = r.document
    }
}

/// A surname marked as a man's or a woman's joins the person of its gender over the whole document, full names in one
/// segment and "Mrs. Clinton" in another; a pronoun passes over the person whose given name is the other gender's:
/// the segmented analysis is the whole document's.
@Test func segmentedMarkedSurnamesJoinThePersonOfTheirGender() {
    typealias F = SegmentedSpeakerFixtures
    var parts = ["# Campaign notes", "", "Bill Clinton and Hillary Clinton campaigned in Ohio on Monday.", ""]
    for k in 0..<400 {
        switch k % 4 {
        case 0: parts.append("Mrs. Clinton told supporters in town \(k) that the plan would work.")
        case 1: parts.append("Day \(k): Mr. Clinton said that he agreed. Clinton left early.")
        case 2: parts.append("Senator Tim Kaine met Hillary Clinton in city \(k). She said it went well.")
        default: parts.append("Exports rose \(k % 90 + 2)% in March, the ministry said on day \(k).")
        }
        parts.append("")
    }
    let text = SourceText(parts.joined(separator: "\n"))
    let r = F.segmented(text)
    #expect(r.document.segmentCount > 5)
    let whole = DocumentPipeline.run(text, kind: .annotated, id: F.id, index: WorkspaceIndex(), policy: F.whole)
    func people(_ a: ArticleAnalysis) -> [String: [TextRange]] {
        var out: [String: [TextRange]] = [:]
        for e in a.entities where e.kind == .person { out[e.canonicalName] = e.mentions }
        return out
    }
    #expect(people(r.document.analysis) == people(whole.analysis))
    func speakers(_ a: ArticleAnalysis) -> [String] {
        a.attributions.map { x in "\(x.cueRange) \(x.entity.map { a.entities[$0].canonicalName } ?? "-")" }
    }
    #expect(speakers(r.document.analysis) == speakers(whole.analysis))
    let hillary = r.document.analysis.entities.first { $0.canonicalName == "Hillary Clinton" }!
    #expect(hillary.mentions.filter { text[$0] == "Mrs. Clinton" }.count == 100)
    let bill = r.document.analysis.entities.first { $0.canonicalName == "Bill Clinton" }!
    #expect(bill.mentions.filter { text[$0] == "Mr. Clinton" }.count == 100)
}
