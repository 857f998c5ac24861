import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/PronounResolution.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// PronounResolution.swift — the subject after a phrase fronted before it settles who a later pronoun is ("Asked
/// about the vote, Ban demurred", "In his speech on Monday, Calderon said", "Asked about the vote, Clark said…");
/// one named inside the phrase is no subject ("Asked whether Trump, who…, could win, Ban demurred", "After meeting
/// Ma in Beijing, Clark flew home").
@Test func pronounResolutionMoreSubjectAfterFrontedPhrase() {
    exampleResolves(
        "Tom Ban arrived in Paris on Monday. Asked about the vote, Ban demurred and left with Alan Ma. He 1️⃣said1️⃣ it was too early.",
        "Tom Ban")
    exampleResolves(
        "Donald Trump and Tom Ban spoke on Monday. Asked whether Trump, who leads the race, could win, Ban demurred. He 1️⃣said1️⃣ it was too early.",
        "Tom Ban")
    exampleResolves(
        "Felipe Calderon met Tom Hale on Monday. In his speech on Monday, Calderon said taxes would fall. He 1️⃣said1️⃣ growth would return.",
        "Felipe Calderon")
    exampleResolves(
        "Tom Clark met Alan Ma in May. Asked about the vote, Clark said it was close. He 1️⃣said1️⃣ he would wait.",
        "Tom Clark")
    exampleResolves(
        "Tom Clark flew to Beijing to see Alan Ma. After meeting Ma in Beijing, Clark flew home. He 1️⃣said1️⃣ the talks went well.",
        "Tom Clark")
}

/// PronounResolution.swift — no single subject when another person shares it ("Ma and Núñez met…"), a possessive
/// opens the sentence ("Clark's aide called Hale") or the names after the comma are a list ("…was backed by Trump,
/// Cruz, Rubio and Kasich"): the pronoun keeps every candidate, the nearest last, and resolves to it.
@Test func pronounResolutionMoreNoSubjectLeavesTheNearest() {
    exampleResolves(
        "Alan Ma flew to Lima to see Jose Núñez. Ma and Núñez met on Monday. He 1️⃣said1️⃣ the talks went well.",
        "Jose Núñez")
    exampleResolves(
        "Tom Clark hired Alan Hale in May. Clark's aide called Hale on Monday. He 1️⃣said1️⃣ the deal was off.", "Alan Hale"
    )
    exampleResolves(
        "Donald Trump, Ted Cruz, Marco Rubio and John Kasich spoke in Iowa. The bill was backed by Trump, Cruz, Rubio and Kasich. He 1️⃣said1️⃣ it would pass.",
        "John Kasich")
}

/// PronounResolution.swift — after a role of capitalised or content words opening the sentence, the first person is
/// its subject when a verb follows the name ("Retired Army Col. Lawrence Wilkerson started Maher's rant when he…",
/// "Labour pollster Ann Reeve told…").
@Test func pronounResolutionMoreRoleOpening() {
    exampleResolves(
        "Bill Maher hosted the show on Friday. Retired Army Col. Lawrence Wilkerson started Maher's rant when he 1️⃣said1️⃣ the war was lost.",
        "Lawrence Wilkerson")
    exampleResolves(
        "Labour pollster Ann Reeve told Mary Hale that the poll was wrong. She 1️⃣said1️⃣ it would change.", "Ann Reeve")
}

/// PronounResolution.swift — a sentence whose subject is a person described by a title ("The former ambassador
/// discussed Trump's plans", "The Vermont senator is struggling…", "The chancellor said…", "The senator is…")
/// passes on the person named before with that title, else leaves a later pronoun unresolved (the people it names
/// are objects); not a possessive ("The president's plan").
@Test func pronounResolutionMoreTitleDescriptions() {
    exampleResolves(
        "Donald Trump spoke on Monday. The former ambassador discussed Trump's plans. He 1️⃣said1️⃣ they would fail.", nil)
    exampleResolves(
        "Donald Trump spoke on Monday. The former ambassador also discussed Trump's plans. He 1️⃣stated1️⃣ that they would fail.",
        nil)
    exampleResolves(
        "Former Ambassador Tom Hale met Donald Trump on Monday. The former ambassador discussed Trump's plans. He 1️⃣said1️⃣ they would fail.",
        "Tom Hale")
    exampleResolves(
        "Sen. Bernie Sanders won Iowa. The Vermont senator is struggling against Tom Hale in Ohio. He 1️⃣said1️⃣ the race was close.",
        "Bernie Sanders")
    exampleResolves(
        "Chancellor Gordon Brown met Tony Blair on Monday. The chancellor said taxes would fall. He 1️⃣said1️⃣ growth would return.",
        "Gordon Brown")
    exampleResolves(
        "Sen. Ted Cruz met Tom Hale in Iowa. The senator is leading in the polls. He 1️⃣said1️⃣ the race was close.",
        "Ted Cruz")
    exampleResolves(
        "President Tom Hale spoke on Monday. The president's plan hit Alan Ma. He 1️⃣said1️⃣ it was unfair.", "Alan Ma")
}

