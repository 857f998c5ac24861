import Testing

@testable import CopydeskCore

@Test func undefinedEntityLooksAcrossArticles() {
    checkRule(
        "undefined-entity",
        [
            "a.news.md": "[Jack Ma][@jack-ma] met [Trump][@1️⃣trmp1️⃣] in “New York” 🗽.\r\n",
            "b.news.md": "[@jack-ma]: Jack Ma\n  type: person\n\n[@trump]: Donald Trump\n",
        ], messageContains: "Did you mean 'trump'?")
    checkRule("undefined-entity", ["a.news.md": "[@José]: José Núñez\n\n[@josé] and [@2️⃣josé-n2️⃣] spoke.\n"])
}
