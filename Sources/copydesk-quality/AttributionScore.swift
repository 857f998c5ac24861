/// `copydesk-quality --attributions`: predicted attribution relations against PolNeAR gold, at token level.
///
/// PolNeAR marks Cue, Source and Content spans; we score each kind separately, as the corpus marks them: a word
/// token (a run of letters and digits, with inner apostrophes and hyphens) is *gold* for a kind when it overlaps
/// a gold span of that kind, *predicted* when it overlaps a predicted span of that kind (an attribution's
/// `cuePhraseRange`, `sourceRange`, `contentRanges`). True positives, false positives and misses are summed over the
/// corpus, then P, R and F1 per kind. Attributions of kind `.implicit` (a quote's likely speaker, guessed) and
/// `.carried` (a continuity cue such as "Also,") are not relations in the PolNeAR sense and are not scored.
///
/// Below the table, where the cue errors lie (`CueErrorBreakdown`): missed tokens at the boundary of a cue we found
/// or in a cue we missed whole, false alarms at a gold cue's boundary or in a spurious cue.
///
/// Halves: tune on `--half even`, measure on `--half odd` (the held-out half; see `--half` in main.swift).
/// `--attributions --examples cue|source|content [N]` lists up to N misses and N false alarms of that kind
/// (runs of missed or wrongly predicted tokens, with their sentence) for development; `--examples cueboundary`
/// lists every gold cue whose tokens a predicted cue phrase shares only in part, beside that phrase
/// (`showCueBoundaries`: where the phrase stops short or runs over).
import CopydeskCore
import Foundation

/// Scalar offset → UTF-8 offset table of a text (brat offsets count Unicode scalars).
struct ScalarOffsets {
    private var byScalar: [Int] = []
    init(_ text: SourceText) {
        byScalar.reserveCapacity(text.count + 1)
        for (i, b) in text.bytes.enumerated() where b & 0xC0 != 0x80 { byScalar.append(i) }
        byScalar.append(text.count)
    }
    func utf8(_ s: Int) -> Int { byScalar[min(max(0, s), byScalar.count - 1)] }
}

/// Gold spans of one .ann file by kind ("Cue", "Source", "Content"), as UTF-8 ranges of `text`.
func goldSpans(annPath: String, text: SourceText) -> [String: [TextRange]] {
    guard let data = FileManager.default.contents(atPath: annPath) else { return [:] }
    let offsets = ScalarOffsets(text)
    var spans: [String: [TextRange]] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
        guard line.hasPrefix("T") else { continue }
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2 else { continue }
        let spec = fields[1]
        guard let space = spec.firstIndex(of: " ") else { continue }
        let kind = String(spec[..<space])
        for piece in spec[spec.index(after: space)...].split(separator: ";") {
            let nums = piece.split(separator: " ").compactMap { Int($0) }
            if nums.count == 2 {
                spans[kind, default: []].append(TextRange(offsets.utf8(nums[0]), offsets.utf8(nums[1])))
            }
        }
    }
    return spans
}

/// The gold relations (Source and Cue text) whose Content overlaps `probe`, for reading examples: "source «…»
/// cue «…»" per relation.
func goldRelations(annPath: String, text: SourceText, overlapping probe: TextRange) -> [String] {
    guard let data = FileManager.default.contents(atPath: annPath) else { return [] }
    let offsets = ScalarOffsets(text)
    var spans: [String: [TextRange]] = [:]
    var out: [String] = []
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    for line in lines where line.hasPrefix("T") {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2, let space = fields[1].firstIndex(of: " ") else { continue }
        for piece in fields[1][fields[1].index(after: space)...].split(separator: ";") {
            let nums = piece.split(separator: " ").compactMap { Int($0) }
            if nums.count == 2 {
                spans[String(fields[0]), default: []].append(TextRange(offsets.utf8(nums[0]), offsets.utf8(nums[1])))
            }
        }
    }
    for line in lines where line.hasPrefix("E") {
        var role: [String: String] = [:]
        for part in line.split(whereSeparator: { $0 == "\t" || $0 == " " }) {
            let kv = part.split(separator: ":")
            if kv.count == 2 { role[String(kv[0])] = String(kv[1]) }
        }
        guard let c = role["Content"], let cs = spans[c], cs.contains(where: { $0.overlaps(probe) }) else { continue }
        func show(_ k: String) -> String {
            role[k].flatMap { spans[$0] }.map { $0.map { text[$0] }.joined(separator: " … ") } ?? "-"
        }
        out.append("source «\(show("Source"))» cue «\(show("Cue"))»")
    }
    return out
}

