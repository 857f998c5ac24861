import CopydeskCore

/// `textDocument/codeLens`: one lens at the top of each article (its headline, else its first line) with
/// the sourcing summary ("2 unsourced claims · 14 sourced · 7 quotes (1 without speaker) · 5 named sources,
/// 1 anonymous"). Its command, `copydesk.showFindings`, takes `[uri, position, locations]` — the arguments
/// of VS Code's `editor.action.showReferences`, so an extension can forward it to the references view —
/// and the server executes it for any other client (see `ExecuteCommand.swift`).
struct CodeLensRequest: SnapshotRequest {
    static let method = "textDocument/codeLens"
    let uri: String

    init(_ p: Params) throws(ResponseError) { uri = try p.field("textDocument").field("uri").string() }

    func answer(_ s: Snapshot, _ token: CancellationToken) throws(ResponseError) -> JSONValue {
        let doc = try s.document(uri)
        let summary = doc.analysis.sourcingSummary(index: s.index)
        let anchor = doc.analysis.summaryAnchor
        let findings = doc.diagnostics.filter { SourcingSummary.ruleIDs.contains($0.ruleID) }
        let range = s.encoding.range(TextRange(anchor, anchor), in: doc.text)
        return [
            [
                "range": range,
                "command": [
                    "title": .string(summary.text), "command": .string(Commands.showFindings),
                    "arguments": [
                        .string(doc.uri), range["start"],
                        .array(findings.map { s.location($0.range, in: doc) }),
                    ],
                ],
            ]
        ]
    }
}
