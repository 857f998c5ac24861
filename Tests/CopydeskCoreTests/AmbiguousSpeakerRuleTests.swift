import Testing

@testable import CopydeskCore

@Test func heSaidWithTwoCandidatesIsAmbiguous() {
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt": "H\n\nMr Ma and Dr. José Núñez 🎉 met on Monday.\r\n\r\n“It went well,” 1️⃣he1️⃣ said.\r\n"
        ], messageContains: "could be 'Ma' or 'José Núñez'")
}

@Test func heSaidWithOneCandidateOrTheSpeakerIsNot() {
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nHarley Lewin, a partner, says, “Jack Ma is great and Trump is too.”\n\n“There is nothing to lose,” he added.\n\nClark met officials. “Fine,” he said.\n"
        ])
}

@Test func theSentencesOwnSpeakerOrSubjectIsTheReferent() {
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nDr. Cruz says he is tied with Mr. Rubio, in a finish that he said was good.\n\nDr. Sanders trails Mrs. Clinton in Ohio, where he says he can win.\n"
        ])
}

@Test func anOrganisationIsNoCandidate() {
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nEric Tveter runs the firm. Telewest said it was pleased.\n\nWith the new service from Telewest, Mr Tveter is confident of growth.\n\n“We offer the best of both worlds,” he said.\n"
        ])
}

@Test func thePreviousSentencesSubjectIsTheReferent() {
    // GUIDE.md: the previous sentence's subject settles who spoke, also after a phrase fronted before it; a
    // subject two people share, or a person's aide, does not.
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nMr Ma met Dr. José Núñez on Monday.\n\n“It went well,” he said.\n\nOn Monday, Mr Hale met Dr. Clark. “We agreed,” he said.\n",
            "b.txt":
                "H\n\nMr Ma and Dr. José Núñez met on Monday.\n\n“It went well,” 1️⃣he1️⃣ said.\n\nDr. Clark's aide called Mr Hale. “We agreed,” 3️⃣he3️⃣ said.\n",
        ])
}

@Test func aPersonOpeningTheSentenceAfterARoleIsTheReferent() {
    // A role before the name ("Retired Army Col.", "Labour pollster") still opens the sentence with its subject; an
    // owner there is no role ("Former Mr Cole's aide Tom Hart": the pronoun stays ambiguous).
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nRetired Army Col. Tom Hart started Bob Cole’s rant when he brought up the bombing and later said, “It is not just them.”\n\nLabour pollster Ann Reeve angered Jane Cole when she said, “The vote is lost.”\n",
            "b.txt":
                "H\n\nFormer Mr Cole's aide Tom Hart met Bob Clark on Monday, when 1️⃣he1️⃣ said, “We agreed.”\n",
        ])
}

@Test func aPersonNamedInWhatThePronounSaysIsNotItsReferent() {
    // A speaker does not name himself: of two candidates, the one the quote names is out. Near miss: a quote that
    // names neither stays ambiguous.
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt": "H\n\nMr Ma and Dr. José Núñez met on Monday.\n\n“José Núñez is a fine man,” he said.\n",
            "b.txt": "H\n\nMr Ma and Dr. José Núñez met on Monday.\n\n“Tom Hart is a fine man,” 1️⃣he1️⃣ said.\n",
        ])
}

@Test func aSubjectDescribedByATradeNamesThePronounsPersonNotItsObjects() {
    // "The United boss" said it; the people his words name are objects, so the pronoun after is not theirs (GUIDE.md:
    // the previous sentence's subject settles who spoke).
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nThe United boss said it was worse than Thierry Henry's foul on Gabriel Heinze. \"We shall present it to the FA and see what they do,\" he said.\n"
        ])
}

@Test func theLastSpeakerGoesOnWhenNoSubjectSettlesIt() {
    // Garcia spoke last, alone in his source. Near misses: a source of two people names no one speaker; a person
    // "he" resolved to is no "she".
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nTom Garcia, a grocer, stood at the back. “It's a cheerleading contest,” he said. Did that mean Garcia would vote for Donald Trump? “No,” he said.\n\nDonald Trump and Marco Rubio were pressed about attacks. Did that mean Marco Rubio would attack Donald Trump? “No,” 1️⃣he1️⃣ said.\n\nChris Christie said the race was over, no different, he said, from 1992. To professor Brigid Harrison, Chris Christie's stare seemed sad. “It looked like heartbreak,” 2️⃣she2️⃣ said.\n"
        ])
}

@Test func theHolderOfAnOwnersRoleSetOffIsTheSubject() {
    // The sentence opens with an owner's possessive, but the role's holder set off between commas is its subject
    // (GUIDE.md: the previous sentence's subject settles who spoke). Near miss: no role set off, the owner's name
    // before a verb whose object is the other person.
    checkRule(
        "ambiguous-speaker",
        [
            "a.txt":
                "H\n\nMary Hart met Jane Rowe on Monday.\n\nMary Hart's deputy, Jane Rowe, was also there. “It went well,” she said.\n",
            "b.txt":
                "H\n\nMary Hart met Jane Rowe on Monday.\n\nMary Hart's aide called Jane Rowe. “It went well,” 1️⃣she1️⃣ said.\n",
        ])
}
