import Testing

@testable import CopydeskCore

@Test func surnameOnlySpeakerIsFlagged() {
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\n“It makes me think of dairy farmers,” 1️⃣Clark1️⃣ said.\r\n\r\nJosé Núñez, an analyst 🎉, spoke. “It is fine,” Núñez said.\r\n"
        ], messageContains: "give the full name and role")
}

@Test func introducedSpeakersAndOrganisationsAreNot() {
    checkRule(
        "unidentified-speaker",
        [
            "a.news.md":
                "# H\n\nJane Clark runs a farm. “It is fine,” Clark said. Alibaba Group Holding grew. Alibaba said so. [Jack Ma][@jack-ma] left. [Ma][@jack-ma] said no.\n\n[@jack-ma]: Jack Ma\n  type: person\n"
        ])
}

@Test func aDefinitionDoesNotIntroduceASpeakerToReaders() {
    checkRule(
        "unidentified-speaker",
        [
            "a.txt": "H\n\n“It makes me think of dairy farmers,” 1️⃣Clark1️⃣ said.\n",
            "b.news.md": "[@clark]: Clark\n  type: person\n  description: Quoted; no first name or role\n",
        ])
}

@Test func organisationsPlacesAndGroupsAreNotUnidentifiedSpeakers() {
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\n“The shares will rise,” a strategist at Barclays told us. Democrats said the bill would fail. Yukos said it would sue. “We will appeal,” Glaxo said.\n"
        ])
}

@Test func aPostNominalOrARoleIntroducesASpeaker() {
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nSarah Clarke KC led the case. “It was fair,” Ms Clarke said.\n\nThe chief executive, Tom Hale, spoke. “I am glad,” Hale said.\n\nAshok Vishwanathan of Operation Black Vote spoke. “I think it is wrong,” Mr Vishwanathan said.\n\nPolice chiefs' president Chris Fox spoke. Mr Fox said it was too little.\n",
            "b.txt": "H\n\n“I have no regrets,” 1️⃣Mr Fox1️⃣ said.\n",
        ])
}

@Test func aRoleSetOffBeforeTheNameIntroducesASpeaker() {
    // An office, a trade or a tie to someone in a phrase that opens the clause; not a time phrase.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nThe village flooded.\n\nHer neighbour, Mr Harding, said the water came fast.\n\nThe club's chairman, Mr Jones, said the pitch was ruined, and his lawyer, Mr Patel, said he would appeal.\n\nThe next day, 1️⃣Mr Cole1️⃣ said he was leaving.\n"
        ])
}

@Test func aRoleSetOffAfterAClosingQuoteIntroducesASpeaker() {
    // BBC order puts the speaker after the quote: the closed quote ends a clause, as a comma does. Near miss: the
    // same quote with the name alone.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt": "H\n\n“I saw the water rise,” his neighbour, Mr Harding, told the BBC.\n",
            "b.txt": "H\n\n“I saw the water rise,” 1️⃣Mr Harding1️⃣ told the BBC.\n",
        ])
}

@Test func aFamilyNameWrittenFirstIntroducesItsSpeaker() {
    // Korean order: the family name comes first, and a hyphenated given name after it.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nBan Ki-moon, the UN chief, flew in. “I am hopeful,” Ban said.\n\nMoon Jae-in spoke later. “I am glad,” Moon said.\n"
        ])
    // A double-barrelled surname keeps its last word: Jones alone is not introduced.
    checkRule(
        "unidentified-speaker",
        ["a.txt": "H\n\nAnna Smith-Jones flew in. “I am hopeful,” 1️⃣Jones1️⃣ said.\n"],
        messageContains: "never introduced")
}

@Test func aContractedFirstPersonPronounIsNoSpeakerName() {
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nQ: Is it new?\n\nA: No. I’ve been saying for six years that “wealth is my problem”, and I’ve meant it.\n"
        ])
}

@Test func aPersonThatAnotherRoleIsOfIsNoSpeaker() {
    // "Critics of Mr Hale" speak; Mr Hale does not, so his introduction is not the rule's business. A spokesman
    // speaks for the man he names.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nCritics of Mr Hale say the plan was dead. A friend of Ms Ray said it was fine. A spokesman for 1️⃣Mr Cole1️⃣ said it was not.\n"
        ])
}

