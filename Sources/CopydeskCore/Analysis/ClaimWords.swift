/// The words claim detection matches, as data: each list is plain words, hashed once with `wordHash` into one
/// table of `ClaimWordClass` bits (`ClaimWords.table`); the lexicon marks the words that may start a cue
/// (`WordClass.claimCueStart`), so the claim scan skips the others without a lookup. The matching mechanism lives in
/// `ClaimCues.swift` and `ClaimFinder.swift` and the files their code maps name.
///
/// Invariant: every entry is lowercase, written as the tokenizer sees one word (hyphenated compounds are one
/// word: "fourth-largest", "three-quarters").
struct ClaimWordClass: OptionSet, Sendable {
    let rawValue: UInt64
    /// A magnitude that scales a number: "million", "bn", "m" (only right after a number or a currency).
    static let magnitude = ClaimWordClass(rawValue: 1 << 0)
    /// A currency named in words: "euros", "naira".
    static let currency = ClaimWordClass(rawValue: 1 << 1)
    /// A unit written against a number: "50GB", "4.89m", "6.46secs".
    static let attachedUnit = ClaimWordClass(rawValue: 1 << 2)
    /// A noun after a number that makes it a time, a result or a title, not a count of things in the world.
    static let notCountNoun = ClaimWordClass(rawValue: 1 << 3)
    /// Number words that count: "two" … "ninety", "dozens", "hundreds", "thousands".
    static let countWord = ClaimWordClass(rawValue: 1 << 4)
    /// Plural magnitudes that make a vague count with "of": "hundreds of complaints", "millions of people".
    static let vagueCount = ClaimWordClass(rawValue: 1 << 5)
    /// Fractions: "third", "quarter", "fifth", "three-quarters", "two-thirds", "half".
    static let fraction = ClaimWordClass(rawValue: 1 << 6)
    /// Verbs of multiplication: "tripled", "doubled", "halved", "doubling".
    static let multiplier = ClaimWordClass(rawValue: 1 << 7)
    /// Base forms of multiplication verbs, claims only after "to" or a modal: "to triple production".
    static let multiplierBase = ClaimWordClass(rawValue: 1 << 8)
    /// Comparatives after "N times": "six times more", "three times as many", "four times bigger".
    static let timesComparative = ClaimWordClass(rawValue: 1 << 9)
    /// Superlatives of a measurable size or rank: "largest", "fastest-growing", "best-selling".
    static let measureSuperlative = ClaimWordClass(rawValue: 1 << 10)
    /// Superlatives of judgement, claims only with a span of time: "worst since 1987", "best ever".
    static let judgementSuperlative = ClaimWordClass(rawValue: 1 << 11)
    /// Records stated by their very word: "unprecedented", "all-time", "record-breaking", "largest-ever".
    static let recordWord = ClaimWordClass(rawValue: 1 << 12)
    /// Ordinals that rank a superlative: "second largest", "fourth-biggest".
    static let ordinal = ClaimWordClass(rawValue: 1 << 13)
    /// Possessive scopes that make a superlative a ranking: "the world's largest", "the country's biggest".
    static let scopeNoun = ClaimWordClass(rawValue: 1 << 14)
    /// Nouns after "record" that are about music records, not records: "record label", "record deal".
    static let notRecordNoun = ClaimWordClass(rawValue: 1 << 15)
    /// Nouns after "the first" that are not a first ever: "first half", "first minister", "first round".
    static let notFirstNoun = ClaimWordClass(rawValue: 1 << 16)
    /// Words that announce a prediction: "will", "forecast", "expected", "projected".
    static let prediction = ClaimWordClass(rawValue: 1 << 17)
    /// Poll methodology: a count in a sentence with "surveyed", "sample" describes the poll itself; after "poll",
    /// "survey", "margin" only its sample (`pollNouns`).
    static let methodology = ClaimWordClass(rawValue: 1 << 18)
    /// Reporting cues that do not source a figure: intentions, refusals and speech events ("hoping to", "declined to
    /// comment", "was speaking to", "posted a loss") — unless a clause follows ("hopes that…" reports a belief).
    static let notSourcingCue = ClaimWordClass(rawValue: 1 << 19)
    /// Forms of "be" (a passive cue with no agent sources nothing: "is projected to", "is reported to be").
    static let be = ClaimWordClass(rawValue: 1 << 20)
    /// Modals and "to" before a base-form verb ("to triple", "could double").
    static let modal = ClaimWordClass(rawValue: 1 << 21)
    /// References to polled people that carry a poll's source: "respondents", "those surveyed".
    static let respondents = ClaimWordClass(rawValue: 1 << 22)
    /// A pronoun that continues the previous sentence's source: "It", "They", "He", "She".
    static let sourcePronoun = ClaimWordClass(rawValue: 1 << 23)
    /// Words of span that make a judgement superlative a record: "since", "ever", "history".
    static let recordSpan = ClaimWordClass(rawValue: 1 << 24)
    /// Counts in words below ten: a small count is a claim only with an approximation or a rate ("about
    /// five", "four flights per week"); "two airlines", "three children" just tell the story.
    static let smallCount = ClaimWordClass(rawValue: 1 << 25)
    /// Plurals that do not end in -s: "people", "children", "staff".
    static let irregularPlural = ClaimWordClass(rawValue: 1 << 26)
    /// Words that make a count a rate: "per", "weekly", "annually", "each", "every", "a year".
    static let rate = ClaimWordClass(rawValue: 1 << 27)
    /// Words before a number that make it a rank or a name: "number three", "No 1", "top 10".
    static let rankWord = ClaimWordClass(rawValue: 1 << 28)
    /// Words before a participle cue that make it a conditional or an adjective, not a report: "If found
    /// guilty", "an estimated five million".
    static let notReportHead = ClaimWordClass(rawValue: 1 << 29)
    /// Reporting verbs that a particle makes a phrasal verb of action: "called in sick", "called off".
    static let phrasalAction = ClaimWordClass(rawValue: 1 << 35)
    /// Particles that make a reporting verb a phrasal verb of action: "called in sick", "called off".
    static let particle = ClaimWordClass(rawValue: 1 << 31)
    /// Verbs by which evidence speaks: "records show", "the poll found", "data suggest".
    static let evidenceVerb = ClaimWordClass(rawValue: 1 << 32)
    /// Words that may start a cue the mechanism names one by one ("a million", "one in four", "record",
    /// "first", causal connectives): with the other cue classes, a word with none of them starts no cue.
    static let cueStart = ClaimWordClass(rawValue: 1 << 33)
    /// "million", "billion", "trillion": make "a" or "one" a quantity.
    static let largeMagnitude = ClaimWordClass(rawValue: 1 << 34)
    /// Every class a word that starts a cue has. Computed from the constant classes, not stored: `wordCue` tests it
    /// on every call, and an OR of constants needs no global read.
    @inline(__always) static var anyCueStart: ClaimWordClass {
        ClaimWordClass(
            rawValue: countWord.rawValue | fraction.rawValue | multiplier.rawValue | multiplierBase.rawValue
                | recordWord.rawValue | measureSuperlative.rawValue | judgementSuperlative.rawValue | ordinal.rawValue
                | cueStart.rawValue)
    }
    /// Cue verbs that ask someone to act when an object and "to" follow: "asked the court to order".
    static let directiveCue = ClaimWordClass(rawValue: 1 << 36)
    /// Cue verbs that name when a name follows: "Called GSM", "dubbed Skulls".
    static let namingCue = ClaimWordClass(rawValue: 1 << 37)
    /// The suffix of an ordinal written in figures: "12th", "21st", "2nd", "3rd".
    static let ordinalSuffix = ClaimWordClass(rawValue: 1 << 30)
    /// Verbs of a candidate's standing over a rival: "leads Sanders among Latinos", "trailed Reed among women".
    static let standingVerb = ClaimWordClass(rawValue: 1 << 38)
    /// Verbs whose bare count object is casualties: "a shooting that killed 14".
    static let killingVerb = ClaimWordClass(rawValue: 1 << 39)
    /// Participles of assertion that report like their finite forms ("…, arguing that the deal favours banks"):
    /// speech with a named source, which the guide lets source a figure in another clause (partial attribution).
    static let assertingParticiple = ClaimWordClass(rawValue: 1 << 40)
    /// The first word of a causal cue, computed from `ClaimWords.causalPairs` and `ClaimWords.causalVerbs` ("due",
    /// "thanks", "triggered"): the claim scan asks `causalEnd` only of these.
    static let causalStart = ClaimWordClass(rawValue: 1 << 41)
}

enum ClaimWords {
    /// The word lists by class (`listLiteral`): built once.
    static let lists = listLiteral()

