import Testing

// Fixtures for the examples quoted in the comments of `Analysis/VagueSources.swift` (the checks:
// `CommentExampleSupport.swift`).

/// VagueSources.swift — a bare plural, a phrase opened by an indefinite determiner and an unnamed object of
/// "according to" are vague.
@Test func vagueSourcesExamplesOfUnnamedSources() {
    exampleVague("1️⃣Banks say1️⃣ most victims are refunded. 2️⃣Local health chiefs say2️⃣ waits have grown.")
    exampleVague("3️⃣Theatre owners have blamed3️⃣ the weather. 4️⃣Other polls have shown4️⃣ a wider lead.")
    exampleVague("Rates will rise, 1️⃣several brokers argued1️⃣. 2️⃣A report has claimed2️⃣ that 2,000 stores could close.")
    exampleVague(
        "1️⃣One bookmaker said1️⃣ it had taken bets. The plant will close, 2️⃣a person familiar with the plans said2️⃣.")
    exampleVague("Prices fell 3%, 1️⃣according to a survey of estate agents1️⃣.")
    exampleVague("Profits doubled, 1️⃣according to one of the largest lenders in the region1️⃣.")
    exampleVague("Each engine costs €1.5m, 1️⃣according to estimates from rival teams1️⃣.")
    exampleVague("Prices slowed, 1️⃣according to one of the country's biggest lenders1️⃣.")
    exampleVague("1️⃣Figures from one of the UK's biggest lenders showed1️⃣ prices rose.")
    exampleVague("1️⃣Statistics published on Thursday show1️⃣ that waits grew.")
    exampleVague("1️⃣A poll published last month suggested1️⃣ support had fallen.")
}

/// VagueSources.swift — near misses: a spokesman, a named issuer's kind, a body or a people named, a named or
/// owned owner, a share, a poll's groups, a passive's agent and subject, a report or an inference around the group,
/// an action, a wish, participles.
@Test func vagueSourcesExamplesOfNamedOrNoSources() {
    exampleVague("A spokesman said the plan would go ahead. Bills rose, according to a congressional report.")
    exampleVague("Analysts at Goldman Sachs said it would fall. Americans say the economy is weak.")
    exampleVague("A study by consultants Aviaplan found costs rose. A survey for the BBC found support fell.")
    exampleVague("A survey for its members found costs rose. Six in 10 voters say the economy matters.")
    exampleVague("Voters say the economy matters. She said she had been advised by doctors to rest.")
    exampleVague("He said analysts expect a higher offer. Shares rose, suggesting investors expect a higher offer.")
    exampleVague("Ministers have ruled out changes. The themes marketers hope to win over are new.")
    exampleVague("Trump may unsettle nations worried about China. Figures reported on Sunday now suggest he leads.")
    exampleVague("The rise was triggered by figures showing that stocks fell.")
    exampleVague("Global sales rose 5% in 2004, it said. Sales 1️⃣are forecast1️⃣ to grow.")
    // A pronoun, subject of a clause on the evidence, refers back to its owner.
    exampleVague("Apple's sales hit $1.1tn in 2022, according to a study it commissioned.")
    exampleVague("Sales hit $1.1tn in 2022, 1️⃣according to a study1️⃣.")
}

/// VagueSources.swift — a report that tells its hearer the answer to a question credits no claim ("Alerts tell people
/// how the threats affect them", "Labels tell shoppers where the meat comes from"); one with a reported clause does
/// ("Officials told reporters that the bridge was unsafe").
@Test func vagueSourcesATellingOfAQuestion() {
    exampleVague("Alerts tell people how the threats affect them.")
    exampleVague("Labels tell shoppers where the meat comes from. Guides tell them what to pack.")
    exampleVague("Councils will tell the public what to do.")
    exampleVague("1️⃣Officials told1️⃣ reporters that the bridge was unsafe.")
}

/// VagueAttributionFinder.swift — hearsay that emerged, what an outlet learned, a measure after "by".
@Test func vagueAttributionFinderExamplesOfEmergedAndOutletLearning() {
    exampleVague("Fares could be cut, 1️⃣it has emerged1️⃣. 2️⃣It emerged2️⃣ last week that the firm lost £3m.")
    exampleVague("United are close to a deal, 1️⃣BBC Sport understands1️⃣.")
    exampleVague("2️⃣The Guardian understands2️⃣ that the loan was extended. 3️⃣The Times has learned3️⃣ that it was.")
    exampleVague("Ms Hale understands that the rules are strict. The bank understands the risks.")
    exampleVague("1️⃣The BBC has been told1️⃣ that 50 staff will go. 2️⃣The Guardian was told2️⃣ that they would.")
    // Near misses: who told it, and listeners who are not an outlet.
    exampleVague("The BBC has been told by the firm that 50 staff will go. Reporters were told that 50 staff would go.")
    exampleVague("It emerged from the water. Stocks 1️⃣are thought1️⃣ to have dropped by about a quarter.")
}
