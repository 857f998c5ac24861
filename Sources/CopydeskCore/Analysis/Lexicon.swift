/// Word tables for prose analysis — data: which words belong to which `WordClass`, and the single words and
/// small word sets the stages test directly, each computed from its word by `wordHash` (`WordHash.swift`, the
/// lookup mechanism; no hash is written by hand). A word's entry in `classes` is a bit set of `WordClass`es.

/// The reporting verbs recognised by default: every inflection written out, so the table is plain data.
/// Configuration adds more (`AnalysisOptions.extraReportingVerbs`), matched as written.
public enum ReportingVerbs {
    /// Regular verbs: base form; the -s, -ed and -ing forms are derived by `inflections`.
    static let regular = [
        "add", "announce", "argue", "claim", "insist", "state", "note", "explain", "ask", "warn", "acknowledge",
        "allege", "assert", "boast", "comment", "complain", "concede", "conclude", "confirm", "contend", "counter",
        "declare", "describe", "disclose", "emphasize", "emphasise", "indicate", "joke", "mention", "predict",
        "promise", "recall", "remark", "report", "respond", "reveal", "signal", "speculate", "stress", "suggest",
        "tweet", "urge", "vow", "pledge", "believe", "hope", "fear", "expect", "maintain", "recommend", "demand",
        "propose", "accuse", "criticize", "criticise", "blame", "cite", "quote", "estimate", "project", "forecast",
        "call", "post", "observe", "reply", "deny", "testify", "worry", "agree", "answer", "caution", "concur",
        "repeat", "reiterate", "acknowledge", "assure", "charge", "clarify", "complain", "declare", "decry",
        "mention", "question", "theorize", "want", "insist", "lament", "admit", "dispute", "point",
        "hint", "muse", "confess", "shout", "scream", "whisper", "yell", "claim", "wonder", "guess", "conclude",
        "figure",
        "calculate", "peg", "rank", "show", "tell", "say", "write", "find", "think", "know", "feel", "argue",
        "announce", "continue", "echo",
        "thank", "label", "mock", "praise", "dub", "brand", "term", "characterize", "characterise", "deride",
        "slam", "blast", "hail", "tout", "dismiss", "ridicule", "question", "lash", "quip", "chide", "scold",
        "rail", "retort", "snap", "plead", "beg", "read", "insist", "caution", "brag", "complain", "recount",
        "describe", "express", "acknowledge", "mention", "explain", "advise", "suggest", "demand", "order",
        "bemoan", "anticipate", "ponder", "interject", "applaud", "tout", "vow", "predict", "concede",
        "press", "fume", "relate", "surmise", "dictate", "support", "advocate", "favor", "favour", "oppose",
        "endorse", "seek", "intend", "aim", "plan", "urge", "reject", "rule", "identify", "confide",
        "attribute", "imply", "condemn", "consider", "denounce", "discover", "list", "elaborate", "proclaim", "exclaim",
        "remind", "inform", "notify", "alert", "reassure", "scoff", "gripe",
        "grumble", "marvel", "opine", "tease", "taunt", "mutter", "stammer", "talk", "speak", "gush", "sigh", "laugh",
        "rant", "preach", "chant", "cry", "vent", "decline", "refuse", "seem", "appear", "defend", "endorse",
        "insinuate", "recognize", "recognise", "portray", "discuss", "highlight", "assail", "prefer",
        "apologize", "apologise",
        "learn", "decide", "realize", "realise", "affirm", "reaffirm", "purport", "extol",
        "paint", "depict", "understand",
    ]
    /// Irregular or doubled forms written out.
    static let irregular = [
        "said", "told", "wrote", "written", "found", "thought", "knew", "known", "felt", "shown",
        "admitted", "admitting", "admits", "according", "reads", "echoes", "puts",
        "sang", "sings", "sung", "singing", "rapped", "recited", "penned", "crooned", "refers", "referred",
        "referring", "see", "sees", "saw", "preferred", "emailed", "learned", "learnt", "attacked", "attacking",
        "extolled", "extolling",
    ]
    /// Forms dropped from the derived set because they are mostly not speech ("pointing", "figures", "known").
    static let excluded: Set<String> = [
        "figure", "figures", "figuring", "figured",
        "knowing", "known", "post", "posts", "posting",
        "charge", "charges", "charging", "charged", "find", "finding", "counter", "counters", "answer",
        "answers", "talk", "talks", "cry", "cries", "laugh", "laughs", "vent", "vents", "guess", "quote", "question",
        "questions", "show", "shows",
        "feel", "feeling", "term", "terms", "brand", "brands", "label", "labels",
        "hail", "blast", "blasts", "dismiss", "understanding", "understanded",
        // A state and a noun ("Police remained on alert after the fire.", "flood alerts"), an adjective ("The news was
        // reassuring for savers.").
        "alert", "alerts", "reassuring",
    ]

    static func inflections(_ base: String) -> [String] {
        var out = [base]
        let last = base.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "y", let p = base.dropLast().last, !vowels.contains(p) {
            let stem = String(base.dropLast())
            out += [stem + "ies", stem + "ied", base + "ing"]
        } else if last == "e" {
            out += [base + "s", base + "d", String(base.dropLast()) + "ing"]
        } else if ["s", "x", "h"].contains(last) {
            out += [base + "es", base + "ed", base + "ing"]
        } else {
            out += [base + "s", base + "ed", base + "ing"]
            // One vowel before the last consonant: a word of one syllable doubles it before "-ed" and "-ing" ("slam":
            // "slammed", "slamming"; "dub", "peg"), and a final "l" doubles in British spelling ("signal":
            // "signalled", "signalling", besides "signaled").
            let chars = Array(base)
            if chars.count >= 3, !vowels.contains(last), !vowels.contains(chars[chars.count - 3]),
                vowels.contains(chars[chars.count - 2]), !["w", "x", "y"].contains(last)
            {
                let syllables = chars.indices.filter { i in
                    vowels.contains(chars[i]) && (i == 0 || !vowels.contains(chars[i - 1]))
                }
                if syllables.count == 1 || last == "l" {
                    out += [base + String(last) + "ed", base + String(last) + "ing"]
                }
            }
        }
        switch base {
        case "say": out = ["say", "says", "saying"]
        case "tell": out = ["tell", "tells", "telling"]
        case "write": out = ["write", "writes", "writing"]
        case "find": out = ["find", "finds", "finding"]
        case "think": out = ["think", "thinks", "thinking"]
        case "know": out = ["know", "knows", "knowing"]
        case "feel": out = ["feel", "feels", "feeling"]
        case "show": out = ["shows", "showed", "showing", "shown"]
        case "admit": out = ["admit"]
        case "read": out = ["reads", "read"]
        case "snap": out = ["snapped", "snaps"]
        case "quip": out = ["quipped", "quips"]
        case "order": out = ["ordered"]
        case "speak": out = ["speak", "speaks", "spoke", "spoken", "speaking"]
        case "press": out = ["pressed"]
        case "rule": out = ["ruled"]
        case "list": out = ["listed"]
        case "seek": out = ["seek", "seeks", "sought", "seeking"]
        case "plan": out = ["plans", "planned", "planning"]
        case "aim": out = ["aims", "aimed", "aiming"]
        default: break
        }
        return out
    }

