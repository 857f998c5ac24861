/// Entities in prose: capitalised name sequences (with initials, `&`, and particles such as "of", "de", two in a row:
/// "von der Leyen"), honorifics ("Sir Alan" a given name's: the person named in full with it) and
/// titles (Mr Ma, US President-elect Donald Trump → "Donald Trump" with a role; an office's post-nominal before a name
/// is one too: "Labour MP Diane Abbott", and so is a party's member or a nationality before a given name: "Democrat
/// Hillary Clinton"), organisation suffixes (Group, Holding, Inc.), also as the head before a name's "of" or "for"
/// ("Bank of America", "Department of State"), a bare noun of a kind of organisation before a name ("Leisure group
/// Rank") or around it with commas ("The firm, Paion,"), "Paris-based" before one word, an appositive headed by such a
/// noun ("Crowdpac, a political website"), a workplace after a trade and "at" ("an analyst at Jefferies"), a web
/// address ("Factcheck.org"), parties ("Labour", "the Liberal Democrats"), and place suffixes (City, Tower; not after
/// an honorific, "Dr. West", nor in an office, "Secretary of State") — a possessive last word read without its "'s". A
/// full name opening with a given name ("Hillary Clinton", "Chris Dodd": `Gender.swift`; not one ending in a thing's
/// word, "Tony Award"), or after a trade or an office in lower case ("actor Tom Hanks", "spokesman Mike Lake"), is a
/// person's. A capitalised word at a sentence start (or an inner quote's: "he said, 'We can…'"; or run on after a stop
/// with no space) counts only when the article also capitalises it mid-sentence, or a reporting verb follows it and
/// it is no plural ("Tesco said", not "Rescuers said"); a number's abbreviation ("the No. 2 spot") is none; a
/// nationality alone after "the" before a reporting verb describes a person named elsewhere ("The Brazilian added")
/// and names nobody, as do a holiday ("Christmas", "Election Day"), nationalities before a nationality's noun
/// ("African Americans") or a nationality's plural alone ("Americans say"), an honorific alone ("Mr. and Mrs.
/// Trump"), and a nationality's or a party's adjective before a noun ("American voters", "a Republican senator",
/// "French producers", "the American people") or after a word of degree ('too "American"'), and a common abbreviation
/// or a role's alone ("TV", "DVD", "the MP", "50GB"). A place's word alone names no place ("secretary of State"; but
/// "the West", "170th Street"). A sentence adverb opening a sentence ("Unfortunately England"), a word hyphenated to a modifier
/// ("Ten-year-old Dakota Fanning", "the Paris-based Euronext") and a capitalised role so hyphenated ("Co-anchor Norah
/// O'Donnell") are no part of the name after them. Places the gazetteer knows (countries, regions and cities in world
/// news, by one word in the lexicon or by their whole name: "Saudi Arabia", also after words of direction: "East
/// Jerusalem") are places, and names even opening a sentence. A day of the week ends a name ("told CNN Tuesday"; not
/// "Super Tuesday"), and a sentence set wholly in capitals ("SIGN UP FOR OUR NEWSLETTER", "FULL TEXT.") yields none.
/// A name after "known as" or "identified only as" is introduced, as a role introduces it. A name before a comma and a
/// US state is a town, a place, and the state's abbreviation no name of its own ("Tampa, Fla.": `stateEnd`); a party's
/// initial hyphenated to a state ("R-Texas") and a credit line's word ("Editing by", "Follow Pam Key on Twitter") name
/// nothing; a department after a title in lower case and "of" is the office's ("secretary of State Hillary Clinton"
/// is Hillary Clinton, with a role; "secretary of State" alone names nobody); and "Will" opening a sentence that asks
/// nothing opens a name ("Will Smith said"). A programme's or a speech's title in Title Case over a lower-case "the"
/// names nobody, none of its words ("the State of the Union address", "CBS' Face the Nation": `titleOverThe`).
///
/// The stage scans its text's candidates (`scanCandidates`); which of them are names, how they group into entities
/// and their defined ids are the name stage's decisions (`NameStage.swift`): over the whole document, read from
/// `AnalysisOptions.names` in a segment of a large one, else taken over this text alone. Grouping: full names (two
/// or more name words) group by their words; a one-word mention ("Ma", "Mr Ma") joins the person whose surname it
/// is (a place the gazetteer knows, a person's only: "Madrid" is not "Real Madrid"'s) (the nearest full name before
/// it, else the first after; a family name written first counts: "Ban" of "Ban
/// Ki-moon"; "Mrs. Clinton" only a person who may be a woman, by given name or honorific, when there is one:
/// `Gender.swift`), a given name alone ("Hillary") the person named in full with it, likewise, or the organisation
/// whose first word it is ("Alibaba" = "Alibaba Group Holding"; not its unit's: "BBC" is not "BBC Radio"). Annotated
/// mentions and the workspace index's names and aliases give entities their defined ids.
struct MentionWork {
    var tokStart: Int
    var tokEnd: Int  // exclusive
    var nameStart: Int
    var sentence: Int
    var inQuote: Bool
    /// The name as the name stage reads it: its words, kind, honorific and role, and the word whose mid-sentence
    /// capital it needs (its `textHash` only in `nameCandidates`).
    var name: NameKey
    var range: TextRange
    var nameRange: TextRange
    var entity: Int = -1

    /// Its name words (capitalised words after a title or honorific).
    var parts: Int { Int(name.parts) }
    var honorific: Bool { name.honorific }
    var role: Bool { name.role }
    var kind: ProseEntity.Kind { name.kind }
}

/// What the mention stage found: an immutable value the later stages read.
struct MentionSet {
    var mentions: [MentionWork] = []
    /// Per token: the mention it belongs to, or -1.
    var mentionOf: [Int32]
    var entities: [EntityWork] = []
    /// Per entity: its mentions (indices into `mentions`), in text order. One flat list: an array per entity was one
    /// allocation per entity.
    var mentionsOf = FlatLists<Int>(count: 0, [])
    /// Entities of unknown kind that a speech verb elsewhere in the document shows to be people
    /// (`NameReads.Local.lent`), which the attribution stage counts as people.
    var lentPeople: [Int] = []

    /// The mentions with the attribution stage's people (`AttributionSet.people`) of unknown kind made persons.
    /// Consuming: where the caller reads the unmarked set no more (`ArticleAnalyzer.analyze`), the entities are
    /// marked in place, not copied (each entity's strings and ranges retained) at the first mark.
    consuming func markingPeople(_ people: [Int]) -> MentionSet {
        for e in people where entities[e].kind == .unknown { entities[e].kind = .person }
        return self
    }
}

/// A text's name candidates as the mention stage scans them: mentions not yet grouped (each with the word whose
/// mid-sentence capital it needs: `NameKey.conditional`), and the words capitalised mid-sentence.
struct ScannedNames {
    var mentions: [MentionWork] = []
    var capitals: HashSet64
}

struct EntityWork {
    var kind: ProseEntity.Kind = .unknown
    var definedID: String?
    var extraRanges: [TextRange] = []
    var canonical: String?
}

extension MentionStage {
    /// The mention stage: names in prose grouped into entities, linked to defined ids, as the name stage decides
    /// (the document's, `AnalysisOptions.names`, else this text's own).
    func mentionSet() -> MentionSet {
        var scan = scanCandidates()
        if let reads = options.names { return mentionSet(scan, reads: reads) }
        // A text analysed as a whole is the only part: its stage is never reused (no hashes of names, no sorted
        // word lists), and its capitals are the set already built.
        let candidates = nameCandidates(scan, reusable: false)
        let names = DocumentNames(
            parts: [candidates], starts: [0], text: syntax.text, index: options.index, capitals: scan.capitals)
        var w = MentionSet(mentionOf: [Int32](filled: -1, count: toks.count))
        w.entities = names.entities.map {
            EntityWork(kind: $0.kind, definedID: $0.definedID, canonical: $0.canonical)
        }
        // The candidates that are names, in place (moved, not shared: a shared array is copied at the first write).
        swap(&w.mentions, &scan.mentions)
        var byEntity: [(Int, Int)] = []
        byEntity.reserveCapacity(w.mentions.count)
        var n = 0
        for (ci, e) in names.entityOf[0].enumerated() where e >= 0 {
            w.mentions[n] = w.mentions[ci]
            w.mentions[n].entity = Int(e)
            for k in w.mentions[n].tokStart..<w.mentions[n].tokEnd { w.mentionOf[k] = Int32(n) }
            byEntity.append((Int(e), n))
            n += 1
        }
        w.mentions.removeLast(w.mentions.count - n)
        w.mentionsOf = FlatLists(count: w.entities.count, byEntity)
        for (a, am) in syntax.entityMentions.enumerated() where names.extends[0][a] >= 0 {
            w.entities[Int(names.extends[0][a])].extraRanges.append(am.surfaceRange ?? am.range)
        }
        return w
    }

    /// The names the name stage kept among `scan`'s candidates, in the entities it grouped them into.
    private func mentionSet(_ scan: ScannedNames, reads: NameReads) -> MentionSet {
        var w = MentionSet(mentionOf: [Int32](filled: -1, count: toks.count))
        w.entities = reads.entities.map {
            EntityWork(kind: $0.kind, definedID: $0.definedID, canonical: $0.canonical)
        }
        w.mentions.reserveCapacity(reads.entityOf.count)
        var byEntity: [(Int, Int)] = []
        byEntity.reserveCapacity(reads.entityOf.count)
        for m in scan.mentions where reads.isName(m.name.conditional) {
            var m = m
            let index = w.mentions.count
            m.entity = Int(reads.entityOf[index])
            w.mentions.append(m)
            for k in m.tokStart..<m.tokEnd { w.mentionOf[k] = Int32(index) }
            byEntity.append((m.entity, index))
        }
        w.mentionsOf = FlatLists(count: w.entities.count, byEntity)
        var a = 0
        for am in syntax.entityMentions {
            if reads.extends[a] >= 0 {
                w.entities[Int(reads.extends[a])].extraRanges.append(am.surfaceRange ?? am.range)
            }
            a += 1
        }
        w.lentPeople = reads.entities.indices.filter { reads.entities[$0].lent && !w.mentionsOf[$0].isEmpty }
        return w
    }

