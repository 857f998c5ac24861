/// Prose analysis of one article: sentences, quotes, attributions, entities in prose, and claims.
/// Built from an `ArticleSyntax` by `ArticleAnalyzer.analyze`, which reads only `syntax.prose`
/// (markup is already blanked) and the annotation lists.
///
/// Invariants:
/// - Sentences are ordered, do not overlap, and each lies inside one paragraph.
/// - Indices (`sentence`, `paragraph`, `entity`) index the arrays of the same analysis.
/// - The analysis is a value: recomputing it for one document never touches another.
public struct ArticleAnalysis: Sendable {
    public let syntax: ArticleSyntax
    public let sentences: [Sentence]
    public let quotes: [Quote]
    public let attributions: [Attribution]
    public let entities: [ProseEntity]
    public let claims: [Claim]
    /// Vague-attribution phrases ("sources say", "reportedly").
    public let vagueAttributions: [VagueAttribution]
    /// The entities of unknown kind by their names that a speech verb of this text shows to be people: what a
    /// segment of a large document tells the others (`NameReads.Local.lent`).
    var spokenPeople: [Int] = []

    public init(
        syntax: ArticleSyntax, sentences: [Sentence], quotes: [Quote], attributions: [Attribution],
        entities: [ProseEntity], claims: [Claim], vagueAttributions: [VagueAttribution]
    ) {
        self.syntax = syntax
        self.sentences = sentences
        self.quotes = quotes
        self.attributions = attributions
        self.entities = entities
        self.claims = claims
        self.vagueAttributions = vagueAttributions
    }

    public var text: SourceText { syntax.text }

