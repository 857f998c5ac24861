/// The source next to a cue: the speaker (a name, a pronoun or a description, what `speakerRange` holds) and
/// the whole source phrase PolNeAR marks (`sourceRange`): the name with its title and appositive ("former
/// President Bill Clinton", "Harley Lewin, a partner at Y,") or the whole description ("a spokesman for the
/// company").
///
/// PolNeAR's conventions, as followed here: a source after its cue runs over each appositive after it ("said Geoff
/// Garin, a pollster at X, a firm in Y", an age, a home town and a state: "Ann Reeve, 67, of Tampa, Fla."); the
/// object of "according to" is the source up to its comma, a figure can be a passive's agent ("rejected by 64
/// percent of voters") and a share a subject ("Six in 10 say"); a description keeps its quantifiers, hedges, titles and joined compounds ("All three candidates", "more than half
/// of voters", "A CNN/ORC poll"); a subject pronoun, a contracted one ("He’s", "They’re") or an indefinite one ("Not
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
    ///   Center"), which is then no person (`heads` is false), whoever speaks.
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
        func named(_ n: Int, heads: Bool = true) -> NamedSpeaker {
            NamedSpeaker(
                mention: n, range: mentions[n].range, form: moved ? speakerOfMention(n).form : sp.form, heads: heads)
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
                if AttributionWords.subjectTailPrepositions.contains(t.hash) || t.isA(.relativePronoun) {
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
                || AttributionWords.locativePrepositions.contains(toks[link].hash)
            {
                return nobody
            }
            return named(m, heads: false)
        }
    }

    /// The speaker standing before the cue at `k` (within the sentence starting at `a`).
    func speakerBefore(_ k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        // "Bozell points out", "the documentarian lays out": a cue opening on a particle has its verb before it;
        // the subject stands before the verb.
        if k < toks.count, Lexicon.verbParticles.contains(toks[k].hash), j > a, isLowerWord(j),
            !toks[j].isA(.function), !inQuote(j)
        {
            j -= 1
        }
        var skipped = 0
        // ("Sanders Isn't Too Impressed By", "Trump Is Now Calling": a headline in title case capitalises its
        // auxiliaries and adverbs too.)
        let titleCase = k < toks.count && toks[k].isCap && k > a
        while j >= a && skipped < 4 && (isAdverbLike(j) || titleCase && isTitleCaseVerbWord(j)) {
            j -= 1
            skipped += 1
        }
        // "Bolton and Gorka both denounced", "they all said": a floating quantifier after the subject.
        if j > a, Lexicon.floatingQuantifiers.contains(toks[j].hash), !inQuote(j - 1),
            toks[j - 1].kind == .word
                && (!toks[j - 1].isA(.function) || toks[j - 1].isA(.personPronoun)
                    || toks[j - 1].isA(.otherPronoun))
                && !toks[j - 1].isA(.reporting) || toks[j - 1].punct == .rparen
        {
            j -= 1
        }
        // "Many people here say", "Her campaign workers here said": a place adverb after the subject.
        if j > a, toks[j].hash == AttributionWords.here, isLowerWord(j), toks[j - 1].kind == .word, !inQuote(j - 1),
            !toks[j - 1].isA(.function) || Lexicon.groupNouns.contains(toks[j - 1].hash)
        {
            j -= 1
        }
        // "Cole began asking…", "Cole has lately started urging…", "Hart tried to argue…", "Reeve carried on
        // insisting…": a verb taking the cue as its complement belongs to the verb phrase, with its particle ("on"
        // is adverb-like, skipped above), adverbs and auxiliary; the subject stands before them ("Reeve started the
        // debate by asking" has no such verb right before the cue).
        if j > a, k < toks.count, endsInIng(k) || toks[k].hash == Lexicon.hTo, isLowerWord(j), !inQuote(j),
            AttributionWords.catenativeVerbs.contains(toks[j].hash)
                || AttributionWords.onCatenativeVerbs.contains(toks[j].hash) && toks[j + 1].hash == Lexicon.hOn
        {
            j -= 1
            var adverbs = 0
            while j > a && adverbs < 3 && isAdverbLike(j) {
                j -= 1
                adverbs += 1
            }
            if j > a, isLowerWord(j), AttributionWords.finiteAuxiliaries.contains(toks[j].hash) || toks[j].isA(.beForm)
            {
                j -= 1
            }
        }
        // "He spent much of his speech praising the candidate", "spent the day attacking Cole": a participle after
        // the time that a verb of spending takes is that verb's subject's, never the time's.
        if k < toks.count, endsInIng(k), let v = spendingVerb(before: k, a) { return speakerBefore(v, a) }
        // "He sent a memo to the Post explaining his plan": a participle after a verb's object is that verb's
        // subject's.
        if k < toks.count, endsInIng(k), isLowerWord(k), let v = objectVerb(before: k, a) { return speakerBefore(v, a) }
        if k - 1 > a, k < toks.count, toks[k - 1].hash == Lexicon.hTo, isLowerWord(k - 1), isLowerWord(k),
            let v = objectVerb(before: k - 1, a, infinitive: true)
        {
            return speakerBefore(v, a)
        }
        // "Critics have in particular noted", "Cole has nevertheless called", "They have both urged": words after
        // an auxiliary belong to its verb phrase; the subject stands before the auxiliary.
        if let y = auxiliaryBefore(j, a) {
            j = y - 1
            while j >= a && j >= y - 3 && isAdverbLike(j) { j -= 1 }
        }
        guard j >= a, !inQuote(j) else { return nil }
        let t = toks[j]
        // "Sadiq Khan MP said", "Sarah Clarke KC told": a post-nominal after the name belongs to its source ("The
        // Tory MP said" names nobody: after an article the word is a description's).
        if t.kind == .word, mentionOf[j] < 0, case let p = postNominalStart(before: j + 1, a), p == j,
            !toks[p - 1].has(Token.possessive), case let m = Int(mentionOf[p - 1]),
            mentions[m].tokStart == a || !Lexicon.articles.contains(toks[mentions[m].tokStart - 1].hash)
        {
            var sp = speakerOfMention(m)
            sp.phraseLast = j
            return sp
        }
        // "Sen. Chuck Grassley (R-Iowa) said": a bracketed party or place after the name belongs to the source.
        if t.punct == .rparen {
            guard let o = bracketStart(before: j, a), mentionOf[o - 1] >= 0, !toks[o - 1].has(Token.possessive) else {
                return nil
            }
            var sp = speakerOfMention(Int(mentionOf[o - 1]))
            sp.phraseLast = j
            return sp
        }
        if t.punct == .dash {
            // "Mrs. Clinton -- whose husband signed the act -- has derided": the name before a parenthesis set off
            // by dashes is the speaker (PolNeAR leaves the parenthesis out of the source).
            var c = j - 1
            while c > a && c >= j - 30 {
                let u = toks[c]
                if u.isDoubleQuote || u.isTerminator && u.punct != .period || u.punct == .colon
                    || u.punct == .semicolon || inQuote(c)
                {
                    return nil
                }
                if u.punct == .dash {
                    // "Local nurses — including Ann Cole and Tom Hart — have argued", "Democrats — and some
                    // Republicans — say": a parenthesis adding members belongs to the source.
                    if opensInclusion(c + 1) || toks[c + 1].hash == Lexicon.hAnd, c - 1 >= a, !inQuote(c - 1),
                        !toks[c - 1].has(Token.possessive)
                    {
                        var sp: Speaker
                        if mentionOf[c - 1] >= 0 {
                            sp = speakerOfMention(Int(mentionOf[c - 1]))
                        } else if toks[c - 1].kind == .word,
                            !toks[c - 1].isA(.function) || Lexicon.groupNouns.contains(toks[c - 1].hash),
                            !toks[c - 1].isA(.reporting)
                        {
                            sp = Speaker(
                                first: descriptionStart(c - 1, a), last: c - 1, form: .description, mention: nil)
                        } else {
                            return nil
                        }
                        sp.phraseLast = j - 1
                        return sp
                    }
                    guard mentionOf[c - 1] >= 0, !toks[c - 1].has(Token.possessive) else { return nil }
                    return speakerOfMention(Int(mentionOf[c - 1]))
                }
                c -= 1
            }
            return nil
        }
        if t.punct == .comma {
            if let sp = appositiveSpeaker(before: j, a) { return sp }
            // "The government, for instance, refused…", "Officials, in fact, insist…": an adverbial set off by
            // commas between the subject and its verb.
            if let c = adverbialCommaBefore(j, a) { return speakerBefore(c, a) }
            // "The departments declined to comment, saying…": a participle after a comma takes the clause's subject.
            if k < toks.count && endsInIng(k) { return participleSubject(before: j, a) }
            // "Republican lawmakers, who are close to the industry, have vowed…": a description opening the clause
            // with its appositive or relative clause.
            let o = clauseOpening(clauseStart(a, before: j), before: j)
            return o < j ? subjectPhrase(at: o, before: j + 1, closingComma: j) : nil
        }
        // "Six in 10 say": a share of people is the source.
        if t.kind == .number, j - 2 >= a, toks[j - 1].hash == Lexicon.hIn, toks[j - 2].isA(.numberWord),
            !inQuote(j - 2)
        {
            return Speaker(first: hedgeStart(j - 2, a), last: j, form: .description, mention: nil)
        }
        guard t.kind == .word else { return nil }
        // "…, a source close to him said", "People familiar with them say": an object pronoun is no subject; it
        // ends the phrase of the subject that holds it.
        if Lexicon.objectPronouns.contains(t.hash), let g = subjectStart(j, a) {
            return Speaker(first: g, last: j, form: .description, mention: nil)
        }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) || isContractedSubject(j) {
            return Speaker(first: j, last: j, form: .pronoun, mention: nil)
        }
        if let p = subjectPronounBefore(predicate: j, a) {
            return Speaker(first: p, last: p, form: .pronoun, mention: nil)
        }
        let relativeContraction = Lexicon.relativeContractions.contains(t.hash)
        guard !t.has(Token.possessive) || relativeContraction else { return nil }
        // "Not everyone was claiming…", "Neither wanted…", "Almost everyone agrees" (a hedge before it).
        if Lexicon.indefiniteSources.contains(t.hash) {
            let f = j - 1 >= a && toks[j - 1].hash == Lexicon.hNot && !inQuote(j - 1) ? j - 1 : hedgeStart(j, a)
            return Speaker(first: f, last: j, form: .description, mention: nil)
        }
        if mentionOf[j] >= 0 { return speakerOfMention(Int(mentionOf[j])) }
        // ("superdelegates who’ve already said": "who" with its clitic.)
        if t.hash == Lexicon.hWho || t.hash == Lexicon.hWhich || relativeContraction, j - 1 >= a {
            // "Humphrey, who told POLITICO": the speaker is Humphrey, the source phrase (PolNeAR's) is "who"
            // ("the report, which found…": "which"; "Graham—who had endorsed…": after a dash too).
            var n = j - 1
            if toks[n].punct == .comma || toks[n].punct == .dash { n -= 1 }
            if n >= a, mentionOf[n] >= 0 {
                var sp = speakerOfMention(Int(mentionOf[n]))
                sp.relative = j
                return sp
            }
            // "voters who said", "a man who told reporters": the description before "who".
            if n >= a, toks[n].kind == .word, !toks[n].isA(.function) || Lexicon.groupNouns.contains(toks[n].hash),
                !inQuote(n)
            {
                var sp = Speaker(first: descriptionStart(n, a), last: n, form: .description, mention: nil)
                sp.relative = j
                return sp
            }
            return nil
        }
        // "the two write", "both said", "more call themselves…", "most say" (an article never: "a call for").
        if t.isA(.determiner) && t.isA(.numberWord) && t.hash != Lexicon.hA && t.hash != Lexicon.hAn
            || Lexicon.quantifierPronouns.contains(t.hash)
            || t.isA(.numberWord) && j - 2 >= a && toks[j - 1].hash == Lexicon.hIn && toks[j - 2].isA(.numberWord)
        {
            return Speaker(first: numeralStart(j, a), last: j, form: .description, mention: nil)
        }
        if t.isA(.function) && !Lexicon.groupNouns.contains(t.hash) {
            // "Tom Hart, a fierce supporter of…": a noun cue opening an appositive speaks for the name before it.
            if Lexicon.articles.contains(t.hash), j - 2 >= a, toks[j - 1].punct == .comma, mentionOf[j - 2] >= 0,
                !toks[j - 2].has(Token.possessive), !inQuote(j - 2)
            {
                return speakerOfMention(Int(mentionOf[j - 2]))
            }
            return nil
        }
        // "to voice concern about": a lower-case word after "to" is a verb, and the cue its object.
        if j - 1 >= a, toks[j - 1].hash == Lexicon.hTo, isLowerWord(j) { return nil }
        // A cue word is a noun after a determiner or a possessive ("the report said", "her statement says"), or a
        // plural opening the sentence ("Reports indicate").
        if t.isA(.reporting), !(j == a && isPlural(j)) {
            guard j - 1 >= a, !inQuote(j - 1),
                toks[j - 1].isA(.determiner) || toks[j - 1].isA(.possessivePronoun)
                    || toks[j - 1].has(Token.possessive)
                    || isLowerWord(j - 1) && !toks[j - 1].isA(.function) && !toks[j - 1].isA(.reporting)
                        && j - 2 >= a
                        && (toks[j - 2].isA(.determiner) || Lexicon.descriptionModifiers.contains(toks[j - 2].hash))
            else { return nil }
            // "Lopez in her report said", "Cole in his comments argued": after a preposition a cue word is an
            // adjunct, not the subject (a document's or an utterance's names the subject before it); a place is the
            // subject's ("Officials in the state said": the description runs back to it).
            let d = toks[j - 1].isA(.determiner) || toks[j - 1].isA(.possessivePronoun) ? j - 1 : j - 2
            if d - 1 >= a, Lexicon.nounPrepositions.contains(toks[d - 1].hash),
                !AttributionWords.placeCueNouns.contains(t.hash)
            {
                guard t.isA(.documentNoun) || t.isA(.statementNoun) || AttributionWords.utteranceNouns.contains(t.hash)
                else { return nil }
                // The name or pronoun before the adjunct is the subject ("Lopez in her report said": Lopez).
                let n = d - 2
                guard n >= a, !inQuote(n), toks[n].kind == .word, !toks[n].has(Token.possessive) else { return nil }
                if mentionOf[n] >= 0 { return speakerOfMention(Int(mentionOf[n])) }
                if toks[n].isA(.personPronoun), !Lexicon.objectPronouns.contains(toks[n].hash) {
                    return Speaker(first: n, last: n, form: .pronoun, mention: nil)
                }
                // (A surname opening the sentence that the name stage left unread.)
                guard toks[n].isCap, !toks[n].isA(.function), !isAdverbLike(n), !toks[n].isA(.reporting) else {
                    return nil
                }
                return Speaker(first: roleStart(before: n, a), last: n, form: .description, mention: nil)
            }
        }
        // "Clinton avoided all mention of", "Trump went even further: “…”", "his friends make jokes about": a verb
        // in the past right before a cue that is no verb — a quantifier, a colon — is the cue's own verb, its
        // subject the source, and so is an irregular past or "make" before a noun cue ("took aim at"). Not a
        // participle before a verb cue, which ends the subject ("Those involved said", "Voters surveyed support").
        if j > a, k < toks.count, isLowerWord(j), !inQuote(j) {
            let pastOrLight =
                AttributionWords.irregularPasts.contains(t.hash) || ClaimWords.lightSpeechVerbs.contains(t.hash)
            let u = toks[k]
            // (Not an auxiliary opening the cue's verb group — "the delegates selected has publicly signaled" — nor a
            // noun after a determiner: "the political left are questioning".)
            let noVerb =
                u.kind == .punct
                || u.kind == .word && !u.isA(.reporting) && !u.isA(.beForm)
                    && !AttributionWords.finiteAuxiliaries.contains(u.hash) && !Lexicon.cueAuxiliaries.contains(u.hash)
            var q = j - 1
            while q > a && isAdverbLike(q) { q -= 1 }
            let p = toks[q]
            // ("the left", "the political left": an adjective between; "his friends make": a plural subject.)
            let afterDeterminer =
                p.isA(.determiner) || p.isA(.possessivePronoun) || p.has(Token.possessive)
                || isLowerWord(q) && !p.isA(.function) && !endsInS(q) && q > a
                    && (toks[q - 1].isA(.determiner) || toks[q - 1].isA(.possessivePronoun))
            let nounCue = u.isA(.nounToo) && !endsInIng(k) && !isParticiple(k)
            if !afterDeterminer,
                noVerb && (pastOrLight || isParticiple(j) && !isPassiveParticiple(j, a)) || nounCue && pastOrLight
            {
                return speakerBefore(j, a)
            }
        }
        // A description: "the report", "officials", "a spokesman for the company".
        let f = descriptionStart(j, a)
        if j + 1 == k, let owner = nounCueOwner(f, j, cue: k) { return owner }
        if j + 1 == k, isNounCueModifier(f, j, cue: k) {
            // "has been a dogged defender of", "Adelson, a fierce supporter of…": the noun cue's own article and
            // adjectives are no source; a name before the appositive they open is.
            if f - 2 >= a, toks[f - 1].punct == .comma, mentionOf[f - 2] >= 0, !toks[f - 2].has(Token.possessive),
                !inQuote(f - 2)
            {
                return speakerOfMention(Int(mentionOf[f - 2]))
            }
            return nil
        }
        // "has taken a firm stance", "offer a potent testimony": a determined phrase right after a verb is that
        // verb's object (the cue's own modifiers), not a subject ("said the report shows" keeps its subject).
        if f > a, toks[f].isA(.determiner) || toks[f].isA(.possessivePronoun), isLowerWord(f - 1),
            !toks[f - 1].isA(.function), !toks[f - 1].isA(.reporting), !inQuote(f - 1)
        {
            // ("Local farmers backing the plan said", "Advisers who have run the numbers argue": unless it ends the
            // noun phrase opening the clause.)
            guard let g = openingSubjectStart(f, j) ?? subjectStart(f, a) else { return nil }
            return Speaker(first: g, last: j, form: .description, mention: nil)
        }
        // "Disclosures filed on Sunday night revealed…": a time is no speaker; the subject it ends is, when the words
        // before it read as one noun phrase, else no one.
        if isTimePhrase(f, j) {
            guard let g = subjectStart(f, a), g < f else { return nil }
            return Speaker(first: g, last: j, form: .description, mention: nil)
        }
        var sp = Speaker(first: f, last: j, form: .description, mention: nil)
        sp.phraseFirst = phraseStart(before: f, a)
        return sp
    }

    /// Tokens `f...j` are a time and nothing else: days, months, units of time and their modifiers ("Sunday night",
    /// "last week", "April", "weeks"), not "the April report".
    func isTimePhrase(_ f: Int, _ j: Int) -> Bool {
        for i in f...j {
            let t = toks[i]
            guard t.kind == .word || t.kind == .number,
                t.kind == .number || t.isA(.weekday) || t.isA(.month) || t.isA(.timeUnit)
                    || AttributionWords.timeWords.contains(t.hash)
            else { return false }
        }
        return true
    }

    /// "They stop reporting", "they remain hopeful that", "I’m more vocal about": a lower-case word right after a
    /// subject pronoun ("he", "they", "I’m"; not "it", which may be an object: "called it quits") is the start of
    /// its predicate, never the head of a description; the pronoun before it (returned) is the source. Nil for
    /// "his aides said" (an owner, no subject) or "the voters say".
    func subjectPronounBefore(predicate j: Int, _ a: Int) -> Int? {
        guard j - 1 >= a, isLowerWord(j), !inQuote(j - 1), toks[j - 1].kind == .word else { return nil }
        let t = toks[j]
        guard !t.isA(.determiner), !t.isA(.possessivePronoun), !t.has(Token.possessive) else { return nil }
        return isSubjectPronoun(j - 1) || toks[j - 1].hash == Lexicon.hYou ? j - 1 : nil
    }

    /// The comma opening a short adverbial that ends at the comma `j` ("…, for instance,", "…, in fact,", "…,
    /// however,"): one to four lower-case words from a preposition or an adverb, after a word; nil otherwise.
    func adverbialCommaBefore(_ j: Int, _ a: Int) -> Int? {
        var c = j - 1
        while c > a && c >= j - 5 && toks[c].kind == .word && isLowerWord(c) && !inQuote(c) { c -= 1 }
        guard c > a, c < j - 1, toks[c].punct == .comma, toks[c - 1].kind == .word, !inQuote(c - 1) else { return nil }
        let u = toks[c + 1]
        // ("Proponents of the bill, however, say", "NATO's chief, meanwhile, called on": a connective adverb.)
        let opens =
            isAdverbLike(c + 1) || AttributionWords.connectiveAdverbs.contains(u.hash)
            || u.isA(.function) && Lexicon.nounPrepositions.contains(u.hash) && !u.isA(.determiner)
                && !u.isA(.possessivePronoun)
        guard opens, !(c + 1..<j).contains(where: { toks[$0].isA(.reporting) }) else { return nil }
        return c
    }

    /// A capitalised auxiliary, adverb or "To" of a headline's verb phrase ("Isn't", "Is Now", "Finally", "To
    /// Expand"), not a name.
    func isTitleCaseVerbWord(_ j: Int) -> Bool {
        let t = toks[j]
        guard t.isCap, mentionOf[j] < 0, !inQuote(j) else { return false }
        if Lexicon.cueAuxiliaries.contains(t.hash) || AttributionWords.finiteAuxiliaries.contains(t.hash)
            || t.isA(.beForm) || t.isA(.speakerSkip) || t.hash == Lexicon.hTo
        {
            return true
        }
        return endsInLy(j)  // "Finally"
    }

    /// The auxiliary ("has", "have", "will"…) opening the verb phrase that ends at `j`, with one word ("has
    /// nevertheless", "have both", "have begun") or a phrase on a preposition ("have in particular", "has for the
    /// first time") between it and the cue after `j`; nil when `j` ends no such run.
    func auxiliaryBefore(_ j: Int, _ a: Int) -> Int? {
        var y = j
        while y > a && y >= j - 4 {
            guard isLowerWord(y), mentionOf[y] < 0, !inQuote(y) else { return nil }
            if y < j, AttributionWords.finiteAuxiliaries.contains(toks[y].hash) {
                return y + 1 == j || Lexicon.nounPrepositions.contains(toks[y + 1].hash) ? y : nil
            }
            // "is now more willing", "was most proud of", "are growing increasingly frustrated": after "be" a
            // comparative, an adverb or a participle opens the predicate the cue heads (not a noun: "The problem
            // is voters believe…").
            if y < j, toks[y].isA(.beForm) {
                let w = toks[j].hash
                // ("Bolton and Gorka were both sternly critical of": a floating quantifier after "be".)
                let predicate =
                    w == Lexicon.hMore || w == Lexicon.hMostWord || isAdverbLike(j) || endsInIng(j)
                    || y + 1 == j && Lexicon.floatingQuantifiers.contains(w)
                    || (y + 1..<j).contains { endsInIng($0) }
                return predicate ? y : nil
            }
            // (A pronoun or "to" ends the run: "what it has done", "has to".)
            if toks[y].isA(.personPronoun) || toks[y].isA(.otherPronoun) || toks[y].hash == Lexicon.hTo {
                return nil
            }
            y -= 1
        }
        return nil
    }

    /// "a dogged defender of", "the full support of", "a main concern": the description `f...j` right before the
    /// cue word `k` is its article and modifiers, not its subject — it opens on a singular article ("a", "an",
    /// "the", "this") not after a preposition, names no one, and ends
    /// on a singular word that a bare verb form cannot follow ("a spokesman criticized", "the report says", "the
    /// voters support" keep theirs: a verb in "-s", "-ed" or the past, or a plural subject).
    func isNounCueModifier(_ f: Int, _ j: Int, cue k: Int) -> Bool {
        // (Not after a preposition, where the subject's head stands further back: "Supporters of the law hope";
        // nor after "and": "Two aides and a lawyer believe"; nor a plural determiner: "those surveyed say".)
        let d = toks[f].hash
        guard f <= j, k < toks.count, d == Lexicon.hA || d == Lexicon.hAn || d == Lexicon.hThe || d == Lexicon.hThis,
            isLowerWord(k), !inQuote(k), !isAdverbLike(k),
            f == 0
                || !Lexicon.nounPrepositions.contains(toks[f - 1].hash) && !isTailPreposition(f - 1)
                    && toks[f - 1].hash != Lexicon.hAnd
                    && toks[f - 1].hash != Lexicon.hOr
        else {
            return false
        }
        for i in f...j where mentionOf[i] >= 0 || toks[i].kind != .word || toks[i].isA(.numberWord) && i > f {
            return false
        }
        return !looksFinite(k) && (j == f || !endsInS(j))
    }

    /// Token `i` ends in a single "s" ("says", "voters"; not "boss").
    func endsInS(_ i: Int) -> Bool {
        let e = Int(toks[i].end)
        let b = syntax.prose
        return len(i) > 2 && b[e - 1] == 0x73 && b[e - 2] != 0x73
    }

    /// Token `i` is a preposition that carries a subject on to its object ("Critics within the party", "Groups
    /// outside the party", "officials in the FBI": `AttributionWords.subjectTailPrepositions`), not "to", which
    /// does so only after an adjective ("sources close to the campaign": `subjectStart`).
    func isTailPreposition(_ i: Int) -> Bool {
        let h = toks[i].hash
        return AttributionWords.subjectTailPrepositions.contains(h) && h != Lexicon.hTo
    }

    /// Token `k` can be a finite verb after a singular subject: in "-s", "-ed" or "-ing", a common irregular past,
    /// an auxiliary or a form of "be".
    func looksFinite(_ k: Int) -> Bool {
        let h = toks[k].hash
        return endsInS(k) || isParticiple(k) || endsInIng(k) || AttributionWords.irregularPasts.contains(h)
            || AttributionWords.finiteAuxiliaries.contains(h) || Lexicon.cueAuxiliaries.contains(h)
            || toks[k].isA(.beForm)
    }

    /// "Rubio's catch phrase", "Sen. Graham's energetic endorsement of": the owner opening the description
    /// `f...j` right before a noun cue `k`, past the cue's own modifiers — a possessive pronoun or a possessive
    /// name, then lower-case words, and a cue word no singular subject's verb could be (`looksFinite`). The
    /// owner is the source ("his aides said" keeps its subject).
    func nounCueOwner(_ f: Int, _ j: Int, cue k: Int) -> Speaker? {
        guard f < j, k < toks.count, isLowerWord(k), !inQuote(k), !isAdverbLike(k), !looksFinite(k), !endsInS(j)
        else { return nil }
        var owner: Speaker
        var o = f
        if toks[f].isA(.possessivePronoun) {
            owner = Speaker(first: f, last: f, form: .pronoun, mention: nil)
        } else if mentionOf[f] >= 0, toks[mentions[Int(mentionOf[f])].tokEnd - 1].has(Token.possessive) {
            owner = speakerOfMention(Int(mentionOf[f]))
            o = mentions[Int(mentionOf[f])].tokEnd - 1
        } else {
            return nil
        }
        guard o < j else { return nil }
        for i in (o + 1)...j where !isLowerWord(i) || toks[i].isA(.function) || mentionOf[i] >= 0 || inQuote(i) {
            return nil
        }
        owner.phraseLast = nil
        return owner
    }

    /// "Brent Bozell III,", "Joseph Dunford Jr.,": the token after the post-nominal (and its period) that starts at
    /// `n`, right after a name (`EntityWords.postNominals`: a role, not a name part); `n` when there is none.
    func postNominalEnd(after n: Int, _ j: Int) -> Int {
        guard n < j, toks[n].kind == .word, EntityWords.postNominals.contains(toks[n].base) else { return n }
        return n + 1 < j && toks[n + 1].punct == .period && attached(n + 1) ? n + 2 : n + 1
    }

    /// The first token of a post-nominal that ends right before `c`, after a name; `c` when there is none.
    func postNominalStart(before c: Int, _ a: Int) -> Int {
        var p = c - 1
        if p > a, toks[p].punct == .period, attached(p) { p -= 1 }
        guard p > a, toks[p].kind == .word, EntityWords.postNominals.contains(toks[p].base), mentionOf[p - 1] >= 0
        else { return c }
        return p
    }

    /// "X, a partner at Y, says", "Clinton, 35, the daughter of…, said": skip up to three comma-delimited
    /// appositives back from the comma at `j` to a name.
    func appositiveSpeaker(before j: Int, _ a: Int) -> Speaker? {
        if let sp = openingAppositiveSpeaker(before: j, a) { return sp }
        var c = j - 1
        var steps = 0
        var commas = 0
        while c > a && steps < 40 {
            let u = toks[c]
            // (A period inside the sentence ends an abbreviation: "who met Mr. Romney".)
            if u.isDoubleQuote || u.isTerminator && u.punct != .period || u.punct == .colon
                || u.punct == .semicolon || inQuote(c)
            {
                return nil
            }
            if u.punct == .comma {
                let n = postNominalStart(before: c, a) - 1
                if mentionOf[n] >= 0, !toks[n].has(Token.possessive) {
                    var sp = speakerOfMention(Int(mentionOf[n]))
                    // "Cruz, leading in the polls, questioned…", "Clinton, for example, named…": a participle
                    // or an adverbial between the commas is no appositive.
                    // ("Six newspapers in New Jersey, including the Asbury Park Press, said": an inclusion too.)
                    if isAppositiveStart(c + 1) || opensInclusion(c + 1), !isReportingRelative(c + 1, j) {
                        sp.phraseLast = j - 1
                    }
                    return sp
                }
                // "the assailant, John McGraw, told": a name in apposition to the description before it — with its
                // title and a bracketed party ("Another former lawmaker, Sen. Joe Cole (I-Conn.), stated"), after a
                // noun cue word the description ends on ("the authors of that 2013 report, Ari Hale, said").
                let nameEnd = bracketStart(before: j - 1, a).map { $0 - 1 } ?? j - 1
                if commas == 0, nameEnd > c, mentionOf[nameEnd] >= 0,
                    case let m = Int(mentionOf[nameEnd]),
                    mentions[m].tokStart == c + 1 || roleStart(before: mentions[m].tokStart, a) == c + 1,
                    isLowerWord(n), !toks[n].isA(.function), !toks[n].has(Token.possessive),
                    !toks[n].isA(.reporting)
                        || toks[n].isA(.nounToo) && n - 1 >= a
                            && (toks[n - 1].kind == .number || toks[n - 1].isA(.determiner)
                                || toks[n - 1].isA(.possessivePronoun))
                {
                    var sp = speakerOfMention(m)
                    sp.phraseFirst = descriptionStart(n, a)
                    if j - 1 > sp.last { sp.phraseLast = j - 1 }
                    return sp
                }
                commas += 1
                if commas == 3 { return nil }
            }
            c -= 1
            steps += 1
        }
        return nil
    }

    /// The "(" of a bracket closing at `r` ("Joe Cole (I-Conn.)"), within eight tokens; nil when `r` closes none.
    func bracketStart(before r: Int, _ a: Int) -> Int? {
        guard r > a, toks[r].punct == .rparen else { return nil }
        var o = r - 1
        while o > a && o >= r - 8 && toks[o].punct != .lparen && toks[o].punct != .rparen { o -= 1 }
        return o > a && toks[o].punct == .lparen ? o : nil
    }

    /// "Chris Hart, a delegate from Houston, Texas, said", "Rep. Ann Cole (D-Md.), chair of the panel, said": the
    /// name opening the clause (`clauseOpening`), then a comma and appositives (commas inside them too) up to the
    /// comma at `j` before the cue. The name is the speaker, the appositives part of its source phrase — not a
    /// name inside an appositive ("Houston"), which the nearest comma would give. Nil when the clause opens on
    /// no name followed by a comma.
    func openingAppositiveSpeaker(before j: Int, _ a: Int) -> Speaker? {
        guard let o = boundedSubjectOpening(a, before: j) else { return nil }
        guard o < j, mentionOf[o] >= 0 || o + 1 < j && mentionOf[o + 1] >= 0 else { return nil }
        // (The name after a title or role opening the clause: "Rep. Ann Cole", "Former senator Ann Cole".)
        let m = Int(mentionOf[o] >= 0 ? mentionOf[o] : mentionOf[o + 1])
        if mentions[m].tokStart != o && roleStart(before: mentions[m].tokStart, a) > o { return nil }
        var n = postNominalEnd(after: mentions[m].tokEnd, j)
        // "Ann Cole (D-Md.),": a bracketed party or place after the name.
        if let r = bracketEnd(after: n - 1, j) { n = r + 1 }
        guard n < j - 1, toks[n].punct == .comma, !toks[n - 1].has(Token.possessive) else { return nil }
        if isAdjunctClause(n + 1, j) {
            // "Cole, speaking at a rally in Dayton, Ohio, warned", "Ann Reeve, during a town hall in Tampa, Fla.,
            // said": a participle or a prepositional phrase between the name and its verb stays out of the
            // source (`subjectPhrase` leaves a participle clause out too); the name opening the clause speaks, not
            // a place inside the adjunct.
            var sp = speakerOfMention(m)
            if n - 1 > sp.last { sp.phraseLast = n - 1 }
            return sp
        }
        guard isAppositiveStart(n + 1) || opensInclusion(n + 1) else { return nil }
        // "Rep. Ann Cole (D-Md.), who introduced the bill, said": a relative clause with a cue of its own is that
        // relation's ("who" its source); the name, with its bracket, is this one's.
        if isReportingRelative(n + 1, j) {
            var sp = speakerOfMention(m)
            if n - 1 > sp.last { sp.phraseLast = n - 1 }
            return sp
        }
        // Appositives only: no quote, clause break or verb of their own between the name and the cue's comma.
        for i in (n + 1)..<j {
            let u = toks[i]
            if u.isDoubleQuote || inQuote(i) || u.punct == .semicolon || u.punct == .colon
                || u.isTerminator && !isInnerPeriod(i, j + 1)
            {
                return nil
            }
        }
        // "Ann Cole, the president of the union, which endorsed Clark, said": a relative clause after the
        // appositives ends them; with a cue of its own it is that relation's and stays out, else it belongs to the
        // source as one right after the name does (`subjectPhrase`).
        var relative: Int? = nil
        for c in (n + 1)..<(j - 1)
        where toks[c].punct == .comma && (toks[c + 1].isA(.relativePronoun) || toks[c + 1].hash == Lexicon.hWho) {
            relative = c
            break
        }
        if !toks[n + 1].isA(.relativePronoun) && toks[n + 1].hash != Lexicon.hWho {
            for i in (n + 1)..<(relative ?? j) where isLowerWord(i) {
                let t = toks[i]
                // "Tom Hart, the head of the union, a group that has sued the city, said", "Ann Cole, a pollster
                // who works for X, said": the verbs after a relative pronoun are its clause's, inside the source.
                if t.isA(.relativePronoun) || t.hash == Lexicon.hWhose, i > n + 1, isLowerWord(i - 1),
                    !toks[i - 1].isA(.function)
                {
                    break
                }
                if t.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(t.hash)
                    || AttributionWords.irregularPasts.contains(t.hash) || t.isA(.reporting) && !endsInIng(i)
                {
                    return nil
                }
            }
        }
        var sp = speakerOfMention(m)
        sp.phraseLast = j - 1
        if let c = relative, isReportingRelative(c + 1, j) {
            sp.phraseLast = c - 1
            return sp
        }
        // "…, the chairman of the county party, for example, said": an adverbial set off by commas ends the run.
        // ("Ann Reeve, 29, of Tampa, Fla.,": a home town on "of" is no adverbial.)
        // ("Ann Cole, head of the union, and Tom Hart, its treasurer,": a second name with its own appositive
        // joins the source.)
        for c in (n + 1)..<j
        where toks[c].punct == .comma && !isAppositiveStart(c + 1) && toks[c + 1].hash != Lexicon.hOf
            && !(toks[c + 1].hash == Lexicon.hAnd && c + 2 < j && mentionOf[c + 2] >= 0)
        {
            sp.phraseLast = c - 1
            break
        }
        return sp
    }

    /// Tokens `i..<j` (up to the comma at `j` before a cue) are an adjunct set off by commas: opening on a
    /// participle ("speaking at a rally", "clad in a red cape", "asked about it") or a preposition ("during a town
    /// hall"), with no quote, clause break or finite verb of their own. Not an appositive ("a delegate from
    /// Houston, Texas") nor a relative clause ("who represents the valley").
    func isAdjunctClause(_ i: Int, _ j: Int) -> Bool {
        guard i < j, isLowerWord(i), !inQuote(i), !opensInclusion(i),
            endsInIng(i) || isParticiple(i) || toks[i].isA(.function) && !isAppositiveStart(i)
        else { return false }
        for x in i..<j {
            let u = toks[x]
            if u.isDoubleQuote || inQuote(x) || u.punct == .semicolon || u.punct == .colon
                || u.isTerminator && !isInnerPeriod(x, j + 1)
            {
                return false
            }
            if x > i, isLowerWord(x),
                u.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(u.hash)
                    || AttributionWords.irregularPasts.contains(u.hash) || u.isA(.reporting) && !endsInIng(x)
            {
                return false
            }
        }
        return true
    }

    /// "The departments declined to discuss the case, saying…", "His chief aide doubled down on attacks, saying…":
    /// the subject of the clause before the comma at `j` — a description opening the sentence (after an opening
    /// phrase set off by a comma) that ends before a verb in the past tense, an auxiliary, a form of "be" or a cue,
    /// with no other comma up to `j`.
    func participleSubject(before j: Int, _ a: Int) -> Speaker? {
        var f = afterDateline(a, before: j)
        if toks[f].kind == .word, toks[f].isA(.function), !toks[f].isA(.determiner), !toks[f].isA(.possessivePronoun),
            !Lexicon.quantifierPronouns.contains(toks[f].hash)
        {
            // "In responding Friday, Clinton's campaign took…"
            while f < j && toks[f].punct != .comma { f += 1 }
            f += 1
        }
        guard f < j, toks[f].kind == .word, !inQuote(f), !endsInIng(f) || toks[f].isCap,
            mentionOf[f] < 0 || !toks[mentions[Int(mentionOf[f])].tokEnd - 1].has(Token.possessive)
                || mentions[Int(mentionOf[f])].tokEnd < j
        else { return nil }
        var l = f
        while l + 1 < j && l < f + 8 {
            let u = toks[l + 1]
            if u.kind == .punct && u.punct != .hyphen || inQuote(l + 1) { return nil }
            if u.isA(.beForm) || Lexicon.cueAuxiliaries.contains(u.hash) || isLowerWord(l + 1) && isParticiple(l + 1) {
                break
            }
            l += 1
        }
        guard l + 1 < j, l < f + 8, !toks[l].isA(.function) || toks[l].isA(.otherPronoun) else { return nil }
        for i in (l + 1)..<j where toks[i].punct == .comma || toks[i].punct == .semicolon || inQuote(i) { return nil }
        if toks[f].isA(.personPronoun) || toks[f].isA(.otherPronoun) || isContractedSubject(f) {
            return l == f ? Speaker(first: f, last: f, form: .pronoun, mention: nil) : nil
        }
        if mentionOf[f] >= 0, mentions[Int(mentionOf[f])].tokEnd - 1 == l {
            return speakerOfMention(Int(mentionOf[f]))
        }
        return Speaker(first: f, last: l, form: .description, mention: nil)
    }

    /// Where the clause holding token `k` starts, from `a`: after the last semicolon, colon or quotation mark
    /// before `k` ("Critics were blunt; local farmers, angry at the board, said…").
    func clauseStart(_ a: Int, before k: Int) -> Int {
        var c = k - 1
        while c > a {
            if toks[c].punct == .semicolon || toks[c].punct == .colon || toks[c].isDoubleQuote { return c + 1 }
            c -= 1
        }
        return afterDateline(a, before: k)
    }

    /// "WASHINGTON (AP) — Sen. Ann Cole said…", "NEW YORK, Nov. 19 (UPI) — …", "Paris (AFP) – …": the first token
    /// after a dateline opening the sentence that starts at `a` (before token `k`), else `a`. A dateline holds
    /// capitalised words, numbers, commas, periods and brackets only, and ends on a dash after a bracketed agency
    /// or after a place in capitals.
    func afterDateline(_ a: Int, before k: Int) -> Int {
        var i = a
        var capitals = true
        while i < k && i <= a + 12 {
            let t = toks[i]
            if inQuote(i) { return a }
            switch t.kind {
            case .word:
                guard t.isCap else { return a }
                if !t.has(Token.allCaps) { capitals = false }
            case .number:
                capitals = false
            case .punct:
                if t.punct == .dash {
                    return i > a && i + 1 < k && (capitals || toks[i - 1].punct == .rparen) ? i + 1 : a
                }
                guard t.punct == .comma || t.punct == .period || t.punct == .lparen || t.punct == .rparen else {
                    return a
                }
            }
            i += 1
        }
        return a
    }

    /// The first token of the subject of the clause holding token `k` (`clauseStart`, then `clauseOpening`) when its
    /// sentence, from `a`, opens at most 80 tokens back; nil past that, so that the walks looking for it stay linear in
    /// long run-on sentences.
    func boundedSubjectOpening(_ a: Int, before k: Int) -> Int? {
        guard k - a <= 80 else { return nil }
        return clauseOpening(clauseStart(a, before: k), before: k)
    }

    /// The first token of a clause's subject, from the clause start `start` (before `k`): past an opening
    /// coordinator ("But", "And") and up to two fronted adverbials set off by a comma ("In the days after the
    /// vote, …", "Earlier, …", "Though stopping short of it, …", "Speaking on CNN, …").
    func clauseOpening(_ start: Int, before k: Int) -> Int {
        var s = start
        // ("Then frontrunner Ann Clark said": "then" may open an inversion, "Then came Clark".)
        let h = toks[s].hash
        if s + 1 < k, toks[s].kind == .word, Lexicon.coordinators.contains(h) || h == Lexicon.hSo, h != Lexicon.hThen {
            s += 1
        }
        var n = 0
        while n < 2 && s < k && opensAdverbial(s) {
            var c = s + 1
            while c < k && c < s + 30 && toks[c].punct != .comma {
                if inQuote(c) || toks[c].punct == .semicolon || toks[c].punct == .colon || toks[c].isTerminator {
                    return s
                }
                c += 1
            }
            guard c + 1 < k, toks[c].punct == .comma else { return s }
            s = c + 1
            n += 1
        }
        return s
    }

    /// Token `s` opens an adverbial before a clause's subject, not the subject: a preposition or a subordinator,
    /// an adverb, a day or a month, or a participle ("Speaking on CNN", "Asked about it").
    func opensAdverbial(_ s: Int) -> Bool {
        let t = toks[s]
        guard t.kind == .word, !inQuote(s), mentionOf[s] < 0 else { return false }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) || t.isA(.determiner) || t.isA(.possessivePronoun)
            || Lexicon.quantifierPronouns.contains(t.hash) || Lexicon.indefiniteSources.contains(t.hash)
            || Lexicon.predeterminers.contains(t.hash) || Lexicon.groupNouns.contains(t.hash)
        {
            return false
        }
        if t.isA(.function) || t.isA(.speakerSkip) || t.isA(.weekday) || t.isA(.month) || isAdverbLike(s)
            || endsInIng(s) || isParticiple(s)
        {
            return true
        }
        // "Nonetheless, …", "Separately, …": a connective adverb before its comma.
        if s + 1 < toks.count, toks[s + 1].punct == .comma,
            AttributionWords.connectiveAdverbs.contains(t.hash)
        {
            return true
        }
        // "Hours later, …", "Two weeks ago, …": a short time phrase before a comma.
        var j = s
        var time = false
        while j < toks.count && j < s + 5 && (toks[j].kind == .word || toks[j].kind == .number) && mentionOf[j] < 0 {
            if toks[j].isA(.timeUnit) { time = true }
            j += 1
        }
        return time && j < toks.count && toks[j].punct == .comma
    }

    /// Token `i` opens a verb phrase after a subject: a form of "be", an auxiliary or adverb, a past participle or
    /// a common irregular past ("took"), a reporting verb (not a preposition or a time: "on", "last week").
    func opensVerbPhrase(_ i: Int) -> Bool {
        guard isLowerWord(i), !inQuote(i) else { return false }
        let t = toks[i]
        if Lexicon.nounPrepositions.contains(t.hash) || AttributionWords.timeWords.contains(t.hash)
            || t.isA(.timeUnit) || t.isA(.weekday)
        {
            return false
        }
        return t.isA(.beForm) || Lexicon.cueAuxiliaries.contains(t.hash) || isAdverbLike(i) || isParticiple(i)
            || AttributionWords.irregularPasts.contains(t.hash) || t.isA(.reporting) || t.isA(.documentVerb)
    }

    /// The last token of a time right at `i` ("on Monday", "Tuesday night", "last week", "earlier this year"),
    /// or nil.
    func timeAdjunctEnd(_ i: Int, _ end: Int) -> Int? {
        var j = i
        if j + 1 < end, toks[j].hash == Lexicon.hOn, toks[j + 1].isA(.weekday) || toks[j + 1].isA(.month) { j += 1 }
        if j < end, toks[j].isA(.weekday) || toks[j].isA(.month) {
            if j + 1 < end, toks[j + 1].kind == .number { j += 1 }
            if j + 1 < end, AttributionWords.timeWords.contains(toks[j + 1].hash) { j += 1 }
            return j
        }
        if j + 1 < end, AttributionWords.timeWords.contains(toks[j].hash), toks[j + 1].isA(.timeUnit) { return j + 1 }
        return nil
    }

    /// The noun phrase opening a clause at `s` that ends right before its verb phrase (before token `end`), as
    /// PolNeAR marks a source: "A Clinton campaign official", "The deputy head of China's delegation to the
    /// forum", "Republican politicians and their allies in the conservative movement", a name with its role
    /// ("Democratic front-runner Hillary Clinton") and an appositive set off by commas ("Davis, a longtime
    /// liberal,"). Nil when no verb phrase we know follows it (so "Trump tries to…" names no subject here).
    ///
    /// With `closingComma`, the phrase ends on an appositive, a relative clause or a participle clause closed by
    /// the comma there, right before a cue ("The lawmaker, who represents the district, said…": the clause stays
    /// out of the source, an appositive belongs to it).
    func subjectPhrase(at s: Int, before end: Int, closingComma: Int? = nil) -> Speaker? {
        // ("Joining Rubio in the group…": a participle opens no subject.)
        guard s < end, toks[s].kind == .word, !inQuote(s), !opensVerbPhrase(s), !endsInIng(s) else { return nil }
        if isSubjectPronoun(s) {
            return s + 1 < end && opensVerbPhrase(s + 1)
                ? Speaker(first: s, last: s, form: .pronoun, mention: nil) : nil
        }
        var head = -1
        var i = s
        while i < end && i < s + 16 {
            let u = toks[i]
            if inQuote(i) { return nil }
            if mentionOf[i] >= 0 {
                let m = mentions[Int(mentionOf[i])]
                guard m.tokEnd <= end else { return nil }
                head = m.tokEnd - 1
                i = m.tokEnd
                continue
            }
            if u.kind == .number {
                head = i
                i += 1
                continue
            }
            if u.kind == .punct {
                // "a CNN/ORC poll", "the 43-year-old", "Sanders’ aides", "Mrs. Clinton".
                let joins =
                    u.punct == .hyphen && !u.has(Token.spaceBefore) || u.punct == .slash
                    || (u.punct == .sqClose || u.punct == .sqStraight) && !u.has(Token.spaceBefore) && head == i - 1
                    || u.punct == .period && i > s && (toks[i - 1].isA(.honorific) || toks[i - 1].isA(.titleAbbrev))
                guard joins else { break }
                i += 1
                continue
            }
            // "House Republicans supporting the bill", "groups backing Cruz": a participle after the head carries the
            // phrase on to its object.
            if head >= 0, head == i - 1, endsInIng(i), isLowerWord(i), i + 1 < end, !inQuote(i + 1),
                toks[i + 1].isA(.determiner) || toks[i + 1].isA(.possessivePronoun) || mentionOf[i + 1] >= 0
            {
                i += 1
                continue
            }
            // (After a preposition or a determiner a word is a noun: "the secretary of state talked".)
            let afterJoin =
                i > s && toks[i - 1].kind == .word && toks[i - 1].isA(.function)
                && !Lexicon.quantifierPronouns.contains(toks[i - 1].hash)
                && !Lexicon.indefiniteSources.contains(toks[i - 1].hash)
                && !Lexicon.groupNouns.contains(toks[i - 1].hash)
            if head >= 0 && !afterJoin && opensVerbPhrase(i) { break }
            if u.isA(.function) && !u.isA(.determiner) && !u.isA(.possessivePronoun)
                && !Lexicon.descriptionModifiers.contains(u.hash) && !Lexicon.groupNouns.contains(u.hash)
                && !Lexicon.quantifierPronouns.contains(u.hash) && !Lexicon.indefiniteSources.contains(u.hash)
                && !Lexicon.predeterminers.contains(u.hash)
            {
                // "officials in the FBI", "Republicans and their allies": a preposition or "and" carries the phrase on
                // to another noun (not to a time: "The campaign on Monday said").
                guard head >= 0, i + 1 < end,
                    AttributionWords.subjectTailPrepositions.contains(u.hash) || u.hash == Lexicon.hAnd,
                    toks[i + 1].kind == .word || toks[i + 1].kind == .number, !inQuote(i + 1),
                    !toks[i + 1].isA(.weekday), !toks[i + 1].isA(.month), !toks[i + 1].isA(.beForm),
                    !Lexicon.cueAuxiliaries.contains(toks[i + 1].hash)
                else { break }
                i += 1
                continue
            }
            // After a head, a determiner, a quantifier or a name opens another noun phrase ("The plans that
            // countries offered", "the kind of campaign Ayotte hoped"), unless a preposition or "and" joined it (or
            // the head is a title: "talk show host Ann Reeve").
            let joined =
                i == s || i > s && (toks[i - 1].isA(.determiner) || toks[i - 1].isA(.possessivePronoun))
                || i > s && toks[i - 1].kind == .word && (toks[i - 1].isA(.function) || endsInIng(i - 1))
            if head >= 0 && !joined
                && (u.isA(.determiner) || u.isA(.possessivePronoun) || Lexicon.quantifierPronouns.contains(u.hash)
                    || Lexicon.indefiniteSources.contains(u.hash))
            {
                return nil
            }
            if u.isA(.determiner) || u.isA(.possessivePronoun) {
                i += 1
                continue
            }
            head = i
            i += 1
        }
        // ("A few days later, …": a time is no subject.)
        guard head >= 0, i < end, i == head + 1, !toks[head].isA(.timeUnit) else { return nil }
        // "The Sanders campaign on Monday also doubled down": a time between the subject and its verb.
        let verb = timeAdjunctEnd(i, end).map { $0 + 1 } ?? i
        // "Sanders himself": a reflexive after the subject stays out.
        if i + 1 < end, AttributionWords.reflexives.contains(toks[i].hash) { i += 1 }
        var phraseLast: Int? = nil
        var name: Int? = nil
        if opensVerbPhrase(verb) && closingComma == nil {
        } else if toks[i].punct == .comma, i + 1 < end, isAppositiveStart(i + 1) || opensInclusion(i + 1) {
            // "Davis, a longtime liberal, lashed out", "Local farmers, who own the land, want": an appositive or a
            // relative clause between the subject and its verb belongs to it (PolNeAR's sources take such a clause
            // more often than not), unless the clause holds a cue of its own ("who estimated that…": that relation's).
            let l = phraseRunEnd(from: i + 1, limit: i + 25, end)
            if let c = closingComma {
                guard l + 1 == c, toks[c].punct == .comma else { return nil }
            } else {
                guard l + 2 < end, toks[l + 1].punct == .comma, opensVerbPhrase(l + 2) else { return nil }
            }
            // ("Some corporate donors, targeted by a boycott call, opted…": a participle clause stays out.)
            let outside = isReportingRelative(i + 1, l + 1) || isParticiple(i + 1)
            let relative =
                toks[i + 1].isA(.relativePronoun) || toks[i + 1].hash == Lexicon.hWho
                || toks[i + 1].hash == Lexicon.hWhose
            // (An appositive holds no verb: "As a correspondent, host of a podcast, Axelrod has become…".)
            if !relative, !outside, l >= i + 2,
                (i + 2...l).contains(where: {
                    isLowerWord($0)
                        && (toks[$0].isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(toks[$0].hash)
                            || AttributionWords.irregularPasts.contains(toks[$0].hash))
                })
            {
                return nil
            }
            if mentionOf[head] < 0, mentionOf[l] >= 0, !toks[l].has(Token.possessive),
                toks[i + 1].isCap || toks[i + 1].isA(.title), !toks[i + 1].isA(.determiner)
            {
                // "the other candidate on the stage, former Secretary of State Hillary Clinton, drew…": a name (with
                // its role) in apposition to a description is the source.
                name = Int(mentionOf[l])
            } else if !outside {
                phraseLast = l
            }
        } else {
            return nil
        }
        var sp: Speaker
        if let name {
            sp = speakerOfMention(name)
            sp.phraseFirst = i + 1
            return sp
        }
        if mentionOf[head] >= 0 {
            sp = speakerOfMention(Int(mentionOf[head]))
            sp.phraseFirst = s
        } else {
            sp = Speaker(first: s, last: head, form: .description, mention: nil)
        }
        sp.phraseLast = phraseLast
        return sp
    }

    /// Token `i` is a pronoun that can be a clause's subject and a speaker: a personal or other pronoun but "it"
    /// (often an object: "called it quits"), or one with its clitic ("He’s", "they’re").
    func isSubjectPronoun(_ i: Int) -> Bool {
        let t = toks[i]
        return t.isA(.personPronoun) || t.isA(.otherPronoun) && t.hash != Lexicon.hIt || isContractedSubject(i)
    }

    /// Token `i` is a subject pronoun with its clitic ("He’s", "they’re", "we’ll"), naming a speaker.
    func isContractedSubject(_ i: Int) -> Bool {
        let h = toks[i].hash
        return Lexicon.contractedSubjects.contains(h) && !Lexicon.impersonalContractions.contains(h)
    }

    /// The owner before a noun cue at `k` ("his remarks", "Clinton's statement"): a possessive pronoun or a
    /// possessive name right before it is the source. Nil when the noun follows no possessive.
    func possessiveSource(before k: Int, _ a: Int) -> Speaker? {
        let j = k - 1
        guard j >= a, !inQuote(j), toks[j].kind == .word else { return nil }
        // After a content word the noun is that verb's object ("voiced his concern"): the verb's subject speaks.
        let o = toks[j].isA(.possessivePronoun) || mentionOf[j] < 0 ? j : mentions[Int(mentionOf[j])].tokStart
        if o - 1 >= a, toks[o - 1].kind == .word, !toks[o - 1].isA(.function) { return nil }
        if toks[j].isA(.possessivePronoun) {
            return Speaker(first: j, last: j, form: .pronoun, mention: nil)
        }
        if toks[j].has(Token.possessive), mentionOf[j] >= 0, mentions[Int(mentionOf[j])].tokEnd == k {
            return speakerOfMention(Int(mentionOf[j]))
        }
        return nil
    }

    /// The first token of a description ending at `j`: back over up to four content words to its determiner.
    func descriptionStart(_ j: Int, _ a: Int) -> Int {
        var f = j
        var words = 1
        while f - 1 >= a && words < 5 {
            let u = toks[f - 1]
            // "a CNN/ORC poll", "the 43-year-old": a word joined by a slash or a hyphen belongs to the phrase.
            if u.punct == .slash || u.punct == .hyphen, f - 2 >= a, toks[f - 2].kind != .punct, !inQuote(f - 2) {
                f -= 2
                words += 1
                continue
            }
            // "Mrs. Clinton's campaign": a title and its period.
            if u.punct == .period, f - 2 >= a, toks[f - 2].isA(.honorific) || toks[f - 2].isA(.title) {
                f -= 2
                break
            }
            // "Sanders' team", "the voters’ own survey": an owner's bare apostrophe joins the owner to the phrase.
            if u.punct == .sqClose || u.punct == .sqStraight, !u.has(Token.spaceBefore), f - 2 >= a,
                toks[f - 2].kind == .word, endsInS(f - 2), !inQuote(f - 2)
            {
                f -= 2
                words += 1
                continue
            }
            guard u.kind == .word, !inQuote(f - 1) else { break }
            // ("denied that Colorado leaders…": "that" there opens a clause.)
            if u.hash == Lexicon.hThat { break }
            if u.isA(.determiner) {
                f -= 1
                // "the two sides", "his three rivals": an article or owner before a number word.
                if u.isA(.numberWord), f - 1 >= a,
                    Lexicon.articles.contains(toks[f - 1].hash)
                        || toks[f - 1].isA(.possessivePronoun), !inQuote(f - 1)
                {
                    f -= 1
                } else if u.isA(.numberWord), u.hash != Lexicon.hA, u.hash != Lexicon.hAn {
                    // "Only three senators", "about two dozen states": a hedge before the number word.
                    f = hedgeStart(f, a)
                }
                break
            }
            // "most people", "many voters": a quantifier opens the description.
            // (Right before the noun only: "more emotive style", "the more voters fear" compare.)
            if Lexicon.quantifierPronouns.contains(u.hash) && !Lexicon.groupNouns.contains(u.hash) {
                if words == 1 && !(f - 2 >= a && toks[f - 2].hash == Lexicon.hThe) { f -= 1 }
                break
            }
            // "neither man", "no candidate": a negative determiner opens the description.
            if Lexicon.negativeDeterminers.contains(u.hash) {
                f -= 1
                break
            }
            // ("an inside source", "Outside experts": a preposition right before the noun describes it.)
            if u.isA(.function) && !Lexicon.descriptionModifiers.contains(u.hash)
                && !Lexicon.adjectivalPrepositions.contains(u.hash) || u.isA(.reporting)
            {
                break
            }
            if isVerbBeforeObject(f - 1, a) { break }
            f -= 1
            words += 1
        }
        if f - 1 >= a, Lexicon.predeterminers.contains(toks[f - 1].hash), !inQuote(f - 1) { f -= 1 }
        return quantityStart(f, a)
    }

    /// Token `i`, before a description's noun, is the verb whose object the description is, not a word describing
    /// it: a past after its subject ("The meeting drew voters asking"), or a participle after an auxiliary, a form of
    /// "be", a subject pronoun or a comma ("have launched petitions calling", "…, featuring Hispanics telling").
    /// Not a participle that describes ("registered voters", "his paid staff", "the elected officials").
    func isVerbBeforeObject(_ i: Int, _ a: Int) -> Bool {
        guard i - 1 >= a, isLowerWord(i), !inQuote(i - 1) else { return false }
        let u = toks[i]
        let past = AttributionWords.irregularPasts.contains(u.hash)
        guard past || isParticiple(i) || endsInIng(i) else { return false }
        let p = toks[i - 1]
        if p.punct == .comma || p.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(p.hash)
            || p.isA(.personPronoun) && !Lexicon.objectPronouns.contains(p.hash)
        {
            return true
        }
        // (A past-tense form after a noun or a name is that subject's verb.)
        return past && p.kind == .word && !p.isA(.function) && !p.isA(.determiner) && !p.isA(.possessivePronoun)
            && !p.has(Token.possessive) && !isAdverbLike(i - 1)
    }

    /// "The two admit", "About one in five say", "None of those three have declared", "Only three said": the first
    /// token of the phrase a number word or a quantifier at `j` (standing for people) ends — a share ("one in
    /// five"), an article or owner, a partitive ("none of", "two of") and a hedge before it.
    func numeralStart(_ j: Int, _ a: Int) -> Int {
        var f = j
        if toks[j].isA(.numberWord), f - 2 >= a, toks[f - 1].hash == Lexicon.hIn, toks[f - 2].isA(.numberWord),
            !inQuote(f - 2)
        {
            f -= 2
        }
        if f - 1 >= a, !inQuote(f - 1),
            Lexicon.articles.contains(toks[f - 1].hash) || toks[f - 1].isA(.possessivePronoun)
        {
            f -= 1
        }
        // "No one", "neither one": a negative determiner before the number word.
        if f - 1 >= a, Lexicon.negativeDeterminers.contains(toks[f - 1].hash), !inQuote(f - 1) { f -= 1 }
        if f - 2 >= a, toks[f - 1].hash == Lexicon.hOf, !inQuote(f - 2),
            Lexicon.quantifierPronouns.contains(toks[f - 2].hash)
                || Lexicon.indefiniteSources.contains(toks[f - 2].hash)
                || toks[f - 2].isA(.numberWord) && toks[f - 2].hash != Lexicon.hA && toks[f - 2].hash != Lexicon.hAn
        {
            f -= 2
        }
        return hedgeStart(f, a)
    }

    /// "64 percent of Democrats", "Nine in 10 voters": a figure right before a description heads it.
    func quantityStart(_ f: Int, _ a: Int) -> Int {
        var g = f
        if g - 1 >= a, toks[g - 1].kind == .number, !inQuote(g - 1) { g -= 1 }
        // "Nine in 10": a number word, "in", the number.
        if g < f, g - 2 >= a, toks[g - 1].hash == Lexicon.hIn, toks[g - 2].isA(.numberWord) { g -= 2 }
        // "the 10 largest cities", "The 60 delegates": an article before the figure.
        if g < f, g - 1 >= a, Lexicon.articles.contains(toks[g - 1].hash), !inQuote(g - 1) { return g - 1 }
        // "Some 22 percent", "about 40 percent", "at least 55 countries".
        if g < f, g - 1 >= a, toks[g - 1].hash == Lexicon.hSome, !inQuote(g - 1) { return g - 1 }
        return g < f ? hedgeStart(g, a) : g
    }

    /// A hedge before token `g` ("only", "nearly", "more than", "at least", "a full"): the hedge's first token, or
    /// `g` when none stands there.
    func hedgeStart(_ g: Int, _ a: Int) -> Int {
        if g - 1 >= a, Lexicon.partitiveHedges.contains(toks[g - 1].hash), !inQuote(g - 1) { return g - 1 }
        if g - 2 >= a, !inQuote(g - 2),
            Lexicon.hedgePairs.contains(where: { $0.0 == toks[g - 2].hash && $0.1 == toks[g - 1].hash })
        {
            return g - 2
        }
        return g
    }

    /// The speaker right after a cue (inversion, "according to X").
    func speakerAfter(_ k: Int, _ e: Int) -> Speaker? {
        guard k < e, !inQuote(k) else { return nil }
        if k >= 2,
            toks[k - 1].hash == Lexicon.hTo && toks[k - 2].hash == Lexicon.hAccording
                || toks[k - 1].hash == Lexicon.hOf && toks[k - 2].hash == Lexicon.hWords
        {
            return objectSource(k, e)
        }
        return inversionSource(k, e)
    }

    /// "according to F.A.A. records", "according to a letter to Facebook from the chairman", "in the words of
    /// his aides": the whole object is the source, up to a comma, a quote or the sentence end (an appositive
    /// after the comma stays out: "According to the budget office, the deficit…").
    func objectSource(_ k: Int, _ e: Int) -> Speaker? {
        guard toks[k].kind == .word || toks[k].kind == .number else { return nil }
        let end = phraseRunEnd(from: k, limit: k + 30, e)
        var sp = inversionSource(k, e) ?? Speaker(first: k, last: end, form: .description, mention: nil)
        guard sp.last <= end else { return sp }
        sp.phraseFirst = k
        sp.phraseLast = end
        // After a clause and closing the sentence ("The rain came late, according to John Weaver, a strategist.")
        // the source takes the appositives that run to its end; elsewhere the comma after it goes back to the main
        // clause ("According to the budget office, the deficit…", "Back then, according to him, the network…").
        let l = appositivesEnd(after: end, e)
        if l > end, k - 2 - sents[sentenceOfToken(k)].tokStart >= 5,
            l + 1 == e || l + 2 == e && toks[l + 1].isTerminator
        {
            sp.phraseLast = l
        }
        return sp
    }

    /// The speaker after an inverted cue ("said Smith", "…,” said the mayor").
    func inversionSource(_ k: Int, _ e: Int) -> Speaker? {
        let t = toks[k]
        guard t.kind == .word else { return nil }
        // "…, saying the plan failed", "telling reporters": after a participle comes its object or its clause,
        // never its subject; "revealed that the President…": "that" opens the content.
        if k > 0, toks[k - 1].kind == .word, endsInIng(k - 1) || t.hash == Lexicon.hThat { return nil }
        if t.isA(.personPronoun) || t.isA(.otherPronoun) {
            return Speaker(first: k, last: k, form: .pronoun, mention: nil)
        }
        if mentionOf[k] >= 0 {
            var sp = speakerOfMention(Int(mentionOf[k]))
            // "said Democratic pollster Stan Greenberg": a name before a role and a name only modifies it.
            if let later = nameAfterRole(sp.last, e) { sp = speakerOfMention(later) }
            // "said Cole’s nomination will test…": an owner of the reported clause's subject is no source.
            if toks[sp.last].has(Token.possessive), ownsClauseSubject(sp.last, e) { return nil }
            // "said Republican Rep. Lee Zeldin": a name ending in a title abbreviation runs on to the name after it.
            if sp.last + 2 < e, toks[sp.last].isA(.titleAbbrev), toks[sp.last + 1].punct == .period,
                mentionOf[sp.last + 2] >= 0
            {
                sp = speakerOfMention(Int(mentionOf[sp.last + 2]))
            }
            sp.phraseFirst = mentions[Int(mentionOf[k])].tokStart
            // "said Smith and Jones", "by Miller and Clark": a second name joined by "and" shares the relation.
            var last = sp.last
            if last + 2 < e, toks[last + 1].hash == Lexicon.hAnd, !inQuote(last + 1), mentionOf[last + 2] >= 0,
                !toks[last].has(Token.possessive)
            {
                last = mentions[Int(mentionOf[last + 2])].tokEnd - 1
                sp.phraseLast = last
            } else if last + 2 < e, toks[last + 1].hash == Lexicon.hAnd, !inQuote(last + 2),
                !toks[last].has(Token.possessive),
                toks[last + 2].hash == Lexicon.hOthers || Lexicon.descriptionModifiers.contains(toks[last + 2].hash)
                    || toks[last + 2].isA(.possessivePronoun)
            {
                // "said Doyle and others", "by Clinton and her surrogates", "Smith and other farmers".
                last += 2
                while last + 1 < e && last < sp.last + 6 && isLowerWord(last + 1)
                    && (!toks[last + 1].isA(.function) || Lexicon.groupNouns.contains(toks[last + 1].hash))
                    && !toks[last + 1].isA(.reporting) && !inQuote(last + 1)
                {
                    last += 1
                }
                sp.phraseLast = last
            }
            if let l = phraseEnd(after: last, e) ?? tailEnd(after: last, e) {
                sp.phraseLast = appositivesEnd(after: l, e)
            } else if let r = bracketEnd(after: last, e) {
                sp.phraseLast = appositivesEnd(after: r, e)
            }
            return sp
        }
        // ("said people familiar with the talks": a group noun heads a description as a content word does.)
        if t.isA(.determiner) || !t.isA(.function) || Lexicon.groupNouns.contains(t.hash) {
            var l = k
            var words = 1
            while l + 1 < e && words < 7 {
                let u = toks[l + 1]
                // "said Republican Rep. Lee Zeldin": a title's period inside the description.
                if u.punct == .period, toks[l].isA(.titleAbbrev), l + 2 < e, mentionOf[l + 2] >= 0 {
                    l += 1
                    continue
                }
                guard u.kind == .word, !inQuote(l + 1) else { break }
                // "a former U.S. law enforcement official": a name inside a description modifies its head.
                if mentionOf[l + 1] >= 0, let h = roleHeadAfter(mentions[Int(mentionOf[l + 1])].tokEnd - 1, e) {
                    l = h
                    words += 1
                    continue
                }
                if mentionOf[l + 1] >= 0 {
                    var sp = speakerOfMention(Int(mentionOf[l + 1]))
                    if let later = nameAfterRole(sp.last, e) { sp = speakerOfMention(later) }
                    sp.phraseFirst = k
                    sp.phraseLast = (phraseEnd(after: sp.last, e) ?? tailEnd(after: sp.last, e)).map {
                        appositivesEnd(after: $0, e)
                    }
                    return sp
                }
                if u.isA(.function) && !u.isA(.determiner) || u.hash == Lexicon.hThat { break }
                l += 1
                words += 1
            }
            if l == k && t.isA(.determiner) {
                // "said the 46-year-old"
                if l + 2 < e, toks[l + 1].kind == .number, toks[l + 2].kind != .punct || toks[l + 2].punct == .hyphen {
                    return Speaker(first: k, last: min(e - 1, l + 3), form: .description, mention: nil)
                }
                return nil
            }
            var sp = Speaker(first: k, last: l, form: .description, mention: nil)
            sp.phraseLast =
                (phraseEnd(after: l, e) ?? tailEnd(after: l, e) ?? relativeEnd(after: l, e)
                ?? descriptionTailEnd(after: l, e)).map { appositivesEnd(after: $0, e) }
            return sp
        }
        return nil
    }

    /// Token `i` is a finite verb or auxiliary in lower case ("was", "is", "would", "has"), opening a clause's verb
    /// phrase after the noun phrase before it.
    func opensFiniteClause(_ i: Int, _ e: Int) -> Bool {
        guard i < e, isLowerWord(i), !inQuote(i) else { return false }
        let h = toks[i].hash
        return toks[i].isA(.beForm) && !AttributionWords.nonFiniteBe.contains(h)
            || AttributionWords.finiteAuxiliaries.contains(h)
    }

    /// "said Cole’s nomination will test the theory", "said the mayor’s lead had narrowed": the possessive at `l`
    /// owns a noun (up to four lower-case words) that a verb phrase follows — the subject of the reported clause,
    /// not a speaker. Not "said Cole’s campaign manager, Tom Hart" (no verb after the noun).
    func ownsClauseSubject(_ l: Int, _ e: Int) -> Bool {
        var i = l + 1
        while i < e && i <= l + 4 && isLowerWord(i) && !inQuote(i) && !toks[i].isA(.function) && !opensVerbPhrase(i) {
            i += 1
        }
        return i > l + 1 && i < e && opensVerbPhrase(i)
    }

    /// "was rejected by 64 percent of the electorate", "is backed by more than 40 states": a figure as a passive's
    /// agent, with its hedge, up to a comma or the sentence end.
    func figureAgent(_ i: Int, _ e: Int) -> Speaker? {
        var n = i
        if n + 1 < e, Lexicon.hedgePairs.contains(where: { $0.0 == toks[n].hash && $0.1 == toks[n + 1].hash }) {
            n += 2
        } else if n < e, Lexicon.partitiveHedges.contains(toks[n].hash) {
            n += 1
        }
        guard n < e, toks[n].kind == .number, !inQuote(n) else { return nil }
        return Speaker(first: i, last: phraseRunEnd(from: n, limit: n + 20, e), form: .description, mention: nil)
    }

    /// "said Gov. John Kasich (R-Ohio)": the closing bracket of a short bracketed party or place right after the
    /// name ending at `l`.
    func bracketEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].punct == .lparen, !inQuote(l + 1) else { return nil }
        var r = l + 2
        while r < e && r <= l + 8 && toks[r].punct != .rparen && toks[r].punct != .lparen { r += 1 }
        return r < e && toks[r].punct == .rparen ? r : nil
    }

    /// The name after a role that follows the name ending at `l`: "Fox Business moderator Gerard Baker" (one to
    /// three lower-case words, then a name; after an owner's name up to five, which its noun needs: "Clinton's top
    /// foreign policy aide Jake Sullivan"). Returns the later mention.
    func nameAfterRole(_ l: Int, _ e: Int) -> Int? {
        var j = l + 1
        let limit = toks[l].has(Token.possessive) ? l + 5 : l + 3
        while j < e && j <= limit && isLowerWord(j) && !toks[j].isA(.function) && !toks[j].isA(.reporting)
            && !inQuote(j)
        {
            j += 1
        }
        // ("said Florida's Rick Wilson", "The Post's Greg Sargent": an owner's name before the name, no role.)
        guard j > l + 1 || toks[l].has(Token.possessive), j < e, mentionOf[j] >= 0, !inQuote(j) else { return nil }
        return Int(mentionOf[j])
    }

    /// The last of the lower-case content words after a name ending at `l` inside a description ("U.S. law
    /// enforcement official"), when they run on to a word that ends the noun phrase; nil when none follow.
    func roleHeadAfter(_ l: Int, _ e: Int) -> Int? {
        var j = l
        while j + 1 < e && j < l + 4 && isLowerWord(j + 1) && !toks[j + 1].isA(.function)
            && !toks[j + 1].isA(.reporting) && !endsInIng(j + 1) && !inQuote(j + 1)
        {
            j += 1
        }
        return j > l ? j : nil
    }

    /// "a former official who oversaw the inquiry": a relative clause right after a description (no comma)
    /// belongs to it, up to a comma, a quote or the end of the sentence.
    func relativeEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].hash == Lexicon.hWho, !inQuote(l + 1) else { return nil }
        return phraseRunEnd(from: l + 1, limit: l + 25, e)
    }

    /// The last token of a phrase run from `j`: up to a comma, a sentence end, a quote, a semicolon or a colon
    /// (before token `limit` and the sentence end `e`).
    func phraseRunEnd(from start: Int, limit: Int, _ e: Int) -> Int {
        var j = start
        while j + 1 < e && j < limit {
            let u = toks[j + 1]
            // "a broker based in Tampa, Fla., who…", "in Nashville, Tennessee": a state after a place's comma runs on.
            if u.punct == .comma, j + 2 < e, let s = stateEnd(at: j + 2, e) {
                j = s
                continue
            }
            // (A dash or a spaced hyphen sets off a parenthesis: "Dino Spencer, who runs the gym — which…".)
            if u.punct == .comma || u.isTerminator && !isInnerPeriod(j + 1, e) || u.isDoubleQuote
                || u.punct == .semicolon || u.punct == .colon || u.punct == .dash || u.punct == .lparen
                || u.punct == .hyphen && u.has(Token.spaceBefore) || inQuote(j + 1)
            {
                break
            }
            j += 1
        }
        return j
    }

    /// The last token of a US state right at `i` (before the sentence end `e`) after a town's comma: an abbreviation
    /// with its period ("Fla.", "N.J.") or a name ("Tennessee"); nil when none stands there.
    func stateEnd(at i: Int, _ e: Int) -> Int? {
        guard i < e, toks[i].kind == .word, toks[i].isCap, !inQuote(i) else { return nil }
        let h = toks[i].hash
        if AttributionWords.stateAbbreviations.contains(h), i + 1 < e, toks[i + 1].punct == .period { return i + 1 }
        // ("N.J.", "S.C.": initials with their periods.)
        if len(i) == 1, i + 3 < e, toks[i + 1].punct == .period, toks[i + 2].kind == .word, len(i + 2) == 1,
            toks[i + 2].isCap, toks[i + 3].punct == .period
        {
            return i + 3
        }
        if AttributionWords.stateNames.contains(h), i + 1 == e || toks[i + 1].kind == .punct { return i }
        return nil
    }

    /// The nearest pronoun or name before `k` in the sentence, outside quotes.
    func nearestSubject(before k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        while j >= a && j >= k - 15 {
            if !inQuote(j) {
                if mentionOf[j] >= 0, !toks[j].has(Token.possessive) { return speakerOfMention(Int(mentionOf[j])) }
                if toks[j].kind == .word, toks[j].isA(.personPronoun) || toks[j].isA(.otherPronoun) {
                    return Speaker(first: j, last: j, form: .pronoun, mention: nil)
                }
            }
            j -= 1
        }
        return nil
    }

    /// "a spokesman for the company", "the head of the agency": a description continues back over "of/for/at
    /// the X" to its own determiner. Returns the first token of the phrase, or nil when it adds nothing.
    func phraseStart(before f: Int, _ a: Int) -> Int? {
        guard f - 2 >= a, Lexicon.documentTailPrepositions.contains(toks[f - 1].hash), toks[f - 2].kind == .word,
            !inQuote(f - 2)
        else { return nil }
        // "Most of the candidates", "many of her supporters", "only half of them", "much of the media": a
        // quantifier before "of" heads the phrase, with a hedge before it.
        if toks[f - 1].hash == Lexicon.hOf,
            Lexicon.quantifierPronouns.contains(toks[f - 2].hash)
                || AttributionWords.nounQuantifiers.contains(toks[f - 2].hash)
        {
            return hedgeStart(f - 2, a)
        }
        guard !toks[f - 2].isA(.function) || Lexicon.groupNouns.contains(toks[f - 2].hash) else { return nil }
        var g = f - 2
        var n = 0
        while g - 1 >= a && n < 4 {
            let u = toks[g - 1]
            guard u.kind == .word, !inQuote(g - 1) else { break }
            if u.isA(.determiner) || u.isA(.possessivePronoun) {
                g -= 1
                break
            }
            if u.isA(.function) || u.isA(.reporting) { break }
            g -= 1
            n += 1
        }
        // "Nearly all of the mayors of the largest cities": a quantifier before "of" heads the whole phrase.
        if g - 2 >= a, toks[g - 1].hash == Lexicon.hOf, Lexicon.quantifierPronouns.contains(toks[g - 2].hash),
            !inQuote(g - 2)
        {
            return hedgeStart(g - 2, a)
        }
        // "Only a quarter of Americans", "nearly half of voters".
        return quantityStart(hedgeStart(g, a), a)
    }

    /// A verb of spending time ("spent", `AttributionWords.spendingVerbs`) within eight words before the participle
    /// at `k`, with only its object between (no punctuation, no other verb form, no preposition but "of"), and no
    /// passive ("$800,000 was spent on ads attacking…": the ads attack): its index, or nil.
    func spendingVerb(before k: Int, _ a: Int) -> Int? {
        var i = k - 1
        while i > a && i >= k - 8 {
            let u = toks[i]
            guard u.kind == .word || u.kind == .number, !inQuote(i) else { return nil }
            if isLowerWord(i), AttributionWords.spendingVerbs.contains(u.hash) {
                return isPassiveParticiple(i, a) ? nil : i
            }
            if u.isA(.reporting) || u.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(u.hash)
                || Lexicon.nounPrepositions.contains(u.hash) && u.hash != Lexicon.hOf
            {
                return nil
            }
            i -= 1
        }
        return nil
    }

    /// "He sent a memo to the Post explaining his plan", "Clinton was jetting around the world asking for money",
    /// "Sanders supporters have launched petitions calling on…", "took the unusual step of criticizing": the verb
    /// whose object or adjunct the participle at `k` follows, within ten words — a past, a participle, a form of
    /// "be" or a word in "-ing" that no determiner makes a modifier ("the now-denied pipeline") — with only words of
    /// noun phrases and prepositions between: the participle speaks for that verb's subject, not for the noun before
    /// it. After "and" or "or" the verb is the participle the cue is coordinated with ("underlining its superiority
    /// and vowing…"): its own source is the cue's.
    ///
    /// Nil when a person stands right before the participle or its "of" ("drew voters asking", "accused Trump of
    /// suggesting": a pronoun, a name that is no organisation's or place's, a noun of people, `peopleNouns`), after
    /// another preposition ("scolded Romney for suggesting", "wary of saying" after "be"), when the walk meets an
    /// agent's preposition, a clause's opening (`objectWalkStops`: "letters from voters asking", "with officials
    /// vowing"), an auxiliary or a subject pronoun, and when the verb is a passive ("will be tested against rivals
    /// promising…"), "be" before anything but a preposition ("were a family of super PACs supporting"), or one of
    /// perceiving, depicting or leaving someone at it in the active (`depictionVerbs`: "heard him saying",
    /// "featuring Hispanics telling", "left voters wondering"; in the passive its subject acts: "a reporter can be
    /// heard asking").
    ///
    /// With `infinitive`, `k` is the "to" of an infinitive of purpose ("went on ABC's This Week to defend…",
    /// "descended an escalator at Trump Tower to declare…", "have volunteered to publicly advocate…"). A verb right
    /// before "to" is the one when it takes an infinitive of its own subject (`subjectControlVerbs`) or is a passive
    /// after "be" ("she's expected to argue"); "for" gives the infinitive a subject of its own ("an opening for
    /// Clinton to highlight"); a verb of making someone act before an object (`objectControlVerbs`: "allowing users
    /// to tell", "caused many to wonder") leaves the infinitive to that object.
    func objectVerb(before k: Int, _ a: Int, infinitive: Bool = false) -> Int? {
        guard k - 2 > a, toks[k - 1].kind == .word, !inQuote(k - 1) else { return nil }
        var i = k - 1
        // "Cole went on to say…", "Hart goes on to slam…": a verb with "on" before "to" takes the infinitive as its
        // complement.
        if infinitive, isLowerWord(i), toks[i].hash == Lexicon.hOn, isLowerWord(i - 1), !inQuote(i - 1),
            AttributionWords.onCatenativeVerbs.contains(toks[i - 1].hash)
        {
            return i - 1
        }
        let coordinated =
            !infinitive && isLowerWord(i) && (toks[i].hash == Lexicon.hAnd || toks[i].hash == Lexicon.hOr)
        if coordinated || !infinitive && isLowerWord(i) && toks[i].hash == Lexicon.hOf { i -= 1 }
        let n = toks[i]
        guard n.kind == .word, !inQuote(i), !n.isA(.function) || n.isA(.weekday) || n.isA(.month) || n.isA(.timeUnit)
        else { return nil }
        if !coordinated && !infinitive {
            if n.isA(.personPronoun) || Lexicon.objectPronouns.contains(n.hash) || Lexicon.groupNouns.contains(n.hash)
                || AttributionWords.peopleNouns.contains(n.hash)
                || n.isA(.speakingNoun) && !n.isA(.documentNoun) && !n.isA(.statementNoun)
            {
                return nil
            }
            if mentionOf[i] >= 0, case let m = Int(mentionOf[i]),
                entities[mentions[m].entity].kind == .person || entities[mentions[m].entity].kind == .unknown
                    || looksLikeGroup(m)
            {
                return nil
            }
        }
        while i > a && i >= k - 11 {
            let u = toks[i]
            guard u.kind == .word || u.kind == .number || u.punct == .hyphen, !inQuote(i) else { return nil }
            if u.kind == .word {
                // (An auxiliary or "not" belongs to a verb phrase the participle does not follow: "does not look
                // promising"; "for" gives an infinitive its own subject: "an opening for Clinton to highlight".)
                if isLowerWord(i) && AttributionWords.objectWalkStops.contains(u.hash)
                    || infinitive && isLowerWord(i) && u.hash == Lexicon.hFor
                    || u.isA(.personPronoun) && !Lexicon.objectPronouns.contains(u.hash)
                    || AttributionWords.finiteAuxiliaries.contains(u.hash) || Lexicon.cueAuxiliaries.contains(u.hash)
                    || u.hash == Lexicon.hNot
                {
                    return nil
                }
                let modifier =
                    toks[i - 1].isA(.determiner) || toks[i - 1].isA(.possessivePronoun)
                    || toks[i - 1].has(Token.possessive) || toks[i - 1].punct == .hyphen
                if isLowerWord(i), !modifier,
                    u.isA(.beForm) || isParticiple(i) || endsInIng(i)
                        || AttributionWords.irregularPasts.contains(u.hash)
                        || AttributionWords.depictionVerbs.contains(u.hash)
                {
                    if coordinated { return endsInIng(i) ? i : nil }
                    // The "be" of a passive opens its verb group ("can be heard", "are widely expected"). (Not
                    // `isPassiveParticiple`: "heard" is no participle it knows.)
                    var be: Int? = nil
                    if !u.isA(.beForm), toks[i - 1].isA(.beForm) {
                        be = i - 1
                    } else if !u.isA(.beForm), i - 2 > a, toks[i - 2].isA(.beForm), isAdverbLike(i - 1) {
                        be = i - 2
                    }
                    if infinitive && i == k - 1 {
                        // ("the infrastructure needed to identify", "attacks designed to paint": a participle after
                        // a noun with no "be" describes it.)
                        if u.isA(.beForm) { return nil }
                        if let be { return be }
                        return AttributionWords.subjectControlVerbs.contains(u.hash) ? i : nil
                    }
                    if infinitive && AttributionWords.objectControlVerbs.contains(u.hash) { return nil }
                    // The subject of a passive ("will be tested against rivals promising…") does not act, but the
                    // one heard or seen does ("a reporter can be heard asking"); after "be" only a place or an
                    // occasion leaves the subject acting ("Sanders was on CNN talking about", not "were a family of
                    // super PACs supporting").
                    let depiction = AttributionWords.depictionVerbs.contains(u.hash)
                    if depiction != (be != nil) { return nil }
                    if u.isA(.beForm), !Lexicon.nounPrepositions.contains(toks[i + 1].hash) { return nil }
                    return be ?? i
                }
            }
            i -= 1
        }
        return nil
    }

    /// "Trump and Sanders say", "Clinton and leading Democrats hope": a source before its cue takes the
    /// conjunct before "and" (a name, or a description of people or documents). Not after a preposition
    /// ("the race between Clinton and Sanders"): returns the first token of the coordination, or nil.
    func coordinationStart(before f: Int, _ a: Int) -> Int? {
        guard f - 2 >= a, toks[f - 1].hash == Lexicon.hAnd || toks[f - 1].hash == Lexicon.hNor, !inQuote(f - 1),
            !inQuote(f - 2)
        else { return nil }
        // ("Ann Reeve, Tom Hardy, and Maria Lopez say": a list's comma before "and".)
        let oxford = toks[f - 2].punct == .comma && f - 3 >= a && toks[f - 3].kind == .word && !inQuote(f - 3)
        // "Sen. Ann Cole (D-Md.) and Tom Hart said": a name with its bracketed party or place.
        if toks[f - 2].punct == .rparen {
            var o = f - 3
            while o > a && o >= f - 10 && toks[o].punct != .lparen && toks[o].punct != .rparen { o -= 1 }
            guard o > a, toks[o].punct == .lparen, mentionOf[o - 1] >= 0, !toks[o - 1].has(Token.possessive),
                !inQuote(o - 1)
            else { return nil }
            let c = roleStart(before: mentions[Int(mentionOf[o - 1])].tokStart, a)
            if c > a, toks[c - 1].kind == .word, Lexicon.coordinationBlockers.contains(toks[c - 1].hash) { return nil }
            return listStart(c, a)
        }
        let n = oxford ? f - 3 : f - 2
        let u = toks[n]
        guard u.kind == .word, !u.has(Token.possessive), !u.isA(.reporting) else { return nil }
        // "It made £21.5m and experts suggest…": a sum or a figure is no conjunct of a source.
        let b = firstByte(n)
        if b >= 0x30 && b <= 0x39
            || n > a && attached(n) && (toks[n - 1].kind == .number || toks[n - 1].punct == .currency)
        {
            return nil
        }
        var c: Int
        if mentionOf[n] >= 0 {
            c = roleStart(before: mentions[Int(mentionOf[n])].tokStart, a)
        } else if u.isA(.personPronoun), !Lexicon.objectPronouns.contains(u.hash) {
            // "he and Brafman said", "she and European leaders must remember".
            c = n
        } else {
            guard !u.isA(.function) || Lexicon.groupNouns.contains(u.hash), !isAdverbLike(n) else { return nil }
            c = descriptionStart(n, a)
        }
        // "Critics like Ann Cole and Tom Hart say", "groups such as the union and the board argue": the people
        // the pair exemplifies head the source.
        if let g = exemplifiedStart(before: c, a) { return g }
        if c > a, toks[c - 1].kind == .word, Lexicon.coordinationBlockers.contains(toks[c - 1].hash) { return nil }
        // "Sanders has demonized Wall Street and Trump has disparaged…", "brand you a liar and NBC News will…": a
        // conjunct right after a verb in the past or an object pronoun is that verb's object, and "and" joins clauses.
        if c > a, !inQuote(c - 1), toks[c - 1].kind == .word,
            Lexicon.objectPronouns.contains(toks[c - 1].hash)
                || isLowerWord(c - 1)
                    && (isParticiple(c - 1) || AttributionWords.irregularPasts.contains(toks[c - 1].hash))
        {
            return nil
        }
        // (", and" joins clauses more often than names: only inside a list of three or more, "A, B, and C".)
        if oxford {
            guard c - 2 >= a, toks[c - 1].punct == .comma else { return nil }
            let g = listStart(c, a, descriptions: true)
            return g < c ? g : nil
        }
        // "Leaders of the Senate and the House filed…": after a preposition the pair completes a subject opening
        // the sentence, or is no source.
        // (No verb form may stand before it: "Five mailed dossiers including photos of victims and an e-mail…".)
        if c > a, toks[c - 1].kind == .word, Lexicon.nounPrepositions.contains(toks[c - 1].hash) {
            let verbBefore = (a..<c).contains { isLowerWord($0) && (isParticiple($0) || endsInIng($0)) }
            return verbBefore || subjectStart(c, a) == nil ? nil : c
        }
        return listStart(c, a)
    }

    /// "Critics like Ann Cole and Tom Hart", "groups such as the union and the board": the first token of the plural
    /// noun phrase that "like" or "such as" right before `c` follows (a noun in "-s" or a group noun, not a verb
    /// form), or nil.
    func exemplifiedStart(before c: Int, _ a: Int) -> Int? {
        guard c - 2 >= a, isLowerWord(c - 1), !inQuote(c - 1) else { return nil }
        var p = c - 1
        if toks[p].hash == AttributionWords.like {
            p -= 1
        } else if AttributionWords.inclusionPartners.contains(toks[p].hash), c - 3 >= a,
            toks[c - 2].hash == AttributionWords.such
        {
            p -= 2
        } else {
            return nil
        }
        // (Capitalised only opening the sentence: "Critics like…".)
        guard isLowerWord(p) || p == a && toks[p].kind == .word && mentionOf[p] < 0, !inQuote(p), !isParticiple(p),
            !toks[p].isA(.reporting),
            Lexicon.groupNouns.contains(toks[p].hash) || !toks[p].isA(.function) && endsInS(p)
        else { return nil }
        return descriptionStart(p, a)
    }

    /// "Rubio, Cruz and Kasich", "Neither Maples nor Trump": the first conjunct of a list of names (`descriptions`:
    /// or descriptions) ending at the conjunct starting at `c`, when the list opens its clause (the sentence start or after punctuation); `c`
    /// otherwise ("In Iowa, Clinton and Sanders said" keeps "Clinton and Sanders").
    func listStart(_ c: Int, _ a: Int, descriptions: Bool = false) -> Int {
        var g = c
        var n = 0
        while n < 4, g - 2 >= a, toks[g - 1].punct == .comma, !inQuote(g - 2), !toks[g - 2].has(Token.possessive) {
            if mentionOf[g - 2] >= 0 {
                g = roleStart(before: mentions[Int(mentionOf[g - 2])].tokStart, a)
            } else if descriptions, isLowerWord(g - 2), !toks[g - 2].isA(.function), !isParticiple(g - 2),
                !endsInIng(g - 2), !isAdverbLike(g - 2), !toks[g - 2].isA(.reporting)
            {
                // "labor unions, environmental groups, and many lawmakers": descriptions in a list (with its
                // comma before "and").
                g = descriptionStart(g - 2, a)
            } else {
                break
            }
            n += 1
        }
        if g - 1 >= a, toks[g - 1].hash == Lexicon.hNeither, !inQuote(g - 1) {
            g -= 1
        }
        if g == c { return c }
        // (After the sentence start, an opening "But" or "And", or punctuation.)
        let opens =
            g == a || g - 1 == a && Lexicon.coordinators.contains(toks[a].hash)
            || toks[g - 1].kind == .punct && !inQuote(g - 1)
        return opens ? g : c
    }

    /// A role or description standing right before a name belongs to the source: "GOP frontrunner Donald
    /// Trump", "The venture capitalist Marc Andreessen", "Breitbart Jerusalem editor Aaron Klein". Walks back
    /// over words that are neither function words nor cues (nor days and months) to a determiner.
    func roleStart(before f: Int, _ a: Int) -> Int {
        var g = f
        var n = 0
        var determined = false
        while g - 1 >= a && n < 6 {
            let u = toks[g - 1]
            // "Breitbart News’ Michael Patrick Leahy", "Fox News' Bret Baier": an owner's bare apostrophe.
            if u.punct == .sqClose || u.punct == .sqStraight, g - 2 >= a, !u.has(Token.spaceBefore),
                mentionOf[g - 2] >= 0, !inQuote(g - 2)
            {
                g = mentions[Int(mentionOf[g - 2])].tokStart
                n += 1
                continue
            }
            // "Mr. de Vos", "Sen. Bernie Sanders": a title abbreviation and its period.
            if u.punct == .period, g - 2 >= a, toks[g - 2].isA(.honorific) || toks[g - 2].isA(.titleAbbrev),
                !inQuote(g - 2)
            {
                g -= 2
                n += 1
                continue
            }
            guard u.kind == .word, !inQuote(g - 1) else { break }
            if u.isA(.determiner) {
                if (!u.isA(.numberWord) || u.hash == Lexicon.hA) && u.hash != Lexicon.hThat {
                    g -= 1
                    determined = true
                }
                break
            }
            // ("State Department spokesman John Kirby": a capitalised cue word is a name's.)
            if u.isA(.function) || u.isA(.reporting) && !u.isCap || u.isA(.weekday) || u.isA(.month)
                || isAdverbLike(g - 1) || u.isA(.beForm)
            {
                break
            }
            g -= 1
            n += 1
        }
        // A verb can stand there too ("Then came Clark"): without a determiner, the word before the name must
        // be a title or a name word ("GOP strategist", "Jerusalem editor"), or the role run open a clause or
        // follow a function word ("GOP frontrunner Donald Trump has called…", "But UNH pollster Andy Smith said").
        if g < f, !determined, !toks[f - 1].isA(.title), !toks[f - 1].isCap, g > a {
            // (Not after "to", "and" or an auxiliary, where the run opens on a verb: "to help start Acme", "and
            // help Cruz", "wouldn't affect Clinton"; nor after a number: "two primary reasons Israel".)
            let p = toks[g - 1]
            let opener =
                p.kind == .word
                ? p.isA(.function) && p.hash != Lexicon.hTo
                    && (p.hash != Lexicon.hAnd && p.hash != Lexicon.hOr || g - 1 == a)
                    && !Lexicon.cueAuxiliaries.contains(p.hash) && !p.isA(.numberWord) && !p.isA(.beForm)
                    && !isAdverbLike(g - 1) && !p.isA(.speakerSkip)
                : !p.isDoubleQuote && !p.isOpenQuote && !inQuote(g - 1)
            if !opener { return f }
        }
        return g
    }

    /// "the kind Trump had described", "It’s a dynamic Greenberg said could…", "is not the campaign Clinton
    /// envisioned": a determined noun (`g` its article) before a name that follows a verb, "be" or "not" is that
    /// verb's object or complement, and the name the subject of a relative clause without "that" — no role of
    /// the name ("The venture capitalist Marc Andreessen said" opens its clause; "a senator" is a title).
    func isContactRelativeHead(_ g: Int, before f: Int, _ a: Int) -> Bool {
        guard g < f - 1, g > a, Lexicon.articles.contains(toks[g].hash), !inQuote(g - 1), toks[g - 1].kind == .word
        else { return false }
        for i in (g + 1)..<f where !isLowerWord(i) || toks[i].isA(.title) || toks[i].isA(.function) { return false }
        let p = toks[g - 1]
        return p.isA(.beForm) || p.hash == Lexicon.hNot || Lexicon.impersonalContractions.contains(p.hash)
            || isLowerWord(g - 1) && !p.isA(.function) && !p.isA(.reporting) && !isAdverbLike(g - 1)
    }

    /// "People briefed on the talks say", "Democrats trying to win the Senate in November say", "female donors in
    /// both parties described", "sources close to her campaign say", "a woman who had been a student in Ohio
    /// asked": the source found before a cue (starting at `f`) is the object of a preposition, a participle or a
    /// relative clause inside the subject opening its clause (after a coordinator or an opening adverbial: "At the
    /// town hall, a woman who…"; after "that" following a verb or after a subordinator: "The news is that more than
    /// half of the farmers in Leeds opted…"). Returns that clause opening when the words from it to `f` read as one noun
    /// phrase: no punctuation but a possessive's apostrophe, a hyphen, a slash or a percent sign; no form of "be",
    /// auxiliary, clause opener or subject pronoun, except inside a relative clause ("who had been"); at most
    /// twelve words, twenty with a relative clause.
    func subjectStart(_ f: Int, _ a: Int) -> Int? {
        if let o = subjectStart(f, a, from: nil) { return o }
        // "The deal is close, people familiar with the talks said": a subject opening after a comma, past a clause.
        var c = f - 1
        while c > a && c >= f - 12 && toks[c].kind == .word && !inQuote(c) { c -= 1 }
        guard c > a, c + 1 < f, toks[c].punct == .comma else { return nil }
        // (A noun phrase: a determiner, an owner, a quantifier or a plural, never a verb: "…, descended an
        // escalator in New York to declare".)
        let o = c + 1
        let t = toks[o]
        guard
            t.isA(.determiner) || t.isA(.possessivePronoun) || Lexicon.quantifierPronouns.contains(t.hash)
                || Lexicon.groupNouns.contains(t.hash)
                || isLowerWord(o) && endsInS(o) && !t.isA(.reporting) && !t.isA(.function)
        else { return nil }
        return subjectStart(f, a, from: o)
    }

    /// The opening of the subject ending before `f`, as `subjectStart(_:_:)` describes it, searched from `opening`
    /// when given (a noun phrase after a comma), else from the clause's bounded opening (`boundedSubjectOpening`).
    func subjectStart(_ f: Int, _ a: Int, from opening: Int?) -> Int? {
        guard f > a, toks[f - 1].kind == .word else { return nil }
        // (Else the words before `f` must hold a relative clause after a noun: "people who have battled online
        // threats say", "some who advocate free speech argue".)
        let attached =
            Lexicon.nounPrepositions.contains(toks[f - 1].hash) || isTailPreposition(f - 1) || endsInIng(f - 1)
            || isParticiple(f - 1)
            || toks[f - 1].hash == Lexicon.hTo && f - 2 > a && Lexicon.sourceTailAdjectives.contains(toks[f - 2].hash)
        // ("Sen. Ann Cole on Wednesday morning called…": a time is no object inside the subject.)
        if toks[f - 1].hash == Lexicon.hOn, toks[f].isA(.weekday) || AttributionWords.timeWords.contains(toks[f].hash) {
            return nil
        }
        guard var o = opening ?? boundedSubjectOpening(a, before: f), f > o else { return nil }
        // "The real story is that more than half of voters in Iowa opted", "While populists like Trump and Le Pen
        // blame": the subject of a clause after "that" (following a verb) or opening on a subordinator.
        for i in stride(from: f - 1, to: o, by: -1)
        where toks[i].hash == Lexicon.hThat && isLowerWord(i) && !inQuote(i)
            && (toks[i - 1].isA(.beForm) || toks[i - 1].isA(.reporting) || isParticiple(i - 1))
        {
            o = i + 1
            break
        }
        if o + 1 < f, toks[o].kind == .word, !inQuote(o), AttributionWords.subordinators.contains(toks[o].hash) {
            o += 1
        }
        // "Nearly all of the mayors of the largest cities in the nation have endorsed…": a hedge opens the phrase
        // its quantifier heads (the checks below start at the quantifier).
        var hedge: Int? = nil
        if o + 1 < f, toks[o].kind == .word, !inQuote(o), Lexicon.partitiveHedges.contains(toks[o].hash) {
            hedge = o
            o += 1
        }
        guard f > o, f - o <= 20 else { return nil }
        if !attached, !(o + 1..<f).contains(where: { toks[$0].hash == Lexicon.hWho && !inQuote($0) }) { return nil }
        let t = toks[o]
        guard t.kind == .word || t.kind == .number, !inQuote(o), !isAdverbLike(o), !endsInIng(o),
            t.kind == .number || t.isA(.determiner) || Lexicon.quantifierPronouns.contains(t.hash)
                || !t.isA(.function) || Lexicon.groupNouns.contains(t.hash)
        else { return nil }
        var relative: Int? = nil
        for i in o..<f {
            let u = toks[i]
            if inQuote(i) { return nil }
            if u.kind == .punct {
                // ("Friends of Mr. Clinton's…": a title's period.)
                let joins =
                    u.punct == .hyphen || u.punct == .slash || u.punct == .percent
                    || (u.punct == .sqClose || u.punct == .sqStraight) && !u.has(Token.spaceBefore)
                    || u.punct == .period && i > o && (toks[i - 1].isA(.honorific) || toks[i - 1].isA(.titleAbbrev))
                if !joins { return nil }
                continue
            }
            guard u.kind == .word, relative == nil else { continue }
            // "a woman who had been…", "Friends of his who have seen…": a relative clause after a noun carries its
            // own verbs and pronouns.
            if i > o, u.isA(.relativePronoun) && u.hash != Lexicon.hWhich, toks[i - 1].kind == .word,
                !toks[i - 1].isA(.function) || Lexicon.groupNouns.contains(toks[i - 1].hash),
                !toks[i - 1].isA(.reporting), !isParticiple(i - 1)
            {
                relative = i
                continue
            }
            // A verb with its object ("House Republicans issued a report", "Beck called Palin"), a past form or a
            // cue right after a name ("Trump opened with…", "Trump says in…") make a clause, not a noun phrase
            // (not a participle in "-ing" or a verb after "to": "Democrats trying to win the Senate…").
            if isLowerWord(i), !u.isA(.function), !endsInIng(i), i > o, toks[i - 1].hash != Lexicon.hTo {
                let n = toks[i + 1]
                let verbForm = isParticiple(i) || u.isA(.reporting)
                if Lexicon.articles.contains(n.hash) || n.isA(.possessivePronoun)
                    || verbForm && (mentionOf[i + 1] >= 0 || n.kind == .number) || verbForm && mentionOf[i - 1] >= 0
                {
                    return nil
                }
            }
            // ("More than half of…": a hedge.)
            let hedge = i > o && Lexicon.hedgePairs.contains { $0.0 == toks[i - 1].hash && $0.1 == u.hash }
            if u.isA(.beForm) || Lexicon.cueAuxiliaries.contains(u.hash)
                || Lexicon.subjectBreakers.contains(u.hash) && !hedge || u.isA(.personPronoun)
                || isLowerWord(i) && AttributionWords.irregularPasts.contains(u.hash)
            {
                return nil
            }
        }
        return relative != nil || f - o <= 12 ? hedge ?? o : nil
    }

    /// "The deputy head of China's delegation to the forum said", "But a source familiar with the inquiry said":
    /// a source before its cue, from `f` to `last`, ends the noun phrase opening its clause (`subjectPhrase`, after
    /// a coordinator or an opening adverbial). Returns that phrase's first token when it starts before `f`.
    func openingSubjectStart(_ f: Int, _ last: Int) -> Int? {
        // (Most sources open their clause, or follow punctuation, a function word or a verb that no subject runs
        // over: `subjectPhrase` would stop there.)
        guard f > 0 else { return nil }
        let p = toks[f - 1]
        if p.kind == .punct {
            guard p.punct == .sqClose || p.punct == .hyphen || p.punct == .period || p.punct == .slash else {
                return nil
            }
        } else if p.kind == .word {
            if p.isA(.function) && !p.isA(.determiner) && !p.isA(.possessivePronoun)
                && !AttributionWords.subjectTailPrepositions.contains(p.hash) && p.hash != Lexicon.hAnd
                && !Lexicon.descriptionModifiers.contains(p.hash) && !Lexicon.groupNouns.contains(p.hash)
                && !Lexicon.quantifierPronouns.contains(p.hash) && !Lexicon.predeterminers.contains(p.hash)
            {
                return nil
            }
            if isLowerWord(f - 1), !endsInIng(f - 1),
                p.isA(.beForm) || p.isA(.reporting) || Lexicon.cueAuxiliaries.contains(p.hash)
            {
                return nil
            }
        }
        let s = sentenceOfToken(f)
        let a = sents[s].tokStart
        // (A subject phrase runs at most 16 tokens after two opening adverbials.)
        guard f > a, let o = boundedSubjectOpening(a, before: f), o < f,
            let sp = subjectPhrase(at: o, before: sents[s].tokEnd),
            max(sp.last, sp.phraseLast ?? sp.last) == last
        else { return nil }
        let g = min(sp.first, sp.phraseFirst ?? sp.first)
        return g < f ? g : nil
    }

    /// A period at `i` that ends an abbreviation inside the sentence ending before `e` ("Acme Inc. in Ohio").
    func isInnerPeriod(_ i: Int, _ e: Int) -> Bool {
        // ("Ann Reeve, 29, of Tampa, Fla., says": a period before a comma ends an abbreviation too.)
        toks[i].punct == .period && i + 1 < e && (toks[i + 1].kind == .word || toks[i + 1].punct == .comma)
    }

    /// "Mr. Leenders, who estimated that…,", "the union, which on Monday endorsed Cole,": a relative clause at `i`
    /// (before `end`) whose own verb is a cue (`speech`: a speech verb) is that relation's, with "who" as its source;
    /// it stays out of the name's source phrase. The verb comes first, after auxiliaries, adverbs and a time ("who
    /// has long denounced"); a cue further on, inside the clause's complement, is not the clause's own ("who are
    /// close to the firms that oppose the rule").
    func isReportingRelative(_ i: Int, _ end: Int, speech: Bool = false) -> Bool {
        guard i < end, toks[i].hash == Lexicon.hWho || toks[i].hash == Lexicon.hWhich || toks[i].hash == Lexicon.hWhose
        else { return false }
        var x = i + 1
        while x < end && x <= i + 8 && !inQuote(x) && toks[x].kind == .word {
            if toks[x].isA(speech ? .speech : .reporting) { return true }
            if let t = timeAdjunctEnd(x, end) {
                x = t + 1
                continue
            }
            let h = toks[x].hash
            guard
                isAdverbLike(x) || toks[x].isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(h)
                    || Lexicon.cueAuxiliaries.contains(h) || toks[x].hash == Lexicon.hNot
            else { return false }
            x += 1
        }
        return false
    }

    /// Token `i` can open an appositive: not a participle ("leading in the polls"), an adverb ("however") or a
    /// preposition ("for example"); a determiner, a relative pronoun, a number, a name or a noun can.
    func isAppositiveStart(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word else { return true }
        // ("Mr. Lewandowski, now a paid CNN commentator, has denied", "Ann Cole, acting director of…": a role with
        // "now" or "then", or a role's "-ing" word.)
        if isLowerWord(i), AttributionWords.roleParticiples.contains(t.hash) || opensDatedRole(i, toks.count) {
            return true
        }
        if endsInIng(i) || isAdverbLike(i) { return false }
        return !t.isA(.function) || t.isA(.determiner) || t.isA(.possessivePronoun) || t.hash == Lexicon.hWho
            || t.hash == Lexicon.hWhich
    }

    /// Token `i` is "now", "then" or "formerly" opening a role ("now a partner at…", "then ambassador to Israel"):
    /// a determiner, a title or a noun follows, not a verb ("now leading in the polls").
    func opensDatedRole(_ i: Int, _ e: Int) -> Bool {
        guard i + 1 < e, AttributionWords.roleAdverbs.contains(toks[i].hash), !inQuote(i + 1) else { return false }
        let n = i + 1
        return toks[n].isA(.determiner) || toks[n].isA(.title)
            || isLowerWord(n) && !toks[n].isA(.function) && !isParticiple(n) && !endsInIng(n)
    }

    /// Token `i` opens a parenthesis adding members to the source before it ("…, including Ann Cole,", "…, along
    /// with Tom Hart,", "…, such as the union,"; `AttributionWords.inclusionOpeners`).
    func opensInclusion(_ i: Int) -> Bool {
        guard i + 1 < toks.count, isLowerWord(i), !inQuote(i), AttributionWords.inclusionOpeners.contains(toks[i].hash)
        else { return false }
        let h = toks[i].hash
        if h == AttributionWords.including || h == AttributionWords.like { return true }
        return AttributionWords.inclusionPartners.contains(toks[i + 1].hash)
    }

    /// "according to a report by the Congressional Budget Office": a "by/of/from/at/for" tail after a
    /// description belongs to it, up to a comma, a quote or the end of the sentence (at most eight words).
    func tailEnd(after head: Int, _ e: Int) -> Int? {
        var l = head
        // "a source close to the campaign", "a Democrat familiar with his remarks" (the adjective after the head,
        // or already taken into it: "a source close").
        var joined = false
        if l + 3 < e, Lexicon.sourceTailAdjectives.contains(toks[l + 1].hash), !inQuote(l + 1),
            toks[l + 2].hash == Lexicon.hTo || toks[l + 2].hash == Lexicon.hWith
        {
            l += 1
            joined = true
        } else if l + 2 < e, Lexicon.sourceTailAdjectives.contains(toks[l].hash),
            toks[l + 1].hash == Lexicon.hTo || toks[l + 1].hash == Lexicon.hWith
        {
            joined = true
        }
        guard l + 2 < e, joined || Lexicon.documentTailPrepositions.contains(toks[l + 1].hash), !inQuote(l + 1) else {
            return nil
        }
        var j = l + 1
        while j + 1 < e && j < l + 9 {
            let u = toks[j + 1]
            if u.kind == .punct && u.punct != .hyphen && u.punct != .amp || inQuote(j + 1) { break }
            if u.isA(.reporting)
                || Lexicon.articles.contains(u.hash) && j > l + 1 && toks[j].kind == .word
                    && !toks[j].isA(.function)
            {
                break
            }
            j += 1
        }
        return j > l + 1 ? j : nil
    }

    /// "said a longtime adviser to Trump", "said one Republican involved in the planning", "said the base chief
    /// known as Bob": a description after its cue runs on through "to", "in", "with" or "as" (after a role or a
    /// participle) to a comma or the sentence end, at most eight words — not into a time ("in March") or a
    /// noun-phrase cue ("in a statement"), nor over a verb.
    func descriptionTailEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, !inQuote(l + 1), toks[l + 1].kind == .word else { return nil }
        let p = toks[l + 1].hash
        guard p == Lexicon.hTo || p == Lexicon.hIn || p == Lexicon.hWith || p == Lexicon.hAs else { return nil }
        // (A noun phrase follows: a determiner, an owner or a name — not a verb: "Expect prices to rise".)
        let n = toks[l + 2]
        if n.isA(.weekday) || n.isA(.month) || n.kind == .number || AttributionWords.timeWords.contains(n.hash)
            || !(n.isA(.determiner) || n.isA(.possessivePronoun) || mentionOf[l + 2] >= 0 || n.isCap)
        {
            return nil
        }
        let j = phraseRunEnd(from: l + 1, limit: l + 9, e)
        guard j + 1 >= e || toks[j + 1].punct == .comma || toks[j + 1].isTerminator else { return nil }
        for i in (l + 2)...j {
            let u = toks[i]
            if u.isA(.statementNoun) || u.isA(.timeUnit) || u.isA(.reporting) && isLowerWord(i)
                || isLowerWord(i) && (u.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(u.hash))
            {
                return nil
            }
        }
        return j
    }

    /// The end of a run of appositives after a source that follows its cue, from the phrase ending at `l`: "said
    /// Geoff Garin, a pollster working for Priorities USA, a super PAC supporting Clinton" (PolNeAR's source runs
    /// over each of them).
    func appositivesEnd(after l: Int, _ e: Int) -> Int {
        var l = l
        var n = 0
        while n < 4, let next = phraseEnd(after: l, e) {
            l = next
            n += 1
        }
        return l
    }

    /// An appositive after a name that ends the sentence or meets a comma: "said John Smith, a partner at Y.",
    /// "Jennifer Palmieri, Mrs. Clinton's communications director", "Peter Welch, Democrat of Vermont".
    func phraseEnd(after l: Int, _ e: Int) -> Int? {
        guard l + 2 < e, toks[l + 1].punct == .comma, !inQuote(l + 2) else { return nil }
        // "said Stacey Edwards, 31, a teacher": an age is an appositive of its own.
        if toks[l + 2].kind == .number, len(l + 2) <= 3,
            l + 3 == e || toks[l + 3].punct == .comma || toks[l + 3].isTerminator
        {
            return l + 2
        }
        guard toks[l + 2].kind == .word else { return nil }
        let u = toks[l + 2]
        // "…, 31, of Tujunga", "…, now a partner at…", "…, then ambassador to Israel": a home town, or a role with
        // "now" or "then".
        if l + 3 < e, u.hash == Lexicon.hOf && toks[l + 3].isCap || opensDatedRole(l + 2, e) {
            return phraseRunEnd(from: l + 2, limit: l + 40, e)
        }
        // ("Mrs. Clinton's communications director", "Obama's Office of Management and Budget director".)
        let ownerRole =
            mentionOf[l + 2] >= 0 && toks[mentions[Int(mentionOf[l + 2])].tokEnd - 1].has(Token.possessive)
            && mentions[Int(mentionOf[l + 2])].tokEnd < e && toks[mentions[Int(mentionOf[l + 2])].tokEnd].kind == .word
            && !toks[mentions[Int(mentionOf[l + 2])].tokEnd].isA(.function)
        // ("Democrat of Vermont", "CrowdTangle chief executive", "R-S.C.": a capitalised role, one running on to a
        // lower-case noun, or a party and state.)
        let capitalRole =
            u.isCap && !u.isA(.function) && !u.isA(.weekday) && !u.isA(.month) && l + 3 < e
            && (toks[l + 3].hash == Lexicon.hOf
                || toks[l + 3].punct == .hyphen && !toks[l + 3].has(Token.spaceBefore) && len(l + 2) == 1
                || isLowerWord(l + 3) && !toks[l + 3].isA(.function) && !toks[l + 3].isA(.reporting)
                    && !isParticiple(l + 3) && !endsInIng(l + 3) && !endsInS(l + 3))
        // ("managing director of…": a role's "-ing" word.)
        let roleWord = isLowerWord(l + 2) && AttributionWords.roleParticiples.contains(u.hash)
        guard
            u.isA(.determiner) || u.isA(.title) || u.hash == Lexicon.hWho || u.isA(.possessivePronoun) || ownerRole
                || capitalRole || roleWord
                || isLowerWord(l + 2) && !u.isA(.function) && !u.isA(.reporting) && !isAdverbLike(l + 2)
                    && !endsInIng(l + 2) && !isParticiple(l + 2)
        else { return nil }
        // (A relative clause with a speech verb of its own stays out, "who" is that relation's source; one with
        // another cue belongs to the source after the cue, as PolNeAR marks it more often than not: "said Robert
        // Reich, who endorsed Sanders"; "which" after a name stays out, as PolNeAR's mostly do.)
        var j = phraseRunEnd(from: l + 2, limit: l + 40, e)
        // "Steve Bell, senior director at X, and a Republican who headed…": a second role joined by ", and".
        if j + 3 < e, toks[j + 1].punct == .comma, toks[j + 2].hash == Lexicon.hAnd, !inQuote(j + 2),
            Lexicon.articles.contains(toks[j + 3].hash) || toks[j + 3].isA(.title),
            l + 2 < j && !(l + 2...j).contains(where: { toks[$0].hash == Lexicon.hAnd })
        {
            let k = phraseRunEnd(from: j + 3, limit: j + 30, e)
            if k + 1 == e || toks[k + 1].isTerminator { j = k }
        }
        if isReportingRelative(l + 2, j + 1, speech: true) { return nil }
        // ("As reported by Western Journalism, the Times broke the story": a clause with its own verb, before any
        // relative pronoun, is no appositive.)
        var i = l + 2
        while i <= j && !toks[i].isA(.relativePronoun) {
            if isLowerWord(i),
                toks[i].isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(toks[i].hash)
                    || AttributionWords.irregularPasts.contains(toks[i].hash)
            {
                return nil
            }
            i += 1
        }
        return j
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
                || Lexicon.quantifierPronouns.contains(toks[o].hash) || ownerNameEnd(from: o, before: d) != nil,
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
                    || Lexicon.cueAuxiliaries.contains(t.hash)
                    || t.isA(.function) && !t.isA(.determiner) && !t.isA(.possessivePronoun)
                        && !AttributionWords.subjectTailPrepositions.contains(t.hash) && t.hash != Lexicon.hAnd
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
            // completes is the source.
            if let g = phraseStart(before: first, a) { first = g }
        }
        // A source before its cue takes a conjunct before it ("Trump and Sanders say").
        if floor < 0, sp.form != .pronoun,
            let c = coordinationStart(before: first, sents[sentenceOfToken(sp.first)].tokStart)
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
                || Lexicon.quantifierPronouns.contains(t.hash) || Lexicon.groupNouns.contains(t.hash)
                || isLowerWord(s) && !t.isA(.function) && !t.isA(.reporting) && endsInS(s) && !isParticiple(s)
        else { return nil }
        let end = phraseRunEnd(from: s, limit: s + 10, e)
        guard end - s < 10,
            end + 1 == e || toks[end + 1].isTerminator || toks[end + 1].punct == .comma
                || toks[end + 1].punct == .colon || toks[end + 1].punct == .semicolon
        else { return nil }
        for i in s...end where isLowerWord(i) {
            let u = toks[i]
            if u.isA(.beForm) || AttributionWords.finiteAuxiliaries.contains(u.hash)
                || Lexicon.cueAuxiliaries.contains(u.hash) || AttributionWords.irregularPasts.contains(u.hash)
                || isParticiple(i) || u.isA(.reporting) || u.isA(.personPronoun) || u.isA(.otherPronoun)
            {
                return nil
            }
        }
        return end
    }
}
