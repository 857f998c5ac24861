import Testing
@testable import CopydeskCore

@Test func surnameOnlySpeakerIsFlagged() {
    checkRule("unidentified-speaker", [
        "a.txt": "H\n\n“It makes me think of dairy farmers,” 1️⃣Clark1️⃣ said.\r\n\r\nJosé Núñez, an analyst 🎉, spoke. “It is fine,” Núñez said.\r\n",
    ], messageContains: "give the full name and role")
}

@Test func introducedSpeakersOrganisationsAndDefinedEntitiesAreNot() {
    checkRule("unidentified-speaker", [
        "a.news.md": "# H\n\nJane Clark runs a farm. “It is fine,” Clark said. Alibaba Group Holding grew. Alibaba said so. [Ma][@jack-ma] said no.\n\n[@jack-ma]: Jack Ma\n  type: person\n",
    ])
}
