import CopydeskCore

/// `copydesk analyze --format json`: schema version 1 (README, "copydesk analyze"). Keys are always present, in
/// this order; new keys may be added in version 1, removing or changing one bumps `version`.
///
/// ```
/// { "version": 1, "tool": { "name", "version" }, "offsetUnit": "utf-8",
///   "files": [ { "path", "kind", "bytes",
///     "sentences":    [ { "index", "span", "line", "paragraph", "headline" } ],
///     "quotes":       [ { "index", "span", "content", "paragraph", "words", "continues", "title", "partial",
///                         "attribution", "mechanism", "speaker", "speakerEntity" } ],
///     "attributions": [ { "index", "sentence", "kind", "mechanism", "cue", "source", "content", "sourceEntity",
///                         "sourceForm", "pronoun", "candidates" } ],
///     "claims":       [ { "index", "sentence", "span", "kind", "cue", "sourced", "sourcedBy" } ],
///     "vagueAttributions": [ { "span", "sentence", "phrase" } ],
///     "entities":     [ { "index", "name", "kind", "definedId", "mentions" } ] } ],
///   "errors": [ { "path", "kind", "message" } ],
///   "summary": { "files", "errors", "exitCode" } }
/// ```
/// A span is `{ "startOffset", "endOffset", "text" }`: 0-based UTF-8 byte offsets into the file (end
/// exclusive) and the text between them. An attribution's `content` is a span, a list of spans (discontinuous
/// content), or null. Indices (`sentence`, `attribution`, `speakerEntity`, …) point into the same file's lists.
public enum AnalyzeJSONFormat {
    public static let schemaVersion = 1

    public static func render(_ report: AnalyzeReport) -> [UInt8] {
        var w = JSONWriter(pretty: true, capacity: 4096 + report.files.reduce(0) { $0 + $1.analysis.text.count * 8 })
        w.beginObject()
        w.field("version", schemaVersion)
        JSONFormat.tool(&w)
        w.field("offsetUnit", "utf-8")
        w.key("files")
        w.beginArray()
        for f in report.files { file(&w, f) }
        w.endArray()
        JSONFormat.errors(&w, report.problems)
        w.key("summary")
        w.beginObject()
        w.field("files", report.files.count)
        w.field("errors", report.problems.count)
        w.field("exitCode", Int(report.exitCode))
        w.endObject()
        w.endObject()
        return w.finish()
    }

