import CopydeskCore
import Testing

@testable import CopydeskLSP

/// A file the indexer cannot read is named in the log (it used to be skipped without a word), and the
/// others are indexed.
@Test func anUnreadableFileSkippedByTheIndexerIsLogged() {
    let c = TestClient(
        ["people.news.md": "[@ma]: Jack Ma\n", "blob.news.md": "\u{0}\u{1}binary", "a.news.md": "Met [@ma].\n"],
        open: ["a.news.md"])
    let logs = c.notifications("window/logMessage").compactMap { $0["params"]["message"].string }
    #expect(logs.contains { $0.contains("/ws/blob.news.md") }, "\(logs)")
    #expect(!logs.contains { $0.contains("people.news.md") }, "\(logs)")
    #expect(c.diagnostics("a.news.md").allSatisfy { $0["code"] != "undefined-entity" })
}
