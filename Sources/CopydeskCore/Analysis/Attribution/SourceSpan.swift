/// The source next to a cue: the speaker (a name, a pronoun or a description, what `speakerRange` holds) and
/// the whole source phrase PolNeAR marks (`sourceRange`): the name with its title and appositive ("former
/// President Bill Clinton", "Harley Lewin, a partner at Y,") or the whole description ("a spokesman for the
/// company").
///
/// Code map (each file extends `ReadsMentions`; fixtures in `AttributionSourceSpanTests.swift`):
/// - `SourceSpan.swift` — these conventions; the source phrase of a speaker (`sourceTokens`), with the description
///   a name is set off against and a second conjunct after the cue, and the speaker it names (`namedSpeaker`).
/// - `SpeakerBefore.swift` — the speaker before a cue: a verb's subject past its verb group, a noun cue's owner.
/// - `SpeakerAfter.swift` — the speaker after a cue ("said Clark", "according to X") and where it ends.
/// - `SubjectPhrase.swift` — the noun phrase opening a clause; where a description, a share or a figure starts.
/// - `SourceStart.swift` — how far back a source before its cue runs: descriptions, lists, roles, subjects.
/// - `SourceAppositives.swift` — appositives, post-nominals and adjuncts set off by commas around a name.
/// - `ClauseSubject.swift` — where a clause starts, the subject a participle speaks for, verbs before a participle.
///
/// PolNeAR's conventions, as followed here: a source after its cue runs over each appositive after it ("said Geoff
/// Garin, a pollster at X, a firm in Y", an age, a home town and a state: "Ann Reeve, 67, of Tampa, Fla."); the
/// object of "according to" is the source up to its comma, a figure can be a passive's agent ("rejected by 64
/// percent of voters") and a share a subject ("Six in 10 say"); a description keeps its quantifiers, hedges, titles
/// and joined compounds ("All three candidates", "more than half of voters", "A CNN/ORC poll"); a subject pronoun, a contracted one ("He’s", "They’re") or an indefinite one ("Not
/// everyone") is a source; a participle after a comma ("…, saying") speaks for its clause's subject, never for the
/// object after it; a noun phrase right after a verb ("sent a letter saying", "took a firm stance") is that verb's
/// object, not a subject; a cue opening on a particle ("points out") has its subject before the verb; a quantifier
/// floating after the subject ("X and Y both said"), "here" ("Many people here say") and an adverbial set off by
/// commas ("The government, for instance, refused") stay out. A participle after the main clause and a verb
/// coordinated with it take the whole noun phrase opening that clause, past an opening adverbial ("Hours later,
/// …") and with an appositive ("A city council spokesman later walked back the plan, saying…", "The judge rubbed
/// his chin, and then said…"). A relative clause set off by commas between a source and its verb belongs to the
/// source ("The lawmaker, who represents the valley, said": PolNeAR's take it about two times in three) unless
/// its own verb is a cue ("who estimated that…": that relation's, with "who" its source); a participle clause
/// there stays out ("Some growers, angered by the offer, said"). A source before its cue that ends such a phrase runs
/// back to its start ("The deputy head of the delegation to the forum said"), a role before a name back over a
/// title's period ("Mr. de Vos") and a capitalised cue word ("State Department spokesman").
///
/// Also: the name opening a clause heads the appositives up to the cue's comma, a place inside them never does
/// ("Chris Hart, a delegate from Houston, Texas, said"); a dateline ("WASHINGTON (AP) —") opens no clause subject; a
/// source before its cue that is the object of a preposition or a relative clause inside the subject runs back to
/// the subject's start ("At the town hall, a woman who had been a nurse in Ohio said"); words between an auxiliary
/// or "be" and the cue belong to the verb phrase ("have in particular noted", "is now more willing to"); a noun
/// cue's article and modifiers are no source ("has been a dogged defender of"), the name before the appositive it
/// opens is ("Tom Hart, a fierce supporter of"), and so is the agent after "from" ("drew criticism from the
/// board", `agentAfterNounCue`); a raising verb names none ("It seems…", `isRaisingUse`) unless a verb that reports
/// follows it ("She appeared to imply that…": one cue, her report); a bracketed party after a name and a list with
/// its comma before "and" belong to the source; after the cue a description runs through
/// "to", "in", "with" or "as" ("a longtime adviser to Trump") and an owner's name to the name it owns ("said
/// Florida's Rick Wilson"), and a second conjunct ending the clause ("criticized by Ann Cole and some nurses"). A
/// verb in the past right before a cue that is no verb is the cue's, not the source's ("Clinton avoided all mention
/// of", "his friends make jokes about", "Trump went even further:"), and a participle after the time a verb of
/// spending takes is the spender's ("He spent much of his speech praising…"), as is one after any verb's object or
/// adjunct unless a person stands before it or the verb depicts ("He sent a memo to the Post explaining…", "Sanders
/// was on CNN talking about…"; not "drew voters asking", "an ad featuring nurses telling": `objectVerb`), and so is
/// an infinitive of purpose ("went on ABC to defend…", "have volunteered to advocate…"; not "an opening for Clinton
/// to highlight…", "urged voters to reject…").
///
/// Lists and parentheses: a parenthesis adding members belongs to the source, set off by commas or dashes ("Local
/// nurses, including A and B,", "A, along with B,", "Democrats — and some Republicans —"), as do the people a pair
/// exemplifies ("Critics like A and B say"), a pair's name with its bracketed party ("Sen. A (D-Md.) and B said")
/// and a second name with its own appositive ("A, head of X, and B, co-founder of Y, applauded"); a relative clause
/// after the opening name's appositives ends them (that relation's when it holds a cue). A number word standing for
/// people takes its share, article, partitive and hedge ("About one in five", "None of those three", "Only three
/// senators").
///
/// Subjects with a tail: a preposition after the head noun carries the source on to its object ("Groups outside
/// the party said", "Critics within the party say", "Officials in the state said" — but a document or an utterance
/// there is an adjunct: "Lopez in her report said" is Lopez's), and a hedge opens the subject its quantifier heads
/// ("Nearly all of the mayors of the largest cities in the nation"); a subject opening after a comma that closes a
/// clause is the source of a verb after it ("The deal is close, people familiar with the talks said"), as is the
/// phrase an object pronoun ends ("…, a source close to him said": the pronoun is no subject); a connective adverb
/// before its comma ("Nonetheless, …") opens no subject. A participle or a prepositional phrase set off by commas after the name
/// opening the clause stays out of its source, places inside it never speak ("Cole, speaking at a rally in Dayton,
/// Ohio, warned": Cole). After an inverted cue, a possessive name owning the subject of the reported clause is no
/// source ("said Cole’s nomination will test…").
///
/// Pronouns: a subject pronoun before a word of its predicate is the source, never that word ("They stop reporting",
/// `subjectPronounBefore`). A bare "you" right before a cue is not one: in narration it is the reader ("If you
/// believe the figures, …", "As you might expect, …"), who reports nothing. A negative determiner opens the source
/// ("No one", "Neither man"); a conjunct right after a verb is its object ("blamed Wall Street and Hart said": Hart
/// alone); a name after a verb's object noun heads a relative clause without "that" ("the kind Hart described":
/// Hart alone, `isContactRelativeHead`).
extension ReadsMentions {
    func speakerOfMention(_ m: Int) -> Speaker {
        let mw = mentions[m]
        let form: Attribution.SpeakerForm =
            mw.parts >= 2 ? .fullName : (mw.honorific ? .honorificSurname : .surnameOnly)
        return Speaker(first: mw.nameStart, last: mw.tokEnd - 1, form: form, mention: m)
    }

