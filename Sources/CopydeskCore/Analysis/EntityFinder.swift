/// Entities in prose: capitalised name sequences (with initials, `&`, and particles such as "of", "de"),
/// honorifics and titles (Mr Ma, US President-elect Donald Trump → "Donald Trump" with a role), organisation
/// suffixes (Group, Holding, Inc.) and place suffixes (City, Tower). A capitalised word at a sentence start
/// counts only when the article also capitalises it mid-sentence, or a reporting verb follows it.
///
/// Grouping: full names (two or more name words) group by their words; a one-word mention ("Ma", "Mr Ma")
/// joins the person whose surname it is (the nearest full name before it, else the first after), or the
/// organisation whose first word it is ("Alibaba" = "Alibaba Group Holding"). Annotated mentions and the
/// workspace index's names and aliases give entities their defined ids.
struct MentionWork {
    var tokStart: Int
    var tokEnd: Int  // exclusive
    var nameStart: Int
    var parts: Int
    var honorific: Bool
    var role: Bool
    var sentence: Int
    var inQuote: Bool
    var kind: ProseEntity.Kind
    var fullKey: UInt64
    var firstKey: UInt64
    var lastKey: UInt64
    var range: TextRange
    var nameRange: TextRange
    var entity: Int = -1
}

/// What the mention stage found: an immutable value the later stages read.
struct MentionSet {
    var mentions: [MentionWork] = []
    /// Per token: the mention it belongs to, or -1.
    var mentionOf: [Int32]
    var entities: [EntityWork] = []
    /// Entities of unknown kind that `AnalysisOptions.knownPeople` names: people by what other parts of the
    /// document show (`lendingPeople`), which the attribution stage counts as people.
    var lentPeople: [Int] = []

    /// The mentions with the entities of unknown kind whose names `known` holds lent as people (`lentPeople`).
    func lendingPeople(_ known: Set<String>, _ text: SourceText) -> MentionSet {
        guard !known.isEmpty else { return self }
        var found = self
        found.lentPeople = entities.indices.filter { e in
            entities[e].kind == .unknown && !entities[e].mentions.isEmpty && known.contains(canonicalName(e, text))
        }
        return found
    }

    /// The mentions with the attribution stage's people (`AttributionSet.people`) of unknown kind made persons.
    func markingPeople(_ people: [Int]) -> MentionSet {
        var found = self
        for e in people where found.entities[e].kind == .unknown { found.entities[e].kind = .person }
        return found
    }
}

struct EntityWork {
    var mentions: [Int] = []
    var kind: ProseEntity.Kind = .unknown
    var definedID: String?
    var extraRanges: [TextRange] = []
    var canonical: String?
}