    /// The literal of `lists`, not optimised (as `Lexicon.tableList` is not): code that runs once.
    @_optimize(none) private static func listLiteral() -> [(ClaimWordClass, [String])] {
        [
            (
                .magnitude,
                [
                    "million", "billion", "trillion", "bn", "mn", "tn", "mln", "bln", "m", "k", "millions", "billions",
                    "trillions",
                ]
            ),
            (
                .currency,
                [
                    "dollars", "dollar", "euros", "euro", "pounds", "sterling", "yuan", "yen", "rupees", "rupee", "usd",
                    "eur", "gbp", "cents", "pence", "pesos", "francs", "rubles", "roubles", "rmb", "naira", "rand",
                    "krona", "kronor", "kroner", "shekels", "dinars", "dirhams", "ringgit", "baht", "won", "lira",
                    "zloty", "reais", "real",
                ]
            ),
            (
                .attachedUnit,
                [
                    "gb", "mb", "tb", "kb", "km", "kg", "mph", "kph", "mw", "gw", "kw", "kwh", "ghz", "mhz", "cm", "mm",
                    "ft", "lb", "lbs", "bn", "tn", "p", "pc",
                    // basis points: "cut by 25bp"
                    "bp", "bps",
                    // temperatures: "35C", "-170C", "95F"
                    "c", "f",
                ]
            ),
            (
                .notCountNoun,
                [
                    // time
                    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
                    "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "times", "o'clock",
                    "am", "pm", "nights", "night", "weekends", "seasons", "season", "term", "terms", "time",
                    // results, awards and line-ups (public record the reporter witnessed)
                    "goals", "goal", "points", "point", "sets", "set", "games", "game", "matches", "match", "tries",
                    "try", "wickets", "runs", "innings", "laps", "holes", "strokes", "shots", "frames", "rounds",
                    "round", "wins", "victories", "defeats", "draws", "caps", "medals", "titles", "awards", "award",
                    "nominations", "nomination", "nods", "oscars", "grammys", "baftas", "emmys", "trophies", "prizes",
                    "places", "place", "changes", "penalties", "conversions", "overs", "tests", "stages", "legs",
                    "yards",
                    "birdies", "aces", "seeds", "seed", "players", "player", "metres", "meters", "metre", "meter",
                    "rebounds", "assists", "touchdowns", "strikeouts", "interceptions", "saves", "three-pointers",
                    "steals",
                    // kinds and manners, not things in the world ("two ways", "three things", "two directions", "of two
                    // minds")
                    "things", "ways", "types", "kinds", "sorts", "directions", "reasons", "options", "sides", "aspects",
                    "minds",
                    "factors", "questions", "steps", "forms", "categories", "examples", "words", "scenarios",
                    // people counted as a cast or a family, and words that are not nouns
                    "of", "to", "and", "or", "in", "on", "at", "for", "per", "by", "from", "with", "than", "as", "a",
                    "the", "are", "is", "was", "were", "be", "have", "has", "had", "will", "would", "could", "more",
                    "less", "other", "others", "out", "up", "down", "off", "over", "ago", "later", "earlier", "after",
                    "before", "previously", "which", "who", "that", "it", "they", "he", "she", "we", "i", "you",
                    "all", "each", "not", "no", "so", "but", "if", "when", "while", "percent", "per",
                ]
            ),
            (
                .countWord,
                [
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
                    "dozens", "hundreds", "thousands", "tens", "millions", "billions", "trillions",
                ]
            ),
            (.vagueCount, ["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "scores"]),
            (
                .fraction,
                [
                    "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "tenth", "tenths", "half",
                    "three-quarters", "two-thirds", "one-third", "one-quarter", "one-fifth", "one-half",
                ]
            ),
            (
                .multiplier,
                [
                    "doubled", "tripled", "trebled", "quadrupled", "halved", "doubling", "tripling", "trebling",
                    "halving", "twofold", "threefold", "fourfold", "fivefold", "tenfold", "two-fold", "three-fold",
                    "ten-fold",
                ]
            ),
            (.multiplierBase, ["double", "triple", "treble", "quadruple", "halve"]),
            (
                .timesComparative,
                [
                    "more", "as", "less", "bigger", "larger", "higher", "faster", "greater", "smaller", "lower",
                    "cheaper", "the",
                ]
            ),
            (
                .measureSuperlative,
                [
                    "largest", "biggest", "highest", "lowest", "fastest", "richest", "wealthiest", "poorest",
                    "deadliest", "smallest", "longest", "shortest", "cheapest", "costliest", "hottest", "coldest",
                    "wettest", "driest", "oldest", "busiest", "fastest-growing", "best-selling", "most-watched",
                    "top-selling", "most-visited", "most-viewed", "heaviest", "tallest", "deepest", "worst-selling",
                    "steepest", "sharpest", "slowest", "youngest", "warmest", "coolest", "sunniest", "lightest",
                    "widest",
                    "highest-grossing", "top-grossing", "biggest-selling", "fastest-selling", "best-performing",
                    "worst-performing", "most-read", "longest-running", "longest-serving",
                ]
            ),
            // (Rankings' judgements too: "rated the safest", "voted the happiest place to live".)
            (
                .judgementSuperlative,
                [
                    "best", "worst", "greatest", "strongest", "weakest", "most", "fewest", "least", "safest",
                    "happiest", "healthiest", "friendliest", "cleanest", "dirtiest",
                ]
            ),
            (
                .recordWord,
                [
                    "unprecedented", "all-time", "record-breaking", "record-setting", "record-high", "record-low",
                    "largest-ever", "biggest-ever", "highest-ever", "lowest-ever", "best-ever", "worst-ever",
                    "first-ever", "fastest-ever",
                ]
            ),
            (
                .ordinal,
                [
                    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd",
                    "4th", "5th", "6th", "7th", "8th", "9th", "10th",
                ]
            ),
            (
                .scopeNoun,
                [
                    "world's", "country's", "nation's", "region's", "city's", "state's", "continent's", "industry's",
                    "sector's", "market's", "company's", "firm's", "group's", "league's", "europe's", "britain's",
                    "america's", "china's", "asia's", "africa's", "planet's", "globe's", "earth's", "uk's", "us's",
                    // Local scopes: "the town's biggest employer", "county's largest hospital".
                    "town's", "county's", "village's", "borough's", "province's", "district's", "capital's",
                ]
            ),
            (
                .notRecordNoun,
                [
                    "label", "labels", "company", "companies", "deal", "deals", "industry", "store", "stores", "shop",
                    "shops", "producer", "producers", "executive", "executives", "contract", "contracts",
                    "collection", "player", "players", "sales", "books", "book", "keeping", "straight", "of", "and",
                    "for", "with", "to", "in", "on", "as", "is", "was", "the",
                    // a verb after "record" makes it the subject: "that record doesn't excite", "the record shows"
                    "isn't", "wasn't", "does", "doesn't", "did", "didn't", "has", "hasn't", "had", "will", "won't",
                    "would", "can", "could", "may", "might", "should", "shows", "showed", "speaks", "suggests",
                    "contains", "includes",
                ]
            ),
            (
                .notFirstNoun,
                [
                    "half", "quarter", "minister", "ministers", "lady", "round", "time", "place", "day", "days", "week",
                    "weeks", "month", "year", "years", "leg", "innings", "set", "test", "class", "step", "stage",
                    "phase", "part", "name", "names", "choice", "instance", "glance", "sight", "thing", "things",
                    "one", "two", "three", "few", "of", "and", "minute", "minutes", "game", "match", "period",
                    "session",
                    "division", "team", "xv", "reading", "person", "term", "terms", "season", "wife", "husband", "son",
                    "daughter", "child", "birthday", "anniversary", "visit", "trip", "world", "floor", "grade",
                    "lieutenant", "officer", "secretary", "cousin", "base", "row", "line",
                    // An attempt says which of its owner's tries, as a visit does: "Britain's first attempt to land
                    // on Mars ended in failure" (not "Britain's first female astronaut flew in 1991").
                    "attempt", "attempts", "bid", "bids",
                ]
            ),
            (
                .prediction,
                [
                    "will", "forecast", "forecasts", "expected", "projected", "predicted", "predicts", "expects",
                    "anticipated", "set", "could", "likely",
                ]
            ),
            (
                .methodology,
                [
                    "surveyed", "polled", "interviewed", "questioned", "sample", "sampled", "respondents", "poll",
                    "survey", "study", "trial",
                ]
            ),
            (
                .notSourcingCue,
                [
                    "hope", "hopes", "hoped", "hoping", "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed",
                    "aiming", "intend", "intends", "intended", "intending", "want", "wants", "wanted", "wanting",
                    "plan",
                    "plans", "planned", "planning", "speak", "speaks", "spoke", "speaking", "talk", "talked",
                    "talking", "post", "posts", "posted", "posting", "thank", "thanks", "thanked",
                    // a refusal says nothing of what follows it: "Whitfield declined to comment on how the curbs would
                    // hit sales in China, which accounted for 14% of revenue"
                    "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing",
                    // a judgement of a thing holds no figure of its own: "Cole was critical of the $5bn plan"
                    // (`AttributionWords.judgementAdjectives`)
                    "critical", "supportive", "skeptical", "sceptical", "dismissive", "contemptuous", "scornful",
                    "disdainful", "distrustful", "mistrustful", "suspicious", "wary", "leery", "welcoming", "enamored",
                    "enamoured", "approving", "disapproving",
                    // a demand is an aim, its figure no one's report: "Unions pushed for a $15 minimum wage"
                    "push", "pushes", "pushed", "pushing",
                ]
            ),
            (.be, ["is", "are", "was", "were", "be", "been", "being", "'s", "it's"]),
            (.modal, ["to", "will", "would", "could", "can", "may", "might", "should", "must", "shall"]),
            (.respondents, ["respondents", "surveyed", "polled", "questioned", "interviewed"]),
            (.sourcePronoun, ["it", "they", "he", "she"]),
            (.recordSpan, ["since", "ever", "history", "record"]),
            (.smallCount, ["two", "three", "four", "five", "six", "seven", "eight", "nine"]),
            (
                .irregularPlural,
                [
                    "people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep", "fish",
                    "data", "media", "criteria", "workforce", "livestock", "troops", "aircraft", "crew", "feet",
                ]
            ),
            (
                .rate,
                [
                    "per", "weekly", "daily", "monthly", "annually", "annual", "yearly", "each", "every", "a", "an",
                    "hourly",
                ]
            ),
            (.rankWord, ["number", "no", "top", "nos", "grade", "level", "tier", "category", "class", "page"]),
            (.ordinalSuffix, ["th", "st", "nd", "rd"]),
            (
                .cueStart,
                [
                    "a", "one", "hardest", "worst", "record", "records", "first", "only", "polls", "polling", "main",
                    "chief", "principal",
                    // a vague multiple of a magnitude: "Several million people" (`vagueMultipleStart`)
                    "several", "few",
                    "due", "led", "leading",
                    "because", "result",
                    "resulted",
                    "thanks", "contributed", "blamed", "owing", "driven", "fueled", "fuelled", "sparked", "triggered",
                    "hit",
                    "caused", "prompted", "boosted", "hampered", "hurt", "stemming", "stemmed", "stems", "resulting",
                    "spurred", "propelled", "buoyed", "poll", "leads", "trails", "trailed", "trailing",
                    // a comparison with all others ranks: "more votes than any other candidate" (`rankingThan`)
                    "than",
                    // a streak that no one broke: "No Republican has carried the state since 1988" (`unbrokenSince`)
                    "since",
                    // "the last Democrat to win Kentucky" (`lastClaimEnd`), "made history" (`madeHistory`)
                    "last", "history",
                    // "Scores of people were injured" (a count only before "of": `wordCue`)
                    "scores",
                    // "ranks fifth among EU countries" (`rankVerbs`)
                    "ranks", "ranked", "rank",
                    // "twice as many", "twice as likely" (`twiceEnd`)
                    "twice",
                ]
            ),
            (.largeMagnitude, ["million", "billion", "trillion"]),
            (.standingVerb, ["leads", "led", "leading", "trails", "trailed", "trailing"]),
            (.killingVerb, ["killed", "kills", "killing", "wounded", "injured"]),
            (.particle, ["in", "off", "out", "up"]),
            (.phrasalAction, ["call", "calls", "called", "calling", "post", "posts", "posted", "posting"]),
            (
                .evidenceVerb,
                [
                    "show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "suggested",
                    "indicate",
                    "indicates", "indicated", "reveal", "reveals", "revealed", "put", "puts", "estimate", "estimates",
                    "estimated", "gives", "gave", "has", "had", "have", "says", "said",
                    // "The study credits the rollout…", "the report blames the rise on…": a cause the document gives.
                    "credits", "credited", "blames", "attributes",
                ]
            ),
            (.notReportHead, ["if", "when", "once", "unless", "a", "an", "the", "until"]),
            (
                .directiveCue,
                [
                    "ask", "asks", "asked", "asking", "order", "orders", "ordered", "tell", "tells", "told", "telling",
                    "instruct", "instructs", "instructed",
                ]
            ),
            (.namingCue, ["call", "called", "name", "named", "dub", "dubbed", "nickname", "nicknamed", "titled"]),
            (
                .assertingParticiple,
                [
                    "arguing", "claiming", "insisting", "saying", "warning", "noting", "stating", "explaining",
                    "suggesting", "predicting", "contending", "asserting", "alleging", "maintaining", "declaring",
                    "acknowledging", "admitting", "stressing", "emphasizing", "emphasising", "complaining", "charging",
                    "adding", "writing", "telling",
                ]
            ),
        ]
    }

    static let table: HashTable = {
        var d: [UInt64: UInt64] = [:]
        for (cls, words) in lists { for w in words { d[wordHash(w), default: 0] |= cls.rawValue } }
        for h in Array(causalPairs.keys) + causalVerbs.members {
            d[h, default: 0] |= ClaimWordClass.causalStart.rawValue
        }
        return HashTable(d)
    }()

    /// Hashes of single words the mechanism names directly, computed from the words.
    @inline(__always) static var the: UInt64 { wordHash(literal: "the") }
    @inline(__always) static var a: UInt64 { wordHash(literal: "a") }
    @inline(__always) static var few: UInt64 { wordHash(literal: "few") }
    @inline(__always) static var dozen: UInt64 { wordHash(literal: "dozen") }
    @inline(__always) static var an: UInt64 { wordHash(literal: "an") }
    @inline(__always) static var one: UInt64 { wordHash(literal: "one") }
    @inline(__always) static var of: UInt64 { wordHash(literal: "of") }
    @inline(__always) static var scores: UInt64 { wordHash(literal: "scores") }
    @inline(__always) static var to: UInt64 { wordHash(literal: "to") }
    @inline(__always) static var by: UInt64 { wordHash(literal: "by") }
    @inline(__always) static var inn: UInt64 { wordHash(literal: "in") }
    @inline(__always) static var forr: UInt64 { wordHash(literal: "for") }
    @inline(__always) static var odds: UInt64 { wordHash(literal: "odds") }
    @inline(__always) static var margin: UInt64 { wordHash(literal: "margin") }
    /// Methodology words that name the poll itself, or a study or a trial with a sample as a poll has: a count is
    /// its sample only after "of", "among", "with" or "from" (`sampleOpeners`), not anywhere in the sentence. (A
    /// margin of a vote is no methodology: only a margin of error is, `describesMethodology`.)
    static let pollNouns = HashSet64(words: ["poll", "survey", "study", "trial"])
    /// Studies and trials, whose sample is passed over only before the finding it yields (`describesMethodology`):
    /// "In a trial of 17,604 patients, those given the drug were 20% less likely to die." claims '20%', while "The
    /// trial of three men accused of the robbery began on Monday." (a court's trial, no finding) keeps its count.
    static let sampledStudies = HashSet64(words: ["study", "trial"])
    /// Words that open another clause: a prediction word beyond one is not the figure's ("Eight candidates went on
    /// the attack … before the primaries that will follow": the count is no forecast). Not "as" ("will rise as
    /// much as 5%") nor "and" ("will close plants and cut 300 jobs").
    static let predictionBreakers = HashSet64(words: [
        "that", "which", "who", "whom", "whose", "when", "if", "because", "while", "after", "before", "since",
        "although", "though", "until", "unless", "where", "whether", "once", "despite",
    ])
    static let sampleOpeners = HashSet64(words: ["of", "among", "with", "from"])
    /// Progressive forms of forecasting, beside the lexicon's `forecast` class: "had been expecting a rise".
    static let forecastingForms = HashSet64(words: [
        "expecting", "predicting", "forecasting", "anticipating", "projecting",
    ])
    /// Documents whose definite mention refers back to the source before: "since the survey began" (not "the
    /// figures", "the data": a sentence that opens on them may go on to the market's price).
    static let documentReferences = HashSet64(words: [
        "survey", "poll", "study", "report", "index", "census", "research", "questionnaire",
    ])
    /// A market price as a sentence's subject — shares, a commodity traded on an exchange, a currency: the market's
    /// figure, which a company's or a speaker's statement does not carry.
    static let marketPriceNouns = HashSet64(words: [
        "shares", "stock", "stocks", "oil", "crude", "brent", "copper", "gold", "silver", "platinum", "aluminium",
        "aluminum", "nickel", "zinc", "wheat", "cocoa", "coffee", "dollar", "euro", "yen", "sterling", "peso",
    ])
    @inline(__always) static var points: UInt64 { wordHash(literal: "points") }
    @inline(__always) static var basis: UInt64 { wordHash(literal: "basis") }
    @inline(__always) static var set: UInt64 { wordHash(literal: "set") }
    @inline(__always) static var likely: UInt64 { wordHash(literal: "likely") }
    /// Evidence nouns that are measures: a source only when they speak ("the index showed"), never by name.
    static let measureNouns = HashSet64(words: [
        "index", "average", "model", "count", "tally", "tracker", "database", "release", "data",
    ])
    /// Verbs of a market move before "N points": "fell 20 points", "rose 5 points".
    static let marketMoves = HashSet64(words: [
        "rose", "fell", "climbed", "dropped", "slipped", "jumped", "gained", "added", "shed", "slumped", "surged",
        "up", "down", "rising", "falling",
    ])
    /// Verbs of a result's change or arrival after its measure: "Revenue fell 8%", "Sales reached $14bn", "Inflation
    /// slowed to 11.4%".
    static let resultMoves = HashSet64(words: [
        "rose", "fell", "climbed", "dropped", "slipped", "jumped", "gained", "shed", "slumped", "surged", "grew",
        "increased", "decreased", "declined", "edged", "eased", "soared", "plunged", "tumbled", "rebounded",
        "widened", "narrowed", "totalled", "totaled", "reached", "hit", "fallen", "risen", "grown", "slid", "sank",
        "slowed", "accelerated", "expanded", "contracted", "doubled", "tripled", "trebled", "quadrupled", "halved",
    ])
    /// Comparatives before "likely" that compare a likelihood, no forecast: "more likely to vote", "less likely to
    /// smoke" (`isPrediction`).
    static let likelihoodComparatives = HashSet64(words: ["more", "less", "most", "least"])
    /// Words of a statistic that open a result's subject after "the": "The average overcharge was £47", "The median
    /// income is £28,000" (`statesAResult`).
    static let statisticHeads = HashSet64(words: ["average", "median", "mean", "typical", "total", "overall"])
    /// Averages that make a span of time a statistic: "Patients waited an average of 14 hours", "The average wait
    /// for an ambulance fell to 35 minutes", and the verb: "Ambulance response times averaged 47 minutes"
    /// (`averagedDuration`).
    static let averageWords = HashSet64(words: [
        "average", "median", "mean", "averaged", "averages", "averaging",
    ])
    /// How full a place is, after a share of it: "less than half full", "more than half empty".
    static let capacityAdjectives = HashSet64(words: ["full", "empty"])
    /// Verbs of a market's close, a move before "up" or "down": "Its shares closed up 11%", "ended down 3p".
    static let closingVerbs = HashSet64(words: ["closed", "ended", "finished"])
    /// Verbs of a level's move whose particle "up" goes with them before "to", so that "up to" is no hedge
    /// (`comparativeStart`): "Unemployment ticked up to 4.3%", "Growth was revised up to 0.3%" — not verbs whose
    /// object may be a hedged count ("pushed up to 3,000 families into debt", "could be fined up to £5m").
    static let upMoveVerbs = HashSet64(words: [
        "tick", "ticks", "ticked", "ticking", "edge", "edges", "edged", "edging", "creep", "creeps", "crept",
        "creeping", "inch", "inches", "inched", "inching", "nudge", "nudges", "nudged", "nudging", "revise",
        "revises", "revised", "revising", "ratchet", "ratchets", "ratcheted", "ratcheting", "jump", "jumps",
        "jumped", "jumping", "climb", "climbs", "climbed", "climbing", "go", "goes", "went", "gone", "going",
    ])
    /// Verbs of a level, before "at": "now stands at £152,300", "remained at 4.75%" (`statesAResult`).
    static let levelVerbs = HashSet64(words: ["stands", "stood", "stand", "remains", "remained", "remain"])
    /// Prepositions that open a result's subject's tail: "Sales at stores open a year rose", "Profit in the
    /// UK fell" (`statesAResult`).
    static let subjectTailOpeners = HashSet64(words: ["at", "in", "of", "for", "from", "on"])
    @inline(__always) static var down: UInt64 { wordHash(literal: "down") }
    @inline(__always) static var total: UInt64 { wordHash(literal: "total") }
    /// Number words that multiply the one before them: "two hundred", "three thousand".
    static let wordHundreds = HashSet64(words: ["hundred", "thousand"])
    /// Words that make a vague multiple of the number word or magnitude after them: "several hundred pounds", "a few
    /// thousand", "Several million people" (`vagueMultipleStart`). Not "many", more often a question's or a
    /// degree's ("how many billions of gallons") than a figure's.
    static let vagueMultipliers = HashSet64(words: ["several", "few"])
    @inline(__always) static var away: UInt64 { wordHash(literal: "away") }
    @inline(__always) static var error: UInt64 { wordHash(literal: "error") }
    /// Nouns after odds: "a 7-2 favourite", "a 100-1 shot", and their plurals for a team or a party ("England are
    /// 4-1 favourites").
    static let oddsNouns = HashSet64(words: [
        "favourite", "favorite", "shot", "outsider", "chance", "on", "favourites", "favorites", "shots", "outsiders",
    ])
    /// Verbs that give a bookmaker's price before it: "Bookmakers are offering 4-6 on Wales", "quoted 6-1".
    static let oddsVerbs = HashSet64(words: [
        "offering", "offered", "offers", "offer", "quoting", "quoted", "quotes", "quote",
    ])
    /// Spans of time that make a superlative a record: "in a decade", "for a generation".
    static let spans = HashSet64(words: ["decade", "decades", "generation", "generations", "lifetime"])
    /// Measures a superlative ranks before "of": "the largest number of applications", "the highest proportion of
    /// complaints", "the biggest share of the market" — a ranking of counts or shares, whatever its owner.
    static let rankedMeasures = HashSet64(words: [
        "number", "numbers", "proportion", "share", "percentage", "amount", "volume",
    ])
    @inline(__always) static var out: UInt64 { wordHash(literal: "out") }
    @inline(__always) static var on: UInt64 { wordHash(literal: "on") }
    @inline(__always) static var per: UInt64 { wordHash(literal: "per") }
    @inline(__always) static var cent: UInt64 { wordHash(literal: "cent") }
    @inline(__always) static var than: UInt64 { wordHash(literal: "than") }
    @inline(__always) static var money: UInt64 { wordHash(literal: "money") }
    @inline(__always) static var at: UInt64 { wordHash(literal: "at") }
    @inline(__always) static var least: UInt64 { wordHash(literal: "least") }
    @inline(__always) static var up: UInt64 { wordHash(literal: "up") }
    @inline(__always) static var some: UInt64 { wordHash(literal: "some") }
    @inline(__always) static var about: UInt64 { wordHash(literal: "about") }
    @inline(__always) static var around: UInt64 { wordHash(literal: "around") }
    @inline(__always) static var nearly: UInt64 { wordHash(literal: "nearly") }
    @inline(__always) static var almost: UInt64 { wordHash(literal: "almost") }
    @inline(__always) static var roughly: UInt64 { wordHash(literal: "roughly") }
    @inline(__always) static var approximately: UInt64 { wordHash(literal: "approximately") }
    @inline(__always) static var times: UInt64 { wordHash(literal: "times") }
    @inline(__always) static var first: UInt64 { wordHash(literal: "first") }
    @inline(__always) static var record: UInt64 { wordHash(literal: "record") }
    @inline(__always) static var records: UInt64 { wordHash(literal: "records") }
    @inline(__always) static var world: UInt64 { wordHash(literal: "world") }
    @inline(__always) static var new: UInt64 { wordHash(literal: "new") }
    @inline(__always) static var allTime: UInt64 { wordHash(literal: "all-time") }
    @inline(__always) static var ever: UInt64 { wordHash(literal: "ever") }
    @inline(__always) static var since: UInt64 { wordHash(literal: "since") }
    @inline(__always) static var demand: UInt64 { wordHash(literal: "demand") }
    @inline(__always) static var charge: UInt64 { wordHash(literal: "charge") }
    /// Forms of "take", before "charge": a role taken ("took charge"), no accusation.
    static let takeForms = HashSet64(words: ["take", "takes", "took", "taken", "taking"])
    @inline(__always) static var when: UInt64 { wordHash(literal: "when") }
    @inline(__always) static var history: UInt64 { wordHash(literal: "history") }
    @inline(__always) static var off: UInt64 { wordHash(literal: "off") }
    @inline(__always) static var year: UInt64 { wordHash(literal: "year") }
    @inline(__always) static var between: UInt64 { wordHash(literal: "between") }
    @inline(__always) static var without: UInt64 { wordHash(literal: "without") }
    @inline(__always) static var personal: UInt64 { wordHash(literal: "personal") }
    @inline(__always) static var due: UInt64 { wordHash(literal: "due") }
    @inline(__always) static var be: UInt64 { wordHash(literal: "be") }
    @inline(__always) static var result: UInt64 { wordHash(literal: "result") }
    @inline(__always) static var many: UInt64 { wordHash(literal: "many") }
    /// Nouns of a level on a scale, which a superlative before them makes a ranking, not a stance: "its lowest point
    /// since 1985", "their worst position in a decade" (`isRankLevel`).
    static let levelNouns = HashSet64(words: ["point", "position", "level", "place", "spot", "standing"])
    /// Superlatives that rank by a measure (sales, takings, growth, audience): "the best-selling debut".
    static let measuredRankings = HashSet64(words: [
        "best-selling", "top-selling", "biggest-selling", "fastest-selling", "worst-selling", "highest-grossing",
        "top-grossing", "fastest-growing", "most-watched", "most-visited", "most-viewed", "most-read",
        "best-performing", "worst-performing", "longest-running", "longest-serving",
    ])
    /// Words that open a supposition: "If it cost $5m, …", "Unless 40% vote, …".
    static let conditionals = HashSet64(words: ["if", "unless", "suppose", "supposing", "imagine"])
    /// Imperatives that make their whole sentence a supposition, with or without a comma: "Imagine paying $50,000
    /// a year for…", "Suppose the firm lost $5m." (`conditionalClauseEnd`).
    static let hypotheticalImperatives = HashSet64(words: ["suppose", "imagine"])
    /// Prepositions before a participle that make it an adjective: "with alleged offences", "of reported cases".
    static let adjectivalHeads = HashSet64(words: [
        "with", "of", "for", "over", "about", "on", "in", "into", "against", "from",
    ])
    /// Participles by which someone ranks, sourcing a ranking when an agent follows: "listed as … by Spamhaus".
    static let rankingParticiples = HashSet64(words: [
        "listed", "ranked", "rated", "named", "voted", "judged", "classed", "placed",
    ])
    /// What a figure rates or prices, just after it (`ratingPublisher`): "a 71% approval rating", "the 2-1
    /// favourite", "a 100-1 shot", "1-8 favourites".
    static let ratedNouns = HashSet64(words: [
        "rating", "ratings", "score", "favourite", "favorite", "shot", "outsider", "stars", "favourites", "favorites",
        "shots", "outsiders",
    ])
    /// Who publishes ratings and prices, before their name (`ratingPublisher`): "bookmaker Paddock Bet", "review
    /// aggregator Rotten Tomatoes".
    static let ratingPublishers = HashSet64(words: ["bookmaker", "bookmakers", "bookie", "aggregator", "aggregators"])
    /// Sources that are neither named nor typed: "Some fear that…", "Others thought…".
    static let bareSources = HashSet64(words: ["some", "others"])
    /// Documents whose terms a sentence opening "Under the …," gives ("Under the new rule, workers earning up to
    /// $47,476 must…"): the document sources the figure.
    static let termsDocuments = HashSet64(words: [
        "plan", "plans", "proposal", "proposals", "rule", "rules", "regulation", "regulations", "law", "bill",
        "agreement", "deal", "settlement", "contract", "budget", "policy", "scheme", "measure", "legislation",
        "order", "treaty", "accord", "program", "programme", "terms", "formula", "guidelines", "provision",
        "provisions", "amendment", "amendments", "clause", "clauses",
    ])
    @inline(__always) static var under: UInt64 { wordHash(literal: "under") }
    /// Modals by which a sentence gives a document's terms ("Under the rule, workers must…", "… would rise").
    /// Verbs by which a document states its terms: "the rule will require…", "party rules allow for…", "the plan,
    /// which includes…" (not what it would bring about: "the plan would raise $15 trillion").
    static let termsVerbs = HashSet64(words: [
        "require", "requires", "allow", "allows", "bar", "bars", "ban", "bans", "cap", "caps", "limit", "limits",
        "mandate", "mandates", "include", "includes", "provide", "provides", "guarantee", "guarantees",
        "entitle", "entitles", "oblige", "obliges", "permit", "permits", "allocate", "allocates", "earmark",
        "earmarks", "sets",
    ])
    /// The past participles of `termsVerbs`, after a modal and "have": terms a blocked or a lapsed document would have
    /// set ("The law, signed by Governor Greg Abbott in June, would have required platforms with more than 5 million
    /// monthly users to…").
    static let termsParticiples = HashSet64(words: [
        "required", "allowed", "barred", "banned", "capped", "limited", "mandated", "included", "provided",
        "guaranteed", "entitled", "obliged", "permitted", "allocated", "earmarked", "set",
    ])
    static let termsModals = HashSet64(words: [
        "must", "will", "would", "shall", "can", "could", "may", "might", "should", "'ll",
    ])
    /// Plural evidence that gives a figure after "of": "reports of more than 100 assaults".
    static let reportsOfNouns = HashSet64(words: ["reports", "estimates", "projections", "forecasts"])
    /// Lists and rankings whose entries a figure after "of" counts: "released a list of more than 200,000 donors".
    static let listNouns = HashSet64(words: ["list", "lists", "ranking", "rankings", "roster", "rosters", "tally"])
    /// Verbs that make a document public: "published its list of", "released a ranking of".
    static let releaseVerbs = HashSet64(words: [
        "released", "releases", "release", "releasing", "published", "publishes", "publish", "publishing", "issued",
        "issues", "issue", "issuing", "unveiled", "unveils", "unveil", "unveiling", "compiled", "compiles",
        "compile", "compiling",
    ])
    /// A light verb that makes a speech noun a verb of saying: "made the case that", "makes the argument that".
    static let lightSpeechVerbs = HashSet64(words: ["made", "make", "makes", "making"])
    /// Speech nouns whose "that" clause, after a light verb, is the speaker's content ("made a plea … that").
    static let lightSpeechNouns = HashSet64(words: [
        "case", "argument", "arguments", "plea", "point", "claim", "claims", "pitch", "appeal", "assertion",
        "prediction", "boast", "charge",
    ])
    /// Nouns of secrecy that, denied after a light verb, say openly what follows: "made no secret of", "made no bones
    /// about" (`lightVerbSpeech`).
    static let openedSecrets = HashSet64(words: ["secret", "bones"])
    /// The words that open what an opened secret says: "no secret of wanting", "no bones about wanting".
    static let openedSecretTails = HashSet64(words: ["of", "about"])
    /// Words after a small count's noun that open the list naming what it counts ("three articles from A, B and C").
    static let listOpeners = HashSet64(words: ["from", "by", "at"])
    /// Question words after a cue: "asked how", "told them what".
    static let whWords = HashSet64(words: ["how", "what", "why", "whether", "if", "when", "where", "who", "which"])
    /// Pronouns of a group already named after "N of": "Twelve of them", "three of those".
    static let partitiveHeads = HashSet64(words: ["them", "those", "these", "us"])
    /// Words after "of" that refer back to what the sentence before counted: "Almost half of those sales", "Of these,
    /// 72 have settled" (`refersToTheFigureBefore`; not "us", the writer's and the reader's).
    static let referringPartitives = HashSet64(words: ["them", "those", "these"])
    /// Nouns of a sporting event after a distance: "the 12km race", "the 100m final".
    static let eventNouns = HashSet64(words: [
        "race", "races", "run", "event", "events", "final", "finals", "finalist", "heat", "heats", "relay",
        "title", "champion", "championship", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly",
        "medley", "sprint", "walk", "record", "course",
    ])
    /// Modals of speculation before a causal verb: "could have contributed to".
    static let hedgeModals = HashSet64(words: ["could", "may", "might", "possibly", "perhaps", "probably", "arguably"])
    /// Words between a hedge and its verb: "could well have", "may also have been".
    static let hedgeFillers = HashSet64(words: ["have", "has", "well", "also", "partly", "in", "part"])
    /// What befalls people counted with no noun: "84 were killed", "roughly 200 wounded", "at least 12 died".
    static let casualtyWords = HashSet64(words: [
        "killed", "wounded", "injured", "dead", "died", "hurt", "arrested", "detained", "missing", "displaced",
        "evacuated", "rescued", "drowned", "hospitalised", "hospitalized",
    ])
    /// Auxiliaries between a bare count and its casualty word: "were killed", "have been arrested", "are
    /// confirmed dead".
    static let casualtyAuxiliaries = HashSet64(words: [
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "reported", "confirmed", "later",
    ])
    /// Nouns of kind or manner after "the only" and before "to": "the only way to win", "the only chance to".
    static let notOnlyNouns = HashSet64(words: [
        "way", "ways", "thing", "things", "option", "options", "choice", "chance", "reason", "answer",
        "solution", "hope", "alternative", "means", "time", "place", "route", "path", "question", "issue",
        "problem", "goal", "aim", "plan", "attempt", "opportunity", "response", "right", "power", "need",
    ])
    /// Participles of a vote or a ranking before "the" and a superlative: "voted the best", "ranked the worst".
    static let votedRankings = HashSet64(words: ["voted", "ranked", "rated"])
    /// Verbs and adverbs of a standing in the polls: "leads in the polls", "trails in national polls".
    static let pollStandings = HashSet64(words: [
        "lead", "leads", "leading", "led", "ahead", "behind", "trail", "trails", "trailing", "trailed", "top",
        "tops", "topped", "topping", "dominate", "dominates", "dominated", "dominating", "frontrunner",
        "front-runner",
    ])
    @inline(__always) static var polls: UInt64 { wordHash(literal: "polls") }
    @inline(__always) static var poll: UInt64 { wordHash(literal: "poll") }
    @inline(__always) static var point: UInt64 { wordHash(literal: "point") }
    /// "by double digits", "a double-digit lead": a margin of ten points or more.
    @inline(__always) static var double: UInt64 { wordHash(literal: "double") }
    @inline(__always) static var digits: UInt64 { wordHash(literal: "digits") }
    @inline(__always) static var digit: UInt64 { wordHash(literal: "digit") }
    /// Words of a lead by a margin: "leads by 7 points", "a 10-point lead", "a 5-point edge".
    static let leadWords = HashSet64(words: [
        "lead", "leads", "leading", "led", "ahead", "trail", "trails", "trailing", "trailed", "behind", "margin",
        "edge", "advantage", "deficit", "gap",
    ])
    @inline(__always) static var no: UInt64 { wordHash(literal: "no") }
    @inline(__always) static var or: UInt64 { wordHash(literal: "or") }
    @inline(__always) static var zero: UInt64 { wordHash(literal: "zero") }
    /// Verbs of a vote before its tally: "confirmed 92 to 0", "voted 5-4", "passed 310-117".
    static let voteVerbs = HashSet64(words: [
        "voted", "vote", "votes", "confirmed", "passed", "approved", "rejected", "defeated", "ratified",
        "overrode", "upheld", "ruled", "split",
    ])
    /// Nouns after a tally that make it a vote's: "a 52-48 vote", "a 5-4 decision", "a 5-4 ruling".
    static let voteNouns = HashSet64(words: ["vote", "votes", "decision", "ruling", "majority", "margin"])
    @inline(__always) static var part: UInt64 { wordHash(literal: "part") }
    @inline(__always) static var large: UInt64 { wordHash(literal: "large") }
    /// What an election counts, joined to a figure before a majority: "an 80-seat majority", "a 300-vote margin".
    static let electoralUnits = HashSet64(words: ["seat", "vote", "delegate", "person", "member"])
    /// Words that open a short adverbial before a result's subject (`pastFrontedAdverbial`): "Compared with a year
    /// earlier, the jobless rate was down 0.4%", "Over the quarter, revenue fell 2%".
    static let frontedAdverbialOpeners = HashSet64(words: [
        "compared", "excluding", "including", "in", "over", "during", "across", "for",
    ])
    /// The smaller unit of an imperial measure written in two parts, against its number: "6ft 10in", "7lb 4oz".
    static let measureSubUnits = HashSet64(words: ["in", "oz", "lb", "lbs"])
    /// The tens of a number in words, before a hyphen and a unit: "twenty-three".
    static let tens = HashSet64(words: ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    static let majorityWords = HashSet64(words: ["majority", "margin", "lead", "advantage"])
    @inline(__always) static var majority: UInt64 { wordHash(literal: "majority") }
    /// Words of aiming before an infinitive that makes a ranking a goal (`isAspired`): "aims to be the biggest".
    static let aspirationWords = HashSet64(words: [
        "aim", "aims", "aimed", "aiming", "target", "targets", "goal", "goals", "ambition", "ambitions", "bid", "want",
        "wants", "wanted", "hope", "hopes", "hoped", "hoping", "plan", "plans", "planned", "intend", "intends",
        "intended", "determined", "vision", "seek", "seeks", "sought", "strive", "strives", "pledge", "pledged",
        "pledges", "promise", "promised", "promises", "vow", "vowed", "vows",
    ])
    /// The infinitives of being or having a goal's ranking follows: "to be", "to have", "to become".
    static let aspiredStates = HashSet64(words: ["be", "have", "become", "remain", "build", "create", "make"])
    /// Words between "a majority of" and its figure: "a majority of just 66".
    static let majorityHedges = HashSet64(words: ["just", "only", "about", "around", "some", "nearly", "almost"])
    /// What an election counts, ranked: "won the most seats", "the most delegates".
    static let electoralCounts = HashSet64(words: ["seats", "votes", "delegates"])
    /// Words before a margin in points: "won by 20 points", "within 4 points of".
    static let marginOpeners = HashSet64(words: ["by", "within"])
    /// Adverbs between "by" and a margin: "by just four points", "by only two points".
    static let marginAdverbs = HashSet64(words: ["just", "only", "barely", "fully"])
    /// Results that a margin in points measures: "a 22-point defeat", "the 8-point win", "a one-point difference".
    static let marginResults = HashSet64(words: [
        "win", "victory", "defeat", "loss", "difference", "swing", "landslide", "drop",
    ])
    /// Words after a margin in points that set one candidate against another: "3 points over Sanders".
    static let marginSides = HashSet64(words: ["ahead", "behind", "over", "clear"])
    /// Words of an election or a poll: a margin in points in their sentence is a vote's or a poll's, not a score's.
    static let electoralWords = HashSet64(words: [
        "poll", "polls", "polling", "pollster", "pollsters", "primary", "primaries", "caucus", "caucuses",
        "election", "elections", "electoral", "vote", "votes", "voters", "voter", "ballot", "ballots",
        "electorate", "delegates", "matchup", "constituency", "referendum",
    ])
    /// Nouns after "in" that place a lead in a race: "in the state", "in the race", "in the district".
    static let raceScopes = HashSet64(words: ["state", "race", "district", "primary", "contest"])
    /// Words after a margin that place it in the polls: "nationally", "statewide", "among voters".
    static let pollScopes = HashSet64(words: ["nationally", "nationwide", "statewide", "polls", "poll"])
    @inline(__always) static var polling: UInt64 { wordHash(literal: "polling") }
    /// Negations before "the only" ("isn't the only", "not the only") or a verb of winning ("hasn't carried").
    static let negations = HashSet64(words: [
        "not", "n't", "isn't", "wasn't", "aren't", "weren't", "never", "no", "hasn't", "haven't", "hadn't",
        "didn't", "doesn't", "don't", "won't", "wouldn't",
    ])
    /// Verbs of making known that a negation leaves unsaid, besides the lexicon's verbs of speech (whose forms after
    /// "did not" are bare): "did not disclose the price", "has not revealed", "would not confirm" (`isNegated`).
    static let disclosureVerbs = HashSet64(words: [
        "disclose", "discloses", "disclosed", "reveal", "reveals", "revealed", "confirm", "specify", "specified",
        "announce", "publish", "release", "comment", "explain", "detail",
    ])
    /// Spans of a record streak or a career: "five years of English dominance", "12 years as a congresswoman".
    static let tallySpans = HashSet64(words: ["years", "decades", "seasons", "terms"])
    /// Verbs that end a streak: "ended five years of dominance", "snapped 12 years of waiting".
    static let streakEnders = HashSet64(words: [
        "ended", "ending", "ends", "end", "snapped", "snapping", "broke", "breaking", "halted", "extended",
        "extending",
    ])
    /// Works whose story a sentence may tell ("the film follows three children"): counts in a plot are the
    /// story's, no figure of the world's.
    static let storyWorks = HashSet64(words: [
        "film", "films", "movie", "movies", "novel", "novels", "book", "books", "series", "show", "sitcom",
        "drama", "play", "musical", "opera", "story", "stories", "comedy", "thriller", "sequel", "episode",
        "documentary", "biopic", "cartoon", "game",
    ])
    /// Works whose "of" tells what they are about: "her story of three generations", "a saga of two families" (not
    /// "a series of 12 strikes").
    static let storiesOf = HashSet64(words: ["story", "stories", "tale", "tales", "saga", "sagas", "novel", "memoir"])
    /// Verbs that tell a work's plot: "the film follows…", "the novel tells of…", "the series centres on…".
    static let plotVerbs = HashSet64(words: [
        "follows", "followed", "tells", "told", "depicts", "depicted", "portrays", "portrayed", "centres",
        "centers", "centred", "centered", "chronicles", "chronicled", "revolves", "features", "featured",
    ])
    /// Participles of a work's making after "is": "is written and directed by", "was produced by" — authorship,
    /// not a report.
    static let authorshipParticiples = HashSet64(words: [
        "written", "directed", "produced", "composed", "authored", "co-written", "penned",
    ])
    /// Achievements in a career that make a possessive word ordinal a career tally ("her first ATP final", "his
    /// third Grammy") and streak words that make it a run ("their second straight win"); any other ordinal after a
    /// person or a body only identifies which one ("Clinton's first Senate campaign", "his second inaugural
    /// address").
    static let careerFirsts = HashSet64(words: [
        "title", "titles", "win", "victory", "gain", "goal", "final", "medal", "award", "nomination", "oscar",
        "grammy", "bafta", "emmy", "trophy", "prize", "cap", "championship", "crown", "major", "hit",
        "podium", "century", "hat-trick", "defeat", "consecutive", "straight", "successive",
    ])
    /// Results counted in a career or a streak: a count of them is a tally only with a tally's scope ("11 goals
    /// this season", "six straight wins", "14 of its last 16 matches"); alone it is a result ("scored two goals").
    static let tallyNouns = HashSet64(words: [
        "goals", "titles", "wins", "victories", "defeats", "losses", "medals", "awards", "caps", "trophies",
        "tries", "wickets", "centuries", "majors", "nominations", "grammys", "oscars", "baftas", "emmys",
        "matches", "games", "races", "tournaments", "championships", "points", "hits", "starts", "appearances",
        "contests", "primaries", "caucuses", "elections",
    ])
    /// Verbs of winning results that, in the perfect, sum a career: "has grabbed 11 goals", "have won four titles"
    /// (not "has received 12 nominations", a result of one event).
    static let achievingVerbs = HashSet64(words: [
        "won", "scored", "grabbed", "netted", "claimed", "collected", "bagged", "notched", "earned", "amassed",
        "racked", "clinched", "secured",
    ])
    /// Auxiliaries of the perfect and the adverbs between: "has now won", "have already scored".
    static let perfectAuxiliaries = HashSet64(words: ["has", "have", "had", "'s", "'ve", "'d"])
    static let perfectFillers = HashSet64(words: ["now", "already", "since", "so", "far", "also", "just", "up"])
    /// Words before a counted result that make the count a streak: "six straight wins", "14 consecutive games".
    static let streakWords = HashSet64(words: ["straight", "consecutive", "successive", "unbeaten", "winless"])
    /// Nouns of an extreme that a span before them makes a record: "a two-year low", "a 12-month high", "a
    /// five-year peak".
    static let spanExtremes = HashSet64(words: ["low", "lows", "high", "highs", "peak", "peaks"])
    /// Units of that span: "two-year", "12-month", "three-decade".
    static let spanUnits = HashSet64(words: ["year", "month", "week", "decade", "day", "century"])
    /// A lead in play, which doubling leaves a result: "doubled their lead", "doubled it" after "took the lead".
    static let leadNouns = HashSet64(words: ["lead", "advantage", "leads"])
    /// Words that make "demand" a market's, not someone's: "strong demand from China", "rising consumer demand" (no source
    /// for a figure here, no reporting verb in `isNounUse`).
    static let marketDemandModifiers = HashSet64(words: [
        "strong", "weak", "rising", "growing", "falling", "soaring", "slowing", "global", "consumer",
        "domestic", "export", "robust", "sluggish", "higher", "lower", "increased", "booming", "huge", "high", "low",
    ])
    /// Verbs of selection or winning whose repetition is a career's tally: "shortlisted for the fourth time", "won
    /// the title for the third time" (not "met her for the second time").
    static let careerVerbs = HashSet64(words: [
        "shortlisted", "nominated", "won", "reached", "crowned", "capped", "selected", "elected", "re-elected",
        "topped", "retained", "claimed", "lifted",
    ])
    /// Participles of recording data, which with "by" and a name make the data the recorder's: "the attacks logged
    /// by NetWarden", "complaints received by Ofcom", "cases recorded by the Met".
    static let recordingParticiples = HashSet64(words: [
        "logged", "recorded", "compiled", "counted", "registered", "received", "collected", "tracked", "monitored",
        "tallied",
    ])
    /// Verbs of making a plan public, which source the plan's sum as "announced" does (`unveiledPlan`): "has
    /// unveiled a £120m plan", "outlined a £2bn package".
    static let unveilingVerbs = HashSet64(words: ["unveiled", "unveils", "unveil", "outlined", "outlines"])
    /// Verbs by which a body puts out a warning (`issuedWarning`): "The Met Office has issued a yellow warning for up
    /// to 100mm of rain".
    static let issuingVerbs = HashSet64(words: ["issued", "issues", "issue", "issuing"])
    /// What such a body puts out, whose figure is its forecast: "a yellow warning for", "a heat-health alert"
    /// (`issuedWarning`).
    static let warningNouns = HashSet64(words: ["warning", "warnings", "alert", "alerts"])
    /// Words after a warning noun that open what it warns of: "a yellow warning for up to 100mm", "a heat-health
    /// alert for temperatures" (`issuedWarning`).
    static let warningTails = HashSet64(words: ["for", "of", "that", "about", "over"])
    /// What is unveiled with its sum: "a £120m plan", "a £2bn package", "a £40m scheme".
    static let unveiledNouns = HashSet64(words: [
        "plan", "plans", "package", "scheme", "strategy", "programme", "program", "proposals", "budget", "fund",
    ])
    /// Verbs after "That" or "This" that go on from the figure before (`refersToTheFigureBefore`): "That compares
    /// with 13.1%", "This means about £70 more".
    static let figureSequels = HashSet64(words: [
        "compares", "compared", "means", "meant", "represents", "represented", "equates", "amounts", "takes", "took",
        "brings", "brought", "puts", "leaves", "left", "adds", "added",
    ])
    /// Nouns of a count that make a one-letter magnitude after them millions, not metres: "The number of people
    /// waiting rose to 7.46m", "the total reached 1.2m"; and a bare number after "to" or "at" their value
    /// (`countValue`): "The death toll has risen to 52".
    static let countNouns = HashSet64(words: [
        "number", "numbers", "total", "tally", "count", "population", "toll", "tolls",
    ])
    /// Nouns of a figure after "that" or "this": "that number had dropped", "this figure rises".
    static let figureNouns = HashSet64(words: [
        "number", "figure", "total", "rate", "tally", "level", "share", "proportion", "percentage", "count",
    ])
    /// Nouns of a figure's change, ranked after "It was the": "It is the biggest monthly fall since 2009"
    /// (`ranksTheFigureBefore`).
    static let changeNouns = HashSet64(words: [
        "rise", "fall", "increase", "decrease", "drop", "decline", "jump", "gain", "growth", "surge", "slump",
        "contraction", "expansion", "reading",
    ])
    @inline(__always) static var itIs: UInt64 { wordHash(literal: "it's") }
    /// Nouns of an estimated sum, besides a figure's: "puts the cost at £500", "put the death toll at 300"
    /// (`putEstimate`).
    static let estimatedNouns = HashSet64(words: ["cost", "costs", "value", "toll", "bill", "loss", "losses", "damage"])
    /// Verbs that measure a result against evidence (`isBenchmark`): "beat forecasts", "missed estimates" (not
    /// "ahead in polls", a standing the polls give).
    static let benchmarkWords = HashSet64(words: [
        "beat", "beats", "beating", "missed", "miss", "misses", "missing", "exceeded", "exceeds", "exceeding",
        "topped", "surpassed", "outstripped",
    ])
    /// Verbs of striking whose count of times counts an attack's blows (`isCountOfBlows`): "stabbed a shopkeeper 14
    /// times", "was shot five times".
    static let blowVerbs = HashSet64(words: [
        "stabbed", "shot", "punched", "kicked", "knifed", "slashed", "bitten",
    ])
    /// What a drought goes without: "without a win in seven matches", "without a goal in five games".
    static let droughtNouns = HashSet64(words: ["win", "victory", "goal", "point", "try"])
    /// Units of results a streak counts, joined to its number: "a 19-match unbeaten run", "a nine-game winning streak".
    static let resultUnits = HashSet64(words: ["match", "game", "race", "fight", "bout", "league"])
    /// What a streak of results is: "unbeaten", "winning", "losing", "winless", "scoring".
    static let streakAdjectives = HashSet64(words: ["unbeaten", "winning", "losing", "winless", "scoring"])
    /// Nouns of a streak: "run", "streak".
    static let streakNouns = HashSet64(words: ["run", "streak"])
    /// Verbs of a rank held: "Britain now ranks fifth among EU countries", "was ranked third for the number of…".
    static let rankVerbs = HashSet64(words: ["ranks", "ranked", "rank"])
    /// Forms of "see" whose object is the subject's own ("saw their share of the vote fall", "has seen its profits
    /// squeezed"): what the subject underwent, not what it reports.
    static let seeForms = HashSet64(words: ["saw", "see", "sees", "seen", "seeing"])
    /// The first part of a hyphenated record within a competition or a career: "a tournament-high break of 142",
    /// "a season-best 7.12 seconds", "a career-best 64", "a franchise-record 14 assists", "a world-record fee" (with
    /// `recordExtremes` as the second part; a "career record" standing alone is a tally of wins and losses, hence not
    /// `recordScopes`).
    static let extremeScopes = HashSet64(words: [
        "season", "career", "tournament", "championship", "personal", "course", "club", "competition", "meeting",
        "franchise", "world", "league", "team", "national", "stadium",
    ])
    /// The second part of that record: "-high", "-best", "-low", "-worst", "-record".
    static let recordExtremes = HashSet64(words: ["high", "best", "low", "worst", "record"])
    /// What a superlative ranks within after "of the": "the highest break of the tournament", "the fastest time of
    /// the season", "the highest of the year" — a competition or a period, not a place ("of the town") or a group.
    static let rankingPeriods = HashSet64(words: [
        "season", "year", "tournament", "championship", "championships", "competition", "campaign", "decade",
        "century", "series", "games", "olympics", "event", "meeting", "race",
    ])
    /// A record a margin is taken off: "took 0.03 seconds off the mark set in 1996", "knocked two seconds off the
    /// British record", "off her personal best".
    static let recordMarks = HashSet64(words: ["record", "mark", "best"])
    /// Verbs of declaring, whose object may be an act performed rather than a statement (`isPerformative`).
    static let declaring = HashSet64(words: ["declared", "declares", "declare", "declaring", "proclaimed"])
    /// Verbs of pleading to charges (`isPerformative`): "denies 14 counts of fraud", "admitted two offences".
    static let pleading = HashSet64(words: [
        "denies", "denied", "deny", "denying", "admits", "admitted", "admit", "admitting", "contests", "contested",
    ])
    /// Forms of "plead" (`isPerformative`): "Doe pleaded not guilty and was released on $250,000 bond" enters a plea.
    static let pleaForms = HashSet64(words: ["plead", "pleads", "pleaded", "pleading", "pled"])
    /// The pleas a defendant enters, after "not" or "no" (`pleaNegations`): "guilty", "innocent", "no contest".
    static let pleas = HashSet64(words: ["guilty", "innocent", "contest"])
    static let pleaNegations = HashSet64(words: ["not", "no"])
    /// What a plea answers: "counts", "charges", "offences".
    static let chargeNouns = HashSet64(words: [
        "count", "counts", "charge", "charges", "offence", "offences", "offense", "offenses",
    ])
    /// Verbs of demanding, whose noun-phrase object is the demand made, not a statement (`isPerformative`):
    /// "demanded a ransom of $5m".
    static let demanding = HashSet64(words: ["demanded", "demands", "demand", "demanding"])
    /// Verbs of revising a forecast or a target (`revisedForecast`): "cut their target price", "raised its forecast".
    static let revisingVerbs = HashSet64(words: [
        "raise", "raised", "raises", "raising", "cut", "cuts", "cutting", "lower", "lowered", "lowers", "lowering",
        "lift", "lifted", "lifts", "revise", "revised", "revises", "revising", "upgrade", "upgraded", "upgrades",
        "downgrade", "downgraded", "downgrades", "trim", "trimmed", "trims", "slash", "slashed", "slashes", "set",
        "sets", "increase", "increased", "increases", "reduce", "reduced", "reduces",
    ])
    /// Nouns of a forecast or a target a source sets for itself: "its sales target", "their growth forecast".
    static let forecastNouns = HashSet64(words: [
        "target", "targets", "forecast", "forecasts", "estimate", "estimates", "guidance", "outlook", "projection",
        "projections", "prediction", "predictions", "expectations",
    ])
    /// Irregular past participles after "has", "have" or "had" (`isPerfectAuxiliary`): "have risen", "has fallen".
    static let irregularPerfects = HashSet64(words: [
        "been", "risen", "fallen", "grown", "gone", "done", "become", "come", "got", "gotten", "won", "lost", "made",
        "paid", "sold", "spent", "kept", "left", "led", "hit", "cut", "run", "set", "taken", "given", "seen", "begun",
        "shrunk", "slid", "sunk", "soared", "doubled", "halved", "tripled",
    ])
    /// Nouns of a kind of business a definite reference may use besides the entity stage's organisation nouns:
    /// "The Luton-based carrier made £18m" refers back to the airline that reported (`opensWithReference`).
    static let businessNouns = HashSet64(words: [
        "carrier", "brewer", "manufacturer", "maker", "producer", "publisher", "provider", "miner", "grocer",
        "builder", "housebuilder", "developer", "utility", "insurer", "distributor", "outfit",
    ])
    /// Nouns a definite reference uses for a country that reported: "The country saw more than $1.2bn…"
    /// (`opensWithReference`).
    static let countryNouns = HashSet64(words: ["country", "nation"])
    @inline(__always) static var scale: UInt64 { wordHash(literal: "scale") }
    /// A scale's steps, counted after a ranking that names one: "the lowest of four grades".
    static let scaleSteps = HashSet64(words: [
        "grades", "levels", "categories", "bands", "tiers", "ratings", "stages", "notches", "steps", "points",
    ])
    /// Participles of harm a predicate superlative ranks: "have been worst affected", "were hardest hit".
    static let harmParticiples = HashSet64(words: ["affected", "hit", "damaged", "exposed"])
    /// Superlatives of degree before such a participle: "worst affected", "hardest hit", "most exposed".
    static let harmSuperlatives = HashSet64(words: ["worst", "hardest", "most"])
    /// Modifiers of a document's recency: "the last fundraising report", "the latest survey".
    static let recencyWords = HashSet64(words: ["last", "latest", "new", "newest", "recent", "most", "next"])
    /// Passives of belief or report that leave a figure no one's (`isHearsay`): "is thought to have about 70%".
    static let hearsayPassives = HashSet64(words: [
        "thought", "believed", "understood", "expected", "said", "reported", "rumoured", "rumored", "tipped",
        "estimated", "projected", "forecast", "predicted", "reputed", "alleged", "considered",
    ])
    /// What closes a sentence as its hearsay after "it" and a comma, besides those passives: "…, it has emerged."
    static let closingHearsay = HashSet64(words: ["emerged"])
    /// "put" and "puts", whose figure object is a sum invested: "which put £500,000 into the production".
    static let putForms = HashSet64(words: ["put", "puts"])
    /// Verbs of turning down an offer: "has rejected a £620m takeover approach" is an act, not a statement.
    static let rejecting = HashSet64(words: ["rejected", "rejects", "reject", "rejecting", "rebuffed", "rebuffs"])
    /// Forms of "defend": with a figure after them, what a contest puts at stake ("defending 1,600 seats").
    static let defending = HashSet64(words: ["defend", "defends", "defended", "defending"])
    /// Words of waiting for a document not yet out: "investors awaited a U.S. inflation report", "ahead of jobs data"
    /// (`isAwaited`: no source yet).
    static let awaitingWords = HashSet64(words: ["awaited", "awaiting", "await", "awaits"])
    @inline(__always) static var ahead: UInt64 { wordHash(literal: "ahead") }
    /// Acts a declaration performs: "declared a national emergency", "declared war", "declared bankruptcy".
    static let performedActs = HashSet64(words: [
        "emergency", "war", "bankruptcy", "independence", "ceasefire", "truce", "holiday", "disaster", "curfew",
        "state",
    ])
    /// States a declaration puts its own subject in, after a reflexive (`declaresAState`): "The council declared
    /// itself effectively bankrupt", "The firm declared itself insolvent".
    static let declaredStates = HashSet64(words: ["bankrupt", "insolvent", "independent", "neutral"])
    /// What a study does to its sample (`describesMethodology`): "analysed the records of 340,000 adults".
    static let studyVerbs = HashSet64(words: [
        "analysed", "analyzed", "followed", "tracked", "studied", "examined", "recruited", "enrolled", "monitored",
        "assessed", "tested", "compared", "looked", "fitted", "interviewed", "sampled", "measured", "screened",
        "randomised", "randomized", "assigned",
    ])
    /// Participles of verbs whose active takes an object before "of" or "for" (accuse someone of, blame someone
    /// for): right before the preposition they are passive (`isReducedPassive`).
    static let objectFirstParticiples = HashSet64(words: [
        "accused", "blamed", "criticised", "criticized", "praised", "condemned", "thanked", "congratulated",
        "applauded", "hailed", "slammed", "blasted",
    ])
    /// Words before a prediction word after a figure that make the forecast what the figure is compared with, a
    /// result beside it (`isPrediction`): "ahead of forecasts", "more than expected", "in line with forecasts".
    static let forecastComparisons = HashSet64(words: ["of", "than", "with", "against", "above", "below"])
    /// Police who question people in an inquiry (`askedByPolice`): "Officers questioned 300 people in the days after
    /// the attack", "Police interviewed 200 witnesses on Monday" — no poll's interviewers.
    static let inquirers = HashSet64(words: ["police", "officers", "detectives", "constables"])
    /// Who does it: "Researchers analysed", "The study followed", "the team tracked", "The research tracked", "The
    /// review examined".
    static let studySubjects = HashSet64(words: [
        "researchers", "scientists", "study", "research", "review", "team", "trial", "authors", "academics",
        "investigators",
    ])
    /// Words that join a study's subject to where it works, between capitals (`hasStudySubject`): "Researchers at
    /// the University of Bristol", "scientists from Oxford and Cambridge".
    static let studyPlaceLinks = HashSet64(words: ["at", "from", "of", "the", "and", "in"])
    /// Hearings whose evidence sources a statement: "the court heard", "the jury was told", "an inquest heard",
    /// "Jurors were told", "The panel heard that…" (a misconduct or disciplinary hearing).
    static let hearingNouns = HashSet64(words: [
        "court", "jury", "jurors", "inquest", "inquiry", "tribunal", "hearing", "trial", "committee", "magistrates",
        "panel",
    ])
    @inline(__always) static var heard: UInt64 { wordHash(literal: "heard") }
    /// Periods a statistic is reported over, whose streak is a record: "the fifth month in a row", "the third year
    /// running" (a night's or a day's streak narrates: "for the second night in a row").
    static let statisticPeriods = HashSet64(words: statisticPeriodWords)
    private static let statisticPeriodWords = ["month", "year", "quarter"]
    /// Those periods and the week, which scope a superlative after "in the" (`hasPeriodScope`): "the biggest source
    /// of asylum seekers in the quarter".
    static let reportingPeriods = HashSet64(words: statisticPeriodWords + ["week"])
    /// Periods "this" scopes a count to after an ordinal (`isOrdinalWithSpan`): "the fourth strike this year".
    static let countPeriods = HashSet64(words: [
        "year", "month", "season", "week", "quarter", "decade", "century", "parliament", "term",
    ])
    /// Verbs that set or break a record, before it (`setsARecord`): "broke the world record", "set a new record".
    static let recordSettingVerbs = HashSet64(words: [
        "broke", "breaks", "break", "breaking", "broken", "set", "sets", "setting", "smashed", "smashes", "smashing",
        "shattered", "shatters", "equalled", "equaled", "equals", "matched", "eclipsed", "bettered", "lowered",
    ])
    @inline(__always) static var own: UInt64 { wordHash(literal: "own") }
    /// The same periods counted in a streak or a run: "for five straight years", "11 of the past 15 fiscal years".
    static let periodPlurals = HashSet64(words: ["months", "years", "quarters"])
    /// What "twice as" compares that is a measure: "twice as many", "twice as likely", "twice as high".
    static let twiceMeasures = HashSet64(words: [
        "many", "much", "likely", "high", "large", "big", "fast", "often", "long", "expensive", "quickly",
    ])
    /// Measures "twice the" multiplies: "twice the number", "twice the national average".
    static let twiceNouns = HashSet64(words: [
        "number", "rate", "size", "amount", "level", "average", "national", "price", "cost",
    ])
    /// Words right before "double", "triple" or "treble" that make it a measure's multiple, not a verb
    /// (`isMultipleOf`; a form of "be" does too): "Waits were more than double the 18-minute target", "Visits are almost
    /// double the national average", "Prices are now treble what they were".
    static let multipleLeads = HashSet64(words: [
        "than", "almost", "nearly", "roughly", "about", "around", "approximately", "over", "now", "least", "just",
    ])
    /// Words after such a multiple that open what it multiplies, besides "the" and an owner's word: "Its debt is
    /// double that of 2019", "treble what they were".
    static let multipleReferents = HashSet64(words: ["that", "those", "what"])
    @inline(__always) static var twice: UInt64 { wordHash(literal: "twice") }
    @inline(__always) static var running: UInt64 { wordHash(literal: "running") }
    /// Spans after "this" that scope a tally: "11 goals this season", "five titles this year".
    static let tallyPeriods = HashSet64(words: ["season", "year", "campaign", "term", "career"])
    /// Words of a run of results before its length: "14 of its last 16 matches", "three of their past five games".
    static let runWords = HashSet64(words: ["last", "past", "previous", "first"])
    @inline(__always) static var career: UInt64 { wordHash(literal: "career") }
    @inline(__always) static var during: UInt64 { wordHash(literal: "during") }
    /// Spans of a working life after "in her", "during his": "12 Grammys during her career".
    static let careerSpans = HashSet64(words: ["career", "careers", "tenure", "reign", "lifetime"])
    @inline(__always) static var this: UInt64 { wordHash(literal: "this") }
    @inline(__always) static var so: UInt64 { wordHash(literal: "so") }
    @inline(__always) static var far: UInt64 { wordHash(literal: "far") }
    @inline(__always) static var based: UInt64 { wordHash(literal: "based") }
    @inline(__always) static var date: UInt64 { wordHash(literal: "date") }
    @inline(__always) static var row: UInt64 { wordHash(literal: "row") }
    /// Rank words that rank like a superlative with a place scope: "the main export product in Nigeria".
    static let rankAdjectives = HashSet64(words: ["main", "chief", "principal"])
    /// Adjectives of judgement after "most": "the most powerful woman in the world", "one of the most substantive
    /// contests in history" evaluate whatever their scope (GUIDE.md: opinions and evaluations are no claims); a
    /// measure ranks ("the most populous", "the most widely used").
    /// Nouns whose size is a judgement, not a measure: "the biggest challenge", "one of the biggest Oscar buzzes in
    /// recent years", "his biggest boosters" — a superlative before them ranks nothing (GUIDE.md: evaluations).
    static let judgementHeads = HashSet64(words: [
        "buzz", "buzzes", "takeaway", "takeaways", "booster", "boosters", "fan", "fans", "supporter",
        "supporters", "critic", "critics", "cheerleader", "cheerleaders", "champion", "champions", "mistake",
        "mistakes", "blunder", "blunders", "challenge", "challenges", "threat", "threats", "problem", "problems",
        "issue", "issues", "concern", "concerns", "question", "questions", "surprise", "surprises", "moment",
        "moments", "name", "names", "star", "stars", "draw", "impact", "regret", "regrets", "fear", "fears",
        "worry", "worries", "hurdle", "hurdles", "obstacle", "obstacles", "test", "story", "stories", "applause",
        "cheer", "cheers", "asset", "assets", "weakness", "weaknesses", "strength", "strengths", "risk", "risks",
    ])
    static let evaluativeAdjectives = HashSet64(words: [
        "powerful", "influential", "important", "significant", "consequential", "aggressive", "substantive",
        "treasured", "famous", "celebrated", "notorious", "beautiful", "talented", "gifted", "brilliant",
        "controversial", "divisive", "polarizing", "polarising", "contentious", "respected",
        "admired", "hated", "loved", "beloved", "feared", "trusted", "iconic", "prestigious", "ambitious",
        "exciting", "interesting", "memorable", "remarkable", "extraordinary", "impressive", "inspiring",
        "charismatic", "effective", "qualified", "honest", "corrupt", "ruthless", "intelligent", "prominent",
        "outspoken", "vocal", "dramatic", "shocking", "bizarre", "disturbing", "serious", "crucial", "critical",
        "anticipated", "promising", "accomplished", "bitter", "heated", "fierce", "vicious", "toxic", "difficult",
    ])
    /// Plans and pledges: they give only the figure of their own complement ("Trump's plan to deport 11 million"),
    /// not what they "would see" (GUIDE.md: no reporting relation) nor another figure of the sentence.
    static let planNouns = HashSet64(words: [
        "plan", "plans", "proposal", "proposals", "pledge", "pledges", "promise", "promises", "vow", "budget",
        "platform", "agenda", "vision", "offer", "bill", "goal", "goals", "proposed", "promised", "campaign",
    ])
    /// Stances held by someone named after them, whose content follows "is that": "The concern within the
    /// administration is that…", "The view among economists was that…" (`stanceFrame`).
    static let stanceNouns = HashSet64(words: [
        "concern", "concerns", "fear", "fears", "worry", "worries", "view", "consensus", "belief", "hope",
        "expectation", "assumption", "thinking", "feeling", "sense", "suspicion", "assessment", "conclusion",
        "calculation", "argument", "complaint", "hunch", "bet",
    ])
    /// Prepositions that name a stance's holder: "the fear among investors", "the view in Washington".
    static let holderPrepositions = HashSet64(words: [
        "among", "within", "inside", "in", "at", "of", "across", "around",
    ])
    /// Nouns of time that end a phrase after a stance without naming its holder: "the fear at the time".
    static let holderTimeNouns = HashSet64(words: [
        "time", "times", "moment", "point", "outset", "start", "end", "height", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "past", "meantime", "wake", "aftermath",
    ])
    /// Prepositions that front a stance's holder: "Among aides, the fear is that …" (not "In 2015, …", a date).
    static let frontedHolders = HashSet64(words: ["among", "within", "inside"])
    /// The labels of an interview transcript: "Q:" for the interviewer's question, "A:" for the answer.
    @inline(__always) static var question: UInt64 { wordHash(literal: "q") }
    /// Words of money before a bare plural magnitude, a sum without its figure: "worth millions", "raised
    /// billions", "spent millions on ads" ("millions of voters" is a count: `partitiveEnd`).
    static let sumVerbs = HashSet64(words: [
        "worth", "spent", "spend", "spends", "spending", "raised", "raise", "raises", "raising", "cost",
        "costs", "costing", "paid", "pay", "pays", "paying", "earned", "earn", "earns", "earning", "made",
        "make", "makes", "making", "lost", "lose", "loses", "losing", "owe", "owes", "owed", "donated",
        "donate", "donates", "donating", "gave", "given", "collected", "received", "pocketed", "borrowed",
    ])
    /// Words that open a plan's complement: "plan to deport", "proposals, including", "his pledge of".
    static let complementOpeners = HashSet64(words: ["to", "for", "of", "that", "including"])
    @inline(__always) static var multi: UInt64 { wordHash(literal: "multi") }
    @inline(__always) static var most: UInt64 { wordHash(literal: "most") }
    @inline(__always) static var only: UInt64 { wordHash(literal: "only") }
    @inline(__always) static var among: UInt64 { wordHash(literal: "among") }
    @inline(__always) static var until: UInt64 { wordHash(literal: "until") }
    /// Nouns of the whole world that scope a ranking: "on the planet", "in the world".
    static let worldNouns = HashSet64(words: ["world", "planet", "earth", "globe", "country"])
    /// Nouns of a place that scope a ranking after "in the": "the biggest employer in the region", "largest
    /// hospital in the county" (`hasPlaceScope`).
    static let localScopeNouns = HashSet64(words: [
        "region", "town", "city", "county", "state", "area", "village", "borough", "province", "district", "capital",
    ])
    @inline(__always) static var others: UInt64 { wordHash(literal: "others") }
    @inline(__always) static var much: UInt64 { wordHash(literal: "much") }
    @inline(__always) static var also: UInt64 { wordHash(literal: "also") }
    @inline(__always) static var those: UInt64 { wordHash(literal: "those") }
    @inline(__always) static var half: UInt64 { wordHash(literal: "half") }
    /// Words that stress a unit as whole: "a full percentage point", "a whole percentage point".
    static let wholeWords = HashSet64(words: ["full", "whole"])
    @inline(__always) static var `as`: UInt64 { wordHash(literal: "as") }
    /// Words before a count that make it refer back to things already named: "the two men", "those four sites".
    static let definiteHeads = HashSet64(words: [
        "the", "those", "these", "first", "last", "next", "other", "remaining", "final", "top",
    ])
    static let recordHighs = HashSet64(words: ["high", "highs", "low", "lows", "level", "levels"])
    /// Participles that rank by a count after "most" (`mostRankingEnd`): "the most visited show", "the most watched
    /// programme" — an audience counted, not a judgement.
    static let countedParticiples = HashSet64(words: [
        "visited", "watched", "viewed", "streamed", "downloaded", "attended", "played", "read", "searched",
    ])
    /// Scopes a record is held within, right before it: "a club record", "a national record", "a tournament record".
    static let recordScopes = HashSet64(words: [
        "club", "national", "european", "olympic", "commonwealth", "tournament", "championship", "course", "league",
        "stadium", "competition", "county", "state", "indoor", "meeting", "franchise", "team",
    ])
    /// Comparatives of a measure that rank against all others with "than any" or "than ever": "higher than any
    /// other state", "larger than ever" (not judgements: "better", "worse", "greater").
    static let measureComparatives = HashSet64(words: [
        "higher", "lower", "larger", "bigger", "smaller", "faster", "slower", "longer", "shorter", "older",
        "younger", "richer", "poorer", "wealthier", "cheaper", "costlier", "deadlier", "wider", "taller",
    ])
    /// Comparatives of an amount, ranking only with their noun between ("more votes than any", "fewer
    /// delegates than ever"; not "now more than ever").
    static let amountComparatives = HashSet64(words: ["more", "fewer", "less"])
    /// What "than" compares with when it ranks against all: "than any other", "than ever".
    static let rankingThanHeads = HashSet64(words: ["any", "ever"])
    /// Verbs of winning or holding a seat or a state, whose negation up to a year is a streak: "has not won the
    /// state since 1988", "No Democrat has held the seat since 1994".
    static let electoralWins = HashSet64(words: [
        "won", "win", "wins", "carried", "carry", "carries", "held", "hold", "holds", "captured", "taken",
        "took", "flipped", "elected", "nominated", "controlled", "led", "topped",
    ])
    /// Parts of a year between "since" and the year: "since the autumn of 2003", "since early 2001".
    static let partsOfAYear = HashSet64(words: [
        "spring", "summer", "autumn", "fall", "winter", "start", "end", "beginning", "middle", "early", "late",
    ])
    /// Verbs of a standing before a head-to-head tally: "Cruz trails Trump 458 to 359", "Rubio tops Clinton
    /// 41-40" (`standingTally`).
    static let tallyStandings = HashSet64(words: [
        "leads", "led", "leading", "lead", "trails", "trailed", "trailing", "trail", "tops", "topped", "edges",
        "edged",
    ])
    /// Nouns of who was the last to do something, a record as a first is: "the last Democrat to win Kentucky",
    /// "the last president to visit" (a capitalised kind counts too: "the last Republican to").
    static let lastRankNouns = HashSet64(words: [
        "candidate", "president", "nominee", "senator", "governor", "state", "country", "nation", "person",
        "woman", "man", "member", "politician", "leader", "team", "party", "incumbent", "mayor", "lawmaker",
    ])
    @inline(__always) static var last: UInt64 { wordHash(literal: "last") }
    /// Forms of "make" before "history", a record stated by its phrase: "made history by nominating the first…".
    static let madeForms = HashSet64(words: ["made", "makes", "making"])
    static let comparativeHeads = HashSet64(words: [
        "more", "fewer", "less", "greater", "higher", "lower", "over", "under", "nearly", "almost",
    ])
    static let hasOrOn = HashSet64(words: [
        "on", "has", "have", "had", "track", "criminal", "voting", "his", "her", "their", "its", "our", "off",
        "public",
    ])
    /// Words before "the record" that make it an idiom of speaking: "went on the record", "off the record", "for
    /// the record".
    static let recordIdiomHeads = HashSet64(words: ["on", "off", "for"])
    /// Two-word causal connectives (after Full Fact: led to, because of, thanks to, driven by, triggered, hit by).
    static let causalPairs: [UInt64: Set<UInt64>] = {
        let to = wordHash("to")
        let by = wordHash("by")
        let of = wordHash("of")
        let inn = wordHash("in")
        let on = wordHash("on")
        let from = wordHash("from")
        return [
            wordHash("due"): [to], wordHash("led"): [to], wordHash("leading"): [to], wordHash("because"): [of],
            wordHash("result"): [of], wordHash("thanks"): [to],
            wordHash("contributed"): [to], wordHash("blamed"): [on], wordHash("owing"): [to],
            wordHash("driven"): [by], wordHash("fueled"): [by], wordHash("fuelled"): [by],
            wordHash("sparked"): [by], wordHash("triggered"): [by], wordHash("hit"): [by], wordHash("caused"): [by],
            wordHash("prompted"): [by], wordHash("boosted"): [by], wordHash("hampered"): [by],
            wordHash("hurt"): [by], wordHash("stemming"): [from], wordHash("stemmed"): [from],
            wordHash("stems"): [from], wordHash("resulting"): [from], wordHash("resulted"): [inn, from],
            wordHash("spurred"): [by], wordHash("propelled"): [by], wordHash("buoyed"): [by],
        ]
    }()
    /// What strikes a person or a thing in a narrative's blow, not a cause: "hit by a lorry", "hit by a stray bullet".
    static let strikingObjects = HashSet64(words: [
        "car", "van", "lorry", "truck", "bus", "coach", "train", "tram", "vehicle", "motorcycle", "motorbike", "bike",
        "bicycle", "cyclist", "taxi", "tractor", "bullet", "ball", "missile", "rocket", "shell", "drone", "stone",
        "brick", "bottle", "tree", "branch", "wave",
    ])
    @inline(__always) static var hit: UInt64 { wordHash(literal: "hit") }
    /// What a verb of causing invokes or sets off rather than causes: "triggered Article 50", "a break clause", "the
    /// alarm".
    static let invokedProvisions = HashSet64(words: [
        "article", "clause", "section", "mechanism", "procedure", "provision", "alarm", "alarms", "alert", "alerts",
        "backstop",
    ])
    /// One-word causal verbs: "the crash triggered a sell-off".
    static let causalVerbs = HashSet64(words: ["triggered", "sparked", "caused"])

    @inline(__always) static func classes(_ h: UInt64) -> ClaimWordClass { ClaimWordClass(rawValue: table.lookup(h)) }
}
