/// Prose analysis: from an `ArticleSyntax` to an `ArticleAnalysis`.
///
/// Code map (each stage one pass over the tokens, all on bytes — no regexes, no per-character Strings). The
/// analysis is a chain of immutable values, built in `analyze` below: each stage is a small struct holding the
/// values found before it as `let`s (`Segmenter`, `QuoteStage`, `MentionStage`, `AttributionStage`,
/// `VagueStage`, `QuoteSpeakerStage`, `ClaimStage`, declared at the end of this file) whose stage function
/// returns the next value — text units → quotes → mentions → attributions → vague attributions → quote
/// speakers → claims (the tagger's less sure relations join the attributions after the claims). Nothing is
/// mutated between stages: the people the attribution stage names
/// (`MentionSet.markingPeople`) and the quotes' speakers (`QuoteSet.withSpeakers`) are new values. Stages read
/// earlier values through `ReadsTokens` / `ReadsQuotes` / `ReadsMentions` (end of this file), which give them
/// under the names the stage bodies use (`toks`, `sents`, `quoteOf`, `mentions`…) together with the shared
/// token helpers (`tokRange`, `len`, `attached`, `inQuote`, `isInitial`…), and the word sets the lists define
/// through `held` (`HeldWords`, end of this file: a field load, where a read of a static set checks its lazy
/// initialisation on every word — a set a stage reads per word belongs there too):
/// - `Lexicon.swift` — word tables (reporting verbs, abbreviations, titles) keyed by a word hash.
/// - `WordHash.swift` — the word hash, its stem (`wordStemHash`) and the open-addressing tables (the lookup mechanism,
///   no word lists).
/// - `FlatLists.swift` — values grouped per key (per sentence, per surname) in one flat array (a counting sort); and
///   `Array(filled:count:)`, how the analysis allocates its filled arrays (per token, per sentence, per table slot).
/// - `Tokenizer.swift` — prose bytes → `Token`s (words, numbers, punctuation) with lexicon classes.
/// - `Segmentation.swift` — `Segmenter.textUnits()` → `TextUnits`: paragraphs (from the parser, or runs of
///   non-blank lines), tokens, sentences.
/// - `QuoteFinder.swift` — `QuoteStage.quoteSet()` → `QuoteSet`: paired double quotes per paragraph;
///   unclosed quotes continue to the next paragraph; BBC-style runs printed as one paragraph split per quote.
/// - `EntityFinder.swift` — `MentionStage.mentionSet()` → `MentionSet`: capitalised name sequences,
///   honorifics, post-nominals (`scanCandidates`); which of them are names and which entity each belongs to is
///   the name stage's, with the people a speech verb in another segment shows lent as people
///   (`MentionSet.lentPeople`).
/// - `NameStage.swift` — the name stage over the whole document: `NameCandidates` per part (a segment, or the
///   whole text) → `DocumentNames` (mid-sentence capitals anywhere decide sentence-initial words; grouping by full
///   name, surname (of its gender when marked), organisation word; annotations and index links) → `NameReads`,
///   what one part's mention stage reads (`AnalysisOptions.names`; a document analysed as a whole runs it over
///   itself).
/// - `Gender.swift` — a person's gender from a mention's own words (an honorific or title, a given name: word
///   lists as data), which the grouping (a surname marked as a man's or a woman's) and pronoun resolution read.
/// - `NameStageUpdate.swift` — `DocumentNames.updated`: after an edit that changed names, the stage regrouped only
///   for the class of names the edit can reach (equal to a stage from scratch), and the parts whose reads may change.
/// - `Attribution/` — `AttributionStage.attributionSet()` → `AttributionSet`: relations (cue, source,
///   content, kind) by mechanism — reporting verbs, noun-phrase cues, document sources, colons, the learned
///   cue tagger; pronoun resolution; carried attributions (the mechanisms extend `ReadsMentions`, so the quote-speaker stage
///   shares them) — and `QuoteSpeakerStage.quoteSpeakers()` → `QuoteSpeakers`, each quote's speaker (its own
///   code map in `Attribution/AttributionFinder.swift`).
/// - `VagueAttributionFinder.swift` — `VagueStage.vagueStage()`: "reportedly", agentless passives, unnamed
///   groups; with `VagueSources.swift`, the attribution stage's relations whose source names no one.
/// - `ClaimFinder.swift` + `ClaimCues.swift` + `ClaimWords.swift` — `ClaimStage.claimStage()`: check-worthy
///   sentences by kind (quantity, comparison, prediction, cause; the cues in `ClaimCues.swift`, which maps
///   `FigureClaimCues.swift` and `WordClaimCues.swift`) and what sources each (`Claim.sourcedBy`, in
///   `ClaimFinder.swift`, which maps `ClaimSourcing.swift`, `ClaimEvidence.swift` and `ClaimCarries.swift`).
///
/// Invariants: the analysis reads only `syntax.prose` and the annotation lists; every range it returns
/// is a UTF-8 range into `syntax.text`; it is a pure function of (syntax, options).
public enum ArticleAnalyzer {
    public static func analyze(_ syntax: ArticleSyntax, options: AnalysisOptions = AnalysisOptions()) -> ArticleAnalysis
    {
        let units = Segmenter(syntax: syntax, options: options).textUnits()
        let quotes = QuoteStage(syntax: syntax, options: options, units: units).quoteSet()
        // People shown to be people only elsewhere in the document (a segment of a large one) count as people here.
        let mentions = MentionStage(syntax: syntax, options: options, units: units, quoteSet: quotes).mentionSet()
        let found = AttributionStage(
            syntax: syntax, options: options, units: units, quoteSet: quotes, mentionSet: mentions
        ).attributionSet()
        let vague = VagueStage(
            syntax: syntax, options: options, units: units, quoteSet: quotes, mentionSet: mentions,
            attributions: found.attributions, sentenceAttributions: found.bySentence
        ).vagueStage()
        // Speakers of speech verbs are people: the later stages read the entities with that kind. (After the vague
        // stage, the last to read the mentions unmarked: they are marked in place, not in a copy.)
        let spokenOrLent = found.people + mentions.lentPeople
        let people = mentions.markingPeople(spokenOrLent)
        let speakers = QuoteSpeakerStage(
            syntax: syntax, options: options, units: units, quoteSet: quotes, mentionSet: people, found: found
        ).quoteSpeakers()
        let spoken = quotes.withSpeakers(speakers.speakers)
        let claims = ClaimStage(
            syntax: syntax, options: options, units: units, quoteSet: spoken, mentionSet: people,
            attributions: speakers.attributions, sentenceAttributions: found.bySentence
        ).claimStage()
        // The tagger's guesses join after the claim stage: shown, never sourcing a claim (`AttributionSet.guesses`).
        var analysis = ArticleAnalysis(
            syntax: syntax, sentences: units.sentences, quotes: spoken.quotes,
            attributions: speakers.attributions + found.guesses,
            entities: people.publicEntities(syntax.text), claims: claims, vagueAttributions: vague)
        analysis.spokenPeople = found.people
        return analysis
    }
}

