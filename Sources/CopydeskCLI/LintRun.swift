import CopydeskCore
import CopydeskFiles
import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `copydesk lint`: argument handling around `LintRun`.
enum LintCommand {
    static func run(arguments: [String]) -> Int32 {
        let options: LintOptions
        do throws(LintOptions.UsageError) {
            options = try LintOptions.parse(arguments)
        } catch {
            Terminal.err("copydesk lint: \(error.message)\nRun 'copydesk lint --help' for usage.\n")
            return 2
        }
        if options.showHelp {
            Terminal.out(LintOptions.help)
            return 0
        }
        let showProgress = options.progress && Terminal.isTerminal(2)
        let report = LintRun(options: options).run(progress: showProgress)
        let output: [UInt8]
        switch options.format {
        case .text: output = TextFormat.render(report)
        case .json: output = JSONFormat.render(report)
        case .sarif: output = SARIFFormat.render(report)
        }
        Terminal.write(output, to: 1)
        for w in report.warnings { Terminal.err("copydesk: warning: \(w)\n") }
        for p in report.problems { Terminal.err("copydesk: error: \(p.path): \(p.message)\n") }
        if let note = TextFormat.baselineNote(report) { Terminal.err(note + "\n") }
        if options.format == .text && Terminal.isTerminal(2) { Terminal.err(TextFormat.summaryLine(report) + "\n") }
        return report.exitCode
    }
}

/// The lint pipeline, independent of output: paths → `LintReport`.
///
/// Phases (each a method below): `workspace` finds the workspace roots and walks them; `targets` expands
/// the paths given into files to lint; `readAll` reads, parses and summarises every article (parallel)
/// so `WorkspaceIndex` sees the whole workspace; `configurations` resolves each target's `.copydesk.json`;
/// `lintAll` analyses and lints the targets (parallel). Problems (IO, configuration) are collected on the
/// way and never stop the other files.
public struct LintRun: Sendable {
    public let options: LintOptions
    public let cwd: String
    /// Bytes read from stdin when a path is `-` (injected by tests; nil reads fd 0).
    public let stdinBytes: [UInt8]?

    public init(options: LintOptions, cwd: String = Paths.currentDirectory(), stdinBytes: [UInt8]? = nil) {
        self.options = options
        self.cwd = cwd
        self.stdinBytes = stdinBytes
    }

    /// A file to lint.
    struct Target: Sendable {
        let display: String
        let absolute: String
        let kind: ArticleKind
        let isStdin: Bool
        /// Named on the command line (not found by walking a folder).
        let isExplicit: Bool
    }

    /// What reading+parsing one file produced. `document` is kept only for targets.
    struct Parsed: Sendable {
        var document: DocumentSegments?
        var summary: FileSummary?
        var error: FileReadError?
        var syntax: ArticleSyntax? { document?.syntax }
    }

    /// Everything before analysis, shared by `lint` and `analyze`: the files to report on, each parsed, with
    /// its configuration (nil: not to be analysed), the workspace index, and what went wrong on the way.
    struct Prepared: Sendable {
        let targets: [Target]
        let parsed: [Parsed]
        let configs: [Configuration?]
        let index: WorkspaceIndex
        var problems: [LintProblem]
        let warnings: [String]
        let displayPaths: [DocumentID: String]
        /// The workspace folders walked (a folder given is its own workspace when it has no root above it).
        let workspaceRoots: [String]
    }

    func prepare(progress: Bool, timing: PhaseTimer) -> Prepared {
        let resolver = ConfigurationResolver()
        var problems: [LintProblem] = []

        let (walked, workspaceFiles) = workspace(resolver: resolver)
        timing.mark("discover workspace")
        let targets = self.targets(walked: walked, resolver: resolver, problems: &problems)
        timing.mark("resolve targets")
        let (parsed, fileCount) = readAll(targets: targets, workspaceFiles: workspaceFiles, progress: progress)
        timing.mark("read+parse+summarise \(fileCount) files")
        let index = WorkspaceIndex(summaries: parsed.compactMap(\.summary))
        timing.mark("index")
        var warnings: [String] = []
        let configs = configurations(
            targets: targets, parsed: parsed, resolver: resolver, problems: &problems, warnings: &warnings)
        var displayPaths: [DocumentID: String] = [:]
        for f in workspaceFiles { displayPaths[DocumentID(f.path)] = Paths.display(f.path, cwd: cwd) }
        for t in targets { displayPaths[DocumentID(t.absolute)] = t.display }
        return Prepared(
            targets: targets, parsed: parsed, configs: configs, index: index, problems: problems,
            warnings: warnings, displayPaths: displayPaths, workspaceRoots: Array(walked.keys))
    }

