import CopydeskCore

/// `copydesk analyze` (text): each article sentence by sentence, each sentence followed by its marks — the
/// quotes that open in it, its attributions, its claims and how they are sourced, vague attributions — then
/// the entities. Colour only on a terminal (`Palette`); the words say everything without it.
///
/// ```
/// story.news.md: 3 sentences, 1 quote, 1 attribution, 1 claim (0 unsourced), 2 entities
///
/// s1 ¶1 line 3  Alibaba made $15 billion last year, the company said.
///     attribution a0  indirect, reportingVerb: cue 'said', source 'the company', content 'Alibaba made…'
///     claim c0        quantity '$15 billion': sourced by attribution a0
/// ```
public enum AnalyzeTextFormat {
    public static func render(_ report: AnalyzeReport, palette: Palette = Palette(enabled: false)) -> [UInt8] {
        var out = ""
        for (i, f) in report.files.enumerated() {
            if i > 0 { out += "\n" }
            out += file(f, palette)
        }
        return Array(out.utf8)
    }

    static func file(_ f: AnalyzedFile, _ p: Palette) -> String {
        let a = f.analysis
        let text = a.text
        let unsourced = a.claims.filter { !$0.isSourced }.count
        var out =
            p.paint(f.path, .bold) + ": \(count(a.sentences.count, "sentence")), \(count(a.quotes.count, "quote")), "
            + "\(count(a.attributions.count, "attribution")), \(count(a.claims.count, "claim")) (\(unsourced) unsourced), "
            + "\(count(a.entities.count, "entity", plural: "entities"))\n"

        var marks = Array(repeating: [String](), count: a.sentences.count)
        func add(_ offset: Int, _ sentence: Int?, _ line: String) {
            guard let s = sentence ?? a.sentenceIndex(at: offset), s >= 0, s < marks.count else { return }
            marks[s].append(line)
        }
        func quoted(_ r: TextRange?) -> String { r.map { "'\(excerpt(text, $0))'" } ?? "none" }
        func entity(_ i: Int?) -> String {
            guard let i, i >= 0, i < a.entities.count else { return "" }
            return " → e\(i) \(a.entities[i].canonicalName)"
        }
        let label = { (name: String, style: Palette.Style) in
            p.paint(Terminal.padded(name, to: 16), style)
        }

        for (i, q) in a.quotes.enumerated() {
            var line = label("quote q\(i)", .cyan) + quoted(q.contentRange) + " (\(count(q.wordCount, "word"))"
            if q.isTitle { line += ", a title" }
            if q.isPartial { line += ", partial" }
            if q.continues { line += ", continues" }
            line += ")"
            if let ai = q.attribution, ai >= 0, ai < a.attributions.count {
                let at = a.attributions[ai]
                line += ": speaker \(quoted(at.speakerRange))\(entity(at.entity)) by a\(ai) (\(at.kind.rawValue))"
            } else {
                line += ": " + p.paint("no speaker", .red)
            }
            add(q.range.start, nil, line)
        }
        for (i, at) in a.attributions.enumerated() {
            var line =
                label("attribution a\(i)", .yellow)
                + "\(at.relation.rawValue), \(at.kind.rawValue): cue \(quoted(at.cuePhraseRange ?? at.cueRange))"
            line += ", source \(quoted(at.sourceRange ?? at.speakerRange))\(entity(at.entity))"
            if at.isPronoun && at.candidates.count > 1 {
                line += " (could be " + at.candidates.map { "e\($0)" }.joined(separator: " or ") + ")"
            }
            line +=
                ", content "
                + (at.contentRanges.isEmpty ? "none" : at.contentRanges.map { quoted($0) }.joined(separator: " + "))
            add(at.cueRange.start, at.sentence, line)
        }
        for (i, c) in a.claims.enumerated() {
            var line =
                label("claim c\(i)", c.isSourced ? .green : .red) + "\(c.reason.kindName) \(quoted(c.cueRange)): "
            line += c.isSourced ? "sourced by " + sourcing(c.sourcedBy, a) : p.paint("not sourced", .red)
            add(c.cueRange.start, c.sentence, line)
        }
        for v in a.vagueAttributions {
            add(v.range.start, v.sentence, label("vague", .magenta) + quoted(v.range))
        }

        for (i, s) in a.sentences.enumerated() {
            let position = "s\(i) ¶\(s.paragraph) line \(text.line(containing: s.range.start) + 1)"
            let body = Baseline.normalize(text[text.clamp(s.range)])
            out += "\n" + p.paint(position, .dim) + "  " + (s.isHeadline ? p.paint("# " + body, .bold) : body) + "\n"
            for m in marks[i] { out += "    " + m + "\n" }
        }
        if !a.entities.isEmpty {
            out += "\n" + p.paint("entities", .bold) + "\n"
            for (i, e) in a.entities.enumerated() {
                var line = "    " + p.paint("e\(i)", .blue) + " \(e.canonicalName) (\(e.kind.rawValue)"
                if let id = e.definedID { line += ", @\(id)" }
                line += "): \(count(e.mentions.count, "mention")) at line"
                let lines = e.mentions.map { text.line(containing: $0.start) + 1 }
                line += (lines.count == 1 ? " " : "s ") + lines.map(String.init).joined(separator: ", ")
                out += line + "\n"
            }
        }
        return out
    }

    /// What sources a claim, in words.
    static func sourcing(_ s: Claim.Sourcing?, _ a: ArticleAnalysis) -> String {
        switch s {
        case nil: return "a source the analysis did not name"
        case .citation?: return "a citation"
        case .link?: return "a link"
        case .attribution(let i)?: return "attribution a\(i)"
        case .carried(let from)?: return "the source carried from sentence s\(from)"
        case .quote(let i)?: return "being inside quote q\(i), whose speaker is identified"
        case .evidence(let r)?: return "the evidence it names, '\(excerpt(a.text, r))'"
        }
    }

    /// The text of a range on one line, at most 60 characters (an ellipsis marks a cut).
    static func excerpt(_ text: SourceText, _ r: TextRange) -> String {
        let s = Baseline.normalize(text[text.clamp(r)])
        return s.count <= 60 ? s : String(s.prefix(59)) + "…"
    }

    static func count(_ n: Int, _ word: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? word : plural ?? word + "s")
    }
}
