import CopydeskCore

/// Which files are articles: the one selector behind folder walks (`FileDiscovery`), the server's file
/// watchers and its checks of watched-file events and client globs.
///
/// A file is an article when `ArticleKind.forPath` names its kind (`*.news.md`, `*.md`, `*.markdown`,
/// `*.txt`) and the include/exclude globs of its configuration select it; the default include globs
/// (`Configuration.default.include`) list exactly those names.
public enum ArticleFiles {
    /// The default include globs: one per article file name ending.
    public static var defaultPatterns: [String] { Configuration.default.include }

    /// What the server asks the client to watch: every article name, the configuration file and the baseline.
    public static var watchPatterns: [String] {
        defaultPatterns + ["**/" + CopydeskFiles.configurationFileName, "**/" + BaselineFile.fileName]
    }
}