/// Word tokens of a text: runs of letters and digits, with an apostrophe or hyphen inside (UTF-8 ranges).
func wordTokens(_ text: SourceText) -> [TextRange] {
    var out: [TextRange] = []
    let s = String(decoding: text.bytes, as: UTF8.self)
    var offset = 0
    var start = -1
    var pendingJoiner = -1  // offset of an apostrophe or hyphen right after a word character
    func isWordScalar(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }
    for u in s.unicodeScalars {
        let n = UTF8.width(u)
        if isWordScalar(u) {
            if start < 0 { start = offset }
            pendingJoiner = -1
        } else if start >= 0, pendingJoiner < 0, u == "'" || u == "\u{2019}" || u == "-" {
            pendingJoiner = offset
        } else {
            if start >= 0 { out.append(TextRange(start, pendingJoiner >= 0 ? pendingJoiner : offset)) }
            start = -1
            pendingJoiner = -1
        }
        offset += n
    }
    if start >= 0 { out.append(TextRange(start, pendingJoiner >= 0 ? pendingJoiner : offset)) }
    return out
}

/// Per token: does it overlap any of `spans`? (`spans` need not be sorted.)
func tokenMask(_ tokens: [TextRange], _ spans: [TextRange]) -> [Bool] {
    var mask = [Bool](repeating: false, count: tokens.count)
    for span in spans where !span.isEmpty {
        // Tokens are sorted: binary search the first token ending after the span's start.
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < tokens.count && tokens[i].start < span.end {
            mask[i] = true
            i += 1
        }
    }
    return mask
}

