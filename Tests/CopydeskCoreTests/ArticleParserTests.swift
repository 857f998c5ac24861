import CopydeskTestSupport
import Testing

@testable import CopydeskCore

/// Parses a marked fixture and returns it with the syntax.
private func parse(_ marked: String, kind: ArticleKind = .annotated) -> (Fixture, ArticleSyntax) {
    let f = Fixture(marked)
    return (f, ArticleParser.parse(f.source, kind: kind))
}

/// What the parser found, rendered as short lines ("mention jack-ma 'Jack Ma'"), checked against `expected`.
private func check(
    _ marked: String, kind: ArticleKind = .annotated, _ expected: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let (f, s) = parse(marked, kind: kind)
    var got: [String] = []
    let t = f.source
    for d in s.entityDefinitions {
        got.append("entity \(d.id) '\(d.name)'" + d.fields.map { " \($0.key)=\($0.value)" }.joined())
    }
    for d in s.sourceDefinitions { got.append("source \(d.id) '\(d.text)'") }
    for m in s.entityMentions { got.append("mention \(m.id) '\(m.surfaceRange.map { t[$0] } ?? "")'") }
    for c in s.citations { got.append("cite \(c.id)") }
    for l in s.links { got.append("link \(l.url) '\(t[l.textRange])'") }
    for p in s.paragraphs {
        got.append(
            "\(p.kind.rawValue) '\(String(decoding: s.prose[p.range.start..<p.range.end], as: UTF8.self).split(separator: " ").joined(separator: " "))'"
        )
    }
    for p in s.problems { got.append("problem \(p.code) '\(t[p.range])'") }
    for x in s.suppressions {
        got.append(
            "suppress \(x.kind.rawValue) \(x.rules.joined(separator: ",")) reason=\(x.reason ?? "-") scope='\(t[x.scope])'"
        )
    }
    #expect(got.sorted() == expected.sorted(), sourceLocation: sourceLocation)
    #expect(s.prose.count == t.count, sourceLocation: sourceLocation)
}

@Test func definitionsMentionsCitationsAndLinks() {
    check(
        """
        # Ma meets Trump

        [Jack Ma][@jack-ma] met [@Trump] and sold $15 billion[^reuters], per [Reuters](https://reuters.com/x).

        [@jack-ma]: Jack Ma
          type: person
          aliases: Ma, Mr Ma

        [^reuters]: Reuters, 29 Nov 2016,
          https://reuters.com/x
        """,
        [
            "headline 'Ma meets Trump'",
            "body 'Jack Ma met Trump and sold $15 billion , per Reuters .'",
            "mention jack-ma 'Jack Ma'", "mention trump ''", "cite reuters", "link https://reuters.com/x 'Reuters'",
            "entity jack-ma 'Jack Ma' type=person aliases=Ma, Mr Ma",
            "source reuters 'Reuters, 29 Nov 2016, https://reuters.com/x'",
        ])
}

@Test func frontMatterCodeAndCommentsAreNotProse() {
    check(
        """
        ---
        title: A “curly” headline
        published: 2016-13-01
        oops
        ---
        Body with `code [@x]` and <!-- a [^note] --> text.

        ```
        [@not-a-def]: nothing
        ```
        """,
        [
            "body 'Body with and text.'",
            "problem invalid-date '2016-13-01'", "problem front-matter-syntax 'oops'",
        ])
    let (_, s) = parse("---\ntitle: A “curly” headline\n---\nText.\n")
    #expect(s.title == "A “curly” headline")
    #expect(s.frontMatter?["title"] == "A “curly” headline")
}

@Test func suppressionsWithRulesAndReasons() {
    check(
        """
        <!-- copydesk-disable-next-line unsourced-claim, vague-attribution -- checked by phone -->

        It grew 5%.
        <!-- copydesk-disable -->
        Off.
        <!-- copydesk-enable -->
        """,
        [
            "suppress nextLine unsourced-claim,vague-attribution reason=checked by phone scope='It grew 5%.'",
            "suppress disable  reason=- scope='\nOff.\n'",
            "suppress enable  reason=- scope=''",
            "body 'It grew 5%.'", "body 'Off.'",
        ])
}

@Test func plainTextHeadlineAndParagraphs() {
    check(
        "Headline with no stop\nFirst para line.\n\nSecond “para”.\n", kind: .plainText,
        [
            "headline 'Headline with no stop'", "body 'First para line.'", "body 'Second “para”.'",
        ])
}

@Test func plainTextBulletsAreListItems() {
    // Each bulleted line is its own item, its bullet kept (a list of figures is read item by item); a wrapped line
    // joins its item, and a numbered line and a dash inside a line stay prose.
    check(
        "Headline\nThe main announcements:\n- Fuel duty is frozen\n* The wage rises 6.7%\n• Tax rises to 24%\n"
            + "and stays there\n\n1) The race to be next.\nIt grew - fast.\n", kind: .plainText,
        [
            "headline 'Headline'", "body 'The main announcements:'", "listItem '- Fuel duty is frozen'",
            "listItem '* The wage rises 6.7%'", "listItem '• Tax rises to 24%\nand stays there'",
            "body '1) The race to be next.\nIt grew - fast.'",
        ])
}

@Test func malformedInputNeverFails() {
    check(
        "[@bad id]: X\n[@]: \n```\nunclosed",
        [
            "problem invalid-id 'bad id'", "problem invalid-id '[@]'", "problem missing-name '[@]:'",
            "entity bad id 'X'", "entity  ''",
            "problem unclosed-fence '```'",
        ])
    check(
        "---\ntitle: x\n\nbody",
        [
            "problem front-matter-unclosed '---'", "body 'body'",
        ])
}

@Test func rangesWithEmojiAccentsCurlyQuotesAndCRLF() {
    let (f, s) = parse("Héllo 🎉 “[José Núñez][@1️⃣jose1️⃣]” said.\r\n\r\n[@jose]: José Núñez\r\n  type: person\r\n")
    #expect(s.entityMentions.count == 1)
    #expect(s.entityMentions[0].idRange == f.range("1️⃣"))
    #expect(s.entityDefinitions.first?.name == "José Núñez")
    #expect(s.entityDefinitions.first?.type == .person)
    #expect(s.paragraphs.count == 1)
    #expect(f.source[s.paragraphs[0].range].hasSuffix("said."))
}
