import CopydeskCore
import CopydeskFiles

/// `workspace/executeCommand`: what is not an edit.
/// - `copydesk.acceptFinding` `[{root, rule, article, sentenceHash, sentence, message, count}]` and
///   `copydesk.addWord` `[{folder, kind, word}]`: sent by the client after it applied the edit of "Accept this
///   finding" / "Treat 'WORD' as …"; the decision counts at once, saved or not (the edit is what persists).
/// - `copydesk.showFindings` `[uri, position, locations]` (the code lens): shows the first finding with
///   `window/showDocument` when the client supports it, and answers the locations.
/// - `copydesk.showSourcingSummary` `[uri]`: the summary as `window/showMessage`; answers it with its counts.
/// - `copydesk.restartIndexing`: forgets what was read from disk (baselines included) and indexes every
///   workspace folder again.
extension Server {
    /// After a decision: re-lint, ask for hints and lenses again, and answer workspace pulls held open
    /// (from the main loop, after this request's own answer).
    func decisionApplied() {
        relintAll()
        runtime.post { s in s.wakeHeldPulls() }
    }

    func executeCommand(_ json: JSONValue) throws(ResponseError) -> JSONValue {
        let p = Params(json)
        let command = try p.field("command").string()
        let args = p.field("arguments").json.array ?? []
        switch command {
        case Commands.acceptFinding:
            let a = Params(args.first ?? .null, path: "params.arguments[0]")
            let entry = BaselineEntry(
                rule: try a.field("rule").string(), article: try a.field("article").string(),
                sentenceHash: try a.field("sentenceHash").string(),
                sentence: try a.field("sentence").optionalString() ?? "",
                message: try a.field("message").optionalString() ?? "")
            decisions.accept(entry, count: a.field("count").json.int ?? 1, root: try a.field("root").string(), snapshot)
            decisionApplied()
            return .null
        case Commands.addWord:
            let a = Params(args.first ?? .null, path: "params.arguments[0]")
            let kindName = try a.field("kind").string()
            guard let kind = VocabularySuggestion.Kind(rawValue: kindName) else {
                throw .invalidParams("params.arguments[0].kind: expected \"reportingVerb\" or \"abbreviation\"")
            }
            decisions.teach(try a.field("word").string(), as: kind, folder: try a.field("folder").string())
            decisionApplied()
            return .null
        case Commands.showFindings:
            let locations = args.count > 2 ? args[2].array ?? [] : []
            if let first = locations.first, client.showDocument {
                request(
                    "window/showDocument",
                    ["uri": first["uri"], "takeFocus": true, "selection": first["range"]]
                ) { _, _, _ in }
            } else if locations.isEmpty {
                notify("window/showMessage", ["type": 3, "message": "No sourcing findings in this article."])
            }
            return .array(locations)
        case Commands.showSourcingSummary:
            guard let uri = args.first?.string else { throw .invalidParams("params.arguments[0]: expected a URI") }
            let doc = try snapshot.document(uri)
            let summary = doc.analysis.sourcingSummary(index: index)
            let name = doc.syntax.title ?? DocumentURI.path(uri).map(Paths.lastComponent) ?? uri
            notify("window/showMessage", ["type": 3, "message": .string("\(name): \(summary.text)")])
            return [
                "summary": .string(summary.text), "unsourcedClaims": .int(summary.unsourcedClaims),
                "sourcedClaims": .int(summary.sourcedClaims), "quotes": .int(summary.quotes),
                "quotesWithoutSpeaker": .int(summary.quotesWithoutSpeaker),
                "namedSources": .int(summary.namedSources), "anonymousSources": .int(summary.anonymousSources),
            ]
        case Commands.restartIndexing:
            decisions.reset()
            fileSystem.configurationChanged()
            reportedProblems = []
            reindexAll()
            return .null
        default:
            throw ResponseError(
                ErrorCode.invalidParams,
                "unknown command \(command) (known: \(Commands.all.joined(separator: ", ")))")
        }
    }
}
