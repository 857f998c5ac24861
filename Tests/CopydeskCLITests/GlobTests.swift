import Testing

@testable import CopydeskFiles

/// `matches[i]` must match `pattern`, `misses[i]` must not.
private func check(
    _ pattern: String, matches: [String], misses: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    let g = Glob(pattern)
    for m in matches { #expect(g.matches(m), "\(pattern) should match \(m)", sourceLocation: sourceLocation) }
    for m in misses { #expect(!g.matches(m), "\(pattern) should not match \(m)", sourceLocation: sourceLocation) }
}

@Test func globSyntax() {
    check("**/*.news.md", matches: ["a.news.md", "x/y/a.news.md"], misses: ["a.md", "a.news.md.bak"])
    check("*.txt", matches: ["a.txt", "deep/er/b.txt"], misses: ["a.txt.md", "txt"])
    check("/top.md", matches: ["top.md"], misses: ["sub/top.md"])
    check("drafts/**", matches: ["drafts/a.md", "drafts/x/y.txt"], misses: ["final/drafts.md", "a/drafts/b.md"])
    check("drafts", matches: ["drafts/a.md", "x/drafts/b.md"], misses: ["drafts.md"])
    check("a/?.md", matches: ["a/b.md"], misses: ["a/bc.md", "b/b.md"])
    check("[ab]*.md", matches: ["apple.md", "x/banana.md"], misses: ["cherry.md"])
    check("[!ab]*.md", matches: ["cherry.md"], misses: ["apple.md"])
    check("{news,wire}/**/*.{md,txt}", matches: ["news/a.md", "wire/x/b.txt"], misses: ["blog/a.md", "news/a.json"])
    check("a/**/z.md", matches: ["a/z.md", "a/b/c/z.md"], misses: ["b/z.md"])
    check("Zoë/*.md", matches: ["Zoë/a.md"], misses: ["Zoe/a.md"])
    #expect(Glob("drafts/**").matchesFolder("drafts"))
    #expect(Glob("**/node_modules").matchesFolder("x/node_modules"))
    #expect(!Glob("**/*.md").matchesFolder("docs"))
    let set = GlobSet(include: ["**/*.md"], exclude: ["drafts/**"])
    #expect(set.selects("a.md") && !set.selects("drafts/a.md") && !set.selects("a.txt"))
    #expect(set.prunes(folder: "drafts") && !set.prunes(folder: "final"))
}

/// The URI fast paths give what the general code gives: `isStandardAbsolute` agrees with `standardize`,
/// and URIs round-trip with and without escapes.
@Test func standardPathCheckAgreesWithStandardize() {
    var rng = SystemRandomNumberGenerator()
    let parts = ["/", "a", ".", "..", "...", "é", " ", "b.news.md", "%"]
    for _ in 0..<3000 {
        let p = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined()
        #expect(Paths.isStandardAbsolute(p) == (p.hasPrefix("/") && Paths.standardize(p) == p), "\(p)")
    }
    for path in ["/a/b.news.md", "/a b/é.md", "/x/%41", "/a/./b", "/a//b/"] {
        let uri = FileURI.uri(forPath: path)
        #expect(FileURI.path(fromURI: uri) == Paths.standardize(path), "\(path) → \(uri)")
    }
    #expect(FileURI.uri(forPath: "/a/b.news.md") == "file:///a/b.news.md")
    #expect(FileURI.path(fromURI: "file:///a/../b.md") == "/b.md")
}