/// PronounResolution.swift — a name between an article and a lower-case word describes a thing of the person's and
/// refers to nobody ("The Romney attack hit Trump, and he responded": Trump; "a Sanders supporter"); not "the
/// Clinton of lore", who is a referent.
@Test func pronounResolutionMoreNamesOfThings() {
    exampleResolves(
        "Mitt Romney attacked Donald Trump on Monday. The Romney attack hit Trump, and he 1️⃣responded1️⃣ that it was unfair.",
        "Donald Trump")
    exampleResolves(
        "Bernie Sanders spoke in Iowa on Monday. The rally drew Tom Hale and a Sanders supporter. He 1️⃣said1️⃣ the race was close.",
        "Tom Hale")
    exampleResolves(
        "Bill Clinton spoke on Monday. The crowd cheered Tom Hale and the Clinton of lore. He 1️⃣said1️⃣ the race was close.",
        "Bill Clinton")
}

/// PronounResolution.swift — the sentence's own earlier speaker is the referent ("Cruz says he is tied with Marco
/// Rubio, in a finish that he said…"); the previous sentence's speaker, named or resolved from the same pronoun
/// ("…, she said, was a question to Clinton. “I got angry,” she said.": not Clinton), else its subject ("Clark met
/// Ma on Monday. “It went well,” he said.": Clark); a person named as a woman is never "he" ("Mr Blunkett … Mrs
/// Quinn's son, whom he says he fathered": Blunkett).
@Test func pronounResolutionMoreSpeakersAndGender() {
    exampleResolves("Ted Cruz says he is tied with Marco Rubio, in a finish that he 1️⃣said1️⃣ was a win.", "Ted Cruz")
    exampleResolves(
        "Mary Hale met Hillary Clinton on Monday. The hardest part, she said, was a question to Clinton. “I got angry,” she 1️⃣said1️⃣.",
        "Mary Hale")
    exampleResolves(
        "Tom Clark flew to Beijing to see Alan Ma. Clark met Ma on Monday. “It went well,” he 1️⃣said1️⃣.", "Tom Clark")
    exampleResolves("The court heard that Mr Blunkett had met Mrs Quinn's son, whom he 1️⃣says1️⃣ he fathered.", "Blunkett")
}

/// PronounResolution.swift — a pronoun or description opening the sentence before continues that sentence's own
/// subject further back, its other people objects ("Henman beat Martin. He lost to Federer last year. “I felt
/// good,” said the Briton.": Henman; "He propounded … what he saw as …"); a pronoun only skips the same pronoun
/// ("She met Tom. He said": Tom).
@Test func pronounResolutionMoreSubjectCarriedOn() {
    exampleResolves(
        "Tim Henman, Todd Martin and Roger Federer arrived on Monday.\n\nHenman beat Martin. He lost to Federer last year. “I felt good,” 1️⃣said1️⃣ the Briton.",
        "Tim Henman")
    exampleResolves("Alan Lee flew in with Tom Ma. She met Tom. He 1️⃣said1️⃣ the talks went well.", "Tom Ma")
    exampleResolves(
        "Tom Reed spoke at Yale on Monday. He propounded a theory of what he saw as a crisis. He 1️⃣said1️⃣ it would pass.",
        "Tom Reed")
}

