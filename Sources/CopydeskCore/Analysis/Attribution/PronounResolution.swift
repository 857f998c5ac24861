/// Pronoun speakers resolve to people: those named earlier in the same sentence, else in the nearest earlier
/// sentence of this or the previous paragraph that names any (names inside quotes do not count). When that
/// sentence's own speaker is one of them, the pronoun means the speaker (or the person the same pronoun speaking
/// there resolved to); else a person opening that sentence, its subject, does (GUIDE.md: the previous sentence's
/// subject settles who spoke), also after a phrase fronted before it ("Asked about the vote, Ban demurred") or a role
/// ("Retired Army Col. Tom Hart started…"). Of several candidates, a person named in what the pronoun says is not
/// its referent: a speaker does not name himself (`AttributionFinder`, once the content is known); when each person
/// the sentence names is named there, the earlier sentences are read ("Hallam chairman Andy Bell said the deal was
/// good. The club paid £2m for Ade's academy place, he added.": Bell). A
/// sentence whose subject is a person described by a title or a trade ("The former ambassador discussed Trump's
/// plans", "The United boss said…") passes on the person named before with that title ("Sen. Ted Cruz … The
/// senator said…"), else leaves a later pronoun unresolved: the people it names are objects. A name that describes a thing of the person's ("the Obama
/// administration") is no referent. A person named there as a woman is never "he", nor one named as a man "she": by
/// an honorific or title ("Mr Blunkett … Mrs Quinn's son, whom he says he fathered": Blunkett) or a given name
/// ("Hillary Clinton … he": not her; `NameKey.personGender`, `Gender.swift`). That mention's own words count, else,
/// when they show no gender ("Clinton"), the given name of the entity's canonical name, which the name stage
/// decides over the whole document; not the entity's other mentions: a segment of a large document sees only its
/// own (and "Mr. Trump" and "Ms. Trump" may share an entity).
/// A description that stands for a person ("the Brazilian", "the 35-year-old": `describesPerson`) resolves the same
/// way, over names of unknown kind too; a possessive that owns a noun cue ("his concern that…") as its subject's
/// form ("he"). Where no sentence's speaker or subject settles the candidates, the last speaker before them goes
/// on (`settled`, inside `resolvePronoun`).
extension ReadsMentions {
    /// People named outside quotes, per sentence, in text order, each with the gender its mention's own words show
    /// (its honorific, title or given name: `NameKey.personGender`), else the given name of its entity's canonical
    /// name, which the name stage decides over the whole document (each entity's read once). One flat list: only a
    /// pronoun reads a sentence's people. Not a name between an article and a lower-case word, which describes a
    /// thing of the person's and refers to nobody ("The Romney attack hit Trump, and he responded": Trump; "the
    /// Obama administration", "a Sanders supporter"; not "the Clinton of lore").
    func personsBySentence(isPerson: [Bool]) -> FlatLists<PersonAt> {
        var pairs: [(Int, PersonAt)] = []
        // Per entity: its canonical name's gender, once read (`Gender.rawValue`; 0xFF: not yet).
        var canonical = [UInt8](repeating: 0xFF, count: entities.count)
        for m in mentions where !m.inQuote && isPerson[m.entity] {
            if m.tokStart > sents[m.sentence].tokStart, m.tokEnd < sents[m.sentence].tokEnd,
                held.articles.contains(toks[m.tokStart - 1].hash), isLowerWord(m.tokEnd),
                !toks[m.tokEnd].isA(.function), !toks[m.tokEnd - 1].has(Token.possessive)
            {
                continue
            }
            var gender = m.name.personGender
            if gender == .unknown {
                if canonical[m.entity] == 0xFF { canonical[m.entity] = canonicalGender(m.entity).rawValue }
                gender = Gender(rawValue: canonical[m.entity]) ?? .unknown
            }
            pairs.append((m.sentence, (m.range.start, m.entity, gender)))
        }
        return FlatLists(count: sents.count, pairs)
    }

