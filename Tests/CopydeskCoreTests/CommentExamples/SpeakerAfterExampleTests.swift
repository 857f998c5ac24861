import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SpeakerAfter.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SpeakerAfter.swift — the whole object of "according to" / "in the words of" is the source up to a comma; after a
/// comma going back to the main clause a pronoun takes no appositive.
@Test func speakerAfterObjectOfAccordingTo() {
    checkRelation("3️⃣Sales fell last year3️⃣, 1️⃣according to1️⃣ 2️⃣a letter to Facebook from the chairman2️⃣.", .indirect)
    checkRelation("3️⃣The plan was doomed3️⃣, 1️⃣in the words of1️⃣ 2️⃣his aides2️⃣.", .indirect)
    exampleSpeakers("Back then, according to 1️⃣him1️⃣, the network was losing money.")
    exampleSpeakers("The show was dropped after, according to 1️⃣him1️⃣, Mexico's Televisa network censured it.")
}

/// SpeakerAfter.swift — an appositive after the object of "according to" is the source's when it closes the
/// sentence after a clause of two words or more, or when a comma closes it before the clause's verb; at the
/// sentence's start the comma goes back to the main clause.
@Test func speakerAfterAppositiveOfAccordingTo() {
    checkRelation("3️⃣Sales fell3️⃣, 1️⃣according to1️⃣ 2️⃣Ann Cole, a spokeswoman2️⃣.", .indirect)
    checkRelation(
        "3️⃣At the heart of it3️⃣, 1️⃣according to1️⃣ 2️⃣Dennis Ross, a former envoy2️⃣, 3️⃣was a decision to wait3️⃣.",
        .indirect)
    checkRelation("1️⃣According to1️⃣ 2️⃣the budget office2️⃣, 3️⃣the deficit will grow3️⃣.", .indirect)
}

/// SpeakerAfter.swift — after a participle comes its object or clause, never its subject ("…, saying the plan
/// failed"); in "revealed that the President…" "that" opens the content.
@Test func speakerAfterNoSubjectAfterParticipleOrThat() {
    exampleSpeakers("1️⃣The mayor1️⃣ left early, saying the plan failed.")
    checkRelation("2️⃣Clark2️⃣ 1️⃣revealed1️⃣ 3️⃣that the President was ill3️⃣.", .other)
}

/// SpeakerAfter.swift — after an inverted cue a name before a role only modifies it, a title abbreviation runs on
/// to the name, an owner's name is no clause subject without a verb after its noun.
@Test func speakerAfterInvertedNames() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Democratic pollster Stan Greenberg2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Republican Rep. Lee Zeldin2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣former secretary of state Hillary Clinton2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣the 46-year-old2️⃣.", .direct)
    checkRelation("2️⃣Clark2️⃣ 1️⃣said1️⃣ 3️⃣the mayor’s lead had narrowed3️⃣.", .indirect)
}

/// SpeakerAfter.swift — a second name joined by "and" shares the relation ("said Smith and Jones", "by Miller and
/// Clark"), as do "and others" and "and her surrogates".
@Test func speakerAfterSecondConjunct() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Smith and Jones2️⃣.", .direct)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was criticized1️⃣ by 2️⃣Miller and Clark2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Doyle and others2️⃣.", .direct)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was attacked1️⃣ by 2️⃣Clinton and her surrogates2️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Smith and other farmers2️⃣ 1️⃣said1️⃣ 3️⃣the rain came late3️⃣.", .indirect)
}

/// SpeakerAfter.swift — a figure that counts who acted is a passive's agent ("was rejected by 64 percent of the
/// electorate"); a measure ("was cut by £2m", "was raised by 20,000") is no agent.
@Test func speakerAfterFigureAgents() {
    checkRelation("3️⃣The plan3️⃣ 1️⃣was rejected1️⃣ by 2️⃣64 percent of the electorate2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The bill3️⃣ 1️⃣is opposed1️⃣ by 2️⃣more than 40 states2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was rejected1️⃣ by 2️⃣43 per cent of voters2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The plan3️⃣ 1️⃣was rejected1️⃣ by 2️⃣2 million viewers2️⃣.", .other, cueAtLeast: true)
    checkNoRelation("The budget was cut by £2m.", learned: false)
    checkNoRelation("The fee was raised by 20,000.", learned: false)
    checkNoRelation("The budget was cut by more than £2m.", learned: false)
    checkNoRelation("The fee will be raised by 20,000 next year.", learned: false)
}