@Test func aNameThePersonGoesByIntroducesThem() {
    // "known as", "identified only as": the writer gives the only name the person goes by. Near miss: "a man named".
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nThe base chief known as Bob spoke. “I never gave a stand-down order,” Bob said.\n\nA woman identified only as Maria waited. “I saw it,” Maria said.\n\nA man named Tom waited. “I saw it too,” 1️⃣Tom1️⃣ said.\n"
        ])
}

@Test func aNameThePersonGoesByIntroducesThemInQuoteMarksToo() {
    // "known as" before an alias in quote marks introduces it as it does a bare one. Near miss: "called" is no such
    // phrase.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nA hacker known as “Guccifer,” spoke on television. “I saw everything,” Guccifer said.\n\nThe hacker known as “Guccifer,” said he had seen it.\n",
            "b.txt":
                "H\n\nA hacker called “Fancy” spoke on television. “I saw everything,” 1️⃣Fancy1️⃣ said.\n\nThe hacker called “Fancy” said he had seen it.\n",
        ])
}

@Test func aNameWithAnAgeIsTheNameAMemberOfThePublicGoesBy() {
    // BBC vox pops give a given name and an age: the name the person goes by. Near misses: a name with no age, and
    // an honorific with an age (a surname).
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\n“I'm over the moon,” said Priya, 18, from Leicester.\n\nSarah, 34, said: “I cried when I saw it.”\n\n“I saw it too,” said 1️⃣Tom1️⃣.\n\n“I saw it,” said 2️⃣Mr Hale2️⃣, 45.\n"
        ])
}

@Test func aGivenNameSetOffWithWhoSheIsIntroducesTheSpeaker() {
    // A given name and a relative clause saying who she is; near miss: a surname so described still lacks a full name.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nCommuters face delays.\n\n“It's exhausting. I am tired,” said Gemma, who commutes from Brighton to London.\n\n“It is awful. I hate it,” said 1️⃣Clark1️⃣, who runs a cafe.\n"
        ])
}

@Test func aPersonWhoseSurnameIsAPlacesWordIsIntroducedByTheirFullName() {
    // "Linda Park" reads as a place ("Victoria Park") until "Ms Park" speaks: then she is the person named in full.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nLinda Park has defended her budget. “We made the hard choices,” Ms Park told the BBC.\n\nTom Bridge has defended the budget. “We had no choice,” Mr Bridge told the BBC.\n\nCrowds met in Victoria Park. “It was calm,” 1️⃣Mr Hale1️⃣ said.\n"
        ])
}

@Test func aKnightCalledByGivenNameIsIntroducedByTheirFullName() {
    // "Sir Alan" after "Sir Alan Sugar" is introduced; "Sir Ben", never named in full, is not.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nSir Alan Sugar has defended the show. “We made the hard choices,” Sir Alan told the BBC.\n\n“It was great,” 1️⃣Sir Ben1️⃣ said.\n"
        ])
}

@Test func aMemberOfThePublicSetOffByTheirSituationIsIntroduced() {
    // A vox pop gives a member of the public by where they live or what they do there, set off before the name as a
    // role is. Near miss: a time phrase set off so introduces nobody.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nThe village was shelled.\n\n“I have nothing left,” one resident, Olena, told the BBC.\n\nA commuter, Mr Ray, said: “I am fed up with it.”\n",
            "b.txt": "H\n\nThe village was shelled.\n\n“I have nothing left,” one day, 1️⃣Olena1️⃣ told the BBC.\n",
        ])
}

@Test func aSurnameCalledHeOrSheIsAPersonNeverIntroduced() {
    // One capitalised word that speaks is flagged only as a person: "he" or "she" for it shows one. Near misses: the
    // same word called "it" (a company) or never called anything.
    checkRule(
        "unidentified-speaker",
        [
            "a.txt":
                "H\n\nThe council approved the scheme.\n\n1️⃣Lynch1️⃣ told the BBC the plan was flawed. He said it would cost jobs.\n",
            "b.txt":
                "H\n\nThe council approved the scheme.\n\nFord told the BBC the plan was flawed. It said it would cut jobs.\n\nDemocrats told the BBC the plan was flawed. They said it would cost jobs.\n",
            "c.txt": "H\n\nThe council approved the scheme.\n\nMoran told the BBC the plan was flawed.\n",
        ], messageContains: "never introduced")
}
