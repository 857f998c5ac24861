import CopydeskTestSupport
import Testing

@testable import CopydeskCore

// Fixtures for a cue word ending a noun compound that is a verb's subject (`headsCompoundSubject`,
// `Analysis/Attribution/ReportingVerbCue.swift`) and for a relative clause on "whose" opening the appositives of
// the name that opens a clause (`openingAppositiveSpeaker`, `Analysis/Attribution/SourceAppositives.swift`):
// 1️⃣ cue, 2️⃣ source, 3️⃣ content.

/// The cue words of the relations in `text` (a paragraph), from the rules alone.
private func cueWords(_ text: String) -> [String] {
    let f = Fixture("Headline\n\n" + text + "\n")
    let a = analyzeFixture(f)
    return relations(a).map { String(f.source[$0.cueRange]) }
}

/// ReportingVerbCue.swift — a noun that is a cue word too, ending a noun compound before a form of "be" or a finite
/// auxiliary, heads that verb's subject: it reports nothing.
@Test func aCueWordEndingACompoundBeforeAnAuxiliaryIsANoun() {
    checkNoRelation("The strong jobs report has cleared the way for a rate rise.", learned: false)
    checkNoRelation("Immigrant rights advocates have been outraged by the raids.", learned: false)
    checkNoRelation("Nobody knows how the chemical weapons report will influence Moscow.", learned: false)
}

/// ReportingVerbCue.swift — near misses: a relative word opening the phrase moves the verb's object before it, and
/// a subject pronoun before the word makes it a verb.
@Test func aCueWordAfterARelativeWordOrAPronounStaysAVerb() {
    #expect(cueWords("They signed a deal that voters hope will pass.") == ["hope"])
    #expect(cueWords("It is less than what the engineers estimate will be needed.") == ["estimate"])
    #expect(cueWords("The new rules are what he plans is the answer.") == ["plans"])
}

/// SourceAppositives.swift — a relative clause on "whose" after the name opening the clause belongs to the source
/// up to the cue's comma, places inside it too; the name speaks, not the place before the comma.
@Test func aRelativeClauseOnWhoseAfterTheOpeningNameJoinsItsSource() {
    checkRelation(
        "2️⃣Dorothy Woods, whose husband was killed in Benghazi, Libya2️⃣, 1️⃣discussed1️⃣ 3️⃣the attack on Friday3️⃣.",
        .other, cueAtLeast: true)
    exampleSpeakers("1️⃣Dorothy Woods1️⃣, whose husband was killed in Benghazi, Libya, discussed the attack on Friday.")
}
