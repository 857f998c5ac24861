import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Attribution/ClauseSubject.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// ClauseSubject.swift — a participle after a comma speaks for the subject of the clause before the comma ("The
/// departments declined to discuss the case, saying…", "His chief aide doubled down on attacks, saying…").
@Test func clauseSubjectExamplesOfParticipleSubjects() {
    checkRelation("2️⃣The departments2️⃣ declined to discuss the case, 1️⃣saying1️⃣ 3️⃣the matter was closed3️⃣.", .indirect)
    checkRelation("2️⃣His chief aide2️⃣ doubled down on attacks, 1️⃣saying1️⃣ 3️⃣the mayor lied3️⃣.", .indirect)
}

/// ClauseSubject.swift — a clause's subject starts past an opening phrase ("In responding Friday, Clinton's
/// campaign took…"), a semicolon ("Critics were blunt; local farmers, angry at the board, said…"), a fronted
/// adverbial ("In the days after the vote, …", "Though stopping short of it, …", "Speaking on CNN, …", "Asked about
/// it", "Two weeks ago, …"), and the opening name takes a participle set off by commas ("Clinton, speaking in Ohio,
/// …").
@Test func clauseSubjectExamplesOfClauseOpenings() {
    checkRelation(
        "In responding Friday, 2️⃣Clinton's campaign2️⃣ took a firm line and 1️⃣said1️⃣ 3️⃣the report was wrong3️⃣.", .indirect)
    checkRelation("Critics were blunt; 2️⃣local farmers, angry at the board2️⃣, 1️⃣said1️⃣ 3️⃣the plan would fail3️⃣.", .indirect)
    checkRelation("2️⃣Clinton2️⃣, speaking in Ohio, 1️⃣said1️⃣ 3️⃣the plant would stay open3️⃣.", .indirect)
    checkRelation("In the days after the vote, 2️⃣the mayor2️⃣ 1️⃣said1️⃣ 3️⃣the result was fair3️⃣.", .indirect)
    checkRelation("Though stopping short of it, 2️⃣the mayor2️⃣ 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("Speaking on CNN, 2️⃣the mayor2️⃣ 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("Asked about it, 2️⃣the mayor2️⃣ 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
    checkRelation("Two weeks ago, 2️⃣the mayor2️⃣ 1️⃣said1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect)
}

/// ClauseSubject.swift — a dateline opening the sentence is no part of the subject: "WASHINGTON (AP) — Sen. Ann
/// Cole said…", "NEW YORK, Nov. 19 (UPI) — …", "Paris (AFP) – …".
@Test func clauseSubjectExamplesOfDatelines() {
    checkRelation("WASHINGTON (AP) — 2️⃣Sen. Ann Cole2️⃣ 1️⃣said1️⃣ 3️⃣the bill would pass3️⃣.", .indirect)
    checkRelation("NEW YORK, Nov. 19 (UPI) — 2️⃣The mayor2️⃣ 1️⃣said1️⃣ 3️⃣the bridge would close3️⃣.", .indirect)
    checkRelation("Paris (AFP) – 2️⃣The minister2️⃣ 1️⃣said1️⃣ 3️⃣the talks would resume3️⃣.", .indirect)
}

/// ClauseSubject.swift — a participle after a verb's object speaks for that verb's subject, not for the noun before
/// it ("He sent a memo to the Post explaining his plan", "Clinton was jetting around the world asking for money",
/// "Sanders supporters have launched petitions calling on…", "Sanders was on CNN talking about", the now-denied
/// pipeline's "denied" being no verb); after "and" it shares the coordinated participle's source ("underlining its
/// superiority and vowing…").
@Test func clauseSubjectExamplesOfParticiplesAfterObjects() {
    checkRelation("2️⃣He2️⃣ sent a memo to the Post 1️⃣explaining1️⃣ 3️⃣his plan3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Clinton2️⃣ was jetting around the world 1️⃣asking1️⃣ for 3️⃣money3️⃣.", .other, cueAtLeast: true)
    checkRelation(
        "2️⃣Sanders supporters2️⃣ have launched petitions 1️⃣calling on1️⃣ 3️⃣the party to act3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Sanders2️⃣ was on CNN 1️⃣talking about1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Activists2️⃣ fought the now-denied pipeline 1️⃣arguing1️⃣ 3️⃣it was unsafe3️⃣.", .other, cueAtLeast: true)
    checkRelation(
        "2️⃣The firm2️⃣ praised its product, underlining its superiority and 1️⃣vowing1️⃣ 3️⃣to win3️⃣.", .other, cueAtLeast: true)
}

/// ClauseSubject.swift — a person right before the participle or its "of", or after another preposition, is its
/// subject ("accused Trump of suggesting", "scolded Romney for suggesting"); a walk that meets a clause's opening
/// keeps the noun ("letters from voters asking", "with officials vowing"); a passive's subject does not act ("will
/// be tested against rivals promising…"), nor a subject of "be" before a noun ("were a family of super PACs
/// supporting"); a verb of perceiving or depicting leaves the one perceived acting ("heard him saying", "featuring
/// Hispanics telling", "left voters wondering"), and in the passive its subject acts ("a reporter can be heard
/// asking").
@Test func clauseSubjectExamplesOfParticiplesAfterPeople() {
    checkRelation("Cole accused 2️⃣Trump2️⃣ of 1️⃣suggesting1️⃣ 3️⃣the vote was rigged3️⃣.", .other, cueAtLeast: true)
    checkRelation("Cole scolded 2️⃣Romney2️⃣ for 1️⃣suggesting1️⃣ 3️⃣the vote was rigged3️⃣.", .other, cueAtLeast: true)
    checkRelation("Cole read 2️⃣letters from voters2️⃣ 1️⃣asking1️⃣ for 3️⃣help3️⃣.", .other, cueAtLeast: true)
    checkRelation("The plan passed, with 2️⃣officials2️⃣ 1️⃣vowing1️⃣ 3️⃣to fight on3️⃣.", .other, cueAtLeast: true)
    checkRelation("The plan will be tested against 2️⃣rivals2️⃣ 1️⃣promising1️⃣ 3️⃣lower prices3️⃣.", .other, cueAtLeast: true)
    checkRelation("The donors were 2️⃣a family of super PACs2️⃣ 1️⃣supporting1️⃣ 3️⃣Cole3️⃣.", .other, cueAtLeast: true)
    checkRelation("Cole heard 2️⃣him2️⃣ 1️⃣saying1️⃣ 3️⃣the vote was rigged3️⃣.", .indirect, cueAtLeast: true)
    checkRelation(
        "The firm ran an ad featuring 2️⃣Hispanics2️⃣ 1️⃣telling1️⃣ voters 3️⃣that Cole lied3️⃣.", .other, cueAtLeast: true)
    checkRelation("The debate left 2️⃣voters2️⃣ 1️⃣wondering1️⃣ 3️⃣who won3️⃣.", .other, cueAtLeast: true)
    checkRelation("In the video, 2️⃣a reporter2️⃣ can be heard 1️⃣asking1️⃣ 3️⃣whether Cole lied3️⃣.", .other, cueAtLeast: true)
}

/// ClauseSubject.swift — an infinitive of purpose speaks for the subject of the verb it follows ("went on ABC to
/// defend…", "went on ABC's This Week to defend…", "descended an escalator at Trump Tower to declare…", "have
/// volunteered to publicly advocate…"), a passive after "be" too ("are widely expected"), and "went on to say…",
/// "goes on to slam…" take it as their complement.
@Test func clauseSubjectExamplesOfInfinitivesOfPurpose() {
    checkRelation("2️⃣Cole2️⃣ went on ABC to 1️⃣defend1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Cole2️⃣ went on ABC's This Week to 1️⃣defend1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Trump2️⃣ descended an escalator at Trump Tower to 1️⃣declare1️⃣ 3️⃣his run3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Some doctors2️⃣ have volunteered to publicly 1️⃣advocate1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Democrats2️⃣ are widely expected to 1️⃣argue1️⃣ for 3️⃣a cut3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣Cole2️⃣ went on to 1️⃣say1️⃣ 3️⃣the plan was flawed3️⃣.", .indirect, cueAtLeast: true)
    checkRelation("2️⃣Hart2️⃣ goes on to 1️⃣slam1️⃣ 3️⃣the plan3️⃣.", .other, cueAtLeast: true)
}

/// ClauseSubject.swift — a participle after a noun with no "be" describes it ("the infrastructure needed to
/// identify", "attacks designed to paint"): the infinitive is not that clause's subject's.
@Test func clauseSubjectExamplesOfParticiplesDescribingNouns() {
    checkRelation(
        "The city is building the infrastructure needed to 1️⃣identify1️⃣ 3️⃣the victims3️⃣.", .other, cueAtLeast: true)
    checkRelation("The firm ran attacks designed to 1️⃣paint1️⃣ 3️⃣Cole as weak3️⃣.", .other, cueAtLeast: true)
}

/// ClauseSubject.swift — a verb of making someone act before an object leaves the infinitive no subject: the
/// subject before the verb does not speak it ("allowing users to tell", "caused many to wonder").
@Test func clauseSubjectObjectControlVerbsLeaveTheInfinitiveNoSubject() {
    exampleSpeakers("The app has a button allowing users to tell friends they voted.")
    exampleSpeakers("The new rules caused many to wonder whether the mill would close.")
    checkRelation("The app has a button allowing users 1️⃣to tell1️⃣ friends 3️⃣they voted3️⃣.", .other)
}
