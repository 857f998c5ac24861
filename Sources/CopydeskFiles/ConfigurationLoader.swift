import CopydeskCore
import CopydeskJSON

/// Reads `.copydesk.json`, or a settings object (the LSP `workspace/configuration` section
/// `copydesk`), into a `Configuration`. Both use the same keys:
///
/// ```json
/// {
///   "rules": { "unsourced-claim": "error", "unused-source": "off", "vague-attribution": "hint" },
///   "reportingVerbs": ["quipped", "tweeted"],
///   "abbreviations": ["Gov", "Sen", "Calif"],
///   "include": ["**/*.news.md", "articles/**/*.txt"],
///   "exclude": ["drafts/**"],
///   "learnedCues": false
/// }
/// ```
/// - `rules`: rule id → `"error"`, `"warning"`, `"info"` (or `"information"`), `"hint"`, `"off"`, or
///   `{ "severity": … }`; `false` means off, `true` or `"default"` the rule's default severity.
/// - `reportingVerbs`, `abbreviations`: strings added to the built-in tables.
/// - `include`, `exclude`: globs relative to the folder holding the file (see `Glob`).
/// - `learnedCues`: `true` turns on the learned cue tagger (`Configuration.learnedCues`; default `false`).
/// Keys may also be written kebab-case (`reporting-verbs`, `learned-cues`). A `$schema` or `//` comment key is ignored.
public enum ConfigurationLoader {
    /// Loads a configuration file. Errors name the file, and the key when a value is wrong.
    public static func load(path: String, base: Configuration = .default) throws(ConfigurationError)
        -> LoadedConfiguration
    {
        let bytes: [UInt8]
        switch ArticleReader.readBytes(path) {
        case .success(let b): bytes = b
        case .failure(let e):
            throw ConfigurationError(path: path, message: "cannot read the configuration file: \(e.reason)")
        }
        return try parse(bytes, path: path, base: base)
    }

    /// Parses the text of a configuration file (`path` is only used in messages).
    public static func parse(_ bytes: [UInt8], path: String, base: Configuration = .default) throws(ConfigurationError)
        -> LoadedConfiguration
    {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        let json: JSONValue
        do {
            json = try JSONParser.parse(body)
        } catch {
            let text = SourceText(decoding: body)
            let p = text.position(of: error.offset)
            let lineStart = text.lineStarts[p.line]
            let column = text[TextRange(lineStart, lineStart + p.column)].count + 1
            throw ConfigurationError(
                path: path, message: "not valid JSON: \(error.message) (line \(p.line + 1), column \(column))")
        }
        guard case .object(let settings) = json else {
            throw ConfigurationError(path: path, message: "the top level must be a JSON object ({ \"rules\": … })")
        }
        var warnings: [String] = []
        let configuration = try configuration(
            fromSettings: settings, base: base, origin: path, warnings: &warnings, strictKeys: true)
        return LoadedConfiguration(configuration: configuration, path: path, warnings: warnings)
    }

    /// Applies a settings object on top of `base`: what the server calls with the `copydesk` section of
    /// `workspace/configuration`, as it was parsed from the wire (no conversion). Keys it does not know
    /// are ignored (editors add their own, like `trace`); wrong values throw.
    public static func configuration(
        fromSettings settings: [String: JSONValue], base: Configuration = .default,
        origin: String = "settings"
    ) throws(ConfigurationError) -> Configuration {
        var warnings: [String] = []
        return try configuration(
            fromSettings: settings, base: base, origin: origin, warnings: &warnings, strictKeys: false)
    }

    /// The keys understood, canonical spelling.
    public static let knownKeys: [String] = [
        "rules", "reportingVerbs", "abbreviations", "include", "exclude", "learnedCues",
    ]

