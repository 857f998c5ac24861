import CopydeskCore
import CopydeskTestSupport
import Testing

/// Lints a multi-file workspace fixture. Paths decide the kind (`a.news.md`, `b.txt`).
func lintWorkspace(_ files: [String: String], configuration: Configuration = .default) -> [String: (
    Fixture, [Diagnostic]
)] {
    let fixtures = files.mapValues { Fixture($0) }
    var syntaxes: [String: ArticleSyntax] = [:]
    for (path, f) in fixtures {
        syntaxes[path] = ArticleParser.parse(f.source, kind: ArticleKind.forPath(path) ?? .annotated)
    }
    let index = WorkspaceIndex(summaries: syntaxes.map { FileSummary(syntax: $0.value, document: DocumentID($0.key)) })
    var out: [String: (Fixture, [Diagnostic])] = [:]
    for (path, syntax) in syntaxes {
        let analysis = ArticleAnalyzer.analyze(
            syntax, options: AnalysisOptions(configuration: configuration, index: index))
        out[path] = (
            fixtures[path]!,
            Linter.lint(analysis, document: DocumentID(path), index: index, configuration: configuration)
        )
    }
    return out
}

/// Checks one rule over a workspace fixture: every range marked with a pair of the same emoji marker
/// (`1️⃣jak-ma1️⃣`) must carry exactly one diagnostic of `rule`, and no other diagnostic of `rule` may exist.
/// `messageContains` checks the first diagnostic's message.
func checkRule(
    _ rule: String, _ files: [String: String], messageContains: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    var expected: Set<String> = []
    var got: Set<String> = []
    var messages: [String] = []
    for (path, (fixture, diagnostics)) in lintWorkspace(files) {
        for (_, offsets) in fixture.offsets {
            var k = 0
            while k + 1 < offsets.count {
                expected.insert("\(path)@\(offsets[k])..<\(offsets[k + 1])")
                k += 2
            }
        }
        for d in diagnostics where d.ruleID == rule {
            got.insert("\(path)@\(d.range.start)..<\(d.range.end) '\(fixture.source[d.range])'")
            messages.append(d.message)
        }
    }
    let gotKeys = Set(got.map { String($0.prefix(while: { $0 != " " })) })
    #expect(gotKeys == expected, "diagnostics: \(got.sorted())", sourceLocation: sourceLocation)
    if let needle = messageContains {
        #expect(messages.contains { $0.contains(needle) }, "messages: \(messages)", sourceLocation: sourceLocation)
    }
}
