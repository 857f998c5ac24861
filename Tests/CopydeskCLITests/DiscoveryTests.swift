import CopydeskCore
import Foundation
import Testing

@testable import CopydeskFiles

/// Discovers articles under a temp folder built from `files` (+ `links`: path → target) and checks the
/// relative paths found and the issues ("path: message-fragment").
private func check(
    _ files: [String: String], links: [String: String] = [:], in sub: String = "",
    found expected: [String], issues expectedIssues: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let t = TempFolder(files)
    for (l, target) in links { t.link(l, to: target) }
    let result = FileDiscovery.articles(in: t.url(sub), resolver: ConfigurationResolver(boundaries: [t.path]))
    let got = result.files.map { Paths.relative($0.path, to: t.path)! }
    #expect(got == expected, sourceLocation: sourceLocation)
    let issues = result.issues.map { "\(Paths.relative($0.path, to: t.path) ?? $0.path): \($0.message)" }
    #expect(issues.count == expectedIssues.count, "issues: \(issues)", sourceLocation: sourceLocation)
    for want in expectedIssues {
        let parts = want.components(separatedBy: ": ")
        #expect(
            issues.contains { $0.hasPrefix(parts[0] + ": ") && $0.contains(parts[1]) },
            "missing issue \(want) in \(issues)", sourceLocation: sourceLocation)
    }
}

@Test func discoveryFindsArticlesAndSkipsHiddenAndBuildFolders() {
    check(
        [
            "a.news.md": "", "b.md": "", "c.txt": "", "d.json": "", "e.markdown": "",
            "sub/deeper/f.news.md": "", ".hidden.md": "",
            ".git/x.md": "", ".build-cli/y.md": "", ".build/z.txt": "", "node_modules/pkg/readme.md": "",
            "empty/": "",
        ], found: ["a.news.md", "b.md", "c.txt", "e.markdown", "sub/deeper/f.news.md"])
}

@Test func discoveryHonoursIncludeAndExcludeRelativeToTheConfigurationFolder() {
    check(
        [
            "ws/.copydesk.json":
                #"{ "include": ["**/*.news.md", "notes/*.txt"], "exclude": ["drafts/**", "*.tmp.news.md"] }"#,
            "ws/a.news.md": "", "ws/b.md": "", "ws/notes/n.txt": "", "ws/other/o.txt": "",
            "ws/drafts/d.news.md": "", "ws/x.tmp.news.md": "",
            "ws/sub/.copydesk.json": "{}", "ws/sub/s.md": "",  // a nested file resets to the defaults below it
        ], in: "ws", found: ["ws/a.news.md", "ws/notes/n.txt", "ws/sub/s.md"])
}

@Test func discoverySurvivesSymlinkLoopsAndReportsBrokenLinksAndBadConfiguration() {
    check(
        [
            "a/one.news.md": "",
            "a/b/two.md": "",
            "bad/.copydesk.json": "{ nope",
            "bad/skipped.md": "",
        ],
        links: [
            "a/b/loop": "..",  // a/b/loop → a: a loop
            "a/self": ".",  // a/self → a
            "a/again.md": "one.news.md",  // a second name for the same file: found once
            "a/gone.news.md": "missing.news.md",
            "a/gone.json": "missing.json",  // not an article name: not worth a word
        ], found: ["a/b/two.md", "a/one.news.md"],  // the file under its own name, not the link's
        issues: ["a/gone.news.md: broken symbolic link", "bad/.copydesk.json: not valid JSON"])
}

@Test func selectedKindAgreesWithTheWalk() {
    let t = TempFolder([
        ".copydesk.json": #"{ "exclude": ["drafts/**"] }"#,
        "a.news.md": "", "n/b.txt": "", "drafts/c.md": "", ".hidden/d.md": "", "e.json": "",
    ])
    let resolver = ConfigurationResolver(boundaries: [t.path])
    let walked = Set(FileDiscovery.articles(in: t.path, resolver: resolver).files.map(\.path))
    for rel in ["a.news.md", "n/b.txt", "drafts/c.md", ".hidden/d.md", "e.json", "new/unsaved.md"] {
        let kind = FileDiscovery.selectedKind(of: t.url(rel), root: t.path, resolver: resolver)
        let expected = rel == "new/unsaved.md" || walked.contains(t.url(rel))
        #expect((kind != nil) == expected, "\(rel)")
    }
    #expect(FileDiscovery.selectedKind(of: t.url("a.news.md"), root: t.path, resolver: resolver) == .annotated)
    #expect(FileDiscovery.selectedKind(of: "/elsewhere/a.md", root: t.path, resolver: resolver) == nil)
}