struct ParagraphInfo {
    var range: TextRange
    var isHeadline: Bool
    var tokStart = 0
    var tokEnd = 0
    var sentStart = 0
    var sentEnd = 0
}

struct SentenceInfo {
    var tokStart: Int
    var tokEnd: Int
    var paragraph: Int
}

// MARK: Stages — each holds the values found before it (`let`s) and returns an immutable value

/// The text stage (`Segmentation.swift`): paragraphs → tokens → sentences.
struct Segmenter {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
}

/// The quote stage (`QuoteFinder.swift`): reads the text units.
struct QuoteStage: ReadsTokens {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
}

/// The mention stage (`EntityFinder.swift`): reads the text units and the quotes.
struct MentionStage: ReadsQuotes {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
    let quoteSet: QuoteSet
    /// Read on every candidate (`addMention`), held once a text: each read of a static checks its lazy
    /// initialisation (a `swift_once` call). The word sets: `held`.
    let lexicon = Lexicon.classes
}

/// The attribution stage (`Attribution/AttributionFinder.swift` and the mechanisms beside it): reads the text
/// units, the quotes and the mentions.
struct AttributionStage: ReadsMentions {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
    let quoteSet: QuoteSet
    let mentionSet: MentionSet
}

/// The quote-speaker stage (`Attribution/QuoteSpeakers.swift`): reads the mentions (speakers marked as people)
/// and the attribution stage's relations.
struct QuoteSpeakerStage: ReadsMentions {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
    let quoteSet: QuoteSet
    let mentionSet: MentionSet
    let found: AttributionSet
    var attributions: [Attribution] { found.attributions }
    /// Per sentence: indices into `attributions`.
    var sentenceAttributions: [Range<Int>] { found.bySentence }
}

/// The vague-attribution stage (`VagueAttributionFinder.swift`): reads the text units, the quotes and the
/// mentions.
struct VagueStage: ReadsMentions {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
    let quoteSet: QuoteSet
    let mentionSet: MentionSet
    /// The attribution stage's relations, whose unnamed sources are vague (`VagueSources.swift`).
    let attributions: [Attribution]
    /// Per sentence: indices into `attributions`.
    let sentenceAttributions: [Range<Int>]
    /// `VagueWords.table` and `VagueWords.be`, read on most words: held once a text (each read of a static checks
    /// its lazy initialisation).
    let vagueWords = VagueWords.table
    let be = VagueWords.be
}

/// The claim stage (`ClaimFinder.swift`, `ClaimCues.swift`): reads the quotes with their speakers, the mentions
/// and the relations (the attribution stage's and the quote speakers').
struct ClaimStage: ReadsMentions {
    let syntax: ArticleSyntax
    let options: AnalysisOptions
    let units: TextUnits
    let held = HeldWords.shared
    let quoteSet: QuoteSet
    let mentionSet: MentionSet
    let attributions: [Attribution]
    /// Per sentence: indices into `attributions` (the attribution stage's).
    let sentenceAttributions: [Range<Int>]
    /// `ClaimWords.table`, read on most words (`claimClasses`): held once a text, as each read of a static checks
    /// its lazy initialisation.
    let claimWords = ClaimWords.table
    /// `ClaimWords.conditionals`, read once a sentence (`conditionalClauseEnd`).
    let conditionals = ClaimWords.conditionals
}

// MARK: What stages read — the earlier values under the names the stage bodies use, and the token helpers

/// A stage that reads the text units: paragraphs, tokens, sentences, with the token helpers shared by the stages.
protocol ReadsTokens {
    var syntax: ArticleSyntax { get }
    var options: AnalysisOptions { get }
    var units: TextUnits { get }
    /// The word sets the stages read on most words (`HeldWords`), held by each stage.
    var held: HeldWords { get }
}

