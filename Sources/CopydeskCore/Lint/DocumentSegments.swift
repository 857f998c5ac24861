import Synchronization

/// A document cut into segments that are parsed, analysed and linted on their own, so that an edit re-does
/// only the segments it touched (the language server's path for a huge article). The one pipeline
/// (`DocumentPipeline`) runs every document through this type: a document up to
/// `SegmentationPolicy.minimumDocumentBytes` is one segment, parsed and analysed as a whole exactly as
/// always; a larger one is cut at `SegmentBoundaries`' candidates, so a fresh run and an edited one give the
/// same result by construction (`editing` re-derives the same cuts from the same text).
///
/// How a document is cut (the same procedure from the start and after an edit): from a boundary, the
/// fragment up to the next candidate is parsed on its own (`ArticleParser.parseFragment`); if a construct runs
/// past its end (an unclosed fence or comment) the fragment grows to later candidates (1, 2, 4… at a time)
/// until it closes. So no parse construct and no analysis dependency crosses a boundary, and the document's
/// syntax is exactly the whole-text parse (`syntax`, assembled from the fragments with suppression scopes
/// resolved over the whole text).
///
/// What stays document-wide: the syntax-only rules (definitions, citations, syntax problems) run over the
/// whole syntax; configuration, suppressions and the baseline apply to the combined findings; and names. Before
/// any segment is analysed, the name stage (`NameStage.swift`) runs over the whole document: each segment gives
/// its name candidates once (`Segment.names`, a names-only pass: tokens, quotes, capitalised sequences, kept while
/// its text is), and `DocumentNames` decides from all of them which capitalised words are names (a word opening a
/// sentence is one when any segment capitalises it mid-sentence) and groups them into entities with their kinds,
/// exactly as a whole-document run (a surname alone joins the nearest full name before it in any segment, of its
/// gender when an honorific marks one; "Mexico"
/// the "New Mexico" named elsewhere). Each segment's analysis reads its part of that immutable value
/// (`NameReads`, through `AnalysisOptions.names`), so its names, entities and kinds are the whole document's by
/// construction. The stage is reused while every segment names alike (the positions moved:
/// `DocumentNames.reusable`), updated where an edit's names can change a decision (`DocumentNames.updated`), else
/// computed again; a segment is analysed again only when what it reads changed.
///
/// Who a speech verb shows to be a person is known only after the attribution stage, but does not depend on who is
/// one: a segment tells the others the people its speech verbs show (`SegmentAnalysis.spoken`, keys of the name
/// stage's entities), and reads, lent, those the others show (`NameReads.Local.lent`). On open the segments are
/// analysed in text order, each with the people shown so far; a segment whose reads then differ from the whole
/// document's (a person shown by speech only after it) is analysed again, once. An edited segment first reads the
/// people the segments it replaced showed (`Segment.spokenGuess`), so a keystroke analyses it once.
///
/// The rules that judge a name by the whole document (`Rule.readsDocumentEntities`: `unidentified-speaker`,
/// `ambiguous-speaker`) read each entity's document-wide facts (first full and role mentions, an honorific:
/// `DocumentEntities`); a segment whose facts changed (an edit elsewhere added or removed a full name, role or
/// honorific) is linted again by those rules, not re-analysed. A rule that reports a name once per document
/// (`OncePerEntityRule`: `unidentified-speaker`) gives each segment's findings with the entity they are about, and
/// `analyzed` keeps the first in text order per entity, where a whole-document run reports it: choosing is a pass
/// over the stored findings, so an edit that removes an entity's first finding shows the next one without linting
/// its segment again. The flat `analysis` (built on demand) merges the segments' entities by the name stage's
/// identity, and an editor question about one place reads only the segments there with those entities
/// (`analysis(around:)`: hover, definition and highlight after an edit assemble no huge lists).
public struct DocumentSegments: Sendable {
    public private(set) var text: SourceText
    public let kind: ArticleKind
    public let policy: SegmentationPolicy
    /// The whole document's syntax (equal to `ArticleParser.parse(text, kind:)`).
    public private(set) var syntax: ArticleSyntax
    var segments: [Segment]
    /// What the stored segment analyses were computed with (nil: none is).
    var inputs: AnalysisInputs?
    private var flat: FlatAnalysisCache
    /// The document-wide name stage last computed (`analyzed` reuses it while the segments' names stay, up to
    /// positions), and the people a speech verb showed (keys: `SegmentAnalysis.spoken` of every segment).
    var names: DocumentNames? = nil
    var people: Set<UInt64> = []
    /// Whether the last `analyzed` reused the previous name stage, or updated it where the edit's names could change
    /// a decision (`DocumentNames.updated`), and how many segments it checked for new reads (tests).
    var namesReused = false
    var namesUpdated = false
    var segmentsRecheckedByLastRun = 0
    /// How many segment analyses the last `analyzed` ran (a segment analysed again with the people it reads
    /// counts twice) (tests).
    var segmentsAnalysedByLastRun = 0

