/// `copydesk lint`: entry point. (Stub: the CLI work fills this in.)
public enum CLIMain {
    public static func run(arguments: [String]) -> Int32 { 2 }
}
