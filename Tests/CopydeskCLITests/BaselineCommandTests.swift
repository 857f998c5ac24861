import CopydeskCore
import CopydeskFiles
import Foundation
import Testing

@testable import CopydeskCLI

private let story = """
    # Trade

    Alibaba made $15 billion in sales last year. The firm met officials in Hangzhou.

    Nothing moved. “The plan is dead and we all know it.”

    """

private func rules(_ r: Binary.Result) -> [String] {
    r.stdoutLines.map { String($0.split(separator: "[").last!.dropLast()) }
}

@Test func writeBaselineThenLintReportsOnlyNewFindings() throws {
    let t = TempFolder([
        ".copydesk.json": "{}", "news/story.news.md": story, "other.txt": "Title\n\nThey earned $3 billion.\n",
    ])
    let before = try Binary.run(["lint", "news"], cwd: t.path)
    #expect(before.status == 1 && rules(before) == ["unsourced-claim", "unattributed-quote"])

    // Recording accepts every current finding of the paths given (and only of those).
    let write = try Binary.run(["lint", "--write-baseline", "news"], cwd: t.path)
    #expect(write.status == 0 && write.stdout.isEmpty, "\(write.stderr)")
    #expect(write.stderr.contains("recorded 2 findings in .copydesk-baseline.json"))
    let file = try #require(FileManager.default.contents(atPath: t.url(".copydesk-baseline.json")))
    let lines = String(decoding: file, as: UTF8.self).split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("    {\"article\":\"news/story.news.md\"") }.count == 2)

    let after = try Binary.run(["lint", "."], cwd: t.path)
    #expect(after.status == 1 && rules(after) == ["unsourced-claim"] && after.stdout.hasPrefix("other.txt:"))
    #expect(after.stderr.contains("2 findings accepted by the baseline are not shown"))

    // An edit elsewhere in the article: the findings move, their sentences do not change.
    t.write(
        "news/story.news.md",
        story.replacingOccurrences(of: "# Trade\n", with: "# Trade talks 😀\n\nA first paragraph about Zoë.\n")
            .replacingOccurrences(of: "\n", with: "\r\n"))
    let moved = try Binary.run(["lint", "news"], cwd: t.path)
    #expect(moved.status == 0 && moved.stdout.isEmpty, "\(moved.stdout)")

    // The sentence itself changes: its finding is back; the other stays accepted.
    t.write("news/story.news.md", story.replacingOccurrences(of: "$15 billion", with: "$16 billion"))
    let changed = try Binary.run(["lint", "--format", "json", "news"], cwd: t.path)
    #expect(changed.status == 1)
    let json = try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as! [String: Any]
    let diagnostics = json["diagnostics"] as! [[String: Any]]
    #expect(diagnostics.map { $0["rule"] as! String } == ["unsourced-claim"])
    #expect((json["summary"] as! [String: Any])["baselined"] as? Int == 1)
    #expect((json["files"] as! [[String: Any]])[0]["baselined"] as? Int == 1)

    // --no-baseline shows everything.
    let all = try Binary.run(["lint", "--no-baseline", "news"], cwd: t.path)
    #expect(all.status == 1 && rules(all) == ["unsourced-claim", "unattributed-quote"] && all.stderr.isEmpty)
}

@Test func rewritingTheBaselineReplacesTheEntriesOfTheRulesThatRan() throws {
    let t = TempFolder([".copydesk.json": "{}", "a.news.md": story])
    #expect(try Binary.run(["lint", "--write-baseline", "a.news.md"], cwd: t.path).status == 0)
    // The quote is fixed; recording only unattributed-quote again keeps the unsourced-claim entry.
    t.write("a.news.md", story.replacingOccurrences(of: "know it.”", with: "know it,” Clark said."))
    let again = try Binary.run(["lint", "--write-baseline", "--rule", "unattributed-quote", "a.news.md"], cwd: t.path)
    #expect(again.stderr.contains("recorded 0 findings"))
    let baseline = try BaselineFile.load(root: t.path).get()
    #expect(baseline.entries.map(\.rule) == ["unsourced-claim"])
    #expect(try Binary.run(["lint", "a.news.md"], cwd: t.path).status == 0)
}

@Test func anInvalidBaselineIsAnErrorNamingTheFile() throws {
    let t = TempFolder([".copydesk.json": "{}", "a.news.md": story, ".copydesk-baseline.json": "{\"version\": 1}"])
    let r = try Binary.run(["lint", "a.news.md"], cwd: t.path)
    #expect(r.status == 2)
    #expect(
        r.stderr.contains("copydesk: error: .copydesk-baseline.json: invalid baseline: \"findings\" must be a list"))
    #expect(rules(r) == ["unsourced-claim", "unattributed-quote"])
    // Recording a new one replaces it.
    #expect(try Binary.run(["lint", "--write-baseline", "a.news.md"], cwd: t.path).status == 0)
    #expect(try Binary.run(["lint", "a.news.md"], cwd: t.path).status == 0)
}

@Test func baselineFileRoundTripsAndIsSorted() throws {
    let entries = [
        BaselineEntry(
            rule: "unsourced-claim", article: "b.txt", sentenceHash: "01", sentence: "Zoë “quoted” \\ 😀", message: "m"),
        BaselineEntry(
            rule: "unattributed-quote", article: "a/x.news.md", sentenceHash: "02", sentence: "s", message: "m\n2"),
    ]
    let bytes = BaselineFile.render(Baseline(entries: entries))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.split(separator: "\n").count == 7)  // {, version, findings: [, one line per entry, ], }
    #expect(text.firstRange(of: "a/x.news.md")!.lowerBound < text.firstRange(of: "b.txt")!.lowerBound)
    let back = try BaselineFile.parse(bytes, path: "p").get()
    #expect(back == Baseline(entries: entries))
    #expect(try BaselineFile.parse(BaselineFile.render(Baseline()), path: "p").get().isEmpty)
    let wrongVersion = BaselineFile.parse(Array("{\"version\": 2, \"findings\": []}".utf8), path: "p")
    #expect(throws: ConfigurationError.self) { try wrongVersion.get() }
}

@Test func baselineOptions() throws {
    #expect(try LintOptions.parse(["--no-baseline", "a"]).noBaseline)
    #expect(try LintOptions.parse(["--write-baseline", "a"]).writeBaseline)
    #expect(throws: LintOptions.UsageError.self) { try LintOptions.parse(["--write-baseline", "--no-baseline", "a"]) }
    #expect(throws: LintOptions.UsageError.self) { try LintOptions.parse(["--write-baseline", "-"]) }
}

@Test func withoutAWorkspaceRootTheFolderGivenHoldsTheBaseline() throws {
    // No .copydesk.json and no git: the folder given is the workspace, for its subfolders too.
    let t = TempFolder([
        "archive/2016/a.txt": "Title\n\nThey earned $3 billion.\n", "archive/2017/b.txt": "Title\n\nIt grew 40%.\n",
    ])
    let write = try Binary.run(["lint", "--write-baseline", "archive"], cwd: t.path)
    #expect(write.status == 0 && write.stderr.contains("recorded 2 findings in archive/.copydesk-baseline.json"))
    let baseline = try BaselineFile.load(root: t.url("archive")).get()
    #expect(baseline.entries.map(\.article) == ["2016/a.txt", "2017/b.txt"])
    #expect(try Binary.run(["lint", "archive"], cwd: t.path).status == 0)
}