struct SpanScore {
    var tp = 0
    var fp = 0
    var fn = 0
    var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// The predicted spans of one analysis by PolNeAR kind.
func predictedSpans(_ a: ArticleAnalysis) -> [String: [TextRange]] {
    var out: [String: [TextRange]] = ["Cue": [], "Source": [], "Content": []]
    for at in a.attributions where at.kind != .implicit && at.kind != .carried {
        out["Cue"]!.append(at.cuePhraseRange ?? at.cueRange)
        if let s = at.sourceRange ?? at.speakerRange { out["Source"]!.append(s) }
        out["Content"]!.append(contentsOf: at.contentRanges)
    }
    return out
}

/// Scores every article of `names` (in `corpus`) and prints the table, or examples of `examplesKind`; returns the
/// scores per kind.
@discardableResult
func scoreAttributions(
    corpus: String, names: [String], halfLabel: String, examplesKind: String?, count: Int, learnedCues: Bool,
    model: CueTagger? = nil
) -> [String: SpanScore] {
    let kinds = ["Cue", "Source", "Content"]
    var invariantViolations = 0
    var scores: [String: SpanScore] = [:]
    var cueErrors = CueErrorBreakdown()
    var shown: [String: Int] = ["miss": 0, "false alarm": 0]
    let wanted = examplesKind.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
    for name in names {
        guard let data = FileManager.default.contents(atPath: corpus + "/text/" + name) else { continue }
        let text = SourceText(decoding: [UInt8](data))
        var options = AnalysisOptions()
        options.learnedCues = learnedCues
        options.cueModel = model
        let a = ArticleAnalyzer.analyze(ArticleParser.parse(text, kind: .plainText), options: options)
        let gold = goldSpans(annPath: corpus + "/attributions/" + String(name.dropLast(4)) + ".ann", text: text)
        let predicted = predictedSpans(a)
        // The model's invariants, checked on real text: the head lies in the cue phrase; contents are sorted,
        // disjoint and apart from the cue phrase.
        for at in a.attributions {
            let phrase = at.cuePhraseRange ?? at.cueRange
            var ok = phrase.start <= at.cueRange.start && at.cueRange.end <= phrase.end
            for (i, c) in at.contentRanges.enumerated() {
                if c.overlaps(phrase) || c.isEmpty || (i > 0 && at.contentRanges[i - 1].end > c.start) { ok = false }
            }
            if !ok {
                invariantViolations += 1
                if invariantViolations <= 5 {
                    print(
                        "[\(name)] invariant: cue «\(text[phrase])» content \(at.contentRanges.map { text[$0].prefix(60) })"
                    )
                }
            }
        }
        let tokens = wordTokens(text)
        let scored = a.attributions.filter { $0.kind != .implicit && $0.kind != .carried }
        if examplesKind == "cueboundary" {
            showCueBoundaries(name: name, text: text, analysis: a, tokens: tokens, gold: gold["Cue"] ?? [])
        }
        cueErrors.add(
            tokens: tokens, gold: gold["Cue"] ?? [], predicted: predicted["Cue"] ?? [],
            predictedKinds: scored.map(\.kind.rawValue),
            standings: (model ?? CueTagger.shipped)?.tokenStandings(ArticleParser.parse(text, kind: .plainText)) ?? [])
        for kind in kinds {
            let g = tokenMask(tokens, gold[kind] ?? [])
            let p = tokenMask(tokens, predicted[kind] ?? [])
            var sc = scores[kind] ?? SpanScore()
            for i in tokens.indices {
                if g[i] && p[i] { sc.tp += 1 } else if p[i] { sc.fp += 1 } else if g[i] { sc.fn += 1 }
            }
            scores[kind] = sc
            guard kind == wanted else { continue }
            // Runs of wrong tokens, each shown with its sentence.
            var i = 0
            while i < tokens.count {
                guard g[i] != p[i] else {
                    i += 1
                    continue
                }
                let label = g[i] ? "miss" : "false alarm"
                var j = i
                while j + 1 < tokens.count && g[j + 1] == g[i] && p[j + 1] == p[i] { j += 1 }
                // A run beside a predicted span of this kind is at its boundary ("said «of»"), else whole.
                let beside = i > 0 && p[i - 1] || j + 1 < tokens.count && p[j + 1]
                if shown[label]! < count {
                    shown[label]! += 1
                    let r = TextRange(tokens[i].start, tokens[j].end)
                    let sentence = a.sentenceIndex(at: r.start).map { text[a.sentences[$0].range] } ?? ""
                    let side = beside ? (i > 0 && p[i - 1] ? " (after)" : " (before)") : ""
                    print("[\(name)] \(label.uppercased())\(side) «\(text[r])» ::: \(sentence.prefix(400))\n")
                }
                i = j + 1
            }
        }
    }
    if wanted != nil { return scores }
    print(
        "relations breaking the model's invariants (cue head in phrase; contents sorted, disjoint, off the cue): \(invariantViolations)"
    )
    print("attributions (token level, PolNeAR): \(halfLabel)\(names.count) articles, corpus \(corpus)")
    printScores(scores)
    print(
        "cue errors: fn \(cueErrors.boundaryMiss) at a found cue's boundary + \(cueErrors.wholeMiss) in cues not found; "
            + "fp \(cueErrors.boundaryAlarm) at a gold cue's boundary + \(cueErrors.spurious) in spurious cues")
    for (k, v) in cueErrors.wholeMissBy.sorted(by: { $0.value > $1.value }) {
        print("  fn in cues not found, the cue's best token a \(k): \(v)")
    }
    for (k, v) in cueErrors.spuriousBy.sorted(by: { $0.value > $1.value }) {
        print("  fp in spurious cues of kind \(k): \(v)")
    }
    for (k, v) in cueErrors.boundaryBy.sorted(by: { $0.value > $1.value }) {
        print("  boundary errors, \(k): \(v)")
    }
    return scores
}

/// `--examples cueboundary`: each gold cue piece that shares a word token with a predicted cue phrase but not all of
/// them, as "gold «…» ours «…» (kind)" with its sentence: the cue boundaries to read.
func showCueBoundaries(
    name: String, text: SourceText, analysis a: ArticleAnalysis, tokens: [TextRange], gold: [TextRange]
) {
    func tokenSet(_ r: TextRange) -> Set<Int> { Set(tokens.indices.filter { tokens[$0].overlaps(r) }) }
    let phrases = a.attributions.filter { $0.kind != .implicit && $0.kind != .carried }.map {
        let p = $0.cuePhraseRange ?? $0.cueRange
        return (range: p, tokens: tokenSet(p), kind: $0.kind)
    }
    for g in gold.sorted() {
        let gs = tokenSet(g)
        guard !gs.isEmpty else { continue }
        for (p, ps, kind) in phrases {
            guard !ps.isDisjoint(with: gs), ps != gs else { continue }
            let sentence = a.sentenceIndex(at: p.start).map { text[a.sentences[$0].range] } ?? ""
            print("[\(name)] gold «\(text[g])» ours «\(text[p])» (\(kind.rawValue)) ::: \(sentence.prefix(300))")
        }
    }
}

/// The P/R/F1 table of `scores`, one line per PolNeAR kind.
func printScores(_ scores: [String: SpanScore]) {
    print("span        tp      fp      fn  precision  recall     F1")
    for kind in ["Cue", "Source", "Content"] {
        let s = scores[kind] ?? SpanScore()
        print(
            kind.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(
                    format: "%6d  %6d  %6d  %9.3f  %6.3f  %5.3f", s.tp, s.fp, s.fn, s.precision, s.recall, s.f1))
    }
}

/// Where the cue errors lie: a missed token in a gold cue some predicted cue overlaps (a boundary) or in one no
/// predicted cue touches (a relation missed); a false-alarm token in a predicted cue overlapping a gold cue (a
/// boundary) or in one overlapping none (a spurious cue).
struct CueErrorBreakdown {
    var boundaryMiss = 0
    var wholeMiss = 0
    var boundaryAlarm = 0
    var spurious = 0
    /// Missed tokens in cues not found, by the best standing among the cue's word tokens (`CueTagger.standing`:
    /// a rule cue, a rejected candidate, a word outside the vocabulary…).
    var wholeMissBy: [String: Int] = [:]
    /// False-alarm tokens in spurious cues, by the relation's kind (learned, reportingVerb…).
    var spuriousBy: [String: Int] = [:]
    /// Boundary misses and false alarms, by side of the cue ("miss before", "alarm after").
    var boundaryBy: [String: Int] = [:]

