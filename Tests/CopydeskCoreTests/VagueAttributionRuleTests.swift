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

@Test func agentlessPassivesAreVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe files 1️⃣are thought1️⃣ to be lost. The deal 2️⃣is understood2️⃣ to be worth £1bn. Shares rose 3️⃣amid speculation3️⃣ that it would merge. A rate rise is 4️⃣widely expected4️⃣ in May. The plan 5️⃣is seen5️⃣ as a gamble.\n"
        ])
}

@Test func passivesWithAnAgentOrThatAttributeNothingAreNot() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe plan was called reckless by the minister. The rules will be reviewed next year. She was honoured for her work. Tagging is being considered. Blair dismissed reports he told Brown he would quit. People want to have a say. The plan is thought by analysts to be doomed.\n"
        ])
}
