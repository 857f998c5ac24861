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

@Test func wordSetsHoldTheirWordsAndNeverPunctuation() {
    let set = HashSet64(words: ["by", "of", "from"])
    #expect(set.contains(wordHash("by")) && set.contains(wordHash("From")))
    #expect(!set.contains(wordHash("for")))
    #expect(!set.contains(0))  // a punctuation token's hash
}