    public func run(progress: Bool = false) -> LintReport {
        let timing = PhaseTimer(enabled: ProcessInfo.processInfo.environment["COPYDESK_TIMING"] != nil)
        defer { timing.mark("report") }
        var p = prepare(progress: progress, timing: timing)
        let scopes = baselineScopes(p.targets, workspaceRoots: p.workspaceRoots, problems: &p.problems)
        var reports = lintAll(
            targets: p.targets, parsed: p.parsed, configs: p.configs, index: p.index, baselines: scopes,
            progress: progress
        ).compactMap { $0 }
        timing.mark("analyse+lint \(p.targets.count) files")
        var written: [String] = []
        if options.writeBaseline {
            written = writeBaselines(&reports, problems: &p.problems)
            timing.mark("write baseline")
        }
        return LintReport(
            files: reports, problems: p.problems, warnings: p.warnings, failOn: options.failOn,
            columnUnit: options.columnUnit, baseFolder: cwd, displayPaths: p.displayPaths, baselinesWritten: written)
    }

    /// Where a target's findings are accepted: the baseline of its workspace root, and how the article is named
    /// there (the name needs the parsed text: see `lintAll`).
    struct BaselineLocation: Sendable {
        let root: String
        /// The target's path relative to the root.
        let relativePath: String
        /// The root's baseline (empty when there is none, when it is ignored, or while recording a new one).
        let baseline: Baseline
    }

    /// Each target's baseline scope (loaded once per workspace root): `BaselineFile.root`, with the folders
    /// walked as the folders given. A baseline that cannot be read is a configuration problem (exit 2) and is
    /// not applied.
    func baselineScopes(_ targets: [Target], workspaceRoots: [String], problems: inout [LintProblem])
        -> [BaselineLocation?]
    {
        if options.noBaseline { return targets.map { _ in nil } }
        var loaded: [String: Baseline] = [:]
        // One workspace-root lookup per folder, not per file (lint speed on big archives).
        var rootOfFolder: [String: String] = [:]
        return targets.map { t in
            let path = t.isStdin ? (stdinAbsolute ?? Paths.join(cwd, "<stdin>")) : t.absolute
            let folder = Paths.parent(path)
            let root = rootOfFolder[folder] ?? BaselineFile.root(forArticle: path, folders: workspaceRoots)
            rootOfFolder[folder] = root
            // Recording a new baseline reads the old one only when writing it (and replaces a broken one).
            if loaded[root] == nil && !options.writeBaseline {
                switch BaselineFile.load(root: root) {
                case .success(let b): loaded[root] = b
                case .failure(let e):
                    problems.append(
                        LintProblem(kind: .configuration, path: Paths.display(e.path, cwd: cwd), message: e.message))
                    loaded[root] = Baseline()
                }
            }
            return BaselineLocation(
                root: root, relativePath: Paths.relative(path, to: root) ?? Paths.lastComponent(path),
                baseline: loaded[root] ?? Baseline())
        }
    }

