/// The attribution stage's word lists: plain data, hashed into `Lexicon.classes` by `wordHash` (the lists say
/// which words; `Lexicon` says how a word is looked up).
extension WordClass {
    /// Heads of a document or data source: "records show", "a study by X found", "polls suggest".
    static let documentNoun = WordClass(rawValue: 1 << 43)
    /// Verbs that report only with a document subject or a "that" clause: "records show", "the audit found
    /// that…" — "police found a body" reports nothing.
    static let documentVerb = WordClass(rawValue: 1 << 44)
    /// Cue words that are also nouns: "the report", "a claim", "the state" name things, they report nothing.
    static let nounToo = WordClass(rawValue: 1 << 45)
    /// Verbs whose object is the listener, not the content: "told reporters that…", "warned him that…".
    static let recipientVerb = WordClass(rawValue: 1 << 46)
    /// Nouns of a noun-phrase cue: "in a statement", "in an interview with", "in remarks".
    static let statementNoun = WordClass(rawValue: 1 << 47)
    /// Verbs that are cues with a clause ("agreed that…") and actions with an infinitive ("agreed to acquire").
    static let agreementVerb = WordClass(rawValue: 1 << 48)
    /// Forms of "be", before a participle: a passive ("is expected", "was first reported by").
    static let beForm = WordClass(rawValue: 1 << 49)
    /// Cue verbs only before an infinitive: "seemed to suggest", "declined to comment"; "appeared on Fox" is an
    /// action.
    static let infinitiveCue = WordClass(rawValue: 1 << 50)
    /// Relative pronouns that stand for the source of the cue after them ("Humphrey, who told POLITICO…").
    static let relativePronoun = WordClass(rawValue: 1 << 51)
    /// Cue words that mostly are no cue ("the state", "continued to climb", "spoke to the gathering"): cues
    /// only before a clause, a quote or a topic ("spoke about"), at the end of the sentence, or after a quote
    /// ("…,” she continued); a verb of depicting only with "as" ("paints herself as a reformer", not "painted
    /// the house").
    static let clauseOnlyCue = WordClass(rawValue: 1 << 52)
    /// Verbs by which a named publication or institution reports figures ("Forbes lists…", "Forbes put…").
    static let listingVerb = WordClass(rawValue: 1 << 53)
    /// Nouns of assertion or belief before a "that" clause (`AttributionWords.complementNouns`):
    /// `NounComplementCue.swift`.
    static let complementNoun = WordClass(rawValue: 1 << 60)
    /// Adjectives of belief before a "that" clause (`AttributionWords.beliefAdjectives`): `StanceAdjectiveCue.swift`.
    static let beliefAdjective = WordClass(rawValue: 1 << 61)
    /// Participles that name what comes after them ("a company called Cambridge Analytica").
    static let namingParticiple = WordClass(rawValue: 1 << 54)
    /// Words that are no reporting verb but that the reporting-verb scan reads from: the end of a cue phrase ("as
    /// Vulture put it", "has made it clear that…", "fired back that…"), "talk", "talks" as verbs (`bareTalkWords`)
    /// and the verbs whose "for" makes them a cue ("pushed for a vote": `Lexicon.forParticleWords`;
    /// `ReportingVerbCue.swift`).
    static let phraseCueEnd = WordClass(rawValue: 1 << 56)
    /// Adverbs of hearsay: "reportedly" (`AdverbCue.swift`).
    static let hearsayAdverb = WordClass(rawValue: 1 << 59)
}

