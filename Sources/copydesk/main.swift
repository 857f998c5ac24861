// The `copydesk` executable: subcommand dispatch only (see CopydeskCLI.CommandDispatcher).
import CopydeskCLI
import CopydeskLSP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let code = CommandDispatcher.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    lsp: { LSPMain.run(arguments: $0) })
exit(code)
