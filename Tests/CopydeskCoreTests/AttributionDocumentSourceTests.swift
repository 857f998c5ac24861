import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/DocumentSource.swift`: 1️⃣ cue, 2️⃣ source, 3️⃣ content.

@Test func documentsAndDataAsSources() {
    checkRelation("2️⃣Company filings2️⃣ 1️⃣show1️⃣ 3️⃣that the firm lost money3️⃣.", .other)
    checkRelation("2️⃣A study by Pew2️⃣ 1️⃣found1️⃣ 3️⃣that most voters agree3️⃣.", .other)
    checkRelation("2️⃣Polls2️⃣ 1️⃣suggest1️⃣ 3️⃣a close race3️⃣.", .other)
    checkRelation("2️⃣Records2️⃣ 1️⃣show1️⃣ 3️⃣the loan was repaid3️⃣.", .other)
    checkRelation("2️⃣Forbes's annual ranking2️⃣ 1️⃣puts1️⃣ 3️⃣him at number two3️⃣.", .other)
}

@Test func aRelativeClauseStaysInTheDocumentSubject() {
    // A restrictive relative clause between the document and its verb is part of the source phrase.
    checkRelation("2️⃣The number that worried the mayor2️⃣ 1️⃣shows1️⃣ 3️⃣the tax is unpopular3️⃣.", .other)
    checkRelation("2️⃣A survey that tracked farmers2️⃣ 1️⃣found1️⃣ 3️⃣that most are worse off3️⃣.", .other)
    // Near miss: a clause that is no tail of the document does not make it the subject.
    checkNoRelation("The report came out, and most farmers show no interest.", learned: false)
}

@Test func dataIsNoSourceElsewhere() {
    checkNoRelation("The data center opened in May.")
    checkNoRelation("A survey of voters was taken in June.")
}

@Test func aPronounForADocumentIsItsSource() {
    checkRelation("2️⃣It2️⃣ 1️⃣showed1️⃣ 3️⃣$200,000 in payments for list rentals3️⃣.", .other)
}

/// A modal in the pronoun's verb group sets a task or foresees, it reports nothing found: "It must now find savings
/// of £300m" is the council's task, and its figure the writer's.
@Test func aPronounWithAModalFindsNothing() {
    checkNoRelation("It must now find savings of £300m over the next two years.", learned: false)
    checkNoRelation("It could find savings in its social care budget.", learned: false)
    checkRelation("2️⃣It2️⃣ 1️⃣has found1️⃣ 3️⃣savings of £300m3️⃣.", .other)
}

@Test func publicationsListAndLongDocumentSubjects() {
    checkRelation("2️⃣Forbes2️⃣ 1️⃣lists1️⃣ 3️⃣the brothers with $40 billion each3️⃣.", .other)
    checkRelation(
        "2️⃣The poll by the Public Policy Institute of California2️⃣ 1️⃣showed1️⃣ 3️⃣Clinton ahead3️⃣.", .other)
    checkRelation("2️⃣A new poll from USA TODAY/Suffolk University2️⃣ 1️⃣found1️⃣ 3️⃣40% undecided3️⃣.", .other)
    checkRelation(
        "2️⃣The poll2️⃣, released on Wednesday by the institute, 1️⃣showed1️⃣ 3️⃣Clinton ahead3️⃣.", .other)
    checkRelation("2️⃣The campaign2️⃣ 1️⃣projects1️⃣ 3️⃣that a tax would raise $75 billion3️⃣.", .other)
    checkNoRelation("The stock projects strength.")
}

@Test func aDocumentSubjectKeepsAParticipleOrATimeAsItsTail() {
    checkRelation(
        "2️⃣Tax records compiled by the Center for Public Integrity2️⃣ 1️⃣show1️⃣ 3️⃣that the firm paid nothing3️⃣.", .other)
    checkRelation("2️⃣A Gallup poll last week2️⃣ 1️⃣showed1️⃣ 3️⃣Lee ahead at 40 percent3️⃣.", .other)
    // A document noun inside the tail is not the head: the email is.
    checkRelation(
        "2️⃣An email obtained by the group through public records requests2️⃣ 1️⃣shows1️⃣ 3️⃣the donor's name3️⃣.",
        .other)
    // The subject set off by a comma at the end of the sentence.
    checkRelation(
        "3️⃣Lee paid no tax in 20193️⃣, 2️⃣tax records compiled by the Center for Public Integrity2️⃣ 1️⃣show1️⃣.", .other)
}

@Test func footageVideoAndInvestigationsAreDocuments() {
    checkRelation("2️⃣Video of the arrest2️⃣ 1️⃣shows1️⃣ 3️⃣the officer kneeling on his neck3️⃣.", .other)
    checkRelation("2️⃣A Reuters investigation2️⃣ 1️⃣found1️⃣ 3️⃣that the firm hid losses3️⃣.", .other)
    // Near miss: a document verb right before "by" (or "put out") is a participle describing the document.
    checkNoRelation("The video put out by the campaign was short.", learned: false)
    checkNoRelation("The trends shown by the video are clear.", learned: false)
}

@Test func aDocumentSubjectKeepsItsSlashedAndHyphenatedModifiers() {
    checkRelation("2️⃣A CNN/ORC poll2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation("2️⃣The latest 31-page report2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
}

@Test func thatAfterADocumentStandsForIt() {
    checkRelation("Critics cited a 2019 paper 2️⃣that2️⃣ 1️⃣found1️⃣ 3️⃣rents rose 15 percent3️⃣.", .other)
    checkNoRelation("That found objects fill the room is plain.", learned: false)
}

@Test func aDescribedInstitutionListsFigures() {
    checkRelation("2️⃣The agency2️⃣ 1️⃣lists1️⃣ 3️⃣the town's population as 21,0903️⃣.", .other)
    checkNoRelation("Lists of names hang on the wall.", learned: false)
}

@Test func aDescribedInstitutionThatIsRankedOrActsListsNothing() {
    checkNoRelation("The company ranks among the largest in Europe.", learned: false)
    checkNoRelation("The company put 300 workers on leave.", learned: false)
    checkRelation("2️⃣The agency2️⃣ 1️⃣put1️⃣ 3️⃣the cost at $5 million3️⃣.", .other)
}

@Test func aLongPollsterNameAndANounCueWordModifyTheDocument() {
    checkRelation(
        "2️⃣A Dayton Star/Ohio Public Radio News poll2️⃣ 1️⃣found1️⃣ 3️⃣that voters were split3️⃣.", .other)
    checkRelation(
        "2️⃣Every recent state poll2️⃣ 1️⃣has shown1️⃣ 3️⃣that the mayor leads3️⃣.", .other, cueAtLeast: true)
}

@Test func aFindingVerbEndingItsSentenceReportsTheClauseBeforeIt() {
    // Whoever the subject set off by a comma is: a named firm, or a document a name modifies.
    checkRelation("3️⃣Clark kept most of her voters3️⃣, 2️⃣Fox2️⃣ 1️⃣found1️⃣.", .other)
    checkRelation(
        "3️⃣The firm paid $400,000 in fees3️⃣, 2️⃣a USA TODAY review2️⃣ 1️⃣found1️⃣.", .other, cueAtLeast: true)
    // Set off by a comma after it too, it has no object and still reports the clause before it.
    checkRelation("3️⃣Gains stopped at 9,800 steps3️⃣, 2️⃣the team2️⃣ 1️⃣found1️⃣, meaning the goal is too high.", .other)
    // Near misses: "found" with an object is an action; with no comma before its subject it reports nothing.
    checkNoRelation("The police found a body.", learned: false)
    checkNoRelation("The police found, after a long search, a body.", learned: false)
    checkNoRelation("It was the body the police found.", learned: false)
}

@Test func aFindingWhoseObjectIsAFigureWithAVerbReportsIt() {
    // A figure with a verb of its own is a clause without "that"; a speaking subject right before the verb reports it.
    checkRelation(
        "2️⃣Researchers2️⃣ 1️⃣found1️⃣ 3️⃣20% of patients developed the condition3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Dr Jane Hale2️⃣ 1️⃣found1️⃣ 3️⃣about 40% of voters were undecided3️⃣.", .other, cueAtLeast: true)
    // Near misses: the figure is the finding's object; no one speaks ("Rising costs").
    checkNoRelation("Inspectors found 40 safety breaches at the site.", learned: false)
    checkNoRelation("Rising costs found 20% of firms were struggling.", learned: false)
}

@Test func aFindingWhoseObjectIsADeterminedSubjectWithAVerbReportsIt() {
    // "the" and a noun with a past tense or a finite "be", "have" or modal of its own is a clause without "that"; a
    // speaking subject right before the verb reports it.
    checkRelation("2️⃣Researchers2️⃣ 1️⃣found1️⃣ 3️⃣the risk fell by 20%3️⃣.", .other, cueAtLeast: true)
    checkRelation(
        "2️⃣Scientists2️⃣ 1️⃣found1️⃣ 3️⃣the benefits levelled off at about 9,800 steps3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Dr Jane Hale2️⃣ 1️⃣found1️⃣ 3️⃣the drug had cut deaths by a third3️⃣.", .other, cueAtLeast: true)
    // Near misses: the object the finding names, alone, with a place, or described by a participle before a place;
    // and no one who speaks.
    checkNoRelation("Police found the car in a lay-by.", learned: false)
    checkNoRelation("Police found the car abandoned in a lay-by.", learned: false)
    checkNoRelation("Police found the body of a man, 45, in the river.", learned: false)
    checkNoRelation("Rising costs found the firms struggled.", learned: false)
}

/// A poll or survey that "in" frames is the source of the rest of its sentence: fronted, the phrase runs to its
/// comma; after a clause, one poll or an average of several closes the sentence, with its dates, place or
/// participle (the source's) and its margin (the content's).
@Test func aPollThatInFramesIsTheSourceOfItsSentence() {
    checkRelation(
        "1️⃣In1️⃣ 2️⃣a Dayton Star poll released on Sunday2️⃣, 3️⃣38 percent of voters backed the levy3️⃣.", .other)
    checkRelation("1️⃣In1️⃣ 2️⃣the latest polls2️⃣, 3️⃣he trails3️⃣.", .other)
    checkRelation("3️⃣Reeve led Hart by 12 points3️⃣ 1️⃣in1️⃣ 2️⃣the latest Star-Ledger poll2️⃣.", .other)
    checkRelation(
        "3️⃣Reeve is running fifth3️⃣ 1️⃣in1️⃣ 2️⃣the RealClearPolitics average of state surveys2️⃣.", .other)
    checkRelation(
        "3️⃣Reeve led Hart 2-13️⃣ 1️⃣in1️⃣ 2️⃣an NBC News/Wall Street Journal/Marist Ohio poll Jan. 17-232️⃣.", .other)
    checkRelation(
        "3️⃣Hart trails Reeve3️⃣ 1️⃣in1️⃣ 2️⃣the average of Ohio polls2️⃣ 3️⃣by nearly 9 percentage points3️⃣.", .other)
    checkRelation("3️⃣87 percent view him favorably3️⃣ 1️⃣in1️⃣ 2️⃣a Dayton Star poll this month2️⃣.", .other)
    // Near misses: "in the polls" is an idiom, a standing among several polls is no poll's finding, and a poll
    // noun past a participle is no head of the phrase.
    checkNoRelation("Reeve has risen steadily in the polls.", learned: false)
    checkNoRelation("Hart, who is third in many Iowa polls, won the debate.", learned: false)
    checkNoRelation("In a town hall held as polls closed, the campaign moved its staff to Ohio.", learned: false)
    checkNoRelation("Reeve gained ground in the latest poll taken by the Star and won the debate.", learned: false)
}