    /// `--write-baseline`: records every finding of the linted files in their workspace's baseline, replacing
    /// the entries of those files for the rules that ran; the findings are then baselined. Returns the files
    /// written.
    func writeBaselines(_ reports: inout [FileReport], problems: inout [LintProblem]) -> [String] {
        let ruleIDs = Set(selectedRules().map(\.id))
        var byRoot: [String: [Int]] = [:]
        for (i, r) in reports.enumerated() {
            if let root = r.baselineRoot { byRoot[root, default: []].append(i) }
        }
        var written: [String] = []
        for root in byRoot.keys.sorted() {
            let indices = byRoot[root]!
            let articles = Set(indices.compactMap { reports[$0].baselineArticle })
            let existing = (try? BaselineFile.load(root: root).get()) ?? Baseline()
            let updated = existing.updated(
                adding: indices.flatMap { reports[$0].baselineEntries },
                replacing: { articles.contains($0.article) && ruleIDs.contains($0.rule) })
            switch BaselineFile.write(updated, root: root) {
            case .success(let path):
                written.append(Paths.display(path, cwd: cwd))
                for i in indices {
                    reports[i].baselined += reports[i].findings.count
                    reports[i].findings = []
                }
            case .failure(let e):
                problems.append(LintProblem(kind: .io, path: Paths.display(e.path, cwd: cwd), message: e.message))
            }
        }
        return written
    }

    var stdinAbsolute: String? { options.stdinFilename.map { Paths.absolute($0, relativeTo: cwd) } }

    /// The workspace roots of the paths given (stdin counts as its `--stdin-filename`, else the current
    /// folder), each walked once.
    func workspace(resolver: ConfigurationResolver) -> (walked: [String: DiscoveryResult], files: [DiscoveredFile]) {
        let diskPaths = options.paths.filter { $0 != "-" }.map { Paths.absolute($0, relativeTo: cwd) }
        let rootInputs = diskPaths + (options.paths.contains("-") ? [stdinAbsolute ?? cwd] : [])
        var walked: [String: DiscoveryResult] = [:]
        var files: [DiscoveredFile] = []
        for root in WorkspaceRoot.roots(for: rootInputs) where Paths.fileType(root) == .directory {
            let r = FileDiscovery.articles(in: root, resolver: resolver)
            walked[root] = r
            files += r.files
        }
        return (walked, files)
    }

    /// The files to lint, in the order given (folders expanded in path order), each once.
    func targets(walked: [String: DiscoveryResult], resolver: ConfigurationResolver, problems: inout [LintProblem])
        -> [Target]
    {
        var targets: [Target] = []
        var seen = Set<String>()
        func add(_ t: Target) { if seen.insert(t.absolute).inserted { targets.append(t) } }
        for given in options.paths {
            if given == "-" {
                let kind = options.stdinFilename.flatMap(ArticleKind.forPath) ?? .annotated
                add(
                    Target(
                        display: options.stdinFilename ?? "<stdin>", absolute: stdinAbsolute ?? "<stdin>", kind: kind,
                        isStdin: true, isExplicit: true))
                continue
            }
            let abs = Paths.absolute(given, relativeTo: cwd)
            switch Paths.fileType(abs) {
            case .directory?:
                let result = discovery(of: abs, walked: walked, resolver: resolver)
                for issue in result.issues {
                    problems.append(
                        LintProblem(
                            kind: issue.kind == .configuration ? .configuration : .io,
                            path: display(issue.path, given: given, base: abs), message: issue.message))
                }
                for f in result.files {
                    add(
                        Target(
                            display: display(f.path, given: given, base: abs), absolute: f.path, kind: f.kind,
                            isStdin: false, isExplicit: false))
                }
            case nil:
                problems.append(
                    LintProblem(
                        kind: .io, path: given,
                        message: Paths.isSymlink(abs) ? "broken symbolic link" : "no such file or folder"))
            default:
                add(
                    Target(
                        display: given, absolute: abs, kind: ArticleKind.forPath(abs) ?? .plainText, isStdin: false,
                        isExplicit: true))
            }
        }
        return targets
    }

