/// Headlines set in title case: "Trump Says He Never Pledged To Kill Family Members Of Terrorists", "Conservative
/// Icon Morton Blackwell Endorses Ted Cruz", "…, Trevor Noah Says." Title case capitalises the verb, so the
/// reporting-verb mechanism (which takes a capitalised word for a name, and needs a name before a capitalised verb:
/// "Howard Dean Tells…") finds nothing there, and the name stage reads no names in headlines. PolNeAR marks these
/// relations as it marks any other. (After a listener only a clause opened by "That" is found as the content:
/// "Maher Tells Guest Muslim Violence is Beyond Compare" gets its cue and source, no content.)
///
/// The cue is the reporting verb (`WordClass.reporting`) with the auxiliaries and adverbs of its verb group before
/// it ("Just Announced", "May Not Have Suggested": `isHeadlineVerbGroupWord`, where an "-ly" word must be a known
/// adverb, not "Megyn Kelly"); the source is the run of capitalised words before them back to the headline's start,
/// a colon, a quote mark, a comma, a dash or a determiner ("Former Clinton Pollster", "The Media And Marco Rubio"),
/// never over a word that opens a clause ("How Paul Ryan Thinks…": Paul Ryan) or another verb ("Will Run Ads"); the
/// content follows the cue, or precedes the comma before a source and a verb that close the headline. Not a cue: the
/// first word of a clause, a word after an article, an owner or a figure ("Trump’s Plans", "2 States"), a noun-too
/// word not in its "-s" form or ending the headline ("Pull Support For", "Battleground States"), an "-ing" form with
/// no auxiliary, an infinitive ("A New Reason To Be Worried"), a verb after a lower-case word (a headline in
/// sentence case reads as prose). PolNeAR's even half: 39 of the 53 relations it adds have gold's cue (odd half:
/// 32 of 44); source F1 +0.001 on each half.
extension ReadsMentions {
    /// Sentence `s` is a headline (or heading) in title case: of its words outside quotes (four or more), at least
    /// three in four are capitalised, counting the short function words title case may leave in lower case ("of",
    /// "to", "and", "the", "for") on neither side.
    func isTitleCaseHeadline(_ s: Int) -> Bool {
        guard paras[sents[s].paragraph].isHeadline else { return false }
        var words = 0
        var caps = 0
        for i in sents[s].tokStart..<sents[s].tokEnd where toks[i].kind == .word && !inQuote(i) {
            if toks[i].isCap {
                caps += 1
                words += 1
            } else if !toks[i].isA(.function) {
                words += 1
            }
        }
        return words >= 4 && caps * 4 >= words * 3
    }

