import Testing

@testable import CopydeskCore

@Test func invalidSyntaxReportsProblemsAndUnknownSuppressedRules() {
    checkRule(
        "invalid-syntax",
        [
            "a.news.md":
                "---\npublished: 1️⃣29/11/20161️⃣\n---\n2️⃣<!-- copydesk-disable-next-line no-such-rule -->2️⃣\nText.\n"
        ])
}