extension MentionStage {
    /// The mention stage: names in prose grouped into entities, linked to defined ids.
    func mentionSet() -> MentionSet {
        var w = MentionSet(mentionOf: [Int32](repeating: -1, count: toks.count))
        let known = midSentenceCapitals()
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            scanNames(&w, in: s, known: known)
        }
        groupMentions(&w)
        linkAnnotations(&w)
        return w
    }

    private func midSentenceCapitals() -> HashSet64 {
        var known = HashSet64(capacity: toks.count / 16 + 16)
        for s in sents where !paras[s.paragraph].isHeadline {
            var i = s.tokStart + 1
            while i < s.tokEnd {
                if toks[i].isCap && !isInitial(i, sentenceStart: s.tokStart) { known.insert(toks[i].base) }
                i += 1
            }
        }
        return known
    }

    /// Capitalised words of a name in tokens `i..<j`, leaving out function words and titles ("The Duke").
    private func nameWords(_ i: Int, _ j: Int) -> Int {
        var n = 0
        for k in i..<j
        where toks[k].isCap && !toks[k].isA(.function) && !toks[k].isA(.title) && !toks[k].isA(.honorific) {
            n += 1
        }
        return n
    }

    private func isParticle(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && (t.hash == Lexicon.hOf || t.isA(.particle))
    }

    private func scanNames(_ w: inout MentionSet, in s: Int, known: HashSet64) {
        let a = sents[s].tokStart
        let e = sents[s].tokEnd
        var i = a
        while i < e {
            let t = toks[i]
            guard t.isCap, !(t.isA(.otherPronoun) && len(i) == 1) else {
                i += 1
                continue
            }
            var last = i
            var j = i + 1
            while j < e {
                if toks[j - 1].has(Token.possessive) { break }
                let u = toks[j]
                // A capitalised speech verb ends a Title Case name: "Howard Dean Tells Democratic Convention".
                if u.isCap && !(u.isA(.otherPronoun) && len(j) == 1)
                    && !(u.isA(.speech) && Lexicon.titleCaseSpeechVerbs.contains(u.hash))
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
                if u.punct == .amp || isParticle(u), j + 1 < e, toks[j + 1].isCap, !toks[j + 1].isA(.function) {
                    // "Bank of England", "Association of Chief Police Officers" join; a person's name before "of"
                    // does not: "Ashok Vishwanathan of Operation Black Vote" is Vishwanathan, of the group.
                    if u.hash == Lexicon.hOf && nameWords(i, j) >= 2 && !toks[j - 1].isA(.orgSuffix)
                        && !toks[j - 1].isA(.placeSuffix)
                    {
                        break
                    }
                    j += 1
                    continue
                }
                break
            }
            defer { i = j }
            var first = i
            // Drop capitalised function words that open a sentence or quote ("But", "The").
            while first <= last, isInitial(first, sentenceStart: a) || first > i, toks[first].isA(.function),
                !toks[first].isA(.honorific), !toks[first].isA(.title)
            {
                first += 1
            }
            guard first <= last else { continue }
            let initial = isInitial(first, sentenceStart: a) || first > i
            if initial && first == last && !toks[first].isA(.honorific) && !toks[first].isA(.title) {
                let followedByVerb =
                    last + 1 < e && (toks[last + 1].isA(.reporting) || toks[last + 1].hash == Lexicon.hAnd)
                if !known.contains(toks[first].base) && !followedByVerb { continue }
            }
            addMention(&w, first, last, sentence: s)
        }
    }

    private func addMention(_ w: inout MentionSet, _ first: Int, _ last: Int, sentence: Int) {
        // A post-nominal is a role, not a name part: "Sarah Clarke KC" is Clarke, a KC.
        var last = last
        var postNominal = false
        while last > first, toks[last].kind == .word, EntityWords.postNominals.contains(toks[last].base) {
            last -= 1
            postNominal = true
        }
        var kind = ProseEntity.Kind.unknown
        let lastTok = toks[last]
        var hasAmp = false
        for k in first...last where toks[k].punct == .amp { hasAmp = true }
        if lastTok.isA(.orgSuffix) || hasAmp {
            kind = .organization
        } else if lastTok.isA(.placeSuffix) {
            kind = .place
        }
        var nameStart = first
        var honorific = false
        var title = false
        if kind == .unknown {
            for k in first...last
            where toks[k].kind == .word && (toks[k].isA(.title) || toks[k].isA(.honorific)) && k < last {
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
            if honorific || title { kind = .person }
        }
        if nameStart > last { return }
        // Weekdays and months alone are not w.entities.
        if nameStart == last,
            toks[last].isA(.month) || Lexicon.lookup(toks[last].base) & WordClass.weekday.rawValue != 0
        {
            return
        }
        var parts = 0
        var fullKey = fnvSeed
        var firstKey: UInt64 = 0
        for k in nameStart...last where toks[k].kind == .word && toks[k].isCap {
            parts += 1
            if firstKey == 0 { firstKey = toks[k].base }
            fullKey = (fullKey ^ toks[k].base) &* 0x100_0000_01b3
        }
        if parts == 0 { return }
        if parts == 1 && kind == .unknown && !honorific {
            if toks[last].has(Token.allCaps) || hasInnerCapital(last) { kind = .organization }  // NATO, HuffPost
        }
        // The gazetteer knows one-word names ("Fox" the network): "Chris Fox" is not the network.
        if kind == .unknown, !honorific, !title, nameStart == last {
            let c = Lexicon.lookup(toks[last].base)
            if c & WordClass.knownPlace.rawValue != 0 {
                kind = .place
            } else if c & WordClass.knownOrganization.rawValue != 0 {
                kind = .organization
            }
        }
        var role = title || postNominal
        if postNominal { kind = .person }
        if !role, first > sents[sentence].tokStart, toks[first - 1].kind == .word, toks[first - 1].isA(.title),
            !toks[first - 1].isCap
        {
            role = true
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
            tokStart: first, tokEnd: last + 1, nameStart: nameStart, parts: parts, honorific: honorific,
            role: role, sentence: sentence, inQuote: inQuote(nameStart), kind: kind, fullKey: fullKey,
            firstKey: firstKey, lastKey: toks[last].base,
            range: TextRange(mentionStart, end), nameRange: TextRange(Int(toks[nameStart].start), end))
        let index = w.mentions.count
        w.mentions.append(m)
        for k in first...last { w.mentionOf[k] = Int32(index) }
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

    private func groupMentions(_ w: inout MentionSet) {
        var byFull: [UInt64: Int] = [:]
        var bySurname: [UInt64: [Int]] = [:]  // surname → w.entities (persons/unknown with full names)
        var byOrgWord: [UInt64: Int] = [:]
        var surnamePairs: Set<SurnamePair> = []
        // Full names first, so one-word w.mentions can join them whichever comes first in the text.
        for mi in w.mentions.indices where w.mentions[mi].parts >= 2 {
            let m = w.mentions[mi]
            let e: Int
            if let existing = byFull[m.fullKey] {
                e = existing
            } else {
                e = w.entities.count
                w.entities.append(EntityWork())
                byFull[m.fullKey] = e
            }
            attach(&w, mi, to: e)
            if m.kind == .organization {
                if byOrgWord[m.firstKey] == nil { byOrgWord[m.firstKey] = e }
            } else if m.kind != .place, surnamePairs.insert(SurnamePair(key: m.lastKey, entity: e)).inserted {
                bySurname[m.lastKey, default: []].append(e)
            }
        }
        // Per surname, the start of every full mention of every entity with that surname, in text order, so
        // "the nearest full name before" is one binary search (a long article has many w.entities per surname).
        var surnameStarts: [UInt64: [(start: Int, entity: Int)]] = [:]
        for (key, list) in bySurname {
            var starts: [(start: Int, entity: Int)] = []
            for e in list { for mi in w.entities[e].mentions { starts.append((w.mentions[mi].range.start, e)) } }
            starts.sort { $0.start < $1.start }
            surnameStarts[key] = starts
        }
        for mi in w.mentions.indices where w.mentions[mi].parts == 1 {
            let m = w.mentions[mi]
            if let existing = byFull[m.fullKey] {
                attach(&w, mi, to: existing)
                continue
            }
            if let list = bySurname[m.lastKey], m.kind != .organization {
                // The nearest full-name mention before this one, else the first entity.
                let starts = surnameStarts[m.lastKey] ?? []
                var lo = 0
                var hi = starts.count  // first index with start >= m.range.start
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid].start < m.range.start { lo = mid + 1 } else { hi = mid }
                }
                attach(&w, mi, to: lo > 0 ? starts[lo - 1].entity : list[0])
                continue
            }
            if let org = byOrgWord[m.firstKey], m.kind != .person {
                attach(&w, mi, to: org)
                continue
            }
            let e = w.entities.count
            w.entities.append(EntityWork())
            byFull[m.fullKey] = e
            attach(&w, mi, to: e)
        }
        for e in w.entities.indices { w.entities[e].mentions.sort() }  // mention indices are in text order
        // Order w.entities by first mention.
        let order = w.entities.indices.sorted {
            w.mentions[w.entities[$0].mentions[0]].range.start < w.mentions[w.entities[$1].mentions[0]].range.start
        }
        var remap = [Int](repeating: 0, count: w.entities.count)
        for (newIndex, old) in order.enumerated() { remap[old] = newIndex }
        w.entities = order.map { w.entities[$0] }
        for mi in w.mentions.indices { w.mentions[mi].entity = remap[w.mentions[mi].entity] }
    }

    private func attach(_ w: inout MentionSet, _ mi: Int, to e: Int) {
        w.mentions[mi].entity = e
        w.entities[e].mentions.append(mi)
        let k = w.mentions[mi].kind
        if k == .organization || w.entities[e].kind == .unknown || (k == .person && w.entities[e].kind != .organization)
        {
            if k != .unknown { w.entities[e].kind = k }
        }
    }

    /// Gives w.entities their defined ids: annotated w.mentions first, then names and aliases from the index.
    private func linkAnnotations(_ w: inout MentionSet) {
        var byID: [String: Int] = [:]
        for am in syntax.entityMentions {
            let r = am.surfaceRange ?? am.range
            var linked = false
            if am.surfaceRange != nil {
                // Mentions are in text order: binary search the first that could overlap.
                var lo = 0
                var hi = w.mentions.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if w.mentions[mid].range.end <= r.start { lo = mid + 1 } else { hi = mid }
                }
                var mi = lo
                while mi < w.mentions.count && w.mentions[mi].range.start < r.end {
                    if w.mentions[mi].range.overlaps(r) {
                        w.entities[w.mentions[mi].entity].definedID = am.id
                        byID[am.id] = w.mentions[mi].entity
                        linked = true
                    }
                    mi += 1
                }
            }
            if !linked {
                if let e = byID[am.id] {
                    w.entities[e].extraRanges.append(r)
                } else {
                    var ew = EntityWork()
                    ew.definedID = am.id
                    ew.extraRanges = [r]
                    ew.canonical =
                        am.surfaceRange != nil
                        ? am.surface : (options.index.definitions(ofEntity: am.id).first?.definition.name ?? am.id)
                    byID[am.id] = w.entities.count
                    w.entities.append(ew)
                }
            }
        }
        for e in w.entities.indices {
            if let id = w.entities[e].definedID {
                if let def = options.index.definitions(ofEntity: id).first?.definition, let type = def.type {
                    switch type {
                    case .person: w.entities[e].kind = .person
                    case .organization: w.entities[e].kind = .organization
                    case .place: w.entities[e].kind = .place
                    default: break
                    }
                }
                continue
            }
            guard !w.entities[e].mentions.isEmpty, options.index.documentCount > 0 else { continue }
            let name = Self.canonicalName(e, w.entities, w.mentions, syntax.text)
            if let id = options.index.entities(withSurfaceForm: name).first {
                w.entities[e].definedID = id
            }
        }
    }

    /// The entity's canonical name: its defined name, else its longest mention's name.
    static func canonicalName(_ e: Int, _ entities: [EntityWork], _ mentions: [MentionWork], _ text: SourceText)
        -> String
    {
        if let c = entities[e].canonical { return c }
        var best = entities[e].mentions[0]
        for mi in entities[e].mentions where mentions[mi].parts > mentions[best].parts { best = mi }
        return text[mentions[best].nameRange]
    }
}