    struct Segment: Sendable {
        /// Who this segment is: kept while its text is, so a late analysis can be adopted (`adoptingAnalyses`).
        var token = SegmentToken()
        var start: Int
        var length: Int
        var entry: ArticleParser.FragmentContext
        var exit: ArticleParser.FragmentContext
        /// The fragment's headline and title (relative offsets), and the front matter (first segment only).
        var title: String?
        var headlineRange: TextRange?
        var frontMatter: FrontMatter?
        var paragraphCount: Int
        var analysis: SegmentAnalysis?
        /// The segment's name candidates (the names-only pass of the name stage), kept with its text.
        var names: NameCandidates? = nil
        /// Before its first analysis, the people the segments it replaced showed (`SegmentAnalysis.spoken`): what
        /// an edited segment most likely shows again (`analyzed` checks it).
        var spokenGuess: [UInt64] = []
        /// The findings of the rules that read document-wide entity facts, and the facts they were linted with.
        var entityLint: EntityLint? = nil
        var end: Int { start + length }
    }

    struct EntityLint: Sendable {
        var overrides: [DocumentEntities.Override]
        /// In text order.
        var findings: [Diagnostic]
        /// Per finding, the document-wide identity of the entity it is about when its rule reports a name once per
        /// document (`OncePerEntityRule`), else nil: `analyzed` keeps the document's first finding per entity.
        var subjects: [UInt64?]
    }

    struct AnalysisInputs: Sendable, Hashable {
        var key: Int
        var configuration: Configuration
    }

    /// The number of segments (1 for a document analysed as a whole).
    public var segmentCount: Int { segments.count }
    /// Where each segment starts (tests and benchmarks).
    public var segmentStarts: [Int] { segments.map(\.start) }
    /// Each segment's place and identity: a key stays the same while its segment's text does (an edit
    /// elsewhere keeps it, only moved), so a client can keep what it derived from a segment (the server its
    /// published JSON).
    public var segmentKeys: [SegmentKey] {
        segments.map { SegmentKey(token: $0.token, start: $0.start, length: $0.length) }
    }

    /// Segments whose analysis is stored (the others are analysed by `analyzed`).
    public var analysedSegmentCount: Int { segments.count(where: { $0.analysis != nil }) }

    // MARK: Parsing

    /// Parses `text`, cut into segments by `policy`.
    public init(_ text: SourceText, kind: ArticleKind, policy: SegmentationPolicy = .standard) {
        self.text = text
        self.kind = kind
        self.policy = policy
        self.flat = FlatAnalysisCache()
        self.inputs = nil
        if text.count <= policy.minimumDocumentBytes {
            let syntax = ArticleParser.parse(text, kind: kind)
            self.syntax = syntax
            self.segments = [Self.wholeSegment(syntax)]
            return
        }
        var candidates = BoundaryCandidates(text, from: 0, policy: policy)
        var prose: [UInt8] = []
        prose.reserveCapacity(text.count + SourceText.roomToGrow(text.count))
        let cut = Self.cut(text, kind: kind, from: 0, entry: .documentStart, candidates: &candidates, prose: &prose) {
            _, _ in false
        }
        self.segments = cut.map(\.segment)
        self.syntax = Self.assemble(
            text: text, kind: kind, prose: prose, segments: segments, old: nil, fragments: cut)
    }

    /// The segments of an already parsed document (no second parse when it is one segment).
    public init(parsed syntax: ArticleSyntax, policy: SegmentationPolicy = .standard) {
        guard syntax.text.count <= policy.minimumDocumentBytes else {
            self.init(syntax.text, kind: syntax.kind, policy: policy)
            return
        }
        self.init(
            text: syntax.text, kind: syntax.kind, policy: policy, syntax: syntax,
            segments: [Self.wholeSegment(syntax)], inputs: nil)
    }

    private static func wholeSegment(_ syntax: ArticleSyntax) -> Segment {
        Segment(
            start: 0, length: syntax.text.count, entry: .documentStart,
            exit: .init(isDocumentStart: false, sawHeadline: syntax.headlineRange != nil),
            title: syntax.title, headlineRange: syntax.headlineRange, frontMatter: syntax.frontMatter,
            paragraphCount: syntax.paragraphs.count, analysis: nil)
    }

