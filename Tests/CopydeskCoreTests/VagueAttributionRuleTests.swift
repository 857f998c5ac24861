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
                "H\n\nThe plan was called reckless by the minister. The rules will be reviewed next year. She was honoured for her work. Tagging is being considered. Blair dismissed reports he told Brown he would quit. People want to have a say. The plan is thought by analysts to be doomed. It grew less than people thought it would. The party knows what it was expected to deliver.\n"
        ])
}

@Test func typedGroupsSpeculationAndUnnamedEstimatesAreVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nYukos' US 1️⃣lawyers claim1️⃣ the sale was illegal. It cancelled 65 flights, 2️⃣said industry officials2️⃣. Piracy cost £3.7bn, 3️⃣according to analysts3️⃣. 4️⃣Speculation4️⃣ has mounted since May. There are 5️⃣an estimated5️⃣ five million blogs. Mr Blair 6️⃣is expected6️⃣ to outline his plans. Shares rose 7️⃣amid widespread suggestions7️⃣ of a bid.\n\nHer lawyers said so. Information is expected to be provided within 48 hours. According to Jane Smith, it was sold.\n"
        ])
}

@Test func aNationTypesItsStatesOfficials() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nIsraeli officials said the crossing would reopen. Senior Chinese trade officials said the tariffs stay. US diplomats say talks stalled. 1️⃣Officials said1️⃣ it was calm. Russian 2️⃣newspapers have claimed2️⃣ the bid was rigged. Yukos 3️⃣advisers say3️⃣ the deal is off.\n"
        ])
}

@Test func aPerceptionSupposedOrSoughtIsNoVagueAttribution() {
    // "might be seen as", "seeks to be seen as": no one's opinion is reported; "is seen as" still is.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nThe move might be seen as a snub. Reed seeks to be seen as the leader. The deal would be considered a loss. The plan 1️⃣is seen1️⃣ as a gamble.\n"
        ])
}

@Test func aGroupOwnedOrInTheContentAfterTheVerbIsNotVague() {
    // "said his critics …": the speaker's own critics; "saying that people …": the content's subject; "some-
    // thing" broken at its hyphen; "…, said industry officials." still speaks unnamed.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nReed said his critics “seem to think” he is weak. Hale spoke on Sunday, saying that people -- unnamed -- are angry. The judge said some- thing odd. Sales fell, 1️⃣said industry officials1️⃣.\n"
        ])
}
