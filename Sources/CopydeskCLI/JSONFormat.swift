import CopydeskCore

/// `--format json`: schema version 1. Keys are always present in this order; new keys may be added
/// in version 1, removing or changing one bumps `version`.
///
/// ```
/// { "version": 1,
///   "tool": { "name": "copydesk", "version": "0.1.0" },
///   "columnUnit": "utf-8",                 // line/column: 1-based; columns count UTF-8 bytes ("utf-16" with
///                                          // --column-unit utf-16: UTF-16 code units)
///   "failOn": "warning",
///   "files": [ { "path": "a.news.md", "kind": "annotated", "bytes": 1234, "diagnostics": 2, "baselined": 0 } ],
///   "errors": [ { "path": "b.txt", "kind": "io", "message": "not valid UTF-8 (…)" } ],
///   "diagnostics": [ { "path", "rule", "severity", "message", "line", "column", "endLine", "endColumn",
///                      "startOffset", "endOffset", "utf16Column", "utf16EndColumn", "tags", "related" } ],
///   "summary": { "files", "diagnostics", "baselined", "bySeverity": { "error", "warning", "info", "hint" },
///                "errors", "exitCode" } }
/// ```
/// `endLine`/`endColumn` point just past the range (exclusive); `startOffset`/`endOffset` are 0-based
/// UTF-8 byte offsets into the file (after a UTF-8 byte-order mark, if any). Severity is one of
/// `error`, `warning`, `info`, `hint`. `errors[].kind` is `io` or `configuration`. `baselined`: findings
/// `.copydesk-baseline.json` accepts, counted and not listed (0 with `--no-baseline`).
public enum JSONFormat {
    public static let schemaVersion = 1

    /// `"tool": {"name", "version"}`, shared by every JSON report of the CLI.
    static func tool(_ w: inout JSONWriter) {
        w.key("tool")
        w.beginObject()
        w.field("name", "copydesk")
        w.field("version", Copydesk.version)
        w.endObject()
    }

    /// `"errors": [{"path", "kind", "message"}]`: files that could not be read or configured.
    static func errors(_ w: inout JSONWriter, _ problems: [LintProblem]) {
        w.key("errors")
        w.beginArray()
        for p in problems {
            w.beginObject()
            w.field("path", p.path)
            w.field("kind", p.kind.rawValue)
            w.field("message", p.message)
            w.endObject()
        }
        w.endArray()
    }

    public static func render(_ report: LintReport) -> [UInt8] {
        var w = JSONWriter(pretty: true, capacity: 4096 + report.findingCount * 400)
        w.beginObject()
        w.field("version", schemaVersion)
        JSONFormat.tool(&w)
        w.field("columnUnit", report.columnUnit.rawValue)
        w.field("failOn", report.failOn.rawValue)
        w.key("files")
        w.beginArray()
        for f in report.files {
            w.beginObject()
            w.field("path", f.path)
            w.field("kind", f.kind.rawValue)
            w.field("bytes", f.byteCount)
            w.field("diagnostics", f.findings.count)
            w.field("baselined", f.baselined)
            w.endObject()
        }
        w.endArray()
        JSONFormat.errors(&w, report.problems)
        w.key("diagnostics")
        w.beginArray()
        for file in report.files {
            // Each finding read in place (a `for f in` copied it, retaining its strings, then released them).
            for i in file.findings.indices {
                let f = file.findings[i]
                w.beginObject()
                w.field("path", file.path)
                w.field("rule", f.ruleID)
                w.field("severity", f.severity.displayName)
                w.field("message", f.message)
                w.field("line", f.start.line + 1)
                w.field("column", report.columnUnit.column(f.start) + 1)
                w.field("endLine", f.end.line + 1)
                w.field("endColumn", report.columnUnit.column(f.end) + 1)
                w.field("startOffset", f.diagnostic.range.start)
                w.field("endOffset", f.diagnostic.range.end)
                w.field("utf16Column", f.start.utf16 + 1)
                w.field("utf16EndColumn", f.end.utf16 + 1)
                w.key("tags")
                w.beginArray()
                for t in f.diagnostic.tags.map(\.rawValue).sorted() { w.value(t) }
                w.endArray()
                w.key("related")
                w.beginArray()
                for r in f.diagnostic.related {
                    w.beginObject()
                    w.field("path", report.displayPath(r.location.document))
                    w.field("line", r.location.start.line + 1)
                    w.field("column", report.columnUnit.column(r.location.start) + 1)
                    w.field("endLine", r.location.end.line + 1)
                    w.field("endColumn", report.columnUnit.column(r.location.end) + 1)
                    w.field("startOffset", r.location.range.start)
                    w.field("endOffset", r.location.range.end)
                    w.field("message", r.message)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
        }
        w.endArray()
        w.key("summary")
        w.beginObject()
        w.field("files", report.files.count)
        w.field("diagnostics", report.findingCount)
        w.field("baselined", report.baselinedCount)
        w.key("bySeverity")
        w.beginObject()
        for s in Severity.allCases { w.field(s.displayName, report.count(s)) }
        w.endObject()
        w.field("errors", report.problems.count)
        w.field("exitCode", Int(report.exitCode))
        w.endObject()
        w.endObject()
        return w.finish()
    }
}
