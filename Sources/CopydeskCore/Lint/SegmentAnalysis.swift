/// One segment's analysis and raw findings, in the segment's own offsets and indices (`DocumentSegments`):
/// kept while the segment's text is unchanged, so an edit elsewhere moves it without touching it.
struct SegmentAnalysis: Sendable {
    let paragraphCount: Int
    let sentences: [Sentence]
    let quotes: [Quote]
    let attributions: [Attribution]
    let entities: [ProseEntity]
    let claims: [Claim]
    let vague: [VagueAttribution]
    /// What the rules that read the analysis found, before configuration and suppressions (but those that read
    /// document-wide entity facts: `DocumentSegments.Segment.entityLint`).
    let findings: [Diagnostic]
    /// What the analysis read of the document-wide name stage (`NameReads`, but the people it shows itself:
    /// `NameReads.excluding`): analysed again when that changes.
    let reads: NameReads
    /// Per entity: its document-wide identity (`DocumentNames.Entity.key`).
    let keys: [UInt64]
    /// The entities of unknown kind by their names that a speech verb here shows to be people (keys): lent to the
    /// other segments (`NameReads.Local.lent`).
    let spoken: [UInt64]

    /// Copies of the stage's arrays at their exact size (the stages grow them by appending, up to twice what
    /// they hold: a huge article keeps thousands of segments).
    /// `reads`: nil for a document analysed as a whole (its own name stage; its entities are keyed by index).
    init(_ a: ArticleAnalysis, findings: [Diagnostic], reads: NameReads?) {
        paragraphCount = a.syntax.paragraphs.count
        sentences = Self.exact(a.sentences)
        quotes = Self.exact(a.quotes)
        attributions = Self.exact(a.attributions)
        entities = Self.exact(a.entities)
        claims = Self.exact(a.claims)
        vague = Self.exact(a.vagueAttributions)
        self.findings = Self.exact(findings)
        if let reads {
            keys = reads.entities.map(\.key)
            spoken = Set(a.spokenPeople.map { reads.entities[$0].key }).sorted()
            self.reads = reads.excluding(spoken)
        } else {
            self.reads = NameReads(known: [])
            keys = a.entities.indices.map { UInt64($0) }
            spoken = []
        }
    }

    private static func exact<T>(_ a: [T]) -> [T] {
        // An empty list is `[]`, never one made with `unsafeUninitializedCapacity: 0`: that returns the runtime's
        // shared empty storage and writes its count, a write every thread reading an empty array races with
        // (ThreadSanitizer reports it once a stage reserves room for a list that stays empty).
        if a.isEmpty { return [] }
        return a.capacity > a.count + a.count / 8
            ? Array(unsafeUninitializedCapacity: a.count) { buffer, n in
                _ = buffer.initialize(from: a)
                n = a.count
            } : a
    }

    /// The analysis of a document that is this one segment.
    func whole(_ syntax: ArticleSyntax) -> ArticleAnalysis {
        ArticleAnalysis(
            syntax: syntax, sentences: sentences, quotes: quotes, attributions: attributions, entities: entities,
            claims: claims, vagueAttributions: vague)
    }
}

/// The whole document's analysis from its segments: offsets shifted by each segment's start, indices by the
/// counts before it; entities merged by their document-wide identity (the name stage's, `DocumentNames`: "Clarke"
/// in one segment is "Sarah Clarke" of an earlier one, so hover and references show one person), keeping the first
/// segment's role and definition when others lack them.
///
/// `local` gives the analysis of a few segments (what an editor question about a place reads, without assembling
/// a huge article's lists): their sentences, quotes, attributions, claims and vague phrases, indexed among
/// themselves (paragraphs and offsets as the document's); and the document-wide entities they name, with every
/// entity linked to a defined id (what hover and definition look up by id), in the whole analysis's order.
enum FlatAnalysis {
    /// The entities of every segment that share a document-wide name, as one: collected, then built once (merging
    /// pairwise would copy a frequent name's mentions once per segment).
    private struct Group {
        var key: UInt64
        var kind: ProseEntity.Kind
        /// (segment, entity index in it).
        var parts: [(segment: Int, entity: Int)]
    }