    /// Who a source phrase names as its speaker: the phrase's head, which is not always the name the phrase ends on.
    /// A name that is the object of a preposition inside the phrase (with only articles and lower-case modifiers
    /// between) or that stands in a relative clause of it does not speak:
    /// - a name right before the preposition or the relative clause does ("Rep. Tom Cole of Oklahoma said",
    ///   "Andy McCarthy at the National Review wrote", "Walker, who ran for the Republican nomination, said");
    /// - a noun that speaks for what follows keeps it as the speaker ("a spokeswoman for YouTube", "officials at the
    ///   FBI", "an email from Neera Tanden": `WordClass.speakingNoun`);
    /// - a place, or a name after a preposition that places it ("in", "from": `locativePrepositions`), never speaks
    ///   ("a lawmaker in the Philippines", "a woman who had been a student in Montana": nobody named);
    /// - another role keeps the organisation it names as the speaker's entity ("the founder of the Media Research
    ///   Center"), which is then no person (`heads` is false) and stands for a description, not a name, of who
    ///   speaks; a person it names is no entity of the speaker's ("Critics of Mr Hale say": nobody named).
    /// A title before a name is no such phrase ("Secretary of State Hillary Clinton": a capitalised word between).
    /// `phrase` is the source phrase's first and last token (`sourceTokens`). Returns the mention (nil: none), the
    /// speaker's range and form, and whether the mention heads the phrase. A name reached through another
    /// preposition is followed back in turn ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem":
    /// Shirvanian).
    func namedSpeaker(_ sp: Speaker, phrase: (Int, Int)) -> NamedSpeaker {
        guard var m = sp.mention else {
            return NamedSpeaker(mention: nil, range: tokRange(sp.first, sp.last), form: sp.form)
        }
        let (first, last) = phrase
        let nobody = NamedSpeaker(mention: nil, range: tokRange(first, last), form: .description)
        var moved = false
        func named(_ n: Int) -> NamedSpeaker {
            NamedSpeaker(mention: n, range: mentions[n].range, form: moved ? speakerOfMention(n).form : sp.form)
        }
        // "Victor Wong, a graduate student from Hong Kong studying at Cornell": a name opening the phrase before its
        // appositive heads it (not a place, nor an owner: "Reuters' Luciana Lopez"). (Not before a preposition: the
        // name stage splits names there, "Centers for Disease Control Director Thomas Frieden".)
        if mentionOf[first] >= 0, case let o = Int(mentionOf[first]), o != m, mentions[o].tokEnd <= last,
            mentions[o].tokEnd <= mentions[m].tokStart, !toks[mentions[o].tokEnd - 1].has(Token.possessive),
            entities[mentions[o].entity].kind != .place, toks[mentions[o].tokEnd].punct == .comma
        {
            moved = true
            return named(o)
        }
        while true {
            // The preposition or relative pronoun the name depends on, if any.
            let start = mentions[m].tokStart
            var link = -1
            var j = start - 1
            while j > first && j >= start - 6 {
                let t = toks[j]
                guard t.kind == .word, mentionOf[j] < 0, !inQuote(j) else { return named(m) }
                if held.subjectTailPrepositions.contains(t.hash) || t.isA(.relativePronoun) {
                    link = j
                    break
                }
                guard t.isA(.determiner) || t.isA(.possessivePronoun) || isLowerWord(j) && !t.isA(.function) else {
                    return named(m)
                }
                j -= 1
            }
            guard link > first else { return named(m) }
            // A relative clause anywhere before the link: its antecedent heads the phrase.
            var head = link - 1
            if let r = stride(from: link, through: first + 1, by: -1).first(where: { toks[$0].isA(.relativePronoun) }) {
                head = toks[r - 1].punct == .comma && r - 2 >= first ? r - 2 : r - 1
                guard mentionOf[head] >= 0 else { return nobody }
            }
            if mentionOf[head] >= 0 {
                m = Int(mentionOf[head])
                moved = true
                continue
            }
            if toks[head].isA(.speakingNoun) { return named(m) }
            if entities[mentions[m].entity].kind == .place
                || held.locativePrepositions.contains(toks[link].hash)
            {
                return nobody
            }
            // Another role: a person it names is not who speaks ("Critics of Mr Hale say", "a friend of Ms Ray
            // said": nobody named); an organisation stands behind the speaker, whom the phrase describes.
            if entities[mentions[m].entity].kind == .person { return nobody }
            return NamedSpeaker(mention: m, range: mentions[m].range, form: .description, heads: false)
        }
    }