    /// The sentence containing `offset`, if any.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if offset < r.start { hi = mid - 1 } else if offset >= r.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

public struct Sentence: Sendable, Hashable {
    public let range: TextRange
    public let paragraph: Int
    /// The sentence is a headline or heading (never a claim).
    public let isHeadline: Bool
    public init(range: TextRange, paragraph: Int, isHeadline: Bool) {
        self.range = range
        self.paragraph = paragraph
        self.isHeadline = isHeadline
    }
}

public struct Quote: Sendable, Hashable {
    /// From the opening mark to the closing mark inclusive (to the paragraph's end when unclosed).
    public let range: TextRange
    /// The quoted words, without marks.
    public let contentRange: TextRange
    public let paragraph: Int
    public let wordCount: Int
    /// The quote was not closed in its paragraph and continues into the next one.
    public let continues: Bool
    /// Title Case words with no sentence inside (a book or film title, not speech).
    public var isTitle: Bool = false
    /// A phrase woven into the writer's own sentence — it opens in lower case right after a determiner, a
    /// preposition, a coordinator or a naming verb ("for “records sufficient to show…”"), or after any word and
    /// before a lower-case noun it describes ("a new “too big to fail” tax") — a partial or scare quote, not a
    /// free-standing direct quote.
    public var isPartial: Bool = false
    /// Words a quote needs to count as speech someone must be credited with (shorter ones are scare quotes).
    public static let directMinimumWords = 4
    /// Free-standing speech: long enough, not a title, not woven into the writer's sentence. (Where it stands —
    /// a headline, a heading — is the caller's question.)
    public var isDirect: Bool { wordCount >= Quote.directMinimumWords && !isTitle && !isPartial }
    /// Index of the attribution that gives the quote its speaker, if any.
    public var attribution: Int?
    public init(
        range: TextRange, contentRange: TextRange, paragraph: Int, wordCount: Int, continues: Bool, attribution: Int?
    ) {
        self.range = range
        self.contentRange = contentRange
        self.paragraph = paragraph
        self.wordCount = wordCount
        self.continues = continues
        self.attribution = attribution
    }
}

public struct Attribution: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// "X said", "said X", "X, a partner at Y, says".
        case reportingVerb
        /// "according to X".
        case accordingTo
        /// "X: “…”" — a colon introducing a quote.
        case colon
        /// Carried from the previous sentence by a continuity cue ("He added", "The report also found").
        case carried
        /// A cue word the learned tagger accepts ("believes", "wants", "criticized", "support for"), its relation
        /// built like a reporting verb's (`Attribution/CueTagger.swift`); `confidence` holds its score.
        case learned
        /// A quote whose sentence names its likely source but has no reporting verb ("Carson called the system
        /// “rotten to the core.”"). Gives quotes a speaker only; never makes a claim sourced.
        case implicit
    }
    public let kind: Kind
    /// The sentence it attributes.
    public let sentence: Int
    /// The cue: the verb, "according to", or the colon.
    public let cueRange: TextRange
    /// The whole cue phrase as PolNeAR marks it: the verb with its auxiliaries, particle and noun-phrase cue
    /// ("has also said", "said in a statement", "called for", "was first reported by"); nil when it is `cueRange`.
    public var cuePhraseRange: TextRange? = nil
    /// The speaker as written ("Clark", "he", "Harley Lewin, a partner at…"): just the name or pronoun.
    public let speakerRange: TextRange?
    /// The prose entity the speaker resolves to (pronouns resolved to the nearest earlier person).
    public let entity: Int?
    /// For a pronoun speaker: the people it could refer to (two or more means ambiguous).
    public let candidates: [Int]
    public let isPronoun: Bool
    /// The whole source phrase (PolNeAR's Source): the name with its title and appositive ("former President
    /// Bill Clinton", "Harley Lewin, a partner at Y"), or the whole description ("a spokesman for the company");
    /// nil when no source is named. `speakerRange` is the name or pronoun inside it.
    public var sourceRange: TextRange? = nil
    /// How the speaker is named (decides `unidentified-speaker`).
    public var speakerForm: SpeakerForm = .none
    /// The content the source is credited with (PolNeAR's Content): one span, several for discontinuous
    /// content (a quote split by its cue), none when no content was delimited.
    public var contentRanges: [TextRange] = []
    /// For a `.learned` cue: the tagger's score above its threshold (higher is surer); nil for the rules' cues.
    public var confidence: Double? = nil
    /// What kind of report this is (PolNeAR's direct / indirect / mixed; other for beliefs, documents…).
    public var relation: Relation = .other
    public enum Relation: String, Sendable, Hashable {
        /// The content is a quote.
        case direct
        /// Reported speech without quote marks ("officials said that…").
        case indirect
        /// Reported speech with a quoted part.
        case mixed
        /// Anything else: a stance, a belief or an intention ("officials expect that…"), a document or data as the
        /// source.
        case other
    }
    /// The speaker stands right next to a speech verb ("Clark said", "said Clark", "according to Clark"),
    /// rather than being the nearest name before a verb of stance or a cue with no speaker beside it.
    public var isDirect: Bool = false
    /// How the speaker is named.
    public enum SpeakerForm: String, Sendable, Hashable {
        /// No speaker found (passive, or a cue alone).
        case none
        /// he, she, they, it…
        case pronoun
        /// One name word ("Clark", "Ma").
        case surnameOnly
        /// Honorific + one name word ("Mr Ma", "Dr. Lee").
        case honorificSurname
        /// Two or more name words ("Harley Lewin").
        case fullName
        /// A description ("the report", "officials").
        case description
    }
    public init(
        kind: Kind, sentence: Int, cueRange: TextRange, speakerRange: TextRange?, entity: Int?,
        candidates: [Int], isPronoun: Bool
    ) {
        self.kind = kind
        self.sentence = sentence
        self.cueRange = cueRange
        self.speakerRange = speakerRange
        self.entity = entity
        self.candidates = candidates
        self.isPronoun = isPronoun
    }
}

public struct VagueAttribution: Sendable, Hashable {
    public let range: TextRange
    public let sentence: Int
    public let phrase: String
    public init(range: TextRange, sentence: Int, phrase: String) {
        self.range = range
        self.sentence = sentence
        self.phrase = phrase
    }
}