    static func assemble(syntax: ArticleSyntax, segments: [DocumentSegments.Segment]) -> ArticleAnalysis {
        assemble(syntax: syntax, segments: segments, lists: segments.indices, allEntities: true)
    }

    /// The analysis of segments `range` (see the type's comment).
    static func local(syntax: ArticleSyntax, segments: [DocumentSegments.Segment], _ range: Range<Int>)
        -> ArticleAnalysis
    {
        assemble(syntax: syntax, segments: segments, lists: range, allEntities: false)
    }

    /// Each entity of segment `s` with its document-wide identity and kind.
    private static func named(_ s: DocumentSegments.Segment, _ body: (Int, UInt64, ProseEntity.Kind) -> Void) {
        guard let a = s.analysis else { return }
        // By index: a copy of each entity would retain its mentions (a huge article's local analysis reads every
        // segment's names).
        for i in a.entities.indices { body(i, a.keys[i], a.entities[i].kind) }
    }

    private static func assemble(
        syntax: ArticleSyntax, segments: [DocumentSegments.Segment], lists: Range<Int>, allEntities: Bool
    ) -> ArticleAnalysis {
        // Sized once from the segments' counts: grown by appending, the lists of a huge article would be copied
        // as they double and end up to twice their size (the analysis is kept until the next edit).
        var sentences: [Sentence] = []
        var quotes: [Quote] = []
        var attributions: [Attribution] = []
        var claims: [Claim] = []
        var vague: [VagueAttribution] = []
        let analyses = segments[lists].compactMap(\.analysis)
        sentences.reserveCapacity(analyses.reduce(0) { $0 + $1.sentences.count })
        quotes.reserveCapacity(analyses.reduce(0) { $0 + $1.quotes.count })
        attributions.reserveCapacity(analyses.reduce(0) { $0 + $1.attributions.count })
        claims.reserveCapacity(analyses.reduce(0) { $0 + $1.claims.count })
        vague.reserveCapacity(analyses.reduce(0) { $0 + $1.vague.count })
        // The entities: every segment's (or those named in `lists` and those linked to a defined id), grouped.
        var wanted: Set<UInt64>? = nil
        if !allEntities {
            var keys = Set<UInt64>()
            for i in lists { named(segments[i]) { _, key, _ in keys.insert(key) } }
            for s in segments {
                guard let a = s.analysis else { continue }
                named(s) { i, key, _ in if a.entities[i].definedID != nil { keys.insert(key) } }
            }
            wanted = keys
        }
        var groups: [Group] = []
        var byKey: [UInt64: Int] = [:]
        // Per segment in `lists`, its entities' groups.
        var entityMaps: [[Int]] = []
        for (si, s) in segments.enumerated() {
            guard let a = s.analysis else {
                if lists.contains(si) { entityMaps.append([]) }
                continue
            }
            var entityMap: [Int] = []
            let mapped = lists.contains(si)
            if mapped { entityMap.reserveCapacity(a.entities.count) }
            named(s) { i, key, kind in
                // Most names are not wanted (a local analysis): one lookup each.
                if let wanted, !wanted.contains(key) { return }
                if let g = byKey[key] {
                    if groups[g].kind == .unknown { groups[g].kind = kind }
                    groups[g].parts.append((si, i))
                    if mapped { entityMap.append(g) }
                } else {
                    byKey[key] = groups.count
                    if mapped { entityMap.append(groups.count) }
                    groups.append(Group(key: key, kind: kind, parts: [(si, i)]))
                }
            }
            if mapped { entityMaps.append(entityMap) }
        }
        var paragraphBase = 0
        for s in segments[..<lists.lowerBound] { paragraphBase += s.analysis?.paragraphCount ?? 0 }
        for (k, s) in segments[lists].enumerated() {
            guard let a = s.analysis else { continue }
            let d = s.start
            let sentenceBase = sentences.count
            let quoteBase = quotes.count
            let attributionBase = attributions.count
            let entityMap = entityMaps[k]
            for x in a.sentences {
                sentences.append(
                    Sentence(
                        range: x.range.shifted(d), paragraph: x.paragraph + paragraphBase, isHeadline: x.isHeadline))
            }
            for var q in a.quotes {
                q = Quote(
                    range: q.range.shifted(d), contentRange: q.contentRange.shifted(d),
                    paragraph: q.paragraph + paragraphBase, wordCount: q.wordCount, continues: q.continues,
                    attribution: q.attribution.map { $0 + attributionBase }, isTitle: q.isTitle, isPartial: q.isPartial)
                quotes.append(q)
            }
            for x in a.attributions {
                attributions.append(x.shifted(d, sentenceBase: sentenceBase, entityMap: entityMap))
            }
            for c in a.claims {
                claims.append(
                    c.shifted(d, sentenceBase: sentenceBase, attributionBase: attributionBase, quoteBase: quoteBase))
            }
            for v in a.vague {
                vague.append(
                    VagueAttribution(range: v.range.shifted(d), sentence: v.sentence + sentenceBase, phrase: v.phrase))
            }
            paragraphBase += a.paragraphCount
        }
        return ArticleAnalysis(
            syntax: syntax, sentences: sentences, quotes: quotes, attributions: attributions,
            entities: groups.map { entity($0, segments) }, claims: claims, vagueAttributions: vague)
    }

