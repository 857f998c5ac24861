/// `ambiguous-speaker` (information): "he said" / "she said" where two or more people are candidates (named in
/// the same sentence before the pronoun, or in the nearest earlier sentence that names people, and none of
/// them is that sentence's speaker).
///
/// Why: the reader has to guess who is speaking.
///
/// Only people count as candidates: a one-word name with no honorific, full name or role ("Telewest") may be an
/// organisation, as in `unidentified-speaker`.
///
/// Example: "Jack Ma met Donald Trump on Monday. “It went well,” he said." → flagged on "he": Ma or Trump?
/// "Telewest hired Eric Tveter. “It went well,” he said." is not (Telewest is no person).
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
            // Only people are candidates: a one-word name that spoke but has no honorific, full name or role may
            // be an organisation ("Telewest said … Eric Tveter … he said").
            let people = a.candidates.filter { e in
                let entity = analysis.entities[e]
                return entity.hasHonorific || entity.hasFullName || entity.firstRoleMention != nil
            }
            guard people.count >= 2, let speaker = a.speakerRange, reportedSentences.insert(a.sentence).inserted
            else { continue }
            let names = people.map { "'\(analysis.entities[$0].canonicalName)'" }
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
