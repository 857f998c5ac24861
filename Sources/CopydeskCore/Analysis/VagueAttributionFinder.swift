/// Vague attributions: phrases that credit no one in particular (outside quotes, never in headlines).
///
/// - An adverb of hearsay: "reportedly", "allegedly", "supposedly".
/// - An impersonal passive: "it is said", "it was widely believed", "it has been reported", "it's understood", "it is
///   often reported", "it is now widely accepted" (`VagueWords.passiveAdverbs`); a hope or an assumption ("it is
///   hoped that", "It is hoped the bridge will reopen"), a consensus only with an adverb of how widely ("it is generally agreed that"; not "It was agreed
///   that the vote would wait", a decision).
/// - A personal passive with no agent: "are thought to", "is understood to be", "is said to have", "is tipped to", "is
///   expected to outline", "is expected to be out", "It is expected to cost", "is expected to be completed" (not the
///   rule "is expected to be provided", nor "what it was expected to deliver"), "is projected to", "are being warned
///   to", "is being hailed as", blame laid by no one ("have been blamed for", "was blamed on"), a credit hedged ("is
///   being credited in part to"); a judgement with no agent: "is widely regarded as", "was seen as", "is considered one
///   of" — not one supposed or sought ("might be seen as", "seeks to be seen as"); negated too ("was not seen as", "is
///   not expected to"). A passive with an agent ("was called reckless by the minister", "is regarded by analysts as")
///   names its source — but an agent that names no one does not ("is seen by many as"), nor does a measure ("are
///   forecast to rise by 3%") — and a passive that attributes nothing ("will be reviewed", "was honoured for", "is
///   being considered.") or names ("is known as the Garden of England") is not an attribution, nor one whose sentence
///   names whose it is after "according to" ("is forecast to double by 2008, according to consultancy Aldgate
///   Partners"); one supposed in the perfect neither ("might have been expected to"). A verdict after an adverb of how
///   many delivered it: "was widely criticised", "has been roundly condemned" (not "was criticised for"); one that
///   describes what it judges, with no agent: "has been criticised as unworkable", "has been branded a failure".
/// - "widely" before a verb of belief or expectation: "widely expected", "widely tipped".
/// - Speculation with no one behind it: "amid speculation that", "amid reports", "amid rumours", and other
///   prepositions before such a noun and its clause: "despite claims that", "following reports that" (not "over
///   claims of fraud", nor "over" before a clause: `hearsayPreposition`).
/// - A reduced relative that reports a belief: "the poll - expected to fall on 5 May -", "the unit, thought to be
///   worth £300m,", one of belief or hearsay right after its noun ("a fee believed to be a record"; not "the firm
///   expected to make a profit"), any after an appositive's noun ("…, a number expected to double") or in an
///   absolute after "with" ("with ticket sales across the industry expected to rise") — not "…,
///   known to friends as", nor with an agent.
/// - An unnamed group speaking: "sources say", "experts believe", "critics of the plan argue", "some people
///   say", "some computer users, who had tested it, reported", "some senior members, who say", "union officials
///   denied", typed groups ("officials said", "Yukos' US lawyers claim", "…, said industry officials", "according
///   to analysts", "Russian newspapers have claimed", "rights groups say", "Ministers say", "council leaders
///   say" — not one joined to someone named: "Ms Henry and other union leaders", nor one described by a body it
///   names: "according to analysts at Goldman Sachs"), people known by their tie to
///   someone
///   ("Friends of the couple say", "Those close to the singer say"), watchdogs, forecasters, advocates, insurers
///   and authorities ("Forecasters expect", "authorities said"; not "Peruvian authorities"), one of a typed group
///   ("an official said", "A diplomat involved in the mediation said", "one analyst said", "a friend said",
///   "another reviewer complained"), a quantifier placed by a preposition ("Some in the City believe", "Many in
///   the industry fear"; not a gerund after a preposition: "attack a friend without saying"), a group that ties an
///   outcome to a cause ("which scientists have linked to warmer seas", "many attribute it to"; not a connection:
///   "companies linked to him") or reports a clause ("Estate agents report that…") — not when someone named closes
///   the sentence reporting it ("Growers are wary of it, Ms Dale said"), unnamed people referred back after the
///   article sourced "people familiar with…" ("the people said", "one of the people said") — not when the group
///   is owned ("her lawyers
///   said", "said his critics"), the subject of the content ("saying that people…"), or a nation types its state's officials ("Israeli officials said", "US diplomats say"), nor when the group is the
///   object of a verb ("dismissed reports he told…"), in a comparison ("than people thought") or the verb is a
///   noun ("people to have a say"), nor an agreement reached ("all 12 members agreed on policy"), nor a group's
///   expectation that a named compilation gives ("Analysts had expected a 1% rise, according to data compiled by
///   MarketLens").
/// - A connection no one is said to have made: "has been linked with a move" (not "was linked to an account").
/// - Hearsay after "there is" or "there have been": "There is speculation that…", "there have been claims that…",
///   "There were reports of gunfire" (not "There is talk of a strike"); hearsay that arises: "Reports emerged
///   that…", "Rumours are circulating that…" (`hearsayArises`).
/// - Feelings no one named holds (`VagueWords.concern`): after "there is" with what they are about ("there are fears
///   the bridge will close", not "There are concerns."), after "amid" ("amid growing concern"), provoked ("fuelled
///   speculation that", "sparked fears of"), or voiced in the passive ("Concerns have been raised", not "were raised
///   by the union" nor "his concerns were raised").
/// - Speculation as the subject ("Recent speculation has linked…", "Speculation of a shake-up has mounted") and a
///   figure estimated by no one ("an estimated five million", "an estimated $6bn", "their estimated 7.5 million",
///   "damage estimated at $450m"; not with a named compilation: "an estimated £2.3bn, according to figures from the
///   Taskforce", nor in what a source of its sentence reports: "The damage was estimated at £450m, the council
///   said").
/// - An unnamed group joined to a name or described by one: "Commentators and the firm itself claim", "companies
///   contacted by the BBC insist", and past a preposition a person's or a place's name ("critics of Mr Blair say", "a
///   source close to Ms Hale said", "Farmers in the Somali region say", "campaigners in Whitby say" — a name of no
///   known kind after "in" or "of" is a place, and a place between commas may locate it: "Residents of El Fasher, in
///   Darfur, said" (`placeInApposition`); not an organisation, the source named: "Analysts at Goldman Sachs said";
///   not a poll's respondents, unless the group stands outside the poll: "Experts not involved in the survey said").
///   Outlets, agencies and unions typed but unnamed speak only with their verb right after them
///   ("local media reported", "unions claim": `VagueWords.verbGroup`) or after their first verb's phrase ("Consumer
///   groups welcomed the fine but said"); a party types a group after "according to" ("according to Lib Dem
///   campaigners"; `VagueWords.partyModifiers`); a group's verb past its relative clause ("Officials from two
///   delegations, who spoke on condition of anonymity, said"); a name a group gives after "what" ("in what conservation
///   groups called a breakthrough", "what critics call a cover-up"); a group's verb in the progressive after "be", past
///   an adverb ("economists are predicting", "had been expecting", "are now forecasting"); a group's hope or question
///   ("Executives hope", "watchers question whether"; not a noun after a preposition, "to call into question");
///   "sources close to" a body, which are not the body; a quantifier past auxiliaries ("Some have suggested").
/// - An unnamed group's doubt or conviction: "some farmers are sceptical", "lawyers are unsure", "others remain
///   wary" (`groupStance`).
/// - Evidence no one is said to have made: "…, a poll suggests", "Surveys have shown", "A new study found",
///   "Official figures show", "Data shows", by an agent typed ("A report by a campaign group has found", "a study
///   by researchers found") — not "a BBC poll found", "the survey found", "a poll by Gallup found"
///   (`unnamedEvidence`); after "according to" with at most one word before it, past words of recency
///   ("according to industry estimates", "according to press reports", "according to figures seen by the BBC" —
///   who saw them is not whose —, "according to unofficial overnight figures", "according to the latest industry
///   figures"), or one body typed after "a" ("according to a consumer group") — not "according
///   to the exit polls", "estimates from the council", "a consumer group called Which?".
/// - Any relation of the attribution stage whose source names no one, whatever its noun (`VagueSources.swift`).
///
/// A group's message quotes the modifiers its relation's source holds before the group word, where the phrase's range
/// opens (`groupOpening`: 'Union leaders said', not 'leaders said').
extension VagueStage {
    /// `VagueWords.classes` of the word with hash `h`, from the stage's table.
    @inline(__always) func vagueClasses(_ h: UInt64) -> UInt64 { vagueWords.lookup(h) }

    /// The phrase `r` from token `a` as a message quotes it: as written, but for the capital a sentence gives its
    /// first word ("Analysts said" → "analysts said"; a vague phrase opens with no name); a nationality's or an
    /// abbreviation's capitals stay ("ordinary Chinese traders say", "US diplomats say", "MPs say": a capital after the
    /// first letter is the word's own).
    func quoted(_ a: Int, _ r: TextRange) -> String {
        let phrase = string(r)
        guard toks[a].isCap, !toks[a].has(Token.allCaps), !held.attributiveAdjectives.contains(toks[a].base),
            let first = phrase.first, phrase.dropFirst().first?.isUppercase != true
        else { return phrase }
        return first.lowercased() + phrase.dropFirst()
    }