    /// "The French minister of energy, Ségolène Royal, said", "One of the men, Jessie Elkins, 70, said", "Clinton's
    /// husband, Bill, …, accusing" (an owner's name opens it: `ownerNameEnd`): the description that opens the clause
    /// and ends right before the comma at `first - 1`, when the name from `first` to `last` is set off by commas
    /// after it; nil elsewhere ("In Iowa, Clinton said": a preposition opens no description).
    func descriptionInApposition(before first: Int, after last: Int) -> Int? {
        let s = sentenceOfToken(first)
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        guard first - 2 >= a, toks[first - 1].punct == .comma, !inQuote(first - 1), last + 1 < e,
            toks[last + 1].punct == .comma
        else { return nil }
        let d = first - 1
        let o = clauseOpening(clauseStart(a, before: d), before: d)
        guard o < d, d - o <= 12, toks[o].kind == .word,
            toks[o].isA(.determiner) || toks[o].isA(.possessivePronoun)
                || held.quantifierPronouns.contains(toks[o].hash) || ownerNameEnd(from: o, before: d) != nil,
            isLowerWord(d - 1), !toks[d - 1].isA(.function), !toks[d - 1].has(Token.possessive)
        else { return nil }
        // Only a noun phrase: modifiers, names, figures, "of"-like prepositions and "and"; no verb.
        for i in o..<d {
            let t = toks[i]
            if inQuote(i) { return nil }
            if t.kind == .punct {
                guard
                    t.punct == .hyphen || t.punct == .slash
                        || t.punct == .period && i > o && toks[i - 1].isA(.titleAbbrev)
                else { return nil }
                continue
            }
            guard t.kind == .word || t.kind == .number else { return nil }
            if i > o, isLowerWord(i),
                t.isA(.beForm) || t.isA(.reporting) && !t.isA(.nounToo) || isParticiple(i) || endsInIng(i)
                    || held.cueAuxiliaries.contains(t.hash)
                    || t.isA(.function) && !t.isA(.determiner) && !t.isA(.possessivePronoun)
                        && !held.subjectTailPrepositions.contains(t.hash) && t.hash != Lexicon.hAnd
            {
                return nil
            }
        }
        return o
    }