    private init(
        text: SourceText, kind: ArticleKind, policy: SegmentationPolicy, syntax: ArticleSyntax, segments: [Segment],
        inputs: AnalysisInputs?
    ) {
        self.text = text
        self.kind = kind
        self.policy = policy
        self.syntax = syntax
        self.segments = segments
        self.inputs = inputs
        self.flat = FlatAnalysisCache()
    }

    /// A parsed fragment at its place in the document.
    struct CutFragment {
        var segment: Segment
        /// The fragment's lists (its text is the document's; its prose went to the caller's).
        var syntax: OldSyntax
    }

    /// Cuts `text` from `start` (a boundary whose fragment starts in `entry`) until `stop(boundary, context)`
    /// says the rest is known, or the end.
    private static func cut(
        _ text: SourceText, kind: ArticleKind, from start: Int, entry: ArticleParser.FragmentContext,
        candidates: inout BoundaryCandidates, prose: inout [UInt8], stop: (Int, ArticleParser.FragmentContext) -> Bool
    ) -> [CutFragment] {
        var out: [CutFragment] = []
        var s = start
        var context = entry
        while s < text.count {
            var e = candidates.next(after: s)
            var skip = 1
            var fragment: ArticleParser.Fragment
            while true {
                fragment = ArticleParser.parseFragment(
                    SourceText(validUTF8Slice: text.bytes[s..<e]), kind: kind, context: context)
                if !fragment.isOpenAtEnd || e >= text.count { break }
                e = candidates.next(after: e, skipping: skip - 1)
                skip *= 2
            }
            let f = fragment.syntax
            out.append(
                CutFragment(
                    segment: Segment(
                        start: s, length: e - s, entry: context, exit: fragment.exit, title: f.title,
                        headlineRange: f.headlineRange, frontMatter: f.frontMatter,
                        paragraphCount: f.paragraphs.count, analysis: nil),
                    syntax: OldSyntax(f)))
            prose.append(contentsOf: f.prose)
            s = e
            context = fragment.exit
            if s < text.count && stop(s, context) { break }
        }
        return out
    }

    /// This document after replacing the bytes of `range` with `replacement` (`edit`).
    public func editing(_ range: TextRange, with replacement: [UInt8]) -> DocumentSegments {
        var d = self
        d.edit { text in
            let r = text.scalarAligned(range)
            let before = text.count
            text.replaceSubrange(r, with: replacement)
            return (r, text.count - (before - r.count))
        }
        return d
    }

    /// Changes the text with `apply` — which returns the bytes it replaced (old offsets) and how many took their
    /// place, or nil when nothing changed — then re-parses the segments the change touched (and the one before,
    /// whose boundary reads the edited block) and keeps the others and their analyses. The result equals
    /// `DocumentSegments(newText…)`, only faster. When this value holds the only reference to the text and
    /// the prose, both change in place (the server's case: a keystroke moves the tail of a huge article once).
    public mutating func edit(_ apply: (inout SourceText) -> (old: TextRange, insertedCount: Int)?) {
        // Give up every other reference to the text and the prose, so that they change in place.
        flat = FlatAnalysisCache()
        let old = OldSyntax(syntax)
        var prose = syntax.prose
        syntax = old.syntax(text: SourceText(""), prose: [])
        var newText = text
        text = SourceText("")
        let oldCount = newText.count
        guard let changed = apply(&newText) else {
            text = newText
            syntax = old.syntax(text: newText, prose: prose)
            return
        }
        let delta = newText.count - oldCount
        let lo = min(max(0, changed.old.start), oldCount)
        let hiOld = min(max(lo, changed.old.end), oldCount)
        let hiNew = lo + changed.insertedCount
        guard segments.count > 1, newText.count > policy.minimumDocumentBytes, hiNew <= newText.count else {
            self = DocumentSegments(newText, kind: kind, policy: policy)
            return
        }
        // The segment holding the edit's start, and the one before it (its boundary reads the edited block).
        var i0 = segmentIndex(containing: lo)
        if i0 > 0 { i0 -= 1 }
        let start = segments[i0].start
        let starts = segments.map(\.start)
        var candidates = BoundaryCandidates(newText, from: start, policy: policy)
        var resume = segments.count
        var fragmentsProse: [UInt8] = []
        let cut = Self.cut(
            newText, kind: kind, from: start, entry: segments[i0].entry, candidates: &candidates, prose: &fragmentsProse
        ) {
            boundary, context in
            guard boundary >= hiNew else { return false }
            let oldBoundary = boundary - delta
            guard oldBoundary >= hiOld, let j = Self.index(of: oldBoundary, in: starts), segments[j].entry == context
            else { return false }
            resume = j
            return true
        }
        let oldEnd = resume < segments.count ? segments[resume].start : oldCount
        var guess = Set<UInt64>()
        for s in segments[i0..<resume] { guess.formUnion(s.analysis?.spoken ?? s.spokenGuess) }
        let spokenGuess = guess.sorted()
        var kept = Array(segments[0..<i0])
        for var s in cut.map(\.segment) {
            s.spokenGuess = spokenGuess
            kept.append(s)
        }
        for var s in segments[resume...] {
            s.start += delta
            kept.append(s)
        }
        prose.replaceSubrange(start..<oldEnd, with: fragmentsProse)
        segments = kept
        text = newText
        syntax = Self.assemble(
            text: newText, kind: kind, prose: prose, segments: kept,
            old: (old, prefixEnd: start, suffixStart: oldEnd, delta: delta), fragments: cut)
    }

