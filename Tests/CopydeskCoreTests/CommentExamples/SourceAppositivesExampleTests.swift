import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SourceAppositives.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SourceAppositives.swift — "Brent Bozell III,", "Joseph Dunford Jr.,": a post-nominal after a name is a role, not
/// a name part; the source runs on over it and its appositive, the speaker is the name.
@Test func sourceAppositivesPostNominalsAreARoleNotANamePart() {
    checkRelation("2️⃣Brent Bozell III, the group's head2️⃣, 1️⃣said1️⃣ 3️⃣the ad was false3️⃣.", .indirect)
    exampleSpeakers("1️⃣Brent Bozell1️⃣ III, the group's head, said the ad was false.")
    checkRelation("2️⃣Joseph Dunford Jr., the general2️⃣, 1️⃣said1️⃣ 3️⃣the war was over3️⃣.", .indirect)
    exampleSpeakers("1️⃣Joseph Dunford1️⃣ Jr., the general, said the war was over.")
}

/// SourceAppositives.swift — an adjunct set off by commas opening on a participle ("Cole, speaking at a rally,
/// warned", "asked about it", "Cruz, leading in the polls, questioned…") stays out of the source.
@Test func sourceAppositivesAnAdjunctSetOffByCommasStaysOut() {
    checkRelation("2️⃣Cole2️⃣, speaking at a rally, 1️⃣warned1️⃣ 3️⃣that taxes would rise3️⃣.", .indirect)
    checkRelation("2️⃣Ann Cole2️⃣, asked about it, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Cruz2️⃣, leading in the polls, 1️⃣questioned1️⃣ 3️⃣the plan3️⃣.", .other)
}

/// SourceAppositives.swift — "Clinton, 35, the daughter of…, said": up to three appositives back from the cue's
/// comma to the name, all in the source; a period inside ends an abbreviation ("who met Mr. Romney").
@Test func sourceAppositivesARunOfAppositivesBackToTheName() {
    checkRelation("2️⃣Chelsea Clinton, 35, the daughter of a senator2️⃣, 1️⃣said1️⃣ 3️⃣the plan was sound3️⃣.", .indirect)
    checkRelation("2️⃣Ann Cole, a lawyer who met Mr. Romney2️⃣, 1️⃣said1️⃣ 3️⃣the talks went well3️⃣.", .indirect)
}

/// SourceAppositives.swift — "including A and B", "Six newspapers in New Jersey, including the Asbury Park Press,
/// said": an inclusion adds members to the source.
@Test func sourceAppositivesAnInclusionAddsToTheSource() {
    checkRelation(
        "2️⃣Six newspapers in New Jersey, including the Asbury Park Press2️⃣, 1️⃣said1️⃣ 3️⃣the plan was wrong3️⃣.", .indirect)
    checkRelation("2️⃣Democratic candidates, including Ann Cole and Tom Hart2️⃣, 1️⃣have proposed1️⃣ 3️⃣new spending3️⃣.", .other)
}

/// SourceAppositives.swift — "the assailant, John McGraw, told": a name in apposition to the description before it,
/// with its title and bracketed party ("Another former lawmaker, Sen. Joe Cole (I-Conn.), stated").
@Test func sourceAppositivesANameInAppositionToADescription() {
    checkRelation("2️⃣The assailant, John McGraw2️⃣, 1️⃣told1️⃣ police 3️⃣he was sorry3️⃣.", .indirect)
    exampleSpeakers("The assailant, 1️⃣John McGraw1️⃣, told police he was sorry.")
    checkRelation("2️⃣Another former lawmaker, Sen. Joe Cole (I-Conn.)2️⃣, 1️⃣stated1️⃣ 3️⃣that the law was unfair3️⃣.", .indirect)
    exampleSpeakers("Another former lawmaker, Sen. 1️⃣Joe Cole1️⃣ (I-Conn.), stated that the law was unfair.")
}

/// SourceAppositives.swift — the name after a title or role opening the clause ("Former senator Ann Cole") speaks,
/// its appositives part of the source; a relative clause with a cue of its own ("Ann Cole, the president of the
/// union, which endorsed Clark, said") is that relation's and stays out.
@Test func sourceAppositivesTheNameOpeningTheClauseSpeaks() {
    checkRelation("2️⃣Former senator Ann Cole, chair of the panel2️⃣, 1️⃣said1️⃣ 3️⃣the bill would pass3️⃣.", .indirect)
    exampleSpeakers("Former senator 1️⃣Ann Cole1️⃣, chair of the panel, said the bill would pass.")
    checkRelation(
        "2️⃣Ann Cole, the president of the union2️⃣, which endorsed Clark, 1️⃣said1️⃣ 3️⃣the vote was close3️⃣.", .indirect)
    exampleSpeakers("1️⃣Ann Cole1️⃣, the president of 2️⃣the union2️⃣, which endorsed Clark, said the vote was close.")
}