/// The word sets the stages read on most words, as one value each stage holds (`let held = HeldWords.shared`):
/// each read of a static word set checks its lazy initialisation (a `swift_once` call, over a million a corpus), a
/// read of `held.articles` loads a field. The sets themselves stay with their words (`Lexicon`, `VagueWords`,
/// `AttributionWords`, `ClaimWords`, `EntityWords`); code outside the stages reads them there.
final class HeldWords: Sendable {
    static let shared = HeldWords()
    let adjunctPrepositions = AttributionWords.adjunctPrepositions
    let answerVerbs = AttributionWords.answerVerbs
    let appearanceAdverbs = AttributionWords.appearanceAdverbs
    let attackHarms = AttributionWords.attackHarms
    let attackTargets = AttributionWords.attackTargets
    let attackVerbs = AttributionWords.attackVerbs
    let barePastCues = AttributionWords.barePastCues
    let bareTalkForms = AttributionWords.bareTalkForms
    let callClosers = AttributionWords.callClosers
    let catenativeVerbs = AttributionWords.catenativeVerbs
    let claimVerbs = AttributionWords.claimVerbs
    let claimedThings = AttributionWords.claimedThings
    let clauseJoiners = AttributionWords.clauseJoiners
    let connectiveAdverbs = AttributionWords.connectiveAdverbs
    let depictionVerbs = AttributionWords.depictionVerbs
    let describedListingVerbs = AttributionWords.describedListingVerbs
    let experiencerVerbs = AttributionWords.experiencerVerbs
    let femaleMarks = AttributionWords.femaleMarks
    let figureObjectEnds = AttributionWords.figureObjectEnds
    let figureHedges = AttributionWords.figureHedges
    let finiteAuxiliaries = AttributionWords.finiteAuxiliaries
    let framingPollNouns = AttributionWords.framingPollNouns
    let headlineAdverbs = AttributionWords.headlineAdverbs
    let headlineKickers = AttributionWords.headlineKickers
    let impactVerbs = AttributionWords.impactVerbs
    let inclusionOpeners = AttributionWords.inclusionOpeners
    let inclusionPartners = AttributionWords.inclusionPartners
    let infinitiveAdjectives = AttributionWords.infinitiveAdjectives
    let irregularPasts = AttributionWords.irregularPasts
    let judgementAdjectives = AttributionWords.judgementAdjectives
    let kindNouns = AttributionWords.kindNouns
    let linkingVerbs = AttributionWords.linkingVerbs
    let locativePrepositions = AttributionWords.locativePrepositions
    let lyNouns = AttributionWords.lyNouns
    let makeForms = AttributionWords.makeForms
    let maleMarks = AttributionWords.maleMarks
    let negatedBeForms = AttributionWords.negatedBeForms
    let nonFiniteBe = AttributionWords.nonFiniteBe
    let notSpeakerLabels = AttributionWords.notSpeakerLabels
    let nounComplementOpeners = AttributionWords.nounComplementOpeners
    let nounModifiers = AttributionWords.nounModifiers
    let nounQuantifiers = AttributionWords.nounQuantifiers
    let objectControlVerbs = AttributionWords.objectControlVerbs
    let objectWalkStops = AttributionWords.objectWalkStops
    let onCatenativeVerbs = AttributionWords.onCatenativeVerbs
    let participleAdjuncts = AttributionWords.participleAdjuncts
    let participleModifierOpeners = AttributionWords.participleModifierOpeners
    let pastAuxiliaries = AttributionWords.pastAuxiliaries
    let peopleNouns = AttributionWords.peopleNouns
    let placeCueNouns = AttributionWords.placeCueNouns
    let placeTailPrepositions = AttributionWords.placeTailPrepositions
    let pluralPrepositions = AttributionWords.pluralPrepositions
    let pluralQuantifiers = AttributionWords.pluralQuantifiers
    let polityNouns = AttributionWords.polityNouns
    let questionVerbs = AttributionWords.questionVerbs
    let raisingClauseOpeners = AttributionWords.raisingClauseOpeners
    let raisingDegreeWords = AttributionWords.raisingDegreeWords
    let raisingVerbs = AttributionWords.raisingVerbs
    let recallVerbs = AttributionWords.recallVerbs
    let responseVerbs = AttributionWords.responseVerbs
    let receivingVerbs = AttributionWords.receivingVerbs
    let reflexives = AttributionWords.reflexives
    let reportForms = AttributionWords.reportForms
    let retortVerbs = AttributionWords.retortVerbs
    let roleAdverbs = AttributionWords.roleAdverbs
    let roleParticiples = AttributionWords.roleParticiples
    let seasonWords = AttributionWords.seasonWords
    let shareNouns = AttributionWords.shareNouns
    let singularDeterminers = AttributionWords.singularDeterminers
    let spendingVerbs = AttributionWords.spendingVerbs
    let stanceParticiples = AttributionWords.stanceParticiples
    let stateAbbreviations = AttributionWords.stateAbbreviations
    let stateComplements = AttributionWords.stateComplements
    let stateNames = AttributionWords.stateNames
    let subjectControlVerbs = AttributionWords.subjectControlVerbs
    let subjectTailPrepositions = AttributionWords.subjectTailPrepositions
    let subordinators = AttributionWords.subordinators
    let superlativeAdverbs = AttributionWords.superlativeAdverbs
    let talkForms = AttributionWords.talkForms
    let timeOpeners = AttributionWords.timeOpeners
    let timeTailWords = AttributionWords.timeTailWords
    let timeWords = AttributionWords.timeWords
    let topicPrepositions = AttributionWords.topicPrepositions
    let utteranceNouns = AttributionWords.utteranceNouns
    let verbGroupAdverbs = AttributionWords.verbGroupAdverbs
    let verbOnlyForms = AttributionWords.verbOnlyForms
    let achievingVerbs = ClaimWords.achievingVerbs
    let adjectivalHeads = ClaimWords.adjectivalHeads
    let amountComparatives = ClaimWords.amountComparatives
    let aspirationWords = ClaimWords.aspirationWords
    let aspiredStates = ClaimWords.aspiredStates
    let authorshipParticiples = ClaimWords.authorshipParticiples
    let awaitingWords = ClaimWords.awaitingWords
    let bareSources = ClaimWords.bareSources
    let benchmarkWords = ClaimWords.benchmarkWords
    let blowVerbs = ClaimWords.blowVerbs
    let businessNouns = ClaimWords.businessNouns
    let capacityAdjectives = ClaimWords.capacityAdjectives
    let careerFirsts = ClaimWords.careerFirsts
    let careerSpans = ClaimWords.careerSpans
    let careerVerbs = ClaimWords.careerVerbs
    let casualtyAuxiliaries = ClaimWords.casualtyAuxiliaries
    let casualtyWords = ClaimWords.casualtyWords
    let causalVerbs = ClaimWords.causalVerbs
    let chargeNouns = ClaimWords.chargeNouns
    let changeNouns = ClaimWords.changeNouns
    let closingHearsay = ClaimWords.closingHearsay
    let closingVerbs = ClaimWords.closingVerbs
    let comparativeHeads = ClaimWords.comparativeHeads
    let complementOpeners = ClaimWords.complementOpeners
    let countNouns = ClaimWords.countNouns
    let countPeriods = ClaimWords.countPeriods
    let countedParticiples = ClaimWords.countedParticiples
    let countryNouns = ClaimWords.countryNouns
    let declaredStates = ClaimWords.declaredStates
    let declaring = ClaimWords.declaring
    let defending = ClaimWords.defending
    let definiteHeads = ClaimWords.definiteHeads
    let demanding = ClaimWords.demanding
    let disclosureVerbs = ClaimWords.disclosureVerbs
    let documentReferences = ClaimWords.documentReferences
    let droughtNouns = ClaimWords.droughtNouns
    let electoralCounts = ClaimWords.electoralCounts
    let electoralUnits = ClaimWords.electoralUnits
    let electoralWins = ClaimWords.electoralWins
    let electoralWords = ClaimWords.electoralWords
    let estimatedNouns = ClaimWords.estimatedNouns
    let evaluativeAdjectives = ClaimWords.evaluativeAdjectives
    let eventNouns = ClaimWords.eventNouns
    let extremeScopes = ClaimWords.extremeScopes
    let figureNouns = ClaimWords.figureNouns
    let figureSequels = ClaimWords.figureSequels
    let forecastComparisons = ClaimWords.forecastComparisons
    let forecastNouns = ClaimWords.forecastNouns
    let forecastingForms = ClaimWords.forecastingForms
    let frontedAdverbialOpeners = ClaimWords.frontedAdverbialOpeners
    let frontedHolders = ClaimWords.frontedHolders
    let harmParticiples = ClaimWords.harmParticiples
    let harmSuperlatives = ClaimWords.harmSuperlatives
    let hasOrOn = ClaimWords.hasOrOn
    let hearingNouns = ClaimWords.hearingNouns
    let hearsayPassives = ClaimWords.hearsayPassives
    let hedgeFillers = ClaimWords.hedgeFillers
    let hedgeModals = ClaimWords.hedgeModals
    let holderPrepositions = ClaimWords.holderPrepositions
    let holderTimeNouns = ClaimWords.holderTimeNouns
    let hypotheticalImperatives = ClaimWords.hypotheticalImperatives
    let inquirers = ClaimWords.inquirers
    let invokedProvisions = ClaimWords.invokedProvisions
    let irregularPerfects = ClaimWords.irregularPerfects
    let issuingVerbs = ClaimWords.issuingVerbs
    let judgementHeads = ClaimWords.judgementHeads
    let lastRankNouns = ClaimWords.lastRankNouns
    let leadNouns = ClaimWords.leadNouns
    let leadWords = ClaimWords.leadWords
    let levelNouns = ClaimWords.levelNouns
    let levelVerbs = ClaimWords.levelVerbs
    let lightSpeechVerbs = ClaimWords.lightSpeechVerbs
    let listOpeners = ClaimWords.listOpeners
    let localScopeNouns = ClaimWords.localScopeNouns
    let madeForms = ClaimWords.madeForms
    let majorityHedges = ClaimWords.majorityHedges
    let majorityWords = ClaimWords.majorityWords
    let marginAdverbs = ClaimWords.marginAdverbs
    let marginOpeners = ClaimWords.marginOpeners
    let marginResults = ClaimWords.marginResults
    let marginSides = ClaimWords.marginSides
    let marketDemandModifiers = ClaimWords.marketDemandModifiers
    let marketMoves = ClaimWords.marketMoves
    let marketPriceNouns = ClaimWords.marketPriceNouns
    let measureComparatives = ClaimWords.measureComparatives
    let measureNouns = ClaimWords.measureNouns
    let measureSubUnits = ClaimWords.measureSubUnits
    let measuredRankings = ClaimWords.measuredRankings
    let multipleLeads = ClaimWords.multipleLeads
    let multipleReferents = ClaimWords.multipleReferents
    let negations = ClaimWords.negations
    let notOnlyNouns = ClaimWords.notOnlyNouns
    let objectFirstParticiples = ClaimWords.objectFirstParticiples
    let oddsNouns = ClaimWords.oddsNouns
    let oddsVerbs = ClaimWords.oddsVerbs
    let openedSecrets = ClaimWords.openedSecrets
    let openedSecretTails = ClaimWords.openedSecretTails
    let partitiveHeads = ClaimWords.partitiveHeads
    let partsOfAYear = ClaimWords.partsOfAYear
    let perfectAuxiliaries = ClaimWords.perfectAuxiliaries
    let perfectFillers = ClaimWords.perfectFillers
    let performedActs = ClaimWords.performedActs
    let periodPlurals = ClaimWords.periodPlurals
    let pleaForms = ClaimWords.pleaForms
    let pleaNegations = ClaimWords.pleaNegations
    let pleading = ClaimWords.pleading
    let pleas = ClaimWords.pleas
    let plotVerbs = ClaimWords.plotVerbs
    let pollScopes = ClaimWords.pollScopes
    let pollStandings = ClaimWords.pollStandings
    let predictionBreakers = ClaimWords.predictionBreakers
    let putForms = ClaimWords.putForms
    let raceScopes = ClaimWords.raceScopes
    let rankAdjectives = ClaimWords.rankAdjectives
    let rankVerbs = ClaimWords.rankVerbs
    let rankedMeasures = ClaimWords.rankedMeasures
    let rankingPeriods = ClaimWords.rankingPeriods
    let rankingThanHeads = ClaimWords.rankingThanHeads
    let ratedNouns = ClaimWords.ratedNouns
    let ratingPublishers = ClaimWords.ratingPublishers
    let recencyWords = ClaimWords.recencyWords
    let recordExtremes = ClaimWords.recordExtremes
    let recordHighs = ClaimWords.recordHighs
    let recordIdiomHeads = ClaimWords.recordIdiomHeads
    let recordMarks = ClaimWords.recordMarks
    let recordScopes = ClaimWords.recordScopes
    let recordSettingVerbs = ClaimWords.recordSettingVerbs
    let recordingParticiples = ClaimWords.recordingParticiples
    let referringPartitives = ClaimWords.referringPartitives
    let rejecting = ClaimWords.rejecting
    let releaseVerbs = ClaimWords.releaseVerbs
    let reportingPeriods = ClaimWords.reportingPeriods
    let resultMoves = ClaimWords.resultMoves
    let averageWords = ClaimWords.averageWords
    let statisticHeads = ClaimWords.statisticHeads
    let likelihoodComparatives = ClaimWords.likelihoodComparatives
    let resultUnits = ClaimWords.resultUnits
    let revisingVerbs = ClaimWords.revisingVerbs
    let runWords = ClaimWords.runWords
    let sampleOpeners = ClaimWords.sampleOpeners
    let scaleSteps = ClaimWords.scaleSteps
    let seeForms = ClaimWords.seeForms
    let spanExtremes = ClaimWords.spanExtremes
    let spanUnits = ClaimWords.spanUnits
    let spans = ClaimWords.spans
    let statisticPeriods = ClaimWords.statisticPeriods
    let storiesOf = ClaimWords.storiesOf
    let storyWorks = ClaimWords.storyWorks
    let streakAdjectives = ClaimWords.streakAdjectives
    let streakEnders = ClaimWords.streakEnders
    let streakNouns = ClaimWords.streakNouns
    let streakWords = ClaimWords.streakWords
    let studyPlaceLinks = ClaimWords.studyPlaceLinks
    let studySubjects = ClaimWords.studySubjects
    let studyVerbs = ClaimWords.studyVerbs
    let subjectTailOpeners = ClaimWords.subjectTailOpeners
    let strikingObjects = ClaimWords.strikingObjects
    let sumVerbs = ClaimWords.sumVerbs
    let takeForms = ClaimWords.takeForms
    let tallyNouns = ClaimWords.tallyNouns
    let tallyPeriods = ClaimWords.tallyPeriods
    let tallySpans = ClaimWords.tallySpans
    let tallyStandings = ClaimWords.tallyStandings
    let tens = ClaimWords.tens
    let termsDocuments = ClaimWords.termsDocuments
    let termsModals = ClaimWords.termsModals
    let termsParticiples = ClaimWords.termsParticiples
    let termsVerbs = ClaimWords.termsVerbs
    let twiceMeasures = ClaimWords.twiceMeasures
    let twiceNouns = ClaimWords.twiceNouns
    let unveiledNouns = ClaimWords.unveiledNouns
    let unveilingVerbs = ClaimWords.unveilingVerbs
    let upMoveVerbs = ClaimWords.upMoveVerbs
    let vagueMultipliers = ClaimWords.vagueMultipliers
    let voteNouns = ClaimWords.voteNouns
    let voteVerbs = ClaimWords.voteVerbs
    let votedRankings = ClaimWords.votedRankings
    let warningNouns = ClaimWords.warningNouns
    let warningTails = ClaimWords.warningTails
    let whWords = ClaimWords.whWords
    let wholeWords = ClaimWords.wholeWords
    let wordHundreds = ClaimWords.wordHundreds
    let worldNouns = ClaimWords.worldNouns
    let adjectivalTitles = EntityWords.adjectivalTitles
    let aliasIntroducers = EntityWords.aliasIntroducers
    let givenNameHonorifics = EntityWords.givenNameHonorifics
    let appositiveOrganisationHeads = EntityWords.appositiveOrganisationHeads
    let appositivePlaceHeads = EntityWords.appositivePlaceHeads
    let attributiveAdjectives = EntityWords.attributiveAdjectives
    let commonAbbreviations = EntityWords.commonAbbreviations
    let creditWords = EntityWords.creditWords
    let dayNameWords = EntityWords.dayNameWords
    let degreeWords = EntityWords.degreeWords
    let demonymNouns = EntityWords.demonymNouns
    let functionGivenNames = EntityWords.functionGivenNames
    let holidayNames = EntityWords.holidayNames
    let institutionHeads = EntityWords.institutionHeads
    let modifierTails = EntityWords.modifierTails
    let namePlurals = EntityWords.namePlurals
    let numberAbbreviations = EntityWords.numberAbbreviations
    let occupationsBeforeNames = EntityWords.occupationsBeforeNames
    let relationsBeforeNames = EntityWords.relationsBeforeNames
    let officeComplements = EntityWords.officeComplements
    let officesBeforeNames = EntityWords.officesBeforeNames
    let openingModifiers = EntityWords.openingModifiers
    let organisationNouns = EntityWords.organisationNouns
    let ownedOrganisationNouns = EntityWords.ownedOrganisationNouns
    let partyMembers = EntityWords.partyMembers
    let partyNames = EntityWords.partyNames
    let placeDirections = EntityWords.placeDirections
    let placeLocators = EntityWords.placeLocators
    let placeNames = EntityWords.placeNames
    let possessiveBusinessVerbs = EntityWords.possessiveBusinessVerbs
    let postNominals = EntityWords.postNominals
    let publicBodyHeads = EntityWords.publicBodyHeads
    let publicBodyNouns = EntityWords.publicBodyNouns
    let regnalNumbers = EntityWords.regnalNumbers
    let regulatorHeads = EntityWords.regulatorHeads
    let situationsBeforeNames = EntityWords.situationsBeforeNames
    let standalonePlaceWords = EntityWords.standalonePlaceWords
    let thingHeads = EntityWords.thingHeads
    let titleNouns = EntityWords.titleNouns
    let workplaceRoles = EntityWords.workplaceRoles
    let adjectivalParticiples = Lexicon.adjectivalParticiples
    let adjectivalPrepositions = Lexicon.adjectivalPrepositions
    let adverbialPrepositions = Lexicon.adverbialPrepositions
    let articles = Lexicon.articles
    let bareNounCompounds = Lexicon.bareNounCompounds
    let callForms = Lexicon.callForms
    let contractedSubjects = Lexicon.contractedSubjects
    let coordinationBlockers = Lexicon.coordinationBlockers
    let coordinators = Lexicon.coordinators
    let cueAuxiliaries = Lexicon.cueAuxiliaries
    let descriptionModifiers = Lexicon.descriptionModifiers
    let documentTailOpeners = Lexicon.documentTailOpeners
    let documentTailPrepositions = Lexicon.documentTailPrepositions
    let floatingQuantifiers = Lexicon.floatingQuantifiers
    let forParticleVerbs = Lexicon.forParticleVerbs
    let groupNouns = Lexicon.groupNouns
    let impersonalContractions = Lexicon.impersonalContractions
    let indefiniteSources = Lexicon.indefiniteSources
    let irregularParticiples = Lexicon.irregularParticiples
    let mostlyNouns = Lexicon.mostlyNouns
    let negativeDeterminers = Lexicon.negativeDeterminers
    let notContinuityOpeners = Lexicon.notContinuityOpeners
    let nounPrepositions = Lexicon.nounPrepositions
    let onParticleVerbs = Lexicon.onParticleVerbs
    let partitiveHedges = Lexicon.partitiveHedges
    let predeterminers = Lexicon.predeterminers
    let quantifierPronouns = Lexicon.quantifierPronouns
    let relateForms = Lexicon.relateForms
    let relativeContractions = Lexicon.relativeContractions
    let sourceTailAdjectives = Lexicon.sourceTailAdjectives
    let subjectBreakers = Lexicon.subjectBreakers
    let titleCaseSpeechVerbs = Lexicon.titleCaseSpeechVerbs
    let toParticleVerbs = Lexicon.toParticleVerbs
    let upActionVerbs = Lexicon.upActionVerbs
    let verbParticles = Lexicon.verbParticles
    let adverbialRelatives = VagueWords.adverbialRelatives
    let agreeForms = VagueWords.agreeForms
    let anonymityWords = VagueWords.anonymityWords
    let auxiliaries = VagueWords.auxiliaries
    let clauseOpeners = VagueWords.clauseOpeners
    let clauseSubordinators = VagueWords.clauseSubordinators
    let deadlineWords = VagueWords.deadlineWords
    let degreeAdverbs = VagueWords.degreeAdverbs
    let departmentWords = VagueWords.departmentWords
    let eventParticiples = VagueWords.eventParticiples
    let evidenceOwners = VagueWords.evidenceOwners
    let evidenceQualifiers = VagueWords.evidenceQualifiers
    let familiarPeople = VagueWords.familiarPeople
    let feelClauseOpeners = VagueWords.feelClauseOpeners
    let feelForms = VagueWords.feelForms
    let groupPrepositions = VagueWords.groupPrepositions
    let hearsayParticiples = VagueWords.hearsayParticiples
    let indefinites = VagueWords.indefinites
    let issuerModifiers = VagueWords.issuerModifiers
    let namingVerbs = VagueWords.namingVerbs
    let namingVerdicts = VagueWords.namingVerdicts
    let nationCodes = VagueWords.nationCodes
    let objectVerbs = VagueWords.objectVerbs
    let participlePrepositions = VagueWords.participlePrepositions
    let partyModifiers = VagueWords.partyModifiers
    let passiveAdverbs = VagueWords.passiveAdverbs
    let passiveInserts = VagueWords.passiveInserts
    let pollParticiples = VagueWords.pollParticiples
    let polledGroups = VagueWords.polledGroups
    let progressiveAdverbs = VagueWords.progressiveAdverbs
    let questionOpeners = VagueWords.questionOpeners
    let respondents = VagueWords.respondents
    let sightParticiples = VagueWords.sightParticiples
    let singularVerbForms = VagueWords.singularVerbForms
    let stateDegree = VagueWords.stateDegree
    let stateGroups = VagueWords.stateGroups
    let subjectPronouns = VagueWords.subjectPronouns
    let topicWords = VagueWords.topicWords
    let unnamedAgents = VagueWords.unnamedAgents
    let unnamedBodies = VagueWords.unnamedBodies
    let unnamedQuantifiers = VagueWords.unnamedQuantifiers
    let verbInserts = VagueWords.verbInserts
    let verbsOfATie = VagueWords.verbsOfATie
    let verdictAdverbs = VagueWords.verdictAdverbs
}