/// A person, organisation or other named thing found in prose (annotated or not).
public struct ProseEntity: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case person, organization, place, unknown }
    public let canonicalName: String
    public let kind: Kind
    /// Every mention, in text order.
    public let mentions: [TextRange]
    /// The first mention that gives the full name (or the first mention, when none does).
    public let firstFullMention: TextRange
    /// The defined entity id this entity links to (through an annotation or an alias), if any.
    public let definedID: String?
    /// A role or description given beside the name ("a partner at NY law firm…"), if any.
    public let hasRole: Bool
    /// Some mention gives two or more name words (a full name).
    public var hasFullName: Bool = false
    /// The first mention that comes with a role or title ("President-elect Donald Trump",
    /// "Harley Lewin, a partner at…"), if any.
    public var firstRoleMention: TextRange? = nil
    /// The text shows this is a person, not an organisation, place or group read as a surname: an honorific, a
    /// full name or a role somewhere in the article (what the speaker rules require).
    public var isEvidentlyPerson: Bool { hasHonorific || hasFullName || firstRoleMention != nil }
    /// Some mention names the entity with an honorific ("Mr Ma", "Ms Clarke", "Lord Falconer"): a person.
    public var hasHonorific: Bool = false
    public init(
        canonicalName: String, kind: Kind, mentions: [TextRange], firstFullMention: TextRange,
        definedID: String?, hasRole: Bool
    ) {
        self.canonicalName = canonicalName
        self.kind = kind
        self.mentions = mentions
        self.firstFullMention = firstFullMention
        self.definedID = definedID
        self.hasRole = hasRole
    }
}

/// A check-worthy sentence and why.
public struct Claim: Sendable, Hashable {
    /// The kind of claim, after Full Fact's taxonomy of check-worthy claims.
    public enum Reason: String, Sendable, Hashable {
        /// Money, a percentage, a count of things in the world, a fraction, a multiple ("three times as many").
        case quantity
        /// A comparison, ranking or record ("the world's fourth-largest", "record losses", "the first since 1966").
        case superlative
        /// A prediction with a figure ("the shortfall is projected to rise to $427bn").
        case forecast
        /// A cause stated by an explicit connective ("driven by", "triggered", "hit by", "thanks to").
        case causal

        /// How messages and hovers name the kind: quantity, comparison, prediction, cause.
        public var kindName: String {
            switch self {
            case .quantity: return "quantity"
            case .superlative: return "comparison"
            case .forecast: return "prediction"
            case .causal: return "cause"
            }
        }
    }
    public let sentence: Int
    public let reason: Reason
    /// The words that made it a claim ("$15 billion", "largest").
    public let cueRange: TextRange
    /// The sentence is sourced: a citation, a link, an attribution in it or carried into it.
    public let isSourced: Bool
    /// What sources it, when `isSourced` (the analysis keeps `isSourced == (sourcedBy != nil)`).
    public var sourcedBy: Sourcing? = nil
    public enum Sourcing: Sendable, Hashable {
        /// A citation `[^id]` in the sentence.
        case citation
        /// A link in the sentence.
        case link
        /// The attribution at this index of `ArticleAnalysis.attributions` covers it.
        case attribution(Int)
        /// Carried from the sentence at this index (same source, same paragraph or an explicit cue).
        case carried(fromSentence: Int)
        /// Inside the quote at this index of `ArticleAnalysis.quotes`, whose speaker is identified.
        case quote(Int)
        /// A document or data named as evidence in the sentence, with no reporting verb ("a CBS News poll",
        /// "census data", "Trump's plan to deport 11 million"): the range of the naming word.
        case evidence(TextRange)
    }
    public init(sentence: Int, reason: Reason, cueRange: TextRange, isSourced: Bool) {
        self.sentence = sentence
        self.reason = reason
        self.cueRange = cueRange
        self.isSourced = isSourced
    }
}
