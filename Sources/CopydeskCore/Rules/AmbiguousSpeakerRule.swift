/// `ambiguous-speaker` (information): "he said" / "she said" where two or more people are candidates (named in
/// the same sentence before the pronoun, or in the nearest earlier sentence that names people, and none of
/// them is that sentence's speaker).
///
/// Why: the reader has to guess who is speaking.
///
/// Example: "Ma met Trump on Monday. “It went well,” he said." → flagged on "he": Ma or Trump?
public struct AmbiguousSpeakerRule: Rule {
    public init() {}
    public let id = "ambiguous-speaker"
    public let defaultSeverity = Severity.information
    public let summary = "'He said' or 'she said' where two or more people could be meant."

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        var reportedSentences = Set<Int>()
        for a in analysis.attributions
        where a.kind != .carried && a.kind != .implicit && a.isDirect && a.isPronoun && a.candidates.count >= 2 {
            guard let speaker = a.speakerRange, reportedSentences.insert(a.sentence).inserted else { continue }
            let names = a.candidates.map { "'\(analysis.entities[$0].canonicalName)'" }
            let list =
                names.count == 2
                ? "\(names[0]) or \(names[1])" : names.dropLast().joined(separator: ", ") + " or " + names.last!
            diagnostics.append(
                context.diagnostic(
                    self,
                    "'\(context.text[speaker])' could be \(list): name the speaker.",
                    at: speaker))
        }
    }
}
