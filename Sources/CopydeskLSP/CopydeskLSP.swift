/// `copydesk lsp`: entry point. (Stub: the server work fills this in.)
public enum LSPMain {
    /// Runs the server over stdin/stdout; returns the process exit code.
    public static func run(arguments: [String]) -> Int32 { 1 }
}
