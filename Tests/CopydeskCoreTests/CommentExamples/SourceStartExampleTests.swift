import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/SourceStart.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// SourceStart.swift — a description continues back over "of/for/at the X" to its determiner, and a quantifier
/// before "of" heads the phrase with its hedge ("Most of the candidates", "nearly half of voters").
@Test func sourceStartDescriptionBeforeName() {
    checkRelation("2️⃣A spokeswoman for Clinton2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣The head of the agency2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Most of the candidates2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Many of her supporters2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Only half of them2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Only a quarter of Americans2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Nearly half of voters2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
}

/// SourceStart.swift — a source before its cue takes the conjunct before "and" (a name with its bracketed party, a
/// pronoun, a description) and the people "like"/"such as" exemplifies.
@Test func sourceStartConjunctBeforeCue() {
    checkRelation("2️⃣Trump and Sanders2️⃣ 1️⃣say1️⃣ 3️⃣the deal is bad3️⃣.", .indirect)
    checkRelation("2️⃣Clinton and leading Democrats2️⃣ 1️⃣hope1️⃣ 3️⃣the plan will pass3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole (D-Md.) and Tom Hart2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣He and Brafman2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Critics like Ann Cole and Tom Hart2️⃣ 1️⃣say1️⃣ 3️⃣the deal is bad3️⃣.", .indirect)
    checkRelation("2️⃣Critics like A and B2️⃣ 1️⃣say1️⃣ 3️⃣the deal is bad3️⃣.", .indirect)
    checkRelation("2️⃣Groups such as the union and the board2️⃣ 1️⃣argue1️⃣ 3️⃣the plan is dead3️⃣.", .other)
    checkRelation("While 2️⃣populists like Trump and Le Pen2️⃣ 1️⃣blame1️⃣ 3️⃣migrants3️⃣, the data differ.", .other)
}

/// SourceStart.swift — a conjunct right after a verb or an object pronoun is that verb's object and "and" joins
/// clauses; a pair after a preposition completes the subject; a figure or a list of things is no source.
@Test func sourceStartConjunctThatJoinsClauses() {
    exampleSpeakers("They brand you a liar and 1️⃣NBC News1️⃣ will say so.")
    checkRelation("2️⃣Leaders of the Senate and the House2️⃣ filed a brief 1️⃣arguing1️⃣ 3️⃣that the law is void3️⃣.", .other)
    checkNoRelation("Five mailed dossiers including photos of victims and an e-mail were sent.", learned: false)
}

/// SourceStart.swift — the first conjunct of a list of names or descriptions opening its clause heads the source
/// ("Neither Maples nor Trump", "Friends, lobbyists and former foes say"); "In Iowa, Clinton and Sanders said"
/// keeps the pair.
@Test func sourceStartLists() {
    checkRelation("2️⃣Ann Reeve, Tom Hardy, and Maria Lopez2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Friends, lobbyists and former foes2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
    checkRelation("2️⃣Neither Maples nor Trump2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("In Iowa, 2️⃣Clinton and Sanders2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Labor unions, environmental groups, and many lawmakers2️⃣ 1️⃣say1️⃣ 3️⃣the plan is dead3️⃣.", .indirect)
}

/// SourceStart.swift — a role or title before a name belongs to the source (an owner's bare apostrophe, a title's
/// period, a capitalised cue word), but not a verb, "to", "and", an auxiliary or a number before it.
@Test func sourceStartRoleBeforeName() {
    checkRelation("2️⃣GOP frontrunner Donald Trump2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Breitbart Jerusalem editor Aaron Klein2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Breitbart News’ Michael Patrick Leahy2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Fox News' Bret Baier2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Mr. de Vos2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣Sen. Bernie Sanders2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣State Department spokesman John Kirby2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
    checkRelation("2️⃣GOP frontrunner Donald Trump2️⃣ 1️⃣has called1️⃣ 3️⃣the plan a disaster3️⃣.", .other, cueAtLeast: true)
    checkRelation("But 2️⃣UNH pollster Andy Smith2️⃣ 1️⃣said1️⃣ 3️⃣the race was close3️⃣.", .indirect)
    checkRelation("Cole agreed, and 2️⃣Reuters’ Luciana Lopez2️⃣ 1️⃣argued1️⃣ 3️⃣the race was close3️⃣.", .indirect)
    checkRelation("There are two primary reasons 2️⃣Israel2️⃣ 1️⃣says1️⃣ 3️⃣it will act3️⃣.", .indirect)
}

/// SourceStart.swift — a determined noun before a name after a verb, "be" or "not" is that verb's object, and the
/// name the subject of a relative clause without "that" ("the kind Trump had described").
@Test func sourceStartContactRelativeHead() {
    checkRelation("It was the kind 2️⃣Trump2️⃣ 1️⃣had described1️⃣.", .other)
    checkRelation("It’s a dynamic 2️⃣Greenberg2️⃣ 1️⃣said1️⃣ 3️⃣could hurt Democrats3️⃣.", .indirect)
}

/// SourceStart.swift — a source that is the object of a preposition, a participle or a relative clause inside the
/// subject runs back to the subject's start, past an opening adverbial or "But", not over a time.
@Test func sourceStartSubjectWithTail() {
    checkRelation("2️⃣People briefed on the talks2️⃣ 1️⃣say1️⃣ 3️⃣a deal is close3️⃣.", .indirect)
    checkRelation("2️⃣Democrats trying to win the Senate in November2️⃣ 1️⃣say1️⃣ 3️⃣the map is hard3️⃣.", .indirect)
    checkRelation("2️⃣Female donors in both parties2️⃣ 1️⃣described1️⃣ 3️⃣the race as ugly3️⃣.", .other)
    checkRelation("At the town hall, 2️⃣a woman who had been a student in Ohio2️⃣ 1️⃣asked about1️⃣ 3️⃣jobs3️⃣.", .indirect)
    checkRelation("2️⃣People who have battled online threats2️⃣ 1️⃣say1️⃣ 3️⃣the law is weak3️⃣.", .indirect)
    checkRelation("2️⃣Some who advocate free speech2️⃣ 1️⃣argue1️⃣ 3️⃣the law is weak3️⃣.", .other)
    checkRelation("2️⃣Sen. Ann Cole2️⃣ on Wednesday morning 1️⃣called for1️⃣ 3️⃣an inquiry3️⃣.", .other)
    checkRelation("2️⃣Nearly all of the mayors of the largest cities in the nation2️⃣ 1️⃣have endorsed1️⃣ 3️⃣Cole3️⃣.", .other)
    checkRelation("2️⃣Friends of Mr. Clinton's2️⃣ 1️⃣have said1️⃣ 3️⃣he is tired3️⃣.", .indirect)
    checkRelation("2️⃣The men who came to help start Acme2️⃣ 1️⃣said1️⃣ 3️⃣it would grow3️⃣.", .indirect)
    checkRelation("2️⃣Volunteers who knock on doors and help Cruz2️⃣ 1️⃣say1️⃣ 3️⃣the race is close3️⃣.", .indirect)
    checkRelation("2️⃣Aides who knew the story wouldn't affect Clinton2️⃣ 1️⃣said1️⃣ 3️⃣she was calm3️⃣.", .indirect)
}

/// SourceStart.swift — a verb with its object, a past form or a cue right after a name make a clause, not a noun
/// phrase ("House Republicans issued a report", "Beck called Palin", "Trump opened with…", "Trump says in…").
@Test func sourceStartClauseIsNoSubject() {
    exampleSpeakers("1️⃣House Republicans1️⃣ issued a report saying the plan failed.")
    checkRelation("2️⃣Beck2️⃣ 1️⃣called1️⃣ 3️⃣Palin a fraud3️⃣.", .other)
    checkRelation("2️⃣Trump2️⃣ opened with a joke, 1️⃣saying1️⃣ 3️⃣he was tired3️⃣.", .indirect)
    checkRelation("2️⃣Trump2️⃣ 1️⃣says in1️⃣ the ad 3️⃣that he is tired3️⃣.", .indirect, cueAtLeast: true)
}

/// SourceStart.swift — a source before its cue that ends the noun phrase opening its clause runs back to that
/// phrase's start ("The deputy head of China's delegation to the forum said").
@Test func sourceStartOpeningSubjectPhrase() {
    checkRelation("2️⃣The deputy head of China's delegation to the forum2️⃣ 1️⃣said1️⃣ 3️⃣talks would resume3️⃣.", .indirect)
    checkRelation("But 2️⃣a source familiar with the inquiry2️⃣ 1️⃣said1️⃣ 3️⃣it would end soon3️⃣.", .indirect)
}

/// SourceStart.swift — a relative clause whose own verb is a cue is that relation's, with "who" as its source, and
/// stays out of the name's source phrase.
@Test func sourceStartReportingRelativeStaysOut() {
    checkRelation("2️⃣Mr. Leenders2️⃣, who estimated that costs would double, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣The union2️⃣, which on Monday endorsed Cole, 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("Tom Hart, 2️⃣who2️⃣ 1️⃣has long denounced1️⃣ 3️⃣the plan3️⃣, said it failed.", .other)
}

/// SourceStart.swift — listStart: "Rubio, Cruz and Kasich" heads the source with its first conjunct (a one-word
/// name opening the sentence is known as a name once the article has introduced it).
@Test func sourceStartListOfNamesOpeningTheSentence() {
    checkRelation("Marco Rubio spoke first. 2️⃣Rubio, Cruz and Kasich2️⃣ 1️⃣said1️⃣ 3️⃣the plan was dead3️⃣.", .indirect)
}

/// SourceStart.swift — a period inside the sentence ends an abbreviation ("Acme Inc. in Ohio"), and the place after
/// "in" says where the company is: the company speaks (`placedSpeaker`).
@Test func sourceStartAcmeIncInOhio() {
    checkRelation("2️⃣Acme Inc. in Ohio2️⃣ 1️⃣said1️⃣ 3️⃣that it would close3️⃣.", .indirect)
    exampleSpeakers("1️⃣Acme Inc1️⃣. in Ohio said it would close.")
    checkRelation("2️⃣Ann Cole in Leeds2️⃣ 1️⃣told1️⃣ reporters 3️⃣the plan failed3️⃣.", .indirect)
}

/// SourceStart.swift — roleStart: the noun that "the kind of" qualifies heads a relative clause without "that", so
/// the name after it is the clause's subject alone ("the kind of campaign Ayotte hoped"), as in "the kind Hart
/// described".
@Test func sourceStartTheKindOfCampaign() {
    checkRelation("It was the kind of campaign 2️⃣Ayotte2️⃣ 1️⃣hoped1️⃣ 3️⃣to run3️⃣.", .other)
    checkRelation("It was the kind 2️⃣Hart2️⃣ 1️⃣described1️⃣.", .other)
}

/// SourceStart.swift — subjectStart: a relative clause after a noun carries its own verbs and pronouns ("Friends of
/// his who have seen…", "of his" an owner standing for a noun); the clause's object before the cue is no noun cue's
/// modifier (SpeakerBefore.swift's `isNounCueModifier`), so the head before the clause speaks.
@Test func sourceStartARelativeClauseInsideTheSubject() {
    checkRelation("2️⃣Friends of his who have seen the plan2️⃣ 1️⃣say1️⃣ 3️⃣it failed3️⃣.", .indirect)
    checkRelation("2️⃣People who have seen the plan2️⃣ 1️⃣say1️⃣ 3️⃣it failed3️⃣.", .indirect)
    checkRelation("2️⃣Friends of Cole who have seen the plan2️⃣ 1️⃣say1️⃣ 3️⃣it failed3️⃣.", .indirect)
}

/// SourceStart.swift — a subject opening after a comma is a noun phrase, never a verb ("…, descended an escalator
/// in New York to declare" opens no source), and a place a preposition governs is no subject either
/// (ClauseSubject.swift's `nearestSubject`): the infinitive's source is the clause's subject.
@Test func sourceStartNoSubjectOpensOnAVerbNorAPlace() {
    checkRelation(
        "2️⃣Donald Trump2️⃣ rode up, descended an escalator in New York 1️⃣to declare1️⃣ 3️⃣his run3️⃣.", .other)
    checkRelation("2️⃣Donald Trump2️⃣ went to Iowa 1️⃣to declare1️⃣ 3️⃣his run3️⃣.", .other)
}

/// SourceStart.swift — a restrictive relative clause ending right before the cue belongs to the noun phrase it
/// follows (`relativeClauseStart`): with "whose", "that", "who", or no pronoun at all after a determined head (its
/// subject a pronoun, a noun of people or, after a cue word, any noun: `descriptionStart`).
@Test func sourceStartRelativeClauseBeforeCue() {
    checkRelation("2️⃣The Romanian hacker whose emails were leaked2️⃣ 1️⃣said1️⃣ 3️⃣he acted alone3️⃣.", .indirect)
    checkRelation("2️⃣The hacker whose emails were leaked2️⃣ 1️⃣said1️⃣ 3️⃣he acted alone3️⃣.", .indirect)
    checkRelation("2️⃣The man whose car was hit2️⃣ 1️⃣said1️⃣ 3️⃣he was fine3️⃣.", .indirect)
    checkRelation("2️⃣The plans that countries offered2️⃣ 1️⃣promised1️⃣ deep cuts.", .other)
    checkRelation("2️⃣The man that I met2️⃣ 1️⃣said1️⃣ 3️⃣he was fine3️⃣.", .indirect)
    checkRelation("2️⃣The plan that they offered2️⃣ 1️⃣promised1️⃣ deep cuts.", .other)
    checkRelation("2️⃣Residents who were evacuated2️⃣ 1️⃣said1️⃣ 3️⃣the water rose fast3️⃣.", .indirect)
    checkRelation("Police said 2️⃣the man they arrested2️⃣ 1️⃣admitted1️⃣ 3️⃣the theft3️⃣.", .indirect)
    checkRelation("2️⃣His statement officials released2️⃣ 1️⃣said1️⃣ 3️⃣the plan failed3️⃣.", .indirect)
    checkRelation("2️⃣The plans countries offered2️⃣ 1️⃣promised1️⃣ deep cuts.", .other)
}

/// SourceStart.swift — a subject pronoun before "and" heads a pair ("she and European leaders must remember"); ",
/// and" joins names inside a list of three or more ("A, B, and C"); a conjunct right after a verb in the past is
/// that verb's object and "and" joins clauses ("Sanders has demonized Wall Street and Trump has disparaged…").
@Test func sourceStartPronounPairsListsAndJoinedClauses() {
    checkRelation(
        "2️⃣She and European leaders2️⃣ 1️⃣must remember1️⃣ 3️⃣that the deal is fragile3️⃣.", .other, learned: true)
    checkRelation("2️⃣Groups A, B, and C2️⃣ 1️⃣say1️⃣ 3️⃣the tax will rise3️⃣.", .indirect)
    checkRelation(
        "Sanders has demonized Wall Street and 2️⃣Trump2️⃣ 1️⃣has disparaged1️⃣ 3️⃣immigrants3️⃣.", .other, learned: true)
}

/// SourceStart.swift — isContactRelativeHead: a determined noun after "not" before a name is the complement, the
/// name the subject of a relative clause without "that" ("is not the campaign Clinton envisioned").
@Test func sourceStartContactRelativeHeadAfterNot() {
    checkRelation("This is not the campaign 2️⃣Clinton2️⃣ 1️⃣envisioned1️⃣.", .other, learned: true)
}

/// SourceStart.swift — subjectStart: the subject of a clause after "that" following "be" is the source, not the
/// clause before it ("The real story is that more than half of voters in Iowa opted").
@Test func sourceStartSubjectOfAThatClause() {
    checkRelation(
        "The real story is that 2️⃣more than half of voters in Iowa2️⃣ 1️⃣opted for1️⃣ 3️⃣Sanders3️⃣.", .other,
        learned: true)
}
