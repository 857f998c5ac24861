/// copydesk-quality — measures the prose rules against gold attribution spans, and analysis speed.
///
/// Usage (from the repo root; the corpus is read in place, never copied):
///   swift run -c release copydesk-quality [CORPUS_DIR]        default ../shared/corpora/polnear-train
///   swift run copydesk-quality --mechanisms                    also: how long quotes got their speakers
///   swift run copydesk-quality --examples RULE [N] [CORPUS]    N flags of RULE inside gold Content (for
///                                                              unsourced-claim with the gold source and cue and
///                                                              the sentence before); `!RULE`: flags outside;
///                                                              `unsourced-claim/KIND`: one claim kind only;
///                                                              `gold-quotes`: gold quotes; `mechanism:NAME`:
///                                                              quotes per mechanism
///   swift run copydesk-quality --dump FILE                     sentences, attributions, claims (with what sources
///                                                              them), quotes, entities
///   swift run copydesk-quality --half odd|even ...             only one half of the corpus (file-name hash parity):
///                                                              tune on even, measure on odd (held out)
///   swift run -c release copydesk-quality --attributions [--examples cue|source|content|relsource [N]] [--half odd|even]
///                                                              cue/source/content token P/R/F1 against PolNeAR
///                                                              gold (AttributionScore.swift); or N misses and
///                                                              N false alarms of one span kind; `cueboundary`:
///                                                              gold cues a cue phrase covers in part; `relsource`:
///                                                              sources of relations whose cue we found, scored
///                                                              apart, by error class, and N that differ
///                                                              (`relsource:wrong` or `relsource:short before`:
///                                                              of one class; SourceDiagnostics.swift)
///   swift run -c release copydesk-quality --train-attribution --half even
///                                                              trains the learned cue tagger on the even half and
///                                                              writes its weights file (TrainTagger.swift);
///                                                              `--dev`: 2-fold cross-validation inside the half
///                                                              (`--examples cue N`: each fold's misses and false
///                                                              alarms; `--ceiling`: where the gold cue tokens
///                                                              stand for the tagger, CueTagger.goldCoverage)
///   swift run -c release copydesk-quality --learned-cues ...   with the opt-in learned cue tagger (default: the
///                                                              rules alone, as `copydesk lint` runs by default)
///   swift run -c release copydesk-quality --bench [ROUNDS]     analysis only, MB/s (for `perf record`)
///   swift run -c release copydesk-quality --stress [BYTES]     one huge paragraph per shape: stays linear
///   swift run -c release copydesk-quality --segmented-vs-whole FILE
///                                                              a large article linted as segments and as one
///                                                              whole: findings per rule, and those that differ
///                                                              (`Tests/bench/segmented_whole.py` makes them)
///
/// Figures: for every article `text/NAME.txt` (linted as a plain article) and its `attributions/NAME.ann`
/// (brat standoff, offsets in Unicode scalars, converted here to UTF-8): per rule, how many flags fall inside
/// a gold `Content` span and the precision 1 − inside/total. A flag's probe is the claim's cue for
/// `unsourced-claim` (its sentence too, as a stricter view), the quoted words for `unattributed-quote`, the
/// diagnostic range otherwise. Recall of gold-unattributed quotes: double-quoted passages of 4+ words that
/// overlap no Content span (found by an independent simple pairing), flagged when an `unattributed-quote`
/// diagnostic overlaps them. Throughput: parse + analyze + lint in-process, files already in memory.
import CopydeskCore
import Foundation

let args = Array(CommandLine.arguments.dropFirst())

func readText(_ path: String) -> SourceText? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return SourceText(decoding: [UInt8](data))
}

