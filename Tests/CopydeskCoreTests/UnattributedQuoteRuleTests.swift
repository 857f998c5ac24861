import Testing

@testable import CopydeskCore

@Test func unattributedQuoteNeedsFourWordsAndNoSpeaker() {
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "Headline “With A Quote In It”\r\n\r\nThe sign read nothing. The crowd waited 🎉.\r\n\r\nThere were 1️⃣“no easy answers for José Núñez”1️⃣ at all.\r\n\r\nIt was a “great meeting”. He starred in “The Art of the Deal” last year.\r\n"
        ], messageContains: "Quote with no speaker")
}

@Test func quotesWithSpeakersNearbyAreNotFlagged() {
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\n\n“We will build it here,” Clark said. “It will be large and it will be ours.”\n\nHarley Lewin, a partner, says, \"Jack Ma is great at PR\".\n\nAccording to Mr. Trump, it was a \"great meeting with the man\".\n"
        ])
}

@Test func aHearingsFindingSpeaksItsQuote() {
    // A panel, an inquest or a tribunal found it, as a report or an inquiry does. Near miss: a finding with no
    // one before it.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\n\nThe panel found his conduct was \"dishonest and a serious departure from the standards expected\".\n\nThe inquest found the death was \"contributed to by neglect on the part of staff\".\n\nIt was found his conduct was 1️⃣\"dishonest and a serious departure from the standards expected\"1️⃣.\n"
        ])
}

@Test func partialQuotesWovenIntoTheSentenceAreNotFlagged() {
    // Lower case right after a determiner, preposition, coordinator or naming verb: the writer's own sentence.
    // After a copula, or opening in capitals on its own, a quote is still a direct quote.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\nThe group filed a request for “records sufficient to show the accounts of José Núñez” 🎉.\r\n\r\nThe “longest armed standoff in American history” might be over.\r\n\r\nCandidates must poll well enough to \"be realistically considered among the contenders\".\r\n\r\nSome accounts call it ''Wilayat Twitter,'' or ''the province of Twitter.''\r\n\r\nThe town was dubbed “the capital of the whole world” by fans.\r\n\r\nThere were 1️⃣“no easy answers for anyone here”1️⃣ at all.\r\n\r\nNothing happened. 2️⃣“The plan is dead and we all know it.”2️⃣\r\n"
        ])
}

@Test func citedHeadlinesAreTitles() {
    // `"…," by NAME` is a byline; `("…," Outlet, Day)` a citation: headlines, not speech.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\n—\"An NYPD sketch artist gets a gallery show,\" by Hyperallergic's Carey Dunne 🎨.\r\n\r\nNothing changed (\"Romney blasts Trump as a fraud Clinton would beat,\" USA Today, Thursday).\r\n\r\nNothing moved. 1️⃣\"An artist sells a painting to nobody,\"1️⃣ by and large.\r\n\r\nNothing changed (2️⃣\"We will never give up on this fight,\"2️⃣ and more).\r\n"
        ])
}

@Test func songsAndChantsHaveSingers() {
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\nAs the Rainmakers sang back in the 1980s, “They'll turn us all into beggars, José.”\r\n\r\nAs the years passed back in the 1980s, 1️⃣“They'll turn us all into beggars, José.”1️⃣\r\n"
        ])
}

@Test func aDialogueLineBelongsToThePersonActingInTheNextParagraph() {
    // An action beat: “…” ¶ She hangs up. A line followed by a scene with no person in it stays flagged.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\nPause.\r\n\r\n“Well, you do that! Zoë will appreciate it, and so will I.”\r\n\r\nShe hangs up, smiling 😊.\r\n\r\nPause.\r\n\r\n1️⃣“Well, you do that! Zoë will appreciate it, and so will I.”1️⃣\r\n\r\nThe phone rings again.\r\n"
        ])
}

@Test func aBracketedCreditClosingTheParagraphSourcesIt() {
    // News digests credit each item at its end: “…” Tune in tonight. [AP.]
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\nLAST ADDRESS “The address will frame the choice facing Américans this year.” Tune in tonight at 9 p.m. [AP.]\r\n\r\nISTANBUL 1️⃣“The address will frame the choice facing Américans this year.”1️⃣ Tune in tonight at 9 p.m. (2016)\r\n"
        ])
}

@Test func inTheWordsOfNamesTheSpeaker() {
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\r\n\r\nIn the words of José Núñez, “the party will never be the same again” 🎉.\r\n\r\nIn the end, 1️⃣“the party will never be the same again”1️⃣.\r\n"
        ])
}

@Test func aCitationRightAfterAQuoteIsItsSource() {
    checkRule(
        "unattributed-quote",
        [
            "a.news.md":
                "# H\n\nNothing moved. “The plan is dead and we all know it.”[^ap]\n\nNothing moved. 1️⃣“The plan is dead and we all know it.”1️⃣\n\n[^ap]: AP\n"
        ])
}

@Test func quoteRunsContinuingAnIdentifiedSpeakerAreNotFlagged() {
    // BBC style: paragraphs of one quote run printed as one, and a new paragraph opening another quote.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\n\n\"The technology is very much conjoined now. \"The film we see comes from the same file,\" he says of Mr Dean's work.\n\n\"We have always been good at being gracious in defeat.\n\n\"What happened on Sunday overshadowed the whole game,\" said Sir Alex Ferguson.\n"
        ])
}

@Test func trulyUnattributedQuotesAreCaught() {
    // No speaker in the sentence, the paragraph or a run it continues: the quote stands alone.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "H\n\nThe vote was close. 1️⃣\"We will not rest until the law is changed.\"1️⃣\n\nPrices rose again. 2️⃣“This market has lost all sense of proportion.”2️⃣ Then the index fell.\n\nThe bridge was closed on Monday.\n\n3️⃣\"It is a disgrace and the council knows it.\"3️⃣\n"
        ])
}

@Test func aQuotedNameForAThingBeforeItsNounIsNotFlagged() {
    // "a new “too big to fail” tax" names a tax; near miss: the same words free-standing.
    checkRule(
        "unattributed-quote",
        [
            "a.txt":
                "Headline\n\nThe plan collapsed. Firms facing a new “too big to fail” tax outshouted the rest.\n\nNothing moved. 1️⃣“They are too big to fail.”1️⃣\n"
        ])
}
