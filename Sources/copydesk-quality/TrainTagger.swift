/// `copydesk-quality --train-attribution [--half even]`: trains the learned cue tagger (`CueTagger.train`) on the
/// gold cues of one half of PolNeAR train and writes its weights file,
/// `Sources/CopydeskCore/Analysis/Attribution/CueTaggerWeights.swift` (base64, with a header naming this
/// command, the data and the size). Deterministic: the same corpus gives the same file. Prints the time taken.
import CopydeskCore
import Foundation

/// The training articles of `names`: each text parsed as a plain article, with its gold cue spans.
func trainingArticles(corpus: String, names: [String]) -> [CueTagger.TrainingArticle] {
    names.compactMap { name in
        guard let data = FileManager.default.contents(atPath: corpus + "/text/" + name) else { return nil }
        let text = SourceText(decoding: [UInt8](data))
        let gold = goldSpans(annPath: corpus + "/attributions/" + String(name.dropLast(4)) + ".ann", text: text)
        return CueTagger.TrainingArticle(syntax: ArticleParser.parse(text, kind: .plainText), cues: gold["Cue"] ?? [])
    }
}

/// `--train-attribution --dev`: two-fold cross-validation inside `names` (by the second bit of the name hash), so
/// that features can be developed on the training half without looking at the held-out one; prints each fold, then
/// both summed (`ceiling`: first where each held-out fold's gold cue tokens stand, `CueTagger.goldCoverage`; with
/// `examplesKind`, lists each fold's misses and false alarms of that kind instead: the errors of a
/// model that never saw the article).
func crossValidateTagger(
    corpus: String, names: [String], hash: (String) -> UInt64, examplesKind: String? = nil, count: Int = 0,
    ceiling: Bool = false
) {
    var total: [String: SpanScore] = [:]
    for fold in [UInt64(0), 1] {
        let train = names.filter { (hash($0) >> 1) & 1 == fold }
        let test = names.filter { (hash($0) >> 1) & 1 != fold }
        let model = CueTagger(encoded: CueTagger.train(trainingArticles(corpus: corpus, names: train)))
        if ceiling, let model {
            // Where the held-out fold's gold cue tokens stand for the tagger: the recall it can reach at all.
            for (k, v) in CueTagger.goldCoverage(trainingArticles(corpus: corpus, names: test), model: model)
            where !k.contains(":") || v >= 10 {
                print("ceiling, dev fold \(1 - fold): \(k) \(v)")
            }
        }
        let scores = scoreAttributions(
            corpus: corpus, names: test, halfLabel: "dev fold \(1 - fold), ", examplesKind: examplesKind, count: count,
            learnedCues: true, model: model)
        for (kind, s) in scores {
            total[kind, default: SpanScore()].tp += s.tp
            total[kind, default: SpanScore()].fp += s.fp
            total[kind, default: SpanScore()].fn += s.fn
        }
    }
    if examplesKind != nil { return }
    print("both folds (summed):")
    printScores(total)
}

func trainTagger(corpus: String, names: [String], halfLabel: String, output: String) {
    let clock = ContinuousClock()
    var model: [UInt8] = []
    var articles: [CueTagger.TrainingArticle] = []
    let t = clock.measure {
        articles = trainingArticles(corpus: corpus, names: names)
        model = CueTagger.train(articles)
    }
    let source = CueTagger.weightsSource(
        model, command: "swift run -c release copydesk-quality --train-attribution --half even",
        data: "the gold cues of PolNeAR train, \(halfLabel)\(articles.count) articles")
    do {
        try source.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write("copydesk-quality: cannot write \(output): \(error)\n".data(using: .utf8)!)
        exit(2)
    }
    let sec = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    print(
        "trained the cue tagger on \(articles.count) articles in \(String(format: "%.1f", sec)) s: \(model.count) bytes → \(output)"
    )
}

/// `--train-attribution --probe TEXT`: the tagger's candidates in TEXT (a paragraph after a headline) with their
/// margins over the cue threshold, under a model trained on `names`.
func probeTagger(corpus: String, names: [String], text: String) {
    guard let model = CueTagger(encoded: CueTagger.train(trainingArticles(corpus: corpus, names: names))) else {
        return
    }
    let source = SourceText("Headline\n\n" + text + "\n")
    for (r, margin) in model.candidateScores(ArticleParser.parse(source, kind: .plainText)) {
        print("\(source[r])\t\(String(format: "%+.2f", margin))")
    }
}
