import Testing

@testable import CopydeskCore

@Test func precomputedWordHashesMatchTheirWords() {
    for (value, word) in Lexicon.hashLiterals {
        #expect(value == wordHash(word), "\(word)")
    }
    #expect(Lexicon.hashLiterals.count > 50)
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