if args.first == "--dump", args.count >= 2 {
    guard let text = readText(args[1]) else {
        print("cannot read \(args[1])")
        exit(2)
    }
    let dumped = DocumentPipeline.run(
        text, kind: ArticleKind.forPath(args[1]) ?? .plainText, id: DocumentID(args[1]), index: WorkspaceIndex())
    let a = dumped.analysis
    for (i, s) in a.sentences.enumerated() {
        print("S\(i) p\(s.paragraph)\(s.isHeadline ? " H" : ""): \(text[s.range])")
        for at in a.attributions where at.sentence == i {
            let sp = at.speakerRange.map { text[$0] } ?? "-"
            let ent = at.entity.map { a.entities[$0].canonicalName } ?? "-"
            print(
                "   ATTR \(at.kind.rawValue) cue='\(text[at.cueRange])' speaker='\(sp)' form=\(at.speakerForm.rawValue) entity=\(ent) cands=\(at.candidates.map { a.entities[$0].canonicalName })"
            )
            let phrase = at.cuePhraseRange.map { text[$0] } ?? text[at.cueRange]
            let source = at.sourceRange.map { text[$0] } ?? "-"
            print(
                "        \(at.relation.rawValue) cue «\(phrase)» source «\(source)» content \(at.contentRanges.map { "«\(text[$0].prefix(80))»" })"
            )
        }
        for c in a.claims where c.sentence == i {
            print("   CLAIM \(c.reason.rawValue) '\(text[c.cueRange])' sourced=\(c.sourcedBy.map { "\($0)" } ?? "no")")
        }
        for v in a.vagueAttributions where v.sentence == i { print("   VAGUE '\(v.phrase)'") }
    }
    for q in a.quotes {
        print(
            "Q p\(q.paragraph) words=\(q.wordCount) attr=\(q.attribution.map(String.init) ?? "-") cont=\(q.continues) title=\(q.isTitle) partial=\(q.isPartial): \(text[q.range])"
        )
    }
    for e in a.entities {
        print(
            "E \(e.canonicalName) \(e.kind.rawValue) mentions=\(e.mentions.map { text[$0] }) full=\(e.hasFullName) role=\(e.hasRole) id=\(e.definedID ?? "-")"
        )
    }
    for d in dumped.diagnostics {
        let p = text.position(of: d.range.start)
        print(
            "\(p.line + 1):\(p.column + 1): \(d.severity.rawValue): \(d.message) [\(d.ruleID)] «\(text[d.range].prefix(80))»"
        )
    }
    exit(0)
}

if args.first == "--bench" {
    // Analysis only, repeated: for profiling (`perf record … copydesk-quality --bench 5`).
    let rounds = args.count > 1 ? Int(args[1]) ?? 5 : 5
    let dir = FileManager.default.currentDirectoryPath + "/../shared/corpora/polnear-train/text"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }) ?? []
    let syntaxes = files.compactMap { readText(dir + "/" + $0) }.map { ArticleParser.parse($0, kind: .plainText) }
    let bytes = syntaxes.reduce(0) { $0 + $1.text.count }
    // Wall time, and this thread's CPU time: on a shared machine the wall clock also counts the time other
    // processes held the core, so the CPU-time figure is the per-core throughput.
    func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    var sentences = 0
    let cpuStart = threadCPUSeconds()
    let t = clock.measure {
        for _ in 0..<rounds { for s in syntaxes { sentences += ArticleAnalyzer.analyze(s).sentences.count } }
    }
    let cpu = threadCPUSeconds() - cpuStart
    let sec = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    let mb = Double(bytes * rounds) / 1e6
    print(
        "analyze only: \(String(format: "%.1f", mb / sec)) MB/s wall, \(String(format: "%.1f", mb / cpu)) MB/s CPU"
            + " (\(sentences) sentences)")
    exit(0)
}

