/// `copydesk-quality --attributions --examples relsource [N]`: source errors per gold relation, split by whether
/// we found the relation's cue.
///
/// The token score of `Source` (AttributionScore.swift) pools every source; a source we miss because we missed its
/// cue, or a source of a spurious cue, is a cue error. This pairs each gold relation (brat `E` line) with the
/// predicted relations whose cue phrase overlaps its cue, and scores the sources of those pairs alone (tokens of
/// the gold relation's source against the union of the paired predictions' sources). It prints that score, the
/// source tokens of unpaired gold and predicted relations, the paired relations whose source differs by class
/// (`SourceErrorClass`: missed, extra, long, short, shifted, wrong), side of the cue and kind of relation, and up to
/// N of them (`relsource:CLASS` or `relsource:CLASS SIDE`: of one class only; never for the held-out half).
import CopydeskCore
import Foundation

/// Gold relations of one .ann file: (cue ranges, source ranges) as UTF-8 ranges of `text`.
func goldRelations(annPath: String, text: SourceText) -> [(cue: [TextRange], source: [TextRange])] {
    guard let data = FileManager.default.contents(atPath: annPath) else { return [] }
    let offsets = ScalarOffsets(text)
    var spans: [String: [TextRange]] = [:]
    var events: [[Substring: Substring]] = []
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2 else { continue }
        if line.hasPrefix("T"), let space = fields[1].firstIndex(of: " ") {
            var rs: [TextRange] = []
            for piece in fields[1][fields[1].index(after: space)...].split(separator: ";") {
                let nums = piece.split(separator: " ").compactMap { Int($0) }
                if nums.count == 2 { rs.append(TextRange(offsets.utf8(nums[0]), offsets.utf8(nums[1]))) }
            }
            spans[String(fields[0])] = rs
        } else if line.hasPrefix("E") {
            var roles: [Substring: Substring] = [:]
            for part in fields[1].split(separator: " ") {
                let kv = part.split(separator: ":")
                if kv.count == 2 { roles[kv[0]] = kv[1] }
            }
            events.append(roles)
        }
    }
    return events.map { roles in
        (roles["Cue"].flatMap { spans[String($0)] } ?? [], roles["Source"].flatMap { spans[String($0)] } ?? [])
    }
}

/// How a paired relation's source differs from gold (`SourceErrorClass.of`).
enum SourceErrorClass: String, CaseIterable {
    /// Gold names a source, we name none.
    case missed
    /// Gold names none, we name one.
    case extra
    /// Ours holds gold's and more.
    case long
    /// Ours lies inside gold's.
    case short
    /// They overlap, each with tokens of its own.
    case shifted
    /// They share no token: a wrong phrase.
    case wrong

    /// The class of a pair from its token masks over the sentence: nil when they agree.
    static func of(gold: Int, predicted: Int, tp: Int, fn: Int, fp: Int) -> SourceErrorClass? {
        if fn + fp == 0 { return nil }
        if predicted == 0 { return .missed }
        if gold == 0 { return .extra }
        if tp == 0 { return .wrong }
        if fn == 0 { return .long }
        if fp == 0 { return .short }
        return .shifted
    }
}

