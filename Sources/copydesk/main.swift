// TEMPORARY (lsp branch): minimal dispatch so the server can be tested end to end until the CLI
// helper's main.swift lands in main; the lead keeps theirs when merging.
import Foundation
import CopydeskCLI
import CopydeskLSP

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "lsp" {
    exit(LSPMain.run(arguments: Array(arguments.dropFirst())))
}
exit(CLIMain.run(arguments: arguments))