    mutating func add(
        tokens: [TextRange], gold: [TextRange], predicted: [TextRange], predictedKinds: [String] = [],
        standings: [(range: TextRange, standing: String)] = []
    ) {
        let g = tokenMask(tokens, gold)
        let p = tokenMask(tokens, predicted)
        // Per span: does it share a word token with a span of the other side?
        func touched(_ spans: [TextRange], _ other: [Bool]) -> [Bool] {
            spans.map { span in tokens.indices.contains { other[$0] && tokens[$0].overlaps(span) } }
        }
        let goldTouched = touched(gold, p)
        let predTouched = touched(predicted, g)
        let rank = ["rule cue", "candidate", "outside vocabulary", "function word", "in a name", "in quote"]
        func standing(of span: TextRange) -> String {
            let here = standings.filter { $0.range.overlaps(span) }.map(\.standing)
            return rank.first { here.contains($0) } ?? "no token"
        }
        for i in tokens.indices where g[i] != p[i] {
            if g[i] {
                let found = gold.indices.contains { goldTouched[$0] && gold[$0].overlaps(tokens[i]) }
                if found {
                    boundaryMiss += 1
                    let side = i + 1 < tokens.count && p[i + 1] ? "miss before" : "miss after"
                    boundaryBy[side, default: 0] += 1
                } else {
                    wholeMiss += 1
                    if let gi = gold.indices.first(where: { gold[$0].overlaps(tokens[i]) }) {
                        wholeMissBy[standing(of: gold[gi]), default: 0] += 1
                    }
                }
            } else {
                let near = predicted.indices.contains { predTouched[$0] && predicted[$0].overlaps(tokens[i]) }
                if near {
                    boundaryAlarm += 1
                    let side = i + 1 < tokens.count && g[i + 1] ? "alarm before" : "alarm after"
                    boundaryBy[side, default: 0] += 1
                } else {
                    spurious += 1
                    if let pi = predicted.indices.first(where: { predicted[$0].overlaps(tokens[i]) }),
                        pi < predictedKinds.count
                    {
                        spuriousBy[predictedKinds[pi], default: 0] += 1
                    }
                }
            }
        }
    }
}
