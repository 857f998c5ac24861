/// How well an article is sourced, counted from its analysis: what the code lens at the top of the article
/// says ("2 unsourced claims · 14 sourced · 7 quotes (1 without speaker) · 5 named sources, 1 anonymous").
///
/// - Claims are the analysis's check-worthy sentences; unsourced ones are what `unsourced-claim` reports
///   (before suppressions and severities).
/// - Quotes are direct quotes (`UnattributedQuoteRule.isDirectQuote`); "without speaker" are those the speaker
///   inlay hint marks "speaker?": what `unattributed-quote` reports, and quotes whose attribution names no
///   one ("as reported").
/// - Named sources are the distinct people and organisations attributions credit (pronouns resolved);
///   anonymous ones are the vague attributions ("sources say", "reportedly").
public struct SourcingSummary: Sendable, Hashable {
    public let unsourcedClaims: Int
    public let sourcedClaims: Int
    public let quotes: Int
    public let quotesWithoutSpeaker: Int
    public let namedSources: Int
    public let anonymousSources: Int

    public init(
        unsourcedClaims: Int, sourcedClaims: Int, quotes: Int, quotesWithoutSpeaker: Int, namedSources: Int,
        anonymousSources: Int
    ) {
        self.unsourcedClaims = unsourcedClaims
        self.sourcedClaims = sourcedClaims
        self.quotes = quotes
        self.quotesWithoutSpeaker = quotesWithoutSpeaker
        self.namedSources = namedSources
        self.anonymousSources = anonymousSources
    }

    /// The rules whose findings the summary is about (what clicking the lens lists).
    public static let ruleIDs: Set<String> = [
        "unsourced-claim", "unattributed-quote", "vague-attribution", "ambiguous-speaker", "unidentified-speaker",
    ]

    /// One line: "2 unsourced claims · 14 sourced · 7 quotes (1 without speaker) · 5 named sources, 1 anonymous".
    public var text: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var quotePart = count(quotes, "quote", "quotes")
        if quotesWithoutSpeaker > 0 { quotePart += " (\(quotesWithoutSpeaker) without speaker)" }
        return [
            count(unsourcedClaims, "unsourced claim", "unsourced claims"),
            "\(sourcedClaims) sourced",
            quotePart,
            count(namedSources, "named source", "named sources") + ", \(anonymousSources) anonymous",
        ].joined(separator: " · ")
    }
}

extension ArticleAnalysis {
    /// The article's sourcing summary; `index` names entities by their definitions (one person written two
    /// ways is one source).
    public func sourcingSummary(index: WorkspaceIndex) -> SourcingSummary {
        let direct = quotes.filter { UnattributedQuoteRule.isDirectQuote($0, in: self) }
        var named = Set<String>()
        for a in attributions {
            if let e = a.entity, entities.indices.contains(e) {
                named.insert(
                    entities[e].definedID.map { "@" + $0 } ?? displayName(ofEntity: e, index: index).lowercased())
            }
        }
        let unsourced = claims.filter { !$0.isSourced }.count
        return SourcingSummary(
            unsourcedClaims: unsourced, sourcedClaims: claims.count - unsourced, quotes: direct.count,
            quotesWithoutSpeaker: direct.filter { speakerLabel(of: $0, index: index).0 == InlayHint.unknownSpeaker }
                .count,
            namedSources: named.count,
            anonymousSources: vagueAttributions.count)
    }

    /// Where the summary stands: the start of the headline's line when the headline is in the body, else the
    /// start of the article.
    public var summaryAnchor: Int {
        guard let h = syntax.headlineRange else { return 0 }
        return text.lineStarts[text.line(containing: h.start)]
    }
}