/// PronounResolution.swift — after a role opening the sentence the first person is its subject only when a verb
/// follows the name, not in "Former Trump aide Tom Hart" (Trump modifies the role).
@Test func pronounResolutionMoreANameModifyingARoleIsNoSubject() {
    exampleResolves(
        "Donald Trump spoke on Monday. Former Trump aide Tom Hart met reporters. He 1️⃣said1️⃣ the race was close.",
        "Tom Hart")
    exampleResolves("Former Donald Trump aide Tom Hart met reporters. He 1️⃣said1️⃣ the race was close.", "Tom Hart")
    exampleResolves(
        "Robert Stovall and Ted Cruz spoke. Stovall joined Cruz at rallies. “It was fun,” he 1️⃣said1️⃣.", "Robert Stovall")
}

/// PronounResolution.swift — where no sentence's speaker or subject settles a pronoun, the last speaker goes on
/// ("“It's a cheerleading contest,” he said. Did that mean Garcia would vote for Donald Trump? “No,” he said.":
/// Garcia); not a source of two people ("Donald Trump and Marco Rubio were pressed"), nor one "he" resolved to for
/// a "she" ("“It looked like heartbreak,” she said").
@Test func pronounResolutionMoreTheLastSpeakerGoesOn() {
    exampleResolves(
        "Tom Garcia, a grocer, stood at the back. “It's a cheerleading contest,” he said. Did that mean Garcia would vote for Donald Trump? “No,” he 1️⃣said1️⃣.",
        "Tom Garcia")
    exampleResolves(
        "Donald Trump and Marco Rubio were pressed about attacks. Did that mean Marco Rubio would attack Donald Trump? “No,” he 1️⃣said1️⃣.",
        "Donald Trump")
    exampleResolves(
        "Chris Christie said the race was over, no different, he said, from 1992. To professor Brigid Harrison, Chris Christie's stare seemed sad. “It looked like heartbreak,” she 1️⃣said1️⃣.",
        "Chris Christie")
}

/// PronounResolution.swift — the last speaker does not go on past a person described by a title or a trade: "he"
/// stays open in "In Beijing, the minister met Mr Ma and Mr Clark. “It was useful,” he said.".
@Test func pronounResolutionMoreNoSpeakerGoesOnPastADescribedPerson() {
    let f = Fixture(
        "Headline\n\nAfter meeting Mr Ma in Beijing, Mr Clark flew home. “It was useful,” he said.\n\n"
            + "In Beijing, the minister met Mr Ma and Mr Clark. “It was useful,” he said.\n")
    let pronouns = analyzeFixture(f).attributions.filter(\.isPronoun)
    #expect(pronouns.map(\.candidates.count) == [1, 2])
}

/// PronounResolution.swift — a possessive owner of a noun cue resolves as its subject form would ("Cole voiced his
/// concern that…": "his" as "he"), by gender too.
@Test func pronounResolutionMorePossessiveSources() {
    exampleResolves("Tom Cole voiced his 1️⃣concern1️⃣ that the plan would fail.", "Tom Cole")
    exampleResolves(
        "Mary Hale met Tom Cole. Mary Hale repeated her 1️⃣belief1️⃣ that taxes will rise.", "Mary Hale")
}

/// PronounResolution.swift — an outlet told or shown what the article reports is no candidate for "the firm" ("In a
/// letter to staff seen by the BBC, the firm warned"); a body that acts in the article still is.
@Test func pronounResolutionMoreAnOutletToldIsNoOrganisationDescribed() {
    exampleResolves(
        "Staff at the plant were angry. In a letter to staff seen by the BBC, the firm 1️⃣warned of1️⃣ job cuts.", nil)
    exampleResolves("A worker told the BBC the plant would shut. The firm 1️⃣said1️⃣ talks would go on.", nil)
    exampleResolves("The BBC bought the plant. The firm 1️⃣said1️⃣ talks would go on.", "BBC")
}

/// Gender.swift — a given name that is (almost) only a woman's ("Lori Lightfoot", "Dame Judi") is never "he".
@Test func pronounResolutionMoreAWomansGivenNameIsNeverHe() {
    exampleResolves(
        "Mayor Lori Lightfoot and Governor Brandon Johnson met on Monday. Johnson said the talks were useful. Lightfoot said little. “We will keep talking,” he 1️⃣said1️⃣.",
        "Brandon Johnson")
    exampleEntity("Jeanne Shaheen spoke first.", "Jeanne Shaheen", .person)
}