/// SourceAppositives.swift — "…, the chairman of the county party, for example, said": an adverbial set off by
/// commas ends the run; "Ann Cole, head of the union, and Tom Hart, its treasurer,": a second name with its own
/// appositive joins the source.
@Test func sourceAppositivesAnAdverbialEndsTheRunASecondNameJoinsIt() {
    checkRelation("2️⃣Tom Reed, the chairman of the county party2️⃣, for example, 1️⃣said1️⃣ 3️⃣the count was slow3️⃣.", .indirect)
    checkRelation(
        "2️⃣Ann Cole, head of the union, and Tom Hart, its treasurer2️⃣, 1️⃣said1️⃣ 3️⃣the strike would go on3️⃣.", .indirect)
}

/// SourceAppositives.swift — "Mr. Lewandowski, now a paid CNN commentator, has denied": a role with "now" opens an
/// appositive, inside the source.
@Test func sourceAppositivesARoleWithNowOpensAnAppositive() {
    checkRelation("2️⃣Mr. Lewandowski, now a paid CNN commentator2️⃣, 1️⃣has denied1️⃣ 3️⃣that he lied3️⃣.", .other)
}

/// SourceAppositives.swift — "said Geoff Garin, a pollster working for Priorities USA, a super PAC supporting
/// Clinton": the source after its cue runs over each appositive.
@Test func sourceAppositivesARunAfterTheCue() {
    checkRelation(
        "3️⃣The race is close3️⃣, 1️⃣said1️⃣ 2️⃣Geoff Garin, a pollster working for Priorities USA, a super PAC supporting Clinton2️⃣.",
        .indirect)
}

/// SourceAppositives.swift — a relative clause with a cue of its own is that relation's and stays out of the
/// source: "Rep. Ann Cole (D-Md.), who said the bill was fair, said".
@Test func sourceAppositivesRelativeClauseWithACueOfItsOwn() {
    checkRelation("2️⃣Rep. Ann Cole (D-Md.)2️⃣, who said the bill was fair, 1️⃣said1️⃣ 3️⃣it would pass3️⃣.", .indirect)
}

/// SourceAppositives.swift — a name in apposition to the description before it, after a noun cue word the
/// description ends on: "the authors of that 2013 report, Ari Hale, said" (the whole description is the source).
@Test func sourceAppositivesAuthorsOfThatReport() {
    checkRelation("2️⃣The authors of that 2013 report, Ari Hale2️⃣, 1️⃣said1️⃣ 3️⃣the data was flawed3️⃣.", .indirect)
    checkRelation(
        "2️⃣One of the authors of that 2013 report, Ari Hale2️⃣, 1️⃣said1️⃣ 3️⃣the data was flawed3️⃣.", .indirect)
    checkRelation(
        "In May, 2️⃣the authors of that 2013 report, Ari Hale2️⃣, 1️⃣said1️⃣ 3️⃣the data was flawed3️⃣.", .indirect)
}

/// SourceAppositives.swift — an adjunct set off by commas opens on a participle ("clad in a red cape", an irregular
/// one) and stays out of the source; a role's "-ing" word opens an appositive, which belongs to it ("Ann Cole,
/// acting director of…", "managing director" with the cue after it too).
@Test func sourceAppositivesAdjunctsAndRoles() {
    checkRelation("2️⃣Cole2️⃣, clad in a red cape, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Ann Cole, acting director of the agency2️⃣, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣Guido Schmidt, managing director of Acme2️⃣, 1️⃣says1️⃣ 3️⃣sales fell3️⃣.", .indirect)
}

/// SourceAppositives.swift — an adverbial set off by commas after the name is no appositive: the source phrase ends
/// on the name ("Clinton, for example, named…").
@Test func sourceAppositivesAdverbialBetweenCommasIsNoAppositive() {
    checkRelation("2️⃣Clinton2️⃣, for example, 1️⃣named1️⃣ 3️⃣three judges3️⃣.", .other, learned: true)
}
