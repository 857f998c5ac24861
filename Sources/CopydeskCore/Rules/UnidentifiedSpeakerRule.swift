/// `unidentified-speaker` (information): a speaker named only by surname, or honorific + surname ("Clark
/// said", "Mr Ma said"), whose full name or role has not appeared earlier in the article.
///
/// Why: readers cannot tell who "Clark" is; news style gives the full name and role at first mention.
///
/// Example: `“…,” Clark said.` with no "Jane Clark, an analyst at…" before it → flagged on "Clark".
/// Only people are flagged (named with an honorific or title, defined as `type: person`, or speaking right
/// beside a speech verb): organisations, places and groups ("Democrats") never are. A workspace definition
/// does not introduce anyone to the article's readers: the article's own text has to.
public struct UnidentifiedSpeakerRule: Rule {
    public init() {}
    public let id = "unidentified-speaker"
    public let defaultSeverity = Severity.information
    public let summary = "A speaker named only by surname whose full name or role never appeared earlier."

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
