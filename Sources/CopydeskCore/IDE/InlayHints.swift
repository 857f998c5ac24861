/// Inlay hints as data: what the analysis understood, shown inline where the text does not say it.
///
/// - `speaker`: after each direct quote and after each pronoun attribution ("he said"), the speaker the
///   analysis resolved ("— Harley Lewin"), or "speaker?" where it found none (no attribution, or one that
///   names no one: "as reported"). A quote attributed by a pronoun gets one hint, after the pronoun
///   attribution (not a second one after the quote); a pronoun with two cues gets one, after the first.
/// - `entityName`: after the short form `[@id]`, the entity's display name (nothing when it is undefined:
///   `undefined-entity` says so).
/// - `source`: after a citation `[^id]`, the first words of its source definition in the article.
///
/// Offsets are UTF-8 bytes into the article; the server converts them and decides the padding.
public struct InlayHint: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case speaker, entityName, source
    }
    /// Where the hint stands (between two characters).
    public let offset: Int
    public let label: String
    public let kind: Kind
    /// The longer form, when the label is shortened (a source's whole text) or hedged (other candidates).
    public let tooltip: String?

    public init(offset: Int, label: String, kind: Kind, tooltip: String? = nil) {
        self.offset = offset
        self.label = label
        self.kind = kind
        self.tooltip = tooltip
    }

    /// The label of a hint that found no speaker.
    public static let unknownSpeaker = "speaker?"
    /// How many words of a source the `source` hint shows.
    public static let sourceWords = 6
}

extension ArticleAnalysis {
    /// The hints of `kinds` whose offset lies in `range` (the whole article when nil), in text order.
    public func inlayHints(
        index: WorkspaceIndex, in range: TextRange? = nil, kinds: Set<InlayHint.Kind> = Set(InlayHint.Kind.allCases)
    ) -> [InlayHint] {
        var out: [InlayHint] = []
        if kinds.contains(.speaker) { out += speakerHints(index: index) }
        if kinds.contains(.entityName) { out += entityNameHints(index: index) }
        if kinds.contains(.source) { out += sourceHints() }
        if let range { out = out.filter { range.touches($0.offset) } }
        return out.sorted { ($0.offset, $0.kind.rawValue) < ($1.offset, $1.kind.rawValue) }
    }

    func speakerHints(index: WorkspaceIndex) -> [InlayHint] {
        var out: [InlayHint] = []
        var pronouns = Set<TextRange>()
        // One hint per pronoun, after its first cue ("He promised … to call": after "promised").
        for a in attributions where a.isPronoun {
            guard let speaker = a.speakerRange, pronouns.insert(speaker).inserted else { continue }
            let (label, tooltip) = speakerLabel(a, index: index)
            out.append(
                InlayHint(offset: max(speaker.end, a.cueRange.end), label: label, kind: .speaker, tooltip: tooltip))
        }
        for q in quotes where UnattributedQuoteRule.isDirectQuote(q, in: self) {
            if let i = q.attribution, attributions[i].isPronoun, attributions[i].speakerRange != nil { continue }
            let (label, tooltip) = speakerLabel(of: q, index: index)
            out.append(InlayHint(offset: q.range.end, label: label, kind: .speaker, tooltip: tooltip))
        }
        return out
    }

    /// The speaker label of a direct quote (what its hint shows and the sourcing summary counts).
    func speakerLabel(of q: Quote, index: WorkspaceIndex) -> (String, String?) {
        q.attribution.map { speakerLabel(attributions[$0], index: index) } ?? (InlayHint.unknownSpeaker, nil)
    }

    /// "— Name" for a resolved speaker ("— Name?" with the other candidates in the tooltip when a pronoun
    /// could mean several people), the speaker as written for a description ("— officials"), else "speaker?".
    func speakerLabel(_ a: Attribution, index: WorkspaceIndex) -> (String, String?) {
        if let e = a.entity, entities.indices.contains(e) {
            let name = displayName(ofEntity: e, index: index)
            let others = a.candidates.filter { $0 != e && entities.indices.contains($0) }
            if a.isPronoun && !others.isEmpty {
                let names = ([e] + others).map { displayName(ofEntity: $0, index: index) }
                return ("— \(name)?", "Could be " + names.joined(separator: " or "))
            }
            return ("— \(name)", nil)
        }
        if !a.isPronoun, let r = a.speakerRange {
            let written = Baseline.normalize(text[r])
            if !written.isEmpty { return ("— \(written)", nil) }
        }
        return (InlayHint.unknownSpeaker, nil)
    }

    /// A prose entity's name: its definition's display name when it links to one, else its canonical name.
    func displayName(ofEntity e: Int, index: WorkspaceIndex) -> String {
        let entity = entities[e]
        if let id = entity.definedID {
            if let d = index.definitions(ofEntity: id).first { return d.definition.name }
            if let d = syntax.entityDefinitions.first(where: { $0.id == id }) { return d.name }
        }
        return entity.canonicalName
    }

    func entityNameHints(index: WorkspaceIndex) -> [InlayHint] {
        syntax.entityMentions.compactMap { m in
            guard m.surfaceRange == nil else { return nil }
            let name =
                index.definitions(ofEntity: m.id).first?.definition.name
                ?? syntax.entityDefinitions.first { $0.id == m.id }?.name
            guard let name, !name.isEmpty else { return nil }
            return InlayHint(offset: m.range.end, label: name, kind: .entityName)
        }
    }

    func sourceHints() -> [InlayHint] {
        syntax.citations.compactMap { c in
            guard let def = syntax.sourceDefinitions.first(where: { $0.id == c.id }) else { return nil }
            let words = def.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !words.isEmpty else { return nil }
            let shown = words.prefix(InlayHint.sourceWords).joined(separator: " ")
            let shortened = words.count > InlayHint.sourceWords
            return InlayHint(
                offset: c.range.end, label: shortened ? shown + "…" : shown, kind: .source,
                tooltip: shortened ? def.text : nil)
        }
    }
}