if args.first == "--segmented-vs-whole", args.count >= 2 {
    // One large article linted as segments (the standard policy: what the CLI and the server run) and as one
    // whole-document analysis: the findings per rule, and those only one run has (`Tests/bench/segmented_whole.py`
    // generates the articles).
    guard let text = readText(args[1]) else {
        print("cannot read \(args[1])")
        exit(2)
    }
    let kind = ArticleKind.forPath(args[1]) ?? .plainText
    let id = DocumentID(args[1])
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> String {
        String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
    var segmented: [Diagnostic] = []
    let ts = clock.measure {
        segmented = DocumentPipeline.run(text, kind: kind, id: id, index: WorkspaceIndex()).diagnostics
    }
    var whole: [Diagnostic] = []
    let tw = clock.measure {
        whole =
            DocumentPipeline.run(
                text, kind: kind, id: id, index: WorkspaceIndex(),
                policy: SegmentationPolicy(minimumDocumentBytes: .max, boundaryModulus: 1)
            ).diagnostics
    }
    print("\(text.count) bytes: segmented \(seconds(ts)), whole \(seconds(tw))")
    func key(_ d: Diagnostic) -> String { "\(d.ruleID) \(d.range.start) \(d.range.end) \(d.message)" }
    let a = Set(segmented.map(key))
    let b = Set(whole.map(key))
    var differ = 0
    for rule in RuleRegistry.ids {
        let s = segmented.filter { $0.ruleID == rule }
        let w = whole.filter { $0.ruleID == rule }
        let onlyS = s.filter { !b.contains(key($0)) }
        let onlyW = w.filter { !a.contains(key($0)) }
        differ += onlyS.count + onlyW.count
        print(
            "  \(rule): segmented \(s.count), whole \(w.count)"
                + (onlyS.isEmpty && onlyW.isEmpty ? "" : " (only segmented \(onlyS.count), only whole \(onlyW.count))"))
        for d in (onlyS.prefix(3).map { ("segmented", $0) } + onlyW.prefix(3).map { ("whole", $0) }) {
            let p = text.position(of: d.1.range.start)
            print("    only \(d.0) \(p.line + 1):\(p.column + 1) «\(text[d.1.range].prefix(60))» \(d.1.message)")
        }
    }
    print(differ == 0 ? "identical" : "\(differ) findings differ")
    exit(differ == 0 ? 0 : 1)
}

if args.first == "--stress" {
    // Adversarial inputs (one huge paragraph of quotes, names, pronouns, colons, citations): analysis must stay
    // near-linear. Prints MB/s per shape.
    let unit: [(String, String)] = [
        ("quotes+speakers", "Mr Ma said: “We will win 5 percent,” he added. Jack Ma, a partner, says “no” — “yes”. "),
        ("names+pronouns", "Trump met Ma and Clark. He said so. She said no. Trump Tower grew $15 billion. "),
        ("unclosed quotes", "“Open quote with no end and a claim of $1 billion, said Kessel "),
        ("colons+labels", "Q: Will it rise 5 percent? A: It will: “yes, a lot”. RAMOS: “No”. "),
    ]
    let clock = ContinuousClock()
    _ = ArticleAnalyzer.analyze(ArticleParser.parse(SourceText("Warm-up. \"A b c d,\" Ma said."), kind: .plainText))
    for (name, u) in unit {
        let text =
            "Headline\n\n"
            + String(repeating: u, count: (args.count > 1 ? Int(args[1]) ?? 400_000 : 400_000) / u.utf8.count) + "\n"
        let syntax = ArticleParser.parse(SourceText(text), kind: .plainText)
        var n = 0
        let t = clock.measure { n = ArticleAnalyzer.analyze(syntax).sentences.count }
        let sec = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
        print(
            "\(name): \(text.utf8.count) bytes in one paragraph, \(n) sentences, \(String(format: "%.1f", Double(text.utf8.count) / 1e6 / sec)) MB/s"
        )
    }
    exit(0)
}

var examplesRule: String? = nil
var examplesCount = 10
var rest = args
if let x = rest.firstIndex(of: "--examples"), x + 1 < rest.count {
    examplesRule = rest[x + 1]
    rest.removeSubrange(x...(x + 1))
    if x < rest.count, let n = Int(rest[x]) {
        examplesCount = n
        rest.remove(at: x)
    }
}
rest.removeAll { $0 == "--mechanisms" }
let scoreAttributionsMode = rest.contains("--attributions")
rest.removeAll { $0 == "--attributions" }
let trainMode = rest.contains("--train-attribution")
rest.removeAll { $0 == "--train-attribution" }
let devMode = rest.contains("--dev")
rest.removeAll { $0 == "--dev" }
// `--ceiling` (with `--dev`): where the gold cue tokens stand for the tagger (rule cue, candidate, function word…).
let ceilingMode = rest.contains("--ceiling")
rest.removeAll { $0 == "--ceiling" }
// `--probe TEXT` (with `--train-attribution`): the tagger's candidates in TEXT and their margins.
var probeText: String? = nil
if let x = rest.firstIndex(of: "--probe"), x + 1 < rest.count {
    probeText = rest[x + 1]
    rest.removeSubrange(x...(x + 1))
}
// `--learned-cues`: the analysis with the opt-in learned cue tagger (`AnalysisOptions.learnedCues`), to compare.
let learnedCues = rest.contains("--learned-cues")
rest.removeAll { $0 == "--learned-cues" }
// `--half odd|even`: only the articles whose file-name hash (FNV-1a of the UTF-8 name) is odd or even, a fixed
// split for developing rules on one half and checking them on the other.
var half: UInt64? = nil
if let h = rest.firstIndex(of: "--half"), h + 1 < rest.count {
    half = rest[h + 1] == "odd" ? 1 : 0
    rest.removeSubrange(h...(h + 1))
}
func nameHash(_ s: String) -> UInt64 { s.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 } }
let corpus = rest.first ?? (FileManager.default.currentDirectoryPath + "/../shared/corpora/polnear-train")
let textDir = corpus + "/text"
let annDir = corpus + "/attributions"
guard
    let names = try? FileManager.default.contentsOfDirectory(atPath: textDir)
        .filter({ $0.hasSuffix(".txt") && (half == nil || nameHash($0) & 1 == half!) }).sorted(),
    !names.isEmpty
