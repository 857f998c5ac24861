import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ColonCue.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ColonCue.swift — a verb in the past before a colon and a quote is the cue's and its subject speaks ("Reeve
/// leaned in and boomed: “…”"; the verb is no source).
@Test func colonCueVerbBeforeTheColon() {
    checkRelation("2️⃣Ann Reeve2️⃣ leaned in and 1️⃣boomed:1️⃣ 3️⃣“We will win.”3️⃣", .direct)
    checkRelation("2️⃣She2️⃣ leaned in and 1️⃣boomed:1️⃣ 3️⃣“We will win.”3️⃣", .direct)
}

/// ColonCue.swift — "as follows" before a paragraph-ending colon is the cue's ("Transcript as follows:"), its
/// source what stands before "as", and the next paragraph's opening quote its content.
@Test func colonCueAsFollows() {
    checkRelation("2️⃣Transcript2️⃣ 1️⃣as follows:1️⃣\n\n3️⃣“We will appeal the ruling.”3️⃣", .direct)
}

/// ColonCue.swift — a sign-off line after a quote ("- Former NAACP president Ben Jealous.") names the quote's
/// speaker.
@Test func colonCueSignOffLine() {
    checkRelation("3️⃣“We will fight for every vote.”3️⃣\n\n1️⃣-1️⃣ 2️⃣Former NAACP president Ben Jealous2️⃣.", .direct)
}

/// ColonCue.swift — a passive before the colon names no speaker: no colon cue.
@Test func colonCueNoCueAfterAPassive() {
    checkNoRelation("The problem has been largely ignored: “We will win this race.”", learned: false)
}

/// ColonCue.swift — "as follows" right before a paragraph-ending colon opens the cue, and its source is what stands
/// before "as" ("The text of the statement as follows:").
@Test func colonCueAsFollowsAfterANounPhrase() {
    checkRelation("2️⃣The text of the statement2️⃣ 1️⃣as follows:1️⃣\n\n3️⃣“We will appeal the ruling.”3️⃣", .direct)
}
