import CopydeskCore
import CopydeskFiles
import Foundation
import Testing

@testable import CopydeskCLI

/// Lints `files` (in a temp folder that is its own workspace) in-process with `args` (paths relative to it).
private func lint(_ files: [String: String], _ args: [String]) throws -> (TempFolder, LintReport) {
    let t = TempFolder(files.merging([".copydesk.json": "{}"]) { a, _ in a })
    let options = try LintOptions.parse(args)
    return (t, LintRun(options: options, cwd: t.path).run())
}

private let workspace = [
    "defs.news.md": "# Definitions\n\n[@jack-ma]: Jack Ma\n  type: person\n",
    "story.news.md": "# Story\n\n[Ma][@jack-ma] met [Trump][@trmp] and “Zoë” [@nobody] 😀.\n\n[^unused]: A source\n",
]

@Test func textFormatIsGCCStyleOneLinePerFinding() throws {
    let (_, report) = try lint(workspace, ["story.news.md"])
    let lines = String(decoding: TextFormat.render(report), as: UTF8.self).split(separator: "\n").map(String.init)
    // Entities defined in another article of the workspace are defined here too.
    #expect(
        lines.allSatisfy { $0.wholeMatch(of: /[^:]+:\d+:\d+: (error|warning|info|hint): [^\n]+ \[[a-z-]+\]/) != nil },
        "lines: \(lines)")
    #expect(lines.map { String($0.split(separator: " ")[1]) } == ["error:", "error:", "hint:"])
    #expect(lines.count == 3)
    // Columns are 1-based UTF-8 byte columns ("“Zoë” " before [@nobody] is 11 bytes but 6 characters).
    let line3 = Array("[Ma][@jack-ma] met [Trump][@trmp] and “Zoë” [@nobody] 😀.".utf8)
    let trmp = line3.firstRange(of: Array("trmp".utf8))!.lowerBound + 1
    let nobody = line3.firstRange(of: Array("nobody".utf8))!.lowerBound + 1
    #expect(
        lines.map { $0.split(separator: ":").prefix(3).joined(separator: ":") } == [
            "story.news.md:3:\(trmp)", "story.news.md:3:\(nobody)", "story.news.md:5:1",
        ])
    #expect(
        lines.map { String($0.split(separator: "[").last!.dropLast()) } == [
            "undefined-entity", "undefined-entity", "unused-source",
        ])
    #expect(report.exitCode == 1)
}

@Test func jsonFormatFollowsTheVersionedSchema() throws {
    let (_, report) = try lint(
        workspace.merging(["bad.txt": ""]) { a, _ in a }, ["story.news.md", "missing.md", "defs.news.md"])
    let json = try JSONSerialization.jsonObject(with: Data(JSONFormat.render(report))) as! [String: Any]
    #expect(Set(json.keys) == ["version", "tool", "columnUnit", "failOn", "files", "errors", "diagnostics", "summary"])
    #expect(json["version"] as? Int == 1)
    #expect(json["columnUnit"] as? String == "utf-8")
    let files = json["files"] as! [[String: Any]]
    #expect(files.map { $0["path"] as! String } == ["story.news.md", "defs.news.md"])
    #expect(files.allSatisfy { Set($0.keys) == ["path", "kind", "bytes", "diagnostics", "baselined"] })
    let errors = json["errors"] as! [[String: Any]]
    #expect(errors.count == 1 && errors[0]["path"] as? String == "missing.md" && errors[0]["kind"] as? String == "io")
    let diags = json["diagnostics"] as! [[String: Any]]
    #expect(diags.count == 3)
    let keys: Set<String> = [
        "path", "rule", "severity", "message", "line", "column", "endLine", "endColumn",
        "startOffset", "endOffset", "utf16Column", "utf16EndColumn", "tags", "related",
    ]
    for d in diags { #expect(Set(d.keys) == keys) }
    let first = diags[0]
    #expect(first["rule"] as? String == "undefined-entity" && first["severity"] as? String == "error")
    #expect(first["line"] as? Int == 3 && first["column"] as? Int == 29 && first["endColumn"] as? Int == 33)
    let text = Array(workspace["story.news.md"]!.utf8)
    let s = first["startOffset"] as! Int
    let e = first["endOffset"] as! Int
    #expect(String(decoding: text[s..<e], as: UTF8.self) == "trmp")
    #expect(diags[2]["tags"] as? [String] == ["unnecessary"])
    let summary = json["summary"] as! [String: Any]
    #expect(summary["files"] as? Int == 2 && summary["diagnostics"] as? Int == 3 && summary["errors"] as? Int == 1)
    #expect(summary["exitCode"] as? Int == 2)
    #expect((summary["bySeverity"] as? [String: Int]) == ["error": 2, "warning": 0, "info": 0, "hint": 1])
    #expect(summary["baselined"] as? Int == 0)
}

@Test func sarifFormatHasTheRequiredStructure() throws {
    let files = workspace.merging(["dir with space/é.news.md": "[@nobody] again\n"]) { a, _ in a }
    let (t, report) = try lint(files, ["story.news.md", "dir with space"])
    let sarif = try JSONSerialization.jsonObject(with: Data(SARIFFormat.render(report))) as! [String: Any]
    #expect(sarif["version"] as? String == "2.1.0")
    #expect((sarif["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let runs = sarif["runs"] as! [[String: Any]]
    #expect(runs.count == 1)
    let run = runs[0]
    #expect(run["columnKind"] as? String == "utf16CodeUnits")
    let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
    #expect(driver["name"] as? String == "copydesk" && driver["version"] as? String == Copydesk.version)
    let rules = driver["rules"] as! [[String: Any]]
    #expect(rules.map { $0["id"] as! String } == RuleRegistry.ids)
    for (r, rule) in zip(rules, RuleRegistry.all) {
        #expect(((r["shortDescription"] as? [String: Any])?["text"] as? String) == rule.documentation.summary)
        #expect(((r["fullDescription"] as? [String: Any])?["text"] as? String) == rule.documentation.detects)
        #expect(((r["help"] as? [String: Any])?["text"] as? String)?.contains(rule.documentation.fix) == true)
        let level = (r["defaultConfiguration"] as? [String: Any])?["level"] as? String
        #expect(["error", "warning", "note", "none"].contains(level ?? "?"))
    }
    let base = (run["originalUriBaseIds"] as! [String: Any])["%SRCROOT%"] as! [String: Any]
    #expect(base["uri"] as? String == "file://" + t.path + "/")
    let results = run["results"] as! [[String: Any]]
    #expect(results.count == 4)
    var uris: [String] = []
    for r in results {
        let ruleID = r["ruleId"] as! String
        #expect(rules[r["ruleIndex"] as! Int]["id"] as? String == ruleID)
        #expect(["error", "warning", "note"].contains(r["level"] as! String))
        #expect(((r["message"] as! [String: Any])["text"] as! String).isEmpty == false)
        let loc = ((r["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
        let artifact = loc["artifactLocation"] as! [String: Any]
        uris.append(artifact["uri"] as! String)
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = loc["region"] as! [String: Int]
        for k in ["startLine", "startColumn", "endLine", "endColumn"] { #expect((region[k] ?? 0) >= 1) }
    }
    // URIs are percent-encoded (space, é).
    #expect(Set(uris) == ["story.news.md", "dir%20with%20space/%C3%A9.news.md"])
    let levels = results.map { $0["level"] as! String }
    #expect(levels.sorted() == ["error", "error", "error", "note"])
    let invocation = (run["invocations"] as! [[String: Any]])[0]
    #expect(invocation["executionSuccessful"] as? Bool == true)
}
