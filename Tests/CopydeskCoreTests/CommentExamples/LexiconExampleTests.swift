import Testing

// Fixtures for the examples quoted in the comments of `Analysis/Lexicon.swift` (the checks:
// `CommentExampleSupport.swift`; the coverage check: `CommentExampleCoverageTests.swift`).

/// Lexicon.swift — a title abbreviation before a number ("Nos. 3 and 4") does not end the sentence with its dot.
@Test func lexiconNumberAbbreviations() {
    exampleSentences("1️⃣Reed wore Nos. 3 and 4 in May.1️⃣ 2️⃣He quit.2️⃣")
}

/// Lexicon.swift — nouns whose content belongs to someone source its figure: "her proposal for $25 billion".
@Test func lexiconIntentionNouns() {
    exampleSourced("Reed defended her proposal for $25 billion.", [true])
}

/// Lexicon.swift — a preposition may open an adverbial between a cue and its clause: "said on Sunday that…".
@Test func lexiconAdverbialBetweenCueAndClause() {
    checkRelation("2️⃣Reed2️⃣ 1️⃣said1️⃣ on Sunday 3️⃣that the plan failed3️⃣.", .indirect)
}

/// Lexicon.swift — "relate" before "to" says what a thing concerns, not a report: "jobs related to coal".
@Test func lexiconRelatedToIsNoReport() {
    checkNoRelation("Reed backed jobs related to coal.", learned: false)
}

