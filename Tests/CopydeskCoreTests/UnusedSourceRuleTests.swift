import Testing

@testable import CopydeskCore

@Test func unusedSourceIsTaggedUnnecessary() {
    checkRule(
        "unused-source",
        [
            "a.news.md": "Sales hit $15 billion[^ap].\n\n[^ap]: AP\n1️⃣[^afp]: AFP, “Paris” 🇫🇷\n  continued1️⃣\n"
        ])
    let (_, diags) = lintWorkspace(["a.news.md": "x\n\n[^afp]: AFP\n"])["a.news.md"]!
    #expect(diags.first { $0.ruleID == "unused-source" }?.tags == [.unnecessary])
}