    /// A group's entities as one, in the document's offsets.
    private static func entity(_ g: Group, _ segments: [DocumentSegments.Segment]) -> ProseEntity {
        func part(_ p: (segment: Int, entity: Int)) -> (entity: ProseEntity, shift: Int) {
            (segments[p.segment].analysis!.entities[p.entity], segments[p.segment].start)
        }
        let first = part(g.parts[0])
        if g.parts.count == 1, first.entity.kind == g.kind {
            return first.entity.shifted(first.shift)
        }
        var mentions: [TextRange] = []
        mentions.reserveCapacity(g.parts.reduce(0) { $0 + part($1).entity.mentions.count })
        var full: TextRange? = nil
        var role: TextRange? = nil
        var definedID: String? = nil
        var hasRole = false
        var hasHonorific = false
        for p in g.parts {
            let (e, d) = part(p)
            for m in e.mentions { mentions.append(m.shifted(d)) }
            if full == nil && e.hasFullName { full = e.firstFullMention.shifted(d) }
            if role == nil { role = e.firstRoleMention?.shifted(d) }
            if definedID == nil { definedID = e.definedID }
            hasRole = hasRole || e.hasRole
            hasHonorific = hasHonorific || e.hasHonorific
        }
        var out = ProseEntity(
            canonicalName: first.entity.canonicalName, kind: g.kind, mentions: mentions,
            firstFullMention: full ?? first.entity.firstFullMention.shifted(first.shift), definedID: definedID,
            hasRole: hasRole)
        out.hasFullName = full != nil
        out.firstRoleMention = role
        out.hasHonorific = hasHonorific
        return out
    }
}

// MARK: Moving values by an offset (segment offsets ↔ document offsets)

extension TextRange {
    @inline(__always) func shifted(_ d: Int) -> TextRange { TextRange(start + d, end + d) }
}

extension Quote {
    init(
        range: TextRange, contentRange: TextRange, paragraph: Int, wordCount: Int, continues: Bool, attribution: Int?,
        isTitle: Bool, isPartial: Bool
    ) {
        self.init(
            range: range, contentRange: contentRange, paragraph: paragraph, wordCount: wordCount, continues: continues,
            attribution: attribution)
        self.isTitle = isTitle
        self.isPartial = isPartial
    }
}