enum AttributionWords {
    static let documentNouns = [
        "record", "records", "filing", "filings", "document", "documents", "study", "studies", "poll", "polls",
        "accounts",
        "polling", "survey", "surveys", "data", "report", "reports", "analysis", "analyses", "audit", "review",
        "research", "statistics", "figures", "number", "numbers", "census", "ranking", "rankings", "index", "estimate",
        "estimates", "tally", "count", "memo", "memos", "letter", "transcript", "transcripts", "emails",
        "email", "indictment", "complaint", "lawsuit", "ruling", "affidavit", "disclosure", "disclosures",
        "database", "model", "models", "forecast", "projections", "findings", "evidence", "results", "statement",
        "release", "paper", "papers", "minutes", "ledger", "ledgers", "outcome", "receipts", "returns", "filing's",
        "report's", "study's", "files", "video", "videos", "footage", "recording", "recordings", "tape", "tapes",
        "investigation", "inquiry", "probe", "tests", "assessment",
        "poll's", "survey's",
        // Hearings whose finding is their report, as an inquiry's is: "The panel found his conduct was…", "The
        // inquest found the death was…".
        "inquest", "panel", "tribunal",
    ]
    static let documentVerbs = [
        "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "suggest", "suggests",
        "suggested", "put", "puts", "list", "lists", "listed", "rank", "ranks", "ranked",
    ]
    static let nounToo = [
        "report", "reports", "claim", "claims", "state", "states", "call", "calls", "estimate", "estimates",
        "forecast", "forecasts", "promise", "promises", "demand", "demands", "pledge", "pledges", "vow", "vows",
        "fear", "fears", "hope", "hopes", "plan", "plans", "comment", "comments", "reply", "replies", "order",
        "support", "rule", "list", "joke", "jokes", "tweet", "tweets", "remark", "remarks", "aim", "aims",
        "dispute", "disputes", "quote", "question", "doubt", "doubts", "signal", "signals", "echo", "echoes",
        "sigh", "cry", "shout", "praise", "blame", "concern", "concerns", "warning", "record", "view", "views",
        "response", "answer", "answers", "guess", "charge", "charges", "statement", "project", "projects", "want",
        "wants", "rail",
        "need", "needs", "intend", "favor", "favour", "rank", "ranks", "advocate", "advocates",
    ]
    static let clauseOnlyCues = [
        "state", "states", "continue", "continues", "continued", "continuing", "project", "projects", "projected",
        "projecting", "recognize", "recognizes", "recognized", "recognizing", "recognise", "recognises",
        "recognised", "recognising", "speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking",
        "know", "knows", "knew", "see", "sees", "saw", "learn", "learns", "learned", "learnt", "decide", "decides",
        "decided", "deciding", "realize", "realizes", "realized", "realizing", "realise", "realises", "realised",
        "realising", "affirm", "affirms", "affirmed", "affirming", "reaffirm", "reaffirms", "reaffirmed",
        "reaffirming", "paint", "paints", "painted", "painting", "depict", "depicts", "depicted", "depicting",
    ]
    /// Verbs by which a publication or an institution reports figures: "Forbes lists…", "Gallup ranks…".
    static let listingVerbs = ["list", "lists", "listed", "rank", "ranks", "ranked", "put", "puts"]
    /// Listing verbs that report with an institution described, not named ("The agency lists…"); "put" only
    /// with "at" and a figure ("put the cost at $5m").
    static let describedListingVerbs = HashSet64(words: ["list", "lists", "listed"])
    /// Quantifiers before a plural that make it a noun ("several reports", "many claims"; not "each", whose verb
    /// takes "-s": "each reports to the board").
    static let pluralQuantifiers = HashSet64(words: [
        "several", "many", "some", "both", "numerous", "multiple", "various", "few", "countless",
    ])
    /// Honorifics and titles that mark a man or a woman: a pronoun of the other gender never resolves to the person
    /// they name (`resolvePronoun`).
    static let maleMarks = HashSet64(words: [
        "mr", "mister", "sir", "lord", "king", "prince", "duke", "baron", "chairman", "spokesman", "congressman",
    ])
    static let femaleMarks = HashSet64(words: [
        "mrs", "ms", "miss", "dame", "lady", "madam", "madame", "queen", "princess", "duchess", "baroness",
        "chairwoman", "spokeswoman", "congresswoman",
    ])
    /// Abbreviated titles and the word each stands for, so that "the senator" describes "Sen. Ted Cruz"
    /// (`titled`).
    static let titleAbbreviations: [UInt64: UInt64] = Dictionary(
        uniqueKeysWithValues: [
            ("sen", "senator"), ("gov", "governor"), ("rep", "representative"), ("gen", "general"),
            ("prof", "professor"), ("sec", "secretary"), ("capt", "captain"), ("col", "colonel"),
            ("lt", "lieutenant"), ("sgt", "sergeant"), ("rev", "reverend"),
        ].map { (wordHash($0.0), wordHash($0.1)) })
    /// Forms of "claim", a speech verb ("claimed that…") and a verb of taking ("claiming asylum") (`isActionUse`).
    static let claimVerbs = HashSet64(words: ["claim", "claims", "claimed", "claiming"])
    /// What one claims by taking it, not by saying it: "people claiming asylum", "claimed the lives of 30 people",
    /// "claimed the title", "claimed their first league win", "needs 1,237 delegates to claim the nomination"
    /// (`isActionUse`).
    static let claimedThings = HashSet64(words: [
        "asylum", "benefit", "benefits", "compensation", "damages", "expenses", "allowance", "allowances", "refund",
        "refunds", "lives", "life", "title", "titles", "prize", "seat", "seats", "crown", "medal", "gold",
        "silver", "bronze", "win", "wins", "victory", "victories", "point", "points", "place", "places", "trophy",
        "scalp", "honours", "spot", "berth", "nomination", "nominations", "mantle",
    ])
    /// Words after the person a form of "call" takes that close a call placed, no name given: a time, a purpose, a
    /// return ("called Sanders shortly after the vote", "called him on Tuesday", "called Hart back"; `placesACall`).
    static let callClosers = HashSet64(words: [
        "on", "at", "after", "before", "shortly", "again", "twice", "back", "late", "early", "last", "this",
        "yesterday", "today", "tonight", "from", "during", "when", "while",
    ])
    /// Forms of "recall", a verb of memory ("She recalled that the plant had employed 3,000 people") and of a maker
    /// taking back its goods ("Toyota recalled 500,000 cars in 2019"): with a figure for object, an action
    /// (`isActionUse`).
    static let recallVerbs = HashSet64(words: ["recall", "recalls", "recalled", "recalling"])
    /// Forms of "slam", a verb of criticism ("Senator Cole slammed the decision.") and of impact ("The door slammed
    /// shut.", "The car slammed into a wall."): without an object after it, an action (`isActionUse`).
    static let impactVerbs = HashSet64(words: ["slam", "slams", "slammed", "slamming"])
    /// Forms of "answer", a verb of reply ("He answered that the figures were wrong") and of dealing with calls or
    /// letters ("The helpline answered 12,000 calls in March"): with a figure for object, an action (`isActionUse`).
    static let answerVerbs = HashSet64(words: ["answer", "answers", "answered", "answering"])
    /// Forms of "question", a verb of doubt ("Critics questioned whether the plan would work") and of police asking
    /// people questions ("Officers questioned 300 people in the days after the attack"): with a figure for object, an
    /// action (`isActionUse`), and no group's doubt (`isGroupVerb`).
    static let questionVerbs = HashSet64(words: ["question", "questions", "questioned", "questioning"])
    /// Forms of verbs of response, which take no object: "by" after one and an -ing form tells how the subject
    /// responded ("Beijing responded by sidestepping Moscow"), an act and no agent (`isActionUse`).
    static let responseVerbs = HashSet64(words: [
        "respond", "responds", "responded", "responding", "react", "reacts", "reacted", "reacting", "reply", "replies",
        "replied", "replying", "retort", "retorts", "retorted", "retorting", "retaliate", "retaliates", "retaliated",
        "retaliating",
    ])
    /// Words that end a figure's noun phrase after a verb of addition ("added 200,000 jobs in March", "added 5% on
    /// Monday", "added 300 staff last year, and…"): prepositions, conjunctions and the openers of a time phrase
    /// (`addsAFigure`).
    static let figureObjectEnds = HashSet64(words: [
        "in", "on", "at", "to", "by", "for", "from", "during", "over", "since", "after", "before", "until", "through",
        "across", "within", "between", "with", "without", "than", "last", "this", "next", "and", "but", "or", "while",
        "as", "compared", "bringing", "taking", "amid",
    ])
    @inline(__always) static var hHe: UInt64 { wordHash(literal: "he") }
    @inline(__always) static var hShe: UInt64 { wordHash(literal: "she") }
    @inline(__always) static var hHis: UInt64 { wordHash(literal: "his") }
    @inline(__always) static var hHer: UInt64 { wordHash(literal: "her") }
    @inline(__always) static var puts: UInt64 { wordHash(literal: "puts") }
    @inline(__always) static var hSupport: UInt64 { wordHash(literal: "support") }
    @inline(__always) static var hAsked: UInt64 { wordHash(literal: "asked") }
    @inline(__always) static var hFollows: UInt64 { wordHash(literal: "follows") }
    /// "source" and "sources" in a credit: "(source: British Retail Consortium)".
    @inline(__always) static var hSource: UInt64 { wordHash(literal: "source") }
    @inline(__always) static var hSources: UInt64 { wordHash(literal: "sources") }
    @inline(__always) static var hFurther: UInt64 { wordHash(literal: "further") }
    @inline(__always) static var at: UInt64 { wordHash(literal: "at") }
    static let recipientVerbs = [
        "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging",
        "warn", "warns", "warned", "warning", "remind", "reminds", "reminded", "reminding", "assure", "assures",
        "assured", "assuring", "advise", "advises", "advised", "inform", "informs", "informed", "informing",
        "notify", "notifies", "notified", "notifying", "alert", "alerts", "alerted", "alerting", "reassure",
        "reassures", "reassured", "reassuring", "promise", "promised", "promises", "convince", "convinced",
        "persuade", "persuaded",
    ]
    static let statementNouns = [
        "statement", "statements", "interview", "interviews", "remarks", "speech", "letter", "tweet", "tweets",
        "post", "op-ed", "editorial", "email", "memo", "release", "video", "ad", "message", "testimony",
        "appearance", "address", "essay", "column", "filing", "conversation", "call", "briefing",
        "news", "conference", "podcast", "broadcast", "radio", "television", "tv",
    ]
    /// Nouns of assertion or belief whose "that" clause is what their owner asserts ("Trump's claim that…", "his
    /// warning that…": `nounComplementCue`). Not nouns of an event, whose "that" mostly opens a relative clause ("the
    /// statement that he issued", "the report that…").
    static let complementNouns = [
        "claim", "claims", "assertion", "assertions", "allegation", "allegations", "insistence", "suggestion",
        "suggestions", "warning", "warnings", "fear", "fears", "belief", "beliefs", "contention", "assurance",
        "assurances", "admission", "accusation", "accusations", "complaint", "complaints", "argument", "arguments",
        "conviction", "hope", "hopes", "prediction", "predictions", "denial", "insinuation", "boast", "concern",
        "concerns", "worry", "worries", "doubt", "doubts", "view", "notion", "theory", "charge", "charges",
        "acknowledgment", "acknowledgement", "declaration", "threat", "promise", "pledge", "vow", "remark",
        "observation", "recollection", "reminder", "implication", "impression", "sense", "position", "idea",
        "expectation", "expectations", "forecast", "estimate", "conclusion", "finding", "findings",
    ]
    /// Adjectives of a state of mind whose "that" clause is what their holder believes ("is convinced that", "remain
    /// confident that": `stanceAdjectiveCue`) — of the tagger's `stanceAdjectives`, those whose clause is a belief
    /// (not "surprised that", "happy that").
    static let beliefAdjectives = [
        "confident", "convinced", "adamant", "certain", "sure", "hopeful", "optimistic", "pessimistic", "skeptical",
        "sceptical", "aware", "unaware", "insistent", "afraid", "fearful", "doubtful", "unconvinced", "persuaded",
        "concerned", "worried", "positive",
    ]
    /// Adjectives of a stance toward someone or something, whose object after "of" is what their holder judges ("has
    /// been critical of the mayor", "were supportive of the plan": `stanceAdjectiveCue`) — not the cause of a feeling
    /// ("proud of", "tired of", "afraid of") nor a quality ("capable of", "typical of").
    static let judgementAdjectives = HashSet64(words: [
        "critical", "supportive", "skeptical", "sceptical", "dismissive", "contemptuous", "scornful", "disdainful",
        "distrustful", "mistrustful", "suspicious", "wary", "leery", "welcoming", "enamored", "enamoured", "approving",
        "disapproving",
    ])
    /// Verbs that link a subject to a state, as "be" does ("remain confident", "seemed sure", "felt certain",
    /// "does not look promising").
    static let linkingVerbs = HashSet64(words: [
        "remain", "remains", "remained", "seem", "seems", "seemed", "feel", "feels", "felt", "become", "becomes",
        "became", "grow", "grows", "grew", "appear", "appears", "appeared", "stay", "stays", "stayed", "look",
        "looks", "looked", "sound", "sounds", "sounded",
    ])
    /// Cue nouns of an utterance that neither `documentNouns` nor `statementNouns` list: after a preposition
    /// before a cue they are an adjunct ("Cole in his comments argued"), as a document or a statement is.
    static let utteranceNouns = HashSet64(words: [
        "comment", "comments", "reply", "replies", "response", "answer", "answers", "quote", "question", "remark",
        "warning", "claim", "claims",
    ])
    /// Verbs of spending time whose object a participle follows: "spent much of his speech praising…" is the
    /// spender's praise (`spendingVerb`).
    static let spendingVerbs = HashSet64(words: ["spent", "spend", "spends", "spending"])
    /// Verbs of perceiving or depicting, and of leaving or getting someone at it, whose object does what a
    /// participle after it says ("heard him saying", "an ad featuring Hispanics telling their stories", "left voters
    /// wondering"): the participle is the object's, not the subject's (`objectVerb`).
    static let depictionVerbs = HashSet64(words: [
        "see", "sees", "saw", "seen", "hear", "hears", "heard", "watch", "watches", "watched", "show", "shows",
        "showed", "shown", "feature", "features", "featured", "featuring", "depict", "depicts", "depicted",
        "depicting", "recall", "recalls", "recalled", "remember", "remembers", "remembered", "imagine", "imagined",
        "find", "finds", "found", "spot", "spotted", "picture", "pictured",
        "portray", "portrays", "portrayed", "film", "filmed", "photographed", "include", "includes", "included",
        "leave", "leaves", "left", "keep", "keeps", "kept", "get", "gets", "got", "describe", "describes", "described",
        "describing", "quote", "quotes", "quoted", "cite", "cites", "cited",
    ])
    /// Verbs of making, letting or asking someone act: an infinitive after their object is never their subject's
    /// ("allowing users to tell", "caused many to wonder": no source; "urged voters to reject").
    static let objectControlVerbs = HashSet64(words: [
        "allow", "allows", "allowed", "allowing", "ask", "asks", "asked", "asking", "urge", "urges", "urged",
        "urging", "tell", "tells", "told", "telling", "force", "forces", "forced", "forcing", "cause", "causes",
        "caused", "causing", "lead", "leads", "led", "leading", "leave", "leaves", "left", "leaving", "encourage",
        "encourages", "encouraged", "encouraging", "invite", "invites", "invited", "inviting", "want", "wants",
        "wanted", "wanting", "expect", "expects", "expected", "expecting", "persuade", "persuaded", "convince",
        "convinced", "push", "pushed", "pushing", "press", "pressed", "pressing", "pressure", "pressured",
        "enable", "enabled", "prompt", "prompted", "require", "required", "get", "got", "getting", "help",
        "helped", "helping", "inspire", "inspired", "challenge", "challenged", "order", "ordered", "instruct",
        "instructed", "beg", "begged", "remind", "reminded", "warn", "warned", "call", "called", "calling", "need",
        "needed", "hire", "hired", "pay", "paid", "recruit", "recruited", "send", "sent", "appoint", "appointed",
        "choose", "chose", "chosen", "elect", "elected", "permit", "permitted",
    ])
    /// Verbs whose infinitive's subject is their own ("voted to endorse", "volunteered to advocate", "seeking to
    /// paint"): right before "to" they speak for their subject (a participle after a noun that takes none describes
    /// it: "the infrastructure needed to identify").
    static let subjectControlVerbs = HashSet64(words: [
        "voted", "voting", "decided", "deciding", "agreed", "agreeing", "refused", "refusing", "volunteered",
        "vowed", "vowing", "pledged", "pledging", "promised", "promising", "tried", "trying", "sought", "seeking",
        "began", "beginning", "wanted", "wanting", "hoped", "hoping", "planned", "planning", "threatened",
        "threatening", "declined", "declining", "failed", "failing", "moved", "moving", "rushed", "rushing",
        "scrambled", "scrambling", "chose", "choosing", "offered", "offering", "attempted", "attempting",
        "continued", "continuing", "started", "starting", "struggled", "struggling", "managed", "prepared",
        "preparing", "stepped", "rallied", "returned", "came", "coming", "went", "going", "worked", "working",
        "fought", "fighting", "campaigned", "campaigning", "spoke", "speaking", "testified", "stood", "standing",
        "waited", "waiting", "intended", "bothered", "dared", "resolved", "swore", "sworn", "committed",
        "appeared", "appearing", "seemed", "seeming", "tended", "happened", "turned", "turning",
    ])
    /// Nouns of people beyond `Lexicon.groupNouns`: a participle right after one is mostly theirs ("drew rivals
    /// asking", "focused on law-abiding folks wanting"), not the subject's of the verb before them.
    static let peopleNouns = HashSet64(words: [
        "folks", "rivals", "candidates", "candidate", "donors", "members", "workers", "protesters", "protestors",
        "demonstrators", "activists", "opponents", "delegates", "lawmakers", "leaders", "citizens", "fans",
        "students", "parents", "women", "men", "children", "kids", "veterans", "families", "immigrants", "refugees",
        "conservatives", "liberals", "progressives", "reporters", "journalists", "speakers", "viewers", "readers",
        "users", "customers", "employees", "staffers", "advisers", "advisors", "economists", "investors", "man",
        "woman", "person", "voter", "supporter", "reporter", "protester", "activist", "friends", "neighbors",
        "neighbours", "colleagues", "allies", "backers", "followers", "volunteers", "constituents", "republicans",
        "democrats", "americans", "senators", "governors", "mayors", "judges", "lawyers", "attendees",
        "participants", "respondents", "owners", "victims", "survivors", "police", "officers", "soldiers", "troops",
    ])
    /// Words that stop the walk from a participle back to the verb whose object it follows: an agent's or
    /// company's preposition ("letters from voters asking", "an ad by the group attacking", "with officials
    /// vowing": the object acts) and the words opening another clause.
    static let objectWalkStops = HashSet64(words: [
        "with", "from", "by", "among", "including", "like", "and", "or", "but", "nor", "that", "who", "which",
        "whom", "whose", "when", "while", "as", "after", "before", "because", "if", "since", "than", "where",
        "there",
    ])
    /// Cue words that name a place: after a preposition before a cue they belong to the subject ("Officials in the
    /// state said"), where any other cue word there is an adjunct ("Lopez in her report said").
    static let placeCueNouns = HashSet64(words: ["state", "states"])
    static let agreementVerbs = [
        "agree", "agrees", "agreed", "agreeing", "continue", "continues", "continued", "continuing",
    ]
    static let infinitiveCues = [
        "seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing", "decline", "declines",
        "declined", "declining", "refuse", "refuses", "refused", "refusing", "purport", "purports", "purported",
        "purporting",
    ]
    static let beForms = ["is", "are", "was", "were", "be", "been", "being", "'s", "am"]

