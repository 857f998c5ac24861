/// Source spans: how far a source before its cue runs back — over the description a name completes ("a
/// spokeswoman for Clinton", `phraseStart`), a conjunct and a list ("Trump and Sanders say", also after "with"
/// before a participle cue: "with Fox News and NBC News calling the race", `coordinationStart`;
/// "Critics like A and B", `exemplifiedStart`), a role or title before a name (`roleStart`), and to the subject's
/// start past a preposition or a relative clause inside it (`subjectStart`, `openingSubjectStart`) or ending right
/// before the cue ("The hacker whose emails were leaked said": `relativeClauseStart`); and which
/// relative clauses stay out (`isReportingRelative`). The conventions they follow are in `SourceSpan.swift`.
extension ReadsMentions {
    /// "a spokesman for the company", "the head of the agency": a description continues back over "of/for/at
    /// the X" to its own determiner. Returns the first token of the phrase, or nil when it adds nothing.
    func phraseStart(before f: Int, _ a: Int) -> Int? {
        guard f - 2 >= a, held.documentTailPrepositions.contains(toks[f - 1].hash), toks[f - 2].kind == .word,
            !inQuote(f - 2)
        else { return nil }
        // "Most of the candidates", "many of her supporters", "only half of them", "much of the media": a
        // quantifier before "of" heads the phrase, with a hedge before it.
        if toks[f - 1].hash == Lexicon.hOf,
            held.quantifierPronouns.contains(toks[f - 2].hash)
                || held.nounQuantifiers.contains(toks[f - 2].hash)
        {
            return hedgeStart(f - 2, a)
        }
        guard !toks[f - 2].isA(.function) || held.groupNouns.contains(toks[f - 2].hash) else { return nil }
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
        if g - 2 >= a, toks[g - 1].hash == Lexicon.hOf, held.quantifierPronouns.contains(toks[g - 2].hash),
            !inQuote(g - 2)
        {
            return hedgeStart(g - 2, a)
        }
        // "Only a quarter of Americans", "nearly half of voters".
        return quantityStart(hedgeStart(g, a), a)
    }

    /// The lower-case content word at `v` is a bare verb: an auxiliary, "not" or "to" stands right before it
    /// ("Ministers will not attend the talks and unions have said they will strike.": the talks are its object, and
    /// "and" joins clauses). Not a noun after a preposition ("Aides close to the minister and the party said…": "to" there
    /// takes no verb, the word after it being no content word).
    func opensBareVerb(_ v: Int, _ a: Int) -> Bool {
        guard v - 1 >= a, !toks[v].isA(.function), isLowerWord(v - 1), !inQuote(v - 1) else { return false }
        let p = toks[v - 1]
        return p.isBeOrFiniteAuxiliary || p.hash == Lexicon.hNot || p.hash == Lexicon.hTo
    }

