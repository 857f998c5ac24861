import Testing

@testable import CopydeskCore

@Test func undefinedSourceIsPerArticle() {
    checkRule(
        "undefined-source",
        [
            "a.news.md": "Sales hit $15 billion[^1️⃣reuters1️⃣].\n",
            "b.news.md": "Sales hit $15 billion[^reuters].\n\n[^reuters]: Reuters, 29 Nov 2016\n",
        ])
}
