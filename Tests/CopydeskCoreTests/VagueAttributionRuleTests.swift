import Testing

@testable import CopydeskCore

@Test func vagueAttributionPhrases() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Sources say1️⃣ the deal is off. The firm 2️⃣reportedly2️⃣ lost money 🎉. 3️⃣It is believed3️⃣ José left.\r\n\r\n4️⃣Critics of the plan argue4️⃣ it fails. 5️⃣Some people say5️⃣ so. The sources were named in the report.\r\n"
        ], messageContains: "name the source")
}

@Test func namedSourcesAreNotVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nAnalysts at Goldman Sachs said the deal is off. Clark said so. The people said nothing new here.\n"
        ])
}