    /// The segment whose range holds `offset` (the last one for the text's end).
    func segmentIndex(containing offset: Int) -> Int {
        segments.lastIndex(keyedBy: \.start, atMost: offset)
    }

    private static func index(of start: Int, in starts: [Int]) -> Int? {
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < start { lo = mid + 1 } else { hi = mid }
        }
        return lo < starts.count && starts[lo] == start ? lo : nil
    }

    /// The lists of a syntax, without its text and prose (so that `edit` can let go of those).
    struct OldSyntax {
        let kind: ArticleKind
        let frontMatter: FrontMatter?
        let title: String?
        let headlineRange: TextRange?
        let headings: [Heading]
        let paragraphs: [Paragraph]
        let entityDefinitions: [EntityDefinition]
        let sourceDefinitions: [SourceDefinition]
        let entityMentions: [EntityMention]
        let citations: [Citation]
        let links: [Link]
        let suppressions: [Suppression]
        let problems: [SyntaxProblem]

        init(_ s: ArticleSyntax) {
            kind = s.kind
            frontMatter = s.frontMatter
            title = s.title
            headlineRange = s.headlineRange
            headings = s.headings
            paragraphs = s.paragraphs
            entityDefinitions = s.entityDefinitions
            sourceDefinitions = s.sourceDefinitions
            entityMentions = s.entityMentions
            citations = s.citations
            links = s.links
            suppressions = s.suppressions
            problems = s.problems
        }

        func syntax(text: SourceText, prose: [UInt8]) -> ArticleSyntax {
            ArticleSyntax(
                text: text, kind: kind, prose: prose, frontMatter: frontMatter, title: title,
                headlineRange: headlineRange, headings: headings, paragraphs: paragraphs,
                entityDefinitions: entityDefinitions, sourceDefinitions: sourceDefinitions,
                entityMentions: entityMentions, citations: citations, links: links, suppressions: suppressions,
                problems: problems)
        }
    }

    /// The whole document's syntax: the old lists before `prefixEnd`, the fragments', the old ones from
    /// `suffixStart` moved by `delta`; suppression scopes resolved over the whole text.
    private static func assemble(
        text: SourceText, kind: ArticleKind, prose: [UInt8], segments: [Segment],
        old: (OldSyntax, prefixEnd: Int, suffixStart: Int, delta: Int)?, fragments: [CutFragment]
    ) -> ArticleSyntax {
        func splice<T>(
            _ list: (OldSyntax) -> [T], _ fragment: (OldSyntax) -> [T], _ start: (T) -> Int,
            _ shift: (T, Int) -> T
        ) -> [T] {
            var out: [T] = []
            if let o = old {
                let l = list(o.0)
                out.append(contentsOf: l[0..<firstIndex(l, atOrAfter: o.prefixEnd, start)])
            }
            for f in fragments {
                let base = f.segment.start
                for x in fragment(f.syntax) { out.append(shift(x, base)) }
            }
            if let o = old {
                let l = list(o.0)
                for x in l[firstIndex(l, atOrAfter: o.suffixStart, start)...] { out.append(shift(x, o.delta)) }
            }
            return out
        }
        let suppressions = splice(\.suppressions, \.suppressions, \.range.start) { $0.shifted($1) }
        let first = segments.first { $0.title != nil }
        let headline = segments.first { $0.headlineRange != nil }
        return ArticleSyntax(
            text: text, kind: kind, prose: prose, frontMatter: segments.first?.frontMatter,
            title: first?.title, headlineRange: headline.flatMap { s in s.headlineRange.map { $0.shifted(s.start) } },
            headings: splice(\.headings, \.headings, \.range.start) { $0.shifted($1) },
            paragraphs: splice(\.paragraphs, \.paragraphs, \.range.start) { $0.shifted($1) },
            entityDefinitions: splice(\.entityDefinitions, \.entityDefinitions, \.range.start) { $0.shifted($1) },
            sourceDefinitions: splice(\.sourceDefinitions, \.sourceDefinitions, \.range.start) { $0.shifted($1) },
            entityMentions: splice(\.entityMentions, \.entityMentions, \.range.start) { $0.shifted($1) },
            citations: splice(\.citations, \.citations, \.range.start) { $0.shifted($1) },
            links: splice(\.links, \.links, \.range.start) { $0.shifted($1) },
            suppressions: ArticleParser.resolveSuppressionScopes(suppressions, in: text),
            problems: splice(\.problems, \.problems, \.range.start) { $0.shifted($1) })
    }

    /// The first index of `list` (in text order) whose element starts at or after `offset`.
    private static func firstIndex<T>(_ list: [T], atOrAfter offset: Int, _ start: (T) -> Int) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if start(list[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Segment `i` as a document of its own (its bytes, relative offsets): what its analysis reads.
    func fragmentSyntax(_ i: Int) -> ArticleSyntax {
        if segments.count == 1 { return syntax }
        let s = segments[i]
        let r = TextRange(s.start, s.end)
        func slice<T>(_ list: [T], _ start: (T) -> Int, _ shift: (T, Int) -> T) -> [T] {
            let a = Self.firstIndex(list, atOrAfter: r.start, start)
            let b = Self.firstIndex(list, atOrAfter: r.end, start)
            return list[a..<b].map { shift($0, -r.start) }
        }
        return ArticleSyntax(
            text: SourceText(validUTF8Slice: text.bytes[r.start..<r.end]), kind: kind,
            prose: Array(syntax.prose[r.start..<r.end]), frontMatter: s.frontMatter, title: s.title,
            headlineRange: s.headlineRange,
            headings: slice(syntax.headings, \.range.start) { $0.shifted($1) },
            paragraphs: slice(syntax.paragraphs, \.range.start) { $0.shifted($1) },
            entityDefinitions: slice(syntax.entityDefinitions, \.range.start) { $0.shifted($1) },
            sourceDefinitions: slice(syntax.sourceDefinitions, \.range.start) { $0.shifted($1) },
            entityMentions: slice(syntax.entityMentions, \.range.start) { $0.shifted($1) },
            citations: slice(syntax.citations, \.range.start) { $0.shifted($1) },
            links: slice(syntax.links, \.range.start) { $0.shifted($1) },
            suppressions: slice(syntax.suppressions, \.range.start) { $0.shifted($1) },
            problems: slice(syntax.problems, \.range.start) { $0.shifted($1) })
    }

    // MARK: Analysis

    /// Analyses the segments that have no stored analysis (all of them when `inputsKey` or the configuration
    /// differ from those the stored ones were computed with) and lints the document. `inputsKey` stands for the
    /// workspace index's definitions: a caller whose definitions may have changed passes a new one.
    public func analyzed(
        id: DocumentID, index: WorkspaceIndex, configuration: Configuration, inputsKey: Int = 0,
        rules: [any Rule] = RuleRegistry.all
    ) -> (document: DocumentSegments, diagnostics: [Diagnostic], baselined: [Diagnostic]) {
        let wanted = AnalysisInputs(key: inputsKey, configuration: configuration)
        let valid = inputs == wanted
        var segments = self.segments
        let options = AnalysisOptions(configuration: configuration, index: index)
        let analysisRules = rules.filter { $0.readsAnalysis && !$0.readsDocumentEntities }
        let entityRules = rules.filter { $0.readsAnalysis && $0.readsDocumentEntities }
        var fresh: [Int: ArticleAnalysis] = [:]
        var analysed = 0
        var reanalysed = [Bool](repeating: false, count: segments.count)
        func analyse(_ i: Int, reads: NameReads?) {
            var options = options
            options.names = reads
            let analysis = ArticleAnalyzer.analyze(fragmentSyntax(i), options: options)
            segments[i].analysis = SegmentAnalysis(
                analysis,
                findings: Linter.sorted(
                    Linter.findings(
                        analysis, document: id, index: index, configuration: configuration, rules: analysisRules)),
                reads: reads)
            segments[i].entityLint = nil
            analysed += 1
            reanalysed[i] = true
            // Keep a few fresh analyses for the entity rules below (a keystroke's one to three segments); a whole
            // document's worth would hold every segment's tokens at once (~+200 MB at 50 MB), so the rest are
            // rebuilt from the stored segment analysis when linted.
            if fresh.count < Self.freshAnalysesKept || fresh[i] != nil { fresh[i] = analysis }
        }
        var names: DocumentNames? = nil
        var people = Set<UInt64>()
        var reused = false
        var updated = false
        var recheck = [Bool](repeating: true, count: segments.count)
        if segments.count == 1 {
            // A document analysed as a whole: its own name stage.
            if segments[0].analysis == nil || !valid { analyse(0, reads: nil) }
        } else {
            // The names-only pass of the segments not yet read, then the document-wide name stage (the previous one
            // when every segment names alike, up to positions).
            for i in segments.indices where segments[i].names == nil || !valid {
                segments[i].names = Self.nameCandidates(fragmentSyntax(i), options: options)
            }
            let parts = segments.map { $0.names! }
            let starts = segments.map(\.start)
            let stage: DocumentNames
            // The segments whose reads may have changed (besides those not analysed): none while the stage is
            // reused; after an edit that changed names, those the update says (`DocumentNames.updated`), else those
            // with an entity that has a name in a changed segment.
            if valid, let previous = self.names, previous.reusable(for: parts) {
                stage = previous.moved(to: parts)
                reused = true
                recheck = [Bool](repeating: false, count: segments.count)
            } else if valid, let previous = self.names,
                let update = previous.updated(to: parts, starts: starts, text: text, index: index)
            {
                stage = update.names
                updated = true
                recheck = update.recheck
            } else {
                stage = DocumentNames(parts: parts, starts: starts, text: text, index: index)
                if valid, let previous = self.names {
                    let affected = stage.affected(since: previous)
                    for i in segments.indices {
                        recheck[i] =
                            affected.parts[i]
                            || (segments[i].analysis?.keys.contains(where: affected.entities.contains) ?? true)
                    }
                }
            }
            names = stage
            // Who a speech verb shows to be a person is known only once every segment is analysed (it does not
            // depend on who is): each segment is analysed with the people shown so far (those the segments it
            // replaced showed, those shown before it in text order), then again if the whole document shows others
            // among its names (one round settles). The segments not checked again read the people the last run
            // showed: those whose membership changes are checked below.
            let keptPeople = valid && (reused || updated)
            var shown = keptPeople ? self.people : []
            for s in segments { shown.formUnion(s.analysis?.spoken ?? s.spokenGuess) }
            for i in segments.indices {
                guard segments[i].analysis == nil || !valid || recheck[i] else { continue }
                if valid, let a = segments[i].analysis,
                    stage.sameReads(i, as: a.reads, people: shown, spoken: a.spoken)
                {
                    continue
                }
                let reads = stage.reads(i, people: shown)
                if segments[i].analysis.map({ $0.reads != reads.excluding($0.spoken) }) ?? true || !valid {
                    analyse(i, reads: reads)
                    shown.formUnion(segments[i].analysis!.spoken)
                }
            }
            for s in segments { people.formUnion(s.analysis!.spoken) }
            let changed = people.symmetricDifference(keptPeople ? self.people : [])
            for i in segments.indices
            where recheck[i] || reanalysed[i]
                || (!changed.isEmpty && segments[i].analysis!.keys.contains(where: changed.contains))
            {
                let a = segments[i].analysis!
                if stage.sameReads(i, as: a.reads, people: people, spoken: a.spoken) { continue }
                let reads = stage.reads(i, people: people)
                if a.reads != reads.excluding(a.spoken) { analyse(i, reads: reads) }
            }
        }
        // The facts a segment reads are positions in its own part, or before or after it: while the name stage is
        // reused, only a segment analysed again has new ones.
        for i in segments.indices where recheck[i] || reanalysed[i] || segments[i].entityLint == nil {
            let overrides =
                names.map {
                    DocumentEntities.overrides(
                        i, keys: segments[i].analysis!.keys, entities: segments[i].analysis!.entities, names: $0)
                } ?? []
            guard segments[i].entityLint?.overrides != overrides else { continue }
            let analysis = fresh[i] ?? segments[i].analysis!.whole(fragmentSyntax(i))
            let found = Linter.findingsBySubject(
                analysis, document: id, index: index, configuration: configuration, rules: entityRules,
                entities: DocumentEntities.applying(overrides, to: analysis.entities))
            let keys = segments[i].analysis!.keys
            segments[i].entityLint = EntityLint(
                overrides: overrides, findings: found.findings,
                subjects: segments.count > 1
                    ? found.subjects.map { $0.map { keys[$0] } } : found.subjects.map { _ in nil })
        }
        var document = DocumentSegments(
            text: text, kind: kind, policy: policy, syntax: syntax, segments: segments, inputs: wanted)
        document.names = names
        document.people = people
        document.namesReused = reused
        document.namesUpdated = updated
        document.segmentsRecheckedByLastRun = segments.count > 1 ? recheck.count(where: { $0 }) : 0
        document.segmentsAnalysedByLastRun = analysed
        // Syntax-only rules read the whole document; their findings merge into the segments' (each in text order).
        let whole = Linter.sorted(
            Linter.findings(
                ArticleAnalysis(
                    syntax: syntax, sentences: [], quotes: [], attributions: [], entities: [], claims: [],
                    vagueAttributions: []), document: id, index: index, configuration: configuration,
                rules: rules.filter { !$0.readsAnalysis }))
        var finisher = Linter.Finisher(syntax: syntax, configuration: configuration, rules: rules)
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(
            segments.reduce(whole.count) { $0 + $1.analysis!.findings.count + $1.entityLint!.findings.count })
        // A name reported once per document: its first finding in text order (earlier segments first, each
        // segment's in text order); the later segments' findings about it are not shown, nor linted again.
        var reported = Set<SubjectKey>()
        var k = 0
        for s in segments {
            let lint = s.entityLint!
            var entityFindings = lint.findings
            if lint.subjects.contains(where: { $0 != nil }) {
                entityFindings = []
                for (d, subject) in zip(lint.findings, lint.subjects) {
                    if let subject, !reported.insert(SubjectKey(rule: d.ruleID, entity: subject)).inserted {
                        continue
                    }
                    entityFindings.append(d)
                }
            }
            for d in Self.merged(s.analysis!.findings, entityFindings) {
                let start = d.range.start + s.start
                let end = d.range.end + s.start
                while k < whole.count
                    && (whole[k].range.start, whole[k].range.end, whole[k].ruleID) < (start, end, d.ruleID)
                {
                    finisher.add(whole[k], shift: 0, into: &diagnostics)
                    k += 1
                }
                finisher.add(d, shift: s.start, into: &diagnostics)
            }
        }
        while k < whole.count {
            finisher.add(whole[k], shift: 0, into: &diagnostics)
            k += 1
        }
        // An empty baseline accepts nothing: the flat analysis it would read is not built for it.
        guard let scope = configuration.baseline, !scope.baseline.isEmpty else { return (document, diagnostics, []) }
        let split = scope.partition(diagnostics, analysis: document.analysis)
        return (document, split.reported, split.baselined)
    }

    private struct SubjectKey: Hashable {
        let rule: String
        let entity: UInt64
    }

    /// The names-only pass over segment syntax `syntax`: text units, quotes and name candidates
    /// (`NameCandidates`), what the document-wide name stage reads of it.
    static func nameCandidates(_ syntax: ArticleSyntax, options: AnalysisOptions) -> NameCandidates {
        let units = Segmenter(syntax: syntax, options: options).textUnits()
        let quotes = QuoteStage(syntax: syntax, options: options, units: units).quoteSet()
        let stage = MentionStage(syntax: syntax, options: options, units: units, quoteSet: quotes)
        return stage.nameCandidates(stage.scanCandidates())
    }

    /// How many just-computed segment analyses `analyzed` keeps for the entity rules instead of rebuilding them.
    static let freshAnalysesKept = 8

    /// Two lists of findings in text order as one.
    private static func merged(_ a: [Diagnostic], _ b: [Diagnostic]) -> [Diagnostic] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [Diagnostic] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count
                || (i < a.count
                    && (a[i].range.start, a[i].range.end, a[i].ruleID) <= (
                        b[j].range.start, b[j].range.end, b[j].ruleID
                    ))
            {
                out.append(a[i])
                i += 1
            } else {
                out.append(b[j])
                j += 1
            }
        }
        return out
    }

    /// Bytes that `analyzed` with these inputs would analyse (the server runs a large amount off its main loop).
    public func bytesToAnalyze(configuration: Configuration, inputsKey: Int = 0) -> Int {
        let valid = inputs == AnalysisInputs(key: inputsKey, configuration: configuration)
        return segments.reduce(0) { $0 + (valid && $1.analysis != nil ? 0 : $1.length) }
    }

    /// This document with the analyses `other` (an earlier or later version of it, analysed meanwhile) holds
    /// for segments this one still has unchanged.
    public func adoptingAnalyses(from other: DocumentSegments) -> DocumentSegments {
        guard let theirs = other.inputs, inputs == nil || inputs == theirs else { return self }
        var byToken: [ObjectIdentifier: (analysis: SegmentAnalysis, entityLint: EntityLint?, names: NameCandidates?)] =
            [:]
        for s in other.segments {
            if let a = s.analysis { byToken[ObjectIdentifier(s.token)] = (a, s.entityLint, s.names) }
        }
        var segments = self.segments
        var adopted = false
        for i in segments.indices where segments[i].analysis == nil {
            if let a = byToken[ObjectIdentifier(segments[i].token)] {
                segments[i].analysis = a.analysis
                segments[i].entityLint = a.entityLint
                segments[i].names = a.names
                adopted = true
            }
        }
        guard adopted || inputs == nil else { return self }
        var document = DocumentSegments(
            text: text, kind: kind, policy: policy, syntax: syntax, segments: segments, inputs: theirs)
        // Its segments' analyses read two name stages: the next `analyzed` computes the name stage again and checks
        // every segment's reads.
        document.names = nil
        return document
    }

    /// The analysis an editor question about `range` reads, once `analyzed` has run: the whole `analysis` when it
    /// is built (or the document is one segment); else that of the segments `range` touches, with the
    /// document-wide entities they name and every entity linked to a defined id (`FlatAnalysis.local`), so that a
    /// hover after an edit does not assemble a huge article's lists (~0.2 s and +70 MB at 50 MB). What it says
    /// about `range` is what the whole analysis says: same entities (by name, with every mention), sentences,
    /// quotes, attributions and claims there, indexed among themselves.
    public func analysis(around range: TextRange) -> ArticleAnalysis {
        if segments.count == 1 { return analysis }
        if let built = flat.built { return built }
        let first = segmentIndex(containing: max(0, range.start - 1))
        let last = segmentIndex(containing: range.end + 1)
        return flat.local(first..<(last + 1)) {
            FlatAnalysis.local(syntax: syntax, segments: segments, first..<(last + 1))
        }
    }

    /// The whole document's analysis, once `analyzed` has run (built from the segments on first use, then
    /// kept): each segment's sentences, quotes, attributions, claims and vague phrases in text order, and
    /// entities merged across segments by name.
    public var analysis: ArticleAnalysis {
        flat.value {
            if segments.count == 1, let a = segments[0].analysis { return a.whole(syntax) }
            return FlatAnalysis.assemble(syntax: syntax, segments: segments)
        }
    }
}