    static func file(_ w: inout JSONWriter, _ f: AnalyzedFile) {
        let a = f.analysis
        let text = a.text
        func span(_ r: TextRange) { AnalyzeJSONFormat.span(&w, r, text) }
        func optionalSpan(_ r: TextRange?) {
            if let r { span(r) } else { w.null() }
        }
        func optionalIndex(_ i: Int?) {
            if let i { w.value(i) } else { w.null() }
        }
        w.beginObject()
        w.field("path", f.path)
        w.field("kind", f.kind.rawValue)
        w.field("bytes", text.count)

        w.key("sentences")
        w.beginArray()
        for (i, s) in a.sentences.enumerated() {
            w.beginObject()
            w.field("index", i)
            w.key("span")
            span(s.range)
            w.field("line", text.line(containing: s.range.start) + 1)
            w.field("paragraph", s.paragraph)
            w.field("headline", s.isHeadline)
            w.endObject()
        }
        w.endArray()

        w.key("quotes")
        w.beginArray()
        for (i, q) in a.quotes.enumerated() {
            let attribution = q.attribution.flatMap { $0 < a.attributions.count ? a.attributions[$0] : nil }
            w.beginObject()
            w.field("index", i)
            w.key("span")
            span(q.range)
            w.key("content")
            span(q.contentRange)
            w.field("paragraph", q.paragraph)
            w.field("words", q.wordCount)
            w.field("continues", q.continues)
            w.field("title", q.isTitle)
            w.field("partial", q.isPartial)
            w.key("attribution")
            optionalIndex(q.attribution)
            w.key("mechanism")
            if let attribution { w.value(attribution.kind.rawValue) } else { w.null() }
            w.key("speaker")
            optionalSpan(attribution?.speakerRange)
            w.key("speakerEntity")
            optionalIndex(attribution?.entity)
            w.endObject()
        }
        w.endArray()

        w.key("attributions")
        w.beginArray()
        for (i, at) in a.attributions.enumerated() {
            w.beginObject()
            w.field("index", i)
            w.field("sentence", at.sentence)
            w.field("kind", at.relation.rawValue)
            w.field("mechanism", at.kind.rawValue)
            // PolNeAR's spans: the whole cue phrase and the whole source phrase; the head word and the name
            // inside them as `cueWord` and `speaker`.
            w.key("cue")
            span(at.cuePhraseRange ?? at.cueRange)
            w.key("cueWord")
            span(at.cueRange)
            w.key("source")
            optionalSpan(at.sourceRange ?? at.speakerRange)
            w.key("speaker")
            optionalSpan(at.speakerRange)
            w.key("content")
            switch at.contentRanges.count {
            case 0: w.null()
            case 1: span(at.contentRanges[0])
            default:
                w.beginArray()
                for r in at.contentRanges { span(r) }
                w.endArray()
            }
            w.key("sourceEntity")
            optionalIndex(at.entity)
            w.field("sourceForm", at.speakerForm.rawValue)
            w.field("pronoun", at.isPronoun)
            w.key("candidates")
            w.beginArray()
            for c in at.candidates { w.value(c) }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("claims")
        w.beginArray()
        for (i, c) in a.claims.enumerated() {
            w.beginObject()
            w.field("index", i)
            w.field("sentence", c.sentence)
            w.key("span")
            span(a.sentences[c.sentence].range)
            w.field("kind", c.reason.kindName)
            w.key("cue")
            span(c.cueRange)
            w.field("sourced", c.isSourced)
            w.key("sourcedBy")
            sourcing(&w, c.sourcedBy, text)
            w.endObject()
        }
        w.endArray()

        w.key("vagueAttributions")
        w.beginArray()
        for v in a.vagueAttributions {
            w.beginObject()
            w.key("span")
            span(v.range)
            w.field("sentence", v.sentence)
            w.field("phrase", v.phrase)
            w.endObject()
        }
        w.endArray()

        w.key("entities")
        w.beginArray()
        for (i, e) in a.entities.enumerated() {
            w.beginObject()
            w.field("index", i)
            w.field("name", e.canonicalName)
            w.field("kind", e.kind.rawValue)
            w.key("definedId")
            if let id = e.definedID { w.value(id) } else { w.null() }
            w.key("mentions")
            w.beginArray()
            for m in e.mentions { span(m) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// `null`, or `{ "by": "citation" | "link" }`, `{ "by": "attribution", "attribution": N }`,
    /// `{ "by": "carried", "fromSentence": N }`, `{ "by": "quote", "quote": N }`,
    /// `{ "by": "evidence", "evidence": SPAN }` (a document or data named in the sentence: "a CBS News poll").
    static func sourcing(_ w: inout JSONWriter, _ s: Claim.Sourcing?, _ text: SourceText) {
        guard let s else {
            w.null()
            return
        }
        w.beginObject()
        switch s {
        case .citation: w.field("by", "citation")
        case .link: w.field("by", "link")
        case .attribution(let i):
            w.field("by", "attribution")
            w.field("attribution", i)
        case .carried(let from):
            w.field("by", "carried")
            w.field("fromSentence", from)
        case .quote(let i):
            w.field("by", "quote")
            w.field("quote", i)
        case .evidence(let r):
            w.field("by", "evidence")
            w.key("evidence")
            span(&w, r, text)
        }
        w.endObject()
    }

    /// `{ "startOffset", "endOffset", "text" }`: UTF-8 byte offsets (clamped to the text) and the text between.
    static func span(_ w: inout JSONWriter, _ r: TextRange, _ text: SourceText) {
        let c = text.clamp(r)
        w.beginObject()
        w.field("startOffset", c.start)
        w.field("endOffset", c.end)
        w.field("text", text[c])
        w.endObject()
    }
}
