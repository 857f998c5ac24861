/// `unidentified-speaker` (information): A speaker named only by surname whose full name or role never appeared earlier.
///
/// What it detects, why it matters, examples that fire and that do not, and how to fix it: `documentation`
/// at the end of this file, the one source of `copydesk explain unidentified-speaker` and of the hover text.
public struct UnidentifiedSpeakerRule: OncePerEntityRule {
    public init() {}
    public let id = "unidentified-speaker"
    public let defaultSeverity = Severity.information

    /// A surname is judged by the full names, roles and honorifics of the whole document (`context.entities`), and
    /// reported once per person, at its first speech in the text that none of them precedes.
    public func firstFindings(_ context: RuleContext) -> [(entity: Int, finding: Diagnostic)] {
        let analysis = context.analysis
        // Per entity, the earliest speaker found so far (attributions are not all in text order).
        var first: [Int: TextRange] = [:]
        // Each relation's fields read in place: a copy of every relation retained its lists, then released them.
        let attributions = analysis.attributions
        for ai in attributions.indices {
            let kind = attributions[ai].kind
            let form = attributions[ai].speakerForm
            guard kind != .carried, kind != .implicit, attributions[ai].isDirect,
                form == .surnameOnly || form == .honorificSurname,
                let e = attributions[ai].entity, let speaker = attributions[ai].speakerRange
            else { continue }
            if let earlier = first[e], earlier.start <= speaker.start { continue }
            let entity = context.entities[e]
            guard entity.kind == .person else { continue }
            // One capitalised word that speaks may be an organisation, a place or a group ("Yukos said",
            // "a strategist at Barclays told", "Democrats say"): only an honorific, a full name or a role
            // anywhere in the article shows it is a person.
            let person =
                entity.isEvidentlyPerson
                || Self.speaksInFirstPerson(ai, analysis)
                || Self.isCalledHeOrShe(e, after: ai, analysis)
            if form == .surnameOnly && !person { continue }
            let fullBefore = entity.hasFullName && entity.firstFullMention.start < speaker.start
            let roleBefore = entity.firstRoleMention.map { $0.start <= speaker.start } ?? false
            if fullBefore || roleBefore { continue }
            first[e] = speaker
        }
        return first.sorted { ($0.value.start, $0.key) < ($1.value.start, $1.key) }.map { e, speaker in
            let entity = context.entities[e]
            let name = context.text[speaker]
            let message =
                entity.hasFullName
                ? "Speaker '\(name)' is named in full ('\(entity.canonicalName)') only later: give the full name and role at the first mention."
                : "Speaker '\(name)' is never introduced: give the full name and role at first mention (e.g. 'Jane \(entity.canonicalName), an analyst at …')."
            return (e, context.diagnostic(self, message, at: speaker))
        }
    }

    /// A quote of attribution `ai`, or in its sentence, says "I", "me" or "my": a person speaks, not an
    /// organisation ("we").
    static func speaksInFirstPerson(_ ai: Int, _ analysis: ArticleAnalysis) -> Bool {
        let bytes = analysis.text.bytes
        let sentence = analysis.sentences[analysis.attributions[ai].sentence].range
        for q in analysis.quotes where q.attribution == ai || q.range.overlaps(sentence) {
            var i = q.contentRange.start
            while i < q.contentRange.end {
                let c = bytes[i]
                let startsWord = i == q.contentRange.start || !Self.isLetter(bytes[i - 1])
                if startsWord && (c == 0x49 || c == 0x6D || c == 0x4D) {
                    var j = i
                    while j < q.contentRange.end && Self.isLetter(bytes[j]) { j += 1 }
                    let word = String(decoding: bytes[i..<j], as: UTF8.self).lowercased()
                    if word == "i" || word == "me" || word == "my" { return true }
                    i = j
                    continue
                }
                i += 1
            }
        }
        return false
    }

    /// The next speaker, in the sentence of attribution `ai` or the one after it, is "he" or "she" resolved to
    /// entity `e`: the writer goes on to call the speaker a man or a woman, so it is a person, not an organisation
    /// ("it") or a group ("they"). "Lynch told the BBC the plan was flawed. He said it would cost jobs." shows Lynch a
    /// person; "Ford told the BBC the plan was flawed. It said it would cut jobs." does not show Ford one. (Only
    /// there: a pronoun resolved farther away may have skipped the person it means, as a name of unknown kind
    /// stands among the candidates.)
    static func isCalledHeOrShe(_ e: Int, after ai: Int, _ analysis: ArticleAnalysis) -> Bool {
        let attributions = analysis.attributions
        let s = attributions[ai].sentence
        for bi in attributions.indices where attributions[bi].isPronoun && attributions[bi].entity == e {
            let t = attributions[bi].sentence
            guard t == s || t == s + 1, let r = attributions[bi].speakerRange else { continue }
            let word = analysis.text[r].lowercased()
            if word == "he" || word == "she" { return true }
        }
        return false
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
}

extension UnidentifiedSpeakerRule {
    public var documentation: RuleDocumentation { Self.documentation }

    public static let documentation = RuleDocumentation(
        summary: "A speaker named only by surname whose full name or role never appeared earlier.",
        detects:
            "A person quoted or paraphrased by surname alone, or by honorific and surname (\"Clark said\", \"Mr Ma said\"), whose full name or role has not appeared earlier in the article. Only people are flagged (an honorific, a full name or role given only later, a quote in the first person, or \"he\" or \"she\" for the speaker): one capitalised word with no honorific, full name or role anywhere (\"Yukos said\", \"a strategist at Barclays told\", \"Officials\") may be an organisation, a place or a group and is never flagged, nor is someone introduced with a post-nominal or a role (\"Sarah Clarke KC … Ms Clarke said\"), nor a peer by title and name (\"Lord Falconer said\", \"Baroness Hale said\": the full style of a peer). A definition in another article does not count: the article's own text has to introduce the speaker.",
        rationale:
            "Readers cannot tell who \"Clark\" is; news style gives the full name and role at the first mention.",
        fires: [
            RuleExample("“I will build it here,” Clark said.\n"),
            RuleExample("“We will build it here,” Mr Clark said.\n"),
        ],
        quiet: [
            RuleExample("Jane Clark, an analyst at Barclays, expects growth. “I will build it here,” Clark said.\n"),
            RuleExample("“We will build it here,” Yukos said.\n"),
            RuleExample("“I will build it here,” Lord Clark said.\n"),
        ],
        fix:
            "Give the full name and role at the first mention (\"Jane Clark, an analyst at Barclays, said\"); later mentions may use the surname."
    )
}
