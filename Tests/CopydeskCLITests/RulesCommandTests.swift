import CopydeskCore
import Foundation
import Testing

@testable import CopydeskCLI

@Test func rulesListsEveryRuleWithItsDefaultSeverity() throws {
    let r = try Binary.run(["rules"], cwd: NSTemporaryDirectory())
    #expect(r.status == 0)
    let rows = r.stdoutLines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(rows.map { String($0[0]) } == RuleRegistry.ids)
    #expect(rows.map { String($0[1]) } == RuleRegistry.all.map(\.defaultSeverity.displayName))
    #expect(r.stdoutLines[1].hasSuffix(RuleRegistry.all[0].summary))
}

@Test func explainPrintsEverySectionOfTheRulesDocumentation() throws {
    let rule = UnattributedQuoteRule()
    let r = try Binary.run(["explain", "unattributed-quote"], cwd: NSTemporaryDirectory())
    #expect(r.status == 0)
    #expect(r.stdoutLines.first == "unattributed-quote (default severity: warning)")
    let headings = r.stdoutLines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
    #expect(
        headings.dropFirst(2) == [
            "What it detects", "Why it matters", "Fires on", "Does not fire on", "How to fix", "How to suppress",
        ])
    // Examples are printed verbatim, one "  | " line per line of the article.
    let quoted = r.stdoutLines.filter { $0.hasPrefix("  |") }.map { $0.dropFirst(3).trimmingPrefix(" ") }
    for e in rule.documentation.fires + rule.documentation.quiet {
        for line in e.text.split(separator: "\n") { #expect(quoted.contains(Substring(line))) }
    }
    #expect(r.stdout.contains("copydesk-disable-next-line unattributed-quote"))
    // Explanation words are wrapped, not cut: every word of the rationale is there.
    let flat = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains(rule.documentation.rationale))
}

@Test func explainRefusesAnUnknownOrMissingRule() throws {
    let unknown = try Binary.run(["explain", "unsourced-claims"], cwd: NSTemporaryDirectory())
    #expect(unknown.status == 2 && unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("unknown rule 'unsourced-claims'") && unknown.stderr.contains("unsourced-claim,"))
    let missing = try Binary.run(["explain"], cwd: NSTemporaryDirectory())
    #expect(missing.status == 2 && missing.stderr.contains("which rule?"))
    let help = try Binary.run(["help", "explain"], cwd: NSTemporaryDirectory())
    #expect(help.status == 0 && help.stdout.hasPrefix("Usage: copydesk explain RULE"))
}

@Test func wrapKeepsEveryWordAndTheWidth() {
    let text = "one two three four five six seven eight nine ten eleven twelve"
    let wrapped = RulesCommand.wrap(text, indent: "  ", width: 20)
    #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 20 && $0.hasPrefix("  ") })
    #expect(wrapped.split(whereSeparator: \.isWhitespace).joined(separator: " ") == text)
}
