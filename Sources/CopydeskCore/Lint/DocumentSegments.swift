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
/// whole syntax; configuration, suppressions and the baseline apply to the combined findings; the flat
/// `analysis` (built on demand) merges the segments' entities by name. What a large document does not get:
/// entities grouped across segments for the speaker rules (a surname used tens of kilobytes after the
/// full name, across a cut) — each segment groups its own.
public struct DocumentSegments: Sendable {
    public let text: SourceText
    public let kind: ArticleKind
    public let policy: SegmentationPolicy
    /// The whole document's syntax (equal to `ArticleParser.parse(text, kind:)`).
    public let syntax: ArticleSyntax
    var segments: [Segment]
    /// What the stored segment analyses were computed with (nil: none is).
    var inputs: AnalysisInputs?
    private let flat: FlatAnalysisCache

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
        var end: Int { start + length }
    }

    struct AnalysisInputs: Sendable, Hashable {
        var key: Int
        var configuration: Configuration
    }

    /// The number of segments (1 for a document analysed as a whole).
    public var segmentCount: Int { segments.count }
    /// Where each segment starts (tests and benchmarks).
    public var segmentStarts: [Int] { segments.map(\.start) }
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
        let cut = Self.cut(text, kind: kind, from: 0, entry: .documentStart, candidates: &candidates) { _, _ in false }
        self.segments = cut.map(\.segment)
        self.syntax = Self.assemble(
            text: text, kind: kind, segments: segments, prefix: nil, fragments: cut, suffix: nil)
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
        var syntax: ArticleSyntax
    }

    /// Cuts `text` from `start` (a boundary whose fragment starts in `entry`) until `stop(boundary, context)`
    /// says the rest is known, or the end.
    private static func cut(
        _ text: SourceText, kind: ArticleKind, from start: Int, entry: ArticleParser.FragmentContext,
        candidates: inout BoundaryCandidates, stop: (Int, ArticleParser.FragmentContext) -> Bool
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
                    syntax: f))
            s = e
            context = fragment.exit
            if s < text.count && stop(s, context) { break }
        }
        return out
    }

    /// This document after replacing the bytes of `range` with `replacement`: re-parses the segments the edit
    /// touched (and the one before, whose boundary reads the edited block), keeps the others and their
    /// analyses. Equal to `DocumentSegments(newText…)`, only faster.
    public func editing(_ range: TextRange, with replacement: [UInt8]) -> DocumentSegments {
        let r = text.scalarAligned(range)
        let newText = text.replacing(r, with: replacement)
        return editing(to: newText, changed: r, insertedCount: newText.count - (text.count - r.count))
    }

    /// This document with its text replaced by `newText`, which differs from `text` only in `changed` (old
    /// offsets), now `insertedCount` bytes long.
    public func editing(to newText: SourceText, changed: TextRange, insertedCount: Int) -> DocumentSegments {
        let old = text
        let delta = newText.count - old.count
        let lo = min(max(0, changed.start), old.count)
        let hiOld = min(max(lo, changed.end), old.count)
        let hiNew = lo + insertedCount
        guard segments.count > 1, newText.count > policy.minimumDocumentBytes, hiNew <= newText.count else {
            var fresh = DocumentSegments(newText, kind: kind, policy: policy)
            fresh.inputs = nil
            return fresh
        }
        // The segment holding the edit's start, and the one before it (its boundary reads the edited block).
        var i0 = segmentIndex(containing: lo)
        if i0 > 0 { i0 -= 1 }
        let start = segments[i0].start
        let starts = segments.map(\.start)
        var candidates = BoundaryCandidates(newText, from: start, policy: policy)
        var resume = segments.count
        let cut = Self.cut(newText, kind: kind, from: start, entry: segments[i0].entry, candidates: &candidates) {
            boundary, context in
            guard boundary >= hiNew else { return false }
            let oldBoundary = boundary - delta
            guard oldBoundary >= hiOld, let j = Self.index(of: oldBoundary, in: starts), segments[j].entry == context
            else { return false }
            resume = j
            return true
        }
        let oldEnd = resume < segments.count ? segments[resume].start : old.count
        var kept = Array(segments[0..<i0])
        kept += cut.map(\.segment)
        for var s in segments[resume...] {
            s.start += delta
            kept.append(s)
        }
        let syntax = Self.assemble(
            text: newText, kind: kind, segments: kept, prefix: (self.syntax, start), fragments: cut,
            suffix: (self.syntax, oldEnd, delta))
        return DocumentSegments(
            text: newText, kind: kind, policy: policy, syntax: syntax, segments: kept, inputs: inputs)
    }

    /// The segment whose range holds `offset` (the last one for the text's end).
    func segmentIndex(containing offset: Int) -> Int {
        var lo = 0
        var hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if segments[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
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

    /// The whole document's syntax: the old syntax before `prefix.end`, the fragments, the old syntax from
    /// `suffix.start` shifted by `suffix.delta`; suppression scopes resolved over the whole text.
    private static func assemble(
        text: SourceText, kind: ArticleKind, segments: [Segment], prefix: (ArticleSyntax, end: Int)?,
        fragments: [CutFragment], suffix: (ArticleSyntax, start: Int, delta: Int)?
    ) -> ArticleSyntax {
        func splice<T>(_ list: (ArticleSyntax) -> [T], _ start: (T) -> Int, _ shift: (T, Int) -> T) -> [T] {
            var out: [T] = []
            if let p = prefix {
                let l = list(p.0)
                out.append(contentsOf: l[0..<firstIndex(l, atOrAfter: p.end, start)])
            }
            for f in fragments {
                let base = f.segment.start
                for x in list(f.syntax) { out.append(shift(x, base)) }
            }
            if let t = suffix {
                let l = list(t.0)
                for x in l[firstIndex(l, atOrAfter: t.start, start)...] { out.append(shift(x, t.delta)) }
            }
            return out
        }
        var prose: [UInt8] = []
        prose.reserveCapacity(text.count)
        if let p = prefix { prose.append(contentsOf: p.0.prose[0..<p.end]) }
        for f in fragments { prose.append(contentsOf: f.syntax.prose) }
        if let t = suffix { prose.append(contentsOf: t.0.prose[t.start...]) }
        let suppressions = splice(\.suppressions, \.range.start) { $0.shifted($1) }
        let first = segments.first { $0.title != nil }
        let headline = segments.first { $0.headlineRange != nil }
        return ArticleSyntax(
            text: text, kind: kind, prose: prose, frontMatter: segments.first?.frontMatter,
            title: first?.title, headlineRange: headline.flatMap { s in s.headlineRange.map { $0.shifted(s.start) } },
            headings: splice(\.headings, \.range.start) { $0.shifted($1) },
            paragraphs: splice(\.paragraphs, \.range.start) { $0.shifted($1) },
            entityDefinitions: splice(\.entityDefinitions, \.range.start) { $0.shifted($1) },
            sourceDefinitions: splice(\.sourceDefinitions, \.range.start) { $0.shifted($1) },
            entityMentions: splice(\.entityMentions, \.range.start) { $0.shifted($1) },
            citations: splice(\.citations, \.range.start) { $0.shifted($1) },
            links: splice(\.links, \.range.start) { $0.shifted($1) },
            suppressions: ArticleParser.resolveSuppressionScopes(suppressions, in: text),
            problems: splice(\.problems, \.range.start) { $0.shifted($1) })
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
        var segments = self.segments
        let options = AnalysisOptions(configuration: configuration, index: index)
        for i in segments.indices where segments[i].analysis == nil || inputs != wanted {
            let fragment = fragmentSyntax(i)
            let analysis = ArticleAnalyzer.analyze(fragment, options: options)
            segments[i].analysis = SegmentAnalysis(
                analysis,
                findings: Linter.findings(
                    analysis, document: id, index: index, configuration: configuration,
                    rules: rules.filter(\.readsAnalysis)))
        }
        let document = DocumentSegments(
            text: text, kind: kind, policy: policy, syntax: syntax, segments: segments, inputs: wanted)
        // Syntax-only rules read the whole document.
        var found: [Diagnostic] = []
        for s in segments {
            for d in s.analysis!.findings { found.append(s.start == 0 ? d : d.shifted(s.start)) }
        }
        found += Linter.findings(
            ArticleAnalysis(
                syntax: syntax, sentences: [], quotes: [], attributions: [], entities: [], claims: [],
                vagueAttributions: []), document: id, index: index, configuration: configuration,
            rules: rules.filter { !$0.readsAnalysis })
        let diagnostics = Linter.finish(found, syntax: syntax, configuration: configuration, rules: rules)
        guard let scope = configuration.baseline else { return (document, diagnostics, []) }
        let split = scope.partition(diagnostics, analysis: document.analysis)
        return (document, split.reported, split.baselined)
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
        var byToken: [ObjectIdentifier: SegmentAnalysis] = [:]
        for s in other.segments { if let a = s.analysis { byToken[ObjectIdentifier(s.token)] = a } }
        var segments = self.segments
        var adopted = false
        for i in segments.indices where segments[i].analysis == nil {
            if let a = byToken[ObjectIdentifier(segments[i].token)] {
                segments[i].analysis = a
                adopted = true
            }
        }
        guard adopted || inputs == nil else { return self }
        return DocumentSegments(
            text: text, kind: kind, policy: policy, syntax: syntax, segments: segments, inputs: theirs)
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

/// The flat analysis, built once per document value on first use (documents are shared between threads).
final class FlatAnalysisCache: Sendable {
    private let stored = Mutex<ArticleAnalysis?>(nil)
    func value(_ make: () -> ArticleAnalysis) -> ArticleAnalysis {
        if let v = stored.withLock({ $0 }) { return v }
        let v = make()
        stored.withLock { $0 = v }
        return v
    }
}
