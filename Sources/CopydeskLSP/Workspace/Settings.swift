import CopydeskCore

/// Reads settings (the `.copydesk.json` shape, also used for the client's `copydesk` section) into
/// the core's `Configuration`. Unknown keys are ignored; a wrong-typed value is reported, not fatal.
///
/// Shape: `{"rules": {"rule-id": "off"|"error"|"warning"|"information"|"hint"|{"severity": …}},
///          "reportingVerbs": [..], "abbreviations": [..], "include": [..], "exclude": [..]}`
/// (`reporting-verbs` is accepted for `reportingVerbs`).
public enum Settings {
    public static func apply(_ json: JSONValue, to base: Configuration, problems: inout [String]) -> Configuration {
        var c = base
        guard case .object(let o) = json else {
            if !json.isNull { problems.append("settings must be a JSON object") }
            return c
        }
        if let rules = o["rules"] {
            if case .object(let r) = rules {
                for (id, v) in r {
                    let name = v.string ?? v["severity"].string ?? v["level"].string
                    if let n = name?.lowercased(), n == "off" || n == "none" || n == "disabled" { c.rules[id] = .off }
                    else if let n = name, let s = Severity(name: n) { c.rules[id] = .severity(s) }
                    else if v.bool == false { c.rules[id] = .off }
                    else { problems.append("rules.\(id): expected off, error, warning, information or hint") }
                }
            } else { problems.append("\"rules\" must be an object") }
        }
        func strings(_ key: String...) -> [String]? {
            for k in key {
                guard let v = o[k] else { continue }
                if let a = v.array, a.allSatisfy({ $0.string != nil }) { return a.compactMap(\.string) }
                problems.append("\"\(k)\" must be an array of strings")
            }
            return nil
        }
        if let v = strings("reportingVerbs", "reporting-verbs") { c.reportingVerbs = v }
        if let v = strings("abbreviations") { c.abbreviations = v }
        if let v = strings("include") { c.include = v }
        if let v = strings("exclude") { c.exclude = v }
        return c
    }

    /// `.copydesk.json` bytes → configuration (defaults where the file is silent or broken).
    public static func fromFile(_ bytes: [UInt8]?, problems: inout [String]) -> Configuration {
        guard let bytes else { return .default }
        do {
            let json = try JSONParser.parse(bytes)
            return apply(json, to: .default, problems: &problems)
        } catch {
            problems.append(".copydesk.json is not valid JSON (\(error))")
            return .default
        }
    }
}