    /// Reads, parses and summarises the targets (first, same order) and the rest of the workspace.
    func readAll(targets: [Target], workspaceFiles: [DiscoveredFile], progress: Bool) -> (parsed: [Parsed], count: Int)
    {
        var all: [(absolute: String, kind: ArticleKind, isStdin: Bool)] = targets.map {
            ($0.absolute, $0.kind, $0.isStdin)
        }
        // A workspace file that is a target under another name (a symlink given on the command line) is
        // indexed once, as the target. Walks already drop such aliases among the files they find.
        let targetSet = Set(targets.map(\.absolute))
        let targetKeys = Set(targets.filter { $0.isExplicit && !$0.isStdin }.compactMap { Paths.fileKey($0.absolute) })
        for f in workspaceFiles where !targetSet.contains(f.path) {
            if !targetKeys.isEmpty, let key = Paths.fileKey(f.path), targetKeys.contains(key) { continue }
            all.append((f.path, f.kind, false))
        }
        // A failed read of stdin is an error for that input, not an empty article.
        let stdinData: Result<[UInt8], FileReadError> =
            options.paths.contains("-") ? (stdinBytes.map { .success($0) } ?? readStdin()) : .success([])
        let targetCount = targets.count
        let bar = progress && all.count >= 200 ? ProgressLine(label: "read", total: all.count) : nil
        let parsed: [Parsed] = concurrentMap(Array(all.enumerated()), workers: options.jobs) { (i, item) in
            defer { bar?.tick() }
            let read =
                item.isStdin
                ? stdinData.flatMap { ArticleReader.decode($0, path: item.absolute) }
                : ArticleReader.read(item.absolute, streams: i < targetCount && targets[i].isExplicit)
            switch read {
            case .failure(let e): return Parsed(document: nil, summary: nil, error: e)
            case .success(let text):
                // Parsed as the pipeline holds it (a huge article in segments), once.
                let document = DocumentSegments(text, kind: item.kind)
                let summary = FileSummary(syntax: document.syntax, document: DocumentID(item.absolute))
                return Parsed(document: i < targetCount ? document : nil, summary: summary, error: nil)
            }
        }
        bar?.finish()
        return (parsed, all.count)
    }

    /// Each target's configuration (nil: not to be linted, with the reason added to `problems`).
    func configurations(
        targets: [Target], parsed: [Parsed], resolver: ConfigurationResolver,
        problems: inout [LintProblem], warnings: inout [String]
    ) -> [Configuration?] {
        var configs: [Configuration?] = []
        var seenWarnings = Set<String>()
        for (i, t) in targets.enumerated() {
            if let e = parsed[i].error {
                problems.append(LintProblem(kind: .io, path: t.display, message: e.reason))
                configs.append(nil)
                continue
            }
            let folder = Paths.parent(t.isStdin ? (stdinAbsolute ?? Paths.join(cwd, "stdin")) : t.absolute)
            switch resolver.configuration(forFolder: folder) {
            case .failure(let e):
                let configPath = Paths.display(e.path, cwd: cwd)
                if !problems.contains(where: { $0.kind == .configuration && $0.path == configPath }) {
                    problems.append(LintProblem(kind: .configuration, path: configPath, message: e.message))
                }
                problems.append(
                    LintProblem(
                        kind: .configuration, path: t.display,
                        message: "not linted: its configuration \(configPath) is invalid"))
                configs.append(nil)
            case .success(let loaded):
                for w in loaded.warnings where seenWarnings.insert(w).inserted {
                    // Warnings start with the configuration's absolute path: print it like other paths.
                    warnings.append(w.hasPrefix(cwd + "/") ? String(w.dropFirst(cwd.count + 1)) : w)
                }
                configs.append(applyCommandLine(loaded.configuration))
            }
        }
        return configs
    }