else {
    FileHandle.standardError.write("copydesk-quality: no articles in \(textDir)\n".data(using: .utf8)!)
    exit(2)
}

/// Gold `Content` spans of one .ann file, as UTF-8 ranges of `text`.
func contentSpans(annPath: String, text: SourceText) -> [TextRange] {
    (goldSpans(annPath: annPath, text: text)["Content"] ?? []).sorted()
}

if trainMode, let p = probeText {
    probeTagger(corpus: corpus, names: names, text: p)
    exit(0)
}
if trainMode && devMode {
    crossValidateTagger(
        corpus: corpus, names: names, hash: nameHash, examplesKind: examplesRule, count: examplesCount,
        ceiling: ceilingMode)
    exit(0)
}
if trainMode {
    trainTagger(
        corpus: corpus, names: names, halfLabel: half.map { $0 == 1 ? "odd half, " : "even half, " } ?? "",
        output: FileManager.default.currentDirectoryPath
            + "/Sources/CopydeskCore/Analysis/Attribution/CueTaggerWeights.swift")
    exit(0)
}

if scoreAttributionsMode, let r = examplesRule, r == "relsource" || r.hasPrefix("relsource:") {
    // (`relsource:CLASS` or `relsource:CLASS SIDE`: examples of one class; none for the held-out half.)
    diagnoseSources(
        corpus: corpus, names: names, count: examplesCount, learnedCues: learnedCues,
        only: r.hasPrefix("relsource:") ? String(r.dropFirst("relsource:".count)) : nil, heldOut: half == 1)
    exit(0)
}
if scoreAttributionsMode {
    scoreAttributions(
        corpus: corpus, names: names,
        halfLabel: half.map { $0 == 1 ? "odd half (held out), " : "even half (tuning), " } ?? "",
        examplesKind: examplesRule, count: examplesCount, learnedCues: learnedCues)
    exit(0)
}