    /// The people a pronoun at token `p` may refer to; the nearest is last.
    /// `pastOwnSentence`: the people named in the pronoun's own sentence are passed over, as when each is named in
    /// what the pronoun says (`AttributionFinder`).
    func resolvePronoun(
        at p: Int, sentence s: Int, persons: FlatLists<PersonAt>, attributions: [Attribution],
        bySentence: [Range<Int>], pastOwnSentence: Bool = false
    ) -> [Int] {
        // Each entity once, at its last place. Reserved, and a slice read as it is: `removeAll(where:)` and a copy
        // of the slice each allocated.
        func distinct<C: Collection<PersonAt>>(_ list: C) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(list.count)
            for (_, e, _) in list {
                if let i = out.firstIndex(of: e) { out.remove(at: i) }
                out.append(e)
            }
            return out
        }
        // A possessive speaks as its subject's form ("Cole voiced his concern that…": "his" as "he").
        let h = toks[p].hash
        let pronoun =
            h == AttributionWords.hHis ? AttributionWords.hHe : h == AttributionWords.hHer ? AttributionWords.hShe : h
        // The pronoun's gender excludes the people named as the other ("he": no "Mrs Quinn", no "Hillary Clinton").
        let other: Gender =
            pronoun == AttributionWords.hHe ? .female : pronoun == AttributionWords.hShe ? .male : .unknown
        /// Whether a person of gender `g` may be the pronoun's.
        func fits(_ g: Gender) -> Bool { other == .unknown || g != other }
        let here = pastOwnSentence ? [] : persons[s].filter { $0.offset < Int(toks[p].start) && fits($0.gender) }
        if !here.isEmpty {
            let cands = distinct(here)
            if cands.count > 1 {
                // "Cruz says he is tied with Marco Rubio, in a finish that he said…": the sentence's own earlier
                // speaker, else its subject (a person opening the sentence), is the referent.
                for ai in bySentence[s] where attributions[ai].cueRange.start < Int(toks[p].start) {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                if let e = openingPerson(here, sentence: s) { return [e] }
                return settled(cands, before: s)
            }
            return cands
        }
        var s2 = s - 1
        let para = sents[s].paragraph
        // A pronoun or description the sentence before opens with as its subject continues that sentence's own
        // subject further back: its other people are objects ("Henman beat Martin. He lost to Federer last year.
        // “I felt good,” said the Briton.": Henman). A pronoun only skips the same pronoun ("She met Tom. He said":
        // Tom).
        let described = !toks[p].isA(.personPronoun) && pronoun == h
        // A sentence whose speaker was itself a resolved pronoun (the same one) or description passes that person on.
        func passedOn(_ relations: Range<Int>) -> Int? {
            for ai in relations.reversed() {
                let a = attributions[ai]
                guard let e = a.entity, a.candidates.count == 1 else { continue }
                if a.isPronoun, a.speakerRange.map({ pronoun == wordHash(syntax.text[$0]) }) ?? (other == .unknown) {
                    return e
                }
                if !a.isPronoun && a.speakerForm == .description { return e }
            }
            return nil
        }
        while s2 >= 0 && s2 >= s - 30 && sents[s2].paragraph >= para - 1 && !paras[sents[s2].paragraph].isHeadline {
            let opener = sents[s2].tokStart
            if described ? toks[opener].isA(.personPronoun) : toks[opener].hash == pronoun,
                opener + 1 < sents[s2].tokEnd, toks[opener + 1].kind == .word
            {
                // The opener (or the same pronoun later in that sentence) speaks there: its person, when resolved,
                // is this one's ("He propounded … what he saw as …": "saw" resolved "he").
                if let e = passedOn(bySentence[s2]) { return [e] }
                let at = Int(toks[opener].start)
                if !bySentence[s2].contains(where: { attributions[$0].speakerRange?.start == at }) {
                    s2 -= 1
                    continue
                }
            }
            // "The former ambassador also discussed Trump's plans. He stated…": the sentence's subject is a person
            // described, not named; those it names are objects.
            if !described, let head = personDescriptionHead(s2) {
                if let e = passedOn(bySentence[s2]) { return [e] }
                return titled(toks[head].hash, before: s2, persons: persons, fits: fits).map { [$0] } ?? []
            }
            let named = persons[s2].filter { fits($0.gender) }
            if !named.isEmpty {
                let cands = distinct(named)
                // The previous sentence's speaker is the natural referent, named there or resolved from the same
                // pronoun ("…, she said, was a question to Clinton. “I got angry,” she said.": not Clinton), else
                // its subject ("Clark met Ma on Monday. “It went well,” he said.": Clark).
                for ai in bySentence[s2].reversed() {
                    if let e = attributions[ai].entity, cands.contains(e) { return [e] }
                }
                if let e = passedOn(bySentence[s2]) { return [e] }
                if cands.count > 1, let e = openingPerson(named, sentence: s2) { return [e] }
                return cands.count > 1 ? settled(cands, before: s2) : cands
            }
            if let e = passedOn(bySentence[s2]) { return [e] }
            s2 -= 1
        }
        return []

        /// Candidates no sentence's speaker or subject settled (`cands`), settled as a reader would: the speaker goes
        /// on. The last speaker before sentence `s3` (where the candidates are named), within three sentences of its
        /// paragraph or the one before, named or the same pronoun resolved, is the referent when it is a candidate
        /// ("“It's a cheerleading contest,” he said. Did that mean Garcia would vote for Donald Trump? “No,” he said.":
        /// Garcia). Not:
        /// - past a person `s3` describes by a title or a trade: "he" stays open in
        ///   "In Beijing, the minister met Mr Ma and Mr Clark. “It was useful,” he said.";
        /// - a source of two people ("Donald Trump and Marco Rubio were pressed" names no one speaker);
        /// - a person another pronoun resolved to ("Christie said …, he said. … “It looked like heartbreak,” she
        ///   said.": one "he" is no "she");
        /// - by gender where only one candidate's name shows one: an unlisted given name shows none, and "Mr Ma and
        ///   Dr. José Núñez met on Monday. … he" would go to Ma.
        func settled(_ cands: [Int], before s3: Int) -> [Int] {
            // (A title or a trade with no name after it describes a person who may be the one who goes on.)
            for k in sents[s3].tokStart..<sents[s3].tokEnd
            where isLowerWord(k) && isRoleWord(k)
                && !(k + 1 < sents[s3].tokEnd && mentionOf[k + 1] >= 0) && !inQuote(k)
            {
                return cands
            }
            var s4 = s3 - 1
            // People a speaking pronoun other than this one resolved to.
            var otherPronoun: [Int] = []
            while s4 >= 0 && s4 >= s3 - 3 && sents[s4].paragraph >= sents[s3].paragraph - 1
                && !paras[sents[s4].paragraph].isHeadline
            {
                for ai in bySentence[s4].reversed() {
                    let a = attributions[ai]
                    guard a.kind != .carried, a.kind != .implicit, let e = a.entity, a.candidates.count <= 1 else {
                        continue
                    }
                    let same = a.isPronoun && a.speakerRange.map({ pronoun == wordHash(syntax.text[$0]) }) == true
                    if a.isPronoun && !same {
                        otherPronoun.append(e)
                        continue
                    }
                    guard same || a.speakerForm != .description else { continue }
                    if otherPronoun.contains(e) { return cands }
                    // ("Donald Trump and Marco Rubio were pressed": a source of two people names no one speaker.)
                    let joint = a.sourceRange.map { r in
                        persons[s4].contains { $0.entity != e && r.start <= $0.offset && $0.offset < r.end }
                    }
                    return cands.contains(e) && joint != true ? [e] : cands
                }
                s4 -= 1
            }
            return cands
        }
    }

