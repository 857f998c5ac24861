import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Checks that every marker's byte offset maps to the expected (line, UTF-8 column, UTF-16 column) and back.
private func checkPositions(
    _ marked: String, _ expected: [String: (line: Int, utf8: Int, utf16: Int)],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let f = Fixture(marked)
    let t = f.source
    for (marker, want) in expected {
        let o = f.offset(marker)
        let lc = t.lineColumns(of: o)
        #expect(
            lc == LineColumns(line: want.line, utf8: want.utf8, utf16: want.utf16), "\(marker)",
            sourceLocation: sourceLocation)
        #expect(
            t.offset(of: TextPosition(line: want.line, column: want.utf8)) == o, "\(marker) utf8 back",
            sourceLocation: sourceLocation)
        #expect(
            t.offset(utf16: TextPosition(line: want.line, column: want.utf16)) == o, "\(marker) utf16 back",
            sourceLocation: sourceLocation)
    }
}

@Test func positionsWithEmojiAccentsCurlyQuotesAndCRLF() {
    checkPositions(
        "José 🎉 said “1️⃣hi”\r\n2️⃣Núñez 👩‍👩‍👧3️⃣.\r\n4️⃣",
        [
            "1️⃣": (0, 19, 14),  // "José " 6 bytes/5 units, "🎉" 4/2, " said " 6/6, "“" 3/1
            "2️⃣": (1, 0, 0),
            "3️⃣": (1, 26, 14),  // "Núñez " 8/6, family emoji 18 bytes / 8 units
            "4️⃣": (2, 0, 0),
        ])
}

/// A lone `\r` (old Mac files, pasted text) ends a line as it does in every editor and in the LSP;
/// `\r\n` stays one terminator, and `\r\r\n` is two.
@Test func aLoneCarriageReturnEndsALine() {
    checkPositions(
        "“Olá” 😀1️⃣\r2️⃣José\r\r\n3️⃣Zoë 👩‍💻4️⃣\n\r5️⃣",
        [
            "1️⃣": (0, 15, 8),  // "“Olá” " 11 bytes / 6 units, "😀" 4/2
            "2️⃣": (1, 0, 0),
            "3️⃣": (3, 0, 0),  // line 2 is the empty one between "\r" and "\r\n"
            "4️⃣": (3, 16, 9),  // "Zoë " 5/4, "👩‍💻" 11/5
            "5️⃣": (5, 0, 0),
        ])
    let t = SourceText("a\rb\r\nc\r")
    #expect(t.lineStarts == [0, 2, 5, 7])
    #expect((0..<t.lineCount).map { t[t.lineContentRange($0)] } == ["a", "b", "c", ""])
    #expect(t.offset(of: TextPosition(line: 0, column: 9)) == 1)  // clamped before the "\r"
    // The style for inserted lines is the first line's terminator.
    #expect(
        ["“é” 😀", "a\nb\r\n", "a\r\nb\n", "a\rb\n", "\r\n"].map { SourceText($0).lineEnding } == [
            "\n", "\n", "\r\n", "\r", "\r\n",
        ])
}

@Test func positionsPastTheEndAreClamped() {
    let t = SourceText("ab\r\ncd🎉\nlast")
    #expect(t.offset(of: TextPosition(line: 0, column: 99)) == 2)  // before \r\n
    #expect(t.offset(utf16: TextPosition(line: 1, column: 99)) == 10)  // end of "cd🎉"
    #expect(t.offset(utf16: TextPosition(line: 1, column: 3)) == 6)  // inside the surrogate pair → start of 🎉
    #expect(t.offset(of: TextPosition(line: 1, column: 4)) == 6)  // inside the UTF-8 sequence → start of 🎉
    // An offset inside 🎉 counts its surrogate pair whole, as its end does.
    #expect((6...10).map { t.utf16Column(of: $0).column } == [2, 4, 4, 4, 4])
    #expect(t.offset(of: TextPosition(line: 9, column: 0)) == t.count)
    #expect(t.offset(of: TextPosition(line: -1, column: 5)) == 0)
    #expect(t.position(of: 999) == TextPosition(line: 2, column: 4))
    #expect(t.lineContentRange(0) == TextRange(0, 2))
}

@Test func invalidUTF8IsRepairedNotFatal() {
    let t = SourceText(decoding: [0x41, 0xFF, 0x42, 0x0A, 0xC3])
    #expect(t.wasRepaired)
    #expect(t.string == "A\u{FFFD}B\n\u{FFFD}")
    #expect(t.lineCount == 2)
    #expect(!SourceText(decoding: Array("é🎉".utf8)).wasRepaired)
}

/// A huge text (the server's 50 MB article) has room to grow: a paste of 100 KB changes its bytes in place
/// instead of copying them into a buffer twice their size; a small text gets no spare capacity.
@Test func aHugeTextGrowsInPlace() {
    var t = SourceText(String(repeating: "Sales rose 5% last year.\n", count: 100_000))
    #expect(t.count > 2_000_000)
    let before = t.bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    let paste = Array(String(repeating: "Officials said so. ", count: 250).utf8)
    for k in 0..<20 { t.replaceSubrange(TextRange(1000 * k, 1000 * k), with: paste) }
    #expect(t.bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == before)
    #expect(t.lineCount == 100_001)
    #expect(SourceText.roomToGrow(SourceText("Sales rose.").count) == 0)
}