    /// Every built-in form, lowercased.
    public static let builtIn: [String] = {
        var seen = Set<String>()
        var out: [String] = []
        for w in regular.flatMap(inflections) + irregular where !excluded.contains(w) && seen.insert(w).inserted {
            out.append(w)
        }
        return out
    }()
}

/// Word classes, as bits of a `UInt32`.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64
    static let reporting = WordClass(rawValue: 1 << 0)
    /// he, she (the pronouns `ambiguous-speaker` is about).
    static let personPronoun = WordClass(rawValue: 1 << 1)
    /// they, it, we, I.
    static let otherPronoun = WordClass(rawValue: 1 << 2)
    /// Abbreviations whose dot never ends a sentence (Mr., Dr., Sen.).
    static let titleAbbrev = WordClass(rawValue: 1 << 3)
    /// Abbreviations whose dot ends a sentence only before a sentence-starting word (Inc., Jan.).
    static let otherAbbrev = WordClass(rawValue: 1 << 4)
    static let honorific = WordClass(rawValue: 1 << 5)
    /// President, senator, spokesman… (a role before a name).
    static let title = WordClass(rawValue: 1 << 6)
    static let orgSuffix = WordClass(rawValue: 1 << 7)
    static let placeSuffix = WordClass(rawValue: 1 << 8)
    /// Words that, capitalised at a sentence start, are not names.
    static let function = WordClass(rawValue: 1 << 9)
    static let magnitude = WordClass(rawValue: 1 << 10)
    static let percent = WordClass(rawValue: 1 << 11)
    static let superlative = WordClass(rawValue: 1 << 12)
    static let forecast = WordClass(rawValue: 1 << 13)
    static let causal = WordClass(rawValue: 1 << 14)
    /// The first word of a two-word causal cue ("due to", "led to").
    static let causalHead = WordClass(rawValue: 1 << 15)
    static let month = WordClass(rawValue: 1 << 16)
    static let timeUnit = WordClass(rawValue: 1 << 17)
    static let currencyWord = WordClass(rawValue: 1 << 18)
    static let vagueSubject = WordClass(rawValue: 1 << 19)
    /// Words that may stand between a speaker and the verb ("also", "has", "later").
    static let speakerSkip = WordClass(rawValue: 1 << 20)
    static let determiner = WordClass(rawValue: 1 << 21)
    static let numberWord = WordClass(rawValue: 1 << 22)
    static let comparative = WordClass(rawValue: 1 << 23)
    static let versionWord = WordClass(rawValue: 1 << 24)
    static let clock = WordClass(rawValue: 1 << 25)
    static let vagueVerb = WordClass(rawValue: 1 << 26)
    static let passiveParticiple = WordClass(rawValue: 1 << 27)
    static let vagueAdverb = WordClass(rawValue: 1 << 28)
    static let continuity = WordClass(rawValue: 1 << 29)
    /// Nouns that can speak: report, study, statement, spokesman…
    static let speakingNoun = WordClass(rawValue: 1 << 30)
    static let recordWord = WordClass(rawValue: 1 << 31)
    static let judgement = WordClass(rawValue: 1 << 32)
    static let beOrWidely = WordClass(rawValue: 1 << 33)
    static let sourceNoun = WordClass(rawValue: 1 << 34)
    static let intentionNoun = WordClass(rawValue: 1 << 35)
    static let possessivePronoun = WordClass(rawValue: 1 << 36)
    static let particle = WordClass(rawValue: 1 << 37)
    static let weekday = WordClass(rawValue: 1 << 38)
    /// Verbs of speech proper (said, told, wrote…), a subset of `reporting`.
    static let speech = WordClass(rawValue: 1 << 39)
    /// Well-known places and organisations that news names with one word (a small gazetteer).
    static let knownPlace = WordClass(rawValue: 1 << 40)
    static let knownOrganization = WordClass(rawValue: 1 << 41)
    /// Words after which a quoted phrase opening in lower case is part of the writer's own sentence, not a
    /// direct quote: determiners ("the “longest standoff…”"), prepositions ("a request for “records…”"),
    /// coordinators ("“Wilayat Twitter” or “the province of Twitter”") and naming verbs ("dubbed “…”").
    static let phraseHead = WordClass(rawValue: 1 << 42)
    /// Title abbreviations that stand before a number ("No. 2", "Nos. 3 and 4"): their dot ends the sentence when
    /// no number follows ("voted no. Reps. Lee…").
    static let numberAbbrev = WordClass(rawValue: 1 << 55)
    /// Parties and their members' plurals that end a party's name (`EntityWords.partyNameWords`).
    static let partyName = WordClass(rawValue: 1 << 57)
    /// Nouns of a kind of organisation that describe a name after them (`EntityWords.organisationDescriptors`).
    static let organisationDescriptor = WordClass(rawValue: 1 << 58)
    /// A word that may start a claim cue: one of `ClaimWords.lists` with a class of `ClaimWordClass.anyCueStart`. The
    /// claim scan reads this bit of every word's token, not the claim table. (The top bit, apart from the classes the
    /// word lists here and in `AttributionWords.swift` number upwards.)
    static let claimCueStart = WordClass(rawValue: 1 << 63)
    /// A word of `VagueWords.lists`: the vague scan reads this bit of every word's token, not the vague table. (Next
    /// to `claimCueStart`, for the same reason.)
    static let vagueListed = WordClass(rawValue: 1 << 62)
}

enum Lexicon {
    /// The word lists by class (`tableList`): built once, from a literal not worth optimising.
    static let tables = tableList()

