import CopydeskCore

/// `path:line:column: severity: message [rule-id]`, one finding per line, gcc-style: lines and
/// columns 1-based, columns in UTF-8 bytes (what Vim's `%c` expects). Vim: `:set errorformat=%f:%l:%c:\ %m`
/// or the default gcc format; VS Code: a problem matcher with the regexp
/// `^(.*):(\d+):(\d+): (error|warning|info|hint): (.*) \[(.*)\]$`.
public enum TextFormat {
    public static func render(_ report: LintReport, columnUnit: LintOptions.ColumnUnit = .utf8) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(report.findingCount * 120)
        for file in report.files {
            for f in file.findings {
                out.append(contentsOf: line(path: file.path, f, columnUnit: columnUnit).utf8)
                out.append(0x0A)
            }
        }
        return out
    }

    public static func line(path: String, _ f: Finding, columnUnit: LintOptions.ColumnUnit = .utf8) -> String {
        // A message is one line: newlines would break the format for every reader.
        let message =
            f.message.contains(where: \.isNewline)
            ? f.message.split(whereSeparator: \.isNewline).joined(separator: " ") : f.message
        let column = columnUnit == .utf16 ? f.start.utf16 : f.start.utf8
        return "\(path):\(f.start.line + 1):\(column + 1): \(f.severity.displayName): \(message) [\(f.ruleID)]"
    }

    /// "3 problems (1 error, 2 warnings, 0 info, 0 hints) in 2 files" (stderr, on a terminal).
    public static func summaryLine(_ r: LintReport) -> String {
        let n = r.findingCount
        var s =
            "\(n) problem\(n == 1 ? "" : "s") (\(r.count(.error)) error\(r.count(.error) == 1 ? "" : "s"), "
            + "\(r.count(.warning)) warning\(r.count(.warning) == 1 ? "" : "s"), \(r.count(.information)) info, "
            + "\(r.count(.hint)) hint\(r.count(.hint) == 1 ? "" : "s")) in \(r.files.count) file\(r.files.count == 1 ? "" : "s")"
        if !r.problems.isEmpty { s += "; \(r.problems.count) could not be read or configured" }
        return s
    }
}