    static let tables: [(WordClass, [String])] = [
        (.documentNoun, documentNouns), (.documentVerb, documentVerbs), (.nounToo, nounToo),
        (.recipientVerb, recipientVerbs), (.statementNoun, statementNouns), (.agreementVerb, agreementVerbs),
        (.beForm, beForms), (.infinitiveCue, infinitiveCues), (.relativePronoun, ["who", "which", "that"]),
        (.clauseOnlyCue, clauseOnlyCues), (.listingVerb, listingVerbs), (.complementNoun, complementNouns),
        (.beliefAdjective, beliefAdjectives),
        (.phraseCueEnd, ["put", "clear", "back"] + bareTalkWords + Lexicon.forParticleWords),
        (.hearsayAdverb, hearsayAdverbs),
        (
            .namingParticiple,
            ["called", "named", "dubbed", "titled", "entitled", "nicknamed", "known", "labeled", "labelled"]
        ),
    ]

    /// Words that, right after "be" and a participle, open what a state of mind is about ("is concerned that",
    /// "was impressed with", "are worried about"): the participle names its subject's feeling, not a passive.
    static let stateComplements = HashSet64(words: ["that", "about", "with", "over"])
    /// Prepositions that open a verb cue's topic ("boasted of", "apologized for", "calls on", "was asked about",
    /// "lashed out at", "agree with"): right after the cue, before the content, they belong to the cue.
    static let topicPrepositions = HashSet64(words: [
        "of", "for", "on", "about", "at", "with", "upon", "over", "into",
    ])
    /// Nouns in "-ly", never adverbs of a verb group ("The Reeve family said", "the state assembly voted").
    static let lyNouns = HashSet64(words: [
        "family", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully", "folly", "homily", "belly",
    ])
    /// Adverbs that join a cue's verb group between the speaker and the verb besides `Lexicon.cueAuxiliaries` and
    /// the adverbs in "-ly" ("now says", "then added", "have long argued", "both said": PolNeAR marks the group).
    static let verbGroupAdverbs = HashSet64(words: [
        "now", "then", "even", "just", "long", "yet", "only", "ever", "soon", "both", "all",
    ])