    /// The literal of `tables`. Not optimised: the optimiser took minutes over a literal of a thousand strings in
    /// one function (the fuzz and sanitizer builds in CI most), for code that runs once.
    @_optimize(none) private static func tableList() -> [(WordClass, [String])] {
        [
            (.reporting, ReportingVerbs.builtIn),
            (.personPronoun, ["he", "she"]),
            (.otherPronoun, ["they", "it", "we", "i"]),
            (
                .titleAbbrev,
                [
                    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                    "rev", "hon", "pres", "supt", "det", "st", "messrs", "mt", "ft", "adm", "cmdr", "maj", "cpl",
                    "insp", "fr", "sr", "jr", "no", "nos", "vs", "v", "approx", "dept", "est", "fig", "vol",
                    "ald", "atty", "assn", "ave", "blvd", "rd", "sens", "reps", "govs",
                ]
            ),
            (.numberAbbrev, ["no", "nos"]),
            (
                .otherAbbrev,
                [
                    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jan", "feb", "mar", "apr", "jun", "jul",
                    "aug", "sep", "sept", "oct", "nov", "dec", "etc", "al", "u.s.", "u.k.", "u.n.", "e.u.",
                    "a.m.", "p.m.", "d.c.", "e.g.", "i.e.", "ph.d.", "n.y.", "l.a.",
                ]
            ),
            (
                .honorific,
                [
                    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "messrs",
                    "madam", "mister",
                ]
            ),
            (
                .title,
                [
                    "president", "president-elect", "senator", "sen", "secretary", "governor", "gov", "representative",
                    "rep", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "director", "minister", "judge",
                    "justice", "mayor", "general", "gen", "pope", "king", "queen", "prince", "princess", "spokesman",
                    "spokeswoman", "spokesperson", "analyst", "economist", "lawyer", "attorney", "founder",
                    "co-founder", "chief", "executive", "commissioner", "ambassador", "sheriff", "detective",
                    "officer", "candidate", "nominee", "congressman", "congresswoman", "leader", "speaker",
                    "premier", "chancellor", "councilman", "councilwoman", "strategist", "adviser", "advisor",
                    "professor", "prof", "dr", "reverend", "rev", "lt", "col", "sgt", "capt", "captain",
                    "lieutenant", "colonel", "sergeant", "admiral", "commander", "chairperson", "manager",
                    "editor", "columnist", "correspondent", "reporter", "host", "author", "pastor", "bishop",
                    "rabbi", "activist", "aide", "vice", "deputy", "former", "sec", "vice-president", "vice-chairman",
                    "vice-chancellor", "vice-premier",
                    // British local government and police ranks: "Cllr Adrian Robson", "Det Insp Mark Cuthbert"
                    "councillor", "councilor", "cllr", "insp", "superintendent", "supt", "det",
                    "constable", "coroner",
                    // peerages: a peer's title and name are the full style ("Lord Falconer", "Baroness Hale")
                    "lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess",
                ]
            ),
            (
                .orgSuffix,
                [
                    "group", "holding", "holdings", "inc", "corp", "corporation", "co", "company", "ltd", "llc",
                    "plc", "bank", "university", "college", "party", "committee", "department", "ministry",
                    "agency", "association", "institute", "foundation", "times", "post", "journal", "news",
                    "network", "council", "commission", "administration", "bureau", "court", "congress",
                    "senate", "house", "fund", "trust", "union", "federation", "organization", "organisation",
                    "center", "centre", "service", "services", "systems", "technologies", "partners", "capital",
                    "securities", "industries", "motors", "airlines", "&", "reserve", "board", "office",
                    "police", "army", "navy", "campaign", "club", "magazine", "review", "press", "media",
                    "channel", "tribune", "herald", "bros", "brothers", "international", "worldwide", "labs",
                    "pictures", "records", "society", "league", "caucus", "coalition", "alliance", "school",
                    "hospital", "church", "gazette", "daily", "reuters", "retail", "inc.", "chamber", "centers",
                    "authority", "consortium", "parliament", "assembly", "exchange", "airways", "railways", "rail",
                    "trains", "museum",
                    "gallery", "theatre", "theater", "orchestra", "academy", "institution", "forum",
                    "tribunal", "guard", "corps", "cabinet", "government", "regulator", "watchdog", "utilities",
                    "pharmaceuticals", "studios", "entertainment", "communications", "radio", "television",
                ]
            ),
            (
                .placeSuffix,
                [
                    "city", "county", "state", "states", "street", "avenue", "river", "island", "islands",
                    "tower", "square", "park", "valley", "mountain", "mountains", "lake", "bay", "beach",
                    "province", "region", "district", "airport", "bridge", "road", "hall", "building",
                    "plaza", "coast", "kingdom", "republic", "east", "west", "north", "south",
                ]
            ),
            (
                .function,
                [
                    "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "nor", "if", "when",
                    "while", "however", "in", "on", "at", "for", "of", "to", "from", "by", "with", "after",
                    "before", "as", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
                    "our", "my", "your", "there", "here", "what", "which", "who", "whom", "whose", "why", "how",
                    "where", "also", "although", "though", "because", "since", "so", "yet", "some", "many",
                    "most", "all", "any", "each", "every", "no", "not", "now", "then", "today", "yesterday",
                    "tomorrow", "last", "next", "one", "two", "three", "few", "several", "more", "less", "such",
                    "other", "others", "both", "either", "neither", "still", "even", "just", "only", "once",
                    "meanwhile", "moreover", "furthermore", "instead", "indeed", "yes", "well", "perhaps",
                    "maybe", "according", "despite", "during", "under", "over", "about", "until", "unless",
                    "among", "between", "through", "without", "within", "against", "into", "onto", "upon",
                    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                    "would", "can", "could", "should", "may", "might", "must", "shall", "let", "said", "says",
                    "asked", "told", "editor's", "note", "read", "related", "see", "please", "thanks", "thank",
                    "like", "unlike", "whether", "than", "again", "already", "almost", "nearly", "around",
                    "across", "along", "amid", "beyond", "toward", "towards", "behind", "above", "below",
                    "inside", "outside", "ago", "later", "earlier", "first", "second", "third", "finally",
                    "overall", "together", "while", "whatever", "whoever", "nothing", "everything",
                    "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "none", "much", "another",
                    "whenever", "wherever", "aides", "witnesses", "residents", "voters", "supporters", "many",
                    "very", "too", "often", "sometimes", "never", "always", "hey", "oh", "ok", "okay", "no.",
                    "don't", "it's", "that's", "there's", "i'm", "we're", "they're", "he's", "she's", "let's",
                    "sources", "experts", "critics", "officials", "analysts",
                    "people", "some", "photo", "video", "update", "watch", "here's", "what's", "why", "whose",
                ]
            ),
            (
                .magnitude,
                [
                    "million", "billion", "trillion", "bn", "mn", "tn", "mln", "bln", "millions", "billions",
                    "trillions",
                ]
            ),
            (.percent, ["percent", "per", "pct", "percentage", "%"]),
            (
                .superlative,
                [
                    "largest", "biggest", "highest", "lowest", "fastest", "richest", "wealthiest", "poorest",
                    "deadliest", "greatest", "smallest", "longest", "strongest", "weakest", "cheapest",
                    "costliest", "worst", "best-selling", "most-watched", "hottest", "coldest", "oldest",
                    "busiest", "fastest-growing", "worst-ever", "best-ever", "first-ever", "largest-ever",
                    "unprecedented", "all-time", "top-selling", "most-visited", "lowest-ever",
                    "highest-ever",
                ]
            ),
            (.recordWord, ["record", "records", "record-high", "record-low", "record-breaking", "record-setting"]),
            (
                .forecast,
                [
                    "will", "forecast", "forecasts", "expects", "expected", "projected", "projects", "predicts",
                    "predicted", "estimates", "estimated", "anticipated", "anticipates", "projection",
                    "projections", "outlook", "target", "targets", "aims", "plans", "expect",
                ]
            ),
            (.causal, ["because", "caused", "causing", "therefore", "consequently", "hence"]),
            (
                .causalHead,
                [
                    "due", "led", "leads", "lead", "result", "resulted", "thanks", "contributed",
                    "contributes", "blamed", "owing", "driven", "fueled", "fuelled", "sparked", "triggered",
                ]
            ),
            (
                .month,
                [
                    "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec",
                ]
            ),
            (
                .timeUnit,
                [
                    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                    "year-old", "years-old", "year-olds",
                ]
            ),
            (
                .currencyWord,
                [
                    "dollars", "dollar", "euros", "euro", "pounds", "yuan", "yen", "rupees", "usd", "eur",
                    "gbp", "cents", "pesos", "francs", "rubles", "roubles", "won", "rmb",
                ]
            ),
            (
                .vagueSubject,
                [
                    "sources", "source", "experts", "critics", "observers", "insiders", "some", "many",
                    "others", "people", "commentators", "pundits", "analysts", "rumors", "rumours", "reports",
                    "everyone", "everybody", "skeptics", "sceptics", "supporters", "opponents", "detractors",
                ]
            ),
            (
                .vagueVerb,
                [
                    "say", "says", "said", "believe", "believes", "believed", "argue", "argues", "argued",
                    "think", "thinks", "claim", "claims", "claimed", "suggest", "suggests", "suggested",
                    "contend", "contends", "feel", "feels", "fear", "fear", "insist", "insist", "warn", "warned",
                    "told", "tell", "worry", "note", "noted", "speculate", "agree", "agreed", "charge",
                    "maintain", "allege", "alleged", "assert", "suspect", "suspects", "saying", "predict",
                    "indicate", "indicated", "argue", "fear", "insist", "believed", "thought", "feared",
                ]
            ),
            (
                .passiveParticiple,
                [
                    "said", "believed", "understood", "thought", "reported", "claimed", "alleged",
                    "rumored", "rumoured", "known", "estimated", "expected", "feared", "suspected",
                    "argued", "suggested", "speculated",
                ]
            ),
            (.vagueAdverb, ["reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "apparently"]),
            (
                .speakerSkip,
                [
                    "also", "previously", "later", "then", "recently", "repeatedly", "publicly", "has", "have",
                    "had", "would", "will", "once", "often", "further", "again", "earlier", "privately",
                    "flatly", "simply", "had", "reportedly", "has", "last", "week", "month", "year", "on",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "just",
                    "initially", "first", "separately", "quickly", "frequently", "openly", "told", "even",
                    "never", "always", "now", "still", "already", "subsequently", "similarly", "likewise",
                    "tuesday's", "yesterday", "today", "explicitly", "angrily", "bluntly", "correctly",
                    "rightly", "wrongly", "falsely", "famously", "boldly", "sharply", "emphatically", "is",
                    "was", "are", "were", "been", "being", "be", "did", "does", "do", "not", "n't", "had",
                    "may", "might", "could", "should", "must", "can", "also", "then", "frequently", "long",
                    "seldom", "sometimes", "ever", "soon", "twice", "instead", "meanwhile", "nonetheless",
                    "nevertheless", "otherwise",
                ]
            ),
            (
                .determiner,
                [
                    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our",
                    "one", "another", "some", "many", "several", "two", "three", "both", "my", "your",
                    "whose", "each", "every",
                ]
            ),
            (
                .numberWord,
                [
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                    "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half",
                    "a", "tens",
                ]
            ),
            (
                .comparative,
                [
                    "more", "over", "fewer", "least", "nearly", "almost", "roughly", "approximately",
                    "than", "upwards", "excess", "least",
                ]
            ),
            (
                .versionWord,
                [
                    "version", "v", "ios", "android", "windows", "macos", "release", "update", "python",
                    "swift", "firmware", "build", "patch", "chapter", "section", "article", "page", "pages",
                    "no", "number", "route", "highway", "interstate", "flight", "room", "amendment", "title",
                    "paragraph", "verse", "episode", "season", "vol", "volume", "issue", "grade", "level",
                    "category", "class", "act", "bill", "resolution", "h.r.", "s.", "district", "precinct",
                    "ward", "unit", "model", "series", "phase", "day", "week", "game", "round", "stage",
                    "step", "item", "figure", "table", "line", "exit", "apartment", "suite", "box", "#",
                ]
            ),
            (
                .clock,
                [
                    "a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "est", "et", "pt", "edt", "pdt", "bst",
                    "cet", "noon", "midnight",
                ]
            ),
            (
                .continuity,
                [
                    "also", "additionally", "moreover", "furthermore", "further", "continued", "added",
                    "went", "addition", "too", "likewise", "similarly",
                ]
            ),
            (
                .speakingNoun,
                [
                    "report", "study", "statement", "survey", "poll", "analysis", "data", "figures",
                    "research", "review", "audit", "document", "documents", "memo", "letter", "filing",
                    "complaint", "lawsuit", "indictment", "spokesman", "spokeswoman", "spokesperson",
                    "official", "officials", "aide", "aides", "campaign", "company", "agency", "department",
                    "ministry", "government", "administration", "police", "prosecutors", "investigators",
                    "researchers", "scientists", "economists", "analysts", "authorities", "statistics",
                    "census", "estimates", "book", "article", "website", "release", "paper", "ad", "ads",
                    "clause", "law", "act", "bill", "rule", "rules", "regulation", "resolution", "provision",
                    "slogan", "sign", "banner", "headline", "caption", "motto", "tweet", "email", "message",
                    "commercial", "video", "speech", "remarks", "interview", "op-ed", "editorial", "column",
                    "essay", "transcript", "petition", "platform", "manifesto", "text", "post", "blog",
                    "ruling", "opinion", "order", "guidelines", "policy", "announcement", "press",
                ]
            ),
        ]
    }

    /// Named evidence that sources a figure in its sentence ("a CBS News poll", "FEC filings", "census data").
    static let sourceNounsWords: [String] = [
        "poll", "polls", "polling", "survey", "surveys", "study", "studies",
        "report", "reports", "data", "filings", "filing", "census", "statistics", "records", "documents",
        "analysis", "estimates", "estimate", "ranking", "rankings", "average", "index", "audit", "research",
        "forecasts", "projections", "tally", "count", "figures", "disclosure", "disclosures", "statement",
        "release", "database", "tracker", "model", "survey's", "poll's", "report's", "study's", "statements",
        "pollster", "pollsters", "pollster's",
    ]

    /// Nouns whose content belongs to someone ("Trump's plan to deport 11 million", "her proposal for $25 billion").
    static let intentionNounsWords: [String] = [
        "plan", "plans", "proposal", "proposals", "pledge", "pledges",
        "promise", "promises", "vow", "call", "calls", "demand", "demands", "argument", "arguments", "claim", "claims",
        "assertion", "belief", "position", "platform", "agenda", "budget", "proposed", "goal", "goals", "estimate",
        "prediction", "predictions", "projection", "view", "views", "contention", "allegation", "allegations",
        "charge", "charges", "accusation", "suggestion", "suggestions", "idea", "ideas", "vision", "promised", "pitch",
        "offer", "bill", "campaign", "assessment", "analysis", "calculation", "calculations", "figures", "numbers",
        "math", "tally", "count", "estimates", "remarks", "comments", "speech", "statement", "testimony", "answer",
        "response", "point", "contention", "notion", "thesis", "theory", "statements", "outlook", "outlooks",
        "forecast",
    ]
    /// Participles of judgement that, after a form of "be" or "widely", report an unnamed opinion.
    static let judgementParticiplesWords: [String] = [
        "recognized", "recognised", "considered", "regarded",
        "viewed", "seen", "referred", "described", "deemed", "billed", "touted", "hailed", "reckoned",
        "acknowledged", "rumored", "rumoured",
    ]
    static let beOrWidelyWords: [String] = [
        "is", "are", "was", "were", "been", "being", "be", "widely", "generally",
        "often", "commonly", "long", "frequently", "universally", "largely",
    ]

    static let phraseHeadWords: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her",
        "their", "its", "our", "my", "your", "whose", "such", "of", "for", "to", "as", "about", "with", "from",
        "by", "in", "on", "into", "onto", "like", "than", "at", "over", "against", "without", "under", "toward",
        "towards", "or", "and", "nor", "called", "dubbed", "labeled", "labelled", "termed", "nicknamed",
        "branded", "titled", "entitled", "named", "deemed", "coined",
    ]

    static let classes: HashTable = {
        var d: [UInt64: UInt64] = [:]
        for (cls, words) in tables + extraTables() + AttributionWords.tables + entityWords {
            for w in words { d[wordHash(w), default: 0] |= cls.rawValue }
        }
        for (cls, words) in ClaimWords.lists where !cls.isDisjoint(with: ClaimWordClass.anyCueStart) {
            for w in words { d[wordHash(w), default: 0] |= WordClass.claimCueStart.rawValue }
        }
        for (_, words) in VagueWords.lists {
            for w in words { d[wordHash(w), default: 0] |= WordClass.vagueListed.rawValue }
        }
        return HashTable(d)
    }()

    /// The classes' own word lists beyond `tables`: a literal left unoptimised, as `tableList`'s is.
    @_optimize(none) private static func extraTables() -> [(WordClass, [String])] {
        [
            (.sourceNoun, sourceNounsWords), (.intentionNoun, intentionNounsWords),
            (.judgement, judgementParticiplesWords),
            (.beOrWidely, beOrWidelyWords), (.phraseHead, phraseHeadWords),
            (.possessivePronoun, ["his", "her", "their", "its", "our", "my", "your"]),
            (
                .particle,
                [
                    "de", "van", "von", "bin", "al", "da", "du", "la", "le", "der", "del", "di", "dos", "das",
                    "ibn", "ben", "st", "den", "los", "las",
                ]
            ),
            (
                .speech,
                [
                    "say", "says", "said", "saying", "told", "tells", "added", "adds", "stated", "states", "wrote",
                    "writes", "noted", "notes", "explained", "explains", "asked", "asks", "warned", "warns",
                    "argued", "argues", "claimed", "claims", "insisted", "insists", "continued", "replied",
                    "replies", "responded", "recalled", "declared", "announced", "acknowledged", "admitted",
                    "admits", "tweeted", "posted", "testified", "emphasized", "stressed", "observed",
                    "remarked", "quipped", "conceded", "confirmed", "countered", "predicted", "promised",
                    "suggested", "urged", "vowed", "commented", "cautioned", "complained", "concluded",
                    "according", "echoed", "shouted", "answered", "proclaimed", "exclaimed", "opined", "muttered",
                    "informed", "informs", "notified", "notifies", "alerted", "reassured", "reassures",
                ]
            ),
            (
                .knownPlace,
                [
                    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
                    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
                    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
                    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
                    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
                    "virginia", "washington", "wisconsin", "wyoming", "america", "us", "u.s.", "usa", "uk", "u.k.",
                    "uae",
                    "china", "russia",
                    "iran", "iraq", "syria", "israel", "mexico", "canada", "japan", "india", "germany",
                    "france", "britain", "england", "europe", "asia", "africa", "beijing", "moscow",
                    "london", "paris", "tokyo", "brussels", "tehran", "kabul", "baghdad", "damascus",
                    "jerusalem", "philadelphia", "chicago", "boston", "detroit", "houston", "miami",
                    "atlanta", "denver", "seattle", "pyongyang", "kremlin", "pentagon", "vatican",
                    "ukraine", "turkey", "egypt", "libya", "cuba", "korea", "brazil", "italy", "spain",
                    "greece", "afghanistan", "pakistan", "venezuela", "taiwan", "gaza", "manhattan",
                    "brooklyn", "hollywood",
                    // Countries, nations and regions, and cities in world news, named with one word (none that is as
                    // often a person's or a common word: "Jordan", "Chad", "Florence", "Nice", "Reading").
                    "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
                    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize",
                    "benin", "bhutan", "bolivia", "bosnia", "botswana", "brunei", "bulgaria", "burundi", "cambodia",
                    "cameroon", "chile", "colombia", "congo", "croatia", "cyprus", "denmark", "djibouti", "ecuador",
                    "eritrea", "estonia", "ethiopia", "fiji", "finland", "gabon", "gambia", "ghana", "guatemala",
                    "guyana", "haiti", "honduras", "hungary", "iceland", "indonesia", "ireland", "jamaica",
                    "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
                    "liberia", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
                    "maldives", "mali", "malta", "mauritania", "mauritius", "moldova", "monaco", "mongolia",
                    "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands",
                    "nicaragua", "nigeria", "norway", "oman", "palestine", "panama", "paraguay", "peru",
                    "philippines", "poland", "portugal", "qatar", "romania", "rwanda", "samoa", "scotland",
                    "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "sudan", "sweden",
                    "switzerland", "tajikistan", "tanzania", "thailand", "tibet", "togo", "tonga", "tunisia",
                    "turkmenistan", "uganda", "uruguay", "uzbekistan", "vietnam", "wales", "yemen", "zambia",
                    "zimbabwe", "chechnya", "kurdistan", "crimea", "catalonia", "bavaria", "kashmir", "darfur",
                    "antarctica", "scandinavia", "caribbean", "siberia", "ulster", "amsterdam", "athens", "bangkok",
                    "barcelona", "basra", "beirut", "belfast", "berlin", "birmingham", "bristol", "bucharest",
                    "budapest", "cairo", "calcutta", "kolkata", "cardiff", "copenhagen", "dhaka", "dubai", "dublin",
                    "edinburgh", "frankfurt", "geneva", "glasgow", "hamburg", "hanoi", "havana", "helsinki",
                    "islamabad", "istanbul", "jakarta", "johannesburg", "karachi", "kiev", "kyiv", "lagos", "leeds",
                    "lisbon", "liverpool", "madrid", "manchester", "manila", "marseille", "melbourne", "milan",
                    "minsk", "montreal", "mumbai", "bombay", "munich", "nairobi", "naples", "newcastle", "oslo",
                    "ottawa", "oxford", "cambridge", "prague", "pretoria", "riga", "riyadh", "jeddah", "rome",
                    "rotterdam", "seoul", "shanghai", "sheffield", "stockholm", "sydney", "taipei", "tallinn",
                    "tbilisi", "toronto", "tripoli", "tunis", "turin", "vancouver", "venice", "vienna", "vilnius",
                    "warsaw", "zurich", "lyon", "davos", "strasbourg", "kandahar", "fallujah", "mosul", "tikrit",
                    "ramallah", "hebron", "haifa", "aleppo", "homs", "benghazi", "dakar", "abuja", "accra", "harare",
                    "kinshasa", "khartoum", "mogadishu", "kampala", "kigali", "luanda", "lusaka", "gothenburg",
                    "porto", "seville", "bilbao", "bordeaux", "nottingham", "leicester", "coventry", "southampton",
                    "portsmouth", "brighton", "norwich", "aberdeen", "dundee", "inverness", "swansea", "plymouth",
                    "bradford", "wolverhampton", "sunderland", "middlesbrough", "ipswich", "gateshead", "greenwich",
                    "westminster", "whitehall", "holyrood", "wimbledon", "twickenham", "heathrow", "gatwick",
                    "cornwall", "devon", "kent", "essex", "surrey", "sussex", "yorkshire", "lancashire",
                    "merseyside", "cumbria", "dallas", "baltimore", "pittsburgh", "cincinnati", "milwaukee",
                    "minneapolis", "sacramento", "nashville", "memphis", "tampa", "omaha", "anchorage", "honolulu",
                    "calgary", "quebec", "osaka", "kyoto", "hiroshima", "shenzhen", "guangzhou", "wuhan",
                    "bangalore", "chennai", "lahore", "doha", "mecca", "kathmandu", "colombo", "rangoon", "yangon",
                    "brisbane", "perth", "auckland", "canberra", "ibadan",
                ]
            ),
            (
                .knownOrganization,
                [
                    "reuters", "bloomberg", "politico", "gallup", "twitter", "facebook", "google",
                    "apple", "amazon", "microsoft", "verizon", "variety", "cnn", "fox", "nbc", "abc",
                    "cbs", "msnbc", "treasury", "congress", "senate", "nato", "fbi", "cia", "gop",
                    "instagram", "youtube", "wikileaks", "breitbart", "axios", "quinnipiac",
                    "rasmussen", "pew", "factcheck", "snopes", "yahoo", "netflix", "uber", "walmart",
                    "boeing", "exxon", "alibaba", "tencent", "samsung", "toyota", "ikea", "forbes",
                    // Companies in world news named with one word (none that is a common word or as often a
                    // surname: "Shell", "Next", "Ford", "Dell", "Phillips").
                    "sony", "toshiba", "nokia", "motorola", "panasonic", "fujitsu", "vodafone", "intel", "ibm",
                    "oracle", "cisco", "siemens", "nestle", "unilever", "gazprom", "yukos", "lukoil", "rosneft",
                    "airbus", "renault", "peugeot", "fiat", "volkswagen", "bmw", "daimler", "honda", "nissan",
                    "hyundai", "tesco", "asda", "barclays", "hsbc", "natwest", "ubs", "citigroup",
                    "vivendi", "symbian", "ericsson", "lenovo", "huawei", "xerox", "kodak", "pfizer", "novartis",
                    "glaxosmithkline", "astrazeneca", "ryanair", "easyjet", "lufthansa", "qantas", "bskyb", "itv",
                    "reebok", "adidas", "nike", "starbucks",
                    "newsweek", "time", "vox", "slate", "salon", "buzzfeed", "huffpost",
                ]
            ),
            (.weekday, ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        ]
    }

    private static let entityWords: [(WordClass, [String])] = [
        (.partyName, EntityWords.partyNameWords), (.organisationDescriptor, EntityWords.organisationDescriptors),
    ]

    @inline(__always) static func lookup(_ h: UInt64) -> UInt64 { classes.lookup(h) }

    // Hashes of single words used by the analysis directly.
    @inline(__always) static var hAccording: UInt64 { wordHash(literal: "according") }
    @inline(__always) static var hTo: UInt64 { wordHash(literal: "to") }
    @inline(__always) static var hThan: UInt64 { wordHash(literal: "than") }
    @inline(__always) static var hSaid: UInt64 { wordHash(literal: "said") }
    @inline(__always) static var hMore: UInt64 { wordHash(literal: "more") }
    @inline(__always) static var hAs: UInt64 { wordHash(literal: "as") }
    @inline(__always) static var hMuch: UInt64 { wordHash(literal: "much") }
    @inline(__always) static var hMany: UInt64 { wordHash(literal: "many") }
    @inline(__always) static var hUp: UInt64 { wordHash(literal: "up") }
    @inline(__always) static var hAt: UInt64 { wordHash(literal: "at") }
    @inline(__always) static var hLeast: UInt64 { wordHash(literal: "least") }
    @inline(__always) static var hIn: UInt64 { wordHash(literal: "in") }
    @inline(__always) static var hInto: UInt64 { wordHash(literal: "into") }
    @inline(__always) static var hTold: UInt64 { wordHash(literal: "told") }
    @inline(__always) static var hOf: UInt64 { wordHash(literal: "of") }
    @inline(__always) static var hBest: UInt64 { wordHash(literal: "best") }
    @inline(__always) static var hOn: UInt64 { wordHash(literal: "on") }
    @inline(__always) static var hFor: UInt64 { wordHash(literal: "for") }
    @inline(__always) static var hBy: UInt64 { wordHash(literal: "by") }
    @inline(__always) static var hA: UInt64 { wordHash(literal: "a") }
    @inline(__always) static var hNot: UInt64 { wordHash(literal: "not") }
    @inline(__always) static var hAn: UInt64 { wordHash(literal: "an") }
    @inline(__always) static var hThe: UInt64 { wordHash(literal: "the") }
    @inline(__always) static var hThis: UInt64 { wordHash(literal: "this") }
    @inline(__always) static var hNew: UInt64 { wordHash(literal: "new") }
    @inline(__always) static var hAllTime: UInt64 { wordHash(literal: "all-time") }
    @inline(__always) static var hFirst: UInt64 { wordHash(literal: "first") }
    @inline(__always) static var hEver: UInt64 { wordHash(literal: "ever") }
    @inline(__always) static var hSince: UInt64 { wordHash(literal: "since") }
    @inline(__always) static var hHistory: UInt64 { wordHash(literal: "history") }
    @inline(__always) static var hIt: UInt64 { wordHash(literal: "it") }
    @inline(__always) static var hIs: UInt64 { wordHash(literal: "is") }
    @inline(__always) static var hWas: UInt64 { wordHash(literal: "was") }
    @inline(__always) static var hHas: UInt64 { wordHash(literal: "has") }
    @inline(__always) static var hHave: UInt64 { wordHash(literal: "have") }
    @inline(__always) static var hHad: UInt64 { wordHash(literal: "had") }
    @inline(__always) static var hBeen: UInt64 { wordHash(literal: "been") }
    @inline(__always) static var hBe: UInt64 { wordHash(literal: "be") }
    @inline(__always) static var hAnd: UInt64 { wordHash(literal: "and") }
    @inline(__always) static var hOr: UInt64 { wordHash(literal: "or") }
    @inline(__always) static var hWho: UInt64 { wordHash(literal: "who") }
    @inline(__always) static var hThere: UInt64 { wordHash(literal: "there") }
    @inline(__always) static var hWhose: UInt64 { wordHash(literal: "whose") }
    @inline(__always) static var hWhom: UInt64 { wordHash(literal: "whom") }
    @inline(__always) static var hBut: UInt64 { wordHash(literal: "but") }
    @inline(__always) static var hThen: UInt64 { wordHash(literal: "then") }
    @inline(__always) static var hHaving: UInt64 { wordHash(literal: "having") }
    @inline(__always) static var hNor: UInt64 { wordHash(literal: "nor") }
    @inline(__always) static var hNeither: UInt64 { wordHash(literal: "neither") }
    @inline(__always) static var hYou: UInt64 { wordHash(literal: "you") }
    @inline(__always) static var hAged: UInt64 { wordHash(literal: "aged") }
    @inline(__always) static var hAge: UInt64 { wordHash(literal: "age") }
    @inline(__always) static var hOld: UInt64 { wordHash(literal: "old") }
    @inline(__always) static var hYearOld: UInt64 { wordHash(literal: "year-old") }
    @inline(__always) static var hYearsOld: UInt64 { wordHash(literal: "years-old") }
    @inline(__always) static var hYears: UInt64 { wordHash(literal: "years") }
    @inline(__always) static var hAddition: UInt64 { wordHash(literal: "addition") }
    @inline(__always) static var hWords: UInt64 { wordHash(literal: "words") }
    @inline(__always) static var hCent: UInt64 { wordHash(literal: "cent") }
    @inline(__always) static var hPer: UInt64 { wordHash(literal: "per") }
    @inline(__always) static var hPercentage: UInt64 { wordHash(literal: "percentage") }
    @inline(__always) static var hSome: UInt64 { wordHash(literal: "some") }
    @inline(__always) static var hMany2: UInt64 { wordHash(literal: "many") }
    @inline(__always) static var hPeople: UInt64 { wordHash(literal: "people") }
    @inline(__always) static var hAre: UInt64 { wordHash(literal: "are") }
    @inline(__always) static var hWere: UInt64 { wordHash(literal: "were") }
    @inline(__always) static var hWidely: UInt64 { wordHash(literal: "widely") }
    @inline(__always) static var hGenerally: UInt64 { wordHash(literal: "generally") }
    @inline(__always) static var hOn2: UInt64 { wordHash(literal: "on") }
    @inline(__always) static var hOut: UInt64 { wordHash(literal: "out") }
    @inline(__always) static var hBack: UInt64 { wordHash(literal: "back") }
    @inline(__always) static var hPoint: UInt64 { wordHash(literal: "point") }
    @inline(__always) static var hPoints: UInt64 { wordHash(literal: "points") }
    @inline(__always) static var hPointing: UInt64 { wordHash(literal: "pointing") }
    @inline(__always) static var hClear: UInt64 { wordHash(literal: "clear") }
    @inline(__always) static var hVery: UInt64 { wordHash(literal: "very") }
    @inline(__always) static var hThat: UInt64 { wordHash(literal: "that") }
    @inline(__always) static var hWhat: UInt64 { wordHash(literal: "what") }
    @inline(__always) static var hWith: UInt64 { wordHash(literal: "with") }
    @inline(__always) static var hAbout: UInt64 { wordHash(literal: "about") }
    @inline(__always) static var hIf: UInt64 { wordHash(literal: "if") }
    @inline(__always) static var hWhether: UInt64 { wordHash(literal: "whether") }
    @inline(__always) static var hThanks: UInt64 { wordHash(literal: "thanks") }
    @inline(__always) static var hCalled: UInt64 { wordHash(literal: "called") }
    @inline(__always) static var hSo: UInt64 { wordHash(literal: "so") }
    /// Prepositions that open an adverbial between a cue and its clause ("said on Sunday that…").
    static let adverbialPrepositions = HashSet64(words: [
        "in", "on", "at", "during", "after", "before", "while", "from", "via", "over", "late", "early",
    ])
    /// Coordinators before a second verb of the same subject ("flew to Iowa and said").
    static let coordinators = HashSet64(words: ["and", "but", "then", "yet"])
    /// Cue verbs whose "for" belongs to the cue ("pushed for", "argued for", "asked for"); those no reporting verb
    /// lists ("pushed", "begged") report only before it (`reportingVerbCue`).
    static let forParticleWords = [
        "push", "pushes", "pushed", "pushing", "argue", "argues", "argued", "arguing", "advocate", "advocates",
        "advocated", "advocating", "plead", "pleaded", "pleads", "pleading", "beg", "begged", "begs", "begging",
        "ask", "asks", "asked", "asking",
    ]
    static let forParticleVerbs = HashSet64(words: forParticleWords)
    /// Cue verbs whose "on" belongs to the cue ("commented on", "spoke on", "elaborated on").
    static let onParticleVerbs = HashSet64(words: [
        "comment", "comments", "commented", "commenting", "speak", "speaks", "spoke", "speaking", "elaborate",
        "elaborated", "elaborates", "elaborating", "remark", "remarked", "remarks", "reflect", "reflected",
        "talk", "talked", "talking", "weigh", "weighed", "insist", "insisted", "insists",
    ])
    @inline(__always) static var hWhich: UInt64 { wordHash(literal: "which") }
    @inline(__always) static var hOne: UInt64 { wordHash(literal: "one") }
    /// Cue words that are mostly nouns: without a subject before them they name things ("the early states",
    /// "recent comments", "retirement plans", "transportation projects"); the others ("the accord calls on…") report
    /// after any noun.
    static let mostlyNouns = HashSet64(words: [
        "state", "states", "comment", "comments", "remark", "remarks", "report", "reports", "claim", "claims",
        "estimate", "estimates", "view", "views", "concern", "concerns", "record", "warning", "response",
        "answer", "answers", "question", "doubt", "doubts", "charge", "charges", "support", "advocates", "call",
        "calls", "plan", "plans", "project", "projects",
    ])
    /// Forms of "relate" that before "to" say what a thing concerns ("jobs related to coal"), not a report.
    static let relateForms = HashSet64(words: ["related", "relating", "relates", "relate"])
    /// Participles of cue verbs that mostly describe the noun after them: "supporting documents", "opposing
    /// views", "promising results", "planning permission", "planning rules".
    static let adjectivalParticiples = HashSet64(words: ["supporting", "opposing", "promising", "planning"])
    @inline(__always) static var hSay: UInt64 { wordHash(literal: "say") }
    /// Object and reflexive pronouns: after a bare cue word they make it a verb ("call themselves").
    static let objectPronouns = HashSet64(words: [
        "him", "her", "them", "us", "me", "it", "himself", "herself", "themselves", "itself", "myself", "ourselves",
    ])
    /// Quantifiers that stand as a subject ("more call themselves conservative", "most say").
    static let quantifierPronouns = HashSet64(words: [
        "some", "many", "most", "more", "few", "fewer", "all", "both", "several", "others", "none", "half", "each",
        "another",
    ])
    /// Adjectives that join a tail to a source's head ("a source close to the campaign", "people familiar with
    /// the talks").
    static let sourceTailAdjectives = HashSet64(words: ["close", "familiar", "loyal", "allied"])
    /// Words that open a clause or join two, so the words around them are no single subject ("After the vote
    /// in Ohio, …", "When polls in Iowa closed …").
    static let subjectBreakers = HashSet64(words: [
        "that", "which", "when", "if", "because", "as", "while", "after", "before", "since", "and", "but", "or",
        "although", "though", "until", "unless", "where", "whether", "than", "so", "then", "once", "despite",
    ])
    /// Cue verbs that are actions before "up" ("add up to $8 million", "added up the costs").
    static let upActionVerbs = HashSet64(words: ["add", "adds", "added", "adding"])
    /// Particles that follow their verb ("points out", "broke down", "went on"): a cue that opens on one has its
    /// verb before it, and the verb's subject before that.
    static let verbParticles = HashSet64(words: ["out", "down", "up", "off", "back", "on", "over", "away"])
    /// Words inside a description that would otherwise end it ("other Republican candidates", "another
    /// reporter").
    static let descriptionModifiers = HashSet64(words: ["other", "another"])
    /// Prepositions that describe the noun right after them ("an inside source", "outside experts"), as an
    /// adjective would; "people outside the campaign" keeps them prepositions.
    static let adjectivalPrepositions = HashSet64(words: ["inside", "outside"])
    /// Words before a description's determiner that belong to it ("All three candidates", "Both the Times and
    /// the Journal", "Even Democratic candidates", "even other senators").
    static let predeterminers = HashSet64(words: ["all", "both", "even"])
    /// Contracted subjects that name no speaker ("it's", "there's", generic "you're"), unlike "He’s said",
    /// "They’re supportive" (`contractedSubjects`).
    static let impersonalContractions = HashSet64(words: ["it's", "there's", "you're", "you'd"])
    /// Indefinite pronouns that stand as a source ("Not everyone was claiming success", "Neither wanted").
    static let indefiniteSources = HashSet64(words: [
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "neither", "either",
    ])
    /// Determiners that deny their noun and still name a source ("No one expected", "Neither man has spoken").
    static let negativeDeterminers = HashSet64(words: ["no", "neither"])
    /// Two-word hedges before a figure or a partitive ("more than half of voters", "at least 55 countries", "a
    /// full 79 percent", "all but two senators"): (first word, second word).
    static let hedgePairs: [(UInt64, UInt64)] = [
        ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("a", "full"),
        ("all", "but"),
    ].map { (wordHash($0.0), wordHash($0.1)) }
    /// Fixed noun compounds that open on a reporting verb ("The think tank said…", "Think tanks warned…"): (the cue
    /// word, the noun after it). The cue word is part of a noun, no verb (`Segmenter.markCueNounCompounds`).
    static let cueNounCompounds: [(UInt64, UInt64)] = [
        ("think", "tank"), ("think", "tanks"),
    ].map { (wordHash($0.0), wordHash($0.1)) }
    /// The cue words that open `cueNounCompounds`, read on every reporting word (`Segmenter.markCueNounCompounds`).
    static let cueNounCompoundHeads: HashSet64 = {
        var heads = HashSet64(capacity: cueNounCompounds.count)
        for (h, _) in cueNounCompounds { heads.insert(h) }
        return heads
    }()
    /// Words whose "'s" is a clitic "is", "has" or "us", never a possessive (`Tokenizer`: "He's said that…",
    /// "that's why", "let's"): the contracted subjects in "'s" and the other pronouns that take it. Not "who's",
    /// which the relative-clause readings take with its clitic (`relativeContractions`).
    static let cliticS = HashSet64(
        words: contractedSubjectWords.filter { $0.hasSuffix("'s") } + [
            "that's", "here's", "what's", "where's", "when's", "how's", "let's",
        ])
    /// "who" with a clitic ("superdelegates who’ve said", "a man who’d argued"): a relative pronoun source.
    static let relativeContractions = HashSet64(words: ["who've", "who'd", "who'll", "who's"])
    /// Quantifiers that float after the subject they count ("Bolton and Gorka both denounced", "they all said").
    static let floatingQuantifiers = HashSet64(words: ["both", "all", "each"])
    /// The top-level domains a domain name in news copy ends with (`Tokenizer.domainTail`); not two-letter ones
    /// that are words ("in", "us"), which a missing space after a period would join ("said.in").
    static let topLevelDomains = HashSet64(words: [
        "com", "org", "net", "gov", "edu", "mil", "io", "info", "biz", "tv", "uk", "eu", "au", "nz",
    ])
    /// Hedges before a partitive source ("Only a quarter of Americans", "nearly all of the mayors").
    static let partitiveHedges = HashSet64(words: ["only", "nearly", "almost", "roughly", "about", "just"])
    /// Words before "X and Y" that make the pair something other than a source before its cue ("the race
    /// between Clinton and Sanders", "both Clinton and Sanders" keeps "both" out by being a quantifier).
    static let coordinationBlockers = HashSet64(words: ["between", "to", "among", "than", "against", "like"])
    /// Articles and demonstratives: after one, a word is a noun or an adjective ("the claims", "an estimated").
    /// ("some", "both", "many" are left out: "Some say", "both said".)
    static let articles = HashSet64(words: ["the", "a", "an", "this", "these", "those", "whose"])
    /// Plural nouns of people in the function list (so they are no names at a sentence start) that can still
    /// speak: "officials said", "analysts say".
    static let groupNouns = HashSet64(words: [
        "officials", "analysts", "experts", "critics", "sources", "aides", "witnesses", "residents", "voters",
        "supporters", "people", "others",
    ])
    @inline(__always) static var hAgainst: UInt64 { wordHash(literal: "against") }
    /// Cue verbs whose "to" belongs to the cue ("referring to", "responded to", "pointed to").
    static let toParticleVerbs = HashSet64(words: [
        "refer", "refers", "referred", "referring", "respond", "responds", "responded", "responding", "point",
        "points", "pointed", "pointing", "object", "objected", "reply", "replied", "replying",
    ])
    @inline(__always) static var hAlso: UInt64 { wordHash(literal: "also") }
    @inline(__always) static var hThey: UInt64 { wordHash(literal: "they") }
    @inline(__always) static var hPut: UInt64 { wordHash(literal: "put") }
    @inline(__always) static var hBoth: UInt64 { wordHash(literal: "both") }
    /// Sentence openers of the continuity class that do not carry a source ("Added to that…", "Too often…").
    static let notContinuityOpeners = HashSet64(words: ["added", "too", "went"])
    /// Prepositions before a bare cue word that make it a noun ("in state", "of report").
    static let nounPrepositions = HashSet64(words: [
        "of", "in", "for", "on", "with", "by", "from", "about", "under", "into", "at", "per",
    ])
    /// Bare cue words that modify a following noun ("state officials", "report card", "call center").
    static let bareNounCompounds = HashSet64(words: [
        "state", "report", "claim", "call", "order", "rule", "list", "record", "project", "quote", "support", "rail",
    ])
    /// Auxiliaries and adverbs that belong to a cue when they stand right before its verb ("has also said").
    static let cueAuxiliaries = HashSet64(words: [
        "has", "have", "had", "also", "would", "will", "could", "might", "may", "should", "must", "can", "did",
        "does", "do", "later", "previously", "repeatedly", "publicly", "privately", "recently", "once",
        "often", "further", "again", "earlier", "first", "never", "always", "not", "n't", "still", "already",
        "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "can't", "cannot", "couldn't",
        "isn't", "wasn't", "aren't", "weren't", "shouldn't",
    ])
    /// Forms of "call" that take "for" as part of the cue ("called for").
    static let callForms = HashSet64(words: ["call", "calls", "called", "calling"])
    /// Irregular past participles of cue verbs ("was told", "is thought").
    static let irregularParticiples = HashSet64(words: [
        "told", "thought", "known", "shown", "written", "said", "found", "seen", "held", "felt", "spoken", "clad",
    ])
    /// Prepositions that join a tail to a source's head noun ("a study by Pew", "a spokesman for the company").
    static let documentTailPrepositions = HashSet64(words: ["by", "from", "of", "at", "for"])
    /// Words that open a document's tail besides those prepositions: "polls in New Hampshire", "a poll out
    /// Monday", "a survey released Tuesday", a relative clause "the poll that came out Monday", a time "a poll
    /// last week", a participle "records compiled by the center", "an email obtained by the group".
    static let documentTailOpeners = HashSet64(words: [
        "in", "out", "released", "published", "conducted", "taken", "issued", "commissioned", "that", "which",
        "on", "among", "with", "last", "this", "earlier", "compiled", "obtained", "prepared", "filed", "reviewed",
        "seen", "leaked", "posted", "cited", "provided", "made",
    ])
    /// Subject pronouns written with a contraction, which open a clause ("told CNN he'd support…").
    static let contractedSubjects = HashSet64(words: contractedSubjectWords)
    static let contractedSubjectWords = [
        "he'd", "she'd", "they'd", "we'd", "i'd", "you'd", "he's", "she's", "it's", "they're", "we're", "i'm",
        "he'll", "she'll", "they'll", "we'll", "i'll", "you're", "there's", "i've", "we've", "they've", "you've",
    ]
}
