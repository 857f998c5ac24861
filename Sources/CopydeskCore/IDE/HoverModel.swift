/// What hover shows, as data: a card about the thing under the cursor, and the findings about it.
/// The server renders it (Markdown or plain text); nothing here is formatted.
public struct HoverModel: Sendable {
    public struct Place: Sendable {
        /// The defining article's title, if it has one.
        public let title: String?
        public let location: SpanLocation
    }
    public enum Card: Sendable {
        /// A defined entity: its (first) definition, where it is defined, annotated mentions across the index.
        case entity(definition: EntityDefinition, definedIn: [Place], mentions: Int, articles: Int)
        /// An entity id no article defines (annotated, or a plain name linked to one); `name` as written.
        case undefinedEntity(id: String, name: String, mentionsHere: Int)
        /// A plain-prose name linked to no id, with an id it could be given.
        case unlinkedName(name: String, kind: ProseEntity.Kind, mentionsHere: Int, suggestedID: String)
        /// A citation or source definition; `text` nil when the article does not define it.
        case source(id: String, text: String?, citesHere: Int)
    }
    /// The text hover is about.
    public let range: TextRange?
    public let card: Card?
    /// Findings about the thing under the cursor (or, away from any name, in the sentence under it).
    public let findings: [Diagnostic]
}

extension EditorArticle {
    public func hover(at offset: Int, index: WorkspaceIndex) -> HoverModel? {
        let target = target(at: offset, index: index)
        var card: HoverModel.Card? = nil
        switch target {
        case .entity(let id, let occurrence, _, _)?:
            // The name as written (`[Jack Ma][@jack-ma]`), else the name the analysis gave it.
            let mention = syntax.entityMentions.first { $0.range == occurrence && $0.surfaceRange != nil }
            let name =
                mention?.surface
                ?? analysis.entities.first { $0.definedID == normalizeID(id) }?.canonicalName ?? "Full Name"
            card = entityCard(id, name: name, index: index)
        case .proseName(let id?, let occurrence, let e)?:
            let name = e.map { analysis.entities[$0].canonicalName }.flatMap { $0.isEmpty ? nil : $0 }
            card = entityCard(id, name: name ?? text[occurrence], index: index)
        case .proseName(nil, let occurrence, let e?)?:
            let entity = analysis.entities[e]
            card = .unlinkedName(
                name: entity.canonicalName.isEmpty ? text[occurrence] : entity.canonicalName, kind: entity.kind,
                mentionsHere: entity.mentions.count, suggestedID: Self.suggestedID(entity.canonicalName))
        case .source(let id, _, _, _)?:
            card = .source(
                id: id, text: syntax.sourceDefinitions.first { $0.id == id }?.text,
                citesHere: syntax.citations.filter { $0.id == id }.count)
        case .proseName(nil, _, nil)?, nil:
            break
        }
        let findings: [Diagnostic]
        if let t = target {
            // Only what is about this name: a finding on another entity in the same sentence is not.
            let r = t.occurrence
            findings = diagnostics.filter { $0.range.overlaps(r) || ($0.range.isEmpty && r.touches($0.range.start)) }
        } else {
            // Findings at the cursor, and inside the sentence under it (a claim flagged on its figure explains
            // itself anywhere in its sentence).
            let sentence = analysis.sentenceIndex(at: offset).map { analysis.sentences[$0].range }
            findings = diagnostics.filter { d in
                (d.range.touches(offset) && (d.range.contains(offset) || d.range.isEmpty))
                    || (sentence.map { $0.contains(d.range.start) && d.range.end <= $0.end } ?? false)
            }
        }
        guard card != nil || !findings.isEmpty else { return nil }
        let range = target?.occurrence ?? findings.map(\.range).min { $0.count < $1.count }
        return HoverModel(range: range, card: card, findings: findings)
    }

    func entityCard(_ id: String, name: String, index: WorkspaceIndex) -> HoverModel.Card {
        let defs = index.definitions(ofEntity: id)
        guard let first = defs.first?.definition else {
            let key = normalizeID(id)
            let here = syntax.entityMentions.filter { $0.id == key }.count + plainMentions(of: key).count
            // The name as annotated in this article is the best guess at the definition's name.
            let written = syntax.entityMentions.first { $0.id == key && $0.surfaceRange != nil }?.surface
            return .undefinedEntity(id: key, name: written ?? name, mentionsHere: here)
        }
        let places = defs.map {
            HoverModel.Place(title: index.files[$0.location.document]?.title, location: $0.location)
        }
        let (mentions, articles) = index.mentionCounts(of: id)
        return .entity(definition: first, definedIn: places, mentions: mentions, articles: articles)
    }

    /// An id for a name: lowercase words joined by hyphens ("Harley Lewin" → `harley-lewin`).
    public static func suggestedID(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "name" : out
    }
}
