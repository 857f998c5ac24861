import CopydeskCore
import Foundation
import Testing

/// Runs `copydesk ARGS` in a temp workspace made of `files` and checks the exit status, that every
/// `stdout` fragment appears on stdout and every `stderr` fragment on stderr, and that `absent` appears in neither.
private func check(
    _ files: [String: String], bytes: [String: [UInt8]] = [:], _ args: [String], stdin: String = "",
    status: Int32, stdout: [String] = [], stderr: [String] = [], absent: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let t = TempFolder(files, bytes: bytes)
    let r = try Binary.run(args, cwd: t.path, stdin: Array(stdin.utf8))
    #expect(r.status == status, "stdout: \(r.stdout)\nstderr: \(r.stderr)", sourceLocation: sourceLocation)
    for s in stdout {
        #expect(r.stdout.contains(s), "stdout lacks '\(s)':\n\(r.stdout)", sourceLocation: sourceLocation)
    }
    for s in stderr {
        #expect(r.stderr.contains(s), "stderr lacks '\(s)':\n\(r.stderr)", sourceLocation: sourceLocation)
    }
    for s in absent {
        #expect(
            !r.stdout.contains(s) && !r.stderr.contains(s), "'\(s)' should not appear", sourceLocation: sourceLocation)
    }
}

private let ws = [".copydesk.json": "{}"]
private let clean = "# Clean\n\nNothing to see here.\n"
private let undefinedMention = "# Story\n\n[Ma][@jack-ma] met [@nobody].\n"
private let definition = "# Defs\n\n[@jack-ma]: Jack Ma\n  type: person\n"
private let unusedSource = "# S\n\nText.\n\n[^src]: A source\n"

@Test func topLevelCommands() throws {
    try check([:], ["--version"], status: 0, stdout: ["copydesk \(Copydesk.version)"])
    try check([:], ["help"], status: 0, stdout: ["Usage: copydesk <command>", "lint", "lsp"])
    try check([:], ["--help"], status: 0, stdout: ["Usage: copydesk <command>"])
    try check([:], ["help", "lint"], status: 0, stdout: ["--fail-on", "Exit status", "undefined-entity"])
    try check([:], ["lint", "--help"], status: 0, stdout: ["Usage: copydesk lint"])
    try check([:], [], status: 2, stderr: ["missing command", "Usage:"])
    try check([:], ["frobnicate"], status: 2, stderr: ["unknown command 'frobnicate'"])
    try check([:], ["--frob"], status: 2, stderr: ["unknown option '--frob'"])
    try check([:], ["lint"], status: 2, stderr: ["no PATH given"])
    try check([:], ["lint", "--format", "xml", "."], status: 2, stderr: ["unknown format 'xml'"])
}