    /// "Clinton's husband", "Front-runner Ann Reeve's top challenger": the possessive closing a run of at most four
    /// capitalised words from `o` (an owner's name), before `d`; nil when `o` opens no such name.
    func ownerNameEnd(from o: Int, before d: Int) -> Int? {
        var i = o
        while i < d && i <= o + 3 && toks[i].kind == .word && !isLowerWord(i) && !inQuote(i) {
            if toks[i].has(Token.possessive) { return i }
            i += 1
        }
        return nil
    }

    /// The tokens of a speaker's whole source phrase: a relative pronoun standing for it ("who"), else the
    /// name with its title, a determiner before it ("the Associated Press") and its appositive.
    /// A source after its cue starts after token `floor` (it never reaches back into the cue: "according to
    /// the words of", "reported by").
    func sourceTokens(_ sp: Speaker, after floor: Int = -1) -> (Int, Int) {
        if let r = sp.relative { return (r, r) }
        var first = min(sp.first, sp.phraseFirst ?? sp.first)
        if let m = sp.mention {
            let a = sents[mentions[m].sentence].tokStart
            first = min(first, mentions[m].tokStart)
            let role = roleStart(before: first, a)
            if floor >= 0 || !isContactRelativeHead(role, before: first, a) { first = role }
            // "a spokeswoman for Clinton", "officials at the State Department": the description the name
            // completes is the source — and when a name heads it, that name's role too ("Sen. Rand Paul of
            // Kentucky").
            if let g = phraseStart(before: first, a) {
                first = g
                if mentionOf[g] >= 0 {
                    // (Titles and names only: "backing former Florida Gov. Jeb Bush for president" opens no role.)
                    let n = mentions[Int(mentionOf[g])].tokStart
                    let r = roleStart(before: n, a)
                    if (r..<n).allSatisfy({ toks[$0].kind != .word || toks[$0].isCap || toks[$0].isA(.title) }) {
                        first = r
                    }
                }
            }
        }
        // A source before its cue takes a conjunct before it ("Trump and Sanders say"), after "with" too when the
        // cue is a participle, past a floating quantifier ("with Donald Trump, Mike Huckabee and Chris Christie all
        // calling for").
        let end = sents[sentenceOfToken(sp.first)].tokEnd
        var p = max(sp.last, sp.phraseLast ?? sp.last) + 1
        if p + 1 < end, isLowerWord(p), held.floatingQuantifiers.contains(toks[p].hash) { p += 1 }
        if floor < 0, sp.form != .pronoun,
            let c = coordinationStart(
                before: first, sents[sentenceOfToken(sp.first)].tokStart,
                beforeParticiple: p < end && isLowerWord(p) && endsInIng(p))
        {
            first = c
        }
        var last = max(sp.last, sp.phraseLast ?? sp.last)
        // ("the spectacle of Mr. Netanyahu denouncing the deal", "begins with Noah commenting on": a participle
        // right after the source takes the phrase the name ends, not a clause's subject before it.)
        let e = sents[sentenceOfToken(sp.first)].tokEnd
        let participleAfter = last + 1 < e && isLowerWord(last + 1) && endsInIng(last + 1)
        if floor < 0, sp.form != .pronoun, !participleAfter,
            let s0 = subjectStart(first, sents[sentenceOfToken(sp.first)].tokStart)
        {
            first = s0
        }
        // "Sen. Ann Cole (D-Md.) on Monday defended…": a bracketed party or place after the name is the source's.
        if floor < 0, sp.mention != nil, sp.phraseLast == nil, let r = bracketEnd(after: last, e) {
            last = r
        }
        if floor < 0, sp.form != .pronoun, sp.relative == nil, !participleAfter,
            let s0 = openingSubjectStart(first, last)
        {
            first = s0
        }
        // "Her main rival, Bernie Sanders, said": the description opening the clause that the name is in apposition
        // to belongs to the source.
        if floor < 0, sp.mention != nil, let o = descriptionInApposition(before: first, after: last) { first = o }
        // "criticized by Ann Cole and some local nurses", "according to the board and its lawyers": a source after its
        // cue takes a second conjunct ending its clause.
        if floor >= 0, let c = conjunctEnd(after: last, sents[sentenceOfToken(sp.first)].tokEnd) { last = c }
        first = max(first, min(floor + 1, sp.first))
        return (first, last)
    }