extension Attribution {
    func shifted(_ d: Int, sentenceBase: Int, entityMap: [Int]) -> Attribution {
        var a = Attribution(
            kind: kind, sentence: sentence + sentenceBase, cueRange: cueRange.shifted(d),
            speakerRange: speakerRange?.shifted(d), entity: entity.map { entityMap[$0] },
            candidates: candidates.map { entityMap[$0] }, isPronoun: isPronoun)
        a.cuePhraseRange = cuePhraseRange?.shifted(d)
        a.sourceRange = sourceRange?.shifted(d)
        a.speakerForm = speakerForm
        a.contentRanges = contentRanges.map { $0.shifted(d) }
        a.relation = relation
        a.isDirect = isDirect
        return a
    }
}

extension Claim {
    func shifted(_ d: Int, sentenceBase: Int, attributionBase: Int, quoteBase: Int) -> Claim {
        var c = Claim(
            sentence: sentence + sentenceBase, reason: reason, cueRange: cueRange.shifted(d), isSourced: isSourced)
        switch sourcedBy {
        case .attribution(let i)?: c.sourcedBy = .attribution(i + attributionBase)
        case .carried(let s)?: c.sourcedBy = .carried(fromSentence: s + sentenceBase)
        case .quote(let q)?: c.sourcedBy = .quote(q + quoteBase)
        case .evidence(let r)?: c.sourcedBy = .evidence(r.shifted(d))
        case .citation?, .link?, nil: c.sourcedBy = sourcedBy
        }
        return c
    }
}

extension ProseEntity {
    func shifted(_ d: Int) -> ProseEntity {
        var e = ProseEntity(
            canonicalName: canonicalName, kind: kind, mentions: mentions.map { $0.shifted(d) },
            firstFullMention: firstFullMention.shifted(d), definedID: definedID, hasRole: hasRole)
        e.hasFullName = hasFullName
        e.firstRoleMention = firstRoleMention?.shifted(d)
        e.hasHonorific = hasHonorific
        return e
    }
}

extension Diagnostic {
    func shifted(_ d: Int) -> Diagnostic {
        var x = self
        x.range = range.shifted(d)
        for (i, f) in fixes.enumerated() {
            if case .addCitation(let at) = f { x.fixes[i] = .addCitation(insertAt: at + d) }
        }
        return x
    }
}

extension Paragraph {
    func shifted(_ d: Int) -> Paragraph { Paragraph(kind: kind, range: range.shifted(d)) }
}

extension Heading {
    func shifted(_ d: Int) -> Heading {
        Heading(level: level, title: title, range: range.shifted(d), titleRange: titleRange.shifted(d))
    }
}

extension EntityDefinition {
    func shifted(_ d: Int) -> EntityDefinition {
        EntityDefinition(
            id: id, idRange: idRange.shifted(d), name: name, nameRange: nameRange.shifted(d), range: range.shifted(d),
            fields: fields.map { $0.shifted(d) })
    }
}

extension KeyedField {
    func shifted(_ d: Int) -> KeyedField {
        KeyedField(key: key, value: value, keyRange: keyRange.shifted(d), valueRange: valueRange.shifted(d))
    }
}

extension SourceDefinition {
    func shifted(_ d: Int) -> SourceDefinition {
        SourceDefinition(
            id: id, idRange: idRange.shifted(d), text: text, textRange: textRange.shifted(d), range: range.shifted(d))
    }
}

extension EntityMention {
    func shifted(_ d: Int) -> EntityMention {
        EntityMention(
            id: id, idRange: idRange.shifted(d), surface: surface, surfaceRange: surfaceRange?.shifted(d),
            range: range.shifted(d))
    }
}

extension Citation {
    func shifted(_ d: Int) -> Citation { Citation(id: id, idRange: idRange.shifted(d), range: range.shifted(d)) }
}

extension Link {
    func shifted(_ d: Int) -> Link {
        Link(url: url, textRange: textRange.shifted(d), urlRange: urlRange.shifted(d), range: range.shifted(d))
    }
}

extension Suppression {
    func shifted(_ d: Int) -> Suppression {
        Suppression(kind: kind, rules: rules, reason: reason, range: range.shifted(d), scope: scope.shifted(d))
    }
}

extension SyntaxProblem {
    func shifted(_ d: Int) -> SyntaxProblem { SyntaxProblem(code: code, message: message, range: range.shifted(d)) }
}
