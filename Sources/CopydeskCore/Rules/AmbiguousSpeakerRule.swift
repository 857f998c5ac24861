/// `ambiguous-speaker` (information): 'He said' or 'she said' where two or more people could be meant.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain ambiguous-speaker` and of the hover text.
public struct AmbiguousSpeakerRule: Rule {
    public init() {}
    public let id = "ambiguous-speaker"
    public let defaultSeverity = Severity.information
    /// A surname is judged by the full names, roles and honorifics of the whole document.
    public var readsDocumentEntities: Bool { true }

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        var reportedSentences = Set<Int>()
        // Only a pronoun's relations are copied out: a copy of every relation retained its lists, then released them.
        let attributions = analysis.attributions
        for ai in attributions.indices where attributions[ai].isPronoun {
            let a = attributions[ai]
            guard a.kind != .carried, a.kind != .implicit, a.isDirect, a.candidates.count >= 2 else { continue }
            // Only people are candidates: a one-word name that spoke but has no honorific, full name or role may
            // be an organisation ("Telewest said … Eric Tveter … he said").
            let people = a.candidates.filter { e in
                let entity = context.entities[e]
                return entity.isEvidentlyPerson
            }
            guard people.count >= 2, let speaker = a.speakerRange, reportedSentences.insert(a.sentence).inserted
            else { continue }
            let names = people.map { "'\(context.entities[$0].canonicalName)'" }
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

extension AmbiguousSpeakerRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "'He said' or 'she said' where two or more people could be meant.",
        detects:
            "A pronoun speaker (\"he said\", \"she added\") where two or more people are candidates: named in the same sentence before the pronoun, or in the nearest earlier sentence that names people, and none of them is that sentence's speaker or the person who opens it (its subject: GUIDE.md's rule that the previous sentence's subject settles who spoke). Only people count: a one-word name with no honorific, full name or role may be an organisation.",
        rationale: "The reader has to guess who is speaking, and may guess wrong.",
        fires: [RuleExample("Mr Ma and Dr. José Núñez met on Monday.\n\n“It went well,” he said.\n")],
        quiet: [
            RuleExample("Harley Lewin, a partner, says Jack Ma is great.\n\n“There is nothing to lose,” he added.\n"),
            RuleExample("Telewest hired Eric Tveter. “It went well,” he said.\n"),
            RuleExample("Mr Ma met Dr. José Núñez on Monday.\n\n“It went well,” he said.\n"),
        ],
        fix: "Name the speaker (\"Ma said\") where more than one person could be meant.")
}
