import Testing

@testable import CopydeskCore

// Fixtures for `Analysis/Attribution/HeadlineCue.swift`: a headline in title case, 1️⃣ cue, 2️⃣ source, 3️⃣ content.

/// A capitalised reporting verb in a title-case headline is a cue: the capitalised run before it is the source (a
/// pronoun alone, past a wh-word), the rest of the headline the content.
@Test func aTitleCaseHeadlinesVerbIsACue() {
    checkRelation(
        "2️⃣Trump2️⃣ 1️⃣Says1️⃣ 3️⃣He Never Pledged To Raise The Levy3️⃣.", .indirect, headline: true)
    checkRelation("2️⃣Former Reeve Pollster2️⃣ 1️⃣Says1️⃣ 3️⃣Cole Is In Trouble In Ohio3️⃣.", .indirect, headline: true)
    checkRelation("How 2️⃣Ann Reeve2️⃣ 1️⃣Thinks About1️⃣ 3️⃣The Levy3️⃣.", .other, headline: true)
    checkRelation("3️⃣The Levy Is A Mistake3️⃣, 2️⃣Tom Hart2️⃣ 1️⃣Says1️⃣.", .indirect, headline: true)
}

/// The cue takes the auxiliaries and the known adverbs of its verb group; a given name in "-ly" is none.
@Test func aHeadlinesVerbGroupIsTheCue() {
    checkRelation(
        "2️⃣Ann Reeve2️⃣ 1️⃣May Not Have Suggested1️⃣ 3️⃣The Levy Was A Mistake3️⃣.", .indirect, headline: true)
    checkRelation("2️⃣Tom Hart2️⃣ 1️⃣Finally Endorses1️⃣ 3️⃣Ann Reeve3️⃣.", .other, headline: true)
    checkRelation("2️⃣Megyn Kelly2️⃣ 1️⃣Says1️⃣ 3️⃣She Will Leave The Network3️⃣.", .indirect, headline: true)
    checkRelation("2️⃣Ohio Voters2️⃣ 1️⃣Would Say1️⃣ 3️⃣The Levy Is Wrong3️⃣.", .indirect, headline: true)
}

/// Near misses: a noun after an owner or an article, a noun-too word not in its "-s" form or ending the headline, an
/// infinitive, and a headline in sentence case (read as prose: its verb is lower case) hold no headline cue.
@Test func aHeadlinesNounIsNoCue() {
    checkNoRelation("Tom Hart’s Plans For Ohio Go Nowhere.", learned: false, headline: true)
    checkNoRelation("Voters In Ohio Back The Plans Of The Council.", learned: false, headline: true)
    checkNoRelation("Farm Groups Pull Support For The Levy.", learned: false, headline: true)
    checkNoRelation("The Council Gives Farmers A New Reason To Be Worried.", learned: false, headline: true)
    checkNoRelation("Six Things To Know About The Levy In Ohio.", learned: false, headline: true)
}