/// Scores sources of cue-matched relations and lists their differences (see the file comment). `only` keeps the
/// examples of one class (`relsource:wrong`); examples are never shown for the held-out half (`heldOut`).
func diagnoseSources(
    corpus: String, names: [String], count: Int, learnedCues: Bool, only: String? = nil, heldOut: Bool = false
) {
    var paired = SpanScore()
    var goldUnpaired = 0
    var predictedUnpaired = 0
    var shown = 0
    // Per class and side ("before"/"after": where gold's source stands, else ours, against the cue) and the kind
    // of the paired prediction: relations, missed tokens, false-alarm tokens.
    var classes: [String: (n: Int, fn: Int, fp: Int)] = [:]
    for name in names {
        guard let data = FileManager.default.contents(atPath: corpus + "/text/" + name) else { continue }
        let text = SourceText(decoding: [UInt8](data))
        var options = AnalysisOptions()
        options.learnedCues = learnedCues
        let a = ArticleAnalyzer.analyze(ArticleParser.parse(text, kind: .plainText), options: options)
        let gold = goldRelations(
            annPath: corpus + "/attributions/" + String(name.dropLast(4)) + ".ann", text: text)
        let predicted = a.attributions.filter { $0.kind != .implicit && $0.kind != .carried }
        let tokens = wordTokens(text)
        var predictedPaired = [Bool](repeating: false, count: predicted.count)
        for g in gold {
            let matches = predicted.indices.filter { i in
                let cue = predicted[i].cuePhraseRange ?? predicted[i].cueRange
                return g.cue.contains { $0.overlaps(cue) }
            }
            let gm = tokenMask(tokens, g.source)
            guard !matches.isEmpty else {
                goldUnpaired += gm.filter { $0 }.count
                continue
            }
            for i in matches { predictedPaired[i] = true }
            let ps = matches.compactMap { predicted[$0].sourceRange ?? predicted[$0].speakerRange }
            let pm = tokenMask(tokens, ps)
            var fn = 0
            var fp = 0
            var tp = 0
            for i in tokens.indices {
                if gm[i] && pm[i] { tp += 1 } else if pm[i] { fp += 1 } else if gm[i] { fn += 1 }
            }
            paired.tp += tp
            paired.fp += fp
            paired.fn += fn
            guard
                let cls = SourceErrorClass.of(
                    gold: g.source.count, predicted: ps.count, tp: tp, fn: fn, fp: fp)
            else { continue }
            let cueStart = g.cue.map(\.start).min() ?? 0
            let side = (g.source.first ?? ps.first).map { $0.start < cueStart ? "before" : "after" } ?? "-"
            let kind = predicted[matches[0]].kind.rawValue
            let key = "\(cls.rawValue) \(side) \(kind)"
            var c = classes[key] ?? (0, 0, 0)
            c.n += 1
            c.fn += fn
            c.fp += fp
            classes[key] = c
            if !heldOut, shown < count, only == nil || only == cls.rawValue || only == "\(cls.rawValue) \(side)" {
                shown += 1
                let cue = g.cue.first.map { String(text[$0]) } ?? ""
                let sentence = g.cue.first.flatMap { a.sentenceIndex(at: $0.start) }.map { text[a.sentences[$0].range] }
                let goldText = g.source.map { "«\(text[$0])»" }.joined(separator: " ")
                let predText = matches.compactMap { i -> String? in
                    let p = predicted[i]
                    guard let r = p.sourceRange ?? p.speakerRange else { return nil }
                    return "«\(text[r])»[\(p.kind) \(text[p.cuePhraseRange ?? p.cueRange])]"
                }.joined(separator: " ")
                print(
                    "[\(name)] \(cls.rawValue) \(side) fn \(fn) fp \(fp) cue «\(cue)» gold \(goldText.isEmpty ? "-" : goldText) ours \(predText.isEmpty ? "-" : predText) ::: \(sentence?.prefix(400) ?? "")\n"
                )
            }
        }
        for (i, p) in predicted.enumerated() where !predictedPaired[i] {
            if let s = p.sourceRange ?? p.speakerRange {
                predictedUnpaired += tokenMask(tokens, [s]).filter { $0 }.count
            }
        }
    }
    print("sources of relations whose cue we found (per gold relation, union of paired predictions):")
    print(
        String(
            format: "paired   tp %6d  fp %6d  fn %6d  P %.3f  R %.3f  F1 %.3f", paired.tp, paired.fp, paired.fn,
            paired.precision, paired.recall, paired.f1))
    print("source tokens of gold relations whose cue we missed: \(goldUnpaired)")
    print("source tokens of predicted relations matching no gold cue: \(predictedUnpaired)")
    print("paired relations whose source differs, by class, side of gold's source (else ours) and our kind:")
    print("class    side    kind              relations      fn      fp")
    for (key, c) in classes.sorted(by: { $0.value.fn + $0.value.fp > $1.value.fn + $1.value.fp }) {
        let f = key.split(separator: " ").map(String.init)
        print(
            f[0].padding(toLength: 9, withPad: " ", startingAt: 0)
                + f[1].padding(toLength: 8, withPad: " ", startingAt: 0)
                + f[2].padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: "%11d  %6d  %6d", c.n, c.fn, c.fp))
    }
}
