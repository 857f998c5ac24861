import CopydeskFiles
import Testing

@testable import CopydeskCLI

/// Parses `args`; checks a rendering of the options, or a usage error containing `error`.
private func check(
    _ args: [String], _ expected: String? = nil, error: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    do throws(LintOptions.UsageError) {
        let o = try LintOptions.parse(args)
        #expect(error == nil, "expected usage error '\(error ?? "")'", sourceLocation: sourceLocation)
        let got =
            "paths=\(o.paths.joined(separator: ",")) format=\(o.format.rawValue) rule=\(o.onlyRules.joined(separator: ",")) "
            + "disable=\(o.disabledRules.joined(separator: ",")) fail=\(o.failOn.rawValue) stdin=\(o.stdinFilename ?? "-")"
        #expect(got == expected, sourceLocation: sourceLocation)
    } catch let e {
        #expect(
            error != nil && e.message.contains(error!), "got usage error: \(e.message)", sourceLocation: sourceLocation)
    }
}

@Test func lintArguments() {
    check(["a.md"], "paths=a.md format=text rule= disable= fail=warning stdin=-")
    check(
        ["--format", "json", "a", "--format=sarif", "b"], "paths=a,b format=sarif rule= disable= fail=warning stdin=-")
    check(
        ["--rule", "undefined-entity,undefined-source", "--disable=unused-source", "x"],
        "paths=x format=text rule=undefined-entity,undefined-source disable=unused-source fail=warning stdin=-")
    check(["--fail-on", "info", "x"], "paths=x format=text rule= disable= fail=info stdin=-")
    check(["--fail-on=never", "x"], "paths=x format=text rule= disable= fail=never stdin=-")
    check(["-", "--stdin-filename", "a.txt"], "paths=- format=text rule= disable= fail=warning stdin=a.txt")
    check(["--", "--weird-name.md"], "paths=--weird-name.md format=text rule= disable= fail=warning stdin=-")
    check([], error: "no PATH given")
    check(["--format", "xml", "a"], error: "unknown format 'xml'")
    check(["--rule", "no-such-rule", "a"], error: "unknown rule 'no-such-rule'")
    check(["--fail-on", "sometimes", "a"], error: "unknown level 'sometimes'")
    check(["--bogus", "a"], error: "unknown option '--bogus'")
    check(["a", "--format"], error: "option --format needs a value")
    check(["-", "-"], error: "more than once")
    check(["a", "--stdin-filename", "x.md"], error: "only makes sense with '-'")
    check(["-j", "0", "a"], error: "--jobs needs a positive number")
}

@Test func failLevels() {
    #expect(LintOptions.FailLevel.warning.fails(on: .error) && LintOptions.FailLevel.warning.fails(on: .warning))
    #expect(!LintOptions.FailLevel.warning.fails(on: .information) && !LintOptions.FailLevel.error.fails(on: .warning))
    #expect(LintOptions.FailLevel.hint.fails(on: .hint) && !LintOptions.FailLevel.never.fails(on: .error))
}

@Test func columnUnitOption() throws {
    #expect(try LintOptions.parse(["a"]).columnUnit == .utf8)
    #expect(try LintOptions.parse(["--column-unit", "utf-16", "a"]).columnUnit == .utf16)
    #expect(try LintOptions.parse(["--column-unit=UTF16", "a"]).columnUnit == .utf16)
    #expect(try LintOptions.parse(["--column-unit", "utf-8", "a"]).columnUnit == .utf8)
    check(["--column-unit", "chars", "a"], error: "unknown column unit 'chars'")
    check(["a", "--column-unit"], error: "option --column-unit needs a value")
}

/// `-j` is kept as given; without it the jobs are the cores this process may use, counted only when asked for.
@Test func jobsAreTheGivenOnesElseTheCores() throws {
    #expect(try LintOptions.parse(["-j", "3", "a"]).jobs == 3)
    #expect(try LintOptions.parse(["-j", "3", "a"]).givenJobs == 3)
    #expect(try LintOptions.parse(["a"]).givenJobs == nil)
    #expect(try LintOptions.parse(["a"]).jobs == availableCores)
}

/// The CLI's own formatting, in place of Foundation's: columns cut or padded as `padding(toLength:)` did, and a
/// duration with two decimals as `%.2f` printed it.
@Test func columnsAndDecimalsWithoutFoundation() {
    #expect(Terminal.padded("info", to: 8) == "info    ")
    #expect(Terminal.padded("unidentified-speaker", to: 8) == "unidenti")
    #expect(Terminal.padded("hint", to: 4) == "hint")
    #expect(CopydeskFiles.twoDecimals(0) == "0.00")
    #expect(CopydeskFiles.twoDecimals(3.14159) == "3.14")
    #expect(CopydeskFiles.twoDecimals(12.5) == "12.50")
    #expect(CopydeskFiles.twoDecimals(1234.999) == "1235.00")
}
