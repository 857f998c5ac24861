/// Source spans: the speaker before a cue (`speakerBefore`) — the subject standing before a verb cue (a name, a
/// pronoun, a description, a share; a name that a place after "in" locates, "Acme Inc. in Ohio said",
/// `placedSpeaker`), past the verb group's auxiliaries and adverbs ("has in particular noted",
/// `auxiliaryBefore`) and an adjective whose infinitive the cue is ("are keen to stress", `infinitiveAdjectives`),
/// a noun cue's own article and modifiers ("a dogged defender of", `isNounCueModifier`) and its owner ("Rubio's
/// catch phrase", `nounCueOwner`); a subject pronoun before its predicate ("They stop reporting",
/// `subjectPronounBefore`). The conventions they follow are in `SourceSpan.swift`.
extension ReadsMentions {
    /// "Acme Inc. in Ohio said", "Ann Cole in Leeds told": a place after "in" right before the cue says where the
    /// name before it is; that name speaks, and the place ends its source phrase. Nil when mention `m` is no such
    /// place.
    func placedSpeaker(_ m: Int, _ a: Int) -> Speaker? {
        let place = mentions[m]
        guard isPlaceAfterPreposition(m, a), place.tokStart - 2 >= a, toks[place.tokStart - 1].hash == Lexicon.hIn
        else { return nil }
        var n = place.tokStart - 2
        // ("Acme Inc." closes on its abbreviation's period.)
        if toks[n].punct == .period, attached(n), n - 1 >= a, toks[n - 1].isA(.orgSuffix) { n -= 1 }
        guard mentionOf[n] >= 0, !inQuote(n), case let owner = Int(mentionOf[n]),
            entities[mentions[owner].entity].kind != .place, !toks[n].has(Token.possessive)
        else { return nil }
        var sp = speakerOfMention(owner)
        sp.phraseLast = place.tokEnd - 1
        return sp
    }