    /// Token `k` is a title or a trade (`EntityWords.occupationsBeforeNames`): "senator", "boss", "minister".
    private func isRoleWord(_ k: Int) -> Bool {
        toks[k].isA(.title) || held.occupationsBeforeNames.contains(toks[k].hash)
    }

    /// A description that stands for one person named before it: "the" and a nationality ("the Brazilian",
    /// `EntityWords.demonymNouns`) or an age ("the 35-year-old"), tokens `first...last`.
    func describesPerson(_ first: Int, _ last: Int) -> Bool {
        guard toks[first].hash == Lexicon.hThe, last > first else { return false }
        if last == first + 1 { return toks[last].isCap && held.demonymNouns.contains(toks[last].base) }
        return last <= first + 3 && toks[first + 1].kind == .number && toks[last].hash == Lexicon.hYearOld
    }

    /// The organisation that "the" and a noun of organisations (`range`: "the firm", "the association") stands for:
    /// the nearest one named before it, outside quotes, in its sentence or the ones before in this or the previous
    /// paragraph, whose name ends in that noun (any of the lexicon's organisation suffixes: "the association":
    /// "Local Government Association", "the court": "Supreme Court"), else, for a noun that names one kind of
    /// business or body (`EntityWords.organisationNouns`, data: "the firm", "the airline", "the agency"), the
    /// nearest organisation that is no party nor, unless the noun may name one ("the agency", "the regulator":
    /// `EntityWords.publicBodyNouns`), a public body ("Police", "the Senate": `EntityWords.publicBodyHeads`; "the
    /// bank said" after "Police said" is no police); a noun that may name a public body takes the nearest body named
    /// as one before any business (`EntityWords.regulatorHeads`: "The Financial Services Authority has fined lender
    /// Northgate… The watchdog said"). "the group", "the party" are groups of people as often: only a
    /// name ending so counts; "the campaign", "the administration" are someone's
    /// (`EntityWords.ownedOrganisationNouns`): never. An outlet told or shown what the article reports is no
    /// candidate ("In a letter to staff seen by the BBC, the firm warned": `receivesTheReport`).
    func describedOrganisation(_ range: TextRange, sentence s: Int) -> Int? {
        var k = sents[s].tokStart
        while k < sents[s].tokEnd && Int(toks[k].start) < range.start { k += 1 }
        guard k + 1 < sents[s].tokEnd, Int(toks[k].start) == range.start, toks[k].hash == Lexicon.hThe,
            Int(toks[k + 1].end) == range.end, isLowerWord(k + 1),
            !held.ownedOrganisationNouns.contains(toks[k + 1].hash)
        else { return nil }
        let head = toks[k + 1].hash
        let business = held.organisationNouns.contains(head)
        guard business || toks[k + 1].isA(.orgSuffix) else { return nil }
        let publicBody = held.publicBodyNouns.contains(head)
        let para = sents[s].paragraph
        var nearest: Int? = nil
        // "the watchdog", "the regulator" prefer a body named as one ("The Financial Services Authority has fined
        // lender Northgate… The watchdog said"), over a business named after it.
        var nearestBody: Int? = nil
        // Back over the window's tokens (not the document's mentions: work bounded by two paragraphs), meeting
        // each mention at its last token.
        var s2 = s
        var j = k - 1
        while s2 >= 0 && sents[s2].paragraph >= para - 1 && !paras[sents[s2].paragraph].isHeadline {
            while j >= sents[s2].tokStart {
                let m = Int(mentionOf[j])
                if m >= 0, mentions[m].tokEnd - 1 == j, !mentions[m].inQuote, !receivesTheReport(m) {
                    if toks[j].hash == head { return mentions[m].entity }
                    if business && nearest == nil && entities[mentions[m].entity].kind == .organization
                        && (publicBody || !held.publicBodyHeads.contains(toks[j].base))
                        && !held.partyNames.contains(toks[j].base)
                    {
                        nearest = mentions[m].entity
                    }
                    if publicBody && nearestBody == nil && entities[mentions[m].entity].kind == .organization
                        && (held.publicBodyHeads.contains(toks[j].base)
                            || held.regulatorHeads.contains(toks[j].base))
                    {
                        nearestBody = mentions[m].entity
                    }
                }
                j -= 1
            }
            s2 -= 1
        }
        return nearestBody ?? nearest
    }