    /// Adverbs that credit a clause to unnamed reports (`AdverbCue.swift`).
    /// ("supposedly", "purportedly": mostly the writer's doubt, "the supposedly imminent…", which PolNeAR never marks.)
    static let hearsayAdverbs = ["reportedly", "reputedly"]
    /// Adverbs in "-ly" that a title-case headline's verb group holds ("Donald Trump Finally Endorses…",
    /// `HeadlineCue.swift`): other "-ly" words there may be given names ("Megyn Kelly Says").
    static let headlineAdverbs = HashSet64(words: [
        "finally", "actually", "really", "officially", "quietly", "secretly", "openly", "formally", "suddenly",
        "quickly", "clearly", "directly", "personally", "strongly", "allegedly", "apparently", "reportedly",
    ])
    /// Determiners of one thing, after which a cue word in "-ing" or a singular noun cue is a noun ("One ranking
    /// pegs…", "another report": `isNounUse`).
    static let singularDeterminers = HashSet64(words: ["one", "another", "each", "every"])
    /// Conjunctions joining two clauses after a comma or semicolon ("42% say…, while 47% say…"): a source after
    /// one opens a clause of its own (`contentLimit`). No relative pronoun: "the report, which officials say is
    /// flawed, …" goes on with the clause before it.
    static let clauseJoiners = HashSet64(words: ["and", "but", "while", "whereas", "although", "though", "yet", "or"])
    /// Words that open a subordinate clause: a passive cue inside one ("…five years old when the statement was
    /// signed") has its subject after it.
    static let subordinators = HashSet64(words: [
        "when", "while", "after", "before", "because", "since", "although", "though", "if", "unless", "until",
        "whereas",
    ])

    /// Words of a time or occasion after a trailing cue ("…, the agency reported late Friday.", "…, she said
    /// on Monday night.", "…, it said in a statement this week."): no content of the cue's; weekdays, months and
    /// numbers count too.
    static let timeTailWords = HashSet64(words: [
        "on", "late", "early", "earlier", "last", "this", "next", "past", "week", "weekend", "month", "year",
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "overnight", "ago", "days",
        "weeks", "recently", "in", "a", "an", "statement", "interview", "release",
    ])

    /// Raising verbs: "It seems…", "Trump appeared to enjoy it" — the subject is part of what seems, and the
    /// relation names no source (PolNeAR's even half: 98 such cues without a source, 21 with one).
    static let raisingVerbs = HashSet64(words: [
        "seem", "seems", "seemed", "seeming", "seemingly", "appear", "appears", "appeared", "appearing",
    ])

    /// Words that open the clause a raising verb hedges without "to" (`raisesComplement`): "It appears that the mill
    /// will close", "It seemed like the talks had stalled", "The talks appeared as if they had stalled" (after "as":
    /// "if", "though").
    static let raisingClauseOpeners = HashSet64(words: ["that", "like", "if", "though"])

    /// Degree words between a raising verb and the adjective it links (`raisesComplement`): "Cole appeared somewhat
    /// uneasy", "The firm seemed most concerned with costs"; a word in "-ly" is one too.
    static let raisingDegreeWords = HashSet64(words: [
        "very", "more", "most", "less", "least", "so", "too", "much", "quite", "rather", "pretty", "fairly", "still",
        "even", "almost", "nearly", "all", "somewhat", "not", "far",
    ])

    /// Words after "appeared" that say where, when or how one appeared, no state it links (`raisesComplement`): "She
    /// appeared live on Fox", "Hart appeared twice last week".
    static let appearanceAdverbs = HashSet64(words: [
        "live", "onstage", "twice", "thrice", "online", "alongside", "nationwide", "everywhere", "ahead", "home",
        "regularly", "weekly", "daily", "backstage", "solo", "unannounced",
    ])

