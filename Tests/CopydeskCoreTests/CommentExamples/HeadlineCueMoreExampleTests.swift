import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/HeadlineCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// HeadlineCue.swift — in a headline set in title case the capitalised reporting verb is the cue, the capitalised
/// run before it the source and what follows it the content ("Trump Says He Never Pledged To Kill Family Members Of
/// Terrorists", "Conservative Icon Morton Blackwell Endorses Ted Cruz"), or the content precedes the comma before a
/// source and a verb that close the headline ("…, Trevor Noah Says.").
@Test func headlineCueMoreTitleCaseVerbs() {
    checkRelation("2️⃣Trump2️⃣ 1️⃣Says1️⃣ 3️⃣He Never Pledged To Kill Family Members Of Terrorists3️⃣", .indirect, headline: true)
    checkRelation("3️⃣Voters Back The Levy3️⃣, 2️⃣Trevor Noah2️⃣ 1️⃣Says1️⃣.", .indirect, headline: true)
}

/// HeadlineCue.swift — the source is the run of capitalised words before the verb group back to the headline's
/// start or a determiner ("Former Clinton Pollster", "The Media And Marco Rubio", "Don’t Let The Media…"), never
/// over a word that opens a clause ("How Paul Ryan Thinks…": Paul Ryan); a pronoun is the whole subject ("…To
/// Hillary She Never Saw Coming").
@Test func headlineCueMoreSourceRun() {
    checkRelation("2️⃣Former Clinton Pollster2️⃣ 1️⃣Says1️⃣ 3️⃣Cole Is In Trouble3️⃣", .indirect, headline: true)
    checkRelation("2️⃣The Media And Marco Rubio2️⃣ 1️⃣Say1️⃣ 3️⃣The Race Is Over3️⃣", .indirect, headline: true)
    checkRelation("How 2️⃣Paul Ryan2️⃣ 1️⃣Thinks About1️⃣ 3️⃣The Levy3️⃣", .other, headline: true)
    checkRelation("Don’t Let 2️⃣The Media2️⃣ 1️⃣Say1️⃣ 3️⃣The Race Is Over3️⃣", .indirect, headline: true)
    checkRelation("Trump Delivers A Blow To Hillary 2️⃣She2️⃣ 1️⃣Never Saw1️⃣ 3️⃣Coming3️⃣", .other, headline: true)
}

/// HeadlineCue.swift — a word that is a noun too is a verb in its third-person form before its object ("Wants Girl
/// Scout Leaders…"), not when it ends the headline or is an "-ing" form with no auxiliary ("Spending In
/// Battleground States").
@Test func headlineCueMoreNounTooVerbs() {
    checkRelation("2️⃣Cole2️⃣ 1️⃣Wants1️⃣ 3️⃣Girl Scout Leaders To Quit3️⃣", .other, headline: true)
    checkNoRelation("Cole Boosts Spending In Battleground States", learned: false, headline: true)
}

/// HeadlineCue.swift — not a cue: an infinitive ("A Whole New Reason To Be Worried") and an "-ing" form with no
/// auxiliary before it ("Hillary Camp Declining To Debate", "Will Run Ads Demanding").
@Test func headlineCueMoreNoCue() {
    checkNoRelation("The Council Gives Farmers A Whole New Reason To Be Worried", learned: false, headline: true)
    checkNoRelation("Hillary Camp Declining To Debate Sanders", learned: false, headline: true)
    checkNoRelation("Cole Will Run Ads Demanding A Recount", learned: false, headline: true)
}

/// HeadlineCue.swift — an "-ly" word joins the verb group only when it is a known adverb, so a given name in "-ly"
/// stays in the source ("Carly Fiorina Endorses").
@Test func headlineCueMoreGivenNamesInLy() {
    checkRelation("2️⃣Carly Fiorina2️⃣ 1️⃣Endorses1️⃣ 3️⃣Ted Cruz3️⃣", .other, headline: true)
}
