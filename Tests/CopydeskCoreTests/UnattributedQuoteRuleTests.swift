import Testing
@testable import CopydeskCore

@Test func unattributedQuoteNeedsFourWordsAndNoSpeaker() {
    checkRule("unattributed-quote", [
        "a.txt": "Headline “With A Quote In It”\r\n\r\nThe sign read nothing. The crowd waited 🎉.\r\n\r\nThere were 1️⃣“no easy answers for José Núñez”1️⃣ at all.\r\n\r\nIt was a “great meeting”. He starred in “The Art of the Deal” last year.\r\n",
    ], messageContains: "Quote with no speaker")
}

@Test func quotesWithSpeakersNearbyAreNotFlagged() {
    checkRule("unattributed-quote", [
        "a.txt": "H\n\n“We will build it here,” Clark said. “It will be large and it will be ours.”\n\nHarley Lewin, a partner, says, \"Jack Ma is great at PR\".\n\nAccording to Mr. Trump, it was a \"great meeting with the man\".\n",
    ])
}