    /// Common irregular past tenses: after a clause's subject they open its verb phrase ("The campaign took the
    /// unusual step of…", "Trump made his case, saying…").
    static let irregularPasts = HashSet64(words: [
        "took", "made", "gave", "came", "went", "got", "wrote", "spoke", "led", "ran", "won", "lost", "kept",
        "left", "sent", "spent", "brought", "saw", "met", "began", "became", "stood", "drew", "threw", "struck",
        "sought", "fought", "broke", "chose", "rose", "fell", "paid", "laid", "built", "heard", "meant", "hit",
        "put", "set", "cut", "knew", "grew", "told", "said", "thought", "felt", "held", "found", "flew", "sold",
        "bought", "caught", "taught", "shot", "swore", "wore", "withdrew", "oversaw", "shook", "drove", "rode",
        "forgot", "froze", "hung", "stole", "sank", "swept", "slept", "wept", "fled", "fed", "bred", "sped", "bent",
        "lent", "dealt", "dug", "stuck", "swung", "spun",
    ])

    /// Cue words whose past is their bare form and a noun as well: after a singular subject, before an object, the
    /// past ("The company forecast revenue of about $37.5bn", "The bank forecast that rates would fall"), not the
    /// noun a description modifies ("the company forecast of growth", "the bank forecast in March").
    static let barePastCues = HashSet64(words: ["forecast"])

    /// Forms of speech verbs that are never a noun or an adjective, so a name in "'s" before one is its subject:
    /// "Sainsbury's said", "McDonald's told reporters" (not "claimed", "stated": "Trump's stated goal").
    static let verbOnlyForms = HashSet64(words: [
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "insisted", "insists", "warned", "warns",
        "explained", "explains",
    ])
    /// Prepositions opening where a trailing cue was said ("…, she said at a rally", "reported in the journal X").
    static let placeTailPrepositions = HashSet64(words: ["in", "at", "on", "during", "via"])
    /// Words of a time phrase around a day or a unit ("last week", "Tuesday night", "this year").
    static let timeWords = HashSet64(words: [
        "last", "this", "next", "night", "morning", "afternoon", "evening", "today", "yesterday", "week", "month",
        "year",
    ])
    /// Words of when before a time that closes a relative clause: "whose homes were flooded last winter", "whose
    /// crops failed last summer" (`closingTimeStart`).
    static let timeOpeners = HashSet64(words: ["last", "this", "next", "on", "in", "since", "earlier"])
    /// Seasons, a time after "last" or "this": "last winter", "this summer" (`closingTimeStart`).
    static let seasonWords = HashSet64(words: ["winter", "spring", "summer", "autumn"])

    /// Forms of "speak" and "talk", clause-only cues (`clauseOnlyCues`) that before a place or time preposition
    /// (`adjunctPrepositions`) open an adjunct, not a report: "Speaking at a rally in Ohio, Cole said…", "Cole,
    /// speaking in Dayton, …" (PolNeAR's even half marks none of 40).
    static let talkForms = HashSet64(words: [
        "speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking",
    ])
    /// Forms of "report" that before "from" and a capitalised place credit a correspondent, reporting nothing
    /// ("Phillip reported from Oakland, Calif.", "reporting from Kabul": `isNounUse`).
    static let reportForms = HashSet64(words: ["report", "reports", "reported", "reporting"])
    /// The forms of "talk" that are nouns as often as verbs ("peace talks", "any talk of a walkout"): cues only
    /// after their subject, "to" or a modal (`isNounUse`), and no reporting words (`Lexicon.excluded`), so that a
    /// source or content phrase runs on over them ("people familiar with the talks").
    static let bareTalkWords = ["talk", "talks"]
    static let bareTalkForms = HashSet64(words: bareTalkWords)
    /// Negated forms of "be", after which "talk" is a noun ("isn't just talk").
    static let negatedBeForms = HashSet64(words: ["isn't", "wasn't", "aren't", "weren't"])
    /// Prepositions of place and time after which a form of "speak" or "talk" reports nothing (`talkForms`);
    /// "spoke about", "talked of", "spoke to reporters", "talked with aides" may.
    static let adjunctPrepositions = HashSet64(words: [
        "at", "in", "on", "from", "before", "after", "during", "outside", "inside", "near",
    ])
    /// Prepositions besides `Lexicon.nounPrepositions` after which a cue word that is a noun too and ends in "-s" is
    /// a plural noun, not a verb ("grants to states", "amid reports that", "despite claims of"); "to state" is an
    /// infinitive, so the bare form stays a verb there.
    static let pluralPrepositions = HashSet64(words: [
        "to", "among", "amid", "over", "after", "before", "against", "despite", "without", "between", "following",
    ])
    /// Determiners of amount that only a noun follows ("no plans to", "enough support to pass", "much support"):
    /// a cue word after one is a noun.
    static let nounQuantifiers = HashSet64(words: ["no", "enough", "much", "little"])
    /// Words after which a participle before a noun modifies it, as it does after a preposition ("more pledged
    /// delegates", "among pledged delegates", "fewer committed voters"): comparatives of amount and the
    /// prepositions of a set that `Lexicon.nounPrepositions` leaves out. Not the quantifiers that stand alone as a
    /// subject ("Many expected cuts", "They all agreed reforms were needed", "Most believed taxes would rise").
    static let participleModifierOpeners = HashSet64(words: [
        "more", "fewer", "less", "among", "amongst", "between", "other",
    ])
    /// Superlative adverbs that, after a determiner or an owner, make the participle after them an adjective ("the
    /// least favored candidates", "his most trusted aide"; "Most opposed tax rises" reports).
    static let superlativeAdverbs = HashSet64(words: ["most", "least"])
    /// Adjectives that stand between a determiner and a noun and are no nouns themselves ("the new plans", "her
    /// own plans to…", "a simple call to…", "Subsequent estimates put…"): a cue word after one of them and a
    /// determiner, an owner or another of them is a noun. Nouns in "-al", "-ive" or "-ent" ("the official claims",
    /// "a representative states") are why the list is closed.
    static let nounModifiers = HashSet64(words: [
        "new", "own", "latest", "recent", "earlier", "previous", "initial", "subsequent", "original", "final",
        "further", "additional", "simple", "detailed", "formal", "informal", "public", "private", "broad", "strong",
        "bold", "vague", "repeated", "similar", "same", "widespread", "grassroots", "bipartisan", "overwhelming",
        "unanimous", "ambitious", "various", "numerous",
        // Of a quarrel: "locked in a bitter dispute over pensions".
        "bitter", "long", "lengthy", "protracted", "ongoing", "fierce", "heated", "legal", "industrial", "territorial",
    ])
    /// Words after which a cue word heading a noun phrase is a noun, since no verb takes its object with them:
    /// "support for him has grown", "reports of fraud", "support from 52 percent of voters".
    static let nounComplementOpeners = HashSet64(words: ["of", "for", "from"])
    /// Participles of stance that take a noun phrase for object ("the super PAC supporting Jeb Bush"): right after
    /// the noun they describe, their content ends where the main clause's verb begins (`stanceObject`).
    static let stanceParticiples = HashSet64(words: [
        "supporting", "opposing", "backing", "endorsing", "favoring", "favouring",
    ])
    /// Verbs that with "back" make a retort ("fired back that…", "shot back: “…”", `retortVerb`); alone they are no
    /// speech ("shot a video", "hit a record", "pushed the bill").
    static let retortVerbs = HashSet64(words: [
        "fire", "fires", "fired", "firing", "shoot", "shoots", "shot", "shooting", "hit", "hits", "hitting", "strike",
        "strikes", "struck", "striking", "punch", "punches", "punched", "punching",
    ])
    /// Forms of "make" before "clear" ("made it clear that…", `clearCueVerb`).
    static let makeForms = HashSet64(words: ["make", "makes", "made", "making"])
    /// Verbs that take a cue as their complement, between the subject and the cue: "Cole began asking…", "Cole has
    /// lately started urging…", "Cole tried to argue…" — the subject stands before them.
    static let catenativeVerbs = HashSet64(words: [
        "begin", "begins", "began", "begun", "start", "starts", "started", "stop", "stops", "stopped", "keep",
        "keeps", "kept", "try", "tries", "tried",
    ])
    /// Adjectives that take a cue as their infinitive after "be", between the subject and the cue: "Ministers are
    /// keen to stress…", "Police were unable to say…", "Labour is likely to argue…" — the subject stands before "be"
    /// (`auxiliaryBefore`). Only adjectives whose subject is the one who would speak ("fair", "hard" are left out:
    /// their subject is most often an empty "it").
    static let infinitiveAdjectives = HashSet64(words: [
        "quick", "keen", "eager", "anxious", "careful", "reluctant", "loath", "loth", "hesitant", "willing",
        "unwilling", "ready", "prepared", "determined", "inclined", "disinclined", "likely", "unlikely", "able",
        "unable", "due", "slow", "happy", "glad",
    ])
    /// Verbs that with "on" take a cue as their complement: "Cole went on to say…", "Hart goes on to slam…", "Reeve
    /// kept on arguing…" (`catenativeVerbs` with a particle).
    static let onCatenativeVerbs = HashSet64(words: [
        "go", "goes", "went", "gone", "going", "keep", "keeps", "kept", "keeping", "carry", "carries", "carried",
        "carrying",
    ])