extension MentionSet {
    func canonicalName(_ e: Int, _ text: SourceText) -> String {
        MentionStage.canonicalName(e, entities, mentions, text)
    }

    /// The entities as the analysis reports them (`ArticleAnalysis.entities`).
    func publicEntities(_ text: SourceText) -> [ProseEntity] {
        entities.indices.map { e in
            let w = entities[e]
            var ranges = w.mentions.map { mentions[$0].range } + w.extraRanges
            ranges.sort()
            let full = w.mentions.first { mentions[$0].parts >= 2 }
            let first = full.map { mentions[$0].range } ?? ranges[0]
            let roleMention = w.mentions.first { mentions[$0].role }.map { mentions[$0].range }
            var p = ProseEntity(
                canonicalName: canonicalName(e, text), kind: w.kind, mentions: ranges, firstFullMention: first,
                definedID: w.definedID, hasRole: roleMention != nil)
            p.hasFullName = full != nil
            p.firstRoleMention = roleMention
            p.hasHonorific = w.mentions.contains { mentions[$0].honorific }
            return p
        }
    }
}

/// Words of the entity mechanism, as data.
enum EntityWords {
    /// Post-nominal letters and suffixes that follow a name as a role: "Sarah Clarke KC", "John Smith MP".
    static let postNominals: Set<UInt64> = Set(
        [
            "kc", "qc", "mp", "mep", "msp", "am", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
            "jr", "jr.", "sr", "ii", "iii", "iv", "esq",
        ].map(wordHash))
}

extension Lexicon {
    /// Speech verbs that are never part of a name, even in Title Case ("Howard Dean Tells Convention").
    static let titleCaseSpeechVerbs: Set<UInt64> = Set(
        [
            "said", "says", "tells", "told", "adds", "added", "warns",
            "warned", "writes", "wrote", "asks", "asked", "insists", "insisted", "explains", "explained", "argues",
            "argued", "tweets", "tweeted",
        ].map(wordHash))
    static let hDr = wordHash("dr")
    static let hProf = wordHash("prof")
}

/// An entity filed under a surname key (for de-duplicating `bySurname` lists in constant time).
private struct SurnamePair: Hashable {
    let key: UInt64
    let entity: Int
}