extension ReadsTokens {
    @inline(__always) var paras: [ParagraphInfo] { units.paras }
    @inline(__always) var toks: [Token] { units.toks }
    @inline(__always) var sents: [SentenceInfo] { units.sents }
    @inline(__always) var sentences: [Sentence] { units.sentences }

    @inline(__always) func tokRange(_ a: Int, _ b: Int) -> TextRange { TextRange(Int(toks[a].start), Int(toks[b].end)) }
    func string(_ r: TextRange) -> String { syntax.text[r] }
    /// The byte length of a token.
    @inline(__always) func len(_ i: Int) -> Int { Int(toks[i].end - toks[i].start) }
    /// True when token `i` touches token `i - 1` (no space between).
    @inline(__always) func attached(_ i: Int) -> Bool { !toks[i].has(Token.spaceBefore) }
    /// The first byte of a token.
    @inline(__always) func firstByte(_ i: Int) -> UInt8 { syntax.prose[Int(toks[i].start)] }
    /// Token `i` ends in "-ing" and is longer than four bytes ("adding", "suggesting"; not "king").
    @inline(__always) func endsInIng(_ i: Int) -> Bool {
        let e = Int(toks[i].end)
        let b = syntax.prose
        return len(i) > 4 && b[e - 1] == 0x67 && b[e - 2] == 0x6E && b[e - 3] == 0x69
    }
    /// Token `i` is the period of a title's abbreviation ("Mrs. Clinton", "Sen. Cole"), after token `a`: no sentence's
    /// or clause's end.
    @inline(__always) func isTitlePeriod(_ i: Int, after a: Int) -> Bool {
        toks[i].punct == .period && i > a && (toks[i - 1].isA(.honorific) || toks[i - 1].isA(.titleAbbrev))
    }
    /// Token `i` ends in "-ly" and is longer than four bytes ("finally", "sharply"; not "fly").
    @inline(__always) func endsInLy(_ i: Int) -> Bool {
        let e = Int(toks[i].end)
        return len(i) > 4 && syntax.prose[e - 1] == 0x79 && syntax.prose[e - 2] == 0x6C
    }
    /// Token `j` is a possessive: "Germany's", or a plural possessive written as a word and an apostrophe
    /// ("Roberts'", "US Airways'").
    @inline(__always) func isPossessive(_ j: Int) -> Bool {
        let t = toks[j]
        if t.has(Token.possessive) { return true }
        return (t.punct == .sqStraight || t.punct == .sqClose) && j > 0 && attached(j) && toks[j - 1].kind == .word
            && syntax.prose[Int(toks[j - 1].end) - 1] == 0x73
    }
    /// Is token `i` at the start of a sentence, or of a quote or clause that starts like one?
    func isInitial(_ i: Int, sentenceStart: Int) -> Bool {
        if i == sentenceStart { return true }
        let p = toks[i - 1]
        if p.isOpenQuote || p.punct == .colon || p.punct == .dash || p.punct == .sqOpen || p.punct == .lparen {
            return true
        }
        // "he said, 'The lesson is…'": a straight single quote opening a quote within a quote (spaced before it, after
        // punctuation, or opening the sentence; a closing one is written against the word before it).
        if p.punct == .sqStraight,
            i - 1 == sentenceStart || p.has(Token.spaceBefore) || toks[i - 2].kind == .punct
        {
            return true
        }
        // "tallied at the caucus.The outcome": a sentence run on with no space after its stop (a lower-case word
        // before the stop, not an abbreviation's capital: "U.S.The").
        if p.isTerminator, !toks[i].has(Token.spaceBefore), i - 2 >= sentenceStart, toks[i - 2].kind == .word,
            !toks[i - 2].isCap
        {
            return true
        }
        return toks[i].has(Token.newlineBefore)
    }

