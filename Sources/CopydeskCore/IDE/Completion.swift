/// Where completion applies: right after `[@` (entity ids) or `[^` (source ids), with what was typed.
public struct CompletionContext: Sendable, Equatable {
    public enum Kind: Sendable { case entity, source }
    public let kind: Kind
    /// What was typed so far, lowercased.
    public let typed: String
    /// The id being typed, whole (what an item replaces).
    public let replace: TextRange
    /// A `]` already follows the id (items then do not add one).
    public let closed: Bool
}

/// An entity id offered by completion, with its rank (0 id prefix, 1 id substring, 2 name or alias).
public struct EntityCompletion: Sendable {
    public let rank: Int
    public let id: String
    public let definition: EntityDefinition
}

extension EditorArticle {
    public func completionContext(at offset: Int) -> CompletionContext? {
        let bytes = text.bytes
        func isIDByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                || b == 0x5F || b == 0x2E
        }
        guard offset <= bytes.count else { return nil }
        var start = offset
        while start > 0 && isIDByte(bytes[start - 1]) { start -= 1 }
        guard start >= 2, bytes[start - 2] == UInt8(ascii: "[") else { return nil }
        let sigil = bytes[start - 1]
        guard sigil == UInt8(ascii: "@") || sigil == UInt8(ascii: "^") else { return nil }
        var end = offset
        while end < bytes.count && isIDByte(bytes[end]) { end += 1 }
        return CompletionContext(
            kind: sigil == UInt8(ascii: "@") ? .entity : .source,
            typed: String(decoding: bytes[start..<offset], as: UTF8.self).lowercased(),
            replace: TextRange(start, end), closed: end < bytes.count && bytes[end] == UInt8(ascii: "]"))
    }

    /// Source definitions of this article whose id contains what was typed.
    public func sourceCompletions(_ context: CompletionContext) -> [SourceDefinition] {
        syntax.sourceDefinitions.filter { context.typed.isEmpty || $0.id.contains(context.typed) }
    }
}

extension WorkspaceIndex {
    /// Defined entity ids matching `typed`: ids that start with it first, then ones that contain it, then
    /// names and aliases that do; at most `limit` (`incomplete` when more matched). Nil when cancelled.
    public func entityCompletions(_ typed: String, limit: Int, isCancelled: () -> Bool = { false })
        -> (items: [EntityCompletion], incomplete: Bool)?
    {
        var scored: [(Int, String)] = []
        for (n, (id, defs)) in entityDefinitions.enumerated() {
            if n % 1024 == 0 && isCancelled() { return nil }
            let name = defs.first?.definition.name.lowercased() ?? ""
            if typed.isEmpty || id.hasPrefix(typed) {
                scored.append((0, id))
            } else if id.contains(typed) {
                scored.append((1, id))
            } else if name.contains(typed)
                || (defs.first?.definition.aliases.contains { $0.lowercased().contains(typed) } ?? false)
            {
                scored.append((2, id))
            }
        }
        scored.sort { $0 < $1 }
        let incomplete = scored.count > limit
        let items = scored.prefix(limit).compactMap { (rank, id) in
            entityDefinitions[id]?.first.map { EntityCompletion(rank: rank, id: id, definition: $0.definition) }
        }
        return (items, incomplete)
    }
}