    /// The relation of a capitalised reporting verb at `k` in the title-case headline `s` (`isTitleCaseHeadline`),
    /// or nil when the word is no verb there.
    func headlineCue(at k: Int, sentence s: Int) -> Cue? {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        let t = toks[k]
        guard t.isCap, t.isA(.reporting), !inQuote(k), !isInitial(k, sentenceStart: a) else { return nil }
        // A word that is a noun too is a verb in its third-person form before its object ("Calls for…", "Wants
        // Girl Scout Leaders…"), not "Spending In Battleground States", "Pull Support For".
        if t.isA(.nounToo), !endsInS(k) || !(k + 1 < e && toks[k + 1].kind == .word) { return nil }
        // The verb group: title-case auxiliaries and adverbs before the verb ("Is Now Calling", "Just Gave").
        var first = k
        while first - 1 > a, isHeadlineVerbGroupWord(first - 1), !isInitial(first - 1, sentenceStart: a) {
            first -= 1
        }
        // ("A Whole New Reason To Be Worried": an infinitive's subject is no noun before it.)
        if toks[first].hash == Lexicon.hTo { return nil }
        // ("Hillary Camp Declining To Debate", "Will Run Ads Demanding": an "-ing" form is a verb only after an
        // auxiliary.)
        if endsInIng(k), first == k { return nil }
        let last = first - 1
        let p = toks[last]
        // The subject's last word: a capitalised word, not an article or an owner before a noun, nor a figure ("2
        // States"), nor a function word but a pronoun or a group ("Voters").
        guard p.isCap, !p.isA(.determiner), !p.has(Token.possessive), !inQuote(last),
            !p.isA(.function) || p.isA(.personPronoun) || held.groupNouns.contains(p.hash), !isHeadlineVerbWord(last)
        else { return nil }
        var f = last
        // (A pronoun is the whole subject: "…To Hillary She Never Saw Coming".)
        while !p.isA(.personPronoun), f - 1 >= a, opensNoClauseInHeadline(f - 1), !isInitialBreak(f, a),
            !toks[f].isA(.determiner)
        {
            f -= 1
        }
        // An opening "and" or "of" stays out.
        while f < last, toks[f].hash == Lexicon.hAnd || toks[f].hash == Lexicon.hOf { f += 1 }
        let mention = mentionOf[last] >= 0 ? Int(mentionOf[last]) : nil
        let speaker = Speaker(
            first: f, last: last, form: toks[last].isA(.personPronoun) ? .pronoun : .description, mention: mention)
        var cue = Cue(
            sentence: s, kind: .reportingVerb, first: first, last: k, speaker: speaker, direct: t.isA(.speech))
        cue.head = t.range
        // A particle title case capitalises joins the cue as it does in prose ("Calls For", "Thinks About").
        if k + 1 < e, let l = particleAfterVerb(k, e) { cue.last = l }
        return cue
    }

    /// Token `i` can stand inside a headline's subject before its verb: a capitalised word (not a wh-word or a
    /// subordinator opening a clause, nor a verb: `isHeadlineVerbWord`), a figure, "of", "and", "&" or a hyphen or
    /// slash joining words. (The run back stops after a determiner: "Don’t Let The Media…".)
    func opensNoClauseInHeadline(_ i: Int) -> Bool {
        let t = toks[i]
        if inQuote(i) { return false }
        if t.kind == .number { return true }
        if t.punct == .hyphen || t.punct == .slash || t.punct == .amp { return true }
        guard t.kind == .word else { return false }
        if t.hash == Lexicon.hOf || t.hash == Lexicon.hAnd { return true }
        return t.isCap && !held.whWords.contains(t.hash) && !held.subjectBreakers.contains(t.hash)
            && !isHeadlineVerbWord(i)
    }

    /// Token `i` can stand in a title-case verb group (`isTitleCaseVerbWord`: "Will", "Isn't", "Just"), an "-ly"
    /// word only when it is a known adverb (`WordClass.speakerSkip`, `AttributionWords.headlineAdverbs`: "Finally",
    /// "Actually"), so that a given name is none ("Megyn Kelly Says", "Carly Fiorina Endorses").
    func isHeadlineVerbGroupWord(_ i: Int) -> Bool {
        guard isTitleCaseVerbWord(i) else { return false }
        let t = toks[i]
        return !endsInLy(i) || t.isA(.speakerSkip) || held.headlineAdverbs.contains(t.hash)
    }

    /// Token `i` is a verb of the headline, no word of a subject: an auxiliary or adverb of a verb group ("Will",
    /// "Just", "Don’t", "To": `isHeadlineVerbGroupWord`), a reporting verb ("Announces") or a common irregular past
    /// ("Gave", "Got").
    func isHeadlineVerbWord(_ i: Int) -> Bool {
        let t = toks[i]
        return isHeadlineVerbGroupWord(i) || t.isA(.reporting) && !t.isA(.nounToo)
            || held.irregularPasts.contains(t.hash)
    }

    /// The token before `f` ends the subject's run: the sentence start, a colon, a dash, a comma or a quote mark.
    func isInitialBreak(_ f: Int, _ a: Int) -> Bool {
        f == a || isInitial(f, sentenceStart: a) || toks[f - 1].punct == .comma
    }
}
