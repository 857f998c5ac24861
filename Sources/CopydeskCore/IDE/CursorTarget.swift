/// What the cursor is on, in core terms. Shared by hover, definition, references, highlight and rename.
public enum CursorTarget: Equatable, Sendable {
    /// An annotated mention `[..][@id]` / `[@id]`, or the id of a definition `[@id]: …`.
    case entity(id: String, occurrence: TextRange, idRange: TextRange, isDefinition: Bool)
    /// A plain-prose name; `id` when it links to an entity id (defined, or annotated elsewhere in the article).
    case proseName(id: String?, occurrence: TextRange, entity: Int?)
    /// A citation `[^id]` or the id of a source definition `[^id]: …`.
    case source(id: String, occurrence: TextRange, idRange: TextRange, isDefinition: Bool)

    /// The text the target stands on.
    public var occurrence: TextRange {
        switch self {
        case .entity(_, let r, _, _), .proseName(_, let r, _), .source(_, let r, _, _): return r
        }
    }
}

extension EditorArticle {
    public func target(at offset: Int, index: WorkspaceIndex) -> CursorTarget? {
        if let m = syntax.entityMentions.first(where: {
            $0.range.touches(offset) && offset != $0.range.end || $0.idRange.touches(offset)
        }) {
            return .entity(id: m.id, occurrence: m.range, idRange: m.idRange, isDefinition: false)
        }
        if let c = syntax.citations.first(where: {
            $0.range.touches(offset) && offset != $0.range.end || $0.idRange.touches(offset)
        }) {
            return .source(id: c.id, occurrence: c.range, idRange: c.idRange, isDefinition: false)
        }
        // Anywhere in a definition block (id, name, field lines) means that entity or source.
        if let d = syntax.entityDefinitions.first(where: { $0.idRange.touches(offset) || $0.range.touches(offset) }) {
            return .entity(id: d.id, occurrence: d.idRange, idRange: d.idRange, isDefinition: true)
        }
        if let d = syntax.sourceDefinitions.first(where: { $0.idRange.touches(offset) || $0.range.touches(offset) }) {
            return .source(id: d.id, occurrence: d.idRange, idRange: d.idRange, isDefinition: true)
        }
        for (i, e) in analysis.entities.enumerated() {
            if let r = e.mentions.first(where: { $0.contains(offset) || ($0.end == offset && !$0.isEmpty) }) {
                return .proseName(id: e.definedID, occurrence: r, entity: i)
            }
        }
        if let (id, r) = surfaceFormMatch(at: offset, index: index) {
            return .proseName(id: id, occurrence: r, entity: nil)
        }
        return nil
    }

    /// A run of up to six words around `offset` that is a defined entity's name or alias
    /// (used when the analysis did not link the name itself).
    func surfaceFormMatch(at offset: Int, index: WorkspaceIndex) -> (String, TextRange)? {
        let bytes = syntax.prose
        guard !index.surfaceForms.isEmpty, offset <= bytes.count else { return nil }
        func isWordByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x27
                || b == 0x2D || b == 0x2E
        }
        let line = text.lineContentRange(text.line(containing: offset))
        // Words on the line, as byte ranges.
        var words: [TextRange] = []
        var i = line.start
        while i < line.end {
            while i < line.end && !isWordByte(bytes[i]) { i += 1 }
            let s = i
            while i < line.end && isWordByte(bytes[i]) { i += 1 }
            var e = i
            while e > s && (bytes[e - 1] == 0x2E || bytes[e - 1] == 0x27) { e -= 1 }  // trailing dot/apostrophe
            if e > s { words.append(TextRange(s, e)) }
        }
        guard let w = words.firstIndex(where: { $0.start <= offset && offset <= $0.end }) else { return nil }
        var best: (String, TextRange)? = nil
        for a in max(0, w - 5)...w {
            for b in w..<min(words.count, a + 6) {
                // Words must be separated by single spaces only.
                var ok = true
                for k in a..<b where words[k + 1].start - words[k].end != 1 || bytes[words[k].end] != 0x20 {
                    ok = false
                    break
                }
                guard ok else { continue }
                let r = TextRange(words[a].start, words[b].end)
                let form = text[r]
                if let id = index.entities(withSurfaceForm: form).first, best == nil || r.count > best!.1.count {
                    best = (id, r)
                }
            }
        }
        return best
    }
}