/// SpeakerAfter.swift — a description after its cue runs over a name inside it, a bracketed party, a role before a
/// name, an owner's name, a relative clause and a "to/close to/known as" tail.
@Test func speakerAfterDescriptionsAndRoles() {
    checkRelation("3️⃣Sales fell3️⃣, 1️⃣said1️⃣ 2️⃣a longtime adviser to Trump2️⃣.", .indirect)
    checkRelation("3️⃣The plan failed3️⃣, 1️⃣said1️⃣ 2️⃣a former U.S. law enforcement official2️⃣.", .indirect)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Gov. John Kasich (R-Ohio)2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Fox Business moderator Gerard Baker2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Clinton's top foreign policy aide Jake Sullivan2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Florida's Rick Wilson2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣The Post's Greg Sargent2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣a former official who oversaw the inquiry2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣a source close to the campaign2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣one owner of a shop that sells shoes who declined to be named2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣the base chief known as Bob2️⃣.", .direct)
}

/// SpeakerAfter.swift — a source phrase runs over a state after a town's comma ("a broker based in Tampa, Fla.,
/// who…") and stops at a dash setting off a parenthesis.
@Test func speakerAfterPhraseRunEnd() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣a broker based in Tampa, Fla., who lost his job2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Dino Spencer, who runs the gym2️⃣ — which is closing.", .direct)
}

/// SpeakerAfter.swift — an appositive after a name that ends the sentence belongs to the source (a role, an owner's
/// role, "Democrat of Vermont", an age, a home town, "then…", a relative clause with another cue) — not the verb
/// group of an interrupted clause nor a clause with its own verb.
@Test func speakerAfterAppositives() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Jennifer Palmieri, Mrs. Clinton's communications director2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Peter Welch, Democrat of Vermont2️⃣.", .direct)
    exampleSpeakers("And Trump, said 1️⃣Sunshine1️⃣, doesn't forgive.")
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Stacey Edwards, 31, a teacher2️⃣.", .direct)
    checkRelation(
        "3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣a senior executive at Carrier's parent company, United Technologies2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Stacey Edwards, 31, of Tujunga2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hart, then ambassador to Israel2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hart, Obama's Office of Management and Budget director2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Tom Hart, CrowdTangle chief executive2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Robert Reich, who endorsed Sanders2️⃣.", .direct)
    checkRelation(
        "3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣his best friend at Lehigh, Bruce Turry2️⃣, who, like Freddy, was there.", .direct)
    checkRelation("As 1️⃣reported1️⃣ by 2️⃣Western Journalism2️⃣, 3️⃣the Times broke the story3️⃣.", .other)
}

/// SpeakerAfter.swift — a source's tail runs through a cue word used as a noun after a determiner or an owner: "a
/// Democrat familiar with his remarks", "one Republican involved in the planning".
@Test func speakerAfterTailsThroughACueNoun() {
    checkRelation("3️⃣The vote was close3️⃣, 1️⃣said1️⃣ 2️⃣a Democrat familiar with his remarks2️⃣.", .indirect)
    checkRelation("3️⃣The vote was close3️⃣, 1️⃣said1️⃣ 2️⃣one Republican involved in the planning2️⃣.", .indirect)
}

/// SpeakerAfter.swift — an owner after an inverted cue is no clause subject when no verb follows its noun: "said
/// Cole’s spokesman", "said Cole’s campaign manager, Tom Hart" (the noun is the source, a name in apposition the
/// speaker).
@Test func speakerAfterAnOwnersNounIsTheSource() {
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Cole’s spokesman2️⃣.", .direct)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣Cole’s campaign manager, Tom Hart2️⃣.", .direct)
    exampleSpeakers("“We will win,” said Cole’s campaign manager, 1️⃣Tom Hart1️⃣.")
}

/// SpeakerAfter.swift — figureAgent: a figure that counts who acted is a passive's agent ("is backed by more than 40
/// states"); a measure is none ("is forecast to rise by 3% next year": the forecast names no one and its claim is
/// unsourced).
@Test func speakerAfterFigureAgentsAndMeasures() {
    checkRelation("3️⃣The plan3️⃣ 1️⃣is backed1️⃣ by 2️⃣more than 40 states2️⃣.", .other, learned: true)
    exampleVague("Growth 1️⃣is forecast1️⃣ to rise by 3% next year.")
    exampleSourced("Growth is forecast to rise by 3% next year.", [false])
}