    static func configuration(
        fromSettings settings: [String: JSONValue], base: Configuration, origin: String,
        warnings: inout [String], strictKeys: Bool
    ) throws(ConfigurationError) -> Configuration {
        var c = base
        for key in settings.keys.sorted() {
            let value = settings[key]!
            if value.isNull { continue }
            switch canonicalKey(key) {
            case "rules":
                guard case .object(let rules) = value else {
                    throw ConfigurationError(
                        path: origin, message: "\"\(key)\" must be an object mapping rule ids to a severity or \"off\"")
                }
                for (ruleID, setting) in rules.sorted(by: { $0.key < $1.key }) {
                    let id = ruleID.lowercased()
                    c.rules[id] = try ruleSetting(setting, rule: ruleID, origin: origin)
                    if !RuleRegistry.all.isEmpty && RuleRegistry.rule(withID: id) == nil {
                        warnings.append(
                            "\(origin): unknown rule \"\(ruleID)\" in \"rules\" (known: \(RuleRegistry.ids.joined(separator: ", ")))"
                        )
                    }
                }
            case "reportingVerbs":
                c.reportingVerbs = base.reportingVerbs + (try strings(value, key: key, origin: origin))
            case "abbreviations":
                c.abbreviations =
                    base.abbreviations
                    + (try strings(value, key: key, origin: origin)).map { s in
                        s.hasSuffix(".") ? String(s.dropLast()) : s
                    }
            case "include":
                let globs = try strings(value, key: key, origin: origin)
                if globs.isEmpty {
                    throw ConfigurationError(path: origin, message: "\"include\" is empty: no file would be linted")
                }
                c.include = globs
            case "exclude":
                c.exclude = try strings(value, key: key, origin: origin)
            case "learnedCues":
                guard case .bool(let on) = value else {
                    throw ConfigurationError(path: origin, message: "\"\(key)\" must be true or false")
                }
                c.learnedCues = on
            case "$schema", "//", "comment":
                continue
            default:
                if strictKeys {
                    throw ConfigurationError(
                        path: origin, message: "unknown key \"\(key)\" (known: \(knownKeys.joined(separator: ", ")))")
                }
            }
        }
        return c
    }

    static func canonicalKey(_ key: String) -> String {
        switch key {
        case "reporting-verbs", "reporting_verbs", "reportingverbs": return "reportingVerbs"
        case "learned-cues", "learned_cues", "learnedcues": return "learnedCues"
        default: return key
        }
    }

    /// nil means "no override" (`true`: the rule's default severity).
    static func ruleSetting(_ value: JSONValue, rule: String, origin: String) throws(ConfigurationError)
        -> Configuration.RuleSetting?
    {
        switch value {
        case .bool(let b): return b ? nil : .off
        case .object(let object) where object.count == 1 && object["severity"] != nil:
            return try ruleSetting(object["severity"]!, rule: rule, origin: origin)
        case .string(let s):
            if s.lowercased() == "off" || s.lowercased() == "none" { return .off }
            if s.lowercased() == "default" || s.lowercased() == "on" { return nil }
            if let sev = Severity(name: s) { return .severity(sev) }
        default: break
        }
        throw ConfigurationError(
            path: origin,
            message:
                "rule \"\(rule)\": \(describe(value)) is not a severity; use \"error\", \"warning\", \"info\", \"hint\" or \"off\""
        )
    }

    static func strings(_ value: JSONValue, key: String, origin: String) throws(ConfigurationError) -> [String] {
        if case .string(let s) = value { return [s] }
        guard case .array(let array) = value else {
            throw ConfigurationError(
                path: origin, message: "\"\(key)\" must be an array of strings, not \(describe(value))")
        }
        var out: [String] = []
        for (i, item) in array.enumerated() {
            guard case .string(let s) = item else {
                throw ConfigurationError(
                    path: origin, message: "\"\(key)\"[\(i)] must be a string, not \(describe(item))")
            }
            let t = s.trimmingSpaces()
            if t.isEmpty { throw ConfigurationError(path: origin, message: "\"\(key)\"[\(i)] is empty") }
            out.append(t)
        }
        return out
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let n): return "the number \(n)"
        case .double(let d): return "the number \(d)"
        case .string(let s): return "\"\(s)\""
        case .array: return "an array"
        case .object: return "an object"
        case .fragment: return "printed JSON"
        }
    }
}

/// A configuration and where it came from.
public struct LoadedConfiguration: Sendable {
    public var configuration: Configuration
    /// The `.copydesk.json` it was read from; nil for the built-in defaults.
    public var path: String?
    /// Non-fatal remarks (unknown rule ids…), each naming the file.
    public var warnings: [String]
    public init(configuration: Configuration, path: String?, warnings: [String] = []) {
        self.configuration = configuration
        self.path = path
        self.warnings = warnings
    }
    /// The folder globs are relative to (the file's folder); nil for defaults.
    public var folder: String? { path.map(Paths.parent) }
    public var globs: GlobSet { GlobSet(include: configuration.include, exclude: configuration.exclude) }
}

/// A configuration that cannot be used: the file, and what is wrong, in words a user can act on.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
