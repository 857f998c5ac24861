/// Clickable URLs of an article, as data: the URLs in source definitions (`[^id]: Annual report,
/// https://…`), entity definitions' `same-as` values, and the links of the prose (`[text](https://…)`,
/// `<https://…>`, bare URLs). Only `http`/`https` targets: the server never offers to open anything else.
public struct DocumentLink: Sendable, Hashable {
    /// The URL as written in the article (UTF-8 bytes).
    public let range: TextRange
    public let target: String
    /// What the link is ("Source 'filing'", "Wikidata Q1137062 (Jack Ma)").
    public let tooltip: String?

    public init(range: TextRange, target: String, tooltip: String?) {
        self.range = range
        self.target = target
        self.tooltip = tooltip
    }

    /// `http://` or `https://` (case-insensitive scheme).
    public static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        return (lower.hasPrefix("https://") && lower.count > 8) || (lower.hasPrefix("http://") && lower.count > 7)
    }

    /// The Wikidata item a URL names: `https://www.wikidata.org/wiki/Q1137062` or `…/entity/Q1137062` →
    /// "Q1137062"; nil for any other URL.
    public static func wikidataID(_ url: String) -> String? {
        let lower = url.lowercased()
        var rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        guard
            rest.hasPrefix("www.wikidata.org/") || rest.hasPrefix("wikidata.org/") || rest.hasPrefix("m.wikidata.org/")
        else { return nil }
        rest = rest[rest.index(after: rest.firstIndex(of: "/")!)...]
        for prefix in ["wiki/", "entity/"] where rest.hasPrefix(prefix) {
            let id = rest.dropFirst(prefix.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard id.count >= 2, id.first == "q", id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            return "Q" + id.dropFirst()
        }
        return nil
    }
}

extension EntityDefinition {
    /// The Wikidata item of the definition's `same-as`, when it points there (hover shows it).
    public var wikidataID: String? { sameAs.flatMap(DocumentLink.wikidataID) }
}

extension ArticleSyntax {
    /// Every web link of the article, in text order.
    public var documentLinks: [DocumentLink] {
        var out: [DocumentLink] = []
        for d in sourceDefinitions {
            let r = text.clamp(d.textRange)
            var i = r.start
            while i < r.end {
                let startsWord = i == 0 || !Self.isURLNeighbour(text.bytes[i - 1])
                if startsWord, let e = ArticleParser.bareURLEnd(text.bytes, at: i, end: r.end) {
                    let range = TextRange(i, e)
                    if DocumentLink.isWebURL(text[range]) {
                        out.append(DocumentLink(range: range, target: text[range], tooltip: "Source '\(d.id)'"))
                    }
                    i = e
                } else {
                    i += 1
                }
            }
        }
        for d in entityDefinitions {
            guard let f = d.fields.first(where: { $0.key == "same-as" }), DocumentLink.isWebURL(f.value) else {
                continue
            }
            let tooltip = DocumentLink.wikidataID(f.value).map { "Wikidata \($0) (\(d.name))" } ?? "Same as: \(d.name)"
            out.append(DocumentLink(range: f.valueRange, target: f.value, tooltip: tooltip))
        }
        for l in links where DocumentLink.isWebURL(l.url) {
            out.append(DocumentLink(range: l.urlRange, target: l.url, tooltip: nil))
        }
        return out.sorted { $0.range < $1.range }
    }

    /// A letter or digit before `http` means it is not the start of a URL ("xhttp://").
    static func isURLNeighbour(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
    }
}
