import Testing

@testable import CopydeskCore

@Test func suppressionsSilenceTheNamedRuleOnly() {
    checkRule(
        "undefined-source",
        [
            "a.news.md": "<!-- copydesk-disable-next-line undefined-source -- checking -->\nA[^x].\n\nB[^1️⃣y1️⃣].\n"
        ])
    checkRule(
        "undefined-source",
        [
            "a.news.md": "<!-- copydesk-disable undefined-entity -->\nA[^1️⃣x1️⃣] [@nobody].\n<!-- copydesk-enable -->\n"
        ])
}

/// A directive whose rules sit on their own lines works with every line ending ("\r\n" is a single Swift
/// `Character`, so comparing characters with "\n" missed it: found by the parser fuzzer's line-ending check).
@Test func multiLineSuppressionsWorkWithCRLFAndLoneCR() {
    for eol in ["\n", "\r\n", "\r"] {
        checkRule(
            "undefined-source",
            [
                "a.news.md":
                    "<!-- copydesk-disable-next-line\(eol)undefined-source,\(eol)undefined-entity -- “Zoë” 😀\(eol)-->\(eol)A[^x] [@nobody].\(eol)\(eol)B[^1️⃣y1️⃣].\(eol)"
            ])
    }
}

@Test func configurationTurnsRulesOffAndChangesSeverity() {
    var config = Configuration()
    config.rules["undefined-source"] = .off
    config.rules["unused-source"] = .severity(.warning)
    let (_, diags) = lintWorkspace(["a.news.md": "A[^x].\n\n[^y]: Y\n"], configuration: config)["a.news.md"]!
    #expect(diags.map(\.ruleID) == ["unused-source"])
    #expect(diags.map(\.severity) == [.warning])
}
