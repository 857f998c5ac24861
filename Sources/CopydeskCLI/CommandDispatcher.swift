import CopydeskCore

/// `copydesk <command> …`: the executable's `main` calls this. The server's entry point is passed in
/// (`lsp`), so this module does not depend on the server module.
public enum CommandDispatcher {
    public static let usage = """
        Usage: copydesk <command> [options]

        Commands:
          lint [options] PATH…      Lint articles (*.news.md, *.md, *.txt) in files or folders; '-' reads stdin.
          analyze [options] PATH…   Show what the analysis understood: sentences, quotes, attributions,
                                    claims and entities (text, or JSON with --format json).
          rules                     List every rule with its default severity.
          explain RULE              What a rule detects, why, examples, and how to fix or suppress it.
          lsp [--stdio]             Run the language server over stdin/stdout.
          help [command]            Show this help, or a command's help.

        Options:
          --version                 Print the version.
          -h, --help                Show this help.

        Run 'copydesk help lint' for the linter's options (including the baseline), exit codes and output formats.

        """

    public static func run(arguments: [String], lsp: ([String]) -> Int32) -> Int32 {
        guard let command = arguments.first else {
            Terminal.err("copydesk: missing command\n\n" + usage)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "lint":
            return CLIMain.run(arguments: rest)
        case "analyze", "analyse":
            return AnalyzeCommand.run(arguments: rest)
        case "rules":
            return RulesCommand.runRules(arguments: rest)
        case "explain":
            return RulesCommand.runExplain(arguments: rest)
        case "lsp":
            return lsp(rest)
        case "--version", "-V", "version":
            Terminal.out("copydesk \(Copydesk.version)\n")
            return 0
        case "help", "--help", "-h":
            switch rest.first {
            case nil:
                Terminal.out(usage)
                return 0
            case "lint":
                Terminal.out(LintOptions.help)
                return 0
            case "analyze", "analyse":
                Terminal.out(AnalyzeCommand.help)
                return 0
            case "rules":
                Terminal.out(RulesCommand.rulesHelp)
                return 0
            case "explain":
                Terminal.out(RulesCommand.explainHelp)
                return 0
            case "lsp":
                Terminal.out(
                    "Usage: copydesk lsp [--stdio]\n\nRuns the Copydesk language server (LSP 3.17) over stdin/stdout; logs go to stderr.\n"
                )
                return 0
            case let other?:
                Terminal.err("copydesk: no help for unknown command '\(other)'\n\n" + usage)
                return 2
            }
        default:
            let what = command.hasPrefix("-") ? "unknown option" : "unknown command"
            Terminal.err("copydesk: \(what) '\(command)'\nRun 'copydesk help' for usage.\n")
            return 2
        }
    }
}
