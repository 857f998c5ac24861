import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `copydesk analyze [--format text|json] PATH…`: what the analysis understood in each article (sentences,
/// quotes, attributions, claims, entities), for "why was this (not) flagged?" and for measurement. Files are
/// selected, read and configured exactly as by `lint` (`LintRun.prepare`); the exit code is 0, or 2 when a
/// file could not be read or configured (analysis has no findings to fail on).
enum AnalyzeCommand {
    static let help = """
        Usage: copydesk analyze [options] PATH…

        Shows what the analysis understood in each article: its sentences, quotes (with their speaker and the
        mechanism that found it), attributions (cue, source, content), claims (kind, cue, and what sources
        them) and entities. Files, folders and '-' are selected, read and configured as by 'copydesk lint'.

        Options:
          -f, --format FORMAT      text (default): the article, sentence by sentence, each with its marks
                                   json: schema version 1, offsets in UTF-8 bytes (see README, "copydesk analyze")
          --stdin-filename NAME    Name for the text read from '-' (as for lint).
          -j, --jobs N             Threads for reading, parsing and analysing.
          --learned-cues           Also find the attribution cues the learned tagger adds (closer to PolNeAR's
                                   spans, slower); --no-learned-cues: rules only. Default: "learnedCues" of
                                   .copydesk.json, off unless set.
          --no-progress            No progress line on stderr.
          -h, --help               Show this help.

        Exit status: 0, or 2 on a usage error, a file that could not be read, or an invalid .copydesk.json.

        """

    static func run(arguments: [String]) -> Int32 {
        let options: LintOptions
        do throws(LintOptions.UsageError) {
            options = try LintOptions.parse(arguments, command: .analyze)
        } catch {
            Terminal.err("copydesk analyze: \(error.message)\nRun 'copydesk analyze --help' for usage.\n")
            return 2
        }
        if options.showHelp {
            Terminal.out(help)
            return 0
        }
        let report = LintRun(options: options).analyze(progress: options.progress && Terminal.isTerminal(2))
        switch options.format {
        case .json: Terminal.write(AnalyzeJSONFormat.render(report), to: 1)
        default: Terminal.write(AnalyzeTextFormat.render(report, palette: .forStream(1)), to: 1)
        }
        for w in report.warnings { Terminal.err("copydesk: warning: \(w)\n") }
        for p in report.problems { Terminal.err("copydesk: error: \(p.path): \(p.message)\n") }
        return report.exitCode
    }
}

/// One analysed article.
public struct AnalyzedFile: Sendable {
    /// As printed (as given, or under the folder given).
    public let path: String
    public let kind: ArticleKind
    public let analysis: ArticleAnalysis
}

/// Everything `copydesk analyze` found, ready for a formatter.
public struct AnalyzeReport: Sendable {
    public var files: [AnalyzedFile]
    public var problems: [LintProblem]
    public var warnings: [String]
    public var exitCode: Int32 { problems.isEmpty ? 0 : 2 }
}

extension LintRun {
    /// The analysis of every target that was read and configured (the same selection as `run`).
    public func analyze(progress: Bool = false) -> AnalyzeReport {
        let timing = PhaseTimer(enabled: ProcessInfo.processInfo.environment["COPYDESK_TIMING"] != nil)
        let p = prepare(progress: progress, timing: timing)
        let files = concurrentMap(Array(p.targets.enumerated()), workers: options.jobs) { (i, t) -> AnalyzedFile? in
            guard let configuration = p.configs[i], let syntax = p.parsed[i].syntax else { return nil }
            let analysis = DocumentPipeline.analysis(syntax, index: p.index, configuration: configuration)
            return AnalyzedFile(path: t.display, kind: t.kind, analysis: analysis)
        }
        timing.mark("analyse \(p.targets.count) files")
        return AnalyzeReport(files: files.compactMap { $0 }, problems: p.problems, warnings: p.warnings)
    }
}