    /// The vague attributions of the article, in text order.
    func vagueStage() -> [VagueAttribution] {
        var out: [VagueAttribution] = []
        func add(_ a: Int, _ b: Int, _ s: Int) {
            let r = tokRange(a, b)
            out.append(VagueAttribution(range: r, sentence: s, phrase: quoted(a, r)))
        }
        // Most words start no phrase: the lexicon's classes decide (`WordClass.vagueListed` marks the words of the
        // vague lists).
        let starts = VagueWords.lexiconStarts | WordClass.vagueListed.rawValue
        // Where the article first sources "people familiar with…" (`referredBackUnnamed`): nil for most articles.
        let firstFamiliar = toks.firstIndex { $0.hash == VagueWords.familiar }
        for s in sents.indices where !paras[sents[s].paragraph].isHeadline {
            let a = sents[s].tokStart
            let e = sents[s].tokEnd
            var k = a
            while k < e {
                let t = toks[k]
                if t.kind != .word || t.cls & starts == 0 || inQuote(k) {
                    k += 1
                    continue
                }
                if t.isA(.vagueAdverb) {
                    add(k, k, s)
                    k += 1
                    continue
                }
                if t.hash == Lexicon.hIt || t.hash == Lexicon.hItS, let end = passiveVague(k, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                if let (start, end) = agentlessPassive(k, a, e) {
                    add(start, end, s)
                    k = end + 1
                    continue
                }
                // "amid speculation that", "amid widespread suggestions", "amid talk of", "amid growing concern".
                if t.hash == VagueWords.amid, let end = speculationAfter(k + 1, e, concerns: true) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "following reports that…", "despite claims his advice was…": hearsay that a
                // preposition introduces, with its clause ("over claims of fraud" and "after reports by the BBC" name
                // nothing reported or someone).
                if vagueClasses(t.hash) & VagueWords.hearsayPreposition != 0,
                    let end = speculationAfter(k + 1, e, concerns: true), end + 1 < e,
                    toks[end + 1].hash == Lexicon.hThat || opensClauseWithoutThat(end + 1, e)
                {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "There is speculation that…", "there are reports that…": hearsay as the subject of "there is"; and
                // unnamed people's feelings with what they are about: "there are fears the crush will…", "there is
                // concern over…" ("There are concerns." alone says nothing of whose or what).
                // ("There have been claims that…", "there has been speculation about…": "be" after "have" too; and
                // hearsay with what it is about — "There were reports of gunfire" — but for "talk", which is as
                // often a plan as a rumour: "There is talk of a strike.")
                if t.hash == Lexicon.hThere, let v = beAfterThere(k + 1, e),
                    let end = speculationAfter(v + 1, e, concerns: true), end + 1 < e,
                    toks[end + 1].hash == Lexicon.hThat
                        || vagueClasses(toks[end].hash) & VagueWords.concern != 0 && opensTopic(end + 1, e)
                        || toks[end].hash != VagueWords.talk && opensTopic(end + 1, e)
                {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "The move fuelled speculation that…", "sparked fears of a strike": hearsay or unnamed people's
                // feelings that something provoked (whose, the sentence does not say).
                if vagueClasses(t.hash) & VagueWords.provoke != 0, !t.isCap,
                    let end = speculationAfter(k + 1, e, concerns: true),
                    vagueClasses(toks[end].hash) & VagueWords.speculation != 0 || opensTopic(end + 1, e)
                {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "Concerns have been raised about…", "questions were raised over…": feelings voiced by no one named.
                if let start = voicedByNoOne(k, a, e) {
                    add(start, k, s)
                    k += 1
                    continue
                }
                // "the poll - expected to fall in May -", "the unit, thought to be worth £300m,": a reduced relative.
                if let end = reducedRelative(k, a, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "Speculation has mounted", "Recent speculation has linked": speculation as the subject.
                // ("Speculation of a shake-up has mounted", "Speculation that he will go grew": with what it is about.)
                if t.hash == VagueWords.speculationWord, k <= a + 1, k + 1 < e, toks[k + 1].kind == .word,
                    !toks[k + 1].isA(.function) || be.contains(toks[k + 1].hash)
                        || toks[k + 1].hash == Lexicon.hHas || held.topicWords.contains(toks[k + 1].hash)
                {
                    add(k, k, s)
                    k += 1
                    continue
                }
                // "Reports emerged that…", "Rumours are circulating that…": hearsay that arises from no one named.
                if vagueClasses(t.hash) & VagueWords.speculation != 0, let end = hearsayArises(k, a, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                // "according to analysts", "according to its backers": a typed group, unnamed.
                if t.hash == Lexicon.hAccording, k + 2 < e, toks[k + 1].hash == Lexicon.hTo {
                    var g = k + 2
                    // ("according to the exit polls": evidence the article has named or will name.)
                    let definite = toks[g].hash == Lexicon.hThe || toks[g].isA(.possessivePronoun)
                    // ("according to a consumer group", "according to one charity": a body typed, unnamed.)
                    let indefinite = held.indefinites.contains(toks[g].hash)
                    if toks[g].isA(.determiner) || toks[g].isA(.possessivePronoun) { g += 1 }
                    // ("according to Lib Dem campaigners", "Labour sources": a party types a group and names no
                    // one, as "Labour campaigners said" does; "Conservative research" is the party's own.)
                    var p = g
                    while p + 1 < e && p <= k + 4 && toks[p].isCap && held.partyModifiers.contains(toks[p].base) {
                        p += 1
                    }
                    if p > g, isGroupWord(p) { g = p }
                    // ("according to French media", "according to Cardiff residents": a nation or a place types a
                    // group and names no one, as "French media reported" does — but not its state's officials,
                    // "according to Israeli officials", as `vagueSubjectVerb` reads them; nor a name of no known kind,
                    // "according to Goldman analysts".)
                    if p == g, g + 1 < e, toks[g].isCap, isGroupWord(g + 1),
                        !held.stateGroups.contains(toks[g + 1].hash),
                        mentionOf[g] >= 0
                            ? entities[mentions[Int(mentionOf[g])].entity].kind == .place
                            : held.nationCodes.contains(toks[g].hash) || isDemonym(g)
                    {
                        g += 1
                    }
                    // ("according to unofficial overnight figures", "the latest industry figures": how recent or how
                    // official evidence is says nothing of whose.)
                    let qualified = g
                    while g + 1 < e && g <= k + 5 && held.evidenceQualifiers.contains(toks[g].hash) { g += 1 }
                    // "according to press reports", "according to industry estimates": one word describes the group
                    // or the evidence (not "according to estimates from the council", "figures that were released
                    // by the firm": they name whose) — definite evidence too, once qualified and described ("the
                    // latest industry figures"; not "the exit polls", which the article has named or will name).
                    var described = false
                    func unnamed(_ i: Int) -> Bool {
                        isGroupWord(i) || indefinite && vagueClasses(toks[i].hash) & VagueWords.oneBody != 0
                            || (!definite || described) && vagueClasses(toks[i].hash) & VagueWords.evidence != 0
                                && !evidenceOwned(i, e)
                    }
                    if g + 1 < e, isLowerWord(g), !toks[g].isA(.function), !unnamed(g), toks[g + 1].kind == .word {
                        described = g > qualified
                        if unnamed(g + 1) { g += 1 } else { described = false }
                    }
                    if g < e, toks[g].kind == .word, !toks[g].isCap, mentionOf[g] < 0, unnamed(g),
                        // ("according to data firm Comscope", "research group Vexlo", "a group called Which?": the word
                        // describes a name.)
                        !(g + 1 < e
                            && (toks[g + 1].isCap || toks[g + 1].isA(.namingParticiple)
                                || toks[g + 1].isA(.organisationDescriptor) && g + 2 < e && toks[g + 2].isCap)),
                        // ("according to lawyers with the CARA Project", "analysts at Goldman Sachs": the body named.)
                        !namedBodyAfterGroup(g, e)
                    {
                        // "according to media trackers": the group word describes the plural after it.
                        if g + 1 < e, isPlainPlural(g + 1) { g += 1 }
                        add(k, g, s)
                        k = g + 1
                        continue
                    }
                }
                // "for a reported £85m", "on a reported budget of $95m": a figure reported by no one (read from
                // "reported", which starts phrases).
                if t.hash == VagueWords.reported, k > a, toks[k - 1].hash == Lexicon.hA, k + 1 < e,
                    opensFigureToken(k + 1)
                        || k + 3 < e && isLowerWord(k + 1) && !toks[k + 1].isA(.function)
                            && toks[k + 2].hash == Lexicon.hOf
                            && (toks[k + 3].kind == .number || toks[k + 3].punct == .currency)
                {
                    add(k - 1, k, s)
                    k += 1
                    continue
                }
                // "an estimated five million", "an estimated $6bn": a figure estimated by no one (not "an estimated
                // £2.3bn a year, according to figures from the Charity Fraud Taskforce": the estimate's, named).
                // (Nor one in what a source of the sentence reports: "An estimated 5,000 people attended the rally,
                // police said", `reportedBySource`.)
                if t.hash == Lexicon.hAn, k + 2 < e, toks[k + 1].hash == VagueWords.estimated, opensFigureToken(k + 2) {
                    if !namedCompilationAfter(k + 2, e), !reportedBySource(k + 1, s) { add(k, k + 1, s) }
                    k += 2
                    continue
                }
                // "most of their estimated 7.5 million streetlights": the same after an owner's pronoun.
                if t.hash == VagueWords.estimated, k > a, toks[k - 1].isA(.possessivePronoun), k + 1 < e,
                    opensFigureToken(k + 1), !namedCompilationAfter(k + 1, e), !reportedBySource(k, s)
                {
                    add(k - 1, k, s)
                    k += 1
                    continue
                }
                // "damage estimated at $450m", "The cost was estimated at £2m", "Her fortune, estimated at $5bn,":
                // the same, a passive after "be", a comma or a bare noun — not with an agent ("estimated at £2bn by
                // the Treasury") nor the active verb of a subject ("which the campaign estimated at $5m"). So is
                // "put at" ("The cost of the scheme is put at £2bn"; not "He put the cost at £2bn").
                if vagueClasses(t.hash) & VagueWords.estimateAt != 0, k > a, k + 2 < e, toks[k + 1].hash == Lexicon.hAt,
                    isPassiveEstimate(k, a),
                    opensFigureToken(k + 2) || held.partitiveHedges.contains(toks[k + 2].hash),
                    !agentAfterFigure(k + 2, e), !reportedBySource(k, s)
                {
                    add(k, k + 1, s)
                    k += 2
                    continue
                }
                // "…, a poll suggests", "Surveys have shown", "A recent study found": evidence no one is said to have made.
                // ("A report by a campaign group has found": a report speaks unnamed only with its agent typed.)
                if vagueClasses(t.hash) & VagueWords.evidence != 0
                    || vagueClasses(t.hash) & VagueWords.reportNoun != 0 && k + 1 < e
                        && toks[k + 1].hash == Lexicon.hBy,
                    let (start, end) = unnamedEvidence(k, a, e)
                {
                    add(start, end, s)
                    k = end + 1
                    continue
                }
                if isGroupWord(k) || isOneOfAGroup(k, a), let end = vagueSubjectVerb(k, a, e),
                    !reportedBySomeoneNamed(after: end, e)
                {
                    // The range from the group word; the message quotes the group whole, as written but for an
                    // article's capital ('a senior official said', 'Union leaders said': a modifier's capital may be
                    // a name's, "Verizon executives have admitted").
                    let first = groupOpening(k, s)
                    let whole = tokRange(first, end)
                    let phrase = first == k || toks[first].isA(.function) ? quoted(first, whole) : string(whole)
                    out.append(VagueAttribution(range: tokRange(k, end), sentence: s, phrase: phrase))
                    k = end + 1
                    continue
                }
                // "…, BBC Sport understands.", "The Guardian understands that…": what an outlet learned from sources
                // it does not name.
                if vagueClasses(t.hash) & VagueWords.learned != 0, let start = outletLearning(k, a, e) {
                    add(start, k, s)
                    k += 1
                    continue
                }
                // "…, the people said", "one of the people said": the unnamed people familiar with the matter that
                // the article sourced before, referred back to.
                if t.isA(.speech), !t.isCap, let f = firstFamiliar, f < k, let start = referredBackUnnamed(k, a) {
                    add(start, k, s)
                    k += 1
                    continue
                }
                // "…, said industry officials.": the unnamed group after its verb.
                if t.isA(.speech), !t.isCap, let end = groupAfterVerb(k, e) {
                    add(k, end, s)
                    k = end + 1
                    continue
                }
                k += 1
            }
        }
        // Relations whose source names no one (`VagueSources.swift`), in text order with the rest.
        out += unnamedSources(attributions, found: out)
        out.sort { $0.range.start < $1.range.start }
        return out
    }

    /// "understands" at `k` (or "learned" after "has", or "told" after "has been" or "was") after an organisation's
    /// name, ending its sentence or opening a "that" clause: "…, BBC Sport understands.", "The Guardian understands
    /// that…", "The Times has learned that…", "The BBC has been told that 50 staff will go" — not a person's
    /// understanding ("Ms Hale understands that the rules are strict"), nor one with an object ("The bank
    /// understands the risks"), nor who told it ("The BBC has been told by the firm that…"). Returns the phrase's
    /// first token (the name, or the article before it).
    private func outletLearning(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        var n = k - 1
        if toks[k].hash == Lexicon.hTold {
            guard n > a else { return nil }
            if toks[n].hash == Lexicon.hBeen, n - 1 > a, toks[n - 1].hash == Lexicon.hHas {
                n -= 2
            } else if toks[n].hash == Lexicon.hWas {
                n -= 1
            } else {
                return nil
            }
        } else if toks[k].hash != VagueWords.understands {
            guard n > a, toks[n].hash == Lexicon.hHas else { return nil }
            n -= 1
        }
        guard n >= a, k + 1 < e, mentionOf[n] >= 0,
            toks[k + 1].hash == Lexicon.hThat || toks[k + 1].isTerminator
        else { return nil }
        let m = mentions[Int(mentionOf[n])]
        guard m.tokEnd == n + 1, entities[m.entity].kind == .organization || entities[m.entity].kind == .unknown,
            !inQuote(n)
        else { return nil }
        let first = m.tokStart
        return first > a && toks[first - 1].hash == Lexicon.hThe ? first - 1 : first
    }

    /// A speculation word at `k`, after at most one adjective: "speculation", "widespread suggestions", "talk"; with
    /// `concerns`, also a word of unnamed people's feelings ("growing concern", "fears": `VagueWords.concern`).
    private func speculationAfter(_ k: Int, _ e: Int, concerns: Bool = false) -> Int? {
        guard k < e else { return nil }
        let classes = VagueWords.speculation | (concerns ? VagueWords.concern : 0)
        if vagueClasses(toks[k].hash) & classes != 0 { return k }
        if k + 1 < e, toks[k].kind == .word, !toks[k].isCap, !toks[k].isA(.function),
            vagueClasses(toks[k + 1].hash) & classes != 0
        {
            return k + 1
        }
        return nil
    }

    /// The hearsay noun at `k` (`VagueWords.speculation`) is the subject of a verb of arising (`VagueWords.arise`,
    /// past auxiliaries), with what it says after it: "Reports emerged that…", "Rumours are circulating that…",
    /// "claims surfaced last week that…" — or before the verb ("Rumours of a £20m bid have been circulating"). Not
    /// hearsay an article names or owns ("the reports emerged", "his claims surfaced"), nor one that is an object
    /// ("denied reports"). Returns the verb.
    private func hearsayArises(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        if k > a {
            let p = toks[k - 1]
            if isDefiniteOrOwner(p) || p.kind == .word && held.objectVerbs.contains(p.hash) { return nil }
        }
        var v = k + 1
        // "Rumours of a £20m bid have been circulating for weeks": what is said, after "of" or "about", before the
        // verb (a short phrase of words and figures).
        if v < e, toks[v].hash == Lexicon.hOf || toks[v].hash == Lexicon.hAbout {
            var n = v + 1
            while n < e && n <= v + 6
                && (toks[n].kind == .word || toks[n].kind == .number || toks[n].punct == .currency
                    || toks[n].punct == .percent)
            {
                if held.auxiliaries.contains(toks[n].hash) || vagueClasses(toks[n].hash) & VagueWords.arise != 0 {
                    var w = n
                    while w < e && w <= n + 2 && held.auxiliaries.contains(toks[w].hash) { w += 1 }
                    return w < e && vagueClasses(toks[w].hash) & VagueWords.arise != 0 ? w : nil
                }
                n += 1
            }
            return nil
        }
        while v < e && v <= k + 2 && held.auxiliaries.contains(toks[v].hash) { v += 1 }
        guard v < e, vagueClasses(toks[v].hash) & VagueWords.arise != 0 else { return nil }
        var n = v + 1
        while n < e && n <= v + 4 && toks[n].kind == .word {
            if toks[n].hash == Lexicon.hThat || held.topicWords.contains(toks[n].hash) { return v }
            n += 1
        }
        return nil
    }

    /// A word before a group or hearsay noun that makes it one the article names or owns: "the", "these", "those",
    /// a possessive pronoun or a possessive ("the sources", "his critics", "Yukos's lawyers").
    private func isDefiniteOrOwner(_ p: Token) -> Bool {
        p.kind == .word
            && (p.hash == Lexicon.hThe || p.hash == Lexicon.hThese || p.hash == Lexicon.hThose
                || p.isA(.possessivePronoun) || p.has(Token.possessive))
    }

    /// The form of "be" after "there" at `k`: "is", "were", or "been" after "has", "have" or "had".
    private func beAfterThere(_ k: Int, _ e: Int) -> Int? {
        guard k + 1 < e else { return nil }
        if be.contains(toks[k].hash) { return k }
        let h = toks[k].hash
        let perfect = h == Lexicon.hHas || h == Lexicon.hHave || h == Lexicon.hHad
        return perfect && toks[k + 1].hash == Lexicon.hBeen && k + 2 < e ? k + 1 : nil
    }

    /// Token `k` opens a clause with no "that" before it: a subject pronoun, a possessive ("his advice was", "the
    /// minister's statement was") or "the" — not a noun phrase of the hearsay's own ("claims of fraud", "reports by
    /// the BBC").
    private func opensClauseWithoutThat(_ k: Int, _ e: Int) -> Bool {
        guard k < e, toks[k].kind == .word else { return false }
        let h = toks[k].hash
        if held.subjectPronouns.contains(h) || toks[k].isA(.possessivePronoun) || h == Lexicon.hThe {
            return true
        }
        // "claims Lord Goldsmith's statement was drawn up": a name's possessive.
        let m = Int(mentionOf[k])
        return m >= 0 && toks[mentions[m].tokEnd - 1].has(Token.possessive)
    }

    /// Token `k` says what a feeling is about: "of", "about", "over", "that", or a clause's subject after it ("fears
    /// the crush will…", "concern he may…").
    private func opensTopic(_ k: Int, _ e: Int) -> Bool {
        guard k < e, toks[k].kind == .word else { return false }
        let h = toks[k].hash
        return held.topicWords.contains(h) || h == Lexicon.hThe || held.subjectPronouns.contains(h)
    }

    /// The participle at `k` voices a feeling with no agent: "Concerns have been raised about", "Questions were
    /// raised over", "Fears have also been expressed that" — the feeling's noun (`VagueWords.concern`, after at most
    /// one adjective) is the start returned. Not with an agent ("were raised by the union"), nor when the noun has
    /// an owner before it ("his concerns were raised").
    private func voicedByNoOne(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard vagueClasses(toks[k].hash) & VagueWords.voiced != 0, !toks[k].isCap, k + 1 < e else { return nil }
        var j = k - 1
        while j > a && j >= k - 2 && held.passiveInserts.contains(toks[j].hash) { j -= 1 }
        guard j > a, be.contains(toks[j].hash) else { return nil }
        j -= 1
        // "have also been expressed": an adverb between the auxiliaries.
        if j > a, held.passiveInserts.contains(toks[j].hash) { j -= 1 }
        if toks[j].hash == Lexicon.hHave || toks[j].hash == Lexicon.hHas || toks[j].hash == Lexicon.hHad { j -= 1 }
        guard j >= a, vagueClasses(toks[j].hash) & VagueWords.concern != 0 else { return nil }
        if hasAgent(after: k, e) { return nil }
        var start = j
        if j > a, toks[j - 1].kind == .word, !toks[j - 1].isCap, !toks[j - 1].isA(.function) { start = j - 1 }
        let owner = start - 1
        if owner >= a, toks[owner].isA(.possessivePronoun) || toks[owner].has(Token.possessive) { return nil }
        return start
    }

    /// The group word at `k` closes the name of an organisation that the entity stage read, which opens before it:
    /// "the Office for Students", "the Society of Motor Manufacturers and Traders said" — not a party's name before
    /// its group ("Tory MPs said": the group is no part of the name), nor a group opening the sentence
    /// ("Teachers said").
    private func endsAnOrganisation(_ k: Int) -> Bool {
        guard mentionOf[k] >= 0 else { return false }
        let m = mentions[Int(mentionOf[k])]
        return m.tokStart < k && m.tokEnd == k + 1 && entities[m.entity].kind == .organization
    }

    /// The group at `k` follows "and other" (past one modifier) after someone the entity stage knows: "Ms Henry and
    /// other labor leaders", "Mr Reed and other officials".
    private func joinsSomeoneNamed(_ k: Int, _ a: Int) -> Bool {
        var j = k - 1
        if j > a, isLowerWord(j), toks[j].hash != Lexicon.hOther { j -= 1 }
        return j - 2 >= a && toks[j].hash == Lexicon.hOther && toks[j - 1].hash == Lexicon.hAnd
            && mentionOf[j - 2] >= 0
    }

    /// An unnamed group that speaks: the lexicon's vague subjects ("sources", "experts") and typed groups
    /// ("officials", "lawyers", "advisers", "economists", "newspapers").
    func isGroupWord(_ k: Int) -> Bool {
        toks[k].isA(.vagueSubject) || vagueClasses(toks[k].hash) & (VagueWords.group | VagueWords.verbGroup) != 0
    }

    /// "the people" or "the person" right before the speech verb at `k` and after the sentence's first word, or "one
    /// of the people": the start of the phrase (the caller checks that the article sourced people familiar with
    /// something before).
    private func referredBackUnnamed(_ k: Int, _ a: Int) -> Int? {
        guard k - 2 >= a, held.familiarPeople.contains(toks[k - 1].hash), toks[k - 2].hash == Lexicon.hThe
        else { return nil }
        if k - 4 >= a, toks[k - 3].hash == Lexicon.hOf, toks[k - 4].hash == Lexicon.hOne { return k - 4 }
        // ("The people said no to the plan": opening its sentence, "the people" are as often a nation's.)
        return k - 2 > a ? k - 2 : nil
    }

    /// One of a typed group, unnamed (`VagueWords.oneOfAGroup`): "an official", "a senior diplomat", "one aide" —
    /// the indefinite past up to two modifiers (`typesAMember`): "One senior Tory backbencher told the BBC the plan
    /// would fail.", "One Tory MP said the plan would fail." (an abbreviation's capitals are its own). Not a member
    /// named by a body or a nation: "A White House official said the plan would fail.", "One Israeli official told
    /// Reuters the plan would fail." (as "Israeli officials said" names the state that speaks).
    private func isOneOfAGroup(_ k: Int, _ a: Int) -> Bool {
        let t = toks[k]
        guard vagueClasses(t.hash) & VagueWords.oneOfAGroup != 0, !t.isCap || t.has(Token.allCaps), k > a else {
            return false
        }
        var j = k - 1
        while j > a && j >= k - 2 && typesAMember(j) { j -= 1 }
        return held.indefinites.contains(toks[j].hash)
    }

    /// Token `j` describes one member of a group without naming who: a lower-case word of no grammar ("senior",
    /// "former") or a party's name (`VagueWords.partyModifiers`: "One senior Labour backbencher said").
    private func typesAMember(_ j: Int) -> Bool {
        let t = toks[j]
        if isLowerWord(j) { return !t.isA(.function) }
        return t.kind == .word && !t.has(Token.possessive) && held.partyModifiers.contains(t.base)
    }

    /// "according to" after `j` in its sentence, then within six words a capitalised name: "…, according to data
    /// compiled by MarketLens", "according to a Reuters poll" (not "according to analysts").
    func namedCompilationAfter(_ j: Int, _ e: Int) -> Bool {
        var n = j + 1
        while n + 1 < e {
            if toks[n].hash == Lexicon.hAccording, toks[n + 1].hash == Lexicon.hTo {
                return (n + 2..<min(e, n + 8)).contains { toks[$0].kind == .word && toks[$0].isCap && !inQuote($0) }
            }
            n += 1
        }
        return false
    }

    /// The first word of the group whose head word is at `k`, as the attribution stage read the source of a relation
    /// of sentence `s`: the modifiers before the head, which the phrase mechanisms do not read ("Union leaders said
    /// the offer was an insult", "Climate scientists say the summer was hot", "A senior official said"), so that a
    /// message quotes the group whole ('Union leaders said', not 'leaders said'). `k` itself when no source holds
    /// words alone before it ("Officials said the plan was dead"; a comma or a quote between is no modifier), when
    /// the group is a quantifier, which takes no modifier ("Many prominent Republicans have said they will not attend
    /// and others have said they are busy": not 'attend and others'), or a capital after a lowercase word, where a
    /// full stop is missing ("is still in jail Analysts believe").
    private func groupOpening(_ k: Int, _ s: Int) -> Int {
        let t = toks[k]
        if t.hash == Lexicon.hSome || t.hash == Lexicon.hMany || t.hash == Lexicon.hOthers { return k }
        if t.isCap, !t.has(Token.allCaps), k > sents[s].tokStart, !toks[k - 1].isCap { return k }
        let at = Int(t.start)
        for ri in sentenceAttributions[s] {
            guard let source = attributions[ri].sourceRange, source.start < at, at < source.end,
                let first = tokenStarting(atOrAfter: source.start, in: s), first < k,
                (first..<k).allSatisfy({ toks[$0].kind == .word && !inQuote($0) })
            else { continue }
            return first
        }
        return k
    }

    /// Token `j` lies in the content of a relation of sentence `s` that has a source: "An estimated 5,000 people
    /// attended the rally, police said" — the estimate is the speaker's (an unnamed speaker is flagged as one:
    /// "Floods caused an estimated £200m of damage, insurers said").
    private func reportedBySource(_ j: Int, _ s: Int) -> Bool {
        let at = Int(toks[j].start)
        for r in attributions where r.sentence == s && r.kind != .carried && r.sourceRange != nil {
            for c in r.contentRanges where c.start <= at && at < c.end { return true }
        }
        return false
    }

    /// The evidence noun at `i` has its owner after it, before the clause ends: "estimates from the council",
    /// "figures that were released Thursday by Crowdpac", "a survey of 1,000 voters by Gallup".
    /// A typed agent, unnamed, opening at `i`: "a campaign group", "one charity", "researchers" — an article or
    /// "one", up to two lowercase words, and a group's or a body's word (no name): its last token.
    private func unnamedAgentEnd(_ i: Int, _ e: Int) -> Int? {
        var j = i
        if j < e, toks[j].hash == Lexicon.hA || toks[j].hash == Lexicon.hAn || toks[j].hash == Lexicon.hOne {
            j += 1
        }
        let first = j
        while j < e && j <= first + 2 && isLowerWord(j) && mentionOf[j] < 0 {
            if isGroupWord(j) || vagueClasses(toks[j].hash) & VagueWords.oneBody != 0 {
                return j + 1 < e && toks[j + 1].isCap ? nil : j
            }
            if toks[j].isA(.function) { return nil }
            j += 1
        }
        return nil
    }

    private func evidenceOwned(_ i: Int, _ e: Int) -> Bool {
        var n = i + 1
        while n < e && n <= i + 7 && (toks[n].kind == .word || toks[n].kind == .number) {
            // "according to figures seen by the BBC", "figures obtained by the paper": who saw them is not whose.
            if held.sightParticiples.contains(toks[n].hash) { return false }
            if held.evidenceOwners.contains(toks[n].hash) { return true }
            if ownerClauseOpens(n, before: e) { return true }
            n += 1
        }
        return false
    }

    /// Token `n` (before `e`) opens a clause on the evidence before it whose subject, a pronoun, refers back to
    /// whose the evidence is: "according to a study it commissioned" — a personal pronoun or "it", then a participle.
    func ownerClauseOpens(_ n: Int, before e: Int) -> Bool {
        (toks[n].isA(.personPronoun) || toks[n].hash == Lexicon.hIt) && n + 1 < e && isParticiple(n + 1)
    }

    /// The sentence `a..<e` gives a split "by" a percentage "to" another: "said by 60% to 30%", "by 60 percent to 30".
    private func splitsByPercent(_ a: Int, _ e: Int) -> Bool {
        (a..<e).contains { i in
            toks[i].hash == Lexicon.hBy && i + 1 < e && toks[i + 1].kind == .number
                && (i + 2..<min(e, i + 6)).contains(where: { toks[$0].hash == Lexicon.hTo })
        }
    }

    /// The sentence `a..<e` holds a percentage ("60%", "60 percent", "60 per cent").
    private func sentenceHasPercent(_ a: Int, _ e: Int) -> Bool {
        (a..<e).contains { toks[$0].punct == .percent || toks[$0].kind == .word && toks[$0].isA(.percent) }
    }

    /// A preposition at `j` whose object describes the group before it (`VagueWords.groupPrepositions`), or "to"
    /// after "close" and "with" after "familiar": "sources close to the club", "people familiar with the talks".
    private func isDescribingPreposition(_ j: Int) -> Bool {
        let h = toks[j].hash
        if held.groupPrepositions.contains(h) { return true }
        guard j > 0 else { return false }
        let p = toks[j - 1].hash
        return h == Lexicon.hTo && p == VagueWords.close || h == Lexicon.hWith && p == VagueWords.familiar
    }

    /// The group word at `g` is described by a body it names after "at", "with", "for" or "from": "according to
    /// lawyers with the CARA Project", "according to analysts at Goldman Sachs" — the body is the source named, as
    /// `vagueSubjectVerb` reads "Analysts at Goldman Sachs said"; a person after "for" owns the group ("according to
    /// lawyers for Mr Hale", as "her lawyers"). A place leaves the group unnamed ("according to campaigners in
    /// Whitby") — but for a state's officials, whom a place types after "in", "at" or "from" ("according to officials
    /// in Moscow") —, and so does what no name follows ("according to analysts at the bank").
    private func namedBodyAfterGroup(_ g: Int, _ e: Int) -> Bool {
        guard g + 2 < e, toks[g + 1].kind == .word else { return false }
        let p = toks[g + 1].hash
        let state = held.stateGroups.contains(toks[g].hash)
        guard
            p == Lexicon.hAt || p == Lexicon.hWith || p == Lexicon.hFor || p == Lexicon.hFrom
                || state && p == Lexicon.hIn
        else { return false }
        var q = g + 2
        if toks[q].hash == Lexicon.hThe, q + 1 < e { q += 1 }
        guard mentionOf[q] >= 0 else { return false }
        let m = mentions[Int(mentionOf[q])]
        // ("according to officials in Moscow", "officials at the Kremlin": a state's officials typed by its place, as
        // the group walk reads "Officials in Moscow said".)
        if namesAPlace(m, e) { return state }
        return entities[m.entity].kind == .person ? p == Lexicon.hFor : p != Lexicon.hIn
    }

    /// Mention `m` (in a sentence ending before token `e`) names a place: one of that kind, or a name of no known kind
    /// before a place's word ("Farmers in the Somali region say").
    private func namesAPlace(_ m: MentionWork, _ e: Int) -> Bool {
        let kind = entities[m.entity].kind
        return kind == .place
            || kind == .unknown && m.tokEnd < e && isLowerWord(m.tokEnd) && toks[m.tokEnd].isA(.placeSuffix)
    }

    /// A place set off by commas at `j`, after "in" or alone, that locates the place before it: "Residents of El
    /// Fasher, in Darfur, said the city had been shelled every day". Returns the token after its closing comma (nil
    /// for anything else between commas, as a list of places).
    private func placeInApposition(_ j: Int, _ e: Int) -> Int? {
        guard j + 2 < e, toks[j].punct == .comma else { return nil }
        let k = toks[j + 1].hash == Lexicon.hIn ? j + 2 : j + 1
        guard k < e, mentionOf[k] >= 0, !inQuote(k) else { return nil }
        let m = mentions[Int(mentionOf[k])]
        guard m.tokStart == k, namesAPlace(m, e), m.tokEnd + 1 < e, toks[m.tokEnd].punct == .comma else { return nil }
        return m.tokEnd + 1
    }

    /// The quantifier at `k` opens its clause and a preposition of place and up to three words describe it, then
    /// its verb: "Some in the City believe", "Many within the party say" (not "Some in the City have…", no verb of
    /// report; not "many in the crowd to cheer"). Returns the verb.
    private func placedQuantifierVerb(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 2 < e, toks[k + 1].kind == .word, toks[k + 1].hash != Lexicon.hOf,
            held.groupPrepositions.contains(toks[k + 1].hash), opensClause(atQuantifier: k, a)
        else { return nil }
        var j = k + 2
        if toks[j].isA(.determiner) { j += 1 }
        let first = j
        while j < e && j < first + 3 && toks[j].kind == .word && !inQuote(j) {
            if j > first, isGroupVerb(j) {
                guard j + 1 < e, toks[j + 1].hash != Lexicon.hTo else { return nil }
                return j
            }
            if toks[j].isA(.function) { return nil }
            j += 1
        }
        return nil
    }

    /// The group at `k` follows "what" (past up to two lowercase modifiers) and names something with its verb right
    /// after it: "in what conservation groups called a breakthrough", "what critics call a cover-up". The verb.
    private func namingAfterWhat(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        guard k + 1 < e, held.namingVerbs.contains(toks[k + 1].hash) else { return nil }
        var b = k - 1
        while b >= a && b >= k - 3 && isLowerWord(b) && toks[b].hash != VagueWords.what && !toks[b].isA(.function) {
            b -= 1
        }
        return b >= a && toks[b].hash == VagueWords.what ? k + 1 : nil
    }

    /// The group verb at `j` ties something to a cause, and its "to" is a preposition: "attribute" in the present,
    /// "linked" in the active perfect ("scientists have linked to warmer seas"; not "been linked", a passive).
    private func tiesToACause(_ j: Int) -> Bool {
        let h = toks[j].hash
        guard held.verbsOfATie.contains(h) else { return false }
        if h != VagueWords.linkedVerb { return true }
        guard j > 0 else { return false }
        let p = toks[j - 1].hash
        return p == Lexicon.hHave || p == Lexicon.hHas || p == Lexicon.hHad
    }

    /// After token `j`, a comma and a person named, with a reporting verb, close the sentence: "Growers are wary of
    /// it, Ms Dale said", "…, said Ms Dale" — the group's stance or view is what she reports, not hearsay.
    private func reportedBySomeoneNamed(after j: Int, _ e: Int) -> Bool {
        var c = j + 1
        while c < e && toks[c].punct != .comma { c += 1 }
        guard c + 2 < e, e - c <= 7 else { return false }
        var named = false
        var reports = false
        for i in c + 1..<e where toks[i].kind == .word {
            if toks[i].isA(.reporting) {
                reports = true
            } else if mentionOf[i] >= 0 {
                guard entities[mentions[Int(mentionOf[i])].entity].kind == .person else { return false }
                named = true
            } else if !toks[i].isA(.honorific) && !toks[i].isA(.titleAbbrev) {
                return false
            }
        }
        return named && reports
    }

    /// Tokens `from..<to` are all auxiliaries ("have", "would"…), or there are none.
    private func onlyAuxiliaries(_ from: Int, _ to: Int) -> Bool {
        (from..<max(from, to)).allSatisfy { held.auxiliaries.contains(toks[$0].hash) }
    }

    /// A verb an unnamed group speaks or judges with at `j`: "say", "denied", "are predicting" (an "-ing" form only
    /// after "be").
    func isGroupVerb(_ j: Int) -> Bool {
        let u = toks[j]
        // ("watchers question whether…": "question" is a verb only before its indirect question.)
        if u.hash == VagueWords.question {
            return j + 1 < toks.count && held.questionOpeners.contains(toks[j + 1].hash)
        }
        // "Prosecutors accused of hiding evidence in 12 cases": the group is accused, it does not speak.
        if isReducedPassive(j) { return false }
        if feelsAState(j) { return false }
        if voicedFeeling(j) != nil { return true }
        // "Officers questioned 300 people in the days after the attack": people asked, no doubt voiced (`isActionUse`).
        if held.questionVerbs.contains(u.hash), addsAFigure(j, sents[sentenceOfToken(j)].tokEnd) { return false }
        guard u.isA(.vagueVerb) || vagueClasses(u.hash) & VagueWords.groupVerb != 0 else {
            // "economists are predicting", "are now forecasting", "had been expecting".
            guard vagueClasses(u.hash) & VagueWords.progressive != 0 else { return false }
            var b = j - 1
            if held.progressiveAdverbs.contains(toks[b].hash) { b -= 1 }
            return be.contains(toks[b].hash)
        }
        return true
    }

    /// The verb at `j` voices a feeling (`VagueWords.voiced`), whose noun (`VagueWords.concern`) follows it right away
    /// or past one lowercase adjective: "Critics have raised concerns about the plan.", "Parents voiced serious doubts
    /// about the school." — an unnamed group's report of its own worry, as the passive "Concerns have been raised" is
    /// no one's (`voicedByNoOne`). Returns the noun. Not anything else raised: "Residents raised £5,000 for the
    /// hospice."
    func voicedFeeling(_ j: Int) -> Int? {
        guard toks[j].kind == .word, vagueClasses(toks[j].hash) & VagueWords.voiced != 0, !toks[j].isCap else {
            return nil
        }
        var n = j + 1
        if n + 1 < toks.count, isLowerWord(n), !toks[n].isA(.function),
            vagueClasses(toks[n].hash) & VagueWords.concern == 0
        {
            n += 1
        }
        guard n < toks.count, toks[n].kind == .word, vagueClasses(toks[n].hash) & VagueWords.concern != 0 else {
            return nil
        }
        return n
    }

    /// "feel" at `j` names a state, not a view: a lowercase word right after it (past an adverb of degree) that no
    /// verb of its own follows — "Many people feel safe in the city", "vulnerable people could feel pressured into
    /// ending their lives" tell how people are, crediting no one with a claim. A clause after it is a view: "Some
    /// people feel the plan is unfair", "Many feel ministers have failed", "feel that…", "feel strongly that…".
    private func feelsAState(_ j: Int) -> Bool {
        guard held.feelForms.contains(toks[j].hash) else { return false }
        var n = j + 1
        if n < toks.count, toks[n].kind == .word, endsInLy(n) || held.stateDegree.contains(toks[n].hash) {
            n += 1
        }
        guard n < toks.count else { return false }
        let w = toks[n]
        guard w.kind == .word, !w.isCap, mentionOf[n] < 0, !w.isA(.function), !w.isA(.determiner),
            !w.isA(.possessivePronoun), !held.subjectPronouns.contains(w.hash), w.hash != Lexicon.hThat,
            !held.feelClauseOpeners.contains(w.hash)
        else { return false }
        guard n + 1 < toks.count, toks[n + 1].kind == .word else { return true }
        let after = toks[n + 1].hash
        return !be.contains(after) && !held.finiteAuxiliaries.contains(after)
    }

    /// A pronoun at `j` that opens another clause: a subject pronoun, or an object pronoun no preposition governs.
    private func opensClause(_ j: Int) -> Bool {
        let h = toks[j].hash
        if held.subjectPronouns.contains(h) { return true }
        return VagueWords.objectPronouns.contains(h) && !toks[j - 1].isA(.function)
    }

    /// The quantifier at `k` opens a clause (the sentence, or after punctuation, a conjunction or a relative pronoun):
    /// "Many believe", "…, but some say", "a man who many believe lied" — not "causing some worry" (an object: "worry"
    /// is a noun).
    private func opensClause(atQuantifier k: Int, _ a: Int) -> Bool {
        guard k > a else { return true }
        let p = toks[k - 1]
        return p.kind != .word || held.clauseOpeners.contains(p.hash)
    }

    /// A typed group right after a speech verb, ending the sentence: "said industry officials", "said one analyst,
    /// who asked not to be named", "The plan will cost jobs, said one Tory MP." (not "The plan will cost jobs, said
    /// one Tory MP, Jo Hale.", whose appositive names the speaker).
    private func groupAfterVerb(_ k: Int, _ e: Int) -> Int? {
        // "tells employees", "told investors": the group after a verb of telling is its audience.
        if toks[k].isA(.recipientVerb) { return nil }
        var j = k + 1
        while j < e && j <= k + 3 {
            let u = toks[j]
            // ("said one Tory MP.": a party's name types the member, and an abbreviation's capitals are its own,
            // `isOneOfAGroup`.)
            let typedMember = u.isCap && (typesAMember(j) || isOneOfAGroup(j, k + 1))
            if u.kind != .word || u.isCap && !typedMember || mentionOf[j] >= 0 && !typedMember { return nil }
            // "said his critics …" (owned: the speaker's own critics), "saying that people …" (the content's
            // subject): no unnamed group speaks.
            if u.isA(.possessivePronoun) || u.has(Token.possessive) || u.hash == Lexicon.hThat { return nil }
            // "stated of politicians", "wrote to investors", "said they support parents": a preposition or a
            // pronoun, no group as the subject.
            // (The lexicon's `function` class also holds group words such as "officials": a group is no stop.)
            // ("said one analyst, who…": one of a typed group, after its article.)
            if u.isA(.function) && !isGroupWord(j) && !held.indefinites.contains(u.hash) || opensClause(j) {
                return nil
            }
            if isGroupWord(j) || isOneOfAGroup(j, k + 1) {
                guard j + 1 < e else { return j }
                let next = toks[j + 1]
                // "said some- thing": a word broken at its hyphen, no group.
                let broken = (next.punct == .hyphen || next.punct == .dash) && !next.has(Token.spaceBefore)
                // "said one analyst, Jo Hale": the appositive names the speaker.
                if next.punct == .comma, j + 2 < e, mentionOf[j + 2] >= 0 { return nil }
                return next.kind == .punct && !broken ? j : nil
            }
            j += 1
        }
        return nil
    }

    /// "it is said", "it was widely believed", "it has been reported", "it's understood", and hearsay that emerged
    /// ("it has emerged"). Returns the phrase's last token.
    private func passiveVague(_ k: Int, _ e: Int) -> Int? {
        var j = k + 1
        // "…, it has emerged.", "It emerged last week that…": hearsay that arises from no one named (not "it emerged
        // from the water": only at the sentence's end or before its "that" within four words).
        var m = j
        if m < e, toks[m].hash == Lexicon.hHas { m += 1 }
        if toks[k].hash == Lexicon.hIt, m < e, toks[m].hash == VagueWords.emerged,
            m + 1 == e || toks[m + 1].isTerminator
                || (m + 1..<min(e, m + 5)).contains(where: { toks[$0].hash == Lexicon.hThat })
        {
            return m
        }
        if toks[k].hash != Lexicon.hItS {
            guard j < e else { return nil }
            let h = toks[j].hash
            if h == Lexicon.hIs || h == Lexicon.hWas {
                j += 1
            } else if h == Lexicon.hHas || h == Lexicon.hHad, j + 1 < e, toks[j + 1].hash == Lexicon.hBeen {
                j += 2
            } else {
                return nil
            }
        }
        // "it is widely believed", "it is often reported", "it is now widely accepted" (not "it is not known why":
        // no one's belief reported).
        var adverbs = 0
        while j < e, adverbs < 2, held.passiveAdverbs.contains(toks[j].hash) {
            j += 1
            adverbs += 1
        }
        guard j < e, toks[j].kind == .word else { return nil }
        // "it is hoped that", "it is generally accepted that": a hope or a consensus no one is said to hold — a
        // consensus only with an adverb of how widely ("It was agreed that the vote would wait" tells of a decision).
        let hope = vagueClasses(toks[j].hash) & VagueWords.impersonalHope != 0
        let consensus = vagueClasses(toks[j].hash) & VagueWords.consensus != 0 && adverbs > 0
        if hope || consensus {
            guard j + 1 < e, !hasAgent(after: j, e) else { return nil }
            // ("It is hoped the bridge will reopen": a hope's clause needs no "that" when a subject opens it.)
            let n = toks[j + 1]
            let clause =
                n.hash == Lexicon.hThat
                || hope && (n.isA(.determiner) || n.isA(.personPronoun) || mentionOf[j + 1] >= 0)
            return clause ? j : nil
        }
        guard toks[j].isA(.passiveParticiple) else { return nil }
        if hasAgent(after: j, e) { return nil }
        // "what it was expected to deliver": "it" is a thing obliged; only "it is expected that" reports.
        if toks[j].hash == VagueWords.expected, !(j + 1 < e && toks[j + 1].hash == Lexicon.hThat) { return nil }
        return j
    }

    /// A participle of belief or judgement at `k` after a form of "be" (or after "widely"), with no agent, that
    /// attributes something: "are thought to", "is understood to be", "was seen as", "widely expected".
    /// Returns the phrase's first and last tokens.
    private func agentlessPassive(_ k: Int, _ a: Int, _ e: Int) -> (Int, Int)? {
        let t = toks[k]
        guard !t.isCap else { return nil }
        let belief = t.isA(.passiveParticiple) || vagueClasses(t.hash) & VagueWords.passiveExtra != 0
        let judgement = t.isA(.judgement)
        let linked = vagueClasses(t.hash) & VagueWords.linked != 0
        let criticism = vagueClasses(t.hash) & VagueWords.criticism != 0
        guard belief || judgement || linked || criticism, k > a else { return nil }
        var j = k - 1
        // "was widely criticised", "has been roundly condemned", "the widely derided plan": a verdict no one named
        // delivered (not "was criticised for", whose critics the article often names next).
        if criticism {
            guard held.verdictAdverbs.contains(toks[j].hash) else { return describedVerdict(k, a, e) }
            guard !hasAgent(after: k, e) else { return nil }
            // A passive ("was widely criticised") or a modifier ("the widely derided plan", "Cole's much derided
            // plan") — not the active verb of critics named as its subject ("Critics widely condemned the plan").
            guard j > a else { return nil }
            let p = toks[j - 1]
            let passive = be.contains(p.hash)
            let modifier = p.isA(.determiner) || p.isA(.possessivePronoun) || p.has(Token.possessive)
            guard passive || modifier else { return nil }
            return (j, k)
        }
        // "widely expected", "widely tipped".
        if toks[j].hash == Lexicon.hWidely || toks[j].hash == Lexicon.hGenerally {
            if hasAgent(after: k, e) { return nil }
            return (j, k)
        }
        // "is being hailed as", "is also thought to", "was not seen as", "are never expected to".
        while j > a && j >= k - 3 && held.passiveInserts.contains(toks[j].hash) { j -= 1 }
        guard be.contains(toks[j].hash) else { return nil }
        // "might be seen as", "seeks to be seen as", "would be considered": a perception supposed or sought,
        // no one's opinion reported.
        if toks[j].hash == Lexicon.hBe, j > a, ClaimWords.classes(toks[j - 1].hash).contains(.modal) { return nil }
        // "he might have been expected to make peace": the same, in the perfect.
        if toks[j].hash == Lexicon.hBeen, j - 1 > a, toks[j - 1].hash == Lexicon.hHave,
            ClaimWords.classes(toks[j - 2].hash).contains(.modal)
        {
            return nil
        }
        // "is forecast to double by 2008, according to consultancy Aldgate Partners": the sentence names whose
        // forecast it is.
        guard k + 1 < e, !hasAgent(after: k, e), !namedCompilationAfter(k, e) else { return nil }
        // "is seen by many as": the word after an agent that names no one.
        let unnamedAgent = toks[k + 1].hash == Lexicon.hBy && k + 3 < e
        var after = unnamedAgent ? k + 3 : k + 1
        // "is being credited in part to", "was largely blamed on": a hedge of degree before the preposition.
        if !unnamedAgent, after + 1 < e, toks[after].hash == Lexicon.hIn, toks[after + 1].hash == ClaimWords.part {
            after += 2
        } else if !unnamedAgent, after + 1 < e, held.degreeAdverbs.contains(toks[after].hash) {
            after += 1
        }
        let n = toks[after].hash
        if linked {
            // "has been linked with a move" (not "was linked to an email account": a connection of things).
            guard n == Lexicon.hWith else { return nil }
        } else if belief {
            // "are thought to", "is said to have", "is understood that": the passive reports a belief; "is tipped for
            // Oscar success": a tip names what it is for.
            // "have been blamed for coral bleaching", "was blamed on pilot error": blame laid by no one named; "The
            // scheme has been credited with cutting crime by 20%.": credit given by no one named.
            guard
                n == Lexicon.hTo || n == Lexicon.hThat || n == Lexicon.hAs
                    || n == Lexicon.hFor && t.hash == VagueWords.tipped
                    || (n == Lexicon.hFor || n == Lexicon.hOn) && t.hash == VagueWords.blamed
                    || n == Lexicon.hWith && t.hash == VagueWords.credited
            else { return nil }
            // "is known as the Garden of England", "is not known as a debater": a name or a description, no hearsay
            // ("is known to have", "it is known that" report one).
            if t.hash == VagueWords.known, n == Lexicon.hAs { return nil }
            // "is expected to outline", "is expected to be out for six weeks" report an unnamed expectation; "is
            // expected to be provided" is a rule — but an event's passive is a forecast ("The deal is expected to be
            // completed by March", "is expected to be released in 2027").
            if t.hash == VagueWords.expected, k + 3 < e, toks[k + 2].hash == Lexicon.hBe, isParticiple(k + 3),
                !held.eventParticiples.contains(toks[k + 3].hash)
            {
                return nil
            }
            // "what it was expected to deliver": "it" obliged, as in `passiveVague` (opening the sentence, "It is
            // expected to cost around £150", or a clause of place or time, "where it is expected to be released on
            // 800 screens", still reports an expectation).
            if t.hash == VagueWords.expected, j - 1 > a, toks[j - 1].hash == Lexicon.hIt,
                !held.adverbialRelatives.contains(toks[j - 2].hash)
            {
                return nil
            }
        } else {
            // "is regarded as", "was considered one of", "is seen as": a judgement of someone unnamed.
            guard
                n == Lexicon.hAs || n == Lexicon.hTo || n == Lexicon.hA || n == Lexicon.hAn || n == Lexicon.hThe
                    || n == VagueWords.one || n == VagueWords.among
            else { return nil }
            // "are referred to a fraud office": a case sent on, not a name given ("is referred to as the father of").
            if t.hash == VagueWords.referred, n == Lexicon.hTo, !(after + 1 < e && toks[after + 1].hash == Lexicon.hAs)
            {
                return nil
            }
        }
        return (j, unnamedAgent ? k + 2 : k)
    }

    /// A verdict at `k` in the passive that describes what it judges, with no agent in its clause: "has been
    /// criticised as unworkable", "was condemned as a betrayal", "has been branded a failure" (`VagueWords.criticism`;
    /// a verb of naming only before a bare description, `VagueWords.namingVerdicts`). Not "was criticised for its
    /// cost", whose critics the article often names next; not "as" opening a clause ("He was mocked as the crowd
    /// jeered"); not a verdict supposed ("could be branded a failure"), nor an act of welcome ("was welcomed as a
    /// hero"). Returns the phrase's first and last tokens.
    private func describedVerdict(_ k: Int, _ a: Int, _ e: Int) -> (Int, Int)? {
        guard k + 2 < e, toks[k].hash != VagueWords.welcomed else { return nil }
        var j = k - 1
        while j > a && j >= k - 3 && held.passiveInserts.contains(toks[j].hash) { j -= 1 }
        guard be.contains(toks[j].hash) else { return nil }
        if toks[j].hash == Lexicon.hBe, j > a, ClaimWords.classes(toks[j - 1].hash).contains(.modal) { return nil }
        let n = toks[k + 1].hash
        var d = k + 2
        // (A verb of naming only before a bare description: "is branded as a Vodafone model", "is labelled as a
        // file called" describe a product.)
        if held.namingVerdicts.contains(toks[k].hash) {
            guard n == Lexicon.hA || n == Lexicon.hAn else { return nil }
            d = k + 1
        } else if n != Lexicon.hAs {
            return nil
        }
        // The description: an article or a lower-case content word ("as a betrayal", "as unworkable").
        let t = toks[d]
        guard t.hash == Lexicon.hA || t.hash == Lexicon.hAn || isLowerWord(d) && !t.isA(.function) else { return nil }
        // An agent anywhere in the clause names the verdict's source: "was condemned as a betrayal of voters by
        // the union".
        var m = k + 1
        while m < e, toks[m].kind == .word || toks[m].punct == .hyphen {
            if toks[m].hash == Lexicon.hBy, hasAgent(after: m - 1, e) { return nil }
            m += 1
        }
        return (j, k)
    }

    /// A participle of belief right after a comma, a spaced dash or a parenthesis — or one of belief or hearsay
    /// right after its noun ("a fee believed to be a record") — before an infinitive, with no
    /// agent: "the poll - expected to fall on 5 May -", "the unit, thought to be worth £300m,". Not "…, known to
    /// friends as…", "…, said to her" (no infinitive), "…, expected to be provided" (a rule, as in
    /// `agentlessPassive`). Returns the phrase's last token ("to").
    private func reducedRelative(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let t = toks[k]
        guard k > a, k + 2 < e, !t.isCap, t.hash != VagueWords.known,
            t.isA(.passiveParticiple) || vagueClasses(t.hash) & VagueWords.passiveExtra != 0
        else { return nil }
        let p = toks[k - 1]
        let spacedDash = (p.punct == .dash || p.punct == .hyphen) && p.has(Token.spaceBefore)
        // Right after its noun, only a participle of belief or hearsay ("a fee believed to be a record"; "the firm
        // expected to make a profit" is active).
        // Any such participle after an appositive's noun: "…, a number expected to double by 2050".
        let appositive =
            k - 3 >= a && toks[k - 3].punct == .comma && held.indefinites.contains(toks[k - 2].hash)
        let afterNoun =
            followsItsNoun(k, a)
            && (held.hearsayParticiples.contains(t.hash) || appositive || opensAnAbsolute(before: k, a))
        guard p.punct == .comma || p.punct == .lparen || spacedDash || afterNoun, toks[k + 1].hash == Lexicon.hTo else {
            return nil
        }
        let v = toks[k + 2]
        guard v.kind == .word, !v.isCap, !v.isA(.determiner), !v.isA(.personPronoun), !v.isA(.otherPronoun),
            !v.isA(.possessivePronoun)
        else { return nil }
        if t.hash == VagueWords.expected, v.hash == Lexicon.hBe { return nil }
        if hasAgent(after: k, e) { return nil }
        return k + 1
    }

    /// "with" opens the noun phrase before the participle at `k` (within six lowercase words): "with ticket sales
    /// across the industry expected to rise" — an absolute clause, whose participle is passive.
    private func opensAnAbsolute(before k: Int, _ a: Int) -> Bool {
        var b = k - 1
        while b >= a && b >= k - 7 && isLowerWord(b) {
            if toks[b].hash == Lexicon.hWith { return b < k - 1 }
            b -= 1
        }
        return false
    }

    /// "estimated" at `k` is a passive or a reduced relative: after "be" (past an adverb), a comma, a dash or a
    /// bracket, or a noun with no article or owner before it ("caused damage estimated at") — not after a subject
    /// ("which the campaign estimated at", "Cole estimated at").
    private func isPassiveEstimate(_ k: Int, _ a: Int) -> Bool {
        var p = k - 1
        if p > a, !be.contains(toks[p].hash), isAdverbLike(p) { p -= 1 }
        let t = toks[p]
        if t.punct == .comma || t.punct == .dash || t.punct == .lparen || be.contains(t.hash) { return true }
        guard isLowerWord(p), !t.isA(.function), p > a else { return false }
        let q = toks[p - 1]
        return q.kind == .word && !q.isCap && !q.isA(.determiner) && !q.isA(.possessivePronoun)
            && !q.has(Token.possessive) && mentionOf[p - 1] < 0
    }

    /// "by" and a word that is no figure follow the figure at `i` within its clause: "at £2bn by the Treasury".
    private func agentAfterFigure(_ i: Int, _ e: Int) -> Bool {
        var n = i
        while n < e && n <= i + 6 && toks[n].punct != .comma && !toks[n].isTerminator {
            if toks[n].hash == Lexicon.hBy { return n + 1 < e && toks[n + 1].kind == .word }
            n += 1
        }
        return false
    }

    /// An agent follows the participle at `k`: "by the minister", "by analysts" — not a quantifier that names no
    /// one: "is seen by many as", "is regarded by some as" (`VagueWords.unnamedAgents`; "by some 20,000 fans" counts
    /// people), a measure ("by 3%", "by about 5%"), a deadline ("by the end of March", `byDeadline`), nor the agent
    /// of an infinitive after it ("are expected to raise tax by the maximum amount").
    private func hasAgent(after k: Int, _ e: Int) -> Bool {
        var n = k + 1
        var limit = k + 4
        while n < e && n <= limit {
            // ("was described as “reckless” by the shadow chancellor": the quote it is called by is one word.)
            if stepOverQuotedPredicate(&n, limit: &limit, e) { continue }
            // "are expected to raise tax by the maximum amount": the "by" after an infinitive is that verb's.
            if opensInfinitive(n, e) { return false }
            if toks[n].hash == Lexicon.hBy {
                // "to rise by 3%", "by about 5%", "to have dropped by about a quarter": a measure, not an agent.
                var m = n + 1
                if m + 1 < e, toks[m].isA(.comparative) || held.partitiveHedges.contains(toks[m].hash) { m += 1 }
                if m < e, toks[m].kind == .number { return false }
                if m + 1 < e, toks[m].hash == Lexicon.hA || toks[m].hash == Lexicon.hAn { m += 1 }
                if m < e, ClaimWords.table.lookup(toks[m].hash) & ClaimWordClass.fraction.rawValue != 0 { return false }
                // "to be completed by the end of March", "by Friday": a deadline, not an agent.
                if n + 1 < e, byDeadline(n + 1, e) { return false }
                guard n + 2 < e, held.unnamedAgents.contains(toks[n + 1].hash) else { return true }
                let after = toks[n + 2]
                return after.kind == .number || after.isA(.numberWord)
            }
            if toks[n].kind == .punct { return false }
            n += 1
        }
        return false
    }

    /// The words at `i` after "by" name a time: a month or a weekday ("by March", "by Friday"), or "the" and a
    /// word of a period's bound ("by the end of March", "by the summer"; `VagueWords.deadlineWords`).
    private func byDeadline(_ i: Int, _ e: Int) -> Bool {
        let t = toks[i]
        if t.isA(.month) || t.isA(.weekday) || held.deadlineWords.contains(t.hash) { return true }
        return t.hash == Lexicon.hThe && i + 1 < e && held.deadlineWords.contains(toks[i + 1].hash)
    }

    /// A nation types the state's group at `k`: a demonym ("Israeli", "Chinese", "French") or a place the entity stage
    /// knows ("US", "Israel's") within three words before it — not an organisation ("Yukos advisers say" stays
    /// vague, as the guide labels it).
    private func typedByNation(before k: Int, _ a: Int) -> Bool {
        var j = k - 1
        while j >= a && j >= k - 3 {
            let p = toks[j]
            guard p.kind == .word else { return false }
            if p.isCap {
                if mentionOf[j] >= 0 {
                    let kind = entities[mentions[Int(mentionOf[j])].entity].kind
                    if kind == .place { return true }
                    if kind == .person || kind == .organization { return false }
                }
                return held.nationCodes.contains(p.hash) || isDemonym(j)
            }
            j -= 1
        }
        return false
    }

    /// A group's second verb, a verb of speech after "but" or "and" that closes its first verb's phrase (a past
    /// participle form and up to four words, no comma): "welcomed the fine but said", "backed the deal and
    /// claimed" — the index of the verb of speech.
    private func coordinatedGroupVerb(after j: Int, _ e: Int) -> Int? {
        guard isLowerWord(j), !toks[j].isA(.function), isParticiple(j) else { return nil }
        var n = j + 1
        while n + 1 < e && n <= j + 5 && toks[n].kind == .word && !inQuote(n) {
            if toks[n].hash == Lexicon.hBut || toks[n].hash == Lexicon.hAnd {
                return isGroupVerb(n + 1) && !(n + 2 < e && toks[n + 2].hash == Lexicon.hTo) ? n + 1 : nil
            }
            n += 1
        }
        return nil
    }

    /// "sources say", "experts believe", "critics of the plan argue", "some people say".
    private func vagueSubjectVerb(_ k: Int, _ a: Int, _ e: Int) -> Int? {
        let t = toks[k]
        // "Those close to the singer say", "those in the industry say": "those" is a group only as described by a
        // preposition (not "those surveyed said", a poll's respondents; "those who said", often a poll's answer).
        if t.hash == Lexicon.hThose {
            guard k + 2 < e, toks[k + 1].hash != Lexicon.hOf,
                isDescribingPreposition(k + 1)
                    || isDescribingPreposition(k + 2)
                        && (toks[k + 1].hash == VagueWords.close || toks[k + 1].hash == VagueWords.familiar)
            else { return nil }
        }
        if k > a {
            let p = toks[k - 1]
            // "the American Society of Civil Engineers estimates": a capitalised group word inside a name (a party
            // types a group as it does after "according to", "Tory MPs said"; a function word opening the sentence
            // is no name's, "Several MEPs warned").
            if t.isCap && p.kind == .word && p.isCap && !p.isA(.function) && !held.partyModifiers.contains(p.base) {
                return nil
            }
            // "The Office for Students says 40% of universities face deficits.": past a lower-case "for" or "and",
            // a capitalised group word that ends an organisation's name is the name's too (`endsAnOrganisation`).
            if t.isCap, endsAnOrganisation(k) { return nil }
            // "how many people told him", "how many times people told him": a question of number, not a report.
            if (max(a, k - 3)..<k).contains(where: { toks[$0].hash == VagueWords.how }) { return nil }
            if isDefiniteOrOwner(p) { return nil }
            // "Ms Henry and other labor leaders have said": the group goes with someone named, who speaks for it.
            if joinsSomeoneNamed(k, a) { return nil }
            // "Israeli officials said", "US diplomats say", "senior Chinese officials": a nation types its
            // state's officials ("Russian newspapers have claimed" stays vague, as the guide labels it).
            if held.stateGroups.contains(t.hash), typedByNation(before: k, a) { return nil }
            // "as much as people thought", "more than experts predicted": a comparison, not a report.
            if p.hash == Lexicon.hAs || p.hash == Lexicon.hThan { return nil }
            // "dismissed reports he told…", "denied reports": the group is an object, not a speaker.
            if p.kind == .word && !p.isCap && (p.isA(.reporting) || held.objectVerbs.contains(p.hash)) {
                return nil
            }
        }
        // "some people say", "some computer users … reported": a quantifier must reach a group within two
        // modifiers (or speak itself: "Many believe"); after the group, the walk looks for its verb.
        var quantifier = t.hash == Lexicon.hSome || t.hash == Lexicon.hMany || t.hash == Lexicon.hOthers
        // "Some in the City believe", "Many in the industry fear": a quantifier placed by a preposition speaks.
        if quantifier, let v = placedQuantifierVerb(k, a, e) { return v }
        // "in what conservation groups called a breakthrough", "what critics call a cover-up": a name given unnamed.
        if let v = namingAfterWhat(k, a, e) { return v }
        // "media accounts", "teachers unions": a group word before another plural noun only describes it (the
        // noun, if a group, opens its own phrase: "teachers unions said", "industry officials who said").
        if !quantifier, k + 1 < e, isPlainPlural(k + 1) || isGroupWord(k + 1),
            !toks[k + 1].isA(.vagueVerb), vagueClasses(toks[k + 1].hash) & VagueWords.groupVerb == 0
        {
            return nil
        }
        // A `verbGroup` word speaks only with its verb right after it (past auxiliaries), and not as the object of a
        // preposition past its modifiers ("bundlers in both parties said", "leaders of civil rights groups say").
        let tight = !quantifier && vagueClasses(t.hash) & VagueWords.verbGroup != 0
        if tight {
            var b = k - 1
            while b >= a && b >= k - 3 && toks[b].kind == .word && !toks[b].isCap
                && (!toks[b].isA(.function) || toks[b].isA(.determiner))
                && !held.groupPrepositions.contains(toks[b].hash)
            {
                b -= 1
            }
            if b >= a, toks[b].kind == .word,
                held.groupPrepositions.contains(toks[b].hash)
                    || toks[b].hash == Lexicon.hFor || toks[b].hash == Lexicon.hWith
            {
                return nil
            }
        }
        var j = k + 1
        var between = 0
        // Past "and" or a participle's "by" after the group, names leave it unnamed.
        var namesAllowed = false
        // Past a preposition that describes the group, a person's or a place's name is part of its description:
        // "Sources in Madrid said", "critics of Mr Blair say", "sources close to Ms Hale said" (not "lawyers
        // for Mr Hale", "aides to Mr Hale": his own, as "her lawyers" are; nor an organisation, which is the source
        // named: "Analysts at Goldman Sachs said").
        var described = false
        var outside = false
        while j < e && between <= 6 {
            let u = toks[j]
            // "Consumer groups welcomed the fine but said…": the group's verb after its first verb's short phrase.
            if tight, j == k + 1, u.kind == .word, !isGroupVerb(j), let v = coordinatedGroupVerb(after: j, e) {
                return v
            }
            if tight, u.kind != .word || !isGroupVerb(j) && !held.auxiliaries.contains(u.hash) { return nil }
            // "Economists polled by Reuters had forecast": a poll named by who ran it sources the group's answer.
            if !quantifier, u.kind == .word, held.pollParticiples.contains(u.hash), j + 1 < e,
                toks[j + 1].hash == Lexicon.hBy
            {
                return nil
            }
            // "Commentators and the firm itself claim", "companies contacted by the BBC insist": a name joined to the
            // group, or in what describes it, names no one who speaks for it.
            if !quantifier, !namesAllowed, u.kind == .word, isGroupWord(j - 1) || isPlainPlural(j - 1),
                u.hash == Lexicon.hAnd
                    || j + 1 < e && toks[j + 1].hash == Lexicon.hBy && isLowerWord(j) && isParticiple(j)
            {
                // ("…employs 300 operators and says…": a verb right after "and" has another subject.)
                if u.hash == Lexicon.hAnd, j + 1 < e, isGroupVerb(j + 1) { return nil }
                namesAllowed = true
                j += 1
                between += 1
                continue
            }
            if namesAllowed, u.kind == .word, mentionOf[j] >= 0 || u.hash == VagueWords.itself {
                j += 1
                between += 1
                continue
            }
            // "some senior members, who say": a relative clause of the group.
            if u.punct == .comma, !quantifier, j + 2 < e, toks[j + 1].hash == Lexicon.hWho {
                // "Officials from two delegations, who spoke on condition of anonymity, said": the verb after the
                // relative clause.
                var c = j + 2
                while c < e && c <= j + 12 && toks[c].kind == .word && !inQuote(c) { c += 1 }
                if c + 1 < e, toks[c].punct == .comma, toks[c + 1].kind == .word, isGroupVerb(c + 1),
                    !(c + 2 < e && toks[c + 2].hash == Lexicon.hTo)
                {
                    return c + 1
                }
                j += 2
                between += 1
                continue
            }
            if !quantifier, !tight, u.kind == .word, !u.isCap, isDescribingPreposition(j) { described = true }
            // "Experts not involved in the survey said": a negation in the description puts the group outside what
            // it names (`outside`).
            if u.kind == .word, held.negations.contains(u.hash) { outside = true }
            // "voters in the survey said": a poll's respondents, whom the poll sources (not "Experts not involved in
            // the survey said", who stand outside it).
            if described, !outside, vagueClasses(u.hash) & VagueWords.evidence != 0 { return nil }
            if described, u.kind == .word, mentionOf[j] >= 0, !inQuote(j) {
                // "Analysts at Goldman Sachs said": an organisation (or a name of no known kind) is the source
                // named. "officials in Washington say": a state's officials, typed by its place as by a demonym.
                // A name of no known kind before a place's word is a place: "Farmers in the Somali region say".
                let m = mentions[Int(mentionOf[j])]
                let kind = entities[m.entity].kind
                // A name of no known kind after "in" or "of" is a place too: "Local campaigners in Whitby say",
                // "Residents of El Fasher, in Darfur, said" ("at" names a body: "Analysts at Goldman Sachs said").
                let place = namesAPlace(m, e) || kind == .unknown && followsPlacePreposition(j, a)
                // ("Sources close to Mercer Inns say": those close to a body are not the body.)
                let closeTo = j >= 2 && toks[j - 1].hash == Lexicon.hTo && toks[j - 2].hash == VagueWords.close
                if kind != .person && !place && !closeTo { return nil }
                if held.stateGroups.contains(t.hash), place { return nil }
                // "Supporters of Cole in Ohio said by 60 percent to 30…": a poll's breakdown by group, which the poll
                // sources — a sentence with a percentage, a group a poll breaks down or a split "by 60% to 30%"
                // (not a trade's report: "Estate agents in London say prices have fallen by as much as 10%").
                if sentenceHasPercent(a, e), held.polledGroups.contains(t.hash) || splitsByPercent(a, e) {
                    return nil
                }
                j = max(j + 1, m.tokEnd)
                // ("Residents of El Fasher, in Darfur, said": past the place that locates it.)
                if place, let next = placeInApposition(j, e) { j = next }
                between += 1
                continue
            }
            if u.kind != .word || inQuote(j) || mentionOf[j] >= 0 || opensClause(j) { return nil }
            // "with other aides when a member of the family suggested": a subordinate clause opens, with a subject of
            // its own ("after" and "before" are as often prepositions: "analysts before the vote predicted").
            if held.clauseSubordinators.contains(u.hash) { return nil }
            // "some farmers are sceptical", "lawyers are unsure", "Many remain unconvinced": the group's stance (a
            // group that speaks only with its verb holds none: "party leaders are wary").
            if !tight, !quantifier || j - 1 == k && opensClause(atQuantifier: k, a), let end = groupStance(j, e) {
                return end
            }
            // "Some have suggested", "Many would agree": the quantifier speaks past auxiliaries.
            if quantifier, held.auxiliaries.contains(u.hash), onlyAuxiliaries(k + 1, j) {
                j += 1
                between += 1
                continue
            }
            if isGroupVerb(j) {
                // "Cast members were told of the closure": a group told is the audience, not the source.
                if toks[j].hash == Lexicon.hTold, be.contains(toks[j - 1].hash) { return nil }
                // "GOP leaders are worried that…": a participle after "be" is a stance, which a group that speaks
                // only with its verb does not hold (as "are wary", above).
                if tight, be.contains(toks[j - 1].hash), isParticiple(j) { return nil }
                // "Not everyone was claiming success": a statement denied to a group, no one's reported ("Not
                // everyone is convinced", a stance, still tells of unnamed doubters).
                if k > a, toks[k - 1].hash == Lexicon.hNot { return nil }
                // "a say", "of claims", "to say": the word is a noun or an infinitive here.
                let p = toks[j - 1]
                // "Many believe", "Some say": the quantifier itself speaks ("Many claims were false": a noun).
                let spoken =
                    onlyAuxiliaries(k + 1, j) && quantifier && !held.singularVerbForms.contains(u.hash)
                    && opensClause(atQuantifier: k, a)
                // ("to call into question", "in hope": after a preposition of place, a noun.)
                if !spoken
                    && (p.isA(.determiner) || p.hash == Lexicon.hOf || p.hash == Lexicon.hTo || p.hash == Lexicon.hIn
                        || p.hash == Lexicon.hInto)
                {
                    return nil
                }
                // "to attack a friend without saying…": a gerund after a preposition is not the group's verb (a
                // progressive is: "are already predicting").
                if endsInIng(j), p.isA(.function), j - 1 != k,
                    !(k + 1..<j).contains(where: { be.contains(toks[$0].hash) })
                {
                    return nil
                }
                // "the unease many women feel": a quantifier that never reached a group; "officials expect to
                // hear": the verb's object is an action, not a statement.
                if quantifier && !onlyAuxiliaries(k + 1, j) { return nil }
                // ("which scientists have linked to warmer seas", "many attribute to": a preposition, not an
                // infinitive; not "companies linked to him", "who have been linked to violence": a connection.)
                // ("which economists expect to show…": the relative pronoun is what they expect.)
                let relativeObject = k > a && (toks[k - 1].hash == Lexicon.hWhich || toks[k - 1].hash == Lexicon.hThat)
                if j + 1 < e, toks[j + 1].hash == Lexicon.hTo, !tiesToACause(j), !relativeObject { return nil }
                // "Estate agents report that…" reports; "people can flag and report abuse" does not.
                if u.hash == VagueWords.report, !(j + 1 < e && toks[j + 1].hash == Lexicon.hThat) { return nil }
                // "all 12 voting members agreed on policy": an agreement reached, not a statement ("many agreed with
                // him" holds a view).
                if held.agreeForms.contains(u.hash), j + 1 < e, toks[j + 1].hash == Lexicon.hOn {
                    return nil
                }
                // "Analysts on average had expected a 1% rise, according to data compiled by MarketLens": the
                // group's answer to a named compilation, which sources it (as "polled by Reuters" does).
                if namedCompilationAfter(j, e) { return nil }
                // "what people think of President Obama", "what voters think about the economy": an opinion as a
                // topic, no one's report of one.
                if k > a, toks[k - 1].hash == VagueWords.what, j + 1 < e,
                    toks[j + 1].hash == Lexicon.hOf || toks[j + 1].hash == Lexicon.hAbout
                {
                    return nil
                }
                // ("Critics have raised concerns": the phrase quotes the feeling voiced with its verb.)
                if let n = voicedFeeling(j), n < e { return n }
                return j
            }
            if quantifier {
                // ("some growers are wary": any plural noun after the quantifier is the group.)
                if u.hash == Lexicon.hPeople || isGroupWord(j) || isPlainPlural(j) {
                    quantifier = false
                } else if between >= 2 || u.isA(.function) {
                    return nil
                }
            }
            j += 1
            between += 1
        }
        return nil
    }
}

extension VagueStage {
    /// A form of "be" or a linking verb at `j`, then (after "not", "widely", "also" or a word of degree) an adjective
    /// of doubt or conviction (`VagueWords.stance`): "are sceptical", "remain unconvinced", "are not convinced", "are
    /// widely divided", "are more sceptical". Returns the adjective.
    fileprivate func groupStance(_ j: Int, _ e: Int) -> Int? {
        guard be.contains(toks[j].hash) || held.linkingVerbs.contains(toks[j].hash) else { return nil }
        var n = j + 1
        while n < e && n <= j + 2 && toks[n].kind == .word
            && (toks[n].hash == Lexicon.hNot || toks[n].hash == Lexicon.hWidely || toks[n].hash == Lexicon.hAlso
                || held.degreeWords.contains(toks[n].hash))
        {
            n += 1
        }
        guard n < e, toks[n].kind == .word, vagueClasses(toks[n].hash) & VagueWords.stance != 0 else { return nil }
        return n
    }

    /// Evidence that no one is said to have made, at the noun `k` (`VagueWords.evidence`): "a poll suggests",
    /// "Surveys have shown", "one recent study found" — opening a clause, with "a", "an", "one" or no article and at
    /// most two lower-case words before the noun, its verb (`VagueWords.evidenceVerb`, after "has" or "have") right
    /// after it. Not "a BBC poll found", "the survey found", "a poll by Gallup found", "a study for the council shows"
    /// (named, or named before). Returns the phrase's first and last tokens.
    fileprivate func unnamedEvidence(_ k: Int, _ a: Int, _ e: Int) -> (Int, Int)? {
        guard !toks[k].isCap || k == a, k + 1 < e else { return nil }
        var v = k + 1
        // "A report by a campaign group has found", "a study by researchers found": an agent typed, not named.
        if toks[v].hash == Lexicon.hBy, let after = unnamedAgentEnd(v + 1, e) { v = after + 1 }
        guard v < e else { return nil }
        if toks[v].hash == Lexicon.hHas || toks[v].hash == Lexicon.hHave, v + 1 < e { v += 1 }
        guard toks[v].kind == .word, vagueClasses(toks[v].hash) & VagueWords.evidenceVerb != 0 else { return nil }
        var start = k
        var j = k - 1
        while j >= a && j >= k - 2 && toks[j].kind == .word && !toks[j].isCap && !toks[j].isA(.function)
            && mentionOf[j] < 0 && !toks[j].has(Token.possessive)
        {
            start = j
            j -= 1
        }
        if j >= a, toks[j].kind == .word,
            toks[j].hash == Lexicon.hA || toks[j].hash == Lexicon.hAn || toks[j].hash == Lexicon.hOne
        {
            start = j
            j -= 1
        }
        // "Official figures show": the sentence's capital on a modifier.
        if j == a, toks[j].kind == .word, !toks[j].isA(.function), mentionOf[j] < 0, !toks[j].has(Token.possessive),
            start == j + 1, k - j <= 2
        {
            start = j
            j -= 1
        }
        // "Health ministry data suggest": a state's department named by what it runs (`VagueWords.departmentWords`)
        // names one issuer, as identifiable as "the defence ministry said" (not "Official figures show" nor "News
        // reports suggest", whose modifiers name none, nor "Government figures show", a whole government's, which
        // bbc-dev's labeller counts vague).
        if (start..<k).contains(where: { held.departmentWords.contains(toks[$0].hash) }) { return nil }
        guard j < a || toks[j].kind != .word || held.clauseOpeners.contains(toks[j].hash) else { return nil }
        return (start, v)
    }
}

/// Words of the vague-attribution mechanism, as data.
enum VagueWords {
    @inline(__always) static var amid: UInt64 { wordHash(literal: "amid") }
    @inline(__always) static var being: UInt64 { wordHash(literal: "being") }
    @inline(__always) static var one: UInt64 { wordHash(literal: "one") }
    @inline(__always) static var among: UInt64 { wordHash(literal: "among") }
    @inline(__always) static var expected: UInt64 { wordHash(literal: "expected") }
    @inline(__always) static var tipped: UInt64 { wordHash(literal: "tipped") }
    @inline(__always) static var credited: UInt64 { wordHash(literal: "credited") }
    @inline(__always) static var welcomed: UInt64 { wordHash(literal: "welcomed") }
    @inline(__always) static var understands: UInt64 { wordHash(literal: "understands") }
    @inline(__always) static var emerged: UInt64 { wordHash(literal: "emerged") }
    @inline(__always) static var reported: UInt64 { wordHash(literal: "reported") }
    /// Participles of a poll whose agent names it: "economists polled by Reuters", "firms surveyed by the CBI".
    static let pollParticiples = HashSet64(words: ["polled", "surveyed"])
    @inline(__always) static var known: UInt64 { wordHash(literal: "known") }
    @inline(__always) static var itself: UInt64 { wordHash(literal: "itself") }
    static let be = HashSet64(words: ["is", "are", "was", "were", "be", "been", "'s"])
    @inline(__always) static var talk: UInt64 { wordHash(literal: "talk") }
    /// Agents that name no one: "is seen by many as", "is considered by some to be".
    /// Forms of "agree", which before "on" tell of an agreement reached, not a statement: "agreed on policy" (a
    /// group's verb only; PolNeAR marks "agreed on" a cue, so relations keep it).
    static let agreeForms = HashSet64(words: ["agree", "agrees", "agreed", "agreeing"])
    /// Participles of belief or hearsay that make a reduced relative right after their noun (`reducedRelative`): "a
    /// fee believed to be a Scottish record".
    static let hearsayParticiples = HashSet64(words: [
        "believed", "thought", "understood", "rumoured", "rumored", "reputed", "alleged", "said", "reported",
    ])
    /// Words of a name withheld, in a relative clause after a source (`withholdsName`): "who spoke on condition of
    /// anonymity", "who asked to remain anonymous"; "named" and "identified" only after "be".
    static let anonymityWords = HashSet64(words: ["anonymity", "anonymous", "named", "identified"])
    @inline(__always) static var named: UInt64 { wordHash(literal: "named") }
    @inline(__always) static var identified: UInt64 { wordHash(literal: "identified") }
    /// Who a wire story's unnamed sources are referred back as: "the people said", "the person said".
    static let familiarPeople = HashSet64(words: ["people", "person", "sources", "source"])
    /// Determiners of one unnamed member of a group (`isOneOfAGroup`).
    static let indefinites = HashSet64(words: ["a", "an", "one", "another"])
    /// Quantifiers that open an unnamed source as an indefinite does (`unnamedSources`).
    static let unnamedQuantifiers = HashSet64(words: ["some", "several", "other", "many", "few", "various"])
    /// Bodies that a singular unnamed source may be, beyond `oneBody` (`unnamedSources`).
    static let unnamedBodies = HashSet64(words: ["firm", "company", "lender", "bank", "bookmaker", "consultancy"])
    /// Words between an unnamed source and its verb beyond `auxiliaries`: "did", "however", "too" (`unnamedSources`).
    static let verbInserts = HashSet64(words: ["did", "do", "does", "not", "however", "too", "even", "soon"])
    /// Prepositions after a participle that describes the noun before it (`unnamedSources`).
    static let participlePrepositions = HashSet64(words: ["about", "on", "by", "over", "at", "in", "from", "with"])
    /// Modifiers that name an issuer's kind as one body (`unnamedSources`; not "official", whose figures BBC
    /// labellers call vague).
    static let issuerModifiers = HashSet64(
        words: [
            "congressional", "parliamentary", "government", "governmental", "federal", "presidential", "ministerial",
            "senate", "pentagon", "treasury", "police", "court",
        ] + departmentNames)
    /// A state's department, named by what it runs, that issues evidence: "Interior ministry figures show",
    /// "Health ministry data suggest" (`unnamedEvidence`); an issuer's kind too (`issuerModifiers`).
    static let departmentWords = HashSet64(words: departmentNames)
    private static let departmentNames = ["ministry", "department"]
    /// A poll's respondents, whose answers the poll sources (`unnamedSources`).
    static let respondents = HashSet64(words: ["respondents", "interviewees", "participants"])
    static let unnamedAgents = HashSet64(words: ["many", "some", "others", "most"])
    /// Prepositions whose object describes an unnamed group: "sources at the club", "critics of the plan", "officials
    /// in Washington" (not "for" or "to": "lawyers for Mr Hale", "aides to Mr Hale" are his own).
    static let groupPrepositions = HashSet64(words: [
        "at", "in", "of", "from", "within", "inside", "across", "around", "near", "on",
    ])
    @inline(__always) static var close: UInt64 { wordHash(literal: "close") }
    @inline(__always) static var question: UInt64 { wordHash(literal: "question") }
    /// What opens the indirect question a group questions: "watchers question whether…".
    static let questionOpeners = HashSet64(words: ["whether", "if", "how", "why"])
    @inline(__always) static var familiar: UInt64 { wordHash(literal: "familiar") }
    /// Adverbs of how widely or how often something unnamed is believed or reported, between "be" and the
    /// participle: "it is widely believed", "it is often reported", "is commonly thought to".
    static let passiveAdverbWords = [
        "widely", "generally", "also", "often", "commonly", "now", "increasingly", "frequently", "sometimes",
        "largely", "universally",
    ]
    static let passiveAdverbs = HashSet64(words: passiveAdverbWords)
    /// Words between "be" and an agentless participle: "is being hailed", "is also thought", "was not seen", "is
    /// often said to", "is partly credited to".
    static let passiveInserts = HashSet64(
        words: ["being", "not", "never", "all"] + passiveAdverbWords + degreeAdverbWords)
    /// Words after "speculation" that say what it is about: "Speculation of a shake-up has mounted".
    static let topicWords = HashSet64(words: ["of", "about", "over", "that"])
    /// Class bits of `table`.
    static let speculation: UInt64 = 1 << 0
    static let passiveExtra: UInt64 = 1 << 1
    static let group: UInt64 = 1 << 2
    /// Words that start a phrase by hash alone: "it", "amid", "speculation", "according", "an".
    static let start: UInt64 = 1 << 3
    static let groupVerb: UInt64 = 1 << 4
    static let linked: UInt64 = 1 << 6
    static let hearsayPreposition: UInt64 = 1 << 5
    static let stance: UInt64 = 1 << 7
    static let evidence: UInt64 = 1 << 8
    static let evidenceVerb: UInt64 = 1 << 9
    static let concern: UInt64 = 1 << 10
    static let provoke: UInt64 = 1 << 11
    static let voiced: UInt64 = 1 << 12
    static let progressive: UInt64 = 1 << 13
    static let verbGroup: UInt64 = 1 << 14
    static let impersonalHope: UInt64 = 1 << 15
    static let consensus: UInt64 = 1 << 16
    static let arise: UInt64 = 1 << 17
    static let criticism: UInt64 = 1 << 18
    static let oneOfAGroup: UInt64 = 1 << 19
    static let oneBody: UInt64 = 1 << 20
    /// A report, which speaks unnamed only with its agent typed: "A report by a campaign group has found".
    static let reportNoun: UInt64 = 1 << 21
    /// What an outlet learns from sources it does not name: "BBC Sport understands", "The Times has learned", "The BBC
    /// has been told".
    static let learned: UInt64 = 1 << 22
    /// Participles of an estimate before "at" and its figure: "estimated at £450m", "put at £2bn".
    static let estimateAt: UInt64 = 1 << 23
    /// Verdicts that name what they judge without "as": "has been branded a failure", "was labelled a disaster"
    /// (`describedVerdict`).
    static let namingVerdicts = HashSet64(words: ["branded", "labelled", "labeled"])
    /// Adverbs of how many delivered a verdict: "widely criticised", "roundly condemned".
    static let verdictAdverbs = HashSet64(words: [
        "widely", "roundly", "universally", "heavily", "much", "generally",
    ])
    /// Participles of an event that happens once, whose expected passive forecasts it ("is expected to be completed
    /// by March"), unlike a rule's ("information is expected to be provided within 48 hours"); news given to people
    /// and a court's steps are such events ("Staff in the UK are expected to be told next week", "He is expected to be
    /// sentenced in May").
    static let eventParticiples = HashSet64(words: [
        "completed", "released", "announced", "approved", "signed", "published", "named", "launched", "unveiled",
        "confirmed", "ratified", "finalised", "finalized", "concluded", "appointed", "passed", "delayed", "postponed",
        "sold", "opened", "closed", "decided", "settled", "resolved", "finished", "agreed", "played", "held", "staged",
        "heard", "told", "informed", "notified", "charged", "sentenced",
    ])
    /// Group verbs whose "to" is a preposition, not an infinitive's: "scientists have linked to warmer seas",
    /// "many attribute to new shoes".
    static let verbsOfATie = HashSet64(words: ["linked", "attribute", "attributes"])
    @inline(__always) static var linkedVerb: UInt64 { wordHash(literal: "linked") }
    @inline(__always) static var blamed: UInt64 { wordHash(literal: "blamed") }
    /// Adverbs of degree in a passive of belief, before its participle or its preposition: "was largely blamed on",
    /// "is partly credited to" (and, for the claim stage, inside a causal connective: "driven largely by").
    static let degreeAdverbWords = ["partly", "largely", "mainly", "mostly", "widely", "partially"]
    static let degreeAdverbs = HashSet64(words: degreeAdverbWords)
    /// Forms of "feel", a view before a clause and a state before an adjective (`feelsAState`).
    static let feelForms = HashSet64(words: ["feel", "feels", "felt"])
    /// Degree words before the state "feel" names: "feel very safe", "felt so let down" (`feelsAState`).
    static let stateDegree = HashSet64(words: ["very", "so", "too", "more", "less", "quite", "rather"])
    /// Words after "feel" that open what is felt as a view, not a state: "feel like they are ignored", "feel as if"
    /// (`feelsAState`).
    static let feelClauseOpeners = HashSet64(words: ["like", "as"])
    @inline(__always) static var report: UInt64 { wordHash(literal: "report") }
    @inline(__always) static var what: UInt64 { wordHash(literal: "what") }
    @inline(__always) static var referred: UInt64 { wordHash(literal: "referred") }
    /// Verbs that name something, said by a group after "what": "what critics call a cover-up".
    static let namingVerbs = HashSet64(words: [
        "call", "calls", "called", "described", "describe", "describes", "termed", "dubbed",
    ])
    /// Words of a deadline after "by": "by the end of March", "by then", "by the summer", "by next year".
    static let deadlineWords = HashSet64(words: [
        "end", "start", "beginning", "middle", "close", "time", "then", "now", "next", "spring", "summer", "autumn",
        "winter", "weekend", "christmas", "easter", "tomorrow", "tonight", "midnight", "noon", "mid-year", "year-end",
    ])
    /// Words after evidence that say whose it is: "estimates from the council", "figures published by the ONS".
    static let evidenceOwners = HashSet64(words: [
        "from", "by", "of", "published", "released", "compiled", "issued", "produced",
    ])
    /// Participles of who saw or got evidence, not who made it: "figures seen by the BBC", "figures obtained by the
    /// paper" (`evidenceOwned`).
    static let sightParticiples = HashSet64(words: ["seen", "obtained"])
    /// Adverbs between "be" and a group's progressive verb: "are now forecasting", "are already predicting".
    static let progressiveAdverbs = HashSet64(words: ["now", "already", "still", "also", "increasingly", "widely"])
    /// How recent or how official evidence is, before its noun after "according to": "the latest industry figures",
    /// "unofficial overnight figures".
    static let evidenceQualifiers = HashSet64(words: [
        "latest", "new", "recent", "provisional", "unofficial", "official", "overnight", "preliminary", "early",
    ])
    /// Words between a `verbGroup` word and its verb: "unions have long claimed", "media are now reporting".
    static let auxiliaries = HashSet64(words: [
        "have", "has", "had", "are", "were", "been", "will", "would", "may", "might", "could", "also", "now", "long",
        "often", "still", "already",
    ])
    /// Groups a poll breaks its answers down by, whose percentages the poll sources: "Supporters of Cole in Ohio
    /// said by 60 percent to 30".
    static let polledGroups = HashSet64(words: [
        "voters", "supporters", "residents", "people", "members", "users", "fans", "workers", "employees", "backers",
    ])
    static let lists: [(UInt64, [String])] = [
        // An estimate's passive before "at": "The damage was estimated at £450m", "The cost of the scheme is put at
        // £2bn".
        (estimateAt, ["estimated", "put"]),
        // What "amid" introduces when no one is named: "amid speculation that…".
        (speculation, ["speculation", "reports", "rumours", "rumors", "suggestions", "claims", "allegations", "talk"]),
        // Participles of attribution beyond the lexicon's `passiveParticiple`: "is tipped to", "is being hailed as".
        (
            passiveExtra,
            [
                "tipped", "hailed", "rated", "touted", "billed", "projected", "predicted", "warned", "forecast",
                "credited", "blamed",
            ]
        ),
        // "has been linked with a move": a connection asserted by no one named (with "with" only: "was linked to an
        // email account" connects things, `agentlessPassive`).
        (linked, ["linked"]),
        // Typed groups that speak unnamed: "officials said", "Yukos' US lawyers claim", "said industry officials".
        (
            group,
            [
                "officials", "aides", "lawyers", "advisers", "advisors", "economists", "diplomats", "newspapers",
                "insiders", "sources", "analysts", "experts", "commentators", "observers", "campaigners",
                // People typed by a role, trade or place, unnamed: "some farmers say", "residents said".
                "members", "backers", "residents", "users", "investors", "traders", "scientists", "researchers",
                "doctors", "activists", "executives", "bosses", "workers", "employees", "farmers", "lawmakers",
                "legislators", "politicians", "strategists", "academics", "historians", "companies", "firms",
                "witnesses", "locals", "engineers", "manufacturers", "retailers", "fans", "watchers",
                // Those a school, a street or a ward holds: "according to parents", "neighbours said".
                "parents", "pupils", "students", "teachers", "patients", "nurses", "neighbours", "neighbors",
                // People known only by their tie to someone: "Friends of the couple say", "relatives said",
                // "Those close to the singer say" ("those" only so described: `vagueSubjectVerb`).
                "friends", "relatives", "those", "councillors", "operators",
                // Those who watch, forecast or advocate: "Budget watchdogs say", "Forecasters expect", "Privacy
                // advocates said"; a state's people unnamed: "authorities said" (not "Peruvian authorities":
                // `stateGroups`). (Not "delegates", as often counted as won: "more delegates than her advisers
                // expected".)
                "watchdogs", "forecasters", "authorities", "advocates", "insurers", "objectors", "producers", "agents",
                "reviewers", "growers",
                // Elected members in abbreviation: "MPs say", "Some Tory MPs said", "MEPs warned".
                "mps", "meps", "msps", "mlas",
                // Members of the public by where they are or what they do there (`EntityWords.situationsBeforeNames`
                // in the plural): "Villagers of Kafr Nabl said the shelling lasted all night.", "said passengers".
                "villagers", "shoppers", "commuters", "passengers", "customers", "survivors", "refugees", "protesters",
                "protestors", "tenants", "homeowners", "motorists", "onlookers", "mourners", "evacuees", "spectators",
                "holidaymakers", "pensioners", "shopkeepers", "stallholders",
            ]
        ),
        // Typed groups that speak unnamed only with their verb right after them (`VagueWords.auxiliaries` between):
        // "local media reported", "intelligence agencies believe", "unions claim" — not "media company X said",
        // "the head of the unions who said" (a word that often describes another noun, or a relative clause's
        // antecedent that may be another noun).
        (
            verbGroup,
            [
                "media", "agencies", "unions", "teachers", "environmentalists", "conservationists", "regulators",
                "bankers", "pollsters", "medics", "physicians", "scholars", "groups", "parties", "investigators",
                "charities", "makers", "developers",
                // Office-holders unnamed, with their verb: "Ministers say", "council leaders say" (not their stance:
                // "party leaders are wary").
                "ministers", "leaders",
            ]
        ),
        // Verbs an unnamed group speaks or judges with, beyond the lexicon's `vagueVerb`: "union officials denied".
        (
            groupVerb,
            [
                "deny", "denies", "denied", "insists", "insisted", "warns", "reported", "predicts", "predicted",
                "forecast", "concede", "conceded", "admit", "admitted", "acknowledge", "acknowledged", "worried",
                "reckon", "reckons", "expect", "expects", "accuse", "accused", "accuses", "complain", "complains",
                "complained", "declare", "declares", "declared", "alleges", "urged", "urge", "expected",
                "caution", "cautions", "cautioned", "questioned", "blamed", "linked", "hope", "blame", "report",
                "attribute", "attributes", "estimate", "estimates",
                // What witnesses tell: "Passengers at Heathrow described chaotic scenes".
                "describe", "describes", "described",
                // A fact or a cause vouched for: "Officials confirmed the plant would close", "Economists have
                // credited the tour with boosting the economy" (not the bare "credit", mostly a noun: "give Sanders'
                // supporters credit").
                "confirm", "confirms", "confirmed", "credits", "credited",
                // News given out or explained: "Officials announced that the road would close", "Scientists revealed
                // that the ice was melting", "Officials estimated that 40 people had died" (not "stressed", a state
                // after "are" as often: "Teachers are stressed").
                "announce", "announces", "announced", "reveal", "reveals", "revealed", "disclose", "discloses",
                "disclosed", "explain", "explains", "explained", "estimated",
            ]
        ),
        // The group's verb in the progressive, right after "are" or "been": "economists are predicting", "critics
        // had been warning" (not "critics had a point in warning").
        (
            progressive,
            [
                "warning", "predicting", "suggesting", "claiming", "arguing", "forecasting", "speculating",
                "insisting", "complaining", "expecting", "questioning", "reporting",
            ]
        ),
        // Prepositions that introduce hearsay like "amid" when a clause follows the noun: "following reports that…",
        // "despite claims the plan was…" (not "over allegations that…", whose owner is often the suit's plaintiff;
        // nor "an inquiry into claims that…": what a named inquiry looks into, which BBC's labellers marked vague
        // once and narrative once).
        (hearsayPreposition, ["following", "after", "despite"]),
        // A group's doubt or conviction after "be" or a linking verb: "some farmers are sceptical", "lawyers are unsure".
        (
            stance,
            [
                "sceptical", "skeptical", "unsure", "uncertain", "unconvinced", "doubtful", "divided", "split",
                "convinced", "confident", "optimistic", "pessimistic", "adamant", "wary", "fearful",
            ]
        ),
        // Evidence that speaks unnamed: "a poll suggests", "Surveys have shown", "research shows".
        // ("Figures suggest", "Data shows", "Estimates suggest": numbers no one is said to have compiled; "Evidence
        // suggests", "Modelling suggests", "an analysis found": science and health copy's unnamed work.)
        (
            evidence,
            [
                "poll", "polls", "survey", "surveys", "study", "studies", "research", "figures", "data", "statistics",
                "estimates", "evidence", "analysis", "analyses", "modelling", "modeling", "findings", "projections",
                // A count's or a trial's outcome, unnamed as "official figures" are: "The town's population rose 3%,
                // official results show."
                "results",
            ]
        ),
        // What such evidence does: "suggests", "has shown", "found".
        (
            evidenceVerb,
            [
                "suggests", "suggest", "suggested", "shows", "show", "showed", "shown", "found", "finds", "find",
                "indicates", "indicate", "indicated", "reveals", "reveal", "revealed", "says", "say", "said",
                "estimates", "estimate", "estimated", "predicts", "predict", "predicted",
            ]
        ),
        // Unnamed people's feelings, vague after "amid", "there is" or a verb that provoked them ("amid fears that",
        // "there is concern over", "sparked fears of"), or voiced in the passive ("Concerns have been raised").
        (concern, ["fears", "fear", "concern", "concerns", "worries", "doubts", "complaints", "questions"]),
        // Verbs whose object is hearsay or a feeling that something provoked: "fuelled speculation that". (Not
        // "renewed" or "heightened", adjectives as often: "talked about renewed fears of terrorism".)
        (
            provoke,
            [
                "fuelled", "fueled", "fuelling", "fueling", "stoked", "stoking", "sparked", "sparking", "fanned",
                "fanning", "prompted", "prompting", "triggered", "triggering",
            ]
        ),
        // What hearsay does when no one is said to have spread it: "Reports emerged that…", "rumours are circulating".
        (
            arise,
            [
                "emerged", "emerge", "emerges", "surfaced", "surface", "circulated", "circulating", "circulate",
                "swirled", "swirling", "swirl", "persist", "persisted", "abound", "abounded",
            ]
        ),
        // Verdicts, vague after an adverb of how many delivered them (`verdictAdverbs`): "was widely criticised".
        (
            criticism,
            [
                "criticised", "criticized", "condemned", "derided", "praised", "lauded", "panned", "ridiculed",
                "mocked", "welcomed", "acclaimed", "denounced", "lambasted", "castigated", "slammed", "branded",
                "labelled", "labeled",
            ]
        ),
        // "It is hoped that…", "it is assumed that…": a hope or an assumption no one is said to hold.
        (impersonalHope, ["hoped", "assumed", "presumed"]),
        // "it is widely accepted that…", "it is generally agreed that…": a consensus, after an adverb of how widely.
        (consensus, ["accepted", "agreed", "acknowledged", "recognised", "recognized"]),
        // Participles that voice a feeling: "Concerns have been raised", "Fears were expressed".
        (voiced, ["raised", "voiced", "expressed", "asked"]),
        // One of a typed group, unnamed, after "a", "an", "one" or "another" (past one modifier): "an official said",
        // "A diplomat involved in the mediation said", "a senior aide told" (`isOneOfAGroup`).
        (
            oneOfAGroup,
            [
                "official", "diplomat", "aide", "insider", "adviser", "advisor", "agency", "analyst", "economist",
                "reviewer", "critic", "observer", "friend",
                // Members of a parliament or a government, unnamed: "A cabinet minister told", "One Tory MP said",
                // "One senior Labour backbencher said".
                "minister", "backbencher", "mp", "mep", "msp",
                // An expert, an officer or a university's head, unnamed: "One expert said", "A senior police officer
                // said", "One vice-chancellor said".
                "expert", "officer", "vice-chancellor",
            ]
        ),
        // One body typed but unnamed after "according to a": "according to a consumer group", "according to one
        // charity".
        (oneBody, ["group", "charity", "organisation", "organization", "body", "campaigner"]),
        (reportNoun, ["report"]),
        (learned, ["understands", "learned", "learnt", "told"]),
        (start, ["it", "it's", "amid", "speculation", "according", "an", "there"]),
    ]
    static let table: HashTable = {
        var d: [UInt64: UInt64] = [:]
        for (cls, words) in lists { for w in words { d[wordHash(w), default: 0] |= cls } }
        return HashTable(d)
    }()
    @inline(__always) static func classes(_ h: UInt64) -> UInt64 { table.lookup(h) }
    /// Lexicon classes that start a phrase: hearsay adverbs, participles, judgements, vague subjects, speech verbs.
    static let lexiconStarts: UInt64 =
        WordClass.vagueAdverb.rawValue | WordClass.passiveParticiple.rawValue | WordClass.judgement.rawValue
        | WordClass.vagueSubject.rawValue | WordClass.speech.rawValue
    @inline(__always) static var estimated: UInt64 { wordHash(literal: "estimated") }
    /// Groups that a nation before them types as its state's: "Israeli officials", "US diplomats", "Asian leaders",
    /// "French ministers".
    static let stateGroups = HashSet64(words: ["officials", "diplomats", "authorities", "leaders", "ministers"])
    /// Relatives of place and time, which open a whole clause: "where it is expected to be released".
    static let adverbialRelatives = HashSet64(words: ["where", "when"])
    /// Parties that type a group after "according to" and name no one: "according to Lib Dem campaigners", "Labour
    /// sources", "Republican officials".
    static let partyModifiers = HashSet64(words: [
        "lib", "dem", "dems", "democratic", "republican", "tory", "conservative", "labour", "liberal", "gop", "snp",
        "ukip",
    ])
    /// Nations written as capitals that type a group like a demonym: "US officials", "UK diplomats".
    static let nationCodes = HashSet64(words: ["us", "uk"])
    @inline(__always) static var speculationWord: UInt64 { wordHash(literal: "speculation") }
    /// Pronouns that open another clause between a group and a verb: "said they support parents", "members to make
    /// them feel" — an object pronoun only when no preposition governs it ("a source close to him said" speaks).
    static let subjectPronouns = HashSet64(words: ["he", "she", "they", "it", "we", "i", "you"])
    static let objectPronouns = HashSet64(words: ["him", "them", "us", "me"])
    @inline(__always) static var how: UInt64 { wordHash(literal: "how") }
    /// Conjunctions that open a subordinate clause and are never prepositions: between a group and a verb, the verb
    /// is the clause's ("other aides when a member of the family suggested").
    static let clauseSubordinators = HashSet64(words: [
        "when", "because", "if", "unless", "whereas", "although", "though", "whenever",
    ])
    /// Words after which a clause opens: conjunctions and relative pronouns ("a man who many believe lied").
    static let clauseOpeners = HashSet64(words: [
        "and", "but", "while", "though", "although", "yet", "whereas", "who", "which", "that",
    ])
    /// Third-person forms of the speaking verbs: right after "some" or "many" they are plural nouns ("Many claims
    /// were false", "some reports"), never the group's verb ("Many believe", "Some say").
    static let singularVerbForms = HashSet64(words: [
        "says", "believes", "argues", "thinks", "claims", "suggests", "contends", "feels", "fears", "insists", "warns",
        "notes", "suspects", "predicts", "indicates", "agrees", "charges", "maintains", "alleges", "asserts",
        "worries", "speculates", "denies", "reckons", "expects", "forecasts", "accuses",
    ])
    /// Verbs whose object a vague subject word can be: "dismissed reports", "denied rumours".
    static let objectVerbs = HashSet64(words: [
        "dismissed", "denied", "rejected", "denies", "dismisses", "rejects", "ignored", "welcomed", "amid",
        "despite", "following", "after", "over", "about", "of", "from", "by", "with", "to", "among",
    ])
}

extension Lexicon {
    // Word hashes used by the claim and vague-attribution mechanisms, computed from the words.
    @inline(__always) static var hFrom: UInt64 { wordHash(literal: "from") }
    @inline(__always) static var hMostWord: UInt64 { wordHash(literal: "most") }
    @inline(__always) static var hTimeWord: UInt64 { wordHash(literal: "time") }
    @inline(__always) static var hItS: UInt64 { wordHash(literal: "it's") }
    @inline(__always) static var hThese: UInt64 { wordHash(literal: "these") }
    @inline(__always) static var hThose: UInt64 { wordHash(literal: "those") }
    @inline(__always) static var hOthers: UInt64 { wordHash(literal: "others") }
    @inline(__always) static var hOther: UInt64 { wordHash(literal: "other") }
}