    /// Forms of "attack", a verb of criticism ("The senator attacked the plan as a waste of money") and of force
    /// ("Rebels attacked the northern town on Friday, killing 40 people"): with a target struck, or harm done after
    /// it, an action (`isActionUse`).
    static let attackVerbs = HashSet64(words: ["attack", "attacks", "attacked", "attacking"])
    /// Nouns of what force strikes (`attacksATarget`): "attacked the northern town", "attacked rebel positions".
    static let attackTargets = HashSet64(words: [
        "town", "towns", "city", "cities", "village", "villages", "base", "bases", "camp", "camps", "convoy",
        "convoys", "positions", "post", "posts", "station", "stations", "checkpoint", "checkpoints", "ship", "ships",
        "vessel", "vessels", "tanker", "tankers", "airport", "port", "barracks", "hospital", "hospitals", "school",
        "schools", "mosque", "church", "market", "border", "territory", "outpost", "headquarters", "compound",
        "embassy", "troops", "soldiers", "forces", "patrol", "civilians", "area", "region", "district", "capital",
    ])
    /// Participles of harm done, after a comma following an attack (`attacksATarget`): "…, killing 40 people".
    static let attackHarms = HashSet64(words: [
        "killing", "wounding", "injuring", "destroying", "damaging", "leaving",
    ])

    /// Reflexive pronouns that stress the subject before them ("Sanders himself, who…").
    static let reflexives = HashSet64(words: ["himself", "herself", "themselves", "itself", "myself", "ourselves"])

    @inline(__always) static var ruled: UInt64 { wordHash(literal: "ruled") }
    /// Polities a government rules, after "ruled the" (`rulesAPlace`): "ruled the state for 20 years".
    static let polityNouns = HashSet64(words: [
        "country", "state", "nation", "city", "region", "province", "territory", "island", "kingdom", "empire",
        "republic", "colony", "county", "council",
    ])
    /// Hedges before a figure that opens a finding's clause: "found about 40% of voters were undecided"
    /// (`opensFigureClause`).
    static let figureHedges = HashSet64(words: [
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "just",
    ])

    /// Forms of "be" that are no finite verb ("being questioned", "been told", "to be").
    static let nonFiniteBe = HashSet64(words: ["be", "been", "being"])
    /// Auxiliaries that make a finite verb phrase ("has become", "will run"): no appositive holds one.
    static let finiteAuxiliaries = HashSet64(words: [
        "has", "have", "had", "will", "would", "can", "cannot", "could", "may", "might", "should", "must", "does",
        "did",
    ])

    /// Finite forms of "be", "do" and "have" in the past: the tense of a verb group they open ("was adamant", "did
    /// not recommend", `verbGroupForm`).
    static let pastAuxiliaries = HashSet64(words: [
        "was", "were", "did", "had", "wasn't", "weren't", "didn't", "hadn't",
    ])

    /// Nouns that qualify the noun after "of" ("the kind of campaign"): `roleStart`.
    static let kindNouns = HashSet64(words: ["kind", "sort", "type"])

    /// Abbreviations of US states written after a town ("Tampa, Fla.", "Somerton, Ariz."; a dotted one with its last
    /// period, as the tokenizer keeps it: "Concord, N.H.").
    static let stateAbbreviations = HashSet64(words: [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "s.c.", "s.d.", "w.va.", "r.i.", "d.c.",
    ])
    /// US states written out after a town ("Nashville, Tennessee"), one word each.
    static let stateNames = HashSet64(words: [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "wisconsin", "wyoming",
    ])
    /// Verbs that take in a reaction or a stance from someone ("drew sharp criticism from", "won the backing of"):
    /// the one it comes from is the source, not the subject.
    static let receivingVerbs = HashSet64(words: [
        "draw", "draws", "drew", "drawn", "drawing", "face", "faces", "faced", "facing", "win", "wins", "won",
        "winning", "receive", "receives", "received", "receiving", "get", "gets", "got", "gotten", "earn", "earns",
        "earned", "gain", "gains", "gained", "garner", "garners", "garnered", "attract", "attracts", "attracted",
        "has", "have", "had", "snag", "snagged", "secure", "secured", "enjoy", "enjoys", "enjoyed",
    ])
    /// Nouns of a stance whose holder follows "of" ("the support of").
    static let stanceNouns = HashSet64(words: [
        "support", "backing", "endorsement", "endorsements", "approval", "blessing", "backings",
    ])
    /// Verbs whose object feels what the subject causes ("has angered some Democrats", "did not alarm the
    /// pollster"): the object is the source, PolNeAR's holder of the feeling.
    static let experiencerVerbs = HashSet64(words: [
        "anger", "angers", "angered", "angering", "surprise", "surprises", "surprised", "alarm", "alarms", "alarmed",
        "frustrate", "frustrates", "frustrated", "dismay", "dismays", "dismayed", "infuriate", "infuriates",
        "infuriated", "outrage", "outrages", "outraged", "delight", "delights", "delighted", "disappoint",
        "disappoints", "disappointed", "irritate", "irritates", "irritated", "annoy", "annoys", "annoyed", "bother",
        "bothers", "bothered", "upsets",
    ])
    /// "-ing" words that name a role rather than open a clause ("Guido Schmidt, managing director of…").
    static let roleParticiples = HashSet64(words: [
        "managing", "acting", "ranking", "founding", "presiding", "visiting", "consulting", "outgoing", "incoming",
    ])
    /// Nouns of a share of a group before "of" ("a majority of voters", "half of respondents"): a poll's answer
    /// (`isPollRespondentCue`).
    static let shareNouns = HashSet64(words: [
        "majority", "minority", "plurality", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
        "percent", "percentage", "share", "proportion",
    ])
    /// Nouns naming a poll or a survey, whose respondents' answers are its findings (`isPollRespondentCue`).
    static let pollNouns = HashSet64(words: [
        "poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters", "questionnaire",
    ])
    /// Polls and surveys that "in" frames as the source of a finding ("In a CNN poll, 38 percent…",
    /// `pollFrameCue`); "the polls" alone after "in" is an idiom ("rose in the polls").
    static let framingPollNouns = HashSet64(words: ["poll", "polls", "survey", "surveys"])
    @inline(__always) static var poll: UInt64 { wordHash(literal: "poll") }
    @inline(__always) static var polls: UInt64 { wordHash(literal: "polls") }
    @inline(__always) static var survey: UInt64 { wordHash(literal: "survey") }
    /// "the RealClearPolitics average of New Hampshire polls": one figure from several polls.
    @inline(__always) static var average: UInt64 { wordHash(literal: "average") }
    /// "Many people here say": "here" after a subject and before its verb is no part of the source.
    @inline(__always) static var here: UInt64 { wordHash(literal: "here") }
    @inline(__always) static var including: UInt64 { wordHash(literal: "including") }
    @inline(__always) static var like: UInt64 { wordHash(literal: "like") }
    @inline(__always) static var such: UInt64 { wordHash(literal: "such") }
    /// Adverbs that open a role in apposition ("Dunn, now a partner at…", "Susan Crawford, then his agent").
    static let roleAdverbs = HashSet64(words: ["now", "then", "formerly", "once", "later"])

