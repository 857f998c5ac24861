import CopydeskCore
import CopydeskJSON

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// `.copydesk-baseline.json` at a workspace root ↔ `CopydeskCore.Baseline`. The file is meant to be read and
/// reviewed: sorted, one finding per line, each with the sentence and message it accepted.
///
/// ```json
/// {
///   "version": 1,
///   "findings": [
///     {"article":"politics/trade.news.md","message":"No source for …","rule":"unsourced-claim","sentence":"…","sentenceHash":"3f1c…"}
///   ]
/// }
/// ```
public enum BaselineFile {
    public static let fileName = ".copydesk-baseline.json"
    public static let version = 1

    public static func path(root: String) -> String { Paths.join(root, fileName) }

    /// The baseline of a workspace root: empty when there is no file; an error names the file and the problem.
    public static func load(root: String) -> Result<Baseline, ConfigurationError> {
        let path = path(root: root)
        guard Paths.exists(path) else { return .success(Baseline()) }
        switch ArticleReader.readBytes(path) {
        case .failure(let e):
            return .failure(ConfigurationError(path: path, message: "cannot read the baseline: \(e.reason)"))
        case .success(let bytes):
            return parse(bytes, path: path)
        }
    }

    /// Parses the file's bytes (`path` is only used in messages).
    public static func parse(_ bytes: [UInt8], path: String) -> Result<Baseline, ConfigurationError> {
        func fail(_ message: String) -> Result<Baseline, ConfigurationError> {
            .failure(
                ConfigurationError(
                    path: path,
                    message:
                        "invalid baseline: \(message) (delete it, or rewrite it with copydesk lint --write-baseline)"
                ))
        }
        guard let top = try? JSONParser.parse(bytes), top.object != nil else { return fail("not a JSON object") }
        guard top["version"].int == version else { return fail("\"version\" must be \(version)") }
        guard let list = top["findings"].array else { return fail("\"findings\" must be a list") }
        var entries: [BaselineEntry] = []
        for (i, e) in list.enumerated() {
            guard let rule = e["rule"].string, let article = e["article"].string, let hash = e["sentenceHash"].string
            else { return fail("finding \(i + 1) needs the strings \"rule\", \"article\" and \"sentenceHash\"") }
            entries.append(
                BaselineEntry(
                    rule: rule, article: article, sentenceHash: hash, sentence: e["sentence"].string ?? "",
                    message: e["message"].string ?? ""))
        }
        return .success(Baseline(entries: entries))
    }

    /// The file's text: sorted entries, one per line, keys in alphabetical order.
    public static func render(_ baseline: Baseline) -> [UInt8] {
        var out = Array("{\n  \"version\": \(version),\n  \"findings\": [".utf8)
        for (i, e) in baseline.entries.enumerated() {
            let object: JSONValue = [
                "rule": .string(e.rule), "article": .string(e.article), "sentenceHash": .string(e.sentenceHash),
                "sentence": .string(e.sentence), "message": .string(e.message),
            ]
            // Sorted keys make the line stable; one finding per line keeps diffs reviewable.
            let line = object.serialized(sortedKeys: true)
            out += Array((i == 0 ? "\n    " : ",\n    ").utf8) + Array(line)
        }
        out += Array((baseline.entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return out
    }

    /// Writes the baseline of a workspace root (through a temporary file renamed into place).
    public static func write(_ baseline: Baseline, root: String) -> Result<String, ConfigurationError> {
        let path = path(root: root)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(render(baseline))) else {
            return .failure(
                ConfigurationError(path: path, message: "cannot write the baseline: \(Paths.errnoMessage())"))
        }
        if rename(temporary, path) != 0 {
            let message = Paths.errnoMessage()
            unlink(temporary)
            return .failure(ConfigurationError(path: path, message: "cannot write the baseline: \(message)"))
        }
        return .success(path)
    }
}
