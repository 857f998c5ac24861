import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Each marked range is the cue of one claim.
private func checkClaims(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check("Headline\n\n" + marked, sourceLocation: sourceLocation) { a in a.claims.map(\.cueRange) }
}

@Test func measuredQuantities() {
    checkClaims("They made 1️⃣$15 billion1️⃣ in sales. Bids reached 2️⃣HK$19.8 billion2️⃣. Turnout was 3️⃣53 percent3️⃣.")
    checkClaims("It will create 1️⃣1 million1️⃣ jobs. 2️⃣More than 1,200 emails2️⃣ were found. Prices rose 3️⃣5%3️⃣ 🎉.")
}

@Test func superlativesRecordsForecastsAndCauses() {
    checkClaims(
        "It is China's 1️⃣largest1️⃣ retailer. Sales hit 2️⃣record2️⃣ highs. Ma will hire 3️⃣500 workers3️⃣. The storm 4️⃣caused4️⃣ delays."
    )
}

@Test func datesYearsAgesTimesScoresAndVersionsAreNotClaims() {
    checkClaims(
        "On Jan. 5, 2016, at 10 a.m., Núñez, 45, won 3-2. iOS 10.2.1 shipped. He will speak on March 3. It was his first day."
    )
}

@Test func headlinesAreNotClaimsAndAttributedQuotesSourceTheirClaims() {
    let f = Fixture("Trump Meets Billionaire to Talk 1 Million Jobs\n\n“We made $15 billion in sales,” Ma said.\n")
    let claims = analyzeFixture(f).claims
    #expect(claims.map(\.sentence) == [1])
    #expect(claims.map(\.sourcedBy) == [.quote(0)])
}

@Test func sourcingByCitationLinkAttributionOrCarry() {
    let f = Fixture(
        "# H\n\nSales hit $15 billion[^ap]. Costs hit $3 billion, [Reuters](https://reuters.com) reported. Profit was $2 billion, Ma said. Also, debt rose 5 percent. Staff fell 3 percent. Cash fell by $1 billion.\n\n[^ap]: AP\n"
    )
    let a = analyzeFixture(f, kind: .annotated)
    #expect(a.claims.map(\.isSourced) == [true, true, true, true, true, false])
}
