import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The options of `copydesk lint`, parsed from its arguments.
public struct LintOptions: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable { case text, json, sarif }

    /// The least severe finding that makes the exit code 1. `never`: findings never do.
    public enum FailLevel: String, Sendable, CaseIterable {
        case error, warning, info, hint, never
        public func fails(on s: Severity) -> Bool {
            switch self {
            case .never: return false
            case .error: return s <= .error
            case .warning: return s <= .warning
            case .info: return s <= .information
            case .hint: return true
            }
        }
    }

    /// What a column counts in text output (and JSON's `column`/`endColumn`): UTF-8 bytes (gcc, Vim) or
    /// UTF-16 code units (VS Code's problem matcher, which counts characters as JavaScript does).
    public enum ColumnUnit: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"

        /// The 0-based column of a position in this unit.
        public func column(_ p: LineColumns) -> Int { self == .utf8 ? p.utf8 : p.utf16 }
    }

    public var paths: [String] = []
    public var format: Format = .text
    /// `--rule`: only these rules run (empty: all).
    public var onlyRules: [String] = []
    /// `--disable`: these rules do not run.
    public var disabledRules: [String] = []
    public var failOn: FailLevel = .warning
    public var columnUnit: ColumnUnit = .utf8
    /// `--no-baseline`: report the findings `.copydesk-baseline.json` accepts, too.
    public var noBaseline = false
    /// `--learned-cues` (true) or `--no-learned-cues` (false): the learned cue tagger on or off, whatever
    /// `.copydesk.json` says; nil: as it says.
    public var learnedCues: Bool? = nil
    /// `--write-baseline`: record every current finding of the paths in their workspace's baseline.
    public var writeBaseline = false
    public var stdinFilename: String?
    /// `-j`, `--jobs`: worker threads for reading, parsing and linting; nil when not given.
    public var givenJobs: Int?
    /// Worker threads for reading, parsing and linting: `-j`'s, else the active cores. The cores are counted only
    /// when no `-j` is given: `availableCores` reads `/proc/self/status` and Foundation's process information, a
    /// tenth of a one-file run's CPU time, which `-j 1` (CI, pre-commit hooks) never needs.
    public var jobs: Int {
        get { givenJobs ?? availableCores }
        set { givenJobs = newValue }
    }
    public var progress: Bool = true
    public var showHelp = false

    public init() {}

    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The commands that select, read and analyse articles the same way.
    public enum Command: String, Sendable {
        case lint, analyze
        /// The options that only make sense for `lint` (findings, their levels and columns, the baseline).
        static let lintOnly: Set<String> = [
            "--rule", "--disable", "--fail-on", "--column-unit", "--no-baseline", "--write-baseline",
        ]
    }

    /// Parses the arguments after `lint` (or `analyze`, which takes the same file options but no finding
    /// options, and formats text or json). Options and paths may be mixed; `--` ends options;
    /// `--opt=value` and `--opt value` both work; `--rule a,b` is `--rule a --rule b`.
    public static func parse(_ arguments: [String], command: Command = .lint) throws(UsageError) -> LintOptions {
        var o = LintOptions()
        var i = 0
        var onlyPaths = false
        func value(_ name: String, _ inline: String?) throws(UsageError) -> String {
            if let inline { return inline }
            i += 1
            guard i < arguments.count else { throw UsageError(message: "option \(name) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            let arg = arguments[i]
            if onlyPaths || arg == "-" || !arg.hasPrefix("-") {
                o.paths.append(arg)
                i += 1
                continue
            }
            var name = arg
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            if command != .lint && Command.lintOnly.contains(name) {
                throw UsageError(message: "\(name) is an option of copydesk lint, not of copydesk \(command.rawValue)")
            }
            switch name {
            case "--":
                onlyPaths = true
            case "-h", "--help":
                o.showHelp = true
            case "-f", "--format":
                let v = try value(name, inline)
                guard let f = Format(rawValue: v.lowercased()), command == .lint || f != .sarif else {
                    let known = command == .lint ? "text, json or sarif" : "text or json"
                    throw UsageError(message: "unknown format '\(v)' (use \(known))")
                }
                o.format = f
            case "--rule", "--disable":
                let ids = try value(name, inline).split(separator: ",").map { $0.trimmingSpaces().lowercased() }.filter
                { !$0.isEmpty }
                if ids.isEmpty { throw UsageError(message: "option \(name) needs a rule id") }
                for id in ids where RuleRegistry.rule(withID: id) == nil {
                    throw UsageError(
                        message: "unknown rule '\(id)' (known: \(RuleRegistry.ids.joined(separator: ", ")))")
                }
                if name == "--rule" { o.onlyRules += ids } else { o.disabledRules += ids }
            case "--fail-on":
                let v = try value(name, inline).lowercased()
                let level: FailLevel? =
                    switch v {
                    case "information": .info
                    case "none": .never
                    default: FailLevel(rawValue: v)
                    }
                guard let level else {
                    throw UsageError(
                        message: "unknown level '\(v)' for --fail-on (use error, warning, info, hint or never)")
                }
                o.failOn = level
            case "--column-unit":
                let v = try value(name, inline).lowercased()
                guard let unit = ColumnUnit(rawValue: v) ?? (v == "utf8" ? .utf8 : v == "utf16" ? .utf16 : nil) else {
                    throw UsageError(message: "unknown column unit '\(v)' for --column-unit (use utf-8 or utf-16)")
                }
                o.columnUnit = unit
            case "--stdin-filename":
                o.stdinFilename = try value(name, inline)
            case "-j", "--jobs":
                let v = try value(name, inline)
                guard let n = Int(v), n >= 1 else {
                    throw UsageError(message: "--jobs needs a positive number, not '\(v)'")
                }
                o.jobs = n
            case "--no-progress":
                o.progress = false
            case "--learned-cues":
                o.learnedCues = true
            case "--no-learned-cues":
                o.learnedCues = false
            case "--no-baseline":
                o.noBaseline = true
            case "--write-baseline":
                o.writeBaseline = true
            default:
                throw UsageError(message: "unknown option '\(arg)'")
            }
            i += 1
        }
        if !o.showHelp && o.paths.isEmpty {
            throw UsageError(message: "no PATH given (a file, a folder, or '-' for stdin)")
        }
        if o.noBaseline && o.writeBaseline {
            throw UsageError(message: "--write-baseline and --no-baseline cannot be used together")
        }
        if o.writeBaseline && o.paths.contains("-") {
            throw UsageError(message: "--write-baseline records files, not stdin ('-')")
        }
        if o.paths.filter({ $0 == "-" }).count > 1 { throw UsageError(message: "'-' (stdin) given more than once") }
        if o.stdinFilename != nil && !o.paths.contains("-") {
            throw UsageError(message: "--stdin-filename only makes sense with '-' among the paths")
        }
        return o
    }

    public static let help = """
        Usage: copydesk lint [options] PATH…

        Lints articles: files, folders (searched for *.news.md, *.md and *.txt, honouring the include/exclude
        globs of .copydesk.json; hidden folders and node_modules are skipped), or '-' for stdin.
        Entities are looked up across the whole workspace of each path: the nearest folder holding
        .copydesk.json, else the git root, else the paths given.

        Options:
          -f, --format FORMAT      text (default): path:line:column: severity: message [rule-id]
                                   json: the versioned JSON report (see README, "JSON output")
                                   sarif: SARIF 2.1.0
          --rule ID[,ID…]          Run only these rules (repeatable). Runs a rule even if .copydesk.json turns it off.
          --disable ID[,ID…]       Do not run these rules (repeatable).
          --fail-on LEVEL          error | warning (default) | info | hint | never: the least severe
                                   finding that makes the exit code 1.
          --column-unit UNIT       utf-8 (default): columns count UTF-8 bytes (gcc, Vim's quickfix);
                                   utf-16: columns count UTF-16 code units (VS Code's problem matcher).
                                   Applies to text output and to JSON's column/endColumn.
          --stdin-filename NAME    Name for the text read from '-': picks its kind (.news.md, .md, .txt;
                                   default .news.md), its configuration and workspace, and is the path
                                   printed. A workspace file of that name is replaced by the stdin text.
          -j, --jobs N             Threads for reading, parsing and linting (default: the cores this process
                                   may use, so `taskset -c 0` means 1).
          --no-baseline            Also report the findings .copydesk-baseline.json (at the workspace root)
                                   accepts; by default they are counted, not reported.
          --write-baseline         Record every current finding of the PATHs in .copydesk-baseline.json (their
                                   entries there are replaced), so later runs report only new findings.
          --learned-cues           Also find the attribution cues the learned tagger adds (slower: about a fifth
                                   more time); --no-learned-cues: rules only. Default: "learnedCues" of
                                   .copydesk.json, off unless set.
          --no-progress            No progress line on stderr (shown only when stderr is a terminal).
          -h, --help               Show this help.

        Positions: lines and columns are 1-based; a column counts UTF-8 bytes from the start of the line
        (text and JSON, unless --column-unit utf-16; SARIF always uses UTF-16 code units). Severities: error,
        warning, info, hint.

        Exit status:
          0  no finding at or above the --fail-on level
          1  at least one such finding
          2  usage error, a file or folder that could not be read (missing, unreadable, not UTF-8), or an
             invalid .copydesk.json or .copydesk-baseline.json. The other files are still linted and
             reported first.

        Rules ('copydesk explain RULE' says what one detects, why, with examples and fixes):

        """
        + RuleRegistry.all.map {
            "  \(Terminal.padded($0.id, to: 22)) \(Terminal.padded($0.defaultSeverity.displayName, to: 8)) \($0.summary)\n"
        }.joined()
}

extension Severity {
    /// The word used in output and options: error, warning, info, hint.
    public var displayName: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .information: "info"
        case .hint: "hint"
        }
    }
}