    /// "Trump and Sanders say", "Clinton and leading Democrats hope": a source before its cue takes the
    /// conjunct before "and" (a name, or a description of people or documents). Not after a preposition
    /// ("the race between Clinton and Sanders"), except "with" opening an absolute clause whose participle is the
    /// cue (`beforeParticiple`: "Sanders won, with Fox News and NBC News calling the race"; not "compared with
    /// Fox News and NBC News, the paper said"): returns the first token of the coordination, or nil.
    func coordinationStart(before f: Int, _ a: Int, beforeParticiple: Bool = false) -> Int? {
        // (A second conjunct opening on a verb joins predicates: "super PACs that sided with Cruz and bankrolled ads
        // attacking Dewhurst".)
        let absolute =
            beforeParticiple && !(isLowerWord(f) && (isParticiple(f) || held.irregularPasts.contains(toks[f].hash)))
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
            if c > a, toks[c - 1].kind == .word, held.coordinationBlockers.contains(toks[c - 1].hash) { return nil }
            return listStart(c, a, absolute: absolute)
        }
        if oxford, let g = appositiveConjunctStart(before: f - 2, a) { return g }
        let n = oxford ? f - 3 : f - 2
        let u = toks[n]
        guard u.kind == .word, !u.has(Token.possessive) || isListedPossessiveName(n), !u.isA(.reporting) else {
            return nil
        }
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
            guard !u.isA(.function) || held.groupNouns.contains(u.hash), !isAdverbLike(n) else { return nil }
            c = descriptionStart(n, a)
        }
        // "Critics like Ann Cole and Tom Hart say", "groups such as the union and the board argue": the people
        // the pair exemplifies head the source.
        if let g = exemplifiedStart(before: c, a) { return g }
        if c > a, toks[c - 1].kind == .word, held.coordinationBlockers.contains(toks[c - 1].hash) { return nil }
        // "Sanders has demonized Wall Street and Trump has disparaged…", "brand you a liar and NBC News will…": a
        // conjunct right after a verb in the past or an object pronoun is that verb's object, and "and" joins clauses.
        if c > a, !inQuote(c - 1), toks[c - 1].kind == .word,
            Lexicon.objectPronouns.contains(toks[c - 1].hash)
                || isLowerWord(c - 1)
                    && (isParticiple(c - 1) || held.irregularPasts.contains(toks[c - 1].hash)
                        || opensBareVerb(c - 1, a))
        {
            return nil
        }
        // (", and" joins clauses more often than names: only inside a list of three or more, "A, B, and C".)
        if oxford {
            guard c - 2 >= a, toks[c - 1].punct == .comma else { return nil }
            let g = listStart(c, a, descriptions: true, absolute: absolute)
            return g < c ? g : nil
        }
        // "Leaders of the Senate and the House filed…": after a preposition the pair completes a subject opening
        // the sentence, or is no source.
        // (No verb form may stand before it: "Five mailed dossiers including photos of victims and an e-mail…".)
        if c > a, toks[c - 1].kind == .word, held.nounPrepositions.contains(toks[c - 1].hash) {
            if absolute && toks[c - 1].hash == Lexicon.hWith { return c }
            let verbBefore = (a..<c).contains { isLowerWord($0) && (isParticiple($0) || endsInIng($0)) }
            return verbBefore || subjectStart(c, a) == nil ? nil : c
        }
        // ("Friends, lobbyists and former foes say": a list of plain plurals, with no comma before "and", too.)
        return listStart(c, a, descriptions: endsInS(n) && isLowerWord(n), absolute: absolute)
    }

    /// The first conjunct of a pair whose first name has an appositive set off by commas, the second comma right
    /// before "and" at `k + 1`: the name opening its clause (with its role), when the words between the commas open
    /// on a lower-case word and hold no verb or quote of their own; a name inside the appositive is no conjunct of
    /// its own. "Dr Sarah Jones, a GP in Leeds, and Prof Mark Lee said the plan would fail." has both doctors as its
    /// source; in "It was backed by Dr Sarah Jones, a GP in Leeds, and Prof Mark Lee said it would fail." the first
    /// name is the object of "by", opening no clause, and Lee alone speaks. Nil otherwise.
    func appositiveConjunctStart(before k: Int, _ a: Int) -> Int? {
        var c = k - 1
        while c > a && c >= k - 12 && toks[c].punct != .comma {
            let u = toks[c]
            if inQuote(c) || u.isDoubleQuote { return nil }
            if u.kind == .punct, u.punct != .hyphen, u.punct != .slash, !isTitlePeriod(c, after: a) { return nil }
            if isLowerWord(c),
                u.isBeOrFiniteAuxiliary || held.irregularPasts.contains(u.hash) || u.isA(.reporting)
                    || held.cueAuxiliaries.contains(u.hash)
            {
                return nil
            }
            c -= 1
        }
        guard c > a, c + 1 < k, toks[c].punct == .comma, !inQuote(c - 1), mentionOf[c - 1] >= 0,
            !toks[c - 1].has(Token.possessive), isLowerWord(c + 1), isAppositiveStart(c + 1), !isParticiple(c + 1)
        else { return nil }
        let m = Int(mentionOf[c - 1])
        guard entities[mentions[m].entity].kind != .place else { return nil }
        let g = roleStart(before: mentions[m].tokStart, a)
        let opens =
            g == a || g - 1 == a && held.coordinators.contains(toks[a].hash)
            || toks[g - 1].kind == .punct && !inQuote(g - 1)
        return opens ? g : nil
    }

    /// Token `n` is a name ending in "'s" that owns nothing: a comma or "and" follows it, so it is a conjunct of a
    /// list of names, not an owner before its noun ("Sainsbury's", "McDonald's" are shops' names). "Tesco,
    /// Sainsbury's and Asda said prices would rise." has all three as its source; in "Tesco's rivals and Asda said
    /// prices would rise." the owner comes before its noun and only the rivals and Asda speak.
    func isListedPossessiveName(_ n: Int) -> Bool {
        guard n + 1 < toks.count, mentionOf[n] >= 0, toks[n].has(Token.possessive), !inQuote(n + 1) else {
            return false
        }
        return toks[n + 1].punct == .comma || toks[n + 1].hash == Lexicon.hAnd
    }

    /// "Critics like Ann Cole and Tom Hart", "groups such as the union and the board": the first token of the plural
    /// noun phrase that "like" or "such as" right before `c` follows (a noun in "-s" or a group noun, not a verb
    /// form), or nil.
    func exemplifiedStart(before c: Int, _ a: Int) -> Int? {
        guard c - 2 >= a, isLowerWord(c - 1), !inQuote(c - 1) else { return nil }
        var p = c - 1
        if toks[p].hash == AttributionWords.like {
            p -= 1
        } else if held.inclusionPartners.contains(toks[p].hash), c - 3 >= a,
            toks[c - 2].hash == AttributionWords.such
        {
            p -= 2
        } else {
            return nil
        }
        // (Capitalised only opening the sentence: "Critics like…".)
        guard isLowerWord(p) || p == a && toks[p].kind == .word && mentionOf[p] < 0, !inQuote(p), !isParticiple(p),
            !toks[p].isA(.reporting),
            held.groupNouns.contains(toks[p].hash) || !toks[p].isA(.function) && endsInS(p)
        else { return nil }
        return descriptionStart(p, a)
    }

    /// "Rubio, Cruz and Kasich", "Neither Maples nor Trump": the first conjunct of a list of names (`descriptions`:
    /// or descriptions, the first a plural when it opens the sentence: "Friends, lobbyists and…") ending at the
    /// conjunct starting at `c`, when the list opens its clause (the sentence start or after punctuation); `c`
    /// otherwise ("In Iowa, Clinton and Sanders said" keeps "Clinton and Sanders"). `absolute`: the list is the
    /// subject of the participle after it, and "with" opens its clause too ("with Donald Trump, Mike Huckabee and
    /// Chris Christie all calling for").
    func listStart(_ c: Int, _ a: Int, descriptions: Bool = false, absolute: Bool = false) -> Int {
        var g = c
        var n = 0
        while n < 4, g - 2 >= a, toks[g - 1].punct == .comma, !inQuote(g - 2),
            !toks[g - 2].has(Token.possessive) || isListedPossessiveName(g - 2)
        {
            if mentionOf[g - 2] >= 0 {
                g = roleStart(before: mentions[Int(mentionOf[g - 2])].tokStart, a)
            } else if descriptions,
                isLowerWord(g - 2) || g - 2 == a && toks[a].kind == .word && mentionOf[a] < 0 && endsInS(a),
                !toks[g - 2].isA(.function), !isParticiple(g - 2),
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
            g == a || g - 1 == a && held.coordinators.contains(toks[a].hash)
            || toks[g - 1].kind == .punct && !inQuote(g - 1)
            || absolute && toks[g - 1].hash == Lexicon.hWith && !inQuote(g - 1)
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
            if u.isBareApostrophe, g - 2 >= a, mentionOf[g - 2] >= 0, !inQuote(g - 2) {
                g = mentions[Int(mentionOf[g - 2])].tokStart
                n += 1
                continue
            }
            // "Mr. de Vos", "Sen. Bernie Sanders": a title abbreviation and its period.
            if isTitlePeriod(g - 1, after: a), !inQuote(g - 2) {
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
        // (An owner's name with its bare apostrophe is a role anywhere: "… and Reuters’ Luciana Lopez argued".)
        if g < f, !determined, !toks[f - 1].isA(.title), !toks[f - 1].isCap, !toks[f - 1].isBareApostrophe, g > a {
            // (Not after "to", "and" or an auxiliary, where the run opens on a verb: "to help start Acme", "and
            // help Cruz", "wouldn't affect Clinton"; nor after a number: "two primary reasons Israel".)
            let p = toks[g - 1]
            // ("the kind of campaign Ayotte hoped to run": the noun a "kind of" qualifies is the head of a relative
            // clause without "that", as "the kind Hart described" is: no role of the name.)
            if p.hash == Lexicon.hOf, g - 2 >= a, held.kindNouns.contains(toks[g - 2].hash) { return f }
            let opener =
                p.kind == .word
                ? p.isA(.function) && p.hash != Lexicon.hTo
                    && (p.hash != Lexicon.hAnd && p.hash != Lexicon.hOr || g - 1 == a)
                    && !held.cueAuxiliaries.contains(p.hash) && !p.isA(.numberWord) && !p.isA(.beForm)
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
        guard g < f - 1, g > a, held.articles.contains(toks[g].hash), !inQuote(g - 1), toks[g - 1].kind == .word
        else { return false }
        for i in (g + 1)..<f where !isLowerWord(i) || toks[i].isA(.title) || toks[i].isA(.function) { return false }
        let p = toks[g - 1]
        return p.isA(.beForm) || p.hash == Lexicon.hNot || held.impersonalContractions.contains(p.hash)
            || isLowerWord(g - 1) && !p.isA(.function) && !p.isA(.reporting) && !isAdverbLike(g - 1)
    }

    /// "People briefed on the talks say", "Democrats trying to win the Senate in November say", "female donors in
    /// both parties described", "sources close to her campaign say", "a woman who had been a student in Ohio
    /// asked", "Doctors unconnected to the research said" ("to" after a participle, as after "close"): the source
    /// found before a cue (starting at `f`) is the object of a preposition, a participle or a relative clause inside
    /// the subject opening its clause (after a coordinator or an opening adverbial: "At the
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
        // escalator in New York to declare". After the comma a coordinator may join the clause: "The plan failed,
        // but sources close to the chancellor said no decision had been taken.")
        var o = c + 1
        if o + 1 < f, isLowerWord(o), held.coordinators.contains(toks[o].hash) { o += 1 }
        let t = toks[o]
        guard
            t.isA(.determiner) || t.isA(.possessivePronoun) || held.quantifierPronouns.contains(t.hash)
                || held.groupNouns.contains(t.hash)
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
            held.nounPrepositions.contains(toks[f - 1].hash) || isTailPreposition(f - 1) || endsInIng(f - 1)
            || isParticiple(f - 1)
            || toks[f - 1].hash == Lexicon.hTo && f - 2 > a
                && (held.sourceTailAdjectives.contains(toks[f - 2].hash) || isLowerWord(f - 2) && isParticiple(f - 2))
        // ("Sen. Ann Cole on Wednesday morning called…": a time is no object inside the subject — unless it is a
        // participle's own: "Disclosures filed on Sunday night revealed…".)
        if toks[f - 1].hash == Lexicon.hOn, toks[f].isA(.weekday) || held.timeWords.contains(toks[f].hash),
            !(f - 2 > a && isLowerWord(f - 2) && isParticiple(f - 2))
        {
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
        if o + 1 < f, toks[o].kind == .word, !inQuote(o), held.subordinators.contains(toks[o].hash) {
            o += 1
        }
        // "Nearly all of the mayors of the largest cities in the nation have endorsed…": a hedge opens the phrase
        // its quantifier heads (the checks below start at the quantifier).
        var hedge: Int? = nil
        if o + 1 < f, toks[o].kind == .word, !inQuote(o), held.partitiveHedges.contains(toks[o].hash) {
            hedge = o
            o += 1
        }
        guard f > o, f - o <= 20 else { return nil }
        if !attached, !(o + 1..<f).contains(where: { toks[$0].hash == Lexicon.hWho && !inQuote($0) }) { return nil }
        let t = toks[o]
        guard t.kind == .word || t.kind == .number, !inQuote(o), !isAdverbLike(o), !endsInIng(o),
            t.kind == .number || t.isA(.determiner) || held.quantifierPronouns.contains(t.hash)
                || !t.isA(.function) || held.groupNouns.contains(t.hash)
        else { return nil }
        var relative: Int? = nil
        for i in o..<f {
            let u = toks[i]
            if inQuote(i) { return nil }
            if u.kind == .punct {
                // ("Friends of Mr. Clinton's…": a title's period.)
                let joins =
                    u.punct == .hyphen || u.punct == .slash || u.punct == .percent
                    || u.isBareApostrophe
                    || isTitlePeriod(i, after: o)
                if !joins { return nil }
                continue
            }
            guard u.kind == .word, relative == nil else { continue }
            // "a woman who had been…", "Friends of his who have seen…": a relative clause after a noun (or after
            // "of his", an owner standing for one) carries its own verbs and pronouns.
            if i > o, u.isA(.relativePronoun) && u.hash != Lexicon.hWhich, toks[i - 1].kind == .word,
                !toks[i - 1].isA(.function) || held.groupNouns.contains(toks[i - 1].hash)
                    || toks[i - 1].isA(.possessivePronoun) && i - 2 > o && toks[i - 2].hash == Lexicon.hOf,
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
                if held.articles.contains(n.hash) || n.isA(.possessivePronoun)
                    || verbForm && (mentionOf[i + 1] >= 0 || n.kind == .number) || verbForm && mentionOf[i - 1] >= 0
                {
                    return nil
                }
            }
            // ("More than half of…": a hedge.)
            let hedge = i > o && Lexicon.hedgePairs.contains { $0.0 == toks[i - 1].hash && $0.1 == u.hash }
            if u.isA(.beForm) || held.cueAuxiliaries.contains(u.hash)
                || held.subjectBreakers.contains(u.hash) && !hedge || u.isA(.personPronoun)
                || isLowerWord(i) && held.irregularPasts.contains(u.hash)
            {
                // ("Experts not involved in the trial": a negation inside the subject breaks nothing.)
                if isNegatedReducedRelative(i, o, f) { continue }
                return nil
            }
        }
        return relative != nil || f - o <= 12 ? hedge ?? o : nil
    }

    /// "Experts not involved in the trial said", "Doctors never connected to the clinic said", "The nurses not on
    /// duty said": a negation at `i` between a noun and a prepositional phrase, or a participle or adjective that
    /// takes one, opens a reduced relative clause inside the subject (from `o`, before `f`), as "who were not
    /// involved in" does — no auxiliary of a verb. Not after an auxiliary, where it negates the verb ("The mayor did
    /// not respond to the council and said": the mayor).
    func isNegatedReducedRelative(_ i: Int, _ o: Int, _ f: Int) -> Bool {
        guard i > o, i + 1 < f, held.negations.contains(toks[i].hash), !inQuote(i) else { return false }
        let p = toks[i - 1]
        guard p.kind == .word, !p.isA(.function) || held.groupNouns.contains(p.hash), !p.isA(.reporting),
            !isParticiple(i - 1), !endsInIng(i - 1)
        else { return false }
        if opensNegatedPhrase(i + 1) { return true }
        let n = i + 1
        guard n + 1 < f, isLowerWord(n), !toks[n].isA(.function), !toks[n].isA(.reporting) else { return false }
        return opensNegatedPhrase(n + 1)
    }

    /// Token `q` opens the prepositional phrase of a negated reduced relative (`isNegatedReducedRelative`): a noun's
    /// preposition, "to" or a preposition that carries a subject on. (A method, not a closure: a closure would
    /// capture this stage, a copy of it per call.)
    private func opensNegatedPhrase(_ q: Int) -> Bool {
        held.nounPrepositions.contains(toks[q].hash) || toks[q].hash == Lexicon.hTo || isTailPreposition(q)
    }

    /// "The hacker whose emails were leaked said", "The plans that countries offered promised", "the man they
    /// arrested admitted": a restrictive relative clause whose verb ends right before the cue (at `j`) belongs to
    /// the noun phrase it follows, which is the source, clause and all (as in "Residents who were evacuated
    /// said"). Returns that phrase's first token and its head. Nil unless `j` is a verb's past or participle and,
    /// within six words before it with no punctuation, "whose", "who", "whom", "that" or "which" — or, for a
    /// relative with no pronoun, a subject pronoun — follows a noun: not a verb, whose "that" opens a complement,
    /// nor a time, after which a pronoun opens a clause.
    func relativeClauseStart(ending j: Int, _ a: Int) -> (start: Int, head: Int)? {
        guard j - 2 >= a, isLowerWord(j), !inQuote(j), !toks[j].isA(.function), !toks[j].isA(.reporting),
            isParticiple(j) || held.irregularPasts.contains(toks[j].hash) || toks[j - 1].isA(.beForm)
        else { return nil }
        var r = j - 1
        var bare = false
        while true {
            guard r - 1 >= a, r >= j - 6, toks[r].kind == .word, !inQuote(r) else { return nil }
            let h = toks[r].hash
            if h == Lexicon.hWhose || h == Lexicon.hWhom || toks[r].isA(.relativePronoun) { break }
            // (A clause with no pronoun opens on its subject: "the man they arrested", "His statement officials
            // released"; "the plan that they offered" has one before the subject.)
            if isSubjectPronoun(r) && (toks[r].isA(.personPronoun) || toks[r].isA(.otherPronoun))
                || isLowerWord(r) && held.groupNouns.contains(h)
            {
                let p = toks[r - 1].hash
                if p == Lexicon.hWhom || p == Lexicon.hThat || p == Lexicon.hWhich {
                    guard r - 2 >= a else { return nil }
                    r -= 1
                } else {
                    bare = true
                }
                break
            }
            r -= 1
        }
        let n = r - 1
        let head = toks[n]
        // (A cue word is a noun after a determiner: "The plans that countries offered".)
        let determined = n - 1 >= a && (toks[n - 1].isA(.determiner) || toks[n - 1].isA(.possessivePronoun))
        guard head.kind == .word, !inQuote(n), !head.has(Token.possessive), !head.isA(.reporting) || determined,
            !head.isA(.beForm), !head.isA(.timeUnit), !head.isA(.weekday), !head.isA(.month), !endsInIng(n),
            mentionOf[n] >= 0 || !isParticiple(n) && !isAdverbLike(n),
            mentionOf[n] >= 0 || !head.isA(.function) || held.groupNouns.contains(head.hash)
        else { return nil }
        let g = mentionOf[n] >= 0 ? roleStart(before: mentions[Int(mentionOf[n])].tokStart, a) : descriptionStart(n, a)
        // (With no pronoun the head needs its determiner: a bare noun before a pronoun may open the clause as an
        // adverbial, not head a relative.)
        guard !bare || toks[g].isA(.determiner) || toks[g].isA(.possessivePronoun) else { return nil }
        return (g, n)
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
                && !held.subjectTailPrepositions.contains(p.hash) && p.hash != Lexicon.hAnd
                && !held.descriptionModifiers.contains(p.hash) && !held.groupNouns.contains(p.hash)
                && !held.quantifierPronouns.contains(p.hash) && !held.predeterminers.contains(p.hash)
            {
                return nil
            }
            if isLowerWord(f - 1), !endsInIng(f - 1),
                p.isA(.beForm) || p.isA(.reporting) || held.cueAuxiliaries.contains(p.hash)
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
                isAdverbLike(x) || toks[x].isBeOrFiniteAuxiliary
                    || held.cueAuxiliaries.contains(h) || toks[x].hash == Lexicon.hNot
            else { return false }
            x += 1
        }
        return false
    }
}