    /// The speaker standing before the cue at `k` (within the sentence starting at `a`).
    func speakerBefore(_ k: Int, _ a: Int) -> Speaker? {
        var j = k - 1
        // "Bozell points out", "the documentarian lays out": a cue opening on a particle has its verb before it;
        // the subject stands before the verb.
        if k < toks.count, held.verbParticles.contains(toks[k].hash), j > a, isLowerWord(j),
            !toks[j].isA(.function), !inQuote(j)
        {
            j -= 1
        }
        var skipped = 0
        // ("Sanders Isn't Now Saying", "Trump Is Now Calling": a headline in title case capitalises its
        // auxiliaries and adverbs too.)
        let titleCase = k < toks.count && toks[k].isCap && k > a
        // ("The council this year said", "The mayor earlier this week said": "this" before a skipped time too.)
        while j >= a && skipped < 4
            && (isAdverbLike(j) || titleCase && isTitleCaseVerbWord(j)
                || toks[j].hash == Lexicon.hThis && j + 1 < k && toks[j + 1].isA(.timeUnit) && isAdverbLike(j + 1))
        {
            j -= 1
            skipped += 1
        }
        // "Bolton and Gorka both denounced", "they all said": a floating quantifier after the subject.
        if j > a, held.floatingQuantifiers.contains(toks[j].hash), !inQuote(j - 1),
            toks[j - 1].kind == .word
                && (!toks[j - 1].isA(.function) || toks[j - 1].isA(.personPronoun)
                    || toks[j - 1].isA(.otherPronoun))
                && !toks[j - 1].isA(.reporting) || toks[j - 1].punct == .rparen
        {
            j -= 1
        }
        // "Many people here say", "Her campaign workers here said": a place adverb after the subject.
        if j > a, toks[j].hash == AttributionWords.here, isLowerWord(j), toks[j - 1].kind == .word, !inQuote(j - 1),
            !toks[j - 1].isA(.function) || held.groupNouns.contains(toks[j - 1].hash)
        {
            j -= 1
        }
        // "Cole began asking…", "Cole has lately started urging…", "Hart tried to argue…", "Reeve carried on
        // insisting…": a verb taking the cue as its complement belongs to the verb phrase, with its particle ("on"
        // is adverb-like, skipped above), adverbs and auxiliary; the subject stands before them ("Reeve started the
        // debate by asking" has no such verb right before the cue).
        // (With the cue read from its verb, "to" stands before it: "Hart tried to argue".)
        var infinitive = false
        if j - 1 > a, toks[j].hash == Lexicon.hTo, !inQuote(j), isLowerWord(j - 1),
            held.catenativeVerbs.contains(toks[j - 1].hash)
        {
            j -= 1
            infinitive = true
        }
        if j > a, k < toks.count, endsInIng(k) || toks[k].hash == Lexicon.hTo || infinitive, isLowerWord(j),
            !inQuote(j),
            held.catenativeVerbs.contains(toks[j].hash)
                || held.onCatenativeVerbs.contains(toks[j].hash) && toks[j + 1].hash == Lexicon.hOn
        {
            j -= 1
            var adverbs = 0
            while j > a && adverbs < 3 && isAdverbLike(j) {
                j -= 1
                adverbs += 1
            }
            if j > a, isLowerWord(j), toks[j].isBeOrFiniteAuxiliary {
                j -= 1
            }
        }
        // ("Police were unable to say…" with the cue read from its verb: the adjective before "to" ends the verb
        // phrase that `auxiliaryBefore` steps back over — only after "be": "…, quick to point out" has none.)
        if j - 1 > a, toks[j].hash == Lexicon.hTo, !inQuote(j), isLowerWord(j - 1),
            held.infinitiveAdjectives.contains(toks[j - 1].hash), auxiliaryBefore(j - 1, a) != nil
        {
            j -= 1
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
            mentions[m].tokStart == a || !held.articles.contains(toks[mentions[m].tokStart - 1].hash)
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
                            !toks[c - 1].isA(.function) || held.groupNouns.contains(toks[c - 1].hash),
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
                    guard c - 1 >= a, !inQuote(c - 1), !toks[c - 1].has(Token.possessive) else { return nil }
                    if mentionOf[c - 1] >= 0 { return speakerOfMention(Int(mentionOf[c - 1])) }
                    // "Local farmers — who own the land — say": a description before the parenthesis (not a
                    // preposition's object, nor before a participle, which speaks for its clause's subject: "He
                    // struggles with a task in politics - bragging - conceding that…").
                    guard k < toks.count, !endsInIng(k), isLowerWord(c - 1),
                        !toks[c - 1].isA(.function) || held.groupNouns.contains(toks[c - 1].hash),
                        !toks[c - 1].isA(.reporting), !isAdverbLike(c - 1), !isParticiple(c - 1), !endsInIng(c - 1)
                    else { return nil }
                    let f = descriptionStart(c - 1, a)
                    if f > a, held.nounPrepositions.contains(toks[f - 1].hash) { return nil }
                    return Speaker(first: f, last: c - 1, form: .description, mention: nil)
                }
                c -= 1
            }
            return nil
        }
        if t.punct == .comma {
            // "Gov. John Kasich (R-OH), said": a bracketed party or place after a person's name, then a comma — that
            // name, not one inside the bracket nor a place before it; an appositive reading that names a person
            // stands ("the nominee, Sen. Tim Kaine (D-Va.),", "Jeff Bechdel, chairman of America Rising (a PAC),").
            let apposed = appositiveSpeaker(before: j, a)
            if let o = bracketStart(before: j - 1, a), mentionOf[o - 1] >= 0, !toks[o - 1].has(Token.possessive),
                mentionIsPerson(Int(mentionOf[o - 1])), !namesPersonBefore(apposed, o)
            {
                var sp = speakerOfMention(Int(mentionOf[o - 1]))
                sp.phraseLast = j - 1
                return sp
            }
            if let sp = apposed { return sp }
            // "The government, for instance, refused…", "Officials, in fact, insist…": an adverbial set off by
            // commas between the subject and its verb.
            // (A long one only after the subject opening the sentence: "…, at both the federal and state levels,
            // said Charlie Black" ends a clause and the speaker follows.)
            if let (c, long) = adverbialCommaBefore(j, a), case let sp = speakerBefore(c, a),
                !long || sp.map({ ($0.phraseFirst ?? $0.first) == a }) == true
            {
                return sp
            }
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
        // "42% say", "Just 8% said", "40% support Cole": a share given with the sign is the source, as one spelled
        // out is ("42 percent say": a description) — not of a noun cue it counts ("35% support, with…", "35% support
        // among women").
        if t.punct == .percent, j - 1 >= a, toks[j - 1].kind == .number, !inQuote(j - 1), k < toks.count,
            !toks[k].isA(.nounToo)
                || k + 1 < toks.count && toks[k + 1].kind == .word
                    && (!toks[k + 1].isA(.function) || Lexicon.objectPronouns.contains(toks[k + 1].hash))
        {
            return Speaker(first: hedgeStart(j - 1, a), last: j, form: .description, mention: nil)
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
        // "The hacker whose emails were leaked said", "the man they arrested admitted": a relative clause ending at
        // the cue belongs to its subject's phrase — with a time that closes it: "Families whose homes were flooded
        // last winter say they are still waiting." (`closingTimeStart`).
        // (No closure: one would capture this stage, a copy of it per call.)
        var clause = relativeClauseStart(ending: j, a)
        if clause == nil, let t = closingTimeStart(ending: j, a) { clause = relativeClauseStart(ending: t - 1, a) }
        if let (g, n) = clause {
            guard mentionOf[n] >= 0 else {
                var sp = Speaker(first: g, last: j, form: .description, mention: nil)
                sp.phraseFirst = phraseStart(before: g, a)
                return sp
            }
            var sp = speakerOfMention(Int(mentionOf[n]))
            if g < sp.first { sp.phraseFirst = g }
            sp.phraseLast = j
            return sp
        }
        if let p = subjectPronounBefore(predicate: j, a) {
            return Speaker(first: p, last: p, form: .pronoun, mention: nil)
        }
        let relativeContraction = held.relativeContractions.contains(t.hash)
        // ("Sainsbury's said": a name in "'s" right before a form that is only a verb is its subject.)
        guard !t.has(Token.possessive) || relativeContraction || isNameInSSpeaking(j, cue: k) else { return nil }
        // "Not everyone was claiming…", "Neither wanted…", "Almost everyone agrees" (a hedge before it).
        if held.indefiniteSources.contains(t.hash) {
            let f = j - 1 >= a && toks[j - 1].hash == Lexicon.hNot && !inQuote(j - 1) ? j - 1 : hedgeStart(j, a)
            return Speaker(first: f, last: j, form: .description, mention: nil)
        }
        if mentionOf[j] >= 0 {
            if let sp = placedSpeaker(Int(mentionOf[j]), a) { return sp }
            return speakerOfMention(Int(mentionOf[j]))
        }
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
            if n >= a, toks[n].kind == .word, !toks[n].isA(.function) || held.groupNouns.contains(toks[n].hash),
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
            || held.quantifierPronouns.contains(t.hash)
            || t.isA(.numberWord) && j - 2 >= a && toks[j - 1].hash == Lexicon.hIn && toks[j - 2].isA(.numberWord)
        {
            return Speaker(first: numeralStart(j, a), last: j, form: .description, mention: nil)
        }
        // "A third said", "Less than a quarter agreed": a fraction after "a" is a share of people, with its hedge.
        if j - 1 >= a, toks[j - 1].hash == Lexicon.hA, !inQuote(j - 1),
            ClaimWordClass(rawValue: ClaimWords.table.lookup(t.hash)).contains(.fraction)
        {
            return Speaker(first: hedgeStart(j - 1, a), last: j, form: .description, mention: nil)
        }
        if t.isA(.function) && !held.groupNouns.contains(t.hash) {
            // "Tom Hart, a fierce supporter of…": a noun cue opening an appositive speaks for the name before it.
            if held.articles.contains(t.hash), j - 2 >= a, toks[j - 1].punct == .comma, mentionOf[j - 2] >= 0,
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
        // ("The former secretary of state said": after "of" it is the object that ends the subject.)
        if t.isA(.reporting), !(j == a && isPlural(j)) {
            // ("Iowa biofuels advocates say": a cue word in "-s" right before the verb cue is its subject's head.)
            guard j - 1 >= a, !inQuote(j - 1),
                toks[j - 1].isA(.determiner) || toks[j - 1].isA(.possessivePronoun)
                    || toks[j - 1].has(Token.possessive)
                    || toks[j - 1].hash == Lexicon.hOf && isLowerWord(j - 1) && isLowerWord(j)
                    || isLowerWord(j - 1) && !toks[j - 1].isA(.function) && !toks[j - 1].isA(.reporting)
                        && j - 2 >= a
                        && (toks[j - 2].isA(.determiner) || held.descriptionModifiers.contains(toks[j - 2].hash))
                    || j + 1 == k && precedesReportingVerb(j)
            else { return nil }
            // "Lopez in her report said", "Cole in his comments argued": after a preposition a cue word is an
            // adjunct, not the subject (a document's or an utterance's names the subject before it); a place is the
            // subject's ("Officials in the state said": the description runs back to it).
            // ("People familiar with her plans say": the object of an adjective's preposition in the subject.)
            let d = toks[j - 1].isA(.determiner) || toks[j - 1].isA(.possessivePronoun) ? j - 1 : j - 2
            if d - 1 >= a, held.nounPrepositions.contains(toks[d - 1].hash),
                !held.placeCueNouns.contains(t.hash),
                !followsTailAdjective(d, a)
            {
                guard t.isA(.documentNoun) || t.isA(.statementNoun) || held.utteranceNouns.contains(t.hash)
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
        // participle before a verb cue, which ends the subject ("Those involved said", "Those surveyed support").
        if j > a, k < toks.count, isLowerWord(j), !inQuote(j) {
            let pastOrLight =
                held.irregularPasts.contains(t.hash) || held.lightSpeechVerbs.contains(t.hash)
            let u = toks[k]
            // (Not an auxiliary opening the cue's verb group — "the delegates selected has publicly signaled" — nor a
            // noun after a determiner: "the political left are questioning".)
            let noVerb =
                u.kind == .punct
                || u.kind == .word && !u.isA(.reporting) && !u.isA(.beForm)
                    && !held.finiteAuxiliaries.contains(u.hash) && !held.cueAuxiliaries.contains(u.hash)
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

    /// Mention `m` is of a person.
    @inline(__always) func mentionIsPerson(_ m: Int) -> Bool { entities[mentions[m].entity].kind == .person }

    /// `sp` names a person before token `o` (a bracket's opening): an appositive reading that stands.
    func namesPersonBefore(_ sp: Speaker?, _ o: Int) -> Bool {
        guard let sp, sp.first < o, let m = sp.mention else { return false }
        return mentionIsPerson(m)
    }

    /// The first token of a time that ends at `j` after a word of when (`AttributionWords.timeOpeners`): "last
    /// winter", "this year", "on Monday", "in 2019" — a day, a month, a season, a unit of time or a number. Nil
    /// otherwise, or when nothing stands before it in the sentence from `a`.
    func closingTimeStart(ending j: Int, _ a: Int) -> Int? {
        guard j - 2 >= a, !inQuote(j) else { return nil }
        let t = toks[j]
        guard
            t.kind == .number
                || t.kind == .word
                    && (t.isA(.weekday) || t.isA(.month) || t.isA(.timeUnit) || held.seasonWords.contains(t.hash))
        else { return nil }
        return held.timeOpeners.contains(toks[j - 1].hash) ? j - 1 : nil
    }

    /// Tokens `f...j` are a time and nothing else: days, months, units of time and their modifiers ("Sunday night",
    /// "last week", "April", "weeks"), not "the April report".
    func isTimePhrase(_ f: Int, _ j: Int) -> Bool {
        for i in f...j {
            let t = toks[i]
            guard t.kind == .word || t.kind == .number,
                t.kind == .number || t.isA(.weekday) || t.isA(.month) || t.isA(.timeUnit)
                    || held.timeWords.contains(t.hash)
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

    /// The comma opening an adverbial that ends at the comma `j`, after a word: one to four lower-case words from a
    /// preposition or an adverb ("…, for instance,", "…, in fact,", "…, however,"), or a longer phrase from a
    /// preposition or a participle, names, times and figures in it ("…, in a statement on Monday,", "…, in a filing
    /// with the SEC,", "…, in an effort to improve the lot of workers,", "…, citing privacy rules,": up to 16 words,
    /// no speech verb nor "be" — a clause); nil otherwise. `long`: the phrase is of the second kind.
    func adverbialCommaBefore(_ j: Int, _ a: Int) -> (comma: Int, long: Bool)? {
        var c = j - 1
        var lower = true
        while c > a && c >= j - 16 && !inQuote(c)
            && (toks[c].kind == .word || toks[c].kind == .number || toks[c].punct == .hyphen)
        {
            if !isLowerWord(c) { lower = false }
            c -= 1
        }
        guard c > a, c < j - 1, toks[c].punct == .comma, toks[c - 1].kind == .word, !inQuote(c - 1) else { return nil }
        let u = toks[c + 1]
        let preposition =
            u.isA(.function) && held.nounPrepositions.contains(u.hash) && !u.isA(.determiner)
            && !u.isA(.possessivePronoun)
        // ("Proponents of the bill, however, say", "NATO's chief, meanwhile, called on": a connective adverb.)
        if lower && c >= j - 5,
            isAdverbLike(c + 1) || held.connectiveAdverbs.contains(u.hash) || preposition,
            !(c + 1..<j).contains(where: { toks[$0].isA(.reporting) })
        {
            return (c, false)
        }
        // ("The agency, citing privacy rules, said": a participle opens one too.)
        // (Not "including": "Democratic candidates, including Clinton and Sanders, have proposed" keeps them.)
        guard preposition || endsInIng(c + 1) && !opensInclusion(c + 1), isLowerWord(c + 1),
            !(c + 1..<j).contains(where: { toks[$0].isA(.speech) || toks[$0].isBeOrFiniteAuxiliary })
        else { return nil }
        return (c, true)
    }

    /// A capitalised auxiliary, adverb or "To" of a headline's verb phrase ("Isn't", "Is Now", "Finally", "To
    /// Expand"), not a name.
    func isTitleCaseVerbWord(_ j: Int) -> Bool {
        let t = toks[j]
        guard t.isCap, mentionOf[j] < 0, !inQuote(j) else { return false }
        if held.cueAuxiliaries.contains(t.hash) || held.finiteAuxiliaries.contains(t.hash)
            || t.isA(.beForm) || t.isA(.speakerSkip) || t.hash == Lexicon.hTo
        {
            return true
        }
        return endsInLy(j)  // "Finally"
    }

    /// The auxiliary ("has", "have", "will"…) opening the verb phrase that ends at `j`, with one word ("has
    /// nevertheless", "have both", "have begun") or a phrase on a preposition ("have in particular", "has for the
    /// first time") between it and the cue after `j`, or a form of "be" before the predicate the cue heads ("Ministers
    /// are keen to stress": "are"; not "The aim is to stress", no predicate); nil when `j` ends no such run.
    func auxiliaryBefore(_ j: Int, _ a: Int) -> Int? {
        var y = j
        while y > a && y >= j - 4 {
            guard isLowerWord(y), mentionOf[y] < 0, !inQuote(y) else { return nil }
            if y < j, held.finiteAuxiliaries.contains(toks[y].hash) {
                return y + 1 == j || held.nounPrepositions.contains(toks[y + 1].hash) ? y : nil
            }
            // "is now more willing", "was most proud of", "are growing increasingly frustrated": after "be" a
            // comparative, an adverb or a participle opens the predicate the cue heads (not a noun: "The problem
            // is voters believe…"); so does an adjective whose infinitive is the cue ("Ministers are keen to
            // stress", "Democratic voters are slightly more likely to say": `infinitiveAdjectives`; not "The aim is
            // to stress", where no adjective stands before "to").
            if y < j, toks[y].isA(.beForm) {
                let w = toks[j].hash
                // ("Bolton and Gorka were both sternly critical of": a floating quantifier after "be".)
                let predicate =
                    w == Lexicon.hMore || w == Lexicon.hMostWord || isAdverbLike(j) || endsInIng(j)
                    || y + 1 == j && held.floatingQuantifiers.contains(w)
                    || (y + 1..<j).contains { endsInIng($0) }
                    || held.infinitiveAdjectives.contains(w) && j + 1 < toks.count && toks[j + 1].hash == Lexicon.hTo
                return predicate ? y : nil
            }
            // (A pronoun or "to" ends the run: "in what it calls", "has to".)
            if toks[y].isA(.personPronoun) || toks[y].isA(.otherPronoun) || toks[y].hash == Lexicon.hTo {
                return nil
            }
            y -= 1
        }
        return nil
    }

    /// "a dogged defender of", "the full support of", "a main concern": the description `f...j` right before the
    /// cue word `k` is its article and modifiers, not its subject — it opens on a singular article ("a", "an",
    /// "the", "this") not after a preposition, names no one, ends on a singular word that a bare verb form cannot
    /// follow ("a spokesman criticized", "the report says", "the voters support" keep theirs: a verb in "-s", "-ed"
    /// or the past, or a plural subject), and stands in no relative clause ("People who have seen the plan say":
    /// the clause's object, whose head speaks).
    func isNounCueModifier(_ f: Int, _ j: Int, cue k: Int) -> Bool {
        // (Not after a preposition, where the subject's head stands further back: "Supporters of the law hope",
        // "Sources close to the team say"; nor after "and": "Two aides and a lawyer believe"; nor a plural
        // determiner: "those surveyed say".)
        let d = toks[f].hash
        guard f <= j, k < toks.count, d == Lexicon.hA || d == Lexicon.hAn || d == Lexicon.hThe || d == Lexicon.hThis,
            isLowerWord(k), !inQuote(k), !isAdverbLike(k),
            f == 0
                || !held.nounPrepositions.contains(toks[f - 1].hash) && !isTailPreposition(f - 1)
                    && !followsTailAdjective(f, 0)
                    && toks[f - 1].hash != Lexicon.hAnd
                    && toks[f - 1].hash != Lexicon.hOr
        else {
            return false
        }
        for i in f...j where mentionOf[i] >= 0 || toks[i].kind != .word || toks[i].isA(.numberWord) && i > f {
            return false
        }
        // ("People who have seen the plan say": the object of a relative clause's verb, whose head speaks.)
        var r = f - 1
        let a = sents[sentenceOfToken(f)].tokStart
        while r >= a && r >= f - 6 && toks[r].kind == .word && !inQuote(r) {
            if toks[r].hash == Lexicon.hWho || toks[r].hash == Lexicon.hThat && r < f - 1 { return false }
            r -= 1
        }
        return !looksFinite(k) && (j == f || !endsInS(j))
    }

    /// A plural noun in lower case at `j` (`endsInS`), of four letters or more, no function word: "growers".
    func isPlainPlural(_ j: Int) -> Bool {
        isLowerWord(j) && !toks[j].isA(.function) && !toks[j].has(Token.possessive) && len(j) >= 4 && endsInS(j)
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
        return held.subjectTailPrepositions.contains(h) && h != Lexicon.hTo
    }

    /// Token `f` opens the object of an adjective's preposition inside a subject ("Sources close to the campaign",
    /// "People familiar with her plans": `Lexicon.sourceTailAdjectives`), whose head stands further back.
    func followsTailAdjective(_ f: Int, _ a: Int) -> Bool {
        f - 2 >= a && toks[f - 1].kind == .word && held.sourceTailAdjectives.contains(toks[f - 2].hash)
    }

    /// Token `k` can be a finite verb after a singular subject: in "-s", "-ed" or "-ing", a common irregular past,
    /// an auxiliary or a form of "be", or a past like its noun before an object (`opensBarePast`).
    func looksFinite(_ k: Int) -> Bool {
        let h = toks[k].hash
        return endsInS(k) || isParticiple(k) || endsInIng(k) || held.irregularPasts.contains(h)
            || held.finiteAuxiliaries.contains(h) || held.cueAuxiliaries.contains(h)
            || toks[k].isA(.beForm) || opensBarePast(k)
    }

    /// Token `k` is a cue whose past is its bare form (`AttributionWords.barePastCues`) before what a verb takes
    /// and a noun does not: a figure, "that", an article or a noun ("The company forecast revenue of about
    /// $37.5bn", "forecast a loss") — not a preposition or a verb ("the company forecast of growth", "the bank
    /// forecast was").
    func opensBarePast(_ k: Int) -> Bool {
        guard held.barePastCues.contains(toks[k].hash), k + 1 < toks.count else { return false }
        let n = toks[k + 1]
        switch n.kind {
        case .number: return true
        case .punct: return n.punct == .currency
        case .word:
            return !n.isCap && !n.isBeOrFiniteAuxiliary && !n.isA(.reporting)
                && (!n.isA(.function) || n.isA(.determiner) || n.hash == Lexicon.hThat)
        }
    }

    /// "Rubio's catch phrase", "Sen. Graham's energetic endorsement of": the owner opening the description
    /// `f...j` right before a noun cue `k`, past the cue's own modifiers — a possessive pronoun or a possessive
    /// name, then lower-case words, and a cue word no singular subject's verb could be (`looksFinite`). The
    /// owner is the source ("his aides said" keeps its subject).
    func nounCueOwner(_ f: Int, _ j: Int, cue k: Int) -> Speaker? {
        guard f < j, k < toks.count, isLowerWord(k), !inQuote(k), !isAdverbLike(k), !looksFinite(k), !endsInS(j)
        else { return nil }
        // ("Sources close to his campaign say", "people familiar with her thinking say": the owner's phrase is the
        // object of an adjective's preposition inside the subject, whose head stands further back.)
        if followsTailAdjective(f, 0) { return nil }
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
}