    /// Mention `m` names who was told or shown what the article reports, not a body that acts in it: "told the
    /// BBC", "seen by the BBC", "obtained by" (`VagueWords.sightParticiples`).
    private func receivesTheReport(_ m: Int) -> Bool {
        var p = mentions[m].tokStart - 1
        if p >= 0, toks[p].hash == Lexicon.hThe { p -= 1 }
        guard p >= 0, toks[p].kind == .word else { return false }
        if toks[p].hash == Lexicon.hTold { return true }
        return p > 0 && toks[p].hash == Lexicon.hBy && held.sightParticiples.contains(toks[p - 1].hash)
    }

    /// The gender the given name of entity `e`'s canonical name shows (a name of two or more words; not for an
    /// organisation or a place).
    private func canonicalGender(_ e: Int) -> Gender {
        guard entities[e].kind != .organization, entities[e].kind != .place, var name = entities[e].canonical else {
            return .unknown
        }
        // The first word's bytes, hashed in place: no string is made of it (a person's entity is read per document).
        return name.withUTF8 { b in
            guard let space = b.firstIndex(of: 0x20) else { return .unknown }
            return Gender(givenName: wordHash(bytes: UnsafeBufferPointer(rebasing: b[..<space])))
        }
    }

    /// The person of `named` (a sentence's people, in text order) who opens sentence `s`, past a leading title
    /// or honorific ("Dr. Sanders trails…") or a phrase fronted before the subject ("Asked about the vote, Clark
    /// said…": `frontedSubject`): the sentence's subject; nil when another person shares it ("Ma and Núñez
    /// met…").
    private func openingPerson(_ named: [PersonAt], sentence s: Int) -> Int? {
        let end = sents[s].tokEnd
        var k = pastTitles(sents[s].tokStart, end: end)
        var at = 0
        if let first = named.first, first.offset <= Int(toks[k].start) {
            // The sentence opens with the person.
        } else if let r = roleOpening(named, opening: k, end: end) {
            k = r
        } else if let fronted = frontedSubject(named, opening: k, end: end) {
            (at, k) = fronted
        } else {
            return nil
        }
        // Past the name's words and initials: "and" then another person is a shared subject; a possessive
        // ("Clark's aide called Hale") is no subject, though the holder of the role it owns may be
        // (`ownersRoleHolder`).
        let person = named[at]
        var j = k
        while j < end && (toks[j].isCap || toks[j].punct == .period) {
            if toks[j].has(Token.possessive) { return ownersRoleHolder(named, owner: at, possessive: j, end: end) }
            j += 1
        }
        if j + 1 < end, toks[j].hash == Lexicon.hAnd, named.count > at + 1, named[at + 1].entity != person.entity,
            named[at + 1].offset <= Int(toks[min(j + 3, end - 1)].start)
        {
            return nil
        }
        // "Former Trump aide Tom Hart met…": a name right before a role (a title in lower case, `.title`) and another
        // person's name modifies the role, it is no subject ("Stovall joined Cruz" is).
        if named.count > at + 1, named[at + 1].entity != person.entity {
            var m = j
            while m < end && m < j + 3 && isLowerWord(m) && !toks[m].isA(.function) { m += 1 }
            if m > j, m < end, toks[m - 1].isA(.title), Int(toks[m].start) == named[at + 1].offset { return nil }
        }
        return person.entity
    }