    /// Prepositions that open an adjunct on an -ing form, whose subject is the clause's ("In declaring…, the
    /// pope…", "Ramos replied by tweeting…").
    static let participleAdjuncts = HashSet64(words: [
        "in", "by", "after", "while", "before", "when", "since", "without",
    ])

    /// Words opening a parenthesis that adds members to a source before its cue ("Local nurses, including Ann
    /// Cole, said", "Ann Cole, along with Tom Hart, says", "Critics, such as Ann Cole, say"): PolNeAR's source
    /// takes it. "along", "together" and "such" open it only with the word after them (`inclusionPartners`).
    static let inclusionOpeners = HashSet64(words: ["including", "like", "along", "together", "such"])
    /// The word after "along"/"together" ("with") or "such" ("as").
    static let inclusionPartners = HashSet64(words: ["with", "as"])

    /// Connective and sentence adverbs that open a clause before a comma ("Nonetheless, …", "Separately, …"):
    /// capitalised there, `isAdverbLike` does not read them (`opensAdverbial`).
    static let connectiveAdverbs = HashSet64(words: [
        "nonetheless", "nevertheless", "therefore", "thus", "hence", "likewise", "besides", "otherwise", "rather",
        "regardless", "accordingly", "still", "now", "today", "yesterday", "overall", "instead", "meanwhile",
        "separately", "similarly", "additionally", "ultimately", "notably", "finally", "importantly",
        "unfortunately", "interestingly", "consequently", "conversely", "specifically", "initially", "originally",
        "eventually", "currently", "recently", "previously", "clearly", "obviously", "apparently", "however",
        "though",
    ])
    /// Prepositions that carry a clause's subject on to a noun ("The deputy head of the delegation to the forum",
    /// "officials in the FBI and at the Justice Department", "Groups outside the party", "Critics within the party").
    static let subjectTailPrepositions = HashSet64(words: [
        "of", "for", "at", "in", "from", "to", "with", "among", "across", "inside", "within", "outside",
        "throughout", "around", "beyond", "near", "on", "under",
    ])

    /// The prepositions of `subjectTailPrepositions` that place what they govern ("a lawmaker in the Philippines", "a
    /// supporter from Hemet"): a name after one of them inside a source phrase is a place, not a speaker.
    static let locativePrepositions = HashSet64(words: [
        "in", "from", "across", "inside", "within", "outside", "throughout", "around", "beyond", "near", "under",
    ])

    /// Capitalised labels with a colon that do not name a speaker ("UPDATE:", "Photo:", "BYLINE: Amber Phillips"),
    /// and a headline's kickers ("Breaking: …", "Wow: …", "Look: …", "Paid Notice: Deaths").
    static let notSpeakerLabels = HashSet64(words: [
        "update", "updated", "note", "editor's", "correction", "watch",
        "read", "related", "photo", "photos", "video", "source", "sources", "warning", "breaking", "exclusive",
        "live", "pic", "ps", "p.s.", "byline", "dateline", "credit", "caption", "wow", "look", "listen", "bombshell",
        "analysis", "opinion", "editorial", "explainer", "transcript", "paid", "advertisement", "sponsored", "short",
    ])
    /// A headline's kickers besides those labels, as the first or the last word before its colon ("Latest on the
    /// inquiry: …", "DVD review: …"): no speaker (`headlineColonSpeaker`).
    static let headlineKickers = HashSet64(words: [
        "latest", "more", "focus", "spotlight", "inside", "review", "preview", "profile", "interview", "obituary",
        "column", "quiz", "timeline", "factbox", "recap",
    ])
}
// MARK: The learned cue tagger's lexicon (`CueTagger.train`): words the tagger judges even if training never saw them.