    /// A capitalised word with a nationality's ending: "-an"/"-ian" ("American", "Palestinian"), "-ese"
    /// ("Chinese"), "-ish" ("British"), "-i" ("Israeli", "Iraqi"), "-ch" ("French", "Dutch").
    func isDemonym(_ j: Int) -> Bool {
        let b = syntax.prose
        let s = Int(toks[j].start)
        let e = Int(toks[j].end)
        guard e - s >= 4 else { return false }
        let z = b[e - 1] | 0x20
        let y = b[e - 2] | 0x20
        let x = b[e - 3] | 0x20
        if y == 0x61 && z == 0x6E { return true }  // -an
        if x == 0x65 && y == 0x73 && z == 0x65 { return true }  // -ese
        if x == 0x69 && y == 0x73 && z == 0x68 { return true }  // -ish
        if z == 0x69 { return true }  // -i
        return y == 0x63 && z == 0x68  // -ch
    }

    /// A capitalised plural of a nationality or a people: "Americans", "Palestinians", "Iowans" (`isDemonym`'s
    /// "-an" with a final "s"; not "-is", which ends names: "Chris", "Davis").
    func isDemonymPlural(_ j: Int) -> Bool {
        let b = syntax.prose
        let s = Int(toks[j].start)
        let e = Int(toks[j].end)
        guard e - s >= 6, b[s] >= 0x41 && b[s] <= 0x5A, b[e - 1] == 0x73 else { return false }
        return b[e - 3] | 0x20 == 0x61 && b[e - 2] | 0x20 == 0x6E
    }