    /// The candidates of this text (`scanCandidates`) as the name stage reads them.
    /// `reusable`: with what `DocumentNames.reusable` compares (name hashes, sorted capitals and conditional words).
    func nameCandidates(_ scan: ScannedNames, reusable: Bool = true) -> NameCandidates {
        var c = NameCandidates()
        let bytes = syntax.text.bytes
        c.keys.reserveCapacity(scan.mentions.count)
        c.ranges.reserveCapacity(scan.mentions.count)
        c.nameStarts.reserveCapacity(scan.mentions.count)
        for m in scan.mentions {
            var key = m.name
            if reusable {
                var h = fnvSeed
                for i in m.nameRange.start..<m.nameRange.end { h = fnvStep(h, bytes[i]) }
                key.textHash = h
            }
            c.keys.append(key)
            c.ranges.append(Span32(m.range))
            c.nameStarts.append(Int32(m.nameRange.start))
        }
        if reusable {
            c.capitals = scan.capitals.members.sorted()
            var words = Set(scan.mentions.map(\.name.conditional))
            words.remove(0)
            c.conditionals = words.sorted()
        }
        for am in syntax.entityMentions {
            let r = am.surfaceRange ?? am.range
            var overlaps: [Int32] = []
            if am.surfaceRange != nil {
                // Candidates are in text order: binary search the first that could overlap.
                var lo = 0
                var hi = scan.mentions.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if scan.mentions[mid].range.end <= r.start { lo = mid + 1 } else { hi = mid }
                }
                var mi = lo
                while mi < scan.mentions.count && scan.mentions[mi].range.start < r.end {
                    if scan.mentions[mi].range.overlaps(r) { overlaps.append(Int32(mi)) }
                    mi += 1
                }
            }
            c.annotations.append(
                AnnotationLink(id: am.id, surface: am.surfaceRange != nil ? am.surface : nil, overlaps: overlaps))
            c.annotationRanges.append(r)
        }
        return c
    }

    /// The text's name candidates: capitalised sequences in every sentence but headlines, in text order.
    func scanCandidates() -> ScannedNames {
        let capitals = midSentenceCapitals()
        var w = ScannedNames(capitals: capitals.words)
        // Each candidate starts at a capitalised word of its own: reserved, one allocation per text.
        w.mentions.reserveCapacity(capitals.capitalised)
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            scanNames(&w, in: s)
        }
        return w
    }

    /// The words capitalised mid-sentence (not at a sentence's or quote's start), but in headlines; and how many
    /// capitalised words those sentences have (at most as many candidates).
    private func midSentenceCapitals() -> (words: HashSet64, capitalised: Int) {
        var known = HashSet64(capacity: toks.count / 16 + 16)
        var capitalised = 0
        // Every token of the text is read: through its buffer, without a bounds check each.
        toks.withUnsafeBufferPointer { t in
            for s in sents where !paras[s.paragraph].isHeadline {
                if s.tokStart < s.tokEnd && t[s.tokStart].isCap { capitalised += 1 }
                var i = s.tokStart + 1
                while i < s.tokEnd {
                    if t[i].isCap {
                        capitalised += 1
                        if !isInitial(i, sentenceStart: s.tokStart) { known.insert(t[i].base) }
                    }
                    i += 1
                }
            }
        }
        return (known, capitalised)
    }

    /// Whether tokens `a..<e` (a sentence) are shouted: three words or more, every one in capitals ("SIGN UP FOR OUR
    /// NEWSLETTER", "DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK"), a label or a headline set in capitals whose capitals
    /// name nothing — or two, neither a place or an organisation the lexicon knows ("FULL TEXT.", "CORRECTION
    /// APPENDED."; not "FRANCE VOTES."). Read from the first word on only when it is in capitals.
    private func isShouted(_ a: Int, _ e: Int) -> Bool {
        var words = 0
        var known = false
        for k in a..<e where toks[k].kind == .word {
            guard toks[k].has(Token.allCaps) else { return false }
            words += 1
            if toks[k].isA(.knownPlace) || toks[k].isA(.knownOrganization) { known = true }
        }
        return words >= 3 || words == 2 && !known
    }

    /// Capitalised words of a name in tokens `i..<j`, leaving out function words and titles ("The Duke").
    private func nameWords(_ i: Int, _ j: Int) -> Int {
        var n = 0
        for k in i..<j
        where toks[k].isCap && (!toks[k].isA(.function) || held.functionGivenNames.contains(toks[k].hash))
            && !toks[k].isA(.title) && !toks[k].isA(.honorific)
        {
            n += 1
        }
        return n
    }

    /// Whether "for" at `j` carries the capitalised words `i..<j` on into an organisation's name: after an
    /// organisation's word ("Center for American Progress", "Club for Growth", "Centers for Disease Control"), or
    /// after one other word inside the sentence ("Democracy for America", "Americans for Prosperity"). Not after a
    /// sentence's first word ("Support for Sanders grew"), a place, a title or an abbreviation ("the UK for
    /// Germany", "MP for Richmond"), nor before a day or a month ("HuffPollster for Wednesday").
    private func joinsOverFor(_ i: Int, _ j: Int, _ e: Int, sentenceStart a: Int) -> Bool {
        let w = toks[j - 1]
        guard j + 1 < e, !toks[j + 1].isA(.weekday), !toks[j + 1].isA(.month) else { return false }
        if w.isA(.orgSuffix) { return true }
        return nameWords(i, j) == 1 && j - 1 == i && !isInitial(i, sentenceStart: a)
            && !w.isA(.knownPlace) && !w.isA(.placeSuffix) && !w.isA(.title) && !w.has(Token.allCaps)
            && !held.postNominals.contains(w.base)
    }

    /// Whether "and" at `j` carries the name `i..<j` on: after the complement of an institution's head ("Department of
    /// Health and Human Services", "Office of Management and Budget", "Centers for Disease Control and Prevention"),
    /// before one to three more capitalised words that end the name and name nothing of their own (no title, no
    /// known place or organisation, no abbreviation, no possessive): "the Department of Justice and Attorney General
    /// Loretta Lynch", "the Bureau of Labor Statistics and Moody's" stay two names. A university's complement is a
    /// place, and "and" after it lists another: "the University of Pennsylvania and Carnegie Mellon". Nor does a
    /// second institution join the first.
    private func joinsOverAnd(_ i: Int, _ j: Int, _ e: Int) -> Bool {
        guard let head = headBeforeParticle(i, j - 1), held.institutionHeads.contains(toks[head].hash) else {
            return false
        }
        var k = j + 1
        while k < e && k <= j + 4 && toks[k].kind == .word && toks[k].isCap {
            let t = toks[k]
            if t.isA(.function) || t.isA(.title) || t.isA(.honorific) || t.has(Token.allCaps)
                || held.institutionHeads.contains(t.hash)
                || t.has(Token.possessive)
                || lexicon.lookup(t.base)
                    & (WordClass.knownPlace.rawValue | WordClass.knownOrganization.rawValue) != 0
            {
                return false
            }
            k += 1
        }
        guard k > j + 1, k <= j + 4 else { return false }
        // The words end the name: no particle carries it on to a name of their own ("the National Association of
        // Black Journalists and National Association of Hispanic Journalists").
        return k == e || toks[k].kind != .word
            || !toks[k].isCap && !isParticle(toks[k]) && toks[k].hash != Lexicon.hFor
                && toks[k].hash != Lexicon.hAnd
    }

    /// The word before the first lower-case "of" or "for" inside the name `first...last` (its head), if one is there.
    private func headBeforeParticle(_ first: Int, _ last: Int) -> Int? {
        var k = first + 1
        while k < last {
            let t = toks[k]
            if t.kind == .word && !t.isCap && (t.hash == Lexicon.hOf || t.hash == Lexicon.hFor) {
                return toks[k - 1].kind == .word ? k - 1 : nil
            }
            k += 1
        }
        return nil
    }

    /// A title word in lower case: "executive" in "Chief executive".
    private func isLowerTitle(_ k: Int) -> Bool {
        toks[k].kind == .word && !toks[k].isCap && toks[k].isA(.title)
    }

    /// "Democrat" in "Democrat Hillary Clinton", "American" in "American Andy Roddick", "Actress" in "Actress Julia
    /// Roberts", "Resident" in "Resident Jim Cole said he had complained" opening a sentence: a party's member, a
    /// nationality, a trade, a member of the public's situation or a tie to someone (`EntityWords.partyMembers`,
    /// `demonymNouns`, `occupationsBeforeNames`, `situationsBeforeNames`, `relationsBeforeNames`) before a given
    /// name of one gender (`Gender.swift`) and at least a surname is the person's affiliation, no part of the name
    /// ("Republican National Convention", "American Express" go on as they were).
    private func isAffiliationBeforeName(_ k: Int, _ last: Int) -> Bool {
        k + 2 <= last && toks[k + 1].isCap
            && (held.partyMembers.contains(toks[k].hash) || held.demonymNouns.contains(toks[k].hash)
                || held.occupationsBeforeNames.contains(toks[k].hash)
                || held.situationsBeforeNames.contains(toks[k].hash)
                || held.relationsBeforeNames.contains(toks[k].hash))
            && Gender(givenName: toks[k + 1].base) != .unknown
    }

    /// The first token of the name after an office's words in tokens `first...last` ("State Hillary Clinton" →
    /// "Hillary"): its last two capitalised words, three with a middle initial ("John F. Kerry"), one when only two
    /// are there ("State Kerry"); nil when one is (the office alone names nobody).
    private func nameAfterOffice(_ first: Int, _ last: Int) -> Int? {
        let words = (first...last).filter { toks[$0].kind == .word && toks[$0].isCap }
        guard words.count >= 2 else { return nil }
        let initial = words.count >= 4 && len(words[words.count - 2]) == 1
        return words[words.count - min(words.count - 1, initial ? 3 : 2)]
    }

    /// The name at `first` opens with a department (`EntityWords.officeComplements`: "State", "Defense") after "of"
    /// (and "the") and a title in lower case, or a title hyphenated to a lower-case word: "secretary of State",
    /// "then-Secretary of the Treasury".
    private func isOfficeAfterLowerTitle(_ first: Int) -> Bool {
        guard held.officeComplements.contains(toks[first].base) else { return false }
        var k = first - 1
        if k >= 0, toks[k].hash == Lexicon.hThe { k -= 1 }
        guard k >= 1, toks[k].hash == Lexicon.hOf, toks[k - 1].kind == .word else { return false }
        let t = toks[k - 1]
        if !t.isCap { return t.isA(.title) || isHyphenatedTitle(k - 1) }
        return false
    }

    /// A lower-case word hyphenated to a title: "then-Secretary", "ex-minister".
    private func isHyphenatedTitle(_ k: Int) -> Bool {
        guard toks[k].has(Token.hyphenated), let h = lastHyphen(k) else { return false }
        return lexicon.lookup(hashAfter(h, k)) & WordClass.title.rawValue != 0
    }

    /// The byte offset of the last hyphen inside token `k` with a letter after it ("Paris-based",
    /// "then-Secretary"); nil when there is none.
    private func lastHyphen(_ k: Int) -> Int? {
        let b = syntax.prose
        let end = Int(toks[k].end)
        var h = end - 1
        while h > Int(toks[k].start) && b[h] != 0x2D { h -= 1 }
        return h > Int(toks[k].start) && h + 1 < end ? h : nil
    }

    /// The word hash of token `k`'s bytes after the byte offset `h` (the part after a hyphen).
    private func hashAfter(_ h: Int, _ k: Int) -> UInt64 {
        syntax.prose.withUnsafeBufferPointer {
            wordHash(bytes: UnsafeBufferPointer(rebasing: $0[(h + 1)..<Int(toks[k].end)]))
        }
    }

    /// "MP" in "Labour MP Diane Abbott": an office's post-nominal, in capitals, before more of the name.
    private func isOfficeBeforeName(_ k: Int) -> Bool {
        toks[k].has(Token.allCaps) && held.postNominals.contains(toks[k].base)
            && held.officesBeforeNames.contains(toks[k].base)
    }

    private func isParticle(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && (t.hash == Lexicon.hOf || t.isA(.particle))
    }

    /// The name `first...last` is a place the gazetteer knows after words of direction only ("East Jerusalem",
    /// "Southern California": `EntityWords.placeDirections`).
    private func isDirectedPlace(_ first: Int, _ last: Int) -> Bool {
        guard toks[last].isA(.knownPlace), first < last else { return false }
        return (first..<last).allSatisfy { held.placeDirections.contains(toks[$0].base) }
    }

    /// A word hyphenated to a participle or a word of age or kind in lower case ("Paris-based", "US-led",
    /// "Oscar-winning", "Ten-year-old", "Fly-half", "DVD-like"): a modifier, no name ("Blu-ray", "Coca-cola" are
    /// names).
    private func isLowerHyphenated(_ k: Int) -> Bool {
        guard toks[k].has(Token.hyphenated), let h = lastHyphen(k) else { return false }
        let b = syntax.prose
        let end = Int(toks[k].end)
        guard b[h + 1] &- 0x61 < 26 else { return false }
        if end - h > 3 && b[end - 2] == 0x65 && b[end - 1] == 0x64 { return true }  // -ed
        if end - h > 4 && b[end - 3] == 0x69 && b[end - 2] == 0x6E && b[end - 1] == 0x67 { return true }  // -ing
        return held.modifierTails.contains(hashAfter(h, k))
    }

    /// A capitalised word hyphenated to a lower-case part before the name word `n`: a role or a trade, no part of
    /// the name — an agent noun ("Co-anchor Norah O'Donnell", "Front-runner Hillary Clinton", "Botox-maker
    /// Allergan"), or any such word before a given name ("Man-of-the-match Stephen Jones"). Not a brand's word
    /// before another name word ("Blu-ray Disc Association"), nor a given name hyphenated so ("Dan-el Padilla").
    private func isHyphenatedRole(_ k: Int, before n: Int) -> Bool {
        guard toks[k].isCap, toks[k].has(Token.hyphenated) else { return false }
        guard let h = hyphenBeforeLowerCase(k) else { return false }
        let b = syntax.prose
        let start = Int(toks[k].start)
        let end = Int(toks[k].end)
        let head = b.withUnsafeBufferPointer { wordHash(bytes: UnsafeBufferPointer(rebasing: $0[start..<h])) }
        guard Gender(givenName: head) == .unknown else { return false }
        let agent = end - h > 3 && (b[end - 2] == 0x65 || b[end - 2] == 0x6F) && b[end - 1] == 0x72  // -er, -or
        return agent || Gender(givenName: toks[n].base) != .unknown
    }

    /// A sentence adverb ("Unfortunately", "Additionally", "Reportedly"): a word of six letters or more
    /// ending in one of `EntityWords.adverbEndings`, an ending no given name or surname has ("Kelly", "Beverly",
    /// "Connolly" end otherwise).
    private func isSentenceAdverb(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.has(Token.hyphenated), len(k) >= 6 else { return false }
        let b = syntax.prose
        let end = Int(t.end)
        return EntityWords.adverbEndings.contains { ending in
            ending.indices.allSatisfy { b[end - ending.count + $0] | 0x20 == ending[$0] }
        }
    }

    /// The possessive before token `j` and the organisation's word at `j` (`orgSuffix`) make one body with the name
    /// at `i` after "the": "The Information Commissioner's Office said 40,000 people were affected." is the
    /// Information Commissioner's Office, one organisation (as "the Prince's Trust" is), not the commissioner and an
    /// office. Not without "the", where the owner is named on its own: "The fine was fair, it said, and Ofcom's Board
    /// agreed." — unless the owner's word is an office's title, which names no one of its own there: "An inquest at
    /// Avon Coroner's Court heard the man had died." is Avon Coroner's Court, one body (not the coroner and a court).
    private func isDefiniteOwnersBody(_ i: Int, _ j: Int, _ a: Int) -> Bool {
        guard toks[j].kind == .word, toks[j].isCap, toks[j].isA(.orgSuffix), !toks[j].has(Token.allCaps) else {
            return false
        }
        // (The possessive token's classes are those of the word with "'s": the owner's word is looked up without.)
        let owner = lexicon.lookup(toks[j - 1].base)
        if owner & WordClass.title.rawValue != 0, owner & WordClass.honorific.rawValue == 0 { return true }
        return toks[i].hash == Lexicon.hThe || i > a && toks[i - 1].hash == Lexicon.hThe
    }

    /// A title's plural ("Advisors", "Analysts", "Officials"): a word in "-s" whose singular is a title word — not
    /// one that opens names of places and teams ("Kings Cross", "Queens Park Rangers": `EntityWords.namePlurals`).
    private func isPluralTitle(_ k: Int) -> Bool {
        guard let singular = pluralsSingular(k) else { return false }
        return lexicon.lookup(singular) & WordClass.title.rawValue != 0
    }

    /// A plural of a member of the public's situation (`EntityWords.situationsBeforeNames`) opening its sentence
    /// before "of": "Villagers of Kafr Nabl said the shelling lasted all night." — the people the place holds, who
    /// are no part of its name (not "Friends of the Earth said", whose first word is no situation).
    private func isSituationPluralBeforeOf(_ k: Int, _ a: Int) -> Bool {
        guard k + 1 < toks.count, toks[k + 1].hash == Lexicon.hOf, isInitial(k, sentenceStart: a),
            let singular = pluralsSingular(k)
        else { return false }
        return held.situationsBeforeNames.contains(singular)
    }

    /// The word hash of token `k` without its final "s", when it is a word of five letters or more in "-s" (not
    /// "-ss"), neither possessive nor in capitals, nor a plural that opens names of places and teams
    /// (`EntityWords.namePlurals`); nil otherwise.
    private func pluralsSingular(_ k: Int) -> UInt64? {
        let t = toks[k]
        guard t.kind == .word, len(k) >= 5, !t.has(Token.possessive), !t.has(Token.allCaps),
            !held.namePlurals.contains(t.hash)
        else { return nil }
        let end = Int(t.end)
        let b = syntax.prose
        guard b[end - 1] == 0x73, b[end - 2] != 0x73 else { return nil }
        return b.withUnsafeBufferPointer {
            wordHash(bytes: UnsafeBufferPointer(rebasing: $0[Int(t.start)..<(end - 1)]))
        }
    }

    /// Token `k` follows a word of degree ("too", "very", "not"), with an opening quote between them or not: 'too
    /// "American"'.
    private func isAfterDegreeWord(_ k: Int, _ a: Int) -> Bool {
        var d = k - 1
        if d > a, toks[d].isOpenQuote { d -= 1 }
        return d >= a && toks[d].kind == .word && held.degreeWords.contains(toks[d].hash)
    }

    private func scanNames(_ w: inout ScannedNames, in s: Int) {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        if isShouted(a, e) { return }
        var i = a
        while i < e {
            let t = toks[i]
            // "I", and a subject pronoun with a contraction ("I’ve", "He'd"), are never names.
            guard t.isCap, !(t.isA(.otherPronoun) && len(i) == 1), !held.contractedSubjects.contains(t.hash),
                !isNumberAbbreviation(i, e)
            else {
                i += 1
                continue
            }
            var last = i
            var j = i + 1
            while j < e {
                if toks[j - 1].has(Token.possessive) && !isDefiniteOwnersBody(i, j, a) { break }
                let u = toks[j]
                // A capitalised speech verb ends a Title Case name: "Howard Dean Tells Democratic Convention"; so
                // does a day of the week, which dates what a name did ("told CNN Tuesday", "in Miami Wednesday"),
                // unless the word before it names a day of its own ("Super Tuesday", "Good Friday").
                if u.isA(.weekday) && !held.dayNameWords.contains(toks[j - 1].base) { break }
                if u.isCap && !(u.isA(.otherPronoun) && len(j) == 1)
                    && !(u.isA(.speech) && held.titleCaseSpeechVerbs.contains(u.hash))
                {
                    last = j
                    j += 1
                    continue
                }
                if u.punct == .period, attached(j), j + 1 < e, toks[j + 1].isCap,
                    toks[j - 1].isA(.titleAbbrev) || toks[j - 1].isA(.honorific)
                        || (len(j - 1) == 1 && toks[j - 1].isCap)
                {
                    j += 1
                    continue
                }
                let joinsFor =
                    u.kind == .word && !u.isCap && u.hash == Lexicon.hFor && joinsOverFor(i, j, e, sentenceStart: a)
                let joinsAnd = u.kind == .word && !u.isCap && u.hash == Lexicon.hAnd && joinsOverAnd(i, j, e)
                let particle = isParticle(u)
                // "Ursula von der Leyen", "Carlos de la Vega": two particles in a row join a name too.
                if particle, j + 2 < e, isParticle(toks[j + 1]), toks[j + 2].isCap, !toks[j + 2].isA(.function),
                    u.hash != Lexicon.hOf, toks[j + 1].hash != Lexicon.hOf
                {
                    j += 2
                    continue
                }
                if u.punct == .amp || particle || joinsFor || joinsAnd, j + 1 < e, toks[j + 1].isCap,
                    !toks[j + 1].isA(.function)
                {
                    // "Bank of England", "Association of Chief Police Officers" join; a person's name before "of"
                    // does not: "Ashok Vishwanathan of Operation Black Vote" is Vishwanathan, of the group.
                    if u.hash == Lexicon.hOf && nameWords(i, j) >= 2 && !toks[j - 1].isA(.orgSuffix)
                        && !toks[j - 1].isA(.placeSuffix)
                    {
                        break
                    }
                    // "Villagers of Kafr Nabl said": the people of a place, no name of an organisation's shape.
                    if u.hash == Lexicon.hOf && j == i + 1 && isSituationPluralBeforeOf(i, a) { break }
                    j += 1
                    continue
                }
                break
            }
            defer { i = j }
            var first = i
            // Drop capitalised function words that open a sentence or quote ("But", "The") — but a given name that
            // is one ("Will Smith said", `EntityWords.functionGivenNames`) before a capitalised word, in a sentence
            // that asks nothing ("Will Obama sign it?" opens with the modal).
            while first <= last, isInitial(first, sentenceStart: a) || first > i, toks[first].isA(.function),
                !toks[first].isA(.honorific), !toks[first].isA(.title), !isGivenNameOpening(first, last, e)
            {
                first += 1
            }
            // "Sen. Ted Cruz, R-Texas,", "(D-Calif.)": a party's initial hyphenated to a state is the member's
            // affiliation, no name.
            if first == last, isPartyStateTag(first) { continue }
            // "CBS' Face the Nation", "the State of the Union address": a programme's or a speech's title in Title
            // Case over a lower-case "the" names nobody, none of its words.
            if first == last, let end = titleOverThe(first, a, e) {
                j = end
                continue
            }
            // "Editing by Mary Major", "Additional reporting by…", "Contributing: Herb Jackson": a credit line's word
            // names nothing; "Follow Pam Key on Twitter": opening a sentence, it is no part of the name after it
            // (`EntityWords.creditWords`).
            if first <= last, held.creditWords.contains(toks[first].hash) {
                if first == last {
                    if last + 1 < e, isLowerWord(last + 1) || toks[last + 1].punct == .colon { continue }
                } else if isInitial(first, sentenceStart: a) || first > i {
                    first += 1
                }
            }
            // "Unfortunately England have…", "Advisors Goldman Sachs are…", "Ten-year-old Dakota Fanning", "the
            // Paris-based Euronext": a sentence adverb or a title's plural opening the sentence, or a word
            // hyphenated to a modifier, is no part of the name after it, and names nothing alone ("US-led forces");
            // nor is an adjective that describes a business or a person by its standing, capitalised only because
            // it opens the sentence ("Rival Sainsbury cut its prices": `EntityWords.openingModifiers`; not "Royal
            // Mail cut its prices", a name's own word).
            if first <= last,
                isLowerHyphenated(first) || first < last && isHyphenatedRole(first, before: first + 1)
                    || first < last && isInitial(first, sentenceStart: a)
                        && (isSentenceAdverb(first) || isPluralTitle(first)
                            || held.openingModifiers.contains(toks[first].hash))
            {
                if first == last { continue }
                first += 1
            }
            guard first <= last else { continue }
            // "TV", "DVD", "GMT": a common abbreviation alone is no name (`EntityWords.commonAbbreviations`); nor is
            // a role's ("the MP said", "MSPs voted", "the PM"): `EntityWords.postNominals` follow a name as its role.
            if first == last, len(first) > 1, syntax.prose[Int(toks[first].start) + 1] &- 0x41 < 26,
                held.commonAbbreviations.contains(toks[first].base)
                    || held.postNominals.contains(toks[first].base)
            {
                continue
            }
            // "The Brazilian added", "said the Scot.": a nationality alone after "the", before a reporting verb or
            // punctuation, describes a person named elsewhere (the attribution stage resolves it as a speaker:
            // `describesPerson`) and names nobody. (Before another word it stays as it was: "the Romanian hacker
            // whose…" still heads its phrase for the source rules.)
            if first == last, first > a, toks[first - 1].hash == Lexicon.hThe,
                held.demonymNouns.contains(toks[first].base),
                last + 1 == e || toks[last + 1].kind != .word || toks[last + 1].isA(.reporting)
            {
                continue
            }
            // "American voters", "a Republican senator", "the Democratic nominee", "Former Conservative leader": a
            // nationality or a party's adjective before a noun describes it and names nobody, a title before it
            // neither (`EntityWords.attributiveAdjectives`) — a plural of people too, though the function words
            // hold it ("the American people", "Some Republican experts": `Lexicon.groupNouns`).
            if first == last || first + 1 == last && toks[first].isA(.title) && !toks[first].isA(.honorific),
                last + 1 < e, isLowerWord(last + 1),
                !toks[last + 1].isA(.function) || held.groupNouns.contains(toks[last + 1].hash),
                !toks[last].has(Token.possessive), held.attributiveAdjectives.contains(toks[last].base)
            {
                continue
            }
            // "Americans say", "polls of Mexicans": a nationality's plural alone names a group of people, no one
            // (its singular may be one person described: "an American", "the Brazilian").
            if first == last, !held.demonymNouns.contains(toks[last].base), isNationalityNoun(last) {
                continue
            }
            // "African Americans", "Muslim American": nationalities, faiths and regions before a nationality's noun
            // name a group of people, no one.
            if first < last, areAttributive(first, last), isNationalityNoun(last) { continue }
            // 'too "American"', "not French enough": after a word of degree such an adjective is a predicate.
            if first == last, first > a, isAfterDegreeWord(first, a), !toks[last].has(Token.possessive),
                held.attributiveAdjectives.contains(toks[last].base)
            {
                continue
            }
            // "Mr. and Mrs. Trump", "Mr and Mrs Khan": an honorific alone names no one (its name follows the other).
            if first == last, toks[first].isA(.honorific), !toks[first].isA(.title) { continue }
            // A capitalised word alone at a sentence start is a name only when the document also capitalises it
            // mid-sentence (the name stage decides), or a reporting verb follows it ("Tesco said") — unless it is
            // a plural, a group that speaks unnamed: "Rescuers said", "Companies say", "Opponents argue". A place
            // the gazetteer knows is one anywhere ("Nigeria is hoping…").
            var conditional = false
            let initial = isInitial(first, sentenceStart: a) || first > i
            if initial && first == last && !toks[first].isA(.honorific) && !toks[first].isA(.title)
                && !toks[first].isA(.knownPlace)
            {
                let followedByVerb =
                    last + 1 < e && (toks[last + 1].isA(.reporting) || toks[last + 1].hash == Lexicon.hAnd)
                // Its word is `first`'s, its name's only one (`NameKey.isConditional`).
                conditional = !followedByVerb || isPlural(first) && !toks[first].has(Token.allCaps)
            }
            // "Tampa, Fla.", "ORLANDO, Fla. (Reuters)", "San Bernardino, California": a name before a comma and a US
            // state is a town; the state's abbreviation is part of its address, no name of its own (a state written
            // out is one: "California").
            var town = false
            if last + 2 < e, toks[last + 1].punct == .comma, let state = stateEnd(at: last + 2, e) {
                town = true
                conditional = false
                if !held.stateNames.contains(toks[last + 2].hash) { j = state + 1 }
            }
            addMention(&w, first, last, sentence: s, conditional: conditional, town: town)
        }
    }

    /// The end (exclusive) of a title in Title Case over a lower-case "the" or "of the" that opens with the one word
    /// at `k` (in the sentence `a..<e`): a programme's or a speech's, which a noun of one ends or follows
    /// (`EntityWords.titleNouns`: "the State of the Union address", "his State of the Union Address", "his Meet the
    /// Press interview"), or, over "the" alone, after a possessive, a broadcaster's ("CBS' Face the Nation", "NBC's
    /// “Meet the Press”"). Not when the word names on its own: in capitals, a place or an organisation the lexicon
    /// knows, a given name ("told CNN the Senate vote was close"), nor a title, which heads an office ("Director of
    /// the Program"); nil when none.
    private func titleOverThe(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var t = k + 1
        guard t + 2 < e, isLowerWord(t) else { return nil }
        let overOf = toks[t].hash == Lexicon.hOf
        if overOf { t += 1 }
        guard t + 1 < e, toks[t].hash == Lexicon.hThe, isLowerWord(t), toks[t + 1].kind == .word, toks[t + 1].isCap,
            !toks[k].has(Token.allCaps), !toks[k].has(Token.possessive), !toks[k].isA(.title),
            lexicon.lookup(toks[k].base) & (WordClass.knownPlace.rawValue | WordClass.knownOrganization.rawValue) == 0,
            !EntityWords.isGivenName(toks[k].base)
        else { return nil }
        var y = t + 1
        while y + 1 < e, toks[y + 1].kind == .word, toks[y + 1].isCap, !toks[y].has(Token.possessive) { y += 1 }
        if held.titleNouns.contains(toks[y].base)
            || y + 1 < e && isLowerWord(y + 1)
                && held.titleNouns.contains(toks[y + 1].hash)
        {
            return y + 1
        }
        guard !overOf else { return nil }
        var p = k - 1
        if p >= a, toks[p].isOpenQuote { p -= 1 }
        // (A plural's possessive is its word and an apostrophe written against it: "CBS' Face the Nation".)
        if p > a, toks[p].punct == .sqClose || toks[p].punct == .sqStraight, attached(p), toks[p - 1].kind == .word {
            return y + 1
        }
        return p >= a && toks[p].kind == .word && toks[p].has(Token.possessive) ? y + 1 : nil
    }

    /// "R-Texas", "D-Calif", "R-N.H.": a party's initial (`EntityWords.partyInitials`) hyphenated to a US state's
    /// abbreviation or name (`AttributionWords.stateAbbreviations`, `stateNames`).
    private func isPartyStateTag(_ k: Int) -> Bool {
        guard toks[k].has(Token.hyphenated), len(k) >= 4 else { return false }
        let b = syntax.prose
        let start = Int(toks[k].start)
        let end = Int(toks[k].end)
        guard b[start + 1] == 0x2D, EntityWords.partyInitials.contains(b[start]) else { return false }
        // (The closure reads locals only: one that read the stage made scanNames copy it on every call.)
        let state = b.withUnsafeBufferPointer { wordHash(bytes: UnsafeBufferPointer(rebasing: $0[(start + 2)..<end])) }
        return held.stateAbbreviations.contains(state) || held.stateNames.contains(state)
    }

    /// Every word of tokens `first..<last` is a nationality's, a faith's or a region's adjective
    /// (`EntityWords.attributiveAdjectives`): "African" in "African Americans". (A loop: a closure reading the stage
    /// made `scanNames` copy the stage on every call, once its body grew.)
    private func areAttributive(_ first: Int, _ last: Int) -> Bool {
        var k = first
        while k < last {
            if toks[k].kind == .word && !held.attributiveAdjectives.contains(toks[k].base) { return false }
            k += 1
        }
        return true
    }

    /// Token `k`, a function word opening a name that runs to `last`, is a given name ("Will Smith said":
    /// `EntityWords.functionGivenNames`) before a capitalised word, in a sentence (ending before `e`) that is no
    /// question ("Will Obama sign it?").
    private func isGivenNameOpening(_ k: Int, _ last: Int, _ e: Int) -> Bool {
        k < last && held.functionGivenNames.contains(toks[k].hash) && toks[k + 1].isCap
            && toks[e - 1].punct != .question
    }

    /// Adds the candidate of tokens `first...last`, unless it is none; `conditional`: whether it needs its word
    /// capitalised mid-sentence somewhere.
    /// `town`: a US state follows it after a comma ("Tampa, Fla."), which makes a place of a name of no other kind.
    private func addMention(
        _ w: inout ScannedNames, _ first: Int, _ last: Int, sentence: Int, conditional: Bool, town: Bool = false
    ) {
        // A post-nominal is a role, not a name part: "Sarah Clarke KC" is Clarke, a KC.
        var last = last
        var postNominal = false
        while last > first, toks[last].kind == .word, held.postNominals.contains(toks[last].base) {
            last -= 1
            postNominal = true
        }
        var kind = ProseEntity.Kind.unknown
        let lastTok = toks[last]
        var hasAmp = false
        for k in first...last where toks[k].punct == .amp { hasAmp = true }
        // The last word's classes without its possessive ("the Justice Department's", "New York City's": the token's
        // classes are those of the word with "'s").
        let lastClasses = lastTok.has(Token.possessive) ? lexicon.lookup(lastTok.base) : lastTok.cls
        let particleHead = headBeforeParticle(first, last)
        if lastClasses & WordClass.orgSuffix.rawValue != 0 || hasAmp {
            kind = .organization
        } else if let head = particleHead, toks[head].isA(.orgSuffix) {
            // "Bank of America", "University of Michigan", "Department of State": the word before the name's "of" or
            // "for" is its head, and the words after it only complete it, a place's word too. (A place's word there
            // heads no place for sure: "Hall of Famer Angelo Dundee".)
            kind = .organization
        } else if lastClasses & WordClass.placeSuffix.rawValue != 0, !toks[first].isA(.honorific),
            particleHead.map({ !toks[$0].isA(.title) }) ?? true,
            first < last || held.standalonePlaceWords.contains(lastTok.base) || isNumbered(first)
        {
            // (Not after an honorific, "Dr. West", "Mr North", who are people; nor an office, "Secretary of State",
            // which the title rules read; nor a place's word alone, "secretary of State", "the State of the Union",
            // which names no place — but for "the West", "the States", and a numbered one: "170th Street".)
            kind = .place
        }
        var nameStart = first
        var honorific = false
        var title = false
        if kind == .unknown {
            for k in first...last
            where toks[k].kind == .word && k < last
                && (toks[k].isA(.title) || toks[k].isA(.honorific) || isOfficeBeforeName(k)
                    || k == first && isAffiliationBeforeName(k, last))
            {
                nameStart = k + 1
                if toks[k].isA(.honorific) && !toks[k].isA(.title) {
                    honorific = true
                    title = false
                } else {
                    title = true
                }
                if toks[k].isA(.honorific) && (toks[k].hash == Lexicon.hDr || toks[k].hash == Lexicon.hProf) {
                    title = true
                }
            }
            while nameStart <= last && toks[nameStart].kind != .word { nameStart += 1 }
            if title, nameStart < last, toks[nameStart].hash == Lexicon.hOf, !toks[nameStart].isCap {
                // "Secretary of State Hillary Clinton", "Director of National Intelligence James Clapper": the
                // office after "of" belongs to the title, and the name is its last two words (three with a middle
                // initial, "John F. Kerry"; one when only two follow, "Secretary of State Kerry"). "Secretary of
                // Labor" alone names nobody.
                guard let start = nameAfterOffice(nameStart + 1, last) else { return }
                nameStart = start
            } else if nameStart == first, isOfficeAfterLowerTitle(first) {
                // "the former secretary of State Hillary Clinton", "then-Secretary of State Hillary Clinton", "as
                // secretary of State.": a department after a title in lower case and "of" is the office's, as in
                // Title Case above: alone it names nobody; before a name only one opening with a given name is
                // read so (a body's name after "of" stays: "the president of State Farm").
                guard let start = nameAfterOffice(first, last) else { return }
                if EntityWords.isGivenName(toks[start].base) {
                    nameStart = start
                    title = true
                }
            }
            // ("Former England skipper…": a title before a place the gazetteer knows makes no person of it.)
            // (Nor before a thing's word alone: "an Executive Order", "the Miss Universe pageant".)
            if honorific || title, nameStart < last || honorific || !toks[last].isA(.knownPlace),
                nameStart < last || !held.thingHeads.contains(lastTok.base)
            {
                kind = .person
            }
        }
        if nameStart > last { return }
        // A title alone names nobody: "Chief" before "executive" ("Chief executive Stuart Rose said"), "General"
        // after "the UN Secretary". (A surname that is a title word still names: "King said", "Lord King".)
        if nameStart == last, toks[last].isA(.title), !toks[last].isA(.honorific),
            first == last
                ? last + 1 < sents[sentence].tokEnd && isLowerTitle(last + 1)
                : toks[last - 1].isA(.title) && !toks[last - 1].isA(.honorific)
        {
            return
        }
        // Weekdays and months alone are not w.entities.
        if nameStart == last,
            toks[last].isA(.month) || lexicon.lookup(toks[last].base) & WordClass.weekday.rawValue != 0
        {
            return
        }
        var parts = 0
        var fullKey = fnvSeed
        var firstKey: UInt64 = 0
        for k in nameStart...last where toks[k].kind == .word && toks[k].isCap {
            parts += 1
            if firstKey == 0 { firstKey = toks[k].base }
            fullKey = foldNameKey(fullKey, toks[k].base)
        }
        if parts == 0 { return }
        // ("Christmas", "Election Day": a holiday names no one.)
        if held.holidayNames.contains(fullKey) { return }
        // A two-word name whose second word is a hyphenated given name in Korean order ("Ban Ki-moon", "Moon
        // Jae-in") is known by its first word: "Ban said" is the same person.
        var surnameKey = toks[last].base
        if parts == 2, firstKey != 0, isFamilyFirstGivenName(last) { surnameKey = firstKey }
        // The gazetteer knows one-word names ("Fox" the network, "UK" the country): "Chris Fox" is not the network.
        if kind == .unknown, !honorific, nameStart == last {
            let c = lexicon.lookup(toks[last].base)
            if c & WordClass.knownPlace.rawValue != 0 {
                kind = .place
            } else if c & WordClass.knownOrganization.rawValue != 0 {
                kind = .organization
            }
        }
        // ... and places named with more words ("Saudi Arabia", "Los Angeles", "Hong Kong"), by their whole name or
        // as a part of one ("East Jerusalem", "South Florida").
        if kind == .unknown, !honorific, !title, parts >= 2,
            held.placeNames.contains(fullKey) || isDirectedPlace(nameStart, last)
        {
            kind = .place
        }
        // (A town before a state: "Tampa, Fla."; a full name opening with a given name stays a person's.)
        if kind == .unknown, town, !honorific, !title, parts < 2 || !EntityWords.isGivenName(firstKey) {
            kind = .place
        }
        if parts == 1 && kind == .unknown && !honorific {
            if toks[last].has(Token.allCaps) || hasInnerCapital(last) { kind = .organization }  // NATO, HuffPost
        }
        // (A full name opening with a given name is a person's whatever describes it: "Elizabeth Holmes, the company
        // founder", below.)
        let opensWithGivenName = parts >= 2 && EntityWords.isGivenName(firstKey)
        // A party ("Labour", "the Liberal Democrats", "Labour's"), or a name described as an organisation ("Leisure
        // group Rank", "The firm, Paion, said", "Paris-based Euronext"): the word classes first, read once per name
        // (most names are neither).
        if kind == .unknown, !honorific, !title,
            lastTok.isA(.partyName) || lastTok.has(Token.possessive) && isPartyPossessive(lastTok)
                || first > sents[sentence].tokStart
                    && (toks[first - 1].isA(.organisationDescriptor) && isDescribedOrganisation(first, sentence)
                        || isAppositiveOfDescriptor(first, last, sentence)
                        || first == last && isBasedModifier(first - 1)
                        || !opensWithGivenName && isWorkplace(first, sentence))
                || !opensWithGivenName && isOrganisationByAppositive(last, sentence) || isWebDomain(last)
                || isPossessiveBusiness(last, sentence)
        {
            kind = .organization
        }
        var role = title || postNominal
        // "The Tory MP said": after an article one word before a post-nominal describes ("Tory"), it names nobody
        // ("a Martin Luther King Jr. celebration" still names him).
        // (A regnal number makes a person only of a name with a given name or a title: "Elizabeth II", "Pope John
        // Paul II", "Navy SEAL Charles Keating IV", not "World War II".)
        if postNominal
            && !(parts == 1 && first > sents[sentence].tokStart && held.articles.contains(toks[first - 1].hash))
            && (!held.regnalNumbers.contains(toks[last + 1].base) || honorific || title
                || (nameStart...last).contains { toks[$0].isCap && Gender(givenName: toks[$0].base) != .unknown })
        {
            kind = .person
        }
        if !role, first > sents[sentence].tokStart, toks[first - 1].kind == .word, toks[first - 1].isA(.title),
            !toks[first - 1].isCap
        {
            role = true
        }
        // "Her neighbour, Mr Harding, said", "The club's chairman, Mr Jones, said": a person's office, trade or tie to
        // someone set off before the name says who it is (not "The next day, Mr Cole said").
        if !role, isRoleAppositiveBefore(first, sentence) { role = true }
        // "actor Tom Hanks", "striker Julio Baptista", "spokesman John Smith": a person's trade or office in lower
        // case before a name says who it is (not an office's adjective: "the former Soviet Union"; nor a prize's
        // category: "the best supporting actress Academy Award"); so too before a given name and a surname that is a
        // place's word ("spokesman Mike Lake", against "Victoria Park").
        let givenAndPlaceWord =
            kind == .place && parts == 2 && lastTok.isA(.placeSuffix) && Gender(givenName: firstKey) != .unknown
        if kind == .unknown || givenAndPlaceWord, !honorific, first > sents[sentence].tokStart, isLowerWord(first - 1),
            !lastTok.has(Token.allCaps),
            toks[first - 1].isA(.title) && !held.adjectivalTitles.contains(toks[first - 1].hash)
                || held.occupationsBeforeNames.contains(toks[first - 1].hash),
            !((first - 3)...(first - 2)).contains(where: {
                $0 >= sents[sentence].tokStart
                    && (toks[$0].isA(.superlative) || toks[$0].hash == Lexicon.hBest)
            })
        {
            kind = .person
            role = true
        }
        // "Linda Park, the mayor, said", "David West, 52, said": a person's office, trade or age set off after a given
        // name and a place's word says a person too ("Victoria Park, the city's largest park" names none).
        if givenAndPlaceWord, kind == .place, !honorific, last + 3 < sents[sentence].tokEnd,
            toks[last + 1].punct == .comma
        {
            let n = last + 2
            let head = held.articles.contains(toks[n].hash) ? n + 1 : n
            let age = toks[n].kind == .number && len(n) <= 3 && toks[n + 1].punct == .comma
            if age
                || isLowerWord(head)
                    && (toks[head].isA(.title) && !held.adjectivalTitles.contains(toks[head].hash)
                        || held.occupationsBeforeNames.contains(toks[head].hash))
            {
                kind = .person
                if !age { role = true }
            }
        }
        // "Lawrence Hill, a district of Bristol,": a name set off with an appositive whose head is a noun of a place
        // names a place, one opening with a given name too (`isPlaceByAppositive`).
        if kind == .unknown, !honorific, !title, isPlaceByAppositive(last, sentence) { kind = .place }
        // "Hillary Clinton", "Chris Dodd": a full name opening with a given name (`EntityWords.isGivenName`) is a
        // person's — unless its last word names a thing ("Tony Award", "The Rachel Maddow Show":
        // `EntityWords.thingHeads`).
        if kind == .unknown, parts >= 2, opensWithGivenName,
            !held.thingHeads.contains(lastTok.base)
        {
            kind = .person
        }
        // "the base chief known as Bob", "a woman identified only as Maria": the writer gives the only name the
        // person goes by, after who they are — in quote marks too: "the hacker known as “Guccifer,” said" (not "the
        // hacker called “Fancy” said": `EntityWords.aliasIntroducers`).
        let aliasAs = first > sents[sentence].tokStart && toks[first - 1].isOpenQuote ? first - 2 : first - 1
        if !role, aliasAs >= sents[sentence].tokStart + 1, toks[aliasAs].hash == Lexicon.hAs,
            held.aliasIntroducers.contains(toks[aliasAs - 1].hash)
        {
            role = true
        }
        // "said Priya, 18, from Leicester", "Sarah, 34, said": one name with no honorific, set off with an age, is
        // the given name a member of the public goes by, as the writer gives it (a surname with an age has an
        // honorific or a full name before it); so too a given name (no surname: `EntityWords.isGivenName`) set off
        // with a relative clause that says who she is: "said Gemma, who commutes from Brighton" ("said Clark, who
        // runs a cafe" still lacks a full name).
        if !role, parts == 1, !honorific, kind != .organization, kind != .place, last + 2 < sents[sentence].tokEnd,
            toks[last + 1].punct == .comma
        {
            let n = last + 2
            let age =
                toks[n].kind == .number && len(n) <= 3 && n + 1 < sents[sentence].tokEnd
                && (toks[n + 1].punct == .comma || toks[n + 1].isTerminator)
            if age || toks[n].hash == Lexicon.hWho && EntityWords.isGivenName(firstKey) { role = true }
        }
        if !role, last + 2 < sents[sentence].tokEnd, toks[last + 1].punct == .comma {
            let n = toks[last + 2]
            if n.hash == Lexicon.hA || n.hash == Lexicon.hAn || n.hash == Lexicon.hThe || (n.isA(.title) && !n.isCap)
                || (n.isCap && n.has(Token.possessive))
            {
                role = true
            }
        }
        var end = Int(lastTok.end)
        if lastTok.has(Token.possessive) { end -= syntax.prose[end - 2] == 0x27 ? 2 : 4 }
        let mentionStart =
            honorific
            ? Int(toks[max(first, nameStart - (toks[nameStart - 1].punct == .period ? 2 : 1))].start)
            : Int(toks[nameStart].start)
        let m = MentionWork(
            tokStart: first, tokEnd: last + 1, nameStart: nameStart, sentence: sentence, inQuote: inQuote(nameStart),
            name: NameKey(
                fullKey: fullKey, firstKey: firstKey, lastKey: surnameKey, textHash: 0, parts: Int16(clamping: parts),
                kind: kind, honorific: honorific, role: role, isConditional: conditional,
                gender: markedGender(first, nameStart: nameStart, kind: kind),
                // "Sir Alan", "Dame Judi": a knight or a dame called by a given name alone.
                byGivenName: honorific && nameStart == last && nameStart > first
                    && held.givenNameHonorifics.contains(toks[nameStart - 1].hash)),
            range: TextRange(mentionStart, end), nameRange: TextRange(Int(toks[nameStart].start), end))
        w.mentions.append(m)
    }

    /// Token `k` is a nationality's noun (`EntityWords.demonymNouns`), or its plural: "American", "Americans".
    private func isNationalityNoun(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.has(Token.possessive) else { return false }
        if held.demonymNouns.contains(t.base) { return true }
        let start = Int(t.start)
        let end = Int(t.end)
        guard end - start > 3, syntax.prose[end - 1] == 0x73 else { return false }
        let singular = syntax.prose.withUnsafeBufferPointer {
            wordHash(bytes: UnsafeBufferPointer(rebasing: $0[start..<end - 1]))
        }
        return held.demonymNouns.contains(singular)
    }

    /// The name's last word, possessive, is followed outside a quote by a verb a subject speaks or has with
    /// (`EntityWords.possessiveBusinessVerbs`): a business named in the possessive, as shops are ("Sainsbury's said
    /// trade was strong"), not a person's possessive, which owns a noun ("Clark's aide said trade was strong"), a
    /// noun of speech too ("Carrier's calls", "Cruz's thinking").
    private func isPossessiveBusiness(_ last: Int, _ s: Int) -> Bool {
        guard toks[last].has(Token.possessive), last + 1 < sents[s].tokEnd, !inQuote(last) else { return false }
        let n = toks[last + 1]
        return n.kind == .word && !n.isCap && held.possessiveBusinessVerbs.contains(n.hash)
    }

    /// A possessive last word of a name is a party's ("Labour's"): its word without "'s" is one of
    /// `EntityWords.partyNameWords` (the token's word class is that of the word with it).
    private func isPartyPossessive(_ t: Token) -> Bool {
        lexicon.lookup(t.base) & WordClass.partyName.rawValue != 0
    }

    /// The name opening at `first`, after a noun of a kind of organisation (`WordClass.organisationDescriptor`),
    /// is described by it, a descriptor written as a title ("Leisure group Rank", "law firm Wilson Sonsini",
    /// "Israeli newspaper Haaretz"): the noun is bare — with a determiner before it, the name may open a relative
    /// clause instead ("the firm Smith founded"), so it does not count.
    private func isDescribedOrganisation(_ first: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        guard isLowerWord(first - 1) else { return false }
        guard first - 2 >= a else { return true }
        let p = toks[first - 2]
        return !(p.kind == .word && (p.isA(.determiner) || p.isA(.possessivePronoun) || p.has(Token.possessive)))
    }

    /// The name `first...last` set off by commas after "the" or "a" and a noun of a kind of organisation: "The
    /// firm, Paion, said", "a charity, Shelter, warned". (A person so introduced has a trade there, not one of
    /// `EntityWords.organisationDescriptors`.)
    private func isAppositiveOfDescriptor(_ first: Int, _ last: Int, _ s: Int) -> Bool {
        let a = sents[s].tokStart
        guard first - 3 >= a, last + 1 < sents[s].tokEnd, toks[first - 1].punct == .comma,
            toks[last + 1].punct == .comma, toks[first - 2].isA(.organisationDescriptor), isLowerWord(first - 2)
        else { return false }
        return held.articles.contains(toks[first - 3].hash)
    }

    /// The first word of an appositive that opens on an article right after the name ending at `last` (before `e`): a
    /// comma, then "a", "an" or "the" — not "whose" ("Conte, whose company makes…" describes a person by what he
    /// owns). Nil for anything else.
    private func articleAppositiveStart(after last: Int, _ e: Int) -> Int? {
        guard last + 3 < e, toks[last + 1].punct == .comma else { return nil }
        let article = toks[last + 2].hash
        guard article == Lexicon.hA || article == Lexicon.hAn || article == Lexicon.hThe else { return nil }
        return last + 3
    }

    /// The name ending at `last` is followed by a comma and an appositive whose head is a noun of organisations:
    /// "Crowdpac, a political crowdfunding website,", "Wealth-X, a private company that…" — not "Ann Ford, a senior
    /// analyst at the firm" (its head is "analyst"), "Ann Ford, the company's founder" (a possessive is no head), nor
    /// "Vance, whose company sells pumps," (no article).
    private func isOrganisationByAppositive(_ last: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard var k = articleAppositiveStart(after: last, e) else { return false }
        var head = -1
        while k < e && k <= last + 8 && toks[k].kind == .word && !toks[k].isCap && !toks[k].isA(.function) {
            head = k
            k += 1
        }
        // The head ends the phrase: at punctuation (no quote mark: "a studio ''fixer''" heads with "fixer") or
        // a function word ("a private company that…").
        guard head >= 0, !toks[head].has(Token.possessive),
            k == e || toks[k].kind == .word
                || toks[k].kind == .punct && !toks[k].isDoubleQuote
                    && toks[k].punct != .sqOpen && toks[k].punct != .sqClose && toks[k].punct != .sqStraight
        else { return false }
        let h = toks[head].hash
        return held.organisationNouns.contains(h) || toks[head].isA(.organisationDescriptor)
            || held.appositiveOrganisationHeads.contains(h)
    }

    /// The name ending at `last` is followed by a comma and an appositive, an article and up to three words, whose
    /// head is a noun of a place (`EntityWords.appositivePlaceHeads`) that the phrase's end or a preposition that
    /// locates it follows (`EntityWords.placeLocators`): "Lawrence Hill, a district of Bristol, was flooded",
    /// "Kafr Nabl, a village near Idlib" — not "Jim Hill, a town planner, was there" (the head is "planner"),
    /// nor "Ann Ford, the city's mayor" (a possessive is no head).
    private func isPlaceByAppositive(_ last: Int, _ s: Int) -> Bool {
        let e = sents[s].tokEnd
        guard var k = articleAppositiveStart(after: last, e) else { return false }
        while k < e && k < last + 6 && isLowerWord(k) && !toks[k].isA(.function)
            && !held.appositivePlaceHeads.contains(toks[k].hash)
        {
            k += 1
        }
        guard k < e, isLowerWord(k), !toks[k].has(Token.possessive), held.appositivePlaceHeads.contains(toks[k].hash)
        else { return false }
        let n = k + 1
        return n == e || toks[n].kind == .punct && !toks[n].isDoubleQuote
            || toks[n].kind == .word && held.placeLocators.contains(toks[n].hash)
    }

    /// The name opening at `first` is where a person of a trade works: "a senior analyst at Jefferies", "a fellow at
    /// Brookings" (a lower-case title or trade, then "at"). A place the gazetteer knows is no such name (its kind
    /// is decided before).
    private func isWorkplace(_ first: Int, _ s: Int) -> Bool {
        guard first - 2 >= sents[s].tokStart, toks[first - 1].hash == Lexicon.hAt, isLowerWord(first - 2) else {
            return false
        }
        let t = toks[first - 2]
        return t.isA(.title) && !held.adjectivalTitles.contains(t.hash)
            || held.occupationsBeforeNames.contains(t.hash) || held.workplaceRoles.contains(t.hash)
    }

    /// A web address as a name: "Factcheck.org", "Amazon.com", "Bild.de" (a dot and two or three lower-case letters
    /// ending the word).
    private func isWebDomain(_ k: Int) -> Bool {
        let b = syntax.prose
        let start = Int(toks[k].start)
        var end = Int(toks[k].end)
        if toks[k].has(Token.possessive) { end -= b[end - 2] == 0x27 ? 2 : 4 }
        guard end - start > 4 else { return false }
        var d = end - 1
        while d > start && b[d] &- 0x61 < 26 { d -= 1 }
        return b[d] == 0x2E && (end - d == 3 || end - d == 4) && d > start + 1
    }

    /// "Paris-based", "London-based": a place joined to "based" describes the organisation named by the one word after
    /// it ("Paris-based Euronext"). A person is given a trade between ("London-based designer Ann Ford") or named whole
    /// ("Texas-based Matt Mackowiak said"), so a name of more words is left as it is.
    private func isBasedModifier(_ k: Int) -> Bool {
        guard toks[k].kind == .word, toks[k].has(Token.hyphenated) else { return false }
        let b = syntax.prose
        let end = Int(toks[k].end)
        guard end - Int(toks[k].start) > 6 else { return false }
        return b[end - 6] == 0x2D && b[end - 5] == 0x62 && b[end - 4] == 0x61 && b[end - 3] == 0x73
            && b[end - 2] == 0x65 && b[end - 1] == 0x64  // -based
    }

    /// A hyphenated word whose part after the hyphen is lower case ("Ki-moon", "Jong-un"), as a given name written
    /// after the family name; "Smith-Jones", a double-barrelled surname, is not.
    private func isFamilyFirstGivenName(_ i: Int) -> Bool {
        toks[i].has(Token.hyphenated) && hyphenBeforeLowerCase(i) != nil
    }

    /// The byte offset of token `k`'s first hyphen when a lower-case letter follows it ("Ki-moon", "Co-anchor"), else
    /// nil ("Smith-Jones").
    private func hyphenBeforeLowerCase(_ k: Int) -> Int? {
        let b = syntax.prose
        let end = Int(toks[k].end)
        var h = Int(toks[k].start) + 1
        while h < end - 1 && b[h] != 0x2D { h += 1 }
        return h < end - 1 && b[h] == 0x2D && b[h + 1] &- 0x61 < 26 ? h : nil
    }

    /// "HuffPost", "BuzzFeed", "YouTube": a capital after the first letter, in a word of mixed case.
    private func hasInnerCapital(_ i: Int) -> Bool {
        let b = syntax.prose
        var k = Int(toks[i].start) + 1
        var lowerSeen = false
        while k < Int(toks[i].end) {
            let c = b[k]
            if c >= 0x61 && c <= 0x7A {
                lowerSeen = true
            } else if c >= 0x41 && c <= 0x5A && lowerSeen && k + 1 < Int(toks[i].end) && b[k + 1] >= 0x61
                && b[k + 1] <= 0x7A
            {
                // "McCarter", "MacArthur", "DeSantis" are names: an inner capital after Mc/Mac/De/La/O' is not.
                let prefix = k - Int(toks[i].start)
                if prefix > 3 { return true }
            } else if c == 0x27 {
                return false
            }
            k += 1
        }
        return false
    }

}