extension AttributionWords {
    /// Base forms of verbs of saying: every inflection counts (`ReportingVerbs.inflections`).
    static let communicationVerbs = [
        "say", "tell", "speak", "talk", "state", "claim", "argue", "assert", "contend", "insist", "maintain",
        "declare", "announce", "add", "note", "explain", "describe", "report", "reveal", "disclose", "confirm",
        "deny", "acknowledge", "admit", "concede", "confess", "warn", "caution", "urge", "ask", "question", "query",
        "answer", "reply", "respond", "retort", "counter", "suggest", "propose", "recommend", "advise", "mention",
        "remark", "comment", "observe", "emphasize", "emphasise", "stress", "repeat", "reiterate", "recall",
        "complain", "protest", "object", "lament", "grumble", "criticize", "criticise", "praise", "blame", "accuse",
        "allege", "charge", "condemn", "denounce", "defend", "challenge", "dispute", "contest", "promise", "pledge",
        "vow", "threaten", "predict", "forecast", "estimate", "project", "boast", "brag", "joke", "quip", "tweet",
        "retweet", "post", "write", "testify", "signal", "hint", "imply", "cite", "quote", "call", "label", "brand",
        "dub", "term", "characterize", "characterise", "portray", "apologize", "apologise", "thank", "congratulate",
        "applaud", "hail", "slam", "attack", "blast", "decry", "rebut", "refute", "clarify", "specify", "assure",
        "reassure", "inform", "notify", "remind", "convince", "persuade", "agree", "disagree", "concur", "affirm",
        "reaffirm", "proclaim", "pronounce", "swear", "guarantee", "speculate", "theorize", "theorise", "posit",
        "plead", "beg", "demand", "request", "order", "instruct", "press", "lobby", "advocate", "champion", "tout",
        "promote", "pitch", "detail", "outline", "summarize", "summarise", "mock", "ridicule", "deride", "scoff",
        "taunt", "tease", "chide", "scold", "rebuke", "reprimand", "lambast", "lambaste", "castigate", "fault",
        "berate", "assail", "whisper", "shout", "yell", "scream", "mutter", "exclaim", "sigh", "recount", "relate",
        "narrate", "preach", "lecture", "debate", "discuss", "voice", "express", "echo", "raise", "vouch", "attest",
        "certify", "divulge", "leak", "rail", "fume", "gush", "marvel", "muse", "opine", "interject",
        "snap", "bemoan", "hedge", "waffle", "equivocate", "downplay", "dismiss",
        "contradict", "correct", "insinuate", "publish", "issue", "release", "unveil",
    ]
    /// Base forms of verbs of thinking and knowing.
    static let cognitionVerbs = [
        "believe", "think", "know", "consider", "regard", "view", "expect", "anticipate", "assume", "presume",
        "suppose", "suspect", "doubt", "wonder", "understand", "realize", "realise", "recognize", "recognise",
        "remember", "forget", "imagine", "guess", "reckon", "figure", "judge", "deem", "feel", "sense", "learn",
        "discover", "determine", "decide", "conclude", "trust", "accept", "ponder", "contemplate", "weigh", "mull",
        "envision", "envisage", "foresee", "worry", "fear", "dread", "regret", "appreciate", "perceive", "interpret",
        "bet", "calculate", "gauge", "assess", "evaluate", "infer", "deduce", "surmise", "question", "reason",
        "grasp", "see", "predict", "estimate",
    ]
    /// Base forms of verbs of perceiving, and of what shows or proves.
    static let perceptionVerbs = [
        "see", "hear", "watch", "notice", "observe", "witness", "find", "show", "reveal", "indicate", "suggest",
        "demonstrate", "prove", "establish", "confirm", "document", "highlight", "illustrate", "underscore",
        "underline", "point", "signal", "detect", "spot", "uncover",
    ]
    /// Base forms of verbs of wanting, intending, and standing for or against.
    static let intentionVerbs = [
        "want", "hope", "wish", "plan", "intend", "aim", "seek", "mean", "desire", "strive", "vow", "pledge",
        "promise", "threaten", "refuse", "decline", "agree", "offer", "propose", "prefer", "favor", "favour",
        "love", "hate", "dislike", "welcome", "resent", "oppose", "support", "back", "endorse", "embrace",
        "reject", "demand", "expect", "need", "fear", "worry", "care", "push", "insist", "resist", "object",
        "applaud", "celebrate", "cheer", "lament", "mourn", "regret",
    ]
    /// Irregular verb forms of the verbs above, not derived by `ReportingVerbs.inflections`.
    static let irregularCueVerbs = [
        "said", "told", "wrote", "written", "spoke", "spoken", "swore", "sworn", "saying", "thought", "knew", "known",
        "understood", "forgot", "forgotten", "foresaw", "foreseen", "felt", "learnt", "saw", "seen", "heard", "found",
        "shown", "showed", "proven", "meant", "sought", "fought", "wanted",
    ]
    /// Nouns of what was said or written (singular; the plural counts too).
    static let speechNouns = [
        "statement", "remark", "comment", "interview", "report", "testimony", "speech", "address", "announcement",
        "declaration", "tweet", "post", "message", "letter", "memo", "email", "note", "editorial", "op-ed",
        "column", "essay", "book", "memoir", "article", "transcript", "release", "briefing", "conference",
        "debate", "conversation", "call", "podcast", "broadcast", "video", "advertisement", "commercial", "account",
        "version", "story", "quote", "quotation", "words", "explanation", "description", "answer", "reply",
        "response", "retort", "rebuttal", "question", "query", "request", "demand", "appeal", "plea", "claim",
        "assertion", "argument", "allegation", "accusation", "charge", "denial", "admission", "acknowledgment",
        "acknowledgement", "confirmation", "warning", "threat", "promise", "pledge", "vow", "prediction",
        "forecast", "estimate", "projection", "suggestion", "proposal", "recommendation", "advice", "criticism",
        "critique", "praise", "attack", "complaint", "protest", "objection", "endorsement", "apology", "defense",
        "defence", "insistence", "assurance", "guarantee", "rhetoric", "language", "signal", "hint", "indication",
        "finding", "conclusion", "verdict", "judgment", "judgement", "assessment", "analysis", "poll", "survey",
        "study", "evidence", "remarks", "comments", "statements", "testimonies", "findings", "analyses", "studies",
        "replies", "pleas", "rebuke", "condemnation", "announcements", "disclosure", "revelation", "report",
        "op-eds", "boast", "joke", "quip", "retweet", "speculation", "insinuation", "characterization", "refusal",
    ]
    /// Nouns of a state of mind or a stance (singular; the plural counts too).
    static let attitudeNouns = [
        "view", "belief", "opinion", "position", "stance", "perspective", "thinking", "thought", "idea", "notion",
        "sense", "feeling", "impression", "understanding", "assumption", "expectation", "hope", "fear", "concern",
        "worry", "doubt", "suspicion", "skepticism", "scepticism", "confidence", "conviction", "certainty",
        "optimism", "pessimism", "desire", "wish", "intention", "intent", "plan", "goal", "aim", "ambition",
        "determination", "willingness", "reluctance", "support", "opposition", "approval", "disapproval",
        "backing", "resistance", "preference", "commitment", "anger", "frustration", "outrage", "dismay", "alarm",
        "surprise", "disappointment", "satisfaction", "displeasure", "regret", "sympathy", "agreement",
        "disagreement", "consensus", "vision", "outlook", "perception", "awareness", "knowledge", "recognition",
        "memory", "priority", "enthusiasm", "admiration", "contempt", "disdain", "distrust", "mistrust", "trust",
        "faith", "interest", "insistence", "objection", "resolve", "appetite", "opinions", "beliefs", "views",
    ]
    /// Adjectives of a state of mind ("is confident that", "was skeptical of").
    static let stanceAdjectives = [
        "confident", "sure", "certain", "convinced", "aware", "unaware", "skeptical", "sceptical", "optimistic",
        "pessimistic", "worried", "concerned", "afraid", "fearful", "hopeful", "eager", "keen", "willing",
        "unwilling", "reluctant", "determined", "adamant", "critical", "supportive", "opposed", "happy", "glad",
        "pleased", "proud", "sorry", "angry", "upset", "frustrated", "disappointed", "surprised", "shocked",
        "satisfied", "unhappy", "uncertain", "unsure", "doubtful", "insistent", "enthusiastic", "wary", "leery",
        "dismissive", "vocal", "outspoken", "unclear", "clear", "mindful", "cognizant", "suspicious", "resigned",
        "impressed", "alarmed", "troubled", "nervous", "anxious", "fond", "furious", "dubious",
    ]

    /// The tagger's lexicon: the stems (`wordStemHash`) of the words above, verbs in every inflection, nouns in
    /// both numbers (read by `CueTagger.train`, which writes those it keeps into the model's vocabulary).
    static let cueLexicon: [UInt64] = {
        func verbs(_ bases: [String]) -> [String] { bases.flatMap(ReportingVerbs.inflections) }
        func nouns(_ words: [String]) -> [String] { words + words.map { $0.hasSuffix("s") ? $0 + "es" : $0 + "s" } }
        let words =
            verbs(communicationVerbs + cognitionVerbs + perceptionVerbs + intentionVerbs) + irregularCueVerbs
            + nouns(speechNouns + attitudeNouns) + stanceAdjectives
        return Set(words.map(wordStemHash)).sorted()
    }()
}
