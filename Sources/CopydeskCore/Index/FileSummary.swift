/// What one article contributes to the workspace: its entity definitions and mentions, with locations.
/// Built from syntax alone (cheap), so the index never needs a document's analysis.
///
/// Only what other files need is kept (the index holds one per article of the archive, so its size is
/// the server's memory): source definitions and citations resolve within their own article, whose
/// syntax is at hand when it is open, so they are not summarized.
///
/// Invariant: `definitionsKey` changes iff the entity definitions changed (ids, names, fields, or their
/// positions); an edit that keeps it equal cannot change any other file's diagnostics. The title and the
/// source definitions are not in it: no other file's analysis reads them (sources resolve in their own
/// article; hover reads titles from the index when asked), so typing in them invalidates nothing elsewhere.
///
/// An immutable class rather than a struct: the index hands summaries out on every lookup (references
/// visit one per mentioning article), and a struct of this size costs a retain per field each time.
public final class FileSummary: Sendable {
    public struct EntityDef: Sendable, Hashable {
        public let definition: EntityDefinition
        public let location: SpanLocation  // the whole block
        public let idLocation: SpanLocation  // the id inside `[@…]`
    }
    public struct Reference: Sendable, Hashable {
        public let id: String
        /// The whole mention or citation.
        public let location: SpanLocation
        /// Just the id as written (what a rename replaces).
        public let idLocation: SpanLocation
    }

    public let document: DocumentID
    public let kind: ArticleKind
    public let title: String?
    public let entityDefinitions: [EntityDef]
    public let entityMentions: [Reference]
    /// A value that changes when any definition in this file changes.
    public let definitionsKey: Int
    /// Like `definitionsKey`, but blind to positions: equal keys with different `definitionsKey`s mean the
    /// definitions only moved (an edit above them), which changes no other file's analysis.
    public let definitionsContentKey: Int
    /// The ids defined and the names and aliases they declare: what links other files' plain prose to
    /// entities and decides whether their ids are defined. While it stays equal, a definition change
    /// (a type, a description) can only change the files that mention or define those ids.
    public let linkingKey: Int

    public init(syntax: ArticleSyntax, document: DocumentID) {
        let text = syntax.text
        self.document = document
        self.kind = syntax.kind
        self.title = syntax.title
        // Every location in one pass over the text (this runs on each keystroke of an open article).
        let defs = syntax.entityDefinitions
        let mentions = syntax.entityMentions
        let locations = text.locations(
            defs.flatMap { [$0.range, $0.idRange] } + mentions.flatMap { [$0.range, $0.idRange] }, in: document)
        let entityDefinitions = defs.indices.map {
            EntityDef(definition: defs[$0], location: locations[2 * $0], idLocation: locations[2 * $0 + 1])
        }
        self.entityDefinitions = entityDefinitions
        let m0 = 2 * defs.count
        self.entityMentions = mentions.indices.map {
            Reference(
                id: mentions[$0].id, location: locations[m0 + 2 * $0], idLocation: locations[m0 + 2 * $0 + 1])
        }
        var h = Hasher()
        h.combine(syntax.entityDefinitions)
        // Positions of definitions matter to other files (go-to-definition, related information).
        for d in entityDefinitions {
            h.combine(d.location)
            h.combine(d.idLocation)
        }
        self.definitionsKey = h.finalize()
        var c = Hasher()
        for d in syntax.entityDefinitions {
            c.combine(d.id)
            c.combine(d.name)
            for f in d.fields {
                c.combine(f.key)
                c.combine(f.value)
            }
            c.combine(0xDEF)
        }
        self.definitionsContentKey = c.finalize()
        self.linkingKey = Self.linkingKey(syntax.entityDefinitions)
    }

    /// `linkingKey` of a document that is absent or defines nothing.
    public static let noLinkingKey = linkingKey([])

    private static func linkingKey(_ definitions: [EntityDefinition]) -> Int {
        var k = Hasher()
        for d in definitions {
            k.combine(d.id)
            k.combine(d.name)
            k.combine(d.aliases)
        }
        k.combine(definitions.count)
        return k.finalize()
    }
}
