/// Adverbs of hearsay as cues: "The hackers have reportedly infiltrated 100 accounts" credits the clause to
/// reports it does not name, as "are reported to have…" would — a relation with no source, its content the
/// clause around the adverb (the subject before it, from the clause's comma or subordinator, and what follows), as
/// PolNeAR marks it (its even half marks "reportedly" as a cue in every use we read). Like an agentless passive it
/// sources no claim, and `VagueAttributionFinder` still asks for the source. "Allegedly" is left out: its usual
/// place is a charge not yet proven ("who allegedly assaulted a reporter"), which PolNeAR seldom marks; so are
/// "supposedly" and "purportedly", mostly the writer's doubt ("the supposedly imminent…").
extension ReadsMentions {
    /// The hearsay adverb at token `k` ("reportedly", `AttributionWords.hearsayAdverbs`), outside quotes.
    func adverbCue(at k: Int, sentence s: Int) -> Cue? {
        let t = toks[k]
        guard t.kind == .word, t.isA(.hearsayAdverb), !t.isCap || k == sents[s].tokStart else { return nil }
        var c = Cue(sentence: s, kind: .reportingVerb, first: k, last: k, speaker: nil, direct: false)
        // The content is the subject before it and what follows, as for a passive with no agent.
        c.passive = true
        return c
    }
}