@Test func fileURIsRoundTrip() {
    for path in ["/a b/é.news.md", "/x/100%.md", "/😀/“q”.txt"] {
        #expect(FileURI.path(fromURI: FileURI.uri(forPath: path)) == path)
    }
    #expect(FileURI.uri(forPath: "/a b/é.md") == "file:///a%20b/%C3%A9.md")
    #expect(FileURI.path(fromURI: "file://localhost/tmp/x.md") == "/tmp/x.md")
    #expect(FileURI.path(fromURI: "FILE:///tmp/a%2Fb.md") == "/tmp/a/b.md")
    #expect(FileURI.path(fromURI: "untitled:Untitled-1") == nil)
    #expect(FileURI.path(fromURI: "file://server/share/x.md") == nil)
    #expect(FileURI.path(fromURI: "file:///bad%FF.md") == nil)
}

/// `isCanonical` (the no-allocation fast path) says yes only where decoding and re-encoding give the URI back.
@Test func canonicalURIsAreRecognisedWithoutDecoding() {
    for uri in ["file:///tmp/ws/d000/a00001.news.md", "file:///a-b_c~d.e/f.md"] {
        #expect(FileURI.isCanonical(uri))
        #expect(FileURI.path(fromURI: uri).map(FileURI.uri(forPath:)) == uri)
    }
    for uri in [
        "file:///a%20b.md", "FILE:///a.md", "file://localhost/a.md", "file:///a//b.md", "file:///a/./b.md",
        "file:///a/../b.md", "file:///a.md?x", "file:///é.md", "untitled:Untitled-1", "file:///a/",
    ] {
        #expect(!FileURI.isCanonical(uri), "\(uri)")
    }
}

/// One selector: every name `ArticleKind.forPath` calls an article is found by a walk, selected for a
/// watched-file event, and covered by a pattern the server asks the client to watch (`*.markdown` was
/// an article kind that none of the three picked up).
@Test func walksWatchersAndWatchedEventsSelectTheSameArticleNames() {
    let names = ["a.news.md", "b.md", "c.markdown", "d.txt"]
    let t = TempFolder(Dictionary(uniqueKeysWithValues: (names + ["f.json", "g.mdx"]).map { ($0, "Text.\n") }))
    let resolver = ConfigurationResolver(boundaries: [t.path])
    let walked = FileDiscovery.articles(in: t.path, resolver: resolver).files.map { Paths.lastComponent($0.path) }
    #expect(walked.sorted() == names.sorted())
    let watchers = ArticleFiles.watchPatterns.map(Glob.init)
    for name in names + ["f.json", "g.mdx"] {
        let isArticle = names.contains(name)
        #expect(
            (FileDiscovery.selectedKind(of: t.url(name), root: t.path, resolver: resolver) != nil) == isArticle,
            "\(name)")
        #expect(watchers.contains { $0.matches(name) } == isArticle, "watched: \(name)")
        #expect((ArticleKind.forPath(name) != nil) == isArticle, "\(name)")
    }
    #expect(watchers.contains { $0.matches("sub/.copydesk.json") })
}

/// A confined walk (the server's) drops a file reached through a link that leaves the folder, and
/// keeps one whose link stays inside.
@Test func confinedDiscoveryDropsLinksEscapingTheFolder() {
    let outside = TempFolder(["secret.news.md": "x"])
    let t = TempFolder(["ws/a.news.md": "a", "ws/real/b.news.md": "b"])
    t.link("ws/escape.news.md", to: outside.url("secret.news.md"))
    t.link("ws/inside.news.md", to: t.url("ws/real/b.news.md"))
    let resolver = ConfigurationResolver(boundaries: [t.url("ws")])
    let loose = FileDiscovery.articles(in: t.url("ws"), resolver: resolver).files.map { Paths.lastComponent($0.path) }
    #expect(loose.contains("escape.news.md"))
    let confined = FileDiscovery.articles(in: t.url("ws"), resolver: resolver, confined: true).files.map(\.path)
    #expect(confined.map(Paths.lastComponent) == ["a.news.md", "b.news.md"])
}

/// The one walk up the tree and the one "inside this folder" (lexical, so `/a/bc` is not inside `/a/b`).
@Test func walkingUpAndInsideAreOneAnswerEach() {
    #expect(Array(Paths.selfAndAncestors("/a/b/c")) == ["/a/b/c", "/a/b", "/a", "/"])
    #expect(Array(Paths.selfAndAncestors("/a/b/c", upTo: "/a/b")) == ["/a/b/c", "/a/b"])
    #expect(Array(Paths.selfAndAncestors("/")) == ["/"])
    #expect(Paths.isInside("/a/b", "/a/b") && Paths.isInside("/a/b/c", "/a/b") && Paths.isInside("/a", "/"))
    #expect(!Paths.isInside("/a/bc", "/a/b") && !Paths.isInside("/a", "/a/b"))
    #expect(Paths.isInside("/a/b/c", "/a/b/") && Paths.isInside("/x/y", anyOf: ["/z", "/x"]))
    let t = TempFolder([".copydesk.json": "{}", "a/b/.git/": "", "a/b/c/article.news.md": ""])
    #expect(WorkspaceRoot.find(for: t.url("a/b/c/article.news.md")) == t.path, "the configuration wins over .git")
    #expect(CopydeskFiles.configurationFile(in: t.path) == t.url(".copydesk.json"))
    #expect(CopydeskFiles.configurationFile(in: t.url("a")) == nil)
}
