import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SourceSpan.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SourceSpan.swift — the source phrase is the name with its title and appositives (an age, a home town and a state
/// after the cue) or the whole description with its hedge; a dateline opens no subject.
@Test func sourceSpanNameWithTitleAndAppositives() {
    checkRelation("2️⃣Former President Bill Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("3️⃣“We will win,”3️⃣ 1️⃣said1️⃣ 2️⃣former President Bill Clinton2️⃣.", .direct)
    checkRelation("3️⃣“It was hot,”3️⃣ 1️⃣said1️⃣ 2️⃣Ann Reeve, 67, of Tampa, Fla.2️⃣", .direct)
    checkRelation("2️⃣More than half of voters2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("WASHINGTON (AP) — 2️⃣The senator2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SourceSpan.swift — a noun phrase right after a verb is its object, not a subject ("took a firm stance"); an
/// adverbial set off by commas stays out ("The government, for instance, refused"); a verb before a cue that is no
/// verb is not the source's.
@Test func sourceSpanWhatStaysOut() {
    exampleSpeakers("1️⃣Clark1️⃣ took a firm stance, saying the plan was dead.")
    checkRelation("2️⃣Clinton2️⃣ avoided all 1️⃣mention1️⃣ of 3️⃣the deal3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Trump2️⃣ went even further1️⃣:1️⃣ 3️⃣“The deal is a fraud.”3️⃣", .direct)
}

/// SourceSpan.swift — a participle after a verb's object or adjunct and an infinitive of purpose speak for the
/// verb's subject ("He sent a memo to the Post explaining…", "went on ABC to defend…"); not "an opening for Clinton
/// to highlight…"; a participle right after a name takes the phrase the name ends.
@Test func sourceSpanParticiplesAndInfinitives() {
    checkRelation("2️⃣He2️⃣ sent a memo to the Post 1️⃣explaining1️⃣ 3️⃣the deal3️⃣.", .other)
    checkRelation("2️⃣Sanders2️⃣ was on CNN 1️⃣talking about1️⃣ 3️⃣the deal3️⃣.", .other)
    checkRelation("2️⃣Clark2️⃣ went on ABC 1️⃣to defend1️⃣ 3️⃣the deal3️⃣.", .other)
    checkRelation("2️⃣Nurses2️⃣ have volunteered 1️⃣to advocate1️⃣ for 3️⃣the deal3️⃣.", .other, cueAtLeast: true)
    exampleSpeakers("The scandal gave an opening for 1️⃣Clinton1️⃣ to highlight the deal.")
    checkRelation("Clark began with 2️⃣the spectacle of Mr. Netanyahu2️⃣ 1️⃣denouncing1️⃣ 3️⃣the deal3️⃣.", .other)
}

/// SourceSpan.swift — a parenthesis adding members belongs to the source ("Local nurses, including A and B,",
/// "Democrats — and some Republicans —"), as do a pair's bracketed party and a second conjunct after the cue ending
/// its clause ("criticized by Ann Cole and some nurses").
@Test func sourceSpanListsAndParentheses() {
    checkRelation("2️⃣Local nurses, including A and B2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Ann Cole, along with Tom Hart2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Democrats — and some Republicans2️⃣ — 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Sen. A (D-Md.) and B2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Sen. Ann Cole (D-Md.)2️⃣ on Monday 1️⃣defended1️⃣ 3️⃣the plan3️⃣.", .other)
    checkRelation("3️⃣The plan3️⃣ was 1️⃣criticized1️⃣ by 2️⃣Ann Cole and some nurses2️⃣.", .other, cueAtLeast: true)
    checkRelation("3️⃣The plan was dead3️⃣, 1️⃣according to1️⃣ 2️⃣the board and its lawyers2️⃣.", .indirect)
    checkRelation("3️⃣The plan3️⃣ was 1️⃣criticized1️⃣ by 2️⃣the union and the Associated Press2️⃣.", .other, cueAtLeast: true)
}

/// SourceSpan.swift — a subject pronoun before its predicate is the source ("They stop reporting"); a conjunct
/// right after a verb is its object ("blamed Wall Street and Hart said": Hart alone); a name after a verb's object
/// noun heads a relative clause ("the kind Hart described").
@Test func sourceSpanPronounsAndConjuncts() {
    checkRelation("2️⃣They2️⃣ stop 1️⃣reporting1️⃣ 3️⃣the deaths3️⃣.", .other)
    checkRelation("Reeve blamed Wall Street and 2️⃣Hart2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("It was the kind 2️⃣Hart2️⃣ 1️⃣described1️⃣.", .other)
}

/// SourceSpan.swift — the name right before a preposition or relative clause speaks ("Rep. Tom Cole of Oklahoma
/// said"); a speaking noun keeps the name after it ("officials at the FBI", "an email from Neera Tanden"); a place
/// never speaks; another role keeps the organisation.
@Test func sourceSpanNamedSpeaker() {
    exampleSpeakers("Rep. 1️⃣Tom Cole1️⃣ of Oklahoma said the plan was dead.")
    checkRelation("2️⃣Rep. Tom Cole of Oklahoma2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    exampleSpeakers("1️⃣Andy McCarthy1️⃣ at the National Review wrote that the plan was dead.")
    exampleSpeakers("Officials at the 1️⃣FBI1️⃣ said the plan was dead.")
    checkRelation("2️⃣Officials at the FBI2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    exampleSpeakers("An email from 1️⃣Neera Tanden1️⃣ said the plan was dead.")
    exampleSpeakers("1️⃣A woman who had been a student in Montana1️⃣ said the plan was dead.")
    checkRelation("2️⃣The founder of the Media Research Center2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    exampleResolves("The founder of the Media Research Center 1️⃣said1️⃣ the plan was dead.", "Media Research Center")
    exampleResolves("Critics of Mr Hale 1️⃣say1️⃣ the plan was dead.", nil)
    exampleResolves("A friend of Ms Ray 1️⃣said1️⃣ the plan was dead.", nil)
    exampleSpeakers("1️⃣Archbishop Aris Shirvanian1️⃣ of the Armenian Patriarchate of Jerusalem said the plan was dead.")
    exampleSpeakers("1️⃣Victor Wong1️⃣, a graduate student from Hong Kong studying at Cornell, said the plan was dead.")
    exampleSpeakers("1️⃣Centers for Disease Control Director Thomas Frieden1️⃣ said the plan was dead.")
}

/// SourceSpan.swift — the description opening the clause that a name set off by commas is in apposition to belongs
/// to the source ("Her main rival, Bernie Sanders, said"); a preposition opens none ("In Iowa, Clinton said").
@Test func sourceSpanDescriptionInApposition() {
    checkRelation("2️⃣The French minister of energy, Ségolène Royal2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣One of the men, Jessie Elkins, 702️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Clinton's husband, Bill2️⃣, waved to the crowd, 1️⃣accusing1️⃣ 3️⃣Trump of lying3️⃣.", .other)
    checkRelation("In Iowa, 2️⃣Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Front-runner Ann Reeve's top challenger, Tom Hart2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Her main rival, Bernie Sanders2️⃣, 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SourceSpan.swift — the description a name completes is the source, with the role of a name heading it ("Sen.
/// Rand Paul of Kentucky"), titles and names only ("backing former Florida Gov. Jeb Bush for president" opens no
/// role); a source after its cue never reaches back into it.
@Test func sourceSpanSourceTokensRoles() {
    checkRelation("2️⃣Sen. Rand Paul of Kentucky2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Donors backing former Florida Gov. Jeb Bush for president2️⃣ 1️⃣say1️⃣ 3️⃣the race is close3️⃣.", .indirect)
    checkRelation("3️⃣The plan was dead3️⃣, 1️⃣according to1️⃣ 2️⃣the words of the mayor2️⃣.", .indirect)
}

/// SourceSpan.swift — a parenthesis adding members, set off by commas, belongs to the source ("A, along with B,":
/// "Cuba, along with Bolivia,").
@Test func sourceSpanAlongWithParenthesis() {
    checkRelation("2️⃣Cuba, along with Bolivia2️⃣, 1️⃣said1️⃣ 3️⃣the vote was rigged3️⃣.", .indirect)
}