    /// The token of sentence `s` that starts at byte `offset`.
    func tokenStarting(at offset: Int, in s: Int) -> Int? {
        guard let k = tokenStarting(atOrAfter: offset, in: s), Int(toks[k].start) == offset else { return nil }
        return k
    }

    /// The first token of sentence `s` that starts at or after UTF-8 `offset` (a binary search).
    func tokenStarting(atOrAfter offset: Int, in s: Int) -> Int? {
        var lo = sents[s].tokStart
        var hi = sents[s].tokEnd
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(toks[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sents[s].tokEnd ? lo : nil
    }

    /// The hashes of a hyphenated word's first and last parts ("fourth-largest" → "fourth", "largest").
    func hyphenParts(_ k: Int) -> (UInt64, UInt64) {
        let b = syntax.prose
        var head = fnvSeed
        var tail = fnvSeed
        var i = Int(toks[k].start)
        let end = Int(toks[k].end)
        var inHead = true
        while i < end {
            var c = b[i]
            if c == 0x2D {
                inHead = false
                tail = fnvSeed
                i += 1
                continue
            }
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if inHead { head = fnvStep(head, c) }
            tail = fnvStep(tail, c)
            i += 1
        }
        return (head, tail)
    }

    /// A plural noun: ends in -s (not -ss, -us, -is: "press", "bonus", "analysis"; nor a possessive's "’s").
    func isPlural(_ j: Int) -> Bool {
        let end = Int(toks[j].end)
        guard len(j) > 2, syntax.prose[end - 1] == 0x73, !toks[j].has(Token.possessive) else { return false }
        let p = syntax.prose[end - 2]
        return p != 0x73 && p != 0x75 && p != 0x69 && p != 0x27
    }

    /// Token `k` follows a measure's compound, a number joined by a hyphen to one word: "the 10-year note", "a
    /// 30-day notice" — a noun there, whatever else it may be ("note" reports as a verb); not an age, which names
    /// a person ("The 41-year-old said").
    func followsMeasureCompound(_ k: Int) -> Bool {
        k >= 3 && toks[k - 1].kind == .word && toks[k - 2].punct == .hyphen && toks[k - 3].kind == .number
            && !toks[k - 1].has(Token.spaceBefore) && !toks[k - 2].has(Token.spaceBefore)
            && !toks[k - 1].has(Token.hyphenated)
    }

    /// A word of `set` among the `within` words right before token `k`, back to the sentence's first token `a`, with
    /// nothing but words between: "stabbed a shopkeeper 14 times", "leads Trump by 7 points", "beat City forecasts".
    func hasWord(in set: HashSet64, before k: Int, from a: Int, within: Int) -> Bool {
        var j = k - 1
        while j >= a && j >= k - within && toks[j].kind == .word {
            if set.contains(toks[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// The first comma from token `j` on, within `limit` tokens after it and before any stop (`e`: the sentence's
    /// end): where a phrase set off by commas closes.
    func commaAhead(from j: Int, within limit: Int, _ e: Int) -> Int? {
        var c = j
        while c < e && c <= j + limit && !toks[c].isTerminator {
            if toks[c].punct == .comma { return c }
            c += 1
        }
        return nil
    }

    /// Token `i` opens a figure: a number, a number word or a currency sign ("an estimated five million", "a
    /// reported £85m", "Whether 300 or 500 jobs go").
    func opensFigureToken(_ i: Int) -> Bool {
        toks[i].kind == .number || toks[i].isA(.numberWord) || toks[i].punct == .currency
    }

    @inline(__always) func isLowerWord(_ i: Int) -> Bool {
        toks[i].kind == .word
            && {
                let c = firstByte(i)
                return c >= 0x61 && c <= 0x7A
            }()
    }
}

/// A stage that also reads the quotes.
protocol ReadsQuotes: ReadsTokens {
    var quoteSet: QuoteSet { get }
}

extension ReadsQuotes {
    @inline(__always) var quotes: [Quote] { quoteSet.quotes }
    /// Per quote: token index of the opening mark (-1 when continued from the previous paragraph) and of the
    /// closing mark (-1 when unclosed); the token range of the content.
    @inline(__always) var quoteToks: [(open: Int, close: Int, first: Int, last: Int)] { quoteSet.quoteToks }
    /// Per token: the quote it lies in (marks included), or -1.
    @inline(__always) var quoteOf: [Int32] { quoteSet.quoteOf }
    @inline(__always) func inQuote(_ i: Int) -> Bool { quoteOf[i] >= 0 }
}

/// A stage that also reads the mentions and entities.
protocol ReadsMentions: ReadsQuotes {
    var mentionSet: MentionSet { get }
}

extension ReadsMentions {
    @inline(__always) var mentions: [MentionWork] { mentionSet.mentions }
    /// Per token: the mention it belongs to, or -1.
    @inline(__always) var mentionOf: [Int32] { mentionSet.mentionOf }
    @inline(__always) var entities: [EntityWork] { mentionSet.entities }
}