extension MentionStage {
    /// The name opening at `first` follows a comma that closes a noun phrase of a person's role: a determiner or an
    /// owner ("Her", "The club's", "Tesco's"), up to three lowercase words, and a noun of an office, a trade or a
    /// tie to someone (`WordClass.title`, `EntityWords.occupationsBeforeNames`, `EntityWords.relationsBeforeNames`)
    /// or of a member of the public's situation (`EntityWords.situationsBeforeNames`: "one resident, Olena, told the
    /// BBC", not "one day, Olena told the BBC") at the clause's start: "Her neighbour, Mr Harding, said" (not "The
    /// next day, Mr Cole said"). A quote just
    /// closed before the phrase ends a clause, as a comma does: in "“I saw the water rise,” his neighbour, Mr
    /// Harding, told the BBC." the role introduces the speaker (not in "“I saw the water rise,” Mr Harding told the
    /// BBC.", where no role is set off).
    func isRoleAppositiveBefore(_ first: Int, _ sentence: Int) -> Bool {
        let a = sents[sentence].tokStart
        let head = first - 2
        guard head > a, toks[first - 1].punct == .comma, isLowerWord(head),
            toks[head].isA(.title) || held.occupationsBeforeNames.contains(toks[head].hash)
                || held.relationsBeforeNames.contains(toks[head].hash)
                || held.situationsBeforeNames.contains(toks[head].hash)
        else { return false }
        var j = head - 1
        while j >= a && j >= head - 3 && isLowerWord(j) && !toks[j].isA(.determiner) && !toks[j].isA(.possessivePronoun)
        {
            j -= 1
        }
        guard j >= a, toks[j].kind == .word,
            toks[j].isA(.determiner) || toks[j].isA(.possessivePronoun) || toks[j].has(Token.possessive)
        else { return false }
        // The phrase opens the sentence or a clause: "Her neighbour, …", "…, and his lawyer, …", or follows a quote.
        return j == a || toks[j - 1].punct == .comma || toks[j - 1].hash == Lexicon.hAnd || toks[j - 1].isDoubleQuote
    }
}

