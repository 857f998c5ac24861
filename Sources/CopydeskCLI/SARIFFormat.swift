import CopydeskCore
import CopydeskFiles

/// `--format sarif`: SARIF 2.1.0, one run. `tool.driver.rules` lists every registered rule (id, name,
/// shortDescription, fullDescription and help from its `RuleDocumentation`, defaultConfiguration.level); each result has ruleId/ruleIndex, level, message and one
/// physical location: the artifact's URI (relative to `%SRCROOT%`, the current folder, when inside it) and a
/// region with 1-based startLine/startColumn/endLine/endColumn (columns in UTF-16 code units, as
/// `columnKind` says; endColumn exclusive) plus byteOffset/byteLength. Files that could not be read or
/// configured are `toolExecutionNotifications` of the invocation, with `executionSuccessful: false`.
public enum SARIFFormat {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .information, .hint: "note"
        }
    }

    public static func render(_ report: LintReport) -> [UInt8] {
        let rules = RuleRegistry.all
        var ruleIndex: [String: Int] = [:]
        for (i, r) in rules.enumerated() { ruleIndex[r.id] = i }
        var artifactIndex: [String: Int] = [:]
        for (i, f) in report.files.enumerated() { artifactIndex[f.path] = i }
        let base = report.baseFolder.hasSuffix("/") ? report.baseFolder : report.baseFolder + "/"

        var w = JSONWriter(pretty: true, capacity: 8192 + report.findingCount * 600)
        w.beginObject()
        w.field("$schema", schemaURI)
        w.field("version", "2.1.0")
        w.key("runs")
        w.beginArray()
        w.beginObject()
        w.key("tool")
        w.beginObject()
        w.key("driver")
        w.beginObject()
        w.field("name", "copydesk")
        w.field("version", Copydesk.version)
        w.field("semanticVersion", Copydesk.version)
        w.key("rules")
        w.beginArray()
        for r in rules {
            w.beginObject()
            w.field("id", r.id)
            w.field("name", camelName(r.id))
            w.key("shortDescription")
            w.beginObject()
            w.field("text", r.summary)
            w.endObject()
            w.key("fullDescription")
            w.beginObject()
            w.field("text", r.documentation.detects)
            w.endObject()
            w.key("help")
            w.beginObject()
            w.field(
                "text", "\(r.documentation.rationale) How to fix: \(r.documentation.fix) (copydesk explain \(r.id))")
            w.endObject()
            w.key("defaultConfiguration")
            w.beginObject()
            w.field("level", level(r.defaultSeverity))
            w.endObject()
            w.key("properties")
            w.beginObject()
            w.field("copydeskSeverity", r.defaultSeverity.displayName)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()  // driver, tool
        w.key("originalUriBaseIds")
        w.beginObject()
        w.key("%SRCROOT%")
        w.beginObject()
        w.field("uri", fileURI(base))
        w.endObject()
        w.endObject()
        w.field("columnKind", "utf16CodeUnits")
        w.key("artifacts")
        w.beginArray()
        for f in report.files {
            w.beginObject()
            w.key("location")
            artifactLocation(&w, f.path, index: nil)
            w.field("length", f.byteCount)
            w.field("encoding", "utf-8")
            w.endObject()
        }
        w.endArray()
        w.key("results")
        w.beginArray()
        for file in report.files {
            for f in file.findings {
                w.beginObject()
                w.field("ruleId", f.ruleID)
                if let i = ruleIndex[f.ruleID] { w.field("ruleIndex", i) }
                w.field("level", level(f.severity))
                w.key("message")
                w.beginObject()
                w.field("text", f.message)
                w.endObject()
                w.key("locations")
                w.beginArray()
                w.beginObject()
                w.key("physicalLocation")
                w.beginObject()
                w.key("artifactLocation")
                artifactLocation(&w, file.path, index: artifactIndex[file.path])
                w.key("region")
                w.beginObject()
                w.field("startLine", f.start.line + 1)
                w.field("startColumn", f.start.utf16 + 1)
                w.field("endLine", f.end.line + 1)
                w.field("endColumn", f.end.utf16 + 1)
                w.field("byteOffset", f.diagnostic.range.start)
                w.field("byteLength", f.diagnostic.range.count)
                w.endObject()
                w.endObject()
                w.endObject()
                w.endArray()
                if !f.diagnostic.related.isEmpty {
                    w.key("relatedLocations")
                    w.beginArray()
                    for (i, r) in f.diagnostic.related.enumerated() {
                        w.beginObject()
                        w.field("id", i + 1)
                        w.key("physicalLocation")
                        w.beginObject()
                        w.key("artifactLocation")
                        artifactLocation(&w, report.displayPath(r.location.document), index: nil)
                        w.key("region")
                        w.beginObject()
                        w.field("startLine", r.location.start.line + 1)
                        w.field("startColumn", r.location.start.utf16 + 1)
                        w.field("endLine", r.location.end.line + 1)
                        w.field("endColumn", r.location.end.utf16 + 1)
                        w.endObject()
                        w.endObject()
                        w.key("message")
                        w.beginObject()
                        w.field("text", r.message)
                        w.endObject()
                        w.endObject()
                    }
                    w.endArray()
                }
                w.endObject()
            }
        }
        w.endArray()
        w.key("invocations")
        w.beginArray()
        w.beginObject()
        w.field("executionSuccessful", report.problems.isEmpty)
        w.field("exitCode", Int(report.exitCode))
        w.key("toolExecutionNotifications")
        w.beginArray()
        for p in report.problems {
            w.beginObject()
            w.field("level", "error")
            w.key("message")
            w.beginObject()
            w.field("text", "\(p.path): \(p.message)")
            w.endObject()
            w.key("locations")
            w.beginArray()
            w.beginObject()
            w.key("physicalLocation")
            w.beginObject()
            w.key("artifactLocation")
            artifactLocation(&w, p.path, index: nil)
            w.endObject()
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()  // invocation
        w.endObject()
        w.endArray()  // run
        w.endObject()
        return w.finish()
    }

    private static func artifactLocation(_ w: inout JSONWriter, _ path: String, index: Int?) {
        w.beginObject()
        if path.hasPrefix("/") {
            w.field("uri", fileURI(path))
        } else {
            w.field("uri", percentEncode(path))
            w.field("uriBaseId", "%SRCROOT%")
        }
        if let index { w.field("index", index) }
        w.endObject()
    }

    static func fileURI(_ absolutePath: String) -> String { FileURI.uri(forPath: absolutePath) }
    static func percentEncode(_ path: String) -> String { FileURI.percentEncode(path) }

    /// `unsourced-claim` → `UnsourcedClaim` (SARIF's `name` is an identifier-like label).
    static func camelName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map {
            $0.prefix(1).uppercased() + $0.dropFirst()
        }.joined()
    }
}
