/// Inputs to prose analysis beyond the document itself.
public struct AnalysisOptions: Sendable {
    /// Extra reporting verbs (from configuration), added to `ReportingVerbs.builtIn`.
    public var extraReportingVerbs: [String]
    /// Extra abbreviations (without the final dot) that never end a sentence.
    public var extraAbbreviations: [String]
    /// The workspace index, for linking plain-prose names to defined entities through their names and aliases.
    public var index: WorkspaceIndex
    /// The learned cue tagger (`Attribution/CueTagger.swift`) adds the cues the rules miss; false (the default):
    /// rules only. Opt-in (`learnedCues` in `.copydesk.json`, `--learned-cues`): it costs about a fifth of lint's
    /// time and changes few findings; what it buys is closer attribution spans in `analyze`.
    public var learnedCues = false
    /// A tagger model to use instead of the shipped one (training runs and tests).
    public var cueModel: CueTagger? = nil
    /// The document-wide name stage as the text analysed reads it (`NameStage.swift`): which of its capitalised
    /// words are names, their entities, and those a speech verb elsewhere shows to be people. `DocumentSegments`
    /// passes each segment of a large document its reads; nil for a document analysed as a whole (its own).
    var names: NameReads? {
        get { namesBox?.reads }
        set { namesBox = newValue.map(NameReadsBox.init) }
    }
    /// Boxed: every stage holds a copy of the options, which must stay cheap to copy.
    private var namesBox: NameReadsBox? = nil

    public init(
        extraReportingVerbs: [String] = [], extraAbbreviations: [String] = [], index: WorkspaceIndex = WorkspaceIndex()
    ) {
        self.extraReportingVerbs = extraReportingVerbs
        self.extraAbbreviations = extraAbbreviations
        self.index = index
    }

    public init(configuration: Configuration, index: WorkspaceIndex) {
        self.init(
            extraReportingVerbs: configuration.reportingVerbs, extraAbbreviations: configuration.abbreviations,
            index: index)
        learnedCues = configuration.learnedCues
    }
}

/// `AnalysisOptions.names` behind one reference.
final class NameReadsBox: Sendable {
    let reads: NameReads
    init(_ reads: NameReads) { self.reads = reads }
}
