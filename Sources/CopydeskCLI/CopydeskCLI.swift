/// # CopydeskCLI — `copydesk lint`, `analyze`, `rules`, `explain` and the top-level command dispatch
///
/// Code map:
/// - `CommandDispatcher.swift` — `copydesk <command>`: `lint`, `analyze`, `rules`, `explain`, `lsp` (handed to a closure,
///   so this module does not depend on the server), `help`, `--version`; anything else is a usage error (exit 2).
/// - `RulesCommand.swift` — `copydesk rules` (id, default severity, summary) and `copydesk explain RULE`: both
///   print the `RuleDocumentation` each rule holds in its own file.
/// - `LintOptions.swift` — parsing `copydesk lint` arguments (`LintOptions.parse`; `analyze` takes the same file
///   options, not the finding ones), and the help text.
/// - `LintRun.swift` — the pipeline: resolve paths → discover the workspace → read+parse+summarise every
///   article (parallel) → `WorkspaceIndex` (`prepare`, shared with `analyze`) → analyse+lint the requested
///   files (parallel), leaving out what the workspace's `.copydesk-baseline.json` accepts (or recording every
///   finding there with `--write-baseline`) → `LintReport`.
///   `COPYDESK_TIMING=1` prints each phase's wall time on stderr.
/// - `LintReport.swift` — the outcome as plain values (findings with precomputed positions, IO problems),
///   and the exit code.
/// - `TextFormat.swift`, `JSONFormat.swift`, `SARIFFormat.swift` — the three output formats (JSON and SARIF
///   with `CopydeskJSON`'s `JSONWriter`, re-exported here for every file of this module).
/// - `AnalyzeCommand.swift` — `copydesk analyze`: `LintRun.analyze` (the lint pipeline's `prepare`, then the
///   analysis of each target) → `AnalyzeReport`; `AnalyzeJSONFormat.swift` (schema version 1, UTF-8 byte spans)
///   and `AnalyzeTextFormat.swift` (the article sentence by sentence with its marks) print it.
/// - `Terminal.swift` — stdout/stderr writing, isatty, the progress line, `Palette` (colour only on a terminal).
///
/// Invariants:
/// - Exit codes: 0 = no finding at or above `--fail-on`; 1 = such findings; 2 = usage error, IO error, or bad
///   configuration (2 wins over 1; every other file is still linted first).
/// - Output order is deterministic: files in the order given (folders expanded in path order), findings
///   by position, whatever the number of threads.
/// - Lines are 1-based; columns in text and JSON are 1-based UTF-8 byte columns (Vim's quickfix reads them
///   as such); SARIF columns are 1-based UTF-16 code units (`columnKind: utf16CodeUnits`).
@_exported import CopydeskJSON

public enum CLIMain {
    /// `copydesk lint ARGS…` (the arguments after `lint`); returns the exit code.
    public static func run(arguments: [String]) -> Int32 {
        LintCommand.run(arguments: arguments)
    }
}
