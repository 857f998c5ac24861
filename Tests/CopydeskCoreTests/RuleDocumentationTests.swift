import Testing

@testable import CopydeskCore

/// Lints one documentation example alone (a workspace of one file) with every rule at its default severity.
private func findings(of rule: any Rule, in example: RuleExample) -> [Diagnostic] {
    let syntax = ArticleParser.parse(SourceText(example.text), kind: example.kind)
    let document = DocumentID("example")
    let index = WorkspaceIndex(summaries: [FileSummary(syntax: syntax, document: document)])
    let analysis = ArticleAnalyzer.analyze(syntax, options: AnalysisOptions(configuration: .default, index: index))
    return Linter.lint(analysis, document: document, index: index).filter { $0.ruleID == rule.id }
}

@Test func everyRegisteredRuleHasCompleteDocumentation() {
    #expect(RuleRegistry.all.count == Set(RuleRegistry.ids).count)
    for rule in RuleRegistry.all {
        let d = rule.documentation
        for (field, value) in [
            ("summary", d.summary), ("detects", d.detects), ("rationale", d.rationale), ("fix", d.fix),
        ] {
            #expect(value.count >= 20, "\(rule.id): \(field) is missing or too short: '\(value)'")
        }
        #expect(!d.summary.contains("\n"), "\(rule.id): the summary is one line")
        #expect(!d.fires.isEmpty, "\(rule.id): no example that fires")
        #expect(!d.quiet.isEmpty, "\(rule.id): no example that stays quiet")
        #expect(rule.summary == d.summary, "\(rule.id): one source for the summary")
        #expect(d.shortForm.hasPrefix(d.summary) && d.shortForm.contains(d.rationale))
    }
}

@Test func everyFiresExampleFiresAndEveryQuietExampleDoesNot() {
    for rule in RuleRegistry.all {
        for example in rule.documentation.fires {
            #expect(!findings(of: rule, in: example).isEmpty, "\(rule.id) should fire on:\n\(example.text)")
        }
        for example in rule.documentation.quiet {
            let found = findings(of: rule, in: example)
            #expect(found.isEmpty, "\(rule.id) should not fire on:\n\(example.text)\nbut said: \(found.map(\.message))")
        }
    }
}

@Test func suppressionAdviceNamesTheRuleAndWorks() {
    let rule = UnsourcedClaimRule()
    let advice = RuleDocumentation.suppression(of: rule.id)
    let comment = advice.split(separator: "\n")[0].split(separator: ":", maxSplits: 1)[1]
        .split(separator: " on the line")[0].trimmingCharacters(in: .whitespaces)
    #expect(comment == "put <!-- copydesk-disable-next-line unsourced-claim -- reason -->")
    let example = rule.documentation.fires[0]
    let suppressed = RuleExample(
        "<!-- copydesk-disable-next-line unsourced-claim -- checked by phone -->\n" + example.text, kind: example.kind)
    #expect(findings(of: rule, in: suppressed).isEmpty)
}