extension MentionSet {
    /// The entity's canonical name: its defined name, else its longest mention's name.
    func canonicalName(_ e: Int, _ text: SourceText) -> String {
        if let c = entities[e].canonical { return c }
        let own = mentionsOf[e]
        var best = own[own.startIndex]
        for mi in own where mentions[mi].parts > mentions[best].parts { best = mi }
        return text[mentions[best].nameRange]
    }

    /// The entities as the analysis reports them (`ArticleAnalysis.entities`).
    func publicEntities(_ text: SourceText) -> [ProseEntity] {
        // A map builds each entity in place (appending a local one copied it, then destroyed the local).
        entities.indices.map { e in
            // The entity's fields read in place (a copy of it retained its strings and ranges, then released them).
            // Reserved: one allocation per entity (a map and a `+` made two, and grew the second). The mentions come
            // in text order: sorted unless annotated ranges join them.
            var ranges: [TextRange] = []
            let own = mentionsOf[e]
            ranges.reserveCapacity(own.count + entities[e].extraRanges.count)
            var sorted = true
            var full: TextRange?
            var roleMention: TextRange?
            var honorific = false
            for m in own {
                let r = mentions[m].range
                if let last = ranges.last, r < last { sorted = false }
                ranges.append(r)
                if full == nil && mentions[m].parts >= 2 { full = r }
                if roleMention == nil && mentions[m].role { roleMention = r }
                if mentions[m].honorific { honorific = true }
            }
            if !entities[e].extraRanges.isEmpty {
                ranges.append(contentsOf: entities[e].extraRanges)
                sorted = false
            }
            if !sorted { ranges.sort() }
            var p = ProseEntity(
                canonicalName: canonicalName(e, text), kind: entities[e].kind, mentions: ranges,
                firstFullMention: full ?? ranges[0], definedID: entities[e].definedID, hasRole: roleMention != nil)
            p.hasFullName = full != nil
            p.firstRoleMention = roleMention
            p.hasHonorific = honorific
            return p
        }
    }
}

