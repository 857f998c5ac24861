import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// `VagueSources.swift`: a relation whose source names no one is a vague attribution, whatever its noun.

@Test func aBarePluralGroupWithItsVerbIsVague() {
    // Groups no word list holds: the relation's source is what makes them vague.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Banks say1️⃣ most victims are refunded. 2️⃣Theatre owners have blamed2️⃣ the weather. 3️⃣Vice-chancellors have warned3️⃣ that fees must rise.\n"
        ])
}

/// A name the entity stage could not type after "in" is the place the group lives in: "Villagers in Kafr Nabl said"
/// names no one, as "residents in Darfur said" does. An employer after "at" names the group.
@Test func aGroupInAnUntypedPlaceIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Villagers in Kafr Nabl said1️⃣ the strikes hit a school. 2️⃣Shopkeepers in Ballymena said2️⃣ trade had halved. 3️⃣Residents in Darfur said3️⃣ the city was shelled. Analysts at Goldman Sachs said the bank would cut rates.\n"
        ])
}

/// The people of a place before "of" opening the sentence are no part of a name: "Villagers of Kafr Nabl said the
/// shelling lasted all night." names no one, as "Villagers in Kafr Nabl said" does. Near misses: an organisation
/// whose name opens with a plural of no situation, and a place's officials (its administration).
@Test func aGroupOfAnUntypedPlaceIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Villagers of Kafr Nabl said1️⃣ the shelling lasted all night.\n\nFriends of the Earth said the plan was flawed. Officials of Kafr Nabl said the road was shut.\n"
        ])
    let a = analyzeFixture(Fixture("H\n\nVillagers of Kafr Nabl said the shelling lasted all night.\n"))
    #expect(a.entities.map(\.canonicalName) == ["Kafr Nabl"])
}

/// A group that describes tells what it saw, as one that says does: "Passengers at Heathrow described chaotic
/// scenes" names no one. A named or owned describer does not.
@Test func anUnnamedGroupThatDescribesIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Passengers at Heathrow described1️⃣ chaotic scenes. 2️⃣Witnesses described2️⃣ hearing two loud bangs. Sarah Hughes described the wait as chaotic. His neighbours described him as quiet.\n"
        ])
}

@Test func anUnnamedSourceAfterAccordingToIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nPrices fell 3%, 1️⃣according to a survey of estate agents1️⃣. Traffic grew 12%, 2️⃣according to estimates from rival operators2️⃣. Profits doubled, 3️⃣according to one of the largest lenders in the region3️⃣. It will close, 4️⃣according to a person familiar with the plans4️⃣.\n"
        ])
}

@Test func evidenceOrOneOfAGroupOpenedByAnIndefiniteIsVague() {
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Other polls have shown1️⃣ a wider lead. 2️⃣A poll published last month suggested2️⃣ support had fallen. 3️⃣One bookmaker said3️⃣ it had taken bets.\n"
        ])
}

@Test func namedOwnedCountedOrInferredSourcesAreNotVague() {
    // Near misses: a spokesman for the body in the story, a body named, a people, a poll's share and its groups,
    // the writer's inference, an action, a wish, a named or definite owner, a unique body's figures, an owner; a
    // party's members, a count, and a share written with a hyphen.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\nA spokesman said the plan would go ahead. Analysts at Goldman Sachs said it would fall. Americans say the economy is weak. Three-quarters said he was right. Shares rose, suggesting investors expect a higher offer. Ministers have ruled out changes. The themes marketers hope to win over are new.\n\nA study by consultants Aviaplan found costs rose. A survey for the BBC found support fell. Prices rose, according to central bank figures. Voters say the economy matters. Her lawyers say she is innocent. Both men said they would stay.\n\nDemocrats say the plan fails. Dozens say they were hurt. Three-fourths say the police should wear cameras.\n"
        ])
}

@Test func anUnnamedSourceInsideAQuoteIsNotFlagged() {
    // Near miss: the rule reads the writer's own prose; a speaker's words are theirs.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n“Banks say they refund everyone,” Ms Hale said. 1️⃣Banks say1️⃣ they refund everyone.\n"
        ])
}

@Test func anUnnamedGroupSpeakingThroughAParticipleAfterItsClauseIsVague() {
    // "…, saying" speaks for its clause's subject whatever that clause's verb; a participle that is no speech
    // ("suggesting", "demanding") stays the writer's.
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Banks played down the claims, saying1️⃣ the plan was safe. Shares rose, suggesting investors expect a higher offer. Residents packed the hall, demanding answers.\n"
        ])
}

@Test func theGroupNounsOfTheFunctionListHeadAnUnnamedSource() {
    // "analysts", "sources", "experts" are function words (no names at a sentence start) that still speak: the
    // relation's source reads them as it reads "Banks"; so does a party that types the group after it, not a party
    // alone ("Democrats"). With their verb right after them, the phrase mechanisms judge such groups ("Republican
    // leaders said" names the party's leaders).
    checkRule(
        "vague-attribution",
        [
            "a.txt":
                "H\n\n1️⃣Analysts played down the claims, saying1️⃣ the plan was safe. 2️⃣Local sources played down the claims, saying2️⃣ the plan was safe. 3️⃣Sources played down the claims, saying3️⃣ the plan was safe.\n\n4️⃣Labour sources played down the claims, saying4️⃣ the plan was safe. Democrats played down the claims, saying it was fine. 5️⃣Republican strategists played down the claims, saying5️⃣ it was fine. Republican leaders said the bill would pass.\n"
        ])
}
