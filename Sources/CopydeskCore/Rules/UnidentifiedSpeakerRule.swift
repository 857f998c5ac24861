/// `unidentified-speaker` (information): A speaker named only by surname whose full name or role never appeared earlier.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain unidentified-speaker` and of the hover text.
public struct UnidentifiedSpeakerRule: Rule {
    public init() {}
    public let id = "unidentified-speaker"
    public let defaultSeverity = Severity.information

    public func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        var reported = Set<Int>()
        for a in analysis.attributions where a.kind != .carried && a.kind != .implicit && a.isDirect {
            guard a.speakerForm == .surnameOnly || a.speakerForm == .honorificSurname,
                let e = a.entity, let speaker = a.speakerRange, !reported.contains(e)
            else { continue }
            let entity = analysis.entities[e]
            guard entity.kind == .person else { continue }
            let fullBefore = entity.hasFullName && entity.firstFullMention.start < speaker.start
            let roleBefore = entity.firstRoleMention.map { $0.start <= speaker.start } ?? false
            if fullBefore || roleBefore { continue }
            reported.insert(e)
            let name = context.text[speaker]
            let message =
                entity.hasFullName
                ? "Speaker '\(name)' is named in full ('\(entity.canonicalName)') only later: give the full name and role at the first mention."
                : "Speaker '\(name)' is never introduced: give the full name and role at first mention (e.g. 'Jane \(entity.canonicalName), an analyst at …')."
            diagnostics.append(context.diagnostic(self, message, at: speaker))
        }
    }
}

extension UnidentifiedSpeakerRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A speaker named only by surname whose full name or role never appeared earlier.",
        detects:
            "A person quoted or paraphrased by surname alone, or by honorific and surname (\"Clark said\", \"Mr Ma said\"), whose full name or role has not appeared earlier in the article. Organisations, places and groups are never flagged, and a definition in another article does not count: the article's own text has to introduce the speaker.",
        rationale:
            "Readers cannot tell who \"Clark\" is; news style gives the full name and role at the first mention.",
        fires: [RuleExample("“We will build it here,” Clark said.\n")],
        quiet: [
            RuleExample("Jane Clark, an analyst at Barclays, expects growth. “We will build it here,” Clark said.\n")
        ],
        fix:
            "Give the full name and role at the first mention (\"Jane Clark, an analyst at Barclays, said\"); later mentions may use the surname."
    )
}