    /// The last token of a noun phrase joined by "and" right after token `l` (before the sentence end `e`) that ends
    /// its clause (at the sentence end, a comma, a colon or a semicolon): a name, or a phrase opening on a
    /// determiner, an owner, a quantifier or a plural noun, of at most ten words with no verb of its own ("and
    /// some nurses", "and the Associated Press"; not "and the nurses agreed"). Nil otherwise.
    func conjunctEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].hash == Lexicon.hAnd, !inQuote(l + 1), !inQuote(l + 2), toks[l + 2].kind == .word
        else { return nil }
        let s = l + 2
        let t = toks[s]
        guard
            mentionOf[s] >= 0 || t.isA(.determiner) || t.isA(.possessivePronoun)
                || held.quantifierPronouns.contains(t.hash) || held.groupNouns.contains(t.hash)
                || isLowerWord(s) && !t.isA(.function) && !t.isA(.reporting) && endsInS(s) && !isParticiple(s)
        else { return nil }
        let end = phraseRunEnd(from: s, limit: s + 10, e)
        guard end - s < 10,
            end + 1 == e || toks[end + 1].isTerminator || toks[end + 1].punct == .comma
                || toks[end + 1].punct == .colon || toks[end + 1].punct == .semicolon
        else { return nil }
        for i in s...end where isLowerWord(i) {
            let u = toks[i]
            if u.isBeOrFiniteAuxiliary
                || held.cueAuxiliaries.contains(u.hash) || held.irregularPasts.contains(u.hash)
                || isParticiple(i) || u.isA(.reporting) || u.isA(.personPronoun) || u.isA(.otherPronoun)
            {
                return nil
            }
        }
        return end
    }
}
