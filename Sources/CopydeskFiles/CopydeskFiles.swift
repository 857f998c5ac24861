/// # CopydeskFiles — the file-system edge shared by `copydesk lint` and `copydesk lsp`
///
/// Code map:
/// - `Paths.swift` — small POSIX path helpers (absolute/standardized paths, parent, join, stat, `realPath`) and
///   `Paths.isInside`, the one "is this path inside that folder".
/// - `ArticleFiles.swift` — which file names are articles: the default include globs and the server's
///   watcher patterns come from one list (`Configuration.default.include`).
/// - `Glob.swift` — `Glob`/`GlobSet`: `*`, `?`, `**`, `[abc]`, `{a,b}` patterns over `/`-separated relative paths.
/// - `ConfigurationLoader.swift` — `.copydesk.json` (or a settings object from `workspace/configuration`)
///   → `CopydeskCore.Configuration`, with `ConfigurationError`s that name the file and the key.
/// - `ConfigurationResolver.swift` — finds the nearest `.copydesk.json` above a file (cached, thread-safe).
/// - `WorkspaceRoot.swift` — the workspace of a path: nearest folder with `.copydesk.json`, else the git root.
/// - `FileDiscovery.swift` — recursive article discovery honouring include/exclude globs (`confined`: drop
///   links escaping the folder, for the server); `selectedKind` answers "would a walk pick this path up?" for
///   file watchers.
/// - `ArticleReader.swift` — file or stdin → `SourceText` (BOM dropped, binary/UTF-16 probe, UTF-8 checked by
///   `SourceText.firstInvalidUTF8`, positions from `SourceText`'s line index); every failure is a
///   `FileReadError` value. `readRepairing` is the server's variant (invalid UTF-8 repaired, not refused).
/// - `BaselineFile.swift` — `.copydesk-baseline.json` at a workspace root ↔ `CopydeskCore.Baseline` (load,
///   render sorted with one finding per line, write through a temporary file).
/// - `BaselineEdits.swift` — the baseline root of an article (the one `copydesk lint` uses) and the edit that
///   accepts one finding ("Accept this finding" in the server).
/// - `ConfigurationEdits.swift` — the edit adding a word to `reportingVerbs`/`abbreviations` of a
///   `.copydesk.json`, keeping the file as written (or creating it).
/// - `FileURI.swift` — `file://` URIs ↔ paths (percent-encoding), for LSP document URIs and SARIF.
/// - `ConcurrentMap.swift` — `concurrentMap`, to read/parse/lint many files on all cores.
/// - `StandardStreams.swift` — `StandardStreams.write`: the whole of a text to stdout or stderr, unbuffered (the
///   CLI's output, the server's log lines).
///
/// Invariants:
/// - Nothing here throws or traps on bad input from disk: every failure is a value naming the path.
/// - Discovery never follows a directory twice (symlink loops are cut by device+inode) and never
///   enters hidden directories (`.git`, `.build*`, …) or `node_modules`.
/// - Results are deterministic: files come out sorted by path within each directory walk.
/// - No JSON-RPC/LSP knowledge; JSON only for `.copydesk.json`, `.copydesk-baseline.json` and settings, through
///   `CopydeskJSON`.
public enum CopydeskFiles {
    /// `x` (a duration: finite, not negative) with two decimals, as C's `%.2f` prints it ("0.25", "12.50"): the
    /// CLI's phase timings and the server's indexing report. Why not `String(format:)`: it is Foundation's, and the
    /// executable imports FoundationEssentials only, so that no process loads Foundation (about 3 ms of dynamic
    /// loading and relocation per run).
    public static func twoDecimals(_ x: Double) -> String {
        let hundredths = Int((max(0, x) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The configuration file's name.
    public static let configurationFileName = ".copydesk.json"

    /// The configuration file of `folder`, when there is one (a regular file, or a link to one).
    public static func configurationFile(in folder: String) -> String? {
        let candidate = Paths.join(folder, configurationFileName)
        return Paths.fileType(candidate) == .regular ? candidate : nil
    }
}