/// Double-quoted passages of 4+ words (an independent, simple pairing per paragraph), for recall.
func goldQuotes(_ text: SourceText) -> [TextRange] {
    var out: [TextRange] = []
    let b = text.bytes
    var open: Int? = nil
    var i = 0
    func words(_ r: TextRange) -> Int {
        var n = 0
        var inWord = false
        for k in r.start..<r.end {
            let space = b[k] == 0x20 || b[k] == 0x0A
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
    while i < b.count {
        if b[i] == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A { open = nil }
        var mark = 0  // 1 open, 2 close, 3 straight
        var len = 1
        if b[i] == 0x22 {
            mark = 3
        } else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            if b[i + 2] == 0x9C {
                mark = 1
                len = 3
            } else if b[i + 2] == 0x9D {
                mark = 2
                len = 3
            }
        }
        if mark != 0 {
            if let o = open, mark != 1 {
                let r = TextRange(o, i + len)
                if words(r) >= 4 { out.append(r) }
                open = nil
            } else if mark != 2 {
                open = i
            }
        }
        i += len
    }
    return out
}

func overlapsAny(_ r: TextRange, _ spans: [TextRange]) -> Bool { spans.contains { $0.overlaps(r) } }

struct Tally {
    var total = 0
    var inside = 0
}
var mechanisms: [String: Tally] = [:]
var tallies: [String: Tally] = [:]
var strictClaims = Tally()
// Flags inside the Content of gold relations that all name no source ("is projected to", "is expected to"):
// PolNeAR marks an agentless passive as attribution, GUIDE.md calls it unsourced.
var agentlessInside = 0
var goldTotal = 0
var goldFound = 0
var totalBytes = 0
var elapsed = Duration.zero
var parseTime = Duration.zero
var analyzeTime = Duration.zero
var lintTime = Duration.zero
var examplesShown = 0
let clock = ContinuousClock()
for name in names {
    let path = textDir + "/" + name
    guard let text = readText(path) else { continue }
    totalBytes += text.count
    var diagnostics: [Diagnostic] = []
    var analysis: ArticleAnalysis? = nil
    var syntax: ArticleSyntax? = nil
    let t1 = clock.measure { syntax = ArticleParser.parse(text, kind: .plainText) }
    // The pipeline's two stages, timed apart: the analysis (`DocumentPipeline.analysis`), then the linter.
    var options = AnalysisOptions(configuration: .default, index: WorkspaceIndex())
    options.learnedCues = learnedCues
    let t2 = clock.measure { analysis = ArticleAnalyzer.analyze(syntax!, options: options) }
    let t3 = clock.measure { diagnostics = Linter.lint(analysis!, document: DocumentID(name), index: WorkspaceIndex()) }
    elapsed += t1 + t2 + t3
    parseTime += t1
    analyzeTime += t2
    lintTime += t3
    let a = analysis!
    let spans = contentSpans(annPath: annDir + "/" + String(name.dropLast(4)) + ".ann", text: text)
    for d in diagnostics {
        var probe = d.range
        // `--examples unsourced-claim/KIND` (or `!unsourced-claim/KIND`): only the flags of one claim kind.
        var kindKey = d.ruleID
        if d.ruleID == "unsourced-claim", let s = a.sentenceIndex(at: d.range.start),
            let c = a.claims.first(where: { $0.sentence == s })
        {
            probe = c.cueRange
            kindKey = d.ruleID + "/" + c.reason.rawValue
            let key = "  unsourced-claim/" + c.reason.rawValue
            tallies[key, default: Tally()].total += 1
            if overlapsAny(probe, spans) {
                tallies[key, default: Tally()].inside += 1
                let gold = goldRelations(
                    annPath: annDir + "/" + String(name.dropLast(4)) + ".ann", text: text, overlapping: probe)
                if !gold.isEmpty && gold.allSatisfy({ $0.hasPrefix("source «-»") }) { agentlessInside += 1 }
            }
            strictClaims.total += 1
            if overlapsAny(d.range, spans) { strictClaims.inside += 1 }
        } else if d.ruleID == "unattributed-quote", let q = a.quotes.first(where: { $0.range == d.range }) {
            probe = q.contentRange
        }
        let inside = overlapsAny(probe, spans)
        tallies[d.ruleID, default: Tally()].total += 1
        if !inside, examplesRule == "!" + d.ruleID || examplesRule == "!" + kindKey, examplesShown < examplesCount {
            examplesShown += 1
            let s = a.sentenceIndex(at: d.range.start).map { text[a.sentences[$0].range] } ?? text[d.range]
            print("[\(name)] OUTSIDE \(kindKey) \(text[probe]) ::: \(s)\n")
        }
        if inside {
            tallies[d.ruleID, default: Tally()].inside += 1
            if d.ruleID == examplesRule || kindKey == examplesRule, examplesShown < examplesCount {
                examplesShown += 1
                var s = a.sentenceIndex(at: d.range.start).map { text[a.sentences[$0].range] } ?? text[d.range]
                if d.ruleID == "unattributed-quote", let q = a.quotes.first(where: { $0.range == d.range }) {
                    let paras = a.syntax.paragraphs
                    let lo = max(0, q.paragraph - 1)
                    let hi = min(paras.count - 1, q.paragraph + 1)
                    s = (lo...hi).map { String(text[paras[$0].range].prefix(300)) }.joined(separator: "\n  ¶ ")
                }
                if d.ruleID == "unsourced-claim", let si = a.sentenceIndex(at: d.range.start) {
                    // The gold relation whose content holds the cue, and the sentence before, to tell a missed
                    // attribution from a carried one or a label disagreement.
                    let gold = goldRelations(
                        annPath: annDir + "/" + String(name.dropLast(4)) + ".ann", text: text, overlapping: probe)
                    let prev =
                        si > 0 && a.sentences[si - 1].paragraph == a.sentences[si].paragraph
                        ? String(text[a.sentences[si - 1].range].suffix(160)) : "(paragraph start)"
                    s += "\n  gold: \(gold.joined(separator: " | "))\n  prev: \(prev)"
                }
                print("[\(name)] \(text[probe]) ::: \(s)\n")
            }
        }
    }
    // How each long quote got its speaker, against the gold (for tuning the quote rule; `--mechanisms`).
    for q in a.quotes where q.wordCount >= Quote.directMinimumWords && (q.isTitle || q.isPartial) {
        // Quotes the rule leaves alone whatever their speaker: how many lie inside gold Content.
        let key = q.isTitle ? "(skipped) title" : "(skipped) partial quote"
        mechanisms[key, default: Tally()].total += 1
        if overlapsAny(q.contentRange, spans) { mechanisms[key, default: Tally()].inside += 1 }
        if !overlapsAny(q.contentRange, spans), examplesRule == "mechanism:" + key, examplesShown < examplesCount {
            examplesShown += 1
            let s = a.sentenceIndex(at: q.range.start).map { text[a.sentences[$0].range] } ?? ""
            print("[\(name)] \(text[q.range]) ::: \(s.prefix(400))\n")
        }
    }
    for q in a.quotes where q.isDirect {
        guard let qs = a.sentenceIndex(at: q.range.start), !a.sentences[qs].isHeadline else { continue }
        let qe = a.sentenceIndex(at: max(q.range.start, q.range.end - 1)) ?? qs
        var how = "none (flagged)"
        if let ai = q.attribution {
            let at = a.attributions[ai]
            let para = a.sentences[qs].paragraph
            let apara = a.sentences[at.sentence].paragraph
            if at.kind == .implicit {
                how = "implicit"
            } else if at.sentence >= qs && at.sentence <= qe {
                how = "own sentence"
            } else if at.sentence == qe + 1 && apara == para {
                how = "next sentence"
            } else if at.sentence == qs - 1 && apara == para {
                how = "previous sentence"
            } else if apara == para {
                how = "earlier in paragraph"
            } else if apara < para {
                how = "previous paragraphs"
            } else {
                how = "next paragraph"
            }
        }
        let inside = overlapsAny(q.contentRange, spans)
        if !inside, examplesRule == "mechanism:" + how, examplesShown < examplesCount {
            examplesShown += 1
            let p = a.syntax.paragraphs[a.sentences[qs].paragraph]
            let from =
                q.attribution.map { a.attributions[$0] }.map {
                    "cue «\(text[$0.cueRange])» speaker «\($0.speakerRange.map { text[$0] } ?? "-")»"
                } ?? ""
            print("[\(name)] \(text[q.range]) {\(from)} ::: \(text[p.range].prefix(400))\n")
        }
        mechanisms[how, default: Tally()].total += 1
        if inside { mechanisms[how, default: Tally()].inside += 1 }
    }
    let flaggedQuotes = diagnostics.filter { $0.ruleID == "unattributed-quote" }.map(\.range)
    for g in goldQuotes(text) where !overlapsAny(g, spans) {
        goldTotal += 1
        let found = flaggedQuotes.contains(where: { $0.overlaps(g) })
        if found { goldFound += 1 }
        if examplesRule == "gold-quotes" && examplesShown < examplesCount {
            examplesShown += 1
            let s = a.sentenceIndex(at: g.start).map { text[a.sentences[$0].range] } ?? ""
            print("[\(name)] \(found ? "FLAGGED" : "missed") \(text[g]) ::: \(s)\n")
        }
    }
}
if examplesRule != nil { exit(0) }
if args.contains("--mechanisms") {
    print("how long quotes (4+ words, not titles or partial quotes) got a speaker: total / inside gold Content")
    for (k, t) in mechanisms.sorted(by: { $0.key < $1.key }) { print("  \(k): \(t.total) / \(t.inside)") }
}

func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
print(
    "copydesk-quality: \(half.map { $0 == 1 ? "odd half, " : "even half, " } ?? "")\(names.count) articles, \(totalBytes) bytes, corpus \(corpus)"
)
print("rule                            flags  inside-Content  precision")
for rule in tallies.keys.sorted() {
    let t = tallies[rule]!
    let p = t.total == 0 ? 1.0 : 1.0 - Double(t.inside) / Double(t.total)
    print(
        rule.padding(toLength: 30, withPad: " ", startingAt: 0)
            + String(format: "%7d  %14d  %9@", t.total, t.inside, fmt(p)))
}
let uc = tallies["unsourced-claim"] ?? Tally()
let uq = tallies["unattributed-quote"] ?? Tally()
let ucP = uc.total == 0 ? 1.0 : 1.0 - Double(uc.inside) / Double(uc.total)
let uqP = uq.total == 0 ? 1.0 : 1.0 - Double(uq.inside) / Double(uq.total)
let strictP = strictClaims.total == 0 ? 1.0 : 1.0 - Double(strictClaims.inside) / Double(strictClaims.total)
print(
    "unsourced-claim precision (claim cue inside Content = false alarm): \(fmt(ucP))  bar >= 0.90  \(ucP >= 0.90 ? "PASS" : "FAIL")"
)
print("  stricter view (whole flagged sentence overlaps any Content span): \(fmt(strictP))")
let guideP = uc.total == 0 ? 1.0 : 1.0 - Double(uc.inside - agentlessInside) / Double(uc.total)
print(
    "  guide view (a flag inside gold Content whose relations name no source, an agentless passive, is correct: GUIDE.md): \(fmt(guideP)) (\(agentlessInside) such flags)"
)
if uq.total == 0 {
    print("unattributed-quote precision (quote text overlaps Content = false alarm): n/a (no flags)")
} else {
    print(
        "unattributed-quote precision (quote text overlaps Content = false alarm): \(fmt(uqP))  bar >= 0.85  \(uqP >= 0.85 ? "PASS" : "FAIL")"
    )
}
let recall = goldTotal == 0 ? 0 : Double(goldFound) / Double(goldTotal)
print(
    "unattributed-quote recall of gold-unattributed quotes (4+ words, outside every Content span): \(goldFound)/\(goldTotal) = \(fmt(recall))"
)
func secs(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
let seconds = secs(elapsed)
print(
    "throughput (parse+analyze+lint in-process, one core): \(fmt(Double(totalBytes) / 1e6 / seconds)) MB/s (\(fmt(seconds)) s for \(totalBytes) bytes)"
)
print(
    "  of which: parse \(fmt(secs(parseTime))) s, analyze \(fmt(secs(analyzeTime))) s, lint \(fmt(secs(lintTime))) s (MB = 10^6 bytes)"
)