/// A segment's identity (compared with `===`).
final class SegmentToken: Sendable {}

/// A segment of a `DocumentSegments` where it stands now, with an identity that outlives edits elsewhere.
public struct SegmentKey: Sendable, Hashable {
    let token: SegmentToken
    public let start: Int
    public let length: Int
    /// The same segment (same text), wherever it stands.
    public var identity: ObjectIdentifier { ObjectIdentifier(token) }
    public static func == (a: SegmentKey, b: SegmentKey) -> Bool {
        a.token === b.token && a.start == b.start && a.length == b.length
    }
    public func hash(into h: inout Hasher) {
        h.combine(ObjectIdentifier(token))
        h.combine(start)
    }
}

/// The flat analysis, built once per document value on first use (documents are shared between threads).
final class FlatAnalysisCache: Sendable {
    private let stored = Mutex<ArticleAnalysis?>(nil)
    /// The analysis if built.
    var built: ArticleAnalysis? { stored.withLock { $0 } }
    /// The last local analysis built (`DocumentSegments.analysis(around:)`) and its segments: the next hover is
    /// usually near the last.
    private let lastLocal = Mutex<(segments: Range<Int>, analysis: ArticleAnalysis)?>(nil)

    func local(_ segments: Range<Int>, _ make: () -> ArticleAnalysis) -> ArticleAnalysis {
        if let l = lastLocal.withLock({ $0 }), l.segments == segments { return l.analysis }
        let v = make()
        lastLocal.withLock { $0 = (segments, v) }
        return v
    }
    func value(_ make: () -> ArticleAnalysis) -> ArticleAnalysis {
        if let v = stored.withLock({ $0 }) { return v }
        let v = make()
        stored.withLock { $0 = v }
        return v
    }
}
