import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/DocumentSource.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// DocumentSource.swift — a document noun heads the subject of a reporting verb with a relative clause set off by
/// commas ("The report, which was leaked on Monday, shows"), a participle or a time after it ("records compiled by
/// the center show", "a poll last week showed", "a poll released Tuesday", "a survey Monday").
@Test func documentSourceExamplesOfDocumentSubjectTails() {
    checkRelation("2️⃣The report, which was leaked on Monday2️⃣, 1️⃣shows1️⃣ 3️⃣the mayor lied3️⃣.", .other)
    checkRelation("2️⃣Records compiled by the center2️⃣ 1️⃣show1️⃣ 3️⃣the loan was repaid3️⃣.", .other)
    checkRelation("2️⃣A poll last week2️⃣ 1️⃣showed1️⃣ 3️⃣Cole ahead3️⃣.", .other)
    checkRelation("2️⃣A poll released Tuesday2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation("2️⃣A survey Monday2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation("2️⃣A survey of delegates, who are key to the race2️⃣, 1️⃣found1️⃣ 3️⃣that Cole leads3️⃣.", .other)
}

/// DocumentSource.swift — a participle describing the noun before it is not its verb: "a video put out by the
/// campaign", "the figures shown by the chart".
@Test func documentSourceExamplesOfParticiplesDescribingDocuments() {
    checkNoRelation("They watched a video put out by the campaign.", learned: false)
    checkNoRelation("She checked the figures shown by the chart.", learned: false)
}

/// DocumentSource.swift — "that" after a document stands for it and is the source phrase: "a 2014 paper that
/// found…", "the study that showed…".
@Test func documentSourceExamplesOfThatForADocument() {
    checkRelation("Critics cited a 2014 paper 2️⃣that2️⃣ 1️⃣found1️⃣ 3️⃣rents rose3️⃣.", .other)
    checkRelation("Critics cited the study 2️⃣that2️⃣ 1️⃣showed1️⃣ 3️⃣rents rose3️⃣.", .other)
}

/// DocumentSource.swift — a named publication lists figures ("Forbes lists the Kochs with…"), and so does an
/// institution described, not named ("The agency lists the population as…", "the department put the cost at $5m").
@Test func documentSourceExamplesOfInstitutionsListingFigures() {
    checkRelation("2️⃣Forbes2️⃣ 1️⃣lists1️⃣ 3️⃣the Kochs with $40 billion each3️⃣.", .other)
    checkRelation("2️⃣The agency2️⃣ 1️⃣lists1️⃣ 3️⃣the population as 21,0903️⃣.", .other)
    checkRelation("2️⃣The department2️⃣ 1️⃣put1️⃣ 3️⃣the cost at $5m3️⃣.", .other)
}

/// DocumentSource.swift — a poll that "in" frames is the source of the rest of its sentence: fronted, to its comma
/// ("In a CNN poll last month, 38 percent…", "In a CNN/ORC poll last month, 38 percent of voters said…", "In a poll
/// conducted by the Times and ABC News, …"); after a clause, a poll or an average with its dates and margin ("…led
/// 2-1 in an NBC poll Jan. 17-23.", "Clinton led by 12 points in the latest Post-ABC poll", "in the average of New
/// Hampshire polls by nearly 9 points.") or a participle ("leading up to the caucuses").
@Test func documentSourceExamplesOfPollsFramedByIn() {
    checkRelation("1️⃣In1️⃣ 2️⃣a CNN poll last month2️⃣, 3️⃣38 percent backed the levy3️⃣.", .other)
    checkRelation("1️⃣In1️⃣ 2️⃣a CNN/ORC poll last month2️⃣, 3️⃣38 percent of voters said they backed the levy3️⃣.", .other)
    checkRelation("1️⃣In1️⃣ 2️⃣a poll conducted by the Times and ABC News2️⃣, 3️⃣38 percent backed the levy3️⃣.", .other)
    checkRelation("3️⃣Reeve led Hart 2-13️⃣ 1️⃣in1️⃣ 2️⃣an NBC poll Jan. 17-232️⃣.", .other)
    checkRelation("3️⃣Clinton led by 12 points3️⃣ 1️⃣in1️⃣ 2️⃣the latest Post-ABC poll2️⃣.", .other)
    checkRelation("3️⃣Cole leads Hart3️⃣ 1️⃣in1️⃣ 2️⃣the average of New Hampshire polls2️⃣ 3️⃣by nearly 9 points3️⃣.", .other)
    checkRelation("3️⃣Cole led Hart3️⃣ 1️⃣in1️⃣ 2️⃣a poll leading up to the caucuses2️⃣.", .other)
}

/// DocumentSource.swift — not a poll framed by "in": "a memo released as polls closed" (a poll noun past a
/// participle), "rose in the polls" (an idiom), "questions in the survey" (no clause around it).
@Test func documentSourceExamplesOfPollsNotFramed() {
    checkNoRelation("The campaign issued a memo released as polls closed.", learned: false)
    checkNoRelation("Cole rose in the polls.", learned: false)
    checkNoRelation("The questions in the survey were long.", learned: false)
}

/// DocumentSource.swift — the document phrase keeps its head and modifiers: "the Gallup poll", a pollster's name
/// joined by a slash ("A New York Times/CBS News poll", "the latest Reuters/Ipsos poll"), a hyphen ("the 31-page
/// report"), and a document noun inside the tail is not the head ("an email obtained by the group through public
/// records lawsuits shows").
@Test func documentSourceExamplesOfDocumentHeads() {
    checkRelation("2️⃣The Gallup poll2️⃣ 1️⃣showed1️⃣ 3️⃣Cole ahead3️⃣.", .other)
    checkRelation("2️⃣A New York Times/CBS News poll2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation("2️⃣The latest Reuters/Ipsos poll2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation("2️⃣The 31-page report2️⃣ 1️⃣found1️⃣ 3️⃣that the race was close3️⃣.", .other)
    checkRelation(
        "2️⃣An email obtained by the group through public records lawsuits2️⃣ 1️⃣shows1️⃣ 3️⃣the donor's name3️⃣.", .other)
}

/// DocumentSource.swift — a poll that "in" frames after the figures is their source, its dates included ("…led 2-1
/// in an NBC poll Jan. 17-23."): the cue is "in", the content the clause before it.
@Test func documentSourcePollFrameAfterTheFigures() {
    checkRelation("3️⃣Clinton led 2-13️⃣ 1️⃣in1️⃣ 2️⃣an NBC poll Jan. 17-232️⃣.", .other)
}