extension MentionStage {
    /// A number, or an ordinal written against one, right before token `i`: "170th Street", "5 Avenue".
    func isNumbered(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        if toks[i - 1].kind == .number { return true }
        return i > 1 && toks[i - 2].kind == .number && attached(i - 1) && toks[i - 1].kind == .word
    }

    /// "No. 2", "Vol. 3", "Art. 5": a capitalised abbreviation of "number" and its kin before its period and a
    /// number — no name (`EntityWords.numberAbbreviations`).
    func isNumberAbbreviation(_ i: Int, _ e: Int) -> Bool {
        // The period first: the word list is read only before one (each read of a static checks its lazy
        // initialisation, on every capitalised word).
        guard i + 2 < e, toks[i + 1].punct == .period, held.numberAbbreviations.contains(toks[i].base),
            attached(i + 1)
        else { return false }
        return toks[i + 2].kind == .number
    }
}

/// Words of the entity mechanism, as data.
enum EntityWords {
    /// Place words (`WordClass.placeSuffix`) that name a place alone: "the West", "the States", "the Kingdom" —
    /// unlike "State", "Park" or "City", which need a name before them.
    static let standalonePlaceWords = HashSet64(words: [
        "east", "west", "north", "south", "states", "kingdom", "republic", "coast",
    ])
    /// Abbreviations a number follows: "the No. 2 spot", "Vol. 3", "Art. 5".
    static let numberAbbreviations = HashSet64(words: [
        "no", "nos", "vol", "vols", "art", "fig", "ch", "sec", "para", "pt", "op",
    ])
    /// Post-nominal letters and suffixes that follow a name as a role: "Sarah Clarke KC", "John Smith MP".
    static let postNominals = HashSet64(words: [
        "kc", "qc", "mp", "mep", "msp", "am", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
        "jr", "jr.", "sr", "ii", "iii", "iv", "esq",
    ])
    /// Last words that make a name a thing's, though a given name opens it ("Tony Award", "The Rachel Maddow Show",
    /// "Jeanne Clery Act", "Ronald Reagan Airport"), and no person's alone after a title ("an Executive Order", "Miss
    /// Universe").
    static let thingHeads = HashSet64(words: [
        "award", "awards", "prize", "prizes", "show", "cup", "trophy", "medal", "festival", "act", "amendment",
        "doctrine", "memorial", "stadium", "arena", "bridge", "tunnel", "airport", "hotel", "library", "fellowship",
        "scholarship", "lecture", "highway", "expressway", "boulevard", "order", "orders", "universe",
    ])
    /// The regnal numbers among `postNominals`: "Elizabeth II", but "World War II".
    static let regnalNumbers = HashSet64(words: ["ii", "iii", "iv"])
    /// Last words of an organisation's unit or offshoot, named after it: "BBC Radio", "Yahoo Sports", "Ford
    /// Foundation". Its first word alone names the organisation, not the unit (`DocumentNames`' grouping by
    /// organisation word). Not "news": "Fox" and "Breitbart" alone are "Fox News" and "Breitbart News" as often.
    static let unitHeads = HashSet64(words: ["radio", "television", "sport", "sports", "service", "foundation"])
    /// Heads of an appositive after a name that make it an organisation, beyond `organisationNouns` and the
    /// descriptors: "Crowdpac, a political crowdfunding website".
    static let appositiveOrganisationHeads = HashSet64(words: [
        "website", "site", "startup", "start-up", "nonprofit", "non-profit", "think-tank", "outlet", "publication",
        "institute", "fund", "party", "team", "coalition", "corporation", "business", "maker", "provider",
    ])
    /// Nouns of places that head an appositive after a place's name: "Lawrence Hill, a district of Bristol"
    /// (`isPlaceByAppositive`).
    static let appositivePlaceHeads = HashSet64(words: [
        "district", "suburb", "town", "village", "city", "area", "neighbourhood", "neighborhood", "borough",
        "county", "region", "province", "island", "port", "hamlet", "resort", "township", "municipality", "enclave",
        "settlement", "parish", "estate",
    ])
    /// Words that locate a place after the noun of its appositive: "a district of Bristol", "a village near Idlib",
    /// "a town north of London" (`isPlaceByAppositive`).
    static let placeLocators = HashSet64(words: [
        "of", "in", "near", "outside", "on", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "close",
    ])
    /// Trades whose workplace "at" names, beyond the titles and `occupationsBeforeNames`: "a fellow at Brookings".
    static let workplaceRoles = HashSet64(words: [
        "fellow", "partner", "lecturer", "consultant", "engineer", "trader", "official", "employee",
        "worker", "staffer", "intern", "scholar", "economists", "analysts",
    ])
    /// Heads of institutions whose names run on over "and" after their complement ("Department of Health and Human
    /// Services"): `joinsOverAnd`.
    static let institutionHeads = HashSet64(words: [
        "department", "office", "center", "centre", "centers", "organization", "organisation", "institute",
        "bureau", "agency", "ministry", "commission", "committee", "council", "administration", "board",
        "authority", "federation", "association", "society",
    ])
    /// Words that make a day of the week a day's name of its own ("Super Tuesday", "Good Friday", "Black Friday"):
    /// before any other name, a weekday dates an act and ends the name (`scanNames`: "told CNN Tuesday").
    static let dayNameWords = HashSet64(words: [
        "super", "good", "black", "cyber", "easter", "ash", "holy", "bloody", "maundy", "shrove", "palm", "giving",
        "small", "mad", "fat", "manic", "blue",
    ])
    /// Nationalities and regional origins that, alone after "the", describe a person ("the Brazilian added", "said
    /// the Scot"). A list, not `isDemonym`'s endings: "the Guardian", "the Vatican" are names.
    static let demonymNouns = HashSet64(words: demonymNounWords)
    private static let demonymNounWords = [
        "american", "canadian", "mexican", "brazilian", "argentine", "argentinian", "colombian", "chilean", "peruvian",
        "uruguayan", "venezuelan", "cuban", "jamaican", "briton", "englishman", "englishwoman", "scot", "scotsman",
        "welshman", "welshwoman", "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman", "spaniard",
        "german", "italian", "swede", "dane", "norwegian", "finn", "icelander", "pole", "russian", "ukrainian",
        "serb", "croat", "bosnian", "slovenian", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek",
        "turk", "cypriot", "belgian", "austrian", "swiss", "portuguese", "japanese", "chinese", "korean",
        "taiwanese", "vietnamese", "thai", "filipino", "indonesian", "malaysian", "indian", "pakistani",
        "bangladeshi", "afghan", "iranian", "iraqi", "syrian", "lebanese", "jordanian", "israeli", "palestinian",
        "saudi", "egyptian", "libyan", "tunisian", "algerian", "moroccan", "nigerian", "ghanaian", "cameroonian",
        "senegalese", "ivorian", "kenyan", "ethiopian", "ugandan", "zimbabwean", "zambian", "australian", "kiwi",
        "texan", "californian", "floridian", "londoner", "glaswegian", "yorkshireman", "geordie",
    ]
    /// Nouns of one kind of business or body that, after "the", stand for the organisation named last ("the firm
    /// said", "the airline said", "the agency declined"): `describedOrganisation`.
    static let organisationNouns = HashSet64(words: [
        "company", "firm", "retailer", "lender", "insurer", "carmaker", "manufacturer", "airline", "carrier",
        "broadcaster", "chain", "charity", "watchdog", "regulator", "newspaper", "paper", "operator", "supermarket",
        "publisher", "developer", "conglomerate", "utility", "studio", "agency", "bureau", "organisation",
        "organization", "school", "university", "bank", "foundation",
    ])
    /// Nouns of a kind of organisation that, bare before a name, describe it as one ("Leisure group Rank", "law firm
    /// Wilson Sonsini", "Israeli newspaper Haaretz"): `isDescribedOrganisation` (`WordClass.organisationDescriptor`).
    /// None that is also a person's trade ("producer", "developer", "publisher", "maker": "music producer Phil
    /// Spector"), nor "giant" ("retailing giant Amancio Ortega").
    static let organisationDescriptors: [String] = [
        "group", "firm", "company", "bank", "newspaper", "broadcaster", "network", "charity", "watchdog",
        "regulator", "retailer", "airline", "carmaker", "insurer", "lender", "supermarket", "conglomerate", "agency",
        "organisation", "organization", "chain", "club", "lab", "laboratory", "exchange", "consortium", "operator",
        "drugmaker", "chipmaker", "automaker", "magazine", "union", "carrier",
    ]
    /// Parties named by one word, and the plurals of their members that end a party's name ("Labour", "the
    /// Tories", "the Liberal Democrats", "Senate Republicans"): organisations (`WordClass.partyName`). Not the
    /// singular adjectives ("a Republican senator", "Tory leader Michael Howard"), which describe a person as often
    /// as they name a party.
    static let partyNameWords: [String] = [
        "labour", "tories", "conservatives", "democrats", "republicans", "dems", "ukip", "snp",
    ]
    static let partyNames = HashSet64(words: partyNameWords)
    /// Last words of the names of public bodies — police, parliaments, courts, ministries, armed forces — that "the
    /// firm", "the bank" or "the airline" never stands for (`describedOrganisation`): "Police said…; the bank
    /// added" is a bank named elsewhere.
    static let publicBodyHeads = HashSet64(words: [
        "police", "party", "committee", "department", "ministry", "council", "commission", "administration", "court",
        "congress", "senate", "house", "parliament", "assembly", "government", "army", "navy", "caucus", "coalition",
        "campaign", "office", "board", "cabinet", "gop",
    ])
    /// A party's member, as a word before a person's name ("Democrat Hillary Clinton", "Tory Michael Howard"):
    /// `isAffiliationBeforeName`.
    static let partyMembers = HashSet64(words: [
        "democrat", "republican", "tory", "conservative", "liberal", "socialist", "libertarian", "independent",
    ])
    /// Nationalities and parties' adjectives: alone before a noun in lower case they describe it and name nobody
    /// ("American voters", "a Republican senator", "the Democratic nominee": `scanNames`).
    static let attributiveAdjectives = HashSet64(
        words: ["democratic", "republican", "tory", "conservative", "labour", "liberal", "socialist", "libertarian"]
            + Array(demonymNounWords) + nationalAdjectiveWords)
    /// Nationalities, regions, faiths and races that are adjectives only (no noun for a person: "the French", not "a
    /// French"): before a noun they describe it ("French producers", "Welsh fans", "Muslim leaders").
    private static let nationalAdjectiveWords = [
        "french", "english", "welsh", "scottish", "irish", "british", "spanish", "dutch", "finnish", "danish",
        "swedish", "polish", "turkish", "european", "african", "asian", "arab", "kurdish", "cornish", "flemish",
        "catalan", "basque", "hispanic", "latino", "jewish", "muslim", "christian", "catholic", "protestant",
        "islamic", "sunni", "shia", "shiite", "hindu", "sikh", "buddhist", "olympic", "paralympic", "nordic",
        "scandinavian", "baltic", "caribbean", "mediterranean", "arctic", "western",
        "eastern", "northern", "southern", "soviet", "persian",
        // Race and descent, capitalised by house style: "11 Black children", "Indigenous communities".
        "black", "indigenous", "aboriginal",
    ]
    /// Title words (`WordClass.title`) that, in lower case, modify a noun as often as they name a person: no head of
    /// a description that stands for one ("the former ambassador" is, "the general election", "the executive
    /// order" are not: `personDescriptionHead`), and no sign of a person before a name ("the former Soviet
    /// Union", "the general Assembly": `addMention`).
    static let adjectivalTitles = HashSet64(words: [
        "former", "vice", "deputy", "general", "chief", "executive", "acting", "co", "sec", "host", "justice", "chair",
    ])
    /// Words before "as" and a name that give the only name a person goes by ("known as Bob", "identified as
    /// Maria", "gave her name only as Maria"): the name is introduced, as a role introduces it.
    static let aliasIntroducers = HashSet64(words: ["known", "identified", "only"])
    /// Honorifics a person is called by with a given name: "Sir Alan" (Sir Alan Sugar), "Dame Judi" (Dame Judi Dench).
    static let givenNameHonorifics = HashSet64(words: ["sir", "dame"])
    /// Trades and pursuits that, in lower case right before a name, make it a person's ("actor Tom Hanks", "striker
    /// Julio Baptista", "billionaire Warren Buffett") — not a title (`WordClass.title`): capitalised, they open
    /// names of their own ("Star Wars", "Coach"). None that also describes a business ("developer", "producer").
    static let occupationsBeforeNames = HashSet64(words: [
        "actor", "actress", "singer", "songwriter", "comedian", "coach", "star", "striker", "midfielder", "defender",
        "goalkeeper", "winger", "boss", "rapper", "presenter", "novelist", "writer", "musician", "guitarist",
        "drummer", "player", "skipper", "champion", "chef", "businessman", "businesswoman", "billionaire",
        "entrepreneur", "tycoon", "magnate", "banker", "scientist", "researcher", "doctor", "nurse", "teacher",
        "pilot", "soldier", "veteran", "student", "blogger", "journalist", "photographer", "filmmaker", "film-maker",
        "playwright", "poet", "artist", "dancer", "athlete", "sprinter", "swimmer", "golfer", "boxer", "cyclist",
        "jockey", "referee", "umpire", "batsman", "bowler", "pollster", "donor", "governor-elect",
    ])
    /// Ties to someone that introduce a person as a role does, set off before the name: "Her neighbour, Mr Harding".
    static let relationsBeforeNames = HashSet64(words: [
        "neighbour", "neighbor", "friend", "husband", "wife", "partner", "son", "daughter", "mother", "father",
        "brother", "sister", "colleague", "cousin", "uncle", "aunt", "grandmother", "grandfather", "boyfriend",
        "girlfriend", "fiance", "fiancee", "widow", "widower", "landlord", "landlady", "employer", "solicitor",
        "barrister", "teammate", "flatmate", "housemate", "owner", "niece", "nephew", "stepfather", "stepmother",
    ])
    /// What a member of the public is to the story, set off before the name as a role is: "one resident, Olena",
    /// "a commuter, Mr Ray" (the BBC's people met in the street are introduced by where they live or what they do
    /// there, not by an office).
    static let situationsBeforeNames = HashSet64(words: [
        "resident", "villager", "local", "shopper", "commuter", "passenger", "customer", "voter", "parent", "pupil",
        "worker", "patient", "survivor", "witness", "victim", "fan", "refugee", "protester", "campaigner",
        "volunteer", "tenant", "homeowner", "motorist", "driver", "onlooker", "mourner", "evacuee", "spectator",
        "holidaymaker", "traveller", "traveler", "pensioner", "farmer", "shopkeeper", "trader", "stallholder",
    ])
    /// Organisation nouns that may stand for a public body named before ("the State Department …; the agency
    /// said"): `describedOrganisation` passes over none of `publicBodyHeads` for them.
    static let publicBodyNouns = HashSet64(words: [
        "agency", "bureau", "watchdog", "regulator", "organisation", "organization",
    ])
    /// Last words of the names of regulators and agencies that "the watchdog", "the regulator", "the agency" stand
    /// for before a business named nearer (`describedOrganisation`): "Financial Services Authority", "Food Standards
    /// Agency".
    static let regulatorHeads = HashSet64(words: [
        "authority", "agency", "bureau", "service", "regulator", "watchdog", "ombudsman", "inspectorate", "executive",
    ])
    /// Organisation nouns that after "the" are someone's rather than a body named before ("the campaign said":
    /// Clinton's; "the administration": a president's).
    static let ownedOrganisationNouns = HashSet64(words: ["campaign", "administration"])
    /// Words of a credit line that name nothing: before "by" or a colon ("Editing by Mary Major", "Additional
    /// reporting by…", "Contributing: Herb Jackson"), and, opening a sentence, no part of the name after them
    /// ("Follow Pam Key on Twitter"): `scanNames`.
    static let creditWords = HashSet64(words: [
        "reporting", "editing", "writing", "additional", "contributing", "compiled", "edited", "written",
        "follow", "contact", "email", "e-mail",
    ])
    /// Departments whose name after a title and "of" is the office's ("secretary of State", "secretary of the
    /// Treasury"), no name of its own: `isOfficeAfterLowerTitle`.
    static let officeComplements = HashSet64(words: [
        "state", "defense", "defence", "treasury", "labor", "commerce", "education", "energy", "agriculture",
        "interior", "transportation", "transport", "health", "housing", "veterans", "homeland", "justice", "war",
    ])
    /// Nouns of a programme or a speech that end or follow its title: "the State of the Union address", "his Meet
    /// the Press interview" (`titleOverThe`). Not "programme": it ends a body's name as often ("the Program on
    /// Energy").
    static let titleNouns = HashSet64(words: [
        "address", "addresses", "speech", "speeches", "interview", "interviews", "broadcast", "episode", "appearance",
        "show",
    ])
    /// Initials of US parties before a member's state: "R-Texas", "D-Calif.", "I-Vt." (`isPartyStateTag`).
    static let partyInitials: [UInt8] = Array("RDI".utf8)
    /// Function words that are given names too ("Will Smith said"): opening a sentence before a capitalised word,
    /// the name's (`isGivenNameOpening`).
    static let functionGivenNames = HashSet64(words: ["will"])
    /// Post-nominals of an elected office that also stand before a name as its title: "Labour MP Diane Abbott".
    static let officesBeforeNames = HashSet64(words: ["mp", "mep", "msp", "mla"])
    /// Verbs after a name in the possessive that make it a business's name, not an owner's: "Sainsbury's said",
    /// "Sainsbury's has" (`isPossessiveBusiness`). Only forms no noun has ("calls", "thinking", "report" are nouns
    /// after an owner as often).
    static let possessiveBusinessVerbs = HashSet64(words: [
        "said", "says", "told", "tells", "has", "announced", "confirmed", "warned", "insisted", "denied",
    ])
    /// Adjectives of a business's or a person's standing that open a sentence before its name, no word of the name:
    /// "Rival Sainsbury", "Embattled Yukos" (`scanNames`).
    static let openingModifiers = HashSet64(words: [
        "rival", "embattled", "troubled", "struggling", "beleaguered", "ailing", "debt-laden", "cash-strapped",
        "loss-making", "disgraced", "jailed", "outgoing", "fellow",
    ])
    /// Endings of sentence adverbs that no name has ("Finally", "Unfortunately", "Apparently", "Reportedly",
    /// "Notably", "Similarly"): `isSentenceAdverb`, for a capitalised word opening a sentence before a name.
    static let adverbEndings: [[UInt8]] = [
        "ally", "ately", "ently", "antly", "ously", "ingly", "edly", "ably", "ibly", "ively", "arly", "fully",
    ].map { Array($0.utf8) }
    /// Last words of a hyphenated modifier that are no participle: "Ten-year-old", "Fly-half", "DVD-like",
    /// "Soviet-style" (`isLowerHyphenated`; "-ed" and "-ing" count too: "Paris-based", "Oscar-winning").
    static let modifierTails = HashSet64(words: [
        "old", "half", "like", "style", "born", "made", "run", "wide", "long", "free", "era", "type", "owned",
        "led", "funded", "year", "term", "time", "member", "strong", "held", "positive",
    ])
    /// Plurals of titles that open names of places, teams and institutions ("Kings Cross", "Queens Park Rangers",
    /// "Lords Cricket Ground"): no title's plural before a name (`isPluralTitle`).
    static let namePlurals = HashSet64(words: [
        "kings", "queens", "lords", "princes", "dukes", "earls", "barons", "bishops", "saints", "generals",
        "senators", "chiefs", "rangers", "captains", "commanders", "pilots", "judges",
    ])
    /// Words of degree before an adjective: after them a nationality is a predicate ('too "American"', "not French
    /// enough"), no name.
    static let degreeWords = HashSet64(words: [
        "too", "very", "so", "more", "less", "most", "least", "quite", "rather", "truly", "not", "increasingly",
    ])
    /// Abbreviations of common things that, alone, name no one: "TV", "DVD", "GMT", "GDP" (read only for a word
    /// whose second letter is a capital).
    static let commonAbbreviations = HashSet64(words: [
        "tv", "dvd", "dvds", "cd", "cds", "pc", "pcs", "mp3", "gmt", "bst", "est", "uv", "ip", "hd", "gdp", "ceo",
        "ceos", "cfo", "vat", "hiv", "aids", "dna", "sms", "url", "pdf", "ok", "atm", "suv", "lcd", "vhs", "cgi",
        "dj", "gp", "gps", "id", "iq", "rpm", "mph", "kph", "ufo", "vip",
        // Roles in abbreviation, and the plurals of `postNominals`: "the PM", "MPs", "MSPs".
        "pm", "mps", "meps", "msps", "mlas", "ams", "qcs", "kcs",
        // Units after a figure: "50GB", "3GHz".
        "gb", "mb", "kb", "tb", "ghz", "mhz", "kw", "mw", "kwh",
    ])
    /// Places named with more than one word, by their whole name (`foldNameKey` of their words): "Saudi Arabia", "Los
    /// Angeles", "Hong Kong". (One-word places are the lexicon's `WordClass.knownPlace`.)
    static let placeNames: HashSet64 = {
        let names = [
            "saudi arabia", "south africa", "new zealand", "north korea", "south korea", "sri lanka", "costa rica",
            "puerto rico", "el salvador", "ivory coast", "czech republic", "dominican republic", "united states",
            "united kingdom", "united arab emirates", "soviet union", "middle east", "latin america", "south america",
            "north america", "central america", "east timor", "papua new guinea", "sierra leone", "burkina faso",
            "northern ireland", "great britain", "hong kong", "los angeles", "las vegas", "san francisco",
            "san diego", "san antonio", "san jose", "new york", "new jersey", "new mexico", "new hampshire",
            "new orleans", "new delhi", "north carolina", "south carolina", "north dakota", "south dakota",
            "west virginia", "rhode island", "tel aviv", "abu dhabi", "buenos aires", "sao paulo", "mexico city",
            "kuala lumpur", "cape town", "united states of america", "west bank", "gaza strip", "persian gulf",
            "silicon valley",
            "capitol hill", "east anglia", "west midlands", "east midlands", "addis ababa", "kansas city",
            "fort worth", "long island", "staten island", "st louis", "st petersburg", "rio de janeiro",
        ]
        return nameKeys(names)
    }()
    /// Holidays and the days an election or a ceremony is held, which name no one ("Christmas", "Christmas Day",
    /// "Election Day"): no entity, as a weekday or a month alone is none.
    static let holidayNames = nameKeys([
        "christmas", "christmas day", "christmas eve", "easter", "easter sunday", "easter monday", "good friday",
        "thanksgiving", "thanksgiving day", "hanukkah", "ramadan", "diwali", "halloween", "passover", "yom kippur",
        "rosh hashanah", "boxing day", "new year", "memorial day", "labor day", "labour day", "veterans day",
        "presidents day", "election day", "inauguration day", "independence day", "polling day",
    ])
    /// The keys of `names` (lower case, words split by spaces) as `addMention` keys a name: by its capitalised words,
    /// so without "de" or "of".
    static func nameKeys(_ names: [String]) -> HashSet64 {
        let particles: Set<Substring> = ["of", "de", "the", "and"]
        var set = HashSet64(capacity: names.count)
        for name in names {
            let words = name.split(separator: " ").filter { !particles.contains($0) }
            set.insert(words.reduce(fnvSeed) { foldNameKey($0, wordHash(String($1))) })
        }
        return set
    }
    /// Words of direction or extent before a place the gazetteer knows that make a place of the whole name: "East
    /// Jerusalem", "South Florida", "Greater London", "Central Asia".
    static let placeDirections = HashSet64(words: [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "inner", "outer", "northeast", "northwest", "southeast", "southwest", "downtown",
    ])
}

/// A name's key with one more word (its word hash) folded in: `NameKey.fullKey`, and `EntityWords.placeNames`.
@inline(__always) func foldNameKey(_ key: UInt64, _ word: UInt64) -> UInt64 { (key ^ word) &* 0x100_0000_01b3 }

extension Lexicon {
    /// Speech verbs that are never part of a name, even in Title Case ("Howard Dean Tells Convention").
    static let titleCaseSpeechVerbs = HashSet64(words: [
        "said", "says", "tells", "told", "adds", "added", "warns",
        "warned", "writes", "wrote", "asks", "asked", "insists", "insisted", "explains", "explained", "argues",
        "argued", "tweets", "tweeted",
    ])
    @inline(__always) static var hDr: UInt64 { wordHash(literal: "dr") }
    @inline(__always) static var hProf: UInt64 { wordHash(literal: "prof") }
}