/// Lexicon.swift — an adjective joins a tail to a source's head ("a source close to the campaign"); "people outside
/// the campaign" keeps "outside" a preposition of the source's tail.
@Test func lexiconSourceTails() {
    checkRelation("2️⃣A source close to the campaign2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣People outside the campaign2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
}

/// Lexicon.swift — words that open a clause make the words around them no single subject: "After the vote in Ohio,
/// …", "When polls in Iowa closed …".
@Test func lexiconClauseOpenersSplitSubjects() {
    checkRelation("After the vote in Ohio, 2️⃣Reed2️⃣ 1️⃣said1️⃣ 3️⃣he would quit3️⃣.", .indirect)
    checkRelation("When polls in Iowa closed, 2️⃣Reed2️⃣ 1️⃣said1️⃣ 3️⃣he would quit3️⃣.", .indirect)
}

/// Lexicon.swift — cue verbs before "up" are actions, no report: "add up to $8 million", "added up the costs".
@Test func lexiconActionsBeforeUp() {
    checkNoRelation("The bills add up to $8 million.", learned: false)
    checkNoRelation("Reed added up the costs.", learned: false)
}

/// Lexicon.swift — words inside a description that would otherwise end it ("other Republican candidates") and words
/// before a description's determiner that belong to it ("Both the Times and the Journal", "Even Democratic
/// candidates", "even other senators") stay in the source.
@Test func lexiconDescriptionWords() {
    checkRelation("2️⃣Other Republican candidates2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣Both the Times and the Journal2️⃣ 1️⃣reported1️⃣ 3️⃣that Reed would quit3️⃣.", .other)
    checkRelation("2️⃣Even Democratic candidates2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣Even other senators2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
}

/// Lexicon.swift — indefinite pronouns stand as a source ("Not everyone was claiming success"); determiners that
/// deny their noun still name a source ("No one expected", "Neither man has spoken").
@Test func lexiconIndefiniteAndDenyingSources() {
    checkRelation("2️⃣Not everyone2️⃣ 1️⃣was claiming1️⃣ 3️⃣success3️⃣.", .other)
    checkRelation("2️⃣No one2️⃣ 1️⃣expected1️⃣ 3️⃣Reed to quit3️⃣.", .other)
    checkRelation("2️⃣Neither man2️⃣ has 1️⃣spoken1️⃣ about 3️⃣the deal3️⃣.", .other, cueAtLeast: true)
}

/// Lexicon.swift — two-word hedges before a figure or a partitive stay in the source ("more than half of voters",
/// "at least 55 countries", "a full 79 percent", "all but two senators"), as do hedges before a partitive ("Only a
/// quarter of Americans").
@Test func lexiconHedgedSources() {
    checkRelation("2️⃣More than half of voters2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣At least 55 countries2️⃣ 1️⃣said1️⃣ 3️⃣they would attend3️⃣.", .indirect)
    checkRelation("2️⃣A full 79 percent2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣All but two senators2️⃣ 1️⃣said1️⃣ 3️⃣Reed would quit3️⃣.", .indirect)
    checkRelation("2️⃣Only a quarter of Americans2️⃣ 1️⃣say1️⃣ 3️⃣the deal is good3️⃣.", .indirect)
}

/// Lexicon.swift — "who" with a clitic is a relative pronoun source: "superdelegates who’ve said", "a man who’d
/// argued".
@Test func lexiconWhoWithClitic() {
    checkRelation("Reed met ten superdelegates 2️⃣who’ve2️⃣ 1️⃣said1️⃣ 3️⃣they back him3️⃣.", .indirect)
    checkRelation("Reed met a man 2️⃣who’d2️⃣ 1️⃣argued1️⃣ for 3️⃣lower taxes3️⃣.", .indirect, cueAtLeast: true)
}

/// Lexicon.swift — quantifiers that float after the subject they count leave it the source: "Bolton and Gorka both
/// denounced", "they all said".
@Test func lexiconFloatingQuantifiers() {
    checkRelation("2️⃣Bolton and Gorka2️⃣ both 1️⃣denounced1️⃣ 3️⃣the deal3️⃣.", .other, cueAtLeast: true)
    checkRelation("2️⃣They2️⃣ all 1️⃣said1️⃣ 3️⃣the deal was bad3️⃣.", .indirect, cueAtLeast: true)
}

/// Lexicon.swift — a word before "X and Y" makes the pair something other than a source before its cue ("the race
/// between Clinton and Sanders"), while "both Clinton and Sanders" keeps "both" in the source.
@Test func lexiconPairsThatAreNoSource() {
    checkRelation("In the race between Clinton and Sanders, 2️⃣Reed2️⃣ 1️⃣said1️⃣ 3️⃣the debate mattered3️⃣.", .indirect)
    checkRelation("2️⃣Both Clinton and Sanders2️⃣ 1️⃣said1️⃣ 3️⃣the deal was bad3️⃣.", .indirect)
}

/// Lexicon.swift — words that open a document's tail keep it in the source: "a poll out Monday", "a survey released
/// Tuesday", "the poll that came out Monday", "a poll last week".
@Test func lexiconDocumentTails() {
    checkRelation("2️⃣A poll out Monday2️⃣ 1️⃣found1️⃣ 3️⃣that Reed leads3️⃣.", .other)
    checkRelation("2️⃣A survey released Tuesday2️⃣ 1️⃣found1️⃣ 3️⃣that Reed leads3️⃣.", .other)
    checkRelation("2️⃣The poll that came out Monday2️⃣ 1️⃣found1️⃣ 3️⃣that Reed leads3️⃣.", .other)
    checkRelation("2️⃣A poll last week2️⃣ 1️⃣found1️⃣ 3️⃣that Reed leads3️⃣.", .other)
}

/// Lexicon.swift — a subject pronoun with a contraction opens a clause: "told CNN he'd support…".
@Test func lexiconContractedSubjectPronouns() {
    checkRelation("2️⃣Reed2️⃣ 1️⃣told1️⃣ CNN 3️⃣he'd support the deal3️⃣.", .indirect)
}

/// Lexicon.swift — a quoted phrase opening in lower case after a coordinator is woven into the writer's sentence
/// ("“Wilayat Twitter” or “the province of Twitter”"): a partial quote, the title before it not.
@Test func lexiconACoordinatorBeforeAQuotedPhrase() {
    check("Headline\n\nThe group calls the site “Wilayat Twitter” or 1️⃣“the province of Twitter”1️⃣, Reed said.") {
        a in a.quotes.filter(\.isPartial).map(\.range)
    }
}

/// Lexicon.swift — "Added to that…" is no continuity opener: the sentence inherits no source ("Moreover, …" does).
@Test func lexiconAddedToThatCarriesNoSource() {
    exampleSourced("Tom Reed said sales fell 2%. Added to that, the firm cut 300 jobs.", [true, false])
    exampleSourced("Tom Reed said sales fell 2%. Moreover, the firm cut 300 jobs.", [true, true])
}

/// Lexicon.swift, Segmentation.swift — a reporting verb that opens a fixed noun compound is part of a noun ("The
/// think tank said…", "Think tanks warned…"): no cue, nor the end of a source; "I think taxes will rise" still
/// reports.
@Test func lexiconCueNounCompoundsAreNouns() {
    checkRelation("2️⃣The think tank2️⃣ 1️⃣said1️⃣ 3️⃣jobs were at risk3️⃣.", .indirect)
    checkRelation("2️⃣A spokeswoman for the think tank2️⃣ 1️⃣said1️⃣ 3️⃣40 staff had left3️⃣.", .indirect)
    checkRelation("2️⃣Think tanks2️⃣ 1️⃣warned1️⃣ 3️⃣that jobs were at risk3️⃣.", .indirect)
    checkRelation("2️⃣I2️⃣ 1️⃣think1️⃣ 3️⃣taxes will rise3️⃣.", .other)
}
