import Testing

@testable import CopydeskCore

@Test func attributionWordListsReachTheTokensThroughTheirHashes() {
    let text = SourceText("Records show agreed state statement who Thanks")
    var toks: [Token] = []
    text.bytes.withUnsafeBufferPointer {
        Tokenizer.tokenize($0, TextRange(0, text.count), table: Lexicon.classes, into: &toks)
    }
    #expect(toks[0].isA(.documentNoun) && toks[1].isA(.documentVerb))
    #expect(toks[2].isA(.agreementVerb) && toks[2].isA(.reporting))
    #expect(toks[3].isA(.nounToo) && toks[3].isA(.clauseOnlyCue) && toks[3].isA(.reporting))
    #expect(toks[4].isA(.statementNoun) && !toks[4].isA(.reporting))
    #expect(toks[5].isA(.relativePronoun) && toks[5].hash == Lexicon.hWho)
    #expect(toks[6].hash == Lexicon.hThanks && toks[6].hash == wordHash("thanks"))
}

@Test func tokenizerHashesLikeTheLexicon() {
    let text = SourceText("Said don’t U.S. José’s")
    var toks: [Token] = []
    text.bytes.withUnsafeBufferPointer {
        Tokenizer.tokenize($0, TextRange(0, text.count), table: Lexicon.classes, into: &toks)
    }
    #expect(toks.map(\.hash) == [wordHash("said"), wordHash("don't"), wordHash("u.s."), wordHash("josé's")])
    #expect(toks[0].isA(.reporting) && toks[2].isA(.otherAbbrev))
    #expect(toks[3].base == wordHash("josé") && toks[3].has(Token.possessive))
}

/// A pronoun's "'s" is a clitic "is" or "has", whichever apostrophe it takes: no possessive; a name's is one.
@Test func aPronounsCliticSIsNoPossessive() {
    let text = SourceText("He's she’s Let's Trump’s boss's")
    var toks: [Token] = []
    text.bytes.withUnsafeBufferPointer {
        Tokenizer.tokenize($0, TextRange(0, text.count), table: Lexicon.classes, into: &toks)
    }
    #expect(toks.map { $0.has(Token.possessive) } == [false, false, false, true, true])
    #expect(toks[1].hash == wordHash("she's") && toks[3].base == wordHash("trump"))
}

/// A web domain is one word, its dots and all ("Breitbart.com", "www.state.gov", "bbc.co.uk"); a period that ends a
/// sentence before a word stays a period, and so does one before a word that is no top-level domain.
@Test func aWebDomainIsOneWord() {
    let text = SourceText(
        "Breitbart.com said. www.state.gov and bbc.co.uk, not report.pdf or said.in or Amazon.community")
    var toks: [Token] = []
    text.bytes.withUnsafeBufferPointer {
        Tokenizer.tokenize($0, TextRange(0, text.count), table: Lexicon.classes, into: &toks)
    }
    let words = toks.map { String(decoding: text.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    #expect(
        words == [
            "Breitbart.com", "said", ".", "www.state.gov", "and", "bbc.co.uk", ",", "not", "report", ".", "pdf", "or",
            "said", ".", "in", "or", "Amazon", ".", "community",
        ])
    #expect(toks[0].hash == wordHash("breitbart.com") && toks[0].isCap && !toks[0].has(Token.allCaps))
    #expect(toks[1].isA(.reporting))
}

/// A word constant in the code (`wordHash(literal:)`, folded at compile time) hashes as the tokenizer and the word
/// lists do, capitals and all.
@Test func wordConstantsHashLikeTheWordLists() {
    #expect(wordHash(literal: "the") == wordHash("the") && wordHash(literal: "The") == wordHash("the"))
    #expect(wordHash(literal: "year-old") == wordHash("year-old") && wordHash(literal: "it's") == wordHash("it’s"))
    #expect(Lexicon.hThanks == wordHash("thanks") && ClaimWords.allTime == wordHash("all-time"))
}

@Test func wordSetsHoldTheirWordsAndNeverPunctuation() {
    let set = HashSet64(words: ["by", "of", "from"])
    #expect(set.contains(wordHash("by")) && set.contains(wordHash("From")))
    #expect(!set.contains(wordHash("for")))
    #expect(!set.contains(0))  // a punctuation token's hash
}

/// Removing words from a word set (the name stage's words capitalised anywhere, after an edit) leaves exactly the
/// others, however their probes ran into each other: keys that share a home slot, and random ones, against a `Set`.
@Test func wordSetsRemoveExactlyTheWordsRemoved() {
    var set = HashSet64(capacity: 4)
    var model = Set<UInt64>()
    var rng = SplitMix(state: 5)
    // Every fourth key shares its home slot with others (same bits from 17 up), so runs wrap and interleave.
    let keys: [UInt64] = (0..<600).map { i in
        i % 4 == 0 ? UInt64(i) | (UInt64(7) << 17) | (UInt64(i) << 40) : UInt64(rng.below(1 << 30)) << 20 | 1
    }
    for k in keys {
        set.insert(k)
        model.insert(k)
    }
    for (i, k) in keys.enumerated() where i % 3 != 1 {
        set.remove(k)
        model.remove(k)
    }
    set.remove(12345)
    #expect(set.count == model.count)
    #expect(keys.allSatisfy { set.contains($0) == model.contains($0) })
    #expect(set.members.sorted() == model.sorted())
    for k in keys.prefix(100) {
        set.insert(k)
        model.insert(k)
    }
    #expect(keys.allSatisfy { set.contains($0) == model.contains($0) })
}