    /// The person of `named` who holds the role an owner's possessive (at token `k`, the owner at `named[at]`)
    /// opening the sentence names, set off between commas right after it: the subject. In "Mary Hart's deputy, Jane
    /// Rowe, was also there." Jane Rowe is; in "Mary Hart's aide called Jane Rowe." nobody named is (no role set
    /// off). Up to three lower-case words name the role.
    private func ownersRoleHolder(_ named: [PersonAt], owner at: Int, possessive k: Int, end: Int) -> Int? {
        var j = k + 1
        while j < end && j <= k + 3 && isLowerWord(j) && !toks[j].isA(.function) { j += 1 }
        guard j > k + 1, j + 1 < end, toks[j].punct == .comma, named.count > at + 1 else { return nil }
        let holder = named[at + 1]
        let t = pastTitles(j + 1, end: end)
        guard holder.offset == Int(toks[j + 1].start) || holder.offset == Int(toks[t].start) else { return nil }
        var n = t
        while n < end && (toks[n].isCap || toks[n].punct == .period) { n += 1 }
        guard n < end, toks[n].punct == .comma else { return nil }
        return holder.entity
    }

    /// The title word of a person described by a title and no name opening sentence `s`: "The" and up to three words
    /// ending in a title or a trade in lower case (`EntityWords.occupationsBeforeNames`) that is no adjective
    /// (`EntityWords.adjectivalTitles`), then a lower-case word other than "and", "or", "of" ("The former ambassador
    /// also discussed…", "The Vermont senator is struggling…", "The United boss said…"; not "The president's plan",
    /// "The secretary of state", "The general election").
    private func personDescriptionHead(_ s: Int) -> Int? {
        let start = sents[s].tokStart
        let end = sents[s].tokEnd
        guard toks[start].hash == Lexicon.hThe else { return nil }
        var j = start + 1
        while j < min(end, start + 5) && toks[j].kind == .word && !toks[j].has(Token.possessive)
            && !(isLowerWord(j) && !isRoleWord(j))
        {
            j += 1
        }
        guard j > start + 1, j < end, isLowerWord(j), isLowerWord(j - 1), isRoleWord(j - 1),
            !held.adjectivalTitles.contains(toks[j - 1].hash)
        else { return nil }
        let h = toks[j].hash
        return h != Lexicon.hAnd && h != Lexicon.hOr && h != Lexicon.hOf ? j - 1 : nil
    }