@Test func exitCodesFollowTheFailLevel() throws {
    try check(ws.merging(["a.news.md": clean]) { a, _ in a }, ["lint", "a.news.md"], status: 0)
    // An entity defined in another article of the workspace is defined: only 'nobody' is reported.
    try check(
        ws.merging(["story.news.md": undefinedMention, "defs.news.md": definition]) { a, _ in a },
        ["lint", "story.news.md"], status: 1, stdout: ["story.news.md:3:", "'nobody'", "[undefined-entity]"],
        absent: ["'jack-ma'"])
    try check(
        ws.merging(["story.news.md": undefinedMention]) { a, _ in a }, ["lint", "--fail-on", "never", "story.news.md"],
        status: 0, stdout: ["[undefined-entity]"])
    try check(
        ws.merging(["story.news.md": undefinedMention]) { a, _ in a }, ["lint", "--disable", "undefined-entity", "."],
        status: 0,
        absent: ["undefined-entity"])
    try check(
        ws.merging(["s.news.md": unusedSource]) { a, _ in a }, ["lint", "s.news.md"], status: 0,
        stdout: ["hint:", "[unused-source]"])
    try check(
        ws.merging(["s.news.md": unusedSource]) { a, _ in a }, ["lint", "--fail-on", "hint", "s.news.md"], status: 1)
    try check(
        ws.merging(["s.news.md": unusedSource, "story.news.md": undefinedMention]) { a, _ in a },
        ["lint", "--rule", "unused-source", "."], status: 0, stdout: ["[unused-source]"], absent: ["undefined-entity"])
    // .copydesk.json turns a rule off or changes its severity; --rule brings an off rule back.
    try check(
        ["story.news.md": undefinedMention, ".copydesk.json": #"{ "rules": { "undefined-entity": "info" } }"#],
        ["lint", "story.news.md"], status: 0, stdout: ["info: Entity 'jack-ma'"])
    try check(
        ["s.news.md": unusedSource, ".copydesk.json": #"{ "rules": { "unused-source": "off" } }"#],
        ["lint", "--fail-on", "hint", "s.news.md"], status: 0, absent: ["unused-source"])
    try check(
        ["s.news.md": unusedSource, ".copydesk.json": #"{ "rules": { "unused-source": "off" } }"#],
        ["lint", "--fail-on", "hint", "--rule", "unused-source", "s.news.md"], status: 1, stdout: ["[unused-source]"])
}

@Test func unreadableAndInvalidUTF8FilesAreNamedAndTheOthersStillLinted() throws {
    let files = ws.merging(["good.news.md": undefinedMention, "z.txt": clean]) { a, _ in a }
    let latin1: [UInt8] = Array("# Caf".utf8) + [0xE9] + Array("\n".utf8)
    try check(
        files, bytes: ["bad.news.md": latin1], ["lint", "."], status: 2,
        stdout: ["good.news.md:3:", "[undefined-entity]"],
        stderr: ["bad.news.md: not valid UTF-8 (first bad byte at line 1, column 6"])
    try check(
        files, bytes: ["bad.news.md": latin1], ["lint", "--format", "json", "bad.news.md", "missing.txt", "z.txt"],
        status: 2,
        stdout: [
            "\"path\": \"bad.news.md\"", "\"kind\": \"io\"", "not valid UTF-8", "\"path\": \"missing.txt\"",
            "no such file", "\"path\": \"z.txt\"",
        ],
        stderr: ["bad.news.md", "missing.txt"])
    try check(
        files, bytes: ["bad.news.md": latin1], ["lint", "--format", "sarif", "."], status: 2,
        stdout: ["\"executionSuccessful\": false", "bad.news.md: not valid UTF-8", "\"ruleId\": \"undefined-entity\""])
    // An IO error wins over findings, but even a clean run with one missing file exits 2.
    try check(files, ["lint", "z.txt", "nope.news.md"], status: 2, stderr: ["nope.news.md: no such file"])
    // A broken symlink named like an article inside a linted folder is reported by name.
    let t = TempFolder(files)
    t.link("dangling.news.md", to: "nowhere.news.md")
    let r = try Binary.run(["lint", "."], cwd: t.path)
    #expect(
        r.status == 2 && r.stderr.contains("dangling.news.md: broken symbolic link")
            && r.stdout.contains("good.news.md:3:"))
}

@Test func badConfigurationIsAnErrorNamingTheFile() throws {
    try check(
        ["a.news.md": clean, ".copydesk.json": #"{ "rules": { "unsourced-claim": "loud" } }"#], ["lint", "a.news.md"],
        status: 2,
        stderr: [".copydesk.json: rule \"unsourced-claim\": \"loud\" is not a severity", "a.news.md: not linted"])
    try check(
        ["sub/a.news.md": clean, "sub/.copydesk.json": "{ oops", "ok.news.md": clean], ["lint", "."], status: 2,
        stderr: ["sub/.copydesk.json: not valid JSON"])
    // An unknown rule id is only a warning, naming the file as the other paths are printed.
    try check(
        ["a.news.md": clean, ".copydesk.json": #"{ "rules": { "no-such-rule": "off" } }"#], ["lint", "a.news.md"],
        status: 0,
        stderr: ["copydesk: warning: .copydesk.json: unknown rule \"no-such-rule\""])
    // A broken configuration elsewhere in the workspace does not concern the folder linted.
    try check(
        [".copydesk.json": "{}", "a/x.news.md": clean, "b/.copydesk.json": "{ oops", "b/y.news.md": clean],
        ["lint", "a"], status: 0,
        absent: ["b/.copydesk.json", "oops"])
}

@Test func stdinIsLintedUnderItsChosenName() throws {
    let files = ws.merging(["defs.news.md": definition]) { a, _ in a }
    try check(
        files, ["lint", "-", "--stdin-filename", "draft.news.md"], stdin: undefinedMention, status: 1,
        stdout: ["draft.news.md:3:", "'nobody'"], absent: ["'jack-ma'"])
    try check(files, ["lint", "-"], stdin: undefinedMention, status: 1, stdout: ["<stdin>:3:"])
    // The stdin text replaces the file of that name in the workspace: its old definition no longer counts.
    try check(
        files.merging(["story.news.md": undefinedMention]) { a, _ in a },
        ["lint", "-", "--stdin-filename", "defs.news.md", "story.news.md"],
        stdin: "# Defs emptied\n", status: 1, stdout: ["story.news.md:3:", "'jack-ma'"])
    try check(files, ["lint", "-", "--stdin-filename", "x.txt"], stdin: "Bad \u{FFFD}", status: 0)
    let t = TempFolder(ws)
    let r = try Binary.run(["lint", "-", "--stdin-filename", "x.news.md"], cwd: t.path, stdin: [0x41, 0xFF, 0x0A])
    #expect(r.status == 2 && r.stderr.contains("x.news.md: not valid UTF-8"))
}

@Test func foldersAreSearchedAndPathsPrintedAsGiven() throws {
    let files = ws.merging([
        "news/a.news.md": undefinedMention, "news/deep/b.txt": clean, "news/.hidden/c.news.md": undefinedMention,
        "news/notes.json": "{}",
    ]) { a, _ in a }
    try check(
        files, ["lint", "--format", "json", "news/"], status: 1,
        stdout: ["\"path\": \"news/a.news.md\"", "\"path\": \"news/deep/b.txt\""], absent: ["c.news.md", "notes.json"])
    try check(files, ["lint", "./news"], status: 1, stdout: ["./news/a.news.md:3:"])
}

@Test func aFileLintedThroughASymlinkIsNotADuplicateOfItself() throws {
    let t = TempFolder(ws.merging(["real/defs.news.md": definition]) { a, _ in a })
    t.link("alias.news.md", to: "real/defs.news.md")
    // The walk finds real/defs.news.md; the command line names the link: one document, no duplicate.
    let r = try Binary.run(["lint", "alias.news.md"], cwd: t.path)
    #expect(r.status == 0 && !r.stdout.contains("duplicate-definition"), "\(r.stdout)\(r.stderr)")
}
