import CopydeskCore

/// One finding, with its positions computed while the text was at hand.
public struct Finding: Sendable {
    public let diagnostic: Diagnostic
    /// 0-based line; UTF-8 and UTF-16 columns, 0-based.
    public let start: LineColumns
    public let end: LineColumns
    public var ruleID: String { diagnostic.ruleID }
    public var severity: Severity { diagnostic.severity }
    public var message: String { diagnostic.message }
}

/// A linted file and its findings.
public struct FileReport: Sendable {
    /// As printed: relative to the current folder when inside it, else as given.
    public let path: String
    public let document: DocumentID
    public let kind: ArticleKind
    public let byteCount: Int
    /// The findings reported (not those the baseline accepts).
    public var findings: [Finding]
    /// How many findings the workspace's baseline accepted (not reported).
    public var baselined = 0
    /// The workspace root whose baseline applies, and the article's name there (nil with `--no-baseline`).
    var baselineRoot: String?
    var baselineArticle: String?
    /// With `--write-baseline`: an entry for every finding, to record.
    var baselineEntries: [BaselineEntry] = []

    public init(path: String, document: DocumentID, kind: ArticleKind, byteCount: Int, findings: [Finding]) {
        self.path = path
        self.document = document
        self.kind = kind
        self.byteCount = byteCount
        self.findings = findings
    }
}

/// Something that kept a file from being linted (or a folder from being searched).
public struct LintProblem: Sendable, Equatable {
    public enum Kind: String, Sendable { case io, configuration }
    public let kind: Kind
    public let path: String
    public let message: String
}

/// Everything `copydesk lint` found, ready for a formatter.
public struct LintReport: Sendable {
    public var files: [FileReport]
    public var problems: [LintProblem]
    /// Non-fatal remarks (unknown rule ids in a configuration…), printed on stderr.
    public var warnings: [String]
    public var failOn: LintOptions.FailLevel
    /// What `column`/`endColumn` count in text and JSON output.
    public var columnUnit: LintOptions.ColumnUnit = .utf8
    /// The current folder (absolute), the base of relative paths (SARIF `%SRCROOT%`).
    public var baseFolder: String
    /// Printable path for a document (related locations may point at files not linted).
    public var displayPaths: [DocumentID: String]
    /// Baseline files written by `--write-baseline` (as printed).
    public var baselinesWritten: [String] = []

    public var findingCount: Int { files.reduce(0) { $0 + $1.findings.count } }
    /// Findings accepted by a baseline, not reported.
    public var baselinedCount: Int { files.reduce(0) { $0 + $1.baselined } }

    public func count(_ s: Severity) -> Int {
        // Each finding's severity read in place (`count(where:)` copied every finding, retaining its strings).
        var n = 0
        for f in files.indices {
            for i in files[f].findings.indices where files[f].findings[i].diagnostic.severity == s { n += 1 }
        }
        return n
    }

    public var exitCode: Int32 {
        if !problems.isEmpty { return 2 }
        return files.contains { $0.findings.contains { failOn.fails(on: $0.severity) } } ? 1 : 0
    }

    public func displayPath(_ doc: DocumentID) -> String {
        displayPaths[doc] ?? doc.rawValue
    }
}
