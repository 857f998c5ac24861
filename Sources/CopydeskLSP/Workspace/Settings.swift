import CopydeskCore
import CopydeskFiles

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The client's `copydesk` settings section (from `workspace/configuration`, `didChangeConfiguration` or
/// `initializationOptions`) applied over the configuration `.copydesk.json` gives a file — with the same
/// keys and rules as the file (`CopydeskFiles.ConfigurationLoader`). A wrong value is reported and the
/// settings are ignored rather than half-applied.
public enum Settings {
    public static func apply(_ json: JSONValue, to base: Configuration, problems: inout [String]) -> Configuration {
        guard case .object(let settings) = json else {
            if !json.isNull { problems.append("settings (copydesk) must be a JSON object") }
            return base
        }
        do {
            return try ConfigurationLoader.configuration(
                fromSettings: settings, base: base, origin: "settings (copydesk)")
        } catch {
            problems.append(error.description)
            return base
        }
    }

    /// Client `include`/`exclude` settings (relative to the workspace folder), when the client set either.
    public static func globs(_ json: JSONValue) -> GlobSet? {
        let inc = json["include"].array?.compactMap(\.string)
        let exc = json["exclude"].array?.compactMap(\.string)
        guard inc != nil || exc != nil else { return nil }
        return GlobSet(include: inc ?? Configuration.default.include, exclude: exc ?? [])
    }
}
