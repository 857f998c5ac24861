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
    /// The persons and unknowns the document-wide entity pass groups (`DocumentEntities`).
    let names: [DocumentEntities.Name]

    /// Copies of the stage's arrays at their exact size (the stages grow them by appending, up to twice what
    /// they hold: a huge article keeps thousands of segments).
    init(_ a: ArticleAnalysis, findings: [Diagnostic]) {
        paragraphCount = a.syntax.paragraphs.count
        sentences = Self.exact(a.sentences)
        quotes = Self.exact(a.quotes)
        attributions = Self.exact(a.attributions)
        entities = Self.exact(a.entities)
        claims = Self.exact(a.claims)
        vague = Self.exact(a.vagueAttributions)
        self.findings = Self.exact(findings)
        names = Self.exact(DocumentEntities.names(a.entities))
    }

    private static func exact<T>(_ a: [T]) -> [T] {
        a.capacity > a.count + a.count / 8
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
/// counts before it; entities merged by their document-wide name (`DocumentEntities`: "Clarke" in one segment is
/// "Sarah Clarke" of an earlier one, as the speaker rules read it, so hover and references show one person), with
/// the document-wide kind, keeping the first segment's role and definition when others lack them.
enum FlatAnalysis {
    /// The entities of every segment that share a document-wide name, as one: collected, then built once (merging
    /// pairwise would copy a frequent name's mentions once per segment).
    private struct Group {
        var name: String
        var kind: ProseEntity.Kind
        var parts: [(entity: ProseEntity, shift: Int)]
    }

    static func assemble(syntax: ArticleSyntax, segments: [DocumentSegments.Segment]) -> ArticleAnalysis {
        // Sized once from the segments' counts: grown by appending, the lists of a huge article would be copied
        // as they double and end up to twice their size (the analysis is kept until the next edit).
        var sentences: [Sentence] = []
        var quotes: [Quote] = []
        var attributions: [Attribution] = []
        var claims: [Claim] = []
        var vague: [VagueAttribution] = []
        var groups: [Group] = []
        var byName: [String: Int] = [:]
        let analyses = segments.compactMap(\.analysis)
        sentences.reserveCapacity(analyses.reduce(0) { $0 + $1.sentences.count })
        quotes.reserveCapacity(analyses.reduce(0) { $0 + $1.quotes.count })
        attributions.reserveCapacity(analyses.reduce(0) { $0 + $1.attributions.count })
        claims.reserveCapacity(analyses.reduce(0) { $0 + $1.claims.count })
        vague.reserveCapacity(analyses.reduce(0) { $0 + $1.vague.count })
        var paragraphBase = 0
        for s in segments {
            guard let a = s.analysis else { continue }
            let d = s.start
            let sentenceBase = sentences.count
            let quoteBase = quotes.count
            let attributionBase = attributions.count
            var entityMap: [Int] = []
            entityMap.reserveCapacity(a.entities.count)
            // The document-wide name and kind of the segment's persons and unknowns (those it was linted with).
            var named: [Int: DocumentEntities.Override] = [:]
            for o in s.entityLint?.overrides ?? [] { named[o.index] = o }
            for (i, e) in a.entities.enumerated() {
                let name = named[i]?.canonicalName ?? e.canonicalName
                if let g = byName[name] {
                    if groups[g].kind == .unknown { groups[g].kind = named[i]?.kind ?? e.kind }
                    groups[g].parts.append((e, d))
                    entityMap.append(g)
                } else {
                    byName[name] = groups.count
                    entityMap.append(groups.count)
                    groups.append(Group(name: name, kind: named[i]?.kind ?? e.kind, parts: [(e, d)]))
                }
            }
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
            entities: groups.map(entity), claims: claims, vagueAttributions: vague)
    }

    /// A group's entities as one, in the document's offsets.
    private static func entity(_ g: Group) -> ProseEntity {
        if g.parts.count == 1, g.parts[0].entity.canonicalName == g.name, g.parts[0].entity.kind == g.kind {
            return g.parts[0].entity.shifted(g.parts[0].shift)
        }
        var mentions: [TextRange] = []
        mentions.reserveCapacity(g.parts.reduce(0) { $0 + $1.entity.mentions.count })
        var full: TextRange? = nil
        var role: TextRange? = nil
        var definedID: String? = nil
        var hasRole = false
        var hasHonorific = false
        for (e, d) in g.parts {
            for m in e.mentions { mentions.append(m.shifted(d)) }
            if full == nil && e.hasFullName { full = e.firstFullMention.shifted(d) }
            if role == nil { role = e.firstRoleMention?.shifted(d) }
            if definedID == nil { definedID = e.definedID }
            hasRole = hasRole || e.hasRole
            hasHonorific = hasHonorific || e.hasHonorific
        }
        var out = ProseEntity(
            canonicalName: g.name, kind: g.kind, mentions: mentions,
            firstFullMention: full ?? g.parts[0].entity.firstFullMention.shifted(g.parts[0].shift),
            definedID: definedID, hasRole: hasRole)
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
            fields: fields.map {
                Field(
                    key: $0.key, value: $0.value, keyRange: $0.keyRange.shifted(d), valueRange: $0.valueRange.shifted(d)
                )
            })
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
