import CopydeskCore
import CopydeskJSON
import Foundation
import Testing

@testable import CopydeskFiles

/// A configuration as sorted short lines, only what differs from the defaults.
private func describe(_ c: Configuration) -> [String] {
    var out: [String] = []
    for (id, setting) in c.rules {
        switch setting {
        case .off: out.append("rule \(id) off")
        case .severity(let s): out.append("rule \(id) \(s.rawValue)")
        }
    }
    out += c.reportingVerbs.map { "verb \($0)" }
    out += c.abbreviations.map { "abbreviation \($0)" }
    if c.include != Configuration.default.include { out += c.include.map { "include \($0)" } }
    out += c.exclude.map { "exclude \($0)" }
    if c.learnedCues { out.append("learnedCues") }
    return out.sorted()
}

/// Parses `json` as `/w/.copydesk.json`; checks the configuration (`expected`, as `describe` lines) or,
/// when `error` is set, that loading fails with a message containing it and naming the file.
private func check(
    _ json: String, _ expected: [String] = [], error: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do throws(ConfigurationError) {
        let loaded = try ConfigurationLoader.parse(Array(json.utf8), path: "/w/.copydesk.json")
        #expect(error == nil, "expected an error containing '\(error ?? "")'", sourceLocation: sourceLocation)
        #expect(describe(loaded.configuration) == expected.sorted(), sourceLocation: sourceLocation)
        #expect(loaded.path == "/w/.copydesk.json", sourceLocation: sourceLocation)
    } catch let e {
        #expect(error != nil, "unexpected error: \(e)", sourceLocation: sourceLocation)
        if let error { #expect(e.message.contains(error), "message: \(e.message)", sourceLocation: sourceLocation) }
        #expect(e.description.hasPrefix("/w/.copydesk.json: "), sourceLocation: sourceLocation)
    }
}

@Test func configurationKeysAndValues() {
    check("{}", [])
    check(
        """
        { "rules": { "unsourced-claim": "error", "unused-source": "off", "vague-attribution": "info",
                     "Ambiguous-Speaker": "hint", "duplicate-definition": false, "undefined-entity": "warn" },
          "reportingVerbs": ["quipped", "tweeted"],
          "abbreviations": ["Gov.", "Sen"],
          "include": ["**/*.news.md"],
          "exclude": ["drafts/**", "*.tmp.md"] }
        """,
        [
            "rule unsourced-claim error", "rule unused-source off", "rule vague-attribution information",
            "rule ambiguous-speaker hint", "rule duplicate-definition off", "rule undefined-entity warning",
            "verb quipped", "verb tweeted", "abbreviation Gov", "abbreviation Sen",
            "include **/*.news.md", "exclude drafts/**", "exclude *.tmp.md",
        ])
    // `true` and "default" mean the rule's own severity: no override.
    check(#"{ "rules": { "unused-source": true, "unsourced-claim": "default" } }"#, [])
    check(#"{ "rules": { "unused-source": { "severity": "warning" } } }"#, ["rule unused-source warning"])
    // kebab-case spelling and a single string instead of an array; comment keys are ignored.
    check(#"{ "reporting-verbs": "quipped", "//": "a note", "$schema": "x" }"#, ["verb quipped"])
    // The opt-in learned cue tagger (off by default).
    check(#"{ "learnedCues": true }"#, ["learnedCues"])
    check(#"{ "learned-cues": false }"#, [])
    // A UTF-8 byte-order mark and Unicode values.
    check("\u{FEFF}" + #"{ "reportingVerbs": ["ließ verlauten"] }"#, ["verb ließ verlauten"])
}

@Test func configurationErrorsNameTheProblem() {
    // Positions of JSON errors count lines the way editors do: a CR-only file is three lines here.
    check("{\r  \"rules\": {\r    \"x\": oops\r  }\r}\r", error: "(line 3, column 10)")
    check("{ \"rules\": { \"é\": oops } }", error: "(line 1, column 19)")
    check(#"{ "rules": 1e999999 }"#, error: "not valid JSON")
    check("{ rules: 1 }", error: "not valid JSON")
    check("{\n  \"rules\": {\n    \"x\": oops\n  }\n}\n", error: "(line 3, column 10)")
    check("", error: "not valid JSON")
    check("[1, 2]", error: "top level must be a JSON object")
    check(#"{ "rule": {} }"#, error: "unknown key \"rule\"")
    check(#"{ "rules": ["unsourced-claim"] }"#, error: "must be an object")
    check(#"{ "rules": { "unsourced-claim": "loud" } }"#, error: "rule \"unsourced-claim\": \"loud\" is not a severity")
    check(#"{ "rules": { "unsourced-claim": 2 } }"#, error: "the number 2 is not a severity")
    check(#"{ "rules": { "unsourced-claim": { "level": "error" } } }"#, error: "an object is not a severity")
    check(#"{ "reportingVerbs": [1] }"#, error: "\"reportingVerbs\"[0] must be a string, not the number 1")
    check(#"{ "abbreviations": { "a": 1 } }"#, error: "must be an array of strings, not an object")
    check(#"{ "include": [] }"#, error: "no file would be linted")
    check(#"{ "learnedCues": "yes" }"#, error: "\"learnedCues\" must be true or false")
    check(#"{ "exclude": [" "] }"#, error: "\"exclude\"[0] is empty")
}

@Test func settingsObjectUsesTheSameKeysAndIgnoresUnknownOnes() throws {
    // What the server gets from `workspace/configuration` (section `copydesk`), as parsed from the wire.
    let json =
        #"{ "rules": { "unused-source": "off" }, "reportingVerbs": ["quipped"], "trace": { "server": "verbose" } }"#
    let settings = try #require(try JSONParser.parse(json).object)
    var base = Configuration()
    base.reportingVerbs = ["opined"]
    base.rules["unsourced-claim"] = .severity(.error)
    let c = try ConfigurationLoader.configuration(fromSettings: settings, base: base)
    #expect(describe(c) == ["rule unsourced-claim error", "rule unused-source off", "verb opined", "verb quipped"])
    // Literal settings work too; bad values still throw.
    #expect(
        try ConfigurationLoader.configuration(fromSettings: ["rules": ["unused-source": false]]).rules["unused-source"]
            == .off)
    #expect(throws: ConfigurationError.self) {
        try ConfigurationLoader.configuration(fromSettings: ["rules": ["unused-source": "sometimes"]])
    }
    // The client may turn the learned cue tagger on over a `.copydesk.json` that leaves it off, and off again.
    var learned = Configuration()
    learned.learnedCues = true
    #expect(try ConfigurationLoader.configuration(fromSettings: ["learnedCues": true]).learnedCues)
    #expect(try !ConfigurationLoader.configuration(fromSettings: ["learned-cues": false], base: learned).learnedCues)
    #expect(try ConfigurationLoader.configuration(fromSettings: ["rules": [:]], base: learned).learnedCues)
}

@Test func resolverFindsTheNearestFileWalkingUpAndStopsAtBoundaries() throws {
    let t = TempFolder([
        ".copydesk.json": #"{ "rules": { "unused-source": "off" } }"#,
        "a/b/article.news.md": "x",
        "c/.copydesk.json": #"{ "rules": { "unused-source": "error" } }"#,
        "c/d/article.news.md": "x",
        "bad/.copydesk.json": #"{ "rules": 3 }"#,
        "bad/x.news.md": "x",
    ])
    let r = ConfigurationResolver()
    let top = try r.configuration(forFile: t.url("a/b/article.news.md")).get()
    #expect(top.path == t.url(".copydesk.json"))
    #expect(top.configuration.rules["unused-source"] == .off)
    let nested = try r.configuration(forFile: t.url("c/d/article.news.md")).get()
    #expect(nested.path == t.url("c/.copydesk.json"))
    #expect(nested.configuration.rules["unused-source"] == .severity(.error))
    guard case .failure(let e) = r.configuration(forFile: t.url("bad/x.news.md")) else {
        Issue.record("a broken configuration must be an error")
        return
    }
    #expect(e.path == t.url("bad/.copydesk.json"))
    #expect(e.message.contains("\"rules\" must be an object"))
    // With a boundary below the top file, the walk stops there: defaults.
    let bounded = ConfigurationResolver(boundaries: [t.url("a")])
    #expect(try bounded.configuration(forFile: t.url("a/b/article.news.md")).get().path == nil)
}