    /// Analyses and lints every target that was read and configured; positions are computed here, in
    /// parallel, while each text is at hand. Findings its baseline accepts are counted, not reported.
    func lintAll(
        targets: [Target], parsed: [Parsed], configs: [Configuration?], index: WorkspaceIndex,
        baselines: [BaselineLocation?], progress: Bool
    ) -> [FileReport?] {
        let rules = selectedRules()
        let recording = options.writeBaseline
        let bar = progress && targets.count >= 20 ? ProgressLine(label: "linted", total: targets.count) : nil
        defer { bar?.finish() }
        return concurrentMap(Array(targets.enumerated()), workers: options.jobs) { (i, t) in
            defer { bar?.tick() }
            guard var configuration = configs[i], let document = parsed[i].document else { return nil }
            let syntax = document.syntax
            let doc = DocumentID(t.absolute)
            let scope = baselines[i]
            let article = scope.map { Baseline.articleKey(syntax: syntax, relativePath: $0.relativePath) }
            if let scope, !recording {
                configuration.baseline = BaselineScope(baseline: scope.baseline, relativePath: scope.relativePath)
            }
            // The one pipeline the server runs too: analyse, lint, drop what the baseline accepts.
            let result = DocumentPipeline.lint(
                document, id: doc, index: index, configuration: configuration, rules: rules)
            let diagnostics = result.diagnostics
            let baselined = result.baselined.count
            var entries: [BaselineEntry] = []
            if recording, let article {
                let analysis = result.document.analysis
                entries = diagnostics.map { Baseline.entry(for: $0, analysis: analysis, article: article) }
            }
            let text = syntax.text
            let findings = diagnostics.map { d in
                let r = text.clamp(d.range)
                return Finding(diagnostic: d, start: text.lineColumns(of: r.start), end: text.lineColumns(of: r.end))
            }
            var report = FileReport(
                path: t.display, document: doc, kind: t.kind, byteCount: text.count, findings: findings)
            report.baselined = baselined
            report.baselineRoot = scope?.root
            report.baselineArticle = article
            report.baselineEntries = entries
            return report
        }
    }

    /// `--rule` re-enables a rule the configuration turned off; `--disable` turns rules off; `--learned-cues` and
    /// `--no-learned-cues` override the configuration's `learnedCues`.
    func applyCommandLine(_ base: Configuration) -> Configuration {
        var c = base
        if let learned = options.learnedCues { c.learnedCues = learned }
        for id in options.onlyRules where c.rules[id] == .off { c.rules[id] = nil }
        for id in options.disabledRules { c.rules[id] = .off }
        return c
    }

    func selectedRules() -> [any Rule] {
        RuleRegistry.all.filter { r in
            (options.onlyRules.isEmpty || options.onlyRules.contains(r.id)) && !options.disabledRules.contains(r.id)
        }
    }

    /// A folder's articles: taken from a workspace walk that covered it, else walked now.
    func discovery(of folder: String, walked: [String: DiscoveryResult], resolver: ConfigurationResolver)
        -> DiscoveryResult
    {
        for (root, result) in walked {
            guard let rel = Paths.relative(folder, to: root) else { continue }
            if rel.isEmpty { return result }
            let prefix = folder + "/"
            // Issues inside the folder, and broken configurations that govern it (in it or above it).
            return DiscoveryResult(
                files: result.files.filter { $0.path.hasPrefix(prefix) },
                issues: result.issues.filter {
                    $0.path.hasPrefix(prefix)
                        || ($0.kind == .configuration && Paths.relative(folder, to: Paths.parent($0.path)) != nil)
                })
        }
        return FileDiscovery.articles(in: folder, resolver: resolver)
    }

    /// A found file's path as the user would write it: under the folder as they gave it.
    func display(_ absolute: String, given: String, base: String) -> String {
        guard let rel = Paths.relative(absolute, to: base) else { return Paths.display(absolute, cwd: cwd) }
        if rel.isEmpty { return given }
        if given == "." || given == "./" { return rel }
        return Paths.join(given.hasSuffix("/") ? String(given.dropLast()) : given, rel)
    }

    func readStdin() -> Result<[UInt8], FileReadError> {
        ArticleReader.readBytes(fileDescriptor: 0, path: options.stdinFilename ?? "<stdin>")
    }
}

/// `COPYDESK_TIMING=1`: wall time of each phase on stderr (for benchmarks).
final class PhaseTimer: Sendable {
    let enabled: Bool
    private let last = Locked(DispatchTime.now().uptimeNanoseconds)
    init(enabled: Bool) { self.enabled = enabled }
    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let previous = last.withLock { l in
            defer { l = now }
            return l
        }
        let ms = CopydeskFiles.twoDecimals(Double(now - previous) / 1e6)
        Terminal.err("copydesk: \(String(repeating: " ", count: max(0, 8 - ms.count)))\(ms) ms  \(phase)\n")
    }
}