    /// The person a description by title word `title` ("The chancellor said…", "The senator is…") stands for: the
    /// nearest one named before sentence `s`, in it or the sentences before in its paragraph and the previous one,
    /// outside quotes, with that title at the name ("Chancellor Gordon Brown", "Sen. Ted Cruz": an abbreviation
    /// counts as its word, `AttributionWords.titleAbbreviations`) and a gender that `fits`; nil when none is.
    private func titled(_ title: UInt64, before s: Int, persons: FlatLists<PersonAt>, fits: (Gender) -> Bool) -> Int? {
        let para = sents[s].paragraph
        var s3 = s - 1
        while s3 >= 0 && sents[s3].paragraph >= para - 1 && !paras[sents[s3].paragraph].isHeadline {
            for person in persons[s3].reversed() where fits(person.gender) {
                var k = sents[s3].tokStart
                while k < sents[s3].tokEnd && Int(toks[k].start) < person.offset { k += 1 }
                guard k < sents[s3].tokEnd, mentionOf[k] >= 0 else { continue }
                let m = mentions[Int(mentionOf[k])]
                let from = m.tokStart > sents[s3].tokStart && isLowerWord(m.tokStart - 1) ? m.tokStart - 1 : m.tokStart
                for t in from..<m.nameStart where toks[t].isA(.title) {
                    if toks[t].hash == title || AttributionWords.titleAbbreviations[toks[t].hash] == title {
                        return person.entity
                    }
                }
            }
            s3 -= 1
        }
        return nil
    }

    /// Token `k` and on, past titles, honorifics and their dots ("Dr. Sanders").
    private func pastTitles(_ k: Int, end: Int) -> Int {
        var k = k
        while k < end - 1 && (toks[k].punct == .period || toks[k].isA(.title) || toks[k].isA(.honorific)) { k += 1 }
        return k
    }

    /// "Retired Army Col. Lawrence Wilkerson started Maher's rant when he…", "Labour pollster Ann Reeve told…": the
    /// first person of `named` after a role of up to five capitalised or content words opening the sentence at `k`,
    /// when a verb follows the name (not "Former Trump aide Tom Hart", where the first person modifies a noun). The
    /// name's first token, or nil.
    private func roleOpening(_ named: [PersonAt], opening k: Int, end: Int) -> Int? {
        guard let first = named.first else { return nil }
        var j = k
        while j < end && j < k + 6 && Int(toks[j].start) < first.offset {
            let t = toks[j]
            guard
                t.kind == .word && !t.isA(.function) && !t.has(Token.possessive) && !isAdverbLike(j) && !inQuote(j)
                    || t.punct == .period
            else { return nil }
            j += 1
        }
        guard j > k, j < end, Int(toks[j].start) == first.offset else { return nil }
        var n = j
        while n < end && (toks[n].isCap || toks[n].punct == .period) { n += 1 }
        return n < end && opensVerbPhrase(n) ? j : nil
    }

    /// The subject after a phrase fronted before it, in a sentence opening at token `k` (past titles) with a word
    /// that is no name nor in a quote — a preposition, a participle, an adverb, a conjunction: the first person of
    /// `named` right after a comma within 40 tokens, outside quotes, past titles ("In his speech on Monday,
    /// Calderon said", "Asked whether Trump, who…, could win, Ban demurred"; one named inside the phrase is no
    /// subject: "After meeting Ma in Beijing, Clark flew home"), when a lower-case word other than "and" or "or"
    /// follows the name (a verb; not a list: "…was backed by Trump, Cruz, Rubio and Kasich"). Its index in `named`
    /// and its first token.
    private func frontedSubject(_ named: [PersonAt], opening k: Int, end: Int) -> (Int, Int)? {
        guard toks[k].kind == .word, mentionOf[k] < 0, !inQuote(k) else { return nil }
        var c = k + 1
        while c < min(end - 2, k + 40) {
            if inQuote(c) { return nil }
            if toks[c].punct == .comma {
                let t = pastTitles(c + 1, end: end)
                let from = Int(toks[c + 1].start)
                if let i = named.firstIndex(where: { $0.offset >= from && $0.offset <= Int(toks[t].start) }) {
                    var j = t
                    while j < end && (toks[j].isCap || toks[j].punct == .period) { j += 1 }
                    guard j < end, isLowerWord(j), toks[j].hash != Lexicon.hAnd, toks[j].hash != Lexicon.hOr else {
                        return nil
                    }
                    return (i, t)
                }
            }
            c += 1
        }
        return nil
    }
}

/// A person named in a sentence, as pronoun resolution reads it: where, which entity, and the gender the mention
/// shows (`ReadsMentions.personsBySentence`).
typealias PersonAt = (offset: Int, entity: Int, gender: Gender)
